"""``deals``: the window's Deals page in a script; run by ``cmd_records`` like every list.

Parties name actors already in the brief, by their number in ``actors list``, their id, name or
an alias. An unknown name is refused (one line listing the actors) rather than added: a typo
would otherwise become a second actor, and an actor's type cannot be guessed from a name —
``actors add`` first, as the window asks for an actor before a party can point at it.
"""

from __future__ import annotations

import argparse
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from briefdesk.cli import cmd_entities as entities_cli
from briefdesk.cli import cmd_records as records
from briefdesk.cli import deal_items, record_text
from briefdesk.model.codes import role_words
from briefdesk.model.status_words import status_words

if TYPE_CHECKING:
    from briefdesk.editing.edits import Edit
    from briefdesk.model import Brief, DealParty


def _kinds_help() -> str:
    from briefdesk.model.codes import DealKind

    return ", ".join(k.value for k in DealKind)


def _roles_help() -> str:
    """ "roles by kind: loan, grant: lender, borrower, …; concession: grantor, …"."""
    from briefdesk.model.codes import DealKind, party_roles

    by_roles: dict[tuple[str, ...], list[str]] = {}
    for kind in DealKind:
        if kind is not DealKind.OTHER:
            roles = tuple(_role_help(r.value, kind) for r in party_roles(kind))
            by_roles.setdefault(roles, []).append(kind.value)
    lines = [f"{', '.join(kinds)}: {', '.join(roles)}" for roles, kinds in by_roles.items()]
    return "roles by kind (other: any) — " + "; ".join(lines)


def _role_help(value: str, kind: str) -> str:
    """ "donor (lender)": a kind's own word for a role, with the role it stands for."""
    said = role_words(value, kind).lower()
    return value if said == value.replace("_", " ") else f"{said} ({value})"


_KINDS = _kinds_help()
_STATUSES = (
    "reported, proposed, approved, signed, in_delivery, delivered, suspended, cancelled; or the"
    " kind's own words as the editor shows them (sanctions: adopted, in force, lifted; a"
    " concession: granted, revoked; an award: issued, paid, annulled; a construction or"
    " procurement contract: awarded)"
)
_PARTY = "an actor by number in `actors list`, id or name"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = records.group(subparsers, "deals", "deal", which="id or title")
    # dest: ``kind`` already names the list (deals) for cmd_records
    add.add_argument("-k", "--kind", dest="deal_kind", metavar="KIND", required=True, help=_KINDS)
    add.add_argument("--item", required=True, help="what is sold or agreed, e.g. 'JF-17C jets'")
    edit.add_argument("-k", "--kind", dest="deal_kind", metavar="KIND", default=None, help=_KINDS)
    edit.add_argument(
        "--item", default=None, help="the item's designation (--item-number says which item)"
    )
    edit.add_argument(
        "--item-number",
        default=None,
        metavar="M",
        help="which item --item, --category and -q change (its number under the deal in "
        "`deals list`); needed when the deal has several items",
    )
    edit.add_argument(
        "--add-item", default=None, metavar="ITEM", help="add an item (--category, -q are its)"
    )
    edit.add_argument(
        "--remove-item", default=None, metavar="M", help="remove item M (its number in the list)"
    )
    for parser, is_edit in ((add, False), (edit, True)):
        parser.add_argument("--title", default=None, help="default: item (seller → buyer)")
        parser.add_argument("--category", default=None, help="the item's category, e.g. fighter")
        parser.add_argument("-q", "--quantity", default=None, help="how many of the item")
        parser.add_argument(
            "--value",
            default=None,
            help="'€420 million', 'about $1.6 billion' (an estimate), '90 billion yen' or "
            "'420000000 EUR'",
        )
        parser.add_argument("-s", "--status", default=None, help=_STATUSES)
        parser.add_argument(
            "--buyer",
            default=None,
            metavar="ACTOR",
            help=f"{_PARTY}; the side that receives, in the kind's words (a loan's borrower, "
            "a concession's concessionaire, an award's payee, sanctions' target, a "
            "construction contract's client, a lease's lessee)",
        )
        parser.add_argument(
            "--seller",
            default=None,
            metavar="ACTOR",
            help=f"{_PARTY}; the side that gives or acts (lender, grantor, payer, imposing "
            "party, contractor, lessor)",
        )
        parser.add_argument(
            "--party",
            action="append",
            default=[],
            metavar="ACTOR:ROLE",
            help="a party in any role that fits the kind (grantor, payee, imposing_party, "
            "guarantor, …; repeatable; see the roles by kind below)",
        )
        parser.epilog = _roles_help()
        parser.add_argument("--announced", "--date", default=None, metavar="YYYY-MM-DD")
        parser.add_argument("--signed", default=None, metavar="YYYY-MM-DD")
        parser.add_argument("--delivery", default=None, help="e.g. 'from 2026'")
        parser.add_argument("--note", default=None)
        entities_cli.add_citing(parser, is_edit)
    edit.add_argument(
        "--unparty", action="append", default=[], metavar="ACTOR", help="take an actor out"
    )
    edit.epilog = (
        "--buyer/--seller/--party replace whoever held that role; none clears a field. "
        "Example: briefdesk deals edit b.brief 1 --value '$1.6 billion' --status signed; "
        "briefdesk deals edit b.brief 1 --item-number 2 -q 12. " + _roles_help()
    )
    records.HOOKS["deals"] = records.RecordCli(
        _new_deal,
        _deal_changes,
        deal_line,
        _deal_details,
        _dump,
        follow=_brief_following,
        said=_brief_words_said,
    )


def _kind_edits(brief: Brief, index: int, values: dict[str, Any], which: str) -> list[Edit]:
    """The window's kind-change edits (``deal_follow.kind_change_edits``) for a new kind in
    ``values``: the deal title's (``which`` "deal") or the brief title's and marks' ("brief")."""
    from briefdesk.editing.deal_follow import kind_change_edits

    if "kind" not in values:
        return []
    edits = kind_change_edits(brief, index, values["kind"])
    if which == "deal":
        return [e for e in edits if e.what == "deal title"]
    return [e for e in edits if e.what in ("brief title", "BLUF", "draft marks")]


def _brief_following(brief: Brief, index: int, values: dict[str, Any]) -> list[Edit]:
    """The brief's title (and BLUF) while still as drafted follow the main deal's new kind,
    as in the window; a title given with --title keeps the brief's as it is. A new status
    alone: the BLUF while still as drafted follows it (N22-01)."""
    if "parties" in values and "kind" not in values:  # as the window's Actor list (N24-05)
        return _parties_following(brief, index, values)
    if "status" in values and "kind" not in values:
        from briefdesk.editing.bluf_follow import status_follow

        edits, _said = status_follow(brief, f"deals[{index}].status", values["status"])
        return [e for e in edits if e.what in ("BLUF", "draft marks")]
    given = values.get("title")
    if given is not None and given != brief.deals[index].title:
        made = [e.value for e in _kind_edits(brief, index, values, "deal")]
        if given not in made:
            return []  # the user titled the deal: the brief's title is theirs to change
    return _kind_edits(brief, index, values, "brief")


def _brief_words_said(before: Brief, after: Brief, index: int) -> list[str]:
    """What followed on the brief's level, as the window's status line says it (newcomer24
    N24-05): the brief's title and BLUF as changed, and the words the analyst wrote that still
    name an actor no longer party to any deal (kept; how to have them drafted again)."""
    from briefdesk.editing.party_follow import names

    said = [
        f"the brief's {what} followed: “{now}”"
        for what, was, now in (
            ("title", before.header.title, after.header.title),
            ("BLUF", before.bluf, after.bluf),
        )
        if was != now
    ]
    was = {p.actor_id for p in before.deals[index].parties}
    gone = was - {p.actor_id for d in after.deals for p in d.parties}
    for actor in (before.actor(a) for a in sorted(gone)):
        for what, path, text in (
            ("title", "header.title", after.header.title),
            ("BLUF", "bluf", after.bluf),
        ):
            if actor is not None and names(text, actor.name):
                who = "you wrote" if text != after.drafted.get(path) else "drafted"
                how = "" if what == "title" else " (clear it with bluf= and run `briefdesk draft`)"
                said.append(f"the {what} {who} still names {actor.name}: not changed{how}")
    return said


def _parties_following(brief: Brief, index: int, values: dict[str, Any]) -> list[Edit]:
    """The deal's title (unless given) and the brief's drafted title and BLUF following a
    party put in another's place (--seller) or taken out (--unparty)."""
    from briefdesk.editing.party_follow import party_change_edits

    was = [p.actor_id for p in brief.deals[index].parties]
    now = [p.actor_id for p in values["parties"]]
    gone, came = [a for a in was if a not in now], [a for a in now if a not in was]
    old, new = (gone[0], came[0]) if len(gone) == len(came) == 1 else (",".join(gone), "")
    edits = party_change_edits(brief, index, values["parties"], old, new)
    keep = ("header.title", "bluf", "drafted") + (() if "title" in values else ("deals[",))
    return [e for e in edits[1:] if e.path.startswith(keep)]


def _given_parties(brief: Brief, args: argparse.Namespace, kind: Any) -> list[DealParty]:
    """The parties typed, --buyer/--seller in the kind's words (a loan's borrower); a role
    the kind does not offer is refused with the roles it does."""
    from briefdesk.editing import entities
    from briefdesk.editing.records import RecordError
    from briefdesk.model.codes import (
        PartyRole,
        kind_noun,
        party_roles,
        role_fits,
        role_of_words,
        side_role,
    )

    out = []
    for role, name in ((PartyRole.BUYER, args.buyer), (PartyRole.SELLER, args.seller)):
        if name is not None:
            out.append(entities.party(brief, name, side_role(kind, role)))
    for spec in args.party:
        name, _sep, words = spec.rpartition(":")
        own = role_of_words(words, kind) if name.strip() else None  # a grant's "donor"
        party = entities.party(brief, name, own) if own else entities.party(brief, spec)
        if not role_fits(kind, party.role):
            fits = ", ".join(r.value for r in party_roles(kind))
            noun = kind_noun(kind)
            raise RecordError(
                f"party {spec!r}: {'an' if noun[0] in 'aeiou' else 'a'} {noun} has no "
                f"{party.role.value}; use one of: {fits}"
            )
        out.append(party)
    return out


def _new_deal(brief: Brief, args: argparse.Namespace) -> Any:
    from briefdesk.editing import entities
    from briefdesk.editing.accept import deal_title
    from briefdesk.editing.records import date_or_none
    from briefdesk.editing.value_words import typed_value
    from briefdesk.model import Deal, DealDates, DealItem

    item = entities_cli.name_of(args.item, "deal item")
    kind = entities.deal_kind(args.deal_kind)
    parties = _given_parties(brief, args, kind)
    extra: dict[str, Any] = {}
    if args.status is not None:
        extra["status"] = entities.deal_status(args.status, kind)
    title = record_text.prose(args.title or "") or deal_title(
        SimpleNamespace(item=item, kind=kind.value, **_names(brief, parties, kind))
    )
    return Deal(
        kind=kind,
        title=title,
        parties=entities.with_parties([], parties),
        items=[
            DealItem(
                designation=item,
                category=record_text.prose(args.category or ""),
                quantity=entities.quantity(args.quantity or ""),
            )
        ],
        value=typed_value(brief, entities.money(args.value or "")),
        dates=DealDates(
            announced=date_or_none(args.announced or "", "announced"),
            signed=date_or_none(args.signed or "", "signed"),
            delivery=record_text.prose(args.delivery or ""),
        ),
        note=record_text.prose(args.note or ""),
        evidence=entities_cli.citations(brief, args.cite),
        **extra,
    )


def _names(brief: Brief, parties: list[DealParty], kind: Any) -> dict[str, str]:
    """The names on the kind's two sides, as a suggestion's buyer and seller slots."""
    from briefdesk.model.codes import slot_names

    named = []
    for p in parties:
        actor = brief.actor(p.actor_id)
        if actor is not None:
            named.append((str(p.role), actor.name))
    buyer, seller = slot_names(kind, named)
    return {"buyer": buyer, "seller": seller}


def _deal_changes(brief: Brief, index: int, args: argparse.Namespace) -> dict[str, Any]:
    from briefdesk.editing import entities
    from briefdesk.editing.records import RecordError, date_or_none
    from briefdesk.editing.value_words import retyped_value, without_stale_quotes

    deal = brief.deals[index]
    values = entities_cli.common_changes(brief, deal, "deal", args, ("title", "note"))
    if args.deal_kind is not None:
        from briefdesk.editing.deal_follow import mapped_parties

        values["kind"] = entities.deal_kind(args.deal_kind)
        mapped = mapped_parties(deal.parties, deal.kind, values["kind"])
        if mapped != deal.parties:  # the sides in the new kind's words, as the window (N18-03)
            values["parties"] = mapped
        for edit in [] if "title" in values else _kind_edits(brief, index, values, "deal"):
            values["title"] = edit.value  # still the title made from the deal: it follows
    if args.status is not None:
        values["status"] = entities.deal_status(args.status, values.get("kind", deal.kind))
    if args.value is not None:
        values["value"] = value = retyped_value(brief, deal.value, entities.money(args.value))
        if value is not None:  # the old value's words ("$300 million") no longer cite it
            cited = values.get("evidence", deal.evidence)
            values["evidence"] = without_stale_quotes(cited, value.amount)
    for name in ("announced", "signed"):
        if getattr(args, name) is not None:
            values[f"dates.{name}"] = date_or_none(getattr(args, name), name)
    if args.delivery is not None:
        values["dates.delivery"] = record_text.prose(args.delivery)
    items = deal_items.edited_items(deal, index, args)
    if items is not None:
        values["items"] = items
    new = _given_parties(brief, args, values.get("kind", deal.kind))
    if new or args.unparty:
        gone = {brief.actors[entities.actor_index(brief, w, "unparty")].id for w in args.unparty}
        for which in args.unparty:
            actor = brief.actors[entities.actor_index(brief, which, "unparty")]
            if not any(p.actor_id == actor.id for p in deal.parties):
                raise RecordError(f"unparty {which!r}: {actor.name} is not a party")
        kept = [p for p in values.get("parties", deal.parties) if p.actor_id not in gone]
        values["parties"] = entities.with_parties(kept, new)
    if "parties" in values and "title" not in values:  # "Deal between A and B" (N20-02)
        from briefdesk.editing.deal_follow import between_retitled

        kinded = deal.model_copy(update={"kind": values.get("kind", deal.kind)})
        if title := between_retitled(brief, kinded, values["parties"]):
            values["title"] = title
    return values


def deal_line(brief: Brief, deal: Any, limit: int) -> str:
    """``JF-17C jets (Pakistan → Azerbaijan) — arms sale, $1.6 billion, signed``."""
    parts = [deal.kind.value.replace("_", " ")]
    if deal.value is not None:
        exact = f"{deal.value.amount:,f} {deal.value.currency}"
        parts.append(
            deal.value.as_stated or (f"{exact} (estimate)" if deal.value.estimate else exact)
        )
    parts.append(status_words(deal.kind, deal.status))
    return f"{record_text.clip(deal.title or '(untitled)', limit)} — {', '.join(parts)}"


def _deal_details(brief: Brief, deal: Any) -> list[str]:
    out = []
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        number = brief.actors.index(actor) + 1 if actor else 0
        who = f"{actor.name} (actor {number})" if actor else f"(missing {party.actor_id})"
        out.append(f"{role_words(party.role, deal.kind).lower()}: {who}")
    for number, item in enumerate(deal.items, start=1):
        count = f"{item.quantity} × " if item.quantity is not None else ""
        category = f" ({item.category})" if item.category else ""
        label = f"item {number}" if len(deal.items) > 1 else "item"  # --item-number M
        out.append(f"{label}: {count}{item.designation}{category}")
    if deal.value is not None:
        estimate = " (estimate)" if deal.value.estimate else ""
        out.append(f"value: {deal.value.amount:f} {deal.value.currency}{estimate}")
    dates = deal.dates
    for name, when in (("announced", dates.announced), ("signed", dates.signed)):
        if when is not None:
            out.append(f"{name}: {when.isoformat()}")
    if dates.delivery:
        out.append(f"delivery: {dates.delivery}")
    if deal.note:
        out.append(f"note: {record_text.clip(deal.note, 0)}")
    return out + entities_cli.cited(deal)


def _dump(brief: Brief, deal: Any) -> dict[str, Any]:
    """The deal as the file holds it, each party with its actor's name besides its id, and the
    status's words beside its code ("status": "signed", "status_words": "granted" for a licence:
    the words the window, ``deals list`` and the Word file show; newcomer25 N25-02)."""
    row: dict[str, Any] = deal.model_dump(mode="json")
    row["status_words"] = status_words(deal.kind, deal.status)
    for party in row["parties"]:
        actor = brief.actor(party["actor_id"])
        party["name"] = actor.name if actor else ""
    return row
