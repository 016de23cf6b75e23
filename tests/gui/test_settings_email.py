"""The author's email in Settings: refused with one message when malformed, then carried into
every new or drafted brief's From block, as the author's name is."""

from __future__ import annotations

from typing import Any

from briefdesk.defaults import new_brief
from briefdesk.email_address import email_problem, normalized_email
from briefdesk.gui.settings_dialog import SettingsDialog
from briefdesk.settings import load_settings

from .conftest import PromptLog


def test_a_malformed_email_is_refused_with_one_message(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.email.setText("sam.okafor@")
    dialog.accept()
    assert accepted == []
    assert len(prompt_log.errors) == 1
    message = prompt_log.errors[0]
    assert "Author email: 'sam.okafor@' is not an email address" in message
    assert "after the @-sign" in message and "\n" not in message
    dialog.email.setText("Sam.Okafor@Desk.Example.ORG")
    dialog.accept()
    assert accepted == [True]
    assert dialog.apply().author.email == "Sam.Okafor@desk.example.org"


def test_the_email_flows_into_new_briefs_like_the_name(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sam Okafor")
    dialog.email.setText("sam.okafor@desk.example.org")
    window._settings_accepted(dialog)
    assert load_settings().author.email == "sam.okafor@desk.example.org"
    window.new_file()
    sender = window.doc.brief.header.from_
    assert (sender.name, sender.email) == ("Sam Okafor", "sam.okafor@desk.example.org")
    reopened = SettingsDialog(load_settings(), window)
    qtbot.addWidget(reopened)
    assert reopened.email.text() == "sam.okafor@desk.example.org"


def test_a_blank_email_is_allowed_and_a_bad_stored_one_is_not_copied() -> None:
    assert email_problem("") == "" and email_problem("  ") == ""
    assert email_problem("a@b.example") == ""
    assert "is not an email address" in email_problem("desk officer@example.org")
    settings = load_settings()
    settings.author.name = "Sam"
    settings.author.email = "not-an-address"  # a hand-edited settings file
    assert new_brief(settings).header.from_.email == ""
    assert normalized_email("not-an-address") == ""
