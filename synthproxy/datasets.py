"""PyTorch access to stores: (preset vector, audio embedding) pairs read lazily from chunk files.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from torch.utils.data import Dataset

from synthproxy.store import Store, StoreError, open_store


class StoreDataset(Dataset):
    """(preset, embedding) pairs of a store, memory-mapped chunk by chunk (no full load into RAM).

    Presets that failed or never rendered audibly (listed in the manifest) are skipped. Each chunk is
    checked against its manifest checksum the first time this process reads it (:meth:`Store.chunk`): a
    damaged chunk raises :class:`StoreError` naming it, never feeds training or evaluation.

    Parameters
    ----------
    store : str, Path or Store
        A store folder with ``presets`` and ``embeddings``.
    limit : int, optional
        Use only the first ``limit`` presets (in preset order).

    Items
    -----
    preset : Tensor, shape (n_used,), float32
        Categorical parameters as class index.
    embedding : Tensor, shape (D,), float32
    """

    def __init__(self, store: str | Path | Store, limit: int | None = None):
        self.store = store if isinstance(store, Store) else open_store(store)
        if "embeddings" not in self.store.arrays:
            raise StoreError(f"{self.store.folder}: has no embeddings (made without an audio model?)")
        rows = self.store.row_index()
        skip = set(self.store.manifest.get("failed") or []) | set(
            (self.store.manifest.get("stats") or {}).get("rejected") or []
        )
        keep = np.array([i for i in range(len(rows)) if i not in skip], dtype=np.int64)
        if limit is not None:
            keep = keep[:limit]
        self.indices = keep
        self.rows = rows[keep]
        self._chunks: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @property
    def manifest(self) -> dict:
        """The store's manifest."""
        return self.store.manifest

    def __len__(self) -> int:
        return len(self.rows)

    def _chunk(self, c: int) -> tuple[np.ndarray, np.ndarray]:
        if c not in self._chunks:
            self._chunks[c] = (self.store.chunk("presets", c), self.store.chunk("embeddings", c))
        return self._chunks[c]

    def __getitem__(self, i: int) -> tuple[torch.Tensor, torch.Tensor]:
        c, r = self.rows[i]
        p, e = self._chunk(int(c))
        return torch.from_numpy(np.array(p[r])), torch.from_numpy(np.array(e[r]))

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """All presets (N, n_used) and embeddings (N, D) in memory (for small sets and evaluation)."""
        p, e = self.store.load("presets"), self.store.load("embeddings")
        return p[self.indices], e[self.indices]
