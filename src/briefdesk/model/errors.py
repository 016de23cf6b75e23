"""Problems found in a brief, each naming the field path it sits at."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a brief, e.g. ``deals[0].value.currency: 'USX' is not …``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class BriefError(Exception):
    """A brief could not be read or is not valid; ``str()`` is a one-line reason for the user."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[Problem, ...] = tuple(problems)


def format_path(loc: Iterable[str | int]) -> str:
    """``('deals', 0, 'value')`` → ``deals[0].value``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


_TYPE_ERRORS = ("_type", "_parsing", "literal_error", "enum", "missing", "extra_forbidden")


def problems_from_validation(error: ValidationError) -> list[Problem]:
    """Turn pydantic's errors into user-facing problems with field paths and the offending value."""
    problems = []
    for item in error.errors(include_url=False):
        loc = [p for p in item["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        message = str(item["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):
            if message.startswith(prefix):
                message = message[len(prefix) :]
        kind = str(item["type"])
        if kind == "extra_forbidden":
            message = "unknown field"
        elif kind == "missing":
            message = "required field is missing"
        elif any(kind.endswith(suffix) for suffix in _TYPE_ERRORS):
            message = f"{message}, got {_show(item.get('input'))}"
        if message[:1].isupper() and message[1:2].islower():
            message = message[0].lower() + message[1:]
        problems.append(Problem(format_path(loc), message))
    return problems


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
