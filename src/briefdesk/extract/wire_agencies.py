"""A news wire's name is an outlet, never a place (checker9 C9-7).

"By Jane Miller, Reuters" closes a byline the way "By Ana Reyes, Quito" does, so the byline-town
rule offered "Reuters" as a place, the draft put it in the brief and ``check`` asked for its
country. The agencies whose names stand in bylines and datelines ("WARSAW (Reuters) -",
"SANTIAGO (AP) —") are listed here; a place suggestion with such a name is dropped.
"""

from __future__ import annotations

from briefdesk.extract.results import PlaceSuggestion

# Wire agencies as their bylines and datelines write them (folded to lower case).
WIRE_AGENCIES = frozenset(
    name.casefold()
    for name in (
        "Reuters", "Thomson Reuters", "AP", "Associated Press", "The Associated Press", "AFP",
        "Agence France-Presse", "Agence France Presse", "Bloomberg", "Bloomberg News", "dpa",
        "Deutsche Presse-Agentur", "ANSA", "EFE", "Xinhua", "TASS", "RIA Novosti", "Interfax",
        "Kyodo", "Kyodo News", "Yonhap", "PTI", "Press Trust of India", "ANI", "UPI",
        "United Press International", "Anadolu", "Anadolu Agency", "AAP",
        "Australian Associated Press", "Canadian Press", "The Canadian Press", "PA Media",
        "Press Association", "Lusa", "Bernama", "Antara", "APA", "CTK", "PAP", "BTA", "MTI",
        "NTB", "TT", "STT", "Ritzau", "Belga", "ANP", "Jiji", "Jiji Press", "Yonhap News",
    )
)  # fmt: skip


def is_wire_agency(name: str) -> bool:
    """Whether ``name`` is a news wire's name ("Reuters", "The Associated Press")."""
    return " ".join(name.split()).casefold() in WIRE_AGENCIES


def without_wire_places(places: list[PlaceSuggestion]) -> list[PlaceSuggestion]:
    """The place suggestions less those named as a news wire."""
    return [place for place in places if not is_wire_agency(place.name)]
