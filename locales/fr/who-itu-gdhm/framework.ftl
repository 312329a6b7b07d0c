# Textes de niveau cadre de who-itu-gdhm : nom, composantes, axes d’action, organismes responsables.

gdhm-name = Cadre national de maturité de la santé numérique (composantes OMS–UIT, compatible avec le GDHM)
gdhm-description = Vingt-trois indicateurs notés et huit sous-indicateurs répartis entre les sept composantes du Guide pratique OMS–UIT de stratégie nationale en matière de cybersanté, notés en cinq phases comme dans le Global Digital Health Monitor.

gdhm-block-leadership-governance = Leadership et gouvernance
gdhm-block-leadership-governance-description = La manière dont le pays pilote la santé numérique : qui décide, comment la santé numérique s’inscrit dans les plans nationaux et comment l’équité et les technologies émergentes sont encadrées.
gdhm-block-strategy-investment = Stratégie et investissement
gdhm-block-strategy-investment-description = L’existence d’une stratégie nationale de santé numérique assortie d’un plan chiffré, et la manière dont les financements publics et privés en assurent la pérennité.
gdhm-block-legislation-policy-compliance = Législation, politiques et conformité
gdhm-block-legislation-policy-compliance-description = Les lois et les règles qui protègent les données de santé, encadrent leur partage et réglementent les produits et services de santé numérique.
gdhm-block-workforce = Ressources humaines
gdhm-block-workforce-description = La manière dont les personnels de santé et les spécialistes de la santé numérique sont formés, recrutés et accompagnés dans leur carrière.
gdhm-block-standards-interoperability = Normes et interopérabilité
gdhm-block-standards-interoperability-description = L’architecture nationale et les normes qui permettent aux systèmes d’information sanitaire d’échanger des données.
gdhm-block-infrastructure = Infrastructure
gdhm-block-infrastructure-description = La connectivité, les équipements et les logiciels dont la santé numérique a besoin dans les établissements de santé publics.
gdhm-block-services-applications = Services et applications
gdhm-block-services-applications-description = Les systèmes nationaux, les registres et les services d’identification en usage, et la manière dont ils servent les personnes et la santé de la population.

gdhm-line-governance = Mettre en place et faire fonctionner la gouvernance nationale de la santé numérique
gdhm-line-policy-alignment = Aligner la santé numérique sur les politiques nationales de santé et du numérique
gdhm-line-inclusion = Rendre la santé numérique équitable, inclusive et fondée sur les droits
gdhm-line-strategy = Adopter et mettre en œuvre une stratégie nationale de santé numérique chiffrée
gdhm-line-financing = Garantir un financement et des investissements durables
gdhm-line-data-protection = Protéger les données de santé et les droits des personnes concernées
gdhm-line-regulation = Réglementer et certifier les produits et services de santé numérique
gdhm-line-cross-border = Encadrer l’échange et le stockage transfrontières des données de santé
gdhm-line-pre-service = Intégrer la santé numérique dans la formation initiale
gdhm-line-in-service = Intégrer la santé numérique dans la formation continue
gdhm-line-specialists-careers = Former des spécialistes et créer des postes et des parcours de carrière en santé numérique
gdhm-line-architecture = Mettre en place l’architecture nationale de santé numérique et l’échange d’informations
gdhm-line-standards = Adopter et faire appliquer des normes d’information sanitaire
gdhm-line-connectivity = Connecter les établissements de santé
gdhm-line-equipment = Équiper les établissements et assurer la maintenance de leurs équipements et logiciels
gdhm-line-national-systems = Étendre à l’échelle nationale les systèmes de santé numérique des programmes prioritaires
gdhm-line-registries-identity = Mettre en place des registres et l’identification au service de la santé
gdhm-line-people-centred = Mettre la santé numérique au service des personnes et de la santé de la population

gdhm-resp-moh-dhu = Ministère de la Santé, unité de santé numérique
gdhm-resp-moh-planning = Ministère de la Santé, direction de la planification
gdhm-resp-moh-hr = Ministère de la Santé, direction des ressources humaines
gdhm-resp-finance = Ministère des Finances
gdhm-resp-ict-ministry = Ministère chargé des TIC et de la transformation numérique
gdhm-resp-justice = Ministère de la Justice et service chargé de la rédaction des textes législatifs
gdhm-resp-data-protection-authority = Autorité de protection des données
gdhm-resp-regulator = Autorité de réglementation des produits de santé
gdhm-resp-standards-body = Organisme national de normalisation
gdhm-resp-education = Ministère de l’Éducation et établissements de formation
gdhm-resp-public-service = Ministère de la Fonction publique
gdhm-resp-civil-registration = Autorité chargée de l’état civil et de l’identification
gdhm-resp-civil-society = Société civile et associations de patients
