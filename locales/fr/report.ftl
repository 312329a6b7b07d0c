# Textes du rapport PDF.

report-title = Évaluation nationale de la maturité de la santé numérique
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label } : { $value }
report-list-item = • { $item }
report-subtitle = Rapport d’évaluation et feuille de route
report-country = Pays
report-round = Cycle
report-date = Date de l’évaluation
report-framework = Cadre
report-facilitator = Facilitateur
report-status = Statut
report-generated = Rapport établi le { $date } avec DHMA
report-page = Page { $page } sur { $total }
report-summary = Résumé d’orientation
report-summary-overall = Maturité globale : phase { $phase } (moyenne { $mean }), phase cible { $target }.
report-summary-strongest = Composante la plus solide : { $block } (moyenne { $mean }).
report-summary-weakest = Composante la plus faible : { $block } (moyenne { $mean }).
report-summary-agreement = Accord dans la salle : { $percent } % des indicateurs notés ({ $agreed } sur { $counted }).
report-summary-agreement-meaning = Pour ces indicateurs, chaque note individuelle se situait à une phase au plus de la phase retenue ; pour les autres, les avis de départ étaient plus éloignés. L’annexe « Comment l’équipe a noté » montre où et pourquoi.
report-summary-priorities = Principales priorités de la feuille de route
report-priority = { $action } ({ $indicator })
report-scores = Scores par composante
report-radar = Phases actuelles et phases cibles par composante
report-block-section = Composante : { $block }
report-indicator-heading = { $code }  { $title }
report-current = Phase actuelle
report-target = Phase cible
report-target-year = Année cible
report-target-by-year = { $phase }, d’ici { $year }
report-rationale = Justification
report-evidence = Éléments de preuve
report-evidence-heading = Éléments de preuve :
report-no-evidence = Aucun élément de preuve enregistré.
report-no-rationale = Aucune justification enregistrée.
report-sub-indicator = Sous-indicateur (non pris en compte dans le score)
report-roadmap = Feuille de route
report-roadmap-none = Aucune action n’a été enregistrée dans la feuille de route.
report-action-line-heading = { $block } — { $line }
report-indicator-step = { $indicator } · { $step }
report-timeline = Calendrier
report-method = Annexe : méthode
report-excluded = Indicateurs non pris en compte dans les scores
report-excluded-none = Une phase a été attribuée à chaque indicateur noté.
report-ratings = Annexe : comment l’équipe a noté
report-ratings-intro = Chaque participant ou groupe a noté les indicateurs avant que la salle ne s’accorde sur une phase. Les colonnes 1 à 5 comptent les notes donnant chaque phase, S.O. celles donnant « sans objet » ; minimum, médiane et maximum ne les prennent pas en compte. Seule la phase retenue entre dans les scores. « À une phase près » indique si chaque note se situait à une phase au plus de la phase retenue, comme le compte le taux d’accord du résumé.
report-ratings-indicator = Indicateur
# Short column heading: ratings of "not applicable".
report-ratings-na = S.O.
report-ratings-min = Min.
report-ratings-median = Médiane
report-ratings-max = Max.
report-ratings-agreed = Phase retenue
report-ratings-within = À une phase près
report-ratings-notes = Notes de consensus et désaccords
report-ratings-notes-none = Aucune note de consensus ni aucun désaccord n’a été enregistré.
report-ratings-anonymous = Anonyme
report-consensus-note = Note de consensus
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = Désaccord, { $who } : { $reason }
report-participants = Annexe : participants
report-participants-none = Aucun participant enregistré.
report-signoff = Approbation
report-approver = Approuvé par
report-approver-role = Fonction
report-not-given = —
report-government-approved = Approuvé par le gouvernement
report-yes = Oui
report-no = Non
report-signature = Signature et date
report-name = Nom
report-organisation = Organisation

report-changes = Depuis le dernier cycle
report-changes-intro = Par rapport au cycle précédent, { $round } ({ $date }) : la moyenne et la phase de chaque composante avant et maintenant, et chaque indicateur dont la phase ou la cible a changé, avec la note de l’équipe sur ce qui a changé.
report-changes-indicators = Indicateurs dont la phase ou la cible a changé

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = PROJET
report-draft-footer = PROJET – pas encore signé
# The sign-off section of a draft.
report-signoff-draft = Pas encore signé. Ce rapport est un projet : ses réponses peuvent encore changer. Les signatures, la date de finalisation et le code de contrôle du document figureront ici une fois l’évaluation finalisée.
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = Finalisée le { $date } · Code de contrôle du document { $code }…
report-finalised-on = Date de finalisation
report-check-code = Code de contrôle du document
report-check-code-meaning = Le code de contrôle du document est calculé à partir des réponses de l’évaluation au moment de sa finalisation : un fichier d’évaluation qui affiche le même code contient exactement les réponses de ce rapport.
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = Nombre d’actions
report-timeline-col-indicators = Indicateurs concernés

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] Comment la phase découle de la moyenne, comme dans le GDHM : la moyenne { $mean } arrondie à une décimale donne { $rounded }, un nombre entier, soit la phase { $phase }.
   *[up] Comment la phase découle de la moyenne, comme dans le GDHM : la moyenne { $mean } est arrondie à une décimale, { $rounded }, puis à l’entier supérieur, soit la phase { $phase }.
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] Composante la plus solide : { $blocks } (moyenne { $mean }).
   *[other] Composantes les plus solides, à égalité avec une moyenne de { $mean } : { $blocks }.
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] Composante la plus faible : { $blocks } (moyenne { $mean }).
   *[other] Composantes les plus faibles, à égalité avec une moyenne de { $mean } : { $blocks }.
}
report-summary-all-equal = Toutes les composantes ont la même moyenne, { $mean } : aucune n’est plus solide ou plus faible que les autres.
report-summary-gaps = Écarts les plus importants entre la cible et la phase actuelle
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block } : { $gap } (moyenne actuelle { $current }, moyenne cible { $target })
report-summary-gaps-none = Aucune composante n’a de cible supérieure à sa moyenne actuelle.
report-summary-gaps-meaning = L’écart est la moyenne des phases cibles d’une composante moins la moyenne de ses phases actuelles ; un indicateur sans cible compte avec sa phase actuelle.
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = Indicateur { $indicator } : { $action }
report-summary-data-gaps = Données manquantes
report-summary-data-gaps-intro = { $count ->
    [one] Un indicateur n’a pas de phase et n’est pas pris en compte dans les scores :
   *[other] { $count } indicateurs n’ont pas de phase et ne sont pas pris en compte dans les scores :
}
report-summary-data-gaps-none = Chaque indicateur a une phase : aucune donnée manquante.
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title } : { $reason }

# The method annex (issue 13).
report-method-conduct = Déroulement de l’évaluation
report-method-last-change = Dernière modification des réponses
report-method-participants = { $count ->
    [one] Une personne a participé à l’évaluation :
   *[other] { $count } personnes ont participé à l’évaluation :
}
report-method-consensus-ratings = Comment le consensus a été atteint : chaque participant ou groupe a d’abord noté les indicateurs seul ; la salle a ensuite discuté chaque indicateur et convenu d’une phase, celle qui est prise en compte dans les scores. L’annexe « Comment l’équipe a noté » présente chaque note, les notes de consensus et tout désaccord.
report-method-consensus-plain = Comment le consensus a été atteint : l’équipe a discuté chaque indicateur et convenu ensemble d’une phase, celle qui est prise en compte dans les scores. Aucune note individuelle n’a été enregistrée : ce rapport ne peut donc pas montrer l’écart entre les avis exprimés dans la salle.
report-method-scale = L’échelle des phases
report-method-scale-intro = Chaque indicateur est évalué selon l’une des cinq phases. Chaque indicateur décrit ses propres phases (imprimées dans sa section) ; de manière générale, les phases signifient :
report-method-phase-col = Phase
report-method-name-col = Nom
report-method-meaning-col = Signification générale
report-method-phase-1 = Peu ou rien n’est en place ; les efforts sont informels, ponctuels ou seulement prévus.
report-method-phase-2 = Des premiers éléments existent, tels que des projets de textes, des projets pilotes ou des initiatives isolées, mais ils ne sont pas encore adoptés, financés ou largement utilisés.
report-method-phase-3 = L’élément est formellement adopté et utilisé, mais pas encore partout, pleinement financé ou pérennisé.
report-method-phase-4 = L’élément est utilisé à l’échelle nationale, avec les règles, les rôles et le budget qui l’intègrent au fonctionnement du système de santé.
report-method-phase-5 = L’élément est régulièrement revu et amélioré sur la base de données probantes et s’adapte aux nouveaux besoins.
report-method-scoring = Calcul des scores
report-method-example = Un exemple chiffré avec les données de cette évaluation
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $count ->
    [one] { $block } : l’indicateur { $codes } est pris en compte, en phase { $phases }. Moyenne { $sum } ÷ { $count } = { $mean } ; arrondie à une décimale { $rounded } ; phase { $phase }.
   *[other] { $block } : les indicateurs { $codes } sont pris en compte, en phases { $phases }. Moyenne { $sum } ÷ { $count } = { $mean } ; arrondie à une décimale { $rounded } ; phase { $phase }.
}
report-method-example-left-out = Non pris en compte dans cette moyenne : { $items }.
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code } ({ $reason })
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = Ensemble : la moyenne des { $count } moyennes des composantes ({ $means }) est { $mean } ; arrondie à une décimale { $rounded } ; phase { $phase }.
report-method-codes = Codes des indicateurs et GDHM
report-method-codes-same = Le cadre ne comporte pas de code GDHM distinct : ses codes d’indicateurs sont ceux du GDHM, repris sans changement. Les codes avec une lettre (comme 2a) sont des sous-indicateurs : recueillis et imprimés, jamais notés.
report-method-codes-col-dhma = Code DHMA
report-method-codes-col-gdhm = Code GDHM
report-method-codes-col-scored = Pris en compte dans le score
report-method-codes-sub = Non : sous-indicateur de { $parent }
report-method-limits = Limites
report-method-limit-self = Les phases sont une auto-évaluation : le jugement de l’équipe nationale qui y a participé, et non un audit externe.
report-method-limit-evidence = Les éléments de preuve sont présentés tels que l’équipe les a enregistrés ; DHMA ne les vérifie pas.
report-method-limit-na = Les indicateurs marqués sans objet ou non disponibles, et ceux qui n’ont pas été renseignés, ne sont pas pris en compte dans les scores : la moyenne d’une composante repose uniquement sur ses indicateurs dotés d’une phase.
report-method-limit-sub = Les sous-indicateurs sont recueillis et imprimés, mais ne sont pas notés.
report-disclaimer = Avertissement
report-disclaimer-text = DHMA est un outil indépendant. Il n’est pas un produit de l’Organisation mondiale de la Santé (OMS), de l’Union internationale des télécommunications (UIT) ni du Global Digital Health Monitor (GDHM), et aucun d’entre eux ne l’a examiné ni approuvé. « Compatible GDHM » signifie seulement que DHMA utilise les mêmes codes d’indicateurs et la même règle de calcul des scores que le GDHM. Les résultats de ce rapport sont ceux de l’équipe d’évaluation.
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Score de cette composante : moyenne { $mean }, { $phase } ; cible : { $target }
report-block-score-none = Score de cette composante : aucun pour l’instant (aucun indicateur de la composante n’a de phase)
# An indicator whose answer gives no confidence.
report-confidence-none = Degré de confiance non précisé

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = Contexte de l’évaluation
report-narrative-findings = Constats clés
report-narrative-recommendations = Recommandations
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = Les indicateurs sans objet et les indicateurs non disponibles sont tous exclus du score compatible GDHM. Effet de cette exclusion :
report-na-effect = { $count ->
    [one] { $block } : { $without } sans l’indicateur { $codes } ; compté à sa phase la plus basse (phase 1), ce serait { $with }.
   *[other] { $block } : { $without } sans les indicateurs { $codes } ; comptés à leur phase la plus basse (phase 1), ce serait { $with }.
}
report-na-effect-unscored = { $count ->
    [one] { $block } : aucun score sans l’indicateur { $codes } ; compté à sa phase la plus basse (phase 1), ce serait { $with }.
   *[other] { $block } : aucun score sans les indicateurs { $codes } ; comptés à leur phase la plus basse (phase 1), ce serait { $with }.
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = Sigles et acronymes
report-method-acronyms-col-acronym = Sigle
report-method-acronyms-col-meaning = Signification
report-method-acronyms-others = Figurent aussi dans le texte de l’équipe, sans être développés dans cette liste : { $list }.
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = IA
acronym-ai-means = intelligence artificielle
acronym-api = API
acronym-api-means = interface de programmation d’application
acronym-crvs = CRVS
acronym-crvs-means = enregistrement des faits d’état civil et statistiques de l’état civil
acronym-dhis2 = DHIS2
acronym-dhis2-means = District Health Information Software 2 (logiciel d’information sanitaire de district)
acronym-dhma = DHMA
acronym-dhma-means = Digital Health Maturity Assessment, l’outil qui a produit ce rapport
acronym-ehr = EHR
acronym-ehr-means = dossier de santé électronique
acronym-emr = EMR
acronym-emr-means = dossier médical électronique
acronym-fhir = FHIR
acronym-fhir-means = Fast Healthcare Interoperability Resources, une norme HL7
acronym-gdhm = GDHM
acronym-gdhm-means = Global Digital Health Monitor (observatoire mondial de la santé numérique)
acronym-gps = GPS
acronym-gps-means = système mondial de positionnement
acronym-his = HIS
acronym-his-means = système d’information sanitaire
acronym-hiv = VIH
acronym-hiv-means = virus de l’immunodéficience humaine
acronym-hl7 = HL7
acronym-hl7-means = Health Level Seven, une famille de normes d’échange d’informations de santé
acronym-hmis = HMIS
acronym-hmis-means = système d’information pour la gestion sanitaire
acronym-hr = RH
acronym-hr-means = ressources humaines
acronym-icd = CIM
acronym-icd-means = Classification internationale des maladies
acronym-ict = TIC
acronym-ict-means = technologies de l’information et de la communication
acronym-id = ID
acronym-id-means = document ou numéro d’identité
acronym-itu = UIT
acronym-itu-means = Union internationale des télécommunications
acronym-lmis = LMIS
acronym-lmis-means = système d’information pour la gestion logistique
acronym-moh = MoH
acronym-moh-means = ministère de la Santé
acronym-mpi = MPI
acronym-mpi-means = index patient principal
acronym-na = NA
acronym-na-means = non applicable ou non disponible : indicateur sans phase, exclu des scores
acronym-ngo = ONG
acronym-ngo-means = organisation non gouvernementale
acronym-uhc = CSU
acronym-uhc-means = couverture sanitaire universelle
acronym-who = OMS
acronym-who-means = Organisation mondiale de la Santé

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = Questionnaire de l’évaluation nationale de la maturité de la santé numérique
handout-running-header = Questionnaire · { $title }
handout-footer = Questionnaire pour les participants – pas un résultat d’évaluation
handout-date = Date de l’atelier
handout-date-blank = Date de l’atelier :
handout-name = Votre nom :
handout-organisation = Organisation et fonction :
handout-instructions = Comment remplir ce questionnaire
handout-instruction-read = Lisez la question de chaque indicateur et les cinq phases qui le décrivent, de { $first } à { $last }.
handout-instruction-tick = Cochez la phase qui décrit le mieux la situation actuelle du pays, ou « { $na } » si l’indicateur ne s’applique pas ou si l’information manque.
handout-instruction-comment = Écrivez dans le cadre pourquoi vous avez choisi cette phase, et les documents ou les faits qui le montrent.
handout-instruction-last-round = Une case remplie indique la phase retenue au cycle précédent, { $round } ({ $date }) : dites ce qui a changé depuis.
handout-instruction-sheet = Reportez vos phases sur la feuille de réponses à la fin et remettez-la au facilitateur avant l’atelier.
handout-last-round = Cycle précédent, { $round } ({ $date }) : { $phase }
handout-option = { $phase } : { $text }
handout-guidance = Conseils
handout-evidence = Éléments de preuve utiles :
handout-comment = Votre commentaire et vos éléments de preuve :
handout-sheet = Feuille de réponses
handout-sheet-note = Une ligne par indicateur : votre nom, l’indicateur, la phase cochée (1 à 5, ou NA) et votre commentaire. Les colonnes sont celles du fichier des notes ({ $columns }), afin que le facilitateur puisse saisir les feuilles dans un tableur et les importer dans DHMA.

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = Avancement de la feuille de route – { $title }
progress-date = Date de ce rapport
progress-signed = Finalisée le { $date }, approuvée par { $approver }.
progress-check-verifies = Le code de contrôle de l’évaluation approuvée est toujours valide : ses réponses et ses scores sont tels qu’approuvés.
progress-check-fails = Le code de contrôle de l’évaluation approuvée n’est PAS valide : son contenu a changé depuis l’approbation.
progress-draft = Cette évaluation est un brouillon : ses réponses et ses scores peuvent encore changer.
progress-by-status = Actions par statut
progress-col-actions = Nombre d’actions
progress-moved-since-report = Ce qui a bougé depuis le dernier rapport d’avancement ({ $date })
progress-moved-since-signed = Ce qui a bougé depuis l’approbation ({ $date })
progress-moved-since-created = Ce qui a bougé depuis le début de l’évaluation ({ $date })
progress-move = { $from } → { $to }
progress-moved-none = Aucune action n’a changé de statut pendant cette période.
progress-col-when = Date
progress-overdue = Actions en retard
progress-overdue-rule = Une action est en retard lorsqu’elle n’est ni terminée ni abandonnée et que son horizon, compté à partir de la date de l’évaluation, est dépassé (court terme 1 an, moyen terme 3 ans, long terme 5 ans).
progress-overdue-none = Aucune action n’est en retard.
progress-col-due = Échéance
progress-all = Toutes les actions, avec leur statut et leur note d’avancement
progress-total = { $count ->
        [one] { $count } action dans la feuille de route.
       *[other] { $count } actions dans la feuille de route.
    }
progress-running-header = Avancement de la feuille de route · { $title }
progress-footer = Rapport d’avancement du { $date }
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = Synthèse
export-sheet-indicators = Indicateurs
export-sheet-evidence = Éléments de preuve
export-sheet-roadmap = Feuille de route
export-sheet-participants = Participants
export-sheet-ratings = Notes
export-sheet-dissent = Désaccords
export-sheet-changes = Journal des modifications
export-col-item = Élément
export-col-value = Valeur
export-col-mean = Moyenne
export-col-phase = Phase
export-col-target = Phase cible
export-col-code = Code
export-col-block = Composante
export-col-title = Indicateur
export-col-current = Phase actuelle
export-col-target-year = Année cible
export-col-gap = Écart (phases)
export-col-rationale = Justification
export-col-confidence = Degré de confiance
export-col-evidence-count = Nombre d’éléments de preuve
export-col-ratings = Nombre de notes
export-col-ratings-min = Note la plus basse
export-col-ratings-median = Note médiane
export-col-ratings-max = Note la plus haute
export-col-discuss = À discuter
export-col-evidence = Élément de preuve
export-col-reference = Référence
export-col-action-line = Axe d’action
export-col-from-phase = De la phase
export-col-to-phase = À la phase
export-col-action = Action
export-col-monitoring = Suivi
export-col-timeframe = Horizon
export-col-responsible = Organisme responsable
export-col-priority = Priorité
export-col-cost = Catégorie de coût
export-col-status = Statut
export-col-name = Nom
export-col-organisation = Organisation
export-col-role = Fonction
export-col-rater = Noté par
export-col-comment = Commentaire
export-col-reason = Motif
export-col-time = Heure (UTC)
export-col-actor = Par
export-col-what = Champ
export-col-subject = Objet
export-col-old = Ancienne valeur
export-col-new = Nouvelle valeur
export-row-country = Pays
export-row-round = Cycle
export-row-date = Date de l’évaluation
export-row-framework = Cadre
export-row-status = Statut

report-roadmap-own-action = { $text } *
report-roadmap-legend = * Action rédigée par l’équipe. Les actions sans ce signe viennent de la bibliothèque de modèles d’actions de DHMA pour chaque étape entre phases, telles que l’équipe les a gardées ou modifiées.
report-roadmap-cross-cutting-intro = Actions qui servent plusieurs indicateurs à la fois, par composante.
report-roadmap-years = { $start }–{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = Valeur de référence : { $value }
report-roadmap-target = Cible : { $value }
report-summary-priority-cross-cutting = Transversale : { $action }
export-col-origin = Origine
export-col-start-year = Année de début
export-col-end-year = Année de fin
export-col-budget = Budget estimé
export-col-currency = Devise
export-col-baseline = Valeur de référence
export-col-monitoring-target = Valeur cible
export-col-progress = Note d’avancement
progress-overdue-end-year = Une action pour laquelle l’équipe a indiqué une année de fin est en retard dès que cette année est écoulée, quel que soit son horizon.

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = Évaluation créée
change-kind-assessment-finalised = Évaluation finalisée et signée
change-kind-benchmark = Pays de comparaison
change-kind-dissent = Désaccord
change-kind-evidence-added = Élément de preuve ajouté
change-kind-evidence-removed = Élément de preuve retiré
change-kind-group = Groupe
change-kind-group-deleted = Groupe supprimé
change-kind-merge-conflict = Conflit entre copies
change-kind-merge-resolved = Conflit réglé
change-kind-merge-set-aside = Valeur écartée lors de la fusion
change-kind-merge-taken = Valeur reprise d’une autre copie
change-kind-participants = Participants
change-kind-participants-added = Participants ajoutés
change-kind-progress-reported = Rapport d’avancement rédigé
change-kind-rating = Note
change-kind-ratings-imported = Notes importées
change-kind-response-reviewed = Revue, sans changement
change-kind-roadmap-added = Action ajoutée
change-kind-roadmap-carried = Action reprise du cycle précédent
change-kind-roadmap-deleted = Action supprimée
change-kind-roadmap-regenerated = Actions proposées à partir des écarts
change-kind-roadmap-reordered = Actions réordonnées
change-kind-round-carried-from = Commencé à partir du cycle précédent
