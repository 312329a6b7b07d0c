# Textos da linha de comandos dhma.

cli-about = Realizar e pontuar avaliações nacionais da maturidade da saúde digital.
cli-error = Erro
cli-frameworks-title = Quadros de referência
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = { $blocks } pilares, { $scored } indicadores pontuados, { $sub } subindicadores, { $actions } ações do roteiro
cli-languages = Línguas: { $list }
cli-validate-ok = { $id } { $version } é válido: { $keys } textos verificados em cada uma das { $langs } línguas.
cli-score-title = Pontuações: { $framework } { $version }
cli-score-col-block = Pilar
cli-score-col-mean = Média
cli-score-col-phase = Fase
cli-score-col-scored = Pontuados
cli-score-col-excluded = Excluídos
cli-exported = { $country } – { $round } exportada para { $path }.
cli-imported = { $country } – { $round } importada (identificador { $id }).
cli-demo-created = A avaliação de exemplo { $country } – { $round } está pronta (identificador { $id }).
cli-demo-exists = A avaliação de exemplo { $country } – { $round } já existe na base de dados (identificador { $id }).
cli-list-empty = Ainda não há avaliações. Execute “dhma demo” para adicionar a avaliação de exemplo.
cli-list-title = Avaliações em { $path }
cli-list-line = { $id }  { $country } – { $round }  { $date }  { $status }  { $answered }/{ $total } respondidos
cli-report-written = O relatório ({ $pages } páginas) foi gravado em { $path }.
