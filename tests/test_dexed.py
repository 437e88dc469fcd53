"""The dexed synth: its spec (the original study's Dexed table), the dexed-py engine and the voice helpers."""

import pickle
from pathlib import Path

import numpy as np
import pytest

from synthproxy.presets.syx import INIT_VOICE, VOICE_MAXIMA, read_bank
from synthproxy.render import RenderSettings, render_preset
from synthproxy.synths import get_spec, open_engine, spec_from_dict
from synthproxy.synths.spec import SpecError

dexed = pytest.importorskip("dexed")

from synthproxy.synths.dexed_engine import (  # noqa: E402
    DEXED_VST_FIELDS,
    DexedEngine,
    field_offset,
    patch_from_values,
    values_from_patch,
    values_from_voice,
    voice_from_values,
)

DATA = Path(__file__).parent / "data" / "dx7"
INT_FIELDS = (
    "algorithm",
    "lfo_wave",
    "osc_key_sync",
    "lfo_sync",
    "op_frequency_mode",
    "op_left_curve",
    "op_right_curve",
)
SHORT = RenderSettings(sample_rate=22_050, render_length_s=0.5, note_hold_s=0.3, fade_out_s=0.05)

# The original study's excluded parameters (its export config's patterns applied to its Dexed table).
EXCLUDED = ["cutoff", "resonance", "output", "master_tune_adj", "osc_key_sync", "lfo_key_sync", "middle_c"] + [
    f"op{i}_{s}"
    for i in range(1, 7)
    for s in (
        "break_point",
        "l_scale_depth",
        "r_scale_depth",
        "l_key_scale",
        "r_key_scale",
        "rate_scaling",
        "key_velocity",
        "switch",
    )
]


@pytest.fixture(scope="module")
def spec():
    return get_spec("dexed")


@pytest.fixture(scope="module")
def rom1a():
    return read_bank(DATA / "rom1a.syx")


def test_spec_matches_the_original_study(spec):
    assert spec.engine == "dexed" and len(spec.parameters) == 155 and len(spec.used) == 100
    assert len(EXCLUDED) == 55
    assert sorted(p.name for p in spec.parameters if not spec.is_used(p)) == sorted(EXCLUDED)
    kinds = [p.kind for p in spec.used]
    assert (kinds.count("continuous"), kinds.count("discrete"), kinds.count("categorical")) == (72, 20, 8)
    assert sum(len(p.allowed) for p in spec.used if p.type == "cat") == 49  # one-hot width (S&H excluded)
    p = spec.parameter("lfo_wave")
    assert p.labels[p.excluded[0]] == "s&h" and p.excluded == (5,)
    assert spec.parameter("op3_eg_rate_4").interval == (0.45, 1.0)
    assert spec.parameter("lfo_delay").interval == (0.0, 0.5)


def test_vst_spec_is_the_same_synth(spec):
    vst = get_spec("dexed-vst")
    assert vst.engine == "plugin" and vst.plugin_env == "DEXED_PATH"
    assert [p.index for p in vst.parameters] == list(range(155))
    strip = lambda p: (p.name, p.type, p.default, p.cardinality, p.values, p.weights, p.interval, p.excluded)  # noqa: E731
    assert [strip(p) for p in vst.parameters] == [strip(p) for p in spec.parameters]
    assert vst.excluded_patterns == spec.excluded_patterns
    assert all(p.field is None for p in vst.parameters)


def test_fields_are_complete_and_by_meaning(spec):
    fields = [p.field for p in spec.parameters if p.field]
    assert len(fields) == len(set(fields)) == 145  # every DX7 voice parameter, once
    assert sorted(field_offset(f) for f in fields) == list(range(145))
    assert {p.name for p in spec.parameters if not p.field} == {
        "cutoff",
        "resonance",
        "output",
        "master_tune_adj",
        *(f"op{i}_switch" for i in range(1, 7)),
    }
    assert all(p.field == DEXED_VST_FIELDS[p.name] for p in spec.parameters if p.field)
    f = {p.name: p.field for p in spec.parameters}
    assert f["op1_eg_rate_2"] == "op_env_rates[0,1]" and f["pitch_eg_level_4"] == "pitch_env_levels[3]"
    assert f["middle_c"] == "transpose" and f["lfo_key_sync"] == "lfo_sync"
    assert f["op2_key_velocity"] == "op_velocity_sensitivity[1]" and f["op6_l_key_scale"] == "op_left_curve[5]"
    # operator 1 is the last operator in the voice (the sysex stores OP6 first)
    assert field_offset("op_output_level[0]") == 5 * 21 + 16 and field_offset("op_env_rates[5,0]") == 0


def test_fields_agree_with_dexed_preset_layout(spec):
    """Our field -> voice byte table against dexed-py's own Patch -> Preset conversion, on random voices."""
    rng = np.random.default_rng(1)
    for _ in range(20):
        voice = (rng.random(155) * (VOICE_MAXIMA.astype(float) + 1)).astype(np.uint8)
        voice[145:] = ord("A")
        preset = dexed.Patch.from_sysex(voice.tobytes() + b"\x3f").to_preset()
        values = values_from_voice(voice.tobytes(), spec)
        for i, p in enumerate(spec.parameters):
            if not p.field:
                continue
            name, _, idx = p.field.partition("[")
            got = getattr(preset, name)
            if idx:
                got = np.asarray(got)[tuple(int(k) for k in idx.rstrip("]").split(","))]
            if name in INT_FIELDS:
                assert round(values[i] * (p.cardinality - 1)) == int(got), p.name
            else:
                assert values[i] == np.float32(got), p.name


def test_values_round_trip(spec):
    rng = np.random.default_rng(2)
    for _ in range(20):
        v = spec.to_values(spec.from_values(rng.random(155)))  # a random preset snapped to the spec
        q = values_from_voice(voice_from_values(v, spec), spec)  # ... quantized to DX7 values
        assert np.array_equal(values_from_voice(voice_from_values(q, spec), spec), q)
        assert np.array_equal(values_from_patch(patch_from_values(q, spec, "TEST"), spec), q)
        mapped = [i for i, p in enumerate(spec.parameters) if p.field]
        maxima = np.array([VOICE_MAXIMA[field_offset(spec.parameters[i].field)] for i in mapped])
        assert np.all(np.abs(q[mapped] - v[mapped]) <= 0.5 / maxima + 1e-6)
        # used discrete and categorical values survive exactly
        assert np.array_equal(
            spec.from_values(q)[[j for j, p in enumerate(spec.used) if not p.is_continuous]],
            spec.from_values(v)[[j for j, p in enumerate(spec.used) if not p.is_continuous]],
        )


def test_voice_values_agree_for_both_specs(spec, rom1a):
    vst = get_spec("dexed-vst")
    batch = np.stack([v.array for v in rom1a])
    a, b = values_from_voice(batch, spec), values_from_voice(batch, vst)
    assert a.shape == (32, 155) and np.array_equal(a, b)
    assert np.array_equal(a[3], values_from_patch(rom1a[3], spec))
    assert np.array_equal(a[3], values_from_patch(rom1a[3].to_patch(), spec))
    # the voice bytes come back (unmapped parameters: none for a Dexed spec, except the name)
    assert voice_from_values(a[3], spec, rom1a[3].name)[:145] == rom1a[3].data[:145]


def test_render_equals_direct_dexed_render(spec, rom1a):
    eng = DexedEngine(spec, SHORT)
    synth = dexed.DexedSynth(sample_rate=float(SHORT.sample_rate))
    for v in (rom1a[0], rom1a[10], rom1a[31]):
        synth.load_patch(v.to_patch())
        ref = synth.render(SHORT.midi_note, SHORT.velocity, SHORT.note_hold_s, SHORT.render_length_s)
        ours = eng.render_values(values_from_voice(v.data, spec))
        assert ours.dtype == np.float32 and ours.shape == (SHORT.num_samples,)
        assert np.array_equal(ours, ref), v.name
        assert np.array_equal(eng.render_patch(v), ref)


def test_deterministic_and_order_independent(spec, rom1a):
    a, b = values_from_voice(rom1a[1].data, spec), values_from_voice(rom1a[20].data, spec)
    eng = DexedEngine(spec, SHORT)
    first, _, again = eng.render_values(a), eng.render_values(b), eng.render_values(a)
    fresh = DexedEngine(spec, SHORT).render_values(a)
    assert np.array_equal(first, again) and np.array_equal(first, fresh)
    assert not np.array_equal(first, eng.render_values(b))
    clone = pickle.loads(pickle.dumps(eng))
    assert np.array_equal(clone.render_values(a), first)


def test_random_presets_render(spec):
    eng = open_engine(spec, SHORT)
    assert isinstance(eng, DexedEngine)
    rng = np.random.default_rng(3)
    for _ in range(8):
        preset = spec.from_values(rng.random(155))
        audio = render_preset(eng, preset)
        assert audio.shape == (SHORT.num_samples,) and np.isfinite(audio).all()


def test_unused_parameters_without_field_are_ignored(spec, rom1a):
    eng = DexedEngine(spec, SHORT)
    v = values_from_voice(rom1a[0].data, spec)
    w = v.copy()
    for name in ("cutoff", "resonance", "output", "master_tune_adj", "op1_switch"):
        w[[p.name for p in spec.parameters].index(name)] = 0.123
    assert np.array_equal(eng.render_values(v), eng.render_values(w))


def test_bad_inputs(spec):
    eng = DexedEngine(spec, SHORT)
    with pytest.raises(ValueError, match="expected 155 values"):
        eng.render_values(np.zeros(100, np.float32))
    v = spec.defaults.copy()
    v[[p.name for p in spec.parameters].index("feedback")] = np.nan
    with pytest.raises(ValueError, match="'feedback' is NaN"):
        eng.render_values(v)
    with pytest.raises(ValueError, match="10 printable"):
        voice_from_values(spec.defaults, spec, "FAR TOO LONG NAME")


def _tweaked(spec, **changes):
    d = spec.to_dict()
    for p in d["parameters"]:
        if p["name"] in changes:
            p.update(changes[p["name"]])
    return spec_from_dict(d, "tweaked.toml")


def test_bad_fields_name_the_parameter(spec):
    for changes, match in [
        ({"feedback": {"field": "feedbak"}}, "'feedback'.*not a dexed.Preset field"),
        ({"op1_f_fine": {"field": "op_frequency_fine[6]"}}, "'op1_f_fine'.*index"),
        ({"op1_f_fine": {"field": "op_frequency_fine[1]"}}, "also set by"),
        ({"algorithm": {"cardinality": 16}}, "'algorithm'.*32 categories"),
    ]:
        with pytest.raises(SpecError, match=match):
            DexedEngine(_tweaked(spec, **changes), SHORT)


def test_init_voice_is_the_base(spec):
    """A spec setting only some fields leaves the other voice bytes at the INIT VOICE."""
    d = spec.to_dict()
    d["parameters"] = [p for p in d["parameters"] if p["name"] in ("algorithm", "op1_output_level")]
    d["excluded_patterns"] = []
    small = spec_from_dict(d)
    voice = voice_from_values(np.array([1.0, 0.5], np.float32), small, "INIT VOICE")
    expected = bytearray(INIT_VOICE)
    expected[134], expected[5 * 21 + 16] = 31, 50  # round(0.5 * 99) = 50 (half to even)
    assert voice == bytes(expected)


def test_init_voice_is_a_sine_at_the_note(spec):
    eng = DexedEngine(spec, SHORT)
    audio = eng.render_patch(INIT_VOICE)
    spectrum = np.abs(np.fft.rfft(audio[: SHORT.sample_rate // 4]))
    peak_hz = np.argmax(spectrum) * SHORT.sample_rate / (SHORT.sample_rate // 4)
    assert abs(peak_hz - 261.63) < 8  # C4, the only partial of one unmodulated operator
    assert spectrum.max() > 20 * np.sort(spectrum)[-20]  # nothing else of note


# -- the Dexed plugin's level (issue #15, part 6) -----------------------------------------------------
def test_renders_go_through_the_plugins_output_stage(spec, rom1a):
    """render_values = dexed-py's raw render through the plugin's DC blocker, post-processed, times 1/8."""
    from synthproxy.render import dc_block, postprocess, render_values

    assert spec.output_gain == 0.125 and spec.dc_blocker
    eng = DexedEngine(spec, SHORT)
    for v in (rom1a[0], rom1a[7]):
        values = values_from_voice(v.data, spec)
        raw = eng.render_values(values)  # the engine itself stays dexed-py's
        expected = postprocess(dc_block(raw, SHORT.sample_rate), SHORT) * np.float32(0.125)
        assert np.array_equal(render_values(eng, values), expected), v.name


def test_dc_block_is_the_plugins_filter():
    """y[n] = x[n] - x[n-1] + (1 - 126/sr) y[n-1]: a step decays, DC goes, a tone passes."""
    from synthproxy.render import dc_block

    sr = 44_100
    step = dc_block(np.ones(sr, np.float32), sr)
    assert step[0] == 1.0 and abs(step[1] - (1 - 126 / sr)) < 1e-7 and abs(step[-1]) < 1e-3
    t = np.arange(sr) / sr
    tone = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    gain = np.sqrt(np.mean(dc_block(tone, sr)[sr // 2 :] ** 2) / np.mean(tone[sr // 2 :] ** 2))
    assert abs(gain - 1) < 2e-3  # |H(440 Hz)| = 0.999 for a ~20 Hz one-pole high-pass


def test_stores_and_checkpoints_of_the_old_level_are_refused_by_name(spec, tmp_path):
    """The output stage is part of the spec: a store made before it changed is not resumed or mixed."""
    import dataclasses

    from synthproxy.store import StoreError
    from synthproxy.synths.spec import spec_differences

    old = dataclasses.replace(spec, output_gain=1.0, dc_blocker=False)
    assert old.hash != spec.hash and get_spec("amsynth").to_dict().get("output_gain") is None
    why = spec_differences(spec.to_dict(), old.to_dict(), "store")
    assert any(line.startswith("output_gain 0.125 vs 1.0") for line in why)
    assert any(line.startswith("dc_blocker True vs False") for line in why)
    from synthproxy.generate import generate

    generate(old, 4, 1, "train", tmp_path / "s", audio_model="mel", workers=1, chunk_size=4, progress=False)
    with pytest.raises(StoreError):
        generate(spec, 4, 1, "train", tmp_path / "s", audio_model="mel", workers=1, chunk_size=4, progress=False)
