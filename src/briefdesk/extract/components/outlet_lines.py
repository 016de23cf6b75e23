"""Component: the outlet that publishes the text, named by a periodical's noun (round 12).

- The first line of a newsletter or trade paper is its masthead: "PACIFIC DEVELOPMENT WEEKLY",
  "STEPPE GRID BRIEFING — Central Asia power & water", "The Harbour Ledger | Business",
  "EL CORREO ANDINO – English edition". Its first part (before " | ", " — ", " – ", " // ")
  is the outlet when a later word of it is a periodical's noun ("Weekly", "Review", "Brief",
  "Ledger") or the next part says "edition". Section labels ("PRESS RELEASE", "OPINION |
  ENERGY", "NAVAL SHIPBUILDING") hold no such noun.
- A broadcaster's transcript opens on the station: "LANNA FM 97.5 - "MEKONG TODAY"",
  "KOLKHIDA TV - "BUSINESS HOUR"", "RÁDIO STŘED – ..." (round 20): a medium's word ("FM",
  "TV", "Radio") after the name or before it, the frequency left out.
- A paper a source spoke to: "told The Coastal Courier", "in an interview with the Island
  Ledger", "according to Harbour Weekly": the name ends on a periodical's noun.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.paper_heads import paper_head
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_NOUNS = word_list("outlet_words") | word_list("masthead_words")
# Nouns that also name a document or a meeting ("OPEN LETTER", "DAILY BRIEFING"): a masthead
# of three words or more ("STEPPE GRID BRIEFING", "THE DEAL SHEET").
_WEAK_NOUNS = word_list("masthead_weak_words")
_BROADCAST = word_list("broadcast_words")  # "LANNA FM", "KOLKHIDA TV", "RÁDIO STŘED"
_FREQUENCY = re.compile(r"[ \t]+\d{2,3}(?:[.,]\d{1,2})?(?:[ \t]*(?:FM|MHz))?$")
_PARTS = re.compile(r"[ \t]+(?:\||—|–|-|//)[ \t]+|[ \t]{2,}\|[ \t]{2,}")
_EDITION = re.compile(r"(?i)(?:english|international|global|online|weekend|print)?\s*edition\b")
_WORD = re.compile(r"[A-Z][\w'’.-]*|&|wa|de|del|la|el|y|da|do")
_NOUN_ALT = "|".join(sorted((w.title() for w in _NOUNS | _WEAK_NOUNS), key=len, reverse=True))
_CUES = ("told ", "according to ", "in an interview with ", "speaking to ", "quoted by ")
_SPOKE_TO = re.compile(
    rf"[ \t]*(?:[Tt]he[ \t]+)?((?:[A-Z][\w'’&-]*[ \t]+){{1,3}}(?:{_NOUN_ALT}))\b(?![ \t]+[A-Z])"
)


def outlet_lines(res: Resolver) -> None:
    _first_line(res)
    paper_head(res)  # "THE SINDH EVENING STAR" over "Karachi, Thursday, June 3, 2027"
    text = res.text
    for cue in _CUES:
        at = text.find(cue)
        while at >= 0:
            match = _SPOKE_TO.match(text, at + len(cue))
            at = text.find(cue, at + len(cue))
            if not match or res.claimed(match.start(1), match.end(1)):
                continue
            if not res.country_of(match.group(1)):
                res.org(match.group(1), match.start(1), match.end(1))
                res.claim(match.start(1), match.end(1))


def _first_line(res: Resolver) -> None:
    text = res.text
    start = len(text) - len(text.lstrip())
    line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    if not 4 <= len(line) <= 120:
        return
    parts = _PARTS.split(line.strip())
    first = _FREQUENCY.sub("", parts[0].strip())  # "LANNA FM 97.5": the station, not its dial
    words = first.split()
    if not 1 < len(words) <= 6 or any(ch.isdigit() for ch in first):
        return
    if not all(_WORD.fullmatch(w) for w in words):
        return  # a sentence or a headline, not a masthead
    nouns = [
        w
        for w in words[1:]
        if w.lower() in _NOUNS | _BROADCAST or (w.lower() in _WEAK_NOUNS and len(words) > 2)
    ]
    if words[0].lower() in _BROADCAST:
        nouns.append(words[0])  # "RÁDIO STŘED"
    edition = len(parts) > 1 and bool(_EDITION.fullmatch(parts[1].strip()))
    named = [w for w in words if w.lower() not in _NOUNS | _WEAK_NOUNS | _BROADCAST | {"the", "&"}]
    if (not nouns and not edition) or not named:
        return  # "Weekly Bulletin", "DAILY BRIEFING": a kind of document, no outlet's name
    if {w.lower() for w in nouns} <= _BROADCAST and len(named) == 1 and is_common_word(named[0]):
        return  # "LIVE TV", "RADIO TRANSCRIPT": a medium, no station's name
    if res.country_of(first) or res.known_place(first):
        return
    at = text.find(first, start)
    if words[0].lower() == "the":
        at += len(words[0]) + 1
        first = first[len(words[0]) + 1 :]
    if res.claimed(at, at + len(first)):
        return
    name = first
    if first.isupper():  # "ORBIT LEDGER" above "... subscribed to Orbit Ledger": as written there
        later = re.search(re.escape(first), text[at + len(first) :], re.IGNORECASE)
        name = later.group() if later and not later.group().isupper() else first
    key = res.org(name, at, at + len(first))
    res.claim(at, at + len(first))
    # The masthead is no mention a deal reads: the paper is never a party to its story.
    mentions = res.found.mentions
    mentions[:] = [m for m in mentions if not (m[2] == key and at <= m[0] < at + len(first))]
