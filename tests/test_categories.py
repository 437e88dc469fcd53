"""Coarse categories from preset names: DX7 factory names, DX7 abbreviations, CamelCase names."""

from __future__ import annotations

import re

import pytest

from synthproxy.presets.categories import (
    CATEGORIES,
    CHARACTER_RULES,
    INSTRUMENT_RULES,
    categories_by_sound,
    category_from_name,
    normalize_name,
)

CASES = [
    # DX7 factory ROM names, padded to 10 characters as stored.
    ("BRASS   1 ", "brass"),
    ("STRINGS 2 ", "strings"),
    ("E.PIANO 1 ", "keys"),
    ("PIANO   3 ", "keys"),
    ("BASS    1 ", "bass"),
    ("E.BASS  1 ", "bass"),
    ("SYN-BASS 2", "bass"),
    ("FRETLESS 1", "bass"),
    ("PLUCK BASS", "bass"),
    ("E.ORGAN 1 ", "organ"),
    ("PIPES   2 ", "organ"),
    ("CALIOPE   ", "organ"),
    ("HARPSICH 1", "keys"),
    ("CLAV    1 ", "keys"),
    ("SYN-CLAV 2", "keys"),
    ("PERC CLAV ", "keys"),
    ("HONKY TONK", "keys"),
    ("E.GRAND 1 ", "keys"),
    ("SYN-LEAD 1", "lead"),
    ("GUITAR  1 ", "pluck"),
    ("SPANISHGTR", "pluck"),
    ("KOTO      ", "pluck"),
    ("HARP    2 ", "pluck"),
    ("SITAR     ", "pluck"),
    ("MARIMBA   ", "percussive"),
    ("XYLOPHONE ", "percussive"),
    ("VIBE    1 ", "percussive"),
    ("TIMPANI   ", "percussive"),
    ("COW BELL  ", "percussive"),
    ("LOG DRUM  ", "percussive"),
    ("B.DRM-SNAR", "percussive"),
    ("PRC SYNTH1", "percussive"),
    ("TUB BELLS ", "bell"),
    ("CHIMES    ", "bell"),
    ("GLOKENSPL ", "bell"),
    ("GONG    1 ", "bell"),
    ("CELESTE   ", "bell"),
    ("ORCH-CHIME", "bell"),
    ("FLUTE   1 ", "woodwind"),
    ("PICCOLO   ", "woodwind"),
    ("BASSOON   ", "woodwind"),
    ("SAX BC    ", "woodwind"),
    ("HRMNCA2 BC", "woodwind"),
    ("PAN FLUTE ", "woodwind"),
    ("VOICE   1 ", "vocal"),
    ("SYN-VOX   ", "vocal"),
    ("SYNBRASS 1", "brass"),
    ("SOLO TBONE", "brass"),
    ("BR TRUMPET", "brass"),
    ("STRG ENS 1", "strings"),
    ("PIZZ STGS ", "strings"),
    ("HIGH STRGS", "strings"),
    ("ORCHESTRA ", "strings"),
    ("SYN-ORCH  ", "strings"),
    ("TRAIN     ", "fx"),
    ("LASER GUN ", "fx"),
    ("TAKE OFF  ", "fx"),
    ("GRAND PRIX", "fx"),
    ("TUB ERUPT ", "fx"),
    ("REFS WHISL", "fx"),
    ("EXPLOSION ", "fx"),
    ("FILTER SWP", "pad"),
    ("ST.HELENS ", "other"),
    # Layered names: the instrument named first wins.
    ("HARP-FLUTE", "pluck"),
    ("BELL-FLUTE", "bell"),
    ("STRG-CHIME", "strings"),
    ("E.P-BRS BC", "keys"),
    ("ORG-BRS BC", "organ"),
    ("CLAV-E.PNO", "keys"),
    ("HARPSI-STG", "keys"),
    # Community DX7 abbreviations.
    ("SYN BS 3  ", "bass"),
    ("RHODES 1  ", "keys"),
    ("CP-70 B   ", "keys"),
    ("Hmnd B3.11", "organ"),
    ("STEEL GT 2", "pluck"),
    ("WIND ENS 2", "woodwind"),
    ("INIT VOICE", "other"),
    ("\x00" * 10, "other"),
    ("          ", "other"),
    # CamelCase names (amsynth).
    ("BassBubble", "bass"),
    ("EPclean", "keys"),
    ("FMbells3", "bell"),
    ("SoftLead2", "lead"),
    ("WowPad", "pad"),
    ("Church3", "organ"),
    ("HolyChoir1", "vocal"),
    ("SlapBasss2", "bass"),
    ("Pizzicato", "strings"),
    ("Accordian", "organ"),
    ("Sharp1", "other"),
    ("Flutter", "other"),
    ("YouPickWhich", "other"),
    ("NicePoly12", "other"),
    # Case does not matter.
    ("e.piano 1", "keys"),
    ("Tub Bells", "bell"),
]


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[repr(n) for n, _ in CASES])
def test_category_from_name(name: str, expected: str) -> None:
    assert category_from_name(name) == expected


def test_rules_use_known_categories_and_compile() -> None:
    for cat, patterns in INSTRUMENT_RULES + CHARACTER_RULES:
        assert cat in CATEGORIES
        for p in patterns:
            re.compile(p)
    assert CATEGORIES[-1] == "other" and len(set(CATEGORIES)) == len(CATEGORIES) == 14


def test_every_category_is_reachable() -> None:
    reached = {category_from_name(n) for n, _ in CASES}
    assert reached == set(CATEGORIES)


@pytest.mark.parametrize(
    ("name", "normalized"),
    [
        ("E.PIANO 1 ", "E PIANO 1"),
        ("BassBubble", "BASS BUBBLE"),
        ("EPclean", "EP CLEAN"),
        ("FMCollection", "FM COLLECTION"),
        ("SYNORGAN 1", "SYN ORGAN 1"),
        ("BRASS1", "BRASS 1"),
        ("SYNC", "SYNC"),
    ],
)
def test_normalize_name(name: str, normalized: str) -> None:
    assert normalize_name(name) == normalized


def test_categories_by_sound_vote_among_the_nearest_named_presets() -> None:
    import numpy as np

    emb = np.array([[0.0], [0.2], [0.3], [10.0], [10.2], [0.1], [10.1], [5.2]])
    cats = ["bass", "bass", "keys", "pad", "pad", "other", "other", "other"]
    out, inferred = categories_by_sound(cats, emb, k=3)
    # near 0: two basses and a keys vote bass; near 10: pads; at 5.2 the three nearest named are the pads
    # (4.8, 5.0) and the keys (4.9): pad wins the vote
    assert out == ["bass", "bass", "keys", "pad", "pad", "bass", "pad", "pad"]
    assert inferred.tolist() == [False] * 5 + [True] * 3
    # a tie goes to the nearest: with k=2 at 0.1, bass (0.1 away) and keys (0.2) tie... bass is nearer
    out2, _ = categories_by_sound(["bass", "keys", "other"], np.array([[0.0], [0.3], [0.1]]), k=2)
    assert out2[2] == "bass"
    same, none = categories_by_sound(["other", "other"], np.zeros((2, 3)))
    assert same == ["other", "other"] and not none.any()
    with pytest.raises(ValueError, match="2 categories for 3 embeddings"):
        categories_by_sound(["bass", "other"], np.zeros((3, 1)))
