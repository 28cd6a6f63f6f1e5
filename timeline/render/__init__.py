"""Renderers: pure functions of a Timeline (Markdown with Mermaid diagrams, JSON, HTML)."""

from .markdown import to_markdown
from .html import to_html
from .json import to_json

__all__ = ["to_markdown", "to_html", "to_json"]
