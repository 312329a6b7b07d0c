# Textos de la línea de comandos dhma.

cli-about = Realizar y puntuar evaluaciones nacionales de la madurez de la salud digital.
cli-error = Error
cli-frameworks-title = Marcos
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = { $blocks } componentes, { $scored } indicadores puntuados, { $sub } subindicadores, { $actions } acciones de la hoja de ruta
cli-languages = Idiomas: { $list }
cli-validate-ok = { $id } { $version } es válido: se verificaron { $keys } textos en cada uno de los { $langs } idiomas.
cli-score-title = Puntuaciones: { $framework } { $version }
cli-score-col-block = Componente
cli-score-col-mean = Media
cli-score-col-phase = Fase
cli-score-col-scored = Puntuados
cli-score-col-excluded = Excluidos
cli-exported = Se exportó { $country } – { $round } a { $path }.
cli-imported = Se importó { $country } – { $round } (identificador { $id }).
cli-demo-created = La evaluación de ejemplo { $country } – { $round } está lista (identificador { $id }).
cli-demo-exists = La evaluación de ejemplo { $country } – { $round } ya figura en la base de datos (identificador { $id }).
cli-list-empty = Aún no hay evaluaciones. Ejecute “dhma demo” para añadir la evaluación de ejemplo.
cli-list-title = Evaluaciones en { $path }
cli-list-line = { $id }  { $country } – { $round }  { $date }  { $status }  { $answered }/{ $total } respondidos
cli-report-written = El informe ({ $pages } páginas) se ha guardado en { $path }.
