# Textes de l’interface de bureau.

ui-app-title = Évaluation de la maturité de la santé numérique
ui-skip-to-content = Aller au contenu
ui-nav-home = Évaluations
ui-nav-walk = Évaluation
ui-nav-dashboard = Tableau de bord
ui-language = Langue
ui-save-saving = Enregistrement…
ui-save-saved = Toutes les modifications sont enregistrées
ui-save-failed = Non enregistré – votre modification reste affichée à l’écran
ui-loading = Chargement…
ui-close = Fermer
ui-cancel = Annuler

ui-home-title = Évaluations
ui-home-intro = Chaque évaluation attribue un score aux sept composantes de l’environnement national de santé numérique. Ouvrez-en une pour la poursuivre, ou créez-en une nouvelle.
ui-home-empty = Aucune évaluation pour le moment. Créez-en une nouvelle ou ouvrez l’évaluation d’exemple.
ui-home-new = Nouvelle évaluation
ui-home-sample = Ouvrir l’évaluation d’exemple
ui-home-import = Importer un fichier…
ui-home-open = Ouvrir
ui-home-export = Exporter le fichier…
ui-home-delete = Supprimer
ui-home-col-country = Pays
ui-home-col-round = Cycle
ui-home-col-date = Date
ui-home-col-status = Statut
ui-home-col-completion = Avancement
ui-home-col-actions = Actions
ui-delete-confirm = Supprimer l’évaluation { $name } ? Une copie de sauvegarde est conservée et vous pourrez annuler la suppression.
ui-deleted = L’évaluation { $name } a été supprimée. Une copie de sauvegarde a été enregistrée dans { $path }.
ui-undo = Restaurer
ui-restored = L’évaluation { $name } a été restaurée.
ui-imported = L’évaluation { $name } a été importée.
ui-exported = L’évaluation a été enregistrée dans { $path }.
ui-file-filter = Fichier d’évaluation DHMA

ui-new-title = Nouvelle évaluation
ui-new-country = Pays
ui-new-round = Cycle
ui-new-round-hint = Par exemple : Situation de référence 2026, ou Revue à mi-parcours 2028
ui-new-date = Date de l’évaluation
ui-new-facilitator = Facilitateur
ui-new-participants = Participants
ui-new-participants-hint = Une personne par ligne : nom ; organisation ; fonction
ui-new-framework = Cadre
ui-new-language = Langue de l’évaluation et du rapport
ui-new-create = Créer et commencer

ui-walk-blocks = Composantes et indicateurs
ui-walk-completion = { $answered ->
        [one] { $answered } indicateur renseigné
       *[other] { $answered } indicateurs renseignés
    } sur { $total }
ui-walk-question = Question
ui-walk-guidance = Orientations : ce qu’il faut examiner, qui consulter
ui-walk-current = Phase actuelle
ui-walk-phase-keys = Choisissez à l’aide des touches 1 à 5, ou N pour « sans objet ». Indicateur suivant : Page suivante ou Alt+→ ; précédent : Page précédente ou Alt+←.
ui-walk-not-applicable = Sans objet / non disponible
ui-walk-sub-indicator = Sous-indicateur : recueilli et présenté dans le rapport, mais jamais pris en compte dans le score.
ui-walk-target = Phase cible
ui-walk-target-none = Aucune cible
ui-walk-target-year = Année cible
ui-walk-rationale = Justification
ui-walk-rationale-hint = Pourquoi cette phase ? À renseigner avant de pouvoir finaliser l’évaluation.
ui-walk-confidence = Degré de confiance
ui-walk-confidence-none = Non précisé
ui-walk-evidence = Éléments de preuve
ui-walk-evidence-examples = Exemples d’éléments de preuve
ui-walk-evidence-title = Document, loi ou source
ui-walk-evidence-reference = Lien ou référence
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title } — { $reference }
ui-walk-evidence-add = Ajouter un élément de preuve
ui-walk-evidence-remove = Retirer
ui-walk-evidence-none = Aucun élément de preuve enregistré pour le moment.
ui-walk-previous = Précédent
ui-walk-next = Suivant
ui-walk-locked = Cette évaluation est finalisée et ne peut plus être modifiée.
ui-walk-state-answered = renseigné
ui-walk-state-na = sans objet
ui-walk-state-empty = non renseigné
ui-walk-state-note = ({ $state })

ui-dash-title = Tableau de bord
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = Composantes : phases actuelles et phases cibles
ui-dash-legend-current = Actuelle
ui-dash-legend-target = Cible
ui-dash-legend-previous = Cycle précédent : { $round }
ui-dash-table = Scores par composante
ui-dash-col-block = Composante
ui-dash-col-mean = Moyenne
ui-dash-col-phase = Phase
ui-dash-col-target = Cible
ui-dash-col-scored = Indicateurs notés
ui-dash-excluded = Indicateurs non pris en compte
ui-dash-excluded-none = Une phase a été attribuée à chaque indicateur noté.
ui-dash-excluded-item = { $code } { $title } : { $reason }
ui-dash-completeness = Complétude
ui-dash-rule = Mode de calcul des scores
ui-dash-gap-note = Une composante sans aucune réponse notée n’a pas de score ; le graphique y laisse un vide au lieu d’afficher un zéro.

# Roadmap screen.
ui-nav-roadmap = Feuille de route
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = Actions proposées pour chaque écart entre la phase actuelle et la phase cible, regroupées par axe d’action. Modifiez-les, réordonnez-les ou abandonnez-les ; vos modifications sont conservées lorsque la feuille de route est proposée à nouveau.
ui-road-regenerate = Proposer des actions à partir des écarts
ui-road-regenerated = { $count ->
        [one] La feuille de route compte maintenant { $count } action.
       *[other] La feuille de route compte maintenant { $count } actions.
    } Vos propres modifications ont été conservées.
ui-road-empty = Aucune action pour l’instant. Fixez des phases cibles supérieures aux phases actuelles, puis proposez des actions à partir des écarts.
ui-road-action = Action
ui-road-monitoring = Indicateur de suivi
ui-road-step = Indicateur et étape
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = Horizon
ui-road-responsible = Organisme responsable
ui-road-priority = Priorité
ui-road-cost = Catégorie de coût
ui-road-status = Statut
ui-road-edited = modifiée par l’équipe
ui-road-up = Monter
ui-road-down = Descendre

# PDF report.
ui-report-export = Exporter le rapport PDF…
ui-report-working = Préparation du rapport PDF…
ui-report-written = Le rapport ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) a été enregistré dans { $path }.
ui-report-open = Ouvrir le rapport

ui-home-backups = Sauvegardes…
ui-backups-title = Sauvegardes
ui-backups-intro = DHMA sauvegarde le fichier d’évaluations avant chaque mise à niveau, à chaque finalisation et toutes les heures pendant l’enregistrement des réponses. Les { $keep } plus récentes sont conservées ; celles faites à la finalisation ne sont jamais supprimées automatiquement. Dossier : { $dir }
ui-backups-col-time = Date (UTC)
ui-backups-col-reason = Motif
ui-backups-col-assessments = Évaluations
ui-backups-col-size = Taille
ui-backups-size = { $kib } Kio
ui-backups-restore = Restaurer
ui-backups-restore-confirm = Restaurer la sauvegarde du { $time } ? Le fichier d’évaluations tel qu’il est maintenant est d’abord sauvegardé : rien n’est perdu.
ui-backups-restored = Sauvegarde restaurée. L’état juste avant est conservé dans la sauvegarde du { $time }.
ui-backups-empty = Aucune sauvegarde pour l’instant.
ui-recovery-title = Le fichier d’évaluations ne peut pas être ouvert
ui-recovery-choose = Vous pouvez restaurer l’une de ses sauvegardes ou commencer un nouveau fichier vide. Dans les deux cas, le fichier qui ne peut pas être ouvert est conservé, inchangé, dans le dossier des sauvegardes.
ui-recovery-new = Commencer un nouveau fichier
ui-recovery-new-confirm = Commencer un nouveau fichier d’évaluations vide ? Le fichier qui ne peut pas être ouvert sera conservé, inchangé, dans le dossier des sauvegardes.
ui-recovery-new-done = Un nouveau fichier d’évaluations vide a été commencé. Le fichier qui ne pouvait pas être ouvert est conservé, inchangé, sous le nom { $aside } dans { $dir }.
ui-recovery-restored = Sauvegarde restaurée. Le fichier qui ne pouvait pas être ouvert est conservé, inchangé, sous le nom { $aside }.
ui-recovery-retry = Réessayer

ui-signoff-title = Approbation
ui-signoff-intro = La finalisation verrouille l’évaluation : ses réponses ne peuvent plus changer, elle reçoit un code de contrôle (qui montre si elle a été modifiée ensuite) et une sauvegarde en est gardée, jamais supprimée automatiquement. Chaque indicateur noté doit d’abord avoir une phase (ou « sans objet ») et une justification.
ui-signoff-name = Nom de la personne qui approuve
ui-signoff-role = Fonction
ui-signoff-government = Approuvée par le gouvernement
ui-signoff-finalise = Finaliser l’évaluation
ui-signoff-confirm = Finaliser cette évaluation ? Elle ne pourra plus être modifiée ensuite.
ui-signoff-done = L’évaluation est finalisée et verrouillée. Sa sauvegarde ne sera jamais supprimée automatiquement : { $backup }.
ui-signoff-approver = { $name } ({ $role })
ui-signoff-finalised = Finalisée le { $date } par { $approver }. Code de contrôle { $fingerprint }…
ui-signoff-finalised-government = Finalisée le { $date } par { $approver }. Approuvée par le gouvernement. Code de contrôle { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = Anonyme
ui-workshop-na = Sans objet
ui-workshop-na-short = S.O.
ui-workshop-phase = Phase { $phase }
ui-workshop-bar = { $label } : { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
ui-workshop-summary = { $count ->
        [one] Une note
       *[other] { $count } notes
    }, de la phase { $min } à la phase { $max }, médiane { $median }{ $na ->
        [0] {""}
        [one] ; un « sans objet »
       *[other] ; { $na } « sans objet »
    }
ui-workshop-summary-none = Aucune phase donnée pour l’instant{ $na ->
        [0] {""}
        [one] ; un « sans objet »
       *[other] ; { $na } « sans objet »
    }
ui-workshop-discuss = À discuter : les notes sont éloignées de deux phases ou plus.
ui-workshop-proposed = Phase proposée : { $phase } (la médiane, arrondie à l’inférieur)
ui-workshop-ratings = Notes de la salle
ui-groups = Groupes
ui-group-tag = groupe
ui-group-name = Nom du groupe
ui-group-members = Membres
ui-group-blocks = Composantes qu’il note (facultatif)
ui-group-create = Créer le groupe
ui-group-delete = Supprimer
ui-group-none = Aucun groupe de travail pour l’instant.
ui-ratings-import = Importer des notes…
ui-ratings-file-filter = Notes (CSV)
ui-ratings-preview-title = Notes à importer
ui-ratings-preview = { $count ->
        [one] { $count } note pour { $indicators ->
            [one] { $indicators } indicateur.
           *[other] { $indicators } indicateurs.
        }
       *[other] { $count } notes pour { $indicators ->
            [one] { $indicators } indicateur.
           *[other] { $indicators } indicateurs.
        }
    }
ui-ratings-preview-new = { $count ->
        [one] Nouveau participant : { $names }
       *[other] Nouveaux participants ({ $count }) : { $names }
    }
ui-ratings-preview-known = Tous les noms sont déjà des participants.
ui-ratings-confirm = Importer ces notes
ui-ratings-imported = { $count ->
        [one] { $count } note importée.
       *[other] { $count } notes importées.
    }
ui-workshop-by-person = Par personne
ui-workshop-participant = Participant
ui-workshop-rating = Note
ui-workshop-comment = Commentaire (facultatif)
ui-workshop-rating-keys = Tapez 1 à 5, ou N pour non applicable ; Suppr efface. Les flèches et Tab passent d’une personne à l’autre. Chaque changement est enregistré aussitôt.
ui-workshop-by-tally = Par décompte (cartons anonymes)
ui-workshop-tally-hint = Combien de cartons ont montré chaque phase. Chaque changement est enregistré aussitôt et remplace les notes anonymes de cet indicateur.
ui-workshop-distribution = Répartition des notes
ui-workshop-agreed = Phase retenue
ui-workshop-agreed-none = Pas encore retenue
ui-workshop-note = Note de consensus
ui-workshop-note-required = Les notes sont très écartées : écrivez pourquoi la salle a retenu cette phase.
ui-workshop-agree = Retenir
ui-workshop-dissent = Désaccord
ui-workshop-dissent-none = Aucun désaccord enregistré.
ui-workshop-dissent-who = Qui est en désaccord
ui-workshop-dissent-reason = Motif
ui-workshop-dissent-add = Enregistrer le désaccord
ui-workshop-dissent-remove = Retirer
ui-dash-spread = Dispersion des notes
ui-dash-spread-legend = Chaque ligne va de la note la plus basse à la plus haute ; le cercle est la médiane, le losange la phase convenue ; les lignes en rouge sont à discuter.
ui-workshop-to-discuss = Indicateurs à discuter
ui-workshop-to-discuss-none = Aucun indicateur n’a de notes écartées de deux phases ou plus.
ui-projector-open = Afficher au projecteur
ui-projector-leave = Quitter (Échap)
ui-projector-keys = Flèches : indicateur précédent ou suivant. 1 à 5 ou N : montrer une phase à la salle (rien n’est enregistré). Échap : quitter.

# Rounds that start from the last one (issue 12).
ui-walk-carried = Reprise du cycle précédent, non revue
ui-walk-state-note-carried = ({ $state }, reprise du cycle précédent, non revue)
ui-walk-reviewed = Revue, sans changement
ui-walk-change-note = Qu’est-ce qui a changé depuis le dernier cycle ?
ui-walk-change-note-save = Enregistrer la phase avec cette note
ui-round-next = Commencer le cycle suivant
ui-round-intro = Le nouveau cycle part du dernier cycle de ce pays : ses phases, phases cibles, justifications, éléments de preuve, actions de feuille de route en cours et le contexte rédigé pour le rapport, chaque réponse étant marquée « reprise du cycle précédent, non revue ». Les participants, les évaluations individuelles, les notes de consensus, les constats clés et les recommandations repartent de zéro.
ui-round-name = Nom du nouveau cycle
ui-round-name-hint = Laisser vide pour utiliser l’année de sa date
ui-round-date = Date du nouveau cycle
ui-round-start = Commencer le cycle
ui-round-started = { $title } commencé à partir de { $from } : { $count ->
    [one] une réponse reprise
   *[other] { $count } réponses reprises
}, chacune à revoir.
ui-home-carried = { $count ->
    [one] une réponse reprise, non revue
   *[other] { $count } réponses reprises, non revues
}
ui-changes-open = Ce qui a changé depuis le dernier cycle
ui-changes-back = Retour au tableau de bord
ui-changes-blocks = Composantes
## Copies d’une évaluation : fusion de fichiers, conflits, groupes de travail (ticket 12)
ui-conflicts-title = Conflits
ui-conflicts-intro = Ces champs ont été modifiés sur cet ordinateur et dans un fichier importé, avec des valeurs différentes. Pour chacun, gardez une valeur ou saisissez-en une autre : la valeur non retenue reste dans le journal des modifications.
ui-conflicts-none = Aucun conflit en attente : tout le contenu des fichiers a été fusionné.
ui-conflicts-open = Régler les conflits
ui-conflicts-local = Sur cet ordinateur
ui-conflicts-incoming = Dans le fichier
ui-conflicts-keep-local = Garder celle de cet ordinateur
ui-conflicts-take-incoming = Prendre celle du fichier
ui-conflicts-write = Saisir une autre valeur
ui-conflicts-value = Autre valeur
ui-conflicts-value-hint = Une phase : 1 à 5, ou NA pour non applicable. Confiance : low, medium ou high. Une année : 2030. Une date : 2026-11-30.
ui-conflicts-confirm = Utiliser cette valeur
ui-conflicts-back = Retour au tableau de bord
ui-conflicts-waiting = { $count ->
        [one] Un conflit issu de la fusion de fichiers attend une décision.
       *[other] { $count } conflits issus de la fusion de fichiers attendent une décision.
    }
ui-conflict-settled = Réglé. { $count ->
        [0] Il ne reste aucun conflit.
        [one] Il reste un conflit.
       *[other] Il reste { $count } conflits.
    }
ui-export-group = Exporter pour un groupe…
ui-export-group-choose = Groupe
ui-export-group-none = Aucun groupe de travail pour l’instant : créez-en un sur la page d’un indicateur, sous « Groupes ».
ui-exported-for-group = Le fichier du groupe { $group } ({ $blocks ->
        [0] toutes les composantes
        [one] une composante
       *[other] { $blocks } composantes
    }) a été enregistré dans { $path }.
ui-breakout-banner = Fichier du groupe de travail { $group } : { $blocks }.
ui-breakout-banner-all = Fichier du groupe de travail { $group } : toutes les composantes.
ui-date-hint = Jour/mois/année, par exemple 02/12/2026
ui-dash-target-note = Un indicateur qui a une phase mais pas de cible compte avec sa phase actuelle comme cible (aucun changement prévu).
ui-participants-edit = Modifier les participants
ui-participants-save = Enregistrer les participants
ui-participants-saved = La liste des participants est enregistrée.

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = Score actuel (moyenne des indicateurs)
ui-chart-legend-target-phase = Phase cible (comme dans le tableau)
ui-chart-bars-title = Composantes : score actuel et phase cible
ui-chart-scale-note = Anneaux : phases 1 à 5

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = Constats et recommandations
ui-narratives-intro = Imprimés dans le rapport : le contexte et les constats et recommandations d’ensemble dans le résumé d’orientation, ceux d’une composante au début de sa section. Enregistré au fil de la saisie.
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = Lequel ?
ui-walk-na-not-applicable = Sans objet : l’indicateur ne s’applique pas ici
ui-walk-na-not-available = Non disponible : il s’applique, mais les données manquent

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = Le questionnaire ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) a été enregistré dans { $path }.
ui-handout-export = Imprimer le questionnaire…
ui-handout-prefill = avec les phases du cycle précédent
ui-handout-working = Préparation du questionnaire…
ui-handout-open = Ouvrir le questionnaire
ui-handout-hint = Le questionnaire à distribuer avant l’atelier : chaque question avec ses cinq phases, des cases à cocher et une feuille de réponses.

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = Note d’avancement
ui-road-follow-up = Finalisée : les réponses, les scores et les actions restent tels qu’approuvés. Le statut et la note d’avancement de chaque action restent à jour pour le suivi de la feuille de route.
# Export… and Import answers… on the dashboard.
export-format-dhma = Fichier d’évaluation (.dhma.json)
export-format-xlsx = Classeur Excel (.xlsx)
export-format-csv = Tableau des indicateurs (.csv)
export-format-json = Évaluation et scores (.json)
ui-export = Exporter…
ui-export-title = Exporter l’évaluation
ui-export-format = Format
ui-export-excel = Pour Microsoft Excel (avec une marque d’ordre des octets, pour qu’Excel lise le texte en UTF-8)
ui-export-choose = Choisir où enregistrer…
ui-import-answers = Importer des réponses…
ui-import-answers-title = Réponses d’un tableur
ui-import-answers-hint = La feuille Indicateurs d’un classeur exporté, ou son CSV, remplie : les colonnes sont reconnues à leur titre, dans n’importe quelle langue ; une cellule vide laisse la réponse telle quelle.
ui-import-answers-confirm = Enregistrer ces modifications
ui-import-answers-filter = Tableurs (.xlsx, .csv)
ui-gdhm-export = Exporter pour le GDHM…
ui-gdhm-title = Fichier de téléversement GDHM
ui-gdhm-intro = Le téléversement du GDHM demande ces informations. Elles sont conservées avec l’évaluation.
ui-gdhm-save-export = Enregistrer et exporter…
ui-gdhm-required = obligatoire
ui-gdhm-exported = Le fichier de téléversement GDHM a été écrit.
ui-benchmark = Comparer avec des pays…
ui-benchmark-title = Comparer avec d’autres pays
ui-benchmark-intro = Choisissez un export de données du GDHM, puis les pays dont le radar et le rapport montrent la moyenne.
ui-benchmark-choose-file = Choisir un export de données du GDHM…
ui-benchmark-label = Nom de ce groupe (par exemple une région ; facultatif)
ui-benchmark-store = Comparer
ui-benchmark-remove = Retirer la référence

export-format-gdhm-csv = Fichier de chargement GDHM (.csv)
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = Enregistrer le graphique…
ui-chart-save-radar = Enregistrer le radar comme image (PNG ou SVG)
ui-chart-save-bars = Enregistrer le diagramme en barres comme image (PNG ou SVG)
ui-chart-saved = Le graphique a été enregistré dans { $path }.
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = Exporter le rapport modifiable (Word)…
ui-report-docx-working = Préparation du rapport modifiable (Word)…
ui-report-docx-written = Le rapport modifiable (document Word) a été enregistré dans { $path }.
ui-about = À propos
ui-move-title = Déménager vers un autre ordinateur
ui-move-intro = Toutes les évaluations de cet ordinateur dans un seul fichier : copiez-le sur le nouvel ordinateur (une clé USB suffit) et importez-le là-bas. Une évaluation déjà présente est fusionnée, jamais écrasée ; si une partie du fichier est refusée, rien n’est enregistré.
ui-move-export = Enregistrer toutes les évaluations dans un fichier…
ui-move-import = Importer un fichier de déménagement…
ui-move-filter = Fichier de déménagement DHMA

ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = Sans étape
ui-road-add = Ajouter une action
ui-road-add-intro = Une action de votre équipe, pour un indicateur ou pour plusieurs à la fois (transversale). Le rapport l’indique comme rédigée par l’équipe.
ui-road-add-where = Pour
ui-road-add-cross = Transversale (aucun indicateur en particulier)
ui-road-add-line = Axe d’action
ui-road-add-block = Composante
ui-road-add-step = Étape
ui-road-add-text = Ce qui sera fait
ui-road-add-submit = Ajouter l’action
ui-road-added = L’action a été ajoutée à la feuille de route.
ui-road-delete = Supprimer
ui-road-deleted = L’action a été supprimée.
ui-road-start-year = Année de début
ui-road-end-year = Année de fin
ui-road-budget = Budget estimé
ui-road-currency = Devise (code ISO)
ui-road-budget-hint = En chiffres, avec au plus deux décimales, et les trois lettres de la devise (par exemple 250000 XOF).
ui-road-baseline = Valeur de référence
ui-road-target = Valeur cible
ui-road-progress-report = Rapport d’avancement…
ui-road-progress-written = Le rapport d’avancement ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) a été enregistré dans { $path }.
