"""The brief editor: one tab per part of the brief, every field bound to its path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui import fieldpath
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.editor_widgets import MarkingEditor, MoneyBinding
from briefdesk.gui.forms import (
    CodeBinding,
    ComboBinding,
    DateBinding,
    Form,
    GradeBinding,
    IntBinding,
    LineBinding,
    LinesBinding,
    TextBinding,
    enum_choices,
)
from briefdesk.gui.records import RecordList
from briefdesk.model import (
    Actor,
    Deal,
    DealItem,
    DealParty,
    Implication,
    KeyJudgment,
    Option,
    Place,
    Recommendation,
)
from briefdesk.model.codes import (
    CREDIBILITY_WORDS,
    RELIABILITY_WORDS,
    ActorType,
    BriefKind,
    BriefStatus,
    Confidence,
    DealKind,
    DealStatus,
    Likelihood,
    PartyRole,
    SourceKind,
)
from briefdesk.review import bluf_line_count

PROSE_HINT = "Paragraphs, '- ' bullets, '1.' numbers, **bold**, *italic*"


def _words(value: Any) -> str:
    if value is None:
        return ""
    text = str(getattr(value, "value", value)).replace("_", " ")
    return text[:1].upper() + text[1:]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _money(deal: Deal) -> str:
    """The value as the export prints it; the source's words ("as stated") may be out of date
    once the amount is corrected by hand, so they never stand in for it."""
    if deal.value is None:
        return ""
    from briefdesk.export.context import money_short

    return money_short(deal.value.amount, deal.value.currency)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # The page itself is no Tab stop: from the tab bar, Tab goes straight to the first field
    # (an invisible stop there looked like a lost keyboard).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class BriefEditor(QTabWidget):
    """Tabs: Header, Summary, Actors, Deals, Significance, Options, Sources."""

    recordSelected = Signal(str)  # path of the record whose evidence should be shown

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setDocumentMode(True)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabBar().setExpanding(False)
        self.forms: list[Form] = []
        self.lists: dict[str, RecordList] = {}
        self._tab_of: dict[str, int] = {}
        self._first_list: dict[int, RecordList] = {}
        self._build_header()
        self._build_summary()
        self._build_actors()
        self._build_deals()
        self._build_significance()
        self._build_options()
        self._build_sources()
        for key in ("actors", "places", "deals", "significance.judgments"):
            self.lists[key].enable_citing()
        self.last_record = ""
        self.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        """Showing a tab shows the evidence of the record selected on it."""
        records = self._first_list.get(index)
        if records is not None:
            self._record_selected(records.current_path())

    # --- helpers ------------------------------------------------------------------------------
    def _page(self, title: str, prefixes: list[str]) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        index = self.addTab(_scroll(page), title)
        for prefix in prefixes:
            self._tab_of[prefix] = index
        return layout

    def _form(self, base: str = "") -> Form:
        form = Form(self.doc, base, self)
        self.forms.append(form)
        return form

    def _register(self, key: str, records: RecordList) -> RecordList:
        self.lists[key] = records
        self._first_list.setdefault(self.count() - 1, records)
        records.currentChanged.connect(self._record_selected)
        return records

    def _record_selected(self, path: str) -> None:
        if path:
            self.last_record = path
        self.recordSelected.emit(path)

    # --- tabs ---------------------------------------------------------------------------------
    def _build_header(self) -> None:
        layout = self._page("&Header", ["header", "marking"])
        form = self._form()
        box = QGroupBox("Header")
        grid = QFormLayout(box)
        grid.addRow(
            "&Title", form.add(LineBinding("header.title", placeholder="Headline of the note"))
        )
        grid.addRow("Su&bject", form.add(LineBinding("header.subject")))
        grid.addRow("&Kind", form.add(ComboBinding("header.kind", enum_choices(BriefKind))))
        grid.addRow("&Status", form.add(ComboBinding("header.status", enum_choices(BriefStatus))))
        grid.addRow("Date", form.add(DateBinding("header.date")))  # Alt+D: the Deals tab
        grid.addRow("Critical date", form.add(DateBinding("header.critical_date")))
        grid.addRow("Critical reason", form.add(LineBinding("header.critical_reason")))
        grid.addRow("T&o", form.add(LineBinding("header.to")))
        grid.addRow("Through", form.add(LineBinding("header.through")))
        grid.addRow("Cleared by", form.add(LineBinding("header.cleared_by")))
        grid.addRow("File number", form.add(LineBinding("header.file_number")))
        layout.addWidget(box)

        author = QGroupBox("From")
        grid = QFormLayout(author)
        grid.addRow("Name", form.add(LineBinding("header.from.name")))
        grid.addRow("Title", form.add(LineBinding("header.from.title")))
        grid.addRow("Unit", form.add(LineBinding("header.from.unit")))
        grid.addRow("Phone", form.add(LineBinding("header.from.phone")))
        grid.addRow("Email", form.add(LineBinding("header.from.email")))
        layout.addWidget(author)

        marking = QGroupBox("&Marking")
        marking_layout = QVBoxLayout(marking)
        self.marking = MarkingEditor(self.doc)
        marking_layout.addWidget(self.marking)
        layout.addWidget(marking)
        layout.addStretch(1)
        self.header_form = form

    def _build_summary(self) -> None:
        layout = self._page(
            "S&ummary",
            ["bluf", "purpose", "background", "current_status", "considerations", "notes"],
        )
        form = self._form()
        self.bluf_lines = QLabel()
        self.bluf_lines.setObjectName("bluf-lines")
        bluf = form.add(TextBinding("bluf", "Bottom line up front — at most four lines", 4))
        bluf.setAccessibleName("BLUF")
        layout.addWidget(QLabel("<b>BLUF</b> — bottom line up front"))
        layout.addWidget(bluf)
        layout.addWidget(self.bluf_lines)
        for rel, title in (
            ("purpose", "Purpose / issue"),
            ("background", "Background"),
            ("current_status", "Current status"),
            ("considerations", "Considerations"),
            ("notes", "Notes"),
        ):
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            widget = form.add(TextBinding(rel, PROSE_HINT, 4))
            widget.setAccessibleName(title)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.summary_form = form
        self.doc.changed.connect(self._update_bluf_count)
        self._update_bluf_count("")

    def _update_bluf_count(self, path: str) -> None:
        if path in ("", "bluf"):
            lines = bluf_line_count(self.doc.brief.bluf)
            over = lines > 4
            colour = "#c0392b" if over else "palette(mid)"
            self.bluf_lines.setText(
                f"<span style='color:{colour}'>About {lines} printed line"
                f"{'s' if lines != 1 else ''} (keep to 4)</span>"
            )

    def _build_actors(self) -> None:
        layout = self._page("&Actors", ["actors", "places"])
        actors = self._register(
            "actors",
            RecordList(
                self.doc,
                "actors",
                [
                    ("Name", lambda a: a.name),
                    ("Type", lambda a: _words(a.type)),
                    ("Role", lambda a: a.role),
                    ("Country", lambda a: a.country),
                    ("Evidence", lambda a: str(len(a.evidence)) if a.evidence else ""),
                ],
                lambda: Actor(name="New actor"),
                "actor",
                table_height=220,
            ),
        )
        actors.add_field("Name", LineBinding("name"))
        actors.add_field("Type", ComboBinding("type", enum_choices(ActorType)))
        actors.add_field("Title / role", LineBinding("role"))
        actors.add_field("Affiliation", LineBinding("affiliation"))
        actors.add_field("Country", CodeBinding("country", "ISO code, e.g. PK"))
        actors.add_field("Stance", LineBinding("stance"))
        actors.add_field("Aliases", LinesBinding("aliases", "One per line", 3))
        actors.add_field("Note", TextBinding("note", "", 2))
        layout.addWidget(actors)

        places_box = QGroupBox("Places")
        places_layout = QVBoxLayout(places_box)
        places = self._register(
            "places",
            RecordList(
                self.doc,
                "places",
                [("Name", lambda p: p.name), ("Country", lambda p: p.country)],
                lambda: Place(name="New place"),
                "place",
                table_height=110,
            ),
        )
        places.add_field("Name", LineBinding("name"))
        places.add_field("Country", CodeBinding("country", "ISO code"))
        places.add_field("Note", LineBinding("note"))
        places_layout.addWidget(places)
        layout.addWidget(places_box)
        layout.addStretch(1)

    def actor_choices(self) -> list[tuple[str, Any]]:
        return [("(choose actor)", None)] + [(a.name, a.id) for a in self.doc.brief.actors]

    def _build_deals(self) -> None:
        layout = self._page("&Deals", ["deals"])
        deals = self._register(
            "deals",
            RecordList(
                self.doc,
                "deals",
                [
                    ("Title", lambda d: d.title),
                    ("Kind", lambda d: _words(d.kind)),
                    ("Value", _money),
                    ("Status", lambda d: _words(d.status)),
                ],
                lambda: Deal(title="New deal"),
                "deal",
            ),
        )
        deals.add_field("Title", LineBinding("title"))
        deals.add_field("Kind", ComboBinding("kind", enum_choices(DealKind)))
        deals.add_field("Status", ComboBinding("status", enum_choices(DealStatus)))
        deals.add_field("Value", MoneyBinding("value"))
        deals.add_field("Announced", DateBinding("dates.announced"))
        deals.add_field("Signed", DateBinding("dates.signed"))
        deals.add_field("Delivery", LineBinding("dates.delivery", placeholder="e.g. from 2026"))
        deals.add_field("Note", TextBinding("note", "", 2))

        parties = RecordList(
            self.doc,
            None,
            [("Actor", self._actor_name), ("Role", lambda p: _words(p.role))],
            lambda: DealParty(actor_id=self._first_actor_id(), role=PartyRole.BUYER),
            "party",
            table_height=90,
        )
        self._party_actor = ComboBinding("actor_id", self.actor_choices())
        parties.add_field("Actor", self._party_actor)
        parties.add_field("Role", ComboBinding("role", enum_choices(PartyRole)))
        items = RecordList(
            self.doc,
            None,
            [
                ("Designation", lambda i: i.designation),
                ("Category", lambda i: i.category),
                ("Quantity", lambda i: "" if i.quantity is None else str(i.quantity)),
            ],
            lambda: DealItem(designation=""),
            "item",
            table_height=90,
        )
        items.add_field("Designation", LineBinding("designation"))
        items.add_field("Category", LineBinding("category"))
        items.add_field("Quantity", IntBinding("quantity"))
        self.lists["deals.parties"] = parties
        self.lists["deals.items"] = items
        items.currentChanged.connect(self._record_selected)
        deals.form.base_listeners.append(
            lambda base: parties.set_list_path(f"{base}.parties" if base else None)
        )
        deals.form.base_listeners.append(
            lambda base: items.set_list_path(f"{base}.items" if base else None)
        )
        deals.add_row("Parties", parties)
        deals.add_row("Items", items)
        layout.addWidget(deals)
        layout.addStretch(1)
        self.doc.changed.connect(self._actors_changed)
        self.parties = parties
        self.items = items

    def _actor_name(self, party: DealParty) -> str:
        actor = self.doc.brief.actor(party.actor_id)
        return actor.name if actor else f"(missing {party.actor_id})"

    def _first_actor_id(self) -> str:
        actors = self.doc.brief.actors
        if not actors:
            raise ValueError("add an actor first")
        return actors[0].id

    def _actors_changed(self, path: str) -> None:
        if not path or fieldpath.related(path, "actors"):
            self._party_actor.set_choices(self.actor_choices())
            self.parties.form.refresh()
            self.parties._refresh_texts()

    def _build_significance(self) -> None:
        layout = self._page("Si&gnificance", ["significance"])
        judgments = self._register(
            "significance.judgments",
            RecordList(
                self.doc,
                "significance.judgments",
                [
                    ("Statement", lambda j: _short(j.statement)),
                    ("Likelihood", lambda j: _words(j.likelihood)),
                    ("Confidence", lambda j: _words(j.confidence)),
                    ("Sources", lambda j: str(len(j.evidence)) if j.evidence else ""),
                ],
                lambda: KeyJudgment(statement=""),
                "judgment",
            ),
        )
        judgments.add_field("Statement", TextBinding("statement", "We judge that…", 2))
        judgments.add_field(
            "Likelihood",
            ComboBinding(
                "likelihood",
                [("(not set)", None)]
                + [
                    (f"{_words(x)} ({x.percent_range[0]}–{x.percent_range[1]}%)", x)
                    for x in Likelihood
                ],
                advance=True,
            ),
        )
        judgments.add_field(
            "Confidence",
            ComboBinding(
                "confidence", enum_choices(Confidence, optional="(not set)"), advance=True
            ),
        )
        judgments.add_field("Rationale", TextBinding("rationale", "", 2))
        judgments.add_field("Indicators", LinesBinding("indicators", "One indicator per line", 3))
        layout.addWidget(QLabel("<b>Key judgments</b>"))
        layout.addWidget(judgments)

        implications = self._register(
            "significance.implications",
            RecordList(
                self.doc,
                "significance.implications",
                [("Domain", lambda i: i.domain), ("Implication", lambda i: _short(i.text))],
                lambda: Implication(domain="", text=""),
                "implication",
                table_height=100,
            ),
        )
        implications.add_field("Domain", LineBinding("domain"))
        implications.add_field("Text", TextBinding("text", "", 2))
        layout.addWidget(QLabel("<b>Implications</b>"))
        layout.addWidget(implications)
        form = self._form()
        layout.addWidget(QLabel("<b>Outlook</b>"))
        layout.addWidget(form.add(TextBinding("significance.outlook", PROSE_HINT, 3)))
        layout.addStretch(1)

    def _build_options(self) -> None:
        layout = self._page("O&ptions", ["options", "recommendations"])
        options = self._register(
            "options",
            RecordList(
                self.doc,
                "options",
                [("Label", lambda o: o.label), ("Description", lambda o: _short(o.description))],
                lambda: Option(label=f"Option {len(self.doc.brief.options) + 1}"),
                "option",
                table_height=110,
            ),
        )
        options.add_field("Label", LineBinding("label"))
        options.add_field("Description", TextBinding("description", "", 2))
        options.add_field("Pros", LinesBinding("pros", "One per line", 3))
        options.add_field("Cons", LinesBinding("cons", "One per line", 3))
        layout.addWidget(QLabel("<b>Options</b>"))
        layout.addWidget(options)
        recommendations = self._register(
            "recommendations",
            RecordList(
                self.doc,
                "recommendations",
                [
                    ("Recommendation", lambda r: _short(r.text)),
                    ("Due", lambda r: str(r.due_by or "")),
                ],
                lambda: Recommendation(text=""),
                "recommendation",
                table_height=100,
            ),
        )
        recommendations.add_field("Text", TextBinding("text", "That you…", 2))
        recommendations.add_field("Choices", LinesBinding("choices", "Approve / Disapprove …", 3))
        recommendations.add_field("Due by", DateBinding("due_by"))
        layout.addWidget(QLabel("<b>Recommendations</b>"))
        layout.addWidget(recommendations)
        layout.addStretch(1)

    def _build_sources(self) -> None:
        layout = self._page("Sour&ces", ["sources"])
        sources = self._register(
            "sources",
            RecordList(
                self.doc,
                "sources",
                [
                    ("Title", lambda s: _short(s.title or s.filename or s.id, 60)),
                    ("Outlet", lambda s: s.outlet),
                    ("Grade", lambda s: s.grade),
                ],
                lambda: None,
                "source",
            ),
        )
        sources.add_button.hide()
        self.grade = sources.add_field("Grade", GradeBinding())
        sources.add_field("Title", LineBinding("title"))
        sources.add_field("Kind", ComboBinding("kind", enum_choices(SourceKind)))
        sources.add_field("&Outlet", LineBinding("outlet"))
        sources.add_field("Author", LineBinding("author"))
        sources.add_field("URL", LineBinding("url"))
        sources.add_field("Published", DateBinding("published"))
        sources.add_field("Accessed", DateBinding("accessed"))
        sources.add_field("Language", LineBinding("language"))
        sources.add_field(
            "Reliabilit&y",
            ComboBinding("reliability", [(f"{k} — {v}", k) for k, v in RELIABILITY_WORDS.items()]),
        )
        sources.add_field(
            "Credi&bility",
            ComboBinding("credibility", [(f"{k} — {v}", k) for k, v in CREDIBILITY_WORDS.items()]),
        )
        sources.add_field("Notes", TextBinding("notes", "", 2))
        layout.addWidget(sources)
        layout.addStretch(1)

    # --- navigation ---------------------------------------------------------------------------
    def focus_path(self, path: str) -> bool:
        """Show the tab, select the record and focus the widget for a field path."""
        parts = fieldpath.parse(path) if path else []
        if not parts:
            return False
        head = str(parts[0])
        key = head
        if head == "significance" and len(parts) > 1 and isinstance(parts[1], str):
            key = f"significance.{parts[1]}"
        tab = self._tab_of.get(head)
        if tab is None:
            return False
        self.setCurrentIndex(tab)
        records = self.lists.get(key)
        if records is not None:
            prefix_len = 2 if key.startswith("significance.") else 1
            row = parts[prefix_len] if len(parts) > prefix_len else None
            if isinstance(row, int):
                records.select_row(row)
                nested_key = None
                if key == "deals" and len(parts) > 3 and isinstance(parts[2], str):
                    nested_key = f"deals.{parts[2]}"
                if nested_key in self.lists and len(parts) > 3 and isinstance(parts[3], int):
                    self.lists[nested_key].select_row(parts[3])
                    widget = self.lists[nested_key].form.widget_for(path)
                else:
                    widget = records.form.widget_for(path)
            else:
                widget = records.table
            if widget is None:
                widget = records.table  # a record without a widget of its own: its row
            if head == "sources" and path.endswith((".reliability", ".credibility")):
                widget = self.grade  # both halves of the grade are typed in one field
        else:
            widget = None
            for form in self.forms:
                widget = form.widget_for(path)
                if widget is not None:
                    break
            if widget is None and head == "marking":
                widget = self.marking.scheme
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.currentWidget()
        if isinstance(current, QScrollArea):
            current.ensureWidgetVisible(widget)
        return True

    def tab_of(self, path: str) -> int:
        """The tab showing ``path`` (-1 when none)."""
        head = path.split(".", 1)[0].split("[", 1)[0]
        return self._tab_of.get(head, -1)

    def selected_record(self) -> str:
        """Path of the record the user last selected (for "cite as evidence")."""
        path = self.last_record
        return path if path and self.doc.exists(path) else ""

    def refresh_all(self) -> None:
        for form in self.forms:
            form.refresh()
        for records in self.lists.values():
            records.reload()
