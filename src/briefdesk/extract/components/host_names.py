"""Component: a transcript's host who says their own name, "HOST: ... I'm Yoon Jae-hee."
(round 23).

A transcript that labels the host's turns with the function only ("HOST:", "PRESENTER:") or
with a surname ("VONDRÁČKOVÁ:") never writes the host's full name in a label, and the speaker
reader finds no named label to start from; the name is in the host's own first words: "This is
Morning Line. I'm Kateřina Vondráčková." The speaker is the person; the function label is the
role ("HOST" -> "host"); a surname label gives none. Read only in a transcript (three labelled
turns or more) and only in a turn whose label is a host's function or the name's surname.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.turn_labels import line_labels
from briefdesk.extract.words import word_list

_HOSTS = word_list("speaker_heads") - {"q", "question", "chair", "chairman", "chairperson"}
_SELF = re.compile(
    r"\b(?:I'm|I’m|I am|[Mm]y name is)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})(?=\s*[,.;!]|\s+(?:and|with|in)\b)"
)


def host_names(res: Resolver) -> None:
    """Propose the host who names themselves in a labelled turn (see the module)."""
    text = res.text
    if "I" not in text or ":" not in text or not _SELF.search(text):
        return
    labels = line_labels(text)
    if len(labels) < 3:
        return
    for label in labels:
        head = label.group(1).strip()
        line_end = text.find("\n", label.end())
        said = text[label.end() : line_end if line_end > 0 else len(text)]
        found = _SELF.search(said)
        if not found:
            continue
        name = found.group("name")
        if head.lower() in _HOSTS:
            role = head.lower()
        elif head.isupper() and head.lower() == name.split()[-1].lower():
            role = ""
        else:
            continue
        start = label.end() + found.start("name")
        res.rule = "person.speaker-label"
        res.person(name, start, start + len(name), role, "")
        res.claim(start, start + len(name))
