"""Presets relaxed to continuous variables, for gradient descent through a frozen proxy (stage b of a match).

:class:`Relaxation` holds the variables, their optimiser and the two ways back to presets: soft ones
(what the proxy is differentiated on) and projected, valid ones. :meth:`synthproxy.match.SoundMatcher.refine`
runs the descent.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from synthproxy.match.constants import (
    REFINE_LOGIT_LR,
    REFINE_LR,
    START_PROBABILITY,
    TEMPERATURE_END,
    TEMPERATURE_START,
)
from synthproxy.synths.spec import SynthSpec

if TYPE_CHECKING:  # pragma: no cover
    from synthproxy.encoders.architectures import PresetEncoder

__all__ = ["Relaxation", "temperature", "frozen"]


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

    Numeric values are optimised directly and clipped to their range after each step; binary
    parameters become logits of a sigmoid and categorical ones logits of a softmax over their
    allowed categories, both sharpened by a temperature (:func:`temperature`). At first each
    relaxed preset gives its start's own categories and switch positions probability
    :data:`~synthproxy.match.constants.START_PROBABILITY`.

    Parameters
    ----------
    encoder : PresetEncoder
        The proxy; its ``encoding`` says which columns are categorical.
    spec : SynthSpec
    starts : ndarray, shape (R, n_used)

    Attributes
    ----------
    values : Tensor, shape (R, n_noncat)
        Numeric values (normalized units) and switch logits, optimised.
    logits : Tensor, shape (R, sum_card)
        Category logits, optimised.
    optimizer : torch.optim.Adam
        :data:`~synthproxy.match.constants.REFINE_LR` for ``values``,
        :data:`~synthproxy.match.constants.REFINE_LOGIT_LR` for ``logits``.
    """

    def __init__(self, encoder: PresetEncoder, spec: SynthSpec, starts: np.ndarray) -> None:
        enc = encoder.encoding
        self.encoder, self.spec = encoder, spec
        self.cat_sizes = list(enc.cat_sizes)
        noncat_params = [spec.used[i] for i in enc.noncat_index.tolist()]
        self.is_bin = torch.tensor([p.type == "bin" for p in noncat_params], dtype=torch.bool)
        self.lo = torch.tensor([_low(p) for p in noncat_params], dtype=torch.float32)
        self.hi = torch.tensor([_high(p) for p in noncat_params], dtype=torch.float32)
        noncat0, onehot0 = encoder.split(torch.as_tensor(np.asarray(starts, np.float32)))
        p = START_PROBABILITY
        switch_logit = math.log(p / (1 - p))
        self.values = torch.where(self.is_bin, torch.where(noncat0 > 0.5, switch_logit, -switch_logit), noncat0).clone()
        sizes = torch.tensor(enc.cat_sizes, dtype=torch.float32)
        # the logit margin that gives the start's category probability p among `size` categories
        margin = torch.log(p / (1 - p) * (sizes - 1).clamp_min(1))[enc.cat_owner] if enc.n_cat else torch.zeros(0)
        self.logits = (onehot0 * margin).clone()
        self.values.requires_grad_(True)
        self.logits.requires_grad_(True)
        self.optimizer = torch.optim.Adam(
            [{"params": [self.values], "lr": REFINE_LR}, {"params": [self.logits], "lr": REFINE_LOGIT_LR}]
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
        numeric values clipped to their range after it; returns the distances before the step, shape (R,)."""
        pred = self.encoder.forward_soft(*self.soft(tau))
        loss = (pred - target).abs().mean(1)
        self.optimizer.zero_grad()
        loss.sum().backward()
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
