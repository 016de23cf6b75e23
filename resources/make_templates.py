"""Generate the built-in Word templates (standard, bluf, deal-sheet) with python-docx.

Run from the repository root: ``python resources/make_templates.py``. The output is byte-for-byte
reproducible (fixed document dates, fixed zip timestamps), so a changed .docx in a diff always
means a changed layout. The tags are docxtpl/Jinja and use only the documented context. The
page set-up, styles and table helpers live in ``template_blocks.py`` beside this file.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.shared import Pt
from template_blocks import (
    LEGEND,
    OUT,
    field_table,
    loop_table,
    new_document,
    para,
    prose,
    section,
    spacer,
    tag,
)

# ---------------------------------------------------------------- shared pieces (house style)


def header_table(doc: Any, rows: list[tuple[str, str, str]]) -> None:
    field_table(doc, rows, (4.0, 13.0))


def judgment_list(doc: Any, style: str, *, rationale: bool) -> None:
    tag(doc, "{%p for j in judgments %}")
    if rationale:
        # A judgment never ends a page away from its rationale: its line is kept whole and
        # with the rationale's first paragraph (keep-with-next only when one follows, so
        # judgments without a rationale do not chain into one unbreakable block).
        tag(doc, "{%p if j.rationale_paragraphs %}")
        _judgment_line(doc, style, keep_with_next=True)
        tag(doc, "{%p else %}")
        _judgment_line(doc, style, keep_with_next=False)
        tag(doc, "{%p endif %}")
        tag(doc, "{{p j.rationale_paragraphs|word_paragraphs('Rationale') }}")
    else:
        _judgment_line(doc, style, keep_with_next=False)
    tag(doc, "{%p endfor %}")


def _judgment_line(doc: Any, style: str, *, keep_with_next: bool) -> None:
    p = doc.add_paragraph(style=style)
    p.paragraph_format.keep_together = True
    if keep_with_next:
        p.paragraph_format.keep_with_next = True
    p.add_run("{{ j.sentence }}").bold = True
    p.add_run(" {{ j.assessment }} {{ j.citations }}")


def implications(doc: Any) -> None:
    tag(doc, "{%p for i in implications %}")
    p = doc.add_paragraph()
    p.add_run("{{ i.domain }}{% if i.domain %}: {% endif %}").bold = True
    p.add_run("{{ i.text }}")
    tag(doc, "{%p endfor %}")


def bullets(doc: Any, loop: str, text: str) -> None:
    tag(doc, "{%p for " + loop + " %}")
    para(doc, text, "List Bullet")
    tag(doc, "{%p endfor %}")


def places(doc: Any) -> None:
    """Places as one line: each name, its country, its note, its citations."""
    tag(doc, "{%p if places %}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)  # it sat flush under the table above (N10-13)
    p.add_run("Places: ").bold = True
    p.add_run(
        "{% for p in places %}{{ p.name }}"
        "{% if p.country_name and p.country_name != p.name %}, {{ p.country_name }}{% endif %}"
        "{% if p.note %} ({{ p.note }}){% endif %} {{ p.citations }}"
        "{% if not loop.last %}; {% endif %}{% endfor %}"
    )
    tag(doc, "{%p endif %}")


def source_lines(doc: Any) -> None:
    """One citation format everywhere: ref, citation, grade, then the address as a real link."""
    tag(doc, "{%p for s in sources %}")
    p = para(doc, "{{ s.ref }} {{ s.citation_graded }}", "Small")
    p.add_run(" ")
    p.add_run("{{r s.link|word_link }}")
    tag(doc, "{%p endfor %}")


def recommendation_lines(doc: Any) -> None:
    tag(doc, "{%p for r in recommendations %}")
    prose(doc, "r.text")
    tag(doc, "{%p if r.choices %}")
    p = para(
        doc,
        "{{ r.choices_text }}{% if r.due_by %}      {{ r.due_label }} {{ r.due_by_long }}"
        "{% endif %}",
    )
    p.paragraph_format.space_before = Pt(3)
    p.paragraph_format.space_after = Pt(6)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")


# Singular for one recommendation, plural for several.
RECOMMENDATION_HEADING = "Recommendation{% if recommendations|length > 1 %}s{% endif %}"

# A deal as a reader names it (export context's ``d.name``: the catch-all kind is no name,
# "Other: …", so its heading alone; two deals that would share a name are told by their titles).
DEAL_LABEL = "{{ d.name }}"
# The same name as one Jinja expression, for a filter's argument.
DEAL_NAME = "d.name"

CRITICAL_ROW = (
    "{{ header.critical_label }}",
    "{{ header.critical_date_long }}{% if header.critical_reason %}"
    " — {{ header.critical_reason }}{% endif %}",
    "header.critical_date",
)


# ---------------------------------------------------------------- the three templates


def standard() -> Any:
    doc = new_document(
        "Standard briefing note",
        "Header block, purpose, BLUF, background, current status (actors, deals, places), key "
        "judgments with rationale, implications, outlook, indicators, options, recommendation, "
        "graded sources with links.",
    )
    para(
        doc,
        "BRIEFING NOTE{% if header.kind != 'deal_sheet' %} FOR {{ header.kind_label|upper }}"
        "{% endif %} · {{ header.status_label|upper }}",
        "Subtitle",
    )
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    tag(doc, "{%p if header.subject and header.subject != title %}")
    para(doc, "{{ header.subject }}", "Subtitle")
    tag(doc, "{%p endif %}")
    header_table(
        doc,
        [
            ("To", "{{ header.to }}", "header.to"),
            ("Through", "{{ header.through }}", "header.through"),
            ("From", "{{ header.sender.line }}", "header.sender.line"),
            ("Date", "{{ header.date_long }}", "header.date"),
            CRITICAL_ROW,
            ("File", "{{ header.file_number }}", "header.file_number"),
            (
                "Contact",
                "{{ header.sender.phone }}{% if header.sender.phone and header.sender.email %}"
                " · {% endif %}{{ header.sender.email }}",
                "header.sender.phone or header.sender.email",
            ),
            ("Cleared by", "{{ header.cleared_by }}", "header.cleared_by"),
        ],
    )
    section(doc, "Purpose", "purpose", lambda: prose(doc, "purpose"))
    section(doc, "Bottom line up front", "bluf", lambda: prose(doc, "bluf"))
    section(doc, "Background", "background", lambda: prose(doc, "background"))

    def current_status() -> None:
        prose(doc, "current_status")
        tag(doc, "{%p if deals %}")
        doc.add_heading("Deals", level=2)
        loop_table(
            doc,
            ["Deal", "Parties", "Items", "Value", "Status"],
            "d in deals",
            [
                DEAL_LABEL + " {{ d.citations }}",
                "{{ d.parties_text }}",
                "{{ d.items_text }}",
                "{{ d.value_text }}",
                "{{ d.status_line }}{% if d.dates.delivery %}; delivery {{ d.dates.delivery }}"
                "{% endif %}",
            ],
            [3.8, 4.2, 3.6, 3.4, 2.4],  # 14 letters unbroken in the Deal column (N13-24, N14-30)
        )
        # The analyst's note on a deal, under the table (a sixth column would squeeze the
        # others): round 13 left it printed on the deal sheet only, and the note dropped it.
        tag(doc, "{%p for d in deals if d.note %}")
        lead = "'Note on ' ~ " + DEAL_NAME + " ~ ':'"
        tag(doc, "{{p d.note_paragraphs|word_paragraphs('TableText', " + lead + ") }}")
        tag(doc, "{%p endfor %}")
        tag(doc, "{%p endif %}")
        tag(doc, "{%p if actors %}")
        doc.add_heading("Actors", level=2)
        loop_table(
            doc,
            ["Actor", "Role and affiliation", "Country", "Stance"],
            "a in actors",
            [
                "{{ a.name }}{% if a.aliases_text %} ({{ a.aliases_text }}){% endif %}"
                " {{ a.citations }}",
                "{{ a.role_and_affiliation }}",
                "{{ a.country_name }}",
                "{{ a.stance }}",
            ],
            [4.8, 5.8, 2.6, 4.2],
        )
        tag(doc, "{%p endif %}")
        places(doc)

    section(doc, "Current status", "current_status or actors or deals or places", current_status)
    section(
        doc, "Key judgments", "judgments", lambda: judgment_list(doc, "List Number", rationale=True)
    )
    section(doc, "Implications", "implications", lambda: implications(doc))
    section(doc, "Outlook", "outlook", lambda: prose(doc, "outlook"))
    section(
        doc, "Indicators to watch", "indicators", lambda: bullets(doc, "i in indicators", "{{ i }}")
    )
    section(doc, "Considerations", "considerations", lambda: prose(doc, "considerations"))

    def options() -> None:
        tag(doc, "{%p for o in options %}")
        doc.add_heading("{{ o.heading }}", level=2)
        prose(doc, "o.description")
        tag(doc, "{%p if o.pros or o.cons %}")
        para(
            doc,
            "{% if o.pros %}Pros: {{ o.pros|join_list('; ')|full_stop }}{% endif %}"
            "{% if o.pros and o.cons %} {% endif %}"
            "{% if o.cons %}Cons: {{ o.cons|join_list('; ')|full_stop }}{% endif %}",
        )
        tag(doc, "{%p endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Options", "options", options)
    section(doc, RECOMMENDATION_HEADING, "recommendations", lambda: recommendation_lines(doc))

    section(doc, "Sources", "sources", lambda: source_lines(doc))
    return doc


def bluf() -> Any:
    doc = new_document(
        "One-page BLUF memo",
        "Memo header, bottom line up front, key points, key judgments, options, recommendation, "
        "sources with links and estimative-language legend on one page.",
    )
    para(doc, "MEMORANDUM", "Subtitle")
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    header_table(
        doc,
        [
            (
                "Memo for",  # the labels' case of the other two built-ins (N14-17)
                "{{ header.to }}{% if header.through %} (through {{ header.through }}){% endif %}",
                "header.to",
            ),
            ("From", "{{ header.sender.line }}", "header.sender.line"),
            ("Date", "{{ header.date_long }}", "header.date"),
            ("Subject", "{{ header.subject }}", "header.subject and header.subject != title"),
            CRITICAL_ROW,
        ],
    )
    section(doc, "Bottom line up front", "bluf", lambda: prose(doc, "bluf"))

    def key_points() -> None:
        bullets(doc, "d in deals", "{{ d.sentence }} {{ d.citations }}")
        # Under "Key points" the status prose is bulleted like the points above it.
        tag(doc, "{{p current_status_paragraphs|word_paragraphs('ListBullet') }}")

    section(doc, "Key points", "deals or current_status", key_points)
    section(
        doc,
        "Key judgments",
        "judgments",
        lambda: judgment_list(doc, "List Bullet", rationale=False),
    )

    def options() -> None:
        tag(doc, "{%p for o in options %}")
        p = doc.add_paragraph(style="List Bullet")
        p.add_run("{{ o.heading }}").bold = True
        p.add_run("{% if o.description %}: {{ o.description }}{% endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Options", "options", options)
    section(doc, RECOMMENDATION_HEADING, "recommendations", lambda: recommendation_lines(doc))
    tag(doc, "{%p if sources %}")
    heading = para(doc, "Sources", "Small", bold=True)
    heading.paragraph_format.space_before = Pt(6)
    tag(doc, "{%p endif %}")
    source_lines(doc)
    para(doc, LEGEND, "Small")
    return doc


def deal_sheet() -> Any:
    doc = new_document(
        "Deal sheet",
        "Date, author and recipient; per deal a snapshot table and parties table; significance, "
        "indicators to watch, places, sources with links and legend.",
    )
    para(doc, "DEAL SHEET", "Subtitle")
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    header_table(
        doc,
        [
            ("To", "{{ header.to }}", "header.to"),
            ("From", "{{ header.sender.line }}", "header.sender.line"),
            ("Date", "{{ header.date_long }}", "header.date"),
            CRITICAL_ROW,
            ("File", "{{ header.file_number }}", "header.file_number"),
        ],
    )
    tag(doc, "{%p if bluf %}")
    doc.add_heading("Bottom line up front", level=1)
    prose(doc, "bluf")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for d in deals %}")
    doc.add_heading("{{ d.title or d.heading }}", level=1)
    field_table(
        doc,
        [
            ("Kind", "{{ d.kind_label }}", ""),
            ("Status", "{{ d.status_line }}", ""),
            (
                "Announced",
                "{{ d.dates.announced_long }}",
                "d.dates.announced and d.dates.announced != d.dates.signed",
            ),
            ("Delivery", "{{ d.dates.delivery }}", "d.dates.delivery"),
            # Always shown: a deal with no Value row read as a value forgotten (N10-14).
            ("Value", "{% if d.value %}{{ d.value.text }}{% else %}not stated{% endif %}", ""),
            (
                "Items",
                "{% for i in d['items'] %}{{ i.text }}"
                "{% if i.category %} ({{ i.category }}){% endif %} {{ i.citations }}"
                "{% if not loop.last %}; {% endif %}{% endfor %}",
                "d['items']",
            ),
            ("Sources", "{{ d.citations }}", "d.citations"),
        ],
        (4.0, 13.0),
    )
    tag(doc, "{%p if d.parties %}")
    doc.add_heading("Parties", level=2)
    loop_table(
        doc,
        ["Party", "Role", "Type", "Country"],
        "p in d.parties",
        ["{{ p.name }}", "{{ p.role_label }}", "{{ p.type_label }}", "{{ p.country_name }}"],
        [6.0, 3.4, 4.0, 3.6],
    )
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if d.note %}")
    doc.add_heading("Note", level=2)  # labelled: it once sat under the Parties table unnamed
    prose(doc, "d.note")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")

    def significance() -> None:
        judgment_list(doc, "List Bullet", rationale=True)
        implications(doc)
        prose(doc, "outlook")

    section(doc, "Significance", "judgments or implications or outlook", significance)
    section(
        doc, "Indicators to watch", "indicators", lambda: bullets(doc, "i in indicators", "{{ i }}")
    )
    places(doc)
    section(doc, "Sources", "sources", lambda: source_lines(doc))
    spacer(doc)
    para(doc, LEGEND, "Small")
    return doc


TEMPLATES: dict[str, Callable[[], Any]] = {
    "standard": standard,
    "bluf": bluf,
    "deal-sheet": deal_sheet,
}


def reproducible(data: bytes) -> bytes:
    """Same input, same bytes: fixed zip timestamps and entry order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main(out_dir: Path = OUT) -> int:
    from briefdesk.export.package import finish_document

    out_dir.mkdir(parents=True, exist_ok=True)
    for template_id, build in TEMPLATES.items():
        buffer = io.BytesIO()
        document = build()
        # No "Microsoft Macintosh Word", no blank-page thumbnail, British English throughout.
        finish_document(document, application="BriefDesk", language="en-GB")
        document.save(buffer)
        path = out_dir / f"{template_id}.docx"
        path.write_bytes(reproducible(buffer.getvalue()))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
