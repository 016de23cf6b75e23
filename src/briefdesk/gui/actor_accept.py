"""'Edit & accept' for an actor: every field the Actors tab has (newcomer13 N13-37).

Name, type, role, affiliation, country and aliases, pre-filled from the suggestion so that OK on
an untouched form changes nothing. The country is typed as a name or an ISO code ("Kazakhstan",
"KZ"); aliases are comma-separated. Bad input is one ``FieldError`` naming the field.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from briefdesk.gui.fields_dialog import Field, FieldError
from briefdesk.model.codes import ActorType

_TYPES = tuple((t.value, t.value.replace("_", " ").capitalize()) for t in ActorType)


def fields(raw: Any, name: str) -> list[Field]:
    return [
        Field("Name", name),
        Field("Type", str(raw.type), _TYPES),
        Field("Role", raw.role),
        Field("Affiliation", raw.affiliation),
        Field("Country", raw.country, placeholder="a name or ISO code, e.g. Kazakhstan or KZ"),
        Field("Aliases", ", ".join(raw.aliases), placeholder="comma-separated, e.g. ECDI"),
    ]


def country_code(text: str) -> str:
    """The ISO code of a typed country; "" when blank; FieldError when unknown."""
    from briefdesk.model.codes import is_country_code
    from briefdesk.world import world

    words = text.strip()
    if not words:
        return ""
    if len(words) == 2 and is_country_code(words.upper()):
        return words.upper()
    code = world().code_of(words) or world().code_of(words.title())
    if code and is_country_code(code):
        return code
    raise FieldError("Country", f"Country: {words!r} is not a country (type its name or ISO code)")


def apply(raw: Any, answers: dict[str, str]) -> tuple[Any, str]:
    """(the edited suggestion, its name); a missing answer keeps what was suggested."""
    name = answers.get("Name", raw.name).strip() or raw.name
    aliases = answers.get("Aliases")
    changes: dict[str, Any] = {
        "name": name,
        "type": ActorType(answers.get("Type", str(raw.type))).value,
        "role": answers.get("Role", raw.role).strip(),
        "affiliation": answers.get("Affiliation", raw.affiliation).strip(),
        "country": country_code(answers.get("Country", raw.country)),
        "aliases": raw.aliases
        if aliases is None
        else [a.strip() for a in aliases.split(",") if a.strip()],
    }
    return dataclasses.replace(raw, **changes), name
