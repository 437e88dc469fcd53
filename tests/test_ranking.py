"""The sound-attribute ranking test: scores (audio_models.ranking), sweeps and attribute tables (sweeps),
exclusions (tiny settings)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from conftest import ToyEngine

from synthproxy import sweeps as sw
from synthproxy.audio_models import UnknownAudioModelError, ranking
from synthproxy.audio_models.base import AudioModel
from synthproxy.presets.adapter import adapter_for
from synthproxy.presets.sampling import random_preset
from synthproxy.synths import get_spec

SYNTHS = ["amsynth", "dexed", "dexed-vst"]

#: A table for the toy synth of conftest: its level is ``values[4] ** 3``, so a sweep from 0 is silent.
TOY_TABLE = {
    "brightness": {"sweep": ["cutoff"], "range": [0.1, 0.9], "set": {"level": 0.9}},
    "fade_in": {"sweep": ["level"], "range": [0.0, 1.0], "set": {}},
    "same": {"sweep": ["sync"], "range": [0.0, 1.0], "set": {"level": 0.9}},
}


@pytest.fixture
def toy_tables(monkeypatch, tmp_path):
    """The toy synth gets an adapter file with :data:`TOY_TABLE`, found through ``$SYNTHPROXY_SPECS``."""
    (tmp_path / "toy.py").write_text(
        "from synthproxy.presets.adapter import SynthAdapter\n"
        f"ADAPTER = SynthAdapter(attributes={TOY_TABLE!r},\n"
        "                       missing_attributes={'reverb_amount': 'the toy has no reverb'})\n"
    )
    monkeypatch.setenv("SYNTHPROXY_SPECS", str(tmp_path))
    assert adapter_for("toy").attributes == TOY_TABLE


class FakeModel(AudioModel):
    """Embeds a clip as its RMS in a few chunks (enough to order loudness and pitch changes)."""

    def __init__(self, sample_rate: int = 44_100):
        self.name, self.sample_rate, self.embedding_size = "fake", sample_rate, 4
        self.rates: list[int] = []

    def embed(self, audio: np.ndarray) -> np.ndarray:
        a = np.atleast_2d(audio)
        self.rates.append(self.sample_rate)
        chunks = np.array_split(np.abs(a), 4, axis=1)
        return np.stack([c.mean(axis=1) for c in chunks], axis=1).astype(np.float32)


# -- rank_scores ---------------------------------------------------------------------------------
def test_rank_scores_monotone_random_reversed():
    v = np.random.default_rng(0).normal(size=8)
    e = np.arange(10)[:, None] * v[None]
    assert ranking.rank_scores(e) == pytest.approx((1.0, 1.0, 1.0))
    assert ranking.rank_scores(e[::-1])[0] == pytest.approx(1.0)  # symmetric: either end may be the lowest
    assert ranking.rank_scores(e, level=np.arange(10)[::-1]) == pytest.approx((-1.0, -1.0, -1.0))  # reversed
    rng = np.random.default_rng(1)
    scores = [ranking.rank_scores(rng.normal(size=(20, 16)))[0] for _ in range(300)]
    assert abs(np.mean(scores)) < 0.05


def test_rank_scores_ties_and_constant():
    e = np.array([[0.0], [0.0], [1.0], [2.0], [2.0]])
    assert ranking.rank_scores(e, level=np.array([0, 0, 1, 2, 2]))[0] == pytest.approx(1.0)
    assert ranking.rank_scores(np.ones((6, 3)))[0] == 0.0  # no order: correlation defined as 0
    with pytest.raises(ValueError):
        ranking.rank_scores(e, level=np.arange(4))
    with pytest.raises(ValueError):
        ranking.rank_scores(e[:2])


# -- tables ----------------------------------------------------------------------------------------
def _names(template: str) -> list[str]:
    return (
        [template.replace("{carrier}", str(k)).replace("{modulator}", str(k)) for k in range(1, 7)]
        if "{" in template
        else [template]
    )


@pytest.mark.parametrize("synth", SYNTHS)
def test_tables_name_used_parameters_within_their_intervals(synth):
    spec = get_spec(synth)
    table = sw.attribute_table(spec)
    assert set(table) | set(adapter_for(spec).missing_attributes) == set(sw.ATTRIBUTES)
    for attribute, entry in table.items():
        for template in entry["sweep"]:
            for name in _names(template):
                p = spec.parameter(name)
                assert spec.is_used(p), (attribute, name)
                assert all(p.interval[0] <= x <= p.interval[1] for x in entry["range"]), (attribute, name)
        for template, value in entry["set"].items():
            for name in _names(template):
                p = spec.parameter(name)
                assert spec.is_used(p), (attribute, name)
                assert value in p.labels if isinstance(value, str) else p.interval[0] <= value <= p.interval[1]


def test_dx7_carriers_match_dexed():
    dexed = pytest.importorskip("dexed")
    spec = get_spec("dexed")
    roles = adapter_for(spec).roles
    base = spec.defaults.copy()
    algo = [p.name for p in spec.parameters].index("algorithm")
    for k in range(32):
        base[algo] = spec.parameter("algorithm").values[k]
        assert tuple(roles(spec, base)["carrier"]) == tuple(c + 1 for c in dexed.get_carriers(k)), k


@pytest.mark.parametrize("synth", ["amsynth", "dexed"])
def test_sweeps_are_monotone_presets_of_the_spec(synth):
    spec = get_spec(synth)
    for i in range(3):
        base = spec.to_values(random_preset(spec, 0, i))
        for attribute, entry in sw.attribute_table(spec).items():
            values, level, swept = sw.sweep_values(spec, attribute, base, 7)
            if not swept:
                continue
            assert values.shape == (7, len(spec.parameters))
            assert np.all(np.diff(level) >= 0) and level[-1] > level[0], attribute
            col = [p.name for p in spec.parameters].index(swept[0])
            step = np.sign(entry["range"][1] - entry["range"][0])
            assert np.all(np.diff(values[:, col]) * step >= 0), attribute
            np.testing.assert_array_equal(spec.to_values(spec.from_values(values)), values)  # presets of the spec
            others = np.ones(len(spec.parameters), bool)
            others[[[p.name for p in spec.parameters].index(n) for n in swept]] = False
            assert np.all(values[:, others] == values[:1, others]), attribute  # only the swept ones move


def test_operator_roles_follow_the_algorithm():
    spec = get_spec("dexed")
    base = spec.defaults.copy()
    algo = [p.name for p in spec.parameters].index("algorithm")
    base[algo] = spec.parameter("algorithm").values[31]  # algorithm 32: six carriers, no modulator
    assert sw.sweep_values(spec, "filter_cutoff", base, 3)[2] == ()
    base[algo] = spec.parameter("algorithm").values[0]  # algorithm 1: carriers OP1, OP3
    assert sw.sweep_values(spec, "amp_attack", base, 3)[2] == ("op1_eg_rate_1", "op3_eg_rate_1")


# -- sweeps on the toy synth -------------------------------------------------------------------------
def test_silent_and_unchanged_sweeps_excluded_unknown_skipped(toy_spec, toy_engine, toy_tables):
    sweeps = sw.attribute_sweeps(
        toy_spec,
        presets=2,
        steps=4,
        engine=toy_engine,
        attributes=["brightness", "fade_in", "same", "reverb_amount", "nonsense"],
    )
    assert [(s.attribute, s.preset) for s in sweeps] == [("brightness", 0), ("brightness", 1)]
    assert {(s.attribute, s.silent, s.unchanged) for s in sweeps.excluded} == {
        ("fade_in", True, False),
        ("same", False, True),
    }
    notes = "\n".join(sweeps.notes)
    assert "fade_in, preset 0: excluded, step 0 is silent" in notes
    assert "same, preset 1: excluded, the sweep does not change the sound" in notes
    assert "reverb_amount: skipped, the toy has no reverb" in notes
    assert "nonsense: skipped, not an attribute of toy" in notes
    s = sweeps[0]
    assert s.audio.shape == (4, toy_engine.settings.num_samples) and s.sample_rate == toy_engine.settings.sample_rate


def test_score_models_rerenders_per_rate_and_summarizes(toy_spec, toy_engine, toy_tables, monkeypatch):
    sweeps = sw.attribute_sweeps(toy_spec, presets=3, steps=5, engine=toy_engine, attributes=["brightness"])
    settings = toy_engine.settings
    monkeypatch.setattr(sw, "open_engine", lambda synth, s: ToyEngine(toy_spec, s))
    a, b = FakeModel(settings.sample_rate), FakeModel(22_050)
    b.name = "fake22"
    asked = []

    def at_rate(kept, rate):
        asked.append(rate)
        return sw.rerender(kept, rate)

    df = ranking.score_models(list(sweeps) + sweeps.excluded, [a, b, "mel"], at_rate=at_rate)
    assert len(df) == 3 * 3 and set(df.model) == {"fake", "fake22", "mel"}
    assert asked == [22_050]  # once per rate the sweeps are not at
    assert b.rates == [22_050] and df.score.between(-1, 1).all()
    again = sw.rerender(sweeps, 22_050)[0]
    assert again.settings == dataclasses.replace(settings, sample_rate=22_050)
    assert again.audio.shape == (5, again.settings.num_samples) and again.audio.shape[1] < sweeps[0].audio.shape[1]
    summary = ranking.summarize(df)
    assert list(summary.columns) == ["synth", "model", "attribute", "mean", "std", "n_presets"]
    assert (summary.n_presets == 3).all()
    row = summary[summary.model == "fake"].iloc[0]
    assert row["std"] == pytest.approx(np.std(df[df.model == "fake"].score))


def test_unknown_model_raises_registry_error(toy_spec, toy_engine, toy_tables):
    sweeps = sw.attribute_sweeps(toy_spec, presets=1, steps=3, engine=toy_engine, attributes=["brightness"])
    with pytest.raises(UnknownAudioModelError, match="registered models"):
        ranking.score_models(sweeps, ["no-such-model"])


def test_score_models_takes_given_audio_and_asks_for_other_rates(toy_spec, toy_engine, toy_tables):
    sweeps = sw.attribute_sweeps(toy_spec, presets=2, steps=4, engine=toy_engine, attributes=["brightness"])
    plain = [dataclasses.replace(s) for s in sweeps]  # scored from what is given: no engine, no renders
    g = FakeModel(toy_engine.settings.sample_rate)
    plain[1].audio = plain[1].audio[[0, 2, 1, 3]]  # two steps heard out of order: the score says so
    df = ranking.score_models(plain, [g])
    assert list(df.preset) == [0, 1]
    assert list(df.score) == [pytest.approx(ranking.rank_scores(g.embed(s.audio), s.level)[0]) for s in plain]
    assert df.score[0] == pytest.approx(1.0) and df.score[1] < 0.9
    with pytest.raises(ValueError, match="pass at_rate"):
        ranking.score_models(plain, [FakeModel(22_050)])


def test_available_models_and_speed():
    models, unavailable = ranking.available_models(["mfcc", "no-such-model"])
    assert list(models) == ["mfcc"] and "no-such-model" in unavailable
    speed = ranking.embedding_speed(models["mfcc"], np.zeros((3, 4410), np.float32))
    assert speed > 0


def test_unknown_synth_table():
    with pytest.raises(KeyError, match="tables exist for"):
        sw.attribute_table("diva")


def test_empty_scores_summarize():
    assert ranking.summarize(pd.DataFrame(columns=["synth", "model", "attribute", "preset", "score"])).empty
