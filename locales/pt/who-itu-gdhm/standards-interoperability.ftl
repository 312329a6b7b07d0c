# standards-interoperability: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 15 (scored indicator; scale phases)
gdhm-i15-title = Arquitetura de saúde digital e intercâmbio de informação
gdhm-i15-question = O país adotou uma arquitetura nacional de saúde digital e existe uma plataforma de intercâmbio de informação de saúde que permita aos sistemas partilhar dados entre si?
gdhm-i15-phase-1 = Não foi definida nenhuma arquitetura nacional de saúde digital, e os sistemas de informação de saúde partilham dados apenas através de transferências manuais ou de ligações isoladas entre dois sistemas, quando o fazem.
gdhm-i15-phase-2 = Foi elaborada ou formalmente aprovada uma arquitetura nacional ou um plano de referência para o intercâmbio, mas poucos sistemas a seguem e ainda não está em funcionamento nenhum serviço partilhado de intercâmbio.
gdhm-i15-phase-3 = A arquitetura está adotada e orienta os novos investimentos; serviços partilhados de intercâmbio ligam vários sistemas prioritários, e os principais parceiros de implementação participam na sua utilização e revisão.
gdhm-i15-phase-4 = O ministério da saúde lidera e mantém a arquitetura; a plataforma de intercâmbio de informação de saúde funciona à escala nacional, a maioria dos sistemas prioritários partilha dados através dela, e a sua utilização e o seu desempenho são monitorizados.
gdhm-i15-phase-5 = A arquitetura e a plataforma de intercâmbio estão institucionalizadas, com um orçamento recorrente, uma equipa de exploração permanente e uma revisão periódica, e a ligação a ambas é obrigatória para qualquer novo sistema de informação de saúde.
gdhm-i15-guidance = Procure um documento de arquitetura aprovado pelo ministério e verifique que sistemas trocam efetivamente dados através de serviços partilhados, e não através de ligações diretas separadas. Consulte a unidade de saúde digital, a equipa do sistema nacional de informação sanitária, o ministério responsável pelas TIC e os principais parceiros de implementação.
gdhm-i15-evidence-1 = Documento de arquitetura nacional de saúde digital aprovado
gdhm-i15-evidence-2 = Inventário dos sistemas ligados à plataforma de intercâmbio de informação de saúde
gdhm-i15-evidence-3 = Relatórios de exploração ou de desempenho dos serviços de intercâmbio
# step 1->2, action line 'architecture', timeframe short, cost low, responsible moh-dhu
gdhm-i15-s1-a1 = Convocar um grupo técnico de trabalho para elaborar uma arquitetura nacional de saúde digital que descreva os sistemas centrais, os registos partilhados e os fluxos de dados entre eles.
gdhm-i15-s1-a1-monitor = Projeto de documento de arquitetura submetido ao ministério para aprovação; número de reuniões do grupo de trabalho realizadas
# step 1->2, action line 'architecture', timeframe short, cost low, responsible ict-ministry
gdhm-i15-s1-a2 = Alinhar o projeto de arquitetura da saúde com a arquitetura empresarial e o quadro de interoperabilidade de toda a administração pública, e identificar os componentes governamentais partilhados que o setor da saúde pode reutilizar.
gdhm-i15-s1-a2-monitor = Análise de alinhamento concluída e registada, com uma lista dos componentes governamentais reutilizáveis
# step 2->3, action line 'architecture', timeframe short, cost medium, responsible moh-dhu
gdhm-i15-s2-a1 = Mapear todos os sistemas de informação de saúde em utilização e os respetivos intercâmbios de dados, e selecionar os sistemas prioritários a ligar em primeiro lugar através de serviços partilhados de intercâmbio.
gdhm-i15-s2-a1-monitor = Inventário dos sistemas publicado; número de sistemas prioritários selecionados para ligação
# step 2->3, action line 'architecture', timeframe medium, cost low, responsible ict-ministry
gdhm-i15-s2-a2 = Acordar um regime de prestação de serviços segundo o qual o centro de dados do governo e a plataforma de interoperabilidade alojam a plataforma de intercâmbio de informação de saúde.
gdhm-i15-s2-a2-monitor = Acordo de alojamento ou de prestação de serviços assinado e em vigor
# step 3->4, action line 'architecture', timeframe medium, cost medium, responsible moh-dhu
gdhm-i15-s3-a1 = Instituir um processo permanente de revisão da arquitetura que verifique a conformidade de cada proposta de sistema de informação de saúde novo ou atualizado com a arquitetura nacional, antes da sua aprovação.
gdhm-i15-s3-a1-monitor = Proporção das propostas de novos sistemas analisadas face à arquitetura durante o ano
# step 3->4, action line 'architecture', timeframe medium, cost high, responsible ict-ministry
gdhm-i15-s3-a2 = Ampliar a infraestrutura da plataforma de intercâmbio de informação de saúde até à capacidade nacional, com redundância, monitorização da segurança e recuperação em caso de desastre.
gdhm-i15-s3-a2-monitor = Número de sistemas prioritários que trocam dados através da plataforma de intercâmbio; disponibilidade da plataforma ao longo do ano, em %
# step 4->5, action line 'architecture', timeframe long, cost high, responsible moh-dhu
gdhm-i15-s4-a1 = Tornar obrigatória a ligação à plataforma de intercâmbio de informação de saúde para todos os sistemas de informação de saúde públicos e privados, e financiar o seu funcionamento através do orçamento recorrente da saúde.
gdhm-i15-s4-a1-monitor = Proporção dos sistemas de informação de saúde licenciados ligados à plataforma de intercâmbio; rubrica orçamental recorrente para a plataforma no orçamento da saúde aprovado
# step 4->5, action line 'architecture', timeframe medium, cost medium, responsible ict-ministry
gdhm-i15-s4-a2 = Instituir uma revisão independente periódica da arquitetura da saúde e da plataforma de intercâmbio face às normas nacionais de governo eletrónico, e publicar as conclusões.
gdhm-i15-s4-a2-monitor = Número de revisões da arquitetura realizadas e publicadas no período

## Indicator 16 (scored indicator; scale phases)
gdhm-i16-title = Normas de informação de saúde em utilização
gdhm-i16-question = Foram adotadas a nível nacional normas para o conteúdo, a terminologia e o intercâmbio de dados de saúde, e são aplicadas nos sistemas de informação de saúde em utilização?
gdhm-i16-phase-1 = Não foi adotada a nível nacional nenhuma norma de informação de saúde; cada sistema utiliza os seus próprios códigos, formatos e definições de dados.
gdhm-i16-phase-2 = Foi proposta ou formalmente aprovada uma lista nacional de normas, mas esta é aplicada apenas em alguns sistemas e não existe nenhum processo para a manter.
gdhm-i16-phase-3 = Normas aprovadas de terminologia, classificação e intercâmbio de dados são aplicadas em vários sistemas prioritários, e um comité de normas reúne-se regularmente com as entidades de implementação.
gdhm-i16-phase-4 = O governo lidera a manutenção de um catálogo nacional de normas, a conformidade dos sistemas é testada e a adoção das normas nos sistemas prioritários é acompanhada.
gdhm-i16-phase-5 = A utilização de normas está institucionalizada: a conformidade é condição para a aquisição e a implantação, o catálogo é atualizado segundo um ciclo definido e o país participa nos trabalhos internacionais de normalização.
gdhm-i16-guidance = Pergunte que normas foram formalmente adotadas, por exemplo classificações de doenças como a CID, terminologias laboratoriais e clínicas e formatos de intercâmbio de dados como o HL7 FHIR, e verifique depois se os sistemas em utilização as aplicam efetivamente. Consulte o organismo nacional de normalização, a unidade de saúde digital, a equipa do sistema nacional de informação sanitária e os fornecedores de software.
gdhm-i16-evidence-1 = Decreto ministerial ou circular que adota normas nacionais de dados de saúde
gdhm-i16-evidence-2 = Catálogo nacional de normas de informação de saúde
gdhm-i16-evidence-3 = Relatórios de testes de conformidade dos sistemas de informação de saúde
# step 1->2, action line 'standards', timeframe short, cost low, responsible standards-body
gdhm-i16-s1-a1 = Criar um comité técnico de normas de informática da saúde, do qual o ministério da saúde seja membro, para identificar as normas de que o país necessita em primeiro lugar.
gdhm-i16-s1-a1-monitor = Comité criado por decisão formal; número de reuniões realizadas durante o ano
# step 1->2, action line 'standards', timeframe short, cost low, responsible moh-dhu
gdhm-i16-s1-a2 = Elaborar um inventário dos códigos, classificações e formatos de dados utilizados pelos atuais sistemas de informação de saúde, e propor uma primeira lista de normas nacionais.
gdhm-i16-s1-a2-monitor = Inventário concluído; lista de normas proposta submetida ao comité
# step 2->3, action line 'standards', timeframe short, cost medium, responsible standards-body
gdhm-i16-s2-a1 = Adotar um primeiro conjunto nacional de normas de informação de saúde, com adaptações nacionais quando necessário, e publicá-lo num catálogo de acesso aberto.
gdhm-i16-s2-a1-monitor = Número de normas formalmente adotadas e incluídas no catálogo publicado
# step 2->3, action line 'standards', timeframe medium, cost low, responsible moh-dhu
gdhm-i16-s2-a2 = Exigir as normas adotadas nos termos de referência de todos os novos projetos e atualizações de sistemas de informação de saúde.
gdhm-i16-s2-a2-monitor = Proporção dos contratos ou termos de referência de novos sistemas que especificam as normas nacionais
# step 3->4, action line 'standards', timeframe medium, cost medium, responsible standards-body
gdhm-i16-s3-a1 = Criar um serviço de testes de conformidade que verifique se os sistemas de informação de saúde aplicam corretamente as normas nacionais.
gdhm-i16-s3-a1-monitor = Número de sistemas submetidos a testes de conformidade durante o ano; proporção dos sistemas testados que foram aprovados
# step 3->4, action line 'standards', timeframe medium, cost high, responsible moh-dhu
gdhm-i16-s3-a2 = Atualizar os sistemas prioritários existentes para que apliquem as normas nacionais de terminologia e de intercâmbio, e formar as equipas que os implementam.
gdhm-i16-s3-a2-monitor = Proporção dos sistemas prioritários que utilizam as normas nacionais em funcionamento corrente
# step 4->5, action line 'standards', timeframe long, cost high, responsible standards-body
gdhm-i16-s4-a1 = Criar um programa nacional permanente de manutenção das normas de informação de saúde, que abranja a gestão das versões, as extensões nacionais e a participação nas organizações internacionais de normalização.
gdhm-i16-s4-a1-monitor = Revisão do catálogo publicada dentro do prazo previsto; número de reuniões internacionais de normalização em que participaram representantes nacionais
# step 4->5, action line 'standards', timeframe medium, cost medium, responsible moh-dhu
gdhm-i16-s4-a2 = Fazer da conformidade certificada com as normas nacionais uma condição para a aquisição, o licenciamento e a implantação de qualquer sistema de informação de saúde.
gdhm-i16-s4-a2-monitor = Diretiva adotada; proporção dos sistemas implantados durante o ano que dispõem de um certificado de conformidade
