"""Growing a random dataset: its run statistics, and the chunks of the same dataset at another size reused.

A random preset depends on its dataset's seed and its own index only (``SeedSequence([seed, index,
attempt])``), never on the dataset's size, so a larger dataset can start from the finished chunks of a
smaller one (:func:`reuse_chunks`, ``synthproxy generate --reuse``). :func:`merge_stats` and
:func:`resumed_stats` keep a store's run statistics (draws, rejections, seconds) right across resumed
runs and copied chunks.

Shown in use by :func:`synthproxy.generate.generate`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.store import Store, StoreError, StoreWriter, identity, open_store

__all__ = ["merge_stats", "resumed_stats", "reusable_store", "reuse_chunks"]


def merge_stats(total: dict, s: dict) -> None:
    """Add a chunk's run statistics ``s`` into the running totals ``total`` (in place)."""
    total["draws"] = total.get("draws", 0) + s.get("draws", 0)
    for k in ("render_s", "embed_s"):
        total[k] = round(total.get(k, 0.0) + s.get(k, 0.0), 3)
    rej = total.setdefault("rejections", {})
    for k, v in s.get("rejections", {}).items():
        rej[k] = rej.get(k, 0) + v
    total.setdefault("rejected", []).extend(s.get("rejected", []))


def reusable_store(header: dict[str, Any], source: str | Path, out: str | Path) -> Store:
    """``source`` opened for :func:`reuse_chunks`, after checking it is the dataset of ``header`` at another size.

    Raises
    ------
    StoreError
        When ``source`` is not a store, is damaged, or differs in more than its size (naming what differs).
    """
    src = open_store(source)
    want, have = identity(header), identity(src.manifest)
    differ = sorted(k for k in want if k != "size" and want[k] != have[k])
    if differ:
        raise StoreError(
            f"{source}: not the dataset of {out} at another size ({', '.join(differ)} differ); nothing reused"
        )
    return src


def reuse_chunks(writer: StoreWriter, source: str | Path) -> int:
    """Copy into ``writer``'s store the finished chunks of ``source``, the same dataset at another size.

    A random preset depends on its dataset's seed and its own index only (``SeedSequence([seed, index,
    attempt])``), never on the dataset's size, so chunk ``c`` of a 131,072-preset dataset is chunk ``c`` of the
    65,536-preset dataset of the same seed, spec, render settings, audio model, prior and chunk size. Copying
    them grows a dataset without rendering its first part again. Only chunks the new store lacks and that
    hold the rows the new store's chunk holds are copied (a shorter last chunk of ``source`` is made again);
    each is read through ``source``'s checksums.

    Returns
    -------
    int
        Chunks copied.

    Raises
    ------
    StoreError
        When ``source`` is not a store, is damaged, or is another dataset than ``writer``'s apart from its size
        (naming what differs).
    """
    src = reusable_store(writer.header, source, writer.folder)
    size, chunk_size = int(writer.header["size"]), int(writer.header["chunk_size"])
    stats, failed = resumed_stats(writer)
    copied = 0
    for c in src.chunks:
        rows = min(size, (c + 1) * chunk_size) - c * chunk_size
        entry = src.manifest["chunks"][str(c)]
        if c in writer.done or rows <= 0 or entry["rows"] != rows:
            continue
        chunk_stats = entry.get("stats") or {}
        merge_stats(stats, chunk_stats)
        failed += chunk_stats.get("failed", [])
        arrays = {name: np.asarray(src.chunk(name, c)) for name in src.arrays}
        writer.write_chunk(c, arrays, chunk_stats, stats=stats, failed=sorted(set(failed)))
        copied += 1
    return copied


def resumed_stats(writer: StoreWriter) -> tuple[dict[str, Any], list[int]]:
    """Run statistics and failed presets of the chunks on disk: the manifest's totals, or, when damaged chunks
    were dropped, the sum of the remaining chunks' own statistics (so rebuilt chunks are not counted twice)."""
    if not writer.rebuilt:
        return dict(writer.manifest.get("stats") or {}), list(writer.manifest.get("failed", []))
    stats: dict[str, Any] = {}
    failed: list[int] = []
    for entry in writer.manifest["chunks"].values():
        merge_stats(stats, entry.get("stats") or {})
        failed += (entry.get("stats") or {}).get("failed", [])
    return stats, failed
