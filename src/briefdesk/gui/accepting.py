"""Accepting suggestions (one, several, or after editing them), applied as one undo step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefdesk.gui.modules import (
    fieldpath,
    linking,
    model,
    prompts,
    suggestion_kit,
)
from briefdesk.gui.window_base import WindowBase


class Accepting(WindowBase):
    """Mixed into MainWindow: suggestions and selections become records."""

    def accept_suggestions(
        self, items: list[suggestion_kit.Suggestion], edit: bool = False
    ) -> None:
        """Accept (optionally after editing every field) as one undo step; cancelling the
        edit changes nothing, so the brief is not marked changed."""
        chosen: list[tuple[suggestion_kit.Suggestion, suggestion_kit.Suggestion, str]] = []
        self._deal_extras = {}  # this round's edited deals → the fields a suggestion lacks
        self._date_notes = []
        for original in items:
            suggestion, name = original, original.name or original.label
            if edit:
                edited = self._edit_suggestion(original)
                if edited is None:
                    continue
                suggestion, name = edited
            chosen.append((original, suggestion, name))
        if not chosen:
            return
        from briefdesk.editing.memory import remember_edits

        accepted = 0
        failed = False
        decided: list[tuple[str, str]] = []
        title = "Accept suggestion" if len(chosen) == 1 else f"Accept {len(chosen)} suggestions"
        before = self.doc.brief.model_copy(deep=True)
        with self.doc.macro(title):
            for original, suggestion, name in chosen:
                try:
                    if self._accept_one(suggestion, name, edited=edit):
                        accepted += 1
                except (fieldpath.EditRefused, ValueError, TypeError, AttributeError) as exc:
                    self.show_status(f"Could not accept “{suggestion.label}”: {exc}", 8000)
                    failed = True
                    continue
                decided.append((original.source_id, suggestion_kit.suggestion_key(original)))
                # Kept when the brief itself hides it (same name, deal or sentence): undoing the
                # accept then brings the suggestion back instead of losing it.
                if edit or not self._already_in_brief(original):
                    self._drop_suggestion(original)
            # Decided, in the same undo step: renaming the record later does not bring it back.
            for change in remember_edits(self.doc.brief, decided, "Accept suggestion"):
                self.doc.set_value(change.path, change.value, change.what)
        self._refresh_suggestions()
        self._show_new_deal(before)
        merged, self._merge_note = self._merge_note, ""
        if merged and accepted == 1:
            self.show_status(f"{merged}. Ctrl+Z undoes it.", 10000)
        elif self._date_notes and len(chosen) == 1:
            self.show_status(self._date_notes[0], 10000)
        elif self._date_notes:
            self.show_status(f"{len(chosen)} suggestions: " + "; ".join(self._date_notes), 15000)
        elif accepted:
            from briefdesk.editing.accept_said import added_words

            said = added_words(before, self.doc.brief) if accepted == 1 else ""
            if said:  # what it added, as dismiss and merge say (newcomer17 N17-15)
                self.show_status(f"{said}; Ctrl+Z undoes it.", 10000)
            else:
                self.show_status(f"Accepted {accepted} suggestion{'s' if accepted != 1 else ''}")
        if not accepted and not self._date_notes and not failed:
            # Never silent: the last message ("Accepted 1 suggestion") would read as this one.
            self.show_status(f"Nothing accepted from “{chosen[0][0].label}”", 8000)
        judgment = self._new_judgment_path
        if judgment:
            self._new_judgment_path = ""
            self.editor.focus_path(f"{judgment}.statement")

    def _show_new_deal(self, before: model.Brief) -> None:
        """The Deals editor shows the deal just accepted, and "use as deal party" goes to it
        (newcomer23 N23-11, N23-20: it stayed on the deal shown before)."""
        had = {deal.id for deal in before.deals}
        new = [i for i, deal in enumerate(self.doc.brief.deals) if deal.id not in had]
        if new and "deals" in self.editor.lists:
            self.editor.lists["deals"].select_row(new[-1])

    _new_judgment_path = ""
    _date_notes: list[str]  # what accepting dates did this round, said in the status line
    _merge_note = ""  # said after accepting a deal that filled one already in the brief

    def _edit_suggestion(
        self, suggestion: suggestion_kit.Suggestion
    ) -> tuple[suggestion_kit.Suggestion, str] | None:
        """Every field the suggestion fills, in a small form; None when cancelled."""
        import dataclasses

        from briefdesk.editing.accept import deal_title

        raw = suggestion.raw
        name = suggestion.name or suggestion.label
        if suggestion.kind == "deals":
            name = deal_title(raw, name)  # the title the deal gets, without its value
            if dataclasses.is_dataclass(raw) and hasattr(raw, "buyer_key"):
                return self._edit_deal(suggestion, name)
        if (
            suggestion.kind == "actors"
            and dataclasses.is_dataclass(raw)
            and hasattr(raw, "aliases")
        ):
            return self._edit_actor(suggestion, name)
        fields = _EDITABLE.get(suggestion.kind, ())
        shown = [
            (label, name if attr == "" else str(getattr(raw, attr, "") or ""))
            for label, attr in fields
        ]
        if not shown:
            shown = [("Text", name)]
        kind = suggestion.kind.rstrip("s")
        answers = prompts.ask_fields(self, f"Edit {kind} and accept", shown)
        if answers is None:
            return None
        new_name = (answers.get(shown[0][0]) or name).strip() or name
        changes: dict[str, Any] = {}
        for label, attr in fields:
            if not attr or label not in answers or not dataclasses.is_dataclass(raw):
                continue
            value: Any = answers[label].strip()
            if attr == "quantity":
                value = int(value) if value.isdigit() else None
            if attr in ("buyer", "seller") and value != getattr(raw, attr, ""):
                # Another party typed in: the key of the one extraction found no longer holds.
                changes[f"{attr}_key"] = ""
            changes[attr] = value
        if attr_name := _NAME_ATTR.get(suggestion.kind):
            changes[attr_name] = new_name
        if changes and dataclasses.is_dataclass(raw) and not isinstance(raw, type):
            known = {f.name for f in dataclasses.fields(raw)}
            raw = dataclasses.replace(raw, **{k: v for k, v in changes.items() if k in known})
        edited = dataclasses.replace(suggestion, raw=raw, name=new_name)
        return edited, new_name

    def _edit_actor(
        self, suggestion: suggestion_kit.Suggestion, name: str
    ) -> tuple[suggestion_kit.Suggestion, str] | None:
        """Every field of the Actors tab (gui/actor_accept.py)."""
        import dataclasses

        from briefdesk.editing.affiliation_full import bodies_of, full_affiliation
        from briefdesk.gui import actor_accept

        raw = suggestion.raw
        if getattr(raw, "affiliation", "") and getattr(raw, "type", "") == "person":
            # Pre-filled with the body a short affiliation stands for (N18-08).
            extraction = self.extractions.get(suggestion.source_id)
            bodies = bodies_of(self.doc.brief, extraction.actors if extraction else ())
            raw = dataclasses.replace(raw, affiliation=full_affiliation(raw.affiliation, bodies))
        answers = prompts.ask_fields(
            self,
            "Edit actor and accept",
            actor_accept.fields(raw, name),
            None,
            lambda typed: actor_accept.apply(raw, typed),
        )
        if answers is None:
            return None
        raw, new_name = actor_accept.apply(raw, answers)
        return dataclasses.replace(suggestion, raw=raw, name=new_name), new_name

    def _edit_deal(
        self, suggestion: suggestion_kit.Suggestion, name: str
    ) -> tuple[suggestion_kit.Suggestion, str] | None:
        """Every field of the deal editor, its party labels per kind (gui/deal_accept.py)."""
        import dataclasses

        from briefdesk.gui import deal_accept

        fields = deal_accept.fields(suggestion.raw, name)
        answers = prompts.ask_fields(
            self,
            "Edit deal and accept",
            fields,
            deal_accept.relabel,
            lambda typed: deal_accept.apply(suggestion.raw, typed),  # refused: the box stays
        )
        if answers is None:
            return None
        try:
            raw, extras = deal_accept.apply(suggestion.raw, answers)
        except ValueError as exc:
            prompts.show_error(self, "Cannot accept deal", str(exc))
            return None
        from briefdesk.editing.accept import deal_title

        typed = (answers.get("Title") or "").strip()
        # A title left as made is made again from the sides and item as edited (newcomer24
        # N24-12: "Energy supply to Ministry of …" outlived the buyer put right in the box).
        title = typed if typed and typed != name else deal_title(raw, name) or name
        edited = dataclasses.replace(suggestion, raw=raw, name=title)
        self._deal_extras[id(edited)] = extras
        return edited, title

    _deal_extras: dict[int, Any]  # set by accept_suggestions for one round

    def _accept_one(
        self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
    ) -> bool:
        raw = suggestion.raw
        text = self._source_text(suggestion.source_id)
        kind = suggestion.kind
        if kind == "actors":
            self._accept_actor(suggestion, name, edited=edited)
            return True
        if kind == "places":
            place = (
                raw.to_place(suggestion.source_id, text)
                if hasattr(raw, "to_place")
                else model.Place(name=name, evidence=list(suggestion.spans))
            )
            if edited:
                place = place.model_copy(update={"name": name})
            self.doc.insert_record("places", place, text="Accept place")
            return True
        if kind == "deals":
            self._accept_deal(suggestion, name, edited=edited)
            return True
        if kind == "significance":
            return self._cite_significance(suggestion)
        if kind == "dates":
            return self._accept_date(suggestion)
        return False

    def _cite_significance(self, suggestion: suggestion_kit.Suggestion) -> bool:
        """A significance sentence is evidence for a judgment, never the analyst's words: it is
        cited for the selected judgment, or a new judgment is started with it as its source."""
        selected = self.editor.selected_record()
        if selected.startswith("significance.judgments[") and self._judgment_in_view(selected):
            self._add_evidence(selected, list(suggestion.spans))
            return True
        index = self.doc.insert_record(
            "significance.judgments",
            model.KeyJudgment(statement="", evidence=list(suggestion.spans)),
            text="Start a judgment from the source",
        )
        self._new_judgment_path = f"significance.judgments[{index}]"
        self.show_status("Cited the sentence for a new judgment: write the judgment in your words")
        return True

    def _judgment_in_view(self, path: str) -> bool:
        """The judgment the user has open on the Significance tab (not one selected long ago)."""
        records = self.editor.lists["significance.judgments"]
        return records.isVisible() and records.current_path() == path

    def _accept_date(self, suggestion: suggestion_kit.Suggestion) -> bool:
        """Into the deal date its sentence speaks of, never over a date already set; else
        into Current status with its sentence (editing/date_accept.py); always said."""
        from briefdesk.editing.date_accept import date_deal, plan_date

        raw = suggestion.raw
        span = suggestion.spans[0] if suggestion.spans else None
        if span is None:
            self._date_notes.append(
                f"Nothing accepted: “{suggestion.label}” has no words in the source to place"
            )
            return False
        text = self._source_text(suggestion.source_id)
        selected = linking.target_deal(self.doc.brief, self.editor.selected_record())
        index = date_deal(self.doc.brief, span.source_id, text, span.start, span.end, selected)
        value = getattr(raw, "resolved", None)
        plan = plan_date(
            self.doc.brief,
            index,
            text,
            span.start,
            span.end,
            value if isinstance(value, dt.date) else None,
            getattr(raw, "precision", "day"),
        )
        if plan.path and plan.status is not None and index is not None:
            self._date_with_status(plan, index)
        elif plan.path:
            self.doc.set_value(plan.path, plan.value, "Accept date")
        self._date_notes.append(plan.message)
        self.show_status(plan.message, 10000)
        return bool(plan.path)

    def _date_with_status(self, plan: Any, index: int) -> None:
        """The signed date, the status it brings and a drafted BLUF following (N22-03), in the
        accepting's one undo step (``accept_suggestions``' macro)."""
        from briefdesk.editing.bluf_follow import status_follow
        from briefdesk.editing.edits import Edit

        path = f"deals[{index}].status"
        self.doc.set_value(plan.path, plan.value, "Accept date")
        edits, _said = status_follow(self.doc.brief, path, plan.status)
        for edit in edits or [Edit(path, plan.status, "status")]:
            self.doc.set_value(edit.path, edit.value, edit.what)

    def _accept_actor(
        self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
    ) -> int:
        existing = linking.find_actor(self.doc.brief, name)
        if existing is not None:
            self._add_evidence(f"actors[{existing}]", suggestion.spans)
            return existing
        raw = suggestion.raw
        if hasattr(raw, "to_actor"):
            from briefdesk.editing.actor_rank import with_rank

            text = self._source_text(suggestion.source_id)
            actor = with_rank(raw.to_actor(suggestion.source_id, text), raw, text)  # (N20-14)
        else:
            actor = model.Actor(name=name)
        if edited:
            actor = actor.model_copy(update={"name": name})
        else:  # a short affiliation names the one body it stands for (N18-08)
            from briefdesk.editing.affiliation_full import with_full_affiliation

            extraction = self.extractions.get(suggestion.source_id)
            suggested = extraction.actors if extraction is not None else ()
            actor = with_full_affiliation(actor, self.doc.brief, suggested)
        if not actor.evidence and suggestion.spans:
            actor = actor.model_copy(update={"evidence": list(suggestion.spans)})
        return self.doc.insert_record("actors", actor, text="Accept actor")

    def _accept_deal(
        self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
    ) -> None:
        """The deal with its buyer and seller: parties not yet in the brief are added as actors,
        from their own suggestion (with its evidence) when extraction found one."""
        from briefdesk.editing import accept, same_deal
        from briefdesk.extract.results import DealSuggestion

        raw = suggestion.raw
        source = self.doc.brief.source(suggestion.source_id)
        if not isinstance(raw, DealSuggestion) or source is None:
            self.doc.insert_record(
                "deals", model.Deal(title=name, evidence=list(suggestion.spans)), text="Add deal"
            )
            return
        # Parties come by key from the same reading: names are never matched again.
        work = self.doc.snapshot()
        extraction = self.extractions.get(suggestion.source_id)
        same = same_deal.matching_deal(work, raw, source)
        if same is not None:  # the other half of a deal in the brief: one record (N13-10)
            filled = same_deal.merge_into(work, same, raw, extraction, source)
            title = work.deals[same].title or "the deal"
            added = ", ".join(filled) if filled else "its words as evidence"
            self._merge_note = f"Merged into deal “{title}” (same contract): added {added}"
            self._apply_deal_work(work)
            return
        accept.accept_deal(work, raw, extraction, source)  # (with its own dates: N19-08)
        if edited:
            work.deals[-1].title = name
            extras = getattr(self, "_deal_extras", {}).pop(id(suggestion), None)
            if extras is not None:
                from briefdesk.gui.deal_accept import fill

                fill(work.deals[-1], extras)
        self._apply_deal_work(work)

    def _apply_deal_work(self, work: model.Brief) -> None:
        from briefdesk.editing.edits import changed_fields

        for edit in changed_fields(
            self.doc.brief, work, (("actors", "actors"), ("deals", "deals"))
        ):
            self.doc.set_value(edit.path, edit.value, f"Accept deal: {edit.what}")

    def _add_evidence(self, record_path: str, spans: list[model.Span]) -> None:
        path = f"{record_path}.evidence"
        evidence = list(self.doc.value(path))
        added = [s for s in spans if not linking.has_span(evidence, s)]
        if added:
            self.doc.set_value(path, evidence + added, "Cite evidence")


# What "Edit & accept" shows for each kind: (label, suggestion attribute; "" = the name).
_EDITABLE: dict[str, tuple[tuple[str, str], ...]] = {
    "actors": (("Name", ""), ("Role", "role"), ("Affiliation", "affiliation")),
    "places": (("Name", ""),),
    "deals": (("Title", ""),),  # a deal found by extraction: gui/deal_accept.py, every field
    "dates": (("Words", ""),),
    "significance": (("Sentence", ""),),
}
_NAME_ATTR = {"actors": "name", "places": "name"}
