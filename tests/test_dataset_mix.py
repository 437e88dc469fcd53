"""Mixed training sets (synthproxy.dataset_mix): sources taken, shuffled, recorded; mismatches refused."""

from __future__ import annotations

import json

import numpy as np
import pytest
from test_train import make_store, toy_spec

from synthproxy.dataset_mix import describe_sources, mix_stores, parse_source
from synthproxy.datasets import StoreDataset
from synthproxy.store import StoreError


def test_parse_source():
    assert parse_source("data/a") == (parse_source("data/a")[0], None)
    path, n = parse_source("data/a:2048")
    assert str(path) == "data/a" and n == 2048
    assert parse_source("C:/x")[1] is None  # not a count
    with pytest.raises(ValueError, match="must be positive"):
        parse_source("data/a:0")


def test_mix_takes_the_first_presets_of_each_source_shuffled(tmp_path):
    a = make_store(tmp_path / "a", seed=1, split="train", n=300)
    b = make_store(tmp_path / "b", seed=2, split="val", n=200)
    out = mix_stores([(a, 100), (b, None)], tmp_path / "mix", seed=3)
    mixed = StoreDataset(out)
    presets, embeddings = mixed.arrays()
    assert len(mixed) == 300
    pa, ea = StoreDataset(a, limit=100).arrays()
    pb, eb = StoreDataset(b).arrays()
    expected = np.concatenate([ea, eb])
    # the same rows, in another order
    assert not np.array_equal(embeddings, expected)
    assert np.array_equal(np.sort(embeddings, axis=0), np.sort(expected, axis=0))
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["kind"] == "mixed" and [s["n"] for s in manifest["sources"]] == [100, 200]
    assert describe_sources(manifest["sources"]) == "100 random + 200 random"
    stamp = (out / "manifest.json").stat().st_mtime_ns
    mix_stores([(a, 100), (b, None)], tmp_path / "mix", seed=3)  # the same mix: left as it is
    assert (out / "manifest.json").stat().st_mtime_ns == stamp
    with pytest.raises(StoreError, match="different dataset"):
        mix_stores([(a, 50), (b, None)], tmp_path / "mix", seed=3)


def test_mix_refuses_sources_made_differently_or_too_small(tmp_path):
    a = make_store(tmp_path / "a", seed=1, split="train", n=128)
    other = make_store(tmp_path / "o", seed=1, split="train", n=128, spec=toy_spec(name="toy2"))
    with pytest.raises(StoreError, match="another synth: they cannot be mixed"):
        mix_stores([(a, None), (other, None)], tmp_path / "m")
    with pytest.raises(StoreError, match="fewer than the 500"):
        mix_stores([(a, 500)], tmp_path / "m2")


def test_describe_sources_names_a_bank_share_other_than_the_default():
    bank = {"name": "bank-mix", "jitter": 0.05, "redraw": 0.05}
    sources = [
        {"n": 10320, "kind": "handcrafted", "bank_split": "train"},
        {"n": 131072, "kind": "random", "prior": {**bank, "p_bank": 1.0}},
        {"n": 32706, "kind": "random", "prior": {**bank, "p_bank": 0.5}},
        {"n": 40960, "kind": "random"},
    ]
    assert describe_sources(sources) == (
        "10,320 hand-crafted (train) + 131,072 bank-mix (p_bank 1) + 32,706 bank-mix + 40,960 random"
    )
