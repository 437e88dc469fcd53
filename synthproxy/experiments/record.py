"""Record a trained proxy's test scores in git: ``results/recorded/evaluation.csv``.

The quick scale of ``make study`` writes its evaluation to ``results/evaluation.csv`` (not committed); the
scores of the committed proxies (``checkpoints/<synth>_<arch>_<size>.pt``), measured on the large test sets
of the long runs, are recorded here once and kept, so that the book's Results page shows them after any
``make study``. Run from the repository root::

    .venv/bin/python -m synthproxy.experiments.record --checkpoint checkpoints/talnm_highway_tokens_s.pt \\
        --synthetic $SYNTHPROXY_DATA/talnm_random_test_s600_n16384 --handcrafted $SYNTHPROXY_DATA/handcrafted/...

Each run replaces the rows of that checkpoint. The protocol is the original study's test protocol
(:func:`synthproxy.evaluate.evaluation_table`: each predicted preset embedding queries the audio embeddings
of a pool of presets; pools of 4,096, 100 pools, seed 42; a hand-crafted set smaller than the pool is one
pool). Besides :data:`synthproxy.evaluate.TABLE_COLUMNS`, a row records the CPU kind it was measured on and
the date; dataset paths outside the repository are written relative to ``$SYNTHPROXY_DATA`` (or ``~``).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from synthproxy.paths import RESULTS_DIR

#: The committed table of recorded scores.
RECORDED: Path = RESULTS_DIR / "recorded" / "evaluation.csv"
#: Columns after :data:`synthproxy.evaluate.TABLE_COLUMNS`.
EXTRA_COLUMNS: tuple[str, ...] = ("train_presets", "epochs", "cpu", "recorded")


def record(
    checkpoint: str | Path,
    sets: dict[str, str | Path],
    *,
    pool: int | None = None,
    subsets: int | None = None,
    table: str | Path = RECORDED,
):
    """Evaluate ``checkpoint`` on its test ``sets`` (``{"synthetic": store, "handcrafted": store}``) and write
    its rows into ``table`` (rows of the same checkpoint replaced); returns the new rows.

    Parameters
    ----------
    checkpoint : str or Path
    sets : dict of str to str or Path
        Test-set name -> store.
    pool, subsets : int, optional
        Default: the study's (:data:`synthproxy.metrics.EVAL_POOL_SIZE`, :data:`synthproxy.metrics.EVAL_SUBSETS`).
    table : str or Path
        The CSV (created when missing).

    Returns
    -------
    pandas.DataFrame
    """

    from synthproxy.encoders.checkpoint import load_checkpoint
    from synthproxy.evaluate import TABLE_COLUMNS, evaluation_table
    from synthproxy.machine import cpu_info
    from synthproxy.metrics import EVAL_POOL_SIZE, EVAL_SUBSETS
    from synthproxy.paths import scrub_paths

    _, info = load_checkpoint(checkpoint)
    rows = evaluation_table(
        [checkpoint],
        {str(info["synth"]): sets},
        pool=pool or EVAL_POOL_SIZE,
        subsets=subsets or EVAL_SUBSETS,
    )
    from synthproxy.experiments.ablation import training_factors

    factors = training_factors(info)  # a fine-tuned proxy: the random presets it was first trained on
    rows["train_presets"] = factors["train_presets"]
    rows["epochs"] = factors["epochs"]
    rows["cpu"] = cpu_info()["kind"]
    rows["recorded"] = datetime.date.today().isoformat()
    rows["dataset"] = rows["dataset"].map(scrub_paths)
    columns = list(TABLE_COLUMNS) + list(EXTRA_COLUMNS)
    replace_checkpoint_rows(table, rows[columns], ["synth", "arch", "size", "test_set"])
    return rows[columns]


def checkpoint_stamp(checkpoint: str | Path) -> dict[str, str]:
    """Where a recorded row's proxy came from and when: ``checkpoint`` (path as the book shows it), ``sha256``
    (first 16 hex digits of the file's), ``cpu`` (the kind of CPU scoring it) and ``recorded`` (today's date)."""
    import hashlib

    from synthproxy.machine import cpu_info
    from synthproxy.paths import scrub_paths

    return {
        "checkpoint": scrub_paths(str(checkpoint)),
        "sha256": hashlib.sha256(Path(checkpoint).read_bytes()).hexdigest()[:16],
        "cpu": cpu_info()["kind"],
        "recorded": datetime.date.today().isoformat(),
    }


def replace_checkpoint_rows(table: str | Path, rows, sort_by: list[str]) -> None:
    """Write ``rows`` (one checkpoint's, a DataFrame) into the CSV ``table``, replacing that checkpoint's earlier rows.

    The table is created when missing, with the rows' columns; it is sorted by ``sort_by``.
    """
    import pandas as pd

    from synthproxy.io import atomic_path

    table = Path(table)
    old = pd.read_csv(table) if table.exists() else pd.DataFrame(columns=list(rows.columns))
    keep = old[old["checkpoint"] != rows["checkpoint"].iloc[0]] if len(rows) else old
    out = pd.concat([keep, rows], ignore_index=True) if len(keep) else rows
    with atomic_path(table, ".csv") as tmp:  # a killed run never leaves a half-written table
        out.sort_values(sort_by).to_csv(tmp, index=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.experiments.record``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", type=Path, required=True)
    ap.add_argument("--synthetic", type=Path, help="random test store")
    ap.add_argument("--handcrafted", type=Path, help="hand-crafted test store")
    ap.add_argument("--pool", type=int, help="presets per pool (default: the study's 4,096)")
    ap.add_argument("--subsets", type=int, help="pools (default: the study's 100)")
    ap.add_argument("--table", type=Path, default=RECORDED)
    args = ap.parse_args(argv)
    sets = {k: v for k, v in (("synthetic", args.synthetic), ("handcrafted", args.handcrafted)) if v is not None}
    if not sets:
        ap.error("give --synthetic and/or --handcrafted")
    try:
        rows = record(args.checkpoint, sets, pool=args.pool, subsets=args.subsets, table=args.table)
    except (OSError, ValueError) as e:
        print(f"record: error: {e}", file=sys.stderr)
        return 1
    print(rows[["synth", "arch", "size", "test_set", "n", "pool", "subsets", "mrr", "mrr_std", "l1"]].to_string())
    print(f"wrote {args.table}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
