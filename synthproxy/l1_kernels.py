"""The numba kernels behind :func:`synthproxy.pairwise_l1.pairwise_l1`: L1 distance matrices and their gradients.

See :mod:`synthproxy.pairwise_l1` for what they compute and why they are fast. Both tile :data:`_W`
rows into a (dim, ``_W``) block and run SIMD across those rows (one lane per row), so no sum is
reordered: with ``fastmath`` off the forward adds ``|a - b|`` in dimension order, in the inputs' dtype,
like ``torch.cdist``.

Shown in use in ``notebooks/03_train.ipynb`` (through :func:`synthproxy.train.distillation_loss`).
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

__all__ = ["distances", "signed_sums"]

#: Rows per tile: the SIMD lanes of one pass (64 float32 = 8 AVX2 vectors).
_W: int = 64
#: Rows of ``a`` per forward tile (their partial sums stay in L1 with the tile of ``b``).
_R: int = 4


@njit(parallel=True, fastmath=False, cache=True)
def distances(a, b, out):  # pragma: no cover - numba
    """``out[i, j] = sum_x |a[i, x] - b[j, x]|`` for (na, m) ``a`` and (nb, m) ``b``, summed in dimension order."""
    na, m = a.shape
    nb = b.shape[0]
    for blk in prange((nb + _W - 1) // _W):
        l0 = blk * _W
        w = min(_W, nb - l0)
        block = np.zeros((m, _W), a.dtype)
        for j in range(w):
            for x in range(m):
                block[x, j] = b[l0 + j, x]
        acc = np.empty((_R, _W), a.dtype)
        for i0 in range(0, na, _R):
            r = min(_R, na - i0)
            for rr in range(_R):
                for j in range(_W):
                    acc[rr, j] = 0
            for rr in range(r):
                for x in range(m):
                    av = a[i0 + rr, x]
                    for j in range(_W):
                        acc[rr, j] += abs(av - block[x, j])
            for rr in range(r):
                for j in range(w):
                    out[i0 + rr, l0 + j] = acc[rr, j]


@njit(parallel=True, fastmath=False, cache=True)
def signed_sums(a, b, g_t, out):  # pragma: no cover - numba
    """``out[i, x] = sum_j g_t[j, i] * sign(a[i, x] - b[j, x])``, ``sign(0) = 0``.

    ``a`` (na, m), ``b`` (nb, m), ``g_t`` (nb, na): the weights, transposed so that a tile reads a row.
    Summed over ``j`` in order.
    """
    na, m = a.shape
    nb = b.shape[0]
    for blk in prange((na + _W - 1) // _W):
        i0 = blk * _W
        w = min(_W, na - i0)
        block = np.zeros((m, _W), a.dtype)
        acc = np.zeros((m, _W), a.dtype)
        weights = np.zeros(_W, a.dtype)
        for ii in range(w):
            for x in range(m):
                block[x, ii] = a[i0 + ii, x]
        zero = block[0, 0] - block[0, 0]
        for j in range(nb):
            for ii in range(w):
                weights[ii] = g_t[j, i0 + ii]
            for x in range(m):
                bv = b[j, x]
                for ii in range(_W):
                    d = block[x, ii] - bv
                    gv = weights[ii]
                    s = gv if d > zero else zero  # branch-free selects: g * sign(d), sign(0) = 0
                    acc[x, ii] += -gv if d < zero else s
        for ii in range(w):
            for x in range(m):
                out[i0 + ii, x] = acc[x, ii]
