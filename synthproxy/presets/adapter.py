"""What a synth needs beyond its parameter spec: its bank format, shipped banks and sound-attribute sweeps.

A synth is a spec file, ``<name>.toml`` in ``synthproxy/synths/specs/`` (or in a folder of
``$SYNTHPROXY_SPECS``). That is enough for random datasets, training and evaluation. A synth with
hand-crafted presets or sound-attribute sweeps adds **one adapter file next to its spec**,
``<name>.py``, which defines ``ADAPTER = SynthAdapter(...)``:

- ``bank_format`` (:class:`BankFormat`): how a bank file is recognised (its file-name ending), read
  into :class:`~synthproxy.presets.bank.BankPreset` values and written back (sound matching
  exports its matches in it), and how many presets one file holds;
- ``bank_folders``, ``is_test_bank`` and ``is_validation_bank``: the hand-crafted banks shipped for it
  and which of them are test and validation banks (:func:`handcrafted_banks`);
- ``split_file``, ``sound_keys`` and ``near_copy_distance``: the committed list of which preset is in
  which split once near-copies of test presets are removed, and what a near-copy is
  (:mod:`synthproxy.presets.split`);
- ``attributes`` and ``roles``: its table of the study's sound-attribute sweeps (chapter 1), see
  :mod:`synthproxy.sweeps`;
- ``optimizer_table``: which of the original study's optimiser tables gives its training defaults.

Nothing else in the package is keyed by synth name. ``synthproxy/synths/specs/amsynth.py`` is the
worked example (``book/how_to_run.md``). A spec without an adapter file gets :data:`NO_ADAPTER`.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.presets.bank import BankPreset
from synthproxy.synths.registry import spec_dirs
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "BankFormat",
    "SynthAdapter",
    "NO_ADAPTER",
    "adapter_for",
    "adapter_file",
    "handcrafted_banks",
    "bank_split",
    "BANK_SPLITS",
]

#: Splits of a synth's shipped banks (:func:`handcrafted_banks`).
BANK_SPLITS: tuple[str, ...] = ("test", "val", "train", "all")


@dataclass(frozen=True)
class BankFormat:
    """One bank-file format of hand-crafted presets.

    Attributes
    ----------
    suffix : str
        File-name ending that marks the format, compared without case (``".syx"``, ``".bank"``,
        ``"presets.ttl"``).
    read : callable
        ``read(path, spec) -> list[BankPreset]``; raises ``ValueError`` or ``OSError`` naming the file
        when it cannot be read.
    write : callable
        ``write(path, items, spec) -> Path``: ``items`` is a sequence of ``(name, values)``, values being
        normalized values of all spec parameters, shape (n_parameters,); returns what was written.
    capacity : int
        Most presets one file holds.
    file_name : str
        Name of a bank written by sound matching (``matches.syx``, ...).
    """

    suffix: str
    read: Callable[[Path, SynthSpec], list[BankPreset]]
    write: Callable[[Path, Sequence[tuple[str, np.ndarray]], SynthSpec], Path]
    capacity: int
    file_name: str

    def matches(self, path: str | Path) -> bool:
        """Whether a file name has this format's ending."""
        return Path(path).name.lower().endswith(self.suffix.lower())


def _every_bank_is_a_test_bank(path: Path) -> bool:
    return True


def _no_validation_bank(path: Path) -> bool:
    return False


@dataclass(frozen=True)
class SynthAdapter:
    """A synth's knowledge beyond its spec (see the module docstring); every field is optional.

    Attributes
    ----------
    bank_format : BankFormat or None
        Its hand-crafted bank format; None when it has none.
    bank_folders : tuple of Path
        Folders of the banks shipped for it (searched non-recursively for files of ``bank_format``).
    is_test_bank : callable
        ``is_test_bank(path) -> bool``: which shipped banks are test banks (never trained on).
    is_validation_bank : callable
        ``is_validation_bank(path) -> bool``: which of the other banks are validation banks (none by
        default); the remaining ones are training banks.
    split_file : Path or None
        The committed split of its presets (:mod:`synthproxy.presets.split`); None: computed when asked for.
    sound_keys : callable or None
        ``sound_keys(path, spec) -> ndarray, shape (n_presets, k)``: what makes two presets of a bank
        sound the same, one row per preset in bank order; two presets are near-copies when at most
        ``near_copy_distance`` of their ``k`` entries differ. None: the preset vectors reduced to the spec
        (:func:`synthproxy.presets.handcrafted.reduce_to_spec`), so the distance is the number of used
        parameters that differ.
    near_copy_distance : int
        Most differing entries of ``sound_keys`` of a near-copy (0: exact copies only).
    attributes : mapping
        Sound attribute -> ``{"sweep": [...], "range": [first, last], "set": {...}}`` (:mod:`synthproxy.sweeps`).
    missing_attributes : mapping
        Attributes of the study this synth cannot express, and why.
    roles : callable or None
        ``roles(spec, values) -> {"carrier": [...], "modulator": [...]}``: what ``{role}`` in an attribute
        table's parameter names stands for, given a base preset.
    optimizer_table : str
        The original study's optimiser table (:data:`synthproxy.train.STUDY_OPTIMIZERS`) its training
        defaults come from.
    """

    bank_format: BankFormat | None = None
    bank_folders: tuple[Path, ...] = ()
    is_test_bank: Callable[[Path], bool] = _every_bank_is_a_test_bank
    is_validation_bank: Callable[[Path], bool] = _no_validation_bank
    split_file: Path | None = None
    sound_keys: Callable[[Path, SynthSpec], np.ndarray] | None = None
    near_copy_distance: int = 0
    attributes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    missing_attributes: Mapping[str, str] = field(default_factory=dict)
    roles: Callable[[SynthSpec, np.ndarray], dict[str, list[int]]] | None = None
    optimizer_table: str = "dexed"


#: The adapter of a synth without an adapter file: no banks, no attribute table, Dexed's optimiser table.
NO_ADAPTER = SynthAdapter()


def adapter_file(spec: SynthSpec | str) -> Path | None:
    """The adapter file of a synth: ``<spec file stem>.py`` beside its spec file, else in the spec folders."""
    source = getattr(spec, "source", None)
    name = spec.name if isinstance(spec, SynthSpec) else str(spec)
    candidates = [Path(source).with_suffix(".py")] if source else []
    candidates += [d / f"{name}.py" for d in spec_dirs()]
    return next((c for c in candidates if c.is_file()), None)


@functools.cache
def _load(path: Path) -> SynthAdapter:
    module_name = "synthproxy_adapter_" + "".join(c if c.isalnum() else "_" for c in path.stem)
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: cannot be loaded as a synth adapter")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    adapter = getattr(module, "ADAPTER", None)
    if not isinstance(adapter, SynthAdapter):
        raise TypeError(f"{path}: a synth adapter file must define ADAPTER = SynthAdapter(...)")
    return adapter


def adapter_for(spec: SynthSpec | str) -> SynthAdapter:
    """The :class:`SynthAdapter` of a synth (by spec or name); :data:`NO_ADAPTER` when it has no adapter file."""
    path = adapter_file(spec)
    return _load(path.resolve()) if path is not None else NO_ADAPTER


def handcrafted_banks(synth: SynthSpec | str, split: str = "test") -> list[Path]:
    """Hand-crafted bank files shipped for a synth, for one use, sorted within each folder.

    The split of whole files; the presets of a split are :func:`synthproxy.presets.split.split_presets`,
    which also leaves out the near-copies of test presets found in validation and training banks.

    Parameters
    ----------
    synth : SynthSpec or str
    split : {"test", "val", "train", "all"}
        ``"test"``: the banks the adapter's ``is_test_bank`` marks (evaluation only, never trained on);
        ``"val"``: the other banks its ``is_validation_bank`` marks; ``"train"``: the rest; ``"all"``: every bank.

    Returns
    -------
    list of Path
        Empty for a synth without a bank format or shipped banks.

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    if split not in BANK_SPLITS:
        raise ValueError(f"unknown split {split!r}; use {', '.join(BANK_SPLITS)}")
    adapter = adapter_for(synth)
    fmt = adapter.bank_format
    if fmt is None:
        return []
    files = [f for root in adapter.bank_folders for f in sorted(Path(root).glob("*")) if f.is_file() and fmt.matches(f)]
    return [f for f in files if split == "all" or bank_split(adapter, f) == split]


def bank_split(adapter: SynthAdapter, path: Path) -> str:
    """The split of one bank file by its adapter's rules: ``"test"``, ``"val"`` or ``"train"``."""
    if adapter.is_test_bank(path):
        return "test"
    return "val" if adapter.is_validation_bank(path) else "train"
