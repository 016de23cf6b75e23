"""Fixture builders: every .docx, .pdf and .eml the source tests read is made here."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"

ARTICLE_PARAGRAPHS = [
    "The Ministry of Defence announced on Monday that it has signed a contract for "
    "twelve patrol vessels worth €480 million.",
    "The first two vessels will be delivered in 2027, the ministry said.",
    "Officials declined to name the shipyard, citing commercial confidentiality.",
]


@pytest.fixture
def article_paragraphs() -> list[str]:
    return list(ARTICLE_PARAGRAPHS)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def inline() -> ImportLimits:
    """Parse in this process: lets a test watch sockets and measure memory with tracemalloc."""
    return ImportLimits(isolate=False)


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    def build(name: str = "statement.docx", *, with_table: bool = True) -> Path:
        import docx

        document = docx.Document()
        props = document.core_properties
        props.title = "Contract for twelve patrol vessels"
        props.author = "Press Office, Ministry of Defence"
        props.created = dt.datetime(2026, 2, 9, 10, 0, 0)
        props.language = "en-GB"
        document.add_heading("Contract for twelve patrol vessels", level=1)
        for text in ARTICLE_PARAGRAPHS[:2]:
            document.add_paragraph(text)
        if with_table:
            table = document.add_table(rows=3, cols=3)
            rows = [("Item", "Quantity", "Delivery"), ("Patrol vessel", "12", "2027–2030")]
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    table.cell(r, c).text = value
            merged = table.cell(2, 0).merge(table.cell(2, 2))
            merged.text = "Training and support included"
        document.add_paragraph(ARTICLE_PARAGRAPHS[2])
        path = tmp_path / name
        document.save(str(path))
        return path

    return build


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    def build(
        name: str = "report.pdf", *, pages: list[list[str]] | None = None, title: str = ""
    ) -> Path:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.set_creation_date(dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC))
        if title:
            pdf.set_title(title)
            pdf.set_author("Office of the Spokesperson")
        pdf.set_font("Helvetica", size=11)
        for lines in pages or [ARTICLE_PARAGRAPHS]:
            pdf.add_page()
            for line in lines:
                pdf.cell(0, 7, line.replace("€", "EUR "), new_x="LMARGIN", new_y="NEXT")
        path = tmp_path / name
        pdf.output(str(path))
        return path

    return build


@pytest.fixture
def make_scanned_pdf(tmp_path: Path) -> Callable[[], Path]:
    """A PDF whose pages are only pictures, like a scan without OCR."""

    def build() -> Path:
        from fpdf import FPDF
        from PIL import Image, ImageDraw

        image = Image.new("L", (400, 200), 255)
        ImageDraw.Draw(image).rectangle((40, 40, 360, 160), outline=0, width=4)
        picture = tmp_path / "scan.png"
        image.save(picture)
        pdf = FPDF()
        for _ in range(2):
            pdf.add_page()
            pdf.image(str(picture), x=10, y=10, w=180)
        path = tmp_path / "scanned.pdf"
        pdf.output(str(path))
        return path

    return build


@pytest.fixture
def make_eml(tmp_path: Path) -> Callable[..., Path]:
    def build(*, plain: str | None = None, html: str | None = None, name: str = "mail.eml") -> Path:
        message = EmailMessage()
        message["From"] = "Lena Ortiz <lena.ortiz@mfa.gov.example>"
        message["To"] = "desk@example.org"
        message["Subject"] = "Statement on the patrol vessel contract"
        message["Date"] = "Tue, 10 Feb 2026 14:05:00 +0100"
        message["Organization"] = "Ministry of Foreign Affairs"
        if plain is not None:
            message.set_content(plain)
            if html is not None:
                message.add_alternative(html, subtype="html")
        elif html is not None:
            message.set_content(html, subtype="html")
        path = tmp_path / name
        path.write_bytes(bytes(message))
        return path

    return build


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[..., Path]:
    """A .docx-shaped ZIP with the given parts; bodies may be huge streams of one byte."""

    def build(name: str, parts: dict[str, bytes | tuple[bytes, int]]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for part, body in parts.items():
                with archive.open(part, "w") as stream:
                    if isinstance(body, tuple):
                        chunk, repeat = body
                        for _ in range(repeat):
                            stream.write(chunk)
                    else:
                        stream.write(body)
        return path

    return build
