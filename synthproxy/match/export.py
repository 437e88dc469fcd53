"""Writing a match: WAV renders, a bank the synth loads and ``match.json``; and the whole of
``synthproxy match`` (read a target file, search, write).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.match.banks import Bank, default_bank, load_bank
from synthproxy.match.constants import CANDIDATES, MATCHES, REFINE_STARTS, REFINE_STEPS
from synthproxy.match.errors import MatchError
from synthproxy.match.matcher import SoundMatcher
from synthproxy.match.results import Candidate
from synthproxy.match.targets import read_target
from synthproxy.presets.adapter import adapter_for
from synthproxy.render import RenderSettings
from synthproxy.synths.spec import SynthSpec

__all__ = ["write_matches", "match_target_file"]


def _slug(text: str) -> str:
    """A preset name as part of a file name: ASCII letters and digits, ``_`` between, at most 40 characters."""
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:40] or "preset"


def _ascii(text: str) -> str:
    """``text`` with every character outside printable ASCII replaced by ``?`` (bank formats store ASCII)."""
    return "".join(c if 32 <= ord(c) < 127 else "?" for c in text)


def _preset_name(rank: int, c: Candidate) -> str:
    """A candidate's name in the written bank: ``"<rank> <name>"``, or ``"<rank>~<name>"`` when refined."""
    return f"{rank}{'~' if c.origin == 'refinement' else ' '}{_ascii(c.name)}"


def _preset_record(
    spec: SynthSpec, rank: int, c: Candidate, values: np.ndarray, bank_name: str, wav: Path | None
) -> dict[str, Any]:
    """One entry of ``match.json``'s ``presets``; ``values`` are the preset's normalized values (all parameters)."""
    return {
        "rank": rank,
        "name": c.name,
        "bank_name": bank_name,
        "origin": c.origin,
        "source": c.source,
        "proxy_distance": c.proxy_distance,
        "distance": c.distance,
        "stft_distance": c.stft,
        "wav": str(wav) if wav is not None else None,
        "values": {p.name: round(float(values[pos]), 6) for p, pos in zip(spec.used, spec.used_positions)},
    }


def write_matches(
    out: str | Path,
    spec: SynthSpec,
    settings: RenderSettings,
    candidates: Sequence[Candidate],
    *,
    target_audio: np.ndarray | None = None,
    info: dict[str, Any] | None = None,
) -> dict[str, Any]:
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
        presets.append(_preset_record(spec, k, c, v, name, wav if c.audio is not None else None))
    fmt = adapter_for(spec).bank_format
    if candidates and fmt is not None:
        files["bank"] = str(fmt.write(out / fmt.file_name, list(zip(names, values)), spec))
    report = dict(info or {})
    report.update(
        distances=[c.distance for c in candidates],
        stft_distances=[c.stft for c in candidates],
        presets=presets,
        files=files,
    )
    write_json(out / "match.json", report)
    return report


def _check_counts(spec: SynthSpec, n: int, candidates: int, starts: int, steps: int, max_bank: int | None) -> None:
    """Refuse counts a match cannot use: ``n`` beyond one bank of the synth, or a count below its least."""
    fmt = adapter_for(spec).bank_format
    capacity = fmt.capacity if fmt is not None else None
    if n < 1 or (capacity is not None and n > capacity):
        raise MatchError(f"n must be 1..{capacity or 'any'} (presets in one {spec.name} bank), got {n}")
    for name, value, least in (
        ("candidates", candidates, 1),
        ("starts", starts, 0),
        ("steps", steps, 0),
        ("max_bank", max_bank if max_bank is not None else 1, 1),
    ):
        if value < least:
            raise MatchError(f"{name} must be at least {least}, got {value}")


def _bank_to_search(
    spec: SynthSpec, banks: Sequence[str | Path], use_default_bank: bool, max_bank: int | None, seed: int
) -> Bank:
    """The default bank and/or the given ones, duplicates removed, at most ``max_bank`` presets (seeded)."""
    parts = [default_bank(spec)] if use_default_bank else []
    if banks:
        parts.append(load_bank(spec, banks))
    return Bank.concat(parts, len(spec.used)).unique().sample(max_bank, seed)


def match_target_file(
    spec: SynthSpec | str,
    target: str | Path,
    checkpoint: str | Path,
    out: str | Path,
    *,
    banks: Sequence[str | Path] = (),
    use_default_bank: bool = True,
    n: int = MATCHES,
    candidates: int = CANDIDATES,
    starts: int = REFINE_STARTS,
    steps: int = REFINE_STEPS,
    max_bank: int | None = None,
    seed: int = 0,
    progress: bool = False,
    overwrite: bool = False,
) -> dict[str, Any]:
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
    _check_counts(spec, n, candidates, starts, steps, max_bank)
    audio, target_info = read_target(target, matcher.settings)
    bank = _bank_to_search(spec, banks, use_default_bank, max_bank, seed)
    matcher.set_bank(bank, progress=progress)
    result = matcher.match(audio, candidates=max(candidates, n), starts=starts, steps=steps)
    info = {
        "synth": spec.name,
        "checkpoint": str(checkpoint),
        "target": str(target),
        "target_info": target_info,
        "audio_model": matcher.audio_model.name,
        "bank": {"size": len(bank), "sources": len(set(bank.sources)), "seconds": round(matcher.bank_seconds, 3)},
        "renders": result.renders,
        "seconds": round(time.perf_counter() - t0, 3),
        "stages": {
            k: {"seconds": round(v["seconds"], 3), "renders": int(v["renders"])} for k, v in result.stages.items()
        },
    }
    fmt = adapter_for(spec).bank_format
    clear_match_files(out, fmt.file_name if fmt is not None else None)
    return write_matches(out, spec, matcher.settings, result.candidates[:n], target_audio=audio, info=info)
