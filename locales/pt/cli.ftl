# Textos da linha de comandos dhma.

cli-about = Realizar e pontuar avaliações nacionais da maturidade da saúde digital.
cli-error = Erro: { $message }
cli-score-excluded-item = { $code } ({ $reason })
cli-compare-round = { $round } ({ $date })
cli-frameworks-title = Quadros de referência
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = { $blocks } pilares, { $scored } indicadores pontuados, { $sub } subindicadores, { $actions } ações do roteiro
cli-languages = Línguas: { $list }
cli-language-item = { $code } ({ $name })
cli-validate-ok = { $id } { $version } é válido: { $keys } textos verificados em cada uma das { $langs } línguas.
cli-score-title = Pontuações: { $framework } { $version }
cli-score-col-block = Pilar
cli-score-col-mean = Média
cli-score-col-phase = Fase
cli-score-col-scored = Pontuados
cli-score-col-excluded = Excluídos
cli-exported = { $title } exportada para { $path }.
cli-imported = { $title } importada (identificador { $id }).
cli-demo-created = A avaliação de exemplo { $title } está pronta (identificador { $id }).
cli-demo-exists = A avaliação de exemplo { $title } já existe na base de dados (identificador { $id }).
cli-list-empty = Ainda não há avaliações. Execute “dhma demo” para adicionar a avaliação de exemplo.
cli-list-title = Avaliações em { $path }
cli-list-line = { $id }  { $title }  { $date }  { $status }  { $answered }/{ $total } respondidos
cli-report-written = O relatório ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) foi gravado em { $path }.
cli-backups-empty = Ainda não há cópias de segurança. O DHMA faz uma antes de cada atualização, em cada finalização e de hora a hora enquanto se guardam respostas.
cli-backups-title = Cópias de segurança em { $dir } (a mais recente primeiro):
cli-backup-line = { $name }  { $reason }  avaliações: { $assessments }  { $kib } KiB
cli-restored = Cópia de segurança { $name } restaurada. A base de dados tal como estava imediatamente antes fica guardada na cópia { $before }.
cli-restored-aside = Cópia de segurança { $name } restaurada. A base de dados que não podia ser aberta fica guardada, sem alterações, como { $aside }.
cli-finalised = { $title } está finalizada e bloqueada (código de controlo { $fingerprint }). Cópia de segurança guardada: { $backup }.
cli-compare-title = { $country }: { $count ->
    [one] uma ronda
   *[other] { $count } rondas
}, fase média por pilar, da mais antiga para a mais recente

cli-ratings-imported = { $count ->
        [one] Foi importada uma classificação.
       *[other] Foram importadas { $count } classificações.
    }
cli-ratings-added = { $count ->
        [one] Acrescentado como novo participante: { $names }
       *[other] Acrescentados como novos participantes ({ $count }): { $names }
    }
cli-ratings-col-indicator = Indicador
cli-ratings-col-count = Classificações
cli-ratings-col-min = Mín.
cli-ratings-col-median = Mediana
cli-ratings-col-max = Máx.
cli-ratings-col-counts = Fases 1–5, N/A
cli-ratings-col-agreed = Acordada
cli-ratings-col-discuss = Discussão
cli-ratings-na = N/A
cli-ratings-discuss = a discutir

## Merging copies of an assessment (issue 12)
cli-exported-for-group = { $title } exportada para { $path }, para o grupo { $group } ({ $blocks ->
    [0] todos os pilares
    [one] um pilar
   *[other] { $blocks } pilares
}).
cli-conflicts-hint = Há conflitos a aguardar uma decisão: liste-os com “dhma conflicts { $id }” e resolva cada um com “dhma resolve”.
cli-conflicts-none = Nenhum conflito aguarda uma decisão.
cli-conflicts-count = { $count ->
    [one] Um conflito aguarda uma decisão.
   *[other] { $count } conflitos aguardam uma decisão.
}
cli-conflict-heading = { $label } (dhma resolve … { $indicator } { $field })
cli-conflict-local = Aqui: { $value } – { $changed }
cli-conflict-incoming = No ficheiro: { $value } – { $changed }
cli-resolved = Resolvido. { $count ->
    [0] Não resta nenhum conflito.
    [one] Resta um conflito.
   *[other] Restam { $count } conflitos.
}
# Rounds that start from the last one (issue 12).
cli-round-started = { $title } iniciada (identificador { $id }) a partir de { $from }: { $count ->
    [one] uma resposta transportada
   *[other] { $count } respostas transportadas
}, cada uma a rever.
cli-round-from-latest = { $asked } não é a última ronda do seu país: a nova ronda parte da última, { $from }.
cli-changes-block = { $name }: média { $mean }; { $phase }; { $target } ({ $direction })
cli-changes-indicator = { $label }: { $phase }; { $target } ({ $direction })

cli-handout-written = O questionário ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) foi gravado em { $path }.

cli-progress-written = O relatório de progresso ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) foi gravado em { $path }.
cli-exported-all = { $count ->
    [one] { $count } avaliação exportada para { $path }.
   *[other] { $count } avaliações exportadas para { $path }.
}
cli-reports-written = { $count ->
    [one] { $count } relatório escrito em { $path }.
   *[other] { $count } relatórios escritos em { $path }.
}
cli-exported-gdhm = O ficheiro de carregamento do GDHM de { $title } foi exportado para { $path }.
cli-benchmark-imported = { $count ->
    [one] Referência «{ $label }» guardada ({ $count } país).
   *[other] Referência «{ $label }» guardada ({ $count } países).
}
cli-benchmark-cleared = A referência foi retirada.
# dhma chart
cli-chart-written = O gráfico foi guardado em { $path }.
cli-report-docx-written = O relatório editável (documento Word) foi gravado em { $path }.
