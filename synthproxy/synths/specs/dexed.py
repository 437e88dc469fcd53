"""The ``dexed`` synth's adapter: DX7 banks (.syx), the shipped DX7 archives, the DX7 attribute sweeps.

Splits (:mod:`synthproxy.presets.split`, committed in ``data/dx7/split.csv``): the 8 factory ROMs and
every tenth community bank (``community_0010``, ``_0020``, ...) are test banks; the community banks
numbered 5 more (``_0005``, ``_0015``, ...) are validation banks; the others are training banks. A
voice of a validation or training bank is dropped when it is a near-copy of a test voice (or, for a
training voice, of a kept validation voice): at most :data:`NEAR_COPY_BYTES` of the 118 sound bytes
(:func:`synthproxy.presets.syx.sound_bytes`) differ, names ignored.

Loaded by :func:`synthproxy.presets.adapter.adapter_for` for the spec ``dexed.toml`` beside it (and,
through ``dexed-vst.py``, for the Dexed VST spec, whose parameters map to the same voice bytes).

Attribute sweeps (:mod:`synthproxy.sweeps`). A DX7 has no filter, no resonance and no effects:
``filter_resonance`` and ``reverb_amount`` are dropped (``missing_attributes``). The other
attributes use the DX7 parameters closest in effect: carrier operators make the sound, so their
envelopes are the amp envelope and their frequency the pitch; modulator operators set the
brightness, so their output level stands for the filter cutoff and their envelopes for the filter
envelope; amplitude modulation of the modulators (their AMS) is an LFO on brightness. ``{carrier}``
and ``{modulator}`` stand for every carrier / modulator operator of the base preset's algorithm
(:func:`operator_roles`, from :data:`DX7_CARRIERS`), all set to the same value; a sweep over
modulators is skipped for algorithm 32, which has none.
DX7 values (0..99 unless said):

==================  ===========================  ===========  =========================================
attribute           sweep                        range        set
==================  ===========================  ===========  =========================================
amp_attack          op{carrier}_eg_rate_1        64 -> 30     carriers' EG level 1 = 99, level 4 = 0
                    (lower rate = slower attack)              (about 0.05 s -> 2 s)
amp_decay           op{carrier}_eg_rate_2        69 -> 20     carriers' EG rate 1 = 99, level 1 = 99,
                                                              levels 2 and 3 = 70 (-20 dB), level 4 = 0
filter_cutoff       op{modulator}_output_level   0 -> 99
filter_decay        op{modulator}_eg_rate_2      69 -> 20     modulators' output 80, EG rate 1 = 99,
                                                              level 1 = 99, levels 2, 3, 4 = 0
lfo_amount_amp      lfo_am_depth                 0 -> 99      carriers' AMS 3, modulators' AMS 0,
                                                              LFO sine, speed 35 (6 Hz), no delay,
                                                              PM depth 0
lfo_amount_filter   lfo_am_depth                 0 -> 99      modulators' AMS 3 and output 80,
                                                              carriers' AMS 0, LFO as above
lfo_amount_pitch    lfo_pm_depth                 0 -> 99      PMS 3, LFO as above, AM depth 0
lfo_rate_amp        lfo_speed                    10 -> 71     AM depth 70, carriers' AMS 3, PM depth 0
                                                              (about 1.3 -> 18 Hz)
lfo_rate_filter     lfo_speed                    10 -> 71     AM depth 70, modulators' AMS 3, output 80
lfo_rate_pitch      lfo_speed                    10 -> 71     PM depth 50, PMS 3, AM depth 0
pitch_coarse        op{carrier}_f_coarse         0 -> 19      carriers in ratio mode (ratio 0.5 -> 19)
==================  ===========================  ===========  =========================================

(AMS = ``opN_a_mod_sens.``, PMS = ``p_mode_sens.``, DX7 values 0..99 unless said.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.paths import DX7_DIR
from synthproxy.presets.adapter import BankFormat, SynthAdapter
from synthproxy.presets.bank import BankPreset
from synthproxy.presets.dx7_voice import values_from_voice, voice_from_values
from synthproxy.presets.syx import read_bank, sound_bytes, write_bank
from synthproxy.synths.spec import SynthSpec

#: Every HELD_OUT_EVERY-th community DX7 bank (by number) is held out for testing, never trained on.
HELD_OUT_EVERY: int = 10
#: Community banks whose number is VALIDATION_OFFSET more than a multiple of HELD_OUT_EVERY are validation banks.
VALIDATION_OFFSET: int = 5
#: A voice is a near-copy of another when at most this many of their 118 sound bytes differ.
NEAR_COPY_BYTES: int = 16
#: Voices in one DX7 bank (a 32-voice bulk dump).
BANK_VOICES: int = 32

#: Carrier operators (1-based, DX7 OP1..OP6) of DX7 algorithms 1..32; the other operators are modulators.
DX7_CARRIERS: tuple[tuple[int, ...], ...] = (
    (1, 3),
    (1, 3),
    (1, 4),
    (1, 4),
    (1, 3, 5),
    (1, 3, 5),
    (1, 3),
    (1, 3),
    (1, 3),
    (1, 4),
    (1, 4),
    (1, 3),
    (1, 3),
    (1, 3),
    (1, 3),
    (1,),
    (1,),
    (1,),
    (1, 4, 5),
    (1, 2, 4),
    (1, 2, 4, 5),
    (1, 3, 4, 5),
    (1, 2, 4, 5),
    (1, 2, 3, 4, 5),
    (1, 2, 3, 4, 5),
    (1, 2, 4),
    (1, 2, 4),
    (1, 3, 6),
    (1, 2, 3, 5),
    (1, 2, 3, 6),
    (1, 2, 3, 4, 5),
    (1, 2, 3, 4, 5, 6),
)


def read_syx(path: Path, spec: SynthSpec) -> list[BankPreset]:
    """The voices of a DX7 bank (.syx) as :class:`BankPreset` values of ``spec``."""
    return [
        BankPreset(v.bank, v.index, v.name, values_from_voice(v.data, spec), tuple(v.problems)) for v in read_bank(path)
    ]


def write_syx(path: Path, items: Sequence[tuple[str, np.ndarray]], spec: SynthSpec) -> Path:
    """Presets ``(name, values)`` as a 32-voice DX7 bank (names cut to 10 characters)."""
    return write_bank(path, [voice_from_values(v, spec, name[:10]) for name, v in items])


def _bank_number(path: Path) -> int:
    """The number of a community bank (``community_0042.syx`` -> 42); a clear error for another name."""
    try:
        return int(path.stem.rsplit("_", 1)[-1])
    except ValueError:
        raise ValueError(f"{path}: a community DX7 bank is named community_<number>.syx") from None


def is_test_bank(path: Path) -> bool:
    """The DX7 factory ROMs and every :data:`HELD_OUT_EVERY`-th community bank are test banks."""
    return path.parent.name == "factory" or _bank_number(path) % HELD_OUT_EVERY == 0


def is_validation_bank(path: Path) -> bool:
    """Community banks numbered :data:`VALIDATION_OFFSET` past a multiple of :data:`HELD_OUT_EVERY` (5, 15, ...)."""
    return path.parent.name != "factory" and _bank_number(path) % HELD_OUT_EVERY == VALIDATION_OFFSET


def voice_sound_bytes(path: Path, spec: SynthSpec) -> np.ndarray:
    """The 118 sound bytes of every voice of a DX7 bank, shape (n_voices, 118), uint8 (spec not used)."""
    return sound_bytes(np.stack([v.array for v in read_bank(path)]))


def operator_roles(spec: SynthSpec, values: np.ndarray) -> dict[str, list[int]]:
    """Carrier and modulator operators (1-based) of the DX7 algorithm in ``values`` (all spec parameters)."""
    names = [p.name for p in spec.parameters]
    algo = int(spec.parameter("algorithm").step_index(values[names.index("algorithm")]))
    carriers = list(DX7_CARRIERS[algo])
    return {"carrier": carriers, "modulator": [k for k in range(1, 7) if k not in carriers]}


_DX_LFO_SHAPE = {"lfo_wave": "sine", "lfo_delay": 0.0}
_DX_LFO = {**_DX_LFO_SHAPE, "lfo_speed": 35 / 99}  # about 6 Hz
_DX_BRIGHT = {"op{modulator}_output_level": 0.8}
_DX_AM_CARRIERS = {"op{carrier}_a_mod_sens.": 1.0, "op{modulator}_a_mod_sens.": 0.0, "lfo_pm_depth": 0.0}
_DX_AM_MODULATORS = {
    "op{carrier}_a_mod_sens.": 0.0,
    "op{modulator}_a_mod_sens.": 1.0,
    "lfo_pm_depth": 0.0,
    **_DX_BRIGHT,
}
_DX_PM = {"p_mode_sens.": 3 / 7, "lfo_am_depth": 0.0}
_DX_RATE = [0.1, 0.72]  # LFO speed 10 -> 71: about 1.3 -> 18 Hz


def _dx_eg(role: str, **levels: float) -> dict[str, float]:
    """EG settings of every operator of a role: instant attack to full level, then the given levels."""
    return {
        f"op{{{role}}}_eg_rate_1": 1.0,
        f"op{{{role}}}_eg_level_1": 1.0,
        **{f"op{{{role}}}_eg_{k}": v for k, v in levels.items()},
    }


_DX7: dict[str, dict[str, Any]] = {
    "amp_attack": {
        "sweep": ["op{carrier}_eg_rate_1"],
        "range": [0.65, 0.3],  # rate 64 -> 30: ~0 -> 2 s
        "set": {"op{carrier}_eg_level_1": 1.0, "op{carrier}_eg_level_4": 0.0},
    },
    "amp_decay": {
        "sweep": ["op{carrier}_eg_rate_2"],
        "range": [0.7, 0.2],  # rate 69 -> 20, to level 70 (-20 dB)
        "set": _dx_eg("carrier", level_2=0.7, level_3=0.7, level_4=0.0),
    },
    "filter_cutoff": {"sweep": ["op{modulator}_output_level"], "range": [0.0, 1.0], "set": {}},
    "filter_decay": {
        "sweep": ["op{modulator}_eg_rate_2"],
        "range": [0.7, 0.2],
        "set": {**_DX_BRIGHT, **_dx_eg("modulator", level_2=0.0, level_3=0.0, level_4=0.0)},
    },
    "lfo_amount_amp": {"sweep": ["lfo_am_depth"], "range": [0.0, 1.0], "set": {**_DX_LFO, **_DX_AM_CARRIERS}},
    "lfo_amount_filter": {"sweep": ["lfo_am_depth"], "range": [0.0, 1.0], "set": {**_DX_LFO, **_DX_AM_MODULATORS}},
    "lfo_amount_pitch": {"sweep": ["lfo_pm_depth"], "range": [0.0, 1.0], "set": {**_DX_LFO, **_DX_PM}},
    "lfo_rate_amp": {
        "sweep": ["lfo_speed"],
        "range": _DX_RATE,
        "set": {**_DX_LFO_SHAPE, **_DX_AM_CARRIERS, "lfo_am_depth": 0.7},
    },
    "lfo_rate_filter": {
        "sweep": ["lfo_speed"],
        "range": _DX_RATE,
        "set": {**_DX_LFO_SHAPE, **_DX_AM_MODULATORS, "lfo_am_depth": 0.7},
    },
    "lfo_rate_pitch": {
        "sweep": ["lfo_speed"],
        "range": _DX_RATE,
        "set": {**_DX_LFO_SHAPE, **_DX_PM, "lfo_pm_depth": 50 / 99},
    },
    "pitch_coarse": {"sweep": ["op{carrier}_f_coarse"], "range": [0.0, 19 / 31], "set": {"op{carrier}_mode": "ratio"}},
}


ADAPTER = SynthAdapter(
    bank_format=BankFormat(".syx", read_syx, write_syx, capacity=BANK_VOICES, file_name="matches.syx"),
    bank_folders=(DX7_DIR / "factory", DX7_DIR / "community"),
    is_test_bank=is_test_bank,
    is_validation_bank=is_validation_bank,
    split_file=DX7_DIR / "split.csv",
    sound_keys=voice_sound_bytes,
    near_copy_distance=NEAR_COPY_BYTES,
    attributes=_DX7,
    missing_attributes={
        "filter_resonance": "a DX7 has no filter, so no resonance",
        "reverb_amount": "a DX7 has no effects",
    },
    roles=operator_roles,
)
