"""Tests of ``synthproxy.audio_models``: registry, safe loading, aisfx fidelity, baselines."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
import torch

from synthproxy import audio_models
from synthproxy.audio_models import AudioModel, UnknownAudioModelError, UnsafeCheckpointError
from synthproxy.audio_models.aisfx import (
    AISFX_CHECKPOINT_SHA256,
    AisfxFrontEnd,
    AisfxWeightsNotFound,
    bfloat16_is_native,
    cut_blocks,
    load_aisfx,
    load_aisfx_state_dict,
    num_blocks,
)
from synthproxy.audio_models.base import load_checkpoint_safely, sha256_file
from synthproxy.audio_models.mel import dct_matrix, mel_filterbank

DATA = Path(__file__).parent / "data" / "audio_models"
SR = 44_100
TWO_S = 88_200


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = a.astype(np.float64), b.astype(np.float64)
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


@pytest.fixture(scope="module")
def clip() -> np.ndarray:
    """The fixture clip (3.46 s, 150 aisfx frames) as float32."""
    return np.load(DATA / "clip.npy").astype(np.float32) / 32768.0


@pytest.fixture(scope="module")
def aisfx_model():
    try:
        return load_aisfx()
    except AisfxWeightsNotFound as err:
        pytest.skip(str(err))


@pytest.fixture(scope="module")
def batch(clip: np.ndarray) -> np.ndarray:
    """Five 2 s clips: the fixture's start, quieter, a sine, noise, silence."""
    t = np.arange(TWO_S) / SR
    rng = np.random.default_rng(3)
    return np.stack(
        [
            clip[:TWO_S],
            0.1 * clip[TWO_S // 4 : TWO_S // 4 + TWO_S],
            0.5 * np.sin(2 * np.pi * 440.0 * t),
            0.2 * rng.standard_normal(TWO_S),
            np.zeros(TWO_S),
        ]
    ).astype(np.float32)


# ---------------------------------------------------------------- registry


def test_builtin_names():
    assert {"aisfx", "mel", "mfcc"} <= set(audio_models.names())
    assert audio_models.DEFAULT_AUDIO_MODEL == "aisfx"


def test_unknown_name_lists_known_ones():
    with pytest.raises(UnknownAudioModelError) as info:
        audio_models.load("no-such-model")
    message = str(info.value)
    assert "no-such-model" in message and "'aisfx'" in message and "'mel'" in message


def test_register_errors():
    with pytest.raises(ValueError, match="already registered"):
        audio_models.register("mel", lambda: None)
    with pytest.raises(TypeError):
        audio_models.register("x-not-callable", 42)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        audio_models.register("", lambda: None)
    with pytest.raises(UnknownAudioModelError):
        audio_models.unregister("no-such-model")
    assert "x-not-callable" not in audio_models.names()


class _ToyModel(AudioModel):
    """Projects the clip's first samples through a weight matrix."""

    def __init__(self, weight: torch.Tensor) -> None:
        self.name = "toy"
        self.sample_rate = 16_000
        self.embedding_size = weight.shape[0]
        self.weight = weight

    def embed(self, audio):
        x = torch.from_numpy(audio_models.as_batch(audio)[:, : self.weight.shape[1]])
        return (x @ self.weight.T).numpy()


def _toy_loader(weights_path: Path, scale: float = 1.0) -> _ToyModel:
    state = load_checkpoint_safely(weights_path)
    return _ToyModel(state["weight"] * scale)


def test_register_custom_model_with_local_weights(tmp_path: Path):
    path = tmp_path / "toy.pt"
    weight = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    torch.save({"weight": weight}, path)
    audio_models.register("toy-test", _toy_loader, weights_path=path)
    try:
        assert "toy-test" in audio_models.names()
        model = audio_models.load("toy-test", scale=2.0)
        assert model.weights_hash == sha256_file(path) and model.name == "toy-test"
        out = model.embed(np.ones((2, 10), dtype=np.float32))
        assert out.shape == (2, 3)
        np.testing.assert_allclose(out[0], 2.0 * weight.sum(1).numpy())
        # a registered sha256 is enforced
        audio_models.register("toy-test", _toy_loader, weights_path=path, sha256="0" * 64, overwrite=True)
        with pytest.raises(ValueError, match="sha256"):
            audio_models.load("toy-test")
        # a missing weights file is reported at load time
        audio_models.register("toy-test", _toy_loader, weights_path=tmp_path / "gone.pt", overwrite=True)
        with pytest.raises(FileNotFoundError):
            audio_models.load("toy-test")
    finally:
        audio_models.unregister("toy-test")
    assert "toy-test" not in audio_models.names()


# ---------------------------------------------------------------- safe loading


class _Payload:
    """Unpickling this would create a file."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self):
        return (Path.touch, (self.target,))


def test_checkpoint_with_disallowed_object_is_refused(tmp_path: Path):
    marker = tmp_path / "executed"
    path = tmp_path / "evil.pth"
    torch.save(({"embedding_net.conv_block1.conv1.weight": torch.zeros(64, 1, 3, 3)}, _Payload(marker)), path)
    with pytest.raises(UnsafeCheckpointError, match="refused"):
        load_checkpoint_safely(path)
    with pytest.raises(UnsafeCheckpointError):
        load_aisfx_state_dict(path, expected_sha256=None)
    assert not marker.exists()
    # with the default expected hash, the file is refused before it is even unpickled
    with pytest.raises(ValueError, match="sha256"):
        load_aisfx_state_dict(path)
    assert not marker.exists()


def test_plain_tensor_checkpoint_loads(tmp_path: Path):
    path = tmp_path / "ok.pt"
    torch.save({"a": torch.ones(2)}, path)
    assert torch.equal(load_checkpoint_safely(path)["a"], torch.ones(2))


# ---------------------------------------------------------------- aisfx front end and blocking


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(n_mels=96, fmin=0.0, fmax=22050.0, htk=True, norm=1.0),  # aisfx
        dict(n_mels=128),  # librosa defaults (Slaney)
    ],
)
def test_mel_filterbank_matches_librosa(kwargs):
    librosa = pytest.importorskip("librosa")
    expected = librosa.filters.mel(sr=SR, n_fft=2048, **kwargs)
    ours = mel_filterbank(
        SR,
        2048,
        kwargs["n_mels"],
        fmin_hz=kwargs.get("fmin", 0.0),
        fmax_hz=kwargs.get("fmax"),
        htk=kwargs.get("htk", False),
        norm=kwargs.get("norm", "slaney"),
    )
    assert ours.dtype == np.float32 and ours.shape == expected.shape
    np.testing.assert_allclose(ours, expected, rtol=1e-5, atol=1e-7)


def test_aisfx_front_end_matches_librosa(clip: np.ndarray):
    librosa = pytest.importorskip("librosa")
    y = clip / np.abs(clip).max()
    spec = librosa.feature.melspectrogram(
        y=y, sr=SR, n_mels=96, norm=1.0, fmin=0.0, fmax=22050.0, htk=True, power=2.0, hop_length=1024, win_length=2048
    )
    expected = (np.log10(spec * 10000.0 + 1) / 9.457798957824707).T
    with torch.inference_mode():
        ours = AisfxFrontEnd()(torch.from_numpy(np.stack([clip, 0.25 * clip])))
    assert ours.shape == (2, 150, 96) and ours.dtype == torch.float32
    np.testing.assert_allclose(ours[0].numpy(), expected, atol=1e-5)
    np.testing.assert_allclose(ours[1].numpy(), expected, atol=1e-5)  # peak normalization


@pytest.mark.parametrize(
    "frames, blocks", [(10, 1), (87, 1), (100, 1), (149, 1), (150, 2), (151, 2), (199, 2), (200, 3), (216, 3)]
)
def test_num_blocks_rule(frames: int, blocks: int):
    assert num_blocks(frames) == blocks


def test_cut_blocks_matches_aisfx_blocking():
    spec = torch.arange(216 * 3, dtype=torch.float32).reshape(1, 216, 3)
    blocks = cut_blocks(spec)
    assert blocks.shape == (1, 3, 100, 3)
    assert torch.equal(blocks[0, 1], spec[0, 50:150])
    short = cut_blocks(spec[:, :87])
    assert short.shape == (1, 1, 100, 3)
    assert torch.equal(short[0, 0, :87], spec[0, :87]) and not short[0, 0, 87:].any()
    if importlib.util.find_spec("aisfx") is not None:
        from aisfx.preprocessing import blocking

        for frames in (87, 150, 151, 216):
            data = spec[0, :frames].numpy()
            expected = blocking(data, block_size=100, hop_size=50, drop_partial_block=True)
            np.testing.assert_array_equal(cut_blocks(spec[:, :frames])[0].numpy(), expected)


# ---------------------------------------------------------------- aisfx embeddings


def test_aisfx_attributes(aisfx_model):
    assert aisfx_model.name == "aisfx" and aisfx_model.sample_rate == SR and aisfx_model.embedding_size == 512
    assert aisfx_model.weights_hash == AISFX_CHECKPOINT_SHA256
    assert aisfx_model.precision == ("bfloat16" if bfloat16_is_native() else "winograd_fused")
    assert aisfx_model.settings()["precision"] == aisfx_model.precision
    json.dumps(aisfx_model.settings())
    loaded = audio_models.load("aisfx", precision="float32")
    assert loaded.precision == "float32" and loaded.weights_hash == AISFX_CHECKPOINT_SHA256
    with pytest.raises(ValueError):
        load_aisfx(precision="float16")  # type: ignore[arg-type]


@pytest.mark.parametrize("precision", ["float32", "winograd", "winograd_fused", None])
def test_aisfx_shape_dtype_determinism(aisfx_model, batch: np.ndarray, precision):
    first = aisfx_model.embed(batch, precision=precision)
    second = aisfx_model.embed(batch, precision=precision)
    assert first.shape == (len(batch), 512) and first.dtype == np.float32
    assert np.isfinite(first).all() and (first >= 0).all()
    np.testing.assert_array_equal(first, second)
    assert aisfx_model.embed(batch[0], precision=precision).shape == (1, 512)


def test_aisfx_matches_reference_fixture(aisfx_model, clip: np.ndarray):
    reference_full = np.load(DATA / "aisfx_blocks_full.npy")
    reference_2s = np.load(DATA / "aisfx_blocks_2s.npy")
    meta = json.loads((DATA / "reference.json").read_text())
    assert meta["checkpoint_sha256"] == aisfx_model.weights_hash
    assert reference_full.shape == (2, 512) and reference_2s.shape == (1, 512)

    blocks = aisfx_model.embed_blocks(clip[None], precision="float32")[0]
    np.testing.assert_allclose(blocks, reference_full, atol=1e-4, rtol=1e-5)
    assert cosine(blocks, reference_full).min() >= 0.99999
    exact = aisfx_model.embed(clip[None, :TWO_S], precision="float32")[0]
    np.testing.assert_allclose(exact, reference_2s[0], atol=1e-4, rtol=1e-5)
    # the clip vector is the mean of the block vectors
    np.testing.assert_allclose(
        aisfx_model.embed(clip[None], precision="float32")[0], reference_full.mean(0), atol=1e-4, rtol=1e-5
    )
    # the fast default stays close
    fast = aisfx_model.embed(np.stack([clip[:TWO_S]]))[0]
    assert cosine(fast, reference_2s[0]) >= 0.9999


def test_aisfx_matches_package_pipeline_live(aisfx_model, clip: np.ndarray):
    pytest.importorskip("aisfx.inference")
    pytest.importorskip("soundfile")
    spec = importlib.util.spec_from_file_location("make_reference", DATA / "make_reference.py")
    make_reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_reference)
    short = clip[:TWO_S]
    try:
        expected = make_reference.reference_blocks(short)
    except Exception as err:  # aisfx pins librosa 0.9.2 / numpy 1.23; its code may not run here
        pytest.skip(f"aisfx's own pipeline does not run with this environment: {err!r}")
    ours = aisfx_model.embed_blocks(short[None], precision="float32")[0]
    np.testing.assert_allclose(ours, expected, atol=1e-4, rtol=1e-5)


def test_aisfx_independent_of_batch_composition_and_gain(aisfx_model, batch: np.ndarray):
    for precision, clips, atol in (("float32", batch[1:4], 1e-4), (None, batch, 1e-3)):
        together = aisfx_model.embed(clips, precision=precision)
        alone = np.concatenate([aisfx_model.embed(c[None], precision=precision) for c in clips])
        reordered = aisfx_model.embed(clips[::-1], precision=precision)[::-1]
        np.testing.assert_allclose(together, alone, atol=atol)
        np.testing.assert_allclose(together, reordered, atol=atol)
    exact = aisfx_model.embed(batch[1:4], precision="float32")
    louder = aisfx_model.embed(3.0 * batch[1:4], precision="float32")
    np.testing.assert_allclose(exact, louder, atol=1e-4)  # peak normalization
    assert cosine(aisfx_model.embed(batch[1:4]), exact).min() >= 0.999


def test_aisfx_winograd_equals_exact_network(aisfx_model, batch: np.ndarray):
    """The AVX2 path is the exact network up to float32 rounding (a wrong transform would be far off)."""
    exact = aisfx_model.embed(batch, precision="float32")
    fast = aisfx_model.embed(batch, precision="winograd")
    np.testing.assert_allclose(fast, exact, atol=2e-4, rtol=1e-4)
    assert cosine(fast[:-1], exact[:-1]).min() >= 0.99999  # the last clip is silence


def test_aisfx_auto_precision_follows_native_bfloat16(monkeypatch):
    """``auto`` is bfloat16 where it is native (unchanged), else the fused Winograd path; settings record it."""
    from synthproxy.audio_models import aisfx

    for native, expected in ((True, "bfloat16"), (False, "winograd_fused")):
        monkeypatch.setattr(aisfx, "bfloat16_is_native", lambda native=native: native)
        assert aisfx.AisfxModel._resolve("auto") == expected
    for precision in ("bfloat16", "winograd_fused", "winograd", "float32"):
        assert aisfx.AisfxModel._resolve(precision) == precision  # explicit choices are kept as they are
    assert "winograd_fused" in aisfx.PRECISIONS and "winograd" in aisfx.PRECISIONS


def test_aisfx_winograd_fused_equals_exact_network(aisfx_model, batch: np.ndarray):
    """The AVX2 default: the exact network up to float32 rounding, also for clips ending in digital silence (whose
    zero rows, like the padding after a 2 s clip, are computed once from an all-zero block)."""
    clips = np.concatenate([batch, batch[:1]])
    clips[-1, TWO_S // 3 :] = 0.0  # trailing silence: fewer rows than the other clips
    exact = aisfx_model.embed(clips, precision="float32")
    fused = aisfx_model.embed(clips, precision="winograd_fused")
    np.testing.assert_allclose(fused, exact, atol=2e-4, rtol=1e-4)
    sound = [0, 1, 2, 3, 5]  # clip 4 is silence
    assert cosine(fused[sound], exact[sound]).min() >= 0.99999
    np.testing.assert_allclose(fused, aisfx_model.embed(clips, precision="winograd"), atol=1e-4, rtol=1e-5)
    alone = aisfx_model.embed(clips[-1:], precision="winograd_fused")  # its own zero rows skipped
    np.testing.assert_allclose(alone, fused[-1:], atol=1e-4, rtol=1e-5)
    long = aisfx_model.embed_blocks(np.tile(batch[:1], (1, 3)), precision="winograd_fused")  # 6 s: 4 blocks
    exact_long = aisfx_model.embed_blocks(np.tile(batch[:1], (1, 3)), precision="float32")
    assert long.shape == exact_long.shape == (1, 4, 512)
    assert cosine(long[0], exact_long[0]).min() >= 0.99999


def test_aisfx_rejects_bad_input(aisfx_model):
    with pytest.raises(ValueError):
        aisfx_model.embed(np.zeros((2, 2, 100), dtype=np.float32))
    bad = np.zeros((1, TWO_S), dtype=np.float32)
    bad[0, 5] = np.nan
    with pytest.raises(ValueError):
        aisfx_model.embed(bad)


# ---------------------------------------------------------------- baselines


def test_mel_and_mfcc_shapes_and_values(batch: np.ndarray):
    librosa = pytest.importorskip("librosa")
    mel = audio_models.load("mel")
    mfcc = audio_models.load("mfcc")
    assert (mel.embedding_size, mfcc.embedding_size) == (128, 40)
    assert mel.sample_rate == mfcc.sample_rate == SR and mel.weights_hash is None
    assert mel.settings()["n_mels"] == 128
    m, c = mel.embed(batch), mfcc.embed(batch)
    assert m.shape == (len(batch), 128) and c.shape == (len(batch), 40)
    assert m.dtype == c.dtype == np.float32 and np.isfinite(m).all() and np.isfinite(c).all()
    for i in (0, 2, 3):
        y = batch[i]
        expected_mel = librosa.power_to_db(librosa.feature.melspectrogram(y=y, sr=SR)).mean(-1)
        expected_mfcc = librosa.feature.mfcc(y=y, sr=SR, n_mfcc=40).mean(-1)
        np.testing.assert_allclose(m[i], expected_mel, atol=2e-3)
        np.testing.assert_allclose(c[i], expected_mfcc, atol=2e-3)


def test_dct_matrix_is_orthonormal_dct2():
    scipy_fft = pytest.importorskip("scipy.fft")
    x = np.random.default_rng(0).standard_normal(128)
    np.testing.assert_allclose(dct_matrix(40, 128) @ x, scipy_fft.dct(x, norm="ortho")[:40], atol=1e-5)
