"""Runs of capitals a place rule would take that are never places (round 10, N10-03, N10-07).

A date after a place and a comma ("Done at Dakar, 12 November 2026"), a document number's
head after "through" or "under" ("Supreme Decree No. 301-2026-EF", "Law No. 45"), and a name
after "from" that follows the goods of a purchase ("two patrol boats from Navantia": the
seller) are read by their shape, never by the words of an article.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.cues_orgs import org_affiliation, short_form
from briefdesk.extract.dateline_reader import DATE
from briefdesk.extract.dates import MONTH_PATTERN, YEAR_PATTERN
from briefdesk.extract.lexicon import MONTH_NAMES
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Sentence
from briefdesk.extract.words import word_list

# "12 November 2026", "3rd May", "November 12, 2026", "Wednesday 11 November 2026", "November
# 2026": the date grammar the dateline reader and dates.py share, whole phrase only.
_DATE = re.compile(rf"^(?:{DATE}|(?:{MONTH_PATTERN})\s+{YEAR_PATTERN})$")
# "Decree No", "Law No.", "Resolution Nº", "Order Number": a numbered document's head.
_NUMBER_WORD = re.compile(r"(?:^|\s)(?:No|Nos|Nº|N°|Number)\.?$")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")

# "S/ 480 million", "B/. 20 millones": a capital and a slash before a number is a currency sign.
_SIGN_AFTER = re.compile(r"/\.?\s?\d")

_SHORT_MONTHS = frozenset(
    {m[:3] for m in MONTH_NAMES} | {m[:3] + "." for m in MONTH_NAMES} | {"Sept", "Sept."}
)

# Languages that name no state ("in two original copies in Arabic"): never a place.
_LANGUAGES = word_list("language_names")
_GOODS = word_list("goods_before_from")
_BUY = word_list("buy")
# A sentence that signs for goods buys them too ("we expect to sign for two C-130J transport
# aircraft from Lockheed Martin": newcomer11 N11-05); kept here, not in "buy", which the party
# rules read as the buyer's own verbs.
# ("also covers armoured vehicles from Otokar", "includes two patrol boats from X": goods a
# loan or package pays for are bought too: newcomer15 N15-07)
_SIGNS_FOR = re.compile(
    r"\b(?:(?:sign(?:ed|s|ing)?|contract(?:ed)?|deal|pays?|paid)\s+for|covers?|covered|"
    r"finances?|financed|includes?|included)\b"
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;)]|$|\s(?:for|under|in|worth|at|on|and|with)\b)")
_GOODS_FROM = re.compile(r"\b([a-z]+)\s+from\s+$")


def is_date_or_number(text: str, phrase: str, end: int) -> bool:
    """True for a date ("3 March 2026"), a numbered document's head ("Law No" before
    ". 45-2026"), a currency sign ("S/ 480 million"), a year alone or a language: none is a
    place or an organisation."""
    if len(phrase) == 1:
        return bool(_SIGN_AFTER.match(text, end))
    if phrase.isdigit() or phrase in _LANGUAGES:
        return True  # "Launch: X Systems, 2028, Alcântara"; "done in Arabic and French"
    head = phrase.split(" ", 1)[0]
    # ("Nov 25", "Sept. 3": a wire's short month is a date too, round 24 N24-03)
    dated = phrase[:1].isdigit() or head in MONTH_NAMES or head in _SHORT_MONTHS or "day" in phrase
    if dated and _DATE.match(phrase):
        return True
    # (the anchored test first: the end-anchored one is tried at every position of the phrase)
    return bool(_NUMBER_AFTER.match(text, end)) and bool(_NUMBER_WORD.search(phrase))


def seller_after_goods(before: str, sentence_before: str, after: str) -> bool:
    """ "the purchase of two patrol boats from Navantia": a name after "<goods> from" in a
    sentence that buys is the seller, a firm (a known town never reaches this test; "ships from
    East Java yard" names where the yard is)."""
    if not before.endswith("from ") or not _CLAUSE_END.match(after):
        return False
    goods = _GOODS_FROM.search(before)
    if goods is None or goods.group(1) not in _GOODS:
        return False
    lowered = sentence_before.lower()
    return any(word in _BUY for word in re.findall(r"[a-z]+", lowered)) or bool(
        _SIGNS_FOR.search(lowered)
    )


def no_name_or_seller(res: Resolver, sentence: Sentence, chunk: Chunk, phrase: str) -> bool:
    """True (the chunk settled) for what is no name ("Done at Dakar, 12 November 2026",
    "Supreme Decree No. 301", "S/ 480 million", the letter "I" that an "India" would take as its
    short form) and for the seller after the goods of a purchase ("two patrol boats from
    Navantia"), which a locative would make a place (round 10, N10-03, N10-07)."""
    start, end = chunk.start, chunk.start + len(phrase)
    if is_date_or_number(res.text, phrase, end) or (len(phrase) == 1 and short_form(res, phrase)):
        return True
    before = res.before(start, 40)
    if not before.endswith("from "):  # the cheap test first: most chunks stop here
        return False
    if (
        not seller_after_goods(before, res.text[sentence.start : start], res.after(end, 8))
        or res.known_place(phrase)
        or res.country_of(phrase)
        or short_form(res, phrase)  # "from Vestfjord" after "Vestfjord Skipsverft AS"
    ):
        return False
    res.rule = "org.goods-from"
    res.org(phrase, start, end, org_affiliation(res, chunk))
    return True
