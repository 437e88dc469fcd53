"""What training minimises and how it is judged: :func:`distillation_loss` and :func:`validation_scores`.

The loss is the study's L1 distance between predicted and stored audio embeddings, plus an optional
contrastive term. Validation embeds the validation presets and lets their audio embeddings query them
in random pools, with the evaluation's own retrieval function.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from synthproxy.encoders.checkpoint import predict_embeddings
from synthproxy.metrics import VAL_CANDIDATES, VAL_QUERIES, mean_l1, retrieval_scores, validation_mrr
from synthproxy.pairwise_l1 import pairwise_l1

__all__ = ["EVAL_BATCH", "distillation_loss", "validation_scores"]

#: Presets per forward pass when embedding the validation set.
EVAL_BATCH: int = 2048


def distillation_loss(pred: Tensor, target: Tensor, *, contrastive: float = 0.0, temperature: float = 0.05) -> Tensor:
    """Training loss: mean absolute error, plus an optional contrastive term.

    Parameters
    ----------
    pred, target : Tensor, shape (batch, dim), float
        Predicted and stored audio embeddings of the same presets (row ``i`` of both: preset ``i``).
    contrastive : float
        Weight of the contrastive term (0: L1 alone, the original study's loss).
    temperature : float
        Temperature of the contrastive term, in mean-absolute-difference units.

    Returns
    -------
    Tensor, shape ()
        ``mean|pred - target| + contrastive * InfoNCE``, where the InfoNCE term is the mean of the
        cross-entropies of both retrieval directions (each prediction among the batch's targets, each
        target among the batch's predictions) with logits ``-mean|pred_i - target_j| / temperature``.

    Notes
    -----
    The (batch, batch) L1 distances of the contrastive term come from
    :func:`synthproxy.pairwise_l1.pairwise_l1`: ``torch.cdist(p=1)``'s values and gradients, computed
    by numba kernels on CPU: with ``torch.cdist`` a training step of the MLP-type encoders took 2.4-3.4
    times as long as with the L1 alone, with the kernels 1.2-1.5 times (``benchmarks/train.py``, AVX2).

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    l1 = torch.nn.functional.l1_loss(pred, target)
    if contrastive == 0.0:
        return l1
    logits = -pairwise_l1(pred, target) / (pred.shape[1] * temperature)
    labels = torch.arange(pred.shape[0], device=pred.device)
    nce = 0.5 * (
        torch.nn.functional.cross_entropy(logits, labels) + torch.nn.functional.cross_entropy(logits.T, labels)
    )
    return l1 + contrastive * nce


def validation_scores(
    encoder: nn.Module,
    presets: np.ndarray | Tensor,
    embeddings: np.ndarray | Tensor,
    *,
    pool: int = VAL_CANDIDATES,
    subsets: int = 16,
    seed: int = 42,
    direction: str = "audio_to_preset",
    device: str | torch.device | None = None,
    precision: str = "float32",
) -> dict[str, Any]:
    """Validation scores of an encoder on a set of presets and their audio embeddings.

    Parameters
    ----------
    encoder : nn.Module
        Maps (N, n_used) presets to (N, D); run in eval mode (restored afterwards).
    presets : ndarray or Tensor, shape (N, n_used)
    embeddings : ndarray or Tensor, shape (N, D)
        Audio embeddings of the presets' renders.
    pool, subsets, seed, direction
        Retrieval protocol, as in :func:`synthproxy.metrics.retrieval_scores` (pools of ``pool`` items,
        the whole set when ``N <= pool``).
    device : str or torch.device, optional
        Where to run the encoder (default: where its parameters are).
    precision : {"float32", "bf16"}

    Returns
    -------
    dict
        ``val_mrr``, ``val_mrr_std`` (over pools), ``val_recall_at_1``, ``val_l1`` (mean absolute error),
        ``val_mrr_study`` (:func:`synthproxy.metrics.validation_mrr`, or None when ``N < 256 * 512``);
        ``val_mrr_preset_to_audio`` and ``val_mrr_audio_to_preset``: the MRR of each direction on the same
        pools (``val_mrr`` is the one of ``direction``).

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    if device is None:
        p = next(encoder.parameters(), None)
        device = p.device if p is not None else torch.device("cpu")
    pred = predict_embeddings(encoder, presets, batch=EVAL_BATCH, precision=precision, device=device)
    audio = torch.as_tensor(embeddings, dtype=torch.float32)
    both = retrieval_scores(pred, audio, pool=pool, subsets=subsets, seed=seed, direction="both")
    r = both[direction]
    study = validation_mrr(pred, audio) if len(pred) >= VAL_QUERIES * VAL_CANDIDATES else None
    return {
        "val_mrr": r["mrr"],
        "val_mrr_std": r["mrr_std"],
        "val_recall_at_1": r["recall_at_1"],
        "val_l1": mean_l1(pred, audio),
        "val_mrr_study": study,
        "val_mrr_preset_to_audio": both["preset_to_audio"]["mrr"],
        "val_mrr_audio_to_preset": both["audio_to_preset"]["mrr"],
    }
