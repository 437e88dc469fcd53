"""How near the hand-crafted test presets lie to the training ones *as the proxy sees them*, and what that does to MRR.

The split rule (:mod:`synthproxy.presets.split`) keeps every DX7 test voice more than 16 of the 118 sound
bytes away from every training voice. The proxy does not see the 118 bytes: it sees the spec's parameters
(Dexed: 100; the excluded ones, keyboard scaling, rate scaling, velocity sensitivity and the rest, are at their
defaults when rendered). Two voices far apart in bytes can be close, or equal, in that space. This module
measures it and scores a proxy on the test presets farther than a threshold from every training preset, so
a hand-crafted MRR can be read knowing how much of it could be memory. Run from the repository root::

    .venv/bin/python -m synthproxy.experiments.nearness --checkpoint checkpoints/dexed_highway_tokens_b.pt \\
        --train $SYNTHPROXY_DATA/handcrafted/dexed_aisfx_train --test $SYNTHPROXY_DATA/handcrafted/dexed_aisfx_test

Rows go to ``results/nearness/<synth>.csv`` (a checkpoint's earlier rows replaced): for each
``min_distance`` (the test presets kept differ from every training preset in more than that many entries;
-1 keeps all), how many are kept and their MRR at pool 512 (100 pools, seed 42, the ablation's protocol).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from synthproxy.ablation_table import NEARNESS_DIR

__all__ = ["COLUMNS", "THRESHOLDS", "entry_distances", "nearness_rows", "main"]

#: Columns of a table, in order.
COLUMNS: tuple[str, ...] = (
    "synth",
    "checkpoint",
    "sha256",
    "min_distance",
    "n",
    "pool",
    "mrr",
    "mrr_std",
    "cpu",
    "recorded",
)
#: Thresholds on differing entries (-1: every test preset), and the pool of the scores.
THRESHOLDS: tuple[int, ...] = (-1, 0, 4, 8, 16)
POOL: int = 512
#: Normalized values are compared after rounding to this many steps per unit (spec values are snapped to steps).
_RESOLUTION: float = 1e4


def entry_distances(test: np.ndarray, train: np.ndarray) -> np.ndarray:
    """For each test preset, the fewest entries in which it differs from any training preset.

    Parameters
    ----------
    test : ndarray, shape (N, P)
        Presets as the proxy takes them (normalized values of the spec's used parameters).
    train : ndarray, shape (M, P)

    Returns
    -------
    ndarray, shape (N,), int64
        ``P + 1`` for every preset when ``train`` is empty.
    """
    from synthproxy.presets.split import nearest

    if test.ndim != 2 or train.ndim != 2 or test.shape[1] != train.shape[1]:
        raise ValueError(f"test {test.shape} and train {train.shape} must be (N, P) and (M, P) with one P")

    def key(a: np.ndarray) -> np.ndarray:
        return np.round(np.asarray(a, np.float64) * _RESOLUTION).astype(np.int64)

    return nearest(key(test), key(train))[0]


def nearness_rows(checkpoint: str | Path, train: str | Path, test: str | Path, thresholds=THRESHOLDS):
    """Score ``checkpoint`` on the test presets of ``test`` farther than each threshold from ``train``'s presets.

    Returns
    -------
    pandas.DataFrame
        One row per threshold: ``synth``, ``checkpoint``, ``sha256``, ``min_distance``, ``n``, ``pool``,
        ``mrr``, ``mrr_std``, ``cpu``, ``recorded``; a threshold that keeps fewer than 2 presets is left out.
    """
    import pandas as pd

    from synthproxy.encoders.checkpoint import load_checkpoint, predict_embeddings
    from synthproxy.experiments.record import checkpoint_stamp
    from synthproxy.metrics import EVAL_SEED, EVAL_SUBSETS, retrieval_scores
    from synthproxy.store import open_store

    encoder, info = load_checkpoint(checkpoint)
    test_store = open_store(test)
    presets, audio = test_store.load("presets"), test_store.load("embeddings")
    distance = entry_distances(presets, open_store(train).load("presets"))
    predicted = predict_embeddings(encoder, presets).numpy()
    rows = []
    for t in thresholds:
        keep = distance > t
        if keep.sum() < 2:
            continue
        s = retrieval_scores(predicted[keep], audio[keep], pool=POOL, subsets=EVAL_SUBSETS, seed=EVAL_SEED)
        rows.append(
            {
                "min_distance": t,
                "n": int(keep.sum()),
                "pool": min(POOL, int(keep.sum())),
                "mrr": s["mrr"],
                "mrr_std": s.get("mrr_std", 0.0),
            }
        )
    stamp = checkpoint_stamp(checkpoint)
    table = pd.DataFrame([{"synth": str(info["synth"]), **stamp, **r} for r in rows])
    return table[list(COLUMNS)] if len(table) else table


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.experiments.nearness``."""
    from synthproxy.experiments.record import replace_checkpoint_rows

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", type=Path, required=True)
    ap.add_argument("--train", type=Path, required=True, help="hand-crafted training store")
    ap.add_argument("--test", type=Path, required=True, help="hand-crafted test store")
    ap.add_argument("--table", type=Path, help="CSV (default results/nearness/<synth>.csv)")
    args = ap.parse_args(argv)
    try:
        rows = nearness_rows(args.checkpoint, args.train, args.test)
        if not len(rows):
            raise ValueError(f"{args.test}: fewer than 2 test presets")
        table = args.table or NEARNESS_DIR / f"{rows['synth'].iloc[0]}.csv"
        replace_checkpoint_rows(table, rows, ["checkpoint", "min_distance"])
    except (OSError, ValueError) as e:
        print(f"nearness: error: {str(e).splitlines()[0]}", file=sys.stderr)
        return 1
    print(rows[["checkpoint", "min_distance", "n", "mrr"]].to_string(index=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
