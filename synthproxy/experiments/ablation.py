"""The ablation of issue #16: what moves a proxy's MRR, one table per synth, ``results/ablation/<synth>.csv``.

Each row is one trained proxy on one test set at one pool size. What the proxy was trained with is read
from its checkpoint, not typed in: the number of training presets, the prior they were drawn from
(``random``, or ``bank-mix`` with its settings), and whether it was fine-tuned on hand-crafted presets
(a run started from another checkpoint, ``train --init``). Run from the repository root, once per
checkpoint (rows of the same checkpoint are replaced)::

    .venv/bin/python -m synthproxy.experiments.ablation --checkpoint $SYNTHPROXY_DATA/ckpt/dexed_....pt \\
        --synthetic $SYNTHPROXY_DATA/dexed_random_test_s600_n16384 \\
        --handcrafted $SYNTHPROXY_DATA/handcrafted/dexed_aisfx_test

The protocol is the study's test protocol (:func:`synthproxy.evaluate.evaluation_table`: predicted preset
embeddings query the audio embeddings of a pool; 100 pools, seed 42) at two pool sizes, 512 and the
study's 4,096; a hand-crafted set smaller than a pool is one pool of the whole set. The CPU kind, the
training time and the date are recorded with each row; checkpoint and dataset paths outside the
repository are written relative to ``$SYNTHPROXY_DATA`` (or ``~``), with the checkpoint's SHA-256.
:func:`synthproxy.ablation_table.ablation_markdown` lays a synth's rows out for the book.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from synthproxy.ablation_table import ABLATION_DIR, POOLS

#: Columns of a table, in order.
COLUMNS: tuple[str, ...] = (
    "synth",
    "arch",
    "size",
    "train_presets",
    "prior",
    "fine_tuned",
    "epochs",
    "train_minutes",
    "test_set",
    "n",
    "pool",
    "subsets",
    "mrr",
    "mrr_std",
    "l1",
    "checkpoint",
    "sha256",
    "cpu",
    "recorded",
)


def training_factors(info: dict[str, Any]) -> dict[str, Any]:
    """What a checkpoint was trained with: ``train_presets``, ``prior``, ``fine_tuned``, ``epochs``, ``train_minutes``.

    For a fine-tuned checkpoint (``init`` recorded), ``train_presets`` and ``prior`` are those of the
    checkpoint it started from, and ``fine_tuned`` names what it was tuned on and, when known, how many
    epochs that base was trained (``init.epochs``, or read from the base checkpoint if it is still on disk):
    two bases on the same data differ only there.
    """
    from synthproxy.dataset_mix import describe_sources
    from synthproxy.encoders.checkpoint import trained_epochs

    init = info.get("init") or None
    data = ((init or {}).get("datasets") if init else info.get("datasets")) or {}
    train = data.get("train") or {}
    own = (info.get("datasets") or {}).get("train") or {}
    history = info.get("history") or []
    if own.get("sources"):
        tuned_on = describe_sources(own["sources"])
    else:
        tuned_on = f"{int(own.get('n') or 0):,} hand-crafted ({own.get('bank_split', own.get('split'))})"
    if train.get("sources"):
        prior = "mixed: " + describe_sources(train["sources"])
    else:
        prior = _prior_label(train["prior"]) if train.get("prior") else "random"
    if init and (base_epochs := _base_epochs(init)) is not None:
        tuned_on += f" (from the {base_epochs:g}-epoch base)"
    return {
        "train_presets": train.get("n") or train.get("size"),
        "prior": prior,
        "fine_tuned": tuned_on if init else "no",
        "epochs": trained_epochs(info) if history else (info.get("config") or {}).get("epochs"),
        "train_minutes": round(float(history[-1].get("seconds", 0.0)) / 60, 1) if history else None,
    }


def _base_epochs(init: dict[str, Any]) -> float | None:
    """Epochs the checkpoint a fine-tuning started from was trained: recorded, or read from that file."""
    from synthproxy.encoders.checkpoint import load_checkpoint, trained_epochs
    from synthproxy.paths import resolve_recorded

    if init.get("epochs") is not None:
        return float(init["epochs"])
    if not init.get("path"):
        return None
    path = resolve_recorded(str(init["path"]))
    if not path.is_file():
        return None
    try:
        return trained_epochs(load_checkpoint(path)[1])
    except Exception:  # noqa: BLE001 - a base that cannot be read is simply not described
        return None


def _prior_label(prior: dict[str, Any]) -> str:
    keys = ("p_bank", "jitter", "redraw")
    return "bank-mix (" + ", ".join(f"{k} {prior[k]:g}" for k in keys if k in prior) + ")"


def ablation_rows(checkpoint: str | Path, sets: dict[str, str | Path], pools: tuple[int, ...] = POOLS):
    """Evaluate ``checkpoint`` on ``sets`` (``{"synthetic": store, "handcrafted": store}``) at each pool size.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`.
    """
    import pandas as pd

    from synthproxy.encoders.checkpoint import load_checkpoint
    from synthproxy.evaluate import evaluation_table
    from synthproxy.experiments.record import checkpoint_stamp
    from synthproxy.metrics import EVAL_SUBSETS

    _, info = load_checkpoint(checkpoint)
    parts = [
        evaluation_table([checkpoint], {str(info["synth"]): sets}, pool=pool, subsets=EVAL_SUBSETS) for pool in pools
    ]
    rows = pd.concat(parts, ignore_index=True)
    for k, v in training_factors(info).items():
        rows[k] = v
    for k, v in checkpoint_stamp(checkpoint).items():
        rows[k] = v
    return rows[list(COLUMNS)]


def record_ablation(checkpoint: str | Path, sets: dict[str, str | Path], *, table: str | Path | None = None):
    """:func:`ablation_rows` written into the synth's table (the checkpoint's earlier rows replaced)."""
    from synthproxy.experiments.record import replace_checkpoint_rows

    rows = ablation_rows(checkpoint, sets)
    if not len(rows):
        raise ValueError(f"{checkpoint}: no test set of its synth among {sorted(sets)}")
    table = Path(table) if table else ABLATION_DIR / f"{rows['synth'].iloc[0]}.csv"
    replace_checkpoint_rows(table, rows, ["train_presets", "prior", "fine_tuned", "test_set", "pool"])
    return rows


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.experiments.ablation``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", type=Path, required=True)
    ap.add_argument("--synthetic", type=Path, help="random test store")
    ap.add_argument("--handcrafted", type=Path, help="hand-crafted test store")
    ap.add_argument("--table", type=Path, help="CSV (default results/ablation/<synth>.csv)")
    args = ap.parse_args(argv)
    sets = {k: v for k, v in (("synthetic", args.synthetic), ("handcrafted", args.handcrafted)) if v is not None}
    if not sets:
        ap.error("give --synthetic and/or --handcrafted")
    try:
        rows = record_ablation(args.checkpoint, sets, table=args.table)
    except (OSError, ValueError) as e:
        print(f"ablation: error: {str(e).splitlines()[0]}", file=sys.stderr)
        return 1
    print(
        rows[["synth", "train_presets", "prior", "fine_tuned", "test_set", "n", "pool", "mrr", "mrr_std"]].to_string()
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
