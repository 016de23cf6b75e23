"""``deals edit --seller`` / ``--unparty`` carry the drafted title and BLUF along as the
window's Actor list does, and ``draft`` fills a cleared BLUF from the main deal as it now
stands (newcomer24 N24-05)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


def test_a_seller_replaced_then_removed_the_drafted_words_follow(
    korkut_brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = korkut_brief
    assert main(["deals", "edit", str(path), "1", "--seller", "Aselsan"]) == 0
    brief = loads(path.read_bytes())
    assert "Aselsan" in brief.bluf and "Turkey" not in brief.bluf
    assert brief.header.title.startswith("Aselsan")
    assert brief.drafted["bluf"] == brief.bluf
    assert main(["deals", "edit", str(path), "1", "--unparty", "Aselsan"]) == 0
    brief = loads(path.read_bytes())
    assert "Aselsan" not in brief.bluf and "Aselsan" not in brief.header.title


def test_a_cleared_bluf_is_drafted_again_from_the_deal_as_put_right(
    korkut_brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = korkut_brief
    assert main(["set", str(path), "bluf=Mine about Turkey."]) == 0
    assert main(["deals", "edit", str(path), "1", "--seller", "Aselsan"]) == 0
    assert loads(path.read_bytes()).bluf == "Mine about Turkey."  # the analyst's: kept
    assert main(["set", str(path), "bluf="]) == 0
    assert main(["draft", str(path)]) == 0
    bluf = loads(path.read_bytes()).bluf
    assert "Aselsan" in bluf and "Turkey" not in bluf
