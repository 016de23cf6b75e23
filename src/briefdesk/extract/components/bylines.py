"""Component: bylines and wire credits name people."""

from __future__ import annotations

import re

from briefdesk.extract.byline_outlets import is_outlet
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import (
    HEAD_WORDS,
    ROLE_HEADS,
)
from briefdesk.extract.names import (
    name_like_words,
)
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.role_lists import remit_of
from briefdesk.extract.vocab import (
    CONTACT_BLOCK,
    CREDIT_NAME,
    CREDIT_RE,
    PHOTO_CREDIT,
    PHOTO_CREDIT_BEFORE,
)

_MORE_CREDITS = lazy(
    r"(?:\b[Ww]ith assistance from|\b(?:Photo|Picture|Video|Pictures)\s+by|"
    r"^[ \t]*(?:Por|Par|Von))[ \t]+"
    r"([A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+(?:de[ \t]+|da[ \t]+|van[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3})"
    r"(?=[ \t]*(?:[.,|]|$))",
    re.MULTILINE,
)


_MORE_CUES = (
    "assistance from",
    "hoto by",
    "icture by",
    "ictures by",
    "ideo by",
    "Por ",
    "Par ",
    "Von ",
)
_CONTACT_LINE = re.compile(
    r"^[ \t]*(?:Contacts?|For (?:media|press) (?:enquiries|inquiries))[ \t]*:[ \t]*"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})[ \t]*[,|\n(]",
    re.MULTILINE,
)


# "Mancinelli reported from Rome.", "Delaney-Reid reported from Sydney." (AP's closing
# credit): the reporter's surname opens the line; it names no organisation (round 9).
_REPORTED = re.compile(r"(?m)^([A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)?) (?:reported|contributed)\b")


def _agency(res: Resolver, line: str, rest: list[str], at: int, credit_start: int) -> None:
    """ "By TERESA GONZALES-UY Associated Press": the words after the name in capitals are
    the agency (round 9); the credit's span is settled so its run is no organisation whole."""
    if not all(w[:1].isupper() and not w.isupper() for w in rest):
        return
    agency = " ".join(rest)
    start = at + line.rindex(agency) if agency in line else -1
    if start < 0:
        return
    rule, res.rule = res.rule, "org.masthead"
    res.org(agency, start, start + len(agency))
    res.rule = rule
    res.claim(credit_start, start + len(agency))


def credits(res: Resolver) -> None:
    """Bylines and wire credits name people: "By Asif Shahzad and Gibran Naiyyar
    Peshimam", "(Additional reporting by Krishn Kaushik in New Delhi; Editing by Raju
    Gopalakrishnan)". Only names that look like names (two to four capitalised words)."""
    for credit in CREDIT_RE.finditer(res.text):
        pos = credit.end()
        for _ in range(6):
            name = CREDIT_NAME.match(res.text, pos)
            if not name:
                break
            line = name.group(1).split("\n")[0]  # a name never runs on to the next line
            words = line.split()
            caps = next((i for i, w in enumerate(words) if not w.isupper()), len(words))
            if 1 < caps < len(words):  # "By TERESA GONZALES-UY Associated Press": the caps
                _agency(res, line, words[caps:], name.start(1), credit.end())
                words = words[:caps]
                line = line[: line.index(words[-1]) + len(words[-1])]
            if all(w.isupper() for w in words) and len(words) > 1:
                words = [w.title() for w in words]  # "By ROSALIND FAIRWEATHER" (AP style)
            if is_outlet(words):  # "By X, Defence Industry Weekly, 27 November" (N10-08)
                _agency(res, line, words, name.start(1), credit.end())
                break
            if not name_like_words(words) or any(
                res.country_of(w) or w.lower() in HEAD_WORDS for w in words
            ):
                break
            res.person(line, name.start(1), name.start(1) + len(line))
            if not name.group(2) or line != name.group(1):
                break  # no "and"/"," after this name: the credit ends here
            pos = name.end()
    text = res.text
    for reporter in _REPORTED.finditer(text) if " reported from " in text else ():
        res.claim(reporter.start(1), reporter.end(1))
    more = any(cue in text for cue in _MORE_CUES)
    for extra in _MORE_CREDITS.finditer(text) if more else ():
        # "--With assistance from Yuki Furusawa.", "Por Ana Ferreyra | 21/10/2025".
        words = extra.group(1).split()
        if name_like_words(words) and not any(res.country_of(w) for w in words):
            res.person(extra.group(1), extra.start(1), extra.end(1))
            res.claim(extra.start(1), extra.end(1))  # no place "from Yuki Furusawa"
    contacts = "Contact" in text or "For media" in text or "For press" in text
    for contact in _CONTACT_LINE.finditer(text) if contacts else ():
        # "Contact: Kwabena Appiah-Nuamah, Communication Department, media@...": a person.
        words = contact.group(1).split()
        if name_like_words(words) and not any(res.country_of(w) for w in words):
            res.rule = "person.contact"
            res.person(contact.group(1), contact.start(1), contact.end(1))
            res.rule = "person.byline"
    for photo in PHOTO_CREDIT.finditer(res.text):
        if not PHOTO_CREDIT_BEFORE.search(res.before(photo.start(), 30)):
            continue
        words = photo.group(1).split()
        # The credit itself says "a name": a month-like given name ("Jun") is fine here.
        if not any(
            w.isupper()
            or any(ch.isdigit() for ch in w)
            or res.country_of(w)
            or w.lower() in HEAD_WORDS
            for w in words
        ):
            res.person(photo.group(1), photo.start(1), photo.end(1))
    lowered = res.text.lower()
    if not any(w in lowered for w in ("contact", "enquir", "inquir", "officer")):
        return
    for contact in CONTACT_BLOCK.finditer(res.text):
        words = contact.group(2).split()
        if not name_like_words(words) or any(res.country_of(w) for w in words):
            continue
        title = contact.group(3).split(",")[0].strip()
        # "Head of Communication, Public Information Services and Cooperation Bureau"
        remit = remit_of(contact.group(3), len(title)) if title else ""
        if remit:  # its words are no body's name
            res.claim(contact.start(3) + len(title), contact.start(3) + len(title) + len(remit))
            title += remit
        title_words = title.lower().split()
        role = title if title[:1].isupper() and set(title_words[:5]) & ROLE_HEADS else ""
        res.rule = "person.contact"
        res.person(contact.group(2), contact.start(2), contact.end(2), role or contact.group(1))
