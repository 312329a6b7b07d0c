# leadership-governance : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 1 (scored indicator; scale phases)
gdhm-i1-title = Mécanisme national de gouvernance de la santé numérique
gdhm-i1-question = Existe-t-il un organe ou un mécanisme national, placé sous la conduite du gouvernement, qui pilote et coordonne la santé numérique dans l’ensemble du secteur de la santé ?
gdhm-i1-phase-1 = Aucun organe ni mécanisme national ne régit la santé numérique ; les projets sont pilotés séparément par les programmes, les partenaires ou les bailleurs de fonds, avec peu de coordination.
gdhm-i1-phase-2 = Un organe ou un mécanisme national de santé numérique a été officiellement créé, par exemple par décret ou par arrêté ministériel, mais il se réunit de manière irrégulière, ne dispose ni d’un mandat clair ni de ressources suffisantes, et n’a guère d’influence sur les décisions.
gdhm-i1-phase-3 = L’organe de gouvernance dispose de termes de référence et d’une composition définis, se réunit régulièrement avec les programmes de santé, les autres ministères et les partenaires, et ses décisions orientent les investissements dans la santé numérique.
gdhm-i1-phase-4 = L’organe de gouvernance est pleinement opérationnel et placé sous la conduite du gouvernement, avec un secrétariat, un plan de travail et un budget ; il suit la mise en œuvre du programme national de santé numérique et rend compte des progrès accomplis.
gdhm-i1-phase-5 = La gouvernance de la santé numérique fait partie des structures permanentes de l’État, est maintenue grâce à un financement public récurrent au-delà des changements de direction, et est reconnue à l’échelle nationale comme l’autorité qui pilote la santé numérique.
gdhm-i1-guidance = Recherchez l’acte juridique ou administratif portant création de l’organe, ses termes de référence et les procès-verbaux de ses réunions récentes. Demandez à l’unité de santé numérique, à la direction de la planification et aux principaux partenaires de développement si les décisions d’investissement dans la santé numérique passent réellement par cet organe.
gdhm-i1-evidence-1 = Décret ou arrêté ministériel portant création de l’organe de gouvernance
gdhm-i1-evidence-2 = Termes de référence et liste des membres de l’organe
gdhm-i1-evidence-3 = Procès-verbaux des réunions tenues au cours des douze derniers mois
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i1-s1-a1 = Cartographier les comités, projets et partenaires existants en santé numérique, et rédiger le mandat, la composition et les termes de référence d’un organe national de gouvernance de la santé numérique.
gdhm-i1-s1-a1-monitor = Rapport de cartographie et projet de termes de référence soumis à la haute direction du ministère (oui/non)
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-planning
gdhm-i1-s1-a2 = Préparer et soumettre à la signature l’arrêté ministériel portant création officielle de l’organe national de gouvernance de la santé numérique et désignant son président.
gdhm-i1-s1-a2-monitor = Arrêté ministériel portant création de l’organe de gouvernance signé (oui/non)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i1-s2-a1 = Mettre en place au sein de l’unité de santé numérique un secrétariat qui convoque l’organe de gouvernance selon un calendrier fixe, prépare ses ordres du jour et assure le suivi de ses décisions.
gdhm-i1-s2-a1-monitor = Nombre de réunions de l’organe de gouvernance tenues dans l’année avec diffusion du procès-verbal, par rapport au calendrier prévu
# step 2->3, action line 'governance', timeframe medium, cost low, responsible moh-planning
gdhm-i1-s2-a2 = Élargir la composition de l’organe de gouvernance aux programmes de santé, aux autres ministères, aux autorités sanitaires infranationales, aux partenaires et à la société civile, et définir la manière dont ses décisions alimentent la planification sectorielle.
gdhm-i1-s2-a2-monitor = Proportion des parties représentées énumérées dans les termes de référence qui ont assisté à au moins la moitié des réunions de l’année
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i1-s3-a1 = Adopter un plan de travail pluriannuel assorti de cibles pour l’organe de gouvernance, et rendre compte des progrès réalisés au regard de ce plan à chaque réunion.
gdhm-i1-s3-a1-monitor = Plan de travail adopté (oui/non) et proportion des activités prévues réalisées dans l’année
# step 3->4, action line 'governance', timeframe medium, cost high, responsible moh-planning
gdhm-i1-s3-a2 = Doter l’organe de gouvernance d’un secrétariat pourvu en personnel et d’une ligne budgétaire dédiée, et faire de son examen une étape obligatoire avant l’approbation de tout projet de santé numérique, y compris les projets financés par des partenaires.
gdhm-i1-s3-a2-monitor = Proportion des nouveaux projets de santé numérique approuvés dans l’année qui ont été examinés par l’organe de gouvernance
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i1-s4-a1 = Institutionnaliser l’organe de gouvernance dans l’organigramme permanent du ministère de la Santé, avec des postes permanents et un financement récurrent qui ne dépendent pas de projets extérieurs.
gdhm-i1-s4-a1-monitor = Part des coûts de fonctionnement de l’organe de gouvernance financée sur le budget national récurrent
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible moh-planning
gdhm-i1-s4-a2 = Faire réaliser tous les trois ans une revue indépendante de la performance de l’organe de gouvernance et publier un rapport annuel sur ses décisions et ses résultats.
gdhm-i1-s4-a2-monitor = Revue indépendante réalisée au cours des trois dernières années et rapport annuel publié (oui/non)

## Indicator 2 (scored indicator; scale phases)
gdhm-i2-title = La santé numérique dans la planification et les budgets nationaux de la santé
gdhm-i2-question = La santé numérique figure-t-elle, avec des activités budgétisées, dans la stratégie ou le plan national du secteur de la santé ?
gdhm-i2-phase-1 = La stratégie ou le plan national de santé ne mentionne pas la santé numérique, ou ne l’évoque qu’en termes généraux, sans activités ni budget.
gdhm-i2-phase-2 = La santé numérique est citée comme une priorité dans la stratégie ou le plan national de santé, mais les activités correspondantes ne sont ni chiffrées ni budgétisées.
gdhm-i2-phase-3 = Le plan national de santé comporte des activités de santé numérique définies et chiffrées, qui sont examinées avec les parties prenantes lors de la planification et de la budgétisation annuelles.
gdhm-i2-phase-4 = Les activités de santé numérique du plan national de santé sont financées sur le budget de la santé sous la conduite du gouvernement, et leur mise en œuvre est suivie dans le cadre des revues régulières du secteur de la santé.
gdhm-i2-phase-5 = La santé numérique fait partie, de manière permanente et budgétisée, de chaque cycle national de planification sanitaire ; elle est maintenue d’un plan à l’autre et reconnue comme une composante ordinaire de la planification du secteur de la santé.
gdhm-i2-guidance = Examinez le plan stratégique national du secteur de la santé en vigueur, son plan opérationnel chiffré et le budget de la santé de l’année en cours. Demandez à la direction de la planification et au ministère des Finances si les activités de santé numérique disposent de leurs propres lignes budgétaires et si elles font l’objet d’un suivi lors des revues sectorielles annuelles.
gdhm-i2-evidence-1 = Plan stratégique national du secteur de la santé comportant une section consacrée à la santé numérique
gdhm-i2-evidence-2 = Plan opérationnel chiffré ou cadre de dépenses à moyen terme du secteur de la santé
gdhm-i2-evidence-3 = Budget annuel de la santé faisant apparaître des lignes budgétaires de santé numérique
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible moh-planning
gdhm-i2-s1-a1 = Inscrire la santé numérique comme priorité explicite, assortie d’objectifs, lors de la prochaine révision ou revue à mi-parcours de la stratégie nationale du secteur de la santé.
gdhm-i2-s1-a1-monitor = Stratégie du secteur de la santé approuvée ou document de revue à mi-parcours comportant des objectifs de santé numérique (oui/non)
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible finance
gdhm-i2-s1-a2 = Créer dans la nomenclature budgétaire nationale un code budgétaire ou un sous-programme permettant d’identifier les dépenses de santé numérique dans le budget de la santé et d’en rendre compte.
gdhm-i2-s1-a2-monitor = Code budgétaire ou sous-programme de santé numérique créé dans la nomenclature budgétaire nationale (oui/non)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible moh-planning
gdhm-i2-s2-a1 = Chiffrer les activités de santé numérique du plan national de santé et les inscrire dans les plans opérationnels annuels du ministère et de ses programmes.
gdhm-i2-s2-a1-monitor = Proportion des activités de santé numérique du plan national de santé dotées d’une estimation de coût dans le plan opérationnel annuel
# step 2->3, action line 'policy-alignment', timeframe medium, cost low, responsible finance
gdhm-i2-s2-a2 = Examiner les activités de santé numérique chiffrées lors des conférences budgétaires annuelles du secteur de la santé et imputer les dotations qui en résultent au code budgétaire de la santé numérique.
gdhm-i2-s2-a2-monitor = Montant alloué au titre du code budgétaire de la santé numérique dans le budget annuel approuvé
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible moh-planning
gdhm-i2-s3-a1 = Ajouter des indicateurs de santé numérique au cadre de suivi du plan national de santé et en rendre compte lors de la revue conjointe annuelle du secteur de la santé.
gdhm-i2-s3-a1-monitor = Nombre d’indicateurs de santé numérique présentés dans le dernier rapport de revue annuelle du secteur de la santé
# step 3->4, action line 'policy-alignment', timeframe medium, cost high, responsible finance
gdhm-i2-s3-a2 = Financer les activités de santé numérique chiffrées du plan national de santé dans le cadre de dépenses à moyen terme, avec des dotations pluriannuelles couvrant à la fois l’investissement et le fonctionnement.
gdhm-i2-s3-a2-monitor = Part des besoins chiffrés de santé numérique du plan de santé couverte par des dotations du cadre de dépenses à moyen terme
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible moh-planning
gdhm-i2-s4-a1 = Faire d’une composante chiffrée de santé numérique un élément obligatoire des directives nationales et infranationales de planification sanitaire, et en assurer la mise en œuvre d’un cycle de planification à l’autre.
gdhm-i2-s4-a1-monitor = Proportion des plans de santé infranationaux du cycle en cours qui comportent une composante chiffrée de santé numérique
# step 4->5, action line 'policy-alignment', timeframe medium, cost medium, responsible finance
gdhm-i2-s4-a2 = Suivre chaque année les dépenses effectives de santé numérique au regard des dotations et les publier dans le rapport d’exécution budgétaire du secteur de la santé.
gdhm-i2-s4-a2-monitor = Taux d’exécution des dotations de santé numérique publié dans le rapport annuel d’exécution budgétaire (oui/non, et taux en %)

## Indicator 2a (sub-indicator of 2; scale phases)
gdhm-i2a-title = La santé dans les politiques nationales du numérique et des données
gdhm-i2a-question = La politique nationale de transformation numérique et la politique nationale de gouvernance des données traitent-elles explicitement du secteur de la santé ?
gdhm-i2a-phase-1 = Il n’existe aucune politique nationale de transformation numérique ou de gouvernance des données, ou la politique existante ne mentionne pas la santé.
gdhm-i2a-phase-2 = La santé est mentionnée dans la politique nationale de transformation numérique ou de gouvernance des données, mais sans objectifs ni responsabilités spécifiques, ni coordination avec le ministère de la Santé.
gdhm-i2a-phase-3 = La politique nationale du numérique fixe des objectifs définis pour la santé, et le ministère de la Santé participe régulièrement à ses mécanismes de coordination.
gdhm-i2a-phase-4 = Les objectifs de santé des politiques nationales du numérique et des données sont mis en œuvre sous la conduite du gouvernement, les services numériques communs de l’administration et les règles relatives aux données sont appliqués dans le secteur de la santé, et les progrès font l’objet d’un suivi.
gdhm-i2a-phase-5 = La santé fait partie, de manière permanente et reconnue, de la transformation numérique et de la gouvernance des données au niveau national ; cette place est maintenue d’une politique à l’autre et examinée conjointement par les ministères concernés.
gdhm-i2a-guidance = Examinez la stratégie nationale de transformation numérique, la politique nationale de gouvernance des données ou la stratégie nationale des données, ainsi que tout plan d’administration électronique. Demandez au ministère chargé des TIC et à l’unité de santé numérique si la santé fait l’objet d’objectifs spécifiques, si le ministère de la Santé siège dans les organes de coordination, et si des services communs tels que l’identité numérique, l’échange de données et l’hébergement servent le secteur de la santé.
gdhm-i2a-evidence-1 = Stratégie nationale de transformation numérique comportant une section consacrée à la santé
gdhm-i2a-evidence-2 = Politique ou stratégie nationale de gouvernance des données faisant référence aux données de santé
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible ict-ministry
gdhm-i2a-s1-a1 = Associer le ministère de la Santé à l’élaboration ou à la révision des politiques nationales de transformation numérique et de gouvernance des données, afin que la santé y soit désignée comme secteur prioritaire.
gdhm-i2a-s1-a1-monitor = Ministère de la Santé officiellement consulté lors de la dernière élaboration ou révision des politiques (oui/non)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible ict-ministry
gdhm-i2a-s2-a1 = Définir, avec le ministère de la Santé, des objectifs et des responsabilités propres à la santé dans la politique nationale de transformation numérique, et accorder au ministère de la Santé un siège au sein de l’organe de coordination de cette politique.
gdhm-i2a-s2-a1-monitor = Nombre d’objectifs propres à la santé dans la politique nationale de transformation numérique auxquels un organisme responsable est assigné
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible ict-ministry
gdhm-i2a-s3-a1 = Étendre au secteur de la santé les services numériques communs de l’administration, tels que l’identité numérique, l’échange de données et l’hébergement, et suivre leur utilisation au regard des objectifs de santé de la politique.
gdhm-i2a-s3-a1-monitor = Nombre de services numériques communs de l’administration utilisés dans le secteur de la santé, selon le rapport annuel d’avancement de la politique
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible ict-ministry
gdhm-i2a-s4-a1 = Institutionnaliser un mécanisme conjoint permanent avec le ministère de la Santé pour planifier, financer et examiner les investissements numériques liés à la santé dans le cadre de chaque politique nationale du numérique successive.
gdhm-i2a-s4-a1-monitor = Nombre d’années de la période couverte par la politique au cours desquelles une revue conjointe des investissements numériques liés à la santé a été tenue

## Indicator 3 (scored indicator; scale phases)
gdhm-i3-title = Gouvernance des technologies émergentes en santé numérique
gdhm-i3-question = Le pays dispose-t-il de la préparation et des dispositifs de gouvernance nécessaires pour évaluer, adopter et superviser les technologies émergentes dans le domaine de la santé, telles que l’intelligence artificielle, les dispositifs portables et les objets connectés ?
gdhm-i3-phase-1 = Il n’existe aucune politique, aucune orientation ni aucune autorité désignée pour les technologies émergentes en santé ; leur utilisation n’est ni planifiée ni évaluée.
gdhm-i3-phase-2 = Une déclaration de politique, une directive ou un groupe de travail sur les technologies émergentes en santé a été officiellement adopté ou créé, mais n’est pas encore appliqué dans la pratique.
gdhm-i3-phase-3 = Des procédures définies permettent d’évaluer la sécurité, l’efficacité et les aspects éthiques des technologies émergentes avant leur utilisation en santé, et elles sont appliquées régulièrement avec les autorités de réglementation, les experts et les utilisateurs.
gdhm-i3-phase-4 = Une gouvernance des technologies émergentes en santé pilotée par le gouvernement est pleinement opérationnelle : l’évaluation, l’autorisation et la surveillance après déploiement sont systématiques, et leurs résultats font l’objet de rapports.
gdhm-i3-phase-5 = La gouvernance des technologies émergentes en santé est institutionnalisée et pérenne, mise à jour au rythme de l’évolution des technologies, et reconnue à l’échelle nationale comme le fondement des décisions relatives à leur adoption.
gdhm-i3-guidance = Recherchez toute politique, stratégie ou directive sur l’intelligence artificielle, les objets connectés ou d’autres technologies émergentes qui couvre la santé, ainsi que les procédures d’évaluation de ces outils avant et après leur déploiement. Demandez à l’unité de santé numérique, à l’autorité de réglementation des produits de santé, au comité d’éthique de la recherche et aux experts universitaires quels outils sont utilisés et qui les a autorisés.
gdhm-i3-evidence-1 = Politique ou directive nationale sur l’intelligence artificielle ou les technologies émergentes en santé
gdhm-i3-evidence-2 = Procédure ou liste de contrôle pour l’évaluation des technologies de santé émergentes
gdhm-i3-evidence-3 = Registre des outils de technologies émergentes évalués ou autorisés
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i3-s1-a1 = Dresser l’inventaire des outils de technologies émergentes, tels que les applications d’intelligence artificielle et les objets connectés, déjà utilisés ou expérimentés dans le secteur de la santé, et recenser les risques associés et les lacunes en matière de supervision.
gdhm-i3-s1-a1-monitor = Rapport d’inventaire achevé (oui/non) et nombre d’outils de technologies émergentes recensés
# step 1->2, action line 'governance', timeframe short, cost low, responsible regulator
gdhm-i3-s1-a2 = Désigner au sein de l’autorité de réglementation un point focal pour les technologies émergentes en santé numérique et publier une déclaration précisant lesquels de ces produits relèvent de son mandat actuel.
gdhm-i3-s1-a2-monitor = Point focal désigné et déclaration sur le champ de compétence publiée par l’autorité de réglementation (oui/non)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i3-s2-a1 = Élaborer et expérimenter une procédure d’évaluation de la sécurité, de l’efficacité, des aspects éthiques et de l’utilisation des données des technologies émergentes avant leur introduction dans les services de santé.
gdhm-i3-s2-a1-monitor = Procédure d’évaluation adoptée (oui/non) et nombre d’outils évalués selon cette procédure pendant la phase pilote
# step 2->3, action line 'governance', timeframe medium, cost low, responsible regulator
gdhm-i3-s2-a2 = Publier à l’intention des fabricants et des fournisseurs des orientations sur les éléments de preuve requis pour mettre sur le marché national des produits de santé fondés sur l’intelligence artificielle ou connectés.
gdhm-i3-s2-a2-monitor = Orientations à l’intention des fabricants et des fournisseurs publiées (oui/non)
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i3-s3-a1 = Exiger que tout outil de technologie émergente utilisé dans les services de santé publics soit évalué et inscrit dans un registre national, et rendre compte chaque année de la performance de ces outils.
gdhm-i3-s3-a1-monitor = Proportion des outils de technologies émergentes utilisés dans les services de santé publics qui sont évalués et inscrits au registre national
# step 3->4, action line 'governance', timeframe medium, cost high, responsible regulator
gdhm-i3-s3-a2 = Renforcer les capacités de l’autorité de réglementation à autoriser les technologies de santé émergentes et à en assurer la surveillance après déploiement, notamment par la formation du personnel, des installations d’essai et un système de notification des incidents.
gdhm-i3-s3-a2-monitor = Nombre d’évaluateurs formés en poste et nombre de notifications d’incidents relatifs aux technologies de santé émergentes examinées dans l’année
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i3-s4-a1 = Créer une fonction permanente et financée de veille prospective et d’évaluation des technologies de santé émergentes, et mettre à jour le cadre national de gouvernance à intervalles fixes.
gdhm-i3-s4-a1-monitor = Cadre de gouvernance mis à jour au cours des trois dernières années et rapport annuel de veille prospective publié (oui/non)
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible regulator
gdhm-i3-s4-a2 = Aligner les exigences nationales applicables aux technologies de santé émergentes sur les cadres réglementaires régionaux et internationaux, au moyen de dispositifs permanents de confiance réglementaire (reliance) et d’échange d’informations avec d’autres autorités de réglementation.
gdhm-i3-s4-a2-monitor = Nombre d’accords de reliance ou d’échange d’informations en vigueur avec d’autres autorités de réglementation

## Indicator 4 (scored indicator; scale phases)
gdhm-i4-title = Équité, inclusion et droits dans la santé numérique
gdhm-i4-question = La stratégie nationale de santé numérique prend-elle en compte l’équité, l’inclusion et les droits humains, de sorte que la santé numérique atteigne et protège tous les groupes de population ?
gdhm-i4-phase-1 = La stratégie de santé numérique, lorsqu’elle existe, ne tient pas compte de l’équité, de l’inclusion ni des droits humains.
gdhm-i4-phase-2 = L’équité, l’inclusion et les droits humains sont énoncés comme principes dans la stratégie de santé numérique, mais aucune mesure ni responsabilité spécifique n’est prévue pour les appliquer.
gdhm-i4-phase-3 = La stratégie fixe des mesures définies en faveur des groupes exposés à un risque d’exclusion, tels que les populations rurales, les personnes handicapées, les personnes âgées et les minorités linguistiques, et ces mesures sont appliquées avec la participation des groupes concernés.
gdhm-i4-phase-4 = Le gouvernement pilote l’application des mesures en matière d’équité et de droits dans tous les programmes de santé numérique et suit l’accès et l’utilisation par groupe de population au moyen de données ventilées.
gdhm-i4-phase-5 = L’équité, l’inclusion et les droits humains sont institutionnalisés dans la conception, le financement et l’examen de tous les services de santé numérique, maintenus dans la durée et reconnus à l’échelle nationale comme une pratique courante.
gdhm-i4-guidance = Examinez la stratégie de santé numérique et son cadre de suivi afin de repérer les mesures destinées aux groupes exposés à un risque d’exclusion et les données ventilées par sexe, âge, lieu de résidence, handicap ou revenu. Demandez à l’unité de santé numérique, aux organisations de patients et communautaires et à l’institution nationale des droits de l’homme comment ces groupes sont consultés et si les obstacles à l’accès font l’objet d’un suivi.
gdhm-i4-evidence-1 = Section de la stratégie de santé numérique consacrée à l’équité, à l’inclusion et aux droits humains
gdhm-i4-evidence-2 = Étude d’impact d’un programme de santé numérique sur l’équité ou les droits humains
gdhm-i4-evidence-3 = Rapport de suivi comportant des données ventilées par groupe de population
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4-s1-a1 = Recenser les groupes de population exposés à un risque d’exclusion de la santé numérique et les principaux obstacles auxquels ils se heurtent, à partir des enquêtes, études et consultations existantes.
gdhm-i4-s1-a1-monitor = Analyse de situation sur l’exclusion de la santé numérique achevée (oui/non)
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible civil-society
gdhm-i4-s1-a2 = Recueillir l’avis des communautés et des groupes exposés à un risque d’exclusion sur leur accès aux services de santé numérique et leur expérience de ces services, et le transmettre au ministère de la Santé.
gdhm-i4-s1-a2-monitor = Nombre de contributions de la société civile sur l’inclusion dans la santé numérique reçues par le ministère de la Santé
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4-s2-a1 = Traduire les principes d’équité et de droits de la stratégie en mesures concrètes, telles que la conception accessible, les langues locales, les solutions hors ligne et l’accès assisté, chacune assortie d’un service responsable et d’une cible.
gdhm-i4-s2-a1-monitor = Nombre de mesures d’équité et d’inclusion du plan d’action de la stratégie auxquelles un service responsable et une cible sont assignés
# step 2->3, action line 'inclusion', timeframe medium, cost low, responsible civil-society
gdhm-i4-s2-a2 = Participer régulièrement à la conception et aux tests des services de santé numérique au sein d’un groupe consultatif permanent représentant les groupes exposés à un risque d’exclusion.
gdhm-i4-s2-a2-monitor = Nombre de réunions du groupe consultatif sur les services de santé numérique tenues dans l’année
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4-s3-a1 = Exiger de chaque programme national de santé numérique qu’il rende compte de l’accès et de l’utilisation ventilés par sexe, âge, lieu de résidence et handicap, et examiner les résultats au sein de l’organe de gouvernance de la santé numérique.
gdhm-i4-s3-a1-monitor = Proportion des programmes nationaux de santé numérique qui communiquent des données ventilées sur l’accès et l’utilisation
# step 3->4, action line 'inclusion', timeframe medium, cost high, responsible civil-society
gdhm-i4-s3-a2 = Assurer un suivi indépendant, mené par les communautés, de l’accès, de l’accessibilité et du respect des droits dans les services de santé numérique dans les différentes régions du pays, et en publier les conclusions.
gdhm-i4-s3-a2-monitor = Nombre de régions couvertes par le suivi mené par les communautés et nombre de rapports de suivi publiés dans l’année
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4-s4-a1 = Institutionnaliser une étude d’impact sur l’équité et les droits humains comme étape obligatoire et financée de la conception, de l’achat et du renouvellement de tout service de santé numérique.
gdhm-i4-s4-a1-monitor = Proportion des services de santé numérique nouveaux ou renouvelés ayant fait l’objet d’une étude d’impact sur l’équité et les droits humains
# step 4->5, action line 'inclusion', timeframe medium, cost medium, responsible civil-society
gdhm-i4-s4-a2 = Maintenir un rôle officiel pour la société civile dans chaque revue périodique de la stratégie de santé numérique, y compris la publication d’un rapport indépendant sur l’équité et les droits.
gdhm-i4-s4-a2-monitor = Rapport indépendant de la société civile publié pour chaque revue de la stratégie (oui/non)

## Indicator 4a (sub-indicator of 4; scale phases)
gdhm-i4a-title = Le genre dans la stratégie et la gouvernance de la santé numérique
gdhm-i4a-question = La stratégie de santé numérique prend-elle en compte le genre, et les femmes sont-elles équitablement représentées dans les organes qui régissent la santé numérique ?
gdhm-i4a-phase-1 = Le genre n’est pas pris en compte dans la stratégie de santé numérique, et l’équilibre entre les femmes et les hommes au sein des organes de gouvernance de la santé numérique n’est pas connu.
gdhm-i4a-phase-2 = Le genre est mentionné dans la stratégie de santé numérique, mais il n’existe aucune mesure spécifique en la matière, et la participation des femmes aux organes de gouvernance n’est pas activement recherchée.
gdhm-i4a-phase-3 = La stratégie comporte des mesures définies pour combler les écarts entre les sexes dans l’accès à la santé numérique et son utilisation, et l’équilibre entre les femmes et les hommes au sein des organes de gouvernance est un objectif déclaré poursuivi avec les parties prenantes.
gdhm-i4a-phase-4 = Le gouvernement pilote la mise en œuvre des mesures relatives au genre en santé numérique, suit des données ventilées par sexe sur l’accès, l’utilisation et les personnels, et rend compte de l’équilibre entre les femmes et les hommes au sein des organes de gouvernance.
gdhm-i4a-phase-5 = L’égalité des genres est institutionnalisée dans les politiques, les programmes et la gouvernance de la santé numérique, maintenue d’une stratégie à l’autre et reconnue à l’échelle nationale.
gdhm-i4a-guidance = Vérifiez si la stratégie de santé numérique analyse les écarts entre les sexes en matière de possession d’un téléphone, de compétences numériques et d’utilisation des services, et si elle fixe des mesures et des cibles pour les combler. Demandez à l’unité de santé numérique et au point focal genre du ministère les données ventilées par sexe et la composition des organes de gouvernance de la santé numérique.
gdhm-i4a-evidence-1 = Analyse de genre ou section de la stratégie de santé numérique consacrée au genre
gdhm-i4a-evidence-2 = Composition des organes de gouvernance de la santé numérique ventilée par sexe
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4a-s1-a1 = Réaliser une analyse de genre rapide de l’accès aux services de santé numérique et de leur utilisation, ainsi que de la composition des organes de gouvernance de la santé numérique.
gdhm-i4a-s1-a1-monitor = Rapport d’analyse de genre achevé (oui/non)
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4a-s2-a1 = Adopter des mesures et des cibles spécifiques en matière de genre dans la stratégie de santé numérique, notamment une cible pour la proportion de femmes au sein des organes de gouvernance de la santé numérique.
gdhm-i4a-s2-a1-monitor = Nombre de mesures relatives au genre assorties de cibles dans le plan d’action de la stratégie, et proportion de femmes parmi les membres des organes de gouvernance
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4a-s3-a1 = Recueillir et communiquer des données ventilées par sexe sur l’accès, l’utilisation et les personnels dans tous les programmes nationaux de santé numérique, et tenir une revue annuelle des progrès en matière de genre.
gdhm-i4a-s3-a1-monitor = Proportion des programmes nationaux de santé numérique qui communiquent des données ventilées par sexe, et revue annuelle en matière de genre tenue (oui/non)
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4a-s4-a1 = Institutionnaliser une planification et une budgétisation sensibles au genre en santé numérique, avec un point focal genre financé et des critères de genre appliqués à chaque approbation de projet.
gdhm-i4a-s4-a1-monitor = Proportion des projets de santé numérique approuvés dans l’année qui ont été examinés au regard des critères de genre
