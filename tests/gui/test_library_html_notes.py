"""The Library tab says what the CLI says about a query it reads differently (newcomer7 F25)."""

from __future__ import annotations

from briefdesk.gui.library_html import hits_html


def test_a_lower_case_or_is_explained_in_the_window_too() -> None:
    html = hits_html([], "rafale or leopard")
    assert "No brief matches" in html and "write OR in capitals" in html
    assert "capitals" not in hits_html([], "rafale OR leopard")
    assert "add a word to find" in hits_html([], "-Korea")


def test_related_tab_warnings_name_the_judgment_not_a_field_path() -> None:
    from briefdesk.library.jobs import _in_words
    from briefdesk.review import Finding

    finding = Finding("significance.judgments[1].rationale", "likelihood changed from 'a' to 'b'")
    assert _in_words(finding) == "key judgment 2: likelihood changed from 'a' to 'b'"


def test_related_tab_names_files_a_shared_source_and_the_same_judgment() -> None:
    """newcomer9 N9-05/07/24: a shared source is the brief's own (never "suggested"), each
    related brief names its file, and the earlier line of the same judgment says so."""
    from briefdesk.gui.library_html import context_html
    from briefdesk.library.api import BriefRef, PriorJudgment, Related
    from briefdesk.library.jobs import BriefContext

    ref = BriefRef("brief-1", "/desk/lib/ghana.brief", "Norway sells boats", "2026-12-01")
    related = [Related(ref, 8, ("source: Qatar signs LNG deal", "actor: Norway"))]
    same = PriorJudgment(ref, "kj-1", "Ghana will take delivery.", "likely", "", "", (), True)
    other = PriorJudgment(ref, "kj-2", "Nigeria will open talks.", "unlikely", "", "", ())
    html = context_html(
        BriefContext(related, {"kj-1": [same, other]}),
        {"kj-1": "Ghana will take delivery."},
        frozenset({"norway"}),
    )
    assert "source: Qatar signs LNG deal, actor: Norway" in html
    assert "(suggested)" not in html
    assert "lib/ghana.brief" in html
    assert "Ghana will take delivery. <i>(the same judgment)</i>" in html
    assert "Nigeria will open talks.</li>" in html
