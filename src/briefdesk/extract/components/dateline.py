"""Component: the dateline ("ANKARA, May 14 (Reuters) -") gives a place and an agency."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.dateline_reader import DATED, LINE, read_dateline
from briefdesk.extract.lexicon import MONTH_NAMES, ROLE_HEADS, WEEKDAY_NAMES
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.town_states import town_state
from briefdesk.extract.words import word_list

# A transcript's turns: lines opened by a name in capitals and a colon ("KAFUE: It is ...",
# "PRESENTER (NALEDI SERETSE): Good evening"). Two or more make the text a transcript, whose
# "NAME:" openers are speakers, never datelines (N12-27).
_TURN = re.compile(r"(?m)^[A-Z][A-Z'’.\- ]{1,30}(?:\s*\([^()\n]{1,40}\))?:[ \t]")
# A header field ("Date: 14 October 2026", "From: …", "Issuer: …"): a label before a colon,
# never a dateline, even when the label is also a town's name ("Date", Hokkaido) (N13-02).
_FIELD_LABELS = word_list("field_labels")
# A speaker's function in a turn's bracket ("ANA RUIZ (HOST):", "(ANALYST, BY VIDEO LINK):"):
# the bracket is no agency, so the name before it is no town (round 20).
_SPEAKER_HEADS = word_list("speaker_heads") | ROLE_HEADS
MONTH_OR_DAY = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))
# An outlet's words: a masthead with its acronym in brackets is no town (round 23).
_OUTLET_WORDS = word_list("outlet_words") | {"agency", "news", "press", "radio", "service"}


def dateline(res: Resolver) -> None:
    """ "ANKARA, May 14 (Reuters) -": the place, and the agency as an organisation."""
    turns = len(_TURN.findall(res.text, 0, 4000)) >= 2 if ":" in res.text[:4000] else False
    for line_match in re.finditer(r"^[^\n]{0,400}", res.text[:1500], re.MULTILINE):
        # "DUBAI/BEIJING, Jan 9 (Reuters) -", "Colombo, March 17 (PTI) India on Thursday".
        # ("BRUSSELS, June 3 (Meridian Wire) -": an agency of two words, only with a date)
        read = read_dateline(line_match.group()) or read_dateline(line_match.group(), DATED)
        if read is None and _ALONE.match(line_match.group()):
            read = read_dateline(line_match.group(), LINE)  # "Bergvik, 1 December 2026"
        if read is None:
            continue
        if turns and read.text.rstrip().endswith(":") and not (read.agency or read.region):
            continue  # "KAFUE: It is a loan from ...": a speaker's turn
        if read.text.rstrip().endswith(":") and _speaker_bracket(read.agency):
            return  # "ANA RUIZ (HOST): Good evening": the turns begin; no dateline after them
        if len(read.place.strip()) < 2:
            continue  # "Q (Reuters): Secretary, ...": a question's label, no town (N15-40)
        if read.text.rstrip().endswith(":") and read.place.strip().lower() in _FIELD_LABELS:
            continue
        name = read.place
        for other, at in read.others:
            if res.known_place(other.title()) or res.known_place(other):
                at += line_match.start()
                res.place(other.title() if other.isupper() else other, at, at + len(other))
        known = res.known_place(name.title()) or res.known_place(name) or bool(_cased(res, name))
        # An unknown word in capitals is a dateline only with a date, region or agency after
        # it ("KAHRAMANKAZAN, Turkey -"), never "READ MORE:" or "HIGHLIGHTS -".
        placed = read.region or read.agency or any(c.isdigit() for c in read.text)
        if _OUTLET_WORDS & set(name.lower().split()) and not known:
            continue  # "ZAMBEZI NEWS AGENCY (ZNA) — ROUNDUP": the outlet's masthead, no town
        if known or (name.isupper() and placed) or _coined_town(name, read.date, read.text):
            start = line_match.start() + read.place_start
            city = (
                _cased(res, name) or " ".join(w.capitalize() for w in name.split())
                if name.isupper()
                else name
            )
            res.dateline_country = town_state(res.gaz, city, res.text)  # (round 21, N21-03)
            if city == "Washington" and res.text.startswith(", D.C.", start + len(name)):
                city, name = "Washington, D.C.", name + ", D.C."  # the district's own name
            res.place(city, start, start + len(name), res.dateline_country)
            res.found.dateline_end = line_match.start() + read.end
            res.claim(start, start + len(name))  # no chunk rule reads "DILI" again
            region = read.region
            code = res.country_of(region.strip().title()) if region.isupper() else ""
            if code:  # "MANILA, PHILIPPINES —": the state in capitals too
                at = line_match.start() + read.region_start
                res.state(code, region.strip(), at, at + len(region.strip()))
                res.claim(at, at + len(region.strip()))
            if read.date:  # "ROME, Nov 4 (Newswire) -": the date is no company (N14-04)
                at = line_match.start() + read.match.start("date")
                res.claim(at, at + len(read.date))
            if read.agency:
                agency_start = line_match.start() + read.agency_start
                res.rule = "dateline.agency"
                res.org(read.agency, agency_start, agency_start + len(read.agency))
            return


def _speaker_bracket(agency: str) -> bool:
    """True when a turn's bracket names the speaker's function ("HOST", "DEPUTY MINISTER",
    "ANALYST, BY VIDEO LINK"), which no news agency is called, or is a note in lower case
    ("CAPT. X (recorded):", "X (press secretary):", round 24): an agency's name is capitalised."""
    words = agency.replace(",", " ").lower().split()
    return bool(words) and (words[0] in _SPEAKER_HEADS or agency.strip()[:1].islower())


# "Bergvik, 1 December 2026" alone on its line under a transcript's or release's title (round
# 21, newcomer21 N21-09): the town and the full date, nothing after them.
_ALONE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*$")


def _coined_town(name: str, date: str, line: str) -> bool:
    """ "Kessenburg, 12 May 2026 —": a town the gazetteer lacks, written as a name (one or two
    capitalised words, no common word) before a full date with its year and a dash (round 17,
    N16-07); a month or weekday is no town."""
    words = name.split()
    return (
        bool(re.search(r"\d{4}", date))
        and (line.rstrip().endswith(("—", "–", "-", "--")) or bool(_ALONE.match(line)))
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() and w[1:].islower() and not is_common_word(w) for w in words)
        and name not in MONTH_OR_DAY
    )


# Particles a city's name keeps in lower case ("Dar es Salaam", "Port-au-Prince", "Rio de
# Janeiro"); a dateline in capitals loses that, and the gazetteer is keyed by the true form.
_PARTICLES = frozenset({"al", "au", "da", "de", "del", "des", "di", "do", "du", "el", "en"})
_PARTICLES_MORE = frozenset({"es", "la", "le", "of", "sur", "the"})


def _cased(res: Resolver, name: str) -> str:
    """The gazetteer's form of a city a dateline writes in capitals, or ""."""
    if not name.isupper() or not any(c in name for c in " -"):
        return ""
    parts = re.split(r"([ -])", name.lower())
    form = "".join(
        part if i and part in _PARTICLES | _PARTICLES_MORE else part.capitalize()
        for i, part in enumerate(parts)
    )
    return form if res.known_place(form) else ""
