"""Components: a state named by its name ("Burkina Faso", after a word that opens the sentence),
and country words that name no single state actor ("US$", "Franco-Italian")."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.cues_orgs import acronym_after, legal_end
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.gazetteer import is_ambiguous_country_word
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import strip_possessive


def currency_word(res: Resolver, v: View) -> str:
    """ "US$33 million", "13 million US dollars", "... United States dollars" (round 13): a
    country's word or name inside a currency is no state."""
    if len(v.words) > 3 or not res.country_of(" ".join(v.words)):
        return NEXT
    after = re.match(r"(\$)|\s+([a-z]+)", res.after(v.chunk.end, 16))
    # "US$33" with no space; "Kenya $200 million" is the state and an amount.
    word = (after.group(2) or "").removesuffix("s") if after else ""
    if after and (after.group(1) == "$" or word in res.gaz.currency_names):
        return CLAIM
    return NEXT


def joint_adjective(res: Resolver, v: View) -> str:
    """ "Franco-Italian", "Sino-Pakistani", "Russo-Indian": two states, not an organisation."""
    if len(v.words) != 1 or v.words[0].count("-") != 1:
        return NEXT
    word = strip_possessive(v.words[0])
    first, second = word.split("-")
    codes = [COMBINING_FORMS.get(first) or res.country_of(first), res.country_of(second)]
    if not all(codes):
        return NEXT
    res.rule = "state.demonym"
    at = v.chunk.start
    for part, code in zip((first, second), codes, strict=True):
        res.state(code, part, at, at + len(part))
        at += len(part) + 1
    return CLAIM


# The first half of a joint adjective ("Franco-", "Sino-") names a state too.
COMBINING_FORMS = {
    "Franco": "FR",
    "Sino": "CN",
    "Indo": "IN",
    "Anglo": "GB",
    "Russo": "RU",
    "Italo": "IT",
    "Turco": "TR",
    "Greco": "GR",
    "Nippo": "JP",
    "Germano": "DE",
    "Hispano": "ES",
    "Luso": "PT",
    "Austro": "AT",
    "Belgo": "BE",
}


def state_name(res: Resolver, v: View) -> str:
    code = res.gaz.names.get(v.bare)
    if not code and v.bare.endswith("s") and v.bare[0].isupper() and not v.bare.isupper():
        code = res.gaz.adjectives.get(v.bare[:-1], "")  # "The Italians offered": Italy
    if code:
        res.state(code, v.bare, v.chunk.start, v.chunk.start + len(v.bare))
        return CLAIM
    if len(v.rest) > 1 and _opens(res.text, v.chunk.start) and _modifier(v.lowered[0]):
        # "Neighbouring Burkina Faso and Mali", "Landlocked Malawi imports": a word capitalised
        # only because it opens the sentence, then the state.
        at = v.rest[1].start
        name = v.bare[at - v.chunk.start :]
        code = res.gaz.names.get(name, "")
        if code:
            res.state(code, name, at, at + len(name))
            return CLAIM
    if len(v.rest) > 1 and v.words[-1] in res.gaz.names:
        return _body_of_state(res, v)
    if len(v.words) > 1 and v.words[-1] == "Government":
        return _state_government(res, v)
    return NEXT


def _state_government(res: Resolver, v: View) -> str:
    """ "the United States Government", "the U.S. Government" (round 21): the state itself, as
    "the Government of Canada" is; these were bodies by the head word "Government" (5 in four
    readable sets; the golds write the state, with the words as its alias)."""
    code = res.gaz.names.get(" ".join(v.words[:-1]), "")
    if not code or is_ambiguous_country_word(" ".join(v.words[:-1])):
        return NEXT
    res.state(code, v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return CLAIM


def _body_of_state(res: Resolver, v: View) -> str:
    """ "Global Affairs Canada", "Bursa Malaysia", "Millennium Challenge Account Nepal": a
    body whose name ends with its state's (the state is named too)."""
    words = v.words
    cut = next(
        (
            k
            for k in range(max(1, len(words) - 3), len(words))
            if res.gaz.names.get(" ".join(words[k:]))
        ),
        0,
    )
    head = [w.lower() for w in words[:cut]]
    state = " ".join(words[cut:])
    code = res.gaz.names.get(state, "")
    if cut and code and (res.known_place(v.bare) or head in (["inner"], ["outer"])):
        # "in Port Sudan", "in Inner Mongolia, China" (round 9): a town or a region whole
        res.rule = "place.state-in-name"
        res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
        return CLAIM
    if (
        not cut
        or is_ambiguous_country_word(state)
        or res.gaz.countries[code].name != state  # "Island" (Iceland), "America": aliases
        or head[0] in _AREA_WORDS  # "Upper Egypt", "South America": a region
        or set(head) & (ROLE_HEADS | _LINKS)
        or head[0] in first_names()
        or (v.chunk.sentence_start and is_common_word(words[0]))
        or res.known_entity(" ".join(words[:cut]))
    ):
        return NEXT
    at = v.rest[cut].start
    res.state(code, state, at, at + len(state))
    res.rule = "org.state-body"
    name = legal_end(res, v.bare, v.chunk.start + len(v.bare))  # "MDV Slovakia s.r.o."
    res.org(name, v.chunk.start, v.chunk.start + len(name), code)
    acronym_after(res, v.chunk, name)  # "Petróleos de Venezuela (PDVSA)"
    return CLAIM


_LINKS = frozenset({"of", "and", "for", "the", "in"})
_AREA_WORDS = frozenset(
    {"upper", "lower", "north", "south", "east", "west", "central", "northern", "southern"}
    | {"eastern", "western", "greater", "mainland", "rural", "coastal", "island", "islands"}
)


def _modifier(word: str) -> bool:
    """ "neighbouring", "landlocked", "rival": a word that describes, not a name's first."""
    return (
        word not in ORG_HEADS
        and word not in _BRAND_LEADS
        and (is_common_word(word) or word.endswith(_DESCRIBING))
    )


_DESCRIBING = ("ing", "ed", "ful", "ous", "al", "ic", "ive", "ours", "ors")
_BRAND_LEADS = frozenset({"air", "radio", "royal", "telecom", "post", "petro"})  # "Air Senegal"


def _opens(text: str, start: int) -> bool:
    before = text[start - 2 if start > 1 else 0 : start]
    return not before.strip() or before[-1:] == "\n" or before[:1] in {".", ":", '"', "“"}
