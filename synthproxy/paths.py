"""Where the study keeps its files: data, checkpoints, results (relative to the repository).

``SYNTHPROXY_DATA``, ``SYNTHPROXY_CHECKPOINTS`` and ``SYNTHPROXY_RESULTS`` override the defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The repository root (the folder holding ``synthproxy/``, ``data/``, ``notebooks/``).
REPO_ROOT: Path = Path(__file__).resolve().parents[1]
DATA_DIR: Path = Path(os.environ.get("SYNTHPROXY_DATA", REPO_ROOT / "data"))
CHECKPOINTS_DIR: Path = Path(os.environ.get("SYNTHPROXY_CHECKPOINTS", REPO_ROOT / "checkpoints"))
RESULTS_DIR: Path = Path(os.environ.get("SYNTHPROXY_RESULTS", REPO_ROOT / "results"))

#: Hand-crafted banks of each synth, as shipped: DX7 banks in data/, amsynth's from Debian's package.
HANDCRAFTED_BANKS: dict[str, list[Path]] = {
    "dexed": [DATA_DIR / "dx7" / "factory", DATA_DIR / "dx7" / "community"],
    "dexed-vst": [DATA_DIR / "dx7" / "factory", DATA_DIR / "dx7" / "community"],
    "amsynth": [Path("/usr/share/amsynth/banks")],
}
