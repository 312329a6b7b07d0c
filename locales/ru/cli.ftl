# Тексты командной строки dhma.

cli-about = Проведение национальных оценок зрелости цифрового здравоохранения и расчёт их баллов.
cli-error = Ошибка: { $message }
cli-score-excluded-item = { $code } ({ $reason })
cli-compare-round = { $round } ({ $date })
cli-frameworks-title = Рамочные модели
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = Компонентов: { $blocks }; оцениваемых показателей: { $scored }; подпоказателей: { $sub }; мероприятий дорожной карты: { $actions }
cli-languages = Языки: { $list }
cli-language-item = { $code } ({ $name })
cli-validate-ok = Рамочная модель { $id } { $version } корректна: число проверенных текстов на каждом языке — { $keys }, число языков — { $langs }.
cli-score-title = Баллы: { $framework } { $version }
cli-score-col-block = Компонент
cli-score-col-mean = Среднее
cli-score-col-phase = Фаза
cli-score-col-scored = Учтено
cli-score-col-excluded = Исключено
cli-exported = Оценка { $title } экспортирована в файл { $path }.
cli-imported = Оценка { $title } импортирована (идентификатор { $id }).
cli-demo-created = Демонстрационная оценка { $title } готова (идентификатор { $id }).
cli-demo-exists = Демонстрационная оценка { $title } уже есть в базе данных (идентификатор { $id }).
cli-list-empty = Оценок пока нет. Выполните команду «dhma demo», чтобы добавить демонстрационную оценку.
cli-list-title = Оценки в { $path }
cli-list-line = { $id }  { $title }  { $date }  { $status }  отвечено: { $answered }/{ $total }
cli-report-written = Отчёт ({ $pages } стр.) сохранён в { $path }.
cli-backups-empty = Резервных копий пока нет. DHMA создаёт их перед каждым обновлением, при каждом завершении и каждый час, пока сохраняются ответы.
cli-backups-title = Резервные копии в { $dir } (сначала самые новые):
cli-backup-line = { $name }  { $reason }  оценок: { $assessments }  { $kib } КиБ
cli-restored = Резервная копия { $name } восстановлена. База данных в том виде, в каком она была непосредственно перед этим, сохранена в резервной копии { $before }.
cli-restored-aside = Резервная копия { $name } восстановлена. База данных, которую не удалось открыть, сохранена без изменений под именем { $aside }.
cli-finalised = Оценка { $title } завершена и заблокирована (контрольный код { $fingerprint }). Сохранена резервная копия: { $backup }.
cli-compare-title = { $country }: циклов — { $count }, средняя фаза по компонентам, от самого раннего

cli-ratings-imported = { $count ->
        [one] Импортирована { $count } оценка.
        [few] Импортированы { $count } оценки.
        [many] Импортировано { $count } оценок.
       *[other] Импортировано { $count } оценок.
    }
cli-ratings-added = { $count ->
        [one] Добавлен(а) как новый участник: { $names }
        [few] Добавлены как новые участники ({ $count }): { $names }
        [many] Добавлены как новые участники ({ $count }): { $names }
       *[other] Добавлены как новые участники ({ $count }): { $names }
    }
cli-ratings-col-indicator = Показатель
cli-ratings-col-count = Оценки
cli-ratings-col-min = Мин.
cli-ratings-col-median = Медиана
cli-ratings-col-max = Макс.
cli-ratings-col-counts = Фазы 1–5, н/п
cli-ratings-col-agreed = Согласовано
cli-ratings-col-discuss = Обсуждение
cli-ratings-na = н/п
cli-ratings-discuss = обсудить

## Merging copies of an assessment (issue 12)
cli-exported-for-group = Оценка { $title } экспортирована в файл { $path } для группы { $group } ({ $blocks ->
    [0] все компоненты
    [one] { $blocks } компонент
    [few] { $blocks } компонента
    [many] { $blocks } компонентов
   *[other] { $blocks } компонента
}).
cli-conflicts-hint = Есть конфликты, ожидающие решения: выведите их список командой «dhma conflicts { $id }» и разрешите каждый командой «dhma resolve».
cli-conflicts-none = Конфликтов, ожидающих решения, нет.
cli-conflicts-count = { $count ->
    [one] { $count } конфликт ожидает решения.
    [few] { $count } конфликта ожидают решения.
    [many] { $count } конфликтов ожидают решения.
   *[other] { $count } конфликта ожидают решения.
}
cli-conflict-heading = { $label } (dhma resolve … { $indicator } { $field })
cli-conflict-local = Здесь: { $value } — { $changed }
cli-conflict-incoming = В файле: { $value } — { $changed }
cli-resolved = Конфликт разрешён. { $count ->
    [0] Конфликтов не осталось.
    [one] Остался { $count } конфликт.
    [few] Осталось { $count } конфликта.
    [many] Осталось { $count } конфликтов.
   *[other] Осталось { $count } конфликта.
}
# Rounds that start from the last one (issue 12).
cli-round-started = { $title } начат (идентификатор { $id }) на основе { $from }: { $count ->
    [one] перенесён { $count } ответ
    [few] перенесено { $count } ответа
    [many] перенесено { $count } ответов
   *[other] перенесено { $count } ответов
}, каждый нужно проверить.
cli-round-from-latest = { $asked } — не последний цикл своей страны: новый цикл начинается с последнего, { $from }.
cli-changes-block = { $name }: среднее { $mean }; { $phase }; { $target } ({ $direction })
cli-changes-indicator = { $label }: { $phase }; { $target } ({ $direction })

cli-handout-written = Анкета ({ $pages } стр.) сохранена в { $path }.

cli-progress-written = Отчёт о выполнении ({ $pages } стр.) сохранён в { $path }.
cli-exported-all = { $count ->
    [one] { $count } оценка экспортирована в { $path }.
    [few] { $count } оценки экспортированы в { $path }.
    [many] { $count } оценок экспортировано в { $path }.
   *[other] { $count } оценки экспортировано в { $path }.
}
cli-reports-written = { $count ->
    [one] { $count } отчёт записан в { $path }.
    [few] { $count } отчёта записаны в { $path }.
    [many] { $count } отчётов записано в { $path }.
   *[other] { $count } отчёта записано в { $path }.
}
cli-exported-gdhm = Файл загрузки GDHM для { $title } экспортирован в { $path }.
cli-benchmark-imported = { $count ->
    [one] Ориентир «{ $label }» сохранён ({ $count } страна).
    [few] Ориентир «{ $label }» сохранён ({ $count } страны).
    [many] Ориентир «{ $label }» сохранён ({ $count } стран).
   *[other] Ориентир «{ $label }» сохранён ({ $count } страны).
}
cli-benchmark-cleared = Ориентир удалён.
# dhma chart
cli-chart-written = Диаграмма сохранена в файле { $path }.
cli-report-docx-written = Редактируемый отчёт (документ Word) сохранён в { $path }.
