"""Strict reading and writing of Yamaha DX7 voice sysex files (``.syx``).

A DX7 *bank* is a 32-voice bulk dump: one system-exclusive message of 4104 bytes::

    F0 43 0n 09 20 00  <32 x 128-byte packed voices>  <checksum>  F7

(``n`` = MIDI channel 0..15, ``09`` = 32-voice format, ``20 00`` = 4096 data bytes, checksum =
low 7 bits of the two's complement of the data bytes' sum). A *single-voice* dump is the
163-byte message ``F0 43 0n 00 01 1B <155 unpacked bytes> <checksum> F7``; :func:`read_bank`
reads it as a bank of one voice. Voices are returned *unpacked*: the 155-byte layout of the
single-voice dump (operators 6..1, then pitch EG, algorithm, LFO, transpose and the 10-character
name), which is also the first 155 bytes of ``dexed.Patch.to_sysex()``.

The reader is strict where dexed-py's ``Patch.load_bank`` is lenient:

* Framing, header, length and checksum problems raise :class:`SyxError`, naming the file.
  ``strict=False`` downgrades a checksum mismatch, a raw 4096-byte payload without framing and
  bytes after the final ``F7`` to warnings (cartridge rips often carry a stale checksum).
* Out-of-range voice values (an EG level of 112, a detune of 15, LFO wave 6 or 7, a data byte
  with bit 7 set) do not fail the bank. The voice is kept with those values *clipped* to their
  DX7 range (bit 7 masked off, as Dexed does) and each problem listed in :attr:`Voice.problems`;
  :attr:`Voice.valid` is then False. Bits a field does not use (e.g. bits 5-6 of the algorithm
  byte) are ignored, as the DX7 and Dexed ignore them. For valid voices the result equals
  ``dexed.Patch.load_bank(path)[i].to_sysex()[:155]`` byte for byte; for invalid ones dexed-py
  differs in two ways: it rescales an out-of-range pitch-EG value (``v * 99 // 255``) instead of
  clipping it, and clips an operator EG/scaling byte with bit 7 set to 99 instead of masking it.

What the hand-crafted preset pipeline should do with them (recommendation): skip a bank that
raises :class:`SyxError` (with ``strict=True``; log the message as the reason) and skip voices
whose ``valid`` is False (log ``problems``): their sound on real hardware is undefined, and the
clipped version is a guess, not what the author heard.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from synthproxy.io import write_bytes

if TYPE_CHECKING:  # pragma: no cover
    import dexed

__all__ = [
    "SyxError",
    "Voice",
    "read_bank",
    "write_bank",
    "voice_problems",
    "pack_voice",
    "unpack_voice",
    "voice_name",
    "sound_bytes",
    "INIT_VOICE",
    "VOICE_PARAMETERS",
    "VOICE_MAXIMA",
    "VOICE_SIZE",
    "BANK_VOICES",
    "SOUND_BYTES",
]

logger = logging.getLogger(__name__)

#: Bytes of an unpacked voice (145 parameters + 10 name characters; no operator on/off byte).
VOICE_SIZE: int = 155
#: Bytes of a packed voice inside a 32-voice bulk dump.
PACKED_VOICE_SIZE: int = 128
#: Bytes of a packed voice that set its sound: all but the last 10 (the name), see :func:`sound_bytes`.
SOUND_BYTES: int = PACKED_VOICE_SIZE - 10
#: Voices in a bank.
BANK_VOICES: int = 32
#: Data bytes of a 32-voice bulk dump.
BANK_PAYLOAD_SIZE: int = BANK_VOICES * PACKED_VOICE_SIZE
_HEADER_SIZE = 6
#: Bytes of a complete 32-voice bulk dump file (header + data + checksum + F7).
BANK_FILE_SIZE: int = _HEADER_SIZE + BANK_PAYLOAD_SIZE + 2
#: Bytes of a complete single-voice dump file.
VOICE_FILE_SIZE: int = _HEADER_SIZE + VOICE_SIZE + 2

_SYSEX_START, _SYSEX_END, _YAMAHA = 0xF0, 0xF7, 0x43
_FORMAT_VOICE, _FORMAT_BANK = 0x00, 0x09
_BYTE_COUNT = {_FORMAT_VOICE: (0x01, 0x1B), _FORMAT_BANK: (0x20, 0x00)}  # 155 and 4096, 7 bits each
_NAME = slice(145, 155)


class SyxError(ValueError):
    """A sysex file is unreadable or not a DX7 voice dump; the message names the file and the problem."""


# ---------------------------------------------------------------------------------------------
# The voice layout: parameter names, DX7 ranges, and where each lives in the packed format
# ---------------------------------------------------------------------------------------------
# Per operator, in unpacked order: (label, maximum, packed byte within the operator's 17, shift, bit mask).
_OP_FIELDS: tuple[tuple[str, int, int, int, int], ...] = (
    ("EG RATE 1", 99, 0, 0, 0x7F),
    ("EG RATE 2", 99, 1, 0, 0x7F),
    ("EG RATE 3", 99, 2, 0, 0x7F),
    ("EG RATE 4", 99, 3, 0, 0x7F),
    ("EG LEVEL 1", 99, 4, 0, 0x7F),
    ("EG LEVEL 2", 99, 5, 0, 0x7F),
    ("EG LEVEL 3", 99, 6, 0, 0x7F),
    ("EG LEVEL 4", 99, 7, 0, 0x7F),
    ("BREAK POINT", 99, 8, 0, 0x7F),
    ("L SCALE DEPTH", 99, 9, 0, 0x7F),
    ("R SCALE DEPTH", 99, 10, 0, 0x7F),
    ("L KEY SCALE", 3, 11, 0, 0x03),
    ("R KEY SCALE", 3, 11, 2, 0x03),
    ("RATE SCALING", 7, 12, 0, 0x07),
    ("A MOD SENS", 3, 13, 0, 0x03),
    ("KEY VELOCITY", 7, 13, 2, 0x07),
    ("OUTPUT LEVEL", 99, 14, 0, 0x7F),
    ("MODE", 1, 15, 0, 0x01),
    ("F COARSE", 31, 15, 1, 0x1F),
    ("F FINE", 99, 16, 0, 0x7F),
    ("OSC DETUNE", 14, 12, 3, 0x0F),
)
# Global parameters, in unpacked order from byte 126: (label, maximum, packed byte, shift, bit mask).
_GLOBAL_FIELDS: tuple[tuple[str, int, int, int, int], ...] = (
    *((f"PITCH EG RATE {i + 1}", 99, 102 + i, 0, 0x7F) for i in range(4)),
    *((f"PITCH EG LEVEL {i + 1}", 99, 106 + i, 0, 0x7F) for i in range(4)),
    ("ALGORITHM", 31, 110, 0, 0x1F),
    ("FEEDBACK", 7, 111, 0, 0x07),
    ("OSC KEY SYNC", 1, 111, 3, 0x01),
    ("LFO SPEED", 99, 112, 0, 0x7F),
    ("LFO DELAY", 99, 113, 0, 0x7F),
    ("LFO PM DEPTH", 99, 114, 0, 0x7F),
    ("LFO AM DEPTH", 99, 115, 0, 0x7F),
    ("LFO KEY SYNC", 1, 116, 0, 0x01),
    ("LFO WAVE", 5, 116, 1, 0x07),
    ("P MOD SENS", 7, 116, 4, 0x07),
    ("TRANSPOSE", 48, 117, 0, 0x7F),
    *((f"NAME {i + 1}", 127, 118 + i, 0, 0x7F) for i in range(10)),
)


def _layout() -> tuple[tuple[str, ...], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    names: list[str] = []
    rows: list[tuple[int, int, int, int]] = []
    for slot in range(6):  # sysex order: OP6 first
        for label, mx, byte, shift, mask in _OP_FIELDS:
            names.append(f"OP{6 - slot} {label}")
            rows.append((mx, slot * 17 + byte, shift, mask))
    for label, mx, byte, shift, mask in _GLOBAL_FIELDS:
        names.append(label)
        rows.append((mx, byte, shift, mask))
    a = np.array(rows, dtype=np.int64)
    return tuple(names), a[:, 0].astype(np.uint8), a[:, 1], a[:, 2], a[:, 3]


#: Name of each unpacked voice byte, e.g. ``"OP3 EG LEVEL 4"``, ``"ALGORITHM"`` (0-based algorithm), ``"NAME 1"``.
#: (Called VOICE_PARAMETERS rather than a DX7 term: 145 parameters then 10 name characters.)
VOICE_PARAMETERS: tuple[str, ...]
#: Largest valid value of each unpacked voice byte, shape (155,), uint8.
VOICE_MAXIMA: np.ndarray
VOICE_PARAMETERS, VOICE_MAXIMA, _PACKED_BYTE, _SHIFT, _MASK = _layout()
VOICE_MAXIMA.setflags(write=False)

# Bits of each packed byte that some field uses; the others are ignored on reading.
_USED_BITS = np.zeros(PACKED_VOICE_SIZE, dtype=np.int64)
np.bitwise_or.at(_USED_BITS, _PACKED_BYTE, _MASK << _SHIFT)
assert (_USED_BITS > 0).all(), "every packed byte holds a field"


def _init_voice() -> bytes:
    """Dexed's INIT VOICE: one sine carrier (OP1) at full level, algorithm 1, everything else neutral."""
    op = [
        99,
        99,
        99,
        99,
        99,
        99,
        99,
        0,  # EG rates, EG levels
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,  # break point, L/R depth, L/R curve, rate scaling, AMS, KVS
        0,
        0,
        1,
        0,
        7,
    ]  # output level, mode (ratio), coarse 1, fine 0, detune 7 (centre)
    ops = [op[:] for _ in range(6)]
    ops[5][16] = 99  # sysex slot 5 is OP1
    glob = [
        99,
        99,
        99,
        99,
        50,
        50,
        50,
        50,  # pitch EG rates, levels (50 = no shift)
        0,
        0,
        1,  # algorithm 1, feedback 0, osc key sync on
        35,
        0,
        0,
        0,
        1,
        0,
        3,  # LFO speed, delay, PMD, AMD, key sync on, triangle, pitch mod sens 3
        24,
    ]  # transpose: C3 = middle C
    return bytes(sum(ops, []) + glob) + b"INIT VOICE"


#: The 155-byte INIT VOICE (as in Dexed) used to pad banks of fewer than 32 voices.
INIT_VOICE: bytes = _init_voice()


# ---------------------------------------------------------------------------------------------
# Voices
# ---------------------------------------------------------------------------------------------
def voice_name(data: bytes | np.ndarray) -> str:
    """The printable, stripped name of an unpacked voice (non-printable characters become ``?``).

    Parameters
    ----------
    data : bytes or ndarray, shape (155,)
        An unpacked voice; the name is bytes 145..154.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    raw = bytes(data[_NAME]) if isinstance(data, (bytes, bytearray)) else np.asarray(data, np.uint8)[_NAME].tobytes()
    return "".join(chr(c) if 32 <= c < 127 else "?" for c in raw).strip()


@dataclass(frozen=True)
class Voice:
    """One DX7 voice read from a sysex file.

    Attributes
    ----------
    bank : str
        Stem of the file it came from (e.g. ``"rom1a"``).
    index : int
        Position in the bank, 0..31.
    name : str
        The voice name, stripped, non-printable characters shown as ``?``.
    data : bytes
        The 155-byte unpacked voice (values clipped to their DX7 range when out of range).
    problems : tuple of str
        Out-of-range values found while reading (e.g. ``"OP3 EG LEVEL 4 = 112 > 99"``);
        empty for a valid voice.
    """

    bank: str
    index: int
    name: str
    data: bytes
    problems: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """True when every value was inside its DX7 range."""
        return not self.problems

    @property
    def array(self) -> np.ndarray:
        """The unpacked voice as a read-only array, shape (155,), uint8."""
        return np.frombuffer(self.data, dtype=np.uint8)

    def to_patch(self) -> dexed.Patch:
        """The voice as a ``dexed.Patch`` (needs dexed-py)."""
        import dexed

        return dexed.Patch.from_sysex(self.data + b"\x3f")

    def __repr__(self) -> str:
        flag = "" if self.valid else f", {len(self.problems)} problem(s)"
        return f"Voice({self.bank}[{self.index}] {self.name!r}{flag})"


def sound_bytes(data: bytes | np.ndarray) -> np.ndarray:
    """The 118 sound bytes of voices: their packed 128-byte form without the 10 name bytes.

    These are the bytes of the DX7 bulk-dump format that set the sound (operators, pitch EG,
    algorithm, feedback, LFO, transpose), packed as the DX7 stores them, so one packed byte may hold
    two or three parameters (e.g. the two key-scaling curves). They are computed from the unpacked
    voice, so the bits no field uses are zero and values are those :func:`read_bank` returns (clipped
    to their DX7 range): two voices that sound the same have the same sound bytes, whatever their names.

    Parameters
    ----------
    data : bytes or ndarray, shape (155,) or (N, 155)
        Unpacked voices (e.g. :attr:`Voice.data`), values in their DX7 range.

    Returns
    -------
    ndarray, shape (118,) or (N, 118), uint8
    """
    v = np.frombuffer(bytes(data), np.uint8) if isinstance(data, (bytes, bytearray)) else np.asarray(data, np.uint8)
    if v.shape[-1] != VOICE_SIZE:
        raise ValueError(f"an unpacked DX7 voice has {VOICE_SIZE} values, got shape {v.shape}")
    packed = np.zeros(v.shape[:-1] + (PACKED_VOICE_SIZE,), np.int64)
    for k in range(VOICE_SIZE):
        packed[..., _PACKED_BYTE[k]] |= (v[..., k].astype(np.int64) & _MASK[k]) << _SHIFT[k]
    return packed[..., :SOUND_BYTES].astype(np.uint8)


def voice_problems(values: bytes | np.ndarray) -> list[str]:
    """Out-of-range values of an unpacked voice.

    Parameters
    ----------
    values : bytes or array-like, shape (155,)
        Unpacked voice values (any integer type, not yet clipped).

    Returns
    -------
    list of str
        One entry per offending byte, e.g. ``"OP3 EG LEVEL 4 = 112 > 99"``; empty when valid.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    if isinstance(values, (bytes, bytearray)):
        values = np.frombuffer(bytes(values), np.uint8)
    v = np.asarray(values).astype(np.int64)
    if v.shape != (VOICE_SIZE,):
        raise ValueError(f"an unpacked DX7 voice has {VOICE_SIZE} values, got shape {v.shape}")
    bad = np.flatnonzero((v < 0) | (v > VOICE_MAXIMA))
    return [
        f"{VOICE_PARAMETERS[i]} = {v[i]} > {VOICE_MAXIMA[i]}" if v[i] > 0 else f"{VOICE_PARAMETERS[i]} = {v[i]} < 0"
        for i in bad
    ]


def unpack_voice(packed: bytes | np.ndarray) -> np.ndarray:
    """Unpack packed 128-byte voices (bulk-dump format) to 155-byte voices, without clipping.

    Bit 7 of every byte and the bits no field uses are ignored.

    Parameters
    ----------
    packed : bytes or ndarray, shape (128,) or (N, 128)

    Returns
    -------
    ndarray, shape (155,) or (N, 155), uint8
        Values as stored, possibly above their DX7 maximum (see :func:`voice_problems`).

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    p = (
        np.frombuffer(bytes(packed), np.uint8)
        if isinstance(packed, (bytes, bytearray))
        else np.asarray(packed, np.uint8)
    )
    if p.shape[-1] != PACKED_VOICE_SIZE:
        raise ValueError(f"a packed DX7 voice has {PACKED_VOICE_SIZE} bytes, got shape {p.shape}")
    return ((p[..., _PACKED_BYTE].astype(np.int64) >> _SHIFT) & _MASK).astype(np.uint8)


def pack_voice(values: bytes | np.ndarray) -> bytes:
    """Pack one 155-byte unpacked voice into the 128-byte bulk-dump format.

    Raises
    ------
    ValueError
        When a value is outside its DX7 range (the message names the parameter).

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    v = _as_voice_array(values, "voice")
    problems = voice_problems(v)
    if problems:
        raise ValueError("cannot pack a voice with out-of-range values: " + "; ".join(problems))
    out = np.zeros(PACKED_VOICE_SIZE, dtype=np.int64)
    np.bitwise_or.at(out, _PACKED_BYTE, (v.astype(np.int64) & _MASK) << _SHIFT)
    return out.astype(np.uint8).tobytes()


def _as_voice_array(item: Any, what: str) -> np.ndarray:
    """155 unpacked values from a Voice, a dexed.Patch (anything with ``to_sysex``), bytes or an array."""
    if isinstance(item, Voice):
        raw: Any = item.data
    elif hasattr(item, "to_sysex"):
        raw = item.to_sysex()
    else:
        raw = item
    if isinstance(raw, (bytes, bytearray)):
        arr = np.frombuffer(bytes(raw), dtype=np.uint8).astype(np.int64)
    else:
        arr = np.asarray(raw)
        if arr.dtype.kind not in "iu":
            raise TypeError(
                f"{what}: expected a Voice, a dexed.Patch, bytes or an integer array, got {type(item).__name__}"
            )
        arr = arr.astype(np.int64)
    if arr.ndim != 1 or arr.shape[0] not in (VOICE_SIZE, VOICE_SIZE + 1):
        raise ValueError(
            f"{what}: an unpacked DX7 voice has {VOICE_SIZE} (or {VOICE_SIZE + 1}) bytes, got shape {arr.shape}"
        )
    return arr[:VOICE_SIZE]


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------
def _checksum(data: bytes) -> int:
    """DX7 sysex checksum: low 7 bits of the two's complement of the data bytes' sum."""
    return (-sum(data)) & 0x7F


def _lenient(strict: bool, path: Path, msg: str) -> None:
    if strict:
        raise SyxError(f"{path}: {msg}; pass strict=False to read it anyway")
    warnings.warn(f"{path}: {msg}; reading it anyway (strict=False)", stacklevel=3)


def _frame(data: bytes, path: Path, strict: bool) -> tuple[int, bytes]:
    """Check framing, header, length and checksum; return (format, data bytes)."""
    n = len(data)
    if n == 0:
        raise SyxError(f"{path}: empty file")
    if data[0] != _SYSEX_START:
        if n == BANK_PAYLOAD_SIZE and _SYSEX_START not in data and _SYSEX_END not in data:
            _lenient(strict, path, "raw 4096-byte voice data without sysex framing (no header, no checksum)")
            return _FORMAT_BANK, data
        raise SyxError(f"{path}: not a sysex file: first byte is 0x{data[0]:02X}, expected F0")
    if n < _HEADER_SIZE:
        raise SyxError(f"{path}: truncated: {n} bytes, shorter than a sysex header")
    if data[1] != _YAMAHA:
        raise SyxError(f"{path}: not a Yamaha message: manufacturer ID 0x{data[1]:02X}, expected 0x43")
    if data[2] >> 4 != 0:
        raise SyxError(f"{path}: not a bulk dump: sub-status byte 0x{data[2]:02X}, expected 0x0n (n = MIDI channel)")
    fmt = data[3]
    if fmt not in _BYTE_COUNT:
        raise SyxError(f"{path}: unsupported format 0x{fmt:02X}: expected 0x09 (32-voice bank) or 0x00 (single voice)")
    if tuple(data[4:6]) != _BYTE_COUNT[fmt]:
        raise SyxError(f"{path}: byte count {data[4]:02X} {data[5]:02X} does not match format 0x{fmt:02X}")
    size = BANK_PAYLOAD_SIZE if fmt == _FORMAT_BANK else VOICE_SIZE
    total = _HEADER_SIZE + size + 2
    kind = "a 32-voice bank dump" if fmt == _FORMAT_BANK else "a single-voice dump"
    if n < total:
        raise SyxError(f"{path}: truncated: {n} bytes, {kind} has {total}")
    if data[total - 1] != _SYSEX_END:
        raise SyxError(f"{path}: missing F7 (end of sysex) at byte {total - 1}: found 0x{data[total - 1]:02X}")
    if n > total:
        _lenient(strict, path, f"too long: {n - total} byte(s) after the final F7 of {kind} ({total} bytes)")
    body = data[_HEADER_SIZE : _HEADER_SIZE + size]
    stored, computed = data[_HEADER_SIZE + size], _checksum(body)
    if stored != computed:
        _lenient(strict, path, f"checksum mismatch: stored 0x{stored:02X}, computed 0x{computed:02X}")
    return fmt, body


def read_bank(path: str | os.PathLike[str], *, strict: bool = True) -> list[Voice]:
    """Read the voices of a DX7 sysex file.

    Parameters
    ----------
    path : str or PathLike
        A 32-voice bulk dump (4104 bytes) or a single-voice dump (163 bytes).
    strict : bool
        When False, a checksum mismatch, bytes after the final F7 and a raw 4096-byte payload
        without framing give a warning instead of an error.

    Returns
    -------
    list of Voice
        32 voices (one for a single-voice dump), in bank order. A voice with out-of-range values
        is returned clipped, with :attr:`Voice.problems` listing them.

    Raises
    ------
    SyxError
        When the file cannot be read, is empty, truncated or too long, lacks F0/F7, is not a
        Yamaha DX7 voice dump, or (``strict=True``) its checksum does not match. The message
        names the file.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    from synthproxy.validate import InputError, read_input_bytes

    path = Path(path)
    try:
        data = read_input_bytes(path, "sysex file")
    except InputError as e:
        raise SyxError(str(e)) from None
    except OSError as e:
        raise SyxError(f"{path}: cannot read: {e.strerror or e}") from e
    fmt, body = _frame(data, path, strict)
    raw = np.frombuffer(body, dtype=np.uint8)
    if fmt == _FORMAT_BANK:
        packed = raw.reshape(BANK_VOICES, PACKED_VOICE_SIZE)
        values = unpack_voice(packed)
        bit7 = packed >= 0x80
        extra = (packed.astype(np.int64) & 0x7F & ~_USED_BITS) != 0
    else:
        values = raw[None, :].copy()
        bit7 = values >= 0x80
        values = values & 0x7F
        extra = np.zeros_like(bit7)
    voices = []
    for i in range(values.shape[0]):
        problems = voice_problems(values[i])
        if bit7[i].any():
            problems.append(
                f"data byte(s) {', '.join(map(str, np.flatnonzero(bit7[i])))} of the voice have bit 7 set "
                "(not valid in sysex; masked off)"
            )
        clipped = np.minimum(values[i], VOICE_MAXIMA).astype(np.uint8).tobytes()
        if extra[i].any():
            logger.debug(
                "%s[%d]: unused bits set in packed byte(s) %s (ignored)",
                path.name,
                i,
                np.flatnonzero(extra[i]).tolist(),
            )
        voices.append(Voice(path.stem, i, voice_name(clipped), clipped, tuple(problems)))
    bad = sum(not v.valid for v in voices)
    if bad:
        logger.info("%s: %d of %d voice(s) have out-of-range values (clipped, marked invalid)", path, bad, len(voices))
    return voices


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def write_bank(
    path: str | os.PathLike[str],
    voices: Iterable[Voice | dexed.Patch | bytes | np.ndarray],
    *,
    channel: int = 0,
) -> Path:
    """Write up to 32 voices as a valid 32-voice DX7 bulk dump (4104 bytes), atomically.

    Parameters
    ----------
    path : str or PathLike
        Output ``.syx`` file; replaced atomically (temporary file + ``os.replace``).
    voices : iterable
        Up to 32 of: :class:`Voice`, ``dexed.Patch`` (anything with ``to_sysex()``), or 155/156
        unpacked bytes (bytes or integer array). Fewer than 32 are padded with :data:`INIT_VOICE`.
    channel : int
        MIDI channel written in the header, 0..15.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    SyxError
        For more than 32 voices, or a voice with an out-of-range value (naming the voice and parameter).

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    path = Path(path)
    if not 0 <= channel <= 15:
        raise ValueError(f"channel must be 0..15, got {channel}")
    items = list(voices)
    if len(items) > BANK_VOICES:
        raise SyxError(f"{path}: a bank holds {BANK_VOICES} voices, got {len(items)}")
    packed = []
    for i, item in enumerate(items):
        name = getattr(item, "name", None)
        what = f"{path}: voice {i}" + (f" {name.strip()!r}" if isinstance(name, str) else "")
        try:
            packed.append(pack_voice(_as_voice_array(item, what)))
        except (ValueError, TypeError) as e:
            raise SyxError(f"{what}: {e}" if not str(e).startswith(what) else str(e)) from e
    packed += [pack_voice(INIT_VOICE)] * (BANK_VOICES - len(items))
    body = b"".join(packed)
    header = bytes([_SYSEX_START, _YAMAHA, channel, _FORMAT_BANK, *_BYTE_COUNT[_FORMAT_BANK]])
    write_bytes(path, header + body + bytes([_checksum(body), _SYSEX_END]))
    return path
