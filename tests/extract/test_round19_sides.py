"""Deal sides in news (round 19): an investment commitment told after the agreement, its holder
described by where it is listed or based, or the commitment told as a noun. Made-up sentences
in several wordings, with the ones that must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _priced(text: str) -> dict[str, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text) if row[3]}


@pytest.mark.parametrize(
    ("text", "value", "sides"),
    [
        (  # "The Milan-listed company": the amount prices the agreement told before
            "TRIPOLI - On 8 July the National Oil Corporation signed an exploration agreement "
            "with Vesuvio Energia SpA for Area 12. The Milan-listed company has committed to a "
            "work programme of $900 million over seven years.",
            "$900 million",
            ("Vesuvio Energia SpA", "National Oil Corporation"),
        ),
        (  # two words before "-based": the work programme prices the contract told before
            "LUANDA - The National Petroleum Agency signed a production sharing contract with "
            "Kuanza Offshore Lda for Block 41. The Abu Dhabi-based company has committed to a "
            "work programme of $450 million over four years.",
            "$450 million",
            ("Kuanza Offshore Lda", "National Petroleum Agency"),
        ),
        (  # "It covers an investment commitment of": the company that signed commits
            "LIMA - Cobre Andino S.A.C. has entered into a legal stability agreement with the "
            "Ministry of Energy and Mines. It covers an investment commitment of US$500 million "
            "for the construction of the mine.",
            "US$500 million",
            ("Cobre Andino S.A.C.", "Ministry of Energy and Mines"),
        ),
        (  # "an investment obligation of": the house guess had the ministry buying
            "NAIROBI - Kilima Graphite Ltd signed a mining agreement with the Ministry of Mining "
            "on Monday. The agreement sets an investment obligation of $120 million over five "
            "years.",
            "$120 million",
            ("Kilima Graphite Ltd", "Ministry of Mining"),
        ),
    ],
)
def test_commitment_holder_buys(text: str, value: str, sides: tuple[str, str]) -> None:
    assert _priced(text)[value] == sides


@pytest.mark.parametrize(
    ("text", "value", "sides"),
    [
        (  # no company named before: "It" points at nobody, no side is made up
            "LIMA - The two ministries signed a cooperation agreement on mining roads. It covers "
            "an investment commitment of US$500 million for new roads.",
            "US$500 million",
            ("", ""),
        ),
        (  # a demonym is no home modifier: the description reader's verdict stays
            "TRIPOLI - On 8 July the National Oil Corporation signed an exploration agreement "
            "with Vesuvio Energia SpA for Area 12. The state-run company has committed to a "
            "work programme of $900 million over seven years.",
            "$900 million",
            ("", ""),
        ),
        (  # a commitment to an order, not to invest: nothing is folded into the contract
            "OSLO - Fjellnor Mining ASA signed a supply contract with Kvarsten Drilling AS for "
            "ten rigs. The Oslo-listed company has committed to an order of $40 million for the "
            "rigs.",
            "$40 million",
            ("Fjellnor Mining ASA", ""),
        ),
    ],
)
def test_commitment_left_alone(text: str, value: str, sides: tuple[str, str]) -> None:
    assert _priced(text)[value] == sides


# A state's finance ministry beside a bank or fund borrows: "finance" in its name makes no
# lender of it there.
@pytest.mark.parametrize(
    ("text", "value", "sides"),
    [
        (  # both named before the verb: the ministry had been read as the lender
            "TASHKENT - The Ministry of Finance and the Asian Development Bank signed a loan "
            "agreement of $200 million for the railway.",
            "$200 million",
            ("Ministry of Finance", "Asian Development Bank"),
        ),
        (  # "of <state>" after the ministry: the bank was left out
            "TASHKENT - This was announced after the Ministry of Economy and Finance of the "
            "Republic of Uzbekistan and the Asian Infrastructure Investment Bank signed a loan "
            "agreement of 315 million US dollars for the railway.",
            "315 million US dollars",
            ("Ministry of Economy and Finance", "Asian Infrastructure Investment Bank"),
        ),
        (  # "with the World Bank": the bank had been read as the borrower
            "ACCRA - The Ministry of Finance has signed a $50 million loan agreement with the "
            "World Bank for feeder roads.",
            "$50 million",
            ("Ministry of Finance", "World Bank"),
        ),
        (  # the name's other order
            "TASHKENT - The Finance Ministry and the Asian Development Bank signed a loan "
            "agreement of $200 million for the railway.",
            "$200 million",
            ("Finance Ministry", "Asian Development Bank"),
        ),
    ],
)
def test_finance_ministry_borrows(text: str, value: str, sides: tuple[str, str]) -> None:
    assert _priced(text)[value] == sides


@pytest.mark.parametrize(
    ("text", "value", "sides"),
    [
        (  # a donor's ministry named for cooperation and development still gives
            "BERLIN - Germany's Federal Ministry for Economic Cooperation and Development will "
            "give Kenya a grant of 20 million euros for solar schools.",
            "20 million euros",
            ("Kenya", "Federal Ministry for Economic Cooperation and Development"),
        ),
        (  # a foreign finance ministry beside a state, no bank: it still lends
            "MANAMA - Bahrain signed a $500 million loan agreement with the Ministry of Finance "
            "of Kuwait for the vessels.",
            "$500 million",
            ("Bahrain", "Ministry of Finance"),
        ),
        (  # a finance corporation that is no ministry still lends
            "LUSAKA - The Development Finance Corporation will lend $100 million to the "
            "Ministry of Finance for the power line.",
            "$100 million",
            ("Ministry of Finance", "Development Finance Corporation"),
        ),
    ],
)
def test_lenders_left_alone(text: str, value: str, sides: tuple[str, str]) -> None:
    assert _priced(text)[value] == sides
