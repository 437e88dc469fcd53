"""Integrity checks: store manifests and chunk files, and checkpoint weights.

Every check here *returns* what is wrong as a sentence naming the file (or ``None`` when all is well)
instead of raising: :func:`synthproxy.store.verify` lists them as problems, a resumed
:func:`synthproxy.generate.generate` rebuilds the chunks they name, and readers turn them into a
:class:`synthproxy.store.StoreError`. Nothing here may crash on a damaged file: ``np.load`` raises
``ValueError``, ``OSError``, ``EOFError``, ``SyntaxError`` or ``tokenize.TokenError`` on a damaged
``.npy`` header, so every failure of a load is caught and described.

Shown in use in ``book/reliability.md``.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

#: Arrays a store chunk can hold.
ARRAYS: tuple[str, ...] = ("presets", "embeddings", "audio")
#: Manifest keys a store cannot be identified without.
REQUIRED_KEYS: tuple[str, ...] = ("kind", "chunks")


def chunk_name(i: int) -> str:
    """File name of chunk ``i`` in each array folder: ``000012.npy``."""
    return f"{i:06d}.npy"


def first_line(e: BaseException) -> str:
    """The first line of an exception's message, or its type name when the message is empty."""
    lines = str(e).strip().splitlines()
    return lines[0][:200] if lines else type(e).__name__


def array_sha256(a: np.ndarray) -> str:
    """SHA-256 (hex) of an array's bytes in C order, without copying a contiguous (or memory-mapped) array."""
    a = np.ascontiguousarray(a)
    h = hashlib.sha256()
    if a.size:
        h.update(memoryview(a.reshape(-1)).cast("B"))  # type: ignore[arg-type]  # ndarray is a buffer
    return h.hexdigest()


def manifest_problem(manifest: Any) -> str | None:
    """What makes a parsed manifest unusable as a whole (not a JSON object, no chunk table), or None."""
    if not isinstance(manifest, dict):
        return f"is a JSON {type(manifest).__name__}, not an object"
    missing = [k for k in REQUIRED_KEYS if k not in manifest]
    if missing:
        return f"lacks {', '.join(missing)}"
    if not isinstance(manifest["chunks"], dict):
        return f"its 'chunks' is a {type(manifest['chunks']).__name__}, not an object"
    return None


def entry_problem(key: Any, entry: Any) -> str | None:
    """What is wrong with one manifest chunk entry (index, rows, checksums), or None."""
    if not isinstance(key, str) or not key.isdigit():
        return f"chunk key {key!r} is not a chunk index"
    if not isinstance(entry, dict):
        return f"chunk {key}: entry is a {type(entry).__name__}, not an object"
    rows = entry.get("rows")
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
        return f"chunk {key}: 'rows' is {rows!r}, not a count"
    if "presets" not in entry:
        return f"chunk {key}: no checksum of its presets"
    bad = [n for n in ARRAYS if n in entry and not (isinstance(entry[n], str) and len(entry[n]) == 64)]
    if bad:
        return f"chunk {key}: checksum of {bad[0]} is not a SHA-256"
    return None


def load_chunk(path: Path, mmap: bool = True) -> tuple[np.ndarray | None, str | None]:
    """Load a chunk file, never raising: ``(array, None)``, or ``(None, problem)``.

    Only a regular file is opened (a FIFO or a device in its place would block or never end).
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None, f"{path}: missing"
    except OSError as e:
        return None, f"{path}: cannot be read ({first_line(e)})"
    if not stat.S_ISREG(st.st_mode):
        return None, f"{path}: not a regular file"
    try:
        a = np.load(path, mmap_mode="r" if mmap else None, allow_pickle=False)
    except Exception as e:  # noqa: BLE001 - a damaged .npy header raises ValueError, SyntaxError, TokenError, EOFError...
        return None, f"{path}: unreadable ({type(e).__name__}: {first_line(e)})"
    if not isinstance(a, np.ndarray) or a.dtype != np.float32 or a.ndim != 2:
        what = f"{a.dtype} array of shape {a.shape}" if isinstance(a, np.ndarray) else type(a).__name__
        return None, f"{path}: holds a {what}, not a float32 table (damaged header?)"
    return a, None


def check_chunk(
    folder: Path, name: str, i: int, entry: Mapping[str, Any], mmap: bool = True
) -> tuple[np.ndarray | None, str | None]:
    """Array ``name`` of chunk ``i``, checked against its manifest entry (rows, checksum).

    Returns ``(array, None)`` when it matches, ``(None, problem)`` otherwise.
    """
    path = Path(folder) / name / chunk_name(i)
    a, problem = load_chunk(path, mmap)
    if a is None:
        return None, problem
    if a.shape[0] != entry["rows"]:
        return None, f"{path}: {a.shape[0]} rows, manifest says {entry['rows']}"
    try:
        digest = array_sha256(a)
    except OSError as e:  # a file truncated under a live memory map reads as an I/O error
        return None, f"{path}: unreadable ({first_line(e)})"
    if digest != entry[name]:
        return None, f"{path}: checksum mismatch (the chunk was modified or corrupted)"
    return a, None


def chunk_problems(folder: Path, i: int, entry: Any, arrays: tuple[str, ...] = ARRAYS) -> list[str]:
    """Everything wrong with chunk ``i`` (its entry, then each of its arrays); empty when it is sound."""
    problem = entry_problem(str(i), entry)
    if problem:
        return [f"{Path(folder) / 'manifest.json'}: {problem}"]
    out = []
    for name in arrays:
        if name in entry:
            _, p = check_chunk(folder, name, i, entry)
            if p:
                out.append(p)
    return out


# ---------------------------------------------------------------------------------------------
# Checkpoints
# ---------------------------------------------------------------------------------------------
def state_dict_sha256(state: Mapping[str, Any]) -> str:
    """SHA-256 over a state dict's names, dtypes, shapes and tensor bytes (in name order).

    Recorded as ``model_sha256`` when a checkpoint is saved and checked when it is loaded.
    """
    import torch

    h = hashlib.sha256()
    for key in sorted(state):
        t = state[key]
        h.update(f"{key}|".encode())
        if isinstance(t, torch.Tensor):
            t = t.detach().cpu().contiguous()
            h.update(f"{t.dtype}|{tuple(t.shape)}|".encode())
            if t.numel():
                h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes())
        else:
            h.update(repr(t).encode())
    return h.hexdigest()


#: Types of the checkpoint entries an encoder is rebuilt from.
_CHECKPOINT_TYPES: dict[str, type | tuple[type, ...]] = {
    "format": str,
    "model": dict,
    "encoder_config": dict,
    "spec": dict,
    "spec_hash": str,
    "format_version": int,
    "model_sha256": str,
}


def checkpoint_problem(ck: Mapping[str, Any]) -> str | None:
    """What is wrong with a loaded checkpoint dict: an entry of the wrong type, or weights that do not
    match the ``model_sha256`` recorded when it was saved (checkpoints without one are not checked)."""
    for key, kind in _CHECKPOINT_TYPES.items():
        if key in ck and (not isinstance(ck[key], kind) or isinstance(ck[key], bool)):
            return f"its {key!r} is a {type(ck[key]).__name__}, not a {getattr(kind, '__name__', kind)}"
    if "model_sha256" in ck and "model" in ck:
        try:
            digest = state_dict_sha256(ck["model"])
        except (TypeError, RuntimeError, ValueError) as e:
            return f"its weights cannot be read ({first_line(e)})"
        if digest != ck["model_sha256"]:
            return "weights checksum mismatch: the file was modified or corrupted after it was saved"
    return None
