# workforce: textos de los indicadores del marco who-itu-gdhm (traducción al español).

## Indicator 11 (scored indicator; scale phases)
gdhm-i11-title = Salud digital en la formación previa al servicio
gdhm-i11-question = ¿Forma parte la salud digital de la formación previa al servicio de los profesionales de la salud, como médicos, personal de enfermería, parteras y profesionales de salud afines?
gdhm-i11-phase-1 = La salud digital no se enseña en la formación previa al servicio de los profesionales de la salud, o solo mediante iniciativas aisladas de algunos docentes.
gdhm-i11-phase-2 = Existe un plan o una decisión de incluir la salud digital en los planes de estudios de la formación previa al servicio, pero todavía no se dispone de contenidos didácticos, docentes cualificados ni recursos.
gdhm-i11-phase-3 = Se imparten módulos de salud digital en varios programas de formación, definidos con las instituciones de formación y los colegios profesionales, aunque la cobertura varía entre escuelas y profesiones.
gdhm-i11-phase-4 = Las competencias en salud digital son un componente obligatorio de los planes de estudios acreditados de formación previa al servicio de las principales profesiones de la salud, y el gobierno da seguimiento a la forma en que se enseñan y se evalúan.
gdhm-i11-phase-5 = La salud digital forma parte permanente de todos los planes de estudios de formación previa al servicio en salud, que se actualizan periódicamente a medida que evolucionan las tecnologías, y las competencias digitales de los egresados se reconocen en la habilitación profesional o la acreditación.
gdhm-i11-guidance = Examine los planes de estudios de las escuelas de medicina, enfermería, partería y profesiones de salud afines, así como las normas de acreditación de las instituciones de formación. Pregunte al ministerio responsable de la educación superior, al departamento de recursos humanos del ministerio de salud, a los colegios profesionales y a los decanos qué programas incluyen la salud digital y cómo se evalúa.
gdhm-i11-evidence-1 = Plan de estudios acreditado que incluye un módulo de salud digital
gdhm-i11-evidence-2 = Normas de acreditación de las instituciones de formación en salud
gdhm-i11-evidence-3 = Lista de las instituciones de formación que enseñan salud digital
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible education
gdhm-i11-s1-a1 = Evaluar los planes de estudios actuales de las instituciones de formación en salud para determinar dónde existen contenidos de salud digital y dónde faltan.
gdhm-i11-s1-a1-monitor = Evaluación de los planes de estudios finalizada (sí/no) y número de programas de formación examinados
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible moh-hr
gdhm-i11-s1-a2 = Definir, con los colegios profesionales y los empleadores, las competencias básicas en salud digital que se esperan de los profesionales de la salud recién titulados.
gdhm-i11-s1-a2-monitor = Marco de competencias básicas en salud digital para los profesionales de la salud validado (sí/no)
# step 2->3, action line 'pre-service', timeframe short, cost medium, responsible education
gdhm-i11-s2-a1 = Elaborar módulos didácticos de salud digital basados en el marco de competencias y capacitar a un primer grupo de docentes para impartirlos.
gdhm-i11-s2-a1-monitor = Número de módulos de salud digital elaborados y número de docentes capacitados
# step 2->3, action line 'pre-service', timeframe medium, cost low, responsible moh-hr
gdhm-i11-s2-a2 = Incluir las competencias en salud digital en el plan nacional de fuerza laboral de salud y en las descripciones de puestos utilizadas para contratar a los nuevos egresados.
gdhm-i11-s2-a2-monitor = Competencias en salud digital incluidas en el plan de fuerza laboral (sí/no) y proporción de las descripciones de puestos de nivel inicial que hacen referencia a ellas
# step 3->4, action line 'pre-service', timeframe medium, cost medium, responsible education
gdhm-i11-s3-a1 = Hacer de los módulos de salud digital un componente obligatorio de los planes de estudios acreditados de medicina, enfermería, partería y las principales profesiones de salud afines.
gdhm-i11-s3-a1-monitor = Proporción de los programas acreditados de formación previa al servicio en salud que incluyen un módulo obligatorio de salud digital
# step 3->4, action line 'pre-service', timeframe medium, cost high, responsible moh-hr
gdhm-i11-s3-a2 = Dotar a las instituciones de formación y a los centros de prácticas clínicas de los sistemas de salud digital y los entornos de práctica que los estudiantes necesitan para el aprendizaje práctico.
gdhm-i11-s3-a2-monitor = Proporción de las instituciones de formación en salud que disponen de un entorno de práctica de salud digital operativo
# step 4->5, action line 'pre-service', timeframe long, cost high, responsible education
gdhm-i11-s4-a1 = Instituir un ciclo periódico de revisión de los planes de estudios y de perfeccionamiento de los docentes para que la enseñanza de la salud digital se mantenga actualizada, con financiamiento recurrente en el presupuesto de educación.
gdhm-i11-s4-a1-monitor = Número de ciclos de revisión de los planes de estudios finalizados en el plazo previsto y existencia de una partida presupuestaria recurrente para la enseñanza de la salud digital (sí/no)
# step 4->5, action line 'pre-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i11-s4-a2 = Colaborar con los colegios profesionales para incluir las competencias en salud digital en los exámenes de habilitación o en los requisitos de inscripción en el registro profesional de los nuevos profesionales de la salud.
gdhm-i11-s4-a2-monitor = Número de profesiones de la salud cuya habilitación o inscripción en el registro profesional evalúa las competencias en salud digital

## Indicator 12 (scored indicator; scale phases)
gdhm-i12-title = Salud digital en la formación en el servicio
gdhm-i12-question = ¿Forma parte la salud digital de la formación continua en el servicio que se ofrece al personal de salud en ejercicio?
gdhm-i12-phase-1 = El personal de salud en ejercicio no recibe ninguna formación estructurada en salud digital, aparte de breves instrucciones cuando se introduce un nuevo sistema.
gdhm-i12-phase-2 = Existe un plan o una política de formación en el servicio en salud digital, pero los cursos son escasos, ocasionales o dependen de proyectos concretos.
gdhm-i12-phase-3 = Se imparten periódicamente cursos de formación en el servicio en salud digital a varias categorías de personal, diseñados con las instituciones de formación, los programas de salud y los asociados, aunque no se llega a todas las regiones ni a todas las categorías.
gdhm-i12-phase-4 = La formación en salud digital forma parte del sistema nacional de desarrollo profesional continuo para todas las categorías principales, bajo la dirección y con el financiamiento del gobierno, y se da seguimiento a la participación y a los resultados.
gdhm-i12-phase-5 = La formación en el servicio en salud digital es una parte permanente y financiada de forma sostenible del desarrollo profesional continuo, se actualiza a medida que cambian los sistemas y se reconoce para la progresión profesional.
gdhm-i12-guidance = Examine el marco de desarrollo profesional continuo, los planes de formación y los registros de formación del ministerio de salud y de los programas de salud. Pregunte al departamento de recursos humanos, a las instituciones de formación y a los gestores de programas cuántos trabajadores de salud han recibido formación en salud digital y si esta se computa para el desarrollo profesional continuo.
gdhm-i12-evidence-1 = Marco nacional de desarrollo profesional continuo con contenidos de salud digital
gdhm-i12-evidence-2 = Plan anual de formación en el servicio e informes de formación
gdhm-i12-evidence-3 = Base de datos o registros de formación del personal de salud capacitado en salud digital
# step 1->2, action line 'in-service', timeframe short, cost low, responsible moh-hr
gdhm-i12-s1-a1 = Evaluar las necesidades de formación en salud digital del personal de salud en ejercicio, por categoría de personal y por nivel del sistema de salud.
gdhm-i12-s1-a1-monitor = Evaluación de las necesidades de formación finalizada (sí/no) y número de categorías de personal abarcadas
# step 1->2, action line 'in-service', timeframe short, cost low, responsible education
gdhm-i12-s1-a2 = Determinar las instituciones de formación capaces de impartir cursos de formación en el servicio en salud digital y los cursos existentes que podrían adaptarse con ese fin.
gdhm-i12-s1-a2-monitor = Lista de instituciones y de cursos adaptables para la formación en el servicio en salud digital elaborada (sí/no)
# step 2->3, action line 'in-service', timeframe short, cost medium, responsible moh-hr
gdhm-i12-s2-a1 = Adoptar un plan nacional de formación en el servicio en salud digital con planes de estudios normalizados por categoría de personal, que sustituya a las capacitaciones dispersas basadas en proyectos.
gdhm-i12-s2-a1-monitor = Plan de formación en el servicio en salud digital adoptado (sí/no) y número de planes de estudios normalizados aprobados
# step 2->3, action line 'in-service', timeframe medium, cost low, responsible education
gdhm-i12-s2-a2 = Acreditar los cursos de formación en el servicio en salud digital para que otorguen créditos de desarrollo profesional continuo.
gdhm-i12-s2-a2-monitor = Número de cursos de formación en el servicio en salud digital acreditados para obtener créditos de desarrollo profesional continuo
# step 3->4, action line 'in-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i12-s3-a1 = Hacer de la formación en salud digital un componente obligatorio del desarrollo profesional continuo de las categorías principales y registrar la participación en la base de datos nacional de formación.
gdhm-i12-s3-a1-monitor = Proporción del personal de salud en ejercicio que ha completado un curso acreditado de salud digital, por categoría de personal y región
# step 3->4, action line 'in-service', timeframe medium, cost high, responsible education
gdhm-i12-s3-a2 = Crear una plataforma de aprendizaje a distancia que funcione también sin conexión, y una red de formadores regionales, para impartir cursos de formación en el servicio en salud digital en todas las regiones.
gdhm-i12-s3-a2-monitor = Plataforma de aprendizaje a distancia en funcionamiento (sí/no), número de formadores regionales certificados y número de cursos completados por año
# step 4->5, action line 'in-service', timeframe long, cost high, responsible moh-hr
gdhm-i12-s4-a1 = Financiar la formación en el servicio en salud digital con cargo al presupuesto ordinario de salud y vincular la formación completada con los ascensos y la progresión profesional.
gdhm-i12-s4-a1-monitor = Existencia de una asignación presupuestaria ordinaria para la formación en el servicio en salud digital (sí/no) y número de categorías de personal cuyos criterios de ascenso la reconocen
# step 4->5, action line 'in-service', timeframe medium, cost medium, responsible education
gdhm-i12-s4-a2 = Revisar y actualizar los cursos de formación en el servicio en salud digital según un ciclo fijo y evaluar su efecto en la práctica del personal de salud.
gdhm-i12-s4-a2-monitor = Número de cursos revisados dentro del ciclo y número de evaluaciones de la formación publicadas

## Indicator 13 (scored indicator; scale phases)
gdhm-i13-title = Formación de especialistas en salud digital
gdhm-i13-question = ¿Ofrece el país formación para especialistas en salud digital e informática de la salud, como programas de grado, diplomas o certificados?
gdhm-i13-phase-1 = No existe en el país ningún programa de formación para especialistas en salud digital o en informática de la salud; los especialistas se forman en el extranjero o aprenden en el puesto de trabajo.
gdhm-i13-phase-2 = Se ha aprobado o ha comenzado un programa de especialización, o existen cursos cortos, pero el número de egresados es reducido y no se corresponde con las necesidades del sistema de salud.
gdhm-i13-phase-3 = Se imparten de forma regular programas de grado, diplomas o certificados en salud digital o en informática de la salud, diseñados con el ministerio de salud y los empleadores, que producen egresados cada año.
gdhm-i13-phase-4 = La formación de especialistas se ofrece en varios niveles, está acreditada y cuenta con el apoyo del gobierno, y se da seguimiento al número y la inserción laboral de los egresados con respecto a las necesidades de fuerza laboral.
gdhm-i13-phase-5 = Una oferta nacional sostenida de especialistas en salud digital e informática de la salud satisface las necesidades del sistema de salud, con programas que se revisan periódicamente y titulaciones reconocidas a nivel nacional.
gdhm-i13-guidance = Elabore una lista de las universidades e institutos que ofrecen programas de informática de la salud, gestión de la información de salud o salud digital, con su número de egresados. Pregunte al ministerio responsable de la educación superior, al departamento de recursos humanos del ministerio de salud y a la unidad de salud digital si la oferta de especialistas satisface las necesidades actuales y previstas.
gdhm-i13-evidence-1 = Programa de grado o de diploma acreditado en informática de la salud
gdhm-i13-evidence-2 = Número anual de egresados en informática de la salud o en salud digital
gdhm-i13-evidence-3 = Evaluación de las necesidades de fuerza laboral de especialistas en salud digital
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible education
gdhm-i13-s1-a1 = Evaluar la capacidad de las universidades y los institutos técnicos para ofrecer formación en informática de la salud y salud digital, incluidos el personal docente y los programas afines.
gdhm-i13-s1-a1-monitor = Evaluación de la capacidad institucional finalizada (sí/no) y número de instituciones evaluadas
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i13-s1-a2 = Estimar el número y los perfiles de especialistas en salud digital e informática de la salud que el sistema de salud necesitará en los próximos cinco años.
gdhm-i13-s1-a2-monitor = Estimación de las necesidades de especialistas finalizada y aprobada por el ministerio de salud (sí/no)
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible education
gdhm-i13-s2-a1 = Poner en marcha un programa de certificado o de diploma en informática de la salud en una o varias instituciones, con un plan de estudios elaborado junto con el ministerio de salud.
gdhm-i13-s2-a1-monitor = Número de programas de especialización puestos en marcha y número de estudiantes matriculados
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i13-s2-a2 = Ofrecer plazas de prácticas en el ministerio de salud y en los establecimientos de salud a los estudiantes de los programas de salud digital e informática de la salud.
gdhm-i13-s2-a2-monitor = Número de plazas de prácticas para estudiantes ofrecidas por año
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible education
gdhm-i13-s3-a1 = Acreditar los programas de especialización y ampliarlos a los niveles de grado y posgrado para abarcar la variedad de perfiles necesarios.
gdhm-i13-s3-a1-monitor = Número de programas de especialización acreditados por nivel y número de egresados por año
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i13-s3-a2 = Financiar becas o plazas patrocinadas para que trabajadores de salud y funcionarios públicos se formen como especialistas en salud digital, a cambio de un periodo de servicio público.
gdhm-i13-s3-a2-monitor = Número de becarios patrocinados y proporción de ellos que ocupan puestos de salud digital en el sector público tras titularse
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible education
gdhm-i13-s4-a1 = Asegurar un financiamiento recurrente y el perfeccionamiento del profesorado para los programas de especialización, y revisar periódicamente su contenido con los empleadores y los colegios profesionales.
gdhm-i13-s4-a1-monitor = Presupuesto recurrente asignado a los programas de especialización (sí/no) y número de revisiones de los planes de estudios realizadas con los empleadores
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i13-s4-a2 = Dar seguimiento cada año a la oferta y la demanda de especialistas en salud digital y ajustar en consecuencia el número de plazas de formación patrocinadas.
gdhm-i13-s4-a2-monitor = Informe anual sobre la oferta y la demanda de especialistas en salud digital publicado (sí/no)

## Indicator 14 (scored indicator; scale phases)
gdhm-i14-title = Puestos y carreras profesionales en salud digital
gdhm-i14-question = ¿Cuenta el sector público con puestos y carreras profesionales establecidos para los profesionales de la salud digital y la informática de la salud?
gdhm-i14-phase-1 = No existen puestos aprobados en el sector público para la salud digital ni para la informática de la salud; el trabajo lo realiza personal que ocupa otros puestos o personal remunerado por proyectos.
gdhm-i14-phase-2 = Se han propuesto o creado puestos de salud digital en el ministerio de salud, pero las descripciones de puestos, los grados o el financiamiento están incompletos y muchos puestos siguen vacantes o financiados por proyectos.
gdhm-i14-phase-3 = Existen puestos de salud digital con descripciones de puestos y grados definidos a nivel nacional y en algunas regiones, acordados con la autoridad de la función pública, que se cubren mediante procesos de contratación regulares.
gdhm-i14-phase-4 = Existe una carrera profesional reconocida en salud digital en todos los niveles del sistema de salud, los puestos se financian con cargo al presupuesto del gobierno y se da seguimiento a la dotación de personal y a la rotación.
gdhm-i14-phase-5 = Las profesiones de la salud digital son una parte permanente y reconocida a nivel nacional de la fuerza laboral de salud pública, con financiamiento sostenido, una progresión clara y medidas para retener al personal cualificado.
gdhm-i14-guidance = Examine la plantilla orgánica del ministerio de salud, los regímenes de carrera de la función pública y las descripciones de puestos del personal de salud digital, de información de salud y de TIC. Pregunte al departamento de recursos humanos y a la comisión o el ministerio de la función pública cuántos puestos están aprobados, cubiertos y financiados, y cómo puede progresar el personal.
gdhm-i14-evidence-1 = Régimen de carrera aprobado para una categoría profesional de salud digital o de informática de la salud
gdhm-i14-evidence-2 = Plantilla orgánica del ministerio de salud en la que figuran los puestos de salud digital
gdhm-i14-evidence-3 = Descripciones de los puestos de salud digital
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible public-service
gdhm-i14-s1-a1 = Revisar la clasificación de ocupaciones de la función pública para determinar dónde pueden ubicarse las funciones de salud digital y de informática de la salud.
gdhm-i14-s1-a1-monitor = Revisión de la clasificación finalizada y denominaciones de puestos de salud digital propuestas registradas (sí/no)
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i14-s1-a2 = Identificar al personal que actualmente realiza tareas de salud digital en el ministerio de salud, con sus puestos, sus titulaciones y sus fuentes de financiamiento.
gdhm-i14-s1-a2-monitor = Identificación del personal finalizada, con el número de personas que realizan tareas de salud digital y la proporción remunerada con fondos de proyectos
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible public-service
gdhm-i14-s2-a1 = Crear en la función pública denominaciones de puestos, grados y descripciones de puestos normalizadas para la salud digital y la informática de la salud.
gdhm-i14-s2-a1-monitor = Número de denominaciones de puestos y grados de salud digital aprobados por la función pública
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i14-s2-a2 = Incluir puestos de salud digital en la plantilla orgánica del ministerio de salud a nivel nacional y regional, y comenzar a cubrirlos.
gdhm-i14-s2-a2-monitor = Número de puestos de salud digital aprobados en la plantilla orgánica y proporción de ellos cubiertos
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible public-service
gdhm-i14-s3-a1 = Adoptar un régimen de carrera para una categoría profesional de salud digital, con requisitos de titulación para el ingreso, escalones de progresión y una remuneración competitiva.
gdhm-i14-s3-a1-monitor = Régimen de carrera adoptado (sí/no) y número de personas nombradas en virtud de él
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i14-s3-a2 = Trasladar al personal de salud digital financiado por proyectos a puestos financiados por el gobierno y extender los puestos de salud digital a los niveles de distrito y de establecimiento.
gdhm-i14-s3-a2-monitor = Proporción del personal de salud digital remunerado con cargo al presupuesto del gobierno y número de distritos con al menos un puesto de salud digital cubierto
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible public-service
gdhm-i14-s4-a1 = Establecer de forma permanente la categoría profesional de salud digital en la función pública, con financiamiento sostenido, revisión periódica de la remuneración y los grados, y medidas para retener al personal cualificado.
gdhm-i14-s4-a1-monitor = Tasas anuales de vacantes y de rotación de los puestos de salud digital y fecha de la última revisión de la remuneración y los grados
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i14-s4-a2 = Informar cada año sobre la dotación de personal de salud digital y ofrecer oportunidades de perfeccionamiento continuo y de progresión al personal de esa categoría profesional.
gdhm-i14-s4-a2-monitor = Informe anual sobre la dotación de personal de salud digital publicado (sí/no) y número de personas de esa categoría ascendidas o capacitadas por año
