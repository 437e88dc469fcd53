"""Tests of synthproxy.figures (tables, curves, projections, saved charts), the results page of synthproxy.report,
synthproxy.colab, and the agreement of the Binder/conda files with the Makefile and requirements.lock.

Small inline data and a toy spec; the one trained encoder is a tiny MLP trained for one epoch on a toy store.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
import torch
import yaml
from conftest import TOY

from synthproxy import colab, figures
from synthproxy.encoders import OneHot
from synthproxy.io import write_json
from synthproxy.paths import REPO_ROOT
from synthproxy.presets.categories import categories_by_sound
from synthproxy.presets.sampling import random_presets
from synthproxy.report import results_markdown
from synthproxy.store import StoreWriter
from synthproxy.synths.spec import spec_from_dict
from synthproxy.train import TrainConfig, train

DATA = Path(__file__).parent / "data"
D = 8
SPEC = spec_from_dict(TOY)
NAMES = ["BASS 1", "E.PIANO", "BRASS 2", "ST.HELENS"]


def make_store(folder: Path, *, seed: int, split: str, n: int, model: str = "toy", names: bool = False) -> Path:
    """A store whose embeddings are a fixed linear map of the presets' one-hot encoding (learnable)."""
    presets = random_presets(SPEC, seed, range(n))
    onehot = OneHot(SPEC)(torch.as_tensor(presets)).numpy().astype(np.float64)
    emb = (onehot @ np.random.default_rng(0).normal(size=(onehot.shape[1], D))).astype(np.float32)
    header = {
        "kind": "handcrafted" if names else "random",
        "synth": SPEC.name,
        "spec_hash": SPEC.hash,
        "spec": SPEC.to_dict(),
        "render_settings": {"sample_rate": 44100},
        "audio_model": {"name": model, "weights_hash": model, "embedding_size": D},
        "seed": seed,
        "split": split,
        "size": n,
        "chunk_size": 64,
    }
    w = StoreWriter(folder, header)
    for c, s in enumerate(range(0, n, 64)):
        w.write_chunk(c, {"presets": presets[s : s + 64], "embeddings": emb[s : s + 64]})
    if names:
        from synthproxy.presets.categories import category_from_name

        write_json(
            folder / "metadata.json",
            [
                {"bank": "toy", "index": i, "name": NAMES[i % 4] + " ", "category": category_from_name(NAMES[i % 4])}
                for i in range(n)
            ],
        )
    w.update(complete=True)
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("figures")
    tr = make_store(root / "train", seed=1, split="train", n=128)
    va = make_store(root / "val", seed=2, split="val", n=64)
    hc = make_store(root / "hc", seed=3, split="test", n=24, names=True)
    config = TrainConfig(
        arch="mlp",
        size="s",
        overrides={"hidden_features": 16},
        epochs=1,
        batch_size=32,
        val_subsets=2,
        lr=3e-3,
        threads=1,
    )
    ck = root / "checkpoints" / "toy_mlp_s.pt"
    train(tr, va, ck, config, progress=False)
    return {"root": root, "train": tr, "hc": hc, "checkpoint": ck}


# -- the evaluation table ----------------------------------------------------------------------------------------
def test_load_evaluation_names_notebook_04_when_missing_and_checks_columns(tmp_path):
    with pytest.raises(figures.ResultsMissing, match="04_evaluate.ipynb"):
        figures.load_evaluation(tmp_path / "evaluation.csv")
    pd.DataFrame({"synth": ["dexed"], "mrr": [0.5]}).to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(ValueError, match="missing columns arch, size"):
        figures.load_evaluation(tmp_path / "bad.csv")


def test_results_table_rows_archs_columns_synth_test_set_metric():
    ev = figures.load_evaluation(DATA / "evaluation_tiny.csv")
    # a second checkpoint of an (arch, size) already there: the first row of the file is kept
    ev = pd.concat([ev, ev.iloc[[0]].assign(checkpoint="other.pt", mrr=0.99)], ignore_index=True)
    table = figures.results_table(ev)
    assert list(table.index) == ["mlp (s)", "transformer (s)"]  # ARCHS order
    assert table.columns.names == ["synth", "test set", "metric"]
    assert list(table.columns)[:4] == [
        ("dexed", "synthetic", "mrr"),
        ("dexed", "synthetic", "l1"),
        ("dexed", "hand-crafted", "mrr"),
        ("dexed", "hand-crafted", "l1"),
    ]
    assert table.loc["mlp (s)", ("dexed", "synthetic", "mrr")] == 0.412
    assert table.loc["transformer (s)", ("dexed", "hand-crafted", "l1")] == 0.0541
    assert np.isnan(table.loc["transformer (s)", ("amsynth", "synthetic", "mrr")])  # not evaluated there
    sets = figures.test_sets_table(ev)
    assert list(sets["test set"]) == ["synthetic", "hand-crafted"] * 2
    assert sets["random MRR"].iloc[0] == pytest.approx(figures.random_mrr(32))


def test_random_mrr_is_the_mean_reciprocal_rank_of_a_random_ranking():
    assert figures.random_mrr(1) == 1.0
    assert figures.random_mrr(2) == pytest.approx(0.75)
    assert figures.random_mrr(4096) == pytest.approx((np.log(4096) + 0.5772) / 4096, rel=1e-3)
    with pytest.raises(ValueError):
        figures.random_mrr(0)


def test_results_page_from_the_table_and_without_it(tmp_path):
    (tmp_path / "figures").mkdir()
    (tmp_path / "evaluation.csv").write_bytes((DATA / "evaluation_tiny.csv").read_bytes())
    (tmp_path / "figures" / "results_mrr.png").write_bytes(b"\x89PNG")
    page = results_markdown(tmp_path, tmp_path / "book")
    assert "| transformer (s) [tfm] | **0.538** | **0.0365** |" in page
    assert "## This build" in page and "## Recorded results" in page
    assert "No recorded results yet" in page, "no recorded/evaluation.csv in this results folder"
    (tmp_path / "recorded").mkdir()
    (tmp_path / "recorded" / "evaluation.csv").write_bytes((DATA / "evaluation_tiny.csv").read_bytes())
    (tmp_path / "recorded" / "notes.md").write_text("The transformer leads here.")
    page = results_markdown(tmp_path, tmp_path / "book")
    recorded = page.split("## Recorded results")[1].split("## This build")[0]
    assert "| transformer (s) [tfm] | **0.538** | **0.0365** |" in recorded
    assert "### What the numbers say\n\nThe transformer leads here." in recorded
    assert "```{figure} ../figures/results_mrr.png\n:name: fig-results-mrr" in page
    assert "training_curves.png" not in page  # absent figures are not linked
    empty = results_markdown(tmp_path / "none", tmp_path / "book")
    assert "04_evaluate.ipynb" in empty and "## The table" not in empty


# -- training curves ---------------------------------------------------------------------------------------------
def test_training_curves_read_file_names_with_underscores(tmp_path):
    with pytest.raises(figures.ResultsMissing, match="03_train"):
        figures.training_curves(tmp_path)
    pd.DataFrame({"step": [1, 2], "val_mrr": [0.1, 0.2]}).to_csv(tmp_path / "dexed_highway_tokens_b.csv", index=False)
    pd.DataFrame({"step": [1], "val_mrr": [0.3]}).to_csv(tmp_path / "dexed-vst_mlp_s.csv", index=False)
    curves = figures.training_curves(tmp_path)
    assert set(zip(curves.synth, curves.arch, curves["size"])) == {
        ("dexed", "highway_tokens", "b"),
        ("dexed-vst", "mlp", "s"),
    }
    assert "highway_tokens (b)" in set(curves.model)


def test_training_curves_written_from_checkpoints_and_predictions(trained, tmp_path):
    ck = trained["checkpoint"]
    assert figures.checkpoints_for("toy", ck.parent) == [ck]  # the .last.pt resume file is left out
    out = tmp_path / "training"
    assert figures.write_training_curves([ck, ck], out) == [out / "toy_mlp_s.csv"]
    assert figures.write_training_curves([ck], out) == []  # up to date
    curves = figures.training_curves(out)
    assert {"step", "train_loss", "val_mrr", "val_l1"} <= set(curves.columns) and len(curves) >= 1
    hc = figures.embedding_set(trained["hc"])
    assert hc.names[:2] == ["BASS 1", "E.PIANO"] and hc.categories[:3] == ["bass", "keys", "brass"]
    predicted, skipped = figures.encoder_predictions([ck], hc)
    assert list(predicted) == ["mlp (s)"] and predicted["mlp (s)"].shape == (24, D) and not skipped
    other = figures.embedding_set(make_store(tmp_path / "mel", seed=3, split="test", n=8, model="mel"))
    predicted, skipped = figures.encoder_predictions([ck], other)
    assert not predicted and "audio model" in skipped[str(ck)]


def test_quick_checkpoint_curves_do_not_replace_the_study_ones(trained, tmp_path, monkeypatch):
    import shutil

    from synthproxy import paths

    monkeypatch.setattr(paths, "CHECKPOINTS_DIR", tmp_path / "checkpoints")
    (tmp_path / "checkpoints" / "quick").mkdir(parents=True)
    study, quick = tmp_path / "checkpoints" / "toy_mlp_s.pt", tmp_path / "checkpoints" / "quick" / "toy_mlp_s.pt"
    shutil.copyfile(trained["checkpoint"], study)
    shutil.copyfile(trained["checkpoint"], quick)
    out = tmp_path / "training"
    assert figures.write_training_curves([study, quick], out) == [
        out / "toy_mlp_s.csv",
        out / "toy_mlp_s-quick.csv",
    ]
    assert set(figures.training_curves(out).model) == {"mlp (s)", "mlp (s-quick)"}


# -- distances, projections, categories --------------------------------------------------------------------------
def test_distance_to_cloud_by_hand():
    cloud = np.array([[0.0, 0.0], [1.0, 0.0], [4.0, 0.0]])
    d = figures.distance_to_cloud(np.array([[0.0, 2.0]]), cloud, k=2)
    assert d == pytest.approx([(2.0 + 3.0) / 2 / 2])  # L1 to the 2 nearest, per dimension
    same = figures.distance_to_cloud(cloud, cloud, k=1, same=True)
    assert same == pytest.approx([0.5, 0.5, 1.5])  # own point left out


def test_cloud_distances_sorted_with_extremes(trained):
    hc = figures.embedding_set(trained["hc"])
    syn = figures.embedding_set(trained["train"])
    d = figures.cloud_distances(hc, syn, k=3)
    assert list(d["distance"]) == sorted(d["distance"]) and d.attrs["spacing"] > 0
    ext = figures.cloud_extremes(d)
    assert list(ext.values()) == [int(d["index"].iloc[0]), int(d["index"].iloc[-1])]
    assert list(ext)[0].startswith("nearest: ")


def test_subsample_seeded_and_keeps_included():
    a = figures.subsample(100, 10, seed=1, include=[97])
    assert len(a) == 10 and 97 in a and np.array_equal(a, figures.subsample(100, 10, seed=1, include=[97]))
    assert np.array_equal(figures.subsample(5, 10, seed=1), np.arange(5))


def test_umap_projections_are_reproducible(trained):
    hc = figures.embedding_set(trained["hc"])
    syn = figures.embedding_set(trained["train"])
    frame = figures.source_projection(hc.embeddings, syn.embeddings, points=20, seed=0, include=[23])
    assert len(frame) == 40 and set(frame.source) == {"hand-crafted", "synthetic"}
    assert 23 in set(frame[frame.source == "hand-crafted"]["index"])
    again = figures.source_projection(hc.embeddings, syn.embeddings, points=20, seed=0, include=[23])
    pd.testing.assert_frame_equal(frame, again)
    panels = {"audio embeddings": hc.embeddings, "shuffled": hc.embeddings[::-1].copy()}
    cats = figures.category_projection(panels, hc.categories, hc.names, points=None, seed=0)
    assert list(cats.groupby("panel").size()) == [24, 24] and np.isfinite(cats[["x", "y"]].to_numpy()).all()
    filled, inferred = categories_by_sound(["bass"] * 12 + ["other"] * 12, hc.embeddings)
    frame = figures.category_projection(panels, filled, hc.names, points=None, seed=0, inferred=inferred)
    assert frame["inferred"].sum() == 24 and set(frame["category"]) == {"bass"}
    fig = figures.category_chart(frame, "toy")
    assert "faint" in fig.legends[0].get_title().get_text()


def test_category_agreement_perfect_clusters_and_chance():
    emb = np.array([[0.0], [0.1], [10.0], [10.1], [5.0]])
    cats = ["bass", "bass", "keys", "keys", "other"]
    assert figures.category_agreement(emb, cats, k=1) == 1.0
    assert figures.chance_agreement(cats) == pytest.approx(0.5)
    scores = figures.agreement_scores({"a": emb, "b": emb[[2, 0, 3, 1, 4]]}, cats, k=1)
    assert list(scores.index) == ["chance", "a", "b"] and scores["b"] == 0.0
    assert np.isnan(figures.category_agreement(emb, ["other"] * 5))


# -- saved charts ------------------------------------------------------------------------------------------------
def test_save_chart_writes_static_svg_and_png(tmp_path):
    ev = figures.load_evaluation(DATA / "evaluation_tiny.csv")
    files = figures.save_chart(figures.results_chart(ev), "results_mrr", tmp_path)
    assert files == figures.ChartFiles(tmp_path / "results_mrr.svg", tmp_path / "results_mrr.png")
    svg = files.svg.read_text()
    assert svg.startswith("<svg") and "<script" not in svg and "transformer (s)" in svg
    assert files.png.read_bytes()[:4] == b"\x89PNG"
    curves = figures.training_curves(DATA / "training_tiny")
    assert figures.save_chart(figures.curves_chart(curves), "curves", tmp_path).png.exists()


# -- Colab -------------------------------------------------------------------------------------------------------
def test_colab_cells_inserted_once_and_inert_outside_colab(tmp_path):
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Title"),
            nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        ]
    )
    path = tmp_path / "09_demo.ipynb"
    nbformat.write(nb, path)
    assert colab.add_colab_cells([path]) == [path]
    assert colab.add_colab_cells([path]) == []  # idempotent
    cells = nbformat.read(path, as_version=4).cells
    assert [c.get("id") for c in cells[:3]] == ["colab-badge", cells[1].get("id"), "colab-setup"]
    assert f"github/{colab.GITHUB_REPO}/blob/{colab.GITHUB_BRANCH}/notebooks/09_demo.ipynb" in cells[0].source
    assert cells[3].metadata["tags"] == ["parameters"]
    setup = cells[2].source
    assert '"google.colab" in sys.modules' in setup and "aisfx==" in setup and "amsynth" in setup
    namespace: dict = {}
    exec(compile(setup, "colab-setup", "exec"), namespace)  # outside Colab: imports sys, nothing else
    assert set(namespace) - {"__builtins__"} == {"sys"}


def test_every_notebook_opens_in_colab():
    for path in sorted((REPO_ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        assert nb == colab.with_colab_cells(nb, path.name), f"{path.name}: run `python -m synthproxy.colab`"


# -- Binder / conda ----------------------------------------------------------------------------------------------
def _lock() -> dict[str, str]:
    lines = (REPO_ROOT / "requirements.lock").read_text().splitlines()
    pins = (line.split(";")[0].split("#")[0].strip() for line in lines if line and not line.startswith("#"))
    return {n.lower(): v for n, v in (pin.split("==") for pin in pins)}


def test_binder_files_describe_the_make_setup_environment():
    env = yaml.safe_load((REPO_ROOT / "environment.yml").read_text())
    lock = _lock()
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    python = next(d.split("=", 1)[1] for d in conda if d.startswith("python="))
    assert "Python " + python in (REPO_ROOT / "requirements.lock").read_text().splitlines()[0]
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    assert tuple(map(int, python.split("."))) >= tuple(map(int, project["requires-python"].lstrip(">=").split(".")))
    for req in pip:
        if req.startswith("-r "):
            assert (REPO_ROOT / req[3:].strip()).exists(), req
        else:
            name, version = req.split("==")
            assert lock.get(name.lower()) == version, req
    makefile = (REPO_ROOT / "Makefile").read_text()
    post = (REPO_ROOT / "postBuild").read_text()
    aisfx = re.search(r"^AISFX\s*:=\s*(\S+)", makefile, re.M).group(1)
    assert f"--no-deps {aisfx}" in post and "--no-deps -e ." in post
    tal_apt = re.search(r"^TAL_APT\s*:=\s*(.+)$", makefile, re.M).group(1).split()  # TAL-NoiseMaker's build tools
    assert (REPO_ROOT / "apt.txt").read_text().split() == [
        "amsynth",
        *tal_apt,
    ] and "apt-get install -y -qq amsynth" in makefile
    assert "third_party/tal-noisemaker/build.sh" in post and "third_party/tal-noisemaker/build.sh" in makefile
    for dep in project["dependencies"]:  # exact pins of pyproject are the lock's versions
        if "==" in dep:
            name, version = dep.split("==")
            assert lock[name.lower()] == version, dep


def test_cpu_long_runs_and_scaling_plot(tmp_path):
    import pandas as pd

    from synthproxy.figures import ResultsMissing, cpu_long_runs
    from synthproxy.plots import plot_scaling

    with pytest.raises(ResultsMissing, match="synthproxy.experiments.runs"):
        cpu_long_runs(tmp_path / "runs.csv")
    rows = [
        dict(synth=s, arch="mlp", train_presets=n, contrastive=c, val_mrr_preset_to_audio=0.1 * k)
        for k, (s, n, c) in enumerate(
            [(s, n, c) for s in ("dexed", "amsynth") for n in (4096, 32768) for c in (0.0, 1.0)]
        )
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "runs.csv", index=False)
    runs = cpu_long_runs(tmp_path / "runs.csv")
    fig = plot_scaling(runs)
    assert [ax.get_title() for ax in fig.axes] == ["amsynth: MLP", "dexed: MLP"]
    assert all(len(ax.lines) == 2 for ax in fig.axes)


def test_results_page_lists_every_recorded_architecture_beside_the_original(tmp_path):
    from synthproxy.paths import RESULTS_DIR

    (tmp_path / "cpu_long").mkdir()
    for name in ("cpu_long/runs.csv", "original_study.csv"):
        (tmp_path / name).write_bytes((RESULTS_DIR / name).read_bytes())
    page = results_markdown(tmp_path, tmp_path / "book")
    section = page.split("## Every architecture")[1].split("## This build")[0]
    for synth in ("dexed", "amsynth"):
        for arch, study in (("mlp", "mlp_oh"), ("highway", "hn_oh"), ("highway_tokens", "hn_pt"), ("gru", "hn_ptgru")):
            assert f"| {synth} | {arch} [{study}] |" in section
        assert f"| {synth} | resnet [" in section and f"| {synth} | transformer [tfm] |" in section
    assert "| 0.954 |" in section, "the original's Dexed tfm validation MRR beside ours"
