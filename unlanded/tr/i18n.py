"""Translations of the strings the `i18n` helper added (issue 11, items 4-7).

Format: tools/fill_translations.py. Source of truth for these messages.
"""

CTX = "language name inside a sentence"

T = {
    # --- Country pages in several languages ---------------------------------
    "Original language of the page": (
        "Langue originale de la page",
        "Idioma original de la página",
        "اللغة الأصلية للصفحة",
    ),
    "The language your sections and needs are written in. Readers in another language see your translation where there is one, otherwise this version with a note.": (
        "La langue dans laquelle vos sections et vos besoins sont rédigés. Les lecteurs d'une autre langue voient votre traduction lorsqu'elle existe, sinon cette version accompagnée d'une note.",
        "El idioma en que están redactadas sus secciones y necesidades. Quienes leen en otro idioma ven su traducción cuando existe y, si no, esta versión con una nota.",
        "اللغة التي كُتبت بها أقسامكم واحتياجاتكم. يرى القراء بلغة أخرى ترجمتكم حيثما وُجدت، وإلا فهذه النسخة مع ملاحظة.",
    ),
    "Leave a field empty to show the original's text.": (
        "Laissez un champ vide pour afficher le texte original.",
        "Deje un campo vacío para mostrar el texto original.",
        "اترك الحقل فارغاً لعرض النص الأصلي.",
    ),
    "original language": ("langue originale", "idioma original", "اللغة الأصلية"),
    "The language your page is written in. Readers in other languages see your translations where you have written them, otherwise this version with a note.": (
        "La langue dans laquelle votre page est rédigée. Les lecteurs d'autres langues voient vos traductions lorsque vous les avez rédigées, sinon cette version accompagnée d'une note.",
        "El idioma en que está redactada su página. Quienes leen en otros idiomas ven sus traducciones cuando las ha redactado y, si no, esta versión con una nota.",
        "اللغة التي كُتبت بها صفحتكم. يرى القراء بلغات أخرى ترجماتكم حيثما كتبتموها، وإلا فهذه النسخة مع ملاحظة.",
    ),
    "language": ("langue", "idioma", "اللغة"),
    "%(language)s is not a language this page can be translated into.": (
        "Cette page ne peut pas être traduite en %(language)s.",
        "Esta página no puede traducirse a %(language)s.",
        "لا يمكن ترجمة هذه الصفحة إلى %(language)s.",
    ),
    "The page already has a version in %(language)s; the original cannot be in the same language as a translation.": (
        "La page a déjà une version en %(language)s ; l'original ne peut pas être dans la même langue qu'une traduction.",
        "La página ya tiene una versión en %(language)s; el original no puede estar en el mismo idioma que una traducción.",
        "للصفحة نسخة بالفعل بلغة %(language)s؛ ولا يمكن أن يكون الأصل بلغة إحدى الترجمات.",
    ),
    "Nothing is translated yet: translate a section or a need first.": (
        "Rien n'est encore traduit : traduisez d'abord une section ou un besoin.",
        "Todavía no hay nada traducido: traduzca primero una sección o una necesidad.",
        "لم يُترجم شيء بعد: ترجم قسماً أو احتياجاً أولاً.",
    ),
    "Nothing has changed since this version was last published.": (
        "Rien n'a changé depuis la dernière publication de cette version.",
        "Nada ha cambiado desde la última publicación de esta versión.",
        "لم يتغير شيء منذ آخر نشر لهذه النسخة.",
    ),
    (CTX, "English", None): ("anglais", "inglés", "الإنجليزية"),
    (CTX, "French", None): ("français", "francés", "الفرنسية"),
    (CTX, "Spanish", None): ("espagnol", "español", "الإسبانية"),
    (CTX, "Arabic", None): ("arabe", "árabe", "العربية"),
    "Partly available in %(wanted)s; the rest is shown in %(shown)s.": (
        "Partiellement disponible en %(wanted)s ; le reste est affiché en %(shown)s.",
        "Disponible en parte en %(wanted)s; el resto se muestra en %(shown)s.",
        "متاح جزئياً باللغة %(wanted)s؛ ويُعرض الباقي باللغة %(shown)s.",
    ),
    "Not available in %(wanted)s; shown in %(shown)s.": (
        "Non disponible en %(wanted)s ; affiché en %(shown)s.",
        "No disponible en %(wanted)s; se muestra en %(shown)s.",
        "غير متاح باللغة %(wanted)s؛ معروض باللغة %(shown)s.",
    ),
    "The page is written in %(language)s.": (
        "La page est rédigée en %(language)s.",
        "La página está redactada en %(language)s.",
        "الصفحة مكتوبة باللغة %(language)s.",
    ),
    "“%(section)s” in %(language)s saved as a draft. Publish this version to make it public.": (
        "« %(section)s » en %(language)s enregistré comme brouillon. Publiez cette version pour la rendre publique.",
        "«%(section)s» en %(language)s guardado como borrador. Publique esta versión para hacerla pública.",
        "حُفظ «%(section)s» باللغة %(language)s كمسودة. انشر هذه النسخة لتصبح علنية.",
    ),
    "Need “%(title)s” in %(language)s saved.": (
        "Besoin « %(title)s » en %(language)s enregistré.",
        "Necesidad «%(title)s» en %(language)s guardada.",
        "حُفظ الاحتياج «%(title)s» باللغة %(language)s.",
    ),
    "Published: revision %(number)s of %(state)s's page, in %(language)s.": (
        "Publié : révision %(number)s de la page de %(state)s, en %(language)s.",
        "Publicado: revisión %(number)s de la página de %(state)s, en %(language)s.",
        "نُشرت المراجعة %(number)s من صفحة %(state)s باللغة %(language)s.",
    ),
    "Original (%(language)s)": (
        "Original (%(language)s)",
        "Original (%(language)s)",
        "الأصل (%(language)s)",
    ),
    "Empty in the original": (
        "Vide dans l'original",
        "Vacío en el original",
        "فارغ في الأصل",
    ),
    "Languages": ("Langues", "Idiomas", "اللغات"),
    "Save the language": (
        "Enregistrer la langue",
        "Guardar el idioma",
        "حفظ اللغة",
    ),
    "translate the page": ("traduire la page", "traducir la página", "ترجمة الصفحة"),
    "Unpublished changes": (
        "Modifications non publiées",
        "Cambios no publicados",
        "تغييرات غير منشورة",
    ),
    "The version in %(language)s: translated sections and needs replace the original's; the others show the original with a note.": (
        "La version en %(language)s : les sections et besoins traduits remplacent ceux de l'original ; les autres affichent l'original avec une note.",
        "La versión en %(language)s: las secciones y necesidades traducidas sustituyen a las del original; las demás muestran el original con una nota.",
        "النسخة باللغة %(language)s: تحل الأقسام والاحتياجات المترجمة محل الأصل؛ وتُعرض البقية بالأصل مع ملاحظة.",
    ),
    "%(title)s (%(language)s)": (
        "%(title)s (%(language)s)",
        "%(title)s (%(language)s)",
        "%(title)s (%(language)s)",
    ),
    "A need, in %(language)s": (
        "Un besoin, en %(language)s",
        "Una necesidad, en %(language)s",
        "احتياج، باللغة %(language)s",
    ),
    "This translation is published: what you save here shows at once on the page and in the needs browser.": (
        "Cette traduction est publiée : ce que vous enregistrez ici s'affiche immédiatement sur la page et dans le répertoire des besoins.",
        "Esta traducción está publicada: lo que guarde aquí aparece de inmediato en la página y en el buscador de necesidades.",
        "هذه الترجمة منشورة: ما تحفظه هنا يظهر فوراً في الصفحة وفي متصفح الاحتياجات.",
    ),
    "A new translation is a draft until you publish this language's version of the page.": (
        "Une nouvelle traduction reste un brouillon jusqu'à ce que vous publiiez la version de la page dans cette langue.",
        "Una nueva traducción es un borrador hasta que publique la versión de la página en este idioma.",
        "الترجمة الجديدة مسودة إلى أن تنشر نسخة الصفحة بهذه اللغة.",
    ),
    "Save the translation": (
        "Enregistrer la traduction",
        "Guardar la traducción",
        "حفظ الترجمة",
    ),
    "%(title)s (%(language)s): %(name)s": (
        "%(title)s (%(language)s) : %(name)s",
        "%(title)s (%(language)s): %(name)s",
        "%(title)s (%(language)s): %(name)s",
    ),
    "%(title)s, in %(language)s": (
        "%(title)s, en %(language)s",
        "%(title)s, en %(language)s",
        "%(title)s، باللغة %(language)s",
    ),
    "Write each text in this language beside the original. A field left empty shows the original's text, with a note to the reader.": (
        "Rédigez chaque texte dans cette langue à côté de l'original. Un champ laissé vide affiche le texte original, avec une note au lecteur.",
        "Redacte cada texto en este idioma junto al original. Un campo vacío muestra el texto original, con una nota para quien lee.",
        "اكتب كل نص بهذه اللغة بجانب الأصل. الحقل المتروك فارغاً يعرض النص الأصلي مع ملاحظة للقارئ.",
    ),
    "%(language)s version: %(name)s": (
        "Version %(language)s : %(name)s",
        "Versión %(language)s: %(name)s",
        "النسخة %(language)s: %(name)s",
    ),
    "The country page of %(name)s in %(language)s": (
        "La page pays de %(name)s en %(language)s",
        "La página de país de %(name)s en %(language)s",
        "الصفحة القُطرية لـ%(name)s باللغة %(language)s",
    ),
    "The page is written in %(original)s. Translate what you wish: a reader in this language gets each section and need in it where it has text, and otherwise the original with a note. This version has its own drafts, publish and history.": (
        "La page est rédigée en %(original)s. Traduisez ce que vous souhaitez : un lecteur de cette langue lit chaque section et chaque besoin dans celle-ci lorsqu'un texte existe, sinon l'original avec une note. Cette version a ses propres brouillons, sa publication et son historique.",
        "La página está redactada en %(original)s. Traduzca lo que desee: quien lee en este idioma ve cada sección y necesidad en él cuando tiene texto y, si no, el original con una nota. Esta versión tiene sus propios borradores, publicación e historial.",
        "الصفحة مكتوبة باللغة %(original)s. ترجم ما تشاء: يقرأ القارئ بهذه اللغة كل قسم واحتياج بها حيثما وُجد نص، وإلا فالأصل مع ملاحظة. لهذه النسخة مسوداتها ونشرها وسجلها الخاص.",
    ),
    "This version has never been published.": (
        "Cette version n'a jamais été publiée.",
        "Esta versión nunca se ha publicado.",
        "لم تُنشر هذه النسخة قط.",
    ),
    "Publish the version in %(language)s": (
        "Publier la version en %(language)s",
        "Publicar la versión en %(language)s",
        "نشر النسخة باللغة %(language)s",
    ),
    "Translation": ("Traduction", "Traducción", "الترجمة"),
    "Translated": ("Traduit", "Traducido", "مترجم"),
    "Not translated: readers see the original": (
        "Non traduit : les lecteurs voient l'original",
        "Sin traducir: se muestra el original",
        "غير مترجم: يرى القراء الأصل",
    ),
    'Translate<span class="visually-hidden"> %(title)s</span>': (
        'Traduire<span class="visually-hidden"> %(title)s</span>',
        'Traducir<span class="visually-hidden"> %(title)s</span>',
        'ترجمة<span class="visually-hidden"> %(title)s</span>',
    ),
}
