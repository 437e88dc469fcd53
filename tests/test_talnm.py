"""TAL-NoiseMaker built from third_party/: its spec (derived from the study's table) and deterministic renders.

The rendering tests need the LV2 bundle `make setup` builds (~/.lv2/TAL-NoiseMaker.lv2); they skip without it.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from synthproxy.render import RenderSettings
from synthproxy.synths import SPECS_DIR, SynthUnavailable, availability, get_spec, load_spec, plugin_path
from tests.helpers.presets import preset_with

REPO = Path(__file__).resolve().parents[1]
MAKE_SPEC = REPO / "third_party" / "tal-noisemaker" / "make_spec.py"
SPEC = get_spec("talnm")
AVAILABLE = availability("talnm")
needs_plugin = pytest.mark.skipif(
    not AVAILABLE.available, reason=f"TAL-NoiseMaker LV2 not built ({AVAILABLE.reason}); run `make setup`"
)
SHORT = RenderSettings(render_length_s=1.0, note_hold_s=0.6, fade_out_s=0.05)


def preset(**values: float) -> np.ndarray:
    """Spec defaults with some normalized values changed (by parameter name)."""
    return preset_with(SPEC, **values)


# A: everything that keeps state or draws from rand(): chorus, reverb, noise oscillator, vintage noise,
# detune (random per voice at note-on), LFO on cutoff, filter envelope, release tail.
A = preset(
    cutoff=0.5,
    resonance=0.6,
    chorus1enable=1.0,
    reverbwet=0.4,
    osc1waveform=1.0,
    vintagenoise=0.4,
    detune=0.6,
    lfo1rate=0.6,
    lfo1destination=1 / 7,
    filtercontour=0.8,
    filterdecay=0.4,
    amprelease=0.5,
)
# B: other pitches, a second chorus, delay, a long release, more voices; then A again must not hear any of it.
B = preset(
    cutoff=0.9,
    osc2volume=0.8,
    osc2tune=0.8,
    chorus2enable=1.0,
    delaywet=0.6,
    amprelease=1.0,
    reverbwet=0.9,
    reverbdecay=0.6,
    voices=0.4,
    lfo2rate=0.9,
    lfo2destination=3 / 7,
    osc1waveform=0.5,
)


# ---------------------------------------------------------------------------------------------
# The spec (no plugin needed)
# ---------------------------------------------------------------------------------------------
def test_spec_is_what_make_spec_derives() -> None:
    r = subprocess.run([sys.executable, str(MAKE_SPEC), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_spec_keeps_the_studys_table_by_name() -> None:
    study = load_spec(SPECS_DIR / "talnm-vst3.toml")
    assert len(SPEC.parameters) == len(study.parameters) == 83
    assert len(SPEC.used) == len(study.used) == 59
    assert Counter(p.kind for p in SPEC.used) == Counter(p.kind for p in study.used)
    assert SPEC.plugin_uri == "http://kunz.corrupt.ch/products/tal-noisemaker" and SPEC.plugin_env is None
    for mine, theirs in zip(SPEC.parameters, study.parameters):
        assert (mine.type, mine.cardinality, mine.values, mine.weights, mine.interval, mine.excluded) == (
            theirs.type,
            theirs.cardinality,
            theirs.values,
            theirs.weights,
            theirs.interval,
            theirs.excluded,
        ), mine.name
    by = {p.name: p for p in SPEC.parameters}
    assert by["volume"].index == 1 and by["filterdrive"].index == 81 and by["delayfeedback"].index == 89
    assert by["port_77"].index == 76 and not SPEC.is_used(by["port_77"])  # the unnamed envelope-reset trigger
    assert by["lfo1keytrigger"].default == 1.0 and by["filtercontour"].default == 0.5
    assert {p.index for p in SPEC.parameters}.isdisjoint({0, 69, 70, 77, 78, 79, 80, 90, 91})  # never set


# ---------------------------------------------------------------------------------------------
# The plugin
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def engine():
    from synthproxy.synths.plugin import PluginEngine

    e = PluginEngine(SPEC, SHORT, plugin_path(SPEC))
    yield e
    e.close()


@needs_plugin
def test_spec_matches_the_plugin_and_renders_are_history_free(engine) -> None:
    """A after B, after 20 random presets and after others drew from rand() == A on a new engine, bit for bit."""
    from synthproxy.presets.sampling import random_presets
    from synthproxy.synths.plugin import PluginEngine

    assert len(engine.plugin_parameter_names) == 92 and engine.history_free
    a1 = engine.render_values(A)
    b = engine.render_values(B)
    a2 = engine.render_values(A)
    for p in random_presets(SPEC, 5, range(20)):
        engine.render_values(SPEC.to_values(p))
    libc = ctypes.CDLL(None)
    for _ in range(7):
        libc.rand()
    a3 = engine.render_values(A)
    with PluginEngine(SPEC, SHORT, plugin_path(SPEC)) as fresh:
        a0 = fresh.render_values(A)
    assert np.sqrt(np.mean(a0**2)) > 0.01 and not np.array_equal(a0, b)
    for a in (a1, a2, a3):
        np.testing.assert_array_equal(a, a0)


@needs_plugin
def test_sample_and_hold_and_noise_are_reproducible(engine) -> None:
    """What draws from libc rand() (S&H LFO, per-voice detune) repeats once rand() is seeded per render."""
    x = preset(lfo1waveform=0.8, lfo1rate=0.8, lfo1destination=1 / 7, lfo1amount=1.0, detune=1.0, osc1waveform=1.0)
    first = engine.render_values(x)
    engine.render_values(B)
    np.testing.assert_array_equal(engine.render_values(x), first)


@needs_plugin
def test_an_unpatched_bundle_is_refused(tmp_path: Path) -> None:
    """Without build.sh's stamp the bundle may be an unpatched build, whose renders depend on earlier ones."""
    from synthproxy.synths.plugin import PluginEngine

    copy = tmp_path / "TAL-NoiseMaker.lv2"
    shutil.copytree(plugin_path(SPEC), copy)
    (copy / "synthproxy-build.json").unlink()
    with pytest.raises(SynthUnavailable, match="synthproxy-build.json.*make setup"):
        PluginEngine(SPEC, SHORT, copy)


@needs_plugin
def test_an_lv2_spec_without_its_own_reset_is_refused() -> None:
    """The flush pass re-prepares the plugin, which re-creates an LV2 plugin and drops parameter values."""
    from synthproxy.synths import spec_from_dict
    from synthproxy.synths.plugin import PluginEngine

    data = dict(SPEC.to_dict(), plugin_name="Someone else's build")
    with pytest.raises(SynthUnavailable, match="no reset of its own"):
        PluginEngine(spec_from_dict(data, "other.toml"), SHORT, plugin_path(SPEC))


@needs_plugin
def test_render_cli_is_identical_after_other_renders_here_and_in_a_dask_worker(tmp_path: Path) -> None:
    """`synthproxy render --synth talnm --random --seed 3` twice with another render between, in this
    process and in a Dask worker process that rendered something else first: identical files."""
    from distributed import Client, LocalCluster

    from synthproxy.cli import main
    from tests.helpers.render_tasks import cli

    def argv(seed: int, name: str) -> list[str]:
        return ["render", "--synth", "talnm", "--random", "--seed", str(seed), "--out", str(tmp_path / name)]

    assert main(argv(3, "a.wav")) == 0
    assert main(argv(4, "other.wav")) == 0
    assert main(argv(3, "b.wav")) == 0
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        assert client.submit(cli, argv(5, "w_other.wav"), pure=False).result() == 0
        assert client.submit(cli, argv(3, "w.wav"), pure=False).result() == 0
    a = (tmp_path / "a.wav").read_bytes()
    assert a == (tmp_path / "b.wav").read_bytes() == (tmp_path / "w.wav").read_bytes()
    assert a != (tmp_path / "other.wav").read_bytes()


def test_build_script_says_what_is_missing_and_builds_nothing(tmp_path: Path) -> None:
    """Without meson/ninja/compilers (here: a PATH with only the basic tools), build.sh exits 3 and says why."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "find", "sort", "xargs", "sha256sum", "cut", "grep", "dirname", "mkdir", "date", "cat", "rm"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    r = subprocess.run(
        ["bash", str(REPO / "third_party" / "tal-noisemaker" / "build.sh")],
        capture_output=True,
        text=True,
        env={"PATH": str(bin_dir), "HOME": str(tmp_path), "SYNTHPROXY_LV2_DIR": str(tmp_path / "lv2")},
    )
    assert r.returncode == 3, r.stdout + r.stderr
    assert "not built: missing" in r.stdout and "meson" in r.stdout and "apt-get install" in r.stdout
    assert not (tmp_path / "lv2").exists()
