"""Component: bylines and wire credits name people."""

from __future__ import annotations

from briefdesk.extract.lexicon import (
    HEAD_WORDS,
    ROLE_HEADS,
)
from briefdesk.extract.names import (
    name_like_words,
)
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import (
    CONTACT_BLOCK,
    CREDIT_NAME,
    CREDIT_RE,
    PHOTO_CREDIT,
    PHOTO_CREDIT_BEFORE,
)


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
            words = name.group(1).split()
            if not name_like_words(words) or any(
                res.country_of(w) or w.lower() in HEAD_WORDS for w in words
            ):
                break
            res.person(name.group(1), name.start(1), name.end(1))
            if not name.group(2):
                break  # no "and"/"," after this name: the credit ends here
            pos = name.end()
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
        title_words = title.lower().split()
        role = title if title[:1].isupper() and set(title_words[:5]) & ROLE_HEADS else ""
        res.rule = "person.contact"
        res.person(contact.group(2), contact.start(2), contact.end(2), role or contact.group(1))
