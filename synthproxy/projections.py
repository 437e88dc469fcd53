"""Audio embeddings of the test sets in two dimensions: where hand-crafted sounds lie among random ones, and
whether the name categories of hand-crafted presets group together, in the audio model's space and in each encoder's.

Reads stores of embeddings (:class:`EmbeddingSet`) and trained encoders (their predictions for the same presets),
projects them with UMAP, measures how far each hand-crafted sound lies from the cloud of random sounds
(:func:`cloud_distances`) and how often neighbours share a name category (:func:`agreement_scores`), and draws the
maps (:func:`source_chart`, :func:`category_chart`; matplotlib figures saved with
:func:`synthproxy.charts.save_chart`). Every name here is also importable from :mod:`synthproxy.figures`.

Shown in use in ``notebooks/05_figures.ipynb``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from synthproxy import paths
from synthproxy.charts import arch_order, bare_axes, legend_markers, model_label, new_figure, styled
from synthproxy.encoders.checkpoint import (
    CheckpointError,
    DataMismatchError,
    check_compatible,
    find_checkpoints,
    load_checkpoint,
    predict_embeddings,
)

__all__ = [
    "UMAP_NEIGHBORS",
    "UMAP_MIN_DIST_SOURCES",
    "UMAP_MIN_DIST_CATEGORIES",
    "UMAP_METRIC",
    "CLOUD_NEIGHBORS",
    "CATEGORY_NEIGHBORS",
    "CATEGORY_COLORS",
    "EmbeddingSet",
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
]

#: UMAP settings (the original study's figures: 75 neighbours; min_dist 0.99 for hand-crafted vs.
#: synthetic, 0.5 for labels). The metric is L1, the distance every retrieval score of the study uses.
UMAP_NEIGHBORS: int = 75
UMAP_MIN_DIST_SOURCES: float = 0.99
UMAP_MIN_DIST_CATEGORIES: float = 0.5
UMAP_METRIC: str = "manhattan"
#: Neighbours averaged in :func:`distance_to_cloud`.
CLOUD_NEIGHBORS: int = 10
#: Neighbours looked at by :func:`category_agreement`.
CATEGORY_NEIGHBORS: int = 10
#: Colours of the name categories (:data:`synthproxy.presets.categories.CATEGORIES`); "other" is grey.
CATEGORY_COLORS: dict[str, str] = {
    "bass": "#1f77b4",
    "keys": "#ff7f0e",
    "organ": "#8c564b",
    "brass": "#d62728",
    "strings": "#9467bd",
    "pad": "#17becf",
    "lead": "#e377c2",
    "pluck": "#2ca02c",
    "bell": "#bcbd22",
    "percussive": "#000000",
    "woodwind": "#98df8a",
    "vocal": "#ff9896",
    "fx": "#c49c94",
    "other": "#d9d9d9",
}
_SOURCE_COLORS: dict[str, str] = {"synthetic": "#9ecae1", "hand-crafted": "#e6550d"}


# ---------------------------------------------------------------------------------------------
# Embeddings: stores, checkpoints, predictions
# ---------------------------------------------------------------------------------------------
def checkpoints_for(synth: str, folder: str | Path | None = None) -> list[Path]:
    """Trained encoders of a synth (:func:`synthproxy.encoders.checkpoint.find_checkpoints`).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    return find_checkpoints(synth, folder if folder is not None else paths.CHECKPOINTS_DIR)


@dataclass
class EmbeddingSet:
    """Presets of a store with their audio embeddings and, for hand-crafted sets, names and categories.

    Attributes
    ----------
    folder : Path
    manifest : dict
    presets : ndarray, shape (N, n_used), float32
        Categorical parameters as class index.
    embeddings : ndarray, shape (N, D), float32
        Audio-model embeddings of the presets' renders.
    names : list of str
        Preset names (``"#<index>"`` for random presets).
    categories : list of str
        Name categories (:func:`synthproxy.presets.categories.category_from_name`; ``"other"`` for random presets).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """

    folder: Path
    manifest: dict
    presets: np.ndarray
    embeddings: np.ndarray
    names: list[str]
    categories: list[str]

    def __len__(self) -> int:
        return len(self.presets)


def embedding_set(store: str | Path) -> EmbeddingSet:
    """Read a store (random or hand-crafted) into memory, presets aligned with names and categories.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from synthproxy.datasets import StoreDataset

    ds = StoreDataset(store)
    presets, embeddings = ds.arrays()
    meta = ds.store.metadata
    if meta is not None:
        rows = [meta[int(i)] for i in ds.indices]
        names = [str(m.get("name", "")).strip() for m in rows]
        categories = [str(m.get("category", "other")) for m in rows]
    else:
        names, categories = [f"#{int(i)}" for i in ds.indices], ["other"] * len(ds.indices)
    return EmbeddingSet(Path(store), ds.manifest, presets, embeddings, names, categories)


def predicted_embeddings(
    checkpoint: str | Path, data: EmbeddingSet, batch: int = 2048
) -> tuple[np.ndarray, dict[str, Any]]:
    """What a trained encoder predicts for the presets of a store.

    Parameters
    ----------
    checkpoint : str or Path
    data : EmbeddingSet
        Its synth spec and audio model must be the checkpoint's.
    batch : int
        Presets per forward pass.

    Returns
    -------
    embeddings : ndarray, shape (N, D), float32
    info : dict
        The checkpoint's metadata (:func:`synthproxy.encoders.checkpoint.load_checkpoint`).

    Raises
    ------
    synthproxy.encoders.checkpoint.CheckpointError
        When the store was made with another synth spec (the differences are named).
    ValueError
        When the store's audio model is not the one the encoder learned.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from synthproxy.synths.spec import spec_from_dict

    encoder, info = load_checkpoint(checkpoint, spec_from_dict(data.manifest["spec"], source=str(data.folder)))
    check_compatible(info, checkpoint, data.manifest, data.folder, render_settings=False)
    pred = predict_embeddings(encoder, np.ascontiguousarray(data.presets), batch=batch).numpy()
    dim = int((info.get("audio_model") or {}).get("embedding_size") or data.embeddings.shape[1])
    return (pred if len(pred) else np.zeros((0, dim), np.float32)), info


def encoder_predictions(
    checkpoints: Iterable[str | Path], data: EmbeddingSet
) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """Predictions of several encoders for one store, by encoder label; checkpoints that do not fit are skipped.

    Parameters
    ----------
    checkpoints : iterable of str or Path
        E.g. :func:`checkpoints_for`; when two have the same arch and size, the first one is used.
    data : EmbeddingSet

    Returns
    -------
    predictions : dict
        :func:`model_label` -> ndarray, shape (N, D), in :data:`synthproxy.encoders.ARCHS` order.
    skipped : dict
        Checkpoint path -> why it was not used (another spec or audio model, unreadable file).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    found: dict[str, np.ndarray] = {}
    skipped: dict[str, str] = {}
    for ck in checkpoints:
        try:
            emb, info = predicted_embeddings(ck, data)
        except (CheckpointError, DataMismatchError, ValueError) as e:
            skipped[str(ck)] = str(e)
            continue
        found.setdefault(model_label(info["config"]["arch"], info["config"]["size"]), emb)
    return {k: found[k] for k in arch_order(found)}, skipped


# ---------------------------------------------------------------------------------------------
# Projections and distances
# ---------------------------------------------------------------------------------------------
def subsample(n: int, points: int | None, seed: int, include: Iterable[int] = ()) -> np.ndarray:
    """At most ``points`` of ``n`` indices drawn without replacement (seeded), sorted; ``include`` always kept.

    Returns
    -------
    ndarray, shape (min(n, points),), int64

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    if points is None or n <= points:
        return np.arange(n, dtype=np.int64)
    keep = np.unique(np.asarray(list(include), dtype=np.int64))
    rest = np.setdiff1d(np.arange(n), keep)
    extra = np.random.default_rng(seed).choice(rest, size=max(points - len(keep), 0), replace=False)
    return np.sort(np.concatenate([keep, extra])).astype(np.int64)


def umap_projection(
    embeddings: np.ndarray,
    *,
    seed: int,
    n_neighbors: int = UMAP_NEIGHBORS,
    min_dist: float = UMAP_MIN_DIST_CATEGORIES,
    metric: str = UMAP_METRIC,
) -> np.ndarray:
    """A 2-D UMAP projection (umap-learn), reproducible for a given seed.

    Parameters
    ----------
    embeddings : ndarray, shape (N, D)
        N >= 3 points.
    seed : int
        UMAP's ``random_state`` (it then runs on one thread, and the same input gives the same output).
    n_neighbors : int
        Clipped to ``N - 1``.
    min_dist : float
    metric : str
        Default L1 (``"manhattan"``).

    Returns
    -------
    ndarray, shape (N, 2), float32

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    import warnings

    x = np.asarray(embeddings, dtype=np.float32)
    if x.ndim != 2 or len(x) < 3:
        raise ValueError(f"UMAP needs an (N, D) array with N >= 3, got shape {x.shape}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # umap's notes on n_jobs with a seed and on spectral initialisation
        import umap

        reducer = umap.UMAP(
            n_neighbors=int(min(n_neighbors, len(x) - 1)),
            min_dist=min_dist,
            metric=metric,
            init="pca",
            random_state=seed,
            n_jobs=1,
        )
        return reducer.fit_transform(x).astype(np.float32)


def distance_to_cloud(
    points: np.ndarray, cloud: np.ndarray, k: int = CLOUD_NEIGHBORS, *, same: bool = False, block: int = 1024
) -> np.ndarray:
    """Mean L1 distance (per dimension) of each point to its ``k`` nearest neighbours in ``cloud``.

    Parameters
    ----------
    points : ndarray, shape (N, D)
    cloud : ndarray, shape (M, D)
    k : int
        Neighbours averaged (clipped to the cloud's size).
    same : bool
        ``points`` is ``cloud``: each point's own zero distance is left out.
    block : int
        Points per distance block (memory: ``block * M`` floats).

    Returns
    -------
    ndarray, shape (N,), float64
        In the embeddings' units, divided by ``D`` as the study's L1 is (mean absolute difference).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    import torch

    p = torch.as_tensor(np.asarray(points, np.float32))
    c = torch.as_tensor(np.asarray(cloud, np.float32))
    k = int(min(k, len(c) - 1 if same else len(c)))
    if k < 1:
        raise ValueError(f"the cloud has {len(c)} point(s): too few for a distance to it")
    out = []
    with torch.no_grad():
        for start in range(0, len(p), block):
            d = torch.cdist(p[start : start + block], c, p=1.0)
            if same:
                rows = torch.arange(d.shape[0])
                d[rows, rows + start] = float("inf")
            out.append(d.topk(k, dim=1, largest=False).values.mean(dim=1).double() / p.shape[1])
    return torch.cat(out).numpy() if out else np.zeros(0)


def cloud_distances(handcrafted: EmbeddingSet, synthetic: EmbeddingSet, k: int = CLOUD_NEIGHBORS) -> pd.DataFrame:
    """How far each hand-crafted sound lies from the cloud of random (synthetic) sounds, nearest first.

    The scale is the synthetic sounds' own spacing: the median distance of a synthetic sound to its ``k``
    nearest other synthetic sounds.

    Returns
    -------
    pandas.DataFrame
        One row per hand-crafted preset, sorted by ``distance``: ``index`` (in ``handcrafted``), ``name``,
        ``category``, ``distance`` (mean L1 to its ``k`` nearest synthetic embeddings, see
        :func:`distance_to_cloud`), ``relative`` (``distance`` / the synthetic spacing). ``attrs["spacing"]``
        holds that spacing.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    d = distance_to_cloud(handcrafted.embeddings, synthetic.embeddings, k)
    spacing = float(np.median(distance_to_cloud(synthetic.embeddings, synthetic.embeddings, k, same=True)))
    df = pd.DataFrame(
        {
            "index": np.arange(len(d)),
            "name": handcrafted.names,
            "category": handcrafted.categories,
            "distance": d,
            "relative": d / spacing,
        }
    )
    df = df.sort_values("distance", kind="stable").reset_index(drop=True)
    df.attrs["spacing"] = spacing
    return df


def cloud_extremes(distances: pd.DataFrame) -> dict[str, int]:
    """The hand-crafted presets nearest to and farthest from the random cloud, by label.

    Parameters
    ----------
    distances : pandas.DataFrame
        From :func:`cloud_distances`.

    Returns
    -------
    dict
        ``{"nearest: <name>": index, "farthest: <name>": index}`` (indices into the hand-crafted set).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    if distances.empty:
        return {}
    first, last = distances.iloc[0], distances.iloc[-1]
    return {f"nearest: {first['name']}": int(first["index"]), f"farthest: {last['name']}": int(last["index"])}


def source_projection(
    handcrafted: np.ndarray,
    synthetic: np.ndarray,
    *,
    points: int | None,
    seed: int,
    include: Iterable[int] = (),
    min_dist: float = UMAP_MIN_DIST_SOURCES,
) -> pd.DataFrame:
    """One UMAP of hand-crafted and synthetic audio embeddings together (how different the two clouds are).

    Parameters
    ----------
    handcrafted : ndarray, shape (N_h, D)
    synthetic : ndarray, shape (N_s, D)
    points : int or None
        At most this many points of each set (a seeded draw); None: all.
    seed : int
        Seed of the draw and of UMAP.
    include : iterable of int
        Hand-crafted indices always drawn (e.g. the presets a figure points at).
    min_dist : float

    Returns
    -------
    pandas.DataFrame
        ``x``, ``y``, ``source`` ("hand-crafted" or "synthetic"), ``index`` (row in its own set).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    ih = subsample(len(handcrafted), points, seed, include)
    is_ = subsample(len(synthetic), points, seed + 1)
    xy = umap_projection(np.concatenate([handcrafted[ih], synthetic[is_]]), seed=seed, min_dist=min_dist)
    return pd.DataFrame(
        {
            "x": xy[:, 0],
            "y": xy[:, 1],
            "source": ["hand-crafted"] * len(ih) + ["synthetic"] * len(is_),
            "index": np.concatenate([ih, is_]),
        }
    )


@styled
def source_chart(frame: pd.DataFrame, highlights: Mapping[str, int] | None = None, title: str = "") -> Any:
    """Scatter plot of :func:`source_projection`, hand-crafted points over synthetic ones.

    Parameters
    ----------
    frame : pandas.DataFrame
        From :func:`source_projection`.
    highlights : mapping, optional
        Label -> hand-crafted index, circled and labelled on the map (e.g. ``{"nearest: E.PIANO 1": 12}``).
    title : str

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    order = {"synthetic": 0, "hand-crafted": 1}
    df = frame.assign(order=frame["source"].map(order)).sort_values("order", kind="stable")
    fig = new_figure(8.0, 6.2)
    ax = fig.add_subplot()
    ax.scatter(
        df["x"], df["y"], s=10, c=[_SOURCE_COLORS.get(s, "#777777") for s in df["source"]], alpha=0.7, linewidths=0
    )
    hc = df[df["source"] == "hand-crafted"].set_index("index")
    for label, i in (highlights or {}).items():
        if i in hc.index:
            x, y = hc.loc[i, "x"], hc.loc[i, "y"]
            ax.scatter([x], [y], s=150, facecolors="none", edgecolors="black", linewidths=2)
            ax.annotate(label, (x, y), xytext=(8, 6), textcoords="offset points", fontsize=11, fontweight="bold")
    bare_axes(ax)
    ax.set_title(title)
    fig.legend(handles=legend_markers(_SOURCE_COLORS), title="audio embeddings of", loc="outside right upper")
    return fig


def category_projection(
    panels: Mapping[str, np.ndarray],
    categories: Sequence[str],
    names: Sequence[str] | None = None,
    *,
    points: int | None,
    seed: int,
    min_dist: float = UMAP_MIN_DIST_CATEGORIES,
    inferred: Sequence[bool] | None = None,
) -> pd.DataFrame:
    """One UMAP per panel (audio embeddings, each encoder's predictions) of the same hand-crafted presets.

    Parameters
    ----------
    panels : mapping
        Panel title -> embeddings, each shape (N, D_panel), rows aligned with ``categories``.
    categories : sequence of str, length N
    names : sequence of str, optional
    points : int or None
        At most this many presets (the same seeded draw in every panel).
    seed : int
    min_dist : float
    inferred : sequence of bool, optional
        Which categories come from the sound rather than the name
        (:func:`synthproxy.presets.categories.categories_by_sound`); drawn faint by :func:`category_chart`.

    Returns
    -------
    pandas.DataFrame
        ``panel``, ``x``, ``y``, ``category``, ``name``, ``index``, ``inferred``.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    n = len(categories)
    idx = subsample(n, points, seed)
    frames = []
    for title, emb in panels.items():
        if len(emb) != n:
            raise ValueError(f"panel {title!r}: {len(emb)} rows for {n} categories")
        xy = umap_projection(np.asarray(emb)[idx], seed=seed, min_dist=min_dist)
        frames.append(
            pd.DataFrame(
                {
                    "panel": title,
                    "x": xy[:, 0],
                    "y": xy[:, 1],
                    "category": np.asarray(categories)[idx],
                    "name": np.asarray(names if names is not None else [""] * n)[idx],
                    "index": idx,
                    "inferred": np.asarray(inferred if inferred is not None else np.zeros(n, bool), bool)[idx],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


@styled
def category_chart(frame: pd.DataFrame, title: str = "", columns: int = 3) -> Any:
    """Scatter plots of :func:`category_projection`, coloured by name category, one panel per projection.

    "other" (no category from the name) is drawn first, in light grey, then categories inferred from the
    sound (``inferred``), faint, then categories from the names. Each panel has its own scales.

    Returns
    -------
    matplotlib.figure.Figure
        Panels in rows of ``columns``, one legend for all.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from synthproxy.presets.categories import CATEGORIES

    seen = set(frame["category"])
    colors = {c: CATEGORY_COLORS.get(c, "#777777") for c in [*CATEGORIES, *sorted(seen - set(CATEGORIES))] if c in seen}
    inferred = frame["inferred"] if "inferred" in frame else pd.Series(False, index=frame.index)
    # layers drawn in order: 0 no category, 1 inferred from the sound, 2 from the name
    order = np.where(frame["category"] == "other", 0, np.where(inferred.astype(bool), 1, 2))
    df = frame.assign(order=order).sort_values("order", kind="stable")
    panels = list(dict.fromkeys(frame["panel"]))
    cols = max(1, min(columns, len(panels)))
    rows = max(1, math.ceil(len(panels) / cols))
    fig = new_figure(min(10.0, 1.9 + 2.9 * cols), max(0.5 + 2.7 * rows, 0.8 + 0.22 * len(colors)))
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax, panel in zip(axes, panels):
        d = df[df["panel"] == panel]
        for layer, part in d.groupby("order", sort=True):
            rgb = [colors[c] for c in part["category"]]
            ax.scatter(part["x"], part["y"], s=10, c=rgb, alpha=0.3 if layer == 1 else 0.85, linewidths=0)
        bare_axes(ax)
        ax.set_title(panel)
    for ax in axes[len(panels) :]:
        fig.delaxes(ax)
    if title:
        fig.suptitle(title)
    legend = (
        "category (from the name;\nfaint: from the nearest\nnamed sounds)"
        if (df["order"] == 1).any()
        else "category (from the name)"
    )
    fig.legend(handles=legend_markers(colors), title=legend, loc="outside right upper")
    return fig


# ---------------------------------------------------------------------------------------------
# Category agreement
# ---------------------------------------------------------------------------------------------
def category_agreement(embeddings: np.ndarray, categories: Sequence[str], k: int = CATEGORY_NEIGHBORS) -> float:
    """How often a preset's nearest neighbours share its name category, in an embedding space.

    Only presets with a category (not ``"other"``) count, as queries and as neighbours; distances are L1.

    Parameters
    ----------
    embeddings : ndarray, shape (N, D)
    categories : sequence of str, length N
    k : int
        Neighbours per preset (clipped to the categorized presets minus one).

    Returns
    -------
    float
        Mean over categorized presets of the fraction of their ``k`` nearest categorized neighbours in the
        same category; NaN when fewer than two presets have a category. A space blind to categories scores
        about ``sum(p_c ** 2)`` (``p_c``: the categories' shares).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    import torch

    cats = np.asarray(categories)
    keep = np.flatnonzero(cats != "other")
    if len(keep) < 2:
        return float("nan")
    x = torch.as_tensor(np.asarray(embeddings, np.float32)[keep])
    k = int(min(k, len(keep) - 1))
    with torch.no_grad():
        d = torch.cdist(x, x, p=1.0)
        d.fill_diagonal_(float("inf"))
        nn_idx = d.topk(k, dim=1, largest=False).indices.numpy()
    labels = cats[keep]
    return float(np.mean(labels[nn_idx] == labels[:, None]))


def chance_agreement(categories: Sequence[str]) -> float:
    """:func:`category_agreement` of a space blind to categories: ``sum(p_c ** 2)`` over the categorized presets.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    cats = np.asarray(categories)
    cats = cats[cats != "other"]
    if len(cats) == 0:
        return float("nan")
    _, counts = np.unique(cats, return_counts=True)
    return float(np.sum((counts / counts.sum()) ** 2))


def agreement_scores(
    panels: Mapping[str, np.ndarray], categories: Sequence[str], k: int = CATEGORY_NEIGHBORS
) -> pd.Series:
    """:func:`category_agreement` of each panel's embeddings, after the chance level (:func:`chance_agreement`).

    Returns
    -------
    pandas.Series
        Index ``"chance"`` then the panel titles.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    scores = {"chance": chance_agreement(categories)}
    scores.update({title: category_agreement(emb, categories, k) for title, emb in panels.items()})
    return pd.Series(scores, name="category agreement")
