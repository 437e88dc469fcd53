"""A new synth with a bank format is one spec file plus one adapter file, nothing elsewhere.

The toy synth of ``conftest.py`` gets a spec file and an adapter beside it in a folder of
``$SYNTHPROXY_SPECS``, with a made-up bank format (one preset per line: name, then values). Reading and
cleaning its banks, splitting them into test and train banks, and writing matched presets back all go
through that adapter.
"""

import json
import textwrap

import numpy as np
import pytest
from conftest import TOY

from synthproxy.presets import adapter as adapter_module
from synthproxy.presets.adapter import NO_ADAPTER, adapter_file, adapter_for, handcrafted_banks
from synthproxy.presets.handcrafted import read_banks, screen_presets
from synthproxy.synths import get_spec
from synthproxy.synths.spec import spec_to_toml

ADAPTER = textwrap.dedent("""
    from pathlib import Path

    import numpy as np

    from synthproxy.presets.adapter import BankFormat, SynthAdapter
    from synthproxy.presets.bank import BankPreset

    HERE = Path(__file__).parent


    def read(path, spec):
        rows = [line.split() for line in Path(path).read_text().splitlines() if line.strip()]
        return [BankPreset(Path(path).stem, i, r[0], np.array(r[1:], np.float32)) for i, r in enumerate(rows)]


    def write(path, items, spec):
        Path(path).write_text("".join(f"{n} " + " ".join(f"{v:.6f}" for v in vals) + "\\n" for n, vals in items))
        return Path(path)


    ADAPTER = SynthAdapter(
        bank_format=BankFormat(".toybank", read, write, capacity=4, file_name="matches.toybank"),
        bank_folders=(HERE / "banks",),
        is_test_bank=lambda path: path.stem.endswith("test"),
    )
""")


@pytest.fixture
def toy_synth(tmp_path, monkeypatch):
    """The toy synth as a spec file + adapter file + two shipped banks, found through $SYNTHPROXY_SPECS."""
    from synthproxy.synths.spec import spec_from_dict

    (tmp_path / "toy.toml").write_text(spec_to_toml(spec_from_dict(TOY)))
    (tmp_path / "toy.py").write_text(ADAPTER)
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "a_test.toybank").write_text("Bright 0.9 0 0 0.5 0.8 0.7\nDark 0.1 0 0 0.5 0.8 0.7\n")
    (banks / "b_train.toybank").write_text("Same 0.9 0 0 0.5 0.8 0.7\nOdd 0.5 1 1 0.25 0.9 0.7\n")
    (banks / "notes.txt").write_text("not a bank")
    monkeypatch.setenv("SYNTHPROXY_SPECS", str(tmp_path))
    adapter_module._load.cache_clear()
    yield get_spec("toy")
    adapter_module._load.cache_clear()


def test_adapter_beside_the_spec_is_found(toy_synth, tmp_path):
    assert adapter_file(toy_synth) == tmp_path / "toy.py"
    assert adapter_for("toy").bank_format.capacity == 4
    assert adapter_for("diva") is NO_ADAPTER and handcrafted_banks("diva") == []


def test_banks_are_read_split_and_cleaned_through_the_adapter(toy_synth, tmp_path):
    assert [p.name for p in handcrafted_banks("toy", "test")] == ["a_test.toybank"]
    assert [p.name for p in handcrafted_banks("toy", "train")] == ["b_train.toybank"]
    presets, errors = read_banks([tmp_path / "banks", tmp_path / "banks" / "notes.txt"], toy_synth)
    assert [p.name for p in presets] == ["Bright", "Dark", "Same", "Odd"]
    assert errors == [{"file": str(tmp_path / "banks" / "notes.txt"), "reason": "not a toy bank (expected .toybank)"}]
    hc, _, candidates = screen_presets(toy_synth, presets)
    assert hc.removed["duplicate"] == 1 and len(candidates) == 3  # "Same" is "Bright" again


def test_matches_are_written_in_the_synths_format(toy_synth, tmp_path):
    from synthproxy.match import Candidate, write_matches
    from synthproxy.render import RenderSettings

    preset = toy_synth.from_values(np.array([[0.5, 0, 0, 0.5, 0.8, 0.7]], np.float32))[0]
    c = Candidate(preset=preset, name="Match", origin="bank", source="a_test", proxy_distance=0.1)
    report = write_matches(tmp_path / "out", toy_synth, RenderSettings(), [c])
    assert report["files"]["bank"] == str(tmp_path / "out" / "matches.toybank")
    written = (tmp_path / "out" / "matches.toybank").read_text()
    values = np.array(written.split()[-len(toy_synth.parameters) :], float)
    assert "Match" in written and np.allclose(values, [0.5, 0, 0, 0.5, 0.8, 0.7])
    assert json.loads((tmp_path / "out" / "match.json").read_text())["files"]["bank"].endswith("matches.toybank")
