"""Component: capitalised runs whose shape says they name no body (round 8, issue 10).

- One word that opens a sentence or a line and is everyday English, not a name: a question
  word or a determiner ("Who", "These"), a plural of people ("Organisers", "Contractors",
  "Residents"), or a word the same text writes in lower case elsewhere ("Shipping ... the
  shipping line"). A word the text also writes capitalised inside a sentence or beside another
  capitalised word ("Royal Dutch Shell", "said Shell") stays a name.
- A post named without a person: "the Chief" before an agent noun ("the Chief Valuer"; "Chief
  Okafor" is a person), "Chief" or "Member" before a plural ("Member States"); "Chief
  Executive Ann Lee" keeps its person.
- An office named as a body: "the Attorney General", "the Controller and Auditor General"
  (``general_offices``; the tuning gold lists them as organisations).
- A meeting: "the Annual General Meeting" (an event head last, no organisation head), or
  one opened by its head before "of" ("the Fourth Session of the Joint Commission",
  "Second Meeting of the Working Group"): an event, not a body.
- The "M" of "M/s" (Messrs) before a firm's name; an ISO currency code before an amount
  after a name in a table ("Government of Zambia USD 9.4 million").
- A post "of" a body read as one name ("Chief Executive of Harbour Holdings", left by the
  people rules after a person's comma): the body alone (``title_of_body``, tried last).
- A programme of aid named by its noun ("US Foreign Military Financing", "Official
  Development Assistance"; ``programme_nouns``, no organisation head in the run).
- A kind of contract named by its works ("Engineering, Procurement and Construction (EPC)";
  ``contract_activities``) and a label before a colon ("Editor's Note:"; ``line_labels``).
- A line in capitals of everyday words ending on a trade ("NAVAL SHIPBUILDING | LATIN
  AMERICA", "HARBOUR WORKS"): a section's heading.
Word lists are data: ``opener_pronouns``, ``people_plural_endings``, ``event_heads``,
``heading_sectors`` (with ``activity_heads``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk
from briefdesk.extract.words import word_list

_PRONOUNS = word_list("opener_pronouns")
_PEOPLE_ENDINGS = tuple(word_list("people_plural_endings"))
_EVENT_HEADS = word_list("event_heads")
_SECTORS = word_list("activity_heads") | word_list("heading_sectors")
_HEADING_AFTER = frozenset("|•·–—-:/")
_POST_LEADS = frozenset({"Chief", "Member", "Government"})
_OFFICES = word_list("general_offices")
_ACTIVITIES = word_list("contract_activities") | {"and", "&"}
_LABELS = word_list("line_labels")
_PROGRAMMES = word_list("programme_nouns")
_ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def no_body_shape(res: Resolver, v: View) -> str:
    """CLAIM (nothing proposed) for the shapes above; NEXT for everything else."""
    words = v.words
    if v.lowered[-1] in _LABELS and res.text[v.chunk.end : v.chunk.end + 1] == ":":
        return CLAIM  # "Editor's Note:", "Photo Source:": a label
    if len(words) == 1:
        word = words[0]
        if len(word) == 1 and res.text[v.chunk.end : v.chunk.end + 2] == "/s":
            return CLAIM  # "M/s Lanka Steel (Pvt) Ltd"
        if v.chunk.sentence_start and _everyday_opener(res.text, word):
            return CLAIM
        return NEXT
    if len(words) == 2 and words[0] in _POST_LEADS and _post_word(res, v):
        return CLAIM  # "the Chief Valuer", "Member States", "the Government Statistician"
    if v.phrase.isupper() and _sector_heading(res.text, v):
        return CLAIM  # "NAVAL SHIPBUILDING | LATIN AMERICA", "HARBOUR WORKS" above the text
    last = words[-1]
    if len(last) == 3 and last.isupper() and _currency_before_amount(res.text, v.chunk.end, last):
        res.split.append(Chunk(tuple(v.rest[:-1]), v.chunk.sentence_start))
        return CLAIM  # "Government of Zambia USD 9.4 million": the name before the currency
    lowered = v.lowered
    if lowered[0] in _ACTIVITIES and all(w in _ACTIVITIES for w in lowered):
        return CLAIM  # "Engineering, Procurement and Construction (EPC)": a kind of contract
    if lowered[-1] in _PROGRAMMES and not any(w in ORG_HEADS or w in ROLE_HEADS for w in lowered):
        if res.country_of(words[0]):  # "US Foreign Military Financing": the state is read
            res.split.append(Chunk((v.rest[0],), False))
        return CLAIM  # a programme of aid, not a body ("Official Development Assistance")
    if lowered[-1] == "general" and _office(res, v):
        return CLAIM
    if lowered[-1] in _EVENT_HEADS and not any(w in ORG_HEADS for w in lowered):
        return CLAIM  # "the Annual General Meeting": an event, no body and no person
    at = 1 if lowered[0] in _ORDINAL_WORDS or lowered[0][:1].isdigit() else 0
    if len(lowered) > at + 2 and lowered[at] in _EVENT_HEADS and lowered[at + 1] == "of":
        return CLAIM  # "Fourth Session of the Joint Commission"
    return NEXT


def _sector_heading(text: str, v: View) -> bool:
    """A line in capitals of everyday words that ends on a trade or a sector: a section's
    heading, not a body ("MINISTRY OF FINANCE", "KENYA PIPELINE" stay)."""
    last = v.lowered[-1]
    if not (last in _SECTORS or last.endswith("ing")):
        return False
    if not all(w.isalpha() and _everyday(w) for w in v.lowered):
        return False
    start, end = v.chunk.start, v.chunk.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)].strip()
    return not text[line_start:start].strip() and (not after or after[0] in _HEADING_AFTER)


def _everyday(low: str) -> bool:
    """ "naval", "harbour" (as "harbor"), "shipbuilding" (a head): no word of a name."""
    return is_common_word(low) or low in ORG_HEADS or is_common_word(low.replace("our", "or"))


def _currency_before_amount(text: str, end: int, code: str) -> bool:
    """An ISO currency code before a number ends a name in a table's row."""
    if not re.match(r"[ \t]+\d", text[end : end + 3]):
        return False
    import pycountry  # (loaded on the first such row only)

    return pycountry.currencies.get(alpha_3=code) is not None


def _office(res: Resolver, v: View) -> bool:
    """ "the Attorney General", "the Controller and Auditor General": an office the text
    names as a body (``general_offices``), unless a person's name follows in commas."""
    lowered = v.lowered
    if not 2 <= len(lowered) <= 4 or any(w not in _OFFICES for w in lowered[:-1:2]):
        return False
    if (len(lowered) == 4 and lowered[1] != "and") or len(lowered) == 3:
        return False
    if re.match(r",\s+(?:the\s+)?[A-Z]", res.text[v.chunk.end : v.chunk.end + 8]):
        return False  # "the Attorney General, Ann Lee, said": the people rules' title
    res.rule = "org.office"
    res.org(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return True


def _post_word(res: Resolver, v: View) -> bool:
    """ "the Chief Valuer" (an agent noun after "the": "Chief Okafor" is a person), "Member
    States" (a plural), "the Government Statistician" (no head of a body after it)."""
    low = v.lowered[1]
    if v.words[0] == "Government":
        return low.endswith(("ian", "er", "or", "ist", "man")) and low not in ORG_HEADS
    if v.words[0] == "Chief" and low.endswith(("er", "or", "ar")):
        return res.before(v.chunk.start, 4).lower() == "the "
    return low.endswith(_PEOPLE_ENDINGS) or (low.endswith("s") and is_common_word(low))


def _everyday_opener(text: str, word: str) -> bool:
    """ "Organisers said", "Who will pay": an everyday word opening a sentence, never written
    as a name elsewhere in the text. (Plain string searches: a pattern per word would be
    compiled for every sentence's first word.)"""
    if not word.isalpha() or len(word) < 3 or word.isupper():
        return False
    low = word.lower()
    if low in _PRONOUNS:
        return True
    if low.endswith(_PEOPLE_ENDINGS):
        # People in the plural: only a mention inside a sentence makes it a name (a headline
        # in Title Case puts capitals beside it: "Organisers Expect Record Crowd").
        return not _as_word(text, word, _inside)
    if not (is_common_word(low) and _as_word(text, low, lambda _b, _a: True)):
        return False
    # Written as a name elsewhere: inside a sentence after a lower-case word or a comma, or
    # beside another capitalised word ("Royal Dutch Shell", "Shell Nigeria").
    return not _as_word(text, word, _named)


def _inside(before: str, _after: str) -> bool:
    return before[-1:] == " " and (before[:1].islower() or before[:1] in ",;")


def _named(before: str, after: str) -> bool:
    """The two characters before a word and the two after it mark it as a name."""
    if _inside(before, after):
        return True  # "said Shell", "Eni, Shell"
    if before[-1:] == " " and before[:1].isalpha() and before[:1].isupper():
        return True  # "Dutch Shell" (a capitalised word's last letter is rarely a capital)
    return after[:1] == " " and after[1:2].isupper()  # "Shell Nigeria"


def _as_word(text: str, word: str, test: Callable[[str, str], bool]) -> bool:
    """Whether ``word`` stands as a whole word somewhere in ``text`` with ``test`` true of
    the two characters before and after it."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before, after = text[max(0, at - 2) : at], text[end : end + 2]
        whole = not (before[-1:].isalnum() or before[-1:] == "-") and not (
            after[:1].isalnum() or after[:1] == "-"
        )
        if whole and test(before, after):
            return True
        at = text.find(word, end)
    return False


def title_of_body(res: Resolver, v: View) -> str:
    """ "Chief Executive of Harbour Holdings": the words before "of" are a post (role words,
    the last a role head that is no organisation head) and the run ends on an organisation's
    head: the body after "of" (and "the") is read on its own, the post is no body."""
    lowered = v.lowered
    joint = "of" if "of" in lowered else "for"
    if joint not in lowered or lowered[-1] not in ORG_HEADS:
        return NEXT
    at = lowered.index(joint)  # ("the Cabinet Secretary for Energy": a post, no body)
    post = lowered[:at]
    if not post or post[-1] not in ROLE_HEADS or post[-1] in ORG_HEADS:
        return NEXT
    if not all(w in ROLE_HEADS or w in ROLE_MODIFIERS for w in post):
        return NEXT
    start = at + 2 if at + 1 < len(lowered) and lowered[at + 1] == "the" else at + 1
    if start >= len(lowered):
        return NEXT
    res.split.append(Chunk(tuple(v.rest[start:]), False))
    return CLAIM


_POST_JOINTS = frozenset({"for", "of"})


def body_then_post(res: Resolver, v: View) -> str:
    """ "World Bank Country Director for Bangladesh", "the IMF Resident Representative": a
    body's name (two or more words, the last an organisation head) then a post (role words,
    the last a role head that is no organisation head) that ends the run or comes before
    "for"/"of": the body is read on its own, the post is no body, and the words after the
    joint ("Bangladesh") are read on their own too (N11-23)."""
    lowered = v.lowered
    if len(lowered) < 3 or not set(lowered) & ROLE_HEADS:
        return NEXT
    end = next((i for i, w in enumerate(lowered) if w in _POST_JOINTS), len(lowered))
    post_start = end
    while (
        post_start > 0
        and (lowered[post_start - 1] in ROLE_HEADS or lowered[post_start - 1] in ROLE_MODIFIERS)
        and lowered[post_start - 1] not in ORG_HEADS
    ):
        post_start -= 1
    if post_start == end or lowered[end - 1] not in ROLE_HEADS:
        return NEXT
    if post_start < 2 or lowered[post_start - 1] not in ORG_HEADS:
        return NEXT
    if end == len(lowered) - 1:  # "... Director for": nothing after the joint
        return NEXT
    res.split.append(Chunk(tuple(v.rest[:post_start]), False))
    if end + 1 < len(lowered):
        res.split.append(Chunk(tuple(v.rest[end + 1 :]), False))
    return CLAIM
