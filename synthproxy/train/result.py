"""What a training run returns: :class:`TrainResult` (re-exported by :mod:`synthproxy.train`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from synthproxy.encoders import PresetEncoder
from synthproxy.encoders.checkpoint import load_checkpoint
from synthproxy.synths.spec import SynthSpec

__all__ = ["TrainResult"]


@dataclass
class TrainResult:
    """What :func:`synthproxy.train.train` did.

    Attributes
    ----------
    out : Path
        Best checkpoint (load it with :func:`~synthproxy.encoders.checkpoint.load_checkpoint` or :meth:`load`).
    last : Path
        Resume checkpoint.
    history : list of dict
        One record per validation: ``step``, ``epoch`` (float), ``train_loss`` (mean L1 since the previous
        validation), ``val_mrr``, ``val_mrr_std``, ``val_recall_at_1``, ``val_l1``, ``val_mrr_study``
        (None for small validation sets), ``lr``, ``seconds`` (since the run's start, across resumes),
        ``presets_per_s`` (training throughput since the previous validation). ``pandas.DataFrame(history)``
        gives the learning curves.
    best : dict
        The history record of the best validation MRR.
    steps, total_steps, steps_per_epoch : int
        Steps done, planned, per epoch.
    seconds : float
        Wall time of the whole run, across resumes.
    resumed_from : int or None
        Step the run resumed from (None for a fresh start).
    stopped : {"finished", "stop_after", "callback"}
        Why the run ended.
    parameters : int
        Trainable parameters of the encoder.
    world_size : int
        Processes that trained.
    device : str

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    out: Path
    last: Path
    history: list[dict[str, Any]]
    best: dict[str, Any]
    steps: int
    total_steps: int
    steps_per_epoch: int
    seconds: float
    resumed_from: int | None
    stopped: str
    parameters: int
    world_size: int
    device: str

    @property
    def finished(self) -> bool:
        """True when all planned steps are done."""
        return self.steps >= self.total_steps

    def load(self, spec: SynthSpec | None = None) -> tuple[PresetEncoder, dict[str, Any]]:
        """:func:`~synthproxy.encoders.checkpoint.load_checkpoint` of the best checkpoint."""
        return load_checkpoint(self.out, spec)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON-serializable), e.g. for ``synthproxy train --json``."""
        d = asdict(self)
        d.update(out=str(self.out), last=str(self.last), finished=self.finished)
        return d
