"""User text is Markdown rendered to sanitised HTML."""

from portal.markdown import render_markdown


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
    html = render_markdown("[click](javascript:alert(1))")
    assert "javascript:" not in html


def test_links_get_safe_rel():
    html = render_markdown("[Monitor](https://the-monitor.org)")
    assert 'href="https://the-monitor.org"' in html
    assert "noopener" in html


def test_headings_start_below_the_page_title():
    assert render_markdown("# Title") == '<h2 dir="auto">Title</h2>'
