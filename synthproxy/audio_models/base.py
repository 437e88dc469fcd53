"""The audio-model interface, the registry of models by name, and safe weight loading.

An audio model maps a batch of mono clips at its own sample rate to one time-pooled embedding
per clip. Models are looked up by name; a user adds one with :func:`register` (a loader function
and, optionally, a local weights file whose sha256 is then recorded as ``weights_hash``).

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from synthproxy.io import sha256_file  # re-exported: audio models hash their weights with it

__all__ = [
    "AudioModel",
    "UnknownAudioModelError",
    "UnsafeCheckpointError",
    "register",
    "unregister",
    "names",
    "load",
    "sha256_file",
    "load_checkpoint_safely",
    "as_batch",
    "embed_segments",
]


class UnknownAudioModelError(KeyError):
    """No audio model is registered under the requested name; the message lists the known ones."""

    def __str__(self) -> str:  # KeyError would print the message quoted
        return str(self.args[0]) if self.args else ""


class UnsafeCheckpointError(RuntimeError):
    """A checkpoint holds Python objects outside the allow-list, so it was not unpickled."""


class AudioModel(abc.ABC):
    """A frozen audio embedding: ``(N, samples)`` mono clips -> ``(N, embedding_size)`` vectors.

    Attributes
    ----------
    name : str
        Registry name.
    sample_rate : int
        Hz the clips passed to :meth:`embed` must have (no resampling is done).
    embedding_size : int
        ``D``, length of each clip's vector.
    weights_hash : str or None
        sha256 (hex) of the weights file, ``None`` for models without weights.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    name: str
    sample_rate: int
    embedding_size: int
    weights_hash: str | None = None

    @abc.abstractmethod
    def embed(self, audio: np.ndarray) -> np.ndarray:
        """Embed a batch of clips.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` float32 mono clips at :attr:`sample_rate`, full scale = 1.
            A single ``(samples,)`` clip is treated as ``N = 1``.

        Returns
        -------
        np.ndarray
            ``(N, embedding_size)`` float32, one time-pooled vector per clip.
        """

    def settings(self) -> dict[str, Any]:
        """Settings that change the embeddings besides the weights (record them with the data).

        Returns
        -------
        dict
            JSON-serializable; empty by default.
        """
        return {}

    def __call__(self, audio: np.ndarray) -> np.ndarray:
        return self.embed(audio)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(name={self.name!r}, sample_rate={self.sample_rate}, "
            f"embedding_size={self.embedding_size}, weights_hash={self.weights_hash!r})"
        )


@dataclass(frozen=True)
class _Entry:
    loader: Callable[..., AudioModel]
    weights_path: Path | None
    sha256: str | None


_REGISTRY: dict[str, _Entry] = {}


def register(
    name: str,
    loader: Callable[..., AudioModel],
    weights_path: str | Path | None = None,
    *,
    sha256: str | None = None,
    overwrite: bool = False,
) -> None:
    """Make an audio model loadable by name.

    Parameters
    ----------
    name : str
        Registry name (what :func:`load` and config files use).
    loader : callable
        Returns an :class:`AudioModel`. Called as ``loader(**kwargs)`` with the keyword arguments
        given to :func:`load`, plus ``weights_path=<Path>`` when a weights file is registered.
    weights_path : str or Path, optional
        Local weights file. It must exist when the model is loaded (not when registered); its
        sha256 becomes the model's ``weights_hash`` unless the loader sets one.
    sha256 : str, optional
        Expected sha256 (hex) of ``weights_path``; loading fails on a mismatch.
    overwrite : bool
        Replace an existing registration instead of raising ``ValueError``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if not isinstance(name, str) or not name:
        raise ValueError(f"name must be a non-empty string, got {name!r}")
    if not callable(loader):
        raise TypeError(f"loader must be callable, got {type(loader).__name__}")
    if name in _REGISTRY and not overwrite:
        raise ValueError(f"an audio model named {name!r} is already registered (pass overwrite=True to replace it)")
    if sha256 is not None and weights_path is None:
        raise ValueError("sha256 given without weights_path")
    path = None if weights_path is None else Path(weights_path).expanduser()
    _REGISTRY[name] = _Entry(loader, path, None if sha256 is None else sha256.lower())


def unregister(name: str) -> None:
    """Remove a registration (``UnknownAudioModelError`` if there is none).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if name not in _REGISTRY:
        raise UnknownAudioModelError(_unknown_message(name))
    del _REGISTRY[name]


def names() -> list[str]:
    """Registered model names, sorted.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return sorted(_REGISTRY)


def _unknown_message(name: str) -> str:
    known = ", ".join(repr(n) for n in names()) or "none"
    return f"unknown audio model {name!r}; registered models: {known}"


def load(name: str, **kwargs: Any) -> AudioModel:
    """Build the audio model registered as ``name``.

    Parameters
    ----------
    name : str
        A name from :func:`names`.
    **kwargs
        Passed to the model's loader (e.g. ``precision="float32"`` for ``"aisfx"``).

    Returns
    -------
    AudioModel

    Raises
    ------
    UnknownAudioModelError
        ``name`` is not registered; the message lists the registered names.
    FileNotFoundError
        The registered weights file is missing.
    ValueError
        The weights file's sha256 differs from the registered one.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if name not in _REGISTRY:
        raise UnknownAudioModelError(_unknown_message(name))
    entry = _REGISTRY[name]
    digest = None
    if entry.weights_path is not None and "weights_path" not in kwargs:
        if not entry.weights_path.is_file():
            raise FileNotFoundError(f"weights file of audio model {name!r} not found: {entry.weights_path}")
        digest = sha256_file(entry.weights_path)
        if entry.sha256 is not None and digest != entry.sha256:
            raise ValueError(f"weights file {entry.weights_path} has sha256 {digest}, registered as {entry.sha256}")
        kwargs["weights_path"] = entry.weights_path
    model = entry.loader(**kwargs)
    missing = [a for a in ("embed", "sample_rate", "embedding_size") if not hasattr(model, a)]
    if missing:
        raise TypeError(f"loader of {name!r} returned {type(model).__name__}, lacking {missing}")
    if getattr(model, "weights_hash", None) is None and digest is not None:
        model.weights_hash = digest
    model.name = name  # the name it was loaded by (what configs and stored datasets record)
    return model


def load_checkpoint_safely(path: str | Path, allowed_globals: Iterable[Any] = ()) -> Any:
    """Load a torch checkpoint without unrestricted unpickling.

    Uses ``torch.load(weights_only=True)``: only tensors, containers and primitive types are
    rebuilt, plus the extra ``allowed_globals`` (objects, or ``(object, "module.qualname")`` pairs
    when a file names an object by an old import path).

    Parameters
    ----------
    path : str or Path
        Checkpoint file (torch zip format).
    allowed_globals : iterable
        Extra allow-listed globals, as for ``torch.serialization.safe_globals``.

    Returns
    -------
    object
        The unpickled checkpoint, tensors on CPU.

    Raises
    ------
    UnsafeCheckpointError
        The file refers to a global outside the allow-list (nothing of it was executed).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    import pickle

    try:
        with torch.serialization.safe_globals(list(allowed_globals)):
            return torch.load(str(path), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as err:
        lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
        reason = next((ln for ln in lines if "Unsupported" in ln), lines[-1] if lines else repr(err))
        raise UnsafeCheckpointError(f"refused to unpickle {path}: {reason}") from err


def as_batch(audio: Any) -> np.ndarray:
    """Validate clips and return them as a C-contiguous ``(N, samples)`` float32 array.

    Parameters
    ----------
    audio : array-like or torch.Tensor
        ``(N, samples)`` or a single ``(samples,)`` clip.

    Returns
    -------
    np.ndarray
        ``(N, samples)`` float32.

    Raises
    ------
    ValueError
        Wrong number of dimensions, no samples, or non-finite values.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if isinstance(audio, torch.Tensor):
        audio = audio.detach().cpu().numpy()
    batch = np.ascontiguousarray(audio, dtype=np.float32)
    if batch.ndim == 1:
        batch = batch[None, :]
    if batch.ndim != 2:
        raise ValueError(f"audio must be (N, samples) mono clips, got shape {batch.shape}")
    if batch.shape[0] == 0 or batch.shape[1] == 0:
        raise ValueError(f"audio has no clips or no samples: shape {batch.shape}")
    if not np.isfinite(batch).all():
        raise ValueError("audio contains NaN or infinite samples")
    return batch


def embed_segments(
    clips: np.ndarray, segments_per_clip: int, batch_segments: int, embed_chunk: Callable[[torch.Tensor], torch.Tensor]
) -> np.ndarray:
    """Per-segment embeddings of clips that a model cuts into a fixed number of segments each.

    For models that embed segments of every clip (aisfx's blocks, EfficientAT's windows): as many
    whole clips go through ``embed_chunk`` at a time as fit in ``batch_segments`` segments (at
    least one clip), which bounds the memory of the front end and the network alike and keeps
    every clip's result independent of how clips are batched. Runs in ``torch.inference_mode``.

    Parameters
    ----------
    clips : np.ndarray
        ``(N, samples)`` float32, as from :func:`as_batch`.
    segments_per_clip : int
        ``S``, segments each clip is cut into.
    batch_segments : int
        Segments per call of ``embed_chunk`` at most (unless one clip has more).
    embed_chunk : callable
        ``(n, samples)`` float32 tensor of clips -> ``(n * S, D)`` float32 tensor of their segment
        embeddings, clip by clip.

    Returns
    -------
    np.ndarray
        ``(N, S, D)`` float32.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    clips_per_chunk = max(1, batch_segments // segments_per_clip)
    out: np.ndarray | None = None
    with torch.inference_mode():
        for start in range(0, clips.shape[0], clips_per_chunk):
            chunk = torch.from_numpy(clips[start : start + clips_per_chunk])
            part = embed_chunk(chunk).reshape(chunk.shape[0], segments_per_clip, -1).numpy()
            if out is None:
                out = np.empty((clips.shape[0],) + part.shape[1:], dtype=np.float32)
            out[start : start + chunk.shape[0]] = part
    if out is None:
        raise ValueError("no clips to embed")
    return out
