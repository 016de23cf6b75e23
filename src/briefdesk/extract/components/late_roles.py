"""Component: a title for people the chunk rules named without one (round 7).

Runs after every chunk rule, on people with no role only, so it never overrides a title the
older readers found. It reads the shapes they leave: a capitalised title with a capitalised
remit, its comma and honorifics before the name ("the Minister of Finance, Dr X", "The
Minister of Finance and the Public Service, Dr the Hon. X"), a title glued to "the Most Hon."
("Prime Minister the Most Hon. X"), and "<body>, whose head, Mr. X," (the body just named).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ROLE_HEADS, TITLE_WORDS
from briefdesk.extract.remit_titles import capital_title_before
from briefdesk.extract.resolver import ActorBuild, Resolver, note

# "the Delegation of the EU in Dakar, whose head, Mr. X,": the body before "whose".
_WHOSE = re.compile(
    r"([A-Z][\w'’.-]*(?:(?:\s(?:of|for|the|de|du|des))*\s[A-Z][\w'’.-]*)*)"
    r"(?:\s+in\s+[A-Z][\w'’-]*)?,\s+whose\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*),\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?\s+)*$"
)


def late_roles(res: Resolver) -> None:
    """Fill ``role`` (and the owner, when stated) of people found without a title."""
    for person in res.found.actors.values():
        if person.type == "person" and person.role.startswith(("our ", "Our ")):
            person.role = person.role[4:]  # "X, our Muscat correspondent": the title
        if person.type == "person" and person.role.startswith("who "):
            _relative_title(res, person)  # "X, who became World Bank president in 2023,"
        if person.type != "person" or person.role or not person.evidence:
            continue
        for start, _end in sorted(person.evidence):
            before = res.before(start, 16)
            if (
                "," not in before
                and "Hon" not in before
                and "(" not in before
                and "by" not in before
            ):
                continue  # (cheap first: every shape has a comma, "Hon." or a bracket before)
            found = (
                capital_title_before(res, start)
                or _whose(res, start)
                or _title_with_bracket(res, start)
                or _by_verb(res, start)
            )
            if found:
                person.role = found[0]
                person.affiliation = person.affiliation or found[1]
                note(person.why, "person.late-title", found[0])
                break


# "THE MINISTER OF DEFENCE (Mr. Thabo Molefe):" (Hansard), "Deputy Governor (Operations) X".
_BRACKETED = re.compile(
    r"(?:^|\n|(?<=\s))(?:THE\s+|The\s+)?((?:[A-Z][\w-]*|OF|FOR|AND|of|for|and)"
    r"(?:\s+(?:[A-Z][\w-]*|OF|FOR|AND|THE|of|for|and|the)){0,7})"
    r"\s+\((?:(?:Mr|Mrs|Ms|Dr|Hon|Sen|The|the)\.?\s+)+$"
)
_REMIT_IN_BRACKETS = re.compile(
    r"(?:^|(?<=\s))((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(\([A-Z][\w &-]{1,30}\))\s+$"
)


def _title_with_bracket(res: Resolver, start: int) -> tuple[str, str] | None:
    before = res.before(start, 80)
    match = _BRACKETED.search(before)
    if match:
        words = match.group(1).split()
        if words[0].lower() in TITLE_WORDS and words[0].lower() != "the":
            title = " ".join(w if not w.isupper() else w.title() for w in words)
            title = re.sub(r"\b(Of|For|And|The)\b", lambda m: m.group(1).lower(), title)
            if set(title.lower().split()) & ROLE_HEADS:
                return title, ""
        return None
    remit = _REMIT_IN_BRACKETS.search(before)
    words = remit.group(1).lower().split() if remit else []
    if remit and words and all(w in TITLE_WORDS for w in words) and words[-1] in ROLE_HEADS:
        return f"{remit.group(1)} {remit.group(2)}", ""
    return None


# "the board of the bank presided by Dr. X", "a committee chaired by X": a title by its verb.
_BY_VERB = re.compile(
    r"\b(presided|chaired|headed)\s+(?:over\s+)?by\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon)\.?\s+)*$"
)
_VERB_TITLES = {"presided": "president", "chaired": "chair", "headed": "head"}


def _by_verb(res: Resolver, start: int) -> tuple[str, str] | None:
    match = _BY_VERB.search(res.before(start, 40))
    return (_VERB_TITLES[match.group(1)], "") if match else None


_BECAME = re.compile(
    r"^who\s+(?:became|becomes|has\s+become|had\s+become)\s+(?:the\s+)?"
    r"((?:[A-Z][\w&'’.-]*\s+){0,4}?)((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)$"
)


def _relative_title(res: Resolver, person: ActorBuild) -> None:
    """A relative clause is no title; "who became <body> <title>" names both."""
    match = _BECAME.match(person.role)
    person.role = ""
    if not match or match.group(2).split()[-1] not in ROLE_HEADS:
        return
    person.role = match.group(2)
    body = match.group(1).strip()
    owner = res.found.actors.get(f"org:{body.lower()}") if body else None
    if owner is not None and not person.affiliation:
        person.affiliation = owner.name


def _whose(res: Resolver, start: int) -> tuple[str, str] | None:
    match = _WHOSE.search(res.before(start, 120))
    if not match or match.group(2).split()[-1] not in ROLE_HEADS:
        return None
    body = match.group(1)
    key = f"org:{body.lower()}"
    owner = res.found.actors.get(key)
    return match.group(2), owner.name if owner else body
