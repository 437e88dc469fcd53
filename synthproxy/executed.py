"""Executed notebooks made fit for the book: no stderr boxes, no machine paths, each figure once.

``make study`` executes each notebook with papermill into ``book/notebooks/``; :func:`clean_outputs` then
rewrites that copy's outputs (never the sources in ``notebooks/``):

- **stderr streams are dropped**: progress bars, library warnings and log lines are for a person watching a
  run, not for a reader of the book (a failing cell stops ``make study``, so no error is hidden);
- **machine paths are replaced** (:func:`path_replacements`): the repository's folder becomes a relative
  path, the data, checkpoint and result roots their environment variables (``$SYNTHPROXY_DATA`` ...),
  the cache folder ``$SYNTHPROXY_CACHE``, the home folder ``~``;
- **a figure shown twice in one cell is shown once** (same image bytes);
- **an interactive widget becomes a note** (:data:`WIDGET_NOTE`): without a live kernel the book could only
  show an empty box;
- **figures get their captions**: a source cell whose metadata holds ``{"synthproxy": {"captions": [...]}}``
  is cut, in the executed copy, into consecutive cells (the first shows the code, the others only outputs,
  tag ``remove-input``) so that each figure stands in a cell of its own, with the next caption as myst-nb's
  figure option (``{"mystnb": {"figure": {"caption": ...}}}``): the book numbers it (``numfig``). A cell
  showing more figures than captions (a loop over synths) repeats its last caption.

:func:`page_problems` finds what :func:`clean_outputs` removes, in built HTML pages (``make study``'s
offline check).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

# the path rules live with the paths (other stages name files the same way); re-exported here
from synthproxy.paths import path_replacements, scrub_paths

__all__ = ["WIDGET_NOTE", "path_replacements", "scrub_paths", "clean_outputs", "page_problems"]

_WIDGET = "application/vnd.jupyter.widget-view+json"
#: What the book shows in place of an interactive widget's output.
WIDGET_NOTE: str = (
    "*An interactive widget stands here when this notebook runs in Jupyter or Colab (it needs a live kernel). "
    "The book shows the static outputs that follow instead.*"
)

_IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")


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
        dropped), ``widgets`` (replaced by :data:`WIDGET_NOTE`), ``captioned`` and ``uncaptioned`` (figures
        shown with and without a caption).
    """
    path = Path(path)
    nb = json.loads(path.read_text())
    replacements = path_replacements()
    counts = {"stderr": 0, "paths": 0, "figures": 0, "widgets": 0, "captioned": 0, "uncaptioned": 0}
    cells: list[dict] = []
    for cell in nb.get("cells", []):
        cells.append(cell)
        if cell.get("cell_type") != "code":
            continue
        kept: list[dict] = []
        seen: set[str] = set()
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                counts["stderr"] += 1
                continue
            data = out.get("data", {})
            if _WIDGET in data:
                out["data"] = data = {"text/markdown": WIDGET_NOTE}
                counts["widgets"] += 1
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
        captions = (cell.get("metadata", {}).get("synthproxy") or {}).get("captions")
        images = sum(1 for o in kept if _is_image(o))
        if captions and images:
            cells[-1:] = _captioned_cells(cell, list(captions))
            counts["captioned"] += images
        elif ((cell.get("metadata", {}).get("mystnb") or {}).get("figure") or {}).get("caption"):
            counts["captioned"] += images  # cut and captioned by an earlier cleaning
        else:
            counts["uncaptioned"] += images
    nb["cells"] = cells
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    return counts


def _is_image(out: dict) -> bool:
    return any(t in out.get("data", {}) for t in _IMAGE_TYPES)


def _captioned_cells(cell: dict, captions: list[str]) -> list[dict]:
    """``cell`` cut so that each figure output stands alone in a cell carrying its caption (module description)."""
    runs: list[list[dict]] = [[]]
    for out in cell["outputs"]:
        if _is_image(out):
            runs += [[out], []]
        else:
            runs[-1].append(out)
    runs = [r for r in runs if r] or [[]]
    parts: list[dict] = []
    n_fig = 0
    for k, outputs in enumerate(runs):
        part = {**cell, "outputs": outputs, "metadata": json.loads(json.dumps(cell.get("metadata", {})))}
        part["metadata"].pop("synthproxy", None)
        if k:
            part["source"] = ""
            part["metadata"]["tags"] = sorted(set(part["metadata"].get("tags", [])) | {"remove-input"})
            if "id" in cell:
                part["id"] = f"{cell['id']}-{k}"
        if outputs and _is_image(outputs[0]):
            part["metadata"].setdefault("mystnb", {})["figure"] = {"caption": captions[min(n_fig, len(captions) - 1)]}
            n_fig += 1
        parts.append(part)
    return parts


def page_problems(page: str | Path, machine_paths: list[str] | None = None) -> list[str]:
    """What a built HTML page shows that the book should not: stderr output boxes, figures outside a
    captioned ``<figure>`` and machine paths.

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
        One line per problem, e.g. ``"2 stderr output boxes"``, ``"1 figure without a numbered caption"`` or
        ``"shows the machine path /home/me"``.
    """
    html = Path(page).read_text(errors="replace")
    problems = []
    boxes = len(re.findall(r'class="[^"]*\boutput stderr\b', html))
    if boxes:
        problems.append(f"{boxes} stderr output box{'es' if boxes > 1 else ''}")
    body = re.sub(r"<figure\b.*?</figure>", "", html, flags=re.S | re.I)
    # the Colab badge (an image link, not a figure) is no figure
    loose = len(re.findall(r'<img\b(?![^>]*alt="Open In Colab")[^>]*\bsrc="[^"]*_images/', body, re.I))
    if loose:
        problems.append(f"{loose} figure{'s' if loose > 1 else ''} without a numbered caption")
    if machine_paths is None:
        machine_paths = [p for p, _ in path_replacements() if p.strip("/")]
    for p in sorted({p.rstrip("/") for p in machine_paths}, key=len, reverse=True):
        if re.search(re.escape(p) + r"(?=[/\"'<\s]|$)", html):
            problems.append(f"shows the machine path {p}")
            break
    return problems
