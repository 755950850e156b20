"""User text is Markdown, rendered to HTML that is safe to show on a page or a PDF.

Raw HTML typed by a user is not passed through: the Markdown parser escapes it, so
"<script>" shows as text. nh3 then cleans the output as a second line of defence.
"""

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


class _EscapeRawHtml(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def render_markdown(text: str) -> str:
    if not text:
        return ""
    html = markdown.markdown(
        text,
        extensions=["tables", "sane_lists", _EscapeRawHtml()],
        output_format="html",
    )
    # Headings start at h2: the page's own h1 is the page title.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 (sanitised by nh3 just above)
