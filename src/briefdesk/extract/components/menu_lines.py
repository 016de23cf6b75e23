"""Component: a page's menu or footer line copied with the article is no text to read names
from — "Topics  Government activity  Departments  News  Guidance and regulation" gave the
organisations "Topics Government" and "Departments News Guidance" (newcomer11 N11-07).

Import folds the spaces between a menu's items, so the line is told by its words: short, no
sentence punctuation or figure, and at least three words that websites put in their menus
(``menu_words``); or a line the import already knows as page furniture ("Skip to main content",
"Home > Sanctions"). The line is claimed whole, so no rule reads a name in it. A headline or a
table row of names holds fewer menu words and is read as before."""

from __future__ import annotations

import re

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list
from briefdesk.page_furniture import is_page_furniture

_MAX_WORDS = 12
_MIN_MENU_WORDS = 3
_NOT_MENU = re.compile(r"[.,;:!?\d]")  # a sentence, a list in prose, a date or a figure


def menu_lines(res: Resolver) -> None:
    text = res.text
    menu = word_list("menu_words")
    at = 0
    for line in text.split("\n"):
        if _is_menu(line, menu):
            res.claim(at, at + len(line))
        at += len(line) + 1


def _is_menu(line: str, menu: frozenset[str]) -> bool:
    words = line.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if is_page_furniture(line):
        return True
    if _NOT_MENU.search(line):
        return False
    # ("[Share] [Post] [Email]": a share bar's buttons, told by their words, round 16)
    return sum(word.strip("[]()").lower() in menu for word in words) >= _MIN_MENU_WORDS
