# Тексты командной строки dhma.

cli-about = Проведение национальных оценок зрелости цифрового здравоохранения и расчёт их баллов.
cli-error = Ошибка
cli-frameworks-title = Рамочные модели
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = Компонентов: { $blocks }; оцениваемых показателей: { $scored }; подпоказателей: { $sub }; мероприятий дорожной карты: { $actions }
cli-languages = Языки: { $list }
cli-validate-ok = Рамочная модель { $id } { $version } корректна: число проверенных текстов на каждом языке — { $keys }, число языков — { $langs }.
cli-score-title = Баллы: { $framework } { $version }
cli-score-col-block = Компонент
cli-score-col-mean = Среднее
cli-score-col-phase = Фаза
cli-score-col-scored = Учтено
cli-score-col-excluded = Исключено
cli-exported = Оценка { $country } – { $round } экспортирована в файл { $path }.
cli-imported = Оценка { $country } – { $round } импортирована (идентификатор { $id }).
cli-demo-created = Демонстрационная оценка { $country } – { $round } готова (идентификатор { $id }).
cli-demo-exists = Демонстрационная оценка { $country } – { $round } уже есть в базе данных (идентификатор { $id }).
cli-list-empty = Оценок пока нет. Выполните команду «dhma demo», чтобы добавить демонстрационную оценку.
cli-list-title = Оценки в { $path }
cli-list-line = { $id }  { $country } – { $round }  { $date }  { $status }  отвечено: { $answered }/{ $total }
cli-report-written = Отчёт ({ $pages } стр.) сохранён в { $path }.
