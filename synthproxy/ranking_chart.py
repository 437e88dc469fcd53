"""The chart of the sound-attribute ranking test: per-attribute scores of each audio model (altair).

Kept apart from :mod:`synthproxy.audio_models.ranking`, which computes the scores, and from the
matplotlib helpers of :mod:`synthproxy.plots`: this chart is altair (saved as .svg / .png with
vl-convert, so it shows offline).

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from synthproxy.constants import ATTRIBUTES

__all__ = ["ranking_chart"]


def ranking_chart(summary: pd.DataFrame, title: str = "") -> Any:
    """Per-attribute scores of each model as horizontal bars with +-1 std (an altair chart).

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`synthproxy.audio_models.ranking.summarize` (one synth).
    title : str

    Returns
    -------
    altair.Chart
        Save it with ``chart.save("x.svg")`` / ``.png`` (vl-convert) to show it offline.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    import altair as alt

    data = summary.assign(low=summary["mean"] - summary["std"], high=(summary["mean"] + summary["std"]).clip(upper=1))
    lo = float(min(0.0, data["low"].min()))
    base = alt.Chart(data).encode(
        y=alt.Y("attribute:N", sort=list(ATTRIBUTES), title=None),
        yOffset=alt.YOffset("model:N"),
        color=alt.Color("model:N", title="audio model"),
    )
    x = alt.X("mean:Q", scale=alt.Scale(domain=[lo, 1.0]), title="Spearman score (mean over presets)")
    bars = base.mark_bar().encode(x=x)
    spread = base.mark_rule(opacity=0.7).encode(x="low:Q", x2="high:Q", color=alt.value("black"))
    return (bars + spread).properties(width=420, height=alt.Step(7), title=title)
