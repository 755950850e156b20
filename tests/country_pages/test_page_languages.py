"""A country page in several languages (issue 11, item 4).

The State writes its page in one language; each section and need can carry a
version in the others, with its own draft, publish and revisions. A reader
gets their language where it has text, else the original with a note; nothing
published in the original changes when translations are added.
"""

from unittest import mock

import pytest
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from country_pages import services
from country_pages.models import (
    CountryPage,
    NeedTranslation,
    PageRevision,
    PageSectionTranslation,
)
from country_pages.translation import services as translations
from portal.services import EditConflict, ServiceError
from portal.templatetags import portal_tags
from tests.conftest import ROLES
from tests.factories import IsuFactory, NeedFactory
from tests.roles import assert_refused, assert_shows

SPANISH = "Colombia despeja su territorio con apoyo de la comunidad."
ENGLISH = "Colombia clears its land with the support of the community."
NOTE_FR = "Non disponible en français ; affiché en espagnol."
NOTE_EN = "Not available in English; shown in Spanish."


@pytest.fixture
def editor(db):
    return IsuFactory(email="isu.editor@example.org")


def url(name, reader="en", **kwargs):
    """The address of a page, as a reader of `reader`'s language has it."""
    with translation.override(reader):
        return reverse(f"country_pages:{name}", kwargs=kwargs)


def publish(state, user, language):
    """Publish a translation, and run what waits for the commit (cache drops)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return translations.page_translation_publish(
            state=state, language=language, user=user
        )


def write_original(state, user, language="es", **content):
    translations.page_original_language_set(state=state, user=user, language=language)
    services.page_section_save(
        state=state,
        key="national_context",
        user=user,
        is_visible=True,
        content=content or {"background": SPANISH},
        expected_version=0,
    )
    services.country_page_publish(state=state, user=user)


def translate(state, user, language, version=0, key="national_context", **content):
    return translations.page_section_translation_save(
        state=state,
        key=key,
        language=language,
        user=user,
        content=content,
        expected_version=version,
    )


@pytest.fixture
def spanish_angola(angola, editor):
    """Angola's page written in Spanish, an English translation of its
    national context published, and a published need."""
    write_original(angola, editor)
    translate(angola, editor, "en", background=ENGLISH)
    publish(angola, editor, "en")
    return angola


def test_a_reader_gets_the_translation_in_their_language(client, spanish_angola):
    html = assert_shows(client.get(url("detail", iso3="AGO")), ENGLISH)
    assert SPANISH not in html
    assert 'lang="en"' in html and NOTE_EN not in html


def test_a_reader_whose_language_has_no_version_reads_the_original_with_a_note(
    client, spanish_angola
):
    html = assert_shows(client.get(url("detail", "fr", iso3="AGO")), SPANISH, NOTE_FR)
    assert ENGLISH not in html
    assert '<div class="section-body" lang="es">' in html


def test_the_original_languages_reader_reads_it_without_a_note(client, spanish_angola):
    html = assert_shows(client.get(url("detail", "es", iso3="AGO")), SPANISH)
    assert "language-note" not in html


def test_the_cached_section_follows_the_readers_language_and_the_texts(
    client, spanish_angola, editor
):
    """Shared sections are rendered once per content version and kept
    ({% contentcache %}); a reader never gets a fragment made for another
    language, in whatever order the readers come, and the fragment's key
    names the reader's language and the language of the section's text."""
    translate(spanish_angola, editor, "fr", background="La Colombie déminée.")
    publish(spanish_angola, editor, "fr")
    keys = []
    real = portal_tags.content_cached

    def spy(name, *parts, **kwargs):
        if name == "fragment:country_pages:section" and "national_context" in parts:
            keys.append((translation.get_language(), parts[-1]))
        return real(name, *parts, **kwargs)

    readers = {
        "en": (ENGLISH, (SPANISH, "La Colombie déminée.")),
        "fr": ("La Colombie déminée.", (SPANISH, ENGLISH)),
        "es": (SPANISH, (ENGLISH, "La Colombie déminée.")),
        "ar": (SPANISH, (ENGLISH, "La Colombie déminée.")),
    }
    with mock.patch.object(portal_tags, "content_cached", spy):
        for reader in ("en", "fr", "es", "ar", "ar", "es", "fr", "en"):
            shown, hidden = readers[reader]
            # A signed-in reader: the page is built each time, only the
            # section's fragment comes from the cache.
            client.force_login(editor)
            html = assert_shows(client.get(url("detail", reader, iso3="AGO")), shown)
            assert not [text for text in hidden if text in html], reader
    assert ("fr", "fr") in keys and ("en", "en") in keys and ("ar", "es") in keys
    assert ("fr", "es") not in keys
    # The Arabic reader's fragment carries the Arabic note, not another's.
    client.force_login(editor)
    html = client.get(url("detail", "ar", iso3="AGO")).content.decode()
    assert NOTE_EN not in html and NOTE_FR not in html
    assert '<div class="section-body" lang="es">' in html


def test_a_translation_is_a_draft_until_its_version_is_published(
    client, spanish_angola, editor
):
    translate(spanish_angola, editor, "fr", background="Brouillon en français.")
    html = assert_shows(client.get(url("detail", "fr", iso3="AGO")), SPANISH)
    assert "Brouillon en français." not in html
    publish(spanish_angola, editor, "fr")
    assert_shows(client.get(url("detail", "fr", iso3="AGO")), "Brouillon en français.")


def test_a_translation_left_empty_shows_the_original_never_a_blank_section(
    client, spanish_angola, editor
):
    translate(spanish_angola, editor, "en", version=1, background="   ")
    PageSectionTranslation.objects.filter(language="en").update(
        content={"background": ""}
    )
    # Publishing an empty translation is refused outright...
    with pytest.raises(ServiceError):
        publish(spanish_angola, editor, "en")
    # ...and a published one with a blank field reads the original.
    revision = PageRevision.objects.get(language="en")
    revision.snapshot["sections"]["national_context"]["content"] = {"background": ""}
    revision.save()
    assert_shows(client.get(url("detail", iso3="AGO")), SPANISH, NOTE_EN)


def test_a_partly_translated_section_says_the_rest_is_in_the_original(
    client, angola, editor
):
    write_original(angola, editor, background=SPANISH, migration="Migración interna.")
    translate(angola, editor, "fr", background="Le contexte en français.")
    publish(angola, editor, "fr")
    assert_shows(
        client.get(url("detail", "fr", iso3="AGO")),
        "Le contexte en français.",
        "Migración interna.",
        "Partiellement disponible en français ; le reste est affiché en espagnol.",
    )


def test_adding_translations_changes_nothing_published_in_english(
    client, angola, editor
):
    services.page_section_save(
        state=angola,
        key="national_context",
        user=editor,
        is_visible=True,
        content={"background": "The English original."},
        expected_version=0,
    )
    services.country_page_publish(state=angola, user=editor)
    before = client.get(url("detail", iso3="AGO")).content
    translate(angola, editor, "fr", background="L'original traduit.")
    publish(angola, editor, "fr")
    services.country_page_cache_drop(state=angola)
    assert client.get(url("detail", iso3="AGO")).content == before
    assert CountryPage.objects.get(state=angola).original_language == "en"
    assert_shows(client.get(url("detail", "fr", iso3="AGO")), "L'original traduit.")


def test_two_translators_saving_at_once_never_overwrite_each_other(
    spanish_angola, editor
):
    translate(spanish_angola, editor, "fr", background="Première version.")
    with pytest.raises(EditConflict) as conflict:
        translate(spanish_angola, editor, "fr", background="Version concurrente.")
    assert conflict.value.current.content == {"background": "Première version."}
    # The original's draft has a version of its own: no false conflict.
    services.page_section_save(
        state=spanish_angola,
        key="national_context",
        user=editor,
        is_visible=True,
        content={"background": SPANISH + " Actualizado."},
        expected_version=1,
    )


def test_a_translations_revisions_are_numbered_with_the_pages_and_restored_to_it(
    spanish_angola, editor
):
    revision = PageRevision.objects.get(state=spanish_angola, language="en")
    assert revision.number == 2
    translate(spanish_angola, editor, "en", version=1, background="Changed.")
    services.page_revision_restore(revision=revision, user=editor)
    draft = PageSectionTranslation.objects.get(language="en")
    assert draft.content == {"background": ENGLISH}
    # The original's draft is untouched by restoring a translation.
    original = spanish_angola.page_sections.get(key="national_context")
    assert original.content == {"background": SPANISH}


def test_publishing_an_unchanged_translation_is_refused(spanish_angola, editor):
    with pytest.raises(ServiceError, match="Nothing has changed"):
        publish(spanish_angola, editor, "en")


def test_the_original_cannot_become_a_language_it_is_translated_into(
    spanish_angola, editor
):
    with pytest.raises(ServiceError):
        translations.page_original_language_set(
            state=spanish_angola, user=editor, language="en"
        )
    assert CountryPage.objects.get(state=spanish_angola).original_language == "es"


def test_a_need_reads_in_the_readers_language_once_its_version_is_published(
    client, spanish_angola, editor
):
    need = NeedFactory(
        state=spanish_angola, title="Despeje de Cauca", description="Descripción."
    )
    translations.need_translation_save(
        need=need,
        language="fr",
        user=editor,
        expected_version=0,
        title="Déminage du Cauca",
        description="",
        age_gender_considerations="",
    )
    html = assert_shows(client.get(url("detail", "fr", iso3="AGO")), "Despeje de Cauca")
    assert "Déminage du Cauca" not in html
    publish(spanish_angola, editor, "fr")
    assert NeedTranslation.objects.get(need=need).is_published
    html = assert_shows(
        client.get(url("detail", "fr", iso3="AGO")),
        "Déminage du Cauca",
        # The description was left empty: the original's, with the note.
        "Descripción.",
        "Partiellement disponible en français",
    )
    # After that, a change shows at once, like the need's own changes.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translations.need_translation_save(
            need=need,
            language="fr",
            user=editor,
            expected_version=1,
            title="Déminage du Cauca (révisé)",
            description="La **description**.",
            age_gender_considerations="",
        )
    # The translation's Markdown is shown as the HTML rendered when it was
    # saved, never the original's HTML beside the translated title.
    html = assert_shows(
        client.get(url("detail", "fr", iso3="AGO")),
        "(révisé)",
        '<p dir="auto">La <strong>description</strong>.</p>',
    )
    assert "Descripción." not in html


# --- The editing pages, by role ---------------------------------------------------

EDITORS = {"focal_point", "isu"}
READERS_OF_DRAFTS = EDITORS | {"committee", "chair"}
PAGES = [
    ("translation_edit", {"language": "fr"}, EDITORS, "The country page of Angola"),
    (
        "section_translation_edit",
        {"language": "fr", "key": "national_context"},
        EDITORS,
        SPANISH,
    ),
    ("translation_preview", {"language": "fr"}, READERS_OF_DRAFTS, SPANISH),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,kwargs,allowed,shown", PAGES, ids=[p[0] for p in PAGES])
def test_each_translation_page_opens_to_its_roles_only(
    role, name, kwargs, allowed, shown, make_user, client_for, spanish_angola
):
    user = make_user(role)
    response = client_for(user).get(url(name, iso3="AGO", **kwargs))
    if role in allowed:
        assert_shows(response, shown)
    else:
        assert_refused(response, user)


@pytest.mark.parametrize("role", ROLES)
def test_only_angolas_editors_translate_and_publish(
    role, make_user, client_for, spanish_angola
):
    user = make_user(role)
    client = client_for(user)
    response = client.post(
        url("section_translation_edit", iso3="AGO", language="fr", key="contacts"),
        {"version": 0, "national_authority": "Autorité nationale."},
    )
    if role in EDITORS:
        assert response.status_code == 302
        publish = client.post(
            url("translation_publish", iso3="AGO", language="fr"),
            {"draft_version": 1},
        )
        assert publish.status_code == 302
        assert PageRevision.objects.filter(language="fr").count() == 1
    else:
        assert_refused(response, user)
        assert not PageSectionTranslation.objects.filter(language="fr").exists()


def test_a_focal_point_sets_the_original_language_and_a_bad_one_changes_nothing(
    make_user, client_for, angola
):
    client = client_for(make_user("focal_point"))
    client.post(url("original_language", iso3="AGO"), {"language": "fr"})
    assert CountryPage.objects.get(state=angola).original_language == "fr"
    response = client.post(
        url("original_language", iso3="AGO"), {"language": "xx"}, follow=True
    )
    assert_shows(response, "Choose one of the languages offered.")
    assert CountryPage.objects.get(state=angola).original_language == "fr"


@pytest.mark.parametrize(
    "address",
    [
        "/countries/AGO/edit/translations/xx/",
        "/countries/AGO/edit/translations/es/",  # the original's own language
        "/countries/AGO/edit/translations/fr/sections/nope/",
        "/countries/AGO/edit/translations/fr/sections/status/",  # no text to translate
        "/countries/AGO/edit/translations/fr/needs/999999/",
        "/xx/countries/AGO/",
        "/fr-xx/countries/AGO/",
    ],
)
def test_bad_addresses_are_not_found(address, make_user, client_for, spanish_angola):
    response = client_for(make_user("isu")).get(address)
    assert response.status_code == 404


def test_the_editor_sees_the_original_beside_the_translation_and_a_conflict(
    make_user, client_for, spanish_angola, editor
):
    client = client_for(make_user("focal_point"))
    address = url(
        "section_translation_edit", iso3="AGO", language="fr", key="national_context"
    )
    client.post(address, {"version": 0, "background": "Premier."})
    response = client.post(address, {"version": 0, "background": "Second."})
    html = assert_shows(response, "Someone else saved this", "Premier.", "Second.")
    assert 'lang="es"' in html
    assert PageSectionTranslation.objects.get(language="fr").content == {
        "background": "Premier."
    }


def test_history_names_each_revisions_language_and_compares_within_it(
    make_user, client_for, spanish_angola
):
    client = client_for(make_user("focal_point"))
    html = assert_shows(client.get(url("history", iso3="AGO")), "English")
    assert "from=2&amp;to=" not in html
    assert_shows(client.get(url("revision", iso3="AGO", number=2)), ENGLISH)
    assert_shows(
        client.get(url("compare", iso3="AGO") + "?from=2&to=draft"), "Changes from"
    )


@pytest.mark.parametrize("count", [1, 15])
def test_a_translated_pages_queries_do_not_grow_with_its_needs(
    count, client, spanish_angola, editor, django_assert_max_num_queries
):
    for i in range(count):
        need = NeedFactory(state=spanish_angola, title=f"Necesidad {i}")
        translations.need_translation_save(
            need=need,
            language="fr",
            user=editor,
            expected_version=0,
            title=f"Besoin {i}",
            description="",
            age_gender_considerations="",
        )
    publish(spanish_angola, editor, "fr")
    with django_assert_max_num_queries(16):
        response = client.get(url("detail", "fr", iso3="AGO"))
    assert_shows(response, f"Besoin {count - 1}")


# --- The demo ---------------------------------------------------------------------


def test_the_demo_has_pages_in_several_languages_and_a_french_speaking_focal_point(
    client, db
):
    import io

    from django.core.management import call_command

    from portal.models import User

    call_command("demo", stdout=io.StringIO())
    call_command("demo", stdout=io.StringIO())  # twice changes nothing
    assert (
        PageSectionTranslation.objects.filter(state__iso3="SDN", language="ar").count()
        >= 2
    )
    sudan_ar = assert_shows(client.get(url("detail", "ar", iso3="SDN")), "الخرطوم")
    assert 'lang="ar"' in sudan_ar
    assert_shows(client.get(url("detail", "fr", iso3="SRB")), "La Serbie a lancé")
    colombia = CountryPage.objects.get(state__iso3="COL")
    assert colombia.original_language == "es"
    assert_shows(client.get(url("detail", "es", iso3="COL")), "Colombia trabaja")
    assert_shows(
        client.get(url("detail", iso3="COL")),
        "Colombia is working",
        "Humanitarian demining in Antioquia and Cauca",
    )
    assert_shows(
        client.get(url("detail", "fr", iso3="COL")),
        "Colombia trabaja",
        "Non disponible en français ; affiché en espagnol.",
    )
    francophone = User.objects.get(email="focal.francophone@demo.example")
    assert francophone.preferred_language == "fr"
    assert francophone.focal_point_assignments.get().state.iso3 == "SRB"
    assert PageRevision.objects.filter(language="fr", state__iso3="SRB").count() == 1
