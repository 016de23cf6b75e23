"""The proposed file name keeps what the brief is about, and an export that also saves the
brief never leaves two copies of it (newcomer23 N23-13)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from briefdesk.gui import core
from briefdesk.gui.export_dialog import ExportDialog
from briefdesk.gui.export_target import slug

from .conftest import wait_idle


def test_a_long_subject_leaves_room_for_what_the_brief_is_about() -> None:
    name = slug(
        "Harbour Authority of the Federal Republic of Ostmark grants 25-year concession to "
        "Belmar Port Holdings"
    )
    assert "concession" in name and name.startswith("Harbour-Authority")
    assert len(name) <= 70 and not name.endswith("-of")


@pytest.mark.parametrize(
    "title",
    [
        "Poland confirms K2 tank order",  # short: whole
        "Harbour Authority of the Federal Republic of Ostmark",  # no verb: as before
        "Lindqvist Naval to sell twelve offshore patrol vessels to Varkesh navy",  # short subject
    ],
)
def test_titles_with_a_short_subject_or_no_verb_are_cut_as_before(title: str) -> None:
    words = title.replace(" ", "-")
    assert words.startswith(slug(title)) or slug(title) == words[: len(slug(title))]
    assert slug(title).split("-")[0] == title.split()[0]
    assert slug(title).split("-")[1] == title.split()[1]


def _slow_export(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    release = threading.Event()
    real = core.export

    def slow(*args: Any) -> Any:
        release.wait(30)
        return real(*args)

    monkeypatch.setattr(core, "export", slow)
    return release


def _export(window: Any, qtbot: Any, tmp_path: Path) -> ExportDialog:
    window.doc.set_value("header.title", "Belmar concession")
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_template("standard")
    dialog.set_format("md")
    wait_idle(qtbot, window)
    assert dialog.save_brief.isChecked()
    dialog.out.setText(str(tmp_path / "belmar.md"))
    dialog.start_export()
    return dialog


def test_save_as_during_the_export_proposes_the_brief_it_will_save(
    window: Any, qtbot: Any, tmp_path: Path, prompt_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _slow_export(monkeypatch)
    _export(window, qtbot, tmp_path)
    prompt_log.save_path = None  # the user looks at the proposal and cancels
    window.save_as()
    assert str(tmp_path / "belmar.brief") in prompt_log.questions[-1]
    release.set()
    wait_idle(qtbot, window)
    assert window.doc.path == tmp_path / "belmar.brief"
    window.save_as()
    assert str(tmp_path / "belmar.brief") in prompt_log.questions[-1]


def test_a_brief_saved_during_the_export_is_not_saved_again_beside_it(
    window: Any, qtbot: Any, tmp_path: Path, prompt_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _slow_export(monkeypatch)
    _export(window, qtbot, tmp_path)
    prompt_log.save_path = tmp_path / "mine.brief"
    assert window.save_as()
    release.set()
    wait_idle(qtbot, window)
    assert (tmp_path / "belmar.md").exists()
    assert not (tmp_path / "belmar.brief").exists()  # no second copy
    assert window.doc.path == tmp_path / "mine.brief"
