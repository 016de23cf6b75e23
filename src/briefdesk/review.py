"""Editorial checks of a brief before it goes to a manager; Qt-free so the CLI can run them too.

Validation (``model.checks``) says whether a brief is *consistent*; review says whether it is
*ready*: an empty BLUF, a judgment with no likelihood, ungraded sources. Each finding names the
field path (``significance.judgments[0].likelihood``) so the window can jump to it.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from briefdesk.email_address import email_problem
from briefdesk.mixed_words import mixed_message, mixed_sentences
from briefdesk.model import Brief

if TYPE_CHECKING:
    from briefdesk.library.api import PriorJudgment

# About the width of a body line on an A4/Letter page in 11 pt type.
LINE_WIDTH = 95
MAX_BLUF_LINES = 4


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One thing to fix before export, e.g. ``bluf: the BLUF is empty``."""

    path: str
    message: str
    severity: Severity = Severity.WARNING

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def review_brief(
    brief: Brief, template: str | None = None, *, spelling: bool = True
) -> list[Finding]:
    """Every finding, most serious first; ``template`` (a built-in id) adds its own needs.
    ``spelling=False`` leaves out the spelling pass (warnings only, and it may load the
    dictionaries: 0.5-0.8 s) for callers that only act on errors."""
    findings = [
        *_check_header(brief),
        *_check_marking(brief),
        *_check_bluf(brief),
        *_check_drafted(brief),
        *_check_judgments(brief),
        *_check_estimative_words(brief),
        *_check_mixed_language(brief),
        *_check_deals(brief),
        *_check_facts(brief),
        *_check_places(brief),
        *_check_value_words(brief),
        *_check_sources(brief),
        *_check_template_needs(brief, template or ""),
        *(_check_spelling(brief) if spelling else []),
    ]
    return sorted(findings, key=lambda f: f.severity != Severity.ERROR)


def bluf_line_count(text: str) -> int:
    """Printed lines the BLUF would take: each paragraph wrapped at ``LINE_WIDTH``."""
    lines = 0
    for paragraph in text.strip().splitlines():
        if paragraph.strip():
            lines += max(1, len(textwrap.wrap(paragraph, LINE_WIDTH)))
    return lines


def _check_header(brief: Brief) -> list[Finding]:
    out = []
    if not brief.header.title.strip():
        out.append(Finding("header.title", "the brief has no title", Severity.ERROR))
    if not brief.header.from_.name.strip():
        out.append(Finding("header.from.name", "no author in the From block"))
    # Settings checks the author's address as it is typed; an address typed in the header
    # editor, set from the command line or in a brief from elsewhere is checked here.
    problem = email_problem(brief.header.from_.email)
    if problem:
        out.append(Finding("header.from.email", f"the From email {problem}"))
    critical, dated = brief.header.critical_date, brief.header.date
    if critical is not None and critical < (dated or dt.date.today()):
        # "Decision needed by 10 April 2024" on a note dated 2026 reads as a typo or a lapse.
        when = "the brief's date" if dated else "today"
        out.append(
            Finding(
                "header.critical_date", f"the critical date {critical.isoformat()} is before {when}"
            )
        )
    return out


def _check_marking(brief: Brief) -> list[Finding]:
    # An unmarked export looks like an unmarked government document; say so before it leaves
    # (once: a marked source's finding already says which marking it needs).
    from briefdesk.editing.source_marking import marking_findings

    if specific := marking_findings(brief):
        return specific
    return [] if brief.marking.label else [Finding("marking", "no handling marking")]


def _check_bluf(brief: Brief) -> list[Finding]:
    if not brief.bluf.strip():
        return [Finding("bluf", "the BLUF is empty", Severity.ERROR)]
    lines = bluf_line_count(brief.bluf)
    if lines > MAX_BLUF_LINES:
        return [
            Finding("bluf", f"the BLUF runs to about {lines} lines (keep it to {MAX_BLUF_LINES})")
        ]
    return []


_DRAFTED_NAMES = {"bluf": "the BLUF"}


def _check_drafted(brief: Brief) -> list[Finding]:
    """Text BriefDesk drafted (``Brief.drafted``) that the user has not yet rewritten."""
    current = {"bluf": brief.bluf}
    out = []
    for path, text in brief.drafted.items():
        if path in current and text.strip() and current[path] == text:
            name = _DRAFTED_NAMES.get(path, path)
            out.append(
                Finding(path, f"{name} is still BriefDesk's draft: check it against the source")
            )
    return out


def still_drafted(brief: Brief) -> list[Finding]:
    """The drafted-text findings alone: export names them beside its errors, since a manager
    should not get BriefDesk's own BLUF without the sender being told (N10-25)."""
    return _check_drafted(brief)


def _check_judgments(brief: Brief) -> list[Finding]:
    out = []
    for index, judgment in enumerate(brief.significance.judgments):
        base = f"significance.judgments[{index}]"
        name = f"judgment {index + 1}"
        if not judgment.statement.strip():
            out.append(Finding(f"{base}.statement", f"{name} has no statement", Severity.ERROR))
        if judgment.likelihood is None:
            out.append(Finding(f"{base}.likelihood", f"{name} has no likelihood"))
        if judgment.confidence is None:
            out.append(Finding(f"{base}.confidence", f"{name} has no confidence level"))
        if not judgment.evidence:
            out.append(Finding(f"{base}.evidence", f"{name} cites no source"))
    return out


def judgment_word_findings(brief: Brief, index: int) -> list[Finding]:
    """What the checks say of judgment ``index``'s words against its likelihood and confidence
    (said by `judgments add/edit` as it saves, not first at export: newcomer13 N13-25)."""
    base = f"significance.judgments[{index}]."
    return [f for f in _check_estimative_words(brief) if f.path.startswith(base)]


def contradictions(brief: Brief) -> list[Finding]:
    """Judgments whose words say another likelihood or confidence than the one chosen: the
    page would print both ("almost certain. Unlikely (20–45%)"), so export stops on them as
    `check` does (newcomer15 N15-43); two words of one judgment that disagree stay a warning."""
    return [f for f in _check_estimative_words(brief) if f.severity == Severity.ERROR]


def _check_estimative_words(brief: Brief) -> list[Finding]:
    """A judgment whose words name another ICD 203 level than its chosen likelihood."""
    from briefdesk.estimative import contradiction, opposite_words

    out = []
    for index, judgment in enumerate(brief.significance.judgments):
        word = contradiction(judgment.statement, judgment.likelihood)
        pair = opposite_words(judgment.statement, judgment.likelihood)
        if pair is not None and judgment.likelihood is not None:  # one judgment said two ways
            message = (
                f"judgment {index + 1} says both '{pair[0].words}' and '{pair[1].words}' "
                f"(its likelihood is '{judgment.likelihood.words}'): split it into two "
                "judgments or make the words agree"
            )
            out.append(Finding(f"significance.judgments[{index}].likelihood", message))
        if word is None or judgment.likelihood is None:
            continue
        low, high = judgment.likelihood.percent_range
        message = (
            f"judgment {index + 1} says '{word.words}' but its likelihood is "
            f"'{judgment.likelihood.words}' ({low}–{high}%): make the words and the "
            "likelihood agree"
        )
        # ICD 203: the words and the level must agree; the manager reads both (newcomer9 N9-04).
        out.append(Finding(f"significance.judgments[{index}].likelihood", message, Severity.ERROR))
    return out + _confidence_words(brief)


def _confidence_words(brief: Brief) -> list[Finding]:
    """A judgment saying "high confidence" with its confidence set to low (newcomer12 N12-31):
    as contradictory as the likelihood case, so as serious."""
    from briefdesk.estimative import confidence_contradiction

    out = []
    for index, judgment in enumerate(brief.significance.judgments):
        words = confidence_contradiction(judgment.statement, judgment.confidence)
        if words is None or judgment.confidence is None:
            continue
        message = (
            f"judgment {index + 1} says '{words}' but its confidence is "
            f"'{judgment.confidence.value}': make the words and the confidence agree"
        )
        out.append(Finding(f"significance.judgments[{index}].confidence", message, Severity.ERROR))
    return out


def prose_fields(brief: Brief) -> list[tuple[str, str, str]]:
    """(path, name the user knows the field by, text) of every prose field (spelling and the
    likelihood/confidence check read the same list)."""
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


def _check_mixed_language(brief: Brief) -> list[Finding]:
    """ICD 203: likelihood and confidence are separate statements, never one sentence; the
    finding says what to write instead (N25-07, ``mixed_words``)."""
    judgments = brief.significance.judgments
    out = []
    for path, name, text in prose_fields(brief):
        at = re.fullmatch(r"significance\.judgments\[(\d+)\]\.statement", path)
        confidence = judgments[int(at.group(1))].confidence if at else None
        for sentence in mixed_sentences(text):
            # The panel shows messages, not paths: say which field holds the sentence.
            message = mixed_message(name, sentence, judgment=at is not None, confidence=confidence)
            out.append(Finding(path, message))
    return out


def _check_deals(brief: Brief) -> list[Finding]:
    from briefdesk.model.codes import UNPRICED_KINDS

    out = []
    for index, deal in enumerate(brief.deals):
        name = deal.title.strip() or f"deal {index + 1}"
        if deal.value is None and deal.kind not in UNPRICED_KINDS:
            out.append(Finding(f"deals[{index}].value", f"{name} has no value"))
        if not deal.parties:
            # A deal with no one on either side reads as a fact with no who: confirm the
            # parties or remove the deal before it goes out (newcomer9 N9-17).
            out.append(
                Finding(f"deals[{index}].parties", f"{name} names no parties", Severity.ERROR)
            )
        out.extend(_party_role_findings(brief, index, name))
    return out


def _party_role_findings(brief: Brief, index: int, name: str) -> list[Finding]:
    """A role the deal's kind does not offer (a buyer in a loan, an intermediary standing in
    for an award's payee): a party added before the kind was set, or one whose role was never
    chosen (newcomer12 N12-10, N12-17); the export would print it as typed."""
    from briefdesk.model.codes import SIGNED_ALIKE, kind_noun, party_roles, role_fits, role_words

    deal = brief.deals[index]
    out = []
    for p_index, party in enumerate(deal.parties):
        if not role_fits(deal.kind, party.role):
            actor = brief.actor(party.actor_id)
            who = actor.name if actor is not None else party.actor_id
            kind = kind_noun(deal.kind)
            first, second = (role_words(r).lower() for r in party_roles(deal.kind)[:2])
            role = role_words(party.role).lower()
            sides = f"{first} and {second}"
            if deal.kind in SIGNED_ALIKE:  # no side gives or receives (N18-03)
                sides = f"its signatories: make {who} a signatory"
            out.append(
                Finding(
                    f"deals[{index}].parties[{p_index}].role",
                    f"{name}: {who} is {_a(role)}, but {_a(kind)}'s parties are {sides}",
                )
            )
    return out


def _a(words: str) -> str:
    return f"{'an' if words[:1] in tuple('aeiou') else 'a'} {words}"


def _check_facts(brief: Brief) -> list[Finding]:
    """Deal dates and parties stated as fact; actors' types and countries the sources do not
    bear out (actor_review)."""
    from briefdesk.actor_review import actor_findings
    from briefdesk.deal_review import deal_findings

    return deal_findings(brief) + actor_findings(brief)


def _check_places(brief: Brief) -> list[Finding]:
    from briefdesk.place_review import place_findings

    return place_findings(brief)


def _check_value_words(brief: Brief) -> list[Finding]:
    from briefdesk.dollar_review import dollar_findings
    from briefdesk.value_review import bluf_amount_findings, value_word_findings

    return value_word_findings(brief) + bluf_amount_findings(brief) + dollar_findings(brief)


def _check_sources(brief: Brief) -> list[Finding]:
    from briefdesk.source_review import cut_title_findings

    out = cut_title_findings(brief)
    for index, source in enumerate(brief.sources):
        if not source.is_graded:
            name = source.title.strip() or f"source {index + 1}"
            said = f"{name} is not graded: give it a grade, e.g. B2"
            out.append(Finding(f"sources[{index}].reliability", said))
    return out


def _check_spelling(brief: Brief) -> list[Finding]:
    """Unknown words per prose field (briefdesk.spelling); one finding per word."""
    from briefdesk.spelling.review import spelling_findings

    return spelling_findings(brief)


def _check_template_needs(brief: Brief, template: str) -> list[Finding]:
    name = template.lower()
    out = []
    if "deal" in name and not brief.deals:
        out.append(
            Finding("deals", "the deal sheet template needs at least one deal", Severity.ERROR)
        )
    memo = "bluf" in name or "memo" in name
    needs_recommendation = "standard" in name or memo
    if needs_recommendation and not brief.recommendations and brief.header.kind.value == "decision":
        out.append(
            Finding("recommendations", "a decision brief needs a recommendation", Severity.ERROR)
        )
    if memo and not brief.header.to.strip():
        # The Header tab's name for the field; the memo prints it "Memo for" (N24-20).
        to = "the memo has no “Memo for” line: fill To on the Header tab (or set to=…)"
        out.append(Finding("header.to", to))
    return out


def likelihood_changes(
    brief: Brief, history: Mapping[str, Sequence[PriorJudgment]]
) -> list[Finding]:
    """A judgment whose likelihood differs from the last brief's on the same subject, unexplained.

    ICD 203 asks analysts to say why an assessment changed; ``history`` comes from the library
    (``library.history.judgment_history``), newest first per judgment id.
    """
    findings = []
    for i, kj in enumerate(brief.significance.judgments):
        if kj.likelihood is None or kj.rationale.strip():
            continue
        # Only the same judgment can have changed (newcomer9 N9-24: not another on the deal).
        # A brief of the same date with no file time to order it claims no direction (C9-18).
        same = (
            p
            for p in history.get(kj.id, ())
            if p.likelihood and p.same_question and not p.same_date
        )
        last = next(same, None)
        if last is None or last.likelihood == kj.likelihood.value:
            continue
        was = last.likelihood.replace("_", " ")
        findings.append(
            Finding(
                f"significance.judgments[{i}].rationale",
                f"likelihood changed from '{was}' ({last.brief.title}, {last.brief.date}) to "
                f"'{kj.likelihood.words}' with no rationale saying why",
            )
        )
    return findings
