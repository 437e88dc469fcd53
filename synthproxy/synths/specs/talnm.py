"""The ``talnm`` synth's adapter: TAL-NoiseMaker LV2 preset bundles (``presets.ttl``) and the shipped ones."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from synthproxy.paths import TAL_NOISEMAKER_DIR
from synthproxy.presets import tal_bank
from synthproxy.presets.adapter import BankFormat, SynthAdapter
from synthproxy.synths.spec import SynthSpec

#: Presets one written bundle holds (the plugin's factory bank has 256 programs).
BUNDLE_PRESETS: int = 256


def write_bundle(path: Path, items: Sequence[tuple[str, np.ndarray]], spec: SynthSpec) -> Path:
    """Presets ``(name, values)`` as an LV2 preset bundle (``path`` is the bundle folder)."""
    return tal_bank.write_bank(path, list(items), spec, "matches")


ADAPTER = SynthAdapter(
    bank_format=BankFormat(
        "presets.ttl", tal_bank.read_bank, write_bundle, capacity=BUNDLE_PRESETS, file_name="TAL-NoiseMaker-matches.lv2"
    ),
    bank_folders=(TAL_NOISEMAKER_DIR,),
)
