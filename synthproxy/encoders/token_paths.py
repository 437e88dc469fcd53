"""Faster forward passes of the token models (``gru``, ``transformer``): the same functions, less work.

Both token models spent most of a CPU training step on work whose result is thrown away or can be had
for less (``benchmarks/train.py`` has the numbers and the profile):

- **Transformer** (:func:`transformer_cls`): the encoder layers of ``nn.TransformerEncoderLayer``
  called by hand with the same parameters (one input projection, fused attention by
  :func:`torch.nn.functional.scaled_dot_product_attention` on strided views: no
  ``nn.MultiheadAttention`` transposes and copies). The *last* layer computes only what the CLS
  output needs: its query, and its attention over the other tokens by associativity,
  ``q . (W_k n_t) = (W_k^T q) . n_t`` and ``sum_t a_t W_v n_t = W_v sum_t a_t n_t``, so neither keys nor
  values nor the feed-forward block are computed for the 100 other tokens.
- **GRU** (:func:`bigru_summary`): a GRU's input gates ``W_ih token + b_ih`` are linear in the
  token, and a token is ``value * table_row + position`` (:meth:`Tokenizer.token_rows`), so the
  gates are ``value * (W_ih table_row) + (W_ih position + b_ih)``: ``W_ih`` is applied to the
  tokenizer's ~150 table rows and 100 positions instead of to ``N * 100`` tokens (two thirds of the
  GRU's multiply-adds). The recurrence runs both directions in the same batched products, step by step.

Outputs equal the modules' own forward passes up to float rounding (tests compare them). Every
module with a ``fast_path`` attribute can be switched back to the plain path: :func:`use_fast_paths`.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from synthproxy.encoders.encodings import Tokenizer

__all__ = ["transformer_cls", "matmul_attention", "bigru_summary", "bigru_fast_path_applies", "use_fast_paths"]


def use_fast_paths(model: nn.Module, enabled: bool = True) -> nn.Module:
    """Switch every submodule's fast path on or off (``fast_path`` attribute); returns ``model``.

    Off, the token models run their plain modules (``nn.TransformerEncoder``, ``nn.GRU``): the paths
    before :mod:`synthproxy.encoders.token_paths`, kept to check and to measure them against.
    """
    for m in model.modules():
        if hasattr(m, "fast_path"):
            setattr(m, "fast_path", enabled)  # noqa: B010 - any module may have one
    return model


# ---------------------------------------------------------------------------------------------
# Transformer
# ---------------------------------------------------------------------------------------------
def _feed_forward(layer: nn.TransformerEncoderLayer, x: Tensor) -> Tensor:
    """``x + FF(LN2(x))``, the second half of a pre-norm layer."""
    h = layer.linear2(layer.dropout(layer.activation(layer.linear1(layer.norm2(x)))))
    return x + layer.dropout2(h)


def _attention(q: Tensor, k: Tensor, v: Tensor, dropout_p: float) -> Tensor:
    """Softmax attention, (N, H, L, hd) each -> (N, H, L, hd), by the kernel that is fastest here.

    In float32, :func:`torch.nn.functional.scaled_dot_product_attention` (fused). Under CPU bfloat16
    autocast, two plain matrix products around a softmax: PyTorch's fused CPU kernel spends most of a
    training step in its backward pass at these sizes (L ~ 100 tokens, 32 per head), and its "math"
    fallback adds masking work for infinite scores that an unmasked softmax never has; the plain products
    run 2x faster than either (``benchmarks/train.py``, the transformer's ``bf16`` rows).
    """
    if not torch.is_autocast_enabled("cpu"):
        return F.scaled_dot_product_attention(q, k, v, dropout_p=dropout_p)
    return matmul_attention(q, k, v, dropout_p)


def matmul_attention(q: Tensor, k: Tensor, v: Tensor, dropout_p: float = 0.0) -> Tensor:
    """``softmax(q k^T / sqrt(hd)) v`` by two matrix products, (N, H, L, hd) each -> (N, H, L, hd).

    The same function as :func:`torch.nn.functional.scaled_dot_product_attention` without a mask (the
    scores, (N, H, L, L), are materialised: fine for L ~ 100 tokens); dropout on the weights as it does.
    """
    scores = torch.matmul(q * q.shape[-1] ** -0.5, k.transpose(-1, -2))  # (N, H, L, L)
    return torch.matmul(F.dropout(scores.softmax(-1), dropout_p), v)


def _layer(layer: nn.TransformerEncoderLayer, x: Tensor) -> Tensor:
    """One pre-norm encoder layer, (N, L, D) -> (N, L, D), as ``layer(x)`` computes it."""
    sa = layer.self_attn
    n, length, d = x.shape
    heads = sa.num_heads
    qkv = F.linear(layer.norm1(x), sa.in_proj_weight, sa.in_proj_bias)
    q, k, v = qkv.view(n, length, 3, heads, d // heads).permute(2, 0, 3, 1, 4).unbind(0)  # (N, H, L, hd)
    a = _attention(q, k, v, sa.dropout if layer.training else 0.0)
    x = x + layer.dropout1(sa.out_proj(a.transpose(1, 2).reshape(n, length, d)))
    return _feed_forward(layer, x)


def _last_layer_cls(layer: nn.TransformerEncoderLayer, x: Tensor) -> Tensor:
    """The CLS row (N, D) of ``layer(x)``, without keys, values or feed-forward of the other tokens."""
    sa = layer.self_attn
    n, length, d = x.shape
    heads = sa.num_heads
    hd = d // heads
    w_q, w_k, w_v = sa.in_proj_weight.view(3, heads, hd, d).unbind(0)  # (H, hd, D) each
    b_q, _, b_v = sa.in_proj_bias.view(3, heads, hd).unbind(0) if sa.in_proj_bias is not None else (None, None, None)
    h = layer.norm1(x)  # (N, L, D)
    q = torch.einsum("nd,hed->nhe", h[:, 0], w_q)  # (N, H, hd)
    if b_q is not None:
        q = q + b_q
    # scores q . (W_k h_t + b_k) / sqrt(hd): the q . b_k term is the same for every t and softmax ignores it
    u = torch.einsum("nhe,hed->nhd", q, w_k) * hd**-0.5  # (N, H, D)
    att = torch.softmax(torch.matmul(u, h.transpose(1, 2)), dim=-1)  # (N, H, L)
    att = F.dropout(att, sa.dropout, layer.training)
    o = torch.einsum("nhd,hed->nhe", torch.matmul(att, h), w_v)  # sum_t a_t W_v h_t: (N, H, hd)
    if b_v is not None:
        o = o + att.sum(-1, keepdim=True) * b_v  # sum_t a_t b_v (the weights sum to 1 without dropout)
    x0 = x[:, 0] + layer.dropout1(sa.out_proj(o.reshape(n, d)))
    return _feed_forward(layer, x0)


def transformer_cls(layers: nn.ModuleList, tokens: Tensor) -> Tensor:
    """Output at the CLS position of pre-norm encoder layers (no mask, no final norm).

    Parameters
    ----------
    layers : nn.ModuleList of nn.TransformerEncoderLayer
        ``norm_first=True``, ``batch_first=True`` (as :class:`~synthproxy.encoders.TransformerBody` builds them).
    tokens : Tensor, shape (N, L, D)
        CLS at position 0.

    Returns
    -------
    Tensor, shape (N, D)
        ``nn.TransformerEncoder(tokens)[:, 0]``, up to float rounding.
    """
    *body, last = [m for m in layers if isinstance(m, nn.TransformerEncoderLayer)]
    x = tokens
    for layer in body:
        x = _layer(layer, x)
    return _last_layer_cls(last, x)


# ---------------------------------------------------------------------------------------------
# Bidirectional GRU
# ---------------------------------------------------------------------------------------------
def bigru_fast_path_applies(gru: nn.GRU, norm: nn.Module, tokenizer: Tokenizer) -> bool:
    """Whether :func:`bigru_summary` computes this GRU: one bidirectional layer reading the tokens as they are."""
    return (
        gru.num_layers == 1
        and gru.bidirectional
        and gru.batch_first
        and gru.bias
        and isinstance(norm, nn.Identity)
        and not (tokenizer.training and tokenizer.dropout.p > 0)
    )


def _both(gru: nn.GRU, name: str) -> Tensor:
    """The forward and backward directions' parameter ``name`` of a one-layer GRU, stacked: (2, ...)."""
    return torch.stack([gru.get_parameter(f"{name}_l0"), gru.get_parameter(f"{name}_l0_reverse")])


def _input_gates(gru: nn.GRU, tokenizer: Tokenizer, x: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """What the input gates ``W_ih token + b_ih`` of every step are made of, both directions.

    Step ``s`` reads token ``s`` in the forward direction and token ``L - 1 - s`` in the backward one;
    its gates are ``values[s] * table[rows[s]] + fixed[s]``, shape (2, N, G).

    Returns
    -------
    table : Tensor, shape (2 * R, G)
        ``W_ih`` of each direction applied to the tokenizer's table (the backward direction's rows second).
    fixed : Tensor, shape (L, 2, 1, G)
        ``W_ih position + b_ih`` of each step.
    rows : Tensor, shape (L, 2, N), int64
    values : Tensor, shape (L, 2, N, 1)
    """
    rows, values = tokenizer.token_rows(x)  # (N, L)
    w_ih, b_ih = _both(gru, "weight_ih"), _both(gru, "bias_ih")  # (2, G, E), (2, G)
    table = torch.matmul(tokenizer.token_table(), w_ih.transpose(1, 2))  # (2, R, G)
    length, g = rows.shape[1], w_ih.shape[1]
    if tokenizer.positions is not None:
        fixed = torch.matmul(tokenizer.positions, w_ih.transpose(1, 2)) + b_ih[:, None]  # (2, L, G)
    else:
        fixed = b_ih[:, None].expand(2, length, g)
    fixed = torch.stack([fixed[0], fixed[1].flip(0)], 1)[:, :, None]  # step order
    offsets = torch.arange(2, device=x.device)[:, None] * table.shape[1]
    rows = torch.stack([rows, rows.flip(1)]).permute(2, 0, 1) + offsets
    values = torch.stack([values, values.flip(1)]).permute(2, 0, 1)[..., None]
    return table.reshape(-1, g), fixed, rows, values


def bigru_summary(gru: nn.GRU, tokenizer: Tokenizer, x: Tensor) -> Tensor:
    """Final forward and backward states of a one-layer bidirectional GRU over a preset's tokens.

    Parameters
    ----------
    gru : nn.GRU
        One layer, bidirectional, ``batch_first``, with biases (:func:`bigru_fast_path_applies`).
    tokenizer : Tokenizer
        Its tokens are the GRU's input (no dropout in training).
    x : Tensor, shape (N, n_used)
        Preset vectors.

    Returns
    -------
    Tensor, shape (N, 2 * hidden)
        ``[h_forward, h_backward]``: ``torch.cat([h[-2], h[-1]], 1)`` of ``_, h = gru(tokenizer(x))``, up
        to float rounding.

    Notes
    -----
    PyTorch's GRU: ``r, z = sigmoid(gi_rz + gh_rz)``, ``n = tanh(gi_n + r * gh_n)``, ``h' = (1 - z) n + z h``
    with ``gh = W_hh h + b_hh``. The reset/update gates and the new gate are computed apart (no split of
    a (2, N, 3 * hidden) tensor whose backward would concatenate).
    """
    k = 2 * gru.hidden_size  # reset and update gates, then the new gate
    table, fixed, rows, values = _input_gates(gru, tokenizer, x)
    w_hh_t, b_hh = _both(gru, "weight_hh").transpose(1, 2), _both(gru, "bias_hh")[:, None]  # (2, hidden, G), (2, 1, G)
    steps = zip(rows, values, fixed[..., :k].unbind(0), fixed[..., k:].unbind(0))
    h = x.new_zeros(2, x.shape[0], gru.hidden_size)
    for r, v, fixed_rz, fixed_n in steps:
        gi_rz = torch.addcmul(fixed_rz, v, F.embedding(r, table[:, :k]))
        reset, update = torch.sigmoid(gi_rz + torch.baddbmm(b_hh[..., :k], h, w_hh_t[..., :k])).chunk(2, -1)
        gi_n = torch.addcmul(fixed_n, v, F.embedding(r, table[:, k:]))
        n = torch.tanh(gi_n + reset * torch.baddbmm(b_hh[..., k:], h, w_hh_t[..., k:]))
        h = torch.lerp(n, h, update)
    return torch.cat([h[0], h[1]], 1)
