"""A memorandum signed without a price is a deal of its own, with no sides.

"Norrland Aero and the state-owned Thai Aviation Industries also signed a memorandum of
understanding on local maintenance, with no figure attached." An MoU names signatories, not a
buyer and a seller; it is suggested as a deal of kind `mou` so the user sees it. Only a
statement that it was signed (not "will sign", "is expected to sign", "no memorandum has been
signed"), one per sentence, at most four an article (round 10: joint statements list several),
and none where a deal of the article already reads that sentence. Round 10 also reads a
memorandum whose signing is welcomed, noted or witnessed ("welcomed the signing, in the presence
of the Heads of State, of the Memorandum", "witnessed the exchange of a Memorandum"), a
capitalised "A Memorandum ... was signed by", and list items under "The following documents
were signed:".
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_memoranda import MOU_RE
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

_SIGNED = re.compile(
    r"\b(?:signed|inked|concluded|initialled|initialed|exchanged|signing|signature\s+of|"
    r"exchange\s+of)\b"
)
_NOT_YET = re.compile(
    r"\b(?:will|would|to\s+be|expected\s+to|plans?\s+to|yet\s+to|not|no|never|hopes?\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:sign|signed|be\s+signed)\b|\?\s*$"
)
_MOST = 4
# A memorandum of its own ("signed a memorandum", "an MoU"), not one referred back to ("The MoU
# was signed by"), a framework agreement or one that is background ("under a memorandum").
# A memorandum "the" leads is new where the sentence welcomes, notes or witnesses its signing
# ("The Parties welcomed the signing, in the presence of ..., of the Memorandum of
# Understanding on", "We welcome the Memorandum ... signed today").
_NEW_MOU = re.compile(
    r"(?<!under )\b(?:[Aa]|[Aa]n|two|three|four|five|several|(?<=welcome )the|"
    r"(?<=welcomed )the|(?<=welcomes )the|(?<=noted )the|(?<=of )the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?i:memorand\w*|letters?\s+of\s+intent|heads\s+of\s+agreement)|MoUs?|MOUs?)\b"
)
# "(b) a Memorandum of Understanding on ... between A and B;" under "The following documents
# were signed:": a list item, signed by its lead-in.
# What a memorandum is about: "on cooperation in lithium exploration" up to its parties,
# its date or the clause's end (round 13, N13-42).
_SUBJECT = re.compile(
    r"(?i:memorandum\s+of\s+understanding|memorandum|letter\s+of\s+intent)\s+"
    r"(?:on|for|regarding|concerning|in\s+the\s+field\s+of)\s+(?:the\s+)?"
    r"([a-z][\w-]*(?:\s+(?!between\b|with\b|by\b|signed\b|was\b|were\b)[\w-]+){0,7}?)"
    r"(?=\s+(?:between|with|by|signed|was|were|on\s+\d)\b|\s+in\s+(?-i:[A-Z\d])|\s*[,;.:(]|$)"
)
_ITEM = re.compile(r"^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}[.)]|[-•*])\s+")
# (round 20) a lead-in that witnesses or welcomes the signing: "The two sides witnessed the
# signing of the following instruments:", "welcomed the signing, in the presence of the two
# Heads of State, of the following documents:" (a signing only planned is no lead-in).
_LEAD_IN = lazy(
    r"\b(?:were|was|been)\s+(?:also\s+)?(?:signed|exchanged|concluded|initialled)\b|"
    r"\b(?:signed|exchanged|concluded)\s+the\s+following\b|"
    r"\b(?:witness(?:ed|es)|welcom(?:ed|es)|not(?:ed|es)|attended)\s+the\s+"
    r"(?:signing|signature|exchange)\b[^:;]{0,80}?\bof\s+the\s+following\b"
)


def signed_memoranda(sents: list[Sentence], deals: list[DealBuild]) -> list[DealBuild]:
    """MoU deals for the sentences that report a memorandum signed."""
    used = {d.sentence_index for d in deals}
    found: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        text = sentence.text
        if len(found) >= _MOST:
            break
        if not MOU_RE.search(text):
            continue
        clause = _second_clause(text, sentence, deals) if index in used else None
        if clause is not None:  # (round 20) a memorandum after another deal in one sentence
            text = text[clause[0] - sentence.start :]
        if not _signed_here(sents, index, text, clause is not None, deals, found):
            continue
        status = deal_status(text)  # ("the exchange of a Memorandum", a list item: signed)
        status = "signed" if status == "reported" else status
        deal = DealBuild("mou", None, status=status, rule="deal.unpriced")
        deal.sentence_index = index
        deal.evidence.append(clause or (sentence.start, sentence.end))
        found.append(deal)
    return found


def mou_subjects(text: str, deals: list[DealBuild]) -> None:
    """Give each memorandum without an item what its first sentence says it is about ("a
    Memorandum of Understanding on cooperation in lithium exploration between A and B")."""
    for deal in deals:
        if deal.kind != "mou" or deal.item or not deal.evidence:
            continue
        start, end = deal.evidence[0]
        if subject := _SUBJECT.search(text, start, end):
            deal.item, deal.item_span = subject.group(1), subject.span(1)


def _signed_here(
    sents: list[Sentence],
    index: int,
    text: str,
    second: bool,
    deals: list[DealBuild],
    found: list[DealBuild],
) -> bool:
    """Whether sentence ``index`` (or, ``second``, its clause ``text`` after another deal's)
    tells a memorandum signed: a list item is signed by its lead-in ("The following documents
    were signed:")."""
    sentence = sents[index]
    if second:
        return _told_signed(text, sentence, [], found, index)
    if index in {d.sentence_index for d in deals}:
        return False
    return _listed(sents, index) or _told_signed(text, sentence, deals, found, index)


def _told_signed(
    text: str, sentence: Sentence, deals: list[DealBuild], found: list[DealBuild], index: int
) -> bool:
    """Whether a sentence reports a new memorandum signed, not one read already."""
    if not text.rstrip("\"'”’)").endswith(".") or _NOT_YET.search(text):
        return False
    if not _SIGNED.search(text) or not _NEW_MOU.search(text):
        return False
    if any((sentence.start, sentence.end) in d.evidence for d in deals):
        return False  # read already (the first signed agreement of an article with no amount)
    # the same memorandum told again (a headline, then the lead)
    return not any(d.kind == "mou" and 0 < index - d.sentence_index <= 2 for d in deals + found)


def _listed(sents: list[Sentence], index: int) -> bool:
    """Whether sentence ``index`` is a memorandum's list item ("(a) Memorandum of
    Understanding on ...;") under a lead-in that says the documents were signed."""
    text = sents[index].text
    if not _is_item(sents, index) or not MOU_RE.search(text[:80]):
        return False
    for back in range(index - 1, max(-1, index - 6), -1):
        if _LEAD_IN.search(sents[back].text):
            return True
        if not _is_item(sents, back):
            return False
    return False


# (round 20) "instruments:\ni." then "Agreement on ...;\nii." then "Memorandum ...;\niii.": the
# sentence splitter ends a sentence after a roman marker, which then opens no item.
_CUT_MARKER = re.compile(r"\n[ \t]*[ivx]{1,4}\.$")


def _is_item(sents: list[Sentence], index: int) -> bool:
    """A list item: it opens with its marker, or the sentence before ends with it."""
    if _ITEM.match(sents[index].text):
        return True
    return index > 0 and _CUT_MARKER.search(sents[index - 1].text.rstrip()) is not None


# (round 20) "The bank has offered a €500 million loan, and the Netherlands has signed a hydrogen
# supply memorandum of understanding with Namibia": a memorandum in a clause of its own after
# another deal's clause is a second deal of that sentence.
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|while|whereas)\s+|\s+and\s+(?=(?:the|a|an)\s)")
_PRICED = re.compile(r"[$€£¥]|\b(?:million|billion|bn)\b")


def _second_clause(text: str, sentence: Sentence, deals: list[DealBuild]) -> tuple[int, int] | None:
    """The span of the clause of ``sentence`` that tells a memorandum signed, after a clause
    another (not an MoU) deal reads and that names no memorandum; None when there is none."""
    if any(d.kind == "mou" for d in deals if (sentence.start, sentence.end) in d.evidence):
        return None
    for cut in _CLAUSE_BREAK.finditer(text):
        head, tail = text[: cut.start()], text[cut.end() :]
        if MOU_RE.search(head) or not MOU_RE.search(tail):
            continue
        if _PRICED.search(tail) or not _SIGNED.search(tail) or not _NEW_MOU.search(tail):
            return None
        return sentence.start + cut.end(), sentence.end
    return None
