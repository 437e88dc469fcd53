"""The command line as a user runs it (real engines: dexed-py always, amsynth when Debian's plugin is here)."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from synthproxy.cli import main
from synthproxy.synths import availability

DATA = Path(__file__).parent / "data"
ROM = DATA / "dx7" / "rom1a.syx"
needs_amsynth = pytest.mark.skipif(not availability("amsynth").available, reason="amsynth plugin not installed")


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_synths_json(capsys):
    rows = {r["name"]: r for r in run_json(capsys, "synths", "--json")}
    assert set(rows) >= {"dexed", "amsynth", "talnm", "talnm-vst3", "diva", "dexed-vst"}
    for r in rows.values():
        assert set(r) == {"name", "available", "reason", "parameters", "used"}
    assert rows["dexed"]["available"] and rows["dexed"]["parameters"] == 155 and rows["dexed"]["used"] == 100
    assert not rows["talnm-vst3"]["available"] and "TALNM_PATH" in rows["talnm-vst3"]["reason"]
    assert rows["talnm"]["parameters"] == 83 and rows["talnm"]["used"] == 59
    assert not rows["diva"]["available"] and "DIVA_PATH" in rows["diva"]["reason"]


def test_synths_env_var_pointing_nowhere(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("TALNM_PATH", str(tmp_path / "nope.vst3"))
    rows = {r["name"]: r for r in run_json(capsys, "synths", "--json")}
    assert "does not exist" in rows["talnm-vst3"]["reason"] and "nope.vst3" in rows["talnm-vst3"]["reason"]


def test_render_bank_voice_is_deterministic(tmp_path, capsys):
    for name in ("a.wav", "b.wav"):
        assert (
            main(["render", "--synth", "dexed", "--bank", str(ROM), "--index", "3", "--out", str(tmp_path / name)]) == 0
        )
    a, b = (tmp_path / "a.wav").read_bytes(), (tmp_path / "b.wav").read_bytes()
    assert a == b
    audio, sr = sf.read(tmp_path / "a.wav")
    assert sr == 44100 and np.sqrt(np.mean(audio**2)) > 0.01
    info = json.loads((tmp_path / "a.json").read_text())
    assert info["source"] == "bank" and info["index"] == 3 and info["render_settings"]["midi_note"] == 60


@pytest.mark.parametrize("synth", ["dexed", pytest.param("amsynth", marks=needs_amsynth)])
def test_render_random_is_deterministic(tmp_path, synth):
    for name in ("a.wav", "b.wav"):
        assert main(["render", "--synth", synth, "--random", "--seed", "3", "--out", str(tmp_path / name)]) == 0
    assert (tmp_path / "a.wav").read_bytes() == (tmp_path / "b.wav").read_bytes()
    audio, _ = sf.read(tmp_path / "a.wav")
    assert np.sqrt(np.mean(audio**2)) > 0.01


@needs_amsynth
def test_render_amsynth_factory_preset(tmp_path):
    bank = sorted(Path("/usr/share/amsynth/banks").glob("*.amSynth.bank"))[0]
    assert (
        main(["render", "--synth", "amsynth", "--bank", str(bank), "--index", "0", "--out", str(tmp_path / "x.wav")])
        == 0
    )
    audio, _ = sf.read(tmp_path / "x.wav")
    assert np.sqrt(np.mean(audio**2)) > 0.01


def test_render_errors(tmp_path, capsys):
    assert main(["render", "--synth", "nosuch", "--random", "--out", str(tmp_path / "x.wav")]) == 2
    assert "unknown synth 'nosuch'" in capsys.readouterr().err
    assert (
        main(["render", "--synth", "dexed", "--bank", str(ROM), "--index", "40", "--out", str(tmp_path / "x.wav")]) == 2
    )
    assert "no preset 40" in capsys.readouterr().err
    assert main(["render", "--synth", "talnm-vst3", "--random", "--out", str(tmp_path / "x.wav")]) == 2
    assert "TALNM_PATH" in capsys.readouterr().err
    assert not (tmp_path / "x.wav").exists()


def test_handcrafted_reports_corrupt_bank_and_goes_on(tmp_path, capsys):
    banks = tmp_path / "banks"
    banks.mkdir()
    shutil.copy(ROM, banks / "good.syx")
    (banks / "broken.syx").write_bytes(ROM.read_bytes()[:1000])
    report = run_json(
        capsys, "handcrafted", "--synth", "dexed", "--input", str(banks), "--out", str(tmp_path / "hc"), "--json"
    )
    assert set(report) >= {"kept", "removed", "errors"}
    assert report["kept"] + sum(report["removed"].values()) == 32
    assert report["kept"] > 20
    assert [Path(e["file"]).name for e in report["errors"]] == ["broken.syx"]
    assert json.loads((tmp_path / "hc" / "manifest.json").read_text())["kind"] == "handcrafted"


def test_handcrafted_split_keeps_the_committed_split_and_records_it(tmp_path, capsys):
    from synthproxy.presets.split import split_presets

    out = tmp_path / "val"
    report = run_json(
        capsys, "handcrafted", "--synth", "dexed", "--split", "val", "--audio-model", "none", "--no-render",
        "--out", str(out), "--json",
    )  # fmt: skip
    assert report["read"] == len(split_presets("dexed", "val")) == 1758  # data/dx7/README.md's count
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["bank_split"] == "val" and len(manifest["banks"]) == 88
    assert main(["handcrafted", "--synth", "dexed", "--split", "val", "--input", str(ROM), "--out", str(out)]) == 2
    assert "either --input" in capsys.readouterr().err


def test_handcrafted_far_from_leaves_out_near_copies_of_shipped_voices(tmp_path, capsys):
    """The factory ROM is shipped as test banks: --far-from train keeps it, --far-from shipped keeps nothing."""
    args = ["handcrafted", "--synth", "dexed", "--input", str(ROM), "--audio-model", "none", "--no-render", "--json"]
    report = run_json(capsys, *args, "--far-from", "train", "--out", str(tmp_path / "t"))
    assert report["read"] == 32 and "near-copy" not in report["removed"] and report["kept"] == 32
    assert json.loads((tmp_path / "t" / "manifest.json").read_text())["far"] == {
        "far_from": "train",
        "max_distance": 16,
    }
    from synthproxy.generate_handcrafted import stale_reason

    assert stale_reason(tmp_path / "t", "dexed", [ROM], far_from="train") is None
    assert stale_reason(tmp_path / "t", "dexed", [ROM]) == "made with --far-from train, not None"
    assert main([*args, "--far-from", "shipped", "--out", str(tmp_path / "s")]) == 2  # nothing left: one line
    err = capsys.readouterr().err
    assert "no preset kept" in err and "Traceback" not in err
    report = json.loads((tmp_path / "s" / "report.json").read_text())
    assert report["removed"] == {"near-copy": 32} and report["removed_presets"][0]["near"] == "factory/rom1a.syx:0"
    assert main(["handcrafted", "--synth", "dexed", "--split", "val", "--far-from", "train", "--out", "x"]) == 2
    assert "--far-from is for --input" in capsys.readouterr().err


def test_threads_flag_sizes_openmp_teams_before_torch_loads(tmp_path):
    """``--threads N`` sets OMP_NUM_THREADS when torch is not loaded yet (oneDNN's bf16 matmuls otherwise kept a
    2-thread team on a busy 2-core machine: 9x slower training)."""
    import os
    import subprocess
    import sys

    code = (
        "import os, sys; from synthproxy.cli import main; "
        f"main(['train', '--synth', 'dexed', '--arch', 'mlp', '--train', {str(tmp_path)!r}, "
        f"'--val', {str(tmp_path)!r}, '--threads', '1']); print('OMP', os.environ.get('OMP_NUM_THREADS'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300).stdout
    assert "OMP 1" in out
    env["OMP_NUM_THREADS"] = "2"  # the caller's setting wins
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300).stdout
    assert "OMP 2" in out
