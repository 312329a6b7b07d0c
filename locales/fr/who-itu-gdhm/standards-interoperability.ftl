# standards-interoperability : textes des indicateurs du cadre who-itu-gdhm (français, traduit de l’anglais).

## Indicator 15 (scored indicator; scale phases)
gdhm-i15-title = Architecture de santé numérique et échange d’informations
gdhm-i15-question = Le pays a-t-il adopté une architecture nationale de santé numérique, et une plateforme d’échange d’informations de santé permet-elle aux systèmes de partager des données entre eux ?
gdhm-i15-phase-1 = Aucune architecture nationale de santé numérique n’a été définie, et les systèmes d’information sanitaire ne partagent des données, le cas échéant, que par des transferts manuels ou des liaisons isolées entre deux systèmes.
gdhm-i15-phase-2 = Une architecture nationale ou un schéma directeur des échanges a été élaboré ou officiellement approuvé, mais peu de systèmes s’y conforment et aucun service d’échange mutualisé n’est encore opérationnel.
gdhm-i15-phase-3 = L’architecture est adoptée et oriente les nouveaux investissements ; des services d’échange mutualisés relient plusieurs systèmes prioritaires, et les principaux partenaires de mise en œuvre participent à son utilisation et à sa révision.
gdhm-i15-phase-4 = Le ministère de la Santé pilote et tient à jour l’architecture ; la plateforme d’échange d’informations de santé fonctionne à l’échelle nationale, la plupart des systèmes prioritaires partagent des données par son intermédiaire, et son utilisation et ses performances font l’objet d’un suivi.
gdhm-i15-phase-5 = L’architecture et la plateforme d’échange sont institutionnalisées, avec un budget récurrent, une équipe d’exploitation permanente et une révision périodique, et tout nouveau système d’information sanitaire est tenu de s’y connecter.
gdhm-i15-guidance = Recherchez un document d’architecture approuvé par le ministère et vérifiez quels systèmes échangent réellement des données au moyen de services mutualisés plutôt que par des liaisons directes distinctes. Interrogez l’unité de santé numérique, l’équipe du système national d’information sanitaire (SNIS), le ministère chargé des TIC et les principaux partenaires de mise en œuvre.
gdhm-i15-evidence-1 = Document d’architecture nationale de santé numérique approuvé
gdhm-i15-evidence-2 = Inventaire des systèmes connectés à la plateforme d’échange d’informations de santé
gdhm-i15-evidence-3 = Rapports d’exploitation ou de performance des services d’échange
# step 1->2, action line 'architecture', timeframe short, cost low, responsible moh-dhu
gdhm-i15-s1-a1 = Réunir un groupe de travail technique chargé d’élaborer une architecture nationale de santé numérique décrivant les systèmes centraux, les registres partagés et les flux de données entre eux.
gdhm-i15-s1-a1-monitor = Projet de document d’architecture soumis au ministère pour approbation ; nombre de réunions du groupe de travail tenues
# step 1->2, action line 'architecture', timeframe short, cost low, responsible ict-ministry
gdhm-i15-s1-a2 = Aligner le projet d’architecture de la santé sur l’architecture d’entreprise et le cadre d’interopérabilité de l’ensemble de l’administration, et recenser les composants communs de l’administration que le secteur de la santé peut réutiliser.
gdhm-i15-s1-a2-monitor = Examen de l’alignement achevé et consigné, accompagné d’une liste des composants réutilisables de l’administration
# step 2->3, action line 'architecture', timeframe short, cost medium, responsible moh-dhu
gdhm-i15-s2-a1 = Cartographier tous les systèmes d’information sanitaire en usage et leurs échanges de données, et sélectionner les systèmes prioritaires à connecter en premier aux services d’échange mutualisés.
gdhm-i15-s2-a1-monitor = Inventaire des systèmes publié ; nombre de systèmes prioritaires retenus pour la connexion
# step 2->3, action line 'architecture', timeframe medium, cost low, responsible ict-ministry
gdhm-i15-s2-a2 = Conclure un accord de service prévoyant l’hébergement de la plateforme d’échange d’informations de santé par le centre de données et la plateforme d’interopérabilité de l’État.
gdhm-i15-s2-a2-monitor = Accord d’hébergement ou de service signé et en vigueur
# step 3->4, action line 'architecture', timeframe medium, cost medium, responsible moh-dhu
gdhm-i15-s3-a1 = Mettre en place une procédure permanente d’examen architectural qui vérifie, avant approbation, la conformité à l’architecture nationale de tout projet de système d’information sanitaire nouveau ou modernisé.
gdhm-i15-s3-a1-monitor = Proportion des projets de nouveaux systèmes examinés au regard de l’architecture au cours de l’année
# step 3->4, action line 'architecture', timeframe medium, cost high, responsible ict-ministry
gdhm-i15-s3-a2 = Porter l’infrastructure de la plateforme d’échange d’informations de santé à une capacité nationale, avec redondance, surveillance de la sécurité et reprise après sinistre.
gdhm-i15-s3-a2-monitor = Nombre de systèmes prioritaires échangeant des données par la plateforme d’échange ; disponibilité de la plateforme sur l’année, en %
# step 4->5, action line 'architecture', timeframe long, cost high, responsible moh-dhu
gdhm-i15-s4-a1 = Rendre obligatoire la connexion à la plateforme d’échange d’informations de santé pour tous les systèmes d’information sanitaire publics et privés, et financer son fonctionnement sur le budget récurrent de la santé.
gdhm-i15-s4-a1-monitor = Proportion des systèmes d’information sanitaire agréés qui sont connectés à la plateforme d’échange ; ligne budgétaire récurrente consacrée à la plateforme dans le budget de la santé approuvé
# step 4->5, action line 'architecture', timeframe medium, cost medium, responsible ict-ministry
gdhm-i15-s4-a2 = Instituer un examen indépendant périodique de l’architecture de la santé et de la plateforme d’échange au regard des normes nationales d’administration électronique, et en publier les conclusions.
gdhm-i15-s4-a2-monitor = Nombre d’examens de l’architecture réalisés et publiés au cours de la période

## Indicator 16 (scored indicator; scale phases)
gdhm-i16-title = Normes d’information sanitaire en usage
gdhm-i16-question = Des normes relatives au contenu des données de santé, à la terminologie et à l’échange ont-elles été adoptées au niveau national, et sont-elles appliquées dans les systèmes d’information sanitaire en usage ?
gdhm-i16-phase-1 = Aucune norme d’information sanitaire n’a été adoptée au niveau national ; chaque système utilise ses propres codes, formats et définitions de données.
gdhm-i16-phase-2 = Une liste nationale de normes a été proposée ou officiellement approuvée, mais elle n’est appliquée que dans quelques systèmes et il n’existe aucun processus pour la tenir à jour.
gdhm-i16-phase-3 = Des normes approuvées de terminologie, de classification et d’échange de données sont appliquées dans plusieurs systèmes prioritaires, et un comité des normes se réunit régulièrement avec les responsables de la mise en œuvre.
gdhm-i16-phase-4 = Le gouvernement pilote la tenue à jour d’un catalogue national de normes, la conformité des systèmes est testée, et l’adoption des normes dans les systèmes prioritaires fait l’objet d’un suivi.
gdhm-i16-phase-5 = L’utilisation des normes est institutionnalisée : la conformité est une condition d’achat et de déploiement, le catalogue est mis à jour selon un cycle défini, et le pays participe aux travaux internationaux de normalisation.
gdhm-i16-guidance = Demandez quelles normes ont été officiellement adoptées, par exemple des classifications des maladies telles que la CIM, des terminologies de laboratoire et cliniques, et des formats d’échange de données tels que HL7 FHIR, puis vérifiez si les systèmes en usage les appliquent réellement. Adressez-vous à l’organisme national de normalisation, à l’unité de santé numérique, à l’équipe du système national d’information sanitaire (SNIS) et aux éditeurs de logiciels.
gdhm-i16-evidence-1 = Arrêté ministériel ou circulaire portant adoption des normes nationales relatives aux données de santé
gdhm-i16-evidence-2 = Catalogue national des normes d’information sanitaire
gdhm-i16-evidence-3 = Rapports de tests de conformité des systèmes d’information sanitaire
# step 1->2, action line 'standards', timeframe short, cost low, responsible standards-body
gdhm-i16-s1-a1 = Créer un comité technique des normes d’informatique de santé, dont le ministère de la Santé est membre, afin de déterminer les normes dont le pays a besoin en priorité.
gdhm-i16-s1-a1-monitor = Comité créé par décision officielle ; nombre de réunions tenues au cours de l’année
# step 1->2, action line 'standards', timeframe short, cost low, responsible moh-dhu
gdhm-i16-s1-a2 = Dresser un inventaire des codes, classifications et formats de données utilisés par les systèmes d’information sanitaire actuels, et proposer une première liste de normes nationales.
gdhm-i16-s1-a2-monitor = Inventaire achevé ; liste de normes proposée soumise au comité
# step 2->3, action line 'standards', timeframe short, cost medium, responsible standards-body
gdhm-i16-s2-a1 = Adopter un premier ensemble national de normes d’information sanitaire, avec des adaptations nationales si nécessaire, et le publier dans un catalogue en libre accès.
gdhm-i16-s2-a1-monitor = Nombre de normes officiellement adoptées et inscrites au catalogue publié
# step 2->3, action line 'standards', timeframe medium, cost low, responsible moh-dhu
gdhm-i16-s2-a2 = Exiger l’application des normes adoptées dans les termes de référence de tous les nouveaux projets de systèmes d’information sanitaire et de toutes les mises à niveau.
gdhm-i16-s2-a2-monitor = Proportion des nouveaux contrats ou termes de référence de systèmes qui précisent les normes nationales
# step 3->4, action line 'standards', timeframe medium, cost medium, responsible standards-body
gdhm-i16-s3-a1 = Mettre en place un service de tests de conformité chargé de vérifier si les systèmes d’information sanitaire appliquent correctement les normes nationales.
gdhm-i16-s3-a1-monitor = Nombre de systèmes soumis à des tests de conformité au cours de l’année ; proportion des systèmes testés jugés conformes
# step 3->4, action line 'standards', timeframe medium, cost high, responsible moh-dhu
gdhm-i16-s3-a2 = Mettre à niveau les systèmes prioritaires existants afin qu’ils appliquent les normes nationales de terminologie et d’échange, et former les équipes chargées de leur mise en œuvre.
gdhm-i16-s3-a2-monitor = Proportion des systèmes prioritaires utilisant les normes nationales en fonctionnement courant
# step 4->5, action line 'standards', timeframe long, cost high, responsible standards-body
gdhm-i16-s4-a1 = Créer un programme national permanent de tenue à jour des normes d’information sanitaire, couvrant la gestion des versions, les extensions nationales et la participation aux organisations internationales de normalisation.
gdhm-i16-s4-a1-monitor = Révision du catalogue publiée dans les délais prévus ; nombre de réunions internationales de normalisation auxquelles des représentants nationaux ont participé
# step 4->5, action line 'standards', timeframe medium, cost medium, responsible moh-dhu
gdhm-i16-s4-a2 = Faire de la conformité certifiée aux normes nationales une condition de l’achat, de l’agrément et du déploiement de tout système d’information sanitaire.
gdhm-i16-s4-a2-monitor = Directive adoptée ; proportion des systèmes déployés au cours de l’année qui détiennent un certificat de conformité
