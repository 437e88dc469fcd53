"""Why sound matching cannot start: one error class per reason, all :class:`MatchError` (a ``ValueError``).

The command line turns any of them into a one-line message (``synthproxy match``).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

__all__ = ["MatchError", "TargetError", "SynthMismatchError", "EmptyBankError"]


class MatchError(ValueError):
    """Sound matching cannot start: bad target, checkpoint or bank; the message says which and why."""


class TargetError(MatchError):
    """The target is not readable audio, is empty or silent."""


class SynthMismatchError(MatchError):
    """The checkpoint's encoder was trained for another synth (or another spec) than the one asked for."""


class EmptyBankError(MatchError):
    """The bank to search holds no preset."""
