"""The sound-attribute ranking test over several synths: the study's full run of chapter 1.

Renders the sweeps (:mod:`synthproxy.sweeps`), scores them with every audio model that loads here
(:mod:`synthproxy.audio_models.ranking`) and draws the chart (:mod:`synthproxy.ranking_chart`).
``python -m synthproxy.attribute_ranking`` writes ``results/attribute_ranking.csv`` (10 presets x
20 steps over amsynth and dexed), which ``notebooks/01_audio_models.ipynb`` reads for its choice;
``--redraw`` only draws the chart again from that file (nothing rendered).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from synthproxy.audio_models.ranking import available_models, embedding_speed, score_models, summarize
from synthproxy.ranking_chart import ranking_charts
from synthproxy.sweeps import attribute_sweeps, rerender

__all__ = ["rank_synths", "save_ranking_chart", "main"]


def rank_synths(
    synths: Sequence[str],
    models: Sequence[str],
    presets: int = 10,
    steps: int = 20,
    seed: int = 0,
    *,
    speed_sweeps: int = 6,
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Run the test for several synths with every model that loads here.

    Parameters
    ----------
    synths : sequence of str
    models : sequence of str
        Registry names; models that cannot load are left out (see the notes).
    presets, steps, seed : int
        As in :func:`synthproxy.sweeps.attribute_sweeps` (the study: 10, 20, 0).
    speed_sweeps : int
        Sweeps of each synth whose clips time :func:`~synthproxy.audio_models.ranking.embedding_speed`.

    Returns
    -------
    summary : pandas.DataFrame
        :func:`~synthproxy.audio_models.ranking.summarize` of every synth, concatenated.
    speed : pandas.DataFrame
        Clips per second, index synth, columns model.
    notes : list of str
        Unavailable models, skipped attributes and excluded sweeps.

    Shown in use (through ``python -m synthproxy.attribute_ranking``) in ``notebooks/01_audio_models.ipynb``.
    """
    loaded, unavailable = available_models(models)
    notes = [f"{n}: skipped: {why}" for n, why in unavailable.items()]
    summaries, speed = [], {}
    for synth in synths:
        sweeps = attribute_sweeps(synth, presets=presets, steps=steps, seed=seed)
        notes += [f"{synth}: {n}" for n in sweeps.notes]
        scored = score_models(sweeps, list(loaded.values()), at_rate=rerender)  # type: ignore[arg-type]  # Sweep is a ScoredSweep
        summaries.append(summarize(scored))
        sample = sweeps[:speed_sweeps]
        speed[synth] = {
            n: embedding_speed(g, np.concatenate([s.audio for s in rerender(sample, g.sample_rate)]))
            for n, g in loaded.items()
        }
    return pd.concat(summaries, ignore_index=True), pd.DataFrame(speed).T, notes


def save_ranking_chart(summary: pd.DataFrame, out: str | Path, presets: int, steps: int) -> Path:
    """Draw the chart of ``summary`` (one panel per synth) next to ``out``: ``<out stem>.svg`` and ``.png``.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`rank_synths` (or ``results/attribute_ranking.csv``).
    out : str or Path
        The summary's CSV; the chart takes its name.
    presets, steps : int
        Named in the panel titles.

    Returns
    -------
    Path
        The PNG.

    Shown in use (through ``python -m synthproxy.attribute_ranking``) in ``notebooks/01_audio_models.ipynb``.
    """
    from synthproxy.charts import save_chart

    out = Path(out)
    titles = {
        s: f"{s}: sound-attribute ranking ({presets} presets x {steps} steps)" for s in dict.fromkeys(summary["synth"])
    }
    fig = ranking_charts({title: summary[summary.synth == s] for s, title in titles.items()})
    return save_chart(fig, out.stem, out.parent).png


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m synthproxy.attribute_ranking``: the study's full setting -> ``results/attribute_ranking.csv``.

    Also writes the chart next to it (``.svg``, ``.png``) and prints the mean score per synth and model,
    the clips/s and the notes. With ``--redraw``, only the chart is drawn again, from the CSV already there.
    """
    import argparse

    from synthproxy.paths import RESULTS_DIR

    ap = argparse.ArgumentParser(prog="python -m synthproxy.attribute_ranking", description=main.__doc__)
    ap.add_argument("--synths", nargs="+", default=["amsynth", "dexed"])
    ap.add_argument("--models", nargs="+", default=["aisfx", "mel", "mfcc", "mn04", "mn20"])
    ap.add_argument("--presets", type=int, default=10)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(RESULTS_DIR / "attribute_ranking.csv"))
    ap.add_argument("--redraw", action="store_true", help="only draw the chart again from --out (no rendering)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if args.redraw:
        summary = pd.read_csv(out)
        print(f"wrote {save_ranking_chart(summary[summary.synth.isin(args.synths)], out, args.presets, args.steps)}")
        return 0
    summary, speed, notes = rank_synths(args.synths, args.models, args.presets, args.steps, args.seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    summary.to_csv(out, index=False, float_format="%.4f")
    save_ranking_chart(summary, out, args.presets, args.steps)
    print(summary.groupby(["synth", "model"])["mean"].mean().unstack().round(3).to_string())
    print("clips/s:\n" + speed.round(1).to_string())
    print("\n".join(notes))
    print(f"wrote {out} and its chart (.svg, .png)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
