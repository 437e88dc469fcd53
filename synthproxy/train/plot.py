"""Learning curves of a training run: :func:`plot_history`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["plot_history"]


def plot_history(history: Sequence[dict[str, Any]], title: str | None = None):
    """Learning curves: training loss and validation L1 (left), validation MRR (right), against the step.

    Parameters
    ----------
    history : list of dict
        :attr:`synthproxy.train.TrainResult.history`, or ``info["history"]`` of
        :func:`synthproxy.encoders.checkpoint.load_checkpoint`.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    import matplotlib.pyplot as plt

    steps = [h["step"] for h in history]
    fig, (ax_l, ax_m) = plt.subplots(1, 2, figsize=(10, 3.5), constrained_layout=True)
    ax_l.plot(steps, [h["train_loss"] for h in history], marker=".", label="train loss (L1)")
    ax_l.plot(steps, [h["val_l1"] for h in history], marker=".", label="validation L1")
    ax_l.set(xlabel="step", ylabel="mean absolute error")
    ax_l.legend()
    ax_m.plot(steps, [h["val_mrr"] for h in history], marker=".", color="C2", label="validation MRR")
    if any(h.get("val_mrr_study") is not None for h in history):
        ax_m.plot(
            steps, [h.get("val_mrr_study") for h in history], marker=".", color="C3", label="study's validation MRR"
        )
    if history:
        b = max(history, key=lambda h: h["val_mrr"])
        ax_m.scatter([b["step"]], [b["val_mrr"]], s=80, facecolors="none", edgecolors="k", label="best", zorder=3)
    ax_m.set(xlabel="step", ylabel="MRR", ylim=(0, 1.02))
    ax_m.legend()
    if title:
        fig.suptitle(title)
    return fig
