"""The synthesizers: parameter specs, where their engines are, and opening them.

A synth is one spec file in ``synthproxy/synths/specs/`` (or in a folder listed in the
``SYNTHPROXY_SPECS`` environment variable, or a path passed where a synth name is expected), found by
:mod:`synthproxy.synths.registry`; a synth with hand-crafted banks adds one adapter file beside it
(:mod:`synthproxy.presets.adapter`). Opening its engine is this module's job.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from synthproxy.render import Engine, RenderSettings
from synthproxy.synths.registry import SPEC_SUFFIXES, SPECS_DIR, get_spec, names, spec_dirs
from synthproxy.synths.spec import Parameter, SpecError, SynthSpec, load_spec, spec_from_dict, spec_to_toml

__all__ = [
    "Parameter",
    "SpecError",
    "SynthSpec",
    "SynthUnavailable",
    "Availability",
    "load_spec",
    "spec_from_dict",
    "spec_to_toml",
    "spec_dirs",
    "SPECS_DIR",
    "SPEC_SUFFIXES",
    "names",
    "get_spec",
    "plugin_path",
    "availability",
    "open_engine",
]


class SynthUnavailable(RuntimeError):
    """A synth's engine cannot be opened here; the message says why and what to do."""


def plugin_path(spec: SynthSpec) -> Path:
    """Where the plugin of a plugin-engine synth is: ``$<plugin_env>``, else the spec's default paths.

    Raises
    ------
    SynthUnavailable
        Naming the variable to set, and the path tried when it was set but wrong.
    """
    env = spec.plugin_env
    if env and os.environ.get(env):
        p = Path(os.environ[env]).expanduser()
        if not p.exists():
            raise SynthUnavailable(
                f"{spec.name}: {env}={p} does not exist; point {env} at the plugin file (.vst3 or .so)"
            )
        return p
    for cand in spec.plugin_paths:
        p = Path(cand).expanduser()
        if p.exists():
            return p
    tried = f" (looked in {', '.join(spec.plugin_paths)})" if spec.plugin_paths else ""
    if spec.plugin_uri:
        hint = f"install the LV2 bundle of {spec.plugin_uri} there (`make setup` builds the synths in third_party/)"
    else:
        hint = f"set {env} to the plugin's path" if env else "add plugin_paths to its spec"
    raise SynthUnavailable(f"{spec.name}: plugin not found{tried}; {hint}")


@dataclass(frozen=True)
class Availability:
    """Whether a synth can render here, and why not."""

    name: str
    available: bool
    reason: str
    parameters: int
    used: int


def availability(name: str | Path) -> Availability:
    """Whether a synth can be opened here (engine importable, plugin file present), without opening it."""
    try:
        spec = get_spec(name)
    except (KeyError, SpecError) as e:
        return Availability(str(name), False, str(e), 0, 0)
    n, u = len(spec.parameters), len(spec.used)
    try:
        if spec.engine == "dexed":
            import dexed  # noqa: F401
        else:
            import dawdreamer  # noqa: F401

            plugin_path(spec)
    except ImportError as e:
        return Availability(spec.name, False, f"engine not installed: {e}", n, u)
    except SynthUnavailable as e:
        return Availability(spec.name, False, str(e), n, u)
    return Availability(spec.name, True, "", n, u)


def open_engine(spec: SynthSpec | str | Path, settings: RenderSettings | None = None) -> Engine:
    """Open a synth's engine for rendering.

    Parameters
    ----------
    spec : SynthSpec, str or Path
        The synth (spec, name, or spec-file path).
    settings : RenderSettings, optional
        Render settings (defaults: :class:`RenderSettings`).

    Raises
    ------
    SynthUnavailable
        When the engine or plugin is missing, or the plugin does not match the spec.
    """
    if not isinstance(spec, SynthSpec):
        spec = get_spec(spec)
    from synthproxy.render import RenderSettings

    settings = settings or RenderSettings()
    if spec.engine == "dexed":
        try:
            from synthproxy.synths.dexed_engine import DexedEngine
        except ImportError as e:
            raise SynthUnavailable(f"{spec.name}: dexed-py is not installed ({e}); run `make setup`") from e
        return DexedEngine(spec, settings)
    path = plugin_path(spec)
    try:
        from synthproxy.synths.plugin import PluginEngine
    except ImportError as e:
        raise SynthUnavailable(f"{spec.name}: DawDreamer is not installed ({e}); run `make setup`") from e
    return PluginEngine(spec, settings, path)
