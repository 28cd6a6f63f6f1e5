"""Article text and publication date from an HTML page, with the standard library's parser.

Text: the visible text of the page, without scripts, styles, navigation, headers, footers,
forms and asides; block elements become line breaks.  Date, first found of: meta
``article:published_time`` / ``og:published_time`` / ``datePublished`` / ``date`` /
``DC.date.issued``, JSON-LD ``datePublished``, ``<time datetime>``.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Optional

import attrs

__all__ = ["HtmlArticle", "read_html"]

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "form", "aside", "svg", "template", "iframe", "button"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "blockquote", "pre", "figcaption", "title"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date.issued", "dc.date", "pubdate", "publish-date", "sailthru.date")


@attrs.frozen
class HtmlArticle:
    """What an HTML page gives: its text and, when the page says so, its publication date."""

    text: str
    published: Optional[str]
    published_from: Optional[str]  # which metadata the date came from


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


def read_html(markup: str) -> HtmlArticle:
    """The article text and publication date of an HTML page."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n[ \n]*", "\n\n", text).strip() + "\n"
    meta = [(src, value) for src, value in parser.dates if src.startswith("meta")]
    jsonld = _jsonld_date(parser.jsonld)
    times = [(src, value) for src, value in parser.dates if src == "<time datetime>"]
    for src, value in meta + ([("JSON-LD datePublished", jsonld)] if jsonld else []) + times:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)", value)
        if m:
            return HtmlArticle(text, m.group(1).replace(" ", "T"), src)
    return HtmlArticle(text, None, None)
