"""End-to-end generation speed: presets/s with 1 and 2 workers next to the raw render and embedding rates.

    python benchmarks/generate.py [--synths dexed amsynth] [--size 4096] [--repeats 3] [--json results/bench_generate.json]

Measured in the same run, each on one core (one process, one thread):

- raw render rate: every 16th preset of the dataset the pipeline generates, rendered with the level filter
  (rejected draws included, as generation does them), presets/s;
- raw embedding rate: the audio model on those renders, in the pipeline's batches, clips/s (best of 3 passes);
- pipeline: ``synthproxy.generate.generate`` on a local Dask cluster with 1 and 2 workers, steady state:
  chunks finished while every worker was busy, i.e. after the first round of chunks (one per worker:
  cluster start-up and model loading) and before the last (the drain, where workers run out of chunks).

Each worker renders then embeds its chunk, so one worker runs at 1 / (1/R + 1/E) and two workers on two
cores at twice that, which is at least min(R, E): the targets are pipeline(2 workers) >= 0.9 x the slower
raw rate, and pipeline(2 workers) >= 1.8 x pipeline(1 worker).

Speeds on a shared VM move by 10-40% from one minute to the next, so the whole measurement is repeated
``--repeats`` times, alternating which pipeline runs first, and the medians are reported with every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402

from synthproxy import audio_models  # noqa: E402
from synthproxy.generate import EMBED_BATCH, embed_clips, generate  # noqa: E402
from synthproxy.io import versions, write_json  # noqa: E402
from synthproxy.presets.sampling import sample_audible_preset  # noqa: E402
from synthproxy.render import RenderSettings  # noqa: E402
from synthproxy.synths import availability, open_engine  # noqa: E402


def raw_render_rate(synth: str, settings: RenderSettings, indices: range, seed: int) -> tuple[float, float, list]:
    """Presets/s of rendering presets ``indices`` of dataset ``seed`` with the level filter on one core;
    also the mean draws per preset and the clips."""
    engine = open_engine(synth, settings)
    sample_audible_preset(engine, seed, indices[0])  # warm-up
    t = time.perf_counter()
    samples = [sample_audible_preset(engine, seed, i) for i in indices]
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


def steady_rate(stamps: list[tuple[float, int]], workers: int) -> float:
    """Presets/s over the chunks finished while all ``workers`` were busy.

    ``stamps`` holds (time, rows) per finished chunk. The window runs from the end of the first round (the
    ``workers``-th chunk) to the start of the drain (the ``workers``-th last chunk): with one worker, from
    the first chunk to the last.
    """
    stamps = sorted(stamps)
    if len(stamps) < 2 * workers:
        raise ValueError(f"{len(stamps)} chunks are too few to see {workers} workers all busy; raise --size")
    first, last = workers - 1, len(stamps) - workers
    return sum(r for _, r in stamps[first + 1 : last + 1]) / (stamps[last][0] - stamps[first][0])


def pipeline_rate(synth: str, size: int, workers: int, model: str, chunk: int, seed: int) -> float:
    """Steady-state presets/s of generate() with ``workers`` local workers."""
    stamps: list[tuple[float, int]] = []
    rows = lambda c: min(size, (c + 1) * chunk) - c * chunk  # noqa: E731
    tmp = Path(tempfile.mkdtemp(prefix="bench-gen-"))
    try:
        generate(synth, size, seed, "train", tmp / "store", audio_model=model, workers=workers, chunk_size=chunk,
                 progress=False, on_chunk=lambda c: stamps.append((time.perf_counter(), rows(c))))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return steady_rate(stamps, workers)


def measure(synth: str, model, args, repeat: int) -> dict:
    """One run of all four measurements; the pipelines' order alternates with ``repeat``."""
    settings = RenderSettings(sample_rate=model.sample_rate)
    r_render, draws, clips = raw_render_rate(synth, settings, range(0, args.size, args.size // args.raw), args.seed)
    r_embed = raw_embed_rate(model, clips)
    p = {}
    for w in ((1, 2) if repeat % 2 == 0 else (2, 1)):
        p[w] = pipeline_rate(synth, args.size, w, args.audio_model, args.chunk, args.seed)
    return {"raw_render_per_s": r_render, "draws_per_preset": draws, "raw_embed_per_s": r_embed,
            "pipeline_1_worker_per_s": p[1], "pipeline_2_workers_per_s": p[2],
            "ratio_2_workers_to_slower_raw": p[2] / min(r_render, r_embed), "ratio_2_to_1_workers": p[2] / p[1]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synths", nargs="+", default=["dexed", "amsynth"])
    ap.add_argument("--size", type=int, default=4096, help="presets per pipeline run")
    ap.add_argument("--raw", type=int, default=256, help="presets for the raw rates (spread over the dataset)")
    ap.add_argument("--chunk", type=int, default=256, help="presets per chunk (generate's default)")
    ap.add_argument("--repeats", type=int, default=3, help="runs of the whole measurement; medians are reported")
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
        for k in range(args.repeats):
            runs.append(measure(synth, model, args, k))
            print(f"{synth:<8} run {k + 1}: " + _line(runs[-1]), flush=True)
        # ratios of the medians: each median is the typical rate of its own measurement
        med = {key: float(np.median([r[key] for r in runs])) for key in runs[0]}
        med["ratio_2_workers_to_slower_raw"] = med["pipeline_2_workers_per_s"] / min(med["raw_render_per_s"],
                                                                                      med["raw_embed_per_s"])
        med["ratio_2_to_1_workers"] = med["pipeline_2_workers_per_s"] / med["pipeline_1_worker_per_s"]
        print(f"{synth:<8} median: " + _line(med), flush=True)
        results.append({"synth": synth, "audio_model": args.audio_model, "render_length_s": RenderSettings(sample_rate=model.sample_rate).render_length_s,
                        **_rounded(med), "repeats": args.repeats, "runs": [_rounded(r) for r in runs]})
    if args.json:
        write_json(args.json, {"benchmark": "generate", "size": args.size, "chunk": args.chunk, "raw": args.raw,
                               "results": results, "versions": versions(), "cpu": os.cpu_count(), "cpu_model": _cpu_model()})


def _rounded(r: dict) -> dict:
    return {k: round(v, 3 if k.startswith("ratio") else 2 if k.startswith("draws") else 1) for k, v in r.items()}


def _line(r: dict) -> str:
    return (f"raw render {r['raw_render_per_s']:6.1f}/s ({r['draws_per_preset']:.2f} draws/preset)  "
            f"raw embed {r['raw_embed_per_s']:6.1f}/s  pipeline 1 worker {r['pipeline_1_worker_per_s']:6.1f}/s  "
            f"2 workers {r['pipeline_2_workers_per_s']:6.1f}/s  2w/slower raw {r['ratio_2_workers_to_slower_raw']:.2f}  "
            f"2w/1w {r['ratio_2_to_1_workers']:.2f}")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


if __name__ == "__main__":
    main()
