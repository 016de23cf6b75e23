"""A deal's items on ``deals edit``: change the item the user named, add one, remove one.

Why its own module: ``--item``/``--category``/``-q`` once changed the first item whatever the
deal held, so "12 jets" could silently land on a support package. With several items the
user must say which (``--item-number``); an item number that does not exist is refused.
"""

from __future__ import annotations

import argparse
from typing import Any

from briefdesk.cli import cmd_entities as entities_cli
from briefdesk.cli import record_text


def edited_items(deal: Any, index: int, args: argparse.Namespace) -> list[Any] | None:
    """The deal's items after the command line's item options; None when none was given."""
    from briefdesk.editing import entities
    from briefdesk.editing.records import RecordError
    from briefdesk.model import DealItem

    fields = {
        "designation": args.item,
        "category": args.category,
        "quantity": args.quantity,
    }
    touched = any(v is not None for v in fields.values())
    which, added, removed = args.item_number, args.add_item, args.remove_item
    if not (touched or which is not None or added is not None or removed is not None):
        return None
    items = [i.model_copy(deep=True) for i in deal.items]
    deal_words = f"deal {index + 1}"
    if which is not None:
        if not touched:
            raise RecordError(
                f"--item-number {which}: give what to change in that item "
                "(--item, --category or -q)"
            )
        target = _item_index(items, which, deal_words, "item-number")
    elif added is not None:
        if args.item is not None:
            raise RecordError(
                "--item with --add-item: --add-item names the new item; to rename another "
                "item too, say which with --item-number"
            )
        items.append(DealItem(designation=entities_cli.name_of(added, "deal item")))
        target = len(items) - 1
    elif touched and len(items) > 1:
        raise RecordError(
            f"{deal_words} has {len(items)} items ({_listing(items)}): say which to change "
            "with --item-number, or add one with --add-item"
        )
    elif touched and not items:
        if args.item is None:
            raise RecordError(f"{deal_words} has no item yet: name it with --item")
        items.append(DealItem())
        target = 0
    else:
        target = 0
    if touched:
        item = items[target]
        if args.item is not None:
            item.designation = entities_cli.name_of(args.item, "deal item")
        if args.category is not None:
            item.category = record_text.prose(args.category)
        if args.quantity is not None:
            item.quantity = entities.quantity(args.quantity)
    if removed is not None:
        gone = _item_index(deal.items, removed, deal_words, "remove-item")
        if which is not None and _item_index(items, which, deal_words, "item-number") == gone:
            raise RecordError(f"--remove-item {removed} and --item-number {which}: the same item")
        del items[gone]
    return items


def _item_index(items: list[Any], which: str, deal_words: str, option: str) -> int:
    from briefdesk.editing.records import RecordError

    words = str(which).strip()
    if words.isdigit() and 1 <= int(words) <= len(items):
        return int(words) - 1
    if not items:
        raise RecordError(f"--{option} {which}: {deal_words} has no items")
    numbers = "1" if len(items) == 1 else f"1–{len(items)}"
    raise RecordError(
        f"--{option} {which}: {deal_words} has {len(items)} item"
        f"{'s' * (len(items) > 1)} (numbers {numbers}: {_listing(items)})"
    )


def _listing(items: list[Any]) -> str:
    return "; ".join(
        f"{n}. {record_text.clip(i.designation or '(unnamed)', 40)}"
        for n, i in enumerate(items, start=1)
    )
