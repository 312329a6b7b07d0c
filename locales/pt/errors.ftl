# Mensagens de erro, uma por código de erro do núcleo (src/error.rs). Os argumentos têm nome.

error-io = Não foi possível ler ou escrever o ficheiro { $path } ({ $detail }).
error-database = Não foi possível utilizar a base de dados da avaliação ({ $detail }).
error-database-too-new = A base de dados { $path } foi criada por uma versão mais recente do DHMA (esquema { $found }; esta versão reconhece até ao esquema { $supported }). Não foi alterada. Instale a versão mais recente ou abra outro ficheiro.
error-not-dhma-database = O ficheiro { $path } não é uma base de dados do DHMA. Não foi alterado.
error-assessment-not-found = Não foi encontrada nenhuma avaliação com o identificador { $id }.
error-assessment-locked = A avaliação { $id } está finalizada e bloqueada. Crie uma nova versão para introduzir alterações.
error-unknown-framework = O quadro de referência { $id } { $version } não está disponível nesta versão do DHMA.
error-unknown-language = A língua { $lang } não está disponível. Línguas disponíveis: en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = O indicador { $code } não existe neste quadro de referência.
error-invalid-value = O valor “{ $value }” não é válido para { $field }.
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
error-invalid-file-field = O ficheiro { $path } tem um campo { $field } inválido: { $detail }. Nada foi importado.
error-phase-out-of-range = Indicador { $code }: o valor { $value } do campo { $field } não é uma fase de 1 a 5. Nada foi importado.
error-already-exists = A avaliação { $country } – { $round } já existe nesta base de dados. Elimine-a primeiro ou importe o ficheiro noutro computador.
error-csv-malformed = Linha { $line }: não é possível ler a linha ({ $detail }).
error-csv-missing-column = A primeira linha deve ser um cabeçalho com as colunas indicator e phase (e, opcionalmente, target); falta a coluna { $column }.
error-csv-unknown-indicator = Linha { $line }: não existe nenhum indicador { $code } neste quadro de referência.
error-csv-bad-phase = Linha { $line }: o valor “{ $value }” do campo { $field } deve ser uma fase de 1 a 5 ou NA.
error-csv-duplicate = Linha { $line }: o indicador { $code } já foi indicado na linha { $first }.

content-issue = { $file }, { $item }, { $field }: { $problem }
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
error-database-damaged = A base de dados de avaliações { $path } está danificada ({ $detail }). Não foi alterada. Restaure uma cópia de segurança ou comece um ficheiro novo.
error-damaged-row = Um valor guardado não pode ser lido (tabela { $table }, linha { $row }, coluna { $column }): a base de dados está danificada nesse ponto. Nada foi alterado. Restaure uma cópia de segurança.
error-read-only = Não é possível escrever na base de dados de avaliações { $path }: o disco ou a pasta são só de leitura. A última alteração não foi guardada; nada mais se perdeu. Copie o ficheiro para uma pasta onde possa escrever ou contacte o seu administrador.
error-disk-full = O disco que contém { $path } está cheio. A última alteração não foi guardada; nada mais se perdeu. Liberte espaço e tente novamente.
error-backup-not-found = Não existe nenhuma cópia de segurança com o nome { $name }.
error-not-ready-to-finalise = A avaliação ainda não pode ser finalizada: { $count } indicadores ainda precisam de uma fase (ou «não aplicável») e de uma justificação: { $codes }.
