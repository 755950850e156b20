"""Helpers for data migrations that several apps share."""

from .markdown import markdown_to_html


def markdown_render_rows(model, fields, *, batch_size=500) -> None:
    """Fill `<field>_html` from `<field>` for every row of a historical model
    (data migrations: historical models do not save through RenderedMarkdown)."""
    html_fields = [f"{name}_html" for name in fields]
    batch = []
    for row in model.objects.only("pk", *fields).iterator(chunk_size=batch_size):
        for name in fields:
            setattr(row, f"{name}_html", markdown_to_html(getattr(row, name) or ""))
        batch.append(row)
        if len(batch) >= batch_size:
            model.objects.bulk_update(batch, html_fields)
            batch = []
    if batch:
        model.objects.bulk_update(batch, html_fields)
