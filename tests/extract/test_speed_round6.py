"""Round 6's faster paths give exactly what the plain code gave (random and tricky inputs)."""

from __future__ import annotations

import random
import re

from briefdesk.extract import deal_status as status_module
from briefdesk.extract.names import name_like_words
from briefdesk.extract.text import TOKEN_RE
from briefdesk.extract.vocab import CREDIT_RE

OLD_THE_HEAD = re.compile(
    r"\b[Tt]he (ministry|bank|Bank|agency|company|lender|air force|navy|fund|Fund|group|utility)\b"
)

# The patterns as they were before round 6, compared with the faster forms.
OLD_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’&]\w+)*(?:\.(?=\w))?\w*", re.UNICODE)
OLD_CREDIT = re.compile(
    r"(?=[ \tBAaRrEeWwCcIiPpGg])"
    r"(?:^[ \t]*By|\b(?:[Aa]dditional reporting|[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|"
    r"[Ii]nterviewed|[Pp]hotographs?|[Gg]raphics?)\s+by)\s+(?=[A-Z])",
    re.MULTILINE,
)
# Pieces of text (spaces, newlines and the odd characters count).
PIECES = [
    "U.S.",
    "U.S.A.",
    "U.s",
    "A.",
    "e.g.",
    "Mr.",
    "al-Sisi",
    "O’Neil",
    "Procter & Gamble",
    "S-400",
    "3.5",
    "x.Y",
    "ab-Cd",
    "_x",
    "é",
    "İ",
    "²",
    " ",
    "  ",
    "\n",
    "-",
    "'",
    "’",
    ".",
    ",",
    "(",
    ")",
    "By ",
    "by ",
    "Reporting by ",
    "Editing by Jo",
    "Photographs by Ann",
    "Graphic by Li",
    "\tBy Ann",
    "by\nAnn",
    "Writing by",
    "compiled by X",
    "a",
    "Ab",
    "AB",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))


def test_token_pattern_tokenises_like_the_old_one() -> None:
    rng = random.Random(6)
    for _ in range(4000):
        text = _random_text(rng)
        assert [(m.span(), m[0]) for m in TOKEN_RE.finditer(text)] == [
            (m.span(), m[0]) for m in OLD_TOKEN.finditer(text)
        ], text


def test_credit_pattern_with_its_hint_finds_what_the_full_scan_found() -> None:
    rng = random.Random(7)
    for _ in range(4000):
        text = _random_text(rng)
        assert [m.span() for m in CREDIT_RE.finditer(text)] == [
            m.span() for m in OLD_CREDIT.finditer(text)
        ], text


def _old_name_like_words(words: list[str]) -> bool:
    from briefdesk.extract.lexicon import ORG_HEADS, STOPWORDS
    from briefdesk.extract.text import NAME_PARTICLES, ORG_CONNECTORS, strip_possessive

    core = [strip_possessive(w) for w in words if w not in NAME_PARTICLES]
    if not 1 <= len(core) <= 5:
        return False
    for word in core:
        if any(map(str.isdigit, word)) or (word.isupper() and len(word) > 1):
            return False
        if word.lower() in ORG_HEADS or word.lower() in STOPWORDS or word in ORG_CONNECTORS:
            return False
    return True


def test_name_like_words_answers_like_before() -> None:
    rng = random.Random(8)
    words = ["Ana", "Silva", "bin", "Bank", "the", "of", "K2", "x²", "NATO", "A", "José's", ""]
    for _ in range(3000):
        picked = [rng.choice(words) for _ in range(rng.randint(0, 7))]
        assert name_like_words(picked) == _old_name_like_words(picked), picked


def test_status_cues_skipped_by_first_word_are_never_found() -> None:
    """A status whose cues' first words are all absent has no match: the skip is exact."""
    rng = random.Random(9)
    cues = [cue for _status, group in status_module._ALL_WORDS for cue in group]
    filler = ["the", "deal", "was", "on", "Monday", ",", "not", "yet", "x-"]
    for _ in range(1500):
        sentence = " ".join(rng.choice(cues + filler) for _ in range(rng.randint(1, 12)))
        lowered = sentence.lower()
        words = frozenset(re.findall(r"\w+", lowered))
        for (_status, pattern), firsts in zip(
            status_module.STATUS_RES, status_module._FIRST_WORDS, strict=True
        ):
            if firsts is not None and words.isdisjoint(firsts):
                assert pattern.search(lowered) is None, sentence


def test_the_led_by_a_class_finds_what_the_word_boundary_found() -> None:
    """ "[Tt](?<!\\w.)he" for "\\bThe" (short_forms, deal_anaphora): same matches and groups."""
    from briefdesk.extract.deal_anaphora import _DESCRIPTION

    old_description = re.compile(_DESCRIPTION.pattern.replace("[Tt](?<!\\w.)he", "\\b[Tt]he", 1))
    new_the_head = re.compile(OLD_THE_HEAD.pattern.replace("\\b[Tt]he", "[Tt](?<!\\w.)he", 1))
    assert old_description.pattern != _DESCRIPTION.pattern
    pieces = [*PIECES, "the bank", "The ministry", "xthe fund", "_the navy", "the  company"]
    pieces += ["Othe", "the Norwegian shipbuilder", "The kingdom", "the firm's", "the group-wide"]
    rng = random.Random(10)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for new, old in ((_DESCRIPTION, old_description), (new_the_head, OLD_THE_HEAD)):
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
                (m.span(), m.groups()) for m in old.finditer(text)
            ], text


END_PIECES = ["the", "The", "in", "port", "of", " ", "  ", "\n", "\t", ",", "é", "x_", "_", "2"]
END_PIECES += ["²", "\u0301", "Ⅻ", "\u00a0", "\u2003", ".", "city", "north-east", "-", "İ", "bathe"]


def test_end_anchored_fast_paths_answer_like_the_patterns() -> None:
    """Doc.after_locative's last word, rx's last-word search, PLACE_OF_BEFORE's end test."""
    from briefdesk.extract import rx
    from briefdesk.extract.doc import _LAST_WORD, word_before_end
    from briefdesk.extract.vocab import PLACE_OF_BEFORE

    last_word = re.compile(r"(?<!\w)(\w++)\s++$")
    rng = random.Random(11)
    for _ in range(30000):
        text = "".join(rng.choice(END_PIECES) for _ in range(rng.randint(0, 8)))
        plain = _LAST_WORD.search(text)
        assert word_before_end(text) == (plain.group(1) if plain else None), text
        fast, slow = rx.search(r"(?<!\w)(\w++)\s++$", text), last_word.search(text)
        assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))
        fast, slow = PLACE_OF_BEFORE.search(text), PLACE_OF_BEFORE.pattern.search(text)
        assert (fast and fast.span()) == (slow and slow.span()), text


def test_split_offsets_equal_the_token_matches() -> None:
    """chunks() sums the split's gap and word lengths: the same offsets as the matches."""
    from briefdesk.extract.text import _TOKEN_SPLIT

    rng = random.Random(12)
    for _ in range(4000):
        text = _random_text(rng)
        parts = _TOKEN_SPLIT.split(text)
        at, spans = 0, []
        for gap, word in zip(parts[0::2], parts[1::2], strict=False):
            spans.append((word, at + len(gap), at + len(gap) + len(word)))
            at += len(gap) + len(word)
        assert spans == [(m[0], m.start(), m.end()) for m in TOKEN_RE.finditer(text)], text


def test_rx_fast_searches_answer_like_the_plain_search() -> None:
    """Every entry of rx's table of fast searches, on texts made of the words they read."""
    from briefdesk.extract import rx

    pieces = [*END_PIECES, "contract", "deal", "signed", "with", "between", "and", "Ghana", '"']
    pieces += ["agreement", "teamed up", "”", ";", "partner", "deals"]
    rng = random.Random(13)
    for pattern in rx._FAST_SEARCH:
        plain = re.compile(pattern)
        for _ in range(20000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            fast, slow = rx.search(pattern, text), plain.search(text)
            assert (fast and (fast.span(), fast.groups())) == (
                slow and (slow.span(), slow.groups())
            ), (pattern, text)


def test_money_local_signs_hint_and_doc_readers_answer_like_before() -> None:
    """_LOCAL_RE with its hint finds what the full scan found; the resolver's closures read
    like Doc's methods."""
    from briefdesk.extract.doc import Doc
    from briefdesk.extract.money import _LOCAL_RE

    pieces = [*END_PIECES, "K", "R", "N", "KSh", "GH₵", "₵", "5", "12", "1,200", " m", "bn", "$"]
    rng = random.Random(14)
    doc = Doc("Ghana's K5bn deal, the Kenyan KSh 12 million and R 5m. " * 3)
    after, before, country_of = doc.fast_readers()
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        fast = [m.span() for m in _LOCAL_RE.finditer(text)]
        assert fast == [m.span() for m in _LOCAL_RE.pattern.finditer(text)], text
        pos, length = rng.randint(-5, 180), rng.randint(0, 90)
        assert before(pos, length) == doc.before(pos, length)
        assert after(pos, length) == doc.after(pos, length)
        assert country_of(text) == doc.country_of(text)
    for name in ("Ghana's", "Kenyan", "Peru", "Ghanaians'", ""):
        assert country_of(name) == doc.country_of(name)


def test_every_money_pattern_needs_a_digit() -> None:
    """find_money answers [] for a text with no digit without scanning: every pass reads one,
    but the amounts in words, read only after a scale word."""
    from briefdesk.extract.money import _LOCAL_RE, MONEY_RE, find_money
    from briefdesk.extract.money_foreign import FOREIGN_MONEY_RE
    from briefdesk.extract.money_trailing import TRAILING_RE

    pieces = [*END_PIECES, "$", "US$", "€", "£", "million", "billion", "USD", "dollars", "K", "m"]
    pieces += ["KSh", "₵", "млн", "Mio", "bn", "٣", "five", "a dozen", "ten million euros"]
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if re.search(r"\d", text):
            continue
        for pattern in (MONEY_RE, _LOCAL_RE.pattern, FOREIGN_MONEY_RE, TRAILING_RE):
            assert pattern.search(text) is None, text
    # Amounts in words (newcomer12 N12-02) are the one pass without a digit, read only where
    # a scale word ("million") occurs.
    assert find_money("five dozen dollars, ten euros") == []
    assert [m.amount for m in find_money("five million dollars, ten billion euros")] == [
        5_000_000,
        10_000_000_000,
    ]
    assert [m.amount for m in find_money("a $5 million loan")] == [5_000_000]
