"""Renders per second per synth: through synthproxy vs. calling the host directly, in the same run.

    python benchmarks/render.py [--synths dexed amsynth talnm] [--n 200] [--repeats 3]
        [--json results/bench_render-<cpu kind>.json]

"ours" renders random preset vectors with :func:`synthproxy.render.render_preset` (spec -> values ->
engine -> mono mix, fade-out, NaN check). "direct" renders the same presets by calling the host with
everything prepared beforehand: dexed-py ``DexedSynth.load_patch`` + ``render`` on pre-built patches;
DawDreamer ``set_parameter`` for every parameter + ``add_midi_note`` + ``render`` + ``get_audio``.
A third measure, "engine", calls the engine's ``render_values`` on precomputed values: the gap between it
and "direct" is what the engine adds to the host calls (for plugins: flushing voices, tails and the
limiter before each render so that a render never depends on the previous one, which the plain direct
loop does not guarantee; for TAL-NoiseMaker, whose patched build resets itself on All Sound Off, only a MIDI
file and the libc srand); the gap between "ours" and "engine" is synthproxy's Python layer.
Each runs ``--repeats`` times alternately on one core; the best run of each is kept (least disturbed by
other load). Overhead = direct rate / our rate - 1.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from synthproxy.io import versions, write_json  # noqa: E402
from synthproxy.machine import cpu_info  # noqa: E402
from synthproxy.presets.sampling import random_presets  # noqa: E402
from synthproxy.render import RenderSettings, render_preset  # noqa: E402
from synthproxy.synths import availability, get_spec, open_engine  # noqa: E402


def direct_dexed(spec, presets: np.ndarray, settings: RenderSettings):
    """A callable rendering all presets with plain dexed-py calls (patches built beforehand)."""
    import dexed

    from synthproxy.synths.dexed_engine import patch_from_values

    patches = [patch_from_values(v, spec) for v in spec.to_values(presets)]
    synth = dexed.DexedSynth(settings.sample_rate)

    def run() -> None:
        for p in patches:
            synth.load_patch(p)
            synth.render(settings.midi_note, settings.velocity, settings.note_hold_s, settings.render_length_s)

    return run


def direct_plugin(spec, presets: np.ndarray, settings: RenderSettings, path: str):
    """A callable rendering all presets with plain DawDreamer calls (values computed beforehand)."""
    import dawdreamer as daw

    engine = daw.RenderEngine(settings.sample_rate, settings.block_size)
    synth = engine.make_plugin_processor("synth", spec.plugin_uri or str(path))  # LV2 plugins load by URI
    engine.load_graph([(synth, [])])
    indices = [p.index for p in spec.parameters]
    all_values = spec.to_values(presets)

    def run() -> None:
        for values in all_values:
            for i, v in zip(indices, values):
                synth.set_parameter(i, float(v))
            synth.clear_midi()
            synth.add_midi_note(settings.midi_note, settings.velocity, 0.0, settings.note_hold_s)
            engine.render(settings.render_length_s)
            engine.get_audio()

    return run


def rate(fn, n: int) -> float:
    """Presets per second of one call of ``fn`` rendering ``n`` presets."""
    t = time.perf_counter()
    fn()
    return n / (time.perf_counter() - t)


def bench(name: str, n: int, repeats: int, seed: int = 0) -> dict:
    """Our and the direct render rate for one synth."""
    from synthproxy.synths import plugin_path

    spec = get_spec(name)
    settings = RenderSettings()
    presets = random_presets(spec, seed, range(n))
    engine = open_engine(spec, settings)
    if spec.engine == "dexed":
        direct = direct_dexed(spec, presets, settings)
    else:
        direct = direct_plugin(spec, presets, settings, str(plugin_path(spec)))

    def ours() -> None:
        for x in presets:
            render_preset(engine, x)

    all_values = spec.to_values(presets)

    def engine_only() -> None:
        for v in all_values:
            engine.render_values(v)

    ours()  # warm-up (plugin load, caches)
    direct()
    r_ours, r_direct, r_engine = [], [], []
    for _ in range(repeats):
        r_direct.append(rate(direct, n))
        r_engine.append(rate(engine_only, n))
        r_ours.append(rate(ours, n))
    best_ours, best_direct, best_engine = max(r_ours), max(r_direct), max(r_engine)
    return {
        "synth": name,
        "presets": n,
        "render_length_s": settings.render_length_s,
        "sample_rate": settings.sample_rate,
        "ours_per_s": round(best_ours, 1),
        "engine_per_s": round(best_engine, 1),
        "direct_per_s": round(best_direct, 1),
        "overhead": round(best_direct / best_ours - 1, 4),
        "overhead_python_layer": round(best_engine / best_ours - 1, 4),
        "overhead_engine_state_reset": round(best_direct / best_engine - 1, 4),
        "runs_ours": [round(r, 1) for r in r_ours],
        "runs_direct": [round(r, 1) for r in r_direct],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synths", nargs="+", default=["dexed", "amsynth", "talnm"])
    ap.add_argument("--n", type=int, default=200, help="presets per run")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", help="write the results to this JSON file")
    args = ap.parse_args()
    results = []
    for name in args.synths:
        a = availability(name)
        if not a.available:
            print(f"{name}: skipped ({a.reason})")
            continue
        r = bench(name, args.n, args.repeats)
        results.append(r)
        print(
            f"{name:<10} ours {r['ours_per_s']:7.1f} renders/s   direct {r['direct_per_s']:7.1f} renders/s   "
            f"overhead {100 * r['overhead']:+.1f}% (Python layer {100 * r['overhead_python_layer']:+.1f}%, "
            f"engine state reset {100 * r['overhead_engine_state_reset']:+.1f}%)   ({r['render_length_s']} s renders)"
        )
    if args.json:
        write_json(
            args.json,
            {
                "benchmark": "render",
                "results": results,
                "versions": versions(),
                "cpu": os.cpu_count(),
                "cpu_info": cpu_info(),
            },
        )


if __name__ == "__main__":
    main()
