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

import contextlib
import hashlib
import logging
import math
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy as np
import torch

from synthproxy.encoders.checkpoint import CheckpointError, find_checkpoints, load_checkpoint, predict_embeddings
from synthproxy.presets.adapter import adapter_for
from synthproxy.constants import EMBED_BATCH
from synthproxy.render import RenderError, RenderSettings, render_preset
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


# ---------------------------------------------------------------------------------------------
# Checkpoints
# ---------------------------------------------------------------------------------------------
def find_checkpoint(synth: str) -> Path | None:
    """The proxy of a synth to use: the first of :func:`synthproxy.encoders.checkpoint.find_checkpoints` (a
    committed ``checkpoints/<synth>_<arch>_<size>.pt`` by name, else a quick ``checkpoints/quick/<synth>_*.pt``
    such as ``notebooks/03_train.ipynb`` writes), or None.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    found = find_checkpoints(synth)
    return found[0] if found else None


from synthproxy.match.results import Candidate, MatchResult, Refinement, SearchResult  # noqa: E402


# ---------------------------------------------------------------------------------------------
# The matcher
# ---------------------------------------------------------------------------------------------
@contextlib.contextmanager
def _torch_threads(n: int | None) -> Iterator[None]:
    """``torch.set_num_threads(n)`` inside the block (restored after); None leaves torch's setting."""
    before = torch.get_num_threads()
    if n is not None:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


@contextlib.contextmanager
def _frozen(module: torch.nn.Module) -> Iterator[None]:
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


def _render_settings(info: dict[str, Any], sample_rate: int) -> RenderSettings:
    stored = ((info.get("datasets") or {}).get("train") or {}).get("render_settings")
    if isinstance(stored, dict):
        with contextlib.suppress(TypeError, ValueError):
            return RenderSettings.from_dict(stored)
    return RenderSettings(sample_rate=sample_rate)


class SoundMatcher:
    """A synth, its engine, its proxy (preset encoder) and the audio model the proxy imitates.

    Build one with :meth:`from_checkpoint`; set the bank to search with :meth:`set_bank`.

    Parameters
    ----------
    spec : SynthSpec
    encoder : PresetEncoder
        The trained proxy (kept frozen).
    audio_model : AudioModel
        The model whose embeddings the proxy was trained on.
    engine : Engine
        Renders presets; its settings are the training data's render settings.
    checkpoint : Path, optional
        Where the encoder came from (names the cache of bank embeddings).
    cache_dir : Path, optional
        Folder caching the proxy embeddings of banks (None: no cache).
    threads : int or None
        Torch threads of the matcher's work (default :data:`MATCH_THREADS`; None: torch's setting).

    Attributes
    ----------
    bank : Bank or None
    bank_embeddings : ndarray, shape (N, D) or None
        The proxy's embeddings of the bank's presets.
    bank_seconds : float
        Time the bank's embeddings took (0 when read from the cache).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    def __init__(self, spec: SynthSpec, encoder: torch.nn.Module, audio_model: Any, engine: Any, *,
                 checkpoint: Path | None = None, cache_dir: Path | None = None,
                 threads: int | None = MATCH_THREADS) -> None:
        self.spec = spec
        self.encoder = encoder.eval()
        self.audio_model = audio_model
        self.engine = engine
        self.settings: RenderSettings = engine.settings
        self.checkpoint = checkpoint
        self.cache_dir = cache_dir
        self.threads = threads
        self.bank: Bank | None = None
        self.bank_embeddings: np.ndarray | None = None
        self.bank_seconds = 0.0
        if getattr(encoder, "out_features", audio_model.embedding_size) != audio_model.embedding_size:
            raise MatchError(f"the proxy predicts {encoder.out_features}-d embeddings, {audio_model.name} gives "
                             f"{audio_model.embedding_size}-d ones")

    @classmethod
    def from_checkpoint(cls, checkpoint: str | Path, synth: str | SynthSpec | None = None, *,
                        cache_dir: Path | str | None = "default",
                        threads: int | None = MATCH_THREADS) -> "SoundMatcher":
        """Load a proxy, its audio model, and open the synth it was trained for.

        Parameters
        ----------
        checkpoint : str or Path
            A checkpoint written by :func:`synthproxy.train.train`.
        synth : str or SynthSpec, optional
            The synth asked for; refused unless the checkpoint was trained for it (same name and spec).
        cache_dir : Path, str, "default" or None
            Cache folder of bank embeddings ("default": ``proxy/`` in the user's cache folder,
            :func:`synthproxy.paths.cache_dir`, never the repository).
        threads : int or None
            Torch threads of the matcher's work.

        Raises
        ------
        SynthMismatchError
            Naming both synths (or the spec differences).
        MatchError
            When the checkpoint cannot be read.
        synthproxy.synths.SynthUnavailable
            When the synth cannot render here.
        """
        from synthproxy import audio_models
        from synthproxy.paths import cache_dir as user_cache
        from synthproxy.synths import get_spec, open_engine

        checkpoint = Path(checkpoint)
        try:
            encoder, info = load_checkpoint(checkpoint)
        except (FileNotFoundError, CheckpointError) as e:
            raise MatchError(str(e)) from e
        except Exception as e:  # noqa: BLE001 - torch.load raises many kinds of errors on a file that is no checkpoint
            raise MatchError(f"{checkpoint}: not a readable checkpoint ({type(e).__name__}: {e})") from e
        trained_for = info.get("synth") or (info.get("spec") or {}).get("name")
        if synth is not None:
            spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
            if trained_for != spec.name:
                raise SynthMismatchError(f"{checkpoint} is a proxy of {trained_for!r}, not of {spec.name!r}; "
                                         f"pass a {spec.name} checkpoint (or --synth {trained_for})")
            if info.get("spec_hash") != spec.hash:
                try:
                    encoder, info = load_checkpoint(checkpoint, spec)
                except CheckpointError as e:
                    raise SynthMismatchError(str(e)) from e
        else:
            try:
                spec = get_spec(str(trained_for))
            except KeyError as e:
                raise MatchError(f"{checkpoint}: trained for synth {trained_for!r}, which is not installed here") from e
            if spec.hash != info.get("spec_hash"):
                raise SynthMismatchError(f"{checkpoint}: trained for another spec of {spec.name!r} than the "
                                         "installed one")
        model_info = info.get("audio_model") or {}
        try:
            model = audio_models.load(model_info.get("name", "aisfx"))
        except (KeyError, FileNotFoundError, RuntimeError) as e:
            raise MatchError(f"{checkpoint}: its audio model {model_info.get('name')!r} cannot be loaded: {e}") from e
        if model_info.get("weights_hash") and model.weights_hash and model_info["weights_hash"] != model.weights_hash:
            log.warning("%s was trained on %s embeddings of other weights (%s) than the installed ones (%s)",
                        checkpoint, model.name, model_info["weights_hash"][:12], model.weights_hash[:12])
        settings = _render_settings(info, model.sample_rate)
        if settings.sample_rate != model.sample_rate:
            settings = replace(settings, sample_rate=model.sample_rate)
        engine = open_engine(spec, settings)
        cache = user_cache() / "proxy" if cache_dir == "default" else (Path(cache_dir) if cache_dir else None)
        return cls(spec, encoder, model, engine, checkpoint=checkpoint, cache_dir=cache, threads=threads)

    # -- embeddings ------------------------------------------------------------------------------
    def proxy_embeddings(self, presets: np.ndarray, progress: bool = False) -> np.ndarray:
        """The proxy's embeddings of presets (no rendering).

        Parameters
        ----------
        presets : ndarray, shape (N, n_used)
        progress : bool
            Show a progress bar.

        Returns
        -------
        ndarray, shape (N, D), float32

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if len(presets) == 0:
            return np.zeros((0, self.audio_model.embedding_size), np.float32)
        with _torch_threads(self.threads):
            return predict_embeddings(self.encoder, np.asarray(presets, np.float32), batch=PROXY_BATCH,
                                      progress=f"{self.spec.name}: proxy embeddings" if progress else None).numpy()

    def audio_embeddings(self, audio: np.ndarray) -> np.ndarray:
        """The audio model's embeddings of clips at the render rate, shape (N, D) float32.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        from synthproxy.generate import embed_clips

        with _torch_threads(self.threads):
            return embed_clips(self.audio_model, np.atleast_2d(np.asarray(audio, np.float32)), EMBED_BATCH)

    def render(self, presets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Render presets with the real synth.

        Returns
        -------
        audio : ndarray, shape (N, samples), float32
            Silence where the engine failed.
        ok : ndarray, shape (N,), bool
            False where the engine failed (NaN or an error).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        out = np.zeros((len(presets), self.settings.num_samples), np.float32)
        ok = np.ones(len(presets), dtype=bool)
        for i, p in enumerate(presets):
            try:
                out[i] = render_preset(self.engine, p)
            except (RenderError, RuntimeError) as e:
                log.warning("render of candidate %d failed: %s", i, e)
                ok[i] = False
        return out, ok

    def _cache_path(self, presets: np.ndarray) -> Path | None:
        if self.cache_dir is None or self.checkpoint is None:
            return None
        from synthproxy.io import sha256_file

        blob = sha256_file(self.checkpoint).encode() + np.ascontiguousarray(presets).tobytes()
        key = hashlib.sha256(blob).hexdigest()
        return self.cache_dir / f"{self.spec.name}_{key[:24]}.npy"

    def set_bank(self, bank: Bank, progress: bool = False) -> "SoundMatcher":
        """Use ``bank`` for retrieval; its proxy embeddings are computed (or read from the cache).

        Raises
        ------
        EmptyBankError
            When the bank holds no preset.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if len(bank) == 0:
            raise EmptyBankError(f"the {self.spec.name} bank to search holds no preset")
        t0 = time.perf_counter()
        path = self._cache_path(bank.presets)
        emb = None
        if path is not None and path.is_file():
            with contextlib.suppress(OSError, ValueError):
                emb = np.load(path)
            if emb is not None and emb.shape != (len(bank), self.audio_model.embedding_size):
                emb = None
        if emb is None:
            emb = self.proxy_embeddings(bank.presets, progress=progress)
            if path is not None:
                from synthproxy.store import save_array

                save_array(path, emb)
            self.bank_seconds = time.perf_counter() - t0
        else:
            self.bank_seconds = 0.0
        self.bank, self.bank_embeddings = bank, emb
        return self

    # -- stages ----------------------------------------------------------------------------------
    def retrieve(self, target_embedding: np.ndarray, k: int) -> list[Candidate]:
        """(a) The ``k`` bank presets whose proxy embeddings are nearest the target embedding, best first.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if self.bank is None or self.bank_embeddings is None:
            raise MatchError("no bank to search: call set_bank first")
        d = embedding_distance(self.bank_embeddings, target_embedding)
        order = np.argsort(d, kind="stable")[:k]
        return [Candidate(self.bank.presets[i].copy(), self.bank.names[i], "retrieval", self.bank.sources[i],
                          proxy_distance=float(d[i])) for i in order]

    def refine(self, starts: np.ndarray, target_embedding: np.ndarray, steps: int = REFINE_STEPS) -> Refinement:
        """(b) Gradient descent through the frozen proxy from each start towards the target embedding.

        Numeric values are optimised directly (Adam, :data:`REFINE_LR`) and clipped to their
        range after each step; categorical parameters as logits of a softmax over their allowed
        categories and binary ones as logits of a sigmoid (:data:`REFINE_LOGIT_LR`), with a
        temperature annealed geometrically from :data:`TEMPERATURE_START` to :data:`TEMPERATURE_END`.
        Every :data:`PROJECT_EVERY` steps (and at the end) the presets are projected to valid
        ones (argmax category, switch on when its probability exceeds 0.5, numeric values snapped
        to their steps and interval) and the best projected preset of each start is kept (the
        start itself included).

        Parameters
        ----------
        starts : ndarray, shape (R, n_used)
        target_embedding : ndarray, shape (D,), or (R, D): one target per start
        steps : int

        Returns
        -------
        Refinement

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        spec, enc = self.spec, self.encoder.encoding
        x0 = torch.as_tensor(np.asarray(starts, np.float32))
        target = torch.as_tensor(np.asarray(target_embedding, np.float32)).reshape(-1, self.audio_model.embedding_size)
        used = spec.used
        nc_idx = enc.noncat_index.tolist()
        is_bin = torch.tensor([used[i].type == "bin" for i in nc_idx], dtype=torch.bool)
        lo = torch.tensor([_low(used[i]) for i in nc_idx], dtype=torch.float32)
        hi = torch.tensor([_high(used[i]) for i in nc_idx], dtype=torch.float32)
        noncat0, onehot0 = self.encoder.split(x0)
        p = START_PROBABILITY
        switch_logit = math.log(p / (1 - p))
        values = torch.where(is_bin, torch.where(noncat0 > 0.5, switch_logit, -switch_logit), noncat0).clone()
        sizes = torch.tensor(enc.cat_sizes, dtype=torch.float32)
        margin = torch.log(p / (1 - p) * (sizes - 1).clamp_min(1))[enc.cat_owner] if enc.n_cat else torch.zeros(0)
        logits = (onehot0 * margin).clone()
        values.requires_grad_(True)
        logits.requires_grad_(True)
        opt = torch.optim.Adam([{"params": [values], "lr": REFINE_LR}, {"params": [logits], "lr": REFINE_LOGIT_LR}])
        sizes_list = list(enc.cat_sizes)

        def soft(tau: float) -> tuple[torch.Tensor, torch.Tensor]:
            noncat = torch.where(is_bin, torch.sigmoid(values / tau), values)
            probs = (torch.cat([torch.softmax(c / tau, 1) for c in torch.split(logits, sizes_list, 1)], 1)
                     if enc.n_cat else logits)
            return noncat, probs

        def projected() -> np.ndarray:
            with torch.no_grad():
                noncat = torch.where(is_bin, (values > 0).float(), values)
                merged = self.encoder.merge(noncat, logits).numpy()
            return spec.from_values(spec.to_values(merged))

        best = spec.from_values(spec.to_values(np.asarray(starts, np.float32)))  # valid presets
        best_d = embedding_distance(self.proxy_embeddings(best), target_embedding)
        start_d = best_d.copy()
        losses = np.zeros((steps, len(best)))
        checks, check_steps = [best_d.copy()], [0]
        with _frozen(self.encoder), _torch_threads(self.threads):
            for step in range(steps):
                tau = TEMPERATURE_START * (TEMPERATURE_END / TEMPERATURE_START) ** (step / max(steps - 1, 1))
                pred = self.encoder.forward_soft(*soft(tau))
                loss = (pred - target).abs().mean(1)
                opt.zero_grad()
                loss.sum().backward()
                opt.step()
                with torch.no_grad():
                    values.copy_(torch.where(is_bin, values, torch.minimum(torch.maximum(values, lo), hi)))
                losses[step] = loss.detach().numpy()
                if (step + 1) % PROJECT_EVERY == 0 or step + 1 == steps:
                    hard = projected()
                    d = embedding_distance(self.proxy_embeddings(hard), target_embedding)
                    better = d < best_d
                    best[better], best_d[better] = hard[better], d[better]
                    checks.append(d)
                    check_steps.append(step + 1)
        return Refinement(best, best_d, start_d, losses, np.stack(checks), np.array(check_steps))

    def verify(self, candidates: list[Candidate], target_audio: np.ndarray,
               target_embedding: np.ndarray) -> list[Candidate]:
        """(c) Render candidates, embed the renders, measure them; returns them best first by real distance.

        Fills each candidate's ``audio``, ``distance`` and ``stft`` (a failed render counts as silence).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if not candidates:
            return []
        audio, _ = self.render(np.stack([c.preset for c in candidates]))
        d = embedding_distance(self.audio_embeddings(audio), target_embedding)
        s = stft_distance(audio, target_audio)
        for c, a, di, si in zip(candidates, audio, d, s):
            c.audio, c.distance, c.stft = a, float(di), float(si)
        return sorted(candidates, key=lambda c: c.distance)

    def match(self, target_audio: np.ndarray, *, candidates: int = CANDIDATES, starts: int = REFINE_STARTS,
              steps: int = REFINE_STEPS, verify: bool = True,
              target_embedding: np.ndarray | None = None) -> MatchResult:
        """Match a target sound: (a) retrieval, (b) refinement, (c) verification.

        Parameters
        ----------
        target_audio : ndarray, shape (samples,)
            At the render rate and length (see :func:`read_target`).
        candidates : int
            Real renders of the verification: the ``starts`` refined presets, then the best retrieved
            presets, duplicates skipped (without verification: presets retrieved).
        starts : int
            Retrieved presets refined (0: no refinement).
        steps : int
            Gradient steps of the refinement.
        verify : bool
            Render and re-rank (stage c).
        target_embedding : ndarray, shape (D,), optional
            The target's audio embedding, when already computed.

        Returns
        -------
        MatchResult

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        target_audio = fit_length(target_audio, self.settings.num_samples)
        if target_embedding is None:
            target_embedding = self.audio_embeddings(target_audio)[0]
        stages: dict[str, dict[str, float]] = {}
        t0 = time.perf_counter()
        retrieved = self.retrieve(target_embedding, max(candidates, starts, 1))
        stages["retrieval"] = {"seconds": time.perf_counter() - t0, "renders": 0}
        refinement, refined = None, []
        if starts > 0 and steps > 0:
            t0 = time.perf_counter()
            first = retrieved[:starts]
            refinement = self.refine(np.stack([c.preset for c in first]), target_embedding, steps)
            refined = [Candidate(p, c.name, "refinement", c.source, proxy_distance=float(d))
                       for p, c, d in zip(refinement.presets, first, refinement.proxy_distances)]
            stages["refinement"] = {"seconds": time.perf_counter() - t0, "renders": 0}
        pool, seen = [], set()
        for c in refined + retrieved:
            key = c.preset.tobytes()
            if key not in seen:
                seen.add(key)
                pool.append(c)
        pool = pool[:candidates]
        if verify:
            t0 = time.perf_counter()
            pool = self.verify(pool, target_audio, target_embedding)
            stages["verification"] = {"seconds": time.perf_counter() - t0, "renders": len(pool)}
        else:
            pool = sorted(pool, key=lambda c: c.proxy_distance)
        return MatchResult(pool, retrieved, refined, refinement, stages, np.asarray(target_embedding))

    # -- baselines -------------------------------------------------------------------------------
    def _evaluate(self, presets: np.ndarray, target_embedding: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        audio, _ = self.render(presets)
        return embedding_distance(self.audio_embeddings(audio), target_embedding), audio

    def _search_result(self, preset: np.ndarray, audio: np.ndarray, name: str, origin: str, target_audio: np.ndarray,
                       distances: np.ndarray, t0: float) -> SearchResult:
        c = Candidate(preset, name, origin, origin, distance=float(distances.min()), audio=audio)
        seconds = time.perf_counter() - t0
        c.stft = float(stft_distance(audio, target_audio))
        return SearchResult(c, distances, len(distances), seconds)

    def random_search(self, target_audio: np.ndarray, budget: int, seed: int = 0,
                      target_embedding: np.ndarray | None = None) -> SearchResult:
        """Render ``budget`` random presets of the spec and keep the one nearest the target (real embeddings).

        Presets are the first draws of dataset ``seed`` (:func:`synthproxy.presets.sampling.random_presets`),
        silent ones included: every render counts.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        from synthproxy.presets.sampling import random_presets

        target_audio = fit_length(target_audio, self.settings.num_samples)
        if target_embedding is None:
            target_embedding = self.audio_embeddings(target_audio)[0]
        t0 = time.perf_counter()
        presets = random_presets(self.spec, seed, range(budget))
        d, audio = self._evaluate(presets, target_embedding)
        i = int(np.argmin(d))
        return self._search_result(presets[i], audio[i], f"random #{i}", "random", target_audio, d, t0)

    def bank_search(self, target_audio: np.ndarray, budget: int, seed: int = 0,
                    target_embedding: np.ndarray | None = None) -> SearchResult:
        """Render ``budget`` presets drawn at random from the bank and keep the one nearest the target.

        The same bank and renders as the verification stage without the proxy's ranking: what the
        bank alone gives.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if self.bank is None or len(self.bank) == 0:
            raise EmptyBankError("no bank to draw from: call set_bank first")
        target_audio = fit_length(target_audio, self.settings.num_samples)
        if target_embedding is None:
            target_embedding = self.audio_embeddings(target_audio)[0]
        t0 = time.perf_counter()
        idx = np.random.default_rng([seed, 2]).choice(len(self.bank), min(budget, len(self.bank)), replace=False)
        d, audio = self._evaluate(self.bank.presets[idx], target_embedding)
        i = int(np.argmin(d))
        j = idx[i]
        r = self._search_result(self.bank.presets[j], audio[i], self.bank.names[j], "bank", target_audio, d, t0)
        r.best.source = self.bank.sources[j]
        return r

    def evolutionary_search(self, target_audio: np.ndarray, budget: int, seed: int = 0,
                            target_embedding: np.ndarray | None = None) -> SearchResult:
        """A (mu + lambda) evolutionary search on the real synth, ``budget`` renders in all.

        A random initial population (:data:`EVOLUTION_INIT_SHARE` of the budget; the first presets
        :meth:`random_search` draws with the same seed), then generations
        of :data:`EVOLUTION_LAMBDA` offspring, each a mutated copy of one of the :data:`EVOLUTION_MU`
        best presets so far: every value mutates with probability :data:`EVOLUTION_MUTATION_RATE`
        (at least one per offspring), numeric ones by a Gaussian step of :data:`EVOLUTION_SIGMA`
        (normalized units, then clipped and snapped to the spec), categorical and binary ones by
        resampling from the spec. Fitness: the real embedding distance to the target.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        from synthproxy.presets.sampling import random_presets, sample_preset

        target_audio = fit_length(target_audio, self.settings.num_samples)
        if target_embedding is None:
            target_embedding = self.audio_embeddings(target_audio)[0]
        rng = np.random.default_rng([seed, 1])
        resampled = np.array([p.type in ("cat", "bin") for p in self.spec.used])
        t0 = time.perf_counter()
        n0 = min(budget, max(EVOLUTION_MU, int(round(budget * EVOLUTION_INIT_SHARE))))
        pop = random_presets(self.spec, seed, range(n0))
        fit, audio = self._evaluate(pop, target_embedding)
        history = [fit]
        while len(pop) < budget:
            lam = min(EVOLUTION_LAMBDA, budget - len(pop))
            parents = np.argsort(fit, kind="stable")[:EVOLUTION_MU]
            kids = pop[rng.choice(parents, lam)].copy()
            for kid in kids:
                mask = rng.random(len(kid)) < EVOLUTION_MUTATION_RATE
                mask[rng.integers(len(kid))] = True
                fresh = sample_preset(self.spec, rng)
                step = kid + rng.normal(0.0, EVOLUTION_SIGMA, len(kid))
                kid[:] = np.where(mask, np.where(resampled, fresh, step), kid)
            kids = self.spec.from_values(self.spec.to_values(kids))  # clipped to intervals, snapped to steps
            f, a = self._evaluate(kids, target_embedding)
            pop, fit, audio = np.concatenate([pop, kids]), np.concatenate([fit, f]), np.concatenate([audio, a])
            history.append(f)
        i = int(np.argmin(fit))
        return self._search_result(pop[i], audio[i], f"evolved #{i}", "evolution", target_audio,
                                   np.concatenate(history), t0)


def _low(p: Any) -> float:
    if p.is_continuous:
        return float(p.interval[0])
    return float(np.asarray(p.values)[p.allowed].min()) if p.type != "bin" else 0.0


def _high(p: Any) -> float:
    if p.is_continuous:
        return float(p.interval[1])
    return float(np.asarray(p.values)[p.allowed].max()) if p.type != "bin" else 1.0


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


def audio_player(audio: np.ndarray, sample_rate: int) -> Any:
    """An IPython audio player of a clip, loudness-normalized; a silent clip plays as silence.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from IPython.display import Audio

    a = np.asarray(audio, np.float32)
    return Audio(a, rate=sample_rate, normalize=bool(a.size and np.abs(a).max() > 0))


def sound_outputs(sounds: Sequence[np.ndarray], sample_rate: int, titles: Sequence[str]) -> list[Any]:
    """Waveforms and spectrograms of sounds (:func:`synthproxy.plots.plot_sounds`) and their players,
    for ``display(*...)``.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import matplotlib.pyplot as plt

    from synthproxy.plots import plot_sounds

    fig = plot_sounds(list(sounds), sample_rate, list(titles))
    plt.close(fig)  # shown once, where display puts it
    return [fig, *[audio_player(x, sample_rate) for x in sounds]]


def candidates_table(candidates: Sequence[Candidate]) -> Any:
    """Candidates as a table: ``origin``, ``bank``, ``name``, ``proxy_l1``, ``real_l1`` (after rendering),
    ``stft`` (NaN where not measured), ranked from 1.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import pandas as pd

    def num(x: float | None) -> float:
        return float("nan") if x is None else float(x)

    return pd.DataFrame([{"origin": c.origin, "bank": c.source, "name": c.name, "proxy_l1": num(c.proxy_distance),
                          "real_l1": num(c.distance), "stft": num(c.stft)} for c in candidates],
                        index=pd.RangeIndex(1, len(candidates) + 1, name="rank"))


def plot_refinement(refinement: Refinement, title: str = ""):
    """Proxy distance during refinement: relaxed presets (lines) and projected ones (dots), per start.

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.2), constrained_layout=True)
    for r in range(refinement.losses.shape[1]):
        line, = ax.plot(np.arange(1, len(refinement.losses) + 1), refinement.losses[:, r], lw=1, alpha=0.8)
        ax.plot(refinement.check_steps, refinement.projected[:, r], "o", ms=3, color=line.get_color())
    ax.set_xlabel("gradient step")
    ax.set_ylabel("proxy L1 distance to target")
    ax.set_title(title or "refinement: relaxed (lines) and projected (dots) presets", fontsize=10)
    return fig


def plot_comparison(table: Any):
    """Real embedding distance and STFT distance of each method's answer, one dot per target.

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import matplotlib.pyplot as plt

    methods = [m for m in METHODS if m in set(table["method"])]
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.5 * len(methods) + 1.6), sharey=True, constrained_layout=True)
    for ax, col, label in zip(axes, ("distance", "stft"), ("embedding L1 to target", "multi-resolution STFT distance")):
        for k, m in enumerate(methods):
            v = table.loc[table["method"] == m, col].to_numpy(float)
            ax.plot(v, np.full(len(v), k), "o", alpha=0.5, color=f"C{k}")
            ax.plot([v.mean()], [k], "|", ms=18, mew=2.5, color="k")
        ax.set_xlabel(label + " (lower is closer)")
    axes[0].set_yticks(range(len(methods)), methods)
    axes[0].invert_yaxis()
    return fig
