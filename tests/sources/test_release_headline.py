"""A press release is titled by its headline and its letterhead is the outlet (N10-32)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.release_head import release_title

PERU = (
    "Ministry of Economy and Finance of Peru\nPress Release No. 214-2026-MEF\n\n"
    "Lima, 18 November 2026\n\n"
    "MEF authorises S/ 1,250 million credit transfer to Ministry of Defence for frigates\n\n"
    "The Ministry of Economy and Finance authorised the transfer today.\n"
)
ABIDJAN = (
    "MINISTÈRE DES FINANCES\nCommuniqué n° 12\nAbidjan, 4 mars 2026\n"
    "Côte d'Ivoire lève 500 milliards FCFA\nLe ministère a annoncé …\n"
)


@pytest.mark.parametrize(("text", "headline"), [(PERU, "MEF authorises"), (ABIDJAN, "Côte")])
def test_the_headline_under_the_release_header_is_the_title(text: str, headline: str) -> None:
    found = release_title(text, text.splitlines()[0])
    assert found is not None and found[0].startswith(headline)
    assert found[1] == text.splitlines()[0]


def test_an_article_with_a_headline_first_is_left_alone() -> None:
    text = "Peru buys frigates\n\nLima, 18 November 2026 — Peru signed a deal.\n"
    assert release_title(text, "Peru buys frigates") is None


@pytest.mark.parametrize("ending", [".txt", ".md"])
def test_import_titles_the_release_by_its_headline(tmp_path: Path, ending: str) -> None:
    path = tmp_path / f"release{ending}"
    path.write_text(PERU, encoding="utf-8")
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.title.startswith("MEF authorises S/ 1,250 million")
    assert source.outlet == "Ministry of Economy and Finance of Peru"


NUMBERED_FIRST = (
    "PRESS RELEASE NO. 26/41\n\n"
    "Fund Board Completes Second Review of Erdavia's Credit Arrangement\n\n"
    "June 23, 2026\n\nWashington: The Board today completed the review.\n"
)
BROWSER_COPY = (
    "Skip to main content\nMenu\nSearch the site\nHome > World > Sanctions\n\n"
    "Press release\nErdavia sanctions drone parts network\n"
    "The government has sanctioned 4 companies.\nPublished 2 May 2026\n"
)
BROWSER_NO_DOCUMENT_LINE = (
    "Skip to content\nMenu\nRiver port loan approved by regional bank\n"
    "The bank approved the loan on Tuesday.\n"
)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (NUMBERED_FIRST, "Fund Board Completes Second Review of Erdavia's Credit Arrangement"),
        (BROWSER_COPY, "Erdavia sanctions drone parts network"),
        (BROWSER_NO_DOCUMENT_LINE, "River port loan approved by regional bank"),
    ],
)
def test_document_numbers_and_page_furniture_are_not_the_title(
    tmp_path: Path, text: str, headline: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.title == headline
    assert f"not “{text.splitlines()[0]}”" in source.notes
    assert source.outlet == ""


def test_prose_above_a_statement_line_is_no_letterhead() -> None:
    text = "The ministry said it would publish later.\nStatement\nMore text follows here now.\n"
    assert release_title(text, text.splitlines()[0]) is None


# N12-28: a document's kind as its first line is a label, not the title.
FILING = (
    "ASX ANNOUNCEMENT\n\nHarrow Peak Minerals Limited (ASX: HPM)\n\n3 March 2027\n\n"
    "BINDING OFFTAKE AGREEMENT WITH NAMSAN CATHODE MATERIALS\n\n"
    "Harrow Peak Minerals Limited is pleased to announce a binding offtake agreement.\n"
)
RULING = (
    "ARBITRATION RULING SUMMARY\n"
    "Corvane Gold Ltd v. Republic of Tajikistan (ICSID Case No. ARB/23/4)\n\n"
    "The tribunal issued its award on 2 February 2027.\n"
)
BARE_LABEL = (
    "Notice\nThe ferry timetable changes on Monday.\nPassengers should check the times.\n"
)


def test_a_document_kind_line_gives_way_to_the_headline_and_the_issuer_is_the_outlet() -> None:
    found = release_title(FILING, "ASX ANNOUNCEMENT")
    assert found == (
        "BINDING OFFTAKE AGREEMENT WITH NAMSAN CATHODE MATERIALS",
        "Harrow Peak Minerals Limited (ASX: HPM)",
    )


def test_a_ruling_summary_is_titled_by_its_case_name() -> None:
    found = release_title(RULING, "ARBITRATION RULING SUMMARY")
    assert found is not None
    assert found[0] == "Corvane Gold Ltd v. Republic of Tajikistan (ICSID Case No. ARB/23/4)"


def test_a_document_kind_line_titles_the_imported_filing(tmp_path: Path) -> None:
    path = tmp_path / "filing.txt"
    path.write_text(FILING, encoding="utf-8")
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.title == "BINDING OFFTAKE AGREEMENT WITH NAMSAN CATHODE MATERIALS"


def test_a_bare_label_gives_way_to_the_line_under_it() -> None:
    found = release_title(BARE_LABEL, "Notice")
    assert found is not None and found[0] == "The ferry timetable changes on Monday"


def test_a_headline_that_ends_on_a_kind_word_stays_the_title() -> None:
    text = "Government publishes tender notice\n\nThe ministry posted it on Monday.\n"
    assert release_title(text, "Government publishes tender notice") is None


# N13-02: a header's labelled fields ("Issuer:", "Date:", "Title of contract:") are no headline.
FIELDED_FILING = (
    "OSLO BØRS ANNOUNCEMENT\n\nIssuer: Nordvik Defence Systems ASA (NDS)\n"
    "Category: Inside information\nDate: 14 October 2026\n\n"
    "Nordvik Defence Systems ASA signs NOK 2.4 billion contract with Estonia\n\n"
    "Nordvik Defence Systems ASA today announces that it has signed a contract.\n"
)
FIELDED_NOTICE = (
    "CONTRACT AWARD NOTICE\n\nContracting authority: Ministry of Mines and Energy, Zambia\n"
    "Reference: MME/ICB/2026/017\n"
    "Title of contract: Construction of the Kasempa–Solwezi 330 kV transmission line\n\n"
    "Section II: Award\n\n1. Name of successful bidder: Harbin Boreal Power Engineering\n"
)


def test_header_fields_give_way_to_the_headline_and_the_issuer_field_is_the_outlet() -> None:
    assert release_title(FIELDED_FILING, "OSLO BØRS ANNOUNCEMENT") == (
        "Nordvik Defence Systems ASA signs NOK 2.4 billion contract with Estonia",
        "Nordvik Defence Systems ASA (NDS)",
    )


def test_a_notices_title_field_is_its_title_and_its_authority_the_outlet() -> None:
    assert release_title(FIELDED_NOTICE, "CONTRACT AWARD NOTICE") == (
        "Construction of the Kasempa–Solwezi 330 kV transmission line",
        "Ministry of Mines and Energy, Zambia",
    )


def test_a_headline_with_a_colon_is_no_field() -> None:
    text = "PRESS RELEASE\nKenya: navy orders two patrol ships\n\nThe navy said on Monday.\n"
    assert release_title(text, "PRESS RELEASE") == ("Kenya: navy orders two patrol ships", "")


def test_a_joint_statement_is_titled_by_the_line_that_says_which() -> None:
    """newcomer13: a summit's "JOINT STATEMENT" was the source's title, saying nothing."""
    text = (
        "JOINT STATEMENT\nSummit between the Kingdom of Norland and the Republic of Esteria\n"
        "Varhaven, 2 October 2026\n\n1. The two leaders met in Varhaven.\n"
    )
    found = release_title(text, "JOINT STATEMENT")
    assert found == ("Summit between the Kingdom of Norland and the Republic of Esteria", "")
    headline = "Ministers agree joint statement"
    assert release_title(f"{headline}\nThey met on Monday in Varhaven.\n", headline) is None
