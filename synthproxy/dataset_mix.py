"""A training set mixed from several stores: hand-crafted presets beside random ones (``synthproxy mix``).

Fine-tuning a proxy on hand-crafted presets alone makes it forget the random presets it was trained on
(amsynth: random-test MRR 0.89 -> 0.34 while hand-crafted 0.36 -> 0.57). Training on both at once keeps
both. :func:`mix_stores` writes a new store holding the first ``n`` usable presets of each source (all of
them by default), shuffled together with a seed; the sources must come from the same synth spec, render
settings and audio model. The manifest names every source (its identity, path as
:func:`synthproxy.paths.recorded_path` writes it, presets taken), so a
checkpoint trained on the mix says what was in it.

Shown in use in ``book/how_to_run.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.datasets import StoreDataset
from synthproxy.paths import recorded_path
from synthproxy.store import StoreError, StoreWriter, identity, read_manifest

__all__ = ["MIX_CHUNK_SIZE", "parse_source", "mix_stores", "describe_sources"]

#: Presets per chunk of a mixed store.
MIX_CHUNK_SIZE: int = 4096
#: What all sources of a mix must share.
_SHARED: tuple[str, ...] = ("synth", "spec_hash", "render_settings", "audio_model")


def parse_source(text: str) -> tuple[Path, int | None]:
    """``"STORE"`` or ``"STORE:N"`` (the first N usable presets) -> ``(path, n)``.

    Raises
    ------
    ValueError
        When N is not a positive integer (naming the argument).
    """
    path, sep, n = text.rpartition(":")
    if not sep or not n.lstrip("-").isdigit():
        return Path(text), None
    if int(n) < 1:
        raise ValueError(f"--store {text}: the number of presets after ':' must be positive")
    return Path(path), int(n)


def mix_stores(sources: Sequence[tuple[str | Path, int | None]], out: str | Path, *, seed: int = 0) -> Path:
    """Write a store with the first ``n`` usable presets of each source, shuffled together.

    Parameters
    ----------
    sources : sequence of (path, n)
        Stores (random or hand-crafted) and how many of their first usable presets to take (None: all).
    out : str or Path
        The new store (an existing mix of the same sources and seed is left as it is).
    seed : int
        Seed of the shuffle.

    Returns
    -------
    Path
        ``out``.

    Raises
    ------
    StoreError
        A source that is no store or lacks embeddings, sources made differently (naming the setting and
        both stores), fewer presets than asked for.
    """
    if not sources:
        raise StoreError("mix: give at least one --store")
    sets = [(Path(p), StoreDataset(p, limit=n), n) for p, n in sources]
    first = identity(sets[0][1].manifest)
    for p, ds, n in sets:
        if n is not None and len(ds) < n:
            raise StoreError(f"{p}: {len(ds)} usable presets, fewer than the {n} asked for")
        ident = identity(ds.manifest)
        for k in _SHARED:
            if ident[k] != first[k]:
                raise StoreError(f"{p} and {sets[0][0]} were made with another {k}: they cannot be mixed")
    described = [
        {
            "path": recorded_path(p),
            "n": len(ds),
            **{k: identity(ds.manifest)[k] for k in ("kind", "seed", "split", "size")},
        }
        | ({"bank_split": ds.manifest["bank_split"]} if ds.manifest.get("bank_split") else {})
        | ({"prior": ds.manifest["prior"]} if ds.manifest.get("prior") else {})
        for p, ds, _ in sets
    ]
    total = sum(d["n"] for d in described)
    m0 = sets[0][1].manifest
    header: dict[str, Any] = {
        "kind": "mixed",
        **{k: m0.get(k) for k in ("synth", "spec_hash", "spec", "parameters", "render_settings", "audio_model")},
        "seed": seed,
        "split": "train",
        "size": total,
        "chunk_size": MIX_CHUNK_SIZE,
        "sources": described,
    }
    out = Path(out)
    if (out / "manifest.json").exists() and read_manifest(out).get("complete") and _same(read_manifest(out), header):
        return out
    parts = [ds.arrays() for _, ds, _ in sets]  # each source read once
    presets = np.concatenate([p for p, _ in parts])
    embeddings = np.concatenate([e for _, e in parts])
    order = np.random.default_rng(seed).permutation(total)
    writer = StoreWriter(out, header)
    try:
        for c, start in enumerate(range(0, total, MIX_CHUNK_SIZE)):
            rows = order[start : start + MIX_CHUNK_SIZE]
            writer.write_chunk(c, {"presets": presets[rows], "embeddings": embeddings[rows]})
        writer.update(complete=True)
    finally:
        writer.close()
    return out


def _same(manifest: dict[str, Any], header: dict[str, Any]) -> bool:
    return identity(manifest) == identity(header)


def describe_sources(sources: Sequence[dict[str, Any]]) -> str:
    """``"10,320 hand-crafted (train) + 20,000 random"``: what a mixed store holds, for tables.

    A bank-mix source is ``bank-mix``, with its bank share when it is not the default
    (``bank-mix (p_bank 1)``: every preset a perturbed hand-crafted one).
    """
    from synthproxy.constants import BANK_MIX_P_BANK

    parts = []
    for s in sources:
        kind = s.get("kind")
        what = f"hand-crafted ({s['bank_split']})" if s.get("bank_split") else ("random" if kind == "random" else kind)
        if s.get("prior"):
            p_bank = s["prior"].get("p_bank", BANK_MIX_P_BANK)
            what = "bank-mix" if p_bank == BANK_MIX_P_BANK else f"bank-mix (p_bank {p_bank:g})"
        parts.append(f"{int(s['n']):,} {what}")
    return " + ".join(parts)
