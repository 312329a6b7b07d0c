# Textos compartidos por la interfaz, la línea de comandos y el informe.

# El nombre del idioma en el propio idioma, que se muestra en los selectores de idioma.
language-name = Español
product-name = DHMA – Evaluación de la madurez de la salud digital
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name } ({ $version })

phase-label = Fase { $phase }
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = Incipiente
phase-2-name = Emergente
phase-3-name = Establecida
phase-4-name = Institucionalizada
phase-5-name = Optimizada
not-applicable = No aplicable / no disponible
not-available = no disponible
overall = Global

timeframe-short = Corto plazo (hasta 1 año)
timeframe-medium = Mediano plazo (de 1 a 3 años)
timeframe-long = Largo plazo (de 3 a 5 años)
cost-low = Costo bajo
cost-medium = Costo medio
cost-high = Costo alto
confidence-low = Confianza baja
confidence-medium = Confianza media
confidence-high = Confianza alta
status-draft = Borrador
status-finalised = Finalizada

exclusion-not-applicable = marcado como no aplicable / no disponible
exclusion-not-answered = aún sin respuesta
exclusion-sub-indicator = subindicador: su respuesta se registra pero no cuenta en la puntuación

scoring-rule = La puntuación de un componente es la media de sus indicadores puntuados que tienen una fase asignada; se excluyen los subindicadores y los indicadores marcados como no aplicables. La puntuación global es la media no ponderada de las puntuaciones de los componentes. Una puntuación se convierte en fase redondeándola a un decimal y luego redondeando al alza, con la fase 1 como mínimo.

# Decimal separator used when the product prints a mean (e.g. 2,33).
number-decimal-separator = ,
# Separator between items of a list (e.g. indicator codes).
list-separator = {", "}

# Roadmap statuses and priorities.
roadmap-status-proposed = Propuesta
roadmap-status-planned = Planificada
roadmap-status-in-progress = En curso
roadmap-status-done = Realizada
roadmap-status-dropped = Descartada
priority-1 = Prioridad alta
priority-2 = Prioridad media
priority-3 = Prioridad baja
roadmap-step = { $from } → { $to }
backup-reason-upgrade = antes de una actualización
backup-reason-finalised = en la finalización
backup-reason-hourly = cada hora
backup-reason-before-restore = antes de una restauración
backup-reason-set-aside = no se podía abrir, apartada

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title }: importada como evaluación nueva.
merge-summary = { $title }: fusionada con el archivo. Campos de respuesta tomados del archivo: { $answers }. Otros cambios tomados: { $others }. { $conflicts ->
    [0] No hay ningún conflicto.
    [one] Hay un conflicto pendiente de decisión.
   *[other] Hay { $conflicts } conflictos pendientes de decisión.
}
merge-field-of-indicator = Indicador { $code } – { $field }
merge-field-current = Fase actual
merge-field-target = Fase meta
merge-field-target-year = Año meta
merge-field-rationale = Justificación
merge-field-confidence = Confianza
merge-field-carried = Traspasada de la ronda anterior, sin revisar
merge-field-change-note = Qué cambió desde la ronda anterior
merge-field-note = Nota de consenso
merge-field-tally = Recuento de tarjetas
merge-field-rating = Calificación de { $name }
merge-field-dissent = Desacuerdo de { $name }
merge-field-evidence = Evidencia “{ $title }”
merge-field-roadmap = Acción de la hoja de ruta
merge-field-roadmap-position = Posición de una acción de la hoja de ruta
merge-field-participant = Participante { $name }
merge-field-group = Grupo { $name }
merge-field-country = País
merge-field-round = Ronda
merge-field-date = Fecha de la evaluación
merge-field-facilitator = Facilitador
merge-field-language = Idioma
merge-value-removed = Eliminado
merge-value-empty = Vacío
merge-value-phase = Fase { $phase }
merge-value-na = No aplicable
merge-value-yes = Sí
merge-value-no = No
merge-value-with-comment = { $value } (“{ $comment }”)
merge-changed-by = Modificado por { $name }, { $time }
# Qué cambió desde la ronda anterior: la pantalla, `dhma compare --changes` y el informe.
changes-title = Qué cambió
changes-heading = { changes-title } – { $title }
changes-since = En comparación con la ronda anterior, { $round } ({ $date }).
changes-first-round = { $country } no tiene ninguna ronda anterior con este marco, así que aún no hay nada con qué comparar.
changes-count = { $count ->
        [0] Ningún indicador cambió de fase ni de meta.
        [one] Cambió la fase o la meta de un indicador.
       *[other] Cambió la fase o la meta de { $count } indicadores.
    }
changes-block-count = { $count ->
        [0] Ningún indicador cambió
        [one] Cambió un indicador
       *[other] Cambiaron { $count } indicadores
    }
changes-phase = Fase { $old } → { $new }
changes-target = Meta { $old } → { $new }
changes-arrow = { $old } → { $new }
changes-value-na = no aplicable
changes-value-none = sin respuesta
changes-value-unset = sin fijar
changes-value-absent = fuera del marco
changes-direction-up = Sube
changes-direction-down = Baja
changes-direction-same = Sin cambios
changes-direction-changed = Cambiado
changes-direction-new = Respondido por primera vez
changes-direction-removed = Ya sin respuesta
changes-note = Qué cambió: { $note }
changes-indicator = { $code } { $title }
changes-col-indicator = Indicador
changes-col-mean = Media
changes-col-phase = Fase
changes-col-target = Meta
changes-col-direction = Evolución de la fase
changes-col-note = Qué cambió (nota del equipo)
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = DD/MM/YYYY
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = {"; "}

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = La evaluación en su conjunto
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = no aplicable
na-reason-not-available = no disponible – faltan datos
na-reason-not-said = NA, sin indicar si no es aplicable o si faltan datos
merge-field-na-reason = Qué NA (no aplicable o faltan datos)

# Answers imported from a spreadsheet (preview and result).
answers-change-current = Fase actual: { $old } → { $new }
answers-change-target = Fase meta: { $old } → { $new }
answers-change-target-year = Año meta: { $old } → { $new }
answers-change-rationale = Justificación: { $old } → { $new }
answers-preview = { $count ->
        [one] El archivo cambia { $count } respuesta.
       *[other] El archivo cambia { $count } respuestas.
    }
answers-imported = { $count ->
        [one] { $count } respuesta cambiada.
       *[other] { $count } respuestas cambiadas.
    }
merge-field-gdhm-country = Nombre del país
merge-field-gdhm-country-summary = Resumen del país
merge-field-gdhm-country-contact-name = Contacto del país: nombre
merge-field-gdhm-country-contact-role = Contacto del país: cargo
merge-field-gdhm-country-contact-org = Contacto del país: organización
merge-field-gdhm-country-contact-email = Contacto del país: correo electrónico
merge-field-gdhm-contact-person-name = Persona de contacto: nombre
merge-field-gdhm-contact-person-role = Persona de contacto: cargo
merge-field-gdhm-contact-person-email = Persona de contacto: correo electrónico
merge-field-gdhm-approver-name = Aprobador de los datos: nombre
merge-field-gdhm-approver-role = Aprobador de los datos: cargo
merge-field-gdhm-approver-email = Aprobador de los datos: correo electrónico
merge-field-gdhm-resources-link = Enlaces a recursos
chart-legend-benchmark = Referencia: { $label }
chart-legend-benchmark-dated = Referencia: { $label } ({ $date })
batch-sheet-assessments = Evaluaciones
batch-sheet-indicators = Indicadores
batch-col-country = País
batch-col-round = Ronda
batch-col-date = Fecha
batch-col-status = Estado
batch-col-overall = Media global
batch-col-overall-phase = Fase global
batch-col-indicator = Indicador
batch-col-block = Componente
batch-col-phase = Fase actual
batch-col-target = Fase objetivo
batch-status-draft = Borrador
batch-status-finalised = Finalizada
move-exported = Evaluaciones escritas en { $path }: { $count }.
move-imported = Archivo de traslado incorporado. Evaluaciones nuevas: { $added }. Fusionadas con la copia que ya estaba aquí: { $merged }. { $conflicts ->
    [0] No hay ningún conflicto.
    [one] Hay un conflicto pendiente de decisión.
   *[other] Hay { $conflicts } conflictos pendientes de decisión.
}
about-title = Acerca de DHMA
about-version = Versión { $version }
about-licence = DHMA es software libre con licencia { $licence }.
about-fonts-heading = Fuentes
about-fonts-notice = Los informes y las imágenes de gráficos usan las fuentes Noto (Noto Sans, Noto Sans Arabic, Noto Sans CJK SC) de Google, con licencia SIL Open Font License, versión 1.1. Sus archivos de derechos de autor, con la licencia, siguen tal como están redactados.
about-crates-heading = Software de terceros
about-crates-intro = Bibliotecas Rust (crates) de código abierto incluidas en este programa, cada una con su licencia (expresión SPDX) y los archivos de licencia que incluye, tal como están redactados: { $count }.
about-licence-text = Texto de la licencia
about-no-licence-file = Esta biblioteca no incluye ningún archivo de licencia; su licencia es la indicada.
about-licence-undeclared = No declarada

roadmap-origin-own = Redactada por el equipo
roadmap-origin-template = De la biblioteca de modelos de DHMA
roadmap-cross-cutting = Acciones transversales
roadmap-cross-cutting-short = Transversal
roadmap-all-blocks = Todos los componentes
roadmap-body-development-partners = Socios para el desarrollo
roadmap-body-private-sector = Sector privado
roadmap-body-subnational = Niveles subnacionales (regiones, distritos)
roadmap-body-other-ministries = Otros ministerios
