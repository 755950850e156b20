T = {
    "Rendering took longer than %(seconds)s seconds and was stopped. Shorten the text or ask the ISU.": (
        "La préparation a dépassé %(seconds)s secondes et a été interrompue. Raccourcissez le texte ou contactez l'Unité d'appui à l'application.",
        "La generación superó los %(seconds)s segundos y se detuvo. Acorte el texto o consulte a la Dependencia de Apoyo para la Aplicación.",
        "استغرق الإعداد أكثر من %(seconds)s ثانية فأُوقف. اختصروا النص أو اتصلوا بوحدة دعم التنفيذ.",
    ),
    "Rendering failed %(attempts)s times (%(error)s). Ask for the document again to retry.": (
        "La préparation a échoué %(attempts)s fois (%(error)s). Demandez de nouveau le document pour réessayer.",
        "La generación falló %(attempts)s veces (%(error)s). Vuelva a solicitar el documento para intentarlo de nuevo.",
        "فشل الإعداد %(attempts)s مرات (%(error)s). اطلبوا المستند مرة أخرى لإعادة المحاولة.",
    ),
}
T.update({
    "A draft has no PDF yet: submit the report first.": (
        "Un projet n'a pas encore de PDF : soumettez d'abord le rapport.",
        "Un borrador aún no tiene PDF: presente primero el informe.",
        "لا توجد نسخة PDF للمسودة بعد: قدّموا التقرير أولاً.",
    ),
    "PDF of this version": ("PDF de cette version", "PDF de esta versión", "نسخة PDF من هذه الصيغة"),
    "The cover page and every form as submitted, in the layout of the reporting template, in the language of this page.": (
        "La page de couverture et chaque formulaire tels que soumis, selon la présentation du modèle de rapport, dans la langue de cette page.",
        "La portada y cada formulario tal como se presentaron, con la presentación del modelo de informe, en el idioma de esta página.",
        "صفحة الغلاف وكل استمارة كما قُدّمت، وفق تنسيق نموذج الإبلاغ، بلغة هذه الصفحة.",
    ),
    "PDF": ("PDF", "PDF", "PDF"),
    "%(state)s · Article 7 report for %(year)s · version %(number)s": (
        "%(state)s · rapport au titre de l'article 7 pour %(year)s · version %(number)s",
        "%(state)s · informe en virtud del artículo 7 correspondiente a %(year)s · versión %(number)s",
        "%(state)s · تقرير المادة 7 عن عام %(year)s · الصيغة %(number)s",
    ),
    "Article 7 report PDF": ("PDF d'un rapport au titre de l'article 7", "PDF de un informe en virtud del artículo 7", "نسخة PDF من تقرير المادة 7"),
    "Article 7 report PDFs": ("PDF des rapports au titre de l'article 7", "PDF de informes en virtud del artículo 7", "نسخ PDF من تقارير المادة 7"),
    "This version is not ready.": ("Cette version n'est pas prête.", "Esta versión no está lista.", "هذه الصيغة ليست جاهزة."),
    "This file is missing; ask for it again.": (
        "Ce fichier est introuvable ; demandez-le de nouveau.",
        "Falta este archivo; vuelva a solicitarlo.",
        "هذا الملف مفقود؛ اطلبوه مرة أخرى.",
    ),
    "Make the PDF": ("Produire le PDF", "Generar el PDF", "إعداد نسخة PDF"),
    "PDF versions of this report, newest first": (
        "Versions PDF de ce rapport, de la plus récente à la plus ancienne",
        "Versiones PDF de este informe, de la más reciente a la más antigua",
        "صيغ PDF من هذا التقرير، الأحدث أولاً",
    ),
    "No PDF has been made yet.": ("Aucun PDF n'a encore été produit.", "Aún no se ha generado ningún PDF.", "لم تُعَدّ أي نسخة PDF بعد."),
    "Article 7 report of %(state)s for %(year)s, version %(version)s": (
        "Rapport de %(state)s au titre de l'article 7 pour %(year)s, version %(version)s",
        "Informe de %(state)s en virtud del artículo 7 correspondiente a %(year)s, versión %(version)s",
        "تقرير %(state)s بموجب المادة 7 عن عام %(year)s، الصيغة %(version)s",
    ),
    "Transparency report under Article 7 of the Anti-Personnel Mine Ban Convention": (
        "Rapport de transparence au titre de l'article 7 de la Convention sur l'interdiction des mines antipersonnel",
        "Informe de transparencia en virtud del artículo 7 de la Convención sobre la prohibición de minas antipersonal",
        "تقرير الشفافية بموجب المادة 7 من اتفاقية حظر الألغام المضادة للأفراد",
    ),
    "Anti-Personnel Mine Ban Convention · Article 7 transparency report": (
        "Convention sur l'interdiction des mines antipersonnel · Rapport de transparence au titre de l'article 7",
        "Convención sobre la prohibición de minas antipersonal · Informe de transparencia en virtud del artículo 7",
        "اتفاقية حظر الألغام المضادة للأفراد · تقرير الشفافية بموجب المادة 7",
    ),
    "Report for the calendar year %(year)s": (
        "Rapport pour l'année civile %(year)s",
        "Informe correspondiente al año civil %(year)s",
        "تقرير عن السنة التقويمية %(year)s",
    ),
    "%(kind)s, version %(version)s · %(status)s": (
        "%(kind)s, version %(version)s · %(status)s",
        "%(kind)s, versión %(version)s · %(status)s",
        "%(kind)s، الصيغة %(version)s · %(status)s",
    ),
    "Prepared through the IA Portal from the report as the State submitted it. It does not replace reporting through the Convention's current system.": (
        "Établi au moyen du portail de l'approche individualisée à partir du rapport tel que l'État l'a soumis. Il ne remplace pas la présentation des rapports par le système actuel de la Convention.",
        "Preparado a través del portal del enfoque individualizado a partir del informe tal como el Estado lo presentó. No sustituye la presentación de informes mediante el sistema actual de la Convención.",
        "أُعدّ عبر بوابة النهج الفردي انطلاقاً من التقرير كما قدّمته الدولة. ولا يحل محل تقديم التقارير عبر النظام الحالي للاتفاقية.",
    ),
    "Nothing reported on this form.": ("Rien n'est déclaré dans ce formulaire.", "No se informa nada en este formulario.", "لم يُبلَّغ عن أي شيء في هذه الاستمارة."),
})
T.update({
    "Article 7 figures: the latest report against the one before": (
        "Chiffres de l'article 7 : le dernier rapport comparé au précédent",
        "Cifras del artículo 7: el último informe comparado con el anterior",
        "أرقام المادة 7: أحدث تقرير مقارنةً بالتقرير السابق",
    ),
    "The report for %(year)s against the report for %(previous)s.": (
        "Le rapport pour %(year)s comparé au rapport pour %(previous)s.",
        "El informe correspondiente a %(year)s comparado con el de %(previous)s.",
        "تقرير عام %(year)s مقارنةً بتقرير عام %(previous)s.",
    ),
    "Latest progress": ("Dernier point d'avancement", "Último avance", "آخر تقدّم"),
    "No Article 7 report to compare yet.": (
        "Aucun rapport au titre de l'article 7 à comparer pour l'instant.",
        "Todavía no hay informes en virtud del artículo 7 que comparar.",
        "لا يوجد بعد تقرير بموجب المادة 7 للمقارنة.",
    ),
    "Figure": ("Indicateur", "Indicador", "المؤشر"),
    "Previous report": ("Rapport précédent", "Informe anterior", "التقرير السابق"),
    "Latest report": ("Dernier rapport", "Último informe", "أحدث تقرير"),
    "The report for %(year)s; there is no earlier report to compare.": (
        "Le rapport pour %(year)s ; il n'existe pas de rapport antérieur à comparer.",
        "El informe correspondiente a %(year)s; no hay un informe anterior con el que compararlo.",
        "تقرير عام %(year)s؛ لا يوجد تقرير سابق للمقارنة.",
    ),
})
