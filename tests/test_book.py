"""The book's configuration keeps every page offline: nothing it asks Sphinx to load comes from another host."""

from pathlib import Path

import yaml

from synthproxy.paths import REPO_ROOT

CONFIG = yaml.safe_load((REPO_ROOT / "_config.yml").read_text())
SPHINX = CONFIG["sphinx"]["config"]


def test_mathjax_is_served_from_the_book_static_folder():
    assert "dollarmath" in CONFIG["parse"]["myst_enable_extensions"]
    path = SPHINX["mathjax_path"]
    assert "://" not in path and not path.startswith("//")
    found = [REPO_ROOT / d / path for d in SPHINX["html_static_path"] if (REPO_ROOT / d / path).is_file()]
    assert found, f"{path} is in none of {SPHINX['html_static_path']}"
    folder = Path(found[0]).parent
    assert (folder / "LICENSE").is_file() and (folder / "PROVENANCE.md").is_file()


def test_extensions_are_jupyter_books_without_thebe():
    # sphinx_thebe declared `const THEBE_JS_URL` twice on every page (a console error) for a launch button the
    # book does not have; the list must otherwise follow Jupyter Book's defaults
    from jupyter_book.config import get_default_sphinx_config

    default = get_default_sphinx_config()["extensions"]
    assert SPHINX["extensions"] == [e for e in default if e != "sphinx_thebe"]
