"""Sound matching: presets whose sound is close to a target sound, found through a preset encoder.

The audio model embeds the target; then three stages, each usable alone:

(a) **retrieval**: rank a bank of presets (hand-crafted ones, plus any synthetic store) by the L1
    distance between the *proxy's* embedding of each preset and the target's embedding; nothing
    is rendered (the bank's proxy embeddings are computed once and cached);
(b) **refinement**: gradient descent on the best retrieved presets through the frozen proxy, towards
    the target embedding. Every parameter type takes part: numeric values move freely within their
    range; categorical parameters are relaxed to a softmax over their allowed categories and binary
    ones to a sigmoid, both with a temperature annealed towards hard choices. Presets are projected
    back to valid values (argmax categories, thresholded switches, numeric values snapped to their
    steps) every few steps, and the best projected preset of each start is kept, so refinement never
    returns a preset the proxy rates worse than its start;
(c) **verification**: render the candidates with the real synth, embed the renders and re-rank them
    by the real embedding distance.

Three searches without the proxy use the same number of real renders: :meth:`SoundMatcher.bank_search`
(bank presets drawn at random: the bank without the proxy's ranking), :meth:`SoundMatcher.random_search`
and :meth:`SoundMatcher.evolutionary_search` (a (mu + lambda) search on the normalized values,
categorical and binary values mutated by resampling). :func:`compare_methods` runs all of them on
held-out targets; :func:`stft_distance` (multi-resolution STFT distance) measures the results in
the audio itself. :func:`write_matches` writes the top presets as WAV files, as a bank the synth
loads (a ``.syx`` bank for Dexed, an ``.amSynth.bank`` for amsynth, an LV2 preset bundle for
TAL-NoiseMaker) and as JSON
(what ``synthproxy match`` does).

Distances between embeddings are mean absolute differences (the training loss and ``val_l1``).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from synthproxy.presets.adapter import adapter_for
from synthproxy.render import RenderSettings
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "MatchError", "TargetError", "SynthMismatchError", "EmptyBankError", "Bank", "Refinement", "Candidate",
    "MatchResult", "SearchResult", "SoundMatcher", "Comparison", "stft_distance", "embedding_distance",
    "preset_distance", "read_target", "fit_length", "handcrafted_bank", "store_bank", "load_bank", "default_bank",
    "heldout_targets", "search_bank", "find_checkpoint", "write_matches",
    "compare_methods", "summarize_comparison", "save_comparison", "describe_comparison", "candidates_table", "audio_player",
    "sound_outputs", "plot_refinement", "plot_comparison", "match_target_file", "METHODS",
]

log = logging.getLogger(__name__)

from synthproxy.match.constants import (  # noqa: E402
    CANDIDATES, EVOLUTION_INIT_SHARE, EVOLUTION_LAMBDA, EVOLUTION_MU, EVOLUTION_MUTATION_RATE, EVOLUTION_SIGMA,
    MATCH_THREADS, MATCHES, METHODS, NEAR_COPY_DISTANCE, PROJECT_EVERY, PROXY_BATCH, REFINE_LOGIT_LR, REFINE_LR,
    REFINE_STARTS, REFINE_STEPS, START_PROBABILITY, STFT_FFT_SIZES, STFT_HOP_FRACTION, STFT_MAGNITUDE_FLOOR,
    TARGET_MAX_BYTES, TARGET_RMS_MIN, TEMPERATURE_END, TEMPERATURE_START,
)
from synthproxy.match.errors import EmptyBankError, MatchError, SynthMismatchError, TargetError  # noqa: E402


from synthproxy.match.distances import embedding_distance, preset_distance, stft_distance  # noqa: E402


from synthproxy.match.banks import Bank, default_bank, handcrafted_bank, load_bank, search_bank, store_bank  # noqa: E402
from synthproxy.match.targets import fit_length, heldout_targets, read_target  # noqa: E402


from synthproxy.match.results import Candidate, MatchResult, Refinement, SearchResult  # noqa: E402
from synthproxy.match.matcher import SoundMatcher, find_checkpoint  # noqa: E402


# ---------------------------------------------------------------------------------------------
# Writing a match
# ---------------------------------------------------------------------------------------------
def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:40] or "preset"


def _ascii(text: str) -> str:
    return "".join(c if 32 <= ord(c) < 127 else "?" for c in text)


def _preset_name(rank: int, c: Candidate) -> str:
    return f"{rank}{'~' if c.origin == 'refinement' else ' '}{_ascii(c.name)}"


def write_matches(out: str | Path, spec: SynthSpec, settings: RenderSettings, candidates: Sequence[Candidate], *,
                  target_audio: np.ndarray | None = None, info: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write matched presets: WAV renders, a bank the synth loads, and ``match.json``.

    Files in ``out``: ``NN_<name>.wav`` per preset (its verified render, or a fresh one),
    ``target.wav`` (the target as matched: at the render rate and length), the bank (``matches.syx``,
    a 32-voice DX7 bank, for Dexed; ``matches.amSynth.bank`` for amsynth; the LV2 preset bundle
    ``TAL-NoiseMaker-matches.lv2/presets.ttl`` for TAL-NoiseMaker; none for other synths) and
    ``match.json``. In the bank, preset ``k`` is named ``"<k> <name>"``, or ``"<k>~<name>"`` when
    refined from that bank preset (DX7 voice names are cut to 10 characters).

    Parameters
    ----------
    out : str or Path
        Output folder (created).
    spec : SynthSpec
    settings : RenderSettings
        Sample rate of the WAV files.
    candidates : sequence of Candidate
        Best first.
    target_audio : ndarray, optional
    info : dict, optional
        Extra keys for the JSON (``synth``, ``checkpoint``, ``target``, ``renders``, ``seconds`` ...).

    Returns
    -------
    dict
        What ``match.json`` holds: ``info``'s keys plus ``distances`` (real embedding distances,
        best first), ``stft_distances``, ``presets`` (rank, name, bank_name, origin, source,
        proxy_distance, distance, stft_distance, wav, values: normalized value of each used
        parameter) and ``files`` (``json``, ``bank``, ``target``, ``audio``).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.io import write_json, write_wav

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Any] = {"json": str(out / "match.json"), "bank": None, "target": None, "audio": []}
    if target_audio is not None:
        write_wav(out / "target.wav", target_audio, settings.sample_rate)
        files["target"] = str(out / "target.wav")
    values = spec.to_values(np.stack([c.preset for c in candidates])) if candidates else np.zeros((0, 0))
    names = [_preset_name(k, c) for k, c in enumerate(candidates, 1)]
    presets = []
    for k, (c, v, name) in enumerate(zip(candidates, values, names), 1):
        wav = out / f"{k:02d}_{_slug(c.name)}.wav"
        if c.audio is not None:
            write_wav(wav, c.audio, settings.sample_rate)
            files["audio"].append(str(wav))
        presets.append({
            "rank": k, "name": c.name, "bank_name": name, "origin": c.origin, "source": c.source,
            "proxy_distance": c.proxy_distance, "distance": c.distance, "stft_distance": c.stft,
            "wav": str(wav) if c.audio is not None else None,
            "values": {p.name: round(float(v[pos]), 6) for p, pos in zip(spec.used, spec.used_positions)},
        })
    fmt = adapter_for(spec).bank_format
    if candidates and fmt is not None:
        files["bank"] = str(fmt.write(out / fmt.file_name, list(zip(names, values)), spec))
    report = dict(info or {})
    report.update(distances=[c.distance for c in candidates], stft_distances=[c.stft for c in candidates],
                  presets=presets, files=files)
    write_json(out / "match.json", report)
    return report


def match_target_file(spec: SynthSpec | str, target: str | Path, checkpoint: str | Path, out: str | Path, *,
                      banks: Sequence[str | Path] = (), use_default_bank: bool = True, n: int = MATCHES,
                      candidates: int = CANDIDATES, starts: int = REFINE_STARTS, steps: int = REFINE_STEPS,
                      max_bank: int | None = None, seed: int = 0, progress: bool = False,
                      overwrite: bool = False) -> dict[str, Any]:
    """Match a target sound file and write the ``n`` best presets (what ``synthproxy match`` does).

    Parameters
    ----------
    spec : SynthSpec or str
        The synth; the checkpoint must be a proxy of it.
    target : str or Path
        The target sound (see :func:`read_target`).
    checkpoint : str or Path
        The proxy.
    out : str or Path
        Output folder (see :func:`write_matches`).
    banks : sequence of str or Path
        Stores, bank files or folders searched besides (or instead of) the default bank.
    use_default_bank : bool
        Search :func:`default_bank` too.
    n, candidates, starts, steps
        Presets written; real renders of the verification; refined starts; gradient steps.
    max_bank : int, optional
        Search a random subset of at most this many bank presets (seeded by ``seed``).
    progress : bool
        Progress bar while the proxy embeds the bank (cached for the next run).
    overwrite : bool
        Write into a non-empty ``out``, replacing a previous match's files (and only those);
        without it a non-empty ``out`` is refused before any work.

    Returns
    -------
    dict
        What ``match.json`` holds (see :func:`write_matches`), with ``synth``, ``checkpoint``,
        ``target``, ``target_info``, ``audio_model``, ``bank`` (size, seconds to embed it),
        ``renders`` (real renders made), ``seconds`` (wall time, loading included) and ``stages``.

    Raises
    ------
    MatchError
        (and its subclasses) for a bad target, checkpoint, bank or ``n``.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.outputs import check_match_out, clear_match_files

    t0 = time.perf_counter()
    check_match_out(out, overwrite)
    matcher = SoundMatcher.from_checkpoint(checkpoint, spec)
    spec = matcher.spec
    fmt = adapter_for(spec).bank_format
    capacity = fmt.capacity if fmt is not None else None
    if n < 1 or (capacity is not None and n > capacity):
        raise MatchError(f"n must be 1..{capacity or 'any'} (presets in one {spec.name} bank), got {n}")
    for name, value, least in (("candidates", candidates, 1), ("starts", starts, 0), ("steps", steps, 0),
                               ("max_bank", max_bank if max_bank is not None else 1, 1)):
        if value < least:
            raise MatchError(f"{name} must be at least {least}, got {value}")
    audio, target_info = read_target(target, matcher.settings)
    parts = [default_bank(spec)] if use_default_bank else []
    if banks:
        parts.append(load_bank(spec, banks))
    bank = Bank.concat(parts, len(spec.used)).unique().sample(max_bank, seed)
    matcher.set_bank(bank, progress=progress)
    result = matcher.match(audio, candidates=max(candidates, n), starts=starts, steps=steps)
    info = {
        "synth": spec.name, "checkpoint": str(checkpoint), "target": str(target), "target_info": target_info,
        "audio_model": matcher.audio_model.name,
        "bank": {"size": len(bank), "sources": len(set(bank.sources)), "seconds": round(matcher.bank_seconds, 3)},
        "renders": result.renders, "seconds": round(time.perf_counter() - t0, 3),
        "stages": {k: {"seconds": round(v["seconds"], 3), "renders": int(v["renders"])}
                   for k, v in result.stages.items()},
    }
    clear_match_files(out)
    return write_matches(out, spec, matcher.settings, result.candidates[:n], target_audio=audio, info=info)


# ---------------------------------------------------------------------------------------------
# The comparison of notebook 06
# ---------------------------------------------------------------------------------------------
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
        out: list[Any] = [Markdown(f"**target: {self.targets.label(i)}**"),
                          audio_player(self.target_audio[i], sample_rate)]
        for method in METHODS:
            if (i, method) in self.audio:
                r = rows.loc[method]
                out += [Markdown(f"*{method}*: {r['name']} (embedding L1 {r['distance']:.4f}, STFT {r['stft']:.3f})"),
                        audio_player(self.audio[i, method], sample_rate)]
        return out


def compare_methods(matcher: SoundMatcher, targets: Bank, target_audio: np.ndarray, *, budget: int = 64,
                    steps: int = REFINE_STEPS, starts: int = REFINE_STARTS, seed: int = 0,
                    progress: bool = False) -> Comparison:
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

    rows, sounds, matches = [], {}, []
    order: Iterable[int] = range(len(targets))
    if progress:
        from synthproxy.io import progress_bar

        order = progress_bar(iterable=order, desc="targets", unit="target")
    for i in order:
        target = fit_length(target_audio[i], matcher.settings.num_samples)
        emb = matcher.audio_embeddings(target)[0]
        m = matcher.match(target, candidates=budget, starts=starts, steps=steps, target_embedding=emb)
        matches.append(m)
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
            found = search(target, budget, seed + i, target_embedding=emb)
            answers[method] = (found.best, found.renders, found.seconds)
        for method, (c, renders, seconds) in answers.items():
            rows.append({"target": targets.label(i), "method": method, "distance": c.distance, "stft": c.stft,
                         "renders": renders, "seconds": seconds, "name": c.name})
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
        {"distance": "mean", "stft": "mean", "renders": "mean", "seconds": "mean", "wins": "sum"})
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
        lines.append(f"With {renders[abc]:.0f} renders per target, the proxy's full pipeline (*{abc}*, mean embedding "
                     f"L1 {d[abc]:.4f}) finds closer presets than the best search without the proxy (*{best_search}*, "
                     f"{d[best_search]:.4f}).")
    else:
        lines.append(f"With {renders[abc]:.0f} renders per target, the best search without the proxy (*{best_search}*, "
                     f"mean embedding L1 {d[best_search]:.4f}) does at least as well as the proxy's full pipeline "
                     f"(*{abc}*, {d[abc]:.4f}).")
    if d[abc] < d[bank]:
        lines.append(f"Part of that comes from the bank itself: *{bank}* (no proxy, the same renders) reaches "
                     f"{d[bank]:.4f}; ranking the bank by the proxy adds the rest.")
    else:
        lines.append(f"The proxy's ranking adds nothing over the bank itself here: *{bank}* (no proxy, the same "
                     f"renders) reaches {d[bank]:.4f}.")
    free = d[[a, ab]]
    beaten = [m for m in searches if free.min() < d[m]]
    if beaten:
        lines.append(f"Without a single render, *{free.idxmin()}* ({free.min():.4f}) beats "
                     f"{', '.join(f'*{m}*' for m in beaten)}, which render{'s' if len(beaten) == 1 else ''} "
                     f"{renders[beaten[0]]:.0f} presets per target.")
    else:
        lines.append(f"Without renders the proxy alone does not reach the searches that render: *{free.idxmin()}* "
                     f"({free.min():.4f}) against {', '.join(f'*{m}* ({d[m]:.4f})' for m in searches)}.")
    if d[ab] < d[a]:
        lines.append(f"Refinement through the proxy improves the retrieved presets on real audio "
                     f"({d[a]:.4f} -> {d[ab]:.4f}).")
    else:
        lines.append(f"Refinement through the proxy does not improve the retrieved presets on real audio "
                     f"({d[a]:.4f} -> {d[ab]:.4f}): what the proxy gains does not carry over to the synth.")
    lines.append(f"On the multi-resolution STFT distance the closest answers come from *{stft.idxmin()}* "
                 f"({stft.min():.3f}); the embedding compares what sounds are like, the STFT distance their spectra "
                 "frame by frame, so the two rankings need not agree.")
    return " ".join(lines)


from synthproxy.match.display import (  # noqa: E402  (display is imported last: nothing here needs it at import)
    audio_player, candidates_table, plot_comparison, plot_refinement, sound_outputs,
)
