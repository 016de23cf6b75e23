"""Settings → Team database refuses a password with one line saying where it goes (newcomer8
F25): it used to be kept in clear in settings.json."""

from __future__ import annotations

from typing import Any

from briefdesk.gui.settings_dialog import SettingsDialog
from briefdesk.settings import load_settings, settings_path

from .conftest import PromptLog


def test_a_password_in_the_team_database_is_refused_and_never_written(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.library.dsn.setText(
        "host=127.0.0.1 port=5999 dbname=briefdesk user=desk password=Sup3rSecret"
    )
    dialog.accept()
    assert accepted == []
    assert len(prompt_log.errors) == 1
    message = prompt_log.errors[0]
    assert "Team database holds a password" in message and "~/.pgpass" in message
    assert "\n" not in message
    assert not settings_path().exists() or "Sup3rSecret" not in settings_path().read_text()
    dialog.library.dsn.setText("host=127.0.0.1 port=5999 dbname=briefdesk user=desk")
    dialog.accept()
    assert accepted == [True]
    window._settings_accepted(dialog)
    assert load_settings().library_dsn == "host=127.0.0.1 port=5999 dbname=briefdesk user=desk"
