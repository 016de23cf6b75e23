"""Spelling findings for the editorial review (``briefdesk.review``): one per unknown word and
field, pointing at the word so the Checks panel can select it."""

from __future__ import annotations

from dataclasses import dataclass

from briefdesk import spelling
from briefdesk.model import Brief
from briefdesk.review import Finding, Severity
from briefdesk.spelling.brief_words import brief_words

MAX_FINDINGS = 60


@dataclass(frozen=True)
class SpellingFinding(Finding):
    """A finding that knows where its word is in the field's text (Python str offsets)."""

    start: int = -1
    end: int = -1


def prose_fields(brief: Brief) -> list[tuple[str, str, str]]:
    """(path, name the user knows the field by, text) of every field spelling looks at."""
    fields = [
        ("bluf", "BLUF", brief.bluf),
        ("purpose", "purpose", brief.purpose),
        ("background", "background", brief.background),
        ("current_status", "current status", brief.current_status),
        ("considerations", "considerations", brief.considerations),
    ]
    for i, judgment in enumerate(brief.significance.judgments):
        base = f"significance.judgments[{i}]"
        fields.append((f"{base}.statement", f"judgment {i + 1}", judgment.statement))
        fields.append((f"{base}.rationale", f"judgment {i + 1} rationale", judgment.rationale))
    for i, implication in enumerate(brief.significance.implications):
        fields.append(
            (f"significance.implications[{i}].text", f"implication {i + 1}", implication.text)
        )
    fields.append(("significance.outlook", "outlook", brief.significance.outlook))
    for i, option in enumerate(brief.options):
        base, name = f"options[{i}]", f"option {i + 1}"
        fields.append((f"{base}.description", name, option.description))
        # Lists are edited one item a line: offsets are into the lines joined by newlines.
        fields.append((f"{base}.pros", f"{name} pros", "\n".join(option.pros)))
        fields.append((f"{base}.cons", f"{name} cons", "\n".join(option.cons)))
    for i, recommendation in enumerate(brief.recommendations):
        fields.append(
            (f"recommendations[{i}].text", f"recommendation {i + 1}", recommendation.text)
        )
    fields.append(("notes", "notes", brief.notes))
    return fields


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
