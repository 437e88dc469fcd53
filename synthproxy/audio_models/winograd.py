"""3x3 convolutions by Winograd's minimal filtering F(4x4, 3x3), for CPUs without native bfloat16.

On a CPU with AVX2 but neither AVX-512 BF16 nor AMX, the aisfx network runs in float32, where oneDNN's
direct convolution is already near the CPU's multiply-add rate: only fewer multiplications make it
faster. Winograd's F(4x4, 3x3) (Lavin & Gray, CVPR 2016) computes each 4x4 output tile of a 3x3
convolution from a 6x6 input tile with 36 multiplications per input-output channel pair instead of
144: the convolution becomes 36 independent matrix products (one per position of the transformed
tile), plus a transform of the input and of the output, which are linear maps with small integer
coefficients. In float32 the result differs from the direct convolution by rounding only (relative
error ~1e-6 here; the embeddings' cosine similarity with the exact network is > 0.99999).

Layout: activations are channels-last ``(B, H, W, C)`` float32 (the channel loop is the innermost,
vectorised loop of the transforms). The transforms are numba kernels (compiled once per machine,
cached in ``__pycache__``); the matrix products are one ``torch.bmm`` of 36 batches, run by the
BLAS at full speed. The output transform adds the bias and applies the ReLU in the same pass.

Transform matrices (points 0, 1, -1, 2, -2, infinity)::

    B^T = [[4,  0, -5,  0, 1, 0],      G = [[ 1/4,     0,    0],      A^T = [[1, 1,  1, 1,  1, 0],
           [0, -4, -4,  1, 1, 0],           [-1/6,  -1/6, -1/6],             [0, 1, -1, 2, -2, 0],
           [0,  4, -4, -1, 1, 0],           [-1/6,   1/6, -1/6],             [0, 1,  1, 4,  4, 0],
           [0, -2, -1,  2, 1, 0],           [1/24,  1/12,  1/6],             [0, 1, -1, 8, -8, 1]]
           [0,  2, -1, -2, 1, 0],           [1/24, -1/12,  1/6],
           [0,  4,  0, -5, 0, 1]]           [   0,     0,    1]]

``Y = A^T [(G g G^T) * (B^T d B)] A`` for a 3x3 filter ``g`` and a 6x6 input tile ``d``.

Shown in use in ``benchmarks/embed.py`` (and through :class:`synthproxy.audio_models.aisfx.AisfxModel`).
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from numba import njit

__all__ = ["WINOGRAD_TILE", "winograd_weights", "winograd_conv3x3_relu", "conv3x3_relu_single_channel"]

#: Output tile edge (F(4x4, 3x3)): each tile reads a (WINOGRAD_TILE + 2)^2 input patch.
WINOGRAD_TILE: int = 4
_PATCH: int = WINOGRAD_TILE + 2

# float32 constants: numba would evaluate ``4 * x`` for a float32 ``x`` in float64 (and not vectorise it)
_F0, _F2, _F4, _F5, _F8 = (np.float32(v) for v in (0, 2, 4, 5, 8))

_G = np.array(
    [
        [1 / 4, 0, 0],
        [-1 / 6, -1 / 6, -1 / 6],
        [-1 / 6, 1 / 6, -1 / 6],
        [1 / 24, 1 / 12, 1 / 6],
        [1 / 24, -1 / 12, 1 / 6],
        [0, 0, 1],
    ],
    dtype=np.float64,
)


def winograd_weights(weight: torch.Tensor) -> torch.Tensor:
    """Transformed filters ``G g G^T`` of a 3x3 convolution, laid out for :func:`winograd_conv3x3_relu`.

    Parameters
    ----------
    weight : torch.Tensor
        ``(C_out, C_in, 3, 3)`` convolution weights.

    Returns
    -------
    torch.Tensor
        ``(36, C_in, C_out)`` float32 (computed in float64, then rounded once).
    """
    if weight.ndim != 4 or tuple(weight.shape[2:]) != (3, 3):
        raise ValueError(f"expected (C_out, C_in, 3, 3) weights, got {tuple(weight.shape)}")
    g = torch.from_numpy(_G)
    u = torch.einsum("ai,oicj,bj->abco", g, weight.double().permute(0, 2, 1, 3), g)  # (6, 6, C_in, C_out)
    return u.reshape(_PATCH * _PATCH, weight.shape[1], weight.shape[0]).float().contiguous()


@njit(cache=True, fastmath=True, nogil=True)
def _input_transform(x: np.ndarray, tiles_h: int, tiles_w: int, out: np.ndarray) -> None:  # pragma: no cover - numba
    """``B^T d B`` of every 6x6 patch of the padded ``x`` (B, Hp, Wp, C) -> ``out`` (36, B*tiles, C)."""
    n_batch, _, _, channels = x.shape
    t = np.empty((6, 6, channels), dtype=np.float32)
    for b in range(n_batch):
        for ty in range(tiles_h):
            for tx in range(tiles_w):
                y0, x0 = 4 * ty, 4 * tx
                col = (b * tiles_h + ty) * tiles_w + tx
                for j in range(6):  # rows of the patch: t[a, j] = sum_i B^T[a, i] d[i, j]
                    d0, d1, d2 = x[b, y0, x0 + j], x[b, y0 + 1, x0 + j], x[b, y0 + 2, x0 + j]
                    d3, d4, d5 = x[b, y0 + 3, x0 + j], x[b, y0 + 4, x0 + j], x[b, y0 + 5, x0 + j]
                    for c in range(channels):
                        t[0, j, c] = _F4 * d0[c] - _F5 * d2[c] + d4[c]
                        t[1, j, c] = -_F4 * d1[c] - _F4 * d2[c] + d3[c] + d4[c]
                        t[2, j, c] = _F4 * d1[c] - _F4 * d2[c] - d3[c] + d4[c]
                        t[3, j, c] = -_F2 * d1[c] - d2[c] + _F2 * d3[c] + d4[c]
                        t[4, j, c] = _F2 * d1[c] - d2[c] - _F2 * d3[c] + d4[c]
                        t[5, j, c] = _F4 * d1[c] - _F5 * d3[c] + d5[c]
                for a in range(6):  # columns: out[a, e] = sum_j t[a, j] B[j, e]
                    r = t[a]
                    o0, o1, o2 = out[6 * a, col], out[6 * a + 1, col], out[6 * a + 2, col]
                    o3, o4, o5 = out[6 * a + 3, col], out[6 * a + 4, col], out[6 * a + 5, col]
                    for c in range(channels):
                        o0[c] = _F4 * r[0, c] - _F5 * r[2, c] + r[4, c]
                        o1[c] = -_F4 * r[1, c] - _F4 * r[2, c] + r[3, c] + r[4, c]
                        o2[c] = _F4 * r[1, c] - _F4 * r[2, c] - r[3, c] + r[4, c]
                        o3[c] = -_F2 * r[1, c] - r[2, c] + _F2 * r[3, c] + r[4, c]
                        o4[c] = _F2 * r[1, c] - r[2, c] - _F2 * r[3, c] + r[4, c]
                        o5[c] = _F4 * r[1, c] - _F5 * r[3, c] + r[5, c]


@njit(cache=True, fastmath=True, nogil=True)
def _output_transform(
    m: np.ndarray, bias: np.ndarray, tiles_h: int, tiles_w: int, out: np.ndarray
) -> None:  # pragma: no cover - numba
    """``relu(A^T M A + bias)`` of every tile of ``m`` (36, B*tiles, C) -> ``out`` (B, H, W, C), cropped."""
    n_batch, height, width, channels = out.shape
    t = np.empty((6, 4, channels), dtype=np.float32)
    y = np.empty((4, channels), dtype=np.float32)
    for b in range(n_batch):
        for ty in range(tiles_h):
            for tx in range(tiles_w):
                col = (b * tiles_h + ty) * tiles_w + tx
                for a in range(6):  # t[a, q] = sum_e M[a, e] A[e, q]
                    m0, m1, m2 = m[6 * a, col], m[6 * a + 1, col], m[6 * a + 2, col]
                    m3, m4, m5 = m[6 * a + 3, col], m[6 * a + 4, col], m[6 * a + 5, col]
                    for c in range(channels):
                        t[a, 0, c] = m0[c] + m1[c] + m2[c] + m3[c] + m4[c]
                        t[a, 1, c] = m1[c] - m2[c] + _F2 * m3[c] - _F2 * m4[c]
                        t[a, 2, c] = m1[c] + m2[c] + _F4 * m3[c] + _F4 * m4[c]
                        t[a, 3, c] = m1[c] - m2[c] + _F8 * m3[c] - _F8 * m4[c] + m5[c]
                for q in range(4):  # Y[p, q] = sum_a A^T[p, a] t[a, q]
                    xq = 4 * tx + q
                    if xq >= width:
                        break
                    for c in range(channels):
                        t0, t1, t2, t3, t4, t5 = t[0, q, c], t[1, q, c], t[2, q, c], t[3, q, c], t[4, q, c], t[5, q, c]
                        y[0, c] = t0 + t1 + t2 + t3 + t4
                        y[1, c] = t1 - t2 + _F2 * t3 - _F2 * t4
                        y[2, c] = t1 + t2 + _F4 * t3 + _F4 * t4
                        y[3, c] = t1 - t2 + _F8 * t3 - _F8 * t4 + t5
                    for p in range(4):
                        yp = 4 * ty + p
                        if yp >= height:
                            break
                        row = out[b, yp, xq]
                        for c in range(channels):
                            v = y[p, c] + bias[c]
                            row[c] = v if v > _F0 else _F0


@njit(cache=True, fastmath=True, nogil=True)
def _single_channel_conv(x: np.ndarray, w: np.ndarray, bias: np.ndarray, out: np.ndarray) -> None:  # pragma: no cover
    """``relu(bias + sum_taps x * w)`` of a padded one-channel ``x`` (B, H+2, W+2) -> ``out`` (B, H, W, C_out)."""
    n_batch, height, width, channels = out.shape
    for b in range(n_batch):
        for y in range(height):
            for x0 in range(width):
                row = out[b, y, x0]
                for c in range(channels):
                    row[c] = bias[c]
                for dy in range(3):
                    for dx in range(3):
                        v = x[b, y + dy, x0 + dx]
                        wt = w[3 * dy + dx]
                        for c in range(channels):
                            row[c] += v * wt[c]
                for c in range(channels):
                    row[c] = row[c] if row[c] > _F0 else _F0


def conv3x3_relu_single_channel(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """``relu(conv2d(x[:, None], weight, bias, padding=1))`` for one input channel, output channels last.

    Parameters
    ----------
    x : torch.Tensor
        ``(B, H, W)`` float32.
    weight : torch.Tensor
        ``(C_out, 1, 3, 3)``.
    bias : torch.Tensor
        ``(C_out,)``.

    Returns
    -------
    torch.Tensor
        ``(B, H, W, C_out)`` float32: the input layout of :func:`winograd_conv3x3_relu`, in one pass.
    """
    if weight.ndim != 4 or tuple(weight.shape[1:]) != (1, 3, 3):
        raise ValueError(f"expected (C_out, 1, 3, 3) weights, got {tuple(weight.shape)}")
    padded = F.pad(x, (1, 1, 1, 1)).contiguous()
    taps = weight.detach().reshape(weight.shape[0], 9).t().contiguous()  # (9, C_out)
    out = torch.empty((*x.shape, weight.shape[0]), dtype=torch.float32)
    _single_channel_conv(padded.numpy(), taps.numpy(), bias.detach().contiguous().numpy(), out.numpy())
    return out


def _buffer(workspace: dict | None, name: str, shape: tuple[int, ...]) -> torch.Tensor:
    """A float32 scratch tensor of ``shape``, reused from ``workspace`` when it has one of that shape.

    Reusing buffers matters: a fresh tensor of tens of MB is page-faulted in on every call, which made
    the matrix products 3x slower than into a warm buffer.
    """
    if workspace is None:
        return torch.empty(shape, dtype=torch.float32)
    key = (name, shape)
    buf = workspace.get(key)
    if buf is None:
        buf = workspace[key] = torch.empty(shape, dtype=torch.float32)
    return buf


def winograd_conv3x3_relu(
    x: torch.Tensor, u: torch.Tensor, bias: torch.Tensor, workspace: dict | None = None
) -> torch.Tensor:
    """``relu(conv2d(x, w, bias, padding=1))`` for a 3x3 filter, channels-last, by F(4x4, 3x3).

    Parameters
    ----------
    x : torch.Tensor
        ``(B, H, W, C_in)`` float32 activations (channels last).
    u : torch.Tensor
        ``(36, C_in, C_out)`` transformed filters from :func:`winograd_weights`.
    bias : torch.Tensor
        ``(C_out,)`` float32.
    workspace : dict, optional
        Scratch buffers kept between calls (by shape); the returned tensor is always new.

    Returns
    -------
    torch.Tensor
        ``(B, H, W, C_out)`` float32.
    """
    n_batch, height, width, _ = x.shape
    tiles_h, tiles_w = -(-height // WINOGRAD_TILE), -(-width // WINOGRAD_TILE)
    # zero padding: 1 before (the convolution's own), enough after to complete the last tiles
    padded = _buffer(
        workspace, "padded", (n_batch, WINOGRAD_TILE * tiles_h + 2, WINOGRAD_TILE * tiles_w + 2, x.shape[3])
    )
    padded.zero_()
    padded[:, 1 : height + 1, 1 : width + 1] = x
    n_tiles = n_batch * tiles_h * tiles_w
    v = _buffer(workspace, "v", (_PATCH * _PATCH, n_tiles, x.shape[3]))
    _input_transform(padded.numpy(), tiles_h, tiles_w, v.numpy())
    m = _buffer(workspace, "m", (_PATCH * _PATCH, n_tiles, u.shape[2]))
    torch.bmm(v, u, out=m)  # 36 matrix products (tiles, C_in) @ (C_in, C_out)
    out = torch.empty((n_batch, height, width, u.shape[2]), dtype=torch.float32)
    _output_transform(m.numpy(), bias.contiguous().numpy(), tiles_h, tiles_w, out.numpy())
    return out
