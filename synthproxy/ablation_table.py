"""The ablation tables of issue #16 as Markdown for the Results page: what moves a proxy's MRR, per synth.

The tables are recorded by :mod:`synthproxy.experiments.ablation` (``results/ablation/<synth>.csv``: one row
per proxy, test set and pool size, with the training presets, prior and fine-tuning read from each
checkpoint). :func:`ablation_markdown` lays one synth's rows out, one line per proxy.

Shown in use in ``book/results.md`` (made by :func:`synthproxy.report.results_markdown`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synthproxy.paths import RESULTS_DIR

__all__ = ["ABLATION_DIR", "NEARNESS_DIR", "POOLS", "ablation_markdown", "nearness_markdown"]

#: Where the tables are, one CSV per synth.
ABLATION_DIR: Path = RESULTS_DIR / "ablation"
#: Where :mod:`synthproxy.experiments.nearness` keeps its tables, one CSV per synth.
NEARNESS_DIR: Path = RESULTS_DIR / "nearness"
#: Pool sizes of the tables: the acceptance's 512 and the study's 4,096.
POOLS: tuple[int, ...] = (512, 4096)


def ablation_markdown(synth: str, table: str | Path | None = None) -> str:
    """A synth's ablation as a Markdown table: one row per proxy, MRR per test set and pool (± std over pools).

    Empty when the synth has no table.
    """
    import pandas as pd

    table = Path(table) if table else ABLATION_DIR / f"{synth}.csv"
    if not table.exists():
        return ""
    df = pd.read_csv(table)
    if "cpu" not in df.columns:
        df["cpu"] = ""
    keys = ["arch", "size", "train_presets", "prior", "fine_tuned", "epochs", "train_minutes", "cpu"]
    cols = [(t, p) for t in ("synthetic", "handcrafted") for p in POOLS]
    # the scores first, so that a narrow page shows them; what made each proxy after them
    head = ["proxy"] + [f"{'random' if t == 'synthetic' else 'hand-crafted'}, pool {p:,}" for t, p in cols]
    head += ["presets", "prior", "fine-tuned", "epochs (minutes, CPU)"]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * len(cols) + "---:|---|---|---:|"]
    for key, g in df.groupby(keys, sort=False, dropna=False):
        arch, size, n, prior, tuned, epochs, minutes, cpu = key
        where = f", {cpu}" if isinstance(cpu, str) and cpu else ""
        cells = [f"`{arch}` {size}"]
        for t, p in cols:
            of_set = g[g["test_set"] == t]
            r = of_set[of_set["pool"] == min(p, int(of_set["n"].max()))] if len(of_set) else of_set
            cells.append(_score(r.iloc[0]) if len(r) else "")
        cells += [f"{int(n):,}", str(prior), str(tuned), f"{float(epochs):g} ({minutes:g}{where})"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _score(r: Any) -> str:
    if r["subsets"] > 1 and r["mrr_std"] > 0:
        return f"{r['mrr']:.3f} ± {r['mrr_std']:.3f}"
    return f"{r['mrr']:.3f} (n {int(r['n']):,})"


def nearness_markdown(table: str | Path) -> str:
    """A synth's nearness table (:mod:`synthproxy.experiments.nearness`) as Markdown: one row per proxy,
    its hand-crafted test MRR on the test presets farther than each threshold from every training preset
    (pool 512; a set no larger is one pool of itself, marked "one pool").

    Empty when the table does not exist.
    """
    import pandas as pd

    table = Path(table)
    if not table.exists():
        return ""
    df = pd.read_csv(table)
    limits = sorted(df["min_distance"].unique())
    head = ["proxy"] + ["all" if t < 0 else f"> {t} differ" for t in limits]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * len(limits)]
    for checkpoint, g in df.groupby("checkpoint", sort=False):
        by = g.set_index("min_distance")
        cells = [f"`{Path(str(checkpoint)).stem}`"]
        cells += [_near_cell(by.loc[t]) if t in by.index else "" for t in limits]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _near_cell(r: Any) -> str:
    # a set no larger than the pool is one pool of itself: its MRR is not comparable with pool-512 ones
    whole = ", one pool" if int(r["pool"]) >= int(r["n"]) else ""
    return f"{r['mrr']:.3f} (n {int(r['n']):,}{whole})"
