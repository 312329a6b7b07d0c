# leadership-governance: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 1 (scored indicator; scale phases)
gdhm-i1-title = Mecanismo nacional de governação da saúde digital
gdhm-i1-question = Existe um órgão ou mecanismo nacional, liderado pelo governo, que oriente e coordene a saúde digital em todo o setor da saúde?
gdhm-i1-phase-1 = Nenhum órgão ou mecanismo nacional governa a saúde digital; os projetos são orientados separadamente pelos programas, parceiros ou doadores, com pouca coordenação.
gdhm-i1-phase-2 = Foi formalmente criado um órgão ou mecanismo nacional de saúde digital, por exemplo por decreto ou despacho ministerial, mas este reúne-se de forma irregular, carece de um mandato claro ou de recursos e tem pouca influência nas decisões.
gdhm-i1-phase-3 = O órgão de governação tem termos de referência e uma composição definidos, reúne-se regularmente com os programas de saúde, outros ministérios e os parceiros, e as suas decisões orientam os investimentos em saúde digital.
gdhm-i1-phase-4 = O órgão de governação está em pleno funcionamento e é liderado pelo governo, com um secretariado, um plano de trabalho e um orçamento; monitoriza a implementação da agenda de saúde digital e presta contas dos progressos.
gdhm-i1-phase-5 = A governação da saúde digital faz parte da estrutura permanente do governo, é mantida por financiamento público recorrente independentemente das mudanças de liderança e é reconhecida a nível nacional como a autoridade que orienta a saúde digital.
gdhm-i1-guidance = Procure o ato jurídico ou administrativo que criou o órgão, os seus termos de referência e as atas das suas reuniões recentes. Pergunte à unidade de saúde digital, à direção de planeamento e aos principais parceiros de desenvolvimento se as decisões sobre os investimentos em saúde digital passam efetivamente por este órgão.
gdhm-i1-evidence-1 = Decreto ou despacho ministerial que cria o órgão de governação
gdhm-i1-evidence-2 = Termos de referência e lista dos membros do órgão
gdhm-i1-evidence-3 = Atas das reuniões realizadas nos últimos doze meses
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i1-s1-a1 = Mapear os comités, projetos e parceiros de saúde digital existentes e redigir o mandato, a composição e os termos de referência de um órgão nacional de governação da saúde digital.
gdhm-i1-s1-a1-monitor = Relatório de mapeamento e projeto de termos de referência submetidos à direção superior do ministério (sim/não)
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-planning
gdhm-i1-s1-a2 = Preparar e submeter a assinatura o despacho ministerial que cria formalmente o órgão nacional de governação da saúde digital e designa o seu presidente.
gdhm-i1-s1-a2-monitor = Despacho ministerial que cria o órgão de governação assinado (sim/não)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i1-s2-a1 = Criar na unidade de saúde digital um secretariado que convoque o órgão de governação segundo um calendário fixo, prepare as suas ordens de trabalhos e acompanhe a execução das suas decisões.
gdhm-i1-s2-a1-monitor = Número de reuniões do órgão de governação realizadas no ano com atas distribuídas, em comparação com o calendário previsto
# step 2->3, action line 'governance', timeframe medium, cost low, responsible moh-planning
gdhm-i1-s2-a2 = Alargar a composição do órgão de governação aos programas de saúde, a outros ministérios, às autoridades sanitárias subnacionais, aos parceiros e à sociedade civil, e definir a forma como as suas decisões alimentam o planeamento setorial.
gdhm-i1-s2-a2-monitor = Proporção dos grupos representados previstos nos termos de referência que participaram em pelo menos metade das reuniões do ano
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i1-s3-a1 = Adotar um plano de trabalho plurianual do órgão de governação com metas, e apresentar em cada reunião os progressos alcançados face a esse plano.
gdhm-i1-s3-a1-monitor = Plano de trabalho adotado (sim/não) e proporção das atividades previstas concluídas no ano
# step 3->4, action line 'governance', timeframe medium, cost high, responsible moh-planning
gdhm-i1-s3-a2 = Dotar o órgão de governação de um secretariado com pessoal e de uma rubrica orçamental específica, e tornar o seu parecer uma etapa obrigatória antes da aprovação de qualquer projeto de saúde digital, incluindo os projetos financiados por parceiros.
gdhm-i1-s3-a2-monitor = Proporção dos novos projetos de saúde digital aprovados no ano que foram analisados pelo órgão de governação
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i1-s4-a1 = Institucionalizar o órgão de governação na estrutura orgânica permanente do ministério da saúde, com lugares do quadro e financiamento recorrente que não dependam de projetos externos.
gdhm-i1-s4-a1-monitor = Proporção dos custos de funcionamento do órgão de governação financiada pelo orçamento nacional recorrente
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible moh-planning
gdhm-i1-s4-a2 = Encomendar de três em três anos uma avaliação independente do desempenho do órgão de governação e publicar um relatório anual sobre as suas decisões e resultados.
gdhm-i1-s4-a2-monitor = Avaliação independente concluída nos últimos três anos e relatório anual publicado (sim/não)

## Indicator 2 (scored indicator; scale phases)
gdhm-i2-title = Saúde digital no planeamento e nos orçamentos nacionais da saúde
gdhm-i2-question = A saúde digital está incluída, com atividades orçamentadas, na estratégia ou no plano nacional do setor da saúde?
gdhm-i2-phase-1 = A estratégia ou o plano nacional de saúde não menciona a saúde digital, ou menciona-a apenas em termos gerais, sem atividades nem orçamento.
gdhm-i2-phase-2 = A saúde digital é indicada como prioridade na estratégia ou no plano nacional de saúde, mas as atividades correspondentes não estão orçamentadas nem inscritas no orçamento.
gdhm-i2-phase-3 = O plano nacional de saúde contém atividades de saúde digital definidas e orçamentadas, que são discutidas com as partes interessadas durante o planeamento e a orçamentação anuais.
gdhm-i2-phase-4 = As atividades de saúde digital do plano nacional de saúde são financiadas pelo orçamento da saúde sob a liderança do governo, e a sua implementação é monitorizada nas revisões regulares do setor da saúde.
gdhm-i2-phase-5 = A saúde digital é parte permanente e orçamentada de cada ciclo nacional de planeamento da saúde, mantém-se ao longo de planos sucessivos e é reconhecida como uma componente normal do planeamento do setor da saúde.
gdhm-i2-guidance = Analise o plano estratégico nacional do setor da saúde em vigor, o respetivo plano operacional orçamentado e o orçamento da saúde do ano corrente. Pergunte à direção de planeamento e ao ministério das finanças se as atividades de saúde digital têm rubricas orçamentais próprias e se são acompanhadas nas revisões anuais do setor.
gdhm-i2-evidence-1 = Plano estratégico nacional do setor da saúde com uma secção sobre saúde digital
gdhm-i2-evidence-2 = Plano operacional orçamentado ou quadro de despesas de médio prazo da saúde
gdhm-i2-evidence-3 = Orçamento anual da saúde com rubricas orçamentais de saúde digital
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible moh-planning
gdhm-i2-s1-a1 = Incluir a saúde digital como prioridade expressa, com objetivos, na próxima revisão ou na revisão intercalar da estratégia nacional do setor da saúde.
gdhm-i2-s1-a1-monitor = Estratégia do setor da saúde ou documento de revisão intercalar aprovado que contém objetivos de saúde digital (sim/não)
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible finance
gdhm-i2-s1-a2 = Criar um código orçamental ou um subprograma na classificação orçamental nacional que permita identificar e comunicar a despesa com a saúde digital no orçamento da saúde.
gdhm-i2-s1-a2-monitor = Código orçamental ou subprograma de saúde digital criado na classificação orçamental nacional (sim/não)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible moh-planning
gdhm-i2-s2-a1 = Orçamentar as atividades de saúde digital do plano nacional de saúde e inscrevê-las nos planos operacionais anuais do ministério e dos seus programas.
gdhm-i2-s2-a1-monitor = Proporção das atividades de saúde digital do plano nacional de saúde que dispõem de uma estimativa de custos no plano operacional anual
# step 2->3, action line 'policy-alignment', timeframe medium, cost low, responsible finance
gdhm-i2-s2-a2 = Examinar as atividades de saúde digital orçamentadas durante as audições orçamentais anuais do setor da saúde e registar as dotações resultantes no código orçamental de saúde digital.
gdhm-i2-s2-a2-monitor = Montante afetado ao código orçamental de saúde digital no orçamento anual aprovado
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible moh-planning
gdhm-i2-s3-a1 = Acrescentar indicadores de saúde digital ao quadro de monitorização do plano nacional de saúde e apresentar os respetivos resultados na revisão conjunta anual do setor da saúde.
gdhm-i2-s3-a1-monitor = Número de indicadores de saúde digital apresentados no relatório mais recente da revisão anual do setor da saúde
# step 3->4, action line 'policy-alignment', timeframe medium, cost high, responsible finance
gdhm-i2-s3-a2 = Financiar as atividades de saúde digital orçamentadas do plano nacional de saúde através do quadro de despesas de médio prazo, com dotações plurianuais tanto para o investimento como para os custos de funcionamento.
gdhm-i2-s3-a2-monitor = Proporção das necessidades orçamentadas de saúde digital do plano de saúde cobertas por dotações no quadro de despesas de médio prazo
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible moh-planning
gdhm-i2-s4-a1 = Tornar uma componente orçamentada de saúde digital parte obrigatória das diretrizes de planeamento da saúde a nível nacional e subnacional, e manter a sua implementação ao longo de ciclos de planeamento sucessivos.
gdhm-i2-s4-a1-monitor = Proporção dos planos de saúde subnacionais do ciclo em curso que incluem uma componente orçamentada de saúde digital
# step 4->5, action line 'policy-alignment', timeframe medium, cost medium, responsible finance
gdhm-i2-s4-a2 = Acompanhar todos os anos a despesa efetiva com a saúde digital face às dotações e publicá-la no relatório de execução orçamental do setor da saúde.
gdhm-i2-s4-a2-monitor = Taxa de execução das dotações de saúde digital publicada no relatório anual de execução orçamental (sim/não, e taxa em %)

## Indicator 2a (sub-indicator of 2; scale phases)
gdhm-i2a-title = A saúde na política nacional digital e de dados
gdhm-i2a-question = A política nacional de transformação digital e a política nacional de governação de dados tratam explicitamente do setor da saúde?
gdhm-i2a-phase-1 = Não existe uma política nacional de transformação digital ou de governação de dados, ou a política existente não menciona a saúde.
gdhm-i2a-phase-2 = A saúde é mencionada na política nacional de transformação digital ou de governação de dados, mas sem objetivos específicos, responsabilidades ou coordenação com o ministério da saúde.
gdhm-i2a-phase-3 = A política digital nacional fixa objetivos definidos para a saúde, e o ministério da saúde participa regularmente nos seus mecanismos de coordenação.
gdhm-i2a-phase-4 = Os objetivos de saúde das políticas nacionais digital e de dados são executados sob a liderança do governo, os serviços digitais governamentais partilhados e as regras relativas aos dados são aplicados no setor da saúde, e os progressos são monitorizados.
gdhm-i2a-phase-5 = A saúde é parte permanente e reconhecida da transformação digital e da governação de dados a nível nacional, mantém-se ao longo de políticas sucessivas e é objeto de revisão conjunta pelos ministérios envolvidos.
gdhm-i2a-guidance = Analise a estratégia nacional de transformação digital, a política nacional de governação de dados ou a estratégia de dados, e qualquer plano de governo eletrónico. Pergunte ao ministério responsável pelas TIC e à unidade de saúde digital se a saúde tem objetivos específicos, se o ministério da saúde tem assento nos órgãos de coordenação e se serviços partilhados como a identidade digital, o intercâmbio de dados e o alojamento servem o setor da saúde.
gdhm-i2a-evidence-1 = Estratégia nacional de transformação digital com uma secção sobre saúde
gdhm-i2a-evidence-2 = Política ou estratégia nacional de governação de dados que se refere aos dados de saúde
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible ict-ministry
gdhm-i2a-s1-a1 = Envolver o ministério da saúde na elaboração ou na revisão das políticas nacionais de transformação digital e de governação de dados, para que a saúde seja indicada como setor prioritário.
gdhm-i2a-s1-a1-monitor = Ministério da saúde formalmente consultado durante a elaboração ou a revisão mais recente das políticas (sim/não)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible ict-ministry
gdhm-i2a-s2-a1 = Definir, com o ministério da saúde, objetivos e responsabilidades específicos da saúde na política nacional de transformação digital, e atribuir ao ministério da saúde um lugar no órgão de coordenação da política.
gdhm-i2a-s2-a1-monitor = Número de objetivos específicos da saúde na política nacional de transformação digital aos quais foi atribuída uma entidade responsável
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible ict-ministry
gdhm-i2a-s3-a1 = Alargar ao setor da saúde os serviços digitais governamentais partilhados, como a identidade digital, o intercâmbio de dados e o alojamento, e monitorizar a sua utilização face aos objetivos de saúde da política.
gdhm-i2a-s3-a1-monitor = Número de serviços digitais governamentais partilhados em utilização no setor da saúde, segundo o relatório anual de progresso da política
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible ict-ministry
gdhm-i2a-s4-a1 = Institucionalizar com o ministério da saúde um mecanismo conjunto permanente para planear, financiar e rever os investimentos digitais relacionados com a saúde no âmbito de cada política digital nacional sucessiva.
gdhm-i2a-s4-a1-monitor = Número de anos do período da política em que foi realizada uma revisão conjunta dos investimentos digitais relacionados com a saúde

## Indicator 3 (scored indicator; scale phases)
gdhm-i3-title = Governação das tecnologias emergentes de saúde digital
gdhm-i3-question = O país dispõe da preparação e dos mecanismos de governação necessários para avaliar, adotar e supervisionar as tecnologias emergentes na saúde, como a inteligência artificial, os dispositivos vestíveis e os dispositivos conectados?
gdhm-i3-phase-1 = Não existe qualquer política, orientação ou autoridade designada para as tecnologias emergentes na saúde; a sua utilização não é planeada nem avaliada.
gdhm-i3-phase-2 = Foi formalmente adotada uma declaração de política ou uma diretriz, ou criado um grupo de trabalho, sobre as tecnologias emergentes na saúde, mas ainda não são aplicados na prática.
gdhm-i3-phase-3 = Existem procedimentos definidos para avaliar a segurança, a eficácia e os aspetos éticos das tecnologias emergentes antes da sua utilização na saúde, e são aplicados regularmente com as autoridades reguladoras, os peritos e os utilizadores.
gdhm-i3-phase-4 = A governação das tecnologias emergentes na saúde, liderada pelo governo, está em pleno funcionamento: a avaliação, a aprovação e a monitorização após a implantação são procedimentos correntes, e os resultados são comunicados.
gdhm-i3-phase-5 = A governação das tecnologias emergentes na saúde está institucionalizada e é sustentada, atualizada à medida que as tecnologias evoluem e reconhecida a nível nacional como a base das decisões sobre a sua adoção.
gdhm-i3-guidance = Procure qualquer política, estratégia ou diretriz sobre a inteligência artificial, os dispositivos conectados ou outras tecnologias emergentes que abranja a saúde, bem como procedimentos para avaliar essas ferramentas antes e depois da sua implantação. Pergunte à unidade de saúde digital, à autoridade reguladora dos produtos de saúde, à comissão de ética para a investigação e aos peritos académicos que ferramentas estão em utilização e quem as aprovou.
gdhm-i3-evidence-1 = Política ou diretriz nacional sobre a inteligência artificial ou as tecnologias emergentes na saúde
gdhm-i3-evidence-2 = Procedimento ou lista de verificação para a avaliação das tecnologias emergentes de saúde
gdhm-i3-evidence-3 = Registo das ferramentas de tecnologias emergentes avaliadas ou aprovadas
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i3-s1-a1 = Fazer o inventário das ferramentas de tecnologias emergentes, como as aplicações de inteligência artificial e os dispositivos conectados, já utilizadas ou em fase piloto no setor da saúde, e identificar os riscos associados e as lacunas de supervisão.
gdhm-i3-s1-a1-monitor = Relatório de inventário concluído (sim/não) e número de ferramentas de tecnologias emergentes inventariadas
# step 1->2, action line 'governance', timeframe short, cost low, responsible regulator
gdhm-i3-s1-a2 = Designar na autoridade reguladora um ponto focal para as tecnologias emergentes de saúde digital e publicar uma declaração que indique quais desses produtos se enquadram no seu mandato atual.
gdhm-i3-s1-a2-monitor = Ponto focal designado e declaração de âmbito publicada pela autoridade reguladora (sim/não)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i3-s2-a1 = Elaborar e testar a título piloto um procedimento para avaliar a segurança, a eficácia, os aspetos éticos e a utilização dos dados das tecnologias emergentes antes da sua introdução nos serviços de saúde.
gdhm-i3-s2-a1-monitor = Procedimento de avaliação adotado (sim/não) e número de ferramentas avaliadas com esse procedimento durante o período piloto
# step 2->3, action line 'governance', timeframe medium, cost low, responsible regulator
gdhm-i3-s2-a2 = Emitir orientações destinadas aos fabricantes e fornecedores sobre as provas exigidas para colocar no mercado nacional produtos de saúde baseados em inteligência artificial ou conectados.
gdhm-i3-s2-a2-monitor = Orientações para os fabricantes e fornecedores publicadas (sim/não)
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i3-s3-a1 = Exigir que todas as ferramentas de tecnologias emergentes utilizadas nos serviços públicos de saúde sejam avaliadas e inscritas num registo nacional, e apresentar todos os anos um relatório sobre o desempenho dessas ferramentas.
gdhm-i3-s3-a1-monitor = Proporção das ferramentas de tecnologias emergentes utilizadas nos serviços públicos de saúde que foram avaliadas e inscritas no registo nacional
# step 3->4, action line 'governance', timeframe medium, cost high, responsible regulator
gdhm-i3-s3-a2 = Reforçar a capacidade da autoridade reguladora para aprovar as tecnologias emergentes de saúde e monitorizá-las após a implantação, incluindo a formação do pessoal, instalações de ensaio e um sistema de notificação de incidentes.
gdhm-i3-s3-a2-monitor = Número de avaliadores formados em funções e número de notificações de incidentes relativos a tecnologias emergentes de saúde analisadas no ano
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i3-s4-a1 = Criar uma função permanente e financiada de prospeção e avaliação das tecnologias emergentes de saúde, e atualizar o quadro nacional de governação a intervalos fixos.
gdhm-i3-s4-a1-monitor = Quadro de governação atualizado nos últimos três anos e relatório anual de prospeção publicado (sim/não)
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible regulator
gdhm-i3-s4-a2 = Alinhar os requisitos nacionais relativos às tecnologias emergentes de saúde com os quadros regulamentares regionais e internacionais, através de mecanismos permanentes de confiança regulamentar e de partilha de informação com outras autoridades reguladoras.
gdhm-i3-s4-a2-monitor = Número de acordos de confiança regulamentar ou de partilha de informação com outras autoridades reguladoras em vigor

## Indicator 4 (scored indicator; scale phases)
gdhm-i4-title = Equidade, inclusão e direitos na saúde digital
gdhm-i4-question = A estratégia nacional de saúde digital trata da equidade, da inclusão e dos direitos humanos, de modo que a saúde digital chegue a todos os grupos da população e os proteja?
gdhm-i4-phase-1 = A estratégia de saúde digital, quando existe, não tem em conta a equidade, a inclusão nem os direitos humanos.
gdhm-i4-phase-2 = A equidade, a inclusão e os direitos humanos são enunciados como princípios na estratégia de saúde digital, mas não existem medidas nem responsabilidades específicas para os aplicar.
gdhm-i4-phase-3 = A estratégia fixa medidas definidas para os grupos em risco de exclusão, como as populações rurais, as pessoas com deficiência, as pessoas idosas e as minorias linguísticas, e essas medidas são aplicadas com a participação dos grupos em causa.
gdhm-i4-phase-4 = O governo lidera a aplicação das medidas de equidade e de direitos em todos os programas de saúde digital e monitoriza o acesso e a utilização por grupo populacional, com dados desagregados.
gdhm-i4-phase-5 = A equidade, a inclusão e os direitos humanos estão institucionalizados na conceção, no financiamento e na revisão de todos os serviços de saúde digital, mantêm-se ao longo do tempo e são reconhecidos a nível nacional como prática corrente.
gdhm-i4-guidance = Analise a estratégia de saúde digital e o respetivo quadro de monitorização, procurando medidas dirigidas aos grupos em risco de exclusão e dados desagregados por sexo, idade, local de residência, deficiência ou rendimento. Pergunte à unidade de saúde digital, às associações de doentes e organizações comunitárias e à instituição nacional de direitos humanos como esses grupos são consultados e se os obstáculos ao acesso são acompanhados.
gdhm-i4-evidence-1 = Secção da estratégia de saúde digital sobre equidade, inclusão e direitos humanos
gdhm-i4-evidence-2 = Avaliação do impacto de um programa de saúde digital na equidade ou nos direitos humanos
gdhm-i4-evidence-3 = Relatório de monitorização com dados desagregados por grupo populacional
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4-s1-a1 = Identificar os grupos da população em risco de exclusão da saúde digital e os principais obstáculos que enfrentam, com base em inquéritos, estudos e consultas existentes.
gdhm-i4-s1-a1-monitor = Análise da situação da exclusão da saúde digital concluída (sim/não)
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible civil-society
gdhm-i4-s1-a2 = Recolher as opiniões das comunidades e dos grupos em risco de exclusão sobre o seu acesso aos serviços de saúde digital e a sua experiência desses serviços, e apresentá-las ao ministério da saúde.
gdhm-i4-s1-a2-monitor = Número de contributos da sociedade civil sobre a inclusão na saúde digital recebidos pelo ministério da saúde
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4-s2-a1 = Traduzir os princípios de equidade e de direitos da estratégia em medidas específicas, como a conceção acessível, as línguas locais, as opções sem ligação à Internet e o acesso assistido, cada uma com uma unidade responsável e uma meta.
gdhm-i4-s2-a1-monitor = Número de medidas de equidade e inclusão do plano de ação da estratégia com uma unidade responsável e uma meta atribuídas
# step 2->3, action line 'inclusion', timeframe medium, cost low, responsible civil-society
gdhm-i4-s2-a2 = Participar regularmente na conceção e no teste dos serviços de saúde digital através de um grupo consultivo permanente que represente os grupos em risco de exclusão.
gdhm-i4-s2-a2-monitor = Número de reuniões do grupo consultivo sobre os serviços de saúde digital realizadas no ano
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4-s3-a1 = Exigir que cada programa nacional de saúde digital comunique dados de acesso e utilização desagregados por sexo, idade, local de residência e deficiência, e analisar os resultados no órgão de governação da saúde digital.
gdhm-i4-s3-a1-monitor = Proporção dos programas nacionais de saúde digital que comunicam dados desagregados de acesso e utilização
# step 3->4, action line 'inclusion', timeframe medium, cost high, responsible civil-society
gdhm-i4-s3-a2 = Realizar, em todas as regiões do país, uma monitorização independente e conduzida pelas comunidades do acesso, da acessibilidade e do respeito pelos direitos nos serviços de saúde digital, e publicar as conclusões.
gdhm-i4-s3-a2-monitor = Número de regiões abrangidas pela monitorização conduzida pelas comunidades e número de relatórios de monitorização publicados no ano
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4-s4-a1 = Institucionalizar uma avaliação do impacto na equidade e nos direitos humanos como etapa obrigatória e financiada da conceção, da aquisição e da renovação de cada serviço de saúde digital.
gdhm-i4-s4-a1-monitor = Proporção dos serviços de saúde digital novos ou renovados com uma avaliação do impacto na equidade e nos direitos humanos concluída
# step 4->5, action line 'inclusion', timeframe medium, cost medium, responsible civil-society
gdhm-i4-s4-a2 = Manter um papel formal da sociedade civil em cada revisão periódica da estratégia de saúde digital, incluindo um relatório independente publicado sobre a equidade e os direitos.
gdhm-i4-s4-a2-monitor = Relatório independente da sociedade civil publicado em cada revisão da estratégia (sim/não)

## Indicator 4a (sub-indicator of 4; scale phases)
gdhm-i4a-title = Género na estratégia e na governação da saúde digital
gdhm-i4a-question = A estratégia de saúde digital trata das questões de género, e as mulheres estão equitativamente representadas nos órgãos que governam a saúde digital?
gdhm-i4a-phase-1 = As questões de género não são tidas em conta na estratégia de saúde digital, e o equilíbrio de género nos órgãos de governação da saúde digital não é conhecido.
gdhm-i4a-phase-2 = As questões de género são mencionadas na estratégia de saúde digital, mas não existem medidas específicas de género, e a participação das mulheres nos órgãos de governação não é ativamente procurada.
gdhm-i4a-phase-3 = A estratégia contém medidas definidas para reduzir as disparidades de género no acesso à saúde digital e na sua utilização, e o equilíbrio de género nos órgãos de governação é um objetivo declarado, prosseguido com as partes interessadas.
gdhm-i4a-phase-4 = O governo lidera a execução das medidas de género na saúde digital, monitoriza dados desagregados por sexo sobre o acesso, a utilização e os recursos humanos, e presta contas do equilíbrio de género nos órgãos de governação.
gdhm-i4a-phase-5 = A igualdade de género está institucionalizada na política, nos programas e na governação da saúde digital, mantém-se ao longo de estratégias sucessivas e é reconhecida a nível nacional.
gdhm-i4a-guidance = Verifique se a estratégia de saúde digital analisa as disparidades de género na posse de telemóvel, nas competências digitais e na utilização dos serviços, e se fixa medidas e metas para as reduzir. Peça à unidade de saúde digital e ao ponto focal para as questões de género do ministério os dados desagregados por sexo e a composição dos órgãos de governação da saúde digital.
gdhm-i4a-evidence-1 = Análise de género ou secção sobre género da estratégia de saúde digital
gdhm-i4a-evidence-2 = Composição dos órgãos de governação da saúde digital desagregada por sexo
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4a-s1-a1 = Realizar uma análise rápida de género do acesso aos serviços de saúde digital e da sua utilização, bem como da composição dos órgãos de governação da saúde digital.
gdhm-i4a-s1-a1-monitor = Relatório da análise de género concluído (sim/não)
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4a-s2-a1 = Adotar medidas e metas específicas de género na estratégia de saúde digital, incluindo uma meta para a proporção de mulheres nos órgãos de governação da saúde digital.
gdhm-i4a-s2-a1-monitor = Número de medidas de género com metas no plano de ação da estratégia, e proporção de mulheres entre os membros dos órgãos de governação
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4a-s3-a1 = Recolher e comunicar dados desagregados por sexo sobre o acesso, a utilização e os recursos humanos em todos os programas nacionais de saúde digital, e realizar uma revisão anual dos progressos em matéria de género.
gdhm-i4a-s3-a1-monitor = Proporção dos programas nacionais de saúde digital que comunicam dados desagregados por sexo, e revisão anual em matéria de género realizada (sim/não)
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4a-s4-a1 = Institucionalizar o planeamento e a orçamentação sensíveis ao género na saúde digital, com um ponto focal para as questões de género financiado e critérios de género aplicados na aprovação de cada projeto.
gdhm-i4a-s4-a1-monitor = Proporção dos projetos de saúde digital aprovados no ano que foram verificados face aos critérios de género
