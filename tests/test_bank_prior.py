"""The bank-mix prior: presets drawn from the spec's prior or as perturbed hand-crafted training presets."""

import json

import numpy as np
import pytest
from conftest import TOY
from hypothesis import given, settings
from hypothesis import strategies as st

from synthproxy.cli import main
from synthproxy.generate import dataset_header
from synthproxy.paths import dataset_dir
from synthproxy.presets.bank_prior import BankMixPrior, bank_mix_prior, check_bank_mix, prior_preset
from synthproxy.presets.sampling import random_preset, random_presets
from synthproxy.render import RenderSettings, sample_audible_preset
from synthproxy.store import StoreError, StoreWriter, open_store
from synthproxy.synths import get_spec
from synthproxy.synths.spec import spec_from_dict

SPEC = spec_from_dict(TOY)
#: Bank presets of the toy spec: cutoff, wave (class index), sync, octave, level.
BANK = np.array([[0.3, 1, 0, 0.25, 0.8], [0.85, 3, 1, 1.0, 0.5], [0.1, 0, 0, 0.0, 0.9]], np.float32)
seeds = st.integers(0, 2**32 - 1)
indices = st.integers(0, 10**6)


def prior(**kw) -> BankMixPrior:
    return BankMixPrior(BANK, **kw)


@settings(max_examples=50, deadline=None)
@given(seeds, indices, st.integers(0, 5))
def test_p_bank_zero_is_the_random_prior(seed, index, attempt):
    assert np.array_equal(prior(p_bank=0.0).draw(SPEC, seed, index, attempt), random_preset(SPEC, seed, index, attempt))


@settings(max_examples=50, deadline=None)
@given(seeds, indices, st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_draws_are_valid_presets_of_the_spec(seed, index, p_bank, jitter, redraw):
    x = prior(p_bank=p_bank, jitter=jitter, redraw=redraw).draw(SPEC, seed, index)
    assert x.shape == (5,) and x.dtype == np.float32
    assert np.array_equal(SPEC.snap(x), x)  # clipped to intervals, on allowed steps
    cutoff, wave, sync, octave, _ = x
    assert 0.1 <= cutoff <= 0.9 and wave in (0, 1, 3) and sync in (0, 1) and octave in (0, 0.25, 0.5, 0.75, 1)


def test_same_preset_whatever_the_chunking_and_order():
    p = prior(p_bank=0.7)
    whole = np.stack([p.draw(SPEC, 11, i) for i in range(60)])
    backwards = np.stack([p.draw(SPEC, 11, i) for i in reversed(range(60))])[::-1]
    assert np.array_equal(whole, backwards)
    assert not np.array_equal(whole, random_presets(SPEC, 11, range(60)))  # some come from the bank
    # the presets drawn from the prior are the random dataset's own
    random = random_presets(SPEC, 11, range(60))
    assert 0 < sum(np.array_equal(a, b) for a, b in zip(whole, random)) < 60


def test_a_preset_keeps_its_source_at_every_draw_so_p_bank_is_the_bank_share():
    # were the source drawn again at each draw, a synth whose random draws are mostly silent (Dexed: 11 in 12)
    # would fill a p_bank 0.5 dataset with ~92% bank presets
    p = prior(p_bank=0.3)
    for i in range(100):
        same = [np.array_equal(p.draw(SPEC, 7, i, a), random_preset(SPEC, 7, i, a)) for a in range(4)]
        assert all(same) if p.source_is_random(7, i) else not any(same)
    share = np.mean([not p.source_is_random(7, i) for i in range(4000)])
    assert abs(share - 0.3) < 0.03


def test_without_noise_a_bank_draw_is_a_bank_preset_and_noise_moves_only_numbers():
    exact = np.stack([prior(p_bank=1.0, jitter=0.0, redraw=0.0).draw(SPEC, 3, i) for i in range(30)])
    assert all(any(np.array_equal(x, b) for b in BANK) for x in exact)
    assert len({x.tobytes() for x in exact}) == 3  # every bank preset is drawn
    jittered = np.stack([prior(p_bank=1.0, jitter=0.1, redraw=0.0).draw(SPEC, 3, i) for i in range(30)])
    assert np.array_equal(jittered[:, 1:3], exact[:, 1:3])  # wave and sync kept: redraw = 0
    assert not np.array_equal(jittered[:, [0, 4]], exact[:, [0, 4]])
    redrawn = np.stack([prior(p_bank=1.0, jitter=0.0, redraw=1.0).draw(SPEC, 3, i) for i in range(30)])
    assert np.array_equal(redrawn[:, [0, 3, 4]], exact[:, [0, 3, 4]])  # numbers kept: jitter = 0


def test_audible_draws_use_the_prior(toy_engine):
    p = prior(p_bank=1.0, jitter=0.0, redraw=0.0)
    s = sample_audible_preset(toy_engine, 5, 3, prior=p)
    assert np.array_equal(s.preset, prior_preset(SPEC, 5, 3, s.attempts - 1, p))
    assert np.array_equal(prior_preset(SPEC, 5, 3), random_preset(SPEC, 5, 3))


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"p_bank": 1.5}, r"p_bank \(--p-bank\) must be in \[0, 1\], got 1.5"),
        ({"jitter": -0.1}, r"jitter \(--jitter\) must be in \[0, 1\], got -0.1"),
        ({"redraw": float("nan")}, r"redraw \(--redraw\) must be a number in \[0, 1\], got nan"),
        ({"p_bank": True}, r"p_bank \(--p-bank\) must be a number"),
    ],
)
def test_bad_settings_are_refused_in_one_line(kw, message):
    with pytest.raises(ValueError, match=message):
        prior(**kw)
    with pytest.raises(ValueError, match=message):
        check_bank_mix(**{"p_bank": 0.5, "jitter": 0.05, "redraw": 0.05, **kw})


def test_a_prior_without_bank_presets_or_for_another_spec_is_refused():
    with pytest.raises(ValueError, match="no bank presets"):
        BankMixPrior(BANK[:0], p_bank=0.5)
    with pytest.raises(ValueError, match="toy: bank presets have 4 values, the spec uses 5"):
        BankMixPrior(BANK[:, :4], p_bank=1.0).draw(SPEC, 0, 0)
    with pytest.raises(ValueError, match="talnm has no hand-crafted training presets"):
        bank_mix_prior(get_spec("talnm"), 0.5)


def test_the_manifest_records_the_prior_and_stores_of_two_priors_never_mix(tmp_path):
    p = prior()
    model = {"name": "mel", "weights_hash": None, "embedding_size": 4}
    kw = {"seed": 1, "split": "train", "size": 8, "chunk_size": 4, "keep_audio": False}
    mixed = dataset_header(SPEC, RenderSettings(), model, prior=p, **kw)
    random = dataset_header(SPEC, RenderSettings(), model, **kw)
    assert "prior" not in random  # random stores keep the manifest they always had
    assert mixed["prior"] == p.settings()
    assert mixed["prior"]["bank"] == {"source": "hand-crafted train split", "presets": 3, "sha256": p.digest}
    assert {k: mixed["prior"][k] for k in ("name", "p_bank", "jitter", "redraw")} == {
        "name": "bank-mix",
        "p_bank": 0.5,
        "jitter": 0.05,
        "redraw": 0.05,
    }
    chunk = {"presets": np.zeros((4, 5), np.float32), "embeddings": np.zeros((4, 4), np.float32)}
    for first, second in (
        (mixed, random),
        (random, mixed),
        (mixed, dataset_header(SPEC, RenderSettings(), model, prior=prior(jitter=0.1), **kw)),
    ):
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        with StoreWriter(folder, first) as w:
            w.write_chunk(0, chunk)
        with pytest.raises(StoreError, match=r"different dataset \(differs in \['prior'\]\)"):
            StoreWriter(folder, second)
    assert (
        dataset_dir("dexed", "train", 8, 1, "mel", p.tag()).name == "dexed_mel_train_n8_seed1_bankmix-p0.5-j0.05-r0.05"
    )
    assert dataset_dir("dexed", "train", 8, 1, "mel").name == "dexed_mel_train_n8_seed1"


def _generate(out, *extra):
    return [
        "generate",
        *("--synth", "dexed", "--size", "8", "--seed", "3", "--split", "train", "--out", str(out)),
        *("--audio-model", "mel", "--workers", "1", "--json", *extra),
    ]


def test_cli_generates_a_bank_mix_dataset_that_does_not_depend_on_the_chunking(tmp_path, capsys):
    mix = ("--prior", "bank-mix", "--p-bank", "0.75", "--jitter", "0.02", "--redraw", "0.1")
    assert main(_generate(tmp_path / "a", "--chunk-size", "4", *mix)) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["complete"] and out["n"] == 8
    assert (
        out["prior"]["name"] == "bank-mix"
        and out["prior"]["p_bank"] == 0.75
        and out["prior"]["bank"]["presets"] > 10_000
    )
    assert open_store(tmp_path / "a").manifest["prior"] == out["prior"]
    assert main(_generate(tmp_path / "b", "--chunk-size", "8", *mix)) == 0
    capsys.readouterr()
    a, b = open_store(tmp_path / "a").load("presets"), open_store(tmp_path / "b").load("presets")
    assert np.array_equal(a, b)
    assert main(_generate(tmp_path / "a", "--chunk-size", "4")) == 2  # a random run never resumes a bank-mix store
    assert "different dataset (differs in ['prior'])" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--prior", "bank-mix", "--p-bank", "2"), "p_bank (--p-bank) must be in [0, 1], got 2.0"),
        (
            (
                "--jitter",
                "0.1",
            ),
            "--jitter: settings of --prior bank-mix, not of --prior random",
        ),
    ],
)
def test_cli_refuses_bad_prior_settings_in_one_line(tmp_path, capsys, extra, message):
    assert main(_generate(tmp_path / "x", *extra)) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()
