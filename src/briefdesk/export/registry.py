"""Where templates come from: the three built-ins, the user's templates folder, or any path.

Names and descriptions come from each .docx's own document properties (title and subject), read
straight from ``docProps/core.xml`` so listing a folder stays fast.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from briefdesk.export import ExportError

BUILTIN_IDS: tuple[str, ...] = ("standard", "bluf", "deal-sheet")
# What the README and the Export dialog call the built-ins ("the memo" is the one-page BLUF
# memo; newcomer13 N13-22), unless a user template of that name exists.
_BUILTIN_ALIASES = {"memo": "bluf", "bluf-memo": "bluf", "standard-note": "standard"}
# Word templates and macro-enabled files work like a .docx (macros are dropped, never run);
# the export is always a .docx.
TEMPLATE_SUFFIXES: tuple[str, ...] = (".docx", ".dotx", ".docm", ".dotm")
_CORE_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}


@dataclass(frozen=True)
class TemplateInfo:
    """One usable Word template."""

    id: str
    name: str
    description: str
    path: Path
    builtin: bool


def builtin_dir() -> Path:
    from briefdesk.resources_access import resource

    return Path(str(resource("templates")))


def _properties(path: Path) -> tuple[str, str]:
    """(title, subject) from the .docx properties; empty strings when unreadable."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > 1_000_000:
                return "", ""
            root = etree.fromstring(
                archive.read(info), etree.XMLParser(resolve_entities=False, no_network=True)
            )
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return "", ""
    title = root.findtext("dc:title", default="", namespaces=_CORE_NS).strip()
    subject = root.findtext("dc:subject", default="", namespaces=_CORE_NS).strip()
    return title, subject


def _info(template_id: str, path: Path, builtin: bool) -> TemplateInfo:
    title, subject = _properties(path)
    return TemplateInfo(template_id, title or path.stem, subject, path, builtin)


def _is_template_file(path: Path) -> bool:
    # Word's "~$x.docx" and LibreOffice's ".~lock.x.docx#" are lock files, not templates.
    return (
        path.suffix.lower() in TEMPLATE_SUFFIXES
        and path.is_file()
        and not path.name.startswith(("~$", "."))
    )


def list_templates() -> list[TemplateInfo]:
    """Built-ins first, then the user's templates folder in name order."""
    from briefdesk import paths

    found = [_info(t, builtin_dir() / f"{t}.docx", True) for t in BUILTIN_IDS]
    for path in sorted(paths.templates_dir().iterdir(), key=lambda p: p.name.lower()):
        if _is_template_file(path):
            template_id = path.stem if path.stem not in BUILTIN_IDS else f"user:{path.stem}"
            found.append(_info(template_id, path, False))
    return found


def builtin_aliases(template_id: str, templates: list[TemplateInfo] | None = None) -> list[str]:
    """The other names a built-in answers to ("memo" for bluf), so a list of templates shows
    every name ``-t`` takes (newcomer18 N18-15); a user template of that name shadows it."""
    taken = {i.id for i in (templates if templates is not None else list_templates())}
    return [a for a, target in _BUILTIN_ALIASES.items() if target == template_id and a not in taken]


def _known(templates: list[TemplateInfo]) -> str:
    """"standard (also standard-note), bluf (also memo, bluf-memo), deal-sheet, …"."""
    names = []
    for info in templates:
        also = builtin_aliases(info.id, templates) if info.builtin else []
        names.append(f"{info.id} (also {', '.join(also)})" if also else info.id)
    return ", ".join(names)


def _fold(name: str) -> str:
    """A template name with underscores, spaces and hyphens alike and case ignored: the kinds
    take underscores (``--kind arms_sale``), so ``-t deal_sheet`` is deal-sheet (newcomer25
    N25-17)."""
    return "-".join(name.lower().replace("_", " ").replace("-", " ").split())


def resolve_template(id_or_path: str | Path) -> TemplateInfo:
    """A built-in id, a user template id, or a path to a .docx; :class:`ExportError` otherwise."""
    text = str(id_or_path)
    if not isinstance(id_or_path, Path):
        templates = list_templates()
        folded = _fold(text)
        for wanted in (text, _BUILTIN_ALIASES.get(folded, "")):
            for info in templates:
                if info.id == wanted:
                    return info
        for info in templates:  # "deal_sheet", "Deal Sheet" for deal-sheet (N25-17)
            if _fold(info.id) == folded:
                return info
    path = Path(text).expanduser()
    if path.suffix.lower() in TEMPLATE_SUFFIXES:
        if not path.exists() and len(path.parts) == 1:  # "My memo.docx": one of the user's
            mine = [i for i in list_templates() if Path(i.path).name == path.name]
            if mine:
                return mine[0]
        if not path.exists():
            raise ExportError(f"template file not found: {path}")
        from briefdesk.export.templatefile import check_template_file

        check_template_file(path)
        return _info(str(path), path, False)
    if path.suffix and path.is_file():  # a file was given, just not a Word template
        raise ExportError(
            f"{path}: not a Word template (a template is a .docx, .dotx or .docm file)"
        )
    known = _known(list_templates())
    raise ExportError(
        f"unknown template {text!r} (known: {known}; or give a path to a .docx, .dotx or .docm)"
    )
