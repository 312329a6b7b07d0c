# Тексты, общие для интерфейса, командной строки и отчёта.

# Собственное название языка, отображаемое в списках выбора языка.
language-name = Русский
product-name = DHMA – Оценка зрелости цифрового здравоохранения
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name } ({ $version })

phase-label = Фаза { $phase }
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = Начальная
phase-2-name = Формирующаяся
phase-3-name = Сложившаяся
phase-4-name = Институционализированная
phase-5-name = Оптимизированная
not-applicable = Неприменимо / данные отсутствуют
not-available = данные отсутствуют
overall = Общий итог

timeframe-short = Краткосрочная перспектива (в течение 1 года)
timeframe-medium = Среднесрочная перспектива (от 1 до 3 лет)
timeframe-long = Долгосрочная перспектива (от 3 до 5 лет)
cost-low = Низкие затраты
cost-medium = Средние затраты
cost-high = Высокие затраты
confidence-low = Низкая степень уверенности
confidence-medium = Средняя степень уверенности
confidence-high = Высокая степень уверенности
status-draft = Черновик
status-finalised = Окончательная версия

exclusion-not-applicable = отмечен как неприменимый / данные отсутствуют
exclusion-not-answered = ответ ещё не дан
exclusion-sub-indicator = подпоказатель: данные собираются, но в расчёт балла не включаются

scoring-rule = Балл компонента — это среднее арифметическое значений его оцениваемых показателей, для которых указана фаза; подпоказатели и показатели, отмеченные как неприменимые, не учитываются. Общий балл — это невзвешенное среднее баллов компонентов. Балл переводится в фазу путём округления до одного десятичного знака с последующим округлением в большую сторону; минимальное значение — фаза 1.

# Decimal separator used when the product prints a mean (e.g. 2,33).
number-decimal-separator = ,
# Separator between items of a list (e.g. indicator codes).
list-separator = {", "}

# Roadmap statuses and priorities.
roadmap-status-proposed = Предложено
roadmap-status-planned = Запланировано
roadmap-status-in-progress = Выполняется
roadmap-status-done = Выполнено
roadmap-status-dropped = Отменено
priority-1 = Высокий приоритет
priority-2 = Средний приоритет
priority-3 = Низкий приоритет
roadmap-step = { $from } → { $to }
backup-reason-upgrade = перед обновлением
backup-reason-finalised = при завершении
backup-reason-hourly = ежечасная
backup-reason-before-restore = перед восстановлением
backup-reason-set-aside = не открывалась, отложена

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title }: импортирована как новая оценка.
merge-summary = { $title }: объединена с файлом. Полей ответов, взятых из файла: { $answers }. Других принятых изменений: { $others }. { $conflicts ->
    [0] Конфликтов нет.
    [one] { $conflicts } конфликт ожидает решения.
    [few] { $conflicts } конфликта ожидают решения.
    [many] { $conflicts } конфликтов ожидают решения.
   *[other] { $conflicts } конфликта ожидают решения.
}
merge-field-of-indicator = Показатель { $code } – { $field }
merge-field-current = Текущая фаза
merge-field-target = Целевая фаза
merge-field-target-year = Целевой год
merge-field-rationale = Обоснование
merge-field-confidence = Степень уверенности
merge-field-carried = Перенесено из предыдущего цикла, не пересмотрено
merge-field-change-note = Что изменилось с предыдущего цикла
merge-field-note = Примечание о консенсусе
merge-field-tally = Подсчёт карточек
merge-field-rating = Оценка: { $name }
merge-field-dissent = Особое мнение: { $name }
merge-field-evidence = Подтверждающий материал «{ $title }»
merge-field-roadmap = Мероприятие дорожной карты
merge-field-roadmap-position = Место мероприятия в дорожной карте
merge-field-participant = Участник { $name }
merge-field-group = Группа { $name }
merge-field-country = Страна
merge-field-round = Цикл оценки
merge-field-date = Дата проведения оценки
merge-field-facilitator = Модератор
merge-field-language = Язык
merge-value-removed = Удалено
merge-value-empty = Пусто
merge-value-phase = Фаза { $phase }
merge-value-na = Неприменимо
merge-value-yes = Да
merge-value-no = Нет
merge-value-with-comment = { $value } («{ $comment }»)
merge-changed-by = Изменено: { $name }, { $time }
# Что изменилось с предыдущего цикла: экран, `dhma compare --changes` и отчёт.
changes-title = Что изменилось
changes-heading = { changes-title } – { $title }
changes-since = По сравнению с предыдущим циклом: { $round } ({ $date }).
changes-first-round = У страны { $country } нет более раннего цикла по этой методике, поэтому сравнивать пока не с чем.
changes-count = { $count ->
        [0] Ни у одного показателя не изменились ни фаза, ни цель.
        [one] Фаза или цель изменилась у { $count } показателя.
        [few] Фаза или цель изменилась у { $count } показателей.
        [many] Фаза или цель изменилась у { $count } показателей.
       *[other] Фаза или цель изменилась у { $count } показателей.
    }
changes-block-count = { $count ->
        [0] Показатели не изменились
        [one] Изменился { $count } показатель
        [few] Изменились { $count } показателя
        [many] Изменились { $count } показателей
       *[other] Изменились { $count } показателей
    }
changes-phase = Фаза { $old } → { $new }
changes-target = Цель { $old } → { $new }
changes-arrow = { $old } → { $new }
changes-value-na = неприменимо
changes-value-none = нет ответа
changes-value-unset = не задана
changes-value-absent = нет в методике
changes-direction-up = Выше
changes-direction-down = Ниже
changes-direction-same = Без изменений
changes-direction-changed = Изменено
changes-direction-new = Впервые есть ответ
changes-direction-removed = Ответа больше нет
changes-note = Что изменилось: { $note }
changes-indicator = { $code } { $title }
changes-col-indicator = Показатель
changes-col-mean = Среднее
changes-col-phase = Фаза
changes-col-target = Цель
changes-col-direction = Изменение фазы
changes-col-note = Что изменилось (примечание группы)
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = DD.MM.YYYY
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = {"; "}

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = Оценка в целом
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = неприменимо
na-reason-not-available = данные отсутствуют
na-reason-not-said = NA, не указано, неприменимо или данные отсутствуют
merge-field-na-reason = Какое NA (неприменимо или данные отсутствуют)

# Answers imported from a spreadsheet (preview and result).
answers-change-current = Текущая фаза: { $old } → { $new }
answers-change-target = Целевая фаза: { $old } → { $new }
answers-change-target-year = Целевой год: { $old } → { $new }
answers-change-rationale = Обоснование: { $old } → { $new }
answers-preview = { $count ->
        [one] Файл изменяет { $count } ответ.
        [few] Файл изменяет { $count } ответа.
        [many] Файл изменяет { $count } ответов.
       *[other] Файл изменяет { $count } ответа.
    }
answers-imported = { $count ->
        [one] Изменён { $count } ответ.
        [few] Изменено { $count } ответа.
        [many] Изменено { $count } ответов.
       *[other] Изменено { $count } ответа.
    }
merge-field-gdhm-country = Название страны
merge-field-gdhm-country-summary = Краткое описание страны
merge-field-gdhm-country-contact-name = Контакт страны: имя
merge-field-gdhm-country-contact-role = Контакт страны: должность
merge-field-gdhm-country-contact-org = Контакт страны: организация
merge-field-gdhm-country-contact-email = Контакт страны: электронная почта
merge-field-gdhm-contact-person-name = Контактное лицо: имя
merge-field-gdhm-contact-person-role = Контактное лицо: должность
merge-field-gdhm-contact-person-email = Контактное лицо: электронная почта
merge-field-gdhm-approver-name = Утвердивший данные: имя
merge-field-gdhm-approver-role = Утвердивший данные: должность
merge-field-gdhm-approver-email = Утвердивший данные: электронная почта
merge-field-gdhm-resources-link = Ссылки на ресурсы
chart-legend-benchmark = Ориентир: { $label }
chart-legend-benchmark-dated = Ориентир: { $label } ({ $date })
batch-sheet-assessments = Оценки
batch-sheet-indicators = Показатели
batch-col-country = Страна
batch-col-round = Раунд
batch-col-date = Дата
batch-col-status = Статус
batch-col-overall = Общее среднее
batch-col-overall-phase = Общая фаза
batch-col-indicator = Показатель
batch-col-block = Компонент
batch-col-phase = Текущая фаза
batch-col-target = Целевая фаза
batch-status-draft = Черновик
batch-status-finalised = Завершена
move-exported = Оценок записано в { $path }: { $count }.
move-imported = Файл переноса импортирован. Новых оценок: { $added }. Объединено с уже имеющейся копией: { $merged }. { $conflicts ->
    [0] Конфликтов нет.
    [one] { $conflicts } конфликт ожидает решения.
    [few] { $conflicts } конфликта ожидают решения.
    [many] { $conflicts } конфликтов ожидают решения.
   *[other] { $conflicts } конфликта ожидают решения.
}
about-title = О программе DHMA
about-version = Версия { $version }
about-licence = DHMA — свободная программа под лицензией { $licence }.
about-fonts-heading = Шрифты
about-fonts-notice = В отчётах и изображениях диаграмм используются шрифты Noto (Noto Sans, Noto Sans Arabic, Noto Sans CJK SC) компании Google, распространяемые по лицензии SIL Open Font License версии 1.1. Ниже приведены их файлы об авторских правах вместе с лицензией в исходном виде.
about-crates-heading = Сторонние компоненты
about-crates-intro = Библиотек Rust (crates) с открытым исходным кодом, входящих в эту программу, — каждая с её лицензией (выражение SPDX) и поставляемыми с ней файлами лицензии в исходном виде: { $count }.
about-licence-text = Текст лицензии
about-no-licence-file = Эта библиотека не содержит файла лицензии; её лицензия указана выше.
about-licence-undeclared = Не указана

roadmap-origin-own = Составлено группой
roadmap-origin-template = Из библиотеки шаблонов DHMA
roadmap-cross-cutting = Сквозные действия
roadmap-cross-cutting-short = Сквозное
roadmap-all-blocks = Все компоненты
roadmap-body-development-partners = Партнёры по развитию
roadmap-body-private-sector = Частный сектор
roadmap-body-subnational = Субнациональный уровень (регионы, районы)
roadmap-body-other-ministries = Другие министерства
