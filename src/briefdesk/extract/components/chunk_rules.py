"""Components: the ordered rules tried on each run of capitalised words."""

from __future__ import annotations

import re

from briefdesk.extract.components.titles import (
    person_of,
    title_comma_name,
    title_with_country,
    titled_person,
)
from briefdesk.extract.cues_orgs import acronym_after, org_affiliation, org_name
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import (
    INTERNATIONAL_ORGS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)
from briefdesk.extract.names import (
    name_like,
)
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import (
    Chunk,
    Sentence,
    is_possessive,
    strip_possessive,
)
from briefdesk.extract.vocab import (
    AREA_AFTER,
    COMMODITY_HEADS,
    CONNECTOR_WORDS,
    DESIGNATION_LEAD,
    HONORIFIC_WORDS,
    NAME_HONORIFICS,
    PLACE_HEADS,
    PLACE_OF_BEFORE,
    PLACE_OF_LEAD,
    REGIONS,
    SHORT_HEADS,
    SITE_AFTER,
    WHOLE_WITH_OF,
    WORKS_AFTER,
)


def classify(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
    """Handle a chunk whose type its words or close context decide; False to defer."""
    words = chunk.words
    if len(words) == 1 and words[0].lower().rstrip(".") in LEGAL_SUFFIXES:
        return True  # the "Ltd." of "Mitsubishi Heavy Industries, Ltd."
    if (
        len(words) >= 2
        and DESIGNATION_LEAD.match(words[0])
        and words[0] not in INTERNATIONAL_ORGS
        and not any(w.lower() in ORG_HEADS for w in words)
    ):
        return True  # "M142 HIMARS", "K9 Thunder": a weapon, not an organisation
    if (
        len(words) == 1
        and words[0].lower() in HONORIFIC_WORDS
        and re.match(r"\.\s+[A-Z]", res.after(chunk.end, 4))
    ):
        return True  # the "Col." of "Col. Xerxes Trinidad" is a rank, not a person
    if len(words) == 1 and strip_possessive(words[0]).lower() in SHORT_HEADS:
        # "The Ministry announced": the last ministry named, never a new organisation.
        key = res.last_org_by_head.get(strip_possessive(words[0]).lower())
        if key:
            word = strip_possessive(words[0])
            res.found.actors[key].add(word, chunk.start, chunk.start + len(word))
            res.found.mentions.append((chunk.start, chunk.start + len(word), key))
        return True
    if (
        len(words) >= 2
        and words[0].lower().rstrip(".") in NAME_HONORIFICS
        and name_like(list(chunk.tokens[1:]))
    ):
        # "Mr Modi", "Ms Wong": the name without the honorific.
        named = chunk.tokens[1:]
        name = strip_possessive(res.text[named[0].start : named[-1].end])
        if not res.known_entity(name):
            res.person(name, named[0].start, named[0].start + len(name))
            return True
    last = strip_possessive(words[-1])
    phrase = res.text[chunk.start : chunk.end]
    bare = strip_possessive(phrase)
    held = re.match(r"(?:Shares|Stock|Stakes?)\s+(?:in|of)\s+(?:the\s+)?", bare)
    if held and len(bare) > held.end() and not res.country_of(bare[held.end() :]):
        # "Shares of Kestrel rose": the company whose shares a sentence opens with.
        name = bare[held.end() :]
        res.org(name, chunk.start + held.end(), chunk.start + held.end() + len(name))
        return True
    if bare in INTERNATIONAL_ORGS:
        res.org(bare, chunk.start, chunk.start + len(bare))
        return True
    code = res.gaz.names.get(bare)
    if code:
        res.state(code, bare, chunk.start, chunk.start + len(bare))
        return True
    if " and " in bare and split_and(res, sentence, chunk):
        return True
    # A leading demonym or country names the affiliation of what follows.
    lead_code = ""
    rest = list(chunk.tokens)
    lead_code = res.country_of(rest[0].text)
    if lead_code and len(rest) > 1 and title_with_country(res, chunk, rest):
        return True
    if lead_code and len(rest) > 1 and PLACE_OF_LEAD.match(bare):
        lead_code = ""  # "Taiwan Strait", "Philippine Sea": a place, not the state
    if lead_code and len(rest) > 1:
        lead = rest[0]
        res.state(
            lead_code,
            strip_possessive(lead.text),
            lead.start,
            lead.start + len(strip_possessive(lead.text)),
        )
    elif lead_code and len(rest) == 1:
        tok = rest[0]
        res.state(
            lead_code,
            strip_possessive(tok.text),
            tok.start,
            tok.start + len(strip_possessive(tok.text)),
        )
        return True
    if title_comma_name(res, chunk, lead_code):
        return True
    if titled_person(res, sentence, chunk, lead_code):
        return True
    lowered = [strip_possessive(w).lower() for w in words]
    if PLACE_OF_LEAD.match(bare) and not any(w in ROLE_HEADS for w in lowered):
        # "Port of Gwadar", "Strait of Malacca", "Gulf of Aden", "Luzon Strait".
        res.place(bare, chunk.start, chunk.start + len(bare))
        return True
    if last.lower() in PLACE_HEADS and not any(w in ROLE_HEADS for w in lowered):
        res.place(bare, chunk.start, chunk.start + len(bare))
        return True
    if bare in REGIONS:
        res.place(bare, chunk.start, chunk.start + len(bare))
        return True
    # "at its Cugir facility", "Hanwha's Changwon plant": the town of a works.
    if (
        WORKS_AFTER.match(res.after(chunk.end, 20))
        and (
            res.known_place(bare)
            or re.search(r"\b(?:its|their|[A-Z][\w-]*['’]s)\s+$", res.before(chunk.start, 30))
        )
        and not res.found.actors.get(f"org:{bare.lower()}")
    ):
        res.place(bare, chunk.start, chunk.start + len(bare))
        return True
    if not lead_code or len(rest) > 1:
        # "the Transmed pipeline", "the Zohr field", "Batajnica air base".
        site = SITE_AFTER.match(res.after(chunk.end, 20))
        if site and not is_possessive(words[-1]):
            end = chunk.end + site.end()
            res.place(res.text[chunk.start : end], chunk.start, end)
            return True
        if AREA_AFTER.match(res.after(chunk.end, 16)) and name_like(rest):
            res.place(bare, chunk.start, chunk.start + len(bare))
            return True
        # "the port city of Gwadar", "the province of Aceh".
        if PLACE_OF_BEFORE.search(res.before(chunk.start, 30)) and name_like(rest):
            res.place(bare, chunk.start, chunk.start + len(bare))
            return True
    if person_of(res, sentence, chunk):
        return True
    if any(ch.isdigit() for ch in bare):
        return False
    if len(lowered) == 1 and lowered[0] in COMMODITY_HEADS:
        return True  # a lone "LNG" or "Gas" is a commodity, not an organisation
    if len(words) >= 2 and " & " in bare and not res.known_entity(bare):
        # "TEPCO Fuel & Power", "Procter & Gamble": an ampersand joins a firm's name.
        res.org(bare, chunk.start, chunk.start + len(bare), org_affiliation(res, chunk))
        return True
    if any(w in ORG_HEADS for w in lowered) and not all(w in ROLE_MODIFIERS for w in lowered):
        tail = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)$", bare)
        if (
            tail
            and res.country_of(tail.group(1))
            and (
                " of " in bare[: tail.start()]
                or lowered[len(bare[: tail.start()].split()) - 1] not in WHOLE_WITH_OF
            )
        ):
            code = res.country_of(tail.group(1))
            res.state(code, tail.group(1), chunk.start + tail.start(1), chunk.start + tail.end(1))
            name = bare[: tail.start()]
            if name.lower() in {"government", "the government", "state", "people"}:
                # "the Government of Sri Lanka" is the state itself.
                res.state(code, bare, chunk.start, chunk.start + len(bare))
                return True
            # "Ministry of Energy of the Republic of Kazakhstan": the state's formal name.
            name = re.sub(
                r"\s+of\s+the\s+(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|"
                r"Islamic Republic|People's Republic|Federal Republic|Commonwealth)$",
                "",
                name,
            )
            res.org(name, chunk.start, chunk.start + len(name), code)
            return True
        affiliation = lead_code or org_affiliation(res, chunk)
        res.org(
            org_name(res, chunk),
            chunk.start,
            chunk.start + len(org_name(res, chunk)),
            affiliation,
        )
        acronym_after(res, chunk, bare)
        return True
    return False


def split_and(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
    """ "Britain and India": two names joined by "and" are two actors, not one."""
    words = [strip_possessive(w).lower() for w in chunk.words]
    index = words.index("and")
    left, right = chunk.tokens[:index], chunk.tokens[index + 1 :]
    heads = ORG_HEADS | ROLE_HEADS
    left_heads = {t.text.lower() for t in left} & heads
    if right and right[-1].text.lower() in heads and not left_heads:
        return False  # "Research and Development Organisation", "Commerce and Industry Minister"
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
    # "Ministry of Energy and Mineral Resources": "and" inside the complement of a body.
    left_lower = [t.text.lower() for t in left]
    if (
        "of" in left_lower
        and set(left_lower[: left_lower.index("of")]) & ORG_HEADS
        and right
        and right[0].text.lower() != "the"
        and not {t.text.lower() for t in right} & ORG_HEADS
        and not res.country_of(res.text[right[0].start : right[-1].end])
        and right[0].text.lower() not in first_names()
        and not any(res.country_of(strip_possessive(t.text)) for t in left)
    ):
        return False
    # "Deputy Prime Minister and Defence Minister X", "Commerce and Industry Minister X":
    # one title joined by "and" stays one title.
    title_words = ROLE_HEADS | ROLE_MODIFIERS
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
    for part in (left, right):
        if part:
            sub = Chunk(tuple(part), False)
            if not classify(res, sentence, sub):
                # Late, with everything else: "MVM and BOTAS" may name companies that are
                # only recognised further on in the first pass.
                res.pending.append((sentence, sub))
    return True
