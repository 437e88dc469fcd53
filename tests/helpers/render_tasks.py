"""Task functions for render tests that must run in real worker processes (imported by the workers)."""

from synthproxy.cli import main


def cli(argv: list[str]) -> int:
    """``synthproxy`` with these arguments, in the calling (worker) process."""
    return main(list(argv))
