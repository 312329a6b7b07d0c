# services-applications: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 19 (scored indicator; scale bands:coverage)
gdhm-i19-title = Sistemas de salud digital a escala para las prioridades nacionales
gdhm-i19-question = ¿Qué proporción de las áreas prioritarias nacionales de salud cuenta con el apoyo de sistemas de salud digital implantados a escala nacional?
gdhm-i19-phase-1 = Ninguna de las áreas prioritarias nacionales de salud cuenta con el apoyo de un sistema de salud digital implantado a escala nacional; los sistemas existentes son proyectos piloto o proyectos limitados.
gdhm-i19-phase-2 = Menos del 25 % de las áreas prioritarias nacionales de salud cuenta con el apoyo de sistemas de salud digital implantados a escala nacional; la mayoría de los demás sistemas siguen siendo proyectos piloto.
gdhm-i19-phase-3 = Del 25 % al 50 % de las áreas prioritarias nacionales de salud cuenta con el apoyo de sistemas de salud digital implantados a escala nacional.
gdhm-i19-phase-4 = Del 50 % al 75 % de las áreas prioritarias nacionales de salud cuenta con el apoyo de sistemas de salud digital implantados a escala nacional, a los que el ministerio da seguimiento.
gdhm-i19-phase-5 = Más del 75 % de las áreas prioritarias nacionales de salud cuenta con el apoyo de sistemas de salud digital implantados a escala nacional, utilizados de forma habitual y mantenidos por el gobierno.
gdhm-i19-guidance = Elabore una lista de las áreas prioritarias que figuran en la estrategia nacional de salud, por ejemplo la salud materno-infantil, la inmunización, la infección por el VIH, la tuberculosis, la malaria o las enfermedades no transmisibles, y compruebe para cada una si se utiliza un sistema digital en todo el país y no solo en distritos piloto. Consulte a los gestores de programas, al equipo del sistema de información para la gestión de la salud (HMIS) y a la unidad de salud digital.
gdhm-i19-evidence-1 = Lista de las áreas prioritarias nacionales de salud extraída de la estrategia nacional de salud
gdhm-i19-evidence-2 = Inventario de los sistemas de salud digital con su grado de implantación geográfica
gdhm-i19-evidence-3 = Informes de programas que muestran el uso habitual de los sistemas a escala nacional
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-dhu
gdhm-i19-s1-a1 = Hacer un balance de los proyectos piloto y los proyectos de salud digital existentes, y evaluar cuáles de ellos podrían ampliarse a escala para servir a los programas prioritarios nacionales.
gdhm-i19-s1-a1-monitor = Inventario finalizado; número de sistemas evaluados como candidatos a la ampliación a escala
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-planning
gdhm-i19-s1-a2 = Definir la lista de las áreas prioritarias nacionales de salud con respecto a la cual se medirá la cobertura de los sistemas digitales, y acordar el orden de ampliación a escala.
gdhm-i19-s1-a2-monitor = Lista de áreas prioritarias y orden de ampliación a escala aprobados por el ministerio
# step 2->3, action line 'national-systems', timeframe short, cost medium, responsible moh-dhu
gdhm-i19-s2-a1 = Ampliar los sistemas seleccionados desde los distritos piloto hasta una implantación nacional en otras áreas prioritarias, utilizando la arquitectura y los estándares nacionales.
gdhm-i19-s2-a1-monitor = Número de áreas prioritarias con un sistema implantado a escala nacional
# step 2->3, action line 'national-systems', timeframe medium, cost low, responsible moh-planning
gdhm-i19-s2-a2 = Exigir que el plan de cada programa prioritario nacional indique qué sistema digital lo respalda y cómo se implantará y financiará ese sistema.
gdhm-i19-s2-a2-monitor = Proporción de los planes de programas prioritarios que incluyen una sección sobre los sistemas digitales
# step 3->4, action line 'national-systems', timeframe medium, cost medium, responsible moh-dhu
gdhm-i19-s3-a1 = Extender los sistemas nacionales a las áreas prioritarias restantes, reutilizando las plataformas y los registros compartidos en lugar de crear aplicaciones independientes.
gdhm-i19-s3-a1-monitor = Proporción de las áreas prioritarias nacionales de salud que cuentan con el apoyo de un sistema implantado a escala nacional
# step 3->4, action line 'national-systems', timeframe medium, cost high, responsible moh-planning
gdhm-i19-s3-a2 = Trasladar los costos de funcionamiento de los sistemas ampliados a escala nacional del financiamiento de proyectos al presupuesto del sector de la salud y a su plan plurianual.
gdhm-i19-s3-a2-monitor = Proporción de los costos de funcionamiento de los sistemas nacionales financiada con cargo al presupuesto del gobierno
# step 4->5, action line 'national-systems', timeframe long, cost high, responsible moh-dhu
gdhm-i19-s4-a1 = Consolidar los sistemas nacionales en una plataforma integrada, gestionada por el gobierno y que abarque todas las áreas prioritarias, con un apoyo técnico sostenido.
gdhm-i19-s4-a1-monitor = Proporción de las áreas prioritarias nacionales de salud atendidas por sistemas gestionados por el gobierno; disponibilidad de los sistemas a lo largo del año, en %
# step 4->5, action line 'national-systems', timeframe medium, cost medium, responsible moh-planning
gdhm-i19-s4-a2 = Utilizar los datos de los sistemas nacionales en el examen conjunto anual del sector de la salud y al actualizar las metas de los programas prioritarios.
gdhm-i19-s4-a2-monitor = Número de indicadores de programas prioritarios del examen anual que proceden de los sistemas digitales nacionales

## Indicator 20 (scored indicator; scale phases)
gdhm-i20-title = Registros de personal de salud y de establecimientos
gdhm-i20-question = ¿Existen registros nacionales actualizados del personal de salud y de los establecimientos de salud, incluida la ubicación de cada establecimiento, que otros sistemas puedan utilizar?
gdhm-i20-phase-1 = No existe ningún registro nacional del personal de salud ni de los establecimientos de salud; las listas se llevan en papel o en hojas de cálculo dispersas sin coordenadas geográficas.
gdhm-i20-phase-2 = Se han creado o se ha dispuesto formalmente la creación de registros del personal de salud o de los establecimientos, pero están incompletos, rara vez se actualizan o carecen de datos de ubicación.
gdhm-i20-phase-3 = Ambos registros están en uso y se actualizan periódicamente con los colegios profesionales, los distritos y los asociados, y la mayoría de los establecimientos tienen sus coordenadas registradas.
gdhm-i20-phase-4 = El gobierno mantiene ambos registros, con identificadores únicos y las coordenadas de los establecimientos; se da seguimiento a su exhaustividad y a la puntualidad de sus actualizaciones, y otros sistemas se nutren de ellos.
gdhm-i20-phase-5 = Los registros son la fuente nacional de referencia, se actualizan de forma continua mediante procedimientos definidos, se financian con cargo al presupuesto ordinario y los utilizan todos los sistemas de información de salud y la planificación.
gdhm-i20-guidance = Compruebe la exhaustividad de ambos registros comparándolos con otros recuentos, como la nómina, los registros de habilitación profesional o los estudios de establecimientos, y si los establecimientos tienen coordenadas geográficas. Consulte al departamento de recursos humanos, a los colegios profesionales, al equipo del HMIS y a la unidad de salud digital.
gdhm-i20-evidence-1 = Lista maestra de establecimientos de salud con coordenadas geográficas
gdhm-i20-evidence-2 = Registro nacional del personal de salud o base de datos de habilitación profesional
gdhm-i20-evidence-3 = Informe sobre la exhaustividad de los registros y las fechas de su última actualización
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i20-s1-a1 = Elaborar una primera lista maestra de los establecimientos de salud públicos y privados, con un código único para cada uno, a partir de las listas existentes de los distritos y los programas.
gdhm-i20-s1-a1-monitor = Lista maestra de establecimientos elaborada; número de establecimientos con un código único
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-hr
gdhm-i20-s1-a2 = Consolidar los registros existentes de nómina y de habilitación profesional en una lista única del personal de salud, con un identificador único para cada persona.
gdhm-i20-s1-a2-monitor = Lista consolidada elaborada; número de trabajadores de salud con un identificador único
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i20-s2-a1 = Recopilar las coordenadas geográficas de todos los establecimientos de la lista y publicar la lista maestra de establecimientos como un registro electrónico.
gdhm-i20-s2-a1-monitor = Proporción de los establecimientos de la lista con coordenadas geográficas verificadas
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-hr
gdhm-i20-s2-a2 = Acordar procedimientos de actualización con los colegios profesionales y los empleadores para que las contrataciones, los traslados, las habilitaciones y las bajas se registren en el registro del personal de salud.
gdhm-i20-s2-a2-monitor = Procedimientos de actualización adoptados; proporción de los registros actualizados en los últimos 12 meses
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i20-s3-a1 = Conectar el registro de establecimientos a la plataforma de intercambio de información de salud para que otros sistemas utilicen sus códigos, y verificar su exhaustividad cada trimestre.
gdhm-i20-s3-a1-monitor = Número de sistemas que utilizan los códigos del registro de establecimientos; número de informes trimestrales de exhaustividad emitidos
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-hr
gdhm-i20-s3-a2 = Extender el registro del personal de salud a los sectores privado y confesional y a los agentes de salud comunitarios, con actualización electrónica a nivel de distrito.
gdhm-i20-s3-a2-monitor = Proporción del personal de salud del sector privado, del sector confesional y de los agentes de salud comunitarios inscrita en el registro
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i20-s4-a1 = Establecer por vía reglamentaria ambos registros como referencia nacional oficial, con un equipo dedicado y financiamiento ordinario para su funcionamiento.
gdhm-i20-s4-a1-monitor = Reglamento adoptado; puestos del equipo del registro cubiertos; presupuesto ordinario asignado
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-hr
gdhm-i20-s4-a2 = Utilizar de forma habitual el registro del personal de salud para la planificación y la asignación de la fuerza laboral y la verificación de la nómina, y publicar un informe anual sobre la fuerza laboral basado en él.
gdhm-i20-s4-a2-monitor = Informe anual sobre la fuerza laboral publicado a partir de los datos del registro; proporción de los registros de nómina cotejados con el registro

## Indicator 21 (scored indicator; scale bands:coverage)
gdhm-i21-title = Identificación digital de las personas para la salud
gdhm-i21-question = ¿Qué proporción de la población posee un identificador digital único que los servicios de salud puedan utilizar para identificarla?
gdhm-i21-phase-1 = Ninguna parte de la población posee un identificador digital utilizable en los servicios de salud; las personas se identifican por su nombre o por números que varían de un establecimiento a otro.
gdhm-i21-phase-2 = Menos del 25 % de la población posee un identificador digital único que los servicios de salud pueden utilizar.
gdhm-i21-phase-3 = Del 25 % al 50 % de la población posee un identificador digital único que los servicios de salud pueden utilizar.
gdhm-i21-phase-4 = Del 50 % al 75 % de la población posee un identificador digital único, y los servicios de salud lo registran en la mayoría de los sistemas prioritarios.
gdhm-i21-phase-5 = Más del 75 % de la población posee un identificador digital único que los servicios de salud utilizan de forma habitual en todos los establecimientos y sistemas.
gdhm-i21-guidance = Determine qué identificador se utiliza en el ámbito de la salud, como el número nacional de identidad, un número de seguro de salud o un identificador de salud específico, y averigüe la proporción de la población inscrita. Consulte a la autoridad de registro civil e identificación, al organismo de seguro de salud y a la unidad de salud digital, y tome nota de cómo se atiende a las personas sin documentos de identidad.
gdhm-i21-evidence-1 = Estadísticas de inscripción de la autoridad de identificación o del identificador de salud
gdhm-i21-evidence-2 = Política o reglamento sobre el uso de identificadores en los servicios de salud
gdhm-i21-evidence-3 = Informe sobre el registro de los identificadores en los establecimientos de salud
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21-s1-a1 = Acordar con el ministerio de salud el uso en los servicios de salud del número nacional de identidad o de un identificador de salud derivado de él.
gdhm-i21-s1-a1-monitor = Memorando de entendimiento o decisión conjunta firmados
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21-s1-a2 = Definir las normas de identificación de las personas en los servicios de salud, con garantías para que a nadie se le niegue la atención por carecer de identificador.
gdhm-i21-s1-a2-monitor = Política de identificación para los servicios de salud adoptada
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21-s2-a1 = Llevar a cabo campañas de inscripción en los establecimientos de salud, vinculadas al registro de nacimientos y a las consultas de vacunación, para ampliar la cobertura del identificador.
gdhm-i21-s2-a1-monitor = Número de personas inscritas mediante las campañas en los establecimientos de salud; proporción de la población que posee un identificador
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-dhu
gdhm-i21-s2-a2 = Añadir el identificador a los formularios de registro y a los estándares de datos de los sistemas prioritarios de información de salud.
gdhm-i21-s2-a2-monitor = Número de sistemas prioritarios que registran el identificador
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21-s3-a1 = Ofrecer un servicio de verificación seguro que los establecimientos de salud puedan consultar, en línea o sin conexión, para confirmar el identificador de una persona.
gdhm-i21-s3-a1-monitor = Número de establecimientos que utilizan el servicio de verificación; número de verificaciones por mes
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-dhu
gdhm-i21-s3-a2 = Implantar en todos los establecimientos de salud públicos del país herramientas para captar y verificar el identificador.
gdhm-i21-s3-a2-monitor = Proporción de establecimientos de salud públicos que registran el identificador en el momento del registro de los pacientes
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21-s4-a1 = Lograr la inscripción universal, incluidos los grupos remotos y marginados, mediante equipos móviles de registro y la inscripción al nacer.
gdhm-i21-s4-a1-monitor = Proporción de la población que posee un identificador, por región y sexo
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21-s4-a2 = Utilizar el identificador de forma habitual para la continuidad de la atención, el seguro de salud y las estadísticas de servicios, con garantías de privacidad auditadas periódicamente.
gdhm-i21-s4-a2-monitor = Proporción de los contactos con pacientes registrados con un identificador verificado; número de auditorías de privacidad realizadas

## Indicator 21a (sub-indicator of 21; scale bands:coverage)
gdhm-i21a-title = Índice maestro de pacientes
gdhm-i21a-question = ¿Qué proporción de la población está registrada en un índice maestro de pacientes que vincula los registros de cada persona entre los establecimientos y los sistemas de salud?
gdhm-i21a-phase-1 = No existe ningún índice maestro de pacientes; cada establecimiento o sistema utiliza sus propios números de paciente y los registros de una misma persona no pueden vincularse.
gdhm-i21a-phase-2 = Menos del 25 % de la población está registrada en un índice maestro de pacientes, por lo general en un número limitado de establecimientos o programas.
gdhm-i21a-phase-3 = Del 25 % al 50 % de la población está registrada en un índice maestro de pacientes conectado a varios sistemas prioritarios.
gdhm-i21a-phase-4 = Del 50 % al 75 % de la población está registrada en un índice maestro de pacientes, y se da seguimiento a los registros duplicados y se resuelven.
gdhm-i21a-phase-5 = Más del 75 % de la población está registrada en un índice maestro de pacientes utilizado en los establecimientos públicos y privados.
gdhm-i21a-guidance = Compruebe si funciona un índice maestro de pacientes, también denominado registro de usuarios, cuántas personas únicas contiene en comparación con la población y cómo se resuelven los registros duplicados. Consulte a la unidad de salud digital y a los equipos que gestionan los principales sistemas clínicos y de programas.
gdhm-i21a-evidence-1 = Estadísticas del índice maestro de pacientes sobre las personas únicas registradas
gdhm-i21a-evidence-2 = Documentación técnica del índice y de sus reglas de correspondencia de registros
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21a-s1-a1 = Definir las funciones, las reglas de correspondencia de registros y los elementos de datos de un índice maestro nacional de pacientes como parte de la arquitectura de salud digital.
gdhm-i21a-s1-a1-monitor = Especificación del índice maestro de pacientes aprobada
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i21a-s2-a1 = Implantar el índice maestro de pacientes y conectar los primeros sistemas prioritarios, como los registros de inmunización o de salud materna.
gdhm-i21a-s2-a1-monitor = Número de sistemas conectados; número de personas únicas registradas en el índice
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21a-s3-a1 = Conectar los hospitales y los sistemas prioritarios restantes al índice, y crear un equipo de calidad de los datos para resolver los registros duplicados.
gdhm-i21a-s3-a1-monitor = Proporción de la población registrada en el índice; proporción de registros duplicados
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i21a-s4-a1 = Extender el índice a todos los establecimientos públicos y privados y vincularlo al sistema nacional de identidad, con un financiamiento sostenido para su funcionamiento.
gdhm-i21a-s4-a1-monitor = Proporción de la población registrada en el índice; proporción de establecimientos conectados a él

## Indicator 21b (sub-indicator of 21; scale bands:coverage)
gdhm-i21b-title = Registro de nacimientos
gdhm-i21b-question = ¿Qué proporción de los nacimientos se inscribe en el sistema de registro civil?
gdhm-i21b-phase-1 = El registro de nacimientos no está en funcionamiento y no se inscribe ningún nacimiento en un sistema de registro civil.
gdhm-i21b-phase-2 = Se inscribe menos del 25 % de los nacimientos, principalmente en papel y a menudo mucho tiempo después del nacimiento.
gdhm-i21b-phase-3 = Se inscribe del 25 % al 50 % de los nacimientos, y algunos establecimientos de salud notifican los nacimientos a la oficina del registro civil.
gdhm-i21b-phase-4 = Se inscribe del 50 % al 75 % de los nacimientos, y la mayoría de los nacimientos ocurridos en establecimientos de salud se notifican al registro civil.
gdhm-i21b-phase-5 = Se inscribe más del 75 % de los nacimientos, en su mayoría en formato digital y mediante notificación de los establecimientos de salud.
gdhm-i21b-guidance = Utilice la estimación oficial más reciente de la exhaustividad del registro de nacimientos procedente de la autoridad de registro civil o de la oficina nacional de estadística, y anote su año. Pregunte también si los nacimientos ocurridos en los establecimientos de salud se notifican electrónicamente al registro civil.
gdhm-i21b-evidence-1 = Estadísticas del registro civil sobre los nacimientos inscritos y la exhaustividad del registro
gdhm-i21b-evidence-2 = Estimación del registro de nacimientos procedente de una encuesta de hogares
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21b-s1-a1 = Abrir puntos de registro de nacimientos en los servicios de maternidad para que los nacimientos puedan inscribirse en el lugar donde se producen.
gdhm-i21b-s1-a1-monitor = Número de servicios de maternidad con un punto de registro de nacimientos
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21b-s2-a1 = Introducir la notificación electrónica de los nacimientos desde los establecimientos de salud al sistema de registro civil.
gdhm-i21b-s2-a1-monitor = Proporción de los nacimientos ocurridos en establecimientos de salud notificados electrónicamente al registro civil
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21b-s3-a1 = Extender el registro digital al nivel comunitario, con agentes de salud comunitarios y registradores civiles locales que notifiquen los nacimientos ocurridos fuera de los establecimientos.
gdhm-i21b-s3-a1-monitor = Proporción de los nacimientos inscritos dentro del plazo legal
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21b-s4-a1 = Completar la digitalización del registro de nacimientos en todo el país, incluidos los registros anteriores, y vincularlo al sistema nacional de identidad.
gdhm-i21b-s4-a1-monitor = Proporción de los nacimientos inscritos; proporción de los registros históricos de nacimientos digitalizados

## Indicator 21c (sub-indicator of 21; scale bands:coverage)
gdhm-i21c-title = Registro de defunciones
gdhm-i21c-question = ¿Qué proporción de las defunciones se inscribe en el sistema de registro civil?
gdhm-i21c-phase-1 = El registro de defunciones no está en funcionamiento y no se inscribe ninguna defunción en un sistema de registro civil.
gdhm-i21c-phase-2 = Se inscribe menos del 25 % de las defunciones, y la causa de la defunción rara vez se registra.
gdhm-i21c-phase-3 = Se inscribe del 25 % al 50 % de las defunciones, principalmente las que se producen en los establecimientos de salud.
gdhm-i21c-phase-4 = Se inscribe del 50 % al 75 % de las defunciones, con una causa certificada médicamente para muchas de las defunciones ocurridas en establecimientos de salud.
gdhm-i21c-phase-5 = Se inscribe más del 75 % de las defunciones, con registros digitales y causas de defunción certificadas que se utilizan para las estadísticas nacionales de salud.
gdhm-i21c-guidance = Utilice la estimación oficial más reciente de la exhaustividad del registro de defunciones procedente de la autoridad de registro civil o de la oficina nacional de estadística, y anote su año. Pregunte si las defunciones ocurridas en los establecimientos se certifican con una causa de defunción codificada y se notifican electrónicamente, y cómo se captan las defunciones ocurridas en la comunidad.
gdhm-i21c-evidence-1 = Estadísticas del registro civil sobre las defunciones inscritas y la exhaustividad del registro
gdhm-i21c-evidence-2 = Informe de estadísticas vitales sobre la mortalidad por causa de defunción
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21c-s1-a1 = Designar puntos focales y establecer un procedimiento sencillo para notificar al registro civil las defunciones que se producen en los hospitales y los centros de salud.
gdhm-i21c-s1-a1-monitor = Número de establecimientos de salud con un punto focal designado para la notificación de defunciones
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21c-s2-a1 = Introducir la notificación electrónica de las defunciones desde los hospitales, incluido el certificado médico de causa de defunción.
gdhm-i21c-s2-a1-monitor = Proporción de las defunciones ocurridas en establecimientos de salud notificadas electrónicamente al registro civil
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21c-s3-a1 = Establecer la notificación comunitaria de las defunciones a través de los líderes locales y el personal de salud, con autopsia verbal cuando ningún médico certifique la defunción.
gdhm-i21c-s3-a1-monitor = Proporción de las defunciones estimadas que se inscriben; número de defunciones comunitarias notificadas
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21c-s4-a1 = Digitalizar el registro de defunciones en todo el país y elaborar estadísticas vitales anuales sobre la mortalidad y las causas de defunción.
gdhm-i21c-s4-a1-monitor = Proporción de las defunciones inscritas; informe anual de estadísticas vitales publicado

## Indicator 22 (scored indicator; scale phases)
gdhm-i22-title = Sistemas seguros de opinión de los pacientes
gdhm-i22-question = ¿Existen canales digitales seguros a través de los cuales los pacientes puedan expresar su opinión sobre los servicios de salud, y se adoptan medidas en respuesta a esas opiniones?
gdhm-i22-phase-1 = No existe ningún canal digital para que los pacientes expresen su opinión sobre los servicios de salud, o las opiniones se recogen de manera informal y no se registran.
gdhm-i22-phase-2 = Se ha establecido o dispuesto un canal digital de opinión, como una línea telefónica de atención, un servicio de mensajes de texto o un formulario web, pero es poco conocido, abarca pocos establecimientos o no protege los datos personales.
gdhm-i22-phase-3 = Los canales seguros de opinión funcionan en muchos establecimientos, y las opiniones se recogen y examinan periódicamente con los directores de establecimientos y los grupos de pacientes.
gdhm-i22-phase-4 = El ministerio gestiona un sistema nacional de opinión de los pacientes con garantías de protección de datos; las opiniones se analizan, se da seguimiento a las respuestas y los resultados se comunican a la dirección.
gdhm-i22-phase-5 = La opinión de los pacientes es una parte institucionalizada de la gestión de la calidad, con financiamiento sostenido, publicación de los resultados y pruebas de que los servicios cambian en respuesta.
gdhm-i22-guidance = Compruebe qué canales existen, como una línea telefónica de atención, mensajes de texto, una aplicación móvil o un formulario web, cuántos establecimientos abarcan, cómo se protegen los datos personales y qué ocurre con las reclamaciones. Consulte al departamento de calidad de la atención, a la unidad de salud digital y a las organizaciones de pacientes o de la sociedad civil.
gdhm-i22-evidence-1 = Descripción del sistema de opinión de los pacientes y de sus medidas de protección de datos
gdhm-i22-evidence-2 = Informe periódico sobre las opiniones recibidas y las medidas adoptadas
gdhm-i22-evidence-3 = Evaluación del sistema de opinión por parte de organizaciones de pacientes o comunitarias
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i22-s1-a1 = Designar una unidad responsable y diseñar un canal digital seguro de opinión, con normas sobre la confidencialidad y la tramitación de las reclamaciones.
gdhm-i22-s1-a1-monitor = Procedimiento de recogida de opiniones adoptado; unidad responsable designada
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible civil-society
gdhm-i22-s1-a2 = Consultar a las organizaciones de pacientes y comunitarias sobre los canales de opinión que las personas consideran fiables y pueden utilizar, incluidas las personas con discapacidad o con alfabetización limitada.
gdhm-i22-s1-a2-monitor = Número de consultas realizadas; informe de la consulta comunicado al ministerio
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i22-s2-a1 = Poner en marcha el canal de opinión en distritos piloto, con una herramienta de seguimiento de casos y plazos de respuesta previstos.
gdhm-i22-s2-a1-monitor = Número de establecimientos abarcados; proporción de casos de opinión cerrados dentro del plazo previsto
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible civil-society
gdhm-i22-s2-a2 = Dar a conocer el canal de opinión al público a través de las redes comunitarias y de avisos en los establecimientos de salud.
gdhm-i22-s2-a2-monitor = Número de sesiones de sensibilización realizadas; número de opiniones recibidas por mes
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i22-s3-a1 = Extender el sistema de opinión a todos los establecimientos de salud públicos e incluir sus resultados en los exámenes de la calidad de la atención.
gdhm-i22-s3-a1-monitor = Proporción de establecimientos de salud públicos abarcados; número de exámenes de la calidad en los que se utilizaron los datos de opinión
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible civil-society
gdhm-i22-s3-a2 = Realizar tarjetas de puntuación comunitarias o encuestas independientes junto con el canal digital para comprobar que las opiniones reflejan la experiencia de todos los grupos de población.
gdhm-i22-s3-a2-monitor = Número de evaluaciones independientes realizadas, con resultados desglosados por sexo, edad y región
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i22-s4-a1 = Integrar la opinión de los pacientes en el sistema nacional de gestión de la calidad y del desempeño, con financiamiento sostenido y un informe público anual.
gdhm-i22-s4-a1-monitor = Informe público anual sobre la opinión de los pacientes publicado; partida presupuestaria para el sistema de opinión asignada
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible civil-society
gdhm-i22-s4-a2 = Establecer con el ministerio un mecanismo conjunto de supervisión que dé seguimiento a la forma en que los servicios responden a la opinión de los pacientes.
gdhm-i22-s4-a2-monitor = Número de reuniones conjuntas de supervisión celebradas; proporción de las medidas de seguimiento acordadas que se han completado

## Indicator 23 (scored indicator; scale phases)
gdhm-i23-title = Salud digital para la gestión de la salud de la población
gdhm-i23-question = ¿Se utilizan los datos de los sistemas de salud digital para planificar, dar seguimiento y gestionar la salud de la población?
gdhm-i23-phase-1 = Los datos de los sistemas de salud digital no se utilizan para la planificación de la salud de la población ni para la vigilancia; las decisiones se basan en encuestas o estimaciones.
gdhm-i23-phase-2 = Algunos datos digitales se utilizan para informes o para la vigilancia, pero su uso es ocasional, se limita a algunos programas y no es obligatorio formalmente.
gdhm-i23-phase-3 = Los datos digitales se utilizan periódicamente con los programas y los distritos para dar seguimiento a la cobertura de los servicios, detectar brotes y orientar los servicios hacia los grupos en riesgo.
gdhm-i23-phase-4 = El ministerio dirige el uso habitual de los datos digitales para la gestión de la salud de la población, con tableros de control, personal de análisis y procesos de decisión definidos cuyo uso se supervisa.
gdhm-i23-phase-5 = La gestión de la salud de la población basada en datos digitales está institucionalizada: los datos nutren la planificación, la presupuestación, la vigilancia y la evaluación en todos los niveles, con una capacidad analítica sostenida.
gdhm-i23-guidance = Busque casos concretos en los que los datos digitales hayan modificado una decisión, como la respuesta a un brote, la focalización de los servicios de extensión, la asignación de recursos o el examen de un programa. Consulte a los departamentos de planificación y de vigilancia, a los gestores de programas, a los equipos de salud de distrito y al equipo del HMIS.
gdhm-i23-evidence-1 = Examen o plan del sector de la salud que cita datos de los sistemas digitales
gdhm-i23-evidence-2 = Informes de vigilancia o de tableros de control utilizados en las reuniones de gestión
gdhm-i23-evidence-3 = Actas de decisiones basadas en datos de salud digital
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i23-s1-a1 = Determinar las preguntas sobre la salud de la población a las que pueden responder los sistemas digitales existentes y elaborar un primer conjunto de análisis periódicos para los responsables de la toma de decisiones.
gdhm-i23-s1-a1-monitor = Número de productos analíticos periódicos publicados
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-planning
gdhm-i23-s1-a2 = Definir los indicadores procedentes de los sistemas digitales que los planes de salud nacionales y de distrito utilizarán para dar seguimiento a la salud de la población.
gdhm-i23-s1-a2-monitor = Lista de indicadores adoptada en las directrices de planificación sanitaria
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i23-s2-a1 = Crear tableros de control para los programas prioritarios y los distritos que se nutran de los datos de los sistemas y los registros nacionales.
gdhm-i23-s2-a1-monitor = Número de tableros de control en uso; número de distritos con acceso a ellos
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible moh-planning
gdhm-i23-s2-a2 = Programar reuniones periódicas de examen de datos a nivel nacional y de distrito en las que los datos digitales fundamenten las decisiones.
gdhm-i23-s2-a2-monitor = Proporción de distritos que celebran una reunión de examen de datos cada trimestre
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i23-s3-a1 = Fortalecer la capacidad analítica en el ministerio y en los distritos, incluida la estratificación del riesgo para determinar los grupos de población que necesitan servicios focalizados.
gdhm-i23-s3-a1-monitor = Número de personas capacitadas en análisis de datos; número de intervenciones focalizadas basadas en los análisis
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible moh-planning
gdhm-i23-s3-a2 = Vincular los datos de salud digital con los datos censales, del registro civil y de encuestas para apoyar una asignación equitativa de los recursos.
gdhm-i23-s3-a2-monitor = Fórmula de asignación de recursos basada en datos vinculados adoptada; número de fuentes de datos vinculadas
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i23-s4-a1 = Establecer una función nacional permanente de análisis de datos de salud, con una plataforma de datos segura, personal dedicado y financiamiento, al servicio de todos los programas y niveles.
gdhm-i23-s4-a1-monitor = Función de análisis establecida con personal en funciones; número de solicitudes de análisis atendidas por año
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible moh-planning
gdhm-i23-s4-a2 = Exigir que los planes y presupuestos de salud nacionales y subnacionales se basen en la evidencia procedente de los datos de salud digital, y examinar su cumplimiento cada año.
gdhm-i23-s4-a2-monitor = Proporción de los planes de salud de distrito que citan datos de salud digital; examen anual del cumplimiento realizado
