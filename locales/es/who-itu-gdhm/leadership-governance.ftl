# leadership-governance: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 1 (scored indicator; scale phases)
gdhm-i1-title = Mecanismo nacional de gobernanza de la salud digital
gdhm-i1-question = ¿Existe un órgano o mecanismo nacional, dirigido por el gobierno, que conduzca y coordine la salud digital en todo el sector de la salud?
gdhm-i1-phase-1 = Ningún órgano ni mecanismo nacional gobierna la salud digital; los proyectos los dirigen por separado los programas, los asociados o los donantes, con escasa coordinación.
gdhm-i1-phase-2 = Se ha creado formalmente un órgano o mecanismo nacional de salud digital, por ejemplo mediante decreto u orden ministerial, pero se reúne de forma irregular, carece de un mandato claro o de recursos, y tiene poca influencia en las decisiones.
gdhm-i1-phase-3 = El órgano de gobernanza tiene términos de referencia y una composición definidos, se reúne periódicamente con los programas de salud, otros ministerios y los asociados, y sus decisiones orientan las inversiones en salud digital.
gdhm-i1-phase-4 = El órgano de gobernanza funciona plenamente bajo la dirección del gobierno, con una secretaría, un plan de trabajo y un presupuesto; da seguimiento a la ejecución de la agenda de salud digital e informa sobre los progresos.
gdhm-i1-phase-5 = La gobernanza de la salud digital forma parte de la estructura permanente del gobierno, se mantiene con financiamiento público ordinario a pesar de los cambios de autoridades y se reconoce a nivel nacional como la instancia que conduce la salud digital.
gdhm-i1-guidance = Busque el acto jurídico o administrativo por el que se creó el órgano, sus términos de referencia y las actas de sus reuniones recientes. Pregunte a la unidad de salud digital, a la dirección de planificación y a los principales asociados para el desarrollo si las decisiones sobre las inversiones en salud digital pasan realmente por este órgano.
gdhm-i1-evidence-1 = Decreto u orden ministerial por el que se establece el órgano de gobernanza
gdhm-i1-evidence-2 = Términos de referencia y lista de miembros del órgano
gdhm-i1-evidence-3 = Actas de las reuniones celebradas en los últimos doce meses
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i1-s1-a1 = Inventariar los comités, proyectos y asociados existentes en materia de salud digital, y redactar el mandato, la composición y los términos de referencia de un órgano nacional de gobernanza de la salud digital.
gdhm-i1-s1-a1-monitor = Informe del inventario y proyecto de términos de referencia presentados a la alta dirección del ministerio (sí/no)
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-planning
gdhm-i1-s1-a2 = Preparar y someter a firma la orden ministerial por la que se establece formalmente el órgano nacional de gobernanza de la salud digital y se designa a su presidencia.
gdhm-i1-s1-a2-monitor = Orden ministerial por la que se establece el órgano de gobernanza firmada (sí/no)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i1-s2-a1 = Crear en la unidad de salud digital una secretaría que convoque al órgano de gobernanza según un calendario fijo, prepare sus órdenes del día y dé seguimiento a sus decisiones.
gdhm-i1-s2-a1-monitor = Número de reuniones del órgano de gobernanza celebradas en el año con actas distribuidas, en comparación con el calendario previsto
# step 2->3, action line 'governance', timeframe medium, cost low, responsible moh-planning
gdhm-i1-s2-a2 = Ampliar la composición del órgano de gobernanza a los programas de salud, otros ministerios, las autoridades de salud subnacionales, los asociados y la sociedad civil, y definir cómo se incorporan sus decisiones en la planificación del sector.
gdhm-i1-s2-a2-monitor = Proporción de los sectores representados que figuran en los términos de referencia que asistieron al menos a la mitad de las reuniones del año
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i1-s3-a1 = Adoptar un plan de trabajo plurianual con metas para el órgano de gobernanza e informar en cada reunión sobre los progresos realizados con respecto a él.
gdhm-i1-s3-a1-monitor = Plan de trabajo adoptado (sí/no) y proporción de las actividades previstas en él que se completaron en el año
# step 3->4, action line 'governance', timeframe medium, cost high, responsible moh-planning
gdhm-i1-s3-a2 = Dotar al órgano de gobernanza de una secretaría con personal y de una partida presupuestaria específica, y hacer de su examen un paso obligatorio antes de aprobar cualquier proyecto de salud digital, incluidos los financiados por asociados.
gdhm-i1-s3-a2-monitor = Proporción de los nuevos proyectos de salud digital aprobados en el año que fueron examinados por el órgano de gobernanza
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i1-s4-a1 = Institucionalizar el órgano de gobernanza en la estructura orgánica permanente del ministerio de salud, con puestos de plantilla y financiamiento ordinario que no dependan de proyectos externos.
gdhm-i1-s4-a1-monitor = Proporción de los costos de funcionamiento del órgano de gobernanza financiada con cargo al presupuesto nacional ordinario
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible moh-planning
gdhm-i1-s4-a2 = Encargar cada tres años un examen independiente del desempeño del órgano de gobernanza y publicar un informe anual sobre sus decisiones y resultados.
gdhm-i1-s4-a2-monitor = Examen independiente realizado en los tres últimos años e informe anual publicado (sí/no)

## Indicator 2 (scored indicator; scale phases)
gdhm-i2-title = Salud digital en la planificación y los presupuestos nacionales de salud
gdhm-i2-question = ¿Está incluida la salud digital, con actividades presupuestadas, en la estrategia o el plan nacional del sector de la salud?
gdhm-i2-phase-1 = La estrategia o el plan nacional de salud no menciona la salud digital, o solo la menciona en términos generales, sin actividades ni presupuesto.
gdhm-i2-phase-2 = La salud digital figura como prioridad en la estrategia o el plan nacional de salud, pero las actividades correspondientes no están costeadas ni presupuestadas.
gdhm-i2-phase-3 = El plan nacional de salud contiene actividades de salud digital definidas y costeadas, que se debaten con las partes interesadas durante la planificación y la presupuestación anuales.
gdhm-i2-phase-4 = Las actividades de salud digital del plan nacional de salud se financian con cargo al presupuesto de salud bajo la dirección del gobierno, y se da seguimiento a su ejecución en los exámenes periódicos del sector de la salud.
gdhm-i2-phase-5 = La salud digital es una parte permanente y presupuestada de cada ciclo nacional de planificación sanitaria, se mantiene a lo largo de los sucesivos planes y se reconoce como un componente habitual de la planificación del sector de la salud.
gdhm-i2-guidance = Examine el plan estratégico nacional vigente del sector de la salud, su plan operativo costeado y el presupuesto de salud del año en curso. Pregunte a la dirección de planificación y al ministerio de finanzas si las actividades de salud digital tienen partidas presupuestarias propias y si se les da seguimiento en los exámenes anuales del sector.
gdhm-i2-evidence-1 = Plan estratégico nacional del sector de la salud con una sección sobre salud digital
gdhm-i2-evidence-2 = Plan operativo costeado o marco de gasto de mediano plazo para la salud
gdhm-i2-evidence-3 = Presupuesto anual de salud en el que figuran partidas presupuestarias para la salud digital
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible moh-planning
gdhm-i2-s1-a1 = Incluir la salud digital como prioridad explícita, con objetivos, en la próxima revisión o en el examen de mitad de periodo de la estrategia nacional del sector de la salud.
gdhm-i2-s1-a1-monitor = Estrategia del sector de la salud o documento del examen de mitad de periodo aprobado que contiene objetivos de salud digital (sí/no)
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible finance
gdhm-i2-s1-a2 = Crear un código presupuestario o un subprograma en la clasificación presupuestaria nacional que permita identificar el gasto en salud digital dentro del presupuesto de salud e informar sobre él.
gdhm-i2-s1-a2-monitor = Código presupuestario o subprograma de salud digital creado en la clasificación presupuestaria nacional (sí/no)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible moh-planning
gdhm-i2-s2-a1 = Estimar el costo de las actividades de salud digital del plan nacional de salud e incorporarlas en los planes operativos anuales del ministerio y de sus programas.
gdhm-i2-s2-a1-monitor = Proporción de las actividades de salud digital del plan nacional de salud que cuentan con una estimación de costos en el plan operativo anual
# step 2->3, action line 'policy-alignment', timeframe medium, cost low, responsible finance
gdhm-i2-s2-a2 = Examinar las actividades de salud digital costeadas durante las audiencias presupuestarias anuales del sector de la salud y registrar las asignaciones resultantes en el código presupuestario de salud digital.
gdhm-i2-s2-a2-monitor = Monto asignado en el código presupuestario de salud digital en el presupuesto anual aprobado
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible moh-planning
gdhm-i2-s3-a1 = Añadir indicadores de salud digital al marco de seguimiento del plan nacional de salud e informar sobre ellos en el examen conjunto anual del sector de la salud.
gdhm-i2-s3-a1-monitor = Número de indicadores de salud digital presentados en el informe más reciente del examen anual del sector de la salud
# step 3->4, action line 'policy-alignment', timeframe medium, cost high, responsible finance
gdhm-i2-s3-a2 = Financiar las actividades de salud digital costeadas del plan nacional de salud a través del marco de gasto de mediano plazo, con asignaciones plurianuales tanto para la inversión como para los costos de funcionamiento.
gdhm-i2-s3-a2-monitor = Proporción de las necesidades costeadas de salud digital del plan de salud cubierta por asignaciones en el marco de gasto de mediano plazo
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible moh-planning
gdhm-i2-s4-a1 = Hacer de un componente costeado de salud digital una parte obligatoria de las directrices de planificación sanitaria nacionales y subnacionales, y mantener su ejecución a lo largo de los sucesivos ciclos de planificación.
gdhm-i2-s4-a1-monitor = Proporción de los planes de salud subnacionales del ciclo vigente que incluyen un componente costeado de salud digital
# step 4->5, action line 'policy-alignment', timeframe medium, cost medium, responsible finance
gdhm-i2-s4-a2 = Dar seguimiento cada año al gasto efectivo en salud digital con respecto a las asignaciones y publicarlo en el informe de ejecución presupuestaria del sector de la salud.
gdhm-i2-s4-a2-monitor = Tasa de ejecución de las asignaciones de salud digital publicada en el informe anual de ejecución presupuestaria (sí/no, y tasa en %)

## Indicator 2a (sub-indicator of 2; scale phases)
gdhm-i2a-title = La salud en la política nacional digital y de datos
gdhm-i2a-question = ¿Abordan explícitamente el sector de la salud la política nacional de transformación digital y la política nacional de gobernanza de datos?
gdhm-i2a-phase-1 = No existe ninguna política nacional de transformación digital ni de gobernanza de datos, o la política existente no menciona la salud.
gdhm-i2a-phase-2 = La salud se menciona en la política nacional de transformación digital o de gobernanza de datos, pero sin objetivos ni responsabilidades específicos ni coordinación con el ministerio de salud.
gdhm-i2a-phase-3 = La política digital nacional establece objetivos definidos para la salud, y el ministerio de salud participa periódicamente en sus mecanismos de coordinación.
gdhm-i2a-phase-4 = Los objetivos de salud de las políticas nacionales digitales y de datos se ejecutan bajo la dirección del gobierno, los servicios digitales comunes de la administración y las normas sobre datos se aplican en el sector de la salud, y se da seguimiento a los progresos.
gdhm-i2a-phase-5 = La salud es una parte permanente y reconocida de la transformación digital y la gobernanza de datos nacionales, se mantiene a lo largo de las sucesivas políticas y la examinan conjuntamente los ministerios interesados.
gdhm-i2a-guidance = Examine la estrategia nacional de transformación digital, la política nacional de gobernanza de datos o la estrategia de datos, y cualquier plan de gobierno electrónico. Pregunte al ministerio encargado de las TIC y a la unidad de salud digital si la salud tiene objetivos específicos, si el ministerio de salud forma parte de los órganos de coordinación y si los servicios comunes, como la identidad digital, el intercambio de datos y el alojamiento, prestan servicio al sector de la salud.
gdhm-i2a-evidence-1 = Estrategia nacional de transformación digital con una sección sobre la salud
gdhm-i2a-evidence-2 = Política o estrategia nacional de gobernanza de datos que hace referencia a los datos de salud
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible ict-ministry
gdhm-i2a-s1-a1 = Hacer participar al ministerio de salud en la redacción o revisión de las políticas nacionales de transformación digital y de gobernanza de datos, de modo que la salud figure como sector prioritario.
gdhm-i2a-s1-a1-monitor = Ministerio de salud consultado formalmente durante la redacción o revisión más reciente de las políticas (sí/no)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible ict-ministry
gdhm-i2a-s2-a1 = Definir, con el ministerio de salud, objetivos y responsabilidades específicos de la salud en la política nacional de transformación digital, y otorgar al ministerio de salud un puesto en el órgano de coordinación de la política.
gdhm-i2a-s2-a1-monitor = Número de objetivos específicos de la salud en la política nacional de transformación digital que tienen asignado un órgano responsable
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible ict-ministry
gdhm-i2a-s3-a1 = Extender al sector de la salud los servicios digitales comunes de la administración, como la identidad digital, el intercambio de datos y el alojamiento, y dar seguimiento a su uso con respecto a los objetivos de salud de la política.
gdhm-i2a-s3-a1-monitor = Número de servicios digitales comunes de la administración en uso en el sector de la salud, según el informe anual de progreso de la política
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible ict-ministry
gdhm-i2a-s4-a1 = Institucionalizar un mecanismo conjunto permanente con el ministerio de salud para planificar, financiar y examinar las inversiones digitales relacionadas con la salud en el marco de cada política digital nacional sucesiva.
gdhm-i2a-s4-a1-monitor = Número de años del periodo de la política en los que se realizó un examen conjunto de las inversiones digitales relacionadas con la salud

## Indicator 3 (scored indicator; scale phases)
gdhm-i3-title = Gobernanza de las tecnologías emergentes de salud digital
gdhm-i3-question = ¿Dispone el país de la preparación y los mecanismos de gobernanza necesarios para evaluar, adoptar y supervisar las tecnologías emergentes en el ámbito de la salud, como la inteligencia artificial, los dispositivos ponibles y los dispositivos conectados?
gdhm-i3-phase-1 = No existe ninguna política, orientación ni autoridad designada para las tecnologías emergentes en el ámbito de la salud; su uso no se planifica ni se evalúa.
gdhm-i3-phase-2 = Se ha adoptado o creado formalmente una declaración de política, una directriz o un grupo de trabajo sobre las tecnologías emergentes en el ámbito de la salud, pero todavía no se aplica en la práctica.
gdhm-i3-phase-3 = Existen procedimientos definidos para evaluar la seguridad, la eficacia y los aspectos éticos de las tecnologías emergentes antes de su uso en el ámbito de la salud, y se aplican periódicamente con los organismos reguladores, los expertos y los usuarios.
gdhm-i3-phase-4 = La gobernanza de las tecnologías emergentes en el ámbito de la salud, dirigida por el gobierno, funciona plenamente: la evaluación, la aprobación y el seguimiento posterior al despliegue son habituales, y se informa sobre los resultados.
gdhm-i3-phase-5 = La gobernanza de las tecnologías emergentes en el ámbito de la salud está institucionalizada y se mantiene, se actualiza a medida que evolucionan las tecnologías y se reconoce a nivel nacional como la base de las decisiones sobre su adopción.
gdhm-i3-guidance = Busque cualquier política, estrategia o directriz sobre inteligencia artificial, dispositivos conectados u otras tecnologías emergentes que abarque la salud, así como procedimientos para evaluar estas herramientas antes y después de su despliegue. Pregunte a la unidad de salud digital, a la autoridad reguladora de productos de salud, al comité de ética de la investigación y a expertos del ámbito académico qué herramientas están en uso y quién las aprobó.
gdhm-i3-evidence-1 = Política o directriz nacional sobre la inteligencia artificial o las tecnologías emergentes en el ámbito de la salud
gdhm-i3-evidence-2 = Procedimiento o lista de verificación para la evaluación de las tecnologías de salud emergentes
gdhm-i3-evidence-3 = Registro de las herramientas de tecnologías emergentes evaluadas o aprobadas
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i3-s1-a1 = Elaborar un inventario de las herramientas de tecnologías emergentes, como las aplicaciones de inteligencia artificial y los dispositivos conectados, que ya se utilizan o se ensayan en el sector de la salud, y determinar los riesgos conexos y las carencias de supervisión.
gdhm-i3-s1-a1-monitor = Informe del inventario finalizado (sí/no) y número de herramientas de tecnologías emergentes inventariadas
# step 1->2, action line 'governance', timeframe short, cost low, responsible regulator
gdhm-i3-s1-a2 = Designar un punto focal para las tecnologías emergentes de salud digital dentro de la autoridad reguladora y publicar una declaración que indique cuáles de estos productos entran en su mandato actual.
gdhm-i3-s1-a2-monitor = Punto focal designado y declaración de alcance publicada por la autoridad reguladora (sí/no)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i3-s2-a1 = Elaborar y ensayar un procedimiento para evaluar la seguridad, la eficacia, los aspectos éticos y el uso de datos de las tecnologías emergentes antes de introducirlas en los servicios de salud.
gdhm-i3-s2-a1-monitor = Procedimiento de evaluación adoptado (sí/no) y número de herramientas evaluadas con él durante el periodo piloto
# step 2->3, action line 'governance', timeframe medium, cost low, responsible regulator
gdhm-i3-s2-a2 = Publicar orientaciones para fabricantes y proveedores sobre la evidencia necesaria para comercializar en el mercado nacional productos de salud conectados y basados en inteligencia artificial.
gdhm-i3-s2-a2-monitor = Orientaciones para fabricantes y proveedores publicadas (sí/no)
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i3-s3-a1 = Exigir que toda herramienta de tecnología emergente utilizada en los servicios de salud públicos se evalúe y se inscriba en un registro nacional, e informar cada año sobre el desempeño de estas herramientas.
gdhm-i3-s3-a1-monitor = Proporción de las herramientas de tecnologías emergentes utilizadas en los servicios de salud públicos que están evaluadas e inscritas en el registro nacional
# step 3->4, action line 'governance', timeframe medium, cost high, responsible regulator
gdhm-i3-s3-a2 = Fortalecer la capacidad de la autoridad reguladora para aprobar las tecnologías de salud emergentes y darles seguimiento tras su despliegue, incluidas la capacitación del personal, las instalaciones de ensayo y un sistema de notificación de incidentes.
gdhm-i3-s3-a2-monitor = Número de evaluadores capacitados en funciones y número de notificaciones de incidentes relacionados con tecnologías de salud emergentes examinadas en el año
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i3-s4-a1 = Establecer una función permanente y financiada de exploración del horizonte y evaluación de las tecnologías de salud emergentes, y actualizar el marco nacional de gobernanza a intervalos fijos.
gdhm-i3-s4-a1-monitor = Marco de gobernanza actualizado en los tres últimos años e informe anual de exploración del horizonte publicado (sí/no)
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible regulator
gdhm-i3-s4-a2 = Armonizar los requisitos nacionales aplicables a las tecnologías de salud emergentes con los marcos regulatorios regionales e internacionales mediante mecanismos permanentes de confianza regulatoria e intercambio de información con otros organismos reguladores.
gdhm-i3-s4-a2-monitor = Número de acuerdos de confianza regulatoria o de intercambio de información con otros organismos reguladores en vigor

## Indicator 4 (scored indicator; scale phases)
gdhm-i4-title = Equidad, inclusión y derechos en la salud digital
gdhm-i4-question = ¿Aborda la estrategia nacional de salud digital la equidad, la inclusión y los derechos humanos, de modo que la salud digital llegue a todos los grupos de población y los proteja?
gdhm-i4-phase-1 = La estrategia de salud digital, si existe, no tiene en cuenta la equidad, la inclusión ni los derechos humanos.
gdhm-i4-phase-2 = La equidad, la inclusión y los derechos humanos se enuncian como principios en la estrategia de salud digital, pero no existen medidas ni responsabilidades específicas para aplicarlos.
gdhm-i4-phase-3 = La estrategia establece medidas definidas para los grupos en riesgo de exclusión, como las poblaciones rurales, las personas con discapacidad, las personas mayores y las minorías lingüísticas, y estas medidas se aplican con la participación de los grupos interesados.
gdhm-i4-phase-4 = El gobierno dirige la aplicación de las medidas de equidad y derechos en todos los programas de salud digital y da seguimiento al acceso y el uso por grupo de población con datos desglosados.
gdhm-i4-phase-5 = La equidad, la inclusión y los derechos humanos están institucionalizados en el diseño, el financiamiento y el examen de todos los servicios de salud digital, se mantienen en el tiempo y se reconocen a nivel nacional como práctica habitual.
gdhm-i4-guidance = Examine la estrategia de salud digital y su marco de seguimiento en busca de medidas dirigidas a los grupos en riesgo de exclusión y de datos desglosados por sexo, edad, lugar de residencia, discapacidad o ingresos. Pregunte a la unidad de salud digital, a las organizaciones de pacientes y comunitarias y a la institución nacional de derechos humanos cómo se consulta a estos grupos y si se da seguimiento a las barreras de acceso.
gdhm-i4-evidence-1 = Sección de la estrategia de salud digital sobre equidad, inclusión y derechos humanos
gdhm-i4-evidence-2 = Evaluación del impacto en la equidad o en los derechos humanos de un programa de salud digital
gdhm-i4-evidence-3 = Informe de seguimiento con datos desglosados por grupo de población
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4-s1-a1 = Determinar los grupos de población en riesgo de exclusión de la salud digital y las principales barreras a las que se enfrentan, a partir de las encuestas, los estudios y las consultas existentes.
gdhm-i4-s1-a1-monitor = Análisis de situación de la exclusión de la salud digital finalizado (sí/no)
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible civil-society
gdhm-i4-s1-a2 = Recoger las opiniones de las comunidades y los grupos en riesgo de exclusión sobre su acceso a los servicios de salud digital y su experiencia con ellos, y presentarlas al ministerio de salud.
gdhm-i4-s1-a2-monitor = Número de contribuciones de la sociedad civil sobre la inclusión en la salud digital recibidas por el ministerio de salud
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4-s2-a1 = Convertir los principios de equidad y derechos de la estrategia en medidas específicas, como el diseño accesible, las lenguas locales, las opciones sin conexión y el acceso asistido, cada una con una unidad responsable y una meta.
gdhm-i4-s2-a1-monitor = Número de medidas de equidad e inclusión del plan de acción de la estrategia que tienen asignadas una unidad y una meta
# step 2->3, action line 'inclusion', timeframe medium, cost low, responsible civil-society
gdhm-i4-s2-a2 = Participar periódicamente en el diseño y las pruebas de los servicios de salud digital a través de un grupo consultivo permanente que represente a los grupos en riesgo de exclusión.
gdhm-i4-s2-a2-monitor = Número de reuniones del grupo consultivo sobre los servicios de salud digital celebradas en el año
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4-s3-a1 = Exigir a cada programa nacional de salud digital que informe sobre el acceso y el uso desglosados por sexo, edad, lugar de residencia y discapacidad, y examinar los resultados en el órgano de gobernanza de la salud digital.
gdhm-i4-s3-a1-monitor = Proporción de los programas nacionales de salud digital que informan sobre datos desglosados de acceso y uso
# step 3->4, action line 'inclusion', timeframe medium, cost high, responsible civil-society
gdhm-i4-s3-a2 = Realizar un seguimiento independiente, dirigido por la comunidad, del acceso, la accesibilidad y el respeto de los derechos en los servicios de salud digital en todas las regiones del país, y publicar las conclusiones.
gdhm-i4-s3-a2-monitor = Número de regiones abarcadas por el seguimiento dirigido por la comunidad y número de informes de seguimiento publicados en el año
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4-s4-a1 = Institucionalizar una evaluación del impacto en la equidad y los derechos humanos como paso obligatorio y financiado del diseño, la adquisición y la renovación de cada servicio de salud digital.
gdhm-i4-s4-a1-monitor = Proporción de los servicios de salud digital nuevos o renovados que cuentan con una evaluación del impacto en la equidad y los derechos humanos finalizada
# step 4->5, action line 'inclusion', timeframe medium, cost medium, responsible civil-society
gdhm-i4-s4-a2 = Mantener una función formal para la sociedad civil en cada examen periódico de la estrategia de salud digital, incluido un informe independiente publicado sobre la equidad y los derechos.
gdhm-i4-s4-a2-monitor = Informe independiente de la sociedad civil publicado para cada examen de la estrategia (sí/no)

## Indicator 4a (sub-indicator of 4; scale phases)
gdhm-i4a-title = Género en la estrategia y la gobernanza de la salud digital
gdhm-i4a-question = ¿Aborda la estrategia de salud digital las cuestiones de género, y están las mujeres representadas de forma equitativa en los órganos que gobiernan la salud digital?
gdhm-i4a-phase-1 = Las cuestiones de género no se tienen en cuenta en la estrategia de salud digital, y se desconoce el equilibrio de género en los órganos de gobernanza de la salud digital.
gdhm-i4a-phase-2 = Las cuestiones de género se mencionan en la estrategia de salud digital, pero no existen medidas de género específicas, y no se procura activamente la participación de las mujeres en los órganos de gobernanza.
gdhm-i4a-phase-3 = La estrategia contiene medidas definidas para cerrar las brechas de género en el acceso a la salud digital y en su uso, y el equilibrio de género en los órganos de gobernanza es un objetivo declarado que se persigue con las partes interesadas.
gdhm-i4a-phase-4 = El gobierno dirige la aplicación de las medidas de género en la salud digital, da seguimiento a los datos desglosados por sexo sobre el acceso, el uso y la fuerza laboral, e informa sobre el equilibrio de género en los órganos de gobernanza.
gdhm-i4a-phase-5 = La igualdad de género está institucionalizada en la política, los programas y la gobernanza de la salud digital, se mantiene a lo largo de las sucesivas estrategias y se reconoce a nivel nacional.
gdhm-i4a-guidance = Compruebe si la estrategia de salud digital analiza las brechas de género en la tenencia de teléfonos, las competencias digitales y el uso de los servicios, y si establece medidas y metas para cerrarlas. Solicite a la unidad de salud digital y al punto focal de género del ministerio datos desglosados por sexo y la composición de los órganos de gobernanza de la salud digital.
gdhm-i4a-evidence-1 = Análisis de género o sección sobre género de la estrategia de salud digital
gdhm-i4a-evidence-2 = Composición de los órganos de gobernanza de la salud digital desglosada por sexo
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4a-s1-a1 = Realizar un análisis rápido de género del acceso a los servicios de salud digital y de su uso, así como de la composición de los órganos de gobernanza de la salud digital.
gdhm-i4a-s1-a1-monitor = Informe del análisis de género finalizado (sí/no)
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4a-s2-a1 = Adoptar medidas y metas de género específicas en la estrategia de salud digital, incluida una meta para la proporción de mujeres en los órganos de gobernanza de la salud digital.
gdhm-i4a-s2-a1-monitor = Número de medidas de género con metas en el plan de acción de la estrategia y proporción de mujeres entre los miembros de los órganos de gobernanza
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4a-s3-a1 = Recopilar y comunicar datos desglosados por sexo sobre el acceso, el uso y la fuerza laboral en todos los programas nacionales de salud digital, y realizar un examen anual de los progresos en materia de género.
gdhm-i4a-s3-a1-monitor = Proporción de los programas nacionales de salud digital que comunican datos desglosados por sexo, y examen anual de género realizado (sí/no)
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4a-s4-a1 = Institucionalizar la planificación y la presupuestación con perspectiva de género en la salud digital, con un punto focal de género financiado y criterios de género aplicados a la aprobación de cada proyecto.
gdhm-i4a-s4-a1-monitor = Proporción de los proyectos de salud digital aprobados en el año que se examinaron con respecto a los criterios de género
