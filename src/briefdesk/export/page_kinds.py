"""Which kinds of page of a rendered .docx would go out without the handling marking.

Why: the old test ("does the label appear anywhere") passed templates whose marking sat only in
the first-page header, the odd-page header, section 1's header, the body (printed once, on page
1) or in hidden / white / tiny text, so pages 2+ of a TLP:RED export left unmarked (checker9
C9-1..C9-3). A page carries the marking only when its own header or footer shows the label in
visible text; every page kind in use is looked at: each section's running (default) page, its
first page when "different first page" is on, its even pages when "different odd and even" is
on, following Word's rule that a missing header/footer is inherited from the previous section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

# Page kind -> (python-docx header attribute, footer attribute, words for a message).
KINDS: dict[str, tuple[str, str, str]] = {
    "default": ("header", "footer", "running pages"),
    "first": ("first_page_header", "first_page_footer", "first page"),
    "even": ("even_page_header", "even_page_footer", "even pages"),
}
_MIN_HALF_POINTS = 12  # under 6 pt nobody reads it
_WHITE = {"FFFFFF", "FFFFFE"}


@dataclass(frozen=True)
class PageKind:
    """One kind of page: section (0-based) and kind ("default", "first", "even")."""

    section: int
    kind: str

    def describe(self) -> str:
        return f"section {self.section + 1} {KINDS[self.kind][2]}"


def kinds_in_use(document: Any) -> list[PageKind]:
    """Every page kind the document prints, section by section."""
    even = bool(document.settings.odd_and_even_pages_header_footer)
    kinds = []
    for index, section in enumerate(document.sections):
        kinds.append(PageKind(index, "default"))
        if section.different_first_page_header_footer:
            kinds.append(PageKind(index, "first"))
        if even:
            kinds.append(PageKind(index, "even"))
    return kinds


def effective(document: Any, index: int, attr: str) -> Any | None:
    """The header/footer Word shows for ``attr`` in section ``index``: its own, else the nearest
    previous section's (linked), else None (no such header: a blank one)."""
    sections = document.sections
    for j in range(index, -1, -1):
        part = getattr(sections[j], attr)
        if not part.is_linked_to_previous:
            return part
    return None


def unmarked_kinds(document: Any, label: str) -> list[PageKind]:
    """The page kinds in use whose header and footer both fail to show ``label`` visibly."""
    styles = _Styles(document)
    missing = []
    for page in kinds_in_use(document):
        header_attr, footer_attr, _ = KINDS[page.kind]
        parts = [effective(document, page.section, a) for a in (header_attr, footer_attr)]
        if not any(p is not None and shows(p._element, label, styles) for p in parts):
            missing.append(page)
    return missing


def shows(element: Any, label: str, styles: _Styles | None = None) -> bool:
    """Whether one paragraph of ``element`` holds ``label`` in text a reader can see."""
    styles = styles or _Styles(None)
    for paragraph in element.iter(qn("w:p")):
        text = "".join(
            "".join(t.text or "" for t in run.iter(qn("w:t")))
            for run in paragraph.iter(qn("w:r"))
            if _visible(styles.chain(run, paragraph))
        )
        if label in text:
            return True
    return False


class _Styles:
    """Run properties as Word resolves them: direct, character style, paragraph style (each
    with its basedOn chain), document defaults; a hidden or tiny style hides the text too."""

    def __init__(self, document: Any) -> None:
        self._by_id: dict[str, Any] = {}
        self._defaults: Any = None
        if document is None:
            return
        root = document.styles.element
        for style in root.iter(qn("w:style")):
            self._by_id[style.get(qn("w:styleId")) or ""] = style
        self._defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")

    def _style_rprs(self, style_id: str | None) -> list[Any]:
        found, seen = [], set()
        while style_id and style_id not in seen and style_id in self._by_id:
            seen.add(style_id)
            style = self._by_id[style_id]
            if (rpr := style.find(qn("w:rPr"))) is not None:
                found.append(rpr)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return found

    def chain(self, run: Any, paragraph: Any) -> list[Any]:
        """The run-property elements that apply to ``run``, nearest first."""
        rprs = []
        if (direct := run.find(qn("w:rPr"))) is not None:
            rprs.append(direct)
            rstyle = direct.find(qn("w:rStyle"))
            rprs += self._style_rprs(rstyle.get(qn("w:val")) if rstyle is not None else None)
        ppr = paragraph.find(qn("w:pPr"))
        pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
        rprs += self._style_rprs(pstyle.get(qn("w:val")) if pstyle is not None else None)
        if self._defaults is not None:
            rprs.append(self._defaults)
        return rprs


def _first(rprs: list[Any], tag: str) -> Any | None:
    for rpr in rprs:
        if (node := rpr.find(qn(tag))) is not None:
            return node
    return None


def _visible(rprs: list[Any]) -> bool:
    """False for hidden (vanish/specVanish), white without a dark fill, or under 6 pt text."""
    for tag in ("w:vanish", "w:specVanish", "w:webHidden"):
        node = _first(rprs, tag)
        if node is not None and node.get(qn("w:val"), "true") not in ("0", "false", "off"):
            return False
    size = _first(rprs, "w:sz")
    if size is not None:
        try:
            if int(size.get(qn("w:val"), "24")) < _MIN_HALF_POINTS:
                return False
        except ValueError:
            pass
    colour = _first(rprs, "w:color")
    if colour is not None and (colour.get(qn("w:val")) or "").upper() in _WHITE:
        return _dark_behind(rprs)
    return True


def _dark_behind(rprs: list[Any]) -> bool:
    """A fill or highlight that is not white/none behind the text (TLP:CLEAR is white on black)."""
    shading = _first(rprs, "w:shd")
    if shading is not None:
        fill = (shading.get(qn("w:fill")) or "auto").upper()
        if fill not in ("AUTO", *_WHITE):
            return True
    highlight = _first(rprs, "w:highlight")
    return highlight is not None and highlight.get(qn("w:val")) not in (None, "none", "white")
