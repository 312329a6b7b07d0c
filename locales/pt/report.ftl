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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Pontuação deste pilar: média { $mean }, { $phase }; meta: { $target }
report-block-score-none = Pontuação deste pilar: ainda nenhuma (nenhum indicador do pilar tem fase)
# An indicator whose answer gives no confidence.
report-confidence-none = Grau de confiança não indicado
