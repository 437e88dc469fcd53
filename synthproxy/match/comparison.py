"""The comparison of notebook 06: the proxy's pipeline against searches without the proxy, on held-out targets.

:func:`compare_methods` matches each target with every method of
:data:`~synthproxy.match.constants.METHODS` on one render budget; :func:`summarize_comparison`,
:func:`save_comparison` and :func:`describe_comparison` turn the table into means per method, CSV
files and sentences.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.match.banks import Bank
from synthproxy.match.constants import METHODS, REFINE_STARTS, REFINE_STEPS
from synthproxy.match.display import audio_player, markdown_text
from synthproxy.match.errors import MatchError
from synthproxy.match.matcher import SoundMatcher
from synthproxy.match.results import Candidate, MatchResult
from synthproxy.match.targets import fit_length

__all__ = ["Comparison", "compare_methods", "summarize_comparison", "save_comparison", "describe_comparison"]


@dataclass
class Comparison:
    """Methods compared on the same targets.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per (target, method): ``target``, ``method``, ``distance`` (real embedding L1 of the
        answer's render to the target), ``stft`` (:func:`stft_distance`), ``renders`` (real renders
        the method made to find its answer), ``seconds`` (its wall time; the target's embedding and
        the one-off embedding of the bank excluded), ``name`` (the answer).
    audio : dict
        ``(target index, method) -> render of the answer``.
    targets : Bank
    target_audio : ndarray, shape (n, samples)
    matches : list of MatchResult
        The proxy pipeline's result per target.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    table: Any
    audio: dict[tuple[int, str], np.ndarray]
    targets: Bank
    target_audio: np.ndarray
    matches: list[MatchResult]

    def players(self, i: int, sample_rate: int) -> list[Any]:
        """Audio players of target ``i`` and of each method's answer, each under a caption, for ``display(*...)``.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        from IPython.display import Markdown

        rows = self.table[self.table["target"] == self.targets.label(i)].set_index("method")
        out: list[Any] = [
            Markdown(f"**target: {markdown_text(self.targets.label(i))}**"),
            audio_player(self.target_audio[i], sample_rate),
        ]
        for method in METHODS:
            if (i, method) in self.audio:
                r = rows.loc[method]
                out += [
                    Markdown(
                        f"*{method}*: {markdown_text(r['name'])} "
                        f"(embedding L1 {r['distance']:.4f}, STFT {r['stft']:.3f})"
                    ),
                    audio_player(self.audio[i, method], sample_rate),
                ]
        return out

    def players_table(self, indices: Iterable[int], sample_rate: int) -> Any:
        """Target ``i`` and each method's answer as a labelled table of players, one row per target in
        ``indices`` (each answer's preset name and distances under its player), for ``display``.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        from synthproxy.plots import audio_table

        rows: dict[str, list[np.ndarray | None]] = {}
        captions: dict[str, list[str]] = {}
        for i in indices:
            label = self.targets.label(i)
            answers = self.table[self.table["target"] == label].set_index("method")
            rows[label] = [self.target_audio[i]] + [self.audio.get((i, m)) for m in METHODS]
            captions[label] = [label] + [
                f"{answers.loc[m, 'name']} (L1 {answers.loc[m, 'distance']:.3f}, STFT {answers.loc[m, 'stft']:.2f})"
                if (i, m) in self.audio
                else ""
                for m in METHODS
            ]
        return audio_table(rows, sample_rate, ["target", *METHODS], captions)


def _answers(
    matcher: SoundMatcher, target: np.ndarray, *, budget: int, steps: int, starts: int, seed: int
) -> tuple[MatchResult, dict[str, tuple[Candidate, int, float]]]:
    """One target matched by every method: the proxy pipeline's result and ``method -> (answer, renders,
    seconds)``, every answer rendered and measured."""
    emb = matcher.audio_embeddings(target)[0]
    m = matcher.match(target, candidates=budget, starts=starts, steps=steps, target_embedding=emb)
    t_a = m.stages["retrieval"]["seconds"]
    t_ab = t_a + m.stages.get("refinement", {}).get("seconds", 0.0)
    answers = {
        METHODS[0]: (m.best("a"), 0, t_a),
        METHODS[1]: (m.best("ab"), 0, t_ab),
        METHODS[2]: (m.best("abc"), m.renders, m.seconds),
    }
    for key in METHODS[:2]:  # measure the render-free answers (when verification did not render them)
        c, renders, seconds = answers[key]
        if c.audio is None:
            answers[key] = (matcher.verify([replace(c)], target, emb)[0], renders, seconds)
    searches = (matcher.bank_search, matcher.random_search, matcher.evolutionary_search)
    for method, search in zip(METHODS[3:], searches):
        found = search(target, budget, seed, target_embedding=emb)
        answers[method] = (found.best, found.renders, found.seconds)
    return m, answers


def compare_methods(
    matcher: SoundMatcher,
    targets: Bank,
    target_audio: np.ndarray,
    *,
    budget: int = 64,
    steps: int = REFINE_STEPS,
    starts: int = REFINE_STARTS,
    seed: int = 0,
    progress: bool = False,
) -> Comparison:
    """Match each target with the proxy's pipeline and with the black-box baselines, on one render budget.

    Methods (:data:`METHODS`): ``retrieval`` (the best bank preset by proxy distance, no render),
    ``retrieval + refinement`` (the best by proxy distance of the retrieved and refined presets, no
    render), ``retrieval + refinement + verification`` (``budget`` renders: ``starts`` refined presets
    and the best retrieved ones, re-ranked by real distance), and three searches without the proxy,
    ``budget`` renders each: ``random bank presets`` (:meth:`SoundMatcher.bank_search`: the bank's
    prior alone), ``random search`` and ``evolutionary search``. Each answer is then rendered
    (outside the timing) and measured.

    Parameters
    ----------
    matcher : SoundMatcher
        With its bank set (which must not hold the targets: see :func:`search_bank`).
    targets : Bank
    target_audio : ndarray, shape (n, samples)
    budget : int
        Real renders of the verification and of each baseline.
    steps, starts : int
        Refinement settings.
    seed : int
        Seed of the baselines (target ``i`` uses ``seed + i``).

    Returns
    -------
    Comparison

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import pandas as pd

    rows, matches = [], []
    sounds: dict[tuple[int, str], np.ndarray] = {}
    order: Iterable[int] = range(len(targets))
    if progress:
        from synthproxy.io import progress_bar

        order = progress_bar(iterable=order, desc="targets", unit="target")
    for i in order:
        target = fit_length(target_audio[i], matcher.settings.num_samples)
        m, answers = _answers(matcher, target, budget=budget, steps=steps, starts=starts, seed=seed + i)
        matches.append(m)
        for method, (c, renders, seconds) in answers.items():
            rows.append(
                {
                    "target": targets.label(i),
                    "method": method,
                    "distance": c.distance,
                    "stft": c.stft,
                    "renders": renders,
                    "seconds": seconds,
                    "name": c.name,
                }
            )
            if c.audio is None:  # never: _answers renders every answer
                raise MatchError(f"{method}: answer {c.name!r} was not rendered")
            sounds[i, method] = c.audio
    table = pd.DataFrame(rows)
    table["method"] = pd.Categorical(table["method"], categories=list(METHODS), ordered=True)
    return Comparison(table, sounds, targets, np.asarray(target_audio), matches)


def summarize_comparison(table: Any) -> Any:
    """Mean over targets per method (``distance``, ``stft``, ``renders``, ``seconds``), plus ``wins``:
    on how many targets the method's answer was the nearest of all (real embedding distance; ties
    count for each tied method).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    t = table.copy()
    t["wins"] = t["distance"] <= t.groupby("target")["distance"].transform("min") + 1e-12
    summary = t.groupby("method", observed=True)[["distance", "stft", "renders", "seconds", "wins"]].agg(
        {"distance": "mean", "stft": "mean", "renders": "mean", "seconds": "mean", "wins": "sum"}
    )
    return summary


def save_comparison(comparison: Comparison, folder: str | Path, **context: Any) -> Any:
    """Write a comparison's tables: ``sound_matching.csv`` (:func:`summarize_comparison`, one row per method)
    and ``sound_matching_targets.csv`` (one row per target and method), both with ``context`` columns.

    Parameters
    ----------
    comparison : Comparison
    folder : str or Path
        E.g. :data:`synthproxy.paths.RESULTS_DIR`.
    **context
        Columns added to both tables (e.g. ``synth``, ``checkpoint``, ``bank_size``, ``budget``).

    Returns
    -------
    pandas.DataFrame
        The summary, indexed by method.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.io import atomic_path

    folder = Path(folder)
    table = comparison.table.assign(**context)
    summary = summarize_comparison(comparison.table).assign(targets=len(comparison.targets), **context)
    for name, frame, index in (("sound_matching.csv", summary, True), ("sound_matching_targets.csv", table, False)):
        with atomic_path(folder / name, suffix=".csv") as tmp:
            frame.to_csv(tmp, index=index)
    return summary


def describe_comparison(summary: Any) -> str:
    """Sentences saying where the proxy wins and where it does not, computed from :func:`summarize_comparison`.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    d, stft, renders = summary["distance"], summary["stft"], summary["renders"]
    a, ab, abc, bank = METHODS[:4]
    searches = list(METHODS[3:])
    best_search = d[searches].idxmin()
    lines = []
    if d[abc] < d[best_search]:
        lines.append(
            f"With {renders[abc]:.0f} renders per target, the proxy's full pipeline (*{abc}*, mean embedding "
            f"L1 {d[abc]:.4f}) finds closer presets than the best search without the proxy (*{best_search}*, "
            f"{d[best_search]:.4f})."
        )
    else:
        lines.append(
            f"With {renders[abc]:.0f} renders per target, the best search without the proxy (*{best_search}*, "
            f"mean embedding L1 {d[best_search]:.4f}) does at least as well as the proxy's full pipeline "
            f"(*{abc}*, {d[abc]:.4f})."
        )
    if d[abc] < d[bank]:
        lines.append(
            f"Part of that comes from the bank itself: *{bank}* (no proxy, the same renders) reaches "
            f"{d[bank]:.4f}; ranking the bank by the proxy adds the rest."
        )
    else:
        lines.append(
            f"The proxy's ranking adds nothing over the bank itself here: *{bank}* (no proxy, the same "
            f"renders) reaches {d[bank]:.4f}."
        )
    free = d[[a, ab]]
    beaten = [m for m in searches if free.min() < d[m]]
    if beaten:
        lines.append(
            f"Without a single render, *{free.idxmin()}* ({free.min():.4f}) beats "
            f"{', '.join(f'*{m}*' for m in beaten)}, which render{'s' if len(beaten) == 1 else ''} "
            f"{renders[beaten[0]]:.0f} presets per target."
        )
    else:
        lines.append(
            f"Without renders the proxy alone does not reach the searches that render: *{free.idxmin()}* "
            f"({free.min():.4f}) against {', '.join(f'*{m}* ({d[m]:.4f})' for m in searches)}."
        )
    if d[ab] < d[a]:
        lines.append(
            f"Refinement through the proxy improves the retrieved presets on real audio ({d[a]:.4f} -> {d[ab]:.4f})."
        )
    else:
        lines.append(
            f"Refinement through the proxy does not improve the retrieved presets on real audio "
            f"({d[a]:.4f} -> {d[ab]:.4f}): what the proxy gains does not carry over to the synth."
        )
    lines.append(
        f"On the multi-resolution STFT distance the closest answers come from *{stft.idxmin()}* "
        f"({stft.min():.3f}); the embedding compares what sounds are like, the STFT distance their spectra "
        "frame by frame, so the two rankings need not agree."
    )
    return " ".join(lines)
