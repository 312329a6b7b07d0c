# strategy-investment: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 5 (scored indicator; scale phases)
gdhm-i5-title = Estrategia nacional de salud digital y plan costeado
gdhm-i5-question = ¿Cuenta el país con una estrategia o un marco nacional de salud digital con un plan de implementación costeado?
gdhm-i5-phase-1 = No existe ninguna estrategia ni ningún marco nacional de salud digital, o solo existe un proyecto que no se ha adoptado.
gdhm-i5-phase-2 = Se ha adoptado una estrategia o un marco nacional de salud digital, pero no tiene un plan de implementación costeado, o el plan no se utiliza.
gdhm-i5-phase-3 = La estrategia adoptada cuenta con un plan de implementación costeado, con actividades y responsabilidades definidas, que se ejecuta con los programas de salud, los asociados y otras partes interesadas.
gdhm-i5-phase-4 = La implementación de la estrategia y de su plan costeado está dirigida por el gobierno, cuenta con financiamiento y se le da seguimiento con respecto a un marco de resultados, con informes periódicos de progreso.
gdhm-i5-phase-5 = La estrategia nacional de salud digital está institucionalizada: se renueva en ciclos periódicos, se financia a largo plazo y se reconoce a nivel nacional como la referencia para todas las inversiones en salud digital.
gdhm-i5-guidance = Obtenga la estrategia o el marco adoptado, su plan de implementación costeado y el informe de progreso más reciente. Pregunte a la dirección de planificación, a la unidad de salud digital y a los asociados si el plan se utiliza para decidir el financiamiento, si está actualizado y cómo se mide el progreso.
gdhm-i5-evidence-1 = Estrategia o marco nacional de salud digital adoptado
gdhm-i5-evidence-2 = Plan de implementación costeado con un marco de resultados
gdhm-i5-evidence-3 = Informe de progreso más reciente o examen de mitad de periodo de la estrategia
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5-s1-a1 = Poner en marcha la elaboración de una estrategia nacional de salud digital, con un mandato de las autoridades del ministerio, un mecanismo de conducción y un calendario.
gdhm-i5-s1-a1-monitor = Decisión ministerial que pone en marcha la elaboración de la estrategia, con un calendario, emitida (sí/no)
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-dhu
gdhm-i5-s1-a2 = Realizar un análisis de situación de los sistemas, proyectos, asociados y carencias existentes en materia de salud digital que sirva de línea de base para la estrategia.
gdhm-i5-s1-a2-monitor = Informe del análisis de situación validado por las partes interesadas (sí/no)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5-s2-a1 = Estimar el costo de las actividades de la estrategia y preparar un plan de implementación que establezca las prioridades, la secuencia, los órganos responsables y las fuentes de financiamiento.
gdhm-i5-s2-a1-monitor = Plan de implementación costeado validado (sí/no) y proporción de las actividades de la estrategia cuyo costo se ha estimado
# step 2->3, action line 'strategy', timeframe medium, cost low, responsible moh-dhu
gdhm-i5-s2-a2 = Celebrar reuniones periódicas de implementación con los programas de salud y los asociados para armonizar sus actividades de salud digital con la estrategia y su plan.
gdhm-i5-s2-a2-monitor = Número de reuniones de implementación celebradas en el año y proporción de los proyectos de salud digital financiados por asociados que están vinculados a una actividad de la estrategia
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5-s3-a1 = Adoptar un marco de resultados para la estrategia con valores de referencia y metas, y publicar un informe de progreso cada año.
gdhm-i5-s3-a1-monitor = Marco de resultados adoptado (sí/no) y número de informes anuales de progreso publicados
# step 3->4, action line 'strategy', timeframe medium, cost high, responsible moh-dhu
gdhm-i5-s3-a2 = Ejecutar las inversiones prioritarias del plan costeado bajo la dirección de la unidad de salud digital, con una oficina de gestión de programas que dé seguimiento a la ejecución, el presupuesto y los riesgos.
gdhm-i5-s3-a2-monitor = Proporción de las inversiones prioritarias del plan costeado que se ejecutan dentro del plazo y del presupuesto previstos
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5-s4-a1 = Institucionalizar un ciclo periódico de evaluación y renovación de la estrategia nacional de salud digital, vinculado al ciclo de planificación del sector de la salud y financiado con cargo al presupuesto nacional.
gdhm-i5-s4-a1-monitor = Evaluación independiente finalizada y estrategia sucesora adoptada antes de que termine el periodo de la estrategia vigente (sí/no)
# step 4->5, action line 'strategy', timeframe medium, cost medium, responsible moh-dhu
gdhm-i5-s4-a2 = Actualizar cada año el plan de implementación en función de los progresos, las nuevas necesidades y los recursos disponibles, y publicar la versión actualizada.
gdhm-i5-s4-a2-monitor = Plan de implementación actualizado y publicado en los últimos doce meses (sí/no)

## Indicator 5a (sub-indicator of 5; scale phases)
gdhm-i5a-title = Armonización de la estrategia con la cobertura sanitaria universal
gdhm-i5a-question = ¿Está la estrategia nacional de salud digital armonizada con los objetivos y las prioridades de la cobertura sanitaria universal en el país?
gdhm-i5a-phase-1 = La estrategia de salud digital no establece ningún vínculo con los objetivos ni con las prioridades de la cobertura sanitaria universal.
gdhm-i5a-phase-2 = La estrategia de salud digital hace referencia a la cobertura sanitaria universal, pero sus actividades no están vinculadas a prioridades concretas de cobertura, como la atención primaria de salud, el acceso a los servicios o la protección financiera.
gdhm-i5a-phase-3 = Las actividades de salud digital se definen en relación con las prioridades de la cobertura sanitaria universal y se planifican junto con las unidades responsables de la atención primaria de salud, la prestación de servicios y el financiamiento de la salud.
gdhm-i5a-phase-4 = El gobierno dirige las inversiones en salud digital que sirven a las prioridades de la cobertura sanitaria universal y da seguimiento a su contribución mediante indicadores acordados.
gdhm-i5a-phase-5 = La armonización entre la salud digital y la cobertura sanitaria universal está institucionalizada en la planificación nacional, se mantiene a lo largo de las sucesivas estrategias y se reconoce como un principio rector.
gdhm-i5a-guidance = Compare la estrategia de salud digital con la hoja de ruta nacional hacia la cobertura sanitaria universal, la estrategia de atención primaria de salud y la estrategia de financiamiento de la salud. Pregunte a la dirección de planificación y a las unidades de financiamiento de la salud y de atención primaria de salud qué actividades de salud digital respaldan sus objetivos y cómo se mide ese respaldo.
gdhm-i5a-evidence-1 = Correspondencia entre las actividades de salud digital y las prioridades de la cobertura sanitaria universal
gdhm-i5a-evidence-2 = Hoja de ruta nacional hacia la cobertura sanitaria universal o estrategia de atención primaria de salud que haga referencia a la salud digital
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5a-s1-a1 = Establecer la correspondencia entre las actividades de la estrategia de salud digital y las prioridades de la hoja de ruta nacional hacia la cobertura sanitaria universal, y determinar las carencias.
gdhm-i5a-s1-a1-monitor = Correspondencia entre las actividades de la estrategia y las prioridades de la cobertura sanitaria universal establecida (sí/no)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5a-s2-a1 = Revisar el plan de implementación de la salud digital, con las unidades de atención primaria de salud y de financiamiento de la salud, de modo que cada actividad prioritaria esté vinculada a un objetivo de la cobertura sanitaria universal.
gdhm-i5a-s2-a1-monitor = Proporción de las actividades prioritarias de salud digital vinculadas a un objetivo declarado de la cobertura sanitaria universal
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5a-s3-a1 = Adoptar indicadores que midan la contribución de la salud digital a la cobertura de servicios y a la protección financiera, e informar sobre ellos en el examen anual del sector de la salud.
gdhm-i5a-s3-a1-monitor = Número de indicadores sobre la contribución de la salud digital presentados en el examen anual del sector de la salud
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5a-s4-a1 = Institucionalizar la planificación y el financiamiento conjuntos de la salud digital y de las prioridades de la cobertura sanitaria universal en cada ciclo nacional de planificación sanitaria.
gdhm-i5a-s4-a1-monitor = Proporción del presupuesto de salud digital asignada a actividades vinculadas a las prioridades de la cobertura sanitaria universal

## Indicator 6 (scored indicator; scale phases)
gdhm-i6-title = Financiamiento público de la salud digital
gdhm-i6-question = ¿Se financia la salud digital con cargo al presupuesto público nacional de manera regular y suficiente?
gdhm-i6-phase-1 = No existe financiamiento público destinado a la salud digital; esta depende casi por completo de los donantes o de proyectos a corto plazo.
gdhm-i6-phase-2 = Se han asignado fondos públicos a la salud digital, pero las asignaciones son ocasionales, reducidas o no se desembolsan a tiempo.
gdhm-i6-phase-3 = Existe una partida presupuestaria pública definida para la salud digital que recibe una asignación cada año, y las decisiones de financiamiento se debaten con los programas de salud y los asociados.
gdhm-i6-phase-4 = El financiamiento público cubre los principales costos de los sistemas nacionales de salud digital, incluidos los costos de funcionamiento, bajo la dirección del gobierno, y se da seguimiento al gasto y se informa sobre él.
gdhm-i6-phase-5 = La salud digital se financia de manera sostenida con cargo al presupuesto nacional ordinario, con compromisos plurianuales de inversión, funcionamiento y mantenimiento, y esto se reconoce como una parte habitual del financiamiento de la salud.
gdhm-i6-guidance = Examine el presupuesto de salud aprobado y los informes de ejecución presupuestaria de los tres últimos años, y compare las asignaciones públicas con el financiamiento de los asociados para la salud digital. Pregunte al ministerio de finanzas y a la dirección de planificación si existe una partida presupuestaria para la salud digital, qué monto se desembolsó y si se cubren los costos de funcionamiento de los sistemas nacionales.
gdhm-i6-evidence-1 = Presupuesto nacional aprobado en el que figura una partida presupuestaria para la salud digital
gdhm-i6-evidence-2 = Informes de ejecución presupuestaria de la salud digital de los últimos años
gdhm-i6-evidence-3 = Desglose del financiamiento de la salud digital por fuente, pública y externa
# step 1->2, action line 'financing', timeframe short, cost low, responsible finance
gdhm-i6-s1-a1 = Determinar el gasto público actual en salud digital dentro de los presupuestos de salud y de TIC, y acordar con el ministerio de salud cómo se clasificará en los presupuestos futuros.
gdhm-i6-s1-a1-monitor = Línea de base del gasto público en salud digital establecida y clasificación presupuestaria acordada (sí/no)
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6-s1-a2 = Preparar una primera solicitud presupuestaria para la salud digital, basada en las necesidades costeadas de los sistemas prioritarios, para el próximo ciclo presupuestario.
gdhm-i6-s1-a2-monitor = Solicitud presupuestaria para la salud digital presentada en el próximo ciclo presupuestario (sí/no)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible finance
gdhm-i6-s2-a1 = Abrir una partida presupuestaria específica para la salud digital en el presupuesto de salud y desembolsar los fondos aprobados según el calendario previsto.
gdhm-i6-s2-a1-monitor = Proporción de la asignación aprobada para la salud digital efectivamente desembolsada en el ejercicio fiscal
# step 2->3, action line 'financing', timeframe medium, cost low, responsible moh-planning
gdhm-i6-s2-a2 = Establecer cada año un desglose de todo el financiamiento de la salud digital por fuente, pública y externa, para determinar las carencias que debe cubrir el presupuesto público.
gdhm-i6-s2-a2-monitor = Desglose anual de los recursos destinados a la salud digital finalizado (sí/no) y proporción del financiamiento procedente de fuentes públicas
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible finance
gdhm-i6-s3-a1 = Incluir los costos de funcionamiento y mantenimiento de los sistemas nacionales de salud digital en el presupuesto ordinario, e informar sobre el gasto en salud digital en los informes de ejecución presupuestaria.
gdhm-i6-s3-a1-monitor = Proporción de los costos de funcionamiento de los sistemas nacionales de salud digital cubierta por el presupuesto público ordinario
# step 3->4, action line 'financing', timeframe medium, cost high, responsible moh-planning
gdhm-i6-s3-a2 = Planificar y llevar a cabo la transferencia al financiamiento público de los principales sistemas de salud digital financiados por donantes, con un calendario acordado para cada sistema.
gdhm-i6-s3-a2-monitor = Número de sistemas nacionales de salud digital financiados por donantes que se han transferido al financiamiento público
# step 4->5, action line 'financing', timeframe long, cost high, responsible finance
gdhm-i6-s4-a1 = Comprometer un financiamiento público plurianual para la salud digital en el marco de gasto de mediano plazo, que abarque la inversión, el funcionamiento y el reemplazo de equipos y programas informáticos.
gdhm-i6-s4-a1-monitor = Asignación plurianual para la salud digital incluida en el marco de gasto de mediano plazo (sí/no) y su proporción en el presupuesto de salud
# step 4->5, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6-s4-a2 = Examinar cada dos años la suficiencia y la eficiencia del gasto público en salud digital y utilizar las conclusiones para ajustar las asignaciones.
gdhm-i6-s4-a2-monitor = Examen del gasto público en salud digital finalizado en los dos últimos años (sí/no)

## Indicator 6a (sub-indicator of 6; scale phases)
gdhm-i6a-title = Participación e inversión del sector privado
gdhm-i6a-question = ¿Participa e invierte el sector privado en la salud digital conforme a normas y alianzas establecidas por el gobierno?
gdhm-i6a-phase-1 = No existe ningún marco para la participación del sector privado en la salud digital; las iniciativas privadas son aisladas y no se coordinan con las prioridades nacionales.
gdhm-i6a-phase-2 = Se ha adoptado formalmente una política o un mecanismo para la colaboración con el sector privado en materia de salud digital, pero de ellos se han derivado pocas alianzas o inversiones.
gdhm-i6a-phase-3 = Existen normas y cauces definidos para las alianzas con empresas privadas, y el sector privado participa periódicamente en la planificación y la inversión en salud digital.
gdhm-i6a-phase-4 = El gobierno dirige la participación del sector privado en la salud digital y le da seguimiento mediante modelos de alianza acordados, y las inversiones privadas están armonizadas con la estrategia nacional y los estándares nacionales.
gdhm-i6a-phase-5 = La participación y la inversión del sector privado en la salud digital están institucionalizadas mediante mecanismos de alianza duraderos, y se reconoce su contribución a los objetivos nacionales de salud.
gdhm-i6a-guidance = Busque políticas sobre asociaciones público-privadas, acuerdos de alianza en materia de salud digital y registros de la inversión privada en los sistemas nacionales. Pregunte a la dirección de planificación, a la unidad de salud digital y a las asociaciones del sector privado cómo se hace participar a las empresas, conforme a qué normas y si sus productos siguen los estándares nacionales.
gdhm-i6a-evidence-1 = Política o marco de asociaciones público-privadas que abarque la salud digital
gdhm-i6a-evidence-2 = Acuerdos de alianza firmados con proveedores privados de salud digital
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6a-s1-a1 = Identificar a los actores del sector privado activos en la salud digital y celebrar con ellos una primera consulta sobre las prioridades nacionales y las normas de colaboración.
gdhm-i6a-s1-a1-monitor = Identificación de los actores privados de la salud digital finalizada y primera consulta celebrada (sí/no)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible moh-planning
gdhm-i6a-s2-a1 = Establecer un foro de diálogo periódico con el sector privado y publicar orientaciones sobre los modelos de alianza, la protección de datos y el cumplimiento de los estándares nacionales.
gdhm-i6a-s2-a1-monitor = Número de reuniones del foro de diálogo celebradas en el año y orientaciones sobre alianzas publicadas (sí/no)
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6a-s3-a1 = Concertar acuerdos de alianza con proveedores privados para los servicios prioritarios de salud digital, con indicadores de desempeño y en armonía con la estrategia nacional.
gdhm-i6a-s3-a1-monitor = Número de acuerdos de alianza firmados con indicadores de desempeño y valor de la inversión privada comprometida
# step 4->5, action line 'financing', timeframe long, cost high, responsible moh-planning
gdhm-i6a-s4-a1 = Institucionalizar un marco de inversión público-privada para la salud digital, con mecanismos de cofinanciamiento a largo plazo y un examen periódico de los resultados de las alianzas.
gdhm-i6a-s4-a1-monitor = Proporción de los acuerdos de alianza vigentes examinados en los dos últimos años y valor del cofinanciamiento privado registrado
