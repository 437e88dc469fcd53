"""Hyper-parameter search with Optuna, as the original study tuned its encoders: ``synthproxy hpo``.

The study ran 203 Optuna trials per encoder, each one epoch on a million presets: 128 quasi-random trials
(scrambled Sobol points) to cover the space, then multivariate, grouped TPE to exploit it, maximizing the
validation MRR. :func:`run_hpo` does the same at CPU scale: each trial is a short :func:`synthproxy.train.train`
run (``epochs`` passes over the first ``max_train`` presets), its objective the best validation MRR
(preset -> audio queries by default, pool 512 as the study's validation). The search spaces are in
``hpo.toml`` beside this module: stage ``"opt"`` tunes AdamW (learning rate, betas, eps) and the
schedule's final learning rate with the architecture fixed at a named size; stage ``"all"`` adds the
architecture's hyper-parameters (blocks, widths, token size).

A search is a folder: its Optuna journal (``journal.log``, so a killed search resumes where it stopped,
the trial that was running counted as failed and run again), ``trials.csv`` (one row per trial: its
values, MRR, seconds), and ``best.json`` (the best trial's training settings, the protocol, the CPU and
package versions). ``synthproxy train --hpo best.json`` trains with those settings
(:func:`config_from_hpo`).

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import json
import math
import shutil
import time
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synthproxy.io import versions, write_json
from synthproxy.lock import FolderLock
from synthproxy.machine import cpu_info
from synthproxy.store import identity as identity_of
from synthproxy.store import read_manifest
from synthproxy.train import NonFiniteLoss, TrainConfig, train

__all__ = ["SPACES_FILE", "STAGES", "HpoSettings", "search_space", "run_hpo", "trials_table", "config_from_hpo"]

#: The search spaces (TOML), beside this module.
SPACES_FILE: Path = Path(__file__).with_name("hpo.toml")
#: Search stages: the optimizer alone, or the architecture and the optimizer.
STAGES: tuple[str, ...] = ("opt", "all")
#: TrainConfig fields a trial's values set (the rest of a trial's values are encoder overrides).
_OPTIMIZER_KEYS: tuple[str, ...] = ("lr", "min_lr_factor", "beta1", "beta2", "eps")


@dataclass(frozen=True)
class HpoSettings:
    """What a search runs: which encoder, which stage, how many trials of what length.

    Attributes
    ----------
    arch, size : str
        Encoder and the named size whose hyper-parameters stage ``"opt"`` keeps (``"all"`` starts from it).
    stage : {"opt", "all"}
    trials : int
        Trials in all (finished ones count; a resumed search runs the rest).
    startup : int
        Quasi-random (scrambled Sobol) trials before TPE takes over (the study: 128 of 203).
    epochs : int
        Passes over the training subset per trial (the study: 1 over a million presets).
    max_train, max_val : int, optional
        Training and validation presets used (the first ones of each store).
    contrastive : float
        Weight of the contrastive term (0: the study's pure L1).
    batch_size : int, optional
        Default: the architecture's.
    seed : int
        Seed of the samplers and of every trial's training.
    threads : int, optional
        Torch threads per trial.
    precision : {"float32", "bf16"}
        ``"bf16"``: forward passes under bfloat16 autocast (where the CPU has native bfloat16).
    """

    arch: str
    size: str = "s"
    stage: str = "opt"
    trials: int = 24
    startup: int = 16
    epochs: int = 1
    max_train: int | None = 65_536
    max_val: int | None = 4_096
    contrastive: float = 0.0
    batch_size: int | None = None
    seed: int = 42
    threads: int | None = None
    precision: str = "float32"

    def check(self) -> None:
        """Raise ValueError naming the first invalid setting."""
        if self.stage not in STAGES:
            raise ValueError(f"--stage {self.stage!r}: use {' or '.join(STAGES)}")
        for name in ("trials", "epochs"):
            if getattr(self, name) < 1:
                raise ValueError(f"--{name} must be at least 1, got {getattr(self, name)}")
        if not 0 <= self.startup <= self.trials:
            raise ValueError(f"--startup must be between 0 and --trials ({self.trials}), got {self.startup}")


def search_space(arch: str, stage: str, path: Path = SPACES_FILE) -> dict[str, dict[str, Any]]:
    """The ranges a search of ``arch`` at ``stage`` samples: ``{name: {"low", "high", "log"/"step"} or {"choices"}}``.

    Raises
    ------
    ValueError
        For an unknown stage or an architecture without a section in the file.
    """
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; use {' or '.join(STAGES)}")
    spaces = tomllib.loads(Path(path).read_text())
    space = dict(spaces["optimizer"])
    if stage == "all":
        if arch not in spaces.get("arch", {}):
            raise ValueError(f"{path}: no search space for arch {arch!r} (sections: {', '.join(spaces['arch'])})")
        space.update(spaces["arch"][arch])
    return space


def _suggest(trial: Any, name: str, r: dict[str, Any]) -> Any:
    if "choices" in r:
        return trial.suggest_categorical(name, list(r["choices"]))
    if "step" in r:
        return trial.suggest_int(name, int(r["low"]), int(r["high"]), step=int(r["step"]))
    return trial.suggest_float(name, float(r["low"]), float(r["high"]), log=bool(r.get("log", False)))


def trial_config(settings: HpoSettings, values: dict[str, Any]) -> TrainConfig:
    """The training configuration of one trial's sampled ``values`` (optimizer keys and encoder overrides)."""
    lr = float(values["lr"])
    return TrainConfig(
        arch=settings.arch,
        size=settings.size,
        overrides={k: v for k, v in values.items() if k not in _OPTIMIZER_KEYS},
        seed=settings.seed,
        epochs=settings.epochs,
        batch_size=settings.batch_size,
        lr=lr,
        betas=(float(values["beta1"]), float(values["beta2"])),
        eps=float(values["eps"]),
        min_lr=lr * float(values["min_lr_factor"]),
        contrastive=settings.contrastive,
        val_direction="preset_to_audio",
        max_train=settings.max_train,
        max_val=settings.max_val,
        threads=settings.threads,
        precision=settings.precision,
    )


def _sampler(settings: HpoSettings) -> Any:
    """Scrambled-Sobol trials for the first ``startup`` trials, then multivariate grouped TPE (the study's qmc_tpe)."""
    import optuna

    with warnings.catch_warnings():  # QMC, multivariate and group are "experimental" in Optuna 4 (the study used them)
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        qmc = optuna.samplers.QMCSampler(
            qmc_type="sobol", scramble=True, seed=settings.seed, warn_independent_sampling=False,
            warn_asynchronous_seeding=False,
        )  # fmt: skip
        tpe = optuna.samplers.TPESampler(n_startup_trials=0, multivariate=True, group=True, seed=settings.seed)

    class QmcThenTpe(optuna.samplers.BaseSampler):
        def _pick(self, trial: Any) -> Any:
            return qmc if trial.number < settings.startup else tpe

        def infer_relative_search_space(self, study: Any, trial: Any) -> Any:
            return self._pick(trial).infer_relative_search_space(study, trial)

        def sample_relative(self, study: Any, trial: Any, space: Any) -> Any:
            return self._pick(trial).sample_relative(study, trial, space)

        def sample_independent(self, study: Any, trial: Any, name: str, dist: Any) -> Any:
            return self._pick(trial).sample_independent(study, trial, name, dist)

        def before_trial(self, study: Any, trial: Any) -> None:
            self._pick(trial).before_trial(study, trial)

        def after_trial(self, study: Any, trial: Any, state: Any, values: Any) -> None:
            self._pick(trial).after_trial(study, trial, state, values)

    return QmcThenTpe()


def run_hpo(
    train_dir: str | Path,
    val_dir: str | Path,
    out: str | Path,
    settings: HpoSettings,
    *,
    progress: bool = True,
) -> dict[str, Any]:
    """Run (or resume) a search; write ``trials.csv`` and ``best.json`` into ``out``; return ``best.json``'s content.

    Parameters
    ----------
    train_dir, val_dir : str or Path
        Training and validation stores (as for :func:`synthproxy.train.train`).
    out : str or Path
        The search's folder. A folder of another search (other settings or stores) is refused.
    settings : HpoSettings
    progress : bool
        Print one line per trial.

    Raises
    ------
    ValueError
        Invalid settings, or ``out`` holding a search with other settings (naming them).
    """
    import optuna

    from synthproxy.paths import recorded_path

    settings.check()
    space = search_space(settings.arch, settings.stage)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    lock = FolderLock(out, "search")
    try:
        # what a resumed search must share with the first run (more trials may be asked for)
        same = {k: v for k, v in settings.__dict__.items() if k != "trials"}
        identity = {
            "settings": same,
            # written as $SYNTHPROXY_DATA/... (or ~/...) so that best.json can be committed as it is
            "train": recorded_path(train_dir),
            "val": recorded_path(val_dir),
            # the datasets themselves, so that a store made again with other settings starts a new search
            "datasets": [
                json.loads(json.dumps(identity_of(read_manifest(d)), default=str)) for d in (train_dir, val_dir)
            ],
        }
        _check_identity(out, identity)
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        from optuna.storages import JournalStorage
        from optuna.storages.journal import JournalFileBackend

        storage = JournalStorage(JournalFileBackend(str(out / "journal.log")))
        study = optuna.create_study(
            study_name="hpo", storage=storage, direction="maximize", sampler=_sampler(settings), load_if_exists=True
        )
        for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
            study.tell(t.number, state=optuna.trial.TrialState.FAIL)  # killed with the last session: run again
        while len(study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))) < settings.trials:
            trial = study.ask()
            values = {name: _suggest(trial, name, r) for name, r in space.items()}
            ck = out / "trials" / f"{trial.number:04d}.pt"
            t0 = time.perf_counter()
            try:
                result = train(train_dir, val_dir, ck, trial_config(settings, values), progress=False, resume=False)
                value = float(result.best["val_mrr"])
                trial.set_user_attr("presets_per_s", round(float(result.history[-1].get("presets_per_s", 0.0)), 1))
            except NonFiniteLoss:  # a learning rate too high for these betas: as bad as a trial can be
                value = 0.0
                trial.set_user_attr("diverged", True)
            seconds = time.perf_counter() - t0
            trial.set_user_attr("seconds", round(seconds, 1))
            study.tell(trial, value if math.isfinite(value) else 0.0)
            shutil.rmtree(ck.parent, ignore_errors=True)  # a trial's weights are not kept
            if progress:
                print(f"trial {trial.number}: val MRR {value:.4f} in {seconds:.0f} s {values}")
        table = trials_table(study, settings.startup)
        table.to_csv(out / "trials.csv", index=False)
        best = _best_record(study, settings, identity, table)
        write_json(out / "best.json", best)
        return best
    finally:
        lock.release()


def _check_identity(out: Path, identity: dict[str, Any]) -> None:
    from synthproxy.paths import scrub_paths

    path = out / "search.json"
    if path.exists():
        old = json.loads(path.read_text())
        differ = sorted(k for k in set(old["settings"]) | set(identity["settings"])
                        if old["settings"].get(k) != identity["settings"].get(k))  # fmt: skip
        # searches started before paths were scrubbed hold absolute ones
        old.update({k: scrub_paths(old[k]) for k in ("train", "val") if isinstance(old.get(k), str)})
        differ += [k for k in ("train", "val", "datasets") if old.get(k) != identity[k]]
        if differ:
            raise ValueError(f"{out}: holds a search with other settings ({', '.join(differ)}); use another folder")
    else:
        write_json(path, identity)


def trials_table(study: Any, startup: int):
    """One row per trial: ``trial``, ``sampler`` (``sobol`` for the first ``startup``, then ``tpe``), ``state``,
    ``val_mrr``, ``seconds``, ``presets_per_s`` and the sampled values.

    Returns
    -------
    pandas.DataFrame
    """
    import pandas as pd

    rows = []
    for t in study.get_trials(deepcopy=False):
        rows.append(
            {
                "trial": t.number,
                "sampler": "sobol" if t.number < startup else "tpe",
                "state": t.state.name.lower(),
                "val_mrr": t.value,
                "seconds": t.user_attrs.get("seconds"),
                "presets_per_s": t.user_attrs.get("presets_per_s"),
                "diverged": bool(t.user_attrs.get("diverged", False)),
                **t.params,
            }
        )
    return pd.DataFrame(rows)


def _best_record(study: Any, settings: HpoSettings, identity: dict[str, Any], table: Any) -> dict[str, Any]:
    best = study.best_trial
    config = trial_config(settings, best.params).resolved().to_dict()
    keep = ("arch", "size", "overrides", "batch_size", "lr", "betas", "eps", "min_lr")
    finished = table[table["state"] == "complete"]
    return {
        "arch": settings.arch,
        "size": settings.size,
        "stage": settings.stage,
        "best_trial": best.number,
        "val_mrr": best.value,
        "params": best.params,
        "train_config": {k: config[k] for k in keep},
        "trials": int(len(finished)),
        "startup": settings.startup,
        "minutes": round(float(finished["seconds"].sum()) / 60, 1),
        "protocol": {**identity, "objective": "best validation MRR, preset -> audio, pool 512"},
        "cpu_info": cpu_info(),
        "versions": versions(),
    }


def config_from_hpo(path: str | Path) -> dict[str, Any]:
    """The training settings of a search's ``best.json``, as :class:`~synthproxy.train.TrainConfig` keywords.

    Raises
    ------
    ValueError
        When the file is not a search's ``best.json`` (naming it).
    """
    path = Path(path)
    try:
        best = json.loads(path.read_text())
        cfg = dict(best["train_config"])
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ValueError(f"{path}: not the best.json of a synthproxy hpo search ({e})") from e
    if cfg.get("betas") is not None:
        cfg["betas"] = tuple(cfg["betas"])
    return cfg
