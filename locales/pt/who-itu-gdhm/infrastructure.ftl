# infrastructure: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 17 (scored indicator; scale bands:index-score)
gdhm-i17-title = Preparação das redes para a saúde digital
gdhm-i17-question = Qual é o grau de preparação da infraestrutura nacional de redes para a saúde digital, medido pela pontuação do país num índice composto de conectividade de 0–100?
gdhm-i17-phase-1 = O país obtém menos de 20 no índice composto de conectividade de 0–100; as redes chegam apenas a uma pequena parte do território e as unidades de saúde raramente dispõem de uma ligação utilizável.
gdhm-i17-phase-2 = O país obtém entre 20 e 40 no índice composto de conectividade de 0–100; a cobertura está a aumentar, mas continua limitada e dispendiosa fora das principais cidades.
gdhm-i17-phase-3 = O país obtém entre 40 e 60 no índice composto de conectividade de 0–100; a maioria das zonas urbanas e muitas sedes de distrito dispõem de ligações fiáveis, subsistindo lacunas nas zonas rurais.
gdhm-i17-phase-4 = O país obtém entre 60 e 80 no índice composto de conectividade de 0–100; a banda larga e os dados móveis a preços acessíveis estão disponíveis na maior parte do país, incluindo em muitas unidades de saúde rurais.
gdhm-i17-phase-5 = O país obtém entre 80 e 100 no índice composto de conectividade de 0–100; existe em todo o território uma conectividade rápida, fiável e a preços acessíveis, que suporta serviços de saúde em linha a todos os níveis.
gdhm-i17-guidance = Utilize a pontuação mais recente publicada para o país no índice composto externo de conectividade a que o quadro de referência remete, e registe a respetiva fonte e o ano. Consulte o ministério responsável pelas TIC ou a autoridade reguladora das telecomunicações e compare a pontuação com a situação real de ligação das unidades de saúde comunicada pela unidade de saúde digital.
gdhm-i17-evidence-1 = Pontuação mais recente publicada para o país no índice composto de conectividade, com o respetivo ano
gdhm-i17-evidence-2 = Relatório nacional sobre a banda larga ou a conectividade do ministério responsável pelas TIC ou da autoridade reguladora
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible ict-ministry
gdhm-i17-s1-a1 = Mapear a cobertura das redes e a situação de ligação das unidades de saúde públicas, em conjunto com o ministério da saúde, para identificar as zonas menos ligadas.
gdhm-i17-s1-a1-monitor = Mapa da conectividade das unidades de saúde publicado; proporção de unidades de saúde públicas cuja situação de ligação é conhecida
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible finance
gdhm-i17-s1-a2 = Identificar fontes de financiamento para a ligação das unidades de saúde públicas, como o fundo de serviço universal, e inscrevê-las no quadro orçamental de médio prazo.
gdhm-i17-s1-a2-monitor = Número de fontes de financiamento identificadas e inscritas no quadro orçamental de médio prazo
# step 2->3, action line 'connectivity', timeframe short, cost medium, responsible ict-ministry
gdhm-i17-s2-a1 = Negociar com os operadores de redes tarifas de conectividade preferenciais para as unidades de saúde públicas.
gdhm-i17-s2-a1-monitor = Acordo tarifário assinado; número de unidades de saúde públicas que dele beneficiam
# step 2->3, action line 'connectivity', timeframe medium, cost low, responsible finance
gdhm-i17-s2-a2 = Criar no orçamento da saúde uma rubrica específica para os encargos de conectividade das unidades de saúde públicas.
gdhm-i17-s2-a2-monitor = Rubrica orçamental específica presente no orçamento anual aprovado; proporção da dotação executada
# step 3->4, action line 'connectivity', timeframe medium, cost medium, responsible ict-ministry
gdhm-i17-s3-a1 = Estender a rede dorsal nacional e as redes de último quilómetro aos hospitais distritais e centros de saúde das zonas mal servidas.
gdhm-i17-s3-a1-monitor = Número de unidades de saúde públicas adicionais ligadas à banda larga durante o ano
# step 3->4, action line 'connectivity', timeframe medium, cost high, responsible finance
gdhm-i17-s3-a2 = Financiar um programa plurianual de investimento em conectividade para as regiões mal servidas, através do fundo de serviço universal ou de parcerias público-privadas.
gdhm-i17-s3-a2-monitor = Montante autorizado e desembolsado no âmbito do programa; número de distritos abrangidos
# step 4->5, action line 'connectivity', timeframe long, cost high, responsible ict-ministry
gdhm-i17-s4-a1 = Concluir a cobertura nacional por redes de alto débito, com ligações redundantes e níveis de serviço garantidos para as unidades de saúde e os serviços de emergência.
gdhm-i17-s4-a1-monitor = Proporção da população coberta por banda larga de alto débito; pontuação do país no índice composto de conectividade
# step 4->5, action line 'connectivity', timeframe medium, cost medium, responsible finance
gdhm-i17-s4-a2 = Garantir no orçamento anual um financiamento recorrente para os custos de funcionamento da conectividade das unidades de saúde.
gdhm-i17-s4-a2-monitor = Proporção dos custos de funcionamento da conectividade das unidades de saúde coberta pelo orçamento recorrente

## Indicator 18 (scored indicator; scale phases)
gdhm-i18-title = Plano de manutenção de equipamentos e software digitais
gdhm-i18-question = Existe um plano financiado para fornecer, manter e substituir os equipamentos e o software digitais utilizados nas unidades de saúde públicas?
gdhm-i18-phase-1 = Não existe qualquer plano para o fornecimento ou a manutenção de equipamentos e software digitais; as unidades de saúde dependem de doações pontuais e os equipamentos raramente são reparados ou substituídos.
gdhm-i18-phase-2 = Foi elaborado ou aprovado um plano, mas este não é financiado nem aplicado de forma coerente, e a manutenção só é feita quando os equipamentos avariam.
gdhm-i18-phase-3 = O plano está em aplicação: as necessidades de equipamento são avaliadas, os inventários são mantidos e a manutenção é organizada regularmente com os parceiros e os fornecedores.
gdhm-i18-phase-4 = O governo lidera e financia o plano, e os registos de ativos, os contratos de manutenção e os ciclos de substituição são monitorizados em todas as unidades de saúde públicas.
gdhm-i18-phase-5 = O fornecimento e a manutenção de equipamentos e software estão institucionalizados, com um orçamento recorrente, uma gestão ao longo de todo o ciclo de vida dos equipamentos, especificações normalizadas e apoio técnico a todos os níveis.
gdhm-i18-guidance = Verifique se existe um plano de equipamentos e software, se está orçamentado e financiado e se é mantido um registo de ativos atualizado. Consulte a unidade de saúde digital, os departamentos de finanças e de aprovisionamento, os gestores de saúde distritais e os principais doadores.
gdhm-i18-evidence-1 = Plano aprovado e orçamentado para o fornecimento e a manutenção de equipamentos e software
gdhm-i18-evidence-2 = Registo de ativos dos equipamentos digitais das unidades de saúde públicas
gdhm-i18-evidence-3 = Contratos de manutenção ou relatórios de intervenção
# step 1->2, action line 'equipment', timeframe short, cost low, responsible moh-dhu
gdhm-i18-s1-a1 = Fazer o levantamento dos equipamentos digitais, das licenças de software e do abastecimento de energia disponíveis nas unidades de saúde públicas.
gdhm-i18-s1-a1-monitor = Relatório do levantamento publicado; proporção de unidades de saúde públicas abrangidas pelo levantamento
# step 1->2, action line 'equipment', timeframe short, cost low, responsible finance
gdhm-i18-s1-a2 = Estimar o custo do fornecimento e da manutenção de um conjunto mínimo de equipamentos digitais nas unidades de saúde públicas, como base para as discussões orçamentais.
gdhm-i18-s1-a2-monitor = Nota de custeio elaborada e apresentada à comissão orçamental
# step 2->3, action line 'equipment', timeframe short, cost medium, responsible moh-dhu
gdhm-i18-s2-a1 = Adotar normas mínimas de equipamento para cada nível de unidade de saúde e criar um registo de ativos mantido atualizado pelos distritos.
gdhm-i18-s2-a1-monitor = Normas mínimas adotadas; proporção de unidades de saúde públicas inscritas no registo de ativos
# step 2->3, action line 'equipment', timeframe medium, cost low, responsible finance
gdhm-i18-s2-a2 = Alinhar as aquisições de equipamentos digitais do governo e dos parceiros com o plano nacional, através de um quadro de financiamento conjunto.
gdhm-i18-s2-a2-monitor = Quadro de financiamento conjunto assinado; proporção das despesas com equipamentos canalizada através do plano
# step 3->4, action line 'equipment', timeframe medium, cost medium, responsible moh-dhu
gdhm-i18-s3-a1 = Criar um serviço de manutenção e de apoio técnico estruturado por níveis, com centros regionais de apoio e prazos de reparação definidos.
gdhm-i18-s3-a1-monitor = Proporção das avarias de equipamento comunicadas que são reparadas dentro do prazo definido
# step 3->4, action line 'equipment', timeframe medium, cost high, responsible finance
gdhm-i18-s3-a2 = Financiar um programa plurianual para equipar todas as unidades de saúde públicas segundo a norma mínima, incluindo fontes de energia de reserva.
gdhm-i18-s3-a2-monitor = Proporção de unidades de saúde públicas que cumprem a norma mínima de equipamento
# step 4->5, action line 'equipment', timeframe long, cost high, responsible moh-dhu
gdhm-i18-s4-a1 = Introduzir a gestão dos equipamentos e do software digitais ao longo de todo o seu ciclo de vida, com substituição planeada, renovação de licenças e eliminação segura.
gdhm-i18-s4-a1-monitor = Proporção de dispositivos substituídos dentro do ciclo de vida previsto; proporção de licenças de software válidas
# step 4->5, action line 'equipment', timeframe medium, cost medium, responsible finance
gdhm-i18-s4-a2 = Fazer da manutenção e da substituição dos equipamentos digitais uma rubrica orçamental recorrente, protegida de cortes durante o exercício.
gdhm-i18-s4-a2-monitor = Dotação recorrente para a manutenção e a substituição de equipamentos no orçamento aprovado; taxa de execução dessa dotação
