"""Sound matching (synthproxy.match, ``synthproxy match``): distances, targets, banks, the three stages,
the baselines, the files written, and the command's errors.

Unit tests use the toy spec and engine of conftest.py with a toy audio model and an untrained encoder;
the command-line tests use the real Dexed engine, aisfx and a tiny encoder trained on fake embeddings.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import soundfile as sf
import torch

from synthproxy import match as mt
from synthproxy.cli import main
from synthproxy.encoders import build_encoder
from synthproxy.presets.sampling import random_presets
from synthproxy.store import StoreWriter
from synthproxy.synths import availability, get_spec
from synthproxy.train import TrainConfig, train

DATA = Path(__file__).parent / "data"
ROM = DATA / "dx7" / "rom1a.syx"
REPO_DX7 = Path(__file__).parents[1] / "data" / "dx7"
SR = 44100
needs_amsynth = pytest.mark.skipif(not availability("amsynth").available, reason="amsynth plugin not installed")


@pytest.fixture(autouse=True)
def _data_in_tmp(tmp_path, monkeypatch):
    """Caches of bank embeddings go to a temporary folder, not the user's cache; data/ too."""
    import synthproxy.paths as paths

    monkeypatch.setattr(paths, "DATA_DIR", tmp_path / "data")
    monkeypatch.setenv("SYNTHPROXY_CACHE", str(tmp_path / "cache"))


def tone(freq: float, seconds: float = 0.5, sr: int = SR, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


class ToyAudioModel:
    """Log band energies of the spectrum: a deterministic stand-in for an audio model (D = 16)."""

    name, sample_rate, embedding_size, weights_hash = "toy", SR, 16, None

    def embed(self, audio: np.ndarray) -> np.ndarray:
        spec = np.abs(np.fft.rfft(np.atleast_2d(audio), axis=1))
        bands = np.array_split(spec, self.embedding_size, axis=1)
        return np.log1p(np.stack([b.mean(1) for b in bands], 1)).astype(np.float32)


@pytest.fixture
def matcher(toy_spec, toy_engine) -> mt.SoundMatcher:
    torch.manual_seed(0)
    enc = build_encoder("mlp", toy_spec, out_features=16, size="s", hidden_features=32).eval()
    return mt.SoundMatcher(toy_spec, enc, ToyAudioModel(), toy_engine)


def toy_bank(spec, n: int = 12, seed: int = 3) -> mt.Bank:
    presets = random_presets(spec, seed, range(n))
    presets[:, 4] = np.maximum(presets[:, 4], 0.5)  # audible (the toy engine's level)
    return mt.Bank(presets, [f"P{i}" for i in range(n)], ["toybank"] * n)


def valid(spec, presets: np.ndarray) -> bool:
    """True when presets are exactly what the spec allows (snapping them changes nothing)."""
    return np.array_equal(spec.from_values(spec.to_values(presets)), presets)


# -- distances ----------------------------------------------------------------------------------
def test_stft_distance_zero_for_identical_and_orders_differences():
    a = tone(440)
    assert mt.stft_distance(a, a) == pytest.approx(0.0, abs=1e-12)
    quieter, other = tone(440, amp=0.4), tone(1000)
    d = mt.stft_distance(np.stack([quieter, other]), a)
    assert d.shape == (2,) and 0 < d[0] < d[1]
    assert mt.stft_distance(quieter, a) == pytest.approx(d[0])
    with pytest.raises(ValueError, match="length"):
        mt.stft_distance(a[:-1], a)
    with pytest.raises(ValueError, match="shorter"):
        mt.stft_distance(a[:100], a[:100])


def test_stft_distance_matches_a_direct_computation():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=4096) * 0.1, rng.normal(size=4096) * 0.1
    n_fft, hop = 512, 128
    win = np.hanning(n_fft + 1)[:-1]  # periodic Hann, as torch's

    def mag(s):
        p = np.pad(s, n_fft // 2, mode="reflect")
        frames = np.stack([p[i : i + n_fft] * win for i in range(0, len(p) - n_fft + 1, hop)])
        return np.maximum(np.abs(np.fft.rfft(frames, axis=1)), mt.STFT_MAGNITUDE_FLOOR)

    mx, my = mag(x), mag(y)
    want = np.linalg.norm(mx - my) / np.linalg.norm(my) + np.abs(np.log(mx) - np.log(my)).mean()
    assert mt.stft_distance(x, y, fft_sizes=(n_fft,)) == pytest.approx(want, rel=1e-6)


def test_embedding_and_preset_distances(toy_spec):
    assert np.allclose(mt.embedding_distance(np.array([[0, 0], [1, 4]]), np.array([1.0, 1.0])), [1.0, 1.5])
    p = np.array([0.5, 1.0, 0.0, 0.25, 0.9], np.float32)
    q = p.copy()
    q[1] = 3  # another category: one parameter of five entirely changed
    q[0] = 0.6
    assert mt.preset_distance(toy_spec, np.stack([p, q]), p) == pytest.approx([0.0, (1.0 + 0.1) / 5])


# -- targets ------------------------------------------------------------------------------------
def test_read_target_resamples_cuts_and_refuses_bad_files(tmp_path):
    from synthproxy.render import RenderSettings

    settings = RenderSettings(render_length_s=0.5, note_hold_s=0.25)
    sf.write(tmp_path / "low.wav", tone(441, seconds=1.0, sr=22050), 22050)
    audio, info = mt.read_target(tmp_path / "low.wav", settings)
    assert audio.shape == (settings.num_samples,) and info["resampled"] and info["sample_rate"] == 22050
    peak_hz = np.argmax(np.abs(np.fft.rfft(audio))) * SR / len(audio)
    assert abs(peak_hz - 441) < 3
    (tmp_path / "text.wav").write_text("not audio at all")
    with pytest.raises(mt.TargetError, match="not an audio file"):
        mt.read_target(tmp_path / "text.wav", settings)
    sf.write(tmp_path / "silent.wav", np.zeros(SR, np.float32), SR)
    with pytest.raises(mt.TargetError, match="silent"):
        mt.read_target(tmp_path / "silent.wav", settings)
    with pytest.raises(mt.TargetError, match="no such"):
        mt.read_target(tmp_path / "missing.wav", settings)
    assert issubclass(mt.TargetError, ValueError)


# -- the three stages ---------------------------------------------------------------------------
def test_retrieval_ranks_the_bank_by_proxy_distance(matcher, toy_spec):
    bank = toy_bank(toy_spec)
    matcher.set_bank(bank)
    target = matcher.proxy_embeddings(bank.presets[[5]])[0]
    got = matcher.retrieve(target, 3)
    assert got[0].name == "P5" and got[0].proxy_distance == pytest.approx(0.0, abs=1e-6)
    assert [c.proxy_distance for c in got] == sorted(c.proxy_distance for c in got)
    with pytest.raises(mt.EmptyBankError):
        matcher.set_bank(mt.Bank(bank.presets[:0], [], []))


def _descend(matcher, starts, target, steps, **settings):
    """The refinement with explicit settings (``Relaxation`` keywords and ``descend`` keywords)."""
    from synthproxy.match import refinement as rf

    relax = {k: settings.pop(k) for k in ("lr", "logit_lr", "radius", "discrete") if k in settings}
    relaxed = rf.Relaxation(matcher.encoder, matcher.spec, starts, **relax)
    with rf.frozen(matcher.encoder):
        return relaxed, rf.descend(relaxed, starts, target, steps, matcher.proxy_embeddings, **settings)


def test_refinement_moves_towards_the_target_and_returns_valid_presets(matcher, toy_spec):
    bank = toy_bank(toy_spec)
    target = matcher.proxy_embeddings(bank.presets[[0]])[0]
    starts = bank.presets[1:5]
    _, r = _descend(matcher, starts, target, 60, penalty=0.0)  # the proxy distance alone
    assert r.presets.shape == starts.shape and r.losses.shape == (60, 4)
    assert np.all(r.proxy_distances <= r.start_distances + 1e-7)
    assert np.mean(r.proxy_distances) < np.mean(r.start_distances)
    assert valid(toy_spec, r.presets)
    cats = r.presets[:, 1]
    assert set(np.unique(cats)) <= {0.0, 1.0, 3.0}  # category 2 is excluded by the spec
    assert np.allclose(mt.embedding_distance(matcher.proxy_embeddings(r.presets), target), r.proxy_distances, atol=1e-5)
    assert list(r.check_steps) == [0, 10, 20, 30, 40, 50, 60]


def test_refinement_never_scores_worse_than_its_start(matcher, toy_spec):
    from synthproxy.match.constants import REFINE_PENALTY
    from synthproxy.match.refinement import moves

    bank = toy_bank(toy_spec)
    target = matcher.proxy_embeddings(bank.presets[[0]])[0]
    starts = toy_spec.snap(bank.presets[1:7])
    for penalty, margin in ((0.0, 0.0), (0.5, 0.0), (0.5, 0.01), (REFINE_PENALTY, 0.0)):
        _, r = _descend(matcher, starts, target, 40, penalty=penalty, margin=margin)
        score = r.proxy_distances + penalty * moves(toy_spec, r.presets, starts)
        kept = np.all(r.presets == starts, axis=1)
        assert np.all(score <= r.start_distances + 1e-6)
        assert np.all(kept | (score < r.start_distances - margin))  # a move must gain more than the margin
        assert valid(toy_spec, r.presets)
    r = matcher.refine(starts, target, steps=40)  # the defaults obey the same rule
    score = r.proxy_distances + REFINE_PENALTY * moves(toy_spec, r.presets, starts)
    assert np.all(score <= r.start_distances + 1e-6)
    _, r = _descend(matcher, starts, target, 40, penalty=1e6)  # every move too expensive: the starts come back
    assert np.array_equal(r.presets, starts) and np.allclose(r.proxy_distances, r.start_distances)


def test_refinement_trust_region_and_frozen_categories(matcher, toy_spec):
    bank = toy_bank(toy_spec)
    target = matcher.proxy_embeddings(bank.presets[[0]])[0]
    starts = toy_spec.snap(bank.presets[1:7])
    numeric = ~np.asarray(toy_spec.sampling_tables["categorical"], bool) & np.array(
        [p.type != "bin" for p in toy_spec.used]
    )
    free, _ = _descend(matcher, starts, target, 60, penalty=0.0, lr=0.05)
    assert (free.values.detach() - free.encoder.split(torch.as_tensor(starts))[0]).abs().max() > 0.05
    relaxed, r = _descend(matcher, starts, target, 60, penalty=0.0, lr=0.05, radius=0.05)
    noncat0 = relaxed.encoder.split(torch.as_tensor(starts))[0]
    moved = (relaxed.values.detach() - noncat0).abs()[:, ~relaxed.is_bin]
    assert moved.max() <= 0.05 + 1e-6 and moved.max() > 0.04  # the bound binds, and holds
    assert (relaxed.values.detach()[:, ~relaxed.is_bin] >= relaxed.lo[:, ~relaxed.is_bin] - 1e-7).all()
    snap_slack = 0.5 / 99 + 1e-6  # projection snaps to steps of at worst 1/99 in the toy spec
    assert np.abs(r.presets[:, numeric] - starts[:, numeric]).max() <= 0.05 + snap_slack
    _, r = _descend(matcher, starts, target, 60, penalty=0.0, discrete=False)
    assert np.array_equal(r.presets[:, ~numeric], starts[:, ~numeric])  # categories and switches kept


def test_match_verifies_by_real_renders(matcher, toy_spec, toy_engine):
    from synthproxy.render import render_preset

    bank = toy_bank(toy_spec)
    matcher.set_bank(bank)
    target = render_preset(toy_engine, bank.presets[7])
    r = matcher.match(target, candidates=len(bank) + 4, starts=2, steps=20)
    assert r.candidates[0].distance == pytest.approx(0.0, abs=1e-6)
    assert r.candidates[0].stft == pytest.approx(0.0, abs=1e-9)
    assert np.array_equal(r.candidates[0].preset, bank.presets[7])
    assert [c.distance for c in r.candidates] == sorted(c.distance for c in r.candidates)
    assert r.stages["verification"]["renders"] == len(r.candidates) == r.renders
    assert len({c.preset.tobytes() for c in r.candidates}) == len(r.candidates)  # no render wasted on a duplicate
    assert r.best("abc") is r.candidates[0] and r.best("a") is r.retrieved[0]
    assert r.best("ab").proxy_distance == min(c.proxy_distance for c in r.retrieved + r.refined)
    quick = matcher.match(target, candidates=3, starts=0, verify=False)
    assert quick.renders == 0 and quick.refinement is None and all(c.audio is None for c in quick.candidates)


def test_baselines_use_their_budget_and_are_seeded(matcher, toy_spec, toy_engine):
    from synthproxy.render import render_preset

    target = render_preset(toy_engine, toy_bank(toy_spec).presets[0])
    r = matcher.random_search(target, budget=10, seed=1)
    assert r.renders == 10 and len(r.distances) == 10 and r.best.distance == pytest.approx(r.distances.min())
    matcher.set_bank(toy_bank(toy_spec))
    b = matcher.bank_search(target, budget=20, seed=1)  # more than the bank holds: each of its 12 presets once
    assert b.renders == 12 and b.best.origin == "bank" and b.best.source == "toybank"
    assert b.best.name == "P0" and b.best.distance == pytest.approx(0.0, abs=1e-6)
    calls = toy_engine.calls
    e1 = matcher.evolutionary_search(target, budget=21, seed=1)
    assert toy_engine.calls - calls == 21 == e1.renders
    assert valid(toy_spec, e1.best.preset[None])
    e2 = matcher.evolutionary_search(target, budget=21, seed=1)
    assert np.array_equal(e1.best.preset, e2.best.preset) and np.array_equal(e1.distances, e2.distances)
    assert e1.best.distance <= e1.distances[:5].min()  # never worse than its initial population


def test_compare_methods_table(matcher, toy_spec, toy_engine, tmp_path):
    from synthproxy.render import render_preset

    bank = toy_bank(toy_spec, n=16)
    targets, pool = bank.subset([0, 1]), bank.subset(range(2, 16))
    targets = mt.Bank(targets.presets, ["Wurlitsr \\", "*Kershaw"], targets.sources)  # DX7 names, Markdown syntax
    matcher.set_bank(pool)
    audio = np.stack([render_preset(toy_engine, p) for p in targets.presets])
    c = mt.compare_methods(matcher, targets, audio, budget=6, steps=10, starts=2)
    t = c.table
    assert len(t) == 2 * len(mt.METHODS) and set(t["method"]) == set(mt.METHODS)
    assert {"target", "method", "distance", "stft", "renders", "seconds", "name"} <= set(t.columns)
    by = t.groupby("method", observed=True)["renders"].max()
    assert by[mt.METHODS[0]] == by[mt.METHODS[1]] == 0
    assert all(by[m] == 6 for m in mt.METHODS[2:])
    assert t["distance"].notna().all() and t["stft"].notna().all()
    s = mt.summarize_comparison(t)
    assert list(s.index) == list(mt.METHODS) and s["wins"].sum() >= 2
    text = mt.describe_comparison(s)
    assert "proxy" in text and all(np.isfinite(s["distance"]))
    saved = mt.save_comparison(c, tmp_path, synth="toy")
    means = pd.read_csv(tmp_path / "sound_matching.csv")
    rows = pd.read_csv(tmp_path / "sound_matching_targets.csv")
    assert list(means["method"]) == list(mt.METHODS) and set(means["synth"]) == {"toy"} and set(means["targets"]) == {2}
    assert len(rows) == len(t) and np.allclose(means["distance"], saved["distance"])
    for i in range(2):  # the players' captions show the names as they are, not their asterisks as emphasis
        caption = shown_markdown(c.players(i, SR)[0].data)
        assert caption == f"<p><strong>target: toybank: {targets.names[i]}</strong></p>"
    table = c.players_table(range(2), SR).data  # one labelled row per target: target, then each method's answer
    assert table.count("<tr>") == 3 and table.count("<audio") == len(t) + 2  # a header row, then a row per target
    assert all(f"<th>{m}</th>" in table for m in mt.METHODS)


def shown_markdown(text: str) -> str:
    """HTML of a Markdown output as a CommonMark renderer (myst-nb's, Jupyter's) shows it, entities decoded."""
    import html

    from markdown_it import MarkdownIt

    return html.unescape(MarkdownIt("commonmark").render(text).strip())


def test_markdown_text_escapes_what_markdown_would_interpret():
    for name in ["BRASS   1", "Wurlitsr \\", "*Kershaw", "<Stereo.2>", "Weird %*%*", "$$$ a $", "_x_ [y](z) `c`"]:
        assert shown_markdown(f"**{mt.markdown_text(name)}**") == f"<p><strong>{name}</strong></p>"
    assert shown_markdown("**Wurlitsr \\**") != "<p><strong>Wurlitsr \\</strong></p>"  # what went wrong


# -- banks --------------------------------------------------------------------------------------
def fake_store(folder: Path, spec, n: int, seed: int, split: str, dim: int = 512, model: str = "aisfx") -> Path:
    presets = random_presets(spec, seed, range(n))
    emb = np.abs(np.random.default_rng(seed).normal(size=(n, dim))).astype(np.float32)
    header = {
        "kind": "random",
        "synth": spec.name,
        "spec_hash": spec.hash,
        "spec": spec.to_dict(),
        "render_settings": {"sample_rate": SR},
        "audio_model": {"name": model, "weights_hash": None, "embedding_size": dim},
        "seed": seed,
        "split": split,
        "size": n,
        "chunk_size": n,
    }
    w = StoreWriter(folder, header)
    w.write_chunk(0, {"presets": presets, "embeddings": emb})
    w.update(complete=True)
    return folder


def test_banks_from_files_stores_and_their_errors(tmp_path):
    dexed = get_spec("dexed")
    rom = mt.handcrafted_bank(dexed, [ROM])
    assert 20 < len(rom) <= 32 and rom.sources[0] == "rom1a" and valid(dexed, rom.presets)
    store = fake_store(tmp_path / "store", dexed, 10, seed=1, split="train")
    both = mt.load_bank(dexed, [ROM, store, ROM])
    assert len(both) == len(rom) + 10  # the second ROM adds only duplicates
    assert "store#0" in both.names
    with pytest.raises(mt.MatchError, match="amsynth"):
        mt.store_bank(get_spec("amsynth"), store)
    (tmp_path / "empty").mkdir()
    with pytest.raises(mt.MatchError, match="no dexed bank files"):
        mt.load_bank(dexed, [tmp_path / "empty"])
    assert len(mt.Bank.concat([], 3)) == 0 and len(both.sample(5, seed=0)) == 5


def test_search_bank_removes_the_targets_banks_and_near_copies():
    dexed = get_spec("dexed")
    rom = mt.handcrafted_bank(dexed, [ROM])
    targets = rom.subset([0])
    copy = rom.presets[0].copy()
    j = next(i for i, p in enumerate(dexed.used) if p.type == "num")
    copy[j] = 1.0 - copy[j]  # one value of a hundred changed
    other = mt.Bank(np.concatenate([rom.presets[1:5], copy[None]]), ["a", "b", "c", "d", "copy"], ["x"] * 5)
    bank, removed = mt.search_bank(dexed, targets, mt.Bank.concat([rom, other], len(dexed.used)))
    assert removed == {"same_bank": len(rom), "near_copy": 1}
    assert bank.names == ["a", "b", "c", "d"]


# -- checkpoints --------------------------------------------------------------------------------
def tiny_ckpt(root: Path, synth: str) -> Path:
    spec = get_spec(synth)
    tr = fake_store(root / f"{synth}_tr", spec, 64, seed=1, split="train")
    va = fake_store(root / f"{synth}_va", spec, 32, seed=2, split="val")
    out = root / f"{synth}_mlp_s.pt"
    cfg = TrainConfig(
        arch="mlp", size="s", overrides={"hidden_features": 32}, epochs=1, batch_size=32, val_subsets=1, threads=1
    )
    train(tr, va, out, cfg, progress=False)
    return out


@pytest.fixture(scope="module")
def ckpts(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("ckpt")
    return {s: tiny_ckpt(root, s) for s in ("dexed", "amsynth")}


def test_find_and_ensure_checkpoint(tmp_path, monkeypatch):
    import synthproxy.paths as paths
    from synthproxy.smoke import ensure_checkpoint

    monkeypatch.setattr(paths, "CHECKPOINTS_DIR", tmp_path)
    monkeypatch.setattr("synthproxy.encoders.checkpoint.checkpoint_misfit", lambda path, spec: None)  # empty files
    assert mt.find_checkpoint("dexed") is None
    with pytest.raises(FileNotFoundError, match="train_if_missing"):
        ensure_checkpoint("dexed")
    (tmp_path / "quick").mkdir()
    (tmp_path / "quick" / "dexed_transformer_s.pt").write_bytes(b"")
    assert mt.find_checkpoint("dexed") == tmp_path / "quick" / "dexed_transformer_s.pt"
    for name in ("dexed_mlp_b.last.pt", "dexed_mlp_b.pt", "dexed-vst_mlp_b.pt", "amsynth_mlp_b.pt"):
        (tmp_path / name).write_bytes(b"")
    assert mt.find_checkpoint("dexed") == tmp_path / "dexed_mlp_b.pt"
    assert ensure_checkpoint("dexed") == tmp_path / "dexed_mlp_b.pt"
    with pytest.raises(FileNotFoundError, match="no such checkpoint"):
        ensure_checkpoint("dexed", tmp_path / "nope.pt")


def test_matcher_refuses_a_checkpoint_of_another_synth(ckpts):
    with pytest.raises(mt.SynthMismatchError, match="'amsynth', not of 'dexed'"):
        mt.SoundMatcher.from_checkpoint(ckpts["amsynth"], "dexed")


# -- files --------------------------------------------------------------------------------------
def test_write_matches_dexed_bank_round_trips(tmp_path):
    from synthproxy.presets.dx7_voice import values_from_voice
    from synthproxy.presets.syx import read_bank
    from synthproxy.render import RenderSettings

    dexed = get_spec("dexed")
    rom = mt.handcrafted_bank(dexed, [ROM])
    cands = [
        mt.Candidate(
            rom.presets[i],
            rom.names[i],
            "retrieval" if i else "refinement",
            "rom1a",
            proxy_distance=0.5,
            distance=0.1 * i,
            stft=1.0,
            audio=tone(220),
        )
        for i in range(3)
    ]
    r = mt.write_matches(
        tmp_path / "out", dexed, RenderSettings(), cands, target_audio=tone(220), info={"synth": "dexed"}
    )
    voices = read_bank(r["files"]["bank"])
    assert [v.name for v in voices[:3]] == [
        f"{k}{mark}{rom.names[k - 1]}"[:10].strip() for k, mark in ((1, "~"), (2, " "), (3, " "))
    ]
    back = dexed.from_values(values_from_voice(np.stack([v.array for v in voices[:3]]), dexed))
    assert np.array_equal(back, rom.presets[:3])
    saved = json.loads((tmp_path / "out" / "match.json").read_text())
    assert saved["distances"] == [0.0, 0.1, 0.2] and saved["synth"] == "dexed"
    assert len(saved["presets"]) == 3 and set(saved["presets"][0]["values"]) == {p.name for p in dexed.used}
    assert all(Path(f).exists() for f in saved["files"]["audio"]) and Path(saved["files"]["target"]).exists()


@needs_amsynth
def test_write_matches_amsynth_bank_round_trips(tmp_path):
    from synthproxy.presets.amsynth_bank import read_bank
    from synthproxy.render import RenderSettings

    spec = get_spec("amsynth")
    presets = random_presets(spec, 0, range(3))
    cands = [
        mt.Candidate(p, f"R{i}", "random", "random", distance=float(i), audio=tone(220)) for i, p in enumerate(presets)
    ]
    r = mt.write_matches(tmp_path, spec, RenderSettings(), cands)
    back = read_bank(r["files"]["bank"], spec)
    assert [b.name for b in back] == ["1 R0", "2 R1", "3 R2"]
    assert np.allclose(spec.from_values(np.stack([b.values for b in back])), presets, atol=1e-5)


def test_write_matches_talnm_bundle_round_trips_and_is_replaced_on_overwrite(tmp_path):
    """TAL-NoiseMaker's matches are an LV2 preset bundle (a folder); a second match removes the first's files."""
    from synthproxy.outputs import clear_match_files, own_match_files
    from synthproxy.presets.tal_bank import read_bank
    from synthproxy.render import RenderSettings

    spec = get_spec("talnm")  # writing a bundle needs no plugin
    presets = random_presets(spec, 0, range(3))
    cands = [
        mt.Candidate(p, f"R{i}", "random", "random", distance=float(i), audio=tone(220)) for i, p in enumerate(presets)
    ]
    r = mt.write_matches(tmp_path, spec, RenderSettings(), cands)
    bundle = tmp_path / "TAL-NoiseMaker-matches.lv2"
    assert Path(r["files"]["bank"]).parent == bundle and (bundle / "manifest.ttl").is_file()
    back = read_bank(r["files"]["bank"], spec)
    assert [b.name for b in back] == ["1 R0", "2 R1", "3 R2"]
    assert np.allclose(spec.from_values(np.stack([b.values for b in back])), presets, atol=1e-5)
    (tmp_path / "notes.txt").write_text("mine")
    assert bundle / "presets.ttl" in own_match_files(tmp_path, bundle.name)
    assert bundle / "presets.ttl" not in own_match_files(tmp_path)  # without the bank's name: not ours to remove
    clear_match_files(tmp_path, bundle.name)
    assert not bundle.exists() and [f.name for f in tmp_path.iterdir()] == ["notes.txt"]


# -- the command --------------------------------------------------------------------------------
def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_match_writes_bank_audio_and_json(tmp_path, capsys, ckpts):
    from synthproxy.presets.syx import read_bank

    target = tmp_path / "t.wav"
    assert (
        main(
            [
                "render",
                "--synth",
                "dexed",
                "--bank",
                str(REPO_DX7 / "factory" / "rom1b.syx"),
                "--index",
                "2",
                "--out",
                str(target),
                "--sample-rate",
                "22050",
            ]
        )
        == 0
    )  # another sample rate: resampled
    capsys.readouterr()
    code, out, err = run(
        capsys,
        "match",
        "--synth",
        "dexed",
        "--target",
        str(target),
        "--checkpoint",
        str(ckpts["dexed"]),
        "--out",
        str(tmp_path / "m"),
        "--no-default-bank",
        "--bank",
        str(ROM),
        "--n",
        "3",
        "--candidates",
        "4",
        "--starts",
        "2",
        "--steps",
        "5",
        "--json",
    )
    assert code == 0, err
    r = json.loads(out)
    assert {"distances", "presets", "files", "renders", "seconds", "synth", "checkpoint", "target"} <= set(r)
    assert len(r["distances"]) == 3 and r["distances"] == sorted(r["distances"])
    assert r["renders"] == 4 and r["synth"] == "dexed" and r["target_info"]["resampled"]
    assert len(read_bank(r["files"]["bank"])) == 32 and Path(r["files"]["bank"]).name == "matches.syx"
    assert json.loads((tmp_path / "m" / "match.json").read_text())["distances"] == r["distances"]
    assert len(r["files"]["audio"]) == 3


def test_cli_match_errors_are_one_line(tmp_path, capsys, ckpts):
    good = tmp_path / "good.wav"
    sf.write(good, tone(330, seconds=2.0), SR)
    (tmp_path / "text.wav").write_text("hello")
    sf.write(tmp_path / "silent.wav", np.zeros(SR, np.float32), SR)
    (tmp_path / "empty").mkdir()
    base = ["match", "--synth", "dexed", "--checkpoint", str(ckpts["dexed"]), "--out", str(tmp_path / "o")]
    cases = [
        (["--target", str(tmp_path / "text.wav")], "not an audio file"),
        (["--target", str(tmp_path / "silent.wav")], "silent"),
        (["--target", str(good), "--checkpoint", str(ckpts["amsynth"])], "proxy of 'amsynth', not of 'dexed'"),
        (["--target", str(good), "--no-default-bank"], "holds no preset"),
        (["--target", str(good), "--no-default-bank", "--bank", str(tmp_path / "empty")], "no dexed bank files"),
        (["--target", str(good), "--n", "40"], "n must be 1..32"),
        (["--target", str(good), "--checkpoint", str(good)], "not a readable plain-data checkpoint"),
    ]
    for extra, message in cases:
        code, out, err = run(capsys, *base, *extra)
        assert code == 2, (extra, err)
        assert message in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "o").exists()
