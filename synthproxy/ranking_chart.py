"""The chart of the sound-attribute ranking test: per-attribute scores of each audio model.

Kept apart from :mod:`synthproxy.audio_models.ranking`, which computes the scores. The chart is a matplotlib
figure in the study's chart style (:mod:`synthproxy.charts`); :func:`synthproxy.charts.save_chart` writes it as
.svg and .png, so it shows offline.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from synthproxy.charts import grouped_bars, legend_patches, new_figure, palette, styled
from synthproxy.constants import ATTRIBUTES

__all__ = ["ranking_chart", "ranking_charts"]

#: Height (inches) of one bar, and of the gap between two attributes' groups of bars.
_BAR_IN, _GAP_IN = 0.1, 0.08


def _attribute_order(attributes: Iterable[str]) -> list[str]:
    """The attributes present, in :data:`synthproxy.constants.ATTRIBUTES` order (others after, alphabetically)."""
    present = set(attributes)
    return [a for a in ATTRIBUTES if a in present] + sorted(present - set(ATTRIBUTES))


def ranking_chart(summary: pd.DataFrame, title: str = "") -> Any:
    """Per-attribute scores of each model as horizontal bars with +-1 std.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`synthproxy.audio_models.ranking.summarize` (one synth).
    title : str

    Returns
    -------
    matplotlib.figure.Figure
        Save it with :func:`synthproxy.charts.save_chart` to show it offline.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return ranking_charts({title: summary})


@styled
def ranking_charts(panels: Mapping[str, pd.DataFrame]) -> Any:
    """:func:`ranking_chart` of several summaries (e.g. one per synth), stacked, with one legend.

    Parameters
    ----------
    panels : mapping
        Panel title -> summary (:func:`synthproxy.audio_models.ranking.summarize`), top to bottom.

    Returns
    -------
    matplotlib.figure.Figure
        Attributes as rows (in :data:`synthproxy.constants.ATTRIBUTES` order), one bar per audio model (the
        same colour in every panel) with a rule from mean - std to mean + std (at most 1). Each panel's score
        axis runs from min(0, lowest rule end) to 1.

    Shown in use (through ``python -m synthproxy.attribute_ranking``) in ``notebooks/01_audio_models.ipynb``.
    """
    models = sorted(set().union(*(set(s["model"]) for s in panels.values())))
    colors = palette(models)
    rows = [_attribute_order(s["attribute"]) for s in panels.values()]
    heights = [0.9 + max(len(r), 1) * (_BAR_IN * max(len(models), 1) + _GAP_IN) for r in rows]
    fig = new_figure(9.0, max(sum(heights), 1.0))
    axes = fig.subplots(max(len(panels), 1), 1, squeeze=False, gridspec_kw={"height_ratios": heights or [1]})[:, 0]
    for ax, (title, summary), order in zip(axes, panels.items(), rows):
        data = summary.assign(
            low=summary["mean"] - summary["std"], high=(summary["mean"] + summary["std"]).clip(upper=1)
        )
        grouped_bars(
            ax,
            data,
            row="attribute",
            group="model",
            rows=order,
            colors=colors,
            value="mean",
            low="low",
            high="high",
            rule_alpha=0.7,
        )
        ax.set(title=title, xlim=(min(0.0, float(data["low"].min())), 1.0), xlabel="Spearman score (mean over presets)")
    fig.legend(handles=legend_patches(colors), title="audio model", loc="outside right upper")
    return fig
