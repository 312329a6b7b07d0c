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
report-summary = Résumé analytique
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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Score de cette composante : moyenne { $mean }, { $phase } ; cible : { $target }
report-block-score-none = Score de cette composante : aucun pour l’instant (aucun indicateur de la composante n’a de phase)
# An indicator whose answer gives no confidence.
report-confidence-none = Degré de confiance non précisé
