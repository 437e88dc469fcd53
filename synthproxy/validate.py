"""Checks at the boundary: what users, files and the machine hand to synthproxy, refused early and by name.

Every check raises :class:`InputError` (a ``ValueError``) whose one-line message names the parameter,
file or preset at fault, before anything starts: render settings, seeds and indices, output paths,
bank files (regular files of bounded size only: a FIFO or ``/dev/zero`` is refused without being
opened), audio samples, and the size and worker count of a generation run against the cores, memory
and disk of the machine.

Shown in use in ``book/reliability.md``.
"""

from __future__ import annotations

import math
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import numpy as np

#: Largest bank file read (bytes): a DX7 bank is 4104 bytes, an amsynth bank of 128 presets ~250 KB.
MAX_BANK_BYTES: int = 16 << 20
#: Sample rates accepted for renders, Hz.
SAMPLE_RATE_RANGE: tuple[int, int] = (8_000, 384_000)
#: Longest render, seconds (a render is held in memory, and a dataset keeps one per preset in flight).
MAX_RENDER_S: float = 60.0
#: Largest absolute sample of an input sound: float WAV files may exceed 1.0 a little, never by 40 dB.
MAX_PEAK: float = 100.0
#: Seeds are fed to numpy's SeedSequence, which wants non-negative integers; kept below 2**63.
MAX_SEED: int = 2**63 - 1
#: Largest chunk of a store, presets.
MAX_CHUNK: int = 1 << 16
#: Manifest bytes per chunk (JSON entry with checksums and stats), for the memory estimate.
MANIFEST_BYTES_PER_CHUNK: int = 1024


class InputError(ValueError):
    """Bad input, refused before any work; the message names the parameter, file or preset."""


def check_int(name: str, value: Any, low: int, high: int | None = None) -> int:
    """``value`` as an int in ``low..high``, else :class:`InputError` naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise InputError(f"{name} must be an integer, got {value!r}")
    if value < low or (high is not None and value > high):
        rng = f"{low}..{high}" if high is not None else f">= {low}"
        raise InputError(f"{name} must be {rng}, got {value}")
    return int(value)


def check_seconds(name: str, value: Any, high: float) -> float:
    """A finite duration in ``(0, high]`` seconds, else :class:`InputError` naming ``name``."""
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not 0 < value <= high
    ):
        raise InputError(f"{name} must be a number of seconds in (0, {high:g}], got {value!r}")
    return float(value)


def check_seed(value: Any, name: str = "--seed") -> int:
    """A dataset seed: an integer 0..2**63-1."""
    return check_int(name, value, 0, MAX_SEED)


def _first_existing_parent(path: Path) -> Path | None:
    for parent in path.parents:
        if parent.exists():
            return parent
    return None


def check_output_file(path: str | Path, name: str = "--out") -> Path:
    """An output file path: not a folder, and every existing parent a folder."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{name} {path}: is a folder; give a file name")
    parent = _first_existing_parent(path)
    if parent is not None and not parent.is_dir():
        raise InputError(f"{name} {path}: {parent} is a file, not a folder")
    return path


def check_output_folder(path: str | Path, name: str = "--out") -> Path:
    """An output folder path: a folder or nothing yet, under folders."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"{name} {path}: exists and is not a folder")
    parent = _first_existing_parent(path)
    if parent is not None and not parent.is_dir():
        raise InputError(f"{name} {path}: {parent} is a file, not a folder")
    return path


def check_input_file(path: str | Path, what: str = "file", max_bytes: int = MAX_BANK_BYTES) -> Path:
    """An input file that is safe to read whole: a regular file of at most ``max_bytes``.

    Only ``os.stat`` is used, so a FIFO (which would block) or a device such as ``/dev/zero`` (which
    never ends) is refused without being opened.
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: cannot read: no such {what}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read this {what} ({e.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        kind = (
            "a FIFO"
            if stat.S_ISFIFO(st.st_mode)
            else "a folder"
            if stat.S_ISDIR(st.st_mode)
            else "a device"
            if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
            else "not a regular file"
        )
        raise InputError(f"{path}: {kind}, not a regular {what}; refusing to read it")
    if st.st_size > max_bytes:
        raise InputError(f"{path}: {st.st_size} bytes, more than a {what} can hold ({max_bytes} at most)")
    return path


def read_input_bytes(path: str | Path, what: str = "bank file", max_bytes: int = MAX_BANK_BYTES) -> bytes:
    """The bytes of a checked input file (:func:`check_input_file`), never more than ``max_bytes``."""
    path = check_input_file(path, what, max_bytes)
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{path}: more than {max_bytes} bytes; not a {what}")
    return data


def check_audio(audio: np.ndarray, path: str | Path) -> np.ndarray:
    """Input samples: finite, and within :data:`MAX_PEAK` of full scale."""
    if not np.isfinite(audio).all():
        raise InputError(f"{path}: holds NaN or infinite samples")
    peak = float(np.abs(audio).max()) if audio.size else 0.0
    if peak > MAX_PEAK:
        raise InputError(
            f"{path}: peak sample {peak:.3g} is far outside the audio range (at most {MAX_PEAK:g}, "
            "1.0 being full scale); not a usable sound"
        )
    return audio


# ---------------------------------------------------------------------------------------------
# Resources of a generation run
# ---------------------------------------------------------------------------------------------
def memory_bytes() -> int:
    """Physical memory of the machine, bytes (0 when unknown)."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0


def check_workers(workers: int | None, allow_oversubscribe: bool = False) -> int:
    """Worker processes of a local cluster: default the CPU cores; more than the cores needs ``allow_oversubscribe``."""
    cores = os.cpu_count() or 1
    if workers is None:
        return cores
    workers = check_int("--workers", workers, 1)
    if workers > cores and not allow_oversubscribe:
        raise InputError(
            f"--workers {workers} is more than this machine's {cores} CPU cores; each worker is a "
            "process with its own synth and audio model: pass --allow-oversubscribe to run them anyway"
        )
    return workers


def check_generation(
    size: int, chunk_size: int, row_bytes: int, out: str | Path, *, workers: int = 1, chunk_row_bytes: int | None = None
) -> None:
    """Refuse a dataset the disk or memory cannot hold, before anything starts.

    Parameters
    ----------
    size, chunk_size : int
        Presets, presets per chunk.
    row_bytes : int
        Bytes stored per preset (preset vector, embedding, audio when kept).
    out : str or Path
        The store folder (its disk is checked; space already used by a store there counts as free).
    workers : int
        Chunks in flight are two per worker.
    chunk_row_bytes : int, optional
        Memory per preset of a chunk being made (its render is always held); default ``row_bytes``.
    """
    size = check_int("--size", size, 1)
    chunk_size = check_int("--chunk-size", chunk_size, 1, MAX_CHUNK)
    n_chunks = -(-size // chunk_size)
    need = size * row_bytes + n_chunks * MANIFEST_BYTES_PER_CHUNK
    parent = Path(out) if Path(out).exists() else _first_existing_parent(Path(out))
    if parent is not None:
        free = shutil.disk_usage(parent).free + _used_bytes(Path(out))
        if need > free:
            raise InputError(f"--size {size}: the store would need {_gb(need)} on disk, {parent} has {_gb(free)} free")
    ram = memory_bytes()
    if ram:
        manifest = n_chunks * MANIFEST_BYTES_PER_CHUNK * 3  # the manifest, its JSON text, one copy
        in_flight = 2 * workers * chunk_size * (chunk_row_bytes or row_bytes)
        if manifest > ram // 4:
            raise InputError(
                f"--size {size}: {n_chunks} chunks; their bookkeeping alone would need {_gb(manifest)} "
                f"of this machine's {_gb(ram)} of memory (use a larger --chunk-size, or several stores)"
            )
        if in_flight > ram // 2:
            raise InputError(
                f"--chunk-size {chunk_size} with {workers} worker(s): chunks in flight would need "
                f"{_gb(in_flight)} of this machine's {_gb(ram)} of memory; use a smaller --chunk-size"
            )


def _used_bytes(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    total = 0
    for name in ("presets", "embeddings", "audio"):
        d = folder / name
        if d.is_dir():
            total += sum(f.stat().st_size for f in d.iterdir() if f.is_file())
    return total


def _gb(n: float) -> str:
    return f"{n / 1e9:.3g} GB" if n >= 1e8 else f"{n / 1e6:.3g} MB"
