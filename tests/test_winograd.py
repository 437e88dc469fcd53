"""Winograd F(4x4, 3x3) convolutions against torch's direct convolution."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from synthproxy.audio_models.winograd import conv3x3_relu_single_channel, winograd_conv3x3_relu, winograd_weights


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
