# Textos de la interfaz de escritorio.

ui-app-title = Evaluación de la madurez de la salud digital
ui-skip-to-content = Saltar al contenido
ui-nav-home = Evaluaciones
ui-nav-walk = Evaluación
ui-nav-dashboard = Panel
ui-language = Idioma
ui-save-saving = Guardando…
ui-save-saved = Se guardaron todos los cambios
ui-save-failed = No se guardó – su cambio sigue en pantalla
ui-loading = Cargando…
ui-close = Cerrar
ui-cancel = Cancelar

ui-home-title = Evaluaciones
ui-home-intro = Cada evaluación puntúa los siete componentes del entorno nacional de salud digital. Abra una para continuar o inicie una nueva.
ui-home-empty = Aún no hay evaluaciones. Inicie una nueva o abra la evaluación de ejemplo.
ui-home-new = Nueva evaluación
ui-home-sample = Abrir la evaluación de ejemplo
ui-home-import = Importar un archivo…
ui-home-open = Abrir
ui-home-export = Exportar archivo…
ui-home-delete = Eliminar
ui-home-col-country = País
ui-home-col-round = Ronda
ui-home-col-date = Fecha
ui-home-col-status = Estado
ui-home-col-completion = Avance
ui-home-col-actions = Acciones
ui-delete-confirm = ¿Eliminar la evaluación { $name }? Se conserva una copia de seguridad y podrá deshacer la eliminación.
ui-deleted = Se eliminó la evaluación { $name }. Se guardó una copia de seguridad en { $path }.
ui-undo = Deshacer
ui-restored = Se restauró la evaluación { $name }.
ui-imported = Se importó la evaluación { $name }.
ui-exported = La evaluación se guardó en { $path }.
ui-file-filter = Archivo de evaluación de DHMA

ui-new-title = Nueva evaluación
ui-new-country = País
ui-new-round = Ronda
ui-new-round-hint = Por ejemplo: Línea de base 2026 o Examen de mitad de período 2028
ui-new-date = Fecha de la evaluación
ui-new-facilitator = Facilitador
ui-new-participants = Participantes
ui-new-participants-hint = Una persona por línea: nombre; organización; cargo
ui-new-framework = Marco
ui-new-language = Idioma de la evaluación y del informe
ui-new-create = Crear e iniciar

ui-walk-blocks = Componentes e indicadores
ui-walk-completion = { $answered } de { $total } indicadores respondidos
ui-walk-question = Pregunta
ui-walk-guidance = Orientación: qué examinar y a quién consultar
ui-walk-current = Fase actual
ui-walk-phase-keys = Elija con las teclas 1 a 5, o N para no aplicable. Indicador siguiente: Av Pág o Alt+→; anterior: Re Pág o Alt+←.
ui-walk-not-applicable = No aplicable / no disponible
ui-walk-sub-indicator = Subindicador: se recopila y se informa, pero nunca se tiene en cuenta en la puntuación.
ui-walk-target = Fase meta
ui-walk-target-none = Sin meta
ui-walk-target-year = Año meta
ui-walk-rationale = Justificación
ui-walk-rationale-hint = ¿Por qué esta fase? Es obligatoria para poder finalizar la evaluación.
ui-walk-confidence = Confianza
ui-walk-confidence-none = Sin indicar
ui-walk-evidence = Evidencia
ui-walk-evidence-examples = Ejemplos de evidencia
ui-walk-evidence-title = Documento, ley o fuente
ui-walk-evidence-reference = Enlace o referencia
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title } — { $reference }
ui-walk-evidence-add = Añadir evidencia
ui-walk-evidence-remove = Quitar
ui-walk-evidence-none = Aún no se ha registrado ninguna evidencia.
ui-walk-previous = Anterior
ui-walk-next = Siguiente
ui-walk-locked = Esta evaluación está finalizada y no se puede modificar.
ui-walk-state-answered = respondido
ui-walk-state-na = no aplicable
ui-walk-state-empty = sin respuesta
ui-walk-state-note = ({ $state })

ui-dash-title = Panel
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = Componentes: fases actuales y fases meta
ui-dash-legend-current = Actual
ui-dash-legend-target = Meta
ui-dash-legend-previous = Ronda anterior: { $round }
ui-dash-table = Puntuaciones por componente
ui-dash-col-block = Componente
ui-dash-col-mean = Media
ui-dash-col-phase = Fase
ui-dash-col-target = Meta
ui-dash-col-scored = Indicadores puntuados
ui-dash-excluded = Indicadores no contabilizados
ui-dash-excluded-none = Todos los indicadores puntuados tienen una fase.
ui-dash-excluded-item = { $code } { $title }: { $reason }
ui-dash-completeness = Completitud
ui-dash-rule = Cómo se calculan las puntuaciones
ui-dash-gap-note = Un componente sin ninguna respuesta puntuada no tiene puntuación; el gráfico deja ahí un hueco en vez de trazar un cero.

# Roadmap screen.
ui-nav-roadmap = Hoja de ruta
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = Acciones propuestas para cada brecha entre la fase actual y la fase meta, agrupadas por línea de acción. Modifíquelas, reordénelas o descártelas; sus cambios se conservan cuando la hoja de ruta se vuelve a proponer.
ui-road-regenerate = Proponer acciones a partir de las brechas
ui-road-regenerated = { $count ->
        [one] La hoja de ruta tiene ahora { $count } acción.
       *[other] La hoja de ruta tiene ahora { $count } acciones.
    } Sus propios cambios se han conservado.
ui-road-empty = Aún no hay acciones. Fije fases meta superiores a las actuales y luego proponga acciones a partir de las brechas.
ui-road-action = Acción
ui-road-monitoring = Indicador de seguimiento
ui-road-step = Indicador y paso
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = Plazo
ui-road-responsible = Organismo responsable
ui-road-priority = Prioridad
ui-road-cost = Categoría de costo
ui-road-status = Estado
ui-road-edited = modificada por el equipo
ui-road-up = Subir
ui-road-down = Bajar

# PDF report.
ui-report-export = Exportar el informe PDF…
ui-report-working = Preparando el informe PDF…
ui-report-written = El informe ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) se ha guardado en { $path }.
ui-report-open = Abrir el informe

ui-home-backups = Copias de seguridad…
ui-backups-title = Copias de seguridad
ui-backups-intro = DHMA hace una copia de seguridad del archivo de evaluaciones antes de cada actualización, en cada finalización y cada hora mientras se guardan respuestas. Se conservan las { $keep } más recientes; las hechas en la finalización nunca se borran automáticamente. Carpeta: { $dir }
ui-backups-col-time = Fecha (UTC)
ui-backups-col-reason = Motivo
ui-backups-col-assessments = Evaluaciones
ui-backups-col-size = Tamaño
ui-backups-size = { $kib } KiB
ui-backups-restore = Restaurar
ui-backups-restore-confirm = ¿Restaurar la copia de seguridad del { $time }? Antes se hace una copia del archivo de evaluaciones tal como está ahora, así que no se pierde nada.
ui-backups-restored = Copia de seguridad restaurada. El estado justo anterior se conserva en la copia del { $time }.
ui-backups-empty = Todavía no hay copias de seguridad.
ui-recovery-title = No se puede abrir el archivo de evaluaciones
ui-recovery-choose = Puede restaurar una de sus copias de seguridad o empezar un archivo nuevo vacío. En ambos casos, el archivo que no se puede abrir se conserva sin cambios en la carpeta de copias de seguridad.
ui-recovery-new = Empezar un archivo nuevo
ui-recovery-new-confirm = ¿Empezar un archivo de evaluaciones nuevo y vacío? El archivo que no se puede abrir se conservará sin cambios en la carpeta de copias de seguridad.
ui-recovery-new-done = Se ha empezado un archivo de evaluaciones nuevo y vacío. El archivo que no se podía abrir se conserva sin cambios como { $aside } en { $dir }.
ui-recovery-restored = Copia de seguridad restaurada. El archivo que no se podía abrir se conserva sin cambios como { $aside }.
ui-recovery-retry = Reintentar

ui-signoff-title = Aprobación
ui-signoff-intro = Al finalizar, la evaluación queda bloqueada: sus respuestas ya no pueden cambiar, recibe un código de control (que muestra si se modificó después) y se conserva una copia de seguridad que nunca se borra automáticamente. Antes, cada indicador puntuado necesita una fase (o «no aplicable») y una justificación.
ui-signoff-name = Nombre de quien aprueba
ui-signoff-role = Cargo
ui-signoff-government = Aprobada por el gobierno
ui-signoff-finalise = Finalizar la evaluación
ui-signoff-confirm = ¿Finalizar esta evaluación? Después ya no se podrá modificar.
ui-signoff-done = La evaluación está finalizada y bloqueada. Su copia de seguridad nunca se borrará automáticamente: { $backup }.
ui-signoff-approver = { $name } ({ $role })
ui-signoff-finalised = Finalizada el { $date } por { $approver }. Código de control { $fingerprint }…
ui-signoff-finalised-government = Finalizada el { $date } por { $approver }. Aprobada por el gobierno. Código de control { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = Anónimo
ui-workshop-na = No aplicable
ui-workshop-na-short = N/A
ui-workshop-phase = Fase { $phase }
ui-workshop-bar = { $label }: { $count ->
        [one] { $count } calificación
       *[other] { $count } calificaciones
    }
ui-workshop-summary = { $count ->
        [one] Una calificación
       *[other] { $count } calificaciones
    }, de la fase { $min } a la fase { $max }, mediana { $median }{ $na ->
        [0] {""}
        [one] ; un «no aplicable»
       *[other] ; { $na } «no aplicable»
    }
ui-workshop-summary-none = Todavía no se ha dado ninguna fase{ $na ->
        [0] {""}
        [one] ; un «no aplicable»
       *[other] ; { $na } «no aplicable»
    }
ui-workshop-discuss = Para debatir: las calificaciones distan dos fases o más.
ui-workshop-proposed = Fase propuesta: { $phase } (la mediana, redondeada hacia abajo)
ui-workshop-ratings = Calificaciones de la sala
ui-groups = Grupos
ui-group-tag = grupo
ui-group-name = Nombre del grupo
ui-group-members = Miembros
ui-group-blocks = Componentes que califica (opcional)
ui-group-create = Crear el grupo
ui-group-delete = Eliminar
ui-group-none = Todavía no hay grupos de trabajo.
ui-ratings-import = Importar calificaciones…
ui-ratings-file-filter = Calificaciones (CSV)
ui-ratings-preview-title = Calificaciones que se importarán
ui-ratings-preview = { $count ->
        [one] Una calificación para { $indicators ->
            [one] un indicador.
           *[other] { $indicators } indicadores.
        }
       *[other] { $count } calificaciones para { $indicators ->
            [one] un indicador.
           *[other] { $indicators } indicadores.
        }
    }
ui-ratings-preview-new = { $count ->
        [one] Nuevo participante: { $names }
       *[other] Nuevos participantes ({ $count }): { $names }
    }
ui-ratings-preview-known = Todos los nombres ya son participantes.
ui-ratings-confirm = Importar estas calificaciones
ui-ratings-imported = { $count ->
        [one] Se ha importado una calificación.
       *[other] Se han importado { $count } calificaciones.
    }
ui-workshop-by-person = Por persona
ui-workshop-participant = Participante
ui-workshop-rating = Calificación
ui-workshop-comment = Comentario (opcional)
ui-workshop-rating-keys = Escriba 1 a 5, o N para no aplicable; Supr borra. Las flechas y Tab pasan de una persona a otra. Cada cambio se guarda al instante.
ui-workshop-by-tally = Por recuento (tarjetas anónimas)
ui-workshop-tally-hint = Cuántas tarjetas mostraron cada fase. Cada cambio se guarda al instante y sustituye las calificaciones anónimas de este indicador.
ui-workshop-distribution = Distribución de las calificaciones
ui-workshop-agreed = Fase acordada
ui-workshop-agreed-none = Aún no acordada
ui-workshop-note = Nota de consenso
ui-workshop-note-required = Las calificaciones están muy separadas: escriba por qué la sala acordó esta fase.
ui-workshop-agree = Acordar
ui-workshop-dissent = Desacuerdo
ui-workshop-dissent-none = No hay desacuerdos registrados.
ui-workshop-dissent-who = Quién discrepa
ui-workshop-dissent-reason = Motivo
ui-workshop-dissent-add = Registrar el desacuerdo
ui-workshop-dissent-remove = Quitar
ui-dash-spread = Dispersión de las calificaciones
ui-dash-spread-legend = Cada línea va de la calificación más baja a la más alta; el círculo es la mediana y el rombo la fase acordada; las filas en rojo son para debatir.
ui-workshop-to-discuss = Indicadores por discutir
ui-workshop-to-discuss-none = Ningún indicador tiene calificaciones separadas por dos fases o más.
ui-projector-open = Mostrar en el proyector
ui-projector-leave = Salir (Esc)
ui-projector-keys = Flechas: indicador anterior o siguiente. 1 a 5 o N: señalar una fase a la sala (no se registra nada). Esc: salir.

# Rounds that start from the last one (issue 12).
ui-walk-carried = Trasladada, sin revisar
ui-walk-state-note-carried = ({ $state }, trasladada de la ronda anterior, sin revisar)
ui-walk-reviewed = Revisada, sin cambios
ui-walk-change-note = ¿Qué cambió desde la última ronda?
ui-walk-change-note-save = Guardar la fase con esta nota
ui-round-next = Iniciar la siguiente ronda
ui-round-intro = La nueva ronda parte de la última ronda de este país: sus fases, fases meta, justificaciones, evidencias, acciones abiertas de la hoja de ruta y el contexto redactado para el informe, con cada respuesta marcada como «trasladada, sin revisar». Los participantes, las valoraciones individuales, las notas de consenso, las conclusiones clave y las recomendaciones empiezan vacíos.
ui-round-name = Nombre de la nueva ronda
ui-round-name-hint = Déjelo en blanco para usar el año de su fecha
ui-round-date = Fecha de la nueva ronda
ui-round-start = Iniciar la ronda
ui-round-started = { $title } iniciada a partir de { $from }: { $count ->
    [one] una respuesta trasladada
   *[other] { $count } respuestas trasladadas
}, cada una por revisar.
ui-home-carried = { $count ->
    [one] una respuesta trasladada, sin revisar
   *[other] { $count } respuestas trasladadas, sin revisar
}
ui-changes-open = Qué cambió desde la última ronda
ui-changes-back = Volver al panel
ui-changes-blocks = Componentes
## Copias de una evaluación: combinar archivos, conflictos, grupos de trabajo (incidencia 12)
ui-conflicts-title = Conflictos
ui-conflicts-intro = Estos campos se cambiaron en este equipo y en un archivo importado, con valores distintos. Para cada uno, conserve un valor o escriba otro: el valor no elegido queda en el registro de cambios.
ui-conflicts-none = No hay conflictos pendientes: todo lo de los archivos se ha combinado.
ui-conflicts-open = Resolver los conflictos
ui-conflicts-local = En este equipo
ui-conflicts-incoming = En el archivo
ui-conflicts-keep-local = Conservar el de este equipo
ui-conflicts-take-incoming = Tomar el del archivo
ui-conflicts-write = Escribir otro valor
ui-conflicts-value = Otro valor
ui-conflicts-value-hint = Una fase: 1 a 5, o NA si no corresponde. Confianza: low, medium o high. Un año: 2030. Una fecha: 2026-11-30.
ui-conflicts-confirm = Usar este valor
ui-conflicts-back = Volver al panel
ui-conflicts-waiting = { $count ->
        [one] Un conflicto de la combinación de archivos espera una decisión.
       *[other] { $count } conflictos de la combinación de archivos esperan una decisión.
    }
ui-conflict-settled = Resuelto. { $count ->
        [0] No queda ningún conflicto.
        [one] Queda un conflicto.
       *[other] Quedan { $count } conflictos.
    }
ui-export-group = Exportar para un grupo…
ui-export-group-choose = Grupo
ui-export-group-none = Todavía no hay grupos de trabajo: cree uno en la página de un indicador, en «Grupos».
ui-exported-for-group = El archivo del grupo { $group } ({ $blocks ->
        [0] todos los componentes
        [one] un componente
       *[other] { $blocks } componentes
    }) se guardó en { $path }.
ui-breakout-banner = Archivo del grupo de trabajo { $group }: { $blocks }.
ui-breakout-banner-all = Archivo del grupo de trabajo { $group }: todos los componentes.
ui-date-hint = Día/mes/año, por ejemplo 02/12/2026
ui-dash-target-note = Un indicador con fase pero sin meta cuenta con su fase actual como meta (ningún cambio previsto).
ui-participants-edit = Editar participantes
ui-participants-save = Guardar participantes
ui-participants-saved = La lista de participantes está guardada.

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = Puntuación actual (media de los indicadores)
ui-chart-legend-target-phase = Fase meta (como en la tabla)
ui-chart-bars-title = Componentes: puntuación actual y fase meta
ui-chart-scale-note = Anillos: fases 1 a 5

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = Hallazgos y recomendaciones
ui-narratives-intro = Se imprimen en el informe: el contexto y los hallazgos y recomendaciones generales en el resumen ejecutivo, los de un componente al comienzo de su sección. Se guarda mientras escribe.
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = ¿Cuál de los dos?
ui-walk-na-not-applicable = No aplicable: el indicador no se aplica aquí
ui-walk-na-not-available = No disponible: se aplica, pero faltan datos

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = El cuestionario ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) se ha guardado en { $path }.
ui-handout-export = Imprimir el cuestionario…
ui-handout-prefill = con las fases de la ronda anterior
ui-handout-working = Preparando el cuestionario…
ui-handout-open = Abrir el cuestionario
ui-handout-hint = El cuestionario que se reparte antes del taller: cada pregunta con sus cinco fases, casillas para marcar y una hoja de respuestas.

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = Nota de avance
ui-road-follow-up = Finalizada: las respuestas, las puntuaciones y las acciones quedan tal como se aprobaron. El estado y la nota de avance de cada acción se siguen actualizando para el seguimiento de la hoja de ruta.
# Export… and Import answers… on the dashboard.
export-format-dhma = Archivo de evaluación (.dhma.json)
export-format-xlsx = Libro de Excel (.xlsx)
export-format-csv = Tabla de indicadores (.csv)
export-format-json = Evaluación y puntuaciones (.json)
ui-export = Exportar…
ui-export-title = Exportar la evaluación
ui-export-format = Formato
ui-export-excel = Para Microsoft Excel (con marca de orden de bytes, para que Excel lea el texto como UTF-8)
ui-export-choose = Elegir dónde guardar…
ui-import-answers = Importar respuestas…
ui-import-answers-title = Respuestas de una hoja de cálculo
ui-import-answers-hint = La hoja Indicadores de un libro exportado, o su CSV, completada: las columnas se reconocen por su encabezado en cualquier idioma; una celda vacía deja la respuesta como está.
ui-import-answers-confirm = Guardar estos cambios
ui-import-answers-filter = Hojas de cálculo (.xlsx, .csv)
ui-gdhm-export = Exportar para el GDHM…
ui-gdhm-title = Archivo de carga del GDHM
ui-gdhm-intro = La carga del GDHM pide estos datos. Se guardan con la evaluación.
ui-gdhm-save-export = Guardar y exportar…
ui-gdhm-required = obligatorio
ui-gdhm-exported = Se escribió el archivo de carga del GDHM.
ui-benchmark = Comparar con países…
ui-benchmark-title = Comparar con otros países
ui-benchmark-intro = Elija una exportación de datos del GDHM y luego los países cuya media muestran el radar y el informe.
ui-benchmark-choose-file = Elegir una exportación de datos del GDHM…
ui-benchmark-label = Nombre de este grupo (por ejemplo, una región; opcional)
ui-benchmark-store = Comparar
ui-benchmark-remove = Quitar la referencia

export-format-gdhm-csv = Archivo de carga del GDHM (.csv)
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = Guardar el gráfico…
ui-chart-save-radar = Guardar el radar como imagen (PNG o SVG)
ui-chart-save-bars = Guardar el gráfico de barras como imagen (PNG o SVG)
ui-chart-saved = El gráfico se guardó en { $path }.
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = Exportar el informe editable (Word)…
ui-report-docx-working = Preparando el informe editable (Word)…
ui-report-docx-written = El informe editable (documento de Word) se ha guardado en { $path }.
ui-about = Acerca de
ui-move-title = Trasladar a otro ordenador
ui-move-intro = Todas las evaluaciones de este ordenador en un solo archivo: cópielo en el ordenador nuevo (basta una memoria USB) e incorpórelo allí. Una evaluación que ya esté allí se fusiona, nunca se sobrescribe; si se rechaza alguna parte del archivo, no se guarda nada.
ui-move-export = Guardar todas las evaluaciones en un archivo…
ui-move-import = Incorporar un archivo de traslado…
ui-move-filter = Archivo de traslado de DHMA

ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = Sin paso
ui-road-add = Añadir una acción
ui-road-add-intro = Una acción propia, para un indicador o para varios a la vez (transversal). El informe la señala como redactada por el equipo.
ui-road-add-where = Para
ui-road-add-cross = Transversal (ningún indicador concreto)
ui-road-add-line = Línea de acción
ui-road-add-block = Componente
ui-road-add-step = Paso
ui-road-add-text = Qué se hará
ui-road-add-submit = Añadir la acción
ui-road-added = La acción se ha añadido a la hoja de ruta.
ui-road-delete = Eliminar
ui-road-deleted = La acción se ha eliminado.
ui-road-start-year = Año de inicio
ui-road-end-year = Año de finalización
ui-road-budget = Presupuesto estimado
ui-road-currency = Moneda (código ISO)
ui-road-budget-hint = En cifras, con dos decimales como máximo, y las tres letras de la moneda (por ejemplo 250000 USD).
ui-road-baseline = Línea de base
ui-road-target = Valor meta
ui-road-progress-report = Informe de avance…
ui-road-progress-written = El informe de avance ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) se ha guardado en { $path }.
