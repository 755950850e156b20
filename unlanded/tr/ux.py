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

# --- afternoon session (ux-land): section editor (item 4) ---
T.update({
    "shown": ("affichée", "visible", "ظاهرة"),
    "hidden": ("masquée", "oculta", "مخفية"),
    "Shown on the page": ("Affichée sur la page", "Visible en la página", "ظاهرة في الصفحة"),
    "Added: %(title)s": ("Ajouté : %(title)s", "Añadido: %(title)s", "أُضيف: %(title)s"),
    "Removed: %(title)s": ("Supprimé : %(title)s", "Suprimido: %(title)s", "أُزيل: %(title)s"),
    "The text is compared as readers see it. Words <del>struck through</del> are in revision %(number)s only; words <ins>underlined</ins> are in %(new_label)s only.": (
        "Le texte est comparé tel que les lecteurs le voient. Les mots <del>barrés</del> ne figurent que dans la révision %(number)s ; les mots <ins>soulignés</ins> ne figurent que dans %(new_label)s.",
        "El texto se compara tal como lo ven los lectores. Las palabras <del>tachadas</del> solo figuran en la revisión %(number)s; las palabras <ins>subrayadas</ins> solo figuran en %(new_label)s.",
        "يُقارَن النص كما يراه القرّاء. الكلمات <del>المشطوبة</del> موجودة في المراجعة %(number)s فقط؛ والكلمات <ins>المسطّرة</ins> موجودة في %(new_label)s فقط.",
    ),
    'This section as readers will see it once you save and publish. <a href="#section-form">Go on editing</a>.': (
        'Cette section telle que les lecteurs la verront une fois enregistrée et publiée. <a href="#section-form">Continuer la saisie</a>.',
        'Esta sección tal como la verán los lectores una vez guardada y publicada. <a href="#section-form">Seguir editando</a>.',
        'هذا القسم كما سيراه القرّاء بعد الحفظ والنشر. <a href="#section-form">متابعة التحرير</a>.',
    ),
    'Text boxes take Markdown: **bold**, *italic*, lists with “- ”, links as [text](https://…). <a href="%(formatting_url)s" target="_blank" rel="noopener">How to format text</a> (opens in a new tab).': (
        'Les zones de texte acceptent le Markdown : **gras**, *italique*, listes avec « - », liens sous la forme [texte](https://…). <a href="%(formatting_url)s" target="_blank" rel="noopener">Comment mettre en forme le texte</a> (s\'ouvre dans un nouvel onglet).',
        'Los cuadros de texto admiten Markdown: **negrita**, *cursiva*, listas con «- », enlaces como [texto](https://…). <a href="%(formatting_url)s" target="_blank" rel="noopener">Cómo dar formato al texto</a> (se abre en una pestaña nueva).',
        'تقبل مربعات النص تنسيق Markdown: **عريض**، *مائل*، قوائم تبدأ بـ "- "، روابط بالشكل [النص](https://…). <a href="%(formatting_url)s" target="_blank" rel="noopener">كيفية تنسيق النص</a> (يُفتح في علامة تبويب جديدة).',
    ),
    "How to format text": ("Comment mettre en forme le texte", "Cómo dar formato al texto", "كيفية تنسيق النص"),
    "The text boxes of country pages, presentations and minutes take Markdown: a few marks around words give bold, lists, links and tables. What you type is shown as below; any HTML you type is shown as text.": (
        "Les zones de texte des pages de pays, des présentations et des comptes rendus acceptent le Markdown : quelques signes autour des mots donnent du gras, des listes, des liens et des tableaux. Ce que vous saisissez s'affiche comme ci-dessous ; tout code HTML saisi s'affiche comme du texte.",
        "Los cuadros de texto de las páginas de país, las presentaciones y las actas admiten Markdown: unos pocos signos alrededor de las palabras dan negrita, listas, enlaces y tablas. Lo que escribe se muestra como a continuación; todo HTML que escriba se muestra como texto.",
        "تقبل مربعات النص في صفحات البلدان والعروض والمحاضر تنسيق Markdown: بضع علامات حول الكلمات تعطي الخط العريض والقوائم والروابط والجداول. يظهر ما تكتبه كما يلي؛ وأي HTML تكتبه يظهر نصًا عاديًا.",
    ),
    "What you type and what readers see": (
        "Ce que vous saisissez et ce que voient les lecteurs",
        "Lo que escribe y lo que ven los lectores",
        "ما تكتبه وما يراه القرّاء",
    ),
    "You type": ("Vous saisissez", "Usted escribe", "تكتب"),
    "Readers see": ("Les lecteurs voient", "Los lectores ven", "يرى القرّاء"),
    "Leave an empty line between paragraphs. A heading starts with ###; the page's own headings are above it.": (
        "Laissez une ligne vide entre les paragraphes. Un titre commence par ### ; les titres de la page elle-même sont au-dessus.",
        "Deje una línea en blanco entre párrafos. Un título empieza por ###; los títulos de la propia página están por encima.",
        "اترك سطرًا فارغًا بين الفقرات. يبدأ العنوان بـ ###؛ وعناوين الصفحة نفسها أعلى منه.",
    ),
    "**Bold** and *italic*": ("**Gras** et *italique*", "**Negrita** y *cursiva*", "**عريض** و*مائل*"),
    "- Clearance of Moxico\n- Mine risk education in schools": (
        "- Déminage de Moxico\n- Éducation aux risques des mines dans les écoles",
        "- Desminado de Moxico\n- Educación sobre el riesgo de minas en las escuelas",
        "- تطهير موكسيكو\n- التوعية بمخاطر الألغام في المدارس",
    ),
    "1. Survey\n2. Clearance\n3. Handover": (
        "1. Enquête\n2. Déminage\n3. Remise des terres",
        "1. Estudio\n2. Desminado\n3. Entrega",
        "1. المسح\n2. التطهير\n3. التسليم",
    ),
    "[Landmine Monitor](https://www.the-monitor.org)": (
        "[Observatoire des mines](https://www.the-monitor.org)",
        "[Monitor de Minas Terrestres](https://www.the-monitor.org)",
        "[مرصد الألغام الأرضية](https://www.the-monitor.org)",
    ),
    "### A small heading": ("### Un petit titre", "### Un título pequeño", "### عنوان صغير"),
    "| Year | Area released |\n|---|---|\n| 2024 | 1.2 km² |": (
        "| Année | Superficie remise à disposition |\n|---|---|\n| 2024 | 1,2 km² |",
        "| Año | Superficie liberada |\n|---|---|\n| 2024 | 1,2 km² |",
        "| السنة | المساحة المُفرَج عنها |\n|---|---|\n| 2024 | 1.2 كم² |",
    ),
})

# --- afternoon session (ux-land): e-mail links and the answer to interest (item 9) ---
T.update({
    "E-mailed to the donor with the status, and shown to them on the portal: next steps, whom to contact.": (
        "Envoyé par courriel au donateur avec le statut et affiché pour lui sur le portail : prochaines étapes, personnes à contacter.",
        "Se envía por correo electrónico al donante con el estado y se le muestra en el portal: próximos pasos, a quién dirigirse.",
        "يُرسل إلى المانح بالبريد الإلكتروني مع الحالة ويُعرض له على البوابة: الخطوات التالية، ومن يُتصل به.",
    ),
    "message to the donor": ("message au donateur", "mensaje al donante", "رسالة إلى المانح"),
    "answered at": ("répondu le", "respondido el", "تاريخ الرد"),
    "Read them: %(base_url)s%(url)s#needs": (
        "Les consulter : %(base_url)s%(url)s#needs",
        "Consúltelas: %(base_url)s%(url)s#needs",
        "للاطلاع عليها: %(base_url)s%(url)s#needs",
    ),
    "Their message:": ("Leur message :", "Su mensaje:", "رسالتهم:"),
    "Your interest and the answer on the portal: %(base_url)s%(interest_path)s": (
        "Votre intérêt et la réponse sur le portail : %(base_url)s%(interest_path)s",
        "Su interés y la respuesta en el portal: %(base_url)s%(interest_path)s",
        "اهتمامك والرد عليه في البوابة: %(base_url)s%(interest_path)s",
    ),
    "Answer it on the portal: %(base_url)s%(interest_path)s": (
        "Y répondre sur le portail : %(base_url)s%(interest_path)s",
        "Respóndalo en el portal: %(base_url)s%(interest_path)s",
        "الرد عليه في البوابة: %(base_url)s%(interest_path)s",
    ),
    "Answer from %(state)s": ("Réponse de l'État : %(state)s", "Respuesta de %(state)s", "الرد من %(state)s"),
    "Send the answer": ("Envoyer la réponse", "Enviar la respuesta", "إرسال الرد"),
    "answered %(day)s": ("réponse le %(day)s", "respondido el %(day)s", "تم الرد في %(day)s"),
})

# --- afternoon session (ux-land): report PDF facts (item 8) ---
_A = "%(invited)s invited, %(accepted_count)s accepted, %(attended_count)s attended."
_N = "%(invited)s invited, %(accepted_count)s accepted; attendance was not recorded."
T.update({
    "No presentation or minutes were recorded for:": (
        "Aucune présentation ni aucun compte rendu n'a été consigné pour :",
        "No se registró ninguna presentación ni acta para:",
        "لم يُسجَّل أي عرض أو محضر للبنود التالية:",
    ),
    (_A, _A): (
        [
            "%(invited)s invité, %(accepted_count)s acceptation(s), %(attended_count)s présent(s).",
            "%(invited)s invités, %(accepted_count)s acceptation(s), %(attended_count)s présent(s).",
        ],
        [
            "%(invited)s invitado, %(accepted_count)s aceptaron, %(attended_count)s asistieron.",
            "%(invited)s invitados, %(accepted_count)s aceptaron, %(attended_count)s asistieron.",
            "%(invited)s invitados, %(accepted_count)s aceptaron, %(attended_count)s asistieron.",
        ],
        ar6(
            "%(invited)s مدعوون، وقبل %(accepted_count)s، وحضر %(attended_count)s.",
            "مدعو واحد (%(invited)s)، وقبل %(accepted_count)s، وحضر %(attended_count)s.",
            "مدعوان (%(invited)s)، وقبل %(accepted_count)s، وحضر %(attended_count)s.",
            "%(invited)s مدعوين، وقبل %(accepted_count)s، وحضر %(attended_count)s.",
            "%(invited)s مدعوًا، وقبل %(accepted_count)s، وحضر %(attended_count)s.",
            "%(invited)s مدعو، وقبل %(accepted_count)s، وحضر %(attended_count)s.",
        ),
    ),
    (_N, _N): (
        [
            "%(invited)s invité, %(accepted_count)s acceptation(s) ; la présence n'a pas été consignée.",
            "%(invited)s invités, %(accepted_count)s acceptation(s) ; la présence n'a pas été consignée.",
        ],
        [
            "%(invited)s invitado, %(accepted_count)s aceptaron; no se registró la asistencia.",
            "%(invited)s invitados, %(accepted_count)s aceptaron; no se registró la asistencia.",
            "%(invited)s invitados, %(accepted_count)s aceptaron; no se registró la asistencia.",
        ],
        ar6(
            "%(invited)s مدعوون، وقبل %(accepted_count)s؛ ولم يُسجَّل الحضور.",
            "مدعو واحد (%(invited)s)، وقبل %(accepted_count)s؛ ولم يُسجَّل الحضور.",
            "مدعوان (%(invited)s)، وقبل %(accepted_count)s؛ ولم يُسجَّل الحضور.",
            "%(invited)s مدعوين، وقبل %(accepted_count)s؛ ولم يُسجَّل الحضور.",
            "%(invited)s مدعوًا، وقبل %(accepted_count)s؛ ولم يُسجَّل الحضور.",
            "%(invited)s مدعو، وقبل %(accepted_count)s؛ ولم يُسجَّل الحضور.",
        ),
    ),
    "Answer to the invitation": ("Réponse à l'invitation", "Respuesta a la invitación", "الرد على الدعوة"),
    "Not recorded": ("Non consigné", "No registrado", "غير مسجَّل"),
    "As published on the country page when this report was made (%(day)s), which may differ from what was discussed at the meeting.": (
        "Tels que publiés sur la page du pays lors de l'établissement du présent rapport (%(day)s), ce qui peut différer de ce qui a été examiné lors de la réunion.",
        "Tal como figuran en la página del país en la fecha de elaboración del presente informe (%(day)s), lo que puede diferir de lo examinado en la reunión.",
        "كما نُشرت في صفحة البلد عند إعداد هذا التقرير (%(day)s)، وقد تختلف عمّا نوقش في الاجتماع.",
    ),
})

# --- afternoon session (ux-land): country pages (item 10) ---
T.update({
    "In %(year)s the five largest donors gave %(share)s %% of the funding recorded in the portal.": (
        "En %(year)s, les cinq principaux donateurs ont fourni %(share)s %% des financements enregistrés dans le portail.",
        "En %(year)s, los cinco mayores donantes aportaron el %(share)s %% de la financiación registrada en el portal.",
        "في عام %(year)s، قدّم أكبر خمسة مانحين %(share)s %% من التمويل المسجَّل في البوابة.",
    ),
    "Worldwide, in 2017 a handful of donors gave 79 %% of all international funding for mine action; widening the circle of donors is an aim of the Convention.": (
        "À l'échelle mondiale, en 2017, une poignée de donateurs a fourni 79 %% de l'ensemble des financements internationaux de la lutte antimines ; élargir le cercle des donateurs est un objectif de la Convention.",
        "A escala mundial, en 2017 un puñado de donantes aportó el 79 %% de toda la financiación internacional para la acción contra las minas; ampliar el círculo de donantes es un objetivo de la Convención.",
        "على الصعيد العالمي، قدّم عدد قليل من المانحين في عام 2017 نسبة 79 %% من مجموع التمويل الدولي للأعمال المتعلقة بالألغام؛ وتوسيع دائرة المانحين هدف من أهداف الاتفاقية.",
    ),
    "Success story:": ("Réussite :", "Caso de éxito:", "قصة نجاح:"),
    "Good practice:": ("Bonne pratique :", "Buena práctica:", "ممارسة جيدة:"),
    "See all partnerships": ("Voir tous les partenariats", "Ver todas las asociaciones", "عرض جميع الشراكات"),
    "Other projects under way": ("Autres projets en cours", "Otros proyectos en curso", "مشاريع أخرى جارية"),
})

# --- afternoon session (ux-land): a new donor's dashboard (item 1) ---
T.update({
    "You follow no country yet. Follow a country from its page to be told when it publishes new needs.": (
        "Vous ne suivez encore aucun pays. Suivez un pays depuis sa page pour être averti lorsqu'il publie de nouveaux besoins.",
        "Todavía no sigue ningún país. Siga un país desde su página para recibir un aviso cuando publique nuevas necesidades.",
        "لا تتابع أي بلد بعد. تابع بلدًا من صفحته لتُبلَّغ حين ينشر احتياجات جديدة.",
    ),
    "Choose countries to follow": ("Choisir des pays à suivre", "Elegir países que seguir", "اختر بلدانًا لمتابعتها"),
})
