"""Server-rendered SVG charts, shared by pages and PDF reports.

The SVG is self-contained (presentation attributes only: no CSS classes, no
`style=`, no script), has a fixed viewBox so it scales in a page and prints in
a PDF, and is accessible: role="img" with a <title> and a <desc>. Pages show
each chart with a table or text alternative as well. Labels are escaped.
Colours are the Okabe–Ito palette, distinguishable with colour blindness and
readable in greyscale print thanks to the legend order and value labels.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from hashlib import blake2s
from html import escape

from django.utils.formats import get_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
    "#F0E442", "#000000",
]  # fmt: skip
WIDTH, HEIGHT = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 72, 16, 40, 64
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"


@dataclass(frozen=True)
class Series:
    name: str
    values: list  # numbers, one per category; None for "no value"


def format_number(value) -> str:
    """Compact figures for axes and labels: 1.2M, 350k, 12 (in English; each
    language has its own decimal mark and abbreviations)."""
    value = float(value or 0)
    decimal_mark = get_format("DECIMAL_SEPARATOR")
    for limit, scale in ((1e9, "billions"), (1e6, "millions"), (1e3, "thousands")):
        if abs(value) >= limit:
            text = f"{value / limit:.1f}".rstrip("0").rstrip(".")
            return _compact(scale) % {"number": text.replace(".", decimal_mark)}
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}".replace(".", decimal_mark)


def _compact(scale: str) -> str:
    # Whole patterns, so a language can put a space or a word after the number.
    if scale == "billions":
        return pgettext("compact number, billions", "%(number)sB")
    if scale == "millions":
        return pgettext("compact number, millions", "%(number)sM")
    return pgettext("compact number, thousands", "%(number)sk")


def _nice_max(value: float) -> float:
    """A round top for the axis, at or above the largest value.

    The axis has four intervals; each is a round step (1, 2, 2.5, 3, 4, 5, 6,
    8 times a power of ten), so 11.9M gets a 12M top rather than 20M.
    """
    if value <= 0:
        return 1
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= raw:
            return 4 * step * magnitude
    return 40 * magnitude


def _open(title: str, desc: str) -> tuple[list[str], str]:
    # Derived from the text, so the same chart renders the same bytes (cacheable)
    # and different charts on one page get different ids.
    n = blake2s(f"{title}|{desc}".encode(), digest_size=5).hexdigest()
    title_id, desc_id = f"chart-title-{n}", f"chart-desc-{n}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'font-family="{escape(FONT)}" font-size="12">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(desc)}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text x="{LEFT}" y="20" font-size="14" font-weight="bold" '
        f'fill="#1a1a1a">{escape(title)}</text>',
    ]
    return parts, title_id


def _axes(parts: list[str], top_value: float, unit: str) -> None:
    plot_h = HEIGHT - TOP - BOTTOM
    for i in range(5):
        value = top_value * i / 4
        y = HEIGHT - BOTTOM - plot_h * i / 4
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" '
            f'stroke="{"#555555" if i == 0 else "#dddddd"}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'fill="#333333">{escape(format_number(value))}</text>'
        )
    if unit:
        parts.append(
            f'<text x="12" y="{TOP + plot_h / 2:.1f}" text-anchor="middle" '
            f'fill="#333333" transform="rotate(-90 12 {TOP + plot_h / 2:.1f})">'
            f"{escape(unit)}</text>"
        )


def _category_labels(parts: list[str], categories: list[str], slot: float) -> None:
    # Thin the labels out when there are many categories so they never overlap.
    every = max(1, int(len(categories) * 48 / (WIDTH - LEFT - RIGHT)) + 1)
    for i, label in enumerate(categories):
        if i % every:
            continue
        x = LEFT + slot * (i + 0.5)
        text = label if len(label) <= 18 else label[:17] + "…"
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
            f'fill="#333333">{escape(text)}</text>'
        )


def _legend(parts: list[str], series: list[Series]) -> None:
    if len(series) < 2:
        return
    x, y = LEFT, HEIGHT - 22
    for i, s in enumerate(series):
        name = s.name if len(s.name) <= 22 else s.name[:21] + "…"
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" '
            f'fill="{PALETTE[i % len(PALETTE)]}"/>'
        )
        parts.append(f'<text x="{x + 16}" y="{y}" fill="#1a1a1a">{escape(name)}</text>')
        x += 24 + 7 * len(name)
        if x > WIDTH - 120:
            x, y = LEFT, y + 16


def _empty(parts: list[str]) -> SafeString:
    text = escape(_("No data yet"))
    parts.append(
        f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" '
        f'fill="#555555">{text}</text></svg>'
    )
    return _safe(parts)


def bar_chart(
    *,
    title: str,
    desc: str,
    categories: list[str],
    series: list[Series],
    stacked: bool = False,
    unit: str = "",
    percent: bool = False,
) -> SafeString:
    """Vertical bars: one series, several side by side, or stacked."""
    parts, _ = _open(title, desc)
    values = [[float(v or 0) for v in s.values] for s in series]
    if not categories or not any(any(v) for v in values):
        return _empty(parts)
    if stacked:
        largest = max(sum(col) for col in zip(*values, strict=True))
    else:
        largest = max(max(v) for v in values)
    top_value = 100 if percent else _nice_max(largest)
    _axes(parts, top_value, unit)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(categories)
    groups = 1 if stacked else len(series)
    bar_w = max(2.0, slot * 0.7 / groups)
    for c in range(len(categories)):
        base = 0.0
        for i, s in enumerate(series):
            value = values[i][c]
            h = plot_h * value / top_value
            x = LEFT + slot * c + (slot - bar_w * groups) / 2
            if not stacked:
                x += bar_w * i
            y = HEIGHT - BOTTOM - h - (plot_h * base / top_value if stacked else 0)
            label = _point_label(s.name, categories[c], _value_text(value, percent))
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="{PALETTE[i % len(PALETTE)]}">'
                f"<title>{escape(label)}</title></rect>"
            )
            if stacked:
                base += value
        if len(categories) <= 12 and (stacked or groups == 1):
            total = sum(values[i][c] for i in range(len(series)))
            # Shares always add up to 100 %: label the first series' share.
            label = values[0][c] if percent else total
            y = HEIGHT - BOTTOM - plot_h * total / top_value - 4
            parts.append(
                f'<text x="{LEFT + slot * (c + 0.5):.1f}" y="{y:.1f}" '
                f'text-anchor="middle" fill="#1a1a1a">'
                f"{escape(_value_text(label, percent))}</text>"
            )
    _category_labels(parts, categories, slot)
    _legend(parts, series)
    parts.append("</svg>")
    return _safe(parts)


def line_chart(
    *,
    title: str,
    desc: str,
    categories: list[str],
    series: list[Series],
    unit: str = "",
) -> SafeString:
    """Lines over categories (usually years); gaps where a value is None."""
    parts, _ = _open(title, desc)
    numbers = [float(v) for s in series for v in s.values if v is not None]
    if not categories or not numbers or not any(numbers):
        return _empty(parts)
    top_value = _nice_max(max(numbers))
    _axes(parts, top_value, unit)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(categories)
    for i, s in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        points = []
        for c, value in enumerate(s.values):
            if value is None:
                continue
            x = LEFT + slot * (c + 0.5)
            y = HEIGHT - BOTTOM - plot_h * float(value) / top_value
            points.append((x, y, value, categories[c]))
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in points)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" '
                f'stroke-width="2.5"/>'
            )
        for x, y, value, category in points:
            label = _point_label(s.name, category, format_number(value))
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}">'
                f"<title>{escape(label)}</title></circle>"
            )
    _category_labels(parts, categories, slot)
    _legend(parts, series)
    parts.append("</svg>")
    return _safe(parts)


def _point_label(series: str, category: str, value: str) -> str:
    """What a bar or a point says when hovered: "Norway, 2021: 1.2M"."""
    return _("%(series)s, %(category)s: %(value)s") % {
        "series": series,
        "category": category,
        "value": value,
    }


def _value_text(value, percent: bool) -> str:
    if percent:
        return f"{Decimal(str(value)):.0f} %"
    return format_number(value)


def _safe(parts: list[str]) -> SafeString:
    # Every piece of text that came from data went through escape() above.
    return mark_safe("".join(parts))  # noqa: S308
