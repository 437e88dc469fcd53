"""Winograd F(4x4, 3x3) convolutions against torch's direct convolution."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from synthproxy.audio_models.winograd import conv3x3_relu_single_channel, winograd_conv3x3_relu, winograd_weights
from synthproxy.audio_models.winograd_fused import (
    FusedWinogradNet,
    _Workspace,
    conv3x3_relu_single_channel_into,
    valid_rows,
    winograd_conv3x3_relu_into,
)


@pytest.mark.parametrize(
    "shape",
    [(1, 1, 1, 1, 1), (2, 5, 7, 3, 4), (3, 12, 12, 16, 8), (2, 25, 24, 9, 17), (1, 100, 96, 4, 6), (2, 4, 8, 2, 3)],
)
def test_winograd_equals_direct_convolution(shape):
    batch, height, width, c_in, c_out = shape
    gen = torch.Generator().manual_seed(sum(shape))
    x = torch.randn(batch, c_in, height, width, generator=gen)
    w = torch.randn(c_out, c_in, 3, 3, generator=gen)
    b = torch.randn(c_out, generator=gen)
    expected = F.relu(F.conv2d(x.double(), w.double(), b.double(), padding=1))
    workspace: dict = {}
    for _ in range(2):  # a second call reuses (and must fully overwrite) the scratch buffers
        got = winograd_conv3x3_relu(x.permute(0, 2, 3, 1).contiguous(), winograd_weights(w), b, workspace)
        assert got.shape == (batch, height, width, c_out) and got.dtype == torch.float32
        scale = expected.abs().max().item() + 1e-12
        assert (got.permute(0, 3, 1, 2).double() - expected).abs().max().item() <= 1e-5 * scale


def test_winograd_weights_rejects_other_kernels():
    with pytest.raises(ValueError):
        winograd_weights(torch.zeros(4, 3, 5, 5))


@pytest.mark.parametrize("shape", [(1, 1, 1, 1), (2, 7, 5, 3), (3, 100, 96, 64)])
def test_single_channel_convolution_equals_direct(shape):
    batch, height, width, c_out = shape
    gen = torch.Generator().manual_seed(sum(shape))
    x, w, b = (
        torch.randn(batch, height, width, generator=gen),
        torch.randn(c_out, 1, 3, 3, generator=gen),
        torch.randn(c_out, generator=gen),
    )
    expected = F.relu(F.conv2d(x[:, None].double(), w.double(), b.double(), padding=1)).permute(0, 2, 3, 1)
    got = conv3x3_relu_single_channel(x, w, b)
    assert got.shape == (batch, height, width, c_out)
    assert (got.double() - expected).abs().max().item() <= 1e-5 * (expected.abs().max().item() + 1e-12)


# ---------------------------------------------------------------- fused layers (precision="winograd_fused")


@pytest.mark.parametrize("pool", [False, True])
@pytest.mark.parametrize("shape", [(1, 2, 3, 1, 1), (2, 5, 7, 3, 4), (2, 25, 24, 9, 17), (1, 100, 96, 4, 6)])
def test_winograd_into_equals_direct_convolution(shape, pool):
    """Written into the interior of a bordered buffer (``off=1``), optionally 2x2 max-pooled, rows cut short."""
    batch, height, width, c_in, c_out = shape
    gen = torch.Generator().manual_seed(sum(shape) + pool)
    x = torch.randn(batch, c_in, height, width, generator=gen)
    w, b = torch.randn(c_out, c_in, 3, 3, generator=gen), torch.randn(c_out, generator=gen)
    expected = F.relu(F.conv2d(x.double(), w.double(), b.double(), padding=1))
    if pool:
        expected = F.max_pool2d(expected, 2)
    expected = expected.permute(0, 2, 3, 1)
    padded = torch.zeros(batch, 4 * -(-height // 4) + 2, 4 * -(-width // 4) + 2, c_in)
    padded[:, 1 : height + 1, 1 : width + 1] = x.permute(0, 2, 3, 1)
    u, scale = winograd_weights(w), expected.abs().max().item() + 1e-12
    workspace = _Workspace()
    for rows in sorted({1, height // 2 + 1, height}):
        out = torch.full((batch, expected.shape[1] + 3, expected.shape[2] + 3, c_out), -7.0)
        done = winograd_conv3x3_relu_into(padded, u, b, (height, width, rows), pool, out, 1, workspace)
        assert done >= min(-(-rows // 2) if pool else rows, expected.shape[1]) and done <= expected.shape[1]
        got = out[:, 1 : 1 + done, 1 : 1 + expected.shape[2]]
        assert (got.double() - expected[:, :done]).abs().max().item() <= 1e-5 * scale
        assert (out[:, 0] == -7.0).all() and (out[:, 1 + done :] == -7.0).all()  # nothing written outside


def test_single_channel_into_equals_direct():
    gen = torch.Generator().manual_seed(5)
    x, w, b = (
        torch.randn(3, 10, 9, generator=gen),
        torch.randn(8, 1, 3, 3, generator=gen),
        torch.randn(8, generator=gen),
    )
    expected = F.relu(F.conv2d(x[:, None].double(), w.double(), b.double(), padding=1)).permute(0, 2, 3, 1)
    out = torch.full((3, 14, 13, 8), -7.0)
    conv3x3_relu_single_channel_into(x, w.reshape(8, 9).t().contiguous(), b, 6, out, 1)
    assert (out[:, 1:7, 1:10].double() - expected[:, :6]).abs().max().item() <= 1e-5 * expected.abs().max().item()
    assert (out[:, 7:] == -7.0).all() and (out[:, 0] == -7.0).all()


def test_valid_rows():
    blocks = torch.zeros(3, 10, 4)
    assert valid_rows(blocks) == 0
    blocks[1, 6, 2] = 0.5
    blocks[2, 2, 0] = 1.0
    assert valid_rows(blocks) == 7


def _small_net(gen: torch.Generator) -> tuple[list[tuple[torch.Tensor, torch.Tensor]], set[int]]:
    """Random convolutions in aisfx's layout (pairs of 3x3 convolutions, pooling after the first three pairs)."""
    channels = (1, 4, 4, 6, 6, 8, 8, 10, 10)
    convs = [
        (0.5 * torch.randn(c_out, c_in, 3, 3, generator=gen), 0.1 * torch.randn(c_out, generator=gen))
        for c_in, c_out in zip(channels[:-1], channels[1:])
    ]
    return convs, {1, 3, 5}


def _direct(convs: list[tuple[torch.Tensor, torch.Tensor]], pool_after: set[int], blocks: torch.Tensor) -> torch.Tensor:
    x = blocks[:, None].double()
    for k, (w, b) in enumerate(convs):
        x = F.relu(F.conv2d(x, w.double(), b.double(), padding=1))
        if k in pool_after:
            x = F.max_pool2d(x, 2)
    return x.mean(dim=3).amax(dim=2)


@pytest.mark.parametrize("zero_from", [0, 1, 29, 50, 87, 99, 100])
def test_fused_net_equals_direct_network(zero_from):
    """Blocks whose rows from ``zero_from`` on are zero (a short clip's padding, or silence): the rows that only see
    zeros come from the all-zero block computed once, and must give what the whole network gives."""
    gen = torch.Generator().manual_seed(zero_from)
    convs, pool_after = _small_net(gen)
    blocks = torch.rand(3, 100, 96, generator=gen)
    blocks[:, zero_from:] = 0
    blocks[2, max(zero_from - 30, 0) :] = 0  # a block with fewer rows than the others
    expected = _direct(convs, pool_after, blocks)
    scale = expected.abs().max().item() + 1e-12
    for skip in (True, False):
        net = FusedWinogradNet(convs, pool_after, skip_zero_rows=skip)
        for _ in range(2):  # the second call reuses the bordered buffers, whose interior must be fully rewritten
            got = net(blocks)
            assert got.shape == (3, 10) and got.dtype == torch.float32
            assert (got.double() - expected).abs().max().item() <= 1e-5 * scale
        one = net(blocks[2:3])  # alone: fewer rows computed, same result
        assert (one.double() - expected[2:3]).abs().max().item() <= 1e-5 * scale


def test_fused_net_skips_work_on_zero_rows():
    """A wrong dependency rule would go unnoticed if nothing were skipped: the skip must shrink the products."""
    convs, pool_after = _small_net(torch.Generator().manual_seed(0))
    blocks = torch.rand(2, 100, 96)
    blocks[:, 40:] = 0
    net = FusedWinogradNet(convs, pool_after)
    net(blocks)
    skipped = net.workspace.flat["v"].numel()
    full = FusedWinogradNet(convs, pool_after, skip_zero_rows=False)
    full(blocks)
    assert skipped < full.workspace.flat["v"].numel()
