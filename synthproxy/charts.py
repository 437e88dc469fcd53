"""How the study's charts look and are saved (matplotlib): encoder names and order, colours, style, files.

Every chart of the study (:mod:`synthproxy.figures`, :mod:`synthproxy.projections`,
:mod:`synthproxy.ranking_chart`) is a matplotlib figure made by :func:`new_figure` and written by
:func:`save_chart` as static SVG and PNG, so notebooks and the book show images that need no JavaScript and no
network. Figures are made without pyplot: nothing is kept in a global registry, and a notebook shows the saved
PNG once (``IPython.display.Image(filename=files.png)``).

Shown in use in ``notebooks/05_figures.ipynb``.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import numpy as np
import pandas as pd

from synthproxy import paths

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.typing import RcKeyType

__all__ = [
    "FIGURE_DPI",
    "PNG_SCALE",
    "STYLE",
    "FRAME_COLOR",
    "ChartFiles",
    "model_label",
    "arch_order",
    "palette",
    "styled",
    "new_figure",
    "legend_patches",
    "legend_markers",
    "grouped_bars",
    "bare_axes",
    "save_chart",
]

#: Resolution of a figure's own pixels (sizes are given in inches, for a book page 8-10 in wide).
FIGURE_DPI: int = 100
#: PNG pixels per figure pixel (PNGs are written at ``FIGURE_DPI * PNG_SCALE`` dpi).
PNG_SCALE: float = 1.5
#: matplotlib settings of every chart: readable at book page width, SVG element ids that do not change between runs.
STYLE: dict[RcKeyType, Any] = {
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.title_fontsize": 10,
    "figure.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.8,
    "svg.hashsalt": "synthproxy",
    "svg.fonttype": "path",
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
}
#: Colour of the frame of maps whose axes carry no scale (UMAP projections).
FRAME_COLOR: str = "#bbbbbb"

F = TypeVar("F", bound=Callable[..., Any])


def model_label(arch: str, size: str) -> str:
    """How tables and charts name an encoder: ``"transformer (b)"``.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    return f"{arch} ({size})"


def arch_order(labels: Iterable[str]) -> list[str]:
    """Distinct encoder labels (:func:`model_label`) in :data:`synthproxy.encoders.ARCHS` then size order.

    Unknown architectures and sizes come last, alphabetically.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from synthproxy.encoders import ARCHS, SIZE_NAMES

    def key(label: str) -> tuple:
        arch, _, size = label.partition(" (")
        size = size.rstrip(")")
        return (
            ARCHS.index(arch) if arch in ARCHS else len(ARCHS),
            arch,
            SIZE_NAMES.index(size) if size in SIZE_NAMES else len(SIZE_NAMES),
            size,
        )

    return sorted(set(labels), key=key)


def palette(keys: Sequence[str]) -> dict[str, Any]:
    """One colour per key, in order: matplotlib's ``tab10`` (``tab20`` beyond ten keys).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    import matplotlib

    # tab10 and tab20 are ListedColormaps, but matplotlib types its registry's items as the base Colormap
    colors = matplotlib.colormaps["tab10" if len(keys) <= 10 else "tab20"].colors  # type: ignore[attr-defined]
    return {k: colors[i % len(colors)] for i, k in enumerate(keys)}


def styled(chart: F) -> F:
    """Decorator: the chart function runs under :data:`STYLE` (fonts are fixed when a text is made).

    Shown in use in ``notebooks/05_figures.ipynb``.
    """

    @functools.wraps(chart)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import matplotlib

        with matplotlib.rc_context(STYLE):
            return chart(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def new_figure(width: float, height: float) -> Any:
    """A matplotlib figure of ``width`` x ``height`` inches, constrained layout, not registered with pyplot.

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=FIGURE_DPI, layout="constrained")


def legend_patches(colors: Mapping[str, Any]) -> list[Any]:
    """Filled squares for a legend of bar colours, one per key of ``colors``, in order.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from matplotlib.patches import Patch

    return [Patch(facecolor=c, label=str(k)) for k, c in colors.items()]


def legend_markers(colors: Mapping[str, Any], size: float = 7.0, line: bool = False) -> list[Any]:
    """Dots (on a line segment when ``line``) for a legend of point or line colours, one per key of ``colors``.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    from matplotlib.lines import Line2D

    return [
        Line2D(
            [],
            [],
            color=c,
            ls="-" if line else "",
            marker="o",
            markersize=size,
            markerfacecolor=c,
            markeredgewidth=0,
            label=str(k),
        )
        for k, c in colors.items()
    ]


def grouped_bars(
    ax: Any,
    data: pd.DataFrame,
    *,
    row: str,
    group: str,
    rows: Sequence[str],
    colors: Mapping[str, Any],
    value: str,
    low: str,
    high: str,
    rule_alpha: float = 1.0,
) -> None:
    """Horizontal bars of ``value``, one row per ``rows`` (top to bottom), the groups side by side in each row.

    Each bar carries a black rule from its ``low`` to its ``high`` column (the spread). A (row, group) absent
    from ``data`` leaves its place empty.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
    data : pandas.DataFrame
    row, group : str
        Columns naming the row (tick label) and the group (colour) of each bar.
    rows : sequence of str
        Rows in order; bars of other rows are not drawn.
    colors : mapping
        Group -> colour, in the order the groups sit in a row (top first).
    value, low, high : str
        Columns: bar length, spread ends.
    rule_alpha : float
        Opacity of the rules.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    where = {r: i for i, r in enumerate(rows)}
    height = 0.85 / max(len(colors), 1)
    for j, (g, color) in enumerate(colors.items()):
        d = data[(data[group] == g) & data[row].isin(where)]
        y = np.array([where[r] for r in d[row]], dtype=float) - 0.425 + (j + 0.5) * height
        ax.barh(y, d[value], height=height, color=color, label=str(g))
        ax.hlines(y, d[low], d[high], color="black", linewidth=1.0, alpha=rule_alpha)
    ax.set_yticks(range(len(rows)), list(rows))
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x")


def bare_axes(ax: Any) -> None:
    """No ticks, labels or grid (UMAP coordinates have no meaning), a light frame around the map.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color(FRAME_COLOR)


class ChartFiles(NamedTuple):
    """Where :func:`save_chart` wrote a chart.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """

    svg: Path
    png: Path


def save_chart(chart: Any, stem: str, folder: str | Path | None = None, scale: float = PNG_SCALE) -> ChartFiles:
    """Save a matplotlib figure as static SVG and PNG, atomically.

    The SVG has no date and fixed element ids (the same figure gives the same file) and starts at its
    ``<svg>`` element (no XML prolog), so it can also be inlined in an HTML page.

    Parameters
    ----------
    chart : matplotlib.figure.Figure
        E.g. from :func:`synthproxy.figures.results_chart`.
    stem : str
        File name without extension.
    folder : str or Path, optional
        Default ``results/figures/``.
    scale : float
        PNG pixels per figure pixel (the PNG is written at ``chart.dpi * scale`` dpi).

    Returns
    -------
    ChartFiles
        ``svg`` and ``png`` paths; show them with ``IPython.display.SVG(filename=...)`` or ``Image(filename=...)``.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    import matplotlib

    from synthproxy.io import write_bytes

    folder = Path(folder) if folder is not None else paths.RESULTS_DIR / "figures"
    files = ChartFiles(folder / f"{stem}.svg", folder / f"{stem}.png")
    svg, png = io.StringIO(), io.BytesIO()
    with matplotlib.rc_context({k: v for k, v in STYLE.items() if k.startswith(("svg.", "savefig."))}):
        chart.savefig(svg, format="svg", metadata={"Date": None})
        chart.savefig(png, format="png", dpi=chart.dpi * scale)
    text = svg.getvalue()
    write_bytes(files.svg, text[text.find("<svg") :].encode())
    write_bytes(files.png, png.getvalue())
    return files
