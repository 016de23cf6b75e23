"""Round 16, organisations: kinds of misses seen across several readable sets. Made-up
sentences (names no article holds), positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def org_actors(text: str) -> dict[str, list[str]]:
    """Organisation names with their aliases."""
    return {
        a.name: list(a.aliases)
        for a in extract_text(text).actors
        if a.type in ("organization", "international_organization")
    }


# --- a later mention of a body's head part is the body told again ------------------------------


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "The Vanora Airport Authority signed the contract on Monday. "
            "A week later the Airport Authority said the runway would close.",
            "Vanora Airport Authority",
            "Airport Authority",
        ),
        (
            "The Teluka Islands Forum met in Suva on Friday. The Forum will meet again in May.",
            "Teluka Islands Forum",
            "Forum",
        ),
        (
            "Patrol boats were handed to the Tarvane Bay Coast Guard on Tuesday.\n\n"
            "The Coast Guard will use them against smugglers.",
            "Tarvane Bay Coast Guard",
            "Coast Guard",
        ),
        (
            "The Committee on Harbour Security and Defence met on Monday. "
            "The Committee may receive the figures at a closed meeting.",
            "Committee on Harbour Security and Defence",
            "Committee",
        ),
    ],
)
def test_head_part_told_again_is_the_body(text: str, long: str, short: str) -> None:
    found = org_actors(text)
    assert short not in found
    assert short in found[long]


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # two bodies end so: the short one could be either
        (
            "The Korvan Coast Guard and the Delmar Coast Guard held drills. "
            "The Coast Guard said the drills went well.",
            "Coast Guard",
        ),
        # the short part is the object of "in", not the long name's head
        (
            "The report of the Audit Office for the Institutions in the Union was read out. "
            "The Union has not answered.",
            "Union",
        ),
        # three words are a name of their own, not a part told again
        (
            "The West Tarrian Development Bank lent $40 million. "
            "The Tarrian Development Bank lent $20 million more.",
            "Tarrian Development Bank",
        ),
    ],
)
def test_head_part_kept_apart(text: str, apart: str) -> None:
    assert apart in org_actors(text)


# --- a body named as another's alias is that body ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "Lima agreed to buy 20 trucks from South Korea's Dalseong Motor Systems on Tuesday. "
            "The deal was signed by Kim Tae-ho, executive vice-president of Dalseong.\n\n"
            "Shares of Dalseong rose 2% in Seoul on Wednesday.",
            "Dalseong Motor Systems",
            "Dalseong",
        ),
        (
            'The miner signed an offtake with Karsund Minor Metals Pte. Ltd. ("KMM") on Monday.\n\n'
            "KMM Chief Executive Lin Wei said the deal secures supply.",
            "Karsund Minor Metals Pte. Ltd.",
            "KMM",
        ),
    ],
)
def test_alias_read_as_a_body_is_the_body(text: str, long: str, short: str) -> None:
    found = org_actors(text)
    assert short not in found
    assert short in found[long]


def test_name_longer_than_the_alias_stays_apart() -> None:
    # "KMM Logistics" only starts with the alias: another body
    text = (
        'Karsund Minor Metals Pte. Ltd. ("KMM") will buy the concentrate. '
        "KMM Logistics, a trucking firm, will carry it to the port."
    )
    found = org_actors(text)
    assert "KMM Logistics" in found
    assert "KMM Logistics" not in found["Karsund Minor Metals Pte. Ltd."]


# --- a share bar's buttons are no bodies -------------------------------------------------------


@pytest.mark.parametrize(
    "bar",
    [
        "[Share] [Post] [WhatsApp] [Email]     A-  A+",
        "[f] Share  [x] Post  [in] Share  [@] Email   |   A- A A+",
    ],
)
def test_share_bar_names_no_body(bar: str) -> None:
    text = f"Published 3 May 2027\n\n{bar}\n\nThe Velmora Harbour Board signed the lease on Monday."
    assert set(org_actors(text)) == {"Velmora Harbour Board"}


def test_post_in_a_name_is_still_read() -> None:
    text = "The Kelso Post reported the lease on Monday.\n\nThe Post Office will move in May."
    assert "Kelso Post" in org_actors(text)
