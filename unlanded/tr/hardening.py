"""Translations of the hardening helper's strings (issue 16)."""

T = {
    "Up to %(limit)s characters.": (
        "%(limit)s caractères au plus.",
        "Hasta %(limit)s caracteres.",
        "بحد أقصى %(limit)s حرف.",
    ),
    "The address or the form contained a character that cannot be stored (a NUL byte). Remove it and try again; nothing was changed.": (
        "L'adresse ou le formulaire contenait un caractère qui ne peut pas être enregistré (un octet NUL). Retirez-le et réessayez ; rien n'a été modifié.",
        "La dirección o el formulario contenía un carácter que no se puede guardar (un byte NUL). Elimínelo e inténtelo de nuevo; no se ha cambiado nada.",
        "احتوى العنوان أو النموذج على حرف لا يمكن حفظه (بايت NUL). احذفه وحاول مرة أخرى؛ لم يتغير شيء.",
    ),
    "This request could not be read": (
        "Cette demande n'a pas pu être lue",
        "No se pudo leer esta solicitud",
        "تعذّرت قراءة هذا الطلب",
    ),
    "The address or the form held something the portal cannot accept. Nothing was changed.": (
        "L'adresse ou le formulaire contenait quelque chose que le portail ne peut pas accepter. Rien n'a été modifié.",
        "La dirección o el formulario contenía algo que el portal no puede aceptar. No se ha cambiado nada.",
        "احتوى العنوان أو النموذج على شيء لا يمكن للبوابة قبوله. لم يتغير شيء.",
    ),
    "Back to the home page": (
        "Retour à la page d'accueil",
        "Volver a la página de inicio",
        "العودة إلى الصفحة الرئيسية",
    ),
    "The file nests its arrays too deeply.": (
        "Le fichier imbrique ses tableaux trop profondément.",
        "El archivo anida sus matrices a demasiada profundidad.",
        "يتداخل الملف في مصفوفاته بعمق مفرط.",
    ),
    "The file is not JSON the map can use: %(error)s": (
        "Le fichier n'est pas du JSON utilisable pour la carte : %(error)s",
        "El archivo no es JSON que el mapa pueda usar: %(error)s",
        "الملف ليس JSON يمكن للخريطة استخدامه: %(error)s",
    ),
    "a number of %(count)s characters": (
        "un nombre de %(count)s caractères",
        "un número de %(count)s caracteres",
        "رقم من %(count)s حرفًا",
    ),
    "%(name)s is not a number": (
        "%(name)s n'est pas un nombre",
        "%(name)s no es un número",
        "%(name)s ليس رقمًا",
    ),
    "Feature %(index)s nests collections too deeply.": (
        "L'élément %(index)s imbrique des collections trop profondément.",
        "El elemento %(index)s anida colecciones a demasiada profundidad.",
        "يتداخل العنصر %(index)s في المجموعات بعمق مفرط.",
    ),
    "The map is too detailed to show on the page, even simplified (%(size)s kB drawn; the limit is %(limit)s kB). Simplify the geometry or merge points, then upload it again.": (
        "La carte est trop détaillée pour être affichée sur la page, même simplifiée (%(size)s ko dessinés ; la limite est de %(limit)s ko). Simplifiez la géométrie ou fusionnez des points, puis téléversez-la à nouveau.",
        "El mapa es demasiado detallado para mostrarse en la página, incluso simplificado (%(size)s kB dibujados; el límite es %(limit)s kB). Simplifique la geometría o combine puntos y vuelva a subirlo.",
        "الخريطة مفصّلة أكثر من أن تُعرض على الصفحة حتى بعد تبسيطها (%(size)s كيلوبايت مرسومة؛ والحد %(limit)s كيلوبايت). بسّط الشكل الهندسي أو ادمج النقاط، ثم حمّلها مرة أخرى.",
    ),
    "The image is %(width)s × %(height)s pixels; the limit is 25 megapixels and 10,000 pixels a side (e.g. 5,000 × 5,000). Reduce it and upload it again.": (
        "L'image fait %(width)s × %(height)s pixels ; la limite est de 25 mégapixels et 10 000 pixels par côté (par exemple 5 000 × 5 000). Réduisez-la et téléversez-la à nouveau.",
        "La imagen mide %(width)s × %(height)s píxeles; el límite es de 25 megapíxeles y 10.000 píxeles por lado (por ejemplo, 5.000 × 5.000). Redúzcala y vuelva a subirla.",
        "أبعاد الصورة %(width)s × %(height)s بكسل؛ والحد 25 ميغابكسل و10,000 بكسل للضلع (مثلًا 5,000 × 5,000). صغّرها ثم حمّلها مرة أخرى.",
    ),
    "The page was out of date; reload it and try again.": (
        "La page n'était plus à jour ; rechargez-la et réessayez.",
        "La página estaba desactualizada; vuelva a cargarla e inténtelo de nuevo.",
        "كانت الصفحة قديمة؛ أعد تحميلها وحاول مرة أخرى.",
    ),
    "The worker rendering this version stopped; it is taken over.": (
        "Le processus qui produisait cette version s'est arrêté ; elle est reprise.",
        "El proceso que generaba esta versión se detuvo; se retoma.",
        "توقفت العملية التي كانت تُنتج هذا الإصدار؛ ويجري استئنافه.",
    ),
}
T["The image has too many pixels; the limit is 25 megapixels and 10,000 pixels a side (e.g. 5,000 × 5,000). Reduce it and upload it again."] = (
    "L'image a trop de pixels ; la limite est de 25 mégapixels et 10 000 pixels par côté (par exemple 5 000 × 5 000). Réduisez-la et téléversez-la à nouveau.",
    "La imagen tiene demasiados píxeles; el límite es de 25 megapíxeles y 10.000 píxeles por lado (por ejemplo, 5.000 × 5.000). Redúzcala y vuelva a subirla.",
    "تحتوي الصورة على عدد كبير جدًا من البكسلات؛ والحد 25 ميغابكسل و10,000 بكسل للضلع (مثلًا 5,000 × 5,000). صغّرها ثم حمّلها مرة أخرى.",
)

# Session of 2026-12-02 afternoon (hardening-land).
T["The note can be at most %(limit)s characters long (it has %(count)s)."] = (
    "La note peut compter au plus %(limit)s caractères (elle en compte %(count)s).",
    "La nota puede tener como máximo %(limit)s caracteres (tiene %(count)s).",
    "يمكن أن تتكون الملاحظة من %(limit)s حرفًا كحد أقصى (وهي تتكون من %(count)s).",
)
T["GeoJSON must be an object with a “type”."] = (
    "Le GeoJSON doit être un objet doté d'un « type ».",
    "El GeoJSON debe ser un objeto con un «type».",
    "يجب أن يكون ملف GeoJSON كائنًا له «type».",
)
T["A FeatureCollection needs a list of “features”."] = (
    "Une FeatureCollection doit contenir une liste « features ».",
    "Una FeatureCollection necesita una lista «features».",
    "تحتاج FeatureCollection إلى قائمة «features».",
)
T["Unknown GeoJSON type “%(type)s”."] = (
    "Type GeoJSON inconnu « %(type)s ».",
    "Tipo de GeoJSON desconocido «%(type)s».",
    "نوع GeoJSON غير معروف «%(type)s».",
)
T["Feature %(index)s is not a GeoJSON Feature."] = (
    "L'élément %(index)s n'est pas une Feature GeoJSON.",
    "El elemento %(index)s no es una Feature de GeoJSON.",
    "العنصر %(index)s ليس Feature بتنسيق GeoJSON.",
)
T["The map has more than %(limit)s positions; simplify it."] = (
    "La carte compte plus de %(limit)s positions ; simplifiez-la.",
    "El mapa tiene más de %(limit)s posiciones; simplifíquelo.",
    "تحتوي الخريطة على أكثر من %(limit)s موضع؛ بسّطها.",
)
T["The file has no geometry to draw."] = (
    "Le fichier ne contient aucune géométrie à dessiner.",
    "El archivo no contiene ninguna geometría que dibujar.",
    "لا يحتوي الملف على أي شكل هندسي لرسمه.",
)
T["Feature %(index)s has a position that is not [lon, lat]."] = (
    "L'élément %(index)s a une position qui n'est pas [lon, lat].",
    "El elemento %(index)s tiene una posición que no es [lon, lat].",
    "العنصر %(index)s يحتوي على موضع ليس بالصيغة [lon, lat].",
)
T["Feature %(index)s has a position outside longitude/latitude ranges (GeoJSON uses WGS 84 degrees)."] = (
    "L'élément %(index)s a une position hors des plages de longitude et de latitude (GeoJSON utilise des degrés WGS 84).",
    "El elemento %(index)s tiene una posición fuera de los rangos de longitud y latitud (GeoJSON usa grados WGS 84).",
    "العنصر %(index)s يحتوي على موضع خارج نطاقات خطوط الطول والعرض (يستخدم GeoJSON درجات WGS 84).",
)
T["Feature %(index)s has no valid geometry type."] = (
    "L'élément %(index)s n'a pas de type de géométrie valide.",
    "El elemento %(index)s no tiene un tipo de geometría válido.",
    "العنصر %(index)s ليس له نوع هندسي صالح.",
)
T["Feature %(index)s: a collection needs “geometries”."] = (
    "Élément %(index)s : une collection doit contenir « geometries ».",
    "Elemento %(index)s: una colección necesita «geometries».",
    "العنصر %(index)s: تحتاج المجموعة إلى «geometries».",
)
T["Feature %(index)s: coordinates do not match a %(type)s."] = (
    "Élément %(index)s : les coordonnées ne correspondent pas à un %(type)s.",
    "Elemento %(index)s: las coordenadas no corresponden a un %(type)s.",
    "العنصر %(index)s: الإحداثيات لا تطابق %(type)s.",
)
