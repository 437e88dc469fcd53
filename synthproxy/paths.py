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

#: TAL-NoiseMaker's preset files shipped with the repository (factory programs and the Noise4U pack).
TAL_NOISEMAKER_DIR: Path = REPO_ROOT / "data" / "tal-noisemaker"

#: Hand-crafted banks of each synth, as shipped: DX7 and TAL-NoiseMaker banks in data/, amsynth's from Debian's package.
HANDCRAFTED_BANKS: dict[str, list[Path]] = {
    "dexed": [DX7_DIR / "factory", DX7_DIR / "community"],
    "dexed-vst": [DX7_DIR / "factory", DX7_DIR / "community"],
    "amsynth": [Path("/usr/share/amsynth/banks")],
    "talnm": [TAL_NOISEMAKER_DIR],
}

#: Every HELD_OUT_EVERY-th community DX7 bank (by number) is held out for testing, never trained on.
HELD_OUT_EVERY: int = 10


def cache_dir() -> Path:
    """The user's synthproxy cache folder: ``$SYNTHPROXY_CACHE``, else ``$XDG_CACHE_HOME/synthproxy``,
    else ``~/.cache/synthproxy`` (read at each call, so a test or a job can move it)."""
    if os.environ.get("SYNTHPROXY_CACHE"):
        return Path(os.environ["SYNTHPROXY_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "synthproxy"


def handcrafted_banks(synth: str, split: str = "test") -> list[Path]:
    """Hand-crafted bank files of a synth for one use, sorted.

    ``split="test"``: the evaluation set: DX7 factory ROMs plus every ``HELD_OUT_EVERY``-th community
    bank for Dexed, all of amsynth's factory banks. ``split="train"``: the other community DX7 banks
    (extra training data; empty for synths without such banks). ``split="all"``: everything.
    TAL-NoiseMaker's (``talnm``): its 256 factory programs and the 91 of the Noise4U pack, all test banks.
    """
    if split not in ("test", "train", "all"):
        raise ValueError(f"unknown split {split!r}; use test, train or all")
    files = [f for root in HANDCRAFTED_BANKS.get(synth, []) for f in sorted(root.glob("*")) if f.is_file()
             and (f.suffix.lower() in (".syx", ".bank") or f.name.endswith("presets.ttl"))]
    if synth not in ("dexed", "dexed-vst"):
        return [] if split == "train" else files

    def held_out(f: Path) -> bool:
        return f.parent.name == "factory" or int(f.stem.rsplit("_", 1)[-1]) % HELD_OUT_EVERY == 0

    if split == "all":
        return files
    return [f for f in files if held_out(f) == (split == "test")]


def dataset_dir(synth: str, split: str, size: int, seed: int, audio_model: str) -> Path:
    """Where the study keeps a random dataset: ``data/datasets/<synth>_<model>_<split>_n<size>_seed<seed>``."""
    return DATA_DIR / "datasets" / f"{synth}_{audio_model}_{split}_n{size}_seed{seed}"


def handcrafted_dir(synth: str, audio_model: str, split: str = "test") -> Path:
    """Where the study keeps a hand-crafted set: ``data/handcrafted/<synth>_<model>_<split>``."""
    return DATA_DIR / "handcrafted" / f"{synth}_{audio_model}_{split}"
