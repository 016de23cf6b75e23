"""Newcomer 16 (a first-time desk officer), the window's findings N16-03 … N16-21."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtWidgets import QApplication

from briefdesk.gui.bindings import ComboBinding
from briefdesk.model import DealParty, KeyJudgment

from .conftest import wait_idle


def _pickers(window: Any) -> tuple[Any, Any, Any]:
    window.doc.insert_record("significance.judgments", KeyJudgment(statement="We judge…"))
    records = window.editor.lists["significance.judgments"]
    window.editor.focus_path("significance.judgments[0].statement")
    records.select_row(0)
    combos = {b.rel: b.combo for b in records.form.bindings if isinstance(b, ComboBinding)}
    rationale = records.form.widget_for("significance.judgments[0].rationale")
    return combos["likelihood"], combos["confidence"], rationale


def _saved(window: Any) -> tuple[str, str]:
    judgment = window.doc.brief.significance.judgments[0]
    return tuple(getattr(x, "value", "") for x in (judgment.likelihood, judgment.confidence))  # type: ignore[return-value]


def test_n16_05_a_pick_never_moves_on_so_tab_between_pickers_fills_both(
    window: Any, qtbot: Any
) -> None:
    """ "l", Tab, "m" left Confidence unset: "l" had moved on by itself, "v" did not."""
    likelihood, confidence, rationale = _pickers(window)
    for letter, expected in ((Qt.Key.Key_L, "likely"), (Qt.Key.Key_U, "unlikely")):
        likelihood.setFocus()
        qtbot.keyClick(likelihood, letter)
        assert _saved(window)[0] == expected
        assert QApplication.focusWidget() is likelihood  # one choice with the letter: stays
    qtbot.keyClick(likelihood, Qt.Key.Key_4)  # a digit picks and stays too
    assert _saved(window)[0] == "roughly_even_chance"
    assert QApplication.focusWidget() is likelihood
    qtbot.keyClick(likelihood, Qt.Key.Key_L)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is confidence
    qtbot.keyClick(confidence, Qt.Key.Key_M)
    assert _saved(window) == ("likely", "moderate")
    assert QApplication.focusWidget() is confidence
    qtbot.keyClick(confidence, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rationale
    assert "Tab moves on" in likelihood.toolTip() and "Tab moves on" in confidence.toolTip()


class _X11LineKeys(QObject):
    """A line edit as under X11 (xcb), whose key scheme makes Ctrl+E "end of line" and Ctrl+D
    "delete": the field claims those chords before any shortcut (checked under xvfb)."""

    def eventFilter(self, _watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() in (
            QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E),
            QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_D),
        ):
            event.accept()
            return True
        return False


def test_n16_04_ctrl_e_exports_from_a_one_line_field(
    make_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Ctrl+7, "B2", Ctrl+E did nothing: the grade field took Ctrl+E as "end of line"."""
    from briefdesk.gui.mainwindow import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "export_dialog", lambda self: opened.append("export"))
    monkeypatch.setattr(MainWindow, "draft_from_source", lambda self: opened.append("draft"))
    window = make_window()  # built after the patch: its actions call the fakes
    window.add_source_text("Serevia signed for four Korkut systems from Aselsan.")
    wait_idle(qtbot, window)
    window.activateWindow()
    title = window.editor.forms[0].widget_for("header.title")
    x11 = _X11LineKeys()  # the tests run offscreen, whose key scheme leaves Ctrl+E alone
    title.installEventFilter(x11)
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    qtbot.keyClicks(title, "Aselsan")
    qtbot.keyClick(title, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export"]
    qtbot.keyClick(title, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export", "draft"]  # Ctrl+D (Draft) too, the field's "delete" before
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert title.selectedText() == "Aselsan"  # the field's own standard keys stay its own
    window.editor.grade.installEventFilter(x11)
    qtbot.keyClick(window.editor, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    grade = QApplication.focusWidget()
    assert grade is window.editor.grade
    qtbot.keyClicks(grade, "B2")
    qtbot.keyClick(grade, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export", "draft", "export"]


def test_n16_14_organisation_in_en_gb_wherever_a_type_is_shown(window: Any) -> None:
    from briefdesk.gui.bindings import choice_words
    from briefdesk.model import Actor
    from briefdesk.model.codes import ActorType

    assert choice_words("organization") == "Organisation"
    assert choice_words("international_organization") == "International organisation"
    window.doc.insert_record("actors", Actor(name="Aselsan", type=ActorType.ORGANIZATION))
    records = window.editor.lists["actors"]
    combo = records.form.widget_for("actors[0].type")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Person",
        "Organisation",
        "State",
        "International organisation",
    ]
    assert records.table.item(0, 1).text() == "Organisation"


def test_n16_14_ctrl_n_opens_the_nth_tab(window: Any) -> None:
    """Places (Ctrl+8) sat between Actors and Deals, so Ctrl+4 opened the 5th tab."""
    editor = window.editor
    titles = [editor.tabText(i).replace("&", "") for i in range(editor.count())]
    assert titles[-1] == "Places" and titles[6] == "Sources"
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    keyed = [(a.text(), a.shortcut().toString()) for a in view.actions() if a.text() in titles]
    assert keyed == [(title, f"Ctrl+{n}") for n, title in enumerate(titles, 1)]
    for number, title in enumerate(titles, 1):
        assert editor.tabToolTip(number - 1) == f"{title} (Ctrl+{number})"
    assert editor.tab_of("places[0].name") == 7


def test_n16_14_the_status_line_cuts_a_quotation_after_a_whole_word(window: Any) -> None:
    from briefdesk.gui.status_text import clip_words

    quote = (
        "Serevia had considered the Chinese-made systems but dropped them after "
        "talks with the makers stalled over the price and the delivery dates."
    )
    window.show_status(f"Cited “{quote}” as evidence for judgment 1")
    message = window.statusBar().currentMessage()
    shown = message.split("“", 1)[1].split("”", 1)[0]
    assert shown.endswith("…") and quote.startswith(shown[:-1])
    assert quote[len(shown) - 1] == " "  # the cut falls between two words
    assert message.endswith("” as evidence for judgment 1")
    assert clip_words("short words") == "short words"
    assert clip_words("one, two three", 10) == "one, two…"
    assert clip_words("one, twothree", 10) == "one…"  # no comma left before the "…"
    assert clip_words("dropped them after the talks", 26) == "dropped them…"  # not "after the"


def test_n16_15_an_ungraded_source_shows_no_grade_f6(window: Any, qtbot: Any) -> None:
    """The grade field's grey "F6" read as a disabled field holding F6; the table said F6."""
    from briefdesk.review import review_brief

    window.add_source_text("Serevia signed for four Korkut systems from Aselsan.")
    wait_idle(qtbot, window)
    sources = window.editor.lists["sources"]
    sources.select_row(0)
    grade = window.editor.grade
    assert grade.text() == "" and "F6" not in grade.placeholderText()
    assert grade.placeholderText() == "not graded"
    assert grade.fontMetrics().horizontalAdvance("not graded") < grade.width()  # all of it
    column = [sources.table.horizontalHeaderItem(i).text() for i in range(3)].index("Grade")
    assert sources.table.item(0, column).text() == "not graded"
    said = [f.message for f in review_brief(window.doc.brief) if f.path.startswith("sources")]
    assert said and all("F6" not in message for message in said)
    grade.setFocus()
    qtbot.keyClicks(grade, "B2")
    assert window.doc.brief.sources[0].grade == "B2"
    assert sources.table.item(0, column).text() == "B2"


def test_n16_11_dismiss_and_add_as_say_what_they_did(window: Any, qtbot: Any) -> None:
    """After Delete the status line still read "Accepted 1 suggestion"; Ctrl+Alt+P/O were
    silent."""
    from briefdesk.extract.results import ActorSuggestion
    from briefdesk.gui.suggestions import Suggestion

    from .conftest import select_text

    window.add_source_text("Tirelian officials met Orvik Marine Works and Ana Loureiro in Mareno.")
    wait_idle(qtbot, window)
    source_id = window.doc.brief.sources[0].id
    panel = window.suggestions_panel
    made = [
        Suggestion("actors", name, source_id, raw=ActorSuggestion(name=name, type="organization"))
        for name in ("Tirelian", "Mareno", "Orvik")
    ]
    panel.set_suggestions(made)
    panel.focus_list()
    window.show_status("Accepted 1 suggestion")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    message = window.statusBar().currentMessage()
    assert message.startswith("Dismissed “Tirelian”") and "Ctrl+Z brings it back" in message
    window.dismiss_suggestions(made[1:])
    assert "Dismissed 2 suggestions" in window.statusBar().currentMessage()
    assert "Ctrl+Z brings them back" in window.statusBar().currentMessage()
    assert len(window.doc.brief.sources[0].dismissed) == 3
    window.act_undo.trigger()  # what the message promises
    assert len(window.doc.brief.sources[0].dismissed) == 1
    select_text(window, "Ana Loureiro")
    window.act_person.trigger()
    assert (
        window.statusBar().currentMessage() == "Added “Ana Loureiro” as a person (Ctrl+Z undoes)."
    )
    select_text(window, "Orvik Marine Works")
    window.act_org.trigger()
    said = window.statusBar().currentMessage()
    assert said == "Added “Orvik Marine Works” as an organisation (Ctrl+Z undoes)."
    select_text(window, "Orvik Marine Works")
    window.act_org.trigger()
    said = window.statusBar().currentMessage()
    assert said == "“Orvik Marine Works” is already in the brief: cited as its evidence."


def test_n16_19_a_library_hit_names_its_field_in_words() -> None:
    """The Library's hit said "actor 7": nothing a user can find in the brief."""
    from briefdesk.gui.library_html import field_label, hits_html
    from briefdesk.library.api import SearchHit

    words = {
        "actors[6]": "an actor (Actors tab)",
        "deals[0]": "a deal (Deals tab)",
        "sources[0].text": "the text of source [1]",
        "significance.judgments[1].statement": "key judgment 2",
        "significance.judgments[0].rationale": "the rationale of key judgment 1",
        "bluf": "the BLUF",
        "header.title": "the title",
        "current_status": "Current status",
        "significance.outlook": "Outlook",
    }
    for field, said in words.items():
        assert field_label(field) == said
    hit = SearchHit(
        brief_id="b1",
        path="/x/a.brief",
        title="Kardovan",
        date="2026-12-02",
        field="actors[6]",
        snippet="Kardovan Defence Industries Corporation",
        rank=1.0,
    )
    page = hits_html([hit], "Kardovan")
    assert "in an actor (Actors tab)" in page and "actor 7" not in page


START_FAILS = """
import sys
from briefdesk.gui import mainwindow

def broken(self, *args, **kwargs):
    raise RuntimeError("wrapper broke at start")

mainwindow.MainWindow.{method} = broken
from briefdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("method", ["build", "__init__"])
def test_n16_21_an_error_at_start_is_one_line_on_stderr_naming_the_log(
    tmp_path: Path, method: str
) -> None:
    """The window's start failed with exit 1 and nothing on stderr (the traceback only in the
    log), or with a traceback on the terminal when it failed before the window existed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFDESK_HOME": str(tmp_path)}
    src = Path(__file__).resolve().parents[2] / "src"
    env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", START_FAILS.format(method=method), "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "wrapper broke at start" in lines[0]
    log = Path(lines[0].rsplit(" ", 1)[1])
    assert log.is_file() and str(tmp_path) in str(log)
    assert "Traceback" in log.read_text("utf-8") and "wrapper broke" in log.read_text("utf-8")


DATE_ARTICLE = (
    "Ostland imposed sanctions on two Velmar shipyards on Monday.\n\n"
    "Separately, Marova signed a contract to buy six Tarn patrol boats from Kessel Yards. "
    "Deliveries are due in 2027-2028.\n\n"
    "Ostland said the listing runs for one year."
)


def _two_deals(window: Any, qtbot: Any) -> tuple[Any, Any]:
    from briefdesk.extract.results import DateSuggestion
    from briefdesk.gui.suggestions import Suggestion
    from briefdesk.model import Deal, DealItem, Span
    from briefdesk.model.codes import DealKind

    window.add_source_text(DATE_ARTICLE)
    wait_idle(qtbot, window)
    source = window.doc.brief.sources[0]
    text = source.text

    def span(words: str) -> Span:
        start = text.index(words)
        return Span(source_id=source.id, start=start, end=start + len(words), quote=words)

    boats = Deal(
        title="Tarn patrol boats for Marova",
        kind=DealKind.ARMS_SALE,
        items=[DealItem(designation="Tarn patrol boats", evidence=[span("Tarn patrol boats")])],
    )
    # Built by hand after it, as the newcomer did: no evidence, and the one last selected.
    sanctions = Deal(title="Ostland sanctions on Velmar shipyards", kind=DealKind.SANCTIONS)
    window.doc.insert_record("deals", boats)
    window.doc.insert_record("deals", sanctions)
    window.editor.lists["deals"].select_row(1)
    year = span("2027")
    raw = DateSuggestion(text="2027", resolved=None, precision="year")
    return Suggestion("dates", "2027", source.id, raw=raw, spans=[year]), source


def test_n16_10_a_delivery_date_goes_to_the_deal_its_paragraph_cites(
    window: Any, qtbot: Any
) -> None:
    """ "Deliveries are due in 2027-2028" went to the deal selected last (the sanctions built by
    hand), and the arms sale's Delivery stayed empty."""
    suggestion, _source = _two_deals(window, qtbot)
    window.show_status("Accepted 1 suggestion")
    window.accept_suggestions([suggestion])
    boats, sanctions = window.doc.brief.deals
    assert boats.dates.delivery == "in 2027–2028" and not sanctions.dates.delivery
    message = window.statusBar().currentMessage()
    assert message == "Delivery “in 2027–2028” set on Tarn patrol boats for Marova"


def test_n16_10_an_accept_that_does_nothing_says_so(window: Any, qtbot: Any) -> None:
    from briefdesk.gui.suggestions import Suggestion

    suggestion, source = _two_deals(window, qtbot)
    lost = Suggestion("dates", "2027", source.id, raw=suggestion.raw, spans=[])
    window.show_status("Accepted 1 suggestion")
    window.accept_suggestions([lost])
    message = window.statusBar().currentMessage()
    assert message.startswith("Nothing accepted") and "2027" in message


def _party_dialog(qtbot: Any, kind: Any, names: list[str]) -> Any:
    from briefdesk.gui.fields_dialog import FieldsDialog
    from briefdesk.gui.party_add import party_fields, validator
    from briefdesk.model import Actor, Brief, Deal

    brief = Brief(actors=[Actor(name=name) for name in names])
    deal = Deal(title="The deal", kind=kind)
    brief.deals.append(deal)  # the dialog's check reads this very deal: parties added later count
    dialog = FieldsDialog(
        "Add party", party_fields(brief, deal), None, None, validator(brief, deal)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, brief


def test_n16_06_the_actor_is_typed_as_any_part_of_its_name(qtbot: Any) -> None:
    """ "Kardovan A" opened the list at the space; "Kardovan", Down gave "European Union"."""
    from briefdesk.model.codes import DealKind

    names = ["Kardovan Defence Industries Corporation", "European Union", "Kardovan Aerosystems"]
    dialog, brief = _party_dialog(qtbot, DealKind.SANCTIONS, names)
    actor = dialog.widgets["actor"]
    assert [actor.itemText(i) for i in range(actor.count())] == sorted(names)
    actor.setFocus()
    qtbot.keyClicks(actor, "Kardovan A")
    assert actor.currentText() == "Kardovan A"  # the space is typed, no list opened at it
    assert dialog.answers()["actor"] == brief.actors[2].id  # the only name holding the words
    actor.lineEdit().clear()
    qtbot.keyClicks(actor, "aerosys")
    assert dialog.answers()["actor"] == brief.actors[2].id  # any part, any case
    actor.lineEdit().clear()
    qtbot.keyClicks(actor, "Kardovan")
    assert dialog.answers()["actor"] == ""  # two names hold it: none chosen yet
    dialog.accept()
    assert dialog.result() == 0 and "Choose the actor" in dialog.problem.text()


def test_n16_06_roles_follow_the_kind_and_a_letter_picks_its_first_role(qtbot: Any) -> None:
    """ "S" gave Seller in a memorandum; "B" on the proposed Buyer went on to Borrower."""
    from briefdesk.model.codes import DealKind

    dialog, _brief = _party_dialog(qtbot, DealKind.MOU, ["Nordmark", "Qalmora"])
    role = dialog.widgets["role"]
    assert role.itemText(0) == "Signatory" and role.currentText() == "Signatory"
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_S)
    assert role.currentText() == "Signatory"
    qtbot.keyClick(role, Qt.Key.Key_S)
    assert role.currentText() == "Seller"  # again: the next with the letter
    dialog, _brief = _party_dialog(qtbot, DealKind.ENERGY_SUPPLY, ["Nordmark", "Qalmora"])
    role = dialog.widgets["role"]
    assert [role.itemText(i) for i in range(2)] == ["Buyer", "Seller"]
    assert role.currentText() == "Buyer"  # the side the deal lacks, proposed
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_B)
    assert role.currentText() == "Buyer"  # not Borrower
    dialog, _brief = _party_dialog(qtbot, DealKind.LOAN, ["Bank"])
    assert dialog.widgets["role"].itemText(0) == "Lender"


def test_n16_06_one_actor_on_both_sides_of_a_deal_is_refused(qtbot: Any) -> None:
    """The EU went in as both the imposing party and a target of its own sanctions."""
    from briefdesk.model.codes import DealKind, PartyRole

    dialog, brief = _party_dialog(qtbot, DealKind.SANCTIONS, ["European Union", "Pelat Avionics"])
    eu, pelat = brief.actors
    brief.deals[0].parties.append(DealParty(actor_id=eu.id, role=PartyRole.IMPOSING_PARTY))
    actor, role = dialog.widgets["actor"], dialog.widgets["role"]
    assert role.currentText() == "Imposing party"
    role.setCurrentIndex(role.findData("target"))
    qtbot.keyClicks(actor, "european")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.problem.text() == (
        "European Union is already the imposing party of this deal: one actor cannot be on "
        "both sides (the target is someone else)."
    )
    actor.lineEdit().clear()
    qtbot.keyClicks(actor, "Pelat")
    dialog.accept()
    assert dialog.result() == 1 and dialog.answers() == {"actor": pelat.id, "role": "target"}


SALE = (
    "Serevia signed a contract to buy four Korkut systems from Turkish manufacturer Aselsan, "
    "Serevia's defence minister said."
)


def _drafted_sale(window: Any, qtbot: Any) -> Any:
    from briefdesk.model import Actor, Deal, DealItem
    from briefdesk.model.codes import ActorType, DealKind, PartyRole

    window.add_source_text(SALE)
    wait_idle(qtbot, window)
    serevia = Actor(name="Serevia", type=ActorType.STATE)
    turkey = Actor(name="Turkey", type=ActorType.STATE, country="TR")
    for actor in (serevia, turkey):
        window.doc.insert_record("actors", actor)
    parties = [
        DealParty(actor_id=serevia.id, role=PartyRole.BUYER),
        DealParty(actor_id=turkey.id, role=PartyRole.SELLER),
    ]
    sale = Deal(
        title="Korkut systems",
        kind=DealKind.ARMS_SALE,
        parties=parties,
        items=[DealItem(designation="Korkut systems", quantity=4)],
    )
    window.doc.insert_record("deals", sale)
    title = "Turkey to sell Korkut systems to Serevia"
    bluf = "Turkey has signed a deal to sell four Korkut systems to Serevia."
    window.doc.set_value("header.title", title)
    window.doc.set_value("bluf", bluf)
    window.doc.set_value("drafted", {"header.title": title, "bluf": bluf})
    window.editor.lists["deals"].select_row(0)
    return turkey


def test_n16_03_setting_a_seller_on_a_deal_with_one_offers_to_replace_it(
    window: Any, qtbot: Any, prompt_log: Any, monkeypatch: Any
) -> None:
    """Ctrl+Alt+L on "Aselsan" made a second seller beside the draft's Turkey; the title, the
    export file name and the BLUF went on saying "Turkey to sell …"."""
    from briefdesk.gui import prompts
    from briefdesk.gui.export_target import slug
    from briefdesk.model.codes import ActorType

    from .conftest import select_text

    turkey = _drafted_sale(window, qtbot)
    monkeypatch.setattr(prompts, "ask_actor_type", lambda *_: ActorType.ORGANIZATION)
    select_text(window, "Aselsan")
    steps = window.doc.undo_stack.count()
    prompt_log.choice = 1  # "Replace Turkey", never the default (newcomer20 N20-07)
    window.act_seller.trigger()
    assert "already has Turkey as its seller" in prompt_log.questions[-1]
    brief = window.doc.brief
    sellers = [brief.actor(p.actor_id).name for p in brief.deals[0].parties if p.role == "seller"]
    assert sellers == ["Aselsan"]
    assert brief.header.title == "Aselsan to sell Korkut systems to Serevia"
    assert brief.bluf.startswith("Aselsan has signed")
    assert slug(brief.header.title).startswith("Aselsan-to-sell")  # the export's file name
    assert brief.actor(turkey.id) is not None  # still an actor of the brief
    assert window.doc.undo_stack.count() == steps + 1  # one undo step
    message = window.statusBar().currentMessage()
    assert message.startswith("Aselsan: seller of “Korkut systems” in place of Turkey")
    assert "the title and the BLUF followed" in message
    window.act_undo.trigger()
    assert window.doc.brief.header.title.startswith("Turkey to sell")


def test_n16_03_a_second_seller_or_cancel_as_the_user_chooses(
    window: Any, qtbot: Any, prompt_log: Any, monkeypatch: Any
) -> None:
    from briefdesk.gui import prompts
    from briefdesk.model.codes import ActorType
    from briefdesk.review import review_brief

    from .conftest import select_text

    _drafted_sale(window, qtbot)
    monkeypatch.setattr(prompts, "ask_actor_type", lambda *_: ActorType.ORGANIZATION)
    select_text(window, "Aselsan")
    prompt_log.choice = None  # Cancel: nothing changes
    steps = window.doc.undo_stack.count()
    window.act_seller.trigger()
    assert window.doc.undo_stack.count() == steps
    prompt_log.choice = 0  # Add as a second seller: the default button (newcomer20 N20-07)
    window.act_seller.trigger()
    brief = window.doc.brief
    assert [p.role.value for p in brief.deals[0].parties] == ["buyer", "seller", "seller"]
    # Turkey is still a seller, and the drafted title names both (round 20, N19-02).
    assert brief.header.title == "Turkey and Aselsan to sell Korkut systems to Serevia"
    assert "the title followed" in window.statusBar().currentMessage()
    # Turkey removed from the deal by hand: the drafted title now names no party.
    window.doc.set_value("deals[0].parties", brief.deals[0].parties[::2])
    said = [str(f) for f in review_brief(window.doc.brief, spelling=False)]
    assert any("the title names Turkey, which is party to no deal" in s for s in said)
