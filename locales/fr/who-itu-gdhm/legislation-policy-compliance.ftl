# legislation-policy-compliance : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 7 (scored indicator; scale phases)
gdhm-i7-title = Loi sur la protection et la sécurité des données de santé
gdhm-i7-question = Existe-t-il une loi qui protège les données personnelles de santé et fixe des exigences de sécurité à chaque étape de leur traitement, de la collecte et du stockage à l’utilisation, au transfert et à la destruction ?
gdhm-i7-phase-1 = Aucune loi ne protège les données personnelles, ou les dispositions existantes ne couvrent ni les données de santé ni leur sécurité, à quelque étape que ce soit de leur traitement.
gdhm-i7-phase-2 = Une loi sur la protection des données couvrant les données de santé a été adoptée ou est examinée par le Parlement, mais les textes d’application, l’autorité de contrôle ou les mécanismes de mise en application ne sont pas encore en place.
gdhm-i7-phase-3 = La loi est en vigueur avec ses textes d’application, et une autorité de contrôle l’applique avec les établissements de santé, les ministères et les partenaires, même si le respect de la loi n’est vérifié que ponctuellement.
gdhm-i7-phase-4 = La loi est appliquée dans l’ensemble des services de santé publics et privés : le gouvernement la fait respecter, impose des mesures de sécurité et la notification des violations de données, et vérifie la conformité au moyen d’audits réguliers.
gdhm-i7-phase-5 = La protection et la sécurité des données de santé font partie du fonctionnement courant du système de santé, la loi est révisée périodiquement à la lumière des nouvelles technologies, et son application dispose d’un financement suffisant et bénéficie d’une reconnaissance nationale.
gdhm-i7-guidance = Examinez la loi nationale sur la protection des données, les éventuelles dispositions propres aux données de santé et les règles relatives à la sécurité de l’information et à la conservation des dossiers. Demandez au service juridique du ministère de la Santé, au ministère de la Justice et à l’autorité de protection des données comment la loi est appliquée aux données de santé et comment les violations de données sont traitées.
gdhm-i7-evidence-1 = Loi nationale sur la protection des données et ses textes d’application
gdhm-i7-evidence-2 = Rapport annuel de l’autorité de protection des données couvrant des affaires du secteur de la santé
gdhm-i7-evidence-3 = Politique de sécurité de l’information du ministère de la Santé
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i7-s1-a1 = Examiner la législation existante afin de repérer les lacunes en matière de protection et de sécurité des données personnelles de santé, et préparer des instructions de rédaction pour un projet de loi sur la protection des données.
gdhm-i7-s1-a1-monitor = Analyse des lacunes juridiques achevée et instructions de rédaction émises (oui/non)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i7-s1-a2 = Publier à l’intention des institutions de santé des orientations provisoires sur les garanties minimales applicables à la collecte, au stockage et à la destruction des données personnelles de santé.
gdhm-i7-s1-a2-monitor = Orientations provisoires publiées (oui/non) et nombre d’institutions de santé auxquelles elles ont été adressées
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i7-s2-a1 = Rédiger et publier les textes d’application de la loi sur la protection des données, comportant des dispositions spécifiques sur les données de santé, les mesures de sécurité et la notification des violations de données.
gdhm-i7-s2-a1-monitor = Textes d’application adoptés et publiés au Journal officiel (oui/non)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i7-s2-a2 = Enregistrer les responsables du traitement des données de santé et mettre en place une procédure de réception et de traitement des plaintes et des notifications de violations de données provenant du secteur de la santé.
gdhm-i7-s2-a2-monitor = Nombre de responsables du traitement de données de santé enregistrés et nombre de plaintes et de notifications de violations traitées par an
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i7-s3-a1 = Mettre en cohérence les lois sectorielles de santé, telles que celles relatives aux dossiers médicaux, à la surveillance des maladies et à la recherche en santé, avec la loi sur la protection des données, et abroger les dispositions contraires.
gdhm-i7-s3-a1-monitor = Nombre de lois et règlements relatifs à la santé examinés et modifiés pour assurer leur cohérence avec la loi sur la protection des données
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i7-s3-a2 = Mettre en œuvre un programme d’audits de conformité des établissements de santé publics et privés et des systèmes nationaux de santé numérique, chaque audit étant suivi d’un plan de mesures correctives.
gdhm-i7-s3-a2-monitor = Proportion des systèmes nationaux de santé numérique et des hôpitaux ayant fait l’objet d’un audit de conformité en matière de protection des données au cours des deux dernières années
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i7-s4-a1 = Mettre en place un mécanisme permanent et financé chargé de réviser la législation sur la protection des données à intervalles fixes et de renforcer les capacités des juridictions et des parquets à traiter les affaires de protection des données.
gdhm-i7-s4-a1-monitor = Révision législative programmée achevée dans les délais (oui/non) et nombre de magistrats du siège et du parquet formés aux affaires de protection des données
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i7-s4-a2 = Publier un rapport annuel sur la protection des données dans le secteur de la santé, couvrant les violations, les sanctions et les conclusions des audits, et maintenir un programme de formation permanent à l’intention des responsables du traitement des données de santé.
gdhm-i7-s4-a2-monitor = Rapport annuel sur la protection des données dans le secteur de la santé publié chaque année et nombre de délégués à la protection des données de santé formés

## Indicator 8 (scored indicator; scale phases)
gdhm-i8-title = Confidentialité, consentement et partage des données de santé
gdhm-i8-question = La loi précise-t-elle dans quelles conditions les données personnelles de santé peuvent être consultées, partagées et utilisées, y compris le consentement des personnes et leur droit de consulter et de rectifier leur propre dossier ?
gdhm-i8-phase-1 = Aucune disposition légale ne régit la confidentialité des données personnelles de santé, le consentement des patients ni les personnes autorisées à consulter et à partager les dossiers de santé.
gdhm-i8-phase-2 = Des dispositions relatives à la confidentialité, au consentement et à l’accès aux données de santé ont été adoptées ou rédigées, mais les règles de partage des données entre prestataires et d’accès des patients sont incomplètes ou ne sont pas appliquées.
gdhm-i8-phase-3 = Des règles relatives au consentement, à l’accès et au partage des données sont en vigueur et appliquées par les principales institutions de santé publiques, selon des procédures convenues avec les prestataires, les assureurs et les représentants des patients.
gdhm-i8-phase-4 = Les règles relatives à la confidentialité, au consentement et au partage des données sont appliquées dans tous les services de santé publics et privés, les personnes peuvent exercer leurs droits d’accès et de rectification, et le gouvernement en contrôle le respect.
gdhm-i8-phase-5 = Le respect de la vie privée et du consentement fait partie intégrante, de manière courante et fiable, des soins et de l’utilisation des données de santé, et les règles sont révisées régulièrement et appliquées de manière cohérente par tous les systèmes de santé numérique.
gdhm-i8-guidance = Examinez le code de la santé publique, la charte des droits des patients et la loi sur la protection des données afin d’y repérer les dispositions relatives au consentement, à la confidentialité, à l’accès des patients et à l’utilisation secondaire des données de santé. Demandez au service juridique, à l’autorité de protection des données, aux responsables des établissements et aux organisations de patients comment les demandes d’accès et de partage sont traitées dans la pratique.
gdhm-i8-evidence-1 = Dispositions relatives à la confidentialité et au consentement dans la loi sur la santé ou la charte des droits des patients
gdhm-i8-evidence-2 = Politique ou protocole national de partage des données de santé
gdhm-i8-evidence-3 = Formulaires de consentement types utilisés par les établissements de santé
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i8-s1-a1 = Rédiger des dispositions légales définissant le consentement, la confidentialité et le droit des personnes de consulter et de rectifier leur dossier de santé, en vue de leur insertion dans la loi sur la santé ou dans la loi sur la protection des données.
gdhm-i8-s1-a1-monitor = Projet de dispositions sur la confidentialité des données de santé et le consentement soumis à l’approbation du gouvernement (oui/non)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i8-s1-a2 = Publier une note interprétative expliquant comment les règles existantes en matière de vie privée s’appliquent aux dossiers de santé et au partage des données entre prestataires de soins.
gdhm-i8-s1-a2-monitor = Note interprétative publiée (oui/non) et nombre d’hôpitaux publics auxquels elle a été diffusée
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i8-s2-a1 = Adopter une réglementation fixant les bases légales, les conditions et les garanties applicables au partage des données personnelles de santé à des fins de soins, de santé publique, de recherche et d’assurance.
gdhm-i8-s2-a1-monitor = Réglementation sur le partage des données de santé adoptée et publiée (oui/non)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i8-s2-a2 = Publier des formulaires de consentement types et une procédure type de traitement des demandes des patients visant à consulter ou à rectifier leurs données de santé, ou à en limiter l’utilisation.
gdhm-i8-s2-a2-monitor = Proportion des établissements de santé publics utilisant les formulaires de consentement types et la procédure type de traitement des demandes d’accès
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i8-s3-a1 = Donner une base légale aux accords de partage de données et à l’utilisation secondaire des données de santé dépersonnalisées, assortie de sanctions en cas d’accès ou de divulgation non autorisés.
gdhm-i8-s3-a1-monitor = Nombre d’accords de partage de données conclus en vertu du cadre juridique et nombre de sanctions prononcées pour accès non autorisé
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i8-s3-a2 = Exiger et vérifier la journalisation des accès et la gestion du consentement dans les systèmes nationaux de santé numérique, et enquêter sur les plaintes pour accès non autorisé à des dossiers de santé.
gdhm-i8-s3-a2-monitor = Proportion des systèmes nationaux de santé numérique dont la journalisation des accès et la gestion du consentement ont été vérifiées, et nombre de plaintes ayant fait l’objet d’une enquête par an
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i8-s4-a1 = Regrouper les dispositions relatives à la confidentialité, au consentement et au partage des données de santé dans un cadre juridique unique et cohérent, révisé selon un cycle fixe avec consultation publique.
gdhm-i8-s4-a1-monitor = Cadre juridique consolidé promulgué (oui/non) et nombre de révisions programmées menées avec consultation publique
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i8-s4-a2 = Mener un programme durable d’information du public sur les droits relatifs aux données de santé et publier chaque année des statistiques sur les demandes d’accès, les plaintes et les suites qui leur ont été données.
gdhm-i8-s4-a2-monitor = Statistiques annuelles sur les droits relatifs aux données de santé publiées et proportion des patients interrogés qui connaissent leur droit d’accès à leur dossier

## Indicator 9 (scored indicator; scale phases)
gdhm-i9-title = Réglementation des dispositifs et services de santé numérique
gdhm-i9-question = Existe-t-il un cadre réglementaire, doté d’une autorité désignée, pour l’autorisation, la certification et la surveillance du marché des dispositifs, logiciels et services de santé numérique ?
gdhm-i9-phase-1 = Aucune réglementation ni certification ne s’applique aux dispositifs de santé numérique, aux logiciels de santé ni aux services de santé numérique.
gdhm-i9-phase-2 = Un cadre réglementaire ou une autorité désignée pour les produits de santé numérique existe sur le papier, mais les critères d’évaluation, les procédures et les capacités en personnel ne sont pas encore en place.
gdhm-i9-phase-3 = Les produits et services sont évalués au regard de critères définis tels que la sécurité, la qualité, l’interopérabilité et la sécurité des données, et l’autorité travaille régulièrement avec les développeurs, les prestataires et l’organisme de normalisation.
gdhm-i9-phase-4 = L’enregistrement ou la certification est obligatoire pour les produits de santé numérique utilisés dans le pays, l’autorité placée sous la conduite du gouvernement dispose d’un personnel suffisant, et la conformité, les incidents et la performance après la mise sur le marché font l’objet d’un suivi.
gdhm-i9-phase-5 = La réglementation et la certification des produits de santé numérique constituent une fonction établie et financée de manière pérenne, mise à jour au rythme de l’évolution des technologies, dont les décisions sont reconnues par les prestataires, les acheteurs et le public.
gdhm-i9-guidance = Examinez la législation sur les dispositifs médicaux et les produits de santé afin de déterminer si elle couvre les logiciels et les services numériques, et s’il existe un dispositif d’enregistrement ou de certification. Demandez à l’autorité nationale de réglementation, à l’organisme national de normalisation et à l’unité de santé numérique quels produits ont été évalués et comment les incidents sont signalés.
gdhm-i9-evidence-1 = Réglementation des dispositifs médicaux couvrant les logiciels utilisés à des fins médicales
gdhm-i9-evidence-2 = Registre publié des produits de santé numérique certifiés
gdhm-i9-evidence-3 = Critères de certification ou directive technique publiés par l’autorité de réglementation
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9-s1-a1 = Recenser les dispositifs, logiciels et services de santé numérique en usage et déterminer lesquels relèvent de la réglementation existante sur les dispositifs médicaux ou les produits de santé.
gdhm-i9-s1-a1-monitor = Inventaire et classification réglementaire des produits de santé numérique achevés (oui/non)
# step 1->2, action line 'regulation', timeframe short, cost low, responsible standards-body
gdhm-i9-s1-a2 = Recenser les normes internationales de sécurité, de qualité, d’interopérabilité et de sécurité de l’information qui pourraient servir de base à la certification nationale des produits de santé numérique.
gdhm-i9-s1-a2-monitor = Liste des normes de référence pour les produits de santé numérique convenue avec l’autorité de réglementation (oui/non)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9-s2-a1 = Adopter une procédure de classification fondée sur les risques et d’enregistrement des dispositifs et logiciels de santé numérique, et affecter du personnel formé à l’examen des demandes.
gdhm-i9-s2-a1-monitor = Procédure d’enregistrement adoptée (oui/non) et nombre de produits de santé numérique examinés selon cette procédure
# step 2->3, action line 'regulation', timeframe medium, cost low, responsible standards-body
gdhm-i9-s2-a2 = Adopter les normes internationales retenues comme normes nationales et publier les exigences de conformité applicables aux produits de santé numérique.
gdhm-i9-s2-a2-monitor = Nombre de normes relatives aux produits de santé numérique adoptées comme normes nationales
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9-s3-a1 = Rendre l’enregistrement ou la certification obligatoire pour les produits de santé numérique utilisés dans les services de santé publics et mettre en place une surveillance après la mise sur le marché, avec notification des incidents.
gdhm-i9-s3-a1-monitor = Proportion des produits de santé numérique utilisés dans les services de santé publics qui sont enregistrés ou certifiés, et nombre de notifications d’incidents reçues par an
# step 3->4, action line 'regulation', timeframe medium, cost high, responsible standards-body
gdhm-i9-s3-a2 = Accréditer des laboratoires d’essai ou des organismes d’évaluation de la conformité capables de tester les produits de santé numérique au regard des normes nationales.
gdhm-i9-s3-a2-monitor = Nombre d’organismes d’évaluation de la conformité accrédités pour les produits de santé numérique et nombre de produits testés par an
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9-s4-a1 = Créer au sein de l’autorité de réglementation une unité permanente des produits de santé numérique, financée de manière pérenne, qui mette régulièrement à jour ses règles et conclue des accords de reliance ou de reconnaissance avec d’autres autorités de réglementation.
gdhm-i9-s4-a1-monitor = Unité des produits de santé numérique pourvue en personnel et dotée d’une ligne budgétaire récurrente (oui/non) et nombre d’accords de reliance ou de reconnaissance mutuelle signés
# step 4->5, action line 'regulation', timeframe medium, cost medium, responsible standards-body
gdhm-i9-s4-a2 = Réviser et mettre à jour selon un cycle fixe les normes nationales relatives aux produits de santé numérique, conjointement avec les développeurs, les prestataires et les utilisateurs.
gdhm-i9-s4-a2-monitor = Nombre de révisions programmées des normes réalisées et proportion des normes relatives aux produits de santé numérique révisées dans le cadre du cycle

## Indicator 9a (sub-indicator of 9; scale phases)
gdhm-i9a-title = Réglementation de l’intelligence artificielle en santé
gdhm-i9a-question = Existe-t-il un cadre réglementaire pour l’autorisation, la certification et la supervision des outils d’intelligence artificielle utilisés en santé ?
gdhm-i9a-phase-1 = Aucune règle ni orientation ne s’applique spécifiquement aux outils d’intelligence artificielle utilisés dans les soins de santé, la santé publique ou l’administration de la santé.
gdhm-i9a-phase-2 = Des orientations ou un projet de réglementation sur l’intelligence artificielle en santé ont été publiés, ou une autorité a été désignée, mais les critères et les procédures d’évaluation ne sont pas encore appliqués.
gdhm-i9a-phase-3 = Les outils d’intelligence artificielle en santé sont évalués au regard de critères définis tels que la sécurité, la performance, les biais, la transparence et le contrôle humain, avec la contribution des développeurs, des cliniciens et de l’autorité de protection des données.
gdhm-i9a-phase-4 = Une évaluation ou une certification est exigée avant l’utilisation d’outils d’intelligence artificielle dans les services de santé, et le gouvernement suit leur performance et les incidents signalés après leur déploiement.
gdhm-i9a-phase-5 = La supervision de l’intelligence artificielle en santé est une fonction réglementaire établie et financée de manière pérenne, mise à jour au rythme de l’évolution de la technologie et jouissant de la confiance des professionnels de santé et du public.
gdhm-i9a-guidance = Recherchez une politique ou une loi nationale sur l’intelligence artificielle, une réglementation des produits de santé couvrant les logiciels fondés sur l’intelligence artificielle, et toute orientation sur son utilisation éthique en santé. Demandez à l’autorité nationale de réglementation, à l’unité de santé numérique et au comité national d’éthique quels outils sont utilisés et comment ils ont été évalués.
gdhm-i9a-evidence-1 = Orientations réglementaires sur les logiciels médicaux fondés sur l’intelligence artificielle
gdhm-i9a-evidence-2 = Registre des outils d’intelligence artificielle autorisés dans les services de santé
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9a-s1-a1 = Désigner l’autorité responsable des outils d’intelligence artificielle utilisés en santé et dresser la liste des outils déjà utilisés ou en phase pilote dans le secteur de la santé.
gdhm-i9a-s1-a1-monitor = Autorité responsable désignée et inventaire des outils d’intelligence artificielle en santé achevé (oui/non)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9a-s2-a1 = Publier des critères d’évaluation et une procédure d’examen des outils d’intelligence artificielle en santé couvrant la performance clinique, les biais, la transparence, l’utilisation des données et le contrôle humain.
gdhm-i9a-s2-a1-monitor = Critères d’évaluation publiés (oui/non) et nombre d’outils d’intelligence artificielle examinés selon la procédure
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9a-s3-a1 = Exiger l’évaluation des outils d’intelligence artificielle avant leur utilisation dans les services de santé et suivre leur performance et les incidents après leur déploiement.
gdhm-i9a-s3-a1-monitor = Proportion des outils d’intelligence artificielle utilisés dans les services de santé qui ont été évalués avant leur déploiement, et nombre de rapports de performance reçus après déploiement
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9a-s4-a1 = Mettre en place au sein de l’autorité de réglementation une capacité permanente d’examen de l’intelligence artificielle, avec du personnel spécialisé, un budget récurrent et une révision programmée des règles au fil de l’évolution de la technologie.
gdhm-i9a-s4-a1-monitor = Nombre d’examinateurs spécialisés en intelligence artificielle employés par l’autorité de réglementation et date de la dernière révision programmée des règles

## Indicator 10 (scored indicator; scale phases)
gdhm-i10-title = Échange et stockage transfrontières des données de santé
gdhm-i10-question = Existe-t-il des lois ou des accords qui régissent l’échange de données de santé avec d’autres pays et le stockage de données de santé en dehors du territoire national ?
gdhm-i10-phase-1 = Aucune loi, aucune politique ni aucun accord ne traite du transfert transfrontière des données de santé ni de leur stockage à l’étranger, par exemple dans des services d’informatique en nuage étrangers.
gdhm-i10-phase-2 = Des dispositions sur le transfert transfrontière et le stockage des données de santé figurent dans la loi ou dans un projet de politique, mais les conditions, les garanties et les procédures d’autorisation ne sont pas encore appliquées.
gdhm-i10-phase-3 = L’échange et le stockage transfrontières des données de santé obéissent à des conditions et à des garanties définies, appliquées avec les partenaires concernés à des fins précises telles que la surveillance des maladies, l’orientation des patients ou la recherche.
gdhm-i10-phase-4 = Tout transfert transfrontière et tout stockage à l’étranger de données de santé requièrent une autorisation ou un accord, et le gouvernement en tient un registre et en contrôle la conformité.
gdhm-i10-phase-5 = L’échange transfrontière de données de santé est régi par des accords bilatéraux ou régionaux durables, les règles sont révisées régulièrement, et le pays participe à des échanges internationaux de confiance tout en protégeant les données de ses résidents.
gdhm-i10-guidance = Examinez la loi sur la protection des données, les politiques relatives aux données de santé, les éventuelles règles de localisation des données ou d’hébergement en nuage, ainsi que les accords régionaux ou bilatéraux sur les données de santé. Demandez au ministère de la Justice, à l’autorité de protection des données et à l’unité de santé numérique où les systèmes nationaux de santé hébergent leurs données et comment les transferts à des fins de surveillance, d’orientation des patients ou de recherche sont autorisés.
gdhm-i10-evidence-1 = Dispositions légales relatives au transfert de données personnelles à l’étranger
gdhm-i10-evidence-2 = Accord bilatéral ou régional sur l’échange de données de santé
gdhm-i10-evidence-3 = Politique gouvernementale sur l’hébergement des données de santé dans des services d’informatique en nuage
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible justice
gdhm-i10-s1-a1 = Examiner la législation nationale et les accords internationaux auxquels le pays est partie afin d’y repérer les dispositions applicables au transfert et au stockage à l’étranger des données de santé.
gdhm-i10-s1-a1-monitor = Examen juridique des dispositions relatives aux données de santé transfrontières achevé (oui/non)
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible moh-dhu
gdhm-i10-s1-a2 = Recenser les flux de données de santé qui sortent du pays et les systèmes de santé numérique hébergés à l’étranger, en consignant la finalité et le partenaire de chacun.
gdhm-i10-s1-a2-monitor = Inventaire achevé (oui/non), avec le nombre de flux de données transfrontières et de systèmes hébergés à l’étranger recensés
# step 2->3, action line 'cross-border', timeframe short, cost medium, responsible justice
gdhm-i10-s2-a1 = Rédiger et adopter des règles fixant les conditions, les garanties et la procédure d’autorisation applicables au transfert et au stockage des données de santé hors du pays.
gdhm-i10-s2-a1-monitor = Règles relatives au transfert transfrontière et au stockage des données de santé adoptées (oui/non)
# step 2->3, action line 'cross-border', timeframe medium, cost low, responsible moh-dhu
gdhm-i10-s2-a2 = Insérer des clauses relatives à la localisation, au transfert et à la restitution des données dans tous les contrats et accords de partenariat portant sur des systèmes de santé numérique.
gdhm-i10-s2-a2-monitor = Proportion des contrats et accords de partenariat relatifs aux systèmes de santé numérique qui comportent des clauses de localisation et de transfert des données
# step 3->4, action line 'cross-border', timeframe medium, cost medium, responsible justice
gdhm-i10-s3-a1 = Négocier avec les pays voisins et les organismes régionaux des accords bilatéraux ou régionaux d’échange de données de santé à des fins de surveillance des maladies, d’orientation des patients et de recherche.
gdhm-i10-s3-a1-monitor = Nombre d’accords bilatéraux ou régionaux d’échange de données de santé signés
# step 3->4, action line 'cross-border', timeframe medium, cost high, responsible moh-dhu
gdhm-i10-s3-a2 = Mettre en place des garanties techniques et organisationnelles, telles que le chiffrement, des passerelles sécurisées et un registre des autorisations, pour tous les échanges transfrontières de données de santé autorisés.
gdhm-i10-s3-a2-monitor = Proportion des échanges transfrontières de données de santé autorisés qui fonctionnent avec les garanties requises et sont inscrits au registre des autorisations
# step 4->5, action line 'cross-border', timeframe long, cost high, responsible justice
gdhm-i10-s4-a1 = Préparer l’adhésion du pays aux instruments régionaux ou internationaux relatifs à la protection des données transfrontières et maintenir les règles nationales en conformité avec ceux-ci au moyen de révisions programmées.
gdhm-i10-s4-a1-monitor = Nombre d’instruments régionaux ou internationaux ratifiés et date de la dernière révision programmée des règles nationales
# step 4->5, action line 'cross-border', timeframe medium, cost medium, responsible moh-dhu
gdhm-i10-s4-a2 = Publier un rapport annuel sur les échanges transfrontières de données de santé et réexaminer chaque accord d’échange et chaque dispositif d’hébergement selon un cycle fixe.
gdhm-i10-s4-a2-monitor = Rapport annuel sur les données de santé transfrontières publié et proportion des accords et des dispositifs d’hébergement réexaminés dans le cadre du cycle
