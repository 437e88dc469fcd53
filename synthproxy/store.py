"""The dataset store: one folder per dataset, chunked arrays, a manifest, nothing half-written.

Layout of a store folder::

    manifest.json          what the dataset is (synth spec and hash, render settings, audio model,
                           seeds, versions) and which chunks are finished, with their checksums
    presets/000000.npy     preset vectors of chunk 0, (rows, n_used) float32, categorical as class index
    embeddings/000000.npy  audio embeddings of chunk 0, (rows, D) float32 (when an audio model is set)
    audio/000000.npy       renders of chunk 0, (rows, samples) float32 (optional)
    metadata.json          per-preset metadata (hand-crafted sets: bank, index, name, category)
    report.json            cleaning report (hand-crafted sets)

Chunk files are written to a temporary name and renamed into place; the manifest is rewritten the
same way after each chunk, so at any moment the manifest lists only complete, checksummed chunks.
One writer at a time: a :class:`StoreWriter` holds the store's lock (:mod:`synthproxy.lock`). A restarted
run checks every chunk the manifest lists against its checksum and rebuilds the missing or damaged
ones (:attr:`StoreWriter.rebuilt` says which and why). Arrays are read lazily (memory-mapped); each
chunk is checked against its checksum the first time a process reads it.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.integrity import (
    ARRAYS,
    array_sha256,
    check_chunk,
    chunk_name,
    chunk_problems,
    entry_problem,
    load_chunk,
    manifest_problem,
)
from synthproxy.io import atomic_path, versions, write_json
from synthproxy.lock import LOCK_NAME, FolderLock, FolderLocked

MANIFEST = "manifest.json"
FORMAT_VERSION = 1


class StoreError(ValueError):
    """A store is missing, inconsistent, or holds a different dataset; the message names the folder/chunk."""


_chunk_name = chunk_name
_sha256 = array_sha256


def save_array(path: Path, a: np.ndarray) -> None:
    """Save one chunk array atomically as ``.npy``."""
    with atomic_path(path, suffix=".npy") as tmp:
        with open(tmp, "wb") as f:
            np.save(f, np.ascontiguousarray(a))


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest of a store folder; :class:`StoreError` if it has none or it is unreadable."""
    path = Path(folder) / MANIFEST
    try:
        m = json.loads(path.read_text())
    except FileNotFoundError as e:
        raise StoreError(f"{folder}: not a synthproxy store (no {MANIFEST})") from e
    except (OSError, ValueError) as e:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise StoreError(f"{path}: unreadable manifest: {e}") from e
    problem = manifest_problem(m)
    if problem:
        raise StoreError(f"{path}: damaged manifest ({problem}); the store cannot be trusted")
    return m


def identity(manifest: dict[str, Any]) -> dict[str, Any]:
    """What makes two runs the same dataset: kind, synth, spec hash, render settings, audio model, seed, split, size,
    chunking, the prior the presets are drawn from (``prior``: absent for the random prior, the bank-mix settings
    and bank digest otherwise), for the work stores of hand-crafted sets, which presets (``candidates_hash``), and
    for a mixed training set (:mod:`synthproxy.dataset_mix`) its ``sources``."""
    keys = (
        "kind",
        "synth",
        "spec_hash",
        "render_settings",
        "audio_model",
        "seed",
        "split",
        "size",
        "chunk_size",
        "candidates_hash",
        "prior",
        "sources",
    )
    out = {k: manifest.get(k) for k in keys}
    if isinstance(out["audio_model"], dict):
        out["audio_model"] = {
            k: out["audio_model"].get(k) for k in ("name", "weights_hash", "embedding_size", "settings")
        }
    return out


def _expected_rows(manifest: dict[str, Any], i: int) -> int | None:
    """Rows chunk ``i`` of a random dataset must hold (None when the manifest does not say)."""
    size, chunk = manifest.get("size"), manifest.get("chunk_size")
    if manifest.get("kind") != "random" or not isinstance(size, int) or not isinstance(chunk, int) or chunk <= 0:
        return None
    return max(0, min(size, (i + 1) * chunk) - i * chunk)


class StoreWriter:
    """Writes a store chunk by chunk; resumes (and repairs) a store that has the same identity.

    The writer holds the store's lock until :meth:`close` (or its process ends): a second writer is
    refused. Resuming checks every chunk the manifest lists (entry, files, rows, checksums); damaged
    or missing ones are dropped from the manifest so that the caller writes them again, and listed in
    :attr:`rebuilt`.

    Parameters
    ----------
    folder : str or Path
    header : dict
        Manifest fields fixed for the whole dataset (see :func:`identity`), plus free-form ones.

    Attributes
    ----------
    rebuilt : list of dict
        ``chunk`` (index) and ``reason`` of each listed chunk found damaged on opening.
    """

    def __init__(self, folder: str | Path, header: dict[str, Any]):
        self.folder = Path(folder)
        self.header = dict(header)
        self.rebuilt: list[dict[str, Any]] = []
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"{self.folder}: exists and is not a folder")
        created = not self.folder.exists()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as e:
            raise StoreError(f"{self.folder}: cannot create the store folder ({e.strerror}: a parent is a file)") from e
        try:
            self._lock: FolderLock | None = FolderLock(self.folder)
        except FolderLocked as e:
            raise StoreError(str(e)) from None
        try:
            self._open()
        except BaseException:
            self.close()
            if created:
                (self.folder / LOCK_NAME).unlink(missing_ok=True)
                if not any(self.folder.iterdir()):
                    self.folder.rmdir()
            raise

    def _open(self) -> None:
        if (self.folder / MANIFEST).exists():
            old = read_manifest(self.folder)
            if identity(old) != identity(self.header):
                diff = {
                    k: (v, identity(self.header)[k]) for k, v in identity(old).items() if identity(self.header)[k] != v
                }
                raise StoreError(
                    f"{self.folder} holds a different dataset (differs in {sorted(diff)}); "
                    "choose another --out or delete that folder yourself"
                )
            self.manifest = old
            self._remove_temporary_files()
            self.rebuilt = self._audit()
        else:
            if any(p.name != LOCK_NAME for p in self.folder.iterdir()):
                raise StoreError(
                    f"{self.folder}: folder is not empty and is not a synthproxy store; refusing to write into it"
                )
            self.manifest = {
                "format": FORMAT_VERSION,
                **self.header,
                "versions": versions(),
                "chunks": {},
                "stats": {},
                "complete": False,
            }
            self._flush()

    def _expected_arrays(self) -> tuple[str, ...]:
        return (
            ("presets",)
            + (("embeddings",) if self.header.get("audio_model") else ())
            + (("audio",) if self.header.get("keep_audio") else ())
        )

    def _chunk_problems(self, key: Any, entry: Any) -> list[str]:
        where = self.folder / MANIFEST
        problem = entry_problem(key, entry)
        if problem:
            return [f"{where}: {problem}"]
        i = int(key)
        rows = _expected_rows(self.manifest, i)
        if rows is not None and entry["rows"] != rows:
            return [f"{where}: chunk {i} lists {entry['rows']} rows; this dataset's chunk {i} has {rows}"]
        missing = [n for n in self._expected_arrays() if n not in entry]
        if missing:
            return [f"{where}: chunk {i} has no checksum of its {missing[0]}"]
        return chunk_problems(self.folder, i, entry)

    def _audit(self) -> list[dict[str, Any]]:
        """Check every listed chunk; drop the damaged ones from the manifest and say why."""
        chunks = self.manifest["chunks"]
        rebuilt = []
        for key in list(chunks):
            problems = self._chunk_problems(key, chunks[key])
            if problems:
                del chunks[key]
                if str(key).isdigit():
                    self._clear_chunk(int(key))
                rebuilt.append({"chunk": int(key) if str(key).isdigit() else key, "reason": "; ".join(problems)})
        if rebuilt:
            self.manifest["complete"] = False
            self._flush()
        return rebuilt

    def _remove_temporary_files(self) -> None:
        """Remove the half-written temporary files a killed run left (``.<name>.<random>.npy``/``.tmp``);
        safe, since this writer holds the store's lock."""
        for folder in [self.folder] + [self.folder / name for name in ARRAYS]:
            if folder.is_dir():
                for f in folder.glob(".*.*"):
                    if f.name != LOCK_NAME and f.is_file() and f.suffix in (".npy", ".tmp"):
                        f.unlink(missing_ok=True)

    def _clear_chunk(self, i: int) -> None:
        """Remove what stands where chunk ``i``'s files go but is no file (a FIFO, a folder), so they can be written."""
        for name in ARRAYS:
            path = self.folder / name / _chunk_name(i)
            if path.is_symlink() or (path.exists() and not path.is_file()):
                try:
                    path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
                except OSError as e:
                    raise StoreError(
                        f"{path}: not a chunk file and cannot be removed ({e.strerror}); "
                        "remove it yourself and run again"
                    ) from e

    @property
    def done(self) -> set[int]:
        """Indices of the chunks already written."""
        return {int(k) for k in self.manifest["chunks"]}

    def write_chunk(
        self, i: int, arrays: dict[str, np.ndarray], chunk_stats: dict[str, Any] | None = None, **fields: Any
    ) -> None:
        """Write chunk ``i`` (arrays by name: presets, embeddings, audio), then record it in the manifest
        together with any other manifest ``fields`` (one manifest write per chunk)."""
        rows = {len(a) for a in arrays.values()}
        if len(rows) != 1:
            raise StoreError(f"{self.folder}: chunk {i}: arrays have different row counts {rows}")
        entry: dict[str, Any] = {"rows": rows.pop()}
        for name, a in arrays.items():
            if name not in ARRAYS:
                raise StoreError(f"unknown array {name!r}; known: {ARRAYS}")
            a = np.ascontiguousarray(a, dtype=np.float32)
            save_array(self.folder / name / _chunk_name(i), a)
            entry[name] = _sha256(a)
        if chunk_stats:
            entry["stats"] = chunk_stats
        self.manifest["chunks"][str(i)] = entry
        self.manifest.update(fields)
        self._flush()

    def update(self, **fields: Any) -> None:
        """Set manifest fields (e.g. stats, complete) and rewrite it."""
        self.manifest.update(fields)
        self._flush()

    def close(self) -> None:
        """Release the store's lock (idempotent; also done when the process ends)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _flush(self) -> None:
        self.manifest["chunks"] = dict(sorted(self.manifest["chunks"].items(), key=lambda kv: int(kv[0])))
        write_json(self.folder / MANIFEST, self.manifest)


#: Chunks this process has checked against their checksum: (path, inode, size, mtime, checksum).
_CHECKED: set[tuple] = set()


def _check_key(path: Path, checksum: str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (os.path.realpath(path), st.st_ino, st.st_size, st.st_mtime_ns, checksum)


@dataclass
class Store:
    """A store opened for reading; arrays are memory-mapped chunk by chunk.

    Each chunk is checked against its manifest checksum the first time this process reads it
    (again only if its file changes); a damaged chunk raises :class:`StoreError` naming it.

    Attributes
    ----------
    folder : Path
    manifest : dict
    """

    folder: Path
    manifest: dict[str, Any]

    @property
    def chunks(self) -> list[int]:
        """Chunk indices, in preset order."""
        return sorted(int(k) for k in self.manifest["chunks"])

    @property
    def arrays(self) -> tuple[str, ...]:
        """Names of the arrays this store holds."""
        first = self.manifest["chunks"].get(str(self.chunks[0]), {}) if self.chunks else {}
        return tuple(a for a in ARRAYS if a in first)

    def __len__(self) -> int:
        return sum(c["rows"] for c in self.manifest["chunks"].values())

    def chunk(self, name: str, i: int, mmap: bool = True) -> np.ndarray:
        """Array ``name`` of chunk ``i`` (memory-mapped by default), checked against its checksum once per process."""
        path = self.folder / name / _chunk_name(i)
        entry = self.manifest["chunks"].get(str(i))
        if entry is None or name not in entry:
            raise StoreError(f"{path}: the manifest lists no such chunk")
        key = _check_key(path, entry[name])
        if key is not None and key in _CHECKED:
            a, problem = load_chunk(path, mmap)
        else:
            a, problem = check_chunk(self.folder, name, i, entry, mmap)
        if problem:
            raise StoreError(f"{problem}; run `synthproxy verify {self.folder}`, and `generate` again to rebuild it")
        if key is not None:
            _CHECKED.add(key)
        return a  # type: ignore[return-value]

    def iter_chunks(self, name: str) -> Iterator[np.ndarray]:
        """Array ``name`` chunk by chunk, in preset order."""
        for i in self.chunks:
            yield self.chunk(name, i)

    def load(self, name: str) -> np.ndarray:
        """Array ``name`` of the whole store in memory, shape (N, ...)."""
        parts = [np.asarray(c) for c in self.iter_chunks(name)]
        if not parts:
            raise StoreError(f"{self.folder}: empty store")
        return np.concatenate(parts)

    @property
    def metadata(self) -> list[dict] | None:
        """Per-preset metadata (hand-crafted sets), or None."""
        path = self.folder / "metadata.json"
        return json.loads(path.read_text()) if path.exists() else None

    def row_index(self) -> np.ndarray:
        """(N, 2) int64 table: chunk index and row within it, for each preset in order."""
        parts = [
            np.stack(
                [
                    np.full(self.manifest["chunks"][str(i)]["rows"], i),
                    np.arange(self.manifest["chunks"][str(i)]["rows"]),
                ],
                1,
            )
            for i in self.chunks
        ]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros((0, 2), np.int64)


def open_store(folder: str | Path) -> Store:
    """Open a store folder for reading (:class:`StoreError` if it is not one, or its manifest is damaged)."""
    m = read_manifest(folder)
    for key, entry in m["chunks"].items():
        problem = entry_problem(key, entry)
        if problem:
            raise StoreError(f"{Path(folder) / MANIFEST}: {problem}; run `synthproxy verify {folder}`")
    return Store(Path(folder), m)


def _digest(hashes: dict[str, Any]) -> str:
    return hashlib.sha256((hashes["presets"].hexdigest() + hashes["embeddings"].hexdigest()).encode()).hexdigest()


def verify(folder: str | Path) -> dict[str, Any]:
    """Check every chunk of a store against its manifest checksums; never raises on a damaged store.

    Returns
    -------
    dict
        ``ok`` (bool), ``n`` (presets), ``digest`` (SHA-256 over the arrays' contents in preset order,
        independent of the chunking), ``complete`` (bool), ``problems`` (list of str, each naming the
        manifest or chunk file at fault).

    Raises
    ------
    StoreError
        Only when ``folder`` is not a store at all (no manifest).
    """
    folder = Path(folder)
    hashes = {name: hashlib.sha256() for name in ("presets", "embeddings")}
    if not (folder / MANIFEST).exists():
        raise StoreError(f"{folder}: not a synthproxy store (no {MANIFEST})")
    try:
        manifest = read_manifest(folder)
    except StoreError as e:
        return {"ok": False, "n": 0, "digest": _digest(hashes), "complete": False, "problems": [str(e)]}
    problems: list[str] = []
    valid: dict[int, dict[str, Any]] = {}
    for key, entry in manifest["chunks"].items():
        problem = entry_problem(key, entry)
        if problem:
            problems.append(f"{folder / MANIFEST}: {problem}")
        else:
            valid[int(key)] = entry
    n = 0
    for i in sorted(valid):
        entry = valid[i]
        n += entry["rows"]
        for name in ARRAYS:
            if name in entry:
                a, problem = check_chunk(folder, name, i, entry)
                if problem:
                    problems.append(problem)
                elif name in hashes:
                    hashes[name].update(memoryview(np.ascontiguousarray(a).reshape(-1)).cast("B"))  # type: ignore[arg-type]
    size = manifest.get("size")
    return {
        "ok": not problems,
        "n": n,
        "digest": _digest(hashes),
        "complete": bool(manifest.get("complete")) and (size is None or n == size),
        "problems": problems,
    }


def dataset_summary(folder: str | Path) -> dict[str, Any]:
    """One row describing a store: synth, split, size, seed, audio model and its precision, draws per preset,
    the CPU time it took (``core_hours``: render and embedding time summed over chunks), its size on disk
    (``disk_mb``, MiB) and its checks.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    store = open_store(folder)
    m = store.manifest
    v = verify(folder)
    stats = m.get("stats") or {}
    n = len(store)
    return {
        "store": Path(folder).name,
        "synth": m.get("synth"),
        "split": m.get("split"),
        "n": n,
        "seed": m.get("seed"),
        "audio_model": (m.get("audio_model") or {}).get("name"),
        "draws_per_preset": round(stats["draws"] / n, 2) if stats.get("draws") and n else None,
        "rejected_draws": stats.get("rejections") or {},
        "failed": len(m.get("failed") or []),
        "precision": ((m.get("audio_model") or {}).get("settings") or {}).get("precision"),
        # render + embedding time summed over the workers' chunks (a run on 2 workers took about half in wall time)
        "core_hours": round((stats.get("render_s", 0.0) + stats.get("embed_s", 0.0)) / 3600, 2),
        "disk_mb": round(sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file()) / 2**20, 1),
        "ok": v["ok"],
        "complete": v["complete"],
        "digest": v["digest"][:12],
    }
