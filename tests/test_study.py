"""The study runner's offline check of a built book."""

import pytest

from synthproxy.paths import REPO_ROOT
from synthproxy.study import offline_problems


def test_offline_problems_flags_network_resources_and_missing_files(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "ok.png").write_bytes(b"png")
    (tmp_path / "good.html").write_text(
        '<link rel="stylesheet" href="_static/x.css"><img src="img/ok.png">'.replace("_static/x.css", "img/ok.png")
        + '<a href="https://example.org/">a link is fine</a>'
        + '<a href="https://colab.research.google.com/github/o/r/blob/main/n.ipynb"><img src="img/ok.png"></a>'
    )
    assert offline_problems(tmp_path) == []
    (tmp_path / "bad.html").write_text(
        '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script><img src="img/gone.png">'
        '<link rel="stylesheet" href="//fonts.example.com/f.css">'
        '<img src="https://colab.research.google.com/assets/colab-badge.svg" alt="Open In Colab">'
    )
    assert offline_problems(tmp_path) == [
        "bad.html: loads https://cdn.jsdelivr.net/npm/vega@5",
        "bad.html: missing img/gone.png",
        "bad.html: loads //fonts.example.com/f.css",
        "bad.html: loads https://colab.research.google.com/assets/colab-badge.svg",
    ]


def test_the_browser_check_reports_script_errors_and_requests_outside_the_site(tmp_path):
    import pytest

    from synthproxy.site_check import browser_problems, find_chromium

    if find_chromium() is None:
        pytest.skip("no Chromium installed")
    (tmp_path / "good.html").write_text("<html><body><p>offline</p><script>let a = 1;</script></body></html>")
    assert browser_problems(tmp_path) == []
    (tmp_path / "bad.html").write_text(
        "<html><head><script>const THEBE_JS_URL = 1;</script><script>const THEBE_JS_URL = 2;</script>"
        '<script src="https://cdn.example.org/x.js"></script></head><body></body></html>'
    )
    problems = browser_problems(tmp_path)
    assert any(p.startswith("bad.html: console: Uncaught SyntaxError") and "THEBE_JS_URL" in p for p in problems)
    assert "bad.html: requests https://cdn.example.org/x.js" in problems
    assert not any(p.startswith("good.html") for p in problems)


def test_make_setup_stops_at_once_when_the_disk_cannot_hold_the_venv(tmp_path):
    """A setup that cannot fit stops before any download, with one line naming the space needed and free."""
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("no make")
    for name in ("Makefile", "pyproject.toml", "requirements.lock"):
        shutil.copy(REPO_ROOT / name, tmp_path / name)
    r = subprocess.run(
        ["make", "--no-print-directory", ".venv/.synthproxy-setup", "VENV_GB=1000000", "AMSYNTH_SO=/"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode != 0
    lines = [x for x in r.stdout.splitlines() if x.startswith("make setup:")]
    assert len(lines) == 1 and "needs about 1000000 GB" in lines[0] and "GB are free on" in lines[0], r.stdout
    assert not (tmp_path / ".venv").exists()
