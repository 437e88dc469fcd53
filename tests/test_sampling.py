import numpy as np
import pytest

from synthproxy.presets.sampling import (
    preset_rng,
    random_preset,
    random_presets,
)
from synthproxy.render import (
    PresetRejected,
    sample_audible_preset,
)


def test_same_preset_whatever_the_chunking(toy_spec):
    whole = random_presets(toy_spec, 7, range(100))
    parts = np.concatenate([random_presets(toy_spec, 7, range(a, a + 10)) for a in range(90, -1, -10)][::-1])
    assert np.array_equal(whole, parts)
    assert np.array_equal(whole[37], random_preset(toy_spec, 7, 37))


def test_seeds_and_attempts_differ(toy_spec):
    assert not np.array_equal(random_preset(toy_spec, 1, 0), random_preset(toy_spec, 2, 0))
    assert not np.array_equal(random_preset(toy_spec, 1, 0), random_preset(toy_spec, 1, 0, attempt=1))
    with pytest.raises(ValueError):
        preset_rng(-1, 0)


def test_distribution_follows_spec(toy_spec):
    x = random_presets(toy_spec, 3, range(6000))
    assert x.shape == (6000, 5)  # master_volume excluded
    cutoff, wave, sync, octave, level = x.T
    assert cutoff.min() >= 0.1 and cutoff.max() <= 0.9
    counts = np.bincount(wave.astype(int), minlength=4) / len(x)
    assert counts[2] == 0  # excluded category never drawn
    np.testing.assert_allclose(counts[[0, 1, 3]], [0.25, 0.25, 0.5], atol=0.03)  # weights 1, 1, 2
    assert set(np.unique(sync)) == {0.0, 1.0}
    assert set(np.round(np.unique(octave), 6)) == {0.0, 0.25, 0.5, 0.75, 1.0}


def test_values_round_trip(toy_spec):
    x = random_presets(toy_spec, 0, range(50))
    v = toy_spec.to_values(x)
    assert v.shape == (50, 6)
    assert np.all(v[:, 5] == np.float32(0.7))  # unused parameter at its default
    assert np.array_equal(toy_spec.from_values(v), x)


def test_from_values_snaps_to_spec(toy_spec):
    v = np.array([0.95, 2 / 3, 0.7, 0.3, 0.5, 0.1], np.float32)  # cutoff above interval, wave on excluded step
    x = toy_spec.from_values(v)
    assert x[0] == pytest.approx(0.9)
    assert x[1] in (1.0, 3.0)  # nearest allowed category, never the excluded 2
    assert x[2] == 1.0 and x[3] == pytest.approx(0.25)


def test_level_filter_rejects_silence(toy_spec, toy_engine):
    s = sample_audible_preset(toy_engine, 5, 3)
    assert s.attempts >= 1 and 0.01 < np.sqrt(np.mean(s.audio**2)) < 1.0
    assert np.array_equal(s.preset, random_preset(toy_spec, 5, 3, s.attempts - 1))
    # a filter nothing passes: rejected with counts by reason
    with pytest.raises(PresetRejected, match="preset 3 of seed 5"):
        sample_audible_preset(toy_engine, 5, 3, rms_min=2.0, rms_max=3.0, max_attempts=4)
