"""Edit & accept shows a venture's partners in its two Signatory fields (round 19) and keeps
them, with their actor keys, whether the user leaves them or types another."""

from __future__ import annotations

from briefdesk.extract.results import DealSuggestion
from briefdesk.gui import deal_accept

VENTURE = DealSuggestion(
    kind="joint_venture",  # type: ignore[arg-type]
    signatories=["Torvik Gas", "Lanh Hai Gas", "Orvane Energy"],
    signatory_keys=["k:torvik", "k:lanh", "k:orvane"],
)


def _shown(raw: DealSuggestion) -> dict[str, str]:
    return {f.key or f.label: f.value for f in deal_accept.fields(raw, "t")}


def test_the_form_shows_the_partners() -> None:
    shown = _shown(VENTURE)
    assert (shown["Seller"], shown["Buyer"]) == ("Torvik Gas", "Lanh Hai Gas")
    left, _ = deal_accept.apply(VENTURE, {"Buyer": "Lanh Hai Gas", "Seller": "Torvik Gas"})
    assert left.signatories == VENTURE.signatories and not (left.buyer or left.seller)


def test_a_typed_partner_replaces_one_and_keeps_the_others() -> None:
    typed, _ = deal_accept.apply(VENTURE, {"Buyer": "Kiyomi Bank", "Seller": "Torvik Gas"})
    assert (typed.seller, typed.seller_key) == ("Torvik Gas", "k:torvik")
    assert (typed.buyer, typed.buyer_key) == ("Kiyomi Bank", "")
    assert typed.more_buyers == ["Orvane Energy"]


def test_a_sale_is_as_before() -> None:
    sale = DealSuggestion(kind="arms_sale", buyer="Chile", seller="Acme", buyer_key="k:cl")  # type: ignore[arg-type]
    assert _shown(sale)["Buyer"] == "Chile"
    kept, _ = deal_accept.apply(sale, {"Buyer": "Chile", "Seller": "Acme Ltd"})
    assert (kept.buyer_key, kept.seller, kept.seller_key, kept.more_buyers) == (
        "k:cl",
        "Acme Ltd",
        "",
        [],
    )
