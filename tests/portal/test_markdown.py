"""User text is Markdown rendered to sanitised HTML, once, when it is saved."""

import pytest

from portal.markdown import markdown_to_html, render_markdown


def test_markdown_formats_text():
    html = render_markdown("Needs **urgent** support:\n\n- survey\n- clearance")
    assert "<strong>urgent</strong>" in html
    # Each block reads in the direction of its own text (issue 11, item 3).
    assert '<li dir="auto">survey</li>' in html


def test_each_block_takes_the_direction_of_its_own_text():
    html = render_markdown("السودان\n\nSudan\n\n> note\n\n## Title")
    assert '<p dir="auto">السودان</p>' in html and '<p dir="auto">Sudan</p>' in html
    assert '<blockquote dir="auto">' in html and '<h2 dir="auto">Title</h2>' in html


def test_a_typed_script_shows_as_text_and_never_runs():
    html = render_markdown(
        '<script>alert("x")</script> and <img src=x onerror=alert(1)>'
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_javascript_links_are_dropped():
    html = render_markdown("[click](javascript:alert(1)) [x](JaVaScRiPt:alert(1))")
    assert "<a" not in html


def test_links_get_safe_rel():
    html = render_markdown("[Monitor](https://the-monitor.org)")
    assert 'href="https://the-monitor.org"' in html
    assert "noopener" in html


def test_headings_start_below_the_page_title():
    assert '<h2 dir="auto">Title</h2>' in render_markdown("# Title")


def test_tables_keep_their_alignment_and_no_other_style():
    html = markdown_to_html("| a | b |\n|--:|---|\n| 1 | 2 |")
    assert '<td style="text-align:right">1</td>' in html
    assert "<table>" in html


@pytest.mark.parametrize(
    "hostile",
    ["[" * 20_000, "![" * 10_000, "*a" * 10_000, "[a](" * 5_000, ">" * 20_000],
)
def test_hostile_markdown_of_the_longest_text_renders(hostile):
    """20,000 `[` took Python-Markdown 67 s; this parser is linear. How long it
    takes is measured by bench/markdown_worst.py, not here."""
    html = markdown_to_html(hostile)
    assert html.startswith("<")
