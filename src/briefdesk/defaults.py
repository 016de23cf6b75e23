"""A new brief as the user's settings want it: today's date, their author block and marking.

Shared by ``briefdesk new`` and the window, so a brief started either way carries the default
handling marking from Settings (an unmarked brief exports as an unmarked document).
"""

from __future__ import annotations

import datetime as dt

from briefdesk.model import codes
from briefdesk.model.brief import Brief, Header, Marking, Person
from briefdesk.settings import Settings


def default_marking(settings: Settings) -> Marking:
    """Settings' marking, or no marking when the stored one is not valid any more."""
    try:
        return Marking(
            scheme=codes.MarkingScheme(settings.marking_scheme),
            level=settings.marking_level,
            caveats=settings.marking_caveats,
        )
    except ValueError:
        return Marking()


def new_brief(settings: Settings, title: str = "") -> Brief:
    """A blank brief pre-filled with the author defaults and the default marking."""
    author = settings.author
    header = Header(
        title=title,
        date=dt.date.today(),
        **{
            "from": Person(
                name=author.name, title=author.title, unit=author.unit, phone=author.phone
            )
        },
    )
    return Brief(header=header, marking=default_marking(settings))
