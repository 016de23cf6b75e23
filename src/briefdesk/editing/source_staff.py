"""The people a source names as its own staff, and currency codes read as names.

Why (newcomer19 N19-07, N19-10): a ministry's release ends "Issued by: Chipo Banda, Public
Relations Officer"; a newsletter's head says "Edited by Lucia Ferreyra"; a radio transcript
labels its turns "PRESENTER (Elena Marinova):" and "REPORTER (Stoyan Petkov):". Those people
made the source and take no part in what it reports, yet were drafted or offered as actors; so
was "EUR" from "EUR 290 million". The credit words and speaker labels are data
(``resources/english/source_staff.tsv``); an interviewee's label ("MINISTER (Rumen Dakov):")
is no staff label, so the people a programme talks to stay actors.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefdesk.model.codes import is_currency_code
from briefdesk.resources_access import read_resource_text

WORDS = "english/source_staff.tsv"
_NAME = r"[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]+|de|van|von|der|da|al|bin|el)){1,3}"


@cache
def _words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in read_resource_text(WORDS).splitlines():
        if line.strip() and not line.startswith("#"):
            group, word = line.split("\t")
            out.setdefault(group, []).append(word)
    return {group: tuple(words) for group, words in out.items()}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    credit = "|".join(_words()["credit"])
    label = "|".join(_words()["label"])
    return (
        re.compile(rf"^[ \t]*(?:{credit})[ \t]+by[ \t]*:?[ \t]*(?P<name>{_NAME})", re.I | re.M),
        re.compile(
            rf"^[ \t]*(?:\[[\d:.]+\]\s*)?(?:{label})\s*\(\s*(?P<name>{_NAME})\s*\)\s*:",
            re.I | re.M,
        ),
    )


@lru_cache(maxsize=8)
def staff_names(text: str) -> frozenset[str]:
    """The names ``text`` credits as its own ("Edited by …", "PRESENTER (…):", "(Reporting
    by …; editing by …)"), case-folded."""
    found = set()
    for pattern in _patterns():
        for match in pattern.finditer(text):
            found.add(" ".join(match.group("name").split()).casefold())
    return frozenset(found | _bracketed_credits(text))


_BRACKETS = re.compile(r"\(([^()\n]{5,400})\)")
_JOINER = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _bracketed_credits(text: str) -> set[str]:
    """The names in a wire's credit in brackets, wherever it stands: "(Reporting by Marta
    Villalobos; editing by Peter Kaye)" (newcomer21 N21-06: its reporter and editor were
    offered as actors; the README says a source's own people never are)."""
    credit = re.compile(
        rf"^\s*(?:additional\s+)?(?:{'|'.join(_words()['credit'])})\s+by\s+(?P<names>.+)$", re.I
    )
    name = re.compile(rf"^(?P<name>{_NAME})")
    found: set[str] = set()
    for group in _BRACKETS.finditer(text):
        parts = group.group(1).split(";")
        if credit.match(parts[0]) is None:
            continue  # "(the Ministry of Defence said on Monday)" is no credit
        for part in parts:
            if (said := credit.match(part)) is None:
                continue
            for each in _JOINER.split(said.group("names")):
                if (who := name.match(each.strip())) is not None:
                    words = re.split(r"\s+(?:in|at|from)\s+", who.group("name"))[0]
                    found.add(" ".join(words.split()).casefold())
    return found


def is_currency(name: str, text: str) -> bool:
    """Whether ``name`` is a currency code ``text`` writes before an amount ("EUR 290")."""
    code = name.strip()
    return (
        len(code) == 3
        and code.isupper()
        and is_currency_code(code)
        and re.search(rf"\b{code}\s?\d", text) is not None
    )
