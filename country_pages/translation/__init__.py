"""A country page in languages other than its original (issue 11, item 4).

The State writes its page in one language (CountryPage.original_language); the
sections and needs are that version. A translation is its own set of rows —
PageTranslation (what is published in that language), PageSectionTranslation
(one draft per section) and NeedTranslation (a need's texts) — with its own
drafts, each carrying a version for portal.services.versioned_update, its own
publish and its own revisions (PageRevision rows with `language` set).

A reader gets each section and need in their language where it has text, and
otherwise the original, with a note saying so: an empty translation never
blanks a section.
"""
