"""Round 26, places and organisations on writers the rules were not built on (issue 10):
Iceland's lower-case legal forms ("hf.", "ehf.") and Latvia's "SIA" end a firm's name; an
adjective before a site's noun names no site; "around" and "towards" open a place.
Made-up sentences only; every positive fails at round26-start, every negative passes at both."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def bodies(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "organization"}


# --- legal forms the lists lacked: "hf.", "ehf.", "SIA" -------------------------------------------
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The quay was sold to Grindavik Hafnir hf. for ISK 2 billion last week.",
            "Grindavik Hafnir hf.",
        ),
        ("The shares come from Laxafell ehf., the family's holding company.", "Laxafell ehf."),
        ("The licence went to Fjallorka hf., a consortium of two utilities.", "Fjallorka hf."),
        # a cased form ends the first of two firms joined by "and"
        ("Daugava Granulas SIA and Nordvik AB are preparing a joint bid.", "Daugava Granulas SIA"),
        ("Daugava Granulas SIA and Nordvik AB are preparing a joint bid.", "Nordvik AB"),
    ],
)
def test_lower_and_cased_forms_end_a_firm(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the short name alone and the two firms as one are no longer read
        ("The licence went to Fjallorka hf., a consortium of two utilities.", "Fjallorka"),
        (
            "Daugava Granulas SIA and Nordvik AB are preparing a joint bid.",
            "Daugava Granulas SIA and Nordvik AB",
        ),
    ],
)
def test_lower_and_cased_forms_old_reading_gone(text: str, wrong: str) -> None:
    assert wrong not in bodies(text)


def test_radio_band_is_no_form() -> None:
    """ "HF" in capitals is a radio band, no legal form."""
    assert "Harris HF" not in bodies("The navy bought Harris HF radios for its patrol boats.")


def test_shift_word_is_no_form() -> None:
    """A word that only begins like the form ("hfx", "ehfa") reads nothing new."""
    assert not {b for b in bodies("Talks with Breidavik hfx were held.") if b.endswith("hfx")}


# --- an adjective before a site's or an area's noun names no site ---------------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Power comes from a plant in the Moldavian region across the river.", "Moldavian"),
        ("The Japanese-operated fields off the coast still pump oil.", "Japanese-operated"),
        ("The group will buy 30% of the Malaysian Kuantan terminal, it said.", "Malaysian Kuantan"),
    ],
)
def test_adjective_is_no_site(text: str, wrong: str) -> None:
    assert wrong not in places(text)


def test_town_after_adjective_is_the_place() -> None:
    text = "The group will buy 30% of the Malaysian Kuantan terminal, it said."
    assert "Kuantan" in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town or a named valley before the noun stays the place
        ("Trade through the Fergana valley grew last year.", "Fergana"),
        ("The Dalian terminal was sold to a port group.", "Dalian"),
        ("The Norwegian-owned Kolsvik mine closed in May.", "Kolsvik"),
        # a sea named by its adjective is no area noun's adjective
        ("Tankers crossed the Caspian Sea in convoy.", "Caspian Sea"),
    ],
)
def test_adjective_site_negative(text: str, place: str) -> None:
    assert place in places(text)


# --- "around" and "towards" before a place -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Armed groups control the roads around Mirebalais, the mission said.", "Mirebalais"),
        ("Lorries queued for ten kilometres towards Zestaponi on Monday.", "Zestaponi"),
        ("The new road runs toward Kazbegi.", "Kazbegi"),
        ("Fishing boats were seized around Annobón, officials said.", "Annobón"),
    ],
)
def test_around_towards_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a currency or a body after the word is no place
        ("The loan is worth around US$ 5 million.", "US"),
        ("Its exports shifted towards the European Union last year.", "European Union"),
        ("Talks moved towards a deal around the end of March.", "March"),
    ],
)
def test_around_towards_negative(text: str, wrong: str) -> None:
    assert wrong not in places(text)
