"""What sound matching shows in a notebook: audio players, sounds with their figures, candidate tables,
the refinement's trace and the comparison's dots.

IPython, pandas and matplotlib are imported when a function is called, not with the module.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from synthproxy.match.constants import METHODS
from synthproxy.match.results import Candidate, Refinement

__all__ = ["audio_player", "sound_outputs", "candidates_table", "plot_refinement", "plot_comparison", "markdown_text"]

_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def markdown_text(text: str) -> str:
    """``text`` for a Markdown output, shown as it is: every ASCII punctuation character backslash-escaped.

    Preset names are free text: DX7 names such as ``*Kershaw``, ``Wurlitsr \\`` or ``<Stereo.2>`` would otherwise
    open emphasis, escape the caption's own ``**`` (the caption then shows its asterisks) or read as HTML.
    CommonMark (and Jupyter's renderer) turn each ``\\<punctuation>`` back into the character.

    Shown in use in ``notebooks/06_sound_matching.ipynb`` (the captions of the players).
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def audio_player(audio: np.ndarray, sample_rate: int) -> Any:
    """An IPython audio player of a clip, loudness-normalized; a silent clip plays as silence.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from IPython.display import Audio

    a = np.asarray(audio, np.float32)
    return Audio(a, rate=sample_rate, normalize=bool(a.size and np.abs(a).max() > 0))


def sound_outputs(sounds: Sequence[np.ndarray], sample_rate: int, titles: Sequence[str]) -> list[Any]:
    """Waveforms and spectrograms of sounds (:func:`synthproxy.plots.plot_sounds`) and their players,
    for ``display(*...)``.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import matplotlib.pyplot as plt

    from synthproxy.plots import plot_sounds

    fig = plot_sounds(list(sounds), sample_rate, list(titles))
    plt.close(fig)  # shown once, where display puts it
    return [fig, *[audio_player(x, sample_rate) for x in sounds]]


def candidates_table(candidates: Sequence[Candidate]) -> Any:
    """Candidates as a table: ``origin``, ``bank``, ``name``, ``proxy_l1``, ``real_l1`` (after rendering),
    ``stft`` (NaN where not measured), ranked from 1.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import pandas as pd

    def num(x: float | None) -> float:
        return float("nan") if x is None else float(x)

    return pd.DataFrame(
        [
            {
                "origin": c.origin,
                "bank": c.source,
                "name": c.name,
                "proxy_l1": num(c.proxy_distance),
                "real_l1": num(c.distance),
                "stft": num(c.stft),
            }
            for c in candidates
        ],
        index=pd.RangeIndex(1, len(candidates) + 1, name="rank"),
    )


def plot_refinement(refinement: Refinement, title: str = ""):
    """Proxy distance during refinement: relaxed presets (lines) and projected ones (dots), per start.

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.2), constrained_layout=True)
    for r in range(refinement.losses.shape[1]):
        (line,) = ax.plot(np.arange(1, len(refinement.losses) + 1), refinement.losses[:, r], lw=1, alpha=0.8)
        ax.plot(refinement.check_steps, refinement.projected[:, r], "o", ms=3, color=line.get_color())
    ax.set_xlabel("gradient step")
    ax.set_ylabel("proxy L1 distance to target")
    ax.set_title(title or "refinement: relaxed (lines) and projected (dots) presets", fontsize=10)
    return fig


def plot_comparison(table: Any):
    """Real embedding distance and STFT distance of each method's answer, one dot per target.

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    import matplotlib.pyplot as plt

    methods = [m for m in METHODS if m in set(table["method"])]
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.5 * len(methods) + 1.6), sharey=True, constrained_layout=True)
    for ax, col, label in zip(axes, ("distance", "stft"), ("embedding L1 to target", "multi-resolution STFT distance")):
        for k, m in enumerate(methods):
            v = table.loc[table["method"] == m, col].to_numpy(float)
            ax.plot(v, np.full(len(v), k), "o", alpha=0.5, color=f"C{k}")
            ax.plot([v.mean()], [k], "|", ms=18, mew=2.5, color="k")
        ax.set_xlabel(label + " (lower is closer)")
    axes[0].set_yticks(range(len(methods)), methods)
    axes[0].invert_yaxis()
    return fig
