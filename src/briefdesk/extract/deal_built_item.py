"""The works a deal is signed to build or redo, as its item when it names no goods (newcomer18
N18-02, N18-09; "to replace signalling on two lines", newcomer24 N24-08).

"signed a $1.3 billion joint venture agreement ... to build and run a liquefied natural gas
import terminal at Cai Mep": the deal buys no counted goods, and the goods reader finds none;
what it is about is the works its purpose clause names. "a $1.05 billion construction contract
that X awarded to Y. ... work on the 273-kilometre line would start in January": a works
contract's next sentence may name the works it pays for, as "work on the ...". Only a noun
phrase that ends in a works noun (terminal, railway, line, plant, port …) is taken, and only
when the deal has no item.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

_WORKS_NOUN = (
    r"(?:terminal|railway|railroad|rail\s+line|line|plant|port|pipeline|refinery|bridge|road|"
    r"highway|expressway|dam|airport|station|factory|hospital|park|farm|tunnel|canal|"
    r"smelter|mine)"
)
# A word may hold a decimal ("a 2.5-million-tonne-a-year cement plant": newcomer22 N22-20).
_PHRASE = rf"((?:[\w-]+(?:[.,]\d[\w-]*)*\s+){{0,5}}?{_WORKS_NOUN})\b(?![-’'])"
# "to build and run a ...", "to construct the ...", "to develop and operate an ...".
_TO_BUILD = re.compile(
    r"\bto\s+(?:build|construct|develop|design\s+and\s+build)"
    r"(?:\s+and\s+(?:run|operate|maintain|own|finance))?\s+(?:a|an|the)\s+" + _PHRASE
)
# "work on the 273-kilometre line", "construction of the new terminal" in the next sentence.
_WORK_ON = lazy(r"\b(?:work|construction)\s+(?:on|of)\s+the\s+" + _PHRASE)
# A works contract: its own sentence says so (the kind is named "construction" only later).
_WORKS_CONTRACT = re.compile(
    r"(?i:\b(?:construction|civil[- ]works|EPC|design[- ]and[- ]build|turnkey|works)\s+"
    r"(?:contract|deal|package)s?\b)"
)

# "signed an engineering, procurement and construction contract worth USD 1.1 billion for a
# 600 MW combined-cycle gas power plant": a works contract's own "for" names what it builds
# (newcomer25 N25-14).
# (at least one word before the works noun: "for the plant" points back, names nothing new)
_FOR_WORKS = lazy(
    r"\bcontract\b(?:[^.;]|\.\d){0,80}?\bfor\s+(?:a|an|the)\s+"
    + rf"((?:[\w-]+(?:[.,]\d[\w-]*)*\s+){{1,5}}?{_WORKS_NOUN})\b(?![-’'])"
)


# "a contract … to replace signalling on two metro lines" (newcomer24 N24-08): works on what a
# place already has, named as the work done ("signalling replacement on two metro lines").
_TO_REDO = re.compile(
    r"\b(?:contract|order|deal)\b[^.;]{0,60}?\bto\s+(?P<verb>replace|upgrade|modernise|"
    r"modernize|renovate|refurbish|overhaul|install)\s+(?:the\s+)?(?P<what>[a-z][a-z-]+)"
    r"(?P<where>\s+(?:on|of|at|for|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:lines?|routes?|stations?|networks?|systems?|fleets?|units?|plants?|ships?|vessels?))?\b"
)
_REDONE = {
    "replace": "replacement",
    "upgrade": "upgrade",
    "modernise": "modernisation",
    "modernize": "modernization",
    "renovate": "renovation",
    "refurbish": "refurbishment",
    "overhaul": "overhaul",
    "install": "installation",
}


def works_after(deal: DealBuild, text: str, at: int) -> None:
    """The works built, told in the rest of the sentence from ``at`` ("a $1.3 billion joint
    venture agreement with X to build and run an LNG import terminal"), as the item."""
    end = text.find(". ", at)
    found = _TO_BUILD.search(text, at, len(text) if end < 0 else end)
    if found is not None and not deal.item:
        deal.item, deal.item_span = found.group(1), (found.start(1), found.end(1))


def built_item(deal: DealBuild, sents: list[Sentence], index: int) -> None:
    """The works the deal's sentence builds, or (a works contract) that the next one works on."""
    if deal.item:
        return
    sentence = sents[index]
    found = _TO_BUILD.search(sentence.text)
    works = _WORKS_CONTRACT.search(sentence.text) is not None
    if found is None and works and "for " in sentence.text:
        found = _FOR_WORKS.search(sentence.text)
    if found is None and index + 1 < len(sents) and works:
        sentence = sents[index + 1]
        found = _WORK_ON.search(sentence.text)
    if found is not None:
        deal.item = found.group(1)
        start = sentence.start + found.start(1)
        deal.item_span = (start, start + len(deal.item))
        return
    redo = _TO_REDO.search(sents[index].text) if " to " in sents[index].text else None
    if redo is not None:  # "to replace signalling on two lines": "signalling replacement on …"
        deal.item = f"{redo.group('what')} {_REDONE[redo.group('verb')]}{redo.group('where') or ''}"
        start = sents[index].start + redo.start("what")
        deal.item_span = (start, sents[index].start + redo.end())
