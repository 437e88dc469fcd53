"""Audible random Dexed presets per second, with and without the DX7 level bound, in the same run.

    python benchmarks/level_bound.py [--n 200] [--repeats 3] [--json results/bench_level_bound-<cpu kind>.json]

Both loops draw presets ``0 .. n-1`` of one dataset seed with :func:`synthproxy.render.sample_audible_preset`
(the generation's level filter: draws until 0.01 < RMS < 1). "bound" is the default path, where the dexed
engine skips the render of a draw :func:`synthproxy.synths.dexed_level.peak_bound` proves silent; "render"
passes the render function explicitly, which disables the bound, so every draw is rendered. Both keep the
same presets with the same audio (checked here, and in ``tests/test_dexed_level.py``). Each loop runs
``--repeats`` times alternately on one core; the best run of each is kept.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from synthproxy.constants import MAX_SAMPLING_ATTEMPTS  # noqa: E402
from synthproxy.io import versions, write_json  # noqa: E402
from synthproxy.machine import cpu_info  # noqa: E402
from synthproxy.render import PresetRejected, SampledPreset, render_preset, sample_audible_preset  # noqa: E402
from synthproxy.synths import open_engine  # noqa: E402

SEED = 500


def run(engine, n: int, bounded: bool) -> tuple[float, list]:
    """Presets per second over presets 0..n-1 of dataset ``SEED``, and the sampled presets."""
    render = None if bounded else render_preset
    t = time.perf_counter()
    out = [_sample(engine, i, render) for i in range(n)]
    return n / (time.perf_counter() - t), out


def _sample(engine, index: int, render) -> SampledPreset:
    """Preset ``index`` as generation samples it; a preset without an audible draw keeps no preset or audio."""
    try:
        return sample_audible_preset(engine, SEED, index, render=render)
    except PresetRejected:
        empty = np.zeros(0, np.float32)
        return SampledPreset(index, empty, empty, MAX_SAMPLING_ATTEMPTS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    engine = open_engine("dexed")
    runs: dict[str, list[float]] = {"bound": [], "render": []}
    kept: dict[str, list] = {}
    for r in range(args.repeats):
        for name in ("bound", "render") if r % 2 == 0 else ("render", "bound"):
            rate, kept[name] = run(engine, args.n, name == "bound")
            runs[name].append(round(rate, 1))
    same = all(
        a.attempts == b.attempts and np.array_equal(a.preset, b.preset) and np.array_equal(a.audio, b.audio)
        for a, b in zip(kept["bound"], kept["render"], strict=True)
    )
    draws = sum(s.attempts for s in kept["bound"])
    skipped = sum(
        engine.known_silent(engine.spec.to_values(p), 0.01)
        for p in _all_draws(engine, kept["bound"])  # the draws the bound spared a render
    )
    result = {
        "synth": "dexed",
        "presets": args.n,
        "draws": draws,
        "renders_skipped": int(skipped),
        "bound_per_s": max(runs["bound"]),
        "render_per_s": max(runs["render"]),
        "speedup": round(max(runs["bound"]) / max(runs["render"]), 2),
        "runs_bound": runs["bound"],
        "runs_render": runs["render"],
        "same_presets_and_audio": same,
    }
    print(result)
    if args.json:
        write_json(args.json, {"benchmark": "level_bound", "results": [result], "versions": versions(),
                               "cpu_info": cpu_info()})  # fmt: skip


def _all_draws(engine, sampled: list) -> list[np.ndarray]:
    """Every draw the sampled presets went through (the kept one last; all of them for a rejected preset)."""
    from synthproxy.presets.bank_prior import prior_preset

    return [prior_preset(engine.spec, SEED, s.index, a, None) for s in sampled for a in range(s.attempts)]


if __name__ == "__main__":
    main()
