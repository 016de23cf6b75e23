"""The warm LibreOffice's bookkeeping that needs no LibreOffice: profiles and the install hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.export import ExportError, pages


def test_two_offices_never_share_a_profile_and_a_freed_one_is_reused(tmp_path: Path) -> None:
    first, second = pages.WarmOffice(tmp_path), pages.WarmOffice(tmp_path)
    one, two = first._profile(), second._profile()
    assert one != two and one.parent == two.parent == tmp_path
    settings = (one / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert "BlockUntrustedRefererLinks" in settings and "DisableMacrosExecution" in settings
    first.shutdown()
    third = pages.WarmOffice(tmp_path)
    assert third._profile() == one  # kept across runs: LibreOffice starts far faster on it
    second.shutdown()
    third.shutdown()


def test_without_libreoffice_the_message_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "soffice_path", lambda: None)
    office = pages.WarmOffice(tmp_path)
    assert office.mode == "missing"
    with pytest.raises(ExportError, match="apt-get install libreoffice-writer-nogui python3-uno"):
        office.convert(tmp_path / "a.docx", tmp_path / "a.pdf")
