"""Component: the office written after a name that a style stands before (round 19).

"said Professor X, Director General of the Space Agency", "Tribunal: Professor X, President;",
"His Royal Highness Prince X, Minister of State": the rule that reads a title before the name
takes the style ("Professor", "Prince") as the role and reads nothing after the name. A
function the text gives in the apposition says what the person does; the style only how they
are addressed. Only for a person whose role is one of these styles (``data/role_styles``);
"Professor X of Bergen University said" keeps "Professor".
"""

from __future__ import annotations

from briefdesk.extract.cues_people import apposition
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.words import word_list

_STYLES = word_list("role_styles")


def style_roles(res: Resolver) -> None:
    """Replace a style taken as the role by the office in the apposition after the name."""
    for person in list(res.found.actors.values()):  # (apposition may add a body)
        if person.type != "person" or person.role.lower() not in _STYLES:
            continue
        for _start, end in sorted(person.evidence):
            found = apposition(res, end)
            if found and found[0] and found[0].lower() not in _STYLES:
                person.role = found[0]
                person.affiliation = person.affiliation or found[1]
                note(person.why, "person.style-office", person.role)
                break
