# Messages d’erreur, un par code d’erreur du noyau (src/error.rs). Les arguments sont nommés.

error-io = Le fichier { $path } n’a pas pu être lu ou écrit ({ $detail }).
error-database = La base de données des évaluations n’a pas pu être utilisée ({ $detail }).
error-database-too-new = La base de données { $path } a été créée par une version plus récente de DHMA (schéma { $found } ; cette version prend en charge les schémas jusqu’au { $supported }). Elle n’a pas été modifiée. Installez la version plus récente ou ouvrez un autre fichier.
error-not-dhma-database = Le fichier { $path } n’est pas une base de données DHMA. Il n’a pas été modifié.
error-assessment-not-found = Aucune évaluation portant l’identifiant { $id } n’a été trouvée.
error-assessment-locked = L’évaluation { $id } est finalisée et verrouillée. Créez une nouvelle version pour y apporter des modifications.
error-unknown-framework = Le cadre { $id } { $version } n’est pas disponible dans cette version de DHMA.
error-unknown-language = La langue { $lang } n’est pas disponible. Langues disponibles : en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = L’indicateur { $code } n’existe pas dans ce cadre.
error-invalid-value = La valeur « { $value } » n’est pas valide pour { $field }.
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
error-invalid-file-field = Le fichier { $path } contient une valeur non valide pour { $field } : { $detail }. Rien n’a été importé.
error-phase-out-of-range = Indicateur { $code } : la valeur { $value } indiquée pour { $field } n’est pas une phase comprise entre 1 et 5. Rien n’a été importé.
error-already-exists = L’évaluation { $country } – { $round } figure déjà dans cette base de données. Supprimez-la d’abord ou importez le fichier sur un autre ordinateur.
error-csv-malformed = Ligne { $line } : la ligne ne peut pas être lue ({ $detail }).
error-csv-missing-column = La première ligne doit être un en-tête comportant les colonnes « indicator » et « phase » (et, facultativement, « target ») ; la colonne { $column } est manquante.
error-csv-unknown-indicator = Ligne { $line } : il n’existe pas d’indicateur { $code } dans ce cadre.
error-csv-bad-phase = Ligne { $line } : la valeur « { $value } » indiquée pour { $field } doit être une phase comprise entre 1 et 5, ou NA.
error-csv-duplicate = Ligne { $line } : l’indicateur { $code } figure déjà à la ligne { $first }.

content-issue = { $file }, { $item }, { $field } : { $problem }
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
error-database-damaged = La base de données des évaluations { $path } est endommagée ({ $detail }). Elle n’a pas été modifiée. Restaurez une sauvegarde ou commencez un nouveau fichier.
error-damaged-row = Une valeur enregistrée est illisible (table { $table }, ligne { $row }, colonne { $column }) : la base de données est endommagée à cet endroit. Rien n’a été modifié. Restaurez une sauvegarde.
error-read-only = La base de données des évaluations { $path } ne peut pas être modifiée : le disque ou le dossier est en lecture seule. La dernière modification n’a pas été enregistrée ; rien d’autre n’a été perdu. Copiez le fichier dans un dossier où vous pouvez écrire, ou adressez-vous à votre administrateur.
error-disk-full = Le disque qui contient { $path } est plein. La dernière modification n’a pas été enregistrée ; rien d’autre n’a été perdu. Libérez de l’espace, puis réessayez.
error-backup-not-found = Aucune sauvegarde ne porte le nom { $name }.
error-not-ready-to-finalise = L’évaluation ne peut pas encore être finalisée : { $count } indicateurs doivent encore recevoir une phase (ou « sans objet ») et une justification : { $codes }.
