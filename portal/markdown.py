"""User text is Markdown, rendered to HTML that is safe to show on a page or a PDF.

Raw HTML typed by a user is not passed through: the Markdown parser escapes it, so
"<script>" shows as text. nh3 then cleans the output as a second line of defence.
"""

import re
import threading
from functools import lru_cache

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
