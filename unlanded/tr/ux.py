"""Translations of the ux helper's strings (issue 14). Format: tools/fill_translations.py."""


def ar6(zero, one, two, few, many, other):
    return [zero, one, two, few, many, other]


T = {
    # --- dashboards (item 1) ---
    "Your countries": ("Vos pays", "Sus países", "بلدانك"),
    "Country pages with unpublished changes": (
        "Pages de pays avec des modifications non publiées",
        "Páginas de país con cambios sin publicar",
        "صفحات بلدان بها تغييرات غير منشورة",
    ),
    "Countries you follow": ("Pays que vous suivez", "Países que sigue", "البلدان التي تتابعها"),
    "Meetings that have started: mark them held": (
        "Réunions commencées : indiquez qu'elles ont eu lieu",
        "Reuniones ya iniciadas: márquelas como celebradas",
        "اجتماعات بدأت: سجّل انعقادها",
    ),
    "Your invitations": ("Vos invitations", "Sus invitaciones", "دعواتك"),
    "Held meetings without a report": (
        "Réunions tenues sans rapport",
        "Reuniones celebradas sin informe",
        "اجتماعات عُقدت دون تقرير",
    ),
    "Reports that failed": (
        "Rapports dont la production a échoué",
        "Informes cuya generación falló",
        "تقارير تعذّر إنتاجها",
    ),
    "Reports ready": ("Rapports prêts", "Informes listos", "تقارير جاهزة"),
    "Donor access requests to decide": (
        "Demandes d'accès donateur à traiter",
        "Solicitudes de acceso de donante por decidir",
        "طلبات صفة المانح بانتظار القرار",
    ),
    (
        "%(counter)s need published in the last 90 days",
        "%(counter)s needs published in the last 90 days",
    ): (
        [
            "%(counter)s besoin publié au cours des 90 derniers jours",
            "%(counter)s besoins publiés au cours des 90 derniers jours",
        ],
        [
            "%(counter)s necesidad publicada en los últimos 90 días",
            "%(counter)s necesidades publicadas en los últimos 90 días",
            "%(counter)s necesidades publicadas en los últimos 90 días",
        ],
        ar6(
            "لم تُنشر أي احتياجات خلال آخر 90 يومًا (%(counter)s)",
            "حاجة واحدة نُشرت خلال آخر 90 يومًا (%(counter)s)",
            "حاجتان نُشرتا خلال آخر 90 يومًا (%(counter)s)",
            "%(counter)s احتياجات نُشرت خلال آخر 90 يومًا",
            "%(counter)s حاجةً نُشرت خلال آخر 90 يومًا",
            "%(counter)s حاجة نُشرت خلال آخر 90 يومًا",
        ),
    ),
    "page published %(day)s": (
        "page publiée le %(day)s",
        "página publicada el %(day)s",
        "نُشرت الصفحة في %(day)s",
    ),
    "Follow more countries": (
        "Suivre d'autres pays",
        "Seguir otros países",
        "تابع بلدانًا أخرى",
    ),
    (
        "%(counter)s page has changes that its State has not published.",
        "%(counter)s pages have changes that their States have not published.",
    ): (
        [
            "%(counter)s page contient des modifications que son État n'a pas publiées.",
            "%(counter)s pages contiennent des modifications que leurs États n'ont pas publiées.",
        ],
        [
            "%(counter)s página tiene cambios que su Estado no ha publicado.",
            "%(counter)s páginas tienen cambios que sus Estados no han publicado.",
            "%(counter)s páginas tienen cambios que sus Estados no han publicado.",
        ],
        ar6(
            "لا توجد صفحات بها تغييرات غير منشورة (%(counter)s).",
            "صفحة واحدة بها تغييرات لم تنشرها دولتها (%(counter)s).",
            "صفحتان بهما تغييرات لم تنشرها دولتاهما (%(counter)s).",
            "%(counter)s صفحات بها تغييرات لم تنشرها دولها.",
            "%(counter)s صفحةً بها تغييرات لم تنشرها دولها.",
            "%(counter)s صفحة بها تغييرات لم تنشرها دولها.",
        ),
    ),
    "changed %(day)s": ("modifiée le %(day)s", "modificada el %(day)s", "عُدّلت في %(day)s"),
    "Review and publish the draft of %(name)s": (
        "Relire et publier le projet de page de %(name)s",
        "Revisar y publicar el borrador de %(name)s",
        "راجع مسودة صفحة %(name)s وانشرها",
    ),
    "Edit the page of %(name)s": (
        "Modifier la page de %(name)s",
        "Editar la página de %(name)s",
        "حرّر صفحة %(name)s",
    ),
    "Update “%(section)s”: not changed since %(day)s": (
        "Mettre à jour « %(section)s » : inchangée depuis le %(day)s",
        "Actualizar «%(section)s»: sin cambios desde el %(day)s",
        "حدّث «%(section)s»: لم يتغير منذ %(day)s",
    ),
    "Not answered yet": ("Sans réponse", "Sin respuesta", "لم يُرَدّ بعد"),
    "Answer from the link in your invitation e-mail.": (
        "Répondez par le lien de votre courriel d'invitation.",
        "Responda mediante el enlace de su correo de invitación.",
        "أجب من الرابط الوارد في رسالة الدعوة.",
    ),
    "Once a meeting is marked held, the State can ask for its report.": (
        "Une fois la réunion indiquée comme tenue, l'État peut en demander le rapport.",
        "Una vez marcada la reunión como celebrada, el Estado puede solicitar su informe.",
        "بعد تسجيل انعقاد الاجتماع، يمكن للدولة طلب تقريره.",
    ),
    "started %(day)s": ("commencée le %(day)s", "iniciada el %(day)s", "بدأ في %(day)s"),
    "Confirm and schedule it": (
        "La confirmer et la programmer",
        "Confirmarla y programarla",
        "أكّده وحدّد موعده",
    ),
    "Waiting for the ISU to confirm and schedule it.": (
        "En attente de confirmation et de programmation par l'Unité d'appui à l'application.",
        "A la espera de que la Dependencia de Apoyo para la Aplicación la confirme y programe.",
        "بانتظار أن تؤكده وحدة دعم التنفيذ وتحدد موعده.",
    ),
    (
        "Write section II: %(counter)s item of the State's presentation is empty",
        "Write section II: %(counter)s items of the State's presentation are empty",
    ): (
        [
            "Rédiger la section II : %(counter)s point de la présentation de l'État est vide",
            "Rédiger la section II : %(counter)s points de la présentation de l'État sont vides",
        ],
        [
            "Redactar la sección II: %(counter)s punto de la presentación del Estado está vacío",
            "Redactar la sección II: %(counter)s puntos de la presentación del Estado están vacíos",
            "Redactar la sección II: %(counter)s puntos de la presentación del Estado están vacíos",
        ],
        ar6(
            "اكتب القسم الثاني: لا بنود فارغة في عرض الدولة (%(counter)s)",
            "اكتب القسم الثاني: بند واحد من عرض الدولة فارغ (%(counter)s)",
            "اكتب القسم الثاني: بندان من عرض الدولة فارغان (%(counter)s)",
            "اكتب القسم الثاني: %(counter)s بنود من عرض الدولة فارغة",
            "اكتب القسم الثاني: %(counter)s بندًا من عرض الدولة فارغة",
            "اكتب القسم الثاني: %(counter)s بند من عرض الدولة فارغة",
        ),
    ),
    "Add the participants": ("Ajouter les participants", "Añadir los participantes", "أضف المشاركين"),
    (
        "Send the invitation to %(counter)s participant",
        "Send the invitations to %(counter)s participants",
    ): (
        [
            "Envoyer l'invitation à %(counter)s participant",
            "Envoyer les invitations à %(counter)s participants",
        ],
        [
            "Enviar la invitación a %(counter)s participante",
            "Enviar las invitaciones a %(counter)s participantes",
            "Enviar las invitaciones a %(counter)s participantes",
        ],
        ar6(
            "أرسل الدعوات إلى المشاركين (%(counter)s)",
            "أرسل الدعوة إلى مشارك واحد (%(counter)s)",
            "أرسل الدعوتين إلى مشاركَين (%(counter)s)",
            "أرسل الدعوات إلى %(counter)s مشاركين",
            "أرسل الدعوات إلى %(counter)s مشاركًا",
            "أرسل الدعوات إلى %(counter)s مشارك",
        ),
    ),
    "No meeting is planned.": (
        "Aucune réunion n'est prévue.",
        "No hay ninguna reunión prevista.",
        "لا يوجد اجتماع مقرر.",
    ),
    "All meetings": ("Toutes les réunions", "Todas las reuniones", "جميع الاجتماعات"),
    "Report of “%(title)s”": (
        "Rapport de « %(title)s »",
        "Informe de «%(title)s»",
        "تقرير «%(title)s»",
    ),
    "see the error and ask again": (
        "voir l'erreur et redemander",
        "ver el error y volver a solicitarlo",
        "اطّلع على الخطأ واطلبه مجددًا",
    ),
    "Report of “%(title)s” (PDF, version %(number)s)": (
        "Rapport de « %(title)s » (PDF, version %(number)s)",
        "Informe de «%(title)s» (PDF, versión %(number)s)",
        "تقرير «%(title)s» (PDF، الإصدار %(number)s)",
    ),
    "No report is ready yet.": (
        "Aucun rapport n'est encore prêt.",
        "Aún no hay ningún informe listo.",
        "لا يوجد تقرير جاهز بعد.",
    ),
    (
        "%(counter)s held meeting has no report yet: ask for it once the minutes are written.",
        "%(counter)s held meetings have no report yet: ask for each once the minutes are written.",
    ): (
        [
            "%(counter)s réunion tenue n'a pas encore de rapport : demandez-le une fois le compte rendu rédigé.",
            "%(counter)s réunions tenues n'ont pas encore de rapport : demandez chacun une fois le compte rendu rédigé.",
        ],
        [
            "%(counter)s reunión celebrada aún no tiene informe: solicítelo una vez redactada el acta.",
            "%(counter)s reuniones celebradas aún no tienen informe: solicite cada uno una vez redactada el acta.",
            "%(counter)s reuniones celebradas aún no tienen informe: solicite cada uno una vez redactada el acta.",
        ],
        ar6(
            "لا توجد اجتماعات معقودة بلا تقرير (%(counter)s).",
            "اجتماع واحد عُقد وليس له تقرير بعد (%(counter)s): اطلبه بعد كتابة المحضر.",
            "اجتماعان عُقدا وليس لهما تقرير بعد (%(counter)s): اطلب كلًّا منهما بعد كتابة المحضر.",
            "%(counter)s اجتماعات عُقدت وليس لها تقرير بعد: اطلب كلًّا منها بعد كتابة المحضر.",
            "%(counter)s اجتماعًا عُقد وليس له تقرير بعد: اطلب كلًّا منها بعد كتابة المحضر.",
            "%(counter)s اجتماع عُقد وليس له تقرير بعد: اطلب كلًّا منها بعد كتابة المحضر.",
        ),
    ),
    "Make the report of “%(title)s”": (
        "Produire le rapport de « %(title)s »",
        "Generar el informe de «%(title)s»",
        "أنشئ تقرير «%(title)s»",
    ),
    "active partnerships": ("partenariats actifs", "asociaciones activas", "شراكات نشطة"),
    "of them south-south or regional": (
        "dont Sud-Sud ou régionaux",
        "de ellas Sur-Sur o regionales",
        "منها بين بلدان الجنوب أو إقليمية",
    ),
    "published needs": ("besoins publiés", "necesidades publicadas", "احتياجات منشورة"),
    "expressions of interest not yet answered": (
        "manifestations d'intérêt sans réponse",
        "manifestaciones de interés sin respuesta",
        "إبداءات اهتمام لم يُرَدّ عليها",
    ),
    "since %(day)s": ("depuis le %(day)s", "desde el %(day)s", "منذ %(day)s"),
    "All requests": ("Toutes les demandes", "Todas las solicitudes", "جميع الطلبات"),
}

T.update({
    # --- index, home, forms, errors, accounts (items 2, 3, 5, 6, 7) ---
    "Only States with": ("Seulement les États ayant", "Solo los Estados con", "الدول التي لديها فقط"),
    "Latest needs published": ("Derniers besoins publiés", "Últimas necesidades publicadas", "أحدث الاحتياجات المنشورة"),
    "The city whose local time the meeting keeps.": (
        "La ville dont la réunion suit l'heure locale.",
        "La ciudad cuya hora local sigue la reunión.",
        "المدينة التي يتبع الاجتماع توقيتها المحلي.",
    ),
    "Next meetings": ("Prochaines réunions", "Próximas reuniones", "الاجتماعات القادمة"),
    "This meeting is still a proposal: only the State, the Committee and the ISU see it until the ISU schedules it.": (
        "Cette réunion n'est encore qu'une proposition : seuls l'État, le Comité et l'Unité d'appui à l'application la voient jusqu'à ce que celle-ci la programme.",
        "Esta reunión es todavía una propuesta: solo el Estado, el Comité y la Dependencia de Apoyo para la Aplicación la ven hasta que esta la programe.",
        "هذا الاجتماع ما زال مقترحًا: لا يراه إلا الدولة واللجنة ووحدة دعم التنفيذ حتى تحدد الوحدة موعده.",
    ),
    "This meeting is open to the State, the Committee and the ISU only.": (
        "Cette réunion est réservée à l'État, au Comité et à l'Unité d'appui à l'application.",
        "Esta reunión está reservada al Estado, al Comité y a la Dependencia de Apoyo para la Aplicación.",
        "هذا الاجتماع مقصور على الدولة واللجنة ووحدة دعم التنفيذ.",
    ),
    "This meeting is open to its participants, the State, the Committee and the ISU. If you were invited, sign in with the e-mail address your invitation was sent to.": (
        "Cette réunion est ouverte à ses participants, à l'État, au Comité et à l'Unité d'appui à l'application. Si vous avez été invité, connectez-vous avec l'adresse électronique à laquelle l'invitation a été envoyée.",
        "Esta reunión está abierta a sus participantes, al Estado, al Comité y a la Dependencia de Apoyo para la Aplicación. Si fue invitado, inicie sesión con la dirección de correo a la que se envió la invitación.",
        "هذا الاجتماع مفتوح لمشاركيه وللدولة واللجنة ووحدة دعم التنفيذ. إن كنت مدعوًّا فسجّل الدخول بعنوان البريد الإلكتروني الذي أُرسلت إليه الدعوة.",
    ),
    "This meeting is open to its participants, the State, the Committee and the ISU, and %(email)s is not on its list of participants.": (
        "Cette réunion est ouverte à ses participants, à l'État, au Comité et à l'Unité d'appui à l'application, et %(email)s ne figure pas sur la liste des participants.",
        "Esta reunión está abierta a sus participantes, al Estado, al Comité y a la Dependencia de Apoyo para la Aplicación, y %(email)s no figura en la lista de participantes.",
        "هذا الاجتماع مفتوح لمشاركيه وللدولة واللجنة ووحدة دعم التنفيذ، و%(email)s ليس في قائمة المشاركين.",
    ),
    "The State has shared this meeting's report with the Committee and the ISU only. If you took part in the meeting, ask the State's focal point (or the ISU) to share the report with its participants.": (
        "L'État a réservé le rapport de cette réunion au Comité et à l'Unité d'appui à l'application. Si vous y avez participé, demandez au point focal de l'État (ou à l'Unité) de le partager avec les participants.",
        "El Estado ha compartido el informe de esta reunión solo con el Comité y la Dependencia de Apoyo para la Aplicación. Si participó en ella, pida al punto focal del Estado (o a la Dependencia) que lo comparta con los participantes.",
        "شاركت الدولة تقرير هذا الاجتماع مع اللجنة ووحدة دعم التنفيذ فقط. إن كنت قد شاركت في الاجتماع فاطلب من جهة الاتصال في الدولة (أو من الوحدة) مشاركة التقرير مع المشاركين.",
    ),
    "This meeting's report is shared with its participants. Sign in with the e-mail address your invitation was sent to.": (
        "Le rapport de cette réunion est partagé avec ses participants. Connectez-vous avec l'adresse électronique à laquelle votre invitation a été envoyée.",
        "El informe de esta reunión se comparte con sus participantes. Inicie sesión con la dirección de correo a la que se envió su invitación.",
        "تقرير هذا الاجتماع متاح لمشاركيه. سجّل الدخول بعنوان البريد الإلكتروني الذي أُرسلت إليه دعوتك.",
    ),
    "This meeting's report is shared with its participants, and %(email)s is not on its list of participants. If you took part, sign in with the address your invitation was sent to, or ask the ISU.": (
        "Le rapport de cette réunion est partagé avec ses participants, et %(email)s ne figure pas sur leur liste. Si vous y avez participé, connectez-vous avec l'adresse de votre invitation, ou adressez-vous à l'Unité d'appui à l'application.",
        "El informe de esta reunión se comparte con sus participantes, y %(email)s no figura en su lista. Si participó, inicie sesión con la dirección de su invitación o consulte a la Dependencia de Apoyo para la Aplicación.",
        "تقرير هذا الاجتماع متاح لمشاركيه، و%(email)s ليس في قائمتهم. إن كنت قد شاركت فسجّل الدخول بعنوان دعوتك، أو اسأل وحدة دعم التنفيذ.",
    ),
    "Key figures": ("Chiffres clés", "Cifras clave", "أرقام رئيسية"),
    "Needed for donor access.": ("Nécessaire pour l'accès donateur.", "Necesario para el acceso de donante.", "مطلوب لصفة المانح."),
    "What will you use the portal for?": (
        "À quoi vous servira le portail ?",
        "¿Para qué usará el portal?",
        "لأي غرض ستستخدم البوابة؟",
    ),
    "To read and follow countries, or as an official of an affected State (the ISU then assigns you to your country)": (
        "Lire et suivre des pays, ou en tant que fonctionnaire d'un État touché (l'Unité d'appui à l'application vous rattache ensuite à votre pays)",
        "Leer y seguir países, o como funcionario de un Estado afectado (la Dependencia de Apoyo para la Aplicación le asigna luego a su país)",
        "لقراءة صفحات البلدان ومتابعتها، أو بصفتك مسؤولًا في دولة متضررة (ثم تربطك وحدة دعم التنفيذ ببلدك)",
    ),
    "To offer assistance: I represent a State or organisation in a position to provide it, and ask for donor access": (
        "Offrir une assistance : je représente un État ou une organisation en mesure de le faire, et je demande l'accès donateur",
        "Ofrecer asistencia: represento a un Estado u organización en condiciones de prestarla y solicito acceso de donante",
        "لتقديم المساعدة: أمثّل دولة أو منظمة في وضع يسمح لها بتقديمها، وأطلب صفة المانح",
    ),
    "Donor access lets you register interest in a State's needs; the ISU approves it.": (
        "L'accès donateur permet de manifester votre intérêt pour les besoins d'un État ; l'Unité d'appui à l'application l'approuve.",
        "El acceso de donante le permite manifestar interés en las necesidades de un Estado; lo aprueba la Dependencia de Apoyo para la Aplicación.",
        "تتيح لك صفة المانح إبداء الاهتمام باحتياجات دولة ما؛ وتوافق عليها وحدة دعم التنفيذ.",
    ),
    "Antarctica": ("Antarctique", "Antártida", "القارة القطبية الجنوبية"),
    "Asia": ("Asie", "Asia", "آسيا"),
    "Atlantic Ocean": ("Océan Atlantique", "Océano Atlántico", "المحيط الأطلسي"),
    "Australia": ("Australie", "Australia", "أستراليا"),
    "Indian Ocean": ("Océan Indien", "Océano Índico", "المحيط الهندي"),
    "Pacific Ocean": ("Océan Pacifique", "Océano Pacífico", "المحيط الهادئ"),
    "Choose the time zone": ("Choisir le fuseau horaire", "Elija la zona horaria", "اختر المنطقة الزمنية"),
    "“%(value)s” is not a known time zone. Choose the city whose local time applies, e.g. Europe/Zurich or Africa/Khartoum.": (
        "« %(value)s » n'est pas un fuseau horaire connu. Choisissez la ville dont l'heure locale s'applique, par exemple Europe/Zurich ou Africa/Khartoum.",
        "«%(value)s» no es una zona horaria conocida. Elija la ciudad cuya hora local se aplica, por ejemplo Europe/Zurich o Africa/Khartoum.",
        "«%(value)s» ليست منطقة زمنية معروفة. اختر المدينة التي ينطبق توقيتها المحلي، مثل Europe/Zurich أو Africa/Khartoum.",
    ),
    "The page you asked for is open to signed-in members of the portal only. Sign in and you will be taken there.": (
        "La page demandée est réservée aux membres connectés du portail. Connectez-vous et vous y serez conduit.",
        "La página solicitada está reservada a los miembros del portal que han iniciado sesión. Inicie sesión y le llevaremos allí.",
        "الصفحة المطلوبة متاحة فقط لأعضاء البوابة المسجّلين دخولهم. سجّل الدخول وسننقلك إليها.",
    ),
    "Your role in the portal does not let you open this page or take this action.": (
        "Votre rôle dans le portail ne vous permet pas d'ouvrir cette page ni d'effectuer cette action.",
        "Su función en el portal no le permite abrir esta página ni realizar esta acción.",
        "لا يسمح لك دورك في البوابة بفتح هذه الصفحة أو القيام بهذا الإجراء.",
    ),
    "What you can do": ("Ce que vous pouvez faire", "Qué puede hacer", "ما يمكنك فعله"),
    "You are signed in as %(email)s. If you have another account (for example the address an invitation was sent to), sign out and sign in with it.": (
        "Vous êtes connecté en tant que %(email)s. Si vous avez un autre compte (par exemple l'adresse à laquelle une invitation a été envoyée), déconnectez-vous et connectez-vous avec celui-ci.",
        "Ha iniciado sesión como %(email)s. Si tiene otra cuenta (por ejemplo, la dirección a la que se envió una invitación), cierre la sesión e inicie sesión con ella.",
        "أنت مسجّل الدخول باسم %(email)s. إن كان لديك حساب آخر (مثل العنوان الذي أُرسلت إليه دعوة) فسجّل الخروج ثم ادخل به.",
    ),
    "Go to your dashboard": ("Aller à votre tableau de bord", "Ir a su panel", "انتقل إلى لوحة المتابعة"),
    "If you think your role should allow this, ask the Implementation Support Unit to review it.": (
        "Si vous pensez que votre rôle devrait le permettre, demandez à l'Unité d'appui à l'application de le réexaminer.",
        "Si cree que su función debería permitirlo, pida a la Dependencia de Apoyo para la Aplicación que la revise.",
        "إن كنت ترى أن دورك ينبغي أن يسمح بذلك، فاطلب من وحدة دعم التنفيذ مراجعته.",
    ),
    "Home page": ("Page d'accueil", "Página de inicio", "الصفحة الرئيسية"),
    "Page not found": ("Page introuvable", "Página no encontrada", "الصفحة غير موجودة"),
    "There is no page at this address. It may have been mistyped, or what it showed was removed or renamed.": (
        "Il n'y a pas de page à cette adresse. Elle a peut-être été mal saisie, ou son contenu a été supprimé ou renommé.",
        "No hay ninguna página en esta dirección. Puede que se haya escrito mal o que su contenido se haya eliminado o cambiado de nombre.",
        "لا توجد صفحة بهذا العنوان. ربما كُتب خطأً، أو حُذف ما كان يعرضه أو غُيّر اسمه.",
    ),
    "Find a State Party's page": ("Trouver la page d'un État partie", "Buscar la página de un Estado parte", "ابحث عن صفحة دولة طرف"),
    "Browse the needs": ("Parcourir les besoins", "Explorar las necesidades", "تصفّح الاحتياجات"),
    "See the meetings": ("Voir les réunions", "Ver las reuniones", "اطّلع على الاجتماعات"),
    "If a link in the portal brought you here, tell the Implementation Support Unit which page it was on.": (
        "Si un lien du portail vous a conduit ici, indiquez à l'Unité d'appui à l'application sur quelle page il se trouvait.",
        "Si un enlace del portal le trajo aquí, indique a la Dependencia de Apoyo para la Aplicación en qué página estaba.",
        "إن أوصلك رابط في البوابة إلى هنا، فأخبر وحدة دعم التنفيذ بالصفحة التي كان فيها.",
    ),
    "Something went wrong": ("Une erreur s'est produite", "Algo salió mal", "حدث خطأ ما"),
    "Something went wrong on our side": ("Une erreur s'est produite de notre côté", "Algo salió mal por nuestra parte", "حدث خطأ من جانبنا"),
    "The portal could not finish your request. Nothing you did caused this, and the error has been recorded.": (
        "Le portail n'a pas pu traiter votre demande. Vous n'y êtes pour rien, et l'erreur a été enregistrée.",
        "El portal no pudo completar su solicitud. Usted no lo causó, y el error ha quedado registrado.",
        "تعذّر على البوابة إتمام طلبك. لم يكن ذلك بسبب ما فعلته، وقد سُجّل الخطأ.",
    ),
    "Go back and try again in a minute: if you were saving a form, check whether your change was saved before you send it again.": (
        "Revenez en arrière et réessayez dans une minute : si vous enregistriez un formulaire, vérifiez que votre modification n'a pas déjà été enregistrée avant de l'envoyer à nouveau.",
        "Vuelva atrás e inténtelo de nuevo en un minuto: si estaba guardando un formulario, compruebe si su cambio se guardó antes de enviarlo otra vez.",
        "ارجع وحاول مجددًا بعد دقيقة: إن كنت تحفظ نموذجًا فتحقق مما إذا كان تغييرك قد حُفظ قبل إرساله مرة أخرى.",
    ),
    "If it happens again, tell the Implementation Support Unit what you were doing and when.": (
        "Si cela se reproduit, indiquez à l'Unité d'appui à l'application ce que vous faisiez et à quel moment.",
        "Si vuelve a ocurrir, indique a la Dependencia de Apoyo para la Aplicación qué estaba haciendo y cuándo.",
        "إن تكرر ذلك، فأخبر وحدة دعم التنفيذ بما كنت تفعله ومتى.",
    ),
    "Focal points, donors, the Committee and the ISU sign in here. Everything public can be read without an account.": (
        "Points focaux, donateurs, Comité et Unité d'appui à l'application se connectent ici. Tout ce qui est public se lit sans compte.",
        "Los puntos focales, los donantes, el Comité y la Dependencia de Apoyo para la Aplicación inician sesión aquí. Todo lo público se puede leer sin cuenta.",
        "تسجّل جهات الاتصال والمانحون واللجنة ووحدة دعم التنفيذ الدخول هنا. ويمكن قراءة كل ما هو عام دون حساب.",
    ),
    "Forgot your password?": ("Mot de passe oublié ?", "¿Olvidó su contraseña?", "نسيت كلمة المرور؟"),
    "No account yet?": ("Pas encore de compte ?", "¿Aún no tiene cuenta?", "ليس لديك حساب بعد؟"),
    '<a href="%(signup_url)s">Register</a> to follow countries and, if you represent a State or organisation in a position to provide assistance, to ask for donor access. Officials of an affected State register, then the ISU assigns them to their country.': (
        '<a href="%(signup_url)s">Inscrivez-vous</a> pour suivre des pays et, si vous représentez un État ou une organisation en mesure de fournir une assistance, pour demander l\'accès donateur. Les fonctionnaires d\'un État touché s\'inscrivent, puis l\'Unité d\'appui à l\'application les rattache à leur pays.',
        '<a href="%(signup_url)s">Regístrese</a> para seguir países y, si representa a un Estado u organización en condiciones de prestar asistencia, para solicitar acceso de donante. Los funcionarios de un Estado afectado se registran y luego la Dependencia de Apoyo para la Aplicación los asigna a su país.',
        '<a href="%(signup_url)s">سجّل</a> لمتابعة البلدان، ولطلب صفة المانح إن كنت تمثل دولة أو منظمة في وضع يسمح لها بتقديم المساعدة. يسجّل مسؤولو الدولة المتضررة ثم تربطهم وحدة دعم التنفيذ ببلدهم.',
    ),
    "Reset your password": ("Réinitialiser votre mot de passe", "Restablecer su contraseña", "أعد تعيين كلمة المرور"),
    "Enter the e-mail address of your account: we send you a link to choose a new password.": (
        "Saisissez l'adresse électronique de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.",
        "Introduzca la dirección de correo de su cuenta: le enviaremos un enlace para elegir una nueva contraseña.",
        "أدخل عنوان البريد الإلكتروني لحسابك: سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.",
    ),
    "Send the link": ("Envoyer le lien", "Enviar el enlace", "أرسل الرابط"),
    "Back to sign in": ("Retour à la connexion", "Volver al inicio de sesión", "العودة إلى تسجيل الدخول"),
    "No e-mail within a few minutes? Check your spam folder, or ask the Implementation Support Unit.": (
        "Pas de courriel après quelques minutes ? Vérifiez vos indésirables, ou adressez-vous à l'Unité d'appui à l'application.",
        "¿No recibe el correo en unos minutos? Revise la carpeta de spam o consulte a la Dependencia de Apoyo para la Aplicación.",
        "لم تصلك رسالة خلال دقائق؟ تحقّق من مجلد الرسائل غير المرغوب فيها، أو اسأل وحدة دعم التنفيذ.",
    ),
    'Already registered? <a href="%(login_url)s">Sign in</a>.': (
        'Déjà inscrit ? <a href="%(login_url)s">Connectez-vous</a>.',
        '¿Ya está registrado? <a href="%(login_url)s">Inicie sesión</a>.',
        'مسجّل من قبل؟ <a href="%(login_url)s">سجّل الدخول</a>.',
    ),
    "We send you an e-mail to confirm your address. Donor access is given by the ISU, usually within a few working days; until then you read what is public.": (
        "Nous vous envoyons un courriel pour confirmer votre adresse. L'accès donateur est accordé par l'Unité d'appui à l'application, en général sous quelques jours ouvrables ; d'ici là, vous lisez ce qui est public.",
        "Le enviaremos un correo para confirmar su dirección. El acceso de donante lo concede la Dependencia de Apoyo para la Aplicación, normalmente en unos días hábiles; mientras tanto puede leer lo público.",
        "سنرسل إليك رسالة لتأكيد عنوانك. تمنح وحدة دعم التنفيذ صفة المانح عادةً خلال أيام عمل قليلة؛ وإلى ذلك الحين تقرأ ما هو عام.",
    ),
    "Confirm your e-mail address": ("Confirmez votre adresse électronique", "Confirme su dirección de correo", "أكّد عنوان بريدك الإلكتروني"),
    "We have sent you an e-mail with a link. Open it to confirm your address and finish registering.": (
        "Nous vous avons envoyé un courriel contenant un lien. Ouvrez-le pour confirmer votre adresse et terminer votre inscription.",
        "Le hemos enviado un correo con un enlace. Ábralo para confirmar su dirección y terminar el registro.",
        "أرسلنا إليك رسالة فيها رابط. افتحه لتأكيد عنوانك وإتمام التسجيل.",
    ),
    "Type to narrow the list": ("Tapez pour filtrer la liste", "Escriba para acotar la lista", "اكتب لتضييق القائمة"),
    "No need is published yet.": ("Aucun besoin n'est encore publié.", "Aún no hay necesidades publicadas.", "لم تُنشر أي حاجة بعد."),
    "Browse all needs": ("Parcourir tous les besoins", "Explorar todas las necesidades", "تصفّح جميع الاحتياجات"),
    "Two-factor authentication": ("Authentification à deux facteurs", "Autenticación de dos factores", "المصادقة الثنائية"),
    "Your account is protected by two-factor authentication. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.": (
        "Votre compte est protégé par l'authentification à deux facteurs. Saisissez le code à 6 chiffres affiché par votre application d'authentification, ou l'un de vos codes de récupération.",
        "Su cuenta está protegida con autenticación de dos factores. Introduzca el código de 6 cifras que muestra ahora su aplicación de autenticación, o uno de sus códigos de recuperación.",
        "حسابك محمي بالمصادقة الثنائية. أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن، أو أحد رموز الاسترداد.",
    ),
    "Set up two-factor authentication": ("Configurer l'authentification à deux facteurs", "Configurar la autenticación de dos factores", "إعداد المصادقة الثنائية"),
    "ISU staff and Committee members protect their accounts with a second step at sign-in: a 6-digit code from an authenticator app on your phone.": (
        "Le personnel de l'Unité d'appui à l'application et les membres du Comité protègent leur compte par une seconde étape à la connexion : un code à 6 chiffres fourni par une application d'authentification sur votre téléphone.",
        "El personal de la Dependencia de Apoyo para la Aplicación y los miembros del Comité protegen sus cuentas con un segundo paso al iniciar sesión: un código de 6 cifras de una aplicación de autenticación en su teléfono.",
        "يحمي موظفو وحدة دعم التنفيذ وأعضاء اللجنة حساباتهم بخطوة ثانية عند تسجيل الدخول: رمز من 6 أرقام يعرضه تطبيق مصادقة على هاتفك.",
    ),
    "Open an authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).": (
        "Ouvrez une application d'authentification (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).",
        "Abra una aplicación de autenticación (por ejemplo FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).",
        "افتح تطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator).",
    ),
    "Scan the QR code, or type the secret below into the app.": (
        "Scannez le code QR, ou saisissez dans l'application la clé secrète ci-dessous.",
        "Escanee el código QR o escriba en la aplicación la clave secreta de abajo.",
        "امسح رمز QR، أو اكتب المفتاح السري أدناه في التطبيق.",
    ),
    "Enter the 6-digit code the app then shows.": (
        "Saisissez le code à 6 chiffres que l'application affiche alors.",
        "Introduzca el código de 6 cifras que la aplicación muestra entonces.",
        "أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق بعد ذلك.",
    ),
    "QR code to scan with your authenticator app": (
        "Code QR à scanner avec votre application d'authentification",
        "Código QR para escanear con su aplicación de autenticación",
        "رمز QR لمسحه بتطبيق المصادقة",
    ),
    "Secret": ("Clé secrète", "Clave secreta", "المفتاح السري"),
    "Keep it somewhere safe: it sets up the app again on a new phone.": (
        "Conservez-la en lieu sûr : elle permet de reconfigurer l'application sur un nouveau téléphone.",
        "Guárdela en un lugar seguro: sirve para configurar de nuevo la aplicación en un teléfono nuevo.",
        "احفظه في مكان آمن: فهو يتيح إعداد التطبيق من جديد على هاتف جديد.",
    ),
    "Turn on two-factor authentication": ("Activer l'authentification à deux facteurs", "Activar la autenticación de dos factores", "فعّل المصادقة الثنائية"),
    "Funding and partnership charts": ("Graphiques des financements et partenariats", "Gráficos de financiación y asociaciones", "رسوم بيانية للتمويل والشراكات"),
    "There is a problem": ("Il y a un problème", "Hay un problema", "هناك مشكلة"),
    (
        "Correct the field below; what you typed is kept.",
        "Correct the %(counter)s fields below; what you typed is kept.",
    ): (
        [
            "Corrigez le champ ci-dessous ; ce que vous avez saisi est conservé.",
            "Corrigez les %(counter)s champs ci-dessous ; ce que vous avez saisi est conservé.",
        ],
        [
            "Corrija el campo de abajo; lo que escribió se conserva.",
            "Corrija los %(counter)s campos de abajo; lo que escribió se conserva.",
            "Corrija los %(counter)s campos de abajo; lo que escribió se conserva.",
        ],
        ar6(
            "صحّح الحقول أدناه (%(counter)s)؛ ما كتبته محفوظ.",
            "صحّح الحقل أدناه؛ ما كتبته محفوظ.",
            "صحّح الحقلين أدناه؛ ما كتبته محفوظ.",
            "صحّح الحقول الـ%(counter)s أدناه؛ ما كتبته محفوظ.",
            "صحّح الـ%(counter)s حقلًا أدناه؛ ما كتبته محفوظ.",
            "صحّح الـ%(counter)s حقل أدناه؛ ما كتبته محفوظ.",
        ),
    ),
})
