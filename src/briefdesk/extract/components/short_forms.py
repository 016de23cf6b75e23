"""Component: short forms of bodies: "the ministry", "the bank" refer to the last organisation
of that kind; a company's leading words read as a person are its short name (round 23)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.components.firm_short_people import firm_short_people
from briefdesk.extract.components.town_firms import town_firms
from briefdesk.extract.resolver import Resolver


def short_forms(res: Resolver) -> None:
    """ "the ministry", "the bank", "the agency": the last organisation with that head."""
    for match in re.finditer(
        # ("[Tt](?<!\w.)he" is "\b[Tt]he" led by a class: the engine skips to each "t" or "T")
        r"[Tt](?<!\w.)he (ministry|bank|Bank|agency|company|lender|"
        r"air force|navy|fund|Fund|group|utility)\b",
        res.text,
    ):
        head = match.group(1).lower()
        key = res.last_org_by_head.get(head.split()[-1])
        if head == "lender":
            key = res.last_org_by_head.get("bank") or res.last_org_by_head.get("fund")
        if key is None:
            continue
        res.alias(key, match.group(), match.start(), match.end(), "org.the-head")
    firm_short_people(res)  # "Sahl Al Reem confirmed" after "Sahl Al Reem Holding PJSC"
    town_firms(res)  # "awarded to Ostrava", "Ostrava said" after "Ostrava Rail Systems"
