"""Shared pieces of the fault suite: one local Dask cluster for every generation, a reference store,
a tiny checkpoint, and a command-line runner that fails on any traceback or hang.

``SYNTHPROXY_LONG_FAULTS=1`` turns on the longer sweeps (more kill points, more fuzzing examples).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from synthproxy.store import StoreWriter, verify

LONG = os.environ.get("SYNTHPROXY_LONG_FAULTS") == "1"
CLI = [sys.executable, "-m", "synthproxy.cli"]
#: The reference dataset: small, Dexed (in process, always available) and the fast `mel` audio model.
GEN = dict(synth="dexed", size=32, seed=7, split="test", audio_model="mel", chunk_size=8)


def gen_args(out: Path, scheduler: str | None = None, **kw) -> list[str]:
    """``synthproxy generate`` arguments of the reference dataset into ``out``."""
    g = {**GEN, **kw}
    args = [
        "generate",
        "--synth",
        g["synth"],
        "--size",
        str(g["size"]),
        "--seed",
        str(g["seed"]),
        "--split",
        g["split"],
        "--out",
        str(out),
        "--audio-model",
        g["audio_model"],
        "--chunk-size",
        str(g["chunk_size"]),
        "--json",
    ]
    return args + (["--scheduler", scheduler] if scheduler else ["--workers", "1"])


def run_cli(
    *args, timeout: float = 120, env: dict | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    """Run ``synthproxy`` in a fresh process; fails the test on a hang or a traceback."""
    full_env = {**os.environ, **(env or {})}
    r = subprocess.run(
        CLI + [str(a) for a in args], capture_output=True, text=True, timeout=timeout, env=full_env, cwd=cwd
    )
    assert "Traceback" not in r.stderr, r.stderr
    return r


def one_line_error(r_or_err, code: int = 2) -> str:
    """The single stderr line of a failed command (asserting its exit code)."""
    rc, err = (r_or_err.returncode, r_or_err.stderr) if hasattr(r_or_err, "returncode") else r_or_err
    assert rc == code, (rc, err)
    lines = [x for x in err.strip().splitlines() if x.strip()]
    assert len(lines) == 1 and "error:" in lines[0], err
    return lines[0]


@pytest.fixture(scope="package")
def cluster():
    """One single-worker local Dask cluster for the fault suite (its worker keeps Dexed and mel loaded); closed
    when the suite ends, so that it does not outlive it into the other tests."""
    from synthproxy.generate import local_cluster

    with local_cluster(1) as address:
        yield address


@pytest.fixture(scope="package")
def reference(tmp_path_factory, cluster) -> tuple[Path, str]:
    """The reference store, generated uninterrupted, and its digest."""
    from synthproxy.generate import generate

    out = tmp_path_factory.mktemp("ref") / "store"
    g = dict(GEN)
    generate(g.pop("synth"), g.pop("size"), g.pop("seed"), g.pop("split"), out, scheduler=cluster, progress=False, **g)
    v = verify(out)
    assert v["ok"] and v["complete"]
    return out, v["digest"]


@pytest.fixture
def damaged(reference, tmp_path) -> Path:
    """A fresh copy of the reference store, to damage."""
    out = tmp_path / "store"
    shutil.copytree(reference[0], out)
    (out / ".synthproxy.lock").unlink(missing_ok=True)
    return out


def fake_store(folder: Path, n: int, seed: int, split: str, dim: int = 128, chunk: int | None = None) -> Path:
    """A Dexed store of random presets and random 'mel' embeddings (nothing rendered)."""
    from synthproxy.presets.sampling import random_presets
    from synthproxy.synths import get_spec

    spec = get_spec("dexed")
    presets = random_presets(spec, seed, range(n))
    emb = np.abs(np.random.default_rng(seed).normal(size=(n, dim))).astype(np.float32)
    chunk = chunk or n
    header = {
        "kind": "random",
        "synth": spec.name,
        "spec_hash": spec.hash,
        "spec": spec.to_dict(),
        "render_settings": {"sample_rate": 44100},
        "audio_model": {"name": "mel", "weights_hash": "fake", "embedding_size": dim, "sample_rate": 44100},
        "seed": seed,
        "split": split,
        "size": n,
        "chunk_size": chunk,
    }
    w = StoreWriter(folder, header)
    for c in range(0, n, chunk):
        w.write_chunk(c // chunk, {"presets": presets[c : c + chunk], "embeddings": emb[c : c + chunk]})
    w.update(complete=True)
    getattr(w, "close", lambda: None)()  # (also runs on the code before the fault suite, to show its failures)
    return folder


@pytest.fixture(scope="package")
def tiny_checkpoint(tmp_path_factory) -> Path:
    """A tiny Dexed encoder trained for a few steps on fake stores (seconds)."""
    from synthproxy.train import TrainConfig, train

    root = tmp_path_factory.mktemp("ckpt")
    tr = fake_store(root / "train", 64, 1, "train")
    va = fake_store(root / "val", 32, 2, "val")
    out = root / "dexed_mlp_s.pt"
    cfg = TrainConfig(
        arch="mlp", size="s", overrides={"hidden_features": 16}, epochs=1, batch_size=32, val_subsets=1, threads=1
    )
    train(tr, va, out, cfg, progress=False)
    return out


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def write_manifest(folder: Path, m) -> None:
    (folder / "manifest.json").write_text(m if isinstance(m, str) else json.dumps(m))
