"""A source's own staff and a currency code are never actors, drafted or offered, whatever the
door (newcomer19 N19-07, N19-10). Made-up texts."""

from __future__ import annotations

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.source_staff import is_currency, staff_names
from briefdesk.editing.suggested import from_extraction
from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source

TRANSCRIPT = (
    "RIVER FM - NOON NEWS\n\n"
    "[12:00:03] PRESENTER (Mira Castell): Good afternoon. Our reporter Tomas Lind is in Varno.\n\n"
    "[12:00:20] REPORTER (Tomas Lind): The Coast Ministry has agreed to buy eight patrol boats "
    "from Kessel Yards for EUR 96 million, Coast Minister Oskar Brandt said.\n\n"
    "[12:01:10] MINISTER (Oskar Brandt): We need the boats before winter.\n"
)
RELEASE = (
    "The Ministry of Harbours signed a loan of US$200 million with Orlen Bank on Monday, "
    "Harbour Minister Ada Vesk said.\n\n"
    "Issued by: Petra Novak, Public Relations Officer, Ministry of Harbours\n"
)


def _names(text: str) -> tuple[set[str], set[str]]:
    source = Source(title="Made up", text=text)
    reading = extract_text(text)
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, source.id, reading))
    offered = {s.name for s in from_extraction(reading, source) if s.kind == "actors"}
    return {a.name for a in drafted.actors}, offered


def test_a_transcripts_presenter_and_reporter_and_a_currency_are_no_actors() -> None:
    drafted, offered = _names(TRANSCRIPT)
    for own in ("Mira Castell", "Tomas Lind", "EUR"):
        assert own not in drafted and own not in offered, (own, drafted, offered)
    assert "Oskar Brandt" in drafted | offered  # the interviewee is an actor
    assert "Kessel Yards" in drafted | offered


def test_a_releases_issuer_line_names_no_actor() -> None:
    drafted, offered = _names(RELEASE)
    assert "Petra Novak" not in drafted | offered
    assert "Ada Vesk" in drafted | offered


def test_what_is_no_staff_and_no_currency() -> None:
    assert staff_names("Edited by Lucia Ferreyra\n\nCanadian miner X buys Y.") == {"lucia ferreyra"}
    assert staff_names("The deal was signed by Oskar Brandt.\nWritten by hand.") == frozenset()
    assert staff_names("GUEST (Oskar Brandt): Hello.") == frozenset()
    assert is_currency("EUR", "a EUR 96 million deal")
    assert not is_currency("EUR", "EUR Holdings said nothing")  # no amount: a name
    assert not is_currency("NATO", "NATO 2 billion")


def test_new_deal_from_selection_takes_no_currency_or_reporter_as_a_side() -> None:
    from briefdesk.editing.deal_from_text import deal_from_selection

    text = (
        "[12:00:20] REPORTER (Tomas Lind): Tomas Lind sold nothing; the Coast Ministry will buy "
        "patrol boats for EUR 96 million from Kessel Yards.\n"
    )
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source])
    made = deal_from_selection(brief, source, 0, len(text))
    names = {a.name for a in made.new_actors}
    assert "Tomas Lind" not in names and "EUR" not in names, names
    assert "Kessel Yards" in names
