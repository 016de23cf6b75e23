"""newcomer21 N21-10: after the analyst rewrote the drafted BLUF ("… for about US$180 million"
→ "… in a US$180 million barter"), the checks said "the BLUF says “US$180 million”, drafted
from a deal, but the deal's value now says “about US$180 million”", though the value never
changed and the words were the analyst's. Only amount words still as drafted are checked,
and they are flagged only when the value changed. Through new / add-source / draft / set /
deals edit / check."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

ARTICLE = (
    "Canberra, 3 March 2026 — Australia signed a contract with Saab to buy sonar systems in a "
    "deal worth about $240 million, officials said.\n"
)
FLAG = "drafted from a deal, but"


def _drafted(tmp_path: Path) -> Path:
    source = tmp_path / "sonar.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "sonar.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(source)]) == 0
    assert main(["draft", str(path)]) == 0
    assert "about $240 million" in loads(path.read_bytes()).bluf
    return path


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(["check", str(path)])
    return capsys.readouterr().out


def test_a_rewritten_bluf_with_an_unchanged_value_is_not_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path)
    mine = "Australia has bought Saab sonar systems in a $240 million deal."
    assert main(["set", str(path), f"bluf={mine}"]) == 0
    assert FLAG not in _check(path, capsys)


def test_drafted_words_beside_a_changed_value_are_still_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path)
    assert main(["deals", "edit", str(path), "1", "--value", "$240 million"]) == 0
    assert "the BLUF says “about $240 million”, drafted from a deal" in _check(path, capsys)
