# Textes de la ligne de commande dhma.

cli-about = Conduire et noter des évaluations nationales de la maturité de la santé numérique.
cli-error = Erreur : { $message }
cli-score-excluded-item = { $code } ({ $reason })
cli-compare-round = { $round } ({ $date })
cli-frameworks-title = Cadres
cli-framework-line = { $id } { $version } : { $name }
cli-framework-counts = { $blocks } composantes, { $scored } indicateurs notés, { $sub } sous-indicateurs, { $actions } actions de feuille de route
cli-languages = Langues : { $list }
cli-language-item = { $code } ({ $name })
cli-validate-ok = { $id } { $version } est valide : { $keys } textes vérifiés dans chacune des { $langs } langues.
cli-score-title = Scores : { $framework } { $version }
cli-score-col-block = Composante
cli-score-col-mean = Moyenne
cli-score-col-phase = Phase
cli-score-col-scored = Notés
cli-score-col-excluded = Exclus
cli-exported = Évaluation { $title } exportée vers { $path }.
cli-imported = Évaluation { $title } importée (identifiant { $id }).
cli-demo-created = L’évaluation d’exemple { $title } est prête (identifiant { $id }).
cli-demo-exists = L’évaluation d’exemple { $title } figure déjà dans la base de données (identifiant { $id }).
cli-list-empty = Aucune évaluation pour le moment. Exécutez « dhma demo » pour ajouter l’évaluation d’exemple.
cli-list-title = Évaluations dans { $path }
cli-list-line = { $id }  { $title }  { $date }  { $status }  { $answered }/{ $total } renseignés
cli-report-written = Le rapport ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) a été enregistré dans { $path }.
cli-backups-empty = Aucune sauvegarde pour l’instant. DHMA en fait une avant chaque mise à niveau, à chaque finalisation et toutes les heures pendant l’enregistrement des réponses.
cli-backups-title = Sauvegardes dans { $dir } (la plus récente en premier) :
cli-backup-line = { $name }  { $reason }  évaluations : { $assessments }  { $kib } Kio
cli-restored = Sauvegarde { $name } restaurée. La base de données telle qu’elle était juste avant est conservée dans la sauvegarde { $before }.
cli-restored-aside = Sauvegarde { $name } restaurée. La base de données qui ne pouvait pas être ouverte est conservée, inchangée, sous le nom { $aside }.
cli-finalised = { $title } est finalisée et verrouillée (code de contrôle { $fingerprint }). Sauvegarde conservée : { $backup }.
cli-compare-title = { $country } : { $count ->
    [one] un cycle
   *[other] { $count } cycles
}, phase moyenne par composante, du plus ancien au plus récent

cli-ratings-imported = { $count ->
        [one] { $count } note importée.
       *[other] { $count } notes importées.
    }
cli-ratings-added = { $count ->
        [one] Ajouté comme nouveau participant : { $names }
       *[other] Ajoutés comme nouveaux participants ({ $count }) : { $names }
    }
cli-ratings-col-indicator = Indicateur
cli-ratings-col-count = Notes
cli-ratings-col-min = Min
cli-ratings-col-median = Médiane
cli-ratings-col-max = Max
cli-ratings-col-counts = Phases 1–5, S.O.
cli-ratings-col-agreed = Convenue
cli-ratings-col-discuss = Discussion
cli-ratings-na = S.O.
cli-ratings-discuss = à discuter

## Merging copies of an assessment (issue 12)
cli-exported-for-group = Évaluation { $title } exportée pour le groupe { $group } ({ $blocks ->
    [0] toutes les composantes
    [one] une composante
   *[other] { $blocks } composantes
}) vers { $path }.
cli-conflicts-hint = Des conflits attendent une décision : affichez-les avec « dhma conflicts { $id } », puis réglez chacun d’eux avec « dhma resolve ».
cli-conflicts-none = Aucun conflit n’attend de décision.
cli-conflicts-count = { $count ->
    [one] Un conflit attend une décision.
   *[other] { $count } conflits attendent une décision.
}
cli-conflict-heading = { $label } (dhma resolve … { $indicator } { $field })
cli-conflict-local = Ici : { $value } – { $changed }
cli-conflict-incoming = Dans le fichier : { $value } – { $changed }
cli-resolved = Réglé. { $count ->
    [0] Il ne reste aucun conflit.
    [one] Il reste un conflit.
   *[other] Il reste { $count } conflits.
}
# Rounds that start from the last one (issue 12).
cli-round-started = { $title } commencé (identifiant { $id }) à partir de { $from } : { $count ->
    [one] une réponse reprise
   *[other] { $count } réponses reprises
}, chacune à revoir.
cli-round-from-latest = { $asked } n’est pas le dernier cycle de son pays : le nouveau cycle part du dernier, { $from }.
cli-changes-block = { $name } : moyenne { $mean } ; { $phase } ; { $target } ({ $direction })
cli-changes-indicator = { $label } : { $phase } ; { $target } ({ $direction })

cli-handout-written = Le questionnaire ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) a été enregistré dans { $path }.

cli-progress-written = Le rapport d’avancement ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) a été enregistré dans { $path }.
cli-exported-all = { $count ->
    [one] { $count } évaluation exportée vers { $path }.
   *[other] { $count } évaluations exportées vers { $path }.
}
cli-reports-written = { $count ->
    [one] { $count } rapport écrit dans { $path }.
   *[other] { $count } rapports écrits dans { $path }.
}
cli-exported-gdhm = Fichier de téléversement GDHM de { $title } exporté vers { $path }.
cli-benchmark-imported = { $count ->
    [one] Référence « { $label } » enregistrée ({ $count } pays).
   *[other] Référence « { $label } » enregistrée ({ $count } pays).
}
cli-benchmark-cleared = La référence a été retirée.
# dhma chart
cli-chart-written = Le graphique a été enregistré dans { $path }.
cli-report-docx-written = Le rapport modifiable (document Word) a été enregistré dans { $path }.
