"""The strict DX7 sysex reader and writer (synthproxy.presets.syx), on small fixtures in tests/data/dx7."""

from pathlib import Path

import numpy as np
import pytest

from synthproxy.presets.syx import (
    BANK_FILE_SIZE,
    INIT_VOICE,
    VOICE_MAXIMA,
    VOICE_PARAMETERS,
    SyxError,
    Voice,
    pack_voice,
    read_bank,
    unpack_voice,
    voice_problems,
    write_bank,
)

DATA = Path(__file__).parent / "data" / "dx7"
ROM1A = DATA / "rom1a.syx"

# Names of rom1a as stored (10 characters, stripped).
ROM1A_FIRST = ["BRASS   1", "BRASS   2", "BRASS   3", "STRINGS 1"]


def test_read_factory_bank():
    voices = read_bank(ROM1A)
    assert len(voices) == 32
    assert [v.name for v in voices[:4]] == ROM1A_FIRST
    assert all(v.valid and v.bank == "rom1a" for v in voices)
    assert [v.index for v in voices] == list(range(32))
    v = voices[0]
    assert isinstance(v.data, bytes) and len(v.data) == 155
    assert v.array.dtype == np.uint8 and v.array.shape == (155,)
    assert (v.array <= VOICE_MAXIMA).all()
    # BRASS 1 is algorithm 22 (stored 0-based), feedback 7, transpose C3.
    a = v.array
    assert a[VOICE_PARAMETERS.index("ALGORITHM")] == 21
    assert a[VOICE_PARAMETERS.index("FEEDBACK")] == 7
    assert a[VOICE_PARAMETERS.index("TRANSPOSE")] == 24


def test_matches_dexed_py_on_valid_voices():
    dexed = pytest.importorskip("dexed")
    for f in (ROM1A, DATA / "community_0152.syx"):
        for v, p in zip(read_bank(f), dexed.Patch.load_bank(str(f))):
            if v.valid:
                assert v.data == p.to_sysex()[:155], (f.name, v.index)
                assert v.to_patch().to_sysex() == p.to_sysex()


PROJECT_BANKS = Path(__file__).parents[1] / "data" / "dx7"


@pytest.mark.skipif(not (PROJECT_BANKS / "factory").is_dir(), reason="data/dx7 banks not present")
def test_matches_dexed_py_on_project_banks():
    """All factory ROMs and every 40th community bank (the project's copy under data/dx7)."""
    dexed = pytest.importorskip("dexed")
    files = (
        sorted((PROJECT_BANKS / "factory").glob("*.syx")) + sorted((PROJECT_BANKS / "community").glob("*.syx"))[::40]
    )
    checked = 0
    for f in files:
        for v, p in zip(read_bank(f), dexed.Patch.load_bank(str(f))):
            if v.valid:
                assert v.data == p.to_sysex()[:155], (f.name, v.index)
                checked += 1
    assert len(files) >= 8 and checked > 0.85 * 32 * len(files)


def test_out_of_range_voices_are_clipped_and_flagged():
    voices = read_bank(DATA / "community_0152.syx")
    bad = {v.index: v.problems for v in voices if not v.valid}
    assert sorted(bad) == [7, 8, 13, 25, 28]
    assert bad[7] == ("OP2 EG LEVEL 1 = 127 > 99",)
    assert bad[8] == ("TRANSPOSE = 64 > 48",)
    assert bad[13] == ("LFO WAVE = 7 > 5",)
    assert "bit 7" in bad[25][0]
    assert bad[28] == ("PITCH EG RATE 2 = 127 > 99",)
    for v in voices:
        assert (v.array <= VOICE_MAXIMA).all()  # clipped
    assert voices[8].array[VOICE_PARAMETERS.index("TRANSPOSE")] == 48
    assert voices[13].array[VOICE_PARAMETERS.index("LFO WAVE")] == 5


@pytest.mark.parametrize(
    "fixture, match",
    [
        ("truncated.syx", "truncated: 2048 bytes"),
        ("bad_checksum.syx", "checksum mismatch"),
        ("wrong_header.syx", "not a Yamaha message"),
        ("raw_payload.syx", "raw 4096-byte"),
    ],
)
def test_bad_fixtures_raise_naming_the_file(fixture, match):
    with pytest.raises(SyxError, match=match) as e:
        read_bank(DATA / fixture)
    assert fixture in str(e.value)


def _variant(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(bytes(data))
    return p


def test_bad_framing_raises(tmp_path):
    rom = ROM1A.read_bytes()
    cases = {
        "empty.syx": (b"", "empty file"),
        "nof0.syx": (b"\x00" + rom[1:], "first byte is 0x00"),
        "nof7.syx": (rom[:-1] + b"\x00", "missing F7"),
        "long.syx": (rom + b"\xf0\x43", "too long: 2 byte"),
        "paramchange.syx": (rom[:2] + b"\x10" + rom[3:], "not a bulk dump"),
        "format.syx": (rom[:3] + b"\x05" + rom[4:], "unsupported format 0x05"),
        "count.syx": (rom[:4] + b"\x10\x00" + rom[6:], "byte count"),
        "header_only.syx": (rom[:4], "truncated"),
        "text.syx": (b"hello", "not a sysex file"),
    }
    for name, (data, match) in cases.items():
        with pytest.raises(SyxError, match=match) as e:
            read_bank(_variant(tmp_path, name, data))
        assert name in str(e.value), name
    with pytest.raises(SyxError, match="cannot read"):
        read_bank(tmp_path / "missing.syx")


def test_lenient_mode_warns(tmp_path):
    with pytest.warns(UserWarning, match="checksum mismatch"):
        voices = read_bank(DATA / "bad_checksum.syx", strict=False)
    assert [v.data for v in voices] == [v.data for v in read_bank(ROM1A)]
    with pytest.warns(UserWarning, match="raw 4096-byte"):
        raw = read_bank(DATA / "raw_payload.syx", strict=False)
    assert [v.data for v in raw] == [v.data for v in voices]
    with pytest.warns(UserWarning, match="too long"):
        assert len(read_bank(_variant(tmp_path, "long.syx", ROM1A.read_bytes() + b"\n"), strict=False)) == 32
    with pytest.raises(SyxError, match="not a Yamaha"):  # header errors stay errors
        read_bank(DATA / "wrong_header.syx", strict=False)


def test_other_midi_channel_reads(tmp_path):
    rom = bytearray(ROM1A.read_bytes())
    rom[2] = 0x05
    assert [v.data for v in read_bank(_variant(tmp_path, "ch6.syx", rom))] == [v.data for v in read_bank(ROM1A)]


def test_single_voice_dump():
    (v,) = read_bank(DATA / "single_voice.syx")
    assert v.name == "BRASS   1" and v.index == 0 and v.valid
    assert v.data == read_bank(ROM1A)[0].data


def test_round_trip(tmp_path):
    voices = read_bank(ROM1A)
    out = write_bank(tmp_path / "copy.syx", voices)
    assert out.read_bytes() == ROM1A.read_bytes()  # factory bank: byte-identical file
    again = read_bank(out)
    assert [(v.name, v.data) for v in again] == [(v.name, v.data) for v in voices]
    # a bank with clipped voices round-trips to its clipped (valid) form
    cv = read_bank(DATA / "community_0152.syx")
    back = read_bank(write_bank(tmp_path / "c.syx", cv))
    assert [v.data for v in back] == [v.data for v in cv] and all(v.valid for v in back)


def test_write_fewer_voices_pads_with_init_voice(tmp_path):
    voices = read_bank(ROM1A)[:3]
    out = write_bank(tmp_path / "sub" / "three.syx", voices, channel=2)
    data = out.read_bytes()
    assert len(data) == BANK_FILE_SIZE and data[:6] == bytes([0xF0, 0x43, 0x02, 0x09, 0x20, 0x00])
    back = read_bank(out)
    assert [v.data for v in back[:3]] == [v.data for v in voices]
    assert all(v.data == INIT_VOICE and v.name == "INIT VOICE" for v in back[3:])
    assert [p.name for p in tmp_path.joinpath("sub").iterdir()] == ["three.syx"]  # no temporary left


def test_write_accepts_patches_and_bytes(tmp_path):
    dexed = pytest.importorskip("dexed")
    v = read_bank(ROM1A)[5]
    out = write_bank(tmp_path / "mixed.syx", [v.to_patch(), v.data, np.frombuffer(v.data, np.uint8)])
    assert [w.data for w in read_bank(out)[:3]] == [v.data] * 3
    assert isinstance(v.to_patch(), dexed.Patch)


def test_write_rejects_bad_voices(tmp_path):
    good = read_bank(ROM1A)[0]
    with pytest.raises(SyxError, match="holds 32 voices, got 33"):
        write_bank(tmp_path / "x.syx", [good] * 33)
    bad = bytearray(good.data)
    bad[VOICE_PARAMETERS.index("OP1 OUTPUT LEVEL")] = 120
    with pytest.raises(SyxError, match=r"voice 1: .*OP1 OUTPUT LEVEL = 120 > 99"):
        write_bank(tmp_path / "x.syx", [good, bytes(bad)])
    with pytest.raises(SyxError, match="voice 0: .*155"):
        write_bank(tmp_path / "x.syx", [b"\x00" * 100])
    assert not (tmp_path / "x.syx").exists()


def test_pack_unpack_inverse():
    rng = np.random.default_rng(0)
    for _ in range(50):
        v = (rng.random(155) * (VOICE_MAXIMA.astype(float) + 1)).astype(np.uint8)
        assert voice_problems(v) == []
        assert np.array_equal(unpack_voice(pack_voice(v)), v)
    assert len(voice_problems(np.full(155, 127))) == 145  # every parameter, no name character


def test_layout_facts():
    assert len(VOICE_PARAMETERS) == 155 and len(INIT_VOICE) == 155
    assert VOICE_PARAMETERS[0] == "OP6 EG RATE 1" and VOICE_PARAMETERS[126] == "PITCH EG RATE 1"
    assert VOICE_PARAMETERS[134] == "ALGORITHM" and VOICE_PARAMETERS[145] == "NAME 1"
    assert voice_problems(INIT_VOICE) == []
    levels = {n: INIT_VOICE[i] for i, n in enumerate(VOICE_PARAMETERS) if n.endswith("OUTPUT LEVEL")}
    assert levels == {f"OP{k} OUTPUT LEVEL": 99 if k == 1 else 0 for k in range(1, 7)}  # one carrier: OP1
    assert isinstance(repr(Voice("b", 0, "X", INIT_VOICE, ("p",))), str)
