"""What the stages and searches of sound matching return: candidates, a refinement's trace, a match, a search.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["Refinement", "Candidate", "MatchResult", "SearchResult"]


@dataclass
class Refinement:
    """What gradient descent through the proxy did, per start.

    Attributes
    ----------
    presets : ndarray, shape (R, n_used), float32
        The best valid (projected) preset found from each start.
    proxy_distances : ndarray, shape (R,)
        Their proxy distances to the target embedding.
    start_distances : ndarray, shape (R,)
        The starts' proxy distances.
    losses : ndarray, shape (steps, R)
        Proxy distance of the relaxed (soft) presets at each step.
    projected : ndarray, shape (checks, R)
        Proxy distance of the projected presets at each check, every :data:`PROJECT_EVERY` steps.
    check_steps : ndarray, shape (checks,)
        The steps of those checks (0 = the starts).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    presets: np.ndarray
    proxy_distances: np.ndarray
    start_distances: np.ndarray
    losses: np.ndarray
    projected: np.ndarray
    check_steps: np.ndarray


@dataclass
class Candidate:
    """One preset a search proposes.

    Attributes
    ----------
    preset : ndarray, shape (n_used,)
    name : str
        The bank preset it is (retrieval) or starts from (refinement), or ``random #i`` / ``evolved #i``.
    origin : {"retrieval", "refinement", "bank", "random", "evolution"}
    source : str
        The bank (or store) of that preset, or the search.
    proxy_distance : float or None
        L1 distance of the proxy's embedding of the preset to the target embedding.
    distance : float or None
        L1 distance of the real embedding of its render to the target embedding (after verification).
    stft : float or None
        :func:`stft_distance` of its render to the target (after verification).
    audio : ndarray or None
        Its render (after verification).
    """

    preset: np.ndarray
    name: str
    origin: str
    source: str
    proxy_distance: float | None = None
    distance: float | None = None
    stft: float | None = None
    audio: np.ndarray | None = field(default=None, repr=False)


def by_proxy_distance(c: Candidate) -> float:
    """Sort key: the candidate's proxy distance (every retrieved and refined candidate has one)."""
    if c.proxy_distance is None:
        raise ValueError(f"candidate {c.name!r} ({c.origin}) has no proxy distance to sort by")
    return c.proxy_distance


def by_distance(c: Candidate) -> float:
    """Sort key: the candidate's real embedding distance (every verified candidate has one)."""
    if c.distance is None:
        raise ValueError(f"candidate {c.name!r} ({c.origin}) has no real distance to sort by: not verified")
    return c.distance


@dataclass
class MatchResult:
    """A match: ranked candidates and what each stage cost.

    Attributes
    ----------
    candidates : list of Candidate
        Verified candidates best first (by real embedding distance); without verification,
        retrieved and refined presets best first by proxy distance.
    retrieved : list of Candidate
        The bank's presets nearest to the target in the proxy's space, best first.
    refined : list of Candidate
        The refined presets, one per start (empty without refinement).
    refinement : Refinement or None
    stages : dict
        Per stage (``retrieval``, ``refinement``, ``verification``): ``seconds`` and ``renders``.
    target_embedding : ndarray, shape (D,)

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    candidates: list[Candidate]
    retrieved: list[Candidate]
    refined: list[Candidate]
    refinement: Refinement | None
    stages: dict[str, dict[str, float]]
    target_embedding: np.ndarray

    @property
    def seconds(self) -> float:
        """Wall time of all stages (bank embedding and target embedding excluded), seconds."""
        return float(sum(s["seconds"] for s in self.stages.values()))

    @property
    def renders(self) -> int:
        """Real renders made."""
        return int(sum(s["renders"] for s in self.stages.values()))

    def best(self, stages: str) -> Candidate:
        """The answer of a shorter pipeline: ``"a"`` (retrieval), ``"ab"`` (+ refinement, by proxy
        distance) or ``"abc"`` (+ verification, by real distance)."""
        if stages == "a":
            return self.retrieved[0]
        if stages == "ab":
            return min(list(self.retrieved) + list(self.refined), key=by_proxy_distance)
        if stages == "abc":
            return self.candidates[0]
        raise ValueError(f"stages must be 'a', 'ab' or 'abc', got {stages!r}")


@dataclass
class SearchResult:
    """A black-box search on the real synth.

    Attributes
    ----------
    best : Candidate
        Verified (``distance``, ``stft``, ``audio`` set).
    distances : ndarray, shape (renders,)
        Real embedding distance of every render, in the order they were made.
    renders : int
    seconds : float

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """

    best: Candidate
    distances: np.ndarray
    renders: int
    seconds: float
