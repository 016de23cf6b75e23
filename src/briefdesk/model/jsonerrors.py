"""JSON syntax errors said the way a person fixing a .brief by hand needs them.

``json`` reports "Invalid control character at" (the sentence trails off) for a missing closing
quote and "Expecting property name…" for a file cut in half; both hide what went wrong.
"""

from __future__ import annotations

import json

_BRIEF_STARTS = ("{", "[")


def describe_json_error(exc: json.JSONDecodeError, text: str) -> str:
    """One line naming where the JSON breaks and the likely cause."""
    where = f"line {exc.lineno}, column {exc.colno}"
    if exc.pos == 0 and not text.lstrip("\ufeff \t\r\n").startswith(_BRIEF_STARTS):
        return "not a BriefDesk brief (the file is not JSON)"
    if not text[exc.pos :].strip():
        return f"the file ends early, at {where} (it is cut off; restore it from a backup copy)"
    msg = exc.msg.removesuffix(" at").strip()
    if msg.startswith("Unterminated string"):  # no closing quote before the end: cut off
        return (
            f"the file ends early, inside a text value that starts at {where} (it is cut off; "
            "restore it from a backup copy)"
        )
    if msg.startswith("Invalid control character"):
        char = text[exc.pos] if exc.pos < len(text) else ""
        if char in "\r\n":
            return (
                f"invalid JSON at {where}: a text value runs on past the end of the line "
                "(is its closing quote missing?)"
            )
        return (
            f"invalid JSON at {where}: control character U+{ord(char):04X} inside a text value"
            if char
            else f"invalid JSON at {where}: control character inside a text value"
        )
    return f"invalid JSON at {where}: {msg}"
