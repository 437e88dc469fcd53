import numpy as np
import pytest

from synthproxy.render import RenderError, RenderSettings, is_audible, postprocess, render_preset, rms


def test_settings_validate_and_round_trip():
    s = RenderSettings()
    assert RenderSettings.from_dict(s.to_dict()) == s
    assert s.num_samples == round(s.render_length_s * s.sample_rate)
    for bad in ({"velocity": 0}, {"midi_note": 128}, {"note_hold_s": 5.0, "render_length_s": 2.0}, {"sample_rate": 0}):
        with pytest.raises(ValueError):
            RenderSettings(**bad)


def test_postprocess_mono_length_fade():
    s = RenderSettings(sample_rate=1000, render_length_s=1.0, note_hold_s=0.5, fade_out_s=0.1)
    x = postprocess(np.ones((2, 1500)), s)
    assert x.shape == (1000,) and x.dtype == np.float32
    assert x[0] == 1.0 and x[-1] == 0.0 and 0 < x[-50] < 1
    assert postprocess(np.ones(10), s).shape == (1000,)  # short renders are zero-padded


def test_level_helpers():
    assert rms(np.zeros(10)) == 0.0
    assert rms(np.full(4, 0.5)) == pytest.approx(0.5)
    assert not is_audible(np.zeros(100)) and is_audible(np.full(100, 0.1)) and not is_audible(np.full(100, 1.5))


def test_render_preset_checks_nan(toy_engine, toy_spec):
    a = render_preset(toy_engine, np.array([0.5, 0, 0, 0.5, 0.9], np.float32))
    assert a.shape == (toy_engine.settings.num_samples,) and np.isfinite(a).all()
    toy_engine.render_values = lambda v: np.full(100, np.nan)
    with pytest.raises(RenderError, match="NaN"):
        render_preset(toy_engine, np.array([0.5, 0, 0, 0.5, 0.9], np.float32))
