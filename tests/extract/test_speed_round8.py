"""Round 8's speed pass gives exactly what the plain code gave (random inputs).

Each gate says "no match here" only where the pattern it guards has none; each rewritten
pattern matches as the one it replaces did. Texts are built from pieces that make the patterns
match often (and nearly match), with odd whitespace and characters that fold oddly.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from briefdesk.extract import (
    dates,
    deal_kinds,
    deal_status,
    money,
    number_words,
    parties,
    rx,
    scans,
    significance,
    text,
    vocab,
)
from briefdesk.extract.cues_people import apposition
from briefdesk.extract.doc import Doc
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import APPOSITION_VERB, RETIRED_AFTER

_ODD = [" ", " ", "  ", "\n", "\t", "\xa0", "\u2003", ",", ".", "-", "'", "’", "é", "ſ", "٣", "²"]


def _text(rng: random.Random, pieces: list[str], most: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


_PLAIN_TOKEN = re.compile(
    r"\w(?:(?<=[A-Z])\.(?:[A-Z]\.|(?<=S\.)p\.(?=A)|(?<=S\.)r\.l\.|(?<=A\.)Ş\.)+|(?:(?<=\bA)/S|(?<=\bS)/A|(?<=\b[KIP])/S)(?!\w)"
    r"|\w*(?:[-'’&]\w+)*(?:\.(?=\w))?\w*)"
)
_TOKEN_PIECES = [
    "U",
    ".",
    "S",
    "A",
    "/",
    "K",
    "p",
    "r",
    "l",
    "Ş",
    "&",
    "-",
    "'",
    "’",
    "ab",
    "12",
    "x",
]


def test_tokens_with_possessive_repeats_are_the_plain_tokens() -> None:
    rng = random.Random(8)
    split = re.compile(f"({_PLAIN_TOKEN.pattern})")
    for _ in range(30_000):
        sample = _text(rng, _TOKEN_PIECES + _ODD, 24)
        assert text.TOKEN_RE.findall(sample) == _PLAIN_TOKEN.findall(sample), sample
        assert text._TOKEN_SPLIT.split(sample) == split.split(sample), sample


_PREP_PIECES = ["to", "from", "by", "for", "with", "between", "and", "the", "crisis-hit", "a"]
_PREP_PIECES += ["builder", "operators", "company", "firm", "yard", "shipyard", "tonga's"]
_PREP_PIECES += ["stake", "shares", "in", "interest", "holding", "x", "ors", "er", "’s", "'s"]


def test_preposition_and_stake_gates_hold_wherever_the_patterns_match() -> None:
    """``parties._roles`` reads the end-anchored ``_PREP`` and ``_STAKE_IN`` only where the
    stripped text ends on what a match ends on."""
    rng = random.Random(9)
    hits = 0
    for _ in range(40_000):
        words = [rng.choice(_PREP_PIECES + _ODD) for _ in range(rng.randint(0, 10))]
        sample = rng.choice([" ", ""]).join(words) + rng.choice(["", " ", "  ", "\n", ", ", " \n"])
        ending = sample.rstrip()
        if parties._PREP.search(sample):
            hits += 1
            assert parties._prep_may_end(ending), sample
        if parties._STAKE_IN.search(sample):
            assert ending.endswith(("in", "the")), sample
    assert hits > 1000


def test_count_before_fast_search_is_the_plain_search() -> None:
    """``rx.search`` of ``cues_orgs``' "two/both/all/<number>" pattern runs only where the text
    ends on one of them (any digit ``\\d`` takes)."""
    pattern = r"\b(?:two|both|all|\d+)\s+$"
    plain = re.compile(pattern)
    pieces = ["two", "both", "all", "12", "٣", "²", "x", "Two", "ball", "network", *_ODD]
    rng = random.Random(10)
    for _ in range(30_000):
        sample = _text(rng, pieces, 8)
        fast, slow = rx.search(pattern, sample), plain.search(sample)
        assert (fast and fast.span()) == (slow and slow.span()), sample


_APPOSITION_PIECES = [", ", ",", " ", "is", "was", "became", "has", "joins", "joined", "the"]
_APPOSITION_PIECES += ["a", "chief", "executive", "of", "Acme", "Ports", "who", "heads", "as"]
_APPOSITION_PIECES += ["been", "appointed", "minister", "will", "join", "(retd)", "(CEO)", "said"]
_APPOSITION_PIECES += ["new", "54", "steps", "down", "served", "fellow", "at"]


def test_apposition_gate_says_none_only_where_the_readings_find_none() -> None:
    """With neither a comma nor a verb of ``APPOSITION_VERB`` right after the name, every
    reading of ``apposition`` fails: the ungated function (the gate's verbs made to match
    anything) gives None there too, and no actor is added."""
    rng = random.Random(11)
    gated = 0
    for _ in range(6_000):
        tail = " ".join(rng.choice(_APPOSITION_PIECES + _ODD) for _ in range(rng.randint(0, 12)))
        sample = "Ana Lima" + rng.choice(["", " ", "  ", "\n"]) + tail + rng.choice([",", ".", ""])
        res = Resolver(Doc(sample))
        retired = RETIRED_AFTER.match(sample, 8)
        pos = retired.end() if retired else 8
        if sample.startswith(",", pos) or APPOSITION_VERB.match(sample, pos):
            continue
        gated += 1
        assert apposition(res, 8) is None
        unguarded = Resolver(Doc(sample))
        assert _apposition_ungated(unguarded, 8) is None, sample
        assert not unguarded.found.actors
    assert gated > 1000


def _apposition_ungated(res: Resolver, pos: int) -> tuple[str, str] | None:
    """``apposition`` with its gate opened: its pattern swapped for one that matches anywhere."""
    saved = vocab.APPOSITION_VERB
    vocab.APPOSITION_VERB = re.compile("")
    try:
        return apposition(res, pos)
    finally:
        vocab.APPOSITION_VERB = saved


def test_dates_read_twice_from_one_scan_are_the_dates_of_two_scans() -> None:
    sample = "On 12 March 2024 the ministry said. Last month, in May 2023, and on Tuesday."
    first = dates.find_dates(sample, None)
    again = dates.find_dates(sample, dt.date(2024, 6, 1))
    other = dates.find_dates(sample[:40], None)  # a different text is scanned anew
    assert [m.text for m in first] == [m.text for m in again]
    assert [m.text for m in other] == ["12 March 2024"]
    assert dates.find_dates(sample, None) == first


def test_factored_alternation_matches_as_the_plain_list_does() -> None:
    """One branch per first character: the same match, the same alternative chosen (the
    order kept inside each group), with and without re.IGNORECASE."""
    words = ["ab", "a", "abc", "b", "ba", "\\$", "a\\$", "cd?", "cd", "ſx", "é", "", "x"]
    rng = random.Random(12)
    for _ in range(3_000):
        chosen = [w for w in rng.sample(words, len(words)) if w and rng.random() < 0.6] or ["a"]
        for flags in (0, re.IGNORECASE):
            plain = re.compile(f"(?:{'|'.join(chosen)})(x|y|$)", flags)
            fast = re.compile(f"(?:{scans.factored(chosen)})(x|y|$)", flags)
            for _ in range(5):
                sample = _text(rng, ["a", "b", "c", "d", "$", "x", "y", "A", "B", "ſ", "é"], 8)
                assert [m.span() for m in fast.finditer(sample)] == [
                    m.span() for m in plain.finditer(sample)
                ], (chosen, sample)


def test_factored_refuses_what_it_cannot_factor() -> None:
    for bad in (["(?:a|b)"], ["a?b"], [r"\bword"], ["[ab]c"], ["ab", "Ac"]):
        try:
            scans.factored(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


_DATE_PIECES = ["12", "1st", "31", "2024", "1999", "March", "mar", "Mar.", "May", "may", "Sept"]
_DATE_PIECES += ["Tuesday", "tuesday", "today", "last", "next", "early", "week", "month", "year"]
_DATE_PIECES += ["the end of", "the", "this", "to", "-", "–", ",", "Jun", "June", "thu", "Thurs"]


def test_date_pattern_with_factored_lists_matches_the_plain_one() -> None:
    plain = re.compile(dates._date_pattern("|".join), re.IGNORECASE)
    rng = random.Random(13)
    for _ in range(20_000):
        sample = " ".join(rng.choice(_DATE_PIECES + _ODD) for _ in range(rng.randint(0, 9)))
        assert [(m.span(), m.lastgroup) for m in dates.DATE_RE.finditer(sample)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(sample)
        ], sample


_MONEY_PIECES = ["US$", "$", "EC$", "Rs", "Rs.", "KM", "Tk", "USD", "EUR", "SEK", "XOF", "R$"]
_MONEY_PIECES += ["12", "1,200", "3.5", "million", "bn", "m", "dollars", "CFA", "francs", "x"]


def test_money_pattern_with_factored_signs_and_codes_matches_the_plain_one() -> None:
    pattern = money.money_re().pattern
    codes = sorted(money.iso_codes() | money.ISO_EXTRA)
    plain = re.compile(
        pattern.replace(money._SYMBOL, money._SYMBOL_LIST).replace(
            money.factored(codes), "|".join(codes)
        )
    )
    assert plain.pattern != pattern
    rng = random.Random(14)
    for _ in range(20_000):
        sample = rng.choice(["", " "]).join(
            rng.choice(_MONEY_PIECES + _ODD) for _ in range(rng.randint(0, 8))
        )
        assert [(m.span(), m.groupdict()) for m in money.money_re().finditer(sample)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(sample)
        ], sample


def test_significance_cues_factored_are_the_plain_cues() -> None:
    plain = re.compile(rf"(?=[abcdefhilmrsuw])\b({significance._CUE_LIST})\b")
    cues = significance._CUE_LIST.replace("\\w*", "").replace("\\w+", "y").replace("?", "")
    pieces = [*cues.replace("(:its )", "its ").split("|"), "a", "s", "signal", "its", *_ODD]
    rng = random.Random(15)
    for _ in range(20_000):
        sample = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert significance._CUES.findall(sample) == plain.findall(sample), sample


_ITEM_PIECES = ["twelve", "Twenty-Four", "twenty four", "a dozen", "12", "(12)", "more", "new"]
_ITEM_PIECES += ["Rafale", "F-16", "fighter", "jets", "aircraft", "air defence systems", "of"]
_ITEM_PIECES += ["for", "to", "buy", "supply", "armoured", "carriers", "the", "one", "once"]


def test_item_patterns_with_factored_lists_match_the_plain_ones() -> None:
    """``ITEM_RE`` and ``COUNTED_RE`` with the number words and item heads as one branch per
    first letter (``deal_kinds``) find what the plain lists found."""
    plain_numbers = "|".join(
        sorted((re.escape(w) for w in number_words.NUMBER_WORDS), key=len, reverse=True)
    )

    def plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
        text = pattern.pattern.replace(number_words.NUMBER_ALT, plain_numbers)
        return re.compile(text.replace(deal_kinds.ITEM_HEADS, deal_kinds.ITEM_HEADS_LIST))

    item, counted = plain(deal_kinds.ITEM_RE.pattern), plain(deal_kinds.COUNTED_RE)
    assert item.pattern != deal_kinds.ITEM_RE.pattern.pattern
    rng = random.Random(16)
    for _ in range(6_000):
        sample = " ".join(rng.choice(_ITEM_PIECES + _ODD) for _ in range(rng.randint(0, 9)))
        assert [(m.span(), m.groupdict()) for m in deal_kinds.ITEM_RE.finditer(sample)] == [
            (m.span(), m.groupdict()) for m in item.finditer(sample)
        ], sample
        assert [(m.span(), m.groupdict()) for m in deal_kinds.COUNTED_RE.finditer(sample)] == [
            (m.span(), m.groupdict()) for m in counted.finditer(sample)
        ], sample


def test_first_of_gate_holds_the_literal_every_match_holds() -> None:
    assert "the\\s+first\\s+" in deal_status.FIRST_OF.pattern
    assert deal_status.deal_status("The navy has taken delivery of the first of two frigates.") == (
        "in_delivery"
    )


_SMALL_PIECES = ["млрд", "Milliard", "milliard", "Mrd", "millions de", "KSh", "Ksh", "KShs", "N"]
_SMALL_PIECES += ["R", "Dh", "Dhs", "12", "3.5", "the", "state", "firm", "shipyard", "yard", "bank"]
_SMALL_PIECES += ["kingdom", "signed", "has signed", "delivered", "cancelled", "of", "The", "x"]


def test_small_factored_lists_match_the_plain_ones() -> None:
    """The foreign scale words and local signs (``money``), the nouns a description ends on
    (``deal_anaphora``) and the status cues (``deal_status``), each as plain lists."""
    from briefdesk.extract import deal_anaphora

    local = "|".join(re.escape(s) for s in sorted(money._LOCAL, key=len, reverse=True))
    pieces = [*_SMALL_PIECES, *_ODD]
    pairs = [
        (money._FOREIGN_HINT, re.compile(money._FOREIGN_WORDS)),
        (
            money._LOCAL_RE.pattern,
            re.compile(money._LOCAL_RE.pattern.pattern.replace(money._LOCAL_SIGNS, local)),
        ),
        (
            deal_anaphora._DESCRIPTION,
            re.compile(
                deal_anaphora._DESCRIPTION.pattern.replace(
                    deal_anaphora._NOUNS, f"{deal_anaphora._FIRM}|{deal_anaphora._STATE}"
                )
            ),
        ),
    ]
    for (_status, cues), (_same, fast) in zip(
        deal_status._ALL_WORDS, deal_status.STATUS_RES, strict=True
    ):
        firsts = "".join(re.escape(c) for c in sorted({cue[0] for cue in cues}))
        listed = "|".join(re.escape(cue) for cue in cues)
        pairs.append((fast, re.compile(rf"\b(?=[{firsts}])(?:{listed})\b")))
        pieces.extend(cues[:4])
    rng = random.Random(17)
    for _ in range(6_000):
        sample = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for fast, plain in pairs:
            assert fast.pattern != plain.pattern
            assert [(m.span(), m.groups()) for m in fast.finditer(sample)] == [
                (m.span(), m.groups()) for m in plain.finditer(sample)
            ], (plain.pattern[:40], sample)


_CHUNK_PIECES = ["Acme", "Ports", "of", "the", "Bank", "for", "said", "al-Sisi", "Chinese-made"]
_CHUNK_PIECES += ["U.S.", "A/S", "d'Albenga", "in", "August", "WASCO", "Ltd", "12", "F-16", "Jan"]


def test_chunk_tokens_sit_at_their_offsets() -> None:
    """``text.chunks`` sums the offsets of a sentence's parts in one pass: every token it
    makes is the text at its offsets, in a sentence that starts anywhere in an article."""
    rng = random.Random(18)
    made = 0
    for _ in range(5_000):
        body = rng.choice(["", " "]).join(
            rng.choice(_CHUNK_PIECES + _ODD) for _ in range(rng.randint(1, 14))
        )
        start = rng.randint(0, 40)
        sentence = text.Sentence(start, start + len(body), body)
        for chunk in text.chunks(sentence):
            for token in chunk.tokens:
                made += 1
                assert body[token.start - start : token.end - start] == token.text, body
    assert made > 5_000
