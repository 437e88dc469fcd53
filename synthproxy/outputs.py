"""Output folders that are never clobbered: a command refuses a non-empty folder unless told to
overwrite, and then removes only the files it writes itself.

Shown in use in ``book/reliability.md``.
"""

from __future__ import annotations

import re
from pathlib import Path

from synthproxy.validate import InputError, check_output_folder

#: Files ``synthproxy match`` writes into its ``--out`` folder besides the ``NN_<name>.wav`` renders and the
#: synth's bank file (its adapter's ``BankFormat.file_name``, passed by the caller).
MATCH_FILES: tuple[str, ...] = ("match.json", "target.wav")
_MATCH_WAV = re.compile(r"^\d{2}_[A-Za-z0-9_]*\.wav$")


def own_match_files(out: str | Path, bank_file: str | None = None) -> list[Path]:
    """The files of a previous match in ``out`` (what :func:`synthproxy.match.write_matches` writes).

    ``bank_file`` is the name of the synth's bank file; a bank that is a folder (an LV2 preset bundle) counts
    with the files in it.
    """
    out = Path(out)
    if not out.is_dir():
        return []
    own = [f for f in out.iterdir() if f.is_file() and (f.name in MATCH_FILES or _MATCH_WAV.match(f.name))]
    bank = out / bank_file if bank_file else None
    if bank is not None and bank.is_file():
        own.append(bank)
    elif bank is not None and bank.is_dir():
        own += [f for f in bank.iterdir() if f.is_file()]
    return sorted(own)


def check_match_out(out: str | Path, overwrite: bool) -> Path:
    """Refuse a ``--out`` that is a file, or a non-empty folder without ``overwrite`` (nothing is changed yet)."""
    out = check_output_folder(out)
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise InputError(
            f"--out {out}: folder is not empty; pass --overwrite to replace a previous match there "
            "(only match's own files are removed), or choose another folder"
        )
    return out


def clear_match_files(out: str | Path, bank_file: str | None = None) -> list[Path]:
    """Remove a previous match's files from ``out`` (other files stay); returns what was removed.

    A bank folder (``bank_file``, an LV2 bundle) is removed too once it holds nothing else.
    """
    removed = own_match_files(out, bank_file)
    for f in removed:
        f.unlink(missing_ok=True)
    bank = Path(out) / bank_file if bank_file else None
    if bank is not None and bank.is_dir() and not any(bank.iterdir()):
        bank.rmdir()
    return removed
