"""Presets relaxed to continuous variables, for gradient descent through a frozen proxy (stage b of a match).

:class:`Relaxation` holds the variables (numeric ones bounded by a trust region around their start),
their optimiser and the two ways back to presets: soft ones (what the proxy is differentiated on) and
projected, valid ones. :func:`descend` runs the descent for :meth:`synthproxy.match.SoundMatcher.refine`
and keeps a projected preset only when its proxy distance, charged for how far it moved from its start,
beats the start's: along the Dexed descent the proxy distance fell while the real distance rose, and the
descent's moves did no better on the synth than random moves of the same size
(``benchmarks/refinement.py``, ``results/refinement/dexed.json``).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from synthproxy.match.constants import (
    PROJECT_EVERY,
    REFINE_DISCRETE,
    REFINE_LOGIT_LR,
    REFINE_LR,
    REFINE_MARGIN,
    REFINE_PENALTY,
    REFINE_RADIUS,
    START_PROBABILITY,
    TEMPERATURE_END,
    TEMPERATURE_START,
)
from synthproxy.match.distances import embedding_distance, preset_distance
from synthproxy.match.results import Refinement
from synthproxy.synths.spec import SynthSpec

if TYPE_CHECKING:  # pragma: no cover
    from synthproxy.encoders.architectures import PresetEncoder

__all__ = ["Relaxation", "temperature", "frozen", "descend", "moves"]


def temperature(step: int, steps: int) -> float:
    """Softmax / sigmoid temperature at ``step`` (0-based) of ``steps``: geometric from
    :data:`~synthproxy.match.constants.TEMPERATURE_START` (first step) to
    :data:`~synthproxy.match.constants.TEMPERATURE_END` (last step)."""
    return TEMPERATURE_START * (TEMPERATURE_END / TEMPERATURE_START) ** (step / max(steps - 1, 1))


@contextlib.contextmanager
def frozen(module: torch.nn.Module) -> Iterator[None]:
    """Eval mode and no parameter gradients inside the block (restored after)."""
    flags = [p.requires_grad for p in module.parameters()]
    was_training = module.training
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    try:
        yield
    finally:
        for p, f in zip(module.parameters(), flags):
            p.requires_grad_(f)
        module.train(was_training)


def _low(p: Any) -> float:
    """Smallest normalized value parameter ``p`` may take."""
    if p.is_continuous:
        return float(p.interval[0])
    return float(np.asarray(p.values)[p.allowed].min()) if p.type != "bin" else 0.0


def _high(p: Any) -> float:
    """Largest normalized value parameter ``p`` may take."""
    if p.is_continuous:
        return float(p.interval[1])
    return float(np.asarray(p.values)[p.allowed].max()) if p.type != "bin" else 1.0


class Relaxation:
    """Start presets relaxed for gradient descent through a proxy.

    Numeric values are optimised directly and clipped after each step to their range and to a trust
    region of ``radius`` (normalized units) around their start; binary parameters become logits of a
    sigmoid and categorical ones logits of a softmax over their allowed categories, both sharpened by
    a temperature (:func:`temperature`). At first each relaxed preset gives its start's own categories
    and switch positions probability :data:`~synthproxy.match.constants.START_PROBABILITY`.

    Parameters
    ----------
    encoder : PresetEncoder
        The proxy; its ``encoding`` says which columns are categorical.
    spec : SynthSpec
    starts : ndarray, shape (R, n_used)
    lr, logit_lr : float
        Adam learning rates of ``values`` (numeric values and switch logits) and of category logits.
    radius : float
        Largest move of a numeric value from its start, normalized units (``inf``: its range only).
    discrete : bool
        Whether categorical and binary parameters may change (False: they keep the start's values).

    Attributes
    ----------
    values : Tensor, shape (R, n_noncat)
        Numeric values (normalized units) and switch logits, optimised.
    logits : Tensor, shape (R, sum_card)
        Category logits, optimised.
    lo, hi : Tensor, shape (R, n_noncat)
        Bounds of the numeric values: their range intersected with the trust region.
    optimizer : torch.optim.Adam
        ``lr`` for ``values``, ``logit_lr`` for ``logits``.
    """

    def __init__(
        self,
        encoder: PresetEncoder,
        spec: SynthSpec,
        starts: np.ndarray,
        *,
        lr: float = REFINE_LR,
        logit_lr: float = REFINE_LOGIT_LR,
        radius: float = REFINE_RADIUS,
        discrete: bool = REFINE_DISCRETE,
    ) -> None:
        enc = encoder.encoding
        self.encoder, self.spec = encoder, spec
        self.cat_sizes = list(enc.cat_sizes)
        noncat_params = [spec.used[i] for i in enc.noncat_index.tolist()]
        self.is_bin = torch.tensor([p.type == "bin" for p in noncat_params], dtype=torch.bool)
        lo = torch.tensor([_low(p) for p in noncat_params], dtype=torch.float32)
        hi = torch.tensor([_high(p) for p in noncat_params], dtype=torch.float32)
        noncat0, onehot0 = encoder.split(torch.as_tensor(np.asarray(starts, np.float32)))
        self.lo = torch.maximum(lo, noncat0 - radius) if math.isfinite(radius) else lo.expand_as(noncat0)
        self.hi = torch.minimum(hi, noncat0 + radius) if math.isfinite(radius) else hi.expand_as(noncat0)
        p = START_PROBABILITY
        switch_logit = math.log(p / (1 - p))
        self.values = torch.where(self.is_bin, torch.where(noncat0 > 0.5, switch_logit, -switch_logit), noncat0).clone()
        sizes = torch.tensor(enc.cat_sizes, dtype=torch.float32)
        # the logit margin that gives the start's category probability p among `size` categories
        margin = torch.log(p / (1 - p) * (sizes - 1).clamp_min(1))[enc.cat_owner] if enc.n_cat else torch.zeros(0)
        self.logits = (onehot0 * margin).clone()
        self.values.requires_grad_(True)
        self.logits.requires_grad_(True)
        self.discrete = discrete
        self.optimizer = torch.optim.Adam(
            [{"params": [self.values], "lr": lr}, {"params": [self.logits], "lr": logit_lr}]
        )

    def soft(self, tau: float) -> tuple[torch.Tensor, torch.Tensor]:
        """The relaxed presets at temperature ``tau``: non-categorical values (switches as
        probabilities) and category probabilities, as :meth:`PresetEncoder.forward_soft` takes them."""
        noncat = torch.where(self.is_bin, torch.sigmoid(self.values / tau), self.values)
        probs = (
            torch.cat([torch.softmax(c / tau, 1) for c in torch.split(self.logits, self.cat_sizes, 1)], 1)
            if self.cat_sizes
            else self.logits
        )
        return noncat, probs

    def step(self, target: torch.Tensor, tau: float) -> np.ndarray:
        """One Adam step on the proxy distance of the soft presets to ``target`` (shape (D,) or (R, D)),
        numeric values clipped to their bounds after it; returns the distances before the step, shape (R,)."""
        pred = self.encoder.forward_soft(*self.soft(tau))
        loss = (pred - target).abs().mean(1)
        self.optimizer.zero_grad()
        loss.sum().backward()
        if not self.discrete:  # no gradient, so Adam never moves them
            assert self.values.grad is not None and self.logits.grad is not None
            self.values.grad[:, self.is_bin] = 0.0
            self.logits.grad.zero_()
        self.optimizer.step()
        with torch.no_grad():
            clipped = torch.minimum(torch.maximum(self.values, self.lo), self.hi)
            self.values.copy_(torch.where(self.is_bin, self.values, clipped))
        return loss.detach().numpy()

    def projected(self) -> np.ndarray:
        """Valid presets nearest the relaxed ones: argmax category, switch on when its probability
        exceeds 0.5, numeric values snapped to their steps and interval; shape (R, n_used), float32."""
        with torch.no_grad():
            noncat = torch.where(self.is_bin, (self.values > 0).float(), self.values)
            merged = self.encoder.merge(noncat, self.logits).numpy()
        return self.spec.snap(merged)


def moves(spec: SynthSpec, presets: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """:func:`~synthproxy.match.distances.preset_distance` of each preset from its own start, shape (R,)."""
    return np.array([preset_distance(spec, p[None], s)[0] for p, s in zip(presets, starts)])


def descend(
    relaxed: Relaxation,
    starts: np.ndarray,
    target_embedding: np.ndarray,
    steps: int,
    embed: Callable[[np.ndarray], np.ndarray],
    *,
    penalty: float = REFINE_PENALTY,
    margin: float = REFINE_MARGIN,
    project_every: int = PROJECT_EVERY,
    on_check: Callable[[int, np.ndarray, np.ndarray], None] | None = None,
) -> Refinement:
    """Run the descent of :meth:`synthproxy.match.SoundMatcher.refine` on ``relaxed`` (whose proxy must be
    frozen: see :func:`frozen`) and keep, per start, its best projected preset.

    Every ``project_every`` steps (and at the end) the relaxed presets are projected to valid ones
    (:meth:`Relaxation.projected`) and scored by ``proxy distance + penalty * move``, the move being
    the :func:`~synthproxy.match.distances.preset_distance` from the start; a projected preset replaces
    the kept one when it scores lower than it and lower than the start's proxy distance minus
    ``margin``. The start (scored by its proxy distance) is kept when none does.

    Parameters
    ----------
    relaxed : Relaxation
    starts : ndarray, shape (R, n_used)
        The presets ``relaxed`` was made from.
    target_embedding : ndarray, shape (D,), or (R, D): one target per start
    steps : int
    embed : callable
        Proxy embeddings of valid presets, ``(N, n_used) -> (N, D)``.
    penalty : float
        Proxy distance charged per unit of move (embedding L1 per preset-distance unit).
    margin : float
        Proxy distance (embedding L1) a refined preset must gain over its start to replace it.
    project_every : int
    on_check : callable, optional
        Called as ``on_check(step, projected, proxy_distances)`` at each projection (for traces).

    Returns
    -------
    Refinement
    """
    spec = relaxed.spec
    target = torch.as_tensor(np.asarray(target_embedding, np.float32))
    target = target.reshape(-1, target.shape[-1])
    start = spec.snap(np.asarray(starts, np.float32))  # valid presets
    best = start.copy()
    start_d = embedding_distance(embed(start), target_embedding)
    best_d, best_score = start_d.copy(), start_d.copy()
    losses = np.zeros((steps, len(best)))
    checks, check_steps = [start_d.copy()], [0]
    if on_check is not None:
        on_check(0, start.copy(), start_d.copy())
    for step in range(steps):
        losses[step] = relaxed.step(target, temperature(step, steps))
        if (step + 1) % project_every == 0 or step + 1 == steps:
            hard = relaxed.projected()
            d = embedding_distance(embed(hard), target_embedding)
            score = d + penalty * moves(spec, hard, start)
            better = (score < best_score) & (score < start_d - margin)
            best[better], best_d[better], best_score[better] = hard[better], d[better], score[better]
            checks.append(d)
            check_steps.append(step + 1)
            if on_check is not None:
                on_check(step + 1, hard, d)
    return Refinement(best, best_d, start_d, losses, np.stack(checks), np.array(check_steps))
