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

**Modules.** :mod:`~synthproxy.train.config` (:class:`TrainConfig`, the study's optimiser tables,
:class:`LRSchedule`), :mod:`~synthproxy.train.data` (data order, batches, checks of the stores),
:mod:`~synthproxy.train.loss` (:func:`distillation_loss`, :func:`validation_scores`),
:mod:`~synthproxy.train.trainer` (the :class:`~synthproxy.train.trainer.Trainer`, whose methods are the
steps of a run: resume, step, validate and save; the process group and torch's settings),
:mod:`~synthproxy.train.result` (:class:`TrainResult`), :mod:`~synthproxy.train.plot`
(:func:`plot_history`), :mod:`~synthproxy.train.errors`. Import the public names from
:mod:`synthproxy.train` itself.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from synthproxy.encoders.checkpoint import (  # re-exported: they lived here before encoders.checkpoint
    CHECKPOINT_FORMAT,
    CHECKPOINT_VERSION,
    CheckpointError,
    checkpoint_path,
    last_checkpoint_path,
    load_checkpoint,
    predict_embeddings,
)
from synthproxy.synths.spec import SynthSpec
from synthproxy.train.config import OPTIMIZER_DEFAULTS, STUDY_OPTIMIZERS, LRSchedule, TrainConfig
from synthproxy.train.data import IN_MEMORY_BYTES, epoch_permutation
from synthproxy.train.errors import NonFiniteLoss, TrainError
from synthproxy.train.loss import EVAL_BATCH, distillation_loss, validation_scores
from synthproxy.train.plot import plot_history
from synthproxy.train.result import TrainResult
from synthproxy.train.trainer import Trainer, _setup, _torch_settings

__all__ = [
    "STUDY_OPTIMIZERS",
    "OPTIMIZER_DEFAULTS",
    "CHECKPOINT_FORMAT",
    "CHECKPOINT_VERSION",
    "TrainError",
    "NonFiniteLoss",
    "CheckpointError",
    "TrainConfig",
    "LRSchedule",
    "TrainResult",
    "train",
    "load_checkpoint",
    "predict_embeddings",
    "checkpoint_path",
    "last_checkpoint_path",
    "validation_scores",
    "distillation_loss",
    "epoch_permutation",
    "plot_history",
    "IN_MEMORY_BYTES",
    "EVAL_BATCH",
]


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
    with _torch_settings(config, device, d):
        trainer = Trainer(
            Path(train_dir),
            Path(val_dir),
            Path(out),
            config,
            d,
            device,
            progress=progress,
            stop_after=stop_after,
            callback=callback,
            spec=spec,
        )
        if resume:
            trainer.resume()
        return trainer.run()
