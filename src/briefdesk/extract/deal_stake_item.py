"""A stake bought or sold is the deal's item, in the text's words (newcomer19 N19-03).

"Halvard Minerals has agreed to buy a 70% stake in the Cerro Ayllu copper project in southern
Peru from Minera Quilcapampa for $450 million": the deal was named an acquisition (a stake,
``deal_kind_names``) but had no item, or the goods reader's "deals" from "the biggest of four
mining and energy deals". What is bought is the stake: "70% stake in the Cerro Ayllu copper
project", up to the first word that leaves the name (in, from, for, to, a comma). "70% of the
X project" after a buying or selling verb is the same. A stake with no "in" names nothing more
than the kind already says, and is left.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

_SHARE = r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|majority|minority|controlling)"
_END = (
    r"(?=\s+(?:in|from|to|for|at|near|worth|valued|with|by|and|which|that|on|under)\b"
    r"|[,;:()]|\.(?:\s|$)|$)"
)
_STAKE_IN = re.compile(
    rf"\b(?P<item>{_SHARE}\s+(?:[a-z-]+\s+)?(?:stake|interest|shareholding|holding|share)\s+in\s+"
    rf"(?:the\s+)?[A-Z][^,;:()]*?){_END}"
)
_SHARE_OF = lazy(
    r"\b(?:buy|buys|bought|acquire|acquires|acquired|purchase|purchased|sell|sells|sold|take|"
    r"takes|took)\s+(?P<item>\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?"
    rf"[A-Z][^,;:()]*?){_END}"
)


def stake_item(deal: DealBuild, sentences: list[Sentence]) -> None:
    """The stake the deal's sentences buy or sell, as its item (and its span)."""
    for sentence in sentences:
        found = _STAKE_IN.search(sentence.text) or _SHARE_OF.search(sentence.text)
        if found is not None:
            deal.item = " ".join(found.group("item").split())
            start = sentence.start + found.start("item")
            deal.item_span = (start, sentence.start + found.end("item"))
            deal.quantity = None
            return


def shares_of(text: str) -> bool:
    """Whether ``text`` buys or sells a share of a named thing ("to buy 70% of the Cerro Ayllu
    copper project"), which is a stake told without the word."""
    return ("%" in text or "cent" in text) and _SHARE_OF.search(text) is not None
