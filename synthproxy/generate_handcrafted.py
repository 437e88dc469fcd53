"""Hand-crafted sets on all cores: cleaned bank presets rendered and embedded on the Dask workers.

The data stage for real banks, beside :mod:`synthproxy.generate` for random presets, on the same
workers (one engine and one audio model per worker process):

1. :func:`synthproxy.presets.handcrafted.screen_presets` reads nothing but the banks: it reduces
   the presets to the spec and drops invalid ones and duplicates (in this process, fast);
2. the candidates are cut into chunks; each worker renders a chunk, measures each render's level
   and embeds the renders the level filter keeps. Finished chunks go to a work store beside the
   output (``.<name>.renders``), so a killed run resumes where it stopped;
3. :func:`synthproxy.presets.handcrafted.keep_rendered` applies the level filter, and the set is
   written as a hand-crafted store (:func:`synthproxy.presets.handcrafted.write_handcrafted`);
   the work store is then removed.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from synthproxy.constants import RMS_MAX, RMS_MIN
from synthproxy.generate import (
    _client,
    _deadline,
    _Liveness,
    _worker_state,
    embed_clips,
    model_info,
    run_in_flight,
)
from synthproxy.presets.handcrafted import (
    HandcraftedSet,
    keep_rendered,
    level_verdict,
    read_banks,
    screen_presets,
    write_handcrafted,
)
from synthproxy.render import RenderError, RenderSettings, render_preset, rms
from synthproxy.store import StoreError, StoreWriter, open_store
from synthproxy.synths.spec import SynthSpec

__all__ = ["HANDCRAFTED_CHUNK_SIZE", "render_candidates_chunk", "render_candidates", "handcrafted_store"]

log = logging.getLogger(__name__)

#: Candidate presets per chunk (one Dask task). Smaller than random chunks: a set of a few thousand
#: presets still gives every worker several chunks, and a resumed run redoes little.
HANDCRAFTED_CHUNK_SIZE: int = 128


def render_candidates_chunk(spec_dict: dict, settings_dict: dict, model_name: str, vectors: np.ndarray,
                            threads: int = 1, preset_timeout_s: float = 120.0) -> dict[str, Any]:
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
    return {"arrays": {"presets": np.asarray(vectors, np.float32), "embeddings": embeddings},
            "stats": {"levels": [None if np.isnan(v) else float(v) for v in levels], "errors": errors}}


def _candidates_hash(vectors: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(vectors, dtype=np.float32).tobytes()).hexdigest()


def render_candidates(
    spec: SynthSpec, vectors: np.ndarray, work: str | Path, *, audio_model: Any, settings: RenderSettings,
    workers: int | None = None, scheduler: str | None = None, chunk_size: int = HANDCRAFTED_CHUNK_SIZE,
    progress: bool = True, preset_timeout_s: float = 120.0,
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
    header = {"kind": "handcrafted-renders", "synth": spec.name, "spec_hash": spec.hash,
              "render_settings": settings.to_dict(), "audio_model": model_info(audio_model), "seed": None, "split": "handcrafted",
              "size": int(len(vectors)), "chunk_size": int(chunk_size), "candidates_hash": _candidates_hash(vectors)}
    n_chunks = -(-len(vectors) // chunk_size)
    with StoreWriter(work, header) as writer:  # released at once if this run is interrupted
        todo = [c for c in range(n_chunks) if c not in writer.done]
        if todo:
            _render_chunks(spec, vectors, writer, todo, audio_model.name, settings, chunk_size, workers, scheduler,
                           progress, preset_timeout_s)
            writer.update(complete=True)
    store = open_store(work)
    levels = np.concatenate([np.array([np.nan if v is None else v for v in store.manifest["chunks"][str(c)]["stats"]["levels"]])
                             for c in store.chunks])
    errors = {c * chunk_size + int(r): msg for c in store.chunks
              for r, msg in store.manifest["chunks"][str(c)]["stats"]["errors"].items()}
    return levels, store.load("embeddings"), errors


def _render_chunks(spec: SynthSpec, vectors: np.ndarray, writer: StoreWriter, todo: list[int], audio_model: str,
                   settings: RenderSettings, chunk_size: int, workers: int | None, scheduler: str | None,
                   progress: bool, preset_timeout_s: float) -> None:
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
                return client.submit(render_candidates_chunk, spec_dict, settings_dict, audio_model, rows, threads,
                                     preset_timeout_s, key=f"{key}-{time.time_ns()}", pure=False)

            def finish(c: int, fut: Any) -> None:
                rows = vectors[c * chunk_size:(c + 1) * chunk_size]
                try:
                    result = fut.result()
                except Exception as e:  # noqa: BLE001 - a crashed worker arrives as any exception type
                    log.warning("hand-crafted chunk %d failed (%s); rendering its presets one by one", c, e)
                    result = _one_by_one(submit, live, rows, c)
                writer.write_chunk(c, result["arrays"], result["stats"])
                if bar is not None:
                    bar.update(len(rows))

            run_in_flight(client, todo, lambda c: submit(vectors[c * chunk_size:(c + 1) * chunk_size],
                                                         f"handcrafted-{c}"), finish)
    finally:
        if bar is not None:
            bar.close()


def _one_by_one(submit: Any, live: _Liveness, rows: np.ndarray, c: int) -> dict[str, Any]:
    """A failed chunk's presets, each on its own (a preset whose worker dies again is a render error)."""
    parts = []
    for r in range(len(rows)):
        try:
            parts.append(live.result(submit(rows[r:r + 1], f"handcrafted-{c}-{r}")))
        except StoreError:
            raise  # no worker left at all: stop, finished chunks are on disk
        except Exception as e:  # noqa: BLE001 - whatever the task or its dying worker raised
            parts.append({"arrays": {"presets": rows[r:r + 1], "embeddings": None},
                          "stats": {"levels": [None], "errors": {"0": f"the worker rendering it died ({e})"}}})
    size = next((p["arrays"]["embeddings"].shape[1] for p in parts if p["arrays"]["embeddings"] is not None), 0)
    if size == 0:
        raise RuntimeError(f"every preset of hand-crafted chunk {c} failed; is the synth working at all?")
    embeddings = [p["arrays"]["embeddings"] if p["arrays"]["embeddings"] is not None
                  else np.full((1, size), np.nan, np.float32) for p in parts]
    return {"arrays": {"presets": np.asarray(rows, np.float32), "embeddings": np.concatenate(embeddings)},
            "stats": {"levels": [p["stats"]["levels"][0] for p in parts],
                      "errors": {str(r): p["stats"]["errors"]["0"] for r, p in enumerate(parts) if p["stats"]["errors"]}}}


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

    Returns
    -------
    HandcraftedSet
        With its :meth:`~HandcraftedSet.report` and embeddings.
    """
    from synthproxy import audio_models
    from synthproxy.presets.handcrafted import clean_presets
    from synthproxy.synths import get_spec, open_engine

    spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
    model = audio_models.load(audio_model) if audio_model else None
    if model is not None and not render:
        raise ValueError("embeddings need renders: use render=True or audio_model=None")
    if settings is None:
        settings = RenderSettings(sample_rate=model.sample_rate) if model is not None else RenderSettings()
    if model is not None and settings.sample_rate != model.sample_rate:
        raise ValueError(f"render sample rate {settings.sample_rate} Hz != {model.name}'s {model.sample_rate} Hz")
    presets, errors = read_banks(inputs, spec)
    if model is None:
        hc = clean_presets(spec, presets, open_engine(spec, settings) if render else None, errors=errors,
                           progress=progress)
        write_handcrafted(out, spec, hc, settings)
        return hc
    hc, vectors, candidates = screen_presets(spec, presets, errors)
    out = Path(out)
    work = out.with_name(f".{out.name}.renders")
    if candidates:
        levels, embeddings, render_errors = render_candidates(
            spec, vectors[candidates], work, audio_model=model, settings=settings, workers=workers,
            scheduler=scheduler, progress=progress)
    else:
        levels, embeddings, render_errors = np.zeros(0), np.zeros((0, model.embedding_size), np.float32), {}
    kept = keep_rendered(hc, presets, vectors, candidates, levels, render_errors)
    hc.embeddings = np.ascontiguousarray(embeddings[kept], dtype=np.float32)
    write_handcrafted(out, spec, hc, settings, embeddings=hc.embeddings, audio_model=model_info(model))
    shutil.rmtree(work, ignore_errors=True)
    return hc
