"""Titles read around a name that several components share: a title set off by a comma before
it, a title in brackets after it, an office it was appointed to, a country that ends a title."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.body_names import org_named
from briefdesk.extract.cues_people import lowercase_role_before, possessor_before
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS
from briefdesk.extract.names import acronym_like, name_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Token, strip_possessive


def title_with_country(res: Resolver, chunk: Chunk, rest: list[Token]) -> bool:
    """ "Pakistan's Ambassador to China Khalil Hashmi": the country ends the title."""
    before = res.before(chunk.start, 80)
    if not before.rstrip().endswith(("to", "of", "for")):
        return False  # (a cheap test of the end before the pattern anchored there)
    match = re.search(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s(to|of|for)\s$", before)
    if not match or match.group(1).split()[-1].lower() not in ROLE_HEADS:
        return False
    names = rest[1:]
    if not names or not name_like(names):
        return False
    country = strip_possessive(rest[0].text)
    res.state(res.country_of(country), country, rest[0].start, rest[0].start + len(country))
    role = f"{match.group(1)} {match.group(2)} {country}"
    affiliation = possessor_before(res, chunk.start - len(before) + match.start())
    name = strip_possessive(res.text[names[0].start : names[-1].end])
    res.person(name, names[0].start, names[0].start + len(name), role, affiliation)
    return True


# "its chairman, X", "the company's president director, X", "the new mines minister, X".
_DETERMINED_ROLE = re.compile(
    r"(?:\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|\b[Tt]he\s+(?:([a-z][a-z-]*)['’]s\s+)?)\s*"
    r"(?:(?:new|newly appointed|incoming|current)\s+)?"
    r"((?:(?!(?:its|the|his|her|their|our)\s)[a-zà-ÿ][a-zà-ÿ-]*\s+){0,5}[a-zà-ÿ][a-zà-ÿ-]*),\s+$"
)


# The comma before a name, and any honorifics between them: ", Dr. ", ", Dato' Sri ".
_COMMA_HONORIFIC = re.compile(
    r",\s+(?:(?:Dr|Prof|Dato['’]?|Datuk|Tan|Sri|Seri|Hon|Sheikh|Mr|Ms|Mrs|Engr|Ing|H\.E|HE)\.?\s+)*$"
)


# (the complement may end in lower-case words: "special envoy for Pacific affairs")
_ROLE_TO_PLACE = re.compile(
    r"\b([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)['’]s\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
    r"((?:to|for|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
    r"(?:\s(?!said\b|says\b)[a-z][a-z-]*){0,2}),\s+$"
)
# "Mauritania's coast guard chief, ": a state's possessive, then one to four lower-case words.
_STATE_TITLE = re.compile(
    r"\b([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)['’]s\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*),\s+$"
)
# An owner is one sentence's words: "... in May. Ecuador's ambassador to the UN, X" is Ecuador's.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")


def role_before_comma(res: Resolver, start: int, after: str = ",") -> tuple[str, str] | None:
    """A title set off by a comma before the name that starts at ``start``: "Indonesia's defence
    minister, Prabowo Subianto," (an owner is needed), or a determined one: "its chief
    executive, X", "the buyer's spokeswoman, X", "Our procurement director, Colonel X"."""
    comma = _COMMA_HONORIFIC.search(res.before(start, 24))
    if not comma:
        return None
    at = start - len(comma.group())
    if re.match(r"\s*(?:[,.;]|$)", after):
        lower = lowercase_role_before(res, at + 1, res.before(at, 90) + " ")
        if lower and lower[1]:
            return lower  # "..., economist, X," with no owner is too loose
    to_place = _ROLE_TO_PLACE.search(res.before(start, 90))
    if to_place and to_place.group(2).split()[-1] in ROLE_HEADS:
        # "Kenya's ambassador to China, Peter Otieno,": a title ending in a complement.
        owner = _SENTENCE_BREAK.split(to_place.group(1))[-1]
        code = res.country_of(owner)
        role = f"{to_place.group(2)} {to_place.group(3)}"
        return role, res.affiliation_name(code) if code else org_named(res, owner)
    state_title = _STATE_TITLE.search(res.before(start, 90))
    if state_title and res.country_of(_SENTENCE_BREAK.split(state_title.group(1))[-1]):
        words = state_title.group(2).split()
        if words[-1] in ROLE_HEADS and not set(words) & STOPWORDS:
            # "Mauritania's coast guard chief, Colonel X": a state's title, any remit before it
            code = res.country_of(_SENTENCE_BREAK.split(state_title.group(1))[-1])
            return state_title.group(2), res.affiliation_name(code)
    capital = _capital_title(res, start - len(comma.group()) + 1) or _envoy_to(
        res, start - len(comma.group()) + 1
    )
    if capital:
        return capital
    if res.text.startswith(", ", at) and len(comma.group()) > 2:
        start = at + 2  # "The minister, Dr. X": the title is read up to its comma
    match = _DETERMINED_ROLE.search(res.before(start, 90))
    if not match:
        return _role_of_before_comma(res, start)
    words = match.group(2).split()
    joined = ""
    if "and" in words[1:-1] and words[words.index("and") - 1] in ROLE_HEADS:
        joined = match.group(2)  # "co-founder and chief technology officer": two titles
        words = [w for w in words if w != "and"]
    if words[-1] not in ROLE_HEADS or set(words) & STOPWORDS or (len(words) > 4 and not joined):
        return _role_of_before_comma(res, start)
    body = match.group(1) or ""
    last = res.last_org_by_head.get("bank" if body == "lender" else body) if body else None
    if match.group().lower().startswith(("its ", "their ")):
        last = _body_just_named(res, match.start() + start - 90 if start > 90 else match.start())
    return joined or " ".join(words), res.found.actors[last].name if last else ""


def _last_actor_body(res: Resolver, at: int) -> str:
    """The organisation named last before ``at`` (this sentence or the one before), when the
    last actor named there is one; places between do not count."""
    sentence_start = res.text.rfind(". ", 0, at)
    low = res.text.rfind(". ", 0, sentence_start) if sentence_start > 0 else 0
    before = [(s, key) for s, _e, key in res.found.mentions if low <= s < at]
    key = max(before)[1] if before else ""
    return res.found.actors[key].name if key.startswith("org:") and key in res.found.actors else ""


def its_body(res: Resolver, at: int) -> str:
    """The name of the organisation "its" at ``at`` stands for, or "" (see below)."""
    key = _body_just_named(res, at)
    return res.found.actors[key].name if key else ""


def _body_just_named(res: Resolver, at: int) -> str | None:
    """ "... from Vestkyst Marine A/S. Its chief executive, X,": the body "its" stands for, when
    the last name before it (in this sentence or the one before) is an organisation's; a
    sentence-opening "Its" first takes the subject of the sentence before (see below)."""
    subject = _subject_before(res, at)
    if subject:
        return subject
    sentence_start = res.text.rfind(". ", 0, at)
    low = res.text.rfind(". ", 0, sentence_start) if sentence_start > 0 else 0
    before = [(s, e, key) for s, e, key in res.found.mentions if low <= s < at]
    if not before:
        return None
    before.sort()
    _s, end, key = before[-1]
    if (
        len(before) > 1
        and key.startswith("state:")
        and _OF_HOME.fullmatch(res.text, before[-2][1], before[-1][0])
    ):
        _s, _e, key = before[-2]  # "Noordzee Trawlers BV of the Netherlands ... Its": the firm
    if re.search(r"(?<!\.\s)\b[A-Z]", res.text[end:at]):
        return None  # another name stands between ("at the TCEB offices by its"): unsure
    return key if key.startswith("org:") and key in res.found.actors else None


_OF_HOME = re.compile(r"\s+of\s+(?:the\s+)?")  # (round 22, N22-12)


# What may stand before a sentence's subject: a fronted phrase ("Across the sea,", "In
# Lisbon,"), "The", or a descriptive apposition ("The refinery's owner,").
_SUBJECT_LEAD = lazy(
    r"^(?:[A-Z][\w'’-]*(?:\s[\w'’-]+){0,5},\s+)?(?:[Tt]he\s+)?"
    r"(?:[a-z]+['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?$"
)
_SENTENCE_ENDS = re.compile(r"[.!?][\"”’)]?\s+|\n\s*")


def _subject_before(res: Resolver, at: int) -> str | None:
    """ "Nile Marine Works, based in Alexandria, built the breakwater at Sokhna and berths at
    Port Said. Its chairman, X": a sentence-opening "Its" stands for the organisation that is
    the subject of the sentence before (news English keeps its topic as the subject), not
    for the last name there; only when that sentence opens with the organisation."""
    window = res.text[max(0, at - 500) : at]
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(window)]
    if not ends or ends[-1] != len(window):
        return None  # "its" does not open its sentence
    if len(ends) < 2 and at > 500:
        return None
    low = at - len(window) + (ends[-2] if len(ends) > 1 else 0)
    high = at - len(window) + ends[-1]
    inside = [(s, -e, key) for s, e, key in res.found.mentions if low <= s < high]
    opening = _OPENING_NAME.match(res.text, low, high)
    if opening and (not inside or opening.start(1) < min(inside)[0]):
        # The sentence opens with a short form not yet resolved ("Sohar Gateway is a unit
        # of ..." after "Sohar Gateway Terminals"): the organisation whose name it begins.
        start, end, key = opening.start(1), opening.end(1), _org_begun_by(res, opening.group(1))
    elif inside:
        start, minus_end, key = min(inside)  # (the longest of those that start first)
        end = -minus_end
    else:
        return None
    if (
        not key.startswith("org:")
        or key not in res.found.actors
        or res.text.startswith(("'s", "’s"), end)
        or not _SUBJECT_LEAD.match(res.text[low:start])
    ):
        return None
    return key


_OPENING_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s[\w'’-]+){0,5},\s+)?(?:The\s+)?([A-Z][\w&-]+(?:\s[A-Z][\w&-]+){0,4})"
    r"(?=\s+(?:is|was|has|had|said|says|will|won|built|owns|runs|makes|[a-z]+ed)\b)"
)


def _org_begun_by(res: Resolver, words: str) -> str:
    """The key of the one organisation whose name is ``words`` or begins with them."""
    keys = {
        key
        for key, actor in res.found.actors.items()
        if key.startswith("org:") and (actor.name == words or actor.name.startswith(words + " "))
    }
    return next(iter(keys)) if len(keys) == 1 else ""


# "The minister of finance, X,", "the yard's head of naval sales, X,", "A ministry spokesman,
# X,": a lower-case title with a determiner, a complement or a body word, then the comma.
_ROLE_OF_COMMA = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:([a-z][a-z-]*)['’]s\s+)?"
    r"(?:(?:new|newly appointed|incoming|current|former)\s+)?"
    r"(?:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?=[a-z]))?"  # "The Senegalese minister of"
    r"((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    r"(?:\s+(of|for|at)\s+((?:the\s+)?(?:(?!\.\s)[^,;()\"“”]){2,60}?)"
    r"|\s+in\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}))?,"
    r"\s+$"
)


def _role_of_before_comma(res: Resolver, start: int) -> tuple[str, str] | None:
    comma = _COMMA_HONORIFIC.search(res.before(start, 24))
    if not comma:
        return None
    demonym = _demonym_title(res, res.before(start - len(comma.group()) + 1, 120) + " ")
    if demonym:
        return demonym
    match = _ROLE_OF_COMMA.search(res.before(start - len(comma.group()) + 1, 120) + " ")
    if not match:
        return None
    # (groups: 1 a body's possessive, 2 a state's adjective, 3 the title, 4 "of", 5 its object,
    # 6 the place after "in")
    words = match.group(3).split()
    if words[-1] not in ROLE_HEADS or set(words) & STOPWORDS - {"of", "for"}:
        return None
    state = res.country_of(match.group(2) or "")
    if match.group(2) and not state:
        # "a Harbourline spokesperson, X,": a body the text names; another capitalised word
        # that names no state is not read here.
        body = org_named(res, match.group(2), create=False)
        plain = not (match.group(1) or match.group(4) or match.group(6))
        return (" ".join(words), body) if body and plain else None
    if match.group(6):
        # "A deputy trade minister in Valdor, X,", "Our correspondent in Port Lenn, X,": where
        # the person is, not a remit of the title.
        return " ".join(words), res.affiliation_name(state) if state else ""
    complement = match.group(5) or ""
    title = f"{' '.join(words)} {match.group(4)} {complement}" if complement else " ".join(words)
    if state:  # "The Senegalese minister of fisheries, X,": that state's minister
        return title, res.affiliation_name(state)
    if not complement:
        if len(words) > 1 or match.group(1):
            return title, ""
        # "Harbourline rejected it. A spokesman, X, said": one title word after "a" is the
        # title of a body just named (anyone else's is left alone).
        body = _last_actor_body(res, start) if match.group().lower().startswith("a ") else ""
        return (title, body) if body else None
    target = re.sub(r"^the\s+", "", complement)
    if target[:1].isupper() and match.group(4) in {"for", "at"}:
        # "A spokeswoman for the Mekong Watch Alliance, X,": the body is the affiliation.
        code = res.country_of(target)
        return " ".join(words), res.affiliation_name(code) if code else org_named(res, target)
    if target[:1].isupper():
        return None  # "The head of Russia's Rostec, X,": a body, read by head_of_before
    return title, ""


# "The Bangladeshi High Commissioner in New Delhi, X", "The Ivorian envoy to the talks, X",
# "the Kuwaiti oil ministry's undersecretary, X": a state's adjective owns the title; where the
# person serves or what the talks were is no part of it.
_DEMONYM_TITLE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+([A-Z][a-zà-ÿ]+)\s+"
    r"(?:(?:[a-z][a-z-]*\s+){0,2}([a-z][a-z-]*)['’]s\s+)?"
    r"((?:[A-Za-z][a-z-]*\s+){0,2}?[A-Za-z][a-z-]*)"
    r"(?:\s+(?:to|in|at)\s+[^,;()\"“”]{2,40}?)?,\s+$"
)


def _demonym_title(res: Resolver, before: str) -> tuple[str, str] | None:
    """The title and state of "The <Demonym> <title> [to/in/at ...], <Name>"."""
    match = _DEMONYM_TITLE.search(before)
    if not match:
        return None
    words = match.group(3).split()
    code = res.country_of(match.group(1))
    if (
        not code
        or (match.group(2) and match.group(2) not in ORG_HEADS)  # not "the ... striker's agent"
        or words[-1].lower() not in ROLE_HEADS
        or {w.lower() for w in words} & STOPWORDS
        or len({w[:1].isupper() for w in words}) > 1
    ):
        return None
    return " ".join(words), res.affiliation_name(code)


_CAPITAL_TITLE = re.compile(
    r"(?:^|[.;:!?]\s+|\b[Tt]he\s+)((?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][a-z-]+)"
    r"((?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2})?),$"
)


def _capital_title(res: Resolver, comma_end: int) -> tuple[str, str] | None:
    """ "The ADB Country Director, Mr. Takeshi Morinaga": a capitalised title (after a
    body's short form) set off by a comma before an honorific and the name."""
    before = res.before(comma_end, 80)
    match = _CAPITAL_TITLE.search(before)
    if not match or before[: match.start()].endswith((" of ", " for ")):
        return None  # "a spokesman for the Office of the Prime Minister, X": a body's name
    words = match.group(1).split()
    if words[0] == "The":
        words = words[1:]
    if not words or words[-1].lower() not in ROLE_HEADS:
        return None
    if match.group(2):  # "The Vice Chancellor of the university, Prof. X"
        return " ".join(words) + match.group(2), ""
    if len(words) == 1:
        return words[0], ""  # "the Ambassador, H.E. Paul Tremblay"
    lead = words[0]
    if acronym_like(lead) or lead.isupper():
        code = res.country_of(lead)
        return " ".join(words[1:]), res.affiliation_name(code) if code else org_named(res, lead)
    if all(w.lower() in ROLE_HEADS | ROLE_MODIFIERS for w in words):
        return " ".join(words), ""
    return None


# "Brazil's Ambassador to India, Kenneth ... da Nobrega,": a state's envoy to a state.
_ENVOY_TO = re.compile(
    r"(?:\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+|\b[Tt]he\s+([A-Z][\w.]*)\s+)"
    r"((?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+)\s+"
    r"(to|in)\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}),$"
)


def _envoy_to(res: Resolver, comma_end: int) -> tuple[str, str] | None:
    match = _ENVOY_TO.search(res.before(comma_end, 90))
    if not match or match.group(3).split()[-1].lower() not in ROLE_HEADS:
        return None  # "Brazil's Ambassador to India,", "The US Ambassador to Indonesia,"
    code = res.country_of(match.group(1) or match.group(2))
    if not code or not res.country_of(match.group(5)):
        return None
    return f"{match.group(3)} {match.group(4)} {match.group(5)}", res.affiliation_name(code)


def role_in_brackets(res: Resolver, end: int) -> tuple[str, str] | None:
    """ "Wayan Sudarsana (operations director)", "Hon. X (Minister of Power and Energy):": a
    title in brackets after a name."""
    match = re.match(
        r"\s+\(((?:[a-z][a-z-]*|[A-Z][a-z-]+)(?:\s+(?:[a-z][a-z-]*|[A-Z][\w-]*)){0,7})\)",
        res.after(end, 90),
    )
    if not match:
        # "Pieter van der Berg (CEO, Rotterdam Dredging)": the title, then its body.
        match = _BRACKETED_TITLE_BODY.match(res.after(end, 120))
        if not match or not set(match.group(1).lower().split()) & ROLE_HEADS:
            return None
        return match.group(1), match.group(2)
    words = match.group(1).split()
    if not any(w.lower() in ROLE_HEADS for w in words[:3]):
        return None
    return match.group(1), ""


_BRACKETED_TITLE_BODY = re.compile(
    r"\s+\(((?:[A-Za-z][\w-]*\s+){0,4}[A-Za-z][\w-]*),\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})\)"
)


_APPOINTED_BEFORE = re.compile(
    r"\b(?:appoint(?:s|ed)?|nam(?:es|ed)|nominat(?:es|ed)|picked|chose|chosen|tapped|"
    r"elect(?:s|ed)?|designated)\s+(?:[a-z]+\s+)?$"
)
_APPOINTED_FORMS: tuple[str, ...] = ("appoint", "appoints", "appointed", "names", "named")
_APPOINTED_FORMS += ("nominates", "nominated", "picked", "chose", "chosen", "tapped", "elect")
_APPOINTED_FORMS += ("elects", "elected", "designated")
_AS_ROLE = re.compile(
    r"(?:,[^,;]{2,90},)?\s+as\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:new\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\b"
)


def appointed_as(res: Resolver, start: int, end: int) -> str:
    """ "appointed Rodrigo Arce, a former trade minister, as special envoy": the new office is
    the role, not the apposition."""
    before = res.before(start, 30)  # (the verb ends one of the last two words: test them first)
    if not any(w.endswith(_APPOINTED_FORMS) for w in before.rsplit(None, 2)[-2:]):
        return ""
    if not _APPOINTED_BEFORE.search(before):
        return ""
    match = _AS_ROLE.match(res.after(end, 160))
    if not match:
        return ""
    words = match.group(1).split()
    while words and words[-1] not in ROLE_HEADS:
        words = words[:-1]
    return " ".join(words)
