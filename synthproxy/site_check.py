"""The built book in a headless browser: JavaScript errors and requests that leave the site.

``make study`` runs :func:`browser_problems` after the static offline check
(:func:`synthproxy.study.offline_problems`) when a Chromium is installed (``chromium``, ``chromium-browser``,
``google-chrome`` on the ``PATH``, or ``$SYNTHPROXY_CHROMIUM``); without one it says so and skips.

Each page is opened from disk (``file://``) with the network closed (every request goes to a proxy that does
not exist). A page fails when the browser logs an uncaught exception or an error on its console, or when it
asks for anything over HTTP(S) (read from Chromium's network log; the browser's own background requests to
its vendor's hosts, :data:`BROWSER_HOSTS`, are not the page's and are ignored).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlparse

__all__ = ["BROWSER_HOSTS", "find_chromium", "page_log", "browser_problems"]

#: Hosts Chromium contacts by itself (updates, time, accounts, dictionaries), whatever page it shows.
BROWSER_HOSTS: tuple[str, ...] = ("google.com", "googleapis.com", "gvt1.com", "gstatic.com", "chromium.org")
#: Console lines that are errors (Chromium's log does not give the level): exceptions and failed loads.
_ERROR = re.compile(r"Uncaught|Error\b|Failed to load|is not defined|has already been declared")
_CONSOLE = re.compile(r':CONSOLE[:(]\d+\)?\] "(.*)", source: (\S*)')
_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--enable-logging=stderr",
    "--v=0",
    "--proxy-server=127.0.0.1:9",
    "--virtual-time-budget=3000",
)


def find_chromium() -> str | None:
    """A Chromium executable: ``$SYNTHPROXY_CHROMIUM``, else the first of chromium, chromium-browser,
    google-chrome on the ``PATH``; ``None`` when there is none."""
    env = os.environ.get("SYNTHPROXY_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def page_log(page: str | Path, chromium: str, timeout_s: float = 60.0) -> tuple[list[str], list[str]]:
    """Open one page in headless Chromium; returns its console errors and the HTTP(S) URLs it requested.

    Parameters
    ----------
    page : str or Path
        An ``.html`` file.
    chromium : str
        The browser executable (:func:`find_chromium`).
    timeout_s : float
        A page that does not finish loading in this time is reported as such.
    """
    with tempfile.TemporaryDirectory(prefix="synthproxy-browser-") as tmp:
        net = Path(tmp) / "net.json"
        cmd = [chromium, *_FLAGS, f"--user-data-dir={tmp}/profile", f"--log-net-log={net}", "--dump-dom"]
        try:
            proc = subprocess.run(
                [*cmd, Path(page).resolve().as_uri()], capture_output=True, text=True, timeout=timeout_s
            )
        except subprocess.TimeoutExpired:
            return [f"did not finish loading in {timeout_s:.0f} s"], []
        errors = [
            f"{msg} ({Path(urlparse(src).path).name})"
            for msg, src in _CONSOLE.findall(proc.stderr)
            if _ERROR.search(msg)
        ]
        urls: set[str] = set()
        if net.exists():
            text = net.read_text(errors="replace")
            for url in re.findall(r'"url":"(https?://[^"]+)"', text):
                host = urlparse(url).hostname or ""
                if not any(host == h or host.endswith("." + h) for h in BROWSER_HOSTS):
                    urls.add(url)
    return errors, sorted(urls)


def browser_problems(html_dir: str | Path, chromium: str | None = None) -> list[str] | None:
    """``"<page>: <problem>"`` lines for every page of a built site (see the module's description).

    Returns
    -------
    list of str or None
        Empty when every page loads without errors and without the network; ``None`` when no Chromium is
        installed (nothing checked).
    """
    chromium = chromium or find_chromium()
    if chromium is None:
        return None
    html_dir = Path(html_dir)
    problems = []
    for page in sorted(html_dir.rglob("*.html")):
        rel = page.relative_to(html_dir)
        if rel.parts[0] in ("_static", "_sources"):
            continue
        errors, urls = page_log(page, chromium)
        problems += [f"{rel}: console: {e}" for e in errors]
        problems += [f"{rel}: requests {u}" for u in urls]
    return problems


if __name__ == "__main__":  # pragma: no cover
    import sys

    found = browser_problems(sys.argv[1] if len(sys.argv) > 1 else "_build/html")
    print(json.dumps(found, indent=1))
    sys.exit(1 if found else 0)
