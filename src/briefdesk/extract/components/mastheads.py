"""Component: the publication named in a header or credit line — "Hydro Projects Weekly,
9 December 2025", "Interview by X | Revista Minera Andina | Santiago", "[Original: La Tribune
Malgache, Antananarivo, 17 October 2025]". A short line with a date whose parts are set off by
" | " or commas: a capitalised part that is no person, place or state is the outlet."""

from __future__ import annotations

import re

from briefdesk.extract.cues_orgs import INSTRUMENT_TAILS, legal_end
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import HONORIFICS, MONTH_NAMES, ROLE_HEADS
from briefdesk.extract.resolver import Resolver

_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
_DATED = re.compile(
    r"\b(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
)
_LINE = re.compile(r"[^\n]{10,160}(?=\n|$)")
_PART = re.compile(r"\s+\|\s+|\s+—\s+|,\s+|^\[?(?:[^.\]]*\.\s+)?Original:\s+|^\[")
# A run of two to five capitalised words, with the particles of other languages inside it.
_OUTLET = re.compile(
    r"([A-Z][\w'’&-]*(?:\s+(?:de|del|des|du|la|le|el|da|do)?\s*[A-Z][\w'’&-]*){1,4})"
    r"(?:\s+[a-z][a-z ]{0,20})?\]?$"
)
_NOT_OUTLET = re.compile(
    r"(?:By|Interview|Reporting|Photo|Updated|Last|Posted|Published|Por|Par|Von|Di|Da)\b"
)


_TRANSLATED = re.compile(r"\b[Tt]ranslat(?:ed|ion) from (?:the )?([A-Z][a-z]+)\b")


_NAME_DATE = re.compile(r"[A-Z][^,]{3,60},\s+\d")


def _header_cue(line: str) -> bool:
    """A header line sets its parts off by " | ", names an original, or is "Name, date"."""
    return (
        "|" in line
        or "Original:" in line
        or " — " in line  # "Maritime Asia Weekly — 3 December 2025"
        or bool(_NAME_DATE.match(line))
    )


# "(Bloomberg) --", "©2026 Bloomberg L.P.", "(c) 2026 Apia Daily Mail", "the daily "Politika"":
# three patterns, each tried only when the text holds its literal (most texts hold none).
_AGENCY = re.compile(r"(?:^|\n)\(([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})\)\s+(?:--|—|–)")
# "(c)" names a copyright only with its year, after "Copyright" or as a short line of its own
# ("(c) Agence France-Presse"): "(c) Yes, Sir. An order ..." is a list's third item.
_COPYRIGHT = re.compile(
    r"(?:©\s*(?:\d{4}\s+)?|\([cC]\)\s*\d{4}\s+|(?<=[Cc]opyright )\([cC]\)\s*"
    r"|(?:^|(?<=\n))\([cC]\)[ \t]+(?=[A-Z][^\n.?!,:;]{2,40}(?:\n|$)))"
    r"([A-Z][\w&'’-]*(?:[ \t]+(?:L\.P\.|&(?=[ \t]+[A-Z])|[A-Z][\w&'’-]*)){0,4})"
)
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")  # "Government of the Republic"
_QUOTED = re.compile(
    r"\b(?:daily|weekly|newspaper|magazine|news\s+agency)\s+[\"“]([A-Z][^\"”\n]{2,40})[\"”]"
)


def _credits(res: Resolver) -> None:
    text = res.text
    patterns = []
    if ") --" in text or ") —" in text or ") –" in text:
        patterns.append(_AGENCY)
    if "©" in text or "(c)" in text or "(C)" in text:
        patterns.append(_COPYRIGHT)
    if "daily " in text or "weekly " in text or "newspaper " in text or "magazine " in text:
        patterns.append(_QUOTED)
    for pattern in patterns:
        for match in pattern.finditer(text):
            name = match.group(1).removesuffix(" All")
            start = match.start(1)
            if name.startswith("The ") and len(name.split()) > 2:  # "© 2026 The Dhaka Ledger"
                name, start = name[4:], start + 4
            if (
                res.country_of(name)
                or res.known_place(name)
                or name.split()[0] in {"The", "A", "All"}
                or _OF_NAME.match(text, start + len(name))  # a body's name goes on
            ):
                continue
            if text.startswith(" copyright", start + len(name)):
                res.claim(start, start + len(name))  # "© Crown copyright": no publisher named
                continue
            name = legal_end(res, name, start + len(name))  # "Bangkok Ledger Co., Ltd."
            res.org(name, start, start + len(name))
            res.claim(start, start + len(name))


def mastheads(res: Resolver) -> None:
    text_all = res.text
    _credits(res)
    if "ranslat" in text_all:
        for language in _TRANSLATED.finditer(text_all):
            res.claim(language.start(1), language.end(1))  # "Translated from French"
    offset = 0
    for raw in text_all.split("\n"):  # plain string tests first: most lines are paragraphs
        line_start, offset = offset, offset + len(raw) + 1
        if not 10 <= len(raw) <= 160 or not _header_cue(raw):
            continue
        line = _LINE.match(text_all, line_start)
        if not line or not _DATED.search(line.group()):
            continue
        text = line.group()
        pos = line.start()
        for part in _PART.split(text):
            start = res.text.find(part, pos, line.end()) if part else -1
            if start < 0:
                continue
            pos = start + len(part)
            found = _OUTLET.match(part.strip())
            if not found or _NOT_OUTLET.match(part) or _DATED.search(part):
                continue
            name = found.group(1)
            words = name.split()
            if _OF_NAME.match(text_all, start + len(name)):
                continue  # "Ministry of Energy and Mines | ...": a body, which other rules read
            if len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
                # "Dr Ilse Vantongeren, Senior Fellow | 2 November 2026": the writer, no
                # outlet, and no actor either (newcomer20 N20-08)
                res.claim(start, start + len(name))
                continue
            if (
                words[0].lower() in first_names()
                or res.known_entity(name)
                or res.known_place(name)
                or any(res.country_of(w) for w in words[-1:])
                or {w.lower() for w in words} & ROLE_HEADS
                or words[-1].lower() in INSTRUMENT_TAILS  # "News Release", "DRAFT HANSARD"
            ):
                continue
            res.org(name, start, start + len(name))
            res.claim(start, start + len(name))
