"""A first guess at what kind of source this is; the user corrects it when it is wrong."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefdesk.model.codes import SourceKind
from briefdesk.sources.bylines import DATED_DATELINE
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.issuer_author import issued_line
from briefdesk.sources.wire_head import RELEASE_WIRE, wire_dateline

_SOCIAL_HOSTS = (
    "twitter.com",
    "x.com",
    "facebook.com",
    "fb.com",
    "instagram.com",
    "t.me",
    "telegram.org",
    "tiktok.com",
    "youtube.com",
    "youtu.be",
    "reddit.com",
    "linkedin.com",
    "threads.net",
    "bsky.app",
    "mastodon.social",
    "vk.com",
    "weibo.com",
    "truthsocial.com",
)
# Government and intergovernmental domains: example.gov, mod.gov.uk, defense.gouv.fr, nato.int.
_GOVERNMENT_HOST = re.compile(
    r"(^|\.)(gov|gouv|gob|govt|go|gv|gc|mil|bund|admin|government)(\.[a-z]{2,3})?$|"
    r"\.(gov|mil|int)$|(^|\.)(europa\.eu|un\.org|nato\.int)$"
)
# What a statement calls itself in its title or heading lines. A news story quotes the same
# words ("a ministry spokesperson added", "said in a statement on Tuesday"), so they count only
# where the text names itself, never in its reported speech.
_STATEMENT_WORDS = re.compile(
    r"\b(press release|for immediate release|media release|joint statement|statement by|"
    r"statement from|statement on|office of the spokesperson|communiqu[eé]|readout of|"
    r"press statement|news release|(?:asx|stock exchange|regulatory|market) announcement)\b",
    re.I,
)
# "in a statement on", "issued a press release", "A statement by the ministry said": an
# article before the words means a statement the story reports, not the text itself.
_REPORTED = re.compile(r"\b(a|an|the|its|their|his|her|this|that)(\s+\S+)?\s+$", re.I)
_HEADING_LINES = 5  # the first lines of a text that may be its heading
_HEADING_LENGTH = 120  # a longer line is a sentence of the story, not a heading
_DOCUMENT_WORDS = re.compile(
    r"\b(white paper|green paper|report to (parliament|congress)|annual report|"
    r"strategic (defence|defense) review|policy paper|official(-| )sensitive|"
    r"explanatory memorandum|(act|regulation|directive) (of )?\d{4}|section \d+\(\d+\)|"
    r"hereinafter|annex [a-z0-9]+\b)",
    re.I,
)
# A post or thread copied by hand, its note first: "Copied from X (formerly Twitter), thread by
# @sanctions_watcher …", "Thread by @osint_ua on Bluesky" (N14-35).
_COPIED_POST = re.compile(
    r"^\W{0,3}(?:copied from (?:x|twitter|telegram|bluesky|mastodon|threads|facebook|linkedin)\b"
    r"|(?:thread|post|tweet) by @\w{2,30}\b)",
    re.I | re.M,
)
# Wire-story dateline: "ISLAMABAD (Reuters) -", "KARVANIA CITY —".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(\s\([A-Za-z .]+\))?\s*[-—–]\s", re.M)


def guess_kind(
    extracted: Extracted, text: str, *, report: bool = False, official: bool = False
) -> SourceKind:
    """Domain first, then what the text says about itself, then news signals; else OTHER.
    A firm's client report (``report``: its letterhead says so) is never news (N17-07); an
    embassy's or a ministry's own note (``official``) is an official statement (N18-07)."""
    kind = _guess(extracted, text)
    if (official or issued_line(text)) and kind in (SourceKind.NEWS, SourceKind.OTHER):
        return SourceKind.OFFICIAL_STATEMENT
    return SourceKind.OTHER if report and kind is SourceKind.NEWS else kind


def _guess(extracted: Extracted, text: str) -> SourceKind:
    host = _host(extracted)
    if any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS):
        return SourceKind.SOCIAL
    if _COPIED_POST.search(f"{extracted.title}\n{text[:300]}"):
        return SourceKind.SOCIAL
    opening = f"{extracted.title}\n{text[:2000]}"
    is_document_file = extracted.format in ("pdf", "docx")
    if _DOCUMENT_WORDS.search(opening) and is_document_file:
        return SourceKind.GOVERNMENT_DOCUMENT
    if _calls_itself_a_statement(extracted.title, text) or _distributed_release(text):
        return SourceKind.OFFICIAL_STATEMENT
    if host and _GOVERNMENT_HOST.search(host):
        return SourceKind.GOVERNMENT_DOCUMENT if is_document_file else SourceKind.OFFICIAL_STATEMENT
    if _DOCUMENT_WORDS.search(opening):
        return SourceKind.GOVERNMENT_DOCUMENT
    pagetype = extracted.hints.get("pagetype", "").lower()
    if pagetype in ("article", "newsarticle", "news") or _DATELINE.search(text[:600]):
        return SourceKind.NEWS
    if wire_dateline(text[:2000]) is not None:  # "ROME/CAIRO, Nov 4 (Newswire) -" (N14-35)
        return SourceKind.NEWS
    if DATED_DATELINE.search(text[:600]):  # "OSLO, 14 October 2026 — …"
        return SourceKind.NEWS
    if extracted.format == "html" and extracted.outlet and extracted.published:
        return SourceKind.NEWS
    return SourceKind.OTHER


def _calls_itself_a_statement(title: str, text: str) -> bool:
    """The title or a heading line names the text a press release, statement, readout…"""
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()]
    headings = [title] + [line for line in lines[:_HEADING_LINES] if len(line) <= _HEADING_LENGTH]
    return any(
        not _REPORTED.search(heading[: match.start()])
        for heading in headings
        for match in _STATEMENT_WORDS.finditer(heading)
    )


def _distributed_release(text: str) -> bool:
    """A company's release sent out by a distribution wire: "/PRNewswire/" or "(BUSINESS
    WIRE)" in its dateline, or the wire's closing "SOURCE Nordvik Defence AS" line (N14-35)."""
    if RELEASE_WIRE.search(text[:2000]):
        return True
    last = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")
    return _SOURCE_LINE.match(last) is not None


# The closing line a distribution wire adds under a release: "SOURCE Nordvik Defence AS".
_SOURCE_LINE = re.compile(r"^SOURCE\s+[A-Z][\w&.,'’ -]{1,80}$")


def _host(extracted: Extracted) -> str:
    host = ""
    if extracted.url:
        try:
            host = urlsplit(extracted.url).hostname or ""
        except ValueError:
            host = ""
    host = host or extracted.hints.get("sender_domain", "") or extracted.hints.get("hostname", "")
    return host.lower().removeprefix("www.")
