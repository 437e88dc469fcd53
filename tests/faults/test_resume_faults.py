"""Interrupted and contended runs: SIGKILL at random points (mid-chunk included), concurrent writers, a stale
lock, a full disk. After each, the same command ends with the uninterrupted run's digest."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

import synthproxy.store as store_mod
from synthproxy.cli import main
from synthproxy.generate import generate
from synthproxy.io import DiskFullError
from synthproxy.lock import LOCK_NAME, FolderLock
from synthproxy.store import StoreError, StoreWriter, save_array, verify
from synthproxy.validate import InputError

from .conftest import CLI, GEN, LONG, gen_args, manifest, one_line_error


def _generate(out, cluster, **kw):
    g = {**GEN, **kw}
    return generate(
        g.pop("synth"), g.pop("size"), g.pop("seed"), g.pop("split"), out, scheduler=cluster, progress=False, **g
    )


def _listed(out: Path) -> int:
    try:
        return len(json.loads((out / "manifest.json").read_text())["chunks"])
    except (OSError, ValueError, KeyError):
        return 0


def _start(out: Path, cluster: str, chunk_size: int) -> subprocess.Popen:
    return subprocess.Popen(
        CLI + gen_args(out, cluster, chunk_size=chunk_size),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _kill_after(proc: subprocess.Popen, out: Path, chunks: int, timeout: float = 120) -> None:
    t0 = time.monotonic()
    while _listed(out) < chunks and proc.poll() is None and time.monotonic() - t0 < timeout:
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_second_writer_refused_then_sigkill_then_resume_gives_the_digest(tmp_path, reference, cluster):
    """Chunks of 2 presets (the digest does not depend on the chunking): a second writer is refused while the
    first runs; the first is killed at a random chunk; its lock is taken over and the run ends right."""
    out = tmp_path / "killed"
    rng = random.Random(int(os.environ.get("SYNTHPROXY_FAULT_SEED", "14")))
    proc = _start(out, cluster, chunk_size=2)
    try:
        t0 = time.monotonic()
        while _listed(out) < 1 and proc.poll() is None and time.monotonic() - t0 < 120:
            time.sleep(0.005)
        with pytest.raises(StoreError, match=r"another synthproxy process \(pid \d+\) is writing"):
            _generate(out, cluster, chunk_size=2)
        _kill_after(proc, out, rng.randint(2, 9))
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    done = _listed(out)
    assert 1 <= done < 16, "the run was not interrupted mid-way"
    assert verify(out)["ok"] and (out / LOCK_NAME).exists()  # consistent on disk; the dead run's lock file stays
    rep = _generate(out, cluster, chunk_size=2)  # the kernel released the lock: taken over
    assert rep.chunks_skipped == done and verify(out)["digest"] == reference[1]


@pytest.mark.skipif(not LONG, reason="long sweep: SYNTHPROXY_LONG_FAULTS=1")
def test_sigkill_sweep(tmp_path, reference, cluster):
    rng = random.Random(2014)
    out = tmp_path / "sweep"
    for _ in range(12):
        proc = _start(out, cluster, chunk_size=2)
        if rng.random() < 0.3:  # also during start-up, before any chunk
            time.sleep(rng.uniform(0.0, 4.0))
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        else:
            _kill_after(proc, out, _listed(out) + rng.randint(1, 3))
        if (out / "manifest.json").exists():
            assert verify(out)["ok"]
    _generate(out, cluster, chunk_size=2)
    assert verify(out)["digest"] == reference[1]


def test_kill_between_the_arrays_of_a_chunk_and_mid_write(tmp_path, reference, cluster, monkeypatch):
    """What a kill leaves mid-chunk: chunk 2's presets written but not its embeddings nor the manifest entry,
    and a half-written temporary file. The next run removes the debris and rebuilds the chunk."""
    out = tmp_path / "mid"
    real = store_mod.save_array
    calls = []

    def dying(path, a):
        calls.append(path)
        if path.parent.name == "embeddings" and path.name == "000002.npy":
            raise KeyboardInterrupt  # as SIGINT between the two arrays of chunk 2
        real(path, a)

    monkeypatch.setattr(store_mod, "save_array", dying)
    with pytest.raises(KeyboardInterrupt):
        _generate(out, cluster)
    monkeypatch.setattr(store_mod, "save_array", real)
    assert (out / "presets" / "000002.npy").exists() and "2" not in manifest(out)["chunks"]
    debris = out / "embeddings" / ".000002.npy.abcd1234.npy"
    debris.write_bytes(b"\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortr")  # a write cut short
    (out / "presets" / "000002.npy").write_bytes(b"garbage")  # the unlisted chunk file is not trusted either
    assert verify(out)["ok"]
    rep = _generate(out, cluster)
    assert rep.chunks_written == 2 and not debris.exists()
    assert verify(out)["digest"] == reference[1]


def test_a_lock_held_in_this_process_refuses_a_second_writer(tmp_path):
    lock = FolderLock(tmp_path)
    try:
        with pytest.raises(StoreError, match="another synthproxy process"):
            StoreWriter(tmp_path, {"kind": "random"})
    finally:
        lock.release()
    StoreWriter(tmp_path, {"kind": "random"}).close()  # released: taken


@pytest.fixture
def tmpfs(tmp_path):
    """A 64 KiB tmpfs (skipped where mounting is not permitted)."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mount -t tmpfs needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True, timeout=10)
    if r.returncode:
        pytest.skip(f"mount -t tmpfs is not permitted here: {r.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=10)


def test_full_disk_names_the_file_and_the_cause_then_resumes(tmpfs, reference, cluster, capsys):
    out = tmpfs / "store"
    err = one_line_error((main(gen_args(out, cluster)), capsys.readouterr().err))
    assert f"disk full while writing {out}/" in err and "requested and" not in err
    v = verify(out)
    assert v["ok"] and not v["complete"]  # what is on disk is consistent
    with pytest.raises(InputError, match=r"--size 32: the store would need .* on disk, .* free"):
        _generate(out, cluster)  # now refused before it starts
    with pytest.raises(DiskFullError, match=rf"disk full while writing {tmpfs}/other/\S+"):
        save_array(tmpfs / "other" / "big.npy", np.zeros((64, 1024), np.float32))
    assert not list((tmpfs / "other").iterdir())  # no temporary file left behind
    subprocess.run(["mount", "-o", "remount,size=1m", str(tmpfs)], check=True, timeout=10)
    _generate(out, cluster)
    assert verify(out)["digest"] == reference[1]
