"""Retrieval and regression metrics for preset embeddings against audio embeddings.

A preset encoder is good when the embedding it predicts for a preset lies closer to the audio
embedding of *that* preset's render than to the audio embeddings of other presets. The functions
here measure that from two aligned arrays of embeddings (row ``i`` of both belongs to item ``i``):

- :func:`ranks`, :func:`mrr`: rank of the matching candidate for every query, mean reciprocal rank.
- :func:`retrieval_scores`: the evaluation protocol (random pools of :data:`EVAL_POOL_SIZE` items,
  every item of a pool is a query against the whole pool; MRR, top-k MRR, recall@k; one or both
  retrieval directions).
- :func:`validation_mrr`: the original study's training-time protocol, kept to compare with its
  published validation numbers.
- :func:`mean_l1`, :func:`modality_gap`: regression error and distance between the two clouds.

Inputs may be NumPy arrays or torch tensors (any device); results are Python floats or NumPy arrays.

**Speed.** L1 and L2 ranks of CPU inputs are counted by the compiled kernels of
:mod:`synthproxy.rank_kernels` (numba): the same distances as ``torch.cdist`` to the last bit, so
the same ranks, about 7 times faster per core and without distance matrices in memory
(``benchmarks/metrics.py``). Everything else (cosine, GPU tensors, small problems, or numba
missing) goes through torch. Set :data:`USE_COMPILED` to ``False`` to force torch.

**Ties.** The rank of a match is the number of candidates *strictly* closer to the query than the
match, all distances of one query coming from the same computation. Candidates at exactly the
match's distance (duplicates of the match) do not push it down, so ranks are optimistic under ties.

Shown in use in ``notebooks/04_evaluate.ipynb``.
"""

from __future__ import annotations

import contextlib
import functools
import math
import warnings
from typing import Literal

import numpy as np
import torch

__all__ = [
    "EVAL_POOL_SIZE",
    "EVAL_SUBSETS",
    "EVAL_SEED",
    "TOP_K_MRR",
    "RECALL_KS",
    "VAL_QUERIES",
    "VAL_CANDIDATES",
    "USE_COMPILED",
    "ranks",
    "mrr",
    "retrieval_scores",
    "validation_mrr",
    "mean_l1",
    "modality_gap",
    "random_mrr",
]

ArrayLike = np.ndarray | torch.Tensor
Metric = Literal["l1", "l2", "cosine"]
Direction = Literal["preset_to_audio", "audio_to_preset", "both"]

#: Items per retrieval pool in :func:`retrieval_scores` (original study: 4096).
EVAL_POOL_SIZE: int = 4096
#: Random pools drawn per evaluation (original study: 100 runs).
EVAL_SUBSETS: int = 100
#: Seed of the pool draws.
EVAL_SEED: int = 42
#: ``k`` of the top-k MRRs reported (reciprocal ranks beyond ``k`` count as 0).
TOP_K_MRR: tuple[int, ...] = (1, 2, 3, 4, 5)
#: ``k`` of the recalls reported.
RECALL_KS: tuple[int, ...] = (1, 5, 10)
#: Training-time validation protocol of the original study: queries x candidates per query.
VAL_QUERIES: int = 256
VAL_CANDIDATES: int = 512

#: Euler–Mascheroni constant (:func:`random_mrr` of very large pools).
_EULER_GAMMA: float = 0.5772156649

_METRICS = ("l1", "l2", "cosine")
_DIRECTIONS = ("preset_to_audio", "audio_to_preset", "both")
#: Count L1/L2 ranks of CPU inputs with the compiled kernels (:mod:`synthproxy.rank_kernels`) when
#: numba is installed; ``False`` forces torch (same ranks, slower).
USE_COMPILED: bool = True

# Upper bound on one block of distances held in memory (bytes); a 4096 x 4096 float32 pool is 64 MiB.
_MAX_BLOCK_BYTES: int = 128 * 2**20
# Problems smaller than this many pair-dimensions (queries x candidates x dim, over all pools) use torch:
# a few milliseconds there, where loading the compiled kernels takes about a second once per process.
_FAST_MIN_WORK: int = 2**27
# Upper bound on the closer-than-match bit sets held at once by the compiled full-matrix strategy (bytes).
_MAX_BITS_BYTES: int = 64 * 2**20


# ----------------------------------------------------------------------------------------------
# helpers


def _as_tensor(x: ArrayLike, name: str) -> torch.Tensor:
    """Floating tensor view of an array (float16/bfloat16/integers promoted to float32)."""
    if isinstance(x, torch.Tensor):
        t = x.detach()
    else:
        arr = np.asarray(x)
        with warnings.catch_warnings():  # read-only arrays (e.g. memory-mapped stores) are never written
            warnings.simplefilter("ignore", UserWarning)
            t = torch.as_tensor(arr)
    if not (t.is_floating_point() and t.dtype in (torch.float32, torch.float64)):
        t = t.to(torch.float32)
    if not bool(torch.isfinite(t).all()):
        raise ValueError(f"{name} contains NaN or infinite values")
    return t


def _pair(a: ArrayLike, b: ArrayLike, names: tuple[str, str], *, aligned: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """Two (n, d) embedding tensors on one device and dtype; same n too when ``aligned``."""
    ta, tb = _as_tensor(a, names[0]), _as_tensor(b, names[1])
    for t, nm in ((ta, names[0]), (tb, names[1])):
        if t.ndim != 2:
            raise ValueError(f"{nm} must be 2-D (n, dim), got shape {tuple(t.shape)}")
        if t.shape[0] == 0:
            raise ValueError(f"{nm} is empty")
    if ta.shape[1] != tb.shape[1]:
        raise ValueError(f"embedding sizes differ: {names[0]} {ta.shape[1]}, {names[1]} {tb.shape[1]}")
    if aligned and ta.shape[0] != tb.shape[0]:
        raise ValueError(
            f"{names[0]} and {names[1]} must have the same number of rows (aligned pairs), "
            f"got {ta.shape[0]} and {tb.shape[0]}"
        )
    dtype = torch.promote_types(ta.dtype, tb.dtype)
    return ta.to(dtype), tb.to(device=ta.device, dtype=dtype)


def _check_metric(metric: str) -> None:
    if metric not in _METRICS:
        raise ValueError(f"metric must be one of {_METRICS}, got {metric!r}")


def _distances(a: torch.Tensor, b: torch.Tensor, metric: str) -> torch.Tensor:
    """Pairwise distances, shape (..., n_a, n_b), between (..., n_a, d) and (..., n_b, d)."""
    if metric == "l1":
        return torch.cdist(a, b, p=1.0)
    if metric == "l2":
        # exact differences (the matrix-product shortcut loses precision near 0, i.e. at good matches)
        return torch.cdist(a, b, p=2.0, compute_mode="donot_use_mm_for_euclid_dist")
    an = torch.nn.functional.normalize(a, dim=-1)
    bn = torch.nn.functional.normalize(b, dim=-1)
    return 1.0 - an @ bn.transpose(-1, -2)


def _rows_per_block(n_cols: int, t: torch.Tensor) -> int:
    return max(1, _MAX_BLOCK_BYTES // (n_cols * t.element_size()))


def _ranks(q: torch.Tensor, c: torch.Tensor, metric: str) -> torch.Tensor:
    """0-based rank of c[i] for q[i], (n,) int64; distances computed in blocks of query rows."""
    n = q.shape[0]
    plan = _use_compiled(q, metric, n * n * q.shape[1])
    if plan is not None:
        qn, cn = (np.ascontiguousarray(t.numpy()) for t in (q, c))
        return torch.from_numpy(_subset_ranks_compiled(qn, cn, np.arange(n)[None, :], plan, both=False)[0][0])
    out = torch.empty(n, dtype=torch.int64, device=q.device)
    step = _rows_per_block(n, q)
    for s in range(0, n, step):
        d = _distances(q[s : s + step], c, metric)
        match = d.diagonal(offset=s)
        out[s : s + step] = (d < match[:, None]).sum(dim=1)
    return out


def _subset_ranks(q: torch.Tensor, c: torch.Tensor, idx: torch.Tensor, metric: str, both: bool) -> list[torch.Tensor]:
    """Ranks inside pools: ``out[s, p]`` = rank of c[idx[s, p]] for q[idx[s, p]] among c[idx[s]].

    Returns one (S, P) int64 tensor per direction: query->candidate, and candidate->query when ``both``.
    Two exact strategies, whichever computes fewer distances: one matrix per pool, or (when pools
    overlap a lot, i.e. N^2 < S * P^2) one pass over the full N x N matrix whose "strictly closer"
    indicators are counted per pool with a product against the pools' membership matrix.
    """
    n = q.shape[0]
    n_sub, pool = idx.shape
    plan = _use_compiled(q, metric, min(n * n, n_sub * pool * pool) * q.shape[1])
    if plan is not None:
        qn, cn = (np.ascontiguousarray(t.numpy()) for t in (q, c))
        return [torch.from_numpy(r) for r in _subset_ranks_compiled(qn, cn, idx.cpu().numpy(), plan, both)]
    one_matrix = pool * pool * q.element_size() <= _MAX_BLOCK_BYTES  # both directions from one matrix
    cost_pools = n_sub * pool * pool * (1 if (one_matrix or not both) else 2)
    cost_full = n * n * (2 if both else 1)
    if cost_full < cost_pools:
        member = torch.zeros(n, n_sub, dtype=torch.float32, device=q.device)
        member[idx, torch.arange(n_sub, device=q.device)[:, None]] = 1.0
        cols = torch.arange(n_sub, device=q.device)[:, None]
        outs = []
        for a, b in ((q, c), (c, q)) if both else ((q, c),):
            counts = torch.empty(n, n_sub, dtype=torch.float32, device=q.device)
            step = _rows_per_block(n, a)
            for s in range(0, n, step):
                d = _distances(a[s : s + step], b, metric)
                closer = (d < d.diagonal(offset=s)[:, None]).to(torch.float32)
                counts[s : s + step] = closer @ member  # integer counts < 2**24: exact in float32
            outs.append(counts[idx, cols].round().to(torch.int64))
        return outs
    fwd = torch.empty(n_sub, pool, dtype=torch.int64, device=q.device)
    bwd = torch.empty_like(fwd)  # filled only when both directions are asked for
    for s in range(n_sub):
        qs, cs = q[idx[s]], c[idx[s]]
        if both and one_matrix:
            d = _distances(qs, cs, metric)
            match = d.diagonal()
            fwd[s] = (d < match[:, None]).sum(dim=1)
            bwd[s] = (d < match[None, :]).sum(dim=0)  # d is symmetric in its roles for all metrics here
        else:
            fwd[s] = _ranks(qs, cs, metric)
            if both:
                bwd[s] = _ranks(cs, qs, metric)
    return [fwd, bwd] if both else [fwd]


@functools.cache
def _compiled_plan(dtype: str, dim: int, metric: str) -> tuple[bool, int] | None:
    """``(l2, fma_from)`` for the compiled kernels, or None when they cannot give torch's exact distances.

    Compares the kernels' distances with ``torch.cdist``'s, bit for bit, on a fixed random sample of
    this dtype and dimension (once per process). For L2 the summation's fused multiply-adds depend on
    how torch was compiled: the kernels try "the last ``dim % 4`` terms fused" (torch 2.9 on x86),
    then "none fused".
    """
    if metric not in ("l1", "l2"):
        return None
    try:
        from synthproxy import rank_kernels
    except ImportError:  # numba (or llvmlite) missing: torch only
        return None
    rng = np.random.default_rng(0)
    scale = np.exp(rng.uniform(-3, 3, size=(1, dim)))  # mixed magnitudes make rounding differences show
    q, c = (rng.standard_normal((2, 48, dim)) * scale).astype(dtype)
    tq, tc = torch.from_numpy(q), torch.from_numpy(c)
    l2 = metric == "l2"
    want = (
        torch.cdist(tq, tc, p=2.0, compute_mode="donot_use_mm_for_euclid_dist") if l2 else torch.cdist(tq, tc, p=1.0)
    ).numpy()
    for fma_from in (dim - dim % 4, dim) if l2 else (dim,):
        if np.array_equal(rank_kernels.distances(q, c, l2, fma_from), want):
            return l2, fma_from
    warnings.warn(
        f"{metric} distances of the compiled kernels differ from this torch build's ({dtype}, dim {dim}); "
        "ranks use torch (slower)",
        RuntimeWarning,
        stacklevel=4,
    )
    return None


def _use_compiled(q: torch.Tensor, metric: str, work: int) -> tuple[bool, int] | None:
    """The compiled kernels' plan when they apply to this problem, else None."""
    if not USE_COMPILED or work < _FAST_MIN_WORK or q.device.type != "cpu":
        return None
    if q.dtype not in (torch.float32, torch.float64):
        return None
    return _compiled_plan(str(q.dtype).removeprefix("torch."), int(q.shape[1]), metric)


@contextlib.contextmanager
def _kernel_threads():
    """Run numba kernels on as many threads as torch uses (e.g. 1 during single-thread training)."""
    import numba

    before = numba.get_num_threads()
    numba.set_num_threads(max(1, min(torch.get_num_threads(), numba.config.NUMBA_NUM_THREADS)))
    try:
        yield numba.get_num_threads()
    finally:
        numba.set_num_threads(before)


def _subset_ranks_compiled(
    q: np.ndarray, c: np.ndarray, idx: np.ndarray, plan: tuple[bool, int], both: bool
) -> list[np.ndarray]:
    """:func:`_subset_ranks` by the compiled kernels (same strategies, same ranks)."""
    from synthproxy import rank_kernels as rk

    l2, fma_from = plan
    n = q.shape[0]
    n_sub, pool = idx.shape
    with _kernel_threads() as threads:
        tasks = 4 * threads
        if n * n * (2 if both else 1) < n_sub * pool * pool:  # full matrix once, counted per pool
            words = -(-n // 64)
            member = np.zeros((n_sub, words), np.uint64)
            for s in range(n_sub):
                np.bitwise_or.at(member[s], idx[s] // 64, np.left_shift(np.uint64(1), (idx[s] % 64).astype(np.uint64)))
            flat = idx.ravel()
            order = np.argsort(flat, kind="stable")
            pool_ptr = np.searchsorted(flat[order], np.arange(n + 1)).astype(np.int64)
            pool_s, pool_p = (order // pool).astype(np.int64), (order % pool).astype(np.int64)
            rows = np.unique(flat).astype(np.int64)
            thr_all = rk.match_distances(q, c, np.arange(n, dtype=np.int64), l2, fma_from)
            step = max(64, _MAX_BITS_BYTES // (8 * words))
            outs = []
            for a, b in ((q, c), (c, q)) if both else ((q, c),):  # d(c_i, q_i) == d(q_i, c_i) exactly
                out = np.empty((n_sub, pool), np.int64)
                for s0 in range(0, len(rows), step):
                    part = rows[s0 : s0 + step]
                    bits = rk.closer_bits(a, b, part, thr_all[part], l2, fma_from)
                    rk.pool_counts_from_bits(bits, part, pool_ptr, pool_s, pool_p, member, out)
                outs.append(out)
            return outs
        fwd = np.empty((n_sub, pool), np.int64)
        bwd = np.empty((n_sub, pool), np.int64)
        for s in range(n_sub):
            items = np.ascontiguousarray(idx[s], dtype=np.int64)
            thr = rk.match_distances(q, c, items, l2, fma_from)
            fwd[s], bwd[s] = rk.pool_rank_counts(q, c, items, thr, both, l2, fma_from, tasks)
    return [fwd, bwd] if both else [fwd]


def _summary(rk: torch.Tensor) -> dict:
    """Scores of (S, P) ranks: means over each pool, then mean (and std) over pools."""
    rk = rk.to(torch.float64)
    rr = 1.0 / (rk + 1.0)
    per_pool = rr.mean(dim=1)
    return {
        "mrr": float(per_pool.mean()),
        "mrr_std": float(per_pool.std(correction=0)),
        "mrr_at_k": {k: float(torch.where(rk < k, rr, 0.0).mean()) for k in TOP_K_MRR},
        **{f"recall_at_{k}": float((rk < k).to(torch.float64).mean()) for k in RECALL_KS},
    }


# ----------------------------------------------------------------------------------------------
# public API


def ranks(queries: ArrayLike, candidates: ArrayLike, *, metric: Metric = "l1") -> np.ndarray:
    """Rank of each query's matching candidate among all candidates.

    Query ``i`` matches candidate ``i``. The rank is the number of candidates strictly closer to the
    query than its match (0 = the match is the nearest; ties do not push the match down).

    Parameters
    ----------
    queries : ndarray or Tensor, shape (n, dim), float
        E.g. predicted preset embeddings.
    candidates : ndarray or Tensor, shape (n, dim), float
        E.g. audio embeddings, aligned with ``queries``.
    metric : {"l1", "l2", "cosine"}
        Distance: L1 (Manhattan, the study's choice), Euclidean, or cosine distance ``1 - cos``.

    Returns
    -------
    ndarray, shape (n,), int64
        0-based ranks, in ``[0, n - 1]``.

    Notes
    -----
    Distances are computed in blocks of query rows, so memory stays bounded for large ``n``;
    the work is ``n * n * dim``.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    _check_metric(metric)
    q, c = _pair(queries, candidates, ("queries", "candidates"), aligned=True)
    with torch.no_grad():
        return _ranks(q, c, metric).cpu().numpy()


def mrr(queries: ArrayLike, candidates: ArrayLike, *, top_k: int | None = None, metric: Metric = "l1") -> float:
    """Mean reciprocal rank of each query's matching candidate.

    Parameters
    ----------
    queries, candidates : ndarray or Tensor, shape (n, dim), float
        Aligned pairs, as in :func:`ranks`.
    top_k : int, optional
        If given, reciprocal ranks of matches not among the ``top_k`` nearest count as 0
        (top-k MRR). ``top_k=1`` is the top-1 accuracy.
    metric : {"l1", "l2", "cosine"}
        Distance, as in :func:`ranks`.

    Returns
    -------
    float
        ``mean(1 / (rank + 1))`` in ``(0, 1]`` (``[0, 1]`` with ``top_k``); 1 means every match is nearest.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    if top_k is not None and (int(top_k) != top_k or top_k < 1):
        raise ValueError(f"top_k must be a positive integer, got {top_k!r}")
    rk = ranks(queries, candidates, metric=metric).astype(np.float64)
    rr = 1.0 / (rk + 1.0)
    if top_k is not None:
        rr = np.where(rk < top_k, rr, 0.0)
    return float(rr.mean())


def retrieval_scores(
    preset_emb: ArrayLike,
    audio_emb: ArrayLike,
    *,
    pool: int = EVAL_POOL_SIZE,
    subsets: int = EVAL_SUBSETS,
    seed: int = EVAL_SEED,
    direction: Direction = "preset_to_audio",
    metric: Metric = "l1",
) -> dict:
    """Retrieval scores of aligned preset and audio embeddings over random pools.

    ``subsets`` pools of ``pool`` distinct items are drawn at random. Inside a pool, every item is a
    query and the pool's embeddings of the other modality are the candidates; its rank is as in
    :func:`ranks`. Scores are averaged over each pool, then over pools. When the set has no more
    than ``pool`` items, the whole set is the single pool (every draw would be the same).

    Parameters
    ----------
    preset_emb : ndarray or Tensor, shape (n, dim), float
        Embeddings predicted by a preset encoder.
    audio_emb : ndarray or Tensor, shape (n, dim), float
        Audio-model embeddings of the same presets' renders, aligned with ``preset_emb``.
    pool : int
        Items per pool (candidates per query).
    subsets : int
        Number of random pools.
    seed : int
        Seed of the pool draws; the same seed gives the same pools and scores.
    direction : {"preset_to_audio", "audio_to_preset", "both"}
        ``"preset_to_audio"``: preset embeddings query audio embeddings (the original study's test
        protocol). ``"audio_to_preset"``: the reverse (the direction of its validation MRR).
        ``"both"``: both, on the same pools.
    metric : {"l1", "l2", "cosine"}
        Distance, as in :func:`ranks`.

    Returns
    -------
    dict
        For one direction: ``mrr`` (float, mean over pools), ``mrr_std`` (float, population std over
        pools; 0 for a single pool), ``mrr_at_k`` (dict ``{k: float}`` for k in :data:`TOP_K_MRR`),
        ``recall_at_1``, ``recall_at_5``, ``recall_at_10`` (float, fraction of queries whose match
        has rank < k), ``n`` (items in the set), ``pool`` (pool size used, ``min(pool, n)``),
        ``subsets`` (pools used: 1 when ``whole_set``), ``whole_set`` (bool), ``direction``, ``metric``,
        ``seed``. For ``"both"``: ``{"preset_to_audio": dict, "audio_to_preset": dict}``.

    Notes
    -----
    Cost: ``subsets * pool**2 * dim`` distance terms (both directions share one distance matrix per
    pool). When pools overlap a lot (``n**2 < subsets * pool**2``, i.e. ``n`` below about 41,000
    at the defaults) the full ``n x n`` matrix is computed once instead (once per direction), with
    identical results. On CPU, L1 and L2 ranks come from the compiled kernels of
    :mod:`synthproxy.rank_kernels` (identical ranks; see the module notes): about 0.7 s of one core
    for a 4096-item pool of 512-d embeddings (torch.cdist: 5.3 s), less when matches are close
    (their exact early exit), so the default 100 pools of a large set take about half a minute on
    2 idle cores instead of several minutes (``benchmarks/metrics.py``). GPU tensors, cosine
    (matrix products, already fast) and problems under ``2**27`` pair-dimensions use torch.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    _check_metric(metric)
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {_DIRECTIONS}, got {direction!r}")
    if pool < 1 or subsets < 1:
        raise ValueError(f"pool and subsets must be >= 1, got pool={pool}, subsets={subsets}")
    p, a = _pair(preset_emb, audio_emb, ("preset_emb", "audio_emb"), aligned=True)
    n = p.shape[0]
    whole_set = n <= pool
    if whole_set:
        idx = np.arange(n)[None, :]
    else:
        rng = np.random.default_rng(seed)
        idx = np.stack([rng.choice(n, size=pool, replace=False) for _ in range(subsets)])
    idx_t = torch.as_tensor(idx, dtype=torch.int64, device=p.device)
    q, c = (a, p) if direction == "audio_to_preset" else (p, a)
    with torch.no_grad():
        rks = _subset_ranks(q, c, idx_t, metric, both=direction == "both")
    meta = {
        "n": n,
        "pool": int(idx.shape[1]),
        "subsets": int(idx.shape[0]),
        "whole_set": whole_set,
        "metric": metric,
        "seed": seed,
    }
    dirs = ("preset_to_audio", "audio_to_preset") if direction == "both" else (direction,)
    out = {d: {**_summary(rk), **meta, "direction": d} for d, rk in zip(dirs, rks)}
    return out if direction == "both" else out[direction]


def validation_mrr(
    preset_emb: ArrayLike,
    audio_emb: ArrayLike,
    *,
    queries: int = VAL_QUERIES,
    candidates: int = VAL_CANDIDATES,
    metric: Metric = "l1",
) -> float:
    """MRR by the original study's training-time validation protocol.

    The first ``queries * candidates`` items are split, in order, into ``candidates`` batches of
    ``queries`` items. Query ``j`` is the audio embedding at position ``j`` of the first batch
    (item ``j``); its candidates are the preset embeddings at position ``j`` of every batch (items
    ``j, j + queries, j + 2 * queries, ...``), the first being its match. Items beyond
    ``queries * candidates`` are ignored.

    Parameters
    ----------
    preset_emb : ndarray or Tensor, shape (n, dim), float
        Predicted preset embeddings, ``n >= queries * candidates``.
    audio_emb : ndarray or Tensor, shape (n, dim), float
        Audio embeddings aligned with ``preset_emb``.
    queries : int
        Queries evaluated (the original's validation batch size, 256).
    candidates : int
        Candidates per query, match included (the original's number of batches, 512).
    metric : {"l1", "l2", "cosine"}
        Distance (the original used L1).

    Returns
    -------
    float
        Mean of ``1 / (rank + 1)`` over the ``queries`` queries, ranks as in :func:`ranks`.

    Notes
    -----
    Relation to :func:`retrieval_scores`: this is audio-to-preset retrieval among ``candidates``
    items, so on i.i.d. items its expectation is that of
    ``retrieval_scores(..., direction="audio_to_preset", pool=candidates)["mrr"]``, but each query has
    its own candidate set and only ``queries`` queries are scored, so it is noisier. It is *not*
    comparable with the default ``retrieval_scores`` (other direction, pool of 4096, where MRR is
    harder to reach); prefer ``retrieval_scores`` for validation and test alike, and use this
    function to compare with the original study's published validation MRRs.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    _check_metric(metric)
    if queries < 1 or candidates < 1:
        raise ValueError(f"queries and candidates must be >= 1, got {queries}, {candidates}")
    p, a = _pair(preset_emb, audio_emb, ("preset_emb", "audio_emb"), aligned=True)
    used = queries * candidates
    if p.shape[0] < used:
        raise ValueError(f"need at least queries * candidates = {used} items, got {p.shape[0]}")
    dim = p.shape[1]
    # (candidates, queries, dim) batches -> (queries, candidates, dim): row j holds query j's candidates
    cand = p[:used].reshape(candidates, queries, dim).transpose(0, 1)
    qry = a[:queries]
    step = _rows_per_block(candidates * dim, p)
    rr_sum = 0.0
    with torch.no_grad():
        for s in range(0, queries, step):
            d = _distances(qry[s : s + step, None, :], cand[s : s + step], metric)[:, 0, :]  # (b, candidates)
            rk = (d < d[:, :1]).sum(dim=1).to(torch.float64)
            rr_sum += float((1.0 / (rk + 1.0)).sum())
    return rr_sum / queries


def mean_l1(pred: ArrayLike, target: ArrayLike) -> float:
    """Mean absolute error over all elements.

    Parameters
    ----------
    pred, target : ndarray or Tensor, same shape (e.g. (n, dim)), float
        Predicted and target embeddings.

    Returns
    -------
    float
        ``mean(|pred - target|)``, accumulated in float64. (The original study averaged per-batch
        means of 512 rows, weighting a last partial batch like a full one; this is the exact mean.)

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    p, t = _as_tensor(pred, "pred"), _as_tensor(target, "target")
    if p.shape != t.shape:
        raise ValueError(f"pred and target shapes differ: {tuple(p.shape)} vs {tuple(t.shape)}")
    if p.numel() == 0:
        raise ValueError("pred is empty")
    with torch.no_grad():
        return float((p.to(torch.float64) - t.to(device=p.device, dtype=torch.float64)).abs().mean())


def modality_gap(a: ArrayLike, b: ArrayLike) -> float:
    """Euclidean distance between the centroids of two embedding clouds.

    Parameters
    ----------
    a : ndarray or Tensor, shape (n_a, dim), float
        E.g. predicted preset embeddings.
    b : ndarray or Tensor, shape (n_b, dim), float
        E.g. audio embeddings (``n_b`` may differ from ``n_a``).

    Returns
    -------
    float
        ``||mean(a, axis=0) - mean(b, axis=0)||_2``, in the embeddings' units; 0 when the clouds are
        centred on the same point.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    ta, tb = _pair(a, b, ("a", "b"), aligned=False)
    with torch.no_grad():
        gap = ta.to(torch.float64).mean(dim=0) - tb.to(torch.float64).mean(dim=0)
        return float(torch.linalg.vector_norm(gap))


def random_mrr(pool: int) -> float:
    """Expected MRR of a random ranking among ``pool`` candidates: ``H(pool) / pool`` (about ``(ln P + 0.58) / P``).

    The chance level of :func:`retrieval_scores`' MRR with pools of ``pool`` items.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    if pool < 1:
        raise ValueError(f"pool must be >= 1, got {pool}")
    harmonic = float(np.sum(1.0 / np.arange(1, pool + 1))) if pool <= 100_000 else math.log(pool) + _EULER_GAMMA
    return harmonic / pool
