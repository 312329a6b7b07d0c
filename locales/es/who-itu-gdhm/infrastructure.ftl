# infrastructure: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 17 (scored indicator; scale bands:index-score)
gdhm-i17-title = Preparación de las redes para la salud digital
gdhm-i17-question = ¿Qué grado de preparación tiene la infraestructura nacional de redes para la salud digital, según la puntuación del país en un índice compuesto de conectividad de 0–100?
gdhm-i17-phase-1 = El país obtiene menos de 20 en el índice compuesto de conectividad de 0–100; las redes llegan solo a una pequeña parte del país y los establecimientos de salud rara vez disponen de una conexión utilizable.
gdhm-i17-phase-2 = El país obtiene de 20 a 40 en el índice compuesto de conectividad de 0–100; la cobertura está aumentando, pero sigue siendo limitada y costosa fuera de las principales ciudades.
gdhm-i17-phase-3 = El país obtiene de 40 a 60 en el índice compuesto de conectividad de 0–100; la mayoría de las zonas urbanas y muchas cabeceras de distrito cuentan con conexiones fiables, aunque persisten carencias en las zonas rurales.
gdhm-i17-phase-4 = El país obtiene de 60 a 80 en el índice compuesto de conectividad de 0–100; la banda ancha y los datos móviles asequibles están disponibles en la mayor parte del país, incluidos muchos establecimientos rurales.
gdhm-i17-phase-5 = El país obtiene de 80 a 100 en el índice compuesto de conectividad de 0–100; se dispone de una conectividad rápida, fiable y asequible en todo el territorio nacional, que sustenta los servicios de salud en línea en todos los niveles.
gdhm-i17-guidance = Utilice la puntuación más reciente publicada para el país en el índice compuesto de conectividad externo al que remite el marco, y registre su fuente y su año. Consulte al ministerio de TIC o al organismo regulador de las telecomunicaciones, y compare la puntuación con la situación real de conexión de los establecimientos de salud que comunica la unidad de salud digital.
gdhm-i17-evidence-1 = Puntuación más reciente publicada para el país en el índice compuesto de conectividad, con su año
gdhm-i17-evidence-2 = Informe nacional sobre banda ancha o conectividad del ministerio de TIC o del organismo regulador
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible ict-ministry
gdhm-i17-s1-a1 = Cartografiar la cobertura de las redes y la situación de conexión de los establecimientos de salud públicos, conjuntamente con el ministerio de salud, para determinar las zonas menos conectadas.
gdhm-i17-s1-a1-monitor = Mapa de conectividad de los establecimientos publicado; proporción de establecimientos de salud públicos cuya situación de conexión se conoce
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible finance
gdhm-i17-s1-a2 = Determinar las fuentes de financiamiento para conectar los establecimientos de salud públicos, como el fondo de servicio universal, e incorporarlas en el marco presupuestario de mediano plazo.
gdhm-i17-s1-a2-monitor = Número de fuentes de financiamiento determinadas e incorporadas en el marco presupuestario de mediano plazo
# step 2->3, action line 'connectivity', timeframe short, cost medium, responsible ict-ministry
gdhm-i17-s2-a1 = Negociar con los operadores de redes tarifas de conectividad preferenciales para los establecimientos de salud públicos.
gdhm-i17-s2-a1-monitor = Acuerdo tarifario firmado; número de establecimientos de salud públicos que se benefician de él
# step 2->3, action line 'connectivity', timeframe medium, cost low, responsible finance
gdhm-i17-s2-a2 = Crear una partida específica en el presupuesto de salud para los gastos de conectividad de los establecimientos de salud públicos.
gdhm-i17-s2-a2-monitor = Partida presupuestaria específica incluida en el presupuesto anual aprobado; proporción de la asignación ejecutada
# step 3->4, action line 'connectivity', timeframe medium, cost medium, responsible ict-ministry
gdhm-i17-s3-a1 = Extender la red troncal nacional y las redes de última milla a los hospitales de distrito y los centros de salud de las zonas desatendidas.
gdhm-i17-s3-a1-monitor = Número de establecimientos de salud públicos adicionales conectados a la banda ancha durante el año
# step 3->4, action line 'connectivity', timeframe medium, cost high, responsible finance
gdhm-i17-s3-a2 = Financiar un programa plurianual de inversión en conectividad para las regiones desatendidas, mediante el fondo de servicio universal o asociaciones público-privadas.
gdhm-i17-s3-a2-monitor = Monto comprometido y desembolsado en el marco del programa; número de distritos alcanzados
# step 4->5, action line 'connectivity', timeframe long, cost high, responsible ict-ministry
gdhm-i17-s4-a1 = Completar la cobertura nacional de redes de alta velocidad, con enlaces redundantes y niveles de servicio garantizados para los establecimientos de salud y los servicios de emergencia.
gdhm-i17-s4-a1-monitor = Proporción de la población cubierta por banda ancha de alta velocidad; puntuación del país en el índice compuesto de conectividad
# step 4->5, action line 'connectivity', timeframe medium, cost medium, responsible finance
gdhm-i17-s4-a2 = Asegurar en el presupuesto anual un financiamiento recurrente para los costos de funcionamiento de la conectividad de los establecimientos de salud.
gdhm-i17-s4-a2-monitor = Proporción de los costos de funcionamiento de la conectividad de los establecimientos cubierta por el presupuesto ordinario

## Indicator 18 (scored indicator; scale phases)
gdhm-i18-title = Plan de mantenimiento de equipos y programas informáticos
gdhm-i18-question = ¿Existe un plan financiado para suministrar, mantener y reemplazar los equipos digitales y los programas informáticos utilizados en los establecimientos de salud públicos?
gdhm-i18-phase-1 = No existe ningún plan para el suministro o el mantenimiento de los equipos digitales y los programas informáticos; los establecimientos dependen de donaciones puntuales y los equipos rara vez se reparan o reemplazan.
gdhm-i18-phase-2 = Se ha redactado o aprobado un plan, pero no está financiado ni se aplica de manera sistemática, y el mantenimiento solo se realiza cuando los equipos se averían.
gdhm-i18-phase-3 = El plan está en uso: se evalúan las necesidades de equipos, se llevan inventarios y el mantenimiento se organiza periódicamente con los asociados y los proveedores.
gdhm-i18-phase-4 = El gobierno dirige y financia el plan, y se da seguimiento a los registros de activos, los contratos de mantenimiento y los ciclos de reemplazo en todos los establecimientos públicos.
gdhm-i18-phase-5 = El suministro y el mantenimiento de los equipos y los programas informáticos están institucionalizados, con un presupuesto ordinario, una gestión que abarca todo el ciclo de vida de los equipos, especificaciones normalizadas y apoyo técnico en todos los niveles.
gdhm-i18-guidance = Compruebe si existe un plan de equipos y programas informáticos, si está costeado y financiado, y si se lleva un registro de activos actualizado. Consulte a la unidad de salud digital, a los departamentos de finanzas y de adquisiciones, a los gestores de salud de distrito y a los principales donantes.
gdhm-i18-evidence-1 = Plan aprobado y costeado para el suministro y el mantenimiento de equipos y programas informáticos
gdhm-i18-evidence-2 = Registro de activos de los equipos digitales de los establecimientos de salud públicos
gdhm-i18-evidence-3 = Contratos de mantenimiento o informes de servicio técnico
# step 1->2, action line 'equipment', timeframe short, cost low, responsible moh-dhu
gdhm-i18-s1-a1 = Realizar un estudio de los equipos digitales, las licencias de programas informáticos y el suministro eléctrico disponibles en los establecimientos de salud públicos.
gdhm-i18-s1-a1-monitor = Informe del estudio publicado; proporción de establecimientos de salud públicos incluidos en el estudio
# step 1->2, action line 'equipment', timeframe short, cost low, responsible finance
gdhm-i18-s1-a2 = Estimar el costo de suministrar y mantener un conjunto mínimo de equipos digitales en los establecimientos de salud públicos, como base para las deliberaciones presupuestarias.
gdhm-i18-s1-a2-monitor = Nota de estimación de costos elaborada y presentada al comité de presupuesto
# step 2->3, action line 'equipment', timeframe short, cost medium, responsible moh-dhu
gdhm-i18-s2-a1 = Adoptar normas mínimas de equipamiento para cada nivel de establecimiento y crear un registro de activos que los distritos mantengan actualizado.
gdhm-i18-s2-a1-monitor = Normas mínimas adoptadas; proporción de establecimientos de salud públicos inscritos en el registro de activos
# step 2->3, action line 'equipment', timeframe medium, cost low, responsible finance
gdhm-i18-s2-a2 = Armonizar las compras de equipos digitales del gobierno y de los asociados con el plan nacional mediante un marco de financiamiento conjunto.
gdhm-i18-s2-a2-monitor = Marco de financiamiento conjunto firmado; proporción del gasto en equipos canalizada a través del plan
# step 3->4, action line 'equipment', timeframe medium, cost medium, responsible moh-dhu
gdhm-i18-s3-a1 = Crear un servicio escalonado de mantenimiento y apoyo técnico, con centros regionales de apoyo y plazos de reparación previstos.
gdhm-i18-s3-a1-monitor = Proporción de averías de equipos notificadas que se reparan dentro del plazo previsto
# step 3->4, action line 'equipment', timeframe medium, cost high, responsible finance
gdhm-i18-s3-a2 = Financiar un programa plurianual para dotar a todos los establecimientos de salud públicos del equipamiento mínimo normalizado, incluido el suministro eléctrico de respaldo.
gdhm-i18-s3-a2-monitor = Proporción de establecimientos de salud públicos que cumplen la norma mínima de equipamiento
# step 4->5, action line 'equipment', timeframe long, cost high, responsible moh-dhu
gdhm-i18-s4-a1 = Implantar la gestión de los equipos digitales y los programas informáticos durante todo su ciclo de vida, con reemplazo planificado, renovación de licencias y eliminación segura.
gdhm-i18-s4-a1-monitor = Proporción de dispositivos reemplazados dentro de su ciclo de vida previsto; proporción de licencias de programas informáticos vigentes
# step 4->5, action line 'equipment', timeframe medium, cost medium, responsible finance
gdhm-i18-s4-a2 = Convertir el mantenimiento y el reemplazo de los equipos digitales en una partida presupuestaria ordinaria protegida frente a los recortes durante el ejercicio.
gdhm-i18-s4-a2-monitor = Asignación ordinaria para el mantenimiento y el reemplazo de equipos en el presupuesto aprobado; tasa de ejecución de esa asignación
