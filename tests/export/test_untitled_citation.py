"""An untitled source is cited with the file the Sources list names it by (newcomer6 F34)."""

from __future__ import annotations

from pathlib import Path

import docx

from briefdesk.export.render import export_docx, render_markdown
from briefdesk.export.source_context import source_context
from briefdesk.model import Brief, Source
from briefdesk.model.codes import SourceKind


def test_a_file_named_source_without_a_title_is_cited_with_its_file() -> None:
    source = Source(title="cc", filename="cc.docx", text="Words.", kind=SourceKind.OTHER)
    cited = source_context(source, 4)["citation"]
    assert cited == "Other (untitled), file cc.docx"


def test_without_a_file_it_stays_untitled() -> None:
    assert (
        source_context(Source(text="Words.", kind=SourceKind.OTHER), 2)["citation"]
        == "Other (untitled)"
    )


def test_the_export_and_markdown_name_the_file(brief: Brief, tmp_path: Path) -> None:
    mine = brief.model_copy(deep=True)
    mine.sources.append(
        Source(title="cc", filename="cc.docx", text="Words.", kind=SourceKind.OTHER)
    )
    text = "\n".join(
        p.text
        for p in docx.Document(str(export_docx(mine, "standard", tmp_path / "s.docx"))).paragraphs
    )
    assert "Other (untitled), file cc.docx" in text
    assert "Other (untitled), file cc.docx" in render_markdown(mine, "standard")
