"""Dataset generation: random presets rendered and embedded in parallel, into a resumable store.

The work is cut into chunks of consecutive preset indices. Each Dask worker owns one synth engine
and one audio model and turns a chunk into arrays (presets, embeddings, optionally audio); the
client writes each finished chunk to the store (:mod:`synthproxy.store`) atomically. Killing the
run at any moment and starting the same command again resumes at the first unfinished chunk and
yields arrays identical to an uninterrupted run, since preset ``i`` depends only on (seed, i).

By default the work runs on a local Dask cluster (``dask.distributed.LocalCluster``, one process per
worker); ``scheduler=`` sends the same work to an existing Dask cluster.

A restarted run first checks every chunk the manifest lists against its checksum and rebuilds the
missing or damaged ones (:attr:`GenerateReport.rebuilt` says which and why); one run at a time may
write a store (its lock). The size, chunk size and worker count are checked against the machine's
cores, memory and disk before anything starts, and the client's bookkeeping is per chunk, streamed.

A chunk whose worker crashes or hangs is split into single presets, each retried once on a fresh
worker; a preset that fails twice is recorded as failed in the manifest (its embedding row is NaN
and :class:`synthproxy.datasets.StoreDataset` skips it), and the run goes on.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.constants import EMBED_BATCH
from synthproxy.dataset_growth import merge_stats, resumed_stats, reusable_store, reuse_chunks
from synthproxy.presets.bank_prior import BankMixPrior, prior_preset
from synthproxy.render import PresetRejected, RenderSettings, render_preset, sample_audible_preset
from synthproxy.store import StoreError, StoreWriter
from synthproxy.synths.spec import SynthSpec, spec_from_dict
from synthproxy.validate import check_generation, check_workers

log = logging.getLogger(__name__)

#: Presets per chunk (one Dask task, one file per array).
CHUNK_SIZE: int = 256
SPLITS: tuple[str, ...] = ("train", "val", "test")


def model_info(model: Any) -> dict[str, Any]:
    """What identifies an audio model in a manifest."""
    info = {
        "name": model.name,
        "sample_rate": int(model.sample_rate),
        "embedding_size": int(model.embedding_size),
        "weights_hash": model.weights_hash,
    }
    if hasattr(model, "settings"):
        info["settings"] = model.settings()
    return info


def embed_clips(model: Any, clips: list[np.ndarray] | np.ndarray, batch: int = EMBED_BATCH) -> np.ndarray:
    """Embed clips in batches.

    Parameters
    ----------
    model : AudioModel
    clips : list of ndarray or ndarray, shape (N, samples)
        Equal-length mono clips at ``model.sample_rate``.

    Returns
    -------
    ndarray, shape (N, model.embedding_size), float32
    """
    clips = np.asarray(clips, dtype=np.float32)
    if len(clips) == 0:
        return np.zeros((0, model.embedding_size), np.float32)
    return np.concatenate([model.embed(clips[i : i + batch]) for i in range(0, len(clips), batch)]).astype(np.float32)


# ---------------------------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------------------------
_WORKER: dict[tuple, dict[str, Any]] = {}


def _worker_state(spec_dict: dict, settings_dict: dict, model_name: str, threads: int) -> tuple[Any, Any]:
    """This process's engine and audio model for the next chunk.

    The audio model is loaded once per process. The engine is opened once too, but an engine whose
    renders can depend on what it rendered before (``history_free`` false: plugins, whose parameter
    smoothers stop ~1e-5 short of their target on the side they came from) is opened afresh for every
    chunk after the first: a chunk's arrays then depend only on its presets, never on which worker ran
    it, what that worker did before, or whether the run was resumed. Reopening amsynth costs ~0.1 s
    per chunk (2-3 % of a chunk of 256) and ~30 KB of memory that DawDreamer does not give back.
    """
    from synthproxy.synths import open_engine

    # the whole spec is in the key: a spec edited under the same name on a long-lived cluster gets a new engine
    key = (json.dumps(spec_dict, sort_keys=True), json.dumps(settings_dict, sort_keys=True), model_name)
    state = _WORKER.get(key)
    if state is None:
        import torch

        from synthproxy import audio_models

        torch.set_num_threads(max(1, threads))
        if not _WORKER:
            # close the engine before the interpreter tears down its extension modules (dexed-py's
            # bindings otherwise report it as leaked on every worker's exit)
            atexit.register(_WORKER.clear)
        _WORKER.clear()
        state = _WORKER[key] = {
            "spec": spec_from_dict(spec_dict),
            "settings": RenderSettings.from_dict(settings_dict),
            "model": audio_models.load(model_name),
            "engine": None,
        }
    engine = state["engine"]
    if engine is not None and not getattr(engine, "history_free", False):
        close = getattr(engine, "close", None)
        if close is not None:
            close()
        engine = None
    if engine is None:
        engine = state["engine"] = open_engine(state["spec"], state["settings"])
    return engine, state["model"]


class _Watchdog:
    """Ends this worker process when an armed deadline passes (a hung plugin cannot be interrupted from
    Python; the Dask nanny starts a fresh worker and the client retries the presets one by one).

    One thread per worker process, armed and disarmed around each preset: arming costs a lock and a
    notify (~1 us) where a ``threading.Timer`` per preset started a thread (~130 us, 2% of a Dexed preset).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadline: float | None = None
        self._what = ""
        self._seconds = 0.0
        threading.Thread(target=self._watch, name="synthproxy-watchdog", daemon=True).start()

    def _watch(self) -> None:
        with self._cond:
            while True:
                if self._deadline is None:
                    self._cond.wait()
                    continue
                left = self._deadline - time.monotonic()
                if left > 0:
                    self._cond.wait(left)
                    continue
                sys.stderr.write(
                    f"synthproxy worker: {self._what} ran over {self._seconds:.0f} s; ending this worker\n"
                )
                sys.stderr.flush()
                os._exit(70)

    @contextlib.contextmanager
    def deadline(self, seconds: float, what: str) -> Iterator[None]:
        """Run the block under a deadline of ``seconds``; ``what`` names it in the message."""
        with self._cond:
            self._deadline, self._what, self._seconds = time.monotonic() + seconds, what, seconds
            self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._deadline = None


_WATCHDOG: _Watchdog | None = None


def _deadline(seconds: float, what: str) -> contextlib.AbstractContextManager[None]:
    """End this worker process if the block runs longer than ``seconds`` (see :class:`_Watchdog`)."""
    global _WATCHDOG
    if _WATCHDOG is None:
        _WATCHDOG = _Watchdog()
    return _WATCHDOG.deadline(seconds, what)


def generate_chunk(
    spec_dict: dict,
    settings_dict: dict,
    model_name: str,
    seed: int,
    indices: list[int],
    keep_audio: bool,
    threads: int = 1,
    preset_timeout_s: float = 120.0,
    prior: BankMixPrior | None = None,
) -> dict[str, Any]:
    """Render and embed random presets ``indices`` of dataset ``seed`` (runs on a worker).

    ``prior``: the bank-mix prior the presets are drawn from (:mod:`synthproxy.presets.bank_prior`); None,
    the spec's random prior.

    Returns
    -------
    dict
        ``arrays`` (``presets`` (n, n_used), ``embeddings`` (n, D), optionally ``audio`` (n, samples)),
        ``stats`` (draws, rejections by reason, presets without an audible draw: ``rejected``).
    """
    engine, model = _worker_state(spec_dict, settings_dict, model_name, threads)
    presets, clips, rejected = [], [], []
    rejections: dict[str, int] = {}
    draws = 0
    t0 = time.perf_counter()
    for i in indices:
        try:
            with _deadline(preset_timeout_s, f"preset {i}"):
                s = sample_audible_preset(engine, seed, i, prior=prior)
            preset, audio, attempts, rej = s.preset, s.audio, s.attempts, s.rejections
        except PresetRejected:
            # keep the first draw so the row exists; the manifest lists it and readers skip it
            preset = prior_preset(engine.spec, seed, i, 0, prior)
            audio, attempts, rej = render_preset(engine, preset), 0, {}
            rejected.append(i)
        draws += attempts
        for k, v in rej.items():
            rejections[k] = rejections.get(k, 0) + v
        presets.append(preset)
        clips.append(audio)
    t1 = time.perf_counter()
    arrays = {"presets": np.stack(presets), "embeddings": embed_clips(model, clips)}
    t2 = time.perf_counter()
    if keep_audio:
        arrays["audio"] = np.stack(clips)
    return {
        "arrays": arrays,
        "stats": {
            "draws": draws,
            "rejections": rejections,
            "rejected": rejected,
            "render_s": round(t1 - t0, 3),
            "embed_s": round(t2 - t1, 3),
        },
    }


# ---------------------------------------------------------------------------------------------
# Client side
# ---------------------------------------------------------------------------------------------
@dataclass
class GenerateReport:
    """What a generation run did."""

    out: Path
    size: int
    chunks_written: int
    chunks_skipped: int
    seconds: float
    failed: list[int] = field(default_factory=list)

    written: int = 0
    #: Chunks found missing or damaged on resuming, rebuilt by this run: ``chunk`` and ``reason``.
    rebuilt: list[dict[str, Any]] = field(default_factory=list)
    #: Chunks copied from the smaller store of ``reuse`` (:func:`reuse_chunks`), counted in ``chunks_skipped``.
    reused: int = 0

    @property
    def presets_per_s(self) -> float:
        """Presets generated per second by this run (chunks finished by earlier runs excluded)."""
        return self.written / self.seconds if self.seconds > 0 else 0.0


def dataset_header(
    spec: SynthSpec,
    settings: RenderSettings,
    model: dict,
    *,
    seed: int,
    split: str,
    size: int,
    chunk_size: int,
    keep_audio: bool,
    prior: BankMixPrior | None = None,
) -> dict[str, Any]:
    """The manifest fields of a random dataset (see :func:`synthproxy.store.identity`).

    A dataset of the bank-mix prior also records ``prior`` (:meth:`BankMixPrior.settings`: its settings
    and the digest of its bank presets); one of the random prior has no ``prior`` field, as before.
    """
    header = {
        "kind": "random",
        "synth": spec.name,
        "spec_hash": spec.hash,
        "spec": spec.to_dict(),
        "parameters": [p.name for p in spec.used],
        "render_settings": settings.to_dict(),
        "audio_model": model,
        "seed": int(seed),
        "split": split,
        "size": int(size),
        "chunk_size": int(chunk_size),
        "keep_audio": bool(keep_audio),
        "sampling": {"rng": "numpy SeedSequence([seed, index, attempt])", "rms_filter": "0.01 < RMS < 1.0"},
    }
    if prior is not None:
        header["prior"] = prior.settings()
    return header


def generate(
    synth: str | SynthSpec,
    size: int,
    seed: int,
    split: str,
    out: str | Path,
    *,
    audio_model: str = "aisfx",
    workers: int | None = None,
    scheduler: str | None = None,
    keep_audio: bool = False,
    chunk_size: int = CHUNK_SIZE,
    settings: RenderSettings | None = None,
    progress: bool = True,
    on_chunk: Callable[[int], None] | None = None,
    preset_timeout_s: float = 120.0,
    allow_oversubscribe: bool = False,
    prior: BankMixPrior | None = None,
    reuse: str | Path | None = None,
    _task: Callable | None = None,
) -> GenerateReport:
    """Generate (or resume) a random dataset store.

    Parameters
    ----------
    synth : str or SynthSpec
    size : int
        Number of presets, > 0.
    seed : int
        Dataset seed (use distinct seeds for train / val / test).
    split : {"train", "val", "test"}
    out : str or Path
        Store folder; an existing store of the same dataset is resumed, any other content refused.
    audio_model : str
        Registered audio model name.
    workers : int, optional
        Local worker processes (default: CPU cores; never more than the chunks to make). Ignored with ``scheduler``.
    scheduler : str, optional
        Address of an existing Dask scheduler (e.g. ``tcp://10.0.0.5:8786``).
    keep_audio : bool
        Also store the renders.
    chunk_size : int
        Presets per chunk.
    settings : RenderSettings, optional
        Defaults to the study's, at the audio model's sample rate.
    progress : bool
        Show a progress bar (presets/s, ETA).
    preset_timeout_s : float
        A preset whose draws take longer than this to render is taken as hung: its worker process
        exits (and is replaced by a fresh one), and the chunk's presets are retried one by one.
    allow_oversubscribe : bool
        Allow more local workers than CPU cores.
    prior : BankMixPrior, optional
        Draw the presets from this bank-mix prior (:func:`synthproxy.presets.bank_prior.bank_mix_prior`)
        instead of the spec's random prior; recorded in the manifest, so a store of one prior is never
        resumed with the other (nor with other settings or bank presets).
    reuse : str or Path, optional
        A store of the same dataset at another size (same seed, spec, settings, prior, chunk size): its
        finished chunks are copied first instead of being rendered again (:func:`reuse_chunks`).

    Raises
    ------
    ValueError
        For a size <= 0, an unknown split, synth or audio model (the message lists the known ones), fewer
        than 1 worker or more than the cores (without ``allow_oversubscribe``), a dataset larger than the
        disk or memory can hold (:class:`synthproxy.validate.InputError`).
    StoreError
        When ``out`` holds something else, a store whose manifest is damaged, or another run is writing it.
    """
    from synthproxy import audio_models
    from synthproxy.synths import get_spec

    if size <= 0:
        raise ValueError(f"--size must be a positive number of presets, got {size}")
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {SPLITS}")
    if chunk_size <= 0:
        raise ValueError(f"chunk size must be > 0, got {chunk_size}")
    n_workers = check_workers(workers, allow_oversubscribe) if scheduler is None else 1
    spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
    model = audio_models.load(audio_model)
    settings = settings or RenderSettings(sample_rate=model.sample_rate)
    if settings.sample_rate != model.sample_rate:
        raise ValueError(
            f"render sample rate {settings.sample_rate} Hz != audio model {model.name}'s {model.sample_rate} Hz"
        )
    row_bytes = 4 * (len(spec.used) + model.embedding_size + (settings.num_samples if keep_audio else 0))
    check_generation(
        size, chunk_size, row_bytes, out, workers=n_workers, chunk_row_bytes=row_bytes + 4 * settings.num_samples
    )
    header = dataset_header(
        spec,
        settings,
        model_info(model),
        seed=seed,
        split=split,
        size=size,
        chunk_size=chunk_size,
        keep_audio=keep_audio,
        prior=prior,
    )
    if reuse is not None:
        reusable_store(header, reuse, out)  # refused before the new store's folder is made
    with StoreWriter(out, header) as writer:
        reused = reuse_chunks(writer, reuse) if reuse is not None else 0
        report = _fill(
            writer,
            spec,
            settings,
            model.name,
            seed,
            size,
            chunk_size,
            keep_audio,
            progress=progress,
            workers=None if scheduler else n_workers,
            scheduler=scheduler,
            on_chunk=on_chunk,
            task=_task,
            preset_timeout_s=preset_timeout_s,
            prior=prior,
        )
        report.reused = reused
        return report


def _fill(
    writer: StoreWriter,
    spec: SynthSpec,
    settings: RenderSettings,
    model_name: str,
    seed: int,
    size: int,
    chunk_size: int,
    keep_audio: bool,
    *,
    progress: bool,
    workers: int | None,
    scheduler: str | None,
    on_chunk: Callable[[int], None] | None,
    task: Callable | None,
    preset_timeout_s: float,
    prior: BankMixPrior | None = None,
) -> GenerateReport:
    """Make the chunks ``writer``'s store lacks (see :func:`generate`); chunk indices are streamed, never listed."""
    n_chunks = -(-size // chunk_size)
    done = writer.done
    n_done = sum(1 for c in done if c < n_chunks)
    report = GenerateReport(Path(writer.folder), size, 0, n_done, 0.0, rebuilt=list(writer.rebuilt))
    if n_done == n_chunks:
        writer.update(complete=True)
        return report
    t0 = time.perf_counter()
    stats, failed = resumed_stats(writer)
    todo = (c for c in range(n_chunks) if c not in done)
    rows_of = lambda c: range(c * chunk_size, min(size, (c + 1) * chunk_size))  # noqa: E731
    done_rows = sum(len(rows_of(c)) for c in done if c < n_chunks)
    bar = None
    if progress:
        from synthproxy.io import progress_bar

        bar = progress_bar(
            total=size,
            initial=done_rows,
            unit="preset",
            desc=f"{spec.name} {writer.header.get('split')}",
            smoothing=0.1,
        )

    def record(c: int, result: dict[str, Any]) -> None:
        merge_stats(stats, result["stats"])
        writer.write_chunk(c, result["arrays"], result["stats"], stats=stats, failed=sorted(set(failed)))
        report.chunks_written += 1
        report.written += len(result["arrays"]["presets"])
        if bar is not None:
            bar.update(len(result["arrays"]["presets"]))
        if on_chunk is not None:
            on_chunk(c)

    try:
        # no more workers than chunks to make: a worker is a process with its own synth and audio model
        with _client(min(workers, n_chunks - n_done) if workers else None, scheduler) as (client, threads):
            _run_chunks(
                client,
                spec,
                settings,
                model_name,
                seed,
                todo,
                rows_of,
                keep_audio,
                threads,
                record,
                failed,
                task=task,
                preset_timeout_s=preset_timeout_s,
                prior=prior,
            )
    finally:
        if bar is not None:
            bar.close()
    report.seconds = time.perf_counter() - t0
    report.failed = sorted(set(failed))
    writer.update(complete=True, failed=report.failed, stats=stats)
    return report


@contextlib.contextmanager
def local_cluster(workers: int | None = None) -> Iterator[str]:
    """A local Dask cluster for several :func:`generate` calls; yields its scheduler address.

    Workers keep their engine and audio model between calls, so a series of datasets starts only once::

        with local_cluster(2) as scheduler:
            for split in ("train", "val", "test"):
                generate("dexed", 1024, SPLIT_SEEDS[split], split, out[split], scheduler=scheduler)
    """
    with _client(workers, None) as (client, _):
        yield client.scheduler.address


class _client:
    """Context manager: a Dask client on a local cluster or an existing scheduler, and threads per worker."""

    def __init__(self, workers: int | None, scheduler: str | None):
        self.workers = workers or os.cpu_count() or 1
        self.scheduler = scheduler

    def __enter__(self):
        import dask
        from distributed import Client, LocalCluster

        # Dask's workers trim freed memory back to the OS past 64 KiB (MALLOC_TRIM_THRESHOLD_): every batch of
        # clips then page-faults its buffers afresh, which made embedding 2x slower here. Keep glibc's default.
        environ = {
            k: v
            for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items()
            if k != "MALLOC_TRIM_THRESHOLD_"
        }
        # Both cores compute, so every cycle Dask spends on itself is taken from rendering and embedding. Its
        # statistical profiler (a stack sample every 10 ms in each worker), system monitor (every 0.5 s) and
        # event-loop tick (every 20 ms) cost 0.7 s of CPU per worker and 1.1 s in the client over a 27 s,
        # 2-worker run of 4,096 Dexed presets: about 5% of the machine. Switched off or slowed down here, they
        # cost 0.1 s per worker and 0.5 s in the client; they feed Dask's dashboard, which a local run does
        # not start. (An existing cluster given by ``scheduler`` keeps its own settings.)
        dask.config.set(
            {
                "distributed.scheduler.allowed-failures": 0,
                "distributed.nanny.pre-spawn-environ": environ,
                "distributed.worker.profile.enabled": False,
                "distributed.admin.system-monitor.interval": "5s",
                "distributed.admin.tick.interval": "1s",
            }
        )
        for name in (
            "distributed",
            "distributed.scheduler",
            "distributed.nanny",
            "distributed.core",
            "distributed.http.proxy",
        ):
            logging.getLogger(name).setLevel(logging.ERROR)
        if self.scheduler:
            self.cluster = None
            self.client = Client(self.scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address="127.0.0.1:0",  # any free port: no "port 8787 in use" warning beside another run
                memory_limit=0,
                silence_logs=logging.ERROR,
                scheduler_kwargs={"dashboard": False},
            )
            self.client = Client(self.cluster)
        # One compute thread per worker process: embeddings are then bit-identical whatever the number of
        # workers (thread count changes float summation order), and workers scale across cores instead.
        return self.client, 1

    def __exit__(self, *exc):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        return False


class _Liveness:
    """Raises when the cluster has had no worker for ``grace_s`` seconds (they keep dying, or cannot start):
    waiting on would wait forever, while every finished chunk is already safe on disk."""

    def __init__(self, client, grace_s: float = 120.0):
        self.client = client
        self.grace_s = grace_s
        self.since: float | None = None

    def check(self) -> None:
        if self.client.nthreads():
            self.since = None
            return
        self.since = self.since or time.monotonic()
        if time.monotonic() - self.since > self.grace_s:
            raise StoreError(
                f"no Dask worker has been alive for {self.grace_s:.0f} s (workers keep dying or cannot "
                "start); finished chunks are saved: run the same command again to resume"
            )

    def result(self, fut) -> Any:
        """Wait for one future, checking that workers are alive; raises what the task raised."""
        while not _wait_some([fut]):
            self.check()
        return fut.result()


def _wait_some(futures: list, timeout_s: float = 1.0) -> set:
    """The futures done within ``timeout_s`` (at least one, or none when the time ran out)."""
    from distributed import wait

    try:
        return wait(futures, timeout=timeout_s, return_when="FIRST_COMPLETED").done
    except TimeoutError:  # distributed.wait raises instead of returning when nothing finished in time
        return set()


def run_in_flight(
    client, chunks: Iterable[int], submit: Callable[[int], Any], finish: Callable[[int, Any], None]
) -> None:
    """Keep at most two chunks per worker in flight; hand each finished future to ``finish(chunk, future)``.

    Two per worker keeps every worker busy while the client writes, bounds memory, and writes finished
    chunks early. ``finish`` runs in this process, in the order chunks finish; it must take the
    future's result (or its exception). Raises :class:`StoreError` when no worker has been alive for
    a while (see :class:`_Liveness`).
    """
    live = _Liveness(client)
    pending = iter(chunks)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    futures: dict[Any, int] = {}
    more = True
    while more or futures:
        while more and len(futures) < 2 * n_workers:
            c = next(pending, None)
            if c is None:
                more = False
                break
            futures[submit(c)] = c
        if not futures:
            break
        done = _wait_some(list(futures))
        if not done:
            live.check()
        for fut in done:
            finish(futures.pop(fut), fut)


def _run_chunks(
    client,
    spec: SynthSpec,
    settings: RenderSettings,
    model_name: str,
    seed: int,
    chunks: Iterable[int],
    rows_of: Callable[[int], range],
    keep_audio: bool,
    threads: int,
    record: Callable[[int, dict], None],
    failed: list[int],
    *,
    task: Callable | None = None,
    preset_timeout_s: float = 120.0,
    prior: BankMixPrior | None = None,
) -> None:
    """Submit chunks, record each as it finishes; isolate the presets of a chunk whose worker died or hung.

    A bank-mix prior is sent to every worker once (``scatter``), not with every chunk, and sent again when a
    dying worker took it along (a plugin that aborts on one preset: amsynth asserts on some pulse widths).
    """
    spec_dict, settings_dict = spec.to_dict(), settings.to_dict()
    task = task or generate_chunk
    shared = _Scattered(client, prior)
    submit = lambda idx, key: client.submit(  # noqa: E731
        task,
        spec_dict,
        settings_dict,
        model_name,
        seed,
        idx,
        keep_audio,
        threads,
        preset_timeout_s,
        shared.ref(),
        key=key,
        pure=False,
    )
    live = _Liveness(client)

    def finish(c: int, fut: Any) -> None:
        try:
            result = fut.result()
        except Exception as e:  # noqa: BLE001 - a crashed or restarted worker arrives as any exception type
            log.warning("chunk %d failed (%s); retrying its presets one by one", c, e)
            result = _isolate(spec, submit, live, seed, list(rows_of(c)), failed, prior)
        record(c, result)

    run_in_flight(client, chunks, lambda c: submit(list(rows_of(c)), f"chunk-{seed}-{c}-{time.time_ns()}"), finish)


class _Scattered:
    """A value scattered to every worker, scattered again once the cluster has lost it.

    Dask keeps scattered data only on the workers: when the worker that held it dies, every task that
    needs it is cancelled, and so would be every chunk after it.
    """

    def __init__(self, client: Any, value: Any) -> None:
        self.client, self.value, self._ref = client, value, None

    def ref(self) -> Any:
        """The value's future on the cluster (``None`` for ``None``), scattered now if it was lost."""
        if self.value is None:
            return None
        if self._ref is None or self._ref.status != "finished":
            self._ref = self.client.scatter(self.value, broadcast=True, hash=False)
        return self._ref


def _isolate(
    spec: SynthSpec,
    submit,
    live: _Liveness,
    seed: int,
    rows: list[int],
    failed: list[int],
    prior: BankMixPrior | None = None,
) -> dict[str, Any]:
    """Run each preset of a failed chunk alone, twice at most (each time on a live worker); failures get NaN rows."""
    parts: list[dict[str, Any]] = []
    for i in rows:
        result = None
        for attempt in range(2):
            try:
                result = live.result(submit([i], f"preset-{seed}-{i}-{attempt}-{time.time_ns()}"))
                break
            except StoreError:
                raise  # no worker left at all: stop, finished chunks are on disk
            except Exception as e:  # noqa: BLE001 - whatever the task or its dying worker raised
                log.warning("preset %d failed on attempt %d: %r", i, attempt + 1, e)
        if result is None:
            failed.append(i)
        parts.append(result if result is not None else {"failed": i})
    ok = [p for p in parts if "arrays" in p]
    if not ok:
        raise StoreError(f"every preset of chunk {rows[0]}..{rows[-1]} failed; is the synth working at all?")
    template = ok[0]["arrays"]
    arrays: dict[str, list] = {k: [] for k in template}
    stats: dict[str, Any] = {}
    for i, p in zip(rows, parts):
        if "arrays" in p:
            for k in arrays:
                arrays[k].append(p["arrays"][k])
            merge_stats(stats, p["stats"])
        else:
            arrays["presets"].append(prior_preset(spec, seed, i, 0, prior)[None])
            for k in arrays:
                if k != "presets":
                    arrays[k].append(np.full_like(template[k][:1], np.nan))
    stats["failed"] = [i for i, p in zip(rows, parts) if "arrays" not in p]
    return {"arrays": {k: np.concatenate(v) for k, v in arrays.items()}, "stats": stats}
