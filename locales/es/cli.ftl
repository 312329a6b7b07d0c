# Textos de la línea de comandos dhma.

cli-about = Realizar y puntuar evaluaciones nacionales de la madurez de la salud digital.
cli-error = Error: { $message }
cli-score-excluded-item = { $code } ({ $reason })
cli-compare-round = { $round } ({ $date })
cli-frameworks-title = Marcos
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = { $blocks } componentes, { $scored } indicadores puntuados, { $sub } subindicadores, { $actions } acciones de la hoja de ruta
cli-languages = Idiomas: { $list }
cli-language-item = { $code } ({ $name })
cli-validate-ok = { $id } { $version } es válido: se verificaron { $keys } textos en cada uno de los { $langs } idiomas.
cli-score-title = Puntuaciones: { $framework } { $version }
cli-score-col-block = Componente
cli-score-col-mean = Media
cli-score-col-phase = Fase
cli-score-col-scored = Puntuados
cli-score-col-excluded = Excluidos
cli-exported = Se exportó { $title } a { $path }.
cli-imported = Se importó { $title } (identificador { $id }).
cli-demo-created = La evaluación de ejemplo { $title } está lista (identificador { $id }).
cli-demo-exists = La evaluación de ejemplo { $title } ya figura en la base de datos (identificador { $id }).
cli-list-empty = Aún no hay evaluaciones. Ejecute “dhma demo” para añadir la evaluación de ejemplo.
cli-list-title = Evaluaciones en { $path }
cli-list-line = { $id }  { $title }  { $date }  { $status }  { $answered }/{ $total } respondidos
cli-report-written = El informe ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) se ha guardado en { $path }.
cli-backups-empty = Todavía no hay copias de seguridad. DHMA hace una antes de cada actualización, en cada finalización y cada hora mientras se guardan respuestas.
cli-backups-title = Copias de seguridad en { $dir } (la más reciente primero):
cli-backup-line = { $name }  { $reason }  evaluaciones: { $assessments }  { $kib } KiB
cli-restored = Copia de seguridad { $name } restaurada. La base de datos tal como estaba justo antes se conserva en la copia { $before }.
cli-restored-aside = Copia de seguridad { $name } restaurada. La base de datos que no se podía abrir se conserva sin cambios como { $aside }.
cli-finalised = { $title } está finalizada y bloqueada (código de control { $fingerprint }). Copia de seguridad conservada: { $backup }.
cli-compare-title = { $country }: { $count ->
    [one] una ronda
   *[other] { $count } rondas
}, fase media por componente, de la más antigua a la más reciente

cli-ratings-imported = { $count ->
        [one] Se ha importado una calificación.
       *[other] Se han importado { $count } calificaciones.
    }
cli-ratings-added = { $count ->
        [one] Añadido como nuevo participante: { $names }
       *[other] Añadidos como nuevos participantes ({ $count }): { $names }
    }
cli-ratings-col-indicator = Indicador
cli-ratings-col-count = Calificaciones
cli-ratings-col-min = Mín.
cli-ratings-col-median = Mediana
cli-ratings-col-max = Máx.
cli-ratings-col-counts = Fases 1–5, N/A
cli-ratings-col-agreed = Acordada
cli-ratings-col-discuss = Debate
cli-ratings-na = N/A
cli-ratings-discuss = para debatir

## Merging copies of an assessment (issue 12)
cli-exported-for-group = Se exportó { $title } para el grupo { $group } ({ $blocks ->
    [0] todos los componentes
    [one] un componente
   *[other] { $blocks } componentes
}) a { $path }.
cli-conflicts-hint = Hay conflictos pendientes de decisión: véalos con “dhma conflicts { $id }” y resuelva cada uno con “dhma resolve”.
cli-conflicts-none = No hay ningún conflicto pendiente de decisión.
cli-conflicts-count = { $count ->
    [one] Hay un conflicto pendiente de decisión.
   *[other] Hay { $count } conflictos pendientes de decisión.
}
cli-conflict-heading = { $label } (dhma resolve … { $indicator } { $field })
cli-conflict-local = Aquí: { $value } – { $changed }
cli-conflict-incoming = En el archivo: { $value } – { $changed }
cli-resolved = Resuelto. { $count ->
    [0] No queda ningún conflicto.
    [one] Queda un conflicto.
   *[other] Quedan { $count } conflictos.
}
# Rounds that start from the last one (issue 12).
cli-round-started = { $title } iniciada (identificador { $id }) a partir de { $from }: { $count ->
    [one] una respuesta trasladada
   *[other] { $count } respuestas trasladadas
}, cada una por revisar.
cli-round-from-latest = { $asked } no es la última ronda de su país: la nueva ronda parte de la última, { $from }.
cli-changes-block = { $name }: media { $mean }; { $phase }; { $target } ({ $direction })
cli-changes-indicator = { $label }: { $phase }; { $target } ({ $direction })

cli-handout-written = El cuestionario ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) se ha guardado en { $path }.

cli-progress-written = El informe de avance ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) se ha guardado en { $path }.
cli-exported-all = { $count ->
    [one] Se exportó { $count } evaluación a { $path }.
   *[other] Se exportaron { $count } evaluaciones a { $path }.
}
cli-reports-written = { $count ->
    [one] Se escribió { $count } informe en { $path }.
   *[other] Se escribieron { $count } informes en { $path }.
}
cli-exported-gdhm = Se exportó el archivo de carga del GDHM de { $title } a { $path }.
cli-benchmark-imported = { $count ->
    [one] Referencia «{ $label }» guardada ({ $count } país).
   *[other] Referencia «{ $label }» guardada ({ $count } países).
}
cli-benchmark-cleared = Se quitó la referencia.
# dhma chart
cli-chart-written = El gráfico se guardó en { $path }.
cli-report-docx-written = El informe editable (documento de Word) se ha guardado en { $path }.
