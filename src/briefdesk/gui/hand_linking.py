"""Linking words selected in the article by hand: add as actor, use as deal item, value,
buyer or seller, cite; and removing records others point at."""

from __future__ import annotations

from briefdesk.gui.modules import (
    codes,
    linking,
    model,
    prompts,
)
from briefdesk.gui.window_base import WindowBase


class HandLinking(WindowBase):
    """Mixed into MainWindow: selected words become records or citations."""

    # --- linking by hand ------------------------------------------------------------------------
    def _update_link_actions(self) -> None:
        has = self.sources_pane.article.selected_span() is not None
        for action in self.link_actions:
            action.setEnabled(has)
        record = self.citing_target()
        target = linking.evidence_path(self.doc.brief, record) is not None
        # Say which item gets the citation: the selected one may be on another tab.
        label = linking.record_label(self.doc.brief, record) if target else ""
        self.act_cite.setText(
            f"&Cite as evidence for “{label.replace('&', '&&')}”"
            if label
            else "&Cite as evidence for selected item"
        )
        if has:
            self.act_cite.setEnabled(target)
        elif target:  # nothing selected: a judgment repeating a sentence cites it (N18-13)
            self.act_cite.setEnabled(self._own_sentence(f"{record}.evidence") is not None)

    def _selected_span(self) -> model.Span | None:
        span = self.sources_pane.article.selected_span()
        if span is None:
            self.show_status("Select words in the article first.")
        return span

    def link_actor(self, kind: codes.ActorType) -> int | None:
        span = self._selected_span()
        if span is None:
            return None
        with self.doc.macro(f"Add {span.quote} as {kind.value}"):
            index = self._actor_for(span, kind)
        self.editor.focus_path(f"actors[{index}]")
        self.editor.lists["actors"].select_row(index)
        return index

    def _actor_for(self, span: model.Span, kind: codes.ActorType) -> int:
        existing = linking.find_actor(self.doc.brief, span.quote)
        if existing is not None:
            self._add_evidence(f"actors[{existing}]", [span])
            name = self.doc.brief.actors[existing].name
            known = "already in the brief" if name == span.quote else f"{name} in the brief"
            self.show_status(f"“{span.quote}” is {known}: cited as its evidence.", 8000)
            return existing
        short = linking.short_form_of(self.doc.brief, span.quote, kind)
        if short is not None:  # "Vaitkus" when "Darius Vaitkus" is in the brief: the same one
            actor = self.doc.brief.actors[short]
            alias = linking.bare_name(span.quote)
            self.doc.set_value(f"actors[{short}].aliases", [*actor.aliases, alias], "Add alias")
            self._add_evidence(f"actors[{short}]", [span])
            self.show_status(f"“{alias}” is {actor.name}: added as an alias and cited.", 8000)
            return short
        suggested = self._suggested_actor(span, kind)  # with its role and country (round 23)
        actor = suggested or model.Actor(name=span.quote, type=kind, evidence=[span])
        index = self.doc.insert_record("actors", actor, text="Add actor")
        self.show_status(f"Added “{actor.name}” as {_a(kind)} (Ctrl+Z undoes).", 8000)
        return index

    def _deal_index(self) -> int:
        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        if index is None:
            index = self.doc.insert_record("deals", model.Deal(title="New deal"), text="Add deal")
        return index

    def link_deal_item(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        with self.doc.macro(f"Use {span.quote} as deal item"):
            index = self._deal_index()
            self.doc.insert_record(
                f"deals[{index}].items", model.DealItem(designation=span.quote, evidence=[span])
            )
        self._show_deal(index)
        self._say_deal(f"“{span.quote}”: item of", index)  # it said nothing (N19-13)

    def link_deal_value(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        money = linking.parse_money(span.quote)
        if money is None:
            prompts.show_error(
                self,
                "Not an amount",
                f"“{span.quote}” is not an amount with a currency, e.g. $1.6 billion.",
            )
            return
        money = money.model_copy(update={"evidence": [span]})
        with self.doc.macro(f"Use {span.quote} as deal value"):
            index = self._deal_index()
            self.doc.set_value(f"deals[{index}].value", money, "Set deal value")
        self._show_deal(index)
        self._say_deal(f"“{span.quote}”: value of", index)

    def link_party(self, role: codes.PartyRole | None) -> None:
        """``role`` None: the side the target deal still lacks (newcomer15 N15-37: a party took
        four actions; the borrower a loan suggestion missed is now one chord). A side another
        actor holds is offered to be replaced, the drafted titles following (N16-03)."""
        from briefdesk.editing import fieldpath
        from briefdesk.editing.deal_follow import titles_following
        from briefdesk.editing.party_replace import replace_edits

        span = self._selected_span()
        if span is None:
            return
        further = False  # both sides held: the side is asked once the actor is known
        if role is None:
            role = self._missing_role()
            further = role is None
            role = role or codes.PartyRole.BUYER  # replaced by the one box's answer
        existing = linking.find_actor(self.doc.brief, span.quote)
        if existing is None:  # "Ostrava" for Ostrava Rail Systems: no question (N24-06)
            existing = linking.short_form_org(self.doc.brief, span.quote)
        new_actor = None if existing is not None else self._guessed_actor(span)
        if existing is None and new_actor is None:
            return  # the user cancelled the "what kind of actor" question
        if new_actor is not None:
            # "Azerbaijani" or "Pakistan's" may name a state the brief already lists.
            existing = linking.find_same_actor(self.doc.brief, new_actor)
        actor = self.doc.brief.actors[existing] if existing is not None else new_actor
        assert actor is not None
        if further:
            chosen = self._further_role(actor, span.quote)
            if chosen is None:
                return  # cancelled: nothing changed
            role, replacing = chosen, -1  # one box: added beside, never a silent replace
            if reason := self._clash(actor, role):
                self.show_status(f"Not added: {reason}", 10000)
                return
        else:
            replacing = self._side_taken(actor, role, span)
        if replacing == -2:
            return  # refused or cancelled: said, nothing changed
        with self.doc.macro(f"Use {span.quote} as deal {role.value}"):
            deal_index = self._deal_index()
            # "Use as deal buyer" in a loan makes a borrower, in a concession a concessionaire.
            role = codes.side_role(self.doc.brief.deals[deal_index].kind, role)
            if existing is not None:
                self._add_evidence(f"actors[{existing}]", [span])
                actor_index = existing
            else:
                assert new_actor is not None
                actor_index = self.doc.insert_record("actors", new_actor, text="Add actor")
            actor_id = self.doc.brief.actors[actor_index].id
            parties = self.doc.brief.deals[deal_index].parties
            before = self.doc.brief.model_copy(deep=True)
            if replacing >= 0:
                for edit in replace_edits(self.doc.brief, deal_index, replacing, actor_id):
                    self.doc.set_value(edit.path, edit.value, f"Replace party: {edit.what}")
            elif not any(p.actor_id == actor_id and p.role == role for p in parties):
                self.doc.insert_record(
                    f"deals[{deal_index}].parties", model.DealParty(actor_id=actor_id, role=role)
                )
                # A second lender: the titles made from the deal name both (N19-02).
                after = self.doc.brief.deals[deal_index]
                for edit in titles_following(before, deal_index, after):
                    self.doc.set_value(edit.path, edit.value, f"Add party: {edit.what}")
        self._show_deal(deal_index)
        deal = self.doc.brief.deals[deal_index]
        words = codes.role_words(role, deal.kind).lower()
        said = f"{self.doc.brief.actors[actor_index].name}: {words} of "
        if replacing >= 0:
            old = before.actor(before.deals[deal_index].parties[replacing].actor_id)
            followed = [
                what
                for what, path in (("title", "header.title"), ("BLUF", "bluf"))
                if fieldpath.get(before, path) != fieldpath.get(self.doc.brief, path)
            ]
            also = f"; the {' and the '.join(followed)} followed" if followed else ""
            said += f"“{deal.title or 'the deal'}” in place of {old.name if old else '?'}{also}"
        else:
            title_moved = before.header.title != self.doc.brief.header.title
            followed_title = "; the title followed" if title_moved else ""
            said += f"“{deal.title or 'the deal'}”{followed_title}"
        self.show_status(f"{said} (Ctrl+Z undoes).", 10000)

    def _side_taken(self, actor: model.Actor, role: codes.PartyRole, span: model.Span) -> int:
        """For the deal the words go to: the index of the party to replace (the user chose to),
        -1 to add a party, -2 when refused (the actor holds the other side) or cancelled."""
        from briefdesk.editing.party_replace import held_by_other, replace_first
        from briefdesk.gui.party_add import clash

        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        if index is None:
            return -1  # a new deal: no side is taken
        deal = self.doc.brief.deals[index]
        role = codes.side_role(deal.kind, role)
        if self.doc.brief.actor(actor.id) is not None:
            reason = clash(self.doc.brief, deal, actor.id, role)
            if reason and "both sides" in reason:
                self.show_status(f"Not added: {reason}", 10000)
                return -2
        holder = held_by_other(deal, role, actor.id)
        if holder is None:
            return -1
        old = self.doc.brief.actor(deal.parties[holder].actor_id)
        old_name = old.name if old is not None else "another actor"
        words = codes.role_words(role, deal.kind).lower()
        name = deal.title.strip() or "The deal"
        # newcomer20 N20-07: "Replace" first threw the earlier winner away on Enter; but a
        # holder the cited sentence never names is BriefDesk's guess, replaced first (N24-06).
        first = replace_first(self.doc.brief, deal, holder, span)
        choices = [f"Add as a second {words}", f"Replace {old_name}"]
        choice = prompts.ask_choice(
            self,
            f"Replace the {words}?",
            f"“{name}” already has {old_name} as its {words}. Replace {old_name} with "
            f"{actor.name}? The deal's title, and the brief's title and BLUF while still as "
            "drafted, follow.",
            choices[::-1] if first else choices,
        )
        if choice is None:
            return -2
        return holder if choice == (0 if first else 1) else -1

    def _clash(self, actor: model.Actor, role: codes.PartyRole) -> str:
        """Why ``actor`` (already in the brief) cannot take ``role`` in the target deal."""
        from briefdesk.gui.party_add import clash

        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        if index is None or self.doc.brief.actor(actor.id) is None:
            return ""
        return clash(self.doc.brief, self.doc.brief.deals[index], actor.id, role)

    def _further_role(self, actor: model.Actor, words: str) -> codes.PartyRole | None:
        """One box for a party joining a deal whose two sides are held (newcomer20 N20-07:
        a Role list proposing Signatory, then "Replace?"): a second of the side its kind of body
        stands on (the default), a second of the other, or another role; None: cancelled."""
        from briefdesk.editing.party_side import further_side
        from briefdesk.gui import party_add

        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        if index is None:
            return codes.PartyRole.BUYER
        deal = self.doc.brief.deals[index]
        side, other = further_side(self.doc.brief, deal, actor)
        fit, alt = (codes.role_words(r, deal.kind).lower() for r in (side, other))
        name = deal.title.strip() or "the deal"
        choice = prompts.ask_choice(
            self,
            f"Add {actor.name} to {name}",
            f"“{name}” already names both sides. Add {actor.name} as a second {fit}, as a "
            f"second {alt}, or in another role (a guarantor, an intermediary)?",
            [f"Add as a second {fit}", f"Add as a second {alt}", "Another role…"],
        )
        if choice is None:
            return None
        if choice < 2:
            return (side, other)[choice]
        return party_add.ask_role(prompts.ask_fields, self, deal, words)

    def _missing_role(self) -> codes.PartyRole | None:
        """The target deal's empty side (a new deal: its first side); None when both are
        held (the user then picks in one box, :meth:`_further_role`)."""
        from briefdesk.gui import party_add

        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        if index is None:
            return codes.PartyRole.BUYER
        missing = party_add.missing_side(self.doc.brief.deals[index])
        lacking = party_add.lacking_deal(self.doc.brief, index) if missing is None else None
        if lacking is not None:  # the deal on screen names both: the one that lacks a side
            self._show_deal(lacking)  # (newcomer23 N23-11)
            return party_add.missing_side(self.doc.brief.deals[lacking])
        return missing

    def _guessed_actor(self, span: model.Span) -> model.Actor | None:
        """A new actor for a deal party: the pending suggestion the words name, with its role,
        affiliation and country (round 23, newcomer22's leftover 5); else its kind (and
        country) from the words when they tell, else from the user; None when the user
        cancels."""
        suggested = self._suggested_actor(span)
        if suggested is not None:
            return suggested
        guess = linking.guess_actor(span.quote)
        if guess is not None:
            kind, country = codes.ActorType(guess[0]), guess[1]
        else:
            answer = prompts.ask_actor_type(self, span.quote)
            if answer is None:
                return None
            kind, country = answer, ""
        name = linking.bare_name(span.quote)
        if kind == codes.ActorType.STATE and country:
            # "Pakistani" names the state; the brief lists it as Pakistan, with the words kept.
            official = linking.state_name(name, country)
            if official != name:
                return model.Actor(
                    name=official, type=kind, country=country, aliases=[name], evidence=[span]
                )
        return model.Actor(name=name, type=kind, country=country, evidence=[span])

    def _suggested_actor(
        self, span: model.Span, kind: codes.ActorType | None = None
    ) -> model.Actor | None:
        """The actor the source's one suggestion named by the selected words becomes (of
        ``kind`` when given), cited by the selection; None when no one suggestion is named."""
        from briefdesk.editing.actor_suggested import suggested_actor, suggestion_named

        extraction = self.extractions.get(span.source_id)
        suggested = list(getattr(extraction, "actors", None) or [])
        named = suggestion_named(span.quote, suggested)
        if named is None or (kind is not None and named.type != kind.value):
            return None
        actor = suggested_actor(named, self.doc.brief, suggested)
        return actor.model_copy(update={"evidence": [span]})

    def link_judgment(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        index = self.doc.insert_record(
            "significance.judgments",
            model.KeyJudgment(statement=span.quote, evidence=[span]),
            text="Add judgment",
        )
        self.editor.focus_path(f"significance.judgments[{index}].statement")

    def link_evidence(self) -> None:
        record = self.citing_target()
        span = self.sources_pane.article.selected_span()
        if span is None and record:  # a judgment repeating a sentence cites it (N18-13)
            path = linking.evidence_path(self.doc.brief, record)
            span = self._own_sentence(path) if path else None
        if span is None:
            span = self._selected_span()  # (says "Select words in the article first.")
        if span is None:
            return
        if linking.evidence_path(self.doc.brief, record) is None:
            prompts.show_error(
                self,
                "Nothing selected",
                "Select an actor, deal, item or judgment to cite evidence for.",
            )
            return
        self._cite(record, span)

    def _say_deal(self, what: str, index: int) -> None:
        title = self.doc.brief.deals[index].title or f"deal {index + 1}"
        self.show_status(f"{what} {title} (Ctrl+Z undoes).", 8000)

    def _show_deal(self, index: int) -> None:
        self.editor.focus_path(f"deals[{index}]")
        self.editor.lists["deals"].select_row(index)

    # --- removing records others point at -------------------------------------------------------
    def remove_source(self, list_path: str, index: int) -> bool:
        """Remove a source and every citation of it, so the brief stays valid to save and open."""
        source = self.doc.brief.sources[index]
        edits = linking.citation_edits(self.doc.brief, source.id)
        cited = sum(len(self.doc.value(path)) - len(kept) for path, kept in edits)
        name = source.title or "this source"
        if cited and not prompts.ask_yes_no(
            self,
            "Remove source",
            f"“{name}” is cited {cited} time{'s' if cited != 1 else ''} as evidence. "
            "Remove the source and those citations?",
        ):
            return False
        with self.doc.macro(f"Remove source {name}"):
            for path, kept in edits:
                self.doc.set_value(path, kept)
            self.doc.remove_record(list_path, index)
        self.suggestions.pop(source.id, None)
        return True

    def remove_actor(self, list_path: str, index: int) -> bool:
        """Remove an actor and its places in deals (a party must name an existing actor)."""
        actor = self.doc.brief.actors[index]
        with self.doc.macro(f"Remove actor {actor.name}"):
            for path, value in linking.actor_reference_edits(self.doc.brief, actor.id):
                self.doc.set_value(path, value)
            self.doc.remove_record(list_path, index)
        return True


def _a(kind: codes.ActorType) -> str:
    """ "a person", "an organisation": the kind in the window's words, with its article."""
    from briefdesk.gui.bindings import choice_words

    words = choice_words(kind.value).lower()
    return f"{'an' if words[0] in 'aeiou' else 'a'} {words}"
