"""Component: "the Company" in a company's own document is its issuer (issue 10, round 24).

Annual reports, shareholder circulars and exchange filings are written by one company and call
it "the Company" without a bracket to define it: the page opens with the issuer's name on a line
of its own ("ÖMNÖGOVI RAIL AND COAL LOGISTICS JSC", "PENHALLOW MARINE GROUP PLC (LSE: PMG)") or
in an "Issuer:" field, and the text then says "the Company, as employer, signed ...", "The
Company's order for 20 locomotives ...", "the Company completed the acquisition of ...". Each
such "the Company" becomes a mention of the issuer, so the deal readers see the side they tell.

A bracket that defines "the Company" is ``bind_defined_terms``'s and wins; a news story, whose
first lines are a headline and a byline, names no issuer on a line of its own and is left alone.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.defined_terms import definitions
from briefdesk.extract.resolver import Resolver

RULE = "alias.issuer-company"
_HEADER = 600  # the issuer's line stands among the first lines
# "the Company", "The Company's": capitalised, not the head of a longer name ("the Company
# Secretary", "the Company Law").
_USE = re.compile(r"\b[Tt]he[ \t]+(Company)(?![\w-])(?![ \t]+[A-Z])")
_LINE = re.compile(r"^[ \t]*(?:Issuer[ \t]*:[ \t]*)?(?P<name>[^\n]{3,90}?)[ \t]*$", re.M)
# What may follow the name on its line: a ticker or a registration in brackets.
_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$")
# A letterhead no rule read: a name in capitals ending in a legal form, alone on its line.
_CAPS_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][A-ZÀ-Þ&'’.-]*[ \t]+){1,7}(?:JSC|PJSC|PLC|LTD\.?|LIMITED|LLC|INC\.?|CORP\.?|"
    r"CORPORATION|S\.A\.|SA|AG|SE|ASA|AB|OYJ|BHD|N\.V\.|GMBH|SPA|S\.P\.A\.|AD|D\.D\.|"
    r"A\.S\.|K\.K\.)"
)


def issuer_company(res: Resolver) -> None:
    """Make each undefined "the Company" a mention of the issuer the header names (see module)."""
    text = res.text
    if "the Company" not in text and "The Company" not in text:
        return
    if any(term.lower() == "company" for d in definitions(text) for term, _s, _e in d.terms):
        return
    key, after = _issuer(res)
    if not key:
        return
    mentions = sorted(res.found.mentions)
    starts = [m[0] for m in mentions]
    for use in _USE.finditer(text, after):
        at, until = use.span(1)
        if _covered(mentions, starts, at, until):
            continue
        res.alias(key, "the Company", at, until, RULE)
        res.found.mentions.append((at, until, key))


def _issuer(res: Resolver) -> tuple[str, int]:
    """The organisation named alone on a header line (or in its "Issuer:" field) and where
    that line ends; ("", 0) when there is none."""
    text = res.text
    orgs = sorted(
        (start, end, key)
        for start, end, key in res.found.mentions
        if start < _HEADER and res.found.actors[key].type == "organization"
    )
    for line in _LINE.finditer(text, 0, _HEADER):
        start, end = line.span("name")
        for at, until, key in orgs:
            if at == start and until <= end and _TAIL.fullmatch(text, until, end):
                return key, end
        caps = _CAPS_NAME.match(text, start, end)
        if caps and _TAIL.fullmatch(text, caps.end(), end) and not _claimed(orgs, start, end):
            res.rule = "org.issuer-line"
            key = res.org(caps.group(), start, caps.end())
            res.rule = ""
            return key, end
    return "", 0


def _claimed(orgs: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether an organisation already read overlaps ``start:end`` (then the capitals line is
    that organisation's, not a new letterhead)."""
    return any(at < end and until > start for at, until, _key in orgs)


def _covered(mentions: list[tuple[int, int, str]], starts: list[int], at: int, until: int) -> bool:
    """Whether a mention already spans ``at:until``."""
    last = bisect.bisect_right(starts, at)
    return any(end >= until for _start, end, _key in mentions[max(0, last - 4) : last])
