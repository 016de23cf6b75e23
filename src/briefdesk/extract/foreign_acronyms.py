"""A body named in French (or another Romance language) with "et" inside, then its acronym:
"Office National de l'Eau et de l'Assainissement de Djibouti (ONEAD)", "Office National des
Hydrocarbures et des Mines (ONHYM)", "Agence Portuaire, Maritime et Fluviale (APMF)" (round 23;
five in four readable sets by four writers). The acronym reader needs initials that spell the
acronym in capitalised words; these names hold elided words ("l'Eau"), commas, and acronyms
that take two letters of a word (ONHYM) or drop a last word (ONEE of "... de l'Eau Potable").
Read here: from a foreign body's head word ("Office", "Agence", "Société") to the bracket, a
run of capitalised or elided words, commas and connectors holding "et", whose letters hold the
acronym in order, starting with the head's initial."""

from __future__ import annotations

import unicodedata

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_HEADS = word_list("foreign_org_heads") | {"office", "direction", "caisse"}
_CONNECTORS = frozenset({"de", "des", "du", "et", "la", "le", "les", "y", "e", "da", "do"})
_TOKEN = re.compile(r"(?:[lLdD]['’])?[A-ZÀ-Ý][\w'’.-]*,?|de|des|du|et|la|le|les|y|e|da|do|d['’]")


def joined_foreign(res: Resolver, match: re.Match[str]) -> bool:
    """Propose the whole name before "(ACRONYM)" and its acronym; False when none fits."""
    text = res.text
    acronym = match.group(1)
    words = _run_before(text, match.start())
    if not any(w == "et" for w, _ in words):
        return False
    for k, (word, at) in enumerate(words):
        if word.lower() not in _HEADS or not word[0].isupper():
            continue
        span = words[k:]
        if "et" not in {w for w, _ in span} or span[-1][0] in _CONNECTORS:
            continue
        content = [_bare(w) for w, _ in span if w not in _CONNECTORS]
        if content[0][0].upper() != acronym[0] or not _holds(
            "".join(content).upper(), acronym.upper()
        ):
            continue
        start, end = at, match.start()
        key = res.org(text[start:end].rstrip(","), start, end)
        res.alias(key, acronym, match.start(1), match.end(1), "org.acronym")
        res.index(key)
        res.found.mentions.append((match.start(1), match.end(1), key))
        res.claim(start, match.end())
        return True
    return False


def _run_before(text: str, end: int) -> list[tuple[str, int]]:
    """The run of name words right before ``end`` (at most 14)."""
    words: list[tuple[str, int]] = []
    pos = end
    window = max(0, end - 160)
    for token in reversed(list(re.finditer(r"\S+", text[window:end]))):
        if not _TOKEN.fullmatch(token.group()) or window + token.end() != pos or len(words) > 13:
            break
        words.append((token.group(), window + token.start()))
        pos = window + token.start()
        while pos > window and text[pos - 1] == " ":
            pos -= 1
    words.reverse()
    return words


def _bare(word: str) -> str:
    """ "l'Électricité," -> "Electricite": the word without elision, comma or accents."""
    word = re.sub(r"^[lLdD]['’]", "", word).rstrip(",")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _holds(letters: str, acronym: str) -> bool:
    """Whether ``acronym`` is a subsequence of ``letters``."""
    it = iter(letters)
    return all(ch in it for ch in acronym)
