"""Component: names of things that are no actors — storms ("Typhoon Mawar", "Storm Ciaran") and
ships ("the tanker Ocean Pride", "MV Grace Harmony"), which otherwise read like people."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_orgs import BUSINESS_ACRONYMS, INSTRUMENT_TAILS, acronym_after
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_WORDS
from briefdesk.extract.names import acronym_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import strip_possessive
from briefdesk.extract.vocab import AGREEMENT_WORDS
from briefdesk.extract.words import word_list

STORM_WORDS = word_list("storm_words")
VESSEL_NOUNS = word_list("vessel_nouns")
# Merchant-ship prefixes; the navies' prefixes ("INS", "HMS") are read by ``designation``.
SHIP_LEADS = frozenset({"MV", "M/V", "MT", "M/T", "MS", "SS", "FPSO", "RV"})
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def storm_or_ship(res: Resolver, v: View) -> str:
    first = v.words[0]
    at = v.chunk.start
    after_lower = at > 1 and res.text[at - 1] == " " and res.text[at - 2].islower()
    if len(v.words) < 2 and not after_lower:
        return NEXT  # the cheap test first
    if len(v.words) >= 2 and (first.lower() in STORM_WORDS or first in SHIP_LEADS):
        return CLAIM  # "Cyclone Freddy", "Tropical Storm Alma", "MV Grace Harmony"
    if len(v.words) >= 2 and v.words[0] == "Tropical" and v.words[1].lower() in STORM_WORDS:
        return CLAIM
    if not after_lower:
        return NEXT  # a vessel noun is a lower-case word right before the name
    word = _WORD_BEFORE.search(res.before(at, 16))
    if word and word.group(1) in VESSEL_NOUNS and not res.country_of(v.bare):
        return CLAIM  # "the tanker Ocean Pride", "the frigate Almirante Brown"
    return NEXT


def title_phrase(res: Resolver, v: View) -> str:
    """ "Commander of the Coast Guard Region", "Minister for Petroleum" with no name after them
    (an apposition, a delegation list): a title, never an organisation. The body in its
    complement is read by the apposition rules."""
    lowered = v.lowered
    if len(lowered) >= 3 and lowered[0] in ROLE_HEADS and lowered[1] in {"of", "for"}:
        _body_of_title(res, v, 2)
        return CLAIM
    # "Country Director of the Asian Development Bank", "Director General of the Swedish
    # Defence Materiel Administration (FMV)": a title of a few words, then its body.
    if len(lowered) < 5 or lowered[0] not in TITLE_WORDS:
        return NEXT  # (the cheap test first)
    link = next((i for i, w in enumerate(lowered[:4]) if w in {"of", "for"}), 0)
    if (
        link >= 2
        and lowered[link - 1] in ROLE_HEADS
        and all(w in TITLE_WORDS for w in lowered[:link])
        and _body_of_title(res, v, link + 1)
    ):
        return CLAIM
    return NEXT


def _body_of_title(res: Resolver, v: View, at: int) -> bool:
    """Register the body named after a title's "of" (from word ``at``) when its words hold an
    organisation's head word; True when one was registered."""
    words = v.lowered[at:]
    if words[:1] != ["the"]:
        return False  # "Minister of Petroleum and Mineral Resources": a remit, not a body
    at, words = at + 1, words[1:]
    if len(words) < 2 or not set(words) & ORG_HEADS or set(words) <= ROLE_MODIFIERS | {"and"}:
        return False
    start = v.rest[at].start if at < len(v.rest) else -1
    if start < 0 or res.country_of(res.text[start : v.chunk.end]):
        return False
    name = strip_possessive(res.text[start : v.chunk.end])
    res.rule = "org.head-word"
    res.org(name, start, start + len(name))
    acronym_after(res, v.chunk, name)
    return True


def instrument(res: Resolver, v: View) -> str:
    """ "the Extended Fund Facility", "the Exchange of Notes", "the new Mining Code": a
    programme, document or law named after a body's words is no organisation; nor is a
    business acronym ("Its IPO is planned", "the EPC contract", "GDP grew")."""
    if len(v.lowered) == 1 and v.lowered[0] in BUSINESS_ACRONYMS:
        return CLAIM
    if len(v.lowered) >= 2 and (
        v.lowered[-1] in INSTRUMENT_TAILS or v.lowered[-1] in AGREEMENT_WORDS
    ):
        if v.lowered[-1] == "project":
            _project_place(res, v)
        return CLAIM
    return NEXT


def _project_place(res: Resolver, v: View) -> None:
    """ "the Kigoma Water Supply Project", "the Vieux Fort and Micoud Water Project": a known
    town (or two joined by "and") that opens a project's title is where the project is."""
    words, at = v.words, v.chunk.start
    for size in (2, 1):
        name = " ".join(words[:size])
        if len(words) > size + 1 and res.known_place(name) and not res.country_of(name):
            res.rule = "place.project-title"
            res.place(name, at, at + len(name))
            if words[size] == "and" and res.known_place(words[size + 1]):
                other = res.text.index(words[size + 1], at + len(name))
                res.place(words[size + 1], other, other + len(words[size + 1]))
            return


_BOARD_OF_MEMBERS = re.compile(
    r"(?:Executive\s+|Supervisory\s+)?Board\s+of\s+(?:Executive\s+)?(?:Directors|Governors|Trustees)"
)


def board_of_body(res: Resolver, v: View) -> str:
    """ "The AfDB Board approved", "the IMF Executive Board", "the World Bank's Board of
    Executive Directors": the body itself acts."""
    if "Board" not in v.bare:
        return NEXT
    if _BOARD_OF_MEMBERS.fullmatch(v.bare):
        return CLAIM
    words = v.words
    if (
        2 <= len(words) <= 3
        and v.lowered[-1] == "board"
        and acronym_like(words[0])
        and (len(words) == 2 or v.lowered[1] in {"executive", "supervisory"})
    ) or (
        len(words) > 2
        and acronym_like(words[0])
        and _BOARD_OF_MEMBERS.fullmatch(v.bare, len(words[0]) + 1)
    ):  # "the AIIB Board of Directors": the bank itself
        res.org(words[0], v.chunk.start, v.chunk.start + len(words[0]))
        return CLAIM
    return NEXT
