"""File → Add source in encoding…: the window's way to read a file in the code page an unsure
import named (the counterpart of ``briefdesk add-source --encoding``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk.gui import encoding_choice, prompts

from .conftest import PromptLog, wait_idle

HUNGARIAN = "A miniszter aláírta a szerződést a helikopterek beszerzéséről, 2 milliárd forintért."


def test_an_unsure_import_names_both_and_the_chosen_encoding_reads_it_as_told(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hu.txt"
    path.write_bytes(HUNGARIAN.encode("cp1250"))
    window.new_file()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.add_source_files([path])
    wait_idle(qtbot, window)
    assert window.doc.brief.sources[0].text == HUNGARIAN
    assert any("unsure between Windows-1250 and Windows-1252" in m for m in messages), messages

    asked: list[Any] = []
    monkeypatch.setattr(prompts, "choose_source_files", lambda parent: [path])
    monkeypatch.setattr(
        encoding_choice, "choose_encoding", lambda parent: asked.append(parent) or "cp1252"
    )
    window.act_add_source_encoding.trigger()
    wait_idle(qtbot, window)
    assert asked == [window]
    assert prompt_log.errors == []
    assert [s.text for s in window.doc.brief.sources] == [
        HUNGARIAN,
        HUNGARIAN.replace("ő", "õ"),
    ]
    assert "Import: read as Windows-1252, as asked" in window.doc.brief.sources[1].notes


def test_cancelling_the_encoding_adds_nothing(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hu.txt"
    path.write_bytes(HUNGARIAN.encode("cp1250"))
    window.new_file()
    monkeypatch.setattr(prompts, "choose_source_files", lambda parent: [path])
    monkeypatch.setattr(encoding_choice, "choose_encoding", lambda parent: None)
    window.act_add_source_encoding.trigger()
    wait_idle(qtbot, window)
    assert window.doc.brief.sources == []


def test_the_list_offers_the_code_pages_an_import_names() -> None:
    codecs = dict(encoding_choice.ENCODINGS).values()
    assert {"cp1250", "cp1252", "cp1257", "utf-8"} <= set(codecs)


def test_f33_the_file_dialog_offers_every_file_briefdesk_reads_or_explains() -> None:
    """A name the Articles filter left out (.docm, .msg, .doc) vanished from a multi-file
    choice without a word; now each comes back, read or refused with its reason."""
    articles = prompts.SOURCE_FILTER.split(";;")[0]
    for suffix in (".docm", ".dotx", ".mht", ".xhtml", ".markdown", ".msg", ".doc"):
        assert f"*{suffix} " in articles or f"*{suffix})" in articles
