"""The sound-attribute ranking test's scores: how well an audio model orders the steps of a sweep.

A *sweep* is ``S`` sounds of one synth with one sound attribute (amp attack, filter cutoff, LFO rate
on pitch, ...) raised step by step from a base preset; the sweeps themselves are rendered by
:mod:`synthproxy.sweeps` (the data stage), and this module scores the audio or embeddings it is given.
A good embedding places the ``S`` sounds in order: the L1 distance of each sound's embedding to the
lowest step's should grow with the step, and its distance to the highest step's should shrink. The
score of a sweep is the Spearman correlation of the step with the first distance, and minus the one
with the second, averaged (:func:`rank_scores`; each reference is left out of its own ranking, as in
the original study); a model's score is the mean over base presets, then over attributes
(:func:`summarize`). This is the original study's audio-model selection experiment (13 attributes of
TAL-NoiseMaker, 10 presets, 20 steps; :data:`STUDY_SCORES`).

Shown in use in ``notebooks/01_audio_models.ipynb``; the study's full run is
``python -m synthproxy.attribute_ranking``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from synthproxy.audio_models.base import AudioModel, UnknownAudioModelError, UnsafeCheckpointError, load
from synthproxy.constants import ATTRIBUTES

__all__ = [
    "STUDY_SCORES",
    "ScoredSweep",
    "sweep_distances",
    "rank_scores",
    "score_models",
    "summarize",
    "choice_table",
    "describe_choice",
    "available_models",
    "embedding_speed",
]

#: Mean scores of the original study's audio-model selection (TAL-NoiseMaker, 10 presets x 20 steps).
STUDY_SCORES: dict[str, float] = {
    "mn20": 0.976,
    "OpenL3-6144": 0.966,
    "mn04": 0.965,
    "OpenL3-512": 0.963,
    "PaSST-S": 0.960,
    "PaSST-L": 0.954,
    "CLAP": 0.952,
    "mel-128": 0.921,
    "MFCC-40": 0.913,
}


class ScoredSweep(Protocol):
    """What :func:`score_models` reads of a sweep (a :class:`synthproxy.sweeps.Sweep` has all of it).

    Attributes
    ----------
    synth, attribute : str
    preset : int
    level : ndarray, shape (S,)
        The attribute's value at each step (see :func:`rank_scores`).
    audio : ndarray, shape (S, samples)
        One clip per step at ``sample_rate``.
    sample_rate : int
        Hz.
    silent, unchanged : bool
        Whether a step is silent, or the first and last steps sound the same: such a sweep is not scored.
    """

    synth: str
    attribute: str
    preset: int
    level: np.ndarray
    audio: np.ndarray
    sample_rate: int

    @property
    def silent(self) -> bool: ...

    @property
    def unchanged(self) -> bool: ...


#: ``at_rate(sweeps, sample_rate) -> sweeps``: the same sweeps with their audio at another rate.
AtRate = Callable[[Sequence[ScoredSweep], int], Sequence[ScoredSweep]]


# ---------------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------------
def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman correlation with average ranks for ties; 0 when either side is constant."""
    rx, ry = rankdata(x), rankdata(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    den = np.sqrt((rx * rx).sum() * (ry * ry).sum())
    return float((rx * ry).sum() / den) if den > 0 else 0.0


def sweep_distances(embeddings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """L1 distances of every step's embedding to the lowest and to the highest step's.

    Parameters
    ----------
    embeddings : ndarray, shape (S, D)

    Returns
    -------
    to_low, to_high : ndarray, shape (S,) each

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    e = np.asarray(embeddings, dtype=np.float64)
    return np.abs(e - e[0]).sum(axis=1), np.abs(e - e[-1]).sum(axis=1)


def rank_scores(embeddings: np.ndarray, level: np.ndarray | None = None) -> tuple[float, float, float]:
    """How well embeddings order the steps of one sweep.

    Parameters
    ----------
    embeddings : ndarray, shape (S, D)
        One embedding per step, lowest step first; ``S >= 3``.
    level : ndarray, shape (S,), optional
        The attribute's value at each step; default ``0 .. S-1``. Equal values (steps that snapped
        to the same setting) are ties. A decreasing ``level`` says the attribute falls along the
        steps, so embeddings that move away step by step then score -1.

    Returns
    -------
    score : float
        ``(rho_low + rho_high) / 2``, in [-1, 1]: 1 when L1 distances order the steps exactly,
        about 0 for unrelated embeddings.
    rho_low : float
        Spearman correlation of ``level`` with the L1 distance to step 0, over steps ``1 .. S-1``.
    rho_high : float
        Minus the Spearman correlation of ``level`` with the L1 distance to step ``S-1``, over
        steps ``0 .. S-2``.

    Notes
    -----
    As in the original study, each reference step is left out of its own ranking (its distance to
    itself, 0, would always rank first and lift every score, by about 0.14 for random embeddings
    and 20 steps). Ties get average ranks on both sides, so steps that sound the same and have the
    same level cost nothing. A constant side (e.g. a model giving every step the same embedding)
    has no order: its correlation is defined as 0.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    e = np.asarray(embeddings, dtype=np.float64)
    if e.ndim != 2 or e.shape[0] < 3:
        raise ValueError(f"embeddings must be (S >= 3, D), got shape {e.shape}")
    lv = np.arange(e.shape[0], dtype=np.float64) if level is None else np.asarray(level, dtype=np.float64)
    if lv.shape != (e.shape[0],):
        raise ValueError(f"level must have shape ({e.shape[0]},), got {lv.shape}")
    to_low, to_high = sweep_distances(e)
    low = _spearman(lv[1:], to_low[1:])
    high = -_spearman(lv[:-1], to_high[:-1])
    return (low + high) / 2.0, low, high


def _as_model(model: str | AudioModel) -> AudioModel:
    return load(model) if isinstance(model, str) else model


def _at(sweeps: Sequence[ScoredSweep], sample_rate: int, at_rate: AtRate | None) -> Sequence[ScoredSweep]:
    """The sweeps with audio at ``sample_rate``: as given when they are, else through ``at_rate``."""
    if all(s.sample_rate == sample_rate for s in sweeps):
        return sweeps
    if at_rate is None:
        rates = sorted({s.sample_rate for s in sweeps})
        raise ValueError(
            f"a model needs audio at {sample_rate} Hz, the sweeps are at {rates} Hz; pass at_rate "
            "(e.g. synthproxy.sweeps.rerender) to have them rendered at that rate"
        )
    return at_rate(sweeps, sample_rate)


def score_models(
    sweeps: Sequence[ScoredSweep],
    models: Sequence[str | AudioModel],
    *,
    at_rate: AtRate | None = None,
    batch_size: int = 64,
) -> pd.DataFrame:
    """Score every sweep with every audio model.

    Sweeps are brought to each sample rate the models need once (``at_rate``) and reused.
    Silent or unchanging sweeps are left out (listed in ``df.attrs["notes"]``).

    Parameters
    ----------
    sweeps : sequence of ScoredSweep
        E.g. :func:`synthproxy.sweeps.attribute_sweeps`.
    models : sequence of str or AudioModel
        Registry names (an unknown name raises the registry's ``UnknownAudioModelError``) or models.
    at_rate : callable, optional
        ``at_rate(sweeps, sample_rate) -> sweeps``: the same sweeps, in the same order, with their audio
        at ``sample_rate`` (:func:`synthproxy.sweeps.rerender` renders them again). Needed only when a
        model's rate differs from the sweeps'; without it that raises ``ValueError``.
    batch_size : int
        Clips per :meth:`AudioModel.embed` call.

    Returns
    -------
    pandas.DataFrame
        One row per (model, sweep): ``synth, model, attribute, preset, score, rho_low, rho_high``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    loaded = [_as_model(m) for m in models]
    notes = [
        f"{s.attribute}, preset {s.preset}: excluded ({'silent' if s.silent else 'unchanged'})"
        for s in sweeps
        if s.silent or s.unchanged
    ]
    kept = [s for s in sweeps if not (s.silent or s.unchanged)]
    by_rate: dict[int, Sequence[ScoredSweep]] = {}
    rows = []
    for g in loaded:
        if g.sample_rate not in by_rate:
            by_rate[g.sample_rate] = _at(kept, g.sample_rate, at_rate)
        rendered = by_rate[g.sample_rate]
        if not rendered:
            continue
        clips = np.concatenate([s.audio for s in rendered])
        emb = np.concatenate([g.embed(clips[k : k + batch_size]) for k in range(0, len(clips), batch_size)])
        start = 0
        for s in rendered:
            steps = len(s.audio)
            score, low, high = rank_scores(emb[start : start + steps], s.level)
            start += steps
            rows.append(
                {
                    "synth": s.synth,
                    "model": g.name,
                    "attribute": s.attribute,
                    "preset": s.preset,
                    "score": score,
                    "rho_low": low,
                    "rho_high": high,
                }
            )
    df = pd.DataFrame(rows, columns=["synth", "model", "attribute", "preset", "score", "rho_low", "rho_high"])
    df.attrs["notes"] = notes
    return df


def summarize(scores: pd.DataFrame) -> pd.DataFrame:
    """Mean and standard deviation over base presets, per (synth, model, attribute).

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`score_models`.

    Returns
    -------
    pandas.DataFrame
        Columns ``synth, model, attribute, mean, std, n_presets``; ``std`` is the population
        standard deviation (ddof = 0, 0 for one preset). Attributes in the study's order.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    g = scores.groupby(["synth", "model", "attribute"], sort=False)["score"]
    out = g.agg(mean="mean", std=lambda x: float(np.std(x)), n_presets="count").reset_index()
    order = {a: i for i, a in enumerate(ATTRIBUTES)}
    return out.sort_values(
        ["synth", "model", "attribute"], key=lambda c: c.map(order) if c.name == "attribute" else c, kind="stable"
    ).reset_index(drop=True)


def choice_table(summary: pd.DataFrame, speed: Mapping[str, float], sizes: Mapping[str, int]) -> pd.DataFrame:
    """Mean score per synth and overall, embedding size and speed of each model.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`summarize`, one or several synths.
    speed : mapping
        Model -> clips per second (:func:`embedding_speed`).
    sizes : mapping
        Model -> embedding size ``D``.

    Returns
    -------
    pandas.DataFrame
        Index model, best first; columns: one mean score per synth (mean over attributes),
        ``mean score`` (mean over synths), ``embedding size``, ``clips/s``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    per_synth = summary.groupby(["model", "synth"])["mean"].mean().unstack("synth")
    table = per_synth.assign(**{"mean score": per_synth.mean(axis=1)})
    table["embedding size"] = pd.Series(sizes, dtype="Int64")
    table["clips/s"] = pd.Series(speed, dtype=float)
    return table.sort_values("mean score", ascending=False)


def describe_choice(choice: pd.DataFrame, used: str, summary: pd.DataFrame) -> str:
    """A few sentences on the model the study uses, from measured numbers.

    Parameters
    ----------
    choice : pandas.DataFrame
        From :func:`choice_table`.
    used : str
        The model the study uses (``audio_models.DEFAULT_AUDIO_MODEL``).
    summary : pandas.DataFrame
        From :func:`summarize` (the same synths), for the attributes where ``used`` differs most.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if used not in choice.index:
        return f"{used!r} is not among the scored models, so these numbers cannot back the choice."
    synths = [c for c in choice.columns if c not in ("mean score", "embedding size", "clips/s")]
    row, best = choice.loc[used], choice.index[0]
    size = "" if pd.isna(row["embedding size"]) else f"{int(row['embedding size'])}-d, "
    speed = "" if pd.isna(row["clips/s"]) else f"{row['clips/s']:.0f} clips/s on this CPU"
    text = [
        f"The rest of the study uses {used!r}: mean score {row['mean score']:.3f} over "
        f"{', '.join(synths)} (rank {list(choice.index).index(used) + 1} of {len(choice)}), {size}{speed}."
    ]
    for synth in synths:
        top = choice[synth].idxmax()
        if top != used:
            text.append(f"On {synth}, {top!r} scores higher ({choice.loc[top, synth]:.3f} vs {row[synth]:.3f}).")
    if best != used:
        b = choice.loc[best]
        text.append(f"Over all, {best!r} scores {b['mean score'] - row['mean score']:.3f} higher.")
    others = [m for m in choice.index if m != used]
    if others:
        table = summary.groupby(["attribute", "model"])["mean"].mean().unstack("model")
        gain = (table[used] - table[others].max(axis=1)).sort_values()
        ahead, behind = gain[gain > 0.01][::-1][:3], gain[gain < -0.01][:3]

        def fmt(idx: pd.Index) -> str:
            return ", ".join(f"{a} ({table.loc[a, used]:.2f} vs {table.loc[a, others].max():.2f})" for a in idx)

        if len(ahead):
            text.append(f"It is ahead of the others on {fmt(ahead.index)}.")
        if len(behind):
            text.append(f"It trails on {fmt(behind.index)}.")
    return " ".join(text)


# ---------------------------------------------------------------------------------------------
# Models: which load here, and how fast they embed
# ---------------------------------------------------------------------------------------------
def available_models(names: Iterable[str], **kwargs: Any) -> tuple[dict[str, AudioModel], dict[str, str]]:
    """Load the audio models that can load here; say why the others cannot.

    Parameters
    ----------
    names : iterable of str
        Registry names.
    **kwargs
        Passed to every loader.

    Returns
    -------
    models : dict
        name -> loaded :class:`AudioModel`.
    unavailable : dict
        name -> reason (not registered, weights file missing, wrong or unsafe, package missing).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    models: dict[str, AudioModel] = {}
    unavailable: dict[str, str] = {}
    for name in names:
        try:
            models[name] = load(name, **kwargs)
        except UnknownAudioModelError as e:
            unavailable[name] = str(e)
        except (OSError, ImportError, ValueError, UnsafeCheckpointError) as e:
            unavailable[name] = f"{type(e).__name__}: {e}"
    return models, unavailable


def embedding_speed(model: AudioModel, clips: np.ndarray, *, batch_size: int = 64) -> float:
    """Clips per second a model embeds on this machine (wall clock, after one warm-up clip).

    Parameters
    ----------
    model : AudioModel
    clips : ndarray, shape (N, samples)
        Clips at ``model.sample_rate``.
    batch_size : int
        Clips per :meth:`AudioModel.embed` call.

    Returns
    -------
    float
        ``N`` / seconds taken.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    clips = np.asarray(clips, dtype=np.float32)
    model.embed(clips[:1])
    t0 = time.perf_counter()
    for k in range(0, len(clips), batch_size):
        model.embed(clips[k : k + batch_size])
    return len(clips) / (time.perf_counter() - t0)
