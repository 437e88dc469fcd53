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

The package's modules, each importable alone (everything listed in ``__all__`` is also here):

- :mod:`~synthproxy.match.constants`: the defaults, with their units; :mod:`~synthproxy.match.errors`:
  :class:`MatchError` and its subclasses;
- :mod:`~synthproxy.match.distances`: embedding, multi-resolution STFT and preset distances;
- :mod:`~synthproxy.match.banks`: :class:`Bank` and where banks come from (bank files, stores, the
  synth's default bank, a bank cleared of the targets);
- :mod:`~synthproxy.match.targets`: a target sound file read as a render; held-out targets;
- :mod:`~synthproxy.match.results`: :class:`Candidate`, :class:`Refinement`, :class:`MatchResult`,
  :class:`SearchResult`;
- :mod:`~synthproxy.match.matcher`: :class:`SoundMatcher` (loading, the cached bank embeddings, the
  three stages) and :func:`find_checkpoint`; :mod:`~synthproxy.match.refinement`: the relaxed
  presets of stage (b);
- :mod:`~synthproxy.match.baselines`: the three searches without the proxy;
- :mod:`~synthproxy.match.export`: :func:`write_matches` and :func:`match_target_file`;
- :mod:`~synthproxy.match.comparison`: :func:`compare_methods` and its summaries;
- :mod:`~synthproxy.match.display`: players, tables and figures for notebooks.

Matching only reads what earlier stages made (checkpoints, banks, stores): it imports nothing of
training, evaluation, data generation, figures, the explorer or the command line.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

from synthproxy.match.banks import Bank, default_bank, handcrafted_bank, load_bank, search_bank, store_bank
from synthproxy.match.comparison import (
    Comparison,
    compare_methods,
    describe_comparison,
    save_comparison,
    summarize_comparison,
)

# every default of match.constants stays importable from synthproxy.match (only METHODS is in __all__)
from synthproxy.match.constants import (  # noqa: F401
    CANDIDATES,
    EVOLUTION_INIT_SHARE,
    EVOLUTION_LAMBDA,
    EVOLUTION_MU,
    EVOLUTION_MUTATION_RATE,
    EVOLUTION_SIGMA,
    MATCH_THREADS,
    MATCHES,
    METHODS,
    NEAR_COPY_DISTANCE,
    PROJECT_EVERY,
    PROXY_BATCH,
    REFINE_DISCRETE,
    REFINE_LOGIT_LR,
    REFINE_LR,
    REFINE_MARGIN,
    REFINE_PENALTY,
    REFINE_RADIUS,
    REFINE_STARTS,
    REFINE_STEPS,
    START_PROBABILITY,
    STFT_FFT_SIZES,
    STFT_HOP_FRACTION,
    STFT_MAGNITUDE_FLOOR,
    TARGET_MAX_BYTES,
    TARGET_RMS_MIN,
    TEMPERATURE_END,
    TEMPERATURE_START,
)
from synthproxy.match.display import (
    audio_player,
    candidates_table,
    markdown_text,
    plot_comparison,
    plot_refinement,
    sound_outputs,
)
from synthproxy.match.distances import embedding_distance, preset_distance, stft_distance
from synthproxy.match.errors import EmptyBankError, MatchError, SynthMismatchError, TargetError
from synthproxy.match.export import match_target_file, write_matches
from synthproxy.match.matcher import SoundMatcher, find_checkpoint
from synthproxy.match.results import Candidate, MatchResult, Refinement, SearchResult
from synthproxy.match.targets import fit_length, heldout_targets, read_target

__all__ = [
    "MatchError",
    "TargetError",
    "SynthMismatchError",
    "EmptyBankError",
    "Bank",
    "Refinement",
    "Candidate",
    "MatchResult",
    "SearchResult",
    "SoundMatcher",
    "Comparison",
    "stft_distance",
    "embedding_distance",
    "preset_distance",
    "read_target",
    "fit_length",
    "handcrafted_bank",
    "store_bank",
    "load_bank",
    "default_bank",
    "heldout_targets",
    "search_bank",
    "find_checkpoint",
    "write_matches",
    "compare_methods",
    "summarize_comparison",
    "save_comparison",
    "describe_comparison",
    "candidates_table",
    "audio_player",
    "markdown_text",
    "sound_outputs",
    "plot_refinement",
    "plot_comparison",
    "match_target_file",
    "METHODS",
]
