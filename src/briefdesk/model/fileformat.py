"""Read and write the ``.brief`` JSON text; every failure is a one-line ``BriefError``."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from briefdesk.model.bounds import MAX_INT_DIGITS
from briefdesk.model.brief import FORMAT_NAME, FORMAT_VERSION, Brief
from briefdesk.model.checks import check_brief
from briefdesk.model.errors import BriefError, Problem, problems_from_validation
from briefdesk.model.jsonerrors import describe_json_error
from briefdesk.model.jsonkeys import (
    DuplicateKey,
    TooLongNumber,
    bounded_int,
    duplicate_key_line,
    lone_surrogate_line,
    pairs_without_duplicates,
)
from briefdesk.model.migrations import migrate
from briefdesk.model.versions import lowest_version

# A brief with dozens of full-text sources is a few MB; far beyond that is not a brief.
MAX_BRIEF_BYTES = 64 * 1024 * 1024


def dumps(brief: Brief) -> str:
    """The brief as indented UTF-8 JSON text, ``format`` and ``version`` first; the version is
    the oldest that holds it (:func:`briefdesk.model.versions.lowest_version`), so a desk still
    on the previous BriefDesk opens a brief that uses nothing newer."""
    text = brief.model_dump_json(indent=2, by_alias=True) + "\n"
    version = lowest_version(brief)
    if version != FORMAT_VERSION:
        head = f'\n  "version": {FORMAT_VERSION},'
        text = text.replace(head, f'\n  "version": {version},', 1)
    return text


def loads(data: bytes) -> Brief:
    """Parse and fully validate a brief; raise ``BriefError`` naming the first problem."""
    document = _decode_document(data)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise BriefError(f"'version' must be a whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise BriefError(
            f"written by a newer BriefDesk (format version {version}); "
            f"this version reads up to {FORMAT_VERSION} — please update BriefDesk"
        )
    if version < 1:
        raise BriefError(f"unknown format version {version}")
    if version < FORMAT_VERSION:
        try:
            document = migrate(document)
        except LookupError as exc:
            raise BriefError(f"cannot upgrade format version {version}: {exc}") from None
    return validate_document(document)


def validate_document(document: dict[str, Any]) -> Brief:
    """Type-check a current-version document and its cross-record rules."""
    try:
        brief = Brief.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as exc:
        raise _error(problems_from_validation(exc)) from None
    problems = check_brief(brief)
    if problems:
        raise _error(problems)
    return brief


def _error(problems: list[Problem]) -> BriefError:
    first = str(problems[0])
    more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return BriefError(first + (more if len(problems) > 1 else ""), problems)


def _decode_document(data: bytes) -> dict[str, Any]:
    if not data.strip():
        raise BriefError("the file is empty, not a BriefDesk brief")
    if len(data) > MAX_BRIEF_BYTES:
        raise BriefError(
            f"the file is {len(data) / 1e6:.0f} MB; a brief is at most "
            f"{MAX_BRIEF_BYTES // (1024 * 1024)} MB"
        )
    if b"\x00" in data[:8192]:
        raise BriefError("the file is binary, not a BriefDesk brief")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefError(
            f"not UTF-8 text (invalid byte at offset {exc.start}); not a BriefDesk brief"
        ) from None
    try:
        document = json.loads(
            text,
            parse_float=str,
            parse_int=bounded_int(MAX_INT_DIGITS),
            parse_constant=_refuse_constant,
            object_pairs_hook=pairs_without_duplicates,
        )
    except DuplicateKey as exc:
        found = duplicate_key_line(text)
        line, key = found if found else (0, exc.key)
        where = f"line {line}: " if line else ""
        raise BriefError(f"{where}duplicate key {key!r}") from None
    except TooLongNumber as exc:
        raise BriefError(
            f"a number with {exc.digits} digits is longer than any field of a brief can hold"
        ) from None
    except json.JSONDecodeError as exc:
        raise BriefError(describe_json_error(exc, text)) from None
    except ValueError as exc:
        raise BriefError(f"invalid JSON: {exc}") from None
    except RecursionError:
        raise BriefError("invalid JSON: nested too deeply") from None
    if "\\u" in text and (lone := lone_surrogate_line(text)) is not None:
        raise BriefError(
            f"line {lone[0]}: {lone[1]} is half of a character (a lone surrogate), not text"
        )
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BriefError(f'not a BriefDesk brief (no "format": "{FORMAT_NAME}")')
    return document


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in a brief")
