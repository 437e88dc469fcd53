"""The DawDreamer plugin engine on amsynth: spec check, errors, determinism, order independence, spec-dump."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("dawdreamer")

from synthproxy.constants import RMS_MIN  # noqa: E402
from synthproxy.presets.amsynth_bank import read_bank  # noqa: E402
from synthproxy.render import RenderSettings, render_values, rms  # noqa: E402
from synthproxy.synths import SynthUnavailable, get_spec, plugin_path, spec_from_dict, spec_to_toml  # noqa: E402
from synthproxy.synths.plugin import PluginEngine, parameter_key, plugin_parameters, spec_from_plugin  # noqa: E402
from tests.helpers.presets import preset_with

SPEC = get_spec("amsynth")
try:
    PATH = plugin_path(SPEC)
    WHY = ""
except SynthUnavailable as e:
    PATH, WHY = None, str(e)
pytestmark = pytest.mark.skipif(PATH is None, reason=f"amsynth plugin not available ({WHY}); apt install amsynth")

THREE = Path(__file__).parent / "data" / "amsynth" / "three.amSynth.bank"
SHORT = RenderSettings(render_length_s=1.0, note_hold_s=0.6, fade_out_s=0.05)
NAMES = [p.name for p in SPEC.parameters]


def preset(**values: float) -> np.ndarray:
    """Spec defaults with some normalized values changed (by parameter name)."""
    return preset_with(SPEC, **values)


# A: loud (the output limiter works), a triangle LFO on amplitude and pitch, reverb and distortion.
A = preset(
    amp_decay=0.4,
    amp_sustain=0.7,
    amp_release=0.3,
    lfo_freq=0.5,
    lfo_waveform=2 / 6,
    amp_mod_amount=0.7,
    freq_mod_amount=0.6,
    filter_cutoff=0.8,
    filter_resonance=0.5,
    reverb_wet=0.3,
    reverb_roomsize=0.6,
    reverb_damp=0.5,
    distortion_crunch=0.2,
    osc2_detune=0.6,
)
# B: shares A's reverb_wet/width, distortion and master volume; differs in everything that leaves state:
# long release and big room (tails), other damping, sawtooth-down LFO (polarity), other pitches (glides).
B = preset(
    amp_attack=0.05,
    amp_release=0.9,
    lfo_freq=0.8,
    lfo_waveform=1.0,
    amp_mod_amount=0.9,
    freq_mod_amount=0.9,
    filter_cutoff=0.95,
    reverb_wet=0.3,
    reverb_roomsize=1.0,
    reverb_damp=0.1,
    distortion_crunch=0.2,
    osc2_range=6 / 7,
    osc2_pitch=19 / 24,
    osc2_detune=0.1,
    osc1_waveform=0.25,
)


@pytest.fixture(scope="module")
def engine():
    e = PluginEngine(SPEC, SHORT, PATH)
    yield e
    e.close()


def test_spec_matches_the_plugin(engine) -> None:
    assert len(engine.plugin_parameter_names) == len(SPEC.parameters) == 41
    assert [parameter_key(n) for n in engine.plugin_parameter_names] == NAMES


def test_parameter_key() -> None:
    assert parameter_key(" Osc 1  Wave ") == "osc_1_wave"
    assert parameter_key("Filter-Cutoff") == "filter_cutoff"
    assert parameter_key("vcf1:Cutoff") == "vcf1:cutoff"


def test_a_renamed_parameter_is_refused() -> None:
    data = SPEC.to_dict()
    data["parameters"][9] = dict(data["parameters"][9], name="filter_res")
    renamed = spec_from_dict(data, "renamed.toml")
    with pytest.raises(
        SynthUnavailable, match=r"renamed\.toml: parameter 'filter_res' \(index 9\).*is 'filter_resonance'"
    ):
        PluginEngine(renamed, SHORT, PATH)


def test_an_index_beyond_the_plugin_is_refused() -> None:
    data = SPEC.to_dict()
    data["parameters"][3] = dict(data["parameters"][3], index=99)
    with pytest.raises(SynthUnavailable, match=r"parameter 'amp_release' has index 99, but the plugin .* has only 41"):
        PluginEngine(spec_from_dict(data, "far.toml"), SHORT, PATH)


def test_missing_and_non_plugin_files_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "amsynth_vst.so"
    with pytest.raises(SynthUnavailable, match=r"nowhere/amsynth_vst\.so does not exist"):
        PluginEngine(SPEC, SHORT, missing)
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"not a plugin")
    with pytest.raises(SynthUnavailable, match=r"junk\.so could not be loaded as a VST2/VST3 plugin"):
        PluginEngine(SPEC, SHORT, junk)


def test_render_shape_timing_and_validation(engine) -> None:
    audio = engine.render_values(SPEC.defaults)
    assert audio.shape == (2, SHORT.num_samples) and audio.dtype == np.float32
    assert np.any(audio[:, :32] != 0)  # note-on at sample 0 (attack 0)
    hold = int(SHORT.note_hold_s * SHORT.sample_rate)
    assert np.abs(audio[:, hold + 2000 :]).max() < 1e-6  # release 0: silent soon after note-off (no reverb)
    with pytest.raises(ValueError, match=r"shape \(41,\)"):
        engine.render_values(np.zeros(5))
    with pytest.raises(ValueError, match="'filter_cutoff' has value 1.5"):
        engine.render_values(preset(filter_cutoff=1.5))


def test_deterministic_and_independent_of_history(engine) -> None:
    """A, B, A on one engine == A on a fresh engine, bit for bit (the module docstring says when not)."""
    a1 = engine.render_values(A)
    b = engine.render_values(B)
    a2 = engine.render_values(A)
    with PluginEngine(SPEC, SHORT, PATH) as fresh:
        a0 = fresh.render_values(A)
    assert (np.abs(a0).sum(axis=0) > 0.9).any(), "A should be loud enough for amsynth's limiter"
    assert not np.array_equal(a0, b)
    np.testing.assert_array_equal(a1, a0)
    np.testing.assert_array_equal(a2, a0)


def test_history_with_other_effect_levels_changes_almost_nothing(engine) -> None:
    """When the previous render had other distortion / reverb mix / master volume, amsynth's smoothers
    stop a few ulps off: differences stay below 1e-4 (measured ~1e-5)."""
    with PluginEngine(SPEC, SHORT, PATH) as fresh:
        a0 = fresh.render_values(A)
    engine.render_values(
        preset(reverb_wet=0.9, reverb_width=0.2, distortion_crunch=0.8, master_vol=0.3, amp_release=1.0)
    )
    a = engine.render_values(A)
    assert np.abs(a - a0).max() < 1e-4


def test_midi_files_are_shared_and_restored(tmp_path: Path, monkeypatch) -> None:
    """Engines share two content-named MIDI files: a killed engine leaves nothing new behind, and a file a
    temp cleaner deleted is written again before the next render."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with PluginEngine(SPEC, SHORT, PATH) as first:
        a0 = first.render_values(A)
    (folder,) = tmp_path.iterdir()
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(f.suffix == ".mid" for f in files)
    with PluginEngine(SPEC, SHORT, PATH) as second:  # same settings: the same two files, nothing new
        assert sorted(folder.iterdir()) == files
        for f in files:
            f.unlink()
        np.testing.assert_array_equal(second.render_values(A), a0)
    assert 1 <= len(list(folder.iterdir())) and set(folder.iterdir()) <= set(files)  # the one this render used
    for f in files:
        f.write_bytes(b"MThd broken")  # a damaged file is replaced, not used
    with PluginEngine(SPEC, SHORT, PATH) as third:
        np.testing.assert_array_equal(third.render_values(A), a0)
    assert sorted(folder.iterdir()) == files and not list(folder.glob("*.part"))


def test_bank_presets_are_heard(engine) -> None:
    for p in read_bank(THREE, SPEC):
        audio = render_values(engine, p.values)
        assert np.all(np.isfinite(audio))
        assert rms(audio) > RMS_MIN, p.name


def test_plugin_parameters_and_spec_dump(tmp_path: Path) -> None:
    params = plugin_parameters(PATH)
    assert [d["index"] for d in params] == list(range(41))
    assert [d["key"] for d in params] == NAMES
    by = {d["key"]: d for d in params}
    assert by["master_vol"]["default"] == pytest.approx(0.67)  # the plugin starts at its defaults
    assert by["amp_attack"]["label"] == "s"
    assert by["osc2_range"]["text"] == "1"  # amsynth shows its control value: 2^0 octaves
    draft = spec_from_plugin(PATH, "amsynth draft")
    assert draft["plugin_env"] == "AMSYNTH_DRAFT_PATH" and draft["excluded_patterns"] == []
    assert {p["type"] for p in draft["parameters"]} == {"num"}  # amsynth's VST2 reports no steps
    f = tmp_path / "draft.toml"
    f.write_text(spec_to_toml(draft, header=["drafted by a test"]))
    from synthproxy.synths import load_spec

    spec = load_spec(f)
    assert [p.name for p in spec.parameters] == NAMES and len(spec.used) == 41
