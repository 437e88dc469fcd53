"""Bad command lines and bad files: one line naming the parameter, file or preset, exit code 2, never a
traceback or a hang; nothing silently replaced, clobbered or written into the repository."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import torch

from synthproxy.cli import main

from .conftest import one_line_error, run_cli

REPO = Path(__file__).parents[2]
DX7 = REPO / "tests" / "data" / "dx7"


def run(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.err


def render(tmp_path, *extra):
    return ["render", "--synth", "dexed", "--random", "--out", tmp_path / "r.wav", *extra]


# -- resource bounds: refused at once, before any cluster starts --------------------------------------------
@pytest.mark.parametrize(
    "extra, text",
    [
        (["--size", "1000000000000", "--workers", "1"], "--size 1000000000000: the store would need"),
        (["--size", "4", "--workers", "1000"], "--allow-oversubscribe"),
        (["--size", "4", "--workers", "-1"], "--workers must be >= 1, got -1"),
        (["--size", "4", "--workers", "0"], "--workers must be >= 1, got 0"),
        (["--size", "4", "--chunk-size", "0"], "--chunk-size must be >= 1"),
        (["--size", "4", "--seed", "-1"], "--seed must be 0.."),
    ],
)
def test_generate_bounds_are_checked_before_anything_starts(extra, text, tmp_path, capsys):
    argv = [
        "generate",
        "--synth",
        "dexed",
        "--seed",
        "1",
        "--split",
        "test",
        "--out",
        tmp_path / "s",
        "--audio-model",
        "mel",
        *extra,
    ]
    t0 = time.monotonic()
    err = one_line_error(run(capsys, *argv))
    assert text in err and time.monotonic() - t0 < 20
    assert not (tmp_path / "s").exists()


def test_streamed_bookkeeping_holds_no_per_row_list():
    """A huge dataset's chunk indices are a generator: memory stays flat however large the size."""
    import tracemalloc

    from synthproxy.generate import _fill

    class Writer:  # the first chunks of a 10^12-preset store are done; nothing else is read
        folder, header, rebuilt, manifest = Path("."), {"split": "train"}, [], {"chunks": {}, "stats": {}}
        done = {0, 1}

        def update(self, **kw):
            pass

    seen = []
    import synthproxy.generate as g

    def fake_run(client, spec, settings, model, seed, chunks, rows_of, *a, **k):
        tracemalloc.start()
        for c in chunks:
            seen.append((c, len(rows_of(c))))
            if len(seen) == 1000:
                break
        assert tracemalloc.get_traced_memory()[1] < 1 << 20
        tracemalloc.stop()

    class Client:
        def __init__(self, *a):
            pass

        def __enter__(self):
            return None, 1

        def __exit__(self, *a):
            return False

    orig = g._run_chunks, g._client
    g._run_chunks, g._client = fake_run, Client
    try:
        _fill(
            Writer(),
            None,
            None,
            "mel",
            1,
            10**12,
            256,
            False,
            progress=False,
            workers=1,
            scheduler=None,
            on_chunk=None,
            task=None,
            preset_timeout_s=1,
        )
    finally:
        g._run_chunks, g._client = orig
    assert seen[0] == (2, 256) and len(seen) == 1000


# -- render settings: as given, or refused by name -----------------------------------------------------------
@pytest.mark.parametrize(
    "extra, text",
    [
        (["--note", "200"], "--note must be 0..127, got 200"),
        (["--velocity", "300"], "--velocity must be 1..127, got 300"),
        (["--velocity", "0"], "--velocity must be 1..127, got 0"),
        (["--sample-rate", "0"], "--sample-rate must be 8000..384000, got 0"),
        (["--sample-rate", "-44100"], "--sample-rate must be"),
        (["--length", "-1"], "--length must be a number of seconds"),
        (["--length", "nan"], "--length must be a number of seconds"),
        (["--length", "1e9"], "--length must be a number of seconds"),
        (["--hold", "5", "--length", "1"], "--hold (5 s) must not exceed --length (1 s)"),
        (["--seed", "-1"], "--seed must be 0.."),
        (["--index", "-1"], "--index must be >= 0"),
    ],
)
def test_bad_render_settings_are_named(extra, text, tmp_path, capsys):
    err = one_line_error(run(capsys, *render(tmp_path, *extra)))
    assert text in err
    assert not (tmp_path / "r.wav").exists()


def test_out_under_a_file_or_naming_a_folder(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    err = one_line_error(run(capsys, "render", "--synth", "dexed", "--random", "--out", tmp_path / "file" / "r.wav"))
    assert "is a file, not a folder" in err
    err = one_line_error(run(capsys, "render", "--synth", "dexed", "--random", "--out", tmp_path))
    assert "is a folder" in err
    err = one_line_error(
        run(
            capsys,
            "generate",
            "--synth",
            "dexed",
            "--size",
            "4",
            "--seed",
            "1",
            "--split",
            "test",
            "--out",
            tmp_path / "file" / "s",
            "--audio-model",
            "mel",
        )
    )
    assert "is a file, not a folder" in err


def test_device_and_symlinked_device_as_bank(tmp_path, capsys):
    (tmp_path / "zero.syx").symlink_to("/dev/zero")
    for bank in ("/dev/zero", tmp_path / "zero.syx"):
        err = one_line_error(run(capsys, "render", "--synth", "dexed", "--bank", bank, "--out", tmp_path / "r.wav"))
        assert str(bank) in err


def test_fifo_as_bank_or_input_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.syx"
    os.mkfifo(fifo)
    r = run_cli("render", "--synth", "dexed", "--bank", fifo, "--out", tmp_path / "r.wav", timeout=60)
    assert "a FIFO" in one_line_error(r)
    r = run_cli(
        "handcrafted",
        "--synth",
        "dexed",
        "--input",
        fifo,
        "--out",
        tmp_path / "h",
        "--audio-model",
        "none",
        "--no-render",
        "--json",
        timeout=60,
    )
    assert r.returncode == 2 and "a FIFO" in r.stdout + r.stderr


def test_render_warns_about_a_voice_handcrafted_rejects(tmp_path, capsys):
    code, err = run(
        capsys,
        "render",
        "--synth",
        "dexed",
        "--bank",
        DX7 / "community_0152.syx",
        "--index",
        "7",
        "--out",
        tmp_path / "r.wav",
    )
    assert code == 0 and "warning" in err and "'Percussive' is invalid (OP2 EG LEVEL 1 = 127 > 99" in err


# -- checkpoints ---------------------------------------------------------------------------------------------
def _evaluate(capsys, checkpoint, dataset):
    return run(capsys, "evaluate", "--checkpoint", checkpoint, "--dataset", dataset, "--pool", "8", "--subsets", "1")


def test_malformed_checkpoints_are_one_line(tiny_checkpoint, tmp_path, capsys):
    (tmp_path / "ds").mkdir()
    (tmp_path / "empty.pt").write_bytes(b"")
    assert "not a readable plain-data checkpoint" in one_line_error(
        _evaluate(capsys, tmp_path / "empty.pt", tmp_path / "ds")
    )
    ck = torch.load(tiny_checkpoint, weights_only=True)
    for key, bad in (("spec", ["not", "a", "dict"]), ("encoder_config", "mlp"), ("spec_hash", 3), ("model", [1])):
        torch.save({**ck, key: bad}, tmp_path / "bad.pt")
        err = one_line_error(_evaluate(capsys, tmp_path / "bad.pt", tmp_path / "ds"))
        assert f"its {key!r} is a" in err, err


def test_a_flipped_weight_is_detected_and_old_checkpoints_still_load(tiny_checkpoint, tmp_path):
    from synthproxy.encoders.checkpoint import CheckpointError, load_checkpoint

    ck = torch.load(tiny_checkpoint, weights_only=True)
    assert "model_sha256" in ck
    key = next(k for k, v in ck["model"].items() if v.dtype == torch.float32 and v.numel() > 4)
    ck["model"][key].view(-1)[3] += 1e-3
    torch.save(ck, tmp_path / "edited.pt")
    with pytest.raises(CheckpointError, match="weights checksum mismatch"):
        load_checkpoint(tmp_path / "edited.pt")
    raw = bytearray(tiny_checkpoint.read_bytes())  # a flipped byte inside the stored weights
    blob = torch.load(tiny_checkpoint, weights_only=True)["model"][key].numpy().tobytes()
    at = bytes(raw).index(blob) + len(blob) // 2
    raw[at] ^= 0x01
    (tmp_path / "flipped.pt").write_bytes(bytes(raw))
    with pytest.raises(CheckpointError):
        load_checkpoint(tmp_path / "flipped.pt")
    del ck["model_sha256"]
    ck["model"][key].view(-1)[3] -= 1e-3
    torch.save(ck, tmp_path / "old.pt")  # as saved before checksums: loads, unchecked
    load_checkpoint(tmp_path / "old.pt")
    for committed in sorted((REPO / "checkpoints").glob("*.pt")):  # the committed proxies carry their checksums
        load_checkpoint(committed)


# -- match: targets, outputs, cache ------------------------------------------------------------------------
def test_absurd_float_wav_is_refused(tmp_path):
    from synthproxy.match import TargetError, read_target
    from synthproxy.render import RenderSettings

    sf.write(tmp_path / "loud.wav", np.full(4410, 1e30, np.float32), 44100, subtype="FLOAT")
    with pytest.raises(TargetError, match="peak sample 1e\\+30 is far outside the audio range"):
        read_target(tmp_path / "loud.wav", RenderSettings())
    os.mkfifo(tmp_path / "pipe.wav")
    with pytest.raises(TargetError, match="a FIFO"):
        read_target(tmp_path / "pipe.wav", RenderSettings())


def test_match_refuses_a_non_empty_out_and_overwrites_only_its_files(tiny_checkpoint, tmp_path, capsys, monkeypatch):
    import synthproxy.paths as paths

    monkeypatch.setattr(paths, "DATA_DIR", tmp_path / "data")
    monkeypatch.setenv("SYNTHPROXY_CACHE", str(tmp_path / "cache"))
    t = np.arange(44100) / 44100
    sf.write(tmp_path / "t.wav", (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), 44100)
    out = tmp_path / "m"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    base = [
        "match",
        "--synth",
        "dexed",
        "--target",
        tmp_path / "t.wav",
        "--checkpoint",
        tiny_checkpoint,
        "--out",
        out,
        "--no-default-bank",
        "--bank",
        DX7 / "rom1a.syx",
        "--n",
        "2",
        "--candidates",
        "2",
        "--starts",
        "0",
    ]
    assert "--overwrite" in one_line_error(run(capsys, *base))
    assert sorted(f.name for f in out.iterdir()) == ["notes.txt"]
    (out / "07_old_match.wav").write_bytes(b"old")  # a previous match's render
    code, err = run(capsys, *base, "--overwrite")
    assert code == 0, err
    names = sorted(f.name for f in out.iterdir())
    assert "notes.txt" in names and "07_old_match.wav" not in names and "match.json" in names
    assert len([n for n in names if n.endswith(".wav") and n[:2].isdigit()]) == 2
    assert list((tmp_path / "cache" / "proxy").glob("dexed_*.npy")) and not (tmp_path / "data").exists()


def test_no_more_workers_start_than_chunks_to_make(monkeypatch):
    """--workers 1000 --allow-oversubscribe --size 4: one chunk, so one worker process, not a thousand."""
    import synthproxy.generate as g

    started = []

    class Client:
        def __init__(self, workers, scheduler):
            started.append(workers)

        def __enter__(self):
            return None, 1

        def __exit__(self, *a):
            return False

    class Writer:
        folder, header, rebuilt, manifest, done = Path("."), {"split": "test"}, [], {"chunks": {}, "stats": {}}, set()

        def update(self, **kw):
            pass

    monkeypatch.setattr(g, "_client", Client)
    monkeypatch.setattr(g, "_run_chunks", lambda *a, **k: None)
    g._fill(
        Writer(),
        None,
        None,
        "mel",
        1,
        4,
        256,
        False,
        progress=False,
        workers=1000,
        scheduler=None,
        on_chunk=None,
        task=None,
        preset_timeout_s=1,
    )
    assert started == [1]
