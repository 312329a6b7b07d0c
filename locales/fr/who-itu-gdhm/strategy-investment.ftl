# strategy-investment : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 5 (scored indicator; scale phases)
gdhm-i5-title = Stratégie nationale de santé numérique et plan chiffré
gdhm-i5-question = Le pays dispose-t-il d’une stratégie ou d’un cadre national de santé numérique assorti d’un plan de mise en œuvre chiffré ?
gdhm-i5-phase-1 = Il n’existe pas de stratégie ni de cadre national de santé numérique, ou seulement un projet qui n’a pas été adopté.
gdhm-i5-phase-2 = Une stratégie ou un cadre national de santé numérique a été adopté, mais il n’est assorti d’aucun plan de mise en œuvre chiffré, ou ce plan n’est pas utilisé.
gdhm-i5-phase-3 = La stratégie adoptée est assortie d’un plan de mise en œuvre chiffré, comportant des activités et des responsabilités définies, qui est exécuté avec les programmes de santé, les partenaires et les autres parties prenantes.
gdhm-i5-phase-4 = La mise en œuvre de la stratégie et de son plan chiffré est pilotée par le gouvernement, financée et suivie au regard d’un cadre de résultats, avec des rapports d’avancement périodiques.
gdhm-i5-phase-5 = La stratégie nationale de santé numérique est institutionnalisée : elle est renouvelée selon des cycles réguliers, financée sur le long terme et reconnue à l’échelle nationale comme la référence pour tous les investissements dans la santé numérique.
gdhm-i5-guidance = Procurez-vous la stratégie ou le cadre adopté, son plan de mise en œuvre chiffré et le dernier rapport d’avancement. Demandez à la direction de la planification, à l’unité de santé numérique et aux partenaires si le plan sert à prendre les décisions de financement, s’il est à jour et comment les progrès sont mesurés.
gdhm-i5-evidence-1 = Stratégie ou cadre national de santé numérique adopté
gdhm-i5-evidence-2 = Plan de mise en œuvre chiffré assorti d’un cadre de résultats
gdhm-i5-evidence-3 = Dernier rapport d’avancement ou revue à mi-parcours de la stratégie
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5-s1-a1 = Lancer l’élaboration d’une stratégie nationale de santé numérique, avec un mandat de la direction du ministère, un dispositif de pilotage et un calendrier.
gdhm-i5-s1-a1-monitor = Décision ministérielle lançant l’élaboration de la stratégie, assortie d’un calendrier, signée (oui/non)
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-dhu
gdhm-i5-s1-a2 = Réaliser une analyse de situation des systèmes, projets et partenaires existants en santé numérique ainsi que des lacunes, qui servira de situation de référence pour la stratégie.
gdhm-i5-s1-a2-monitor = Rapport d’analyse de situation validé par les parties prenantes (oui/non)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5-s2-a1 = Chiffrer les activités de la stratégie et élaborer un plan de mise en œuvre qui fixe les priorités, l’enchaînement des activités, les organismes responsables et les sources de financement.
gdhm-i5-s2-a1-monitor = Plan de mise en œuvre chiffré validé (oui/non) et proportion des activités de la stratégie qui sont chiffrées
# step 2->3, action line 'strategy', timeframe medium, cost low, responsible moh-dhu
gdhm-i5-s2-a2 = Tenir des réunions de mise en œuvre régulières avec les programmes de santé et les partenaires afin d’aligner leurs activités de santé numérique sur la stratégie et son plan.
gdhm-i5-s2-a2-monitor = Nombre de réunions de mise en œuvre tenues dans l’année et proportion des projets de santé numérique financés par des partenaires qui sont rattachés à une activité de la stratégie
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5-s3-a1 = Adopter un cadre de résultats pour la stratégie, avec des valeurs de référence et des cibles, et publier chaque année un rapport d’avancement.
gdhm-i5-s3-a1-monitor = Cadre de résultats adopté (oui/non) et nombre de rapports d’avancement annuels publiés
# step 3->4, action line 'strategy', timeframe medium, cost high, responsible moh-dhu
gdhm-i5-s3-a2 = Réaliser les investissements prioritaires du plan chiffré sous la conduite de l’unité de santé numérique, avec un bureau de gestion de programme qui suit l’exécution, le budget et les risques.
gdhm-i5-s3-a2-monitor = Proportion des investissements prioritaires du plan chiffré qui respectent le calendrier et le budget
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5-s4-a1 = Institutionnaliser un cycle régulier d’évaluation et de renouvellement de la stratégie nationale de santé numérique, lié au cycle de planification du secteur de la santé et financé sur le budget national.
gdhm-i5-s4-a1-monitor = Évaluation indépendante achevée et stratégie suivante adoptée avant la fin de la période couverte par la stratégie en cours (oui/non)
# step 4->5, action line 'strategy', timeframe medium, cost medium, responsible moh-dhu
gdhm-i5-s4-a2 = Mettre à jour chaque année le plan de mise en œuvre en fonction des progrès accomplis, des nouveaux besoins et des ressources disponibles, et publier la version actualisée.
gdhm-i5-s4-a2-monitor = Plan de mise en œuvre actualisé et publié au cours des douze derniers mois (oui/non)

## Indicator 5a (sub-indicator of 5; scale phases)
gdhm-i5a-title = Alignement de la stratégie sur la couverture sanitaire universelle
gdhm-i5a-question = La stratégie nationale de santé numérique est-elle alignée sur les objectifs et les priorités de la couverture sanitaire universelle dans le pays ?
gdhm-i5a-phase-1 = La stratégie de santé numérique n’établit aucun lien avec les objectifs ou les priorités de la couverture sanitaire universelle.
gdhm-i5a-phase-2 = La stratégie de santé numérique fait référence à la couverture sanitaire universelle, mais ses activités ne sont pas rattachées à des priorités précises en matière de couverture, telles que les soins de santé primaires, l’accès aux services ou la protection financière.
gdhm-i5a-phase-3 = Les activités de santé numérique sont définies en fonction des priorités de la couverture sanitaire universelle et planifiées conjointement avec les services chargés des soins de santé primaires, de la prestation des services et du financement de la santé.
gdhm-i5a-phase-4 = Le gouvernement pilote les investissements dans la santé numérique qui servent les priorités de la couverture sanitaire universelle et en suit la contribution au moyen d’indicateurs convenus.
gdhm-i5a-phase-5 = L’alignement entre la santé numérique et la couverture sanitaire universelle est institutionnalisé dans la planification nationale, maintenu d’une stratégie à l’autre et reconnu comme un principe directeur.
gdhm-i5a-guidance = Comparez la stratégie de santé numérique avec la feuille de route nationale pour la couverture sanitaire universelle, la stratégie de soins de santé primaires et la stratégie de financement de la santé. Demandez à la direction de la planification et aux services chargés du financement de la santé et des soins de santé primaires quelles activités de santé numérique soutiennent leurs objectifs et comment ce soutien est mesuré.
gdhm-i5a-evidence-1 = Mise en correspondance des activités de santé numérique avec les priorités de la couverture sanitaire universelle
gdhm-i5a-evidence-2 = Feuille de route nationale pour la couverture sanitaire universelle ou stratégie de soins de santé primaires faisant référence à la santé numérique
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5a-s1-a1 = Mettre en correspondance les activités de la stratégie de santé numérique avec les priorités de la feuille de route nationale pour la couverture sanitaire universelle et recenser les lacunes.
gdhm-i5a-s1-a1-monitor = Mise en correspondance des activités de la stratégie avec les priorités de la couverture sanitaire universelle achevée (oui/non)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5a-s2-a1 = Réviser le plan de mise en œuvre de la santé numérique, avec les services chargés des soins de santé primaires et du financement de la santé, de sorte que chaque activité prioritaire soit rattachée à un objectif de la couverture sanitaire universelle.
gdhm-i5a-s2-a1-monitor = Proportion des activités prioritaires de santé numérique rattachées à un objectif déclaré de la couverture sanitaire universelle
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5a-s3-a1 = Adopter des indicateurs qui mesurent la contribution de la santé numérique à la couverture des services et à la protection financière, et en rendre compte dans la revue annuelle du secteur de la santé.
gdhm-i5a-s3-a1-monitor = Nombre d’indicateurs relatifs à la contribution de la santé numérique présentés dans la revue annuelle du secteur de la santé
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5a-s4-a1 = Institutionnaliser la planification et le financement conjoints de la santé numérique et des priorités de la couverture sanitaire universelle à chaque cycle national de planification sanitaire.
gdhm-i5a-s4-a1-monitor = Part du budget de la santé numérique allouée à des activités rattachées aux priorités de la couverture sanitaire universelle

## Indicator 6 (scored indicator; scale phases)
gdhm-i6-title = Financement public de la santé numérique
gdhm-i6-question = La santé numérique est-elle financée sur le budget public national de manière régulière et suffisante ?
gdhm-i6-phase-1 = Il n’existe aucun financement public consacré à la santé numérique ; celle-ci dépend presque entièrement des bailleurs de fonds ou de projets à court terme.
gdhm-i6-phase-2 = Des fonds publics ont été alloués à la santé numérique, mais les dotations sont ponctuelles, modestes ou ne sont pas débloquées à temps.
gdhm-i6-phase-3 = Une ligne budgétaire publique définie pour la santé numérique existe et reçoit une dotation chaque année, et les décisions de financement sont examinées avec les programmes de santé et les partenaires.
gdhm-i6-phase-4 = Le financement public couvre les principaux coûts des systèmes nationaux de santé numérique, y compris les coûts de fonctionnement, sous la conduite du gouvernement, et les dépenses font l’objet d’un suivi et de rapports.
gdhm-i6-phase-5 = La santé numérique est financée de manière pérenne sur le budget national récurrent, avec des engagements pluriannuels pour l’investissement, le fonctionnement et la maintenance, et ce financement est reconnu comme une composante normale du financement de la santé.
gdhm-i6-guidance = Examinez le budget de la santé approuvé et les rapports d’exécution budgétaire des trois dernières années, et comparez les dotations publiques aux financements des partenaires en faveur de la santé numérique. Demandez au ministère des Finances et à la direction de la planification s’il existe une ligne budgétaire pour la santé numérique, quel montant a été débloqué et si les coûts de fonctionnement des systèmes nationaux sont couverts.
gdhm-i6-evidence-1 = Budget national approuvé faisant apparaître une ligne budgétaire pour la santé numérique
gdhm-i6-evidence-2 = Rapports d’exécution budgétaire relatifs à la santé numérique des dernières années
gdhm-i6-evidence-3 = Cartographie des financements de la santé numérique par source, publique et extérieure
# step 1->2, action line 'financing', timeframe short, cost low, responsible finance
gdhm-i6-s1-a1 = Déterminer les dépenses publiques actuelles consacrées à la santé numérique dans les budgets de la santé et des TIC, et convenir avec le ministère de la Santé de la manière dont elles seront classées dans les futurs budgets.
gdhm-i6-s1-a1-monitor = Situation de référence des dépenses publiques de santé numérique établie et classification budgétaire convenue (oui/non)
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6-s1-a2 = Préparer, pour le prochain cycle budgétaire, une première demande de crédits pour la santé numérique fondée sur les besoins chiffrés des systèmes prioritaires.
gdhm-i6-s1-a2-monitor = Demande de crédits pour la santé numérique soumise lors du prochain cycle budgétaire (oui/non)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible finance
gdhm-i6-s2-a1 = Ouvrir une ligne budgétaire dédiée à la santé numérique dans le budget de la santé et débloquer les fonds approuvés dans les délais prévus.
gdhm-i6-s2-a1-monitor = Part de la dotation approuvée pour la santé numérique effectivement débloquée au cours de l’exercice budgétaire
# step 2->3, action line 'financing', timeframe medium, cost low, responsible moh-planning
gdhm-i6-s2-a2 = Cartographier chaque année l’ensemble des financements de la santé numérique par source, publique et extérieure, afin de recenser les déficits que le budget public doit combler.
gdhm-i6-s2-a2-monitor = Cartographie annuelle des ressources de la santé numérique achevée (oui/non) et part des financements provenant de sources publiques
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible finance
gdhm-i6-s3-a1 = Inscrire les coûts de fonctionnement et de maintenance des systèmes nationaux de santé numérique dans le budget récurrent, et faire apparaître les dépenses de santé numérique dans les rapports d’exécution budgétaire.
gdhm-i6-s3-a1-monitor = Part des coûts de fonctionnement des systèmes nationaux de santé numérique couverte par le budget public récurrent
# step 3->4, action line 'financing', timeframe medium, cost high, responsible moh-planning
gdhm-i6-s3-a2 = Planifier et réaliser le transfert vers un financement public des principaux systèmes de santé numérique financés par des bailleurs de fonds, selon un calendrier convenu pour chaque système.
gdhm-i6-s3-a2-monitor = Nombre de systèmes nationaux de santé numérique financés par des bailleurs de fonds transférés vers un financement public
# step 4->5, action line 'financing', timeframe long, cost high, responsible finance
gdhm-i6-s4-a1 = Engager un financement public pluriannuel de la santé numérique dans le cadre de dépenses à moyen terme, couvrant l’investissement, le fonctionnement et le remplacement des équipements et des logiciels.
gdhm-i6-s4-a1-monitor = Dotation pluriannuelle pour la santé numérique inscrite dans le cadre de dépenses à moyen terme (oui/non) et sa part dans le budget de la santé
# step 4->5, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6-s4-a2 = Examiner tous les deux ans l’adéquation et l’efficience des dépenses publiques de santé numérique et utiliser les conclusions pour ajuster les dotations.
gdhm-i6-s4-a2-monitor = Revue des dépenses publiques de santé numérique réalisée au cours des deux dernières années (oui/non)

## Indicator 6a (sub-indicator of 6; scale phases)
gdhm-i6a-title = Participation et investissement du secteur privé
gdhm-i6a-question = Le secteur privé participe-t-il à la santé numérique et y investit-il dans le cadre de règles et de partenariats fixés par le gouvernement ?
gdhm-i6a-phase-1 = Il n’existe aucun cadre pour la participation du secteur privé à la santé numérique ; les initiatives privées sont isolées et ne sont pas coordonnées avec les priorités nationales.
gdhm-i6a-phase-2 = Une politique ou un mécanisme de mobilisation du secteur privé en faveur de la santé numérique a été officiellement adopté, mais il n’a donné lieu qu’à peu de partenariats ou d’investissements.
gdhm-i6a-phase-3 = Des règles et des voies définies pour les partenariats avec les entreprises privées sont en place, et le secteur privé participe régulièrement à la planification de la santé numérique et aux investissements dans ce domaine.
gdhm-i6a-phase-4 = Le gouvernement pilote et suit la participation du secteur privé à la santé numérique au moyen de modèles de partenariat convenus, et les investissements privés sont alignés sur la stratégie nationale et les normes nationales.
gdhm-i6a-phase-5 = La participation et l’investissement du secteur privé dans la santé numérique sont institutionnalisés au moyen de dispositifs de partenariat durables, et leur contribution aux objectifs nationaux de santé est reconnue.
gdhm-i6a-guidance = Recherchez les politiques de partenariat public-privé, les accords de partenariat relatifs à la santé numérique et les relevés des investissements privés dans les systèmes nationaux. Demandez à la direction de la planification, à l’unité de santé numérique et aux associations du secteur privé comment les entreprises sont associées, selon quelles règles, et si leurs produits respectent les normes nationales.
gdhm-i6a-evidence-1 = Politique ou cadre de partenariat public-privé couvrant la santé numérique
gdhm-i6a-evidence-2 = Accords de partenariat signés avec des prestataires privés de santé numérique
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6a-s1-a1 = Cartographier les acteurs du secteur privé actifs dans la santé numérique et organiser avec eux une première consultation sur les priorités nationales et les règles de collaboration.
gdhm-i6a-s1-a1-monitor = Cartographie des acteurs privés de la santé numérique achevée et première consultation tenue (oui/non)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible moh-planning
gdhm-i6a-s2-a1 = Mettre en place un forum de dialogue régulier avec le secteur privé et publier des orientations sur les modèles de partenariat, la protection des données et le respect des normes nationales.
gdhm-i6a-s2-a1-monitor = Nombre de réunions du forum de dialogue tenues dans l’année, et orientations sur les partenariats publiées (oui/non)
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6a-s3-a1 = Conclure avec des prestataires privés des accords de partenariat pour les services prioritaires de santé numérique, assortis d’indicateurs de performance et alignés sur la stratégie nationale.
gdhm-i6a-s3-a1-monitor = Nombre d’accords de partenariat signés comportant des indicateurs de performance, et montant des investissements privés engagés
# step 4->5, action line 'financing', timeframe long, cost high, responsible moh-planning
gdhm-i6a-s4-a1 = Institutionnaliser un cadre d’investissement public-privé pour la santé numérique, avec des dispositifs de cofinancement à long terme et une revue périodique des résultats des partenariats.
gdhm-i6a-s4-a1-monitor = Proportion des accords de partenariat en vigueur ayant fait l’objet d’une revue au cours des deux dernières années, et montant des cofinancements privés enregistrés
