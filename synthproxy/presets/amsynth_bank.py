"""amsynth preset banks (``.amSynth.bank`` / ``.bank`` text files): reading and writing.

A bank is what amsynth itself reads and writes (amsynth 1.13, ``PresetController``)::

    amSynth
    <preset> <name> Basic Saw
    <parameter> amp_attack 0.0333333
    <parameter> osc1_waveform 2
    ...
    <preset> <name> Next preset
    ...
    EOF

The first line is exactly ``amSynth``; each preset starts with ``<preset> <name> `` followed by its
name (the rest of the line, spaces included) and lists ``<parameter> <name> <value>`` lines with
amsynth's *native* values (seconds, semitones, waveform numbers...); a bank holds at most 128
presets. Parameters a preset does not list keep amsynth's default (older banks lack the five
parameters added in later amsynth versions).

Values are converted to the plugin's normalized values with amsynth's own rule,
``v = (x - min) / (max - min)`` after rounding stepped parameters (waveforms, octaves...) to their
step, as amsynth does when it loads a bank; :data:`AMSYNTH_PARAMETERS` holds each parameter's
range, step and default (amsynth 1.13.2, ``src/Parameter.cpp``). The tests check the conversion
against the plugin itself (its own preset parser, and the values it saves in its state).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from synthproxy.synths.spec import SynthSpec

__all__ = [
    "AmsynthParameter",
    "AMSYNTH_PARAMETERS",
    "BankError",
    "BankPreset",
    "MAX_PRESETS",
    "bank_name",
    "read_bank",
    "write_bank",
    "native_to_normalized",
    "normalized_to_native",
]

HEADER = "amSynth"
PRESET_PREFIX = "<preset> <name> "
PARAMETER_PREFIX = "<parameter> "
END = "EOF"
#: A value as amsynth writes it (C++ stream output of a float): digits, an optional fraction and exponent.
_NUMBER = re.compile(r"^[-+]?((\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|nan|inf|infinity)$", re.IGNORECASE)
#: Presets per bank (amsynth's ``PresetController::kNumPresets``).
MAX_PRESETS: int = 128


class AmsynthParameter(NamedTuple):
    """One amsynth parameter in native units: ``minimum``..``maximum``, ``step`` (0: continuous), ``default``."""

    minimum: float
    maximum: float
    step: float
    default: float


#: amsynth 1.13.2's parameters (``src/Parameter.cpp``), in plugin index order.
AMSYNTH_PARAMETERS: dict[str, AmsynthParameter] = {
    "amp_attack": AmsynthParameter(0.0, 2.5, 0.0, 0.0),
    "amp_decay": AmsynthParameter(0.0, 2.5, 0.0, 0.0),
    "amp_sustain": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "amp_release": AmsynthParameter(0.0, 2.5, 0.0, 0.0),
    "osc1_waveform": AmsynthParameter(0.0, 4.0, 1.0, 2.0),
    "filter_attack": AmsynthParameter(0.0, 2.5, 0.0, 0.0),
    "filter_decay": AmsynthParameter(0.0, 2.5, 0.0, 0.0),
    "filter_sustain": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "filter_release": AmsynthParameter(0.0, 2.5, 0.0, 0.0),
    "filter_resonance": AmsynthParameter(0.0, 0.97, 0.0, 0.0),
    "filter_env_amount": AmsynthParameter(-16.0, 16.0, 0.0, 0.0),
    "filter_cutoff": AmsynthParameter(-0.5, 1.5, 0.0, 1.5),
    "osc2_detune": AmsynthParameter(-1.0, 1.0, 0.0, 0.0),
    "osc2_waveform": AmsynthParameter(0.0, 4.0, 1.0, 2.0),
    "master_vol": AmsynthParameter(0.0, 1.0, 0.0, 0.67),
    "lfo_freq": AmsynthParameter(0.0, 7.5, 0.0, 0.0),
    "lfo_waveform": AmsynthParameter(0.0, 6.0, 1.0, 0.0),
    "osc2_range": AmsynthParameter(-3.0, 4.0, 1.0, 0.0),
    "osc_mix": AmsynthParameter(-1.0, 1.0, 0.0, 0.0),
    "freq_mod_amount": AmsynthParameter(0.0, 1.25992105, 0.0, 0.0),
    "filter_mod_amount": AmsynthParameter(-1.0, 1.0, 0.0, -1.0),
    "amp_mod_amount": AmsynthParameter(-1.0, 1.0, 0.0, -1.0),
    "osc_mix_mode": AmsynthParameter(0.0, 1.0, 0.0, 0.0),
    "osc1_pulsewidth": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "osc2_pulsewidth": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "reverb_roomsize": AmsynthParameter(0.0, 1.0, 0.0, 0.0),
    "reverb_damp": AmsynthParameter(0.0, 1.0, 0.0, 0.0),
    "reverb_wet": AmsynthParameter(0.0, 1.0, 0.0, 0.0),
    "reverb_width": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "distortion_crunch": AmsynthParameter(0.0, 0.9, 0.0, 0.0),
    "osc2_sync": AmsynthParameter(0.0, 1.0, 1.0, 0.0),
    "portamento_time": AmsynthParameter(0.0, 1.0, 0.0, 0.0),
    "keyboard_mode": AmsynthParameter(0.0, 2.0, 1.0, 0.0),
    "osc2_pitch": AmsynthParameter(-12.0, 12.0, 1.0, 0.0),
    "filter_type": AmsynthParameter(0.0, 4.0, 1.0, 0.0),
    "filter_slope": AmsynthParameter(0.0, 1.0, 1.0, 1.0),
    "freq_mod_osc": AmsynthParameter(0.0, 2.0, 1.0, 0.0),
    "filter_kbd_track": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "filter_vel_sens": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "amp_vel_sens": AmsynthParameter(0.0, 1.0, 0.0, 1.0),
    "portamento_mode": AmsynthParameter(0.0, 1.0, 0.0, 0.0),
}

# Native values may exceed their range by this fraction of it (decimal rounding in files).
_RANGE_TOLERANCE = 1e-6


class BankError(ValueError):
    """A bank file is malformed; the message names the file, line, preset and parameter."""


@dataclass(frozen=True)
class BankPreset:
    """One preset of a bank.

    Attributes
    ----------
    bank : str
        The bank's name: its file name without ``.amSynth.bank`` / ``.bank`` (:func:`bank_name`).
    index : int
        Position in the bank, 0-based (amsynth's program number within the bank).
    name : str
        The preset's name.
    values : ndarray, shape (n_parameters,), float32
        Normalized values of all the spec's parameters, in spec order.
    """

    bank: str
    index: int
    name: str
    values: np.ndarray = field(repr=False)


def bank_name(path: str | Path) -> str:
    """A bank's name from its file name: ``BriansBank01.amSynth.bank`` -> ``BriansBank01``."""
    name = Path(path).name
    for suffix in (".amsynth.bank", ".bank"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(path).stem


def _info(name: str) -> AmsynthParameter:
    return AMSYNTH_PARAMETERS[name]


def _snap(info: AmsynthParameter, x: float) -> float:
    """Clamp and round to the step, as amsynth's ``Parameter::setValue`` does."""
    x = min(max(x, info.minimum), info.maximum)
    if info.step > 0:
        x = info.minimum + round((x - info.minimum) / info.step) * info.step
    return x


def native_to_normalized(name: str, x: float) -> float:
    """The plugin's normalized value (0..1) of amsynth parameter ``name`` at native value ``x``.

    Stepped parameters are rounded to their step first, as amsynth does. Raises ``KeyError``
    for a name amsynth does not have.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    info = _info(name)
    return (_snap(info, float(x)) - info.minimum) / (info.maximum - info.minimum)


def normalized_to_native(name: str, v: float) -> float:
    """amsynth's native value of parameter ``name`` at normalized value ``v`` (0..1), rounded to the step.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    info = _info(name)
    return _snap(info, info.minimum + float(v) * (info.maximum - info.minimum))


def _check_spec(spec: SynthSpec) -> None:
    unknown = [p.name for p in spec.parameters if p.name not in AMSYNTH_PARAMETERS]
    if unknown:
        raise ValueError(f"spec {spec.name!r} is not an amsynth spec: amsynth has no parameter {unknown[0]!r}")


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------
def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # amsynth writes names as raw bytes


def read_bank(path: str | Path, spec: SynthSpec) -> list[BankPreset]:
    """Read an amsynth bank file.

    Parameters
    ----------
    path : str or Path
        A ``.amSynth.bank`` / ``.bank`` file (e.g. ``/usr/share/amsynth/banks/BriansBank01.amSynth.bank``).
    spec : SynthSpec
        The amsynth spec (``synthproxy.synths.get_spec("amsynth")``); gives the order of ``values``.

    Returns
    -------
    list of BankPreset
        The presets in file order. Parameters a preset does not list take the spec's default
        (amsynth's own default for the bundled spec, which is what amsynth does).

    Raises
    ------
    BankError
        For a file that is not an amsynth bank or has a malformed line, an unknown or repeated
        parameter name, a value that is not a finite number or lies outside the parameter's range,
        parameters before the first preset, more than 128 presets, no final ``EOF`` line (a file cut
        short: its last value may be cut too) or text after it, or a file that is not a regular file
        of at most :data:`synthproxy.validate.MAX_BANK_BYTES`; the message names the file, line, preset
        and parameter. Stepped values between steps are rounded, as amsynth does.
    ValueError
        When ``spec`` has a parameter amsynth does not have.
    OSError
        When the file cannot be read.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    from synthproxy.validate import InputError, read_input_bytes

    path = Path(path)
    _check_spec(spec)
    os.stat(path)  # a missing or unreadable file is an OSError, as documented
    try:
        text = _decode(read_input_bytes(path, "amsynth bank"))
    except InputError as e:
        raise BankError(str(e)) from None
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != HEADER:
        first = lines[0][:40] if lines else ""
        raise BankError(f"{path}: not an amsynth bank (first line is {first!r}, expected {HEADER!r})")
    _check_end(path, lines)
    name = bank_name(path)
    position = {p.name: k for k, p in enumerate(spec.parameters)}
    defaults = spec.defaults
    presets: list[BankPreset] = []
    values: np.ndarray | None = None
    preset_name = ""
    seen: set[str] = set()

    def close() -> None:
        if values is not None:
            presets.append(BankPreset(bank=name, index=len(presets), name=preset_name, values=values))

    for lineno, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        where = f"{path}: line {lineno}"
        if line.strip() == END:
            break
        if not line.strip():
            continue
        if line.startswith("<preset>"):
            if not line.startswith(PRESET_PREFIX):
                raise BankError(f"{where}: malformed preset line {line!r} (expected '{PRESET_PREFIX}<name>')")
            close()
            if len(presets) >= MAX_PRESETS:
                raise BankError(f"{where}: more than {MAX_PRESETS} presets in one bank")
            preset_name = line[len(PRESET_PREFIX) :]
            values = defaults.copy()
            seen = set()
            continue
        if line.startswith(PARAMETER_PREFIX):
            where_p = f"{where}" + (f", preset {len(presets)} {preset_name!r}" if values is not None else "")
            tokens = line.split()
            if len(tokens) != 3:
                raise BankError(f"{where_p}: malformed parameter line {line!r} (expected '<parameter> name value')")
            pname, raw = tokens[1], tokens[2]
            where_p += f", parameter {pname!r}"
            if values is None:
                raise BankError(f"{where_p}: parameter before the first '<preset>' line")
            if pname not in AMSYNTH_PARAMETERS:
                raise BankError(f"{where_p}: unknown parameter (amsynth has no parameter of this name)")
            if pname not in position:
                raise BankError(f"{where_p}: the spec {spec.name!r} has no parameter of this name")
            if pname in seen:
                raise BankError(f"{where_p}: parameter given twice in one preset")
            seen.add(pname)
            if not _NUMBER.match(raw):
                raise BankError(f"{where_p}: value {raw!r} is not a number")
            x = float(raw)
            info = AMSYNTH_PARAMETERS[pname]
            tol = _RANGE_TOLERANCE * (info.maximum - info.minimum)
            if not math.isfinite(x) or not info.minimum - tol <= x <= info.maximum + tol:
                raise BankError(f"{where_p}: value {raw} outside amsynth's range {info.minimum:g}..{info.maximum:g}")
            values[position[pname]] = np.float32(native_to_normalized(pname, x))
            continue
        raise BankError(f"{where}: malformed line {line[:60]!r} (expected '<preset> <name> ...' or '<parameter> ...')")
    close()
    return presets


def _check_end(path: Path, lines: list[str]) -> None:
    """A bank ends with an ``EOF`` line (amsynth writes one; a file without it was cut short), nothing after."""
    ends = [k for k, line in enumerate(lines) if line.strip() == END]
    if not ends:
        raise BankError(f"{path}: no final {END!r} line: the file was cut short (its last value may be cut too)")
    extra = [k for k in range(ends[0] + 1, len(lines)) if lines[k].strip()]
    if extra:
        raise BankError(f"{path}: line {extra[0] + 1}: text after the {END!r} line")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def _format_native(pname: str, v: np.float32) -> str:
    """The shortest decimal text of the native value that reads back to the same float32 normalized value."""
    x = normalized_to_native(pname, float(v))
    if AMSYNTH_PARAMETERS[pname].step > 0:
        return f"{x:g}"
    for digits in (6, 7, 8, 9, 12, 17):
        s = f"{x:.{digits}g}"
        if np.float32(native_to_normalized(pname, float(s))) == v:
            return s
    return repr(x)


def write_bank(
    path: str | Path,
    presets: Sequence[BankPreset] | Iterable[tuple[str, np.ndarray]],
    spec: SynthSpec,
) -> Path:
    """Write presets as an amsynth bank file that amsynth (and :func:`read_bank`) reads back.

    Parameters
    ----------
    path : str or Path
        Output file; conventionally ``<name>.amSynth.bank``. Written atomically (temporary file,
        then rename), so a failed write leaves no partial file.
    presets : sequence of BankPreset or of (name, values)
        At most 128 presets, written in order (a ``BankPreset``'s ``index`` and ``bank`` are not
        used). ``values``: normalized values of all the spec's parameters, shape (n_parameters,).
    spec : SynthSpec
        The amsynth spec the values follow.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    BankError
        For more than 128 presets, a name with a line break, values of the wrong shape, or a
        value that is not finite or lies outside 0..1 (naming the preset and parameter).

    Notes
    -----
    Every amsynth parameter is written, with the shortest decimal text that reads back to the
    same normalized value (float32); stepped parameters are written as their step value.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    path = Path(path)
    _check_spec(spec)
    items = [(p.name, p.values) if isinstance(p, BankPreset) else (str(p[0]), p[1]) for p in presets]
    if len(items) > MAX_PRESETS:
        raise BankError(f"{path}: {len(items)} presets; an amsynth bank holds at most {MAX_PRESETS}")
    position = {p.name: k for k, p in enumerate(spec.parameters)}
    out = [HEADER]
    for i, (pname_, vals) in enumerate(items):
        where = f"{path}: preset {i} {pname_!r}"
        if "\n" in pname_ or "\r" in pname_:
            raise BankError(f"{where}: a preset name cannot contain a line break")
        v = np.asarray(vals, dtype=np.float32)
        if v.shape != (len(spec.parameters),):
            raise BankError(f"{where}: values have shape {v.shape}, the spec has {len(spec.parameters)} parameters")
        out.append(PRESET_PREFIX + pname_)
        for param_name, info in AMSYNTH_PARAMETERS.items():
            if param_name in position:
                x = v[position[param_name]]
                if not (np.isfinite(x) and 0.0 <= x <= 1.0):
                    raise BankError(f"{where}, parameter {param_name!r}: normalized value {float(x)} outside 0..1")
                text = _format_native(param_name, x)
            else:
                text = f"{info.default:g}"
            out.append(f"{PARAMETER_PREFIX}{param_name} {text}")
    out.append(END)
    data = ("\n".join(out) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
