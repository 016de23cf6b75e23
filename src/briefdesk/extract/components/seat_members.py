"""Component: the member a record of questions names by their seat in brackets (round 19).

A parliament's record writes the questioner with the seat that elects them in brackets: "Hon.
X (Vanni District) asked the Minister of Energy:", "17. Mr. X (Couva South) asked the hon.
Minister", "Mr X (Wabag — Opposition) — My question is ...". The ``seats`` rule already reads
the bracket as a place when it is no party, state or body; the person before it is then the
member for that seat, with the role "Member for <seat>". The name rules leave such a
questioner out when the bracket follows the name ("Hon. X (Seat)" is no name they read), so
the name after the honorific is read here too. Only for a person the other rules gave no
role ("Hon. X (Minister for Petroleum and Energy)" keeps the office).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Resolver, note

_OPEN = re.compile(r"[ \t]*\(")
_WORD = r"(?:[A-Z][\w'’-]+|[A-Z]\.)"
# "Hon. (Dr.) X (", "17. Mr. X (", "Mr X (": honorifics, then the name, then the bracket.
_QUESTIONER = lazy(
    r"\b(?:Hon|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:\((?:Dr|Prof)\.?\)[ \t]+)?"
    rf"({_WORD}(?:[ \t]+{_WORD}){{0,4}})[ \t]*\($"
)


def seat_members(res: Resolver) -> None:
    """Give a questioner named before a seat's brackets the role "Member for <seat>"."""
    seats = {
        start: place.name
        for place in res.found.places.values()
        if any(rule == "place.seat" for rule, _words in place.why)
        for start, _end in place.evidence
    }
    if not seats:
        return
    for start in sorted(seats):
        line = res.text.rfind("\n", 0, start) + 1
        found = _QUESTIONER.search(res.text, line, start)
        if not found or found.group(1).isupper():  # ("Mr JOEL X": the capitals rules' own)
            continue
        res.rule = "person.seat-questioner"
        res.person(found.group(1), found.start(1), found.end(1))
        res.rule = ""
    for person in res.found.actors.values():
        if person.type != "person" or person.role:
            continue
        for _start, end in sorted(person.evidence):
            bracket = _OPEN.match(res.text, end)
            seat = seats.get(bracket.end()) if bracket else None
            if seat:
                person.role = f"Member for {seat}"
                note(person.why, "person.seat-member", seat, person.role)
                break
