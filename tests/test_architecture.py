"""The package's layout rules, read from the source: imports point down the pipeline, modules and functions stay small.

The study's stages, in pipeline order (a module may import its own stage and earlier ones, never a
later one; lazy imports inside functions count too):

    foundations -> spec -> presets -> render -> audio model -> data -> encoder -> training and
    evaluation -> matching and figures -> CLI and study

Every module of ``synthproxy/`` must be given a stage in :data:`STAGES`, so a new module is placed
on purpose. Synth adapter files (``synthproxy/synths/specs/<name>.py``) belong to the presets stage.
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "synthproxy"

#: Stage of each module, by dotted-name prefix (the longest matching prefix wins).
STAGES: dict[str, int] = {
    # 0: foundations: no knowledge of synths, audio or models
    "synthproxy.constants": 0,
    "synthproxy.io": 0,
    "synthproxy.paths": 0,
    "synthproxy.validate": 0,
    "synthproxy.lock": 0,
    "synthproxy.integrity": 0,
    "synthproxy.machine": 0,
    "synthproxy.plots": 0,
    "synthproxy.metrics": 0,
    "synthproxy.rank_kernels": 0,
    "synthproxy.l1_kernels": 0,
    "synthproxy.pairwise_l1": 0,
    "synthproxy.outputs": 0,
    # 1: the synth spec and where specs are found
    "synthproxy.synths.spec": 1,
    "synthproxy.synths.original": 1,
    "synthproxy.synths.registry": 1,
    # 2: presets: random draws, bank formats, cleaning, per-synth adapters
    "synthproxy.presets": 2,
    "synthproxy.synths.specs": 2,
    # 3: rendering: settings, the engine interface, the engines
    "synthproxy.render": 3,
    "synthproxy.synths": 3,
    # 4: audio models
    "synthproxy.audio_models": 4,
    # 5: data: stores, datasets, generation, hand-crafted sets, test sets, attribute sweeps
    "synthproxy.store": 5,
    "synthproxy.datasets": 5,
    "synthproxy.generate": 5,
    "synthproxy.dataset_growth": 5,
    "synthproxy.dataset_mix": 5,
    "synthproxy.generate_handcrafted": 5,
    "synthproxy.testsets": 5,
    "synthproxy.sweeps": 5,
    # 6: preset encoders and trained proxies
    "synthproxy.encoders": 6,
    # 7: training and evaluation
    "synthproxy.train": 7,
    "synthproxy.evaluate": 7,
    "synthproxy.smoke": 7,
    "synthproxy.hpo": 7,
    # 8: matching, figures, exploration, reports
    "synthproxy.match": 8,
    "synthproxy.figures": 8,
    "synthproxy.projections": 8,
    "synthproxy.charts": 8,
    "synthproxy.explore": 8,
    "synthproxy.report": 8,
    "synthproxy.ablation_table": 8,
    "synthproxy.arch_table": 8,
    "synthproxy.attribute_ranking": 8,
    "synthproxy.ranking_chart": 8,
    # 9: entry points
    "synthproxy.cli": 9,
    "synthproxy.cli_train": 9,
    "synthproxy.study": 9,
    "synthproxy.colab": 9,
    "synthproxy.executed": 9,
    "synthproxy.site_check": 9,
    "synthproxy.experiments": 9,
    "synthproxy": 9,
}
STAGE_NAMES = (
    "foundations",
    "spec",
    "presets",
    "render",
    "audio model",
    "data",
    "encoder",
    "training/evaluation",
    "matching/figures",
    "CLI/study",
)

#: Longest module (lines) and function allowed (lines from ``def`` to the end, its docstring not counted:
#: NumPy-style docstrings are long on purpose). An expression in brackets spread over several lines counts
#: as one line (see :func:`continuation_lines`), so the rule measures code, not ``ruff format``'s layout.
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
#: Modules and functions allowed to be longer, and why.
LONG_ALLOWED: dict[str, str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def stage_of(name: str) -> int | None:
    best = max((p for p in STAGES if name == p or name.startswith(p + ".")), key=len, default=None)
    return STAGES[best] if best is not None else None


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def imported(path: Path) -> set[str]:
    """Every synthproxy module ``path`` imports, at the top or inside functions (``from x import name``
    counts as ``x.name`` when that is a module, else ``x``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "synthproxy"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "synthproxy":
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                as_path = PACKAGE.parent / sub.replace(".", "/")
                found.add(sub if as_path.with_suffix(".py").exists() or as_path.is_dir() else node.module)
    return found


def test_every_module_has_a_stage():
    missing = [module_name(p) for p in modules() if stage_of(module_name(p)) is None]
    assert not missing, f"give these modules a stage in tests/test_architecture.py: {missing}"


def test_no_module_imports_a_later_stage():
    wrong = []
    for path in modules():
        me = module_name(path)
        mine = stage_of(me)
        for other in sorted(imported(path)):
            theirs = stage_of(other)
            if mine is not None and theirs is not None and theirs > mine:
                wrong.append(f"{me} ({STAGE_NAMES[mine]}) imports {other} ({STAGE_NAMES[theirs]})")
    assert not wrong, "imports against the pipeline:\n" + "\n".join(wrong)


def test_the_rule_sees_lazy_imports(tmp_path):
    f = tmp_path / "x.py"
    f.write_text("def f():\n    from synthproxy.train import train\n    import synthproxy.evaluate\n")
    assert imported(f) == {"synthproxy.train", "synthproxy.evaluate"}


def continuation_lines(source: str) -> set[int]:
    """Line numbers that continue an expression in brackets (``(...)``, ``[...]``, ``{...}``) begun on an
    earlier line: the formatter lays a long call or literal out one item per line, and those lines are not
    counted as code."""
    depth, last, inside = 0, 0, set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if depth and tok.start[0] > last:
            inside.update(range(last + 1, tok.start[0] + 1))
        last = max(last, tok.end[0])
        if tok.type == tokenize.OP:
            depth += (tok.string in "([{") - (tok.string in ")]}")
    return inside


def _long_functions(path: Path) -> list[tuple[str, int]]:
    out = []
    source = path.read_text()
    continued = continuation_lines(source)
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = range(node.lineno, node.end_lineno + 1)  # type: ignore[operator]
            length = sum(1 for n in lines if n not in continued)
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                length -= first.end_lineno - first.lineno + 1  # type: ignore[operator]
            if length > MAX_FUNCTION_LINES:
                out.append((node.name, length))
    return out


def test_modules_and_functions_stay_small():
    too_long = []
    for path in modules():
        me = module_name(path)
        source = path.read_text()
        lines = len(source.splitlines()) - len(continuation_lines(source))
        if lines > MAX_MODULE_LINES and me not in LONG_ALLOWED:
            too_long.append(f"module {me}: {lines} lines")
        for name, length in _long_functions(path):
            if f"{me}.{name}" not in LONG_ALLOWED:
                too_long.append(f"function {me}.{name}: {length} lines")
    assert not too_long, (
        f"over {MAX_MODULE_LINES} lines per module / {MAX_FUNCTION_LINES} per function "
        "(split it, or say why in LONG_ALLOWED):\n" + "\n".join(too_long)
    )


@pytest.mark.parametrize("rule", ["stage", "size"])
def test_the_rules_can_fail(tmp_path, rule):
    """A module placed in a stage that imports a later one, or a long function, is caught."""
    f = tmp_path / "x.py"
    if rule == "stage":
        f.write_text("from synthproxy.evaluate import evaluate_checkpoint\n")
        assert stage_of("synthproxy.evaluate") > stage_of("synthproxy.presets.sampling")
        assert "synthproxy.evaluate" in imported(f)
    else:
        f.write_text('def f():\n    """Doc."""\n' + "    x = 1\n" * MAX_FUNCTION_LINES)
        assert _long_functions(f) == [("f", MAX_FUNCTION_LINES + 1)]


def test_bracket_continuations_count_as_one_line(tmp_path):
    """The size rules do not change when the formatter spreads a call or a literal over several lines."""
    f = tmp_path / "x.py"
    f.write_text('def f():\n    """Doc."""\n    return g(\n        1,\n        [\n            2,\n        ],\n    )\n')
    assert continuation_lines(f.read_text()) == {4, 5, 6, 7, 8}
    assert _long_functions(f) == []
    assert len(f.read_text().splitlines()) - len(continuation_lines(f.read_text())) == 3
