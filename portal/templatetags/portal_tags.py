from django import template

from portal.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Markdown rendered while the page is read, for text not yet stored as
    HTML (article7's guidance and narratives). Models with Markdown fields
    inherit portal.markdown.RenderedMarkdown and templates show the stored
    `<field>_html` instead; the parser is linear, so this is bounded by the
    field's maximum length, but it costs every read."""
    return render_markdown(text or "")


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
