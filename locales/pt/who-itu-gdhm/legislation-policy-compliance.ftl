# legislation-policy-compliance: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 7 (scored indicator; scale phases)
gdhm-i7-title = Lei de proteção e segurança dos dados de saúde
gdhm-i7-question = Existe uma lei que proteja os dados pessoais de saúde e estabeleça requisitos de segurança em todas as fases do seu tratamento, desde a recolha e o armazenamento até à utilização, à transferência e à eliminação?
gdhm-i7-phase-1 = Nenhuma lei protege os dados pessoais, ou as disposições existentes não abrangem os dados de saúde nem a sua segurança em nenhuma fase do seu tratamento.
gdhm-i7-phase-2 = Foi adotada ou está em apreciação no parlamento uma lei de proteção de dados que abrange os dados de saúde, mas ainda não existem regulamentação de execução, autoridade de controlo ou fiscalização do cumprimento.
gdhm-i7-phase-3 = A lei está em vigor, com a respetiva regulamentação de execução, e uma autoridade de controlo aplica-a com as unidades de saúde, os ministérios e os parceiros, embora o cumprimento seja verificado apenas pontualmente.
gdhm-i7-phase-4 = A lei é aplicada em todos os serviços de saúde públicos e privados: o governo faz cumpri-la, exige medidas de segurança e a notificação das violações de dados, e verifica o cumprimento através de auditorias regulares.
gdhm-i7-phase-5 = A proteção e a segurança dos dados de saúde fazem parte do funcionamento corrente do sistema de saúde, a lei é revista periodicamente à luz das novas tecnologias e a sua aplicação é adequadamente financiada e reconhecida a nível nacional.
gdhm-i7-guidance = Examine a lei nacional de proteção de dados, as eventuais disposições específicas relativas aos dados de saúde e as normas sobre segurança da informação e conservação dos registos. Pergunte ao serviço jurídico do ministério da saúde, ao ministério da justiça e à autoridade de proteção de dados como a lei é aplicada aos dados de saúde e como são tratadas as violações de dados.
gdhm-i7-evidence-1 = Lei nacional de proteção de dados e respetiva regulamentação de execução
gdhm-i7-evidence-2 = Relatório anual da autoridade de proteção de dados que abrange casos do setor da saúde
gdhm-i7-evidence-3 = Política de segurança da informação do ministério da saúde
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i7-s1-a1 = Analisar a legislação existente para identificar lacunas na proteção e na segurança dos dados pessoais de saúde e preparar instruções de redação para uma proposta de lei de proteção de dados.
gdhm-i7-s1-a1-monitor = Análise das lacunas jurídicas concluída e instruções de redação emitidas (sim/não)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i7-s1-a2 = Emitir orientações provisórias para as instituições de saúde sobre as garantias mínimas para a recolha, o armazenamento e a eliminação de dados pessoais de saúde.
gdhm-i7-s1-a2-monitor = Orientações provisórias publicadas (sim/não) e número de instituições de saúde às quais foram enviadas
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i7-s2-a1 = Redigir e emitir a regulamentação de execução da lei de proteção de dados, com disposições específicas sobre os dados de saúde, as medidas de segurança e a notificação das violações de dados.
gdhm-i7-s2-a1-monitor = Regulamentação de execução adotada e publicada no jornal oficial (sim/não)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i7-s2-a2 = Registar os responsáveis pelo tratamento de dados de saúde e criar um procedimento para receber e tratar as reclamações e as notificações de violações de dados provenientes do setor da saúde.
gdhm-i7-s2-a2-monitor = Número de responsáveis pelo tratamento de dados de saúde registados e número de reclamações e notificações de violações tratadas por ano
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i7-s3-a1 = Harmonizar as leis setoriais da saúde, como as relativas aos processos clínicos, à vigilância epidemiológica e à investigação em saúde, com a lei de proteção de dados e revogar as disposições contraditórias.
gdhm-i7-s3-a1-monitor = Número de leis e regulamentos relacionados com a saúde analisados e alterados para assegurar a coerência com a lei de proteção de dados
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i7-s3-a2 = Executar um programa de auditorias de conformidade das unidades de saúde públicas e privadas e dos sistemas nacionais de saúde digital, cada uma seguida de um plano de ações corretivas.
gdhm-i7-s3-a2-monitor = Proporção dos sistemas nacionais de saúde digital e dos hospitais auditados quanto à conformidade com a proteção de dados nos últimos dois anos
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i7-s4-a1 = Criar um mecanismo permanente e financiado para rever a legislação de proteção de dados a intervalos fixos e reforçar a capacidade dos tribunais e do ministério público para tratar os processos de proteção de dados.
gdhm-i7-s4-a1-monitor = Revisão legislativa programada concluída dentro do prazo (sim/não) e número de juízes e magistrados do ministério público formados em processos de proteção de dados
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i7-s4-a2 = Publicar um relatório anual sobre a proteção de dados no setor da saúde, que abranja as violações, as sanções e as conclusões das auditorias, e manter um programa permanente de formação para os responsáveis pelo tratamento de dados de saúde.
gdhm-i7-s4-a2-monitor = Relatório anual sobre a proteção de dados no setor da saúde publicado todos os anos e número de encarregados da proteção de dados de saúde formados

## Indicator 8 (scored indicator; scale phases)
gdhm-i8-title = Privacidade, consentimento e partilha de dados de saúde
gdhm-i8-question = A lei estabelece como os dados pessoais de saúde podem ser consultados, partilhados e utilizados, incluindo o consentimento das pessoas e o seu direito de consultar e retificar os seus próprios registos?
gdhm-i8-phase-1 = Nenhuma disposição legal rege a privacidade dos dados pessoais de saúde, o consentimento dos doentes ou quem pode aceder aos registos de saúde e partilhá-los.
gdhm-i8-phase-2 = Foram adotadas ou redigidas disposições sobre a privacidade, o consentimento e o acesso aos dados de saúde, mas as regras relativas à partilha de dados entre prestadores e ao acesso dos doentes estão incompletas ou não são aplicadas.
gdhm-i8-phase-3 = As regras sobre consentimento, acesso e partilha de dados estão em vigor e são aplicadas pelas principais instituições públicas de saúde, com procedimentos acordados com os prestadores, as seguradoras e os representantes dos doentes.
gdhm-i8-phase-4 = As regras de privacidade, consentimento e partilha de dados são aplicadas em todos os serviços de saúde públicos e privados, as pessoas podem exercer os seus direitos de acesso e de retificação, e o governo monitoriza o cumprimento.
gdhm-i8-phase-5 = O respeito pela privacidade e pelo consentimento é uma parte corrente e fiável dos cuidados e da utilização dos dados de saúde, e as regras são revistas regularmente e aplicadas de forma coerente por todos os sistemas de saúde digital.
gdhm-i8-guidance = Verifique na lei de saúde pública, na carta dos direitos dos doentes e na lei de proteção de dados as disposições sobre o consentimento, a confidencialidade, o acesso dos doentes e a utilização secundária dos dados de saúde. Pergunte ao serviço jurídico, à autoridade de proteção de dados, aos diretores das unidades de saúde e às associações de doentes como são tratados na prática os pedidos de acesso e de partilha.
gdhm-i8-evidence-1 = Disposições sobre confidencialidade e consentimento na lei da saúde ou na carta dos direitos dos doentes
gdhm-i8-evidence-2 = Política ou protocolo nacional de partilha de dados de saúde
gdhm-i8-evidence-3 = Formulários de consentimento normalizados utilizados pelas unidades de saúde
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i8-s1-a1 = Redigir disposições legais que definam o consentimento, a confidencialidade e o direito das pessoas de aceder aos seus registos de saúde e de os retificar, para inclusão na lei da saúde ou na lei de proteção de dados.
gdhm-i8-s1-a1-monitor = Projeto de disposições sobre a privacidade e o consentimento relativos aos dados de saúde submetido à aprovação do governo (sim/não)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i8-s1-a2 = Emitir uma nota interpretativa que explique como as regras de privacidade existentes se aplicam aos registos de saúde e à partilha de dados entre prestadores de cuidados de saúde.
gdhm-i8-s1-a2-monitor = Nota interpretativa publicada (sim/não) e número de hospitais públicos aos quais foi distribuída
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i8-s2-a1 = Adotar regulamentação que estabeleça os fundamentos legais, as condições e as garantias para a partilha de dados pessoais de saúde para fins de prestação de cuidados, de saúde pública, de investigação e de seguros.
gdhm-i8-s2-a1-monitor = Regulamentação sobre a partilha de dados de saúde adotada e publicada (sim/não)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i8-s2-a2 = Emitir formulários de consentimento normalizados e um procedimento-modelo para o tratamento dos pedidos dos doentes de acesso, retificação ou limitação da utilização dos seus dados de saúde.
gdhm-i8-s2-a2-monitor = Proporção das unidades de saúde públicas que utilizam os formulários de consentimento normalizados e o procedimento-modelo de pedido de acesso
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i8-s3-a1 = Estabelecer uma base legal para os acordos de partilha de dados e para a utilização secundária de dados de saúde desidentificados, com sanções para o acesso ou a divulgação não autorizados.
gdhm-i8-s3-a1-monitor = Número de acordos de partilha de dados celebrados ao abrigo do quadro jurídico e número de sanções aplicadas por acesso não autorizado
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i8-s3-a2 = Exigir e verificar o registo dos acessos e a gestão do consentimento nos sistemas nacionais de saúde digital, e investigar as reclamações de acesso não autorizado aos registos de saúde.
gdhm-i8-s3-a2-monitor = Proporção dos sistemas nacionais de saúde digital com registos de acesso e gestão do consentimento verificados, e número de reclamações investigadas por ano
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i8-s4-a1 = Consolidar as disposições sobre a privacidade, o consentimento e a partilha de dados de saúde num quadro jurídico único e coerente, revisto segundo um ciclo fixo com consulta pública.
gdhm-i8-s4-a1-monitor = Quadro jurídico consolidado promulgado (sim/não) e número de revisões programadas realizadas com consulta pública
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i8-s4-a2 = Manter um programa permanente de informação do público sobre os direitos relativos aos dados de saúde e publicar estatísticas anuais sobre os pedidos de acesso, as reclamações e os respetivos resultados.
gdhm-i8-s4-a2-monitor = Estatísticas anuais sobre os direitos relativos aos dados de saúde publicadas e proporção dos doentes inquiridos que conhecem o seu direito de acesso aos respetivos registos

## Indicator 9 (scored indicator; scale phases)
gdhm-i9-title = Regulação dos dispositivos e serviços de saúde digital
gdhm-i9-question = Existe um quadro regulamentar, com uma autoridade designada, para a aprovação, a certificação e a fiscalização do mercado dos dispositivos, do software e dos serviços de saúde digital?
gdhm-i9-phase-1 = Nenhuma regulamentação ou certificação se aplica aos dispositivos de saúde digital, ao software de saúde ou aos serviços de saúde digital.
gdhm-i9-phase-2 = Existe no papel um quadro regulamentar ou uma autoridade designada para os produtos de saúde digital, mas ainda não estão estabelecidos os critérios de avaliação, os procedimentos e a capacidade do pessoal.
gdhm-i9-phase-3 = Os produtos e serviços são avaliados segundo critérios definidos, como a segurança, a qualidade, a interoperabilidade e a segurança dos dados, e a autoridade colabora regularmente com os criadores, os prestadores e o organismo de normalização.
gdhm-i9-phase-4 = O registo ou a certificação é obrigatório para os produtos de saúde digital utilizados no país, a autoridade, liderada pelo governo, dispõe de pessoal adequado, e o cumprimento, os incidentes e o desempenho após a colocação no mercado são monitorizados.
gdhm-i9-phase-5 = A regulação e a certificação dos produtos de saúde digital são uma função estabelecida e financiada de forma sustentável, atualizada à medida que as tecnologias evoluem, cujas decisões são reconhecidas pelos prestadores, pelos compradores e pelo público.
gdhm-i9-guidance = Analise a legislação sobre dispositivos médicos e produtos de saúde para verificar se abrange o software e os serviços digitais e se existe um regime de registo ou de certificação. Pergunte à autoridade reguladora nacional, ao organismo nacional de normalização e à unidade de saúde digital que produtos foram avaliados e como são notificados os incidentes.
gdhm-i9-evidence-1 = Regulamentação dos dispositivos médicos que abrange o software utilizado para fins médicos
gdhm-i9-evidence-2 = Registo publicado dos produtos de saúde digital certificados
gdhm-i9-evidence-3 = Critérios de certificação ou diretriz técnica emitidos pela autoridade reguladora
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9-s1-a1 = Mapear os dispositivos, o software e os serviços de saúde digital em utilização e determinar quais deles estão abrangidos pela regulamentação existente dos dispositivos médicos ou dos produtos de saúde.
gdhm-i9-s1-a1-monitor = Inventário e classificação regulamentar dos produtos de saúde digital concluídos (sim/não)
# step 1->2, action line 'regulation', timeframe short, cost low, responsible standards-body
gdhm-i9-s1-a2 = Identificar as normas internacionais de segurança, qualidade, interoperabilidade e segurança da informação que poderão servir de base à certificação nacional dos produtos de saúde digital.
gdhm-i9-s1-a2-monitor = Lista de normas de referência para os produtos de saúde digital acordada com a autoridade reguladora (sim/não)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9-s2-a1 = Adotar um procedimento de classificação baseada no risco e de registo dos dispositivos e do software de saúde digital, e afetar pessoal formado à análise dos pedidos.
gdhm-i9-s2-a1-monitor = Procedimento de registo adotado (sim/não) e número de produtos de saúde digital analisados ao abrigo deste
# step 2->3, action line 'regulation', timeframe medium, cost low, responsible standards-body
gdhm-i9-s2-a2 = Adotar as normas internacionais selecionadas como normas nacionais e publicar os requisitos de conformidade dos produtos de saúde digital.
gdhm-i9-s2-a2-monitor = Número de normas relativas aos produtos de saúde digital adotadas como normas nacionais
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9-s3-a1 = Tornar obrigatório o registo ou a certificação dos produtos de saúde digital utilizados nos serviços públicos de saúde e instituir uma vigilância pós-comercialização, com notificação de incidentes.
gdhm-i9-s3-a1-monitor = Proporção dos produtos de saúde digital utilizados nos serviços públicos de saúde que estão registados ou certificados, e número de notificações de incidentes recebidas por ano
# step 3->4, action line 'regulation', timeframe medium, cost high, responsible standards-body
gdhm-i9-s3-a2 = Acreditar laboratórios de ensaio ou organismos de avaliação da conformidade capazes de testar os produtos de saúde digital face às normas nacionais.
gdhm-i9-s3-a2-monitor = Número de organismos de avaliação da conformidade acreditados para os produtos de saúde digital e número de produtos testados por ano
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9-s4-a1 = Criar na autoridade reguladora uma unidade permanente e financiada de forma sustentável para os produtos de saúde digital, com atualização regular das suas regras e acordos de confiança regulamentar ou de reconhecimento com outras autoridades reguladoras.
gdhm-i9-s4-a1-monitor = Unidade de produtos de saúde digital dotada de pessoal e de uma rubrica orçamental recorrente (sim/não) e número de acordos de confiança regulamentar ou de reconhecimento mútuo assinados
# step 4->5, action line 'regulation', timeframe medium, cost medium, responsible standards-body
gdhm-i9-s4-a2 = Rever e atualizar as normas nacionais relativas aos produtos de saúde digital segundo um ciclo fixo, em conjunto com os criadores, os prestadores e os utilizadores.
gdhm-i9-s4-a2-monitor = Número de revisões programadas das normas realizadas e proporção das normas relativas aos produtos de saúde digital revistas dentro do ciclo

## Indicator 9a (sub-indicator of 9; scale phases)
gdhm-i9a-title = Regulação da inteligência artificial na saúde
gdhm-i9a-question = Existe um quadro regulamentar para a aprovação, a certificação e a supervisão das ferramentas de inteligência artificial utilizadas na saúde?
gdhm-i9a-phase-1 = Nenhuma regra ou orientação se aplica especificamente às ferramentas de inteligência artificial utilizadas na prestação de cuidados de saúde, na saúde pública ou na administração da saúde.
gdhm-i9a-phase-2 = Foram emitidas orientações ou um projeto de regulamentação sobre a inteligência artificial na saúde, ou foi designada uma autoridade, mas os critérios e os procedimentos de avaliação ainda não são aplicados.
gdhm-i9a-phase-3 = As ferramentas de inteligência artificial na saúde são avaliadas segundo critérios definidos, como a segurança, o desempenho, os enviesamentos, a transparência e a supervisão humana, com o contributo dos criadores, dos clínicos e da autoridade de proteção de dados.
gdhm-i9a-phase-4 = É exigida uma avaliação ou certificação antes da utilização de ferramentas de inteligência artificial nos serviços de saúde, e o governo monitoriza o seu desempenho e os incidentes notificados após a sua implantação.
gdhm-i9a-phase-5 = A supervisão da inteligência artificial na saúde é uma função regulamentar estabelecida e financiada de forma sustentável, atualizada à medida que a tecnologia evolui e merecedora da confiança dos profissionais de saúde e do público.
gdhm-i9a-guidance = Procure uma política ou uma lei nacional sobre inteligência artificial, uma regulamentação dos produtos de saúde que abranja o software baseado em inteligência artificial e eventuais orientações sobre a sua utilização ética na saúde. Pergunte à autoridade reguladora nacional, à unidade de saúde digital e à comissão nacional de ética que ferramentas estão em utilização e como foram avaliadas.
gdhm-i9a-evidence-1 = Orientações regulamentares sobre o software médico baseado em inteligência artificial
gdhm-i9a-evidence-2 = Registo das ferramentas de inteligência artificial autorizadas para utilização nos serviços de saúde
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9a-s1-a1 = Designar a autoridade responsável pelas ferramentas de inteligência artificial utilizadas na saúde e elaborar a lista das ferramentas já em utilização ou em fase piloto no setor da saúde.
gdhm-i9a-s1-a1-monitor = Autoridade responsável designada e inventário das ferramentas de inteligência artificial na saúde concluído (sim/não)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9a-s2-a1 = Emitir critérios de avaliação e um procedimento de análise das ferramentas de inteligência artificial na saúde que abranjam o desempenho clínico, os enviesamentos, a transparência, a utilização dos dados e a supervisão humana.
gdhm-i9a-s2-a1-monitor = Critérios de avaliação publicados (sim/não) e número de ferramentas de inteligência artificial analisadas ao abrigo do procedimento
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9a-s3-a1 = Exigir a avaliação das ferramentas de inteligência artificial antes da sua utilização nos serviços de saúde e monitorizar o seu desempenho e os incidentes após a implantação.
gdhm-i9a-s3-a1-monitor = Proporção das ferramentas de inteligência artificial em utilização nos serviços de saúde que foram avaliadas antes da implantação, e número de relatórios de desempenho recebidos após a implantação
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9a-s4-a1 = Criar na autoridade reguladora uma capacidade permanente de análise da inteligência artificial, com pessoal especializado, um orçamento recorrente e uma revisão programada das regras à medida que a tecnologia evolui.
gdhm-i9a-s4-a1-monitor = Número de avaliadores especializados em inteligência artificial contratados pela autoridade reguladora e data da última revisão programada das regras

## Indicator 10 (scored indicator; scale phases)
gdhm-i10-title = Intercâmbio e armazenamento transfronteiriços de dados de saúde
gdhm-i10-question = Existem leis ou acordos que regulem o intercâmbio de dados de saúde com outros países e o armazenamento de dados de saúde fora do território nacional?
gdhm-i10-phase-1 = Nenhuma lei, política ou acordo trata da transferência transfronteiriça de dados de saúde ou do seu armazenamento no estrangeiro, por exemplo em serviços de computação em nuvem estrangeiros.
gdhm-i10-phase-2 = Existem disposições sobre a transferência e o armazenamento transfronteiriços de dados de saúde na lei ou num projeto de política, mas as condições, as garantias e os procedimentos de aprovação ainda não são aplicados.
gdhm-i10-phase-3 = O intercâmbio e o armazenamento transfronteiriços de dados de saúde obedecem a condições e garantias definidas, aplicadas com os parceiros envolvidos para fins específicos como a vigilância epidemiológica, a referência de doentes ou a investigação.
gdhm-i10-phase-4 = Cada transferência transfronteiriça e cada armazenamento no estrangeiro de dados de saúde exige uma aprovação ou um acordo, e o governo mantém um registo dos mesmos e monitoriza o cumprimento.
gdhm-i10-phase-5 = O intercâmbio transfronteiriço de dados de saúde é regido por acordos bilaterais ou regionais duradouros, as regras são revistas regularmente e o país participa num intercâmbio internacional de confiança, protegendo simultaneamente os dados dos seus residentes.
gdhm-i10-guidance = Examine a lei de proteção de dados, as políticas relativas aos dados de saúde, as eventuais regras sobre a localização dos dados ou o alojamento em nuvem, e os acordos regionais ou bilaterais sobre dados de saúde. Pergunte ao ministério da justiça, à autoridade de proteção de dados e à unidade de saúde digital onde os sistemas nacionais de saúde alojam os seus dados e como são autorizadas as transferências para fins de vigilância, de referência ou de investigação.
gdhm-i10-evidence-1 = Disposições legais sobre a transferência de dados pessoais para o estrangeiro
gdhm-i10-evidence-2 = Acordo bilateral ou regional sobre o intercâmbio de dados de saúde
gdhm-i10-evidence-3 = Política governamental sobre o alojamento de dados de saúde em serviços de computação em nuvem
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible justice
gdhm-i10-s1-a1 = Analisar a legislação nacional e os acordos internacionais de que o país é parte para identificar as disposições aplicáveis à transferência e ao armazenamento no estrangeiro de dados de saúde.
gdhm-i10-s1-a1-monitor = Análise jurídica das disposições sobre dados de saúde transfronteiriços concluída (sim/não)
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible moh-dhu
gdhm-i10-s1-a2 = Identificar os fluxos de dados de saúde que saem do país e os sistemas de saúde digital alojados no estrangeiro, registando a finalidade e o parceiro de cada um.
gdhm-i10-s1-a2-monitor = Inventário concluído (sim/não), com o número de fluxos de dados transfronteiriços e de sistemas alojados no estrangeiro registados
# step 2->3, action line 'cross-border', timeframe short, cost medium, responsible justice
gdhm-i10-s2-a1 = Redigir e adotar regras que estabeleçam as condições, as garantias e o procedimento de aprovação para a transferência e o armazenamento de dados de saúde fora do país.
gdhm-i10-s2-a1-monitor = Regras sobre a transferência e o armazenamento transfronteiriços de dados de saúde adotadas (sim/não)
# step 2->3, action line 'cross-border', timeframe medium, cost low, responsible moh-dhu
gdhm-i10-s2-a2 = Incluir cláusulas sobre a localização, a transferência e a devolução dos dados em todos os contratos e acordos com parceiros relativos a sistemas de saúde digital.
gdhm-i10-s2-a2-monitor = Proporção dos contratos e acordos com parceiros relativos a sistemas de saúde digital que contêm cláusulas sobre a localização e a transferência dos dados
# step 3->4, action line 'cross-border', timeframe medium, cost medium, responsible justice
gdhm-i10-s3-a1 = Negociar com os países vizinhos e os organismos regionais acordos bilaterais ou regionais sobre o intercâmbio de dados de saúde para a vigilância epidemiológica, a referência de doentes e a investigação.
gdhm-i10-s3-a1-monitor = Número de acordos bilaterais ou regionais sobre o intercâmbio de dados de saúde assinados
# step 3->4, action line 'cross-border', timeframe medium, cost high, responsible moh-dhu
gdhm-i10-s3-a2 = Implementar garantias técnicas e organizativas, como a cifragem, gateways seguros e um registo das aprovações, para todos os intercâmbios transfronteiriços de dados de saúde autorizados.
gdhm-i10-s3-a2-monitor = Proporção dos intercâmbios transfronteiriços de dados de saúde autorizados que funcionam com as garantias exigidas e estão inscritos no registo das aprovações
# step 4->5, action line 'cross-border', timeframe long, cost high, responsible justice
gdhm-i10-s4-a1 = Preparar a adesão do país aos instrumentos regionais ou internacionais sobre a proteção transfronteiriça de dados e manter as regras nacionais alinhadas com esses instrumentos através de revisões programadas.
gdhm-i10-s4-a1-monitor = Número de instrumentos regionais ou internacionais ratificados e data da última revisão programada das regras nacionais
# step 4->5, action line 'cross-border', timeframe medium, cost medium, responsible moh-dhu
gdhm-i10-s4-a2 = Publicar um relatório anual sobre os intercâmbios transfronteiriços de dados de saúde e rever cada acordo de intercâmbio e cada regime de alojamento segundo um ciclo fixo.
gdhm-i10-s4-a2-monitor = Relatório anual sobre os dados de saúde transfronteiriços publicado e proporção dos acordos e regimes de alojamento revistos dentro do ciclo
