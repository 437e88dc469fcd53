"""Tests of ``synthproxy.audio_models.efficientat`` (EfficientAT ``mn04`` / ``mn20``) without the published weights.

Checkpoints are stand-ins with the published tensor names and shapes and seeded random values.
"""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch

from synthproxy import audio_models
from synthproxy.audio_models import UnknownAudioModelError, UnsafeCheckpointError
from synthproxy.audio_models.efficientat import (
    EFFICIENTAT_DIR_ENV,
    EFFICIENTAT_VARIANTS,
    EfficientATCheckpointError,
    EfficientATFrontEnd,
    EfficientATModel,
    EfficientATNet,
    EfficientATWeightsNotFound,
    cut_windows,
    expected_state_dict_shapes,
    kaldi_mel_filterbank,
    load_efficientat,
    make_divisible,
    num_windows,
)

SR = 32_000
MN04_FILE = "mn04_as_mAP_432.pt"

#: Names and shapes read off the public EfficientAT model definition (models/mn/model.py and
#: block_types.py, ``get_model(width_mult=...)`` with its defaults), i.e. of the published checkpoints.
PUBLISHED_SHAPES: dict[str, dict[str, tuple[int, ...]]] = {
    "mn04": {
        "features.0.0.weight": (8, 1, 3, 3),
        "features.0.1.running_var": (8,),
        "features.1.block.0.0.weight": (8, 1, 3, 3),
        "features.1.block.1.0.weight": (8, 8, 1, 1),
        "features.2.block.0.0.weight": (24, 8, 1, 1),
        "features.4.block.2.conc_se_layers.0.fc1.weight": (8, 32),
        "features.4.block.2.conc_se_layers.0.fc2.bias": (32,),
        "features.11.block.3.0.weight": (48, 192, 1, 1),
        "features.13.block.1.0.weight": (272, 1, 5, 5),
        "features.15.block.3.0.weight": (64, 384, 1, 1),
        "features.16.0.weight": (384, 64, 1, 1),
        "features.16.1.num_batches_tracked": (),
        "classifier.2.weight": (512, 384),
        "classifier.5.weight": (527, 512),
    },
    "mn20": {
        "features.0.0.weight": (32, 1, 3, 3),
        "features.2.block.0.0.weight": (128, 32, 1, 1),
        "features.4.block.2.conc_se_layers.0.fc1.weight": (40, 144),
        "features.11.block.3.0.weight": (224, 960, 1, 1),
        "features.13.block.1.0.weight": (1344, 1, 5, 5),
        "features.15.block.3.0.weight": (320, 1920, 1, 1),
        "features.16.0.weight": (1920, 320, 1, 1),
        "classifier.2.weight": (2560, 1920),
        "classifier.5.weight": (527, 2560),
    },
}
#: Entries per published state dict, and trainable parameters (0.98 M and 17.9 M in the EfficientAT paper).
PUBLISHED_NUM_ENTRIES = 312
PUBLISHED_NUM_PARAMETERS = {"mn04": 983_599, "mn20": 17_909_287}

#: First values of the embedding of ``_reference_clip()`` by the public HEAR pipeline (``hear_mn`` with
#: mode ("b5", "b11", "b13", "b15"), timestamp embeddings averaged over time) with ``_random_state("mn04", 0)``.
REFERENCE_MN04_HEAD = np.array(
    [-0.0028475502, -0.010516962, -0.014024177, 0.44935396, 0.27267256, -0.59264332, 0.14470161, -0.199642],
    dtype=np.float32,
)
REFERENCE_MN04_NORM = 2.7628742


def _random_state(variant: str, seed: int = 0) -> dict[str, torch.Tensor]:
    """A state dict with the published names and shapes and seeded values (numpy's PCG64: stable across versions)."""
    rng = np.random.default_rng(seed)
    state = {}
    for name, shape in expected_state_dict_shapes(variant).items():
        if name.endswith("num_batches_tracked"):
            value = np.array(100)
        elif name.endswith("running_var"):
            value = 0.5 + rng.random(shape, dtype=np.float32)
        elif name.endswith(("running_mean", "bias")):
            value = 0.1 * rng.standard_normal(shape, dtype=np.float32)
        elif len(shape) == 1:  # batch-norm scale
            value = 1.0 + 0.1 * rng.standard_normal(shape, dtype=np.float32)
        else:  # conv / linear weight, variance-preserving
            fan_in = int(np.prod(shape[1:]))
            value = rng.standard_normal(shape, dtype=np.float32) / np.float32(np.sqrt(fan_in))
        state[name] = torch.as_tensor(value, dtype=torch.int64 if value.dtype.kind == "i" else torch.float32)
    return state


def _reference_clip(seconds: float = 0.5) -> np.ndarray:
    t = np.arange(int(SR * seconds)) / SR
    tone = 0.4 * np.sin(2 * np.pi * 440.0 * t) * np.exp(-4 * t) + 0.1 * np.sin(2 * np.pi * 3100.0 * t)
    return tone.astype(np.float32)


def _clips(samples: int = SR // 2) -> np.ndarray:
    """Four clips (default 0.5 s): a decaying tone, a chirp, noise, silence."""
    t = np.arange(samples) / SR
    rng = np.random.default_rng(1)
    return np.stack(
        [
            0.5 * np.sin(2 * np.pi * 220.0 * t) * np.exp(-6 * t),
            0.3 * np.sin(2 * np.pi * (100 * t + 4000 * t**2)),
            0.2 * rng.standard_normal(samples),
            np.zeros(samples),
        ]
    ).astype(np.float32)


def _cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = a.astype(np.float64), b.astype(np.float64)
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Small convolutions: one thread is faster than two on a shared CPU (and keeps timings stable)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def mn04_state() -> dict[str, torch.Tensor]:
    return _random_state("mn04")


@pytest.fixture
def weights_dir(tmp_path: Path, mn04_state, monkeypatch) -> Path:
    """A folder holding a stand-in ``mn04_as_mAP_432.pt``, named by the environment variable."""
    torch.save(mn04_state, tmp_path / MN04_FILE)
    monkeypatch.setenv(EFFICIENTAT_DIR_ENV, str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def mn04_model(mn04_state) -> EfficientATModel:
    return EfficientATModel(mn04_state, "mn04")


# --- architecture -----------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["mn04", "mn20"])
def test_state_dict_matches_published_names_and_shapes(variant):
    shapes = expected_state_dict_shapes(variant)
    assert len(shapes) == PUBLISHED_NUM_ENTRIES
    for name, shape in PUBLISHED_SHAPES[variant].items():
        assert shapes.get(name) == shape, name
    with torch.device("meta"):
        net = EfficientATNet(EFFICIENTAT_VARIANTS[variant].width_mult)
    assert sum(p.numel() for p in net.parameters()) == PUBLISHED_NUM_PARAMETERS[variant]


def test_embedding_sizes_are_sums_of_block_channels():
    with torch.device("meta"):
        small, large = EfficientATNet(0.4), EfficientATNet(2.0)
    assert small.block_channels == (16, 48, 64, 64) and sum(small.block_channels) == 192
    assert large.block_channels == (80, 224, 320, 320) and sum(large.block_channels) == 944


def test_make_divisible_rounds_like_mobilenet():
    assert [make_divisible(c * 0.4) for c in (16, 24, 40, 72, 112, 160, 672, 1280)] == [8, 16, 16, 32, 48, 64, 272, 512]
    assert make_divisible(2.0 * 72) == 144


# --- front end --------------------------------------------------------------------------------


def test_kaldi_filterbank_equals_torchaudio():
    kaldi = pytest.importorskip("torchaudio.compliance.kaldi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        banks, _ = kaldi.get_mel_banks(128, 1024, 32000.0, 0.0, 15000.0, 100.0, -500.0, 1.0)
    expected = torch.nn.functional.pad(banks, (0, 1)).numpy()
    np.testing.assert_array_equal(kaldi_mel_filterbank(), expected)


def test_shared_frame_front_end_equals_per_window_front_end():
    frontend = EfficientATFrontEnd()
    audio = torch.from_numpy(_clips(20_001)[:3])
    windows = cut_windows(audio)
    assert windows.shape == (3, num_windows(20_001), 5120) == (3, 13, 5120)
    fast = frontend.window_features(audio)
    slow = frontend(windows.reshape(-1, 5120)).reshape(3, 13, 128, 16)
    torch.testing.assert_close(fast, slow, rtol=0, atol=1e-6)


def test_windows_are_reflect_padded_and_centred():
    audio = torch.arange(4000, dtype=torch.float32)[None]
    windows = cut_windows(audio)
    assert windows.shape == (1, 3, 5120)
    assert windows[0, 0, 2560] == 0 and windows[0, 0, 2559] == 1  # reflection without repeating the edge
    assert windows[0, 1, 2560] == 1600
    with pytest.raises(ValueError, match="longer than 2560 samples"):
        cut_windows(torch.zeros(1, 2560))


# --- loading through the registry -------------------------------------------------------------


def test_load_mn04_from_env_dir_embeds_deterministically(weights_dir):
    model = audio_models.load("mn04")
    assert model.name == "mn04" and model.sample_rate == SR and model.embedding_size == 192
    assert model.weights_hash == hashlib.sha256((weights_dir / MN04_FILE).read_bytes()).hexdigest()
    clips = _clips()
    z = model.embed(clips)
    assert z.shape == (4, 192) and z.dtype == np.float32 and np.isfinite(z).all()
    np.testing.assert_array_equal(z, model.embed(clips))
    single = model.embed(clips[1])
    np.testing.assert_allclose(single[0], z[1], rtol=1e-5, atol=1e-6)
    assert not np.allclose(z[0], z[1])
    assert model.settings()["blocks"] == ["b5", "b11", "b13", "b15"]


def test_explicit_weights_path_any_name(tmp_path, mn04_state, monkeypatch):
    monkeypatch.delenv(EFFICIENTAT_DIR_ENV, raising=False)
    path = tmp_path / "my_copy.pt"
    torch.save(mn04_state, path)
    model = audio_models.load("mn04", weights_path=path, batch_windows=8)
    assert model.embedding_size == 192 and model.batch_windows == 8
    assert model.weights_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_message_names_file_variable_and_release_page(tmp_path, monkeypatch):
    monkeypatch.setenv(EFFICIENTAT_DIR_ENV, str(tmp_path))
    with pytest.raises(FileNotFoundError) as info:
        audio_models.load("mn20")
    message = str(info.value)
    assert isinstance(info.value, EfficientATWeightsNotFound)
    for part in ("mn20_as_mAP_478.pt", EFFICIENTAT_DIR_ENV, str(tmp_path), "EfficientAT GitHub releases page"):
        assert part in message
    monkeypatch.delenv(EFFICIENTAT_DIR_ENV)
    with pytest.raises(EfficientATWeightsNotFound, match=f"{EFFICIENTAT_DIR_ENV} is not set"):
        audio_models.load("mn04")


def test_wrong_shape_is_refused_naming_the_tensor(tmp_path, mn04_state):
    bad = dict(mn04_state)
    bad["features.11.block.3.0.weight"] = torch.zeros(48, 190, 1, 1)
    torch.save(bad, tmp_path / MN04_FILE)
    with pytest.raises(EfficientATCheckpointError) as info:
        load_efficientat("mn04", tmp_path / MN04_FILE)
    message = str(info.value)
    assert "'features.11.block.3.0.weight'" in message and "(48, 190, 1, 1)" in message and "(48, 192, 1, 1)" in message


def test_missing_and_unexpected_tensors_are_refused_by_name(tmp_path, mn04_state):
    bad = {k: v for k, v in mn04_state.items() if k != "features.7.block.1.1.running_mean"}
    bad["features.17.0.weight"] = torch.zeros(1)
    torch.save(bad, tmp_path / MN04_FILE)
    with pytest.raises(EfficientATCheckpointError) as info:
        load_efficientat("mn04", tmp_path / MN04_FILE)
    assert "missing tensor 'features.7.block.1.1.running_mean'" in str(info.value)
    assert "unexpected tensor 'features.17.0.weight'" in str(info.value)


def test_batch_norm_counters_may_be_absent(tmp_path, mn04_state):
    lean = {k: v for k, v in mn04_state.items() if not k.endswith("num_batches_tracked")}
    torch.save(lean, tmp_path / MN04_FILE)
    assert load_efficientat("mn04", tmp_path / MN04_FILE).embedding_size == 192


def test_pickled_objects_are_refused(tmp_path):
    torch.save({"features.0.0.weight": Path("x")}, tmp_path / MN04_FILE)
    with pytest.raises(UnsafeCheckpointError):
        load_efficientat("mn04", tmp_path / MN04_FILE)


def test_unknown_name_lists_all_models():
    with pytest.raises(UnknownAudioModelError) as info:
        audio_models.load("mn05")
    for name in ("aisfx", "mel", "mfcc", "mn04", "mn20"):
        assert repr(name) in str(info.value)


# --- numerics ---------------------------------------------------------------------------------


def test_matches_public_hear_pipeline_on_fixed_weights(mn04_model):
    z = mn04_model.embed(_reference_clip())[0]
    np.testing.assert_allclose(z[:8], REFERENCE_MN04_HEAD, rtol=1e-4, atol=1e-5)
    assert np.linalg.norm(z) == pytest.approx(REFERENCE_MN04_NORM, rel=1e-4)


def test_fast_float32_equals_unfolded_network(mn04_model):
    clips = _clips(6000)[:3]
    features = mn04_model.frontend.window_features(torch.from_numpy(clips))
    with torch.inference_mode():
        exact = mn04_model.network.block_embeddings(features.reshape(-1, 1, 128, 16))
    exact = exact.reshape(3, -1, 192).numpy()
    np.testing.assert_allclose(mn04_model.embed_windows(clips, precision="float32"), exact, rtol=1e-4, atol=1e-5)


def test_bfloat16_stays_close(mn04_model):
    clips = _clips(8000)[:3]
    cos = _cosine(mn04_model.embed(clips, precision="bfloat16"), mn04_model.embed(clips, precision="float32"))
    assert cos.min() > 0.99


def test_mn20_embeds_944():
    model = EfficientATModel(_random_state("mn20"), "mn20")
    z = model.embed(_clips(4000)[:2])
    assert model.embedding_size == 944 and z.shape == (2, 944) and z.dtype == np.float32 and np.isfinite(z).all()
