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


def author_person(settings: Settings) -> Person:
    """The author block from Settings, as every new or drafted brief's ``header.from`` gets it
    (an email Settings no longer accepts is left out rather than copied into a brief)."""
    from briefdesk.email_address import normalized_email

    author = settings.author
    return Person(
        name=author.name,
        title=author.title,
        unit=author.unit,
        phone=author.phone,
        email=normalized_email(author.email),
    )


def new_brief(settings: Settings, title: str = "") -> Brief:
    """A blank brief pre-filled with the author defaults and the default marking."""
    header = Header(title=title, date=dt.date.today(), **{"from": author_person(settings)})
    return Brief(header=header, marking=default_marking(settings))
