"""A source title ending on "with" is cited as the brief holds it, and the checks ask for it to
be completed (newcomer15 N15-34: the window showed the title, the Word file said "(untitled)")."""

from __future__ import annotations

from briefdesk.export.source_context import source_context
from briefdesk.model import Brief, Source
from briefdesk.review import review_brief

TITLE = "Mongolia signs copper smelter concession with"


def test_the_title_the_brief_holds_is_cited() -> None:
    source = Source(title=TITLE, filename="a8_mongolia_2col.pdf", text="Words.")
    cited = source_context(source, 3)["citation"]
    assert cited == f"“{TITLE}”" and "untitled" not in cited


def test_the_checks_say_it_looks_cut_off() -> None:
    brief = Brief(
        sources=[
            Source(title="Whole headline of the story", text="A."),
            Source(title=TITLE, text="B."),
        ]
    )
    said = [
        f
        for f in review_brief(brief, spelling=False)
        if f.path.startswith("sources") and f.path.endswith(".title")
    ]
    assert [f.path for f in said] == ["sources[1].title"]
    assert "source [2]'s title" in said[0].message and "looks cut off" in said[0].message
