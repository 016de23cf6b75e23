"""Round-6 newcomer findings in the window's developer hooks and Library panel
(/work/helpers/newcomer6.md: F10, F11, F9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk import store
from briefdesk.gui.app import main
from briefdesk.gui.library_html import _marked
from briefdesk.samples import load_sample

MSG = Path("/work/shared/cases/sources/e6_outlook.msg")


def test_f11_an_unknown_tab_or_side_panel_is_refused_naming_the_real_ones(
    qtbot: Any, tmp_path: Path, capsys: Any
) -> None:
    brief = tmp_path / "sample.brief"
    store.save_brief(brief, load_sample())
    out = tmp_path / "x.png"
    assert main([str(brief), "--screenshot", str(out), "--tab", "Nonsense"]) == 1
    tabs = "Header, Summary, Actors, Deals, Significance, Options, Sources, Places"
    assert f"unknown tab 'Nonsense' (tabs: {tabs}" in capsys.readouterr().err
    assert main([str(brief), "--screenshot", str(out), "--side", "Library"]) == 1
    assert "side panels: Suggestions, Checks, Preview, Pages" in capsys.readouterr().err
    assert not out.exists()
    assert main([str(brief), "--screenshot", str(out), "--tab", "places"]) == 0


def test_f10_an_outlook_msg_opened_in_the_window_gets_the_import_reason(
    qtbot: Any, tmp_path: Path, capsys: Any
) -> None:
    msg = tmp_path / "mail.msg"
    # The OLE signature and an Outlook stream name, as the importer recognises them.
    msg.write_bytes(
        MSG.read_bytes()
        if MSG.exists()
        else b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "__substg1.0_".encode("utf-16-le") * 40
    )
    assert main([str(msg), "--screenshot", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert "Outlook .msg" in err and "not a BriefDesk brief" not in err


def test_f9_a_shared_name_only_a_suggestion_holds_is_marked_suggested() -> None:
    own = frozenset({"chile", "fa-50 block 20"})
    assert _marked(["actor: Chile", "actor: South Korea"], own) == (
        "actor: Chile, actor: South Korea (suggested)"
    )
    assert _marked(["actor: South Korea"], frozenset()) == "actor: South Korea"
