"""Where the study keeps its files: data, checkpoints, results (relative to the repository), caches.

``SYNTHPROXY_DATA``, ``SYNTHPROXY_CHECKPOINTS`` and ``SYNTHPROXY_RESULTS`` override the defaults;
caches go to the user's cache folder (:func:`cache_dir`), never into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The repository root (the folder holding ``synthproxy/``, ``data/``, ``notebooks/``).
REPO_ROOT: Path = Path(__file__).resolve().parents[1]
#: Generated data (datasets, hand-crafted stores); ``SYNTHPROXY_DATA`` moves it.
DATA_DIR: Path = Path(os.environ.get("SYNTHPROXY_DATA", REPO_ROOT / "data"))
#: The DX7 banks shipped with the repository (hand-crafted Dexed presets).
DX7_DIR: Path = REPO_ROOT / "data" / "dx7"
CHECKPOINTS_DIR: Path = Path(os.environ.get("SYNTHPROXY_CHECKPOINTS", REPO_ROOT / "checkpoints"))
RESULTS_DIR: Path = Path(os.environ.get("SYNTHPROXY_RESULTS", REPO_ROOT / "results"))

#: The committed split of amsynth's factory banks (the banks themselves come from Debian's amsynth package).
AMSYNTH_DIR: Path = REPO_ROOT / "data" / "amsynth"

#: TAL-NoiseMaker's preset files shipped with the repository (factory programs and the Noise4U pack).
TAL_NOISEMAKER_DIR: Path = REPO_ROOT / "data" / "tal-noisemaker"


def cache_dir() -> Path:
    """The user's synthproxy cache folder: ``$SYNTHPROXY_CACHE``, else ``$XDG_CACHE_HOME/synthproxy``,
    else ``~/.cache/synthproxy`` (read at each call, so a test or a job can move it)."""
    if os.environ.get("SYNTHPROXY_CACHE"):
        return Path(os.environ["SYNTHPROXY_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "synthproxy"


def dataset_dir(synth: str, split: str, size: int, seed: int, audio_model: str, prior: str | None = None) -> Path:
    """Where the study keeps a random dataset: ``data/datasets/<synth>_<model>_<split>_n<size>_seed<seed>``.

    ``prior``: the tag of a prior other than the spec's random one, appended as ``_<prior>`` (a bank-mix
    dataset: ``BankMixPrior.tag()``, e.g. ``..._seed500_bankmix-p0.5-j0.05-r0.05``), so that its store
    never has the folder of a random dataset.
    """
    name = f"{synth}_{audio_model}_{split}_n{size}_seed{seed}"
    return DATA_DIR / "datasets" / (f"{name}_{prior}" if prior else name)


def handcrafted_dir(synth: str, audio_model: str, split: str = "test") -> Path:
    """Where the study keeps a hand-crafted set: ``data/handcrafted/<synth>_<model>_<split>``."""
    return DATA_DIR / "handcrafted" / f"{synth}_{audio_model}_{split}"
