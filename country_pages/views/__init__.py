"""country_pages views, one module per feature; urls.py names them all."""
