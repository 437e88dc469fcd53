"""End-to-end generation speed: presets/s with 1 and 2 workers next to the raw render and embedding rates.

    python benchmarks/generate.py [--synths dexed amsynth] [--size 4096] [--repeats 5]
        [--json results/bench_generate-<cpu kind>.json]

Measured in the same run, each on one core (one process, one thread):

- raw render rate: every 16th preset of the dataset the pipeline generates, rendered with the level filter
  (rejected draws included, as generation does them), presets/s;
- raw embedding rate: the audio model on those renders, in the pipeline's batches, clips/s (best of 3 passes);
- pipeline: ``synthproxy.generate.generate`` on a local Dask cluster with 1 and 2 workers, steady state:
  the sum of the workers' own rates, each from the end of its first chunk to the end of its last, so
  neither the first round nor the drain (workers idle at the end, out of chunks) counts. The chunk
  task is ``generate_chunk`` plus the worker's process id in its stats. Both clusters are started, and
  their workers have loaded the engine and the audio model, before the first measurement (as in a long
  run, and as ``synthproxy.generate.local_cluster`` does for a series of datasets); the cluster not
  being measured sits idle.

Each worker renders then embeds its chunk, so one worker runs at 1 / (1/R + 1/E) and two workers on two
cores at twice that, which is at least min(R, E): the targets are pipeline(2 workers) >= 0.9 x the slower
raw rate, and pipeline(2 workers) >= 1.8 x pipeline(1 worker).

Speeds on a shared VM move by 10-40% from one minute to the next, so the whole measurement is repeated
``--repeats`` times, alternating which pipeline runs first, and the medians are reported with every run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402

from synthproxy import audio_models  # noqa: E402
from synthproxy.generate import EMBED_BATCH, embed_clips, generate, generate_chunk, local_cluster  # noqa: E402
from synthproxy.io import versions, write_json  # noqa: E402
from synthproxy.machine import cpu_info  # noqa: E402
from synthproxy.render import PresetRejected, RenderSettings, sample_audible_preset  # noqa: E402
from synthproxy.store import read_manifest  # noqa: E402
from synthproxy.synths import availability, open_engine  # noqa: E402


def raw_render_rate(synth: str, settings: RenderSettings, indices: range, seed: int) -> tuple[float, float, list]:
    """Presets/s of rendering presets ``indices`` of dataset ``seed`` with the level filter on one core;
    also the mean draws per preset and the clips."""
    engine = open_engine(synth, settings)
    sample_audible_preset(engine, seed, indices[0])  # warm-up
    t = time.perf_counter()
    samples = []
    for i in indices:
        try:
            samples.append(sample_audible_preset(engine, seed, i))
        except PresetRejected:  # no audible draw: generation spends the draws and drops the preset, so do we
            pass
    dt = time.perf_counter() - t
    return len(samples) / dt, float(np.mean([s.attempts for s in samples])), [s.audio for s in samples]


def raw_embed_rate(model, clips: list, passes: int = 3) -> float:
    """Clips/s of the audio model on one thread, in the pipeline's batch size: the best of ``passes`` passes
    after a warm-up batch (a bound: one pass moves by up to 30% on this VM)."""
    embed_clips(model, clips[:EMBED_BATCH])
    best = 0.0
    for _ in range(passes):
        t = time.perf_counter()
        embed_clips(model, clips)
        best = max(best, len(clips) / (time.perf_counter() - t))
    return best


def steady_rate(stamps: list[tuple[float, int, int]], workers: int) -> float:
    """Presets/s of ``workers`` workers in steady state: the sum of each worker's own rate.

    ``stamps`` holds (time, rows, worker) per finished chunk. A worker's rate is the rows of its chunks
    after its first, over the time from its first chunk's end to its last's: the first round and the
    drain (workers idle at the end, waiting for the last chunks) are left out, and unlike a count of
    all chunks finished in a common window it is not biased by workers finishing chunks in step.
    """
    by_worker: dict[int, list[tuple[float, int]]] = {}
    for t, rows, w in stamps:
        by_worker.setdefault(w, []).append((t, rows))
    if len(by_worker) != workers or min(len(v) for v in by_worker.values()) < 2:
        raise ValueError(
            f"{len(stamps)} chunks over {len(by_worker)} workers: every one of {workers} workers needs "
            "2 chunks or more; raise --size"
        )
    total = 0.0
    for v in by_worker.values():
        v.sort()
        total += sum(r for _, r in v[1:]) / (v[-1][0] - v[0][0])
    return total


def _chunk_naming_its_worker(*args, **kwargs) -> dict:
    """``generate_chunk``, its stats also naming the worker process that ran it (for per-worker rates)."""
    result = generate_chunk(*args, **kwargs)
    result["stats"]["worker"] = os.getpid()
    return result


def scratch_run(synth: str, size: int, seed: int, scheduler: str, model: str, chunk: int, **kwargs) -> dict:
    """generate() into a temporary store on the cluster at ``scheduler``; the store's manifest (the store is
    deleted)."""
    with tempfile.TemporaryDirectory(prefix="bench-gen-", ignore_cleanup_errors=True) as tmp:
        store = Path(tmp) / "store"
        generate(
            synth,
            size,
            seed,
            "train",
            store,
            audio_model=model,
            scheduler=scheduler,
            chunk_size=chunk,
            progress=False,
            **kwargs,
        )
        return read_manifest(store)


def pipeline_rate(synth: str, size: int, scheduler: str, workers: int, model: str, chunk: int, seed: int) -> float:
    """Steady-state presets/s of generate() on the warm local cluster at ``scheduler`` of ``workers`` workers."""
    stamps: dict[int, float] = {}
    chunks = scratch_run(
        synth,
        size,
        seed,
        scheduler,
        model,
        chunk,
        _task=_chunk_naming_its_worker,
        on_chunk=lambda c: stamps.__setitem__(c, time.perf_counter()),
    )["chunks"]
    return steady_rate(
        [(t, chunks[str(c)]["rows"], chunks[str(c)]["stats"]["worker"]) for c, t in stamps.items()], workers
    )


def measure(synth: str, model, args, repeat: int, schedulers: dict[int, str]) -> dict:
    """One run of all four measurements; the pipelines' order alternates with ``repeat``."""
    settings = RenderSettings(sample_rate=model.sample_rate)
    r_render, draws, clips = raw_render_rate(synth, settings, range(0, args.size, args.size // args.raw), args.seed)
    r_embed = raw_embed_rate(model, clips)
    p = {}
    for w in (1, 2) if repeat % 2 == 0 else (2, 1):
        p[w] = pipeline_rate(synth, args.size, schedulers[w], w, args.audio_model, args.chunk, args.seed)
    return {
        "raw_render_per_s": r_render,
        "draws_per_preset": draws,
        "raw_embed_per_s": r_embed,
        "pipeline_1_worker_per_s": p[1],
        "pipeline_2_workers_per_s": p[2],
        "ratio_2_workers_to_slower_raw": p[2] / min(r_render, r_embed),
        "ratio_2_to_1_workers": p[2] / p[1],
    }


@contextlib.contextmanager
def warm_clusters(synth: str, args) -> Iterator[dict[int, str]]:
    """A local Dask cluster of 1 worker and one of 2, each worker with its engine and audio model loaded;
    yields their scheduler addresses by worker count."""
    with local_cluster(1) as one, local_cluster(2) as two:
        schedulers = {1: one, 2: two}
        for w, address in schedulers.items():
            scratch_run(synth, 2 * w * args.chunk, args.seed + 1, address, args.audio_model, args.chunk)
        yield schedulers


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synths", nargs="+", default=["dexed", "amsynth"])
    ap.add_argument("--size", type=int, default=4096, help="presets per pipeline run")
    ap.add_argument("--raw", type=int, default=256, help="presets for the raw rates (spread over the dataset)")
    ap.add_argument("--chunk", type=int, default=256, help="presets per chunk (generate's default)")
    ap.add_argument("--repeats", type=int, default=5, help="runs of the whole measurement; medians are reported")
    ap.add_argument("--audio-model", default="aisfx")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--json")
    args = ap.parse_args()
    torch.set_num_threads(1)
    model = audio_models.load(args.audio_model)
    results = []
    for synth in args.synths:
        a = availability(synth)
        if not a.available:
            print(f"{synth}: skipped ({a.reason})")
            continue
        runs = []
        with warm_clusters(synth, args) as schedulers:
            for k in range(args.repeats):
                runs.append(measure(synth, model, args, k, schedulers))
                print(f"{synth:<8} run {k + 1}: " + _line(runs[-1]), flush=True)
        # ratios of the medians: each median is the typical rate of its own measurement
        med = {key: float(np.median([r[key] for r in runs])) for key in runs[0]}
        med["ratio_2_workers_to_slower_raw"] = med["pipeline_2_workers_per_s"] / min(
            med["raw_render_per_s"], med["raw_embed_per_s"]
        )
        med["ratio_2_to_1_workers"] = med["pipeline_2_workers_per_s"] / med["pipeline_1_worker_per_s"]
        print(f"{synth:<8} median: " + _line(med), flush=True)
        results.append(
            {
                "synth": synth,
                "audio_model": args.audio_model,
                "render_length_s": RenderSettings(sample_rate=model.sample_rate).render_length_s,
                **_rounded(med),
                "repeats": args.repeats,
                "runs": [_rounded(r) for r in runs],
            }
        )
    if args.json:
        info = cpu_info()
        write_json(
            args.json,
            {
                "benchmark": "generate",
                "size": args.size,
                "chunk": args.chunk,
                "raw": args.raw,
                "results": results,
                "versions": versions(),
                "cpu": os.cpu_count(),
                "cpu_model": info["model"],
                "cpu_info": info,
            },
        )


def _rounded(r: dict) -> dict:
    return {k: round(v, 3 if k.startswith("ratio") else 2 if k.startswith("draws") else 1) for k, v in r.items()}


def _line(r: dict) -> str:
    return (
        f"raw render {r['raw_render_per_s']:6.1f}/s ({r['draws_per_preset']:.2f} draws/preset)  "
        f"raw embed {r['raw_embed_per_s']:6.1f}/s  pipeline 1 worker {r['pipeline_1_worker_per_s']:6.1f}/s  "
        f"2 workers {r['pipeline_2_workers_per_s']:6.1f}/s  2w/slower raw {r['ratio_2_workers_to_slower_raw']:.2f}  "
        f"2w/1w {r['ratio_2_to_1_workers']:.2f}"
    )


if __name__ == "__main__":
    main()
