"""Component: a body's name runs to the end of its remit list (round 12).

"the Ministry of Mines and Minerals Development", "the Ministry of Petroleum, Mines and Energy
of Mauritania", "the Public Authority for Special Economic Zones and Free Zones", "the Defence,
Internal Affairs and Corruption Prevention Committee": a government body named by what it looks
after lists its fields with commas and "and". The chunk rules split such a name at the comma or
the "and" (or at every "and" of a sentence that names two such bodies). A remit is made of
everyday or trade words ("Mineral Resources", "Sustainable Development"); a state, a coined
word, a person's name, a title or another body's head ends the list before its "and", and a
capitalised word right after the list leaves the run to the chunk rules. The name is claimed
whole, its state after "of" is the state, and an acronym in brackets after it is its alias.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.cues_orgs import org_affiliation
from briefdesk.extract.lexicon import (
    MONTH_NAMES,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STOPWORDS,
    WEEKDAY_NAMES,
)
from briefdesk.extract.remits import REMIT_STOPS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, tokens
from briefdesk.extract.vocab import BUSINESS_WORDS, is_legal_form
from briefdesk.extract.words import word_list

# Heads of bodies named by a remit: "Ministry of ...", "Authority for ...".
_REMIT_HEADS = word_list("remit_body_heads")
# Heads of government bodies before which a state's adjective names the state, not the body
# ("the Philippine Department of ...", "the German Federal Ministry for ...").
_STATE_BODIES = frozenset({"ministry", "department", "secretariat", "directorate"})
_HEADS = "|".join(sorted(w.title() for w in _REMIT_HEADS))
_HEAD_WORDS = tuple(sorted(w.title() for w in _REMIT_HEADS))
_OF = re.compile(r"[ \t]+(?:of|for|on)[ \t]+(?=[A-Z])")
# The list before the head, read in a window that ends on the head: "the Defence, Internal
# Affairs and Corruption Prevention Committee", "Britain's Foreign, Commonwealth and ...".
_HEAD_AFTER = re.compile(
    r"\b(?:[Tt]he|['’]s)[ \t]+((?:[A-Z][\w'-]*[ \t]+){0,2}[A-Z][\w'-]*,[ \t]+"
    r"(?:[A-Z][\w'-]*[ \t]+){0,3}?(?:[A-Z][\w'-]*,?[ \t]+)?(?:and|&)[ \t]+"
    r"(?:[A-Z][\w'-]*[ \t]+){0,3}[A-Z]\w*)\Z"
)
_WORD = re.compile(r"[ \t]*(,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]+)?([A-Z][\w'’-]*)")
_STATE_WORD = r"(?:[A-Z][\w'’-]*|of|and)"
_STATE_AFTER = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?({_STATE_WORD}(?:[ \t]+{_STATE_WORD}){{0,4}})"
)
_BODY_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]*)\b(?![ \t]+[A-Z])")
_NAME_AFTER = re.compile(r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z]")
_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,9})\)")
# Heads of bodies: such a word starts a second name ("and Kenya Power Company"), no remit.
_OTHER_HEADS = REMIT_STOPS
_DATES = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES))


def remit_lists(res: Resolver) -> None:
    text = res.text
    if " and " not in text and " & " not in text:
        return  # the cheap test first: every remit list is joined by "and"
    for at, head in _heads(text):
        after = at + len(head)
        if (" and " in text[after : after + 90] or " & " in text[after : after + 90]) and (
            of := _OF.match(text, after)
        ):
            end, past, state = _list_end(res, of.end())
            if end > 0:
                start, first, code = _name_start(res, at, head.lower())
                _propose(res, (start, end), (first, past), state or code)
                continue
        window_start = max(0, at - 90)
        window = text[window_start:after]
        if ", " not in window or (" and " not in window and " & " not in window):
            continue
        listed = _HEAD_AFTER.search(window)
        words = re.findall(r"[A-Za-z][\w'-]*", listed.group(1))[:-1] if listed else []
        if listed and all(w == "and" or _remit_word(res, w) for w in words):
            start = window_start + listed.start(1)
            _propose(res, (start, after), (start, _body_of(res, after)), "")


def _heads(text: str) -> list[tuple[int, str]]:
    """Where a remit body's head word stands, in text order (plain string finds: cheap)."""
    found = []
    for head in _HEAD_WORDS:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if (not at or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append((at, head))
            at = text.find(head, end)
    found.sort()
    return found


def _remit_word(res: Resolver, word: str) -> bool:
    """A word of a body's remit: an everyday or trade word, never a state, a date, a title,
    another body's head or a given name."""
    low = word.lower()
    return (
        (is_common_word(word) or low in ROLE_MODIFIERS or low in BUSINESS_WORDS)
        and low not in _OTHER_HEADS
        and not is_legal_form(word)
        and (low not in ROLE_HEADS or low in ROLE_MODIFIERS)
        and low not in _DATES
        and not res.country_of(word)
    )


def _list_end(res: Resolver, at: int) -> tuple[int, int, str]:
    """Where the remit after "of"/"for" ends, when it is a list joined by "and" (else 0), and
    the ISO code of a state named after it ("... and Mines of Mauritania")."""
    text = res.text
    end, joined, item_words = at, False, 0
    while True:
        word = _WORD.match(text, end)
        if not word:
            break
        gap = word.group(1) or ""
        if gap:
            if joined and gap.strip():
                break  # one "and" closes the list: a second starts another name
            item_words = 0
        elif end != at and not text[end : word.start(2)].isspace():
            break
        if not _remit_word(res, word.group(2)):
            if gap.strip() in {"and", "&", ",", ", and", ",and"} or gap.startswith(","):
                break  # "and Kenya Airways", "and the": the list ended before its "and"
            return 0, 0, ""  # "and Industry Hiroko Tanabe": a name after it, not a list
        item_words += 1
        if item_words > 4:
            return 0, 0, ""
        joined = joined or "and" in gap or "&" in gap
        end = word.end(2)
    if not joined:
        return 0, 0, ""
    last = res.text[:end].rsplit(None, 1)[-1]
    if text[end : end + 1] in {"'", "’"} or last.lower() in {"and"}:
        return 0, 0, ""
    # The list must end where its joined part ends, not before an unread "and".
    if not re.search(r"(?:and|&)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}$", text[at:end]):
        return 0, 0, ""
    state = _STATE_AFTER.match(text, end)
    if not state:
        return end, end, ""
    words = state.group(1).split()
    offsets = [state.start(1) + m.start() for m in re.finditer(r"\S+", state.group(1))]
    for n in range(len(words), 0, -1):
        for k in range(n):  # "of the Republic of Uzbekistan": the state's name at its end
            surface = " ".join(words[k:n])
            code = res.country_of(surface) if words[n - 1] not in {"of", "and"} else ""
            if code:  # "... and Mines of Mauritania", "of the State of Kuwait"
                res.state(code, surface, offsets[k], offsets[k] + len(surface))
                return end, offsets[k] + len(surface), code
    return 0, 0, ""  # "of the Fatherland": the name goes on; the chunk rules read it


def _name_start(res: Resolver, head: int, head_word: str) -> tuple[int, int, str]:
    """Where the body's name starts: the capitalised words before its head ("Public
    Authority", "Federal Ministry"), without a word that opens the sentence ("On", "The")
    or a state's adjective before a government body, which names its state: (start of the
    name, start of the words read, the state's ISO code)."""
    text = res.text
    start = pos = head
    for _ in range(3):
        word = re.search(r"(?:^|\s)([A-Z][\w-]*) $", text[max(0, pos - 30) : pos])
        if not word:
            break
        surface = word.group(1)
        begin = pos - len(surface) - 1
        code = res.gaz.adjectives.get(surface) or res.country_of(surface)
        if code and head_word in _STATE_BODIES:
            res.state(code, surface, begin, begin + len(surface))
            return start, begin, code  # "the German Federal Ministry for ..."
        if not code and (surface.lower() in STOPWORDS or surface.lower() in _DATES):
            break
        start = pos = begin
    return start, start, ""


def _body_of(res: Resolver, end: int) -> int:
    """ "Committee of the Saeima": the body a committee belongs to, named by one head word,
    is a body of its own; where the words read end."""
    body = _BODY_OF.match(res.text, end)
    if not body or body.group(1).lower() not in ORG_HEADS:
        return end
    res.org(body.group(1), body.start(1), body.end(1))
    return body.end(1)


def _titled_name_after(res: Resolver, start: int, end: int) -> bool:
    """ "the Secretary of State in the Office of Planning and External Cooperation, Dunia X":
    a title, its body, then its holder's name, which the title rules read from the run."""
    if not _NAME_AFTER.match(res.text, end):
        return False
    before = res.before(start, 60).lower().split()
    return any(w in ROLE_HEADS for w in before[-6:])


def _propose(res: Resolver, name: tuple[int, int], read: tuple[int, int], code: str) -> None:
    """The body under its name (with its acronym in brackets), every word read claimed."""
    start, end = name
    text = res.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = (
        not text[line_start:start].strip()
        and not text[end : len(text) if line_end < 0 else line_end].strip()
    )
    if res.claimed(start, end) or alone:
        return  # a name alone on its line is a heading or a credit, which other rules read
    if not code:  # "Ecuador's Ministry of ...", "Kenyan regulator the Authority for ..."
        code = org_affiliation(res, Chunk(tuple(tokens(text[start:end], start)), False))
    key = res.org(text[start:end], start, end, code)
    if not _titled_name_after(res, start, read[1]):
        res.claim(*read)
    acronym = _ACRONYM.match(res.text, end)
    if acronym:
        at = acronym.start(1)
        res.alias(key, acronym.group(1), at, acronym.end(1), "org.acronym")
        res.index(key)
        res.found.mentions.append((at, acronym.end(1), key))
        res.claim(acronym.start(), acronym.end())
