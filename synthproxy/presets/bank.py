"""A preset as read from a bank file: what every bank reader returns.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["BankPreset"]


@dataclass
class BankPreset:
    """A preset as read from a bank file, before cleaning.

    Attributes
    ----------
    bank : str
        Bank file name (stem).
    index : int
        Position in the bank.
    name : str
        The preset's name as its author saved it.
    values : ndarray, shape (n_parameters,)
        Normalized values of all spec parameters.
    problems : tuple of str
        Why the stored preset is invalid (e.g. DX7 bytes out of range), empty when it is valid.
        Invalid presets are removed by :func:`synthproxy.presets.handcrafted.screen_presets` (reason
        ``invalid``): their values are guesses, not what their author heard.
    """

    bank: str
    index: int
    name: str
    values: np.ndarray
    problems: tuple[str, ...] = ()
