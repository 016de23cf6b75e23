"""'Edit & accept' for an actor edits every field (newcomer13 N13-37); OK on an untouched form
changes nothing (N13-36); a body's country typed as its affiliation goes to Country."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from briefdesk.extract.results import ActorSuggestion
from briefdesk.gui import prompts
from briefdesk.gui.fields_dialog import FieldsDialog

from .conftest import wait_idle

TEXT = (
    "ASTANA, 3 December 2026 - Kazakhstan's Ministry of Industry, headed by Minister Daniyar "
    "Akhmetov, granted the licence to the German firm Helvig Rohstoffe GmbH on Tuesday.\n"
)


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> dict[str, Any]:
    state: dict[str, Any] = {"values": {}}

    def ask(parent: Any, title: str, specs: Any, relabel: Any = None, validate: Any = None) -> Any:
        dialog = FieldsDialog(title, specs, parent, relabel, validate)
        qtbot.addWidget(dialog)
        for key, text in state["values"].items():
            widget = dialog.widgets[key]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(text))
            else:
                widget.setText(text)
        state["labels"] = [label.text() for label in dialog.labels.values()]
        dialog.accept()
        state["problem"] = dialog.problem.text()
        return dialog.answers() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(prompts, "ask_fields", ask)
    return state


def _accept(make_window: Any, qtbot: Any, name: str, edit: bool) -> tuple[Any, dict[str, Any]]:
    window = make_window()
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    panel = window.suggestions_panel
    panel.select(next(s for s in panel.items if s.kind == "actors" and s.name == name))
    (panel.edit_button if edit else panel.accept_button).click()
    actor = window.doc.brief.actors[-1]
    dumped = actor.model_dump(mode="json", exclude={"id"})
    source_id = window.doc.brief.sources[0].id
    return window, json.loads(json.dumps(dumped).replace(source_id, "SOURCE"))


def test_every_field_is_offered_and_ok_changes_nothing(
    make_window: Any, qtbot: Any, answer: dict[str, Any]
) -> None:
    _w, plain = _accept(make_window, qtbot, "Daniyar Akhmetov", edit=False)
    _w, edited = _accept(make_window, qtbot, "Daniyar Akhmetov", edit=True)
    assert answer["labels"] == ["Name", "Type", "Role", "Affiliation", "Country", "Aliases"]
    assert edited == plain


def test_country_type_and_aliases_reach_the_actor(
    make_window: Any, qtbot: Any, answer: dict[str, Any]
) -> None:
    answer["values"] = {"Country": "Kazakhstan", "Affiliation": "Ministry of Industry",
                        "Aliases": "D. Akhmetov, Akhmetov"}  # fmt: skip
    _w, actor = _accept(make_window, qtbot, "Daniyar Akhmetov", edit=True)
    assert (actor["country"], actor["affiliation"]) == ("KZ", "Ministry of Industry")
    assert actor["aliases"] == ["D. Akhmetov", "Akhmetov"]


def test_an_unknown_country_is_refused_naming_the_field() -> None:
    from briefdesk.gui.actor_accept import apply

    person = ActorSuggestion("Daniyar Akhmetov", "person")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Country: 'Atlantis' is not a country"):
        apply(person, {"Country": "Atlantis"})


def test_a_company_of_germany_gets_the_country_not_the_affiliation() -> None:
    firm = ActorSuggestion("Helvig Rohstoffe GmbH", "organization", affiliation="Germany")  # type: ignore[arg-type]
    actor = firm.to_actor("src-1", "")
    assert (actor.country, actor.affiliation) == ("DE", "")
