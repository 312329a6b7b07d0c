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
report-changes-intro = По сравнению с предыдущим циклом, { $round } ({ $date }): среднее и фаза каждого компонента тогда и сейчас, а также все индикаторы, у которых изменилась фаза или цель, с примечанием группы о том, что изменилось.
report-changes-indicators = Индикаторы, у которых изменилась фаза или цель

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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Оценка компонента: среднее { $mean }, { $phase }; цель: { $target }
report-block-score-none = Оценка компонента: пока нет (ни у одного показателя компонента нет фазы)
# An indicator whose answer gives no confidence.
report-confidence-none = Степень уверенности не указана
