# Mensajes de error, uno por código de error del núcleo (src/error.rs). Los argumentos tienen nombre.

error-io = No se pudo leer ni escribir el archivo { $path }.
error-database = No se pudo utilizar la base de datos de evaluaciones. Vuelva a intentarlo; si vuelve a ocurrir, envíe los detalles para el soporte a quien le da soporte de DHMA.
error-database-too-new = La base de datos { $path } fue creada por una versión más reciente de DHMA (esquema { $found }; esta versión admite hasta el { $supported }). No se ha modificado. Instale la versión más reciente o abra otro archivo.
error-not-dhma-database = El archivo { $path } no es una base de datos de DHMA. No se ha modificado.
error-assessment-not-found = No se encontró ninguna evaluación con el identificador { $id }.
error-assessment-locked = { $country } – { $round } está finalizada: sus respuestas y puntuaciones quedan bloqueadas tal como se aprobaron. Para evaluar de nuevo, use «Iniciar la siguiente ronda» en su panel (o dhma new-round).
error-unknown-framework = El marco { $id } { $version } no está disponible en esta versión de DHMA.
error-unknown-language = El idioma { $lang } no está disponible. Idiomas disponibles: en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = El indicador { $code } no existe en este marco.
error-answered-twice = El indicador { $code } tiene dos respuestas en el archivo. No se ha importado nada.
error-rater-unknown = Ningún participante ni grupo se llama «{ $name }». No se ha cambiado nada.
error-rater-has-ratings = «{ $name }» tiene calificaciones o un desacuerdo registrado en esta evaluación y no se puede quitar. Elimine primero sus calificaciones y su desacuerdo. No se ha cambiado nada.
error-consensus-note-required = Indicador { $code }: la fase acordada está fuera de las calificaciones, o las calificaciones están muy alejadas. Escriba una nota de consenso que explique por qué la sala la acordó. No se ha cambiado nada.
error-group-name-taken = Ya hay un grupo llamado «{ $name }». Elija otro nombre. No se ha cambiado nada.
error-csv-blank-participant = Línea { $line }: el nombre del participante está vacío. No se ha importado nada.
error-csv-rated-twice = Línea { $line }: { $name } ya calificó el indicador { $code } en la línea { $first }. No se ha importado nada.
error-invalid-value = El valor “{ $value }” no es válido para el campo “{ $label }”.
error-required = Complete el campo “{ $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    }”.
error-content = El marco presenta { $count ->
    [one] un problema
   *[other] { $count } problemas
}:
error-file-too-large = El archivo { $path } ocupa { $size }, más que el límite de { $limit }. No se ha importado.
error-malformed-json = El archivo { $path } está dañado o no es un archivo de evaluación: no se puede leer en la línea { $line }, columna { $column }. No se ha importado nada.
error-not-utf8 = El archivo { $path } no es texto UTF-8, la codificación que usa DHMA: el carácter de la línea { $line }, columna { $column } no se puede leer. Si lo guardó otro programa, guárdelo de nuevo como UTF-8 o vuelva a exportarlo desde DHMA. No se ha importado nada.
error-not-assessment-file = El archivo { $path } no es un archivo de evaluación de DHMA. No se ha importado nada.
error-format-too-new = El archivo { $path } fue escrito por una versión más reciente de DHMA (formato { $found }; esta versión lee hasta el { $supported }). Instale la versión más reciente para importarlo.
error-checksum-mismatch = El archivo { $path } se modificó o se dañó después de exportarse: su suma de verificación no coincide. No se ha importado nada.
error-invalid-file-field = El archivo { $path } no se puede importar: { $reason } (en “{ $label }”). No se ha importado nada.
error-phase-out-of-range = Indicador { $code }: el valor { $value } indicado para “{ $label }” no es una fase del 1 al 5. No se ha importado nada.
error-already-exists = La evaluación { $country } – { $round } ya figura en esta base de datos. Elimínela primero o importe el archivo en otra computadora.
error-csv-malformed = No se puede leer la línea { $line }.
error-csv-missing-column = La primera línea debe ser un encabezado con las columnas indicator y phase (y, opcionalmente, target); falta la columna { $column }.
error-csv-unknown-indicator = Línea { $line }: no existe el indicador { $code } en este marco.
error-csv-bad-phase = Línea { $line }: el valor “{ $value }” indicado para “{ $label }” debe ser una fase del 1 al 5, o NA.
error-csv-duplicate = Línea { $line }: el indicador { $code } ya figuraba en la línea { $first }.

content-issue = { $file }, { $item }, { $field }: { $problem }
content-issue-item = – { $issue }
content-syntax = no se puede leer el texto ({ $detail })
content-missing = falta
content-empty = vacío
content-orphan = no utilizado por el marco (huérfano)
content-duplicate = figura más de una vez
content-unknown-reference = remite a “{ $detail }”, que no existe
content-out-of-range = fuera de rango: { $detail }
content-invalid = no válido: { $detail }
content-locale-tag = no es una etiqueta de idioma incluida en la aplicación
content-placeables = utiliza variables distintas de las del texto en inglés: { $detail }
error-database-in-use = El archivo de evaluaciones { $path } ya está abierto en otra ventana o programa de DHMA. Ciérrelo primero allí; no se ha modificado nada.
error-no-rounds = No hay ninguna evaluación de { $country } en esta base de datos.
error-database-damaged = La base de datos de evaluaciones { $path } está dañada. No se ha modificado. Restaure una copia de seguridad o empiece un archivo nuevo.
error-damaged-row = Un valor guardado no se puede leer: la base de datos de evaluaciones está dañada en ese punto. No se ha modificado nada. Restaure una copia de seguridad.
error-read-only = No se puede escribir en la base de datos de evaluaciones { $path }: el disco o la carpeta son de solo lectura. El último cambio no se ha guardado; no se ha perdido nada más. Copie el archivo a una carpeta en la que pueda escribir o consulte a su administrador.
error-disk-full = El disco que contiene { $path } está lleno. El último cambio no se ha guardado; no se ha perdido nada más. Libere espacio y vuelva a intentarlo.
error-backup-not-found = No existe ninguna copia de seguridad llamada { $name }.
error-not-ready-to-finalise = La evaluación todavía no se puede finalizar: { $count ->
    [one] un indicador aún necesita
   *[other] { $count } indicadores aún necesitan
} una fase (o «no aplicable») y una justificación: { $codes }.

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = El archivo o la carpeta { $path } no existe. Puede que se haya movido, cambiado de nombre o eliminado.
error-io-permission-denied = DHMA no tiene permiso para leer ni escribir { $path }. Compruebe los permisos del archivo o de la carpeta, o consulte a su administrador.
error-io-already-exists = Ya existe un archivo o una carpeta con el nombre { $path }.
error-io-read-only = { $path } está en un disco o una carpeta de solo lectura: no se puede escribir.
error-io-storage-full = El disco que contiene { $path } está lleno. Libere espacio y vuelva a intentarlo.
error-io-is-a-directory = { $path } es una carpeta, no un archivo.
error-io-not-a-directory = Una parte de la ruta { $path } es un archivo donde se esperaba una carpeta.
error-io-invalid-filename = { $path } no es un nombre de archivo válido en este equipo.
error-io-file-too-large = { $path } es demasiado grande para este disco o esta carpeta.
error-io-unexpected-eof = El archivo { $path } termina antes de tiempo: está incompleto o dañado.
error-io-invalid-data = El archivo { $path } contiene datos que no se pueden leer: puede estar dañado.
error-invalid-value-empty = Hay que rellenar el campo “{ $label }”.
error-invalid-value-internal = DHMA no pudo generar “{ $label }”. Se trata de un fallo de DHMA: notifíquelo junto con los detalles para el soporte.
error-file-reason-unknown-field = contiene un campo que esta versión de DHMA no conoce (escrito por una versión más reciente o editado a mano)
error-file-reason-framework-mismatch = indica dos marcos o dos versiones de marco distintos
error-file-reason-missing-field = falta un campo obligatorio
error-file-reason-wrong-type = un valor tiene un tipo incorrecto (por ejemplo, texto donde corresponde un número)
error-file-reason-bad-value = un valor no es uno de los permitidos
error-file-reason-duplicate-field = un campo aparece dos veces
error-file-reason-damaged = su contenido no tiene la forma de una evaluación de DHMA
error-csv-malformed-fields = La línea { $line } tiene { $found ->
    [one] un valor
   *[other] { $found } valores
}, pero el encabezado tiene { $expected ->
    [one] una columna
   *[other] { $expected } columnas
}.
error-csv-malformed-utf8 = La línea { $line } no es texto UTF-8. Vuelva a guardar el archivo como “CSV UTF-8”.
error-support-details = Detalles para el soporte: { $details }
error-merge-into-finalised = La evaluación { $country } – { $round } está finalizada en este equipo: los cambios del archivo no se pueden fusionar con ella. Inicie la ronda siguiente para registrar cambios, o importe el archivo en un equipo en el que la evaluación siga siendo un borrador. No se ha cambiado nada.
error-merge-finalised-file = El archivo contiene la evaluación { $country } – { $round } finalizada, y el borrador de este equipo es distinto. Para quedarse con la versión finalizada, elimine aquí el borrador (se conserva una copia de seguridad) y vuelva a importar el archivo. No se ha cambiado nada.
error-conflict-not-found = No hay ningún conflicto pendiente de decisión para el indicador “{ $indicator }”, campo “{ $field }”. “dhma conflicts” muestra los conflictos con sus campos. No se ha cambiado nada.
error-conflict-value-not-allowed = “{ $field }” solo se puede resolver conservando uno de los dos valores, no escribiendo otro. No se ha cambiado nada.

# Rounds that start from the last one (issue 12).
error-change-note-required = Indicador { $code }: la nueva fase difiere de la trasladada de la ronda anterior. Indique qué cambió desde la última ronda y vuelva a guardar la fase.
error-carried-not-reviewed = La evaluación aún no se puede finalizar: { $count ->
    [one] una respuesta trasladada de la ronda anterior no se ha revisado
   *[other] { $count } respuestas trasladadas de la ronda anterior no se han revisado
}: { $codes }. Guarde cada una o márquela como «Revisada, sin cambios».
error-round-name-taken = { $country } ya tiene una ronda llamada { $round }. Elija otro nombre.

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = { $title } no tiene una ronda anterior, así que el cuestionario no puede rellenarse de antemano. Imprímalo sin las fases de la ronda anterior.
error-answers-cell-unknown-indicator = Hoja «{ $sheet }», fila { $row }, columna { $column } ({ $header }): «{ $value }» no es un indicador del marco de esta evaluación.
error-answers-cell-duplicate = Hoja «{ $sheet }», fila { $row }, columna { $column } ({ $header }): el indicador { $value } ya está en la fila { $first }.
error-answers-cell-bad-phase = Hoja «{ $sheet }», fila { $row }, columna { $column } ({ $header }): «{ $value }» no es una fase: escriba de 1 a 5, o NA.
error-answers-cell-bad-target = Hoja «{ $sheet }», fila { $row }, columna { $column } ({ $header }): «{ $value }» no es una fase meta: escriba de 1 a 5, o deje la celda vacía.
error-answers-cell-bad-year = Hoja «{ $sheet }», fila { $row }, columna { $column } ({ $header }): «{ $value }» no es un año entre 2000 y 2100.
error-answers-cell-no-code = Hoja «{ $sheet }», fila { $row }, columna { $column } ({ $header }): la fila tiene respuestas pero ningún código de indicador.
error-answers-no-code-column = La hoja «{ $sheet }» no tiene columna «{ $heading }»: su primera fila necesita los encabezados de la hoja Indicadores que exporta DHMA, en cualquiera de sus idiomas.
error-answers-no-answer-column = La hoja «{ $sheet }» no tiene ninguna columna de respuestas: su primera fila necesita al menos uno de estos encabezados: { $headings }.
error-spreadsheet-unreadable = «{ $path }» no se puede leer como libro de Excel (.xlsx) ni como archivo CSV (.csv).
error-gdhm-detail-missing = La carga del GDHM necesita «{ $field }»: complételo en los datos para el GDHM y vuelva a exportar. No se escribió ningún archivo.
error-gdhm-invalid-email = «{ $value }» en «{ $field }» no es una dirección de correo electrónico que el GDHM acepte. No se escribió ningún archivo.
error-gdhm-unanswered = La carga del GDHM necesita una fase o NA para cada indicador; estos aún no la tienen: { $codes }. No se escribió ningún archivo.
error-gdhm-file-unreadable = { $path } no es un libro de Excel (.xlsx) que DHMA pueda leer.
error-gdhm-file-empty = { $path } no contiene datos de países: no es una exportación de datos del GDHM.
error-gdhm-file-cell-header = { $path }, fila { $row }, columna { $column }: «{ $value }» no es un encabezado de una exportación de datos del GDHM (Indicador con un código, o Categoría con un número).
error-gdhm-file-cell-phase = { $path }, fila { $row }, columna { $column }: «{ $value }» no es una fase (Fase 1 a Fase 5, o No disponible).
error-gdhm-file-cell-country = { $path }, fila { $row }, columna { $column }: la fila tiene fases pero no el nombre del país.
error-gdhm-country-not-in-file = { $path } no tiene ningún país llamado «{ $country }».
error-gdhm-no-common-indicators = { $path } no tiene ningún indicador del marco de esta evaluación.
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = “{ $value }” no es un gráfico que DHMA pueda dibujar: elija radar o bars.
error-unknown-image-format = “{ $value }” no es un formato de imagen que DHMA pueda escribir: elija png o svg.
error-dpi-out-of-range = La resolución “{ $value }” no se puede usar: indique un número entero de puntos por pulgada entre { $min } y { $max }.
error-chart-image = DHMA no pudo dibujar la imagen del gráfico. Se trata de un fallo de DHMA: notifíquelo junto con los detalles para el soporte.

error-invalid-action-year = «{ $value }» no es un año válido para una acción: indique un año de 2000 a 2100, en cifras.
error-invalid-action-end-before-start = El año de finalización { $value } es anterior al año de inicio: una acción no puede terminar antes de empezar.
error-invalid-action-amount = «{ $value }» no es un importe: indique cero o más en cifras, con dos decimales como máximo (por ejemplo 250000 o 1500,50).
error-invalid-action-currency = «{ $value }» no es un código de moneda: indique las tres letras de su código ISO 4217, por ejemplo USD, EUR o XOF.
error-invalid-action-budget-incomplete = El presupuesto «{ $value }» necesita un importe y su moneda.
error-invalid-action-template-action = «{ $value }» procede de la biblioteca de modelos de DHMA: asígnele el estado «Descartada» en lugar de eliminarla, para que la próxima propuesta no la vuelva a incluir.
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = No se ha elegido ningún país de { $path }: elija al menos un país con el que compararse.
