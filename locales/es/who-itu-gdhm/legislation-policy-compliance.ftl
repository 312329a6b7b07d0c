# legislation-policy-compliance: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 7 (scored indicator; scale phases)
gdhm-i7-title = Ley de protección y seguridad de los datos de salud
gdhm-i7-question = ¿Existe una ley que proteja los datos personales de salud y establezca requisitos de seguridad en cada etapa de su tratamiento, desde la recopilación y el almacenamiento hasta el uso, la transferencia y la eliminación?
gdhm-i7-phase-1 = Ninguna ley protege los datos personales, o las disposiciones existentes no abarcan los datos de salud ni su seguridad en ninguna etapa de su tratamiento.
gdhm-i7-phase-2 = Se ha aprobado una ley de protección de datos que abarca los datos de salud, o está en trámite parlamentario, pero todavía no existen normas de aplicación, una autoridad de control ni mecanismos de cumplimiento.
gdhm-i7-phase-3 = La ley está en vigor con sus reglamentos de aplicación, y una autoridad de control la aplica con los establecimientos de salud, los ministerios y los asociados, aunque el cumplimiento solo se verifica de forma esporádica.
gdhm-i7-phase-4 = La ley se aplica en todos los servicios de salud públicos y privados: el gobierno vela por su cumplimiento, exige medidas de seguridad y la notificación de las violaciones de datos, y verifica el cumplimiento mediante auditorías periódicas.
gdhm-i7-phase-5 = La protección y la seguridad de los datos de salud forman parte del funcionamiento habitual del sistema de salud, la ley se revisa periódicamente a la luz de las nuevas tecnologías, y su aplicación cuenta con financiamiento suficiente y reconocimiento nacional.
gdhm-i7-guidance = Examine la ley nacional de protección de datos, las disposiciones específicas sobre los datos de salud y las normas sobre seguridad de la información y conservación de registros. Pregunte a la unidad jurídica del ministerio de salud, al ministerio de justicia y a la autoridad de protección de datos cómo se aplica la ley a los datos de salud y cómo se gestionan las violaciones de datos.
gdhm-i7-evidence-1 = Ley nacional de protección de datos y sus reglamentos de aplicación
gdhm-i7-evidence-2 = Informe anual de la autoridad de protección de datos que abarque casos del sector de la salud
gdhm-i7-evidence-3 = Política de seguridad de la información del ministerio de salud
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i7-s1-a1 = Examinar la legislación vigente para detectar lagunas en la protección y la seguridad de los datos personales de salud, y preparar las instrucciones de redacción de un proyecto de ley de protección de datos.
gdhm-i7-s1-a1-monitor = Análisis de las lagunas jurídicas finalizado e instrucciones de redacción emitidas (sí/no)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i7-s1-a2 = Publicar orientaciones provisionales para las instituciones de salud sobre las garantías mínimas para la recopilación, el almacenamiento y la eliminación de los datos personales de salud.
gdhm-i7-s1-a2-monitor = Orientaciones provisionales publicadas (sí/no) y número de instituciones de salud a las que se enviaron
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i7-s2-a1 = Redactar y promulgar los reglamentos de aplicación de la ley de protección de datos, con disposiciones específicas sobre los datos de salud, las medidas de seguridad y la notificación de las violaciones de datos.
gdhm-i7-s2-a1-monitor = Reglamentos de aplicación adoptados y publicados en el diario oficial (sí/no)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i7-s2-a2 = Inscribir en un registro a los responsables del tratamiento de datos de salud y establecer un procedimiento para recibir y tramitar las reclamaciones y las notificaciones de violaciones de datos procedentes del sector de la salud.
gdhm-i7-s2-a2-monitor = Número de responsables del tratamiento de datos de salud registrados y número de reclamaciones y notificaciones de violaciones de datos tramitadas por año
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i7-s3-a1 = Armonizar las leyes sectoriales de salud, como las relativas a las historias clínicas, la vigilancia de enfermedades y la investigación en salud, con la ley de protección de datos, y derogar las disposiciones contradictorias.
gdhm-i7-s3-a1-monitor = Número de leyes y reglamentos relacionados con la salud examinados y modificados para hacerlos coherentes con la ley de protección de datos
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i7-s3-a2 = Ejecutar un programa de auditorías de cumplimiento de los establecimientos de salud públicos y privados y de los sistemas nacionales de salud digital, cada una seguida de un plan de medidas correctivas.
gdhm-i7-s3-a2-monitor = Proporción de los sistemas nacionales de salud digital y de los hospitales sometidos a auditoría del cumplimiento en materia de protección de datos en los dos últimos años
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i7-s4-a1 = Establecer un mecanismo permanente y financiado para revisar la legislación de protección de datos a intervalos fijos y fortalecer la capacidad de los tribunales y las fiscalías para tramitar casos de protección de datos.
gdhm-i7-s4-a1-monitor = Revisión legislativa prevista finalizada en el plazo establecido (sí/no) y número de jueces y fiscales capacitados en casos de protección de datos
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i7-s4-a2 = Publicar un informe anual sobre la protección de datos en el sector de la salud, que abarque las violaciones de datos, las sanciones y las conclusiones de las auditorías, y mantener un programa permanente de capacitación para los responsables del tratamiento de datos de salud.
gdhm-i7-s4-a2-monitor = Informe anual sobre la protección de datos en el sector de la salud publicado cada año y número de delegados de protección de datos de salud capacitados

## Indicator 8 (scored indicator; scale phases)
gdhm-i8-title = Privacidad, consentimiento e intercambio de datos de salud
gdhm-i8-question = ¿Establece la ley cómo se puede acceder a los datos personales de salud, compartirlos y utilizarlos, incluido el consentimiento de las personas y su derecho a consultar y rectificar sus propios registros?
gdhm-i8-phase-1 = Ninguna disposición jurídica regula la privacidad de los datos personales de salud, el consentimiento de los pacientes ni quién puede acceder a las historias clínicas y compartirlas.
gdhm-i8-phase-2 = Se han adoptado o redactado disposiciones sobre la privacidad, el consentimiento y el acceso a los datos de salud, pero las normas sobre el intercambio de datos entre prestadores y sobre el acceso de los pacientes están incompletas o no se aplican.
gdhm-i8-phase-3 = Las normas sobre consentimiento, acceso e intercambio de datos están en vigor y las aplican las principales instituciones de salud pública, con procedimientos acordados con los prestadores, las aseguradoras y los representantes de los pacientes.
gdhm-i8-phase-4 = Las normas sobre privacidad, consentimiento e intercambio de datos se aplican en todos los servicios de salud públicos y privados, las personas pueden ejercer sus derechos de acceso y rectificación, y el gobierno da seguimiento al cumplimiento.
gdhm-i8-phase-5 = El respeto de la privacidad y del consentimiento es una parte habitual y fiable de la atención y del uso de los datos de salud, y las normas se revisan periódicamente y todos los sistemas de salud digital las aplican de manera uniforme.
gdhm-i8-guidance = Examine la ley de salud pública, la carta de derechos de los pacientes y la ley de protección de datos para encontrar disposiciones sobre el consentimiento, la confidencialidad, el acceso de los pacientes y el uso secundario de los datos de salud. Pregunte a la unidad jurídica, a la autoridad de protección de datos, a los directores de establecimientos y a las organizaciones de pacientes cómo se tramitan en la práctica las solicitudes de acceso y de intercambio.
gdhm-i8-evidence-1 = Disposiciones sobre confidencialidad y consentimiento de la ley de salud o de la carta de derechos de los pacientes
gdhm-i8-evidence-2 = Política o protocolo nacional sobre el intercambio de datos de salud
gdhm-i8-evidence-3 = Formularios normalizados de consentimiento utilizados por los establecimientos de salud
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i8-s1-a1 = Redactar disposiciones jurídicas que definan el consentimiento, la confidencialidad y el derecho de las personas a acceder a sus historias clínicas y rectificarlas, para su inclusión en la ley de salud o en la ley de protección de datos.
gdhm-i8-s1-a1-monitor = Proyecto de disposiciones sobre la privacidad de los datos de salud y el consentimiento presentado para su aprobación por el gobierno (sí/no)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i8-s1-a2 = Publicar una nota interpretativa que explique cómo se aplican las normas vigentes de privacidad a las historias clínicas y al intercambio de datos entre prestadores de servicios de salud.
gdhm-i8-s1-a2-monitor = Nota interpretativa publicada (sí/no) y número de hospitales públicos a los que se distribuyó
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i8-s2-a1 = Adoptar reglamentos que establezcan las bases jurídicas, las condiciones y las garantías para compartir datos personales de salud con fines de atención, salud pública, investigación y seguros.
gdhm-i8-s2-a1-monitor = Reglamentos sobre el intercambio de datos de salud adoptados y publicados (sí/no)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i8-s2-a2 = Publicar formularios normalizados de consentimiento y un procedimiento modelo para tramitar las solicitudes de los pacientes de acceder a sus datos de salud, rectificarlos o limitar su uso.
gdhm-i8-s2-a2-monitor = Proporción de establecimientos de salud públicos que utilizan los formularios normalizados de consentimiento y el procedimiento modelo de solicitud de acceso
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i8-s3-a1 = Establecer una base jurídica para los acuerdos de intercambio de datos y para el uso secundario de datos de salud desidentificados, con sanciones por el acceso o la divulgación no autorizados.
gdhm-i8-s3-a1-monitor = Número de acuerdos de intercambio de datos concertados en el marco jurídico y número de sanciones impuestas por acceso no autorizado
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i8-s3-a2 = Exigir y verificar el registro de accesos y la gestión del consentimiento en los sistemas nacionales de salud digital, e investigar las denuncias de acceso no autorizado a las historias clínicas.
gdhm-i8-s3-a2-monitor = Proporción de los sistemas nacionales de salud digital con registros de acceso y gestión del consentimiento verificados, y número de denuncias investigadas por año
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i8-s4-a1 = Consolidar las disposiciones sobre la privacidad, el consentimiento y el intercambio de datos de salud en un marco jurídico único y coherente que se revise según un ciclo fijo con consulta pública.
gdhm-i8-s4-a1-monitor = Marco jurídico consolidado promulgado (sí/no) y número de revisiones previstas realizadas con consulta pública
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i8-s4-a2 = Llevar a cabo un programa sostenido de información pública sobre los derechos relativos a los datos de salud y publicar cada año estadísticas sobre las solicitudes de acceso, las reclamaciones y su resultado.
gdhm-i8-s4-a2-monitor = Estadísticas anuales sobre los derechos relativos a los datos de salud publicadas y proporción de pacientes encuestados que conocen su derecho a acceder a sus registros

## Indicator 9 (scored indicator; scale phases)
gdhm-i9-title = Regulación de los dispositivos y servicios de salud digital
gdhm-i9-question = ¿Existe un marco regulatorio, con una autoridad designada, para la aprobación, la certificación y la vigilancia del mercado de los dispositivos, los programas informáticos y los servicios de salud digital?
gdhm-i9-phase-1 = No se aplica ninguna regulación ni certificación a los dispositivos de salud digital, los programas informáticos de salud ni los servicios de salud digital.
gdhm-i9-phase-2 = Existe sobre el papel un marco regulatorio o una autoridad designada para los productos de salud digital, pero todavía no se dispone de criterios de evaluación, procedimientos ni capacidad de personal.
gdhm-i9-phase-3 = Los productos y servicios se evalúan con respecto a criterios definidos, como la seguridad, la calidad, la interoperabilidad y la seguridad de los datos, y la autoridad colabora periódicamente con los desarrolladores, los prestadores y el organismo de normalización.
gdhm-i9-phase-4 = El registro o la certificación son obligatorios para los productos de salud digital utilizados en el país, la autoridad dirigida por el gobierno cuenta con personal suficiente y se da seguimiento al cumplimiento, los incidentes y el desempeño tras la comercialización.
gdhm-i9-phase-5 = La regulación y la certificación de los productos de salud digital son una función consolidada y financiada de forma sostenible, que se actualiza a medida que evolucionan las tecnologías y cuyas decisiones reconocen los prestadores, los compradores y el público.
gdhm-i9-guidance = Examine la legislación sobre dispositivos médicos y productos de salud para comprobar si abarca los programas informáticos y los servicios digitales, y si existe un sistema de registro o de certificación. Pregunte a la autoridad reguladora nacional, al organismo nacional de normalización y a la unidad de salud digital qué productos se han evaluado y cómo se notifican los incidentes.
gdhm-i9-evidence-1 = Reglamento de dispositivos médicos que abarca los programas informáticos utilizados con fines médicos
gdhm-i9-evidence-2 = Registro publicado de productos de salud digital certificados
gdhm-i9-evidence-3 = Criterios de certificación o directriz técnica publicados por el organismo regulador
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9-s1-a1 = Inventariar los dispositivos, los programas informáticos y los servicios de salud digital en uso y determinar cuáles de ellos están sujetos a la regulación vigente de dispositivos médicos o de productos de salud.
gdhm-i9-s1-a1-monitor = Inventario y clasificación regulatoria de los productos de salud digital finalizados (sí/no)
# step 1->2, action line 'regulation', timeframe short, cost low, responsible standards-body
gdhm-i9-s1-a2 = Determinar las normas internacionales sobre seguridad, calidad, interoperabilidad y seguridad de la información que podrían servir de base para la certificación nacional de los productos de salud digital.
gdhm-i9-s1-a2-monitor = Lista de normas de referencia para los productos de salud digital acordada con el organismo regulador (sí/no)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9-s2-a1 = Adoptar un procedimiento de clasificación y registro basado en el riesgo para los dispositivos y los programas informáticos de salud digital, y asignar personal capacitado al examen de las solicitudes.
gdhm-i9-s2-a1-monitor = Procedimiento de registro adoptado (sí/no) y número de productos de salud digital examinados conforme a él
# step 2->3, action line 'regulation', timeframe medium, cost low, responsible standards-body
gdhm-i9-s2-a2 = Adoptar las normas internacionales seleccionadas como normas nacionales y publicar los requisitos de conformidad para los productos de salud digital.
gdhm-i9-s2-a2-monitor = Número de normas para productos de salud digital adoptadas como normas nacionales
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9-s3-a1 = Hacer obligatorios el registro o la certificación de los productos de salud digital utilizados en los servicios de salud públicos y establecer una vigilancia poscomercialización, con notificación de incidentes.
gdhm-i9-s3-a1-monitor = Proporción de los productos de salud digital de los servicios de salud públicos que están registrados o certificados, y número de notificaciones de incidentes recibidas por año
# step 3->4, action line 'regulation', timeframe medium, cost high, responsible standards-body
gdhm-i9-s3-a2 = Acreditar laboratorios de ensayo u organismos de evaluación de la conformidad capaces de evaluar los productos de salud digital con respecto a las normas nacionales.
gdhm-i9-s3-a2-monitor = Número de organismos de evaluación de la conformidad acreditados para los productos de salud digital y número de productos evaluados por año
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9-s4-a1 = Establecer dentro de la autoridad reguladora una unidad permanente de productos de salud digital, financiada de forma sostenible, con actualizaciones periódicas de sus normas y acuerdos de confianza regulatoria o de reconocimiento con otros organismos reguladores.
gdhm-i9-s4-a1-monitor = Unidad de productos de salud digital dotada de personal y de una partida presupuestaria ordinaria (sí/no) y número de acuerdos de confianza regulatoria o de reconocimiento mutuo firmados
# step 4->5, action line 'regulation', timeframe medium, cost medium, responsible standards-body
gdhm-i9-s4-a2 = Revisar y actualizar las normas nacionales para los productos de salud digital según un ciclo fijo, junto con los desarrolladores, los prestadores y los usuarios.
gdhm-i9-s4-a2-monitor = Número de revisiones previstas de las normas realizadas y proporción de las normas para productos de salud digital revisadas dentro del ciclo

## Indicator 9a (sub-indicator of 9; scale phases)
gdhm-i9a-title = Regulación de la inteligencia artificial en el ámbito de la salud
gdhm-i9a-question = ¿Existe un marco regulatorio para la aprobación, la certificación y la supervisión de las herramientas de inteligencia artificial utilizadas en el ámbito de la salud?
gdhm-i9a-phase-1 = No se aplica ninguna norma ni orientación específica a las herramientas de inteligencia artificial utilizadas en la atención de salud, la salud pública o la administración sanitaria.
gdhm-i9a-phase-2 = Se han publicado orientaciones o un proyecto de reglamento sobre la inteligencia artificial en el ámbito de la salud, o se ha designado una autoridad, pero todavía no se aplican criterios ni procedimientos de evaluación.
gdhm-i9a-phase-3 = Las herramientas de inteligencia artificial en el ámbito de la salud se evalúan con respecto a criterios definidos, como la seguridad, el desempeño, los sesgos, la transparencia y la supervisión humana, con aportaciones de los desarrolladores, los profesionales clínicos y la autoridad de protección de datos.
gdhm-i9a-phase-4 = Se exige una evaluación o una certificación antes de utilizar herramientas de inteligencia artificial en los servicios de salud, y el gobierno da seguimiento a su desempeño y a los incidentes notificados tras su despliegue.
gdhm-i9a-phase-5 = La supervisión de la inteligencia artificial en el ámbito de la salud es una función regulatoria consolidada y financiada de forma sostenible, que se actualiza a medida que evoluciona la tecnología y goza de la confianza de los profesionales de la salud y del público.
gdhm-i9a-guidance = Busque una política o ley nacional sobre inteligencia artificial, una regulación de los productos de salud que abarque los programas informáticos basados en inteligencia artificial y cualquier orientación sobre su uso ético en el ámbito de la salud. Pregunte a la autoridad reguladora nacional, a la unidad de salud digital y al comité nacional de ética qué herramientas están en uso y cómo se evaluaron.
gdhm-i9a-evidence-1 = Orientaciones regulatorias sobre los programas informáticos médicos basados en inteligencia artificial
gdhm-i9a-evidence-2 = Registro de las herramientas de inteligencia artificial autorizadas para su uso en los servicios de salud
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9a-s1-a1 = Designar la autoridad responsable de las herramientas de inteligencia artificial utilizadas en el ámbito de la salud y elaborar una lista de las herramientas que ya se utilizan o se ensayan en el sector de la salud.
gdhm-i9a-s1-a1-monitor = Autoridad responsable designada e inventario de las herramientas de inteligencia artificial en el ámbito de la salud finalizado (sí/no)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9a-s2-a1 = Publicar criterios de evaluación y un procedimiento de examen para las herramientas de inteligencia artificial en el ámbito de la salud que abarquen el desempeño clínico, los sesgos, la transparencia, el uso de los datos y la supervisión humana.
gdhm-i9a-s2-a1-monitor = Criterios de evaluación publicados (sí/no) y número de herramientas de inteligencia artificial examinadas conforme al procedimiento
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9a-s3-a1 = Exigir la evaluación de las herramientas de inteligencia artificial antes de su uso en los servicios de salud y dar seguimiento a su desempeño y a los incidentes tras su despliegue.
gdhm-i9a-s3-a1-monitor = Proporción de las herramientas de inteligencia artificial en uso en los servicios de salud que se evaluaron antes de su despliegue, y número de informes de desempeño recibidos tras el despliegue
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9a-s4-a1 = Crear dentro del organismo regulador una capacidad permanente de examen de la inteligencia artificial, con personal especializado, un presupuesto ordinario y una revisión prevista de las normas a medida que evoluciona la tecnología.
gdhm-i9a-s4-a1-monitor = Número de evaluadores especializados en inteligencia artificial empleados por el organismo regulador y fecha de la última revisión prevista de las normas

## Indicator 10 (scored indicator; scale phases)
gdhm-i10-title = Intercambio y almacenamiento transfronterizos de datos de salud
gdhm-i10-question = ¿Existen leyes o acuerdos que regulen el intercambio de datos de salud con otros países y el almacenamiento de datos de salud fuera del territorio nacional?
gdhm-i10-phase-1 = Ninguna ley, política ni acuerdo aborda la transferencia transfronteriza de datos de salud ni su almacenamiento en el extranjero, por ejemplo en servicios en la nube extranjeros.
gdhm-i10-phase-2 = Existen disposiciones sobre la transferencia y el almacenamiento transfronterizos de datos de salud en la ley o en un proyecto de política, pero todavía no se aplican las condiciones, las garantías ni los procedimientos de aprobación.
gdhm-i10-phase-3 = El intercambio y el almacenamiento transfronterizos de datos de salud se rigen por condiciones y garantías definidas, que se aplican con los asociados interesados para fines específicos, como la vigilancia de enfermedades, la derivación de pacientes o la investigación.
gdhm-i10-phase-4 = Toda transferencia transfronteriza y todo almacenamiento en el extranjero de datos de salud requieren una aprobación o un acuerdo, y el gobierno lleva un registro de ellos y da seguimiento al cumplimiento.
gdhm-i10-phase-5 = El intercambio transfronterizo de datos de salud se rige por acuerdos bilaterales o regionales duraderos, las normas se revisan periódicamente, y el país participa en un intercambio internacional de confianza a la vez que protege los datos de sus residentes.
gdhm-i10-guidance = Examine la ley de protección de datos, las políticas sobre datos de salud, las normas sobre localización de datos o alojamiento en la nube, y los acuerdos regionales o bilaterales sobre datos de salud. Pregunte al ministerio de justicia, a la autoridad de protección de datos y a la unidad de salud digital dónde alojan sus datos los sistemas nacionales de salud y cómo se autorizan las transferencias con fines de vigilancia, derivación o investigación.
gdhm-i10-evidence-1 = Disposiciones jurídicas sobre la transferencia de datos personales al extranjero
gdhm-i10-evidence-2 = Acuerdo bilateral o regional sobre el intercambio de datos de salud
gdhm-i10-evidence-3 = Política gubernamental sobre el alojamiento de datos de salud en servicios en la nube
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible justice
gdhm-i10-s1-a1 = Examinar la legislación nacional y los acuerdos internacionales en los que el país es parte para detectar las disposiciones aplicables a la transferencia y al almacenamiento en el extranjero de datos de salud.
gdhm-i10-s1-a1-monitor = Examen jurídico de las disposiciones sobre datos de salud transfronterizos finalizado (sí/no)
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible moh-dhu
gdhm-i10-s1-a2 = Determinar los flujos de datos de salud que salen del país y los sistemas de salud digital alojados en el extranjero, registrando la finalidad y el asociado de cada uno.
gdhm-i10-s1-a2-monitor = Inventario finalizado (sí/no), con el número de flujos de datos transfronterizos y de sistemas alojados en el extranjero registrados
# step 2->3, action line 'cross-border', timeframe short, cost medium, responsible justice
gdhm-i10-s2-a1 = Redactar y adoptar normas que establezcan las condiciones, las garantías y el procedimiento de aprobación para transferir y almacenar datos de salud fuera del país.
gdhm-i10-s2-a1-monitor = Normas sobre la transferencia y el almacenamiento transfronterizos de datos de salud adoptadas (sí/no)
# step 2->3, action line 'cross-border', timeframe medium, cost low, responsible moh-dhu
gdhm-i10-s2-a2 = Incluir cláusulas sobre la ubicación, la transferencia y la devolución de los datos en todos los contratos y acuerdos con asociados relativos a sistemas de salud digital.
gdhm-i10-s2-a2-monitor = Proporción de los contratos de sistemas de salud digital y de los acuerdos con asociados que contienen cláusulas sobre la ubicación y la transferencia de los datos
# step 3->4, action line 'cross-border', timeframe medium, cost medium, responsible justice
gdhm-i10-s3-a1 = Negociar con los países vecinos y los organismos regionales acuerdos bilaterales o regionales sobre el intercambio de datos de salud con fines de vigilancia de enfermedades, derivación de pacientes e investigación.
gdhm-i10-s3-a1-monitor = Número de acuerdos bilaterales o regionales de intercambio de datos de salud firmados
# step 3->4, action line 'cross-border', timeframe medium, cost high, responsible moh-dhu
gdhm-i10-s3-a2 = Implantar garantías técnicas y organizativas, como el cifrado, las pasarelas seguras y un registro de aprobaciones, para todos los intercambios transfronterizos de datos de salud autorizados.
gdhm-i10-s3-a2-monitor = Proporción de los intercambios transfronterizos de datos de salud autorizados que funcionan con las garantías exigidas y están inscritos en el registro de aprobaciones
# step 4->5, action line 'cross-border', timeframe long, cost high, responsible justice
gdhm-i10-s4-a1 = Preparar la adhesión del país a los instrumentos regionales o internacionales sobre la protección transfronteriza de datos y mantener las normas nacionales armonizadas con ellos mediante revisiones previstas.
gdhm-i10-s4-a1-monitor = Número de instrumentos regionales o internacionales ratificados y fecha de la última revisión prevista de las normas nacionales
# step 4->5, action line 'cross-border', timeframe medium, cost medium, responsible moh-dhu
gdhm-i10-s4-a2 = Publicar un informe anual sobre los intercambios transfronterizos de datos de salud y revisar cada acuerdo de intercambio y cada arreglo de alojamiento según un ciclo fijo.
gdhm-i10-s4-a2-monitor = Informe anual sobre los datos de salud transfronterizos publicado y proporción de los acuerdos y arreglos de alojamiento revisados dentro del ciclo
