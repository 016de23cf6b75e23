"""Components: a person named after a rank or an honorific, or after a title set off by a comma.

"Colonel-Major X", "Vice Admiral X", "Eng. X", "Sayyida X", "ACM X": the rank or honorific is
neither part of the name nor, when the text states a function, the role ("the ministry's
director of procurement, Colonel-Major X" is a director of procurement). "The Chief of
Defence, General X,", "The chief of staff of the Marine Nationale, Rear Admiral X,", "the
Director General of the Swedish Defence Materiel Administration (FMV), X", "The Minister of
Mineral Resources and Energy, X, has": the title before the comma is the role, a body in it
the affiliation, and the body is never the person.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.body_names import org_named
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_orgs import acronym_after
from briefdesk.extract.cues_people import (
    apposition,
    head_of_before,
    lowercase_role_before,
    possessor_before,
)
from briefdesk.extract.cues_titles import role_before_comma
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, TITLE_WORDS
from briefdesk.extract.name_spans import name_at
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.role_lists import list_tail
from briefdesk.extract.state_spans import trailing_state
from briefdesk.extract.text import Chunk
from briefdesk.extract.vocab import NAME_HONORIFICS, RANKS
from briefdesk.extract.words import word_list

NAME_RANKS = word_list("name_ranks")


def _alternation(words: frozenset[str]) -> str:
    forms = sorted(words, key=len, reverse=True)  # "rear admiral" before "admiral"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)


# One or more ranks or honorifics, each perhaps with a dot, "(ret.)" after a rank.
RANK_LEAD = re.compile(
    rf"(?:(?:{_alternation(NAME_RANKS)})\.?(?:\s*\((?:ret|retd|retired|r)\.?\))?\s+)+",
    re.IGNORECASE,
)
RANK_WORD = re.compile(rf"(?:{_alternation(NAME_RANKS)})(?=\.|\s|\Z)", re.IGNORECASE)
_MILITARY = frozenset({"colonel-major", "commodore", "commander"})
_FORMAL_AFTER = re.compile(r"\s+of\s+the\s+(?:Nation|State|Republic|Union|Kingdom|Sultanate)(?=,)")
_FORMAL_TAIL = re.compile(r"\s+of\s+the\s+(?:Nation|State|Republic|Union|Kingdom|Sultanate)$")


def ranked_name(res: Resolver, v: View) -> str:
    """ "Colonel-Major X", "Gen. X", "H.E. Sayyida X": the name after the ranks, its role from
    the title before it ("its president, Engineer X") or after it (", Undersecretary of ...")."""
    chunk = v.chunk
    if v.lowered[0].split(".")[0] not in FIRSTS:  # ("h.e." is keyed "h", as in FIRSTS)
        return NEXT
    lead = RANK_LEAD.match(res.text, chunk.start)
    if not lead or all(w in _OLDER for w in _lead_words(lead[0])):
        return NEXT  # "Mr X", "H.E. Dr X", "Sheikh X": the honorific rules' own
    span = name_at(res, lead.end())
    if not span:
        return NEXT
    start, end = span
    after = res.after(end, 4)
    rank = re.sub(r"\s*\([^)]*\)", "", lead[0]).strip().rstrip(".")
    role = (
        _OFFICE_ABBREVIATIONS.get(rank)  # "Sen. X, who chairs ...": a senator
        or role_before_comma(res, chunk.start, after)
        or head_of_before(res, chunk.start)
        or _staff_before(res, chunk.start)
        or lowercase_role_before(res, chunk.start)
        or _current(apposition(res, end))
        or _has_been(res, end)
    )
    if not role and (rank.lower() in RANKS or rank.lower() in _MILITARY):
        role = (rank, "")  # "General X" with no function stated: the rank is all we have
    res.person(res.text[start:end], start, end, *split_body(res, *(role or ("", ""))))
    res.skip_until = max(res.skip_until, end)
    return CLAIM


_OFFICE_ABBREVIATIONS = {"Sen": ("Senator", ""), "Rep": ("Representative", "")}
# "FANA chief of staff General X": a staff title ("staff" is no title word of its own).
_STAFF = re.compile(
    r"(?:\b([A-Z][\w&-]*)\s+)?((?:deputy\s+|vice\s+)?chief\s+of\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}staff)\s+$"
)


def _staff_before(res: Resolver, start: int) -> tuple[str, str] | None:
    match = _STAFF.search(res.before(start, 60))
    if not match:
        return None
    owner = match.group(1) or ""
    if owner in {"The", "A", "An", "Its", "His", "Her"}:
        owner = ""
    return match.group(2), org_named(res, owner, create=False) or owner


# "Eng. X has been chief executive of the state-owned Y since 2024": the office held.
_HAS_BEEN = re.compile(
    r"\s+(?:has|had)\s+been\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:of|at)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,5})"
)


def _has_been(res: Resolver, end: int) -> tuple[str, str] | None:
    match = _HAS_BEEN.match(res.text, end)
    if not match or match.group(1).split()[-1] not in ROLE_HEADS:
        return None
    return match.group(1), org_named(res, match.group(2))


def _current(role: tuple[str, str] | None) -> tuple[str, str] | None:
    """ "Vice Admiral X, former deputy chief of the navy": a past office is not the role."""
    return None if role and role[0].startswith(("former ", "ex-")) else role


def _lead_words(lead: str) -> list[str]:
    words = RANK_WORD.findall(lead)
    return [re.sub(r"\s+", " ", w).lower() for w in words]


# Honorifics older rules read with their own logic (brackets, communiqué chains).
_OLDER = NAME_HONORIFICS | {"hon", "h.e", "his excellency", "prof", "sheikh", "sheikha"}
FIRSTS = frozenset(w.split()[0].split(".")[0] for w in NAME_RANKS) | {"his"}


def split_body(res: Resolver, role: str, affiliation: str) -> tuple[str, str]:
    """ "Undersecretary of the Ministry of Heritage and Tourism": the title, and the body it
    is held in as the affiliation."""
    body = _BODY_OF.search(role)
    if not body or body.group(1).lower() not in ORG_HEADS:
        return role, affiliation
    name = role[body.start(1) :]
    return role[: body.start()], affiliation or org_named(res, name, create=False) or name


_BODY_OF = re.compile(r"\s+of\s+the\s+([A-Z][a-z]+)\b")


# A title or body, then the name: ", General X", " (FMV), Åsa X", ", the engineer X".
_COMMA_LEAD = re.compile(r",\s+(?:the\s+)?")
# "(FMV)", "(Kabaranahan) [Badan Sarana Pertahanan]": the short form, and a gloss in brackets.
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,14}\)(?:\s\[[A-Z][^\]\n]{1,60}\])?")
_FOR_PLACE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?=,)")
# "the chief of staff of the", "its general manager at the": a lower-case title before a body.
_ROLE_OF_BODY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+['’]s\s+)?"
    r"((?:(?!the\s|a\s|an\s|and\s)[a-z-]+\s+){0,3}?[a-z-]+(?:\s+of\s+staff)?)\s+(?:of|at)\s+"
    r"(?:the\s+)?$"
)
# "Permanent Secretary in the Ministry of Finance, X,", "Director of Procurement at the Kenya
# Ports Authority, X,": a capitalised title (and its remit) before its body.
_CAPITAL_TITLE_IN = re.compile(
    r"(?:^|(?<=[\s(]))((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
    r"((?:\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)?)\s+(?:in|at|of)\s+(?:the\s+)?$"
)


def _capital_title_in(res: Resolver, start: int) -> str:
    match = _CAPITAL_TITLE_IN.search(res.before(start, 80))
    if not match:
        return ""
    words = [w.lower() for w in match.group(1).split()]
    if not all(w in TITLE_WORDS for w in words) or words[-1] not in ROLE_HEADS:
        return ""
    return match.group(1) + match.group(2)


_BEFORE_BODY = (" of ", " of the ", " at ", " at the ", " in ", " in the ")
_NOT_BODY = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
_DASH_TITLE = lazy(
    r"\s+[–—]\s+[A-Z][\w'’-]*(?:\s+(?:of|for|and)(?:\s+the)?\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*"
)
# "From Orbital Andina, its general manager, X": the body, then its officer's title.
_ITS_ROLE = re.compile(r",\s+(?:its|their)\s+((?:[a-z-]+\s+){0,3}[a-z-]+),\s+")


def role_comma_name(res: Resolver, v: View) -> str:
    """A title or a body, then ", [rank] Name": the person, the title as the role."""
    chunk = v.chunk
    end = chunk.end
    if res.text[end : end + 1] not in {",", " "}:
        return NEXT
    tokens = list(chunk.tokens)[1:] if v.lead_code else list(chunk.tokens)
    if not tokens:
        return NEXT
    # (cheap first: a title's first word, a body after "of/at", or ", its <title>," after)
    lead = (
        tokens[1].text if tokens[0].text in {"The", "Its"} and len(tokens) > 1 else tokens[0].text
    )
    if (
        lead.lower() not in TITLE_WORDS
        and not res.before(chunk.start, 8).endswith(_BEFORE_BODY)
        and not res.text.startswith((", its ", ", their "), end)
    ):
        return NEXT
    start = tokens[0].start
    if tokens[0].text in {"The", "Its"} and len(tokens) > 1:
        start = tokens[1].start
    text = res.text
    dash = _DASH_TITLE.match(text, end) if text.startswith((" – ", " — "), end) else None
    if dash and v.lowered[-1] in ROLE_HEADS:
        end = dash.end()  # "Deputy Prime Minister – Minister of Economy and Finance": one role
    phrase = res.text[start:end]
    # "Minister of Finance of X Yerlan K. and the Country Director of the ADB, Y": Y's title
    # is the one after the last "and the".
    coordinated = phrase.rfind(" and the ")
    if coordinated > 0 and _titled(phrase[coordinated + 9 :]):
        first = tuple(t for t in chunk.tokens if t.end <= start + coordinated)
        if len(first) > 2:  # the first person and their title: read as a chunk of its own
            res.split.append(Chunk(first, chunk.sentence_start))
        start += coordinated + 9
        phrase = phrase[coordinated + 9 :]
    tail = end
    # (each piece tried only when its first characters are there: most runs stop here)
    acronym = _ACRONYM.match(text, tail) if text.startswith(" (", tail) else None
    tail = acronym.end() if acronym else tail
    listed = (
        _listed(res.after(tail, 160))
        if text.startswith(",", tail) and (" of " in phrase or " for " in phrase)
        else ""
    )
    tail += len(listed)
    for_place = (
        _FOR_PLACE.match(text, tail) or _FORMAL_AFTER.match(text, tail)
        if text.startswith((" for ", " of the "), tail)
        else None
    )
    tail = for_place.end() if for_place else tail
    if not text.startswith(", ", tail):
        return NEXT
    its = _ITS_ROLE.match(text, tail)
    comma = its or _COMMA_LEAD.match(text, tail)
    if not comma:
        return NEXT
    at = comma.end()
    if text.startswith(("retired ", "former "), at):  # "..., retired Major General X" (round 21)
        at = text.index(" ", at) + 1
    ranks = RANK_LEAD.match(res.text, at)
    span = name_at(res, ranks.end() if ranks else comma.end())
    if not span:
        return NEXT
    name_start, name_end = span
    # Plain "Title, Name," is the older title rules' (with their states and possessors); this
    # rule takes what they miss: a rank, an acronym or "for X" between, a remit with "and", a
    # name with a capital outside A-Z.
    new_shape = (
        bool(ranks or acronym or for_place or " and " in phrase)
        or not res.text[name_start:name_end].isascii()
    )
    if its:
        if its.group(1).split()[-1] not in ROLE_HEADS or _NOT_BODY.match(phrase):
            return NEXT  # "approved in September, its chairman, X": a date owns no one
        role, affiliation = its.group(1), _body(res, start, end)
    else:
        titled = _title(res, phrase + listed, start) if new_shape else None
        if titled:
            role, affiliation = titled
            affiliation = affiliation or (
                res.affiliation_name(v.lead_code)
                if v.lead_code
                else possessor_before(res, chunk.start)
            )
        else:
            lower = _ROLE_OF_BODY.search(res.before(start, 80))
            title = lower.group(1) if lower else ""
            if title.split()[-1:] and title.split()[-1] not in ROLE_HEADS | {"staff"}:
                title = ""
            if not ranks:  # plain "Name" after a lower-case title is the older rules'
                title = _capital_title_in(res, chunk.start)
                start = chunk.start  # "... at the Kenya Ports Authority, X": the whole body
            if not title:
                return NEXT
            role, affiliation = title, _body(res, start, end)
    if acronym and affiliation and f"org:{affiliation.lower()}" in res.found.actors:
        acronym_after(res, chunk, affiliation)  # "(FMV)": the body's short name
        res.claim(acronym.start(), acronym.end())
    if listed and not its:
        listed_at = acronym.end() if acronym else end
        res.claim(listed_at, listed_at + len(listed))  # ", Services and Housing": the remit
    res.person(res.text[name_start:name_end], name_start, name_end, role, affiliation)
    res.claim(name_start, name_end)
    if end > chunk.end:
        res.claim(chunk.end, end)  # the second title of a dashed pair: read here
    return CLAIM


def _titled(phrase: str) -> bool:
    """ "Country Director of the ADB": title words up to "of"/"for", a role word among them."""
    head = phrase.split(" of ")[0].split(" for ")[0].lower().split()
    return bool(head) and all(w in TITLE_WORDS for w in head) and head[-1] in ROLE_HEADS


def _listed(after: str) -> str:
    """A title's listed remit, also before the state's formal name (", Science and Technology
    of the Nation, X")."""
    listed = list_tail(after) or list_tail(_FORMAL_AFTER.sub("", after, count=1))
    return listed if after.startswith(listed) else ""


def _body(res: Resolver, start: int, end: int) -> str:
    """The body chunk as an organisation (or a state), named as the person's affiliation."""
    name = res.text[start:end]
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    code = res.country_of(name)
    if code:
        res.state(code, name, start, start + len(name))
        return res.affiliation_name(code)
    _cut, at, code = trailing_state(res, name)
    if code:  # "the Armed Forces of the Philippines": the state it belongs to
        res.state(code, name[at:], start + at, start + len(name))
    code = code or res.country_of(name.split()[0])  # "Kenya Ports Authority"
    key = res.org(name, start, start + len(name), code)
    return res.found.actors[key].name if key in res.found.actors else name


def _title(res: Resolver, phrase: str, start: int) -> tuple[str, str] | None:
    """ "Director General of the Swedish Defence Materiel Administration": the title, and the
    body after its last "of" that names one; "Minister of Mineral Resources and Energy" (a
    remit) is a title whole."""
    words = phrase.split()
    head = []
    for word in words:
        if word in {"of", "for", "de", "del", "du", "des"}:  # "Ministro de Defensa Nacional"
            break
        if word not in {"–", "—"}:
            head.append(word.lower())
    if not head or not all(w in TITLE_WORDS for w in head) or not set(head) & ROLE_HEADS:
        return None
    phrase = _FORMAL_TAIL.sub("", phrase)
    cut, at, code = trailing_state(res, phrase)
    if code:  # "Minister of Economy and Finance of the Republic of Uzbekistan, X"
        res.state(code, phrase[at:], start + at, start + len(phrase))
        return phrase[:cut], res.affiliation_name(code)
    for match in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", phrase))):
        body = phrase[match.end() :]
        known = org_named(res, body, create=False) or any(
            w.lower() in ORG_HEADS for w in body.split()
        )
        if not (known and match[0].endswith("the ")) or head[-1] == "minister":
            continue  # "Minister of Public Works", "of the Armed Forces": a remit (N10-08)
        at = start + match.end()
        code = res.country_of(body)
        if code:
            res.state(code, body, at, at + len(body))
            return phrase[: match.start()], res.affiliation_name(code)
        lead = res.country_of(body.split()[0])  # "the Swedish Defence Materiel Administration"
        key = res.org(body, at, at + len(body), lead)
        affiliation = res.found.actors[key].name if key in res.found.actors else body
        return phrase[: match.start()], affiliation
    return phrase, ""
