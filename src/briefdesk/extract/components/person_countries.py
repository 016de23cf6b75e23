"""Component: a person's body and country from what the text says around them (round 7).

Runs after ``settle_countries``; fills only people it left without a country.

- The body inside a role: "Kim Soo-hyun, president of Hanbit Heavy Industries" has the role
  "president" and the body "Hanbit Heavy Industries" when that body is an organisation or a
  state the text names; "head of the state conglomerate Rostec" likewise.
- A body the text places in a state, though ``settle_org_countries`` did not: a state inside
  its name ("Central Bank of Honduras"), a capital or large city in it ("Cairo University"),
  "<city>-based <body>", a state's adjective and a common noun before it ("Chilean state miner
  Codelco"), "<body> of <city>" after it. The body itself is left as it is (its country is the
  organisation rules' call); only the person takes the state.
- An affiliation that is a capital or large city stands for its state (of "Beijing").
- A government title in a delegation the text gives a state: "Haiti's delegation, led by
  Foreign Minister X", "the Indian delegation by Shri X", "For the Malagasy side signed Mr. X",
  a list under "Delegation of Papua New Guinea:".
Nothing is guessed from world knowledge: each tie is words of the text.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.body_homes import inside_name, parent_state, place_code, said_around
from briefdesk.extract.body_spans import sides_named
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.components.org_countries import owner_of
from briefdesk.extract.cues_titles import its_body
from briefdesk.extract.lexicon import ORG_DESCRIPTORS, ORG_HEADS, ROLE_HEADS, TITLE_WORDS
from briefdesk.extract.post_states import as_owner, state_evidence, visitor
from briefdesk.extract.post_words import no_body
from briefdesk.extract.remits import remit_like
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.text import Sentence
from briefdesk.extract.vocab import BARE_MINISTRY, GOVERNMENT_ROLE

# "president of Hanbit Heavy Industries", "head of the state conglomerate Rostec".
_ROLE_OF_BODY = re.compile(
    r"^(?P<role>[A-Za-z][\w' -]*?)\s+(?P<prep>of|at|with|to)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?(?P<body>[A-Z][^,;()]*)$"
)
# Words that make "of X" part of the title, not its body ("Minister of State for ...").
_NOT_A_BODY = frozenset({"State", "Staff", "Government", "Mission", "Cabinet"})
_DELEGATIONS = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})(?:['’]s)?\s+(?:delegation|side)\b"
    r"|\b[Dd]elegation\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
)
# Between the delegation and its member: "was led by", "by", "signed", then title words.
_GAP_OK = re.compile(
    r"^[:,]?\s*(?:(?:was|is|were)\s+)?(?:(?:led|headed)\s+)?(?:by\s+|signed\s+)?"
    r"(?:(?:H\.E\.|[A-Z][\w.'’-]*|of|for|and|the)\s+)*$"
)
# Cabinet and parliament titles: in a text that names one state only, that state's.
_CABINET = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary(?![- ][Gg]eneral)|[Ss]enator|[Pp]remier|[Ll]awmaker|MP)\b"
)
# A company's titles: the body after them is a firm.
_FIRM_TITLES = frozenset(
    {"ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "director", "executive"}
    | {"founder", "co-founder", "manager", "officer", "owner", "partner", "president"}
)
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "des", "du", "da", "do", "&"})
# Titles whose body is part of the office ("Secretary of the Navy").
_KEEPS_BODY = frozenset({"charge", "chief", "commander", "minister", "secretary"})


def person_countries(res: Resolver, sents: list[Sentence]) -> None:
    """Fill role bodies and countries of people ``settle_countries`` left without one."""
    people = [a for a in res.found.actors.values() if a.type == "person" and not a.country]
    if not people:
        return
    starts = [s.start for s in sents]
    states = {a.country for a in res.found.actors.values() if a.type == "state" and a.country}
    home = next(iter(states)) if len(states) == 1 else ""
    home = home or (res.dateline_country if res.dateline_country in states else "")
    for person in people:
        if not person.affiliation:
            _body_in_role(res, person)
        if not person.affiliation and person.role[:1].isupper():
            _body_before_title(res, person)
        if not person.affiliation and person.evidence:
            _body_after_name(res, person)
        if not person.affiliation and person.role and person.evidence:
            _its_title(res, person)
        elif person.role.endswith(person.affiliation):
            _role_without_body(person)
        if person.affiliation and not person.country:
            person.country = _body_country(res, person, home)
            if person.country:
                note(person.why, "person.country-of-body", person.affiliation)
        elif GOVERNMENT_ROLE.search(person.role) and person.evidence and not visitor(res, person):
            code = _delegation(res, sents, starts, min(person.evidence)[0])
            if not code and _CABINET.search(person.role):
                code = _section_state(res, min(person.evidence)[0])
            if not code and _CABINET.search(person.role) and res.dateline_country in states:
                code = _dateline_state(res, sents, starts, person)
            if not code and _CABINET.search(person.role) and len(states) == 1:
                code = next(iter(states))  # a minister in a text that names one state only
                if not _named_by_then(res, code, min(person.evidence)[0]):
                    code = ""  # France named five paragraphs later as a rival (N23-02)
                if code and _speaks_for_in_sentence(res, sents, starts, person, code):
                    code = ""  # "Sri Lanka's Finance Minister X held talks with Y": the other side
            if code:
                person.country = code
                person.affiliation = res.affiliation_name(code)
                note(person.why, "person.country-delegation", person.affiliation)


def _body_in_role(res: Resolver, person: ActorBuild) -> None:
    match = _ROLE_OF_BODY.match(person.role)
    if not match:
        return
    body = _without_remit(res, match.group("body").strip())
    if body.split()[0] in _NOT_A_BODY:
        return
    if match.group("prep") == "to":  # "secretary to the Ministry of Power" (an envoy's "to"
        owner = _named(res, body)  # a state is the host, not the body)
        if owner is not None and owner.type == "organization":
            person.affiliation, person.role = owner.name, match.group("role")
        return
    code = res.country_of(body)
    if code:
        person.affiliation = res.affiliation_name(code)
        return
    if match.group("role").split()[-1].lower() in ROLE_HEADS and place_code(res, body):
        person.country = place_code(res, body)  # "Deputy Akim of Almaty", "Mayor of Lagos"
        return
    keeps = match.group("role").split()[-1].lower() in _KEEPS_BODY
    owner = _named(res, body)
    if owner is None and not keeps and len(body.split()) > 1:
        owner = owner_of(res, body)  # "... of Serra Aeroespacial": "Serra Aeroespacial S.A."
    if owner is None and not keeps:
        owner = _firm_in_role(res, person, match.group("role"), body)
    if owner is not None and owner.type != "person":
        person.affiliation = owner.name
        if not keeps:
            person.role = match.group("role")


# "Nordbank CFO", "Sino Rail vice-president" (captions): a name, then a lower-case title.
_BODY_THEN_TITLE = re.compile(
    r"^([A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4})\s+((?:[a-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)$"
)


def _body_before_title(res: Resolver, person: ActorBuild) -> None:
    match = _BODY_THEN_TITLE.match(person.role)
    if not match or match.group(2).split()[-1].lower() not in ROLE_HEADS:
        return
    body, title = match.groups()
    if no_body(body, title) or all(w.lower() in TITLE_WORDS for w in body.split()):
        return  # "Company Secretary", "Defence Minister": no body, or a title
    if res.country_of(body):
        return  # "Kenyan minister": a state's (older rules')
    if title.split()[0].lower() not in TITLE_WORDS or res.known_place(body):
        return
    owner = _named(res, body) or _firm_in_role(res, person, title, body)
    if owner is not None and owner.type in {"organization", "international_organization"}:
        person.affiliation, person.role = owner.name, title


def _firm_in_role(res: Resolver, person: ActorBuild, role: str, body: str) -> ActorBuild | None:
    """ "Managing Director and CEO of Zenith Ports, X": a company's title, the body after it a
    name no rule claimed (not a state, a place or a generic "Port Authority")."""
    words = body.split()
    if (
        role.split()[-1].lower().split("-")[-1] not in _FIRM_TITLES
        or not 0 < len(words) < 6
        or all(w.lower() in ORG_HEADS or is_common_word(w) for w in words)
        or any(w[:1].islower() and w not in _CONNECTORS for w in words)  # "the AFD agency"
        or res.known_place(body)
    ):
        return None
    first = min(person.evidence)[0]
    at = res.text.find(body, max(0, first - 200), first + 200)
    if at < 0:
        return None
    return res.found.actors.get(res.org(body, at, at + len(body)))


# ", of the Cheikh Anta Diop University": the body a person is "of", right after the name;
# "Analyst X of the Accra consultancy Sahel Insights": a descriptor before the body's name.
_OF_BODY_AFTER = re.compile(
    r"^,?\s+of\s+(?:the\s+)?(?:([A-Z][\w'’-]*)\s+((?:[a-z][\w-]*\s+){1,2}))?"
    r"([A-Z][\w&'’.-]*(?:\s(?:of|for|the|de|and)?\s?[A-Z][\w&'’.-]*)*)"
)


def _body_after_name(res: Resolver, person: ActorBuild) -> None:
    _start, end = min(person.evidence)
    if not res.text.startswith((" of ", ", of "), end):
        return
    match = _OF_BODY_AFTER.match(res.text[end : end + 120])
    if not match:
        return
    name = match.group(3)
    owner = _named(res, name) or owner_of(res, name)
    if owner is None and (match.group(2) or "").split()[-1:] in ([w] for w in ORG_DESCRIPTORS):
        at = end + match.start(3)  # "of the Accra consultancy Sahel Insights": a firm
        owner = res.found.actors.get(res.org(name, at, at + len(name)))
    if owner is not None and owner.type in {"organization", "international_organization"}:
        person.affiliation = owner.name
        where = match.group(1) or ""
        code = place_code(res, where) or res.country_of(where) if where else ""
        if code and not owner.country and owner.type == "organization":
            person.country = code  # "the Accra consultancy X": the city places the body


# A digest's section header: "GHANA | Patrol boats", "2) DRC | Cobalt" on a line of its own.
_SECTION = re.compile(r"^(?:\d+\)\s+)?([A-Z][A-Z .'’-]{1,40}?)\s+\|", re.MULTILINE)


def _named_by_then(res: Resolver, code: str, first: int) -> bool:
    """The state ``code`` is named before the end of the paragraph where the person first
    appears, or later as itself (round 23, newcomer23 N23-02): a visiting "Defence Minister X"
    in the lead is not given France, the only state the tool knows, named paragraphs later only
    as a rival bidder's owner."""
    end = res.text.find("\n", first)
    end = len(res.text) if end < 0 else end
    # Named later only as a firm's owner ("a rival offer from France's Aubrac Chantiers"): no
    # state the story is about; named later as itself ("across the United Kingdom"): still is.
    return any(s < end or not as_owner(res.text, e) for s, e in state_evidence(res, code))


def _section_state(res: Resolver, first: int) -> str:
    """The state of the last section header above the person, when that header is a state."""
    if "|" not in res.text:
        return ""
    headers = list(_SECTION.finditer(res.text, 0, first))
    if not headers:
        return ""
    name = headers[-1].group(1).strip()
    return res.country_of(name.title()) or res.country_of(name)


def _dateline_state(
    res: Resolver, sents: list[Sentence], starts: list[int], person: ActorBuild
) -> str:
    """ "WINDHOEK — ... the new mines minister, X,": the dateline's state (one the text names as
    a state too), when the person's sentence names no other state and nobody else there speaks
    for that one."""
    code = res.dateline_country
    at = bisect.bisect_right(starts, min(person.evidence)[0]) - 1
    low, high = (sents[at].start, sents[at].end) if at >= 0 else (0, 0)
    named = sides_named(res, low, high)  # (not "China" in "Exim Bank of China")
    if named - {code} or _speaks_for_in_sentence(res, sents, starts, person, code):
        return ""
    return code


def _speaks_for_in_sentence(
    res: Resolver, sents: list[Sentence], starts: list[int], person: ActorBuild, code: str
) -> bool:
    """Someone else in the person's sentence speaks for that state, or a place of another
    state is named there ("... in New Delhi, where X held talks with Minister Y")."""
    at = bisect.bisect_right(starts, min(person.evidence)[0]) - 1
    low, high = (sents[at].start, sents[at].end) if at >= 0 else (0, 0)
    if any(
        (place.country or place_code(res, place.name)) not in {"", code}
        and any(low <= s < high for s, _e in place.evidence)
        for place in res.found.places.values()
    ):
        return True
    return any(
        other is not person
        and other.type == "person"
        and other.country == code
        and any(low <= s < high for s, _e in other.evidence)
        for other in res.found.actors.values()
    )


def _its_title(res: Resolver, person: ActorBuild) -> None:
    """ "... signed by its Managing Director, Mr. X": the body "its" stands for."""
    start = min(person.evidence)[0]
    before = res.before(start, 60 + len(person.role))
    at = before.rfind(f"its {person.role},")
    if at < 0 or not _HONORIFICS_TAIL.match(before[at + len(person.role) + 5 :]):
        return
    person.affiliation = its_body(res, start - len(before) + at)


_HONORIFICS_TAIL = re.compile(r"^\s*(?:(?:[A-Z][a-z]{0,4}\.|Mr|Mrs|Ms|Dr|Eng)\s+)*$")


def _role_without_body(person: ActorBuild) -> None:
    """ "president of Tejo Cabos Navais" with that body as the affiliation: "president"."""
    head = person.role[: -len(person.affiliation)].rstrip()
    for tail in (" of the", " of", " at the", " at"):
        if head.endswith(tail) and head[: -len(tail)].strip():
            head = head[: -len(tail)]
            if head.split()[-1].lower() not in _KEEPS_BODY:
                person.role = head
            return


# "Vice-President of CSOC for Marketing": the remit after a body already named is the title's
# (newcomer24 N24-13), not a part of the body's name.
_FOR_REMIT = re.compile(
    r"^(?P<body>.+?)\s+for\s+(?P<remit>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})$"
)


def _without_remit(res: Resolver, body: str) -> str:
    match = _FOR_REMIT.match(body) if " for " in body else None
    if match is None:
        return body
    head = match.group("body")  # a known body's name, or an acronym ("CSOC")
    if _named(res, head) is None and not (head.isupper() and " " not in head and len(head) > 1):
        return body
    remit = [w for w in match.group("remit").split() if w != "and"]
    return match.group("body") if all(remit_like(w) for w in remit) else body


def _named(res: Resolver, name: str) -> ActorBuild | None:
    """The organisation the text names exactly so (its name or one of its short forms)."""
    for actor in res.found.actors.values():
        if actor.type in {"organization", "international_organization"} and (
            actor.name == name or name in actor.aliases
        ):
            return actor
    return None


def _body_country(res: Resolver, person: ActorBuild, home: str) -> str:
    affiliation = person.affiliation
    # "Beijing's ambassador" speaks for China; "the Bank's Kingston representative" does not.
    city = place_code(res, affiliation) if GOVERNMENT_ROLE.search(person.role) else ""
    based = re.match(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})-based\s", affiliation)
    code = res.country_of(affiliation) or city or (place_code(res, based.group(1)) if based else "")
    if code:
        return code
    owner = owner_of(res, affiliation)
    if owner is None:  # "Ministry of Defence Malaysia" (a body's name, not "IDB in Bolivia")
        words = affiliation.split()
        named = " in " not in affiliation and any(w.lower() in ORG_HEADS for w in words)
        return inside_name(res, affiliation) if named else ""
    if owner.type != "organization":
        return ""
    if owner.country:
        return owner.country
    return (
        inside_name(res, owner.name)
        or said_around(res, owner)
        or parent_state(res, owner)
        or _home_body(res, owner, home)
    )


# "state copper giant Codelco", "the state-owned utility EDM", "State generator Electroperú".
_STATE_BODY = re.compile(r"\b[Ss]tate(?:-owned|-run)?\s+(?:[a-z][\w-]*\s+){0,3}$")


def _home_body(res: Resolver, owner: ActorBuild, home: str) -> str:
    """A state's own body ("state copper giant X", a bare "Ministry of Energy") in a text whose
    home state is plain: the one state it names, or the dateline's when the text names it."""
    if not home:
        return ""
    if BARE_MINISTRY.match(owner.name):
        return home
    for start, _end in owner.evidence:
        if _STATE_BODY.search(res.before(start, 50)):
            return home
    return ""


def _delegation(res: Resolver, sents: list[Sentence], starts: list[int], first: int) -> str:
    at = bisect.bisect_right(starts, first) - 1
    if at < 0:
        return ""
    low = sents[at].start
    # A list under "Delegation of X:" a line or two above.
    line_start = res.text.rfind("\n", 0, first) + 1
    head = res.text[max(0, line_start - 200) : line_start]
    header = re.search(
        r"(?:^|\n)[^\n]*?[Dd]elegation\s+of\s+(?:the\s+)?([A-Z][^\n:]*):\s*\n?$", head
    )
    if header and res.text.find(":", line_start, first) >= 0:
        return res.country_of(header.group(1).strip())
    window = res.text[low:first]
    last = None
    for found in _DELEGATIONS.finditer(window):
        last = found
    if last is None or not _GAP_OK.match(window[last.end() :]):
        return ""
    return res.country_of((last.group(1) or last.group(2) or "").strip())
