"""Component: plain titles next to a name that the chunk rules leave unread (round 20).

Runs after every other title rule, on people with no role or with a style taken as one:

- a title set off by a comma before the name, owned by a body, a state or "its": "Hanul's
  purchasing chief, X", "the UAE central bank's governor, X", "its managing partner, X",
  "its owner, X", "The ENEE's head of generation, X";
- the same title before a style or rank that the older rules took as the role: "The town
  council's mayor, Councillor X", "The African Union envoy, Ambassador X", "The ENEE's head of
  generation, engineer X" (the function says what the person does, the style how they are
  addressed);
- an everyday occupation in the apposition after the name: "X, a partner at the consultancy
  Y", "X, a stevedore foreman who", "X, a guesthouse owner in Z";
- a writer's note: "X is the Monitor's North Africa analyst.";
- such an occupation right before the name: "shift supervisor X".

The occupations (``data/occupation_heads``) are words the title rules do not know because
they also name firms or things elsewhere ("partner", "owner"); they are read here only next
to a name already found as a person, never to find one.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.body_names import org_named
from briefdesk.extract.compound_roles import ends_in_compound
from briefdesk.extract.cues_titles import its_body
from briefdesk.extract.lexicon import ROLE_HEADS, SPEECH_VERBS, STOPWORDS, TITLE_WORDS
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.words import word_list

OCCUPATIONS = word_list("occupation_heads")
# Styles and ranks a function written before them outranks (lower case).
_STYLES = (
    word_list("apposed_styles")
    | word_list("name_ranks")
    | word_list("ranks")
    | {w.lower() for w in word_list("name_styles")}
)
_HEADS = ROLE_HEADS | OCCUPATIONS
# An honorific between a title and the name: "the vice minister of Economy, Dra. X",
# "Minister for Infrastructure Hon. X" (round 23: "Hon.", "Dra.", "Amb." were not read).
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Dra|Prof|Hon|Amb)\.?\s+"

# "<owner>'s | its | their | the [<Body>] [<lower possessive>'s] <title>, " before the name.
_BEFORE_COMMA = re.compile(
    r"(?:(?P<owner>[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|de))*)['’]s"
    r"|\b(?P<its>[Ii]ts|[Tt]heir)"
    r"|\b[Tt]he(?:\s(?P<body>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}))?)\s+"
    r"(?:(?P<lowner>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)['’]s\s+)?"
    r"(?P<title>(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+[a-z][a-z-]*)?)?)"
    rf",\s+(?:{_HONORIFIC})?$"
)
# "by the Minister of Finance, B. Ganzorig,": a capitalised title and its remit before the comma
# (the older readers take it when the name is read with them; an initial splits it off).
_CAPITAL_BEFORE_COMMA = re.compile(
    r"\b[Tt]he\s+(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
    r"(?:\s+(?:of|for|and|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*),\s+"
    rf"(?:{_HONORIFIC})?$"
)
# ", Secretary to the Treasury Mr. X": a capitalised title right before an honorific.
_CAPITAL_BEFORE_HONORIFIC = re.compile(
    r"(?:^|[,;]\s+|\b[Tt]he\s+)(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
    r"(?:\s+(?:of|for|and|on|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*)"
    rf"\s+{_HONORIFIC}$"
)
# ", a partner at ...", ", a stevedore foreman who ...": an occupation after the name.
_AFTER = re.compile(
    r",\s+(?:a|an)\s+(?P<title>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"(?=\s+(?:at|with|in|from|for|who|whose|based)\b|\s*[,.;]|\s*$)"
)
# ", partner at Granite Peak Partners;": an occupation with no article, only before its body
# (round 21, newcomer21 N21-08: a speakers' list in a transcript).
_AFTER_BARE = re.compile(
    r",\s+(?P<title>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+(?:at|of|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,5})"
)
# "X is the Monitor's North Africa analyst.", "X is Pacific Digital Review's Honiara
# correspondent.": a writer's note, the outlet's title for its writer.
_IS_OWNERS = re.compile(
    r"\s+is\s+(?:the\s+)?(?P<owner>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})['’]s\s+"
    r"(?P<title>(?:[A-Za-z][\w-]*\s+){0,3}[a-z][a-z-]*)\s*(?:\.|\n|$)"
)
# A sentence's end (not the dot of an honorific: "Secretary to the Treasury Mr. X").
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bProf)(?<!\bHon)(?<!\bDra)(?<!\bAmb)"
    r"[.!?][\"”’)]?\s+|\n"
)
# "shift supervisor X": one word before an occupation, right before the name.
_RIGHT_BEFORE = re.compile(r"(?:^|[\s,(“\"])(?:(?P<mod>[a-z][a-z-]+)\s+)?(?P<head>[a-z]+)\s+$")
_TITLE_STOPS = STOPWORDS - {"of", "for"}
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"})


def comma_roles(res: Resolver) -> None:
    """Fill the role of people with none, or with a style, from the plain shapes above."""
    for person in list(res.found.actors.values()):
        if person.type != "person" or not person.evidence:
            continue
        if person.role and person.role.lower() not in _STYLES:
            continue
        for start, end in _mentions(res, person):
            found = _read(res, person, start, end)
            if found:
                person.role = found[0]
                person.affiliation = person.affiliation or found[1]
                note(person.why, "person.comma-title", found[0])
                break


def _mentions(res: Resolver, person: ActorBuild) -> list[tuple[int, int]]:
    """The person's evidence, and every other place the text writes the full name (a writer's
    note under the article is often read by no rule: "X is the Chronicle's correspondent.")."""
    spans = set(person.evidence)
    if " " in person.name:
        spans |= {m.span() for m in re.finditer(re.escape(person.name), res.text)}
    return sorted(spans)


def _read(res: Resolver, person: ActorBuild, start: int, end: int) -> tuple[str, str] | None:
    if person.role:  # a style: only the function written before it replaces it
        style_at = _style_start(res, person.role, start)
        return _title_before_comma(res, style_at) if style_at >= 0 else None
    return (
        _title_before_comma(res, start)
        or _occupation_after(res, end)
        or _owners_title(res, end)
        or _occupation_right_before(res, start)
    )


def _style_start(res: Resolver, style: str, start: int) -> int:
    """Where the style taken as the role begins, when it stands right before the name."""
    before = res.before(start, len(style) + 12)
    match = re.search(re.escape(style) + r"\.?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$", before)
    return start - len(before) + match.start() if match else -1


def _title_before_comma(res: Resolver, start: int) -> tuple[str, str] | None:
    window = _SENTENCE_END.split(res.before(start, 110))[-1]
    match = _BEFORE_COMMA.search(window)
    if not match:
        return _capital_title(window)
    title = _title(match.group("title").split())
    if not title:
        return None
    at = start - len(window) + match.start()
    if match.group("its"):
        return title, its_body(res, at)
    owner = re.sub(r"^The\s+", "", match.group("owner") or match.group("body") or "")
    if not owner or match.group("lowner"):
        return title, ""  # ("the UAE central bank's governor": the bank, not the state)
    code = res.country_of(owner)
    return title, res.affiliation_name(code) if code else org_named(res, owner)


_CONNECTORS = frozenset({"of", "for", "and", "on", "to", "the"})


def _capital_title(window: str) -> tuple[str, str] | None:
    match = _CAPITAL_BEFORE_COMMA.search(window) or _CAPITAL_BEFORE_HONORIFIC.search(window)
    if not match:
        return None
    words = [w for w in match.group("title").split() if w not in _CONNECTORS]
    lowered = {w.lower() for w in words}
    if not all(w.lower() in TITLE_WORDS for w in words[:2]) or not lowered & ROLE_HEADS:
        return None
    return match.group("title"), ""


def _title(words: list[str]) -> str:
    """The title in ``words`` when it ends in a head ("purchasing chief") or is a head's "of"
    phrase ("head of generation"); "" otherwise."""
    if len(words) >= 3 and words[0] in ROLE_HEADS and words[1] in {"of", "for"}:
        return " ".join(words) if not set(words[2:]) & _TITLE_STOPS else ""
    cut = next((i for i, w in enumerate(words) if w in {"of", "for"}), 0)
    if cut and words[cut + 1 : cut + 2] != [] and words[cut + 1][0].isupper():
        # "vice minister of Economy": a head, then its capitalised remit (round 23)
        base = words[:cut]
        return " ".join(words) if _title(base) == " ".join(base) else ""
    if set(words) & _TITLE_STOPS or set(words) & SPEECH_VERBS:
        return ""
    if words[-1] in _HEADS or ends_in_compound(words):
        return " ".join(words)
    return ""


def _occupation_after(res: Resolver, end: int) -> tuple[str, str] | None:
    match = _AFTER.match(res.after(end, 90))
    if not match:
        bare = _AFTER_BARE.match(res.after(end, 120))
        if not bare or bare.group("title").split()[-1] not in OCCUPATIONS:
            return None
        return bare.group("title"), org_named(res, bare.group("body"), create=False)
    words = match.group("title").split()
    if words[-1] not in OCCUPATIONS or set(words) & STOPWORDS:
        return None  # (a known title head is the apposition rule's, read before this)
    return " ".join(words), ""


def _owners_title(res: Resolver, end: int) -> tuple[str, str] | None:
    match = _IS_OWNERS.match(res.after(end, 120))
    if not match:
        return None
    words = match.group("title").split()
    if words[-1] not in _HEADS or set(w.lower() for w in words) & STOPWORDS:
        return None
    return " ".join(words), org_named(res, match.group("owner"), create=False)


def _occupation_right_before(res: Resolver, start: int) -> tuple[str, str] | None:
    match = _RIGHT_BEFORE.search(res.before(start, 40))
    if not match or match.group("head") not in OCCUPATIONS:
        return None
    mod = match.group("mod") or ""
    if mod in _DETERMINERS:
        return None  # "its partner Ilse Varga": a firm's partner as often as a person's post
    if not mod or mod in STOPWORDS or mod in SPEECH_VERBS or mod.endswith(("ed", "ly")):
        return match.group("head"), ""
    return f"{mod} {match.group('head')}", ""
