"""Compiled kernels behind :mod:`synthproxy.metrics`: exact L1 / L2 retrieval ranks, fast, on CPU.

A retrieval rank only needs, for every query, the number of candidates *strictly* closer than its
match. These kernels count exactly that, without storing distance matrices, and give the same
counts as comparing ``torch.cdist`` distances, to the last bit:

- **Same arithmetic as torch.** On CPU, ``torch.cdist`` (``p=1``; ``p=2`` with
  ``compute_mode="donot_use_mm_for_euclid_dist"``) sums ``|a_x - b_x|`` (or its square) one
  dimension after the other, in dimension order, in the inputs' dtype; for ``p=2`` the torch 2.9 x86
  build fuses the last ``dim % 4`` terms into fused multiply-adds, then takes the square root. The
  kernels sum in the same order with the same operations (``fastmath`` off; ``fma_from`` says where
  the fused terms start), so every distance is bit-identical. SIMD runs *across* candidates (one
  lane per query-candidate pair), never across dimensions, which would reorder the sum.
  :mod:`synthproxy.metrics` checks this against torch once per dtype and dimension and falls back
  to torch if the build behaves otherwise.
- **Tiles in cache.** ``_W`` candidates are copied into a contiguous (dim, ``_W``) block, reused by
  every ``_R``-query tile; the tile's partial sums stay in L1 (~6 pair-dimensions per cycle per
  core with 256-bit vectors, about 7 times torch's per-core rate; ``benchmarks/metrics.py``).
- **Exact early exit.** Terms are non-negative and rounding is monotone, so a partial sum never
  exceeds the final sum. Every ``_X`` dimensions a tile stops when every pair's partial distance
  already reaches its query's match distance (those candidates cannot be strictly closer). Only
  work is skipped; counts are unchanged.

Shown in use in ``notebooks/04_evaluate.ipynb`` (through :func:`synthproxy.metrics.retrieval_scores`).
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir
from numba import njit, prange, types
from numba.extending import intrinsic

__all__ = ["distances", "match_distances", "pool_rank_counts", "closer_bits", "pool_counts_from_bits"]

#: Queries per tile.
_R: int = 4
#: Candidates per packed block (64: one uint64 word of :func:`closer_bits` per query).
_W: int = 64
#: Dimensions between two early-exit checks.
_X: int = 64


@intrinsic
def _fma(typingctx, x, y, z):
    """``x * y + z`` rounded once (llvm.fma)."""
    sig = x(x, y, z)

    def codegen(context, builder, signature, args):
        return builder.fma(*args)

    return sig, codegen


@intrinsic
def _popcount(typingctx, x):
    """Set bits of a 64-bit word (llvm.ctpop)."""
    sig = types.int64(x)

    def codegen(context, builder, signature, args):
        fn = builder.module.declare_intrinsic("llvm.ctpop", [ir.IntType(64)])
        return builder.call(fn, args)

    return sig, codegen


@njit(fastmath=False, cache=True)
def _distance(q, i, c, j, l2, fma_from):
    """Distance of ``q[i]`` and ``c[j]``, summed in dimension order like torch.cdist."""
    m = q.shape[1]
    acc = q[0, 0] - q[0, 0]
    if not l2:
        for x in range(m):
            acc += abs(q[i, x] - c[j, x])
        return acc
    for x in range(m):
        d = abs(q[i, x] - c[j, x])
        if x < fma_from:
            acc += d * d
        else:
            acc = _fma(d, d, acc)
    return np.sqrt(acc)


@njit(fastmath=False, cache=True)
def distances(q, c, l2, fma_from):
    """All distances ``d(q[i], c[j])`` -> (len(q), len(c)), one pair at a time (checks, tests)."""
    out = np.empty((q.shape[0], c.shape[0]), q.dtype)
    for i in range(q.shape[0]):
        for j in range(c.shape[0]):
            out[i, j] = _distance(q, i, c, j, l2, fma_from)
    return out


@njit(fastmath=False, cache=True)
def match_distances(q, c, items, l2, fma_from):
    """``d(q[i], c[i])`` for ``i`` in ``items`` -> (len(items),), the dtype of ``q`` (serial: n * dim work)."""
    out = np.empty(items.shape[0], q.dtype)
    for k in range(items.shape[0]):
        out[k] = _distance(q, items[k], c, items[k], l2, fma_from)
    return out


@njit(fastmath=False, cache=True, inline="always")
def _pack(c, cols, l0, w, block):
    """``block[x, j] = c[cols[l0 + j], x]``; unused columns (j >= w) are zeroed."""
    m = c.shape[1]
    for j in range(_W):
        if j < w:
            cj = cols[l0 + j]
            for x in range(m):
                block[x, j] = c[cj, x]
        else:
            for x in range(m):
                block[x, j] = 0


@njit(fastmath=False, cache=True, inline="always")
def _tile(q, rows, k0, r, block, w, acc, thr_rows, thr_cols, l0, both, l2, fma_from):
    """Distances of queries ``rows[k0:k0 + r]`` to the packed block into ``acc`` (r, w).

    Returns False (acc then unusable) when the tile stopped early because every pair's partial
    distance reached its threshold: the query's match distance, or for ``both`` the larger of the
    query's and the candidate's.
    """
    m = q.shape[1]
    for rr in range(_R):
        for j in range(_W):
            acc[rr, j] = 0
    x0 = 0
    while x0 < m:
        x1 = min(x0 + _X, m)
        for rr in range(r):
            qi = rows[k0 + rr]
            for x in range(x0, x1):
                av = q[qi, x]
                if not l2:
                    for j in range(_W):
                        acc[rr, j] += abs(av - block[x, j])
                elif x < fma_from:
                    for j in range(_W):
                        d = abs(av - block[x, j])
                        acc[rr, j] += d * d
                else:
                    for j in range(_W):
                        d = abs(av - block[x, j])
                        acc[rr, j] = _fma(d, d, acc[rr, j])
        x0 = x1
        if x0 < m:
            far = True
            for rr in range(r):
                t = thr_rows[k0 + rr]
                for j in range(w):
                    th = max(t, thr_cols[l0 + j]) if both else t
                    v = np.sqrt(acc[rr, j]) if l2 else acc[rr, j]
                    if v < th:
                        far = False
                        break
                if not far:
                    break
            if far:
                return False
    if l2:
        for rr in range(r):
            for j in range(w):
                acc[rr, j] = np.sqrt(acc[rr, j])
    return True


@njit(parallel=True, fastmath=False, cache=True)
def pool_rank_counts(q, c, items, thr, both, l2, fma_from, tasks):
    """Ranks inside one pool: queries ``q[items]`` against candidates ``c[items]`` (match: same position).

    Parameters
    ----------
    q, c : ndarray (n, dim), same float dtype, C-contiguous
    items : ndarray (P,), int64
        The pool's rows of ``q`` and ``c``.
    thr : ndarray (P,)
        :func:`match_distances` of ``items``.
    both : bool
        Also count the reverse direction (candidate ``c[items[l]]`` as query among ``q[items]``).
    l2 : bool
        Euclidean instead of L1.
    fma_from : int
        First dimension summed with fused multiply-adds (L2 only).
    tasks : int
        Parallel tasks (a few per thread); each holds its own (P,) partial counts.

    Returns
    -------
    fwd : ndarray (P,), int64
        ``fwd[k]`` = number of ``l`` with ``d(q[items[k]], c[items[l]]) < thr[k]``.
    bwd : ndarray (P,), int64
        ``bwd[l]`` = number of ``k`` with ``d(q[items[k]], c[items[l]]) < thr[l]`` (zeros unless ``both``).
    """
    p = items.shape[0]
    m = q.shape[1]
    nblocks = (p + _W - 1) // _W
    ntiles = (p + _R - 1) // _R
    tasks = max(1, min(tasks, nblocks))
    fwd_part = np.zeros((tasks, p), np.int64)  # one row per task: no shared writes
    bwd = np.zeros(p, np.int64)  # column l is written by the task owning its block only
    for task in prange(tasks):
        block = np.empty((m, _W), q.dtype)
        acc = np.empty((_R, _W), q.dtype)
        fwd = fwd_part[task]
        for blk in range(task * nblocks // tasks, (task + 1) * nblocks // tasks):
            l0 = blk * _W
            w = min(_W, p - l0)
            _pack(c, items, l0, w, block)
            for t in range(ntiles):
                k0 = t * _R
                r = min(_R, p - k0)
                if _tile(q, items, k0, r, block, w, acc, thr, thr, l0, both, l2, fma_from):
                    for rr in range(r):  # branch-free counts (the comparisons are unpredictable)
                        tk = thr[k0 + rr]
                        n_closer = 0
                        for j in range(w):
                            n_closer += 1 if acc[rr, j] < tk else 0
                        fwd[k0 + rr] += n_closer
                        if both:
                            for j in range(w):
                                bwd[l0 + j] += 1 if acc[rr, j] < thr[l0 + j] else 0
    return fwd_part.sum(axis=0), bwd


@njit(parallel=True, fastmath=False, cache=True)
def closer_bits(q, c, rows, thr, l2, fma_from):
    """Which candidates are strictly closer than the match, as bits: queries ``q[rows]`` against all of ``c``.

    Parameters
    ----------
    q, c : ndarray (n, dim), same float dtype, C-contiguous
    rows : ndarray (nr,), int64
        Query rows; the match of query ``q[i]`` is ``c[i]``.
    thr : ndarray (nr,)
        :func:`match_distances` of ``rows``.
    l2, fma_from
        As in :func:`pool_rank_counts`.

    Returns
    -------
    ndarray (nr, ceil(n / 64)), uint64
        Bit ``j % 64`` of word ``j // 64`` in row ``k`` is set when ``d(q[rows[k]], c[j]) < thr[k]``.
    """
    n = c.shape[0]
    m = q.shape[1]
    nr = rows.shape[0]
    nblocks = (n + _W - 1) // _W
    ntiles = (nr + _R - 1) // _R
    cols = np.arange(n)
    bits = np.zeros((nr, nblocks), np.uint64)
    for blk in prange(nblocks):
        l0 = blk * _W
        w = min(_W, n - l0)
        block = np.empty((m, _W), q.dtype)
        acc = np.empty((_R, _W), q.dtype)
        _pack(c, cols, l0, w, block)
        for t in range(ntiles):
            k0 = t * _R
            r = min(_R, nr - k0)
            if _tile(q, rows, k0, r, block, w, acc, thr, thr, l0, False, l2, fma_from):
                for rr in range(r):
                    tk = thr[k0 + rr]
                    word = np.uint64(0)
                    for j in range(w):
                        word |= np.uint64(1 if acc[rr, j] < tk else 0) << np.uint64(j)
                    bits[k0 + rr, blk] = word
    return bits


@njit(parallel=True, cache=True)
def pool_counts_from_bits(bits, rows, pool_ptr, pool_s, pool_p, members, out):
    """Per-pool ranks from :func:`closer_bits`: ``out[s, p]`` for every pool entry of the rows' items.

    Parameters
    ----------
    bits : ndarray (len(rows), words), uint64
        :func:`closer_bits` of items ``rows``.
    rows : ndarray, int64
        Items whose bits are given.
    pool_ptr, pool_s, pool_p : ndarray, int64
        The pools holding item ``i`` are ``pool_s[pool_ptr[i]:pool_ptr[i + 1]]``, at positions
        ``pool_p[...]``.
    members : ndarray (S, words), uint64
        Membership bit set of each pool.
    out : ndarray (S, P), int64
        Filled at ``(s, p)`` with the number of members of pool ``s`` closer than the match.
    """
    words = bits.shape[1]
    for k in prange(rows.shape[0]):
        i = rows[k]
        for e in range(pool_ptr[i], pool_ptr[i + 1]):
            s = pool_s[e]
            n_closer = 0
            for wd in range(words):
                n_closer += _popcount(bits[k, wd] & members[s, wd])
            out[s, pool_p[e]] = n_closer
