# Textos del informe PDF.

report-title = Evaluación nacional de la madurez de la salud digital
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label }: { $value }
report-list-item = • { $item }
report-subtitle = Informe de evaluación y hoja de ruta
report-country = País
report-round = Ronda
report-date = Fecha de la evaluación
report-framework = Marco
report-facilitator = Facilitador
report-status = Estado
report-generated = Informe elaborado el { $date } con DHMA
report-page = Página { $page } de { $total }
report-summary = Resumen ejecutivo
report-summary-overall = Madurez global: fase { $phase } (media { $mean }), fase meta { $target }.
report-summary-strongest = Componente más sólido: { $block } (media { $mean }).
report-summary-weakest = Componente más débil: { $block } (media { $mean }).
report-summary-agreement = Acuerdo en la sala: { $percent } % de los indicadores puntuados ({ $agreed } de { $counted }).
report-summary-agreement-meaning = En estos indicadores, cada calificación individual quedó a una fase como máximo de la fase acordada; en los demás, las posiciones iniciales estaban más alejadas. El anexo «Cómo calificó el equipo» muestra dónde y por qué.
report-summary-priorities = Principales prioridades de la hoja de ruta
report-priority = { $action } ({ $indicator })
report-scores = Puntuaciones por componente
report-radar = Fases actuales y fases meta por componente
report-block-section = Componente: { $block }
report-indicator-heading = { $code }  { $title }
report-current = Fase actual
report-target = Fase meta
report-target-year = Año meta
report-target-by-year = { $phase }, para { $year }
report-rationale = Justificación
report-evidence = Evidencia
report-evidence-heading = Evidencia:
report-no-evidence = No se ha registrado ninguna evidencia.
report-no-rationale = No se ha registrado ninguna justificación.
report-sub-indicator = Subindicador (no se tiene en cuenta en la puntuación)
report-roadmap = Hoja de ruta
report-roadmap-none = No se ha registrado ninguna acción en la hoja de ruta.
report-action-line-heading = { $block } — { $line }
report-indicator-step = { $indicator } · { $step }
report-timeline = Cronograma
report-method = Anexo: método
report-excluded = Indicadores no contabilizados en las puntuaciones
report-excluded-none = Todos los indicadores puntuados tienen una fase.
report-ratings = Anexo: cómo calificó el equipo
report-ratings-intro = Cada participante o grupo calificó los indicadores antes de que la sala acordara una fase. Las columnas 1 a 5 cuentan las calificaciones que dieron cada fase, N/A las que dieron «no aplicable»; el mínimo, la mediana y el máximo no las tienen en cuenta. Solo la fase acordada entra en las puntuaciones. «A una fase como máximo» indica si cada calificación quedó a una fase como máximo de la fase acordada, como lo cuenta la cifra de acuerdo del resumen.
report-ratings-indicator = Indicador
# Short column heading: ratings of "not applicable".
report-ratings-na = N/A
report-ratings-min = Mín.
report-ratings-median = Mediana
report-ratings-max = Máx.
report-ratings-agreed = Fase acordada
report-ratings-within = A una fase como máximo
report-ratings-notes = Notas de consenso y desacuerdos
report-ratings-notes-none = No se registró ninguna nota de consenso ni ningún desacuerdo.
report-ratings-anonymous = Anónimo
report-consensus-note = Nota de consenso
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = Desacuerdo, { $who }: { $reason }
report-participants = Anexo: participantes
report-participants-none = No se ha registrado ningún participante.
report-signoff = Aprobación
report-approver = Aprobado por
report-approver-role = Cargo
report-not-given = —
report-government-approved = Aprobado por el Gobierno
report-yes = Sí
report-no = No
report-signature = Firma y fecha
report-name = Nombre
report-organisation = Organización

report-changes = Desde la última ronda
report-changes-intro = En comparación con la ronda anterior, { $round } ({ $date }): la media y la fase de cada componente antes y ahora, y cada indicador cuya fase o meta cambió, con la nota del equipo sobre qué cambió.
report-changes-indicators = Indicadores cuya fase o meta cambió

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = BORRADOR
report-draft-footer = BORRADOR – aún sin firmar
# The sign-off section of a draft.
report-signoff-draft = Aún sin firmar. Este informe es un borrador: sus respuestas todavía pueden cambiar. Las firmas, la fecha de finalización y el código de verificación del documento aparecerán aquí cuando se finalice la evaluación.
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = Finalizada el { $date } · Código de verificación del documento { $code }…
report-finalised-on = Fecha de finalización
report-check-code = Código de verificación del documento
report-check-code-meaning = El código de verificación del documento se calcula a partir de las respuestas de la evaluación en el momento de finalizarla: un archivo de evaluación que muestre el mismo código contiene exactamente las respuestas de este informe.
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = Número de acciones
report-timeline-col-indicators = Indicadores afectados

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] Cómo se obtiene la fase a partir de la media, como en el GDHM: la media { $mean } redondeada a un decimal es { $rounded }, un número entero, lo que da la fase { $phase }.
   *[up] Cómo se obtiene la fase a partir de la media, como en el GDHM: la media { $mean } se redondea a un decimal, { $rounded }, y luego al número entero superior, lo que da la fase { $phase }.
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] Componente más sólido: { $blocks } (media { $mean }).
   *[other] Componentes más sólidos, empatados con una media de { $mean }: { $blocks }.
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] Componente más débil: { $blocks } (media { $mean }).
   *[other] Componentes más débiles, empatados con una media de { $mean }: { $blocks }.
}
report-summary-all-equal = Todos los componentes tienen la misma media, { $mean }: ninguno es más sólido ni más débil que los demás.
report-summary-gaps = Mayores brechas entre la meta y la fase actual
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block }: { $gap } (media actual { $current }, media meta { $target })
report-summary-gaps-none = Ningún componente tiene una meta superior a su media actual.
report-summary-gaps-meaning = La brecha es la media de las fases meta de un componente menos la media de sus fases actuales; un indicador sin meta cuenta con su fase actual.
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = Indicador { $indicator }: { $action }
report-summary-data-gaps = Datos faltantes
report-summary-data-gaps-intro = { $count ->
    [one] Un indicador no tiene fase y no se contabiliza en las puntuaciones:
   *[other] { $count } indicadores no tienen fase y no se contabilizan en las puntuaciones:
}
report-summary-data-gaps-none = Todos los indicadores tienen una fase: no faltan datos.
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title }: { $reason }

# The method annex (issue 13).
report-method-conduct = Cómo se realizó la evaluación
report-method-last-change = Último cambio de las respuestas
report-method-participants = { $count ->
    [one] Una persona participó en la evaluación:
   *[other] { $count } personas participaron en la evaluación:
}
report-method-consensus-ratings = Cómo se alcanzó el consenso: cada participante o grupo calificó primero los indicadores por su cuenta; después, la sala debatió cada indicador y acordó una fase, que es la que se puntúa. El anexo «Cómo calificó el equipo» muestra cada calificación, las notas de consenso y cualquier discrepancia.
report-method-consensus-plain = Cómo se alcanzó el consenso: el equipo debatió cada indicador y acordó en conjunto una fase, que es la que se puntúa. No se registraron calificaciones individuales, por lo que este informe no puede mostrar cuán distintas eran las opiniones en la sala.
report-method-scale = La escala de fases
report-method-scale-intro = Cada indicador se califica en una de cinco fases. Cada indicador describe sus propias fases (impresas en su sección); en general, las fases significan:
report-method-phase-col = Fase
report-method-name-col = Nombre
report-method-meaning-col = Qué significa en general
report-method-phase-1 = Hay poco o nada establecido; los esfuerzos son informales, ocasionales o solo están previstos.
report-method-phase-2 = Existen los primeros elementos, como borradores, proyectos piloto o iniciativas aisladas, pero aún no están adoptados, financiados ni ampliamente utilizados.
report-method-phase-3 = El elemento está adoptado formalmente y en uso, pero aún no en todas partes, ni plenamente financiado o sostenido.
report-method-phase-4 = El elemento se usa a nivel nacional, con las normas, funciones y presupuesto que lo integran en el funcionamiento del sistema de salud.
report-method-phase-5 = El elemento se revisa y mejora periódicamente a partir de la evidencia y se adapta a nuevas necesidades.
report-method-scoring = Cómo se calculan las puntuaciones
report-method-example = Un ejemplo con las cifras de esta evaluación
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $count ->
    [one] { $block }: cuenta el indicador { $codes }, en la fase { $phases }. Media { $sum } ÷ { $count } = { $mean }; redondeada a un decimal { $rounded }; fase { $phase }.
   *[other] { $block }: cuentan los indicadores { $codes }, en las fases { $phases }. Media { $sum } ÷ { $count } = { $mean }; redondeada a un decimal { $rounded }; fase { $phase }.
}
report-method-example-left-out = Excluidos de esta media: { $items }.
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code } ({ $reason })
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = Global: la media de las { $count } medias de los componentes ({ $means }) es { $mean }; redondeada a un decimal { $rounded }; fase { $phase }.
report-method-codes = Códigos de los indicadores y el GDHM
report-method-codes-same = El marco no tiene un código GDHM distinto: sus códigos de indicador son los del GDHM, usados sin cambios. Los códigos con una letra (como 2a) son subindicadores: se recopilan e imprimen, pero nunca se puntúan.
report-method-codes-col-dhma = Código DHMA
report-method-codes-col-gdhm = Código GDHM
report-method-codes-col-scored = Cuenta en la puntuación
report-method-codes-sub = No: subindicador de { $parent }
report-method-limits = Limitaciones
report-method-limit-self = Las fases son una autoevaluación: el juicio del equipo nacional que participó, no una auditoría externa.
report-method-limit-evidence = La evidencia se presenta tal como la registró el equipo; DHMA no la verifica.
report-method-limit-na = Los indicadores marcados como no aplicables o no disponibles, y los que no se respondieron, no se contabilizan en las puntuaciones: la media de un componente se basa solo en sus indicadores con fase.
report-method-limit-sub = Los subindicadores se recopilan e imprimen, pero no se puntúan.
report-disclaimer = Descargo de responsabilidad
report-disclaimer-text = DHMA es una herramienta independiente. No es un producto de la Organización Mundial de la Salud (OMS), de la Unión Internacional de Telecomunicaciones (UIT) ni del Global Digital Health Monitor (GDHM), y ninguno de ellos la ha revisado ni respaldado. «Compatible con el GDHM» significa únicamente que DHMA usa los mismos códigos de indicador y la misma regla de puntuación que el GDHM. Los resultados de este informe son del propio equipo de evaluación.
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Puntuación de este componente: media { $mean }, { $phase }; meta: { $target }
report-block-score-none = Puntuación de este componente: ninguna por ahora (ningún indicador del componente tiene fase)
# An indicator whose answer gives no confidence.
report-confidence-none = Confianza sin indicar

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = Contexto de la evaluación
report-narrative-findings = Hallazgos clave
report-narrative-recommendations = Recomendaciones
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = Los indicadores no aplicables y los no disponibles quedan igualmente fuera de la puntuación compatible con el GDHM. Efecto de dejarlos fuera:
report-na-effect = { $count ->
    [one] { $block }: { $without } sin el indicador { $codes }; contado en su fase más baja (fase 1), sería { $with }.
   *[other] { $block }: { $without } sin los indicadores { $codes }; contados en su fase más baja (fase 1), sería { $with }.
}
report-na-effect-unscored = { $count ->
    [one] { $block }: sin puntuación sin el indicador { $codes }; contado en su fase más baja (fase 1), sería { $with }.
   *[other] { $block }: sin puntuación sin los indicadores { $codes }; contados en su fase más baja (fase 1), sería { $with }.
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = Siglas
report-method-acronyms-col-acronym = Sigla
report-method-acronyms-col-meaning = Significado
report-method-acronyms-others = También aparecen en el texto del equipo, sin desarrollarse en esta lista: { $list }.
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = IA
acronym-ai-means = inteligencia artificial
acronym-api = API
acronym-api-means = interfaz de programación de aplicaciones
acronym-crvs = CRVS
acronym-crvs-means = registro civil y estadísticas vitales
acronym-dhis2 = DHIS2
acronym-dhis2-means = District Health Information Software 2 (software de información sanitaria de distrito)
acronym-dhma = DHMA
acronym-dhma-means = Digital Health Maturity Assessment, la herramienta que generó este informe
acronym-ehr = EHR
acronym-ehr-means = historia clínica electrónica
acronym-emr = EMR
acronym-emr-means = expediente médico electrónico
acronym-fhir = FHIR
acronym-fhir-means = Fast Healthcare Interoperability Resources, un estándar de HL7
acronym-gdhm = GDHM
acronym-gdhm-means = Global Digital Health Monitor (observatorio mundial de salud digital)
acronym-gps = GPS
acronym-gps-means = sistema de posicionamiento global
acronym-his = HIS
acronym-his-means = sistema de información sanitaria
acronym-hiv = VIH
acronym-hiv-means = virus de la inmunodeficiencia humana
acronym-hl7 = HL7
acronym-hl7-means = Health Level Seven, una familia de estándares para el intercambio de información sanitaria
acronym-hmis = HMIS
acronym-hmis-means = sistema de información para la gestión sanitaria
acronym-hr = RR. HH.
acronym-hr-means = recursos humanos
acronym-icd = CIE
acronym-icd-means = Clasificación Internacional de Enfermedades
acronym-ict = TIC
acronym-ict-means = tecnologías de la información y la comunicación
acronym-id = ID
acronym-id-means = documento o número de identidad
acronym-itu = UIT
acronym-itu-means = Unión Internacional de Telecomunicaciones
acronym-lmis = LMIS
acronym-lmis-means = sistema de información para la gestión logística
acronym-moh = MoH
acronym-moh-means = Ministerio de Salud
acronym-mpi = MPI
acronym-mpi-means = índice maestro de pacientes
acronym-na = NA
acronym-na-means = no aplicable o no disponible: indicador sin fase, excluido de las puntuaciones
acronym-ngo = ONG
acronym-ngo-means = organización no gubernamental
acronym-uhc = CSU
acronym-uhc-means = cobertura sanitaria universal
acronym-who = OMS
acronym-who-means = Organización Mundial de la Salud

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = Cuestionario de la evaluación nacional de la madurez de la salud digital
handout-running-header = Cuestionario · { $title }
handout-footer = Cuestionario para los participantes – no es un resultado de la evaluación
handout-date = Fecha del taller
handout-date-blank = Fecha del taller:
handout-name = Su nombre:
handout-organisation = Organización y cargo:
handout-instructions = Cómo rellenar este cuestionario
handout-instruction-read = Lea la pregunta de cada indicador y las cinco fases que lo describen, de { $first } a { $last }.
handout-instruction-tick = Marque la fase que mejor describe la situación actual del país, o «{ $na }» si el indicador no procede o falta la información.
handout-instruction-comment = Escriba en el recuadro por qué eligió esa fase y los documentos o hechos que lo demuestran.
handout-instruction-last-round = Una casilla rellena muestra la fase acordada en la ronda anterior, { $round } ({ $date }): indique qué ha cambiado desde entonces.
handout-instruction-sheet = Copie sus fases en la hoja de respuestas del final y entréguela al facilitador antes del taller.
handout-last-round = Ronda anterior, { $round } ({ $date }): { $phase }
handout-option = { $phase }: { $text }
handout-guidance = Orientación
handout-evidence = Pruebas que pueden ayudar:
handout-comment = Su comentario y sus pruebas:
handout-sheet = Hoja de respuestas
handout-sheet-note = Una fila por indicador: su nombre, el indicador, la fase marcada (1 a 5, o NA) y su comentario. Las columnas son las del archivo de calificaciones ({ $columns }), para que el facilitador pueda pasar las hojas a una hoja de cálculo e importarlas en DHMA.

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = Avance de la hoja de ruta – { $title }
progress-date = Fecha de este informe
progress-signed = Finalizada el { $date }, aprobada por { $approver }.
progress-check-verifies = El código de control de la evaluación aprobada sigue siendo válido: sus respuestas y puntuaciones son las aprobadas.
progress-check-fails = El código de control de la evaluación aprobada NO es válido: su contenido ha cambiado desde la aprobación.
progress-draft = Esta evaluación es un borrador: sus respuestas y puntuaciones aún pueden cambiar.
progress-by-status = Acciones por estado
progress-col-actions = Número de acciones
progress-moved-since-report = Qué ha cambiado desde el último informe de avance ({ $date })
progress-moved-since-signed = Qué ha cambiado desde la aprobación ({ $date })
progress-moved-since-created = Qué ha cambiado desde el inicio de la evaluación ({ $date })
progress-move = { $from } → { $to }
progress-moved-none = Ninguna acción cambió de estado en este periodo.
progress-col-when = Fecha
progress-overdue = Acciones atrasadas
progress-overdue-rule = Una acción está atrasada cuando no está terminada ni descartada y su plazo, contado desde la fecha de la evaluación, ha vencido (corto plazo 1 año, medio plazo 3 años, largo plazo 5 años).
progress-overdue-none = Ninguna acción está atrasada.
progress-col-due = Vencimiento
progress-all = Todas las acciones, con su estado y su nota de avance
progress-total = { $count ->
        [one] { $count } acción en la hoja de ruta.
       *[other] { $count } acciones en la hoja de ruta.
    }
progress-running-header = Avance de la hoja de ruta · { $title }
progress-footer = Informe de avance del { $date }
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = Resumen
export-sheet-indicators = Indicadores
export-sheet-evidence = Evidencias
export-sheet-roadmap = Hoja de ruta
export-sheet-participants = Participantes
export-sheet-ratings = Calificaciones
export-sheet-dissent = Desacuerdos
export-sheet-changes = Registro de cambios
export-col-item = Elemento
export-col-value = Valor
export-col-mean = Media
export-col-phase = Fase
export-col-target = Fase meta
export-col-code = Código
export-col-block = Componente
export-col-title = Indicador
export-col-current = Fase actual
export-col-target-year = Año meta
export-col-gap = Brecha (fases)
export-col-rationale = Justificación
export-col-confidence = Confianza
export-col-evidence-count = Número de evidencias
export-col-ratings = Número de calificaciones
export-col-ratings-min = Calificación más baja
export-col-ratings-median = Calificación mediana
export-col-ratings-max = Calificación más alta
export-col-discuss = Para debatir
export-col-evidence = Evidencia
export-col-reference = Referencia
export-col-action-line = Línea de acción
export-col-from-phase = Desde la fase
export-col-to-phase = Hasta la fase
export-col-action = Acción
export-col-monitoring = Seguimiento
export-col-timeframe = Plazo
export-col-responsible = Organismo responsable
export-col-priority = Prioridad
export-col-cost = Categoría de costo
export-col-status = Estado
export-col-name = Nombre
export-col-organisation = Organización
export-col-role = Función
export-col-rater = Calificado por
export-col-comment = Comentario
export-col-reason = Motivo
export-col-time = Hora (UTC)
export-col-actor = Por
export-col-what = Campo
export-col-subject = Objeto
export-col-old = Valor anterior
export-col-new = Valor nuevo
export-row-country = País
export-row-round = Ronda
export-row-date = Fecha de la evaluación
export-row-framework = Marco
export-row-status = Estado

report-roadmap-own-action = { $text } *
report-roadmap-legend = * Acción redactada por el equipo. Las acciones sin esta marca proceden de la biblioteca de modelos de acciones de DHMA para cada paso entre fases, tal como el equipo las mantuvo o modificó.
report-roadmap-cross-cutting-intro = Acciones que sirven a varios indicadores a la vez, por componente.
report-roadmap-years = { $start }–{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = Línea de base: { $value }
report-roadmap-target = Meta: { $value }
report-summary-priority-cross-cutting = Transversal: { $action }
export-col-origin = Origen
export-col-start-year = Año de inicio
export-col-end-year = Año de finalización
export-col-budget = Presupuesto estimado
export-col-currency = Moneda
export-col-baseline = Línea de base
export-col-monitoring-target = Valor meta
export-col-progress = Nota de avance
progress-overdue-end-year = Una acción para la que el equipo indicó un año de finalización está atrasada en cuanto ese año ha terminado, sea cual sea su plazo.

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = Evaluación creada
change-kind-assessment-finalised = Evaluación finalizada y firmada
change-kind-benchmark = Países de comparación
change-kind-dissent = Desacuerdo
change-kind-evidence-added = Evidencia añadida
change-kind-evidence-removed = Evidencia retirada
change-kind-group = Grupo
change-kind-group-deleted = Grupo eliminado
change-kind-merge-conflict = Conflicto entre copias
change-kind-merge-resolved = Conflicto resuelto
change-kind-merge-set-aside = Valor descartado al combinar
change-kind-merge-taken = Valor tomado de otra copia
change-kind-participants = Participantes
change-kind-participants-added = Participantes añadidos
change-kind-progress-reported = Informe de avance redactado
change-kind-rating = Calificación
change-kind-ratings-imported = Calificaciones importadas
change-kind-response-reviewed = Revisada, sin cambios
change-kind-roadmap-added = Acción añadida
change-kind-roadmap-carried = Acción traída de la ronda anterior
change-kind-roadmap-deleted = Acción eliminada
change-kind-roadmap-regenerated = Acciones propuestas a partir de las brechas
change-kind-roadmap-reordered = Acciones reordenadas
change-kind-round-carried-from = Iniciada a partir de la ronda anterior
