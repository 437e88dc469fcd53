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
A restarted run skips the chunks the manifest lists. Arrays are read lazily (memory-mapped).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from synthproxy.io import atomic_path, versions, write_json

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
ARRAYS = ("presets", "embeddings", "audio")


class StoreError(ValueError):
    """A store is missing, inconsistent, or holds a different dataset; the message names the folder/chunk."""


def _chunk_name(i: int) -> str:
    return f"{i:06d}.npy"


def _sha256(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()


def save_array(path: Path, a: np.ndarray) -> None:
    """Save one chunk array atomically as ``.npy``."""
    with atomic_path(path, suffix=".npy") as tmp:
        with open(tmp, "wb") as f:
            np.save(f, np.ascontiguousarray(a))


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest of a store folder; :class:`StoreError` if it has none or it is unreadable."""
    path = Path(folder) / MANIFEST
    try:
        return json.loads(path.read_text())
    except FileNotFoundError as e:
        raise StoreError(f"{folder}: not a synthproxy store (no {MANIFEST})") from e
    except (OSError, ValueError) as e:
        raise StoreError(f"{path}: unreadable manifest: {e}") from e


def identity(manifest: dict[str, Any]) -> dict[str, Any]:
    """What makes two runs the same dataset: kind, synth, spec hash, render settings, audio model, seed, split, size,
    chunking (and, for the work stores of hand-crafted sets, which presets: ``candidates_hash``)."""
    keys = ("kind", "synth", "spec_hash", "render_settings", "audio_model", "seed", "split", "size", "chunk_size",
            "candidates_hash")
    out = {k: manifest.get(k) for k in keys}
    if isinstance(out["audio_model"], dict):
        out["audio_model"] = {k: out["audio_model"].get(k) for k in ("name", "weights_hash", "embedding_size", "settings")}
    return out


class StoreWriter:
    """Writes a store chunk by chunk; resumes a store that has the same identity.

    Parameters
    ----------
    folder : str or Path
    header : dict
        Manifest fields fixed for the whole dataset (see :func:`identity`), plus free-form ones.
    """

    def __init__(self, folder: str | Path, header: dict[str, Any]):
        self.folder = Path(folder)
        self.header = dict(header)
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"{self.folder}: exists and is not a folder")
        if (self.folder / MANIFEST).exists():
            old = read_manifest(self.folder)
            if identity(old) != identity(self.header):
                diff = {k: (v, identity(self.header)[k]) for k, v in identity(old).items() if identity(self.header)[k] != v}
                raise StoreError(
                    f"{self.folder} holds a different dataset (differs in {sorted(diff)}); "
                    "choose another --out or delete that folder yourself"
                )
            self.manifest = old
        else:
            if self.folder.exists() and any(self.folder.iterdir()):
                raise StoreError(f"{self.folder}: folder is not empty and is not a synthproxy store; refusing to write into it")
            self.manifest = {"format": FORMAT_VERSION, **self.header, "versions": versions(), "chunks": {}, "stats": {}, "complete": False}
            self.folder.mkdir(parents=True, exist_ok=True)
            self._flush()

    @property
    def done(self) -> set[int]:
        """Indices of the chunks already written."""
        return {int(k) for k in self.manifest["chunks"]}

    def write_chunk(self, i: int, arrays: dict[str, np.ndarray], chunk_stats: dict[str, Any] | None = None,
                    **fields: Any) -> None:
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

    def _flush(self) -> None:
        self.manifest["chunks"] = dict(sorted(self.manifest["chunks"].items(), key=lambda kv: int(kv[0])))
        write_json(self.folder / MANIFEST, self.manifest)


@dataclass
class Store:
    """A store opened for reading; arrays are memory-mapped chunk by chunk.

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
        """Array ``name`` of chunk ``i`` (memory-mapped by default)."""
        path = self.folder / name / _chunk_name(i)
        try:
            return np.load(path, mmap_mode="r" if mmap else None)
        except (OSError, ValueError) as e:
            raise StoreError(f"{path}: unreadable chunk ({e}); run `synthproxy verify {self.folder}`") from e

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
        parts = [np.stack([np.full(self.manifest["chunks"][str(i)]["rows"], i), np.arange(self.manifest["chunks"][str(i)]["rows"])], 1) for i in self.chunks]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros((0, 2), np.int64)


def open_store(folder: str | Path) -> Store:
    """Open a store folder for reading (:class:`StoreError` if it is not one)."""
    return Store(Path(folder), read_manifest(folder))


def verify(folder: str | Path) -> dict[str, Any]:
    """Check every chunk of a store against its manifest checksums.

    Returns
    -------
    dict
        ``ok`` (bool), ``n`` (presets), ``digest`` (SHA-256 over the arrays' contents in preset order,
        independent of the chunking), ``complete`` (bool), ``problems`` (list of str naming chunks).
    """
    store = open_store(folder)
    problems: list[str] = []
    hashes = {name: hashlib.sha256() for name in ("presets", "embeddings")}
    for i in store.chunks:
        entry = store.manifest["chunks"][str(i)]
        for name in ARRAYS:
            if name not in entry:
                continue
            path = store.folder / name / _chunk_name(i)
            try:
                a = np.load(path)
            except (OSError, ValueError) as e:
                problems.append(f"{path}: unreadable ({e})")
                continue
            if a.shape[0] != entry["rows"]:
                problems.append(f"{path}: {a.shape[0]} rows, manifest says {entry['rows']}")
            if _sha256(a) != entry[name]:
                problems.append(f"{path}: checksum mismatch (the chunk was modified or corrupted)")
            if name in hashes:
                hashes[name].update(np.ascontiguousarray(a).tobytes())
    digest = hashlib.sha256((hashes["presets"].hexdigest() + hashes["embeddings"].hexdigest()).encode()).hexdigest()
    size = store.manifest.get("size")
    return {
        "ok": not problems,
        "n": len(store),
        "digest": digest,
        "complete": bool(store.manifest.get("complete")) and (size is None or len(store) == size),
        "problems": problems,
    }


def dataset_summary(folder: str | Path) -> dict[str, Any]:
    """One row describing a store: synth, split, size, seed, audio model, draws per preset, checks.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    store = open_store(folder)
    m = store.manifest
    v = verify(folder)
    stats = m.get("stats") or {}
    n = len(store)
    return {
        "store": Path(folder).name, "synth": m.get("synth"), "split": m.get("split"), "n": n, "seed": m.get("seed"),
        "audio_model": (m.get("audio_model") or {}).get("name"),
        "draws_per_preset": round(stats["draws"] / n, 2) if stats.get("draws") and n else None,
        "rejected_draws": stats.get("rejections") or {}, "failed": len(m.get("failed") or []),
        "ok": v["ok"], "complete": v["complete"], "digest": v["digest"][:12],
    }
