"""Newcomer 15, N15-37: Edit & accept has keys (F2, Shift+Enter, the context menu from the
keyboard), and one chord makes the selected words the side a deal lacks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefdesk.gui import prompts
from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

from .conftest import PromptLog, select_text, wait_idle

ARTICLE = (
    "Kenya will buy six drones. The money comes from a soft loan from Turkey's Eximbank, "
    "120 million dollars over fifteen years, said the Treasury of Kenya."
)


def _loan_suggestion(window: Any, qtbot: Any) -> Any:
    from briefdesk.extract.results import DealSuggestion
    from briefdesk.gui.suggestions import Suggestion

    window.add_source_text(ARTICLE)
    wait_idle(qtbot, window)
    window._show_side(0)
    panel = window.suggestions_panel
    raw = DealSuggestion(kind="loan", seller="Eximbank")
    loan = Suggestion("deals", raw.label, window.doc.brief.sources[0].id, raw=raw)
    panel.set_suggestions([loan])
    panel.focus_list()
    return panel


def test_f2_opens_edit_and_accept_on_the_current_suggestion(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    panel = _loan_suggestion(window, qtbot)
    prompt_log.fields_answer = None  # the dialog is cancelled: the key only has to open it
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert len(prompt_log.questions) == 1
    assert "Borrower" in prompt_log.questions[0] or "Lender" in prompt_log.questions[0]
    assert not window.doc.brief.deals  # cancelled: nothing accepted


def test_shift_enter_edits_and_plain_enter_accepts(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    panel = _loan_suggestion(window, qtbot)
    prompt_log.fields_answer = None
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(prompt_log.questions) == 1 and not window.doc.brief.deals
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert len(prompt_log.questions) == 1 and len(window.doc.brief.deals) == 1


def test_the_keys_are_said_in_the_note_the_button_the_menu_and_f1(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    panel = _loan_suggestion(window, qtbot)
    assert "Enter accepts, F2 edits, Delete dismisses" in panel.note.text()
    assert panel.note.text().startswith("1 suggestion. ")  # not "1 suggestions" (N15-28)
    assert "F2" in panel.edit_button.text()
    menu = {a.text().replace("&&", "&"): a for a in panel.context_actions()}
    assert "Edit & accept…" in menu
    assert menu["Edit & accept…"].shortcut().toString() == "F2"
    prompt_log.fields_answer = None
    menu["Edit & accept…"].trigger()
    assert len(prompt_log.questions) == 1
    window.act_shortcuts.trigger()
    assert "F2 or Shift+Enter edits and accepts" in prompt_log.infos[-1]
    assert "Ctrl+Alt+R\tUse as deal party (the side it lacks)" in prompt_log.infos[-1]


def test_ctrl_alt_r_makes_the_selected_words_the_side_the_loan_lacks(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    window.add_source_text(ARTICLE)
    wait_idle(qtbot, window)
    lender = Actor(name="Eximbank", type=ActorType.ORGANIZATION, country="TR")
    window.doc.insert_record("actors", lender)
    window.doc.insert_record(
        "deals",
        Deal(
            title="Eximbank loan",
            kind=DealKind.LOAN,
            parties=[DealParty(actor_id=lender.id, role=PartyRole.LENDER)],
        ),
    )
    select_text(window, "Kenya")
    steps = window.doc.undo_stack.count()
    window.act_party.trigger()
    deal = window.doc.brief.deals[0]
    roles = {p.role: window.doc.brief.actor(p.actor_id).name for p in deal.parties}
    assert roles == {PartyRole.LENDER: "Eximbank", PartyRole.BORROWER: "Kenya"}
    assert window.doc.undo_stack.count() == steps + 1  # one chord, one undo step
    assert prompt_log.questions == []  # Kenya is a state by its name: nothing asked
    assert "borrower of “Eximbank loan”" in window.statusBar().currentMessage()


def test_with_both_sides_named_the_chord_asks_for_the_role(
    window: Any, qtbot: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    window.add_source_text(ARTICLE)
    wait_idle(qtbot, window)
    bank = Actor(name="Eximbank", type=ActorType.ORGANIZATION)
    kenya = Actor(name="Kenya", type=ActorType.STATE, country="KE")
    for actor in (bank, kenya):
        window.doc.insert_record("actors", actor)
    parties = [
        DealParty(actor_id=bank.id, role=PartyRole.LENDER),
        DealParty(actor_id=kenya.id, role=PartyRole.BORROWER),
    ]
    window.doc.insert_record("deals", Deal(title="Loan", kind=DealKind.LOAN, parties=parties))
    monkeypatch.setattr(prompts, "ask_actor_type", lambda *_: ActorType.ORGANIZATION)
    select_text(window, "Treasury of Kenya")
    prompt_log.fields_answer = {"role": PartyRole.GUARANTOR.value}
    prompt_log.choice = 2  # one box (newcomer20 N20-07): "Another role…", then the role
    window.act_party.trigger()
    assert "both sides are named" in prompt_log.questions[-1]
    added = window.doc.brief.deals[0].parties[-1]
    assert added.role == PartyRole.GUARANTOR
    assert window.doc.brief.actor(added.actor_id).name == "Treasury of Kenya"
    prompt_log.fields_answer = None  # cancelled: nothing changes
    select_text(window, "Turkey")
    count = window.doc.undo_stack.count()
    window.act_party.trigger()
    assert window.doc.undo_stack.count() == count


def test_a_character_no_font_draws_is_named_when_the_source_comes_in(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """N15-27: a copied thread's "🧵" showed as an empty box and nothing said why."""
    from briefdesk.gui import glyphs

    # This machine's fonts decide what is drawable; the test decides for the thread emoji.
    monkeypatch.setattr(glyphs, "_drawable", lambda char: char != "🧵")
    window.add_source_text("Thread by @DefenceWonk 🧵 1/ Romania signed for 298 Lynx. Łódź.")
    wait_idle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "1 character has no font on this computer and shows as a box: 🧵" in message
    assert "(the text keeps it)" in message
    assert "🧵" in window.doc.brief.sources[0].text  # kept, never dropped
    assert glyphs.undrawable("Łódź, Kraków\u200d\ufe0f") == []  # Latin letters, joiners
    assert glyphs.boxes_note("🧵 🚀 🧵") == (
        "1 character has no font on this computer and shows as a box: 🧵 (the text keeps it)"
    )
    monkeypatch.setattr(glyphs, "_drawable", lambda char: False)
    assert glyphs.boxes_note("🚀 a 🧵") == (
        "2 characters have no font on this computer and show as boxes: 🚀 🧵 (the text keeps them)"
    )
