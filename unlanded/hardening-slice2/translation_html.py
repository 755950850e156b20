p='country_pages/translation/selectors.py'
s=open(p).read()
old='''        "sections": {
            key: {"visible": True, "content": content}
            for key, content in sorted(
                translation_draft_sections(state=state, language=language).items()
            )
        },
        "needs": [
            {
                "id": row.need_id,
                **{name: getattr(row, name) for name in NEED_TEXT_FIELDS},
            }
            for row in needs
        ],'''
assert old in s
s=s.replace(old,'''        "sections": {
            # The HTML is rendered here, once, when the translation is
            # published: readers get it as they get the original's.
            key: {
                "visible": True,
                "content": content,
                "html": section_content_html(key=key, content=content),
            }
            for key, content in sorted(
                translation_draft_sections(state=state, language=language).items()
            )
        },
        "needs": [
            {
                "id": row.need_id,
                **{name: getattr(row, name) for name in NEED_TEXT_FIELDS},
                **{
                    f"{name}_html": getattr(row, f"{name}_html")
                    for name in NeedTranslation.markdown_fields
                },
            }
            for row in needs
        ],''')
old='''    translated = {
        key: section.get("content", {})
        for key, section in revision.snapshot.get("sections", {}).items()
    }
    sections, languages = sections_in_language(
        original.get("sections", {}),
        translated,
        language=revision.language,
        original_language=page.original_language if page else settings.LANGUAGE_CODE,
    )'''
assert old in s
s=s.replace(old,'''    translated = {
        key: section.get("content", {})
        for key, section in revision.snapshot.get("sections", {}).items()
    }
    sections, languages = sections_in_language(
        original.get("sections", {}),
        translated,
        language=revision.language,
        original_language=page.original_language if page else settings.LANGUAGE_CODE,
        translated_html=snapshot_html(revision.snapshot),
    )''')
open(p,'w').write(s)

p='country_pages/translation/texts.py'
s=open(p).read()
old='''def sections_in_language(
    sections: dict, translated: dict, *, language: str, original_language: str
) -> tuple[dict, dict[str, TextLanguage]]:'''
assert old in s
s=s.replace(old,'''def sections_in_language(
    sections: dict,
    translated: dict,
    *,
    language: str,
    original_language: str,
    translated_html: dict | None = None,
) -> tuple[dict, dict[str, TextLanguage]]:''')
old='''        if content is not (section.get("content") or {}):
            # The translation replaced some text: the original's stored HTML
            # no longer matches, so the page renders this section's Markdown
            # (bounded by the forms' maximum lengths).
            shown[key].pop("html", None)'''
assert old in s
s=s.replace(old,'''        if content is not (section.get("content") or {}):
            # The translation replaced some text: its fields show the HTML
            # stored when it was published (`translated_html`), the others the
            # original's. Without stored HTML (drafts being previewed), the
            # page renders this section's Markdown, bounded by the forms'
            # maximum lengths.
            stored = (translated_html or {}).get(key)
            if stored is None or section.get("html") is None:
                shown[key].pop("html", None)
            else:
                names = set(_texts(translated.get(key) or {}))
                shown[key]["html"] = {
                    **section["html"],
                    **{name: html for name, html in stored.items() if name in names},
                }''')
old='''def translation_published_sections(*, state: StateParty, language: str) -> dict:
    """{section key: content} as last published in `language` ({} if never)."""
    translation = (
        PageTranslation.objects.select_related("published_revision")
        .filter(state=state, language=language)
        .first()
    )
    if translation is None or translation.published_revision is None:
        return {}
    return {
        key: section.get("content", {})
        for key, section in translation.published_revision.snapshot.get(
            "sections", {}
        ).items()
    }'''
assert old in s
s=s.replace(old,'''def translation_published_sections(
    *, state: StateParty, language: str
) -> tuple[dict, dict]:
    """({section key: content}, {section key: html}) as last published in
    `language` (both empty if never)."""
    translation = (
        PageTranslation.objects.select_related("published_revision")
        .filter(state=state, language=language)
        .first()
    )
    if translation is None or translation.published_revision is None:
        return {}, {}
    snapshot = translation.published_revision.snapshot
    contents = {
        key: section.get("content", {})
        for key, section in snapshot.get("sections", {}).items()
    }
    return contents, snapshot_html(snapshot)


def snapshot_html(snapshot: dict) -> dict:
    """{section key: html} of a revision's snapshot, where it stored it."""
    return {
        key: section["html"]
        for key, section in snapshot.get("sections", {}).items()
        if section.get("html") is not None
    }''')
open(p,'w').write(s)

p='country_pages/selectors.py'
s=open(p).read()
old='''    translated = (
        translation_published_sections(state=state, language=language)
        if language != original
        else {}
    )
    sections, languages = sections_in_language(
        sections, translated, language=language, original_language=original
    )'''
assert old in s
s=s.replace(old,'''    translated, translated_html = (
        translation_published_sections(state=state, language=language)
        if language != original
        else ({}, {})
    )
    sections, languages = sections_in_language(
        sections,
        translated,
        language=language,
        original_language=original,
        translated_html=translated_html,
    )''')
open(p,'w').write(s)

p='country_pages/translation/selectors.py'
s=open(p).read()
s=s.replace('''    SectionKey,
    StateParty,
)
from ..selectors import need_list_visible''','''    SectionKey,
    StateParty,
    section_content_html,
)
from ..selectors import need_list_visible''',1)
s=s.replace('''    sections_in_language,
    translation_draft_sections,''','''    sections_in_language,
    snapshot_html,
    translation_draft_sections,''',1)
open(p,'w').write(s)

p='tests/country_pages/test_page_languages.py'
s=open(p).read()
s=s.rstrip('\n')+'''


def test_a_published_translation_is_read_without_rendering_markdown(
    client, angola, editor
):
    """Issue 16, class 1, for translations: a translated section and need show
    the HTML stored when the translation was published, beside the original's
    HTML for what is not translated; reading renders no Markdown."""
    write_original(angola, editor, background=SPANISH, victims="Las *víctimas*")
    translate(angola, editor, "en", background="The **land**")
    need = NeedFactory(state=angola, title="Cauca", description="La _necesidad_")
    translations.need_translation_save(
        need=need,
        language="en",
        user=editor,
        expected_version=0,
        title="Cauca",
        description="The _need_",
        age_gender_considerations="",
    )
    publish(angola, editor, "en")

    def no_rendering(*args, **kwargs):
        raise AssertionError("Markdown rendered while a page was read")

    with mock.patch("markdown_it.MarkdownIt.render", no_rendering):
        html = assert_shows(
            client.get(url("detail", iso3="AGO")),
            "<strong>land</strong>",
            "Las <em>víctimas</em>",
            "The <em>need</em>",
        )
    assert SPANISH not in html and "La <em>necesidad</em>" not in html
'''
open(p,'w').write(s+"\n")
