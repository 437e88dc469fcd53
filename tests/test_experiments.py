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
