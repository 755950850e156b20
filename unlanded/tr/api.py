"""Translations of the api helper's strings (issue 15: open data and search)."""

T = {
    "Open data API": (
        "API de données ouvertes",
        "API de datos abiertos",
        "واجهة برمجة البيانات المفتوحة",
    ),
    "The Authorization header is not a personal API token: expected 'Token iap_' followed by 43 letters, digits, '-' or '_'.": (
        "L'en-tête Authorization n'est pas un jeton d'API personnel : « Token iap_ » suivi de 43 lettres, chiffres, « - » ou « _ » est attendu.",
        "La cabecera Authorization no es un token personal de la API: se espera «Token iap_» seguido de 43 letras, cifras, «-» o «_».",
        "ترويسة Authorization ليست رمز API شخصيًا: المتوقع ‎'Token iap_'‎ متبوعًا بـ 43 حرفًا أو رقمًا أو '-' أو '_'.",
    ),
    "This API token is unknown or was revoked.": (
        "Ce jeton d'API est inconnu ou a été révoqué.",
        "Este token de la API es desconocido o fue revocado.",
        "رمز API هذا غير معروف أو أُلغي.",
    ),
    "The request's parameters are not valid.": (
        "Les paramètres de la requête ne sont pas valides.",
        "Los parámetros de la solicitud no son válidos.",
        "معلمات الطلب غير صالحة.",
    ),
    "From year": ("À partir de l'année", "Desde el año", "من سنة"),
    "To year": ("Jusqu'à l'année", "Hasta el año", "إلى سنة"),
    "person": ("personne", "persona", "الشخص"),
    "What the token is for.": (
        "À quoi sert le jeton.",
        "Para qué sirve el token.",
        "الغرض من الرمز.",
    ),
    "starts with": ("commence par", "empieza por", "يبدأ بـ"),
    "created": ("créé", "creado", "أُنشئ"),
    "last used": ("dernière utilisation", "último uso", "آخر استخدام"),
    "personal API token": (
        "jeton d'API personnel",
        "token personal de la API",
        "رمز API شخصي",
    ),
    "personal API tokens": (
        "jetons d'API personnels",
        "tokens personales de la API",
        "رموز API الشخصية",
    ),
    "Must be a whole number.": (
        "Doit être un nombre entier.",
        "Debe ser un número entero.",
        "يجب أن يكون عددًا صحيحًا.",
    ),
    "Must be 1 or more.": (
        "Doit être égal ou supérieur à 1.",
        "Debe ser 1 o más.",
        "يجب أن يكون 1 أو أكثر.",
    ),
    "At most %(max)d rows a page.": (
        "Au plus %(max)d lignes par page.",
        "Como máximo %(max)d filas por página.",
        "%(max)d صفًا في الصفحة على الأكثر.",
    ),
    (
        "Page %(page)d does not exist: the list has %(pages)d page.",
        "Page %(page)d does not exist: the list has %(pages)d pages.",
    ): (
        [
            "La page %(page)d n'existe pas : la liste compte %(pages)d page.",
            "La page %(page)d n'existe pas : la liste compte %(pages)d pages.",
        ],
        [
            "La página %(page)d no existe: la lista tiene %(pages)d página.",
            "La página %(page)d no existe: la lista tiene %(pages)d páginas.",
            "La página %(page)d no existe: la lista tiene %(pages)d páginas.",
        ],
        [
            "الصفحة %(page)d غير موجودة: القائمة لا تضم أي صفحة (%(pages)d).",
            "الصفحة %(page)d غير موجودة: القائمة تضم صفحة واحدة (%(pages)d).",
            "الصفحة %(page)d غير موجودة: القائمة تضم صفحتين (%(pages)d).",
            "الصفحة %(page)d غير موجودة: القائمة تضم %(pages)d صفحات.",
            "الصفحة %(page)d غير موجودة: القائمة تضم %(pages)d صفحة.",
            "الصفحة %(page)d غير موجودة: القائمة تضم %(pages)d صفحة.",
        ],
    ),
    "Unknown parameter: this endpoint does not take it.": (
        "Paramètre inconnu : cette adresse ne l'accepte pas.",
        "Parámetro desconocido: esta dirección no lo admite.",
        "معلمة غير معروفة: هذا العنوان لا يقبلها.",
    ),
    "Unknown format “%(format)s”: the API answers in json.": (
        "Format « %(format)s » inconnu : l'API répond en json.",
        "Formato «%(format)s» desconocido: la API responde en json.",
        "الصيغة “%(format)s” غير معروفة: تجيب الواجهة بصيغة json.",
    ),
    "This State has not published its page yet.": (
        "Cet État n'a pas encore publié sa page.",
        "Este Estado aún no ha publicado su página.",
        "لم تنشر هذه الدولة صفحتها بعد.",
    ),
    "There is no such address in the API: see /api/v1/docs/.": (
        "Cette adresse n'existe pas dans l'API : voir /api/v1/docs/.",
        "Esta dirección no existe en la API: véase /api/v1/docs/.",
        "لا يوجد هذا العنوان في الواجهة: انظر ‎/api/v1/docs/‎.",
    ),
    "Unknown format “%(format)s”: this list downloads as csv or json.": (
        "Format « %(format)s » inconnu : cette liste se télécharge en csv ou en json.",
        "Formato «%(format)s» desconocido: esta lista se descarga en csv o json.",
        "الصيغة “%(format)s” غير معروفة: تُنزَّل هذه القائمة بصيغة csv أو json.",
    ),
    "Search for": ("Rechercher", "Buscar", "البحث عن"),
    "Search with at most %(limit_value)d characters.": (
        "Recherchez avec au plus %(limit_value)d caractères.",
        "Busque con %(limit_value)d caracteres como máximo.",
        "ابحث بما لا يزيد على %(limit_value)d حرفًا.",
    ),
    ("search kind", "Everything", None): ("Tout", "Todo", "الكل"),
    ("search country", "All countries", None): (
        "Tous les pays",
        "Todos los países",
        "كل البلدان",
    ),
    "Type a word to search for.": (
        "Saisissez un mot à rechercher.",
        "Escriba una palabra para buscar.",
        "اكتب كلمة للبحث عنها.",
    ),
    "Reports": ("Rapports", "Informes", "التقارير"),
    "Search the portal": (
        "Rechercher dans le portail",
        "Buscar en el portal",
        "البحث في البوابة",
    ),
    "Search: %(query)s": (
        "Recherche : %(query)s",
        "Búsqueda: %(query)s",
        "بحث: %(query)s",
    ),
    "Countries, needs, meetings, partnerships, partners and meeting reports: only what you may open is found.": (
        "Pays, besoins, réunions, partenariats, partenaires et rapports de réunion : seul ce que vous pouvez ouvrir est trouvé.",
        "Países, necesidades, reuniones, asociaciones, asociados e informes de reuniones: solo se encuentra lo que usted puede abrir.",
        "البلدان والاحتياجات والاجتماعات والشراكات والشركاء وتقارير الاجتماعات: لا يظهر إلا ما يحق لك فتحه.",
    ),
    ("%(counter)s result.", "%(counter)s results."): (
        ["%(counter)s résultat.", "%(counter)s résultats."],
        [
            "%(counter)s resultado.",
            "%(counter)s resultados.",
            "%(counter)s resultados.",
        ],
        [
            "لا نتائج (%(counter)s).",
            "نتيجة واحدة (%(counter)s).",
            "نتيجتان (%(counter)s).",
            "%(counter)s نتائج.",
            "%(counter)s نتيجة.",
            "%(counter)s نتيجة.",
        ],
    ),
    "Search everything": ("Rechercher partout", "Buscar en todo", "البحث في كل شيء"),
    ("The %(counter)s result in %(kind)s", "All %(counter)s results in %(kind)s"): (
        [
            "Le %(counter)s résultat dans : %(kind)s",
            "Les %(counter)s résultats dans : %(kind)s",
        ],
        [
            "El %(counter)s resultado en: %(kind)s",
            "Los %(counter)s resultados en: %(kind)s",
            "Los %(counter)s resultados en: %(kind)s",
        ],
        [
            "النتائج (%(counter)s) في: %(kind)s",
            "النتيجة الوحيدة (%(counter)s) في: %(kind)s",
            "النتيجتان (%(counter)s) في: %(kind)s",
            "النتائج الـ%(counter)s في: %(kind)s",
            "النتائج الـ%(counter)s في: %(kind)s",
            "النتائج الـ%(counter)s في: %(kind)s",
        ],
    ),
    "Nothing found. Try fewer or other words, or search everything in every country.": (
        "Rien n'a été trouvé. Essayez moins de mots ou d'autres mots, ou cherchez partout dans tous les pays.",
        "No se encontró nada. Pruebe con menos palabras u otras, o busque en todo y en todos los países.",
        "لم يُعثر على شيء. جرّب كلمات أقل أو أخرى، أو ابحث في كل شيء وفي كل البلدان.",
    ),
}
