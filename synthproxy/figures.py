"""The study's results as tables and figures: the evaluation table, training curves, UMAP maps of embeddings.

Everything here reads what earlier stages recorded: ``results/evaluation.csv`` (``04_evaluate``),
``results/training/<synth>_<arch>_<size>.csv`` (training histories), stores of embeddings and checkpoints.
This module has the results table and training curves; the maps of embeddings are in
:mod:`synthproxy.projections` and chart conventions in :mod:`synthproxy.charts`, and every name they provide
for chapter 5 is importable from here as well (``from synthproxy.figures import source_chart``).
Nothing renders audio. Charts are matplotlib figures (:mod:`synthproxy.charts`: style, colours) saved as static
SVG and PNG (:func:`save_chart`), so notebooks and the book show images that need no JavaScript and no network.

Shown in use in ``notebooks/05_figures.ipynb``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from synthproxy import paths
from synthproxy.charts import (
    ChartFiles,
    arch_order,
    grouped_bars,
    legend_markers,
    legend_patches,
    model_label,
    new_figure,
    palette,
    save_chart,
    styled,
)
from synthproxy.encoders.checkpoint import load_checkpoint
from synthproxy.evaluate import TABLE_COLUMNS
from synthproxy.metrics import random_mrr

# Embedding sets, UMAP maps, distances to the random cloud and category agreement live in synthproxy.projections;
# they are importable from here too, as before the split.
from synthproxy.projections import (
    CATEGORY_NEIGHBORS,
    CLOUD_NEIGHBORS,
    UMAP_METRIC,
    UMAP_MIN_DIST_CATEGORIES,
    UMAP_MIN_DIST_SOURCES,
    UMAP_NEIGHBORS,
    EmbeddingSet,
    agreement_scores,
    category_agreement,
    category_chart,
    category_projection,
    chance_agreement,
    checkpoints_for,
    cloud_distances,
    cloud_extremes,
    distance_to_cloud,
    embedding_set,
    encoder_predictions,
    predicted_embeddings,
    source_chart,
    source_projection,
    subsample,
    umap_projection,
)

__all__ = [
    "EVALUATION_COLUMNS",
    "TEST_SETS",
    "STUDY_NAMES",
    "UMAP_NEIGHBORS",
    "UMAP_MIN_DIST_SOURCES",
    "UMAP_MIN_DIST_CATEGORIES",
    "UMAP_METRIC",
    "CLOUD_NEIGHBORS",
    "CATEGORY_NEIGHBORS",
    "ResultsMissing",
    "EmbeddingSet",
    "ChartFiles",
    "evaluation_path",
    "load_evaluation",
    "cpu_long_runs",
    "model_label",
    "results_table",
    "test_sets_table",
    "results_chart",
    "training_curves",
    "write_training_curves",
    "curves_chart",
    "checkpoints_for",
    "embedding_set",
    "predicted_embeddings",
    "encoder_predictions",
    "subsample",
    "umap_projection",
    "distance_to_cloud",
    "cloud_distances",
    "cloud_extremes",
    "source_projection",
    "source_chart",
    "category_projection",
    "category_chart",
    "category_agreement",
    "chance_agreement",
    "agreement_scores",
    "save_chart",
    "random_mrr",
]

#: Columns of ``results/evaluation.csv``: one row per (checkpoint, test set), written by ``04_evaluate``.
EVALUATION_COLUMNS: tuple[str, ...] = TABLE_COLUMNS
#: Test sets of the evaluation, in table order, and how tables name them.
TEST_SETS: dict[str, str] = {"synthetic": "synthetic", "handcrafted": "hand-crafted"}
#: The original study's names of the architectures it benchmarked (size ``b``).
STUDY_NAMES: dict[str, str] = {
    "mlp": "mlp_oh",
    "highway": "hn_oh",
    "highway_tokens": "hn_pt",
    "gru": "hn_ptgru",
    "transformer": "tfm",
}
_ROUND = 3


class ResultsMissing(FileNotFoundError):
    """A recorded result the figures need is not there; the message names what makes it.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """


# ---------------------------------------------------------------------------------------------
# The evaluation table
# ---------------------------------------------------------------------------------------------
def evaluation_path(results: str | Path | None = None) -> Path:
    """``results/evaluation.csv`` (under ``SYNTHPROXY_RESULTS`` when set).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    return Path(results if results is not None else paths.RESULTS_DIR) / "evaluation.csv"


def load_evaluation(path: str | Path | None = None) -> pd.DataFrame:
    """The evaluation table written by ``notebooks/04_evaluate.ipynb``.

    Parameters
    ----------
    path : str or Path, optional
        Default :func:`evaluation_path`.

    Returns
    -------
    pandas.DataFrame
        One row per (checkpoint, test set), columns :data:`EVALUATION_COLUMNS` (and any others the file has).

    Raises
    ------
    ResultsMissing
        When the file does not exist: the message says to run ``notebooks/04_evaluate.ipynb``.
    ValueError
        When columns are missing (named) or the table is empty.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    path = Path(path) if path is not None else evaluation_path()
    if not path.exists():
        raise ResultsMissing(
            f"{path}: no evaluation results yet. Run notebooks/04_evaluate.ipynb first (`make study` runs it, or "
            f"`cd notebooks && ../.venv/bin/papermill 04_evaluate.ipynb /tmp/04.ipynb`); it writes this file."
        )
    df = pd.read_csv(path)
    missing = [c for c in EVALUATION_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing columns {', '.join(missing)} (expected {', '.join(EVALUATION_COLUMNS)})")
    if df.empty:
        raise ValueError(f"{path}: no rows; run notebooks/04_evaluate.ipynb with at least one checkpoint")
    unknown = sorted(set(df["test_set"]) - set(TEST_SETS))
    if unknown:
        raise ValueError(f"{path}: unknown test_set {', '.join(map(str, unknown))}; expected {', '.join(TEST_SETS)}")
    return df


def cpu_long_runs(path: str | Path | None = None) -> pd.DataFrame:
    """The recorded cpu-long training runs (``results/cpu_long/runs.csv`` of the repository).

    These are results kept in the repository (made by ``python -m synthproxy.experiments.runs``, hours on 2
    cores), so the default path is the repository's, not ``SYNTHPROXY_RESULTS``.

    Returns
    -------
    pandas.DataFrame
        One row per run: ``name``, ``group`` (``archs`` or ``gap``), ``synth``, ``arch``, ``size``,
        ``train_presets``, ``epochs``, ``contrastive``, ``parameters``, best ``val_mrr_preset_to_audio`` and
        ``val_mrr_audio_to_preset`` (pool 512), ``val_l1``, ``presets_per_s``, ``minutes``.

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    path = Path(path) if path is not None else paths.REPO_ROOT / "results" / "cpu_long" / "runs.csv"
    if not path.exists():
        raise ResultsMissing(
            f"{path}: no cpu-long runs recorded; run `.venv/bin/python -m synthproxy.experiments.runs`"
        )
    return pd.read_csv(path)


def _one_row_per_model(evaluation: pd.DataFrame) -> pd.DataFrame:
    df = evaluation.assign(model=[model_label(a, s) for a, s in zip(evaluation["arch"], evaluation["size"])])
    # several checkpoints of one (synth, arch, size) on one test set: the first row of the file is kept
    return df.drop_duplicates(["synth", "model", "test_set"], keep="first")


def results_table(evaluation: pd.DataFrame, metrics: Sequence[str] = ("mrr", "l1")) -> pd.DataFrame:
    """The study's results table: architectures as rows, (synth, test set, metric) as columns.

    Parameters
    ----------
    evaluation : pandas.DataFrame
        From :func:`load_evaluation`.
    metrics : sequence of str
        Columns of the evaluation table to show (MRR: higher is better; L1: lower is better).

    Returns
    -------
    pandas.DataFrame
        Index: model labels (:func:`model_label`) in :data:`synthproxy.encoders.ARCHS` order; columns: a
        MultiIndex (synth, test set, metric), test sets named as in :data:`TEST_SETS`. Where one (synth,
        arch, size) was evaluated with several checkpoints, the first row in the file is used.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    df = _one_row_per_model(evaluation)
    table = df.pivot(index="model", columns=["synth", "test_set"], values=list(metrics))
    table = table.reorder_levels([1, 2, 0], axis=1)
    synths = list(dict.fromkeys(df["synth"]))
    cols = [(s, t, m) for s in synths for t in TEST_SETS for m in metrics if (s, t, m) in table.columns]
    table = table.reindex(index=arch_order(table.index), columns=pd.MultiIndex.from_tuples(cols))
    table.columns = table.columns.set_levels([TEST_SETS[t] for t in table.columns.levels[1]], level=1)
    table.columns.names = ["synth", "test set", "metric"]
    table.index.name = "encoder"
    return table


def test_sets_table(evaluation: pd.DataFrame) -> pd.DataFrame:
    """The test sets behind :func:`results_table`: presets, pool size and subsets per (synth, test set).

    Returns
    -------
    pandas.DataFrame
        Columns ``synth``, ``test set``, ``dataset`` (folder name), ``n``, ``pool``, ``subsets``,
        ``random MRR`` (:func:`random_mrr` of the pool).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    df = evaluation.drop_duplicates(["synth", "test_set"], keep="first")
    df = df.assign(
        dataset=[Path(str(d)).name for d in df["dataset"]], **{"random MRR": [random_mrr(int(p)) for p in df["pool"]]}
    )
    df = df.assign(order=[list(TEST_SETS).index(t) for t in df["test_set"]]).sort_values(
        ["synth", "order"], kind="stable"
    )
    df = df.assign(**{"test set": [TEST_SETS[t] for t in df["test_set"]]})
    return df[["synth", "test set", "dataset", "n", "pool", "subsets", "random MRR"]].reset_index(drop=True)


@styled
def results_chart(evaluation: pd.DataFrame) -> Any:
    """MRR (bars, ± one standard deviation over pools) of every encoder, per synth and test set.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per synth (side by side, encoders as rows, one bar per test set); save it with :func:`save_chart`.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    df = _one_row_per_model(evaluation)
    df = df.assign(
        **{
            "test set": [TEST_SETS[t] for t in df["test_set"]],
            "low": (df["mrr"] - df["mrr_std"]).clip(lower=0),
            "high": (df["mrr"] + df["mrr_std"]).clip(upper=1),
        }
    )
    order = arch_order(df["model"])
    synths = sorted(set(df["synth"]))
    colors = palette(list(TEST_SETS.values()))
    fig = new_figure(min(10.0, 2.8 + 3.4 * len(synths)), max(2.4, 1.3 + 0.32 * len(order)))
    axes = fig.subplots(1, max(len(synths), 1), sharex=True, sharey=True, squeeze=False)[0]
    for ax, synth in zip(axes, synths):
        grouped_bars(
            ax,
            df[df["synth"] == synth],
            row="model",
            group="test set",
            rows=order,
            colors=colors,
            value="mrr",
            low="low",
            high="high",
        )
        ax.set(title=synth, xlim=(0, 1), xlabel="MRR (mean over pools)")
    fig.legend(handles=legend_patches(colors), title="test set", loc="outside right upper")
    return fig


# ---------------------------------------------------------------------------------------------
# Training curves
# ---------------------------------------------------------------------------------------------
def _training_dir(folder: str | Path | None) -> Path:
    return Path(folder) if folder is not None else paths.RESULTS_DIR / "training"


def training_curves(folder: str | Path | None = None) -> pd.DataFrame:
    """Every recorded training history, in one long table.

    Parameters
    ----------
    folder : str or Path, optional
        Default ``results/training/``; files named ``<synth>_<arch>_<size>.csv``.

    Returns
    -------
    pandas.DataFrame
        The files' columns (``epoch``, ``step``, ``train_loss``, ``val_mrr``, ``val_l1``, ...) plus ``synth``,
        ``arch``, ``size`` (from the file name) and ``model`` (:func:`model_label`).

    Raises
    ------
    ResultsMissing
        When there is no such file (the message says what writes them).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    folder = _training_dir(folder)
    files = sorted(folder.glob("*_*_*.csv")) if folder.is_dir() else []
    if not files:
        raise ResultsMissing(
            f"{folder}: no training curves (<synth>_<arch>_<size>.csv). Train an encoder (notebooks/03_train.ipynb or "
            "`synthproxy train`) and write its history with synthproxy.figures.write_training_curves(checkpoints)."
        )
    parts = []
    for f in files:
        synth, rest = f.stem.split("_", 1)
        arch, size = rest.rsplit("_", 1)
        parts.append(pd.read_csv(f).assign(synth=synth, arch=arch, size=size, model=model_label(arch, size)))
    return pd.concat(parts, ignore_index=True)


def write_training_curves(checkpoints: Iterable[str | Path], folder: str | Path | None = None) -> list[Path]:
    """Write the training history of each checkpoint as ``results/training/<synth>_<arch>_<size>.csv``.

    A checkpoint in a sub-folder of ``checkpoints/`` (e.g. notebook 03's ``quick/``) gets the folder's name after
    its size (``dexed_mlp_s-quick.csv``), so it never replaces the curve of the study's checkpoint of the same
    arch and size. A file is (re)written when it is missing or older than its checkpoint; when two checkpoints
    have the same name, the first one given wins.

    Parameters
    ----------
    checkpoints : iterable of str or Path
        Checkpoints written by :func:`synthproxy.train.train`.
    folder : str or Path, optional
        Default ``results/training/``.

    Returns
    -------
    list of Path
        The files written.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from synthproxy.io import write_bytes

    folder = _training_dir(folder)
    written, seen = [], set()
    for ck in map(Path, checkpoints):
        _, info = load_checkpoint(ck)
        root, parent = Path(paths.CHECKPOINTS_DIR).resolve(), ck.resolve().parent
        sub = f"-{parent.name}" if root in parent.parents else ""
        name = f"{info.get('synth') or info['spec'].get('name')}_{info['config']['arch']}_{info['config']['size']}{sub}"
        if name in seen:
            continue
        seen.add(name)
        out = folder / f"{name}.csv"
        if out.exists() and out.stat().st_mtime >= ck.stat().st_mtime:
            continue
        write_bytes(out, pd.DataFrame(info.get("history") or []).to_csv(index=False).encode())
        written.append(out)
    return written


@styled
def curves_chart(curves: pd.DataFrame, y: str = "val_mrr") -> Any:
    """Validation curves: ``y`` against the training step, one line per encoder, one panel per synth.

    Parameters
    ----------
    curves : pandas.DataFrame
        From :func:`training_curves`.
    y : str
        A column of the histories (``val_mrr``, ``val_l1``, ``train_loss``, ...).

    Returns
    -------
    matplotlib.figure.Figure
        Each synth with its own step axis (runs differ in length), one shared ``y`` axis.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from matplotlib.ticker import MaxNLocator

    df = curves[["synth", "model", "step", y]].dropna().sort_values("step", kind="stable")
    title = {"val_mrr": "validation MRR", "val_l1": "validation L1", "train_loss": "training loss (L1)"}.get(y, y)
    colors = palette(arch_order(df["model"]))
    synths = sorted(set(df["synth"]))
    fig = new_figure(min(10.0, 2.6 + 3.6 * len(synths)), 3.6)
    axes = fig.subplots(1, max(len(synths), 1), sharey=True, squeeze=False)[0]
    for ax, synth in zip(axes, synths):
        for model, color in colors.items():
            d = df[(df["synth"] == synth) & (df["model"] == model)]
            if len(d):
                ax.plot(d["step"], d[y], color=color, marker="o", markersize=3.5, linewidth=1.5, label=model)
        ax.set(title=synth, xlabel="training step")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(True)
    axes[0].set_ylabel(title)
    if y == "val_mrr":
        axes[0].set_ylim(0, 1)
    fig.legend(handles=legend_markers(colors, size=3.5, line=True), title="encoder", loc="outside right upper")
    return fig
