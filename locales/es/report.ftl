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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Puntuación de este componente: media { $mean }, { $phase }; meta: { $target }
report-block-score-none = Puntuación de este componente: ninguna por ahora (ningún indicador del componente tiene fase)
# An indicator whose answer gives no confidence.
report-confidence-none = Confianza sin indicar
