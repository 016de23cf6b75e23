"""Component: a section label of topics joined by an ampersand is no body (round 21).

"NORDIC MARKETS DAILY / Seafood & Energy", "INTERVIEW | Space & Tech | 25 November", "Tags: Oil
& Gas, Guyana": newsletters and sites head their sections with two topics joined by "&", and
the ampersand rule read each as a firm ("Procter & Gamble"). A run whose every word is a topic
word (``data/section_topics.txt``) names a section; a firm so named carries a head word, a
legal form or a coined word ("Efate Power & Water Ltd", "TEPCO Fuel & Power"), and a run
written inside such a longer name (a capitalised word right before or after it) is left to
the other rules, so its short form is still read.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_TOPICS = word_list("section_topics")


def topic_label(res: Resolver, v: View) -> str:
    """Claims "Oil & Gas" (nothing proposed) when it names a section rather than a firm."""
    bare = v.bare
    if len(v.words) < 2 or " & " not in bare:
        return NEXT
    words = [w for w in re.split(r"[\s&]+", bare.lower()) if w]
    if not all(w in _TOPICS for w in words):
        return NEXT
    inside = re.compile(r"[A-Z][\w.'-]* " + re.escape(bare) + "|" + re.escape(bare) + r" [A-Z]")
    if inside.search(res.text):
        return NEXT  # "Efate Power & Water Ltd" elsewhere: "Power & Water" may be its short form
    return CLAIM
