"""Component: the speakers of a transcript, read from the labels that open its turns (round 13).

Radio and TV transcripts, press conferences, hearings and earnings calls mark every turn with
a label at the start of a line, then a colon: "ANCHOR (Kadri Vaher):", "MINISTER D. ENKHTUVSHIN:",
"LUSINE AVETISYAN (press secretary):", "RASMUS PÕLD, Minister of Defence:", "Ana Ruiz — Chief
Financial Officer:", and later only the surname, "VAHER:". A label is always a person (the
chunk rules read a line of capitals as a body or a place, and the outlet reader took a short
surname for an outlet's initials). The role is the one the label gives: in brackets or after a
comma or dash, else its leading title ("MINISTER"), else the host's function ("ANCHOR").
Gate: a transcript's alternation: three lines or more open with a label, or one label opens
two turns, or a later label is an earlier speaker's surname; nothing else is read.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.components.host_names import host_names
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import HONORIFICS, ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.turn_labels import line_labels
from briefdesk.extract.vocab import is_legal_form
from briefdesk.extract.words import word_list

_HEADS = word_list("speaker_heads")  # "ANCHOR (X):", "Q (X, Outlet):": a function, then the name
_BRACKET = re.compile(r"(.+?)\s*[(\[]([^()\[\]]+)[)\]]")
_DASH = re.compile(r"(.+?)\s+[—–]\s+(.+)")
_STOP = re.compile(r"[a-z]{2}\.\s")  # "Wilkinson Road, Freetown. Email:": two sentences, no label
_NAME_WORD = re.compile(r"(?:[A-Z]\.|[A-ZÀ-Þ][\w'’-]*)$")
_PARTICLES = frozenset(
    {"de", "del", "da", "dos", "van", "von", "der", "bin", "binti", "al", "la", "le"}
)
# Not a speaker though it opens a line and ends with a colon.
_NOT = frozenset({"operator", "note", "source", "present", "apologies", "in attendance", "absent"})


def speaker_labels(res: Resolver) -> None:
    """Propose each labelled speaker as a person with the label's role (see the module)."""
    askers(res)
    host_names(res)  # "HOST: ... I'm Yoon Jae-hee." (round 23)
    text = res.text
    if ":" not in text:
        return
    every = line_labels(text)
    labels = [m for m in every if m.group(1).lower() not in _NOT and not _STOP.search(m.group(1))]
    speakers = [(m, read_label(m.group(1))) for m in labels]
    named = [s for s in speakers if s[1] and (len(s[1][0].split()) >= 2 or _bracketed(*s))]
    if not named:
        return
    surnames = {_key(found[0].split()[-1]) for _m, found in named if found}
    turns = {m.group(1) for m in every}
    if len(every) < 3 and len(turns) == len(every) and not surnames & {_key(t) for t in turns}:
        return  # no alternation: two labels, neither repeated nor a speaker named again
    for match, found in speakers:
        if not found:
            continue
        name, role, affiliation, offset = found
        if any(res.country_of(w) for w in name.split()):
            continue  # "FIJI SUN", "KENYA:" are no speakers
        line_end = text.find("\n", match.end())
        said = text[match.end() : line_end if line_end > 0 else len(text)]
        if said.isupper():
            continue  # "MANNAR PROJECT: CANCELLATION OF AGREEMENT" is a heading
        start = match.start(1) + offset
        res.rule = "person.speaker-label"
        if len(name.split()) == 1 and _key(name) not in surnames:
            # "BANDA:" after "Let me bring in Chileshe Banda": the name the sentence writes
            if not (full := _written(text, name)):
                continue
            res.person(full.group(), full.start(), full.end(), role, affiliation)
            res.person(_cased(text, name), start, start + len(name))  # the surname as alias
        else:
            res.person(_cased(text, name), start, start + len(name), role, affiliation)
        res.claim(match.start(1), start + len(name))


# An earnings call's operator introduces each analyst: "Our next question comes from Helen
# Marsh of Thamesbridge Securities", "the line of Ana Ruiz with Vega Capital".
_ASKER = lazy(
    r"\b(?:question|questions) (?:(?:now )?comes?|is) from (?:the line of )?"
    r"((?:[A-Z][\w'’.-]* ){1,3}[A-Z][\w'’-]*) (?:of|with|at|from) (?:the )?"
    r"([A-Z][\w&'’.-]*(?: (?:(?:de|del|of|&|and) )?[A-Z][\w&'’.-]*){0,5})".replace(" ", "[ \t]+")
)


def askers(res: Resolver) -> None:
    """Each analyst the operator introduces, with the firm (the name is no place after
    "from")."""
    if "from" not in res.text or "uestion" not in res.text:
        return
    for match in _ASKER.finditer(res.text):
        if not _is_name(match.group(1)):
            continue
        res.rule = "person.speaker-label"
        firm = match.group(2)
        last = firm.rsplit(None, 1)[-1]
        if firm.endswith(".") and (last[:-1].isupper() or not is_legal_form(last)):
            firm = firm[:-1]  # the sentence's stop ("AG."), not the stop of "Co."
        res.person(match.group(1), match.start(1), match.end(1), "", firm)
        res.claim(match.start(1), match.end(1))


def _bracketed(match: re.Match[str], found: tuple[str, str, str, int] | None) -> bool:
    """True for a one-word name a host's bracket gives before the speaker's outlet ("Q
    (Bat-Erdene, Steppe TV):"): the layout says it is a name, as a Mongolian single name is.
    A bracket with one word only ("QUESTION (Reuters):") may hold the outlet alone."""
    if not found:
        return False
    head = match.group(1)[: found[3]].rstrip(" ([").lower()
    return head in _HEADS and ", " in match.group(1)[found[3] :]


def read_label(label: str) -> tuple[str, str, str, int] | None:
    """(name, role, affiliation, where the name starts in the label) or None."""
    head, tail, offset = label, "", 0
    if bracket := _BRACKET.fullmatch(label):
        head, tail = bracket.group(1), bracket.group(2)
    elif dash := _DASH.fullmatch(label):
        head, tail = dash.group(1), dash.group(2)
    elif ", " in label:
        head, tail = label.split(", ", 1)
    role, affiliation = _role_of(tail)
    if bracket and head.lower() in _HEADS:  # "ANCHOR (Kadri Vaher)", "Q (Ana Ruiz, Delta TV)"
        inner = tail.split(", ", 1)
        if not _is_name(inner[0]):
            return None
        role, affiliation = _role_of(inner[1]) if len(inner) > 1 else ("", "")
        if not role and head.lower() not in {"q", "question"}:
            role = head.lower()
        return inner[0], role, affiliation, bracket.start(2)
    if bracket and _is_post(head):  # "Minister for Defence (Deputy Colm Ó Fearghail)"
        inner = tail.split()
        skip = 0
        while skip < len(inner) - 2 and (_is_title(inner[skip]) or is_common_word(inner[skip])):
            skip += 1  # "Hon.", "Deputy", "Bishop": a style before the name
        name = " ".join(inner[skip:])
        if not _is_name(name):
            return None
        start = bracket.start(2) + len(" ".join(inner[:skip])) + (1 if skip else 0)
        return name, head.removeprefix("The ").strip(), "", start
    words = head.split()
    lead = 0
    while lead < len(words) - 1 and _is_title(words[lead]):
        lead += 1
    name = " ".join(words[lead:])
    if not _is_name(name) or (lead == 0 and not tail and not head.isupper()):
        return None  # a mixed-case bare label ("Helen Marsh:") is left to the chunk rules
    if lead and not role:
        titles = [w for w in words[:lead] if w.lower().rstrip(".") not in HONORIFICS]
        role = " ".join(w.capitalize() for w in titles)
    offset = len(" ".join(words[:lead])) + (1 if lead else 0)
    return name, role, affiliation, offset


def _role_of(tail: str) -> tuple[str, str]:
    """("Managing Director", "Kenya Ports Authority") from "Managing Director, Kenya Ports
    Authority"; a tail without a title word is the speaker's body ("Delta TV")."""
    if not tail:
        return "", ""
    if tail.lower() in _HEADS - {"q", "question"}:
        return tail.lower(), ""  # "ARO NGATA (HOST):": the host's function (round 18)
    first, _, rest = tail.partition(", ")
    if any(w.lower().strip(".,") in ROLE_HEADS for w in first.split()):
        return first.strip(), rest.strip()
    return "", tail.strip()


def _is_post(words: str) -> bool:
    """A post written out before a bracketed name: a title word, and words no name has."""
    parts = words.split()
    return any(w.lower() in ROLE_HEADS for w in parts) and any(
        w.islower() or w.lower() in ROLE_HEADS for w in parts
    )


def _is_title(word: str) -> bool:
    bare = word.lower().rstrip(".")
    return bare in ROLE_HEADS or bare in HONORIFICS


def _is_name(words: str) -> bool:
    """A person's name as labels write it: one to five capitalised words or initials, not a
    title ("THE CHAIR") and not only everyday words ("PRESS RELEASE")."""
    parts = words.split()
    if not 1 <= len(parts) <= 5 or not _NAME_WORD.match(parts[0]):
        return False
    if any(not _NAME_WORD.match(w) and w.lower() not in _PARTICLES for w in parts):
        return False
    if any(_is_title(w) for w in parts) or (len(parts) == 1 and len(parts[0]) < 3):
        return False
    if any(w.lower() in ORG_HEADS for w in parts):
        return False  # "FBC News", "Delta Radio": an outlet
    common = sum(is_common_word(w.strip(".")) for w in parts)
    return common < len(parts) and common <= 1  # not "MANNAR WIND POWER PROJECT"


def _key(word: str) -> str:
    return word.lower().strip(".")


def _written(text: str, name: str) -> re.Match[str] | None:
    """Where a sentence writes the one-word label (no everyday word) as the last word of a
    longer name, after a given name rather than a title ("Chileshe Banda", not "Dr Banda")."""
    cased = name[0] + name[1:].lower() if name.isupper() else name
    if is_common_word(cased):
        return None
    for found in re.finditer(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+{re.escape(cased)}\b", text):
        if not any(_is_title(w) or is_common_word(w) for w in found.group().split()[:-1]):
            return found
    return None


def _cased(text: str, name: str) -> str:
    """The name as a sentence writes it ("Rasmus Põld"), else its capitals in title case."""
    if not name.isupper():
        return name
    if longer := _longer(text, name):
        return longer
    # (searched in the text itself: a letter whose lower case is longer, as "İ", would shift
    # an index found in ``text.lower()``: "eza Moradi-Tabrizi." for "REZA MORADI-TABRIZI")
    for seen in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not seen.group().isupper():
            return seen.group()
    return " ".join(w if w.endswith(".") else w.title() for w in name.split())


def _longer(text: str, name: str) -> str:
    """A longer name a sentence writes with the label's words in order ("RATU VAKALOLOMA" is
    "Ratu Josefa Vakaloloma"); "" when there is none."""
    words = [w.capitalize() if not w.endswith(".") else w for w in name.split()]
    last = re.escape(words[-1].title() if "-" in words[-1] else words[-1])
    for found in re.finditer(rf"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}}\s+{last}\b", text):
        seen = found.group().split()
        lowered = [w.lower() for w in seen]
        first = len(seen) > len(words) and lowered[0] == words[0].lower()
        if first and all(w.lower() in lowered for w in words):
            return found.group()
    return ""
