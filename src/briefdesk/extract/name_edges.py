"""Where a capitalised run starts and ends, for the chunker (round 7): a bank named "for" its
purpose goes on ("Japan Bank for International Cooperation"), and an everyday word opening
the sentence before "the" is no part of the name ("Partly the World Bank", "Also the
Ministry of Finance"; "Senator the Hon Penny Walsh" keeps its title), nor are the people
"of" a body who open it ("Officials of the Ministry of Finance", "Leaders of the Forum")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import (
    HONORIFICS,
    MONTH_NAMES,
    ORG_HEADS,
    ROLE_HEADS,
    WEEKDAY_NAMES,
)


class _Word(Protocol):
    @property
    def text(self) -> str: ...


def bank_for(run: Sequence[_Word], pending: Sequence[_Word], word: str) -> bool:
    """A bank "for" an everyday word names its purpose ("Bank for Reconstruction and
    Development"); a bank "for" a coined or foreign word is a lender for a borrower ("the World
    Bank for Ukraine")."""
    return (
        len(pending) == 1
        and run[-1].text in {"Bank", "Corporation"}
        and word[:1].isupper()
        and word.isalpha()
        and is_common_word(word)
    )


def opening_adverb(word: str) -> bool:
    """ "Partly", "Also", "Meanwhile": an everyday word, not a title or an honorific."""
    low = word.lower()
    if low in ROLE_HEADS or low in HONORIFICS:
        return False
    return low.endswith("ly") or (word.isalpha() and is_common_word(word) and len(word) > 3)


def people_of(word: str) -> bool:
    """ "Officials", "Leaders", "Members": a plural of everyday English before "of" at the
    start of a sentence names people of the body after it, not the body ("Bank of Ghana" and
    "Friends of the Earth" keep their first word, "Ministers of Finance" stays a title)."""
    low = word.lower()
    if not low.endswith("s") or low in ORG_HEADS or low[:-1] in ORG_HEADS:
        return False
    if low in {"friends", "heads", "ministers", "secretaries", "shares", "stakes"}:
        return False  # "Friends of the Earth"; "Heads of State": titles; "Shares of X": shares_of
    return low[:-1] in ROLE_HEADS or is_common_word(low) or is_common_word(low[:-1])


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
UNIT_HEADS = frozenset(
    {"Brigade", "Division", "Regiment", "Battalion", "Squadron", "Wing", "Fleet", "Corps", "Army"}
)


def unit_ordinal(word: str, words: Sequence[str], index: int) -> bool:
    """ "the 3rd Mechanised Infantry Brigade", "the 101st Airborne Division": an ordinal opens
    a military unit's name when a unit's head closes the capitalised words after it."""
    if not word[:1].isdigit() or not _ORDINAL.fullmatch(word):
        return False
    for after in words[index + 1 : index + 5]:
        if not after[:1].isupper():
            return False
        if after in UNIT_HEADS:
            return True
    return False


# "in August WASCO said", "since May Petrosen has": a month after these words is a date.
DATE_PREPS = frozenset({"in", "since", "by", "until", "from", "last", "next", "early", "late"})
MONTHS = frozenset(MONTH_NAMES)
DAY_OR_MONTH = MONTHS | frozenset(WEEKDAY_NAMES)
_ELIDED = frozenset({"d'", "l'", "d’", "l’"})


def opens_run(word: str, words: Sequence[str], index: int) -> bool:
    """A word that is not capitalised but opens a name: an elided particle before a capital
    ("d'Ivoire") or a unit's ordinal ("the 3rd Mechanised Infantry Brigade")."""
    if word[:2] in _ELIDED:
        return word[2:3].isupper()
    return word[0].isdigit() and unit_ordinal(word, words, index)


_RUN_THEN = re.compile(r"((?:[A-Z][\w&'’.-]*[ \t]+){0,3}?[A-Z][\w&'’.-]*)[ \t]*([,;.]?)[ \t]*(\S?)")


_FORMS = frozenset({"co", "inc", "limited", "llc", "ltd", "plc"})  # (the name ends there)
_GOES_ON = frozenset({"of", "and", "for", "de", "del", "&"})


def name_wraps(line: str, following: str) -> bool:
    """Round 8: a line of prose that a PDF or a narrow page broke inside a capitalised name
    ("a subsidiary of Sahel Ridge\\nMinerals plc, a company", "supplied by the Ceylon
    Petroleum\\nCorporation under"): the line ends on a capitalised word that is no legal form, and
    the next line opens with capitalised words up to an organisation's head that the
    sentence goes on after. Headings (no lower-case word) keep their break."""
    words = line.split()
    last = words[-1] if words else ""
    if len(words) < 3 or not last[:1].isupper() or last.lower().rstrip(".") in _FORMS:
        return False
    if person_wraps(line, following):
        return True
    if sum(w[:1].islower() for w in words) < len(words) / 2:
        return False  # "Office of Communications and Image" above "Ministry of ...": a block
    run = _RUN_THEN.match(following.lstrip())
    if not run or not (run.group(2) or run.group(3)[:1].islower()):
        return False
    if not run.group(2) and following.lstrip()[run.end(3) - 1 :].split(None, 1)[0] in _GOES_ON:
        return False  # "Ministry of ...": the name goes on, the line may be a heading
    head = run.group(1).rsplit(None, 1)[-1].lower()
    return head in ORG_HEADS or head.rstrip(".") in ORG_HEADS


def joint_body(run: Sequence[_Word], first: int) -> bool:
    """Round 8: "Joint" opening a run that ends on an organisation's head is part of the
    body's name ("the Joint Steering Committee", "Joint Intergovernmental Commission");
    elsewhere it is dropped as before ("Joint Statement"), and so is a bare "Joint Commission"
    of two states (a meeting of their delegations)."""
    return run[first].text == "Joint" and len(run) > first + 2 and run[-1].text.lower() in ORG_HEADS


# Round 12: "..., the Minister of Finance, Hon. Chimwemwe\nPhiri-Msiska, welcomed": a line that
# ends on a person's honorific or rank and one or two given names, or on a comma and a known
# given name ("Sanitation, Rosa Elvira\nHuamán-Quispe, said"); the next line opens with the
# rest of the name and the sentence goes on (a comma, a stop or a lower-case word).
_PERSON_TAIL = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Hon|Prof|Eng|Engr|Sheikh|Colonel|Col|General|Gen|Admiral|Brigadier|"
    r"Major|Captain|Senator)\.?|,)[ \t]+([A-Z][a-zà-ÿ'’-]+)(?:[ \t]+[A-Z][a-zà-ÿ'’-]+)?$"
)
# (not "Phone:" or "Email:" under a contact's name: a label, not the rest of the name)
_SURNAME_THEN = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:[,.;]|[ \t]+[a-z])")


def person_wraps(line: str, following: str) -> bool:
    """Whether ``line`` breaks inside a person's name that ``following`` ends (see above)."""
    tail = _PERSON_TAIL.search(line.rstrip())
    if not tail or not _SURNAME_THEN.match(following.lstrip()):
        return False
    if tail.group().startswith(","):  # no title before it: the first name must be a given name
        return tail.group(1).lower() in first_names()
    return True
