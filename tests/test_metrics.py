"""Tests of synthproxy.metrics against hand-computed small cases and known expectations."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from synthproxy import metrics
from synthproxy.metrics import mean_l1, modality_gap, mrr, ranks, retrieval_scores, validation_mrr

# 3 queries x 3 candidates in 2-D. L1 distances (row = query, column = candidate):
#   q0 (0,0): [1, 5, 0] -> match 1, one strictly smaller (0)   -> rank 1
#   q1 (1,0): [2, 4, 1] -> match 4, two smaller                -> rank 2
#   q2 (0,3): [2, 8, 3] -> match 3, one smaller (2)            -> rank 1
Q3 = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 3.0]], dtype=np.float32)
C3 = np.array([[0.0, 1.0], [5.0, 0.0], [0.0, 0.0]], dtype=np.float32)


def harmonic(n: int) -> float:
    return float(np.sum(1.0 / np.arange(1, n + 1)))


def test_ranks_hand_computed_l1_l2():
    np.testing.assert_array_equal(ranks(Q3, C3), [1, 2, 1])
    np.testing.assert_array_equal(ranks(Q3, C3, metric="l2"), [1, 2, 1])  # same ordering here
    assert ranks(Q3, C3).dtype == np.int64


def test_ranks_hand_computed_cosine():
    # cosines: q0=(1,0) vs c: [.995, 1, -.71]; q1=(0,1): [.0995, 0, .71]; q2=(1,1): [.77, .71, 0]
    q = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    c = np.array([[1.0, 0.1], [1.0, 0.0], [-1.0, 1.0]])
    np.testing.assert_array_equal(ranks(q, c, metric="cosine"), [1, 2, 2])
    np.testing.assert_array_equal(ranks(3.0 * q, c, metric="cosine"), [1, 2, 2])  # scale invariant


def test_ranks_ties_count_strictly_smaller():
    # q0=0: match 1 at distance 1, tied with -1 -> rank 0; q1=10: [9, 11, 10] -> rank 2; q2=20: rank 0
    q = np.array([[0.0], [10.0], [20.0]])
    c = np.array([[1.0], [-1.0], [20.0]])
    np.testing.assert_array_equal(ranks(q, c), [0, 2, 0])
    # duplicated candidates: all at the match's distance -> every match ranks first
    dup = np.ones((4, 3))
    np.testing.assert_array_equal(ranks(dup, dup), [0, 0, 0, 0])


def test_mrr_and_top_k_truncation():
    assert mrr(Q3, C3) == pytest.approx((1 / 2 + 1 / 3 + 1 / 2) / 3)
    assert mrr(Q3, C3, top_k=1) == 0.0
    assert mrr(Q3, C3, top_k=2) == pytest.approx((1 / 2 + 0 + 1 / 2) / 3)
    assert mrr(Q3, C3, top_k=3) == pytest.approx(mrr(Q3, C3))
    with pytest.raises(ValueError):
        mrr(Q3, C3, top_k=0)


def test_torch_and_numpy_inputs_agree():
    assert mrr(torch.from_numpy(Q3), torch.from_numpy(C3).double()) == mrr(Q3, C3)
    np.testing.assert_array_equal(ranks(torch.from_numpy(Q3), C3), ranks(Q3, C3))


def test_retrieval_scores_whole_set_recall_and_top_k():
    # all queries at 0, candidate i at i: the match of query i has exactly i closer candidates
    n = 12
    q = np.zeros((n, 1))
    c = np.arange(n, dtype=np.float64)[:, None]
    s = retrieval_scores(q, c)  # default pool 4096 > 12 -> the whole set, once
    assert (s["n"], s["pool"], s["subsets"], s["whole_set"]) == (12, 12, 1, True)
    assert s["mrr"] == pytest.approx(harmonic(n) / n)
    assert s["mrr_std"] == 0.0
    assert s["mrr_at_k"][1] == pytest.approx(1 / n)
    assert s["mrr_at_k"][3] == pytest.approx((1 + 1 / 2 + 1 / 3) / n)
    assert s["recall_at_1"] == pytest.approx(1 / n)
    assert s["recall_at_5"] == pytest.approx(5 / n)
    assert s["recall_at_10"] == pytest.approx(10 / n)
    assert s["direction"] == "preset_to_audio"


def test_perfect_predictions_give_mrr_one():
    a = np.random.default_rng(0).standard_normal((300, 16)).astype(np.float32)
    for metric in ("l1", "l2", "cosine"):
        s = retrieval_scores(a, a.copy(), pool=100, subsets=5, metric=metric)
        assert s["mrr"] == 1.0 and s["recall_at_1"] == 1.0 and s["mrr_at_k"][1] == 1.0
        assert (s["pool"], s["subsets"], s["whole_set"]) == (100, 5, False)
    assert validation_mrr(a, a, queries=10, candidates=30) == 1.0


def test_random_embeddings_mrr_is_harmonic_over_n():
    # independent queries and candidates: the match's rank is uniform on 0..n-1 -> E[MRR] = H(n) / n
    rng = np.random.default_rng(1)
    p, a = rng.standard_normal((2, 2048, 8)).astype(np.float32)
    s = retrieval_scores(p, a, pool=512, subsets=20, seed=3)
    expected = harmonic(512) / 512  # ~0.0133; std of the mean over 20 x 512 queries ~0.0006
    assert s["mrr"] == pytest.approx(expected, abs=0.003)
    assert s["recall_at_10"] == pytest.approx(10 / 512, abs=0.006)


def test_directions_symmetry_and_both():
    rng = np.random.default_rng(2)
    a = rng.standard_normal((400, 8))
    p = a + 0.7 * rng.standard_normal((400, 8))
    kw = dict(pool=128, subsets=4, seed=5)
    p2a = retrieval_scores(p, a, **kw)
    a2p = retrieval_scores(p, a, direction="audio_to_preset", **kw)
    swapped = retrieval_scores(a, p, **kw)  # presets and audio exchanged
    both = retrieval_scores(p, a, direction="both", **kw)
    for key in ("mrr", "mrr_std", "mrr_at_k", "recall_at_1", "recall_at_5", "recall_at_10"):
        assert a2p[key] == swapped[key]
        assert both["preset_to_audio"][key] == p2a[key]
        assert both["audio_to_preset"][key] == a2p[key]
    assert both["audio_to_preset"]["direction"] == "audio_to_preset"
    assert p2a["mrr"] != a2p["mrr"]  # the two directions are different questions


def test_seed_determinism():
    rng = np.random.default_rng(4)
    a = rng.standard_normal((500, 8))
    p = a + rng.standard_normal((500, 8))
    s1 = retrieval_scores(p, a, pool=64, subsets=10, seed=7)
    s2 = retrieval_scores(torch.from_numpy(p), torch.from_numpy(a), pool=64, subsets=10, seed=7)
    s3 = retrieval_scores(p, a, pool=64, subsets=10, seed=8)
    assert s1 == s2
    assert s1["mrr"] != s3["mrr"]
    assert s1["mrr_std"] > 0


@pytest.mark.parametrize("both", [False, True])
def test_pool_strategies_and_blocking_agree(monkeypatch, both):
    """Per-pool matrices, the full-matrix shortcut and small memory blocks give identical ranks."""
    rng = np.random.default_rng(6)
    q = torch.from_numpy(rng.standard_normal((200, 6)).astype(np.float32))
    c = q + torch.from_numpy(rng.standard_normal((200, 6)).astype(np.float32))
    idx = torch.from_numpy(np.stack([rng.choice(200, 60, replace=False) for _ in range(30)]))
    expected_f = np.stack([ranks(q[i], c[i]) for i in idx])
    expected_b = np.stack([ranks(c[i], q[i]) for i in idx])
    for max_bytes in (metrics._MAX_BLOCK_BYTES, 4000):  # 4000 B: blocks of a few rows, no shared matrix
        monkeypatch.setattr(metrics, "_MAX_BLOCK_BYTES", max_bytes)
        for sub in (idx, idx[:2]):  # 30 pools: one N x N pass is cheaper (even for both
            # directions, 2 * 200**2 < 30 * 60**2); 2 pools: per-pool matrices
            out = metrics._subset_ranks(q, c, sub, "l1", both=both)
            np.testing.assert_array_equal(out[0].numpy(), expected_f[: len(sub)])
            if both:
                np.testing.assert_array_equal(out[1].numpy(), expected_b[: len(sub)])


def test_validation_mrr_constructed_case():
    # queries=2, candidates=3: batches are items (0,1), (2,3), (4,5); item 6 is ignored.
    # query 0 = audio[0] = 0 vs presets of items 0, 2, 4 = 1, 0.5, 3     -> rank 1
    # query 1 = audio[1] = 0 vs presets of items 1, 3, 5 = 0.2, 0.1, -0.1 -> rank 2
    preset = np.array([1.0, 0.2, 0.5, 0.1, 3.0, -0.1, 0.0])[:, None]
    audio = np.array([0.0, 0.0, 9.0, 9.0, 9.0, 9.0, 9.0])[:, None]
    assert validation_mrr(preset, audio, queries=2, candidates=3) == pytest.approx((1 / 2 + 1 / 3) / 2)
    with pytest.raises(ValueError, match="at least"):
        validation_mrr(preset, audio, queries=2, candidates=4)


def test_mean_l1_and_modality_gap():
    assert mean_l1(np.array([[1.0, -2.0], [3.0, 4.0]]), torch.zeros(2, 2)) == pytest.approx(2.5)
    assert modality_gap(
        np.array([[0.0, 0.0], [2.0, 0.0]]), np.array([[1.0, 3.0], [1.0, 5.0], [1.0, 4.0]])
    ) == pytest.approx(4.0)
    with pytest.raises(ValueError):
        mean_l1(np.zeros((2, 2)), np.zeros((2, 3)))


def test_input_validation():
    with pytest.raises(ValueError, match="NaN"):
        ranks(np.array([[np.nan, 0.0]]), np.zeros((1, 2)))
    with pytest.raises(ValueError, match="same number of rows"):
        ranks(np.zeros((3, 2)), np.zeros((2, 2)))
    with pytest.raises(ValueError, match="metric"):
        mrr(Q3, C3, metric="l3")
    with pytest.raises(ValueError, match="direction"):
        retrieval_scores(Q3, C3, direction="sideways")


# -- compiled kernels (synthproxy.rank_kernels) against the torch path ---------------------------


def _toy_pairs(rng, n: int, dim: int, noise: float, dtype=np.float32, step: float | None = None):
    """Aligned (queries, candidates); ``step`` rounds values to a grid, making exact distance ties common."""
    a = rng.standard_normal((n, dim)) * np.exp(rng.uniform(-1, 1, size=(1, dim)))
    q = a + noise * rng.standard_normal((n, dim))
    if step is not None:
        a, q = np.round(a / step) * step, np.round(q / step) * step
    return torch.from_numpy(q.astype(dtype)), torch.from_numpy(a.astype(dtype))


@pytest.mark.parametrize("metric", ["l1", "l2"])
@pytest.mark.parametrize("dim,dtype", [(7, np.float32), (201, np.float32), (33, np.float64), (130, np.float64)])
def test_compiled_ranks_equal_torch_ranks(monkeypatch, metric, dim, dtype):
    """Both strategies (per-pool, full matrix), both directions: the kernels give torch's ranks exactly,
    with near-ties (values on a grid), close matches (tiles exit early past 64 dimensions) and far ones."""
    pytest.importorskip("numba")
    assert metrics._compiled_plan(np.dtype(dtype).name, dim, metric) is not None  # this torch build is matched
    monkeypatch.setattr(metrics, "_FAST_MIN_WORK", 0)
    rng = np.random.default_rng(dim)
    for noise, step in ((0.05, None), (1.0, None), (0.5, 0.5)):
        q, c = _toy_pairs(rng, 300, dim, noise, dtype, step)
        for sub in (
            np.stack([rng.choice(300, 70, replace=False) for _ in range(40)]),  # full matrix once
            np.stack([rng.choice(300, 130, replace=False) for _ in range(2)]),
        ):  # per pool
            idx = torch.from_numpy(sub)
            for both in (False, True):
                monkeypatch.setattr(metrics, "USE_COMPILED", False)
                slow = metrics._subset_ranks(q, c, idx, metric, both=both)
                monkeypatch.setattr(metrics, "USE_COMPILED", True)
                fast = metrics._subset_ranks(q, c, idx, metric, both=both)
                for s, f in zip(slow, fast):
                    np.testing.assert_array_equal(f.numpy(), s.numpy())
        monkeypatch.setattr(metrics, "USE_COMPILED", False)
        slow = ranks(q, c, metric=metric)
        monkeypatch.setattr(metrics, "USE_COMPILED", True)
        np.testing.assert_array_equal(ranks(q, c, metric=metric), slow)


def test_compiled_retrieval_scores_equal_torch_and_large_pool(monkeypatch):
    """The public scores are identical either way, on a 512-d set large enough to use the kernels by default."""
    pytest.importorskip("numba")
    rng = np.random.default_rng(11)
    q, c = _toy_pairs(rng, 1500, 512, 8.0)
    kw = dict(pool=1024, subsets=3, seed=1, direction="both")
    assert 3 * 1024**2 * 512 >= metrics._FAST_MIN_WORK  # the default threshold sends this to the kernels
    assert metrics._compiled_plan("float32", 512, "l1") is not None
    fast = retrieval_scores(q, c, **kw)
    monkeypatch.setattr(metrics, "USE_COMPILED", False)
    assert retrieval_scores(q, c, **kw) == fast
    assert 0.05 < fast["preset_to_audio"]["mrr"] < 0.95  # neither trivial nor hopeless
