"""Article text, title and publication date from an HTML page.

With the ``[web]`` extra installed, the article is extracted by trafilatura (boilerplate,
cookie banners, navigation, related links, comments and footers left out) and its date found
by htmldate in the page's own markup (metadata, JSON-LD, ``<time>``; never in scripts or in the
running text).  Without it, a standard-library parser keeps the visible text of the page
without scripts, styles, navigation, headers, footers, forms and asides, and reads the date
from meta ``article:published_time`` / ``og:published_time`` / ``datePublished`` / ``date`` /
``DC.date.issued``, JSON-LD ``datePublished`` or ``<time datetime>``.  Either way the title
(without the site's name) comes first, as the article's headline.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import Optional

import attrs

__all__ = ["HtmlArticle", "read_html", "NoArticleError"]

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "form", "aside", "svg", "template", "iframe", "button"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "blockquote", "pre", "figcaption", "title"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date.issued", "dc.date", "pubdate", "publish-date", "sailthru.date")


@attrs.frozen
class HtmlArticle:
    """What an HTML page gives: its text and, when the page says so, its publication date."""

    text: str
    published: Optional[str]
    published_from: Optional[str]  # which metadata the date came from
    title: Optional[str] = None  # the headline, without the site's name
    extractor: str = "html.parser"  # "trafilatura" or the standard library's "html.parser"


class NoArticleError(ValueError):
    """The page holds no article text that could be extracted."""


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.dates: list[tuple[str, str]] = []
        self.in_jsonld = False
        self.jsonld: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, Optional[str]]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs_}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content"):
                self.dates.append((f"meta {key}", a["content"]))
        elif tag == "time" and a.get("datetime"):
            self.dates.append(("<time datetime>", a["datetime"]))
        if tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.in_jsonld = True
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag == "script":
            self.in_jsonld = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld.append(data)
        elif not self.skip:
            self.parts.append(data)


def _jsonld_date(blobs: list[str]) -> Optional[str]:
    for blob in blobs:
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    return item["datePublished"]
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _title_without_site(title: Optional[str], site: Optional[str]) -> Optional[str]:
    """"Ferry resumes | The Courier" -> "Ferry resumes" (the site's name, when known, or a last
    segment after a separator that is much shorter than the rest)."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = re.split(r"\s+[|\u2013\u2014\-:\u00b7\u2022]\s+", title)
    if len(parts) > 1:
        last = parts[-1]
        if (site and last.lower() == " ".join(site.split()).lower()) or len(last) < len(" ".join(parts[:-1])) / 2:
            title = title[: len(title) - len(last)].rstrip(" |-:\u2013\u2014\u00b7\u2022")
    return title or None


def _clean(text: str) -> str:
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r" *\n[ \n]*", "\n\n", text).strip() + "\n"


def _stdlib_date(parser: _Extractor) -> tuple[Optional[str], Optional[str]]:
    meta = [(src, value) for src, value in parser.dates if src.startswith("meta")]
    jsonld = _jsonld_date(parser.jsonld)
    times = [(src, value) for src, value in parser.dates if src == "<time datetime>"]
    for src, value in meta + ([("JSON-LD datePublished", jsonld)] if jsonld else []) + times:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)", value)
        if m:
            return m.group(1).replace(" ", "T"), src
    return None, None


def _htmldate(markup: str) -> Optional[str]:
    """The page's own publication date by htmldate, from its markup only (no guess from the
    running text or scripts, no clock: the latest date allowed is fixed)."""
    import htmldate

    try:
        found = htmldate.find_date(markup, original_date=True, extensive_search=False, outputformat="%Y-%m-%dT%H:%M:%S", max_date="2099-12-31")
    except (ValueError, TypeError):  # pragma: no cover - htmldate is defensive already
        return None
    if not found:
        return None
    return found[:10] if found.endswith("T00:00:00") else found[:16]


def read_html(markup: str, *, extractor: Optional[str] = None) -> HtmlArticle:
    """The article text (its title first), title and publication date of an HTML page.

    ``extractor``: "trafilatura" (the default when installed) or "html.parser" (the standard
    library).  Raises :class:`NoArticleError` when the page holds no article text.
    """
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    published, source = _stdlib_date(parser)
    if extractor is None:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            extractor = "html.parser"
        else:
            extractor = "trafilatura"
    if extractor == "trafilatura":
        import trafilatura

        body = trafilatura.extract(markup, include_comments=False, include_tables=False, include_links=False, include_images=False)  # no deduplicate: its cache spans calls
        meta = trafilatura.extract_metadata(markup)
        title = _title_without_site(getattr(meta, "title", None), getattr(meta, "sitename", None))
        found = _htmldate(markup)
        if found is not None:
            # htmldate decides the day; the page's own metadata may add the time of day
            if published is None or not published.startswith(found[:10]) or len(found) > len(published):
                published, source = found, "metadata (htmldate)"
        else:
            published, source = None, None  # only dates htmldate trusts (not a script's or a link's)
    elif extractor == "html.parser":
        body = "".join(parser.parts)
        titles = re.findall(r"<title[^>]*>(.*?)</title>", markup, flags=re.S | re.I)
        title = _title_without_site(html.unescape(titles[0]) if titles else None, None)
        if title and body.lstrip().startswith(titles[0].strip() if titles else "\0"):
            body = body.lstrip()[len(titles[0].strip()):]
    else:
        raise ValueError(f"unknown extractor {extractor!r}; use trafilatura or html.parser")
    text = _clean(body or "")
    if not text.strip():
        raise NoArticleError("no article text found in the page")
    lines = text.split("\n\n")
    if title and lines[0].strip() != title:
        text = f"{title}\n\n{text}"
    return HtmlArticle(text, published, source, title, extractor)
