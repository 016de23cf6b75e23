"""Reads around a name that several rules share: titles before it, appositions after it, speech."""

from __future__ import annotations

from briefdesk.extract import role_bodies
from briefdesk.extract import rx as re
from briefdesk.extract.body_names import org_named, short_form_body
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.compound_roles import ROLE_OPENERS, compound_at, ends_in_compound
from briefdesk.extract.date_names import without_date
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, STOPWORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.role_lists import list_tail, remit_after, undated
from briefdesk.extract.text import Sentence, strip_possessive, sub_found
from briefdesk.extract.vocab import (
    CONNECTOR_WORDS,
    HEADS_VERB,
    LOWER_ROLE_RE,
    OCCUPATION_AT,
    REGIONS,
    ROLE_ENDS,
    apposition_at,
)


def possessor_before(res: Resolver, pos: int) -> str:
    before = res.before(pos, 60)
    base = pos - len(before)
    # (a word ending "ia." or "jan." closes the sentence before: "Serbia. Azerbaijan's")
    match = re.search(r"([A-Z][\w.]*(?: (?<![a-z]{2}\. )[A-Z][\w.]*)*)['’]s\s+$", before)
    if not match:
        return ""
    owner, at = without_date(res.text, base + match.start(1), match.group(1))  # N18-04
    if not owner:
        return ""
    code = res.country_of(owner)
    if code:
        res.state(code, owner, at, at + len(owner))
        return res.affiliation_name(code)
    return org_named(res, owner)


_NO_OWNER = frozenset({"The", "A", "An", "But", "And", "Or", "So", "Yet", "While", "When", "As"})


def lowercase_role_before(
    res: Resolver, pos: int, window: str | None = None
) -> tuple[str, str] | None:
    """ "Sonatrach chief executive Toufik Hakkar", "U.S. envoy Steve Witkoff"."""
    if window is None:
        window = res.before(pos, 90)
    # The title must end in a role word right before the name; checking that first skips
    # the costly end-anchored search for almost every name.
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return None
    tail = len(stripped)
    while tail > 0 and ("a" <= stripped[tail - 1] <= "z" or stripped[tail - 1] == "-"):
        tail -= 1
    if stripped[tail:].lstrip("-") not in ROLE_ENDS and not ends_in_compound(stripped.split()):
        return None  # (a title word, or "managing partner", right before the name)
    if _SIZE_BEFORE.search(stripped):
        return None  # "the 15-member Caribbean Community": a size, no title
    match = LOWER_ROLE_RE.search(window)
    if not match:
        return None
    words = match.group(2).split()
    while words and (words[0] not in ROLE_OPENERS or words[0] in CONNECTOR_WORDS):
        words = words[1:]
    if not words or (words[-1] not in ROLE_HEADS | {"counterpart"} and not ends_in_compound(words)):
        return None
    stated = re.split(r"[.!?]\s+|\n", match.group(1) or "")[-1]  # "on Monday. Sonatrach chief"
    owner = re.sub(r"^(?:The|A|An|But|And|Or|So|Yet|While|When|As|If)\s+", "", stated)
    owner = without_date(res.text, pos - len(window) + match.end(1) - len(owner), owner)[0]
    if len(words) < len(match.group(2).split()) or owner in _NO_OWNER or owner.endswith("-based"):
        owner = ""  # "The deal was signed by chairman X": "The" owns no title
    affiliation = short_form_body(res, stated) if owner else ""  # "The Authority's chief X"
    owner = "" if affiliation else owner
    role = " ".join(role_bodies.lower_body_cut(words))  # "foreign ministry spokesperson"
    owner_words = [w.lower() for w in owner.split()]
    possessive = bool(owner) and match.group(0)[len(owner) :].startswith(("'s", "’s"))
    if (
        owner_words
        and not possessive
        and all(w in ROLE_MODIFIERS or w in ORG_HEADS for w in owner_words)
    ):
        at = pos - len(match.group(0))
        if owner_words[-1] in role_bodies.BODY_WORDS:  # "Foreign Ministry spokesperson"
            affiliation = role_bodies.body_affiliation(res, owner, at)
        else:  # "Defence procurement chief": the remit is part of the title
            role, affiliation = f"{owner} {role}", possessor_before(res, at)
        owner = ""
    remit = _remit(res, owner, pos - len(match.group(0)), possessive)
    if remit:
        role, owner = f"{remit} {role}", owner[: -len(remit)].strip()
        affiliation = possessor_before(res, pos - len(match.group(0))) if not owner else ""
    if owner:
        code = res.country_of(owner)
        affiliation = res.affiliation_name(code) if code else owner
        if owner.lower() in STOPWORDS:
            affiliation = ""
    return role, affiliation


def _remit(res: Resolver, owner: str, at: int, possessive: bool) -> str:
    """ "ADB Pacific director", "Hanul Cell's Indonesia director": a region or country between
    a body and a title is the title's remit, not the person's affiliation."""
    if possessive or not owner:
        return ""
    words = owner.split()
    last = words[-1]
    if last not in REGIONS and not res.country_of(last):
        return ""
    if len(words) > 1 and (words[-2].isupper() or words[-2] not in REGIONS):
        return last
    return last if re.search(r"['’]s\s+$", res.before(at, 4)) else ""


_SIZE_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|[a-z]+teen|[a-z]+ty)-"
    r"(?:member|man|woman|person|strong)$"
)


def head_of_before(res: Resolver, pos: int) -> tuple[str, str] | None:
    """ "The head of Russia's Rostec, Sergei Chemezov, said": title, then the name."""
    match = re.search(
        r"\b[Tt]he\s+((?:(?!the\s)[a-z-]+\s+){0,2}[a-z-]+)\s+of\s+(?:the\s+)?"
        r"(?:([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)['’]s\s+)?([A-Z][^,;]{1,60}?),\s+$",
        res.before(pos, 120),
    )
    if not match or match.group(1).split()[-1] not in ROLE_HEADS:
        return None
    target = match.group(3)
    code = res.country_of(target)
    if code:
        return match.group(1), res.affiliation_name(code)
    return match.group(1), org_named(res, target)


def counterpart(
    res: Resolver, sentence: Sentence, pos: int, lower: tuple[str, str]
) -> tuple[str, str]:
    """ "his Omani counterpart Badr Albusaidi": the same title as the other minister."""
    for start, _end, key in reversed(res.found.mentions):
        actor = res.found.actors[key]
        if sentence.start <= start < pos and actor.type == "person" and actor.role:
            return actor.role, lower[1]
    return lower


# Titles held in companies: "chief executive of Andes Rail" names a company, while "Minister
# of Water Resources" names a remit.
_CORPORATE_TITLES = frozenset(
    {
        "executive",
        "officer",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "director",
        "manager",
        "founder",
        "ceo",
        "cfo",
        "coo",
        "partner",
        "vice-president",
        "owner",
        "directeur",
        "directrice",
        "administrateur",
        "gerente",
        "presidente",
        "président",
    }
)
_FORMAL_STATE = r"\s+of\s+the\s+(?:State|Republic|Kingdom|Federation|Sultanate|Emirate)$"
_COMPLEMENT = r"\s(?:%s)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s(?:[A-Z][\w.\-]*|\d+|of|and|for))*)$"


_ROLE_VERB = (
    r"^\s+(?:(?:became|becomes|has\s+become|has\s+been|(?:retires|retired|resigns|resigned|"
    r"steps\s+down|stepped\s+down|takes\s+over|took\s+over|stays\s+on|serves|served)\s+as)"
    r"\s+(?:the\s+)?(?:new\s+)?(?=[A-Za-z])|"
    r"(?:is|was)\s+(?=[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+(?:of|at|for)\s+[A-Z]))"
)


_JOINS_AS = (
    r"^\s+(?:joins|joined|has\s+joined|will\s+join|rejoins)\s+(?:the\s+)?"
    r"([A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|of|for|and))*)\s+as\s+(?:its\s+|the\s+|an?\s+)?"
    r"(?:new\s+)?(?=[a-z])"
)


# "chief economist in May", "head of sales since 2024": when, not part of the office.
_WHEN = re.compile(
    r"\s+(?:in|on|since|from|last|this|until)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b|\d{4}\b|week\b|month\b|year\b).*$"
)


_DESK_AT = lazy(
    r"\s+[a-z][a-z-]*\s+(?:at|of)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})"
)


def apposition(res: Resolver, pos: int) -> tuple[str, str] | None:
    """ ", Pakistan's Ambassador to China," or ", chief executive of TAI,"."""
    pos = apposition_at(res.text, pos)  # (past "(retd)"); -1: no comma nor verb after it
    return undated(_apposition(res, pos)) if pos >= 0 else None


def _apposition(res: Resolver, pos: int) -> tuple[str, str] | None:
    heads = re.match(
        r",\s+who\s+(heads|leads|chairs|runs|directs)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}"
        r"([A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|for|and|the))*)?",
        res.after(pos, 120),
    )
    if heads and not heads.group(2):
        return HEADS_VERB[heads.group(1)], ""  # ", who heads the authority's concessions unit,"
    if heads and heads.group(2):
        # "X, who heads the Defence Industry Agency,": head of that organisation.
        org = strip_possessive(heads.group(2))  # "who chairs Norvik's board": Norvik
        at = pos + heads.start(2)
        desk = _DESK_AT.match(res.text, pos + heads.end(2))
        if desk:  # "who heads the LNG desk at Vietnam Electricity": the body after "at"
            org, at = desk.group(1), desk.start(1)
        code = res.country_of(org)
        if code:
            return "head", res.affiliation_name(code)
        key = res.org(org, at, at + len(org), res.country_of(org.split()[0]))
        return HEADS_VERB[heads.group(1)], res.found.actors[key].name
    # "X is a non-resident fellow at the Y Institute" reads like ", a non-resident fellow at ...".
    after = sub_found(r"^\s+(?:is|was)\s+(an?|the)\s+(?=[a-z])", r", \1 ", res.after(pos, 140))
    # "X became Minister for Energy", "X is economics editor of Y": the office, as an apposition.
    after = sub_found(_ROLE_VERB, ", ", after)
    # "X joins Afreximbank as head of infrastructure finance": the body owns the office.
    joins = re.match(_JOINS_AS, after)
    if joins and not res.country_of(joins.group(1)):
        at = pos + joins.start(1)
        res.org(joins.group(1), at, at + len(joins.group(1)))
        after = ", " + joins.group(1) + "'s " + after[joins.end() :]
    # "Hiro Tanaka, who is president of Nippon Rail," is the apposition ", president of ...".
    after = sub_found(
        r"^,\s+who\s+(?:is|was)\s+(?:also\s+)?(?:(the|an?)\s+)?(?=[a-z])", r", \1 ", after
    )
    # "Hassan Diab, who was appointed energy minister in March,": the office.
    after = sub_found(
        r"^(?:,\s+(?:who\s+(?:was|has\s+been|is)\s+)?|\s+(?:was|has\s+been)\s+)"
        r"(?:appointed|named|elected|sworn\s+in\s+as)"
        r"\s+(?:as\s+)?((?:the\s+)?[a-z][^,;]*?)(?:\s+(?:in|on|last|this|since)\s+[^,;]*)?(?=,|\.)",
        r", \1",
        after,
    )
    # "chief executive officer (CEO) of Andes Rail": the bracketed short form is no stop.
    after = sub_found(r"\s\([A-Z]{2,6}\)(?=\s)", "", after, hint="(")
    # "Amina Yusuf, 54, the new finance minister,": the age, then the title.
    after = sub_found(r"^,\s+\d{2,3}(?=,)", "", after)
    after = sub_found(  # ", a Hanoi-based energy analyst": where one works is no part of it
        r"^(,\s+(?:the|a|an)\s+)(?:new|newly appointed|incoming|[A-Z][\w'’.-]*-based)\s+",
        r"\1",
        after,
    )
    match = re.match(
        r",\s+(?:(the|a|an|its|his|her)\s+)?(?:([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)(?:['’]s|(?<=s)['’])\s+|"
        r"(?:junta|regime|party|army|military|navy|president|minister|premier|king)['’]s\s+)?"
        r"([^,;:()\"“”\n]{2,90}?)"
        r"(?=,|\.\s|\.$|;|\)|\s+\(|[ \t]*\n|\s+(?:said|told|says|who|in an interview))",
        after,
    )
    if not match:
        return None
    phrase = _WHEN.sub("", _before_next_person(match.group(3).strip()))
    if re.search(r"\s(?:of|for)\s+[A-Z][a-z]+$", phrase):
        phrase += list_tail(after[match.end(3) :])  # "Minister of Commerce, Industry and ..."
    if re.match(
        r"(?:and|or|but|while|to|from|for|by|with|[io]n|at|wh(?:ere|en|ich)|met|said|says|told"
        r"|added|paid|signed|visited)\s", phrase
    ):  # a list's next item (", and Siam Coastal's chairman, X"); a verb (", said on a call")
        return None
    words = phrase.split()
    lowered = [w.lower().strip(".") for w in words]
    head_index = next((i for i, w in enumerate(lowered[:5]) if w in ROLE_HEADS), None)
    head_index = compound_at(lowered) if head_index is None else head_index  # "managing partner"
    # ", a political scientist at Cairo University", ", a defence commentator at Antena 3":
    # an occupation we have no title word for, placed at a named body.
    occupation = match.group(1) in {"a", "an"} and OCCUPATION_AT.match(phrase)
    if head_index is None and not occupation:
        return None
    owner = match.group(2) or ""
    affiliation = ""
    if head_index is not None and head_index > 0 and not owner:
        prefix = " ".join(words[:head_index])
        known = org_named(res, prefix, create=False) or (
            res.country_of(prefix) and res.affiliation_name(res.country_of(prefix))
        )
        first_mod = next((i for i, w in enumerate(lowered) if w in ROLE_MODIFIERS), head_index)
        if not known and first_mod > 0:
            prefix = " ".join(words[:first_mod])
            known = org_named(res, prefix, create=False) or (prefix if prefix.isupper() else "")
        if not known and len(words[0]) > 1 and words[0].isupper():
            prefix = known = words[0]  # "IMF mission chief for Malawi": the IMF's mission chief
        if known:
            affiliation = known
            words = words[len(prefix.split()) :]
            phrase = " ".join(words)
    generic = re.match(
        r"(?:[a-z-]+\s+){0,2}?"
        r"(company|country|kingdom|republic|state|group|firm|bank|ministry|agency|authority|"
        r"government|fund|lender|yard|regulator)['’]s\s+",
        phrase,
    )
    if generic and not owner and len(words) > 1:
        # "the company's chairman": the last organisation of that kind, if any.
        body = generic.group(1)
        last = res.last_org_by_head.get("bank" if body == "lender" else body)
        if last and body not in {"country", "kingdom", "republic", "state"}:
            affiliation = affiliation or res.found.actors[last].name
        phrase = phrase[generic.end() :]
        words = phrase.split()
    lead = words[0]
    if not owner and res.country_of(lead) and len(words) > 1:
        affiliation = res.affiliation_name(res.country_of(lead))
        words = words[1:]
        phrase = " ".join(words)
    if owner:
        code = res.country_of(owner)
        earlier = short_form_body(res, f"the {owner}") if match.group(1) == "the" else ""
        affiliation = res.affiliation_name(code) if code else earlier or org_named(res, owner)
    # "an energy analyst at Capital Economics in London": the city is not part of the role.
    phrase = re.sub(
        r"(\s(?:at|with|of)\s.*)\s+in\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?$", r"\1", phrase
    )
    of_state = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})$", phrase)
    if of_state and res.country_of(of_state.group(1)) and " of " in phrase[: of_state.start()]:
        # "Minister of Foreign Affairs of Singapore": the state, after the title's own "of".
        code = res.country_of(of_state.group(1))
        at = res.text.find(of_state.group(1), pos, pos + 160)
        if at >= 0:
            res.state(code, of_state.group(1), at, at + len(of_state.group(1)))
        phrase = re.sub(_FORMAL_STATE, "", phrase[: of_state.start()])
        return phrase, affiliation or res.affiliation_name(code)
    complement = re.search(_COMPLEMENT % "of|at|with", phrase) or re.search(
        _COMPLEMENT % "for", phrase
    )
    if complement:
        target = complement.group(1)
        code = res.country_of(target)
        linker = phrase[complement.start() : complement.start(1)]
        target_words = {w.lower() for w in target.split()}
        at_org = bool(re.search(r"\s(?:at|with)\s", linker)) or (
            " for " in linker
            and not res.known_entity(target)
            and not res.known_place(target)
            and not target_words & ROLE_MODIFIERS
        )  # "spokesman for Andes Rail", never "envoy for Asia" or "for Foreign Affairs"
        corporate = (
            " of " in linker
            and set(phrase[: complement.start()].lower().split()) & _CORPORATE_TITLES
            and not target_words & ROLE_MODIFIERS
            and not res.known_place(target)
            and not (len(target_words) == 1 and is_common_word(target))
            and target.split()[0].lower() not in first_names()
        )  # "president of Nippon Rail": a company (the title keeps its complement)
        known_body = (
            code
            or org_named(res, target, create=False)
            or target.isupper()
            or at_org  # "a senior official at Rosatom"
            or (target_words & ORG_HEADS and not target_words & ROLE_MODIFIERS)
        )
        if known_body or corporate:
            affiliation = affiliation or (
                res.affiliation_name(code) if code else org_named(res, target)
            )
            at = res.text.find(target, pos, pos + 160)
            if code and at >= 0:
                res.state(code, target, at, at + len(target))
            if not code and at >= 0 and not org_named(res, target, create=False):
                res.org(target, at, at + len(target))  # "at Rosatom": an organisation
            if known_body and (code or (" to " not in phrase and not phrase.startswith("Senior"))):
                phrase = phrase[: complement.start()].strip()
    return phrase + remit_after(res, pos, after, phrase), affiliation


def _before_next_person(phrase: str) -> str:
    """ "chair of PortCo and Luis Vega": the title stops before the next person of a list;
    ", Secretary to the Treasury Mr. Y" is all the next person's (round 20): none."""
    if re.search(r"\s(?:Mr|Mrs|Ms|Dr|Prof)$", phrase):
        return ""
    cut = re.search(r"\s+and\s+([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){1,3}$", phrase)
    if cut and cut.group(1).lower() in first_names():
        return phrase[: cut.start()]
    return phrase


def speaks(res: Resolver, start: int, end: int) -> bool:
    after = re.match(r"\s*(?:,\s*)?(\w+)", res.after(end, 30))
    before = re.search(r"(?<!\w)(\w++)\s++$", res.before(start, 30))
    by_line = re.search(
        r"(?:^|\n|\()\s*(?:By|Reporting by|Editing by|Writing by)\s+$"
        r"|;\s*(?:[Ee]dit(?:ing|ed)|Writing|Additional reporting) by\s+$",
        res.before(start, 40),
    )
    return bool(
        (after and after.group(1).lower() in SPEECH_VERBS)
        or (before and before.group(1).lower() in SPEECH_VERBS)
        or by_line
        or (
            before
            and before.group(1) in {"to", "by"}
            and re.search(r"according\s+to\s+$", res.before(start, 20))
        )
    )
