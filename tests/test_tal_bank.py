"""TAL-NoiseMaker preset files (presets.ttl): the shipped banks, reading, writing, and the hand-crafted pipeline."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from synthproxy.paths import TAL_NOISEMAKER_DIR
from synthproxy.presets.adapter import handcrafted_banks
from synthproxy.presets.handcrafted import read_banks
from synthproxy.presets.tal_bank import TalBankError, read_bank, write_bank
from synthproxy.synths import availability, get_spec

SPEC = get_spec("talnm")
FACTORY = TAL_NOISEMAKER_DIR / "factory.presets.ttl"
NOISE4U = TAL_NOISEMAKER_DIR / "noise4u.presets.ttl"


def test_shipped_banks() -> None:
    factory, noise4u = read_bank(FACTORY, SPEC), read_bank(NOISE4U, SPEC)
    assert len(factory) == 256 and len(noise4u) == 91
    assert factory[0].name == "! Startup Juno Osc TAL" and factory[0].bank == "factory" and noise4u[0].bank == "noise4u"
    assert not any(p.problems for p in factory + noise4u)
    names = [p.name for p in SPEC.parameters]
    # preset 1 as the file has it: cutoff 1, filtercontour 0.5, volume 0.408 (float32 noise in the file)
    v = factory[0].values
    assert v[names.index("cutoff")] == 1.0 and v[names.index("filtercontour")] == 0.5
    assert abs(v[names.index("volume")] - 0.408) < 1e-6
    assert handcrafted_banks("talnm", "test") == [FACTORY, NOISE4U] and handcrafted_banks("talnm", "train") == []


def test_version_1_6_filter_types_are_converted_as_the_plugin_does() -> None:
    """Noise4U was saved by version 1.6 (10 filter types); the plugin re-spaces them over its 12 on load."""
    raw = NOISE4U.read_text()
    first = read_bank(NOISE4U, SPEC)[0]
    assert 'filtertype="0.545454562"' in raw  # item round(0.5454 * 9) = 5 of 0..9 -> 5 of 0..11
    assert first.values[[p.name for p in SPEC.parameters].index("filtertype")] == np.float32(5 / 11)


def test_write_read_round_trip_and_bad_files(tmp_path: Path) -> None:
    presets = read_bank(FACTORY, SPEC)[:5]
    out = write_bank(tmp_path / "Mine.lv2", [(p.name + ' "x"', p.values) for p in presets], SPEC)
    back = read_bank(out, SPEC)
    assert [p.name for p in back] == [p.name + ' "x"' for p in presets] and back[0].bank == "Mine"
    for a, b in zip(presets, back):
        np.testing.assert_array_equal(a.values, b.values)
    (tmp_path / "bad.presets.ttl").write_text("@prefix lv2: <http://lv2plug.in/ns/lv2core#> .\n")
    with pytest.raises(TalBankError, match="no TAL-NoiseMaker preset state"):
        read_bank(tmp_path / "bad.presets.ttl", SPEC)
    _, errors = read_banks([tmp_path / "bad.presets.ttl", FACTORY], SPEC)
    assert len(errors) == 1 and "bad.presets.ttl" in errors[0]["file"]
    with pytest.raises(ValueError, match="not the open-source TAL-NoiseMaker"):
        read_bank(FACTORY, get_spec("talnm-vst3"))


@pytest.mark.skipif(
    shutil.which("lv2info") is None or not availability("talnm").available,
    reason="needs lv2info (apt install lilv-utils) and the TAL-NoiseMaker build",
)
def test_an_lv2_host_lists_written_presets_for_the_plugin(tmp_path: Path) -> None:
    from synthproxy.synths import plugin_path

    shutil.copytree(plugin_path(SPEC), tmp_path / "TAL-NoiseMaker.lv2")
    write_bank(tmp_path / "Mine.lv2", [("ZZ synthproxy written", SPEC.defaults)], SPEC)
    info = subprocess.run(
        ["lv2info", SPEC.plugin_uri],
        capture_output=True,
        text=True,
        env={"LV2_PATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    ).stdout
    assert "ZZ synthproxy written" in info


@pytest.mark.skipif(not availability("talnm").available, reason="TAL-NoiseMaker LV2 not built (make setup)")
def test_handcrafted_cli_keeps_most_factory_presets(tmp_path: Path, capsys) -> None:
    from synthproxy.cli import main

    assert (
        main(
            [
                "handcrafted",
                "--synth",
                "talnm",
                "--input",
                str(FACTORY),
                "--out",
                str(tmp_path / "hc"),
                "--audio-model",
                "mel",
                "--json",
            ]
        )
        == 0
    )
    r = json.loads(capsys.readouterr().out)
    assert r["read"] == 256 and r["kept"] > 200 and r["kept"] + sum(r["removed"].values()) == 256
    assert set(r["removed"]) <= {"silent", "duplicate", "clipping"} and not r["errors"]
