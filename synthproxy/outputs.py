"""Output folders that are never clobbered: a command refuses a non-empty folder unless told to
overwrite, and then removes only the files it writes itself.

Shown in use in ``book/reliability.md``.
"""

from __future__ import annotations

import re
from pathlib import Path

from synthproxy.validate import InputError, check_output_folder

#: Files ``synthproxy match`` writes into its ``--out`` folder (besides the ``NN_<name>.wav`` renders).
MATCH_FILES: tuple[str, ...] = ("match.json", "target.wav", "matches.syx", "matches.amSynth.bank")
_MATCH_WAV = re.compile(r"^\d{2}_[A-Za-z0-9_]*\.wav$")


def own_match_files(out: str | Path) -> list[Path]:
    """The files of a previous match in ``out`` (what :func:`synthproxy.match.write_matches` writes)."""
    out = Path(out)
    if not out.is_dir():
        return []
    return sorted(f for f in out.iterdir() if f.is_file() and (f.name in MATCH_FILES or _MATCH_WAV.match(f.name)))


def check_match_out(out: str | Path, overwrite: bool) -> Path:
    """Refuse a ``--out`` that is a file, or a non-empty folder without ``overwrite`` (nothing is changed yet)."""
    out = check_output_folder(out)
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise InputError(
            f"--out {out}: folder is not empty; pass --overwrite to replace a previous match there "
            "(only match's own files are removed), or choose another folder"
        )
    return out


def clear_match_files(out: str | Path) -> list[Path]:
    """Remove a previous match's files from ``out`` (other files stay); returns what was removed."""
    removed = own_match_files(out)
    for f in removed:
        f.unlink(missing_ok=True)
    return removed
