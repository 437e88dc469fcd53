"""Tests of synthproxy.evaluate and ``synthproxy evaluate`` on tiny toy stores and a tiny trained checkpoint.

The toy task is test_train's: presets of a small inline spec; "audio" embeddings are a fixed random
linear map of the presets' one-hot encoding plus a little noise, so a briefly trained MLP beats chance.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch
from conftest import TOY

from synthproxy.cli import main
from synthproxy.encoders import OneHot
from synthproxy.encoders.checkpoint import CheckpointError, load_checkpoint
from synthproxy.evaluate import (
    TABLE_COLUMNS,
    DatasetMismatch,
    MissingMetadata,
    evaluate_checkpoint,
    evaluation_table,
    find_checkpoints,
    random_mrr,
    write_evaluation_table,
)
from synthproxy.metrics import mean_l1, modality_gap, retrieval_scores
from synthproxy.presets.sampling import random_presets
from synthproxy.store import StoreWriter
from synthproxy.synths.spec import SynthSpec, spec_from_dict
from synthproxy.train import TrainConfig, train

D = 16
SPEC = TOY
TOY_MODEL = {"name": "toy", "weights_hash": "w0", "embedding_size": D, "sample_rate": 44100}


def toy_spec(**changes) -> SynthSpec:
    return spec_from_dict({**SPEC, **changes})


def make_store(
    folder: Path,
    *,
    seed: int,
    n: int,
    kind: str = "random",
    spec: SynthSpec | None = None,
    audio_model: dict | None = None,
    render: dict | None = None,
) -> Path:
    """A store of ``n`` toy presets whose embeddings are a fixed linear map of their one-hot encoding."""
    spec = spec or toy_spec()
    presets = random_presets(spec, seed, range(n))
    onehot = OneHot(spec)(torch.as_tensor(presets)).numpy().astype(np.float64)
    mapping = np.random.default_rng(1234).normal(size=(onehot.shape[1], D)) / np.sqrt(onehot.shape[1])
    emb = (onehot @ mapping + 0.01 * np.random.default_rng(seed).normal(size=(n, D))).astype(np.float32)
    header = {
        "kind": kind,
        "synth": spec.name,
        "spec_hash": spec.hash,
        "spec": spec.to_dict(),
        "render_settings": render or {"sample_rate": 44100},
        "audio_model": audio_model or TOY_MODEL,
        "seed": seed,
        "split": "test" if kind == "random" else "handcrafted",
        "size": n,
        "chunk_size": 64,
    }
    w = StoreWriter(folder, header)
    for c, s in enumerate(range(0, n, 64)):
        w.write_chunk(c, {"presets": presets[s : s + 64], "embeddings": emb[s : s + 64]})
    w.update(complete=True)
    return folder


@pytest.fixture(scope="session")
def toy(tmp_path_factory) -> dict[str, Path]:
    """Stores and one tiny trained checkpoint (a 2-epoch MLP), made once for the whole session."""
    root = tmp_path_factory.mktemp("evaluate")
    paths = {
        "train": make_store(root / "train", seed=1, n=512),
        "val": make_store(root / "val", seed=2, n=128),
        "test": make_store(root / "test", seed=3, n=300),
        "handcrafted": make_store(root / "handcrafted", seed=4, n=90, kind="handcrafted"),
        "other_spec": make_store(
            root / "other_spec",
            seed=3,
            n=100,
            spec=toy_spec(
                parameters=[{**p, "interval": [0.2, 0.8]} if p["name"] == "level" else p for p in SPEC["parameters"]]
            ),
        ),
        "mel": make_store(
            root / "mel", seed=3, n=100, audio_model={**TOY_MODEL, "name": "mel", "weights_hash": "none"}
        ),
        "other_note": make_store(root / "other_note", seed=3, n=100, render={"sample_rate": 44100, "midi_note": 48}),
    }
    config = TrainConfig(
        arch="mlp",
        size="s",
        overrides={"hidden_features": 64},
        epochs=4,
        batch_size=64,
        val_subsets=2,
        lr=3e-3,
        threads=1,
    )
    paths["checkpoint"] = root / "checkpoints" / "toy_mlp_s.pt"
    train(paths["train"], paths["val"], paths["checkpoint"], config, progress=False)
    return paths


# -- evaluate_checkpoint -----------------------------------------------------------------------------
def test_scores_are_the_metrics_of_the_predictions(toy):
    r = evaluate_checkpoint(toy["checkpoint"], toy["test"], pool=64, subsets=5, seed=3)
    encoder, _ = load_checkpoint(toy["checkpoint"])
    from synthproxy.datasets import StoreDataset

    presets, audio = StoreDataset(toy["test"]).arrays()
    with torch.no_grad():
        pred = encoder(torch.from_numpy(presets))
    expected = retrieval_scores(pred, audio, pool=64, subsets=5, seed=3)
    for key in ("mrr", "mrr_std", "mrr_at_k", "recall_at_1", "recall_at_5", "recall_at_10", "pool", "subsets", "n"):
        assert r[key] == expected[key], key
    assert r["l1"] == pytest.approx(mean_l1(pred, audio)) and r["modality_gap"] == pytest.approx(
        modality_gap(pred, audio)
    )
    assert (r["n"], r["pool"], r["subsets"], r["note"], r["direction"]) == (300, 64, 5, "", "preset_to_audio")
    assert (r["synth"], r["arch"], r["size"], r["test_set"]) == ("toy", "mlp", "s", "synthetic")
    assert r["mrr"] > 3 * random_mrr(64) and r["mrr_std"] > 0  # learnt something; pools differ
    assert set(r["mrr_at_k"]) == {1, 2, 3, 4, 5} and r["mrr_at_k"][1] == r["recall_at_1"]


def test_small_dataset_is_one_pool_and_says_so(toy):
    r = evaluate_checkpoint(toy["checkpoint"], toy["handcrafted"])  # default pool 4096 > 90 presets
    assert (r["n"], r["pool"], r["subsets"], r["mrr_std"], r["test_set"]) == (90, 90, 1, 0.0, "handcrafted")
    assert "90 presets" in r["note"] and "4096" in r["note"]


def test_both_directions(toy):
    r = evaluate_checkpoint(toy["checkpoint"], toy["test"], pool=64, subsets=3, direction="both")
    assert set(r["directions"]) == {"preset_to_audio", "audio_to_preset"}
    assert r["mrr"] == r["directions"]["preset_to_audio"]["mrr"] != r["directions"]["audio_to_preset"]["mrr"]
    with pytest.raises(ValueError, match="direction"):
        evaluate_checkpoint(toy["checkpoint"], toy["test"], direction="sideways")


@pytest.mark.parametrize(
    "store,why",
    [
        ("other_spec", r"synth spec .*parameters changed: level \(interval\)"),
        ("mel", "audio model 'mel'"),
        ("other_note", "differ: midi_note"),
    ],
)
def test_refuses_datasets_made_otherwise(toy, store, why):
    with pytest.raises(DatasetMismatch, match=why) as e:
        evaluate_checkpoint(toy["checkpoint"], toy[store])
    assert str(toy["checkpoint"]) in str(e.value) and str(toy[store] / "manifest.json") in str(e.value)
    assert isinstance(e.value, ValueError)


def test_checkpoint_missing_metadata_is_named(toy, tmp_path):
    ck = torch.load(toy["checkpoint"], weights_only=True)
    no_model = tmp_path / "no_model.pt"
    torch.save({k: v for k, v in ck.items() if k != "audio_model"}, no_model)
    with pytest.raises(MissingMetadata, match=r"no_model\.pt: missing 'audio_model'"):
        evaluate_checkpoint(no_model, toy["test"])
    no_render = tmp_path / "no_render.pt"
    torch.save(
        {**ck, "datasets": {"train": {k: v for k, v in ck["datasets"]["train"].items() if k != "render_settings"}}},
        no_render,
    )
    with pytest.raises(MissingMetadata, match="datasets.train.render_settings"):
        evaluate_checkpoint(no_render, toy["test"])
    no_hash = tmp_path / "no_hash.pt"
    torch.save({k: v for k, v in ck.items() if k != "spec_hash"}, no_hash)
    with pytest.raises(CheckpointError, match="missing spec_hash"):
        evaluate_checkpoint(no_hash, toy["test"])


# -- the table ---------------------------------------------------------------------------------------
def test_evaluation_table_rows_and_csv(toy, tmp_path):
    other = tmp_path / "othersynth_mlp_s.pt"  # a checkpoint of a synth without test sets: no row
    ck = torch.load(toy["checkpoint"], weights_only=True)
    torch.save({**ck, "synth": "othersynth"}, other)
    sets = {"toy": {"synthetic": toy["test"], "handcrafted": toy["handcrafted"]}}
    df = evaluation_table([toy["checkpoint"], other], sets, pool=64, subsets=4)
    assert list(df.columns) == list(TABLE_COLUMNS) and len(df) == 2
    assert df["test_set"].tolist() == ["synthetic", "handcrafted"]
    assert df[["n", "pool", "subsets"]].values.tolist() == [[300, 64, 4], [90, 64, 4]]
    single = evaluate_checkpoint(toy["checkpoint"], toy["test"], pool=64, subsets=4)
    assert df.loc[0, "mrr"] == single["mrr"] and df.loc[0, "l1"] == pytest.approx(single["l1"])
    path = write_evaluation_table(df, tmp_path / "results" / "evaluation.csv")
    back = pd.read_csv(path)
    assert list(back.columns) == list(TABLE_COLUMNS) and len(back) == 2
    assert back["mrr"].tolist() == pytest.approx(df["mrr"].tolist())
    with pytest.raises(ValueError, match="lacks columns"):
        write_evaluation_table(df.drop(columns=["mrr"]), tmp_path / "bad.csv")


def test_find_checkpoints(tmp_path):
    for name in (
        "dexed_mlp_b.pt",
        "dexed_mlp_b.last.pt",
        "dexed-vst_mlp_b.pt",
        "amsynth_gru_s.pt",
        "quick/dexed_transformer_s.pt",
        "quick/dexed_transformer_s.last.pt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    assert [p.relative_to(tmp_path).as_posix() for p in find_checkpoints("dexed", tmp_path)] == [
        "dexed_mlp_b.pt",
        "quick/dexed_transformer_s.pt",
    ]
    assert find_checkpoints("dexed", tmp_path, quick=False) == [tmp_path / "dexed_mlp_b.pt"]
    assert find_checkpoints("diva", tmp_path / "nowhere") == []


def test_find_checkpoints_leaves_out_those_of_another_spec(toy, tmp_path, caplog):
    """A checkpoint trained before its spec changed (here: the output level) is not offered for the new spec."""
    import shutil

    shutil.copy(toy["checkpoint"], tmp_path / "toy_mlp_s.pt")
    (tmp_path / "toy_bad_s.pt").write_bytes(b"not a checkpoint")
    same = toy_spec()
    louder = toy_spec(output_gain=8.0)
    assert find_checkpoints("toy", tmp_path, spec=same) == [tmp_path / "toy_mlp_s.pt"]
    assert find_checkpoints("toy", tmp_path, spec=louder) == []
    assert "output_gain 8.0 vs 1.0" in caplog.text and "not a readable checkpoint" in caplog.text


# -- the command line --------------------------------------------------------------------------------
def test_cli_json_and_table(toy, capsys):
    args = [
        "evaluate",
        "--checkpoint",
        str(toy["checkpoint"]),
        "--dataset",
        str(toy["test"]),
        "--pool",
        "64",
        "--subsets",
        "3",
    ]
    assert main(args + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {
        "mrr",
        "mrr_std",
        "l1",
        "recall_at_1",
        "recall_at_5",
        "recall_at_10",
        "mrr_at_k",
        "pool",
        "subsets",
        "n",
        "modality_gap",
        "direction",
        "checkpoint",
        "dataset",
        "note",
    } <= set(out)
    assert (out["pool"], out["subsets"], out["n"], out["note"]) == (64, 3, 300, "")
    assert out["mrr"] == evaluate_checkpoint(toy["checkpoint"], toy["test"], pool=64, subsets=3)["mrr"]
    assert main(args + ["--direction", "both"]) == 0
    text = capsys.readouterr().out
    assert "MRR" in text and "preset to audio" in text and "audio to preset" in text and "modality gap" in text
    assert main(["evaluate", "--checkpoint", str(toy["checkpoint"]), "--dataset", str(toy["handcrafted"])]) == 0
    assert capsys.readouterr().out.startswith("note: the dataset has 90 presets")


@pytest.mark.parametrize("case", ["other_spec", "mel", "no_dataset", "no_checkpoint", "bad_pool", "not_a_store"])
def test_cli_bad_input_is_one_line_exit_2(toy, tmp_path, capsys, case):
    ck, ds, extra = toy["checkpoint"], toy["test"], []
    if case in ("other_spec", "mel"):
        ds = toy[case]
    elif case == "no_dataset":
        ds = tmp_path / "missing"
    elif case == "no_checkpoint":
        ck = tmp_path / "missing.pt"
    elif case == "bad_pool":
        extra = ["--pool", "0"]
    else:
        ds = tmp_path / "empty"
        ds.mkdir()
    assert main(["evaluate", "--checkpoint", str(ck), "--dataset", str(ds), *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("synthproxy evaluate: error:") and "\n" not in err
