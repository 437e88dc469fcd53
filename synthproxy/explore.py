"""The explorer: move a preset's parameters, hear it, and see where the proxy puts it.

An :class:`Explorer` holds a synth, its proxy and a bank of hand-crafted presets (a
:class:`synthproxy.match.SoundMatcher` with its bank set). For any preset it gives a :class:`View`:
the render, the audio model's embedding of it, the proxy's prediction from the preset alone, and
the preset's nearest hand-crafted neighbours in the proxy's space. :meth:`Explorer.path` walks from
one preset to another *through the proxy's space*: the straight line between the two presets'
proxy embeddings, each point of it turned back into a preset by gradient descent through the proxy
(:meth:`~synthproxy.match.SoundMatcher.refine`), starting from the blend of the two presets.
:func:`explorer_widget` wires all of it to ipywidgets; :func:`view_outputs` and :func:`path_outputs`
give static outputs (audio players, figures, tables) for pages that do not run widgets.

Shown in use in ``notebooks/07_explore.ipynb``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.match import (
    Bank,
    SoundMatcher,
    audio_player,
    default_bank,
    embedding_distance,
    find_checkpoint,
    markdown_text,
)

__all__ = [
    "View",
    "PresetPath",
    "Explorer",
    "blend_presets",
    "plot_path",
    "path_audio",
    "view_outputs",
    "path_outputs",
    "explorer_widget",
    "NEIGHBOURS",
    "PATH_STEPS",
    "PATH_REFINE_STEPS",
]

#: Hand-crafted neighbours listed per view.
NEIGHBOURS: int = 5
#: Points of an interpolation path (both ends included), and gradient steps that turn each into a preset.
PATH_STEPS: int = 7
PATH_REFINE_STEPS: int = 60
#: Silence between the sounds of a path when they are played one after the other, seconds.
PATH_GAP_S: float = 0.15
#: Embedding dimensions drawn by the view's figure.
PLOT_DIMS: int = 64


@dataclass
class View:
    """One preset as the explorer shows it.

    Attributes
    ----------
    preset : ndarray, shape (n_used,)
    name : str
    audio : ndarray, shape (samples,)
    embedding : ndarray, shape (D,)
        The audio model's embedding of the render.
    predicted : ndarray, shape (D,)
        The proxy's embedding of the preset (no rendering).
    l1 : float
        Mean absolute difference between the two.
    neighbours : pandas.DataFrame
        The nearest bank presets to ``predicted`` in the proxy's space: ``bank``, ``name``, ``proxy_l1``.
    sample_rate : int

    Shown in use in ``notebooks/07_explore.ipynb``.
    """

    preset: np.ndarray
    name: str
    audio: np.ndarray
    embedding: np.ndarray
    predicted: np.ndarray
    l1: float
    neighbours: Any
    sample_rate: int


@dataclass
class PresetPath:
    """A walk between two presets through the proxy's space.

    Attributes
    ----------
    t : ndarray, shape (steps,)
        Position on the line, 0 (first preset) to 1 (second).
    presets : ndarray, shape (steps, n_used)
    audio : ndarray, shape (steps, samples)
    targets : ndarray, shape (steps, D)
        Points of the straight line between the two presets' proxy embeddings.
    predicted : ndarray, shape (steps, D)
        The proxy's embeddings of the path's presets.
    embeddings : ndarray, shape (steps, D)
        The audio model's embeddings of their renders.
    names : tuple of str
        The two end presets.
    sample_rate : int

    Shown in use in ``notebooks/07_explore.ipynb``.
    """

    t: np.ndarray
    presets: np.ndarray
    audio: np.ndarray
    targets: np.ndarray
    predicted: np.ndarray
    embeddings: np.ndarray
    names: tuple[str, str]
    sample_rate: int


def blend_presets(spec: Any, a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Presets between ``a`` and ``b``: numeric values interpolated linearly, categorical and binary ones
    taken from ``a`` before the middle and from ``b`` after; snapped to the spec.

    Parameters
    ----------
    spec : SynthSpec
    a, b : ndarray, shape (n_used,)
    t : ndarray, shape (steps,)
        Positions, 0 = ``a``, 1 = ``b``.

    Returns
    -------
    ndarray, shape (steps, n_used), float32

    Shown in use in ``notebooks/07_explore.ipynb``.
    """
    t = np.asarray(t, dtype=np.float64)[:, None]
    switched = np.array([p.type in ("cat", "bin") for p in spec.used])
    lerp = (1 - t) * a + t * b
    jump = np.where(t < 0.5, a, b)
    return spec.snap(np.where(switched, jump, lerp))


class Explorer:
    """A synth's presets, their sounds and the proxy's view of them.

    Parameters
    ----------
    matcher : SoundMatcher
        With its bank set (the hand-crafted presets to pick from and to find neighbours in).

    Shown in use in ``notebooks/07_explore.ipynb``.
    """

    def __init__(self, matcher: SoundMatcher) -> None:
        if matcher.bank is None:
            raise ValueError("the explorer needs a matcher with a bank (SoundMatcher.set_bank)")
        self.matcher = matcher
        self.spec = matcher.spec
        self.bank: Bank = matcher.bank

    @classmethod
    def from_checkpoint(
        cls, checkpoint: str | Path, synth: str | None = None, *, max_bank: int | None = None, seed: int = 0
    ) -> Explorer:
        """An explorer of the synth a proxy was trained for, over (at most ``max_bank`` of) its
        hand-crafted presets (:func:`synthproxy.match.default_bank`).

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        matcher = SoundMatcher.from_checkpoint(checkpoint, synth)
        matcher.set_bank(default_bank(matcher.spec).sample(max_bank, seed))
        return cls(matcher)

    # -- presets -----------------------------------------------------------------------------------
    def bank_preset(self, index: int) -> tuple[np.ndarray, str]:
        """Bank preset ``index`` and its label.

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        return self.bank.presets[index].copy(), self.bank.label(index)

    def random_preset(self, seed: int) -> tuple[np.ndarray, str]:
        """A random preset of the spec (preset 0 of dataset ``seed``) and its label.

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        from synthproxy.presets.sampling import random_preset

        return random_preset(self.spec, seed, 0), f"random (seed {seed})"

    # -- views ---------------------------------------------------------------------------------------
    def neighbours(self, predicted: np.ndarray, k: int = NEIGHBOURS, exclude: np.ndarray | None = None) -> Any:
        """The ``k`` bank presets nearest a proxy embedding (``exclude``: a preset left out), as a
        ``pandas.DataFrame`` (``bank``, ``name``, ``proxy_l1``; index ``rank`` from 1).

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        import pandas as pd

        bank_embeddings = self.matcher.bank_embeddings
        if bank_embeddings is None:
            raise ValueError("the explorer needs a matcher with a bank (SoundMatcher.set_bank)")
        d = embedding_distance(bank_embeddings, predicted)
        if exclude is not None:
            d = np.where(np.all(self.bank.presets == exclude, axis=1), np.inf, d)
        order = np.argsort(d, kind="stable")[:k]
        return pd.DataFrame(
            {
                "bank": [self.bank.sources[i] for i in order],
                "name": [self.bank.names[i] for i in order],
                "proxy_l1": np.round(d[order], 4),
            },
            index=pd.RangeIndex(1, len(order) + 1, name="rank"),
        )

    def view(self, preset: np.ndarray, name: str = "preset", k: int = NEIGHBOURS) -> View:
        """Render a preset, embed the render, predict its embedding with the proxy, find its neighbours.

        Parameters
        ----------
        preset : ndarray, shape (n_used,)
            Snapped to the spec first.
        name : str
        k : int
            Neighbours listed.

        Returns
        -------
        View

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        preset = self.spec.snap(np.asarray(preset, np.float32))
        audio, _ = self.matcher.render(preset[None])
        embedding = self.matcher.audio_embeddings(audio)[0]
        predicted = self.matcher.proxy_embeddings(preset[None])[0]
        return View(
            preset,
            name,
            audio[0],
            embedding,
            predicted,
            float(np.abs(embedding - predicted).mean()),
            self.neighbours(predicted, k, exclude=preset),
            self.matcher.settings.sample_rate,
        )

    def path(
        self,
        a: np.ndarray,
        b: np.ndarray,
        steps: int = PATH_STEPS,
        refine_steps: int = PATH_REFINE_STEPS,
        names: tuple[str, str] = ("A", "B"),
    ) -> PresetPath:
        """Walk from preset ``a`` to preset ``b`` along the straight line between their proxy embeddings.

        Each inner point of the line becomes a preset by :meth:`SoundMatcher.refine` from
        :func:`blend_presets` of the two; the ends are ``a`` and ``b`` themselves. Every preset is
        rendered and embedded, so the proxy's straight line can be compared with the real sounds.

        Returns
        -------
        PresetPath

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        if steps < 2:
            raise ValueError(f"a path needs at least 2 points, got {steps}")
        m = self.matcher
        t = np.linspace(0.0, 1.0, steps)
        ends = m.proxy_embeddings(np.stack([a, b]))
        targets = (1 - t[:, None]) * ends[0] + t[:, None] * ends[1]
        starts = blend_presets(self.spec, a, b, t)
        presets = starts.copy()
        if steps > 2 and refine_steps > 0:
            presets[1:-1] = m.refine(starts[1:-1], targets[1:-1], refine_steps).presets
        presets[0], presets[-1] = starts[0], starts[-1]
        audio, _ = m.render(presets)
        return PresetPath(
            t,
            presets,
            audio,
            targets.astype(np.float32),
            m.proxy_embeddings(presets),
            m.audio_embeddings(audio),
            names,
            m.settings.sample_rate,
        )

    def controls(self, preset: np.ndarray) -> list[Any]:
        """One ipywidget per used parameter, set to ``preset`` (sliders, drop-downs, check boxes).

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        import ipywidgets as w

        out = []
        style, layout = {"description_width": "140px"}, w.Layout(width="330px")
        for p, v in zip(self.spec.used, preset):
            kw = dict(description=p.name, style=style, layout=layout, continuous_update=False)
            if p.type == "cat":
                opts = [(p.labels[c] if p.labels else str(c), int(c)) for c in p.allowed]
                value = int(p.step_index(p.values[int(round(v))]))  # an excluded class shows as the nearest allowed
                out.append(w.Dropdown(options=opts, value=value, description=p.name, style=style, layout=layout))
            elif p.type == "bin":
                out.append(
                    w.Checkbox(value=bool(v > 0.5), description=p.name, style=style, layout=layout, indent=False)
                )
            elif p.is_continuous:
                out.append(w.FloatSlider(value=float(v), min=p.interval[0], max=p.interval[1], step=0.001, **kw))
            else:
                out.append(w.IntSlider(value=int(p.step_index(v)), min=0, max=p.cardinality - 1, **kw))
        return out

    def preset_from_controls(self, controls: list[Any]) -> np.ndarray:
        """The preset the controls of :meth:`controls` show, snapped to the spec.

        Shown in use in ``notebooks/07_explore.ipynb``.
        """
        x = np.zeros(len(self.spec.used), np.float32)
        for i, (p, c) in enumerate(zip(self.spec.used, controls)):
            if p.type == "cat":
                x[i] = c.value
            elif p.type == "bin":
                x[i] = 1.0 if c.value else 0.0
            elif p.is_continuous:
                x[i] = c.value
            else:
                x[i] = p.values[c.value]
        return self.spec.snap(x)


# ---------------------------------------------------------------------------------------------
# Static outputs
# ---------------------------------------------------------------------------------------------
def path_audio(path: PresetPath, gap_s: float = PATH_GAP_S) -> np.ndarray:
    """The path's sounds one after the other, with ``gap_s`` seconds of silence between them, shape (samples,).

    Shown in use in ``notebooks/07_explore.ipynb``.
    """
    gap = np.zeros(int(gap_s * path.sample_rate), np.float32)
    return np.concatenate([x for a in path.audio for x in (a, gap)][:-1])


def plot_path(path: PresetPath):
    """How far each point of a path is from the two ends, in the proxy's space (the straight line: dashed)
    and in the real embeddings of the renders (solid), plus how far the proxy's embedding of each
    path preset lands from its point on the line.

    Returns
    -------
    matplotlib.figure.Figure

    Shown in use in ``notebooks/07_explore.ipynb``.
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 3.2), constrained_layout=True)
    for k, name in enumerate(path.names):
        end = -1 if k else 0
        ax.plot(
            path.t,
            embedding_distance(path.embeddings, path.embeddings[end]),
            "o-",
            color=f"C{k}",
            label=f"real: to {name}",
        )
        ax.plot(
            path.t,
            embedding_distance(path.targets, path.targets[end]),
            "--",
            color=f"C{k}",
            label=f"proxy line: to {name}",
        )
    ax.plot(
        path.t,
        embedding_distance(path.predicted, path.targets),
        "k:",
        label="proxy of each path preset\nto its point on the line",
    )
    ax.set_xlabel(f"position on the path ({path.names[0]} = 0, {path.names[1]} = 1)")
    ax.set_ylabel("embedding L1")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def view_outputs(view: View) -> list[Any]:
    """Static outputs of a view for ``display(*...)``: an audio player, the embeddings figure, the neighbours.

    Shown in use in ``notebooks/07_explore.ipynb``.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Markdown

    from synthproxy.plots import plot_embeddings

    fig = plot_embeddings(view.embedding[None], view.predicted[None], [view.name], dims=PLOT_DIMS)
    plt.close(fig)
    return [
        Markdown(f"**{markdown_text(view.name)}**: proxy vs. real embedding, L1 {view.l1:.4f}"),
        audio_player(view.audio, view.sample_rate),
        fig,
        view.neighbours,
    ]


def path_outputs(path: PresetPath) -> list[Any]:
    """Static outputs of a path: an audio player of the whole walk and :func:`plot_path`.

    Shown in use in ``notebooks/07_explore.ipynb``.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Markdown

    fig = plot_path(path)
    plt.close(fig)
    return [
        Markdown(f"**{markdown_text(path.names[0])}** to **{markdown_text(path.names[1])}** in {len(path.t)} steps"),
        audio_player(path_audio(path), path.sample_rate),
        fig,
    ]


# ---------------------------------------------------------------------------------------------
# The widget
# ---------------------------------------------------------------------------------------------
def _fill(out: Any, objects: list[Any]) -> None:
    """Replace an Output widget's content by the display of ``objects``.

    The outputs are set as the widget's state (``append_display_data``), not captured with
    ``with out:``: a capture makes a headless executor (nbclient, under papermill) mimic the
    front end and write back to the kernel mid-cell, which intermittently hangs the execution
    (jupyter/nbclient#312, jupyter/nbconvert#2029).
    """
    out.outputs = ()
    for obj in objects:
        out.append_display_data(obj)


def _synths_with_proxies(current: str) -> list[str]:
    from synthproxy.synths import names

    return sorted({current} | {s for s in names() if find_checkpoint(s) is not None})


def explorer_widget(explorer: Explorer, max_bank: int | None = None) -> Any:
    """An ipywidgets explorer: pick a synth and a preset (bank or random), move its parameters, hear it,
    compare the proxy's prediction with the real embedding, list its hand-crafted neighbours, and walk
    between two bank presets through the proxy's space.

    Parameters
    ----------
    explorer : Explorer
        The synth shown first.
    max_bank : int, optional
        Bank size of the explorers built when another synth is picked (its proxy from
        :func:`synthproxy.match.find_checkpoint`).

    Returns
    -------
    ipywidgets.VBox

    Shown in use in ``notebooks/07_explore.ipynb``.
    """
    import ipywidgets as w

    state: dict[str, Any] = {"explorer": explorer, "quiet": False, "name": "preset"}
    synth = w.Dropdown(options=_synths_with_proxies(explorer.spec.name), value=explorer.spec.name, description="synth")
    bank_pick = w.Dropdown(description="bank preset", layout=w.Layout(width="420px"))
    seed = w.BoundedIntText(value=0, min=0, max=2**31 - 1, description="seed", layout=w.Layout(width="160px"))
    random_button = w.Button(description="random preset")
    sliders = w.GridBox(
        layout=w.Layout(grid_template_columns="repeat(auto-fill, 340px)", max_height="320px", overflow="auto")
    )
    view_out = w.Output()
    path_a = w.Dropdown(description="from", layout=w.Layout(width="420px"))
    path_b = w.Dropdown(description="to", layout=w.Layout(width="420px"))
    path_steps = w.IntSlider(value=PATH_STEPS, min=2, max=15, description="steps", continuous_update=False)
    path_button = w.Button(description="walk")
    path_out = w.Output()

    def refresh(*_: Any) -> None:
        if state["quiet"]:
            return
        ex = state["explorer"]
        view = ex.view(ex.preset_from_controls(list(sliders.children)), state["name"])
        _fill(view_out, view_outputs(view))

    def show(preset: np.ndarray, name: str) -> None:
        controls = state["explorer"].controls(preset)
        for c in controls:
            c.observe(refresh, names="value")
        sliders.children = controls
        state["name"] = name
        refresh()

    def load(ex: Explorer) -> None:
        state["explorer"], state["quiet"] = ex, True
        labels = [(ex.bank.label(i), i) for i in range(len(ex.bank))]
        for d in (bank_pick, path_a, path_b):
            d.options = labels
        bank_pick.value, path_a.value, path_b.value = 0, 0, min(1, len(labels) - 1)
        state["quiet"] = False
        show(*ex.bank_preset(0))

    def on_synth(change: dict) -> None:
        if change["new"] == state["explorer"].spec.name:
            return
        try:
            checkpoint = find_checkpoint(change["new"])
            if checkpoint is None:
                raise ValueError("no proxy checkpoint for this synth")
            other = Explorer.from_checkpoint(checkpoint, change["new"], max_bank=max_bank)
        except (ValueError, RuntimeError) as e:  # a proxy or synth that cannot load here: say why, keep the old one
            view_out.outputs = ()
            view_out.append_stdout(f"{change['new']}: {e}\n")
            return
        load(other)

    def on_pick(change: dict) -> None:
        if not state["quiet"]:
            show(*state["explorer"].bank_preset(change["new"]))

    def on_walk(_: Any) -> None:
        ex = state["explorer"]
        (a, na), (b, nb) = ex.bank_preset(path_a.value), ex.bank_preset(path_b.value)
        path = ex.path(a, b, path_steps.value, names=(na, nb))
        _fill(path_out, path_outputs(path))

    synth.observe(on_synth, names="value")
    bank_pick.observe(on_pick, names="value")
    random_button.on_click(lambda _: show(*state["explorer"].random_preset(seed.value)))
    path_button.on_click(on_walk)
    load(explorer)
    return w.VBox(
        [
            w.HBox([synth, bank_pick]),
            w.HBox([seed, random_button]),
            w.HTML("<b>parameters</b> (normalized values; categories by name)"),
            sliders,
            view_out,
            w.HTML("<b>interpolation through the proxy's space</b>"),
            w.HBox([path_a, path_b]),
            w.HBox([path_steps, path_button]),
            path_out,
        ]
    )
