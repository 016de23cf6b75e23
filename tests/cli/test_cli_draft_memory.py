"""``briefdesk draft`` remembers what it took, as the window's Ctrl+D does: the suggestions it
turned into records are decided (``Source.dismissed``), so a later reading — the window opening
the brief, ``extract`` — does not offer them again; what the user dismissed is never drafted."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk import store
from briefdesk.cli.main import main
from briefdesk.extract import extract_source
from briefdesk.extract.results import Extraction
from briefdesk.model.fileformat import loads

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "jets.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(ARTICLE)]) == 0
    return path


def _actor_names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


def test_cli_draft_records_what_it_took_and_extraction_leaves_it_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    source = loads(path.read_bytes()).sources[0]
    everything = extract_source(source)
    assert {"Khalil Hashmi", "Hikmet Hajiyev"} <= _actor_names(everything)
    capsys.readouterr()

    assert main(["draft", str(path)]) == 0
    out = capsys.readouterr().out
    # The window's words: "Drafted 4 actors, 1 deal, 1 place, a BLUF draft to rewrite."
    assert "drafted 4 actors, 1 deal, 1 place, a BLUF draft to rewrite" in out
    assert "not suggested again" in out

    brief = loads(path.read_bytes())
    drafted = {a.name for a in brief.actors}
    assert drafted == {"Azerbaijan", "Hikmet Hajiyev", "Khalil Hashmi", "Pakistan"}
    source = brief.sources[0]
    decided = set(source.dismissed)
    # Every drafted actor, the drafted deal and place are decided, by the extractor's keys.
    for actor in everything.actors:
        assert (actor.key in decided) == (actor.name in drafted), actor.name
    assert everything.deals[0].key in decided
    assert {p.key for p in everything.places if p.name == "Beijing"} <= decided
    # Significance sentences stay suggestions: the draft never turns them into judgments.
    assert not {s.key for s in everything.significance} & decided
    assert f"remembered {len(decided)} suggestion(s)" in out

    later = extract_source(source)  # as the window reads it when the brief is opened
    assert not _actor_names(later) & drafted
    assert everything.deals[0].key not in {d.key for d in later.deals}
    assert "Beijing" not in {p.name for p in later.places}
    assert len(later.significance) == len(everything.significance)
    # Only the brief's memory hides them: asked for everything, they are all still found.
    assert _actor_names(extract_source(source, keep_dismissed=True)) == _actor_names(everything)


def test_cli_draft_leaves_out_what_the_user_dismissed(tmp_path: Path) -> None:
    path = _brief(tmp_path)
    brief = loads(path.read_bytes())
    hashmi = next(a for a in extract_source(brief.sources[0]).actors if a.name == "Khalil Hashmi")
    brief.sources[0].dismissed = [hashmi.key]
    store.save_brief(path, brief, force=True)

    assert main(["draft", str(path)]) == 0
    brief = loads(path.read_bytes())
    assert "Khalil Hashmi" not in {a.name for a in brief.actors}
    assert "Hikmet Hajiyev" in {a.name for a in brief.actors}
    assert brief.sources[0].dismissed[0] == hashmi.key  # kept, first, not duplicated
    assert brief.sources[0].dismissed.count(hashmi.key) == 1


def test_a_second_cli_draft_adds_nothing_and_remembers_nothing_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    assert main(["draft", str(path)]) == 0
    first = path.read_bytes()
    capsys.readouterr()
    assert main(["draft", str(path)]) == 0
    assert "nothing to add" in capsys.readouterr().out
    assert path.read_bytes() == first


def test_a_second_sources_draft_reports_what_it_added_not_the_brief_totals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer12 N12-18: `draft --source` on a second source printed the brief's totals
    ("drafted 9 actors, 6 places") although it added two, and did not say that the source's
    loan stayed a suggestion because the brief already had a deal."""
    path = _brief(tmp_path)
    assert main(["draft", str(path)]) == 0
    before = loads(path.read_bytes())
    loan = tmp_path / "loan.txt"
    loan.write_text(
        "Tokyo, 20 November 2026 - Japan's state lender Sakura Bank will lend Kazakhstan "
        "$300 million to build a uranium plant, Finance Minister Aidos Serikbayev said in Astana "
        "on Thursday.\n",
        "utf-8",
    )
    assert main(["add-source", str(path), str(loan)]) == 0
    capsys.readouterr()
    assert main(["draft", str(path), "--source", "2"]) == 0
    out = capsys.readouterr().out
    after = loads(path.read_bytes())
    added = len(after.actors) - len(before.actors)
    assert added >= 1 and len(after.deals) == len(before.deals) == 1
    line = next(line for line in out.splitlines() if line.startswith("drafted "))
    assert line.startswith(f"drafted {added} actor"), line
    assert f"{len(after.actors)} actors" not in line or added == len(after.actors)
    assert "(the brief already has a deal: this source's loan stays a suggestion)" in line
