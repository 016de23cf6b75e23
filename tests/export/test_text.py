"""Prose fields: XML-illegal characters go, the Markdown subset becomes styled paragraphs."""

from __future__ import annotations

from briefdesk.export.text import clean, paragraphs, plain_text


def test_clean_strips_xml_illegal_characters_and_keeps_the_rest() -> None:
    assert clean("a\x00b\x07c\x0bd\x1fe\ufffe\tf\ng") == "abcde\tf\ng"
    assert clean("line\r\nnext\rlast") == "line\nnext\nlast"
    assert clean("emoji 🛩 Arabic مرحبا Cyrillic Привет") == "emoji 🛩 Arabic مرحبا Cyrillic Привет"


def test_paragraphs_bullets_numbers_and_runs() -> None:
    paras = paragraphs(
        "Lead **bold** and *italic* text.\n\n- one\n- two\n\n1. first\n2. second\n\nEnd"
    )
    assert [p["style"] for p in paras] == ["body", "bullet", "bullet", "number", "number", "body"]
    assert [p["number"] for p in paras] == [0, 0, 0, 1, 2, 0]
    assert [p["list_start"] for p in paras] == [False, True, False, True, False, False]
    runs = paras[0]["runs"]
    assert runs == [
        {"text": "Lead ", "bold": False, "italic": False},
        {"text": "bold", "bold": True, "italic": False},
        {"text": " and ", "bold": False, "italic": False},
        {"text": "italic", "bold": False, "italic": True},
        {"text": " text.", "bold": False, "italic": False},
    ]
    assert paras[0]["text"] == "Lead bold and italic text."


def test_every_numbered_list_restarts_at_one() -> None:
    paras = paragraphs("1. a\n2. b\n\nBetween\n\n1. c")
    assert [(p["text"], p["number"], p["list_start"]) for p in paras] == [
        ("a", 1, True),
        ("b", 2, False),
        ("Between", 0, False),
        ("c", 1, True),
    ]


def test_nested_bullets_carry_their_level() -> None:
    paras = paragraphs("- outer\n  - inner")
    assert [(p["text"], p["level"]) for p in paras] == [("outer", 0), ("inner", 1)]


def test_other_markdown_stays_literal_text() -> None:
    (para,) = paragraphs("# not a heading <b>x</b> `code` [link](http://x) 2 * 3 * 4")
    assert para["style"] == "body"
    assert para["text"] == "# not a heading <b>x</b> `code` [link](http://x) 2 * 3 * 4"


def test_escaped_asterisks_stay_asterisks() -> None:
    (para,) = paragraphs(r"a \*literal\* star")
    assert para["text"] == "a *literal* star"
    assert not any(r["italic"] for r in para["runs"])


def test_plain_text_drops_marks_and_keeps_list_shape() -> None:
    assert plain_text("A **b**.\n\n- x\n- y\n\n1. one") == "A b.\n\n- x\n- y\n\n1. one"
    assert plain_text("") == ""
    assert paragraphs("   \n\n ") == []
