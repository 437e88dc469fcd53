"""The explorer (synthproxy.explore): views, interpolation paths, parameter controls and the widget,
on the toy spec and engine of conftest.py with a toy audio model and an untrained encoder."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from synthproxy import explore as ex
from synthproxy.encoders import build_encoder
from synthproxy.match import Bank, SoundMatcher, embedding_distance
from synthproxy.presets.sampling import random_presets

SR = 44100


class ToyAudioModel:
    """Log band energies of the spectrum (D = 16)."""

    name, sample_rate, embedding_size, weights_hash = "toy", SR, 16, None

    def embed(self, audio: np.ndarray) -> np.ndarray:
        spec = np.abs(np.fft.rfft(np.atleast_2d(audio), axis=1))
        return np.log1p(np.stack([b.mean(1) for b in np.array_split(spec, 16, axis=1)], 1)).astype(np.float32)


@pytest.fixture
def explorer(toy_spec, toy_engine) -> ex.Explorer:
    torch.manual_seed(0)
    enc = build_encoder("mlp", toy_spec, out_features=16, size="s", hidden_features=32).eval()
    presets = random_presets(toy_spec, 3, range(10))
    presets[:, 4] = np.maximum(presets[:, 4], 0.5)  # audible
    m = SoundMatcher(toy_spec, enc, ToyAudioModel(), toy_engine)
    m.set_bank(Bank(presets, [f"P{i}" for i in range(10)], ["toybank"] * 10))
    return ex.Explorer(m)


def test_blend_presets_interpolates_numbers_and_switches_categories(toy_spec):
    a = np.array([0.1, 0.0, 0.0, 0.0, 0.2], np.float32)
    b = np.array([0.9, 3.0, 1.0, 1.0, 1.0], np.float32)
    got = ex.blend_presets(toy_spec, a, b, np.array([0.0, 0.25, 0.5, 1.0]))
    assert np.array_equal(got[0], a) and np.array_equal(got[-1], b)
    assert got[1, 0] == pytest.approx(0.3) and got[1, 4] == pytest.approx(0.4)
    assert list(got[:, 1]) == [0, 0, 3, 3] and list(got[:, 2]) == [0, 0, 1, 1]
    assert got[1, 3] == pytest.approx(0.25)  # a 5-step parameter snapped to its step


def test_view_shows_audio_embeddings_and_neighbours(explorer):
    preset, name = explorer.bank_preset(2)
    v = explorer.view(preset, name)
    assert name == "toybank: P2" and v.audio.shape == (explorer.matcher.settings.num_samples,)
    assert v.embedding.shape == v.predicted.shape == (16,)
    assert v.l1 == pytest.approx(np.abs(v.embedding - v.predicted).mean())
    assert len(v.neighbours) == ex.NEIGHBOURS and "P2" not in set(v.neighbours["name"])  # itself left out
    assert list(v.neighbours["proxy_l1"]) == sorted(v.neighbours["proxy_l1"])
    outputs = ex.view_outputs(v)
    assert type(outputs[1]).__name__ == "Audio" and type(outputs[2]).__name__ == "Figure"


def test_path_goes_from_one_preset_to_the_other_through_the_proxy(explorer):
    (a, na), (b, nb) = explorer.bank_preset(0), explorer.bank_preset(1)
    p = explorer.path(a, b, steps=5, refine_steps=30, names=(na, nb))
    assert np.array_equal(p.presets[0], a) and np.array_equal(p.presets[-1], b)
    assert p.audio.shape == (5, explorer.matcher.settings.num_samples) and p.embeddings.shape == (5, 16)
    assert np.allclose(p.targets[[0, -1]], p.predicted[[0, -1]], atol=1e-5)
    blend = ex.blend_presets(explorer.spec, a, b, p.t)
    before = embedding_distance(explorer.matcher.proxy_embeddings(blend), p.targets)
    after = embedding_distance(p.predicted, p.targets)
    assert np.all(after <= before + 1e-6)  # refinement never moves a point away from its place on the line
    gap = int(ex.PATH_GAP_S * SR)
    assert ex.path_audio(p).shape == (5 * p.audio.shape[1] + 4 * gap,)
    assert type(ex.path_outputs(p)[2]).__name__ == "Figure"
    with pytest.raises(ValueError, match="at least 2"):
        explorer.path(a, b, steps=1)


def test_controls_round_trip_presets(explorer):
    for i in range(5):
        preset, _ = explorer.bank_preset(i)
        controls = explorer.controls(preset)
        assert len(controls) == len(explorer.spec.used)
        assert np.allclose(explorer.preset_from_controls(controls), preset, atol=1e-6)
    kinds = [type(c).__name__ for c in explorer.controls(preset)]
    assert kinds == ["FloatSlider", "Dropdown", "Checkbox", "IntSlider", "FloatSlider"]
    assert [o[1] for o in explorer.controls(preset)[1].options] == [0, 1, 3]  # excluded category not offered


def test_widget_builds_and_reacts(explorer, toy_engine):
    w = ex.explorer_widget(explorer)
    sliders = w.children[3]
    assert len(sliders.children) == len(explorer.spec.used)
    bank_pick = w.children[0].children[1]
    bank_pick.value = 4
    assert np.allclose(explorer.preset_from_controls(list(sliders.children)), explorer.bank_preset(4)[0], atol=1e-6)
    calls = toy_engine.calls
    sliders.children[0].value = 0.7  # moving a slider renders again
    assert toy_engine.calls == calls + 1
    steps, walk = w.children[7].children
    steps.value = 3
    walk.click()
    assert toy_engine.calls == calls + 1 + 3
