"""The book's configuration keeps every page offline: nothing it asks Sphinx to load comes from another host."""

from pathlib import Path

import yaml

from synthproxy.paths import REPO_ROOT

CONFIG = yaml.safe_load((REPO_ROOT / "_config.yml").read_text())
SPHINX = CONFIG["sphinx"]["config"]


def test_mathjax_comes_from_a_pypi_wheel_not_a_cdn():
    import importlib.util

    assert "dollarmath" in CONFIG["parse"]["myst_enable_extensions"]
    assert "sphinx-mathjax-offline" in SPHINX["extensions"] and "mathjax_path" not in SPHINX
    spec = importlib.util.find_spec("sphinx-mathjax-offline")
    assert spec is not None and spec.origin, "pip install sphinx-mathjax-offline (requirements.lock)"
    static = Path(spec.origin).parent / "static" / "mathjax"
    assert (static / "tex-chtml.js").is_file() and (static / "output" / "chtml" / "fonts").is_dir()


def test_extensions_are_jupyter_books_without_thebe_with_bibtex():
    # sphinx_thebe declared `const THEBE_JS_URL` twice on every page (a console error) for a launch button the
    # book does not have; the list must otherwise follow Jupyter Book's defaults, plus the citations' extension
    from jupyter_book.config import get_default_sphinx_config

    default = get_default_sphinx_config()["extensions"]
    ours = ["sphinxcontrib.bibtex", "sphinx-mathjax-offline"]
    assert SPHINX["extensions"] == [e for e in default if e != "sphinx_thebe"] + ours


def test_every_citation_is_in_the_bibliography_and_the_bibliography_is_in_the_toc():
    import json
    import re

    from pybtex.database import parse_file

    keys = set()
    for bib in CONFIG["bibtex_bibfiles"]:
        keys |= set(parse_file(str(REPO_ROOT / bib)).entries)
    texts = [p.read_text() for p in (REPO_ROOT / "book").glob("*.md")]
    texts += [(REPO_ROOT / "synthproxy" / "report.py").read_text()]
    for nb in (REPO_ROOT / "notebooks").glob("*.ipynb"):
        cells = json.loads(nb.read_text())["cells"]
        texts += ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
    cited = {k.strip() for t in texts for ks in re.findall(r"\{cite(?::[pt])?\}`([^`]+)`", t) for k in ks.split(",")}
    assert "combes2025neural" in cited
    assert cited <= keys, f"not in {CONFIG['bibtex_bibfiles']}: {sorted(cited - keys)}"
    toc = yaml.safe_load((REPO_ROOT / "_toc.yml").read_text())
    files = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    assert "book/bibliography" in files and "{bibliography}" in (REPO_ROOT / "book" / "bibliography.md").read_text()


def test_the_colab_badge_image_is_local_from_the_notebooks_and_from_their_executed_copies(tmp_path):
    import nbformat

    from synthproxy import colab
    from synthproxy.study import EXECUTED_DIR, NOTEBOOKS_DIR

    image = (NOTEBOOKS_DIR / colab.BADGE_IMAGE).resolve()
    assert image.is_file() and image.read_text().startswith("<svg")
    assert (EXECUTED_DIR / colab.BOOK_BADGE_IMAGE).resolve() == image
    path = tmp_path / "09_demo.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Title")]), path)
    assert colab.add_colab_cells([path]) == [path]
    assert colab.rebase_badge(path) and not colab.rebase_badge(path)  # idempotent
    cells = nbformat.read(path, as_version=4).cells
    assert cells[0].source == colab.badge_markdown("09_demo.ipynb", colab.BOOK_BADGE_IMAGE)
    assert "](../images/colab-badge.svg)](https://colab.research.google.com/github/" in cells[0].source
    assert cells[1].source == "# Title" and len(cells) == 3  # the rest untouched


def test_committed_results_and_pages_hold_no_machine_paths():
    """Recorded results and book pages name files relative to the repository, the data root or ``~``, never by a
    path of the machine that made them (they end up on the built site)."""
    import re
    import subprocess

    tracked = subprocess.run(
        ["git", "ls-files", "results", "book", "checkpoints/README.md"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.split()
    if not tracked:  # not a git checkout (e.g. an sdist): nothing to check
        return
    machine = re.compile(r"(?<![\w.~])/(?:root|home/[^/\s\"']+|Users/[^/\s\"']+)/")
    found = []
    for name in tracked:
        path = REPO_ROOT / name
        if path.suffix.lower() in {".png", ".jpg", ".svg", ".pdf"} or not path.is_file():
            continue
        text = path.read_text(errors="replace")
        found += [f"{name}: {m.group(0)}" for m in machine.finditer(text)][:3]
    assert not found, found
