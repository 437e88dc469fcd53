"""The training loop: a :class:`Trainer` whose steps are methods, and the set-up around it.

:func:`synthproxy.train.train` resolves the config, joins the process group when started by
``torchrun`` (:func:`_setup`), sets torch's threads and determinism for the run
(:func:`_torch_settings`), then builds a :class:`Trainer` and runs it:

- ``Trainer(...)`` opens and checks the stores, plans the steps and the schedule, seeds the RNGs and
  builds the encoder and its optimiser;
- :meth:`Trainer.resume` restores a run from its resume checkpoint (weights, optimiser, RNG states,
  position, history), or refuses one of another run;
- :meth:`Trainer.run` reads the data and loops over the epochs' batches: :meth:`Trainer.step` is
  one optimiser step, :meth:`Trainer.validate_and_save` one validation with its checkpoints.

The notes on determinism, files and distributed runs are those of :mod:`synthproxy.train`.
"""

from __future__ import annotations

import copy
import logging
import math
import os
import random
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from synthproxy.encoders import PresetEncoder, build_encoder, count_parameters
from synthproxy.encoders.checkpoint import (
    CHECKPOINT_FORMAT,
    CHECKPOINT_VERSION,
    CheckpointError,
    last_checkpoint_path,
    load_initial_weights,
)
from synthproxy.integrity import checkpoint_problem, state_dict_sha256
from synthproxy.io import atomic_path, versions
from synthproxy.metrics import VAL_CANDIDATES, VAL_QUERIES
from synthproxy.paths import recorded_path
from synthproxy.synths.spec import SynthSpec
from synthproxy.train.config import _RUN_FIELDS, LRSchedule, TrainConfig
from synthproxy.train.data import _Batches, _dataset_identity, _differences, _EpochBatches, _in_memory, _open_stores
from synthproxy.train.errors import NonFiniteLoss, TrainError
from synthproxy.train.loss import distillation_loss, validation_scores
from synthproxy.train.result import TrainResult

__all__ = ["Trainer"]

#: The package's logger, as before it was split into modules.
log = logging.getLogger("synthproxy.train")


# ---------------------------------------------------------------------------------------------
# Writing checkpoints, RNG states
# ---------------------------------------------------------------------------------------------
def _save(obj: dict[str, Any], path: Path) -> None:
    """Write a checkpoint atomically, with the SHA-256 of its weights."""
    if "model" in obj:  # checked by load_checkpoint and on resuming
        obj["model_sha256"] = state_dict_sha256(obj["model"])
    with atomic_path(path, suffix=".pt") as tmp:
        torch.save(obj, tmp)


def _rng_state() -> dict[str, Any]:
    """The torch, CUDA, NumPy and Python RNG states, as plain data (loadable with ``weights_only=True``)."""
    kind, keys, pos, has_gauss, gauss = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "cuda": list(torch.cuda.get_rng_state_all()) if torch.cuda.is_available() else [],
        "numpy": {
            "kind": kind,
            "keys": torch.from_numpy(np.asarray(keys).astype(np.int64)),
            "pos": int(pos),
            "has_gauss": int(has_gauss),
            "gauss": float(gauss),
        },
        "python": random.getstate(),
    }


def _set_rng_state(s: dict[str, Any]) -> None:
    """Restore the RNG states :func:`_rng_state` recorded (CUDA's only with as many devices)."""
    torch.set_rng_state(s["torch"])
    if s.get("cuda") and torch.cuda.is_available() and len(s["cuda"]) == torch.cuda.device_count():
        torch.cuda.set_rng_state_all(s["cuda"])
    n = s["numpy"]
    np.random.set_state((n["kind"], n["keys"].numpy().astype(np.uint32), n["pos"], n["has_gauss"], n["gauss"]))
    py = s["python"]
    random.setstate((py[0], tuple(py[1]), py[2]))


# ---------------------------------------------------------------------------------------------
# Where a run executes: processes, device, torch's settings
# ---------------------------------------------------------------------------------------------
@dataclass
class _Dist:
    """This process's place in the group of training processes (one process: ``world == 1``)."""

    world: int = 1
    rank: int = 0
    local_rank: int = 0
    owns_group: bool = False

    @property
    def active(self) -> bool:
        return self.world > 1

    def barrier(self) -> None:
        if self.active:
            torch.distributed.barrier()

    def broadcast(self, obj: Any) -> Any:
        if not self.active:
            return obj
        box = [obj]
        torch.distributed.broadcast_object_list(box, src=0)
        return box[0]

    def mean(self, t: Tensor) -> Tensor:
        if self.active:
            t = t.clone()
            torch.distributed.all_reduce(t)
            t /= self.world
        return t


def _setup(config: TrainConfig) -> tuple[_Dist, torch.device]:
    """The process group (joined when ``torchrun`` set ``WORLD_SIZE`` > 1) and this process's device."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    d = _Dist()
    if world > 1:
        d.world, d.rank, d.local_rank = world, int(os.environ.get("RANK", "0")), int(os.environ.get("LOCAL_RANK", "0"))
    want = config.device
    if want == "auto":
        want = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(want)
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise TrainError(f"device {config.device!r}: CUDA is not available here (use device='cpu' or 'auto')")
        if d.active:
            device = torch.device("cuda", d.local_rank)
        torch.cuda.set_device(device)
    if d.active:
        dist = torch.distributed
        if not dist.is_initialized():
            dist.init_process_group("nccl" if device.type == "cuda" else "gloo", timeout=timedelta(hours=2))
            d.owns_group = True
        d.rank, d.world = dist.get_rank(), dist.get_world_size()
    return d, device


@contextmanager
def _torch_settings(config: TrainConfig, device: torch.device, d: _Dist) -> Iterator[None]:
    """Torch's thread count and deterministic algorithms as ``config`` asks, for the block only.

    On leaving (also by an exception) the previous settings come back and a process group this run
    started is destroyed.
    """
    threads = torch.get_num_threads()
    det = (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
    try:
        if config.threads:
            torch.set_num_threads(config.threads)
        if config.deterministic:
            if device.type == "cuda":
                os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
            torch.use_deterministic_algorithms(True, warn_only=True)
        yield
    finally:
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(det[0], warn_only=det[1])
        if d.owns_group and torch.distributed.is_initialized():
            torch.distributed.destroy_process_group()


# ---------------------------------------------------------------------------------------------
# Validation points, non-finite losses
# ---------------------------------------------------------------------------------------------
def _validation_points(steps_per_epoch: int, per_epoch: int) -> set[int]:
    """Batch counts within an epoch after which to validate (the last is the epoch's end)."""
    return {max(1, round(k * steps_per_epoch / per_epoch)) for k in range(1, per_epoch + 1)}


def _non_finite(
    value: float, step: int, spe: int, lr: float, targets: Tensor, d: _Dist, last: Path, out: Path
) -> NonFiniteLoss:
    """The error for a non-finite loss at ``step``: whether the targets or the model are to blame, what is kept."""
    bad_targets = bool(d.mean((~torch.isfinite(targets)).any().float().reshape(1)).item() > 0)
    cause = (
        "the batch's target embeddings hold non-finite values: check the training store for NaN/inf rows"
        if bad_targets
        else "the model diverged: lower the learning rate (or set grad_clip)"
    )
    kept = (
        f"the last good checkpoints are kept: {last} (resume) and {out} (best)"
        if last.exists()
        else "no checkpoint was written yet (this happened before the first validation)"
    )
    return NonFiniteLoss(
        f"training stopped: the loss became {value} at step {step} (epoch {(step - 1) // spe + 1}, "
        f"lr {lr:.3g}); {cause}; {kept}.",
        step,
        last if last.exists() else None,
    )


# ---------------------------------------------------------------------------------------------
# The trainer
# ---------------------------------------------------------------------------------------------
class Trainer:
    """One training run, set up and ready: :meth:`resume` it if wanted, then :meth:`run` it.

    Most callers want :func:`synthproxy.train.train`, which resolves the config, sets up torch and
    the process group, then does ``Trainer(...)``, ``resume()`` and ``run()``.

    Parameters
    ----------
    train_dir, val_dir : Path
        Training and validation stores.
    out : Path
        Best checkpoint; the resume checkpoint goes beside it (:func:`last_checkpoint_path`).
    config : TrainConfig
        A resolved config (:meth:`TrainConfig.resolved`).
    dist : _Dist
        This process's place in the (possibly one-process) group, from :func:`_setup`.
    device : torch.device
    progress, stop_after, callback, spec
        As in :func:`synthproxy.train.train`.

    Attributes
    ----------
    encoder : PresetEncoder
        The encoder being trained (unwrapped: what checkpoints hold).
    steps, total_steps, steps_per_epoch : int
        Optimiser steps done (all runs included), planned, per epoch.
    history : list of dict
        One record per validation (see :attr:`TrainResult.history`); ``best`` is the best one.

    Raises
    ------
    TrainError
        A batch not divisible among the processes, stores that do not fit each other or ``spec``, a
        training set smaller than one batch.
    """

    def __init__(
        self,
        train_dir: Path,
        val_dir: Path,
        out: Path,
        config: TrainConfig,
        dist: _Dist,
        device: torch.device,
        *,
        progress: bool = True,
        stop_after: int | None = None,
        callback: Callable[[dict[str, Any]], bool | None] | None = None,
        spec: SynthSpec | None = None,
    ):
        if config.batch_size is None:
            raise TrainError("the TrainConfig is not resolved (batch_size is None): use TrainConfig.resolved()")
        self.batch_size: int = config.batch_size
        if self.batch_size % dist.world:
            raise TrainError(f"batch_size {self.batch_size} is not divisible by the {dist.world} processes")
        self.config, self.dist, self.device = config, dist, device
        self.out, self.last_path = out, last_checkpoint_path(out)
        self.progress, self.stop_after, self.callback = progress, stop_after, callback
        self.train_ds, self.val_ds, self.spec, self.dim = _open_stores(train_dir, val_dir, config, spec)
        self.n = len(self.train_ds)
        self.steps_per_epoch = self.n // self.batch_size
        if self.steps_per_epoch == 0:
            raise TrainError(f"training set {train_dir}: {self.n} presets, fewer than one batch of {self.batch_size}")
        self.total_steps = config.epochs * self.steps_per_epoch
        self.schedule = LRSchedule.from_config(config, self.total_steps)
        self.val_points = _validation_points(self.steps_per_epoch, config.val_per_epoch)
        self.run_identity = self._run_identity()
        self.encoder, self.optimizer = self._build()
        # where the run is (what resume() restores)
        self.history: list[dict[str, Any]] = []
        self.best: dict[str, Any] = {}
        self.steps, self.seconds_before = 0, 0.0
        self.resumed_from: int | None = None
        self.last_mrr = float("nan")
        self.loss_sum, self.loss_count = 0.0, 0  # training loss since the last validation
        self.lr = float("nan")  # of the last step
        self.base = self._base()
        # set by run(): the model to call (wrapped for DDP / torch.compile), the data, the clocks
        self.model: nn.Module | None = None
        self._presets_interval, self._t_interval, self._t_start = 0, time.perf_counter(), time.perf_counter()

    # -- setup ----------------------------------------------------------------------------------
    def _recorded_config(self) -> dict[str, Any]:
        """The config as checkpoints record it: ``init`` as :func:`synthproxy.paths.recorded_path` writes it."""
        d = self.config.to_dict()
        if d.get("init"):
            d["init"] = recorded_path(d["init"])
        return d

    def _run_identity(self) -> dict[str, Any]:
        """What must not change when the run is resumed: config (but :data:`_RUN_FIELDS`), spec, audio model, data."""
        am = self.train_ds.manifest["audio_model"]
        return {
            "config": {k: v for k, v in self._recorded_config().items() if k not in _RUN_FIELDS},
            "spec_hash": self.spec.hash,
            "audio_model": {k: am.get(k) for k in ("name", "weights_hash", "embedding_size")},
            "train": {k: v for k, v in _dataset_identity(self.train_ds).items() if k not in ("path", "complete")},
            "val": {k: v for k, v in _dataset_identity(self.val_ds).items() if k not in ("path", "complete")},
        }

    def _build(self) -> tuple[PresetEncoder, torch.optim.Optimizer]:
        """Seed the torch, NumPy and Python RNGs, then build the encoder (weights drawn here) and its AdamW."""
        c = self.config
        if c.lr is None or c.betas is None or c.eps is None:
            raise TrainError("the TrainConfig is not resolved (lr, betas or eps is None): use TrainConfig.resolved()")
        torch.manual_seed(c.seed)
        np.random.seed(c.seed % 2**32)
        random.seed(c.seed)
        encoder = build_encoder(c.arch, self.spec, self.dim, c.size, **c.overrides).to(self.device)
        try:
            self.init_record = load_initial_weights(encoder, c.init, self.spec) if c.init else None
        except CheckpointError as e:
            raise TrainError(f"--init {e}") from e
        if self.dist.active and self.device.type == "cuda":  # batch-norm statistics over all GPUs (not on CPU)
            encoder = nn.SyncBatchNorm.convert_sync_batchnorm(encoder)
        optimizer = torch.optim.AdamW(
            encoder.parameters(),
            lr=c.lr,
            betas=c.betas,
            eps=c.eps,
            weight_decay=c.weight_decay,
            fused=c.fused or None,
        )
        return encoder, optimizer

    def _base(self) -> dict[str, Any]:
        """The fields every checkpoint of this run shares."""
        c, n_val = self.config, len(self.val_ds)
        return {
            "format": CHECKPOINT_FORMAT,
            "format_version": CHECKPOINT_VERSION,
            "encoder_config": copy.deepcopy(self.encoder.config),
            "spec": self.spec.to_dict(),
            "spec_hash": self.spec.hash,
            "synth": self.spec.name,
            "audio_model": dict(self.train_ds.manifest["audio_model"]),
            "datasets": {"train": _dataset_identity(self.train_ds), "val": _dataset_identity(self.val_ds)},
            "init": self.init_record,
            "config": self._recorded_config(),
            "seed": c.seed,
            "versions": versions(),
            "run": self.run_identity,
            "parameters": count_parameters(self.encoder),
            "total_steps": self.total_steps,
            "steps_per_epoch": self.steps_per_epoch,
            "world_size": self.dist.world,
            "device": str(self.device),
            "val_protocol": {
                "pool": min(c.val_pool, n_val),
                "subsets": c.val_subsets,
                "seed": c.val_seed,
                "direction": c.val_direction,
                "n": n_val,
                "study_mrr": n_val >= VAL_QUERIES * VAL_CANDIDATES,
            },
        }

    # -- resume ---------------------------------------------------------------------------------
    def resume(self) -> bool:
        """Continue from the resume checkpoint, when there is one (call it before :meth:`run`).

        Restores the weights, the optimiser, the RNG states, the position in the data, the history and
        the training loss since the last validation, so that the run ends as an uninterrupted one would.

        Returns
        -------
        bool
            True if the run resumed, False if it starts anew (neither checkpoint exists).

        Raises
        ------
        TrainError
            An unreadable or damaged resume checkpoint, one of another run (other config or data), or
            an existing ``out`` without a resume checkpoint (a finished or foreign run).
        """
        if self.model is not None:
            raise RuntimeError("Trainer.resume() must come before run()")
        if not self.last_path.exists():
            if self.out.exists():
                raise TrainError(
                    f"{self.out} exists but has no resume checkpoint ({self.last_path.name}): a finished "
                    "or foreign run. Use another --out, or pass resume=False (--restart) to train anew "
                    "and overwrite it."
                )
            return False
        ck = self._resume_checkpoint()
        self.encoder.load_state_dict(ck["model"])
        self.optimizer.load_state_dict(ck["optimizer"])
        self.history, self.best = list(ck["history"]), dict(ck["best"])
        self.last_mrr = self.history[-1]["val_mrr"] if self.history else self.last_mrr
        self.steps, self.seconds_before, self.resumed_from = int(ck["step"]), float(ck["seconds"]), int(ck["step"])
        _set_rng_state(ck["rng"])
        self.loss_sum, self.loss_count = float(ck["interval"]["loss_sum"]), int(ck["interval"]["loss_count"])
        if self.dist.rank == 0:
            log.info("resuming %s from step %d of %d", self.out, self.steps, self.total_steps)
        return True

    def _resume_checkpoint(self) -> dict[str, Any]:
        """The resume checkpoint, read and checked: intact, and written by this same run."""
        path, again = self.last_path, "delete it or pass resume=False (--restart) to start over"
        try:
            ck = torch.load(path, map_location="cpu", weights_only=True)
        except Exception as e:  # noqa: BLE001 - any unreadable file is reported the same way
            raise TrainError(f"{path}: unreadable resume checkpoint ({e}); {again}") from e
        problem = checkpoint_problem(ck) if isinstance(ck, dict) else "not a checkpoint"
        if problem:
            raise TrainError(f"{path}: {problem}; {again}")
        diff = _differences(ck.get("run", {}), self.run_identity)
        if diff:
            raise TrainError(
                f"{path} is the resume checkpoint of another run (checkpoint vs now): {'; '.join(diff[:8])}. "
                "Resume with the same settings and datasets, use another --out, or pass resume=False (--restart) "
                "to start over and overwrite it."
            )
        return ck

    # -- run ------------------------------------------------------------------------------------
    def run(self) -> TrainResult:
        """Train to the end of the schedule, to ``stop_after`` steps or until the callback says stop.

        A run already at its end (or past ``stop_after``) returns at once. Once finished, the best
        checkpoint gets the full history.

        Raises
        ------
        NonFiniteLoss
            From :meth:`step`; the checkpoints on disk are the last good ones.
        """
        from synthproxy.io import progress_bar as tqdm

        self._prepare()
        if self.steps >= self.total_steps:
            return self._finish("finished")
        if self.stop_after is not None and self.steps >= self.stop_after:
            return self._finish("stop_after")
        self._bar = tqdm(
            total=self.total_steps,
            initial=self.steps,
            unit="step",
            dynamic_ncols=True,
            disable=not self.progress or self.dist.rank != 0,
            desc=f"{self.spec.name} {self.config.arch}-{self.config.size}",
        )
        self._t_interval, self._presets_interval = time.perf_counter(), 0
        stopped: str | None = None
        try:
            while self.steps < self.total_steps and stopped is None:
                for batch in self._loader():
                    self.step(batch)
                    stopped = self._after_step()
                    if stopped is not None:
                        break
        finally:
            self._bar.close()
        return self._finish(stopped or "finished")

    def _prepare(self) -> None:
        """Wrap the encoder for distributed and compiled training, read the data, start the clock."""
        model: nn.Module = self.encoder
        if self.dist.active:
            model = nn.parallel.DistributedDataParallel(
                model, device_ids=[self.device.index] if self.device.type == "cuda" else None
            )
        self._eager = model
        if self.config.compile:
            model = torch.compile(model)  # type: ignore[assignment]  # a compiled module is called like the module
        model.train()
        self.model, self._compile_checked = model, not self.config.compile
        self.batches = _Batches(self.train_ds, _in_memory(self.config, self.n, len(self.spec.used) + self.dim))
        self.val_presets, self.val_embeddings = _Batches(self.val_ds, in_memory=True).arrays  # type: ignore[misc]
        self._t_start = time.perf_counter()

    def _loader(self) -> Iterable[tuple[Tensor, Tensor]]:
        """This process's batches from the current step to the end of its epoch.

        The same batches, in the same order, whether DataLoader workers fetch them or not.
        """
        c, d = self.config, self.dist
        epoch, start = divmod(self.steps, self.steps_per_epoch)
        sampler = _EpochBatches(self.n, self.batch_size, c.seed, epoch, start, d.rank, d.world)
        if c.num_workers > 0:
            return torch.utils.data.DataLoader(
                self.batches,
                sampler=sampler,
                batch_size=None,
                num_workers=c.num_workers,
                pin_memory=self.device.type == "cuda",
                prefetch_factor=4,
            )
        return (self.batches[idx] for idx in sampler)

    def _after_step(self) -> str | None:
        """Progress, then the validation or the resume checkpoint when due; why the run stops (None: go on)."""
        at_val = (self.steps - 1) % self.steps_per_epoch + 1 in self.val_points  # batches done in this epoch
        self._show_progress(at_val)
        stop_now = self.stop_after is not None and self.steps >= self.stop_after
        if at_val:
            if self.validate_and_save():
                return "callback"
        elif stop_now and self.dist.rank == 0:
            _save(self._state("last"), self.last_path)
        return "stop_after" if stop_now else None

    def _show_progress(self, at_val: bool) -> None:
        """Advance the progress bar; refresh its loss, validation MRR and speed every 10 steps and at validations."""
        bar = self._bar
        bar.update(1)
        if bar.n % 10 == 0 or at_val:
            bar.set_postfix(
                loss=f"{self.loss_sum / self.loss_count:.4f}",
                val_mrr="-" if math.isnan(self.last_mrr) else f"{self.last_mrr:.3f}",
                presets_s=f"{self._rate():.0f}",
                refresh=False,
            )

    # -- step -----------------------------------------------------------------------------------
    def step(self, batch: tuple[Tensor, Tensor]) -> float:
        """One optimiser step on this process's part of a batch.

        Sets the scheduled learning rate, runs the model (under bfloat16 autocast with
        ``precision="bf16"``), then backward, gradient clipping if asked, and AdamW.

        Parameters
        ----------
        batch : (Tensor, Tensor)
            Presets (B, n_used) and their stored audio embeddings (B, D).

        Returns
        -------
        float
            The loss, averaged over the processes.

        Raises
        ------
        NonFiniteLoss
            The loss is NaN or infinite; the weights are left as they were.
        """
        c = self.config
        x, y = (t.to(self.device, non_blocking=True) for t in batch)
        self.lr = lr = self.schedule(self.steps)
        for g in self.optimizer.param_groups:
            g["lr"] = lr
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=c.precision == "bf16"):
            pred = self._forward(x)
        loss = distillation_loss(pred.float(), y, contrastive=c.contrastive, temperature=c.temperature)
        value = float(self.dist.mean(loss.detach()))
        if not math.isfinite(value):
            raise _non_finite(value, self.steps + 1, self.steps_per_epoch, lr, y, self.dist, self.last_path, self.out)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        if c.grad_clip is not None:
            nn.utils.clip_grad_norm_(self.encoder.parameters(), c.grad_clip)
        self.optimizer.step()
        self.steps += 1
        self.loss_sum += value
        self.loss_count += 1
        self._presets_interval += self.batch_size
        return value

    def _forward(self, x: Tensor) -> Tensor:
        """The model's prediction; if the first compiled call fails, fall back to eager mode for good."""
        try:
            pred = self.model(x)  # type: ignore[misc]
        except Exception as e:  # noqa: BLE001 - torch.compile fails in many ways
            if self._compile_checked:
                raise
            warnings.warn(
                f"torch.compile failed ({type(e).__name__}: {str(e)[:200]}); training in eager mode", stacklevel=4
            )
            self.model = self._eager
            pred = self.model(x)
        self._compile_checked = True
        return pred

    # -- validation and checkpoints -------------------------------------------------------------
    def validate_and_save(self) -> bool:
        """Validate, record, keep the best, write the checkpoints, then ask the callback.

        Rank 0 validates and writes; the record is shared with every process. The best checkpoint
        (``out``) is rewritten when the validation MRR improves, the resume checkpoint every time.

        Returns
        -------
        bool
            True when the callback asks the run to stop.
        """
        c, d = self.config, self.dist
        rate = self._rate()
        record = None
        if d.rank == 0:
            scores = validation_scores(
                self.encoder,
                self.val_presets,
                self.val_embeddings,
                pool=c.val_pool,
                subsets=c.val_subsets,
                seed=c.val_seed,
                direction=c.val_direction,
                device=self.device,
                precision=c.precision,
            )
            record = {
                "step": self.steps,
                "epoch": self.steps / self.steps_per_epoch,
                "train_loss": self.loss_sum / self.loss_count,
                **scores,
                "lr": self.lr,
                "seconds": self.seconds(),
                "presets_per_s": rate,
            }
        record = d.broadcast(record)
        self.history.append(record)
        improved = not self.best or record["val_mrr"] > self.best["val_mrr"]
        if improved:
            self.best = dict(record)
        self.last_mrr = record["val_mrr"]
        self.loss_sum, self.loss_count = 0.0, 0
        if d.rank == 0:
            if improved:
                _save(self._state("best"), self.out)
            _save(self._state("last"), self.last_path)
        stop = bool(self.callback(dict(record))) if (self.callback is not None and d.rank == 0) else False
        stop = bool(d.broadcast(stop))
        d.barrier()
        self._presets_interval, self._t_interval = 0, time.perf_counter()
        return stop

    def _state(self, kind: str) -> dict[str, Any]:
        """A checkpoint of the run now: ``"best"`` (weights and history) or ``"last"`` (also what resuming needs)."""
        s = {
            **self.base,
            "kind": kind,
            "model": self.encoder.state_dict(),
            "history": copy.deepcopy(self.history),
            "best": dict(self.best),
            "step": self.steps,
            "epoch": self.steps / self.steps_per_epoch,
            "seconds": self.seconds(),
            "finished": self.steps >= self.total_steps,
        }
        if kind == "last":
            s.update(
                optimizer=self.optimizer.state_dict(),
                rng=_rng_state(),
                position={"epoch": self.steps // self.steps_per_epoch, "batch": self.steps % self.steps_per_epoch},
                interval={"loss_sum": self.loss_sum, "loss_count": self.loss_count},
            )
        return s

    def _finish(self, stopped: str) -> TrainResult:
        """The result; a finished run's best checkpoint gets the full history first (rank 0)."""
        d = self.dist
        if d.rank == 0 and stopped == "finished" and self.out.exists():
            ck = torch.load(self.out, map_location="cpu", weights_only=True)  # best weights, full history
            if not ck.get("finished") or len(ck["history"]) != len(self.history):
                ck.update(
                    history=copy.deepcopy(self.history), best=dict(self.best), finished=True, seconds=self.seconds()
                )
                _save(ck, self.out)
        d.barrier()
        return TrainResult(
            out=self.out,
            last=self.last_path,
            history=self.history,
            best=self.best,
            steps=self.steps,
            total_steps=self.total_steps,
            steps_per_epoch=self.steps_per_epoch,
            seconds=self.seconds(),
            resumed_from=self.resumed_from,
            stopped=stopped,
            parameters=self.base["parameters"],
            world_size=d.world,
            device=str(self.device),
        )

    # -- clocks ---------------------------------------------------------------------------------
    def seconds(self) -> float:
        """Wall time of the run so far, across resumes."""
        return self.seconds_before + time.perf_counter() - self._t_start

    def _rate(self) -> float:
        """Training presets per second since the last validation."""
        return self._presets_interval / max(time.perf_counter() - self._t_interval, 1e-9)
