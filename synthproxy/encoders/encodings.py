"""Input encodings: how a preset vector becomes what a network reads.

An encoding is built from a synth's spec only (never its engine). It reads *preset vectors*,
float tensors of shape (N, n_used) over the spec's used parameters: numeric and binary values
normalized to 0..1, categorical values as class indices (0..cardinality-1, stored as floats).

Every encoding also has a *soft* path, for gradient-based preset search: numeric and binary
values as they are, and each categorical parameter as a probability vector over its categories
instead of a class index. Soft inputs come in two tensors:

* ``noncat`` (N, n_noncat): the numeric and binary values, in used order;
* ``cat_probs`` (N, sum_card): the probabilities of every categorical parameter's *allowed*
  categories (those the spec samples), concatenated in used order (parameter k occupies
  columns ``cat_offsets[k]`` to ``cat_offsets[k] + cat_sizes[k] - 1``, column j meaning class
  ``allowed[k][j]``), or a list of n_cat tensors (N, cat_sizes[k]).

A hard preset and its one-hot soft version (:meth:`PresetEncoding.split`) encode identically.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

import numpy as np
import torch
from torch import Tensor, nn

from synthproxy.synths.spec import SynthSpec

__all__ = ["PresetEncoding", "OneHot", "Tokenizer", "sinusoidal_positions", "TOKEN_INIT_STD"]

#: Standard deviation of the truncated-normal init of tokenizer vectors and the CLS token.
TOKEN_INIT_STD: float = 0.02

#: Wavelength scale of the sinusoidal positional encoding (as in the Transformer paper).
POSITION_BASE: float = 10_000.0

PositionalKind = Literal["sinusoidal"]


def sinusoidal_positions(length: int, dim: int, base: float = POSITION_BASE) -> Tensor:
    """Absolute sinusoidal positional encoding.

    Row ``p`` holds ``sin(p * w_i)`` in even columns and ``cos(p * w_i)`` in odd columns, with
    frequencies ``w_i = base ** (-2i / dim)``.

    Parameters
    ----------
    length : int
        Number of positions.
    dim : int
        Size of each position's vector (odd sizes drop the last cosine).
    base : float
        Longest wavelength scale.

    Returns
    -------
    Tensor, shape (length, dim), float32

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    pos = torch.arange(length, dtype=torch.float64)[:, None]
    freqs = torch.exp(-math.log(base) * torch.arange(0, dim, 2, dtype=torch.float64) / dim)
    angles = pos * freqs  # (length, ceil(dim/2))
    pe = torch.zeros(length, dim, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angles)
    pe[:, 1::2] = torch.cos(angles)[:, : dim // 2]
    return pe.float()


class PresetEncoding(nn.Module):
    """Base class of the input encodings: the spec's layout and the hard/soft input plumbing.

    Categorical parameters are encoded over their *allowed* categories only (the steps the spec
    samples; its ``excluded`` ones are left out), as in the original study: e.g. Dexed's LFO
    waveform has 6 steps but 5 categories here. A preset holding an excluded class index is
    encoded as the allowed step nearest in value (what :meth:`SynthSpec.from_values` would pick).

    Parameters
    ----------
    spec : SynthSpec
        The synth's spec; only its used parameters' types and allowed categories matter.

    Attributes
    ----------
    n_used, n_noncat, n_cat : int
        Number of used, non-categorical (numeric + binary) and categorical parameters.
    cat_sizes : tuple of int
        Number of allowed categories of each categorical parameter, in used order.
    sum_card : int
        Sum of ``cat_sizes``: the width of ``cat_probs`` (Dexed: 49).
    allowed : tuple of tuple of int
        Class indices (0..cardinality-1) of each categorical parameter's allowed categories; column
        ``j`` of parameter k's block of ``cat_probs`` is class ``allowed[k][j]``.
    noncat_index, cat_index : Tensor, shape (n_noncat,) / (n_cat,), int64 (buffers)
        Positions in the preset vector of the non-categorical / categorical parameters.
    cat_offsets : Tensor, shape (n_cat,), int64 (buffer)
        First column of each categorical parameter in ``cat_probs`` (cumulative ``cat_sizes``).
    cat_owner : Tensor, shape (sum_card,), int64 (buffer)
        Which categorical parameter (0..n_cat-1) each ``cat_probs`` column belongs to.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    # buffers (registered in __init__), typed for the type checker
    noncat_index: Tensor
    cat_index: Tensor
    cat_offsets: Tensor
    cat_owner: Tensor
    _class_max: Tensor
    _lut_offsets: Tensor
    _column_of_class: Tensor
    _class_of_column: Tensor

    def __init__(self, spec: SynthSpec) -> None:
        super().__init__()
        used = spec.used
        self.n_used = len(used)
        noncat = [i for i, p in enumerate(used) if p.type != "cat"]
        cat = [i for i, p in enumerate(used) if p.type == "cat"]
        self.n_noncat, self.n_cat = len(noncat), len(cat)
        self.allowed: tuple[tuple[int, ...], ...] = tuple(tuple(int(c) for c in used[i].allowed) for i in cat)
        self.cat_sizes: tuple[int, ...] = tuple(len(a) for a in self.allowed)
        self.sum_card = sum(self.cat_sizes)
        sizes = torch.tensor(self.cat_sizes, dtype=torch.long)
        offsets = torch.cumsum(sizes, 0) - sizes
        # class index -> column of cat_probs, for every class (excluded ones -> nearest allowed)
        cardinality = torch.tensor([used[i].cardinality for i in cat], dtype=torch.long)
        lut: list[int] = []
        for k, i in enumerate(cat):
            p = used[i]
            slot = {c: j for j, c in enumerate(self.allowed[k])}
            nearest = p.step_index(np.asarray(p.values))  # allowed class nearest to each class's value
            lut += [int(offsets[k]) + slot[int(c)] for c in nearest]
        self.register_buffer("noncat_index", torch.tensor(noncat, dtype=torch.long), persistent=False)
        self.register_buffer("cat_index", torch.tensor(cat, dtype=torch.long), persistent=False)
        self.register_buffer("cat_offsets", offsets, persistent=False)
        self.register_buffer("cat_owner", torch.repeat_interleave(torch.arange(self.n_cat), sizes), persistent=False)
        self.register_buffer("_class_max", cardinality - 1, persistent=False)
        self.register_buffer("_lut_offsets", torch.cumsum(cardinality, 0) - cardinality, persistent=False)
        self.register_buffer("_column_of_class", torch.tensor(lut, dtype=torch.long), persistent=False)
        self.register_buffer(
            "_class_of_column", torch.tensor([c for a in self.allowed for c in a], dtype=torch.long), persistent=False
        )

    # -- hard <-> soft ---------------------------------------------------------------------
    def _check(self, x: Tensor) -> None:
        if x.ndim != 2 or x.shape[1] != self.n_used:
            raise ValueError(f"expected preset vectors of shape (N, {self.n_used}), got {tuple(x.shape)}")

    def category_columns(self, x: Tensor) -> Tensor:
        """Column of ``cat_probs`` (row of a tokenizer's table) of each categorical value of presets.

        Class indices are rounded and clipped to 0..cardinality-1; excluded classes go to the
        nearest allowed one.

        Parameters
        ----------
        x : Tensor, shape (N, n_used)
            Preset vectors.

        Returns
        -------
        Tensor, shape (N, n_cat), int64
            Values in 0..sum_card-1; parameter k's in ``cat_offsets[k]`` .. ``cat_offsets[k] + cat_sizes[k] - 1``.

        Shown in use in ``notebooks/03_train.ipynb``.
        """
        self._check(x)
        idx = torch.round(x[:, self.cat_index].detach()).long()
        idx = torch.minimum(idx.clamp(min=0), self._class_max)
        return self._column_of_class[idx + self._lut_offsets]

    def split(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """Soft inputs of hard presets: the non-categorical values and the categories' one-hot.

        Parameters
        ----------
        x : Tensor, shape (N, n_used)
            Preset vectors.

        Returns
        -------
        noncat : Tensor, shape (N, n_noncat)
        cat_probs : Tensor, shape (N, sum_card)
            One-hot of each categorical parameter over its allowed categories, concatenated.

        Shown in use in ``notebooks/03_train.ipynb``.
        """
        self._check(x)
        noncat = x[:, self.noncat_index]
        onehot = x.new_zeros(x.shape[0], self.sum_card)
        if self.n_cat:
            onehot.scatter_(1, self.category_columns(x), 1.0)
        return noncat, onehot

    def merge(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> Tensor:
        """Hard presets from soft inputs: each categorical parameter takes its most probable category.

        Parameters
        ----------
        noncat : Tensor, shape (N, n_noncat)
        cat_probs : Tensor, shape (N, sum_card), or list of n_cat Tensors (N, cat_sizes[k])
            Probabilities (or logits: only the argmax matters).

        Returns
        -------
        Tensor, shape (N, n_used)
            Preset vectors, categoricals as class indices (not differentiable in ``cat_probs``).

        Shown in use in ``notebooks/03_train.ipynb``.
        """
        noncat, cat_probs = self._soft_inputs(noncat, cat_probs)
        out = noncat.new_zeros(noncat.shape[0], self.n_used)
        out[:, self.noncat_index] = noncat
        if self.n_cat:
            chunks = torch.split(cat_probs.detach(), list(self.cat_sizes), dim=1)
            cols = torch.stack([c.argmax(1) for c in chunks], 1) + self.cat_offsets
            out[:, self.cat_index] = self._class_of_column[cols].to(out.dtype)
        return out

    def _soft_inputs(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> tuple[Tensor, Tensor]:
        if not isinstance(cat_probs, Tensor):
            cat_probs = torch.cat(list(cat_probs), 1) if len(cat_probs) else noncat.new_zeros(noncat.shape[0], 0)
        if noncat.ndim != 2 or noncat.shape[1] != self.n_noncat:
            raise ValueError(f"expected noncat of shape (N, {self.n_noncat}), got {tuple(noncat.shape)}")
        if cat_probs.shape != (noncat.shape[0], self.sum_card):
            raise ValueError(
                f"expected cat_probs of shape ({noncat.shape[0]}, {self.sum_card}), got {tuple(cat_probs.shape)}"
            )
        return noncat, cat_probs

    # -- to be provided by subclasses ------------------------------------------------------
    def forward(self, x: Tensor) -> Tensor:  # pragma: no cover - abstract
        raise NotImplementedError

    def forward_soft(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> Tensor:  # pragma: no cover
        raise NotImplementedError


class OneHot(PresetEncoding):
    """One-hot encoding: non-categorical values as they are, then every categorical's one-hot.

    Output columns: the n_noncat numeric and binary values (in used order), then for each
    categorical parameter (in used order) one column per allowed category. The soft path puts
    the categories' probabilities where the one-hot would be. No learned weights.

    Parameters
    ----------
    spec : SynthSpec
        The synth's spec.

    Attributes
    ----------
    out_features : int
        n_noncat + sum_card (Dexed in the original study: 92 + 49 = 141).

    Examples
    --------
    >>> enc = OneHot(get_spec("talnm"))  # doctest: +SKIP
    >>> enc(presets).shape  # presets: (N, 59)  # doctest: +SKIP
    torch.Size([N, 103])
    >>> enc.forward_soft(*enc.split(presets)).equal(enc(presets))  # doctest: +SKIP
    True

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(self, spec: SynthSpec) -> None:
        super().__init__(spec)
        self.out_features = self.n_noncat + self.sum_card

    def forward(self, x: Tensor) -> Tensor:
        """Encode preset vectors.

        Parameters
        ----------
        x : Tensor, shape (N, n_used)

        Returns
        -------
        Tensor, shape (N, n_noncat + sum_card)
        """
        return torch.cat(self.split(x), 1)

    def forward_soft(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> Tensor:
        """Encode soft inputs (see the module docstring).

        Parameters
        ----------
        noncat : Tensor, shape (N, n_noncat)
        cat_probs : Tensor, shape (N, sum_card), or list of n_cat Tensors (N, cat_sizes[k])

        Returns
        -------
        Tensor, shape (N, n_noncat + sum_card)
        """
        return torch.cat(self._soft_inputs(noncat, cat_probs), 1)


class Tokenizer(PresetEncoding):
    """One learned token per used parameter, in used order (feature tokenizer).

    A numeric or binary parameter's token is its value times a learned vector of that parameter
    (no bias). A categorical parameter's token is a learned vector per (parameter, category),
    held in one embedding table of ``sum_card`` rows (parameter k's categories start at row
    ``cat_offsets[k]``). The soft path mixes a categorical's rows with its probabilities.
    Optionally a learned CLS token is prepended, and a fixed sinusoidal positional encoding added.
    Vectors are initialized from a normal distribution truncated at ±2 std, std 0.02.

    Parameters
    ----------
    spec : SynthSpec
        The synth's spec.
    token_dim : int
        Size of each token.
    cls : bool
        Prepend a learned CLS token (sequence length n_used + 1, CLS at position 0).
    positional : {"sinusoidal", None}
        Add an absolute sinusoidal positional encoding (after the CLS token is prepended).
    dropout : float
        Dropout on the tokens (after the positional encoding).

    Attributes
    ----------
    seq_len : int
        Number of tokens out: n_used (+ 1 with CLS).
    noncat_weight : Parameter, shape (n_noncat, token_dim)
    cat_embedding : nn.Embedding, sum_card x token_dim (None without categorical parameters)
    cls_token : Parameter, shape (token_dim,) or None

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(
        self,
        spec: SynthSpec,
        token_dim: int,
        cls: bool = False,
        positional: PositionalKind | None = "sinusoidal",
        dropout: float = 0.0,
    ) -> None:
        super().__init__(spec)
        if positional not in ("sinusoidal", None):
            raise ValueError(f"positional must be 'sinusoidal' or None, got {positional!r}")
        self.token_dim = token_dim
        self.seq_len = self.n_used + int(cls)
        self.noncat_weight = nn.Parameter(torch.empty(self.n_noncat, token_dim))
        self.cat_embedding = nn.Embedding(self.sum_card, token_dim) if self.n_cat else None
        self.cls_token = nn.Parameter(torch.empty(token_dim)) if cls else None
        if positional == "sinusoidal":
            self.register_buffer("positions", sinusoidal_positions(self.seq_len, token_dim), persistent=False)
        else:
            self.positions = None
        self.dropout = nn.Dropout(dropout)
        # tokens come out in used order: position of each (noncat..., cat...) token in the sequence
        order = torch.cat([self.noncat_index, self.cat_index])
        self._gather: Tensor
        self.register_buffer("_gather", torch.argsort(order), persistent=False)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Draw the token vectors (and CLS token) from a truncated normal, std ``TOKEN_INIT_STD``."""
        std = TOKEN_INIT_STD
        for w in (self.noncat_weight, self.cls_token, getattr(self.cat_embedding, "weight", None)):
            if w is not None and w.numel():
                nn.init.trunc_normal_(w, std=std, a=-2 * std, b=2 * std)

    def _assemble(self, noncat_tokens: Tensor, cat_tokens: Tensor) -> Tensor:
        tokens = torch.cat([noncat_tokens, cat_tokens], 1)[:, self._gather]
        if self.cls_token is not None:
            tokens = torch.cat([self.cls_token.expand(tokens.shape[0], 1, -1), tokens], 1)
        if self.positions is not None:
            tokens = tokens + self.positions
        return self.dropout(tokens)

    def forward(self, x: Tensor) -> Tensor:
        """Tokenize preset vectors.

        Parameters
        ----------
        x : Tensor, shape (N, n_used)

        Returns
        -------
        Tensor, shape (N, seq_len, token_dim)
        """
        noncat_tokens = x[:, self.noncat_index, None] * self.noncat_weight
        if self.cat_embedding is not None:
            cat_tokens = self.cat_embedding(self.category_columns(x))
        else:
            cat_tokens = noncat_tokens.new_zeros(x.shape[0], 0, self.token_dim)
        return self._assemble(noncat_tokens, cat_tokens)

    def token_table(self) -> Tensor:
        """Every vector a token is made of, one per row: what :meth:`token_rows` indexes.

        Returns
        -------
        Tensor, shape (n_noncat + sum_card (+ 1 with CLS), token_dim)
            The numeric and binary parameters' vectors (``noncat_weight``), then the categories'
            (``cat_embedding``), then the CLS token.
        """
        parts: list[Tensor] = [self.noncat_weight]
        if self.cat_embedding is not None:
            parts.append(self.cat_embedding.weight)
        if self.cls_token is not None:
            parts.append(self.cls_token[None])
        return torch.cat(parts, 0)

    def token_rows(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """Which row of :meth:`token_table` each token of presets is, and the value that scales it.

        ``values[..., None] * token_table()[rows] + positions`` is :meth:`forward` (before its dropout):
        a model whose first layer is linear in the tokens can apply that layer to the table and the
        positions (a few hundred rows) instead of to every token (``N * seq_len`` rows).

        Parameters
        ----------
        x : Tensor, shape (N, n_used)
            Preset vectors.

        Returns
        -------
        rows : Tensor, shape (N, seq_len), int64
        values : Tensor, shape (N, seq_len), the dtype of ``x``
            A numeric or binary parameter's value, 1 for a categorical parameter and for CLS.
        """
        self._check(x)
        n = x.shape[0]
        rows = [torch.arange(self.n_noncat, device=x.device).expand(n, -1)]
        values = [x[:, self.noncat_index]]
        if self.n_cat:
            rows.append(self.category_columns(x) + self.n_noncat)
            values.append(x.new_ones(n, self.n_cat))
        r, v = torch.cat(rows, 1)[:, self._gather], torch.cat(values, 1)[:, self._gather]
        if self.cls_token is not None:
            r = torch.cat([r.new_full((n, 1), self.n_noncat + self.sum_card), r], 1)
            v = torch.cat([v.new_ones(n, 1), v], 1)
        return r, v

    def forward_soft(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> Tensor:
        """Tokenize soft inputs: a categorical token is its rows summed with the probabilities as weights.

        Parameters
        ----------
        noncat : Tensor, shape (N, n_noncat)
        cat_probs : Tensor, shape (N, sum_card), or list of n_cat Tensors (N, cat_sizes[k])

        Returns
        -------
        Tensor, shape (N, seq_len, token_dim)
        """
        noncat, cat_probs = self._soft_inputs(noncat, cat_probs)
        noncat_tokens = noncat[:, :, None] * self.noncat_weight
        cat_tokens = noncat_tokens.new_zeros(noncat.shape[0], self.n_cat, self.token_dim)
        if self.cat_embedding is not None:
            weighted = cat_probs[:, :, None] * self.cat_embedding.weight  # (N, sum_card, token_dim)
            cat_tokens = cat_tokens.index_add(1, self.cat_owner, weighted)
        return self._assemble(noncat_tokens, cat_tokens)
