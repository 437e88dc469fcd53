"""Tests of synthproxy.encoders: input encodings, architectures, configs. Small inline specs, CPU, fast."""

from __future__ import annotations

import json

import pytest
import torch

from synthproxy.encoders import (
    ARCHS,
    GATE_BIAS_INIT,
    SIZES,
    BiGRUSummary,
    HighwayBlock,
    OneHot,
    Tokenizer,
    build_encoder,
    count_parameters,
    encoder_from_config,
    sinusoidal_positions,
    use_fast_paths,
)
from synthproxy.encoders.token_paths import matmul_attention
from synthproxy.synths.spec import SynthSpec, spec_from_dict

OUT = 8


def make_spec(params: list[dict], name: str = "toy") -> SynthSpec:
    rows = [dict(p, index=i, default=p.get("default", 0.0)) for i, p in enumerate(params)]
    return spec_from_dict({"name": name, "engine": "plugin", "parameters": rows})


@pytest.fixture(scope="module")
def spec() -> SynthSpec:
    # used order: num a, cat b (3), bin c, cat d (2), num e (discrete), cat f (4, class 3 excluded)
    return make_spec(
        [
            {"name": "a", "type": "num"},
            {"name": "b", "type": "cat", "cardinality": 3},
            {"name": "c", "type": "bin"},
            {"name": "d", "type": "cat", "cardinality": 2},
            {"name": "e", "type": "num", "cardinality": 5},
            {"name": "f", "type": "cat", "cardinality": 4, "excluded": [3]},
        ]
    )


def random_presets(spec: SynthSpec, n: int, seed: int = 0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    cols = []
    for p in spec.used:
        if p.type == "cat":
            allowed = torch.as_tensor(p.allowed)
            cols.append(allowed[torch.randint(len(allowed), (n,), generator=g)].float())
        else:
            cols.append(torch.rand(n, generator=g))
    return torch.stack(cols, 1)


# -- OneHot ------------------------------------------------------------------------------------
def test_onehot_layout_hand_case(spec):
    enc = OneHot(spec)
    assert (enc.n_noncat, enc.n_cat, enc.cat_sizes, enc.sum_card) == (3, 3, (3, 2, 3), 8)
    assert enc.out_features == 11
    x = torch.tensor([[0.3, 2.0, 1.0, 0.0, 0.75, 1.0]])
    expected = torch.tensor([[0.3, 1.0, 0.75, 0, 0, 1, 1, 0, 0, 1, 0]])
    assert torch.equal(enc(x), expected)


def test_excluded_category_has_no_column_and_maps_to_nearest(spec):
    enc = OneHot(spec)
    assert enc.allowed[2] == (0, 1, 2)
    x = torch.tensor([[0.0, 0.0, 0.0, 0.0, 0.0, 3.0]])  # f = excluded class 3 -> nearest allowed is 2
    assert enc(x)[0, -3:].tolist() == [0, 0, 1]


def test_split_merge_round_trip(spec):
    enc = OneHot(spec)
    x = random_presets(spec, 16)
    noncat, probs = enc.split(x)
    assert noncat.shape == (16, 3) and probs.shape == (16, 8)
    assert torch.equal(probs.sum(1), torch.full((16,), 3.0))
    assert torch.equal(enc.merge(noncat, probs), x)
    chunks = list(torch.split(probs, list(enc.cat_sizes), 1))
    assert torch.equal(enc.forward_soft(noncat, chunks), enc(x))


def test_bad_shapes_raise(spec):
    enc = OneHot(spec)
    with pytest.raises(ValueError, match=r"\(N, 6\)"):
        enc(torch.zeros(2, 5))
    with pytest.raises(ValueError, match="cat_probs"):
        enc.forward_soft(torch.zeros(2, 3), torch.zeros(2, 7))


# -- Tokenizer ---------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [False, True])
@pytest.mark.parametrize("positional", [None, "sinusoidal"])
def test_tokenizer_shapes(spec, cls, positional):
    tok = Tokenizer(spec, token_dim=6, cls=cls, positional=positional)
    out = tok(random_presets(spec, 5))
    assert out.shape == (5, 6 + int(cls), 6)
    assert tok.seq_len == 6 + int(cls)


def test_tokenizer_tokens_follow_used_order_and_offsets(spec):
    tok = Tokenizer(spec, token_dim=4, positional=None)
    assert tok.cat_embedding.weight.shape == (8, 4)
    x = torch.tensor([[0.5, 0.0, 1.0, 0.0, 0.25, 2.0]])
    t = tok(x)[0]
    w, emb = tok.noncat_weight, tok.cat_embedding.weight
    assert torch.equal(t[0], 0.5 * w[0])
    assert torch.equal(t[2], 1.0 * w[1])
    assert torch.equal(t[4], 0.25 * w[2])
    assert torch.equal(t[1], emb[0]) and torch.equal(t[3], emb[3]) and torch.equal(t[5], emb[7])
    assert not torch.equal(t[1], t[3])  # category 0 of b and of d: different vectors
    assert tok.noncat_weight.abs().max() <= 0.04 + 1e-7  # truncated normal, std 0.02, at 2 std


def test_tokenizer_cls_and_positions(spec):
    tok = Tokenizer(spec, token_dim=4, cls=True, positional="sinusoidal")
    x = random_presets(spec, 3)
    t = tok(x)
    pe = sinusoidal_positions(7, 4)
    assert torch.allclose(t[:, 0], tok.cls_token + pe[0])
    plain = Tokenizer(spec, token_dim=4, cls=False, positional=None)
    plain.load_state_dict({k: v for k, v in tok.state_dict().items() if k != "cls_token"})
    assert torch.allclose(t[:, 1:], plain(x) + pe[1:])


@pytest.mark.parametrize("cls", [False, True])
@pytest.mark.parametrize("positional", [None, "sinusoidal"])
def test_tokenizer_rows_rebuild_the_tokens(spec, cls, positional):
    """values * table[rows] + positions is the tokenizer's output, to the last bit."""
    tok = Tokenizer(spec, token_dim=5, cls=cls, positional=positional)
    x = random_presets(spec, 7)
    rows, values = tok.token_rows(x)
    assert rows.shape == values.shape == (7, tok.seq_len) and rows.dtype == torch.long
    assert tok.token_table().shape == (tok.n_noncat + tok.sum_card + int(cls), 5)
    tokens = values[..., None] * tok.token_table()[rows] + (0 if tok.positions is None else tok.positions)
    assert torch.equal(tokens, tok(x))


def test_sinusoidal_positions():
    pe = sinusoidal_positions(10, 6)
    assert pe.shape == (10, 6)
    assert torch.equal(pe[0], torch.tensor([0.0, 1.0] * 3))
    assert torch.allclose(pe[3, :2], torch.tensor([torch.sin(torch.tensor(3.0)), torch.cos(torch.tensor(3.0))]))
    assert sinusoidal_positions(4, 5).shape == (4, 5)


def test_tokenizer_soft_equals_hard_and_is_differentiable(spec):
    tok = Tokenizer(spec, token_dim=5, cls=True)
    x = random_presets(spec, 6)
    noncat, probs = tok.split(x)
    assert torch.equal(tok.forward_soft(noncat, probs), tok(x))
    logits = torch.zeros(6, tok.sum_card, requires_grad=True)
    soft = torch.cat([c.softmax(1) for c in torch.split(logits, list(tok.cat_sizes), 1)], 1)
    tok.forward_soft(noncat, soft).sum().backward()
    assert logits.grad is not None and logits.grad.abs().sum() > 0


@pytest.mark.parametrize("kind", ["noncat_only", "cat_only"])
def test_specs_without_one_kind(kind):
    if kind == "noncat_only":
        s = make_spec([{"name": "a", "type": "num"}, {"name": "b", "type": "bin"}])
    else:
        s = make_spec([{"name": "a", "type": "cat", "cardinality": 3}, {"name": "b", "type": "cat", "cardinality": 2}])
    x = random_presets(s, 4)
    for arch in ("mlp", "transformer"):
        enc = build_encoder(arch, s, OUT, "s").eval()
        assert enc(x).shape == (4, OUT)
        assert torch.allclose(enc.forward_soft(*enc.split(x)), enc(x))


# -- architectures -----------------------------------------------------------------------------
@pytest.mark.parametrize("arch", ARCHS)
def test_arch_forward_backward(spec, arch):
    torch.manual_seed(0)
    enc = build_encoder(arch, spec, OUT, size="s").train()
    out = enc(random_presets(spec, 4))
    assert out.shape == (4, OUT) and torch.isfinite(out).all()
    out.abs().mean().backward()
    grads = [p.grad for p in enc.parameters() if p.grad is not None]
    assert grads and all(torch.isfinite(g).all() for g in grads)


@pytest.mark.parametrize("arch", ARCHS)
def test_arch_soft_path_equals_hard_path(spec, arch):
    torch.manual_seed(0)
    enc = build_encoder(arch, spec, OUT, size="s").eval()
    x = random_presets(spec, 5)
    noncat, probs = enc.split(x)
    assert torch.allclose(enc.forward_soft(noncat, probs), enc(x), atol=1e-6)
    assert torch.equal(enc.merge(noncat, probs), x)
    probs = probs.clone().requires_grad_(True)
    noncat = noncat.clone().requires_grad_(True)
    enc.forward_soft(noncat, probs).sum().backward()
    assert noncat.grad.abs().sum() > 0 and probs.grad.abs().sum() > 0


def test_highway_gate_bias_and_plain_first_block(spec):
    enc = build_encoder("highway", spec, OUT, "s")
    blocks = [m for m in enc.modules() if isinstance(m, HighwayBlock)]
    assert len(blocks) == SIZES["highway"]["s"]["num_blocks"]
    assert blocks[0].gate is None  # 11 one-hot columns -> 512: no carry path
    assert GATE_BIAS_INIT < 0
    for b in blocks[1:]:
        assert torch.equal(b.gate.bias, torch.full_like(b.gate.bias, GATE_BIAS_INIT))
    # a first block whose input already has the hidden size keeps its gate
    assert HighwayBlock(16, 16).gate is not None


def test_head_bias_zero(spec):
    enc = build_encoder("mlp", spec, OUT, "s")
    assert torch.equal(enc.body.head.bias, torch.zeros(OUT))


def test_build_encoder_errors(spec):
    with pytest.raises(ValueError, match="valid: mlp, highway"):
        build_encoder("cnn", spec, OUT)
    with pytest.raises(ValueError, match="valid: s, b, l"):
        build_encoder("mlp", spec, OUT, size="xl")
    with pytest.raises(ValueError, match="num_blocks"):
        build_encoder("mlp", spec, OUT, size="s", num_heads=4)
    with pytest.raises(ValueError, match="divisible"):
        build_encoder("transformer", spec, OUT, size="s", num_heads=3)


@pytest.mark.parametrize("arch", ["highway", "gru", "transformer"])
def test_config_round_trip(spec, arch):
    torch.manual_seed(1)
    enc = build_encoder(arch, spec, OUT, size="s", num_blocks=2)
    config = json.loads(json.dumps(enc.config))
    assert config["arch"] == arch and config["size"] == "s" and config["out_features"] == OUT
    assert config["overrides"] == {"num_blocks": 2} and config["hparams"]["num_blocks"] == 2
    torch.manual_seed(2)
    again = encoder_from_config(config, spec)
    assert again.config == enc.config
    again.load_state_dict(enc.state_dict())
    x = random_presets(spec, 3)
    assert torch.equal(again.eval()(x), enc.eval()(x))


def test_config_rejects_other_layout(spec):
    config = build_encoder("mlp", spec, OUT, "s").config
    other = make_spec([{"name": "a", "type": "num"}, {"name": "b", "type": "cat", "cardinality": 3}])
    with pytest.raises(ValueError, match="input layout"):
        encoder_from_config(config, other)


def test_determinism(spec):
    x = random_presets(spec, 4)
    outs, counts = [], []
    for _ in range(2):
        torch.manual_seed(123)
        enc = build_encoder("transformer", spec, OUT, "s").eval()
        outs.append(enc(x))
        counts.append(count_parameters(enc))
    assert torch.equal(outs[0], outs[1]) and counts[0] == counts[1] > 0


# -- fast paths of the token models (synthproxy.encoders.token_paths) --------------------------
def _outputs_and_grads(enc, x: torch.Tensor, fast: bool) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
    use_fast_paths(enc, fast)
    enc.zero_grad()
    out = enc(x)
    (out * torch.linspace(-1, 1, out.shape[1], dtype=out.dtype)).sum().backward()
    return out.detach(), {n: p.grad.clone() for n, p in enc.named_parameters() if p.grad is not None}


@pytest.mark.parametrize("arch", ["gru", "transformer"])
@pytest.mark.parametrize("mode", ["train", "eval"])
def test_fast_paths_equal_the_plain_modules(spec, arch, mode):
    """Same weights, same presets: the fast path's outputs and every parameter's gradient are the plain
    modules' (float64, so that the highway blocks' batch norms do not magnify float32 rounding)."""
    torch.manual_seed(3)
    hp = dict(num_blocks=3, token_dim=16, num_heads=4) if arch == "transformer" else dict(token_dim=16, num_blocks=2)
    enc = getattr(build_encoder(arch, spec, OUT, "s", **hp).double(), mode)()
    x = random_presets(spec, 9).double()
    plain, plain_grads = _outputs_and_grads(enc, x, fast=False)
    fast, fast_grads = _outputs_and_grads(enc, x, fast=True)
    torch.testing.assert_close(fast, plain, rtol=1e-10, atol=1e-12)
    assert fast_grads.keys() == plain_grads.keys() and len(plain_grads) == len(list(enc.parameters()))
    for name in plain_grads:
        torch.testing.assert_close(fast_grads[name], plain_grads[name], rtol=1e-9, atol=1e-11, msg=name)


@pytest.mark.parametrize("arch", ["gru", "transformer"])
def test_fast_paths_float32_and_dropout(spec, arch):
    """float32 outputs agree to rounding; with dropout, eval mode agrees and training mode runs."""
    torch.manual_seed(4)
    enc = build_encoder(arch, spec, OUT, "s", dropout=0.2).eval()
    x = random_presets(spec, 16)
    with torch.no_grad():
        plain = use_fast_paths(enc, False)(x)
        fast = use_fast_paths(enc, True)(x)
    torch.testing.assert_close(fast, plain, rtol=1e-4, atol=1e-5)
    out = enc.train()(x)
    assert out.shape == (16, OUT) and torch.isfinite(out).all()


def test_matmul_attention_equals_sdpa():
    """The bfloat16 path's attention is the fused kernel's function: outputs and gradients (float64)."""
    g = torch.Generator().manual_seed(5)
    qkv = [torch.randn(3, 4, 11, 8, generator=g, dtype=torch.float64, requires_grad=True) for _ in range(3)]
    w = torch.randn(3, 4, 11, 8, generator=g, dtype=torch.float64)
    outs, grads = [], []
    for fn in (matmul_attention, torch.nn.functional.scaled_dot_product_attention):
        out = fn(*qkv)
        (out * w).sum().backward()
        outs.append(out.detach())
        grads.append([t.grad.clone() for t in qkv])
        for t in qkv:
            t.grad = None
    torch.testing.assert_close(outs[0], outs[1], rtol=1e-10, atol=1e-12)
    for a, b in zip(*grads):
        torch.testing.assert_close(a, b, rtol=1e-9, atol=1e-11)


def test_transformer_fast_path_under_bf16_autocast(spec):
    """Under CPU bfloat16 autocast (where the matmul attention runs) the fast path still computes the plain
    encoder's function, to bfloat16 rounding, and trains."""
    torch.manual_seed(6)
    enc = build_encoder("transformer", spec, OUT, "s").eval()
    x = random_presets(spec, 32)
    with torch.no_grad():
        ref = use_fast_paths(enc, False)(x)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            fast = use_fast_paths(enc, True)(x).float()
    assert float((fast - ref).abs().mean() / ref.abs().mean()) < 0.02
    with torch.autocast("cpu", dtype=torch.bfloat16):
        out = enc.train()(x)
    out.float().sum().backward()
    assert all(p.grad is not None and torch.isfinite(p.grad).all() for p in enc.parameters() if p.requires_grad)


@pytest.mark.parametrize("changes", [dict(token_norm=True), dict(gru_layers=2)])
def test_gru_fast_path_only_where_it_applies(spec, changes):
    """A LayerNorm on the tokens or a second GRU layer: the plain nn.GRU runs (same output either way)."""
    torch.manual_seed(5)
    enc = build_encoder("gru", spec, OUT, "s", token_dim=16, **changes).eval()
    summary = enc.body[0]
    assert isinstance(summary, BiGRUSummary) and summary.fast_path
    x = random_presets(spec, 5)
    assert torch.equal(summary.forward_presets(enc.encoding, x), summary(enc.encoding(x)))


def test_gru_parameter_names_unchanged(spec):
    """Checkpoints of the plain nn.Sequential body still load: the same parameter names and count."""
    enc = build_encoder("gru", spec, OUT, "s", token_dim=16)
    names = set(enc.state_dict())
    assert {"body.0.gru.weight_ih_l0", "body.0.gru.weight_hh_l0_reverse", "body.1.head.weight"} <= names
    plain = torch.nn.Sequential(*enc.body)
    assert {f"body.{k}" for k in plain.state_dict()} == {k for k in names if k.startswith("body.")}
