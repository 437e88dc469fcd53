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


def _roots() -> list[tuple[str, Path]]:
    """The folders that shown and recorded paths start from, as ``(name, root)``: what
    :func:`path_replacements` and :func:`recorded_path` write instead of the machine's path. Read at each
    call (tests move them)."""
    return [
        ("$SYNTHPROXY_CACHE", cache_dir()),
        ("~", Path.home()),
        ("$SYNTHPROXY_DATA", DATA_DIR),
        ("$SYNTHPROXY_CHECKPOINTS", CHECKPOINTS_DIR),
        ("$SYNTHPROXY_RESULTS", RESULTS_DIR),
    ]


def path_replacements() -> list[tuple[str, str]]:
    """``(machine path, what the book shows)`` pairs, longest path first (so a data root inside the
    repository is named as such, not as a repository path).

    The repository folder maps to ``""`` followed by its relative path (``/home/me/synthproxy/data/x``
    becomes ``data/x``), with the executed notebooks' working folder ``notebooks/`` in mind: a reader
    of the book sees paths relative to the repository.
    """
    pairs: dict[str, str] = {}
    for name, root in _roots():
        inside = root.resolve().is_relative_to(REPO_ROOT)
        pairs[str(root)] = str(root.resolve().relative_to(REPO_ROOT)) if inside else name
    pairs[str(REPO_ROOT) + "/"] = ""
    pairs[str(REPO_ROOT)] = "."
    pairs = {p: shown for p, shown in pairs.items() if len(Path(p).parts) > 1}  # never "/" itself
    return sorted(pairs.items(), key=lambda kv: -len(kv[0]))


def scrub_paths(text: str, replacements: list[tuple[str, str]] | None = None) -> str:
    """``text`` with every machine path of :func:`path_replacements` replaced."""
    for path, shown in replacements if replacements is not None else path_replacements():
        text = text.replace(path, shown)
    return text


def recorded_path(path: str | Path) -> str:
    """``path`` as checkpoints, manifests and tables record it: never a machine's absolute path when a
    root holds it.

    Relative to the repository when inside it (``data/handcrafted/dexed_aisfx_test``); else relative to
    the innermost root that holds it, written with the root's variable (``$SYNTHPROXY_DATA/datasets/...``,
    ``$SYNTHPROXY_CHECKPOINTS/...``, ``$SYNTHPROXY_RESULTS/...``, ``$SYNTHPROXY_CACHE/...``, ``~/...``); else
    absolute.
    :func:`resolve_recorded` turns it back into a path on the machine that reads it.
    """
    p = Path(path).expanduser().resolve()
    repo = REPO_ROOT.resolve()
    if p.is_relative_to(repo):
        return str(p.relative_to(repo))
    holders = [(name, root.expanduser().resolve()) for name, root in _roots()]
    holders = [(name, root) for name, root in holders if p.is_relative_to(root) and len(root.parts) > 1]
    if not holders:
        return str(p)
    name, root = max(holders, key=lambda h: len(h[1].parts))
    rest = p.relative_to(root)
    return name if rest == Path(".") else f"{name}/{rest}"


def resolve_recorded(recorded: str) -> Path:
    """The path on this machine that :func:`recorded_path` wrote as ``recorded`` (its roots as set here)."""
    for name, root in _roots():
        if recorded == name or recorded.startswith(name + "/"):
            return root / recorded[len(name) + 1 :] if recorded != name else root
    p = Path(recorded)
    return p if p.is_absolute() else REPO_ROOT / p
