"""Audio and study constants, in one place, with units in their names.

Derived values are computed from base ones; defaults used in signatures elsewhere
are these names, never bare numbers.
"""

from __future__ import annotations

#: Sample rate of renders when no audio model asks for another one (aisfx's rate).
SAMPLE_RATE_HZ: int = 44_100

#: MIDI note, velocity and timing of the study's single rendered note (original study: C4, 100).
MIDI_NOTE: int = 60
MIDI_VELOCITY: int = 100
NOTE_HOLD_S: float = 1.5
RENDER_LENGTH_S: float = 2.0
FADE_OUT_S: float = 0.1

#: DawDreamer processing block size in samples.
BLOCK_SIZE: int = 128

#: Silence / clipping filter: a render is kept when RMS_MIN < RMS < RMS_MAX (linear, full scale = 1).
RMS_MIN: float = 0.01
RMS_MAX: float = 1.0
#: How many fresh draws a random preset gets before it is recorded as rejected.
MAX_SAMPLING_ATTEMPTS: int = 64

#: Clips embedded per audio-model call.
EMBED_BATCH: int = 32

#: Priors the presets of a random dataset are drawn from (:mod:`synthproxy.presets.bank_prior`): the spec's
#: alone, or mixed with perturbed hand-crafted training presets.
PRIORS: tuple[str, ...] = ("random", "bank-mix")
#: Bank-mix prior defaults: share of presets drawn from the banks (probability, 0..1); standard deviation of
#: the noise added to numeric parameters (normalized units, 0..1); probability that a categorical or binary
#: parameter of a bank preset is drawn afresh (0..1).
BANK_MIX_P_BANK: float = 0.5
BANK_MIX_JITTER: float = 0.05
BANK_MIX_REDRAW: float = 0.05

#: Dataset seeds of the study's splits (the original study's: train 500, val 401, test 600).
SPLIT_SEEDS: dict[str, int] = {"train": 500, "val": 401, "test": 600}

#: The 13 sound attributes of the original study's audio-model test, in its order (chapter 1;
#: each synth's adapter maps them to its parameters, :mod:`synthproxy.sweeps`).
ATTRIBUTES: tuple[str, ...] = (
    "amp_attack",
    "amp_decay",
    "filter_cutoff",
    "filter_decay",
    "filter_resonance",
    "lfo_amount_amp",
    "lfo_amount_filter",
    "lfo_amount_pitch",
    "lfo_rate_amp",
    "lfo_rate_filter",
    "lfo_rate_pitch",
    "pitch_coarse",
    "reverb_amount",
)

#: The Dexed plugin's DC blocker (PluginFx.cpp): pole at ``1 - DC_BLOCKER_RATE_HZ / sample_rate`` (~20 Hz).
DC_BLOCKER_RATE_HZ: float = 126.0
