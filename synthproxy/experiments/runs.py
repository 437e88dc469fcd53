"""The long training runs of a scale: every architecture on each synth's larger datasets, and "closing the gap" runs.

The settings are the ``[runs]`` table of the scale's experiment file (``cpu-long.toml`` beside this
module). Run from the repository root (a few hours on 2 cores; runs resume when interrupted, finished ones
are skipped)::

    .venv/bin/python -m synthproxy.experiments.runs [--experiment cpu-long] [--synths dexed amsynth]
        [--only archs|gap] [--jobs 2]

Writes ``results/cpu_long/runs.csv`` (one row per run: its settings and, at its best checkpoint, validation
MRR in both retrieval directions, L1, presets/s, minutes) and each run's history to
``results/training/<run>.csv`` (``results/training/gap/`` for the gap runs). Checkpoints go to
``checkpoints/cpu_long/``; with ``--publish``, the best architecture run per synth (by preset-to-audio
validation MRR, the direction of the test protocol) is copied to ``checkpoints/<synth>_<arch>_<size>.pt``, the
checkpoint that evaluation and the book use. Missing datasets are generated first (the study's seeds).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from synthproxy.constants import SPLIT_SEEDS
from synthproxy.encoders.checkpoint import shown_path
from synthproxy.experiments import load_experiment
from synthproxy.paths import CHECKPOINTS_DIR, RESULTS_DIR, dataset_dir, resolve_recorded


def runs(synth: str, settings: dict) -> list[dict]:
    """Every run of a synth: name, group and TrainConfig fields (``settings``: an experiment's ``[runs]`` table)."""
    epochs, max_train = settings["epochs"], settings.get("max_train", {})
    special = settings.get("epochs_by_synth", {}).get(synth, {})
    out = [
        dict(name=f"{synth}_{a}_s", group="archs", arch=a, epochs=special.get(a, e), max_train=max_train.get(a))
        for a, e in epochs.items()
    ]
    out.append(dict(name=f"{synth}_mlp_s_l1", group="gap", arch="mlp", epochs=epochs["mlp"], contrastive=0.0))
    for n in settings.get("gap_sizes", []):
        for c in (0.0, 1.0):
            out.append(
                dict(
                    name=f"{synth}_mlp_s_n{n}" + ("_l1" if c == 0 else ""),
                    group="gap",
                    arch="mlp",
                    epochs=epochs["mlp"],
                    contrastive=c,
                    max_train=n,
                )
            )
    return [dict(r, synth=synth, sizes=settings["sizes"][synth], common=settings["common"]) for r in out]


def run(r: dict) -> dict:
    """Train one encoder (resuming if interrupted); returns its summary row."""
    import torch

    from synthproxy.generate import generate
    from synthproxy.train import TrainConfig, train

    torch.set_num_threads(1)
    synth, sizes = r["synth"], r["sizes"]
    stores = {}
    for split, n in sizes.items():
        stores[split] = dataset_dir(synth, split, n, SPLIT_SEEDS[split], "aisfx")
        generate(synth, n, SPLIT_SEEDS[split], split, stores[split], audio_model="aisfx", progress=False)
    fields = {k: v for k, v in r.items() if k not in ("name", "group", "synth", "sizes", "common")}
    cfg = TrainConfig(**{**r["common"], **fields})
    out = CHECKPOINTS_DIR / "cpu_long" / f"{r['name']}.pt"
    res = train(stores["train"], stores["val"], out, cfg, progress=False)
    hist = pd.DataFrame(res.history)
    folder = RESULTS_DIR / "training" / ("gap" if r["group"] == "gap" else "")
    folder.mkdir(parents=True, exist_ok=True)
    hist.to_csv(folder / f"{r['name']}.csv", index=False)
    best = res.best  # the saved checkpoint: best validation MRR of audio queries, the study's protocol
    return {
        "name": r["name"],
        "group": r["group"],
        "synth": synth,
        "arch": cfg.arch,
        "size": cfg.size,
        "train_presets": min(cfg.max_train or sizes["train"], sizes["train"]),
        "epochs": cfg.epochs,
        "contrastive": cfg.contrastive,
        "parameters": res.parameters,
        "val_mrr_preset_to_audio": float(best["val_mrr_preset_to_audio"]),
        "val_mrr_audio_to_preset": float(best["val_mrr_audio_to_preset"]),
        "val_l1": float(best["val_l1"]),
        "best_epoch": float(best["epoch"]),
        "presets_per_s": float(hist["presets_per_s"].median()),
        "minutes": float(res.seconds) / 60,
        "checkpoint": shown_path(out),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--experiment", default="cpu-long", help="experiment file with a [runs] table (default cpu-long)")
    ap.add_argument("--synths", nargs="+")
    ap.add_argument("--only", choices=["archs", "gap"])
    ap.add_argument("--names", nargs="*", help="run only these run names")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--publish", action="store_true", help="copy the best architecture run per synth to checkpoints/")
    args = ap.parse_args(argv)
    settings = load_experiment(args.experiment).runs
    if not settings:
        ap.error(f"experiment {args.experiment!r} has no [runs] table")
    table = RESULTS_DIR / args.experiment.replace("-", "_") / "runs.csv"
    rows = {r["name"]: r for r in pd.read_csv(table).to_dict("records")} if table.exists() else {}
    todo = [
        r
        for s in (args.synths or list(settings["sizes"]))
        for r in runs(s, settings)
        if not args.only or r["group"] == args.only
    ]
    if args.names:  # in the order given
        by_name = {r["name"]: r for r in todo}
        todo = [by_name[n] for n in args.names if n in by_name]
    with ProcessPoolExecutor(args.jobs) as ex:
        for row in ex.map(run, todo):
            rows[row["name"]] = row
            pd.DataFrame(list(rows.values())).sort_values(["synth", "group", "name"]).to_csv(table, index=False)
            print(
                f"{row['name']:28} val MRR p->a {row['val_mrr_preset_to_audio']:.3f} "
                f"a->p {row['val_mrr_audio_to_preset']:.3f}  {row['minutes']:.0f} min",
                flush=True,
            )
    if args.publish:
        df = pd.DataFrame(list(rows.values()))
        for synth, g in df[df.group == "archs"].groupby("synth"):
            b = g.sort_values("val_mrr_preset_to_audio").iloc[-1]
            dst = CHECKPOINTS_DIR / f"{synth}_{b['arch']}_{b['size']}.pt"
            shutil.copyfile(resolve_recorded(b["checkpoint"]), dst)
            print(f"best {synth}: {b['name']} -> {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
