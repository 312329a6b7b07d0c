# services-applications: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 19 (scored indicator; scale bands:coverage)
gdhm-i19-title = Sistemas de saúde digital à escala nacional para as prioridades nacionais
gdhm-i19-question = Que proporção das áreas prioritárias nacionais de saúde é apoiada por sistemas de saúde digital implantados à escala nacional?
gdhm-i19-phase-1 = Nenhuma das áreas prioritárias nacionais de saúde é apoiada por um sistema de saúde digital implantado à escala nacional; os sistemas existentes são projetos-piloto ou projetos limitados.
gdhm-i19-phase-2 = Menos de 25 % das áreas prioritárias nacionais de saúde são apoiadas por sistemas de saúde digital implantados à escala nacional; a maioria dos outros sistemas continua em fase piloto.
gdhm-i19-phase-3 = De 25 % a 50 % das áreas prioritárias nacionais de saúde são apoiadas por sistemas de saúde digital implantados à escala nacional.
gdhm-i19-phase-4 = De 50 % a 75 % das áreas prioritárias nacionais de saúde são apoiadas por sistemas de saúde digital implantados à escala nacional e monitorizados pelo ministério.
gdhm-i19-phase-5 = Mais de 75 % das áreas prioritárias nacionais de saúde são apoiadas por sistemas de saúde digital implantados à escala nacional, utilizados de forma corrente e mantidos pelo governo.
gdhm-i19-guidance = Liste as áreas prioritárias indicadas na estratégia nacional de saúde, por exemplo a saúde materna e infantil, a vacinação, o VIH, a tuberculose, a malária ou as doenças não transmissíveis, e verifique, para cada uma, se existe um sistema digital em utilização em todo o país e não apenas em distritos-piloto. Consulte os gestores de programas, a equipa do sistema nacional de informação sanitária e a unidade de saúde digital.
gdhm-i19-evidence-1 = Lista das áreas prioritárias nacionais de saúde constante da estratégia nacional de saúde
gdhm-i19-evidence-2 = Inventário dos sistemas de saúde digital com a respetiva situação de implantação geográfica
gdhm-i19-evidence-3 = Relatórios de programas que demonstram a utilização corrente dos sistemas a nível nacional
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-dhu
gdhm-i19-s1-a1 = Fazer o levantamento dos projetos-piloto e projetos de saúde digital existentes e avaliar quais deles poderiam ser expandidos para servir os programas prioritários nacionais.
gdhm-i19-s1-a1-monitor = Inventário concluído; número de sistemas avaliados como candidatos à expansão
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-planning
gdhm-i19-s1-a2 = Definir a lista das áreas prioritárias nacionais de saúde face às quais será medida a cobertura dos sistemas digitais, e acordar a ordem de expansão.
gdhm-i19-s1-a2-monitor = Lista das áreas prioritárias e ordem de expansão aprovadas pelo ministério
# step 2->3, action line 'national-systems', timeframe short, cost medium, responsible moh-dhu
gdhm-i19-s2-a1 = Expandir os sistemas selecionados dos distritos-piloto para uma implantação nacional noutras áreas prioritárias, utilizando a arquitetura e as normas nacionais.
gdhm-i19-s2-a1-monitor = Número de áreas prioritárias com um sistema implantado a nível nacional
# step 2->3, action line 'national-systems', timeframe medium, cost low, responsible moh-planning
gdhm-i19-s2-a2 = Exigir que o plano de cada programa prioritário nacional indique o sistema digital que o apoia e a forma como esse sistema será implantado e financiado.
gdhm-i19-s2-a2-monitor = Proporção dos planos de programas prioritários que incluem uma secção sobre os sistemas digitais
# step 3->4, action line 'national-systems', timeframe medium, cost medium, responsible moh-dhu
gdhm-i19-s3-a1 = Alargar os sistemas nacionais às restantes áreas prioritárias, reutilizando as plataformas e os registos partilhados em vez de desenvolver aplicações separadas.
gdhm-i19-s3-a1-monitor = Proporção das áreas prioritárias nacionais de saúde apoiadas por um sistema implantado a nível nacional
# step 3->4, action line 'national-systems', timeframe medium, cost high, responsible moh-planning
gdhm-i19-s3-a2 = Transferir os custos de funcionamento dos sistemas expandidos à escala nacional do financiamento por projetos para o orçamento do setor da saúde e o respetivo plano plurianual.
gdhm-i19-s3-a2-monitor = Proporção dos custos de funcionamento dos sistemas nacionais financiada pelo orçamento do Estado
# step 4->5, action line 'national-systems', timeframe long, cost high, responsible moh-dhu
gdhm-i19-s4-a1 = Consolidar os sistemas nacionais numa plataforma integrada, explorada pelo governo e que abranja todas as áreas prioritárias, com apoio técnico sustentado.
gdhm-i19-s4-a1-monitor = Proporção das áreas prioritárias nacionais de saúde servidas por sistemas explorados pelo governo; disponibilidade dos sistemas ao longo do ano, em %
# step 4->5, action line 'national-systems', timeframe medium, cost medium, responsible moh-planning
gdhm-i19-s4-a2 = Utilizar os dados dos sistemas nacionais na revisão conjunta anual do setor da saúde e na atualização das metas dos programas prioritários.
gdhm-i19-s4-a2-monitor = Número de indicadores dos programas prioritários na revisão anual provenientes dos sistemas digitais nacionais

## Indicator 20 (scored indicator; scale phases)
gdhm-i20-title = Registos de profissionais de saúde e de unidades de saúde
gdhm-i20-question = Existem registos nacionais atualizados dos profissionais de saúde e das unidades de saúde, incluindo a localização de cada unidade, que outros sistemas possam utilizar?
gdhm-i20-phase-1 = Não existe nenhum registo nacional de profissionais de saúde ou de unidades de saúde; as listas são mantidas em papel ou em folhas de cálculo dispersas, sem coordenadas geográficas.
gdhm-i20-phase-2 = Foram criados ou formalmente determinados registos de profissionais de saúde ou de unidades de saúde, mas estão incompletos, raramente são atualizados ou não contêm dados de localização.
gdhm-i20-phase-3 = Ambos os registos estão em utilização e são atualizados regularmente com as ordens profissionais, os distritos e os parceiros, e a maioria das unidades de saúde tem as coordenadas registadas.
gdhm-i20-phase-4 = O governo mantém ambos os registos, com identificadores únicos e as coordenadas das unidades de saúde; a sua completude e a pontualidade das atualizações são monitorizadas, e outros sistemas recorrem a eles.
gdhm-i20-phase-5 = Os registos são a fonte nacional de referência, atualizados continuamente segundo procedimentos definidos, financiados pelo orçamento recorrente e utilizados por todos os sistemas de informação de saúde e para o planeamento.
gdhm-i20-guidance = Verifique a completude de ambos os registos face a outras contagens, como a folha de vencimentos, os registos de licenciamento profissional ou os inquéritos às unidades de saúde, e se as unidades de saúde têm coordenadas geográficas. Consulte o departamento de recursos humanos, as ordens profissionais, a equipa do sistema nacional de informação sanitária e a unidade de saúde digital.
gdhm-i20-evidence-1 = Lista mestre das unidades de saúde com coordenadas geográficas
gdhm-i20-evidence-2 = Registo nacional dos recursos humanos da saúde ou base de dados de licenciamento profissional
gdhm-i20-evidence-3 = Relatório sobre a completude dos registos e as datas da última atualização
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i20-s1-a1 = Elaborar uma primeira lista mestre das unidades de saúde públicas e privadas, com um código único para cada uma, com base nas listas existentes dos distritos e dos programas.
gdhm-i20-s1-a1-monitor = Lista mestre das unidades de saúde elaborada; número de unidades de saúde com um código único
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-hr
gdhm-i20-s1-a2 = Consolidar os registos existentes de vencimentos e de licenciamento profissional numa lista única de profissionais de saúde, com um identificador único para cada pessoa.
gdhm-i20-s1-a2-monitor = Lista consolidada produzida; número de profissionais de saúde com um identificador único
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i20-s2-a1 = Recolher as coordenadas geográficas de todas as unidades de saúde da lista e publicar a lista mestre das unidades de saúde sob a forma de registo eletrónico.
gdhm-i20-s2-a1-monitor = Proporção das unidades de saúde da lista com coordenadas geográficas verificadas
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-hr
gdhm-i20-s2-a2 = Acordar procedimentos de atualização com as ordens profissionais e os empregadores, de modo que os recrutamentos, as transferências, os licenciamentos e as saídas sejam inscritos no registo dos recursos humanos.
gdhm-i20-s2-a2-monitor = Procedimentos de atualização adotados; proporção dos registos atualizados nos últimos 12 meses
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i20-s3-a1 = Ligar o registo das unidades de saúde à plataforma de intercâmbio de informação de saúde para que outros sistemas utilizem os seus códigos, e verificar a sua completude todos os trimestres.
gdhm-i20-s3-a1-monitor = Número de sistemas que utilizam os códigos do registo das unidades de saúde; número de relatórios trimestrais de completude emitidos
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-hr
gdhm-i20-s3-a2 = Alargar o registo dos recursos humanos aos setores privado e confessional e aos agentes de saúde comunitários, com atualização eletrónica a nível distrital.
gdhm-i20-s3-a2-monitor = Proporção dos profissionais de saúde do setor privado, do setor confessional e comunitários inscritos no registo
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i20-s4-a1 = Estabelecer por regulamento ambos os registos como referência nacional oficial, com uma equipa dedicada e financiamento recorrente para o seu funcionamento.
gdhm-i20-s4-a1-monitor = Regulamento adotado; postos da equipa dos registos preenchidos; orçamento recorrente afetado
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-hr
gdhm-i20-s4-a2 = Utilizar o registo dos recursos humanos de forma corrente para o planeamento, a colocação e a verificação da folha de vencimentos, e publicar com base nele um relatório anual sobre os recursos humanos da saúde.
gdhm-i20-s4-a2-monitor = Relatório anual sobre os recursos humanos publicado a partir dos dados do registo; proporção dos registos da folha de vencimentos correspondentes ao registo

## Indicator 21 (scored indicator; scale bands:coverage)
gdhm-i21-title = Identificação digital das pessoas para a saúde
gdhm-i21-question = Que proporção da população dispõe de um identificador digital único que os serviços de saúde possam utilizar para a identificar?
gdhm-i21-phase-1 = Nenhuma parte da população dispõe de um identificador digital utilizável nos serviços de saúde; as pessoas são identificadas pelo nome ou por números que variam de uma unidade de saúde para outra.
gdhm-i21-phase-2 = Menos de 25 % da população dispõe de um identificador digital único que os serviços de saúde possam utilizar.
gdhm-i21-phase-3 = De 25 % a 50 % da população dispõe de um identificador digital único que os serviços de saúde possam utilizar.
gdhm-i21-phase-4 = De 50 % a 75 % da população dispõe de um identificador digital único, e os serviços de saúde registam-no na maioria dos sistemas prioritários.
gdhm-i21-phase-5 = Mais de 75 % da população dispõe de um identificador digital único que os serviços de saúde utilizam de forma corrente em todas as unidades de saúde e sistemas.
gdhm-i21-guidance = Determine que identificador é utilizado para a saúde, como o número de identificação nacional, um número de seguro de saúde ou um identificador de saúde específico, e apure a proporção da população inscrita. Consulte a autoridade de registo civil e identificação, a entidade de seguro de saúde e a unidade de saúde digital, e registe a forma como são atendidas as pessoas sem documentos de identificação.
gdhm-i21-evidence-1 = Estatísticas de inscrição da autoridade de identificação ou da autoridade responsável pelo identificador de saúde
gdhm-i21-evidence-2 = Política ou regulamento sobre a utilização de identificadores nos serviços de saúde
gdhm-i21-evidence-3 = Relatório sobre o registo dos identificadores nas unidades de saúde
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21-s1-a1 = Acordar com o ministério da saúde a utilização do número de identificação nacional, ou de um identificador de saúde dele derivado, nos serviços de saúde.
gdhm-i21-s1-a1-monitor = Memorando de entendimento ou decisão conjunta assinados
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21-s1-a2 = Definir as regras de identificação das pessoas nos serviços de saúde, incluindo garantias para que ninguém seja privado de cuidados por falta de identificador.
gdhm-i21-s1-a2-monitor = Política de identificação nos serviços de saúde adotada
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21-s2-a1 = Realizar campanhas de inscrição nas unidades de saúde, associadas ao registo de nascimentos e às consultas de vacinação, para alargar a cobertura do identificador.
gdhm-i21-s2-a1-monitor = Número de pessoas inscritas através das campanhas nas unidades de saúde; proporção da população que dispõe de um identificador
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-dhu
gdhm-i21-s2-a2 = Acrescentar o identificador aos formulários de registo e às normas de dados dos sistemas prioritários de informação de saúde.
gdhm-i21-s2-a2-monitor = Número de sistemas prioritários que registam o identificador
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21-s3-a1 = Disponibilizar um serviço de verificação seguro que as unidades de saúde possam consultar, com ou sem ligação à Internet, para confirmar o identificador de uma pessoa.
gdhm-i21-s3-a1-monitor = Número de unidades de saúde que utilizam o serviço de verificação; número de verificações por mês
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-dhu
gdhm-i21-s3-a2 = Implantar em todo o país, nas unidades de saúde públicas, ferramentas de recolha e de verificação do identificador.
gdhm-i21-s3-a2-monitor = Proporção das unidades de saúde públicas que registam o identificador no momento da inscrição do doente
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21-s4-a1 = Alcançar a inscrição universal, incluindo os grupos isolados e marginalizados, através de equipas móveis de registo e da inscrição à nascença.
gdhm-i21-s4-a1-monitor = Proporção da população que dispõe de um identificador, por região e por sexo
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21-s4-a2 = Utilizar o identificador de forma corrente para a continuidade dos cuidados, o seguro de saúde e as estatísticas de serviços, com garantias de privacidade auditadas regularmente.
gdhm-i21-s4-a2-monitor = Proporção dos contactos com doentes registados com um identificador verificado; número de auditorias de privacidade concluídas

## Indicator 21a (sub-indicator of 21; scale bands:coverage)
gdhm-i21a-title = Índice mestre de doentes
gdhm-i21a-question = Que proporção da população está inscrita num índice mestre de doentes que associe os registos de cada pessoa entre unidades de saúde e sistemas?
gdhm-i21a-phase-1 = Não existe nenhum índice mestre de doentes; cada unidade de saúde ou sistema mantém os seus próprios números de doente, e os registos de uma mesma pessoa não podem ser associados.
gdhm-i21a-phase-2 = Menos de 25 % da população está inscrita num índice mestre de doentes, geralmente num número limitado de unidades de saúde ou de programas.
gdhm-i21a-phase-3 = De 25 % a 50 % da população está inscrita num índice mestre de doentes ligado a vários sistemas prioritários.
gdhm-i21a-phase-4 = De 50 % a 75 % da população está inscrita num índice mestre de doentes, e os registos duplicados são monitorizados e resolvidos.
gdhm-i21a-phase-5 = Mais de 75 % da população está inscrita num índice mestre de doentes utilizado em todas as unidades de saúde públicas e privadas.
gdhm-i21a-guidance = Verifique se está em funcionamento um índice mestre de doentes, também designado registo de clientes, quantas pessoas únicas contém em comparação com a população e como são resolvidos os registos duplicados. Consulte a unidade de saúde digital e as equipas que gerem os principais sistemas clínicos e de programas.
gdhm-i21a-evidence-1 = Estatísticas do índice mestre de doentes sobre as pessoas únicas inscritas
gdhm-i21a-evidence-2 = Documentação técnica do índice e das suas regras de correspondência de registos
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21a-s1-a1 = Definir as funções, as regras de correspondência de registos e os elementos de dados de um índice mestre nacional de doentes, no âmbito da arquitetura de saúde digital.
gdhm-i21a-s1-a1-monitor = Especificação do índice mestre de doentes aprovada
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i21a-s2-a1 = Implantar o índice mestre de doentes e ligar os primeiros sistemas prioritários, como os registos de vacinação ou de saúde materna.
gdhm-i21a-s2-a1-monitor = Número de sistemas ligados; número de pessoas únicas inscritas no índice
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21a-s3-a1 = Ligar os hospitais e os restantes sistemas prioritários ao índice, e criar uma equipa de qualidade dos dados para resolver os registos duplicados.
gdhm-i21a-s3-a1-monitor = Proporção da população inscrita no índice; proporção de registos duplicados
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i21a-s4-a1 = Alargar o índice a todas as unidades de saúde públicas e privadas e associá-lo ao sistema nacional de identificação, com financiamento de funcionamento sustentado.
gdhm-i21a-s4-a1-monitor = Proporção da população inscrita no índice; proporção das unidades de saúde ligadas ao índice

## Indicator 21b (sub-indicator of 21; scale bands:coverage)
gdhm-i21b-title = Registo de nascimentos
gdhm-i21b-question = Que proporção dos nascimentos é registada no sistema de registo civil?
gdhm-i21b-phase-1 = O registo de nascimentos não está em funcionamento, e nenhum nascimento é registado num sistema de registo civil.
gdhm-i21b-phase-2 = Menos de 25 % dos nascimentos são registados, sobretudo em papel e frequentemente muito tempo após o nascimento.
gdhm-i21b-phase-3 = De 25 % a 50 % dos nascimentos são registados, e algumas unidades de saúde notificam os nascimentos à conservatória do registo civil.
gdhm-i21b-phase-4 = De 50 % a 75 % dos nascimentos são registados, e a maioria dos nascimentos ocorridos nas unidades de saúde é notificada ao registo civil.
gdhm-i21b-phase-5 = Mais de 75 % dos nascimentos são registados, na sua maioria em formato digital e através de notificação pelas unidades de saúde.
gdhm-i21b-guidance = Utilize a estimativa oficial mais recente da completude do registo de nascimentos, fornecida pela autoridade de registo civil ou pelo instituto nacional de estatística, e registe o respetivo ano. Pergunte também se os nascimentos ocorridos nas unidades de saúde são notificados eletronicamente ao registo civil.
gdhm-i21b-evidence-1 = Estatísticas do registo civil sobre os nascimentos registados e a completude
gdhm-i21b-evidence-2 = Estimativa do registo de nascimentos obtida por inquérito aos agregados familiares
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21b-s1-a1 = Abrir postos de registo de nascimentos nas maternidades para que os nascimentos possam ser registados no local onde ocorrem.
gdhm-i21b-s1-a1-monitor = Número de maternidades com um posto de registo de nascimentos
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21b-s2-a1 = Introduzir a notificação eletrónica dos nascimentos pelas unidades de saúde ao sistema de registo civil.
gdhm-i21b-s2-a1-monitor = Proporção dos nascimentos ocorridos nas unidades de saúde notificados eletronicamente ao registo civil
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21b-s3-a1 = Alargar o registo digital ao nível comunitário, com os agentes de saúde comunitários e os oficiais de registo locais a comunicarem os nascimentos ocorridos fora das unidades de saúde.
gdhm-i21b-s3-a1-monitor = Proporção dos nascimentos registados dentro do prazo legal
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21b-s4-a1 = Concluir a digitalização do registo de nascimentos em todo o país, incluindo os registos antigos, e associá-lo ao sistema nacional de identificação.
gdhm-i21b-s4-a1-monitor = Proporção dos nascimentos registados; proporção dos registos de nascimento históricos digitalizados

## Indicator 21c (sub-indicator of 21; scale bands:coverage)
gdhm-i21c-title = Registo de óbitos
gdhm-i21c-question = Que proporção dos óbitos é registada no sistema de registo civil?
gdhm-i21c-phase-1 = O registo de óbitos não está em funcionamento, e nenhum óbito é registado num sistema de registo civil.
gdhm-i21c-phase-2 = Menos de 25 % dos óbitos são registados, e a causa de morte raramente é registada.
gdhm-i21c-phase-3 = De 25 % a 50 % dos óbitos são registados, sobretudo os óbitos ocorridos nas unidades de saúde.
gdhm-i21c-phase-4 = De 50 % a 75 % dos óbitos são registados, com uma causa medicamente certificada para muitos dos óbitos ocorridos nas unidades de saúde.
gdhm-i21c-phase-5 = Mais de 75 % dos óbitos são registados, com registos digitais e causas de morte certificadas utilizados nas estatísticas nacionais de saúde.
gdhm-i21c-guidance = Utilize a estimativa oficial mais recente da completude do registo de óbitos, fornecida pela autoridade de registo civil ou pelo instituto nacional de estatística, e registe o respetivo ano. Pergunte se os óbitos ocorridos nas unidades de saúde são certificados com uma causa de morte codificada e notificados eletronicamente, e como são captados os óbitos ocorridos na comunidade.
gdhm-i21c-evidence-1 = Estatísticas do registo civil sobre os óbitos registados e a completude
gdhm-i21c-evidence-2 = Relatório de estatísticas vitais sobre a mortalidade por causa de morte
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21c-s1-a1 = Designar pontos focais e um procedimento simples para a notificação ao registo civil dos óbitos ocorridos nos hospitais e centros de saúde.
gdhm-i21c-s1-a1-monitor = Número de unidades de saúde com um ponto focal designado para a notificação de óbitos
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21c-s2-a1 = Introduzir a notificação eletrónica dos óbitos pelos hospitais, incluindo o certificado médico da causa de morte.
gdhm-i21c-s2-a1-monitor = Proporção dos óbitos ocorridos nas unidades de saúde notificados eletronicamente ao registo civil
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21c-s3-a1 = Criar a notificação comunitária de óbitos através dos líderes locais e dos profissionais de saúde, com autópsia verbal quando nenhum médico certifica o óbito.
gdhm-i21c-s3-a1-monitor = Proporção dos óbitos estimados que são registados; número de óbitos na comunidade notificados
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21c-s4-a1 = Digitalizar o registo de óbitos em todo o país e produzir estatísticas vitais anuais sobre a mortalidade e as causas de morte.
gdhm-i21c-s4-a1-monitor = Proporção dos óbitos registados; relatório anual de estatísticas vitais publicado

## Indicator 22 (scored indicator; scale phases)
gdhm-i22-title = Sistemas seguros de auscultação dos doentes
gdhm-i22-question = Existem canais digitais seguros através dos quais os doentes possam dar a sua opinião sobre os serviços de saúde, e essas opiniões dão origem a medidas?
gdhm-i22-phase-1 = Não existe nenhum canal digital para os doentes darem a sua opinião sobre os serviços de saúde, ou as opiniões são recolhidas de modo informal e não são registadas.
gdhm-i22-phase-2 = Foi criado ou determinado um canal digital de recolha de opiniões, como uma linha telefónica de apoio, um serviço de mensagens de texto ou um formulário na Web, mas é pouco conhecido, abrange poucas unidades de saúde ou não protege os dados pessoais.
gdhm-i22-phase-3 = Funcionam canais seguros de recolha de opiniões em muitas unidades de saúde, e as opiniões são recolhidas e analisadas regularmente com os diretores das unidades de saúde e os grupos de doentes.
gdhm-i22-phase-4 = O ministério gere um sistema nacional de recolha de opiniões com garantias de proteção de dados; as opiniões são analisadas, as respostas são acompanhadas e os resultados são comunicados à direção.
gdhm-i22-phase-5 = A auscultação dos doentes é uma parte institucionalizada da gestão da qualidade, com financiamento sustentado, divulgação pública dos resultados e provas de que os serviços mudam em resposta.
gdhm-i22-guidance = Verifique que canais existem, como uma linha telefónica de apoio, mensagens de texto, uma aplicação móvel ou um formulário na Web, quantas unidades de saúde abrangem, como são protegidos os dados pessoais e que seguimento é dado às reclamações. Consulte o departamento de qualidade dos cuidados, a unidade de saúde digital e as associações de doentes ou organizações da sociedade civil.
gdhm-i22-evidence-1 = Descrição do sistema de auscultação dos doentes e das suas medidas de proteção de dados
gdhm-i22-evidence-2 = Relatório periódico sobre as opiniões recebidas e as medidas tomadas
gdhm-i22-evidence-3 = Avaliação do sistema de auscultação por associações de doentes ou organizações comunitárias
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i22-s1-a1 = Designar uma unidade responsável e conceber um canal digital seguro de recolha de opiniões, com regras de confidencialidade e de tratamento das reclamações.
gdhm-i22-s1-a1-monitor = Procedimento de recolha de opiniões adotado; unidade responsável designada
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible civil-society
gdhm-i22-s1-a2 = Consultar as associações de doentes e as organizações comunitárias sobre canais de recolha de opiniões em que as pessoas confiem e que possam utilizar, incluindo as pessoas com deficiência ou com um nível limitado de alfabetização.
gdhm-i22-s1-a2-monitor = Número de consultas realizadas; relatório da consulta partilhado com o ministério
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i22-s2-a1 = Lançar o canal de recolha de opiniões em distritos-piloto, com uma ferramenta de acompanhamento dos casos e prazos de resposta definidos.
gdhm-i22-s2-a1-monitor = Número de unidades de saúde abrangidas; proporção dos casos encerrados dentro do prazo definido
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible civil-society
gdhm-i22-s2-a2 = Dar a conhecer ao público o canal de recolha de opiniões através das redes comunitárias e de avisos afixados nas unidades de saúde.
gdhm-i22-s2-a2-monitor = Número de sessões de sensibilização realizadas; número de opiniões recebidas por mês
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i22-s3-a1 = Alargar o sistema de recolha de opiniões a todas as unidades de saúde públicas e incluir os seus resultados nas revisões da qualidade dos cuidados.
gdhm-i22-s3-a1-monitor = Proporção das unidades de saúde públicas abrangidas; número de revisões da qualidade que utilizaram os dados das opiniões
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible civil-society
gdhm-i22-s3-a2 = Realizar fichas de avaliação comunitária ou inquéritos independentes, em paralelo com o canal digital, para verificar se as opiniões refletem a experiência de todos os grupos da população.
gdhm-i22-s3-a2-monitor = Número de avaliações independentes concluídas, com resultados desagregados por sexo, idade e região
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i22-s4-a1 = Integrar a auscultação dos doentes no sistema nacional de gestão da qualidade e do desempenho, com financiamento sustentado e um relatório público anual.
gdhm-i22-s4-a1-monitor = Relatório público anual sobre a auscultação dos doentes publicado; rubrica orçamental para o sistema de recolha de opiniões afetada
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible civil-society
gdhm-i22-s4-a2 = Criar com o ministério um mecanismo conjunto de supervisão que acompanhe a forma como os serviços respondem às opiniões dos doentes.
gdhm-i22-s4-a2-monitor = Número de reuniões conjuntas de supervisão realizadas; proporção das medidas de seguimento acordadas concluídas

## Indicator 23 (scored indicator; scale phases)
gdhm-i23-title = Saúde digital para a gestão da saúde da população
gdhm-i23-question = Os dados dos sistemas de saúde digital são utilizados para planear, monitorizar e gerir a saúde da população?
gdhm-i23-phase-1 = Os dados dos sistemas de saúde digital não são utilizados no planeamento da saúde da população nem na vigilância; as decisões baseiam-se em inquéritos ou estimativas.
gdhm-i23-phase-2 = Alguns dados digitais são utilizados em relatórios ou na vigilância, mas a sua utilização é ocasional, limitada a alguns programas e não é formalmente exigida.
gdhm-i23-phase-3 = Os dados digitais são utilizados regularmente, com os programas e os distritos, para monitorizar a cobertura dos serviços, detetar surtos e orientar os serviços para os grupos de risco.
gdhm-i23-phase-4 = O ministério lidera a utilização corrente dos dados digitais na gestão da saúde da população, com painéis de indicadores, pessoal analítico e processos de decisão definidos, cuja utilização é monitorizada.
gdhm-i23-phase-5 = A gestão da saúde da população baseada em dados digitais está institucionalizada: os dados alimentam o planeamento, a orçamentação, a vigilância e a avaliação a todos os níveis, com uma capacidade analítica sustentada.
gdhm-i23-guidance = Procure casos concretos em que os dados digitais tenham alterado uma decisão, como a resposta a um surto, a orientação dos serviços de proximidade, a afetação de recursos ou a revisão de um programa. Consulte os departamentos de planeamento e de vigilância, os gestores de programas, as equipas distritais de saúde e a equipa do sistema nacional de informação sanitária.
gdhm-i23-evidence-1 = Revisão ou plano do setor da saúde que cita dados provenientes de sistemas digitais
gdhm-i23-evidence-2 = Relatórios de vigilância ou de painéis de indicadores utilizados nas reuniões de gestão
gdhm-i23-evidence-3 = Atas de decisões baseadas em dados de saúde digital
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i23-s1-a1 = Identificar as questões de saúde da população a que os sistemas digitais existentes podem responder, e produzir um primeiro conjunto de análises periódicas para os decisores.
gdhm-i23-s1-a1-monitor = Número de produtos analíticos periódicos publicados
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-planning
gdhm-i23-s1-a2 = Definir os indicadores provenientes dos sistemas digitais que os planos de saúde nacionais e distritais utilizarão para acompanhar a saúde da população.
gdhm-i23-s1-a2-monitor = Lista de indicadores adotada nas diretrizes de planeamento da saúde
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i23-s2-a1 = Criar painéis de indicadores para os programas prioritários e os distritos, alimentados pelos dados dos sistemas e registos nacionais.
gdhm-i23-s2-a1-monitor = Número de painéis de indicadores em utilização; número de distritos que lhes têm acesso
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible moh-planning
gdhm-i23-s2-a2 = Programar reuniões regulares de análise de dados a nível nacional e distrital, nas quais os dados digitais fundamentem as decisões.
gdhm-i23-s2-a2-monitor = Proporção dos distritos que realizam uma reunião de análise de dados em cada trimestre
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i23-s3-a1 = Reforçar a capacidade analítica no ministério e nos distritos, incluindo a estratificação do risco para identificar os grupos da população que necessitam de serviços direcionados.
gdhm-i23-s3-a1-monitor = Número de pessoas formadas em análise de dados; número de intervenções direcionadas baseadas nas análises
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible moh-planning
gdhm-i23-s3-a2 = Associar os dados de saúde digital aos dados do recenseamento, do registo civil e dos inquéritos, para apoiar uma afetação equitativa dos recursos.
gdhm-i23-s3-a2-monitor = Fórmula de afetação de recursos baseada em dados associados adotada; número de fontes de dados associadas
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i23-s4-a1 = Criar uma função nacional permanente de análise de dados de saúde, com uma plataforma de dados segura, pessoal dedicado e financiamento, ao serviço de todos os programas e níveis.
gdhm-i23-s4-a1-monitor = Função de análise criada, com pessoal em funções; número de pedidos de análise atendidos por ano
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible moh-planning
gdhm-i23-s4-a2 = Exigir que os planos e orçamentos de saúde nacionais e subnacionais se baseiem em dados de saúde digital, e verificar o seu cumprimento todos os anos.
gdhm-i23-s4-a2-monitor = Proporção dos planos distritais de saúde que citam dados de saúde digital; revisão anual do cumprimento realizada
