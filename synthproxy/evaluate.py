"""Evaluating trained preset encoders on test sets: retrieval (MRR, recall@k), L1 error, modality gap.

:func:`evaluate_checkpoint` scores one checkpoint on one store: the encoder predicts the embedding
of every preset (batched, no gradients), and each predicted embedding is a query among the audio
embeddings of a random pool of ``pool`` presets of the set, the match being its own preset's
(:func:`synthproxy.metrics.retrieval_scores`, L1 distance, ``subsets`` pools, mean and std over
pools). Evaluation reads stored embeddings and renders nothing; it refuses a store made with
another synth spec, render settings or audio model than the checkpoint's training data, since its
embeddings would not be comparable. :func:`evaluation_table` does this for many checkpoints and
test sets and returns the study's tidy results table (:data:`TABLE_COLUMNS`), which
:func:`write_evaluation_table` writes to ``results/evaluation.csv``.

Shown in use in ``notebooks/04_evaluate.ipynb``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import torch

from synthproxy.datasets import StoreDataset
from synthproxy.encoders.checkpoint import (
    PREDICT_BATCH,
    DataMismatchError,
    DatasetMismatch,
    MissingMetadata,
    check_compatible,
    checkpoint_summary,
    find_checkpoints,
    load_checkpoint,
    predict_embeddings,
    shown_path,
)
from synthproxy.metrics import (
    EVAL_POOL_SIZE,
    EVAL_SEED,
    EVAL_SUBSETS,
    mean_l1,
    modality_gap,
    random_mrr,
    retrieval_scores,
)
from synthproxy.paths import RESULTS_DIR

__all__ = [
    "TABLE_COLUMNS",
    "PREDICT_BATCH",
    "TEST_SET_OF_KIND",
    "EvaluationError",
    "DatasetMismatch",
    "MissingMetadata",
    "evaluate_checkpoint",
    "evaluate_encoder",
    "evaluation_table",
    "write_evaluation_table",
    "find_checkpoints",
    "checkpoint_summary",
    "plot_evaluation",
    "random_mrr",
    "DataMismatchError",
]

#: Columns of the results table (``results/evaluation.csv``), one row per (checkpoint, test set).
TABLE_COLUMNS: tuple[str, ...] = (
    "synth",
    "arch",
    "size",
    "checkpoint",
    "test_set",
    "dataset",
    "n",
    "pool",
    "subsets",
    "mrr",
    "mrr_std",
    "l1",
    "recall_at_1",
    "recall_at_5",
    "recall_at_10",
    "modality_gap",
)
#: ``test_set`` name of each store kind (manifest ``kind``).
TEST_SET_OF_KIND: dict[str, str] = {"random": "synthetic", "handcrafted": "handcrafted"}
_DIRECTIONS = ("preset_to_audio", "audio_to_preset", "both")


class EvaluationError(ValueError):
    """A checkpoint cannot be evaluated on a dataset; the message names both and says why."""


# ---------------------------------------------------------------------------------------------
# evaluation
# ---------------------------------------------------------------------------------------------
def evaluate_encoder(
    encoder: torch.nn.Module,
    info: Mapping[str, Any],
    dataset: str | Path,
    *,
    checkpoint: str | Path = "<in memory>",
    pool: int = EVAL_POOL_SIZE,
    subsets: int = EVAL_SUBSETS,
    seed: int = EVAL_SEED,
    direction: str = "preset_to_audio",
) -> dict[str, Any]:
    """:func:`evaluate_checkpoint` for an encoder already loaded (``load_checkpoint``'s pair).

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {_DIRECTIONS}, got {direction!r}")
    if pool < 1 or subsets < 1:
        raise ValueError(f"pool and subsets must be >= 1, got pool={pool}, subsets={subsets}")
    dataset = Path(dataset)
    t0 = time.perf_counter()
    ds = StoreDataset(dataset)
    check_compatible(info, checkpoint, ds.manifest, dataset)
    if len(ds) == 0:
        raise EvaluationError(f"dataset {dataset}: no usable presets")
    presets, audio = ds.arrays()
    pred = predict_embeddings(encoder, presets)
    if pred.shape[1] != audio.shape[1]:
        raise EvaluationError(
            f"checkpoint {checkpoint} predicts {pred.shape[1]}-d embeddings, dataset {dataset} "
            f"holds {audio.shape[1]}-d ones"
        )
    scores = retrieval_scores(pred, audio, pool=pool, subsets=subsets, seed=seed, direction=direction)  # type: ignore[arg-type]
    by_direction = scores if direction == "both" else {direction: scores}
    main = by_direction["preset_to_audio" if direction == "both" else direction]
    n = len(ds)
    note = (
        f"the dataset has {n} presets, no more than the pool of {pool}: all {n} form one pool, scored once "
        "(no std over pools)"
        if main["whole_set"]
        else ""
    )
    config = info.get("config") or {}
    enc_config = info.get("encoder_config") or {}
    keep = ("mrr", "mrr_std", "mrr_at_k", "recall_at_1", "recall_at_5", "recall_at_10")
    return {
        "checkpoint": str(checkpoint),
        "dataset": str(dataset),
        "synth": info.get("synth"),
        "arch": config.get("arch", enc_config.get("arch")),
        "size": config.get("size", enc_config.get("size")),
        "test_set": TEST_SET_OF_KIND.get(str(ds.manifest.get("kind")), str(ds.manifest.get("kind"))),
        "direction": direction,
        **{k: main[k] for k in keep},
        "l1": mean_l1(pred, audio),
        "modality_gap": modality_gap(pred, audio),
        "n": n,
        "pool": main["pool"],
        "subsets": main["subsets"],
        "seed": seed,
        "metric": main["metric"],
        "note": note,
        "directions": {d: {k: s[k] for k in keep} for d, s in by_direction.items()},
        "random_mrr": random_mrr(main["pool"]),
        "seconds": time.perf_counter() - t0,
    }


def evaluate_checkpoint(
    checkpoint: str | Path,
    dataset: str | Path,
    *,
    pool: int = EVAL_POOL_SIZE,
    subsets: int = EVAL_SUBSETS,
    seed: int = EVAL_SEED,
    direction: str = "preset_to_audio",
) -> dict[str, Any]:
    """Retrieval and regression scores of a trained encoder on a test set.

    Parameters
    ----------
    checkpoint : str or Path
        A checkpoint written by :func:`synthproxy.train.train`.
    dataset : str or Path
        A store (random test set or hand-crafted set) made with the same synth spec, render settings
        and audio model as the checkpoint's training data.
    pool : int
        Presets per retrieval pool: each predicted embedding is ranked among the audio embeddings of
        its pool (the study's 4,096). A dataset of at most ``pool`` presets is one pool, scored once
        (``note`` says so).
    subsets : int
        Random pools drawn (the study's 100); scores are averaged over them.
    seed : int
        Seed of the pool draws.
    direction : {"preset_to_audio", "audio_to_preset", "both"}
        ``"preset_to_audio"``: predicted preset embeddings query audio embeddings (the study's test
        protocol); ``"audio_to_preset"``: the reverse; ``"both"``: both on the same pools (the
        top-level scores are then preset-to-audio's).

    Returns
    -------
    dict
        ``mrr``, ``mrr_std`` (population std over pools; 0 for one pool), ``mrr_at_k`` (``{k: float}``,
        k = 1..5), ``recall_at_1``, ``recall_at_5``, ``recall_at_10``, ``l1`` (mean absolute error of
        the predicted embeddings), ``modality_gap`` (distance between the centroids of predicted and
        audio embeddings), ``n`` (presets), ``pool`` (used: ``min(pool, n)``), ``subsets`` (used),
        ``seed``, ``direction``, ``metric`` ("l1"), ``checkpoint``, ``dataset``, ``synth``, ``arch``,
        ``size``, ``test_set`` ("synthetic" or "handcrafted"), ``note`` ("" or why the whole set is one
        pool), ``directions`` (the retrieval scores per direction), ``random_mrr`` (a random
        encoder's expected MRR at this pool size), ``seconds``.

    Raises
    ------
    FileNotFoundError
        No such checkpoint.
    synthproxy.encoders.checkpoint.CheckpointError
        Unreadable checkpoint, or one lacking the encoder's own metadata (named).
    MissingMetadata
        The checkpoint or the dataset's manifest lacks what identifies its spec, render settings or
        audio model (the key is named).
    DatasetMismatch
        The dataset was made with another spec, render settings or audio model (both files named).
    synthproxy.store.StoreError
        Not a store, or a store without embeddings.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    encoder, info = load_checkpoint(checkpoint)
    return evaluate_encoder(
        encoder, info, dataset, checkpoint=checkpoint, pool=pool, subsets=subsets, seed=seed, direction=direction
    )


def plot_evaluation(df, title: str | None = None):
    """Bar chart of the table's MRR (+- std over pools) per checkpoint and test set, one panel per synth.

    A dashed line marks a random encoder's MRR at each panel's largest pool.

    Parameters
    ----------
    df : pandas.DataFrame
        :func:`evaluation_table`'s table.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    import matplotlib.pyplot as plt

    synths = list(dict.fromkeys(df["synth"]))
    fig, axes = plt.subplots(
        1, max(1, len(synths)), figsize=(5 * max(1, len(synths)), 3.5), squeeze=False, constrained_layout=True
    )
    for ax, synth in zip(axes[0], synths):
        part = df[df["synth"] == synth]
        table = part.pivot_table(index="checkpoint", columns="test_set", values="mrr", sort=False)
        std = part.pivot_table(index="checkpoint", columns="test_set", values="mrr_std", sort=False)
        table.plot.bar(ax=ax, yerr=std, rot=0, capsize=3)
        ax.axhline(random_mrr(int(part["pool"].max())), color="k", ls="--", lw=1, label="random encoder")
        ax.set(title=synth, xlabel="", ylabel="MRR", ylim=(0, 1))
        labels = [f"quick/{Path(c).stem}" if Path(c).parent.name == "quick" else Path(c).stem for c in table.index]
        ax.set_xticks(range(len(table)), labels, rotation=15, ha="right")
        ax.legend(fontsize="small")
    if title:
        fig.suptitle(title)
    return fig


def evaluation_table(
    checkpoints: Iterable[str | Path],
    datasets_by_synth: Mapping[str, Mapping[str, str | Path]],
    *,
    pool: int = EVAL_POOL_SIZE,
    subsets: int = EVAL_SUBSETS,
    seed: int = EVAL_SEED,
    direction: str = "preset_to_audio",
):
    """The results table: every checkpoint on every test set of its synth, one tidy row each.

    Parameters
    ----------
    checkpoints : iterable of str or Path
        Checkpoints, of any synths.
    datasets_by_synth : mapping
        ``{synth: {test_set: store}}``, e.g. ``{"dexed": {"synthetic": ..., "handcrafted": ...}}``.
        A checkpoint is evaluated on the test sets of the synth it was trained for (none: no row).
    pool, subsets, seed, direction
        As in :func:`evaluate_checkpoint`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TABLE_COLUMNS`; ``checkpoint`` and ``dataset`` are paths relative to the
        repository when inside it.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    import pandas as pd

    rows = []
    for ck in checkpoints:
        encoder, info = load_checkpoint(ck)
        for test_set, store in (datasets_by_synth.get(str(info.get("synth"))) or {}).items():
            r = evaluate_encoder(
                encoder, info, store, checkpoint=ck, pool=pool, subsets=subsets, seed=seed, direction=direction
            )
            rows.append(
                {
                    **{k: r[k] for k in TABLE_COLUMNS},
                    "checkpoint": shown_path(ck),
                    "dataset": shown_path(store),
                    "test_set": test_set,
                }
            )
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))


def write_evaluation_table(df, path: str | Path | None = None) -> Path:
    """Write the results table as CSV, atomically (default ``results/evaluation.csv``); returns the path.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    from synthproxy.io import atomic_path

    path = Path(path) if path is not None else RESULTS_DIR / "evaluation.csv"
    missing = [c for c in TABLE_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"the table lacks columns {missing}; expected {list(TABLE_COLUMNS)}")
    with atomic_path(path, suffix=".csv") as tmp:
        df.loc[:, list(TABLE_COLUMNS)].to_csv(tmp, index=False)
    return path
