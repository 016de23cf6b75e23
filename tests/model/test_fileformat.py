"""Loading refuses every class of bad input with a one-line reason that names the place."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from briefdesk.model import FORMAT_VERSION, Actor, Brief, BriefError, Deal, Money, Source, Span
from briefdesk.model.fileformat import dumps, loads
from briefdesk.samples import load_sample, sample_bytes


def _sample_document() -> dict:
    return json.loads(sample_bytes())


def _load_document(document: dict) -> Brief:
    return loads(json.dumps(document).encode("utf-8"))


def _reason(data: bytes) -> str:
    with pytest.raises(BriefError) as caught:
        loads(data)
    message = str(caught.value)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


def test_sample_loads_and_round_trips_byte_for_byte() -> None:
    brief = loads(sample_bytes())
    assert dumps(brief).encode("utf-8") == sample_bytes()


def test_empty_file() -> None:
    assert _reason(b"") == "the file is empty, not a BriefDesk brief"
    assert _reason(b"  \n") == "the file is empty, not a BriefDesk brief"


def test_binary_file() -> None:
    assert "binary" in _reason(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_not_utf8() -> None:
    assert "not UTF-8" in _reason('{"format": "caf\xe9"}'.encode("latin-1"))


def test_invalid_json_names_line_and_column() -> None:
    text = sample_bytes().decode()
    broken = re.sub(r'"version": (\d+),', r'"version": \1', text, count=1)
    reason = _reason(broken.encode())
    assert reason.startswith("invalid JSON at line 4, column 3")


def test_missing_closing_quote_says_so() -> None:
    text = sample_bytes().decode()
    broken = text.replace('"bluf": "', '"bluf": "x\n', 1)
    reason = _reason(broken.encode())
    assert reason.endswith("(is its closing quote missing?)"), reason
    assert "at line" in reason and "column" in reason


def test_a_file_cut_in_half_says_it_ends_early() -> None:
    data = sample_bytes()
    reason = _reason(data[: len(data) // 2])
    assert reason.startswith("the file ends early, at line"), reason


def test_an_article_is_not_a_brief() -> None:
    reason = _reason(b"The ministry signed a contract on Tuesday.")
    assert reason == "not a BriefDesk brief (the file is not JSON)"


def test_json_that_is_not_a_brief() -> None:
    assert _reason(b"[1, 2, 3]").startswith("not a BriefDesk brief")
    assert _reason(b'{"format": "something.else", "version": 1}').startswith(
        "not a BriefDesk brief"
    )


def test_newer_version_is_refused() -> None:
    document = _sample_document()
    document["version"] = FORMAT_VERSION + 1
    reason = _reason(json.dumps(document).encode())
    assert f"newer BriefDesk (format version {FORMAT_VERSION + 1})" in reason


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("header", "title"), 42, "header.title: input should be a valid string, got 42"),
        (("sources", 1, "credibility"), "2", "sources[1].credibility: input should be a valid"),
        (("actors", 0, "type"), "planet", "actors[0].type: input should be 'person'"),
        (("deals", 0, "value", "currency"), "USX", "deals[0].value.currency: 'USX' is not an ISO"),
        (("actors", 0, "country"), "XX", "actors[0].country: 'XX' is not an ISO 3166-1"),
        (("deals", 0, "items", 0, "quantity"), -3, "deals[0].items[0].quantity: input should be"),
        (("header", "date"), "next tuesday", "header.date: input should be a valid date"),
        (("marking", "level"), "PURPLE", "marking: level 'PURPLE' is not a TLP level"),
        (("deals", 0, "value", "amount"), "lots", "deals[0].value.amount: 'lots' is not a number"),
        (("significance", "judgments", 0, "likelihood"), "maybe", "significance.judgments[0]"),
    ],
)
def test_wrong_types_anywhere_name_the_field(path: tuple, value: object, expected: str) -> None:
    document = _sample_document()
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    reason = _reason(json.dumps(document).encode())
    assert reason.startswith(expected), reason


def test_unknown_field_is_an_error_not_silently_dropped() -> None:
    document = _sample_document()
    document["actors"][2]["nickname"] = "K"
    assert _reason(json.dumps(document).encode()) == "actors[2].nickname: unknown field"


def test_evidence_quote_must_match_source_text() -> None:
    document = _sample_document()
    document["actors"][0]["evidence"][0]["quote"] = "Peru has agreed to buy"
    reason = _reason(json.dumps(document).encode())
    assert reason.startswith("actors[0].evidence[0].quote: 'Peru has agreed to buy' does not match")


def test_evidence_must_point_at_an_existing_source_and_range() -> None:
    document = _sample_document()
    document["deals"][0]["value"]["evidence"][0]["source_id"] = "src-404"
    assert "no source has id 'src-404'" in _reason(json.dumps(document).encode())
    document = _sample_document()
    document["places"][0]["evidence"][0]["end"] = 10**6
    assert "past the end of source" in _reason(json.dumps(document).encode())


def test_source_text_edited_by_hand_is_detected() -> None:
    document = _sample_document()
    document["sources"][0]["text"] += " extra"
    assert "content_hash does not match" in _reason(json.dumps(document).encode())


def test_deal_party_must_reference_an_actor() -> None:
    document = _sample_document()
    document["deals"][0]["parties"][0]["actor_id"] = "act-999"
    assert _reason(json.dumps(document).encode()).startswith(
        "deals[0].parties[0].actor_id: no actor has id 'act-999'"
    )


def test_duplicate_ids_are_refused() -> None:
    document = _sample_document()
    document["actors"][1]["id"] = document["actors"][0]["id"]
    assert "duplicate id" in _reason(json.dumps(document).encode())


def test_several_problems_are_counted_and_all_available() -> None:
    document = _sample_document()
    document["header"]["title"] = 1
    document["bluf"] = 2
    with pytest.raises(BriefError) as caught:
        _load_document(document)
    assert str(caught.value).endswith("(and 1 more problem)")
    assert [p.path for p in caught.value.problems] == ["header.title", "bluf"]


def test_money_is_exact_and_stored_as_plain_digits() -> None:
    money = Money(amount="1600000000.10", currency="USD", as_stated="$1.6 billion")
    assert money.amount == Decimal("1600000000.10")
    assert '"amount":"1600000000.10"' in money.model_dump_json()
    assert Money(amount=Decimal("1.6E+9"), currency="EUR").model_dump()["amount"] == Decimal(
        "1.6E+9"
    )
    assert (
        '"amount":"1600000000"' in Money(amount=Decimal("1.6E+9"), currency="EUR").model_dump_json()
    )


def test_marking_labels() -> None:
    brief = load_sample()
    assert brief.marking.label == "TLP:AMBER"
    uk = brief.marking.model_copy(update={"scheme": "uk", "level": "OFFICIAL-SENSITIVE"})
    assert uk.label == "OFFICIAL-SENSITIVE"


def test_grade_and_hash_are_derived() -> None:
    source = Source(text="abc", reliability="B", credibility=2)
    assert source.grade == "B2"
    assert source.content_hash.startswith("sha256:ba7816bf")
    assert not Source(text="x").is_graded


def test_a_brief_built_in_code_round_trips() -> None:
    source = Source(text="Ankara said the deal was signed.")
    brief = Brief(
        sources=[source],
        actors=[
            Actor(
                type="state",
                name="Turkey",
                country="TR",
                evidence=[Span(source_id=source.id, start=0, end=6, quote="Ankara")],
            )
        ],
        deals=[Deal(value=Money(amount="5", currency="TRY"))],
    )
    assert loads(dumps(brief).encode()) == brief


def test_new_brief_carries_the_current_format_and_version() -> None:
    from briefdesk.model import FORMAT_NAME, FORMAT_VERSION

    brief = Brief()
    assert (brief.format, brief.version) == (FORMAT_NAME, FORMAT_VERSION)
