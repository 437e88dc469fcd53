"""Shared fixtures: a small inline spec and a fake engine (unit tests only; real engines are tested elsewhere)."""

from __future__ import annotations

import numpy as np
import pytest

from synthproxy.render import RenderSettings
from synthproxy.synths.spec import SynthSpec, spec_from_dict

TOY = {
    "name": "toy",
    "engine": "plugin",
    "excluded_patterns": ["master*"],
    "parameters": [
        {"name": "cutoff", "type": "num", "default": 0.5, "index": 0, "interval": [0.1, 0.9]},
        {
            "name": "wave",
            "type": "cat",
            "default": 0.0,
            "index": 1,
            "cardinality": 4,
            "weights": [1, 1, 1, 2],
            "excluded": [2],
            "labels": ["sine", "saw", "s&h", "square"],
        },
        {"name": "sync", "type": "bin", "default": 0.0, "index": 2},
        {"name": "octave", "type": "num", "default": 0.5, "index": 3, "cardinality": 5},
        {"name": "level", "type": "num", "default": 0.8, "index": 4},
        {"name": "master_volume", "type": "num", "default": 0.7, "index": 5},
    ],
}


@pytest.fixture
def toy_spec() -> SynthSpec:
    return spec_from_dict(TOY)


class ToyEngine:
    """A deterministic stand-in synth: a sine whose pitch/level follow the values (unit tests only)."""

    def __init__(self, spec: SynthSpec, settings: RenderSettings | None = None):
        self.spec = spec
        self.settings = settings or RenderSettings(render_length_s=0.2, note_hold_s=0.1, fade_out_s=0.01)
        self.calls = 0

    def render_values(self, values: np.ndarray) -> np.ndarray:
        self.calls += 1
        t = np.arange(self.settings.num_samples) / self.settings.sample_rate
        level = values[4] ** 3  # level near 0 -> silent, as real synths do
        return np.stack([level * np.sin(2 * np.pi * (100 + 900 * values[0]) * t)] * 2)


@pytest.fixture
def toy_engine(toy_spec) -> ToyEngine:
    return ToyEngine(toy_spec)
