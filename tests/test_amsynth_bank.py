"""amsynth banks: reading, writing, errors, and the native <-> normalized conversion checked against the plugin."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from synthproxy.presets.amsynth_bank import (
    AMSYNTH_PARAMETERS,
    MAX_PRESETS,
    BankError,
    BankPreset,
    bank_name,
    native_to_normalized,
    normalized_to_native,
    read_bank,
    write_bank,
)
from synthproxy.synths import SynthUnavailable, get_spec, plugin_path, spec_from_dict

DATA = Path(__file__).parent / "data" / "amsynth"
THREE = DATA / "three.amSynth.bank"
CORRUPT = DATA / "corrupt.amSynth.bank"
DEBIAN_BANKS = Path("/usr/share/amsynth/banks")


@pytest.fixture(scope="module")
def spec():
    return get_spec("amsynth")


def value(spec, preset: BankPreset, name: str) -> float:
    return float(preset.values[[p.name for p in spec.parameters].index(name)])


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------
def test_reads_the_fixture(spec) -> None:
    presets = read_bank(THREE, spec)
    assert [p.name for p in presets] == ["DXish", "Horns EP", "Sweet Bass"]
    assert [p.index for p in presets] == [0, 1, 2]
    assert {p.bank for p in presets} == {"three"}
    for p in presets:
        assert p.values.dtype == np.float32 and p.values.shape == (len(spec.parameters),)
        assert np.all((p.values >= 0) & (p.values <= 1))
    dx, horns, bass = presets
    # native values from the file, converted with v = (x - min) / (max - min)
    assert value(spec, dx, "osc1_waveform") == pytest.approx(1 / 4)  # 1 = square / pulse
    assert value(spec, dx, "filter_env_amount") == pytest.approx((-8.95277 + 16) / 32, abs=1e-6)
    assert value(spec, bass, "reverb_wet") == pytest.approx(0.5, abs=1e-6)
    assert value(spec, horns, "osc2_pitch") == pytest.approx(12 / 24)  # 0 semitones
    # DXish predates five parameters: they take the spec's (= amsynth's) defaults
    for name in ("freq_mod_osc", "filter_kbd_track", "filter_vel_sens", "amp_vel_sens", "portamento_mode"):
        assert value(spec, dx, name) == spec.parameter(name).default


def test_conversion_rules() -> None:
    assert native_to_normalized("osc2_range", -3) == 0.0 and native_to_normalized("osc2_range", 4) == 1.0
    assert native_to_normalized("osc2_range", 0.4) == pytest.approx(3 / 7)  # rounded to the step, as amsynth does
    assert native_to_normalized("filter_cutoff", 1.5) == 1.0
    assert normalized_to_native("osc2_pitch", 0.52) == 0.0  # 0.52 * 24 - 12 = 0.48 -> 0
    assert normalized_to_native("lfo_waveform", 5 / 6) == 5.0
    assert normalized_to_native("amp_attack", 0.5) == pytest.approx(1.25)
    with pytest.raises(KeyError):
        native_to_normalized("volume", 0.5)


def test_bank_names() -> None:
    assert bank_name("x/BriansBank01.amSynth.bank") == "BriansBank01"
    assert bank_name("PatriksBank01.bank") == "PatriksBank01"
    assert bank_name("other.txt") == "other"


@pytest.mark.skipif(
    not DEBIAN_BANKS.is_dir(), reason="Debian's amsynth banks (/usr/share/amsynth/banks) are not installed"
)
def test_every_factory_bank_reads(spec) -> None:
    files = sorted(DEBIAN_BANKS.glob("*.bank"))
    presets = [p for f in files for p in read_bank(f, spec)]
    assert len(files) >= 1 and all(len(read_bank(f, spec)) <= MAX_PRESETS for f in files[:3])
    values = np.stack([p.values for p in presets])
    assert np.all((values >= 0) & (values <= 1))


def test_a_non_amsynth_spec_is_refused(spec) -> None:
    data = spec.to_dict()
    data["parameters"][0] = dict(data["parameters"][0], name="attack")
    with pytest.raises(ValueError, match="no parameter 'attack'"):
        read_bank(THREE, spec_from_dict(data))


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------
def test_corrupt_fixture_names_file_line_preset_parameter(spec) -> None:
    with pytest.raises(BankError) as e:
        read_bank(CORRUPT, spec)
    msg = str(e.value)
    for part in ("corrupt.amSynth.bank", "line 73", "'Horns EP'", "'osc2_pitch'", "13", "-12..12"):
        assert part in msg, (part, msg)


def _mutate(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = THREE.read_text()
    assert old in text
    out = tmp_path / "bad.amSynth.bank"
    out.write_text(text.replace(old, new, count))
    return out


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("amSynth\n", "amSynth1.0preset\n", r"not an amsynth bank"),
        (
            "<parameter> osc1_waveform 1",
            "<parameter> osc1_wave 1",
            r"line 7, preset 0 'DXish', parameter 'osc1_wave': unknown parameter",
        ),
        (
            "<parameter> amp_decay 2.20046",
            "<parameter> amp_decay",
            r"line 4, preset 0 'DXish'.*malformed parameter line",
        ),
        ("<parameter> amp_decay 2.20046", "<parameter> amp_decay 0.9 s", r"line 4.*malformed parameter line"),
        (
            "<parameter> amp_decay 2.20046",
            "<parameter> amp_decay fast",
            r"parameter 'amp_decay': value 'fast' is not a number",
        ),
        ("<parameter> amp_decay 2.20046", "<parameter> amp_decay nan", r"parameter 'amp_decay': value nan outside"),
        (
            "<parameter> amp_decay 2.20046",
            "<parameter> amp_decay 2.6",
            r"'DXish', parameter 'amp_decay': value 2.6 outside amsynth's range 0..2.5",
        ),
        (
            "<parameter> amp_sustain",
            "<parameter> amp_decay 1\n<parameter> amp_sustain",
            r"parameter 'amp_decay': parameter given twice",
        ),
        (
            "<preset> <name> DXish\n",
            "<parameter> amp_decay 1\n<preset> <name> DXish\n",
            r"line 2, parameter 'amp_decay': parameter before the first",
        ),
        ("<preset> <name> Horns EP", "<preset> Horns EP", r"line 39: malformed preset line"),
        ("<preset> <name> Sweet Bass", "Sweet Bass", r"line 81: malformed line 'Sweet Bass'"),
    ],
)
def test_malformed_banks_are_named(spec, tmp_path: Path, old: str, new: str, message: str) -> None:
    with pytest.raises(BankError, match=message) as e:
        read_bank(_mutate(tmp_path, old, new), spec)
    assert "bad.amSynth.bank" in str(e.value)


def test_more_than_128_presets_is_an_error(spec, tmp_path: Path) -> None:
    body = THREE.read_text().split("\n", 1)[1].replace("EOF\n", "")
    big = tmp_path / "big.bank"
    big.write_text("amSynth\n" + body * 43 + "EOF\n")  # 129 presets
    with pytest.raises(BankError, match=r"big\.bank: line \d+: more than 128 presets"):
        read_bank(big, spec)


def test_missing_file_is_an_os_error(spec, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_bank(tmp_path / "nothing.bank", spec)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def test_round_trip_of_a_bank(spec, tmp_path: Path) -> None:
    presets = read_bank(THREE, spec)
    out = write_bank(tmp_path / "copy.amSynth.bank", presets, spec)
    back = read_bank(out, spec)
    assert [p.name for p in back] == [p.name for p in presets]
    for a, b in zip(presets, back):
        np.testing.assert_array_equal(a.values, b.values)
    text = out.read_text()
    assert text.startswith("amSynth\n<preset> <name> DXish\n<parameter> amp_attack 0.0595099\n") and text.endswith(
        "EOF\n"
    )
    assert "<parameter> osc1_waveform 1\n" in text  # stepped values written as steps
    assert [f.name for f in tmp_path.iterdir()] == ["copy.amSynth.bank"]  # no temporary file left


def test_round_trip_of_random_values(spec, tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    values = rng.random((20, len(spec.parameters))).astype(np.float32)
    values[0] = 0.0
    values[1] = 1.0
    out = write_bank(tmp_path / "random.amSynth.bank", [(f"random {i}", v) for i, v in enumerate(values)], spec)
    back = np.stack([p.values for p in read_bank(out, spec)])
    names = [p.name for p in spec.parameters]
    for k, name in enumerate(names):
        info = AMSYNTH_PARAMETERS[name]
        if info.step > 0:  # snapped to the plugin's steps
            expected = np.array(
                [native_to_normalized(name, normalized_to_native(name, v)) for v in values[:, k]], np.float32
            )
            np.testing.assert_array_equal(back[:, k], expected, err_msg=name)
        else:
            np.testing.assert_array_equal(back[:, k], values[:, k], err_msg=name)


def test_write_errors_name_preset_and_parameter(spec, tmp_path: Path) -> None:
    out = tmp_path / "out.bank"
    with pytest.raises(BankError, match=r"preset 0 'a\\nb': a preset name cannot contain a line break"):
        write_bank(out, [("a\nb", spec.defaults)], spec)
    with pytest.raises(BankError, match=r"preset 1 'short': values have shape \(3,\)"):
        write_bank(out, [("ok", spec.defaults), ("short", np.zeros(3))], spec)
    loud = spec.defaults.copy()
    loud[[p.name for p in spec.parameters].index("master_vol")] = 1.5
    with pytest.raises(BankError, match=r"preset 0 'loud', parameter 'master_vol': normalized value 1.5 outside 0..1"):
        write_bank(out, [("loud", loud)], spec)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_write_refuses_more_than_128_presets(spec, tmp_path: Path) -> None:
    with pytest.raises(BankError, match="at most 128"):
        write_bank(tmp_path / "out.bank", [("p", spec.defaults)] * 129, spec)


# ---------------------------------------------------------------------------------------------
# The conversion, checked against the plugin itself
# ---------------------------------------------------------------------------------------------
def _plugin_or_skip(spec) -> str:
    pytest.importorskip("dawdreamer")
    try:
        return str(plugin_path(spec))
    except SynthUnavailable as e:
        pytest.skip(f"amsynth plugin not available: {e}")


def _fxp_with_chunk(text: str, plugin_id: bytes = b"amsy", n_params: int = 41) -> bytes:
    """A VST2 program file ('FPCh': opaque chunk) holding amsynth's own preset text."""
    chunk = text.encode()
    body = (
        b"FPCh"
        + struct.pack(">iii", 1, int.from_bytes(plugin_id, "big"), 1)
        + struct.pack(">i", n_params)
        + b"test".ljust(28, b"\0")
        + struct.pack(">i", len(chunk))
        + chunk
    )
    return b"CcnK" + struct.pack(">i", len(body)) + body


def test_conversion_matches_the_plugin(spec, tmp_path: Path) -> None:
    """Both directions, for every parameter of the fixture's presets: (1) amsynth parses each preset's
    text itself (loaded as a program chunk) and reports its normalized values, which must equal
    read_bank's; (2) normalized values set through the host end up as the native values amsynth saves."""
    import dawdreamer as daw

    path = _plugin_or_skip(spec)
    engine = daw.RenderEngine(44100, 128)
    proc = engine.make_plugin_processor("amsynth", path)
    lines = THREE.read_text().split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("<preset>")] + [len(lines) - 2]
    names = [p.name for p in spec.parameters]
    for preset, lo, hi in zip(read_bank(THREE, spec), starts, starts[1:]):
        listed = {line.split()[1] for line in lines[lo:hi] if line.startswith("<parameter>")}
        for p in spec.parameters:  # a chunk sets only the parameters it lists; the others keep their value
            proc.set_parameter(p.index, 0.123 if p.name in listed else p.default)  # 0.123: a no-op load would show
        fxp = tmp_path / "preset.fxp"
        fxp.write_bytes(_fxp_with_chunk("amSynth1.0preset\n" + "\n".join(lines[lo:hi]) + "\n"))
        assert proc.load_preset(str(fxp))
        plugin_values = np.array([proc.get_parameter(p.index) for p in spec.parameters], dtype=np.float32)
        np.testing.assert_allclose(plugin_values, preset.values, atol=1e-7, err_msg=preset.name)

        for p, v in zip(spec.parameters, preset.values):
            proc.set_parameter(p.index, float(v))
        proc.save_state(str(tmp_path / "state.bin"))
        blob = (tmp_path / "state.bin").read_bytes()
        saved = blob[blob.index(b"amSynth1.0preset") :].decode().split("\n")
        native = {t.split()[1]: float(t.split()[2]) for t in saved if t.startswith("<parameter>")}
        assert set(native) == set(names)
        for name, v in zip(names, preset.values):
            info = AMSYNTH_PARAMETERS[name]
            # amsynth saves 6 significant digits
            assert native[name] == pytest.approx(
                normalized_to_native(name, v), rel=2e-6, abs=1e-6 * (info.maximum - info.minimum)
            ), (preset.name, name)
