# Textos de nivel de marco de who-itu-gdhm: nombre, componentes, líneas de acción, órganos responsables.

gdhm-name = Marco nacional de madurez de la salud digital (componentes de la OMS–UIT, compatible con el GDHM)
gdhm-description = Veintitrés indicadores puntuados y ocho subindicadores repartidos entre los siete componentes del Conjunto de herramientas para la estrategia nacional de cibersalud de la OMS–UIT, puntuados en cinco fases como en el Monitor Mundial de Salud Digital (GDHM).

gdhm-block-leadership-governance = Liderazgo y gobernanza
gdhm-block-leadership-governance-description = Cómo dirige el país la salud digital: quién toma las decisiones, cómo se integra la salud digital en los planes nacionales y cómo se gobiernan la equidad y las tecnologías emergentes.
gdhm-block-strategy-investment = Estrategia e inversión
gdhm-block-strategy-investment-description = Si existe una estrategia nacional de salud digital con un plan costeado y cómo la sostienen los fondos públicos y privados.
gdhm-block-legislation-policy-compliance = Legislación, políticas y cumplimiento
gdhm-block-legislation-policy-compliance-description = Las leyes y normas que protegen los datos de salud, rigen su intercambio y regulan los productos y servicios de salud digital.
gdhm-block-workforce = Fuerza laboral
gdhm-block-workforce-description = Cómo se forma, se emplea y se ofrece una carrera profesional al personal de salud y a los especialistas en salud digital.
gdhm-block-standards-interoperability = Estándares e interoperabilidad
gdhm-block-standards-interoperability-description = La arquitectura nacional y los estándares que permiten a los sistemas de información de salud intercambiar datos.
gdhm-block-infrastructure = Infraestructura
gdhm-block-infrastructure-description = La conectividad, los equipos y los programas informáticos que la salud digital necesita en los establecimientos de salud públicos.
gdhm-block-services-applications = Servicios y aplicaciones
gdhm-block-services-applications-description = Los sistemas nacionales, los registros y los servicios de identificación en uso, y cómo sirven a las personas y a la salud de la población.

gdhm-line-governance = Establecer y hacer funcionar la gobernanza nacional de la salud digital
gdhm-line-policy-alignment = Armonizar la salud digital con las políticas nacionales de salud y de transformación digital
gdhm-line-inclusion = Lograr que la salud digital sea equitativa, inclusiva y basada en los derechos
gdhm-line-strategy = Adoptar y ejecutar una estrategia nacional de salud digital costeada
gdhm-line-financing = Asegurar un financiamiento y una inversión sostenibles
gdhm-line-data-protection = Proteger los datos de salud y los derechos de las personas a las que se refieren
gdhm-line-regulation = Regular y certificar los productos y servicios de salud digital
gdhm-line-cross-border = Regir el intercambio y el almacenamiento transfronterizos de datos de salud
gdhm-line-pre-service = Integrar la salud digital en la formación previa al servicio
gdhm-line-in-service = Integrar la salud digital en la formación en el servicio
gdhm-line-specialists-careers = Formar especialistas y crear puestos y carreras profesionales en salud digital
gdhm-line-architecture = Construir la arquitectura nacional de salud digital y el intercambio de información
gdhm-line-standards = Adoptar y hacer cumplir los estándares de información de salud
gdhm-line-connectivity = Conectar los establecimientos de salud
gdhm-line-equipment = Equipar los establecimientos y mantener sus equipos y programas informáticos
gdhm-line-national-systems = Ampliar a escala nacional los sistemas de salud digital de los programas prioritarios
gdhm-line-registries-identity = Crear registros y servicios de identificación para la salud
gdhm-line-people-centred = Utilizar la salud digital al servicio de las personas y de la salud de la población

gdhm-resp-moh-dhu = Ministerio de Salud, unidad de salud digital
gdhm-resp-moh-planning = Ministerio de Salud, dirección de planificación
gdhm-resp-moh-hr = Ministerio de Salud, dirección de recursos humanos
gdhm-resp-finance = Ministerio de Finanzas
gdhm-resp-ict-ministry = Ministerio responsable de las TIC y la transformación digital
gdhm-resp-justice = Ministerio de Justicia y oficina de redacción legislativa
gdhm-resp-data-protection-authority = Autoridad de protección de datos
gdhm-resp-regulator = Autoridad reguladora de productos de salud
gdhm-resp-standards-body = Organismo nacional de normalización
gdhm-resp-education = Ministerio de Educación e instituciones de formación
gdhm-resp-public-service = Ministerio de la Función Pública
gdhm-resp-civil-registration = Autoridad de registro civil e identificación
gdhm-resp-civil-society = Sociedad civil y organizaciones de pacientes
