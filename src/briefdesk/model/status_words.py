"""Words for a deal's status that fit the deal's kind (newcomer14 N14-37).

A deal's status is one scale for every kind (``DealStatus``: reported, proposed, approved,
signed, in delivery, delivered, suspended, cancelled), so a brief compares and sorts deals
of any kind. The words of that scale are an arms sale's, though: a sanctions listing printed
"(signed)", a concession "in delivery". Every place that shows a status to a person — the
editor, the Edit & accept dialog, the exports, the CLI and the library — asks this module,
while files, the CLI's ``--status`` and templates' ``deal.status`` keep the stored value.
"""

from __future__ import annotations

from briefdesk.model.codes import DealKind, DealStatus

_S = DealStatus

# Only the words that differ from the scale's own ("in_delivery" -> "in delivery").
_KIND_WORDS: dict[DealKind, dict[DealStatus, str]] = {
    DealKind.SANCTIONS: {
        _S.APPROVED: "agreed",
        _S.SIGNED: "adopted",
        _S.IN_DELIVERY: "in force",
        _S.DELIVERED: "implemented",
        _S.CANCELLED: "lifted",
    },
    DealKind.AWARD: {
        _S.PROPOSED: "claimed",
        _S.SIGNED: "issued",
        _S.IN_DELIVERY: "being paid",
        _S.DELIVERED: "paid",
        _S.SUSPENDED: "stayed",
        _S.CANCELLED: "annulled",
    },
    DealKind.CONCESSION: {
        _S.SIGNED: "granted",
        _S.IN_DELIVERY: "in development",
        _S.DELIVERED: "in operation",
        _S.CANCELLED: "revoked",
    },
    DealKind.LOAN: {_S.IN_DELIVERY: "disbursing", _S.DELIVERED: "disbursed"},
    DealKind.GRANT: {_S.IN_DELIVERY: "disbursing", _S.DELIVERED: "disbursed"},
    # A contract award decision comes before the signature (a standstill period follows):
    # "awarded" is the approved step of a tender (newcomer15 N15-18).
    DealKind.CONSTRUCTION: {
        _S.APPROVED: "awarded",
        _S.IN_DELIVERY: "under construction",
        _S.DELIVERED: "completed",
    },
    DealKind.PROCUREMENT: {_S.APPROVED: "awarded"},
    DealKind.ACQUISITION: {_S.IN_DELIVERY: "closing", _S.DELIVERED: "completed"},
    DealKind.ENERGY_SUPPLY: {_S.IN_DELIVERY: "supplying", _S.DELIVERED: "supplied"},
    DealKind.MOU: {_S.IN_DELIVERY: "in effect", _S.DELIVERED: "implemented"},
}


def status_words(kind: DealKind | str, status: DealStatus | str) -> str:
    """The status in lower-case words for a deal of this kind: (sanctions, signed) →
    "adopted", (concession, signed) → "granted", (arms_sale, in_delivery) → "in delivery".
    An unknown kind (none chosen yet) gets the scale's own words, and an unknown status (a
    library row written by a newer BriefDesk) its code's words: shown, never refused."""
    plain = str(status).replace("_", " ")
    try:
        words = _KIND_WORDS.get(DealKind(kind), {})
        return words.get(DealStatus(status), plain)
    except ValueError:
        return plain


def status_label(kind: DealKind | str, status: DealStatus | str) -> str:
    """``status_words`` with a capital first letter, as a table cell or a list shows it."""
    words = status_words(kind, status)
    return words[:1].upper() + words[1:]


def status_choices(kind: DealKind | str) -> list[tuple[str, DealStatus]]:
    """Every status of the scale, in its order, labelled for this kind: (label, status)."""
    return [(status_label(kind, status), status) for status in DealStatus]


def status_for_words(kind: DealKind | str, text: str) -> DealStatus | None:
    """The status the kind's words name ("adopted" for sanctions → signed, "in force" →
    in delivery), so a user may type what the editor shows; None when they name none."""
    key = " ".join(text.replace("_", " ").lower().split())
    try:
        words = _KIND_WORDS.get(DealKind(kind), {})
    except ValueError:
        return None
    return next((status for status, said in words.items() if said == key), None)
