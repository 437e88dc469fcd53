"""synthproxy.pairwise_l1: the numba kernels give torch.cdist(p=1)'s distances and gradients."""

from __future__ import annotations

import pytest
import torch

from synthproxy import pairwise_l1 as pl1
from synthproxy.pairwise_l1 import pairwise_l1
from synthproxy.train import distillation_loss

pytestmark = pytest.mark.skipif(not pl1.compiled_available(), reason="numba is not installed")


def _cdist_and_grads(a: torch.Tensor, b: torch.Tensor, g: torch.Tensor, fn) -> tuple[torch.Tensor, ...]:
    """``fn(a, b)``, and the gradients of ``sum(fn(a, b) * g)`` with respect to ``a`` and ``b``."""
    a, b = a.detach().clone().requires_grad_(), b.detach().clone().requires_grad_()
    out = fn(a, b)
    out.backward(g)
    return out.detach(), a.grad, b.grad


def test_gradcheck_float64():
    """Exact gradients (finite differences, float64) of both inputs, odd sizes (tiles and dimensions not full)."""
    gen = torch.Generator().manual_seed(0)
    for n, m, dim in ((3, 5, 2), (7, 70, 9), (66, 4, 1)):
        a = torch.randn(n, dim, dtype=torch.float64, generator=gen, requires_grad=True)
        b = torch.randn(m, dim, dtype=torch.float64, generator=gen, requires_grad=True)
        assert torch.autograd.gradcheck(pairwise_l1, (a, b))


def test_equals_cdist_float32_512():
    """B = 512, D = 512 (a training batch of aisfx embeddings): values and gradients as torch.cdist's."""
    gen = torch.Generator().manual_seed(1)
    a, b = torch.randn(512, 512, generator=gen), torch.randn(512, 512, generator=gen)
    g = torch.randn(512, 512, generator=gen)
    mine = _cdist_and_grads(a, b, g, pairwise_l1)
    ref = _cdist_and_grads(a, b, g, lambda x, y: torch.cdist(x, y, p=1.0))
    for got, want in zip(mine, ref):
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-3)


def test_ties_have_zero_gradient_like_cdist():
    """Equal coordinates (sign 0) and repeated rows, non-square, only ``a`` requiring a gradient."""
    a = torch.tensor([[0.0, 1.0, 2.0], [1.0, 1.0, 1.0], [0.5, -1.0, 2.0]], dtype=torch.float64)
    b = torch.tensor([[0.0, 1.0, 3.0], [1.0, 1.0, 1.0]], dtype=torch.float64)
    g = torch.arange(6, dtype=torch.float64).reshape(3, 2) - 2.0
    mine = _cdist_and_grads(a, b, g, pairwise_l1)
    ref = _cdist_and_grads(a, b, g, lambda x, y: torch.cdist(x, y, p=1.0))
    for got, want in zip(mine, ref):
        torch.testing.assert_close(got, want, rtol=0, atol=0)
    x = a.clone().requires_grad_()
    pairwise_l1(x, b).sum().backward()  # b needs no gradient: none computed
    assert x.grad is not None and b.grad is None


def test_old_path_selectable_and_loss_unchanged(monkeypatch):
    """USE_COMPILED = False goes through torch.cdist; the contrastive loss and its gradient agree either way."""
    gen = torch.Generator().manual_seed(2)
    pred, target = torch.randn(64, 40, generator=gen), torch.randn(64, 40, generator=gen)
    results = []
    for compiled in (True, False):
        monkeypatch.setattr(pl1, "USE_COMPILED", compiled)
        p = pred.clone().requires_grad_()
        loss = distillation_loss(p, target, contrastive=0.5, temperature=0.05)
        loss.backward()
        results.append((loss.detach(), p.grad))
    torch.testing.assert_close(results[0][0], results[1][0], rtol=1e-6, atol=0)
    torch.testing.assert_close(results[0][1], results[1][1], rtol=1e-5, atol=1e-8)


def test_shapes_are_checked():
    with pytest.raises(ValueError, match="expected"):
        pairwise_l1(torch.zeros(2, 3), torch.zeros(2, 4))
    assert pairwise_l1(torch.zeros(0, 3), torch.zeros(2, 3)).shape == (0, 2)  # empty: torch.cdist
