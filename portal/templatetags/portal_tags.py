from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_info

from portal.content import content_cached
from portal.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    return render_markdown(text or "")


@register.filter
def text_dir(language: str) -> str:
    """The direction of a text written in `language` ("rtl" for Arabic), for
    `dir` beside `lang`; "auto" when the language is not known. Each block of
    Markdown inside still follows its own letters (portal.markdown)."""
    try:
        return "rtl" if get_language_info(language)["bidi"] else "ltr"
    except KeyError:
        return "auto"


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with some parameters changed (for pagination)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def sort_header(context, key, label, css_class=""):
    """A column heading that sorts the list: a link to `?sort=key` (to
    `-key` when the list is already sorted by it), back to the first page,
    keeping the filters; `aria-sort` and an arrow say the current order."""
    current = context["request"].GET.get("sort", "")
    if current == key:
        order, target, arrow = "ascending", f"-{key}", " ▲"
    elif current == f"-{key}":
        order, target, arrow = "descending", key, " ▼"
    else:
        order, target, arrow = "", key, ""
    return format_html(
        '<th scope="col"{}{}><a href="{}">{}<span aria-hidden="true">{}</span>'
        "</a></th>",
        format_html(' class="{}"', css_class) if css_class else "",
        format_html(' aria-sort="{}"', order) if order else "",
        query_string(context, sort=target, page=""),
        label,
        arrow,
    )


@register.tag("contentcache")
def do_contentcache(parser, token):
    """Render a fragment once per content version and language:

        {% contentcache "name" var ... %}...{% endcontentcache %}

    The fragment must look the same to everyone who gets it: it may depend on
    the content, the language and the variables named (an object stands for
    its primary key), never on who reads it and never hold a form's CSRF token.
    A change to the content shows at once (portal.content).
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            "'contentcache' takes a fragment name and, optionally, variables."
        )
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    return ContentCacheNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        parts = []
        for expression in self.vary_on:
            value = expression.resolve(context)
            parts.append(getattr(value, "pk", value))
        return content_cached(
            f"fragment:{self.name.resolve(context)}",
            *parts,
            compute=lambda: self.nodelist.render(context),
        )
