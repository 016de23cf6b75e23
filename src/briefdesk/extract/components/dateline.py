"""Component: the dateline ("ANKARA, May 14 (Reuters) -") gives a place and an agency."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver


def dateline(res: Resolver) -> None:
    """ "ANKARA, May 14 (Reuters) -": the place, and the agency as an organisation."""
    for line_match in re.finditer(r"^[^\n]{0,400}", res.text[:1500], re.MULTILINE):
        line = line_match.group()
        # "DUBAI/BEIJING, Jan 9 (Reuters) -", "Colombo, March 17 (PTI) India on Thursday".
        match = re.match(
            r"\s*([A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)(?:/[A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)*"
            r"(?:,\s*([A-Z][A-Za-zÀ-ÿ .]{1,30}?))?"
            r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|,\s*\d{1,2} [A-Z][a-z]+ \d{4})?"
            r"\s*(?:\(([A-Z]\w+)\)\s*(?:(?:—|–|--|-|:)\s)?(?=[A-Z“\"])|(?:\((\w+)\)\s*)?"
            r"(?:/([A-Z][\w ]{2,40})/\s*)?"  # "... April 14, 2026 /Caribbean Newswire/ --"
            r"(?:—|–|--|-|:)\s)",
            line,
        )
        if not match:
            continue
        name = match.group(1).strip()
        agency_group = next((g for g in (3, 4, 5) if match.group(g)), 4)
        for extra in re.finditer(
            r"/([A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)(?=/|,|\s*\()", line[: match.end()]
        ):
            other = extra.group(1).strip()
            if res.known_place(other.title()) or res.known_place(other):
                at = line_match.start() + extra.start(1)
                res.place(other.title() if other.isupper() else other, at, at + len(other))
        known = res.known_place(name.title()) or res.known_place(name)
        # An unknown word in capitals is a dateline only with a date, region or agency after
        # it ("KAHRAMANKAZAN, Turkey -"), never "READ MORE:" or "HIGHLIGHTS -".
        placed = (
            match.group(2) or match.group(agency_group) or any(c.isdigit() for c in match.group())
        )
        if known or (name.isupper() and placed):
            start = line_match.start() + match.start(1)
            city = " ".join(w.capitalize() for w in name.split()) if name.isupper() else name
            res.dateline_country = (
                res.gaz.capitals.get(city, "") or res.gaz.cities.get(city, ("", 0))[0]
            )
            res.place(city, start, start + len(name), res.dateline_country)
            res.found.dateline_end = line_match.start() + match.end()
            res.claim(start, start + len(name))  # no chunk rule reads "DILI" again
            region = match.group(2) or ""
            code = res.country_of(region.strip().title()) if region.isupper() else ""
            if code:  # "MANILA, PHILIPPINES —": the state in capitals too
                at = line_match.start() + match.start(2)
                res.state(code, region.strip(), at, at + len(region.strip()))
                res.claim(at, at + len(region.strip()))
            if match.group(agency_group):
                agency = match.group(agency_group)
                agency_start = line_match.start() + match.start(agency_group)
                res.rule = "dateline.agency"
                res.org(agency, agency_start, agency_start + len(agency))
            return
