# Mensagens de erro, uma por código de erro do núcleo (src/error.rs). Os argumentos têm nome.

error-io = Não foi possível ler ou escrever o ficheiro { $path }.
error-database = Não foi possível utilizar a base de dados da avaliação. Tente novamente; se voltar a acontecer, envie os detalhes para o suporte a quem presta suporte ao DHMA.
error-database-too-new = A base de dados { $path } foi criada por uma versão mais recente do DHMA (esquema { $found }; esta versão reconhece até ao esquema { $supported }). Não foi alterada. Instale a versão mais recente ou abra outro ficheiro.
error-not-dhma-database = O ficheiro { $path } não é uma base de dados do DHMA. Não foi alterado.
error-assessment-not-found = Não foi encontrada nenhuma avaliação com o identificador { $id }.
error-assessment-locked = { $country } – { $round } está finalizada: as respostas e as pontuações ficam bloqueadas tal como foram aprovadas. Para avaliar de novo, use «Iniciar a ronda seguinte» no respetivo painel (ou dhma new-round).
error-unknown-framework = O quadro de referência { $id } { $version } não está disponível nesta versão do DHMA.
error-unknown-language = A língua { $lang } não está disponível. Línguas disponíveis: en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = O indicador { $code } não existe neste quadro de referência.
error-answered-twice = O indicador { $code } tem duas respostas no ficheiro. Nada foi importado.
error-rater-unknown = Nenhum participante ou grupo se chama «{ $name }». Nada foi alterado.
error-rater-has-ratings = «{ $name }» tem classificações ou uma discordância registada nesta avaliação e não pode ser removido. Remova primeiro as suas classificações e a discordância. Nada foi alterado.
error-consensus-note-required = Indicador { $code }: a fase acordada está fora das classificações, ou as classificações estão muito afastadas. Escreva uma nota de consenso que explique porque a sala a acordou. Nada foi alterado.
error-group-name-taken = Já existe um grupo chamado «{ $name }». Escolha outro nome. Nada foi alterado.
error-csv-blank-participant = Linha { $line }: o nome do participante está vazio. Nada foi importado.
error-csv-rated-twice = Linha { $line }: { $name } já classificou o indicador { $code } na linha { $first }. Nada foi importado.
error-invalid-value = O valor “{ $value }” não é válido para o campo “{ $label }”.
error-required = Preencha o campo { $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    }.
error-content = O quadro de referência tem { $count ->
    [one] um problema
   *[other] { $count } problemas
}:
error-file-too-large = O ficheiro { $path } tem { $size }, o que excede o limite de { $limit }. Não foi importado.
error-malformed-json = O ficheiro { $path } está danificado ou não é um ficheiro de avaliação: não pode ser lido na linha { $line }, coluna { $column }. Nada foi importado.
error-not-utf8 = O ficheiro { $path } não é texto UTF-8, a codificação que o DHMA utiliza: o carácter na linha { $line }, coluna { $column } não pode ser lido. Se foi guardado por outro programa, guarde-o novamente como UTF-8 ou exporte-o de novo a partir do DHMA. Nada foi importado.
error-not-assessment-file = O ficheiro { $path } não é um ficheiro de avaliação do DHMA. Nada foi importado.
error-format-too-new = O ficheiro { $path } foi escrito por uma versão mais recente do DHMA (formato { $found }; esta versão lê até ao formato { $supported }). Instale a versão mais recente para o importar.
error-checksum-mismatch = O ficheiro { $path } foi alterado ou danificado depois de ter sido exportado: a soma de verificação não corresponde. Nada foi importado.
error-invalid-file-field = Não é possível importar o ficheiro { $path }: { $reason } (em “{ $label }”). Nada foi importado.
error-phase-out-of-range = Indicador { $code }: o valor { $value } indicado para “{ $label }” não é uma fase de 1 a 5. Nada foi importado.
error-already-exists = A avaliação { $country } – { $round } já existe nesta base de dados. Elimine-a primeiro ou importe o ficheiro noutro computador.
error-csv-malformed = Não é possível ler a linha { $line }.
error-csv-missing-column = A primeira linha deve ser um cabeçalho com as colunas indicator e phase (e, opcionalmente, target); falta a coluna { $column }.
error-csv-unknown-indicator = Linha { $line }: não existe nenhum indicador { $code } neste quadro de referência.
error-csv-bad-phase = Linha { $line }: o valor “{ $value }” indicado para “{ $label }” deve ser uma fase de 1 a 5 ou NA.
error-csv-duplicate = Linha { $line }: o indicador { $code } já foi indicado na linha { $first }.

content-issue = { $file }, { $item }, { $field }: { $problem }
content-issue-item = – { $issue }
content-syntax = não é possível ler o texto ({ $detail })
content-missing = em falta
content-empty = vazio
content-orphan = não utilizado pelo quadro de referência (órfão)
content-duplicate = indicado mais de uma vez
content-unknown-reference = remete para “{ $detail }”, que não existe
content-out-of-range = fora do intervalo: { $detail }
content-invalid = inválido: { $detail }
content-locale-tag = não é uma etiqueta de língua disponibilizada
content-placeables = utiliza variáveis diferentes das do texto em inglês: { $detail }
error-database-in-use = O ficheiro de avaliações { $path } já está aberto noutra janela ou programa do DHMA. Feche-o primeiro; nada foi alterado.
error-no-rounds = Não existe nenhuma avaliação de { $country } nesta base de dados.
error-database-damaged = A base de dados de avaliações { $path } está danificada. Não foi alterada. Restaure uma cópia de segurança ou comece um ficheiro novo.
error-damaged-row = Um valor guardado não pode ser lido: a base de dados de avaliações está danificada nesse ponto. Nada foi alterado. Restaure uma cópia de segurança.
error-read-only = Não é possível escrever na base de dados de avaliações { $path }: o disco ou a pasta são só de leitura. A última alteração não foi guardada; nada mais se perdeu. Copie o ficheiro para uma pasta onde possa escrever ou contacte o seu administrador.
error-disk-full = O disco que contém { $path } está cheio. A última alteração não foi guardada; nada mais se perdeu. Liberte espaço e tente novamente.
error-backup-not-found = Não existe nenhuma cópia de segurança com o nome { $name }.
error-not-ready-to-finalise = A avaliação ainda não pode ser finalizada: { $count ->
    [one] um indicador ainda precisa
   *[other] { $count } indicadores ainda precisam
} de uma fase (ou «não aplicável») e de uma justificação: { $codes }.

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = O ficheiro ou a pasta { $path } não existe. Pode ter sido movido, renomeado ou eliminado.
error-io-permission-denied = O DHMA não tem permissão para ler ou escrever { $path }. Verifique as permissões do ficheiro ou da pasta, ou consulte o seu administrador.
error-io-already-exists = Já existe um ficheiro ou uma pasta com o nome { $path }.
error-io-read-only = { $path } está num disco ou numa pasta só de leitura: não pode ser escrito.
error-io-storage-full = O disco que contém { $path } está cheio. Liberte espaço e tente novamente.
error-io-is-a-directory = { $path } é uma pasta, não um ficheiro.
error-io-not-a-directory = Uma parte do caminho { $path } é um ficheiro onde se esperava uma pasta.
error-io-invalid-filename = { $path } não é um nome de ficheiro válido neste computador.
error-io-file-too-large = { $path } é demasiado grande para este disco ou esta pasta.
error-io-unexpected-eof = O ficheiro { $path } termina antes do tempo: está incompleto ou danificado.
error-io-invalid-data = O ficheiro { $path } contém dados que não podem ser lidos: pode estar danificado.
error-invalid-value-empty = É preciso preencher o campo “{ $label }”.
error-invalid-value-internal = O DHMA não conseguiu produzir “{ $label }”. Trata-se de uma falha do DHMA: comunique-a, com os detalhes para o suporte.
error-file-reason-unknown-field = contém um campo que esta versão do DHMA não conhece (escrito por uma versão mais recente ou editado à mão)
error-file-reason-framework-mismatch = indica dois quadros ou duas versões de quadro diferentes
error-file-reason-missing-field = falta um campo obrigatório
error-file-reason-wrong-type = um valor tem o tipo errado (por exemplo, texto onde deve estar um número)
error-file-reason-bad-value = um valor não é um dos permitidos
error-file-reason-duplicate-field = um campo aparece duas vezes
error-file-reason-damaged = o seu conteúdo não tem a forma de uma avaliação do DHMA
error-csv-malformed-fields = A linha { $line } tem { $found ->
    [one] um valor
   *[other] { $found } valores
}, mas o cabeçalho tem { $expected ->
    [one] uma coluna
   *[other] { $expected } colunas
}.
error-csv-malformed-utf8 = A linha { $line } não é texto UTF-8. Guarde novamente o ficheiro como “CSV UTF-8”.
error-support-details = Detalhes para o suporte: { $details }
error-merge-into-finalised = A avaliação { $country } – { $round } está finalizada neste computador: as alterações do ficheiro não podem ser fundidas com ela. Inicie a ronda seguinte para registar alterações, ou importe o ficheiro num computador onde a avaliação ainda seja um rascunho. Nada foi alterado.
error-merge-finalised-file = O ficheiro contém a avaliação { $country } – { $round } finalizada, e o rascunho deste computador é diferente dela. Para ficar com a versão finalizada, elimine aqui o rascunho (é guardada uma cópia de segurança) e importe novamente o ficheiro. Nada foi alterado.
error-conflict-not-found = Nenhum conflito aguarda uma decisão para o indicador “{ $indicator }”, campo “{ $field }”. “dhma conflicts” lista os conflitos com os respetivos campos. Nada foi alterado.
error-conflict-value-not-allowed = “{ $field }” só pode ser resolvido mantendo um dos dois lados, e não escrevendo outro valor. Nada foi alterado.

# Rounds that start from the last one (issue 12).
error-change-note-required = Indicador { $code }: a nova fase difere da transportada da ronda anterior. Indique o que mudou desde a última ronda e guarde a fase novamente.
error-carried-not-reviewed = A avaliação ainda não pode ser finalizada: { $count ->
    [one] uma resposta transportada da ronda anterior não foi revista
   *[other] { $count } respostas transportadas da ronda anterior não foram revistas
}: { $codes }. Guarde cada uma ou marque-a como «Revista, sem alterações».
error-round-name-taken = { $country } já tem uma ronda chamada { $round }. Escolha outro nome.

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = { $title } não tem uma ronda anterior, pelo que o questionário não pode ser pré-preenchido. Imprima-o sem as fases da ronda anterior.
error-answers-cell-unknown-indicator = Folha «{ $sheet }», linha { $row }, coluna { $column } ({ $header }): «{ $value }» não é um indicador do quadro desta avaliação.
error-answers-cell-duplicate = Folha «{ $sheet }», linha { $row }, coluna { $column } ({ $header }): o indicador { $value } já está na linha { $first }.
error-answers-cell-bad-phase = Folha «{ $sheet }», linha { $row }, coluna { $column } ({ $header }): «{ $value }» não é uma fase: escreva 1 a 5, ou NA.
error-answers-cell-bad-target = Folha «{ $sheet }», linha { $row }, coluna { $column } ({ $header }): «{ $value }» não é uma fase-meta: escreva 1 a 5, ou deixe a célula vazia.
error-answers-cell-bad-year = Folha «{ $sheet }», linha { $row }, coluna { $column } ({ $header }): «{ $value }» não é um ano entre 2000 e 2100.
error-answers-cell-no-code = Folha «{ $sheet }», linha { $row }, coluna { $column } ({ $header }): a linha tem respostas mas nenhum código de indicador.
error-answers-no-code-column = A folha «{ $sheet }» não tem coluna «{ $heading }»: a sua primeira linha precisa dos cabeçalhos da folha Indicadores que o DHMA exporta, em qualquer uma das suas línguas.
error-answers-no-answer-column = A folha «{ $sheet }» não tem nenhuma coluna de respostas: a sua primeira linha precisa de pelo menos um destes cabeçalhos: { $headings }.
error-spreadsheet-unreadable = «{ $path }» não pode ser lido como livro do Excel (.xlsx) nem como ficheiro CSV (.csv).
error-gdhm-detail-missing = O carregamento do GDHM precisa de «{ $field }»: preencha-o nos dados para o GDHM e exporte de novo. Não foi escrito nenhum ficheiro.
error-gdhm-invalid-email = «{ $value }» em «{ $field }» não é um endereço de correio eletrónico que o GDHM aceite. Não foi escrito nenhum ficheiro.
error-gdhm-unanswered = O carregamento do GDHM precisa de uma fase ou NA para cada indicador; estes ainda não a têm: { $codes }. Não foi escrito nenhum ficheiro.
error-gdhm-file-unreadable = { $path } não é um livro do Excel (.xlsx) que o DHMA consiga ler.
error-gdhm-file-empty = { $path } não contém dados de países: não é uma exportação de dados do GDHM.
error-gdhm-file-cell-header = { $path }, linha { $row }, coluna { $column }: «{ $value }» não é um cabeçalho de uma exportação de dados do GDHM (Indicador com um código, ou Categoria com um número).
error-gdhm-file-cell-phase = { $path }, linha { $row }, coluna { $column }: «{ $value }» não é uma fase (Fase 1 a Fase 5, ou Não disponível).
error-gdhm-file-cell-country = { $path }, linha { $row }, coluna { $column }: a linha tem fases mas não tem o nome do país.
error-gdhm-country-not-in-file = { $path } não tem nenhum país chamado «{ $country }».
error-gdhm-no-common-indicators = { $path } não tem nenhum indicador do quadro desta avaliação.
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = “{ $value }” não é um gráfico que o DHMA saiba desenhar: escolha radar ou bars.
error-unknown-image-format = “{ $value }” não é um formato de imagem que o DHMA saiba escrever: escolha png ou svg.
error-dpi-out-of-range = A resolução “{ $value }” não pode ser usada: indique um número inteiro de pontos por polegada entre { $min } e { $max }.
error-chart-image = O DHMA não conseguiu desenhar a imagem do gráfico. Trata-se de uma falha do DHMA: comunique-a, com os detalhes para o suporte.

error-invalid-action-year = «{ $value }» não é um ano válido para uma ação: indique um ano de 2000 a 2100, em algarismos.
error-invalid-action-end-before-start = O ano de conclusão { $value } é anterior ao ano de início: uma ação não pode terminar antes de começar.
error-invalid-action-amount = «{ $value }» não é um montante: indique zero ou mais em algarismos, com duas casas decimais no máximo (por exemplo 250000 ou 1500,50).
error-invalid-action-currency = «{ $value }» não é um código de moeda: indique as três letras do respetivo código ISO 4217, por exemplo USD, EUR ou XOF.
error-invalid-action-budget-incomplete = O orçamento «{ $value }» precisa de um montante e da respetiva moeda.
error-invalid-action-template-action = «{ $value }» provém da biblioteca de modelos do DHMA: atribua-lhe o estado «Abandonada» em vez de a eliminar, para que a próxima proposta não a volte a incluir.
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = Nenhum país de { $path } foi escolhido: escolha pelo menos um país para a comparação.
