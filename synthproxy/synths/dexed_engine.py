"""The ``dexed`` engine: DX7 voices rendered by dexed-py (the Dexed/MSFA engine as a Python package).

Each spec parameter names a ``dexed.Preset`` field in its ``field`` key (``op_env_rates[0,1]`` =
operator 1, EG rate 2; operator index 0 is DX7 OP1). A normalized value ``v`` becomes the DX7
value ``round(v * max)`` of that field (``max`` = 99 for levels and rates, 31 for the algorithm,
7 for feedback, ...), exactly as the Dexed plugin maps its host parameters (``CtrlDX``, Dexed
0.9.2 and later) and as ``dexed.Preset.to_patch`` rounds; categorical fields (algorithm, LFO wave,
oscillator mode, key-scaling curves) have ``max + 1`` categories, so class ``i`` is DX7 value
``i``. Parameters without a ``field`` (the plugin's filter, output and master tune, operator
switches) have no DX7-voice meaning here and are ignored; voice bytes no parameter sets come
from the INIT VOICE.

A render builds the 155-byte voice with a few NumPy operations, loads it with
``DexedSynth.load_patch`` and renders one note; that is cheaper than ``DexedSynth.load_preset``.

The helpers convert between voices and normalized values of all spec parameters, for hand-crafted
presets (:func:`values_from_voice`, :func:`values_from_patch`) and for writing matched presets back
as DX7 voices (:func:`voice_from_values`, :func:`patch_from_values`). They also serve the Dexed VST
spec (``dexed-vst``, which has no ``field`` keys): its parameters are mapped by name through
:data:`DEXED_VST_FIELDS`, the host value of a Dexed plugin parameter being the same ``DX7 value /
max``.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from synthproxy.presets.dx7_voice import (
    DEXED_VST_FIELDS,
    _field_map,
    _native,
    _voice_bytes,
    field_offset,
    values_from_patch,
    values_from_voice,
    voice_from_values,
)
from synthproxy.presets.syx import INIT_VOICE, Voice
from synthproxy.render import RenderSettings
from synthproxy.synths.dexed_level import peak_bound
from synthproxy.synths.spec import SynthSpec

if TYPE_CHECKING:  # pragma: no cover
    import dexed

__all__ = [
    "DexedEngine",
    "DEXED_VST_FIELDS",
    "field_offset",
    "values_from_voice",
    "values_from_patch",
    "voice_from_values",
    "patch_from_values",
]


def patch_from_values(values: np.ndarray, spec: SynthSpec, name: str = "SYNTHPROXY") -> dexed.Patch:
    """A ``dexed.Patch`` from normalized values of all spec parameters (see :func:`voice_from_values`).

    Write patches as a bank with :func:`synthproxy.presets.syx.write_bank`.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    import dexed

    return dexed.Patch.from_sysex(voice_from_values(values, spec, name) + b"\x3f")


# ---------------------------------------------------------------------------------------------
# The engine
# ---------------------------------------------------------------------------------------------
class DexedEngine:
    """Render normalized values of a ``dexed`` spec's parameters with dexed-py.

    Parameters
    ----------
    spec : SynthSpec
        A spec whose parameters name ``dexed.Preset`` fields (``engine = "dexed"``).
    settings : RenderSettings, optional
        Sample rate, note, velocity and durations.

    Notes
    -----
    Renders are deterministic and do not depend on earlier renders: dexed-py starts every render
    from silence with a fresh note and LFO (checked in ``tests/test_dexed.py``). One engine holds one
    synth; give each thread or process its own engine (engines pickle as spec + settings).

    Shown in use in ``notebooks/02_generate.ipynb``.
    """

    #: Renders do not depend on earlier renders, bit for bit (generation reuses the engine across chunks).
    history_free: bool = True

    def __init__(self, spec: SynthSpec, settings: RenderSettings | None = None):
        try:
            import dexed
        except ImportError as e:
            from synthproxy.synths import SynthUnavailable

            raise SynthUnavailable(f"{spec.name}: dexed-py is not installed ({e})") from e
        self.spec = spec
        self.settings = settings or RenderSettings()
        self._map = _field_map(spec)
        self._buf = np.frombuffer(INIT_VOICE + b"\x3f", np.uint8).copy()  # 156th byte: all operators on
        self._patch_from_sysex = dexed.Patch.from_sysex
        self._synth = dexed.DexedSynth(sample_rate=float(self.settings.sample_rate))
        # The voice buffer holds in-range DX7 values only, so it equals Patch.from_sysex(buf).to_sysex() byte for
        # byte; loading it into the C++ synth directly skips that Python round trip (~0.1 ms a render).
        raw = getattr(self._synth, "_synth", None)
        self._load_sysex = raw.load_sysex if raw is not None and hasattr(raw, "load_sysex") else None

    def voice(self, values: np.ndarray) -> bytes:
        """The 156-byte voice (operator on/off byte included) a render of ``values`` plays."""
        buf = self._buf.copy()
        buf[self._map.offsets] = _native(values, self._map, self.spec)
        return buf.tobytes()

    def render_values(self, values: np.ndarray) -> np.ndarray:
        """Render normalized values of all spec parameters.

        Parameters
        ----------
        values : ndarray, shape (n_parameters,)

        Returns
        -------
        ndarray, shape (settings.num_samples,), float32
            Raw mono audio (not normalized; dexed-py's level can exceed 1 for loud voices).

        Shown in use in ``notebooks/02_generate.ipynb``.
        """
        self._buf[self._map.offsets] = _native(values, self._map, self.spec)
        if self._load_sysex is not None:
            self._load_sysex(self._buf.tobytes())
        else:
            self._synth.load_patch(self._patch_from_sysex(self._buf.tobytes()))
        return self._render()

    def known_silent(self, values: np.ndarray, rms_min: float) -> bool:
        """True when the voice of ``values`` is known, without a render, to stay at or below ``rms_min`` RMS.

        Uses the level bound of :func:`synthproxy.synths.dexed_level.peak_bound`; False when it does not apply.

        Parameters
        ----------
        values : ndarray, shape (n_parameters,)
            Normalized values of all spec parameters.
        rms_min : float
            Level (linear RMS, full scale = 1) at or below which a render counts as silent.
        """
        bound = peak_bound(self.voice(values), getattr(self.spec, "output_gain", 1.0))
        return bound is not None and bound <= rms_min

    def render_patch(self, patch: dexed.Patch | Voice | bytes) -> np.ndarray:
        """Render a DX7 voice as it is (every byte, unused parameters included).

        Returns
        -------
        ndarray, shape (settings.num_samples,), float32

        Shown in use in ``notebooks/02_generate.ipynb``.
        """
        raw = np.asarray(_voice_bytes(patch), np.uint8)
        self._synth.load_patch(self._patch_from_sysex(raw.tobytes() + b"\x3f"))
        return self._render()

    def _render(self) -> np.ndarray:
        s = self.settings
        return self._synth.render(s.midi_note, s.velocity, s.note_hold_s, s.render_length_s)

    def __getstate__(self) -> dict[str, Any]:
        return {"spec": self.spec, "settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["spec"], state["settings"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"DexedEngine({self.spec.name!r}, {self.settings.sample_rate} Hz)"
