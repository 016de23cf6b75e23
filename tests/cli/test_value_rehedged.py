"""Editing a value by CLI with the same amount keeps the source's words and citation
(newcomer13 N13-32): 'about NOK 2.4 billion' over 'NOK 2.4 billion' only adds the hedge."""

from __future__ import annotations

from pathlib import Path

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def test_a_new_hedge_keeps_the_words_and_citation(tmp_path: Path) -> None:
    path = tmp_path / "jets.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(ARTICLE)]) == 0
    assert main(["draft", str(path)]) == 0
    before = loads(path.read_bytes()).deals[0].value
    assert before is not None and before.as_stated and before.evidence
    stated = f"about {before.as_stated}"  # only the hedge is new
    assert main(["deals", "edit", str(path), "1", "--value", stated]) == 0
    after = loads(path.read_bytes()).deals[0].value
    assert after is not None and after.estimate
    assert (after.as_stated, after.evidence) == (before.as_stated, before.evidence)

    other = f"{before.amount + 1:f} {before.currency}"  # another amount: the words go
    assert main(["deals", "edit", str(path), "1", "--value", other]) == 0
    changed = loads(path.read_bytes()).deals[0].value
    assert changed is not None and (changed.as_stated, changed.evidence) == ("", [])
