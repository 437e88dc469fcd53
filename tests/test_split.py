"""Hand-crafted train / validation / test splits without near-copies across them (synthproxy.presets.split)."""

import dataclasses
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthproxy.presets import adapter as adapter_module
from synthproxy.presets.adapter import adapter_for, handcrafted_banks
from synthproxy.presets.handcrafted import read_banks
from synthproxy.presets.split import (
    DROPPED,
    FAR_FROM,
    SplitError,
    assign_splits,
    compute_split,
    main,
    nearest,
    read_banks_far_from,
    read_split,
    split_csv,
    split_presets,
    split_report,
)
from synthproxy.presets.syx import INIT_VOICE, SOUND_BYTES, VOICE_MAXIMA, read_bank, sound_bytes, write_bank
from synthproxy.synths import get_spec
from synthproxy.synths.spec import spec_to_toml


def test_nearest_counts_the_entries_that_differ():
    keys = np.array([[1, 2, 3], [9, 9, 9]], np.uint8)
    reference = np.array([[1, 2, 4], [1, 2, 3], [0, 0, 0]], np.uint8)
    distance, where = nearest(keys, reference)
    assert distance.tolist() == [0, 3] and where.tolist() == [1, 0]  # ties: the first reference row
    assert nearest(keys, reference[:0])[0].tolist() == [4, 4]


def test_the_rule_drops_near_copies_of_test_then_of_validation():
    keys = np.array([[0, 0, 0, 0], [0, 0, 0, 1], [5, 5, 5, 5], [5, 5, 5, 6], [0, 0, 1, 1], [9, 9, 9, 9]])
    banks = ["test", "val", "val", "train", "train", "train"]
    split, near, distance = assign_splits(keys, banks, max_distance=1)
    assert split == ["test", DROPPED, "val", DROPPED, "train", "train"]
    assert near.tolist() == [-1, 0, -1, 2, -1, -1] and distance.tolist() == [-1, 1, -1, 1, -1, -1]
    # [0, 0, 1, 1] is 2 entries from the test preset: not a near-copy at distance 1
    assert assign_splits(keys, banks, max_distance=2)[0][4] == DROPPED


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.lists(st.integers(0, 2), min_size=5, max_size=5), st.sampled_from(["test", "val", "train"]))),
    st.integers(0, 5),
)
def test_no_kept_preset_is_near_a_test_preset(rows, max_distance):
    keys = np.array([k for k, _ in rows], np.uint8).reshape(len(rows), 5)
    split, _, _ = assign_splits(keys, [b for _, b in rows], max_distance)
    split = np.array(split, dtype=object)
    test, kept = keys[split == "test"], keys[np.isin(split, ["train", "val"])]
    assert (nearest(test, kept)[0] > max_distance).all()
    assert (nearest(keys[split == "train"], keys[split == "val"])[0] > max_distance).all()
    assert [b for _, b in rows].count("test") == int((split == "test").sum())  # test banks stay whole


def test_bad_bank_splits_and_split_names_are_refused():
    with pytest.raises(ValueError, match="unknown bank split"):
        assign_splits(np.zeros((1, 2)), ["holdout"], 0)
    with pytest.raises(ValueError, match="unknown split 'validation'; use train, val, test"):
        split_presets("dexed", "validation")


def test_sound_bytes_are_the_packed_voice_without_its_name():
    renamed = INIT_VOICE[:145] + b"OTHER NAME"
    assert sound_bytes(INIT_VOICE).shape == (SOUND_BYTES,) == (118,)
    assert np.array_equal(sound_bytes(INIT_VOICE), sound_bytes(renamed))
    louder = bytearray(INIT_VOICE)
    louder[5 * 21 + 16] = 98  # OP1 output level 99 -> 98: one sound byte
    assert int((sound_bytes(bytes(louder)) != sound_bytes(INIT_VOICE)).sum()) == 1


# -- a tiny DX7 synth with its own banks -------------------------------------------------------
ADAPTER = textwrap.dedent("""
    import dataclasses
    from pathlib import Path

    from synthproxy.presets.adapter import adapter_for

    HERE = Path(__file__).parent
    ADAPTER = dataclasses.replace(
        adapter_for("dexed"), bank_folders=(HERE / "factory", HERE / "community"), split_file=HERE / "split.csv"
    )
""")


def _voice(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    values = (rng.integers(0, 256, VOICE_MAXIMA.shape) % (VOICE_MAXIMA.astype(int) + 1)).astype(np.uint8)
    return values[:145].tobytes() + f"VOICE {seed:04d}".encode()


@pytest.fixture
def tiny_dx7(tmp_path, monkeypatch):
    """A synth ``dx7toy`` (the dexed spec) whose banks are a test ROM, one training and one validation bank.

    rom1a: voice A (index 0), then INIT VOICE padding. community_0001 (train): A with one byte changed and a
    new name (index 0), an unrelated voice B (index 1). community_0005 (validation): an unrelated voice C.
    """
    spec = dataclasses.replace(get_spec("dexed"), name="dx7toy")
    (tmp_path / "dx7toy.toml").write_text(spec_to_toml(spec))
    (tmp_path / "dx7toy.py").write_text(ADAPTER)
    for d in ("factory", "community"):
        (tmp_path / d).mkdir()
    a = _voice(1)
    copy = bytearray(a)
    copy[5 * 21 + 16] = (copy[5 * 21 + 16] + 1) % 100  # OP1 output level
    write_bank(tmp_path / "factory" / "rom1a.syx", [a])
    write_bank(tmp_path / "community" / "community_0001.syx", [bytes(copy[:145]) + b"A COPY    ", _voice(2)])
    write_bank(tmp_path / "community" / "community_0005.syx", [_voice(3)])
    monkeypatch.setenv("SYNTHPROXY_SPECS", str(tmp_path))
    adapter_module._load.cache_clear()
    yield get_spec("dx7toy")
    adapter_module._load.cache_clear()


def test_a_one_byte_near_copy_of_a_test_voice_moves_out_of_train(tiny_dx7, tmp_path):
    entries = {(e.bank, e.index): e for e in compute_split(tiny_dx7)}
    copy = entries[("community/community_0001.syx", 0)]
    assert (copy.split, copy.near, copy.distance) == (DROPPED, "factory/rom1a.syx:0", 1)
    assert entries[("community/community_0001.syx", 1)].split == "train"
    assert entries[("community/community_0005.syx", 0)].split == "val"
    # the INIT VOICE padding of the train and validation banks copies the test ROM's padding
    assert entries[("community/community_0001.syx", 5)].split == DROPPED
    assert {e.split for k, e in entries.items() if k[0] == "factory/rom1a.syx"} == {"test"}

    assert main(["--synth", "dx7toy"]) == 0 and main(["--synth", "dx7toy", "--check"]) == 0
    assert read_split(tmp_path / "split.csv") == list(entries.values())
    assert [p.name for p in split_presets("dx7toy", "train")] == ["VOICE 0002"]
    assert [p.name for p in split_presets("dx7toy", "val")] == ["VOICE 0003"]
    assert len(split_presets("dx7toy", "test")) == 32
    assert [f.name for f in handcrafted_banks("dx7toy", "val")] == ["community_0005.syx"]
    assert [f.name for f in handcrafted_banks("dx7toy", "train")] == ["community_0001.syx"]


def test_a_bank_changed_after_the_split_is_refused(tiny_dx7, tmp_path):
    assert main(["--synth", "dx7toy"]) == 0
    bank = tmp_path / "community" / "community_0001.syx"
    voices = read_bank(bank)
    write_bank(bank, [voices[0], _voice(4)])
    with pytest.raises(SplitError, match=r"community_0001.syx: preset 1 \('VOICE 0004'\) changed since the split"):
        split_presets("dx7toy", "train")
    assert main(["--synth", "dx7toy", "--check"]) == 1
    write_bank(tmp_path / "community" / "community_0002.syx", [_voice(5)])
    with pytest.raises(SplitError, match="bank community/community_0002.syx is not in the split"):
        split_presets("dx7toy", "train")


def test_banks_from_elsewhere_lose_their_near_copies_of_shipped_presets(tiny_dx7, tmp_path):
    """``handcrafted --far-from``: a copy of a training voice is never a test preset of another archive."""
    assert main(["--synth", "dx7toy"]) == 0
    b, c = bytearray(_voice(2)), _voice(3)
    b[3] = (b[3] + 1) % 100  # B (train) with one byte changed
    other = tmp_path / "elsewhere" / "theirs.syx"
    other.parent.mkdir()
    write_bank(other, [bytes(b[:145]) + b"MY B      ", c, _voice(1), _voice(9)])  # + C (val), A (test), new
    kept, errors, near = read_banks_far_from([other.parent, tmp_path / "missing.syx"], "dx7toy", "train")
    assert errors == [{"file": str(tmp_path / "missing.syx"), "reason": "no such file or folder"}]
    assert [n["name"] for n in near] == ["MY B"] and near[0]["near"] == "community/community_0001.syx:1"
    assert (near[0]["split"], near[0]["distance"], near[0]["reason"]) == ("train", 1, "near-copy")
    assert [p.name for p in kept][:3] == ["VOICE 0003", "VOICE 0001", "VOICE 0009"]
    names = {f: [p.name for p in read_banks_far_from([other], "dx7toy", f)[0]][:3] for f in FAR_FROM}
    assert names["seen"] == ["VOICE 0001", "VOICE 0009", "INIT VOICE"]  # the padding copies no seen voice
    assert names["shipped"][0] == "VOICE 0009" and "INIT VOICE" not in names["shipped"]
    with pytest.raises(SplitError, match="--far-from 'all': use one of train, seen, shipped"):
        read_banks_far_from([other], "dx7toy", "all")


def test_a_malformed_split_file_is_named(tmp_path):
    bad = tmp_path / "split.csv"
    bad.write_text("bank,index,sound_hash,split,near,distance\nfactory/rom1a.syx,x,abc,test,,\n")
    with pytest.raises(SplitError, match="split.csv, line 2: expected 6 fields"):
        read_split(bad)
    bad.write_text("bank,index\n")
    with pytest.raises(SplitError, match="not a split file"):
        read_split(bad)


# -- the shipped banks ---------------------------------------------------------------------------
@pytest.mark.parametrize("synth", ["dexed", "amsynth", "talnm"])
def test_the_committed_split_is_what_the_rule_gives_on_the_shipped_banks(synth):
    if not handcrafted_banks(synth, "all"):
        pytest.skip(f"{synth}: its banks are not installed here")
    entries = compute_split(synth)
    assert adapter_for(synth).split_file.read_text() == split_csv(entries)
    if synth != "dexed":  # Dexed's check reads 28,480 voices twice more; the rule itself is tested above
        report = split_report(synth, entries)
        assert report["test_with_near_copy"]["split"] == 0
    if synth == "talnm":
        assert {e.split for e in entries} == {"test"} and len(entries) == 256 + 91


def test_the_test_split_is_the_test_banks_unchanged():
    """The test presets are every preset of the test banks, and the DX7 test banks are still the 8 factory ROMs
    and every tenth community bank."""
    spec = get_spec("talnm")
    banks, _ = read_banks(handcrafted_banks(spec, "test"), spec)
    assert [(p.bank, p.index) for p in split_presets(spec, "test")] == [(p.bank, p.index) for p in banks]
    test = [f.name for f in handcrafted_banks("dexed", "test")]
    assert test[:9] == [f"rom{i}{s}.syx" for i in range(1, 5) for s in "ab"] + ["community_0010.syx"]
    assert len(test) == 8 + 88 and test[-1] == "community_0880.syx"
