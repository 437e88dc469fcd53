"""The study's architecture table, rebuilt fairly (issue #17): six encoders per synth, one training set, pure L1.

The study trained its six preset encoders on a GPU for the same number of steps. On 2 CPU cores the
architectures cost very different times per preset (a transformer step ~30x an MLP's), so an honest table
needs two budgets (:data:`BUDGETS`):

``equal_presets``
    Every architecture sees the same presets (``ArchTableSettings.presets``; default one pass over
    262,144): the study's comparison, at a smaller scale.
``equal_time``
    Every architecture trains for the same CPU time (``ArchTableSettings.seconds``): its number of
    presets is its own training rate in its ``equal_presets`` run (presets/s, same machine) times the
    budget, so the learning-rate schedule still spans the whole run. The minutes each run really took
    are in the table.

Run from the repository root, one synth at a time (the ``equal_presets`` runs first; finished runs are
skipped, interrupted ones resume), with ``OMP_NUM_THREADS=1`` so that every OpenMP team, oneDNN's bfloat16
matmuls' included, has the run's one thread (without it, a busy 2-core Xeon trained ~9x slower)::

    OMP_NUM_THREADS=1 .venv/bin/python -m synthproxy.experiments.archs --synth dexed \\
        --train $SYNTHPROXY_DATA/datasets/dexed_aisfx_train_n262144_seed500 \\
        --val $SYNTHPROXY_DATA/datasets/dexed_aisfx_val_n16384_seed401 \\
        --test $SYNTHPROXY_DATA/datasets/dexed_aisfx_test_n16384_seed600 \\
        --handcrafted $SYNTHPROXY_DATA/handcrafted/dexed_aisfx_test [--budgets equal_presets] [--archs mlp gru]
        [--hpo SEARCH/best.json]

With ``--hpo``, the searched architecture is trained again with the search's settings (rows with ``config``
``hpo`` beside the ``default`` ones): what the search changed, at the same budgets.

Writes ``results/archs/<synth>.csv`` (:data:`COLUMNS`: one row per architecture and budget, with the
study's test protocol on the random test set, pool 4,096 x 100, MRR@k for k = 1..5 and L1; ``val_mrr``,
audio queries among 512 presets on the whole validation set, 100 pools: the expectation of the study's
validation protocol, beside its published numbers; and the hand-crafted test split at pool 512); checkpoints go to
``$SYNTHPROXY_DATA/ckpt/archs/`` (not committed). :func:`synthproxy.arch_table.arch_table_markdown` lays
a synth's table out for the book, with the study's own ranking beside it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from synthproxy.arch_table import ARCHS_DIR
from synthproxy.encoders import ARCHS
from synthproxy.paths import DATA_DIR

__all__ = ["BUDGETS", "COLUMNS", "ArchTableSettings", "plan_run", "run_arch", "main"]

#: The two budgets, in the order they run (``equal_time`` needs the rates measured by ``equal_presets``).
BUDGETS: tuple[str, ...] = ("equal_presets", "equal_time")

#: Columns of ``results/archs/<synth>.csv``.
COLUMNS: tuple[str, ...] = (
    "synth",
    "arch",
    "size",
    "budget",
    "config",
    "parameters",
    "train_n",
    "presets_seen",
    "epochs",
    "minutes",
    "presets_per_s",
    "val_mrr",
    "test_mrr",
    "test_mrr_std",
    *(f"test_mrr_at_{k}" for k in range(1, 6)),
    "test_l1",
    "test_pool",
    "test_subsets",
    "hc_mrr",
    "hc_n",
    "hc_pool",
    "loss",
    "precision",
    "checkpoint",
    "sha256",
    "cpu",
    "recorded",
)


@dataclass(frozen=True)
class ArchTableSettings:
    """What every run of the table shares.

    Attributes
    ----------
    size : str
        Encoder size (``s`` for all; ``b`` is the study's).
    presets : int
        Presets seen by each architecture under ``equal_presets``.
    seconds : float
        CPU seconds of each architecture under ``equal_time``.
    threads : int
        Torch threads per run (one core each).
    precision : str
        ``bf16`` (autocast, where the CPU has native bfloat16) or ``float32``.
    seed : int
        Training seed.
    max_val : int
        Validation presets used during training (the first ones).
    hc_pool : int
        Pool of the hand-crafted test split (the whole split if smaller).
    """

    size: str = "s"
    presets: int = 262_144
    seconds: float = 240.0
    threads: int = 1
    precision: str = "bf16"
    seed: int = 42
    max_val: int = 4096
    hc_pool: int = 512


def plan_run(budget: str, n_train: int, settings: ArchTableSettings, rate: float | None = None) -> dict[str, Any]:
    """Epochs and training subset of one run: ``{"epochs", "max_train", "presets_seen"}``.

    Parameters
    ----------
    budget : {"equal_presets", "equal_time"}
    n_train : int
        Presets in the training store.
    settings : ArchTableSettings
    rate : float, optional
        The architecture's training presets/s (its ``equal_presets`` run); required for ``equal_time``.

    Notes
    -----
    A budget of fewer presets than the store holds trains one epoch on the store's first presets; a
    larger one trains whole epochs, as many as come nearest the budget (at least one).
    """
    if budget not in BUDGETS:
        raise ValueError(f"budget must be one of {BUDGETS}, got {budget!r}")
    if budget == "equal_presets":
        presets = settings.presets
    else:
        if not rate or rate <= 0:
            raise ValueError("equal_time needs the architecture's presets/s from its equal_presets run")
        presets = int(rate * settings.seconds)
    if presets < n_train:
        return {"epochs": 1, "max_train": max(presets, 1), "presets_seen": max(presets, 1)}
    epochs = max(1, round(presets / n_train))
    return {"epochs": epochs, "max_train": None, "presets_seen": epochs * n_train}


def _checkpoint_path(synth: str, arch: str, budget: str, settings: ArchTableSettings, config: str) -> Path:
    tag = "" if config == "default" else "_hpo"
    return DATA_DIR / "ckpt" / "archs" / f"{synth}_{arch}_{settings.size}_{budget}{tag}.pt"


def run_arch(
    synth: str,
    arch: str,
    budget: str,
    stores: dict[str, Path],
    settings: ArchTableSettings,
    rate: float | None = None,
    tuned: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train (or resume) one architecture under one budget and score it; returns its row (:data:`COLUMNS`).

    ``tuned``: :func:`synthproxy.hpo.config_from_hpo`'s settings of a search for this architecture and size
    (its learning rate, betas, eps, final learning rate, batch size and encoder overrides replace the
    defaults; the row's ``config`` is ``hpo``), or None for the defaults (``config`` ``default``).
    """
    import pandas as pd

    from synthproxy.datasets import StoreDataset
    from synthproxy.encoders.checkpoint import load_checkpoint
    from synthproxy.evaluate import evaluate_encoder
    from synthproxy.experiments.record import checkpoint_stamp
    from synthproxy.train import TrainConfig, train

    n_train = len(StoreDataset(stores["train"]))
    plan = plan_run(budget, n_train, settings, rate)
    tuned = dict(tuned or {})
    if tuned and (tuned.pop("arch", arch), tuned.pop("size", settings.size)) != (arch, settings.size):
        raise ValueError(f"the search tuned another encoder than {arch} {settings.size}")
    config = "hpo" if tuned else "default"
    cfg = TrainConfig(
        **tuned,
        arch=arch,
        size=settings.size,
        seed=settings.seed,
        epochs=plan["epochs"],
        max_train=plan["max_train"],
        max_val=settings.max_val,
        contrastive=0.0,
        precision=settings.precision,
        threads=settings.threads,
        val_per_epoch=1,
    )
    out = _checkpoint_path(synth, arch, budget, settings, config)
    out.parent.mkdir(parents=True, exist_ok=True)
    res = train(stores["train"], stores["val"], out, cfg, progress=False)
    encoder, info = load_checkpoint(res.out)
    test = evaluate_encoder(encoder, info, stores["test"], checkpoint=res.out)
    # the study's validation protocol (audio queries among 512 presets) needs 131,072 validation presets;
    # on i.i.d. items its expectation is audio-to-preset MRR at pool 512 (synthproxy.metrics.validation_mrr)
    val = evaluate_encoder(encoder, info, stores["val"], checkpoint=res.out, pool=512, direction="audio_to_preset")
    row: dict[str, Any] = {
        "synth": synth,
        "arch": arch,
        "size": settings.size,
        "budget": budget,
        "config": config,
        "parameters": res.parameters,
        "train_n": n_train,
        "presets_seen": plan["presets_seen"],
        "epochs": plan["epochs"],
        "minutes": round(res.seconds / 60, 2),
        "presets_per_s": round(float(pd.DataFrame(res.history)["presets_per_s"].median()), 1),
        "val_mrr": val["mrr"],
        "test_mrr": test["mrr"],
        "test_mrr_std": test["mrr_std"],
        **{f"test_mrr_at_{k}": test["mrr_at_k"][k] for k in range(1, 6)},
        "test_l1": test["l1"],
        "test_pool": test["pool"],
        "test_subsets": test["subsets"],
        "hc_mrr": None,
        "hc_n": None,
        "hc_pool": None,
        "loss": "l1",
        "precision": settings.precision,
        **checkpoint_stamp(res.out),
    }
    if stores.get("handcrafted"):
        hc = evaluate_encoder(encoder, info, stores["handcrafted"], checkpoint=res.out, pool=settings.hc_pool)
        row.update(hc_mrr=hc["mrr"], hc_n=hc["n"], hc_pool=hc["pool"])
    return row


def _rates(table: Path, config: str = "default") -> dict[str, float]:
    """Each architecture's presets/s in its ``equal_presets`` run with these settings (from the table)."""
    import pandas as pd

    if not table.exists():
        return {}
    df = pd.read_csv(table)
    df = df[(df.budget == "equal_presets") & (df.config == config)]
    return {str(r.arch): float(r.presets_per_s) for r in df.itertuples()}


def _save(table: Path, rows: list[dict[str, Any]]) -> None:
    """Write ``rows`` into ``table``, replacing rows of the same arch, size, budget and config."""
    import pandas as pd

    from synthproxy.io import atomic_path

    new = pd.DataFrame(rows)[list(COLUMNS)]
    if table.exists():
        old = pd.read_csv(table)
        keys = set(zip(new.arch, new["size"], new.budget, new.config))
        old = old[[k not in keys for k in zip(old.arch, old["size"], old.budget, old.config)]]
        new = pd.concat([old, new], ignore_index=True)
    order = {a: i for i, a in enumerate(ARCHS)}
    new = new.sort_values(["config", "budget", "size", "arch"], key=lambda c: c.map(order) if c.name == "arch" else c)
    with atomic_path(table, ".csv") as tmp:
        new.to_csv(tmp, index=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.experiments.archs``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synth", required=True)
    for name in ("train", "val", "test"):
        ap.add_argument(f"--{name}", type=Path, required=True, help=f"{name} store")
    ap.add_argument("--handcrafted", type=Path, help="hand-crafted test store")
    ap.add_argument("--archs", nargs="+", default=list(ARCHS), choices=list(ARCHS))
    ap.add_argument("--budgets", nargs="+", default=list(BUDGETS), choices=list(BUDGETS))
    ap.add_argument("--size", default="s", choices=["s", "b", "l"])
    ap.add_argument("--presets", type=int, default=ArchTableSettings.presets, help="equal_presets budget")
    ap.add_argument("--seconds", type=float, default=ArchTableSettings.seconds, help="equal_time budget (s)")
    ap.add_argument("--table", type=Path, help="CSV (default results/archs/<synth>.csv)")
    ap.add_argument("--hpo", type=Path, help="a search's best.json: train its architecture with its settings")
    args = ap.parse_args(argv)
    settings = ArchTableSettings(size=args.size, presets=args.presets, seconds=args.seconds)
    stores = {"train": args.train, "val": args.val, "test": args.test, "handcrafted": args.handcrafted}
    table = args.table or ARCHS_DIR / f"{args.synth}.csv"
    tuned = None
    if args.hpo:
        from synthproxy.hpo import config_from_hpo

        try:
            tuned = config_from_hpo(args.hpo)
        except ValueError as e:
            print(f"archs: error: {e}", file=sys.stderr)
            return 1
        args.archs = [tuned["arch"]]
    print(f"settings: {asdict(settings)}", flush=True)
    for budget in [b for b in BUDGETS if b in args.budgets]:
        for arch in args.archs:
            rate = _rates(table, "hpo" if tuned else "default").get(arch) if budget == "equal_time" else None
            try:
                row = run_arch(args.synth, arch, budget, stores, settings, rate, tuned)
            except (OSError, ValueError) as e:
                print(f"archs: {args.synth} {arch} {budget}: error: {str(e).splitlines()[0]}", file=sys.stderr)
                return 1
            _save(table, [row])
            print(
                f"{args.synth} {arch:15} {budget:14} {row['presets_seen']:>10,} presets {row['minutes']:6.1f} min "
                f"test MRR {row['test_mrr']:.3f} hc {row['hc_mrr'] if row['hc_mrr'] is not None else '-'}",
                flush=True,
            )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
