"""F23: a PDF paragraph's wrapped lines become one line; real breaks stay."""

from __future__ import annotations

from pathlib import Path

from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.pdf_lines import join_wrapped_lines

INLINE = ImportLimits(isolate=False)


def test_wrapped_lines_of_a_paragraph_are_joined() -> None:
    text = (
        "The navy will receive five new frigates from Hyundai\n"
        "Heavy Industries, the Office of the Chief of Staff said\n"
        "on Monday, adding that the first ship is due in 2028."
    )
    assert join_wrapped_lines(text) == text.replace("\n", " ")


def test_heading_short_last_line_and_blank_line_end_a_paragraph() -> None:
    text = (
        "Background\n"
        "Poland will buy 180 K2 tanks from Hyundai Rotem, the ministry\n"
        "said on Tuesday after months of talks.\n"
        "Deliveries are due to start in 2027 and run to the end of 2030,\n"
        "officials said.\n"
        "\n"
        "Separately, Romania chose the Piranha 5."
    )
    assert join_wrapped_lines(text).split("\n") == [
        "Background",
        "Poland will buy 180 K2 tanks from Hyundai Rotem, the ministry said on Tuesday "
        "after months of talks.",
        "Deliveries are due to start in 2027 and run to the end of 2030, officials said.",
        "",
        "Separately, Romania chose the Piranha 5.",
    ]


def test_list_items_table_rows_and_hyphens_keep_their_breaks() -> None:
    text = (
        "The contract covers the following items over the next five years\n"
        "• 180 K2 tanks built in Changwon and later in\n"
        "Poland under licence from the manufacturer\n"
        "• spare parts\n"
        "2027 12 480\n"
        "2028 14 520\n"
        "The agreement was signed by the deputy minister in War-\n"
        "saw after months of talks with the manufacturer."
    )
    assert join_wrapped_lines(text).split("\n") == [
        "The contract covers the following items over the next five years",
        "• 180 K2 tanks built in Changwon and later in Poland under licence from the manufacturer",
        "• spare parts",
        "2027 12 480",
        "2028 14 520",
        "The agreement was signed by the deputy minister in War-",
        "saw after months of talks with the manufacturer.",
    ]


def test_a_gap_in_the_layout_starts_a_paragraph_even_after_a_full_line() -> None:
    text = (
        "The ministry confirmed the order of twelve patrol vessels on Monday.\n"
        "The first two vessels will be delivered in 2027, the ministry said.\n"
    )
    layout = (
        "The ministry confirmed the order of twelve patrol vessels on Monday.\n\n"
        "The  first  two  vessels  will  be  delivered  in  2027,  the  ministry  said.\n"
    )
    first, second = text.split("\n")[:2]
    assert join_wrapped_lines(text, layout).split("\n")[:3] == [first, "", second]
    assert join_wrapped_lines(text).startswith(f"{first} {second}")  # no gap known: joined


def test_pdf_paragraphs_with_a_gap_import_as_paragraphs(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    one = (
        "The Pacific fleet of the Philippine Navy will receive five new frigates from "
        "Hyundai Heavy Industries, the Office of the Chief of Staff confirmed on Monday."
    )
    two = "The financing of $1.1 billion was approved by the Department of Finance on Friday."
    for paragraph in (one, two):
        pdf.multi_cell(90, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    path = tmp_path / "paras.pdf"
    pdf.output(str(path))
    text = import_file(path, limits=INLINE).text
    assert text.split("\n\n") == [one, two]


def test_a_capitalised_word_that_would_not_have_fitted_joins_a_narrow_columns_line() -> None:
    """newcomer12 N12-06: in a narrow column "chairman Vikram / Sundaresan said" stayed two
    lines (the line above was short of "full"), and the name became two actors."""
    text = (
        "The board approved the plan for a\n"
        "new launch site near the coast on\n"
        "Monday, officials said, and then\n"
        "Orbitra's chairman Vikram\n"
        "Sundaresan said the equatorial site\n"
        "would allow heavier payloads. A bid\n"
        "from the state-owned Tianlu\n"
        "Aerospace Corporation lost.\n"
        "Background\n"
        "Kenya first studied the site in 1964."
    )
    joined = join_wrapped_lines(text)
    assert "chairman Vikram Sundaresan said" in joined
    assert "Tianlu Aerospace Corporation lost." in joined
    assert "\nBackground\nKenya first studied" in joined  # a short heading keeps its break


def test_masthead_row_and_labelled_paragraph_stay_apart() -> None:
    """Newcomer14 N14-09: "Author: Dr X" then "Key points: ..." glued "Dr X Key"."""
    text = (
        "Working Paper 12 | Baltic Policy Centre | March 2026 | Author: Dr Lina Berzina\n"
        "Key points: Latvia has signed a contract with a Swedish yard for four patrol boats,\n"
        "the ministry said on Monday, adding that the first is due in 2028 at Liepaja.\n"
        "Summary: the boats replace three older vessels that the navy retired last year.\n"
    )
    lines = join_wrapped_lines(text).split("\n")
    assert lines[0].endswith("Dr Lina Berzina")
    assert lines[1] == ""
    assert lines[2].startswith("Key points: Latvia") and lines[2].endswith("at Liepaja.")
    assert "Summary: the boats" in lines[4]


def test_a_full_line_still_runs_on_to_a_capitalised_name() -> None:
    text = (
        "The agreement was signed in the capital by the deputy minister and by Dr Marta\n"
        "Kowalska, who leads the procurement agency, after two years of negotiations there."
    )
    assert join_wrapped_lines(text) == text.replace("\n", " ")
