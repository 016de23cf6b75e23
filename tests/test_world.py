"""The one registry of states: one display name per ISO code, current states only."""

from __future__ import annotations

from briefdesk.model.codes import country_name, is_country_code
from briefdesk.world import display_name, world


def test_one_name_per_code_everywhere() -> None:
    assert display_name("TR") == country_name("TR") == "Turkey"
    assert world().code_of("Türkiye") == world().code_of("Turkish") == "TR"


def test_current_states_only() -> None:
    registry = world()
    assert "CS" not in registry.countries  # Serbia and Montenegro, dissolved in 2006
    assert registry.capitals["Belgrade"] == "RS"
    assert not is_country_code("CS")


def test_first_word_of_a_demonym_is_no_state() -> None:
    adjectives = world().adjectives
    assert adjectives["Sierra Leonean"] == "SL"
    for word in ("Sierra", "Costa", "Puerto", "Cape", "Solomon"):
        assert word not in adjectives


def test_unknown_code_reads_as_itself() -> None:
    assert display_name("QQ") == "QQ"


def test_renamed_states_show_their_new_name_and_answer_to_the_old() -> None:
    renamed = {
        "MK": ("North Macedonia", "Republic of Macedonia"),
        "SZ": ("Eswatini", "Swaziland"),
        "TL": ("Timor-Leste", "East Timor"),
        "CV": ("Cabo Verde", "Cape Verde"),
    }
    for code, (name, old_name) in renamed.items():
        assert display_name(code) == country_name(code) == name
        assert world().code_of(old_name) == world().code_of(name) == code
