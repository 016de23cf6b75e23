"""A Word package's core properties (docProps/core.xml), under either relationship type.

LibreOffice relates the part with the first-edition type (``…/officedocument/2006/
relationships/metadata/core-properties``), a variation Word accepts (MS-OI29500) and rewrites
on save. python-docx only knows the package type: it did not see the part and made up a default
one (title "Word Document", modified now). On import that default became the article's title
and file date (N11-06); on export from such a template a second docProps/core.xml was written
beside the first (a duplicate zip entry). Both layers go through :func:`adopt_core_part`.
"""

from __future__ import annotations

from typing import Any

_PACKAGE_TYPE = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)
_VARIANT_TYPE = (
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)


def adopt_core_part(package: Any) -> bool:
    """Relate a core-properties part held under the variant type by the package type, as Word
    does on save, so python-docx reads and writes that part; True when the package has one."""
    from docx.opc.parts.coreprops import CorePropertiesPart

    rels = package.rels
    for rel in rels.values():
        if rel.reltype == _PACKAGE_TYPE and not rel.is_external:
            return isinstance(rel.target_part, CorePropertiesPart)
    for r_id, rel in list(rels.items()):
        if rel.reltype.casefold() == _VARIANT_TYPE.casefold() and not rel.is_external:
            part = rel.target_part
            if not isinstance(part, CorePropertiesPart):
                return False
            del rels[r_id]
            rels.add_relationship(_PACKAGE_TYPE, part, r_id)
            return True
    return False


def read_core(document: Any) -> Any | None:
    """The document's own core properties, or None when the file has none (never python-docx's
    made-up default)."""
    if not adopt_core_part(document.part.package):
        return None
    return document.core_properties
