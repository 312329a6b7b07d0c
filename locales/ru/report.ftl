# Тексты отчёта в формате PDF.

report-title = Национальная оценка зрелости цифрового здравоохранения
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label }: { $value }
report-list-item = • { $item }
report-subtitle = Отчёт об оценке и дорожная карта
report-country = Страна
report-round = Цикл оценки
report-date = Дата проведения оценки
report-framework = Рамочная модель
report-facilitator = Модератор
report-status = Статус
report-generated = Отчёт подготовлен { $date } с помощью DHMA
report-page = Страница { $page } из { $total }
report-summary = Резюме
report-summary-overall = Общий уровень зрелости: фаза { $phase } (среднее значение { $mean }), целевая фаза: { $target }.
report-summary-strongest = Наиболее сильный компонент: { $block } (среднее значение { $mean }).
report-summary-weakest = Наиболее слабый компонент: { $block } (среднее значение { $mean }).
report-summary-agreement = Согласие участников: { $percent } % оцениваемых показателей ({ $agreed } из { $counted }).
report-summary-agreement-meaning = По этим показателям каждая индивидуальная оценка отличалась от согласованной фазы не более чем на одну фазу; по остальным исходные мнения расходились сильнее. В приложении «Как оценивала группа» показано, где и почему.
report-summary-priorities = Основные приоритеты дорожной карты
report-priority = { $action } ({ $indicator })
report-scores = Баллы по компонентам
report-radar = Текущие и целевые фазы по компонентам
report-block-section = Компонент: { $block }
report-indicator-heading = { $code }  { $title }
report-current = Текущая фаза
report-target = Целевая фаза
report-target-year = Целевой год
report-target-by-year = { $phase }, к { $year } году
report-rationale = Обоснование
report-evidence = Подтверждающие материалы
report-evidence-heading = Подтверждающие материалы:
report-no-evidence = Подтверждающие материалы не добавлены.
report-no-rationale = Обоснование не указано.
report-sub-indicator = Подпоказатель (не учитывается при расчёте балла)
report-roadmap = Дорожная карта
report-roadmap-none = В дорожную карту не внесено ни одного действия.
report-action-line-heading = { $block } — { $line }
report-indicator-step = { $indicator } · { $step }
report-timeline = График реализации
report-method = Приложение: методика
report-excluded = Показатели, не учтённые при расчёте баллов
report-excluded-none = Для всех оцениваемых показателей указана фаза.
report-ratings = Приложение: как оценивала группа
report-ratings-intro = Каждый участник или группа оценили показатели до того, как участники согласовали фазу. Столбцы 1–5 показывают число оценок каждой фазы, столбец «Н/П» — оценок «неприменимо»; в минимум, медиану и максимум они не входят. В баллы входит только согласованная фаза. Столбец «В пределах одной фазы» показывает, отличалась ли каждая оценка от согласованной фазы не более чем на одну фазу, — так, как это учитывает показатель согласия в резюме.
report-ratings-indicator = Показатель
# Short column heading: ratings of "not applicable".
report-ratings-na = Н/П
report-ratings-min = Мин.
report-ratings-median = Медиана
report-ratings-max = Макс.
report-ratings-agreed = Согласованная фаза
report-ratings-within = В пределах одной фазы
report-ratings-notes = Пояснения к консенсусу и особые мнения
report-ratings-notes-none = Пояснений к консенсусу и особых мнений не записано.
report-ratings-anonymous = Анонимно
report-consensus-note = Пояснение к консенсусу
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = Особое мнение, { $who }: { $reason }
report-participants = Приложение: участники
report-participants-none = Участники не указаны.
report-signoff = Утверждение
report-approver = Утвердил(а)
report-approver-role = Должность
report-not-given = —
report-government-approved = Утверждено правительством
report-yes = Да
report-no = Нет
report-signature = Подпись и дата
report-name = Имя
report-organisation = Организация

report-changes = С прошлого цикла
report-changes-intro = По сравнению с предыдущим циклом, { $round } ({ $date }): среднее и фаза каждого компонента тогда и сейчас, а также все показатели, у которых изменилась фаза или цель, с примечанием группы о том, что изменилось.
report-changes-indicators = Показатели, у которых изменилась фаза или цель

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = ПРОЕКТ
report-draft-footer = ПРОЕКТ – ещё не подписан
# The sign-off section of a draft.
report-signoff-draft = Ещё не подписан. Этот отчёт — проект: ответы в нём ещё могут измениться. Подписи, дата утверждения окончательной версии и контрольный код документа появятся здесь, когда оценка будет завершена.
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = Окончательная версия от { $date } · Контрольный код документа { $code }…
report-finalised-on = Дата окончательной версии
report-check-code = Контрольный код документа
report-check-code-meaning = Контрольный код документа вычисляется по ответам оценки в момент её завершения: файл оценки с тем же кодом содержит в точности те же ответы, что и этот отчёт.
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = Число действий
report-timeline-col-indicators = Затронутые показатели

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] Как фаза следует из среднего значения (как в GDHM): среднее { $mean }, округлённое до одного десятичного знака, равно { $rounded } — целому числу, что даёт фазу { $phase }.
   *[up] Как фаза следует из среднего значения (как в GDHM): среднее { $mean } округляется до одного десятичного знака ({ $rounded }), а затем до следующего целого числа, что даёт фазу { $phase }.
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] Наиболее сильный компонент: { $blocks } (среднее значение { $mean }).
    [few] Наиболее сильные компоненты с одинаковым средним значением { $mean }: { $blocks }.
    [many] Наиболее сильные компоненты с одинаковым средним значением { $mean }: { $blocks }.
   *[other] Наиболее сильные компоненты с одинаковым средним значением { $mean }: { $blocks }.
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] Наиболее слабый компонент: { $blocks } (среднее значение { $mean }).
    [few] Наиболее слабые компоненты с одинаковым средним значением { $mean }: { $blocks }.
    [many] Наиболее слабые компоненты с одинаковым средним значением { $mean }: { $blocks }.
   *[other] Наиболее слабые компоненты с одинаковым средним значением { $mean }: { $blocks }.
}
report-summary-all-equal = У всех компонентов одинаковое среднее значение, { $mean }: ни один не сильнее и не слабее других.
report-summary-gaps = Наибольшие разрывы между целевой и текущей фазой
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block }: { $gap } (текущее среднее { $current }, целевое среднее { $target })
report-summary-gaps-none = Ни у одного компонента цель не превышает текущее среднее значение.
report-summary-gaps-meaning = Разрыв — это среднее целевых фаз компонента минус среднее его текущих фаз; показатель без цели учитывается со своей текущей фазой.
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = Показатель { $indicator }: { $action }
report-summary-data-gaps = Пробелы в данных
report-summary-data-gaps-intro = { $count ->
    [one] { $count } показатель не имеет фазы и не учитывается в баллах:
    [few] { $count } показателя не имеют фазы и не учитываются в баллах:
    [many] { $count } показателей не имеют фазы и не учитываются в баллах:
   *[other] { $count } показателя не имеют фазы и не учитываются в баллах:
}
report-summary-data-gaps-none = У каждого показателя есть фаза: пробелов в данных нет.
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title }: { $reason }

# The method annex (issue 13).
report-method-conduct = Как проводилась оценка
report-method-last-change = Последнее изменение ответов
report-method-participants = { $count ->
    [one] В оценке принял участие { $count } человек:
    [few] В оценке приняли участие { $count } человека:
    [many] В оценке приняли участие { $count } человек:
   *[other] В оценке приняли участие { $count } человека:
}
report-method-consensus-ratings = Как был достигнут консенсус: каждый участник или группа сначала самостоятельно оценили показатели; затем участники обсудили каждый показатель и согласовали одну фазу — именно она учитывается в баллах. В приложении «Как оценивала группа» приведены все оценки, записи о консенсусе и особые мнения.
report-method-consensus-plain = Как был достигнут консенсус: группа обсудила каждый показатель и совместно согласовала одну фазу — именно она учитывается в баллах. Индивидуальные оценки не записывались, поэтому отчёт не может показать, насколько расходились мнения участников.
report-method-scale = Шкала фаз
report-method-scale-intro = Каждый показатель оценивается по одной из пяти фаз. У каждого показателя есть собственные описания фаз (они приведены в его разделе); в общем виде фазы означают следующее:
report-method-phase-col = Фаза
report-method-name-col = Название
report-method-meaning-col = Общее значение
report-method-phase-1 = Почти ничего не создано; усилия носят неформальный, эпизодический характер или только планируются.
report-method-phase-2 = Появились первые элементы — проекты документов, пилотные проекты или отдельные инициативы, — но они ещё не утверждены, не финансируются или не используются широко.
report-method-phase-3 = Элемент официально утверждён и используется, но ещё не повсеместно, не полностью финансируется или не устойчив.
report-method-phase-4 = Элемент используется на национальном уровне, а правила, роли и бюджет делают его частью работы системы здравоохранения.
report-method-phase-5 = Элемент регулярно пересматривается и совершенствуется на основе фактических данных и адаптируется к новым потребностям.
report-method-scoring = Как рассчитываются баллы
report-method-example = Пример расчёта на числах этой оценки
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $count ->
    [one] { $block }: учитывается показатель { $codes } с фазой { $phases }. Среднее { $sum } ÷ { $count } = { $mean }; с округлением до одного знака { $rounded }; фаза { $phase }.
    [few] { $block }: учитываются показатели { $codes } с фазами { $phases }. Среднее { $sum } ÷ { $count } = { $mean }; с округлением до одного знака { $rounded }; фаза { $phase }.
    [many] { $block }: учитываются показатели { $codes } с фазами { $phases }. Среднее { $sum } ÷ { $count } = { $mean }; с округлением до одного знака { $rounded }; фаза { $phase }.
   *[other] { $block }: учитываются показатели { $codes } с фазами { $phases }. Среднее { $sum } ÷ { $count } = { $mean }; с округлением до одного знака { $rounded }; фаза { $phase }.
}
report-method-example-left-out = Не учтены в этом среднем: { $items }.
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code } ({ $reason })
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = Общий итог: среднее { $count } средних значений компонентов ({ $means }) равно { $mean }; с округлением до одного знака { $rounded }; фаза { $phase }.
report-method-codes = Коды показателей и GDHM
report-method-codes-same = В рамочной структуре нет отдельного кода GDHM: её коды показателей — это коды самого GDHM, используемые без изменений. Коды с буквой (например, 2a) обозначают подпоказатели: данные по ним собираются и печатаются, но в баллах не учитываются.
report-method-codes-col-dhma = Код DHMA
report-method-codes-col-gdhm = Код GDHM
report-method-codes-col-scored = Учитывается в балле
report-method-codes-sub = Нет: подпоказатель { $parent }
report-method-limits = Ограничения
report-method-limit-self = Фазы — это самооценка: суждение участвовавшей национальной группы, а не внешний аудит.
report-method-limit-evidence = Подтверждающие материалы приведены так, как их записала группа; DHMA их не проверяет.
report-method-limit-na = Показатели, отмеченные как неприменимые или с отсутствующими данными, а также показатели без ответа не учитываются в баллах: среднее значение компонента основано только на его показателях с фазой.
report-method-limit-sub = Данные по подпоказателям собираются и печатаются, но в баллах не учитываются.
report-disclaimer = Оговорка
report-disclaimer-text = DHMA — независимый инструмент. Он не является продуктом Всемирной организации здравоохранения (ВОЗ), Международного союза электросвязи (МСЭ) или Global Digital Health Monitor (GDHM), и ни одна из этих организаций его не проверяла и не одобряла. «Совместимость с GDHM» означает лишь то, что DHMA использует те же коды показателей и то же правило расчёта баллов, что и GDHM. Результаты в этом отчёте принадлежат самой группе, проводившей оценку.
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Оценка компонента: среднее { $mean }, { $phase }; цель: { $target }
report-block-score-none = Оценка компонента: пока нет (ни у одного показателя компонента нет фазы)
# An indicator whose answer gives no confidence.
report-confidence-none = Степень уверенности не указана

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = Контекст оценки
report-narrative-findings = Основные выводы
report-narrative-recommendations = Рекомендации
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = Неприменимые показатели и показатели без данных одинаково исключаются из оценки, совместимой с GDHM. Что даёт это исключение:
report-na-effect = { $count ->
    [one] { $block }: { $without } без показателя { $codes }; если учесть его по самой низкой фазе (фаза 1), было бы { $with }.
    [few] { $block }: { $without } без показателей { $codes }; если учесть их по самой низкой фазе (фаза 1), было бы { $with }.
    [many] { $block }: { $without } без показателей { $codes }; если учесть их по самой низкой фазе (фаза 1), было бы { $with }.
   *[other] { $block }: { $without } без показателей { $codes }; если учесть их по самой низкой фазе (фаза 1), было бы { $with }.
}
report-na-effect-unscored = { $count ->
    [one] { $block }: без показателя { $codes } оценки нет; если учесть его по самой низкой фазе (фаза 1), было бы { $with }.
    [few] { $block }: без показателей { $codes } оценки нет; если учесть их по самой низкой фазе (фаза 1), было бы { $with }.
    [many] { $block }: без показателей { $codes } оценки нет; если учесть их по самой низкой фазе (фаза 1), было бы { $with }.
   *[other] { $block }: без показателей { $codes } оценки нет; если учесть их по самой низкой фазе (фаза 1), было бы { $with }.
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = Сокращения
report-method-acronyms-col-acronym = Сокращение
report-method-acronyms-col-meaning = Значение
report-method-acronyms-others = В тексте группы встречаются также сокращения, не расшифрованные в этом списке: { $list }.
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = ИИ
acronym-ai-means = искусственный интеллект
acronym-api = API
acronym-api-means = программный интерфейс приложения
acronym-crvs = CRVS
acronym-crvs-means = регистрация актов гражданского состояния и статистика естественного движения населения
acronym-dhis2 = DHIS2
acronym-dhis2-means = District Health Information Software 2 (районная система медицинской информации)
acronym-dhma = DHMA
acronym-dhma-means = Digital Health Maturity Assessment — инструмент, с помощью которого подготовлен этот отчёт
acronym-ehr = EHR
acronym-ehr-means = электронная медицинская карта
acronym-emr = EMR
acronym-emr-means = электронная история болезни
acronym-fhir = FHIR
acronym-fhir-means = Fast Healthcare Interoperability Resources, стандарт HL7
acronym-gdhm = GDHM
acronym-gdhm-means = Global Digital Health Monitor (глобальный монитор цифрового здравоохранения)
acronym-gps = GPS
acronym-gps-means = глобальная система позиционирования
acronym-his = HIS
acronym-his-means = информационная система здравоохранения
acronym-hiv = ВИЧ
acronym-hiv-means = вирус иммунодефицита человека
acronym-hl7 = HL7
acronym-hl7-means = Health Level Seven — семейство стандартов обмена медицинской информацией
acronym-hmis = HMIS
acronym-hmis-means = система управленческой информации здравоохранения
acronym-hr = HR
acronym-hr-means = кадровая служба (управление персоналом)
acronym-icd = МКБ
acronym-icd-means = Международная классификация болезней
acronym-ict = ИКТ
acronym-ict-means = информационно-коммуникационные технологии
acronym-id = ID
acronym-id-means = удостоверение или идентификационный номер личности
acronym-itu = МСЭ
acronym-itu-means = Международный союз электросвязи
acronym-lmis = LMIS
acronym-lmis-means = информационная система управления логистикой
acronym-moh = MoH
acronym-moh-means = министерство здравоохранения
acronym-mpi = MPI
acronym-mpi-means = главный индекс пациентов
acronym-na = NA
acronym-na-means = неприменимо или нет данных: показатель без фазы, не учитывается в баллах
acronym-ngo = НПО
acronym-ngo-means = неправительственная организация
acronym-uhc = ВОУЗ
acronym-uhc-means = всеобщий охват услугами здравоохранения
acronym-who = ВОЗ
acronym-who-means = Всемирная организация здравоохранения

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = Анкета национальной оценки зрелости цифрового здравоохранения
handout-running-header = Анкета · { $title }
handout-footer = Анкета для участников – не результат оценки
handout-date = Дата семинара
handout-date-blank = Дата семинара:
handout-name = Ваше имя:
handout-organisation = Организация и должность:
handout-instructions = Как заполнять эту анкету
handout-instruction-read = Прочитайте вопрос каждого показателя и пять фаз, которые его описывают: от «{ $first }» до «{ $last }».
handout-instruction-tick = Отметьте одну фазу, которая лучше всего описывает положение в стране сегодня, или «{ $na }», если показатель не применим или сведений нет.
handout-instruction-comment = Напишите в рамке, почему вы выбрали эту фазу, и какие документы или факты это подтверждают.
handout-instruction-last-round = Закрашенный квадрат показывает фазу, согласованную в предыдущем цикле, { $round } ({ $date }): укажите, что изменилось с тех пор.
handout-instruction-sheet = Перенесите выбранные фазы в лист ответов в конце и передайте его модератору до семинара.
handout-last-round = Предыдущий цикл, { $round } ({ $date }): { $phase }
handout-option = { $phase }: { $text }
handout-guidance = Пояснения
handout-evidence = Что может служить подтверждением:
handout-comment = Ваш комментарий и подтверждения:
handout-sheet = Лист ответов
handout-sheet-note = Одна строка на показатель: ваше имя, показатель, отмеченная фаза (от 1 до 5 или NA) и комментарий. Столбцы те же, что в файле оценок ({ $columns }), чтобы модератор мог перенести листы в электронную таблицу и импортировать их в DHMA.

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = Выполнение дорожной карты – { $title }
progress-date = Дата этого отчёта
progress-signed = Оценка завершена { $date }, утверждена: { $approver }.
progress-check-verifies = Контрольный код утверждённой оценки по-прежнему верен: её ответы и баллы остались в утверждённом виде.
progress-check-fails = Контрольный код утверждённой оценки НЕ совпадает: её содержание изменилось после утверждения.
progress-draft = Эта оценка — черновик: её ответы и баллы ещё могут измениться.
progress-by-status = Действия по статусу
progress-col-actions = Число действий
progress-moved-since-report = Что изменилось с прошлого отчёта о выполнении ({ $date })
progress-moved-since-signed = Что изменилось после утверждения ({ $date })
progress-moved-since-created = Что изменилось с начала оценки ({ $date })
progress-move = { $from } → { $to }
progress-moved-none = За этот период ни одно действие не изменило статус.
progress-col-when = Дата
progress-overdue = Просроченные действия
progress-overdue-rule = Действие просрочено, если оно не выполнено и не исключено, а его срок, отсчитываемый от даты оценки, истёк (краткосрочные — 1 год, среднесрочные — 3 года, долгосрочные — 5 лет).
progress-overdue-none = Просроченных действий нет.
progress-col-due = Срок
progress-all = Все действия, с их статусом и заметкой о ходе работы
progress-total = { $count ->
        [one] { $count } действие в дорожной карте.
        [few] { $count } действия в дорожной карте.
       *[many] { $count } действий в дорожной карте.
    }
progress-running-header = Выполнение дорожной карты · { $title }
progress-footer = Отчёт о выполнении от { $date }
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = Сводка
export-sheet-indicators = Показатели
export-sheet-evidence = Подтверждающие материалы
export-sheet-roadmap = Дорожная карта
export-sheet-participants = Участники
export-sheet-ratings = Оценки
export-sheet-dissent = Несогласие
export-sheet-changes = Журнал изменений
export-col-item = Пункт
export-col-value = Значение
export-col-mean = Среднее
export-col-phase = Фаза
export-col-target = Целевая фаза
export-col-code = Код
export-col-block = Компонент
export-col-title = Показатель
export-col-current = Текущая фаза
export-col-target-year = Целевой год
export-col-gap = Разрыв (фазы)
export-col-rationale = Обоснование
export-col-confidence = Степень уверенности
export-col-evidence-count = Число подтверждающих материалов
export-col-ratings = Число оценок
export-col-ratings-min = Минимальная оценка
export-col-ratings-median = Медианная оценка
export-col-ratings-max = Максимальная оценка
export-col-discuss = Обсудить
export-col-evidence = Подтверждающий материал
export-col-reference = Ссылка
export-col-action-line = Направление действий
export-col-from-phase = С фазы
export-col-to-phase = До фазы
export-col-action = Действие
export-col-monitoring = Мониторинг
export-col-timeframe = Срок
export-col-responsible = Ответственный орган
export-col-priority = Приоритет
export-col-cost = Категория затрат
export-col-status = Статус
export-col-name = Имя
export-col-organisation = Организация
export-col-role = Должность
export-col-rater = Кто оценил
export-col-comment = Комментарий
export-col-reason = Причина
export-col-time = Время (UTC)
export-col-actor = Кем
export-col-what = Поле
export-col-subject = Объект
export-col-old = Прежнее значение
export-col-new = Новое значение
export-row-country = Страна
export-row-round = Цикл оценки
export-row-date = Дата оценки
export-row-framework = Рамочная модель
export-row-status = Статус

report-roadmap-own-action = { $text } *
report-roadmap-legend = * Действие, составленное группой. Действия без этого знака взяты из библиотеки шаблонов действий DHMA для каждого шага между фазами — в том виде, в каком группа их оставила или изменила.
report-roadmap-cross-cutting-intro = Действия, которые служат сразу нескольким показателям, по компонентам.
report-roadmap-years = { $start }–{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = Исходное значение: { $value }
report-roadmap-target = Цель: { $value }
report-summary-priority-cross-cutting = Сквозное: { $action }
export-col-origin = Происхождение
export-col-start-year = Год начала
export-col-end-year = Год окончания
export-col-budget = Оценочный бюджет
export-col-currency = Валюта
export-col-baseline = Исходное значение
export-col-monitoring-target = Целевое значение
export-col-progress = Заметка о ходе работы
progress-overdue-end-year = Действие, для которого группа указала год окончания, считается просроченным, как только этот год закончился, независимо от его срока.

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = Оценка создана
change-kind-assessment-finalised = Оценка утверждена и подписана
change-kind-benchmark = Страны для сравнения
change-kind-dissent = Особое мнение
change-kind-evidence-added = Подтверждающий материал добавлен
change-kind-evidence-removed = Подтверждающий материал удалён
change-kind-group = Группа
change-kind-group-deleted = Группа удалена
change-kind-merge-conflict = Конфликт между копиями
change-kind-merge-resolved = Конфликт разрешён
change-kind-merge-set-aside = Значение отложено при объединении
change-kind-merge-taken = Значение взято из другой копии
change-kind-participants = Участники
change-kind-participants-added = Участники добавлены
change-kind-progress-reported = Отчёт о выполнении составлен
change-kind-rating = Оценка участника
change-kind-ratings-imported = Оценки импортированы
change-kind-response-reviewed = Проверено, без изменений
change-kind-roadmap-added = Мероприятие добавлено
change-kind-roadmap-carried = Мероприятие перенесено из предыдущего цикла
change-kind-roadmap-deleted = Мероприятие удалено
change-kind-roadmap-regenerated = Мероприятия предложены по разрывам
change-kind-roadmap-reordered = Порядок мероприятий изменён
change-kind-round-carried-from = Начат на основе предыдущего цикла
