import json

import numpy as np
import pytest

from synthproxy.generate_handcrafted import clean_presets, write_handcrafted
from synthproxy.presets.bank import BankPreset
from synthproxy.store import StoreError, open_store, verify


def bank(values, names=None):
    return [
        BankPreset("b", i, (names or [f"P{i}"] * len(values))[i], np.asarray(v, np.float32))
        for i, v in enumerate(values)
    ]


def test_clean_removes_duplicates_and_silence(toy_spec, toy_engine):
    presets = bank(
        [
            [0.5, 0.0, 0, 0.5, 0.9, 0.7],  # kept
            [0.5, 0.0, 0, 0.5, 0.9, 0.1],  # duplicate once reduced (differs only in an unused parameter)
            [0.5, 1 / 3, 1, 0.5, 0.05, 0.7],  # silent (level**3 ~ 1e-4)
            [0.95, 2 / 3, 0, 0.5, 0.9, 0.7],  # adjusted: cutoff clipped, excluded category snapped
        ],
        names=["BASS 1", "BASS 1 copy", "QUIET", "E.PIANO 1"],
    )
    hc = clean_presets(toy_spec, presets, toy_engine)
    assert hc.read == 4 and len(hc.presets) == 2
    assert dict(hc.removed) == {"duplicate": 1, "silent": 1}
    assert hc.adjusted == 1
    assert [m["name"] for m in hc.metadata] == ["BASS 1", "E.PIANO 1"]
    dup = [r for r in hc.removed_presets if r["reason"] == "duplicate"][0]
    assert dup["duplicate_of"]["name"] == "BASS 1"
    assert hc.report()["kept"] == 2


def test_write_handcrafted_store(tmp_path, toy_spec, toy_engine):
    hc = clean_presets(toy_spec, bank([[0.5, 0, 0, 0.5, 0.9, 0.7], [0.2, 0, 1, 0.25, 0.8, 0.7]]), toy_engine)
    out = write_handcrafted(tmp_path / "hc", toy_spec, hc, toy_engine.settings)
    s = open_store(out)
    assert s.manifest["kind"] == "handcrafted" and len(s) == 2
    assert np.array_equal(s.load("presets"), hc.presets)
    assert verify(out)["ok"]
    assert json.loads((out / "report.json").read_text())["kept"] == 2
    write_handcrafted(tmp_path / "hc", toy_spec, hc, toy_engine.settings)  # same kind of set: replaced
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("keep me")
    with pytest.raises(StoreError, match="refusing"):
        write_handcrafted(tmp_path / "other", toy_spec, hc, toy_engine.settings)
    assert (tmp_path / "other" / "x.txt").read_text() == "keep me"
