"""Every notebook of the series runs end to end at tiny parameters (papermill, the venv's python3 kernel)."""

import shutil
from pathlib import Path

import pytest

from synthproxy.study import notebooks, run_notebook

#: Tiny parameters per notebook number: seconds to a minute each.
TINY = {
    "01": {"presets": 1, "steps": 3, "models": ["mel", "mn04"]},
    "02": {
        "n_random": 1,
        "n_handcrafted": 1,
        "sizes": {"train": 48, "val": 16, "test": 16},
        "max_banks": 1,
        "workers": 1,
    },
    "03": {
        "arch": "mlp",
        "size": "s",
        "epochs": 1,
        "batch_size": 16,
        "sizes": {"train": 64, "val": 32},
        "hpo_trials": 2,
    },
    "04": {
        "synths": ["dexed"],
        "pool": 16,
        "subsets": 3,
        "test_size": 16,
        "max_banks": 1,
        "workers": 1,
        "train_if_missing": True,
        "train_sizes": {"train": 48, "val": 16},
    },
    "05": {"synths": ["dexed"], "test_size": 32, "max_banks": 1, "workers": 1, "umap_points": 40},
    "06": {"train_if_missing": True, "n_targets": 2, "budget": 6, "steps": 10, "starts": 2, "max_bank": 256},
    "07": {"train_if_missing": True, "max_bank": 64, "path_steps": 3},
}


#: Recorded results a notebook reads, from tests/data/ (copied into the temporary results/ before it runs):
#: {notebook number: {path under results/: path under tests/data/}}.
RESULTS_FIXTURES = {
    "05": {"evaluation.csv": "evaluation_tiny.csv", "training": "training_tiny"},
}
TEST_DATA = Path(__file__).parent / "data"


@pytest.mark.notebook
@pytest.mark.parametrize("nb", notebooks(), ids=lambda p: p.stem)
def test_notebook_runs(nb: Path, tmp_path, monkeypatch):
    # the kernel inherits these: results/ and data/ of the repository stay as they are
    monkeypatch.setenv("SYNTHPROXY_RESULTS", str(tmp_path / "results"))
    monkeypatch.setenv("SYNTHPROXY_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("SYNTHPROXY_CHECKPOINTS", str(tmp_path / "checkpoints"))
    assert nb.stem[:2] in TINY, f"{nb.name}: add its tiny parameters to TINY"
    for dest, src in RESULTS_FIXTURES.get(nb.stem[:2], {}).items():
        (tmp_path / "results").mkdir(exist_ok=True)
        (shutil.copytree if (TEST_DATA / src).is_dir() else shutil.copyfile)(
            TEST_DATA / src, tmp_path / "results" / dest
        )
    run_notebook(nb, tmp_path / nb.name, TINY[nb.stem[:2]])
    assert (tmp_path / nb.name).exists()


@pytest.mark.notebook
def test_train_notebook_runs_the_transformer(tmp_path, monkeypatch):
    """``papermill notebooks/03_train.ipynb out.ipynb -p arch transformer`` works (issue #17), search included."""
    for name in ("RESULTS", "DATA", "CHECKPOINTS"):
        monkeypatch.setenv(f"SYNTHPROXY_{name}", str(tmp_path / name.lower()))
    nb = next(p for p in notebooks() if p.stem.startswith("03"))
    run_notebook(nb, tmp_path / nb.name, {**TINY["03"], "arch": "transformer"})
    assert any((tmp_path / "checkpoints").rglob("*transformer*.pt"))
