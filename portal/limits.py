"""How much text a person may type into one field.

Every free-text field has a maximum length, on the model (and so its ModelForm,
whose textarea gets `maxlength`) and on plain forms; the form shows it under the
field (templates/portal/_form_fields.html). The limits bound what a page, an
e-mail or a PDF costs to build from one record: `bench/markdown_worst.py`
renders the worst Markdown of LONG_TEXT characters.
"""

# A line or two: a responsibility, an objective, an action point, a note.
SHORT_TEXT = 2_000
# A description or a message: a need, a map, an interest, a dialogue entry.
TEXT = 5_000
# A page section, a meeting's purpose, an agenda item's content or minutes, a
# partnership's description or story.
LONG_TEXT = 20_000
