"""The DX7 level bound: its algorithm table against renders, the bound against renders, and that random
draws skip renders without changing a single kept preset or rejection count."""

import numpy as np
import pytest

from synthproxy.presets.bank_prior import prior_preset
from synthproxy.presets.syx import INIT_VOICE
from synthproxy.render import render_preset, render_values, rms, sample_audible_preset
from synthproxy.synths import open_engine
from synthproxy.synths.dexed_level import (
    ALGORITHM_BYTE,
    CARRIERS,
    OPERATOR_BYTES,
    carrier_units,
    peak_bound,
    scaled_level,
)

pytest.importorskip("dexed")

from synthproxy.synths.dexed_engine import values_from_voice  # noqa: E402


@pytest.fixture(scope="module")
def engine():
    return open_engine("dexed")


def _voice(algorithm: int, levels: dict[int, int]) -> bytes:
    """INIT VOICE with ``algorithm`` (0-31), every EG level 99 and output level ``levels[op]`` (others 0)."""
    b = bytearray(INIT_VOICE)
    b[ALGORITHM_BYTE] = algorithm
    for op in range(1, 7):
        o = (6 - op) * OPERATOR_BYTES
        b[o + 4 : o + 8] = bytes([99, 99, 99, 99])
        b[o + 16] = levels.get(op, 0)
    return bytes(b)


def test_scaled_level_follows_the_dx7_table():
    assert scaled_level(np.array([0, 1, 19, 20, 99])).tolist() == [0, 5, 46, 48, 127]


@pytest.mark.parametrize("algorithm", range(32))
def test_carriers_are_the_operators_that_are_heard(engine, algorithm):
    heard = []
    for op in range(1, 7):
        audio = engine.render_patch(_voice(algorithm, {op: 99}))
        heard.append(rms(audio) > 0.05)
    assert tuple(op for op in range(1, 7) if heard[op - 1]) == CARRIERS[algorithm]


def test_bound_holds_for_full_carriers(engine):
    # algorithm 32: six carriers at full level, the loudest voice the bound admits
    for levels in ({1: 99}, {k: 99 for k in range(1, 7)}):
        voice = _voice(31, levels)
        peak = float(np.abs(render_values(engine, values_from_voice(voice, engine.spec))).max())
        bound = peak_bound(voice, engine.spec.output_gain)
        assert peak <= bound < 1.2 * peak


def test_no_bound_for_level_scaling_or_velocity():
    for byte in (9, 10, 15):
        b = bytearray(_voice(0, {1: 50}))
        b[byte] = 3
        assert carrier_units(bytes(b)) is None
    assert carrier_units(_voice(0, {1: 50})) is not None


def test_random_draws_known_silent_are_silent_and_heard_ones_stay_below_the_bound(engine):
    known = 0
    for i in range(400):
        preset = prior_preset(engine.spec, 7, i, 0, None)
        values = engine.spec.to_values(preset)
        level = rms(render_preset(engine, preset))
        bound = peak_bound(engine.voice(values), engine.spec.output_gain)
        assert bound is not None and level <= bound
        if engine.known_silent(values, 0.01):
            known += 1
            assert level <= 0.01
    assert known > 150  # about six in ten random draws are known silent


def test_sampling_with_the_bound_keeps_every_draw_the_same(engine):
    for i in range(12):
        fast = sample_audible_preset(engine, 500, i)
        slow = sample_audible_preset(engine, 500, i, render=render_preset)  # a given render disables the bound
        assert fast.attempts == slow.attempts and fast.rejections == slow.rejections
        np.testing.assert_array_equal(fast.preset, slow.preset)
        np.testing.assert_array_equal(fast.audio, slow.audio)
