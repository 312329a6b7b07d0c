# Textos partilhados pela interface, pela linha de comandos e pelo relatório.

# O nome da língua na própria língua, mostrado nos seletores de língua.
language-name = Português
product-name = DHMA – Avaliação da maturidade da saúde digital
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name } ({ $version })

phase-label = Fase { $phase }
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = Incipiente
phase-2-name = Emergente
phase-3-name = Estabelecida
phase-4-name = Institucionalizada
phase-5-name = Otimizada
not-applicable = Não aplicável / não disponível
not-available = não disponível
overall = Global

timeframe-short = Curto prazo (até 1 ano)
timeframe-medium = Médio prazo (1 a 3 anos)
timeframe-long = Longo prazo (3 a 5 anos)
cost-low = Custo baixo
cost-medium = Custo médio
cost-high = Custo elevado
confidence-low = Grau de confiança baixo
confidence-medium = Grau de confiança médio
confidence-high = Grau de confiança elevado
status-draft = Rascunho
status-finalised = Finalizada

exclusion-not-applicable = assinalado como não aplicável / não disponível
exclusion-not-answered = ainda sem resposta
exclusion-sub-indicator = subindicador: a resposta é registada mas não conta para a pontuação

scoring-rule = A pontuação de um pilar é a média dos seus indicadores pontuados que têm uma fase atribuída; os subindicadores e os indicadores assinalados como não aplicáveis são excluídos. A pontuação global é a média não ponderada das pontuações dos pilares. Uma pontuação é convertida numa fase arredondando-a a uma casa decimal e, em seguida, arredondando-a por excesso, sendo a fase 1 o mínimo.

# Decimal separator used when the product prints a mean (e.g. 2,33).
number-decimal-separator = ,
# Separator between items of a list (e.g. indicator codes).
list-separator = {", "}

# Roadmap statuses and priorities.
roadmap-status-proposed = Proposta
roadmap-status-planned = Planeada
roadmap-status-in-progress = Em curso
roadmap-status-done = Concluída
roadmap-status-dropped = Abandonada
priority-1 = Prioridade alta
priority-2 = Prioridade média
priority-3 = Prioridade baixa
roadmap-step = { $from } → { $to }
backup-reason-upgrade = antes de uma atualização
backup-reason-finalised = na finalização
backup-reason-hourly = de hora a hora
backup-reason-before-restore = antes de um restauro
backup-reason-set-aside = não podia ser aberta, posta de parte

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title }: importada como nova avaliação.
merge-summary = { $title }: fundida com o ficheiro. Campos de resposta recebidos do ficheiro: { $answers }. Outras alterações recebidas: { $others }. { $conflicts ->
    [0] Nenhum conflito.
    [one] Um conflito aguarda uma decisão.
   *[other] { $conflicts } conflitos aguardam uma decisão.
}
merge-field-of-indicator = Indicador { $code } – { $field }
merge-field-current = Fase atual
merge-field-target = Fase-meta
merge-field-target-year = Ano da meta
merge-field-rationale = Justificação
merge-field-confidence = Grau de confiança
merge-field-carried = Transitado da ronda anterior, não revisto
merge-field-change-note = O que mudou desde a ronda anterior
merge-field-note = Nota de consenso
merge-field-tally = Contagem dos cartões
merge-field-rating = Classificação de { $name }
merge-field-dissent = Discordância de { $name }
merge-field-evidence = Evidência “{ $title }”
merge-field-roadmap = Ação do roteiro
merge-field-roadmap-position = Posição de uma ação do roteiro
merge-field-participant = Participante { $name }
merge-field-group = Grupo { $name }
merge-field-country = País
merge-field-round = Ronda
merge-field-date = Data da avaliação
merge-field-facilitator = Facilitador
merge-field-language = Língua
merge-value-removed = Removido
merge-value-empty = Vazio
merge-value-phase = Fase { $phase }
merge-value-na = Não aplicável
merge-value-yes = Sim
merge-value-no = Não
merge-value-with-comment = { $value } (“{ $comment }”)
merge-changed-by = Alterado por { $name }, { $time }
# O que mudou desde a ronda anterior: o ecrã, `dhma compare --changes` e o relatório.
changes-title = O que mudou
changes-heading = { changes-title } – { $title }
changes-since = Em comparação com a ronda anterior, { $round } ({ $date }).
changes-first-round = { $country } não tem nenhuma ronda anterior com este quadro, por isso ainda não há nada com que comparar.
changes-count = { $count ->
        [0] Nenhum indicador mudou de fase nem de meta.
        [one] Mudou a fase ou a meta de um indicador.
       *[other] Mudou a fase ou a meta de { $count } indicadores.
    }
changes-block-count = { $count ->
        [0] Nenhum indicador mudou
        [one] Mudou um indicador
       *[other] Mudaram { $count } indicadores
    }
changes-phase = Fase { $old } → { $new }
changes-target = Meta { $old } → { $new }
changes-arrow = { $old } → { $new }
changes-value-na = não aplicável
changes-value-none = sem resposta
changes-value-unset = não definida
changes-value-absent = fora do quadro
changes-direction-up = Subiu
changes-direction-down = Desceu
changes-direction-same = Sem alteração
changes-direction-changed = Alterado
changes-direction-new = Respondido pela primeira vez
changes-direction-removed = Já sem resposta
changes-note = O que mudou: { $note }
changes-indicator = { $code } { $title }
changes-col-indicator = Indicador
changes-col-mean = Média
changes-col-phase = Fase
changes-col-target = Meta
changes-col-direction = Evolução da fase
changes-col-note = O que mudou (nota da equipa)
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = DD/MM/YYYY
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = {"; "}

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = A avaliação no seu conjunto
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = não aplicável
na-reason-not-available = não disponível – dados em falta
na-reason-not-said = NA, sem indicar se não é aplicável ou se faltam dados
merge-field-na-reason = Que NA (não aplicável ou dados em falta)

# Answers imported from a spreadsheet (preview and result).
answers-change-current = Fase atual: { $old } → { $new }
answers-change-target = Fase-meta: { $old } → { $new }
answers-change-target-year = Ano da meta: { $old } → { $new }
answers-change-rationale = Justificação: { $old } → { $new }
answers-preview = { $count ->
        [one] O ficheiro altera { $count } resposta.
       *[other] O ficheiro altera { $count } respostas.
    }
answers-imported = { $count ->
        [one] { $count } resposta alterada.
       *[other] { $count } respostas alteradas.
    }
merge-field-gdhm-country = Nome do país
merge-field-gdhm-country-summary = Resumo do país
merge-field-gdhm-country-contact-name = Contacto do país: nome
merge-field-gdhm-country-contact-role = Contacto do país: cargo
merge-field-gdhm-country-contact-org = Contacto do país: organização
merge-field-gdhm-country-contact-email = Contacto do país: correio eletrónico
merge-field-gdhm-contact-person-name = Pessoa de contacto: nome
merge-field-gdhm-contact-person-role = Pessoa de contacto: cargo
merge-field-gdhm-contact-person-email = Pessoa de contacto: correio eletrónico
merge-field-gdhm-approver-name = Aprovador dos dados: nome
merge-field-gdhm-approver-role = Aprovador dos dados: cargo
merge-field-gdhm-approver-email = Aprovador dos dados: correio eletrónico
merge-field-gdhm-resources-link = Ligações para recursos
chart-legend-benchmark = Referência: { $label }
chart-legend-benchmark-dated = Referência: { $label } ({ $date })
batch-sheet-assessments = Avaliações
batch-sheet-indicators = Indicadores
batch-col-country = País
batch-col-round = Ronda
batch-col-date = Data
batch-col-status = Estado
batch-col-overall = Média global
batch-col-overall-phase = Fase global
batch-col-indicator = Indicador
batch-col-block = Pilar
batch-col-phase = Fase atual
batch-col-target = Fase-alvo
batch-status-draft = Rascunho
batch-status-finalised = Finalizada
move-exported = Avaliações escritas em { $path }: { $count }.
move-imported = Ficheiro de mudança importado. Avaliações novas: { $added }. Fundidas com a cópia que já cá estava: { $merged }. { $conflicts ->
    [0] Nenhum conflito.
    [one] Um conflito aguarda uma decisão.
   *[other] { $conflicts } conflitos aguardam uma decisão.
}
about-title = Acerca do DHMA
about-version = Versão { $version }
about-licence = O DHMA é software livre com a licença { $licence }.
about-fonts-heading = Tipos de letra
about-fonts-notice = Os relatórios e as imagens de gráficos usam os tipos de letra Noto (Noto Sans, Noto Sans Arabic, Noto Sans CJK SC) da Google, licenciados pela SIL Open Font License, versão 1.1. Os seus ficheiros de direitos de autor, com a licença, seguem tal como foram redigidos.
about-crates-heading = Software de terceiros
about-crates-intro = Bibliotecas Rust (crates) de código aberto incluídas neste programa, cada uma com a sua licença (expressão SPDX) e os ficheiros de licença que inclui, tal como foram redigidos: { $count }.
about-licence-text = Texto da licença
about-no-licence-file = Esta biblioteca não inclui nenhum ficheiro de licença; a sua licença é a indicada.
about-licence-undeclared = Não declarada

roadmap-origin-own = Redigida pela equipa
roadmap-origin-template = Da biblioteca de modelos do DHMA
roadmap-cross-cutting = Ações transversais
roadmap-cross-cutting-short = Transversal
roadmap-all-blocks = Todos os pilares
roadmap-body-development-partners = Parceiros de desenvolvimento
roadmap-body-private-sector = Setor privado
roadmap-body-subnational = Níveis subnacionais (regiões, distritos)
roadmap-body-other-ministries = Outros ministérios
