# workforce : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 11 (scored indicator; scale phases)
gdhm-i11-title = La santé numérique dans la formation initiale
gdhm-i11-question = La santé numérique fait-elle partie de la formation initiale des professionnels de santé, tels que les médecins, les infirmiers, les sages-femmes et les professionnels paramédicaux ?
gdhm-i11-phase-1 = La santé numérique n’est pas enseignée dans la formation initiale des professionnels de santé, ou seulement dans le cadre d’initiatives isolées d’enseignants.
gdhm-i11-phase-2 = Un plan ou une décision visant à intégrer la santé numérique dans les programmes de formation initiale existe, mais les contenus pédagogiques, les enseignants qualifiés ou les ressources ne sont pas encore en place.
gdhm-i11-phase-3 = Des modules de santé numérique, définis avec les établissements de formation et les organismes professionnels, sont enseignés dans plusieurs filières de formation, même si la couverture varie selon les écoles et les professions.
gdhm-i11-phase-4 = Les compétences en santé numérique font partie obligatoire des programmes de formation initiale accrédités des principales professions de santé, et le gouvernement suit la manière dont elles sont enseignées et évaluées.
gdhm-i11-phase-5 = La santé numérique fait partie de manière permanente de tous les programmes de formation initiale en santé, mis à jour régulièrement au rythme de l’évolution des technologies, et les compétences numériques des diplômés sont reconnues dans l’autorisation d’exercer ou l’accréditation.
gdhm-i11-guidance = Examinez les programmes des écoles de médecine, de soins infirmiers, de sages-femmes et des professions paramédicales, ainsi que les normes d’accréditation des établissements de formation. Demandez au ministère chargé de l’enseignement supérieur, à la direction des ressources humaines du ministère de la Santé, aux ordres professionnels et aux doyens quelles filières intègrent la santé numérique et comment elle est évaluée.
gdhm-i11-evidence-1 = Programme de formation accrédité comportant un module de santé numérique
gdhm-i11-evidence-2 = Normes d’accréditation des établissements de formation en santé
gdhm-i11-evidence-3 = Liste des établissements de formation qui enseignent la santé numérique
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible education
gdhm-i11-s1-a1 = Évaluer les programmes actuels des établissements de formation en santé afin de déterminer où des contenus de santé numérique existent et où ils font défaut.
gdhm-i11-s1-a1-monitor = Évaluation des programmes achevée (oui/non) et nombre de filières de formation examinées
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible moh-hr
gdhm-i11-s1-a2 = Définir, avec les ordres professionnels et les employeurs, les compétences essentielles en santé numérique attendues des professionnels de santé nouvellement diplômés.
gdhm-i11-s1-a2-monitor = Référentiel des compétences essentielles en santé numérique des professionnels de santé validé (oui/non)
# step 2->3, action line 'pre-service', timeframe short, cost medium, responsible education
gdhm-i11-s2-a1 = Élaborer des modules d’enseignement de la santé numérique fondés sur le référentiel de compétences et former un premier groupe d’enseignants chargés de les dispenser.
gdhm-i11-s2-a1-monitor = Nombre de modules de santé numérique élaborés et nombre d’enseignants formés
# step 2->3, action line 'pre-service', timeframe medium, cost low, responsible moh-hr
gdhm-i11-s2-a2 = Intégrer les compétences en santé numérique dans le plan national des ressources humaines pour la santé et dans les fiches de poste utilisées pour recruter les nouveaux diplômés.
gdhm-i11-s2-a2-monitor = Compétences en santé numérique intégrées dans le plan des ressources humaines (oui/non) et proportion des fiches de poste de premier niveau qui y font référence
# step 3->4, action line 'pre-service', timeframe medium, cost medium, responsible education
gdhm-i11-s3-a1 = Rendre les modules de santé numérique obligatoires dans les programmes accrédités de médecine, de soins infirmiers, de formation des sages-femmes et des principales professions paramédicales.
gdhm-i11-s3-a1-monitor = Proportion des filières accréditées de formation initiale en santé qui comportent un module obligatoire de santé numérique
# step 3->4, action line 'pre-service', timeframe medium, cost high, responsible moh-hr
gdhm-i11-s3-a2 = Doter les établissements de formation et les terrains de stage clinique des systèmes de santé numérique et des environnements d’exercice dont les étudiants ont besoin pour un apprentissage pratique.
gdhm-i11-s3-a2-monitor = Proportion des établissements de formation en santé disposant d’un environnement d’exercice en santé numérique opérationnel
# step 4->5, action line 'pre-service', timeframe long, cost high, responsible education
gdhm-i11-s4-a1 = Instituer un cycle régulier de révision des programmes et de perfectionnement des enseignants afin que l’enseignement de la santé numérique reste à jour, avec un financement récurrent inscrit au budget de l’éducation.
gdhm-i11-s4-a1-monitor = Nombre de cycles de révision des programmes achevés dans les délais prévus et ligne budgétaire récurrente pour l’enseignement de la santé numérique en place (oui/non)
# step 4->5, action line 'pre-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i11-s4-a2 = Collaborer avec les ordres professionnels pour intégrer les compétences en santé numérique dans les examens d’autorisation d’exercer ou les conditions d’inscription des nouveaux professionnels de santé.
gdhm-i11-s4-a2-monitor = Nombre de professions de santé dont l’autorisation d’exercer ou l’inscription comporte une évaluation des compétences en santé numérique

## Indicator 12 (scored indicator; scale phases)
gdhm-i12-title = La santé numérique dans la formation continue
gdhm-i12-question = La santé numérique fait-elle partie de la formation continue proposée aux personnels de santé déjà en poste ?
gdhm-i12-phase-1 = Les personnels de santé en poste ne reçoivent aucune formation structurée en santé numérique, en dehors de brèves instructions lors de l’introduction d’un nouveau système.
gdhm-i12-phase-2 = Un plan ou une politique de formation continue en santé numérique existe, mais les formations sont rares, ponctuelles ou tributaires de projets particuliers.
gdhm-i12-phase-3 = Des formations continues en santé numérique, conçues avec les établissements de formation, les programmes de santé et les partenaires, sont dispensées régulièrement à plusieurs catégories de personnel, même si toutes les régions ou catégories ne sont pas atteintes.
gdhm-i12-phase-4 = La formation en santé numérique fait partie du dispositif national de développement professionnel continu pour toutes les principales catégories de personnel, sous la conduite et avec le financement du gouvernement, et la participation comme les résultats font l’objet d’un suivi.
gdhm-i12-phase-5 = La formation continue en santé numérique fait partie, de manière permanente et avec un financement pérenne, du développement professionnel continu ; elle est mise à jour au rythme de l’évolution des systèmes et prise en compte dans l’avancement de carrière.
gdhm-i12-guidance = Examinez le cadre de développement professionnel continu, les plans de formation et les registres de formation du ministère de la Santé et des programmes de santé. Demandez à la direction des ressources humaines, aux établissements de formation et aux responsables de programme combien de personnels de santé ont été formés à la santé numérique et si cette formation est prise en compte au titre du développement professionnel continu.
gdhm-i12-evidence-1 = Cadre national de développement professionnel continu comportant des contenus de santé numérique
gdhm-i12-evidence-2 = Plan annuel de formation continue et rapports de formation
gdhm-i12-evidence-3 = Base de données ou registres des personnels de santé formés à la santé numérique
# step 1->2, action line 'in-service', timeframe short, cost low, responsible moh-hr
gdhm-i12-s1-a1 = Évaluer les besoins de formation en santé numérique des personnels de santé en poste, par catégorie de personnel et par niveau du système de santé.
gdhm-i12-s1-a1-monitor = Évaluation des besoins de formation achevée (oui/non) et nombre de catégories de personnel couvertes
# step 1->2, action line 'in-service', timeframe short, cost low, responsible education
gdhm-i12-s1-a2 = Recenser les établissements de formation capables de dispenser des formations continues en santé numérique et les formations existantes qui pourraient être adaptées à cette fin.
gdhm-i12-s1-a2-monitor = Liste des établissements et des formations adaptables pour la formation continue en santé numérique établie (oui/non)
# step 2->3, action line 'in-service', timeframe short, cost medium, responsible moh-hr
gdhm-i12-s2-a1 = Adopter un plan national de formation continue en santé numérique comportant des programmes types par catégorie de personnel, en remplacement des formations distinctes organisées projet par projet.
gdhm-i12-s2-a1-monitor = Plan de formation continue en santé numérique adopté (oui/non) et nombre de programmes types approuvés
# step 2->3, action line 'in-service', timeframe medium, cost low, responsible education
gdhm-i12-s2-a2 = Accréditer les formations continues en santé numérique afin qu’elles donnent droit à des crédits de développement professionnel continu.
gdhm-i12-s2-a2-monitor = Nombre de formations continues en santé numérique accréditées au titre des crédits de développement professionnel continu
# step 3->4, action line 'in-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i12-s3-a1 = Rendre la formation en santé numérique obligatoire dans le développement professionnel continu des principales catégories de personnel et enregistrer la participation dans la base de données nationale de la formation.
gdhm-i12-s3-a1-monitor = Proportion des personnels de santé en poste ayant suivi une formation accréditée en santé numérique, par catégorie de personnel et par région
# step 3->4, action line 'in-service', timeframe medium, cost high, responsible education
gdhm-i12-s3-a2 = Mettre en place une plateforme de formation à distance fonctionnant également hors ligne, ainsi qu’un réseau de formateurs régionaux, afin de dispenser des formations continues en santé numérique dans toutes les régions.
gdhm-i12-s3-a2-monitor = Plateforme de formation à distance opérationnelle (oui/non), nombre de formateurs régionaux certifiés et nombre de formations achevées par an
# step 4->5, action line 'in-service', timeframe long, cost high, responsible moh-hr
gdhm-i12-s4-a1 = Financer la formation continue en santé numérique sur le budget récurrent de la santé et prendre en compte les formations suivies pour la promotion et l’avancement de carrière.
gdhm-i12-s4-a1-monitor = Dotation budgétaire récurrente pour la formation continue en santé numérique en place (oui/non) et nombre de catégories de personnel dont les critères de promotion la prennent en compte
# step 4->5, action line 'in-service', timeframe medium, cost medium, responsible education
gdhm-i12-s4-a2 = Réviser et actualiser les formations continues en santé numérique selon un cycle fixe et évaluer leurs effets sur la pratique des personnels de santé.
gdhm-i12-s4-a2-monitor = Nombre de formations révisées dans le cadre du cycle et nombre d’évaluations de formation publiées

## Indicator 13 (scored indicator; scale phases)
gdhm-i13-title = Formation de spécialistes de la santé numérique
gdhm-i13-question = Le pays propose-t-il des formations de spécialistes de la santé numérique et de l’informatique de santé, telles que des programmes menant à un diplôme universitaire, un diplôme professionnel ou un certificat ?
gdhm-i13-phase-1 = Il n’existe dans le pays aucun programme de formation de spécialistes de la santé numérique ou de l’informatique de santé ; les spécialistes sont formés à l’étranger ou apprennent sur le tas.
gdhm-i13-phase-2 = Un programme de spécialisation a été approuvé ou a démarré, ou des formations de courte durée existent, mais le nombre de diplômés est faible et ne répond pas aux besoins du système de santé.
gdhm-i13-phase-3 = Des programmes menant à un diplôme universitaire, un diplôme professionnel ou un certificat en santé numérique ou en informatique de santé, conçus avec le ministère de la Santé et les employeurs, fonctionnent régulièrement et forment des diplômés chaque année.
gdhm-i13-phase-4 = La formation de spécialistes est proposée à plusieurs niveaux, accréditée et soutenue par le gouvernement, et le nombre et l’affectation des diplômés font l’objet d’un suivi au regard des besoins en personnel.
gdhm-i13-phase-5 = Un vivier national pérenne de spécialistes de la santé numérique et de l’informatique de santé répond aux besoins du système de santé, avec des programmes révisés régulièrement et des qualifications reconnues à l’échelle nationale.
gdhm-i13-guidance = Dressez la liste des universités et instituts qui proposent des programmes en informatique de santé, en gestion de l’information sanitaire ou en santé numérique, avec leur nombre de diplômés. Demandez au ministère chargé de l’enseignement supérieur, à la direction des ressources humaines du ministère de la Santé et à l’unité de santé numérique si l’offre de spécialistes répond aux besoins actuels et prévus.
gdhm-i13-evidence-1 = Programme accrédité menant à un diplôme en informatique de santé
gdhm-i13-evidence-2 = Nombre annuel de diplômés en informatique de santé ou en santé numérique
gdhm-i13-evidence-3 = Évaluation des besoins en spécialistes de la santé numérique
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible education
gdhm-i13-s1-a1 = Évaluer la capacité des universités et des instituts techniques à proposer des formations en informatique de santé et en santé numérique, y compris le personnel enseignant et les programmes connexes.
gdhm-i13-s1-a1-monitor = Évaluation des capacités des établissements achevée (oui/non) et nombre d’établissements évalués
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i13-s1-a2 = Estimer le nombre et les profils de spécialistes de la santé numérique et de l’informatique de santé dont le système de santé aura besoin au cours des cinq prochaines années.
gdhm-i13-s1-a2-monitor = Estimation des besoins en spécialistes achevée et approuvée par le ministère de la Santé (oui/non)
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible education
gdhm-i13-s2-a1 = Lancer un programme menant à un certificat ou à un diplôme en informatique de santé dans un ou plusieurs établissements, avec un programme d’études élaboré conjointement avec le ministère de la Santé.
gdhm-i13-s2-a1-monitor = Nombre de programmes de spécialisation lancés et nombre d’étudiants inscrits
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i13-s2-a2 = Offrir des stages au sein du ministère de la Santé et dans les établissements de santé aux étudiants des programmes de santé numérique et d’informatique de santé.
gdhm-i13-s2-a2-monitor = Nombre de stages d’étudiants proposés par an
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible education
gdhm-i13-s3-a1 = Accréditer les programmes de spécialisation et les étendre aux niveaux licence et master afin de couvrir l’ensemble des profils requis.
gdhm-i13-s3-a1-monitor = Nombre de programmes de spécialisation accrédités, par niveau, et nombre de diplômés par an
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i13-s3-a2 = Financer des bourses ou des places parrainées permettant à des personnels de santé et à des agents publics de se former comme spécialistes de la santé numérique, en contrepartie d’une période de service public.
gdhm-i13-s3-a2-monitor = Nombre de stagiaires parrainés et proportion d’entre eux occupant un poste de santé numérique dans le secteur public après l’obtention de leur diplôme
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible education
gdhm-i13-s4-a1 = Garantir un financement récurrent et le perfectionnement du corps enseignant des programmes de spécialisation, et en réviser régulièrement le contenu avec les employeurs et les organismes professionnels.
gdhm-i13-s4-a1-monitor = Budget récurrent alloué aux programmes de spécialisation (oui/non) et nombre de révisions des programmes réalisées avec les employeurs
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i13-s4-a2 = Suivre chaque année l’offre et la demande de spécialistes de la santé numérique et ajuster en conséquence le nombre de places de formation parrainées.
gdhm-i13-s4-a2-monitor = Rapport annuel sur l’offre et la demande de spécialistes de la santé numérique publié (oui/non)

## Indicator 14 (scored indicator; scale phases)
gdhm-i14-title = Postes et parcours de carrière en santé numérique
gdhm-i14-question = Le secteur public dispose-t-il de postes et de parcours de carrière établis pour les professionnels de la santé numérique et de l’informatique de santé ?
gdhm-i14-phase-1 = Il n’existe aucun poste approuvé dans le secteur public pour la santé numérique ou l’informatique de santé ; le travail est effectué par des agents occupant d’autres postes ou par du personnel rémunéré par des projets.
gdhm-i14-phase-2 = Des postes de santé numérique ont été proposés ou créés au ministère de la Santé, mais les fiches de poste, les grades ou les financements sont incomplets, et de nombreux postes restent vacants ou financés par des projets.
gdhm-i14-phase-3 = Des postes de santé numérique dotés de fiches de poste et de grades définis existent au niveau national et dans certaines régions ; convenus avec l’autorité chargée de la fonction publique, ils sont pourvus par voie de recrutement régulier.
gdhm-i14-phase-4 = Un parcours de carrière reconnu en santé numérique existe à tous les niveaux du système de santé, les postes sont financés sur le budget de l’État, et les effectifs et la rotation du personnel font l’objet d’un suivi.
gdhm-i14-phase-5 = Les métiers de la santé numérique font partie, de manière permanente et reconnue à l’échelle nationale, des personnels de santé publique, avec un financement pérenne, une progression claire et des mesures de fidélisation du personnel qualifié.
gdhm-i14-guidance = Examinez le tableau des effectifs du ministère de la Santé, les statuts particuliers de la fonction publique et les fiches de poste des personnels de la santé numérique, de l’information sanitaire et des TIC. Demandez à la direction des ressources humaines et à la commission ou au ministère de la fonction publique combien de postes sont approuvés, pourvus et financés, et quelles sont les possibilités d’avancement du personnel.
gdhm-i14-evidence-1 = Statut particulier approuvé d’un corps de la santé numérique ou de l’informatique de santé
gdhm-i14-evidence-2 = Tableau des effectifs du ministère de la Santé faisant apparaître les postes de santé numérique
gdhm-i14-evidence-3 = Fiches de poste des emplois de santé numérique
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible public-service
gdhm-i14-s1-a1 = Examiner la nomenclature des emplois de la fonction publique afin de déterminer où les fonctions de santé numérique et d’informatique de santé peuvent être classées.
gdhm-i14-s1-a1-monitor = Examen de la nomenclature achevé et intitulés d’emplois de santé numérique proposés consignés (oui/non)
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i14-s1-a2 = Recenser le personnel qui accomplit actuellement des tâches de santé numérique au ministère de la Santé, avec ses postes, ses qualifications et ses sources de financement.
gdhm-i14-s1-a2-monitor = Recensement du personnel achevé, avec le nombre d’agents accomplissant des tâches de santé numérique et la proportion d’entre eux rémunérés sur des fonds de projets
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible public-service
gdhm-i14-s2-a1 = Créer dans la fonction publique des intitulés d’emplois, des grades et des fiches de poste types pour la santé numérique et l’informatique de santé.
gdhm-i14-s2-a1-monitor = Nombre d’intitulés d’emplois et de grades de santé numérique approuvés par la fonction publique
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i14-s2-a2 = Inscrire des postes de santé numérique au tableau des effectifs du ministère de la Santé aux niveaux national et régional et commencer à y recruter.
gdhm-i14-s2-a2-monitor = Nombre de postes de santé numérique approuvés au tableau des effectifs et proportion de ces postes qui sont pourvus
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible public-service
gdhm-i14-s3-a1 = Adopter un statut particulier pour un corps de la santé numérique, précisant les qualifications requises à l’entrée, les étapes de progression et une rémunération compétitive.
gdhm-i14-s3-a1-monitor = Statut particulier adopté (oui/non) et nombre d’agents nommés en vertu de ce statut
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i14-s3-a2 = Transférer le personnel de santé numérique financé par des projets vers des postes financés par l’État et étendre les postes de santé numérique aux niveaux des districts et des établissements.
gdhm-i14-s3-a2-monitor = Proportion du personnel de santé numérique rémunéré sur le budget de l’État et nombre de districts comptant au moins un poste de santé numérique pourvu
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible public-service
gdhm-i14-s4-a1 = Inscrire durablement le corps de la santé numérique dans la fonction publique, avec un financement pérenne, une révision régulière des rémunérations et des grades, et des mesures de fidélisation du personnel qualifié.
gdhm-i14-s4-a1-monitor = Taux annuels de vacance et de rotation des postes de santé numérique et date de la dernière révision des rémunérations et des grades
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i14-s4-a2 = Rendre compte chaque année des effectifs de la santé numérique et offrir au personnel du corps des possibilités de perfectionnement continu et d’avancement.
gdhm-i14-s4-a2-monitor = Rapport annuel sur les effectifs de la santé numérique publié (oui/non) et nombre d’agents du corps promus ou formés par an
