"""Small plotting helpers used by the notebooks (matplotlib; static images that show offline).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


def log_spectrogram(
    audio: np.ndarray, sample_rate: int, n_fft: int = 2048, hop: int = 512
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Magnitude spectrogram in dB.

    Returns
    -------
    db : ndarray, shape (n_fft // 2 + 1, frames)
    times : ndarray, shape (frames,), seconds
    freqs : ndarray, shape (n_fft // 2 + 1,), Hz
    """
    from scipy.signal import stft

    freqs, times, z = stft(np.asarray(audio, np.float64), fs=sample_rate, nperseg=n_fft, noverlap=n_fft - hop)
    return 20 * np.log10(np.abs(z) + 1e-6), times, freqs


def plot_sounds(sounds: Sequence[np.ndarray], sample_rate: int, titles: Sequence[str], max_hz: float = 8000.0):
    """Waveform (top) and spectrogram (bottom) of each sound, side by side.

    Parameters
    ----------
    sounds : sequence of ndarray, each shape (samples,)
    sample_rate : int
        Hz.
    titles : sequence of str
    max_hz : float
        Upper frequency limit of the spectrograms.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt

    n = len(sounds)
    fig, axes = plt.subplots(
        2,
        n,
        figsize=(3.2 * n, 4.2),
        squeeze=False,
        sharex="col",
        gridspec_kw={"height_ratios": [1, 2]},
        constrained_layout=True,
    )
    for k, (x, title) in enumerate(zip(sounds, titles)):
        t = np.arange(len(x)) / sample_rate
        axes[0, k].plot(t, x, lw=0.4, color="#2a6f97")
        axes[0, k].set_title(title, fontsize=9)
        axes[0, k].set_ylim(-1, 1)
        db, times, freqs = log_spectrogram(x, sample_rate)
        keep = freqs <= max_hz
        mesh = axes[1, k].pcolormesh(
            times, freqs[keep], db[keep] - db.max(), shading="auto", vmin=-80, vmax=0, cmap="magma"
        )
        axes[1, k].set_xlabel("time (s)")
    axes[0, 0].set_ylabel("amplitude")
    axes[1, 0].set_ylabel("frequency (Hz)")
    if n:
        fig.colorbar(mesh, ax=axes[1, :].tolist(), label="dB (re. each sound's peak)", shrink=0.9, pad=0.01)
    return fig


def audio_table(
    rows: Mapping[str, Sequence[np.ndarray | None]],
    sample_rate: int,
    columns: Sequence[str] | None = None,
    captions: Mapping[str, Sequence[str]] | None = None,
):
    """Labelled audio players in a table: one row per label, one player per sound.

    The players embed their sounds as WAV data (no file, no network), so the table plays in an offline book.

    Parameters
    ----------
    rows : dict of str to sequence of ndarray, each shape (samples,), or None
        Row label -> its sounds (``None``, or a shorter row, leaves cells empty).
    sample_rate : int
        Hz.
    columns : sequence of str, optional
        Column headers (default ``1, 2, ...``).
    captions : dict of str to sequence of str, optional
        Row label -> a line under each of its players (e.g. the preset's name and its distance).

    Returns
    -------
    IPython.display.HTML

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    import html

    from IPython.display import HTML, Audio

    width = max((len(v) for v in rows.values()), default=0)
    heads = list(columns) if columns is not None else [str(k + 1) for k in range(width)]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
    body = []
    for label, sounds in rows.items():
        cells = []
        notes = list((captions or {}).get(label, []))
        for k, x in enumerate(sounds):
            if x is None:
                cells.append("<td></td>")
                continue
            a = np.asarray(x, np.float32)
            player = Audio(a, rate=sample_rate, normalize=bool(a.size and np.abs(a).max() > 0))._repr_html_()
            note = f"<br><small>{html.escape(notes[k])}</small>" if k < len(notes) else ""
            cells.append(f"<td>{player}{note}</td>")
        cells += ["<td></td>"] * (len(heads) - len(sounds))
        body.append(f"<tr><th>{html.escape(label)}</th>{''.join(cells)}</tr>")
    return HTML(
        f"<table class='audio-table'><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def plot_embeddings(true: np.ndarray, predicted: np.ndarray, titles: Sequence[str], dims: int = 64):
    """Audio embeddings next to an encoder's predictions, one panel per preset.

    Parameters
    ----------
    true, predicted : ndarray, shape (n, D)
        Audio-model embeddings and preset-encoder outputs of the same presets.
    titles : sequence of str
        One per preset.
    dims : int
        Embedding dimensions shown (the first ``dims``).

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    import matplotlib.pyplot as plt

    n = len(true)
    fig, axes = plt.subplots(n, 1, figsize=(9, 1.6 * n), sharex=True, squeeze=False, constrained_layout=True)
    for k in range(n):
        ax = axes[k, 0]
        ax.plot(true[k, :dims], color="k", lw=1.2, label="audio embedding g(s(x))")
        ax.plot(predicted[k, :dims], color="C1", lw=1.2, ls="--", label="preset encoder f(x)")
        ax.set_title(f"{titles[k]}  (L1 {np.abs(true[k] - predicted[k]).mean():.3f})", fontsize=9)
    axes[0, 0].legend(loc="upper right", fontsize=8)
    axes[-1, 0].set_xlabel("embedding dimension")
    return fig


def plot_scaling(runs, metric: str = "val_mrr_preset_to_audio"):
    """Validation MRR of the plain MLP against its number of training presets, with and without the contrastive term.

    Parameters
    ----------
    runs : pandas.DataFrame
        The cpu-long runs table (:func:`synthproxy.figures.cpu_long_runs`): columns ``synth``, ``arch``,
        ``train_presets``, ``contrastive`` and ``metric``.
    metric : str
        Column plotted (default: MRR of preset queries among 512 audio embeddings).

    Returns
    -------
    matplotlib.figure.Figure
        One panel per synth, log2 x axis.

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    import matplotlib.pyplot as plt

    mlp = runs[runs["arch"] == "mlp"]
    synths = sorted(mlp["synth"].unique())
    fig, axes = plt.subplots(1, len(synths), figsize=(4.5 * len(synths), 3.2), squeeze=False, sharey=True)
    for ax, synth in zip(axes[0], synths):
        for c, g in mlp[mlp["synth"] == synth].groupby("contrastive"):
            g = g.sort_values("train_presets")
            ax.plot(g["train_presets"], g[metric], marker="o", label="L1 + contrastive" if c else "L1 only")
        ax.set_xscale("log", base=2)
        ax.set(title=f"{synth}: MLP", xlabel="training presets", ylim=(0, None))
        ax.grid(alpha=0.3)
    axes[0][0].set_ylabel("validation MRR (preset queries)")
    axes[0][0].legend()
    fig.tight_layout()
    return fig


def plot_hpo(trials, title: str = ""):
    """Validation MRR of each trial of a hyper-parameter search, in the order they ran, and the best so far.

    Parameters
    ----------
    trials : pandas.DataFrame
        A search's ``trials.csv`` (:func:`synthproxy.hpo.trials_table`): columns ``trial``, ``sampler``
        (``sobol`` or ``tpe``), ``state`` and ``val_mrr``.
    title : str

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/03_train.ipynb``.
    """
    import matplotlib.pyplot as plt

    done = trials[trials["state"] == "complete"].sort_values("trial")
    fig, ax = plt.subplots(figsize=(7, 3.2), constrained_layout=True)
    for sampler, marker in (("sobol", "o"), ("tpe", "s")):
        part = done[done["sampler"] == sampler]
        if len(part):
            ax.scatter(part["trial"], part["val_mrr"], marker=marker, label=f"{sampler} trials", zorder=3)
    ax.plot(done["trial"], done["val_mrr"].cummax(), color="k", lw=1, label="best so far")
    ax.set(xlabel="trial", ylabel="validation MRR (preset queries)", title=title, ylim=(0, None))
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    return fig
