"""Pages of the book made from recorded results (benchmarks), written before the book is built.

``python -m synthproxy.report`` writes ``book/benchmarks.md`` from ``results/bench_*.json``; ``make study``
calls it. A missing result file gives a line saying which benchmark to run, not a failed build.

It also writes ``book/results.md`` (:func:`results_markdown`) from the committed recorded results
(``results/recorded/``, ``results/cpu_long/runs.csv``, ``results/original_study.csv``), this build's
``results/evaluation.csv`` and the figures of ``notebooks/05_figures.ipynb`` in ``results/figures/``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from synthproxy.paths import REPO_ROOT, RESULTS_DIR

#: Order of the CPU kinds on the Benchmarks page (:func:`synthproxy.machine.cpu_info`'s ``kind``).
CPU_KINDS: tuple[str, ...] = ("AMX", "AVX-512 BF16", "AVX-512", "AVX2", "other")


def _load_all(name: str, results: Path) -> list[dict[str, Any]]:
    """Every recorded run of benchmark ``name`` (``bench_<name>.json``, ``bench_<name>-<cpu kind>.json``), by CPU
    kind."""
    found = [json.loads(p.read_text()) for p in sorted(results.glob(f"bench_{name}*.json"))]

    def kind(d: dict[str, Any]) -> int:
        k = (d.get("cpu_info") or {}).get("kind", "other")
        return CPU_KINDS.index(k) if k in CPU_KINDS else len(CPU_KINDS)

    return sorted(found, key=kind)


def _where(d: dict[str, Any]) -> str:
    """A heading naming the CPU a result came from."""
    info = d.get("cpu_info") or {}
    if not info:
        return "### CPU not recorded"
    flags = ", ".join(info.get("flags") or []) or "no AVX2"
    note = f"; {info['note']}" if info.get("note") else ""
    return (
        f"### {info.get('kind', 'other')} CPU: {info.get('model', '?')}, {info.get('cores', '?')} cores ({flags}{note})"
    )


def _sections(name: str, script: str, results: Path, body) -> list[str]:
    """One sub-section per recorded CPU kind, each made by ``body(data) -> lines``; a hint when none is recorded."""
    runs = _load_all(name, results)
    if not runs:
        return ["", _missing(script)]
    out: list[str] = []
    for d in runs:
        out += ["", _where(d), "", *body(d)] if len(runs) > 1 or d.get("cpu_info") else ["", *body(d)]
    return out


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _span(values) -> str:
    v = sorted(values)
    return f"{v[0]:.2f}-{v[-1]:.2f}" if len(v) > 1 else f"{v[0]:.2f}"


def _missing(script: str) -> str:
    return (
        f"*Not measured yet: run `.venv/bin/python benchmarks/{script} --json "
        f"results/bench_{script[:-3]}-<cpu kind>.json`.*"
    )


def _level_bound_lines(r: dict[str, Any]) -> list[str]:
    return [
        _table(
            ["synth", "presets", "draws", "renders skipped", "every draw rendered (presets/s)", "bound", "speed-up"],
            [
                [
                    x["synth"],
                    x["presets"],
                    x["draws"],
                    f"{x['renders_skipped']} ({100 * x['renders_skipped'] / x['draws']:.0f}%)",
                    x["render_per_s"],
                    x["bound_per_s"],
                    f"{x['speedup']:.2f}x",
                ]
                for x in r["results"]
            ],
        )
    ]


def _render_lines(r: dict[str, Any]) -> list[str]:
    return [
        _table(
            [
                "synth",
                "synthproxy (renders/s)",
                "engine alone",
                "direct host calls",
                "overhead",
                "of which state reset",
            ],
            [
                [
                    x["synth"],
                    x["ours_per_s"],
                    x.get("engine_per_s", ""),
                    x["direct_per_s"],
                    f"{100 * x['overhead']:+.1f}%",
                    f"{100 * x.get('overhead_engine_state_reset', 0):+.1f}%",
                ]
                for x in r["results"]
            ],
        ),
        "",
        "For amsynth the gap to a plain DawDreamer loop is the engine's state reset before each render",
        "(voices, reverb tails and the output limiter flushed), which makes a render independent of the one",
        "before it; the plain loop does not guarantee that. TAL-NoiseMaker resets itself (its build in",
        "`third_party/` rebuilds its engine on All Sound Off), so its renders cost what the plain loop costs.",
    ]


def _embed_lines(e: dict[str, Any]) -> list[str]:
    load = (
        f" Load average {e['load_average_before']:.1f} before, {e['load_average_after']:.1f} after."
        if "load_average_before" in e
        else ""
    )
    lines = [
        _table(
            ["path", "clips/s", "ms/clip", "min cosine vs naive"],
            [
                [x["path"], f"{x['clips_per_s_best']:.1f}", f"{x['ms_per_clip_best']:.2f}", f"{x['cosine_min']:.6f}"]
                for x in e["rows"]
            ],
        ),
        "",
        f"Speed-up: **{e['speedup']:.1f}x** (default precision here: `{e.get('precision', '?')}`); "
        f"embeddings do not depend on batch composition (max abs difference "
        f"{e['batch_composition_max_abs_diff']:.1e}).{load}",
    ]
    renders = e.get("renders")
    if renders:
        lines += [
            "",
            "On real renders (random presets, the exact float32 network as reference): "
            + "; ".join(f"{x['synth']} {x['n']} clips, min cosine {x['cosine_min']:.6f}" for x in renders)
            + ".",
        ]
    return lines


def _generate_lines(g: dict[str, Any]) -> list[str]:
    runs = g["results"][0].get("repeats", 1) if g["results"] else 1
    out = [
        f"Steady state of warm workers (the sum of each worker's rate from the end of its first chunk to the end "
        f"of its last), {g.get('size', 4096)} presets per run in chunks of {g.get('chunk', 256)}; "
        f"the median of {runs} alternating runs"
        + (f" on {g['cpu']} cores ({g['cpu_model']})" if g.get("cpu_model") else "")
        + ". Targets: 2 workers >= 0.9 x the slower raw rate, and >= 1.8 x one worker.",
        "",
    ]
    out.append(
        _table(
            [
                "synth",
                "raw render /s",
                "draws per preset",
                "raw embed /s",
                "1 worker /s",
                "2 workers /s",
                "2 workers / slower raw",
                "2 workers / 1 worker",
            ],
            [
                [
                    x["synth"],
                    x["raw_render_per_s"],
                    x["draws_per_preset"],
                    x["raw_embed_per_s"],
                    x["pipeline_1_worker_per_s"],
                    x["pipeline_2_workers_per_s"],
                    x["ratio_2_workers_to_slower_raw"],
                    x["ratio_2_to_1_workers"],
                ]
                for x in g["results"]
            ],
        )
    )
    spread = [
        f"{x['synth']} {_span(r['ratio_2_workers_to_slower_raw'] for r in x['runs'])} and "
        f"{_span(r['ratio_2_to_1_workers'] for r in x['runs'])}"
        for x in g["results"]
        if x.get("runs")
    ]
    if spread:
        out += [
            "",
            "Ratios of the single runs (2 workers / slower raw, 2 workers / 1 worker): " + "; ".join(spread) + ".",
        ]
    return out


def _train_lines(t: dict[str, Any]) -> list[str]:
    """One row per architecture, size and loss; presets/s per variant side by side, and the last variant's
    speed-up over the first (``plain``, the token models' old path, where it was measured; else ``eager``)."""
    rows = [x for x in t["rows"] if not x.get("error") and "presets_per_s" in x]  # not failed, not skipped
    seen = {x["variant"] for x in rows}
    variants = [v for v in dict.fromkeys([*(t.get("args") or {}).get("variants", []), *seen]) if v in seen]
    keyed: dict[tuple[str, str, str], dict[str, Any]] = {}
    for x in rows:
        keyed.setdefault((x["arch"], x["size"], x.get("loss", "l1")), {})[x["variant"]] = x
    table = []
    for (arch, size, loss), by in keyed.items():
        first = next(iter(by.values()))
        speeds = [f"{by[v]['presets_per_s']:.0f}" if v in by else "-" for v in variants]
        measured = [by[v]["presets_per_s"] for v in variants if v in by]
        gain = f"{measured[-1] / measured[0]:.2f}x" if len(measured) > 1 else "-"
        table.append([arch, size, loss, f"{first['parameters']:,}", first["batch"], *speeds, gain])
    header = ["arch", "size", "loss", "parameters", "batch", *(f"{v} (presets/s)" for v in variants)]
    return [_table([*header, f"{variants[-1]} / first"], table)]


def _metrics_lines(m: dict[str, Any]) -> list[str]:
    load = m["machine"]
    return [
        _table(
            ["items", "strategy", "data", "before (s)", "after (s)", "speed-up", "identical"],
            [
                [
                    f"{x['n']:,}",
                    x["strategy"],
                    x["data"],
                    f"{x['before_s']:.1f}"
                    + (
                        ""
                        if x["before_measured_subsets"] in (1, x["subsets"])
                        else f" ({x['before_measured_subsets']} pools, scaled)"
                    ),
                    f"{x['after_s']:.1f}",
                    f"{x['speedup']:.1f}x",
                    x["identical"],
                ]
                for x in m["rows"]
            ],
        ),
        "",
        f"Load average during the run: {load['load_before'][0]:.1f} before, {load['load_after'][0]:.1f} after, "
        f"on {load['cores']} cores.",
    ]


def benchmarks_markdown(results: Path = RESULTS_DIR) -> str:
    """The benchmarks page: render, embedding, generation, training and evaluation-metric speeds as recorded,
    one table per kind of CPU measured (AMX, AVX-512, AVX2: :func:`synthproxy.machine.cpu_info`)."""
    out = [
        "# Benchmarks",
        "",
        "Speeds measured on 2-core machines with no GPU by the scripts in `benchmarks/`, which write the JSON",
        "files in `results/` that this page is made from, each with the CPU it ran on. The machines differ:",
        "Intel CPUs with AMX run the audio model in bfloat16, AMD CPUs with AVX2 only in float32 (Winograd",
        "convolutions), several times slower; each section has one table per kind of CPU measured. Ratios are",
        "measured within one run; tests never depend on these numbers.",
        "",
    ]
    out += [
        "## Rendering",
        "",
        "`benchmarks/render.py`: 2 s renders of random presets on one core, through synthproxy",
        "(`render_preset`) vs. the host called directly with everything prepared beforehand.",
    ]
    out += _sections("render", "render.py", results, _render_lines)
    out += [
        "",
        "## Audio embeddings",
        "",
        "`benchmarks/embed.py`: aisfx on 2 s clips, one thread: the package's own",
        "way (librosa log-mel and a float32 forward per clip) vs. ours (torch front end, batched, batch norms",
        "folded; bfloat16 and channels-last where the CPU has native bfloat16, float32 Winograd convolutions",
        "elsewhere), at equal output (cosine similarity per clip).",
    ]
    out += _sections("embed", "embed.py", results, _embed_lines)
    out += [
        "",
        "## Dataset generation",
        "",
        "`benchmarks/generate.py`: presets/s of the whole pipeline (render with the",
        "silence filter, embed with aisfx, write the store) on a local Dask cluster, next to the raw rates on one "
        "core.",
    ]
    out += _sections("generate", "generate.py", results, _generate_lines)
    out += [
        "",
        "`benchmarks/level_bound.py`: audible random Dexed presets/s on one core with the level filter, where",
        "nine draws in ten are too quiet: every draw rendered vs. the draws `synthproxy.synths.dexed_level` proves",
        "silent from the voice's bytes skipped (the same presets and audio, checked in the run).",
    ]
    out += _sections("level_bound", "level_bound.py", results, _level_bound_lines)
    out += [
        "",
        "## Training",
        "",
        "`benchmarks/train.py`: training presets/s of each encoder (512-d targets, one thread) per variant",
        "(the script's docstring: `plain` is the token models' modules without their fast paths, `bf16_fused`",
        "bfloat16 autocast + fused AdamW) and loss (`l1`; `contrastive`, its distances by the numba kernels of",
        "`synthproxy.pairwise_l1`; `contrastive_cdist`, by `torch.cdist`).",
    ]
    out += _sections("train", "train.py", results, _train_lines)
    out += [
        "",
        "## Evaluation metrics",
        "",
        "`benchmarks/metrics.py`: seconds to score 100 random pools of 4,096 items",
        "(512-d, L1, the study's test protocol) with `retrieval_scores`: before, `torch.cdist`; after, the compiled",
        "kernels of `synthproxy.rank_kernels`, which give the same ranks to the last bit. *Independent* embeddings",
        "are the kernels' worst case; *paired* ones (audio + noise, MRR ~0.65) are more like a trained encoder's",
        "(their exact early exit saves little here: in 512 Gaussian dimensions all distances are alike).",
    ]
    out += _sections("metrics", "metrics.py", results, _metrics_lines)
    return "\n".join(out) + "\n"


def _fmt_mrr(mean: float, std: float) -> str:
    """``mean ± std`` over pools; the mean alone for one pool (a standard deviation of 0 would mislead)."""
    if pd.isna(mean):
        return "–"
    return f"{mean:.3f}" if pd.isna(std) or std == 0 else f"{mean:.3f} ± {std:.3f}"


def _results_tables(ev: pd.DataFrame) -> list[str]:
    """One markdown table per synth: encoders as rows, MRR ± std and L1 per test set; the best of each column in
    bold."""
    from synthproxy.figures import STUDY_NAMES, TEST_SETS, results_table

    means, stds = results_table(ev, ("mrr", "l1")), results_table(ev, ("mrr_std",))
    out = []
    for synth in dict.fromkeys(ev["synth"]):
        sets = [t for t in TEST_SETS.values() if (synth, t, "mrr") in means.columns]
        rows = means.index[means[[(synth, t, "mrr") for t in sets]].notna().any(axis=1)]
        header = ["encoder (original study's name)"] + [f"{t} {m}" for t in sets for m in ("MRR", "L1")]
        body = []
        for model in rows:
            arch = model.split(" (")[0]
            cells = [f"{model} [{STUDY_NAMES[arch]}]" if arch in STUDY_NAMES else model]
            for t in sets:
                mrr, l1 = means.loc[model, (synth, t, "mrr")], means.loc[model, (synth, t, "l1")]
                best_mrr = mrr == means.loc[rows, (synth, t, "mrr")].max()
                best_l1 = l1 == means.loc[rows, (synth, t, "l1")].min()
                text = _fmt_mrr(mrr, stds.loc[model, (synth, t, "mrr_std")])
                cells += [
                    f"**{text}**" if best_mrr else text,
                    "–" if pd.isna(l1) else (f"**{l1:.4f}**" if best_l1 else f"{l1:.4f}"),
                ]
            body.append(cells)
        out += [f"### {synth}", "", _table(header, body), ""]
    return out


#: The original study's published validation MRR and L1 per synth and encoder (256 audio queries among 512
#: predicted preset embeddings; read from its repository's evaluation configurations): the committed
#: ``results/original_study.csv``.
ORIGINAL_VALIDATION: str = "original_study.csv"
#: Recorded results, committed (:mod:`synthproxy.experiments.record`), and their hand-written reading.
RECORDED_EVALUATION: str = "recorded/evaluation.csv"
RECORDED_NOTES: str = "recorded/notes.md"


def _recorded_lines(results: Path) -> list[str]:
    """The recorded test scores of the committed proxies, with their test sets and the notes beside them."""
    from synthproxy.figures import load_evaluation, random_mrr, test_sets_table

    path = results / RECORDED_EVALUATION
    if not path.exists():
        return ["*No recorded results yet (`python -m synthproxy.experiments.record`).*", ""]
    rec = load_evaluation(path)
    sets = test_sets_table(rec)
    where = ", ".join(sorted({f"{c} CPU" for c in rec.get("cpu", pd.Series(dtype=str)).dropna()})) or "unrecorded CPU"
    dates = sorted(rec.get("recorded", pd.Series(dtype=str)).dropna().astype(str))
    out = [
        "The committed proxies (`checkpoints/<synth>_<arch>_<size>.pt`) on the large test sets, with the original",
        "study's test protocol: each predicted preset embedding is the query among the audio embeddings of a",
        "pool of presets, pools drawn at random (seed 42); a hand-crafted set smaller than a pool is one pool",
        f"(no standard deviation). Measured on an {where}" + _dates(dates),
        "",
        *_results_tables(rec),
        _table(
            ["synth", "test set", "presets", "pool", "pools", "random MRR", "training presets", "epochs"],
            [
                [
                    r.synth,
                    r["test set"],
                    r.n,
                    r.pool,
                    r.subsets,
                    f"{random_mrr(int(r.pool)):.4f}",
                    _first(rec, r.synth, "train_presets"),
                    _first(rec, r.synth, "epochs"),
                ]
                for _, r in sets.iterrows()
            ],
        ),
        "",
    ]
    notes = results / RECORDED_NOTES
    if notes.exists():
        out += ["### What the numbers say", "", notes.read_text().strip(), ""]
    return out


def _ablation_lines(results: Path) -> list[str]:
    """What moved the MRR (issue #16): one table per synth recorded in ``results/ablation/``."""
    from synthproxy.ablation_table import ablation_markdown

    tables = [(p.stem, ablation_markdown(p.stem, p)) for p in sorted((results / "ablation").glob("*.csv"))]
    tables = [(synth, t) for synth, t in tables if t]
    if not tables:
        return []
    out = [
        "## What moves the MRR",
        "",
        "Proxies of one architecture trained on more random presets, on presets drawn partly from hand-crafted",
        "training presets (*bank-mix* prior), and fine-tuned on the hand-crafted training split, each scored on",
        "the test sets above at pools of 512 and 4,096 (mean ± std over 100 pools; a hand-crafted set smaller than",
        "the pool is one pool of the whole set). Recorded by `python -m synthproxy.experiments.ablation`",
        "(`results/ablation/<synth>.csv`, with each checkpoint's SHA-256 and the CPU). *presets* and *prior* are",
        "those of the random training; *epochs (minutes, CPU)* those of the last run (the fine-tuning, where there is",
        "one) and the CPU kind it was trained and scored on: each machine scores on its own embeddings of the same",
        "test presets (bfloat16 on AMX, float32 Winograd on AVX2; cosine >= 0.999 between them).",
        "",
    ]
    for synth, table in tables:
        out += [f"**{synth}**", "", table, ""]
    return out + _nearness_lines(results)


def _nearness_lines(results: Path) -> list[str]:
    """How much of a hand-crafted MRR could be memory: ``results/nearness/<synth>.csv``, one table per synth."""
    from synthproxy.ablation_table import nearness_markdown

    tables = [(p.stem, nearness_markdown(p)) for p in sorted((results / "nearness").glob("*.csv"))]
    if not tables:
        return []
    out = [
        "**Far from every training preset.** The split keeps test presets apart from training ones in the synth's",
        "own terms (DX7: more than 16 of 118 sound bytes differ); the proxy sees only the spec's parameters, where a",
        "few can still be close. Hand-crafted test MRR (pool 512, or the set) on the test presets that differ from",
        "every hand-crafted training preset in more than so many parameters (`python -m",
        "synthproxy.experiments.nearness`, `results/nearness/<synth>.csv`):",
        "",
    ]
    for synth, table in tables:
        out += [f"**{synth}**", "", table, ""]
    return out


def _dates(dates: list[str]) -> str:
    """``, D.`` or ``, D1 to D2.`` (nothing but the stop when no date is recorded)."""
    if not dates:
        return "."
    return f", {dates[0]}." if dates[0] == dates[-1] else f", {dates[0]} to {dates[-1]}."


def _first(df: pd.DataFrame, synth: str, column: str) -> str:
    values = df.loc[df["synth"] == synth, column].dropna() if column in df.columns else pd.Series(dtype=object)
    return f"{int(values.iloc[0]):,}" if len(values) else "–"


def _architecture_lines(results: Path) -> list[str]:
    """Validation MRR of every architecture of the cpu-long runs, beside the original study's."""
    from synthproxy.figures import STUDY_NAMES

    runs_csv = results / "cpu_long" / "runs.csv"
    if not runs_csv.exists():
        return []
    runs = pd.read_csv(runs_csv)
    runs = runs[runs["group"] == "archs"]
    original = pd.read_csv(results / ORIGINAL_VALIDATION) if (results / ORIGINAL_VALIDATION).exists() else None
    orig = {} if original is None else {(r.synth, r.arch): r.val_mrr for r in original.itertuples()}
    names = {"dexed": "Dexed", "talnm": "TAL-NoiseMaker"}
    body = []
    for r in runs.sort_values(["synth", "val_mrr_audio_to_preset"], ascending=[True, False]).itertuples():
        theirs = orig.get((names.get(r.synth, r.synth), r.arch))
        body.append(
            [
                r.synth,
                f"{r.arch} [{STUDY_NAMES.get(r.arch, '–')}]",
                f"{int(r.parameters):,}",
                f"{int(r.train_presets):,}",
                int(r.epochs),
                f"{r.val_mrr_audio_to_preset:.3f}",
                f"{r.val_mrr_preset_to_audio:.3f}",
                "–" if theirs is None else f"{theirs:.3f}",
                f"{r.minutes:.0f}",
            ]
        )
    return [
        "## Every architecture (validation, cpu-long runs)",
        "",
        "The six encoders of [chapter 3](notebooks/03_train.ipynb), size *s*, trained by",
        "`python -m synthproxy.experiments.runs` (`results/cpu_long/runs.csv`) on 32,768 random presets per synth",
        "(the Dexed runs at dexed-py's own level, before the level fix of issue #15), L1 plus the contrastive term,",
        "with epochs set for roughly equal CPU time per run. Validation MRR: pool of 512, mean over 8 pools, in",
        "both directions; the original study's column is its published validation MRR (audio queries, pool 512)",
        "after 30 epochs over 10.24 M presets (amsynth was not in the original study).",
        "",
        _table(
            [
                "synth",
                "encoder [original name]",
                "parameters",
                "training presets",
                "epochs",
                "MRR audio → preset",
                "MRR preset → audio",
                "original: MRR audio → preset",
                "minutes",
            ],
            body,
        ),
        "",
        "At these budgets the token models that lead the original ranking (tfm, hn_ptgru) saw one or two epochs",
        "and are far from converged; the ranking here measures what fits in a CPU session, not the architectures.",
        "",
    ]


def results_markdown(results: Path = RESULTS_DIR, book: Path = REPO_ROOT / "book") -> str:
    """The results page: the recorded results (committed), every architecture's validation score beside the
    original study's, this build's quick-scale table, and the figures of chapter 5.

    Parameters
    ----------
    results : Path
        Holds ``recorded/evaluation.csv`` and ``recorded/notes.md`` (committed), ``cpu_long/runs.csv`` and
        ``original_study.csv`` (committed), ``evaluation.csv`` (from ``notebooks/04_evaluate.ipynb``) and
        ``figures/*.png`` (from ``notebooks/05_figures.ipynb``); whatever is missing is named on the page.
    book : Path
        The page's folder (figures are linked relative to it).

    Shown in use in ``notebooks/05_figures.ipynb`` (which makes its figures).
    """
    import os

    from synthproxy.arch_table import arch_section
    from synthproxy.figures import ResultsMissing, load_evaluation

    out = [
        "# Results",
        "",
        "Every trained encoder is scored on each synth's two test sets: random presets drawn like the training",
        "data (*synthetic*, dataset seed 600) and presets made by people (*hand-crafted*: the DX7 factory ROMs and",
        "every tenth community bank for Dexed; amsynth's factory bank and every fifth numbered bank;",
        "TAL-NoiseMaker's presets; `data/*/split.csv`). **MRR** is the mean reciprocal rank of a preset's own",
        "sound among the pool's (1: always first) and **L1** the mean absolute difference between predicted and",
        "audio embeddings ([chapter 4](notebooks/04_evaluate.ipynb)). The [comparison page](original_vs_ours.md)",
        "sets the settings of the original study beside ours.",
        "",
        "## Recorded results",
        "",
        *_recorded_lines(results),
        *_ablation_lines(results),
        *(arch_section(results) or _architecture_lines(results)),
        "## This build",
        "",
    ]
    try:
        ev = load_evaluation(results / "evaluation.csv")
    except ResultsMissing:
        out.append(
            "*Not evaluated yet: run `notebooks/04_evaluate.ipynb` (`make study` runs it), which writes "
            "`results/evaluation.csv`.*"
        )
        out.append("")
        ev = None
    if ev is not None:
        out += [
            "What `make study` measured at the scale it ran (at its quick scale: encoders trained in minutes on a",
            "few thousand presets, small test sets). These numbers check that the pipeline works end to end; the",
            "recorded results above are the study's.",
            "",
            *_results_tables(ev),
        ]
    out += ["## Figures", ""]
    figures = [
        (
            "results_mrr",
            "MRR of every encoder of this build per synth and test set (± one standard deviation over pools).",
        ),
        (
            "training_curves",
            "Validation MRR during training (an audio embedding as the query among a validation "
            "pool's predicted embeddings).",
        ),
    ]
    synths = list(dict.fromkeys(ev["synth"])) if ev is not None else []
    figures += [
        (f"umap_{s}_sources", f"{s}: audio embeddings of hand-crafted and random presets in one UMAP.") for s in synths
    ]
    figures += [
        (
            f"umap_{s}_categories",
            f"{s}: hand-crafted presets by category (faint: from the nearest named sounds), audio embeddings and "
            "each encoder's predictions.",
        )
        for s in synths
    ]
    shown = 0
    for stem, caption in figures:
        png = results / "figures" / f"{stem}.png"
        if png.exists():
            out += [
                f"```{{figure}} {Path(os.path.relpath(png, book)).as_posix()}",
                f":name: fig-{stem.replace('_', '-')}",
                f":alt: {caption}",
                "",
                caption,
                "```",
                "",
            ]
            shown += 1
    if not shown:
        out.append("*No figures yet: run `notebooks/05_figures.ipynb` (`make study` runs it).*")
    return "\n".join(out) + "\n"


def write_pages(book: Path = REPO_ROOT / "book", results: Path = RESULTS_DIR) -> list[Path]:
    """Write the generated pages of the book; returns their paths."""
    from synthproxy.io import write_bytes

    path = book / "benchmarks.md"
    write_bytes(path, benchmarks_markdown(results).encode())
    write_bytes(book / "results.md", results_markdown(results, book).encode())
    return [path, book / "results.md"]


if __name__ == "__main__":  # pragma: no cover
    for p in write_pages():
        print(f"wrote {p}")
