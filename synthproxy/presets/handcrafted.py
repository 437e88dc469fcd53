"""Hand-crafted presets: real banks made by people, cleaned the way the study evaluates them.

Cleaning, in order (as the original study did, with every removal counted and explained):

1. read every bank file (a file that cannot be read is reported with its reason and skipped) and
   drop invalid presets (values outside the format's ranges: corrupted data, not an author's intent);
2. reduce each preset to the spec: used parameters snapped to what the spec allows (continuous
   values clipped to their interval, discrete ones to the nearest allowed step, excluded
   categories to the nearest allowed one), unused parameters set to their default;
3. drop exact duplicates (after step 2; the first occurrence is kept);
4. render each preset and drop the silent and the clipping ones (``RMS_MIN < RMS < RMS_MAX``)
   and the ones the engine fails on.

Every kept preset keeps its metadata: bank, index in the bank, name and a coarse category derived
from the name (:func:`synthproxy.presets.categories.category_from_name`).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from synthproxy.constants import EMBED_BATCH, RMS_MAX, RMS_MIN
from synthproxy.render import Engine, RenderError, RenderSettings, render_preset, rms
from synthproxy.synths.spec import SynthSpec

log = logging.getLogger(__name__)


@dataclass
class BankPreset:
    """A preset as read from a bank file, before cleaning.

    Attributes
    ----------
    bank : str
        Bank file name (stem).
    index : int
        Position in the bank.
    name : str
        The preset's name as its author saved it.
    values : ndarray, shape (n_parameters,)
        Normalized values of all spec parameters.
    problems : tuple of str
        Why the stored preset is invalid (e.g. DX7 bytes out of range), empty when it is valid.
        Invalid presets are removed by :func:`clean_presets` (reason ``invalid``): their values are
        guesses, not what their author heard.
    """

    bank: str
    index: int
    name: str
    values: np.ndarray
    problems: tuple[str, ...] = ()


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
# Readers: one per bank-file format, chosen by file name.
# ---------------------------------------------------------------------------------------------
def _read_syx(path: Path, spec: SynthSpec) -> list[BankPreset]:
    from synthproxy.presets.syx import read_bank
    from synthproxy.presets.dx7_voice import values_from_voice

    return [
        BankPreset(v.bank, v.index, v.name, values_from_voice(v.data, spec), tuple(v.problems))
        for v in read_bank(path)
    ]


def _read_amsynth(path: Path, spec: SynthSpec) -> list[BankPreset]:
    from synthproxy.presets.amsynth_bank import read_bank

    return [BankPreset(p.bank, p.index, p.name, p.values) for p in read_bank(path, spec)]


def _read_tal(path: Path, spec: SynthSpec) -> list[BankPreset]:
    from synthproxy.presets.tal_bank import read_bank

    return read_bank(path, spec)


#: Bank formats: file-name suffix -> (reader, synth names it serves).
READERS: dict[str, tuple[Callable[[Path, SynthSpec], list[BankPreset]], tuple[str, ...]]] = {
    ".syx": (_read_syx, ("dexed", "dexed-vst")),
    ".bank": (_read_amsynth, ("amsynth",)),  # .amSynth.bank and older .bank files (the reader checks the header)
    "presets.ttl": (_read_tal, ("talnm",)),  # an LV2 bundle's presets.ttl, *.presets.ttl (synthproxy.presets.tal_bank)
}


def _reader_for(path: Path) -> tuple[str, Callable[[Path, SynthSpec], list[BankPreset]], tuple[str, ...]] | None:
    for suffix, (reader, synths) in READERS.items():
        if path.name.lower().endswith(suffix.lower()):
            return suffix, reader, synths
    return None


def bank_files(inputs: Iterable[str | Path], spec: SynthSpec) -> tuple[list[Path], list[dict]]:
    """Bank files of a synth's formats in the given files and folders (folders searched recursively).

    Returns
    -------
    files : list of Path
        Sorted within each folder.
    errors : list of dict
        ``file`` and ``reason`` for inputs that do not exist or are of another format.
    """
    files: list[Path] = []
    errors: list[dict] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and _reader_for(f) and spec.name in _reader_for(f)[2])  # type: ignore[index]
            if not found:
                errors.append({"file": str(p), "reason": f"no {spec.name} bank files in this folder"})
            files += found
        elif not p.exists():
            errors.append({"file": str(p), "reason": "no such file or folder"})
        else:
            r = _reader_for(p)
            if r is None or spec.name not in r[2]:
                known = [s for s, (_, synths) in READERS.items() if spec.name in synths]
                errors.append({"file": str(p), "reason": f"not a {spec.name} bank (expected {', '.join(known) or 'no known format'})"})
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
    presets: list[BankPreset] = []
    for f in files:
        _, reader, _ = _reader_for(f)  # type: ignore[misc]
        try:
            presets += reader(f, spec)
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
    spec: SynthSpec, presets: list[BankPreset], errors: list[dict] | None = None,
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
    hc: HandcraftedSet, presets: list[BankPreset], vectors: np.ndarray, candidates: list[int],
    levels: np.ndarray, render_errors: dict[int, str] | None = None, *, rms_min: float = RMS_MIN,
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


def clean_presets(
    spec: SynthSpec,
    presets: list[BankPreset],
    engine: Engine | None,
    *,
    rms_min: float = RMS_MIN,
    rms_max: float = RMS_MAX,
    keep_audio: bool = False,
    audio_model: Any = None,
    errors: list[dict] | None = None,
    progress: bool = False,
) -> HandcraftedSet:
    """Clean bank presets in this process: :func:`screen_presets`, then render each with ``engine``
    and :func:`keep_rendered`.

    For whole archives use :func:`synthproxy.generate_handcrafted.handcrafted_store`, which renders and
    embeds on all cores.

    Parameters
    ----------
    spec : SynthSpec
    presets : list of BankPreset
        As read by :func:`read_banks`.
    engine : Engine or None
        The synth's engine; ``None`` skips the render filter (no audio checks).
    rms_min, rms_max : float
        Level filter bounds (linear RMS).
    keep_audio : bool
        Keep the renders of kept presets (memory: N x samples float32).
    audio_model : AudioModel, optional
        Embed the kept presets' renders (in batches, as they come; the renders are not kept unless
        ``keep_audio``).
    errors : list of dict, optional
        File errors from reading, carried into the report.
    progress : bool
        Show a progress bar while rendering.
    """
    out, vectors, candidates = screen_presets(spec, presets, errors)
    if engine is None:  # no level filter: every candidate passes (a level inside the window)
        keep_rendered(out, presets, vectors, candidates, np.full(len(candidates), np.sqrt(rms_min * rms_max)),
                      rms_min=rms_min, rms_max=rms_max)
        return out
    from synthproxy.generate import embed_clips

    levels = np.full(len(candidates), np.nan)
    render_errors: dict[int, str] = {}
    kept_audio: list[np.ndarray] = []  # renders of kept presets not yet embedded (all of them with keep_audio)
    parts: list[np.ndarray] = []
    order: Iterable[int] = range(len(candidates))
    if progress:
        from synthproxy.io import progress_bar

        order = progress_bar(iterable=order, desc=f"{spec.name}: cleaning", unit="preset")
    for k in order:
        try:
            audio = render_preset(engine, vectors[candidates[k]])
        except (RenderError, RuntimeError) as e:
            render_errors[k] = str(e)
            continue
        levels[k] = rms(audio)
        if level_verdict(levels[k], rms_min, rms_max) is None:
            kept_audio.append(audio)
            if audio_model is not None and not keep_audio and len(kept_audio) == EMBED_BATCH:
                parts.append(embed_clips(audio_model, kept_audio))  # embedded as they come: renders not kept
                kept_audio = []
    keep_rendered(out, presets, vectors, candidates, levels, render_errors, rms_min=rms_min, rms_max=rms_max)
    if keep_audio:
        out.audio = kept_audio
    if audio_model is not None:
        if kept_audio:
            parts.append(embed_clips(audio_model, kept_audio))
        out.embeddings = np.concatenate(parts) if parts else np.zeros((0, audio_model.embedding_size), np.float32)
    return out


def handcrafted_presets(
    spec: SynthSpec, inputs: Iterable[str | Path], engine: Engine | None, **kwargs
) -> HandcraftedSet:
    """Read and clean every bank in ``inputs`` (files or folders): :func:`read_banks` + :func:`clean_presets`."""
    presets, errors = read_banks(inputs, spec)
    return clean_presets(spec, presets, engine, errors=errors, **kwargs)


def write_handcrafted(
    folder: str | Path,
    spec: SynthSpec,
    hc: HandcraftedSet,
    settings: RenderSettings,
    *,
    embeddings: np.ndarray | None = None,
    audio_model: dict | None = None,
    chunk_size: int = 4096,
) -> Path:
    """Write a cleaned hand-crafted set as a store (see :mod:`synthproxy.store`), all at once.

    The set is written into a temporary sibling folder and swapped into place at the end, so an
    existing set at ``folder`` stays intact until the new one is complete. A ``folder`` holding
    anything but a hand-crafted set of the same synth is refused.

    Parameters
    ----------
    folder : str or Path
    spec : SynthSpec
    hc : HandcraftedSet
    settings : RenderSettings
        The render settings used for the level filter (and the embeddings).
    embeddings : ndarray, shape (N, D), optional
        Audio embeddings of the kept presets.
    audio_model : dict, optional
        Audio model description (name, sample_rate, embedding_size, weights_hash).
    """
    import shutil
    import tempfile

    from synthproxy.io import write_json
    from synthproxy.store import MANIFEST, StoreError, StoreWriter, read_manifest

    folder = Path(folder)
    if folder.exists():
        if not (folder / MANIFEST).exists():
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
            else:
                raise StoreError(f"{folder}: exists and is not a synthproxy store; refusing to overwrite it")
        else:
            old = read_manifest(folder)
            if old.get("kind") != "handcrafted" or old.get("synth") != spec.name:
                raise StoreError(f"{folder} holds another dataset ({old.get('kind')} {old.get('synth')}); refusing to overwrite it")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        header = {
            "kind": "handcrafted", "synth": spec.name, "spec_hash": spec.hash, "spec": spec.to_dict(),
            "parameters": [p.name for p in spec.used], "render_settings": settings.to_dict(),
            "audio_model": audio_model, "seed": None, "split": "handcrafted", "size": int(len(hc.presets)),
            "chunk_size": chunk_size, "report": hc.report(),
        }
        shutil.rmtree(tmp)
        writer = StoreWriter(tmp, header)
        for c, start in enumerate(range(0, len(hc.presets), chunk_size)):
            arrays = {"presets": hc.presets[start : start + chunk_size]}
            if embeddings is not None:
                arrays["embeddings"] = embeddings[start : start + chunk_size]
            writer.write_chunk(c, arrays)
        write_json(tmp / "metadata.json", hc.metadata)
        write_json(tmp / "report.json", {**hc.report(), "removed_presets": hc.removed_presets})
        writer.update(complete=True)
        old = None
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old")
            if old.exists():
                shutil.rmtree(old)
            folder.rename(old)
        tmp.rename(folder)
        if old is not None:
            shutil.rmtree(old)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return folder
