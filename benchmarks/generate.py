"""End-to-end generation speed: presets/s with 1 and 2 workers next to the raw render and embedding rates.

    python benchmarks/generate.py [--synths dexed amsynth] [--size 4096] [--json results/bench_generate.json]

Measured in the same run, each on one core (one process, one thread):

- raw render rate: random presets of the dataset rendered with the level filter (rejected draws
  included, as generation does them), presets/s;
- raw embedding rate: the audio model on clips of the render length, in the pipeline's batches, clips/s;
- pipeline: ``synthproxy.generate.generate`` on a local Dask cluster with 1 and 2 workers, steady state
  (from the end of the first round of chunks, one per worker, to the last chunk, so cluster start-up and
  model loading are excluded).

Each worker renders then embeds its chunk, so one worker runs at 1 / (1/R + 1/E) and two workers on two
cores at twice that, which is at least min(R, E): the targets are pipeline(2 workers) >= 0.9 x the slower
raw rate, and pipeline(2 workers) >= 1.8 x pipeline(1 worker).
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


def raw_render_rate(synth: str, settings: RenderSettings, n: int, seed: int) -> tuple[float, float, list]:
    """Presets/s of rendering with the level filter on one core; also mean draws per preset and the clips."""
    engine = open_engine(synth, settings)
    t = time.perf_counter()
    samples = [sample_audible_preset(engine, seed, i) for i in range(n)]
    dt = time.perf_counter() - t
    return n / dt, float(np.mean([s.attempts for s in samples])), [s.audio for s in samples]


def raw_embed_rate(model, clips: list, repeats: int = 3) -> float:
    """Clips/s of the audio model on one thread, in the pipeline's batch size (best of ``repeats``)."""
    embed_clips(model, clips[:EMBED_BATCH])  # warm-up
    best = 0.0
    for _ in range(repeats):
        t = time.perf_counter()
        embed_clips(model, clips)
        best = max(best, len(clips) / (time.perf_counter() - t))
    return best


def pipeline_rate(synth: str, size: int, workers: int, model: str, chunk: int, seed: int) -> float:
    """Steady-state presets/s of generate() with ``workers`` local workers."""
    stamps: list[tuple[float, int]] = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-gen-"))
    try:
        generate(synth, size, seed, "train", tmp / "store", audio_model=model, workers=workers, chunk_size=chunk,
                 progress=False, on_chunk=lambda c: stamps.append((time.perf_counter(), c)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # steady state: from the end of the first round (one chunk per worker) to the last chunk
    times = sorted(t for t, _ in stamps)
    return chunk * (len(times) - workers) / (times[-1] - times[workers - 1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synths", nargs="+", default=["dexed", "amsynth"])
    ap.add_argument("--size", type=int, default=4096, help="presets per pipeline run")
    ap.add_argument("--raw", type=int, default=256, help="presets for the raw rates")
    ap.add_argument("--chunk", type=int, default=256, help="presets per chunk (generate's default)")
    ap.add_argument("--audio-model", default="aisfx")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--json")
    args = ap.parse_args()
    torch.set_num_threads(1)
    model = audio_models.load(args.audio_model)
    settings = RenderSettings(sample_rate=model.sample_rate)
    results = []
    for synth in args.synths:
        a = availability(synth)
        if not a.available:
            print(f"{synth}: skipped ({a.reason})")
            continue
        r_render, draws, clips = raw_render_rate(synth, settings, args.raw, args.seed)
        r_embed = raw_embed_rate(model, clips)
        p1 = pipeline_rate(synth, args.size, 1, args.audio_model, args.chunk, args.seed)
        p2 = pipeline_rate(synth, args.size, 2, args.audio_model, args.chunk, args.seed)
        slower = min(r_render, r_embed)
        row = {
            "synth": synth, "audio_model": args.audio_model, "render_length_s": settings.render_length_s,
            "raw_render_per_s": round(r_render, 1), "draws_per_preset": round(draws, 2), "raw_embed_per_s": round(r_embed, 1),
            "pipeline_1_worker_per_s": round(p1, 1), "pipeline_2_workers_per_s": round(p2, 1),
            "ratio_2_workers_to_slower_raw": round(p2 / slower, 3), "ratio_2_to_1_workers": round(p2 / p1, 3),
        }
        results.append(row)
        print(f"{synth:<8} raw render {r_render:6.1f}/s ({draws:.2f} draws/preset)  raw embed {r_embed:6.1f}/s  "
              f"pipeline 1 worker {p1:6.1f}/s  2 workers {p2:6.1f}/s  "
              f"2w/slower raw {p2 / slower:.2f}  2w/1w {p2 / p1:.2f}")
    if args.json:
        write_json(args.json, {"benchmark": "generate", "results": results, "versions": versions(), "cpu": os.cpu_count()})


if __name__ == "__main__":
    main()
