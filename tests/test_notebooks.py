"""Every notebook of the series runs end to end at tiny parameters (papermill, the venv's python3 kernel)."""

from pathlib import Path

import pytest

from synthproxy.study import notebooks, run_notebook

#: Tiny parameters per notebook number: seconds to a minute each.
TINY = {
    "01": {"presets": 1, "steps": 3, "models": ["mel", "mn04"]},
    "02": {"n_random": 1, "n_handcrafted": 1},
}


@pytest.mark.notebook
@pytest.mark.parametrize("nb", notebooks(), ids=lambda p: p.stem)
def test_notebook_runs(nb: Path, tmp_path, monkeypatch):
    monkeypatch.setenv("SYNTHPROXY_RESULTS", str(tmp_path / "results"))  # the kernel inherits it; results/ stays as committed
    assert nb.stem[:2] in TINY, f"{nb.name}: add its tiny parameters to TINY"
    run_notebook(nb, tmp_path / nb.name, TINY[nb.stem[:2]])
    assert (tmp_path / nb.name).exists()
