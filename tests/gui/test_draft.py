"""Draft from this source: one key fills an empty brief in one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from briefdesk.review import review_brief

from .conftest import SAMPLE_ARTICLE, wait_idle

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _paste(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)


def test_ctrl_d_drafts_the_brief_in_one_undo_step(window: Any, qtbot: Any) -> None:
    _paste(window, qtbot)
    window._show_side(0)
    assert window.suggestions_panel.draft_button.isVisible()  # offered after the paste
    steps = window.doc.undo_stack.count()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.suggestions_panel.draft_button.isVisible()
    brief = window.doc.brief
    assert window.doc.undo_stack.count() == steps + 1
    names = [a.name for a in brief.actors]
    assert set(names) == {"Azerbaijan", "Pakistan", "Hikmet Hajiyev", "Khalil Hashmi"}
    deal = brief.deals[0]
    roles = {brief.actor(p.actor_id).name: p.role.value for p in deal.parties}  # type: ignore[union-attr]
    assert roles == {"Azerbaijan": "buyer", "Pakistan": "seller"}
    assert deal.value is not None and deal.value.as_stated == "$1.6 billion"
    assert [p.name for p in brief.places] == ["Beijing"]
    assert brief.header.title == "Pakistan to sell JF-17C Block-III fighter jets to Azerbaijan"
    # The source had no headline: its title is supplied, in brackets, never passed off as one.
    assert brief.sources[0].title == f"[{brief.header.title}]"
    assert brief.sources[0].kind.value == "news"
    assert brief.bluf.startswith("Pakistan is reported to be selling JF-17C")
    assert brief.significance.judgments == []  # sentences stay suggestions, never judgments
    assert any("still BriefDesk's draft" in f.message for f in review_brief(brief))
    window.doc.undo_stack.undo()
    assert window.doc.brief.actors == [] and window.doc.brief.bluf == ""


def test_draft_never_overwrites_what_the_user_wrote(window: Any, qtbot: Any) -> None:
    _paste(window, qtbot)
    window.doc.set_value("bluf", "My own bottom line.")
    window.doc.set_value("header.title", "My title")
    window.draft_from_source()
    assert window.doc.brief.bluf == "My own bottom line."
    assert window.doc.brief.header.title == "My title"
    assert "bluf" not in window.doc.brief.drafted
    assert len(window.doc.brief.deals) == 1


def test_editing_the_drafted_bluf_clears_the_check(window: Any, qtbot: Any) -> None:
    _paste(window, qtbot)
    window.draft_from_source()
    window.doc.set_value("bluf", window.doc.brief.bluf + " Delivery from 2027.")
    assert not any("still BriefDesk's draft" in f.message for f in review_brief(window.doc.brief))


def test_pasted_text_is_never_titled_with_a_sentence_cut_mid_phrase(
    window: Any, qtbot: Any
) -> None:
    from briefdesk.editing.draft import pasted_title

    _paste(window, qtbot)
    assert window.doc.brief.sources[0].title == ""  # its first sentence is 300 characters
    assert "Ctrl+D to draft" in window.statusBar().currentMessage()
    assert pasted_title("Jets for Baku\n\nPakistan will sell jets.") == "Jets for Baku"
    assert pasted_title("Pakistan will sell jets. More follows.") == "Pakistan will sell jets"


def test_a_missing_citation_check_goes_to_the_judgment_and_starts_citing(
    window: Any, qtbot: Any
) -> None:
    from briefdesk.model import KeyJudgment

    from .conftest import select_text

    _paste(window, qtbot)
    window.doc.insert_record("significance.judgments", KeyJudgment(statement="Jets will fly."))
    window.jump_to("significance.judgments[0].evidence")
    message = window.statusBar().currentMessage()
    assert "Select the words to cite for" in message and "judgments[" not in message
    select_text(window, "$1.6 billion")
    window.act_cite.trigger()
    assert [s.quote for s in window.doc.brief.significance.judgments[0].evidence] == [
        "$1.6 billion"
    ]
    records = window.editor.lists["significance.judgments"]
    assert records.citations is not None and "$1.6 billion" in records.citations.text()
    window.jump_to("significance.judgments[7].likelihood")
    assert "judgments[" not in window.statusBar().currentMessage()


def test_cite_selection_button_of_a_record_editor(window: Any, qtbot: Any) -> None:
    from .conftest import select_text

    _paste(window, qtbot)
    window.draft_from_source()
    deals = window.editor.lists["deals"]
    deals.select_row(0)
    select_text(window, "landmark deal")
    assert deals.cite_button is not None
    deals.cite_button.click()
    assert "landmark deal" in [s.quote for s in window.doc.brief.deals[0].evidence]


def test_undo_shows_the_tab_and_field_it_changed(window: Any, qtbot: Any) -> None:
    _paste(window, qtbot)
    window.doc.set_value("bluf", "Changed on the Summary tab.")
    window.editor.setCurrentIndex(0)  # Header
    window.act_undo.trigger()
    assert window.editor.tabText(window.editor.currentIndex()).replace("&", "") == "Summary"


def test_refusals_name_fields_in_the_users_words(window: Any, qtbot: Any) -> None:
    _paste(window, qtbot)
    window.draft_from_source()
    message = window.in_words("deals[0].value.currency: 'USX' is not an ISO 4217 currency code")
    assert message.startswith("currency of JF-17C") and "[0]" not in message
    assert window.in_words("header.date: bad") == "date: bad"
    assert window.in_words("Select words first.") == "Select words first."


def test_the_sources_list_shows_the_title_the_draft_gave_an_untitled_source(
    window: Any, qtbot: Any
) -> None:
    # The first line of this article is a long sentence: pasted, the source has no title.
    window.add_source_text(ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    assert window.doc.brief.sources[0].title == ""
    assert window.sources_pane.list.item(0).text().startswith("Untitled source")
    # Named as the list names it, not as a source titled "Untitled".
    assert window.statusBar().currentMessage().startswith("Added an untitled source (3,375 ")
    window.draft_from_source()
    title = window.doc.brief.sources[0].title
    assert title == "[Pakistan to sell JF-17C Block-III fighter jets to Azerbaijan]"
    assert window.sources_pane.list.item(0).text().startswith(title)
    window.doc.undo_stack.undo()
    assert window.sources_pane.list.item(0).text().startswith("Untitled source")


def test_the_citing_message_quotes_the_judgment(window: Any, qtbot: Any) -> None:
    """newcomer8 F13: "…to cite for Kenya will seek a second loan. in the article"."""
    from briefdesk.model import KeyJudgment

    _paste(window, qtbot)
    window.doc.insert_record(
        "significance.judgments", KeyJudgment(statement="Kenya will seek a second loan.")
    )
    window.jump_to("significance.judgments[0].evidence")
    message = window.statusBar().currentMessage()
    assert "cite for judgment 1 “Kenya will seek a second loan” in the article" in message
