"""The plugin engine: a VST2/VST3 synthesizer hosted by DawDreamer, rendering one note per preset.

:class:`PluginEngine` opens a plugin once, checks it against its spec (every spec parameter's index
must carry the spec's name), and renders normalized parameter values to audio. Renders are
deterministic and do not depend on what was rendered before; :func:`plugin_parameters` and
:func:`spec_from_plugin` describe a plugin and draft a spec for it (``synthproxy spec-dump``).

Resetting the plugin between renders
------------------------------------
A synth keeps state across notes: voices and their envelopes, oscillator and LFO phases, filter
memories, effect buffers, output limiters, and *de-zipper* smoothers that glide internal gains to
their parameter value over tens of milliseconds. The engine brings that state to the same point
before every render with a flush pass (about 10 % of the time of a two-second render):

1. *Flush pass* (its audio is thrown away): the preset's values are set, except a few per-plugin
   overrides (:data:`FLUSH_OVERRIDES`); MIDI "all sound off" (CC 120) stops every voice and clears
   the effect buffers; a priming note of the same pitch and velocity is held for ~0.1 s (at least
   4096 samples) so that per-voice and global smoothers reach the preset's values and pitch glides
   end on the preset's pitch; a second CC 120 ends it; one silent block follows.
2. *Re-prepare*: the plugin is suspended and prepared again (what hosts do on a transport reset;
   a VST2 plugin gets ``effSetSampleRate`` again), which clears state that MIDI cannot reach.
3. *Render pass*: the overridden parameters get the preset's values and the note is rendered:
   note-on at sample 0, note-off after ``note_hold_s``, ``render_length_s`` in all.

For amsynth (1.13) this is why it works: CC 120 resets all 128 voices (envelopes, oscillator and
LFO phases, filter memories) and mutes the reverb's comb and all-pass buffers. The reverb's comb
low-pass memories are not cleared by the mute; they drain within one sample when the damping is
0, hence ``reverb_damp = 0`` during the flush. Re-preparing resets the output limiter's peak
detector, which otherwise decays over seconds and changes the level of loud renders. The priming
note settles the voice's master-volume smoother (at 0 in a fresh plugin) and the oscillators' and
LFO's frequency glides, which start each note from the previous note's final frequency;
``freq_mod_amount = 0`` and ``amp_mod_amount = 0`` (native -1) during the flush make the priming
note's end state independent of the LFO's phase. ``lfo_waveform = sawtooth up`` is a precaution:
amsynth's source sets the LFO polarity only when a sawtooth is selected, so a triangle after a
sawtooth-down preset could come out inverted (Debian's 1.13.2 build does not show it). With the
default block size, the silent block and the re-prepare's own reverb mute would drain the reverb
without ``reverb_damp = 0``; the override keeps that true for small blocks.

What cannot be reset, measured on amsynth 1.13.2: the smoothers of the distortion amount, of
the reverb's dry/wet/width gains and of the master volume stop up to ~100 float ulps short of
their target, on the side they came from, so when these four values differ from the previous
render's the output differs by ~1e-5 at most (SNR above 85 dB; bit-identical when they are equal).
Generation therefore starts every chunk on a freshly opened engine (``history_free = False``), so a
dataset is bit-identical whatever the number of workers and however often the run was resumed.
Oscillator 2's hard-sync phase tracker is never reset by amsynth, so renders with ``osc2_sync``
on depend on earlier sync renders (2-7 dB mel-spectrogram differences): the amsynth spec keeps
sync off. The noise waveforms draw from one generator shared by all voices and instances: they
are never reproducible, and the spec excludes them.

Plugins with their own reset (:data:`PLUGIN_RESETS`)
----------------------------------------------------
TAL-NoiseMaker (built from ``third_party/tal-noisemaker`` with a 10-line patch) rebuilds its whole
synth engine on MIDI All Sound Off, as a new instance has it: voices, LFO and noise generators,
effect buffers. Its renders skip the flush pass and the re-prepare (JUCE's LV2 host re-creates an LV2
plugin on re-prepare, after which parameter values equal to its cached ones are not delivered) and
render a MIDI file whose first event is CC 120, then the note, right after seeding the process-global
libc ``rand()``, which the plugin draws from for voice detune, sample & hold and reverb noise. Renders
are then bit-identical whatever was rendered before (``history_free = True``), unless another thread
of the process calls ``rand()`` meanwhile. An LV2 plugin is loaded by its URI (``SynthSpec.plugin_uri``):
DawDreamer only finds LV2 bundles in ``~/.lv2``, ``/usr/local/lib/lv2`` and ``/usr/lib/lv2``.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import math
import os
import re
import struct
import sys
import tempfile
import threading
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.constants import BLOCK_SIZE, SAMPLE_RATE_HZ
from synthproxy.render import RenderError, RenderSettings
from synthproxy.synths import SynthUnavailable
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "PluginEngine",
    "plugin_parameters",
    "spec_from_plugin",
    "parameter_key",
    "FLUSH_OVERRIDES",
    "MIN_PRIMING_SAMPLES",
    "PRIMING_S",
    "PluginReset",
    "PLUGIN_RESETS",
    "LIBC_RAND_SEED",
]

#: Normalized values some parameters take during the flush pass, by plugin name (``SynthSpec.plugin_name``),
#: then parameter name. See the module docstring for why amsynth needs each one.
FLUSH_OVERRIDES: dict[str, dict[str, float]] = {
    "amsynth": {
        "reverb_damp": 0.0,  # comb filter memories drain in one sample after the CC 120 mute
        "freq_mod_amount": 0.0,  # native 0: no LFO -> pitch; oscillator glides end on the bare pitch
        "amp_mod_amount": 0.0,  # native -1: no LFO -> amplitude; the VCA smoother ends LFO-independent
        "lfo_waveform": 5.0 / 6.0,  # sawtooth up: sets the LFO polarity to +1, its initial value (precaution)
    },
}

#: Length of the flush pass's priming note: at least this many seconds and this many samples
#: (smoothers move 0.5 % of the way per sample: ~2400 samples reach their resting point).
PRIMING_S: float = 0.1
MIN_PRIMING_SAMPLES: int = 4096

#: Seed given to the process-global libc ``rand()`` before every render of a plugin that draws from it.
LIBC_RAND_SEED: int = 0


@dataclass(frozen=True)
class PluginReset:
    """How a plugin's renders are made independent of earlier ones, when not by the flush pass.

    Attributes
    ----------
    all_sound_off_rebuilds : bool
        The plugin rebuilds its engine on MIDI All Sound Off (CC 120): each render is one pass
        starting with CC 120 and the note, without flush pass or re-prepare; the engine is
        ``history_free``.
    libc_rand_seed : int or None
        Seed libc ``rand()`` with this just before every render (the plugin draws from it).
    required_file : str or None
        A file the plugin's bundle folder must hold to be used (the stamp of the build that has
        the reset); without it the engine refuses the plugin.
    """

    all_sound_off_rebuilds: bool = False
    libc_rand_seed: int | None = None
    required_file: str | None = None


#: Plugins with their own reset, by plugin name (``SynthSpec.plugin_name``); the others get the flush pass.
PLUGIN_RESETS: dict[str, PluginReset] = {
    # third_party/tal-noisemaker: patched to rebuild its engine on CC 120; build.sh stamps the bundle
    "TAL-NoiseMaker": PluginReset(
        all_sound_off_rebuilds=True, libc_rand_seed=LIBC_RAND_SEED, required_file="synthproxy-build.json"
    ),
}

_MIDI_ALL_SOUND_OFF = bytes([0xB0, 120, 0])
_CAPTURE_LOCK = threading.Lock()  # output capture swaps process-wide file descriptors
_DAWDREAMER_CONTINUOUS_STEPS = 0x7FFFFFFF  # JUCE's "no steps" for VST2 parameters


def parameter_key(name: str) -> str:
    """A plugin parameter name in the form specs use: lower case, runs of other characters as ``_``.

    ``"Osc 1 Wave"`` -> ``"osc_1_wave"``, ``"Filter-Cutoff"`` -> ``"filter_cutoff"``,
    ``"amp_attack"`` -> ``"amp_attack"``. Used to compare spec names with the plugin's own.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    s = unicodedata.normalize("NFKC", name).strip().lower()
    return re.sub(r"[^0-9a-z:]+", "_", s).strip("_")


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
@contextlib.contextmanager
def _captured_output() -> Iterator[list[str]]:
    """Capture what native code prints to stdout/stderr (plugin loaders are chatty); yields a list
    that holds the text afterwards. Process-wide while active (other threads' output in that window
    is captured too): keep it around short calls only. Serialized by a lock."""
    with _CAPTURE_LOCK:
        with _captured_output_unlocked() as out:
            yield out


@contextlib.contextmanager
def _captured_output_unlocked() -> Iterator[list[str]]:
    out: list[str] = []
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        saved = [os.dup(1), os.dup(2)]
    except OSError:  # no usable descriptors (embedded interpreter): do not capture
        yield out
        return
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        try:
            os.dup2(tmp.fileno(), 1)
            os.dup2(tmp.fileno(), 2)
            yield out
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)
            tmp.seek(0)
            out.append(tmp.read().decode(errors="replace"))


@functools.lru_cache(maxsize=1)
def _libc_srand() -> Any:
    """libc's ``srand`` (the process-global generator plugins draw from with ``rand()``)."""
    return ctypes.CDLL(None).srand


def _load(path: str | Path, sample_rate: int, block_size: int, uri: str | None = None) -> tuple[Any, Any]:
    """A DawDreamer engine with the plugin at ``path`` (or the LV2 plugin ``uri``, whose bundle is at
    ``path``) as its only processor; clear errors on failure."""
    path = Path(path).expanduser()
    if not path.exists():
        raise SynthUnavailable(f"plugin file {path} does not exist")
    try:
        import dawdreamer as daw
    except ImportError as e:  # pragma: no cover - dawdreamer is a dependency
        raise SynthUnavailable(f"DawDreamer is not installed ({e}); run `make setup`") from e
    engine = daw.RenderEngine(int(sample_rate), int(block_size))
    with _captured_output() as printed:
        try:
            proc = engine.make_plugin_processor("synth", uri or str(path))
            error = None
        except Exception as e:  # DawDreamer raises RuntimeError / ValueError with terse messages
            proc, error = None, e
    if proc is None:
        said = " ".join(printed[0].split())[-300:] if printed and printed[0].strip() else ""
        what = (
            f"LV2 plugin {uri} (bundle {path}) could not be loaded; DawDreamer loads LV2 plugins only from "
            "~/.lv2, /usr/local/lib/lv2 and /usr/lib/lv2"
            if uri
            else f"{path} could not be loaded as a VST2/VST3 plugin"
        )
        raise SynthUnavailable(f"{what} ({error})" + (f"; loader said: {said}" if said else "")) from error
    engine.load_graph([(proc, [])])
    return engine, proc


def _plugin_names(proc: Any) -> list[str]:
    return [proc.get_parameter_name(i) for i in range(proc.get_plugin_parameter_size())]


def _check_spec(spec: SynthSpec, names: list[str], path: Path) -> None:
    """Every spec parameter's index exists in the plugin and carries the spec's name."""
    where = str(spec.source) if spec.source else f"spec {spec.name!r}"
    for p in spec.parameters:
        if p.index is None:
            raise SynthUnavailable(f"{where}: parameter {p.name!r} has no plugin index")
        if p.index >= len(names):
            raise SynthUnavailable(
                f"{where}: parameter {p.name!r} has index {p.index}, "
                f"but the plugin {path} has only {len(names)} parameters"
            )
        theirs = names[p.index]
        if parameter_key(theirs) != parameter_key(p.name):
            raise SynthUnavailable(
                f"{where}: parameter {p.name!r} (index {p.index}) does not match the plugin {path}, "
                f"whose parameter {p.index} is {theirs!r}; is the spec for another plugin or version?"
            )
    if spec.plugin_name and parameter_key(spec.plugin_name) not in parameter_key(path.name):
        warnings.warn(
            f"{spec.name}: plugin file {path.name} does not look like {spec.plugin_name!r} "
            "(the parameter names match, so it is used)",
            stacklevel=3,
        )


# ---------------------------------------------------------------------------------------------
# MIDI with controller messages (DawDreamer only reads those from a file)
# ---------------------------------------------------------------------------------------------
def _vlq(n: int) -> bytes:
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    return bytes(reversed(out))


def _cc_midi_bytes(events: list[tuple[int, bytes]], sample_rate: int) -> bytes:
    """A one-track MIDI file's bytes, with ``(sample, message)`` events at exact sample positions.

    Two ticks per sample; each event sits half a sample late so DawDreamer's truncation of
    seconds * rate lands on the intended sample.
    """
    g = math.gcd(int(sample_rate), 1_000_000)
    ticks_per_quarter, tempo_us = 2 * sample_rate // g, 1_000_000 // g
    if ticks_per_quarter > 0x7FFF or tempo_us > 0xFFFFFF:
        raise ValueError(f"sample rate {sample_rate} Hz cannot be expressed in MIDI ticks")
    data = b"\x00\xff\x51\x03" + tempo_us.to_bytes(3, "big")
    last = 0
    for sample, msg in sorted(events, key=lambda e: e[0]):
        tick = 2 * sample + 1
        data += _vlq(tick - last) + msg
        last = tick
    data += b"\x00\xff\x2f\x00"
    return b"MThd" + struct.pack(">IHHH", 6, 0, 1, ticks_per_quarter) + b"MTrk" + struct.pack(">I", len(data)) + data


def _midi_file(blob: bytes) -> Path:
    """The path of a MIDI file holding ``blob``, written once and shared by every engine of this user.

    DawDreamer loads MIDI from files only. The file is named by its content's hash in one directory
    per user under the temporary directory, so engines of the same settings share it and an engine
    that is killed (a Dask worker, a timed-out render) leaves nothing new behind. It is written to a
    temporary name and renamed, so concurrent workers never see half a file.
    """
    user = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"synthproxy-midi-{user}"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"{hashlib.sha256(blob).hexdigest()[:20]}.mid"
    with contextlib.suppress(OSError):
        if path.read_bytes() == blob:
            return path
    with tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False) as f:
        f.write(blob)
    os.replace(f.name, path)
    return path


# ---------------------------------------------------------------------------------------------
# The engine
# ---------------------------------------------------------------------------------------------
class PluginEngine:
    """A VST2/VST3 synth hosted by DawDreamer (implements :class:`synthproxy.render.Engine`).

    Parameters
    ----------
    spec : SynthSpec
        The synth's spec (engine ``"plugin"``); every parameter's ``index`` and name are checked
        against the plugin when it opens.
    settings : RenderSettings
        Sample rate, note, velocity, timing and block size of every render.
    path : str or Path
        The plugin file (``.so``/``.dll``/``.vst`` VST2, or a ``.vst3`` bundle), or the bundle folder
        of an LV2 plugin loaded by ``spec.plugin_uri``.

    Raises
    ------
    SynthUnavailable
        When ``path`` is missing or is not a loadable plugin (naming the path), or when a spec
        parameter does not match the plugin (naming the spec file, parameter, index and the
        plugin's name at that index).

    Notes
    -----
    One render is two DawDreamer passes: a short flush pass that resets the plugin (see the
    module docstring) and the note itself; plugins in :data:`PLUGIN_RESETS` reset themselves
    in one pass. Parameters are sent to the plugin only when their
    value changed since the last render. Not thread-safe: use one engine per thread or process.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """

    #: Renders may differ by ~1e-5 with what was rendered before (see the module docstring), so
    #: generation opens a fresh engine for each chunk to keep datasets bit-identical; True for the
    #: plugins that rebuild themselves on All Sound Off (:data:`PLUGIN_RESETS`).
    history_free: bool = False

    def __init__(self, spec: SynthSpec, settings: RenderSettings, path: str | Path):
        self.spec = spec
        self.settings = settings
        self.path = Path(path).expanduser()
        self._reset = PLUGIN_RESETS.get(spec.plugin_name or "", PluginReset())
        if self._reset.required_file and not (self.path / self._reset.required_file).is_file():
            raise SynthUnavailable(
                f"{spec.name}: {self.path} has no {self._reset.required_file}: it is not the build of "
                f"third_party/ whose renders do not depend on earlier ones; run `make setup` to build it"
            )
        if spec.plugin_uri and not self._reset.all_sound_off_rebuilds:
            raise SynthUnavailable(
                f"{spec.name}: LV2 plugin {spec.plugin_uri} has no reset of its own (PLUGIN_RESETS, by plugin_name "
                f"{spec.plugin_name!r}); the flush pass cannot be used: re-preparing an LV2 plugin re-creates it "
                "and loses parameter values"
            )
        self.history_free = self._reset.all_sound_off_rebuilds
        if spec.plugin_uri:
            others = [
                str(q) for q in (Path(c).expanduser() for c in spec.plugin_paths) if q.exists() and q != self.path
            ]
            if others:
                warnings.warn(
                    f"{spec.name}: {spec.plugin_uri} is installed more than once ({self.path}, {', '.join(others)}); "
                    "the LV2 host picks one of them by URI: remove the ones you do not want",
                    stacklevel=2,
                )
        sr, block = int(settings.sample_rate), int(settings.block_size)
        self._engine, self._proc = _load(self.path, sr, block, spec.plugin_uri)
        self.plugin_parameter_names: list[str] = _plugin_names(self._proc)
        _check_spec(spec, self.plugin_parameter_names, self.path)

        self._indices = [int(p.index) for p in spec.parameters]  # type: ignore[arg-type]
        overrides = FLUSH_OVERRIDES.get(spec.plugin_name or "", FLUSH_OVERRIDES.get(spec.name, {}))
        pos = {p.name: k for k, p in enumerate(spec.parameters)}
        self._overrides = [(pos[n], float(v)) for n, v in overrides.items() if n in pos]
        self._sent = np.full(len(spec.parameters), np.nan, dtype=np.float32)  # what the plugin holds

        prime = max(MIN_PRIMING_SAMPLES, int(math.ceil(PRIMING_S * sr)))
        self._prime = int(math.ceil(prime / block)) * block  # block-aligned
        self._flush_len = self._prime + block  # + one silent block after the second CC 120
        self._flush_blob = _cc_midi_bytes([(0, _MIDI_ALL_SOUND_OFF), (self._prime, _MIDI_ALL_SOUND_OFF)], sr)
        # one-pass renders (PLUGIN_RESETS): CC 120, then the note, both at sample 0, in this order
        hold = int(round(settings.note_hold_s * sr))
        self._note_blob = _cc_midi_bytes(
            [
                (0, _MIDI_ALL_SOUND_OFF),
                (0, bytes([0x90, settings.midi_note, settings.velocity])),
                (hold, bytes([0x80, settings.midi_note, 0])),
            ],
            sr,
        )
        self._flush_midi, self._note_midi = _midi_file(self._flush_blob), _midi_file(self._note_blob)

    def _load_midi(self, path: Path, blob: bytes) -> None:
        """Load one of the engine's MIDI files, writing it again if a temp cleaner removed it."""
        if not path.exists():
            _midi_file(blob)
        self._proc.load_midi(str(path), clear_previous=True, beats=False, all_events=True)

    # -- rendering ---------------------------------------------------------------------------
    def _send(self, values: np.ndarray) -> None:
        changed = np.nonzero(values != self._sent)[0]
        for k in changed:
            self._proc.set_parameter(self._indices[k], float(values[k]))
        self._sent[changed] = values[changed]

    def _check_values(self, values: np.ndarray) -> np.ndarray:
        v = np.asarray(values, dtype=np.float32)
        n = len(self.spec.parameters)
        if v.shape != (n,):
            raise ValueError(f"{self.spec.name}: expected normalized values of shape ({n},), got {v.shape}")
        bad = np.nonzero(~np.isfinite(v) | (v < -1e-6) | (v > 1 + 1e-6))[0]
        if bad.size:
            p = self.spec.parameters[int(bad[0])]
            raise ValueError(f"{self.spec.name}: parameter {p.name!r} has value {float(v[bad[0]])}, outside 0..1")
        return np.clip(v, 0.0, 1.0)

    def render_values(self, values: np.ndarray) -> np.ndarray:
        """Render one note with the given normalized values of all spec parameters.

        Parameters
        ----------
        values : ndarray, shape (n_parameters,)
            Normalized (0..1) values in spec order (``spec.parameters``).

        Returns
        -------
        ndarray, shape (channels, settings.num_samples), float32
            Raw plugin output at ``settings.sample_rate``: note-on at sample 0, note-off after
            ``settings.note_hold_s``. Deterministic and independent of earlier renders (within
            the limits the module docstring lists).

        Raises
        ------
        ValueError
            When ``values`` has the wrong shape or a value outside 0..1 (naming the parameter).
        RenderError
            When DawDreamer fails to render.

        Shown in use in ``notebooks/02_generate.ipynb``.
        """
        if self._proc is None:
            raise RenderError(f"{self.spec.name}: the engine is closed")
        v = self._check_values(values)
        if self._reset.all_sound_off_rebuilds:
            return self._render_one_pass(v)
        s, sr, proc = self.settings, self.settings.sample_rate, self._proc
        flush = v.copy()
        for k, x in self._overrides:
            flush[k] = x
        try:
            # 1. flush pass: all sound off, priming note, all sound off, one silent block
            self._send(flush)
            self._load_midi(self._flush_midi, self._flush_blob)
            proc.add_midi_note(s.midi_note, s.velocity, 0.5 / sr, (self._prime - s.block_size) / sr)
            self._engine.render((self._flush_len + 0.5) / sr)
            # 2. re-prepare (suspend + prepare: sample rate set again)
            proc.disable_nonmain_buses()
            # 3. the note
            self._send(v)
            proc.clear_midi()
            proc.add_midi_note(s.midi_note, s.velocity, 0.5 / sr, s.note_hold_s)
            if self._reset.libc_rand_seed is not None:
                _libc_srand()(self._reset.libc_rand_seed)
            self._engine.render((s.num_samples + 0.5) / sr)
            audio = np.asarray(self._engine.get_audio(), dtype=np.float32)
        except (RuntimeError, ValueError) as e:
            self._sent[:] = np.nan  # plugin state unknown: send everything next time
            raise RenderError(f"{self.spec.name}: DawDreamer failed to render ({e})") from e
        return audio[:, : s.num_samples]

    def _render_one_pass(self, v: np.ndarray) -> np.ndarray:
        """A render of a plugin that rebuilds its engine on CC 120: CC 120 and the note in one pass."""
        s, sr = self.settings, self.settings.sample_rate
        try:
            self._send(v)
            self._load_midi(self._note_midi, self._note_blob)
            if self._reset.libc_rand_seed is not None:
                _libc_srand()(self._reset.libc_rand_seed)
            self._engine.render((s.num_samples + 0.5) / sr)
            audio = np.asarray(self._engine.get_audio(), dtype=np.float32)
        except (RuntimeError, ValueError) as e:
            self._sent[:] = np.nan
            raise RenderError(f"{self.spec.name}: DawDreamer failed to render ({e})") from e
        return audio[:, : s.num_samples]

    # -- lifetime ----------------------------------------------------------------------------
    def close(self) -> None:
        """Release the plugin (the engine cannot render afterwards; its shared MIDI files stay)."""
        self._proc = None
        self._engine = None

    def __enter__(self) -> PluginEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PluginEngine({self.spec.name!r}, {str(self.path)!r}, {self.settings.sample_rate} Hz)"


# ---------------------------------------------------------------------------------------------
# Describing a plugin, drafting a spec
# ---------------------------------------------------------------------------------------------
def plugin_parameters(
    path: str | Path, sample_rate: int = SAMPLE_RATE_HZ, uri: str | None = None
) -> list[dict[str, Any]]:
    """The parameters a plugin reports, in index order.

    Parameters
    ----------
    path : str or Path
        The plugin file or ``.vst3`` bundle (or an LV2 bundle folder, with ``uri``).
    sample_rate : int
        Sample rate (Hz) the plugin is opened at.
    uri : str, optional
        The URI of an LV2 plugin (DawDreamer loads LV2 plugins by URI).

    Returns
    -------
    list of dict
        One per parameter: ``index``; ``name`` (the plugin's own); ``key`` (:func:`parameter_key`
        of the name); ``default`` (normalized value right after loading); ``text`` (the plugin's
        display of that value) and ``label`` (its unit); ``steps`` (number of steps when the
        plugin reports a finite number, else ``None``); ``discrete`` and ``boolean`` flags;
        ``value_strings`` (names of the steps, when reported).

    Raises
    ------
    SynthUnavailable
        When the file is missing or is not a loadable plugin.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    engine, proc = _load(path, sample_rate, BLOCK_SIZE, uri)
    out = []
    for d in proc.get_parameters_description():
        i = int(d["index"])
        steps = int(d.get("numSteps", _DAWDREAMER_CONTINUOUS_STEPS))
        out.append(
            {
                "index": i,
                "name": str(d["name"]),
                "key": parameter_key(str(d["name"])),
                "default": float(proc.get_parameter(i)),
                "text": str(proc.get_parameter_text(i)),
                "label": str(d.get("label", "")),
                "steps": steps if 1 < steps < _DAWDREAMER_CONTINUOUS_STEPS else None,
                "discrete": bool(d.get("isDiscrete", False)),
                "boolean": bool(d.get("isBoolean", False)),
                "value_strings": [str(x) for x in d.get("valueStrings", [])],
            }
        )
    del proc, engine
    return out


def spec_from_plugin(path: str | Path, name: str) -> dict[str, Any]:
    """A starting spec for a plugin, from what it reports, in the layout of ``SynthSpec.to_dict()``.

    Every parameter is continuous numeric (``"num"``) unless the plugin says it is discrete:
    boolean ones become ``"bin"``, discrete ones with one name per step ``"cat"`` (with
    ``labels``), other discrete ones discrete ``"num"`` with their number of steps. Defaults are
    the plugin's values right after loading; ``plugin_paths`` holds the plugin's absolute path and
    ``excluded_patterns`` is empty (the plugin's own name is not recorded: DawDreamer does not
    report it; add ``plugin_name`` by hand). Names are
    :func:`parameter_key` of the plugin's (made unique with ``_<index>`` when two collide).
    Review the types, defaults and exclusions before using it: plugins often report nothing
    (amsynth's VST2 reports every parameter as continuous).

    Parameters
    ----------
    path : str or Path
        The plugin file or ``.vst3`` bundle.
    name : str
        The synth's name (``--synth``); also gives ``plugin_env`` (``<NAME>_PATH``).

    Returns
    -------
    dict
        Valid input for :func:`synthproxy.synths.spec_from_dict` and ``spec_to_toml``.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    path = Path(path).expanduser()
    params = plugin_parameters(path)
    seen: set[str] = set()
    out = []
    for d in params:
        key = d["key"] or f"param_{d['index']}"
        if key in seen:
            key = f"{key}_{d['index']}"
        seen.add(key)
        p: dict[str, Any] = {
            "name": key,
            "type": "num",
            "default": round(min(max(d["default"], 0.0), 1.0), 6),
            "index": d["index"],
        }
        steps = d["steps"]
        if d["boolean"]:
            p.update(type="bin", cardinality=2)
        elif d["discrete"] and steps is not None and steps <= 1024:
            if len(d["value_strings"]) == steps and len(set(d["value_strings"])) == steps:
                p.update(type="cat", cardinality=steps, labels=d["value_strings"])
            else:
                p.update(cardinality=steps)
        out.append(p)
    env = re.sub(r"[^0-9A-Z]+", "_", name.upper()).strip("_") + "_PATH"
    return {
        "name": name,
        "engine": "plugin",
        "description": f"{path.name} hosted by DawDreamer (drafted by spec-dump; review before use)",
        "plugin_env": env,
        "plugin_paths": [str(path.resolve())],
        "excluded_patterns": [],
        "parameters": out,
    }
