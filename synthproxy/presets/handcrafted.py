"""Hand-crafted presets: real banks made by people, cleaned the way the study evaluates them.

Cleaning, in order (as the original study did, with every removal counted and explained):

1. read every bank file (a file that cannot be read is reported with its reason and skipped) and
   drop invalid presets (values outside the format's ranges: corrupted data, not an author's intent);
2. reduce each preset to the spec: used parameters snapped to what the spec allows (continuous
   values clipped to their interval, discrete ones to the nearest allowed step, excluded
   categories to the nearest allowed one), unused parameters set to their default;
3. drop exact duplicates (after step 2; the first occurrence is kept);
4. render each preset and drop the silent and the clipping ones (``RMS_MIN < RMS < RMS_MAX``)
   and the ones the engine fails on (:func:`level_verdict`, :func:`keep_rendered`).

Steps 1-3 and the verdicts of step 4 are here and render nothing; rendering (and embedding and
storing) is the data stage's: :mod:`synthproxy.generate_handcrafted`.

Every kept preset keeps its metadata: bank, index in the bank, name and a coarse category derived
from the name (:func:`synthproxy.presets.categories.category_from_name`).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from synthproxy.constants import RMS_MAX, RMS_MIN
from synthproxy.presets.adapter import adapter_for
from synthproxy.presets.bank import BankPreset
from synthproxy.synths.spec import SynthSpec

log = logging.getLogger(__name__)


@dataclass
class HandcraftedSet:
    """Cleaned hand-crafted presets and the report of what was removed.

    Attributes
    ----------
    presets : ndarray, shape (N, n_used), float32
        Preset vectors (categorical as class index).
    metadata : list of dict
        Per kept preset: ``bank``, ``index``, ``name``, ``category``.
    audio : list of ndarray or None
        The kept presets' renders, when kept.
    embeddings : ndarray, shape (N, D), or None
        Audio embeddings of the kept presets, when an audio model was given.
    removed : Counter
        Counts by reason: ``invalid``, ``duplicate``, ``silent``, ``clipping``, ``render_error``.
    removed_presets : list of dict
        Each removed preset: ``bank``, ``index``, ``name``, ``reason`` (and ``duplicate_of``).
    errors : list of dict
        Each unreadable file: ``file``, ``reason``.
    read : int
        Presets read from all files.
    adjusted : int
        Presets with at least one value changed by snapping to the spec.
    """

    presets: np.ndarray
    metadata: list[dict]
    audio: list[np.ndarray] | None
    embeddings: np.ndarray | None = None
    removed: Counter = field(default_factory=Counter)
    removed_presets: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    read: int = 0
    adjusted: int = 0

    def report(self) -> dict:
        """The cleaning report as plain data (what ``synthproxy handcrafted --json`` prints)."""
        return {
            "read": self.read,
            "kept": int(len(self.presets)),
            "removed": dict(self.removed),
            "adjusted": self.adjusted,
            "errors": self.errors,
        }


# ---------------------------------------------------------------------------------------------
# Reading: each synth's bank format comes from its adapter (synthproxy.presets.adapter).
# ---------------------------------------------------------------------------------------------
def bank_files(inputs: Iterable[str | Path], spec: SynthSpec) -> tuple[list[Path], list[dict]]:
    """Bank files of a synth's formats in the given files and folders (folders searched recursively).

    Returns
    -------
    files : list of Path
        Sorted within each folder.
    errors : list of dict
        ``file`` and ``reason`` for inputs that do not exist or are of another format.
    """
    fmt = adapter_for(spec).bank_format
    files: list[Path] = []
    errors: list[dict] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and fmt is not None and fmt.matches(f))
            if not found:
                errors.append({"file": str(p), "reason": f"no {spec.name} bank files in this folder"})
            files += found
        elif not p.exists():
            errors.append({"file": str(p), "reason": "no such file or folder"})
        else:
            if fmt is None or not fmt.matches(p):
                known = fmt.suffix if fmt is not None else "no known format"
                errors.append({"file": str(p), "reason": f"not a {spec.name} bank (expected {known})"})
            else:
                files.append(p)
    return files, errors


def read_banks(inputs: Iterable[str | Path], spec: SynthSpec) -> tuple[list[BankPreset], list[dict]]:
    """Read every bank in ``inputs``; unreadable files are reported, never fatal.

    Returns
    -------
    presets : list of BankPreset
    errors : list of dict
        ``file`` and ``reason`` of each file that could not be read.
    """
    files, errors = bank_files(inputs, spec)
    fmt = adapter_for(spec).bank_format
    presets: list[BankPreset] = []
    for f in files:
        try:
            presets += fmt.read(f, spec)  # type: ignore[union-attr]  # files exist only when fmt does
        except (ValueError, OSError, UnicodeDecodeError) as e:
            log.warning("skipping %s: %s", f, e)
            errors.append({"file": str(f), "reason": str(e)})
    return presets, errors


# ---------------------------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------------------------
def _named(p: BankPreset, **kw) -> dict:
    return {"bank": p.bank, "index": p.index, "name": p.name, **kw}


def reduce_to_spec(spec: SynthSpec, presets: list[BankPreset]) -> tuple[np.ndarray, np.ndarray]:
    """Preset vectors of bank presets, snapped to the spec (unused parameters dropped).

    Returns
    -------
    vectors : ndarray, shape (N, n_used), float32
    adjusted : ndarray, shape (N,), bool
        True where snapping changed a used value by more than 1e-4.
    """
    if not presets:
        return np.empty((0, len(spec.used)), np.float32), np.zeros(0, bool)
    values = np.stack([p.values for p in presets]).astype(np.float32)
    vectors = spec.from_values(values)
    snapped = spec.to_values(vectors)[:, spec.used_positions]
    adjusted = np.any(np.abs(snapped - values[:, spec.used_positions]) > 1e-4, axis=1)
    return vectors, adjusted


def _iter_unique(vectors: np.ndarray) -> Iterator[tuple[int, int | None]]:
    first: dict[bytes, int] = {}
    for i, row in enumerate(vectors):
        key = row.tobytes()
        yield i, first.get(key)
        first.setdefault(key, i)


def screen_presets(
    spec: SynthSpec,
    presets: list[BankPreset],
    errors: list[dict] | None = None,
) -> tuple[HandcraftedSet, np.ndarray, list[int]]:
    """Cleaning steps 1-3, which need no audio: reduce to the spec, drop invalid presets and duplicates.

    Parameters
    ----------
    spec : SynthSpec
    presets : list of BankPreset
        As read by :func:`read_banks`.
    errors : list of dict, optional
        File errors from reading, carried into the report.

    Returns
    -------
    hc : HandcraftedSet
        The report so far (``read``, ``adjusted``, ``errors``, removals ``invalid`` and ``duplicate``),
        with no presets kept yet.
    vectors : ndarray, shape (len(presets), n_used), float32
        Every preset reduced to the spec.
    candidates : list of int
        Positions in ``presets`` of the presets left to render, in order.
    """
    vectors, adjusted = reduce_to_spec(spec, presets)
    out = HandcraftedSet(np.empty((0, len(spec.used)), np.float32), [], None)
    out.errors = list(errors or [])
    out.read = len(presets)
    out.adjusted = int(adjusted.sum())
    candidates: list[int] = []
    for i, dup in _iter_unique(vectors):
        p = presets[i]
        if p.problems:
            out.removed["invalid"] += 1
            out.removed_presets.append(_named(p, reason="invalid", detail="; ".join(p.problems)))
        elif dup is not None:
            out.removed["duplicate"] += 1
            out.removed_presets.append(_named(p, reason="duplicate", duplicate_of=_named(presets[dup])))
        else:
            candidates.append(i)
    return out, vectors, candidates


def level_verdict(level: float, rms_min: float = RMS_MIN, rms_max: float = RMS_MAX) -> str | None:
    """Why a render of linear RMS ``level`` is removed (``"silent"``, ``"clipping"``), or None to keep it.

    A NaN level (no render) is ``"render_error"``.
    """
    if not np.isfinite(level):
        return "render_error"
    if level <= rms_min:
        return "silent"
    if level >= rms_max:
        return "clipping"
    return None


def keep_rendered(
    hc: HandcraftedSet,
    presets: list[BankPreset],
    vectors: np.ndarray,
    candidates: list[int],
    levels: np.ndarray,
    render_errors: dict[int, str] | None = None,
    *,
    rms_min: float = RMS_MIN,
    rms_max: float = RMS_MAX,
) -> np.ndarray:
    """Cleaning step 4: keep the candidates whose render is neither silent, clipping nor failed.

    Parameters
    ----------
    hc : HandcraftedSet
        From :func:`screen_presets`; its presets, metadata and removals are filled in here.
    presets, vectors, candidates
        As passed to and returned by :func:`screen_presets`.
    levels : ndarray, shape (len(candidates),)
        Linear RMS of each candidate's render; NaN where the engine failed.
    render_errors : dict of int to str, optional
        The engine's message for failed candidates (by position in ``candidates``).

    Returns
    -------
    ndarray of int
        Positions in ``candidates`` of the kept presets, in order.
    """
    from synthproxy.presets.categories import category_from_name

    kept: list[int] = []
    for k, i in enumerate(candidates):
        p = presets[i]
        reason = level_verdict(float(levels[k]), rms_min, rms_max)
        if reason == "render_error":
            hc.removed[reason] += 1
            hc.removed_presets.append(_named(p, reason=reason, detail=(render_errors or {}).get(k, "render failed")))
        elif reason is not None:
            hc.removed[reason] += 1
            hc.removed_presets.append(_named(p, reason=reason, rms=round(float(levels[k]), 6)))
        else:
            kept.append(k)
            hc.metadata.append(_named(p, category=category_from_name(p.name)))
    rows = [candidates[k] for k in kept]
    hc.presets = vectors[rows] if rows else hc.presets
    return np.asarray(kept, dtype=np.int64)
