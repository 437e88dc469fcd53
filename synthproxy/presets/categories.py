"""Coarse sound categories of presets, derived from their names.

Hand-made presets rarely carry tags, but their names usually say what they are: ``"BASS 1"``,
``"E.PIANO 1"``, ``"TUB BELLS"``, ``"SoftLead2"``. :func:`category_from_name` maps a name to one of
:data:`CATEGORIES` with two ordered keyword tables:

1. :data:`INSTRUMENT_RULES`: instrument and sound-effect words (``BASS``, ``PIANO``, ``FLUTE``,
   ``LASER``...). When several match, the keyword that comes *first in the name* wins
   (``"HARP-FLUTE"`` is a pluck, ``"BELL-FLUTE"`` a bell); ties go to the earlier rule.
2. :data:`CHARACTER_RULES`: words that describe a sound's role or character rather than an
   instrument (``LEAD``, ``PAD``, ``PLUCK``, ``PERC``, ``ORCH``...), used only when no instrument
   word matched, so ``"PLUCK BASS"`` is a bass and ``"PERC CLAV"`` keys.

Names that match neither table are ``"other"``, as are DX7 initial voices (``"INIT VOICE"``).
The rules are written for real preset names: the DX7's 10-character ALL-CAPS names with
abbreviations (``STRG``, ``BRS``, ``PNO``, ``HRMNCA``, ``GLOKENSPL``), and CamelCase names such
as amsynth's (``BassBubble``, ``EPclean``). On the eight DX7 factory ROMs 6% of the names end
up ``"other"``; on 28k community DX7 voices 42%, on amsynth's banks 80% (fanciful names).

Where the name says nothing, :func:`categories_by_sound` gives a preset the category most common among the
presets nearest to it *in sound* (audio embeddings) whose names do say one.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = [
    "CATEGORIES",
    "INSTRUMENT_RULES",
    "CHARACTER_RULES",
    "normalize_name",
    "category_from_name",
    "categories_by_sound",
]

#: The coarse categories, ``"other"`` last.
CATEGORIES: tuple[str, ...] = (
    "bass",
    "keys",
    "organ",
    "brass",
    "strings",
    "pad",
    "lead",
    "pluck",
    "bell",
    "percussive",
    "woodwind",
    "vocal",
    "fx",
    "other",
)

#: Instrument and sound-effect keywords: (category, keyword patterns), in priority order.
#: Patterns are regular expressions matched against :func:`normalize_name` output (upper case,
#: words separated by single spaces); ``\b`` anchors a pattern at a word start or end, and a
#: pattern without it also matches inside glued words such as ``SYNBRASS`` or ``SPANISHGTR``.
INSTRUMENT_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # A DX7's initial voice (a plain sine) is no instrument, whatever its name says.
    ("other", (r"\bINIT ?(VOICE|VCE|PATCH)\b",)),
    # Unambiguous sound effects, ahead of the instruments their names contain
    # ("GRAND PRIX" is no piano, "TUB ERUPT" no bell).
    (
        "fx",
        (
            r"\bS?FX\b",
            r"\bEFX\b",
            "EFFECT",
            "LASER",
            "LAZER",
            "EXPLOSION",
            r"\bTRAIN\b",
            "TAKE ?OFF",
            "GRAND ?PRIX",
            "ERUPT",
            "VOLCANO",
            "HELICOPTER",
            "SIREN",
            "THUNDER",
            "GUNSHOT",
            r"\bGUN\b",
            r"\bZAP",
            "WHISTLE",
            "WHISL",
            r"\bUFO",
            "SAUCER",
            "SPACESHIP",
        ),
    ),
    # Drum kit and pitched percussion (mallets); ahead of "bass" for "BASS DRUM".
    (
        "percussive",
        (
            "BASS ?DRUM",
            r"\bB ?DRM",
            "DRUM",
            r"DRM\b",
            "SNARE",
            r"\bSNAR",
            r"\bSNR\b",
            r"\bKICK",
            r"\bTOMS?\b",
            "T[IY]MPANI",
            r"\bTIMP\b",
            "CONGA",
            "BONGO",
            "TABLA",
            r"\bCLAPS?\b",
            "HI ?HAT",
            "C[YI]MBAL",
            "COW ?BELL",
            "WOOD ?BL(OC)?K",
            r"\bBLOCKS?\b",
            r"\bRIMS?\b",
            "CASTANET",
            "SIMMONS",
            "SHAKER",
            "MARACA",
            "TAMBOUR",
            "MARIMB",
            r"MARIM\b",
            "XYLO",
            r"\bVIBES?\b",
            "VIBRAPHONE",
            "KALIMBA",
            "FLEXATONE",
            "MALLET",
        ),
    ),
    (
        "bell",
        (
            "BELL",
            r"\bBEL\b",
            "CHIME",
            r"\bT ?BL\b",
            r"\bGONG",
            "GLO[CK]+EN",
            "CELEST",
            "CARILLON",
            "MUSIC ?BOX",
        ),
    ),
    (
        "woodwind",
        (
            "FLUTE",
            r"\bFLUT\b",
            r"\bFLT\b",
            r"\bFL\b",
            "PICCOLO",
            "OBOE",
            "[CK]LARINET",
            r"\bCLAR\b",
            "BASSOON",
            r"\bSAX",
            "RECORDER",
            r"\bPAN ?PIPE",
            "BAGPIPE",
            "HA?RMO?NI?CA",
            "OCARINA",
            "SHAKUHACHI",
            r"\bFIFE\b",
            r"\bREED",
            "ENGLISH HORN",
            r"WOOD ?WI?NDS?\b",
            r"\bWI?ND ?ENS",
        ),
    ),
    (
        "vocal",
        (
            "VOICE",
            r"\bVOX",
            r"\bVOC",
            "CHOIR",
            "VOCAL",
            r"\bAAH",
            r"\bOOH",
            r"\bHUMA?N\b",
            r"\bHUMN\b",
            r"\bMALE\b",
            "FEMALE",
            "SINGER",
            "SINGIN",
            "SOPRAN",
            r"\bCHANT",
            r"\bTALK",
        ),
    ),
    ("bass", ("BASS(?!OON)", r"\bBS\b", r"\bBAS\b", "FRETLESS", r"\bSLAP", r"\bJACO\b")),
    (
        "brass",
        (
            "BRASS",
            r"\bBRS?\b",
            r"\bBRAS\b",
            "BRAZZ",
            "HORN",
            r"\bHRN",
            "TR[OU]MPET",
            "TRMPT",
            r"\bTRUMP\b",
            r"\bTPT\b",
            "TROMBONE",
            "T ?BONE",
            r"\bTUBA\b",
            "FLU?E?GEL",
            "CORNET",
            "FANFARE",
            "BUGLE",
        ),
    ),
    (
        "organ",
        (
            "ORGAN",
            r"\bORG\b",
            r"ORGN\b",
            r"\bB ?3\b",
            "HAMMOND",
            r"\bHMND\b",
            "LESLIE",
            "DRAWBAR",
            r"\bPIPES?\b",
            "CALL?IOPE",
            "ACCORD[IE]?[AO]N",
            "HARMONIUM",
            "FARFISA",
            r"\bCHURCH",
        ),
    ),
    (
        "keys",
        (
            "PIANO",
            r"\bPNO\b",
            r"\bPIAN\b",
            r"\bPINO\b",
            r"\bPI\b",
            r"\bE ?P\b",
            r"\bE ?PF\b",
            r"\bEPNO\b",
            "RHO[AD]",
            r"\bRHO\b",
            r"\bRHDS\b",
            r"\bRDS\b",
            r"\bROADS\b",
            "WURLI",
            r"\bTINES?\b",
            r"\bCP ?[0-9]",
            "CLAV",
            r"\bCLV\b",
            "HARPSI",
            "CEMBALO",
            r"\bGRAND\b",
            r"\bGRD\b",
            "STEINWAY",
            "HONKY",
            "UPRIGHT",
            r"\bKEYS\b",
        ),
    ),
    (
        "strings",
        (
            "STRING",
            r"\bSTRN?GS?\b",
            r"\bSTR\b",
            r"\bSTN?GS?\b",
            "VIOLIN",
            r"\bVIOLN",
            "VIOLA",
            "CELLO",
            r"\bPIZZ",
            r"\bBOW",
        ),
    ),
    (
        "pluck",
        (
            "GUITAR",
            r"\bGUIT",
            "GTR",
            "GEETAR",
            "GITAR",
            r"\bGIT\b",
            r"\bGT\b",
            "PE?DA?L ?STE?E?L",
            r"\bHARPS?\b",
            r"\bKOTO\b",
            "SITAR",
            "BANJO",
            r"\bLUTE\b",
            "MANDOLIN",
            "UKULELE",
            "DULCIMER",
            "ZITHER",
            "NYLON",
            r"\bSTRUM",
        ),
    ),
)

#: Role and character keywords, used only when no instrument keyword matched; same layout.
CHARACTER_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lead", ("LEAD", r"\bLD\b", r"\bSOLO", "THEREMIN")),
    ("pad", (r"\bPADS?\b", r"\bSWEEP", r"\bSWP\b", r"\bSWELL", "ATMOS", "AMBIEN", r"\bDRONE", r"\bWASH\b")),
    ("pluck", (r"\bPLUC?K", r"\bPLUK")),
    ("percussive", (r"\bP(ER)?C\b", r"\bPERC", r"\bPRC\b", r"\bSTAB", r"\bHIT\b", r"\bKNOCK")),
    ("strings", (r"\bORCH", r"\bENS\b", "ENSEMBLE")),
    ("bell", ("GLASS",)),
    (
        "fx",
        (
            r"\bNOISE",
            r"\bWIND\b",
            r"\bRAIN\b",
            "WATER",
            r"\bBIRD",
            r"\bCATS?\b",
            r"\bDOGS?\b",
            "ROBOT",
            "ALIEN",
            "CRICKET",
            r"\bWASP",
            r"\bBEES?\b",
        ),
    ),
)


def _compile(rules: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((cat, re.compile("|".join(f"(?:{p})" for p in pats))) for cat, pats in rules)


_INSTRUMENT = _compile(INSTRUMENT_RULES)
_CHARACTER = _compile(CHARACTER_RULES)


def normalize_name(name: str) -> str:
    """A preset name as the category rules read it: upper case, one space between words.

    CamelCase words are split (``"BassBubble"`` -> ``"BASS BUBBLE"``, ``"EPclean"`` ->
    ``"EP CLEAN"``), letters are split from digits (``"BRASS1"`` -> ``"BRASS 1"``), a ``SYN`` or
    ``SYNTH`` prefix glued to a word is split off (``"SYNORGAN"`` -> ``"SYN ORGAN"``), and
    punctuation becomes spaces (``"E.PIANO"`` -> ``"E PIANO"``).

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    s = name.replace("\x00", " ")
    if any(c.islower() for c in s):
        s = re.sub(r"([a-z])([A-Z])", r"\1 \2", s)
        s = re.sub(r"([A-Z]{2,})([A-Z][a-z]{2,})", r"\1 \2", s)  # FMCollection -> FM Collection
        s = re.sub(r"\b([A-Z]{2})([a-z]{3,})", r"\1 \2", s)  # EPclean -> EP clean, FMbells
    s = re.sub(r"([A-Za-z])([0-9])|([0-9])([A-Za-z])", r"\1\3 \2\4", s)
    s = s.upper()
    s = re.sub(r"[^A-Z0-9]+", " ", s)
    s = re.sub(r"\bSYN(?:TH)?(?=[A-Z]{3})", "SYN ", s)
    return " ".join(s.split())


def _first_match(text: str, rules: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    best: tuple[int, int, str] | None = None
    for order, (cat, rx) in enumerate(rules):
        m = rx.search(text)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, cat)
    return best[2] if best else None


def category_from_name(name: str) -> str:
    """A coarse sound category for a preset, from its name.

    Parameters
    ----------
    name : str
        The preset's name, as stored (e.g. a DX7 voice's 10 characters, padding included).

    Returns
    -------
    str
        One of :data:`CATEGORIES`: the category of the earliest instrument keyword in the name
        (:data:`INSTRUMENT_RULES`), else of the earliest character keyword
        (:data:`CHARACTER_RULES`), else ``"other"``. Case and punctuation do not matter.

    Examples
    --------
    >>> category_from_name("E.PIANO 1")
    'keys'
    >>> category_from_name("PLUCK BASS")
    'bass'
    >>> category_from_name("SoftLead2")
    'lead'
    >>> category_from_name("ST.HELENS")
    'other'

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    text = normalize_name(name)
    return _first_match(text, _INSTRUMENT) or _first_match(text, _CHARACTER) or "other"


#: Most float32 values a distance block of :func:`categories_by_sound` holds (256 MB).
_BLOCK_VALUES: int = 64_000_000


def categories_by_sound(categories: Sequence[str], embeddings: np.ndarray, k: int = 10) -> tuple[list[str], np.ndarray]:
    """Name categories, with ``"other"`` replaced by the majority category of the ``k`` nearest named sounds.

    A preset whose name gives no category takes the category most frequent among the ``k`` presets
    nearest to it in the audio-embedding space (L1 distance) that have a category from their names; a tie
    goes to the category of the nearest of the tied presets. Names' categories are kept as they are.

    Parameters
    ----------
    categories : sequence of str, length N
        Categories from the names (:func:`category_from_name`).
    embeddings : ndarray, shape (N, D)
        Audio embeddings of the same presets.
    k : int
        Named neighbours that vote (clipped to the number of named presets).

    Returns
    -------
    categories : list of str
        Every preset's category; ``"other"`` only when no preset has a category from its name.
    inferred : ndarray of bool, shape (N,)
        True where the category comes from the sound, not the name. A projection of the same audio
        embeddings groups these presets with their neighbours by construction; measure how categories
        group (e.g. :func:`synthproxy.projections.category_agreement`) on the named presets only.

    Shown in use in ``notebooks/05_figures.ipynb``.
    """
    cats = np.asarray(categories, dtype=object)
    x = np.asarray(embeddings, dtype=np.float32)
    if len(cats) != len(x):
        raise ValueError(f"{len(cats)} categories for {len(x)} embeddings")
    named = np.flatnonzero(cats != "other")
    todo = np.flatnonzero(cats == "other")
    out = cats.copy()
    if len(named) == 0 or len(todo) == 0:
        return [str(c) for c in out], np.zeros(len(cats), bool)
    k = int(min(k, len(named)))
    ref, labels = x[named], cats[named]
    block = max(1, _BLOCK_VALUES // (len(named) * max(1, x.shape[1])))
    for start in range(0, len(todo), block):
        rows = todo[start : start + block]
        d = np.abs(x[rows, None, :] - ref[None, :, :]).sum(axis=2)
        near = np.argsort(d, axis=1, kind="stable")[:, :k]
        for r, nn in zip(rows, near):
            votes = labels[nn]
            values, counts = np.unique(votes, return_counts=True)
            top = set(values[counts == counts.max()])
            out[r] = next(v for v in votes if v in top)  # nearest of the tied categories
    inferred = np.zeros(len(cats), bool)
    inferred[todo] = True
    return [str(c) for c in out], inferred
