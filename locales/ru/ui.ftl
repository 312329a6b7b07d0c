# Тексты интерфейса настольного приложения.

ui-app-title = Оценка зрелости цифрового здравоохранения
ui-skip-to-content = Перейти к содержимому
ui-nav-home = Оценки
ui-nav-walk = Оценка
ui-nav-dashboard = Сводная панель
ui-language = Язык
ui-save-saving = Сохранение…
ui-save-saved = Все изменения сохранены
ui-save-failed = Не сохранено — внесённое изменение по-прежнему отображается на экране
ui-loading = Загрузка…
ui-close = Закрыть
ui-cancel = Отмена

ui-home-title = Оценки
ui-home-intro = В каждой оценке выставляются баллы по семи компонентам национальной среды цифрового здравоохранения. Откройте оценку, чтобы продолжить работу, или начните новую.
ui-home-empty = Оценок пока нет. Начните новую оценку или откройте демонстрационную.
ui-home-new = Новая оценка
ui-home-sample = Открыть демонстрационную оценку
ui-home-import = Импортировать файл…
ui-home-open = Открыть
ui-home-export = Экспортировать файл…
ui-home-delete = Удалить
ui-home-col-country = Страна
ui-home-col-round = Цикл
ui-home-col-date = Дата
ui-home-col-status = Статус
ui-home-col-completion = Заполнено
ui-home-col-actions = Действия
ui-delete-confirm = Удалить оценку { $name }? Резервная копия будет сохранена, и удаление можно будет отменить.
ui-deleted = Оценка { $name } удалена. Резервная копия сохранена: { $path }.
ui-undo = Восстановить
ui-restored = Оценка { $name } восстановлена.
ui-imported = Оценка { $name } импортирована.
ui-exported = Оценка сохранена в файле { $path }.
ui-file-filter = Файл оценки DHMA

ui-new-title = Новая оценка
ui-new-country = Страна
ui-new-round = Цикл оценки
ui-new-round-hint = Например: Исходная оценка 2026 или Среднесрочный обзор 2028
ui-new-date = Дата проведения оценки
ui-new-facilitator = Модератор
ui-new-participants = Участники
ui-new-participants-hint = По одному человеку в строке: имя; организация; роль
ui-new-framework = Рамочная модель
ui-new-language = Язык оценки и отчёта
ui-new-create = Создать и начать

ui-walk-blocks = Компоненты и показатели
ui-walk-completion = Показатели с ответом: { $answered } из { $total }
ui-walk-question = Вопрос
ui-walk-guidance = Рекомендации: что изучить и к кому обратиться
ui-walk-current = Текущая фаза
ui-walk-phase-keys = Выберите фазу клавишами от 1 до 5 или нажмите N, если показатель неприменим. Следующий показатель: Page Down или Alt+→; предыдущий: Page Up или Alt+←.
ui-walk-not-applicable = Неприменимо / данные отсутствуют
ui-walk-sub-indicator = Подпоказатель: данные собираются и отражаются в отчёте, но никогда не учитываются при расчёте балла.
ui-walk-target = Целевая фаза
ui-walk-target-none = Цель не задана
ui-walk-target-year = Целевой год
ui-walk-rationale = Обоснование
ui-walk-rationale-hint = Почему выбрана эта фаза? Обязательно для заполнения до завершения оценки.
ui-walk-confidence = Степень уверенности
ui-walk-confidence-none = Не указана
ui-walk-evidence = Подтверждающие материалы
ui-walk-evidence-examples = Примеры подтверждающих материалов
ui-walk-evidence-title = Документ, закон или источник
ui-walk-evidence-reference = Ссылка или реквизиты
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title } — { $reference }
ui-walk-evidence-add = Добавить материал
ui-walk-evidence-remove = Удалить
ui-walk-evidence-none = Подтверждающие материалы ещё не добавлены.
ui-walk-previous = Назад
ui-walk-next = Далее
ui-walk-locked = Эта оценка завершена, и изменить её нельзя.
ui-walk-state-answered = ответ дан
ui-walk-state-na = неприменимо
ui-walk-state-empty = нет ответа
ui-walk-state-note = ({ $state })

ui-dash-title = Сводная панель
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = Компоненты: текущие и целевые фазы
ui-dash-legend-current = Текущая
ui-dash-legend-target = Целевая
ui-dash-legend-previous = Предыдущий цикл: { $round }
ui-dash-table = Баллы по компонентам
ui-dash-col-block = Компонент
ui-dash-col-mean = Среднее
ui-dash-col-phase = Фаза
ui-dash-col-target = Цель
ui-dash-col-scored = Оцениваемые показатели
ui-dash-excluded = Показатели, не учтённые в расчёте
ui-dash-excluded-none = Для всех оцениваемых показателей указана фаза.
ui-dash-excluded-item = { $code } { $title }: { $reason }
ui-dash-completeness = Полнота заполнения
ui-dash-rule = Как рассчитываются баллы
ui-dash-gap-note = Если ни по одному оцениваемому показателю компонента нет ответа, балл компонента не рассчитывается; на диаграмме в этом месте остаётся разрыв, а не отображается ноль.

# Roadmap screen.
ui-nav-roadmap = Дорожная карта
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = Действия, предложенные для каждого разрыва между текущей и целевой фазой, сгруппированы по направлениям действий. Изменяйте, переупорядочивайте или отменяйте их; ваши изменения сохраняются при повторном формировании дорожной карты.
ui-road-regenerate = Предложить действия по разрывам
ui-road-regenerated = { $count ->
        [one] Теперь в дорожной карте { $count } действие.
        [few] Теперь в дорожной карте { $count } действия.
        [many] Теперь в дорожной карте { $count } действий.
       *[other] Теперь в дорожной карте { $count } действий.
    } Ваши изменения сохранены.
ui-road-empty = Действий пока нет. Задайте целевые фазы выше текущих, затем предложите действия по разрывам.
ui-road-action = Действие
ui-road-monitoring = Показатель мониторинга
ui-road-step = Показатель и шаг
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = Срок
ui-road-responsible = Ответственный орган
ui-road-priority = Приоритет
ui-road-cost = Категория затрат
ui-road-status = Статус
ui-road-edited = изменено командой
ui-road-up = Выше
ui-road-down = Ниже

# PDF report.
ui-report-export = Экспорт отчёта в PDF…
ui-report-working = Подготовка отчёта в PDF…
ui-report-written = Отчёт ({ $pages } стр.) сохранён в { $path }.
ui-report-open = Открыть отчёт

ui-home-backups = Резервные копии…
ui-backups-title = Резервные копии
ui-backups-intro = DHMA создаёт резервную копию файла оценок перед каждым обновлением, при каждом завершении и каждый час, пока сохраняются ответы. Хранятся { $keep } последних копий; копии, сделанные при завершении, никогда не удаляются автоматически. Папка: { $dir }
ui-backups-col-time = Создана (UTC)
ui-backups-col-reason = Причина
ui-backups-col-assessments = Оценки
ui-backups-col-size = Размер
ui-backups-size = { $kib } КиБ
ui-backups-restore = Восстановить
ui-backups-restore-confirm = Восстановить резервную копию от { $time }? Сначала будет сохранена копия файла оценок в его нынешнем виде, поэтому ничего не потеряется.
ui-backups-restored = Резервная копия восстановлена. Состояние непосредственно перед этим сохранено в резервной копии от { $time }.
ui-backups-empty = Резервных копий пока нет.
ui-recovery-title = Не удаётся открыть файл оценок
ui-recovery-choose = Можно восстановить одну из его резервных копий или начать новый пустой файл. В обоих случаях файл, который не удаётся открыть, сохраняется без изменений в папке резервных копий.
ui-recovery-new = Начать новый файл
ui-recovery-new-confirm = Начать новый пустой файл оценок? Файл, который не удаётся открыть, будет сохранён без изменений в папке резервных копий.
ui-recovery-new-done = Начат новый пустой файл оценок. Файл, который не удалось открыть, сохранён без изменений под именем { $aside } в { $dir }.
ui-recovery-restored = Резервная копия восстановлена. Файл, который не удалось открыть, сохранён без изменений под именем { $aside }.
ui-recovery-retry = Повторить попытку

ui-signoff-title = Утверждение
ui-signoff-intro = Завершение блокирует оценку: её ответы больше нельзя изменить, ей присваивается контрольный код (по нему видно, менялась ли оценка потом), а её резервная копия никогда не удаляется автоматически. Сначала у каждого учитываемого показателя должны быть фаза (или «неприменимо») и обоснование.
ui-signoff-name = Имя утверждающего
ui-signoff-role = Должность
ui-signoff-government = Утверждена правительством
ui-signoff-finalise = Завершить оценку
ui-signoff-confirm = Завершить эту оценку? После этого её нельзя будет изменить.
ui-signoff-done = Оценка завершена и заблокирована. Её резервная копия никогда не будет удалена автоматически: { $backup }.
ui-signoff-approver = { $name } ({ $role })
ui-signoff-finalised = Завершена { $date }, утвердил(а): { $approver }. Контрольный код { $fingerprint }…
ui-signoff-finalised-government = Завершена { $date }, утвердил(а): { $approver }. Утверждена правительством. Контрольный код { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = Анонимно
ui-workshop-na = Неприменимо
ui-workshop-na-short = Н/П
ui-workshop-phase = Фаза { $phase }
ui-workshop-bar = { $label }: { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }
ui-workshop-summary = { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценок
    }, от фазы { $min } до фазы { $max }, медиана { $median }{ $na ->
        [0] {""}
       *[other] ; «неприменимо»: { $na }
    }
ui-workshop-summary-none = Фаза пока не указана{ $na ->
        [0] {""}
       *[other] ; «неприменимо»: { $na }
    }
ui-workshop-discuss = Для обсуждения: оценки расходятся на две фазы или больше.
ui-workshop-proposed = Предлагаемая фаза: { $phase } (медиана, округлённая вниз)
ui-workshop-ratings = Оценки участников
ui-groups = Группы
ui-group-tag = группа
ui-group-name = Название группы
ui-group-members = Участники группы
ui-group-blocks = Компоненты, которые она оценивает (необязательно)
ui-group-create = Создать группу
ui-group-delete = Удалить
ui-group-none = Рабочих групп пока нет.
ui-ratings-import = Импортировать оценки…
ui-ratings-file-filter = Оценки (CSV)
ui-ratings-preview-title = Оценки для импорта
ui-ratings-preview = { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценок
    } { $indicators ->
        [one] по { $indicators } показателю.
        [few] по { $indicators } показателям.
        [many] по { $indicators } показателям.
       *[other] по { $indicators } показателям.
    }
ui-ratings-preview-new = { $count ->
        [one] Новый участник: { $names }
        [few] Новые участники ({ $count }): { $names }
        [many] Новые участники ({ $count }): { $names }
       *[other] Новые участники ({ $count }): { $names }
    }
ui-ratings-preview-known = Все имена уже есть среди участников.
ui-ratings-confirm = Импортировать эти оценки
ui-ratings-imported = { $count ->
        [one] Импортирована { $count } оценка.
        [few] Импортированы { $count } оценки.
        [many] Импортировано { $count } оценок.
       *[other] Импортировано { $count } оценок.
    }
ui-workshop-by-person = По участникам
ui-workshop-participant = Участник
ui-workshop-rating = Оценка
ui-workshop-comment = Комментарий (необязательно)
ui-workshop-rating-keys = Введите от 1 до 5 или N («неприменимо»); Delete очищает. Стрелки и Tab переходят от одного участника к другому. Каждое изменение сохраняется сразу.
ui-workshop-by-tally = Подсчётом (анонимные карточки)
ui-workshop-tally-hint = Сколько карточек показало каждую фазу. Каждое изменение сохраняется сразу и заменяет анонимные оценки этого показателя.
ui-workshop-distribution = Распределение оценок
ui-workshop-agreed = Согласованная фаза
ui-workshop-agreed-none = Ещё не согласована
ui-workshop-note = Примечание о консенсусе
ui-workshop-note-required = Оценки сильно расходятся: напишите, почему участники согласились на эту фазу.
ui-workshop-agree = Согласовать
ui-workshop-dissent = Особое мнение
ui-workshop-dissent-none = Особых мнений нет.
ui-workshop-dissent-who = Кто не согласен
ui-workshop-dissent-reason = Причина
ui-workshop-dissent-add = Записать особое мнение
ui-workshop-dissent-remove = Удалить
ui-dash-spread = Разброс оценок
ui-dash-spread-legend = Каждая линия идёт от самой низкой оценки до самой высокой; кружок — медиана, ромб — согласованная фаза; красные строки нужно обсудить.
ui-workshop-to-discuss = Показатели для обсуждения
ui-workshop-to-discuss-none = Ни у одного показателя оценки не расходятся на две фазы или больше.
ui-projector-open = Показать на проекторе
ui-projector-leave = Выйти (Escape)
ui-projector-keys = Стрелки: предыдущий или следующий показатель. 1–5 или N: показать залу фазу (ничего не записывается). Escape: выйти.

# Rounds that start from the last one (issue 12).
ui-walk-carried = Перенесено, не проверено
ui-walk-state-note-carried = ({ $state }, перенесено из предыдущего цикла, не проверено)
ui-walk-reviewed = Проверено, без изменений
ui-walk-change-note = Что изменилось с прошлого цикла?
ui-walk-change-note-save = Сохранить фазу с этим примечанием
ui-round-next = Начать следующий цикл
ui-round-intro = Новый цикл начинается с последнего цикла этой страны: его фазы, целевые фазы, обоснования, подтверждающие материалы, незавершённые пункты дорожной карты и описание контекста для отчёта; каждый ответ помечен как «перенесено, не проверено». Участники, индивидуальные оценки, примечания о консенсусе, основные выводы и рекомендации начинаются с нуля.
ui-round-name = Название нового цикла
ui-round-name-hint = Оставьте пустым, чтобы использовать год его даты
ui-round-date = Дата нового цикла
ui-round-start = Начать цикл
ui-round-started = { $title } начат на основе { $from }: { $count ->
    [one] перенесён { $count } ответ
    [few] перенесено { $count } ответа
    [many] перенесено { $count } ответов
   *[other] перенесено { $count } ответов
}, каждый нужно проверить.
ui-home-carried = { $count ->
    [one] { $count } перенесённый ответ не проверен
    [few] { $count } перенесённых ответа не проверены
    [many] { $count } перенесённых ответов не проверены
   *[other] { $count } перенесённых ответов не проверены
}
ui-changes-open = Что изменилось с прошлого цикла
ui-changes-back = Назад к сводной панели
ui-changes-blocks = Компоненты
## Копии оценки: объединение файлов, конфликты, рабочие группы (задача 12)
ui-conflicts-title = Конфликты
ui-conflicts-intro = Эти поля были изменены и на этом компьютере, и в импортированном файле, причём по-разному. Для каждого оставьте одно из значений или впишите другое: невыбранное значение сохраняется в журнале изменений.
ui-conflicts-none = Конфликтов нет: всё из файлов объединено.
ui-conflicts-open = Разрешить конфликты
ui-conflicts-local = На этом компьютере
ui-conflicts-incoming = В файле
ui-conflicts-keep-local = Оставить значение этого компьютера
ui-conflicts-take-incoming = Взять значение из файла
ui-conflicts-write = Вписать другое значение
ui-conflicts-value = Другое значение
ui-conflicts-value-hint = Фаза: от 1 до 5 или NA, если неприменимо. Уверенность: low, medium или high. Год: 2030. Дата: 2026-11-30.
ui-conflicts-confirm = Использовать это значение
ui-conflicts-back = Вернуться к сводной панели
ui-conflicts-waiting = { $count ->
        [one] { $count } конфликт после объединения файлов ждёт решения.
        [few] { $count } конфликта после объединения файлов ждут решения.
        [many] { $count } конфликтов после объединения файлов ждут решения.
       *[other] { $count } конфликтов после объединения файлов ждут решения.
    }
ui-conflict-settled = Разрешено. { $count ->
        [0] Конфликтов не осталось.
        [one] Остался { $count } конфликт.
        [few] Осталось { $count } конфликта.
        [many] Осталось { $count } конфликтов.
       *[other] Осталось { $count } конфликтов.
    }
ui-export-group = Экспорт для группы…
ui-export-group-choose = Группа
ui-export-group-none = Рабочих групп пока нет: создайте группу на странице показателя, в разделе «Группы».
ui-exported-for-group = Файл группы { $group } ({ $blocks ->
        [0] все компоненты
        [one] { $blocks } компонент
        [few] { $blocks } компонента
        [many] { $blocks } компонентов
       *[other] { $blocks } компонентов
    }) сохранён в { $path }.
ui-breakout-banner = Файл рабочей группы { $group }: { $blocks }.
ui-breakout-banner-all = Файл рабочей группы { $group }: все компоненты.
ui-date-hint = День.месяц.год, например 02.12.2026
ui-dash-target-note = Показатель с фазой, но без цели, учитывается с текущей фазой в качестве цели (изменений не планируется).
ui-participants-edit = Изменить список участников
ui-participants-save = Сохранить участников
ui-participants-saved = Список участников сохранён.

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = Текущая оценка (среднее по показателям)
ui-chart-legend-target-phase = Целевая фаза (как в таблице)
ui-chart-bars-title = Компоненты: текущая оценка и целевая фаза
ui-chart-scale-note = Кольца: фазы с 1 по 5

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = Выводы и рекомендации
ui-narratives-intro = Печатаются в отчёте: контекст, общие выводы и рекомендации — в резюме, выводы и рекомендации по компоненту — в начале его раздела. Сохраняется по мере ввода.
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = Что именно?
ui-walk-na-not-applicable = Неприменимо: показатель здесь не применяется
ui-walk-na-not-available = Данные отсутствуют: показатель применим, но данных нет

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = Анкета ({ $pages } стр.) сохранена в { $path }.
ui-handout-export = Печать анкеты…
ui-handout-prefill = с фазами предыдущего цикла
ui-handout-working = Подготовка анкеты…
ui-handout-open = Открыть анкету
ui-handout-hint = Анкета для раздачи до семинара: каждый вопрос с пятью фазами, квадраты для отметок и лист ответов.

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = Заметка о ходе работы
ui-road-follow-up = Оценка завершена: ответы, баллы и действия остаются в утверждённом виде. Статус и заметку о ходе работы каждого действия можно обновлять для контроля выполнения дорожной карты.
# Export… and Import answers… on the dashboard.
export-format-dhma = Файл оценки (.dhma.json)
export-format-xlsx = Книга Excel (.xlsx)
export-format-csv = Таблица показателей (.csv)
export-format-json = Оценка и баллы (.json)
ui-export = Экспорт…
ui-export-title = Экспорт оценки
ui-export-format = Формат
ui-export-excel = Для Microsoft Excel (с меткой порядка байтов, чтобы Excel прочитал текст как UTF-8)
ui-export-choose = Выбрать, куда сохранить…
ui-import-answers = Импортировать ответы…
ui-import-answers-title = Ответы из электронной таблицы
ui-import-answers-hint = Лист «Показатели» экспортированной книги или его CSV, заполненный: столбцы распознаются по заголовку на любом языке; пустая ячейка оставляет ответ без изменений.
ui-import-answers-confirm = Сохранить эти изменения
ui-import-answers-filter = Электронные таблицы (.xlsx, .csv)
ui-gdhm-export = Экспорт для GDHM…
ui-gdhm-title = Файл загрузки GDHM
ui-gdhm-intro = Для загрузки в GDHM нужны эти данные. Они хранятся вместе с оценкой.
ui-gdhm-save-export = Сохранить и экспортировать…
ui-gdhm-required = обязательно
ui-gdhm-exported = Файл загрузки GDHM записан.
ui-benchmark = Сравнить со странами…
ui-benchmark-title = Сравнение с другими странами
ui-benchmark-intro = Выберите выгрузку данных GDHM, затем страны, среднее которых покажут радар и отчёт.
ui-benchmark-choose-file = Выбрать выгрузку данных GDHM…
ui-benchmark-label = Название этой группы (например, регион; необязательно)
ui-benchmark-store = Сравнить
ui-benchmark-remove = Удалить ориентир

export-format-gdhm-csv = Файл загрузки GDHM (.csv)
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = Сохранить диаграмму…
ui-chart-save-radar = Сохранить радарную диаграмму как изображение (PNG или SVG)
ui-chart-save-bars = Сохранить столбчатую диаграмму как изображение (PNG или SVG)
ui-chart-saved = Диаграмма сохранена в файле { $path }.
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = Экспорт редактируемого отчёта (Word)…
ui-report-docx-working = Подготовка редактируемого отчёта (Word)…
ui-report-docx-written = Редактируемый отчёт (документ Word) сохранён в { $path }.
ui-about = О программе
ui-move-title = Перенос на другой компьютер
ui-move-intro = Все оценки этого компьютера в одном файле: скопируйте его на новый компьютер (подойдёт USB-накопитель) и импортируйте там. Оценка, которая там уже есть, объединяется, а не перезаписывается; если какая-либо часть файла отклонена, ничего не сохраняется.
ui-move-export = Сохранить все оценки в один файл…
ui-move-import = Импортировать файл переноса…
ui-move-filter = Файл переноса DHMA

ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = Без шага
ui-road-add = Добавить действие
ui-road-add-intro = Собственное действие группы — для одного показателя или для нескольких сразу (сквозное). В отчёте оно помечается как составленное группой.
ui-road-add-where = Для
ui-road-add-cross = Сквозное (не для одного показателя)
ui-road-add-line = Направление действий
ui-road-add-block = Компонент
ui-road-add-step = Шаг
ui-road-add-text = Что будет сделано
ui-road-add-submit = Добавить действие
ui-road-added = Действие добавлено в дорожную карту.
ui-road-delete = Удалить
ui-road-deleted = Действие удалено.
ui-road-start-year = Год начала
ui-road-end-year = Год окончания
ui-road-budget = Оценочный бюджет
ui-road-currency = Валюта (код ISO)
ui-road-budget-hint = Цифрами, не более двух знаков после запятой, и три буквы валюты (например, 250000 USD).
ui-road-baseline = Исходное значение
ui-road-target = Целевое значение
ui-road-progress-report = Отчёт о ходе выполнения…
ui-road-progress-written = Отчёт о ходе выполнения ({ $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
        [many] { $pages } страниц
       *[other] { $pages } страницы
    }) сохранён в { $path }.
