"""Component: the outlet named in a translation note is an organisation (round 9):
"[Translated from Spanish. Original published in Diario del Valle, Quito, 2 May 2026.]",
"Original: La Gazette du Port (Douala)", "Translation: Balkan Press Monitor.]". The name runs
to the comma, bracket or full stop that ends it and may hold lower-case words of its own
language ("Dnevni glasnik", "L'Écho d'Abidjan"); the town after it is read as before."""

from __future__ import annotations

import re

from briefdesk.extract.resolver import Resolver

_NOTE = re.compile(
    r"\b(?:Original(?: published in| text in)?:?|Translation:|Translated by) "
    r"([A-Z][\w'’.-]*(?: [\w'’.-]+){0,5}?)(?=,|\s*\(|\.?\]|\.\s|\s*\n)"
)


def source_notes(res: Resolver) -> None:
    text = res.text
    if "Original" not in text and "Translat" not in text:
        return  # the cheap test first: most texts carry no translation note
    for match in _NOTE.finditer(text):
        name = match.group(1).rstrip(".")
        if not name or name.split()[0].lower() in {"the", "text"} or '"' in name:
            continue
        start = match.start(1)
        res.rule = "org.source-note"
        res.org(name, start, start + len(name))
        res.claim(start, start + len(name))
