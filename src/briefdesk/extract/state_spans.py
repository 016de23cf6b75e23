"""States named with several words inside a longer run of capitals: "Bank of Papua New
Guinea", "Prime Minister of the Independent State of Samoa". A word-by-word lookup finds
"Guinea" or "Samoa" alone (or nothing); these helpers find the longest state name instead."""

from __future__ import annotations

import re

from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Token, strip_possessive
from briefdesk.extract.vocab import REGIONS, STATE_FORM_TAIL

_LONGEST: dict[str, int] = {}


def _longest_from() -> dict[str, int]:
    """First word of a several-word state name -> the most words such a name has (built on
    first use, kept in ``_LONGEST``)."""
    gaz = gazetteer()
    for name in (*gaz.names, *gaz.adjectives):
        words = name.split()
        if len(words) > 1:
            _LONGEST[words[0]] = max(_LONGEST.get(words[0], 0), len(words))
    return _LONGEST


def state_at(res: Resolver, tokens: list[Token] | tuple[Token, ...], i: int) -> tuple[int, str]:
    """The longest state name that starts at ``tokens[i]``: (index past its last token, ISO
    code), or (i, "") when none starts there."""
    most = (_LONGEST or _longest_from()).get(tokens[i].text, 0)
    for j in range(min(len(tokens), i + most), i + 1, -1):
        if tokens[j - 1].start - tokens[i].start > 60:
            continue
        code = res.country_of(res.text[tokens[i].start : tokens[j - 1].end])
        if code:
            return j, code
    code = res.country_of(tokens[i].text)
    return (i + 1, code) if code else (i, "")


def first_state(res: Resolver, tokens: list[Token] | tuple[Token, ...]) -> tuple[int, int, str]:
    """The first state named among ``tokens``, longest form: (first index, index past, code),
    or (0, 0, "")."""
    for i in range(len(tokens)):
        j, code = state_at(res, tokens, i)
        if code and not (
            (i and f"{tokens[i - 1].text} {tokens[i].text}" in REGIONS) or region_lead(tokens[i:])
        ):
            return i, j, code  # (never "America" of "Latin America", "Indian" of "Indian Ocean")
    return 0, 0, ""


_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])", re.IGNORECASE)  # (headings in capitals)


def trailing_state(res: Resolver, phrase: str) -> tuple[int, int, str]:
    """ "Prime Minister of the Independent State of Papua New Guinea": the state after the
    first "of" whose whole remainder names one, as (where " of" starts, where the state's
    name starts, ISO code) in ``phrase``, or (-1, -1, "")."""
    if " of " not in phrase and " OF " not in phrase:
        return -1, -1, ""
    for match in _OF.finditer(phrase):
        rest = strip_possessive(phrase[match.end() :])
        code = res.country_of(rest) or (res.country_of(rest.title()) if rest.isupper() else "")
        if code and rest[:1].isupper():
            form = STATE_FORM_TAIL.search(phrase, 0, match.start())
            return (form.start() if form else match.start()), match.end(), code
    return -1, -1, ""


def state_in_title(
    res: Resolver, tokens: list[Token], last_head: int
) -> tuple[int, int, int, str] | None:
    """ "Prime Minister of the Independent State of Samoa Fiame Mataafa": a state after the
    title's "of" with a name after it, as (index of "of", first and past index of the state's
    name, ISO code); None when the title has no such state."""
    for k in range(last_head + 1, len(tokens) - 2):
        if tokens[k].text != "of":
            continue
        first = k + 2 if tokens[k + 1].text == "the" else k + 1
        if first >= len(tokens) - 1:
            return None
        past, code = state_at(res, tokens, first)
        if code and past < len(tokens):
            return k, first, past, code
    return None


_SEA_WORDS = frozenset({"Ocean", "Sea", "Gulf", "Rim", "Basin", "Subcontinent"})


def region_lead(tokens: list[Token] | tuple[Token, ...]) -> bool:
    """ "Indian Ocean Rim Association", "Arabian Sea Partnership" (round 22): a demonym that
    opens a region's or a sea's name inside a longer name belongs to the region, which many
    states share, and gives the body no country (nor names the state)."""
    return len(tokens) > 1 and region_words(tokens[0].text, tokens[1].text)


def region_words(first: str, second: str) -> bool:
    """``region_lead`` of two words as strings."""
    return second in _SEA_WORDS or f"{first} {second}" in REGIONS
