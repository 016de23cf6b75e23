"""The variables and fields a template may use, and plain words for a name that is not one.

``{{ title.foo.bar }}`` used to be reported as "unknown variable 'foo'": the author could not
tell what was wrong. Here a missing name is described from what it was asked of: "title has no
field 'foo': title is text, not a record", with the closest real name or the record's fields.
``briefdesk templates fields`` prints :func:`field_lines`.
"""

from __future__ import annotations

import difflib
from typing import Any

FIELDS_HINT = "briefdesk templates fields lists every variable and field a template may use"
# A brief field a template knows by another name (``from`` is a Python and Jinja keyword), so
# an author who types the name the window and the .brief file use is told the one to type
# (N11-13): (owner path, the brief's name) -> the template's name.
_TEMPLATE_NAMES = {("header", "from"): "sender", ("header", "from_"): "sender"}
# Words an author types for a field that templates call otherwise ("author" for the sender,
# N15-20: "header.autor" got the whole field list, not the name to type).
_SAYS_FOR = {("header", "author"): "sender", ("header", "writer"): "sender"}
_MAX_LISTED = 40  # a whole record (header has about 20): a cut list once hid "to"


def value_paths(context: dict[str, Any]) -> dict[int, str]:
    """id of every record, list and non-empty text in the context → its path (first wins)."""
    out: dict[int, str] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict | list | str) and value and id(value) in out:
            return
        if isinstance(value, dict):
            out[id(value)] = path
            for key, child in value.items():
                walk(child, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            out[id(value)] = path
            for child in value:
                walk(child, f"{path}[]")
        elif isinstance(value, str) and value:
            out[id(value)] = path

    walk(context, "")
    return out


def describe_missing(
    name: str, obj: Any, owner_path: str, context: dict[str, Any]
) -> tuple[str, str]:
    """(the full dotted name, one line saying why it is not there) for ``obj.name``.

    ``obj`` is None for a top-level variable; ``owner_path`` is "" when ``obj``'s place in
    the context is not known.
    """
    if obj is None:
        return name, f"unknown variable {name!r}{_did_you_mean(name, context)}"
    full = f"{owner_path}.{name}" if owner_path else name
    owner = owner_path or f"a {_kind(obj)} value"
    if isinstance(obj, dict):
        renamed = _TEMPLATE_NAMES.get((owner_path, name))
        if renamed and renamed in obj:
            return full, (
                f"{owner} has no field {name!r}: the brief's {name!r} is called {renamed!r} in "
                f"templates ({{{{ {owner_path}.{renamed}.name }}}})"
            )
        listed = _did_you_mean(name, obj) or _said_for(owner_path, name, obj) or _fields(obj)
        return full, f"{owner} has no field {name!r}{listed}"
    if isinstance(obj, list):
        item = owner_path.rsplit(".", 1)[-1].rstrip("[]")[:1] or "x"
        loop = f"{{% for {item} in {owner_path} %}}" if owner_path else "{% for … %}"
        return full, f"{owner} has no field {name!r}: it is a list; loop over it with {loop}"
    what = f"{owner_path} is {_kind(obj)}, not a record" if owner_path else "not a record"
    return full, f"{owner} has no field {name!r}: {what}"


def is_name_problem(problem: Any) -> bool:
    """True for a problem :func:`describe_missing` worded (a name the context does not have)."""
    message = str(getattr(problem, "message", problem))
    return message.startswith("unknown variable ") or " has no field " in message


def field_lines(context: dict[str, Any]) -> list[str]:
    """One line per variable and field, ``path  kind``, lists shown by their first item."""
    lines: list[str] = []

    def walk(value: Any, path: str) -> None:
        if path:
            lines.append(f"{path:<44} {_kind(value)}")
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, f"{path}.{key}" if path else key)
        elif isinstance(value, list) and value:
            walk(value[0], f"{path}[]")

    walk(context, "")
    return lines


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "record"
    if isinstance(value, list):
        return "list"
    return type(value).__name__


def _did_you_mean(name: str, known: dict[str, Any]) -> str:
    names = [str(k) for k in known]
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.75)
    # 'bluf_text' for 'bluf', 'header_to' for 'header': a real name with a word added.
    close = close or [k for k in names if name.startswith(k + "_") or name.startswith(k + ".")]
    close = close or difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _fields(record: dict[str, Any]) -> str:
    names = sorted(str(k) for k in record)
    if not names:
        return ": it has no fields"
    shown = ", ".join(names[:_MAX_LISTED]) + (", …" if len(names) > _MAX_LISTED else "")
    return f"; its fields: {shown}"


def _said_for(owner_path: str, name: str, record: dict[str, Any]) -> str:
    """ "; did you mean 'sender' (the author)?" for "autor" or "author" in the header."""
    said = {word: field for (owner, word), field in _SAYS_FOR.items() if owner == owner_path}
    close = difflib.get_close_matches(name, list(said), n=1, cutoff=0.75)
    if not close or said[close[0]] not in record:
        return ""
    return f"; did you mean {said[close[0]]!r} (the {close[0]})?"
