"""Hand-crafted sets on all cores: cleaned bank presets rendered and embedded on the Dask workers.

The data stage for real banks, beside :mod:`synthproxy.generate` for random presets, on the same
workers (one engine and one audio model per worker process):

1. :func:`synthproxy.presets.handcrafted.screen_presets` reads nothing but the banks: it reduces
   the presets to the spec and drops invalid ones and duplicates (in this process, fast);
2. the candidates are cut into chunks; each worker renders a chunk, measures each render's level
   and embeds the renders the level filter keeps. Finished chunks go to a work store beside the
   output (``.<name>.renders``), so a killed run resumes where it stopped;
3. :func:`synthproxy.presets.handcrafted.keep_rendered` applies the level filter, and the set is
   written as a hand-crafted store (:func:`write_handcrafted`);
   the work store is then removed.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.constants import EMBED_BATCH, RMS_MAX, RMS_MIN
from synthproxy.generate import (
    _client,
    _deadline,
    _Liveness,
    _worker_state,
    embed_clips,
    model_info,
    run_in_flight,
)
from synthproxy.io import write_json
from synthproxy.presets.adapter import adapter_for
from synthproxy.presets.bank import BankPreset
from synthproxy.presets.handcrafted import (
    HandcraftedSet,
    bank_files,
    keep_rendered,
    level_verdict,
    read_banks,
    screen_presets,
)
from synthproxy.presets.split import read_banks_far_from, split_presets
from synthproxy.render import Engine, RenderError, RenderSettings, render_preset, rms
from synthproxy.store import MANIFEST, StoreError, StoreWriter, open_store, read_manifest
from synthproxy.synths.spec import SynthSpec
from synthproxy.validate import InputError, read_input_bytes

__all__ = [
    "HANDCRAFTED_CHUNK_SIZE",
    "render_candidates_chunk",
    "render_candidates",
    "handcrafted_store",
    "clean_presets",
    "handcrafted_presets",
    "write_handcrafted",
    "banks_record",
    "stale_reason",
]

log = logging.getLogger(__name__)

#: Candidate presets per chunk (one Dask task). Smaller than random chunks: a set of a few thousand
#: presets still gives every worker several chunks, and a resumed run redoes little.
HANDCRAFTED_CHUNK_SIZE: int = 128


def render_candidates_chunk(
    spec_dict: dict,
    settings_dict: dict,
    model_name: str,
    vectors: np.ndarray,
    threads: int = 1,
    preset_timeout_s: float = 120.0,
) -> dict[str, Any]:
    """Render preset vectors, measure their levels, embed the ones the level filter keeps (runs on a worker).

    Parameters
    ----------
    vectors : ndarray, shape (n, n_used)
        Preset vectors of the chunk.

    Returns
    -------
    dict
        ``arrays``: ``presets`` (n, n_used) and ``embeddings`` (n, D), NaN rows for presets the filter
        removes; ``stats``: ``levels`` (n linear RMS values, None where the engine failed) and
        ``errors`` ({row: the engine's message}).
    """
    engine, model = _worker_state(spec_dict, settings_dict, model_name, threads)
    levels = np.full(len(vectors), np.nan)
    errors: dict[str, str] = {}
    clips, rows = [], []
    for r, vector in enumerate(vectors):
        try:
            with _deadline(preset_timeout_s, f"hand-crafted preset {r}"):
                audio = render_preset(engine, vector)
        except (RenderError, RuntimeError) as e:
            errors[str(r)] = str(e) or type(e).__name__
            continue
        levels[r] = rms(audio)
        if level_verdict(levels[r], RMS_MIN, RMS_MAX) is None:
            clips.append(audio)
            rows.append(r)
    embeddings = np.full((len(vectors), model.embedding_size), np.nan, dtype=np.float32)
    if clips:
        embeddings[rows] = embed_clips(model, clips)
    return {
        "arrays": {"presets": np.asarray(vectors, np.float32), "embeddings": embeddings},
        "stats": {"levels": [None if np.isnan(v) else float(v) for v in levels], "errors": errors},
    }


def _candidates_hash(vectors: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(vectors, dtype=np.float32).tobytes()).hexdigest()


def render_candidates(
    spec: SynthSpec,
    vectors: np.ndarray,
    work: str | Path,
    *,
    audio_model: Any,
    settings: RenderSettings,
    workers: int | None = None,
    scheduler: str | None = None,
    chunk_size: int = HANDCRAFTED_CHUNK_SIZE,
    progress: bool = True,
    preset_timeout_s: float = 120.0,
) -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Render and embed candidate presets on Dask workers, resumably, through the work store ``work``.

    Parameters
    ----------
    spec : SynthSpec
    vectors : ndarray, shape (N, n_used)
        Candidate preset vectors.
    work : str or Path
        Work store; a store of the same candidates, spec, settings and audio model (precision
        included) is resumed, anything else refused.
    audio_model : AudioModel
        The loaded model: workers load the same by name; its settings go into the work store's identity.
    settings : RenderSettings

    Returns
    -------
    levels : ndarray, shape (N,)
        Linear RMS of each render; NaN where the engine failed.
    embeddings : ndarray, shape (N, D), float32
        NaN rows for the presets the level filter removes.
    errors : dict of int to str
        The engine's message for each failed preset (by row).
    """
    header = {
        "kind": "handcrafted-renders",
        "synth": spec.name,
        "spec_hash": spec.hash,
        "render_settings": settings.to_dict(),
        "audio_model": model_info(audio_model),
        "seed": None,
        "split": "handcrafted",
        "size": int(len(vectors)),
        "chunk_size": int(chunk_size),
        "candidates_hash": _candidates_hash(vectors),
    }
    n_chunks = -(-len(vectors) // chunk_size)
    with StoreWriter(work, header) as writer:  # released at once if this run is interrupted
        todo = [c for c in range(n_chunks) if c not in writer.done]
        if todo:
            _render_chunks(
                spec,
                vectors,
                writer,
                todo,
                audio_model.name,
                settings,
                chunk_size,
                workers,
                scheduler,
                progress,
                preset_timeout_s,
            )
            writer.update(complete=True)
    store = open_store(work)
    levels = np.concatenate(
        [
            np.array([np.nan if v is None else v for v in store.manifest["chunks"][str(c)]["stats"]["levels"]])
            for c in store.chunks
        ]
    )
    errors = {
        c * chunk_size + int(r): msg
        for c in store.chunks
        for r, msg in store.manifest["chunks"][str(c)]["stats"]["errors"].items()
    }
    return levels, store.load("embeddings"), errors


def _render_chunks(
    spec: SynthSpec,
    vectors: np.ndarray,
    writer: StoreWriter,
    todo: list[int],
    audio_model: str,
    settings: RenderSettings,
    chunk_size: int,
    workers: int | None,
    scheduler: str | None,
    progress: bool,
    preset_timeout_s: float,
) -> None:
    """Submit the chunks ``todo`` (:func:`~synthproxy.generate.run_in_flight`) and write each as it finishes."""
    spec_dict, settings_dict = spec.to_dict(), settings.to_dict()
    bar = None
    if progress:
        from synthproxy.io import progress_bar

        done_rows = sum(writer.manifest["chunks"][str(c)]["rows"] for c in writer.done)
        bar = progress_bar(total=len(vectors), initial=done_rows, unit="preset", desc=f"{spec.name} hand-crafted")
    try:
        with _client(workers, scheduler) as (client, threads):
            live = _Liveness(client)

            def submit(rows: np.ndarray, key: str) -> Any:
                return client.submit(
                    render_candidates_chunk,
                    spec_dict,
                    settings_dict,
                    audio_model,
                    rows,
                    threads,
                    preset_timeout_s,
                    key=f"{key}-{time.time_ns()}",
                    pure=False,
                )

            def finish(c: int, fut: Any) -> None:
                rows = vectors[c * chunk_size : (c + 1) * chunk_size]
                try:
                    result = fut.result()
                except Exception as e:  # noqa: BLE001 - a crashed worker arrives as any exception type
                    log.warning("hand-crafted chunk %d failed (%s); rendering its presets one by one", c, e)
                    result = _one_by_one(submit, live, rows, c)
                writer.write_chunk(c, result["arrays"], result["stats"])
                if bar is not None:
                    bar.update(len(rows))

            run_in_flight(
                client,
                todo,
                lambda c: submit(vectors[c * chunk_size : (c + 1) * chunk_size], f"handcrafted-{c}"),
                finish,
            )
    finally:
        if bar is not None:
            bar.close()


def _one_by_one(submit: Any, live: _Liveness, rows: np.ndarray, c: int) -> dict[str, Any]:
    """A failed chunk's presets, each on its own (a preset whose worker dies again is a render error)."""
    parts = []
    for r in range(len(rows)):
        try:
            parts.append(live.result(submit(rows[r : r + 1], f"handcrafted-{c}-{r}")))
        except StoreError:
            raise  # no worker left at all: stop, finished chunks are on disk
        except Exception as e:  # noqa: BLE001 - whatever the task or its dying worker raised
            parts.append(
                {
                    "arrays": {"presets": rows[r : r + 1], "embeddings": None},
                    "stats": {"levels": [None], "errors": {"0": f"the worker rendering it died ({e})"}},
                }
            )
    size = next((p["arrays"]["embeddings"].shape[1] for p in parts if p["arrays"]["embeddings"] is not None), 0)
    if size == 0:
        raise RuntimeError(f"every preset of hand-crafted chunk {c} failed; is the synth working at all?")
    embeddings = [
        p["arrays"]["embeddings"] if p["arrays"]["embeddings"] is not None else np.full((1, size), np.nan, np.float32)
        for p in parts
    ]
    return {
        "arrays": {"presets": np.asarray(rows, np.float32), "embeddings": np.concatenate(embeddings)},
        "stats": {
            "levels": [p["stats"]["levels"][0] for p in parts],
            "errors": {str(r): p["stats"]["errors"]["0"] for r, p in enumerate(parts) if p["stats"]["errors"]},
        },
    }


def handcrafted_store(
    synth: str | SynthSpec,
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    audio_model: str | None = "aisfx",
    settings: RenderSettings | None = None,
    render: bool = True,
    progress: bool = True,
    workers: int | None = None,
    scheduler: str | None = None,
    split: str | None = None,
    far_from: str | None = None,
) -> HandcraftedSet:
    """Read, clean, render and embed hand-crafted banks into a store (what ``synthproxy handcrafted`` does).

    Rendering and embedding run on Dask workers (``workers`` local processes, default one per core,
    or an existing cluster at ``scheduler``), resumably: a killed run continues from its last
    finished chunk when the same call is made again.

    Parameters
    ----------
    synth : str or SynthSpec
    inputs : iterable of str or Path
        Bank files and folders.
    out : str or Path
        Store folder (an existing hand-crafted set of the same synth is replaced once the new one is complete).
    audio_model : str or None
        Registered audio model for the embeddings (renders at its sample rate); ``None``: level filter only,
        rendered in this process.
    settings : RenderSettings, optional
        Defaults to the study's at the audio model's sample rate.
    render : bool
        ``False`` skips rendering (no level filter, no embeddings; needs ``audio_model=None``).
    workers, scheduler
        As for :func:`synthproxy.generate.generate`.
    split : {"train", "val", "test"}, optional
        Keep only the presets of this split of the synth's committed split list
        (:func:`synthproxy.presets.split.split_presets`: near-copies of test presets left out); ``inputs``
        must then be the shipped banks of that split (:func:`synthproxy.presets.adapter.handcrafted_banks`).
    far_from : {"train", "seen", "shipped"}, optional
        With ``inputs`` from other sources: leave out the near-copies of the shipped presets of these splits
        (:func:`synthproxy.presets.split.read_banks_far_from`), counted as removed ``near-copy`` in the report
        and recorded in the manifest, so that a proxy is never scored on what it was trained on.

    Returns
    -------
    HandcraftedSet
        With its :meth:`~HandcraftedSet.report` and embeddings.
    """
    from synthproxy import audio_models
    from synthproxy.synths import get_spec, open_engine

    spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
    model = audio_models.load(audio_model) if audio_model else None
    if model is not None and not render:
        raise ValueError("embeddings need renders: use render=True or audio_model=None")
    if settings is None:
        settings = RenderSettings(sample_rate=model.sample_rate) if model is not None else RenderSettings()
    if model is not None and settings.sample_rate != model.sample_rate:
        raise ValueError(f"render sample rate {settings.sample_rate} Hz != {model.name}'s {model.sample_rate} Hz")
    inputs = list(inputs)
    banks = banks_record(bank_files(inputs, spec)[0])
    near: list[dict] = []
    errors: list[dict]
    if split is not None and far_from is not None:
        raise ValueError("far_from is for banks from other sources, not for a split of the shipped ones")
    if split is not None:
        presets, errors = split_presets(spec, split), []
    elif far_from is not None:
        presets, errors, near = read_banks_far_from(inputs, spec, far_from)
    else:
        presets, errors = read_banks(inputs, spec)
    far = {"far_from": far_from, "max_distance": adapter_for(spec).near_copy_distance} if far_from else None
    if model is None:
        hc = clean_presets(
            spec, presets, open_engine(spec, settings) if render else None, errors=errors, progress=progress
        )
        _count_near(hc, near)
        write_handcrafted(out, spec, hc, settings, banks=banks, bank_split=split, far=far)
        return hc
    hc, vectors, candidates = screen_presets(spec, presets, errors)
    _count_near(hc, near)
    out = Path(out)
    work = out.with_name(f".{out.name}.renders")
    if candidates:
        levels, embeddings, render_errors = render_candidates(
            spec,
            vectors[candidates],
            work,
            audio_model=model,
            settings=settings,
            workers=workers,
            scheduler=scheduler,
            progress=progress,
        )
    else:
        levels, embeddings, render_errors = np.zeros(0), np.zeros((0, model.embedding_size), np.float32), {}
    kept = keep_rendered(hc, presets, vectors, candidates, levels, render_errors)
    hc.embeddings = np.ascontiguousarray(embeddings[kept], dtype=np.float32)
    write_handcrafted(
        out,
        spec,
        hc,
        settings,
        embeddings=hc.embeddings,
        audio_model=model_info(model),
        banks=banks,
        bank_split=split,
        far=far,
    )
    shutil.rmtree(work, ignore_errors=True)
    return hc


def _count_near(hc: HandcraftedSet, near: list[dict]) -> None:
    """Count the near-copies left out before cleaning as read and removed (``near-copy``)."""
    if near:
        hc.read += len(near)
        hc.removed["near-copy"] += len(near)
        hc.removed_presets[:0] = near


def banks_record(files: Iterable[str | Path]) -> list[dict[str, str]]:
    """Which bank files a hand-crafted set was made from: ``[{"file": name, "sha256": digest}, ...]``.

    Recorded in the set's manifest (``banks``) so that a set made from other banks (an older split,
    edited files) is recognised by :func:`stale_reason`. Names only, not paths: a set made in another
    clone from the same files is the same set. Files that are no bank one may read (a FIFO, a device,
    an oversized file: :func:`synthproxy.validate.read_input_bytes`) are left out unopened; reading the
    banks reports them.
    """
    out = []
    for f in files:
        try:
            data = read_input_bytes(f)
        except (InputError, OSError):
            continue
        out.append({"file": Path(f).name, "sha256": hashlib.sha256(data).hexdigest()})
    return out


def stale_reason(
    folder: str | Path,
    synth: str | SynthSpec,
    inputs: Iterable[str | Path],
    audio_model: str | None = None,
    far_from: str | None = None,
) -> str | None:
    """Why the hand-crafted store at ``folder`` is not the set these banks make now; ``None`` when it is.

    A set is current when it is complete and was made for the synth's current spec (same hash), with
    ``audio_model`` (when given) and from exactly the bank files ``inputs`` names, byte for byte
    (:func:`banks_record`), leaving out the near-copies ``far_from`` names (see :func:`handcrafted_store`).
    Sets written before the manifest recorded their banks are not current.

    Returns
    -------
    str or None
        A short reason (``"missing"``, ``"incomplete"``, ``"made for another spec"``,
        ``"made with audio model X"``, ``"made from other banks (...)"``), or ``None``.
    """
    from synthproxy.synths import get_spec

    folder = Path(folder)
    spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
    if not (folder / MANIFEST).exists():
        return "missing"
    m = read_manifest(folder)
    if not m.get("complete"):
        return "incomplete"
    if m.get("kind") != "handcrafted" or m.get("synth") != spec.name:
        return f"holds another dataset ({m.get('kind')} {m.get('synth')})"
    if m.get("spec_hash") != spec.hash:
        return f"made for another {spec.name} spec (hash {str(m.get('spec_hash'))[:12]}, now {spec.hash[:12]})"
    made_with = (m.get("audio_model") or {}).get("name")
    if audio_model is not None and made_with != audio_model:
        return f"made with audio model {made_with}, not {audio_model}"
    if "banks" not in m:
        return "made before sets recorded their banks"
    want = banks_record(bank_files(inputs, spec)[0])
    if m["banks"] != want:
        have = {b["file"] for b in m["banks"]}
        now = {b["file"] for b in want}
        detail = f"{len(have - now)} banks no longer used, {len(now - have)} new" if have != now else "files changed"
        return f"made from other banks ({detail})"
    made_far = (m.get("far") or {}).get("far_from")
    if made_far != far_from:
        return f"made with --far-from {made_far}, not {far_from}"
    return None


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

    For whole archives use :func:`handcrafted_store`, which renders and embeds on all cores.

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
        keep_rendered(
            out,
            presets,
            vectors,
            candidates,
            np.full(len(candidates), np.sqrt(rms_min * rms_max)),
            rms_min=rms_min,
            rms_max=rms_max,
        )
        return out
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
    banks: list[dict[str, str]] | None = None,
    bank_split: str | None = None,
    far: dict | None = None,
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
    chunk_size : int
        Presets per store chunk.
    banks : list of dict, optional
        The bank files the set was made from (:func:`banks_record`), recorded as ``banks``.
    bank_split : str, optional
        The split of the committed split list the presets were kept from, recorded as ``bank_split``.
    far : dict, optional
        ``far_from`` and ``max_distance`` when near-copies of shipped presets were left out, recorded as ``far``.
    """
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
                raise StoreError(
                    f"{folder} holds another dataset ({old.get('kind')} {old.get('synth')}); refusing to overwrite it"
                )
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        header = {
            "kind": "handcrafted",
            "synth": spec.name,
            "spec_hash": spec.hash,
            "spec": spec.to_dict(),
            "parameters": [p.name for p in spec.used],
            "render_settings": settings.to_dict(),
            "audio_model": audio_model,
            "seed": None,
            "split": "handcrafted",
            "size": int(len(hc.presets)),
            "chunk_size": chunk_size,
            "report": hc.report(),
            "banks": banks,
        }
        if bank_split is not None:
            header["bank_split"] = bank_split
        if far is not None:
            header["far"] = far
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
        previous: Path | None = None
        if folder.exists():
            previous = folder.with_name(f".{folder.name}.old")
            if previous.exists():
                shutil.rmtree(previous)
            folder.rename(previous)
        tmp.rename(folder)
        if previous is not None:
            shutil.rmtree(previous)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return folder
