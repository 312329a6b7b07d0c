# workforce: textos dos indicadores do quadro de referência who-itu-gdhm (português, tradução).

## Indicator 11 (scored indicator; scale phases)
gdhm-i11-title = Saúde digital na formação inicial
gdhm-i11-question = A saúde digital faz parte da formação inicial dos profissionais de saúde, como médicos, enfermeiros, parteiras e profissionais de saúde afins?
gdhm-i11-phase-1 = A saúde digital não é ensinada na formação inicial dos profissionais de saúde, ou apenas através de iniciativas isoladas de docentes individuais.
gdhm-i11-phase-2 = Existe um plano ou uma decisão de incluir a saúde digital nos currículos da formação inicial, mas ainda não estão disponíveis os conteúdos de ensino, os docentes qualificados ou os recursos necessários.
gdhm-i11-phase-3 = São ensinados módulos de saúde digital em vários programas de formação, definidos com as instituições de formação e as ordens e associações profissionais, embora a cobertura varie entre escolas e profissões.
gdhm-i11-phase-4 = As competências em saúde digital são parte obrigatória dos currículos acreditados da formação inicial das principais profissões de saúde, e o governo monitoriza a forma como são ensinadas e avaliadas.
gdhm-i11-phase-5 = A saúde digital é parte permanente de todos os currículos da formação inicial em saúde, atualizados regularmente à medida que as tecnologias evoluem, e as competências digitais dos diplomados são reconhecidas no licenciamento profissional ou na acreditação.
gdhm-i11-guidance = Analise os currículos das escolas de medicina, de enfermagem, de obstetrícia e das profissões de saúde afins, bem como as normas de acreditação das instituições de formação. Pergunte ao ministério responsável pelo ensino superior, ao departamento de recursos humanos do ministério da saúde, às ordens profissionais e aos diretores das faculdades que programas incluem a saúde digital e como esta é avaliada.
gdhm-i11-evidence-1 = Currículo acreditado que inclui um módulo de saúde digital
gdhm-i11-evidence-2 = Normas de acreditação das instituições de formação em saúde
gdhm-i11-evidence-3 = Lista das instituições de formação que ensinam saúde digital
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible education
gdhm-i11-s1-a1 = Avaliar os currículos atuais das instituições de formação em saúde para identificar onde existem conteúdos de saúde digital e onde estes faltam.
gdhm-i11-s1-a1-monitor = Avaliação dos currículos concluída (sim/não) e número de programas de formação analisados
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible moh-hr
gdhm-i11-s1-a2 = Definir, com as ordens profissionais e os empregadores, as competências essenciais em saúde digital esperadas dos profissionais de saúde recém-formados.
gdhm-i11-s1-a2-monitor = Quadro de competências essenciais em saúde digital para os profissionais de saúde validado (sim/não)
# step 2->3, action line 'pre-service', timeframe short, cost medium, responsible education
gdhm-i11-s2-a1 = Elaborar módulos de ensino de saúde digital baseados no quadro de competências e formar um primeiro grupo de docentes para os lecionar.
gdhm-i11-s2-a1-monitor = Número de módulos de saúde digital elaborados e número de docentes formados
# step 2->3, action line 'pre-service', timeframe medium, cost low, responsible moh-hr
gdhm-i11-s2-a2 = Incluir as competências em saúde digital no plano nacional de recursos humanos da saúde e nas descrições de funções utilizadas para recrutar novos diplomados.
gdhm-i11-s2-a2-monitor = Competências em saúde digital incluídas no plano de recursos humanos (sim/não) e proporção das descrições de funções de ingresso que as mencionam
# step 3->4, action line 'pre-service', timeframe medium, cost medium, responsible education
gdhm-i11-s3-a1 = Tornar os módulos de saúde digital parte obrigatória dos currículos acreditados de medicina, enfermagem, obstetrícia e das principais profissões de saúde afins.
gdhm-i11-s3-a1-monitor = Proporção dos programas acreditados de formação inicial em saúde que incluem um módulo obrigatório de saúde digital
# step 3->4, action line 'pre-service', timeframe medium, cost high, responsible moh-hr
gdhm-i11-s3-a2 = Equipar as instituições de formação e os locais de estágio clínico com os sistemas de saúde digital e os ambientes de prática de que os estudantes necessitam para uma aprendizagem prática.
gdhm-i11-s3-a2-monitor = Proporção das instituições de formação em saúde com um ambiente de prática de saúde digital em funcionamento
# step 4->5, action line 'pre-service', timeframe long, cost high, responsible education
gdhm-i11-s4-a1 = Instituir um ciclo regular de revisão dos currículos e de desenvolvimento dos docentes para que o ensino da saúde digital se mantenha atualizado, com financiamento recorrente no orçamento da educação.
gdhm-i11-s4-a1-monitor = Número de ciclos de revisão curricular concluídos dentro do prazo e rubrica orçamental recorrente para o ensino da saúde digital criada (sim/não)
# step 4->5, action line 'pre-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i11-s4-a2 = Colaborar com as ordens profissionais para incluir as competências em saúde digital nos exames de acesso à profissão ou nos requisitos de inscrição dos novos profissionais de saúde.
gdhm-i11-s4-a2-monitor = Número de profissões de saúde cujo licenciamento ou inscrição avalia as competências em saúde digital

## Indicator 12 (scored indicator; scale phases)
gdhm-i12-title = Saúde digital na formação em serviço
gdhm-i12-question = A saúde digital faz parte da formação contínua em serviço oferecida aos profissionais de saúde já em funções?
gdhm-i12-phase-1 = Os profissionais de saúde em funções não recebem qualquer formação estruturada em saúde digital, para além de instruções breves quando é introduzido um novo sistema.
gdhm-i12-phase-2 = Existe um plano ou uma política de formação em serviço em saúde digital, mas os cursos são poucos, ocasionais ou dependentes de projetos individuais.
gdhm-i12-phase-3 = São ministrados regularmente cursos de formação em serviço em saúde digital a várias categorias profissionais, concebidos com as instituições de formação, os programas de saúde e os parceiros, embora nem todas as regiões ou categorias sejam abrangidas.
gdhm-i12-phase-4 = A formação em saúde digital faz parte do sistema nacional de desenvolvimento profissional contínuo para todas as principais categorias profissionais, é liderada e financiada pelo governo, e a participação e os resultados são monitorizados.
gdhm-i12-phase-5 = A formação em serviço em saúde digital é parte permanente e financiada de forma sustentável do desenvolvimento profissional contínuo, é atualizada à medida que os sistemas evoluem e é reconhecida para a progressão na carreira.
gdhm-i12-guidance = Examine o quadro de desenvolvimento profissional contínuo, os planos de formação e os registos de formação do ministério da saúde e dos programas de saúde. Pergunte ao departamento de recursos humanos, às instituições de formação e aos gestores de programas quantos profissionais de saúde receberam formação em saúde digital e se esta conta para o desenvolvimento profissional contínuo.
gdhm-i12-evidence-1 = Quadro nacional de desenvolvimento profissional contínuo com conteúdos de saúde digital
gdhm-i12-evidence-2 = Plano anual de formação em serviço e relatórios de formação
gdhm-i12-evidence-3 = Base de dados de formação ou registos dos profissionais de saúde formados em saúde digital
# step 1->2, action line 'in-service', timeframe short, cost low, responsible moh-hr
gdhm-i12-s1-a1 = Avaliar as necessidades de formação em saúde digital dos profissionais de saúde em funções, por categoria profissional e por nível do sistema de saúde.
gdhm-i12-s1-a1-monitor = Avaliação das necessidades de formação concluída (sim/não) e número de categorias profissionais abrangidas
# step 1->2, action line 'in-service', timeframe short, cost low, responsible education
gdhm-i12-s1-a2 = Identificar as instituições de formação capazes de ministrar cursos de formação em serviço em saúde digital e os cursos existentes que poderiam ser adaptados para esse efeito.
gdhm-i12-s1-a2-monitor = Lista das instituições e dos cursos adaptáveis para a formação em serviço em saúde digital elaborada (sim/não)
# step 2->3, action line 'in-service', timeframe short, cost medium, responsible moh-hr
gdhm-i12-s2-a1 = Adotar um plano nacional de formação em serviço em saúde digital com currículos normalizados por categoria profissional, em substituição das formações separadas realizadas no âmbito de projetos.
gdhm-i12-s2-a1-monitor = Plano de formação em serviço em saúde digital adotado (sim/não) e número de currículos normalizados aprovados
# step 2->3, action line 'in-service', timeframe medium, cost low, responsible education
gdhm-i12-s2-a2 = Acreditar os cursos de formação em serviço em saúde digital para que confiram créditos de desenvolvimento profissional contínuo.
gdhm-i12-s2-a2-monitor = Número de cursos de formação em serviço em saúde digital acreditados para créditos de desenvolvimento profissional contínuo
# step 3->4, action line 'in-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i12-s3-a1 = Tornar a formação em saúde digital parte obrigatória do desenvolvimento profissional contínuo das principais categorias profissionais e registar a participação na base de dados nacional de formação.
gdhm-i12-s3-a1-monitor = Proporção dos profissionais de saúde em funções que concluíram um curso acreditado de saúde digital, por categoria profissional e por região
# step 3->4, action line 'in-service', timeframe medium, cost high, responsible education
gdhm-i12-s3-a2 = Criar uma plataforma de ensino a distância que funcione também sem ligação à Internet, e uma rede de formadores regionais, para ministrar cursos de formação em serviço em saúde digital em todas as regiões.
gdhm-i12-s3-a2-monitor = Plataforma de ensino a distância em funcionamento (sim/não), número de formadores regionais certificados e número de cursos concluídos por ano
# step 4->5, action line 'in-service', timeframe long, cost high, responsible moh-hr
gdhm-i12-s4-a1 = Financiar a formação em serviço em saúde digital através do orçamento recorrente da saúde e associar a formação concluída à promoção e à progressão na carreira.
gdhm-i12-s4-a1-monitor = Dotação orçamental recorrente para a formação em serviço em saúde digital criada (sim/não) e número de categorias profissionais cujos critérios de promoção a reconhecem
# step 4->5, action line 'in-service', timeframe medium, cost medium, responsible education
gdhm-i12-s4-a2 = Rever e atualizar os cursos de formação em serviço em saúde digital segundo um ciclo fixo e avaliar o seu efeito na prática dos profissionais de saúde.
gdhm-i12-s4-a2-monitor = Número de cursos revistos dentro do ciclo e número de avaliações da formação publicadas

## Indicator 13 (scored indicator; scale phases)
gdhm-i13-title = Formação de especialistas em saúde digital
gdhm-i13-question = O país oferece formação para especialistas em saúde digital e em informática da saúde, como programas de licenciatura, de diploma ou de certificado?
gdhm-i13-phase-1 = Não existe no país nenhum programa de formação para especialistas em saúde digital ou em informática da saúde; os especialistas formam-se no estrangeiro ou aprendem no posto de trabalho.
gdhm-i13-phase-2 = Foi aprovado ou iniciado um programa de especialização, ou existem cursos de curta duração, mas o número de diplomados é reduzido e não corresponde às necessidades do sistema de saúde.
gdhm-i13-phase-3 = Funcionam regularmente programas de licenciatura, de diploma ou de certificado em saúde digital ou em informática da saúde, concebidos com o ministério da saúde e os empregadores, que formam diplomados todos os anos.
gdhm-i13-phase-4 = A formação de especialistas é oferecida a vários níveis, é acreditada e apoiada pelo governo, e o número e a colocação dos diplomados são monitorizados face às necessidades de recursos humanos.
gdhm-i13-phase-5 = Uma oferta nacional sustentada de especialistas em saúde digital e em informática da saúde satisfaz as necessidades do sistema de saúde, com programas revistos regularmente e qualificações reconhecidas a nível nacional.
gdhm-i13-guidance = Liste as universidades e os institutos que oferecem programas de informática da saúde, de gestão da informação de saúde ou de saúde digital, com o respetivo número de diplomados. Pergunte ao ministério responsável pelo ensino superior, ao departamento de recursos humanos do ministério da saúde e à unidade de saúde digital se a oferta de especialistas satisfaz as necessidades atuais e previstas.
gdhm-i13-evidence-1 = Programa acreditado de licenciatura ou de diploma em informática da saúde
gdhm-i13-evidence-2 = Número anual de diplomados em informática da saúde ou em saúde digital
gdhm-i13-evidence-3 = Avaliação das necessidades de recursos humanos em especialistas de saúde digital
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible education
gdhm-i13-s1-a1 = Avaliar a capacidade das universidades e dos institutos técnicos para oferecer formação em informática da saúde e em saúde digital, incluindo o corpo docente e os programas conexos.
gdhm-i13-s1-a1-monitor = Avaliação da capacidade institucional concluída (sim/não) e número de instituições avaliadas
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i13-s1-a2 = Estimar o número e os perfis de especialistas em saúde digital e em informática da saúde de que o sistema de saúde necessitará nos próximos cinco anos.
gdhm-i13-s1-a2-monitor = Estimativa das necessidades de especialistas concluída e aprovada pelo ministério da saúde (sim/não)
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible education
gdhm-i13-s2-a1 = Lançar um programa de certificado ou de diploma em informática da saúde numa ou mais instituições, com um currículo elaborado em conjunto com o ministério da saúde.
gdhm-i13-s2-a1-monitor = Número de programas de especialização lançados e número de estudantes inscritos
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i13-s2-a2 = Oferecer colocações e estágios no ministério da saúde e nas unidades de saúde aos estudantes dos programas de saúde digital e de informática da saúde.
gdhm-i13-s2-a2-monitor = Número de colocações de estudantes proporcionadas por ano
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible education
gdhm-i13-s3-a1 = Acreditar os programas de especialização e alargá-los aos níveis de licenciatura e de pós-graduação, de modo a abranger o leque de perfis necessários.
gdhm-i13-s3-a1-monitor = Número de programas de especialização acreditados por nível e número de diplomados por ano
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i13-s3-a2 = Financiar bolsas de estudo ou vagas patrocinadas para que profissionais de saúde e funcionários públicos se formem como especialistas em saúde digital, em troca de um período de serviço público.
gdhm-i13-s3-a2-monitor = Número de formandos patrocinados e proporção destes que ocupam postos de saúde digital no setor público após a conclusão da formação
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible education
gdhm-i13-s4-a1 = Garantir financiamento recorrente e o desenvolvimento do corpo docente dos programas de especialização, e rever regularmente os seus conteúdos com os empregadores e as ordens e associações profissionais.
gdhm-i13-s4-a1-monitor = Orçamento recorrente afetado aos programas de especialização (sim/não) e número de revisões curriculares realizadas com os empregadores
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i13-s4-a2 = Acompanhar todos os anos a oferta e a procura de especialistas em saúde digital e ajustar em conformidade o número de vagas de formação patrocinadas.
gdhm-i13-s4-a2-monitor = Relatório anual sobre a oferta e a procura de especialistas em saúde digital publicado (sim/não)

## Indicator 14 (scored indicator; scale phases)
gdhm-i14-title = Postos de trabalho e carreiras em saúde digital
gdhm-i14-question = O setor público dispõe de postos de trabalho e de carreiras estabelecidos para os profissionais de saúde digital e de informática da saúde?
gdhm-i14-phase-1 = Não existem postos de trabalho aprovados no setor público para a saúde digital ou a informática da saúde; o trabalho é feito por pessoal afeto a outros postos ou por pessoal pago por projetos.
gdhm-i14-phase-2 = Foram propostos ou criados postos de trabalho de saúde digital no ministério da saúde, mas as descrições de funções, os escalões ou o financiamento estão incompletos e muitos postos continuam vagos ou financiados por projetos.
gdhm-i14-phase-3 = Existem, a nível nacional e em algumas regiões, postos de trabalho de saúde digital com descrições de funções e escalões definidos, acordados com a autoridade da função pública e preenchidos através de recrutamento regular.
gdhm-i14-phase-4 = Existe uma carreira reconhecida de saúde digital em todos os níveis do sistema de saúde, os postos de trabalho são financiados pelo orçamento do Estado e os efetivos e a rotatividade do pessoal são monitorizados.
gdhm-i14-phase-5 = As profissões de saúde digital são parte permanente e reconhecida a nível nacional dos recursos humanos da saúde pública, com financiamento sustentado, uma progressão clara e medidas que retêm o pessoal qualificado.
gdhm-i14-guidance = Examine o quadro de pessoal do ministério da saúde, os regulamentos de carreira da função pública e as descrições de funções do pessoal de saúde digital, de informação de saúde e de TIC. Pergunte ao departamento de recursos humanos e à comissão ou ao ministério da função pública quantos postos estão aprovados, preenchidos e financiados, e como o pessoal pode progredir.
gdhm-i14-evidence-1 = Regulamento de carreira aprovado para uma carreira de saúde digital ou de informática da saúde
gdhm-i14-evidence-2 = Quadro de pessoal do ministério da saúde que inclui postos de trabalho de saúde digital
gdhm-i14-evidence-3 = Descrições de funções dos postos de trabalho de saúde digital
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible public-service
gdhm-i14-s1-a1 = Rever a classificação das profissões da função pública para determinar onde podem ser enquadradas as funções de saúde digital e de informática da saúde.
gdhm-i14-s1-a1-monitor = Revisão da classificação concluída e designações de funções de saúde digital propostas registadas (sim/não)
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i14-s1-a2 = Mapear o pessoal que desempenha atualmente funções de saúde digital no ministério da saúde, com os respetivos postos, qualificações e fontes de financiamento.
gdhm-i14-s1-a2-monitor = Mapeamento do pessoal concluído, com o número de pessoas que desempenham funções de saúde digital e a proporção paga com fundos de projetos
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible public-service
gdhm-i14-s2-a1 = Criar na função pública designações de funções, escalões e descrições de funções normalizadas de saúde digital e de informática da saúde.
gdhm-i14-s2-a1-monitor = Número de designações de funções e de escalões de saúde digital aprovados pela função pública
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i14-s2-a2 = Incluir postos de trabalho de saúde digital no quadro de pessoal do ministério da saúde a nível nacional e regional e iniciar o recrutamento para esses postos.
gdhm-i14-s2-a2-monitor = Número de postos de trabalho de saúde digital aprovados no quadro de pessoal e proporção destes preenchidos
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible public-service
gdhm-i14-s3-a1 = Adotar um regulamento de carreira para uma carreira de saúde digital, com qualificações de ingresso, etapas de progressão e remuneração competitiva.
gdhm-i14-s3-a1-monitor = Regulamento de carreira adotado (sim/não) e número de pessoas nomeadas ao abrigo deste
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i14-s3-a2 = Transferir o pessoal de saúde digital financiado por projetos para postos de trabalho financiados pelo governo e alargar os postos de saúde digital aos níveis distrital e das unidades de saúde.
gdhm-i14-s3-a2-monitor = Proporção do pessoal de saúde digital pago pelo orçamento do Estado e número de distritos com pelo menos um posto de saúde digital preenchido
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible public-service
gdhm-i14-s4-a1 = Estabelecer a carreira de saúde digital de forma permanente na função pública, com financiamento sustentado, revisão regular da remuneração e dos escalões, e medidas de retenção do pessoal qualificado.
gdhm-i14-s4-a1-monitor = Taxas anuais de vacatura e de rotatividade dos postos de saúde digital e data da última revisão da remuneração e dos escalões
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i14-s4-a2 = Publicar todos os anos um relatório sobre os efetivos de saúde digital e proporcionar ao pessoal da carreira oportunidades de desenvolvimento contínuo e de progressão.
gdhm-i14-s4-a2-monitor = Relatório anual sobre os efetivos de saúde digital publicado (sim/não) e número de membros da carreira promovidos ou formados por ano
