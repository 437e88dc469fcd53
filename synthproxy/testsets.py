"""The test sets evaluation reads, made at the data stage: a synth's random and hand-crafted test stores.

Evaluation (:mod:`synthproxy.evaluate`) reads stores and renders nothing; :func:`prepare_test_sets`
is where the test sets it needs are generated (random presets with
:func:`synthproxy.generate.generate`, hand-crafted ones with
:func:`synthproxy.generate_handcrafted.handcrafted_store`) when they are not on disk yet.

Shown in use in ``notebooks/04_evaluate.ipynb``.
"""

from __future__ import annotations

from pathlib import Path

from synthproxy.constants import SPLIT_SEEDS
from synthproxy.generate import generate
from synthproxy.generate_handcrafted import handcrafted_store, stale_reason
from synthproxy.paths import dataset_dir, handcrafted_dir
from synthproxy.presets.adapter import handcrafted_banks
from synthproxy.store import MANIFEST, read_manifest
from synthproxy.synths import availability

__all__ = ["prepare_test_sets"]


def prepare_test_sets(
    synth: str,
    size: int,
    audio_model: str = "aisfx",
    *,
    max_banks: int | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> dict[str, Path]:
    """A synth's two test sets, made first when missing: ``{"synthetic": ..., "handcrafted": ...}``.

    ``synthetic``: the random test set ``dataset_dir(synth, "test", size, SPLIT_SEEDS["test"],
    audio_model)`` (made or completed by :func:`synthproxy.generate.generate`). ``handcrafted``: the
    hand-crafted test set ``handcrafted_dir(synth, audio_model, "test")`` (made by
    :func:`synthproxy.presets.handcrafted.handcrafted_store` from the first ``max_banks`` of
    ``handcrafted_banks(synth, "test")``, all by default). These are the only renders evaluation
    needs; a random set already on disk is used as it is; a hand-crafted set on disk is used when it
    was made from exactly these banks for the current spec
    (:func:`synthproxy.generate_handcrafted.stale_reason`), and made again otherwise, with a printed
    line saying why (a set made before a split changed would mix test and training presets).
    A set that is missing and cannot be made here
    (synth unavailable, no banks) is left out, with a printed line saying why.

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """

    def complete(folder: Path) -> bool:
        return (folder / MANIFEST).exists() and bool(read_manifest(folder).get("complete"))

    sets = {
        "synthetic": dataset_dir(synth, "test", size, SPLIT_SEEDS["test"], audio_model),
        "handcrafted": handcrafted_dir(synth, audio_model, "test"),
    }
    can = availability(synth)
    banks = handcrafted_banks(synth, "test")[:max_banks]
    missing = [] if complete(sets["synthetic"]) else ["synthetic"]
    stale = stale_reason(sets["handcrafted"], synth, banks, audio_model) if banks else None
    if stale is not None:
        missing.append("handcrafted")
        if stale != "missing" and can.available:
            print(f"{synth}: making the hand-crafted test set at {sets['handcrafted']} again: {stale}")
    elif not complete(sets["handcrafted"]):
        missing.append("handcrafted")
    for kind in missing:
        if not can.available:
            why = (
                f"the set there is {stale}"
                if kind == "handcrafted" and stale not in (None, "missing")
                else "none there"
            )
            print(
                f"{synth}: no {kind} test set at {sets.pop(kind)} ({why})"
                f" and the synth is not available here ({can.reason})"
            )
        elif kind == "synthetic":
            generate(
                synth,
                size,
                SPLIT_SEEDS["test"],
                "test",
                sets[kind],
                audio_model=audio_model,
                workers=workers,
                progress=progress,
            )
        elif not banks:
            print(f"{synth}: no hand-crafted test banks (its adapter's bank_folders, synthproxy.presets.adapter)")
            sets.pop(kind)
        else:
            handcrafted_store(synth, banks, sets[kind], audio_model=audio_model, progress=progress)
    return sets
