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
