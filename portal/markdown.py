"""User text is Markdown, rendered to HTML that is safe to show on a page or a PDF.

Raw HTML typed by a user is not passed through: the Markdown parser escapes it, so
"<script>" shows as text. nh3 then cleans the output as a second line of defence.

The parser is markdown-it-py (CommonMark): its time grows linearly with the input,
brackets and emphasis included. Python-Markdown took 67 s of CPU on 20,000 `[`
(quadratic link matching); `bench/markdown_worst.py` measures the worst cases of
the longest text a form accepts.

Markdown is rendered once, when it is saved, never when a page is read: a model
with Markdown fields inherits `RenderedMarkdown`, names them in `markdown_fields`
and has a `<name>_html` field beside each, which `save()`, `bulk_create()`,
`update()` and `portal.services.versioned_update` fill. Templates show the stored
HTML (`{{ need.description_html|safe }}`).
"""

import re
from typing import Any, ClassVar

import nh3
from django.db import models
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "a",
    "table", "thead", "tbody", "tr", "th", "td", "abbr", "sup", "sub",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"style"},
                      "td": {"style"}}  # fmt: skip

# Headings start at h2: the page's own h1 is the page title.
_HEADINGS = {"<h1>": "<h2>", "</h1>": "</h2>"}

_parser: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    # Rendering keeps no state in the parser, so one serves every thread.
    global _parser
    if _parser is None:
        _parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    return _parser


# Each block of user text takes its direction from its own first letters
# (dir="auto"): an English paragraph on an Arabic page reads left to right,
# an Arabic one on an English page right to left, each with its punctuation
# where the writer put it.
_BLOCK_OPEN = re.compile(r"<(p|li|h[2-6]|blockquote)(?=[\s>])")


def markdown_to_html(text: str) -> str:
    """Markdown to sanitised HTML, as a plain string (to store)."""
    if not text:
        return ""
    html = _markdown().render(text)
    for old, new in _HEADINGS.items():
        html = html.replace(old, new)
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        # Table cells keep their alignment, and no other style.
        filter_style_properties={"text-align"},
    )
    # After nh3: the only tags left are the allowed ones, written by nh3.
    return _BLOCK_OPEN.sub(r'<\1 dir="auto"', cleaned)


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML, marked safe for a template (previews, PDFs)."""
    return mark_safe(markdown_to_html(text))  # noqa: S308 (sanitised by nh3)


def html_field_name(name: str) -> str:
    return f"{name}_html"


def rendered_values(model, values: dict[str, Any]) -> dict[str, Any]:
    """`values` plus the rendered HTML of each Markdown field among them (for
    `update()`-style writes that bypass `save()`)."""
    fields = getattr(model, "markdown_fields", ())
    extra = {
        html_field_name(name): markdown_to_html(values[name] or "")
        for name in fields
        if name in values and isinstance(values[name], str)
    }
    return {**values, **extra}


def markdown_fill(record, names=None) -> list[str]:
    """Render `record`'s Markdown fields (all, or those in `names`) into their
    HTML fields; returns the HTML fields' names."""
    filled = []
    deferred = record.get_deferred_fields()
    for name in type(record).markdown_fields:
        if (names is not None and name not in names) or name in deferred:
            continue
        setattr(record, html_field_name(name), markdown_to_html(getattr(record, name)))
        filled.append(html_field_name(name))
    return filled


class MarkdownQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            markdown_fill(obj)
        return super().bulk_create(objs, *args, **kwargs)

    def update(self, **kwargs):
        return super().update(**rendered_values(self.model, kwargs))


class RenderedMarkdown(models.Model):
    """A model whose `markdown_fields` each have a stored `<name>_html` beside them."""

    markdown_fields: ClassVar[tuple[str, ...]] = ()

    objects = MarkdownQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Derived data, like a slug: kept beside its source on every save so no
        # page ever renders Markdown while it is read.
        update_fields = kwargs.get("update_fields")
        filled = markdown_fill(self, update_fields)
        if update_fields is not None:
            kwargs["update_fields"] = [*update_fields, *filled]
        super().save(*args, **kwargs)
