"""The aisfx network by Winograd F(4x4, 3x3) with every layer writing straight into the next one's input.

:mod:`synthproxy.audio_models.winograd` computes one convolution at a time: each call zero-pads its
input into a scratch buffer, and the 2x2 max pooling after three of the convolutions is a separate
torch pass with two layout changes. On a CPU without native bfloat16 those copies cost as much as a
third of the matrix products. Here (``precision="winograd_fused"`` of
:class:`~synthproxy.audio_models.aisfx.AisfxModel`):

- every convolution's input lives in a zero-bordered buffer of its own, kept between calls, whose
  border is never written: the layer before writes only its interior, so no padding pass remains;
- the first convolution (one input channel) writes its ReLU output into that interior directly;
- the output transform of a convolution followed by pooling writes the 2x2 maximum only
  (``max(relu(y_i + b)) = relu(max(y_i) + b)``: the same numbers, a quarter of the writes);
- the features' padding past the end of a short clip is not computed twice: the rows of every layer that
  only see the zero frames of the last block are the same for every clip with that many frames, so they
  are computed once (from an all-zero block) and copied; only the tile rows that see the clip are
  transformed and multiplied (for a 2 s clip, 87 frames in a 100-frame block: 2 of 25 tile rows of the
  first Winograd layer, 1 of 13 of the next two); the last row of the 25-row layer before the last
  pooling, which the pooling drops, is not computed either.

Arithmetic per output is that of :class:`~synthproxy.audio_models.aisfx.WinogradAisfxNet` (same
transforms, same matrix products); only which tiles are computed and where results are stored differ,
so embeddings equal the ``"winograd"`` ones up to float32 rounding (cosine similarity > 0.99999 with the
exact network on every clip of ``benchmarks/embed.py``).

Shown in use in ``benchmarks/embed.py`` (and through :class:`synthproxy.audio_models.aisfx.AisfxModel`).
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from numba import njit

from synthproxy.audio_models.winograd import WINOGRAD_TILE, _input_transform, winograd_weights

__all__ = ["FusedWinogradNet", "conv3x3_relu_single_channel_into", "valid_rows", "winograd_conv3x3_relu_into"]

_PATCH: int = WINOGRAD_TILE + 2
_F0, _F2, _F4, _F8 = (np.float32(v) for v in (0, 2, 4, 8))


@njit(cache=True, fastmath=True, nogil=True)
def _single_channel_conv_into(
    x: np.ndarray, w: np.ndarray, bias: np.ndarray, rows: int, out: np.ndarray, off: int
) -> None:  # pragma: no cover - numba
    """``relu(bias + sum_taps x * w)`` of a padded one-channel ``x`` (B, H+2, W+2), rows ``< rows`` only,
    into ``out[:, off + y, off + x]`` (B, ., ., C_out)."""
    n_batch = x.shape[0]
    width = x.shape[2] - 2
    channels = w.shape[1]
    acc = np.empty(channels, dtype=np.float32)
    for b in range(n_batch):
        for y in range(rows):
            for x0 in range(width):
                for c in range(channels):
                    acc[c] = bias[c]
                for dy in range(3):
                    for dx in range(3):
                        v = x[b, y + dy, x0 + dx]
                        wt = w[3 * dy + dx]
                        for c in range(channels):
                            acc[c] += v * wt[c]
                row = out[b, off + y, off + x0]
                for c in range(channels):
                    row[c] = acc[c] if acc[c] > _F0 else _F0


@njit(cache=True, fastmath=True, nogil=True)
def _output_transform_into(
    m: np.ndarray,
    bias: np.ndarray,
    n_batch: int,
    tiles_h: int,
    tiles_w: int,
    height: int,
    width: int,
    pool: bool,
    out: np.ndarray,
    off: int,
) -> None:  # pragma: no cover - numba
    """``relu(A^T M A + bias)`` of the tiles of ``m`` (36, B*tiles_h*tiles_w, C), cropped to ``height x width``
    and 2x2 max-pooled when ``pool``, into ``out[:, off + y, off + x]``."""
    channels = m.shape[2]
    t = np.empty((6, 4, channels), dtype=np.float32)
    y = np.empty((4, 4, channels), dtype=np.float32)
    out_h, out_w = (height // 2, width // 2) if pool else (height, width)
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
                    for c in range(channels):
                        t0, t1, t2, t3, t4, t5 = t[0, q, c], t[1, q, c], t[2, q, c], t[3, q, c], t[4, q, c], t[5, q, c]
                        y[0, q, c] = t0 + t1 + t2 + t3 + t4
                        y[1, q, c] = t1 - t2 + _F2 * t3 - _F2 * t4
                        y[2, q, c] = t1 + t2 + _F4 * t3 + _F4 * t4
                        y[3, q, c] = t1 - t2 + _F8 * t3 - _F8 * t4 + t5
                if pool:
                    for p in range(2):
                        yp = 2 * ty + p
                        if yp >= out_h:
                            break
                        for q in range(2):
                            xq = 2 * tx + q
                            if xq >= out_w:
                                break
                            row = out[b, off + yp, off + xq]
                            y0, y1, y2, y3 = (
                                y[2 * p, 2 * q],
                                y[2 * p, 2 * q + 1],
                                y[2 * p + 1, 2 * q],
                                y[2 * p + 1, 2 * q + 1],
                            )
                            for c in range(channels):
                                v = max(max(y0[c], y1[c]), max(y2[c], y3[c])) + bias[c]
                                row[c] = v if v > _F0 else _F0
                else:
                    for p in range(4):
                        yp = 4 * ty + p
                        if yp >= out_h:
                            break
                        for q in range(4):
                            xq = 4 * tx + q
                            if xq >= out_w:
                                break
                            row = out[b, off + yp, off + xq]
                            yv = y[p, q]
                            for c in range(channels):
                                v = yv[c] + bias[c]
                                row[c] = v if v > _F0 else _F0


def valid_rows(blocks: torch.Tensor) -> int:
    """Rows of ``blocks`` (B, H, W) up to the last one that is not all zeros, in the block with most such rows.

    Rows past it are zeros in every block (the padding after a clip's end, or digital silence): what the
    network computes from them is the same for every clip (:class:`FusedWinogradNet`).
    """
    nonzero = blocks.ne(0).any(dim=2).any(dim=0)  # (H,)
    index = torch.nonzero(nonzero)
    return int(index[-1, 0]) + 1 if index.numel() else 0


class _Workspace:
    """Scratch tensors kept between calls: zero-bordered layer inputs by shape, and flat products buffers."""

    def __init__(self) -> None:
        self.padded: dict[tuple[str, tuple[int, ...]], torch.Tensor] = {}
        self.flat: dict[str, torch.Tensor] = {}

    def bordered(self, name: str, shape: tuple[int, ...]) -> torch.Tensor:
        """A ``(B, 4 * tiles_h + 2, 4 * tiles_w + 2, C)`` buffer zeroed once (only its interior is ever written)."""
        buf = self.padded.get((name, shape))
        if buf is None:
            buf = self.padded[(name, shape)] = torch.zeros(shape, dtype=torch.float32)
        return buf

    def scratch(self, name: str, shape: tuple[int, ...]) -> torch.Tensor:
        """A float32 tensor of ``shape`` on memory reused between calls (a fresh one is page-faulted every time)."""
        numel = int(np.prod(shape))
        flat = self.flat.get(name)
        if flat is None or flat.numel() < numel:
            flat = self.flat[name] = torch.empty(numel, dtype=torch.float32)
        return flat[:numel].view(shape)


def winograd_conv3x3_relu_into(
    padded: torch.Tensor,
    u: torch.Tensor,
    bias: torch.Tensor,
    size: tuple[int, int, int],
    pool: bool,
    out: torch.Tensor,
    off: int,
    workspace: _Workspace | None = None,
) -> int:
    """``relu(conv2d(x, w, bias, padding=1))`` by F(4x4, 3x3), optionally 2x2 max-pooled, written into ``out``.

    Parameters
    ----------
    padded : torch.Tensor
        ``(B, 4 * ceil(H / 4) + 2, 4 * ceil(W / 4) + 2, C_in)`` float32: the input ``x`` (B, H, W, C_in) at
        ``[:, 1 : H + 1, 1 : W + 1]``, zeros around it.
    u : torch.Tensor
        ``(36, C_in, C_out)`` from :func:`~synthproxy.audio_models.winograd.winograd_weights`.
    bias : torch.Tensor
        ``(C_out,)`` float32, contiguous.
    size : tuple of int
        ``(H, W, rows)``: the input's height and width, and how many output rows from the top are needed
        (the rest is not computed; rounded up to whole 4-row tiles).
    pool : bool
        Write the 2x2 max pooling (``floor(H / 2) x floor(W / 2)``) of the output instead of the output.
    out : torch.Tensor
        ``(B, ., ., C_out)`` float32, C-contiguous; the result goes to ``out[:, off + y, off + x]``.
    off : int
        0, or 1 to write the interior of the next layer's zero-bordered input.
    workspace : _Workspace, optional
        Scratch buffers kept between calls.

    Returns
    -------
    int
        Output rows written (pooled rows when ``pool``), from the top.
    """
    height, width, rows = size
    n_batch, c_in, c_out = padded.shape[0], u.shape[1], u.shape[2]
    tiles_h, tiles_w = -(-min(rows, height) // WINOGRAD_TILE), -(-width // WINOGRAD_TILE)
    work = workspace or _Workspace()
    n_tiles = n_batch * tiles_h * tiles_w
    v = work.scratch("v", (_PATCH * _PATCH, n_tiles, c_in))
    _input_transform(padded.numpy(), tiles_h, tiles_w, v.numpy())
    m = work.scratch("m", (_PATCH * _PATCH, n_tiles, c_out))
    torch.bmm(v, u, out=m)  # 36 matrix products (tiles, C_in) @ (C_in, C_out)
    _output_transform_into(m.numpy(), bias.numpy(), n_batch, tiles_h, tiles_w, height, width, pool, out.numpy(), off)
    return min(2 * tiles_h, height // 2) if pool else min(4 * tiles_h, height)


def conv3x3_relu_single_channel_into(
    x: torch.Tensor, taps: torch.Tensor, bias: torch.Tensor, rows: int, out: torch.Tensor, off: int = 1
) -> None:
    """``relu(conv2d(x[:, None], weight, bias, padding=1))`` for one input channel, rows ``< rows``, into ``out``.

    Parameters
    ----------
    x : torch.Tensor
        ``(B, H, W)`` float32.
    taps : torch.Tensor
        ``(9, C_out)``: the ``(C_out, 1, 3, 3)`` weights as ``weight.reshape(C_out, 9).t()``, contiguous.
    bias : torch.Tensor
        ``(C_out,)``, contiguous.
    rows : int
        Output rows computed, from the top (``<= H``).
    out : torch.Tensor
        ``(B, ., ., C_out)`` float32, C-contiguous: row ``y``, column ``x`` go to ``out[:, off + y, off + x]``.
    off : int
        Offset of the result in ``out`` (1: the interior of :func:`winograd_conv3x3_relu_into`'s input).
    """
    padded = F.pad(x, (1, 1, 1, 1)).contiguous()
    _single_channel_conv_into(padded.numpy(), taps.numpy(), bias.numpy(), min(rows, x.shape[1]), out.numpy(), off)


def _bordered_shape(n_batch: int, height: int, width: int, channels: int) -> tuple[int, int, int, int]:
    tile = WINOGRAD_TILE
    return (n_batch, tile * -(-height // tile) + 2, tile * -(-width // tile) + 2, channels)


class FusedWinogradNet:
    """An :class:`~synthproxy.audio_models.aisfx.AisfxNet` (batch norms folded) run as described in the module
    docstring: ``(B, H, W)`` float32 blocks (time x mels) -> ``(B, C)`` float32, the last layer's output averaged
    over W (mels), then its maximum over H (time), as :meth:`~synthproxy.audio_models.aisfx.AisfxNet.forward`.

    Parameters
    ----------
    convs : list of (torch.Tensor, torch.Tensor)
        ``(weight, bias)`` of the convolutions in order, the first with one input channel.
    pool_after : set of int
        Indices in ``convs`` of the convolutions followed by 2x2 max pooling.
    skip_zero_rows : bool
        Compute the trailing all-zero rows' share once (from an all-zero block) instead of for every block.
    """

    def __init__(
        self, convs: list[tuple[torch.Tensor, torch.Tensor]], pool_after: set[int], skip_zero_rows: bool = True
    ) -> None:
        first_w, first_b = convs[0]
        self.first = (first_w.detach().reshape(first_w.shape[0], 9).t().contiguous(), first_b.detach().contiguous())
        self.layers = [(winograd_weights(w.detach()), b.detach().contiguous()) for w, b in convs[1:]]
        self.pool_after = {k - 1 for k in pool_after}  # indices in self.layers
        self.skip_zero_rows = skip_zero_rows
        self.workspace = _Workspace()
        self._zero: dict[tuple[int, int], list[torch.Tensor]] = {}

    def __call__(self, blocks: torch.Tensor) -> torch.Tensor:
        """``(B, H, W)`` float32 blocks -> ``(B, C_last)`` float32 (mean over W, then max over H)."""
        height = blocks.shape[1]
        rows = valid_rows(blocks) if self.skip_zero_rows else height
        if rows >= height:
            return self._run(blocks.contiguous(), height, None)
        return self._run(blocks.contiguous(), rows, self._zero_block(height, blocks.shape[2]))

    def _zero_block(self, height: int, width: int) -> list[torch.Tensor]:
        """Every layer's output ``(H_k, W_k, C_k)`` for an all-zero ``(height, width)`` block, computed once."""
        key = (height, width)
        if key not in self._zero:
            record: list[torch.Tensor] = []
            self._run(torch.zeros((1, height, width)), height, None, record)
            self._zero[key] = record
        return self._zero[key]

    def _run(
        self, blocks: torch.Tensor, rows: int, zero: list[torch.Tensor] | None, record: list | None = None
    ) -> torch.Tensor:
        """The network on ``blocks`` whose rows from ``rows`` on are zero; ``zero``: :meth:`_zero_block`'s layers
        (rows past what each layer computes are copied from it); ``record`` collects each layer's output."""
        n_batch, height, width = blocks.shape
        taps, bias = self.first
        needed = min(rows + 1, height)  # output rows that see a non-zero input row
        x = self.workspace.bordered("in0", _bordered_shape(n_batch, height, width, taps.shape[1]))
        conv3x3_relu_single_channel_into(blocks, taps, bias, needed, x, 1)
        done, layer = needed, 0
        for k, (u, b) in enumerate(self.layers):
            if zero is not None and done < height:
                x[:, 1 + done : 1 + height, 1 : 1 + width] = zero[layer][done:height]
            if record is not None:
                record.append(x[0, 1 : 1 + height, 1 : 1 + width].clone())
            pool, last = k in self.pool_after, k == len(self.layers) - 1
            needed = min(needed + 1, height)
            if pool:  # pooling drops the last row of an odd height: no need to compute it
                needed = min(needed, 2 * (height // 2))
            out_h, out_w = (height // 2, width // 2) if pool else (height, width)
            if last:
                out, off = self.workspace.scratch("out", (n_batch, out_h, out_w, u.shape[2])), 0
            else:
                out, off = self.workspace.bordered(f"in{k + 1}", _bordered_shape(n_batch, out_h, out_w, u.shape[2])), 1
            done = winograd_conv3x3_relu_into(x, u, b, (height, width, needed), pool, out, off, self.workspace)
            needed = min(-(-needed // 2), out_h) if pool else needed
            x, height, width, layer = out, out_h, out_w, layer + 1
        if zero is not None and done < height:
            x[:, done:height] = zero[layer][done:height]
        if record is not None:
            record.append(x[0].clone())
        return x.mean(dim=2).amax(dim=1)
