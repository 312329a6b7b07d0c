# strategy-investment: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 5 (scored indicator; scale phases)
gdhm-i5-title = Estratégia nacional de saúde digital e plano orçamentado
gdhm-i5-question = O país dispõe de uma estratégia ou de um quadro nacional de saúde digital com um plano de implementação orçamentado?
gdhm-i5-phase-1 = Não existe nenhuma estratégia ou quadro nacional de saúde digital, ou existe apenas um projeto que não foi adotado.
gdhm-i5-phase-2 = Foi adotada uma estratégia ou um quadro nacional de saúde digital, mas sem plano de implementação orçamentado, ou o plano não é utilizado.
gdhm-i5-phase-3 = A estratégia adotada dispõe de um plano de implementação orçamentado, com atividades e responsabilidades definidas, que é executado com os programas de saúde, os parceiros e as outras partes interessadas.
gdhm-i5-phase-4 = A implementação da estratégia e do seu plano orçamentado é liderada pelo governo, financiada e monitorizada face a um quadro de resultados, com relatórios de progresso periódicos.
gdhm-i5-phase-5 = A estratégia nacional de saúde digital está institucionalizada: é renovada em ciclos regulares, financiada a longo prazo e reconhecida a nível nacional como a referência para todos os investimentos em saúde digital.
gdhm-i5-guidance = Obtenha a estratégia ou o quadro adotado, o respetivo plano de implementação orçamentado e o relatório de progresso mais recente. Pergunte à direção de planeamento, à unidade de saúde digital e aos parceiros se o plano é utilizado para as decisões de financiamento, se está atualizado e como é medido o progresso.
gdhm-i5-evidence-1 = Estratégia ou quadro nacional de saúde digital adotado
gdhm-i5-evidence-2 = Plano de implementação orçamentado com um quadro de resultados
gdhm-i5-evidence-3 = Relatório de progresso mais recente ou revisão intercalar da estratégia
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5-s1-a1 = Lançar a elaboração de uma estratégia nacional de saúde digital, com um mandato da direção do ministério, um mecanismo de coordenação e um calendário.
gdhm-i5-s1-a1-monitor = Decisão ministerial que lança a elaboração da estratégia, com um calendário, emitida (sim/não)
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-dhu
gdhm-i5-s1-a2 = Realizar uma análise da situação dos sistemas, projetos, parceiros e lacunas existentes em saúde digital, que sirva de base de referência à estratégia.
gdhm-i5-s1-a2-monitor = Relatório de análise da situação validado pelas partes interessadas (sim/não)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5-s2-a1 = Orçamentar as atividades da estratégia e preparar um plano de implementação que defina as prioridades, a sequência, as entidades responsáveis e as fontes de financiamento.
gdhm-i5-s2-a1-monitor = Plano de implementação orçamentado validado (sim/não) e proporção das atividades da estratégia que estão orçamentadas
# step 2->3, action line 'strategy', timeframe medium, cost low, responsible moh-dhu
gdhm-i5-s2-a2 = Realizar reuniões de implementação regulares com os programas de saúde e os parceiros para alinhar as suas atividades de saúde digital com a estratégia e o respetivo plano.
gdhm-i5-s2-a2-monitor = Número de reuniões de implementação realizadas no ano e proporção dos projetos de saúde digital financiados por parceiros associados a uma atividade da estratégia
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5-s3-a1 = Adotar um quadro de resultados da estratégia, com valores de base e metas, e publicar um relatório de progresso todos os anos.
gdhm-i5-s3-a1-monitor = Quadro de resultados adotado (sim/não) e número de relatórios anuais de progresso publicados
# step 3->4, action line 'strategy', timeframe medium, cost high, responsible moh-dhu
gdhm-i5-s3-a2 = Executar os investimentos prioritários do plano orçamentado sob a liderança da unidade de saúde digital, com um gabinete de gestão de programas que acompanhe a execução, o orçamento e os riscos.
gdhm-i5-s3-a2-monitor = Proporção dos investimentos prioritários do plano orçamentado que cumprem o calendário e o orçamento
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5-s4-a1 = Institucionalizar um ciclo regular de avaliação e renovação da estratégia nacional de saúde digital, articulado com o ciclo de planeamento do setor da saúde e financiado pelo orçamento nacional.
gdhm-i5-s4-a1-monitor = Avaliação independente concluída e estratégia seguinte adotada antes do fim do período da estratégia em vigor (sim/não)
# step 4->5, action line 'strategy', timeframe medium, cost medium, responsible moh-dhu
gdhm-i5-s4-a2 = Atualizar o plano de implementação todos os anos em função dos progressos, das novas necessidades e dos recursos disponíveis, e publicar a versão atualizada.
gdhm-i5-s4-a2-monitor = Plano de implementação atualizado e publicado nos últimos doze meses (sim/não)

## Indicator 5a (sub-indicator of 5; scale phases)
gdhm-i5a-title = Alinhamento da estratégia com a cobertura universal de saúde
gdhm-i5a-question = A estratégia nacional de saúde digital está alinhada com os objetivos e as prioridades da cobertura universal de saúde no país?
gdhm-i5a-phase-1 = A estratégia de saúde digital não estabelece qualquer ligação com os objetivos ou as prioridades da cobertura universal de saúde.
gdhm-i5a-phase-2 = A estratégia de saúde digital refere-se à cobertura universal de saúde, mas as suas atividades não estão associadas a prioridades específicas da cobertura, como os cuidados de saúde primários, o acesso aos serviços ou a proteção financeira.
gdhm-i5a-phase-3 = As atividades de saúde digital são definidas em função das prioridades da cobertura universal de saúde e planeadas em conjunto com as unidades responsáveis pelos cuidados de saúde primários, pela prestação de serviços e pelo financiamento da saúde.
gdhm-i5a-phase-4 = O governo lidera os investimentos em saúde digital que servem as prioridades da cobertura universal de saúde e monitoriza o seu contributo com indicadores acordados.
gdhm-i5a-phase-5 = O alinhamento entre a saúde digital e a cobertura universal de saúde está institucionalizado no planeamento nacional, mantém-se ao longo de estratégias sucessivas e é reconhecido como um princípio orientador.
gdhm-i5a-guidance = Compare a estratégia de saúde digital com o roteiro nacional para a cobertura universal de saúde, a estratégia de cuidados de saúde primários e a estratégia de financiamento da saúde. Pergunte à direção de planeamento e às unidades de financiamento da saúde e de cuidados de saúde primários que atividades de saúde digital apoiam os seus objetivos e como esse apoio é medido.
gdhm-i5a-evidence-1 = Correspondência entre as atividades de saúde digital e as prioridades da cobertura universal de saúde
gdhm-i5a-evidence-2 = Roteiro nacional para a cobertura universal de saúde ou estratégia de cuidados de saúde primários que se refira à saúde digital
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5a-s1-a1 = Fazer corresponder as atividades da estratégia de saúde digital às prioridades do roteiro nacional para a cobertura universal de saúde e identificar as lacunas.
gdhm-i5a-s1-a1-monitor = Correspondência entre as atividades da estratégia e as prioridades da cobertura universal de saúde concluída (sim/não)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5a-s2-a1 = Rever o plano de implementação da saúde digital, com as unidades de cuidados de saúde primários e de financiamento da saúde, de modo que cada atividade prioritária esteja associada a um objetivo da cobertura universal de saúde.
gdhm-i5a-s2-a1-monitor = Proporção das atividades prioritárias de saúde digital associadas a um objetivo explícito da cobertura universal de saúde
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5a-s3-a1 = Adotar indicadores que meçam o contributo da saúde digital para a cobertura dos serviços e a proteção financeira, e comunicá-los na revisão anual do setor da saúde.
gdhm-i5a-s3-a1-monitor = Número de indicadores sobre o contributo da saúde digital comunicados na revisão anual do setor da saúde
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5a-s4-a1 = Institucionalizar o planeamento e o financiamento conjuntos da saúde digital e das prioridades da cobertura universal de saúde em cada ciclo nacional de planeamento da saúde.
gdhm-i5a-s4-a1-monitor = Proporção do orçamento da saúde digital afetada a atividades associadas às prioridades da cobertura universal de saúde

## Indicator 6 (scored indicator; scale phases)
gdhm-i6-title = Financiamento público da saúde digital
gdhm-i6-question = A saúde digital é financiada pelo orçamento público nacional de forma regular e suficiente?
gdhm-i6-phase-1 = Não existe financiamento público dedicado à saúde digital; a saúde digital depende quase inteiramente de doadores ou de projetos de curto prazo.
gdhm-i6-phase-2 = Foram afetados fundos públicos à saúde digital, mas as dotações são ocasionais, reduzidas ou não são libertadas atempadamente.
gdhm-i6-phase-3 = Existe uma rubrica orçamental pública definida para a saúde digital, que recebe uma dotação todos os anos, e as decisões de financiamento são discutidas com os programas de saúde e os parceiros.
gdhm-i6-phase-4 = O financiamento público cobre os principais custos dos sistemas nacionais de saúde digital, incluindo os custos de funcionamento, sob a liderança do governo, e as despesas são acompanhadas e comunicadas.
gdhm-i6-phase-5 = A saúde digital é financiada de forma sustentada pelo orçamento nacional recorrente, com compromissos plurianuais para o investimento, o funcionamento e a manutenção, o que é reconhecido como parte normal do financiamento da saúde.
gdhm-i6-guidance = Analise o orçamento da saúde aprovado e os relatórios de execução orçamental dos últimos três anos, e compare as dotações públicas com o financiamento dos parceiros para a saúde digital. Pergunte ao ministério das finanças e à direção de planeamento se existe uma rubrica orçamental para a saúde digital, que montante foi libertado e se os custos de funcionamento dos sistemas nacionais estão cobertos.
gdhm-i6-evidence-1 = Orçamento nacional aprovado que inclui uma rubrica orçamental para a saúde digital
gdhm-i6-evidence-2 = Relatórios de execução orçamental relativos à saúde digital nos últimos anos
gdhm-i6-evidence-3 = Mapeamento do financiamento da saúde digital por fonte, pública e externa
# step 1->2, action line 'financing', timeframe short, cost low, responsible finance
gdhm-i6-s1-a1 = Identificar a despesa pública atual com a saúde digital nos orçamentos da saúde e das TIC, e acordar com o ministério da saúde a forma como será classificada nos orçamentos futuros.
gdhm-i6-s1-a1-monitor = Base de referência da despesa pública com a saúde digital estabelecida e classificação orçamental acordada (sim/não)
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6-s1-a2 = Preparar um primeiro pedido orçamental para a saúde digital, baseado nas necessidades orçamentadas dos sistemas prioritários, para o próximo ciclo orçamental.
gdhm-i6-s1-a2-monitor = Pedido orçamental para a saúde digital apresentado no próximo ciclo orçamental (sim/não)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible finance
gdhm-i6-s2-a1 = Abrir uma rubrica orçamental específica para a saúde digital no orçamento da saúde e libertar os fundos aprovados dentro dos prazos.
gdhm-i6-s2-a1-monitor = Proporção da dotação aprovada para a saúde digital efetivamente libertada no exercício orçamental
# step 2->3, action line 'financing', timeframe medium, cost low, responsible moh-planning
gdhm-i6-s2-a2 = Mapear todos os anos todo o financiamento da saúde digital por fonte, pública e externa, para identificar as lacunas que o orçamento público deve cobrir.
gdhm-i6-s2-a2-monitor = Mapeamento anual dos recursos da saúde digital concluído (sim/não) e proporção do financiamento proveniente de fontes públicas
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible finance
gdhm-i6-s3-a1 = Incluir os custos de funcionamento e de manutenção dos sistemas nacionais de saúde digital no orçamento recorrente e comunicar a despesa com a saúde digital nos relatórios de execução orçamental.
gdhm-i6-s3-a1-monitor = Proporção dos custos de funcionamento dos sistemas nacionais de saúde digital coberta pelo orçamento público recorrente
# step 3->4, action line 'financing', timeframe medium, cost high, responsible moh-planning
gdhm-i6-s3-a2 = Planear e executar a transferência dos principais sistemas de saúde digital financiados por doadores para o financiamento público, com um calendário acordado para cada sistema.
gdhm-i6-s3-a2-monitor = Número de sistemas nacionais de saúde digital financiados por doadores transferidos para o financiamento público
# step 4->5, action line 'financing', timeframe long, cost high, responsible finance
gdhm-i6-s4-a1 = Assumir um compromisso de financiamento público plurianual da saúde digital no quadro de despesas de médio prazo, que abranja o investimento, o funcionamento e a substituição de equipamentos e software.
gdhm-i6-s4-a1-monitor = Dotação plurianual para a saúde digital incluída no quadro de despesas de médio prazo (sim/não) e a sua parte no orçamento da saúde
# step 4->5, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6-s4-a2 = Analisar de dois em dois anos a adequação e a eficiência da despesa pública com a saúde digital e utilizar as conclusões para ajustar as dotações.
gdhm-i6-s4-a2-monitor = Análise da despesa pública com a saúde digital concluída nos últimos dois anos (sim/não)

## Indicator 6a (sub-indicator of 6; scale phases)
gdhm-i6a-title = Participação e investimento do setor privado
gdhm-i6a-question = O setor privado participa e investe na saúde digital segundo regras e parcerias definidas pelo governo?
gdhm-i6a-phase-1 = Não existe um quadro para a participação do setor privado na saúde digital; as iniciativas privadas são isoladas e não estão coordenadas com as prioridades nacionais.
gdhm-i6a-phase-2 = Foi formalmente adotada uma política ou um mecanismo de envolvimento do setor privado na saúde digital, mas daí resultaram poucas parcerias ou investimentos.
gdhm-i6a-phase-3 = Existem regras e canais definidos para as parcerias com empresas privadas, e o setor privado participa regularmente no planeamento e no investimento em saúde digital.
gdhm-i6a-phase-4 = O governo lidera e monitoriza a participação do setor privado na saúde digital através de modelos de parceria acordados, e os investimentos privados estão alinhados com a estratégia nacional e as normas nacionais.
gdhm-i6a-phase-5 = A participação e o investimento do setor privado na saúde digital estão institucionalizados através de mecanismos de parceria duradouros, e o seu contributo para os objetivos nacionais de saúde é reconhecido.
gdhm-i6a-guidance = Procure políticas de parceria público-privada, acordos de parceria em saúde digital e registos do investimento privado nos sistemas nacionais. Pergunte à direção de planeamento, à unidade de saúde digital e às associações do setor privado como as empresas são envolvidas, segundo que regras, e se os seus produtos seguem as normas nacionais.
gdhm-i6a-evidence-1 = Política ou quadro de parceria público-privada que abranja a saúde digital
gdhm-i6a-evidence-2 = Acordos de parceria assinados com prestadores privados de saúde digital
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6a-s1-a1 = Mapear os atores do setor privado ativos na saúde digital e realizar com eles uma primeira consulta sobre as prioridades nacionais e as regras de colaboração.
gdhm-i6a-s1-a1-monitor = Mapeamento dos atores privados da saúde digital concluído e primeira consulta realizada (sim/não)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible moh-planning
gdhm-i6a-s2-a1 = Criar um fórum de diálogo regular com o setor privado e publicar orientações sobre os modelos de parceria, a proteção de dados e o cumprimento das normas nacionais.
gdhm-i6a-s2-a1-monitor = Número de reuniões do fórum de diálogo realizadas no ano, e orientações sobre parcerias publicadas (sim/não)
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6a-s3-a1 = Celebrar acordos de parceria com prestadores privados para os serviços prioritários de saúde digital, com indicadores de desempenho e alinhamento com a estratégia nacional.
gdhm-i6a-s3-a1-monitor = Número de acordos de parceria assinados com indicadores de desempenho, e valor do investimento privado comprometido
# step 4->5, action line 'financing', timeframe long, cost high, responsible moh-planning
gdhm-i6a-s4-a1 = Institucionalizar um quadro de investimento público-privado para a saúde digital, com mecanismos de cofinanciamento de longo prazo e uma revisão periódica dos resultados das parcerias.
gdhm-i6a-s4-a1-monitor = Proporção dos acordos de parceria ativos revistos nos últimos dois anos, e valor do cofinanciamento privado registado
