"""Searches without the proxy, on the real synth: what the proxy's pipeline is compared with.

Each renders ``budget`` presets and keeps the one whose render's real embedding is nearest the
target's: :func:`bank_search` (bank presets drawn at random: the bank without the proxy's ranking),
:func:`random_search` (random presets of the spec) and :func:`evolutionary_search` (a (mu + lambda)
search on the normalized values, categorical and binary values mutated by resampling). Each takes a
:class:`~synthproxy.match.matcher.SoundMatcher` for its synth, audio model and bank; the matcher has
methods of the same names.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np

from synthproxy.match.constants import (
    EVOLUTION_INIT_SHARE,
    EVOLUTION_LAMBDA,
    EVOLUTION_MU,
    EVOLUTION_MUTATION_RATE,
    EVOLUTION_SIGMA,
)
from synthproxy.match.distances import stft_distance
from synthproxy.match.errors import EmptyBankError
from synthproxy.match.results import Candidate, SearchResult
from synthproxy.synths.spec import SynthSpec

if TYPE_CHECKING:
    from synthproxy.match.matcher import SoundMatcher

__all__ = ["random_search", "bank_search", "evolutionary_search"]


def _search_result(
    preset: np.ndarray,
    audio: np.ndarray,
    name: str,
    origin: str,
    target_audio: np.ndarray,
    distances: np.ndarray,
    t0: float,
) -> SearchResult:
    """The best render of a search, measured (the STFT distance outside the search's time)."""
    c = Candidate(preset, name, origin, origin, distance=float(distances.min()), audio=audio)
    seconds = time.perf_counter() - t0
    c.stft = float(stft_distance(audio, target_audio))
    return SearchResult(c, distances, len(distances), seconds)


def random_search(
    matcher: SoundMatcher,
    target_audio: np.ndarray,
    budget: int,
    seed: int = 0,
    target_embedding: np.ndarray | None = None,
) -> SearchResult:
    """Render ``budget`` random presets of the spec and keep the one nearest the target (real embeddings).

    Presets are the first draws of dataset ``seed`` (:func:`synthproxy.presets.sampling.random_presets`),
    silent ones included: every render counts.

    Parameters
    ----------
    matcher : SoundMatcher
    target_audio : ndarray, shape (samples,)
    budget : int
        Renders.
    seed : int
    target_embedding : ndarray, shape (D,), optional
        The target's audio embedding, when already computed.

    Returns
    -------
    SearchResult

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.presets.sampling import random_presets

    target_audio, target_embedding = matcher.prepare_target(target_audio, target_embedding)
    t0 = time.perf_counter()
    presets = random_presets(matcher.spec, seed, range(budget))
    d, audio = matcher.real_distances(presets, target_embedding)
    i = int(np.argmin(d))
    return _search_result(presets[i], audio[i], f"random #{i}", "random", target_audio, d, t0)


def bank_search(
    matcher: SoundMatcher,
    target_audio: np.ndarray,
    budget: int,
    seed: int = 0,
    target_embedding: np.ndarray | None = None,
) -> SearchResult:
    """Render ``budget`` presets drawn at random from the matcher's bank and keep the one nearest the target.

    The same bank and renders as the verification stage without the proxy's ranking: what the
    bank alone gives. Parameters as :func:`random_search`.

    Raises
    ------
    EmptyBankError
        When the matcher has no bank.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    bank = matcher.bank
    if bank is None or len(bank) == 0:
        raise EmptyBankError("no bank to draw from: call set_bank first")
    target_audio, target_embedding = matcher.prepare_target(target_audio, target_embedding)
    t0 = time.perf_counter()
    idx = np.random.default_rng([seed, 2]).choice(len(bank), min(budget, len(bank)), replace=False)
    d, audio = matcher.real_distances(bank.presets[idx], target_embedding)
    i = int(np.argmin(d))
    j = idx[i]
    r = _search_result(bank.presets[j], audio[i], bank.names[j], "bank", target_audio, d, t0)
    r.best.source = bank.sources[j]
    return r


def _offspring(spec: SynthSpec, parents: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` mutated copies of presets drawn from ``parents``, valid for the spec.

    Every value mutates with probability :data:`~synthproxy.match.constants.EVOLUTION_MUTATION_RATE`
    (at least one per offspring): numeric ones by a Gaussian step of
    :data:`~synthproxy.match.constants.EVOLUTION_SIGMA` (normalized units, then clipped and snapped),
    categorical and binary ones by resampling from the spec.
    """
    from synthproxy.presets.sampling import sample_preset

    resampled = np.array([p.type in ("cat", "bin") for p in spec.used])
    kids = parents[rng.choice(len(parents), n)].copy()
    for kid in kids:
        mask = rng.random(len(kid)) < EVOLUTION_MUTATION_RATE
        mask[rng.integers(len(kid))] = True
        fresh = sample_preset(spec, rng)
        step = kid + rng.normal(0.0, EVOLUTION_SIGMA, len(kid))
        kid[:] = np.where(mask, np.where(resampled, fresh, step), kid)
    return spec.snap(kids)  # clipped to intervals, snapped to steps


def evolutionary_search(
    matcher: SoundMatcher,
    target_audio: np.ndarray,
    budget: int,
    seed: int = 0,
    target_embedding: np.ndarray | None = None,
) -> SearchResult:
    """A (mu + lambda) evolutionary search on the real synth, ``budget`` renders in all.

    A random initial population (:data:`~synthproxy.match.constants.EVOLUTION_INIT_SHARE` of the
    budget; the first presets :func:`random_search` draws with the same seed), then generations of
    :data:`~synthproxy.match.constants.EVOLUTION_LAMBDA` offspring, each a mutated copy of one of the
    :data:`~synthproxy.match.constants.EVOLUTION_MU` best presets so far: every value mutates with
    probability :data:`~synthproxy.match.constants.EVOLUTION_MUTATION_RATE` (at least one per offspring),
    numeric ones by a Gaussian step of :data:`~synthproxy.match.constants.EVOLUTION_SIGMA` (normalized
    units, then clipped and snapped to the spec), categorical and binary ones by resampling from the
    spec. Fitness: the real embedding distance to the target. Parameters as :func:`random_search`.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.presets.sampling import random_presets

    target_audio, target_embedding = matcher.prepare_target(target_audio, target_embedding)
    rng = np.random.default_rng([seed, 1])
    t0 = time.perf_counter()
    n0 = min(budget, max(EVOLUTION_MU, int(round(budget * EVOLUTION_INIT_SHARE))))
    pop = random_presets(matcher.spec, seed, range(n0))
    fit, audio = matcher.real_distances(pop, target_embedding)
    history = [fit]
    while len(pop) < budget:
        parents = pop[np.argsort(fit, kind="stable")[:EVOLUTION_MU]]
        kids = _offspring(matcher.spec, parents, min(EVOLUTION_LAMBDA, budget - len(pop)), rng)
        f, a = matcher.real_distances(kids, target_embedding)
        pop, fit, audio = np.concatenate([pop, kids]), np.concatenate([fit, f]), np.concatenate([audio, a])
        history.append(f)
    i = int(np.argmin(fit))
    return _search_result(pop[i], audio[i], f"evolved #{i}", "evolution", target_audio, np.concatenate(history), t0)
