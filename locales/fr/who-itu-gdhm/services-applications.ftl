# services-applications : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 19 (scored indicator; scale bands:coverage)
gdhm-i19-title = Systèmes de santé numérique à l’échelle nationale pour les priorités nationales
gdhm-i19-question = Quelle proportion des domaines prioritaires de santé nationaux est soutenue par des systèmes de santé numérique déployés à l’échelle nationale ?
gdhm-i19-phase-1 = Aucun des domaines prioritaires de santé nationaux n’est soutenu par un système de santé numérique déployé à l’échelle nationale ; les systèmes existants sont des projets pilotes ou des projets limités.
gdhm-i19-phase-2 = Moins de 25 % des domaines prioritaires de santé nationaux sont soutenus par des systèmes de santé numérique déployés à l’échelle nationale ; la plupart des autres systèmes restent au stade pilote.
gdhm-i19-phase-3 = De 25 % à 50 % des domaines prioritaires de santé nationaux sont soutenus par des systèmes de santé numérique déployés à l’échelle nationale.
gdhm-i19-phase-4 = De 50 % à 75 % des domaines prioritaires de santé nationaux sont soutenus par des systèmes de santé numérique déployés à l’échelle nationale et suivis par le ministère.
gdhm-i19-phase-5 = Plus de 75 % des domaines prioritaires de santé nationaux sont soutenus par des systèmes de santé numérique déployés à l’échelle nationale, utilisés de manière courante et pérennisés par le gouvernement.
gdhm-i19-guidance = Dressez la liste des domaines prioritaires cités dans la stratégie nationale de santé, par exemple la santé de la mère et de l’enfant, la vaccination, le VIH, la tuberculose, le paludisme ou les maladies non transmissibles, et vérifiez pour chacun si un système numérique est utilisé sur l’ensemble du territoire et pas seulement dans des districts pilotes. Interrogez les responsables de programme, l’équipe du système national d’information sanitaire (SNIS) et l’unité de santé numérique.
gdhm-i19-evidence-1 = Liste des domaines prioritaires de santé nationaux tirée de la stratégie nationale de santé
gdhm-i19-evidence-2 = Inventaire des systèmes de santé numérique indiquant l’état de leur déploiement géographique
gdhm-i19-evidence-3 = Rapports de programme attestant l’utilisation courante des systèmes à l’échelle nationale
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-dhu
gdhm-i19-s1-a1 = Faire le point sur les projets pilotes et les projets de santé numérique existants, et évaluer lesquels pourraient être étendus pour servir les programmes prioritaires nationaux.
gdhm-i19-s1-a1-monitor = Inventaire achevé ; nombre de systèmes jugés aptes à une mise à l’échelle
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-planning
gdhm-i19-s1-a2 = Arrêter la liste des domaines prioritaires de santé nationaux au regard desquels la couverture par les systèmes numériques sera mesurée, et convenir de l’ordre de mise à l’échelle.
gdhm-i19-s1-a2-monitor = Liste des domaines prioritaires et ordre de mise à l’échelle approuvés par le ministère
# step 2->3, action line 'national-systems', timeframe short, cost medium, responsible moh-dhu
gdhm-i19-s2-a1 = Étendre les systèmes retenus des districts pilotes à un déploiement national dans d’autres domaines prioritaires, en s’appuyant sur l’architecture et les normes nationales.
gdhm-i19-s2-a1-monitor = Nombre de domaines prioritaires dotés d’un système déployé à l’échelle nationale
# step 2->3, action line 'national-systems', timeframe medium, cost low, responsible moh-planning
gdhm-i19-s2-a2 = Exiger que le plan de chaque programme prioritaire national précise le système numérique qui le soutient ainsi que les modalités de déploiement et de financement de ce système.
gdhm-i19-s2-a2-monitor = Proportion des plans de programmes prioritaires comportant une section consacrée aux systèmes numériques
# step 3->4, action line 'national-systems', timeframe medium, cost medium, responsible moh-dhu
gdhm-i19-s3-a1 = Étendre les systèmes nationaux aux domaines prioritaires restants, en réutilisant les plateformes et les registres partagés plutôt qu’en développant des applications distinctes.
gdhm-i19-s3-a1-monitor = Proportion des domaines prioritaires de santé nationaux soutenus par un système déployé à l’échelle nationale
# step 3->4, action line 'national-systems', timeframe medium, cost high, responsible moh-planning
gdhm-i19-s3-a2 = Transférer les coûts de fonctionnement des systèmes déployés à l’échelle nationale du financement par projets vers le budget du secteur de la santé et son plan pluriannuel.
gdhm-i19-s3-a2-monitor = Part des coûts de fonctionnement des systèmes nationaux financée sur le budget de l’État
# step 4->5, action line 'national-systems', timeframe long, cost high, responsible moh-dhu
gdhm-i19-s4-a1 = Regrouper les systèmes nationaux au sein d’une plateforme intégrée, exploitée par le gouvernement et couvrant tous les domaines prioritaires, avec un appui technique pérenne.
gdhm-i19-s4-a1-monitor = Proportion des domaines prioritaires de santé nationaux desservis par des systèmes exploités par le gouvernement ; disponibilité des systèmes sur l’année, en %
# step 4->5, action line 'national-systems', timeframe medium, cost medium, responsible moh-planning
gdhm-i19-s4-a2 = Utiliser les données des systèmes nationaux lors de la revue conjointe annuelle du secteur de la santé et lors de l’actualisation des cibles des programmes prioritaires.
gdhm-i19-s4-a2-monitor = Nombre d’indicateurs de programmes prioritaires de la revue annuelle qui sont tirés des systèmes numériques nationaux

## Indicator 20 (scored indicator; scale phases)
gdhm-i20-title = Registres des personnels de santé et des établissements de santé
gdhm-i20-question = Existe-t-il des registres nationaux à jour des personnels de santé et des établissements de santé, comprenant la localisation de chaque établissement, que d’autres systèmes peuvent utiliser ?
gdhm-i20-phase-1 = Il n’existe aucun registre national des personnels de santé ni des établissements de santé ; les listes sont tenues sur papier ou dans des tableurs épars, sans coordonnées géographiques.
gdhm-i20-phase-2 = Des registres des personnels de santé ou des établissements ont été mis en place ou officiellement prescrits, mais ils sont incomplets, rarement mis à jour ou dépourvus de données de localisation.
gdhm-i20-phase-3 = Les deux registres sont utilisés et mis à jour régulièrement avec les ordres professionnels, les districts et les partenaires, et les coordonnées de la plupart des établissements sont enregistrées.
gdhm-i20-phase-4 = Le gouvernement tient les deux registres, avec des identifiants uniques et les coordonnées des établissements ; leur exhaustivité et la rapidité de leur mise à jour font l’objet d’un suivi, et d’autres systèmes s’y alimentent.
gdhm-i20-phase-5 = Les registres constituent la source nationale de référence, mis à jour en continu selon des procédures définies, financés sur le budget récurrent et utilisés par tous les systèmes d’information sanitaire et pour la planification.
gdhm-i20-guidance = Vérifiez l’exhaustivité des deux registres en les comparant à d’autres décomptes, tels que les états de paie, les registres d’autorisation d’exercer ou les enquêtes auprès des établissements, et vérifiez si les établissements disposent de coordonnées géographiques. Interrogez la direction des ressources humaines, les ordres professionnels, l’équipe du système national d’information sanitaire (SNIS) et l’unité de santé numérique.
gdhm-i20-evidence-1 = Liste de référence des établissements de santé avec leurs coordonnées géographiques
gdhm-i20-evidence-2 = Registre national des personnels de santé ou base de données des autorisations d’exercer
gdhm-i20-evidence-3 = Rapport sur l’exhaustivité des registres et les dates de leur dernière mise à jour
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i20-s1-a1 = Établir une première liste de référence des établissements de santé publics et privés, attribuant un code unique à chacun, à partir des listes existantes des districts et des programmes.
gdhm-i20-s1-a1-monitor = Liste de référence des établissements établie ; nombre d’établissements dotés d’un code unique
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-hr
gdhm-i20-s1-a2 = Regrouper les états de paie et les registres d’autorisation d’exercer existants en une liste unique des personnels de santé, avec un identifiant unique pour chaque personne.
gdhm-i20-s1-a2-monitor = Liste consolidée établie ; nombre de personnels de santé dotés d’un identifiant unique
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i20-s2-a1 = Relever les coordonnées géographiques de tous les établissements répertoriés et publier la liste de référence des établissements sous la forme d’un registre électronique.
gdhm-i20-s2-a1-monitor = Proportion des établissements répertoriés dont les coordonnées géographiques ont été vérifiées
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-hr
gdhm-i20-s2-a2 = Convenir avec les ordres professionnels et les employeurs de procédures de mise à jour afin que les recrutements, les mutations, les autorisations d’exercer et les départs soient enregistrés dans le registre des personnels.
gdhm-i20-s2-a2-monitor = Procédures de mise à jour adoptées ; proportion des fiches du registre mises à jour au cours des 12 derniers mois
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i20-s3-a1 = Connecter le registre des établissements à la plateforme d’échange d’informations de santé afin que les autres systèmes utilisent ses codes, et vérifier son exhaustivité chaque trimestre.
gdhm-i20-s3-a1-monitor = Nombre de systèmes utilisant les codes du registre des établissements ; nombre de rapports trimestriels sur l’exhaustivité publiés
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-hr
gdhm-i20-s3-a2 = Étendre le registre des personnels aux secteurs privé et confessionnel ainsi qu’aux agents de santé communautaires, avec une mise à jour électronique au niveau des districts.
gdhm-i20-s3-a2-monitor = Proportion des personnels de santé du secteur privé, du secteur confessionnel et des agents de santé communautaires inscrits au registre
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i20-s4-a1 = Consacrer par voie réglementaire les deux registres comme référence nationale faisant autorité, avec une équipe dédiée et un financement récurrent pour leur fonctionnement.
gdhm-i20-s4-a1-monitor = Texte réglementaire adopté ; postes de l’équipe chargée des registres pourvus ; budget récurrent alloué
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-hr
gdhm-i20-s4-a2 = Utiliser couramment le registre des personnels pour la planification des effectifs, l’affectation du personnel et le contrôle des états de paie, et publier chaque année un rapport sur les personnels de santé fondé sur ce registre.
gdhm-i20-s4-a2-monitor = Rapport annuel sur les personnels de santé publié à partir des données du registre ; proportion des fiches de paie rapprochées du registre

## Indicator 21 (scored indicator; scale bands:coverage)
gdhm-i21-title = Identification numérique des personnes pour la santé
gdhm-i21-question = Quelle proportion de la population dispose d’un identifiant numérique unique que les services de santé peuvent utiliser pour l’identifier ?
gdhm-i21-phase-1 = Aucune partie de la population ne dispose d’un identifiant numérique utilisable dans les services de santé ; les personnes sont identifiées par leur nom ou par des numéros qui diffèrent d’un établissement à l’autre.
gdhm-i21-phase-2 = Moins de 25 % de la population dispose d’un identifiant numérique unique utilisable par les services de santé.
gdhm-i21-phase-3 = De 25 % à 50 % de la population dispose d’un identifiant numérique unique utilisable par les services de santé.
gdhm-i21-phase-4 = De 50 % à 75 % de la population dispose d’un identifiant numérique unique, et les services de santé l’enregistrent dans la plupart des systèmes prioritaires.
gdhm-i21-phase-5 = Plus de 75 % de la population dispose d’un identifiant numérique unique que les services de santé utilisent couramment dans l’ensemble des établissements et des systèmes.
gdhm-i21-guidance = Déterminez quel identifiant est utilisé dans le domaine de la santé, tel que le numéro d’identification national, un numéro d’assurance maladie ou un identifiant de santé dédié, et établissez la proportion de la population enregistrée. Interrogez l’autorité chargée de l’état civil et de l’identification, l’organisme d’assurance maladie et l’unité de santé numérique, et notez comment sont prises en charge les personnes dépourvues de pièces d’identité.
gdhm-i21-evidence-1 = Statistiques d’enregistrement de l’autorité chargée de l’identification ou de l’identifiant de santé
gdhm-i21-evidence-2 = Politique ou réglementation relative à l’utilisation des identifiants dans les services de santé
gdhm-i21-evidence-3 = Rapport sur l’enregistrement des identifiants dans les établissements de santé
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21-s1-a1 = Convenir avec le ministère de la Santé de l’utilisation, dans les services de santé, du numéro d’identification national ou d’un identifiant de santé qui en est dérivé.
gdhm-i21-s1-a1-monitor = Protocole d’accord ou décision conjointe signé
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21-s1-a2 = Définir les règles d’identification des personnes dans les services de santé, y compris des garanties afin que nul ne se voie refuser des soins faute d’identifiant.
gdhm-i21-s1-a2-monitor = Politique d’identification pour les services de santé adoptée
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21-s2-a1 = Mener des campagnes d’enregistrement dans les établissements de santé, en lien avec l’enregistrement des naissances et les séances de vaccination, afin d’étendre la couverture de l’identifiant.
gdhm-i21-s2-a1-monitor = Nombre de personnes enregistrées lors des campagnes menées dans les établissements de santé ; proportion de la population disposant d’un identifiant
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-dhu
gdhm-i21-s2-a2 = Ajouter l’identifiant aux formulaires d’enregistrement et aux normes de données des systèmes d’information sanitaire prioritaires.
gdhm-i21-s2-a2-monitor = Nombre de systèmes prioritaires qui enregistrent l’identifiant
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21-s3-a1 = Fournir un service de vérification sécurisé que les établissements de santé peuvent interroger, en ligne ou hors ligne, pour confirmer l’identifiant d’une personne.
gdhm-i21-s3-a1-monitor = Nombre d’établissements utilisant le service de vérification ; nombre de vérifications par mois
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-dhu
gdhm-i21-s3-a2 = Déployer dans les établissements de santé publics de tout le pays des outils de saisie et de vérification de l’identifiant.
gdhm-i21-s3-a2-monitor = Proportion des établissements de santé publics qui enregistrent l’identifiant lors de l’enregistrement des patients
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21-s4-a1 = Parvenir à un enregistrement universel, y compris des groupes isolés et marginalisés, au moyen d’équipes d’enregistrement mobiles et de l’enregistrement dès la naissance.
gdhm-i21-s4-a1-monitor = Proportion de la population disposant d’un identifiant, par région et par sexe
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21-s4-a2 = Utiliser couramment l’identifiant pour la continuité des soins, l’assurance maladie et les statistiques de services, dans le respect de garanties de confidentialité régulièrement auditées.
gdhm-i21-s4-a2-monitor = Proportion des contacts avec les patients enregistrés avec un identifiant vérifié ; nombre d’audits de confidentialité réalisés

## Indicator 21a (sub-indicator of 21; scale bands:coverage)
gdhm-i21a-title = Index maître des patients
gdhm-i21a-question = Quelle proportion de la population est enregistrée dans un index maître des patients qui relie les dossiers de chaque personne entre les établissements de santé et les systèmes ?
gdhm-i21a-phase-1 = Il n’existe aucun index maître des patients ; chaque établissement ou système attribue ses propres numéros de patient, et les dossiers d’une même personne ne peuvent pas être reliés.
gdhm-i21a-phase-2 = Moins de 25 % de la population est enregistrée dans un index maître des patients, généralement dans un nombre limité d’établissements ou de programmes.
gdhm-i21a-phase-3 = De 25 % à 50 % de la population est enregistrée dans un index maître des patients connecté à plusieurs systèmes prioritaires.
gdhm-i21a-phase-4 = De 50 % à 75 % de la population est enregistrée dans un index maître des patients, et les doublons font l’objet d’un suivi et sont résolus.
gdhm-i21a-phase-5 = Plus de 75 % de la population est enregistrée dans un index maître des patients utilisé dans l’ensemble des établissements publics et privés.
gdhm-i21a-guidance = Vérifiez si un index maître des patients, également appelé registre des usagers, est en service, combien de personnes uniques il contient par rapport à la population, et comment les doublons sont résolus. Interrogez l’unité de santé numérique et les équipes qui gèrent les principaux systèmes cliniques et systèmes de programmes.
gdhm-i21a-evidence-1 = Statistiques de l’index maître des patients sur le nombre de personnes uniques enregistrées
gdhm-i21a-evidence-2 = Documentation technique de l’index et de ses règles d’appariement des dossiers
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21a-s1-a1 = Définir les fonctions, les règles d’appariement des dossiers et les éléments de données d’un index maître des patients national dans le cadre de l’architecture de santé numérique.
gdhm-i21a-s1-a1-monitor = Spécifications de l’index maître des patients approuvées
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i21a-s2-a1 = Déployer l’index maître des patients et y connecter les premiers systèmes prioritaires, tels que les registres de vaccination ou les dossiers de santé maternelle.
gdhm-i21a-s2-a1-monitor = Nombre de systèmes connectés ; nombre de personnes uniques enregistrées dans l’index
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21a-s3-a1 = Connecter les hôpitaux et les systèmes prioritaires restants à l’index, et mettre en place une équipe chargée de la qualité des données pour résoudre les doublons.
gdhm-i21a-s3-a1-monitor = Proportion de la population enregistrée dans l’index ; proportion de doublons
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i21a-s4-a1 = Étendre l’index à tous les établissements publics et privés et le relier au système national d’identification, avec un financement de fonctionnement pérenne.
gdhm-i21a-s4-a1-monitor = Proportion de la population enregistrée dans l’index ; proportion des établissements qui y sont connectés

## Indicator 21b (sub-indicator of 21; scale bands:coverage)
gdhm-i21b-title = Enregistrement des naissances
gdhm-i21b-question = Quelle proportion des naissances est enregistrée dans le système d’état civil ?
gdhm-i21b-phase-1 = L’enregistrement des naissances n’est pas opérationnel, et aucune naissance n’est enregistrée dans un système d’état civil.
gdhm-i21b-phase-2 = Moins de 25 % des naissances sont enregistrées, principalement sur papier et souvent longtemps après la naissance.
gdhm-i21b-phase-3 = De 25 % à 50 % des naissances sont enregistrées, et certains établissements de santé déclarent les naissances au bureau d’état civil.
gdhm-i21b-phase-4 = De 50 % à 75 % des naissances sont enregistrées, et la plupart des naissances survenues dans les établissements de santé sont déclarées à l’état civil.
gdhm-i21b-phase-5 = Plus de 75 % des naissances sont enregistrées, pour la plupart sous forme numérique et sur déclaration des établissements de santé.
gdhm-i21b-guidance = Utilisez la dernière estimation officielle de l’exhaustivité de l’enregistrement des naissances fournie par l’autorité chargée de l’état civil ou l’institut national de la statistique, et consignez-en l’année. Demandez également si les naissances survenues dans les établissements de santé sont déclarées par voie électronique à l’état civil.
gdhm-i21b-evidence-1 = Statistiques de l’état civil sur les naissances enregistrées et l’exhaustivité de l’enregistrement
gdhm-i21b-evidence-2 = Estimation de l’enregistrement des naissances issue d’une enquête auprès des ménages
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21b-s1-a1 = Ouvrir des points d’enregistrement des naissances dans les maternités afin que les naissances puissent être enregistrées sur le lieu où elles surviennent.
gdhm-i21b-s1-a1-monitor = Nombre de maternités dotées d’un point d’enregistrement des naissances
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21b-s2-a1 = Mettre en place la déclaration électronique des naissances par les établissements de santé au système d’état civil.
gdhm-i21b-s2-a1-monitor = Proportion des naissances survenues dans les établissements de santé déclarées par voie électronique à l’état civil
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21b-s3-a1 = Étendre l’enregistrement numérique au niveau communautaire, les agents de santé communautaires et les officiers d’état civil locaux déclarant les naissances survenues en dehors des établissements.
gdhm-i21b-s3-a1-monitor = Proportion des naissances enregistrées dans le délai légal
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21b-s4-a1 = Achever la numérisation de l’enregistrement des naissances sur l’ensemble du territoire, y compris des actes anciens, et la relier au système national d’identification.
gdhm-i21b-s4-a1-monitor = Proportion des naissances enregistrées ; proportion des actes de naissance anciens numérisés

## Indicator 21c (sub-indicator of 21; scale bands:coverage)
gdhm-i21c-title = Enregistrement des décès
gdhm-i21c-question = Quelle proportion des décès est enregistrée dans le système d’état civil ?
gdhm-i21c-phase-1 = L’enregistrement des décès n’est pas opérationnel, et aucun décès n’est enregistré dans un système d’état civil.
gdhm-i21c-phase-2 = Moins de 25 % des décès sont enregistrés, et la cause du décès est rarement consignée.
gdhm-i21c-phase-3 = De 25 % à 50 % des décès sont enregistrés, principalement ceux qui surviennent dans les établissements de santé.
gdhm-i21c-phase-4 = De 50 % à 75 % des décès sont enregistrés, avec une cause médicalement certifiée pour de nombreux décès survenus dans les établissements de santé.
gdhm-i21c-phase-5 = Plus de 75 % des décès sont enregistrés, avec des actes numériques et des causes de décès certifiées utilisés pour les statistiques sanitaires nationales.
gdhm-i21c-guidance = Utilisez la dernière estimation officielle de l’exhaustivité de l’enregistrement des décès fournie par l’autorité chargée de l’état civil ou l’institut national de la statistique, et consignez-en l’année. Demandez si les décès survenus dans les établissements sont certifiés avec une cause de décès codée et déclarés par voie électronique, et comment les décès survenus dans la communauté sont recensés.
gdhm-i21c-evidence-1 = Statistiques de l’état civil sur les décès enregistrés et l’exhaustivité de l’enregistrement
gdhm-i21c-evidence-2 = Rapport de statistiques de l’état civil sur la mortalité par cause de décès
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21c-s1-a1 = Désigner des points focaux et établir une procédure simple de déclaration à l’état civil des décès survenus dans les hôpitaux et les centres de santé.
gdhm-i21c-s1-a1-monitor = Nombre d’établissements de santé dotés d’un point focal désigné pour la déclaration des décès
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21c-s2-a1 = Mettre en place la déclaration électronique des décès par les hôpitaux, y compris le certificat médical de cause de décès.
gdhm-i21c-s2-a1-monitor = Proportion des décès survenus dans les établissements de santé déclarés par voie électronique à l’état civil
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21c-s3-a1 = Mettre en place une déclaration communautaire des décès par l’intermédiaire des responsables locaux et des agents de santé, avec recours à l’autopsie verbale lorsqu’aucun médecin ne certifie le décès.
gdhm-i21c-s3-a1-monitor = Proportion des décès estimés qui sont enregistrés ; nombre de décès communautaires déclarés
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21c-s4-a1 = Numériser l’enregistrement des décès sur l’ensemble du territoire et produire chaque année des statistiques de l’état civil sur la mortalité et les causes de décès.
gdhm-i21c-s4-a1-monitor = Proportion des décès enregistrés ; rapport annuel de statistiques de l’état civil publié

## Indicator 22 (scored indicator; scale phases)
gdhm-i22-title = Systèmes sécurisés de recueil de l’avis des patients
gdhm-i22-question = Existe-t-il des canaux numériques sécurisés par lesquels les patients peuvent donner leur avis sur les services de santé, et cet avis est-il suivi d’effets ?
gdhm-i22-phase-1 = Il n’existe aucun canal numérique permettant aux patients de donner leur avis sur les services de santé, ou les avis sont recueillis de manière informelle et ne sont pas enregistrés.
gdhm-i22-phase-2 = Un canal numérique de recueil des avis, tel qu’une ligne d’assistance téléphonique, un service de SMS ou un formulaire en ligne, a été mis en place ou prescrit, mais il est peu connu, couvre peu d’établissements ou ne protège pas les données personnelles.
gdhm-i22-phase-3 = Des canaux sécurisés de recueil des avis fonctionnent dans de nombreux établissements, et les avis sont recueillis et examinés régulièrement avec les responsables des établissements et les associations de patients.
gdhm-i22-phase-4 = Le ministère gère un système national de recueil des avis assorti de garanties en matière de protection des données ; les avis sont analysés, les réponses font l’objet d’un suivi et les résultats sont communiqués à la direction.
gdhm-i22-phase-5 = L’avis des patients fait partie intégrante et institutionnalisée de la gestion de la qualité, avec un financement pérenne, une publication des résultats et des éléments attestant que les services évoluent en conséquence.
gdhm-i22-guidance = Vérifiez quels canaux existent, tels qu’une ligne d’assistance téléphonique, des SMS, une application mobile ou un formulaire en ligne, combien d’établissements ils couvrent, comment les données personnelles sont protégées et quelle suite est donnée aux plaintes. Interrogez la direction de la qualité des soins, l’unité de santé numérique et les organisations de patients ou de la société civile.
gdhm-i22-evidence-1 = Description du système de recueil de l’avis des patients et de ses mesures de protection des données
gdhm-i22-evidence-2 = Rapport périodique sur les avis reçus et les suites données
gdhm-i22-evidence-3 = Évaluation du système de recueil des avis par des organisations de patients ou communautaires
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i22-s1-a1 = Désigner un service responsable et concevoir un canal numérique sécurisé de recueil des avis, assorti de règles de confidentialité et de traitement des plaintes.
gdhm-i22-s1-a1-monitor = Procédure de recueil des avis adoptée ; service responsable désigné
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible civil-society
gdhm-i22-s1-a2 = Consulter les organisations de patients et communautaires sur les canaux de recueil des avis auxquels la population fait confiance et qu’elle peut utiliser, y compris les personnes handicapées ou peu alphabétisées.
gdhm-i22-s1-a2-monitor = Nombre de consultations tenues ; rapport de consultation transmis au ministère
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i22-s2-a1 = Lancer le canal de recueil des avis dans des districts pilotes, avec un outil de suivi des dossiers et des délais de réponse cibles.
gdhm-i22-s2-a1-monitor = Nombre d’établissements couverts ; proportion des dossiers clôturés dans le délai cible
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible civil-society
gdhm-i22-s2-a2 = Faire connaître le canal de recueil des avis au public par l’intermédiaire des réseaux communautaires et d’affiches dans les établissements de santé.
gdhm-i22-s2-a2-monitor = Nombre de séances de sensibilisation tenues ; nombre d’avis reçus par mois
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i22-s3-a1 = Étendre le système de recueil des avis à tous les établissements de santé publics et intégrer ses résultats dans les revues de la qualité des soins.
gdhm-i22-s3-a1-monitor = Proportion des établissements de santé publics couverts ; nombre de revues de la qualité ayant utilisé les données relatives aux avis
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible civil-society
gdhm-i22-s3-a2 = Réaliser des fiches d’évaluation communautaires ou des enquêtes indépendantes parallèlement au canal numérique, afin de vérifier que les avis reflètent l’expérience de tous les groupes de population.
gdhm-i22-s3-a2-monitor = Nombre d’évaluations indépendantes réalisées, avec des résultats ventilés par sexe, âge et région
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i22-s4-a1 = Intégrer l’avis des patients dans le système national de gestion de la qualité et de la performance, avec un financement pérenne et un rapport public annuel.
gdhm-i22-s4-a1-monitor = Rapport public annuel sur l’avis des patients publié ; ligne budgétaire allouée au système de recueil des avis
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible civil-society
gdhm-i22-s4-a2 = Mettre en place avec le ministère un mécanisme de contrôle conjoint qui suit la manière dont les services donnent suite à l’avis des patients.
gdhm-i22-s4-a2-monitor = Nombre de réunions du mécanisme de contrôle conjoint tenues ; proportion des mesures de suivi convenues qui ont été réalisées

## Indicator 23 (scored indicator; scale phases)
gdhm-i23-title = La santé numérique au service de la gestion de la santé de la population
gdhm-i23-question = Les données des systèmes de santé numérique sont-elles utilisées pour planifier, suivre et gérer la santé de la population ?
gdhm-i23-phase-1 = Les données des systèmes de santé numérique ne sont pas utilisées pour la planification de la santé de la population ni pour la surveillance ; les décisions reposent sur des enquêtes ou des estimations.
gdhm-i23-phase-2 = Certaines données numériques sont utilisées pour des rapports ou la surveillance, mais leur utilisation est ponctuelle, limitée à certains programmes et n’est pas officiellement exigée.
gdhm-i23-phase-3 = Les données numériques sont utilisées régulièrement avec les programmes et les districts pour suivre la couverture des services, détecter les flambées épidémiques et cibler les services sur les groupes à risque.
gdhm-i23-phase-4 = Le ministère pilote l’utilisation courante des données numériques pour la gestion de la santé de la population, avec des tableaux de bord, du personnel d’analyse et des processus décisionnels définis dont l’application fait l’objet d’un suivi.
gdhm-i23-phase-5 = La gestion de la santé de la population fondée sur les données numériques est institutionnalisée : les données alimentent la planification, la budgétisation, la surveillance et l’évaluation à tous les niveaux, avec une capacité d’analyse pérenne.
gdhm-i23-guidance = Recherchez des cas concrets où des données numériques ont modifié une décision, tels que la riposte à une flambée épidémique, le ciblage des services de proximité, l’allocation des ressources ou la revue d’un programme. Interrogez les directions de la planification et de la surveillance, les responsables de programme, les équipes cadres de district et l’équipe du système national d’information sanitaire (SNIS).
gdhm-i23-evidence-1 = Revue ou plan du secteur de la santé citant des données issues des systèmes numériques
gdhm-i23-evidence-2 = Rapports de surveillance ou de tableaux de bord utilisés lors des réunions de direction
gdhm-i23-evidence-3 = Procès-verbaux de décisions fondées sur des données de santé numériques
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i23-s1-a1 = Déterminer les questions de santé de la population auxquelles les systèmes numériques existants peuvent répondre, et produire une première série d’analyses courantes à l’intention des décideurs.
gdhm-i23-s1-a1-monitor = Nombre de produits d’analyse courants diffusés
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-planning
gdhm-i23-s1-a2 = Définir les indicateurs issus des systèmes numériques que les plans de santé nationaux et de district utiliseront pour suivre la santé de la population.
gdhm-i23-s1-a2-monitor = Liste d’indicateurs adoptée dans les directives de planification sanitaire
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i23-s2-a1 = Mettre en place, pour les programmes prioritaires et les districts, des tableaux de bord qui s’appuient sur les données des systèmes et des registres nationaux.
gdhm-i23-s2-a1-monitor = Nombre de tableaux de bord en service ; nombre de districts y ayant accès
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible moh-planning
gdhm-i23-s2-a2 = Programmer des réunions régulières d’examen des données aux niveaux national et des districts, au cours desquelles les données numériques éclairent les décisions.
gdhm-i23-s2-a2-monitor = Proportion des districts tenant une réunion d’examen des données chaque trimestre
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i23-s3-a1 = Renforcer les capacités d’analyse au sein du ministère et des districts, notamment la stratification des risques permettant de repérer les groupes de population qui ont besoin de services ciblés.
gdhm-i23-s3-a1-monitor = Nombre d’agents formés à l’analyse des données ; nombre d’interventions ciblées fondées sur les analyses
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible moh-planning
gdhm-i23-s3-a2 = Relier les données de santé numériques aux données du recensement, de l’état civil et des enquêtes afin de favoriser une allocation équitable des ressources.
gdhm-i23-s3-a2-monitor = Formule d’allocation des ressources fondée sur les données reliées adoptée ; nombre de sources de données reliées
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i23-s4-a1 = Créer une fonction nationale permanente d’analyse des données de santé, dotée d’une plateforme de données sécurisée, d’un personnel dédié et d’un financement, au service de tous les programmes et de tous les niveaux.
gdhm-i23-s4-a1-monitor = Fonction d’analyse créée, avec du personnel en poste ; nombre de demandes d’analyse traitées par an
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible moh-planning
gdhm-i23-s4-a2 = Exiger que les plans et budgets de santé nationaux et infranationaux reposent sur des données factuelles issues des données de santé numériques, et en vérifier le respect chaque année.
gdhm-i23-s4-a2-monitor = Proportion des plans de santé de district citant des données de santé numériques ; revue annuelle de conformité tenue
