"""The editor's record-list tabs: actors and places, deals, significance, options, sources.

Each tab is a ``RecordList`` (a table and a detail form) whose columns and fields are declared
here; the editor itself (gui/editor.py) only places them and moves between them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from briefdesk.editing.bluf_follow import status_follow
from briefdesk.editing.deal_follow import kind_follow, role_follow
from briefdesk.editing.judgment_follow import judgment_follow
from briefdesk.editing.party_follow import actor_follow, removal_edits
from briefdesk.gui import fieldpath, prompts
from briefdesk.gui.bindings import (
    CodeBinding,
    ComboBinding,
    DateBinding,
    GradeBinding,
    IntBinding,
    LineBinding,
    LinesBinding,
    TextBinding,
    enum_choices,
)
from briefdesk.gui.editor_base import EditorBase
from briefdesk.gui.editor_header import PROSE_HINT
from briefdesk.gui.editor_widgets import MoneyBinding
from briefdesk.gui.grade_parts import GradePartBinding
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
    ActorType,
    Confidence,
    DealKind,
    Likelihood,
    PartyRole,
    SourceKind,
)
from briefdesk.model.status_words import status_choices, status_label


def _words(value: Any) -> str:
    if value is None:
        return ""
    from briefdesk.gui.bindings import choice_words

    return choice_words(getattr(value, "value", value))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _money(deal: Deal) -> str:
    """The value as the export prints it; the source's words ("as stated") may be out of date
    once the amount is corrected by hand, so they never stand in for it. An estimate keeps its
    hedge ("more than USD 2.4 billion", "USD 1.8 billion or more"), or "~" when its words are
    a range, have none or no longer say the amount."""
    if deal.value is None:
        return ""
    from briefdesk.editing.value_words import quote_disagrees
    from briefdesk.export.context import money_short
    from briefdesk.extract.money_hedge import hedge_words, trailing_hedge_words

    value = deal.value
    short = money_short(value.amount, value.currency)
    if not value.estimate:
        return short
    if value.as_stated.strip() and not quote_disagrees(value):
        before, after = hedge_words(value.as_stated), trailing_hedge_words(value.as_stated)
        if before or after:
            return " ".join(part for part in (before, short, after) if part)
    return f"~{short}"


class ListTabs(EditorBase):
    """Mixed into BriefEditor: the tabs whose records are listed in a table."""

    def _build_actors(self) -> None:
        layout = self._page("&Actors", ["actors"])
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
                table_height=150,
                grow=True,
                sortable=True,
            ),
        )
        actors.add_field("Name", LineBinding("name"))
        actors.add_field("Type", ComboBinding("type", enum_choices(ActorType)))
        actors.add_field("Title / role", LineBinding("role"))
        actors.add_field("Affiliation", LineBinding("affiliation"))
        actors.add_field("Country", CodeBinding("country", "ISO code, e.g. PK"))
        actors.add_field("Stance", LineBinding("stance"))
        # Short boxes (they scroll): every line they take is a row the actors' table loses.
        actors.add_field("Aliases", LinesBinding("aliases", "One per line", 2, max_lines=4))
        actors.add_field("Working note (not exported)", TextBinding("note", "", 2, max_lines=4))
        layout.addWidget(actors, 1)

    def _build_places(self) -> None:
        """Places on a tab of their own: under the actors' tall form, their table once had
        room for about eight rows however large the window. The last tab: it came after
        Ctrl+1…7 were learnt and took Ctrl+8, and between Actors and Deals it made Ctrl+4
        open the fifth tab (newcomer16 N16-14)."""
        layout = self._page("Places", ["places"])  # every letter of it is taken
        places = self._register(
            "places",
            RecordList(
                self.doc,
                "places",
                [("Name", lambda p: p.name), ("Country", lambda p: p.country)],
                lambda: Place(name="New place"),
                "place",
                table_height=150,
                grow=True,
                sortable=True,
            ),
        )
        places.add_field("Name", LineBinding("name"))
        places.add_field("Country", CodeBinding("country", "ISO code"))
        places.add_field("Note", LineBinding("note"))
        layout.addWidget(places, 1)

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
                    ("Status", lambda d: status_label(d.kind, d.status)),
                ],
                lambda: Deal(title="New deal"),
                "deal",
                grow=True,
                sortable=True,
            ),
        )
        deals.add_field("Title", LineBinding("title"))
        kind = ComboBinding("kind", enum_choices(DealKind))
        kind.follow = kind_follow  # sides' roles and made-up titles follow (N17-02/03)
        deals.add_field("Kind", kind)
        self._deal_status = ComboBinding("status", status_choices(DealKind.OTHER))
        self._deal_status.follow = status_follow  # a drafted BLUF follows (N22-01)
        deals.add_field("Status", self._deal_status)
        deals.add_field("Value", MoneyBinding("value"))
        deals.add_field("Announced", DateBinding("dates.announced"))
        deals.add_field("Signed", DateBinding("dates.signed"))
        deals.add_field("Delivery", LineBinding("dates.delivery", placeholder="e.g. from 2026"))
        deals.add_field("Note", TextBinding("note", "", 2, max_lines=5))

        parties = RecordList(
            self.doc,
            None,
            [("Actor", self._actor_name), ("Role", self._party_role_words)],
            self._new_party,
            "party",
            table_height=90,
        )
        self._party_actor = ComboBinding("actor_id", self.actor_choices())
        self._party_actor.follow = actor_follow  # drafted title and BLUF follow (N24-05)
        parties.add_field("Actor", self._party_actor)
        parties.remove_hook = self._remove_party  # ... and a party removed (N24-12)
        self._party_role = ComboBinding("role", enum_choices(PartyRole))
        self._party_role.follow = role_follow  # "Deal between A and B" retitled (N20-02)
        parties.add_field("Role", self._party_role)
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
        deals.form.base_listeners.append(lambda _base: self._deal_roles())
        deals.add_row("Parties", parties)
        deals.add_row("Items", items)
        layout.addWidget(deals, 1)
        self.doc.changed.connect(self._actors_changed)
        self.parties = parties
        self.items = items

    def _remove_party(self, list_path: str, row: int) -> bool:
        """Remove a party, the drafted title and BLUF following, in one undo step."""
        edits, said = removal_edits(self.doc.brief, list_path, row)
        with self.doc.macro("Remove party"):
            for edit in edits:
                self.doc.set_value(edit.path, edit.value, edit.what)
        self.doc.told.emit(said)
        return True

    def _actor_name(self, party: DealParty) -> str:
        actor = self.doc.brief.actor(party.actor_id)
        return actor.name if actor else f"(missing {party.actor_id})"

    def _new_party(self) -> DealParty | None:
        """The actor and role the user picks (None: cancelled); see gui/party_add."""
        from briefdesk.gui.party_add import ask_party

        path = self.parties.list_path or ""
        deal = fieldpath.get(self.doc.brief, path.rsplit(".", 1)[0]) if path else None
        if not isinstance(deal, Deal):
            return None
        return ask_party(prompts.ask_fields, self, self.doc.brief, deal)

    def _actors_changed(self, path: str) -> None:
        if not path or fieldpath.related(path, "actors"):
            self._party_actor.set_choices(self.actor_choices())
            self.parties.form.refresh()
            self.parties._refresh_texts()
        if not path or fieldpath.related(path, "deals"):
            self._deal_roles()

    def _deal_roles(self) -> None:
        """The Role drop-down offers the roles that fit the selected deal's kind (a concession's
        grantor and concessionaire; gui/party_add.role_choices), and the Status drop-down the
        kind's words for each status (a sanctions listing is "adopted", N14-37); both re-read
        when the kind changes."""
        from briefdesk.gui.party_add import role_choices

        path = self.parties.list_path or ""
        deal = fieldpath.get(self.doc.brief, path.rsplit(".", 1)[0]) if path else None
        if isinstance(deal, Deal):
            self._party_role.set_choices(role_choices(deal))
            self._deal_status.set_choices(status_choices(deal.kind))
            self.parties.form.refresh()
            self.parties._refresh_texts()

    def _party_role_words(self, party: Any) -> str:
        """The role in the selected deal's own words: a grant's "Donor", not "Lender"."""
        from briefdesk.model.codes import role_words

        path = self.parties.list_path or ""
        deal = fieldpath.get(self.doc.brief, path.rsplit(".", 1)[0]) if path else None
        return role_words(party.role, deal.kind if isinstance(deal, Deal) else None)

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
        statement = TextBinding("statement", "We judge that…", 2)
        statement.follow = judgment_follow  # "very likely" sets Very likely (N22-22)
        judgments.add_field("Statement", statement)
        judgments.add_field(
            "Likelihood",
            ComboBinding(
                "likelihood",
                [("(not set)", None)]
                + [
                    (f"{_words(x)} ({x.percent_range[0]}–{x.percent_range[1]}%)", x)
                    for x in Likelihood
                ],
                typed=True,
            ),
        )
        judgments.add_field(
            "Confidence",
            ComboBinding("confidence", enum_choices(Confidence, optional="(not set)"), typed=True),
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
                    ("Grade", lambda s: s.grade_label),
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
        sources.add_field("Reliabilit&y", GradePartBinding("reliability"))
        sources.add_field("Credi&bility", GradePartBinding("credibility"))
        sources.add_field("Notes", TextBinding("notes", "", 2))
        layout.addWidget(sources)
        layout.addStretch(1)
