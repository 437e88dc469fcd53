"""Open the study's notebooks in Google Colab: a badge cell and a set-up cell that only runs there.

``python -m synthproxy.colab [NOTEBOOK ...]`` (default: every numbered notebook in ``notebooks/``) puts, in
each notebook:

1. an "Open in Colab" badge as the first cell (markdown), linking to the notebook on GitHub
   (:data:`GITHUB_REPO`, :data:`GITHUB_BRANCH`); its image is the repository's own
   ``book/images/colab-badge.svg`` (:data:`BADGE_IMAGE`), so the book loads nothing from the network;
2. a code cell just before the first code cell that, **in Colab only** (``"google.colab" in sys.modules``),
   clones the repository, installs amsynth with apt-get (Ubuntu's package), this package (editable) with the
   study's extras Colab lacks (:data:`COLAB_EXTRAS`: UMAP) and the audio model's wheel (``aisfx``, without its
   outdated pins, as ``make setup`` does), then moves to the clone's ``notebooks/``. Anywhere else it only imports
   ``sys``.

Running it again replaces those two cells (they carry fixed ids and tags), so it is idempotent; a notebook
already up to date is not rewritten. The book hides the set-up cell (tag ``remove-cell``). The executed copies
the book is built from sit one folder deeper (``book/notebooks/``): :func:`rebase_badge` points their badge at
:data:`BOOK_BADGE_IMAGE` (``make study`` does it as it writes them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

from synthproxy.paths import REPO_ROOT

__all__ = [
    "GITHUB_REPO",
    "GITHUB_BRANCH",
    "BADGE_TAG",
    "SETUP_TAG",
    "colab_url",
    "badge_markdown",
    "rebase_badge",
    "colab_packages",
    "setup_source",
    "with_colab_cells",
    "add_colab_cells",
    "main",
]

#: The repository on GitHub, ``owner/name``: the one place it is written.
GITHUB_REPO: str = "synthproxy/synthproxy"
#: The branch Colab opens and clones.
GITHUB_BRANCH: str = "main"
#: Tags (and cell ids) of the two cells this module manages.
BADGE_TAG: str = "colab-badge"
SETUP_TAG: str = "colab-setup"
#: Extras of ``pyproject.toml``'s ``study`` group that Colab needs besides the package's own dependencies
#: (Colab brings Jupyter, ipywidgets and papermill-free execution itself).
COLAB_EXTRAS: tuple[str, ...] = ("umap-learn",)
#: The badge's image, relative to ``notebooks/``: a file of the repository (this project's own drawing), not
#: Colab's asset, so that no page of the book loads anything from the network.
BADGE_IMAGE: str = "../book/images/colab-badge.svg"
#: The same image relative to ``book/notebooks/``, where ``make study`` writes the executed copies.
BOOK_BADGE_IMAGE: str = "../images/colab-badge.svg"
#: Where Colab keeps the clone.
COLAB_CLONE: str = "/content/synthproxy"


def colab_url(notebook: str | Path) -> str:
    """The Colab address that opens ``notebooks/<name>.ipynb`` from GitHub.

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    return (
        f"https://colab.research.google.com/github/{GITHUB_REPO}/blob/{GITHUB_BRANCH}/notebooks/{Path(notebook).name}"
    )


def badge_markdown(notebook: str | Path, image: str = BADGE_IMAGE) -> str:
    """The badge cell's markdown: an image link to :func:`colab_url`; ``image`` relative to the notebook's folder
    (alt text "Open In Colab" where the image is not found, e.g. in Colab itself).

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    return f"[![Open In Colab]({image})]({colab_url(notebook)})"


def rebase_badge(path: str | Path, image: str = BOOK_BADGE_IMAGE) -> bool:
    """Point the badge cell of notebook file ``path`` at ``image`` (default: as seen from ``book/notebooks/``).

    The executed copies of ``make study`` keep their sources' cells; only the badge's relative image path must
    change with the folder. A notebook without a badge cell, or already pointing there, is left as it is.

    Returns
    -------
    bool
        Whether the file was rewritten.
    """
    import nbformat

    from synthproxy.io import write_bytes

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    badges = [c for c in nb.cells if BADGE_TAG in c.get("metadata", {}).get("tags", [])]
    source = badge_markdown(path.name, image)
    if not badges or all(c.source == source for c in badges):
        return False
    for c in badges:
        c.source = source
    write_bytes(path, (nbformat.writes(nb) + "\n").encode())  # atomic
    return True


def _aisfx_requirement(makefile: Path) -> str:
    m = re.search(r"^AISFX\s*:=\s*(\S+)", makefile.read_text(), flags=re.M)
    if not m:
        raise ValueError(f"{makefile}: no `AISFX := aisfx==<version>` line")
    return m.group(1)


def colab_packages(root: Path = REPO_ROOT) -> tuple[list[str], str]:
    """What Colab installs besides the package: the extras Colab lacks and the aisfx wheel, as pinned in the repository.

    Returns
    -------
    extras : list of str
        Requirements of :data:`COLAB_EXTRAS` exactly as ``pyproject.toml``'s ``study`` extra writes them.
    aisfx : str
        ``aisfx==<version>`` from the Makefile (installed with ``--no-deps``).

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    study = tomllib.loads((root / "pyproject.toml").read_text())["project"]["optional-dependencies"]["study"]
    by_name = {re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0].lower(): r for r in study}
    missing = [n for n in COLAB_EXTRAS if n not in by_name]
    if missing:
        raise ValueError(f"{root / 'pyproject.toml'}: the study extra lacks {', '.join(missing)}")
    return [by_name[n] for n in COLAB_EXTRAS], _aisfx_requirement(root / "Makefile")


def setup_source(root: Path = REPO_ROOT) -> str:
    """Source of the set-up cell: installs in Colab, does nothing elsewhere.

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    extras, aisfx = colab_packages(root)
    q = json.dumps
    return "\n".join(
        [
            "# Colab only (nothing happens elsewhere): get the repository, amsynth (apt) and synthproxy, then work",
            "# from the clone's notebooks/ folder. Takes a few minutes the first time.",
            "import sys",
            "",
            'if "google.colab" in sys.modules:',
            "    import os",
            "    import subprocess",
            "",
            f"    clone = {q(COLAB_CLONE)}",
            "    if not os.path.isdir(clone):",
            f'        subprocess.run(["git", "clone", "--depth", "1", "--branch", {q(GITHUB_BRANCH)},',
            f"                        {q(f'https://github.com/{GITHUB_REPO}.git')}, clone], check=True)",
            '    subprocess.run("apt-get update -qq && apt-get install -y -qq amsynth > /dev/null", shell=True)',
            '    pip = [sys.executable, "-m", "pip", "install", "-q"]',
            f'    subprocess.run(pip + ["-e", clone, {", ".join(q(x) for x in extras)}], check=True)',
            f'    subprocess.run(pip + ["--no-deps", {q(aisfx)}], check=True)  # as make setup does',
            "    sys.path.insert(0, clone)  # this kernel started before the editable install",
            '    os.chdir(os.path.join(clone, "notebooks"))',
        ]
    )


def with_colab_cells(nb, notebook_name: str, root: Path = REPO_ROOT):
    """A copy of notebook ``nb`` with a fresh badge cell first and the set-up cell before its first code cell.

    Parameters
    ----------
    nb : nbformat.NotebookNode
    notebook_name : str
        File name in ``notebooks/`` (for the badge's link).

    Returns
    -------
    nbformat.NotebookNode
        Earlier badge and set-up cells (found by tag) are replaced, not duplicated.

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    import copy

    import nbformat

    out = copy.deepcopy(nb)
    out.cells = [c for c in out.cells if not {BADGE_TAG, SETUP_TAG} & set(c.get("metadata", {}).get("tags", []))]
    ids = (nb.nbformat, nb.nbformat_minor) >= (4, 5)
    badge = nbformat.v4.new_markdown_cell(badge_markdown(notebook_name), metadata={"tags": [BADGE_TAG]})
    setup = nbformat.v4.new_code_cell(setup_source(root), metadata={"tags": [SETUP_TAG, "remove-cell"]})
    for cell, cid in ((badge, BADGE_TAG), (setup, SETUP_TAG)):
        if ids:
            cell["id"] = cid
        else:
            cell.pop("id", None)
    first_code = next((i for i, c in enumerate(out.cells) if c.cell_type == "code"), len(out.cells))
    out.cells.insert(first_code, setup)
    out.cells.insert(0, badge)
    return out


def add_colab_cells(notebooks: Iterable[str | Path], root: Path = REPO_ROOT) -> list[Path]:
    """Apply :func:`with_colab_cells` to notebook files in place; returns the files that changed.

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    import nbformat

    from synthproxy.io import write_bytes

    changed = []
    for path in map(Path, notebooks):
        nb = nbformat.read(path, as_version=4)
        new = with_colab_cells(nb, path.name, root)
        if new != nb:
            nbformat.validate(new)
            mode = path.stat().st_mode & 0o777
            write_bytes(path, (nbformat.writes(new) + "\n").encode())  # atomic
            path.chmod(mode)
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m synthproxy.colab``.

    Shown in use in ``notebooks/05_figures.ipynb`` (its badge and set-up cells, as in every notebook).
    """
    ap = argparse.ArgumentParser(
        prog="python -m synthproxy.colab", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/[0-9][0-9]_*.ipynb")
    args = ap.parse_args(argv)
    targets = args.notebooks or sorted((REPO_ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    changed = add_colab_cells(targets)
    for p in targets:
        print(f"{'updated ' if p in changed else 'up to date'} {p}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
