"""Throughput of aisfx embeddings: the package's own way vs. ``synthproxy.audio_models``, at equal output.

Usage::

    python benchmarks/embed.py [--clips N] [--seconds S] [--rounds R] [--threads T]
                               [--ablation] [--renders N] [--json OUT]

*Naive* is how aisfx 0.1.2 embeds a file, one clip at a time: librosa log-mel (its settings,
in its training orientation ``(frames, 96)``), numpy blocking, then the float32 network
(batch norms unfused, NCHW) under ``torch.no_grad``; block embeddings averaged.
*Ours* is ``synthproxy.audio_models.load("aisfx").embed(clips)`` on the whole batch (default
precision), and *ours float32* the same with ``precision="float32"`` (the exact network). Where the
default is ``"winograd_fused"`` (no native bfloat16), the previous default ``"winograd"`` is timed in
the same alternating rounds too (``speedup_vs_previous_winograd`` in the JSON).

Both paths see the same synthetic synth-like clips (harmonic tones, FM, noise bursts, chirps,
different decays and levels; seeded). Each round times every path once, rounds alternate, and the
fastest round of each path is reported (other processes share the CPU; the median is printed
too). The run fails (exit status 1) when any clip's cosine similarity between ours and naive is
below 0.999 or when embedding clips one by one differs from embedding them in a batch.

What helped, measured in one session on a 2-core Xeon (AVX-512 BF16 / AMX), 32 clips of
2 s at 44.1 kHz, best of 3 rounds, while other jobs kept the load average at ~3.5 on 2 cores (so
expect +-30 %; ``--ablation --threads 1`` prints the rows marked *):

=====================================================  ==========  ==========  =================
path (1 thread unless noted)                           ms / clip   clips / s   min cos vs naive
=====================================================  ==========  ==========  =================
naive: librosa log-mel + float32 forward, per clip*         102.7         9.7  1
torch front end (STFT + mel matmul), float32, per clip*      40.1        24.9  1.000000
+ batched float32, all 32 clips in one pass*                 45.4        22.0  1.000000
+ batch norms folded + channels-last, float32*               29.9        33.5  1.000000
+ bfloat16 autocast (= ours, 8 blocks per pass)*          6.3-8.1     124-158  0.999969
bfloat16 autocast, folded, NCHW layout*                      17.9        55.9  0.999969
ours float32 (exact network, 8 blocks per pass)              40.7        24.6  1.000000
2 threads: naive / ours (13.3x)                         388 / 29.1  2.6 / 34.4  0.999969
5 s clips (3 blocks each): naive / ours (8.8x)          213 / 24.1  4.7 / 41.4  0.999977
ONNX Runtime 1.32, float32, folded                     = torch float32 folded: no gain
ONNX Runtime, int8 static QDQ, per-channel             ~ bfloat16 speed, min cos 0.995: rejected
torch dynamic int8 quantization                        not applicable (quantizes Linear/RNN only)
=====================================================  ==========  ==========  =================

On a CPU without native bfloat16 (AMD EPYC, AVX2 only; `torch` dispatches AVX2 kernels), the options
measured for the default path, one thread, 32 clips, while other jobs kept the load average at 2-4 on
2 cores (so compare within a row group, not across sessions):

=====================================================  ===========  =================================
path (AVX2 machine)                                    vs float32   min cos vs exact network
=====================================================  ===========  =================================
oneDNN float32, folded, channels-last (old default)    1.0          1
NNPACK (torch's Winograd F(6x6,3x3) backend)            0.9          1
ONNX Runtime 1.32 / OpenVINO 2026.4, float32, folded   ~1.0         1
crop the 13 zero-padded frames (87 of 100 frames)      1.2          0.968: rejected
int8 static QDQ per-channel (ORT / OpenVINO),          1.9          0.9969-0.9976: rejected
  min-max or percentile calibration on synth clips
  + cross-layer equalisation (SmoothQuant-like)        1.9          0.9980: rejected
float32 Winograd F(4x4,3x3), numba transforms + bmm    1.5-2.4      > 0.99999 ("winograd")
=====================================================  ===========  =================================

``"winograd_fused"`` (the AVX2 default since issue #19) keeps those Winograd products and removes what
surrounded them: each layer writes its output (2x2 max-pooled in the same pass where pooling follows)
straight into the zero-bordered input of the next, and the rows that only see the 13 zero frames
after a 2 s clip are computed once from an all-zero block instead of for every block (exact, unlike
cropping them, which changes what the network sees: cosine 0.968 above). Measured on the 2-core Xeon
above with the whole AVX2 path forced (``ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2``: oneDNN and
ATen kernels in AVX2, ``auto`` resolves to ``"winograd_fused"``; ``MKL_ENABLE_INSTRUCTIONS=AVX2
NUMBA_CPU_NAME=znver2``: the matrix products and numba kernels, which otherwise use AVX-512 here, as on
an AVX2-only CPU), ``--threads 1 --renders 1000``, 32 clips of 2 s, 3 rounds, on a quiet machine (load
average 0.9; ``results/bench_embed-avx2forced.json``):

=====================================================  ==========  ==========  =================
path (whole AVX2 path forced on the Xeon, 1 thread)     ms / clip   clips / s   min cos vs naive
=====================================================  ==========  ==========  =================
naive: librosa log-mel + float32 forward, per clip           49.7        20.1  1
ours, "winograd" (previous AVX2 default)                     25.0        40.0  1.000000
ours, "winograd_fused" (2.66x naive, 1.34x "winograd")       18.7        53.6  1.000000
ours float32 (exact network)                                 48.3        20.7  1.000000
=====================================================  ==========  ==========  =================

On 1,000 random Dexed and 1,000 amsynth renders ``"winograd_fused"`` has cosine > 0.999999999 with the
exact network (4 Dexed presets of the check's seed have no audible draw and are skipped). With only oneDNN
and ATen held to AVX2 (MKL and numba in AVX-512) the same session measured 3.54x naive (72.4 clips/s);
an earlier, loaded run (load average 4) 6.7x and 4.8x: the naive path suffers most from other jobs. The
AMD EPYC run above (2.29x with ``"winograd"``) has not been repeated with ``"winograd_fused"``.

Int8 is fast but its error compounds over seven convolutions (the worst layer alone, conv 1.2's
64-channel input, costs 0.998); Winograd keeps float32 and only rounds differently. See
``synthproxy/audio_models/winograd.py``, ``synthproxy/audio_models/winograd_fused.py`` and ``--renders``
for the check on real synth renders.

The front end is a small share once in torch; the network (1.64 GMAC per 100-frame block) is
the cost: bfloat16 on AMX, or 4x fewer multiplications (Winograd) on AVX2, is what pays. Blocks of 4-16
per pass are equally fast; 32 or more fall out of cache. With other jobs on the CPU, one thread beat two.
Clips up to 3.46 s cost the same network time (one zero-padded block); each further 1.16 s adds a block.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthproxy.audio_models import load  # noqa: E402
from synthproxy.audio_models.aisfx import (  # noqa: E402
    AISFX_BLOCK_FRAMES,
    AISFX_BLOCK_HOP_FRAMES,
    AISFX_FMAX_HZ,
    AISFX_FMIN_HZ,
    AISFX_HOP_LENGTH_SAMPLES,
    AISFX_LOG_SCALE,
    AISFX_N_FFT,
    AISFX_N_MELS,
    AISFX_SAMPLE_RATE_HZ,
    AISFX_SPEC_MAX,
    AISFX_SPEC_MIN,
    AisfxModel,
    AisfxNet,
    bfloat16_is_native,
    cut_blocks,
    num_blocks,
)
from synthproxy.machine import cpu_info  # noqa: E402

#: Required agreement between ours and naive, per clip.
MIN_COSINE: float = 0.999
#: Allowed max abs difference between one-by-one and batched embeddings (embedding values are ~0..10).
MAX_BATCH_ABS_DIFF: float = 1e-3
DEFAULT_CLIPS: int = 32
DEFAULT_SECONDS: float = 2.0
DEFAULT_ROUNDS: int = 3


def synth_clips(num_clips: int, seconds: float, sample_rate: int = AISFX_SAMPLE_RATE_HZ, seed: int = 0) -> np.ndarray:
    """Synth-like test clips: ``(num_clips, round(seconds * sample_rate))`` float32, peak <= 1."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(round(seconds * sample_rate))) / sample_rate
    clips = np.zeros((num_clips, t.size), dtype=np.float64)
    for i in range(num_clips):
        f0 = 440.0 * 2.0 ** ((rng.integers(24, 96) - 69) / 12.0)
        env = np.exp(-t * rng.uniform(0.3, 8.0)) * np.minimum(1.0, t / rng.uniform(0.001, 0.2))
        kind = i % 4
        if kind == 0:  # additive, random partial amplitudes
            y = sum(rng.uniform(0, 1) / k * np.sin(2 * np.pi * f0 * k * t) for k in range(1, 16) if f0 * k < 20e3)
        elif kind == 1:  # two-operator FM
            y = np.sin(2 * np.pi * f0 * t + rng.uniform(0, 8) * env * np.sin(2 * np.pi * f0 * rng.integers(1, 5) * t))
        elif kind == 2:  # filtered-ish noise burst plus tone
            y = np.convolve(rng.standard_normal(t.size), np.ones(rng.integers(1, 32)), mode="same") * 0.2
            y = y + np.sin(2 * np.pi * f0 * t)
        else:  # chirp
            y = np.sin(2 * np.pi * f0 * t * (1 + rng.uniform(-0.5, 2.0) * t / max(seconds, 1e-3)))
        y = y * env
        clips[i] = y / max(np.abs(y).max(), 1e-12) * rng.uniform(0.05, 1.0)
    return clips.astype(np.float32)


def naive_embed_one(clip: np.ndarray, network: AisfxNet) -> np.ndarray:
    """aisfx's own way for one clip (librosa front end, numpy blocking, float32 forward) -> ``(512,)``."""
    import librosa

    peak = float(np.abs(clip).max())
    y = clip / (peak if peak != 0 else 1.0)
    spec = librosa.feature.melspectrogram(
        y=y,
        sr=AISFX_SAMPLE_RATE_HZ,
        n_mels=AISFX_N_MELS,
        norm=1.0,
        fmin=AISFX_FMIN_HZ,
        fmax=AISFX_FMAX_HZ,
        htk=True,
        power=2.0,
        hop_length=AISFX_HOP_LENGTH_SAMPLES,
        win_length=AISFX_N_FFT,
    )
    spec = (np.log10(spec * AISFX_LOG_SCALE + 1) - AISFX_SPEC_MIN) / (AISFX_SPEC_MAX - AISFX_SPEC_MIN)
    spec = spec.T  # (frames, mels): the orientation the network was trained with
    count = num_blocks(spec.shape[0])
    padded = np.vstack((spec, np.zeros((AISFX_BLOCK_FRAMES, spec.shape[1]))))
    blocks = np.stack(
        [padded[i * AISFX_BLOCK_HOP_FRAMES : i * AISFX_BLOCK_HOP_FRAMES + AISFX_BLOCK_FRAMES] for i in range(count)]
    )
    with torch.no_grad():
        return network(torch.Tensor(blocks)).numpy().mean(axis=0)


def naive_embed(clips: np.ndarray, network: AisfxNet) -> np.ndarray:
    """:func:`naive_embed_one` for each clip, one at a time -> ``(N, 512)``."""
    return np.stack([naive_embed_one(c, network) for c in clips])


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise cosine similarity of two ``(N, D)`` arrays -> ``(N,)`` float64."""
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    return (a * b).sum(1) / np.maximum(np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-30)


def time_paths(
    paths: dict[str, Callable[[], np.ndarray]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, np.ndarray]]:
    """Run every path once per round (alternating); return seconds per round and last outputs."""
    seconds: dict[str, list[float]] = {k: [] for k in paths}
    outputs: dict[str, np.ndarray] = {}
    for _ in range(rounds):
        for name, fn in paths.items():
            start = time.perf_counter()
            outputs[name] = fn()
            seconds[name].append(time.perf_counter() - start)
    return seconds, outputs


def ablation_paths(model: AisfxModel, clips: np.ndarray) -> dict[str, Callable[[], np.ndarray]]:
    """Intermediate steps between naive and ours, each embedding all ``clips`` -> ``(N, 512)``."""
    folded_nchw = model.network.fast_copy().to(memory_format=torch.contiguous_format)
    fast = model.network.fast_copy()  # folded, channels-last

    def blocks_of(batch: np.ndarray) -> tuple[torch.Tensor, int]:
        b = cut_blocks(model.features(batch))
        return b.reshape(-1, *b.shape[2:]).contiguous(), b.shape[1]

    def run(net: torch.nn.Module, bf16: bool, batched: bool) -> np.ndarray:
        groups = [clips] if batched else [clips[i : i + 1] for i in range(len(clips))]
        out = []
        with torch.inference_mode():
            for group in groups:
                blocks, nb = blocks_of(group)
                with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                    out.append(net(blocks).float().reshape(len(group), nb, -1).mean(1).numpy())
        return np.concatenate(out)

    winograd = model.network.winograd_copy()
    fused = model.network.winograd_fused_copy()
    return {
        "torch front end, float32 per clip": lambda: run(model.network, False, False),
        "+ batched float32": lambda: run(model.network, False, True),
        "+ folded BN + channels-last, float32": lambda: run(fast, False, True),
        "+ bfloat16 autocast (= ours)": lambda: run(fast, True, True),
        "bfloat16 autocast, folded, NCHW": lambda: run(folded_nchw, True, True),
        "float32 Winograd F(4x4,3x3), folded": lambda: run(winograd, False, True),
        "+ fused, zero rows once (winograd_fused)": lambda: run(fused, False, True),
    }


def render_check(model: AisfxModel, synths: list[str], n: int, seed: int = 1000) -> list[dict]:
    """Ours vs. the exact float32 network on ``n`` audible random presets of each synth -> one row per synth.

    The benchmark's synthetic clips are stand-ins; this is the check on real renders (render settings of
    the study: 2 s, note 60, velocity 100). Presets without an audible draw are skipped, as generation skips
    them, and counted (``presets_without_audible_draw``).
    """
    from synthproxy.render import PresetRejected, sample_audible_preset
    from synthproxy.synths import availability, open_engine

    rows = []
    for synth in synths:
        if not availability(synth).available:
            print(f"{synth}: not available, skipped in the render check")
            continue
        engine = open_engine(synth)
        audio, rejected, index = [], 0, 0
        while len(audio) < n:  # as generation does: a preset with no audible draw is left out
            try:
                audio.append(sample_audible_preset(engine, seed, index).audio)
            except PresetRejected:
                rejected += 1
            index += 1
        clips = np.stack(audio)
        ours = np.concatenate([model.embed(clips[i : i + 32]) for i in range(0, n, 32)])
        exact = np.concatenate([model.embed(clips[i : i + 32], precision="float32") for i in range(0, n, 32)])
        cos = cosine(ours, exact)
        rows.append(
            {
                "synth": synth,
                "n": n,
                "seed": seed,
                "presets_without_audible_draw": rejected,
                "precision": model.precision,
                "cosine_min": float(cos.min()),
                "cosine_median": float(np.median(cos)),
            }
        )
        print(
            f"{synth}: {n} renders, ours ({model.precision}) vs exact float32: min cosine {cos.min():.6f}, "
            f"median {np.median(cos):.6f}"
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table; return 0 if outputs agree, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clips", type=int, default=DEFAULT_CLIPS, help="clips per path and round")
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS, help="clip length, s")
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="timed rounds (best is reported)")
    parser.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's)")
    parser.add_argument("--ablation", action="store_true", help="also time the intermediate steps")
    parser.add_argument(
        "--renders",
        type=int,
        default=0,
        help="also compare ours with the exact network on this many random Dexed and amsynth renders",
    )
    parser.add_argument("--json", type=Path, default=None, help="write results here")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)

    model = load("aisfx")
    clips = synth_clips(args.clips, args.seconds)
    naive_net = model.network  # exact float32 AisfxNet, NCHW, batch norms unfused
    paths: dict[str, Callable[[], np.ndarray]] = {
        "naive (aisfx way, per clip)": lambda: naive_embed(clips, naive_net),
        f"ours ({model.precision}, batched)": lambda: model.embed(clips),
        "ours float32 (exact, batched)": lambda: model.embed(clips, precision="float32"),
    }
    if model.precision == "winograd_fused":  # the previous AVX2 default, timed in the same rounds
        paths["ours winograd (previous default, batched)"] = lambda: model.embed(clips, precision="winograd")
    if args.ablation:
        paths.update(ablation_paths(model, clips))
    load_before = os.getloadavg()
    warm = clips[:2]  # warm-up: imports, oneDNN primitives, numba (later shapes are covered by best-of-rounds)
    naive_embed(warm, naive_net), model.embed(warm), model.embed(warm, precision="float32")
    model.embed(warm, precision="winograd")
    seconds, outputs = time_paths(paths, args.rounds)
    load_after = os.getloadavg()

    naive_key = next(iter(paths))
    reference = outputs[naive_key]
    rows = []
    for name in paths:
        best = min(seconds[name])
        cos = cosine(outputs[name], reference)
        rows.append(
            {
                "path": name,
                "clips_per_s_best": len(clips) / best,
                "clips_per_s_median": len(clips) / statistics.median(seconds[name]),
                "ms_per_clip_best": 1e3 * best / len(clips),
                "cosine_min": float(cos.min()),
                "cosine_median": float(np.median(cos)),
            }
        )
    ours_key = list(paths)[1]
    speedup = min(seconds[naive_key]) / min(seconds[ours_key])
    previous_key = "ours winograd (previous default, batched)"
    speedup_previous = min(seconds[previous_key]) / min(seconds[ours_key]) if previous_key in seconds else None

    # batch composition: one by one vs. all at once vs. a shuffled batch
    subset = clips[: min(len(clips), 6)]
    together = model.embed(subset)
    alone = np.concatenate([model.embed(c[None]) for c in subset])
    order = np.arange(len(subset))[::-1]
    shuffled = model.embed(subset[order])[np.argsort(order)]
    batch_diff = float(max(np.abs(together - alone).max(), np.abs(together - shuffled).max()))

    print(
        f"aisfx embeddings: {len(clips)} clips x {args.seconds:g} s at {AISFX_SAMPLE_RATE_HZ} Hz, "
        f"{args.rounds} rounds, torch {torch.__version__}, {torch.get_num_threads()} threads, "
        f"bf16 native: {bfloat16_is_native()}"
    )
    print(
        f"load average before/after: {load_before[0]:.2f}/{load_after[0]:.2f} "
        f"(other processes share the CPU: numbers are noisy)"
    )
    print(f"{'path':42s} {'clips/s':>9s} {'(median)':>9s} {'ms/clip':>8s} {'cos min':>10s}")
    for r in rows:
        print(
            f"{r['path']:42s} {r['clips_per_s_best']:9.1f} {r['clips_per_s_median']:9.1f} "
            f"{r['ms_per_clip_best']:8.2f} {r['cosine_min']:10.6f}"
        )
    print(f"speed-up ours vs naive: {speedup:.2f}x; batch-composition max abs diff: {batch_diff:.2e}")
    if speedup_previous is not None:
        print(f"speed-up ours vs the previous default (winograd): {speedup_previous:.2f}x")

    renders = render_check(model, ["dexed", "amsynth"], args.renders) if args.renders else []
    ok = (
        all(r["cosine_min"] >= MIN_COSINE for r in rows[1:])
        and batch_diff <= MAX_BATCH_ABS_DIFF
        and all(r["cosine_min"] >= MIN_COSINE for r in renders)
    )
    if args.json:
        result = {
            "clips": len(clips),
            "seconds": args.seconds,
            "rounds": args.rounds,
            "sample_rate_hz": AISFX_SAMPLE_RATE_HZ,
            "threads": torch.get_num_threads(),
            "torch": torch.__version__,
            "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "bf16_native": bfloat16_is_native(),
            "machine": platform.machine(),
            "load_average_before": load_before[0],
            "load_average_after": load_after[0],
            "precision": model.precision,
            "cpu_info": cpu_info(),
            "rows": rows,
            "speedup": speedup,
            "speedup_vs_previous_winograd": speedup_previous,
            "batch_composition_max_abs_diff": batch_diff,
            "min_cosine_required": MIN_COSINE,
            "renders": renders,
            "ok": ok,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    if not ok:
        print(f"FAILED: cosine < {MIN_COSINE} or batch-composition difference > {MAX_BATCH_ABS_DIFF}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
