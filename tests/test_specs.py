"""Spec files: the bundled ones load and say what the study uses; the loader's errors name the culprit;
the converter from the original study's tables maps its conventions to ours."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from synthproxy.synths import SPECS_DIR
from synthproxy.synths.original import spec_from_original
from synthproxy.synths.spec import SpecError, load_spec, spec_from_dict, spec_to_toml

SPEC_FILES = sorted(p for p in SPECS_DIR.iterdir() if p.suffix in (".toml", ".json"))


# ---------------------------------------------------------------------------------------------
# Bundled spec files
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", SPEC_FILES, ids=[p.name for p in SPEC_FILES])
def test_every_bundled_spec_loads(path: Path) -> None:
    spec = load_spec(path)
    assert spec.name == path.stem, "the registry finds a synth by its file name"
    assert 0 < len(spec.used) <= len(spec.parameters)
    if spec.engine == "plugin":
        assert spec.plugin_env or spec.plugin_paths, "plugin specs say where the plugin is"


def test_bundled_specs_include_the_study_plugins() -> None:
    assert {"talnm", "talnm-vst3", "diva"} <= {p.stem for p in SPEC_FILES}


def test_talnm_vst3_counts() -> None:
    """The commercial TAL-NoiseMaker of the study, with the study's own table."""
    spec = load_spec(SPECS_DIR / "talnm-vst3.toml")
    assert len(spec.parameters) == 83
    assert len(spec.used) == 59
    assert Counter(p.kind for p in spec.used) == {"continuous": 47, "discrete": 1, "categorical": 8, "binary": 3}
    # One-hot width of the categoricals over allowed classes, as in the study (52).
    assert sum(len(p.allowed) for p in spec.used if p.type == "cat") == 52
    assert spec.plugin_env == "TALNM_PATH"
    osc1 = spec.parameter("osc_1_waveform")
    assert osc1.weights == (0.45, 0.45, 0.1)
    assert spec.parameter("lfo_1_waveform").excluded == (4,)
    assert spec.parameter("reverb_decay").interval == (0.0, 0.6)
    assert spec.parameter("transpose").values == (0.0, 0.5, 0.75, 1.0)
    assert all(p.cardinality == 2 for p in spec.parameters if p.type == "bin")


VCA1_EXCLUDED = ("pan", "volume", "vca", "panmodulation", "panmoddepth", "mode", "offset")


def test_diva_counts_and_vca_fix() -> None:
    spec = load_spec(SPECS_DIR / "diva.toml")
    assert len(spec.parameters) == 280
    # The study used 173; its `vca:*` patterns matched nothing. Fixed: 7 vca1 parameters excluded.
    assert len(spec.used) == 166
    assert Counter(p.kind for p in spec.used) == {"continuous": 92, "discrete": 3, "categorical": 49, "binary": 22}
    used = {p.name for p in spec.used}
    for suffix in VCA1_EXCLUDED:
        assert f"vca1:{suffix}" not in used
    assert {"vca1:modulation", "vca1:moddepth"} <= used
    assert not any(pat.startswith("vca:") for pat in spec.excluded_patterns)
    assert spec.plugin_env == "DIVA_PATH"


def test_diva_keeps_heads_noise_mod_source_exclusion() -> None:
    spec = load_spec(SPECS_DIR / "diva.toml")
    p = spec.parameter("osc:noisevolmodsrc")
    assert p.cardinality == 24 and len(p.excluded) == 16 and spec.is_used(p)
    assert spec.parameter("osc:noise1on").weights == (0.8, 0.2)


# ---------------------------------------------------------------------------------------------
# Converter from the original study's tables
# ---------------------------------------------------------------------------------------------
def _row(index: int, name: str, type_: str, **kw: object) -> dict[str, object]:
    row: dict[str, object] = {
        "index": index,
        "name": name,
        "type": type_,
        "default": 0.0,
        "cardinality": -1,
        "cat_values": None,
        "cat_weights": None,
        "interval": [0.0, 1.0],
        "excluded_cat_idx": None,
    }
    row.update(kw)
    return row


def _table(tmp_path: Path, patterns: list[str] | None = None) -> Path:
    table = {
        "synth": "tiny",
        "excluded_patterns": ["master_*"] if patterns is None else patterns,
        "parameters": [
            _row(1, "master_volume", "num", default=0.40800002217292786),
            _row(2, "sync", "bin", cat_weights=[4.0, 1.0]),
            _row(3, "plain_switch", "bin"),
            _row(4, "wave", "cat", cardinality=6, cat_weights=[1.0, 1.0, 2.0, 1.0, 1.0], excluded_cat_idx=[4]),
            _row(5, "mode", "cat", cardinality=4, cat_values=[0.0, 0.333, 0.667, 1.0]),
            _row(6, "octave", "num", cardinality=4, cat_values=[0.0, 0.5, 0.75, 1.0]),
            _row(7, "decay", "num", default=0.5, interval=[0.0, 0.6]),
        ],
    }
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(table))
    return path


def test_converter_maps_the_original_conventions(tmp_path: Path) -> None:
    data = spec_from_original(_table(tmp_path), plugin_env="TINY_PATH", plugin_paths=["~/.vst3/Tiny.vst3"])
    spec = spec_from_dict(data)
    assert spec.name == "tiny" and spec.engine == "plugin" and spec.plugin_env == "TINY_PATH"
    assert [p.name for p in spec.used] == ["sync", "plain_switch", "wave", "mode", "octave", "decay"]
    sync, switch = spec.parameter("sync"), spec.parameter("plain_switch")
    assert (sync.cardinality, sync.weights) == (2, (4.0, 1.0))  # bin: -1 -> 2, relative weights kept
    assert switch.cardinality == 2 and len(set(switch.weights)) == 1
    wave = spec.parameter("wave")
    # The original lists weights of the remaining categories only; ours have one per step.
    assert wave.excluded == (4,)
    assert wave.weights == (1.0, 1.0, 2.0, 1.0, 0.0, 1.0)
    assert wave.probabilities[2] == pytest.approx(2 / 6)
    assert "values" not in data["parameters"][4], "evenly spaced values rounded to 3 decimals are dropped"
    assert spec.parameter("octave").values == (0.0, 0.5, 0.75, 1.0)
    assert spec.parameter("decay").interval == (0.0, 0.6)
    assert spec.parameter("master_volume").default == 0.408


def test_converter_output_round_trips_through_toml(tmp_path: Path) -> None:
    data = spec_from_original(_table(tmp_path), name="renamed")
    path = tmp_path / "renamed.toml"
    path.write_text(spec_to_toml(data, header=["test"]))
    assert load_spec(path).to_dict() == spec_from_dict(data).to_dict()
    assert load_spec(path).name == "renamed"


def test_converter_rejects_dead_patterns_and_applies_fixes(tmp_path: Path) -> None:
    path = _table(tmp_path, patterns=["master_*", "vca:pan"])
    with pytest.raises(SpecError, match=r"tiny\.json.*'vca:pan'.*pattern_fixes"):
        spec_from_original(path)
    data = spec_from_original(path, pattern_fixes={"vca:pan": "decay"})
    assert data["excluded_patterns"] == ["master_*", "decay"]
    assert spec_from_original(path, pattern_fixes={"vca:pan": None})["excluded_patterns"] == ["master_*"]
    with pytest.raises(SpecError, match="not in the table"):
        spec_from_original(path, pattern_fixes={"vca:pan": "decay", "typo": "x"})


def test_converter_errors_name_the_table(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(SpecError, match="bad.json"):
        spec_from_original(bad)
    with pytest.raises(SpecError, match="missing.json"):
        spec_from_original(tmp_path / "missing.json")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"parameters": [_row(0, "w", "cat", cardinality=3, cat_weights=[1, 2])]}))
    with pytest.raises(SpecError, match=r"wrong\.json.*'w'.*2 weights"):
        spec_from_original(wrong)


# ---------------------------------------------------------------------------------------------
# Loader errors name the file and the parameter
# ---------------------------------------------------------------------------------------------
HEADER = 'name = "bad"\nengine = "plugin"\nplugin_env = "BAD_PATH"\n'
GOOD = '  { name = "cutoff", type = "num", default = 0.5, index = 0 },\n'


def _spec_file(tmp_path: Path, params: str, patterns: str = "[]") -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(f"{HEADER}excluded_patterns = {patterns}\nparameters = [\n{GOOD}{params}]\n")
    return path


def test_a_well_formed_file_loads(tmp_path: Path) -> None:
    spec = load_spec(
        _spec_file(tmp_path, '  { name = "wave", type = "cat", default = 0.0, index = 1, cardinality = 3 },\n')
    )
    assert [p.name for p in spec.used] == ["cutoff", "wave"]


@pytest.mark.parametrize(
    ("param", "message"),
    [
        ('{ name = "wave", type = "cat", default = 0.0, index = 1, cardinality = 3, colour = 1 }', "unknown key"),
        ('{ name = "wave", type = "categorical", default = 0.0, index = 1, cardinality = 3 }', "type"),
        ('{ name = "wave", type = "cat", default = 0.0, index = 1, cardinality = 3, weights = [1, 2] }', "2 weights"),
        ('{ name = "wave", type = "cat", default = 0.0, index = 1, cardinality = 3, excluded = [3] }', "excluded"),
    ],
    ids=["unknown-key", "bad-type", "weights-length", "excluded-out-of-range"],
)
def test_parameter_errors_name_file_and_parameter(tmp_path: Path, param: str, message: str) -> None:
    path = _spec_file(tmp_path, f"  {param},\n")
    with pytest.raises(SpecError) as err:
        load_spec(path)
    text = str(err.value)
    assert str(path) in text and "'wave'" in text and message in text


def test_pattern_matching_nothing_is_an_error(tmp_path: Path) -> None:
    path = _spec_file(tmp_path, "", patterns='["vca:*"]')
    with pytest.raises(SpecError, match=r"bad\.toml.*'vca:\*'.*matches no parameter"):
        load_spec(path)


def test_duplicate_name_is_an_error(tmp_path: Path) -> None:
    path = _spec_file(tmp_path, '  { name = "cutoff", type = "num", default = 0.5, index = 1 },\n')
    with pytest.raises(SpecError, match=r"bad\.toml.*'cutoff'.*duplicate name"):
        load_spec(path)


def test_duplicate_index_names_the_file_and_index(tmp_path: Path) -> None:
    path = _spec_file(tmp_path, '  { name = "resonance", type = "num", default = 0.0, index = 0 },\n')
    with pytest.raises(SpecError, match=r"bad\.toml.*share plugin index 0"):
        load_spec(path)


def test_duplicate_index_names_the_parameters(tmp_path: Path) -> None:
    path = _spec_file(tmp_path, '  { name = "resonance", type = "num", default = 0.0, index = 0 },\n')
    with pytest.raises(SpecError, match="resonance"):
        load_spec(path)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('name = "broken"\nparameters = [ { name = "x", type = \n')
    with pytest.raises(SpecError, match=r"broken\.toml.*not a valid TOML"):
        load_spec(path)
