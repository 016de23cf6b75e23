"""More round-6 newcomer findings (/work/helpers/newcomer6.md): F13, F17, F30, F32, F22,
F15, F16, F24, F38."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


def test_f13_search_syntax_note_only_for_a_query_with_nothing_to_find() -> None:
    from briefdesk.library.search_text import unsupported

    # OR and -word are supported now (tests/library/test_search_syntax.py).
    assert unsupported("K9 OR FA-50") == "" and unsupported("Chile -Korea") == ""
    assert "only -words" in unsupported("-Korea")
    assert unsupported("FA-50 light combat") == ""


def test_f17_a_snippet_is_one_line() -> None:
    from briefdesk.library.api import HL_END, HL_START, SearchHit

    hit = SearchHit("b", "p", "t", "d", "f", f"for $1.1 billion\nArms {HL_START}sale{HL_END}", 1.0)
    assert hit.snippet_text() == "for $1.1 billion Arms [sale]"


def test_f30_an_unknown_variable_gets_the_closest_name() -> None:
    from briefdesk.export.fieldnames import describe_missing

    context = {"bluf": "", "title": "", "header": {"to": "", "title": ""}}
    assert describe_missing("bluf_text", None, "", context)[1] == (
        "unknown variable 'bluf_text'; did you mean 'bluf'?"
    )


def test_f32_implications_are_added_listed_edited_and_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    add = ["implications", "add", str(brief), "Raises Chile's leverage", "--domain", "Regional"]
    assert main(add) == 0
    assert main(["implications", "edit", str(brief), "1", "--domain", "Defence"]) == 0
    assert "domain: Regional → Defence" in capsys.readouterr().out
    [implication] = loads(brief.read_bytes()).significance.implications
    assert (implication.domain, implication.text) == ("Defence", "Raises Chile's leverage")
    assert main(["implications", "list", str(brief)]) == 0
    assert "1. Defence: Raises Chile's leverage" in capsys.readouterr().out
    assert main(["implications", "remove", str(brief), "1"]) == 0
    assert loads(brief.read_bytes()).significance.implications == []


def test_f22_a_template_that_is_no_docx_is_the_commands_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04junk")
    assert main(["templates", "check", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("briefdesk templates: ")
    assert "is a damaged or incomplete Word file" in err  # as an import says (N17-12)


def test_f16_an_before_a_vowel() -> None:
    from briefdesk.export.fetchscan import article

    assert article("INCLUDEPICTURE") == "an" and article("HYPERLINK") == "a"


def test_f15_a_word_broken_at_the_first_line_end_is_no_title() -> None:
    from briefdesk.sources.from_text import extract_text

    assert extract_text("a-\nb c d\n", from_file=True).title == ""
    assert extract_text("Norway buys guns\n\nText.", from_file=True).title == "Norway buys guns"


def test_f24_a_markdown_byline_gives_author_and_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "m.md"
    page.write_text(
        "# Norway buys K9\n\n*By Ana Berg, 14 October 2026*\n\nOSLO - Norway has agreed.\n",
        encoding="utf-8",
    )
    assert main(["import", str(page), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["author"], row["published"]) == ("Ana Berg", "2026-10-14")


def test_f38_a_device_is_named_by_its_whole_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "/dev/null"]) == 1
    assert "/dev/null: is not a regular file" in capsys.readouterr().err
