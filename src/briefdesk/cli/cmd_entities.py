"""``actors`` and ``places``: the window's Actors page in a script (``deals`` is in cmd_deals).

The groups are built and run by ``cmd_records`` (the same add/list/edit/remove, lock, checks and
save as ``judgments``); this module only says how a command line becomes an actor or a place
and how one is printed. Removing an actor a deal names as a party is refused, naming the deal;
``--force`` removes it with its places in deals, as the window's Remove does in one undo step
(a script has no undo, so it must say it means it).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefdesk.cli import cmd_records as records
from briefdesk.cli import record_text

if TYPE_CHECKING:
    from briefdesk.editing.edits import Edit
    from briefdesk.model import Brief

_TYPES = "person, organization, state, international_organization"
_COUNTRY_HELP = "ISO 3166-1 alpha-2 code (PK) or the country's name; none clears it"
_CITE_HELP = "words of a source that name it: SRC:'words' (SRC is src-1 or 1; repeatable)"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _actors(subparsers)
    _places(subparsers)


def add_citing(parser: argparse.ArgumentParser, edit: bool) -> None:
    """``--cite`` (adds) and, when editing, ``--uncite`` (drops a source's citations)."""
    parser.add_argument("--cite", action="append", default=[], metavar="SRC:WORDS", help=_CITE_HELP)
    if edit:
        parser.add_argument(
            "--uncite", action="append", default=[], metavar="SRC", help="drop a source's citations"
        )


def _actors(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    force = "also take the actor out of the deals that name it as a party (as the window does)"
    add, edit, _ = records.group(subparsers, "actors", "actor", force, "id, name or alias")
    add.add_argument("name", metavar="NAME", help="e.g. 'Pakistan Aeronautical Complex'")
    add.add_argument(
        "-t", "--type", default=None, help=f"{_TYPES} (required, unless --from-library)"
    )
    add.add_argument(
        "--from-library",
        action="store_true",
        help="take NAME from the desk's library (a name or alias it knows): its type, country, "
        "aliases, newest role and affiliation, and a note of the brief it came from; options "
        "given here win",
    )
    edit.add_argument("--name", default=None)
    edit.add_argument("-t", "--type", default=None, help=_TYPES)
    for parser, is_edit in ((add, False), (edit, True)):
        parser.add_argument("--role", default=None, help="e.g. 'Defence Minister'")
        parser.add_argument("--affiliation", default=None, help="e.g. 'Government of Pakistan'")
        parser.add_argument("--country", default=None, help=_COUNTRY_HELP)
        parser.add_argument(
            "--alias", action="append", default=None, help="another name (repeatable)"
        )
        parser.add_argument("--stance", default=None)
        parser.add_argument("--note", default=None)
        add_citing(parser, is_edit)
    edit.add_argument("--no-aliases", action="store_true", help="remove every alias")
    edit.epilog = "--alias replaces the actor's aliases; --cite adds to its citations."
    records.HOOKS["actors"] = records.RecordCli(
        _new_actor, _actor_changes, _actor_line, _actor_details, _dump, _actor_remove
    )


def _places(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = records.group(subparsers, "places", "place", which="id or name")
    add.add_argument("name", metavar="NAME", help="e.g. 'Kamra'")
    edit.add_argument("--name", default=None)
    for parser, is_edit in ((add, False), (edit, True)):
        parser.add_argument("--country", default=None, help=_COUNTRY_HELP)
        parser.add_argument("--note", default=None)
        add_citing(parser, is_edit)
    records.HOOKS["places"] = records.RecordCli(
        _new_place, _place_changes, _place_line, _place_details, _dump
    )


def name_of(text: str, noun: str) -> str:
    name = " ".join(text.split())
    if not name:
        from briefdesk.editing.records import RecordError

        raise RecordError(f"the {noun}'s name is empty")
    return name


def citations(brief: Brief, specs: list[str]) -> list[Any]:
    from briefdesk.editing import records as rec

    return record_text.unique_spans([rec.citation(brief, spec) for spec in specs])


def common_changes(
    brief: Brief, record: Any, noun: str, args: argparse.Namespace, texts: tuple[str, ...]
) -> dict[str, Any]:
    """Name, country, free-text fields and citations, as given on an ``edit`` command line."""
    from briefdesk.editing import entities

    values: dict[str, Any] = {}
    if getattr(args, "name", None) is not None:
        values["name"] = name_of(args.name, noun)
    if getattr(args, "country", None) is not None:
        values["country"] = entities.country(args.country)
    for field in texts:
        if getattr(args, field) is not None:
            values[field] = record_text.prose(getattr(args, field))
    if args.cite or args.uncite:
        values["evidence"] = record_text.evidence_after(
            brief, record.evidence, args.cite, args.uncite, noun
        )
    return values


def _new_actor(brief: Brief, args: argparse.Namespace) -> Any:
    from briefdesk.editing import entities
    from briefdesk.editing.records import RecordError
    from briefdesk.model import Actor

    if args.from_library:
        return _library_actor(brief, args)
    if args.type is None:
        raise RecordError("give the actor's type with -t/--type (or use --from-library)")
    kind = entities.actor_type(args.type)
    name = name_of(args.name, "actor")
    actor = Actor(
        name=name,
        type=kind,
        role=record_text.prose(args.role or ""),
        affiliation=record_text.prose(args.affiliation or ""),
        country=entities.country(args.country or "") or entities.state_country(name, kind),
        aliases=record_text.lines(args.alias or []),
        stance=record_text.prose(args.stance or ""),
        note=record_text.prose(args.note or ""),
        evidence=citations(brief, args.cite),
    )
    entities.same_actor(brief, actor)
    return actor


def _library_actor(brief: Brief, args: argparse.Namespace) -> Any:
    """``actors add --from-library``: the library's actor, with what the command line gives
    put over it (N21-16)."""
    from briefdesk.cli.main import CommandError
    from briefdesk.editing import entities
    from briefdesk.editing.library_actor import FilledIn, actor_or_fill
    from briefdesk.library import LibraryError
    from briefdesk.library.open import open_from_settings
    from briefdesk.settings import load_settings

    name = name_of(args.name, "actor")
    try:
        lib = open_from_settings(load_settings())
        try:
            dossier = lib.dossier(name, limit=0)
        finally:
            lib.close()
    except LibraryError as exc:
        raise CommandError(f"--from-library: {exc}") from None
    if dossier is None:
        raise CommandError(
            f"no actor matching {name!r} in the library (briefdesk library actor NAME shows "
            "what it knows; briefdesk library index brings it up to date)"
        )
    actor = actor_or_fill(brief, dossier)
    if isinstance(actor, FilledIn):
        return actor  # the brief has it: what it lacks is filled in (N23-16)
    given: dict[str, Any] = {}
    if args.type is not None:
        given["type"] = entities.actor_type(args.type)
    if args.country is not None:
        given["country"] = entities.country(args.country)
    for field in ("role", "affiliation", "stance", "note"):
        if getattr(args, field) is not None:
            given[field] = record_text.prose(getattr(args, field))
    if args.alias is not None:
        given["aliases"] = record_text.lines(args.alias)
    if args.cite:
        given["evidence"] = citations(brief, args.cite)
    if "affiliation" in given:
        from briefdesk.editing import linking

        index = linking.find_actor(brief, given["affiliation"])
        given["affiliation_id"] = brief.actors[index].id if index is not None else None
    actor = actor.model_copy(update=given)
    entities.same_actor(brief, actor)
    return actor


def _actor_changes(brief: Brief, index: int, args: argparse.Namespace) -> dict[str, Any]:
    from briefdesk.editing import entities

    actor = brief.actors[index]
    texts = ("role", "affiliation", "stance", "note")
    values = common_changes(brief, actor, "actor", args, texts)
    if args.type is not None:
        values["type"] = entities.actor_type(args.type)
    if args.no_aliases:
        values["aliases"] = []
    elif args.alias is not None:
        values["aliases"] = record_text.lines(args.alias)
    _not_another(brief, index, [values.get("name", ""), *values.get("aliases", [])], "actor")
    return values


def _not_another(brief: Brief, index: int, names: list[str], noun: str) -> None:
    """Refuse a new name or alias that another actor (place) already answers to: two records
    with one name could no longer be told apart on the command line or in a deal's parties."""
    from briefdesk.editing.records import RecordError

    records: list[Any] = list(brief.actors if noun == "actor" else brief.places)
    wanted = {" ".join(n.split()).casefold() for n in names if n.strip()}
    for number, other in enumerate(records, start=1):
        if number - 1 == index:
            continue
        known = [other.name, *getattr(other, "aliases", [])]
        clash = next((n for n in known if " ".join(n.split()).casefold() in wanted), None)
        if clash is not None:
            raise RecordError(
                f"{noun} {number} is already called {clash!r}; "
                f"two {noun}s with one name cannot be told apart"
            )


def _actor_remove(brief: Brief, index: int, args: argparse.Namespace) -> list[Edit]:
    from briefdesk.editing import entities, linking
    from briefdesk.editing.edits import Edit
    from briefdesk.editing.records import RecordError

    actor = brief.actors[index]
    deals = entities.deals_naming(brief, actor)
    if deals and not args.force:
        named = " and ".join(f"{n + 1} “{_deal_name(brief, d)}”" for n, d in deals)
        raise RecordError(
            f"actor {index + 1} “{actor.name}” is a party to deal{'s' * (len(deals) > 1)} "
            f"{named}; take it out there first (deals edit N --unparty {index + 1}) "
            "or remove it with --force, which takes it out of those deals"
        )
    edits = linking.actor_reference_edits(brief, actor.id)
    return [Edit(path, value, f"references to {actor.name}") for path, value in edits]


def _deal_name(brief: Brief, deal: Any) -> str:
    from briefdesk.cli import cmd_deals

    return cmd_deals.deal_line(brief, deal, 50).split(" — ")[0]


def _actor_line(brief: Brief, actor: Any, limit: int) -> str:
    from briefdesk.model.codes import country_name

    what = ", ".join(p for p in (actor.role, actor.affiliation) if p)
    where = f", {country_name(actor.country)}" if actor.country else ""
    head = f"{actor.name} — {what}" if what else actor.name
    return f"{record_text.clip(head, limit)} ({actor.type.value.replace('_', ' ')}{where})"


def _actor_details(brief: Brief, actor: Any) -> list[str]:
    out = [f"alias: {alias}" for alias in actor.aliases]
    out += [
        f"{name}: {record_text.clip(getattr(actor, name), 0)}"
        for name in ("stance", "note")
        if getattr(actor, name)
    ]
    return out + cited(actor)


def cited(record: Any) -> list[str]:
    return [f"cites {s.source_id}: “{record_text.clip(s.quote, 60)}”" for s in record.evidence]


def _dump(brief: Brief, record: Any) -> dict[str, Any]:
    row: dict[str, Any] = record.model_dump(mode="json", by_alias=True)
    return row


def _new_place(brief: Brief, args: argparse.Namespace) -> Any:
    from briefdesk.editing import entities
    from briefdesk.model import Place

    return Place(
        name=name_of(args.name, "place"),
        country=entities.country(args.country or ""),
        note=record_text.prose(args.note or ""),
        evidence=citations(brief, args.cite),
    )


def _place_changes(brief: Brief, index: int, args: argparse.Namespace) -> dict[str, Any]:
    values = common_changes(brief, brief.places[index], "place", args, ("note",))
    _not_another(brief, index, [values.get("name", "")], "place")
    return values


def _place_line(brief: Brief, place: Any, limit: int) -> str:
    from briefdesk.model.codes import country_name

    where = f" ({country_name(place.country)})" if place.country else ""
    return f"{record_text.clip(place.name, limit)}{where}"


def _place_details(brief: Brief, place: Any) -> list[str]:
    note = [f"note: {record_text.clip(place.note, 0)}"] if place.note else []
    return note + cited(place)
