"""Defaults of sound matching, in one place, each with its unit.

Counts are presets, renders or steps; distances are in the units of the function that measures
them (:func:`~synthproxy.match.distances.embedding_distance`: mean absolute difference of embeddings;
:func:`~synthproxy.match.distances.preset_distance`: mean per-parameter difference of normalized values).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

__all__ = [
    "MATCHES",
    "CANDIDATES",
    "REFINE_STARTS",
    "REFINE_STEPS",
    "REFINE_LR",
    "REFINE_LOGIT_LR",
    "TEMPERATURE_START",
    "TEMPERATURE_END",
    "START_PROBABILITY",
    "PROJECT_EVERY",
    "REFINE_RADIUS",
    "REFINE_DISCRETE",
    "REFINE_PENALTY",
    "REFINE_MARGIN",
    "EVOLUTION_INIT_SHARE",
    "EVOLUTION_MU",
    "EVOLUTION_LAMBDA",
    "EVOLUTION_MUTATION_RATE",
    "EVOLUTION_SIGMA",
    "STFT_FFT_SIZES",
    "STFT_HOP_FRACTION",
    "STFT_MAGNITUDE_FLOOR",
    "TARGET_MAX_BYTES",
    "TARGET_RMS_MIN",
    "NEAR_COPY_DISTANCE",
    "PROXY_BATCH",
    "MATCH_THREADS",
    "METHODS",
]

# -- a match ---------------------------------------------------------------------------------------
#: Presets returned by a match.
MATCHES: int = 5
#: Real renders of the verification stage (retrieved and refined candidates together).
CANDIDATES: int = 32

# -- refinement --------------------------------------------------------------------------------------
#: Retrieved presets refined by gradient descent (one refined preset each).
REFINE_STARTS: int = 8
#: Gradient steps of the refinement.
REFINE_STEPS: int = 200
#: Adam learning rate of numeric values (normalized units) and of category / switch logits.
REFINE_LR: float = 0.02
REFINE_LOGIT_LR: float = 0.1
#: Softmax / sigmoid temperature of relaxed categorical and binary parameters, first and last step.
TEMPERATURE_START: float = 1.0
TEMPERATURE_END: float = 0.1
#: Probability the relaxation gives a start preset's own category (and switch position) at step 0.
START_PROBABILITY: float = 0.95
#: The refinement projects to valid presets every this many steps and keeps the best one.
PROJECT_EVERY: int = 10
#: Trust region: largest move of a numeric value from its start (normalized units; inf: none).
REFINE_RADIUS: float = float("inf")
#: Whether refinement may change categorical and binary parameters (False: they keep the start's).
REFINE_DISCRETE: bool = True
#: A projected preset is scored by its proxy distance plus this times its preset_distance from its
#: start (embedding L1 per preset-distance unit). The proxy is optimistic off its training presets:
#: along the Dexed descent (benchmarks/refinement.py, results/refinement/dexed.json) the real distance
#: minus the proxy distance grew by about 3 per unit of preset_distance over the first steps (1.3-2 per
#: unit over longer moves), so a move is kept only when the proxy's gain exceeds that expected error;
#: 0 keeps the best projected preset by proxy distance alone (the old rule, which made matches worse).
REFINE_PENALTY: float = 3.0
#: A refined preset replaces its start only when its score is lower than the start's proxy distance by
#: more than this (embedding L1).
REFINE_MARGIN: float = 0.0

# -- baselines ---------------------------------------------------------------------------------------
#: Evolutionary search: share of the budget spent on the random initial population, parents kept
#: (mu) and offspring per generation (lambda), per-value mutation probability, numeric mutation scale
#: (normalized units).
EVOLUTION_INIT_SHARE: float = 0.25
EVOLUTION_MU: int = 4
EVOLUTION_LAMBDA: int = 8
EVOLUTION_MUTATION_RATE: float = 0.1
EVOLUTION_SIGMA: float = 0.1

# -- distances ---------------------------------------------------------------------------------------
#: Multi-resolution STFT distance: FFT sizes (samples), hop as a fraction of the FFT size, magnitude floor
#: (linear, full scale = 1).
STFT_FFT_SIZES: tuple[int, ...] = (2048, 1024, 512, 256)
STFT_HOP_FRACTION: float = 0.25
STFT_MAGNITUDE_FLOOR: float = 1e-4

# -- targets and banks -------------------------------------------------------------------------------
#: Largest target sound file read, bytes.
TARGET_MAX_BYTES: int = 2 << 30
#: A target whose RMS is at most this (linear, full scale = 1; -80 dBFS) is refused as silent.
TARGET_RMS_MIN: float = 1e-4
#: Bank presets this close to a target (:func:`~synthproxy.match.distances.preset_distance`) count as
#: copies of it.
NEAR_COPY_DISTANCE: float = 0.02

# -- the matcher's work ------------------------------------------------------------------------------
#: Presets per forward pass when the proxy embeds a bank.
PROXY_BATCH: int = 512
#: Torch threads of the matcher's proxy and audio-model passes: its batches are small, and on a busy
#: 2-core machine one thread ran them 3-6 times faster than two.
MATCH_THREADS: int = 1

# -- the comparison ----------------------------------------------------------------------------------
#: Methods compared by :func:`~synthproxy.match.comparison.compare_methods`, in display order.
METHODS: tuple[str, ...] = (
    "retrieval",
    "retrieval + refinement",
    "retrieval + refinement + verification",
    "random bank presets",
    "random search",
    "evolutionary search",
)
