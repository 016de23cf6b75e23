"""A wire story's closing credit lines are the agency's, not the article's (checker9 C9-10).

"Copyright 2026 The Associated Press. All rights reserved." at the end of a saved wire story
was kept as text, quoted with the article and offered "Associated Press" as an actor. Such
lines at the very end (copyright and rights lines, "Reporting by …; Editing by …" credits)
are left out, and a note says so.
"""

from __future__ import annotations

import re

_TAIL_LINES = 4  # credits close the story: only its last few lines are looked at
_CREDIT = re.compile(
    r"^\(?\s*(?:"
    r"copyright\b.{0,120}"  # "Copyright 2026 The Associated Press. All rights reserved."
    r"|(?:©|\(c\))\s*(?:19|20)\d\d\b.{0,120}"  # "© 2026 Reuters"; "(c) delivery …" stays
    r"|all rights reserved\.?"
    r"|(?:additional\s+)?reporting by\b.{0,200}"  # "Reporting by Ana Berg; Editing by …"
    r"|(?:writing|editing|compiled) by\b.{0,200}"
    r")\s*\)?\s*$",
    re.I,
)


def without_wire_credits(text: str) -> tuple[str, list[str]]:
    """(the text less its closing credit lines, the lines left out); unchanged when there are
    none or nothing else would be left."""
    lines = text.rstrip().splitlines()
    removed: list[str] = []
    seen = 0
    while lines and seen < _TAIL_LINES:
        line = lines[-1].strip()
        if not line:
            lines.pop()
            continue
        seen += 1
        if not _CREDIT.match(line) or len(line) > 240:
            break
        removed.insert(0, line)
        lines.pop()
    kept = "\n".join(lines).rstrip()
    if not removed or not kept.strip():
        return text, []
    return kept + ("\n" if text.endswith("\n") else ""), removed


def credit_note(removed: list[str]) -> str:
    """One line saying which credit lines were left out."""
    shown = "; ".join(f"“{line if len(line) <= 70 else line[:67] + '…'}”" for line in removed)
    plural = "s" if len(removed) > 1 else ""
    return f"The wire's closing credit line{plural} left out of the text: {shown}"
