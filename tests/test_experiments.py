"""Experiment files: each scale's settings in one TOML file, naming only parameters the notebooks have."""

import json
from pathlib import Path

import pytest

from synthproxy.experiments import experiment_names, load_experiment
from synthproxy.experiments.runs import runs
from synthproxy.study import notebooks, parameters_for

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _parameter_names(nb: Path) -> set[str]:
    cells = json.loads(nb.read_text())["cells"]
    cell = next(c for c in cells if "parameters" in c.get("metadata", {}).get("tags", []))
    return {
        line.split("=")[0].strip()
        for line in "".join(cell["source"]).splitlines()
        if "=" in line and not line.lstrip().startswith("#")
    }


@pytest.mark.parametrize("name", experiment_names())
def test_experiment_parameters_are_the_notebooks_own(name):
    exp = load_experiment(name)
    for nb in notebooks():
        unknown = set(exp.parameters(nb.stem)) - _parameter_names(nb)
        assert not unknown, f"{name}.toml sets {sorted(unknown)}, which {nb.name}'s parameters cell does not have"


def test_quick_is_the_notebooks_defaults_and_none_means_none():
    assert all(parameters_for(nb, "quick") == {} for nb in notebooks())
    assert parameters_for(NOTEBOOKS / "06_sound_matching.ipynb", "cpu-long")["max_bank"] is None
    with pytest.raises(KeyError, match="known: "):
        load_experiment("nope")


def test_cpu_long_runs_are_read_from_its_file():
    settings = load_experiment("cpu-long").runs
    dexed = {r["name"]: r for r in runs("dexed", settings)}
    assert dexed["dexed_gru_s"]["epochs"] == 2 and dexed["dexed_transformer_s"]["max_train"] == 16384
    assert len(dexed) == 6 + 1 + 2 * len(settings["gap_sizes"])


def test_datasets_record_names_size_disk_and_cpu_time(tmp_path):
    """`python -m synthproxy.experiments.datasets`: complete stores only, rows replaced by store name, kept
    when the store is gone (the record outlives the data root)."""
    import pandas as pd
    from test_train import make_store

    from synthproxy.experiments.datasets import main

    root, table = tmp_path / "datasets", tmp_path / "datasets.csv"
    make_store(root / "a_train", seed=1, split="train", n=256)
    partial = make_store(root / "b_train", seed=2, split="train", n=256)
    manifest = json.loads((partial / "manifest.json").read_text())
    (partial / "manifest.json").write_text(json.dumps({**manifest, "complete": False}))
    (root / "notes").mkdir()  # not a store
    assert main(["--root", str(root), "--table", str(table)]) == 0
    rows = pd.read_csv(table)
    on_disk = sum(f.stat().st_size for f in (root / "a_train").rglob("*") if f.is_file()) / 2**20
    assert rows.store.tolist() == ["a_train"] and rows.n[0] == 256 and rows.disk_mb[0] == round(on_disk, 1)
    assert {"core_hours", "precision", "recorded_on", "draws_per_preset"} <= set(rows.columns)
    (table.parent / "other").mkdir()
    make_store(table.parent / "other" / "c_val", seed=3, split="val", n=128)
    assert main(["--root", str(table.parent / "other"), "--table", str(table)]) == 0
    assert sorted(pd.read_csv(table).store) == ["a_train", "c_val"]
    assert main(["--root", str(tmp_path / "nothing"), "--table", str(table)]) == 1
