"""Trained proxies on disk: finding, loading and checking encoder checkpoints, and batched prediction.

Everything that *uses* a trained preset encoder (evaluation, figures, sound matching, the explorer)
reads it through this module; only :mod:`synthproxy.train` writes checkpoints. A checkpoint is a
``torch.save`` of plain data (:data:`CHECKPOINT_FORMAT`), read with ``weights_only=True``.

- :func:`load_checkpoint` rebuilds the encoder and returns its metadata;
- :func:`find_checkpoints` lists a synth's trained encoders (``checkpoints/<synth>_<arch>_<size>.pt``,
  then the quick ones in ``checkpoints/quick/``);
- :func:`check_compatible` refuses a store whose embeddings are not comparable with what the
  encoder learnt (another spec, audio model or render settings);
- :func:`predict_embeddings` runs an encoder on many presets in batches, without gradients.

Shown in use in ``notebooks/04_evaluate.ipynb``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch

from synthproxy import paths
from synthproxy.encoders.architectures import PresetEncoder, encoder_from_config
from synthproxy.integrity import checkpoint_problem, first_line
from synthproxy.synths.spec import SynthSpec, spec_differences, spec_from_dict

__all__ = [
    "CHECKPOINT_FORMAT",
    "CHECKPOINT_VERSION",
    "PREDICT_BATCH",
    "CheckpointError",
    "DataMismatchError",
    "DatasetMismatch",
    "MissingMetadata",
    "load_checkpoint",
    "load_initial_weights",
    "find_checkpoints",
    "checkpoint_path",
    "last_checkpoint_path",
    "checkpoint_summary",
    "checkpoint_misfit",
    "check_compatible",
    "predict_embeddings",
    "shown_path",
    "trained_epochs",
]

#: ``format`` field of every checkpoint :func:`synthproxy.train.train` writes, and its version.
CHECKPOINT_FORMAT: str = "synthproxy.encoder-checkpoint"
CHECKPOINT_VERSION: int = 1
#: Keys a checkpoint must hold for :func:`load_checkpoint`.
_REQUIRED_KEYS: tuple[str, ...] = ("format", "model", "encoder_config", "spec", "spec_hash")
#: Presets per forward pass in :func:`predict_embeddings`.
PREDICT_BATCH: int = 2048
log = logging.getLogger(__name__)

# What of the audio model must agree between a checkpoint's training data and a store.
_AUDIO_MODEL_KEYS: tuple[str, ...] = ("name", "weights_hash", "embedding_size")


class CheckpointError(ValueError):
    """A checkpoint is unreadable, incomplete, or made for another synth spec; the message says which."""


class DataMismatchError(ValueError):
    """A store cannot be used with a checkpoint: see :class:`DatasetMismatch` and :class:`MissingMetadata`."""


class DatasetMismatch(DataMismatchError):
    """A store was made with another spec, render settings or audio model than the checkpoint's training data."""


class MissingMetadata(DataMismatchError):
    """A checkpoint or store manifest lacks a field that is needed (the message names the key)."""


# ---------------------------------------------------------------------------------------------
# Where checkpoints are
# ---------------------------------------------------------------------------------------------
def checkpoint_path(synth: str, arch: str, size: str = "b") -> Path:
    """The usual place of a trained encoder: ``checkpoints/<synth>_<arch>_<size>.pt`` (see :mod:`synthproxy.paths`).

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    return paths.CHECKPOINTS_DIR / f"{synth}_{arch}_{size}.pt"


def last_checkpoint_path(out: str | Path) -> Path:
    """The resume checkpoint that goes with checkpoint ``out``: ``dexed_mlp_b.pt`` -> ``dexed_mlp_b.last.pt``.

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    out = Path(out)
    return out.with_name(out.stem + ".last" + (out.suffix or ".pt"))


def find_checkpoints(
    synth: str, folder: str | Path | None = None, *, quick: bool = True, spec: SynthSpec | None = None
) -> list[Path]:
    """The trained encoders of a synth: ``<folder>/<synth>_*_*.pt``, then ``<folder>/quick/<synth>_*.pt``.

    Resume checkpoints (``*.last.pt``) are left out; an empty list when there is none. ``folder``
    defaults to :data:`synthproxy.paths.CHECKPOINTS_DIR`.

    Parameters
    ----------
    synth : str
    folder : str or Path, optional
    quick : bool
        Also list ``<folder>/quick/``.
    spec : SynthSpec, optional
        Keep only the checkpoints trained for this spec (same hash); the others are left out with a
        logged warning naming them and why (e.g. made before the spec changed its output level).

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    root = Path(folder) if folder is not None else paths.CHECKPOINTS_DIR
    found = sorted(root.glob(f"{synth}_*_*.pt"))
    if quick:
        found += sorted((root / "quick").glob(f"{synth}_*.pt"))
    found = [p for p in found if not p.name.endswith(".last.pt")]
    if spec is None:
        return found
    fitting = []
    for p in found:
        reason = checkpoint_misfit(p, spec)
        if reason:
            log.warning("leaving out %s: %s", shown_path(p), reason)
        else:
            fitting.append(p)
    return fitting


def checkpoint_misfit(path: str | Path, spec: SynthSpec) -> str | None:
    """Why a checkpoint cannot serve ``spec`` (unreadable, another spec: the differences), or None when it can."""
    try:
        ck = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - any unreadable file is simply not usable
        return f"not a readable checkpoint ({first_line(e)})"
    if not isinstance(ck, dict) or "spec_hash" not in ck:
        return "not a synthproxy encoder checkpoint"
    if ck["spec_hash"] != spec.hash:
        return f"trained for another {spec.name} spec: " + "; ".join(
            spec_differences(spec.to_dict(), ck.get("spec") or {})
        )
    return None


def shown_path(path: str | Path) -> str:
    """A path as tables and checkpoints show it (:func:`synthproxy.paths.recorded_path`): relative to the
    repository when inside it, else to the root that holds it (``$SYNTHPROXY_DATA/...``, ``~/...``)."""
    return paths.recorded_path(path)


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
def load_checkpoint(
    path: str | Path, spec: SynthSpec | None = None, *, map_location: str | torch.device = "cpu"
) -> tuple[PresetEncoder, dict[str, Any]]:
    """Rebuild a trained encoder from a checkpoint written by :func:`synthproxy.train.train`.

    The file is read with ``torch.load(weights_only=True)`` (plain data only, no code runs).

    Parameters
    ----------
    path : str or Path
        A checkpoint (the best one, ``out``, or a resume checkpoint ``*.last.pt``).
    spec : SynthSpec, optional
        The synth spec the encoder will be used with; refused unless it is the spec the encoder was
        trained on (same hash). Default: the spec stored in the checkpoint.
    map_location : str or torch.device
        Where to put the weights.

    Returns
    -------
    encoder : PresetEncoder
        In eval mode; maps (N, n_used) presets to (N, D).
    info : dict
        Everything else the checkpoint holds: ``encoder_config``, ``spec``, ``spec_hash``, ``synth``,
        ``audio_model``, ``datasets`` (train/val identities), ``config`` (the resolved
        :class:`synthproxy.train.TrainConfig` as a dict), ``seed``, ``versions``, ``history`` (list of
        dicts), ``best``, ``step``, ``total_steps``, ``finished``, ``parameters``, ``kind`` ("best" or "last").

    Raises
    ------
    FileNotFoundError
    CheckpointError
        When the file is not a plain-data checkpoint, lacks required metadata (named), or was made
        for another spec (the differences are named).

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such checkpoint")
    try:
        ck = torch.load(path, map_location=map_location, weights_only=True)
    except Exception as e:  # noqa: BLE001 - torch.load fails in many ways on a file that is not a checkpoint
        # (IndexError on a WAV file, EOFError with an empty message on an empty one, pickle errors...)
        raise CheckpointError(f"{path}: not a readable plain-data checkpoint ({first_line(e)})") from e
    _check_checkpoint(ck, path, spec)
    try:
        use = spec if spec is not None else spec_from_dict(ck["spec"], source=f"{path} (stored spec)")
        encoder = encoder_from_config(ck["encoder_config"], use)
        encoder.load_state_dict(ck["model"])
    except (KeyError, ValueError, RuntimeError, TypeError, AttributeError, IndexError) as e:
        raise CheckpointError(f"{path}: cannot rebuild the encoder: {first_line(e)}") from e
    encoder.to(map_location).eval()
    info = {k: v for k, v in ck.items() if k not in ("model", "optimizer", "rng")}
    return encoder, info


def load_initial_weights(encoder: PresetEncoder, path: str | Path, spec: SynthSpec) -> dict[str, Any]:
    """Copy a trained checkpoint's weights into a fresh ``encoder`` (fine-tuning starts from them).

    Parameters
    ----------
    encoder : PresetEncoder
        The run's encoder, built for ``spec``; changed in place.
    path : str or Path
        A checkpoint of the same synth spec, architecture and encoder hyper-parameters.
    spec : SynthSpec

    Returns
    -------
    dict
        ``path`` (as shown, relative to the project when inside it), ``sha256`` of the file, the
        checkpoint's ``datasets`` (what it was trained on) and ``epochs`` (how long; None when it kept no
        history): recorded in the run's checkpoints.

    Raises
    ------
    CheckpointError
        When the file is no checkpoint, is of another spec, or holds another encoder (the differing
        hyper-parameters named).
    """
    import hashlib

    try:
        trained, info = load_checkpoint(path, spec)
    except FileNotFoundError as e:
        raise CheckpointError(str(e)) from e
    mine, theirs = encoder.config.get("hparams", encoder.config), trained.config.get("hparams", trained.config)
    differ = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
    if trained.arch != encoder.arch or differ:
        raise CheckpointError(
            f"{path}: holds a {trained.arch} encoder that differs from the run's {encoder.arch} "
            f"({', '.join(differ) or 'arch'}); fine-tune with the checkpoint's --arch, --size and --override"
        )
    encoder.load_state_dict(trained.state_dict())
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return {
        "path": shown_path(path),
        "sha256": digest,
        "datasets": info.get("datasets"),
        "epochs": trained_epochs(info),
    }


def trained_epochs(info: dict[str, Any]) -> float | None:
    """Epochs run up to a checkpoint, from its validation history (0.1 precision); None without a history.

    A run stopped early, or a best checkpoint saved mid-run, ran fewer than its configuration planned.
    """
    history = info.get("history") or []
    return round(float(history[-1]["epoch"]), 1) if history else None


def _check_checkpoint(ck: Any, path: Path, spec: SynthSpec | None) -> None:
    """Raise :class:`CheckpointError` unless ``ck`` is a complete checkpoint of this format (and of ``spec``)."""
    if not isinstance(ck, dict):
        raise CheckpointError(f"{path}: not a synthproxy checkpoint (holds a {type(ck).__name__}, not a dict)")
    missing = [k for k in _REQUIRED_KEYS if k not in ck]
    if missing:
        raise CheckpointError(
            f"{path}: missing {', '.join(missing)}; not a synthproxy encoder checkpoint "
            "(or written by an incompatible version)"
        )
    problem = checkpoint_problem(ck)
    if problem:
        raise CheckpointError(f"{path}: {problem}")
    if ck["format"] != CHECKPOINT_FORMAT or int(ck.get("format_version", 0)) > CHECKPOINT_VERSION:
        raise CheckpointError(
            f"{path}: format {ck['format']!r} version {ck.get('format_version')}; this synthproxy "
            f"reads {CHECKPOINT_FORMAT!r} up to version {CHECKPOINT_VERSION}"
        )
    if spec is not None and spec.hash != ck["spec_hash"]:
        why = "; ".join(spec_differences(spec.to_dict(), ck["spec"]))
        raise CheckpointError(
            f"{path}: trained for synth spec {ck['spec'].get('name')!r} (hash {ck['spec_hash'][:12]}), not the given "
            f"spec {spec.name!r} (hash {spec.hash[:12]}): {why}"
        )


def checkpoint_summary(checkpoint: str | Path) -> dict[str, Any]:
    """One row describing a checkpoint: synth, arch, size, parameters, training presets, steps, best validation MRR.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    _, info = load_checkpoint(checkpoint)
    config, best = info.get("config") or {}, info.get("best") or {}
    return {
        "checkpoint": shown_path(checkpoint),
        "synth": info.get("synth"),
        "arch": config.get("arch"),
        "size": config.get("size"),
        "parameters": info.get("parameters"),
        "train_presets": ((info.get("datasets") or {}).get("train") or {}).get("n"),
        "steps": info.get("step"),
        "finished": info.get("finished"),
        "best_val_mrr": best.get("val_mrr"),
    }


# ---------------------------------------------------------------------------------------------
# Checkpoint against store
# ---------------------------------------------------------------------------------------------
def _get(d: Mapping[str, Any], key: str, where: str) -> Any:
    """``d[a][b]...`` for ``key = "a.b..."``; :class:`MissingMetadata` naming the key and ``where`` if absent."""
    cur: Any = d
    for part in key.split("."):
        if not isinstance(cur, Mapping) or cur.get(part) is None:
            raise MissingMetadata(
                f"{where}: missing {key!r}; cannot tell which synth spec, render settings and "
                "audio model it belongs to (made by an older or incompatible synthproxy?)"
            )
        cur = cur[part]
    return cur


def check_compatible(
    info: Mapping[str, Any],
    checkpoint: str | Path,
    manifest: Mapping[str, Any],
    dataset: str | Path,
    *,
    render_settings: bool = True,
) -> None:
    """Refuse a store whose embeddings are not comparable with what a checkpoint learnt.

    Parameters
    ----------
    info : mapping
        :func:`load_checkpoint`'s metadata.
    checkpoint : str or Path
        Named in the messages.
    manifest : mapping
        The store's manifest (:func:`synthproxy.store.read_manifest`).
    dataset : str or Path
        The store's folder, named in the messages.
    render_settings : bool
        Also require the training data's render settings (a store of presets only, as a bank, need not).

    Raises
    ------
    DatasetMismatch
        Another synth spec (differences named), audio model (name, weights or size) or render settings.
    MissingMetadata
        A field needed for the check is absent (the key is named).
    """
    ck_where, ds_where = f"checkpoint {checkpoint}", f"dataset {Path(dataset) / 'manifest.json'}"
    ck_spec, ds_spec = _get(info, "spec_hash", ck_where), _get(manifest, "spec_hash", ds_where)
    if ck_spec != ds_spec:
        why = "; ".join(spec_differences(manifest.get("spec") or {}, info.get("spec") or {}, "checkpoint"))
        raise DatasetMismatch(
            f"{ds_where} was made with synth spec {manifest.get('synth')!r} (hash {str(ds_spec)[:12]}), but "
            f"{ck_where} was trained on spec {info.get('synth')!r} (hash {str(ck_spec)[:12]}) (dataset's spec vs "
            f"checkpoint's: {why}). "
            "Evaluate a checkpoint on a dataset of the spec it was trained on."
        )
    ck_model, ds_model = _get(info, "audio_model", ck_where), _get(manifest, "audio_model", ds_where)
    for key in _AUDIO_MODEL_KEYS:
        a, b = _get(ck_model, key, f"{ck_where} (audio_model)"), _get(ds_model, key, f"{ds_where} (audio_model)")
        if a != b:
            what = "" if key == "name" else f" ({key} {b} vs {a})"
            raise DatasetMismatch(
                f"{ds_where} holds embeddings of audio model {ds_model.get('name')!r}, but {ck_where} was trained on "
                f"{ck_model.get('name')!r}{what}; its predictions are not comparable with them."
            )
    if not render_settings:
        return
    ck_render = _get(info, "datasets.train.render_settings", ck_where)
    ds_render = _get(manifest, "render_settings", ds_where)
    if dict(ck_render) != dict(ds_render):
        diff = sorted(k for k in set(ck_render) | set(ds_render) if ck_render.get(k) != ds_render.get(k))
        raise DatasetMismatch(
            f"{ds_where} was rendered with other settings than the training data of {ck_where} "
            f"(differ: {', '.join(diff)}); its embeddings are not comparable."
        )


# ---------------------------------------------------------------------------------------------
# Prediction
# ---------------------------------------------------------------------------------------------
def predict_embeddings(
    encoder: torch.nn.Module,
    presets: np.ndarray | torch.Tensor,
    *,
    batch: int = PREDICT_BATCH,
    precision: str = "float32",
    device: torch.device | str | None = None,
    progress: str | None = None,
) -> torch.Tensor:
    """What an encoder predicts for many presets: batched, in eval mode, without gradients.

    Parameters
    ----------
    encoder : torch.nn.Module
        A preset encoder (its mode is restored afterwards).
    presets : ndarray or Tensor, shape (N, n_used)
    batch : int
        Presets per forward pass.
    precision : {"float32", "bf16"}
        ``"bf16"``: autocast the forward passes to bfloat16.
    device : torch.device or str, optional
        Where to run the encoder (default: where its parameters are).
    progress : str, optional
        Show a progress bar with this description.

    Returns
    -------
    Tensor, shape (N, D), float32, on the CPU
        ``(0, 0)`` when there are no presets.
    """
    from synthproxy.io import progress_bar

    if device is None:
        device = next((p.device for p in encoder.parameters()), torch.device("cpu"))
    device = torch.device(device)
    x = torch.as_tensor(presets, dtype=torch.float32)
    starts: Any = range(0, len(x), batch)
    if progress:
        starts = progress_bar(iterable=starts, desc=progress, unit="batch")
    was_training = encoder.training
    encoder.eval()
    outs = []
    try:
        with torch.no_grad():
            for s in starts:
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=precision == "bf16"):
                    outs.append(encoder(x[s : s + batch].to(device)).float().cpu())
    finally:
        encoder.train(was_training)
    return torch.cat(outs) if outs else torch.zeros((0, 0))
