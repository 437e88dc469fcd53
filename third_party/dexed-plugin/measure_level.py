"""Measure the Dexed plugin's output level against dexed-py's, once (issue #15, part 6).

Renders DX7 factory voices with the Dexed VST2 built by ``build.sh`` (hosted by DawDreamer, under
Xvfb: the GUI build needs an X display, and without one it terminates the whole process) and with
dexed-py through the project's own ``DexedEngine``, at the project's render settings, and writes
``results/dexed_plugin_level.json``:

- per voice, for the factory voices as they are and with their LFO modulation depths at 0
  (:data:`VARIANTS`): RMS of both renders, their ratio in dB, the least-squares gain mapping dexed-py
  onto the plugin (as is and after the plugin's DC blocker), the log-mel correlation, whether the plugin
  renders the voice the same twice, and the sample-by-sample error of two emulations of the plugin
  applied to dexed-py's output (:func:`emulate_plugin`, exactly what ``PluginProcessor.cpp`` does to
  one voice, and :func:`emulate_simple`, ``clip(x / 8, -1, 1)``);
- the loudest voice one note can play (:func:`loudest_voice`): can the plugin's per-voice clip bite?
- over all voices: the pooled least-squares gains, the exact factor the two sources imply, versions,
  CPU, date and the build time recorded by ``build.sh``.

Run it with the project's virtualenv from the repository root (see README.md here)::

    third_party/dexed-plugin/build.sh
    PYTHONPATH=. python third_party/dexed-plugin/measure_level.py

Without ``DISPLAY`` the script re-runs itself under ``xvfb-run -a``.

What the two sources do with the synth's 32-bit voice samples ``v`` (the MSFA engine's int32 sum of the
output operators of one voice):

- dexed-py 0.3.0 (``src/dexed.cpp``, ``DexedSynth::render``): ``v / 2**25`` as float32; nothing else.
- Dexed 0.9.4 plugin (``ports-juce5/dexed/source/PluginProcessor.cpp``, ``processBlock``), per voice:
  ``val = v >> 4``; ``clip_val = 0x8000 if val < -(1 << 24) else 0x7fff if val >= (1 << 24) else
  val >> 9``; ``f = clip_val / 0x8000`` (then clamped to [-1, 1], which cannot bite); the voices are
  summed, and ``PluginFx::process`` applies a DC blocker ``y[n] = x[n] - x[n-1] + r * y[n-1]`` with
  ``r = 1 - 126 / sample_rate`` (a one-pole high-pass at ~20 Hz), then the ``Output`` gain (1 by
  default: skipped) and the low-pass filter (skipped while ``Cutoff`` is 1, its default).

So the plugin's level is ``v / 2**28`` = dexed-py's ``/ 8`` (-18.06 dB), truncated (arithmetic shift,
towards minus infinity) to 16 bits, clipped to ``[-1, 32767/32768]`` per voice with a sign slip: a voice
below -1 comes out as **+1**, not -1 (``0x8000`` is +32768), then DC-blocked. One note never reaches
the clip (dexed-py's output of one voice stays within about +-6, i.e. +-0.75 at the plugin's level).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_BUILD = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "synthproxy" / "dexed-plugin-build"
DEFAULT_BANK = REPO / "data" / "dx7" / "factory" / "rom1a.syx"
DEFAULT_OUT = REPO / "results" / "dexed_plugin_level.json"

#: dexed-py's float = int32 / 2**25; the plugin's = (int32 >> 13) / 2**15, i.e. int32 / 2**28 before truncation.
DEXED_PY_SHIFT = 25
PLUGIN_SHIFT = 28
EXACT_GAIN = 2.0 ** (DEXED_PY_SHIFT - PLUGIN_SHIFT)  # 1/8


def _under_xvfb(attempts: int = 3) -> None:
    """Re-run this script under ``xvfb-run -a`` (the plugin needs an X display), unless already done.

    Loading the plugin aborts the process now and then (``pure virtual method called``, a JUCE race when
    DawDreamer deletes its throw-away instance): an aborted run is started again, up to ``attempts`` times.
    """
    if os.environ.get("SYNTHPROXY_NO_XVFB"):
        return
    env = dict(os.environ, SYNTHPROXY_NO_XVFB="1")
    if os.environ.get("DISPLAY"):
        cmd = [sys.executable, *sys.argv]
    else:
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            sys.exit("no DISPLAY and no xvfb-run: install xvfb (apt-get install xvfb) or run under an X server")
        cmd = [xvfb, "-a", "-s", "-screen 0 1024x768x24", sys.executable, *sys.argv]
        env["SYNTHPROXY_XVFB"] = "1"
    for attempt in range(1, attempts + 1):
        rc = subprocess.call(cmd, env=env)
        if rc not in (134, -6):  # SIGABRT
            sys.exit(rc)
        print(f"(the plugin aborted the process: attempt {attempt} of {attempts})", file=sys.stderr, flush=True)
    sys.exit(rc)


# ---------------------------------------------------------------------------------------------
# The plugin's output stage, applied to dexed-py's output
# ---------------------------------------------------------------------------------------------
def plugin_voice_samples(x: np.ndarray) -> np.ndarray:
    """One voice as the plugin converts it (before the DC blocker), from dexed-py's float output.

    ``x * 2**25`` recovers the engine's int32 exactly while ``|v| < 2**24`` (float32's mantissa), to
    within float32 rounding above; the plugin's conversion is then applied in integers.
    """
    v = np.rint(np.asarray(x, np.float64) * 2.0**DEXED_PY_SHIFT).astype(np.int64)
    val = v >> 4
    clip_val = np.where(val < -(1 << 24), 0x8000, np.where(val >= (1 << 24), 0x7FFF, val >> 9))
    return np.clip(clip_val / 32768.0, -1.0, 1.0).astype(np.float32)


def dc_blocker(x: np.ndarray, sample_rate: float) -> np.ndarray:
    """``PluginFx::process``'s DC filter, ``y[n] = x[n] - x[n-1] + (1 - 126/sr) * y[n-1]``, from rest."""
    from scipy.signal import lfilter

    r = float(np.float32(1.0 - 126.0 / sample_rate))  # the plugin keeps r in a float
    return lfilter([1.0, -1.0], [1.0, -r], np.asarray(x, np.float64)).astype(np.float32)


def emulate_plugin(x: np.ndarray, sample_rate: float) -> np.ndarray:
    """The plugin's render of one note from dexed-py's render of it (default Output, Cutoff, Resonance)."""
    return dc_blocker(plugin_voice_samples(x), sample_rate)


def emulate_simple(x: np.ndarray) -> np.ndarray:
    """The level change alone: ``clip(x / 8, -1, 1)`` (no 16-bit truncation, no sign slip, no DC blocker)."""
    return np.clip(np.asarray(x, np.float32) * np.float32(EXACT_GAIN), -1.0, 1.0)


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------
def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(np.asarray(x, np.float64)))))


def db(ratio: float) -> float:
    return float(20.0 * np.log10(ratio)) if ratio > 0 else float("-inf")


def log_mel(x: np.ndarray, sample_rate: int) -> np.ndarray:
    """librosa's default mel spectrogram (power, 128 bands, n_fft 2048, hop 512) in dB, floor 1e-10."""
    import librosa

    s = librosa.feature.melspectrogram(y=np.asarray(x, np.float32), sr=sample_rate)
    return 10.0 * np.log10(np.maximum(s, 1e-10))


def lsq_gain(plugin: np.ndarray, py: np.ndarray) -> float:
    """The gain g minimizing ||plugin - g * py||^2."""
    p, d = np.asarray(plugin, np.float64), np.asarray(py, np.float64)
    dd = float(np.dot(d, d))
    return float(np.dot(d, p) / dd) if dd > 0 else float("nan")


def compare(plugin: np.ndarray, py: np.ndarray, sample_rate: int) -> dict:
    """Level ratio, least-squares gains, log-mel agreement and emulation errors of one voice."""
    p, d = np.asarray(plugin, np.float64), np.asarray(py, np.float64)
    rp, rd = rms(p), rms(d)
    hp = dc_blocker(d, sample_rate).astype(np.float64)
    emu, simple = emulate_plugin(d, sample_rate), emulate_simple(d)
    err, err_simple = np.abs(emu - p), np.abs(simple - p)
    mp, md = log_mel(p, sample_rate), log_mel(emu, sample_rate)
    big = err > 1e-4
    return {
        "rms_plugin": rp,
        "rms_dexed_py": rd,
        "peak_plugin": float(np.max(np.abs(p))),
        "peak_dexed_py": float(np.max(np.abs(d))),
        "ratio_db": db(rp / rd) if rd > 0 else None,
        "lsq_gain": lsq_gain(p, d),
        "lsq_gain_dc_blocked": lsq_gain(p, hp),
        "dc_blocker_level_change_db": db(rms(hp) / rd) if rd > 0 else None,
        "ratio_to_emulation_db": db(rp / rms(emu)) if rms(emu) > 0 else None,
        "log_mel_correlation": float(np.corrcoef(mp.ravel(), md.ravel())[0, 1]),
        "log_mel_mean_abs_diff_db": float(np.mean(np.abs(mp - md))),
        "dexed_py_voice_clips": bool(np.max(np.abs(d)) * EXACT_GAIN >= 1.0),
        "emulation_max_abs_error": float(err.max()),
        "emulation_max_abs_error_lsb16": float(err.max() * 32768),
        "emulation_rms_error": rms(emu - p),
        "emulation_snr_db": db(rp / rms(emu - p)) if rms(emu - p) > 0 else float("inf"),
        "emulation_first_sample_error_over_1e-4": int(np.argmax(big)) if big.any() else None,
        "simple_max_abs_error": float(err_simple.max()),
        "simple_rms_error": rms(simple - p),
    }


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
def voice_parameter_map(proc) -> tuple[list[tuple[int, int, float]], list[int]]:
    """(plugin parameter index, voice byte offset, DX7 maximum) of every plugin parameter that sets a
    voice byte, by name (the project's Dexed VST names), and the voice offsets no parameter sets."""
    from synthproxy.presets.syx import VOICE_MAXIMA, VOICE_SIZE
    from synthproxy.synths.dexed_engine import DEXED_VST_FIELDS, field_offset
    from synthproxy.synths.plugin import parameter_key

    by_key = {parameter_key(k): v for k, v in DEXED_VST_FIELDS.items()}  # 'a_mod_sens.' -> 'a_mod_sens'
    out = []
    for i in range(proc.get_plugin_parameter_size()):
        field = by_key.get(parameter_key(proc.get_parameter_name(i)))
        if field is not None:
            off = field_offset(field)
            out.append((i, off, float(VOICE_MAXIMA[off])))
    covered = {off for _, off, _ in out}
    return out, [o for o in range(VOICE_SIZE) if o not in covered]


class PluginRenderer:
    """The Dexed VST2 in a DawDreamer engine; renders one note of a voice set through its parameters."""

    def __init__(self, path: Path, settings) -> None:
        import dawdreamer as daw

        self.settings = settings
        self.engine = daw.RenderEngine(int(settings.sample_rate), int(settings.block_size))
        self.proc = self.engine.make_plugin_processor("dexed", str(path))
        self.engine.load_graph([(self.proc, [])])
        self.mapping, self.unmapped = voice_parameter_map(self.proc)
        self.names = [self.proc.get_parameter_name(i) for i in range(self.proc.get_plugin_parameter_size())]

    def set_voice(self, data: bytes) -> list[str]:
        """Set the voice's bytes as parameters; return the parameters whose read-back value differs."""
        v = np.frombuffer(data, np.uint8)
        for i, off, mx in self.mapping:
            self.proc.set_parameter(i, float(v[off]) / mx)
        bad = []
        for i, off, mx in self.mapping:
            back = int(round(self.proc.get_parameter(i) * mx))
            if back != int(v[off]):
                bad.append(f"{self.names[i]}: {back} != {int(v[off])}")
        return bad

    def render(self) -> np.ndarray:
        s = self.settings
        sr = s.sample_rate
        self.proc.clear_midi()
        self.proc.add_midi_note(s.midi_note, s.velocity, 0.5 / sr, s.note_hold_s)  # as synthproxy's plugin engine
        self.engine.render((s.num_samples + 0.5) / sr)
        audio = np.asarray(self.engine.get_audio(), np.float32)
        return audio[0, : s.num_samples]


#: The variants measured: the factory voices as they are, and the same voices with the LFO's pitch and
#: amplitude modulation depths at 0. The plugin never initializes its LFO phase (``Lfo::phase_``; the
#: factory voices leave LFO key sync off), so where the LFO modulates, the plugin's renders differ from
#: one instance to the next and cannot match dexed-py's sample for sample; without LFO modulation the
#: two engines are the same and the output stage can be checked exactly.
VARIANTS = {
    "factory": {},
    "lfo_depths_0": {139: 0, 140: 0},
}


def loudest_voice(feedback: int = 0) -> bytes:
    """A voice as loud as one DX7 note gets: algorithm 32 (six carriers), every operator at output level 99,
    EG levels 99 and rates 99, ratio 1, no velocity sensitivity, oscillator key sync on (all in phase)."""
    from synthproxy.presets.syx import INIT_VOICE

    v = bytearray(INIT_VOICE)
    v[134], v[135], v[136] = 31, feedback, 1
    for op in range(6):
        b = op * 21
        v[b : b + 8] = bytes([99] * 8)
        v[b + 15], v[b + 16], v[b + 17], v[b + 18], v[b + 19], v[b + 20] = 0, 99, 0, 1, 0, 7
    v[145:155] = b"LOUDEST   "
    return bytes(v)


def _summary(rows: list[dict], plugs: list[np.ndarray], pys: list[np.ndarray], sample_rate: int) -> dict:
    P, D = np.concatenate(plugs), np.concatenate(pys)
    H = np.concatenate([dc_blocker(d, sample_rate) for d in pys]).astype(np.float64)
    ratios = [r["ratio_db"] for r in rows]
    g, gh = lsq_gain(P, D), lsq_gain(P, H)
    return {
        "pooled_lsq_gain": g,
        "pooled_lsq_gain_db": db(abs(g)),
        "pooled_lsq_gain_dc_blocked": gh,
        "pooled_lsq_gain_dc_blocked_db": db(abs(gh)),
        "ratio_db_median": float(np.median(ratios)),
        "ratio_db_min": float(np.min(ratios)),
        "ratio_db_max": float(np.max(ratios)),
        "ratio_to_emulation_db_max_abs": float(max(abs(r["ratio_to_emulation_db"]) for r in rows)),
        "log_mel_correlation_min": float(min(r["log_mel_correlation"] for r in rows)),
        "emulation_max_abs_error": float(max(r["emulation_max_abs_error"] for r in rows)),
        "simple_max_abs_error": float(max(r["simple_max_abs_error"] for r in rows)),
    }


def _shown(path: object) -> str:
    """A path as the result file records it: the home folder as ``~`` (no machine paths in committed results)."""
    return str(path).replace(str(Path.home()), "~", 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--plugin",
        type=Path,
        default=None,
        help="the Dexed VST2 .so (default: the one build.sh made, from its build-info.json)",
    )
    ap.add_argument("--bank", type=Path, default=DEFAULT_BANK, help="DX7 bank (.syx); default ROM1A")
    ap.add_argument("--voices", default="0-7", help="voice indices, e.g. 0-7 or 0,3,5 (default 0-7)")
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="result JSON (default results/dexed_plugin_level.json)"
    )
    ap.add_argument("--build-dir", type=Path, default=Path(os.environ.get("DEXED_PLUGIN_BUILD_DIR", DEFAULT_BUILD)))
    args = ap.parse_args(argv)
    _under_xvfb()

    import dexed

    from synthproxy.io import versions
    from synthproxy.machine import cpu_info
    from synthproxy.presets.syx import read_bank
    from synthproxy.render import RenderSettings
    from synthproxy.synths.dexed_engine import DexedEngine

    info_path = args.build_dir / "build-info.json"
    build_info = json.loads(info_path.read_text()) if info_path.exists() else None
    plugin_path = args.plugin or (Path(build_info["plugin"]) if build_info else None)
    if plugin_path is None or not plugin_path.exists():
        sys.exit(f"no Dexed VST2 at {plugin_path}: run third_party/dexed-plugin/build.sh first")
    if args.plugin is not None and build_info is not None and Path(build_info["plugin"]) != args.plugin.resolve():
        build_info = None  # not the plugin build.sh made

    idx = []
    for part in args.voices.split(","):
        a, _, b = part.partition("-")
        idx += list(range(int(a), int(b) + 1)) if b else [int(a)]
    bank = read_bank(args.bank)
    settings = RenderSettings()
    sr = settings.sample_rate

    # dexed-py, as the project renders it (DexedEngine.render_patch; that method needs no spec).
    py_engine = DexedEngine.__new__(DexedEngine)
    py_engine.settings = settings
    py_engine._patch_from_sysex = dexed.Patch.from_sysex
    py_engine._synth = dexed.DexedSynth(sample_rate=float(sr))

    # One plugin instance renders everything: DawDreamer prepares the plugin again before every render,
    # which gives Dexed new voices and clears its DC blocker, so a render does not depend on the ones
    # before (checked below), except through the LFO, whose phase runs on (and starts uninitialized).
    # Loading the plugin is what can fail: DawDreamer makes a throw-away instance first, and deleting it
    # with its AsyncUpdater pending now and then ends in "pure virtual method called" (see _under_xvfb).
    t0 = time.perf_counter()
    plugin = PluginRenderer(plugin_path, settings)
    load_s = time.perf_counter() - t0

    def plugin_render(data: bytes) -> tuple[np.ndarray, list[str]]:
        bad = plugin.set_voice(data)
        return plugin.render(), bad

    results = {}
    render_s = {"plugin": 0.0, "dexed_py": 0.0}
    for variant, changes in VARIANTS.items():
        rows, plugs, pys = [], [], []
        for k in idx:
            data = bytearray(bank[k].data)
            for off, val in changes.items():
                data[off] = val
            data = bytes(data)
            t0 = time.perf_counter()
            p, readback = plugin_render(data)
            render_s["plugin"] += time.perf_counter() - t0
            again, _ = plugin_render(data)  # the same voice again: is the plugin reproducible?
            t0 = time.perf_counter()
            d = py_engine.render_patch(data)
            render_s["dexed_py"] += time.perf_counter() - t0
            row = {
                "index": k,
                "name": bank[k].name,
                "parameter_readback_mismatches": readback,
                "plugin_repeat_max_abs_diff": float(np.max(np.abs(again - p))),
            }
            row.update(compare(p, d, sr))
            rows.append(row)
            plugs.append(p.astype(np.float64))
            pys.append(np.asarray(d, np.float64))
            print(
                f"{variant:12s} {k:2d} {bank[k].name:10s} ratio {row['ratio_db']:+7.2f} dB "
                f"(to emulation {row['ratio_to_emulation_db']:+6.2f})  lsq gain {row['lsq_gain']:.4f}  "
                f"log-mel r {row['log_mel_correlation']:.4f}  emulation max err {row['emulation_max_abs_error']:.1e} "
                f"(simple {row['simple_max_abs_error']:.1e}); plugin repeat {row['plugin_repeat_max_abs_diff']:.1e}",
                flush=True,
            )
        results[variant] = {
            "changed_voice_bytes": {str(o): v for o, v in changes.items()},
            "summary": _summary(rows, plugs, pys, sr),
            "per_voice": rows,
        }

    # The per-voice clip: can one note reach it? (dexed-py's |x| would have to reach 8.)
    loud = {}
    for fb in (0, 7):
        data = loudest_voice(fb)
        p, _ = plugin_render(data)
        d = py_engine.render_patch(data)
        c = compare(p, d, sr)
        loud[f"feedback_{fb}"] = {
            k: c[k]
            for k in (
                "peak_dexed_py",
                "peak_plugin",
                "rms_dexed_py",
                "rms_plugin",
                "ratio_db",
                "ratio_to_emulation_db",
                "log_mel_correlation",
                "dexed_py_voice_clips",
                "emulation_max_abs_error",
                "simple_max_abs_error",
            )
        }
        print(
            f"loudest voice, feedback {fb}: dexed-py peak {c['peak_dexed_py']:.4f}, "
            f"plugin peak {c['peak_plugin']:.4f}, "
            f"emulation max err {c['emulation_max_abs_error']:.1e}",
            flush=True,
        )

    # History: a voice without LFO modulation rendered first, then after every other voice.
    history = {}
    k0 = next((k for k in idx if bank[k].data[139] == 0 and bank[k].data[140] == 0), None)
    if k0 is not None:
        ref, _ = plugin_render(bank[k0].data)
        worst = 0.0
        for k in idx:
            plugin_render(bank[k].data)
            worst = max(worst, float(np.max(np.abs(plugin_render(bank[k0].data)[0] - ref))))
        history = {"voice": bank[k0].name, "max_abs_diff_after_each_other_voice": worst}

    fac = results["factory"]["summary"]
    result = {
        "what": "Dexed plugin (DISTRHO-Ports Dexed 0.9.4 VST2, built from third_party/dexed-plugin) vs dexed-py 0.3.0: "
        "output level of single-note renders of DX7 factory voices",
        "script": "third_party/dexed-plugin/measure_level.py",
        "bank": str(args.bank.relative_to(REPO) if args.bank.is_relative_to(REPO) else args.bank),
        "voices": [
            {
                "index": k,
                "name": bank[k].name,
                "lfo_key_sync": int(bank[k].data[141]),
                "lfo_pm_depth": int(bank[k].data[139]),
                "lfo_am_depth": int(bank[k].data[140]),
            }
            for k in idx
        ],
        "render_settings": settings.to_dict(),
        "compared": "raw renders (before synthproxy's fade-out): the plugin's only output channel (one instance, "
        "prepared again by DawDreamer before every render) and DexedEngine.render_patch (dexed-py)",
        "factor": {
            "exact_gain": EXACT_GAIN,
            "exact_gain_db": db(EXACT_GAIN),
            "source": "dexed-py: float = int32 / 2**25; plugin: float = (int32 >> 13) / 2**15 per voice, "
            "i.e. int32 / 2**28 truncated to 16 bits: the plugin is dexed-py / 8, then DC-blocked",
            "factory_pooled_lsq_gain": fac["pooled_lsq_gain"],
            "factory_pooled_lsq_gain_db": fac["pooled_lsq_gain_db"],
            "factory_pooled_lsq_gain_dc_blocked": fac["pooled_lsq_gain_dc_blocked"],
            "factory_ratio_db_median": fac["ratio_db_median"],
            "factory_ratio_db_range": [fac["ratio_db_min"], fac["ratio_db_max"]],
            "lfo_depths_0_pooled_lsq_gain": results["lfo_depths_0"]["summary"]["pooled_lsq_gain"],
            "lfo_depths_0_pooled_lsq_gain_dc_blocked": results["lfo_depths_0"]["summary"]["pooled_lsq_gain_dc_blocked"],
        },
        "plugin_output_stage": {
            "per_voice": "val = v >> 4; "
            "clip_val = 0x8000 if val < -(1<<24) else 0x7fff if val >= (1<<24) else val >> 9; "
            "f = clip_val / 0x8000, clamped to [-1, 1] (PluginProcessor.cpp, processBlock)",
            "per_voice_range": [-1.0, 32767 / 32768],
            "sign_slip": "a voice below -1 (v < -2**28) becomes +1.0: 0x8000 / 0x8000",
            "quantization": "arithmetic shift: truncation towards minus infinity to a 2**-15 step",
            "voices": "summed in float (the sum is not clipped)",
            "dc_blocker": "y[n] = x[n] - x[n-1] + r*y[n-1], r = 1 - 126/sample_rate (PluginFx::process), "
            f"r = {1 - 126 / sr:.6f} at {sr} Hz: a one-pole high-pass, -3 dB at ~20 Hz",
            "output_gain": "fx.uiGain ('Output' parameter, default 1: not applied)",
            "low_pass": "skipped while 'Cutoff' is 1 (default)",
            "dexed_py": "float = int32 / 2**25 (src/dexed.cpp, DexedSynth::render): no clip, no DC blocker",
        },
        "emulation": {
            "exact": "dc_blocker(plugin_voice_samples(x)) in measure_level.py, x = dexed-py's render of one note",
            "simple": "clip(x / 8, -1, 1)",
            "lfo_depths_0_max_abs_error": results["lfo_depths_0"]["summary"]["emulation_max_abs_error"],
            "lfo_depths_0_max_abs_error_simple": results["lfo_depths_0"]["summary"]["simple_max_abs_error"],
            "factory_max_abs_error": fac["emulation_max_abs_error"],
            "factory_max_abs_error_simple": fac["simple_max_abs_error"],
            "factory_level_error_db_max": fac["ratio_to_emulation_db_max_abs"],
        },
        "synthesis_differences": [
            "LFO: the plugin never initializes Lfo::phase_ and keeps it running between renders; with LFO key sync "
            "off (all ROM1A voices) its LFO phase at note-on is arbitrary, so voices with LFO modulation are not "
            "reproducible in the plugin (plugin_repeat_max_abs_diff) and differ from dexed-py sample by sample; "
            "their level agrees (ratio_to_emulation_db)",
            "algorithm 32 with feedback: dexed-py (upstream Dexed 2025) lowers the feedback by 2 shifts "
            "(EngineWithCapture::render, case 31); Dexed 0.9.4's EngineMkI does so only for algorithms 4 and 6 "
            "(loudest_voice.feedback_7)",
        ],
        "variants": results,
        "loudest_voice": {
            "voice": "algorithm 32 (6 carriers), all operators at level 99, EG levels/rates 99, ratio 1, "
            "velocity sensitivity 0, osc key sync on (measure_level.loudest_voice)",
            "note": "dexed-py peaks at ~6 (six carriers of ~1 each): 0.75 at the plugin's level, so the plugin's "
            "per-voice clip at +-1 (dexed-py +-8) is never reached by a single note",
            **loud,
        },
        "plugin": {
            "name": "Dexed",
            "version": "0.9.4 (DEXED_ID; JUCE plugin version 1.0.0)",
            "format": "VST2 (GUI build)",
            "path": _shown(plugin_path),
            "n_parameters": len(plugin.names),
            "voice_parameters": len(plugin.mapping),
            "voice_bytes_without_parameter": plugin.unmapped,
            "defaults_kept": {n: float(plugin.proc.get_parameter(i)) for i, n in enumerate(plugin.names[:4])},
            "load_seconds": round(load_s, 3),
            "history": history,
        },
        "render_seconds_total": {k: round(v, 3) for k, v in render_s.items()},
        "build": build_info and {k: _shown(v) if k == "plugin" else v for k, v in build_info.items()},
        "versions": versions()
        | {"dawdreamer": metadata.version("dawdreamer"), "dexed-py": metadata.version("dexed-py")},
        "cpu": cpu_info(),
        "display": "Xvfb (xvfb-run -a)" if os.environ.get("SYNTHPROXY_XVFB") else os.environ.get("DISPLAY"),
        "date": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"factory: pooled lsq gain {fac['pooled_lsq_gain']:.5f} ({fac['pooled_lsq_gain_db']:+.2f} dB), "
        f"median ratio {fac['ratio_db_median']:+.2f} dB; exact {EXACT_GAIN} ({db(EXACT_GAIN):+.3f} dB); "
        f"emulation max abs error {result['emulation']['lfo_depths_0_max_abs_error']:.2e} without LFO modulation, "
        f"{fac['emulation_max_abs_error']:.2e} with; wrote {args.out}",
        flush=True,
    )
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # skip destroying the plugin instance (see above)


if __name__ == "__main__":
    main()
