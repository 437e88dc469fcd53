"""Why training cannot start or go on: :class:`TrainError` and its :class:`NonFiniteLoss`.

Both are re-exported by :mod:`synthproxy.train`, where callers import them from.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["TrainError", "NonFiniteLoss"]


class TrainError(ValueError):
    """Training cannot start or continue; the message says why and names the files involved."""


class NonFiniteLoss(TrainError):
    """The training loss became NaN or infinite; the last good checkpoint is kept.

    Attributes
    ----------
    step : int
        Optimiser step (1-based) whose loss was not finite.
    last_checkpoint : Path or None
        The resume checkpoint left on disk (None if none was written yet).
    """

    def __init__(self, message: str, step: int, last_checkpoint: Path | None):
        super().__init__(message)
        self.step = step
        self.last_checkpoint = last_checkpoint
