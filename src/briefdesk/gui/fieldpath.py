"""Field paths live in the Qt-free ``briefdesk.editing.fieldpath``; kept here for the widgets."""

from briefdesk.editing.fieldpath import (
    EditRefused,
    Part,
    assign,
    exists,
    get,
    join,
    list_at,
    parent_and_key,
    parse,
    related,
)

__all__ = [
    "EditRefused",
    "Part",
    "assign",
    "exists",
    "get",
    "join",
    "list_at",
    "parent_and_key",
    "parse",
    "related",
]
