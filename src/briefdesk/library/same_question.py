"""Whether an earlier judgment answers the same question as today's.

Why: "Earlier judgments" paired today's "Ghana will almost certainly take delivery…" with an
earlier "Nigeria will open talks…" only because both were about the same deal item, then warned
"likelihood changed … with no rationale" (newcomer9 N9-24). A likelihood can only have *changed*
on the same judgment: the same judgment id (a copy or a later version of the brief), or the same
statement give or take the estimative words and small edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from briefdesk.library.api import PriorJudgment

# Estimative and confidence words say *how likely*, not *what*: left out before comparing.
_HEDGES = re.compile(
    r"\b(?:almost|nearly|virtually|very|highly|roughly|even|no|chance|odds|certain(?:ly)?|"
    r"likely|unlikely|probabl[ey]|improbabl[ey]|remote|possibility|we|assess|judge)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
SAME_STATEMENT = 0.8  # share of words in common (difflib ratio) for an edited sentence


def statement_words(statement: str) -> list[str]:
    return _WORD.findall(_HEDGES.sub(" ", statement.casefold()))


def same_question(judgment_id: str, statement: str, prior: PriorJudgment) -> bool:
    """True when ``prior`` is this judgment in an earlier brief (or copy)."""
    if judgment_id and prior.judgment_id == judgment_id:
        return True
    mine, theirs = statement_words(statement), statement_words(prior.statement)
    if not mine or not theirs:
        return False
    return SequenceMatcher(None, mine, theirs, autojunk=False).ratio() >= SAME_STATEMENT


def rank_priors(
    judgment_id: str, statement: str, priors: Iterable[PriorJudgment], items: set[str]
) -> list[PriorJudgment]:
    """The same question first (marked ``same_question``), then the same deal, then the same
    actors; identical lines from copies of one brief shown once."""
    marked = [replace(p, same_question=same_question(judgment_id, statement, p)) for p in priors]
    marked.sort(key=lambda p: (not p.same_question, not items.intersection(p.subjects)))
    seen: set[tuple[str, str, str, str, str]] = set()
    out = []
    for p in marked:
        key = (p.statement, p.likelihood, p.confidence, p.brief.title, p.brief.date)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
