"""Round 17's speed pass gives exactly what the plain forms gave (made-up text only).

Each change keeps a plain form here as the reference: the label rows of ``label_markup`` read
only on lines holding a mark, the field labels of ``notice_labels`` scanned once per text, the
name-and-number glue of ``item_numbers`` behind a necessary pre-check, and ``deal_more``'s
back-reference pattern led by a class of its first letters.
"""

from __future__ import annotations

import random

from briefdesk.extract import deal_more, item_numbers, label_markup, notice_labels
from briefdesk.extract import rx as re

_LINES = [
    "**Contracting authority:** Ministry of Roads",
    "| **Awarded to** | Kofi Mensah Construction Ltd |",
    "Awarded to — Delta Works Ltd",
    "Lot 1 — Mansa to Chembe",
    "__Supplier__: Northwind Ltd",
    "- *Buyer*: Ministry of Health",
    "# Contract value: USD 4 million",
    "Purchaser: Harbour Board",
    "The ministry said the road would open in May.",
    "V.2.3) Name and address of the contractor",
    "Nordic Cables Oy",
    "| Title | Air defence launchers |",
    "Section I: Contracting authority",
    "snake_case words_with underscores and a * star",
    "",
    "   ",
    "Status — signed",
    "2. Successful bidder: Blue Rock Ltd",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def _plain_blank(text: str) -> str:
    """Round 16's ``blank_label_markup``: ``_ROW`` tried at every line's start."""
    if not any(mark in text for mark in label_markup._MARKS):
        return text
    edits = []
    for row in label_markup._ROW.finditer(text):
        fixed = label_markup._fixed(row)
        if fixed is not None:
            edits.append((row.start(), fixed))
    chars = list(text)
    for start, fixed in edits:
        chars[start : start + len(fixed)] = fixed
    return "".join(chars)


def test_label_rows_read_on_marked_lines_only_give_the_same_text() -> None:
    changed = 0
    for text in _texts(1500, 17):
        assert label_markup.blank_label_markup(text) == _plain_blank(text), text
        changed += label_markup.blank_label_markup(text) != text
    assert changed > 250  # (the texts do hold rows that are rewritten)


def test_labels_scanned_once_per_text_are_the_scan_of_that_text() -> None:
    def spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]

    texts = _texts(800, 18)
    for text in texts + texts[::-1]:  # (a text met again after others)
        assert spans(notice_labels.labels(text)) == spans(notice_labels.LABEL.finditer(text))
    copy = "".join(list(texts[0]))  # an equal text, another object: the same answer
    assert spans(notice_labels.labels(copy)) == spans(notice_labels.LABEL.finditer(texts[0]))
    assert notice_labels.labels("Buyer: X") != notice_labels.labels("Seller: X")


_ITEM_WORDS = [
    "two Boeing 787 aircraft",
    "24 Leopard 2 tanks",
    "a dozen Mk 4 boats",
    "Type 209 submarines",
    "155 mm shells",
    "2,000",
    "TWO",
    "Eleven",
    "Vaktfalk 700 airborne",
    "one",
    "JF-17 Block 3",
    "the",
    "of",
    "and",
    "Airbus A330 MRTT",
    "3 Airbus",
    "A 7 b",
    "7 x",
    "Z 9z y",
    "2024 model year",
    "$12 m deal",
    "ten Series 5 trucks",
]


def test_name_number_glue_behind_its_pre_check_is_the_same() -> None:
    rng = random.Random(19)
    glued = 0
    pattern = item_numbers._NAME_NUMBER
    for _ in range(6000):
        text = " ".join(rng.choice(_ITEM_WORDS) for _ in range(rng.randint(1, 10)))
        every = [m.span("gap") for m in pattern.finditer(text)]
        assert bool(item_numbers._NAME_NUMBER_GAP.search(text)) or not every, text
        glued += bool(every)
    assert glued > 500


_BACK_WORDS = [
    "the",
    "this",
    "that",
    "its",
    "their",
    "The",
    "THIS",
    "Their",
    "İts",
    "ıts",
    "ITS",
    "placed",
    "PLACED",
    "deal",
    "contract",
    "agreement",
    "order",
    "sale",
    "purchase",
    "of",
    "a",
    "new",
    "separate",
    "was",
    "signed",
    "under which",
    "between",
    ", ",
    ". ",
    "firsts",
    "ithe",
    "bathe",
    "x9",
    "y-z",
    "placed the",
    "order for seven engines",
    "sales",
    "deals",
]


def test_back_reference_led_by_a_class_matches_as_before() -> None:
    old = re.compile(
        r"(?<!placed )\b(?:the|this|that|its|their)\s+"
        + deal_more._BACK_REFERENCE.pattern.split(r"(?<=i)ts)\s+", 1)[1],
        re.IGNORECASE,
    )
    rng = random.Random(20)
    found = 0
    for _ in range(10000):
        text = " ".join(rng.choice(_BACK_WORDS) for _ in range(rng.randint(1, 14)))
        new, was = deal_more._BACK_REFERENCE.search(text), old.search(text)
        assert (new and new.span()) == (was and was.span()), text
        found += bool(was)
    assert found > 1000
    assert deal_more._BACK_REFERENCE.search("Officials said the contract was signed.")
    assert not deal_more._BACK_REFERENCE.search("It has placed the order for seven engines.")
    assert not deal_more._BACK_REFERENCE.search("a separate deal with bathe contract")
