"""DX7 voices as normalized spec values and back: the mapping of ``dexed.Preset`` fields to voice bytes.

Each parameter of a ``dexed`` spec names a ``dexed.Preset`` field in its ``field`` key
(``op_env_rates[0,1]`` = operator 1, EG rate 2; operator index 0 is DX7 OP1). A normalized value
``v`` is the DX7 value ``round(v * max)`` of that field (``max`` = 99 for levels and rates, 31 for
the algorithm, 7 for feedback, ...), exactly as the Dexed plugin maps its host parameters
(``CtrlDX``, Dexed 0.9.2 and later) and as ``dexed.Preset.to_patch`` rounds; categorical fields
(algorithm, LFO wave, oscillator mode, key-scaling curves) have ``max + 1`` categories, so class
``i`` is DX7 value ``i``. Parameters without a ``field`` (the plugin's filter, output and master
tune, operator switches) have no DX7-voice meaning and are ignored; voice bytes no parameter sets
come from the INIT VOICE.

:func:`values_from_voice` reads hand-crafted voices (:mod:`synthproxy.presets.syx`),
:func:`voice_from_values` writes matched presets back as DX7 voices, and the ``dexed`` engine
(:mod:`synthproxy.synths.dexed_engine`) builds the voice it renders with the same mapping. The Dexed
VST spec (``dexed-vst``, which has no ``field`` keys) is mapped by name through
:data:`DEXED_VST_FIELDS`, the host value of a Dexed plugin parameter being the same ``DX7 value / max``.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from synthproxy.presets.syx import INIT_VOICE, VOICE_MAXIMA, VOICE_SIZE, Voice
from synthproxy.synths.spec import Parameter, SpecError, SynthSpec

__all__ = ["DEXED_VST_FIELDS", "field_offset", "values_from_voice", "values_from_patch", "voice_from_values"]


# ---------------------------------------------------------------------------------------------
# dexed.Preset fields -> byte offsets of the 155-byte DX7 voice
# ---------------------------------------------------------------------------------------------
#: Global fields: byte offset in the voice.
_GLOBAL_FIELDS: dict[str, int] = {
    "feedback": 135,
    "transpose": 144,
    "pitch_mod_sensitivity": 143,
    "lfo_speed": 137,
    "lfo_delay": 138,
    "lfo_pitch_mod_depth": 139,
    "lfo_amp_mod_depth": 140,
    "osc_key_sync": 136,
    "lfo_sync": 141,
    "algorithm": 134,
    "lfo_wave": 142,
}
#: Pitch-EG fields, shape (4,): offset of element 0.
_PITCH_FIELDS: dict[str, int] = {"pitch_env_rates": 126, "pitch_env_levels": 130}
#: Per-operator fields, shape (6,) or (6, 4) for the EG: offset within an operator's 21 bytes.
_OP_FIELDS: dict[str, int] = {
    "op_env_rates": 0,
    "op_env_levels": 4,
    "op_breakpoint": 8,
    "op_left_depth": 9,
    "op_right_depth": 10,
    "op_left_curve": 11,
    "op_right_curve": 12,
    "op_rate_scaling": 13,
    "op_amp_mod_sensitivity": 14,
    "op_velocity_sensitivity": 15,
    "op_output_level": 16,
    "op_frequency_mode": 17,
    "op_frequency_coarse": 18,
    "op_frequency_fine": 19,
    "op_detune": 20,
}
_OP_EG_FIELDS = ("op_env_rates", "op_env_levels")
#: Fields dexed-py stores as integers (categories): their parameters need ``max + 1`` steps.
_INT_FIELDS = frozenset(
    {"osc_key_sync", "lfo_sync", "algorithm", "lfo_wave", "op_frequency_mode", "op_left_curve", "op_right_curve"}
)
_FIELD_RE = re.compile(r"^([a-z_]+)(?:\[\s*(\d+)\s*(?:,\s*(\d+)\s*)?\])?$")


def field_offset(field: str) -> int:
    """Byte offset, in the 155-byte DX7 voice, of a ``dexed.Preset`` field element.

    Parameters
    ----------
    field : str
        ``"algorithm"``, ``"pitch_env_levels[3]"``, ``"op_output_level[0]"`` (operator 1),
        ``"op_env_rates[5,3]"`` (operator 6, EG rate 4), ...

    Raises
    ------
    ValueError
        For an unknown field or a wrong index.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    m = _FIELD_RE.match(field)
    if not m:
        raise ValueError(f"field {field!r} is not of the form name, name[i] or name[i,j]")
    name, i, j = m.group(1), m.group(2), m.group(3)
    idx = tuple(int(x) for x in (i, j) if x is not None)
    shape: tuple[int, ...]
    if name in _GLOBAL_FIELDS:
        shape, off = (), _GLOBAL_FIELDS[name]
    elif name in _PITCH_FIELDS:
        shape, off = (4,), _PITCH_FIELDS[name]
    elif name in _OP_FIELDS:
        shape, off = ((6, 4) if name in _OP_EG_FIELDS else (6,)), _OP_FIELDS[name]
    else:
        known = sorted([*_GLOBAL_FIELDS, *_PITCH_FIELDS, *_OP_FIELDS])
        raise ValueError(f"field {field!r}: {name!r} is not a dexed.Preset field; known: {', '.join(known)}")
    if len(idx) != len(shape) or any(not 0 <= k < n for k, n in zip(idx, shape)):
        want = "no index" if not shape else f"index [{', '.join(f'0..{n - 1}' for n in shape)}]"
        raise ValueError(f"field {field!r}: {name} takes {want}")
    if name in _PITCH_FIELDS:
        return off + idx[0]
    if name in _OP_FIELDS:
        return (5 - idx[0]) * 21 + off + (idx[1] if len(idx) == 2 else 0)  # the voice stores OP6 first
    return off


def _dexed_vst_fields() -> dict[str, str]:
    d = {
        "algorithm": "algorithm",
        "feedback": "feedback",
        "osc_key_sync": "osc_key_sync",
        "lfo_speed": "lfo_speed",
        "lfo_delay": "lfo_delay",
        "lfo_pm_depth": "lfo_pitch_mod_depth",
        "lfo_am_depth": "lfo_amp_mod_depth",
        "lfo_key_sync": "lfo_sync",
        "lfo_wave": "lfo_wave",
        "middle_c": "transpose",
        "p_mode_sens.": "pitch_mod_sensitivity",
    }
    for k in range(4):
        d[f"pitch_eg_rate_{k + 1}"] = f"pitch_env_rates[{k}]"
        d[f"pitch_eg_level_{k + 1}"] = f"pitch_env_levels[{k}]"
    per_op = {
        "output_level": "op_output_level",
        "mode": "op_frequency_mode",
        "f_coarse": "op_frequency_coarse",
        "f_fine": "op_frequency_fine",
        "osc_detune": "op_detune",
        "break_point": "op_breakpoint",
        "l_scale_depth": "op_left_depth",
        "r_scale_depth": "op_right_depth",
        "l_key_scale": "op_left_curve",
        "r_key_scale": "op_right_curve",
        "rate_scaling": "op_rate_scaling",
        "a_mod_sens.": "op_amp_mod_sensitivity",
        "key_velocity": "op_velocity_sensitivity",
    }
    for op in range(6):
        for k in range(4):
            d[f"op{op + 1}_eg_rate_{k + 1}"] = f"op_env_rates[{op},{k}]"
            d[f"op{op + 1}_eg_level_{k + 1}"] = f"op_env_levels[{op},{k}]"
        for vst, fld in per_op.items():
            d[f"op{op + 1}_{vst}"] = f"{fld}[{op}]"
    return d


#: Dexed plugin parameter name (as in the original study's table) -> ``dexed.Preset`` field, by meaning.
#: The plugin's ``cutoff``, ``resonance``, ``output``, ``master_tune_adj`` and ``opN_switch`` have none.
DEXED_VST_FIELDS: dict[str, str] = _dexed_vst_fields()


# ---------------------------------------------------------------------------------------------
# The mapping of one spec, computed once
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _FieldMap:
    positions: np.ndarray  # (m,) spec positions of the parameters that set a voice byte
    offsets: np.ndarray  # (m,) their voice byte offsets
    maxima: np.ndarray  # (m,) float64, DX7 maximum of each byte
    defaults: np.ndarray  # (n_parameters,) float32, normalized defaults of all parameters


def _param_field(p: Parameter, spec: SynthSpec) -> str | None:
    return p.field if spec.engine == "dexed" else DEXED_VST_FIELDS.get(p.name)


@functools.lru_cache(maxsize=16)
def _field_map(spec: SynthSpec) -> _FieldMap:
    where = str(spec.source or spec.name)
    pos, off = [], []
    seen: dict[int, str] = {}
    for i, p in enumerate(spec.parameters):
        fld = _param_field(p, spec)
        if fld is None:
            continue
        try:
            o = field_offset(fld)
        except ValueError as e:
            raise SpecError(f"{where}: parameter {p.name!r}: {e}") from None
        if o in seen:
            raise SpecError(f"{where}: parameter {p.name!r}: field {fld!r} is also set by {seen[o]!r}")
        base = fld.split("[")[0]
        if base in _INT_FIELDS and p.cardinality != int(VOICE_MAXIMA[o]) + 1:
            raise SpecError(
                f"{where}: parameter {p.name!r}: field {fld!r} has {int(VOICE_MAXIMA[o]) + 1} "
                f"categories, the parameter has cardinality {p.cardinality}"
            )
        seen[o] = p.name
        pos.append(i)
        off.append(o)
    if not pos:
        raise SpecError(f"{where}: no parameter maps to a DX7 voice field (is this a Dexed spec?)")
    offsets = np.array(off, dtype=np.int64)
    return _FieldMap(np.array(pos, dtype=np.int64), offsets, VOICE_MAXIMA[offsets].astype(np.float64), spec.defaults)


def _voice_bytes(data: Any) -> np.ndarray:
    if isinstance(data, Voice):
        data = data.data
    elif hasattr(data, "to_sysex"):
        data = data.to_sysex()
    arr = np.frombuffer(bytes(data), np.uint8) if isinstance(data, (bytes, bytearray)) else np.asarray(data)
    if arr.shape[-1] not in (VOICE_SIZE, VOICE_SIZE + 1):
        raise ValueError(f"a DX7 voice has {VOICE_SIZE} bytes, got shape {arr.shape}")
    return arr[..., :VOICE_SIZE]


def values_from_voice(data: bytes | np.ndarray, spec: SynthSpec) -> np.ndarray:
    """Normalized values of all spec parameters from unpacked DX7 voices.

    Parameters
    ----------
    data : bytes or ndarray, shape (155,) or (N, 155)
        Unpacked voices (:attr:`synthproxy.presets.syx.Voice.data`; a 156th byte is ignored).
    spec : SynthSpec
        The ``dexed`` spec (parameters mapped by ``field``) or the Dexed VST spec (by name).

    Returns
    -------
    ndarray, shape (n_parameters,) or (N, n_parameters), float32
        ``DX7 value / max`` for mapped parameters (clipped to 0..1), defaults for the others.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    fm = _field_map(spec)
    raw = _voice_bytes(data).astype(np.float64)
    out = np.broadcast_to(fm.defaults, raw.shape[:-1] + fm.defaults.shape).copy()
    out[..., fm.positions] = np.clip(raw[..., fm.offsets] / fm.maxima, 0.0, 1.0)
    return out.astype(np.float32)


def values_from_patch(patch: Any, spec: SynthSpec) -> np.ndarray:
    """Normalized values of all spec parameters from a ``dexed.Patch`` (or a :class:`Voice`, or voice bytes).

    Returns
    -------
    ndarray, shape (n_parameters,), float32

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    return values_from_voice(_voice_bytes(patch), spec)


def _native(values: np.ndarray, fm: _FieldMap, spec: SynthSpec) -> np.ndarray:
    """DX7 values of the mapped parameters, shape (m,) uint8; ``round(v * max)``, half to even."""
    v = np.asarray(values, dtype=np.float64)
    if v.shape != fm.defaults.shape:
        raise ValueError(f"{spec.name}: expected {fm.defaults.shape[0]} values (all parameters), got shape {v.shape}")
    x = v[fm.positions]
    if not np.isfinite(x).all():
        bad = spec.parameters[int(fm.positions[np.flatnonzero(~np.isfinite(x))[0]])].name
        raise ValueError(f"{spec.name}: parameter {bad!r} is NaN or infinite")
    return np.clip(np.rint(x * fm.maxima), 0.0, fm.maxima).astype(np.uint8)


def _voice_name(name: str) -> bytes:
    if len(name) > 10 or not all(32 <= ord(c) < 127 for c in name):
        raise ValueError(f"a DX7 voice name is up to 10 printable ASCII characters, got {name!r}")
    return name.ljust(10).encode("ascii")


def voice_from_values(values: np.ndarray, spec: SynthSpec, name: str = "SYNTHPROXY") -> bytes:
    """The 155-byte DX7 voice of normalized values of all spec parameters.

    Bytes no parameter sets come from the INIT VOICE. Values outside 0..1 are clipped.

    Parameters
    ----------
    values : ndarray, shape (n_parameters,)
    spec : SynthSpec
    name : str
        Voice name, up to 10 printable ASCII characters.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    fm = _field_map(spec)
    buf = np.frombuffer(INIT_VOICE, np.uint8).copy()
    buf[fm.offsets] = _native(values, fm, spec)
    buf[145:155] = np.frombuffer(_voice_name(name), np.uint8)
    return buf.tobytes()
