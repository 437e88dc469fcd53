"""Generated malformed inputs (Hypothesis): bank readers and chunk loading either succeed or raise their own
error naming the file, never anything else; a bank cut short is never read as valid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in requirements.lock; run `make setup`")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from synthproxy.integrity import load_chunk  # noqa: E402
from synthproxy.presets.amsynth_bank import BankError, read_bank  # noqa: E402
from synthproxy.presets.syx import SyxError  # noqa: E402
from synthproxy.presets.syx import read_bank as read_syx  # noqa: E402
from synthproxy.synths import get_spec  # noqa: E402

from .conftest import LONG  # noqa: E402

DATA = Path(__file__).parents[1] / "data"
THREE = (DATA / "amsynth" / "three.amSynth.bank").read_bytes()
ROM = (DATA / "dx7" / "rom1a.syx").read_bytes()
EXAMPLES = 300 if LONG else 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def amsynth():
    return get_spec("amsynth")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@FUZZ
@given(cut=st.integers(min_value=0, max_value=THREE.rindex(b"EOF")))
def test_an_amsynth_bank_cut_anywhere_before_eof_is_refused(cut, amsynth, tmp_path):
    path = _write(tmp_path, "cut.amSynth.bank", THREE[:cut])
    with pytest.raises(BankError) as e:
        read_bank(path, amsynth)
    assert "cut.amSynth.bank" in str(e.value)


def test_a_number_cut_short_is_refused(amsynth, tmp_path):
    text = THREE.decode()
    cut = text[: text.index("0.655671") + len("0.65")]  # as a file cut after '0.65' of '0.655671'
    with pytest.raises(BankError, match="no final 'EOF' line"):
        read_bank(_write(tmp_path, "short.amSynth.bank", cut.encode()), amsynth)
    for bad in ("0.65.5", "1e", "--1", "0x10", "1,5"):
        with pytest.raises(BankError, match="is not a number"):
            read_bank(_write(tmp_path, "bad.amSynth.bank", text.replace("0.655671", bad, 1).encode()), amsynth)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, len(THREE) - 1), st.integers(0, 255)), min_size=1, max_size=6))
def test_amsynth_reader_never_fails_other_than_bank_error(edits, amsynth, tmp_path):
    raw = bytearray(THREE)
    for at, value in edits:
        raw[at] = value
    path = _write(tmp_path, "fuzz.amSynth.bank", bytes(raw))
    try:
        presets = read_bank(path, amsynth)
    except BankError as e:
        assert "fuzz.amSynth.bank" in str(e)
    else:
        assert all(np.isfinite(p.values).all() and (0 <= p.values).all() and (p.values <= 1).all() for p in presets)


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=5000),
        st.lists(st.tuples(st.integers(0, len(ROM) - 1), st.integers(0, 255)), min_size=1, max_size=8).map(
            lambda edits: bytes(_apply(ROM, edits))
        ),
    )
)
def test_syx_reader_never_fails_other_than_syx_error(data, tmp_path):
    path = _write(tmp_path, "fuzz.syx", data)
    try:
        voices = read_syx(path)
    except SyxError as e:
        assert "fuzz.syx" in str(e)
    else:
        assert all(len(v.data) == 155 for v in voices)


def _apply(data: bytes, edits) -> bytearray:
    raw = bytearray(data)
    for at, value in edits:
        raw[at] = value
    return raw


@FUZZ
@given(
    edits=st.lists(st.tuples(st.integers(0, 127), st.integers(0, 255)), min_size=1, max_size=4),
    cut=st.one_of(st.none(), st.integers(0, 200)),
)
def test_chunk_loading_never_raises_on_a_damaged_header(edits, cut, tmp_path):
    path = tmp_path / "000000.npy"
    np.save(path, np.arange(24, dtype=np.float32).reshape(4, 6))
    raw = _apply(path.read_bytes(), edits)
    path.write_bytes(bytes(raw[:cut] if cut is not None else raw))
    a, problem = load_chunk(path)
    assert (a is None) != (problem is None)
    if problem:
        assert str(path) in problem
    else:
        assert a.dtype == np.float32 and a.ndim == 2
