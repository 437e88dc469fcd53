"""Speed of the evaluation protocol: 100 random pools of 4,096 items, before (torch) and after (compiled kernels).

Usage::

    python benchmarks/metrics.py [--sizes 4096 16384 65536] [--dim 512] [--pool 4096] [--subsets 100]
                                 [--before-subsets 10] [--threads T] [--json OUT]

For each set size ``n``, :func:`synthproxy.metrics.retrieval_scores` (L1, preset-to-audio, seed 42)
is timed end to end on ``n`` random ``dim``-d embedding pairs:

- *before*: ``metrics.USE_COMPILED = False``, the torch implementation (``torch.cdist`` blocks, the
  full-matrix strategy when pools overlap). When ``n`` is large enough for one matrix per pool
  (``n**2 >= subsets * pool**2``), only ``--before-subsets`` pools are timed and the time is scaled
  to ``subsets`` pools (each pool costs the same); the JSON says so (``before_measured_subsets``).
- *after*: the compiled kernels of :mod:`synthproxy.rank_kernels`, all ``subsets`` pools, on two
  kinds of data: *independent* (preset and audio embeddings unrelated: every candidate must be
  summed over all dimensions, the kernels' worst case) and *paired* (audio + Gaussian noise, MRR about
  0.65 at 4,096, like a usable encoder; the exact early exit can skip work when a preset's match is
  much closer than the other candidates, which in 512 Gaussian dimensions it is not).

Both paths must give identical scores (checked on the pools timed before, and on two pools of the
paired data; the run fails otherwise).
A set of ``n <= pool`` items is a single pool (the protocol's rule), so "100 pools of 4,096" from a
4,096-item set is one pool. Threads: torch's (``--threads``), which the kernels follow.

Measured in one session on this 2-core Xeon VM (AVX-512; torch 2.9.1, numba 0.68.1), 512-d, pools of
4,096, 100 pools, torch's 2 threads, while training and generation jobs kept the load average at
9.5-11.3 on the 2 cores (**every number is noisy**; an idle machine is several times faster for
both paths)::

        n  strategy             data         before s  after s  speed-up  identical
     4096  whole set (1 pool)   independent      11.5      2.6      4.3x  True
     4096  whole set (1 pool)   paired           11.5      1.2      9.4x  True
    16384  full matrix once     independent     125.2     12.8      9.8x  True
    16384  full matrix once     paired          125.2     14.1      8.9x  True
    65536  one matrix per pool  independent     573.7     76.3      7.5x  True   (before: 10 pools, scaled)
    65536  one matrix per pool  paired          573.7     79.3      7.2x  True   (before: 10 pools, scaled)

Per core, measured as CPU time (less sensitive to the load): one 4,096 x 4,096 x 512 pool takes
0.70 s in the kernels (5.8 pair-dimensions per cycle at 2.1 GHz, 256-bit vectors) against 5.3 s in
``torch.cdist`` (0.8 per cycle), so on 2 idle cores the 65,536-item case should take about 35 s
instead of about 4.5 min. What mattered: SIMD across candidates (never across dimensions, which
would reorder the sums); copying each block of 64 candidates into a contiguous (dim, 64) array
first (reading them in place, 16 KiB apart, thrashed the caches: ~1 pair-dimension per cycle);
no array views inside the inner loops (reference counting); branch-free counting. 512-bit vectors
(``-prefer-256-bit``) gave 10-20 % more and were left out (they need a process-wide numba setting).

Shown in use in ``notebooks/04_evaluate.ipynb`` (through :func:`synthproxy.metrics.retrieval_scores`).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthproxy import metrics  # noqa: E402

#: Noise added to the audio embeddings to make the "paired" predictions (MRR ~0.65 at pools of 4,096, 512-d).
PAIRED_NOISE: float = 5.0
DEFAULT_SIZES: tuple[int, ...] = (4096, 16384, 65536)


def embeddings(n: int, dim: int, kind: str, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``(preset_emb, audio_emb)``, each (n, dim) float32: independent, or audio plus noise ("paired")."""
    rng = np.random.default_rng(seed)
    audio = rng.standard_normal((n, dim), dtype=np.float32)
    noise = rng.standard_normal((n, dim), dtype=np.float32)
    return (noise if kind == "independent" else audio + np.float32(PAIRED_NOISE) * noise), audio


def timed(compiled: bool, preset: np.ndarray, audio: np.ndarray, **kw) -> tuple[float, dict]:
    """Seconds and result of one ``retrieval_scores`` call on the chosen path."""
    metrics.USE_COMPILED = compiled
    try:
        t0 = time.perf_counter()
        r = metrics.retrieval_scores(preset, audio, **kw)
        return time.perf_counter() - t0, r
    finally:
        metrics.USE_COMPILED = True


def strategy(n: int, pool: int, subsets: int) -> str:
    """Which exact strategy the protocol uses for this size."""
    if n <= pool:
        return "whole set (1 pool)"
    return "full matrix once" if n * n < subsets * pool * pool else "one matrix per pool"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table; return 0 when both paths agree, else 1."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="set sizes n")
    ap.add_argument("--dim", type=int, default=512, help="embedding size (aisfx: 512)")
    ap.add_argument("--pool", type=int, default=metrics.EVAL_POOL_SIZE)
    ap.add_argument("--subsets", type=int, default=metrics.EVAL_SUBSETS)
    ap.add_argument(
        "--before-subsets",
        type=int,
        default=10,
        help="pools timed on the torch path when each pool is its own matrix (scaled to --subsets)",
    )
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    ap.add_argument("--json", type=Path, default=None, help="write results here (e.g. results/bench_metrics-avx2.json)")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    kw = dict(pool=args.pool, seed=metrics.EVAL_SEED, direction="preset_to_audio", metric="l1")

    # warm-up: load (or compile) the kernels once, outside the timings
    warm_p, warm_a = embeddings(512, args.dim, "independent", seed=1)
    timed(True, warm_p, warm_a, subsets=2, **{**kw, "pool": 256})
    load_before = os.getloadavg()
    rows, ok = [], True
    print(f"{'n':>7} {'strategy':<21} {'data':<12} {'before s':>9} {'after s':>8} {'speed-up':>8}  {'MRR':>6}  same")
    for n in args.sizes:
        strat = strategy(n, args.pool, args.subsets)
        per_pool = strat == "one matrix per pool"
        before_subsets = min(args.before_subsets, args.subsets) if per_pool else args.subsets
        before_s = None
        for kind in ("independent", "paired"):
            preset, audio = embeddings(n, args.dim, kind)
            if before_s is None:  # torch's time does not depend on the data: timed once, on the first kind
                t, before = timed(False, preset, audio, subsets=before_subsets, **kw)
                before_s = t * args.subsets / before_subsets
                same = timed(True, preset, audio, subsets=before_subsets, **kw)[1] == before
            else:  # other data: same scores on two pools
                same = timed(True, preset, audio, subsets=2, **kw)[1] == timed(False, preset, audio, subsets=2, **kw)[1]
            ok &= same
            after_s, after = timed(True, preset, audio, subsets=args.subsets, **kw)
            row = {
                "n": n,
                "dim": args.dim,
                "pool": after["pool"],
                "subsets": after["subsets"],
                "strategy": strat,
                "data": kind,
                "before_s": round(before_s, 2),
                "before_measured_subsets": before_subsets if after["subsets"] > 1 else 1,
                "after_s": round(after_s, 2),
                "speedup": round(before_s / after_s, 1),
                "mrr": round(after["mrr"], 4),
                "identical": same,
            }
            rows.append(row)
            print(
                f"{n:>7} {strat:<21} {kind:<12} {before_s:>9.1f} {after_s:>8.2f} {row['speedup']:>7.1f}x  "
                f"{after['mrr']:>6.4f}  {same}"
                + (
                    ""
                    if before_subsets == args.subsets or not per_pool
                    else f"  (before: {before_subsets} pools timed, scaled)"
                ),
                flush=True,
            )
    load_after = os.getloadavg()
    print(
        f"load average before/after: {load_before[0]:.2f}/{load_after[0]:.2f} on {os.cpu_count()} cores "
        "(other processes share the CPU: numbers are noisy)"
    )
    if args.json:
        import numba

        from synthproxy.io import write_json
        from synthproxy.machine import cpu_info

        machine = {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "numba": numba.__version__,
            "cpu": platform.machine(),
            "cores": os.cpu_count(),
            "torch_threads": torch.get_num_threads(),
            "capability": torch.backends.cpu.get_cpu_capability(),
            "load_before": load_before,
            "load_after": load_after,
        }
        write_json(
            args.json,
            {
                "machine": machine,
                "cpu_info": cpu_info(),
                "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
                "rows": rows,
                "ok": ok,
            },
        )
        print(f"wrote {args.json}")
    if not ok:
        print("FAILED: the compiled kernels' scores differ from torch's")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
