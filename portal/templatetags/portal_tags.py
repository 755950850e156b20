from django import template

register = template.Library()


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
