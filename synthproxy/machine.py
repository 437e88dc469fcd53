"""The machine a measurement ran on: CPU model, vector extensions, the kind of CPU the book groups results by.

Benchmarks record :func:`cpu_info` next to every number; :func:`bfloat16_is_native` decides which
precision the audio models use by default (:mod:`synthproxy.audio_models.aisfx`).
"""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

import torch

__all__ = ["FORCED_ISA_VARIABLES", "bfloat16_is_native", "cpu_info"]

#: Environment variables that hold oneDNN, ATen, MKL and numba below the CPU's own instruction set (the AVX2
#: path of an AMX machine: ``ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2 MKL_ENABLE_INSTRUCTIONS=AVX2
#: NUMBA_CPU_NAME=znver2``); :func:`cpu_info` records them.
FORCED_ISA_VARIABLES: tuple[str, ...] = (
    "ONEDNN_MAX_CPU_ISA",
    "ATEN_CPU_CAPABILITY",
    "MKL_ENABLE_INSTRUCTIONS",
    "NUMBA_CPU_NAME",
)


def bfloat16_is_native() -> bool:
    """Whether this CPU runs oneDNN bfloat16 convolutions natively (AVX-512 BF16 / AMX).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    try:
        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def cpu_info() -> dict[str, Any]:
    """What CPU this is, for every benchmark result: model, cores, vector extensions and the kind of machine.

    Returns
    -------
    dict
        ``model`` (``/proc/cpuinfo``'s model name, else :func:`platform.processor`), ``cores``,
        ``flags`` (which of avx2, avx512f, avx512_bf16, amx_tile, amx_bf16 the CPU reports), ``torch_capability``
        (the kernels torch dispatches to), ``bf16_native`` (oneDNN runs bfloat16 natively) and ``kind``:
        ``"AMX"``, ``"AVX-512 BF16"``, ``"AVX-512"``, ``"AVX2"`` or ``"other"`` — the name the Benchmarks
        page groups results by. When :data:`FORCED_ISA_VARIABLES` are set, also ``forced_isa`` (their values)
        and, when they hid the CPU's native bfloat16, a ``note`` the Benchmarks page shows (``"AVX2 path
        forced with ..."``).
    """
    model, flags = platform.processor() or platform.machine(), set[str]()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name" and model in ("", platform.machine(), platform.processor()):
                model = value.strip()
            elif key.strip() == "flags" and not flags:
                flags = set(value.split())
    except OSError:
        pass
    known = ("avx2", "avx512f", "avx512_bf16", "amx_tile", "amx_bf16")
    info: dict[str, Any] = {"model": model, "cores": os.cpu_count(), "flags": [f for f in known if f in flags]}
    info["torch_capability"] = torch.backends.cpu.get_cpu_capability()
    info["bf16_native"] = bfloat16_is_native()
    kind = (
        "AMX"
        if "amx_tile" in flags
        else "AVX-512 BF16"
        if "avx512_bf16" in flags
        else "AVX-512"
        if "avx512f" in flags
        else "AVX2"
        if "avx2" in flags
        else "other"
    )
    info["kind"] = kind
    forced = {k: os.environ[k] for k in FORCED_ISA_VARIABLES if k in os.environ}
    if forced:
        info["forced_isa"] = forced
        if not info["bf16_native"] and any(f in info["flags"] for f in ("avx512_bf16", "amx_tile")):
            settings = " ".join(f"{k}={v}" for k, v in forced.items())
            info["note"] = f"{info['torch_capability']} path forced with {settings}"
    return info
