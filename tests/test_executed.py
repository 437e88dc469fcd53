"""Executed notebooks cleaned for the book, and the built pages' check for what the cleaning removes."""

from __future__ import annotations

import json
from pathlib import Path

from synthproxy.executed import WIDGET_NOTE, clean_outputs, page_problems, path_replacements, scrub_paths
from synthproxy.paths import DATA_DIR, REPO_ROOT
from synthproxy.study import offline_problems

WIDGET = "application/vnd.jupyter.widget-view+json"


def _notebook(outputs: list[dict]) -> dict:
    return {"cells": [{"cell_type": "code", "source": "x", "outputs": outputs, "metadata": {}}], "metadata": {}}


def test_stderr_machine_paths_and_repeated_figures_leave_the_executed_copy(tmp_path):
    image = {"output_type": "display_data", "data": {"image/png": "iVBORw0K", "text/plain": ["<Figure>"]}}
    outputs = [
        {"output_type": "stream", "name": "stderr", "text": ["chunks: 100%|####| 4/4\n"]},
        {
            "output_type": "stream",
            "name": "stdout",
            "text": [f"wrote {REPO_ROOT}/checkpoints/a.pt\n", f"{Path.home()}/x\n"],
        },
        image,
        dict(image),
        {"output_type": "execute_result", "data": {"text/html": [f"<td>{DATA_DIR}/datasets/a</td>"]}},
        {"output_type": "display_data", "data": {WIDGET: {"model_id": "x"}, "text/plain": ["VBox()"]}},
    ]
    nb = tmp_path / "02.ipynb"
    nb.write_text(json.dumps(_notebook(outputs)))
    assert clean_outputs(nb) == {"stderr": 1, "paths": 2, "figures": 1, "widgets": 1, "captioned": 0, "uncaptioned": 1}
    text = nb.read_text()
    assert str(REPO_ROOT) not in text and str(Path.home()) not in text and "100%" not in text
    kept = json.loads(text)["cells"][0]["outputs"]
    assert (
        kept[0]["text"][:2] == ["wrote checkpoints/a.pt\n", "~/x\n"] or kept[0]["text"][0] == "wrote checkpoints/a.pt\n"
    )
    assert [o["output_type"] for o in kept] == ["stream", "display_data", "execute_result", "display_data"]
    assert kept[-1]["data"] == {"text/markdown": WIDGET_NOTE}
    again = {"stderr": 0, "paths": 0, "figures": 0, "widgets": 0, "captioned": 0, "uncaptioned": 1}
    assert clean_outputs(nb) == again, "cleaning twice changes nothing"


def test_each_figure_stands_in_its_own_cell_under_its_caption(tmp_path):
    def image(b: str) -> dict:
        return {"output_type": "display_data", "data": {"image/png": b}, "metadata": {}}

    text = {"output_type": "display_data", "data": {"text/html": "<audio>"}, "metadata": {}}
    cell = _notebook([text, image("A"), text, image("B"), image("C")])["cells"][0]
    cell["id"], cell["metadata"] = "c1", {"synthproxy": {"captions": ["First.", "Then the others."]}}
    nb = tmp_path / "n.ipynb"
    nb.write_text(json.dumps({"cells": [cell], "metadata": {}}))
    assert clean_outputs(nb)["captioned"] == 3
    cells = json.loads(nb.read_text())["cells"]
    assert [len(c["outputs"]) for c in cells] == [1, 1, 1, 1, 1]
    assert [c["source"] for c in cells] == ["x", "", "", "", ""], "the code is shown once, above the outputs"
    captions = [c["metadata"].get("mystnb", {}).get("figure", {}).get("caption") for c in cells]
    assert captions == [None, "First.", None, "Then the others.", "Then the others."]
    assert [c["id"] for c in cells] == ["c1", "c1-1", "c1-2", "c1-3", "c1-4"]
    assert all("remove-input" in c["metadata"]["tags"] for c in cells[1:]) and "synthproxy" not in cells[0]["metadata"]
    assert clean_outputs(nb)["captioned"] == 3 and len(json.loads(nb.read_text())["cells"]) == 5


def test_the_repository_is_shown_relative_and_never_root_itself():
    shown = dict(path_replacements())
    assert shown[str(REPO_ROOT) + "/"] == "" and "/" not in shown
    assert scrub_paths(f"see {REPO_ROOT}/notebooks/01_audio_models.ipynb") == "see notebooks/01_audio_models.ipynb"


def test_built_pages_with_stderr_boxes_or_machine_paths_are_reported(tmp_path):
    ok = tmp_path / "ok.html"
    ok.write_text('<div class="output stream highlight-myst-ansi">chunks done</div>')
    assert page_problems(ok) == [] and offline_problems(tmp_path) == []
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<div class="output stderr highlight-myst-ansi notranslate">100%</div>'
        '<div class="output stderr highlight-myst-ansi notranslate">warn</div>'
        f"<pre>{REPO_ROOT}/data/x</pre>"
        '<figure class="align-default"><img src="../../_images/a.png"><figcaption>Fig. 1</figcaption></figure>'
        '<img alt="b" src="../../_images/b.png">'
        '<a href="x"><img alt="Open In Colab" src="../../_images/colab-badge.svg" /></a>'
    )
    problems = page_problems(bad)
    assert problems[:2] == ["2 stderr output boxes", "1 figure without a numbered caption"]
    assert problems[2].startswith(f"shows the machine path {REPO_ROOT}")
    offline = offline_problems(tmp_path)
    assert [f"bad.html: {p}" for p in problems] == [line for line in offline if "missing" not in line]
