"""Preset vectors for engine tests: a spec's defaults with a few parameters changed by name."""

from __future__ import annotations

import numpy as np

from synthproxy.synths.spec import SynthSpec


def preset_with(spec: SynthSpec, **values: float) -> np.ndarray:
    """``spec.defaults`` with the named parameters set to the given normalized values."""
    names = [p.name for p in spec.parameters]
    v = spec.defaults.copy()
    for name, x in values.items():
        v[names.index(name)] = x
    return v
