"""The architecture table of issue #17 as Markdown for the Results page, with the study's ranking beside ours.

The runs are recorded by :mod:`synthproxy.experiments.archs` (``results/archs/<synth>.csv``: six
architectures, pure L1, two budgets). :func:`arch_table_markdown` lays one synth's table out in the
study's layout (one row per architecture, the study's name for it, its validation MRR and rank) and
:func:`ranking_sentence` says whether the study's ranking is reproduced.

Shown in use in ``book/results.md`` (made by :func:`synthproxy.report.results_markdown`).
"""

from __future__ import annotations

from pathlib import Path

from synthproxy.paths import RESULTS_DIR

__all__ = [
    "ARCHS_DIR",
    "STUDY_SYNTH",
    "arch_section",
    "arch_table_markdown",
    "hpo_markdown",
    "ranking_sentence",
    "study_ranking",
]

#: Where the tables are, one CSV per synth.
ARCHS_DIR: Path = RESULTS_DIR / "archs"
#: The study's synth whose ranking each of ours is compared with (amsynth, a subtractive synth, stands in for Diva).
STUDY_SYNTH: dict[str, str] = {"dexed": "Dexed", "amsynth": "Diva", "talnm": "TAL-NoiseMaker"}


def study_ranking(synth: str, original: str | Path | None = None):
    """The study's architectures for the synth ``synth`` stands in for, best first (``results/original_study.csv``).

    Returns
    -------
    pandas.DataFrame
        Columns ``study_arch``, ``arch``, ``val_mrr``, ``val_l1``, ``study_rank`` (1 = best), indexed by ``arch``.
    """
    import pandas as pd

    df = pd.read_csv(Path(original) if original else RESULTS_DIR / "original_study.csv")
    df = df[df.synth == STUDY_SYNTH.get(synth, synth)].sort_values("val_mrr", ascending=False).copy()
    df["study_rank"] = range(1, len(df) + 1)
    return df.set_index("arch")


def _defaults(df):
    """The rows trained with the default settings (a searched architecture's ``hpo`` rows apart)."""
    return df[df.config == "default"] if "config" in df.columns else df


def hpo_markdown(synth: str, results: str | Path | None = None) -> str:
    """What each recorded search (``results/hpo/<synth>_<arch>_<stage>/best.json``) chose, and what it changed.

    One row per search: trials and minutes, the validation MRR of its best trial, the chosen learning
    rate, betas and encoder overrides, and, where :mod:`synthproxy.experiments.archs` trained the
    architecture again with them (``config`` ``hpo``), the test MRR at each budget with the default
    settings and with the chosen ones. Empty when no search is recorded.
    """
    import json

    import pandas as pd

    root = Path(results) if results else RESULTS_DIR
    searches = sorted((root / "hpo").glob(f"{synth}_*/best.json"))
    if not searches:
        return ""
    table = root / "archs" / f"{synth}.csv"
    runs = pd.read_csv(table) if table.exists() else None
    head = ["encoder", "trials (min)", "best trial: val MRR", "chosen", "test MRR @4,096: default → tuned"]
    lines = ["| " + " | ".join(head) + " |", "|---|---:|---:|---|---|"]
    for path in searches:
        best = json.loads(path.read_text())
        cfg = best.get("train_config") or {}
        chosen = [f"lr {cfg.get('lr', 0):.2g}", f"betas {tuple(round(b, 3) for b in cfg.get('betas') or ())}"]
        chosen += [f"{k} {v}" for k, v in (cfg.get("overrides") or {}).items()]
        effect = []
        if runs is not None and "config" in runs.columns:
            for budget in ("equal_presets", "equal_time"):
                g = runs[(runs.arch == best["arch"]) & (runs["size"] == best["size"]) & (runs.budget == budget)]
                d, t = g[g.config == "default"], g[g.config == "hpo"]
                if len(d) and len(t):
                    label = "equal presets" if budget == "equal_presets" else "equal time"
                    effect.append(f"{label}: {d.test_mrr.iloc[0]:.3f} → {t.test_mrr.iloc[0]:.3f}")
        lines.append(
            f"| `{best['arch']}` {best['size']} ({best.get('stage', '')}) | {best.get('trials')} "
            f"({best.get('minutes')}) | {best['val_mrr']:.3f} | {', '.join(chosen)} | {'; '.join(effect) or '-'} |"
        )
    return "\n".join(lines)


def _ranks(values) -> list[int]:
    order = sorted(range(len(values)), key=lambda i: -values[i])
    ranks = [0] * len(values)
    for r, i in enumerate(order, 1):
        ranks[i] = r
    return ranks


def arch_table_markdown(synth: str, table: str | Path | None = None, original: str | Path | None = None) -> str:
    """A synth's architecture table: one row per architecture, both budgets, the study's numbers beside ours.

    Two tables, each narrow enough for a book page. The scores: our architecture (and the study's name),
    the study's validation MRR and rank, then for each budget our validation MRR (the study's validation
    protocol, audio queries among 512 presets) and test MRR (pool 4,096 x 100, preset queries) with our
    rank. The cost: parameters and, for each budget, the presets seen and minutes. Empty when the synth
    has no table.
    """
    import pandas as pd

    table = Path(table) if table else ARCHS_DIR / f"{synth}.csv"
    if not table.exists():
        return ""
    df = _defaults(pd.read_csv(table))
    study = study_ranking(synth, original)
    budgets = [b for b in ("equal_presets", "equal_time") if b in set(df.budget)]
    labels = {b: "equal presets" if b == "equal_presets" else "equal CPU time" for b in budgets}
    # two tables, so that each fits a book page: the scores (the study's first), then what each run cost
    head = ["encoder (study's name)", f"study ({STUDY_SYNTH.get(synth, synth)}): val MRR (rank)"]
    for b in budgets:
        head += [f"{labels[b]}: val MRR", f"{labels[b]}: test MRR @4,096 (rank)"]
    cost = ["encoder", "parameters"] + [f"{labels[b]}: presets seen (minutes)" for b in budgets]
    archs = list(dict.fromkeys(df.arch))
    ranks = {}
    for b in budgets:
        g = df[df.budget == b].set_index("arch")
        present = [a for a in archs if a in g.index]
        ranks[b] = dict(zip(present, _ranks([float(g.loc[a, "test_mrr"]) for a in present])))
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    costs = ["| " + " | ".join(cost) + " |", "|---|" + "---:|" * (len(cost) - 1)]
    for a in archs:
        of = df[df.arch == a]
        name = f"`{a}`" + (f" ({study.loc[a, 'study_arch']})" if a in study.index else " (-)")
        cells = [name, f"{study.loc[a, 'val_mrr']:.3f} ({study.loc[a, 'study_rank']})" if a in study.index else "-"]
        spent = [f"`{a}`", f"{int(of.parameters.iloc[0]):,}"]
        for b in budgets:
            r = of[of.budget == b]
            if not len(r):
                cells += ["", ""]
                spent.append("")
                continue
            r = r.iloc[0]
            cells += [f"{r.val_mrr:.3f}", f"{r.test_mrr:.3f} ± {r.test_mrr_std:.3f} ({ranks[b][a]})"]
            spent.append(f"{int(r.presets_seen):,} ({r.minutes:.1f})")
        lines.append("| " + " | ".join(cells) + " |")
        costs.append("| " + " | ".join(spent) + " |")
    return "\n".join(lines) + "\n\n" + "\n".join(costs)


def ranking_sentence(
    synth: str, budget: str = "equal_presets", table: str | Path | None = None, original: str | Path | None = None
) -> str:
    """Whether our test-MRR ranking of the study's five architectures matches the study's, in one sentence."""
    import pandas as pd

    table = Path(table) if table else ARCHS_DIR / f"{synth}.csv"
    if not table.exists():
        return ""
    df = _defaults(pd.read_csv(table))
    study = study_ranking(synth, original)
    g = df[(df.budget == budget) & df.arch.isin(study.index)].sort_values("test_mrr", ascending=False)
    ours = list(g.arch)
    theirs = [a for a in study.index if a in ours]
    label = "equal presets seen" if budget == "equal_presets" else "equal CPU time"
    if not ours:
        return ""
    same = ours == theirs
    return (
        f"At {label}, our order of the study's five encoders on {synth} is "
        + " > ".join(f"`{a}`" for a in ours)
        + (
            "; the study's order is the same."
            if same
            else "; the study's order on "
            + STUDY_SYNTH.get(synth, synth)
            + " is "
            + " > ".join(f"`{a}`" for a in theirs)
            + "."
        )
    )


def arch_section(results: Path | None = None) -> list[str]:
    """The Results page's section on the architecture table (Markdown lines); empty when nothing is recorded."""
    folder = (Path(results) if results else RESULTS_DIR) / "archs"
    tables = [
        (p.stem, arch_table_markdown(p.stem, p, folder.parent / "original_study.csv"))
        for p in sorted(folder.glob("*.csv"))
    ]
    tables = [(synth, t) for synth, t in tables if t]
    if not tables:
        return []
    out = [
        "## The six architectures, at the study's protocol",
        "",
        "The study's six preset encoders (size *s*, pure L1 as in the study, bfloat16 autocast on one core each),",
        "trained on the same random training set per synth under two budgets: **equal presets seen** (every",
        "architecture sees the same presets, the study's comparison at a smaller scale) and **equal CPU time**",
        "(each architecture's presets are its own measured training rate times the same number of seconds; the",
        "minutes each run took are given). *val MRR*: audio queries among 512 presets, 100 pools of the 16,384",
        "validation presets, the expectation of the study's validation protocol, beside its published numbers",
        "(after 30 epochs over 10.24 M presets on a GPU; amsynth is compared with the study's other subtractive",
        "synth, Diva). *test MRR*: the study's test protocol, preset queries among 4,096 sounds, mean ± std over",
        "100 pools of the random test set (seed 600); rank among our six in brackets. Recorded by",
        "`python -m synthproxy.experiments.archs` (`results/archs/<synth>.csv`, with MRR@k for k = 1..5, L1, the",
        "hand-crafted test split, each checkpoint's SHA-256 and the CPU).",
        "",
    ]
    for synth, table in tables:
        original = folder.parent / "original_study.csv"
        sentences = [
            ranking_sentence(synth, b, folder / f"{synth}.csv", original) for b in ("equal_presets", "equal_time")
        ]
        out += [f"**{synth}**", "", table, "", " ".join(s for s in sentences if s), ""]
    searches = [(synth, hpo_markdown(synth, folder.parent)) for synth, _ in tables]
    searches = [(synth, t) for synth, t in searches if t]
    if searches:
        out += [
            "### Hyper-parameter search",
            "",
            "Searched as the study did (Optuna: scrambled-Sobol trials, then multivariate TPE; objective the",
            "validation MRR), scaled to CPU: each trial is one pass over the first 65,536 training presets, scored",
            "on 4,096 validation presets (`synthproxy hpo`, `results/hpo/<synth>_<arch>_<stage>/`: every trial in",
            "`trials.csv`, the choice in `best.json`; minutes on a busy 2-core Xeon). The chosen settings then train",
            "the architecture again at the table's budgets (last column).",
            "",
        ]
        for synth, t in searches:
            out += [f"**{synth}**", "", t, ""]
    return out
