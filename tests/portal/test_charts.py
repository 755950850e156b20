"""The SVG charts shared by pages and PDF reports."""

from xml.etree import ElementTree

from portal.charts import Series, bar_chart, format_number, line_chart

NS = "{http://www.w3.org/2000/svg}"


def parse(svg):
    return ElementTree.fromstring(str(svg))


def test_bar_chart_is_accessible_self_contained_svg():
    svg = bar_chart(
        title="Funding by year",
        desc="Funding rose from 1M in 2017 to 3M in 2019.",
        categories=["2017", "2018", "2019"],
        series=[Series("Funding", [1_000_000, 2_000_000, 3_000_000])],
        unit="USD",
    )
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("viewBox") == "0 0 640 360"
    assert root.find(f"{NS}title").text == "Funding by year"
    assert "rose" in root.find(f"{NS}desc").text
    assert root.get("aria-labelledby").split() == [
        root.find(f"{NS}title").get("id"),
        root.find(f"{NS}desc").get("id"),
    ]
    assert (
        len([r for r in root.iter(f"{NS}rect") if r.find(f"{NS}title") is not None])
        == 3
    )
    # Print and CSP: no classes, no style attributes, no script.
    assert "class=" not in svg and "style=" not in svg and "<script" not in svg


def test_labels_are_escaped():
    svg = bar_chart(
        title="<script>alert(1)</script>",
        desc="a & b",
        categories=['"><img src=x>'],
        series=[Series("Donor <b>", [5])],
    )
    assert "<script>" not in svg and "<img" not in svg and "<b>" not in svg
    parse(svg)  # still well-formed XML


def test_stacked_bars_stack_and_show_legend():
    svg = bar_chart(
        title="Share",
        desc="d",
        categories=["2017", "2018"],
        series=[Series("Top five", [79, 70]), Series("Others", [21, 30])],
        stacked=True,
        percent=True,
    )
    root = parse(svg)
    assert "Top five" in svg and "Others" in svg
    assert "100 %" in svg
    bars = [r for r in root.iter(f"{NS}rect") if r.find(f"{NS}title") is not None]
    assert len(bars) == 4


def test_empty_chart_says_so():
    svg = bar_chart(title="t", desc="d", categories=[], series=[])
    assert "No data yet" in svg
    parse(svg)


def test_line_chart_skips_missing_values():
    svg = line_chart(
        title="Donors per year",
        desc="d",
        categories=["2017", "2018", "2019"],
        series=[Series("Donors", [3, None, 5])],
    )
    root = parse(svg)
    assert len(list(root.iter(f"{NS}circle"))) == 2


def test_same_chart_renders_same_bytes():
    def make():
        return bar_chart(
            title="t", desc="d", categories=["a"], series=[Series("s", [1])]
        )

    assert make() == make()


def test_format_number():
    assert format_number(1_500_000) == "1.5M"
    assert format_number(350_000) == "350k"
    assert format_number(12) == "12"
    assert format_number(None) == "0"


def test_axis_top_is_round_and_close_to_the_largest_value():
    from portal.charts import _nice_max

    assert _nice_max(11_900_000) == 12_000_000
    assert _nice_max(36_000_000) == 40_000_000
    assert _nice_max(6) == 8
    assert _nice_max(100) == 100
    assert _nice_max(0) == 1
