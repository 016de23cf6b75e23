"""Templates cannot fetch: every part scanned, fields joined, targets judged by what uses them."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from briefdesk.cli.main import main
from briefdesk.export.checks import check_template
from briefdesk.export.fetchscan import scan_package
from briefdesk.export.registry import builtin_dir

DATA = Path(__file__).parent.parent / "data" / "reliability"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _patched(tmp_path: Path, name: str, parts: dict[str, str], body: str = "") -> Path:
    """The built-in standard template with ``parts`` added or replaced, ``body`` appended."""
    source = builtin_dir() / "standard.docx"
    out = tmp_path / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename in parts:
                continue
            if body and item.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", body.encode() + b"<w:sectPr", 1)
            dst.writestr(item, data)
        for part, text in parts.items():
            dst.writestr(part, text)
    return out


def _part(root: str, inner: str) -> str:
    return f'<?xml version="1.0"?><w:{root} {W_NS} {R_NS} {V_NS}>{inner}</w:{root}>'


def _complex_field(*pieces: str) -> str:
    runs = "".join(
        f'<w:r><w:instrText xml:space="preserve">{p}</w:instrText></w:r>' for p in pieces
    )
    return (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'{runs}<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def _rels(*rels: str) -> str:
    return (
        '<?xml version="1.0"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )


_UNC = '"\\\\srv\\a.docx"'
_COMMENT_FIELD = _complex_field("INCLUDE", "PICTURE x")
_ENDNOTE_FIELD = _complex_field(" includetext ", _UNC)

CASES: dict[str, tuple[dict[str, str], str]] = {
    "includepicture-in-comments": (
        {"word/comments.xml": _part("comments", f"<w:comment>{_COMMENT_FIELD}</w:comment>")},
        "INCLUDEPICTURE field",
    ),
    "includetext-in-endnotes": (
        {"word/endnotes.xml": _part("endnotes", f"<w:endnote>{_ENDNOTE_FIELD}</w:endnote>")},
        "INCLUDETEXT field",
    ),
    "database-in-footnotes": (
        {
            "word/footnotes.xml": _part(
                "footnotes",
                '<w:footnote><w:p><w:fldSimple w:instr=" DATABASE \\d &quot;\\\\\\\\srv\\\\x.mdb&quot;"/></w:p></w:footnote>',  # noqa: E501
            )
        },
        "DATABASE field",
    ),
    "dde-in-header": (
        {
            "word/header9.xml": _part(
                "hdr", '<w:p><w:fldSimple w:instr="DDEAUTO c:\\\\windows\\\\calc.exe x"/></w:p>'
            )
        },
        "DDEAUTO field",
    ),
    "link-in-glossary": (
        {
            "word/glossary/document.xml": _part(
                "glossaryDocument", _complex_field("LINK Excel.Sheet.8 ", "x.xls")
            )
        },
        "LINK field",
    ),
    "nested-fetch-in-if": (
        {},
        "INCLUDETEXT field",
    ),
    "altchunk": ({}, "altChunk"),
    "ole-object": ({}, "OLE object"),
    "vml-imagedata-href": ({}, "VML imagedata"),
    "vml-imagedata-src": ({}, "VML imagedata"),
    "mailmerge-in-settings": (
        {
            "word/settings.xml": _part(
                "settings",
                '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataSource r:id="rId1"/></w:mailMerge>',  # noqa: E501
            )
        },
        "mail-merge data source",
    ),
    "attached-template-external": (
        {
            "word/_rels/settings.xml.rels": _rels(
                f'<Relationship Id="rId1" Type="{REL}/attachedTemplate" Target="file://///srv/share/t.dotm" TargetMode="External"/>'  # noqa: E501
            )
        },
        "external attachedTemplate",
    ),
    "embedded-ole-part": (
        {
            "word/_rels/header9.xml.rels": _rels(
                f'<Relationship Id="rId1" Type="{REL}/oleObject" Target="embeddings/x.bin"/>'
            )
        },
        "embedded oleObject",
    ),
}
BODIES = {
    "nested-fetch-in-if": (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF 1 = 1 </w:instrText></w:r>'  # noqa: E501
        + _complex_field("INCLUDETEXT x.docx").removeprefix("<w:p>").removesuffix("</w:p>")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    ),
    "altchunk": '<w:altChunk r:id="rId1"/>',
    "ole-object": '<w:p><w:r><w:object><o:OLEObject Type="Link" ProgID="Excel.Sheet.8"/></w:object></w:r></w:p>',  # noqa: E501
    "vml-imagedata-href": '<w:p><w:r><w:pict><v:shape><v:imagedata o:href="http://x.example/a.png"/></v:shape></w:pict></w:r></w:p>',
    "vml-imagedata-src": '<w:p><w:r><w:pict><v:shape><v:imagedata src="\\\\srv\\a.png"/></v:shape></w:pict></w:r></w:p>',  # noqa: E501
}


def _add_namespaces(path: Path) -> None:
    """The body snippets use the v/o/r prefixes: declare them on the document root."""
    data: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data[name] = archive.read(name)
    xml = data["word/document.xml"].decode()
    if "xmlns:v=" not in xml:
        xml = xml.replace("<w:document ", f"<w:document {V_NS} ", 1)
    data["word/document.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in data.items():
            archive.writestr(name, content)


@pytest.mark.parametrize("case", sorted(CASES))
def test_fetch_capable_content_is_refused_naming_the_part(case: str, tmp_path: Path) -> None:
    parts, reason = CASES[case]
    path = _patched(tmp_path, f"{case}.docx", parts, BODIES.get(case, ""))
    _add_namespaces(path)
    found = scan_package(path.read_bytes())
    assert found, case
    message, part = found[0]
    assert reason in message, found
    expected_part = (
        next(iter(parts), "word/document.xml").replace("_rels/", "").removesuffix(".rels")
    )
    assert part == expected_part
    problems = [str(p) for p in check_template(path)]
    if case == "attached-template-external":  # reported by the older check, naming the .rels
        reason, expected_part = "links to an external resource", next(iter(parts))
    assert any(reason in p and f"({expected_part})" in p for p in problems), problems
    assert all("\n" not in p for p in problems)


def test_handed_hyperlink_typed_image_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "hyperlink-typed-image.docx"
    assert main(["templates", "check", str(path)]) == 1
    err = capsys.readouterr()
    text = (err.out + err.err).strip()
    assert text == (
        f"{path}: a picture loads 'http://127.0.0.1:8765/hyperlink-typed.png' through a "
        "relationship typed hyperlink; it would be fetched (word/document.xml)"
    )


def test_handed_split_includepicture_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "field-split-instr.docx"
    assert main(["templates", "check", str(path)]) == 1
    text = "".join(capsys.readouterr())
    assert "INCLUDEPICTURE field would make Word fetch" in text and "split.png" in text
    brief = tmp_path / "b.brief"
    assert main(["sample", str(brief)]) == 0
    out = tmp_path / "out.docx"
    assert main(["export", str(brief), "-t", str(path), "-o", str(out)]) == 1
    assert not out.exists()


def test_ordinary_hyperlinks_and_built_ins_pass(tmp_path: Path) -> None:
    for name in ("standard", "bluf", "deal-sheet"):
        assert scan_package((builtin_dir() / f"{name}.docx").read_bytes()) == []
    body = '<w:p><w:hyperlink r:id="rIdH"><w:r><w:t>site</w:t></w:r></w:hyperlink></w:p>'
    path = _patched(tmp_path, "link.docx", {}, body)
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdH" Type="{REL}/hyperlink" Target="https://example.org/" '
        'TargetMode="External"/></Relationships>',
    )
    path = _patched(tmp_path, "link2.docx", {"word/_rels/document.xml.rels": rels}, body)
    assert scan_package(path.read_bytes()) == []


class FetchLog(NamedTuple):
    hits: list[str]
    port: int


def _fetching_copy(tmp_path: Path, port: int) -> Path:
    """The handed hyperlink-typed-image.docx with its address moved to ``port``."""
    out = tmp_path / "fetching.docx"
    with (
        zipfile.ZipFile(DATA / "hyperlink-typed-image.docx") as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            dst.writestr(
                item, src.read(item).replace(b"127.0.0.1:8765", f"127.0.0.1:{port}".encode())
            )
    return out


@pytest.fixture
def counting_server() -> Iterator[FetchLog]:
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    # A free port, never a fixed one: the handed file is pointed at it (``_fetching_copy``).
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FetchLog(hits, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def test_pdf_conversion_makes_no_network_request(tmp_path: Path, counting_server: FetchLog) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; PDF conversion cannot be tested")
    from briefdesk.export.render import docx_to_pdf

    # The converter itself, bypassing the template check, on a file that fetches when opened.
    docx = _fetching_copy(tmp_path, counting_server.port)
    pdf = docx_to_pdf(docx, tmp_path)
    assert pdf.is_file()
    assert counting_server.hits == []


def test_the_check_can_measure_a_fetch(counting_server: FetchLog, tmp_path: Path) -> None:
    """Control for the test above: plain soffice on the same file does fetch."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; PDF conversion cannot be tested")
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(_fetching_copy(tmp_path, counting_server.port)),
        ],
        capture_output=True,
        timeout=180,
        check=False,
        env={"HOME": str(profile), "PATH": "/usr/bin:/bin"},
    )
    assert counting_server.hits, (
        "plain LibreOffice no longer fetches: the no-network test proves less"
    )
