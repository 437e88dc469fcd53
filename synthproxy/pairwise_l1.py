"""Pairwise L1 distances with a fast gradient on CPU: :func:`pairwise_l1`, ``torch.cdist(a, b, p=1)`` made quick.

The training loss's contrastive term (:func:`synthproxy.train.distillation_loss`) needs the (B, B)
matrix of L1 distances between a batch's predictions and targets, and its gradient. On CPU,
``torch.cdist(p=1)`` computes it one difference at a time without fusing, and with its backward it
cost more than the rest of a training step of the MLP-type encoders (``benchmarks/train.py``).
:func:`pairwise_l1` gives the same values and gradients from two numba kernels that keep their working
set in cache and run 8 pairs per instruction (:mod:`synthproxy.l1_kernels`):

- **forward**: ``out[i, j] = sum_x |a[i, x] - b[j, x]|``. Blocks of 64 rows of ``b`` are
  copied into a (dim, 64) tile; SIMD runs *across* those rows (one lane per pair), summing the
  dimensions in order, in the inputs' dtype, with ``fastmath`` off: the same operations in the same
  order as ``torch.cdist``, hence the same bits (checked by the tests).
- **backward**: ``grad_a[i, x] = sum_j g[i, j] * sign(a[i, x] - b[j, x])`` and
  ``grad_b[j, x] = -sum_i g[i, j] * sign(a[i, x] - b[j, x])`` (``sign(0) = 0``, as torch), each by
  one pass of the same kernel (:func:`synthproxy.l1_kernels.signed_sums`) with SIMD across the rows whose gradient it
  sums; ``grad_b`` only when ``b`` requires a gradient (training targets do not).

Other devices and dtypes, or numba missing, or :data:`USE_COMPILED` set to ``False``, go through
``torch.cdist`` itself.

Shown in use in ``notebooks/03_train.ipynb`` (through :func:`synthproxy.train.distillation_loss`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import numpy as np
import torch
from torch import Tensor
from torch.autograd.function import once_differentiable

__all__ = ["USE_COMPILED", "pairwise_l1", "compiled_available"]

#: Compute :func:`pairwise_l1` of CPU float32/float64 tensors with the numba kernels; ``False`` forces
#: ``torch.cdist`` (the path before them: same values, same gradients, slower; ``benchmarks/train.py``).
USE_COMPILED: bool = True

_DTYPES = (torch.float32, torch.float64)


def _kernels() -> Any:
    """The compiled kernels (:mod:`synthproxy.l1_kernels`), or None when numba is not installed."""
    try:
        from synthproxy import l1_kernels
    except ImportError:  # numba (or llvmlite) missing: torch only
        return None
    return l1_kernels


def compiled_available() -> bool:
    """Whether the numba kernels can be used here (numba installed)."""
    return _kernels() is not None


@contextlib.contextmanager
def _kernel_threads() -> Iterator[None]:
    """Run the numba kernels on as many threads as torch uses (e.g. 1 during single-thread training)."""
    import numba

    before = numba.get_num_threads()
    numba.set_num_threads(max(1, min(torch.get_num_threads(), numba.config.NUMBA_NUM_THREADS)))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        numba.set_num_threads(before)


class _PairwiseL1(torch.autograd.Function):
    """``torch.cdist(a, b, p=1)`` of two 2-D CPU tensors by the numba kernels, forward and backward."""

    @staticmethod
    def forward(ctx: Any, a: Tensor, b: Tensor) -> Tensor:
        a, b = a.detach().contiguous(), b.detach().contiguous()
        ctx.save_for_backward(a, b)
        out = np.empty((a.shape[0], b.shape[0]), dtype=a.numpy().dtype)
        with _kernel_threads():
            _kernels().distances(a.numpy(), b.numpy(), out)
        return torch.from_numpy(out)

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad: Tensor) -> tuple[Tensor | None, Tensor | None]:
        a, b = ctx.saved_tensors
        k = _kernels()
        grad_a = grad_b = None
        g = grad.to(a.dtype)
        with _kernel_threads():
            if ctx.needs_input_grad[0]:
                out = np.empty_like(a.numpy())
                k.signed_sums(a.numpy(), b.numpy(), g.t().contiguous().numpy(), out)
                grad_a = torch.from_numpy(out)
            if ctx.needs_input_grad[1]:  # -sum_i g[i, j] sign(a_i - b_j) = sum_i g[i, j] sign(b_j - a_i)
                out = np.empty_like(b.numpy())
                k.signed_sums(b.numpy(), a.numpy(), g.contiguous().numpy(), out)
                grad_b = torch.from_numpy(out)
        return grad_a, grad_b


def pairwise_l1(a: Tensor, b: Tensor) -> Tensor:
    """L1 distance of every row of ``a`` to every row of ``b``: ``torch.cdist(a, b, p=1)``, faster on CPU.

    Parameters
    ----------
    a : Tensor, shape (n, dim), float
    b : Tensor, shape (m, dim), float, same dtype and device as ``a``

    Returns
    -------
    Tensor, shape (n, m)
        ``out[i, j] = sum_x |a[i, x] - b[j, x]|``, differentiable in ``a`` and ``b`` (gradient
        ``sign(a[i, x] - b[j, x])``, 0 at ties, as ``torch.cdist``). CPU float32/float64 tensors use the
        numba kernels (the module docstring); anything else ``torch.cdist``.

    Examples
    --------
    >>> pairwise_l1(torch.zeros(2, 3), torch.ones(4, 3)).shape  # doctest: +SKIP
    torch.Size([2, 4])

    Shown in use in ``notebooks/03_train.ipynb`` (through :func:`synthproxy.train.distillation_loss`).
    """
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[1]:
        raise ValueError(f"expected (n, dim) and (m, dim) tensors, got {tuple(a.shape)} and {tuple(b.shape)}")
    fast = (
        USE_COMPILED
        and a.device.type == "cpu"
        and b.device.type == "cpu"
        and a.dtype in _DTYPES
        and b.dtype == a.dtype
        and a.shape[0] > 0
        and b.shape[0] > 0
        and a.shape[1] > 0
        and compiled_available()
    )
    if not fast:
        return torch.cdist(a, b, p=1.0)
    return _PairwiseL1.apply(a, b)
