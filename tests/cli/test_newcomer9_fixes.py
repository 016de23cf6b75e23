"""newcomer9's findings, through the commands as the desk officer ran them (library, export)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.library.same_judgments import cut_at_word
from briefdesk.model import KeyJudgment, content_hash
from briefdesk.model.codes import Likelihood
from tests.library.factory import make_brief, write_brief

NIGERIA = "Nigeria will open talks to buy similar patrol boats within 18 months."
GHANA = "Ghana will almost certainly take delivery of the first boats in 2028."


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _ghana(i: int, ghana_id: str = "kj-da601d5d", likelihood: Likelihood = Likelihood.LIKELY):
    brief = make_brief(i)
    brief.significance.judgments = [
        KeyJudgment(id="kj-0b721102", statement=NIGERIA, likelihood=Likelihood.ROUGHLY_EVEN_CHANCE),
        KeyJudgment(id=ghana_id, statement=GHANA, likelihood=likelihood),
    ]
    return brief


def test_earlier_judgments_pair_the_same_judgment_not_one_on_the_same_deal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N9-24: the Nigeria judgment (same deal item) was offered as the earlier Ghana one and a
    false "likelihood changed … with no rationale" was printed."""
    desk = tmp_path / "desk"
    earlier = _ghana(7)
    write_brief(desk, earlier)
    today = _ghana(8)
    today.deals[0].items[0].designation = earlier.deals[0].items[0].designation
    today.header.date = earlier.header.date.replace(year=2026)
    mine = write_brief(tmp_path / "mine", today)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    assert main(["library", "related", str(mine)]) == 0
    out = capsys.readouterr().out
    assert "likelihood changed" not in out
    ghana, nigeria = cut_at_word(GHANA, 50), cut_at_word(NIGERIA, 50)  # at a word end (N12-21)
    assert f"earlier on {ghana!r}: likely (" in out
    assert f"earlier on {ghana!r}: another judgment, {nigeria!r}:" in out
    assert main(["library", "related", str(mine), "--json"]) == 0
    history = json.loads(capsys.readouterr().out)["judgments"]["kj-da601d5d"]
    assert history[0]["judgment_id"] == "kj-da601d5d" and history[0]["same_question"] is True
    assert history[1]["same_question"] is False


def test_the_same_statement_with_another_likelihood_still_needs_a_rationale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The warning still fires when it is the same judgment (written anew: another id)."""
    desk = tmp_path / "desk"
    earlier = _ghana(7, likelihood=Likelihood.ROUGHLY_EVEN_CHANCE)
    write_brief(desk, earlier)
    today = _ghana(8, ghana_id="kj-new")
    today.significance.judgments[1].statement = GHANA.replace("almost certainly", "likely")
    today.deals[0].items[0].designation = earlier.deals[0].items[0].designation
    today.header.date = earlier.header.date.replace(year=2026)
    mine = write_brief(tmp_path / "mine", today)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    assert main(["library", "related", str(mine)]) == 0
    out = capsys.readouterr().out
    assert (
        "check: significance.judgments[1].rationale: likelihood changed from "
        "'roughly even chance'" in out
    )


def test_two_briefs_citing_the_very_same_article_are_related(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N9-05: a brief holding the same newsletter as source [2] was "not related"."""
    desk = tmp_path / "desk"
    ghana = make_brief(1)
    write_brief(desk, ghana, "ghana.brief")
    write_brief(desk, make_brief(3), "other.brief")
    lng = make_brief(2)
    for n, actor in enumerate(lng.actors):
        actor.name, actor.aliases = f"Nobody {n}", []
    lng.deals[0].items[0].designation = "LNG cargoes"
    lng.places = []
    lng.significance.judgments = []
    shared = ghana.sources[0].model_copy(update={"id": "src-2"})
    lng.sources[0].text = "An unrelated first source about something else entirely, at length."
    lng.sources[0].content_hash = content_hash(lng.sources[0].text)
    lng.sources.append(shared)
    mine = write_brief(tmp_path / "mine", lng, "lng.brief")
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    assert main(["library", "related", str(mine)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(f"({desk / 'ghana.brief'})")
    assert out[1] == f"    shares source: {shared.title}"
    assert "other.brief" not in "\n".join(out)


def test_search_opens_the_original_and_names_its_identical_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N9-07: after a backup copy appeared, every hit named the copy, never ghana.brief."""
    import os
    import shutil

    desk = tmp_path / "desk"
    original = write_brief(desk, make_brief(5), "ghana.brief")
    os.utime(original, (1_700_000_000, 1_700_000_000))  # written long before the copies
    assert main(["library", "index", "--folder", str(desk)]) == 0
    for name in ("g2.brief", "zz-backup.brief"):
        shutil.copyfile(original, desk / name)
    assert main(["library", "index"]) == 0
    capsys.readouterr()
    assert main(["library", "search", "squadron"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"({original} · " in out[0]
    copies = f"{desk / 'g2.brief'}, {desk / 'zz-backup.brief'}"
    assert out[2] == f"    the same brief is also in: {copies}"
    assert main(["library", "search", "squadron", "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["path"] == str(original) and len(hit["copies"]) == 2


def test_export_o_makes_its_folder_as_export_d_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N9-15: ``-d NEWDIR`` made the folder, ``-o NEWDIR/x.docx`` refused it."""
    brief = write_brief(tmp_path, make_brief(4), "b.brief")
    out = tmp_path / "nodir" / "deeper" / "x.docx"
    assert main(["export", str(brief), "-o", str(out)]) == 0
    assert out.is_file()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    assert main(["export", str(brief), "-o", str(tmp_path / "afile" / "x.docx")]) == 1
    assert "afile: is a file, not a folder" in capsys.readouterr().err


def test_check_calls_a_deal_with_no_parties_to_fix_and_a_countryless_place_to_consider(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N9-17: the false 'Rifles' deal with no parties was only 'to consider', and the place
    'Better' drew no word at all."""
    brief = make_brief(6)
    brief.deals[0].parties = []
    brief.deals[0].title = "Rifles"
    brief.places[0].name, brief.places[0].country = "Better", ""
    path = write_brief(tmp_path, brief, "rifles.brief")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "error: Rifles names no parties" in out
    assert "warning: place 'Better' has no country: check it is a place" in out


def test_set_takes_the_field_names_templates_fields_prints(tmp_path: Path) -> None:
    """N9-18: ``set`` wanted ``from-title`` while ``templates fields`` says
    ``header.sender.title``-style dotted names; ``from.title`` was refused."""
    from briefdesk.store.files import open_brief

    path = write_brief(tmp_path, make_brief(9), "b.brief")
    assert main(["set", str(path), "from.title=Desk officer"]) == 0
    assert main(["set", str(path), "header.file_number=AFR/1"]) == 0
    assert main(["set", str(path), "header.sender.name=Ada Lovelace"]) == 0
    header = open_brief(path).brief.header
    assert header.from_.title == "Desk officer" and header.from_.name == "Ada Lovelace"
    assert header.file_number == "AFR/1"
    assert main(["set", str(path), "from.titel=x"]) == 1
