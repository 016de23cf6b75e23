"""Spelling findings for the editorial review (``briefdesk.review``): one per unknown word and
field, pointing at the word so the Checks panel can select it."""

from __future__ import annotations

from dataclasses import dataclass

from briefdesk import spelling
from briefdesk.model import Brief
from briefdesk.review import Finding, Severity, prose_fields
from briefdesk.spelling.brief_words import brief_words

MAX_FINDINGS = 60


@dataclass(frozen=True)
class SpellingFinding(Finding):
    """A finding that knows where its word is in the field's text (Python str offsets)."""

    start: int = -1
    end: int = -1


def spelling_findings(brief: Brief) -> list[Finding]:
    checker = spelling.current(load=spelling.LOAD_IN_REVIEW)
    if checker is None:
        reason = spelling.unavailable_reason()
        return [Finding("spelling", f"spelling not checked: {reason}")] if reason else []
    checker.set_brief_words(brief_words(brief))
    out: list[Finding] = [Finding("spelling", problem) for problem in checker.problems]
    for path, name, text in prose_fields(brief):
        seen: set[str] = set()
        for miss in checker.misspellings(text):
            if miss.word in seen:
                continue
            seen.add(miss.word)
            message = f"{name}: {miss.word!r} is not in the {checker.language} dictionary"
            out.append(SpellingFinding(path, message, Severity.WARNING, miss.start, miss.end))
            if len(out) >= MAX_FINDINGS:
                return out
    return out
