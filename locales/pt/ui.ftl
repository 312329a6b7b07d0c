# Textos da interface de ambiente de trabalho.

ui-app-title = Avaliação da maturidade da saúde digital
ui-skip-to-content = Ir para o conteúdo
ui-nav-home = Avaliações
ui-nav-walk = Avaliação
ui-nav-dashboard = Painel
ui-language = Língua
ui-save-saving = A guardar…
ui-save-saved = Todas as alterações foram guardadas
ui-save-failed = Não guardado – a sua alteração continua visível no ecrã
ui-loading = A carregar…
ui-close = Fechar
ui-cancel = Cancelar

ui-home-title = Avaliações
ui-home-intro = Cada avaliação pontua os sete pilares do ambiente nacional de saúde digital. Abra uma avaliação para continuar ou inicie uma nova.
ui-home-empty = Ainda não há avaliações. Inicie uma nova ou abra a avaliação de exemplo.
ui-home-new = Nova avaliação
ui-home-sample = Abrir a avaliação de exemplo
ui-home-import = Importar um ficheiro…
ui-home-open = Abrir
ui-home-export = Exportar ficheiro…
ui-home-delete = Eliminar
ui-home-col-country = País
ui-home-col-round = Ronda
ui-home-col-date = Data
ui-home-col-status = Estado
ui-home-col-completion = Preenchimento
ui-home-col-actions = Ações
ui-delete-confirm = Eliminar a avaliação { $name }? É conservada uma cópia de segurança e é possível anular a eliminação.
ui-deleted = A avaliação { $name } foi eliminada. Foi guardada uma cópia de segurança em { $path }.
ui-undo = Anular
ui-restored = A avaliação { $name } foi restaurada.
ui-imported = A avaliação { $name } foi importada.
ui-exported = A avaliação foi guardada em { $path }.
ui-file-filter = Ficheiro de avaliação do DHMA

ui-new-title = Nova avaliação
ui-new-country = País
ui-new-round = Ronda
ui-new-round-hint = Por exemplo: Base de referência 2026 ou Revisão intercalar 2028
ui-new-date = Data da avaliação
ui-new-facilitator = Facilitador
ui-new-participants = Participantes
ui-new-participants-hint = Uma pessoa por linha: nome; organização; função
ui-new-framework = Quadro de referência
ui-new-language = Língua da avaliação e do relatório
ui-new-create = Criar e iniciar

ui-walk-blocks = Pilares e indicadores
ui-walk-completion = { $answered } de { $total } indicadores respondidos
ui-walk-question = Pergunta
ui-walk-guidance = Orientações: o que analisar e a quem perguntar
ui-walk-current = Fase atual
ui-walk-phase-keys = Escolha com as teclas 1 a 5, ou N para não aplicável. Indicador seguinte: Page Down ou Alt+→; anterior: Page Up ou Alt+←.
ui-walk-not-applicable = Não aplicável / não disponível
ui-walk-sub-indicator = Subindicador: recolhido e comunicado, mas nunca contabilizado na pontuação.
ui-walk-target = Fase-meta
ui-walk-target-none = Sem meta
ui-walk-target-year = Ano da meta
ui-walk-rationale = Justificação
ui-walk-rationale-hint = Porquê esta fase? Obrigatório antes de a avaliação poder ser finalizada.
ui-walk-confidence = Grau de confiança
ui-walk-confidence-none = Não indicado
ui-walk-evidence = Evidências
ui-walk-evidence-examples = Exemplos de evidências
ui-walk-evidence-title = Documento, lei ou fonte
ui-walk-evidence-reference = Ligação ou referência
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title } — { $reference }
ui-walk-evidence-add = Adicionar evidência
ui-walk-evidence-remove = Remover
ui-walk-evidence-none = Ainda não foram registadas evidências.
ui-walk-previous = Anterior
ui-walk-next = Seguinte
ui-walk-locked = Esta avaliação está finalizada e não pode ser alterada.
ui-walk-state-answered = respondido
ui-walk-state-na = não aplicável
ui-walk-state-empty = sem resposta
ui-walk-state-note = ({ $state })

ui-dash-title = Painel
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = Pilares: fases atuais e fases-meta
ui-dash-legend-current = Atual
ui-dash-legend-target = Meta
ui-dash-legend-previous = Ronda anterior: { $round }
ui-dash-table = Pontuações por pilar
ui-dash-col-block = Pilar
ui-dash-col-mean = Média
ui-dash-col-phase = Fase
ui-dash-col-target = Meta
ui-dash-col-scored = Indicadores pontuados
ui-dash-excluded = Indicadores não contabilizados
ui-dash-excluded-none = Todos os indicadores pontuados têm uma fase atribuída.
ui-dash-excluded-item = { $code } { $title }: { $reason }
ui-dash-completeness = Completude
ui-dash-rule = Como são calculadas as pontuações
ui-dash-gap-note = Um pilar sem nenhuma resposta pontuada não tem pontuação; o gráfico deixa um espaço vazio nesse ponto em vez de desenhar um zero.

# Roadmap screen.
ui-nav-roadmap = Roteiro
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = Ações propostas para cada lacuna entre a fase atual e a fase-meta, agrupadas por linha de ação. Edite-as, reordene-as ou abandone-as; as suas alterações são mantidas quando o roteiro é proposto de novo.
ui-road-regenerate = Propor ações a partir das lacunas
ui-road-regenerated = { $count ->
        [one] O roteiro tem agora { $count } ação.
       *[other] O roteiro tem agora { $count } ações.
    } As suas próprias alterações foram mantidas.
ui-road-empty = Ainda não há ações. Defina fases-meta acima das atuais e depois proponha ações a partir das lacunas.
ui-road-action = Ação
ui-road-monitoring = Indicador de monitorização
ui-road-step = Indicador e etapa
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = Prazo
ui-road-responsible = Entidade responsável
ui-road-priority = Prioridade
ui-road-cost = Classe de custo
ui-road-status = Estado
ui-road-edited = alterada pela equipa
ui-road-up = Subir
ui-road-down = Descer

# PDF report.
ui-report-export = Exportar o relatório PDF…
ui-report-working = A preparar o relatório PDF…
ui-report-written = O relatório ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) foi guardado em { $path }.
ui-report-open = Abrir o relatório

ui-home-backups = Cópias de segurança…
ui-backups-title = Cópias de segurança
ui-backups-intro = O DHMA faz uma cópia de segurança do ficheiro de avaliações antes de cada atualização, em cada finalização e de hora a hora enquanto se guardam respostas. Guardam-se as { $keep } mais recentes; as feitas na finalização nunca são apagadas automaticamente. Pasta: { $dir }
ui-backups-col-time = Data (UTC)
ui-backups-col-reason = Motivo
ui-backups-col-assessments = Avaliações
ui-backups-col-size = Tamanho
ui-backups-size = { $kib } KiB
ui-backups-restore = Restaurar
ui-backups-restore-confirm = Restaurar a cópia de segurança de { $time }? Primeiro é feita uma cópia do ficheiro de avaliações tal como está agora, por isso nada se perde.
ui-backups-restored = Cópia de segurança restaurada. O estado imediatamente anterior fica guardado na cópia de { $time }.
ui-backups-empty = Ainda não há cópias de segurança.
ui-recovery-title = Não é possível abrir o ficheiro de avaliações
ui-recovery-choose = Pode restaurar uma das suas cópias de segurança ou começar um ficheiro novo vazio. Em ambos os casos, o ficheiro que não pode ser aberto fica guardado, sem alterações, na pasta das cópias de segurança.
ui-recovery-new = Começar um ficheiro novo
ui-recovery-new-confirm = Começar um ficheiro de avaliações novo e vazio? O ficheiro que não pode ser aberto ficará guardado, sem alterações, na pasta das cópias de segurança.
ui-recovery-new-done = Foi começado um ficheiro de avaliações novo e vazio. O ficheiro que não podia ser aberto fica guardado, sem alterações, como { $aside } em { $dir }.
ui-recovery-restored = Cópia de segurança restaurada. O ficheiro que não podia ser aberto fica guardado, sem alterações, como { $aside }.
ui-recovery-retry = Tentar novamente

ui-signoff-title = Aprovação
ui-signoff-intro = Finalizar bloqueia a avaliação: as respostas deixam de poder mudar, recebe um código de controlo (que mostra se foi alterada depois) e é guardada uma cópia de segurança que nunca é apagada automaticamente. Antes, cada indicador pontuado precisa de uma fase (ou «não aplicável») e de uma justificação.
ui-signoff-name = Nome de quem aprova
ui-signoff-role = Função
ui-signoff-government = Aprovada pelo governo
ui-signoff-finalise = Finalizar a avaliação
ui-signoff-confirm = Finalizar esta avaliação? Depois já não poderá ser alterada.
ui-signoff-done = A avaliação está finalizada e bloqueada. A cópia de segurança nunca será apagada automaticamente: { $backup }.
ui-signoff-approver = { $name } ({ $role })
ui-signoff-finalised = Finalizada em { $date } por { $approver }. Código de controlo { $fingerprint }…
ui-signoff-finalised-government = Finalizada em { $date } por { $approver }. Aprovada pelo governo. Código de controlo { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = Anónimo
ui-workshop-na = Não aplicável
ui-workshop-na-short = N/A
ui-workshop-phase = Fase { $phase }
ui-workshop-bar = { $label }: { $count ->
        [one] { $count } classificação
       *[other] { $count } classificações
    }
ui-workshop-summary = { $count ->
        [one] Uma classificação
       *[other] { $count } classificações
    }, da fase { $min } à fase { $max }, mediana { $median }{ $na ->
        [0] {""}
        [one] ; um «não aplicável»
       *[other] ; { $na } «não aplicável»
    }
ui-workshop-summary-none = Ainda nenhuma fase foi dada{ $na ->
        [0] {""}
        [one] ; um «não aplicável»
       *[other] ; { $na } «não aplicável»
    }
ui-workshop-discuss = A discutir: as classificações distam duas fases ou mais.
ui-workshop-proposed = Fase proposta: { $phase } (a mediana, arredondada para baixo)
ui-workshop-ratings = Classificações da sala
ui-groups = Grupos
ui-group-tag = grupo
ui-group-name = Nome do grupo
ui-group-members = Membros
ui-group-blocks = Pilares que classifica (opcional)
ui-group-create = Criar o grupo
ui-group-delete = Eliminar
ui-group-none = Ainda não há grupos de trabalho.
ui-ratings-import = Importar classificações…
ui-ratings-file-filter = Classificações (CSV)
ui-ratings-preview-title = Classificações a importar
ui-ratings-preview = { $count ->
        [one] Uma classificação para { $indicators ->
            [one] um indicador.
           *[other] { $indicators } indicadores.
        }
       *[other] { $count } classificações para { $indicators ->
            [one] um indicador.
           *[other] { $indicators } indicadores.
        }
    }
ui-ratings-preview-new = { $count ->
        [one] Novo participante: { $names }
       *[other] Novos participantes ({ $count }): { $names }
    }
ui-ratings-preview-known = Todos os nomes já são participantes.
ui-ratings-confirm = Importar estas classificações
ui-ratings-imported = { $count ->
        [one] Foi importada uma classificação.
       *[other] Foram importadas { $count } classificações.
    }
ui-workshop-by-person = Por pessoa
ui-workshop-participant = Participante
ui-workshop-rating = Classificação
ui-workshop-comment = Comentário (opcional)
ui-workshop-rating-keys = Digite 1 a 5, ou N para não aplicável; Delete apaga. As setas e Tab passam de uma pessoa para outra. Cada alteração é guardada de imediato.
ui-workshop-by-tally = Por contagem (cartões anónimos)
ui-workshop-tally-hint = Quantos cartões mostraram cada fase. Cada alteração é guardada de imediato e substitui as classificações anónimas deste indicador.
ui-workshop-distribution = Distribuição das classificações
ui-workshop-agreed = Fase acordada
ui-workshop-agreed-none = Ainda não acordada
ui-workshop-note = Nota de consenso
ui-workshop-note-required = As classificações estão muito afastadas: escreva por que a sala acordou esta fase.
ui-workshop-agree = Acordar
ui-workshop-dissent = Discordância
ui-workshop-dissent-none = Nenhuma discordância registada.
ui-workshop-dissent-who = Quem discorda
ui-workshop-dissent-reason = Motivo
ui-workshop-dissent-add = Registar a discordância
ui-workshop-dissent-remove = Remover
ui-dash-spread = Dispersão das classificações
ui-dash-spread-legend = Cada linha vai da classificação mais baixa à mais alta; o círculo é a mediana e o losango a fase acordada; as linhas a vermelho são para discutir.
ui-workshop-to-discuss = Indicadores a discutir
ui-workshop-to-discuss-none = Nenhum indicador tem classificações afastadas de duas fases ou mais.
ui-projector-open = Mostrar no projetor
ui-projector-leave = Sair (Esc)
ui-projector-keys = Setas: indicador anterior ou seguinte. 1 a 5 ou N: mostrar uma fase à sala (nada é registado). Esc: sair.

# Rounds that start from the last one (issue 12).
ui-walk-carried = Transportada, não revista
ui-walk-state-note-carried = ({ $state }, transportada da ronda anterior, não revista)
ui-walk-reviewed = Revista, sem alterações
ui-walk-change-note = O que mudou desde a última ronda?
ui-walk-change-note-save = Guardar a fase com esta nota
ui-round-next = Iniciar a ronda seguinte
ui-round-intro = A nova ronda parte da última ronda deste país: as suas fases, fases-meta, justificações, evidências, ações do roteiro em aberto e o contexto redigido para o relatório, com cada resposta marcada como «transportada, não revista». Os participantes, as classificações individuais, as notas de consenso, as conclusões principais e as recomendações começam vazios.
ui-round-name = Nome da nova ronda
ui-round-name-hint = Deixe em branco para usar o ano da sua data
ui-round-date = Data da nova ronda
ui-round-start = Iniciar a ronda
ui-round-started = { $title } iniciada a partir de { $from }: { $count ->
    [one] uma resposta transportada
   *[other] { $count } respostas transportadas
}, cada uma a rever.
ui-home-carried = { $count ->
    [one] uma resposta transportada, não revista
   *[other] { $count } respostas transportadas, não revistas
}
ui-changes-open = O que mudou desde a última ronda
ui-changes-back = Voltar ao painel
ui-changes-blocks = Pilares
## Cópias de uma avaliação: fundir ficheiros, conflitos, grupos de trabalho (questão 12)
ui-conflicts-title = Conflitos
ui-conflicts-intro = Estes campos foram alterados neste computador e num ficheiro importado, com valores diferentes. Para cada um, mantenha um valor ou escreva outro: o valor não escolhido fica no registo de alterações.
ui-conflicts-none = Nenhum conflito por resolver: tudo o que vinha nos ficheiros foi fundido.
ui-conflicts-open = Resolver os conflitos
ui-conflicts-local = Neste computador
ui-conflicts-incoming = No ficheiro
ui-conflicts-keep-local = Manter o deste computador
ui-conflicts-take-incoming = Aceitar o do ficheiro
ui-conflicts-write = Escrever outro valor
ui-conflicts-value = Outro valor
ui-conflicts-value-hint = Uma fase: 1 a 5, ou NA para não aplicável. Confiança: low, medium ou high. Um ano: 2030. Uma data: 2026-11-30.
ui-conflicts-confirm = Usar este valor
ui-conflicts-back = Voltar ao painel
ui-conflicts-waiting = { $count ->
        [one] Um conflito da fusão de ficheiros aguarda uma decisão.
       *[other] { $count } conflitos da fusão de ficheiros aguardam uma decisão.
    }
ui-conflict-settled = Resolvido. { $count ->
        [0] Não resta nenhum conflito.
        [one] Resta um conflito.
       *[other] Restam { $count } conflitos.
    }
ui-export-group = Exportar para um grupo…
ui-export-group-choose = Grupo
ui-export-group-none = Ainda não há grupos de trabalho: crie um na página de um indicador, em «Grupos».
ui-exported-for-group = O ficheiro do grupo { $group } ({ $blocks ->
        [0] todos os pilares
        [one] um pilar
       *[other] { $blocks } pilares
    }) foi guardado em { $path }.
ui-breakout-banner = Ficheiro do grupo de trabalho { $group }: { $blocks }.
ui-breakout-banner-all = Ficheiro do grupo de trabalho { $group }: todos os pilares.
ui-date-hint = Dia/mês/ano, por exemplo 02/12/2026
ui-dash-target-note = Um indicador com fase mas sem meta conta com a sua fase atual como meta (nenhuma mudança prevista).
ui-participants-edit = Editar participantes
ui-participants-save = Guardar participantes
ui-participants-saved = A lista de participantes foi guardada.

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = Pontuação atual (média dos indicadores)
ui-chart-legend-target-phase = Fase-meta (como na tabela)
ui-chart-bars-title = Pilares: pontuação atual e fase-meta
ui-chart-scale-note = Anéis: fases 1 a 5

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = Constatações e recomendações
ui-narratives-intro = Impressos no relatório: o contexto e as constatações e recomendações gerais no sumário executivo, os de um pilar no início da sua secção. Guardado à medida que escreve.
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = Qual dos dois?
ui-walk-na-not-applicable = Não aplicável: o indicador não se aplica aqui
ui-walk-na-not-available = Não disponível: aplica-se, mas faltam dados

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = O questionário ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) foi guardado em { $path }.
ui-handout-export = Imprimir o questionário…
ui-handout-prefill = com as fases da ronda anterior
ui-handout-working = A preparar o questionário…
ui-handout-open = Abrir o questionário
ui-handout-hint = O questionário a distribuir antes do seminário: cada pergunta com as suas cinco fases, caixas para assinalar e uma folha de respostas.

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = Nota de progresso
ui-road-follow-up = Finalizada: as respostas, as pontuações e as ações ficam tal como foram aprovadas. O estado e a nota de progresso de cada ação continuam a ser atualizados para o acompanhamento do roteiro.
# Export… and Import answers… on the dashboard.
export-format-dhma = Ficheiro de avaliação (.dhma.json)
export-format-xlsx = Livro do Excel (.xlsx)
export-format-csv = Tabela de indicadores (.csv)
export-format-json = Avaliação e pontuações (.json)
ui-export = Exportar…
ui-export-title = Exportar a avaliação
ui-export-format = Formato
ui-export-excel = Para o Microsoft Excel (com marca de ordem de bytes, para que o Excel leia o texto como UTF-8)
ui-export-choose = Escolher onde guardar…
ui-import-answers = Importar respostas…
ui-import-answers-title = Respostas de uma folha de cálculo
ui-import-answers-hint = A folha Indicadores de um livro exportado, ou o seu CSV, preenchida: as colunas são reconhecidas pelo cabeçalho, em qualquer língua; uma célula vazia deixa a resposta como está.
ui-import-answers-confirm = Guardar estas alterações
ui-import-answers-filter = Folhas de cálculo (.xlsx, .csv)
ui-gdhm-export = Exportar para o GDHM…
ui-gdhm-title = Ficheiro de carregamento do GDHM
ui-gdhm-intro = O carregamento do GDHM pede estes dados. São guardados com a avaliação.
ui-gdhm-save-export = Guardar e exportar…
ui-gdhm-required = obrigatório
ui-gdhm-exported = O ficheiro de carregamento do GDHM foi escrito.
ui-benchmark = Comparar com países…
ui-benchmark-title = Comparar com outros países
ui-benchmark-intro = Escolha uma exportação de dados do GDHM e depois os países cuja média o radar e o relatório mostram.
ui-benchmark-choose-file = Escolher uma exportação de dados do GDHM…
ui-benchmark-label = Nome deste grupo (por exemplo, uma região; opcional)
ui-benchmark-store = Comparar
ui-benchmark-remove = Retirar a referência

export-format-gdhm-csv = Ficheiro de carregamento do GDHM (.csv)
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = Guardar o gráfico…
ui-chart-save-radar = Guardar o radar como imagem (PNG ou SVG)
ui-chart-save-bars = Guardar o gráfico de barras como imagem (PNG ou SVG)
ui-chart-saved = O gráfico foi guardado em { $path }.
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = Exportar o relatório editável (Word)…
ui-report-docx-working = A preparar o relatório editável (Word)…
ui-report-docx-written = O relatório editável (documento Word) foi guardado em { $path }.
ui-about = Acerca de
ui-move-title = Mudar para outro computador
ui-move-intro = Todas as avaliações deste computador num só ficheiro: copie-o para o computador novo (basta uma pen USB) e importe-o lá. Uma avaliação que já lá esteja é fundida, nunca substituída; se alguma parte do ficheiro for recusada, nada é guardado.
ui-move-export = Guardar todas as avaliações num ficheiro…
ui-move-import = Importar um ficheiro de mudança…
ui-move-filter = Ficheiro de mudança do DHMA

ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = Sem etapa
ui-road-add = Adicionar uma ação
ui-road-add-intro = Uma ação própria, para um indicador ou para vários ao mesmo tempo (transversal). O relatório assinala-a como redigida pela equipa.
ui-road-add-where = Para
ui-road-add-cross = Transversal (nenhum indicador em particular)
ui-road-add-line = Linha de ação
ui-road-add-block = Pilar
ui-road-add-step = Etapa
ui-road-add-text = O que será feito
ui-road-add-submit = Adicionar a ação
ui-road-added = A ação foi adicionada ao roteiro.
ui-road-delete = Eliminar
ui-road-deleted = A ação foi eliminada.
ui-road-start-year = Ano de início
ui-road-end-year = Ano de conclusão
ui-road-budget = Orçamento estimado
ui-road-currency = Moeda (código ISO)
ui-road-budget-hint = Em algarismos, com duas casas decimais no máximo, e as três letras da moeda (por exemplo 250000 EUR).
ui-road-baseline = Valor de referência
ui-road-target = Valor-alvo
ui-road-progress-report = Relatório de progresso…
ui-road-progress-written = O relatório de progresso ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) foi guardado em { $path }.
