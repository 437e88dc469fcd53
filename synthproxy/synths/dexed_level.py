"""An upper bound on a DX7 voice's level, read from its bytes: silent random draws skipped without a render.

Nine in ten random Dexed draws are too quiet for the study's level window (RMS <= 0.01) and are drawn
again (:func:`synthproxy.render.sample_audible_preset`); rendering them is most of the cost of a Dexed
dataset. Many of them can be known silent from the voice alone, because an FM operator's output is a
sine (of a modulated phase) times its envelope: whatever the modulation, a carrier never exceeds its
envelope's peak, and the voice's output never exceeds the sum of its carriers' peaks.

A carrier's envelope level follows the MSFA engine's level arithmetic (``Env``, ``Dx7Note`` in Dexed's
sources under ``third_party/dexed-plugin``): with ``s`` the DX7 output-level scaling (:func:`scaled_level`),
a level byte ``L`` and the output level ``OL`` give ``(s(L) >> 1) * 64 + s(OL) * 32 - 4256`` units of
1/256 doubling (0.0235 dB). The envelope starts low and moves between its four levels, so its peak is the
largest of them. Amplitude modulation only lowers the level; keyboard level scaling and velocity
sensitivity raise it, so voices that use them get no bound.

:func:`peak_bound` is that bound at the spec's output stage. It is exact arithmetic on the voice plus two
measured constants: the peak of one carrier at full level (:data:`FULL_CARRIER_PEAK`) and the noise floor
of a voice whose carriers are all at the lowest level (:data:`LEVEL_FLOOR`). ``tests/test_dexed_level.py``
checks the algorithm table against renders and that no draw the bound calls silent is heard.

Shown in use in ``notebooks/02_generate.ipynb`` (the generation statistics).
"""

from __future__ import annotations

import numpy as np

#: Carriers (operators whose output is heard, 1 = OP1) of the 32 DX7 algorithms, in algorithm order.
CARRIERS: tuple[tuple[int, ...], ...] = (
    (1, 3), (1, 3), (1, 4), (1, 4), (1, 3, 5), (1, 3, 5), (1, 3), (1, 3),
    (1, 3), (1, 4), (1, 4), (1, 3), (1, 3), (1, 3), (1, 3), (1,),
    (1,), (1,), (1, 4, 5), (1, 2, 4), (1, 2, 4, 5), (1, 3, 4, 5), (1, 2, 4, 5), (1, 2, 3, 4, 5),
    (1, 2, 3, 4, 5), (1, 2, 4), (1, 2, 4), (1, 3, 6), (1, 2, 3, 5), (1, 2, 3, 6), (1, 2, 3, 4, 5), (1, 2, 3, 4, 5, 6),
)  # fmt: skip

#: DX7 output-level scaling of levels 0-19 (from 20 on, the level plus 28).
_LOW_LEVELS = np.array([0, 5, 9, 13, 17, 20, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 42, 43, 45, 46])

#: Bytes of a 155-byte voice: 21 per operator, OP6 first; within one: EG levels 4-7, level-scaling depths
#: 9-10, key velocity sensitivity 15, output level 16; the algorithm at 134.
OPERATOR_BYTES: int = 21
ALGORITHM_BYTE: int = 134
_EG_LEVELS = slice(4, 8)
_SCALING_BYTES = (9, 10, 15)
_OUTPUT_LEVEL = 16

#: Envelope level units (1/256 doubling) of a carrier at output level 99 with an EG level of 99.
FULL_LEVEL_UNITS: int = 3840
#: Lowest envelope level the engine plays, in the same units.
MIN_LEVEL_UNITS: int = 16
#: Peak of one carrier at full level, output stage excluded (linear, full scale = 1): measured on dexed-py
#: as 1.0266 (0.12832 after the Dexed plugin's 1/8 output gain), plus 5% for the output stage's DC blocker
#: and the sine table's rounding.
FULL_CARRIER_PEAK: float = 1.0266 * 1.05
#: Level of a voice whose carriers are all at the lowest level, after the output gain (linear): measured
#: at most 1.3e-5 in 3,000 random Dexed draws, taken 8 times larger.
LEVEL_FLOOR: float = 1e-4


def scaled_level(level: np.ndarray | int) -> np.ndarray:
    """DX7 output-level scaling of level bytes 0-99 (0-127, nearly 0.75 dB a step from 20 on)."""
    lv = np.asarray(level, dtype=np.int64)
    return np.where(lv >= 20, lv + 28, _LOW_LEVELS[np.minimum(lv, 19)])


def carrier_units(voice: bytes | np.ndarray) -> np.ndarray | None:
    """Peak envelope level of each carrier of a voice, in 1/256 doubling; None when no bound applies.

    Parameters
    ----------
    voice : bytes or ndarray
        A 155- (or 156-) byte DX7 voice, values in range.

    Returns
    -------
    ndarray, shape (n_carriers,), int, or None
        None when an operator uses keyboard level scaling or velocity sensitivity (which raise its level).
    """
    b = np.frombuffer(bytes(voice), np.uint8) if not isinstance(voice, np.ndarray) else voice.astype(np.uint8)
    ops = b[: 6 * OPERATOR_BYTES].reshape(6, OPERATOR_BYTES)[::-1]  # row k = OP(k+1)
    if ops[:, list(_SCALING_BYTES)].any():
        return None
    carriers = np.array(CARRIERS[int(b[ALGORITHM_BYTE]) % 32]) - 1
    eg = (scaled_level(ops[carriers, _EG_LEVELS]) >> 1).max(axis=1)
    units = eg * 64 + scaled_level(ops[carriers, _OUTPUT_LEVEL]) * 32 - 4256
    return np.maximum(units, MIN_LEVEL_UNITS)


def peak_bound(voice: bytes | np.ndarray, output_gain: float = 1.0) -> float | None:
    """Upper bound of a voice's peak (hence RMS) level after the output stage; None when none applies.

    Parameters
    ----------
    voice : bytes or ndarray
        A 155- (or 156-) byte DX7 voice.
    output_gain : float
        The spec's output gain (dexed: 1/8, the Dexed plugin's).

    Returns
    -------
    float or None
        Linear level (full scale = 1) no sample of the render exceeds.
    """
    units = carrier_units(voice)
    if units is None:
        return None
    amplitude = np.exp2((units - FULL_LEVEL_UNITS) / 256.0).sum()
    return float(amplitude * FULL_CARRIER_PEAK * output_gain + LEVEL_FLOOR)
