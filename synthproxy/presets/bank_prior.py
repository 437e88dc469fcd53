"""A prior from real banks: each preset drawn from the spec's random prior or as a perturbed training preset.

The random prior (:mod:`synthproxy.presets.sampling`) draws every parameter independently, so its presets
look little like what people make. The *bank-mix* prior makes draw ``a`` of preset ``i`` of dataset
``seed`` as follows, from its own random stream ``SeedSequence([seed, i, a, MIX_STREAM])``:

0. the *source* of preset ``i`` is drawn once, from the stream of draw 0: the banks with probability
   ``p_bank``, else the random prior. Every draw of the preset comes from that source, so ``p_bank`` is
   the share of bank-drawn presets in the dataset, however often each source's draws are silent (Dexed's
   random draws are silent 11 times in 12, its bank draws almost never: a choice made again at each draw
   would fill a dataset of ``p_bank`` 0.5 with about 92% bank presets);
1. from the random prior: :func:`~synthproxy.presets.sampling.random_preset` ``(spec, seed, i, a)``, exactly
   the draw a random dataset of that seed has (its stream is not the mix's), so ``p_bank = 0`` *is* the
   random prior;
2. from the banks: a hand-crafted *training* preset (uniformly among the bank presets,
   :func:`training_presets`: :func:`synthproxy.presets.split.split_presets` ``"train"``, valid ones
   reduced to the spec, duplicates dropped), perturbed:

   - numeric parameters (continuous and discrete): plus Gaussian noise of standard deviation ``jitter``
     in normalized units, then clipped to the parameter's interval and put on its nearest allowed step
     (:meth:`~synthproxy.synths.spec.SynthSpec.snap`);
   - categorical and binary parameters: each replaced, with probability ``redraw``, by the spec's prior
     draw for that parameter.

Validation and test presets are never used: they stay held out. Preset ``i`` depends only on (seed, i),
the settings and the bank presets, whatever the chunking or the number of workers; a silent or clipping
draw is drawn again (:func:`synthproxy.render.sample_audible_preset`) with the next ``a``. A dataset
records :meth:`BankMixPrior.settings` (the settings and the SHA-256 of the bank presets) in its manifest;
the CLI is ``synthproxy generate --prior bank-mix --p-bank 0.5 --jitter 0.05 --redraw 0.05``.
"""

from __future__ import annotations

import hashlib
import math
import numbers
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from synthproxy.constants import BANK_MIX_JITTER, BANK_MIX_P_BANK, BANK_MIX_REDRAW, PRIORS
from synthproxy.presets.sampling import random_preset, sample_preset
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "PRIORS",
    "BankMixPrior",
    "check_bank_mix",
    "training_presets",
    "bank_mix_prior",
    "prior_preset",
]

#: Last entry of the mix's SeedSequence: its stream is independent of the random prior's ``[seed, i, a]``.
MIX_STREAM: int = 1


def check_bank_mix(p_bank: float, jitter: float, redraw: float) -> None:
    """Refuse bank-mix settings outside their range, with one line naming the setting (and its CLI flag)."""
    for name, value in (("p_bank", p_bank), ("jitter", jitter), ("redraw", redraw)):
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
            raise ValueError(f"{name} (--{name.replace('_', '-')}) must be a number in [0, 1], got {value!r}")
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} (--{name.replace('_', '-')}) must be in [0, 1], got {value}")


@dataclass(frozen=True, eq=False)
class BankMixPrior:
    """The bank-mix prior (module docstring): its settings and the bank presets it perturbs.

    Attributes
    ----------
    presets : ndarray, shape (M, n_used), float32
        Bank presets, as preset vectors of the spec (:func:`training_presets`); M > 0 unless ``p_bank`` is 0.
    p_bank : float
        Probability that a preset comes from the banks (all its draws), 0..1: the bank share of a dataset.
    jitter : float
        Standard deviation of the noise on numeric parameters, normalized units, 0..1.
    redraw : float
        Probability that a categorical or binary parameter is drawn afresh, 0..1.
    source : str
        Where the bank presets come from, for the manifest (``"<synth> hand-crafted train split"``).
    """

    presets: np.ndarray
    p_bank: float = BANK_MIX_P_BANK
    jitter: float = BANK_MIX_JITTER
    redraw: float = BANK_MIX_REDRAW
    source: str = "hand-crafted train split"

    def __post_init__(self) -> None:
        check_bank_mix(self.p_bank, self.jitter, self.redraw)
        if self.presets.ndim != 2 or not np.isfinite(self.presets).all():
            raise ValueError(f"bank presets must be a finite (M, n_used) array, got shape {self.presets.shape}")
        if self.p_bank > 0 and len(self.presets) == 0:
            raise ValueError(f"p_bank (--p-bank) is {self.p_bank} but there are no bank presets ({self.source})")

    @cached_property
    def digest(self) -> str:
        """SHA-256 of the bank presets (shape, then float32 little-endian values, row by row)."""
        h = hashlib.sha256(str(self.presets.shape).encode())
        h.update(np.ascontiguousarray(self.presets, dtype="<f4").tobytes())
        return h.hexdigest()

    def settings(self) -> dict[str, Any]:
        """What a manifest records (and what makes two datasets the same): settings, bank size and digest."""
        return {
            "name": "bank-mix",
            "p_bank": float(self.p_bank),
            "jitter": float(self.jitter),
            "redraw": float(self.redraw),
            "bank": {"source": self.source, "presets": int(len(self.presets)), "sha256": self.digest},
            "source": "per preset",
            "rng": f"numpy SeedSequence([seed, index, attempt, {MIX_STREAM}]), the source from attempt 0's; "
            "random draws as the random prior",
        }

    def tag(self) -> str:
        """A short name of the settings for folder names: ``bankmix-p0.5-j0.05-r0.05``."""
        return f"bankmix-p{self.p_bank:g}-j{self.jitter:g}-r{self.redraw:g}"

    def source_is_random(self, seed: int, index: int) -> bool:
        """Whether every draw of preset ``index`` of dataset ``seed`` comes from the random prior (else the banks)."""
        return bool(np.random.default_rng(np.random.SeedSequence([seed, index, 0, MIX_STREAM])).random() >= self.p_bank)

    def draw(self, spec: SynthSpec, seed: int, index: int, attempt: int = 0) -> np.ndarray:
        """Draw ``attempt`` of preset ``index`` of dataset ``seed``, shape (n_used,), float32, valid for ``spec``."""
        if self.presets.shape[1] != len(spec.used):
            raise ValueError(
                f"{spec.name}: bank presets have {self.presets.shape[1]} values, the spec uses {len(spec.used)}"
            )
        if min(seed, index, attempt) < 0:
            raise ValueError(f"seed, index and attempt must be >= 0, got {seed}, {index}, {attempt}")
        if self.source_is_random(seed, index):
            return random_preset(spec, seed, index, attempt)
        rng = np.random.default_rng(np.random.SeedSequence([seed, index, attempt, MIX_STREAM]))
        rng.random()  # the number that picks the source in draw 0's stream; skipped in every draw alike
        base = self.presets[rng.integers(len(self.presets))].astype(np.float64)
        noise = rng.normal(0.0, self.jitter, base.shape)
        redraw = rng.random(base.shape) < self.redraw
        fresh = sample_preset(spec, rng)
        numeric = _numeric(spec)
        return spec.snap(np.where(numeric, base + noise, np.where(redraw, fresh, base))).astype(np.float32)


def _numeric(spec: SynthSpec) -> np.ndarray:
    """Which used parameters are numeric (continuous or discrete), shape (n_used,), bool."""
    return np.array([p.type == "num" for p in spec.used])


def training_presets(spec: SynthSpec) -> np.ndarray:
    """The synth's hand-crafted training presets as preset vectors, shape (M, n_used), float32.

    :func:`synthproxy.presets.split.split_presets` ``(spec, "train")``: invalid presets dropped, the
    others reduced to the spec (:func:`synthproxy.presets.handcrafted.reduce_to_spec`), exact duplicates
    dropped (the first kept), in bank order. Silent presets stay (their perturbations may not be silent,
    and silent draws are drawn again anyway). M is 0 for a synth without training banks.
    """
    from synthproxy.presets.handcrafted import reduce_to_spec
    from synthproxy.presets.split import split_presets

    vectors, _ = reduce_to_spec(spec, [p for p in split_presets(spec, "train") if not p.problems])
    if not len(vectors):
        return vectors
    _, first = np.unique(vectors, axis=0, return_index=True)
    return vectors[np.sort(first)]


def bank_mix_prior(
    spec: SynthSpec, p_bank: float = BANK_MIX_P_BANK, jitter: float = BANK_MIX_JITTER, redraw: float = BANK_MIX_REDRAW
) -> BankMixPrior:
    """The bank-mix prior of a synth, over its hand-crafted training presets (:func:`training_presets`).

    Raises
    ------
    ValueError
        For a setting outside [0, 1], or a synth without training presets (naming it).
    """
    check_bank_mix(p_bank, jitter, redraw)
    presets = training_presets(spec)
    if p_bank > 0 and not len(presets):
        raise ValueError(
            f"{spec.name} has no hand-crafted training presets for the bank-mix prior "
            "(all its banks are test banks, or they are not installed here)"
        )
    return BankMixPrior(presets, p_bank, jitter, redraw, f"{spec.name} hand-crafted train split")


def prior_preset(
    spec: SynthSpec, seed: int, index: int, attempt: int = 0, prior: BankMixPrior | None = None
) -> np.ndarray:
    """Draw ``attempt`` of preset ``index`` of dataset ``seed`` from ``prior`` (None: the random prior)."""
    return random_preset(spec, seed, index, attempt) if prior is None else prior.draw(spec, seed, index, attempt)
