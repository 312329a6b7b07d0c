# Textos de nível do quadro de referência who-itu-gdhm: nome, pilares, linhas de ação, entidades responsáveis.

gdhm-name = Quadro nacional de maturidade da saúde digital (pilares OMS–UIT, compatível com o GDHM)
gdhm-description = Vinte e três indicadores pontuados e oito subindicadores, distribuídos pelos sete pilares do Pacote de Ferramentas para a Estratégia Nacional de eSaúde da OMS–UIT, pontuados em cinco fases, tal como no Monitor Global da Saúde Digital (GDHM).

gdhm-block-leadership-governance = Liderança e governação
gdhm-block-leadership-governance-description = A forma como o país orienta a saúde digital: quem decide, como a saúde digital se enquadra nos planos nacionais e como são governadas a equidade e as tecnologias emergentes.
gdhm-block-strategy-investment = Estratégia e investimento
gdhm-block-strategy-investment-description = Se existe uma estratégia nacional de saúde digital com um plano orçamentado, e como os fundos públicos e privados asseguram a sua sustentabilidade.
gdhm-block-legislation-policy-compliance = Legislação, políticas e conformidade
gdhm-block-legislation-policy-compliance-description = As leis e as normas que protegem os dados de saúde, regem a sua partilha e regulam os produtos e serviços de saúde digital.
gdhm-block-workforce = Recursos humanos
gdhm-block-workforce-description = A forma como os profissionais de saúde e os especialistas em saúde digital são formados, contratados e dotados de uma carreira.
gdhm-block-standards-interoperability = Normas e interoperabilidade
gdhm-block-standards-interoperability-description = A arquitetura nacional e as normas que permitem aos sistemas de informação de saúde trocar dados.
gdhm-block-infrastructure = Infraestruturas
gdhm-block-infrastructure-description = A conectividade, os equipamentos e o software de que a saúde digital necessita nas unidades de saúde públicas.
gdhm-block-services-applications = Serviços e aplicações
gdhm-block-services-applications-description = Os sistemas nacionais, os registos e os serviços de identificação em utilização, e a forma como servem as pessoas e a saúde da população.

gdhm-line-governance = Estabelecer e fazer funcionar a governação nacional da saúde digital
gdhm-line-policy-alignment = Alinhar a saúde digital com as políticas nacionais de saúde e de transformação digital
gdhm-line-inclusion = Tornar a saúde digital equitativa, inclusiva e baseada nos direitos humanos
gdhm-line-strategy = Adotar e executar uma estratégia nacional de saúde digital orçamentada
gdhm-line-financing = Garantir um financiamento e um investimento sustentáveis
gdhm-line-data-protection = Proteger os dados de saúde e os direitos das pessoas a que dizem respeito
gdhm-line-regulation = Regular e certificar os produtos e serviços de saúde digital
gdhm-line-cross-border = Regular o intercâmbio e o armazenamento transfronteiriços de dados de saúde
gdhm-line-pre-service = Integrar a saúde digital na formação inicial
gdhm-line-in-service = Integrar a saúde digital na formação em serviço
gdhm-line-specialists-careers = Formar especialistas e criar postos de trabalho e carreiras em saúde digital
gdhm-line-architecture = Construir a arquitetura nacional de saúde digital e o intercâmbio de informação
gdhm-line-standards = Adotar e fazer cumprir as normas de informação de saúde
gdhm-line-connectivity = Ligar as unidades de saúde às redes
gdhm-line-equipment = Equipar as unidades de saúde e manter os seus equipamentos e software
gdhm-line-national-systems = Expandir à escala nacional os sistemas de saúde digital dos programas prioritários
gdhm-line-registries-identity = Criar registos e sistemas de identificação para a saúde
gdhm-line-people-centred = Utilizar a saúde digital ao serviço das pessoas e da saúde da população

gdhm-resp-moh-dhu = Ministério da Saúde, unidade de saúde digital
gdhm-resp-moh-planning = Ministério da Saúde, direção de planeamento
gdhm-resp-moh-hr = Ministério da Saúde, direção de recursos humanos
gdhm-resp-finance = Ministério das Finanças
gdhm-resp-ict-ministry = Ministério responsável pelas TIC e pela transformação digital
gdhm-resp-justice = Ministério da Justiça e serviço de redação legislativa
gdhm-resp-data-protection-authority = Autoridade de proteção de dados
gdhm-resp-regulator = Autoridade reguladora dos produtos de saúde
gdhm-resp-standards-body = Organismo nacional de normalização
gdhm-resp-education = Ministério da Educação e instituições de formação
gdhm-resp-public-service = Ministério da Função Pública
gdhm-resp-civil-registration = Autoridade de registo civil e identificação
gdhm-resp-civil-society = Sociedade civil e associações de doentes
