# standards-interoperability: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 15 (scored indicator; scale phases)
gdhm-i15-title = Arquitectura de salud digital e intercambio de información
gdhm-i15-question = ¿Ha adoptado el país una arquitectura nacional de salud digital y existe una plataforma de intercambio de información de salud que permita a los sistemas compartir datos entre sí?
gdhm-i15-phase-1 = No se ha definido ninguna arquitectura nacional de salud digital, y los sistemas de información de salud comparten datos, si acaso, solo mediante transferencias manuales o conexiones aisladas entre dos sistemas.
gdhm-i15-phase-2 = Se ha redactado o aprobado formalmente una arquitectura nacional o un esquema de intercambio, pero pocos sistemas lo siguen y todavía no funciona ningún servicio de intercambio compartido.
gdhm-i15-phase-3 = La arquitectura está adoptada y orienta las nuevas inversiones; los servicios de intercambio compartidos conectan varios sistemas prioritarios, y los principales asociados en la ejecución participan en su uso y revisión.
gdhm-i15-phase-4 = El ministerio de salud dirige y mantiene la arquitectura; la plataforma de intercambio de información de salud funciona a escala nacional, la mayoría de los sistemas prioritarios comparten datos a través de ella, y se da seguimiento a su uso y su desempeño.
gdhm-i15-phase-5 = La arquitectura y la plataforma de intercambio están institucionalizadas, con un presupuesto ordinario, un equipo de operación permanente y revisiones periódicas, y la conexión a ellas es obligatoria para todo nuevo sistema de información de salud.
gdhm-i15-guidance = Busque un documento de arquitectura aprobado por el ministerio y compruebe qué sistemas intercambian realmente datos a través de servicios compartidos y no mediante conexiones directas independientes. Consulte a la unidad de salud digital, al equipo del sistema de información para la gestión de la salud (HMIS), al ministerio de TIC y a los principales asociados en la ejecución.
gdhm-i15-evidence-1 = Documento de arquitectura nacional de salud digital aprobado
gdhm-i15-evidence-2 = Inventario de los sistemas conectados a la plataforma de intercambio de información de salud
gdhm-i15-evidence-3 = Informes de funcionamiento o de desempeño de los servicios de intercambio
# step 1->2, action line 'architecture', timeframe short, cost low, responsible moh-dhu
gdhm-i15-s1-a1 = Convocar un grupo de trabajo técnico que redacte una arquitectura nacional de salud digital en la que se describan los sistemas básicos, los registros compartidos y los flujos de datos entre ellos.
gdhm-i15-s1-a1-monitor = Proyecto de documento de arquitectura presentado al ministerio para su aprobación; número de reuniones celebradas por el grupo de trabajo
# step 1->2, action line 'architecture', timeframe short, cost low, responsible ict-ministry
gdhm-i15-s1-a2 = Armonizar el proyecto de arquitectura de salud con la arquitectura empresarial y el marco de interoperabilidad del conjunto de la administración pública, y determinar los componentes comunes de la administración que el sector de la salud puede reutilizar.
gdhm-i15-s1-a2-monitor = Examen de armonización finalizado y documentado, con una lista de los componentes reutilizables de la administración
# step 2->3, action line 'architecture', timeframe short, cost medium, responsible moh-dhu
gdhm-i15-s2-a1 = Inventariar todos los sistemas de información de salud en uso y sus intercambios de datos, y seleccionar los sistemas prioritarios que se conectarán primero mediante servicios de intercambio compartidos.
gdhm-i15-s2-a1-monitor = Inventario de sistemas publicado; número de sistemas prioritarios seleccionados para su conexión
# step 2->3, action line 'architecture', timeframe medium, cost low, responsible ict-ministry
gdhm-i15-s2-a2 = Acordar un arreglo de servicio en virtud del cual el centro de datos del gobierno y la plataforma de interoperabilidad alojen la plataforma de intercambio de información de salud.
gdhm-i15-s2-a2-monitor = Acuerdo de alojamiento o de servicio firmado y en vigor
# step 3->4, action line 'architecture', timeframe medium, cost medium, responsible moh-dhu
gdhm-i15-s3-a1 = Establecer un proceso permanente de revisión de la arquitectura que verifique, antes de su aprobación, la conformidad con la arquitectura nacional de toda propuesta de sistema de información de salud nuevo o mejorado.
gdhm-i15-s3-a1-monitor = Proporción de propuestas de nuevos sistemas cuya conformidad con la arquitectura se verificó durante el año
# step 3->4, action line 'architecture', timeframe medium, cost high, responsible ict-ministry
gdhm-i15-s3-a2 = Ampliar la infraestructura de la plataforma de intercambio de información de salud hasta alcanzar capacidad nacional, con redundancia, vigilancia de la seguridad y recuperación en caso de desastre.
gdhm-i15-s3-a2-monitor = Número de sistemas prioritarios que intercambian datos a través de la plataforma; disponibilidad de la plataforma a lo largo del año, en %
# step 4->5, action line 'architecture', timeframe long, cost high, responsible moh-dhu
gdhm-i15-s4-a1 = Hacer obligatoria la conexión a la plataforma de intercambio de información de salud para todos los sistemas de información de salud públicos y privados, y financiar su funcionamiento con cargo al presupuesto ordinario de salud.
gdhm-i15-s4-a1-monitor = Proporción de sistemas de información de salud autorizados que están conectados a la plataforma; partida presupuestaria ordinaria para la plataforma en el presupuesto de salud aprobado
# step 4->5, action line 'architecture', timeframe medium, cost medium, responsible ict-ministry
gdhm-i15-s4-a2 = Instituir un examen independiente periódico de la arquitectura de salud y de la plataforma de intercambio con respecto a las normas nacionales de gobierno electrónico, y publicar sus conclusiones.
gdhm-i15-s4-a2-monitor = Número de exámenes de la arquitectura realizados y publicados en el periodo

## Indicator 16 (scored indicator; scale phases)
gdhm-i16-title = Estándares de información de salud en uso
gdhm-i16-question = ¿Se han adoptado a escala nacional estándares para el contenido, la terminología y el intercambio de los datos de salud, y se aplican en los sistemas de información de salud en uso?
gdhm-i16-phase-1 = No se ha adoptado a escala nacional ningún estándar de información de salud; cada sistema utiliza sus propios códigos, formatos y definiciones de datos.
gdhm-i16-phase-2 = Se ha propuesto o aprobado formalmente una lista nacional de estándares, pero solo se aplica en unos pocos sistemas y no existe ningún proceso para mantenerla.
gdhm-i16-phase-3 = Los estándares aprobados de terminología, clasificación e intercambio de datos se aplican en varios sistemas prioritarios, y un comité de estándares se reúne periódicamente con los responsables de la implementación.
gdhm-i16-phase-4 = El gobierno dirige el mantenimiento de un catálogo nacional de estándares, se verifica la conformidad de los sistemas mediante pruebas y se da seguimiento a la adopción en los sistemas prioritarios.
gdhm-i16-phase-5 = El uso de los estándares está institucionalizado: la conformidad es una condición para la adquisición y el despliegue, el catálogo se actualiza según un ciclo establecido y el país participa en la labor internacional de normalización.
gdhm-i16-guidance = Pregunte qué estándares se han adoptado formalmente, por ejemplo clasificaciones de enfermedades como la CIE, terminologías clínicas y de laboratorio, y formatos de intercambio de datos como HL7 FHIR, y compruebe después si los sistemas en uso los aplican realmente. Consulte al organismo nacional de normalización, a la unidad de salud digital, al equipo del HMIS y a los proveedores de programas informáticos.
gdhm-i16-evidence-1 = Decreto o circular ministerial por el que se adoptan los estándares nacionales de datos de salud
gdhm-i16-evidence-2 = Catálogo nacional de estándares de información de salud
gdhm-i16-evidence-3 = Informes de pruebas de conformidad de los sistemas de información de salud
# step 1->2, action line 'standards', timeframe short, cost low, responsible standards-body
gdhm-i16-s1-a1 = Crear un comité técnico de estándares de informática de la salud, del que forme parte el ministerio de salud, para determinar los estándares que el país necesita en primer lugar.
gdhm-i16-s1-a1-monitor = Comité creado por decisión formal; número de reuniones celebradas durante el año
# step 1->2, action line 'standards', timeframe short, cost low, responsible moh-dhu
gdhm-i16-s1-a2 = Elaborar un inventario de los códigos, las clasificaciones y los formatos de datos utilizados por los sistemas de información de salud actuales, y proponer una primera lista de estándares nacionales.
gdhm-i16-s1-a2-monitor = Inventario finalizado; lista de estándares propuesta presentada al comité
# step 2->3, action line 'standards', timeframe short, cost medium, responsible standards-body
gdhm-i16-s2-a1 = Adoptar un primer conjunto nacional de estándares de información de salud, con adaptaciones nacionales cuando sea necesario, y publicarlo en un catálogo de acceso abierto.
gdhm-i16-s2-a1-monitor = Número de estándares adoptados formalmente e incluidos en el catálogo publicado
# step 2->3, action line 'standards', timeframe medium, cost low, responsible moh-dhu
gdhm-i16-s2-a2 = Exigir los estándares adoptados en los términos de referencia de todos los nuevos proyectos y actualizaciones de sistemas de información de salud.
gdhm-i16-s2-a2-monitor = Proporción de contratos o términos de referencia de nuevos sistemas que especifican los estándares nacionales
# step 3->4, action line 'standards', timeframe medium, cost medium, responsible standards-body
gdhm-i16-s3-a1 = Crear un servicio de pruebas de conformidad que verifique si los sistemas de información de salud aplican correctamente los estándares nacionales.
gdhm-i16-s3-a1-monitor = Número de sistemas sometidos a pruebas de conformidad durante el año; proporción de sistemas evaluados que las superaron
# step 3->4, action line 'standards', timeframe medium, cost high, responsible moh-dhu
gdhm-i16-s3-a2 = Actualizar los sistemas prioritarios existentes para que apliquen los estándares nacionales de terminología e intercambio, y capacitar a los equipos que los implementan.
gdhm-i16-s3-a2-monitor = Proporción de sistemas prioritarios que utilizan los estándares nacionales en su funcionamiento habitual
# step 4->5, action line 'standards', timeframe long, cost high, responsible standards-body
gdhm-i16-s4-a1 = Crear un programa nacional permanente de mantenimiento de los estándares de información de salud que abarque la gestión de versiones, las extensiones nacionales y la participación en las organizaciones internacionales de normalización.
gdhm-i16-s4-a1-monitor = Revisión del catálogo publicada en el plazo previsto; número de reuniones internacionales de normalización a las que asistieron representantes nacionales
# step 4->5, action line 'standards', timeframe medium, cost medium, responsible moh-dhu
gdhm-i16-s4-a2 = Hacer de la conformidad certificada con los estándares nacionales una condición para la adquisición, la autorización y el despliegue de cualquier sistema de información de salud.
gdhm-i16-s4-a2-monitor = Directiva adoptada; proporción de sistemas desplegados durante el año que cuentan con un certificado de conformidad
