# Textes partagés par l’interface, la ligne de commande et le rapport.

# Le nom de la langue dans cette langue, affiché dans les sélecteurs de langue.
language-name = Français
product-name = DHMA – Évaluation de la maturité de la santé numérique
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name } ({ $version })

phase-label = Phase { $phase }
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = Naissante
phase-2-name = Émergente
phase-3-name = Établie
phase-4-name = Institutionnalisée
phase-5-name = Optimisée
not-applicable = Sans objet / non disponible
not-available = non disponible
overall = Ensemble

timeframe-short = Court terme (1 an au plus)
timeframe-medium = Moyen terme (1 à 3 ans)
timeframe-long = Long terme (3 à 5 ans)
cost-low = Coût faible
cost-medium = Coût moyen
cost-high = Coût élevé
confidence-low = Degré de confiance faible
confidence-medium = Degré de confiance moyen
confidence-high = Degré de confiance élevé
status-draft = Brouillon
status-finalised = Finalisée

exclusion-not-applicable = marqué sans objet / non disponible
exclusion-not-answered = pas encore renseigné
exclusion-sub-indicator = sous-indicateur : sa réponse est enregistrée mais n’entre pas dans le score

scoring-rule = Le score d’une composante est la moyenne de ses indicateurs notés auxquels une phase a été attribuée ; les sous-indicateurs et les indicateurs marqués sans objet en sont exclus. Le score global est la moyenne non pondérée des scores des composantes. Un score est converti en phase en l’arrondissant à une décimale, puis à l’entier supérieur, la phase 1 constituant le minimum.

# Decimal separator used when the product prints a mean (e.g. 2,33).
number-decimal-separator = ,
# Separator between items of a list (e.g. indicator codes).
list-separator = {", "}

# Roadmap statuses and priorities.
roadmap-status-proposed = Proposée
roadmap-status-planned = Planifiée
roadmap-status-in-progress = En cours
roadmap-status-done = Réalisée
roadmap-status-dropped = Abandonnée
priority-1 = Priorité haute
priority-2 = Priorité moyenne
priority-3 = Priorité basse
roadmap-step = { $from } → { $to }
backup-reason-upgrade = avant une mise à niveau
backup-reason-finalised = à la finalisation
backup-reason-hourly = horaire
backup-reason-before-restore = avant une restauration
backup-reason-set-aside = ne pouvait pas être ouverte, mise de côté

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title } : importée comme nouvelle évaluation.
merge-summary = { $title } : fusionnée avec le fichier. Champs de réponse repris du fichier : { $answers }. Autres modifications reprises : { $others }. { $conflicts ->
    [0] Aucun conflit.
    [one] Un conflit attend une décision.
   *[other] { $conflicts } conflits attendent une décision.
}
merge-field-of-indicator = Indicateur { $code } – { $field }
merge-field-current = Phase actuelle
merge-field-target = Phase cible
merge-field-target-year = Année cible
merge-field-rationale = Justification
merge-field-confidence = Degré de confiance
merge-field-carried = Repris du cycle précédent, non réexaminé
merge-field-change-note = Ce qui a changé depuis le cycle précédent
merge-field-note = Note de consensus
merge-field-tally = Décompte des cartons
merge-field-rating = Note de { $name }
merge-field-dissent = Désaccord de { $name }
merge-field-evidence = Élément de preuve « { $title } »
merge-field-roadmap = Action de la feuille de route
merge-field-roadmap-position = Place d’une action dans la feuille de route
merge-field-participant = Participant { $name }
merge-field-group = Groupe { $name }
merge-field-country = Pays
merge-field-round = Cycle
merge-field-date = Date de l’évaluation
merge-field-facilitator = Facilitateur
merge-field-language = Langue
merge-value-removed = Supprimé
merge-value-empty = Vide
merge-value-phase = Phase { $phase }
merge-value-na = Sans objet
merge-value-yes = Oui
merge-value-no = Non
merge-value-with-comment = { $value } (« { $comment } »)
merge-changed-by = Modifié par { $name }, { $time }
# Ce qui a changé depuis le cycle précédent : l’écran, `dhma compare --changes` et le rapport.
changes-title = Ce qui a changé
changes-heading = { changes-title } – { $title }
changes-since = Par rapport au cycle précédent, { $round } ({ $date }).
changes-first-round = { $country } n’a pas de cycle antérieur avec ce cadre : il n’y a encore rien à comparer.
changes-count = { $count ->
        [0] Aucun indicateur n’a changé de phase ni de cible.
        [one] La phase ou la cible d’un indicateur a changé.
       *[other] La phase ou la cible de { $count } indicateurs a changé.
    }
changes-block-count = { $count ->
        [0] Aucun indicateur n’a changé
        [one] Un indicateur a changé
       *[other] { $count } indicateurs ont changé
    }
changes-phase = Phase { $old } → { $new }
changes-target = Cible { $old } → { $new }
changes-arrow = { $old } → { $new }
changes-value-na = sans objet
changes-value-none = non renseigné
changes-value-unset = non fixée
changes-value-absent = absent du cadre
changes-direction-up = En hausse
changes-direction-down = En baisse
changes-direction-same = Inchangé
changes-direction-changed = Modifié
changes-direction-new = Nouvellement renseigné
changes-direction-removed = Plus renseigné
changes-note = Ce qui a changé : { $note }
changes-indicator = { $code } { $title }
changes-col-indicator = Indicateur
changes-col-mean = Moyenne
changes-col-phase = Phase
changes-col-target = Cible
changes-col-direction = Évolution de la phase
changes-col-note = Ce qui a changé (note de l’équipe)
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = DD/MM/YYYY
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = {" ; "}

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = L’ensemble de l’évaluation
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = sans objet
na-reason-not-available = non disponible – données manquantes
na-reason-not-said = NA, sans préciser s’il est sans objet ou si les données manquent
merge-field-na-reason = Quel NA (sans objet ou données manquantes)

# Answers imported from a spreadsheet (preview and result).
answers-change-current = Phase actuelle : { $old } → { $new }
answers-change-target = Phase cible : { $old } → { $new }
answers-change-target-year = Année cible : { $old } → { $new }
answers-change-rationale = Justification : { $old } → { $new }
answers-preview = { $count ->
        [one] Le fichier modifie { $count } réponse.
       *[other] Le fichier modifie { $count } réponses.
    }
answers-imported = { $count ->
        [one] { $count } réponse modifiée.
       *[other] { $count } réponses modifiées.
    }
merge-field-gdhm-country = Nom du pays
merge-field-gdhm-country-summary = Résumé pays
merge-field-gdhm-country-contact-name = Contact pays : nom
merge-field-gdhm-country-contact-role = Contact pays : fonction
merge-field-gdhm-country-contact-org = Contact pays : organisation
merge-field-gdhm-country-contact-email = Contact pays : courriel
merge-field-gdhm-contact-person-name = Personne de contact : nom
merge-field-gdhm-contact-person-role = Personne de contact : fonction
merge-field-gdhm-contact-person-email = Personne de contact : courriel
merge-field-gdhm-approver-name = Approbateur des données : nom
merge-field-gdhm-approver-role = Approbateur des données : fonction
merge-field-gdhm-approver-email = Approbateur des données : courriel
merge-field-gdhm-resources-link = Liens vers des ressources
chart-legend-benchmark = Référence : { $label }
chart-legend-benchmark-dated = Référence : { $label } ({ $date })
batch-sheet-assessments = Évaluations
batch-sheet-indicators = Indicateurs
batch-col-country = Pays
batch-col-round = Cycle
batch-col-date = Date
batch-col-status = Statut
batch-col-overall = Moyenne globale
batch-col-overall-phase = Phase globale
batch-col-indicator = Indicateur
batch-col-block = Composante
batch-col-phase = Phase actuelle
batch-col-target = Phase cible
batch-status-draft = Brouillon
batch-status-finalised = Finalisée
move-exported = Évaluations écrites dans { $path } : { $count }.
move-imported = Fichier de déménagement importé. Nouvelles évaluations : { $added }. Fusionnées avec la copie déjà présente : { $merged }. { $conflicts ->
    [0] Aucun conflit.
    [one] Un conflit attend une décision.
   *[other] { $conflicts } conflits attendent une décision.
}
about-title = À propos de DHMA
about-version = Version { $version }
about-licence = DHMA est un logiciel libre sous licence { $licence }.
about-fonts-heading = Polices
about-fonts-notice = Les rapports et les images de graphiques utilisent les polices Noto (Noto Sans, Noto Sans Arabic, Noto Sans CJK SC) de Google, sous licence SIL Open Font License, version 1.1. Leurs fichiers de droits d’auteur, avec la licence, suivent tels qu’ils sont rédigés.
about-crates-heading = Logiciels tiers
about-crates-intro = Bibliothèques Rust (crates) libres intégrées à ce programme, chacune avec sa licence (expression SPDX) et les fichiers de licence qu’elle fournit, tels qu’ils sont rédigés : { $count }.
about-licence-text = Texte de la licence
about-no-licence-file = Cette bibliothèque ne fournit aucun fichier de licence ; sa licence est celle indiquée.
about-licence-undeclared = Non déclarée

roadmap-origin-own = Rédigée par l’équipe
roadmap-origin-template = Tirée de la bibliothèque de modèles de DHMA
roadmap-cross-cutting = Actions transversales
roadmap-cross-cutting-short = Transversale
roadmap-all-blocks = Toutes les composantes
roadmap-body-development-partners = Partenaires de développement
roadmap-body-private-sector = Secteur privé
roadmap-body-subnational = Niveaux infranationaux (régions, districts)
roadmap-body-other-ministries = Autres ministères
