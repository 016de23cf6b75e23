"""A key judgment's likelihood and confidence follow the ICD 203 words of its statement while
they agree with them.

Why (newcomer22 N22-22): an analyst writes "The National Assembly will very likely ratify …"
and then picks *Very likely* from the list by hand ("v", "v"): the words already said it, and
the fixed part of every brief (BLUF, one judgment, grade, export) cost 15 actions before any
fix. So while a judgment's level is not set, or is the level its old words stated, it follows
what its new words state; a level the user chose against the words is theirs and left alone
(the check "the judgment reads … but its likelihood is …" still speaks for it).
"""

from __future__ import annotations

import re
from typing import Any

from briefdesk.editing.edits import Edit
from briefdesk.estimative import stated_confidence, stated_likelihood
from briefdesk.model import Brief
from briefdesk.model.codes import Confidence, Likelihood

_STATEMENT = re.compile(r"significance\.judgments\[(\d+)\]\.statement")


def judgment_follow(brief: Brief, path: str, value: Any) -> tuple[list[Edit], str]:
    """For the judgment editor's Statement field: (the statement and the levels its words now
    set, what the status line says); ([], "") when no level follows."""
    match = _STATEMENT.fullmatch(path)
    judgments = brief.significance.judgments
    if match is None or not isinstance(value, str) or int(match.group(1)) >= len(judgments):
        return [], ""
    index = int(match.group(1))
    old = judgments[index]
    base = f"significance.judgments[{index}]"
    edits: list[Edit] = []
    said: list[str] = []
    likelihood = stated_likelihood(value)
    if _follows(old.likelihood, stated_likelihood(old.statement), likelihood):
        edits.append(Edit(f"{base}.likelihood", likelihood, "likelihood"))
        said.append(f"likelihood {_words(likelihood)}")
    confidence = stated_confidence(value)
    if _follows(old.confidence, stated_confidence(old.statement), confidence):
        edits.append(Edit(f"{base}.confidence", confidence, "confidence"))
        said.append(f"confidence {_words(confidence)}")
    if not edits:
        return [], ""
    edits.insert(0, Edit(path, value, "statement"))
    return (
        edits,
        f"Judgment {index + 1}: {' and '.join(said)}, as its words say (Ctrl+Z undoes it).",
    )


def _follows(
    chosen: Likelihood | Confidence | None,
    old_words: Likelihood | Confidence | None,
    new_words: Likelihood | Confidence | None,
) -> bool:
    """A level follows the words when it is unset or was the old words' own, and the new
    words say another (a level the old words set goes when the new words say none)."""
    if chosen is not None and chosen != old_words:
        return False  # the user's own choice
    return new_words != chosen and (new_words is not None or chosen is not None)


def _words(level: Likelihood | Confidence | None) -> str:
    if level is None:
        return "cleared"
    text = str(level.value).replace("_", " ")
    return text[:1].upper() + text[1:]
