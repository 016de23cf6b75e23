"""The outlet behind an interviewer's label (round 10): an interview printed as questions and
answers marks each question with the outlet's initials ("NRR: Minister, what exactly did
the State sign?"), and the outlet is named once in full somewhere ("He spoke to Niugini
Resources Review", a masthead "GULF MARITIME REVIEW | INTERVIEW"). In every retired and
tuning-corpus interview with such labels the gold lists the outlet. A label used twice or
more at the start of a line is the outlet: under its full name when a run of capitalised
words spells it, else (three letters or more) under the label itself."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.resolver import Resolver

_LABEL = re.compile(r"(?m)^([A-Z]{2,5}):[ \t]")
_RUN = re.compile(
    r"\b[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|the|and|for|&|de|del)[ \t]+)?[A-Z][\w'’&-]*){1,5}"
)
_CONNECTORS = frozenset({"of", "the", "and", "for", "&", "de", "del"})


def interview_labels(res: Resolver) -> None:
    """Propose the outlet of each label that opens two lines or more."""
    text = res.text
    if ":" not in text:
        return
    seen: dict[str, list[int]] = {}
    for match in _LABEL.finditer(text):
        seen.setdefault(match.group(1), []).append(match.start(1))
    for label, starts in seen.items():
        if len(starts) < 2 or is_common_word(label) or res.country_of(label):
            continue
        if res.claimed(starts[0], starts[0] + len(label)):
            continue  # a speaker's surname ("VAHER:"), read by the speaker labels
        full = _spelled(text, label)
        if not full and len(label) < 3:
            continue
        res.rule = "org.interview-label"
        name = text[full[0] : full[1]] if full else label
        if full:
            res.org(name, full[0], full[1])
        for start in starts:  # (the resolver files the label under the full name it spells)
            res.org(label, start, start + len(label))
            res.claim(start, start + len(label))


_WORD = re.compile(r"[A-Z][\w'’&-]*")


def _spelled(text: str, label: str) -> tuple[int, int] | None:
    """Where a run of capitalised words whose initials spell ``label`` starts and ends
    (connectors inside it do not count: "Bank of X" spells "BX")."""
    size = len(label)
    found: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        words = list(_WORD.finditer(run.group()))
        for first in range(len(words) - size + 1):
            part = words[first : first + size]
            if "".join(w.group()[0] for w in part) == label:
                end = run.start() + part[-1].end()
                if text[end - 2 : end] in {"'s", "’s"}:
                    end -= 2  # "Gulf Energy Review's editor": the name without its 's
                found.append((run.start() + part[0].start(), end))
                break
    # A masthead in capitals spells it too; the name as the text writes it in a sentence first.
    cased = [(s, e) for s, e in found if not text[s:e].isupper()]
    best = cased or found
    return best[0] if best else None
