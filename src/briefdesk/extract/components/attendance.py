"""Component: the people of a meeting's attendance block (round 13).

Minutes list who came under a heading on its own line ("Present:", "In attendance:",
"Apologies:", "Members present:"), one person a line: "Hon. Ana Ruiz, MP — Chairperson",
"Eng. Tom Hale — Managing Director, Port Authority", "Ms. Lia Oto (Clerk to the Committee)".
In such a block the words after the name are the person's post, then the body: the layout says
so, whatever the words ("Clerk to the Committee" has no title word the sentence readers know).
A post after a dash wins over the bare seat before it ("MP — Chairperson": the chair).
Gate: a heading line of that shape; nothing else is read.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver

_HEADING = re.compile(
    r"(?im)^[ \t]*(?:members\s+|officials\s+|also\s+)?(?:present|in\s+attendance|apologies"
    r"|absent(?:\s+with\s+apolog(?:y|ies))?|attendance|attending)(?:\s+\([^)\n]*\))?[ \t]*:[ \t]*\n"
)
_CUES = ("resent", "ttendance", "pologies", "bsent", "ttending")
_HONORIFIC = (
    r"(?:(?:Hon|Dr|Mr|Mrs|Ms|Miss|Engr|Eng|Prof|Amb|Sen|Rt\.? Hon|Sir|Dame|Alhaji|Alhaja)\.?\s+)*"
)
_LINE = lazy(
    r"[ \t]*(?:[-•*·][ \t]*)?"
    + _HONORIFIC
    # (name words one space apart: two spaces or a tab open the post's column)
    + r"([A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|de|van|von|da|bin|al)){1,4})"
    r"(?:(?:[ \t]*(?:,|[—–]|\s-\s|\()[ \t]*|[ \t]{2,}|\t)([^\n]*?))?\)?[ \t]*$"
)


def attendance(res: Resolver) -> None:
    """Propose each person listed under an attendance heading with the post the line gives."""
    text = res.text
    if not any(cue in text for cue in _CUES):
        return
    for heading in _HEADING.finditer(text):
        at = heading.end()
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = _LINE.fullmatch(text, at, end)
            if not line:
                break  # a blank line or prose ends the block
            tail = line.group(2) or ""
            opened = text.find("(", line.end(1), end)
            if tail and _party(tail, text[line.end(1) : line.start(2)]):
                role, body = "", tail  # "Kunuk Villadsen (Naleraq)": the party, no post
            else:
                role, body = post(tail)
            res.rule = "person.attendance"
            res.person(line.group(1), line.start(1), line.end(1), role, body)
            res.claim(line.start(1), line.end(1) if opened < 0 else end)  # (the bracket too)
            at = end + 1


# Words that make a bracket after a name a post, though no title reader knows them.
_POST_WORDS = frozenset({"clerk", "rapporteur", "observer", "alternate", "substitute"})


def _party(tail: str, between: str) -> bool:
    """ "Name (Siumut)", "Name (Inuit Ataqatigiit)": a bracket right after the name holding
    capitalised words only, none a title's, names the member's party or body (round 20);
    "(Clerk to the Committee)", "(Chairperson)" are posts."""
    if "(" not in between:
        return False
    words = [w.strip(",.") for w in tail.split()]
    return bool(words) and all(
        w[:1].isupper() and w.lower() not in ROLE_HEADS and w.lower() not in _POST_WORDS
        for w in words
    )


# "Members present: Hon. A (Chairperson); Hon. B; Hon. C; and seven other members." (round 18):
# the list on the heading's own line, one person an item between semicolons.
_INLINE = re.compile(
    r"(?im)^[ \t]*(members\s+present|(?:also\s+)?present|in\s+attendance|attending)[ \t]*:[ \t]*"
    r"([^\n;]+(?:;[^\n;]+)+)$"
)
_ITEM = re.compile(
    r"\s*(?:and\s+)?" + _HONORIFIC + r"([A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|de|van|bin|al)){1,4})"
    r"(?:\s*\(([^)\n]{2,60})\))?"
    # ", chair" after the party's bracket: the post (round 20)
    r"(?:,\s*((?:[a-z][a-z-]*\s){0,2}[a-z][a-z-]*))?\s*\.?\s*"
)


def inline_attendance(res: Resolver) -> None:
    """Propose each person of an attendance list written on the heading's line: the post in
    brackets, else "member" under "Members present:"; an item that is no name ends nothing."""
    if "resent:" not in res.text and "ttendance:" not in res.text and "ttending:" not in res.text:
        return
    for heading in _INLINE.finditer(res.text):
        at = heading.start(2)
        for item in heading.group(2).split(";"):
            found = _ITEM.fullmatch(item)
            role, body = _bracket(found.group(2), heading.group(1)) if found else ("", "")
            if found and found.group(3) and set(found.group(3).split()) & ROLE_HEADS:
                role = found.group(3)  # "Mrs X (VVD), chair": the chair, of that party
            if found and (role or body):  # (a bare name under "Present:" is left to the others)
                start = at + found.start(1)
                res.rule = "person.attendance"
                res.person(found.group(1), start, start + len(found.group(1)), role, body)
            at += len(item) + 1


def _bracket(words: str | None, heading: str) -> tuple[str, str]:
    """(post, body) from an item's brackets: a post ("Chairperson", "Secretary, Ministry of
    Energy"), or a party or body alone ("CDA"), with "member" under "Members present:"."""
    member = "member" if heading.lower().startswith("members") else ""
    if not words:
        return member, ""
    if not {w.strip(",.").lower() for w in words.split()} & ROLE_HEADS:
        return member, words  # "(GroenLinks-PvdA)": the party, no post
    return post(words)


def post(tail: str) -> tuple[str, str]:
    """(post, body) from the words after the name: "MP — Chairperson" -> ("Chairperson", "");
    "Managing Director, Kenya Ports Authority" -> ("Managing Director", "Kenya Ports
    Authority"); a body alone ("Port Authority") is the body."""
    parts = [p.strip(" ()") for p in re.split(r"\s*(?:[—–]|\s-\s)\s*", tail) if p.strip(" ()")]
    if not parts:
        return "", ""
    chosen = parts[-1] if len(parts) > 1 else parts[0]
    party = re.search(r"\s+\(([^()]+)\)?$", chosen)  # "Chair (Inuit Ataqatigiit)": a party
    if party:
        chosen = chosen[: party.start()]
    role, _, body = chosen.partition(", ")
    body = body or (party.group(1) if party else "")
    words = role.split()
    body_only = bool(words) and all(w[0].isupper() for w in words)
    body_only = body_only and words[-1].lower() in ORG_HEADS
    if body_only and not any(w.lower() in ROLE_HEADS for w in words):
        return "", role  # "Kenya Ports Authority": the body only
    return role.strip(), body.strip()
