# infrastructure : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 17 (scored indicator; scale bands:index-score)
gdhm-i17-title = Préparation des réseaux à la santé numérique
gdhm-i17-question = Dans quelle mesure l’infrastructure nationale de réseaux est-elle prête pour la santé numérique, d’après le score obtenu par le pays sur un indice composite de connectivité de 0 à 100 ?
gdhm-i17-phase-1 = Le pays obtient un score inférieur à 20 sur l’indice composite de connectivité de 0 à 100 ; les réseaux ne couvrent qu’une petite partie du territoire et les établissements de santé disposent rarement d’une connexion utilisable.
gdhm-i17-phase-2 = Le pays obtient un score compris entre 20 et 40 sur l’indice composite de connectivité de 0 à 100 ; la couverture progresse, mais reste limitée et coûteuse en dehors des principales villes.
gdhm-i17-phase-3 = Le pays obtient un score compris entre 40 et 60 sur l’indice composite de connectivité de 0 à 100 ; la plupart des zones urbaines et de nombreux chefs-lieux de district disposent de connexions fiables, mais des lacunes subsistent en zone rurale.
gdhm-i17-phase-4 = Le pays obtient un score compris entre 60 et 80 sur l’indice composite de connectivité de 0 à 100 ; le haut débit et les données mobiles sont accessibles à un coût abordable dans la plus grande partie du pays, y compris dans de nombreux établissements ruraux.
gdhm-i17-phase-5 = Le pays obtient un score compris entre 80 et 100 sur l’indice composite de connectivité de 0 à 100 ; une connectivité rapide, fiable et abordable est disponible sur l’ensemble du territoire et permet d’offrir des services de santé en ligne à tous les niveaux.
gdhm-i17-guidance = Utilisez le dernier score publié du pays sur l’indice composite externe de connectivité auquel le cadre fait référence, et consignez-en la source et l’année. Interrogez le ministère chargé des TIC ou l’autorité de régulation des télécommunications, et comparez ce score à l’état réel de connexion des établissements de santé signalé par l’unité de santé numérique.
gdhm-i17-evidence-1 = Dernier score publié du pays sur l’indice composite de connectivité, avec son année
gdhm-i17-evidence-2 = Rapport national sur le haut débit ou la connectivité du ministère chargé des TIC ou de l’autorité de régulation
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible ict-ministry
gdhm-i17-s1-a1 = Cartographier, conjointement avec le ministère de la Santé, la couverture des réseaux et l’état de connexion des établissements de santé publics afin de repérer les zones les moins connectées.
gdhm-i17-s1-a1-monitor = Carte de la connectivité des établissements publiée ; proportion des établissements de santé publics dont l’état de connexion est connu
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible finance
gdhm-i17-s1-a2 = Recenser les sources de financement disponibles pour la connexion des établissements de santé publics, telles que le fonds de service universel, et les inscrire dans le cadre budgétaire à moyen terme.
gdhm-i17-s1-a2-monitor = Nombre de sources de financement recensées et inscrites dans le cadre budgétaire à moyen terme
# step 2->3, action line 'connectivity', timeframe short, cost medium, responsible ict-ministry
gdhm-i17-s2-a1 = Négocier avec les opérateurs de réseaux des tarifs de connectivité préférentiels pour les établissements de santé publics.
gdhm-i17-s2-a1-monitor = Accord tarifaire signé ; nombre d’établissements de santé publics qui en bénéficient
# step 2->3, action line 'connectivity', timeframe medium, cost low, responsible finance
gdhm-i17-s2-a2 = Créer dans le budget de la santé une ligne dédiée aux frais de connectivité des établissements de santé publics.
gdhm-i17-s2-a2-monitor = Ligne budgétaire dédiée inscrite dans le budget annuel approuvé ; part de la dotation exécutée
# step 3->4, action line 'connectivity', timeframe medium, cost medium, responsible ict-ministry
gdhm-i17-s3-a1 = Étendre le réseau dorsal national et les réseaux du dernier kilomètre jusqu’aux hôpitaux de district et aux centres de santé des zones mal desservies.
gdhm-i17-s3-a1-monitor = Nombre d’établissements de santé publics supplémentaires raccordés au haut débit au cours de l’année
# step 3->4, action line 'connectivity', timeframe medium, cost high, responsible finance
gdhm-i17-s3-a2 = Financer un programme pluriannuel d’investissement dans la connectivité des régions mal desservies, au moyen du fonds de service universel ou de partenariats public–privé.
gdhm-i17-s3-a2-monitor = Montant engagé et décaissé au titre du programme ; nombre de districts couverts
# step 4->5, action line 'connectivity', timeframe long, cost high, responsible ict-ministry
gdhm-i17-s4-a1 = Achever la couverture nationale en réseaux à très haut débit, avec des liaisons redondantes et des niveaux de service garantis pour les établissements de santé et les services d’urgence.
gdhm-i17-s4-a1-monitor = Proportion de la population couverte par le très haut débit ; score du pays sur l’indice composite de connectivité
# step 4->5, action line 'connectivity', timeframe medium, cost medium, responsible finance
gdhm-i17-s4-a2 = Garantir dans le budget annuel un financement récurrent des coûts de fonctionnement de la connectivité des établissements de santé.
gdhm-i17-s4-a2-monitor = Part des coûts de fonctionnement de la connectivité des établissements couverte par le budget récurrent

## Indicator 18 (scored indicator; scale phases)
gdhm-i18-title = Plan de maintenance des équipements et logiciels numériques
gdhm-i18-question = Existe-t-il un plan financé pour fournir, entretenir et remplacer les équipements et logiciels numériques utilisés dans les établissements de santé publics ?
gdhm-i18-phase-1 = Il n’existe aucun plan pour la fourniture ou l’entretien des équipements et logiciels numériques ; les établissements dépendent de dons ponctuels, et les équipements sont rarement réparés ou remplacés.
gdhm-i18-phase-2 = Un plan a été élaboré ou approuvé, mais il n’est ni financé ni appliqué de manière cohérente, et la maintenance n’est assurée qu’en cas de panne.
gdhm-i18-phase-3 = Le plan est appliqué : les besoins en équipements sont évalués, des inventaires sont tenus et la maintenance est organisée régulièrement avec les partenaires et les fournisseurs.
gdhm-i18-phase-4 = Le gouvernement pilote et finance le plan, et les registres des actifs, les contrats de maintenance et les cycles de remplacement font l’objet d’un suivi dans l’ensemble des établissements publics.
gdhm-i18-phase-5 = La fourniture et la maintenance des équipements et logiciels sont institutionnalisées, avec un budget récurrent, une gestion couvrant l’ensemble du cycle de vie des équipements, des spécifications normalisées et un appui technique à tous les niveaux.
gdhm-i18-guidance = Vérifiez s’il existe un plan relatif aux équipements et aux logiciels, s’il est chiffré et financé, et si un registre des actifs à jour est tenu. Interrogez l’unité de santé numérique, les services des finances et des achats, les responsables sanitaires de district et les principaux bailleurs de fonds.
gdhm-i18-evidence-1 = Plan approuvé et chiffré de fourniture et de maintenance des équipements et logiciels
gdhm-i18-evidence-2 = Registre des actifs numériques des établissements de santé publics
gdhm-i18-evidence-3 = Contrats de maintenance ou rapports d’intervention
# step 1->2, action line 'equipment', timeframe short, cost low, responsible moh-dhu
gdhm-i18-s1-a1 = Recenser les équipements numériques, les licences logicielles et les moyens d’alimentation électrique disponibles dans les établissements de santé publics.
gdhm-i18-s1-a1-monitor = Rapport d’enquête publié ; proportion des établissements de santé publics couverts par l’enquête
# step 1->2, action line 'equipment', timeframe short, cost low, responsible finance
gdhm-i18-s1-a2 = Estimer le coût de la fourniture et de la maintenance d’un ensemble minimal d’équipements numériques dans les établissements de santé publics, afin d’étayer les discussions budgétaires.
gdhm-i18-s1-a2-monitor = Note de chiffrage établie et soumise au comité budgétaire
# step 2->3, action line 'equipment', timeframe short, cost medium, responsible moh-dhu
gdhm-i18-s2-a1 = Adopter des normes minimales d’équipement pour chaque niveau d’établissement et mettre en place un registre des actifs que les districts tiennent à jour.
gdhm-i18-s2-a1-monitor = Normes minimales adoptées ; proportion des établissements de santé publics inscrits au registre des actifs
# step 2->3, action line 'equipment', timeframe medium, cost low, responsible finance
gdhm-i18-s2-a2 = Aligner les achats d’équipements numériques du gouvernement et des partenaires sur le plan national au moyen d’un cadre de financement conjoint.
gdhm-i18-s2-a2-monitor = Cadre de financement conjoint signé ; part des dépenses d’équipement engagées dans le cadre du plan
# step 3->4, action line 'equipment', timeframe medium, cost medium, responsible moh-dhu
gdhm-i18-s3-a1 = Mettre en place un service de maintenance et d’appui technique à plusieurs niveaux, doté de pôles d’appui régionaux et de délais de réparation cibles.
gdhm-i18-s3-a1-monitor = Proportion des pannes d’équipement signalées qui sont réparées dans le délai cible
# step 3->4, action line 'equipment', timeframe medium, cost high, responsible finance
gdhm-i18-s3-a2 = Financer un programme pluriannuel visant à doter tous les établissements de santé publics de l’équipement minimal normalisé, y compris d’une alimentation électrique de secours.
gdhm-i18-s3-a2-monitor = Proportion des établissements de santé publics conformes à la norme minimale d’équipement
# step 4->5, action line 'equipment', timeframe long, cost high, responsible moh-dhu
gdhm-i18-s4-a1 = Instaurer une gestion des équipements et logiciels numériques sur l’ensemble de leur cycle de vie, comprenant le remplacement planifié, le renouvellement des licences et l’élimination sécurisée.
gdhm-i18-s4-a1-monitor = Proportion des appareils remplacés dans les délais prévus par leur cycle de vie ; proportion des licences logicielles en cours de validité
# step 4->5, action line 'equipment', timeframe medium, cost medium, responsible finance
gdhm-i18-s4-a2 = Faire de la maintenance et du remplacement des équipements numériques un poste budgétaire récurrent, protégé des coupes en cours d’exercice.
gdhm-i18-s4-a2-monitor = Dotation récurrente inscrite au budget approuvé pour la maintenance et le remplacement des équipements ; taux d’exécution de cette dotation
