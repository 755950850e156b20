"""User text is Markdown, rendered to HTML that is safe to show on a page or a PDF.

Raw HTML typed by a user is not passed through: the Markdown parser escapes it, so
"<script>" shows as text. nh3 then cleans the output as a second line of defence.
"""

import re
import threading
from functools import lru_cache
from html.parser import HTMLParser

import markdown
import nh3
from django.utils.safestring import mark_safe
from markdown.extensions import Extension

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "a",
    "table", "thead", "tbody", "tr", "th", "td", "abbr", "sup", "sub",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"},
                      "td": {"align"}}  # fmt: skip


# Each block of user text takes its direction from its own first letters
# (dir="auto"): an English paragraph on an Arabic page reads left to right,
# an Arabic one on an English page right to left, each with its punctuation
# where the writer put it.
_BLOCK_OPEN = re.compile(r"<(p|li|h[2-6]|blockquote)(?=[\s>])")


class _EscapeRawHtml(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


_local = threading.local()


def _parser() -> markdown.Markdown:
    # Building a Markdown parser compiles dozens of regular expressions; one per
    # thread, reset between documents, keeps lists of needs fast.
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = markdown.Markdown(
            extensions=["tables", "sane_lists", _EscapeRawHtml()],
            output_format="html",
        )
    return parser


def render_markdown(text: str) -> str:
    if not text:
        return ""
    return mark_safe(_render(text))  # noqa: S308 (sanitised by nh3 in _render)


@lru_cache(maxsize=4096)
def _render(text: str) -> str:
    """Markdown to sanitised HTML; pure, so the same text is rendered once."""
    html = _parser().reset().convert(text)
    # Headings start at h2: the page's own h1 is the page title.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    # After nh3: the only tags left are the allowed ones, written by nh3.
    return _BLOCK_OPEN.sub(r'<\1 dir="auto"', cleaned)


class _TextWriter(HTMLParser):
    """Rendered Markdown as the text a reader sees: paragraphs and list items
    on their own lines, a bullet before each item, a link's address after its
    words."""

    BLOCKS = {"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "ul",
              "ol"}  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.href = ""

    def _newline(self):
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS or tag == "br":
            self._newline()
        elif tag == "li":
            self._newline()
            self.parts.append("• ")
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""
        elif tag in ("td", "th") and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag == "a" and self.href:
            self.parts.append(f" ({self.href})")
            self.href = ""
        elif tag in self.BLOCKS or tag == "li":
            self._newline()

    def handle_data(self, data):
        text = " ".join(data.split())
        if data[:1].isspace():
            text = " " + text
        if data[-1:].isspace() and text.strip():
            text += " "
        if text.strip() or (self.parts and not self.parts[-1][-1:].isspace()):
            self.parts.append(text)


def markdown_text(text: str) -> str:
    """Markdown as the words a reader sees (no ** or [](…) markup), one
    paragraph or list item a line: what a comparison of two versions shows."""
    if not text:
        return ""
    writer = _TextWriter()
    writer.feed(_render(text))
    writer.close()
    lines = "".join(writer.parts).splitlines()
    return "\n".join(" ".join(line.split()) for line in lines).strip()
