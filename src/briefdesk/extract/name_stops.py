"""Short words with a stop that do not end a name (round 9, from text.py): an initial ("S.
Jaishankar"), a short form inside a name (of Muhammad, "Md. Rafiqul Alam"; of Maria, "Ma.
Teresa"; a Mongolian patronymic initial written with two letters, "Ts. Oyunchimeg"), a saint
in a place or family name ("St. Michael", "Sta. Rosa"), and a less common honorific whose name
follows ("Minister Eng. Kofi Mensah" reads as "Minister Eng Kofi Mensah"). "Mr." and "Dr." still
end a run: "Director General of Mineral and Coal Mr. X" keeps its body apart."""

from __future__ import annotations

from briefdesk.extract.words import word_list

_NAME_SHORT = frozenset({"Md", "Mohd", "Muhd", "Muh", "Ma", "Ts", "Kh", "Sh", "Ch", "Zh"})
_SAINT = frozenset({"St", "Ste", "Mt", "Ft", "Sta", "Sto"})
HONORIFIC_STOPS = word_list("honorific_stops")


def joins_after_stop(word: str, after: str) -> bool:
    """Whether ``word`` followed by ". " and ``after`` stays in one capitalised run."""
    if (len(word) == 1 and word.isupper()) or word in _NAME_SHORT or word in _SAINT:
        return True
    return word in HONORIFIC_STOPS and after[:1].isupper()
