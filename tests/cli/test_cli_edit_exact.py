"""``deals|actors|places edit`` change exactly what the user named, say what changed, and
``undo`` puts the previous version back (a newcomer's ``-q`` once landed on a deal's first item
whatever the deal held).

Real CLI runs on the built-in sample brief (one deal with two items, eight actors, three places)
in a temporary folder; every change is read back from the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import SUBCOMMANDS, main
from briefdesk.model.fileformat import loads


def _sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.brief"
    assert main(["sample", str(path)]) == 0
    return path


def _deal(path: Path) -> object:
    return loads(path.read_bytes()).deals[0]


def test_quantity_goes_to_the_item_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    before = _deal(path)
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "--item-number", "2", "-q", "3"]) == 0
    out = capsys.readouterr().out
    assert "   item 2 quantity: (none) → 3\n" in out
    assert f"(undo: briefdesk undo {path})" in out
    after = _deal(path)
    assert after.items[1].quantity == 3  # type: ignore[attr-defined]
    assert after.items[0] == before.items[0]  # type: ignore[attr-defined]
    rest = after.model_dump(exclude={"items"})  # type: ignore[attr-defined]
    assert rest == before.model_dump(exclude={"items"})  # type: ignore[attr-defined]


def test_several_items_and_no_item_number_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    data = path.read_bytes()
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "-q", "20"]) != 0
    err = capsys.readouterr().err
    assert "deal 1 has 2 items (1. FA-50 Block 20; 2. Integrated logistics" in err
    assert "--item-number" in err and err.count("\n") == 1
    assert path.read_bytes() == data
    assert main(["deals", "edit", str(path), "1", "--item-number", "3", "-q", "20"]) != 0
    assert "--item-number 3: deal 1 has 2 items (numbers 1–2" in capsys.readouterr().err
    assert main(["deals", "edit", str(path), "1", "--item-number", "2"]) != 0
    assert "give what to change in that item" in capsys.readouterr().err
    assert path.read_bytes() == data


def test_add_and_remove_an_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _sample(tmp_path)
    args = ["deals", "edit", str(path), "1", "--add-item", "AIM-9 missiles", "-q", "40"]
    capsys.readouterr()
    assert main([*args, "--category", "Missiles"]) == 0
    assert "   item 3 added: “AIM-9 missiles”\n" in capsys.readouterr().out
    items = _deal(path).items  # type: ignore[attr-defined]
    assert [(i.designation, i.quantity, i.category) for i in items][2] == (
        "AIM-9 missiles",
        40,
        "Missiles",
    )
    assert items[0].quantity == 18 and items[1].quantity is None
    assert main(["deals", "list", str(path)]) == 0
    assert "   item 3: 40 × AIM-9 missiles (Missiles)\n" in capsys.readouterr().out

    assert main(["deals", "edit", str(path), "1", "--remove-item", "1"]) == 0
    out = capsys.readouterr().out
    assert "   item 1 removed: “FA-50 Block 20”\n" in out and "item 2" not in out
    names = [i.designation for i in _deal(path).items]  # type: ignore[attr-defined]
    assert names == ["Integrated logistics support (10 years), training", "AIM-9 missiles"]


def test_a_deal_with_one_item_needs_no_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    assert main(["deals", "edit", str(path), "1", "--remove-item", "2"]) == 0
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "-q", "20"]) == 0
    assert "   item 1 quantity: 18 → 20\n" in capsys.readouterr().out
    assert _deal(path).items[0].quantity == 20  # type: ignore[attr-defined]


def test_undo_puts_back_the_previous_version_and_says_what(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "undo" in SUBCOMMANDS
    path = _sample(tmp_path)
    original = loads(path.read_bytes())
    assert main(["deals", "edit", str(path), "1", "--item-number", "1", "-q", "24"]) == 0
    capsys.readouterr()
    assert main(["undo", str(path)]) == 0
    out = capsys.readouterr().out
    assert "deal 1 item 1 quantity: 24 → 18" in out
    assert loads(path.read_bytes()).deals == original.deals
    assert main(["undo", str(path)]) == 0  # again: redo, and it says so (N11-25)
    out = capsys.readouterr().out
    assert out.startswith("redid the save that the last undo took back") and "undid" not in out
    assert "deal 1 item 1 quantity: 18 → 24" in out
    assert _deal(path).items[0].quantity == 24  # type: ignore[attr-defined]
    assert main(["undo", str(path)]) == 0  # a third time: an undo again
    assert capsys.readouterr().out.startswith("undid the last save")
    assert main(["deals", "edit", str(path), "1", "--item-number", "1", "-q", "30"]) == 0
    capsys.readouterr()
    assert main(["undo", str(path)]) == 0  # a save since: an undo of that save
    assert capsys.readouterr().out.startswith("undid the last save")


def test_undo_with_no_previous_version_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    capsys.readouterr()
    assert main(["undo", str(path)]) != 0
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("nothing to undo: sample.brief has no previous version (sample.brief.bak)")
    )


def test_actor_and_place_edits_say_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    before = loads(path.read_bytes())
    capsys.readouterr()
    assert main(["actors", "edit", str(path), "KAI", "--role", "Prime contractor"]) == 0
    out = capsys.readouterr().out
    assert "   role: Manufacturer → “Prime contractor”\n" in out
    assert main(["places", "edit", str(path), "Cerrillos", "--note", "assembly line"]) == 0
    assert "   note: (none) → “assembly line”\n" in capsys.readouterr().out
    after = loads(path.read_bytes())
    assert after.actors[2].role == "Prime contractor" and after.places[1].note == "assembly line"
    assert [a for n, a in enumerate(after.actors) if n != 2] == [
        a for n, a in enumerate(before.actors) if n != 2
    ]
    assert [p for n, p in enumerate(after.places) if n != 1] == [
        p for n, p in enumerate(before.places) if n != 1
    ]


def test_renaming_onto_another_record_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    data = path.read_bytes()
    capsys.readouterr()
    assert main(["actors", "edit", str(path), "KAI", "--name", "south korea"]) != 0
    assert "actor 2 is already called 'South Korea'" in capsys.readouterr().err
    assert main(["actors", "edit", str(path), "KAI", "--alias", "DAPA"]) != 0
    assert "actor 4 is already called 'DAPA'" in capsys.readouterr().err
    assert main(["places", "edit", str(path), "Santiago", "--name", "Cerrillos"]) != 0
    assert "place 2 is already called 'Cerrillos'" in capsys.readouterr().err
    assert path.read_bytes() == data
    assert main(["actors", "edit", str(path), "KAI", "--name", "KAI Ltd", "--alias", "KAI"]) == 0


def test_a_name_two_records_share_is_refused_with_both_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sample(tmp_path)
    assert main(["places", "add", str(path), "Valparaíso"]) == 0
    # Two places with one name, as an older brief or the window may hold them.
    brief = loads(path.read_bytes())
    text = path.read_text(encoding="utf-8").replace('"Santiago"', '"Valparaíso"', 1)
    path.write_text(text, encoding="utf-8")
    assert [p.name for p in loads(path.read_bytes()).places].count("Valparaíso") == 2
    capsys.readouterr()
    assert main(["places", "edit", str(path), "valparaíso", "--note", "port"]) != 0
    assert "place 'valparaíso' could be places 1 and 4: give its number instead" in (
        capsys.readouterr().err
    )
    assert len(brief.places) == 4
