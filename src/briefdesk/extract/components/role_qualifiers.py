"""Component: the qualifier written before a title that the golds keep with it (round 21).

The title readers take the head ("MP", "spokesman") and leave the word before it out, or read
it as the affiliation: "Opposition MP X" gave "MP", "foreign ministry spokesperson X" gave
"spokesperson", "Kremlin spokesman X" gave "spokesman" with the Kremlin as a body. The readable
golds keep two such qualifiers far more often than not (survey in docs/extraction.md, "Round
21: roles, places"):

- "opposition" before a member's title (MP, lawmaker, legislator): kept 5 times,
  bare twice;
- a government body's word before a spokesperson's title ("government", "ministry", "foreign
  ministry", "Kremlin", "presidency"): kept 8 times; bare twice, both after a state's
  possessive ("China's Foreign Ministry spokesperson X"), which is left alone here, as is a
  body's name ("CCC spokeswoman X", "Prime Minister's Office spokesperson X": bare).

Runs after every other role reader, on people whose role is the bare head, and only where the
qualifier stands right before the head and the head right before the person's name.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import ActorBuild, Resolver, note

_MEMBER_HEADS = frozenset({"mp", "lawmaker", "legislator"})  # (not "senator": bare 2 of 2)
_SPEAKER_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# "[Deputy] Opposition MP", "opposition lawmaker" (the qualifier with its own case).
_OPPOSITION = re.compile(r"(?:^|[\s(“\"])(?P<q>[Oo]pposition)\s+$")
# "foreign ministry", "Defence Ministry", "government", "Kremlin", "presidency": a government
# body's word; an owner's possessive before it ("China's Foreign Ministry") keeps it bare.
_BODY_WORD = re.compile(
    r"(?:^|[\s(“\"])(?P<q>(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Hh]ealth|"
    r"[Ee]nergy|[Tt]rade|[Ee]conomy|[Jj]ustice)\s+)?(?:[Mm]inistry|[Gg]overnment|"
    r"[Pp]residency)|Kremlin)\s+$"
)
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")


def role_qualifiers(res: Resolver) -> None:
    """Put the kept qualifier before a bare member's or spokesperson's title."""
    for person in res.found.actors.values():
        if person.type != "person" or not person.evidence:
            continue
        head = person.role.lower()
        if head in _MEMBER_HEADS:
            pattern = _OPPOSITION
        elif head in _SPEAKER_HEADS:
            pattern = _BODY_WORD
        else:
            continue
        found = _qualified(res, person, pattern)
        if found:
            person.role = found
            note(person.why, "person.qualified-title", found)


def _qualified(res: Resolver, person: ActorBuild, pattern: re.Pattern[str]) -> str:
    """The title with its qualifier as written before one of the person's mentions, or ""."""
    spans = set(person.evidence)
    if " " in person.name:
        spans |= {m.span() for m in re.finditer(re.escape(person.name), res.text)}
    for start, _end in sorted(spans):
        before = res.before(start, 80)
        title = re.search(r"(?i:" + re.escape(person.role) + r")\s+$", before)
        if not title:
            continue
        lead = before[: title.start()]
        match = pattern.search(lead)
        if not match:
            continue
        if _POSSESSIVE_BEFORE.search(lead[: match.start("q")]):
            continue  # "China's Foreign Ministry spokesperson X": the golds keep it bare
        return f"{match.group('q')} {title.group(0).strip()}"
    return ""
