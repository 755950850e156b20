"""ia_meetings views, one module per part of a meeting; urls.py names them all."""
