"""Regenerate the aisfx reference fixtures with the aisfx package's own code.

Run from the repository root with aisfx 0.1.2 installed (``pip install --no-deps aisfx==0.1.2``)::

    python tests/data/audio_models/make_reference.py

Writes, next to this file:

``clip.npy``
    ``(152576,)`` int16 mono clip at 44.1 kHz (3.46 s: 150 aisfx frames, exactly two blocks);
    float samples are ``clip / 32768``. A seeded synth-like note (FM tone, harmonics, noise attack).
``aisfx_blocks_full.npy`` / ``aisfx_blocks_2s.npy``
    ``(2, 512)`` / ``(1, 512)`` float32 per-block embeddings of the whole clip / its first 2 s
    (88 200 samples), from aisfx's ``spectrogram_librosa.compute_spectrogram``,
    ``preprocessing.spectrogram_normalize`` and ``inference.model_get_embedding`` with its
    ``CrossNet`` model (``emb_hop_size=0.5``, ``drop_partial_block=True``), the spectrogram
    transposed to ``(frames, 96)`` first (aisfx's librosa path returns ``(96, frames)`` and would
    block the mel axis as time; its Essentia path, used in training, returns ``(frames, 96)``).
    The checkpoint is read with ``torch.load(weights_only=True)`` (aisfx's own ``load_weights``
    calls ``torch.load`` without it, which torch >= 2.6 refuses).
``reference.json``
    Versions used and the checkpoint's sha256.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

SAMPLE_RATE_HZ = 44_100
NUM_SAMPLES = 152_576
TWO_SECONDS_SAMPLES = 88_200


def make_clip() -> np.ndarray:
    """The fixture clip as int16."""
    rng = np.random.default_rng(20240601)
    t = np.arange(NUM_SAMPLES) / SAMPLE_RATE_HZ
    f0 = 220.0
    env = np.minimum(1.0, t / 0.01) * np.exp(-t * 1.2)
    mod = 3.0 * np.exp(-t * 2.0) * np.sin(2 * np.pi * 2 * f0 * t)
    y = 0.6 * np.sin(2 * np.pi * f0 * t + mod) * env
    y += sum(0.2 / k * np.sin(2 * np.pi * f0 * k * t) for k in range(2, 9)) * env
    y += 0.3 * rng.standard_normal(t.size) * np.exp(-t * 40.0)
    y *= 0.7 / np.abs(y).max()
    return np.round(y * 32767).astype(np.int16)


def reference_blocks(audio: np.ndarray) -> np.ndarray:
    """aisfx's own pipeline on ``audio`` (float32) -> ``(num_blocks, 512)``."""
    import soundfile as sf
    from aisfx import inference
    from aisfx.preprocessing import spectrogram_normalize
    from aisfx.spectrogram import spectrogram_librosa

    from synthproxy.audio_models.aisfx import _numpy_pickle_globals
    from synthproxy.audio_models.base import load_checkpoint_safely

    weights, datasets = load_checkpoint_safely(inference.get_path_modelWeights(), _numpy_pickle_globals())
    model = inference.load_bestModel(weights, datasets, "cpu")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "clip.wav"
        sf.write(path, audio, SAMPLE_RATE_HZ, subtype="FLOAT")
        spec = spectrogram_librosa.compute_spectrogram(
            filename=str(path),
            sr=inference.SAMPLE_RATE,
            block_size=inference.SPEC_BLOCK_LENGTH,
            hop_size=inference.SPEC_HOP_LENGTH,
            n_mels=inference.MEL_BINS,
            f_min=inference.F_MIN,
            f_max=inference.F_MAX,
        )
    spec = spectrogram_normalize(spec, spec_norm="original").T
    return inference.model_get_embedding(spec, 0.5, True, model, "cpu").numpy().astype(np.float32)


def main() -> None:
    import aisfx  # noqa: F401  (fail early if missing)
    import librosa
    import torch

    from synthproxy.audio_models.aisfx import aisfx_checkpoint_path
    from synthproxy.audio_models.base import sha256_file

    clip = make_clip()
    np.save(HERE / "clip.npy", clip)
    audio = clip.astype(np.float32) / 32768.0
    full = reference_blocks(audio)
    two = reference_blocks(audio[:TWO_SECONDS_SAMPLES])
    np.save(HERE / "aisfx_blocks_full.npy", full)
    np.save(HERE / "aisfx_blocks_2s.npy", two)
    from importlib.metadata import version

    meta = {
        "aisfx": version("aisfx"),
        "librosa": librosa.__version__,
        "numpy": np.__version__,
        "torch": torch.__version__,
        "checkpoint_sha256": sha256_file(aisfx_checkpoint_path()),
        "sample_rate_hz": SAMPLE_RATE_HZ,
        "clip_samples": NUM_SAMPLES,
        "two_seconds_samples": TWO_SECONDS_SAMPLES,
        "blocks_full_shape": list(full.shape),
        "blocks_2s_shape": list(two.shape),
    }
    (HERE / "reference.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))


if __name__ == "__main__":
    main()
