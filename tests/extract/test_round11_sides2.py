"""Deal sides, round 11 (second pass): loans whose borrower the loan's own sentence leaves
unnamed, made-up paraphrases with the sentences that must not change."""

from __future__ import annotations

from tests.extract.deal_rows import deals


def _rows(text: str) -> dict[str | None, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text)}


_ARTICLE = (
    "Moldova has signed a contract for a new power line to Romania. Moldova's energy minister "
    "said the line would end the country's reliance on one supplier. Officials in Moldova "
    "expect work to start in spring.\n\n"
)


def test_a_loan_from_a_foreign_lender_goes_to_the_article_s_state() -> None:
    # The loan sentence names only the lender: the state the article is about borrows.
    text = _ARTICLE + (
        "The European Bank for Reconstruction and Development is preparing a loan of "
        "EUR 80 million for the line."
    )
    assert _rows(text)["EUR 80 million"] == (
        "Moldova",
        "European Bank for Reconstruction and Development",
    )


def test_a_lender_of_the_article_s_own_state_lends_to_no_guessed_borrower() -> None:
    # The lender is the article's own state's bank: the state is not its own borrower.
    text = _ARTICLE + "The Moldova Development Bank is preparing a loan of EUR 20 million."
    assert _rows(text)["EUR 20 million"] == ("", "Moldova Development Bank")


def test_a_loan_with_no_lender_gets_no_state_either() -> None:
    text = _ARTICLE + "A loan of EUR 30 million for the substations is still being negotiated."
    assert _rows(text).get("EUR 30 million", ("", ""))[0] == ""


_AID_ARTICLE = (
    "Tuvalu has asked its partners for help after the king tides. Tuvalu's finance minister "
    "said the damage came to a fifth of the budget. Officials in Tuvalu expect rain in March."
    "\n\n"
)


def test_a_foreign_capital_signing_off_budget_support_gives_it() -> None:
    # Wellington is New Zealand; the article is about Tuvalu, which receives.
    text = _AID_ARTICLE + (
        "Wellington has signed off NZ$12 million in budget support for this financial year."
    )
    assert _rows(text)["NZ$12 million"] == ("Tuvalu", "New Zealand")


def test_a_grant_with_a_named_recipient_keeps_it() -> None:
    text = _AID_ARTICLE + "Wellington will lend NZ$12 million to Fiji for its wharves."
    assert _rows(text)["NZ$12 million"] == ("Fiji", "New Zealand")


def test_the_ministry_named_again_by_its_head_noun_buys() -> None:
    text = (
        "The Ministry of National Defence presented its budget on Monday. Minister Ruiz-Lugo "
        "confirmed the ministry had cancelled a 310-billion-peso contract with the shipyard "
        "Astilleros del Golfo Sur for two river patrol boats."
    )
    assert _rows(text)["310-billion-peso"] == (
        "Ministry of National Defence",
        "Astilleros del Golfo Sur",
    )


def test_the_navy_that_will_receive_buys() -> None:
    text = (
        "The Royal Thai Navy has ordered a new frigate. Under the deal, the navy will also "
        "receive training, and Thai shipbuilder Chanthaburi Marine Engineering will build two "
        "patrol boats under a separate 2.1 billion baht contract."
    )
    assert _rows(text)["2.1 billion baht"] == (
        "Royal Thai Navy",
        "Chanthaburi Marine Engineering",
    )


def test_another_ministry_or_a_bystander_ministry_is_no_buyer() -> None:
    # "the ministry of finance" is another body; "the ministry would welcome" does nothing.
    text = (
        "The Ministry of National Defence presented its budget on Monday. The ministry of "
        "finance said a 310-billion-peso contract with the shipyard Astilleros del Golfo Sur "
        "for two river patrol boats was cancelled."
    )
    assert _rows(text)["310-billion-peso"][0] == ""
    text = (
        "The Ministry of Ports met on Monday. Analysts said the ministry would welcome a "
        "$40 million contract between Kestrel Holdings and Astilleros del Golfo Sur."
    )
    assert _rows(text)["$40 million"][0] != "Ministry of Ports"


def test_the_ministry_after_two_ministries_is_not_guessed() -> None:
    text = (
        "The Ministry of National Defence presented its budget on Monday, and the Ministry of "
        "Finance approved it. Minister Ruiz-Lugo confirmed the ministry had cancelled a "
        "310-billion-peso contract with the shipyard Astilleros del Golfo Sur for two boats."
    )
    assert _rows(text)["310-billion-peso"][0] == ""


def test_a_grant_restated_by_both_ministers_keeps_its_recipient() -> None:
    # The restatement names both states; the giver must not come back as the recipient.
    text = (
        "• Norway signs NOK 40 million grant with Malawi\n\n"
        "Norway's foreign minister, Kari Holm, and Malawi's foreign minister, John Banda, "
        "exchanged notes on grant aid of NOK 40 million for school meals in Lilongwe."
    )
    assert _rows(text)["NOK 40 million"] == ("Malawi", "Norway")


def test_a_headline_s_missing_side_still_comes_from_the_lead() -> None:
    text = (
        "Norway to give Malawi NOK 40 million\n\n"
        "Norway will provide NOK 40 million in grant aid to Malawi for school meals."
    )
    assert _rows(text)["NOK 40 million"] == ("Malawi", "Norway")


def test_a_government_that_awarded_a_contract_last_month_buys() -> None:
    # "the Australian government last month awarded X a contract": active, not "a contract
    # awarded to X".
    for words in ("last month awarded", "awarded"):
        text = (
            f"Separately, the Australian government {words} Kestrel Launch Systems a A$46 "
            "million contract to launch two weather satellites."
        )
        assert _rows(text)["A$46 million"] == ("Australia", "Kestrel Launch Systems")


def test_a_contract_awarded_last_month_to_a_firm_stays_passive() -> None:
    text = (
        "A A$46 million contract awarded last month to Kestrel Launch Systems covers two "
        "launches."
    )
    assert _rows(text)["A$46 million"] == ("", "Kestrel Launch Systems")
