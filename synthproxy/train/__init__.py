"""Training preset encoders: L1 distillation of audio embeddings, resumable, deterministic, scalable.

:func:`train` fits a preset encoder (:mod:`synthproxy.encoders`) on a training store so that the
embedding it predicts for a preset matches the stored audio embedding of that preset's render
(mean absolute error), validating twice per epoch on a validation store and keeping the checkpoint
with the best validation MRR. :func:`load_checkpoint` rebuilds a trained encoder.

The setup follows the original study: L1 loss; AdamW without weight decay, learning rate, betas and
eps per architecture (:data:`OPTIMIZER_DEFAULTS`); a per-step learning-rate schedule *warmup ->
cosine decay -> full restart -> constant* (:class:`LRSchedule`); batches of 512 (256 for the
Transformer); validation twice per epoch, best checkpoint by validation MRR.

**Validation protocol.** Audio embeddings query the predicted preset embeddings
(``direction="audio_to_preset"``, the study's validation direction) in random pools of 512 items
(the whole validation set when it is smaller), as in :func:`synthproxy.metrics.retrieval_scores`,
the evaluation's function, averaged over :attr:`TrainConfig.val_subsets` pools; plus the mean L1
error. When the validation set holds at least 256 x 512 presets, the study's own validation MRR
(:func:`synthproxy.metrics.validation_mrr`) is recorded as well, to compare with its published
numbers.

**Files.** ``out`` (e.g. ``checkpoints/dexed_transformer_b.pt``) holds the best encoder so far
and, once training ends, the full history. ``<out stem>.last.pt`` beside it (see
:func:`last_checkpoint_path`) is the resume checkpoint, rewritten at every validation: weights,
optimiser state, RNG states, data position, history. Both are written atomically (temporary file,
then rename) with :func:`torch.save` of plain data only (dicts, lists, tensors, numbers, strings),
so they load with ``torch.load(weights_only=True)``. Running the same training again resumes from
the resume checkpoint and ends with the same result as an uninterrupted run; a finished run is
returned as is.

**Determinism.** The data order depends only on the seed and the epoch (epoch ``e`` shuffles with
``numpy.random.default_rng([seed, e])``), not on ``num_workers`` (workers only fetch the batches
the main process chose) nor on interruptions. Weights are initialised after ``torch.manual_seed``;
a resume restores the torch, CUDA, NumPy and Python RNG states. On CPU, with the same machine,
torch build and thread count, a run is bit-for-bit reproducible, interrupted or not (tested).
Not bit-reproducible: runs on other CPUs or thread counts (reductions are split differently), on
GPU (cuDNN/cuBLAS kernels; ``deterministic=True`` asks torch for deterministic algorithms and
warns where there is none), with ``compile=True`` against eager mode, and distributed runs against
single-process ones (batch-norm statistics are per process on CPU, gradients are summed in
another order).

**Scale-out.** Started by ``torchrun`` (``WORLD_SIZE`` > 1 in the environment), :func:`train`
joins the process group (gloo on CPU, NCCL on GPU), wraps the encoder in
DistributedDataParallel and gives each process its slice of every batch (``batch_size`` stays
the global batch, so the schedule and the defaults do not depend on the number of processes).
Batch norms are synchronised across GPUs (SyncBatchNorm); on CPU each process normalises its own
slice. Rank 0 validates, shows progress and writes the checkpoints; the others wait. Every process
reads the whole training set (into memory when it fits) and draws dropout masks from the same
seeded stream (on different data). Example, two CPU processes on one machine::

    torchrun --standalone --nproc_per_node 2 -m synthproxy.cli train --synth dexed --arch mlp ...

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import copy
import logging
import math
import os
import random
import time
import warnings
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch
from torch import Tensor, nn

from synthproxy.encoders import PresetEncoder, build_encoder, count_parameters
from synthproxy.encoders.checkpoint import (  # the checkpoint names are re-exported here for compatibility
    CHECKPOINT_FORMAT,
    CHECKPOINT_VERSION,
    CheckpointError,
    checkpoint_path,
    last_checkpoint_path,
    load_checkpoint,
    predict_embeddings,
)
from synthproxy.integrity import checkpoint_problem, state_dict_sha256
from synthproxy.io import atomic_path, versions
from synthproxy.metrics import VAL_CANDIDATES, VAL_QUERIES
from synthproxy.synths.spec import SynthSpec
from synthproxy.train.config import _RUN_FIELDS, OPTIMIZER_DEFAULTS, STUDY_OPTIMIZERS, LRSchedule, TrainConfig
from synthproxy.train.data import (
    IN_MEMORY_BYTES,
    _Batches,
    _dataset_identity,
    _differences,
    _EpochBatches,
    _in_memory,
    _open_stores,
    epoch_permutation,
)
from synthproxy.train.errors import NonFiniteLoss, TrainError
from synthproxy.train.loss import EVAL_BATCH, distillation_loss, validation_scores
from synthproxy.train.plot import plot_history

__all__ = [
    "STUDY_OPTIMIZERS", "OPTIMIZER_DEFAULTS", "CHECKPOINT_FORMAT", "CHECKPOINT_VERSION", "TrainError",
    "NonFiniteLoss", "CheckpointError", "TrainConfig", "LRSchedule", "TrainResult", "train", "load_checkpoint",
    "checkpoint_path", "last_checkpoint_path", "validation_scores", "distillation_loss", "epoch_permutation", "plot_history",
]

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Checkpoints
# ---------------------------------------------------------------------------------------------
def _save(obj: dict[str, Any], path: Path) -> None:
    if "model" in obj:  # checked by load_checkpoint and on resuming
        obj["model_sha256"] = state_dict_sha256(obj["model"])
    with atomic_path(path, suffix=".pt") as tmp:
        torch.save(obj, tmp)


def _rng_state() -> dict[str, Any]:
    kind, keys, pos, has_gauss, gauss = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "cuda": list(torch.cuda.get_rng_state_all()) if torch.cuda.is_available() else [],
        "numpy": {"kind": kind, "keys": torch.from_numpy(keys.astype(np.int64)), "pos": int(pos),
                  "has_gauss": int(has_gauss), "gauss": float(gauss)},
        "python": random.getstate(),
    }


def _set_rng_state(s: dict[str, Any]) -> None:
    torch.set_rng_state(s["torch"])
    if s.get("cuda") and torch.cuda.is_available() and len(s["cuda"]) == torch.cuda.device_count():
        torch.cuda.set_rng_state_all(s["cuda"])
    n = s["numpy"]
    np.random.set_state((n["kind"], n["keys"].numpy().astype(np.uint32), n["pos"], n["has_gauss"], n["gauss"]))
    py = s["python"]
    random.setstate((py[0], tuple(py[1]), py[2]))


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------
@dataclass
class TrainResult:
    """What :func:`train` did.

    Attributes
    ----------
    out : Path
        Best checkpoint (load it with :func:`load_checkpoint` or :meth:`load`).
    last : Path
        Resume checkpoint.
    history : list of dict
        One record per validation: ``step``, ``epoch`` (float), ``train_loss`` (mean L1 since the previous
        validation), ``val_mrr``, ``val_mrr_std``, ``val_recall_at_1``, ``val_l1``, ``val_mrr_study``
        (None for small validation sets), ``lr``, ``seconds`` (since the run's start, across resumes),
        ``presets_per_s`` (training throughput since the previous validation). ``pandas.DataFrame(history)``
        gives the learning curves.
    best : dict
        The history record of the best validation MRR.
    steps, total_steps, steps_per_epoch : int
        Steps done, planned, per epoch.
    seconds : float
        Wall time of the whole run, across resumes.
    resumed_from : int or None
        Step the run resumed from (None for a fresh start).
    stopped : {"finished", "stop_after", "callback"}
        Why the run ended.
    parameters : int
        Trainable parameters of the encoder.
    world_size : int
        Processes that trained.
    device : str

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    out: Path
    last: Path
    history: list[dict[str, Any]]
    best: dict[str, Any]
    steps: int
    total_steps: int
    steps_per_epoch: int
    seconds: float
    resumed_from: int | None
    stopped: str
    parameters: int
    world_size: int
    device: str

    @property
    def finished(self) -> bool:
        """True when all planned steps are done."""
        return self.steps >= self.total_steps

    def load(self, spec: SynthSpec | None = None) -> tuple[PresetEncoder, dict[str, Any]]:
        """:func:`load_checkpoint` of the best checkpoint."""
        return load_checkpoint(self.out, spec)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON-serializable), e.g. for ``synthproxy train --json``."""
        d = asdict(self)
        d.update(out=str(self.out), last=str(self.last), finished=self.finished)
        return d


# ---------------------------------------------------------------------------------------------
# Distributed helpers
# ---------------------------------------------------------------------------------------------
@dataclass
class _Dist:
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


# ---------------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------------
def _validation_points(steps_per_epoch: int, per_epoch: int) -> set[int]:
    """Batch counts within an epoch after which to validate (the last is the epoch's end)."""
    return {max(1, round(k * steps_per_epoch / per_epoch)) for k in range(1, per_epoch + 1)}


def train(
    train_dir: str | Path,
    val_dir: str | Path,
    out: str | Path,
    config: TrainConfig | None = None,
    *,
    progress: bool = True,
    resume: bool = True,
    stop_after: int | None = None,
    callback: Callable[[dict[str, Any]], bool | None] | None = None,
    spec: SynthSpec | None = None,
) -> TrainResult:
    """Train a preset encoder on a store, validating on another, keeping the best checkpoint.

    Parameters
    ----------
    train_dir, val_dir : str or Path
        Stores (:mod:`synthproxy.store`) with presets and embeddings, from the same synth spec, render
        settings and audio model.
    out : str or Path
        Best checkpoint file, e.g. ``checkpoints/dexed_transformer_b.pt``. The resume checkpoint goes
        beside it (:func:`last_checkpoint_path`).
    config : TrainConfig, optional
        Hyper-parameters (default ``TrainConfig()``); ``None`` fields take the arch's defaults.
    progress : bool
        Show a progress bar (loss, last validation MRR, presets/s).
    resume : bool
        Continue from the resume checkpoint when there is one (it must come from the same config and
        datasets; otherwise :class:`TrainError`). ``False`` starts over and overwrites both files.
    stop_after : int, optional
        Stop once this many steps are done (all runs included), writing the resume checkpoint, e.g. to
        split a long training into jobs. The schedule still spans ``config.epochs``.
    callback : callable, optional
        Called with each validation record (a dict, see :attr:`TrainResult.history`) after the
        checkpoints are written (on rank 0 only); returning True stops the run like ``stop_after``.
    spec : SynthSpec, optional
        The spec the encoder is meant for (e.g. ``synthproxy.synths.get_spec("dexed")``); stores made with
        another spec (different hash) are refused. Default: the stores' own spec, whatever it is.

    Returns
    -------
    TrainResult

    Raises
    ------
    TrainError
        Datasets that do not match each other (naming both manifests and what differs), a store without
        a spec or embeddings, a training set smaller than one batch, a resume checkpoint of another run,
        an existing ``out`` without a resume checkpoint (with ``resume=True``).
    NonFiniteLoss
        The loss became NaN or infinite: training stops at that step (named in the message, with the
        learning rate and whether the batch's targets were finite); the checkpoints on disk are the last
        good ones.

    Notes
    -----
    Steps per epoch are ``n_train // batch_size`` (the last partial batch of each shuffled epoch is
    dropped); total steps ``epochs * steps_per_epoch``. See the module notes for determinism and for
    distributed runs (``torchrun``).

    Examples
    --------
    >>> cfg = TrainConfig(arch="mlp", size="s", epochs=5)
    >>> result = train("data/dexed_train", "data/dexed_val", "checkpoints/dexed_mlp_s.pt", cfg)  # doctest: +SKIP
    >>> pandas.DataFrame(result.history).plot(x="step", y="val_mrr")  # doctest: +SKIP
    >>> encoder, info = load_checkpoint(result.out)  # doctest: +SKIP

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    config = (config or TrainConfig()).resolved()
    d, device = _setup(config)
    threads = torch.get_num_threads()
    det = (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
    try:
        if config.threads:
            torch.set_num_threads(config.threads)
        if config.deterministic:
            if device.type == "cuda":
                os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
            torch.use_deterministic_algorithms(True, warn_only=True)
        return _train(Path(train_dir), Path(val_dir), Path(out), config, d, device, progress, resume, stop_after, callback,
                      spec)
    finally:
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(det[0], warn_only=det[1])
        if d.owns_group and torch.distributed.is_initialized():
            torch.distributed.destroy_process_group()


def _train(train_dir: Path, val_dir: Path, out: Path, config: TrainConfig, d: _Dist, device: torch.device,
           progress: bool, resume: bool, stop_after: int | None,
           callback: Callable[[dict[str, Any]], bool | None] | None, expected: SynthSpec | None) -> TrainResult:
    from synthproxy.io import progress_bar as tqdm

    if config.batch_size % d.world:
        raise TrainError(f"batch_size {config.batch_size} is not divisible by the {d.world} processes")
    train_ds, val_ds, spec, dim = _open_stores(train_dir, val_dir, config, expected)
    n = len(train_ds)
    spe = n // config.batch_size
    if spe == 0:
        raise TrainError(f"training set {train_dir}: {n} presets, fewer than one batch of {config.batch_size}")
    total = config.epochs * spe
    schedule = LRSchedule.from_config(config, total)
    val_points = _validation_points(spe, config.val_per_epoch)
    last_path = last_checkpoint_path(out)

    run = {
        "config": {k: v for k, v in config.to_dict().items() if k not in _RUN_FIELDS},
        "spec_hash": spec.hash,
        "audio_model": {k: train_ds.manifest["audio_model"].get(k) for k in ("name", "weights_hash", "embedding_size")},
        "train": {k: v for k, v in _dataset_identity(train_ds).items() if k not in ("path", "complete")},
        "val": {k: v for k, v in _dataset_identity(val_ds).items() if k not in ("path", "complete")},
    }

    # -- model, optimiser, state -----------------------------------------------------------------
    torch.manual_seed(config.seed)
    np.random.seed(config.seed % 2**32)
    random.seed(config.seed)
    encoder = build_encoder(config.arch, spec, dim, config.size, **config.overrides).to(device)
    if d.active and device.type == "cuda":  # batch-norm statistics over all GPUs (CPU has no SyncBatchNorm)
        encoder = nn.SyncBatchNorm.convert_sync_batchnorm(encoder)
    optimizer = torch.optim.AdamW(encoder.parameters(), lr=config.lr, betas=config.betas, eps=config.eps,  # type: ignore[arg-type]
                                  weight_decay=config.weight_decay, fused=config.fused or None)
    history: list[dict[str, Any]] = []
    best: dict[str, Any] = {}
    step, seconds_before, resumed_from = 0, 0.0, None
    last_mrr = float("nan")
    loss_sum, loss_count = 0.0, 0  # training loss since the last validation

    if resume and last_path.exists():
        try:
            ck = torch.load(last_path, map_location="cpu", weights_only=True)
        except Exception as e:  # noqa: BLE001 - any unreadable file is reported the same way
            raise TrainError(f"{last_path}: unreadable resume checkpoint ({e}); delete it or pass resume=False "
                             "(--restart) to start over") from e
        problem = checkpoint_problem(ck) if isinstance(ck, dict) else "not a checkpoint"
        if problem:
            raise TrainError(f"{last_path}: {problem}; delete it or pass resume=False (--restart) to start over")
        diff = _differences(ck.get("run", {}), run)
        if diff:
            raise TrainError(
                f"{last_path} is the resume checkpoint of another run (checkpoint vs now): {'; '.join(diff[:8])}. "
                "Resume with the same settings and datasets, use another --out, or pass resume=False (--restart) "
                "to start over and overwrite it.")
        encoder.load_state_dict(ck["model"])
        optimizer.load_state_dict(ck["optimizer"])
        history, best = list(ck["history"]), dict(ck["best"])
        last_mrr = history[-1]["val_mrr"] if history else last_mrr
        step, seconds_before, resumed_from = int(ck["step"]), float(ck["seconds"]), int(ck["step"])
        _set_rng_state(ck["rng"])
        loss_sum, loss_count = float(ck["interval"]["loss_sum"]), int(ck["interval"]["loss_count"])
        if d.rank == 0:
            log.info("resuming %s from step %d of %d", out, step, total)
    elif resume and out.exists():
        raise TrainError(f"{out} exists but has no resume checkpoint ({last_path.name}): a finished or foreign run. "
                         "Use another --out, or pass resume=False (--restart) to train anew and overwrite it.")

    base = {
        "format": CHECKPOINT_FORMAT, "format_version": CHECKPOINT_VERSION,
        "encoder_config": copy.deepcopy(encoder.config), "spec": spec.to_dict(), "spec_hash": spec.hash,
        "synth": spec.name, "audio_model": dict(train_ds.manifest["audio_model"]),
        "datasets": {"train": _dataset_identity(train_ds), "val": _dataset_identity(val_ds)},
        "config": config.to_dict(), "seed": config.seed, "versions": versions(), "run": run,
        "parameters": count_parameters(encoder), "total_steps": total, "steps_per_epoch": spe,
        "world_size": d.world, "device": str(device),
        "val_protocol": {"pool": min(config.val_pool, len(val_ds)), "subsets": config.val_subsets,
                         "seed": config.val_seed, "direction": config.val_direction, "n": len(val_ds),
                         "study_mrr": len(val_ds) >= VAL_QUERIES * VAL_CANDIDATES},
    }

    model: nn.Module = encoder
    if d.active:
        model = nn.parallel.DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None)
    eager = model
    if config.compile:
        model = torch.compile(model)
    model.train()

    batches = _Batches(train_ds, _in_memory(config, n, len(spec.used) + dim))
    val_p, val_e = _Batches(val_ds, in_memory=True).arrays  # type: ignore[misc]
    def loss_fn(pred: Tensor, target: Tensor) -> Tensor:
        return distillation_loss(pred, target, contrastive=config.contrastive, temperature=config.temperature)
    t_start = time.perf_counter()

    def seconds() -> float:
        return seconds_before + time.perf_counter() - t_start

    def state(kind: str) -> dict[str, Any]:
        s = {**base, "kind": kind, "model": encoder.state_dict(), "history": copy.deepcopy(history),
             "best": dict(best), "step": step, "epoch": step / spe, "seconds": seconds(), "finished": step >= total}
        if kind == "last":
            s.update(optimizer=optimizer.state_dict(), rng=_rng_state(),
                     position={"epoch": step // spe, "batch": step % spe},
                     interval={"loss_sum": loss_sum, "loss_count": loss_count})
        return s

    def finish(stopped: str) -> TrainResult:
        if d.rank == 0:
            if stopped == "finished" and out.exists():
                ck = torch.load(out, map_location="cpu", weights_only=True)  # best weights, full history
                if not ck.get("finished") or len(ck["history"]) != len(history):
                    ck.update(history=copy.deepcopy(history), best=dict(best), finished=True, seconds=seconds())
                    _save(ck, out)
        d.barrier()
        return TrainResult(out=out, last=last_path, history=history, best=best, steps=step, total_steps=total,
                           steps_per_epoch=spe, seconds=seconds(), resumed_from=resumed_from, stopped=stopped,
                           parameters=base["parameters"], world_size=d.world, device=str(device))

    if step >= total:
        return finish("finished")
    if stop_after is not None and step >= stop_after:
        return finish("stop_after")

    bar = tqdm(total=total, initial=step, unit="step", disable=not progress or d.rank != 0, dynamic_ncols=True,
               desc=f"{spec.name} {config.arch}-{config.size}")
    t_interval, presets_interval = time.perf_counter(), 0
    stopped = "finished"
    compiled_checked = not config.compile
    try:
        while step < total and stopped == "finished":
            epoch, start = divmod(step, spe)
            sampler = _EpochBatches(n, config.batch_size, config.seed, epoch, start, d.rank, d.world)
            if config.num_workers > 0:
                loader: Any = torch.utils.data.DataLoader(
                    batches, sampler=sampler, batch_size=None, num_workers=config.num_workers,
                    pin_memory=device.type == "cuda", prefetch_factor=4)
            else:
                loader = (batches[idx] for idx in sampler)
            for x, y in loader:
                x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
                lr = schedule(step)
                for g in optimizer.param_groups:
                    g["lr"] = lr
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=config.precision == "bf16"):
                    try:
                        pred = model(x)
                    except Exception as e:  # noqa: BLE001 - torch.compile fails in many ways
                        if compiled_checked:
                            raise
                        warnings.warn(f"torch.compile failed ({type(e).__name__}: {str(e)[:200]}); training in eager mode",
                                      stacklevel=2)
                        model = eager
                        pred = model(x)
                    compiled_checked = True
                loss = loss_fn(pred.float(), y)
                loss_all = d.mean(loss.detach())
                value = float(loss_all)
                if not math.isfinite(value):
                    bar.close()
                    raise _non_finite(value, step + 1, spe, lr, y, d, last_path, out)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                if config.grad_clip is not None:
                    nn.utils.clip_grad_norm_(encoder.parameters(), config.grad_clip)
                optimizer.step()
                step += 1
                loss_sum += value
                loss_count += 1
                presets_interval += config.batch_size
                bar.update(1)
                at_val = (step - 1) % spe + 1 in val_points  # counts the batches done in this epoch
                if bar.n % 10 == 0 or at_val:
                    rate = presets_interval / max(time.perf_counter() - t_interval, 1e-9)
                    bar.set_postfix(loss=f"{loss_sum / loss_count:.4f}", val_mrr="-" if math.isnan(last_mrr) else f"{last_mrr:.3f}",
                                    presets_s=f"{rate:.0f}", refresh=False)
                stop_now = stop_after is not None and step >= stop_after
                if at_val:
                    rate = presets_interval / max(time.perf_counter() - t_interval, 1e-9)
                    record = None
                    if d.rank == 0:
                        scores = validation_scores(encoder, val_p, val_e, pool=config.val_pool, subsets=config.val_subsets,
                                                   seed=config.val_seed, direction=config.val_direction, device=device,
                                                   precision=config.precision)
                        record = {"step": step, "epoch": step / spe, "train_loss": loss_sum / loss_count, **scores,
                                  "lr": lr, "seconds": seconds(), "presets_per_s": rate}
                    record = d.broadcast(record)
                    history.append(record)
                    improved = not best or record["val_mrr"] > best["val_mrr"]
                    if improved:
                        best = dict(record)
                    last_mrr = record["val_mrr"]
                    loss_sum, loss_count = 0.0, 0
                    if d.rank == 0:
                        if improved:
                            _save(state("best"), out)
                        _save(state("last"), last_path)
                    stop_cb = bool(callback(dict(record))) if (callback is not None and d.rank == 0) else False
                    if d.broadcast(stop_cb):
                        stopped = "callback"
                    d.barrier()
                    presets_interval, t_interval = 0, time.perf_counter()
                elif stop_now and d.rank == 0:
                    _save(state("last"), last_path)
                if stop_now and stopped == "finished":
                    stopped = "stop_after"
                if stopped != "finished":
                    break
    finally:
        bar.close()
    return finish(stopped)


def _non_finite(value: float, step: int, spe: int, lr: float, targets: Tensor, d: _Dist, last: Path,
                out: Path) -> NonFiniteLoss:
    bad_targets = bool(d.mean((~torch.isfinite(targets)).any().float().reshape(1)).item() > 0)
    cause = ("the batch's target embeddings hold non-finite values: check the training store for NaN/inf rows"
             if bad_targets else "the model diverged: lower the learning rate (or set grad_clip)")
    kept = (f"the last good checkpoints are kept: {last} (resume) and {out} (best)" if last.exists()
            else "no checkpoint was written yet (this happened before the first validation)")
    return NonFiniteLoss(f"training stopped: the loss became {value} at step {step} (epoch {(step - 1) // spe + 1}, "
                         f"lr {lr:.3g}); {cause}; {kept}.", step, last if last.exists() else None)
