"""Template registry: built-ins, the user folder (under BRIEFDESK_HOME in tests), any path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk import paths
from briefdesk.export import ExportError
from briefdesk.export.registry import list_templates, resolve_template


def test_builtins_listed_with_names_from_their_properties() -> None:
    builtins = [(t.id, t.name, t.builtin) for t in list_templates() if t.builtin]
    assert builtins == [
        ("standard", "Standard briefing note", True),
        ("bluf", "One-page BLUF memo", True),
        ("deal-sheet", "Deal sheet", True),
    ]
    assert all(t.path.is_file() and t.description for t in list_templates())


def test_user_templates_folder(make_template: Callable[..., Path]) -> None:
    import docx

    folder = paths.templates_dir()
    mine = folder / "my-note.docx"
    document = docx.Document(str(make_template("{{ title }}")))
    document.core_properties.title = "My note"
    document.core_properties.subject = "House style"
    document.save(str(mine))
    (folder / "standard.docx").write_bytes(mine.read_bytes())
    (folder / "~$my-note.docx").write_bytes(b"lock")
    (folder / "readme.txt").write_text("not a template")
    user = [(t.id, t.name, t.description, t.builtin) for t in list_templates() if not t.builtin]
    assert user == [
        ("my-note", "My note", "House style", False),
        ("user:standard", "My note", "House style", False),
    ]
    assert resolve_template("my-note").path == mine
    assert resolve_template("standard").builtin


def test_resolve_by_path_and_unknown(make_template: Callable[..., Path]) -> None:
    path = make_template("x")
    info = resolve_template(path)
    assert info.path == path and not info.builtin and info.name == path.stem
    known = r"standard.*bluf \(also memo, bluf-memo\), deal-sheet"
    with pytest.raises(ExportError, match=rf"unknown template 'fancy'.*{known}"):
        resolve_template("fancy")
    with pytest.raises(ExportError, match="not found"):
        resolve_template(path.with_name("gone.docx"))
    # A file that is not a template is named as such, not as an unknown template id.
    notes = path.with_name("notes.md")
    notes.write_text("# notes", encoding="utf-8")
    with pytest.raises(ExportError, match=r"notes\.md: not a Word template \(a template is a"):
        resolve_template(notes)
    with pytest.raises(ExportError, match=r"notes\.md: not a Word template"):
        resolve_template(str(notes))


def test_the_memo_is_the_builtin_bluf_memo_unless_the_user_has_one(
    make_template: Callable[..., Path],
) -> None:
    """N13-22: the README and the Export dialog call it "the memo"; `-t memo` was refused."""
    assert resolve_template("memo").id == "bluf"
    assert resolve_template("MEMO").id == "bluf"
    mine = paths.templates_dir() / "memo.docx"
    mine.write_bytes(make_template("{{ title }}").read_bytes())
    assert resolve_template("memo").path == mine
