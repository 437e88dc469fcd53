"""EfficientAT MobileNetV3 embeddings (Schmid, Koutini & Widmer, ICASSP 2023): ``"mn04"`` and ``"mn20"``.

EfficientAT's MobileNets were distilled from a PaSST transformer ensemble on AudioSet. The
original synth-proxy study embeds its renders with the AudioSet checkpoints ``mn04_as`` (width
multiplier 0.4, used for its proxy benchmark) and ``mn20_as`` (width 2.0), through the HEAR
wrapper ``hear_mn`` with the block features ``("b5", "b11", "b13", "b15")``. This module
rebuilds that pipeline; the network's parameter names and shapes are those of the published
checkpoints, which are read from a local file (nothing is downloaded).

Pipeline, for mono clips at 32 kHz:

1. **Windows**: each clip is reflect-padded by 80 ms (2560 samples) on both sides and cut into
   160 ms windows (5120 samples) every 50 ms (1600 samples): ``1 + samples // 1600`` windows
   (2 s -> 41). Clips need more than 2560 samples (the reflection must fit in the clip).
2. **Log-mel per window** (EfficientAT's ``AugmentMelSTFT`` in eval mode): pre-emphasis
   ``y[i] = x[i + 1] - 0.97 x[i]`` (one sample shorter), STFT with ``n_fft = 1024``, a
   symmetric Hann window of 800 samples (25 ms) centred in it, hop 320 (10 ms), ``center=True``
   with reflect padding (16 frames per window); power spectrum through 128 Kaldi-style mel
   triangles from 0 to 15 kHz (``fmax = sr / 2 - 1000``, the eval setting of the repository's
   default ``fmax=None``); then ``(log(x + 1e-5) + 4.5) / 5``.
3. **Network**: MobileNetV3-Large layout scaled by the width multiplier (channel counts rounded
   to multiples of 8), channel-wise squeeze-and-excitation, batch norms with ``eps = 1e-3``.
   ``features[0]`` is the input convolution, ``features[1]`` ... ``features[15]`` the 15
   inverted-residual blocks and ``features[16]`` the last 1x1 convolution; ``classifier`` is
   the AudioSet MLP head (527 classes). The HEAR wrapper's block ``b<i>`` is ``features[i]``.
4. **Embedding per window**: global average pooling (over frequency and time) of the outputs of
   blocks 5, 11, 13 and 15, concatenated. Their channel counts are 16 + 48 + 64 + 64 = 192 for
   ``mn04`` and 80 + 224 + 320 + 320 = 944 for ``mn20``.
5. **Pooling over time**: the mean of the window embeddings (the study's ``avg_time_pool``).
   :meth:`EfficientATModel.embed_windows` keeps them.

The network after block 15 (last convolution and classifier) does not affect the embedding and is
not run; its weights are still loaded and checked.

Weights: the published files (the EfficientAT GitHub releases page, release ``v0.0.1``) are
``mn04_as_mAP_432.pt`` and ``mn20_as_mAP_478.pt``, plain state dicts. Put them in the folder
named by the environment variable ``SYNTHPROXY_EFFICIENTAT_DIR``, or pass ``weights_path=``.
They are unpickled with ``torch.load(weights_only=True)``, and every tensor name and shape is
checked against this module's network before anything is loaded.

Speed: windows are 5 STFT hops apart, so the 13 inner frames of every window's spectrogram come
from one STFT of the whole clip and only the 3 edge frames are computed per window
(:meth:`EfficientATFrontEnd.window_features`, equal to the per-window front end to the bit). The
network runs with batch norms folded into the convolutions, in-place activations and
channels-last layout, on ``batch_windows`` windows per pass. ``precision="float32"`` (the
default; ``"auto"`` means it too) matches the unfolded network to float32 rounding (max relative
difference ~1e-6). ``precision="bfloat16"`` runs layers 2 to 15 under bfloat16 autocast: about
2x faster for ``mn20`` on CPUs with AMX, hardly faster for ``mn04``; its embeddings have cosine
similarity ~0.9986 (``mn04``) and ~0.9994 (``mn20``) with float32 ones on a random-weight
stand-in network (the published weights were not available to measure), so it is opt-in.

Modules, one concept each: :mod:`~synthproxy.audio_models.efficientat.frontend` (steps 1-2),
:mod:`~synthproxy.audio_models.efficientat.network` (steps 3-4),
:mod:`~synthproxy.audio_models.efficientat.weights` (finding, checking and loading checkpoints),
:mod:`~synthproxy.audio_models.efficientat.model` (step 5, the ``AudioModel`` and its loaders).
Every public name is importable from this package.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

from synthproxy.audio_models.efficientat.frontend import (
    EFFICIENTAT_FMAX_HZ,
    EFFICIENTAT_FMIN_HZ,
    EFFICIENTAT_HOP_LENGTH_SAMPLES,
    EFFICIENTAT_LOG_OFFSET,
    EFFICIENTAT_N_FFT,
    EFFICIENTAT_N_MELS,
    EFFICIENTAT_NORM_SCALE,
    EFFICIENTAT_NORM_SHIFT,
    EFFICIENTAT_PREEMPHASIS,
    EFFICIENTAT_SAMPLE_RATE_HZ,
    EFFICIENTAT_WIN_LENGTH_SAMPLES,
    EFFICIENTAT_WINDOW_HOP_SAMPLES,
    EFFICIENTAT_WINDOW_SAMPLES,
    EfficientATFrontEnd,
    cut_windows,
    kaldi_mel_filterbank,
    num_windows,
)
from synthproxy.audio_models.efficientat.model import EfficientATModel, load_efficientat, load_mn04, load_mn20
from synthproxy.audio_models.efficientat.network import (
    EFFICIENTAT_BLOCK_IDS,
    EFFICIENTAT_NUM_CLASSES,
    EfficientATNet,
    make_divisible,
)
from synthproxy.audio_models.efficientat.weights import (
    EFFICIENTAT_DIR_ENV,
    EFFICIENTAT_RELEASES_PAGE,
    EFFICIENTAT_VARIANTS,
    EfficientATCheckpointError,
    EfficientATVariant,
    EfficientATWeightsNotFound,
    check_state_dict,
    efficientat_weights_path,
    expected_state_dict_shapes,
    load_efficientat_state_dict,
)

__all__ = [
    "EFFICIENTAT_SAMPLE_RATE_HZ",
    "EFFICIENTAT_N_FFT",
    "EFFICIENTAT_WIN_LENGTH_SAMPLES",
    "EFFICIENTAT_HOP_LENGTH_SAMPLES",
    "EFFICIENTAT_N_MELS",
    "EFFICIENTAT_FMIN_HZ",
    "EFFICIENTAT_FMAX_HZ",
    "EFFICIENTAT_PREEMPHASIS",
    "EFFICIENTAT_LOG_OFFSET",
    "EFFICIENTAT_NORM_SHIFT",
    "EFFICIENTAT_NORM_SCALE",
    "EFFICIENTAT_WINDOW_SAMPLES",
    "EFFICIENTAT_WINDOW_HOP_SAMPLES",
    "EFFICIENTAT_BLOCK_IDS",
    "EFFICIENTAT_NUM_CLASSES",
    "EFFICIENTAT_DIR_ENV",
    "EFFICIENTAT_RELEASES_PAGE",
    "EfficientATVariant",
    "EFFICIENTAT_VARIANTS",
    "EfficientATWeightsNotFound",
    "EfficientATCheckpointError",
    "make_divisible",
    "kaldi_mel_filterbank",
    "EfficientATFrontEnd",
    "EfficientATNet",
    "EfficientATModel",
    "num_windows",
    "cut_windows",
    "efficientat_weights_path",
    "expected_state_dict_shapes",
    "check_state_dict",
    "load_efficientat_state_dict",
    "load_efficientat",
    "load_mn04",
    "load_mn20",
]
