# Messages d’erreur, un par code d’erreur du noyau (src/error.rs). Les arguments sont nommés.

error-io = Le fichier { $path } n’a pas pu être lu ou écrit.
error-database = La base de données des évaluations n’a pas pu être utilisée. Réessayez ; si cela se reproduit, transmettez les détails pour l’assistance à la personne qui assure le support de DHMA.
error-database-too-new = La base de données { $path } a été créée par une version plus récente de DHMA (schéma { $found } ; cette version prend en charge les schémas jusqu’au { $supported }). Elle n’a pas été modifiée. Installez la version plus récente ou ouvrez un autre fichier.
error-not-dhma-database = Le fichier { $path } n’est pas une base de données DHMA. Il n’a pas été modifié.
error-assessment-not-found = Aucune évaluation portant l’identifiant { $id } n’a été trouvée.
error-assessment-locked = { $country } – { $round } est finalisée : ses réponses et ses scores restent tels qu’ils ont été approuvés. Pour évaluer de nouveau, utilisez « Commencer le cycle suivant » sur son tableau de bord (ou dhma new-round).
error-unknown-framework = Le cadre { $id } { $version } n’est pas disponible dans cette version de DHMA.
error-unknown-language = La langue { $lang } n’est pas disponible. Langues disponibles : en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = L’indicateur { $code } n’existe pas dans ce cadre.
error-answered-twice = L’indicateur { $code } a deux réponses dans le fichier. Rien n’a été importé.
error-rater-unknown = Aucun participant ni groupe ne s’appelle « { $name } ». Rien n’a été modifié.
error-rater-has-ratings = « { $name } » a des notes ou un désaccord enregistré dans cette évaluation et ne peut pas être retiré. Supprimez d’abord ses notes et son désaccord. Rien n’a été modifié.
error-consensus-note-required = Indicateur { $code } : la phase convenue est en dehors des notes, ou les notes sont très éloignées. Rédigez une note de consensus expliquant pourquoi la salle l’a retenue. Rien n’a été modifié.
error-group-name-taken = Un groupe s’appelle déjà « { $name } ». Choisissez un autre nom. Rien n’a été modifié.
error-csv-blank-participant = Ligne { $line } : le nom du participant est vide. Rien n’a été importé.
error-csv-rated-twice = Ligne { $line } : { $name } a déjà noté l’indicateur { $code } à la ligne { $first }. Rien n’a été importé.
error-invalid-value = La valeur « { $value } » n’est pas valide pour le champ « { $label } ».
error-required = Veuillez renseigner le champ « { $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    } ».
error-content = Le cadre présente { $count ->
    [one] un problème
   *[other] { $count } problèmes
} :
error-file-too-large = Le fichier { $path } a une taille de { $size }, supérieure à la limite de { $limit }. Il n’a pas été importé.
error-malformed-json = Le fichier { $path } est endommagé ou n’est pas un fichier d’évaluation : sa lecture échoue à la ligne { $line }, colonne { $column }. Rien n’a été importé.
error-not-utf8 = Le fichier { $path } n’est pas un texte UTF-8, l’encodage qu’utilise DHMA : le caractère situé à la ligne { $line }, colonne { $column } est illisible. S’il a été enregistré par un autre programme, enregistrez-le de nouveau en UTF-8 ou exportez-le de nouveau depuis DHMA. Rien n’a été importé.
error-not-assessment-file = Le fichier { $path } n’est pas un fichier d’évaluation DHMA. Rien n’a été importé.
error-format-too-new = Le fichier { $path } a été écrit par une version plus récente de DHMA (format { $found } ; cette version lit les formats jusqu’au { $supported }). Installez la version plus récente pour l’importer.
error-checksum-mismatch = Le fichier { $path } a été modifié ou endommagé après son exportation : sa somme de contrôle ne correspond pas. Rien n’a été importé.
error-invalid-file-field = Le fichier { $path } ne peut pas être importé : { $reason } (dans « { $label } »). Rien n’a été importé.
error-phase-out-of-range = Indicateur { $code } : la valeur { $value } indiquée pour « { $label } » n’est pas une phase comprise entre 1 et 5. Rien n’a été importé.
error-already-exists = L’évaluation { $country } – { $round } figure déjà dans cette base de données. Supprimez-la d’abord ou importez le fichier sur un autre ordinateur.
error-csv-malformed = La ligne { $line } ne peut pas être lue.
error-csv-missing-column = La première ligne doit être un en-tête comportant les colonnes « indicator » et « phase » (et, facultativement, « target ») ; la colonne { $column } est manquante.
error-csv-unknown-indicator = Ligne { $line } : il n’existe pas d’indicateur { $code } dans ce cadre.
error-csv-bad-phase = Ligne { $line } : la valeur « { $value } » indiquée pour « { $label } » doit être une phase comprise entre 1 et 5, ou NA.
error-csv-duplicate = Ligne { $line } : l’indicateur { $code } figure déjà à la ligne { $first }.

content-issue = { $file }, { $item }, { $field } : { $problem }
content-issue-item = – { $issue }
content-syntax = le texte ne peut pas être lu ({ $detail })
content-missing = manquant
content-empty = vide
content-orphan = non utilisé par le cadre (orphelin)
content-duplicate = fourni plusieurs fois
content-unknown-reference = renvoie à « { $detail } », qui n’existe pas
content-out-of-range = hors de la plage autorisée : { $detail }
content-invalid = non valide : { $detail }
content-locale-tag = n’est pas l’étiquette d’une langue fournie avec le logiciel
content-placeables = utilise des variables différentes de celles du texte anglais : { $detail }
error-database-in-use = Le fichier d’évaluations { $path } est déjà ouvert dans une autre fenêtre ou un autre programme DHMA. Fermez-le d’abord ; rien n’a été modifié.
error-no-rounds = Aucune évaluation de { $country } dans cette base de données.
error-database-damaged = La base de données des évaluations { $path } est endommagée. Elle n’a pas été modifiée. Restaurez une sauvegarde ou commencez un nouveau fichier.
error-damaged-row = Une valeur enregistrée est illisible : la base de données des évaluations est endommagée à cet endroit. Rien n’a été modifié. Restaurez une sauvegarde.
error-read-only = La base de données des évaluations { $path } ne peut pas être modifiée : le disque ou le dossier est en lecture seule. La dernière modification n’a pas été enregistrée ; rien d’autre n’a été perdu. Copiez le fichier dans un dossier où vous pouvez écrire, ou adressez-vous à votre administrateur.
error-disk-full = Le disque qui contient { $path } est plein. La dernière modification n’a pas été enregistrée ; rien d’autre n’a été perdu. Libérez de l’espace, puis réessayez.
error-backup-not-found = Aucune sauvegarde ne porte le nom { $name }.
error-not-ready-to-finalise = L’évaluation ne peut pas encore être finalisée : { $count ->
    [one] un indicateur doit
   *[other] { $count } indicateurs doivent
} encore recevoir une phase (ou « sans objet ») et une justification : { $codes }.

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = Le fichier ou dossier { $path } n’existe pas. Il a peut-être été déplacé, renommé ou supprimé.
error-io-permission-denied = DHMA n’a pas le droit de lire ou d’écrire { $path }. Vérifiez les autorisations du fichier ou du dossier, ou adressez-vous à votre administrateur.
error-io-already-exists = Un fichier ou dossier nommé { $path } existe déjà.
error-io-read-only = { $path } se trouve sur un disque ou dans un dossier en lecture seule : il ne peut pas être écrit.
error-io-storage-full = Le disque contenant { $path } est plein. Libérez de l’espace, puis réessayez.
error-io-is-a-directory = { $path } est un dossier, pas un fichier.
error-io-not-a-directory = Une partie du chemin { $path } est un fichier là où un dossier est attendu.
error-io-invalid-filename = { $path } n’est pas un nom de fichier valide sur cet ordinateur.
error-io-file-too-large = { $path } est trop volumineux pour ce disque ou ce dossier.
error-io-unexpected-eof = Le fichier { $path } s’arrête trop tôt : il est incomplet ou endommagé.
error-io-invalid-data = Le fichier { $path } contient des données illisibles : il est peut-être endommagé.
error-invalid-value-empty = Le champ « { $label } » doit être rempli.
error-invalid-value-internal = DHMA n’a pas pu produire « { $label } ». Il s’agit d’une erreur de DHMA : signalez-la, avec les détails pour l’assistance.
error-file-reason-unknown-field = il contient un champ que cette version de DHMA ne connaît pas (écrit par une version plus récente, ou modifié à la main)
error-file-reason-framework-mismatch = il indique deux cadres ou deux versions de cadre différents
error-file-reason-missing-field = un champ obligatoire manque
error-file-reason-wrong-type = une valeur n’a pas le bon type (par exemple du texte à la place d’un nombre)
error-file-reason-bad-value = une valeur ne fait pas partie des valeurs admises
error-file-reason-duplicate-field = un champ figure deux fois
error-file-reason-damaged = son contenu n’a pas la forme d’une évaluation DHMA
error-csv-malformed-fields = La ligne { $line } contient { $found ->
    [one] une valeur
   *[other] { $found } valeurs
}, mais l’en-tête a { $expected ->
    [one] une colonne
   *[other] { $expected } colonnes
}.
error-csv-malformed-utf8 = La ligne { $line } n’est pas du texte UTF-8. Enregistrez de nouveau le fichier au format « CSV UTF-8 ».
error-support-details = Détails pour l’assistance : { $details }
error-merge-into-finalised = L’évaluation { $country } – { $round } est finalisée sur cet ordinateur : les modifications du fichier ne peuvent pas y être fusionnées. Commencez le cycle suivant pour enregistrer des modifications, ou importez le fichier sur un ordinateur où l’évaluation est encore un brouillon. Rien n’a été modifié.
error-merge-finalised-file = Le fichier contient l’évaluation { $country } – { $round } finalisée, et le brouillon présent sur cet ordinateur en diffère. Pour reprendre la version finalisée, supprimez ici le brouillon (une copie de sauvegarde est conservée) et importez de nouveau le fichier. Rien n’a été modifié.
error-conflict-not-found = Aucun conflit n’attend de décision pour l’indicateur « { $indicator } », champ « { $field } ». « dhma conflicts » liste les conflits avec leurs champs. Rien n’a été modifié.
error-conflict-value-not-allowed = « { $field } » ne peut être réglé qu’en gardant l’une ou l’autre version, et non en saisissant une autre valeur. Rien n’a été modifié.

# Rounds that start from the last one (issue 12).
error-change-note-required = Indicateur { $code } : la nouvelle phase diffère de celle reprise du cycle précédent. Indiquez ce qui a changé depuis le dernier cycle, puis enregistrez de nouveau la phase.
error-carried-not-reviewed = L’évaluation ne peut pas encore être finalisée : { $count ->
    [one] une réponse reprise du cycle précédent n’a pas été revue
   *[other] { $count } réponses reprises du cycle précédent n’ont pas été revues
} : { $codes }. Enregistrez chacune d’elles, ou marquez-la « Revue, sans changement ».
error-round-name-taken = { $country } a déjà un cycle nommé { $round }. Choisissez un autre nom.

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = { $title } n’a pas de cycle précédent : le questionnaire ne peut pas être prérempli. Imprimez-le sans les phases du cycle précédent.
error-answers-cell-unknown-indicator = Feuille « { $sheet } », ligne { $row }, colonne { $column } ({ $header }) : « { $value } » n’est pas un indicateur du cadre de cette évaluation.
error-answers-cell-duplicate = Feuille « { $sheet } », ligne { $row }, colonne { $column } ({ $header }) : l’indicateur { $value } figure déjà à la ligne { $first }.
error-answers-cell-bad-phase = Feuille « { $sheet } », ligne { $row }, colonne { $column } ({ $header }) : « { $value } » n’est pas une phase : écrivez 1 à 5, ou NA.
error-answers-cell-bad-target = Feuille « { $sheet } », ligne { $row }, colonne { $column } ({ $header }) : « { $value } » n’est pas une phase cible : écrivez 1 à 5, ou laissez la cellule vide.
error-answers-cell-bad-year = Feuille « { $sheet } », ligne { $row }, colonne { $column } ({ $header }) : « { $value } » n’est pas une année de 2000 à 2100.
error-answers-cell-no-code = Feuille « { $sheet } », ligne { $row }, colonne { $column } ({ $header }) : la ligne contient des réponses mais aucun code d’indicateur.
error-answers-no-code-column = La feuille « { $sheet } » n’a pas de colonne « { $heading } » : sa première ligne doit porter les titres de la feuille Indicateurs qu’exporte DHMA, dans n’importe laquelle de ses langues.
error-answers-no-answer-column = La feuille « { $sheet } » n’a aucune colonne de réponses : sa première ligne doit porter au moins l’un de ces titres : { $headings }.
error-spreadsheet-unreadable = « { $path } » ne peut pas être lu comme un classeur Excel (.xlsx) ni comme un fichier CSV (.csv).
error-gdhm-detail-missing = Le téléversement du GDHM exige « { $field } » : renseignez-le dans les informations GDHM, puis exportez de nouveau. Aucun fichier n’a été écrit.
error-gdhm-invalid-email = « { $value } » dans « { $field } » n’est pas une adresse électronique acceptée par le GDHM. Aucun fichier n’a été écrit.
error-gdhm-unanswered = Le téléversement du GDHM exige une phase ou NA pour chaque indicateur ; ceux-ci n’en ont pas encore : { $codes }. Aucun fichier n’a été écrit.
error-gdhm-file-unreadable = { $path } n’est pas un classeur Excel (.xlsx) que DHMA peut lire.
error-gdhm-file-empty = { $path } ne contient aucune donnée de pays : ce n’est pas un export de données du GDHM.
error-gdhm-file-cell-header = { $path }, ligne { $row }, colonne { $column } : « { $value } » n’est pas un en-tête d’export de données du GDHM (Indicateur suivi d’un code, ou Catégorie suivie d’un numéro).
error-gdhm-file-cell-phase = { $path }, ligne { $row }, colonne { $column } : « { $value } » n’est pas une phase (Phase 1 à Phase 5, ou Non disponible).
error-gdhm-file-cell-country = { $path }, ligne { $row }, colonne { $column } : la ligne a des phases mais pas de nom de pays.
error-gdhm-country-not-in-file = { $path } ne contient aucun pays nommé « { $country } ».
error-gdhm-no-common-indicators = { $path } ne contient aucun indicateur du référentiel de cette évaluation.
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = « { $value } » n’est pas un graphique que DHMA sait dessiner : choisissez radar ou bars.
error-unknown-image-format = « { $value } » n’est pas un format d’image que DHMA sait écrire : choisissez png ou svg.
error-dpi-out-of-range = La résolution « { $value } » ne peut pas être utilisée : indiquez un nombre entier de points par pouce entre { $min } et { $max }.
error-chart-image = DHMA n’a pas pu dessiner l’image du graphique. Il s’agit d’une erreur de DHMA : signalez-la, avec les détails pour l’assistance.

error-invalid-action-year = « { $value } » n’est pas une année possible pour une action : indiquez une année de 2000 à 2100, en chiffres.
error-invalid-action-end-before-start = L’année de fin { $value } précède l’année de début : une action ne peut pas finir avant de commencer.
error-invalid-action-amount = « { $value } » n’est pas un montant : indiquez zéro ou plus en chiffres, avec au plus deux décimales (par exemple 250000 ou 1500,50).
error-invalid-action-currency = « { $value } » n’est pas un code de devise : indiquez les trois lettres de son code ISO 4217, par exemple USD, EUR ou XOF.
error-invalid-action-budget-incomplete = Le budget « { $value } » demande à la fois un montant et sa devise.
error-invalid-action-template-action = « { $value } » vient de la bibliothèque de modèles de DHMA : donnez-lui le statut « Abandonnée » au lieu de la supprimer, pour que la prochaine proposition ne la ramène pas.
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = Aucun pays de { $path } n’a été choisi : choisissez au moins un pays auquel vous comparer.
