"""Safe file output and provenance: atomic writes, audio files, versions of everything involved.

Every file synthproxy writes goes to a temporary name in the same folder first and is renamed into
place only once complete, so an interrupted run never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import platform
import shutil
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

#: Distributions whose versions are recorded next to datasets, checkpoints and renders.
TRACKED_PACKAGES: tuple[str, ...] = (
    "synthproxy",
    "numpy",
    "torch",
    "dexed-py",
    "dawdreamer",
    "aisfx",
    "scipy",
    "librosa",
    "dask",
)


class DiskFullError(OSError):
    """A write failed because the disk (or the user's quota) is full; the message names the file."""

    def __str__(self) -> str:
        return str(self.strerror)


#: Below this many free bytes, a failed write is taken to be a full disk.
_NEARLY_FULL = 1 << 20


def disk_full_error(e: BaseException, path: str | Path) -> DiskFullError | None:
    """A :class:`DiskFullError` naming ``path`` when ``e`` comes from a full disk, else None.

    numpy reports a short write as ``"131072 requested and 34784 written"`` and PyTorch or libsndfile
    as a ``RuntimeError``, without an errno; the free space of the file's disk settles those.
    """
    if isinstance(e, DiskFullError):
        return e
    full = isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)
    if not full and isinstance(e, (OSError, RuntimeError)):
        with contextlib.suppress(OSError):
            full = shutil.disk_usage(Path(path).parent).free < _NEARLY_FULL
    if not full:
        return None
    return DiskFullError(
        errno.ENOSPC,
        f"disk full while writing {path} (no space left on its device); free some space and run the same command again",
    )


@contextlib.contextmanager
def atomic_path(path: str | Path, suffix: str | None = None) -> Iterator[Path]:
    """A temporary path next to ``path``; renamed onto ``path`` when the block ends without error.

    On error the temporary file is removed and ``path`` is left as it was; an error of a full disk
    becomes a :class:`DiskFullError` naming ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix or ".tmp", dir=path.parent)
    except OSError as e:
        raise (disk_full_error(e, path) or e) from e
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    except (OSError, RuntimeError) as e:
        full = disk_full_error(e, path)
        if full is None:
            raise
        raise full from e
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write bytes atomically (fsynced before the rename)."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())


def write_json(path: str | Path, obj: Any) -> None:
    """Write JSON atomically, indented, keys in insertion order."""
    write_bytes(path, (json.dumps(obj, indent=1, default=_json_default) + "\n").encode())


def _json_default(o: Any) -> Any:
    if isinstance(o, np.generic):
        return o.item()
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, Path):
        return str(o)
    raise TypeError(f"not JSON serializable: {type(o).__name__}")


def write_wav(path: str | Path, audio: np.ndarray, sample_rate: int) -> None:
    """Write mono audio as a 16-bit PCM WAV file, atomically.

    Parameters
    ----------
    audio : ndarray, shape (samples,)
        Float samples, nominal range [-1, 1] (clipped beyond).
    sample_rate : int
        Hz.
    """
    import soundfile as sf

    with atomic_path(path, suffix=".wav") as tmp:
        sf.write(tmp, np.clip(np.asarray(audio, np.float32), -1.0, 1.0), int(sample_rate), subtype="PCM_16")


def read_audio(path: str | Path) -> tuple[np.ndarray, int]:
    """Read an audio file as mono float32.

    Returns
    -------
    audio : ndarray, shape (samples,), float32
    sample_rate : int
        Hz.

    Raises
    ------
    ValueError
        When the file is not audio soundfile can read; the message names the file.
    """
    import soundfile as sf

    try:
        audio, sr = sf.read(str(path), dtype="float32", always_2d=True)
    except (RuntimeError, sf.LibsndfileError) as e:
        raise ValueError(f"{path}: not a readable audio file ({e})") from e
    return audio.mean(axis=1), int(sr)


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    """SHA-256 (hex) of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def versions() -> dict[str, str]:
    """Versions of Python, the platform and the tracked packages (``"absent"`` when not installed)."""
    out = {"python": platform.python_version(), "platform": platform.platform()}
    for name in TRACKED_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "absent"
    return out


def progress_bar(**kwargs: Any):
    """A tqdm progress bar: a widget in interactive Jupyter, plain text when ``SYNTHPROXY_TEXT_PROGRESS`` is set.

    ``make study`` sets the variable, so executed notebooks carry text progress (which the offline book shows)
    rather than widget state (which needs a widget library from a CDN).
    """
    if os.environ.get("SYNTHPROXY_TEXT_PROGRESS"):
        from tqdm import tqdm
    else:
        from tqdm.auto import tqdm
    return tqdm(**kwargs)
