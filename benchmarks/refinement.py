"""Why refinement through the proxy made Dexed matches worse, and which refinement settings do not.

    python benchmarks/refinement.py [--part trajectory|control|sweep|table|all] [--json results/refinement/dexed.json]
                                    [--figure results/refinement/dexed_trajectory.png]

The setting is notebook 06's at its defaults (its Dexed proxy, :func:`synthproxy.match.find_checkpoint`: the
committed checkpoint; ``results/refinement/dexed.json`` names the one it was measured with, 8 held-out
hand-crafted *test* targets drawn with seed 0, the bank cleared of them and sampled to 4096 presets with
seed 0, 64 renders, 8 starts, 200 steps). Settings are chosen on 8 other targets, hand-crafted
*validation* voices drawn the same way (their own cleared bank), never on the test targets.

Parts (each writes its key of the JSON file, keeping the others):

- ``trajectory``: from each target's 8 best retrieved presets, the refinement at the old defaults
  (no trust region, no penalty), every projected preset (every 10 steps) rendered: proxy and real
  embedding distance to the target, the proxy's own error on that preset (L1 between its proxy and
  real embeddings), how far it moved from its start (``preset_distance``, numeric move, categories and
  switches changed), and the real distance of the preset the refinement keeps (best by proxy) against
  its start's;
- ``control``: whether the descent's moves beat random moves of the same size (same values changed by
  the same amounts, random signs) on the real distance;
- ``sweep``: refinement settings (learning rate, steps, no annealing, numeric-only, trust radius,
  move penalty, margin), each scored on what a match does with it: the render-free answer
  (``retrieval + refinement``: the best of retrieved and refined presets by proxy distance) and the
  verified one (64 renders), mean real embedding and STFT distance, on the validation targets (the
  choice) and the test targets (reported);
- ``table``: :func:`synthproxy.match.compare_methods` at the notebook defaults, with the old refinement
  settings (before) and the library's current defaults (after).

Deterministic (seeded draws, renders and descent), one torch thread.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402

from synthproxy import match  # noqa: E402
from synthproxy.io import versions, write_json  # noqa: E402
from synthproxy.match import constants as C  # noqa: E402
from synthproxy.match import refinement as R  # noqa: E402
from synthproxy.match.distances import embedding_distance, stft_distance  # noqa: E402
from synthproxy.paths import scrub_paths  # noqa: E402

N_TARGETS, BUDGET, STARTS, STEPS, MAX_BANK, SEED = 8, 64, 8, 200, 4096, 0

#: The refinement before this change (what results/recorded/sound_matching_dexed.csv used).
OLD: dict[str, Any] = {
    "lr": 0.02,
    "logit_lr": 0.1,
    "steps": 200,
    "radius": math.inf,
    "discrete": True,
    "penalty": 0.0,
    "margin": 0.0,
    "tau_end": 0.1,
}
#: The library's current defaults.
NEW: dict[str, Any] = {
    "lr": C.REFINE_LR,
    "logit_lr": C.REFINE_LOGIT_LR,
    "steps": C.REFINE_STEPS,
    "radius": C.REFINE_RADIUS,
    "discrete": C.REFINE_DISCRETE,
    "penalty": C.REFINE_PENALTY,
    "margin": C.REFINE_MARGIN,
    "tau_end": C.TEMPERATURE_END,
}
#: Settings of the sweep: changes to OLD.
SWEEP: dict[str, dict[str, Any]] = {
    "old defaults": {},
    "lr x0.5": {"lr": 0.01, "logit_lr": 0.05},
    "lr x0.25": {"lr": 0.005, "logit_lr": 0.025},
    "50 steps": {"steps": 50},
    "20 steps": {"steps": 20},
    "10 steps": {"steps": 10},
    "no annealing (tau 1)": {"tau_end": 1.0},
    "numeric only": {"discrete": False},
    "radius 0.1": {"radius": 0.1},
    "radius 0.05": {"radius": 0.05},
    "radius 0.02": {"radius": 0.02},
    "radius 0.01": {"radius": 0.01},
    "numeric only, radius 0.05": {"discrete": False, "radius": 0.05},
    "numeric only, radius 0.02": {"discrete": False, "radius": 0.02},
    "numeric only, radius 0.01": {"discrete": False, "radius": 0.01},
    "penalty 1": {"penalty": 1.0},
    "penalty 3": {"penalty": 3.0},
    "margin 0.05": {"margin": 0.05},
    "margin 0.1": {"margin": 0.1},
    "numeric only, radius 0.05, penalty 3": {"discrete": False, "radius": 0.05, "penalty": 3.0},
}


# -- setting -------------------------------------------------------------------------------------------
def heldout(matcher: Any, split: str, n: int, seed: int) -> tuple[Any, np.ndarray]:
    """``n`` audible hand-crafted presets of one split's banks and their renders (:func:`match.heldout_targets`)."""
    return match.heldout_targets(matcher.spec, matcher.engine, n, seed, split=split)


def proxy_checkpoint() -> str:
    """Notebook 06's Dexed proxy (:func:`synthproxy.match.find_checkpoint`), relative to the repository."""
    found = match.find_checkpoint("dexed")
    if found is None:
        raise SystemExit("no Dexed proxy in checkpoints/: restore the committed one or run notebooks/03_train.ipynb")
    return scrub_paths(str(found))


def setting(split: str) -> tuple[Any, Any, np.ndarray]:
    """The notebook's matcher, targets and bank (cleared of the targets, sampled) for one split."""
    matcher = match.SoundMatcher.from_checkpoint(proxy_checkpoint(), "dexed")
    targets, audio = heldout(matcher, split, N_TARGETS, SEED)
    bank, _ = match.search_bank(matcher.spec, targets)
    matcher.set_bank(bank.sample(MAX_BANK, SEED))
    return matcher, targets, audio


def refine_with(matcher: Any, starts: np.ndarray, emb: np.ndarray, cfg: dict[str, Any], on_check: Any = None) -> Any:
    """:meth:`SoundMatcher.refine` with the settings ``cfg`` (OLD's keys)."""
    saved = R.TEMPERATURE_END
    R.TEMPERATURE_END = cfg["tau_end"]  # read by refinement.temperature
    try:
        relaxed = R.Relaxation(
            matcher.encoder,
            matcher.spec,
            starts,
            lr=cfg["lr"],
            logit_lr=cfg["logit_lr"],
            radius=cfg["radius"],
            discrete=cfg["discrete"],
        )
        with R.frozen(matcher.encoder):
            return R.descend(
                relaxed,
                starts,
                emb,
                cfg["steps"],
                matcher.proxy_embeddings,
                penalty=cfg["penalty"],
                margin=cfg["margin"],
                on_check=on_check,
            )
    finally:
        R.TEMPERATURE_END = saved


def measure(matcher: Any, presets: np.ndarray, emb: np.ndarray, target_audio: np.ndarray) -> dict[str, np.ndarray]:
    """Render presets: real embedding distance, STFT distance and the proxy's error (L1 proxy vs real)."""
    audio, _ = matcher.render(presets)
    real = matcher.audio_embeddings(audio)
    proxy = matcher.proxy_embeddings(presets)
    return {
        "real": embedding_distance(real, emb),
        "stft": stft_distance(audio, target_audio),
        "proxy": embedding_distance(proxy, emb),
        "proxy_error": np.abs(proxy - real).mean(1),
    }


# -- part 1: the trajectory ------------------------------------------------------------------------------
def _moves(matcher: Any, hard: np.ndarray, start: np.ndarray) -> dict[str, np.ndarray]:
    """How far projected presets moved from their starts: preset_distance, numeric mean |move|,
    categories changed, switches flipped."""
    spec = matcher.spec
    cat = np.asarray(spec.sampling_tables["categorical"], bool)
    binary = np.array([p.type == "bin" for p in spec.used])
    numeric = ~cat & ~binary
    diff = np.abs(hard.astype(np.float64) - start)
    return {
        "move": R.moves(spec, hard, start),
        "numeric_move": diff[:, numeric].mean(1),
        "numeric_move_max": diff[:, numeric].max(1),
        "categories_changed": (np.rint(hard[:, cat]) != np.rint(start[:, cat])).sum(1).astype(float),
        "switches_flipped": (diff[:, binary] > 0.5).sum(1).astype(float),
    }


def trajectory(split: str) -> dict[str, Any]:
    """The old refinement's projected presets along the descent, measured on the real synth."""
    matcher, targets, target_audio = setting(split)
    rows: dict[str, list[np.ndarray]] = {}
    kept: dict[str, list[np.ndarray]] = {
        n: [] for n in ("start_real", "kept_real", "start_proxy", "kept_proxy", "kept_step")
    }
    steps_seen: list[int] = []
    for i in range(len(targets)):
        emb = matcher.audio_embeddings(target_audio[i])[0]
        starts = matcher.spec.snap(np.stack([c.preset for c in matcher.retrieve(emb, STARTS)]))
        trace: list[tuple[int, np.ndarray, np.ndarray]] = []
        ref = refine_with(matcher, starts, emb, OLD, on_check=lambda s, h, d, t=trace: t.append((s, h, d)))
        steps_seen = [s for s, _, _ in trace]
        per: dict[str, list[np.ndarray]] = {}
        for _, hard, _ in trace:
            m = measure(matcher, hard, emb, target_audio[i]) | _moves(matcher, hard, starts)
            for name, value in m.items():
                per.setdefault(name, []).append(value)
        for name, values in per.items():
            rows.setdefault(name, []).append(np.stack(values))  # (checks, starts)
        kept_m = measure(matcher, ref.presets, emb, target_audio[i])
        kept["start_real"].append(per["real"][0])
        kept["kept_real"].append(kept_m["real"])
        kept["start_proxy"].append(ref.start_distances)
        kept["kept_proxy"].append(ref.proxy_distances)
        hit = [
            [int(steps_seen[c]) for c in range(len(trace)) if np.array_equal(trace[c][1][r], ref.presets[r])][:1] or [0]
            for r in range(STARTS)
        ]
        kept["kept_step"].append(np.array([h[0] for h in hit], float))
    arr = {k: np.stack(v) for k, v in rows.items()}  # (targets, checks, starts)
    curve = {k: np.round(v.mean((0, 2)), 4).tolist() for k, v in arr.items()}
    real, proxy = arr["real"], arr["proxy"]
    d_real, d_proxy = real - real[:, :1], proxy - proxy[:, :1]
    ks = {n: np.stack(v) for n, v in kept.items()}
    gain_proxy, gain_real = ks["start_proxy"] - ks["kept_proxy"], ks["start_real"] - ks["kept_real"]
    return {
        "split": split,
        "targets": [targets.label(j) for j in range(len(targets))],
        "steps": steps_seen,
        "mean_over_targets_and_starts": curve,
        "share_real_worse_than_start": np.round((d_real > 0).mean((0, 2)), 3).tolist(),
        "share_proxy_better_than_start": np.round((d_proxy < 0).mean((0, 2)), 3).tolist(),
        "corr_proxy_real_change": float(np.corrcoef(d_proxy[:, 1:].ravel(), d_real[:, 1:].ravel())[0, 1]),
        "kept_preset": {
            "mean_step": float(ks["kept_step"].mean()),
            "mean_proxy_start": float(ks["start_proxy"].mean()),
            "mean_proxy_kept": float(ks["kept_proxy"].mean()),
            "mean_real_start": float(ks["start_real"].mean()),
            "mean_real_kept": float(ks["kept_real"].mean()),
            "share_real_worse": float((gain_real < 0).mean()),
            "corr_proxy_gain_real_gain": float(np.corrcoef(gain_proxy.ravel(), gain_real.ravel())[0, 1]),
        },
    }


# -- part 1b: is the proxy's gradient better than a random move? ------------------------------------------------
def control(split: str) -> dict[str, Any]:
    """Real and proxy distance change of the descent's moves against random moves of the same size.

    Moves: the projected preset after 10 steps of the old refinement, and the kept preset of a
    numeric-only refinement in a trust region of 0.02. Each random move changes the same numeric values
    by the same amounts with random signs (clipped to the range, snapped), categories unchanged.
    """
    matcher, targets, target_audio = setting(split)
    spec = matcher.spec
    cat = np.asarray(spec.sampling_tables["categorical"], bool)
    rng = np.random.default_rng(SEED)
    out: dict[str, dict[str, list[float]]] = {}
    moves_of = {
        "10 steps (old settings)": OLD | {"steps": 10},
        "numeric only, radius 0.02, 200 steps": OLD | {"discrete": False, "radius": 0.02},
    }
    for i in range(len(targets)):
        emb = matcher.audio_embeddings(target_audio[i])[0]
        starts = spec.snap(np.stack([c.preset for c in matcher.retrieve(emb, STARTS)]))
        start_m = measure(matcher, starts, emb, target_audio[i])
        for name, cfg in moves_of.items():
            trace: list[np.ndarray] = []
            refine_with(matcher, starts, emb, cfg | {"penalty": 0.0}, on_check=lambda s, h, d, t=trace: t.append(h))
            grad = trace[-1]
            delta = np.where(cat, 0.0, grad - starts)
            rand = spec.snap((starts + delta * rng.choice([-1.0, 1.0], size=delta.shape)).astype(np.float32))
            rand = np.where(cat, starts, rand)
            for kind, presets in (("gradient", grad), ("random", rand)):
                m = measure(matcher, presets, emb, target_audio[i])
                rec = out.setdefault(f"{name}: {kind}", {})
                rec.setdefault("real_change", []).extend((m["real"] - start_m["real"]).tolist())
                rec.setdefault("proxy_change", []).extend((m["proxy"] - start_m["proxy"]).tolist())
                rec.setdefault("move", []).extend(R.moves(spec, presets, starts).tolist())
    return {
        "split": split,
        "moves": {
            k: {
                "mean_real_change": round(float(np.mean(v["real_change"])), 4),
                "share_real_better": round(float(np.mean(np.array(v["real_change"]) < 0)), 3),
                "mean_proxy_change": round(float(np.mean(v["proxy_change"])), 4),
                "mean_move": round(float(np.mean(v["move"])), 4),
            }
            for k, v in out.items()
        },
    }


# -- part 2: the sweep ---------------------------------------------------------------------------------
def _distinct(presets: list[np.ndarray], n: int) -> list[int]:
    """Indices of the first ``n`` distinct presets (as :func:`matcher._verification_pool`)."""
    seen, out = set(), []
    for j, p in enumerate(presets):
        key = np.asarray(p, np.float32).tobytes()
        if key not in seen:
            seen.add(key)
            out.append(j)
        if len(out) == n:
            break
    return out


def sweep(split: str, configs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Each refinement setting scored on what a match does with it (render-free and verified answers)."""
    matcher, targets, target_audio = setting(split)
    scores: dict[str, dict[str, list[float]]] = {name: {} for name in configs}
    base: dict[str, list[float]] = {}
    for i in range(len(targets)):
        emb = matcher.audio_embeddings(target_audio[i])[0]
        retrieved = matcher.retrieve(emb, BUDGET)
        ret = np.stack([c.preset for c in retrieved])
        ret_proxy = np.array([c.proxy_distance for c in retrieved])
        ret_m = measure(matcher, ret, emb, target_audio[i])
        base.setdefault("retrieval_real", []).append(float(ret_m["real"][0]))
        base.setdefault("retrieval_stft", []).append(float(ret_m["stft"][0]))
        for name, change in configs.items():
            cfg = OLD | change
            t0 = time.perf_counter()
            ref = refine_with(matcher, ret[:STARTS], emb, cfg)
            seconds = time.perf_counter() - t0
            ref_m = measure(matcher, ref.presets, emb, target_audio[i])
            presets = list(ref.presets) + list(ret)
            real = np.concatenate([ref_m["real"], ret_m["real"]])
            stft = np.concatenate([ref_m["stft"], ret_m["stft"]])
            proxy = np.concatenate([ref.proxy_distances, ret_proxy])
            j = int(np.argmin(np.concatenate([ret_proxy, ref.proxy_distances])))  # as MatchResult.best("ab")
            free = j - len(ret) if j >= len(ret) else len(ref.presets) + j  # its index in `presets`
            pool = _distinct(presets, BUDGET)
            ver = pool[int(np.argmin(real[pool]))]
            s = scores[name]
            for key, val in (
                ("ab_real", real[free]),
                ("ab_stft", stft[free]),
                ("ab_proxy", proxy[free]),
                ("abc_real", real[ver]),
                ("abc_stft", stft[ver]),
                ("refined_minus_start_real", float((ref_m["real"] - ret_m["real"][:STARTS]).mean())),
                ("moved", float((R.moves(matcher.spec, ref.presets, ret[:STARTS]) > 0).mean())),
                ("seconds", seconds),
            ):
                s.setdefault(key, []).append(float(val))
    out = {name: {k: round(float(np.mean(v)), 4) for k, v in s.items()} for name, s in scores.items()}
    return {
        "split": split,
        "retrieval": {k: round(float(np.mean(v)), 4) for k, v in base.items()},
        "settings": {name: OLD | c for name, c in configs.items()},
        "scores": out,
    }


# -- part 3: the notebook's table before / after ------------------------------------------------------------
def table(cfg: dict[str, Any] | None) -> dict[str, Any]:
    """:func:`compare_methods` at the notebook defaults; ``cfg`` replaces the matcher's refinement settings."""
    matcher, targets, target_audio = setting("test")
    if cfg is not None:
        matcher.refine = lambda starts, emb, steps=STEPS: refine_with(matcher, starts, emb, cfg)
    comp = match.compare_methods(matcher, targets, target_audio, budget=BUDGET, steps=STEPS, starts=STARTS, seed=SEED)
    summary = match.summarize_comparison(comp.table)
    per_target = comp.table.pivot(index="target", columns="method", values="distance")
    return {
        "summary": {
            m: {k: round(float(summary.loc[m, k]), 4) for k in ("distance", "stft", "renders", "wins")}
            for m in summary.index
        },
        "per_target_distance": {str(m): [round(float(x), 4) for x in per_target[m]] for m in per_target.columns},
    }


def figure(traj: dict[str, Any], path: Path) -> None:
    """Mean proxy / real distance and move vs step of the old refinement."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
    for split, style in (("test", "-"), ("val", "--")):
        t = traj.get(split)
        if t is None:
            continue
        c = t["mean_over_targets_and_starts"]
        axes[0].plot(t["steps"], c["proxy"], "b" + style, label=f"proxy distance ({split})")
        axes[0].plot(t["steps"], c["real"], "r" + style, label=f"real distance ({split})")
        axes[0].plot(t["steps"], c["proxy_error"], "k" + style, label=f"proxy error |proxy - real| ({split})")
        axes[1].plot(t["steps"], c["move"], "g" + style, label=f"preset_distance from start ({split})")
    axes[0].set(xlabel="refinement step (projected preset)", ylabel="embedding L1")
    axes[1].set(xlabel="refinement step (projected preset)", ylabel="preset distance")
    for a in axes:
        a.legend(fontsize=7)
    fig.suptitle("Dexed: refinement at the old defaults (8 starts x 8 targets)", fontsize=9)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["trajectory", "control", "sweep", "table", "all"], default="all")
    ap.add_argument("--split", choices=["val", "test", "both"], default="both", help="targets of trajectory/sweep")
    ap.add_argument("--json", default=None, help="write (merge into) this JSON file")
    ap.add_argument("--figure", default=None, help="PNG of the trajectory")
    args = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    out: dict[str, Any] = json.loads(Path(args.json).read_text()) if args.json and Path(args.json).exists() else {}
    out["setting"] = {
        "checkpoint": proxy_checkpoint(),
        "targets": N_TARGETS,
        "budget": BUDGET,
        "starts": STARTS,
        "steps": STEPS,
        "bank": MAX_BANK,
        "seed": SEED,
        "versions": versions(),
    }
    splits = ["val", "test"] if args.split == "both" else [args.split]
    t0 = time.perf_counter()
    if args.part in ("trajectory", "all"):
        out.setdefault("trajectory", {})
        for split in splits:
            out["trajectory"][split] = trajectory(split)
            print(json.dumps(out["trajectory"][split], indent=1))
        if args.figure:
            figure(out["trajectory"], Path(args.figure))
    if args.part in ("control", "all"):
        out.setdefault("control", {})
        for split in splits:
            out["control"][split] = control(split)
            print(json.dumps(out["control"][split], indent=1))
    if args.part in ("sweep", "all"):
        out.setdefault("sweep", {})
        for split in splits:
            out["sweep"][split] = sweep(split, SWEEP | {"new defaults": {k: v for k, v in NEW.items() if OLD[k] != v}})
            print(json.dumps({split: out["sweep"][split]["retrieval"]} | out["sweep"][split]["scores"], indent=1))
    if args.part in ("table", "all"):
        out["table"] = {"before (old refinement)": table(OLD), "after (current defaults)": table(None)}
        print(json.dumps(out["table"], indent=1))
    out.setdefault("seconds", {})[args.part] = round(time.perf_counter() - t0, 1)
    if args.json:
        write_json(args.json, out)


if __name__ == "__main__":
    main()
