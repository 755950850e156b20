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
    # 2026-12-02 afternoon (landing, issue 15 items 3 and 5)
    "Download the funding table (by donor, year and currency):": (
        "Télécharger le tableau des financements (par donateur, année et monnaie) :",
        "Descargar el cuadro de financiación (por donante, año y moneda):",
        "تنزيل جدول التمويل (حسب المانح والسنة والعملة):",
    ),
    "Totals of this list, per currency (never converted)": (
        "Totaux de cette liste, par monnaie (jamais convertis)",
        "Totales de esta lista, por moneda (nunca convertidos)",
        "مجاميع هذه القائمة حسب العملة (دون أي تحويل)",
    ),
    (
        "%(counter)s need has no estimated cost yet: its funding secured is counted, not its cost or gap.",
        "%(counter)s needs have no estimated cost yet: their funding secured is counted, not their cost or gap.",
    ): (
        [
            "%(counter)s besoin n'a pas encore de coût estimé : son financement obtenu est compté, pas son coût ni son déficit.",
            "%(counter)s besoins n'ont pas encore de coût estimé : leur financement obtenu est compté, pas leur coût ni leur déficit.",
        ],
        [
            "%(counter)s necesidad aún no tiene costo estimado: se cuenta su financiación obtenida, no su costo ni su déficit.",
            "%(counter)s necesidades aún no tienen costo estimado: se cuenta su financiación obtenida, no su costo ni su déficit.",
            "%(counter)s necesidades aún no tienen costo estimado: se cuenta su financiación obtenida, no su costo ni su déficit.",
        ],
        [
            "لا توجد احتياجات بلا تكلفة مقدّرة (%(counter)s).",
            "احتياج واحد (%(counter)s) ليست له تكلفة مقدّرة بعد: يُحتسب التمويل المضمون له، لا تكلفته ولا فجوته.",
            "احتياجان (%(counter)s) ليست لهما تكلفة مقدّرة بعد: يُحتسب التمويل المضمون لهما، لا تكلفتهما ولا فجوتهما.",
            "%(counter)s احتياجات ليست لها تكلفة مقدّرة بعد: يُحتسب التمويل المضمون لها، لا تكلفتها ولا فجوتها.",
            "%(counter)s احتياجًا ليست لها تكلفة مقدّرة بعد: يُحتسب التمويل المضمون لها، لا تكلفتها ولا فجوتها.",
            "%(counter)s احتياج ليست لها تكلفة مقدّرة بعد: يُحتسب التمويل المضمون لها، لا تكلفتها ولا فجوتها.",
        ],
    ),
    "Fully funded": ("Entièrement financé", "Totalmente financiada", "مموّل بالكامل"),
    "This need is fully funded: there is no interest to register in it.": (
        "Ce besoin est entièrement financé : il n'y a pas d'intérêt à y manifester.",
        "Esta necesidad está totalmente financiada: no hay interés que registrar en ella.",
        "هذا الاحتياج مموّل بالكامل: لا مجال لتسجيل الاهتمام به.",
    ),
    (
        "%(counter)s donor has registered interest in this need.",
        "%(counter)s donors have registered interest in this need.",
    ): (
        [
            "%(counter)s donateur a manifesté son intérêt pour ce besoin.",
            "%(counter)s donateurs ont manifesté leur intérêt pour ce besoin.",
        ],
        [
            "%(counter)s donante ha registrado su interés en esta necesidad.",
            "%(counter)s donantes han registrado su interés en esta necesidad.",
            "%(counter)s donantes han registrado su interés en esta necesidad.",
        ],
        [
            "لم يسجّل أي مانح (%(counter)s) اهتمامه بهذا الاحتياج.",
            "سجّل مانح واحد (%(counter)s) اهتمامه بهذا الاحتياج.",
            "سجّل مانحان (%(counter)s) اهتمامهما بهذا الاحتياج.",
            "سجّل %(counter)s مانحين اهتمامهم بهذا الاحتياج.",
            "سجّل %(counter)s مانحًا اهتمامهم بهذا الاحتياج.",
            "سجّل %(counter)s مانح اهتمامهم بهذا الاحتياج.",
        ],
    ),
    "No partnership has taken up this need yet.": (
        "Aucun partenariat ne s'est encore saisi de ce besoin.",
        "Ninguna asociación ha asumido todavía esta necesidad.",
        "لم تتبنَّ أي شراكة هذا الاحتياج بعد.",
    ),
    "Added to the country page (draft).": (
        "Ajouté à la page du pays (brouillon).",
        "Añadida a la página del país (borrador).",
        "أُضيف إلى صفحة البلد (مسودة).",
    ),
    "Published.": ("Publié.", "Publicada.", "نُشر."),
    "Changed:": ("Modifié :", "Modificada:", "عُدّل:"),
    "%(what)s rewritten": ("%(what)s réécrit", "%(what)s reescrito", "أُعيدت كتابة %(what)s"),
    "No change since it was published.": (
        "Aucune modification depuis sa publication.",
        "Ningún cambio desde su publicación.",
        "لا تغيير منذ نشره.",
    ),
    "%(secured)s %(currency)s secured: %(recorded)s %(currency)s from commitments recorded in partnerships, %(typed)s %(currency)s as typed in by the State.": (
        "%(secured)s %(currency)s obtenus : %(recorded)s %(currency)s provenant d'engagements enregistrés dans des partenariats, %(typed)s %(currency)s tels que saisis par l'État.",
        "%(secured)s %(currency)s obtenidos: %(recorded)s %(currency)s de compromisos registrados en asociaciones, %(typed)s %(currency)s según lo introducido por el Estado.",
        "المضمون %(secured)s %(currency)s: منها %(recorded)s %(currency)s من التزامات مسجّلة في الشراكات، و%(typed)s %(currency)s كما أدخلتها الدولة.",
    ),
    "The commitments recorded for this need add up to %(recorded)s %(currency)s, more than the %(secured)s %(currency)s of funding secured the State entered.": (
        "Les engagements enregistrés pour ce besoin s'élèvent à %(recorded)s %(currency)s, plus que les %(secured)s %(currency)s de financement obtenu saisis par l'État.",
        "Los compromisos registrados para esta necesidad suman %(recorded)s %(currency)s, más que los %(secured)s %(currency)s de financiación obtenida que introdujo el Estado.",
        "تبلغ الالتزامات المسجّلة لهذا الاحتياج %(recorded)s %(currency)s، أي أكثر من التمويل المضمون الذي أدخلته الدولة وقدره %(secured)s %(currency)s.",
    ),
    "Commitments recorded for this need": (
        "Engagements enregistrés pour ce besoin",
        "Compromisos registrados para esta necesidad",
        "الالتزامات المسجّلة لهذا الاحتياج",
    ),
    "Total": ("Total", "Total", "المجموع"),
    "(another currency: not counted)": (
        "(autre monnaie : non compté)",
        "(otra moneda: no se cuenta)",
        "(عملة أخرى: لا تُحتسب)",
    ),
    "Also committed in kind or as expertise:": (
        "Également engagé en nature ou en expertise :",
        "También comprometido en especie o como pericia:",
        "التزامات أخرى عينية أو في شكل خبرة:",
    ),
    "Funds:": ("Finance :", "Financia:", "يموّل:"),
    "Funding, interest and history of “%(title)s”": (
        "Financement, intérêt et historique de « %(title)s »",
        "Financiación, interés e historial de «%(title)s»",
        "تمويل «%(title)s» والاهتمام به وسجلّه",
    ),
    "End year": ("Année de fin", "Año de finalización", "سنة الانتهاء"),
    "Need it funds": ("Besoin qu'il finance", "Necesidad que financia", "الاحتياج الذي يموّله"),
    "need it funds": ("besoin qu'il finance", "necesidad que financia", "الاحتياج الذي يموّله"),
    "A need of the State: a financial commitment in the need's currency then counts in its funding secured, as recorded.": (
        "Un besoin de l'État : un engagement financier dans la monnaie du besoin compte alors dans son financement obtenu, comme enregistré.",
        "Una necesidad del Estado: un compromiso financiero en la moneda de la necesidad cuenta entonces en su financiación obtenida, como registrado.",
        "احتياج من احتياجات الدولة: يُحتسب عندئذ الالتزام المالي بعملة الاحتياج ضمن التمويل المضمون له بوصفه مسجّلًا.",
    ),
    "A commitment can only fund a need of the partnership's State.": (
        "Un engagement ne peut financer qu'un besoin de l'État du partenariat.",
        "Un compromiso solo puede financiar una necesidad del Estado de la asociación.",
        "لا يمكن للالتزام أن يموّل إلا احتياجًا من احتياجات دولة الشراكة.",
    ),
    "Funding secured (descending)": (
        "Financement obtenu (décroissant)",
        "Financiación obtenida (descendente)",
        "التمويل المضمون (تنازليًا)",
    ),
}
