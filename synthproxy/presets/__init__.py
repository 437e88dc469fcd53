"""Presets: random ones drawn from a spec, hand-crafted ones read from real banks and cleaned.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from synthproxy.presets.bank import BankPreset
from synthproxy.presets.categories import CATEGORIES, category_from_name
from synthproxy.presets.handcrafted import HandcraftedSet, keep_rendered, read_banks, screen_presets
from synthproxy.presets.sampling import preset_rng, random_preset, random_presets, sample_preset

__all__ = [
    "CATEGORIES",
    "category_from_name",
    "BankPreset",
    "HandcraftedSet",
    "keep_rendered",
    "screen_presets",
    "read_banks",
    "preset_rng",
    "random_preset",
    "random_presets",
    "sample_preset",
]
