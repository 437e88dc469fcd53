"""The random datasets behind the recorded results, with what they cost: ``results/recorded/datasets.csv``.

One row per complete store under ``$SYNTHPROXY_DATA/datasets`` (:func:`synthproxy.store.dataset_summary`:
presets kept, draws per preset, the aisfx precision it was embedded with, CPU hours of rendering and
embedding summed over chunks, size on disk in MiB, digest) and ``recorded_on``, the kind of CPU that wrote
the row (manifests do not name the CPU a store was made on; its ``precision`` says which aisfx path embedded
it: ``bfloat16`` on AMX / AVX-512 BF16, ``winograd_fused`` on AVX2). Run from the repository root after a long
generation::

    .venv/bin/python -m synthproxy.experiments.datasets [--root $SYNTHPROXY_DATA/datasets]

Rows of stores named again replace their earlier rows; stores no longer on disk keep theirs (the table is
a record, not a listing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from synthproxy.paths import DATA_DIR, RESULTS_DIR

__all__ = ["DATASETS_TABLE", "dataset_rows", "main"]

#: Where the record is kept.
DATASETS_TABLE: Path = RESULTS_DIR / "recorded" / "datasets.csv"


def dataset_rows(root: str | Path):
    """One :func:`~synthproxy.store.dataset_summary` row per complete store in ``root``, plus ``recorded_on``.

    Returns
    -------
    pandas.DataFrame
        Sorted by synth, split and size; empty when ``root`` holds no complete store.
    """
    import pandas as pd

    from synthproxy.machine import cpu_info
    from synthproxy.store import dataset_summary

    rows = []
    for folder in sorted(Path(root).iterdir()) if Path(root).is_dir() else []:
        if not (folder / "manifest.json").exists():
            continue
        row = dataset_summary(folder)
        if row["complete"] and row["ok"]:
            rows.append({**row, "rejected_draws": sum((row["rejected_draws"] or {}).values())})
    table = pd.DataFrame(rows)
    if len(table):
        table["recorded_on"] = cpu_info()["kind"]
        table = table.sort_values(["synth", "split", "n"]).reset_index(drop=True)
    return table


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.experiments.datasets``."""
    import pandas as pd

    from synthproxy.io import atomic_path

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=DATA_DIR / "datasets", help="folder of dataset stores")
    ap.add_argument("--table", type=Path, default=DATASETS_TABLE, help="CSV to update")
    args = ap.parse_args(argv)
    new = dataset_rows(args.root)
    if not len(new):
        print(f"{args.root}: no complete dataset store", file=sys.stderr)
        return 1
    old = pd.read_csv(args.table) if args.table.exists() else new.iloc[:0]
    table = pd.concat([old[~old.store.isin(new.store)], new], ignore_index=True)
    with atomic_path(args.table, ".csv") as tmp:
        table.sort_values(["synth", "split", "n"]).to_csv(tmp, index=False)
    print(new[["store", "n", "core_hours", "disk_mb"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
