"""What a web page says about itself, read before trafilatura sees the tree.

- Canonical metadata: the page's own JSON-LD article object (top level, not an item nested
  in it), then Open Graph, then ``<title>``: a live blog's updates and a page's related
  items carry headlines of their own that must never become the source's title.
- Live blogs: each update keeps its time, as "14:05 — text", in page order.
- Paywalls: subscription prompts and offers are removed, and the page is marked as looking
  truncated so the source can say so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "liveblogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "report",
    "webpage",
}
_PAYWALL_MARKERS = re.compile(
    r"(^|[-_ ])(paywall|pay-wall|regwall|subscribe|subscription|subscriber|premium-?wall|"
    r"piano|tp-modal|tp-container|meter(ed)?|offer|registration-?wall|gate)([-_ ]|$)",
    re.I,
)
_PAYWALL_TEXT = re.compile(
    r"(subscribe (now )?to (continue|keep) reading|continue reading (with|for) |"
    r"already (a|an) (subscriber|member)\??|to read the (full|rest of the|whole) (article|story)|"
    r"this (article|story|content) is (only )?(for|available to) (subscribers|members)|"
    r"(sign|log) in to (continue|read)|unlock (this|the full) (article|story)|"
    r"subscribe for (just|only) |start your (free )?trial|"
    r"you have reached your (free )?(article )?limit|create a free account to continue)",
    re.I,
)
_LIVE_CLASS = re.compile(r"live-?blog|live-?post|live-?update|liveupdate|live-?entry", re.I)
_TIME_OF_DAY = re.compile(r"T(\d{2}):(\d{2})")
_MAX_PROMPT_CHARS = 400


@dataclass
class PageFacts:
    title: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    live_blog: bool = False
    # A live blog's page title and updates, in page order; empty when not found.
    live_blocks: list[str] = field(default_factory=list)
    truncated: bool = False
    warnings: list[str] = field(default_factory=list)


def read_page(tree: Any) -> PageFacts:
    """Canonical metadata, then the tree prepared: paywall copy out, live updates timed."""
    facts = PageFacts()
    _canonical_metadata(tree, facts)
    _drop_paywall(tree, facts)
    posts = _live_posts(tree)
    if facts.live_blog or posts:
        facts.live_blog = True
        _time_updates(tree)
        if posts:
            facts.live_blocks = _live_blocks(tree, posts, facts.title)
    if facts.truncated:
        facts.warnings.append(
            "looks truncated by a paywall: only the text shown before the subscription "
            "prompt was imported"
        )
    return facts


def _canonical_metadata(tree: Any, facts: PageFacts) -> None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _top_level_items(data):
            kinds = item.get("@type")
            kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
            names = {str(k).lower() for k in kinds}
            if not names & _ARTICLE_TYPES:
                continue
            if "liveblogposting" in names:
                facts.live_blog = True
            if item.get("isAccessibleForFree") in (False, "False", "false"):
                facts.truncated = True
            facts.title = facts.title or _plain(item.get("headline") or item.get("name"))
            facts.published = facts.published or _plain(
                item.get("datePublished") or item.get("coverageStartTime")
            )
            facts.author = facts.author or _author(item.get("author"))
            facts.url = facts.url or _plain(item.get("url") or item.get("mainEntityOfPage"))
            if facts.title and "webpage" not in names:
                break
    if not facts.title:
        for meta in tree.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == "og:title":
                facts.title = _plain(meta.get("content"))
                break


def _top_level_items(data: Any) -> list[dict[str, Any]]:
    """The objects a JSON-LD block declares itself (a list, or an @graph), not nested ones."""
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            return [d for d in graph if isinstance(d, dict)]
        return [data]
    return []


def _author(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(filter(None, (_author(v) for v in value[:5])))
    if isinstance(value, dict):
        return _plain(value.get("name"))
    return _plain(value)


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or ""
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _drop_paywall(tree: Any, facts: PageFacts) -> None:
    body = tree.find("body")
    if body is None:
        return
    doomed = []
    sizes = _text_sizes(body)
    for element, size in sizes.items():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "main", "article"):
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _PAYWALL_MARKERS.search(marker):
            # Short only: a premium article's own body can carry "subscriber" in its class.
            if size < 600:
                doomed.append(element)
        elif (
            element.tag in ("p", "div", "section", "aside", "h2", "h3", "h4", "button", "a")
            and size <= _MAX_PROMPT_CHARS
            and _PAYWALL_TEXT.search(" ".join(str(element.text_content()).split()))
        ):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            facts.truncated = facts.truncated or bool(_PAYWALL_TEXT.search(element.text_content()))
            element.drop_tree()


def _text_sizes(body: Any) -> dict[Any, int]:
    """Characters of text under every element, in one pass (linear even on deep pages)."""
    elements = list(body.iter())
    sizes: dict[Any, int] = {}
    for element in reversed(elements):  # descendants before their ancestors
        size = len(element.text or "") if isinstance(element.tag, str) else 0
        for child in element:
            size += sizes.get(child, 0) + len(child.tail or "")
        sizes[element] = size
    return {element: sizes[element] for element in elements}


def _live_posts(tree: Any) -> list[Any]:
    """Elements that each hold one timed update (the outermost of nested candidates)."""
    candidates = [
        e
        for e in tree.iter("article", "div", "li", "section")
        if _LIVE_CLASS.search(e.get("class") or "") and len(e.findall(".//time")) == 1
    ]
    chosen = set(candidates)
    posts = [e for e in candidates if not any(a in chosen for a in e.iterancestors())]
    return posts if len(posts) >= 2 else []


def _live_blocks(tree: Any, posts: list[Any], title: str) -> list[str]:
    """The page's headline, then every update's paragraphs, in the order of the page."""
    heading = tree.find(".//h1")
    blocks = [" ".join(str(heading.text_content()).split())] if heading is not None else []
    if not blocks and title:
        blocks.append(title)
    for post in posts:
        paragraphs = post.findall(".//p") or [post]
        for paragraph in paragraphs:
            text = " ".join(str(paragraph.text_content()).split())
            if text:
                blocks.append(text)
    return blocks


def _time_updates(tree: Any) -> None:
    """Each update's time goes in front of its first paragraph: "14:05 — …"."""
    for time in list(tree.iter("time")):
        stamp = _clock(time)
        parent = time.getparent()
        if not stamp or parent is None:
            continue
        following = next(
            (p for p in time.itersiblings() if p.tag in ("p", "div", "h2", "h3")), None
        )
        if following is None:
            continue
        following.text = f"{stamp} — {following.text or ''}"
        time.drop_tree()


def _clock(time: Any) -> str:
    shown = " ".join(str(time.text_content()).split())
    if re.fullmatch(r"\d{1,2}[:.]\d{2}( ?[AaPp][Mm])?( [A-Z]{2,4})?", shown):
        return shown
    match = _TIME_OF_DAY.search(time.get("datetime") or "")
    return f"{match.group(1)}:{match.group(2)}" if match else shown[:40]
