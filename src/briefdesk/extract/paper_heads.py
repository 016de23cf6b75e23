"""The paper's own name in capitals on the text's first line, over a line with the date
("THE SINDH EVENING STAR" then "Karachi, Thursday, June 3, 2027"; "EL MERCURIO DEL NORTE —
Economía y Minería" then "Antofagasta, jueves 26 de noviembre de 2026"; "KNB WORLD" then
"Broadcast: Thursday, November 11, 2027"). The masthead rule reads a name on a line that holds
the date itself; these writers (round 23: fresh-16, fresh-18, fresh-20) put the date under it.
A label ("PRESS RELEASE", "ASX ANNOUNCEMENT"), plain words ("LAND SYSTEMS"), a town ("JAKARTA
(AP)") or a known body (read by other rules) is left."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.cues_orgs import INSTRUMENT_TAILS
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver

_PARTS = re.compile(r"[ \t]+(?:\||—|–|>|•)[ \t]+|[ \t]{3,}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME = re.compile(r"(?:THE[ \t]+)?([A-ZÀ-Ý][A-ZÀ-Ý'’&.-]*(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’&.-]*){1,5})")
_LABELS = INSTRUMENT_TAILS | {"announcement", "notice", "report", "statement", "update"}
_EDITIONS = frozenset({"WEEKEND", "EDITION", "ONLINE"})  # "GAZETA FINANSOWA WEEKEND"


def paper_head(res: Resolver) -> None:
    """Propose the name heading the text when the next line holds a year."""
    text = res.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > 160:
        return
    after = text[end : end + 240].lstrip()
    if not _YEAR.search(after.split("\n", 1)[0]):
        return
    part = _PARTS.split(text[start:end].strip(), maxsplit=1)[0]
    found = _NAME.fullmatch(part)
    if not found:
        return
    words = found.group(1).split()
    while len(words) > 2 and words[-1] in _EDITIONS:
        words.pop()
    name = " ".join(words)
    at = start + found.start(1)
    titled = " ".join(w.capitalize() for w in words)
    if (
        all(is_common_word(w.capitalize()) for w in words)
        or words[-1].lower() in _LABELS
        or {w.lower() for w in words} & ROLE_HEADS
        or "OF" in words  # "NATIONAL PARLIAMENT OF PAPUA NEW GUINEA": a body, and its state
        or res.known_place(titled)
        or res.country_of(titled)
        or res.known_entity(titled)
        or res.claimed(at, at + len(name))
    ):
        return
    key = res.org(name, at, at + len(name))
    res.claim(at, at + len(name))
    # The paper is never a party to its story: its masthead is no mention a deal reads.
    mentions = res.found.mentions
    mentions[:] = [m for m in mentions if not (m[2] == key and at <= m[0] < at + len(name))]
