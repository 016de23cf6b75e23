"""newcomer21 N21-06: a Word press release under a letterhead ("MINISTRY OF … / PRESS RELEASE —
For immediate release — date") kept no outlet, because its headline came from its Word
heading and the letterhead rule only ran when the first line was taken as the title; a wire
story forwarded inline took the agency's sender name as its author, kept its "(Reporting by
…; editing by …)" line, and its reporter and editor were offered as actors."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from briefdesk.editing.source_staff import staff_names
from briefdesk.sources import import_file

HEADLINE = "Corvia signs wheat-for-fertiliser barter with Velmar Chemicals"
LEAD = (
    "OSTRAVIN, 25 November 2026 — The Corvia State Grain Corporation signed a barter agreement "
    "on 24 November with Velmar Chemicals of Ostland."
)


def _release(tmp_path: Path, document_line: str, letterhead: str) -> Path:
    import docx

    document = docx.Document()
    if letterhead:
        document.add_paragraph(letterhead)
    document.add_paragraph(document_line)
    document.add_heading(HEADLINE, level=1)
    document.add_paragraph(LEAD)
    path = tmp_path / "release.docx"
    document.save(str(path))
    return path


def test_a_word_release_letterhead_is_its_outlet(tmp_path: Path) -> None:
    letterhead = "MINISTRY OF AGRICULTURE AND FOOD OF THE REPUBLIC OF CORVIA"
    dated = "PRESS RELEASE — For immediate release — 25 November 2026"
    source = import_file(_release(tmp_path, dated, letterhead))
    assert source.title == HEADLINE
    assert source.outlet == "Ministry of Agriculture and Food of the Republic of Corvia"


def test_no_letterhead_no_outlet(tmp_path: Path) -> None:
    source = import_file(_release(tmp_path, "PRESS RELEASE", ""))
    assert source.title == HEADLINE and source.outlet == ""
    # a first line that is prose, not a document line, gives no outlet either
    prose = import_file(_release(tmp_path, "The ministry said this today.", "MINISTRY OF FOOD"))
    assert prose.outlet == ""


WIRE = f"""{HEADLINE}

By Marta Ostrova, Continental Press Agency

{LEAD}

(Reporting by Marta Ostrova; editing by Peter Kale)
"""


def _forward(tmp_path: Path, story: str, sender: str) -> Path:
    message = EmailMessage()
    message["From"] = "Tom Brennan <t.brennan@desk.example.gov>"
    message["To"] = "desk@desk.example.gov"
    message["Subject"] = f"Fwd: {HEADLINE}"
    message["Date"] = "Wed, 2 Dec 2026 09:14:00 +0000"
    message.set_content(
        "Worth a brief, I think.\nTom\n\n---------- Forwarded message ---------\n"
        f"From: {sender}\nDate: Tue, 1 Dec 2026 16:40:00 +0000\nSubject: {HEADLINE}\n"
        f"To: subscribers@cpa.example\n\n{story}"
    )
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(message))
    return path


def test_a_forwarded_wire_story_keeps_its_byline_and_drops_its_credits(tmp_path: Path) -> None:
    source = import_file(_forward(tmp_path, WIRE, "Continental Press Agency <wire@cpa.example>"))
    assert (source.author, source.outlet) == ("Marta Ostrova", "Continental Press Agency")
    assert "Reporting by" not in source.text and "editing by Peter Kale" in source.notes
    assert "Cover note from Tom Brennan" in source.notes


def test_a_forward_without_a_byline_keeps_its_sender_as_author(tmp_path: Path) -> None:
    story = f"{HEADLINE}\n\n{LEAD}\n"
    source = import_file(_forward(tmp_path, story, "Lena Ortiz <lena@mfa.example>"))
    assert source.author == "Lena Ortiz" and source.outlet == ""


def test_bracketed_wire_credits_name_the_sources_own_people() -> None:
    text = f"{LEAD}\n\n(Reporting by Marta Ostrova; editing by Peter Kale)\n\nSent from my phone"
    assert staff_names(text) == {"marta ostrova", "peter kale"}
    mixed = "(Additional reporting by Ana Berg in Oslo and Li Wei; Writing by Jo Dunn)"
    assert staff_names(mixed) == {"ana berg", "li wei", "jo dunn"}
    # brackets that credit no one: a deal's parties in brackets are no staff
    said = "The deal (signed by Ana Berg and Li Wei for the ministry) was (as reported by Jo Dunn)."
    assert staff_names(said) == frozenset()


def test_the_forwarded_wire_reporter_and_editor_are_not_offered(tmp_path: Path) -> None:
    from briefdesk.editing.suggested import from_extraction
    from briefdesk.extract import extract_text

    source = import_file(_forward(tmp_path, WIRE, "Continental Press Agency <wire@cpa.example>"))
    offered = {s.name for s in from_extraction(extract_text(source.text), source)}
    assert not offered & {"Marta Ostrova", "Peter Kale", "Continental Press Agency"}
    assert "Corvia State Grain Corporation" in offered or "Velmar Chemicals" in " ".join(offered)
