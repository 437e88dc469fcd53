"""EfficientAT checkpoints: the published variants, where their files are, and a safe, checked load.

Nothing is downloaded: the files come from the EfficientAT releases page by hand (see
:mod:`synthproxy.audio_models.efficientat`). They are unpickled with
``torch.load(weights_only=True)``, and every tensor name and shape is checked against
:class:`~synthproxy.audio_models.efficientat.network.EfficientATNet` before anything is loaded.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from synthproxy.audio_models.base import load_checkpoint_safely, sha256_file
from synthproxy.audio_models.efficientat.network import EfficientATNet

__all__ = [
    "EFFICIENTAT_DIR_ENV",
    "EFFICIENTAT_RELEASES_PAGE",
    "EfficientATVariant",
    "EFFICIENTAT_VARIANTS",
    "EfficientATWeightsNotFound",
    "EfficientATCheckpointError",
    "variant_spec",
    "efficientat_weights_path",
    "expected_state_dict_shapes",
    "check_state_dict",
    "load_efficientat_state_dict",
]

#: Environment variable naming the folder that holds the published checkpoint files.
EFFICIENTAT_DIR_ENV: str = "SYNTHPROXY_EFFICIENTAT_DIR"
#: Where the checkpoints are published (fetched by hand; this package never downloads).
EFFICIENTAT_RELEASES_PAGE: str = "https://github.com/fschmid56/EfficientAT/releases/tag/v0.0.1"


@dataclass(frozen=True)
class EfficientATVariant:
    """A published EfficientAT AudioSet checkpoint.

    Attributes
    ----------
    name : str
        Registry name (``"mn04"``).
    checkpoint : str
        EfficientAT's own name for it (``"mn04_as"``).
    width_mult : float
        Channel width multiplier of MobileNetV3-Large.
    file_name : str
        File name as published on the EfficientAT releases page.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    name: str
    checkpoint: str
    width_mult: float
    file_name: str


#: The variants registered by this package.
EFFICIENTAT_VARIANTS: dict[str, EfficientATVariant] = {
    "mn04": EfficientATVariant("mn04", "mn04_as", 0.4, "mn04_as_mAP_432.pt"),
    "mn20": EfficientATVariant("mn20", "mn20_as", 2.0, "mn20_as_mAP_478.pt"),
}


class EfficientATWeightsNotFound(FileNotFoundError):
    """An EfficientAT checkpoint file is missing; the message says which file, where, and how to get it."""


class EfficientATCheckpointError(ValueError):
    """A checkpoint's tensors do not match the network: the message names each offending tensor."""


def variant_spec(name: str) -> EfficientATVariant:
    """The published checkpoint registered as ``name`` (``"mn04"``, ``"mn20"``).

    Raises
    ------
    ValueError
        Unknown name; the message lists the known ones.
    """
    if name not in EFFICIENTAT_VARIANTS:
        known = ", ".join(repr(v) for v in EFFICIENTAT_VARIANTS)
        raise ValueError(f"unknown EfficientAT variant {name!r}; known variants: {known}")
    return EFFICIENTAT_VARIANTS[name]


def efficientat_weights_path(variant: str = "mn04", weights_path: str | Path | None = None) -> Path:
    """The checkpoint file to load: ``weights_path``, else ``$SYNTHPROXY_EFFICIENTAT_DIR/<published name>``.

    Parameters
    ----------
    variant : {"mn04", "mn20"}
    weights_path : str or Path, optional
        Explicit file (any name).

    Returns
    -------
    Path
        An existing file.

    Raises
    ------
    EfficientATWeightsNotFound
        No such file, or no ``weights_path`` and the environment variable is unset; the message
        names the file, the variable and where the checkpoint is published.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    spec = variant_spec(variant)
    how = (
        f"The checkpoint {spec.file_name!r} ({spec.checkpoint}) is published on the EfficientAT GitHub "
        f"releases page, release v0.0.1 ({EFFICIENTAT_RELEASES_PAGE}); download it by hand (synthproxy "
        f"never downloads weights) into a folder, then set the environment variable {EFFICIENTAT_DIR_ENV} "
        f"to that folder, or pass weights_path= to the file."
    )
    if weights_path is not None:
        path = Path(weights_path).expanduser()
        where = f"EfficientAT {variant} weights file not found: {path}."
    else:
        folder = os.environ.get(EFFICIENTAT_DIR_ENV)
        if not folder:
            raise EfficientATWeightsNotFound(
                f"EfficientAT {variant} weights: no weights_path given and {EFFICIENTAT_DIR_ENV} is not set, "
                f"so {spec.file_name!r} cannot be found. {how}"
            )
        path = Path(folder).expanduser() / spec.file_name
        where = f"EfficientAT {variant} weights file not found: {path} ({EFFICIENTAT_DIR_ENV}={folder})."
    if not path.is_file():
        raise EfficientATWeightsNotFound(f"{where} {how}")
    return path


def expected_state_dict_shapes(variant: str = "mn04") -> dict[str, tuple[int, ...]]:
    """Name -> shape of every tensor a published checkpoint of ``variant`` holds.

    Built from :class:`EfficientATNet` on the ``meta`` device (no memory is allocated).

    Returns
    -------
    dict of str to tuple of int
        312 entries, in module order (``num_batches_tracked`` entries have shape ``()``).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    with torch.device("meta"):
        net = EfficientATNet(variant_spec(variant).width_mult)
    return {name: tuple(tensor.shape) for name, tensor in net.state_dict().items()}


def check_state_dict(state: Any, expected: dict[str, tuple[int, ...]], *, source: str = "checkpoint") -> None:
    """Refuse a state dict unless it has exactly the expected tensor names and shapes.

    Batch norms' ``num_batches_tracked`` counters (unused at inference) may be absent.

    Parameters
    ----------
    state : object
        What the checkpoint holds; must be a ``dict`` of ``str`` to ``torch.Tensor``.
    expected : dict of str to tuple of int
        From :func:`expected_state_dict_shapes`.
    source : str
        Named in error messages (the file).

    Raises
    ------
    EfficientATCheckpointError
        Not a dict of tensors, or a missing or unexpected tensor, or a shape mismatch; every
        problem is listed with the tensor's name (and expected vs. found shape).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if not isinstance(state, dict):
        raise EfficientATCheckpointError(f"{source} holds a {type(state).__name__}, not a state dict of tensors")
    problems = []
    for name, shape in expected.items():
        if name not in state:
            if not name.endswith("num_batches_tracked"):
                problems.append(f"missing tensor {name!r} (expected shape {shape})")
            continue
        value = state[name]
        if not isinstance(value, torch.Tensor):
            problems.append(f"{name!r} is a {type(value).__name__}, not a tensor")
        elif tuple(value.shape) != shape:
            problems.append(f"tensor {name!r} has shape {tuple(value.shape)}, expected {shape}")
    problems += [f"unexpected tensor {name!r}" for name in state if name not in expected]
    if problems:
        shown = problems[:12] + ([f"... and {len(problems) - 12} more"] if len(problems) > 12 else [])
        raise EfficientATCheckpointError(f"{source} does not match the EfficientAT network: " + "; ".join(shown))


def load_efficientat_state_dict(
    variant: str = "mn04",
    weights_path: str | Path | None = None,
    *,
    expected_sha256: str | None = None,
) -> tuple[dict[str, torch.Tensor], str]:
    """Read and check a published EfficientAT checkpoint, safely.

    The file is unpickled with ``torch.load(weights_only=True)`` (tensors and containers only),
    then every tensor name and shape is checked (:func:`check_state_dict`); floating-point tensors
    are returned as float32.

    Parameters
    ----------
    variant : {"mn04", "mn20"}
    weights_path : str or Path, optional
        The file; default ``$SYNTHPROXY_EFFICIENTAT_DIR/<published name>`` (see :func:`efficientat_weights_path`).
    expected_sha256 : str, optional
        Refuse a file with another sha256 (checked before unpickling).

    Returns
    -------
    state_dict : dict of str to torch.Tensor
        Keys as in :class:`EfficientATNet`.
    sha256 : str
        The file's sha256.

    Raises
    ------
    EfficientATWeightsNotFound
        No file.
    EfficientATCheckpointError
        Wrong, missing or unexpected tensors.
    UnsafeCheckpointError
        The file refers to Python objects beyond tensors and containers.
    ValueError
        sha256 mismatch.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    path = efficientat_weights_path(variant, weights_path)
    digest = sha256_file(path)
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise ValueError(f"{path} has sha256 {digest}, expected {expected_sha256}")
    state = load_checkpoint_safely(path)
    check_state_dict(state, expected_state_dict_shapes(variant), source=str(path))
    state = {k: v.float() if v.is_floating_point() else v for k, v in state.items()}
    return state, digest
