"""Preset encoders: networks mapping a synth preset to the embedding of its rendered audio.

An encoder is an input encoding (:class:`OneHot` or :class:`Tokenizer`, built from the synth's
spec) followed by a network (:data:`ARCHS`: ``mlp``, ``highway``, ``resnet``, ``highway_tokens``,
``gru``, ``transformer``) in sizes ``s``/``b``/``l`` (:data:`SIZES`). Build one with
:func:`build_encoder`, rebuild one from a checkpoint with :func:`encoder_from_config`.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from synthproxy.encoders.architectures import (
    ARCHS,
    GATE_BIAS_INIT,
    MLP,
    SIZE_NAMES,
    SIZES,
    BiGRUSummary,
    GRUBody,
    HighwayBlock,
    MLPBlock,
    PresetEncoder,
    ResidualBlock,
    TransformerBody,
    build_encoder,
    count_parameters,
    encoder_from_config,
    input_layout,
)
from synthproxy.encoders.encodings import OneHot, PresetEncoding, Tokenizer, sinusoidal_positions
from synthproxy.encoders.token_paths import use_fast_paths

__all__ = [
    "ARCHS",
    "SIZE_NAMES",
    "SIZES",
    "GATE_BIAS_INIT",
    "PresetEncoding",
    "OneHot",
    "Tokenizer",
    "sinusoidal_positions",
    "MLPBlock",
    "HighwayBlock",
    "ResidualBlock",
    "MLP",
    "BiGRUSummary",
    "GRUBody",
    "TransformerBody",
    "PresetEncoder",
    "build_encoder",
    "encoder_from_config",
    "count_parameters",
    "input_layout",
    "use_fast_paths",
]
