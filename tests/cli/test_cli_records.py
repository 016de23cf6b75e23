"""judgments, options, recommendations: a whole brief built in a terminal, as in the window.

Real CLI runs on briefs in a temporary folder (BRIEFDESK_HOME from tests/conftest.py); the
Word export is read back to see that what was added is what the manager reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.codes import Confidence, Likelihood
from briefdesk.model.fileformat import loads
from tests.docx_text import docx_text

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"
JUDGMENT = "Azerbaijan will likely order a second batch of JF-17s by 2028."


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "jets.brief"
    assert main(["new", str(path), "--title", "JF-17 jets for Azerbaijan"]) == 0
    assert main(["add-source", str(path), str(ARTICLE), "--grade", "B2"]) == 0
    assert (
        main(
            [
                "set",
                str(path),
                "bluf=Pakistan will sell JF-17C jets to Azerbaijan for $1.6 billion.",
                "marking=TLP:AMBER",
                "from=A. Analyst",
            ]
        )
        == 0
    )
    return path


def test_a_decision_brief_built_in_the_terminal_exports_its_judgments_and_recommendation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    args = ["judgments", "add", str(path), JUDGMENT, "-l", "likely", "-c", "moderate"]
    args += ["--cite", "1:$1.6 billion fighter jet sale", "--indicator", "A second contract"]
    assert main(args) == 0
    assert "added judgment 1" in capsys.readouterr().out
    options = ["options", "add", str(path), "A. Note and monitor", "--pro", "No cost"]
    assert main([*options, "--con", "No influence", "--description", "Watch the deliveries."]) == 0
    recommendation = "That you note the sale and agree Option A."
    assert main(["recommendations", "add", str(path), recommendation, "--due", "2026-12-10"]) == 0
    assert main(["set", str(path), "kind=decision"]) == 0

    brief = loads(path.read_bytes())
    [judgment] = brief.significance.judgments
    assert judgment.likelihood is Likelihood.LIKELY
    assert judgment.confidence is Confidence.MODERATE
    assert judgment.indicators == ["A second contract"]
    [span] = judgment.evidence
    assert span.source_id == brief.sources[0].id
    assert brief.sources[0].text[span.start : span.end] == "$1.6 billion fighter jet sale"
    assert brief.options[0].pros == ["No cost"] and brief.options[0].cons == ["No influence"]
    assert str(brief.recommendations[0].due_by) == "2026-12-10"

    capsys.readouterr()
    # A judgment with its estimate and source, a recommendation for a decision: nothing to fix.
    assert main(["check", str(path)]) == 0
    assert "ready for export" in capsys.readouterr().out
    out = tmp_path / "jets.docx"
    assert main(["export", str(path), "-t", "standard", "-o", str(out)]) == 0
    assert "warning" not in capsys.readouterr().err  # check and export see the recommendation
    text = docx_text(out)
    assert f"{JUDGMENT} Likely (55–80%), moderate confidence. [1]" in text
    assert "A. Note and monitor" in text and recommendation in text


def test_edit_changes_only_the_fields_given_and_export_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    assert main(["judgments", "add", str(path), JUDGMENT, "-l", "likely", "--cite", "1"]) == 0
    quoted = loads(path.read_bytes()).significance.judgments[0].evidence[0].quote
    assert quoted.startswith("Hikmet Hajiyev")  # SRC alone cites the opening line
    args = ["judgments", "edit", str(path), "1", "--likelihood", "very_likely", "-c", "high"]
    assert main(args) == 0
    assert "changed judgment 1" in capsys.readouterr().out
    judgment = loads(path.read_bytes()).significance.judgments[0]
    assert judgment.statement == JUDGMENT  # untouched
    assert (judgment.likelihood, judgment.confidence) == (Likelihood.VERY_LIKELY, Confidence.HIGH)
    assert len(judgment.evidence) == 1

    out = tmp_path / "jets.docx"
    # Its words still say "likely": an error of `check` that stops export unless asked (N15-43).
    assert main(["export", str(path), "-t", "standard", "-o", str(out)]) == 1
    args = ["export", str(path), "-t", "standard", "-o", str(out), "--allow-contradictions"]
    assert main(args) == 0
    assert f"{JUDGMENT} Very likely (80–95%), high confidence. [1]" in docx_text(out)

    assert main(["judgments", "edit", str(path), "1", "--uncite", "1", "-l", "none"]) == 0
    judgment = loads(path.read_bytes()).significance.judgments[0]
    assert judgment.evidence == [] and judgment.likelihood is None
    capsys.readouterr()
    assert main(["check", str(path)]) == 0  # warnings only; the window's checks see the change
    found = capsys.readouterr().out
    assert "judgment 1 cites no source" in found and "judgment 1 has no likelihood" in found


def test_list_and_remove_number_records_as_the_user_sees_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    for text in ("First judgment.", "Second judgment.", "Third judgment."):
        assert main(["judgments", "add", str(path), text, "-l", "unlikely"]) == 0
    capsys.readouterr()
    assert main(["judgments", "list", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "2. Second judgment. [unlikely (20–45%)]" in listed
    assert "cites no source" in listed
    assert main(["judgments", "remove", str(path), "2"]) == 0
    statements = [j.statement for j in loads(path.read_bytes()).significance.judgments]
    assert statements == ["First judgment.", "Third judgment."]
    assert main(["recommendations", "add", str(path), "That you agree.", "--choice", "Agree"]) == 0
    assert (
        main(
            ["recommendations", "edit", str(path), "1", "--choice", "Agree", "--choice", "Discuss"]
        )
        == 0
    )
    assert loads(path.read_bytes()).recommendations[0].choices == ["Agree", "Discuss"]
    capsys.readouterr()
    assert main(["recommendations", "list", str(path), "--json"]) == 0
    assert '"choices": [\n      "Agree",\n      "Discuss"\n    ]' in capsys.readouterr().out
    assert main(["options", "add", str(path), "A. Wait"]) == 0
    assert main(["options", "edit", str(path), "1", "--label", "A. Wait and see"]) == 0
    assert main(["options", "remove", str(path), "1"]) == 0
    assert loads(path.read_bytes()).options == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["judgments", "add", "{brief}", "X.", "-l", "probable"],
            "likelihood 'probable' is not an ICD 203 term; use one of: almost no chance, very "
            "unlikely, unlikely, roughly even chance, likely, very likely, almost certain",
        ),
        (
            ["judgments", "add", "{brief}", "X.", "-c", "sure"],
            "confidence 'sure' is not a confidence level; use one of: high, moderate, low",
        ),
        (
            ["judgments", "edit", "{brief}", "3", "-l", "likely"],
            "no judgment 3: the brief has 2 judgments (numbers 1–2",
        ),
        (["judgments", "remove", "{brief}", "0"], "no judgment 0: the brief has 2 judgments"),
        (
            ["options", "edit", "{brief}", "1", "--label", "A"],
            "no option 1: the brief has no options yet",
        ),
        (
            ["judgments", "add", "{brief}", "X.", "--cite", "src-9"],
            "no source 'src-9' in the brief",
        ),
        (
            ["judgments", "add", "{brief}", "X.", "--cite", "1:jets for Narnia"],
            "the words 'jets for Narnia' are not in the text of source",
        ),
        (["judgments", "add", "{brief}", "  "], "the judgment's statement is empty"),
        (["judgments", "edit", "{brief}", "1"], "nothing to change"),
        (
            ["recommendations", "add", "{brief}", "Agree.", "--due", "2026-02-30"],
            "due date '2026-02-30' is not a date like 2026-03-14",
        ),
        (["judgments", "edit", "{brief}", "2", "--uncite", "1"], "judgment does not cite"),
    ],
)
def test_bad_input_is_one_line_and_leaves_the_brief_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    path = _brief(tmp_path)
    assert main(["judgments", "add", str(path), "One.", "--cite", "1"]) == 0
    assert main(["judgments", "add", str(path), "Two."]) == 0
    before = path.read_bytes()
    capsys.readouterr()
    code = main([a.replace("{brief}", str(path)) for a in args])
    err = capsys.readouterr().err
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert path.read_bytes() == before


def test_a_missing_brief_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["judgments", "list", str(tmp_path / "none.brief")]) != 0
    err = capsys.readouterr().err
    assert "none.brief" in err and len(err.strip().splitlines()) == 1


def test_set_help_points_to_the_record_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["set", "--help"])
    assert "briefdesk judgments|options|recommendations" in " ".join(
        capsys.readouterr().out.split()
    )


def test_every_record_save_updates_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    from briefdesk.library.sqlite import SqliteLibrary, default_path
    from briefdesk.settings import load_settings, save_settings

    desk = tmp_path / "desk"
    desk.mkdir()
    settings = load_settings()
    settings.library_folders = [str(desk)]
    save_settings(settings)
    path = _brief(desk)
    assert (
        main(
            [
                "judgments",
                "add",
                str(path),
                "Baku will likely buy Kamra-built jets.",
                "-l",
                "likely",
            ]
        )
        == 0
    )
    library = SqliteLibrary(default_path())
    try:
        assert len(library.search("Kamra")) == 1
    finally:
        library.close()
    assert main(["judgments", "remove", str(path), "1"]) == 0
    library = SqliteLibrary(default_path())
    try:
        assert library.search("Kamra") == []
    finally:
        library.close()


def test_a_judgments_levels_follow_its_words_unless_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer22 N22-22: as in the window, "very likely … high confidence" sets both levels;
    a level given on the command line wins, and an edit's new words move only levels the old
    words set."""
    path = _brief(tmp_path)
    text = "Azerbaijan will very likely order more JF-17s, with high confidence."
    assert main(["judgments", "add", str(path), text]) == 0
    assert main(["judgments", "add", str(path), text, "-l", "likely"]) == 0
    [first, second] = loads(path.read_bytes()).significance.judgments
    assert (first.likelihood, first.confidence) == (Likelihood.VERY_LIKELY, Confidence.HIGH)
    assert (second.likelihood, second.confidence) == (Likelihood.LIKELY, Confidence.HIGH)
    new = "Azerbaijan will almost certainly order more JF-17s, with high confidence."
    assert main(["judgments", "edit", str(path), "1", "--statement", new]) == 0
    assert main(["judgments", "edit", str(path), "2", "--statement", new]) == 0
    [first, second] = loads(path.read_bytes()).significance.judgments
    assert first.likelihood is Likelihood.ALMOST_CERTAIN  # set by the old words: follows
    assert second.likelihood is Likelihood.LIKELY  # the analyst's own: kept (check says so)
