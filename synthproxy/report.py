"""Pages of the book made from recorded results (benchmarks), written before the book is built.

``python -m synthproxy.report`` writes ``book/benchmarks.md`` from ``results/bench_*.json``; ``make study``
calls it. A missing result file gives a line saying which benchmark to run, not a failed build.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from synthproxy.paths import REPO_ROOT, RESULTS_DIR


def _load(name: str, results: Path) -> dict[str, Any] | None:
    path = results / f"bench_{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _missing(script: str) -> str:
    return f"*Not measured yet: run `.venv/bin/python benchmarks/{script} --json results/bench_{script[:-3]}.json`.*"


def benchmarks_markdown(results: Path = RESULTS_DIR) -> str:
    """The benchmarks page: render, embedding, generation and training speeds as recorded."""
    out = ["# Benchmarks", "",
           "Speeds measured on this study's machine (2 CPU cores, no GPU) by the scripts in `benchmarks/`, which",
           "write the JSON files in `results/` that this page is made from. Tests never depend on these numbers.", ""]
    r = _load("render", results)
    out += ["## Rendering", "", "`benchmarks/render.py`: 2 s renders of random presets on one core, through synthproxy",
            "(`render_preset`) vs. the host called directly with everything prepared beforehand.", ""]
    if r:
        out.append(_table(["synth", "synthproxy (renders/s)", "engine alone", "direct host calls", "overhead",
                           "of which state reset"],
                          [[x["synth"], x["ours_per_s"], x.get("engine_per_s", ""), x["direct_per_s"],
                            f"{100 * x['overhead']:+.1f}%", f"{100 * x.get('overhead_engine_state_reset', 0):+.1f}%"]
                           for x in r["results"]]))
        out += ["", "For amsynth the gap to a plain DawDreamer loop is the engine's state reset before each render",
                "(voices, reverb tails and the output limiter flushed), which makes a render independent of the one",
                "before it; the plain loop does not guarantee that."]
    else:
        out.append(_missing("render.py"))
    e = _load("embed", results)
    out += ["", "## Audio embeddings", "", "`benchmarks/embed.py`: aisfx on 2 s clips, one thread: the package's own",
            "way (librosa log-mel and a float32 forward per clip) vs. ours (torch front end, batched, bfloat16,",
            "channels-last, batch norm folded), at equal output (cosine similarity per clip).", ""]
    if e:
        out.append(_table(["path", "clips/s", "ms/clip", "min cosine vs naive"],
                          [[x["path"], f"{x['clips_per_s_best']:.1f}", f"{x['ms_per_clip_best']:.2f}", f"{x['cosine_min']:.6f}"]
                           for x in e["rows"]]))
        out += ["", f"Speed-up: **{e['speedup']:.1f}x**; embeddings do not depend on batch composition "
                f"(max abs difference {e['batch_composition_max_abs_diff']:.1e})."]
    else:
        out.append(_missing("embed.py"))
    g = _load("generate", results)
    out += ["", "## Dataset generation", "", "`benchmarks/generate.py`: presets/s of the whole pipeline (render with the",
            "silence filter, embed with aisfx, write the store) on a local Dask cluster, next to the raw rates on one core.", ""]
    if g:
        out.append(_table(["synth", "raw render /s", "draws per preset", "raw embed /s", "1 worker /s", "2 workers /s",
                           "2 workers / slower raw", "2 workers / 1 worker"],
                          [[x["synth"], x["raw_render_per_s"], x["draws_per_preset"], x["raw_embed_per_s"],
                            x["pipeline_1_worker_per_s"], x["pipeline_2_workers_per_s"],
                            x["ratio_2_workers_to_slower_raw"], x["ratio_2_to_1_workers"]] for x in g["results"]]))
    else:
        out.append(_missing("generate.py"))
    t = _load("train", results)
    out += ["", "## Training", "", "`benchmarks/train.py`: training presets/s of each encoder (size b, 512-d targets,",
            "one thread), in float32 and with bfloat16 autocast + fused AdamW.", ""]
    if t:
        rows = [x for x in t["rows"] if not x.get("error")]
        out.append(_table(["arch", "size", "variant", "parameters", "batch", "presets/s"],
                          [[x["arch"], x["size"], x["variant"], f"{x['parameters']:,}", x["batch"], f"{x['presets_per_s']:.0f}"]
                           for x in rows]))
    else:
        out.append(_missing("train.py"))
    return "\n".join(out) + "\n"


def write_pages(book: Path = REPO_ROOT / "book", results: Path = RESULTS_DIR) -> list[Path]:
    """Write the generated pages of the book; returns their paths."""
    from synthproxy.io import write_bytes

    path = book / "benchmarks.md"
    write_bytes(path, benchmarks_markdown(results).encode())
    return [path]


if __name__ == "__main__":  # pragma: no cover
    for p in write_pages():
        print(f"wrote {p}")
