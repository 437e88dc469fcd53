"""Training throughput of the preset encoders on this CPU: presets per second, per architecture and size.

Usage::

    python benchmarks/train.py [--archs mlp highway ...] [--sizes s b] [--variants eager bf16 ...]
                               [--loss l1 contrastive contrastive_cdist] [--synth dexed] [--dim 512]
                               [--seconds 5] [--json OUT]

Each measurement is one training step exactly as :func:`synthproxy.train.train` does it (random batch
gathered from presets in memory, forward, :func:`synthproxy.train.distillation_loss`, backward, AdamW
step) on synthetic data: random presets of the synth's spec (Dexed: 100 used parameters) and random
``dim``-d targets (512 = aisfx). Batches are the architecture's default
(:data:`synthproxy.train.OPTIMIZER_DEFAULTS`: 512, 256 for the Transformer). After one untimed step
(which also compiles, for the compiled variants), steps run until ``--seconds`` have passed (at least
one per round). The JSON names the CPU (:func:`synthproxy.machine.cpu_info`).

Variants (``--variants``; each a change from *eager*, the baseline: float32, ``--threads`` (1)
thread, for-loop AdamW). Variants alternate within each of ``--rounds`` rounds, so that changes of
the machine's load hit them alike; presets/s = batch / fastest step (the median is printed too):

=================== =====================================================================================
``eager``           baseline
``plain``           the token models (``gru``, ``transformer``) without their fast paths
                    (:func:`synthproxy.encoders.use_fast_paths` off: ``nn.GRU``, ``nn.TransformerEncoder``,
                    the code before :mod:`synthproxy.encoders.token_paths`); skipped for the other models
``threads2``        ``torch.set_num_threads(2)`` (torch's default on this 2-core machine)
``bf16``            forward under ``torch.autocast("cpu", torch.bfloat16)`` (``TrainConfig(precision="bf16")``)
``fused``           ``AdamW(fused=True)`` (``TrainConfig(fused=True)``, the default)
``bf16_fused``      both
``compile``         ``torch.compile`` of the encoder (``TrainConfig(compile=True)``)
``compile_bf16``    compile + bf16 + fused
``batch2x``         twice the batch (changes the optimisation: not a free speed-up)
=================== =====================================================================================

Losses (``--loss``, each measured with every variant, alternating with them): ``l1`` (the study's),
``contrastive`` (L1 + 0.1 x the InfoNCE term, its (B, B) L1 distances and their gradient by the numba
kernels of :mod:`synthproxy.pairwise_l1`), ``contrastive_cdist`` (the same loss by ``torch.cdist``: the
path before those kernels).

The ``out err`` column is the mean absolute difference between the variant's and the float32
encoder's outputs at initialisation, relative to the outputs' mean magnitude (0 for float32 variants).
Failures (e.g. of ``torch.compile``) are caught and reported in the table.

**AMD EPYC (AVX2).** One run on a 2-core AMD EPYC VM (AVX2 only: no AVX-512, no native bfloat16;
torch 2.9.1, Python 3.11), Dexed spec, size ``s``, 1 thread, float32, while a niced data-generation job
and other jobs kept the load average at 3-5 on the 2 cores, so **every number is noisy** (+-30 %); the
ratios come from steps that alternated within the run (``--sizes s --variants plain eager --loss l1
contrastive contrastive_cdist --seconds 6``; ``results/bench_train-avx2.json``). Presets/s::

    arch            size  params   l1 plain  l1 eager  contr. eager  contr._cdist plain  contr._cdist eager
    mlp             s     1.72M           -      5612          4239                   -                1672
    highway         s     1.91M           -      3858          2943                   -                1422
    resnet          s     1.39M           -      6133          4197                   -                1791
    highway_tokens  s     2.18M           -      3792          3208                   -                1582
    gru             s     2.30M         181       536           528                 189                 408
    transformer     s     0.88M          57        94            92                  53                  99

- **The contrastive term** (``contrastive`` vs ``contrastive_cdist``, same run): with ``torch.cdist``
  it added 190-230 ms to a 83-135 ms step of the MLP-type models (an epoch with it cost 2.4-3.4 times
  one without), with the numba kernels 25-40 ms (1.2-1.5 times): 2.0-2.5x more presets/s with the
  term on. Values and gradients are ``torch.cdist``'s (the same bits on this build; the tests compare
  them). For the token models it was already a small share of a step (``gru``: +300 ms of 1.3 s with
  cdist, +15 ms with the kernels; ``transformer``, batch 256: within noise).
- **The token models** (``plain`` vs ``eager``, same run): ``gru`` ``s`` 181 -> 536 presets/s (3.0x;
  with the contrastive term, cdist before vs kernels now: 189 -> 528, 2.8x), ``transformer`` ``s`` 57 ->
  94 (1.66x; 53 -> 92 with the term). Other runs, same machine: size ``b`` (L1, 2 rounds) ``gru`` 109 ->
  252 (2.3x), ``transformer`` 13 -> 17 (1.36x: only the last of 6 layers shrinks); amsynth spec (36
  used parameters), size ``s``: ``gru`` 667 -> 1119 (1.7x), ``transformer`` 210 -> 302 (1.44x).
- **Why the transformer stops short of 3x here** (``torch.profiler``, 3 steps, Dexed ``s``): ``plain``
  4.72 s per step = dense matrix products 2.09 s (122 GFLOP at 58 GFLOP/s), fused attention 0.81 s,
  copies/concatenations/fills 0.98 s, other element-wise work (ReLU, LayerNorm, adds) 0.78 s; with the
  fast path 2.97 s = products 1.50 s (92 GFLOP at 61 GFLOP/s; one core peaks at 78: 2.45 GHz x 2 FMA x
  8 lanes), attention 0.46 s, copies 0.36 s, other 0.63 s. The three full layers' products are the
  model's function and already run near the core's peak, so a step cannot go below ~1.5 s (3.1x) even
  if everything else were free, ~2 s (2.4x) with the attention kernel as it is. ``gru``: ``plain`` 2.71 s
  = products 1.55 s (two thirds of them the input projection, gone), fast 1.65 s = per-step products
  0.71 s + per-step element-wise ops 0.74 s.
- **What did not pay on this CPU**: bfloat16 (not native: a (25856 x 128) @ (128 x 512) product runs
  6x slower than in float32, so ``precision`` stays ``float32``; :func:`synthproxy.machine.bfloat16_is_native`
  says False); ``torch.compile`` of the fast transformer (0.96x, 142 s to compile); 2 threads (no faster
  under this load: transformer 70 vs 69 presets/s, ``gru`` 56 vs 488, the spin-wait collapse below);
  the math attention (``bmm`` + softmax: 1.5x slower than the flash kernel on strided views); three
  separate q/k/v projections or an in-place ReLU (no gain).

**Xeon (AMX), today's code against the old paths, in one run** (``results/bench_train-amx.json``):
2-core Xeon VM (AVX-512, AMX-BF16; torch 2.9.1), Dexed spec, 1 thread, ``--sizes s b --variants plain eager
bf16_fused --loss l1 contrastive --seconds 6``, while a 2-worker generation job and a second benchmark kept
the load average at 3-4.5 on the 2 cores (**noisy**: ratios from alternating steps). Presets/s, L1 loss::

    arch            size  plain (old path)  eager (fast paths)  bf16_fused   bf16_fused / plain
    gru             s                  327                 813         753   2.30x
    transformer     s                  124                 194         421   3.39x (contrastive 3.34x)
    gru             b                  218                 447         585   2.68x
    transformer     b                   26                  36          85   3.30x (contrastive 3.63x)

The transformer's gain under bfloat16 comes from its attention: PyTorch's fused CPU attention kernel
spent 55 % of a bf16 step in its backward pass (``torch.profiler``, 3 steps, Dexed ``s``: 2.4 s of
4.4 s), its "math" fallback adds masking work (``where``/``isneginf``/``all`` on every score, ~10 %);
two plain matrix products around a softmax (:func:`synthproxy.encoders.token_paths.matmul_attention`,
used under CPU bfloat16 autocast) run the same step 2.1x faster than the fused kernel (199 -> 412
presets/s, same process; in float32 the fused kernel stays: 197 vs 169). Same function (tests compare
outputs and gradients in float64). Other runs, same machine and day: amsynth spec (36 used parameters)
``transformer`` ``s`` 446 -> 1310 presets/s (2.94x), ``b`` 90 -> 346 (3.83x). The MLP-type models
gain 2.2-3.3x from bf16 + fused AdamW (``mlp`` ``s`` 12.3k -> 40.7k presets/s).

**Xeon (AMX), before the fast paths and the kernels.** Measured in one session on a 2-core Xeon VM
(AVX-512, AMX-BF16; torch 2.9.1, Python 3.11) with the code before :mod:`synthproxy.encoders.token_paths`
and :mod:`synthproxy.pairwise_l1` (its ``eager`` is today's ``plain``), Dexed spec (100 used parameters),
512-d targets, default batches (512; Transformer 256), while other jobs kept the load average between
1 and 4 on the 2 cores: **every number is noisy** (+-30 % or worse; rerun on an idle machine for better
ones). Training presets/s, fastest of 2-3 rounds (size ``b``: fewer variants)::

    arch            size  params  eager  threads2  bf16  fused  bf16_fused  compile  compile_bf16  batch2x
    mlp             s     1.72M    9636     15438  22882  10828       29434     6096          7445     9641
    highway         s     1.91M    8321      2302  17035   8783       19416     2708          4086     8688
    resnet          s     1.39M   12060      3364  27537  13081       33868     3128         10910    12582
    highway_tokens  s     2.18M    5479      2428  10910   7020       12975     1810          2556     5823
    gru             s     2.30M     422       559    650    345         668      363           624      342
    transformer     s     0.88M     118       196     80    120         104      125           100       87
    mlp             b     5.54M    3358      1915   4804      -       10744        -         11796        -
    highway         b     6.41M    2615       434   5739      -        7233        -          8935        -
    resnet          b     5.23M    3085       489   7459      -        9680        -         10266        -
    highway_tokens  b     6.18M    1970       481   5171      -        6240        -          7846        -
    gru             b     7.32M     150         8    286      -         292        -           304        -
    transformer     b     4.91M      26        38     32      -          32        -            21        -

What helped, and what did not:

- **One thread.** With torch's default of 2 OpenMP threads, a step becomes 2-60 times slower as soon
  as another process uses a core (the two threads spin-wait for each other; ``gru`` ``b``: 8 presets/s
  instead of 150). ``OMP_WAIT_POLICY=PASSIVE`` (set before torch is imported) removes the collapse,
  but two threads were then no faster than one (a highway ``s`` step: 82 ms either way). So train
  with ``TrainConfig(threads=1)`` on this machine.
- **bfloat16 autocast** (AMX): 2-2.6x for the MLP-type models, 1.5-1.9x for ``gru``, nothing or a
  loss for the ``transformer`` (its matmuls are small: d = 128/256 with 100 tokens). Outputs differ
  from float32 by 0.4-1.2 % (mean, relative) at initialisation. ``TrainConfig(precision="bf16")``.
- **Fused AdamW**: 1.05-1.3x alone; 1.1-1.4x on top of bf16 for the MLP-type models, where the
  optimiser step becomes a large share. Made the default (``TrainConfig.fused``).
- **torch.compile** works here (inductor with gcc; 20-65 s for a first compile, seconds when cached),
  but is slower than eager at size ``s`` (0.3-0.9x) and adds at most 1.25x over bf16 + fused at size
  ``b`` (MLP-type models), nothing for ``gru``, a loss for the ``transformer``: not worth it for short
  CPU runs.
- **Larger batches** (x2): no throughput gain (the steps are compute-bound already).
- **channels_last**: not applicable (no convolutions).

In short, on the Xeon with 1 thread, bf16 and fused AdamW: about 30k presets/s for ``mlp``/``resnet``
``s`` and 7-11k for the MLP-type models at ``b`` (an epoch of 100,000 presets in 10-15 s); ``gru``
300-700; the ``transformer`` 100-200 at ``s`` and 25-40 at ``b`` in float32 (an epoch of 100,000
presets takes an hour at ``b``). On the AVX2 EPYC (float32 only), with the fast paths: 4-6k presets/s
for the MLP-type models at ``s`` (3-4k with the contrastive term), ``gru`` ~530, ``transformer`` ~95
at ``s`` and ~17 at ``b``.

Shown in use in ``notebooks/03_train.ipynb``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from typing import Any

import numpy as np
import torch

from synthproxy import pairwise_l1
from synthproxy.encoders import ARCHS, build_encoder, count_parameters, use_fast_paths
from synthproxy.presets.sampling import random_presets
from synthproxy.synths import get_spec
from synthproxy.train import OPTIMIZER_DEFAULTS, distillation_loss

VARIANTS: dict[str, dict[str, Any]] = {
    "eager": {},
    "plain": {"fast_paths": False},
    "threads2": {"threads": 2},
    "bf16": {"bf16": True},
    "fused": {"fused": True},
    "bf16_fused": {"bf16": True, "fused": True},
    "compile": {"compile": True},
    "compile_bf16": {"compile": True, "bf16": True, "fused": True},
    "batch2x": {"batch_mult": 2},
}

#: Losses (``--loss``): the L1 alone, or L1 + the contrastive term (weight :data:`CONTRASTIVE`) with its
#: distances from :func:`synthproxy.pairwise_l1.pairwise_l1` (numba kernels) or from ``torch.cdist`` (the
#: path before them).
LOSSES: dict[str, dict[str, Any]] = {
    "l1": {"contrastive": 0.0, "compiled": True},
    "contrastive": {"contrastive": 1.0, "compiled": True},
    "contrastive_cdist": {"contrastive": 1.0, "compiled": False},
}
#: Weight of the contrastive term in the contrastive losses (any weight > 0 costs the same).
CONTRASTIVE: float = 0.1


def prepare(
    arch: str,
    size: str,
    variant: dict[str, Any],
    loss: dict[str, Any],
    presets: np.ndarray,
    dim: int,
    spec,
    threads: int,
) -> dict[str, Any]:
    """Build the encoder and optimiser of one variant and loss and run its first (untimed, compiling) step."""
    torch.set_num_threads(variant.get("threads", threads))
    torch.manual_seed(0)
    batch = OPTIMIZER_DEFAULTS[arch]["batch_size"] * variant.get("batch_mult", 1)
    encoder = use_fast_paths(build_encoder(arch, spec, dim, size), variant.get("fast_paths", True))
    if "fast_paths" in variant and not any(hasattr(m, "fast_path") for m in encoder.modules()):
        return {"skipped": "no fast path: the same as eager"}
    d = OPTIMIZER_DEFAULTS[arch]
    opt = torch.optim.AdamW(
        encoder.parameters(),
        lr=d["lr"] * 1e-2,
        betas=d["betas"],
        eps=d["eps"],
        fused=variant.get("fused", False) or None,
    )
    bf16 = variant.get("bf16", False)
    x_all = torch.as_tensor(presets)
    y_all = torch.randn(len(presets), dim, generator=torch.Generator().manual_seed(1))
    err = 0.0
    if bf16:
        with torch.no_grad():
            encoder.eval()
            ref = encoder(x_all[:256])
            with torch.autocast("cpu", dtype=torch.bfloat16):
                low = encoder(x_all[:256]).float()
            encoder.train()
        err = float((low - ref).abs().mean() / ref.abs().mean())
    model = torch.compile(encoder) if variant.get("compile") else encoder
    rng = np.random.default_rng(0)

    def step() -> None:
        idx = torch.as_tensor(rng.choice(len(presets), batch, replace=False))
        x, y = x_all[idx], y_all[idx]
        pairwise_l1.USE_COMPILED = loss["compiled"]
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            pred = model(x)
        value = distillation_loss(pred.float(), y, contrastive=CONTRASTIVE * loss["contrastive"])
        opt.zero_grad(set_to_none=True)
        value.backward()
        opt.step()

    t0 = time.perf_counter()
    step()
    return {
        "step": step,
        "threads": variant.get("threads", threads),
        "parameters": count_parameters(encoder),
        "batch": batch,
        "first_step_s": time.perf_counter() - t0,
        "out_err": err,
        "times": [],
    }


def measure(runs: dict[tuple[str, str], dict[str, Any]], rounds: int, seconds: float) -> None:
    """Time the steps of every prepared run, alternating them within each round (appends to ``r["times"]``)."""
    for _ in range(rounds):  # alternate variants so that load changes hit them alike
        for r in runs.values():
            if "error" in r or "skipped" in r:
                continue
            torch.set_num_threads(r["threads"])
            start = time.perf_counter()
            try:
                while not r["times"] or time.perf_counter() - start < seconds / rounds:
                    t = time.perf_counter()
                    r["step"]()
                    r["times"].append(time.perf_counter() - t)
            except Exception as e:  # noqa: BLE001
                r["error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:120]}"
    pairwise_l1.USE_COMPILED = True


def report(arch: str, size: str, runs: dict[tuple[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per run, printed; ``speedup`` is relative to the first variant of the same loss."""
    rows, base = [], {}
    for (name, loss), r in runs.items():
        row = {"arch": arch, "size": size, "variant": name, "loss": loss, "error": r.get("error")}
        rows.append(row)
        if "skipped" in r:
            row["skipped"] = r["skipped"]
            continue
        if row["error"]:
            print(f"{arch:<15}{size:<5}{name:<14}{loss:<18}  FAILED {row['error']}", flush=True)
            continue
        best, med = min(r["times"]), statistics.median(r["times"])
        row.update(
            parameters=r["parameters"],
            batch=r["batch"],
            threads=r["threads"],
            steps=len(r["times"]),
            presets_per_s=r["batch"] / best,
            presets_per_s_median=r["batch"] / med,
            step_ms=best * 1e3,
            first_step_s=r["first_step_s"],
            out_err=r["out_err"],
        )
        base.setdefault(loss, row["presets_per_s"])
        row["speedup"] = row["presets_per_s"] / base[loss]
        print(
            f"{arch:<15}{size:<5}{name:<14}{loss:<18}{row['parameters']:>10,}{row['batch']:>6}"
            f"{row['presets_per_s']:>11.0f}{row['presets_per_s_median']:>8.0f}{row['step_ms']:>9.0f}"
            f"{row['first_step_s']:>11.1f}{row['out_err']:>9.4f}  x{row['speedup']:.2f}",
            flush=True,
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archs", nargs="+", default=list(ARCHS), choices=ARCHS)
    ap.add_argument("--sizes", nargs="+", default=["s", "b"], choices=["s", "b", "l"])
    ap.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    ap.add_argument("--loss", nargs="+", default=["l1"], choices=list(LOSSES), help="losses measured (default l1)")
    ap.add_argument("--synth", default="dexed", help="spec whose presets are used (default dexed)")
    ap.add_argument("--dim", type=int, default=512, help="target embedding size (default 512, aisfx)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads of every variant but threads2 (default 1)")
    ap.add_argument("--seconds", type=float, default=6.0, help="timed seconds per variant, over all rounds")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; variants alternate within a round (default 3)")
    ap.add_argument("--json", help="also write the rows and the machine's description to this JSON file")
    args = ap.parse_args(argv)

    from synthproxy.machine import cpu_info

    spec = get_spec(args.synth)
    presets = random_presets(spec, 0, range(4096))
    default_threads = torch.get_num_threads()
    cpu = cpu_info()
    machine = {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "cpu": cpu["model"],
        "cpu_kind": cpu["kind"],
        "cores": os.cpu_count(),
        "torch_threads": default_threads,
        "capability": torch.backends.cpu.get_cpu_capability(),
        "load_before": os.getloadavg(),
    }
    print(
        f"{cpu['model']} ({cpu['kind']}), torch {torch.__version__}, {os.cpu_count()} cores, {machine['capability']}, "
        f"load {machine['load_before'][0]:.1f}; "
        f"{args.synth} ({len(spec.used)} used parameters), {args.dim}-d targets, {args.threads} thread(s), "
        f"{args.rounds} rounds of {args.seconds / args.rounds:.1f} s per variant",
        flush=True,
    )
    rows: list[dict[str, Any]] = []
    print(
        f"{'arch':<15}{'size':<5}{'variant':<14}{'loss':<18}{'params':>10}{'batch':>6}{'presets/s':>11}{'median':>8}"
        f"{'ms/step':>9}{'1st step s':>11}{'out err':>9}",
        flush=True,
    )
    for size in args.sizes:
        for arch in args.archs:
            runs: dict[tuple[str, str], dict[str, Any]] = {}
            for name in args.variants:
                for loss in args.loss:
                    try:
                        runs[name, loss] = prepare(
                            arch, size, VARIANTS[name], LOSSES[loss], presets, args.dim, spec, args.threads
                        )
                    except Exception as e:  # noqa: BLE001 - report any failure (torch.compile fails in many ways)
                        runs[name, loss] = {"error": f"{type(e).__name__}: {str(e).splitlines()[0][:120]}"}
            measure(runs, args.rounds, args.seconds)
            rows += report(arch, size, runs)
            del runs
    torch.set_num_threads(default_threads)
    machine["load_after"] = os.getloadavg()
    if args.json:
        from synthproxy.io import write_json

        write_json(args.json, {"machine": machine, "cpu_info": cpu, "args": vars(args), "rows": rows})
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
