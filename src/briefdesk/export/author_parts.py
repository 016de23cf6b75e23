"""Template-author data that must never reach an export: customXml items, the glossary, docVars.

A user template written in an office carries its author's context: SharePoint's customXml
items (``<Owner>``, internal case names), Word document variables in settings.xml ("Reviewer =
Jane …, ext 5512") and the glossary of Quick Parts/AutoText (names, phone numbers). None of it
is shown in the note, and all of it was copied into every export (newcomer8 F20; same kind as
the template's app properties, cases/reliability/docprops-app-custom.docx). Dropped on the
python-docx document before it is saved: a part no relationship reaches is not written.
"""

from __future__ import annotations

from typing import Any

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_DROPPED_RELS = (_REL + "customXml", _REL + "glossaryDocument")
_SETTINGS = _REL + "settings"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def drop_author_parts(document: Any) -> None:
    """Remove customXml items, the glossary document and document variables in place."""
    for holder in (document.part, document.part.package):
        for rid, rel in list(holder.rels.items()):
            if rel.reltype in _DROPPED_RELS:
                del holder.rels[rid]
    for rel in document.part.rels.values():
        # (not document.settings: python-docx would add a settings part to a document with none)
        element = getattr(rel.target_part, "_element", None) if rel.reltype == _SETTINGS else None
        if element is not None:
            for variables in element.findall(f"{_W}docVars"):
                element.remove(variables)
