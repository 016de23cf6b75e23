"""A mail part whose base64 is damaged is refused naming the part, never read as a few CJK
characters or as base64 letters (newcomer12 N12-34)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from briefdesk.sources import ImportRefused, import_file_all

HEAD = "From: a@b.example\nTo: d@e.example\nSubject: Test\nMIME-Version: 1.0\n"
TEXT = "Hungary signed the gas deal with Bulgaria on Monday, the ministry said. " * 8


def _mail(tmp_path: Path, body: str, *, ctype: str = "text/plain; charset=windows-1252") -> Path:
    path = tmp_path / "mail.eml"
    part = f"Content-Type: {ctype}\nContent-Transfer-Encoding: base64\n\n{body}\n"
    path.write_bytes((HEAD + part).encode("ascii"))
    return path


def test_a_body_that_is_not_base64_is_refused_naming_the_part(tmp_path: Path) -> None:
    path = _mail(tmp_path, "!!!not base64 at all###")
    with pytest.raises(ImportRefused) as refused:
        import_file_all(path)
    assert str(refused.value) == (
        "mail.eml: the text/plain part has damaged base64 "
        "(6 of 20 characters are not base64): nothing imported"
    )


def test_a_cut_base64_body_is_refused_not_read_as_base64_letters(tmp_path: Path) -> None:
    encoded = base64.b64encode(TEXT.encode()).decode()[:-3]
    with pytest.raises(ImportRefused, match="the text/plain part has damaged base64"):
        import_file_all(_mail(tmp_path, encoded))


def test_one_stray_character_in_a_long_body_is_said_and_skipped(tmp_path: Path) -> None:
    encoded = base64.b64encode(TEXT.encode()).decode()
    (read,) = import_file_all(_mail(tmp_path, encoded[:40] + "!" + encoded[40:]))
    assert read.source.text.strip() == TEXT.strip()
    assert "the text/plain part: 1 character that is not base64 skipped" in read.warnings


def test_a_damaged_attachment_is_named_and_the_body_kept(tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    body = base64.b64encode(TEXT.encode()).decode()
    mail = (
        HEAD + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + body + "\n--b\n"
        'Content-Type: text/plain\nContent-Disposition: attachment; filename="a.txt"\n'
        "Content-Transfer-Encoding: base64\n\n%%% damaged %%%\n--b--\n"
    )
    path.write_text(mail, encoding="ascii")
    (read,) = import_file_all(path)
    assert read.source.text.strip() == TEXT.strip()
    assert any(
        w.startswith("attachment a.txt not imported: it has damaged base64") for w in read.warnings
    )
