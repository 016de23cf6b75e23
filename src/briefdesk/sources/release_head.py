"""A press release's or web page's headline, not its letterhead or page furniture, as the title.

Why (N10-32): "Ministry of Economy and Finance of Peru / Press Release No. 214-2026-MEF / Lima,
18 November 2026 / MEF authorises S/ 1,250 million credit transfer …" was titled by its first
line, the letterhead, in every format; every page then cited "[1] “Ministry of Economy and
Finance of Peru”", which says whose release, not which. The letterhead becomes the outlet.
The same kind (N11-06, N11-07): a two-line letterhead and "FOR IMMEDIATE RELEASE" above the
headline, a release whose first line is "PRESS RELEASE NO. 27/188", and a page copied from a
browser whose first line is "Skip to main content" — each was cited by its furniture. And
(N12-28) a document's kind as its first line ("ASX ANNOUNCEMENT", "CONTRACT AWARD NOTICE",
"ARBITRATION RULING SUMMARY"): the headline or case name under it is the title, and a filing's
issuer line ("X Limited (ASX: KRM)") the outlet.
"""

from __future__ import annotations

import re

from briefdesk.page_furniture import is_page_furniture

# "Press Release No. 214-2026-MEF", "Communiqué n° 12", "PRESS RELEASE", "Statement No 4",
# "FOR IMMEDIATE RELEASE", "Embargoed until 00:01 on 3 May".
_DOCUMENT_LINE = re.compile(
    r"^(?:(?:press\s+release|news\s+release|media\s+release|communiqu[ée](?:\s+de\s+presse)?|"
    r"press\s+statement|statement)\b(?:\s*(?:no\.?|n[°º]|number|#)\s*\S+)?"
    r"|for\s+immediate\s+release|embargoed\b.{0,60})\s*$",
    re.IGNORECASE,
)
# A document's kind as a line of its own (round 12, N12-28): "ASX ANNOUNCEMENT", "CONTRACT
# AWARD NOTICE", "ARBITRATION RULING SUMMARY", "Readout", "Media advisory", "Fact sheet" — in
# capitals, or two words at most ("Government publishes tender notice" is a headline); and a
# summit's "JOINT STATEMENT" above the line that says which summit (newcomer13).
_KIND_LINE = re.compile(
    r"^(?:[\w&-]+\s+){0,3}(?:announcement|notice|summary|readout|transcript|minutes|advisory|"
    r"bulletin|fact\s*sheet|faqs?|case\s+note|statement|declaration|communiqu[ée])\s*$",
    re.IGNORECASE,
)
# "Kestrel Ridge Minerals Limited (ASX: KRM)": the issuer of an exchange filing, not its headline.
_ISSUER_LINE = re.compile(r"^.{3,90}\((?:[A-Z]{2,6}\s*:\s*)?[A-Z]{2,6}\s*:\s*[A-Z0-9.]{1,8}\)$")
# "Lima, 18 November 2026", "Abidjan, 4 mars 2026", "June 23, 2026", "12 May 2026".
_DATE_LINE = re.compile(
    r"^(?:[A-Z][^,]{1,40},\s*)?(?:(?:\w+\s+)?\d{1,2}\s+\w+\.?|\w+\.?\s+\d{1,2},?)\s+\d{4}\.?"
    r"(?:\s*\(.*\))?$"
)
# A header's labelled field ("Issuer: Nordvik ASA", "Category: Inside information", "Date: 14
# October 2026", "Title of contract: Construction of …") is no headline (N13-02); a title
# field's value is the headline, an issuer field's value the outlet. Only header labels: a
# headline may hold a colon ("Kenya: navy orders two ships").
_FIELD_LINE = re.compile(
    r"^(?P<label>issuer|company|category|date(?: of (?:award|notice|publication))?|time|"
    r"reference|ref\.?|notice (?:no\.?|number)|ticker|isin|market|classification|type|"
    r"contracting (?:authority|entity)|procuring entity|buyer|"
    r"(?P<titled>title(?: of (?:the )?(?:contract|notice|tender))?|subject|object(?: of the "
    r"contract)?))\s*:\s+(?P<value>\S.{0,200})$",
    re.IGNORECASE,
)
_ISSUER_FIELDS = {
    "issuer",
    "company",
    "contracting authority",
    "contracting entity",
    "procuring entity",
}
# "From: Foreign, Commonwealth & Development Office" under a page's headline: who issued it.
_FROM_LINE = re.compile(r"^From:\s+([^@<>]{3,100})$")
_HEAD = 10  # the header of a release or a page is its first few lines
_LETTERHEAD = 3  # at most this many letterhead lines stand above the document line
_LETTERHEAD_LEN = 80


# "ASX ANNOUNCEMENT        14 October 2026": a document line with its date beside it (N14-06).
_TRAILING_DATE = re.compile(r"\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$|\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}$")


# "PRESS RELEASE — For immediate release — 25 November 2026": a document line in parts.
_PARTS = re.compile(r"\s+[—–|]\s+")


def _document_line(line: str) -> bool:
    """Whether ``line`` names the document, not its content ("PRESS RELEASE", "Readout"),
    alone or with other such parts and a date after dashes (newcomer21 N21-06)."""
    first, *rest = _PARTS.split(line)
    if not _one_document_part(first):
        return False
    return all(_one_document_part(part) or _DATE_LINE.match(part) for part in rest)


def _one_document_part(line: str) -> bool:
    line = _TRAILING_DATE.sub("", line)
    if _DOCUMENT_LINE.match(line):
        return True
    return bool(_KIND_LINE.match(line)) and (line.isupper() or len(line.split()) <= 2)


def release_letterhead(text: str, title: str = "") -> str:
    """The letterhead above a release's document line ("MINISTRY OF AGRICULTURE AND FOOD" over
    "PRESS RELEASE"), written calmly; "" when the text opens with none. For a release whose
    headline the import read elsewhere (a Word heading), so :func:`release_title` passed it by
    and the issuer was lost (newcomer21 N21-06). A ``title`` among the lines above means they are
    a headline and its byline over a section heading ("Summary"), not a letterhead."""
    from briefdesk.sources.label_head import is_label, title_case

    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()][:_HEAD]
    at = next((i for i, line in enumerate(lines[: _LETTERHEAD + 1]) if _document_line(line)), 0)
    letterhead = lines[:at]
    if any(len(line) > _LETTERHEAD_LEN or line.endswith(".") for line in letterhead):
        return ""
    if title and " ".join(title.split()) in letterhead:
        return ""  # the headline above a section's "Summary" is no letterhead (N22-07)
    return ", ".join(title_case(line) if is_label(line) else line for line in letterhead)


def release_title(text: str, title: str) -> tuple[str, str] | None:
    """(headline, letterhead) when ``title`` is the first line of a header made of page
    furniture, letterhead, a document line ("PRESS RELEASE") and a place-and-date line, with a
    headline after it; else None. The letterhead is "" when there is none."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()][:_HEAD]
    if not lines or " ".join(title.split()) != lines[0]:
        return None
    at = 0
    while at < len(lines) and is_page_furniture(lines[at]):
        at += 1
    chrome = at > 0
    letterhead_start = at
    document = next(
        (i for i in range(at, min(len(lines), at + _LETTERHEAD + 1)) if _document_line(lines[i])),
        None,
    )
    if document is None and not chrome:
        return None
    letterhead: list[str] = []
    if document is not None:
        letterhead = lines[letterhead_start:document]
        if any(len(line) > _LETTERHEAD_LEN or line.endswith(".") for line in letterhead):
            return None  # prose above "press release" is no letterhead
        at = document
    issuer = titled = ""
    while at < len(lines) and (
        _document_line(lines[at])
        or _DATE_LINE.match(lines[at])
        or _ISSUER_LINE.match(lines[at])
        or _FIELD_LINE.match(lines[at])
    ):
        if _ISSUER_LINE.match(lines[at]):
            issuer = lines[at]
        elif field := _FIELD_LINE.match(lines[at]):
            if field.group("titled") and not titled:
                titled = field.group("value")
            elif field.group("label").lower() in _ISSUER_FIELDS:
                issuer = issuer or field.group("value")
        at += 1
    if titled:
        return titled.rstrip("."), ", ".join(letterhead) or issuer
    if at >= len(lines):
        return None
    headline = lines[at]
    if len(headline) > 150 or (headline.endswith(".") and len(headline.split()) > 20):
        return None  # the body's first sentence, not a headline
    if len(re.findall(r"[^\W\d_]{2,}", headline)) < 3:
        return None
    issuer = issuer or next(
        (m.group(1) for line in lines[at + 1 : at + 4] if (m := _FROM_LINE.match(line))), ""
    )
    return headline.rstrip("."), ", ".join(letterhead) or issuer
