"""The ``talnm`` synth's adapter: TAL-NoiseMaker LV2 preset bundles (``presets.ttl``), the shipped ones, and the
original study's 13 sound-attribute sweeps on the synth they were designed on.

Attribute sweeps (normalized values; the meaning of the categories read from the plugin's source,
``third_party/tal-noisemaker``, ``SynthEngine.h`` and ``LfoHandler.h``):

==================  ============  ===========  ===============================================================
attribute           sweep         range        set
==================  ============  ===========  ===============================================================
amp_attack          ampattack     0 -> 0.6     amp sustain 1, both LFOs off
amp_decay           ampdecay      0.35 -> 0.8  amp attack 0, sustain 0.2, both LFOs off
filter_cutoff       cutoff        0.15 -> 1    low pass 24 dB, no filter envelope, no resonance, LFO 1 off
filter_decay        filterdecay   0 -> 0.6     low pass, cutoff 0.3, envelope amount +0.8, attack 0, sustain 0
filter_resonance    resonance     0 -> 1       low pass, cutoff 0.45, no filter envelope
lfo_amount_amp      lfo2amount    0.5 -> 1     LFO 2 (sine, rate 0.4) on volume, LFO 1 off
lfo_amount_filter   lfo1amount    0.5 -> 1     LFO 1 (sine, rate 0.4) on the filter, low pass, cutoff 0.5
lfo_amount_pitch    lfo1amount    0.5 -> 1     LFO 1 (sine, rate 0.4) on oscillators 1+2 pitch, LFO 2 off
lfo_rate_amp        lfo2rate      0.1 -> 0.6   LFO 2 on volume at amount 0.8, LFO 1 off
lfo_rate_filter     lfo1rate      0.1 -> 0.6   LFO 1 on the filter at full amount, low pass, cutoff 0.5
lfo_rate_pitch      lfo1rate      0.1 -> 0.6   LFO 1 on oscillators 1+2 pitch at amount 0.8
pitch_coarse        osc1tune      0.25 -> 0.75 oscillator 1 saw at 0.8, oscillator 2 silent (-12 -> +12 semitones)
reverb_amount       reverbwet     0 -> 1       reverb decay 0.7
==================  ============  ===========  ===============================================================

LFO amounts are centred (0.5 = no modulation), so each amount sweep runs from none to full.

Splits (:mod:`synthproxy.presets.split`): both preset files are test banks (the adapter default), so all
347 presets (256 factory, 91 Noise4U) are test presets and none is trained on;
``data/tal-noisemaker/split.csv`` lists them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.paths import TAL_NOISEMAKER_DIR
from synthproxy.presets import tal_bank
from synthproxy.presets.adapter import BankFormat, SynthAdapter
from synthproxy.synths.spec import SynthSpec

#: Presets one written bundle holds (the plugin's factory bank has 256 programs).
BUNDLE_PRESETS: int = 256

# -- the original study's 13 sound attributes, on TAL-NoiseMaker (the synth the study designed them on) --
# Normalized values. Categories by value: filtertype 0 = LP 24 dB; lfo1destination 1/7 = filter, 1 = osc 1+2
# pitch; lfo2destination 5/7 = volume; lfo waveforms 0 = sine. LFO amounts are centred (0.5 = none), so a
# sweep from 0.5 to 1 raises the modulation from none to full; the other LFO is sent nowhere (destination 0).
_LFO1_FILTER, _LFO1_PITCH, _LFO2_VOLUME = 1 / 7, 1.0, 5 / 7
_NO_LFO1, _NO_LFO2 = {"lfo1destination": 0.0}, {"lfo2destination": 0.0}
_LOWPASS = {"filtertype": 0.0, "filtercontour": 0.5, "resonance": 0.0}

_TALNM: dict[str, dict[str, Any]] = {
    "amp_attack": {"sweep": ["ampattack"], "range": [0.0, 0.6], "set": {"ampsustain": 1.0, **_NO_LFO1, **_NO_LFO2}},
    "amp_decay": {
        "sweep": ["ampdecay"],
        "range": [0.35, 0.8],
        "set": {"ampattack": 0.0, "ampsustain": 0.2, **_NO_LFO1, **_NO_LFO2},
    },
    "filter_cutoff": {"sweep": ["cutoff"], "range": [0.15, 1.0], "set": {**_LOWPASS, **_NO_LFO1}},
    "filter_decay": {
        "sweep": ["filterdecay"],
        "range": [0.0, 0.6],
        "set": {**_LOWPASS, "cutoff": 0.3, "filtercontour": 0.9, "filterattack": 0.0, "filtersustain": 0.0, **_NO_LFO1},
    },
    "filter_resonance": {"sweep": ["resonance"], "range": [0.0, 1.0], "set": {**_LOWPASS, "cutoff": 0.45, **_NO_LFO1}},
    "lfo_amount_amp": {
        "sweep": ["lfo2amount"],
        "range": [0.5, 1.0],
        "set": {"lfo2destination": _LFO2_VOLUME, "lfo2waveform": 0.0, "lfo2rate": 0.4, **_NO_LFO1},
    },
    "lfo_amount_filter": {
        "sweep": ["lfo1amount"],
        "range": [0.5, 1.0],
        "set": {
            **_LOWPASS,
            "cutoff": 0.5,
            "lfo1destination": _LFO1_FILTER,
            "lfo1waveform": 0.0,
            "lfo1rate": 0.4,
            **_NO_LFO2,
        },
    },
    "lfo_amount_pitch": {
        "sweep": ["lfo1amount"],
        "range": [0.5, 1.0],
        "set": {"lfo1destination": _LFO1_PITCH, "lfo1waveform": 0.0, "lfo1rate": 0.4, **_NO_LFO2},
    },
    "lfo_rate_amp": {
        "sweep": ["lfo2rate"],
        "range": [0.1, 0.6],
        "set": {"lfo2destination": _LFO2_VOLUME, "lfo2waveform": 0.0, "lfo2amount": 0.8, **_NO_LFO1},
    },
    "lfo_rate_filter": {
        "sweep": ["lfo1rate"],
        "range": [0.1, 0.6],
        "set": {
            **_LOWPASS,
            "cutoff": 0.5,
            "lfo1destination": _LFO1_FILTER,
            "lfo1waveform": 0.0,
            "lfo1amount": 1.0,
            **_NO_LFO2,
        },
    },
    "lfo_rate_pitch": {
        "sweep": ["lfo1rate"],
        "range": [0.1, 0.6],
        "set": {"lfo1destination": _LFO1_PITCH, "lfo1waveform": 0.0, "lfo1amount": 0.8, **_NO_LFO2},
    },
    "pitch_coarse": {
        "sweep": ["osc1tune"],
        "range": [0.25, 0.75],
        "set": {"osc1waveform": 0.0, "osc1volume": 0.8, "osc2volume": 0.0, **_NO_LFO1},
    },
    "reverb_amount": {"sweep": ["reverbwet"], "range": [0.0, 1.0], "set": {"reverbdecay": 0.7}},
}


def write_bundle(path: Path, items: Sequence[tuple[str, np.ndarray]], spec: SynthSpec) -> Path:
    """Presets ``(name, values)`` as an LV2 preset bundle (``path`` is the bundle folder)."""
    return tal_bank.write_bank(path, list(items), spec, "matches")


ADAPTER = SynthAdapter(
    bank_format=BankFormat(
        "presets.ttl", tal_bank.read_bank, write_bundle, capacity=BUNDLE_PRESETS, file_name="TAL-NoiseMaker-matches.lv2"
    ),
    bank_folders=(TAL_NOISEMAKER_DIR,),
    split_file=TAL_NOISEMAKER_DIR / "split.csv",
    attributes=_TALNM,
)
