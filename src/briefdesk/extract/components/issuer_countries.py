"""Component: the state of a bare government post in an official text, from its letterhead
(round 12).

A ministry's press release, a parliament's hansard or a government notice opens with the body
that issues it ("THE UNITED REPUBLIC OF TANZANIA / MINISTRY OF TRANSPORT", "PARLIAMENT OF THE
REPUBLIC OF FIJI / DAILY HANSARD", "Government of X | Press Service"). Such a text writes its own
officials bare ("the Minister of Transport, Hon. X", "Permanent Secretary Y") and the other
side's with their state ("the Ambassador of Japan, Z"). When the first block of the text is a
short heading that names one state and a government body, a bare government post with no body
takes that state. Never in a joint statement or a visit's communiqué (both sides' officials are
bare there), never for a visitor ("the visiting Foreign Minister X", "his counterpart"), never for
a body's post. (Measured: a guard against any other state in the person's sentence lost half
the right states and kept none wrong; the sentence of a signing names both sides.)
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.post_states import bare_posts, body_before, visitor
from briefdesk.extract.resolver import Resolver, note

# A heading is a few short lines; a body paragraph ends it.
_MAX_LINES = 6
_MAX_LINE = 100
_GOVERNMENT = re.compile(
    r"\b(?:ministry|ministère|ministerio|government|gouvernement|parliament|senate|hansard|"
    r"house\s+of\s+(?:representatives|assembly|commons)|national\s+assembly|presidency|"
    r"cabinet\s+office|office\s+of\s+the\s+(?:president|prime\s+minister))\b",
    re.IGNORECASE,
)
# Both sides' officials are bare in these: no one issuer.
_SHARED = re.compile(
    r"\bjoint\s+(?:statement|communiqu|declaration|press)|\bvisit\b|\bcommuniqu|\bsummit\b",
    re.IGNORECASE,
)
_SHARED_CHARS = 600
_GUEST = re.compile(r"\b(?:visiting|counterpart|guest|foreign)\b[^.;]*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
_MAX_NAME_WORDS = 7


def issuer_countries(res: Resolver) -> None:
    """Give bare government posts the letterhead's state (see the module's docstring)."""
    people = bare_posts(res)
    if not people:
        return
    code = issuer_state(res)
    if not code:
        return
    bodies = [
        name
        for a in res.found.actors.values()
        if a.type in {"organization", "international_organization"}
        for name in (a.name, *a.aliases)
    ]
    for person in people:
        _title, of, tail = person.role.rpartition(" of ")
        if body_before(res, person) or (of and any(name.startswith(tail) for name in bodies)):
            continue  # "Vice President of Markets of Aeronaves do Sul": a body's post
        if visitor(res, person) or any(
            _GUEST.search(res.before(start, 60)) for start, _end in person.evidence
        ):
            continue  # "the visiting Foreign Minister X", "his counterpart, Minister Y"
        person.country = code
        person.affiliation = res.affiliation_name(code)
        note(person.why, "person.country-issuer", res.affiliation_name(code))


def issuer_state(res: Resolver) -> str:
    """The one state a government letterhead names in the text's first block, or ""."""
    text = res.text.lstrip()
    end = text.find("\n\n")
    if end < 0 or len(text) < 3 * end:
        return ""  # no heading apart from a longer body
    lines = [line.strip() for line in text[:end].splitlines() if line.strip()]
    if len(lines) > _MAX_LINES or any(len(line) > _MAX_LINE for line in lines):
        return ""
    # The heading's lines come before any sentence ("The House met at 1.30 p.m.").
    sentence = next((i for i, line in enumerate(lines) if _is_sentence(line)), None)
    lines = lines[:sentence]
    head = "\n".join(lines)
    # A heading writes its body with a capital: "Ministry of ...", "GOVERNMENT OF ..."
    if not any(m.group()[0].isupper() for m in _GOVERNMENT.finditer(head)):
        return ""
    if _SHARED.search(text[:_SHARED_CHARS]):
        return ""
    codes = {code for line in lines for code in _states_in(res, line)}
    return next(iter(codes)) if len(codes) == 1 else ""


def _is_sentence(line: str) -> bool:
    """ "The House met at 1.30 p.m.", a quotation; not "Search..." (a menu's box)."""
    if line.endswith(('"', "”")):
        return True
    return line.endswith(".") and not line.endswith("..") and len(line.split()) >= 3


def _states_in(res: Resolver, line: str) -> set[str]:
    """States named in a heading line, in capitals or not ("REPUBLIC OF GABON": "Gabon")."""
    line_words = [w.group() for w in _WORD.finditer(line)]
    words = [_titled(w) for w in line_words]
    codes: set[str] = set()
    at = 0
    while at < len(words):
        for size in range(min(_MAX_NAME_WORDS, len(words) - at), 0, -1):
            code = res.country_of(" ".join(words[at : at + size]))
            code = code or (res.country_of(line_words[at]) if size == 1 else "")  # "UAE"
            if code:
                codes.add(code)
                at += size
                break
        else:
            at += 1
    return codes


_PARTICLES = frozenset({"and", "de", "del", "des", "du", "la", "le", "of", "the"})


def _titled(word: str) -> str:
    """ "REPUBLIC" -> "Republic", "DE" -> "de"; a word in lower or mixed case stays."""
    if not word.isupper():
        return word
    return word.lower() if word.lower() in _PARTICLES else word.capitalize()
