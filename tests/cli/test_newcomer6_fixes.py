"""Round-6 newcomer findings on import and the command line, each as the newcomer met it
(/work/helpers/newcomer6.md: F29, F8, F26, F31, F7, F36, F25)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

LOAN = (
    "ACCRA, Monday - The World Bank approved a $300 million loan to Ghana on Monday to support "
    "the power sector, the bank said in a statement. The loan will fund new transmission lines "
    "and help the Ghana Grid Company cut losses, officials said. Repayment runs over 30 years.\n"
)


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "b.brief"
    assert main(["new", str(path)]) == 0
    return path


def test_f29_an_update_with_another_figure_is_added_and_says_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = _brief(tmp_path)
    first, update, reworded = (tmp_path / n for n in ("loan.txt", "loan3.txt", "loan4.txt"))
    first.write_text(LOAN, encoding="utf-8")
    update.write_text(LOAN.replace("$300 million", "$350 million"), encoding="utf-8")
    reworded.write_text(LOAN.replace("officials said", "officials told us"), encoding="utf-8")
    assert main(["add-source", str(brief), str(first)]) == 0
    capsys.readouterr()
    assert main(["add-source", str(brief), str(update)]) == 0
    out = capsys.readouterr().out
    assert "a $300 million → a $350 million" in out and "1 added" in out
    sources = loads(brief.read_bytes()).sources
    assert len(sources) == 2 and "$350 million" in sources[1].text
    assert f"Updated version of {sources[0].id}: a $300 million → a $350 million" in (
        sources[1].notes
    )
    assert main(["add-source", str(brief), str(reworded)]) == 0  # no figure changed: a copy
    assert "--allow-duplicates adds it anyway" in capsys.readouterr().out
    assert len(loads(brief.read_bytes()).sources) == 2


def test_f8_a_figure_does_not_run_a_short_page_into_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "h2.html"
    page.write_text(
        "<html><head><title>Norway buys guns</title></head><body><article>"
        "<h1>Norway buys guns</h1>"
        "<p>OSLO — Norway has agreed to buy 24 K9 howitzers from Hanwha Aerospace.</p>"
        '<figure><img src="a.jpg"><figcaption>A K9 on exercise.</figcaption></figure>'
        "<p>Defence Minister Tore Sandvik said deliveries start in 2028.</p>"
        "<table><tr><th>Item</th><th>Qty</th></tr><tr><td>K9</td><td>24</td></tr></table>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert main(["import", str(page), "--json"]) == 0
    import json

    text = json.loads(capsys.readouterr().out)["text"]
    assert text.startswith("Norway buys guns\n\nOSLO — Norway has agreed")
    assert "\n\nDefence Minister" in text and "K9 | 24" in text
    assert "A K9 on exercise" not in text


def test_f26_a_mail_part_with_no_charset_says_its_guess(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "m1.eml"
    mail.write_bytes(
        b"From: a@b.example\nSubject: Finland buys\nDate: Tue, 03 Mar 2026 10:00:00 +0000\n"
        b"Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n"
        b"Finland\x92s ministry bought radars for \x8060 million from J\xf6rgen AB.\n"
    )
    assert main(["import", str(mail)]) == 0
    out = capsys.readouterr().out
    assert "Finland’s ministry bought radars for €60 million from Jörgen AB." in out
    assert "warning: the text/plain part: no character encoding declared and not UTF-8; " in out


@pytest.mark.parametrize(
    ("typed", "meant"), [("SECERT", "SECRET"), ("AMBER", "TLP:AMBER"), ("OFFICAL", "OFFICIAL")]
)
def test_f31_a_marking_typo_is_refused_naming_the_marking_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, meant: str
) -> None:
    brief = _brief(tmp_path)
    before = brief.read_bytes()
    capsys.readouterr()
    assert main(["set", str(brief), f"marking={typed}"]) != 0
    assert f"did you mean {meant}?" in capsys.readouterr().err
    assert brief.read_bytes() == before


def test_f31_custom_text_still_works(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    assert main(["set", str(brief), "marking=Company confidential"]) == 0
    assert loads(brief.read_bytes()).marking.level == "Company confidential"
    assert main(["set", str(brief), "marking=custom:SECERT"]) == 0
    assert loads(brief.read_bytes()).marking.level == "SECERT"


def test_f7_a_source_is_graded_by_its_id_as_sources_prints_it(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    article = tmp_path / "loan.txt"
    article.write_text(LOAN, encoding="utf-8")
    assert main(["add-source", str(brief), str(article)]) == 0
    source_id = loads(brief.read_bytes()).sources[0].id
    assert "-" in source_id
    assert main(["set", str(brief), f"source[{source_id}].grade=A1"]) == 0
    assert loads(brief.read_bytes()).sources[0].grade == "A1"


def test_f36_check_refuses_an_unknown_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = _brief(tmp_path)
    capsys.readouterr()
    assert main(["check", str(brief), "-t", "nosuch"]) == 1
    err = capsys.readouterr().err
    assert "unknown template 'nosuch' (known: standard (also standard-note), bluf (also memo" in err


def test_f25_never_takes_the_british_spelling_and_refuses_an_unknown_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefdesk.editing.memory import parse_never

    assert parse_never("Ghana Grid*:organisation").kind == "organization"
    assert parse_never("Ratio 3:2").pattern == "Ratio 3:2"
    with pytest.raises(ValueError, match="unknown kind 'weird'"):
        parse_never("Ghana:weird")
    article = tmp_path / "loan.txt"
    article.write_text(LOAN, encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(article), "--never", "Ghana:weird"]) != 0
    assert "unknown kind 'weird'" in capsys.readouterr().err
