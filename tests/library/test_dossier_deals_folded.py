"""Newcomer15 N15-24: `library actor Kenya` listed one drone deal five times with nothing
saying which brief each line came from. Lines that read the same are folded, with the briefs."""

from __future__ import annotations

from briefdesk.library.api import BriefRef, DealRef, Dossier
from briefdesk.library.render import dossier_text


def _deal(i: int, status: str = "reported") -> DealRef:
    brief = BriefRef(f"b-{i}", f"/desk/b{i:02}.brief", f"Brief {i} on the radio", "2026-12-02")
    return DealRef(
        brief=brief,
        deal_id=f"d-{i}",
        title="Bayraktar TB3 drones",
        kind="arms_sale",
        status=status,
        role="buyer",
        items="Bayraktar TB3 drones",
        value="about 95 million dollars",
    )


def _dossier(deals: list[DealRef]) -> Dossier:
    return Dossier(key="ke", name="Kenya", type="state", country="KE", deals=deals)


def test_the_same_deal_in_five_briefs_is_one_line_naming_them() -> None:
    text = dossier_text(_dossier([_deal(i) for i in range(1, 6)] + [_deal(7, "signed")]))
    lines = [line for line in text.splitlines() if "Bayraktar" in line]
    assert len(lines) == 2  # the reported one (five briefs) and the signed one
    assert lines[0].endswith(
        "— in 5 briefs: Brief 1 on the radio, Brief 2 on the radio, Brief 3 on the radio and 2 more"
    )
    assert lines[1].endswith("— Brief 7 on the radio")


def test_the_window_folds_them_too_and_links_each_brief() -> None:
    from briefdesk.gui.library_html import dossier_html

    html = dossier_html(_dossier([_deal(i) for i in range(1, 6)]), "Kenya")
    assert html.count("Bayraktar TB3 drones") == 1
    assert "in 5 briefs:" in html and html.count("/desk/b0") == 3
