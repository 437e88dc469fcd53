"""Tests of synthproxy.train on tiny synthetic stores (CPU, a few seconds each).

The toy task: presets of a small inline spec; "audio" embeddings are a fixed random linear map of the
presets' one-hot encoding plus a little noise, so an encoder can learn them and MRR rises.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch
from conftest import TOY

from synthproxy.encoders import ARCHS, OneHot
from synthproxy.presets.sampling import random_presets
from synthproxy.store import StoreWriter
from synthproxy.synths.spec import SynthSpec, spec_from_dict
from synthproxy.train import (
    OPTIMIZER_DEFAULTS,
    CheckpointError,
    LRSchedule,
    NonFiniteLoss,
    TrainConfig,
    TrainError,
    distillation_loss,
    epoch_permutation,
    last_checkpoint_path,
    load_checkpoint,
    plot_history,
    train,
)

D = 16
N = 512
SPEC = TOY
#: Tiny versions of the six architectures (size "s" + overrides), for speed.
TINY = {
    "mlp": dict(hidden_features=32),
    "highway": dict(num_blocks=2, hidden_features=32),
    "resnet": dict(num_blocks=2, hidden_features=32),
    "highway_tokens": dict(num_blocks=2, hidden_features=32, token_dim=8),
    "gru": dict(num_blocks=1, hidden_features=32, token_dim=16),
    "transformer": dict(num_blocks=1, token_dim=16, num_heads=2),
}


def toy_spec(**changes) -> SynthSpec:
    d = {**SPEC, **changes}
    return spec_from_dict(d)


def make_store(
    folder: Path,
    *,
    seed: int,
    split: str,
    n: int = N,
    spec: SynthSpec | None = None,
    weights: str = "w0",
    bad_rows: tuple[int, ...] = (),
    chunk: int = 128,
) -> Path:
    """A store of ``n`` random presets whose embeddings are a fixed linear map of their one-hot encoding."""
    spec = spec or toy_spec()
    presets = random_presets(spec, seed, range(n))
    onehot = OneHot(spec)(torch.as_tensor(presets)).numpy().astype(np.float64)
    mapping = np.random.default_rng(1234).normal(size=(onehot.shape[1], D)) / np.sqrt(onehot.shape[1])
    emb = (onehot @ mapping + 0.01 * np.random.default_rng(seed).normal(size=(n, D))).astype(np.float32)
    emb[list(bad_rows)] = np.inf
    header = {
        "kind": "random",
        "synth": spec.name,
        "spec_hash": spec.hash,
        "spec": spec.to_dict(),
        "render_settings": {"sample_rate": 44100},
        "audio_model": {"name": "toy", "weights_hash": weights, "embedding_size": D},
        "seed": seed,
        "split": split,
        "size": n,
        "chunk_size": chunk,
    }
    w = StoreWriter(folder, header)
    for c, s in enumerate(range(0, n, chunk)):
        w.write_chunk(c, {"presets": presets[s : s + chunk], "embeddings": emb[s : s + chunk]})
    w.update(complete=True)
    return folder


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("stores")
    return make_store(root / "train", seed=1, split="train"), make_store(root / "val", seed=2, split="val")


def cfg(arch: str = "mlp", **kw) -> TrainConfig:
    base = dict(arch=arch, size="s", overrides=TINY[arch], epochs=1, batch_size=64, val_subsets=2, lr=3e-3, threads=1)
    base.update(kw)
    return TrainConfig(**base)


def state_equal(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def strip_time(history: list[dict]) -> list[dict]:
    return [{k: v for k, v in h.items() if k not in ("seconds", "presets_per_s")} for h in history]


# -- configuration and schedule -----------------------------------------------------------------
def test_config_resolves_per_arch_defaults_and_checks_fields():
    c = TrainConfig(arch="transformer").resolved()
    assert (c.lr, c.betas, c.eps, c.batch_size) == (1e-3, (0.91, 0.987), 2e-8, 256)
    assert TrainConfig(arch="mlp", lr=5e-4).resolved().lr == 5e-4
    assert set(OPTIMIZER_DEFAULTS) == set(ARCHS)
    assert TrainConfig.from_dict(c.to_dict()) == c
    with pytest.raises(ValueError, match="unknown arch"):
        TrainConfig(arch="cnn").resolved()
    with pytest.raises(ValueError, match="warmup"):
        TrainConfig(arch="mlp", warmup=1.5).resolved()
    with pytest.raises(ValueError, match="min_lr"):
        TrainConfig(arch="mlp", lr=1e-6, min_lr=1e-5).resolved()


def test_schedule_phases_study_defaults():
    s = LRSchedule.from_config(TrainConfig(arch="mlp").resolved(), total_steps=600_000)
    assert (s.warmup, s.decay_end, s.restart_end) == (7_500, 200_000, 600_000)
    lr = 1.2e-2
    assert s(0) == s(7_499) == lr  # the study's warmup factor 1: constant
    assert s(200_000 - 1) == pytest.approx(2e-6, abs=1e-8) and s(200_000) == lr  # full restart
    assert s(600_000) == s(10**7) == 2e-6  # then constant
    v = s.values()
    assert np.all(np.diff(v[7_500:200_000]) <= 0) and np.all(np.diff(v[200_000:]) <= 0)
    w = LRSchedule.from_config(
        TrainConfig(
            arch="mlp", warmup=10, warmup_start=0.1, decay_end=0.5, restart_end=0.75, restart_factor=0.5
        ).resolved(),
        total_steps=100,
    )
    assert w(0) == pytest.approx(0.1 * lr) and w(10) == pytest.approx(lr) and w(50) == pytest.approx(0.5 * lr)
    assert w(80) == 2e-6


def test_epoch_permutation_depends_on_seed_and_epoch_only():
    a = epoch_permutation(100, 3, 0)
    assert np.array_equal(a, epoch_permutation(100, 3, 0)) and sorted(a) == list(range(100))
    assert not np.array_equal(a, epoch_permutation(100, 3, 1)) and not np.array_equal(a, epoch_permutation(100, 4, 0))


# -- training -------------------------------------------------------------------------------------
@pytest.mark.parametrize("arch", ARCHS)
def test_every_arch_trains_and_writes_loadable_checkpoints(stores, tmp_path, arch):
    out = tmp_path / f"toy_{arch}_s.pt"
    r = train(*stores, out, cfg(arch, max_train=256, max_val=128, val_per_epoch=1), progress=False)
    assert r.finished and r.steps == 4 and len(r.history) == 1 and r.stopped == "finished"
    for path in (out, last_checkpoint_path(out)):
        raw = torch.load(path, weights_only=True)  # plain data only
        assert raw["spec_hash"] == toy_spec().hash and raw["encoder_config"]["arch"] == arch
    enc, info = load_checkpoint(out)
    assert not enc.training and enc(torch.as_tensor(random_presets(toy_spec(), 9, range(3)))).shape == (3, D)
    assert info["config"]["arch"] == arch and info["audio_model"]["name"] == "toy" and info["finished"]
    assert info["datasets"]["train"]["n"] == 256 and info["datasets"]["val"]["split"] == "val"
    assert set(info["history"][0]) >= {"step", "epoch", "train_loss", "val_mrr", "val_l1", "lr", "seconds"}
    assert info["versions"]["torch"] == torch.__version__.split("+")[0]


def test_mrr_rises_above_chance_on_the_toy_task(stores, tmp_path):
    r = train(*stores, tmp_path / "m.pt", cfg("mlp", epochs=6, overrides={"hidden_features": 64}), progress=False)
    chance = np.mean(1 / np.arange(1, N + 1))  # expected MRR of a random ranking of 512 candidates
    assert r.history[0]["val_mrr"] < r.best["val_mrr"]
    assert r.best["val_mrr"] > 10 * chance and r.history[-1]["train_loss"] < r.history[0]["train_loss"]
    import pandas as pd

    df = pd.DataFrame(r.history)
    assert len(df) == 12 and df["step"].tolist() == list(range(4, 49, 4))
    fig = plot_history(r.history, title="toy")
    assert len(fig.axes) == 2


def test_distillation_loss_by_hand():
    pred = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
    target = torch.tensor([[0.0, 1.0], [1.0, 1.0]])
    # L1 alone: mean |pred - target| = (0 + 1 + 0 + 0) / 4
    assert float(distillation_loss(pred, target)) == pytest.approx(0.25)
    # mean abs differences: pred0-t0 0.5, pred0-t1 1.0, pred1-t0 0.5, pred1-t1 0.0; logits = -d / 0.5
    logits = -torch.tensor([[0.5, 1.0], [0.5, 0.0]]) / 0.5
    ce = lambda z: float(-torch.log_softmax(z, dim=1).diagonal().mean())  # noqa: E731
    expected = 0.25 + 2.0 * 0.5 * (ce(logits) + ce(logits.T))
    assert float(distillation_loss(pred, target, contrastive=2.0, temperature=0.5)) == pytest.approx(expected, rel=1e-6)
    with pytest.raises(ValueError, match="contrastive"):
        TrainConfig(arch="mlp", contrastive=-1.0).resolved()


def test_contrastive_run_records_both_directions(stores, tmp_path):
    r = train(
        *stores,
        tmp_path / "c.pt",
        cfg("mlp", epochs=2, contrastive=1.0, overrides={"hidden_features": 64}),
        progress=False,
    )
    h = r.history[-1]
    assert {"val_mrr_preset_to_audio", "val_mrr_audio_to_preset"} <= set(h)
    assert h["val_mrr"] == h["val_mrr_audio_to_preset"] != h["val_mrr_preset_to_audio"]


def test_resume_equals_uninterrupted(stores, tmp_path):
    config = cfg("mlp", epochs=3, val_per_epoch=2)
    straight = train(*stores, tmp_path / "a.pt", config, progress=False)
    # interrupted mid-interval (step 5), then by an exception right after the validation at step 12
    part = train(*stores, tmp_path / "b.pt", config, progress=False, stop_after=5)
    assert part.stopped == "stop_after" and part.steps == 5 and not part.finished

    def crash(record):
        if record["step"] == 12:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        train(*stores, tmp_path / "b.pt", config, progress=False, callback=crash)
    resumed = train(*stores, tmp_path / "b.pt", config, progress=False)
    assert resumed.resumed_from == 12 and resumed.finished
    assert strip_time(resumed.history) == strip_time(straight.history)
    for name in ("a", "b"):
        assert (tmp_path / f"{name}.last.pt").exists()
    for kind in (".pt", ".last.pt"):
        a, b = (torch.load(tmp_path / f"{x}{kind}", weights_only=True) for x in "ab")
        assert state_equal(a["model"], b["model"]) and a["step"] == b["step"]
    # running it again returns the finished run
    again = train(*stores, tmp_path / "b.pt", config, progress=False)
    assert again.steps == again.total_steps and again.resumed_from == again.total_steps


def test_reading_from_disk_with_a_worker_gives_the_same_run(stores, tmp_path):
    a = train(*stores, tmp_path / "mem.pt", cfg("mlp"), progress=False)
    b = train(*stores, tmp_path / "disk.pt", cfg("mlp", in_memory=False, num_workers=1), progress=False)
    assert strip_time(a.history) == strip_time(b.history)
    wa, wb = (torch.load(tmp_path / f"{x}.last.pt", weights_only=True)["model"] for x in ("mem", "disk"))
    assert state_equal(wa, wb)


def test_bf16_run_and_json_result(stores, tmp_path):
    import json

    r = train(*stores, tmp_path / "bf.pt", cfg("highway", precision="bf16"), progress=False)
    assert r.finished and 0 < r.best["val_mrr"] <= 1
    d = json.loads(json.dumps(r.to_dict()))
    assert d["out"] == str(tmp_path / "bf.pt") and d["finished"] and d["history"][-1]["step"] == 8


def test_incompatible_resume_and_existing_out_are_refused(stores, tmp_path):
    out = tmp_path / "c.pt"
    train(*stores, out, cfg("mlp"), progress=False, stop_after=2)
    with pytest.raises(TrainError, match=r"another run.*config\.lr"):
        train(*stores, out, cfg("mlp", lr=1e-3), progress=False)
    r = train(*stores, out, cfg("mlp", lr=1e-3), progress=False, resume=False)  # explicit restart
    assert r.finished and r.resumed_from is None
    last_checkpoint_path(out).unlink()
    with pytest.raises(TrainError, match="no resume checkpoint"):
        train(*stores, out, cfg("mlp", lr=1e-3), progress=False)


def test_mismatched_stores_are_refused_naming_both(stores, tmp_path):
    other_model = make_store(tmp_path / "val_w1", seed=2, split="val", weights="w1", n=64)
    with pytest.raises(TrainError) as e:
        train(stores[0], other_model, tmp_path / "x.pt", cfg(), progress=False)
    msg = str(e.value)
    assert str(stores[0] / "manifest.json") in msg and str(other_model / "manifest.json") in msg
    assert "audio_model.weights_hash (w0 vs w1)" in msg
    other_spec = make_store(tmp_path / "val_spec", seed=2, split="val", n=64, spec=toy_spec(name="other"))
    with pytest.raises(TrainError, match="spec_hash"):
        train(stores[0], other_spec, tmp_path / "x.pt", cfg(), progress=False)
    with pytest.raises(TrainError, match=r"another spec of 'toy'.*name 'other' vs 'toy'"):
        train(*stores, tmp_path / "x.pt", cfg(), progress=False, spec=toy_spec(name="other"))


def test_non_finite_loss_stops_and_keeps_last_good_checkpoint(tmp_path):
    # put an inf embedding in the 7th batch of epoch 0: after the validation at step 4, before the one at step 8
    bad = int(epoch_permutation(N, 42, 0)[6 * 64])
    train_dir = make_store(tmp_path / "train_inf", seed=1, split="train", bad_rows=(bad,))
    val_dir = make_store(tmp_path / "val", seed=2, split="val", n=128)
    out = tmp_path / "n.pt"
    with pytest.raises(NonFiniteLoss, match=r"loss became inf at step 7 .*non-finite values") as e:
        train(train_dir, val_dir, out, cfg("mlp", val_per_epoch=2), progress=False)
    assert e.value.step == 7 and e.value.last_checkpoint == last_checkpoint_path(out)
    last = torch.load(last_checkpoint_path(out), weights_only=True)
    assert last["step"] == 4 and all(torch.isfinite(t).all() for t in last["model"].values() if t.is_floating_point())
    load_checkpoint(out)


def test_diverging_model_is_reported(stores, tmp_path):
    with pytest.raises(NonFiniteLoss, match="diverged") as e:
        train(*stores, tmp_path / "d.pt", cfg("mlp", lr=1e30, min_lr=1.0, epochs=3), progress=False)
    assert e.value.step > 1


def test_load_checkpoint_refuses_other_spec_and_incomplete_files(stores, tmp_path):
    out = tmp_path / "l.pt"
    train(*stores, out, cfg("mlp"), progress=False)
    enc, info = load_checkpoint(out, toy_spec())
    assert info["spec_hash"] == toy_spec().hash
    changed = dict(SPEC, parameters=[dict(SPEC["parameters"][0], interval=[0.0, 0.5])] + SPEC["parameters"][1:])
    with pytest.raises(CheckpointError, match=r"not the given spec .*parameters changed: cutoff \(interval\)"):
        load_checkpoint(out, spec_from_dict(changed))
    ck = torch.load(out, weights_only=True)
    del ck["encoder_config"], ck["spec_hash"]
    torch.save(ck, tmp_path / "broken.pt")
    with pytest.raises(CheckpointError, match="missing encoder_config, spec_hash"):
        load_checkpoint(tmp_path / "broken.pt")
    torch.save({"x": torch.nn.Linear(2, 2)}, tmp_path / "pickled.pt")  # not plain data
    with pytest.raises(CheckpointError, match="not a readable plain-data checkpoint"):
        load_checkpoint(tmp_path / "pickled.pt")


# -- distributed ------------------------------------------------------------------------------------
def test_torchrun_two_cpu_processes(stores, tmp_path):
    torchrun = shutil.which("torchrun", path=str(Path(sys.executable).parent))
    if torchrun is None:
        pytest.skip("torchrun not found next to the Python interpreter")
    script = tmp_path / "job.py"
    script.write_text(
        textwrap.dedent("""
        import json, os, sys
        from synthproxy.train import TrainConfig, train
        cfg = TrainConfig(arch="mlp", size="s", overrides={"hidden_features": 32}, epochs=1, batch_size=64,
                          val_subsets=2, lr=3e-3)
        r = train(sys.argv[1], sys.argv[2], sys.argv[3], cfg, progress=False)
        with open(f"result{os.environ['RANK']}.json", "w") as f:  # one file per rank: stdout lines interleave
            json.dump({"world": r.world_size, "steps": r.steps}, f)
    """)
    )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "ddp.pt"
    cmd = [
        torchrun,
        "--nnodes",
        "1",
        "--nproc_per_node",
        "2",
        "--master_addr",
        "127.0.0.1",
        "--master_port",
        str(port),
        str(script),
        str(stores[0]),
        str(stores[1]),
        str(out),
    ]
    # TMPDIR: torchrun's own torchelastic_* folders go to tmp_path, not to the machine's /tmp
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore", "TMPDIR": str(tmp_path)}
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.skip("torchrun did not finish within 60 s (process group could not start here?)")
    if p.returncode != 0 and any(
        s in p.stderr for s in ("Rendezvous", "EADDRINUSE", "Connection refused", "Address already")
    ):
        pytest.skip(f"torchrun could not start a process group here: {p.stderr[-300:]}")
    assert p.returncode == 0, p.stderr[-3000:]
    results = [json.loads((tmp_path / f"result{rank}.json").read_text()) for rank in (0, 1)]
    assert results == [{"world": 2, "steps": 8}] * 2
    enc, info = load_checkpoint(out)
    assert info["world_size"] == 2 and len(info["history"]) == 2 and info["finished"]


def test_fine_tuning_starts_from_the_checkpoint_and_records_it(stores, tmp_path):
    first = tmp_path / "first.pt"
    r = train(*stores, first, cfg("mlp", epochs=3, val_per_epoch=1), progress=False)
    # a fine-tuning run whose learning rate is ~0 keeps the weights (only batch-norm statistics move):
    # its first validation is near the checkpoint's best, where a fresh start is near chance
    tuned = tmp_path / "tuned.pt"
    t = train(*stores, tuned, cfg("mlp", epochs=1, val_per_epoch=1, lr=1e-12, min_lr=1e-12, init=str(first)),
              progress=False)  # fmt: skip
    assert t.history[0]["val_mrr"] == pytest.approx(r.best["val_mrr"], abs=0.01)
    _, info = load_checkpoint(tuned)
    assert info["init"]["sha256"] and info["init"]["datasets"]["train"]["n"] == N
    assert info["config"]["init"] == str(first)
    fresh = train(*stores, tmp_path / "fresh.pt", cfg("mlp", epochs=1, val_per_epoch=1, lr=1e-12, min_lr=1e-12),
                  progress=False)  # fmt: skip
    assert fresh.history[0]["val_mrr"] < 0.5 * t.history[0]["val_mrr"]


def test_fine_tuning_refuses_another_encoder(stores, tmp_path):
    first = tmp_path / "first.pt"
    train(*stores, first, cfg("mlp", max_train=128, val_per_epoch=1), progress=False)
    with pytest.raises(TrainError, match="--init .*hidden_features"):
        train(
            *stores, tmp_path / "t.pt", cfg("mlp", overrides={"hidden_features": 48}, init=str(first)), progress=False
        )
    with pytest.raises(TrainError, match="--init .*no such checkpoint"):
        train(*stores, tmp_path / "u.pt", cfg("mlp", init=str(tmp_path / "missing.pt")), progress=False)


def test_ablation_reads_the_factors_from_the_checkpoints(stores, tmp_path):
    import pandas as pd

    from synthproxy.ablation_table import ablation_markdown
    from synthproxy.encoders.checkpoint import load_checkpoint
    from synthproxy.experiments.ablation import record_ablation, training_factors

    base, tuned = tmp_path / "base.pt", tmp_path / "tuned.pt"
    train(*stores, base, cfg("mlp", max_train=256), progress=False)
    train(*stores, tuned, cfg("mlp", init=str(base)), progress=False)
    table = tmp_path / "toy.csv"
    for ck in (base, tuned):
        rows = record_ablation(ck, {"synthetic": stores[1]}, table=table)
        assert rows["pool"].tolist() == [512, 512] and (rows["mrr"] > 0).all()  # n 512: both pools are the set
    df = pd.read_csv(table)
    base_epochs = load_checkpoint(base)[1]["history"][-1]["epoch"]
    tuned_as = f"512 hand-crafted (train) (from the {base_epochs:g}-epoch base)"
    assert sorted(df["fine_tuned"].unique()) == [tuned_as, "no"]
    tuned_row = df[df["fine_tuned"] != "no"].iloc[0]
    assert tuned_row["train_presets"] == 256 and tuned_row["prior"] == "random"  # the factors of its start
    page = ablation_markdown(toy_spec().name, table)
    assert page.count("\n") == 3 and tuned_as in page
    # a checkpoint tuned before init recorded its base's epochs: read from the base, or left out without it
    info = load_checkpoint(tuned)[1]
    old_init = {k: v for k, v in info["init"].items() if k != "epochs"}
    assert training_factors({**info, "init": old_init})["fine_tuned"] == tuned_as
    gone = {**old_init, "path": str(tmp_path / "gone.pt")}
    assert training_factors({**info, "init": gone})["fine_tuned"] == "512 hand-crafted (train)"
    assert page.splitlines()[0].startswith("| proxy | random, pool 512 | random, pool 4,096 |")  # scores first
    record_ablation(base, {"synthetic": stores[1]}, table=table)  # recorded again: its rows replaced
    assert len(pd.read_csv(table)) == 4


def test_nearness_counts_entries_and_scores_only_the_far_test_presets(stores, tmp_path):
    import pandas as pd

    from synthproxy.ablation_table import nearness_markdown
    from synthproxy.experiments.nearness import entry_distances, main
    from synthproxy.store import open_store

    train_p = np.array([[0.0, 0.5, 1.0], [0.2, 0.2, 0.2]], np.float32)
    test_p = np.array([[0.0, 0.5, 1.0], [0.0, 0.5, 0.9], [0.9, 0.9, 0.9]], np.float32)
    assert entry_distances(test_p, train_p).tolist() == [0, 1, 3]
    assert entry_distances(test_p, train_p[:0]).tolist() == [4, 4, 4]  # nothing to be near
    with pytest.raises(ValueError, match="one P"):
        entry_distances(test_p, train_p[:, :2])

    ck = tmp_path / "m.pt"
    train(*stores, ck, cfg("mlp", max_train=256), progress=False)
    # the validation store as "test": its presets are random draws of another seed, so near to none of the
    # training store's first presets except by chance; the training store against itself: all at distance 0
    table = tmp_path / "near.csv"
    args = ["--checkpoint", str(ck), "--train", str(stores[0]), "--table", str(table)]
    assert main([*args, "--test", str(stores[0])]) == 0
    df = pd.read_csv(table)
    assert df["min_distance"].tolist() == [-1]  # every test preset is a training one: only "all" keeps any
    assert df["n"].iloc[0] == len(open_store(stores[0]).load("presets"))
    assert main([*args, "--test", str(stores[1])]) == 0
    df = pd.read_csv(table)
    assert len(df) > 1 and df["n"].is_monotonic_decreasing and (df["mrr"] > 0).all()  # its rows replaced
    page = nearness_markdown(table)
    assert page.splitlines()[0].startswith("| proxy | all | > 0 differ |") and page.count("| `m` |") == 1
    assert nearness_markdown(tmp_path / "none.csv") == ""
    assert main(["--checkpoint", str(tmp_path / "none.pt"), "--train", str(stores[0]), "--test", str(stores[1])]) == 1


def test_plan_run_budgets():
    from synthproxy.experiments.archs import ArchTableSettings, plan_run

    s = ArchTableSettings(presets=1000, seconds=10.0)
    assert plan_run("equal_presets", 4000, s) == {"epochs": 1, "max_train": 1000, "presets_seen": 1000}
    assert plan_run("equal_presets", 400, s) == {"epochs": 2, "max_train": None, "presets_seen": 800}
    assert plan_run("equal_time", 4000, s, rate=50.0) == {"epochs": 1, "max_train": 500, "presets_seen": 500}
    assert plan_run("equal_time", 100, s, rate=1234.0)["epochs"] == 123  # whole epochs nearest the budget
    with pytest.raises(ValueError, match="equal_presets run"):
        plan_run("equal_time", 4000, s)
    with pytest.raises(ValueError, match="budget must be"):
        plan_run("equal_steps", 4000, s)


def test_arch_table_runs_both_budgets_and_lays_out_the_table(stores, tmp_path, monkeypatch):
    import pandas as pd

    from synthproxy import arch_table
    from synthproxy.experiments import archs

    monkeypatch.setattr(archs, "DATA_DIR", tmp_path / "data")
    table = tmp_path / "archs" / "toy.csv"
    args = ["--synth", "toy", "--train", str(stores[0]), "--val", str(stores[1]), "--test", str(stores[1])]
    args += ["--handcrafted", str(stores[1]), "--archs", "mlp", "resnet", "--presets", "1024", "--seconds", "0.5"]
    assert archs.main([*args, "--table", str(table)]) == 0
    df = pd.read_csv(table)
    assert list(df.columns) == list(archs.COLUMNS) and len(df) == 4
    timed = df[df.budget == "equal_time"].set_index("arch")
    rates = df[df.budget == "equal_presets"].set_index("arch").presets_per_s
    for a in ("mlp", "resnet"):  # equal time: each architecture's presets follow its own measured rate
        assert (
            timed.loc[a, "presets_seen"]
            == archs.plan_run("equal_time", 512, archs.ArchTableSettings(seconds=0.5), rates[a])["presets_seen"]
        )
    assert (df.loss == "l1").all() and (df.test_pool == 512).all() and df.hc_mrr.notna().all()
    assert (df[[f"test_mrr_at_{k}" for k in range(1, 6)]].diff(axis=1).iloc[:, 1:] >= 0).all().all()
    # the book's table: one row per architecture, both budgets, the study's column
    original = tmp_path / "original.csv"
    original.write_text("synth,study_arch,arch,val_mrr,val_l1\ntoy,mlp_oh,mlp,0.4,0.1\ntoy,rn,resnet,0.9,0.05\n")
    page = arch_table.arch_table_markdown("toy", table, original)
    scores, cost = page.split("\n\n")  # two tables, each narrow enough for a page
    assert scores.count("\n") == 3 and "`mlp` (mlp_oh) | 0.400 (2) |" in scores and "0.900 (1)" in scores
    assert "equal CPU time: test MRR" in scores and cost.count("\n") == 3 and "presets seen" in cost
    assert archs.main([*args, "--table", str(table)]) == 0  # finished runs resume to the same rows
    assert len(pd.read_csv(table)) == 4
    # a search's choice trains its architecture again, beside the defaults; the book says what it changed
    best = tmp_path / "hpo" / "toy_mlp_all" / "best.json"
    best.parent.mkdir(parents=True)
    tuned = {"arch": "mlp", "size": "s", "overrides": {"hidden_features": 64}, "lr": 1e-3, "betas": [0.8, 0.95]}
    best.write_text(json.dumps({"arch": "mlp", "size": "s", "stage": "all", "val_mrr": 0.5, "trials": 3,
                                "minutes": 0.1, "train_config": tuned}))  # fmt: skip
    assert archs.main([*args, "--table", str(table), "--hpo", str(best), "--budgets", "equal_presets"]) == 0
    df = pd.read_csv(table)
    assert len(df) == 5 and df[df.config == "hpo"].arch.tolist() == ["mlp"]
    assert arch_table.arch_table_markdown("toy", table, original).count("\n") == 8  # the defaults' rows only
    assert "hidden_features 64" in arch_table.hpo_markdown(
        "toy", tmp_path
    ) and "equal presets: " in arch_table.hpo_markdown("toy", tmp_path)
    assert archs.main([*args, "--table", str(table), "--hpo", str(tmp_path / "nope.json")]) == 1
