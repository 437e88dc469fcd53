"""The sound matcher: a synth, its proxy and the audio model the proxy imitates, and the three stages of a match.

(a) **retrieval** ranks the bank by the proxy's embeddings (computed once per bank and cached);
(b) **refinement** descends the proxy's gradient from the best retrieved presets
(:mod:`synthproxy.match.refinement`); (c) **verification** renders the candidates and re-ranks them
by the real embedding distance. The searches without the proxy are in :mod:`synthproxy.match.baselines`
(also reachable as methods of :class:`SoundMatcher`).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from synthproxy.constants import EMBED_BATCH
from synthproxy.encoders.checkpoint import CheckpointError, find_checkpoints, load_checkpoint, predict_embeddings
from synthproxy.generate import embed_clips
from synthproxy.match import baselines
from synthproxy.match.banks import Bank
from synthproxy.match.constants import (
    CANDIDATES,
    MATCH_THREADS,
    PROXY_BATCH,
    REFINE_STARTS,
    REFINE_STEPS,
)
from synthproxy.match.distances import embedding_distance, stft_distance
from synthproxy.match.errors import EmptyBankError, MatchError, SynthMismatchError
from synthproxy.match.refinement import Relaxation, descend, frozen
from synthproxy.match.results import (
    Candidate,
    MatchResult,
    Refinement,
    SearchResult,
    by_distance,
    by_proxy_distance,
)
from synthproxy.match.targets import fit_length
from synthproxy.render import RenderError, RenderSettings, render_preset
from synthproxy.synths.registry import get_spec
from synthproxy.synths.spec import SynthSpec

if TYPE_CHECKING:  # pragma: no cover
    from synthproxy.encoders.architectures import PresetEncoder

__all__ = ["SoundMatcher", "find_checkpoint"]

log = logging.getLogger(__name__)


def find_checkpoint(synth: str) -> Path | None:
    """The proxy of a synth to use: the first of :func:`synthproxy.encoders.checkpoint.find_checkpoints` (a
    committed ``checkpoints/<synth>_<arch>_<size>.pt`` by name, else a quick ``checkpoints/quick/<synth>_*.pt``
    such as ``notebooks/03_train.ipynb`` writes), or None.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    try:
        spec = get_spec(synth)
    except KeyError:
        spec = None
    found = find_checkpoints(synth, spec=spec)
    return found[0] if found else None


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


# -- loading a checkpoint -----------------------------------------------------------------------------
def _read_checkpoint(checkpoint: Path) -> tuple[PresetEncoder, dict[str, Any]]:
    """The encoder and info of a checkpoint, or a MatchError saying why not."""
    try:
        return load_checkpoint(checkpoint)
    except (FileNotFoundError, CheckpointError) as e:
        raise MatchError(str(e)) from e
    except Exception as e:  # noqa: BLE001 - torch.load raises many kinds of errors on a file that is no checkpoint
        raise MatchError(f"{checkpoint}: not a readable checkpoint ({type(e).__name__}: {e})") from e


def _checkpoint_spec(
    checkpoint: Path, synth: str | SynthSpec | None, encoder: PresetEncoder, info: dict[str, Any]
) -> tuple[SynthSpec, PresetEncoder, dict[str, Any]]:
    """The spec a checkpoint is used with: the one asked for (which it must have been trained for) or
    its own; the encoder and info are reloaded for a spec whose hash differs but whose parameters agree."""

    trained_for = info.get("synth") or (info.get("spec") or {}).get("name")
    if synth is None:
        try:
            spec = get_spec(str(trained_for))
        except KeyError as e:
            raise MatchError(f"{checkpoint}: trained for synth {trained_for!r}, which is not installed here") from e
        if spec.hash != info.get("spec_hash"):
            raise SynthMismatchError(f"{checkpoint}: trained for another spec of {spec.name!r} than the installed one")
        return spec, encoder, info
    spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
    if trained_for != spec.name:
        raise SynthMismatchError(
            f"{checkpoint} is a proxy of {trained_for!r}, not of {spec.name!r}; "
            f"pass a {spec.name} checkpoint (or --synth {trained_for})"
        )
    if info.get("spec_hash") != spec.hash:
        try:
            encoder, info = load_checkpoint(checkpoint, spec)
        except CheckpointError as e:
            raise SynthMismatchError(str(e)) from e
    return spec, encoder, info


def _checkpoint_audio_model(checkpoint: Path, info: dict[str, Any]) -> Any:
    """The audio model a checkpoint was trained on (a warning when its installed weights differ)."""
    from synthproxy import audio_models

    model_info = info.get("audio_model") or {}
    try:
        model = audio_models.load(model_info.get("name", "aisfx"))
    except (KeyError, FileNotFoundError, RuntimeError) as e:
        raise MatchError(f"{checkpoint}: its audio model {model_info.get('name')!r} cannot be loaded: {e}") from e
    if model_info.get("weights_hash") and model.weights_hash and model_info["weights_hash"] != model.weights_hash:
        log.warning(
            "%s was trained on %s embeddings of other weights (%s) than the installed ones (%s)",
            checkpoint,
            model.name,
            model_info["weights_hash"][:12],
            model.weights_hash[:12],
        )
    return model


def _render_settings(info: dict[str, Any], sample_rate: int) -> RenderSettings:
    """The render settings of the checkpoint's training data (defaults when not recorded), at ``sample_rate``."""
    settings = RenderSettings(sample_rate=sample_rate)
    stored = ((info.get("datasets") or {}).get("train") or {}).get("render_settings")
    if isinstance(stored, dict):
        with contextlib.suppress(TypeError, ValueError):
            settings = RenderSettings.from_dict(stored)
    return settings if settings.sample_rate == sample_rate else replace(settings, sample_rate=sample_rate)


def _verification_pool(refined: list[Candidate], retrieved: list[Candidate], n: int) -> list[Candidate]:
    """The first ``n`` distinct presets of the refined, then the retrieved candidates."""
    pool, seen = [], set()
    for c in refined + retrieved:
        key = c.preset.tobytes()
        if key not in seen:
            seen.add(key)
            pool.append(c)
    return pool[:n]


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
        Torch threads of the matcher's work (default :data:`~synthproxy.match.constants.MATCH_THREADS`;
        None: torch's setting).

    Attributes
    ----------
    bank : Bank or None
    bank_embeddings : ndarray, shape (N, D) or None
        The proxy's embeddings of the bank's presets.
    bank_seconds : float
        Time the bank's embeddings took (0 when read from the cache).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    def __init__(
        self,
        spec: SynthSpec,
        encoder: PresetEncoder,
        audio_model: Any,
        engine: Any,
        *,
        checkpoint: Path | None = None,
        cache_dir: Path | None = None,
        threads: int | None = MATCH_THREADS,
    ) -> None:
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
            raise MatchError(
                f"the proxy predicts {encoder.out_features}-d embeddings, {audio_model.name} gives "
                f"{audio_model.embedding_size}-d ones"
            )

    @classmethod
    def from_checkpoint(
        cls,
        checkpoint: str | Path,
        synth: str | SynthSpec | None = None,
        *,
        cache_dir: Path | str | None = "default",
        threads: int | None = MATCH_THREADS,
    ) -> SoundMatcher:
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
        from synthproxy.paths import cache_dir as user_cache
        from synthproxy.synths import open_engine

        checkpoint = Path(checkpoint)
        encoder, info = _read_checkpoint(checkpoint)
        spec, encoder, info = _checkpoint_spec(checkpoint, synth, encoder, info)
        model = _checkpoint_audio_model(checkpoint, info)
        engine = open_engine(spec, _render_settings(info, model.sample_rate))
        cache = user_cache() / "proxy" if cache_dir == "default" else (Path(cache_dir) if cache_dir else None)
        return cls(spec, encoder, model, engine, checkpoint=checkpoint, cache_dir=cache, threads=threads)

    # -- embeddings and renders --------------------------------------------------------------------
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
            return predict_embeddings(
                self.encoder,
                np.asarray(presets, np.float32),
                batch=PROXY_BATCH,
                progress=f"{self.spec.name}: proxy embeddings" if progress else None,
            ).numpy()

    def audio_embeddings(self, audio: np.ndarray) -> np.ndarray:
        """The audio model's embeddings of clips at the render rate, shape (N, D) float32.

        Clips go to the model's own :meth:`~synthproxy.audio_models.base.AudioModel.embed`
        :data:`synthproxy.constants.EMBED_BATCH` at a time (as the training data's were).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
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

    def real_distances(self, presets: np.ndarray, target_embedding: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Render presets and measure the real embedding distance of each render to the target.

        Returns
        -------
        distances : ndarray, shape (N,), float64
        audio : ndarray, shape (N, samples), float32
            The renders (silence where the engine failed).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        audio, _ = self.render(presets)
        return embedding_distance(self.audio_embeddings(audio), target_embedding), audio

    def prepare_target(
        self, target_audio: np.ndarray, target_embedding: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """A target at the render length and its audio embedding (computed unless given).

        Returns
        -------
        audio : ndarray, shape (samples,), float32
        embedding : ndarray, shape (D,)
        """
        target_audio = fit_length(target_audio, self.settings.num_samples)
        if target_embedding is None:
            target_embedding = self.audio_embeddings(target_audio)[0]
        return target_audio, target_embedding

    # -- the bank and its cached embeddings --------------------------------------------------------
    def _cache_path(self, presets: np.ndarray) -> Path | None:
        """Where the proxy embeddings of ``presets`` are cached: named by the checkpoint's and the presets' bytes."""
        if self.cache_dir is None or self.checkpoint is None:
            return None
        from synthproxy.io import sha256_file

        blob = sha256_file(self.checkpoint).encode() + np.ascontiguousarray(presets).tobytes()
        key = hashlib.sha256(blob).hexdigest()
        return self.cache_dir / f"{self.spec.name}_{key[:24]}.npy"

    def _cached_embeddings(self, path: Path | None, n: int) -> np.ndarray | None:
        """The cached embeddings of ``n`` presets at ``path``, or None (no cache, unreadable, wrong shape)."""
        if path is None or not path.is_file():
            return None
        emb = None
        with contextlib.suppress(OSError, ValueError):
            emb = np.load(path)
        return emb if emb is not None and emb.shape == (n, self.audio_model.embedding_size) else None

    def set_bank(self, bank: Bank, progress: bool = False) -> SoundMatcher:
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
        emb = self._cached_embeddings(path, len(bank))
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

    # -- stages --------------------------------------------------------------------------------------
    def retrieve(self, target_embedding: np.ndarray, k: int) -> list[Candidate]:
        """(a) The ``k`` bank presets whose proxy embeddings are nearest the target embedding, best first.

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if self.bank is None or self.bank_embeddings is None:
            raise MatchError("no bank to search: call set_bank first")
        d = embedding_distance(self.bank_embeddings, target_embedding)
        order = np.argsort(d, kind="stable")[:k]
        return [
            Candidate(
                self.bank.presets[i].copy(),
                self.bank.names[i],
                "retrieval",
                self.bank.sources[i],
                proxy_distance=float(d[i]),
            )
            for i in order
        ]

    def refine(self, starts: np.ndarray, target_embedding: np.ndarray, steps: int = REFINE_STEPS) -> Refinement:
        """(b) Gradient descent through the frozen proxy from each start towards the target embedding.

        Numeric values (and switch logits) are optimised directly (Adam,
        :data:`~synthproxy.match.constants.REFINE_LR`) and clipped after each step to their range and to a
        trust region of :data:`~synthproxy.match.constants.REFINE_RADIUS` around their start; categorical
        parameters as logits of a softmax over their allowed categories
        (:data:`~synthproxy.match.constants.REFINE_LOGIT_LR`) and binary ones as logits of a sigmoid, with a
        temperature annealed geometrically from :data:`~synthproxy.match.constants.TEMPERATURE_START` to
        :data:`~synthproxy.match.constants.TEMPERATURE_END` (:class:`~synthproxy.match.refinement.Relaxation`).
        Every :data:`~synthproxy.match.constants.PROJECT_EVERY` steps (and at the end) the presets are
        projected to valid ones (argmax category, switch on when its probability exceeds 0.5, numeric
        values snapped to their steps and interval) and scored by proxy distance plus
        :data:`~synthproxy.match.constants.REFINE_PENALTY` times their preset distance from the start;
        the best scoring one of each start is kept when it beats the start's proxy distance by more than
        :data:`~synthproxy.match.constants.REFINE_MARGIN`, else the start
        (:func:`~synthproxy.match.refinement.descend`). The proxy is optimistic about moves away from
        the presets it was trained on (``benchmarks/refinement.py``), hence the penalty.

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
        relaxed = Relaxation(self.encoder, self.spec, starts)
        with frozen(self.encoder), _torch_threads(self.threads):
            return descend(relaxed, starts, target_embedding, steps, self.proxy_embeddings)

    def verify(
        self, candidates: list[Candidate], target_audio: np.ndarray, target_embedding: np.ndarray
    ) -> list[Candidate]:
        """(c) Render candidates, embed the renders, measure them; returns them best first by real distance.

        Fills each candidate's ``audio``, ``distance`` and ``stft`` (a failed render counts as silence).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        if not candidates:
            return []
        d, audio = self.real_distances(np.stack([c.preset for c in candidates]), target_embedding)
        s = stft_distance(audio, target_audio)
        for c, a, di, si in zip(candidates, audio, d, s):
            c.audio, c.distance, c.stft = a, float(di), float(si)
        return sorted(candidates, key=by_distance)

    def _refined(
        self, retrieved: list[Candidate], starts: int, target_embedding: np.ndarray, steps: int
    ) -> tuple[Refinement, list[Candidate]]:
        """Stage (b) from the first ``starts`` retrieved presets: the trace and one candidate per start."""
        first = retrieved[:starts]
        refinement = self.refine(np.stack([c.preset for c in first]), target_embedding, steps)
        refined = [
            Candidate(p, c.name, "refinement", c.source, proxy_distance=float(d))
            for p, c, d in zip(refinement.presets, first, refinement.proxy_distances)
        ]
        return refinement, refined

    def match(
        self,
        target_audio: np.ndarray,
        *,
        candidates: int = CANDIDATES,
        starts: int = REFINE_STARTS,
        steps: int = REFINE_STEPS,
        verify: bool = True,
        target_embedding: np.ndarray | None = None,
    ) -> MatchResult:
        """Match a target sound: (a) retrieval, (b) refinement, (c) verification.

        Parameters
        ----------
        target_audio : ndarray, shape (samples,)
            At the render rate and length (see :func:`~synthproxy.match.targets.read_target`).
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
        target_audio, target_embedding = self.prepare_target(target_audio, target_embedding)
        stages: dict[str, dict[str, float]] = {}
        t0 = time.perf_counter()
        retrieved = self.retrieve(target_embedding, max(candidates, starts, 1))
        stages["retrieval"] = {"seconds": time.perf_counter() - t0, "renders": 0}
        refinement: Refinement | None = None
        refined: list[Candidate] = []
        if starts > 0 and steps > 0:
            t0 = time.perf_counter()
            refinement, refined = self._refined(retrieved, starts, target_embedding, steps)
            stages["refinement"] = {"seconds": time.perf_counter() - t0, "renders": 0}
        pool = _verification_pool(refined, retrieved, candidates)
        if verify:
            t0 = time.perf_counter()
            pool = self.verify(pool, target_audio, target_embedding)
            stages["verification"] = {"seconds": time.perf_counter() - t0, "renders": len(pool)}
        else:
            pool = sorted(pool, key=by_proxy_distance)
        return MatchResult(pool, retrieved, refined, refinement, stages, np.asarray(target_embedding))

    # -- baselines (searches without the proxy; see synthproxy.match.baselines) ---------------------------
    def random_search(
        self, target_audio: np.ndarray, budget: int, seed: int = 0, target_embedding: np.ndarray | None = None
    ) -> SearchResult:
        """Render ``budget`` random presets and keep the nearest (:func:`synthproxy.match.baselines.random_search`).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        return baselines.random_search(self, target_audio, budget, seed, target_embedding)

    def bank_search(
        self, target_audio: np.ndarray, budget: int, seed: int = 0, target_embedding: np.ndarray | None = None
    ) -> SearchResult:
        """Render ``budget`` bank presets drawn at random and keep the nearest
        (:func:`synthproxy.match.baselines.bank_search`).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        return baselines.bank_search(self, target_audio, budget, seed, target_embedding)

    def evolutionary_search(
        self, target_audio: np.ndarray, budget: int, seed: int = 0, target_embedding: np.ndarray | None = None
    ) -> SearchResult:
        """A (mu + lambda) evolutionary search on the real synth, ``budget`` renders in all
        (:func:`synthproxy.match.baselines.evolutionary_search`).

        Shown in use in ``notebooks/06_sound_matching.ipynb``.
        """
        return baselines.evolutionary_search(self, target_audio, budget, seed, target_embedding)
