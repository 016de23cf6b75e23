"""Round 21, newcomer20's leftovers at the level the user meets them (``draft``, the suggestion,
the export): N20-10 a signed date before the verb, N20-09 a loan's item that points back, N20-12
the follow-up brief's actors and choice, N20-14 a rank before a name. Made-up texts."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.editing.draft import draft, summary
from briefdesk.editing.edits import apply_edits, changed_fields
from briefdesk.extract import KnownActor, extract_source, extract_text
from briefdesk.model import Brief, Source

HEAD = "Kelvoria buys a launch\n\nTarvo, 2 November 2026\n\n"


def _drafted(body: str, known: tuple[KnownActor, ...] = ()) -> tuple[Brief, Brief, str]:
    source = Source(
        text=HEAD + body, title="Launch", outlet="Kelvoria Press", published=dt.date(2026, 11, 2)
    )
    brief = Brief(sources=[source])
    extraction = extract_source(source, known_actors=known) if known else extract_source(source)
    edits = draft(brief, source.id, extraction)
    after = apply_edits(brief, edits)
    fields = [edit.what for edit in edits]
    return brief, after, summary(brief, after, fields, extraction)


# --- N20-10: "On 14 October 2026 the Agency (KSA) signed ..." -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "On 14 October 2026 the Kelvorian Space Agency (KSA) signed a US$185 million contract "
        "with Ostmark Launch Services, the launch company, to put two satellites into orbit.\n",
        # a long subject between the date and the verb
        "On 14 October 2026 the Kelvorian Space Agency and the Ministry of Finance of the "
        "Republic of Kelvoria signed a US$185 million contract with Ostmark Launch Services.\n",
    ],
)
def test_the_signed_date_at_the_sentence_start_is_the_deals(body: str) -> None:
    _before, after, _said = _drafted(body)
    assert after.deals[0].dates.signed == dt.date(2026, 10, 14)


def test_a_date_at_the_start_that_dates_a_saying_is_no_signed_date() -> None:
    body = (
        "On 14 October 2026 the Kelvorian Space Agency said it had signed a US$185 million "
        "contract with Ostmark Launch Services for two launches.\n"
    )
    _before, after, _said = _drafted(body)
    assert after.deals[0].dates.signed is None


# --- N20-09: "a US$160 million loan ... to pay for the launch" -------------------------------

LOAN = (
    "Exportia has guaranteed 85 per cent of a US$160 million loan that Ostmark Bank will make to "
    "Kelvoria's Ministry of Finance to pay for the {what}.\n"
)


@pytest.mark.parametrize(
    ("what", "item"),
    [
        ("launch", "launch financing"),
        ("purchase", "purchase financing"),
        ("project", ""),  # points back at something told elsewhere: no item
        ("contract", ""),
        ("construction of a new wharf", "construction of a new wharf"),  # an item: kept
        ("new wharf", "wharf"),  # (as before: "new" dropped)
    ],
)
def test_a_loan_item_that_points_back(what: str, item: str) -> None:
    [loan] = [d for d in extract_text(LOAN.format(what=what)).deals if d.kind == "loan"]
    assert loan.item == item


def test_the_drafted_loan_reads_as_financing_of_the_launch() -> None:
    _before, after, _said = _drafted(LOAN.format(what="launch"))
    [loan] = after.deals
    assert loan.title == "Launch financing"
    assert [i.designation for i in loan.items] == ["launch financing"]
    assert after.bluf.endswith("to the Ministry of Finance for the launch.")
    assert "for launch" not in after.bluf


def test_a_loan_for_a_named_thing_keeps_its_words() -> None:
    _before, after, _said = _drafted(
        "Ostmark Bank will lend US$160 million to Kelvoria in a loan for a water treatment plant.\n"
    )
    assert "financing" not in after.deals[0].title


# --- N20-12: the follow-up wire, with the desk's library --------------------------------------

KNOWN = (
    KnownActor("Kelvorian Space Agency", ("KSA",), "organization", country="KV"),
    KnownActor("Ostmark Launch Services", ("Ostmark",), "organization", country="FR"),
)
WIRE = (
    "Ostmark to launch Kelvorian relay satellite\n\n"
    "TARVO, 1 December 2026 — KSA has chosen Ostmark for a second launch, a data-relay "
    "satellite for 2029, chairman Tomas Varga said on Monday. The value was not given.\n"
)


def test_a_short_form_the_library_knows_is_the_desks_actor() -> None:
    known = extract_text(WIRE, known_actors=KNOWN)
    names = {a.name: a.aliases for a in known.actors}
    assert "KSA" not in names and "KSA" in names["Kelvorian Space Agency"]
    [deal] = known.deals
    assert (deal.buyer, deal.seller) == ("Kelvorian Space Agency", "Ostmark Launch Services")
    plain = extract_text(WIRE)  # without the library: as before
    assert "KSA" in {a.name for a in plain.actors}
    assert all(not d.seller for d in plain.deals)


def test_a_text_that_names_both_forms_keeps_its_own_reading() -> None:
    text = (
        "The Kelvorian Space Agency (KSA) has chosen Ostmark Launch Services for a second "
        "launch, its chairman said.\n"
    )
    names = [a.name for a in extract_text(text, known_actors=KNOWN).actors]
    assert names.count("Kelvorian Space Agency") == 1 and "KSA" not in names


def test_a_common_name_the_desk_used_as_an_alias_is_not_renamed() -> None:
    known = (KnownActor("Kelvorian Space Agency", ("Space Agency",), "organization"),)
    text = "The Space Agency has chosen Ostmark Launch Services for a second launch.\n"
    names = {a.name for a in extract_text(text, known_actors=known).actors}
    assert "Kelvorian Space Agency" not in names


def test_a_person_known_by_a_short_form_keeps_the_texts_name() -> None:
    known = (KnownActor("Tomas Varga Ruiz", ("Tomas Varga",), "person", role="Chairman"),)
    people = {a.name for a in extract_text(WIRE, known_actors=known).actors if a.type == "person"}
    assert people == {"Tomas Varga"}


def test_the_follow_up_draft_has_the_choice_and_its_sides() -> None:
    source = Source(text=WIRE, title="Ostmark", published=dt.date(2026, 12, 1))
    brief = Brief(sources=[source])
    extraction = extract_source(source, known_actors=KNOWN)
    edits = draft(brief, source.id, extraction)
    after = apply_edits(brief, edits)
    [deal] = after.deals
    names = {a.id: a.name for a in after.actors}
    sides = {p.role.value: names[p.actor_id] for p in deal.parties}
    assert sides == {"buyer": "Kelvorian Space Agency", "seller": "Ostmark Launch Services"}
    assert after.bluf == "The Kelvorian Space Agency has chosen Ostmark Launch Services."
    said = summary(brief, after, [e.what for e in edits], extraction)
    assert "no deal found" not in said and "a BLUF draft" in said


def test_a_drafted_deal_too_bare_for_a_bluf_says_so_without_no_deal_found() -> None:
    before = Brief()
    after = before.model_copy(deep=True)
    from briefdesk.model import Deal

    after.deals.append(Deal(title="Deal"))
    said = summary(before, after, changed_fields_words(before, after))
    assert "no deal found" not in said and "too little" in said


def changed_fields_words(before: Brief, after: Brief) -> list[str]:
    from briefdesk.editing.draft import DRAFTED_FIELDS

    return [edit.what for edit in changed_fields(before, after, DRAFTED_FIELDS)]


@pytest.mark.parametrize(("how", "kept"), [("cue", True), ("guess", False)])
def test_a_learned_deal_keeps_only_the_sides_a_cue_gave(how: str, kept: bool) -> None:
    from briefdesk.editing.draft_sure import directed_sides, main_deal
    from briefdesk.extract.deal_learned import RULE as LEARNED
    from briefdesk.extract.results import DealSuggestion, Extraction, Reason

    read = DealSuggestion(
        kind="other",
        buyer="Kelvorian Space Agency",
        seller="Ostmark Launch Services",
        why=[
            Reason(LEARNED, "deal sentence (learned reader 0.97)"),
            Reason(f"buyer.{how}", "buyer: subject of 'has chosen'"),
            Reason(f"seller.{how}", "seller: object of 'chosen'"),
        ],
    )
    extraction = Extraction(deals=[read])
    sure = main_deal(extraction)
    assert sure is not None and not sure.buyer and not sure.seller  # the sure reading: none
    drafted = directed_sides(sure, extraction)
    assert drafted is not None
    assert (drafted.buyer, drafted.seller) == (
        ("Kelvorian Space Agency", "Ostmark Launch Services") if kept else ("", "")
    )


# --- N20-14: the rank before a name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "The commander of the Kelvorian Navy, Admiral Tomas Varga Ruiz, warned that the "
            "ship would stay in port.\n",
            "Admiral, commander of the Kelvorian Navy",
        ),
        (
            "The Navy chief, Rear Admiral Tomas Varga Ruiz, warned that the ship would stay in "
            "port.\n",
            "Rear Admiral, chief",
        ),
        # no rank: the role as before
        ("The commander of the Kelvorian Navy, Tomas Varga Ruiz, warned of delays.\n", "commander"),
    ],
)
def test_a_drafted_person_keeps_the_rank_before_the_name(body: str, role: str) -> None:
    source = Source(text="Navy news\n\n" + body, title="x", published=dt.date(2026, 12, 1))
    brief = Brief(sources=[source])
    extraction = extract_source(source)
    from briefdesk.editing.accept import add_actor

    [person] = [a for a in extraction.actors if a.type == "person"]
    add_actor(brief, person, source)
    assert brief.actors[0].role == role
    assert person.role != role or "Admiral" not in role  # the suggestion itself is unchanged
