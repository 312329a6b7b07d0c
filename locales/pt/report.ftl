# Textos do relatório PDF.

report-title = Avaliação nacional da maturidade da saúde digital
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label }: { $value }
report-list-item = • { $item }
report-subtitle = Relatório de avaliação e roteiro
report-country = País
report-round = Ronda
report-date = Data da avaliação
report-framework = Quadro de referência
report-facilitator = Facilitador
report-status = Estado
report-generated = Relatório produzido em { $date } com o DHMA
report-page = Página { $page } de { $total }
report-summary = Sumário executivo
report-summary-overall = Maturidade global: fase { $phase } (média { $mean }), fase-meta { $target }.
report-summary-strongest = Pilar mais sólido: { $block } (média { $mean }).
report-summary-weakest = Pilar mais fraco: { $block } (média { $mean }).
report-summary-agreement = Acordo na sala: { $percent }% dos indicadores pontuados ({ $agreed } de { $counted }).
report-summary-agreement-meaning = Nestes indicadores, cada classificação individual ficou no máximo a uma fase da fase acordada; nos restantes, as posições de partida estavam mais afastadas. O anexo «Como a equipa classificou» mostra onde e porquê.
report-summary-priorities = Principais prioridades do roteiro
report-priority = { $action } ({ $indicator })
report-scores = Pontuações por pilar
report-radar = Fases atuais e fases-meta por pilar
report-block-section = Pilar: { $block }
report-indicator-heading = { $code }  { $title }
report-current = Fase atual
report-target = Fase-meta
report-target-year = Ano da meta
report-target-by-year = { $phase }, até { $year }
report-rationale = Justificação
report-evidence = Evidências
report-evidence-heading = Evidências:
report-no-evidence = Não foram registadas evidências.
report-no-rationale = Não foi registada nenhuma justificação.
report-sub-indicator = Subindicador (não contabilizado na pontuação)
report-roadmap = Roteiro
report-roadmap-none = Não foi registada nenhuma ação no roteiro.
report-action-line-heading = { $block } — { $line }
report-indicator-step = { $indicator } · { $step }
report-timeline = Calendário
report-method = Anexo: método
report-excluded = Indicadores não contabilizados nas pontuações
report-excluded-none = Todos os indicadores pontuados têm uma fase atribuída.
report-ratings = Anexo: como a equipa classificou
report-ratings-intro = Cada participante ou grupo classificou os indicadores antes de a sala acordar uma fase. As colunas 1 a 5 contam as classificações que deram cada fase, N/A as que deram «não aplicável»; o mínimo, a mediana e o máximo não as contam. Só a fase acordada entra nas pontuações. «A uma fase no máximo» indica se cada classificação ficou no máximo a uma fase da fase acordada, como a conta o valor de acordo do resumo.
report-ratings-indicator = Indicador
# Short column heading: ratings of "not applicable".
report-ratings-na = N/A
report-ratings-min = Mín.
report-ratings-median = Mediana
report-ratings-max = Máx.
report-ratings-agreed = Fase acordada
report-ratings-within = A uma fase no máximo
report-ratings-notes = Notas de consenso e discordâncias
report-ratings-notes-none = Não foi registada nenhuma nota de consenso nem discordância.
report-ratings-anonymous = Anónimo
report-consensus-note = Nota de consenso
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = Discordância, { $who }: { $reason }
report-participants = Anexo: participantes
report-participants-none = Não foram registados participantes.
report-signoff = Aprovação
report-approver = Aprovado por
report-approver-role = Função
report-not-given = —
report-government-approved = Aprovado pelo Governo
report-yes = Sim
report-no = Não
report-signature = Assinatura e data
report-name = Nome
report-organisation = Organização

report-changes = Desde a última ronda
report-changes-intro = Em comparação com a ronda anterior, { $round } ({ $date }): a média e a fase de cada pilar antes e agora, e cada indicador cuja fase ou meta mudou, com a nota da equipa sobre o que mudou.
report-changes-indicators = Indicadores cuja fase ou meta mudou

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = RASCUNHO
report-draft-footer = RASCUNHO – ainda não assinado
# The sign-off section of a draft.
report-signoff-draft = Ainda não assinado. Este relatório é um rascunho: as suas respostas ainda podem mudar. As assinaturas, a data de finalização e o código de verificação do documento aparecerão aqui quando a avaliação for finalizada.
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = Finalizada em { $date } · Código de verificação do documento { $code }…
report-finalised-on = Data de finalização
report-check-code = Código de verificação do documento
report-check-code-meaning = O código de verificação do documento é calculado a partir das respostas da avaliação no momento da sua finalização: um ficheiro de avaliação que mostre o mesmo código contém exatamente as respostas deste relatório.
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = Número de ações
report-timeline-col-indicators = Indicadores abrangidos

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] Como a fase resulta da média, tal como no GDHM: a média { $mean } arredondada a uma casa decimal é { $rounded }, um número inteiro, o que dá a fase { $phase }.
   *[up] Como a fase resulta da média, tal como no GDHM: a média { $mean } é arredondada a uma casa decimal, { $rounded }, e depois ao número inteiro seguinte, o que dá a fase { $phase }.
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] Pilar mais sólido: { $blocks } (média { $mean }).
   *[other] Pilares mais sólidos, empatados com uma média de { $mean }: { $blocks }.
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] Pilar mais fraco: { $blocks } (média { $mean }).
   *[other] Pilares mais fracos, empatados com uma média de { $mean }: { $blocks }.
}
report-summary-all-equal = Todos os pilares têm a mesma média, { $mean }: nenhum é mais sólido ou mais fraco do que os outros.
report-summary-gaps = Maiores diferenças entre a meta e a fase atual
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block }: { $gap } (média atual { $current }, média da meta { $target })
report-summary-gaps-none = Nenhum pilar tem uma meta acima da sua média atual.
report-summary-gaps-meaning = A diferença é a média das fases-meta de um pilar menos a média das suas fases atuais; um indicador sem meta conta com a sua fase atual.
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = Indicador { $indicator }: { $action }
report-summary-data-gaps = Dados em falta
report-summary-data-gaps-intro = { $count ->
    [one] Um indicador não tem fase e não é contabilizado nas pontuações:
   *[other] { $count } indicadores não têm fase e não são contabilizados nas pontuações:
}
report-summary-data-gaps-none = Todos os indicadores têm uma fase: não há dados em falta.
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title }: { $reason }

# The method annex (issue 13).
report-method-conduct = Como decorreu a avaliação
report-method-last-change = Última alteração das respostas
report-method-participants = { $count ->
    [one] Uma pessoa participou na avaliação:
   *[other] { $count } pessoas participaram na avaliação:
}
report-method-consensus-ratings = Como se chegou ao consenso: cada participante ou grupo classificou primeiro os indicadores por si; depois, a sala discutiu cada indicador e acordou uma fase, que é a fase pontuada. O anexo «Como a equipa classificou» mostra cada classificação, as notas de consenso e qualquer discordância.
report-method-consensus-plain = Como se chegou ao consenso: a equipa discutiu cada indicador e acordou em conjunto uma fase, que é a fase pontuada. Não foram registadas classificações individuais, pelo que este relatório não pode mostrar quão afastadas estavam as opiniões na sala.
report-method-scale = A escala de fases
report-method-scale-intro = Cada indicador é classificado numa de cinco fases. Cada indicador descreve as suas próprias fases (impressas na sua secção); em geral, as fases significam:
report-method-phase-col = Fase
report-method-name-col = Nome
report-method-meaning-col = O que significa em geral
report-method-phase-1 = Pouco ou nada está implementado; os esforços são informais, pontuais ou apenas planeados.
report-method-phase-2 = Existem os primeiros elementos, como rascunhos, projetos-piloto ou iniciativas isoladas, mas ainda não estão adotados, financiados ou amplamente utilizados.
report-method-phase-3 = O elemento está formalmente adotado e em uso, mas ainda não em todo o lado, plenamente financiado ou sustentado.
report-method-phase-4 = O elemento é usado a nível nacional, com as regras, funções e orçamento que o tornam parte do funcionamento do sistema de saúde.
report-method-phase-5 = O elemento é revisto e melhorado regularmente com base em evidências e adapta-se a novas necessidades.
report-method-scoring = Como são calculadas as pontuações
report-method-example = Um exemplo com os números desta avaliação
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $count ->
    [one] { $block }: conta o indicador { $codes }, na fase { $phases }. Média { $sum } ÷ { $count } = { $mean }; arredondada a uma casa decimal { $rounded }; fase { $phase }.
   *[other] { $block }: contam os indicadores { $codes }, nas fases { $phases }. Média { $sum } ÷ { $count } = { $mean }; arredondada a uma casa decimal { $rounded }; fase { $phase }.
}
report-method-example-left-out = Excluídos desta média: { $items }.
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code } ({ $reason })
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = Global: a média das { $count } médias dos pilares ({ $means }) é { $mean }; arredondada a uma casa decimal { $rounded }; fase { $phase }.
report-method-codes = Códigos dos indicadores e o GDHM
report-method-codes-same = O quadro não tem um código GDHM próprio: os seus códigos de indicador são os do GDHM, usados sem alterações. Os códigos com uma letra (como 2a) são subindicadores: recolhidos e impressos, nunca pontuados.
report-method-codes-col-dhma = Código DHMA
report-method-codes-col-gdhm = Código GDHM
report-method-codes-col-scored = Conta na pontuação
report-method-codes-sub = Não: subindicador de { $parent }
report-method-limits = Limitações
report-method-limit-self = As fases são uma autoavaliação: o juízo da equipa nacional que participou, não uma auditoria externa.
report-method-limit-evidence = As evidências são apresentadas tal como a equipa as registou; a DHMA não as verifica.
report-method-limit-na = Os indicadores marcados como não aplicáveis ou não disponíveis, e os que não foram respondidos, não são contabilizados nas pontuações: a média de um pilar assenta apenas nos seus indicadores com fase.
report-method-limit-sub = Os subindicadores são recolhidos e impressos, mas não são pontuados.
report-disclaimer = Declaração de exoneração de responsabilidade
report-disclaimer-text = A DHMA é uma ferramenta independente. Não é um produto da Organização Mundial da Saúde (OMS), da União Internacional de Telecomunicações (UIT) nem do Global Digital Health Monitor (GDHM), e nenhum deles a reviu ou aprovou. «Compatível com o GDHM» significa apenas que a DHMA usa os mesmos códigos de indicador e a mesma regra de pontuação que o GDHM. Os resultados deste relatório são da própria equipa de avaliação.
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Pontuação deste pilar: média { $mean }, { $phase }; meta: { $target }
report-block-score-none = Pontuação deste pilar: ainda nenhuma (nenhum indicador do pilar tem fase)
# An indicator whose answer gives no confidence.
report-confidence-none = Grau de confiança não indicado

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = Contexto da avaliação
report-narrative-findings = Principais constatações
report-narrative-recommendations = Recomendações
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = Os indicadores não aplicáveis e os não disponíveis ficam igualmente fora da pontuação compatível com o GDHM. Efeito de os deixar de fora:
report-na-effect = { $count ->
    [one] { $block }: { $without } sem o indicador { $codes }; contado na sua fase mais baixa (fase 1), seria { $with }.
   *[other] { $block }: { $without } sem os indicadores { $codes }; contados na sua fase mais baixa (fase 1), seria { $with }.
}
report-na-effect-unscored = { $count ->
    [one] { $block }: sem pontuação sem o indicador { $codes }; contado na sua fase mais baixa (fase 1), seria { $with }.
   *[other] { $block }: sem pontuação sem os indicadores { $codes }; contados na sua fase mais baixa (fase 1), seria { $with }.
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = Siglas
report-method-acronyms-col-acronym = Sigla
report-method-acronyms-col-meaning = Significado
report-method-acronyms-others = Também aparecem no texto da equipa, sem serem desenvolvidas nesta lista: { $list }.
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = IA
acronym-ai-means = inteligência artificial
acronym-api = API
acronym-api-means = interface de programação de aplicações
acronym-crvs = CRVS
acronym-crvs-means = registo civil e estatísticas vitais
acronym-dhis2 = DHIS2
acronym-dhis2-means = District Health Information Software 2 (software de informação de saúde distrital)
acronym-dhma = DHMA
acronym-dhma-means = Digital Health Maturity Assessment, a ferramenta que produziu este relatório
acronym-ehr = EHR
acronym-ehr-means = registo de saúde eletrónico
acronym-emr = EMR
acronym-emr-means = processo clínico eletrónico
acronym-fhir = FHIR
acronym-fhir-means = Fast Healthcare Interoperability Resources, uma norma HL7
acronym-gdhm = GDHM
acronym-gdhm-means = Global Digital Health Monitor (observatório mundial da saúde digital)
acronym-gps = GPS
acronym-gps-means = sistema de posicionamento global
acronym-his = HIS
acronym-his-means = sistema de informação de saúde
acronym-hiv = VIH
acronym-hiv-means = vírus da imunodeficiência humana
acronym-hl7 = HL7
acronym-hl7-means = Health Level Seven, uma família de normas para a troca de informação de saúde
acronym-hmis = HMIS
acronym-hmis-means = sistema de informação para a gestão da saúde
acronym-hr = RH
acronym-hr-means = recursos humanos
acronym-icd = CID
acronym-icd-means = Classificação Internacional de Doenças
acronym-ict = TIC
acronym-ict-means = tecnologias da informação e comunicação
acronym-id = ID
acronym-id-means = documento ou número de identificação
acronym-itu = UIT
acronym-itu-means = União Internacional de Telecomunicações
acronym-lmis = LMIS
acronym-lmis-means = sistema de informação para a gestão logística
acronym-moh = MoH
acronym-moh-means = Ministério da Saúde
acronym-mpi = MPI
acronym-mpi-means = índice mestre de utentes
acronym-na = NA
acronym-na-means = não aplicável ou não disponível: indicador sem fase, excluído das pontuações
acronym-ngo = ONG
acronym-ngo-means = organização não governamental
acronym-uhc = CUS
acronym-uhc-means = cobertura universal de saúde
acronym-who = OMS
acronym-who-means = Organização Mundial da Saúde

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = Questionário da avaliação nacional da maturidade da saúde digital
handout-running-header = Questionário · { $title }
handout-footer = Questionário para os participantes – não é um resultado da avaliação
handout-date = Data do seminário
handout-date-blank = Data do seminário:
handout-name = O seu nome:
handout-organisation = Organização e função:
handout-instructions = Como preencher este questionário
handout-instruction-read = Leia a pergunta de cada indicador e as cinco fases que o descrevem, de { $first } a { $last }.
handout-instruction-tick = Assinale a fase que melhor descreve a situação atual do país, ou «{ $na }» se o indicador não se aplicar ou faltar a informação.
handout-instruction-comment = Escreva no quadro porque escolheu essa fase e os documentos ou factos que o demonstram.
handout-instruction-last-round = Uma caixa preenchida indica a fase acordada na ronda anterior, { $round } ({ $date }): diga o que mudou desde então.
handout-instruction-sheet = Copie as suas fases para a folha de respostas no final e entregue-a ao facilitador antes do seminário.
handout-last-round = Ronda anterior, { $round } ({ $date }): { $phase }
handout-option = { $phase }: { $text }
handout-guidance = Orientação
handout-evidence = Evidências que podem ajudar:
handout-comment = O seu comentário e as suas evidências:
handout-sheet = Folha de respostas
handout-sheet-note = Uma linha por indicador: o seu nome, o indicador, a fase assinalada (1 a 5, ou NA) e o seu comentário. As colunas são as do ficheiro de classificações ({ $columns }), para que o facilitador possa passar as folhas para uma folha de cálculo e importá-las na DHMA.

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = Progresso do roteiro – { $title }
progress-date = Data deste relatório
progress-signed = Finalizada em { $date }, aprovada por { $approver }.
progress-check-verifies = O código de controlo da avaliação aprovada continua válido: as respostas e as pontuações são as aprovadas.
progress-check-fails = O código de controlo da avaliação aprovada NÃO é válido: o conteúdo mudou desde a aprovação.
progress-draft = Esta avaliação é um rascunho: as respostas e as pontuações ainda podem mudar.
progress-by-status = Ações por estado
progress-col-actions = Número de ações
progress-moved-since-report = O que mudou desde o último relatório de progresso ({ $date })
progress-moved-since-signed = O que mudou desde a aprovação ({ $date })
progress-moved-since-created = O que mudou desde o início da avaliação ({ $date })
progress-move = { $from } → { $to }
progress-moved-none = Nenhuma ação mudou de estado neste período.
progress-col-when = Data
progress-overdue = Ações em atraso
progress-overdue-rule = Uma ação está em atraso quando não está concluída nem abandonada e o seu prazo, contado a partir da data da avaliação, terminou (curto prazo 1 ano, médio prazo 3 anos, longo prazo 5 anos).
progress-overdue-none = Nenhuma ação está em atraso.
progress-col-due = Prazo
progress-all = Todas as ações, com o estado e a nota de progresso
progress-total = { $count ->
        [one] { $count } ação no roteiro.
       *[other] { $count } ações no roteiro.
    }
progress-running-header = Progresso do roteiro · { $title }
progress-footer = Relatório de progresso de { $date }
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = Resumo
export-sheet-indicators = Indicadores
export-sheet-evidence = Evidências
export-sheet-roadmap = Roteiro
export-sheet-participants = Participantes
export-sheet-ratings = Classificações
export-sheet-dissent = Discordâncias
export-sheet-changes = Registo de alterações
export-col-item = Elemento
export-col-value = Valor
export-col-mean = Média
export-col-phase = Fase
export-col-target = Fase-meta
export-col-code = Código
export-col-block = Pilar
export-col-title = Indicador
export-col-current = Fase atual
export-col-target-year = Ano da meta
export-col-gap = Lacuna (fases)
export-col-rationale = Justificação
export-col-confidence = Grau de confiança
export-col-evidence-count = Número de evidências
export-col-ratings = Número de classificações
export-col-ratings-min = Classificação mais baixa
export-col-ratings-median = Classificação mediana
export-col-ratings-max = Classificação mais alta
export-col-discuss = A discutir
export-col-evidence = Evidência
export-col-reference = Referência
export-col-action-line = Linha de ação
export-col-from-phase = Da fase
export-col-to-phase = Para a fase
export-col-action = Ação
export-col-monitoring = Monitorização
export-col-timeframe = Prazo
export-col-responsible = Entidade responsável
export-col-priority = Prioridade
export-col-cost = Classe de custo
export-col-status = Estado
export-col-name = Nome
export-col-organisation = Organização
export-col-role = Função
export-col-rater = Classificado por
export-col-comment = Comentário
export-col-reason = Motivo
export-col-time = Hora (UTC)
export-col-actor = Por
export-col-what = Campo
export-col-subject = Objeto
export-col-old = Valor anterior
export-col-new = Valor novo
export-row-country = País
export-row-round = Ronda
export-row-date = Data da avaliação
export-row-framework = Quadro
export-row-status = Estado

report-roadmap-own-action = { $text } *
report-roadmap-legend = * Ação redigida pela equipa. As ações sem esta marca provêm da biblioteca de modelos de ações do DHMA para cada etapa entre fases, tal como a equipa as manteve ou alterou.
report-roadmap-cross-cutting-intro = Ações que servem vários indicadores ao mesmo tempo, por pilar.
report-roadmap-years = { $start }–{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = Valor de referência: { $value }
report-roadmap-target = Alvo: { $value }
report-summary-priority-cross-cutting = Transversal: { $action }
export-col-origin = Origem
export-col-start-year = Ano de início
export-col-end-year = Ano de conclusão
export-col-budget = Orçamento estimado
export-col-currency = Moeda
export-col-baseline = Valor de referência
export-col-monitoring-target = Valor-alvo
export-col-progress = Nota de progresso
progress-overdue-end-year = Uma ação para a qual a equipa indicou um ano de conclusão está em atraso assim que esse ano termina, qualquer que seja o seu prazo.

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = Avaliação criada
change-kind-assessment-finalised = Avaliação finalizada e assinada
change-kind-benchmark = Países de comparação
change-kind-dissent = Discordância
change-kind-evidence-added = Evidência adicionada
change-kind-evidence-removed = Evidência retirada
change-kind-group = Grupo
change-kind-group-deleted = Grupo eliminado
change-kind-merge-conflict = Conflito entre cópias
change-kind-merge-resolved = Conflito resolvido
change-kind-merge-set-aside = Valor posto de lado ao combinar
change-kind-merge-taken = Valor retirado de outra cópia
change-kind-participants = Participantes
change-kind-participants-added = Participantes adicionados
change-kind-progress-reported = Relatório de progresso redigido
change-kind-rating = Classificação
change-kind-ratings-imported = Classificações importadas
change-kind-response-reviewed = Revista, sem alterações
change-kind-roadmap-added = Ação adicionada
change-kind-roadmap-carried = Ação trazida da ronda anterior
change-kind-roadmap-deleted = Ação eliminada
change-kind-roadmap-regenerated = Ações propostas a partir das lacunas
change-kind-roadmap-reordered = Ações reordenadas
change-kind-round-carried-from = Iniciada a partir da ronda anterior
