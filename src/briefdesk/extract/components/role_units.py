"""Component: the unit a capitalised title names after a comma (round 18).

Releases, notices and filings write an office with its unit or portfolio after a comma:
"X, Vice President, Mechanical at GPR, said", "X, AIIB Vice President, Investment Solutions.",
a signature block "X\\nDirector, Procurement Management Unit", "X, Director, Investor Relations
Team". The unit is part of the office, and the title rules, which stop at the first comma, give
"Vice President" alone. This component runs after them and, for a person whose capitalised role
is written right after the name (on the same line or the next), adds the unit when it is made
of everyday words only ("Finance", "Public Relations Unit") and is followed by "at", the end of
the line or sentence, or a contact detail. A company, a place or a person after the comma
("X, Director, Acme Ltd", "X, Minister, Lisbon") is no unit: those hold a word that is not
everyday English, or a body word other than a unit's (``role_unit_heads``).
Round 19: only a bare office takes a unit. A title with a remit of its own ("Principal Water
and Sanitation Engineer, Water Development and Sanitation Department") already says what the
person does, and the department after it is where they sit, not part of the title.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.body_names import org_named
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.unit_words import is_unit
from briefdesk.extract.words import word_list

_GRADES = word_list("office_grades")
# After the name: ", " or a line break, up to three capitalised words of a body ("AIIB"),
# then the role as found (filled in per person).
_LEAD = r"(?:,[ \t]*|[ \t]*\n[ \t]*)(?:[A-Z][\w&.-]*[ \t]+){0,3}?"
_UNIT = (
    r",[ \t]+([A-Z][a-z]+(?:[ \t]+(?:and|of|&|[A-Z][a-z]+)){0,4})"
    r"(?=[ \t]+at[ \t]|[ \t]*\n|[ \t]*[.;](?:\s|$)|[ \t]*,[ \t]*\S+@|[ \t]*$)"
)
# "at Prairie Rail", "at the NIB": the body after the unit.
_AT_BODY = lazy(r"[ \t]+at[ \t]+(?:the[ \t]+)?([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,4})")


def role_units(res: Resolver) -> None:
    """Add the unit after a comma to capitalised roles written next to the name."""
    for person in list(res.found.actors.values()):  # (res.org may add a body)
        if person.type != "person" or not _bare_office(person.role):
            continue
        unit, at = _unit_after(res, person)
        if not unit:
            continue
        person.role = f"{person.role}, {unit}"
        note(person.why, "person.role-unit", person.role)
        body = _AT_BODY.match(res.text, at)
        if body and not person.affiliation:  # "..., Mechanical at Prairie Rail"
            name, start = body.group(1), body.start(1)
            code = res.country_of(name)
            known = res.affiliation_name(code) if code else org_named(res, name, create=False)
            person.affiliation = known or res.found.actors[res.org(name, start, body.end(1))].name


def _bare_office(role: str) -> bool:
    """A capitalised title of grade words and one head ("Vice President"), no remit."""
    if not role[:1].isupper() or "," in role:
        return False
    words = role.replace("-", " ").lower().split()
    return all(word in _GRADES for word in words[:-1])


def _unit_after(res: Resolver, person: ActorBuild) -> tuple[str, int]:
    """The unit after the person's role, and where it ends; ("", -1) if none."""
    pattern = re.compile(_LEAD + re.escape(person.role) + _UNIT)
    for _start, end in sorted(person.evidence):
        found = pattern.match(res.text, end)
        if found and is_unit(res, found.group(1)):
            return found.group(1), found.end()
    return "", -1
