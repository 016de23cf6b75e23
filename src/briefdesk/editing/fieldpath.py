"""Field paths such as ``deals[0].value.amount``: read, validate-and-set, insert and remove.

Plain Python over the pydantic model, so undo commands and checks share one addressing scheme.
``header.from`` works although the attribute is ``from_``: path parts may be field aliases.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from briefdesk.model.errors import problems_from_validation

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")

Part = str | int


class EditRefused(ValueError):
    """A value the model does not accept; ``str()`` is a one-line reason for the status bar."""


def parse(path: str) -> list[Part]:
    parts: list[Part] = []
    position = 0
    for match in _TOKEN.finditer(path):
        name, index = match.groups()
        parts.append(int(index) if index is not None else name)
        position = match.end()
        if position < len(path) and path[position] == ".":
            position += 1
    if position != len(path):
        raise KeyError(f"bad field path {path!r}")
    return parts


def join(base: str, rel: str) -> str:
    if not base:
        return rel
    if not rel:
        return base
    return base + rel if rel.startswith("[") else f"{base}.{rel}"


def _attr_name(node: BaseModel, part: str) -> str:
    fields = type(node).model_fields
    if part in fields:
        return part
    for name, info in fields.items():
        if info.alias == part:
            return name
    raise KeyError(f"{type(node).__name__} has no field {part!r}")


def _step(node: Any, part: Part) -> Any:
    if isinstance(part, int):
        if not isinstance(node, list) or part >= len(node):
            raise KeyError(f"no item {part}")
        return node[part]
    if not isinstance(node, BaseModel):
        raise KeyError(f"cannot read {part!r} of {type(node).__name__}")
    return getattr(node, _attr_name(node, part))


def get(root: BaseModel, path: str) -> Any:
    """The value at ``path``; ``KeyError`` when it does not exist (e.g. a removed record)."""
    node: Any = root
    for part in parse(path):
        node = _step(node, part)
    return node


def exists(root: BaseModel, path: str) -> bool:
    try:
        get(root, path)
    except KeyError:
        return False
    return True


def parent_and_key(root: BaseModel, path: str) -> tuple[Any, Part]:
    parts = parse(path)
    if not parts:
        raise KeyError("empty field path")
    node: Any = root
    for part in parts[:-1]:
        node = _step(node, part)
    return node, parts[-1]


def assign(root: BaseModel, path: str, value: Any) -> None:
    """Set through pydantic's validator so a bad value is refused, never stored."""
    parent, key = parent_and_key(root, path)
    if isinstance(key, int):
        if not isinstance(parent, list) or key >= len(parent):
            raise KeyError(f"no item {key} at {path!r}")
        parent[key] = value
        return
    name = _attr_name(parent, key)
    try:
        parent.__pydantic_validator__.validate_assignment(parent, name, value)
    except ValidationError as exc:
        problems = problems_from_validation(exc)
        reason = problems[0].message if problems else str(exc).splitlines()[0]
        raise EditRefused(f"{path}: {reason}") from None


def list_at(root: BaseModel, path: str) -> list[Any]:
    value = get(root, path)
    if not isinstance(value, list):
        raise KeyError(f"{path!r} is not a list")
    return value


def related(a: str, b: str) -> bool:
    """True when one path lies inside the other (a change to either may affect both)."""
    if not a or not b or a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return longer.startswith(shorter) and longer[len(shorter)] in ".["
