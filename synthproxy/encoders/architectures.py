"""Preset encoder architectures: an input encoding followed by a network, with named sizes.

Six architectures, by the name users pass as ``arch``:

=================== ============================================================================
``mlp``             one-hot -> MLP blocks ((Linear -> BatchNorm -> ReLU -> Dropout) x 2) -> head
``highway``         one-hot -> highway blocks -> head
``resnet``          one-hot -> residual MLP blocks -> head
``highway_tokens``  tokenizer (no positions) -> flatten -> highway blocks -> head
``gru``             tokenizer (sinusoidal positions) -> bidirectional GRU -> highway blocks -> head
``transformer``     tokenizer (CLS + positions) -> pre-norm Transformer -> CLS -> LayerNorm -> ReLU -> head
=================== ============================================================================

Sizes ``s``, ``b`` and ``l`` of each are in :data:`SIZES`; ``b`` follows the original study's
benchmark models (mlp_oh, hn_oh, hn_pt, hn_ptgru, tfm), ``s`` and ``l`` are smaller and larger
variants (``resnet`` and the ``transformer``'s ``s``/``l`` are this project's choices).

Every encoder maps preset vectors (N, n_used) to embeddings (N, out_features), has a soft path
``forward_soft(noncat, cat_probs)`` for gradient-based preset search (see
:mod:`synthproxy.encoders.encodings`), and a plain-dict ``config`` from which
:func:`encoder_from_config` rebuilds it.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import torch
from torch import Tensor, nn

from synthproxy.encoders.encodings import TOKEN_INIT_STD, OneHot, PresetEncoding, Tokenizer
from synthproxy.encoders.token_paths import bigru_fast_path_applies, bigru_summary, transformer_cls
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "ARCHS",
    "SIZE_NAMES",
    "SIZES",
    "GATE_BIAS_INIT",
    "MLPBlock",
    "HighwayBlock",
    "ResidualBlock",
    "MLP",
    "BiGRUSummary",
    "GRUBody",
    "TransformerBody",
    "PresetEncoder",
    "build_encoder",
    "encoder_from_config",
    "count_parameters",
    "input_layout",
]

#: Architecture names, as users pass them (``arch``).
ARCHS: tuple[str, ...] = ("mlp", "highway", "resnet", "highway_tokens", "gru", "transformer")

#: Size names, smallest first.
SIZE_NAMES: tuple[str, ...] = ("s", "b", "l")

#: Initial bias of a highway block's gate: sigmoid(-1) ~ 0.27, so blocks start close to the identity.
GATE_BIAS_INIT: float = -1.0

_GRU_DEFAULTS: dict[str, Any] = dict(gru_factor=1, gru_layers=1, token_norm=False, dropout=0.0)

#: Hyperparameters of each architecture and size. Any key can be overridden in :func:`build_encoder`.
#:
#: ``num_blocks``: MLP / highway / residual blocks (Transformer layers for ``transformer``);
#: ``hidden_features``: width of those blocks; ``dropout``: dropout probability in them;
#: ``token_dim``: tokenizer token size; ``gru_factor``: GRU hidden size per direction is
#: ``gru_factor * token_dim // 2`` (so the summary is ``gru_factor * token_dim`` wide);
#: ``gru_layers``: stacked GRU layers; ``token_norm``: LayerNorm on the tokens before the GRU;
#: ``num_heads``: attention heads; ``ff_factor``: Transformer feed-forward width / ``token_dim``.
SIZES: dict[str, dict[str, dict[str, Any]]] = {
    "mlp": {
        "s": dict(num_blocks=1, hidden_features=1024, dropout=0.0),
        "b": dict(num_blocks=1, hidden_features=2048, dropout=0.0),
        "l": dict(num_blocks=1, hidden_features=3072, dropout=0.0),
    },
    "highway": {
        "s": dict(num_blocks=4, hidden_features=512, dropout=0.0),
        "b": dict(num_blocks=6, hidden_features=768, dropout=0.0),
        "l": dict(num_blocks=8, hidden_features=1024, dropout=0.0),
    },
    "resnet": {
        "s": dict(num_blocks=3, hidden_features=512, dropout=0.0),
        "b": dict(num_blocks=5, hidden_features=768, dropout=0.0),
        "l": dict(num_blocks=7, hidden_features=1024, dropout=0.0),
    },
    "highway_tokens": {
        "s": dict(num_blocks=4, hidden_features=256, token_dim=64, dropout=0.0),
        "b": dict(num_blocks=6, hidden_features=512, token_dim=64, dropout=0.0),
        "l": dict(num_blocks=8, hidden_features=768, token_dim=64, dropout=0.0),
    },
    "gru": {
        "s": dict(num_blocks=4, hidden_features=512, token_dim=256, **_GRU_DEFAULTS),
        "b": dict(num_blocks=6, hidden_features=768, token_dim=384, **_GRU_DEFAULTS),
        "l": dict(num_blocks=8, hidden_features=1024, token_dim=512, **_GRU_DEFAULTS),
    },
    "transformer": {
        "s": dict(num_blocks=4, token_dim=128, num_heads=4, ff_factor=4, dropout=0.0),
        "b": dict(num_blocks=6, token_dim=256, num_heads=8, ff_factor=4, dropout=0.0),
        "l": dict(num_blocks=8, token_dim=384, num_heads=8, ff_factor=4, dropout=0.0),
    },
}


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------
def _dense(in_features: int, out_features: int, dropout: float) -> nn.Sequential:
    """Linear (no bias) -> BatchNorm1d -> ReLU -> Dropout, Kaiming-initialized for ReLU."""
    linear = nn.Linear(in_features, out_features, bias=False)
    nn.init.kaiming_normal_(linear.weight, mode="fan_in", nonlinearity="relu")
    return nn.Sequential(linear, nn.BatchNorm1d(out_features), nn.ReLU(), nn.Dropout(dropout))


class MLPBlock(nn.Module):
    """Two dense layers: (Linear without bias -> BatchNorm1d -> ReLU -> Dropout) x 2.

    Parameters
    ----------
    in_features, out_features : int
        Input and output (= hidden) sizes.
    dropout : float
        Dropout probability after each ReLU.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(self, in_features: int, out_features: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.layers = nn.Sequential(
            _dense(in_features, out_features, dropout), _dense(out_features, out_features, dropout)
        )

    def forward(self, x: Tensor) -> Tensor:
        """(N, in_features) -> (N, out_features)."""
        return self.layers(x)


class HighwayBlock(nn.Module):
    """Highway layer ``y = H(x) * T(x) + x * (1 - T(x))``.

    ``H`` is one dense layer (Linear without bias -> BatchNorm1d -> ReLU -> Dropout), ``T`` a
    sigmoid gate (Linear with bias, Xavier-initialized, bias :data:`GATE_BIAS_INIT`). When the
    input and output sizes differ there is no carry path: the block is ``H`` alone.

    Parameters
    ----------
    in_features, out_features : int
    dropout : float

    Attributes
    ----------
    gate : nn.Linear or None
        The gate's linear layer (None for a plain first block).

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(self, in_features: int, out_features: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.transform = _dense(in_features, out_features, dropout)
        self.gate: nn.Linear | None = None
        if in_features == out_features:
            self.gate = nn.Linear(in_features, out_features)
            nn.init.xavier_uniform_(self.gate.weight)
            nn.init.constant_(self.gate.bias, GATE_BIAS_INIT)

    def forward(self, x: Tensor) -> Tensor:
        """(N, in_features) -> (N, out_features)."""
        h = self.transform(x)
        if self.gate is None:
            return h
        t = torch.sigmoid(self.gate(x))
        return h * t + x * (1.0 - t)


class ResidualBlock(nn.Module):
    """Residual MLP block ``y = ReLU(x + BN(Linear(Dropout(ReLU(BN(Linear(x)))))))``.

    Linears have no bias (BatchNorm follows them). When the input and output sizes differ the
    block is a plain dense layer (Linear -> BatchNorm1d -> ReLU -> Dropout), with no shortcut.

    Parameters
    ----------
    in_features, out_features : int
    dropout : float

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(self, in_features: int, out_features: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.residual = in_features == out_features
        if not self.residual:
            self.layers = _dense(in_features, out_features, dropout)
            return
        first = nn.Linear(in_features, out_features, bias=False)
        second = nn.Linear(out_features, out_features, bias=False)
        for lin in (first, second):
            nn.init.kaiming_normal_(lin.weight, mode="fan_in", nonlinearity="relu")
        self.layers = nn.Sequential(
            first, nn.BatchNorm1d(out_features), nn.ReLU(), nn.Dropout(dropout), second, nn.BatchNorm1d(out_features)
        )

    def forward(self, x: Tensor) -> Tensor:
        """(N, in_features) -> (N, out_features)."""
        return torch.relu(x + self.layers(x)) if self.residual else self.layers(x)


_BLOCKS: dict[str, type[nn.Module]] = {"mlp": MLPBlock, "highway": HighwayBlock, "resnet": ResidualBlock}


class MLP(nn.Module):
    """A stack of blocks of one kind followed by a linear head.

    Parameters
    ----------
    in_features : int
        Input size.
    out_features : int
        Output size (the audio embedding's).
    num_blocks : int
        Number of blocks (at least 1).
    hidden_features : int
        Width of every block.
    block : {"mlp", "highway", "resnet"}
        Block kind (:class:`MLPBlock`, :class:`HighwayBlock`, :class:`ResidualBlock`).
    dropout : float
        Dropout inside the blocks.

    Notes
    -----
    The head is a Linear layer with Kaiming-normal weights (gain 1) and zero bias.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        num_blocks: int,
        hidden_features: int,
        block: str = "mlp",
        dropout: float = 0.0,
    ) -> None:
        super().__init__()
        if num_blocks < 1:
            raise ValueError(f"num_blocks must be >= 1, got {num_blocks}")
        cls = _BLOCKS[block]
        sizes = [in_features] + [hidden_features] * num_blocks
        self.blocks = nn.Sequential(*(cls(a, b, dropout) for a, b in zip(sizes, sizes[1:])))
        self.head = nn.Linear(hidden_features, out_features)
        nn.init.kaiming_normal_(self.head.weight, mode="fan_in", nonlinearity="linear")
        nn.init.zeros_(self.head.bias)

    def forward(self, x: Tensor) -> Tensor:
        """(N, in_features) -> (N, out_features)."""
        return self.head(self.blocks(x))


class BiGRUSummary(nn.Module):
    """Summarize a token sequence with a bidirectional GRU: last layer's final forward and backward states.

    Parameters
    ----------
    token_dim : int
        Token size.
    hidden_size : int
        GRU hidden size per direction; the summary is ``2 * hidden_size`` wide.
    num_layers : int
        Stacked GRU layers.
    token_norm : bool
        LayerNorm on the tokens before the GRU.

    Attributes
    ----------
    fast_path : bool
        :meth:`forward_presets` applies the GRU's input weights to the tokenizer's table instead of to
        every token (:func:`synthproxy.encoders.token_paths.bigru_summary`; one layer, no ``token_norm``).
        False: the plain ``nn.GRU`` on the tokens.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(self, token_dim: int, hidden_size: int, num_layers: int = 1, token_norm: bool = False) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(token_dim) if token_norm else nn.Identity()
        self.gru = nn.GRU(token_dim, hidden_size, num_layers=num_layers, batch_first=True, bidirectional=True)
        self.out_features = 2 * hidden_size
        self.fast_path = True

    def forward(self, tokens: Tensor) -> Tensor:
        """(N, L, token_dim) -> (N, 2 * hidden_size): [final forward state, final backward state]."""
        _, h = self.gru(self.norm(tokens))  # h: (num_layers * 2, N, hidden)
        return torch.cat([h[-2], h[-1]], dim=1)

    def forward_presets(self, tokenizer: Tokenizer, x: Tensor) -> Tensor:
        """``self(tokenizer(x))`` for preset vectors ``x`` (N, n_used), by the fast path when it applies."""
        if self.fast_path and bigru_fast_path_applies(self.gru, self.norm, tokenizer):
            return bigru_summary(self.gru, tokenizer, x)
        return self(tokenizer(x))


class GRUBody(nn.Sequential):
    """The ``gru`` architecture's network: :class:`BiGRUSummary` then :class:`MLP`, reading presets directly.

    An ``nn.Sequential`` (parameter names ``0.*`` and ``1.*``, as before the fast path): called on
    tokens it is the plain pipeline; :meth:`forward_presets` lets the summary read the tokenizer's table.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def forward_presets(self, tokenizer: PresetEncoding, x: Tensor) -> Tensor:
        """(N, n_used) preset vectors -> (N, out_features)."""
        summary = self[0]
        if not isinstance(summary, BiGRUSummary) or not isinstance(tokenizer, Tokenizer):
            return self(tokenizer(x))
        return self[1](summary.forward_presets(tokenizer, x))


class TransformerBody(nn.Module):
    """Pre-norm Transformer encoder on tokens with a CLS token first, then LayerNorm -> ReLU -> Linear on CLS.

    Layers: ``nn.TransformerEncoderLayer`` (``norm_first=True``, ``batch_first=True``, ReLU) with no
    final norm. Linear weights (attention projections included) are drawn from a truncated
    normal (std 0.02), biases zero.

    Parameters
    ----------
    token_dim : int
        Model width.
    out_features : int
        Output size.
    num_blocks : int
        Number of Transformer layers.
    num_heads : int
        Attention heads (must divide ``token_dim``).
    ff_factor : int
        Feed-forward width = ``ff_factor * token_dim``.
    dropout : float
        Dropout inside the layers.

    Attributes
    ----------
    fast_path : bool
        Run the layers by :func:`synthproxy.encoders.token_paths.transformer_cls` (fused attention
        without copies; the last layer for the CLS token only). False: ``nn.TransformerEncoder`` itself.

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(
        self,
        token_dim: int,
        out_features: int,
        num_blocks: int,
        num_heads: int,
        ff_factor: int = 4,
        dropout: float = 0.0,
    ) -> None:
        super().__init__()
        if token_dim % num_heads:
            raise ValueError(f"token_dim ({token_dim}) must be divisible by num_heads ({num_heads})")
        layer = nn.TransformerEncoderLayer(
            token_dim,
            num_heads,
            dim_feedforward=ff_factor * token_dim,
            dropout=dropout,
            activation="relu",
            batch_first=True,
            norm_first=True,
        )
        self.encoder = nn.TransformerEncoder(layer, num_blocks, enable_nested_tensor=False)
        self.head = nn.Sequential(nn.LayerNorm(token_dim), nn.ReLU(), nn.Linear(token_dim, out_features))
        std = TOKEN_INIT_STD
        for m in self.modules():
            if isinstance(m, (nn.Linear, nn.MultiheadAttention)):
                w = m.weight if isinstance(m, nn.Linear) else m.in_proj_weight
                b = m.bias if isinstance(m, nn.Linear) else m.in_proj_bias
                nn.init.trunc_normal_(w, std=std, a=-2 * std, b=2 * std)
                if b is not None:
                    nn.init.zeros_(b)
        self.fast_path = True

    def forward(self, tokens: Tensor) -> Tensor:
        """(N, L, token_dim), CLS at position 0 -> (N, out_features)."""
        if self.fast_path:
            return self.head(transformer_cls(self.encoder.layers, tokens))
        return self.head(self.encoder(tokens)[:, 0])


# ---------------------------------------------------------------------------------------------
# The encoder
# ---------------------------------------------------------------------------------------------
class PresetEncoder(nn.Module):
    """A preset encoder: an input encoding followed by a network.

    Build one with :func:`build_encoder` (or :func:`encoder_from_config` from a checkpoint).

    Parameters
    ----------
    encoding : PresetEncoding
        :class:`~synthproxy.encoders.OneHot` or :class:`~synthproxy.encoders.Tokenizer`.
    body : nn.Module
        Maps the encoding's output to (N, out_features).
    config : dict
        What :func:`encoder_from_config` needs to rebuild the encoder.

    Attributes
    ----------
    config : dict
        ``arch``, ``size``, ``out_features``, ``overrides`` (as given to :func:`build_encoder`),
        ``hparams`` (all resolved hyperparameters), ``synth`` and ``input_layout`` (see
        :func:`input_layout`). Plain data, JSON-serializable.
    arch : str
    out_features : int

    Examples
    --------
    >>> enc = build_encoder("transformer", spec, out_features=512)  # doctest: +SKIP
    >>> enc(presets).shape  # presets: (N, n_used)  # doctest: +SKIP
    torch.Size([N, 512])
    >>> noncat, cat_probs = enc.split(presets)  # soft inputs, one-hot categoricals  # doctest: +SKIP
    >>> enc.forward_soft(noncat, cat_probs)  # = enc(presets), differentiable in both  # doctest: +SKIP

    Shown in use in ``notebooks/03_train.ipynb``.
    """

    def __init__(self, encoding: PresetEncoding, body: nn.Module, config: dict[str, Any]) -> None:
        super().__init__()
        self.encoding = encoding
        self.body = body
        self.config = config
        self.arch: str = config["arch"]
        self.out_features: int = config["out_features"]

    def forward(self, x: Tensor) -> Tensor:
        """Embed preset vectors.

        Parameters
        ----------
        x : Tensor, shape (N, n_used), float
            Preset vectors (categoricals as class indices).

        Returns
        -------
        Tensor, shape (N, out_features)
        """
        if isinstance(self.body, GRUBody):  # reads the tokenizer's table (see synthproxy.encoders.token_paths)
            return self.body.forward_presets(self.encoding, x)
        return self.body(self.encoding(x))

    def forward_soft(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> Tensor:
        """Embed soft presets (differentiable with respect to both inputs).

        Parameters
        ----------
        noncat : Tensor, shape (N, n_noncat)
            Numeric and binary values, in used order.
        cat_probs : Tensor, shape (N, sum_card), or list of n_cat Tensors (N, cardinality_k)
            Category probabilities of each categorical parameter (e.g. a softmax of logits).

        Returns
        -------
        Tensor, shape (N, out_features)
        """
        return self.body(self.encoding.forward_soft(noncat, cat_probs))

    def split(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """Soft inputs ``(noncat, cat_probs)`` of preset vectors (N, n_used); see :meth:`PresetEncoding.split`."""
        return self.encoding.split(x)

    def merge(self, noncat: Tensor, cat_probs: Tensor | Sequence[Tensor]) -> Tensor:
        """Preset vectors (N, n_used) from soft inputs (argmax categories); see :meth:`PresetEncoding.merge`."""
        return self.encoding.merge(noncat, cat_probs)

    def extra_repr(self) -> str:
        return f"arch={self.arch!r}, size={self.config['size']!r}, out_features={self.out_features}"


def input_layout(spec: SynthSpec) -> dict[str, Any]:
    """What an encoder's weights depend on in a spec: which used parameters are categorical, and their categories.

    Returns
    -------
    dict
        ``n_used``, and ``categories``: one entry per used parameter, None when it is numeric
        or binary, else the list of its allowed class indices. Plain data (JSON-serializable).

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    return {
        "n_used": len(spec.used),
        "categories": [[int(c) for c in p.allowed] if p.type == "cat" else None for p in spec.used],
    }


def _resolve(arch: str, size: str, overrides: dict[str, Any]) -> dict[str, Any]:
    if arch not in SIZES:
        raise ValueError(f"unknown arch {arch!r}; valid: {', '.join(ARCHS)}")
    if size not in SIZES[arch]:
        raise ValueError(f"unknown size {size!r} for {arch!r}; valid: {', '.join(SIZES[arch])}")
    hp = dict(SIZES[arch][size])
    unknown = sorted(set(overrides) - set(hp))
    if unknown:
        raise ValueError(f"unknown hyperparameter(s) {unknown} for {arch!r}; valid: {', '.join(hp)}")
    hp.update(overrides)
    return hp


def build_encoder(arch: str, spec: SynthSpec, out_features: int, size: str = "b", **overrides: Any) -> PresetEncoder:
    """Build a preset encoder for a synth.

    Parameters
    ----------
    arch : str
        One of :data:`ARCHS`.
    spec : SynthSpec
        The synth's spec (only its used parameters' layout matters).
    out_features : int
        Embedding size (the audio model's: 512 for aisfx, 192 for the study's mn04).
    size : {"s", "b", "l"}
        Named size from :data:`SIZES`.
    **overrides
        Hyperparameters replacing the size's (keys of ``SIZES[arch][size]``).

    Returns
    -------
    PresetEncoder
        Maps (N, n_used) preset vectors to (N, out_features); ``.config`` rebuilds it.

    Raises
    ------
    ValueError
        For an unknown arch, size or hyperparameter (the message lists the valid ones).

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    hp = _resolve(arch, size, overrides)
    drop = float(hp["dropout"])
    encoding: PresetEncoding
    body: nn.Module
    if arch in ("mlp", "highway", "resnet"):
        encoding = OneHot(spec)
        body = MLP(encoding.out_features, out_features, hp["num_blocks"], hp["hidden_features"], arch, drop)
    elif arch == "highway_tokens":
        encoding = Tokenizer(spec, hp["token_dim"], cls=False, positional=None)
        flat = encoding.seq_len * hp["token_dim"]
        body = nn.Sequential(
            nn.Flatten(1), MLP(flat, out_features, hp["num_blocks"], hp["hidden_features"], "highway", drop)
        )
    elif arch == "gru":
        encoding = Tokenizer(spec, hp["token_dim"], cls=False, positional="sinusoidal")
        hidden = hp["gru_factor"] * hp["token_dim"] // 2
        gru = BiGRUSummary(hp["token_dim"], hidden, hp["gru_layers"], hp["token_norm"])
        mlp = MLP(gru.out_features, out_features, hp["num_blocks"], hp["hidden_features"], "highway", drop)
        body = GRUBody(gru, mlp)
    else:  # transformer
        encoding = Tokenizer(spec, hp["token_dim"], cls=True, positional="sinusoidal")
        body = TransformerBody(hp["token_dim"], out_features, hp["num_blocks"], hp["num_heads"], hp["ff_factor"], drop)
    config = {
        "arch": arch,
        "size": size,
        "out_features": int(out_features),
        "overrides": copy.deepcopy(overrides),
        "hparams": hp,
        "synth": spec.name,
        "input_layout": input_layout(spec),
    }
    return PresetEncoder(encoding, body, config)


def encoder_from_config(config: dict[str, Any], spec: SynthSpec) -> PresetEncoder:
    """Rebuild an encoder (freshly initialized) from its ``config``, e.g. to load a checkpoint's weights.

    The resolved ``hparams`` are used when present, so a later change of :data:`SIZES` does not
    change rebuilt models.

    Parameters
    ----------
    config : dict
        A :attr:`PresetEncoder.config` (``arch``, ``size``, ``out_features``, ``overrides``, and
        optionally ``hparams`` and ``input_layout``).
    spec : SynthSpec
        The synth's spec.

    Raises
    ------
    ValueError
        When the spec's input layout differs from the one the encoder was built for.

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    layout = config.get("input_layout")
    if layout is not None and layout != input_layout(spec):
        here = input_layout(spec)

        def describe(lay: dict[str, Any]) -> str:
            cats = [c for c in lay["categories"] if c is not None]
            return f"{lay['n_used']} used parameters, {len(cats)} categorical with {sum(map(len, cats))} categories"

        raise ValueError(
            f"encoder was built for synth {config.get('synth')!r} ({describe(layout)}); spec {spec.name!r} "
            f"has a different input layout ({describe(here)}, or other categories or order)"
        )
    hp = {**config.get("overrides", {}), **config.get("hparams", {})}
    enc = build_encoder(config["arch"], spec, config["out_features"], config["size"], **hp)
    enc.config["overrides"] = copy.deepcopy(config.get("overrides", {}))
    return enc


def count_parameters(model: nn.Module, trainable_only: bool = True) -> int:
    """Number of parameters (scalars) of a model.

    Parameters
    ----------
    model : nn.Module
    trainable_only : bool
        Count only parameters with ``requires_grad``.

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)
