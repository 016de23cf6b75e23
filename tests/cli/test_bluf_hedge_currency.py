"""C9-13: the drafted BLUF is flagged when the deal keeps its figure but changes its hedge or
currency ("more than $2.4 billion" beside a value edited to an exact "$2.4 billion" or to
"A$2.4 billion"). newcomer21 N21-10: only amount words still as drafted are checked, so a BLUF
the analyst rewrote beside a value that never changed is not flagged. Through ``new`` /
``add-source`` / ``draft`` / ``set`` / ``deals edit`` / ``check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

FLAG = "drafted from a deal, but"


def _drafted(tmp_path: Path, worth: str = "more than $2.4 billion") -> Path:
    """A brief drafted from one sonar article whose deal is worth ``worth``."""
    source = tmp_path / "sonar.txt"
    source.write_text(
        "Canberra, 3 March 2026 — Australia signed a contract with Saab to buy sonar systems in "
        f"a deal worth {worth}, officials said.\n",
        encoding="utf-8",
    )
    path = tmp_path / "sonar.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(source)]) == 0
    assert main(["draft", str(path)]) == 0
    assert worth in loads(path.read_bytes()).bluf
    return path


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(["check", str(path)])
    return capsys.readouterr().out


def test_a_fresh_draft_is_not_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "drafted from a deal, but" not in _check(_drafted(tmp_path), capsys)


@pytest.mark.parametrize(
    ("value", "now"),
    [
        ("$2.4 billion", "now says “$2.4 billion” (USD 2.4 billion)"),  # the hedge removed
        ("2400000000 USD", "(USD 2.4 billion) is now exact"),
        ("A$2.4 billion", "(AUD 2.4 billion) is now in AUD and exact"),  # currency corrected
    ],
)
def test_a_changed_hedge_or_currency_flags_the_bluf(
    tmp_path: Path, value: str, now: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path)
    assert main(["deals", "edit", str(path), "1", "--value", value]) == 0
    out = _check(path, capsys)
    said = "the BLUF says “more than $2.4 billion”, drafted from a deal, but the deal's value"
    assert f"{said} {now}" in out


def test_the_analyst_rewriting_the_bluf_clears_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path)
    assert main(["deals", "edit", str(path), "1", "--value", "A$2.4 billion"]) == 0
    bluf = loads(path.read_bytes()).bluf.replace("more than $2.4 billion", "A$2.4 billion")
    assert main(["set", str(path), f"bluf={bluf}"]) == 0
    assert "drafted from a deal, but" not in _check(path, capsys)


def test_a_drafted_range_is_not_taken_for_a_stale_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tanks.txt"
    source.write_text(
        "BUCHAREST, 3 March 2026 — Romania will buy 54 Abrams tanks from the United States for "
        "between $1 billion and $1.5 billion, officials said.\n",
        encoding="utf-8",
    )
    path = tmp_path / "tanks.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(source)]) == 0
    assert main(["draft", str(path)]) == 0
    assert "between $1 billion and $1.5 billion" in loads(path.read_bytes()).bluf
    assert "drafted from a deal, but" not in _check(path, capsys)


def test_a_rewritten_bluf_with_an_unchanged_value_is_not_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path, "about $240 million")
    mine = "Australia has bought Saab sonar systems in a $240 million deal."
    assert main(["set", str(path), f"bluf={mine}"]) == 0
    assert FLAG not in _check(path, capsys)


def test_drafted_words_beside_a_changed_value_are_still_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path, "about $240 million")
    assert main(["deals", "edit", str(path), "1", "--value", "$240 million"]) == 0
    assert "the BLUF says “about $240 million”, drafted from a deal" in _check(path, capsys)
