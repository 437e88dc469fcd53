"""Where synth specs are found: the package's spec folder and ``$SYNTHPROXY_SPECS``, by name or path.

A synth is one spec file (``<name>.toml`` or ``.json``) in one of :func:`spec_dirs`, plus, when it has
hand-crafted banks or attribute sweeps, one adapter file beside it (:mod:`synthproxy.presets.adapter`).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import os
from pathlib import Path

from synthproxy.synths.spec import SynthSpec, load_spec

__all__ = ["SPECS_DIR", "SPEC_SUFFIXES", "spec_dirs", "names", "get_spec"]

SPECS_DIR = Path(__file__).parent / "specs"
SPEC_SUFFIXES = (".toml", ".json")


def spec_dirs() -> list[Path]:
    """Folders searched for spec files: the package's own, then ``$SYNTHPROXY_SPECS`` (os.pathsep-separated)."""
    extra = [Path(p) for p in os.environ.get("SYNTHPROXY_SPECS", "").split(os.pathsep) if p]
    return [SPECS_DIR, *extra]


def _spec_files() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for d in spec_dirs():
        if d.is_dir():
            for f in sorted(d.iterdir()):
                if f.suffix in SPEC_SUFFIXES:
                    files[f.stem] = f
    return files


def names() -> list[str]:
    """Names of all known synths (spec file stems), sorted."""
    return sorted(_spec_files())


def get_spec(name: str | Path) -> SynthSpec:
    """The spec of a synth, by name or by spec-file path.

    Raises
    ------
    KeyError
        For an unknown name; the message lists the known ones.
    SpecError
        When the spec file is invalid.
    """
    p = Path(name)
    if p.suffix in SPEC_SUFFIXES and p.exists():
        return load_spec(p)
    files = _spec_files()
    if str(name) not in files:
        raise KeyError(f"unknown synth {str(name)!r}; known synths: {', '.join(sorted(files))}")
    return load_spec(files[str(name)])
