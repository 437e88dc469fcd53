"""What a training run is asked to do: :class:`TrainConfig`, the study's optimiser settings, :class:`LRSchedule`.

Everything here is plain configuration: no data, no model. :mod:`synthproxy.train` re-exports it.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import numpy as np

from synthproxy.encoders import ARCHS
from synthproxy.metrics import VAL_CANDIDATES

__all__ = ["STUDY_OPTIMIZERS", "OPTIMIZER_DEFAULTS", "TrainConfig", "LRSchedule"]

#: AdamW settings of the original study's final models, per synth and architecture: ``(lr, (beta1,
#: beta2), eps)``, tuned by its hyper-parameter search (its ``mlp_oh``, ``hn_oh``, ``hn_pt``,
#: ``hn_ptgru`` and ``tfm`` are this package's ``mlp``, ``highway``, ``highway_tokens``, ``gru`` and
#: ``transformer``). Weight decay was 0 everywhere.
STUDY_OPTIMIZERS: dict[str, dict[str, tuple[float, tuple[float, float], float]]] = {
    "dexed": {
        "mlp": (1.2e-2, (0.78, 0.998), 8e-6),
        "highway": (4e-3, (0.93, 0.987), 2e-7),
        "highway_tokens": (7e-3, (0.78, 0.970), 3e-7),
        "gru": (1.5e-3, (0.775, 0.978), 3e-7),
        "transformer": (1e-3, (0.91, 0.987), 2e-8),
    },
    "diva": {
        "mlp": (1.4e-2, (0.78, 0.998), 2e-8),
        "highway": (4e-3, (0.93, 0.987), 2e-7),
        "highway_tokens": (4e-3, (0.93, 0.987), 2e-7),
        "gru": (1.5e-3, (0.775, 0.978), 2e-8),
        "transformer": (1e-3, (0.89, 0.987), 5e-10),
    },
    "talnm": {
        "mlp": (1.4e-2, (0.91, 0.98), 2e-8),
        "highway": (1e-2, (0.80, 0.948), 2e-7),
        "highway_tokens": (1e-2, (0.80, 0.948), 2e-7),
        "gru": (1.5e-3, (0.93, 0.987), 2e-8),
        "transformer": (1e-3, (0.89, 0.987), 5e-10),
    },
}


def _defaults_table() -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for arch in ARCHS:
        lr, betas, eps = STUDY_OPTIMIZERS["dexed"].get(arch, STUDY_OPTIMIZERS["dexed"]["highway"])
        table[arch] = {"lr": lr, "betas": betas, "eps": eps, "batch_size": 256 if arch == "transformer" else 512}
    return table


#: Defaults of :class:`TrainConfig` per architecture: the study's Dexed optimiser settings and batch
#: sizes (512; 256 for the Transformer). ``resnet`` was not in the study: it takes ``highway``'s.
OPTIMIZER_DEFAULTS: dict[str, dict[str, Any]] = _defaults_table()

#: TrainConfig fields that do not change what is trained (free to differ when resuming).
_RUN_FIELDS: frozenset[str] = frozenset({"num_workers", "device", "compile", "threads", "in_memory"})


@dataclass
class TrainConfig:
    """Hyper-parameters of a training run (independent of the synth and of the datasets).

    ``None`` fields are filled by :meth:`resolved` from :data:`OPTIMIZER_DEFAULTS` for ``arch``.

    Parameters
    ----------
    arch : str
        Encoder architecture, one of :data:`synthproxy.encoders.ARCHS`.
    size : {"s", "b", "l"}
        Named encoder size.
    overrides : dict
        Encoder hyper-parameters replacing the size's (e.g. ``{"num_blocks": 2}``), as
        :func:`synthproxy.encoders.build_encoder` takes them.
    seed : int
        Seed of the weights' initialisation, the data order and dropout.
    epochs : int
        Passes over the training set (the study: 30).
    batch_size : int, optional
        Presets per optimiser step, over all processes (default per arch: 512, Transformer 256).
    lr, betas, eps : optional
        AdamW settings (default per arch: the study's Dexed values).
    weight_decay : float
        AdamW decoupled weight decay (the study: 0).
    fused : bool
        Fused AdamW kernel (``torch.optim.AdamW(fused=True)``, CPU and CUDA): same update, faster
        (last digits may differ from the for-loop implementation).
    warmup, decay_end, restart_end : float or int
        Boundaries of the learning-rate schedule (see :class:`LRSchedule`); a ``float`` is a fraction
        of the total number of steps, an ``int`` a number of steps. Defaults are the study's (600,000
        steps: warmup 7,500, first cosine to 200,000, restart cosine to 600,000).
    warmup_start : float
        Learning rate at step 0 as a fraction of ``lr``, rising linearly to ``lr`` over the warmup.
        The study's 1.0 makes its "warmup" a constant phase.
    restart_factor : float
        Peak of the restart as a fraction of ``lr`` (1.0: a full restart).
    min_lr : float
        Learning rate at the end of both cosines and during the constant phase.
    grad_clip : float, optional
        Clip the gradients' global L2 norm to this value.
    contrastive : float
        Weight of a contrastive term added to the L1 loss (0: the study's pure L1 distillation). The
        term is a symmetric InfoNCE over the batch whose logits are minus the mean absolute difference
        between every predicted and every target embedding, divided by ``temperature``: it rewards
        predictions that are nearer their own target than the batch's other targets, in the L1 sense
        the retrieval metrics use (see :func:`synthproxy.train.distillation_loss`).
    temperature : float
        Temperature of the contrastive term, in units of mean absolute difference per dimension.
    val_per_epoch : int
        Validations per epoch, evenly spaced; the last one ends the epoch.
    val_pool, val_subsets, val_seed, val_direction
        Validation retrieval protocol (:func:`synthproxy.metrics.retrieval_scores`): items per pool,
        pools, seed of the pool draws, direction.
    max_train, max_val : int, optional
        Use only the first presets of the training / validation set.
    precision : {"float32", "bf16"}
        ``"bf16"`` runs forward passes under bfloat16 autocast (loss, gradients and optimiser in float32).
    deterministic : bool
        Ask torch for deterministic algorithms (matters on GPU; see the notes of :mod:`synthproxy.train`).
    device : str
        ``"auto"`` (CUDA if available, else CPU), ``"cpu"``, ``"cuda"``, ``"cuda:1"``...
    num_workers : int
        DataLoader processes fetching batches (0: the main process). Does not change the result.
    compile : bool
        :func:`torch.compile` the encoder (falls back to eager mode, with a warning, if compiling fails).
    threads : int, optional
        ``torch.set_num_threads`` during this run (default: torch's). Small models on a busy CPU train
        much faster with 1 thread (see ``benchmarks/train.py``).
    init : str, optional
        A checkpoint whose weights start the run instead of random ones (fine-tuning, e.g. a proxy
        trained on random presets tuned on hand-crafted ones): same spec, architecture and encoder
        hyper-parameters. Its path and SHA-256 are recorded in the run's checkpoints (``init``).
    in_memory : bool, optional
        Read the training set into memory (default: when it takes at most
        :data:`synthproxy.train.IN_MEMORY_BYTES`); otherwise batches are read from the memory-mapped
        store. Does not change the result.

    Notes
    -----
    ``num_workers``, ``device``, ``compile``, ``threads`` and ``in_memory`` may change when a run is
    resumed; every other field must stay the same.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    arch: str = "transformer"
    size: str = "b"
    overrides: dict[str, Any] = field(default_factory=dict)
    seed: int = 42
    epochs: int = 30
    batch_size: int | None = None
    lr: float | None = None
    betas: tuple[float, float] | None = None
    eps: float | None = None
    weight_decay: float = 0.0
    fused: bool = True
    warmup: float | int = 0.0125
    decay_end: float | int = 1 / 3
    restart_end: float | int = 1.0
    warmup_start: float = 1.0
    restart_factor: float = 1.0
    min_lr: float = 2e-6
    grad_clip: float | None = None
    contrastive: float = 0.0
    temperature: float = 0.05
    val_per_epoch: int = 2
    val_pool: int = VAL_CANDIDATES
    val_subsets: int = 16
    val_seed: int = 42
    val_direction: str = "audio_to_preset"
    max_train: int | None = None
    max_val: int | None = None
    precision: str = "float32"
    deterministic: bool = True
    device: str = "auto"
    num_workers: int = 0
    compile: bool = False
    threads: int | None = None
    in_memory: bool | None = None
    init: str | None = None

    def resolved(self) -> TrainConfig:
        """A copy with the per-arch defaults filled in and every field checked.

        Raises
        ------
        ValueError
            For an unknown arch or an invalid value (the message names the field).
        """
        if self.arch not in OPTIMIZER_DEFAULTS:
            raise ValueError(f"unknown arch {self.arch!r}; valid: {', '.join(ARCHS)}")
        d = OPTIMIZER_DEFAULTS[self.arch]
        cfg = replace(
            self,
            overrides=copy.deepcopy(dict(self.overrides)),
            batch_size=int(self.batch_size if self.batch_size is not None else d["batch_size"]),
            lr=float(self.lr if self.lr is not None else d["lr"]),
            betas=tuple(float(b) for b in (self.betas if self.betas is not None else d["betas"])),  # type: ignore[arg-type]
            eps=float(self.eps if self.eps is not None else d["eps"]),
        )
        cfg._check()
        return cfg

    def _check(self) -> None:
        """Raise ValueError naming the first invalid field (the checks of :data:`_CHECKS`, in order)."""
        for check in _CHECKS:
            check(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data copy (JSON-serializable; ``betas`` as a list)."""
        return json.loads(json.dumps(asdict(self)))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TrainConfig:
        """Rebuild from :meth:`to_dict` output (unknown keys are an error, missing ones take defaults)."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"unknown TrainConfig field(s) {unknown}")
        d = dict(d)
        if d.get("betas") is not None:
            d["betas"] = tuple(d["betas"])
        return cls(**d)


# ---------------------------------------------------------------------------------------------
# Checks of a resolved TrainConfig, in the order TrainConfig._check runs them
# ---------------------------------------------------------------------------------------------
def _bad(c: TrainConfig, name: str, why: str) -> ValueError:
    return ValueError(f"TrainConfig.{name} = {getattr(c, name)!r}: {why}")


def _check_counts(c: TrainConfig) -> None:
    """Counts: positive integers (or None where optional); worker processes >= 0."""
    for name in ("epochs", "batch_size", "val_per_epoch", "val_pool", "val_subsets"):
        v = getattr(c, name)
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            raise _bad(c, name, "must be a positive integer")
    for name in ("max_train", "max_val", "threads"):
        v = getattr(c, name)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 1):
            raise _bad(c, name, "must be None or a positive integer")
    if c.num_workers < 0:
        raise _bad(c, "num_workers", "must be >= 0")


def _check_optimizer(c: TrainConfig) -> None:
    """AdamW settings, the learning-rate floor, gradient clipping."""
    if not c.lr or c.lr <= 0 or not c.eps or c.eps <= 0:
        raise _bad(c, "lr" if not c.lr or c.lr <= 0 else "eps", "must be > 0")
    if c.betas is None or len(c.betas) != 2 or not all(0 <= b < 1 for b in c.betas):
        raise _bad(c, "betas", "must be two numbers in [0, 1)")
    if not 0 < c.min_lr <= c.lr:
        raise _bad(c, "min_lr", f"must be in (0, lr = {c.lr}]")
    if c.weight_decay < 0:
        raise _bad(c, "weight_decay", "must be >= 0")
    if c.grad_clip is not None and c.grad_clip <= 0:
        raise _bad(c, "grad_clip", "must be None or > 0")


def _check_loss(c: TrainConfig) -> None:
    """The contrastive term's weight and temperature."""
    if c.contrastive < 0:
        raise _bad(c, "contrastive", "must be >= 0")
    if c.temperature <= 0:
        raise _bad(c, "temperature", "must be > 0")


def _check_schedule(c: TrainConfig) -> None:
    """Schedule boundaries (fractions or step counts) and the warmup / restart factors."""
    for name in ("warmup", "decay_end", "restart_end"):
        v = getattr(c, name)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
            raise _bad(c, name, "must be a fraction of the total steps (float in [0, 1]) or a step count (int >= 0)")
        if isinstance(v, float) and v > 1:
            raise _bad(
                c, name, "a float is a fraction of the total steps and must be <= 1 (use an int for a step count)"
            )
    if not 0 < c.warmup_start <= 1 or not 0 < c.restart_factor <= 1:
        raise _bad(c, "warmup_start" if not 0 < c.warmup_start <= 1 else "restart_factor", "must be in (0, 1]")


def _check_choices(c: TrainConfig) -> None:
    """Fields that take one of a few names."""
    if c.val_direction not in ("audio_to_preset", "preset_to_audio"):
        raise _bad(c, "val_direction", "must be 'audio_to_preset' or 'preset_to_audio'")
    if c.precision not in ("float32", "bf16"):
        raise _bad(c, "precision", "must be 'float32' or 'bf16'")


#: The checks of :meth:`TrainConfig.resolved`, in order: the first failure is the error raised.
_CHECKS: tuple[Callable[[TrainConfig], None], ...] = (
    _check_counts,
    _check_optimizer,
    _check_loss,
    _check_schedule,
    _check_choices,
)


# ---------------------------------------------------------------------------------------------
# Learning-rate schedule
# ---------------------------------------------------------------------------------------------
def _boundary(v: float | int, total: int) -> int:
    return int(round(v * total)) if isinstance(v, float) else int(v)


@dataclass(frozen=True)
class LRSchedule:
    """Warmup -> cosine decay -> full restart -> constant learning rate, per optimiser step.

    With ``W``, ``D``, ``R`` the step boundaries (``warmup``, ``decay_end``, ``restart_end`` of a
    :class:`TrainConfig`, fractions of ``total_steps`` or step counts):

    - steps ``[0, W)``: linear from ``warmup_start * lr`` to ``lr``;
    - ``[W, D)``: cosine from ``lr`` down to ``min_lr``;
    - ``[D, R)``: cosine from ``restart_factor * lr`` down to ``min_lr`` (the restart);
    - ``[R, ...)``: constant ``min_lr``.

    Boundaries are clipped to ``total_steps`` and made non-decreasing; an empty phase is skipped.

    Parameters
    ----------
    lr, min_lr : float
    total_steps : int
    warmup, decay_end, restart_end : int
        Step boundaries ``W <= D <= R``.
    warmup_start, restart_factor : float

    Examples
    --------
    >>> s = LRSchedule.from_config(TrainConfig(arch="mlp").resolved(), total_steps=600_000)
    >>> s(0), s(200_000), s(600_000)  # doctest: +SKIP
    (0.012, 0.012, 2e-06)

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    lr: float
    min_lr: float
    total_steps: int
    warmup: int
    decay_end: int
    restart_end: int
    warmup_start: float = 1.0
    restart_factor: float = 1.0

    @classmethod
    def from_config(cls, config: TrainConfig, total_steps: int) -> LRSchedule:
        """The schedule of a resolved :class:`TrainConfig` over ``total_steps`` steps."""
        if config.lr is None:
            raise ValueError("the TrainConfig is not resolved (lr is None): use TrainConfig.resolved()")
        w = min(_boundary(config.warmup, total_steps), total_steps)
        d = min(max(_boundary(config.decay_end, total_steps), w), total_steps)
        r = min(max(_boundary(config.restart_end, total_steps), d), total_steps)
        return cls(
            float(config.lr),
            float(config.min_lr),
            int(total_steps),
            w,
            d,
            r,
            float(config.warmup_start),
            float(config.restart_factor),
        )

    def __call__(self, step: int) -> float:
        """Learning rate of optimiser step ``step`` (0-based)."""

        def cosine(t: float, top: float) -> float:
            return self.min_lr + (top - self.min_lr) * 0.5 * (1.0 + math.cos(math.pi * t))

        if step < self.warmup:
            return self.lr * (self.warmup_start + (1.0 - self.warmup_start) * step / self.warmup)
        if step < self.decay_end:
            return cosine((step - self.warmup) / (self.decay_end - self.warmup), self.lr)
        if step < self.restart_end:
            return cosine((step - self.decay_end) / (self.restart_end - self.decay_end), self.restart_factor * self.lr)
        return self.min_lr

    def values(self, steps: int | None = None) -> np.ndarray:
        """Learning rates of steps ``0 .. steps - 1`` (default ``total_steps``), shape (steps,), for plots."""
        s = np.arange(self.total_steps if steps is None else steps, dtype=np.float64)
        out = np.full(s.shape, self.min_lr)

        def cosine(t: np.ndarray, top: float) -> np.ndarray:
            return self.min_lr + (top - self.min_lr) * 0.5 * (1.0 + np.cos(np.pi * t))

        w = s < self.warmup
        out[w] = self.lr * (self.warmup_start + (1.0 - self.warmup_start) * s[w] / max(self.warmup, 1))
        m = (s >= self.warmup) & (s < self.decay_end)
        out[m] = cosine((s[m] - self.warmup) / (self.decay_end - self.warmup), self.lr)
        r = (s >= self.decay_end) & (s < self.restart_end)
        out[r] = cosine((s[r] - self.decay_end) / (self.restart_end - self.decay_end), self.restart_factor * self.lr)
        return out
