"""Executed notebooks made fit for the book: no stderr boxes, no machine paths, each figure once.

``make study`` executes each notebook with papermill into ``book/notebooks/``; :func:`clean_outputs` then
rewrites that copy's outputs (never the sources in ``notebooks/``):

- **stderr streams are dropped**: progress bars, library warnings and log lines are for a person watching a
  run, not for a reader of the book (a failing cell stops ``make study``, so no error is hidden);
- **machine paths are replaced** (:func:`path_replacements`): the repository's folder becomes a relative
  path, the data, checkpoint and result roots their environment variables (``$SYNTHPROXY_DATA`` ...),
  the cache folder ``$SYNTHPROXY_CACHE``, the home folder ``~``;
- **a figure shown twice in one cell is shown once** (same image bytes).

:func:`page_problems` finds what :func:`clean_outputs` removes, in built HTML pages (``make study``'s
offline check).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from synthproxy.paths import CHECKPOINTS_DIR, DATA_DIR, REPO_ROOT, RESULTS_DIR, cache_dir

__all__ = ["path_replacements", "scrub_paths", "clean_outputs", "page_problems"]

_IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")


def path_replacements() -> list[tuple[str, str]]:
    """``(machine path, what the book shows)`` pairs, longest path first (so a data root inside the
    repository is named as such, not as a repository path).

    The repository folder maps to ``""`` followed by its relative path (``/home/me/synthproxy/data/x``
    becomes ``data/x``), with the executed notebooks' working folder ``notebooks/`` in mind: a reader
    of the book sees paths relative to the repository.
    """
    pairs: dict[str, str] = {str(cache_dir()): "$SYNTHPROXY_CACHE", str(Path.home()): "~"}
    for variable, root in (
        ("SYNTHPROXY_DATA", DATA_DIR),
        ("SYNTHPROXY_CHECKPOINTS", CHECKPOINTS_DIR),
        ("SYNTHPROXY_RESULTS", RESULTS_DIR),
    ):
        inside = root.resolve().is_relative_to(REPO_ROOT)
        pairs[str(root)] = str(root.resolve().relative_to(REPO_ROOT)) if inside else f"${variable}"
    pairs[str(REPO_ROOT) + "/"] = ""
    pairs[str(REPO_ROOT)] = "."
    pairs = {p: shown for p, shown in pairs.items() if len(Path(p).parts) > 1}  # never "/" itself
    return sorted(pairs.items(), key=lambda kv: -len(kv[0]))


def scrub_paths(text: str, replacements: list[tuple[str, str]] | None = None) -> str:
    """``text`` with every machine path of :func:`path_replacements` replaced."""
    for path, shown in replacements if replacements is not None else path_replacements():
        text = text.replace(path, shown)
    return text


def _scrub(value: Any, replacements: list[tuple[str, str]]) -> Any:
    """Paths replaced in a notebook output's text fields (str or list of str, as nbformat stores them)."""
    if isinstance(value, str):
        return scrub_paths(value, replacements)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [scrub_paths(v, replacements) for v in value]
    return value


def clean_outputs(path: str | Path) -> dict[str, int]:
    """Rewrite the executed notebook at ``path`` for the book (see the module's description).

    Returns
    -------
    dict
        ``stderr`` (streams dropped), ``paths`` (outputs whose text changed), ``figures`` (repeated images
        dropped).
    """
    path = Path(path)
    nb = json.loads(path.read_text())
    replacements = path_replacements()
    counts = {"stderr": 0, "paths": 0, "figures": 0}
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        kept: list[dict] = []
        seen: set[str] = set()
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                counts["stderr"] += 1
                continue
            data = out.get("data", {})
            image = next((data[t] for t in _IMAGE_TYPES if t in data), None)
            if image is not None:
                key = "".join(image) if isinstance(image, list) else str(image)
                if key in seen:
                    counts["figures"] += 1
                    continue
                seen.add(key)
            before = json.dumps(out)
            if "text" in out:
                out["text"] = _scrub(out["text"], replacements)
            for mime in list(data):
                if mime.startswith("text/") or mime == "application/json":
                    data[mime] = _scrub(data[mime], replacements)
            if json.dumps(out) != before:
                counts["paths"] += 1
            kept.append(out)
        cell["outputs"] = kept
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    return counts


def page_problems(page: str | Path, machine_paths: list[str] | None = None) -> list[str]:
    """What a built HTML page shows that the book should not: stderr output boxes and machine paths.

    Parameters
    ----------
    page : str or Path
        An ``.html`` file of the built site.
    machine_paths : list of str, optional
        Folders that must not appear (default: the repository, the home folder and the data, checkpoint,
        result and cache roots of this machine).

    Returns
    -------
    list of str
        One line per problem, e.g. ``"2 stderr output boxes"`` or ``"shows the machine path /home/me"``.
    """
    html = Path(page).read_text(errors="replace")
    problems = []
    boxes = len(re.findall(r'class="[^"]*\boutput stderr\b', html))
    if boxes:
        problems.append(f"{boxes} stderr output box{'es' if boxes > 1 else ''}")
    if machine_paths is None:
        machine_paths = [p for p, _ in path_replacements() if p.strip("/")]
    for p in sorted({p.rstrip("/") for p in machine_paths}, key=len, reverse=True):
        if re.search(re.escape(p) + r"(?=[/\"'<\s]|$)", html):
            problems.append(f"shows the machine path {p}")
            break
    return problems
