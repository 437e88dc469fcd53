"""Hand-crafted sets rendered and embedded on Dask workers: same set as in one process, resumable."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from synthproxy import audio_models
from synthproxy.generate_handcrafted import handcrafted_presets, handcrafted_store, render_candidates, stale_reason
from synthproxy.io import write_json
from synthproxy.presets.handcrafted import read_banks, screen_presets
from synthproxy.render import RenderSettings
from synthproxy.store import MANIFEST, StoreWriter, open_store, read_manifest, verify
from synthproxy.synths import get_spec, open_engine

BANK = Path(__file__).resolve().parents[1] / "data" / "dx7" / "factory" / "rom1a.syx"


def test_workers_give_the_set_one_process_gives(tmp_path):
    spec, model = get_spec("dexed"), audio_models.load("mel")
    expected = handcrafted_presets(spec, [BANK], open_engine(spec), audio_model=model)
    hc = handcrafted_store("dexed", [BANK], tmp_path / "hc", audio_model="mel", workers=2, progress=False)
    store = open_store(tmp_path / "hc")
    assert hc.report() == expected.report() and len(store) == len(expected.presets) > 0
    np.testing.assert_array_equal(store.load("presets"), expected.presets)
    np.testing.assert_allclose(store.load("embeddings"), expected.embeddings, rtol=1e-5, atol=1e-5)
    assert [m["name"] for m in store.metadata] == [m["name"] for m in expected.metadata]
    assert not (tmp_path / ".hc.renders").exists(), "the work store is removed once the set is written"


def test_a_killed_run_resumes_from_its_finished_chunks(tmp_path, monkeypatch):
    spec, model = get_spec("dexed"), audio_models.load("mel")
    presets, _ = read_banks([BANK], spec)
    _, vectors, candidates = screen_presets(spec, presets)
    settings = RenderSettings(sample_rate=model.sample_rate)
    kwargs = dict(audio_model=model, settings=settings, workers=1, chunk_size=8, progress=False)
    ref = render_candidates(spec, vectors[candidates], tmp_path / "ref", **kwargs)

    written: list[int] = []
    original = StoreWriter.write_chunk

    def dies_after_two(self, i, *args, **kw):
        if len(written) == 2:
            raise KeyboardInterrupt("killed")
        written.append(i)
        return original(self, i, *args, **kw)

    monkeypatch.setattr(StoreWriter, "write_chunk", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        render_candidates(spec, vectors[candidates], tmp_path / "work", **kwargs)
    monkeypatch.setattr(StoreWriter, "write_chunk", original)
    assert verify(tmp_path / "work")["ok"] and len(open_store(tmp_path / "work").chunks) == 2
    levels, embeddings, errors = render_candidates(spec, vectors[candidates], tmp_path / "work", **kwargs)
    np.testing.assert_array_equal(levels, ref[0])
    np.testing.assert_array_equal(embeddings, ref[1])
    assert errors == ref[2]
    assert verify(tmp_path / "work")["digest"] == verify(tmp_path / "ref")["digest"]


def test_a_set_knows_the_banks_it_was_made_from(tmp_path):
    banks = sorted(BANK.parent.glob("*.syx"))[:2]
    handcrafted_store("dexed", banks[:1], tmp_path / "hc", audio_model=None, render=False, progress=False)
    assert stale_reason(tmp_path / "hc", "dexed", banks[:1]) is None
    assert stale_reason(tmp_path / "hc", "dexed", banks) == "made from other banks (0 banks no longer used, 1 new)"
    assert stale_reason(tmp_path / "hc", "dexed", banks[:1], "aisfx") == "made with audio model None, not aisfx"
    assert stale_reason(tmp_path / "other", "dexed", banks[:1]) == "missing"
    edited = tmp_path / banks[0].name
    edited.write_bytes(banks[0].read_bytes()[:-1] + b"\x00")
    assert stale_reason(tmp_path / "hc", "dexed", [edited]) == "made from other banks (files changed)"
    manifest = read_manifest(tmp_path / "hc")
    del manifest["banks"]
    write_json(tmp_path / "hc" / MANIFEST, manifest)
    assert stale_reason(tmp_path / "hc", "dexed", banks[:1]) == "made before sets recorded their banks"


def test_evaluation_makes_a_stale_hand_crafted_set_again(tmp_path, monkeypatch, capsys):
    from synthproxy import testsets

    banks = sorted(BANK.parent.glob("*.syx"))[:2]
    handcrafted_store("dexed", banks[:1], tmp_path / "hc", audio_model=None, render=False, progress=False)
    made: list[list[Path]] = []
    monkeypatch.setattr(testsets, "handcrafted_dir", lambda *a, **k: tmp_path / "hc")
    monkeypatch.setattr(testsets, "dataset_dir", lambda *a, **k: tmp_path / "random")
    monkeypatch.setattr(testsets, "generate", lambda *a, **k: None)
    monkeypatch.setattr(testsets, "handcrafted_banks", lambda synth, split: banks)
    monkeypatch.setattr(testsets, "handcrafted_store", lambda synth, b, out, **k: made.append(list(b)))
    monkeypatch.setattr(testsets, "stale_reason", lambda folder, synth, b, model: stale_reason(folder, synth, b))
    testsets.prepare_test_sets("dexed", 8, "mel")
    assert made == [banks], "the set made from one bank is made again from the two test banks"
    assert "again: made from other banks" in capsys.readouterr().out
    made.clear()
    testsets.prepare_test_sets("dexed", 8, "mel", max_banks=1)
    assert made == [], "a current set is used as it is"
