"""Task functions for generation tests that must run in real worker processes (imported by the workers)."""

import os
import time

import synthproxy.generate as g

_real_sample = g.sample_audible_preset


def _hanging_sample(engine, seed, index, **kw):
    if index == 5:
        time.sleep(3600)  # as a plugin stuck in a loop would
    return _real_sample(engine, seed, index, **kw)


def hang_on_preset_5(*args, **kwargs):
    """generate_chunk whose render of preset 5 never returns."""
    g.sample_audible_preset = _hanging_sample
    return g.generate_chunk(*args, **kwargs)


def crash_on_preset_3(spec_dict, settings_dict, model_name, seed, indices, *args, **kwargs):
    """generate_chunk whose worker process dies on preset 3 (as a segfaulting plugin would)."""
    if 3 in indices:
        os._exit(1)
    return g.generate_chunk(spec_dict, settings_dict, model_name, seed, indices, *args, **kwargs)
