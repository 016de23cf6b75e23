"""`deals edit -k KIND` retitles the deal, and the brief while its title is still as drafted,
as the window's kind change does (newcomer21 N21-07, after the freeze); a title the user
wrote stays. Made-up names only."""

from __future__ import annotations

from pathlib import Path

from briefdesk.cli.main import main
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole
from briefdesk.model.fileformat import dumps, loads

MADE = "Deal with Orrin Partners and Velm Pension Fund"


def _brief(tmp_path: Path, deal_title: str = MADE, brief_title: str = MADE) -> Path:
    names = ("Orrin Partners", "Velm Pension Fund", "Kessa Energi")
    actors = [Actor(name=n, type=ActorType.ORGANIZATION) for n in names]
    roles = (PartyRole.BUYER, PartyRole.BUYER, PartyRole.SELLER)
    parties = [DealParty(actor_id=a.id, role=r) for a, r in zip(actors, roles, strict=True)]
    brief = Brief(
        actors=actors, deals=[Deal(kind=DealKind.OTHER, title=deal_title, parties=parties)]
    )
    brief.header.title = brief_title
    brief.drafted = {"header.title": MADE}
    path = tmp_path / "b.brief"
    path.write_text(dumps(brief), "utf-8")
    return path


def test_a_new_kind_retitles_the_made_deal_title_and_the_drafted_brief_title(
    tmp_path: Path,
) -> None:
    path = _brief(tmp_path)
    assert main(["deals", "edit", str(path), "1", "-k", "acquisition"]) == 0
    brief = loads(path.read_bytes())
    title = "Acquisition by Orrin Partners and Velm Pension Fund"
    assert (brief.deals[0].kind, brief.deals[0].title) == (DealKind.ACQUISITION, title)
    assert brief.header.title == title
    assert brief.drafted["header.title"] == title


def test_titles_the_user_wrote_stay(tmp_path: Path) -> None:
    path = _brief(tmp_path, deal_title="Kessa hydro sale", brief_title="Kessa sells its dam")
    assert main(["deals", "edit", str(path), "1", "-k", "acquisition"]) == 0
    brief = loads(path.read_bytes())
    assert brief.deals[0].kind == DealKind.ACQUISITION
    assert (brief.deals[0].title, brief.header.title) == ("Kessa hydro sale", "Kessa sells its dam")


def test_a_title_given_with_the_kind_is_kept_and_the_brief_title_too(tmp_path: Path) -> None:
    path = _brief(tmp_path)
    args = ["deals", "edit", str(path), "1", "-k", "acquisition", "--title", "Dam deal"]
    assert main(args) == 0
    brief = loads(path.read_bytes())
    assert (brief.deals[0].title, brief.header.title) == ("Dam deal", MADE)
