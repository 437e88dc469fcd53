"""Hand-crafted presets split into train / validation / test with no near-copy across the splits.

Archives of hand-crafted presets hold many near-copies of one sound: a DX7 voice copied into another
cartridge with a byte or two changed and a new name. A split by bank file alone puts such copies on
both sides, and a test score then measures memory, not generalisation. The rule, for every synth with
banks (its adapter's fields, :mod:`synthproxy.presets.adapter`):

1. **test**: every preset of the banks ``is_test_bank`` marks (the test banks are kept whole, so the
   test set, and the results measured on it, stay what they were);
2. **val**: the presets of the banks ``is_validation_bank`` marks, except near-copies of a test preset;
3. **train**: the presets of the other banks, except near-copies of a test preset or of a kept
   validation preset.

The presets left out are **dropped**. A *near-copy* of a preset is one whose sound keys (the adapter's
``sound_keys``, one vector per preset) differ from its own in at most ``near_copy_distance`` entries;
names never count. Every preset read takes part, valid or not, duplicates included: cleaning
(:mod:`synthproxy.presets.handcrafted`) comes after the split, on each split's presets.

- ``dexed``: the keys are the 118 sound bytes of each voice (:func:`synthproxy.presets.syx.sound_bytes`:
  the packed 128-byte voice without its 10 name bytes) and a near-copy differs in at most 16 of them;
- ``amsynth``: the keys are the preset vectors reduced to the spec (36 used parameters) and a
  near-copy differs in at most 4 of them (the DX7 share, 16 / 118, of 36, rounded down);
- ``talnm``: all its presets are test presets (both files are test banks), so nothing is dropped.

The split is computed once and committed, one CSV row per preset (the adapter's ``split_file``,
e.g. ``data/dx7/split.csv``): ``bank`` (bank folder / file name), ``index`` (position in the bank),
``sound_hash`` (:func:`sound_hash` of its keys), ``split`` (``train``, ``val``, ``test`` or
``dropped``) and, for a dropped preset, ``near`` (the test or validation preset it copies, as
``bank:index``) and ``distance`` (differing key entries). :func:`split_presets` reads a split's presets
from the banks and refuses a bank that changed since (a sound hash that no longer matches).
``python -m synthproxy.presets.split --synth dexed`` writes the file again (bit-identical when the
banks did not change) and prints the counts; ``--check`` only compares. The rule and the counts are
in ``data/dx7/README.md`` (and ``data/amsynth/README.md``).

The same rule keeps a proxy's training presets out of a test set made from other banks:
:func:`read_banks_far_from` (``synthproxy handcrafted --input ... --far-from train``) leaves out the presets
that are near-copies of shipped ones.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from synthproxy.io import write_bytes
from synthproxy.presets.adapter import SynthAdapter, adapter_for, bank_split, handcrafted_banks
from synthproxy.presets.bank import BankPreset
from synthproxy.presets.handcrafted import reduce_to_spec
from synthproxy.synths.registry import get_spec
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "SPLITS",
    "DROPPED",
    "SplitError",
    "SplitEntry",
    "sound_hash",
    "nearest",
    "assign_splits",
    "compute_split",
    "read_split",
    "split_csv",
    "committed_split",
    "split_presets",
    "split_report",
    "FAR_FROM",
    "read_banks_far_from",
]

#: The splits of hand-crafted presets, and the mark of a preset left out of all of them.
SPLITS: tuple[str, ...] = ("train", "val", "test")
DROPPED: str = "dropped"
#: Columns of a split file.
COLUMNS: tuple[str, ...] = ("bank", "index", "sound_hash", "split", "near", "distance")
#: Hexadecimal characters of a sound hash kept in a split file (64 bits).
HASH_CHARS: int = 16
#: Presets compared at once against a whole reference set (memory: BLOCK_ROWS x reference presets, bytes).
BLOCK_ROWS: int = 256
#: What ``synthproxy handcrafted --far-from`` may name: the shipped presets, by split, that a preset read from
#: other banks must be no near-copy of (``train``: what the committed proxies were tuned on; ``seen``: also the
#: validation presets that chose them; ``shipped``: every shipped preset, test and dropped ones included).
FAR_FROM: dict[str, tuple[str, ...]] = {
    "train": ("train",),
    "seen": ("train", "val"),
    "shipped": (*SPLITS, DROPPED),
}


class SplitError(ValueError):
    """A split file does not match the banks, or cannot be read; the message names the file and the preset."""


@dataclass(frozen=True)
class SplitEntry:
    """One preset's row of a split file.

    Attributes
    ----------
    bank : str
        ``<bank folder>/<bank file>``, e.g. ``"community/community_0001.syx"``.
    index : int
        Position of the preset in its bank.
    sound_hash : str
        :func:`sound_hash` of its sound keys.
    split : str
        ``"train"``, ``"val"``, ``"test"`` or ``"dropped"``.
    near : str
        For a dropped preset: the preset it is a near-copy of, ``"<bank>:<index>"``; else empty.
    distance : int or None
        For a dropped preset: the number of sound-key entries that differ from ``near``.
    """

    bank: str
    index: int
    sound_hash: str
    split: str
    near: str = ""
    distance: int | None = None


def bank_label(path: Path) -> str:
    """How a split file names a bank file: ``<folder name>/<file name>``."""
    return f"{path.parent.name}/{path.name}"


def bank_sound_keys(adapter: SynthAdapter, spec: SynthSpec, path: Path) -> np.ndarray:
    """Sound keys of every preset of one bank file, shape (n_presets, k) (see the adapter's ``sound_keys``)."""
    if adapter.sound_keys is not None:
        return np.asarray(adapter.sound_keys(path, spec))
    if adapter.bank_format is None:
        raise SplitError(f"{path}: synth {spec.name!r} has no bank format")
    return reduce_to_spec(spec, adapter.bank_format.read(path, spec))[0]


def sound_hash(key: np.ndarray) -> str:
    """First :data:`HASH_CHARS` hex digits of the SHA-256 of one preset's sound keys (little-endian bytes)."""
    a = np.asarray(key)
    return hashlib.sha256(np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("<")).tobytes()).hexdigest()[:HASH_CHARS]


def nearest(keys: np.ndarray, reference: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each preset, the fewest sound-key entries it differs in from any reference preset, and which.

    Parameters
    ----------
    keys : ndarray, shape (N, k)
    reference : ndarray, shape (M, k)

    Returns
    -------
    distance : ndarray, shape (N,), int64
        Differing entries (``k + 1`` when ``reference`` is empty).
    position : ndarray, shape (N,), int64
        Row of ``reference`` at that distance (the first one), -1 when ``reference`` is empty.
    """
    n, k = keys.shape
    distance, position = np.full(n, k + 1, np.int64), np.full(n, -1, np.int64)
    if n == 0 or len(reference) == 0:
        return distance, position
    ref_t = np.ascontiguousarray(reference.T)
    count = np.uint8 if k < 256 else np.int32
    for start in range(0, n, BLOCK_ROWS):
        block = keys[start : start + BLOCK_ROWS]
        d = np.zeros((len(block), len(reference)), count)
        for j in range(k):
            d += block[:, j, None] != ref_t[j]
        rows = slice(start, start + len(block))
        position[rows] = d.argmin(axis=1)
        distance[rows] = d[np.arange(len(block)), position[rows]]
    return distance, position


def assign_splits(
    keys: np.ndarray, banks: Sequence[str], max_distance: int
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The split of every preset, given the split of its bank (the rule of the module docstring).

    Parameters
    ----------
    keys : ndarray, shape (N, k)
        Sound keys of every preset.
    banks : sequence of str, length N
        The split of each preset's bank: ``"test"``, ``"val"`` or ``"train"``.
    max_distance : int
        Most differing entries of a near-copy.

    Returns
    -------
    split : list of str
        ``"train"``, ``"val"``, ``"test"`` or ``"dropped"``.
    near : ndarray, shape (N,), int64
        For a dropped preset, the row of the preset it copies; else -1.
    distance : ndarray, shape (N,), int64
        For a dropped preset, the differing entries; else -1.
    """
    role = np.asarray(banks, dtype=object)
    unknown = sorted(set(role) - set(SPLITS))
    if unknown:
        raise ValueError(f"unknown bank split(s) {unknown}; use {', '.join(SPLITS)}")
    split = list(role)
    near, distance = np.full(len(role), -1, np.int64), np.full(len(role), -1, np.int64)
    test = np.flatnonzero(role == "test")

    def drop(rows: np.ndarray, reference: np.ndarray) -> np.ndarray:
        d, where = nearest(keys[rows], keys[reference])
        hit = d <= max_distance
        for r, w, dd in zip(rows[hit], where[hit], d[hit]):
            split[r], near[r], distance[r] = DROPPED, reference[w], dd
        return rows[~hit]

    val = drop(np.flatnonzero(role == "val"), test)
    drop(drop(np.flatnonzero(role == "train"), test), val)
    return split, near, distance


def _spec(synth: SynthSpec | str) -> SynthSpec:
    return synth if isinstance(synth, SynthSpec) else get_spec(synth)


def _shipped_keys(spec: SynthSpec) -> tuple[list[tuple[str, int]], np.ndarray, list[str]]:
    """Every shipped preset (bank label, index), its sound keys (N, k) and its bank's split."""
    adapter = adapter_for(spec)
    names: list[tuple[str, int]] = []
    keys: list[np.ndarray] = []
    roles: list[str] = []
    for f in handcrafted_banks(spec, "all"):
        try:
            k = bank_sound_keys(adapter, spec, f)
        except (ValueError, OSError, UnicodeDecodeError) as e:
            raise SplitError(f"{f}: cannot be read for the split: {e}") from e
        names += [(bank_label(f), i) for i in range(len(k))]
        keys.append(k)
        roles += [bank_split(adapter, f)] * len(k)
    if not keys:
        raise SplitError(f"{spec.name}: no shipped hand-crafted banks found (its adapter's bank_folders)")
    return names, np.concatenate(keys), roles


def compute_split(synth: SynthSpec | str) -> list[SplitEntry]:
    """The split of a synth's shipped presets by the rule of the module docstring, in bank order.

    Raises
    ------
    SplitError
        When the synth has no shipped banks, or a bank cannot be read (naming it).
    """
    spec = _spec(synth)
    names, keys, roles = _shipped_keys(spec)
    split, near, distance = assign_splits(keys, roles, adapter_for(spec).near_copy_distance)
    return [
        SplitEntry(
            bank,
            index,
            sound_hash(keys[i]),
            split[i],
            f"{names[near[i]][0]}:{names[near[i]][1]}" if near[i] >= 0 else "",
            int(distance[i]) if near[i] >= 0 else None,
        )
        for i, (bank, index) in enumerate(names)
    ]


def split_csv(entries: Sequence[SplitEntry]) -> str:
    """A split as the text of a split file (CSV, ``\\n`` line ends, the columns of :data:`COLUMNS`)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for e in entries:
        w.writerow([e.bank, e.index, e.sound_hash, e.split, e.near, "" if e.distance is None else e.distance])
    return out.getvalue()


def read_split(path: str | Path) -> list[SplitEntry]:
    """The entries of a split file.

    Raises
    ------
    SplitError
        When the file is missing or a row is malformed (naming the file and the line).
    """
    path = Path(path)
    try:
        rows = list(csv.reader(path.read_text().splitlines()))
    except OSError as e:
        raise SplitError(f"{path}: cannot read the split file: {e.strerror or e}") from e
    if not rows or tuple(rows[0]) != COLUMNS:
        raise SplitError(f"{path}: not a split file: the first line must be {','.join(COLUMNS)}")
    entries = []
    for line, r in enumerate(rows[1:], start=2):
        try:
            bank, index, h, split, near, distance = r
            entries.append(SplitEntry(bank, int(index), h, split, near, int(distance) if distance else None))
        except ValueError:
            raise SplitError(f"{path}, line {line}: expected {len(COLUMNS)} fields {COLUMNS}, got {r}") from None
        if split not in (*SPLITS, DROPPED):
            raise SplitError(f"{path}, line {line}: unknown split {split!r}")
    return entries


def _remake(spec: SynthSpec) -> str:
    return f"python -m synthproxy.presets.split --synth {spec.name}"


def committed_split(synth: SynthSpec | str) -> list[SplitEntry]:
    """A synth's split: its committed split file, or :func:`compute_split` when its adapter names none."""
    spec = _spec(synth)
    path = adapter_for(spec).split_file
    if path is None:
        return compute_split(spec)
    if not Path(path).is_file():
        raise SplitError(f"{path}: no split file for {spec.name}; make it with {_remake(spec)}")
    return read_split(path)


def _check_banks(spec: SynthSpec, entries: Sequence[SplitEntry], files: dict[str, Path]) -> None:
    """Refuse shipped bank files the split does not list, and listed ones that are gone."""
    where = adapter_for(spec).split_file or "the computed split"
    listed = dict.fromkeys(e.bank for e in entries)
    extra = [b for b in files if b not in listed]
    missing = [b for b in listed if b not in files]
    if extra:
        raise SplitError(
            f"{where}: bank {extra[0]} is not in the split ({len(extra)} such); remake it: {_remake(spec)}"
        )
    if missing:
        raise SplitError(f"{where}: bank {missing[0]} of the split is missing ({len(missing)} such)")


def split_presets(synth: SynthSpec | str, split: str) -> list[BankPreset]:
    """The hand-crafted presets of one split, read from the synth's shipped banks, in bank order.

    Parameters
    ----------
    synth : SynthSpec or str
    split : {"train", "val", "test"}
        ``"test"``: every preset of the test banks; ``"val"`` and ``"train"``: the presets of the
        validation and training banks that are no near-copy of a test (or, for train, validation) preset.

    Returns
    -------
    list of BankPreset
        Not cleaned (:func:`synthproxy.presets.handcrafted.screen_presets` does that); empty for a synth
        without banks, or whose banks are not installed here.

    Raises
    ------
    SplitError
        When the banks do not match the split (a bank added or gone, a preset changed: its sound hash
        differs), naming the split file, the bank and the preset.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use {', '.join(SPLITS)}")
    spec = _spec(synth)
    adapter = adapter_for(spec)
    files = {bank_label(f): f for f in handcrafted_banks(spec, "all")}
    if adapter.bank_format is None or not files:
        return []
    entries = committed_split(spec)
    _check_banks(spec, entries, files)
    rows: dict[str, list[SplitEntry]] = {}
    for e in entries:
        rows.setdefault(e.bank, []).append(e)
    out: list[BankPreset] = []
    for label, f in files.items():
        if not any(e.split == split for e in rows[label]):
            continue
        presets, keys = adapter.bank_format.read(f, spec), bank_sound_keys(adapter, spec, f)
        if len(presets) != len(rows[label]) or len(keys) != len(presets):
            raise SplitError(f"{f}: {len(presets)} presets, the split lists {len(rows[label])}; {_remake(spec)}")
        for p, key, e in zip(presets, keys, rows[label]):
            if sound_hash(key) != e.sound_hash:
                raise SplitError(
                    f"{f}: preset {e.index} ({p.name!r}) changed since the split was made (sound hash "
                    f"{sound_hash(key)}, listed {e.sound_hash}); remake the split: {_remake(spec)}"
                )
            if e.split == split:
                out.append(p)
    return out


def _split_with_keys(
    spec: SynthSpec, entries: Sequence[SplitEntry] | None = None
) -> tuple[list[SplitEntry], list[tuple[str, int]], np.ndarray, list[str]]:
    """A split (default: the committed one) beside the shipped presets it lists: entries, (bank, index) names,
    sound keys (N, k) and bank splits, row for row; refused when it does not list exactly those presets."""
    entries = list(entries) if entries is not None else committed_split(spec)
    names, keys, roles = _shipped_keys(spec)
    if [(e.bank, e.index) for e in entries] != names:
        raise SplitError(f"{spec.name}: the split does not list the shipped presets; remake it: {_remake(spec)}")
    return entries, names, keys, roles


def split_report(synth: SynthSpec | str, entries: Sequence[SplitEntry] | None = None) -> dict:
    """Counts of a split and the leakage it removes, as plain data.

    Returns
    -------
    dict
        ``near_copy_distance``; ``banks`` (bank files per bank split) and ``bank_presets`` (presets per
        bank split); ``presets`` (presets per split, ``dropped`` included); ``dropped`` (by bank split and
        by what they copy: ``"val near test"``, ``"train near test"``, ``"train near val"``);
        ``test_with_near_copy``: test presets with a near-copy in a non-test bank (``bank_split``: the split
        by bank file alone) and in the kept train or validation presets (``split``: 0 by construction).
    """
    spec = _spec(synth)
    entries, names, keys, roles = _split_with_keys(spec, entries)
    d_max = adapter_for(spec).near_copy_distance
    split = np.array([e.split for e in entries])
    role = np.array(roles)
    role_of = {f"{b}:{i}": r for (b, i), r in zip(names, roles)}
    kind = Counter(f"{roles[k]} near {role_of[e.near]}" for k, e in enumerate(entries) if e.split == DROPPED)
    test = keys[role == "test"]
    before = nearest(test, keys[role != "test"])[0] <= d_max
    after = nearest(test, keys[np.isin(split, ["train", "val"])])[0] <= d_max
    return {
        "synth": spec.name,
        "near_copy_distance": d_max,
        "banks": dict(Counter(bank_split(adapter_for(spec), f) for f in handcrafted_banks(spec, "all"))),
        "bank_presets": dict(Counter(roles)),
        "presets": {s: int((split == s).sum()) for s in (*SPLITS, DROPPED)},
        "dropped": dict(sorted(kind.items())),
        "test_with_near_copy": {"bank_split": int(before.sum()), "split": int(after.sum())},
    }


def read_banks_far_from(
    inputs: Sequence[str | Path], synth: SynthSpec | str, far_from: str
) -> tuple[list[BankPreset], list[dict], list[dict]]:
    """Read banks from other sources, leaving out the near-copies of the synth's shipped presets.

    What a proxy is scored on must not be what it was trained on. Presets from another archive often are
    shipped presets again (DX7 archives copy each other), so a new test set is made of the presets that are
    no near-copy (this module's rule: at most the adapter's ``near_copy_distance`` differing sound keys) of
    any shipped preset of the splits ``far_from`` names (:data:`FAR_FROM`).

    Parameters
    ----------
    inputs : sequence of str or Path
        Bank files and folders (as for :func:`synthproxy.presets.handcrafted.read_banks`).
    synth : SynthSpec or str
    far_from : {"train", "seen", "shipped"}

    Returns
    -------
    presets : list of BankPreset
        The presets kept, in reading order.
    errors : list of dict
        ``file`` and ``reason`` of each input that could not be read.
    near : list of dict
        Each preset left out: ``bank``, ``index``, ``name``, ``reason`` (``"near-copy"``), ``near`` (the
        shipped preset, ``bank:index``), its ``split`` and ``distance`` (differing sound keys).

    Raises
    ------
    SplitError
        An unknown ``far_from``, or shipped banks that no longer match the committed split.
    """
    from synthproxy.presets.handcrafted import bank_files

    spec = _spec(synth)
    if far_from not in FAR_FROM:
        raise SplitError(f"--far-from {far_from!r}: use one of {', '.join(FAR_FROM)}")
    adapter = adapter_for(spec)
    entries, _, keys, _ = _split_with_keys(spec)
    chosen = np.flatnonzero(np.isin([e.split for e in entries], FAR_FROM[far_from]))
    files, errors = bank_files(inputs, spec)
    kept: list[BankPreset] = []
    near: list[dict] = []
    for f in files:
        try:
            presets = adapter.bank_format.read(f, spec)  # type: ignore[union-attr]  # files exist only when it does
            d, where = nearest(bank_sound_keys(adapter, spec, f), keys[chosen])
        except (ValueError, OSError, UnicodeDecodeError) as e:
            errors.append({"file": str(f), "reason": str(e)})
            continue
        if len(d) != len(presets):  # a bank read leniently one way and strictly the other
            errors.append({"file": str(f), "reason": f"{len(presets)} presets but {len(d)} sound keys"})
            continue
        for p, dist, w in zip(presets, d, where):
            if dist > adapter.near_copy_distance:
                kept.append(p)
                continue
            hit = entries[chosen[w]]
            near.append(
                {"bank": p.bank, "index": p.index, "name": p.name, "reason": "near-copy"}
                | {"near": f"{hit.bank}:{hit.index}", "split": hit.split, "distance": int(dist)}
            )
    return kept, errors, near


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m synthproxy.presets.split --synth NAME [--check]``: write (or check) a synth's split file."""
    ap = argparse.ArgumentParser(prog="python -m synthproxy.presets.split", description=main.__doc__)
    ap.add_argument("--synth", required=True, help="synth name or spec file (its adapter names the split file)")
    ap.add_argument("--check", action="store_true", help="only compare the committed file with the banks")
    args = ap.parse_args(argv)
    try:
        spec = _spec(args.synth)
        path = adapter_for(spec).split_file
        if path is None:
            raise SplitError(f"{spec.name}: its adapter names no split_file")
        entries = compute_split(spec)
        text = split_csv(entries)
        if args.check:
            same = Path(path).is_file() and Path(path).read_text() == text
            print(f"{path}: {'up to date' if same else 'differs from the banks; remake it: ' + _remake(spec)}")
            return 0 if same else 1
        write_bytes(path, text.encode())
        print(json.dumps({"file": str(path), **split_report(spec, entries)}, indent=2))
    except (SplitError, KeyError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
