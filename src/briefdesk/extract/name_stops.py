"""Short words with a stop that do not end a name (round 9, from text.py): an initial ("S.
Jaishankar"), a short form inside a name (of Muhammad, "Md. Rafiqul Alam"; of Maria, "Ma.
Teresa"; a Mongolian patronymic initial written with two letters, "Ts. Oyunchimeg"), a saint
in a place or family name ("St. Michael", "Sta. Rosa"), and a less common honorific whose name
follows ("Minister Eng. Kofi Mensah" reads as "Minister Eng Kofi Mensah"). "Mr." and "Dr." still
end a run: "Director General of Mineral and Coal Mr. X" keeps its body apart."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.words import word_list

_NAME_SHORT = frozenset({"Md", "Mohd", "Muhd", "Muh", "Ma", "Ts", "Kh", "Sh", "Ch", "Zh"})
_SAINT = frozenset({"St", "Ste", "Mt", "Ft", "Sta", "Sto"})
HONORIFIC_STOPS = word_list("honorific_stops")
# The first half of a two-word legal form ("Garuda Armaments Pvt. Ltd. has signed", round 16):
# a name that opens a sentence was cut at the first stop and lost its head.
_FORM_FIRST = {"Pvt": ("Ltd", "Limited"), "Pte": ("Ltd", "Limited"), "Sdn": ("Bhd",)}


def joins_after_stop(word: str, after: str) -> bool:
    """Whether ``word`` followed by ". " and ``after`` stays in one capitalised run."""
    if (len(word) == 1 and word.isupper()) or word in _NAME_SHORT or word in _SAINT:
        return True
    if word in _FORM_FIRST:
        return after in _FORM_FIRST[word]
    return word in HONORIFIC_STOPS and after[:1].isupper()


# A nickname in quotes between a given name and a surname ('Ramon "Jun" Reyes', 'Rodolfo
# “Dodong” Alcaraz-Tan', 'Ibrahim "Ibbe" Naseem'): one capitalised word in quotes, a capitalised
# word on each side. The gaps around it are the only ones with a quote the run goes across.
NICK_GAPS = frozenset({' "', '" ', " “", "” "})
_NICK_OPEN = re.compile(r"[ ][“\"][A-Z][\w'’-]{1,15}[”\"][ ][A-Z]")
_NICK_CLOSE = re.compile(r"[A-Z][\w'’.-]*[ ][“\"][A-Z][\w'’-]{1,15}[”\"][ ]$")


def in_nickname(text: str, gap_start: int, gap_end: int) -> bool:
    """Whether the gap ``text[gap_start:gap_end]`` opens or closes a quoted nickname."""
    if text[gap_start] == " ":
        return _NICK_OPEN.match(text, gap_start) is not None
    return _NICK_CLOSE.search(text, max(0, gap_start - 40), gap_end) is not None


def joins_across(text: str, between: str, word: str, after: str, gap_start: int) -> bool:
    """Whether the run goes on across ``between`` (a stop after a short word, or the quotes
    round a nickname), ``gap_start`` being where the gap starts in ``text``."""
    if between == ". ":
        return joins_after_stop(word, after)
    return between in NICK_GAPS and in_nickname(text, gap_start, gap_start + len(between))
