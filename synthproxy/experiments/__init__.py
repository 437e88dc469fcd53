"""Experiment settings: one small TOML file per study scale, read by ``study``, the notebooks' runs and run scripts.

Each ``<name>.toml`` beside this module holds, for one scale:

- ``description``: one line;
- ``[notebooks."NN"]``: papermill parameters of notebook ``NN`` (``"*"``: every notebook) that
  ``python -m synthproxy.study --scale <name>`` passes (``quick`` passes none: the notebooks' own
  ``parameters`` cells are the quick scale);
- ``[runs]`` (optional): the settings of the scale's long training runs
  (:mod:`synthproxy.experiments.runs`).

TOML has no null: a value ``"none"`` stands for ``None``.

Shown in use in ``book/how_to_run.md``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["EXPERIMENTS_DIR", "Experiment", "experiment_names", "load_experiment"]

#: Folder of the experiment files.
EXPERIMENTS_DIR: Path = Path(__file__).parent


@dataclass(frozen=True)
class Experiment:
    """One scale of the study, as its TOML file says.

    Attributes
    ----------
    name : str
        File stem (``quick``, ``cpu-long``, ...).
    description : str
    notebooks : dict
        Notebook number (``"02"``) or ``"*"`` -> papermill parameters.
    runs : dict
        The ``[runs]`` table (empty when the scale has no run script).
    """

    name: str
    description: str
    notebooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    runs: dict[str, Any] = field(default_factory=dict)

    def parameters(self, notebook: str) -> dict[str, Any]:
        """papermill parameters of a notebook (its number or file stem, e.g. ``"03"`` or ``"03_train"``)."""
        params = dict(self.notebooks.get("*", {}))
        params.update(self.notebooks.get(notebook[:2], {}))
        return params


def _none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _none(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_none(v) for v in value]
    return None if value == "none" else value


def experiment_names() -> list[str]:
    """Names of the experiment files, sorted."""
    return sorted(p.stem for p in EXPERIMENTS_DIR.glob("*.toml"))


def load_experiment(name: str) -> Experiment:
    """The experiment of a scale.

    Raises
    ------
    KeyError
        For an unknown name (the message lists the known ones).
    ValueError
        For a file that is not valid TOML or has unknown top-level keys (the file is named).
    """
    path = EXPERIMENTS_DIR / f"{name}.toml"
    if not path.is_file():
        raise KeyError(f"unknown experiment {name!r}; known: {', '.join(experiment_names())}")
    try:
        data = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"{path}: not valid TOML ({e})") from e
    unknown = set(data) - {"description", "notebooks", "runs"}
    if unknown:
        raise ValueError(f"{path}: unknown keys {sorted(unknown)}; expected description, notebooks, runs")
    return Experiment(
        name, str(data.get("description", "")), _none(data.get("notebooks", {})), _none(data.get("runs", {}))
    )
