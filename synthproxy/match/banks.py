"""Banks of presets to search: hand-crafted bank files, stores, the synth's default bank, and a bank
cleared of the targets it is tested on.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from synthproxy.match.constants import NEAR_COPY_DISTANCE
from synthproxy.match.distances import preset_distance
from synthproxy.match.errors import MatchError
from synthproxy.presets.bank import BankPreset
from synthproxy.synths.spec import SynthSpec

__all__ = ["Bank", "handcrafted_bank", "presets_bank", "store_bank", "load_bank", "default_bank", "search_bank"]

log = logging.getLogger(__name__)


@dataclass
class Bank:
    """Presets to search, with where each came from.

    Attributes
    ----------
    presets : ndarray, shape (N, n_used), float32
        Preset vectors (categorical as class index), valid for the spec.
    names : list of str
        Each preset's name (as saved by its author, or ``<store>#<row>`` for a synthetic store).
    sources : list of str
        Each preset's bank (file name without suffix) or store folder name.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    presets: np.ndarray
    names: list[str]
    sources: list[str]

    def __len__(self) -> int:
        return len(self.presets)

    def subset(self, index: Sequence[int] | np.ndarray) -> Bank:
        """The presets at ``index`` (positions or a boolean mask), in that order."""
        idx = np.arange(len(self))[np.asarray(index)] if len(self) else np.zeros(0, np.int64)
        return Bank(self.presets[idx], [self.names[i] for i in idx], [self.sources[i] for i in idx])

    def sample(self, n: int | None, seed: int = 0) -> Bank:
        """At most ``n`` presets drawn without replacement (seeded), in bank order; all when ``n`` is None."""
        if n is None or n >= len(self):
            return self
        idx = np.sort(np.random.default_rng(seed).choice(len(self), n, replace=False))
        return self.subset(idx)

    def label(self, i: int) -> str:
        """``"<source>: <name>"`` of preset ``i``."""
        return f"{self.sources[i]}: {self.names[i]}"

    def unique(self) -> Bank:
        """The bank without exact duplicate presets (the first of each is kept), in bank order."""
        _, first = np.unique(self.presets, axis=0, return_index=True)
        return self.subset(np.sort(first))

    @staticmethod
    def concat(banks: Iterable[Bank], n_used: int) -> Bank:
        """One bank of several, in order (no duplicate removal)."""
        banks = list(banks)
        if not banks:
            return Bank(np.zeros((0, n_used), np.float32), [], [])
        return Bank(
            np.concatenate([b.presets for b in banks]).astype(np.float32),
            [n for b in banks for n in b.names],
            [s for b in banks for s in b.sources],
        )


def handcrafted_bank(spec: SynthSpec, inputs: Iterable[str | Path], *, strict: bool = True) -> Bank:
    """Hand-crafted presets of bank files or folders, cleaned without rendering.

    Reads the banks (:func:`synthproxy.presets.handcrafted.read_banks`), drops invalid presets,
    reduces the others to the spec (:func:`~synthproxy.presets.handcrafted.reduce_to_spec`) and
    drops exact duplicates (the first is kept). Nothing is rendered, so silent presets stay.

    Parameters
    ----------
    spec : SynthSpec
    inputs : iterable of str or Path
        Bank files (``.syx``, ``.amSynth.bank``) and folders (searched recursively).
    strict : bool
        Raise on an input that is missing, unreadable or of another synth's format (else log it).

    Returns
    -------
    Bank

    Raises
    ------
    MatchError
        (``strict``) naming the input and why.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.presets.handcrafted import read_banks

    presets, errors = read_banks(inputs, spec)
    if errors:
        msg = "; ".join(f"{e['file']}: {e['reason']}" for e in errors)
        if strict:
            raise MatchError(msg)
        log.warning("skipped: %s", msg)
    return presets_bank(spec, presets)


def presets_bank(spec: SynthSpec, presets: Sequence[BankPreset]) -> Bank:
    """Bank presets as a :class:`Bank`: invalid ones dropped, the others reduced to the spec, duplicates dropped.

    Parameters
    ----------
    spec : SynthSpec
    presets : sequence of BankPreset
        As read from bank files (:func:`synthproxy.presets.handcrafted.read_banks`,
        :func:`synthproxy.presets.split.split_presets`).
    """
    from synthproxy.presets.handcrafted import reduce_to_spec

    valid = [p for p in presets if not p.problems]
    vectors, _ = reduce_to_spec(spec, valid)
    return Bank(vectors, [p.name.strip() for p in valid], [p.bank for p in valid]).unique()


def store_bank(spec: SynthSpec, folder: str | Path) -> Bank:
    """The presets of a store (a random dataset or a hand-crafted set) as a bank.

    Raises
    ------
    MatchError
        When the folder is not a store, or holds presets of another synth or spec.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.store import StoreError, open_store

    folder = Path(folder)
    try:
        store = open_store(folder)
        m = store.manifest
        if m.get("synth") != spec.name or m.get("spec_hash") != spec.hash:
            raise MatchError(
                f"{folder}: a store of synth {m.get('synth')!r} (spec {str(m.get('spec_hash'))[:12]}), "
                f"not of {spec.name!r} (spec {spec.hash[:12]})"
            )
        presets = store.load("presets") if store.chunks else np.zeros((0, len(spec.used)), np.float32)
    except StoreError as e:
        raise MatchError(str(e)) from e
    skip = set(m.get("failed") or []) | set((m.get("stats") or {}).get("rejected") or [])
    keep = np.array([i for i in range(len(presets)) if i not in skip], dtype=np.int64)
    meta = store.metadata
    names = [str(meta[i].get("name", "")).strip() if meta else f"{folder.name}#{i}" for i in keep]
    sources = [str(meta[i].get("bank", folder.name)) if meta else folder.name for i in keep]
    return Bank(np.asarray(presets[keep], np.float32), names, sources)


def load_bank(spec: SynthSpec, inputs: Iterable[str | Path]) -> Bank:
    """Presets of stores, bank files and bank folders together (duplicates removed).

    A folder holding a ``manifest.json`` is read as a store (:func:`store_bank`), anything else as
    bank files (:func:`handcrafted_bank`).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.store import MANIFEST

    parts = [store_bank(spec, p) if (Path(p) / MANIFEST).is_file() else handcrafted_bank(spec, [p]) for p in inputs]
    return Bank.concat(parts, len(spec.used)).unique()


def default_bank(spec: SynthSpec) -> Bank:
    """The hand-crafted presets a match searches by default: the synth's *training* presets.

    The presets of :func:`synthproxy.presets.split.split_presets` ``(spec, "train")``: those of the training
    banks that are no near-copy of a test or validation preset (for Dexed, 12,172 DX7 voices). When the
    committed split does not match the banks installed here (a newer amsynth package, say), the presets of
    the training bank files (:func:`synthproxy.presets.adapter.handcrafted_banks` ``"train"``), with a
    warning. A synth with no training banks (TAL-NoiseMaker: all its presets are test presets) searches
    every hand-crafted bank of the synth. Banks that cannot be read are skipped with a warning.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.presets.adapter import handcrafted_banks
    from synthproxy.presets.split import SplitError, split_presets

    try:
        presets = split_presets(spec, "train")
    except (SplitError, ValueError, OSError) as e:
        log.warning("%s; searching the training bank files instead", e)
        presets = []
    if presets:
        return presets_bank(spec, presets)
    files = handcrafted_banks(spec, "train") or handcrafted_banks(spec, "all")
    return handcrafted_bank(spec, files, strict=False)


def search_bank(spec: SynthSpec, targets: Bank, bank: Bank | None = None) -> tuple[Bank, dict[str, int]]:
    """A bank that holds none of the targets: their banks' presets and near-copies of them removed.

    Parameters
    ----------
    spec : SynthSpec
    targets : Bank
    bank : Bank, optional
        Default: :func:`default_bank`.

    Returns
    -------
    bank : Bank
    removed : dict
        ``same_bank`` (presets of a target's own bank) and ``near_copy`` (presets within
        :data:`NEAR_COPY_DISTANCE` of a target, e.g. a voice copied into another cartridge).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    bank = default_bank(spec) if bank is None else bank
    own = set(targets.sources)
    keep = np.array([s not in own for s in bank.sources], dtype=bool)
    same_bank = int((~keep).sum())
    near = np.zeros(len(bank), dtype=bool)
    for t in targets.presets:
        near |= preset_distance(spec, bank.presets, t) < NEAR_COPY_DISTANCE
    near &= keep
    return bank.subset(keep & ~near), {"same_bank": same_bank, "near_copy": int(near.sum())}
