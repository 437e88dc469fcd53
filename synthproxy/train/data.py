"""Training data: which presets each step sees, how batches are read, and checks of the stores.

The data order depends only on the seed and the epoch (:func:`epoch_permutation`); batch samplers
only slice it, for one process or for each process of a distributed run, so neither the number of
DataLoader workers nor where the batches are read from (memory or memory-mapped chunks) changes
what is trained. :func:`_open_stores` refuses a training / validation pair that was not made the
same way, naming both manifests.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from synthproxy.datasets import StoreDataset
from synthproxy.paths import recorded_path
from synthproxy.store import identity
from synthproxy.synths.spec import SynthSpec, spec_differences, spec_from_dict
from synthproxy.train.config import TrainConfig
from synthproxy.train.errors import TrainError

__all__ = ["IN_MEMORY_BYTES", "epoch_permutation"]

#: Training sets up to this size (presets and embeddings, float32) are read into memory.
IN_MEMORY_BYTES: int = 4 * 2**30
#: Open memory-mapped chunk files kept per training set when it is read from disk.
_OPEN_CHUNKS: int = 1024


# ---------------------------------------------------------------------------------------------
# Data order and batches
# ---------------------------------------------------------------------------------------------
def epoch_permutation(n: int, seed: int, epoch: int) -> np.ndarray:
    """Order in which epoch ``epoch`` visits the ``n`` training presets (int64, shape (n,)).

    Depends only on ``(seed, epoch)``; step ``b`` of the epoch uses presets
    ``perm[b * batch_size : (b + 1) * batch_size]`` and the last ``n % batch_size`` are left out.

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    return np.random.default_rng([int(seed), int(epoch)]).permutation(n).astype(np.int64)


class _EpochBatches(torch.utils.data.Sampler):
    """This process's index batches of one epoch, from batch ``start`` on."""

    def __init__(self, n: int, batch_size: int, seed: int, epoch: int, start: int, rank: int, world: int):
        self.perm = epoch_permutation(n, seed, epoch)
        self.global_batch, self.local = batch_size, batch_size // world
        self.steps, self.start, self.rank = n // batch_size, start, rank

    def __len__(self) -> int:
        return self.steps - self.start

    def __iter__(self) -> Iterator[np.ndarray]:
        for b in range(self.start, self.steps):
            lo = b * self.global_batch + self.rank * self.local
            yield self.perm[lo : lo + self.local]


class _Batches(torch.utils.data.Dataset):
    """Batches of a store by index array: from memory, or from its memory-mapped chunks."""

    def __init__(self, ds: StoreDataset, in_memory: bool):
        self.ds = ds
        self.arrays: tuple[np.ndarray, np.ndarray] | None = None
        self._open: dict[tuple[str, int], np.ndarray] = {}
        if in_memory:
            self.arrays = (self._gather("presets", np.arange(len(ds))), self._gather("embeddings", np.arange(len(ds))))

    def __len__(self) -> int:
        return len(self.ds)

    def _chunk(self, name: str, c: int) -> np.ndarray:
        key = (name, c)
        if key not in self._open:
            if len(self._open) >= _OPEN_CHUNKS:
                self._open.pop(next(iter(self._open)))
            self._open[key] = self.ds.store.chunk(name, c)
        return self._open[key]

    def _gather(self, name: str, idx: np.ndarray) -> np.ndarray:
        rows = self.ds.rows[idx]
        first = self._chunk(name, int(rows[0, 0])) if len(rows) else None
        out = np.empty((len(idx),) + (first.shape[1:] if first is not None else ()), np.float32)
        order = np.argsort(rows[:, 0], kind="stable")
        chunks = rows[order, 0]
        bounds = np.flatnonzero(np.diff(chunks)) + 1
        for part in np.split(order, bounds):
            if len(part):
                out[part] = self._chunk(name, int(rows[part[0], 0]))[rows[part, 1]]
        return out

    def __getitem__(self, idx: np.ndarray) -> tuple[Tensor, Tensor]:
        if self.arrays is not None:
            return torch.from_numpy(self.arrays[0][idx]), torch.from_numpy(self.arrays[1][idx])
        return torch.from_numpy(self._gather("presets", idx)), torch.from_numpy(self._gather("embeddings", idx))


def _dataset_identity(ds: StoreDataset) -> dict[str, Any]:
    """What a checkpoint records of a dataset: its manifest's identity, where it was, presets used (and its
    prior, bank split or sources when it has one)."""
    ident = identity(ds.manifest)
    return {
        "path": recorded_path(ds.store.folder),
        "n": len(ds),
        "complete": bool(ds.manifest.get("complete")),
        **{
            k: ident[k]
            for k in ("kind", "synth", "spec_hash", "seed", "split", "size", "render_settings", "audio_model")
        },
        # what only some datasets have: a bank-mix prior, a hand-crafted set's split of the banks
        **({"prior": ident["prior"]} if ident.get("prior") else {}),
        **({"bank_split": ds.manifest["bank_split"]} if ds.manifest.get("bank_split") else {}),
        **({"sources": ds.manifest["sources"]} if ds.manifest.get("sources") else {}),
    }


def _flatten(d: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(d, dict):
        return {prefix: d}
    out: dict[str, Any] = {}
    for k, v in d.items():
        out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    return out


def _differences(a: dict[str, Any], b: dict[str, Any], keys: Sequence[str] | None = None) -> list[str]:
    """``key (a vs b)`` for each (nested) key whose values differ."""
    fa, fb = _flatten(_plain(a)), _flatten(_plain(b))
    out = []
    for k in sorted(set(fa) | set(fb)):
        if keys is not None and not any(k == p or k.startswith(p + ".") for p in keys):
            continue
        if fa.get(k, "<absent>") != fb.get(k, "<absent>"):
            va, vb = (str(x.get(k, "<absent>")) for x in (fa, fb))
            va, vb = (v if len(v) <= 24 else v[:21] + "..." for v in (va, vb))
            out.append(f"{k} ({va} vs {vb})")
    return out


def _plain(x: Any) -> Any:
    """JSON round trip: tuples become lists, keys strings (for comparing configs loaded back)."""
    return json.loads(json.dumps(x, default=str))


def _check_pair(train_ds: StoreDataset, val_ds: StoreDataset) -> None:
    """Refuse a validation set made with another spec, render settings or audio model than the training set."""
    mt, mv = train_ds.manifest, val_ds.manifest
    am = ("audio_model.name", "audio_model.weights_hash", "audio_model.embedding_size")
    it, iv = identity(mt), identity(mv)
    diff = _differences(it, iv, ("spec_hash", "render_settings") + am)
    if diff:
        raise TrainError(
            f"training set {train_ds.store.folder / 'manifest.json'} and validation set "
            f"{val_ds.store.folder / 'manifest.json'} were made differently (training vs validation): "
            f"{'; '.join(diff)}. Both must come from the same synth spec, render settings and audio model."
        )
    if _plain(it) == _plain(iv) and it.get("kind") == "random":
        warnings.warn(
            f"the validation set {val_ds.store.folder} is the same dataset as the training set "
            f"{train_ds.store.folder} (same seed and split): validation scores will be optimistic",
            stacklevel=3,
        )


def _in_memory(config: TrainConfig, n: int, width: int) -> bool:
    """Whether to read ``n`` training rows of ``width`` float32 values into memory.

    ``config.in_memory`` when set, otherwise whether they take at most :data:`IN_MEMORY_BYTES`.
    """
    if config.in_memory is not None:
        return config.in_memory
    return n * width * 4 <= IN_MEMORY_BYTES


# ---------------------------------------------------------------------------------------------
# Opening and checking the stores
# ---------------------------------------------------------------------------------------------
def _open_stores(
    train_dir: Path, val_dir: Path, config: TrainConfig, expected: SynthSpec | None
) -> tuple[StoreDataset, StoreDataset, SynthSpec, int]:
    """Open the training and validation stores, check them and their pair; return them, the spec and the dimension.

    Raises :class:`TrainError` for a manifest without spec or audio model, an empty store, a pair made
    differently, a spec that is not the ``expected`` one, rows that do not fit the spec or the audio model.
    """
    train_ds = StoreDataset(train_dir, limit=config.max_train)
    val_ds = StoreDataset(val_dir, limit=config.max_val)
    for ds, what in ((train_ds, "training"), (val_ds, "validation")):
        _check_manifest(ds, what)
    _check_pair(train_ds, val_ds)
    spec = _store_spec(train_ds, expected)
    dim = int(train_ds.manifest["audio_model"]["embedding_size"])
    for ds, what in ((train_ds, "training"), (val_ds, "validation")):
        _check_rows(ds, what, spec, dim)
    return train_ds, val_ds, spec, dim


def _check_manifest(ds: StoreDataset, what: str) -> None:
    """A store's manifest names a spec and an audio model, and the store has presets (warn if unfinished)."""
    m = ds.manifest
    where = ds.store.folder / "manifest.json"
    if not isinstance(m.get("spec"), dict):
        raise TrainError(f"{what} set {where}: the manifest has no synth spec (made by an older synthproxy?)")
    if not isinstance(m.get("audio_model"), dict) or not m["audio_model"].get("embedding_size"):
        raise TrainError(f"{what} set {where}: the manifest names no audio model with an embedding size")
    if not m.get("complete", False):
        warnings.warn(
            f"{what} set {ds.store.folder} is not complete (generation unfinished?): using its "
            f"{len(ds)} finished presets",
            stacklevel=4,
        )
    if len(ds) == 0:
        raise TrainError(f"{what} set {ds.store.folder}: no usable presets")


def _store_spec(train_ds: StoreDataset, expected: SynthSpec | None) -> SynthSpec:
    """The training store's spec, checked against its recorded hash and against the ``expected`` spec."""
    spec = spec_from_dict(train_ds.manifest["spec"], source=str(train_ds.store.folder / "manifest.json"))
    if spec.hash != train_ds.manifest["spec_hash"]:
        raise TrainError(
            f"training set {train_ds.store.folder / 'manifest.json'}: its spec's hash ({spec.hash[:12]}) "
            f"is not its spec_hash ({str(train_ds.manifest['spec_hash'])[:12]})"
        )
    if expected is not None and expected.hash != spec.hash:
        why = "; ".join(spec_differences(expected.to_dict(), train_ds.manifest["spec"], "store"))
        raise TrainError(
            f"training set {train_ds.store.folder / 'manifest.json'} was made with another spec of "
            f"{spec.name!r} (hash {spec.hash[:12]}) than the given {expected.name!r} "
            f"(hash {expected.hash[:12]}): {why}"
        )
    return spec


def _check_rows(ds: StoreDataset, what: str, spec: SynthSpec, dim: int) -> None:
    """A store's first row holds one value per parameter the spec uses and a ``dim``-d embedding."""
    p, e = ds[0]
    if p.shape[0] != len(spec.used) or e.shape[0] != dim:
        raise TrainError(
            f"{what} set {ds.store.folder}: rows hold {p.shape[0]} preset values and {e.shape[0]}-d "
            f"embeddings; the spec uses {len(spec.used)} parameters, the audio model gives {dim}"
        )
