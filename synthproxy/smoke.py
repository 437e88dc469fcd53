"""Stand-in proxies for tests and demos: a tiny encoder trained on the spot when no trained one exists.

The notebooks take a ``train_if_missing`` parameter so that they run on a fresh clone with no
checkpoint (their tests do this): :func:`ensure_checkpoint` returns the proxy to use and trains a
tiny one with :func:`smoke_checkpoint` only when that is asked for. It matches and scores poorly; it
only lets the pipeline run. Sound matching, evaluation and the explorer never train by themselves.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from synthproxy import paths
from synthproxy.constants import SPLIT_SEEDS
from synthproxy.encoders.checkpoint import find_checkpoints
from synthproxy.generate import generate
from synthproxy.paths import dataset_dir
from synthproxy.synths.registry import get_spec
from synthproxy.train import TrainConfig, train

__all__ = ["TINY_SIZES", "smoke_checkpoint", "ensure_checkpoint"]

#: Presets per split of :func:`ensure_checkpoint`'s stand-in proxy.
TINY_SIZES: dict[str, int] = {"train": 256, "val": 64}


def smoke_checkpoint(
    synth: str, sizes: Mapping[str, int], audio_model: str = "aisfx", *, workers: int | None = None
) -> Path:
    """A 1-epoch small MLP trained on tiny random sets: a stand-in to exercise evaluation, not a result.

    The sets (``sizes``: presets per split, ``"train"`` and ``"val"``) are made where
    :func:`synthproxy.paths.dataset_dir` puts them; the checkpoint goes to
    ``checkpoints/quick/<synth>_mlp_s.pt`` (where :func:`find_checkpoints` finds it).

    Shown in use in ``notebooks/04_evaluate.ipynb``.
    """
    stores = {
        split: dataset_dir(synth, split, sizes[split], SPLIT_SEEDS[split], audio_model) for split in ("train", "val")
    }
    for split, folder in stores.items():
        generate(
            synth,
            sizes[split],
            SPLIT_SEEDS[split],
            split,
            folder,
            audio_model=audio_model,
            workers=workers,
            progress=False,
        )
    # half the requested set at most: a few presets may have no audible draw (Dexed at the plugin's level
    # rejects most random draws as silent) and leave the store smaller than asked
    config = TrainConfig(arch="mlp", size="s", epochs=1, batch_size=min(64, max(1, sizes["train"] // 2)), threads=1)
    return train(
        stores["train"], stores["val"], paths.CHECKPOINTS_DIR / "quick" / f"{synth}_mlp_s.pt", config, progress=False
    ).out


def ensure_checkpoint(synth: str, checkpoint: str | Path | None = None, train_if_missing: bool = False) -> Path:
    """The checkpoint a notebook uses: the one given, else the first of
    :func:`synthproxy.encoders.checkpoint.find_checkpoints`, else (when allowed) a tiny one trained here
    (:func:`smoke_checkpoint` on :data:`TINY_SIZES` presets; it matches poorly, it only lets the notebook run).

    Raises
    ------
    FileNotFoundError
        When there is none and ``train_if_missing`` is False (saying how to make one), or the given
        file does not exist.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    if checkpoint is not None:
        if not Path(checkpoint).is_file():
            raise FileNotFoundError(f"{checkpoint}: no such checkpoint")
        return Path(checkpoint)
    found = find_checkpoints(synth, spec=get_spec(synth))
    if found:
        return found[0]
    if not train_if_missing:
        raise FileNotFoundError(
            f"no {synth} proxy in {paths.CHECKPOINTS_DIR} (<synth>_<arch>_<size>.pt) or in "
            f"{paths.CHECKPOINTS_DIR / 'quick'}; run notebooks/03_train.ipynb with synth={synth!r} (or "
            "`synthproxy train`), pass checkpoint=..., or set train_if_missing=True to train a tiny one here"
        )
    return smoke_checkpoint(synth, TINY_SIZES, workers=1)
