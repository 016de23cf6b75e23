"""Component: names joined by "and" are split into parts, which go back through the chunk rules."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.and_joins import later_name_start, one_trade_name
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.cues_orgs import INSTRUMENT_TAILS
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import (
    HEAD_WORDS,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from briefdesk.extract.remits import plural_remit_end, remit_field, remit_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import (
    Chunk,
    Sentence,
    Token,
    strip_possessive,
)
from briefdesk.extract.vocab import (
    AGREEMENT_WORDS,
    CONNECTOR_WORDS,
    REGIONS,
    is_legal_form,
)


def joined_by_and(res: Resolver, v: View) -> str:
    if " and " in v.bare and split_and(res, v.sentence, v.chunk):
        return CLAIM
    return NEXT


def split_and(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
    """ "Britain and India": two names joined by "and" are two actors, not one."""
    words = [strip_possessive(w).lower() for w in chunk.words]
    if words.count("and") > 2:
        # "A and B and C and D": a list of names, split at every "and" at once so a long
        # list costs time in proportion to its length.
        _split_list(res, chunk, words)
        return True
    if words[-1] in INSTRUMENT_TAILS or words[-1] in AGREEMENT_WORDS:
        return False  # "the Belt and Road Initiative", "Exchange of Letters and Notes": one name
    index = words.index("and")
    left, right = chunk.tokens[:index], chunk.tokens[index + 1 :]
    second = words.index("and", index + 1) if words.count("and") == 2 else -1
    if second > 0 and remit_field(left, chunk.tokens[index + 1 : second], res.country_of):
        # "Ministry of Agriculture and Waterways of Fiji and the Council": split at the second
        rest = chunk.tokens[second + 1 :]
        while rest and rest[0].text.lower() in {"the", "of"}:
            rest = rest[1:]
        res.split.extend(
            Chunk(tuple(part), False) for part in (chunk.tokens[:second], rest) if part
        )
        return True
    later = later_name_start(words)
    rest = chunk.tokens[later + 1 :] if later > 0 else ()
    while rest and rest[0].text.lower() in {"the", "of"}:
        rest = rest[1:]
    if rest and not _region(res, rest):
        # "the Competition and Consumer Protection Commission and of the Ministry of Mines"
        # (not "Japan Fund for Prosperous and Resilient Asia and the Pacific")
        res.split.extend(
            Chunk(tuple(part), False) for part in (chunk.tokens[:later], rest) if part
        )
        return True
    if _inside_one_name(res, left, right) or one_trade_name(left, right):
        return False  # "Antigua and Barbuda Airport Authority", "Bank of Asia and the Pacific"
    if _two_firms(left, right):
        # "between Kvitberg Defence and Al Dhafra Integrated Systems LLC": two firms.
        res.split.extend(Chunk(tuple(part), False) for part in (left, right))
        return True
    heads = HEAD_WORDS
    left_heads = {t.text.lower() for t in left} & heads
    if plural_remit_end(left) and not res.country_of(right[0].text if right else ""):
        left_heads = {t.text.lower() for t in left[:-1]} & heads  # "Ports and Free Zones Authority"
    if left and len(left) > 1 and is_legal_form(left[-1].text):
        # "Halvard Maritime AS and Tasman Rail Pty Ltd": a legal form ends the first name.
        res.split.extend(Chunk(tuple(part), False) for part in (left, right) if part)
        return True
    left_text = {t.text for t in left}
    the_after = bool(right) and right[0].text == "the" and not {"of", "for"} & left_text
    # "Petrobras and Indian Oil Corporation": a lone coined name, then a whole body.
    coined = (
        len(left) == 1
        and len(right) >= 2
        and not is_common_word(left[0].text)
        and left[0].text.lower() not in TITLE_WORDS
        and not res.country_of(left[0].text)
        and not res.known_place(left[0].text)
        and "-" not in left[0].text
        and not re.match(r"\s*\([A-Z]", res.after(chunk.end, 4))  # a name with its acronym
    )
    if (
        len(left) <= 2
        and res.known_place(res.text[left[0].start : left[-1].end])
        and res.before(chunk.start, 4).endswith("of ")
    ):
        # "Kauri Civil Ltd of Auckland and Viti Asphalt Pte Ltd": the first firm's town, then
        # the second firm.
        town = res.text[left[0].start : left[-1].end]
        res.rule = "place.after-legal-form"
        res.place(town, left[0].start, left[-1].end, res.gaz.cities.get(town, ("", 0))[0])
        res.split.extend(Chunk(tuple(part), False) for part in (right,) if part)
        return True
    if (
        right
        and right[-1].text.lower() in heads
        and not left_heads
        and not the_after
        and not coined
    ):
        # "Research and Development Organisation", "Commerce and Industry Minister"; never
        # "Falcon Aero and the Royal Thai Air Force": "and the" starts a second name.
        return False
    # "Minister of Petroleum and Mineral Resources Karim Badawi": "and" inside a title
    # whose left part is nothing but title words.
    left_low = [strip_possessive(t.text).lower() for t in left]
    cut = next((k for k, w in enumerate(left_low) if w in {"of", "for"}), -1)
    if (
        cut > 0
        and set(left_low[:cut]) & ROLE_HEADS
        and all(
            w in ROLE_MODIFIERS or w in ORG_HEADS or w in CONNECTOR_WORDS or res.country_of(w)
            for w in left_low[cut:]
        )
    ):
        return False
    # "Under Secretary for Terrorism and Financial Intelligence Brian Nelson": a title's
    # complement joined by "and", then a name that starts with a given name.
    given = first_names()
    if (
        cut > 0
        and set(left_low[:cut]) & ROLE_HEADS
        and not any(t.text[0].isupper() and t.text.lower() in given for t in left[cut + 1 :])
        and right
        and right[0].text.lower() not in given
        and any(t.text.lower() in given for t in right[1:])
        and not {t.text.lower() for t in right} & ROLE_HEADS
    ):
        return False
    if words.count("and") == 1 and remit_field(left, right, res.country_of):
        return False  # "Ministry of Transport and Civil Aviation": a field of the remit
    # "Ministry of Energy and Mineral Resources": "and" inside the complement of a body.
    left_lower = [t.text.lower() for t in left]
    # (the last "of": "Undersecretary of the Ministry of Heritage and Tourism")
    of_at = next(
        (k for k in range(len(left) - 1, 0, -1) if left_lower[k] in {"of", "for", "on"}), -1
    )
    if (
        of_at > 0  # "Ministry of Energy and ...", "Coordinating Ministry for Maritime and ..."
        and set(left_lower[:of_at]) & ORG_HEADS
        and right
        and right[0].text.lower() != "the"
        and (  # "Public Works" is a body of its own; "Ministry of Energy and Minerals" is one
            not {t.text.lower() for t in right} & (ORG_HEADS - ROLE_MODIFIERS)
            or (len(right) == 1 and is_common_word(right[0].text))
        )
        and not res.country_of(res.text[right[0].start : right[-1].end])
        and all(remit_like(t.text) for t in right)  # not "and Kopa Resources" (round 12)
        and right[0].text.lower() not in first_names()
        # a state may own the body ("Ecuador's Ministry of ..."), not end its left part
        and not any(res.country_of(strip_possessive(t.text)) for t in left[1:])
    ):
        return False
    # "Hydrocarbons and Energy Minister X": one remit word joined to a title's remit.
    if (
        len(left) == 1
        and left[0].text.lower() not in first_names()
        and not res.known_entity(strip_possessive(left[0].text))
        and any(t.text.lower() in ROLE_HEADS for t in right[:3])
        and (right[0].text.lower() in ROLE_MODIFIERS or is_common_word(right[0].text))
    ):
        return False
    # "Deputy Prime Minister and Defence Minister X", "Commerce and Industry Minister X":
    # one title joined by "and" stays one title.
    title_words = TITLE_WORDS
    left_words = [strip_possessive(t.text).lower() for t in left]
    if left_words and res.country_of(left[0].text):
        left_words = left_words[1:]
    if (
        left_words
        and all(w in title_words for w in left_words)
        and any(t.text.lower() in ROLE_HEADS for t in right)
    ):
        return False
    while right and right[0].text.lower() in {"the", "of"}:
        right = right[1:]
    # The parts go back through the chunk rules from a work list, never by recursion, so a
    # long "A and B and C ..." costs no stack.
    res.split.extend(Chunk(tuple(part), False) for part in (left, right) if part)
    return True


def _region(res: Resolver, tokens: tuple[Token, ...]) -> bool:
    """ "the Pacific", "the Caribbean": a region or place ends a body's name."""
    text = res.text[tokens[0].start : tokens[-1].end]
    return text in REGIONS or tokens[0].text in REGIONS or res.known_place(text)


def _inside_one_name(res: Resolver, left: tuple[Token, ...], right: tuple[Token, ...]) -> bool:
    """The "and" belongs to a name inside the chunk: a state ("Antigua and Barbuda", "Trinidad
    and Tobago") or two regions after a body's "of" ("Development Bank of Latin America and
    the Caribbean")."""
    text = res.text
    for k in (1, 2):
        for m in (1, 2, 3):
            if (
                len(left) >= k
                and len(right) >= m
                and res.country_of(text[left[-k].start : right[m - 1].end])
            ):
                return True
    words = [t.text for t in right]
    if words[:1] == ["the"]:
        words = words[1:]
    lowered = [t.text.lower() for t in left]
    if "of" not in lowered or not set(lowered[: lowered.index("of")]) & ORG_HEADS:
        return False
    of_part = " ".join(t.text for t in left[lowered.index("of") + 1 :])
    return of_part in REGIONS and " ".join(words) in REGIONS


def _two_firms(left: tuple[Token, ...], right: tuple[Token, ...]) -> bool:
    """A name of two words or more, "and", then a name of two words or more that ends with a
    legal form ("Marks and Spencer Group plc" has one word before "and": one firm)."""
    return (
        len(left) >= 2
        and len(right) >= 3
        and is_legal_form(right[-1].text)
        and not {t.text.lower() for t in left} & (CONNECTOR_WORDS | ROLE_HEADS)
        and right[0].text.lower() not in CONNECTOR_WORDS
    )


def _split_list(res: Resolver, chunk: Chunk, words: list[str]) -> None:
    part: list[Token] = []
    parts: list[list[Token]] = []
    for token, word in zip(chunk.tokens, words, strict=True):
        if word == "and":
            parts.append(part)
            part = []
        elif part or word not in {"the", "of"}:
            part.append(token)
    parts.append(part)
    res.split.extend(Chunk(tuple(p), False) for p in parts if p)
