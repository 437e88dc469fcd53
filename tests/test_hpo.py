"""Hyper-parameter search (synthproxy.hpo): Sobol then TPE trials, a resumable journal, best.json for train."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from test_train import TINY, make_store

from synthproxy.hpo import HpoSettings, config_from_hpo, run_hpo, search_space
from synthproxy.train import TrainConfig

optuna = pytest.importorskip("optuna")


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    root = tmp_path_factory.mktemp("hpo_stores")
    return make_store(root / "train", seed=1, split="train"), make_store(root / "val", seed=2, split="val")


def settings(**kw) -> HpoSettings:
    base = dict(arch="mlp", size="s", trials=3, startup=2, max_train=256, max_val=256, batch_size=64, threads=1)
    base.update(kw)
    return HpoSettings(**base)


def test_search_spaces_follow_the_stage():
    opt = search_space("highway_tokens", "opt")
    assert set(opt) == {"lr", "min_lr_factor", "beta1", "beta2", "eps"} and opt["lr"]["log"]
    full = search_space("highway_tokens", "all")
    assert set(full) - set(opt) == {"num_blocks", "hidden_features", "token_dim"}
    with pytest.raises(ValueError, match="unknown stage"):
        search_space("mlp", "b_opt")
    with pytest.raises(ValueError, match="--startup"):
        settings(startup=4).check()


def test_search_runs_resumes_and_feeds_training(stores, tmp_path, monkeypatch):
    import synthproxy.hpo as hpo

    monkeypatch.setattr(hpo, "search_space", lambda arch, stage: {**search_space(arch, stage), **_tiny_mlp()})
    monkeypatch.setattr("synthproxy.paths.DATA_DIR", Path(stores[0]).parent)  # the stores' data root
    out = tmp_path / "search"
    run_hpo(*stores, out, settings(trials=2), progress=False)
    assert not (out / "trials").exists()  # trial weights are not kept
    # the search names its stores by the data root, so best.json can be committed; a search recorded with
    # absolute paths (before they were scrubbed) still resumes
    identity = json.loads((out / "search.json").read_text())
    assert (identity["train"], identity["val"]) == ("$SYNTHPROXY_DATA/train", "$SYNTHPROXY_DATA/val")
    (out / "search.json").write_text(json.dumps({**identity, "train": str(Path(stores[0]).resolve())}))
    # a trial killed with its session is counted as failed and run again; a search can be extended
    storage = optuna.storages.JournalStorage(optuna.storages.journal.JournalFileBackend(str(out / "journal.log")))
    optuna.load_study(study_name="hpo", storage=storage).ask()
    best = run_hpo(*stores, out, settings(trials=3), progress=False)
    table = pd.read_csv(out / "trials.csv")
    assert table["state"].tolist() == ["complete", "complete", "fail", "complete"]
    assert table["sampler"].tolist() == ["sobol", "sobol", "tpe", "tpe"]
    assert best["val_mrr"] == pytest.approx(table["val_mrr"].max()) and best["trials"] == 3
    assert json.loads((out / "best.json").read_text())["train_config"]["arch"] == "mlp"
    with pytest.raises(ValueError, match="other settings .*epochs"):
        run_hpo(*stores, out, settings(epochs=2), progress=False)

    cfg = config_from_hpo(out / "best.json")
    assert cfg["lr"] == pytest.approx(best["params"]["lr"]) and cfg["overrides"] == {"hidden_features": 32}
    assert cfg["min_lr"] == pytest.approx(best["params"]["lr"] * best["params"]["min_lr_factor"])
    TrainConfig(**cfg).resolved()  # a valid training configuration
    with pytest.raises(ValueError, match="not the best.json"):
        config_from_hpo(out / "trials.csv")


def _tiny_mlp() -> dict:
    """A one-value architecture range, so that the toy trials stay tiny."""
    return {"hidden_features": {"choices": [TINY["mlp"]["hidden_features"]]}}


def test_cli_search_then_train_with_its_best_settings(stores, tmp_path, capsys):
    from test_train import toy_spec

    from synthproxy.cli import main
    from synthproxy.synths.spec import spec_to_toml
    from synthproxy.train import load_checkpoint

    spec_file = tmp_path / "toy.toml"
    spec_file.write_text(spec_to_toml(toy_spec()))
    common = ["--synth", str(spec_file), "--arch", "mlp", "--train", str(stores[0]), "--val", str(stores[1])]
    small = ["--max-train", "256", "--max-val", "256", "--batch-size", "64", "--threads", "1"]
    out = tmp_path / "search"
    assert main(["hpo", *common, *small, "--trials", "2", "--startup", "1", "--out", str(out), "--json"]) == 0
    best = json.loads(capsys.readouterr().out)
    assert best["trials"] == 2 and set(best["params"]) == {"lr", "min_lr_factor", "beta1", "beta2", "eps"}
    ck = tmp_path / "tuned.pt"
    args = ["train", *common, *small, "--size", "s", "--epochs", "1", "--out", str(ck), "--json"]
    assert main([*args, "--hpo", str(out / "best.json")]) == 0
    _, info = load_checkpoint(ck)
    assert info["config"]["lr"] == pytest.approx(best["params"]["lr"])
    assert info["config"]["betas"] == pytest.approx([best["params"]["beta1"], best["params"]["beta2"]])
    capsys.readouterr()
    assert main(["train", *common, "--size", "b", "--hpo", str(out / "best.json"), "--out", str(ck)]) == 2
    assert "another --arch/--size" in capsys.readouterr().err
