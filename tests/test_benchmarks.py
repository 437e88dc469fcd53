"""The benchmarks' own arithmetic (their speeds are measured, never asserted)."""

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def load(name: str):
    """Import ``benchmarks/<name>.py``, leaving the environment as it was (benchmarks pin OMP_NUM_THREADS)."""
    env = dict(os.environ)
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    finally:
        os.environ.clear()
        os.environ.update(env)
    return mod


def test_steady_rate_sums_each_workers_own_rate():
    steady_rate = load("generate").steady_rate
    # two workers, 10 rows per chunk, 1 s per chunk, finishing in step 0.1 s apart: 10 rows/s each, 20 in all
    w0 = [(3.0 + k, 10, 100) for k in range(1, 6)]
    w1 = [(3.1 + k, 10, 101) for k in range(1, 6)]
    assert steady_rate(w0 + w1, workers=2) == pytest.approx(20.0)
    # a count of all chunks finished between the end of round 1 and the start of the drain would give
    # 70 rows / 3.9 s = 17.9: workers finishing in step bias it low
    assert steady_rate(w0, workers=1) == pytest.approx(10.0)
    # worker 0's last chunk takes 6 s: its own rate drops (40 rows in 9 s); the time worker 1 sits idle
    # at the end (the drain) counts against nobody
    late = w0[:-1] + [(13.0, 10, 100)]
    assert steady_rate(late + w1, workers=2) == pytest.approx(40 / 9 + 10.0)


def test_steady_rate_refuses_too_few_chunks():
    steady_rate = load("generate").steady_rate
    with pytest.raises(ValueError, match="raise --size"):
        steady_rate([(1.0, 10, 1), (2.0, 10, 1), (3.0, 10, 2)], workers=2)
    with pytest.raises(ValueError, match="raise --size"):
        steady_rate([(1.0, 10, 1), (2.0, 10, 1)], workers=2)


def test_benchmarks_page_reports_the_medians_and_each_runs_ratios(tmp_path):
    import json

    from synthproxy.report import benchmarks_markdown

    run = {
        "raw_render_per_s": 100.0,
        "draws_per_preset": 1.0,
        "raw_embed_per_s": 120.0,
        "pipeline_1_worker_per_s": 50.0,
        "pipeline_2_workers_per_s": 95.0,
        "ratio_2_workers_to_slower_raw": 0.95,
        "ratio_2_to_1_workers": 1.9,
    }
    slow = dict(run, pipeline_2_workers_per_s=85.0, ratio_2_workers_to_slower_raw=0.85, ratio_2_to_1_workers=1.7)
    row = {"synth": "dexed", **run, "repeats": 2, "runs": [run, slow]}
    (tmp_path / "bench_generate.json").write_text(json.dumps({"size": 1024, "chunk": 128, "results": [row], "cpu": 2}))
    page = benchmarks_markdown(tmp_path)
    assert "| dexed | 100.0 | 1.0 | 120.0 | 50.0 | 95.0 | 0.95 | 1.9 |" in page
    assert "median of 2 alternating runs" in page and "1024 presets per run in chunks of 128" in page
    assert "dexed 0.85-0.95 and 1.70-1.90" in page


def test_benchmarks_page_has_one_table_per_cpu_kind(tmp_path):
    import json

    from synthproxy.machine import cpu_info
    from synthproxy.report import benchmarks_markdown

    def embed(kind: str, speedup: float) -> dict:
        row = {"path": "ours", "clips_per_s_best": 30.0, "ms_per_clip_best": 33.3, "cosine_min": 0.99999}
        return {
            "rows": [row],
            "speedup": speedup,
            "batch_composition_max_abs_diff": 0.0,
            "precision": "winograd",
            "cpu_info": {"model": f"CPU {kind}", "cores": 2, "flags": ["avx2"], "kind": kind},
        }

    (tmp_path / "bench_embed-avx2.json").write_text(json.dumps(embed("AVX2", 2.7)))
    (tmp_path / "bench_embed-amx.json").write_text(json.dumps(embed("AMX", 5.9)))
    page = benchmarks_markdown(tmp_path)
    amx, avx2 = page.index("### AMX CPU: CPU AMX, 2 cores"), page.index("### AVX2 CPU: CPU AVX2, 2 cores")
    assert amx < avx2 and "**5.9x**" in page[amx:avx2] and "**2.7x**" in page[avx2:]
    assert "Not measured yet" in page  # the other benchmarks have no file here
    info = cpu_info()
    assert info["kind"] in ("AMX", "AVX-512 BF16", "AVX-512", "AVX2", "other") and info["cores"] >= 1


def test_cpu_info_says_when_the_avx2_path_was_forced(monkeypatch):
    """Every benchmark's JSON records ONEDNN_MAX_CPU_ISA / ATEN_CPU_CAPABILITY, with a note when they hid
    the CPU's native bfloat16 (an AMX machine measuring its AVX2 path)."""
    import synthproxy.machine as machine

    monkeypatch.delenv("ONEDNN_MAX_CPU_ISA", raising=False)
    monkeypatch.delenv("ATEN_CPU_CAPABILITY", raising=False)
    assert "forced_isa" not in machine.cpu_info()
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")
    monkeypatch.setattr(machine, "bfloat16_is_native", lambda: False)
    real = Path.read_text
    fake_flags = "model name\t: Test CPU\nflags\t\t: avx2 avx512f avx512_bf16 amx_tile\n"
    monkeypatch.setattr(Path, "read_text", lambda p, *a, **k: fake_flags if str(p) == "/proc/cpuinfo" else real(p))
    info = machine.cpu_info()
    assert info["forced_isa"] == {"ONEDNN_MAX_CPU_ISA": "AVX2"} and info["kind"] == "AMX"
    assert info["note"].endswith("path forced with ONEDNN_MAX_CPU_ISA=AVX2")


def test_benchmarks_page_train_table_has_the_loss(tmp_path):
    """Training rows show their loss (older files without one: l1); skipped and failed rows are left out."""
    import json

    from synthproxy.report import benchmarks_markdown

    base = {"arch": "gru", "size": "s", "parameters": 2304768, "batch": 512, "error": None}
    rows = [
        {**base, "variant": "plain", "loss": "contrastive_cdist", "presets_per_s": 150.4},
        {**base, "variant": "eager", "presets_per_s": 480.0},
        {**base, "arch": "mlp", "variant": "plain", "loss": "l1", "skipped": "no fast path: the same as eager"},
        {**base, "variant": "compile", "loss": "l1", "error": "RuntimeError: x"},
    ]
    rows.append({**base, "variant": "plain", "loss": "l1", "presets_per_s": 160.0})
    (tmp_path / "bench_train-avx2.json").write_text(
        json.dumps({"rows": rows, "args": {"variants": ["plain", "eager"]}})
    )
    page = benchmarks_markdown(tmp_path)
    # one row per arch, size and loss; variants side by side, the last one's gain over the first
    assert "| arch | size | loss | parameters | batch | plain (presets/s) | eager (presets/s) | eager / first |" in page
    assert "| gru | s | contrastive_cdist | 2,304,768 | 512 | 150 | - | - |" in page
    assert "| gru | s | l1 | 2,304,768 | 512 | 160 | 480 | 3.00x |" in page
    assert "| mlp |" not in page and "compile (presets/s)" not in page


def test_benchmarks_page_shows_the_level_bound_run(tmp_path):
    import json

    from synthproxy.report import benchmarks_markdown

    run = {"synth": "dexed", "presets": 10, "draws": 100, "renders_skipped": 60, "render_per_s": 20.0,
           "bound_per_s": 40.0, "speedup": 2.0}  # fmt: skip
    (tmp_path / "bench_level_bound-avx2.json").write_text(json.dumps({"results": [run]}))
    page = benchmarks_markdown(tmp_path)
    assert "| dexed | 10 | 100 | 60 (60%) | 20.0 | 40.0 | 2.00x |" in page
    assert "level_bound.py --json" not in page  # measured, so no hint to measure it


@pytest.mark.parametrize("name", ["generate", "embed"])
def test_benchmarks_skip_presets_without_an_audible_draw(name, monkeypatch):
    """A preset whose 64 draws are all silent (Dexed preset 549 of seed 1000 is one) is dropped, as generation
    drops it, instead of ending the benchmark after its timed rounds."""
    from types import SimpleNamespace

    import numpy as np

    import synthproxy.render as render
    import synthproxy.synths as synths

    def sample(engine, seed, index):
        if index == 3:
            raise render.PresetRejected("silent")
        return SimpleNamespace(audio=np.full(8, float(index)), attempts=2)

    monkeypatch.setattr(render, "sample_audible_preset", sample)
    monkeypatch.setattr(synths, "open_engine", lambda *a, **k: object())
    monkeypatch.setattr(synths, "availability", lambda synth: SimpleNamespace(available=True))
    bench = load(name)
    if name == "generate":
        monkeypatch.setattr(bench, "sample_audible_preset", sample)
        monkeypatch.setattr(bench, "open_engine", lambda *a, **k: object())
        rate, draws, clips = bench.raw_render_rate("dexed", None, range(6), seed=1)
        assert rate > 0 and draws == 2.0 and [c[0] for c in clips] == [0, 1, 2, 4, 5]
    else:
        model = SimpleNamespace(precision="p", embed=lambda clips, precision=None: np.asarray(clips) + 1.0)
        (row,) = bench.render_check(model, ["dexed"], n=5)
        assert row["n"] == 5 and row["presets_without_audible_draw"] == 1 and row["cosine_min"] > 0.999
