"""Run the whole study: every numbered notebook through papermill, then the book.

``python -m synthproxy.study [--scale quick] [--only 02] [--no-book]`` (``make study`` runs it).
Executed copies are written to ``book/notebooks/`` (the sources in ``notebooks/`` are never edited) and the
book is built from them to ``_build/html``. A failing notebook stops the run, naming the notebook and the cell.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from synthproxy.experiments import experiment_names, load_experiment
from synthproxy.paths import REPO_ROOT

NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
EXECUTED_DIR = REPO_ROOT / "book" / "notebooks"
BUILD_DIR = REPO_ROOT / "_build"


def notebooks() -> list[Path]:
    """The numbered notebooks of the series, in order."""
    return sorted(p for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def parameters_for(nb: Path, scale: str) -> dict[str, Any]:
    """papermill parameters of notebook ``nb`` at ``scale`` (the scale's experiment file,
    :mod:`synthproxy.experiments`)."""
    return load_experiment(scale).parameters(nb.stem)


def run_notebook(nb: Path, out: Path, parameters: dict[str, Any]) -> None:
    """Execute one notebook with papermill into ``out`` (working directory: ``notebooks/``), its Colab badge's
    image path made relative to ``out``'s folder (:func:`synthproxy.colab.rebase_badge`) and its outputs
    cleaned for the book (:func:`synthproxy.executed.clean_outputs`: no stderr, no machine paths).

    Raises
    ------
    RuntimeError
        Naming the notebook and the failing cell.
    """
    import os

    import papermill as pm

    from synthproxy.colab import BADGE_IMAGE, rebase_badge
    from synthproxy.executed import clean_outputs

    out.parent.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SYNTHPROXY_TEXT_PROGRESS", "1")  # the kernel inherits it: text bars show in the offline book
    try:
        pm.execute_notebook(
            str(nb), str(out), parameters=parameters, cwd=str(NOTEBOOKS_DIR), progress_bar=False, kernel_name="python3"
        )
    except pm.PapermillExecutionError as e:
        raise RuntimeError(
            f"{nb.name}: cell {e.exec_count} failed: {e.ename}: {e.evalue} (executed copy: {out})"
        ) from e
    rebase_badge(out, os.path.relpath((nb.parent / BADGE_IMAGE).resolve(), out.parent.resolve()))
    clean_outputs(out)


def build_book() -> Path:
    """Write the generated pages, build the Jupyter Book into ``_build/html``; returns the path of ``index.html``.

    Executed copies written before their badge was rebased and their outputs cleaned (:func:`run_notebook`)
    are rebased and cleaned here."""
    from synthproxy.colab import rebase_badge
    from synthproxy.executed import clean_outputs
    from synthproxy.report import write_pages

    for nb in EXECUTED_DIR.glob("*.ipynb"):
        rebase_badge(nb)
        clean_outputs(nb)
    write_pages()
    cmd = [
        str(Path(sys.executable).with_name("jupyter-book")),
        "build",
        str(REPO_ROOT),
        "--path-output",
        str(REPO_ROOT),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise RuntimeError("book build failed (see the output above)")
    return BUILD_DIR / "html" / "index.html"


def offline_problems(html_dir: Path) -> list[str]:
    """What a built book page would need the network or a missing file for.

    Reads every ``.html`` under ``html_dir`` and lists, per page, each script, stylesheet or image loaded from
    another host (``src=`` / ``href=`` of ``<script>``, ``<link rel=stylesheet>``, ``<img>``), and each local
    image or script that does not exist. Links out (``<a href>``) are not loads and are not listed. Also lists
    what a page shows that the book should not (:func:`synthproxy.executed.page_problems`): stderr output
    boxes and this machine's paths.

    Returns
    -------
    list of str
        ``"<page>: <problem>"`` lines; empty when every page works with the network off.
    """
    import re
    from urllib.parse import unquote, urlparse

    tag = re.compile(r"<(script|img|link)\b([^>]*)>", re.I)
    attr = re.compile(r'\b(src|href)\s*=\s*"([^"]*)"', re.I)
    from synthproxy.executed import page_problems

    problems = []
    for page in sorted(Path(html_dir).rglob("*.html")):
        if page.relative_to(html_dir).parts[0] in ("_static", "_sources"):  # theme templates, not pages
            continue
        problems += [f"{page.relative_to(html_dir)}: {p}" for p in page_problems(page)]
        for kind, attrs in tag.findall(page.read_text(errors="replace")):
            if kind.lower() == "link" and "stylesheet" not in attrs.lower():
                continue
            for _, url in attr.findall(attrs):
                u = urlparse(url)
                if u.scheme in ("http", "https") or url.startswith("//"):
                    problems.append(f"{page.relative_to(html_dir)}: loads {url}")
                elif u.scheme in ("", "file") and u.path and not (page.parent / unquote(u.path)).exists():
                    problems.append(f"{page.relative_to(html_dir)}: missing {url}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.study``."""
    ap = argparse.ArgumentParser(prog="python -m synthproxy.study", description=__doc__)
    ap.add_argument("--scale", default="quick", choices=experiment_names())
    ap.add_argument("--only", nargs="*", help="notebook numbers to run (e.g. 02 03)")
    ap.add_argument("--no-book", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    series = [nb for nb in notebooks() if not args.only or nb.stem[:2] in args.only]
    for k, nb in enumerate(series, 1):
        t = time.time()
        print(f"[{k}/{len(series)}] {nb.name} ...", flush=True)
        try:
            run_notebook(nb, EXECUTED_DIR / nb.name, parameters_for(nb, args.scale))
        except RuntimeError as e:
            print(f"study: error: {e}", file=sys.stderr)
            return 1
        print(f"[{k}/{len(series)}] {nb.name} done in {time.time() - t:.0f} s", flush=True)
    if not args.no_book:
        print("building the book ...", flush=True)
        try:
            index = build_book()
        except RuntimeError as e:
            print(f"study: error: {e}", file=sys.stderr)
            return 1
        problems = offline_problems(index.parent)
        for line in problems[:20]:
            print(f"offline check: {line}", file=sys.stderr)
        print(
            f"offline check: {'every page works with the network off' if not problems else f'{len(problems)} problems'}"
        )
        from synthproxy.site_check import browser_problems

        in_browser = browser_problems(index.parent)
        if in_browser is None:
            print("browser check: skipped (no Chromium installed: apt-get install chromium)")
        else:
            for line in in_browser[:20]:
                print(f"browser check: {line}", file=sys.stderr)
            verdict = (
                "no console error, no request outside the site" if not in_browser else f"{len(in_browser)} problems"
            )
            print(f"browser check: {verdict}")
        print(f"book: {index}")
    print(f"study finished in {(time.time() - t0) / 60:.1f} min")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
