"""TAL-NoiseMaker preset files (an LV2 bundle's ``presets.ttl``): reading and writing.

The open-source TAL-NoiseMaker's LV2 build ships its 256 factory programs as an LV2 preset file
(Turtle). Each preset holds the plugin's own XML state and the value of every control port::

    <http://kunz.corrupt.ch/products/tal-noisemaker#preset001> a pset:Preset ;
        state:state [
            <urn:juce:stateString>
    \"\"\"
    <?xml version="1.0" encoding="UTF-8"?>
    <tal curprogram="0" version="1.7">
      <programs>
        <program programname="..." volume="0.408" filtertype="0" cutoff="1" ...>
          <splinePoints/>
        </program>
      </programs>
    </tal>
    \"\"\"
        ] ;
        lv2:port [ lv2:symbol "volume" ; pset:value 0.408000 ; ] , ... .

:func:`read_bank` reads the ``<program>`` elements (attribute names are the plugin's parameter names,
values normalized, as the spec ``talnm`` has them), applying the conversion the plugin makes when it
loads a program saved by a version before 1.7 (two filter types added: ``filtertype`` re-spaced);
programs saved before 1.6 are marked invalid (their combo-box values use an older layout).
:func:`write_bank` writes presets in the same format, as an LV2 preset bundle (``manifest.ttl`` and
``presets.ttl``) that LV2 hosts list for the plugin when the folder is in an LV2 path (checked with
lilv's ``lv2info``; loading them into the plugin was not checked: DawDreamer cannot load LV2 state).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np

from synthproxy.presets.bank import BankPreset
from synthproxy.synths.spec import SynthSpec

__all__ = ["PLUGIN_URI", "PRESET_FILE", "read_bank", "write_bank", "bank_name", "TalBankError"]

#: The plugin the presets apply to.
PLUGIN_URI: str = "http://kunz.corrupt.ch/products/tal-noisemaker"
#: How preset files end (the reader is chosen by this suffix).
PRESET_FILE: str = "presets.ttl"
#: Version the plugin writes in its state (1.7, written by JUCE as 1.6999999999999999556).
STATE_VERSION: float = 1.7
#: Filter types before version 1.7 (the plugin converts them on load) and since.
_OLD_FILTER_TYPES, _FILTER_TYPES = 10, 12
#: Attributes the plugin saves that are not synthesis parameters, with the values the writer gives them.
_GUI_ATTRIBUTES: dict[str, str] = {"tab1open": "1", "tab2open": "0", "tab3open": "0", "tab4open": "1"}

_STATE = re.compile(r'"""(.*?)"""', re.S)


class TalBankError(ValueError):
    """A file is not a TAL-NoiseMaker preset file (the message names the file and what is wrong)."""


def bank_name(path: str | Path) -> str:
    """A preset file's bank name: ``factory`` for ``factory.presets.ttl``; the bundle's name for ``presets.ttl``."""
    p = Path(path)
    stem = p.name[: -len(PRESET_FILE)].rstrip(".") if p.name.endswith(PRESET_FILE) else p.stem
    return stem or p.resolve().parent.name.removesuffix(".lv2")


def _check_spec(spec: SynthSpec) -> None:
    if spec.plugin_name != "TAL-NoiseMaker" or not spec.plugin_uri:
        raise ValueError(f"spec {spec.name!r} is not the open-source TAL-NoiseMaker's (spec talnm)")


def _f32(x: float) -> float:
    return float(np.float32(x))


def read_bank(path: str | Path, spec: SynthSpec) -> list[BankPreset]:
    """Read the presets of a TAL-NoiseMaker ``presets.ttl``.

    Parameters
    ----------
    path : str or Path
        An LV2 preset file of TAL-NoiseMaker (e.g. ``data/tal-noisemaker/factory.presets.ttl``, or the
        ``presets.ttl`` of the built bundle).
    spec : SynthSpec
        The spec ``talnm``; gives the order of ``values``.

    Returns
    -------
    list of BankPreset
        One per ``<program>``, in file order: ``values`` are the normalized values of all spec
        parameters (attribute of the same name; the spec's default where the program has none, as for
        the unnamed trigger ``port_77``); ``problems`` lists values outside 0..1 or not numbers, and
        programs saved before version 1.6.

    Raises
    ------
    TalBankError
        When the file holds no TAL-NoiseMaker state, or a state that is not valid XML (naming the preset).
    """
    _check_spec(spec)
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    states = _STATE.findall(text)
    if not states:
        raise TalBankError(f"{path}: no TAL-NoiseMaker preset state (no <tal> XML in triple quotes)")
    bank = bank_name(path)
    out: list[BankPreset] = []
    for k, state in enumerate(states):
        try:
            root = ET.fromstring(state.strip())
        except ET.ParseError as e:
            raise TalBankError(f"{path}: preset state #{k + 1} is not valid XML ({e})") from e
        if root.tag != "tal":
            raise TalBankError(f"{path}: preset state #{k + 1} is <{root.tag}>, not a TAL-NoiseMaker <tal> state")
        version = _f32(float(root.get("version", "1")))
        for program in root.iter("program"):
            out.append(_preset(program, spec, bank, len(out), version))
    return out


def _preset(program: ET.Element, spec: SynthSpec, bank: str, index: int, version: float) -> BankPreset:
    values = spec.defaults.copy()
    problems: list[str] = []
    if version < _f32(1.6):
        problems.append(f"saved by version {version:g} (< 1.6): its combo-box values use an older layout")
    for k, p in enumerate(spec.parameters):
        raw = program.get(p.name)
        if raw is None:
            continue
        try:
            x = float(raw)
        except ValueError:
            problems.append(f"{p.name}={raw!r} is not a number")
            continue
        if not (math.isfinite(x) and -1e-6 <= x <= 1 + 1e-6):
            problems.append(f"{p.name}={raw} is outside 0..1")
            continue
        if p.name == "filtertype" and version < _f32(STATE_VERSION):
            # the plugin's conversion on load (TalCore::setXmlPrograms, "2 new filter types")
            item = math.floor(_f32(x) * (_OLD_FILTER_TYPES - 1) + 1 + 0.5)
            x = (item - 1) / (_FILTER_TYPES - 1)
        values[k] = np.float32(min(max(x, 0.0), 1.0))
    return BankPreset(bank, index, program.get("programname", f"preset {index + 1}"), values, tuple(problems))


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
_PREFIXES = """\
@prefix atom:  <http://lv2plug.in/ns/ext/atom#> .
@prefix lv2:   <http://lv2plug.in/ns/lv2core#> .
@prefix owl:   <http://www.w3.org/2002/07/owl#> .
@prefix pset:  <http://lv2plug.in/ns/ext/presets#> .
@prefix rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
@prefix state: <http://lv2plug.in/ns/ext/state#> .
@prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .

<urn:juce:stateString>
    a owl:DatatypeProperty ;
    rdfs:label "Plugin state as string" ;
    rdfs:domain state:State ;
    rdfs:range xsd:string .

"""


def _port_symbol(name: str) -> str:
    """The LV2 port symbol of a spec parameter (unnamed slots are ``port_<n>`` in specs, ``lv2_port_<n>`` in LV2)."""
    return f"lv2_{name}" if re.fullmatch(r"port_\d+", name) else name


def _number(x: float) -> str:
    return repr(round(float(x), 9)).removesuffix(".0")


def _preset_ttl(uri: str, name: str, values: np.ndarray, spec: SynthSpec) -> str:
    attrs = {p.name: _number(v) for p, v in zip(spec.parameters, values) if not p.name.startswith("port_")}
    attrs.update(_GUI_ATTRIBUTES)
    xml_attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n\n<tal curprogram="0" version="{STATE_VERSION}">\n  <programs>\n'
        f"    <program programname={quoteattr(name)} {xml_attrs}>\n      <splinePoints/>\n    </program>\n"
        "  </programs>\n</tal>\n"
    )
    ports = " ,\n".join(
        f'    [\n        lv2:symbol "{_port_symbol(p.name)}" ;\n        pset:value {float(v):.6f} ;\n    ]'
        for p, v in zip(spec.parameters, values)
    )
    return (
        f"<{uri}> a pset:Preset ;\n    lv2:appliesTo <{PLUGIN_URI}> ;\n    rdfs:label {_turtle_string(name)} ;\n"
        f'    state:state [\n        <urn:juce:stateString>\n"""\n{xml}"""\n    ] ;\n\n    lv2:port\n{ports} .\n\n'
    )


def _turtle_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_bank(
    folder: str | Path, items: Sequence[tuple[str, np.ndarray]], spec: SynthSpec, bundle_name: str = "synthproxy"
) -> Path:
    """Write presets as an LV2 preset bundle of TAL-NoiseMaker that :func:`read_bank` reads back.

    Parameters
    ----------
    folder : str or Path
        The bundle folder to create (e.g. ``out/TAL-NoiseMaker-matches.lv2``); holds ``manifest.ttl``
        and ``presets.ttl``. Put it in ``~/.lv2`` to see the presets in an LV2 host's preset list.
    items : sequence of (name, values)
        Preset name and normalized values of all spec parameters (``spec.to_values``).
    spec : SynthSpec
        The spec ``talnm``.
    bundle_name : str
        Prefix of the presets' URIs (``urn:synthproxy:<bundle_name>#presetNNN``).

    Returns
    -------
    Path
        The ``presets.ttl`` written.
    """
    _check_spec(spec)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    body, manifest = (
        [_PREFIXES],
        [
            "@prefix lv2:  <http://lv2plug.in/ns/lv2core#> .",
            "@prefix pset: <http://lv2plug.in/ns/ext/presets#> .",
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
            "",
        ],
    )
    for k, (name, values) in enumerate(items, 1):
        v = np.asarray(values, dtype=np.float32)
        if v.shape != (len(spec.parameters),):
            raise ValueError(f"preset {k} ({name!r}): expected {len(spec.parameters)} values, got shape {v.shape}")
        uri = f"urn:synthproxy:{bundle_name}#preset{k:03d}"
        body.append(_preset_ttl(uri, name, v, spec))
        manifest += [
            f"<{uri}>",
            "    a pset:Preset ;",
            f"    lv2:appliesTo <{PLUGIN_URI}> ;",
            f"    rdfs:label {_turtle_string(name)} ;",
            f"    rdfs:seeAlso <{PRESET_FILE}> .",
            "",
        ]
    (folder / "manifest.ttl").write_text("\n".join(manifest), encoding="utf-8")
    out = folder / PRESET_FILE
    out.write_text("".join(body), encoding="utf-8")
    return out
