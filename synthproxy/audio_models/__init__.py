"""Frozen audio models ``g``: mono clips -> one embedding per clip, looked up by name.

Built in:

``"aisfx"`` (default)
    Pretrained sound-effects CNN, 512-d, 44.1 kHz; weights from the ``aisfx`` wheel
    (``pip install --no-deps aisfx==0.1.2``). See :mod:`synthproxy.audio_models.aisfx`.
``"mel"``
    Time-averaged 128-band log-mel (dB), 128-d, 44.1 kHz; no weights.
``"mfcc"``
    Time-averaged 40 MFCCs, 40-d, 44.1 kHz; no weights.

Add a model with :func:`register`::

    from synthproxy import audio_models
    audio_models.register("mine", my_loader, weights_path="~/models/mine.pt")
    g = audio_models.load("mine")
    z = g.embed(clips)            # (N, samples) float32 -> (N, D) float32

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

from synthproxy.audio_models.aisfx import AisfxModel, AisfxWeightsNotFound, load_aisfx
from synthproxy.audio_models.base import (
    AudioModel,
    UnknownAudioModelError,
    UnsafeCheckpointError,
    as_batch,
    load,
    load_checkpoint_safely,
    names,
    register,
    sha256_file,
    unregister,
)
from synthproxy.audio_models.efficientat import load_mn04, load_mn20
from synthproxy.audio_models.mel import MelBaseline, MfccBaseline, load_mel, load_mfcc

__all__ = [
    "DEFAULT_AUDIO_MODEL",
    "AudioModel",
    "AisfxModel",
    "MelBaseline",
    "MfccBaseline",
    "UnknownAudioModelError",
    "UnsafeCheckpointError",
    "AisfxWeightsNotFound",
    "register",
    "unregister",
    "names",
    "load",
    "sha256_file",
    "load_checkpoint_safely",
    "as_batch",
]

#: Name of the audio model used when none is given.
DEFAULT_AUDIO_MODEL: str = "aisfx"

register("aisfx", load_aisfx)
register("mel", load_mel)
register("mfcc", load_mfcc)
register("mn04", load_mn04)
register("mn20", load_mn20)
