"""Recorded paths (synthproxy.paths.recorded_path): no machine path where a root holds the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_train import make_store

from synthproxy import paths
from synthproxy.dataset_mix import mix_stores


@pytest.fixture
def roots(tmp_path, monkeypatch):
    """A data root, a checkpoint root inside it and a home folder, all under tmp_path."""
    data, home = tmp_path / "data-root", tmp_path / "home"
    monkeypatch.setattr(paths, "DATA_DIR", data)
    monkeypatch.setattr(paths, "CHECKPOINTS_DIR", data / "ckpt")
    monkeypatch.setattr(paths, "RESULTS_DIR", tmp_path / "results")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("SYNTHPROXY_CACHE", str(tmp_path / "cache"))
    return data, home


def test_paths_are_recorded_from_the_root_that_holds_them(roots, tmp_path):
    data, home = roots
    cases = {
        paths.REPO_ROOT / "data" / "dx7": "data/dx7",  # inside the repository: relative to it
        data / "datasets" / "dexed_n1": "$SYNTHPROXY_DATA/datasets/dexed_n1",
        data / "ckpt" / "a.pt": "$SYNTHPROXY_CHECKPOINTS/a.pt",  # the innermost root
        data: "$SYNTHPROXY_DATA",
        home / "banks" / "x.syx": "~/banks/x.syx",
        tmp_path / "cache" / "w.pt": "$SYNTHPROXY_CACHE/w.pt",  # the roots the book's scrubbing knows
        tmp_path / "elsewhere": str((tmp_path / "elsewhere").resolve()),  # no root: absolute
    }
    for path, want in cases.items():
        assert paths.recorded_path(path) == want
        assert paths.resolve_recorded(want).resolve() == Path(path).resolve()
    assert paths.recorded_path(data / "datasets" / ".." / "x") == "$SYNTHPROXY_DATA/x"


def test_a_mix_records_its_sources_relative_to_the_data_root(roots):
    data, _ = roots
    a = make_store(data / "datasets" / "a", seed=1, split="train", n=64)
    out = mix_stores([(a, None)], data / "mix" / "m", seed=0)
    (source,) = json.loads((out / "manifest.json").read_text())["sources"]
    assert source["path"] == "$SYNTHPROXY_DATA/datasets/a"


def test_a_checkpoint_records_no_machine_path(roots):
    """Datasets, the init checkpoint and ``config.init`` of a fine-tuning run in the roots: all recorded."""
    from test_train import cfg

    from synthproxy.encoders.checkpoint import load_checkpoint
    from synthproxy.experiments.ablation import _base_epochs
    from synthproxy.train import train

    data, _ = roots
    stores = make_store(data / "datasets" / "t", seed=1, split="train"), make_store(data / "v", seed=2, split="val")
    base, tuned = data / "ckpt" / "base.pt", data / "ckpt" / "tuned.pt"
    train(*stores, base, cfg("mlp", max_train=256, max_val=128, val_per_epoch=1), progress=False)
    train(*stores, tuned, cfg("mlp", max_train=256, max_val=128, val_per_epoch=1, init=str(base)), progress=False)
    info = load_checkpoint(tuned)[1]
    text = json.dumps({k: v for k, v in info.items() if k != "model"}, default=str)
    assert str(data.resolve()) not in text and str(data) not in text
    assert info["datasets"]["train"]["path"] == "$SYNTHPROXY_DATA/datasets/t"
    assert info["init"]["path"] == info["config"]["init"] == "$SYNTHPROXY_CHECKPOINTS/base.pt"
    assert _base_epochs({"path": info["init"]["path"]}) == 1.0  # read back from the recorded path


def test_committed_checkpoints_hold_no_machine_paths():
    """What a clone gets in checkpoints/ names datasets and bases by their recorded paths only."""
    import re

    import torch

    machine = re.compile(r"(?<![\w.~$])/(?:root|tmp|home/[^/\s\"']+|Users/[^/\s\"']+)/")
    files = sorted((paths.REPO_ROOT / "checkpoints").glob("*.pt"))
    for f in files:
        meta = {k: v for k, v in torch.load(f, map_location="cpu", weights_only=True).items() if k != "model"}
        found = machine.findall(json.dumps(meta, default=str))
        assert not found, f"{f.name}: {found[:3]}"
