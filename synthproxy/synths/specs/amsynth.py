"""The ``amsynth`` synth's adapter: amsynth banks, Debian's factory banks, the amsynth attribute sweeps.

This file is the worked example of ``book/how_to_run.md``: a synth with a bank format is one spec file
(``amsynth.toml``) plus this adapter, loaded by :func:`synthproxy.presets.adapter.adapter_for`.

Splits (:mod:`synthproxy.presets.split`, committed in ``data/amsynth/split.csv``), by bank file of Debian's
amsynth package (28 files: ``amsynth_factory.bank``, ``BriansBank01`` .. ``22``, ``PatriksBank01`` .. ``05``):
the banks without a number (``amsynth_factory``) and those whose number is a multiple of
:data:`HELD_OUT_EVERY` (5, 10, ...) are test banks; those numbered :data:`VALIDATION_OFFSET` past a multiple
(3, 8, ...) are validation banks; the others are training banks. A preset of a validation or training
bank is dropped when it is a near-copy of a test preset (or, for a training preset, of a kept validation
preset): at most :data:`NEAR_COPY_PARAMETERS` of the spec's used parameters differ once both presets
are reduced to the spec (:func:`synthproxy.presets.handcrafted.reduce_to_spec`).

Attribute sweeps (:mod:`synthproxy.sweeps`), in normalized values (native ranges in ``amsynth.toml``):

==================  ==================  ===========  ==================================================
attribute           sweep               range        set
==================  ==================  ===========  ==================================================
amp_attack          amp_attack          0 -> 0.5     amp_sustain 1, no distortion, no LFO on amp
                                                     (nominal 0 -> 1.95 s)
amp_decay           amp_decay           0.25 -> 0.7  amp_attack 0, amp_sustain 0.1, no distortion, no LFO
                                                     on amp (nominal 0.24 -> 5.4 s)
filter_cutoff       filter_cutoff       0 -> 1       low pass, triangle/saw oscillators, no filter env.
filter_decay        filter_decay        0 -> 0.6     as above, cutoff 0.3, env. amount +9.6 (0.8),
                                                     filter attack 0, sustain 0 (0 -> 3.4 s)
filter_resonance    filter_resonance    0 -> 1       low pass, triangle/saw, cutoff 0.45, no filter env.
lfo_amount_amp      amp_mod_amount      0 -> 1       LFO sine at 0.3 (5 Hz), no other LFO routing
lfo_amount_filter   filter_mod_amount   0 -> 1       as above, plus low pass, triangle/saw, cutoff 0.55
lfo_amount_pitch    freq_mod_amount     0 -> 1       LFO sine at 0.3, on both oscillators
lfo_rate_amp        lfo_freq            0.1 -> 0.6   amp_mod_amount 1, no other routing (0.56 -> 20 Hz)
lfo_rate_filter     lfo_freq            0.1 -> 0.6   filter_mod_amount 1, low pass, triangle/saw, cutoff 0.55
lfo_rate_pitch      lfo_freq            0.1 -> 0.6   freq_mod_amount 0.6, on both oscillators
pitch_coarse        osc2_pitch          0 -> 1       osc_mix 1 (only oscillator 2 heard), no ring mod.
                                                     (-12 -> +12 semitones)
reverb_amount       reverb_wet          0 -> 1       reverb_roomsize 0.7
==================  ==================  ===========  ==================================================

amsynth's LFO amounts are not bipolar in effect: ``amp_mod_amount`` and ``filter_mod_amount`` run from
no modulation (normalized 0) to full (1), and so does ``freq_mod_amount``; every sweep covers the whole
range, so no sweep crosses a sign change.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.paths import AMSYNTH_DIR
from synthproxy.presets import amsynth_bank
from synthproxy.presets.adapter import BankFormat, SynthAdapter
from synthproxy.presets.bank import BankPreset
from synthproxy.synths.spec import SynthSpec

#: Where Debian's amsynth package installs its factory banks.
FACTORY_BANKS: Path = Path("/usr/share/amsynth/banks")
#: Banks whose number is a multiple of HELD_OUT_EVERY (and banks without a number) are test banks.
HELD_OUT_EVERY: int = 5
#: Banks numbered VALIDATION_OFFSET past a multiple of HELD_OUT_EVERY are validation banks.
VALIDATION_OFFSET: int = 3
#: A preset is a near-copy of another when at most this many used parameters differ (of 36: the share
#: 16 / 118 of the DX7 rule, rounded down).
NEAR_COPY_PARAMETERS: int = 4


def _bank_number(path: Path) -> int | None:
    """The number ending a bank's name (``BriansBank05.amSynth.bank`` -> 5); None when there is none."""
    stem = path.name.split(".", 1)[0]
    digits = stem[len(stem.rstrip("0123456789")) :]
    return int(digits) if digits else None


def is_test_bank(path: Path) -> bool:
    """Banks without a number and every :data:`HELD_OUT_EVERY`-th numbered bank are test banks."""
    n = _bank_number(path)
    return n is None or n % HELD_OUT_EVERY == 0


def is_validation_bank(path: Path) -> bool:
    """Banks numbered :data:`VALIDATION_OFFSET` past a multiple of :data:`HELD_OUT_EVERY` (3, 8, 13, ...)."""
    n = _bank_number(path)
    return n is not None and n % HELD_OUT_EVERY == VALIDATION_OFFSET


def read_amsynth(path: Path, spec: SynthSpec) -> list[BankPreset]:
    """The presets of an amsynth bank (``.amSynth.bank``, older ``.bank``) as :class:`BankPreset` values."""
    return [BankPreset(p.bank, p.index, p.name, p.values) for p in amsynth_bank.read_bank(path, spec)]


def write_amsynth(path: Path, items: Sequence[tuple[str, np.ndarray]], spec: SynthSpec) -> Path:
    """Presets ``(name, values)`` as an amsynth bank file."""
    return amsynth_bank.write_bank(path, list(items), spec)


_AMS_NO_LFO = {"amp_mod_amount": 0.0, "filter_mod_amount": 0.0, "freq_mod_amount": 0.0}
_AMS_LFO = {"lfo_waveform": "sine", "lfo_freq": 0.3}
_AMS_CLEAN_AMP = {"distortion_crunch": 0.0, "amp_mod_amount": 0.0}
_AMS_LOWPASS = {
    "filter_type": "low pass",
    "osc1_waveform": "triangle / saw",
    "osc2_waveform": "triangle / saw",
    "filter_env_amount": 0.5,
}

_AMSYNTH: dict[str, dict[str, Any]] = {
    "amp_attack": {"sweep": ["amp_attack"], "range": [0.0, 0.5], "set": {**_AMS_CLEAN_AMP, "amp_sustain": 1.0}},
    "amp_decay": {
        "sweep": ["amp_decay"],
        "range": [0.25, 0.7],
        "set": {**_AMS_CLEAN_AMP, "amp_attack": 0.0, "amp_sustain": 0.1},
    },
    "filter_cutoff": {"sweep": ["filter_cutoff"], "range": [0.0, 1.0], "set": {**_AMS_LOWPASS}},
    "filter_decay": {
        "sweep": ["filter_decay"],
        "range": [0.0, 0.6],
        "set": {
            **_AMS_LOWPASS,
            "filter_cutoff": 0.3,
            "filter_env_amount": 0.8,
            "filter_attack": 0.0,
            "filter_sustain": 0.0,
        },
    },
    "filter_resonance": {
        "sweep": ["filter_resonance"],
        "range": [0.0, 1.0],
        "set": {**_AMS_LOWPASS, "filter_cutoff": 0.45},
    },
    "lfo_amount_amp": {"sweep": ["amp_mod_amount"], "range": [0.0, 1.0], "set": {**_AMS_NO_LFO, **_AMS_LFO}},
    "lfo_amount_filter": {
        "sweep": ["filter_mod_amount"],
        "range": [0.0, 1.0],
        "set": {**_AMS_NO_LFO, **_AMS_LFO, **_AMS_LOWPASS, "filter_cutoff": 0.55},
    },
    "lfo_amount_pitch": {
        "sweep": ["freq_mod_amount"],
        "range": [0.0, 1.0],
        "set": {**_AMS_NO_LFO, **_AMS_LFO, "freq_mod_osc": "osc 1+2"},
    },
    "lfo_rate_amp": {
        "sweep": ["lfo_freq"],
        "range": [0.1, 0.6],
        "set": {**_AMS_NO_LFO, "lfo_waveform": "sine", "amp_mod_amount": 1.0},
    },
    "lfo_rate_filter": {
        "sweep": ["lfo_freq"],
        "range": [0.1, 0.6],
        "set": {**_AMS_NO_LFO, **_AMS_LOWPASS, "lfo_waveform": "sine", "filter_mod_amount": 1.0, "filter_cutoff": 0.55},
    },
    "lfo_rate_pitch": {
        "sweep": ["lfo_freq"],
        "range": [0.1, 0.6],
        "set": {**_AMS_NO_LFO, "lfo_waveform": "sine", "freq_mod_amount": 0.6, "freq_mod_osc": "osc 1+2"},
    },
    "pitch_coarse": {"sweep": ["osc2_pitch"], "range": [0.0, 1.0], "set": {"osc_mix": 1.0, "osc_mix_mode": 0.0}},
    "reverb_amount": {"sweep": ["reverb_wet"], "range": [0.0, 1.0], "set": {"reverb_roomsize": 0.7}},
}


ADAPTER = SynthAdapter(
    bank_format=BankFormat(
        ".bank", read_amsynth, write_amsynth, capacity=amsynth_bank.MAX_PRESETS, file_name="matches.amSynth.bank"
    ),
    bank_folders=(FACTORY_BANKS,),
    is_test_bank=is_test_bank,
    is_validation_bank=is_validation_bank,
    split_file=AMSYNTH_DIR / "split.csv",
    near_copy_distance=NEAR_COPY_PARAMETERS,
    attributes=_AMSYNTH,
)
