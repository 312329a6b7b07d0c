# Сообщения об ошибках, по одному на каждый код ошибки ядра (src/error.rs). Аргументы именованные.

error-io = Не удалось прочитать или записать файл { $path }.
error-database = Не удалось использовать базу данных оценок. Повторите попытку; если ошибка повторится, передайте сведения для службы поддержки тому, кто сопровождает DHMA.
error-database-too-new = База данных { $path } создана более новой версией DHMA (схема { $found }; данная версия поддерживает схемы до { $supported }). База данных не изменена. Установите более новую версию или откройте другой файл.
error-not-dhma-database = Файл { $path } не является базой данных DHMA. Файл не изменён.
error-assessment-not-found = Оценка с идентификатором { $id } не найдена.
error-assessment-locked = Оценка «{ $country } – { $round }» завершена: её ответы и баллы заблокированы в утверждённом виде. Чтобы провести оценку заново, нажмите «Начать следующий цикл» на её панели (или используйте dhma new-round).
error-unknown-framework = Рамочная модель { $id } { $version } недоступна в данной версии DHMA.
error-unknown-language = Язык { $lang } недоступен. Доступные языки: en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = Показатель { $code } отсутствует в данной рамочной модели.
error-answered-twice = На показатель { $code } в файле дано два ответа. Ничего не импортировано.
error-rater-unknown = Нет участника или группы с именем «{ $name }». Ничего не изменено.
error-rater-has-ratings = У «{ $name }» есть оценки или записанное несогласие в этой оценке, поэтому удалить нельзя. Сначала удалите оценки и несогласие. Ничего не изменено.
error-consensus-note-required = Показатель { $code }: согласованная фаза лежит вне диапазона оценок или оценки сильно расходятся. Напишите примечание о консенсусе, объясняющее, почему зал согласовал её. Ничего не изменено.
error-group-name-taken = Группа с названием «{ $name }» уже есть. Выберите другое название. Ничего не изменено.
error-csv-blank-participant = Строка { $line }: имя участника не заполнено. Ничего не импортировано.
error-csv-rated-twice = Строка { $line }: { $name } уже оценил(а) показатель { $code } в строке { $first }. Ничего не импортировано.
error-invalid-value = Значение «{ $value }» недопустимо для поля «{ $label }».
error-required = Заполните поле «{ $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    }».
error-content = Рамочная модель содержит { $count } { $count ->
    [one] ошибку
    [few] ошибки
    [many] ошибок
   *[other] ошибки
   }:
error-file-too-large = Размер файла { $path } составляет { $size }, что превышает допустимый предел { $limit }. Файл не импортирован.
error-malformed-json = Файл { $path } повреждён или не является файлом оценки: его невозможно прочитать в строке { $line }, столбце { $column }. Ничего не импортировано.
error-not-utf8 = Файл { $path } не является текстом в кодировке UTF-8, которую использует DHMA: символ в строке { $line }, столбце { $column } невозможно прочитать. Если файл сохранила другая программа, сохраните его заново в UTF-8 или снова экспортируйте из DHMA. Ничего не импортировано.
error-not-assessment-file = Файл { $path } не является файлом оценки DHMA. Ничего не импортировано.
error-format-too-new = Файл { $path } создан более новой версией DHMA (формат { $found }; данная версия читает форматы до { $supported }). Чтобы импортировать его, установите более новую версию.
error-checksum-mismatch = Файл { $path } был изменён или повреждён после экспорта: его контрольная сумма не совпадает. Ничего не импортировано.
error-invalid-file-field = Файл { $path } невозможно импортировать: { $reason } (в разделе «{ $label }»). Ничего не импортировано.
error-phase-out-of-range = Показатель { $code }: значение { $value } в поле «{ $label }» не является фазой от 1 до 5. Ничего не импортировано.
error-already-exists = Оценка { $country } – { $round } уже есть в этой базе данных. Сначала удалите её или импортируйте файл на другом компьютере.
error-csv-malformed = Строку { $line } невозможно прочитать.
error-csv-missing-column = Первая строка должна быть заголовком со столбцами indicator и phase (и, при необходимости, target); столбец { $column } отсутствует.
error-csv-unknown-indicator = Строка { $line }: показатель { $code } в данной рамочной модели отсутствует.
error-csv-bad-phase = Строка { $line }: значение «{ $value }» в поле «{ $label }» должно быть фазой от 1 до 5 или NA.
error-csv-duplicate = Строка { $line }: показатель { $code } уже указан в строке { $first }.

content-issue = { $file }, { $item }, { $field }: { $problem }
content-issue-item = – { $issue }
content-syntax = текст невозможно прочитать ({ $detail })
content-missing = отсутствует
content-empty = пусто
content-orphan = не используется рамочной моделью (лишний ключ)
content-duplicate = указано более одного раза
content-unknown-reference = ссылается на несуществующий элемент «{ $detail }»
content-out-of-range = вне допустимого диапазона: { $detail }
content-invalid = недопустимо: { $detail }
content-locale-tag = не является тегом поставляемого языка
content-placeables = использует переменные, отличные от переменных английского текста: { $detail }
error-database-in-use = Файл оценок { $path } уже открыт в другом окне или программе DHMA. Сначала закройте его там; ничего не изменено.
error-no-rounds = В этой базе данных нет оценок по стране { $country }.
error-database-damaged = База данных оценок { $path } повреждена. Она не изменялась. Восстановите резервную копию или начните новый файл.
error-damaged-row = Сохранённое значение не читается: в этом месте база данных оценок повреждена. Ничего не изменено. Восстановите резервную копию.
error-read-only = Не удаётся записать в базу данных оценок { $path }: диск или папка доступны только для чтения. Последнее изменение не сохранено; больше ничего не потеряно. Скопируйте файл в папку, в которую можно записывать, или обратитесь к администратору.
error-disk-full = Диск, на котором находится { $path }, заполнен. Последнее изменение не сохранено; больше ничего не потеряно. Освободите место и повторите попытку.
error-backup-not-found = Резервной копии с именем { $name } нет.
error-not-ready-to-finalise = Оценку пока нельзя завершить: для { $count } { $count ->
    [one] показателя
    [few] показателей
    [many] показателей
   *[other] показателей
} ещё нужны фаза (или «неприменимо») и обоснование: { $codes }.

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = Файл или папка { $path } не существует. Возможно, их переместили, переименовали или удалили.
error-io-permission-denied = У DHMA нет прав на чтение или запись { $path }. Проверьте права доступа к файлу или папке либо обратитесь к администратору.
error-io-already-exists = Файл или папка с именем { $path } уже существует.
error-io-read-only = { $path } находится на диске или в папке только для чтения: запись невозможна.
error-io-storage-full = Диск, на котором находится { $path }, заполнен. Освободите место и повторите попытку.
error-io-is-a-directory = { $path } — это папка, а не файл.
error-io-not-a-directory = Часть пути { $path } — это файл там, где ожидается папка.
error-io-invalid-filename = { $path } — недопустимое имя файла на этом компьютере.
error-io-file-too-large = { $path } слишком велик для этого диска или папки.
error-io-unexpected-eof = Файл { $path } обрывается раньше времени: он неполный или повреждён.
error-io-invalid-data = Файл { $path } содержит данные, которые невозможно прочитать: возможно, он повреждён.
error-invalid-value-empty = Необходимо заполнить поле «{ $label }».
error-invalid-value-internal = DHMA не удалось сформировать «{ $label }». Это ошибка DHMA: сообщите о ней, приложив сведения для службы поддержки.
error-file-reason-unknown-field = в нём есть поле, неизвестное этой версии DHMA (файл записан более новой версией или изменён вручную)
error-file-reason-framework-mismatch = в нём указаны две разные рамочные модели или две разные версии рамочной модели
error-file-reason-missing-field = отсутствует обязательное поле
error-file-reason-wrong-type = значение имеет неверный тип (например, текст вместо числа)
error-file-reason-bad-value = значение не входит в число допустимых
error-file-reason-duplicate-field = поле указано дважды
error-file-reason-damaged = его содержимое не имеет формы оценки DHMA
error-csv-malformed-fields = Строка { $line }: { $found } { $found ->
    [one] значение
    [few] значения
   *[many] значений
}, а в заголовке { $expected } { $expected ->
    [one] столбец
    [few] столбца
   *[many] столбцов
}.
error-csv-malformed-utf8 = Строка { $line } не является текстом в кодировке UTF-8. Сохраните файл ещё раз в формате «CSV UTF-8».
error-support-details = Сведения для службы поддержки: { $details }
error-merge-into-finalised = Оценка { $country } – { $round } на этом компьютере завершена: изменения из файла невозможно объединить с ней. Чтобы внести изменения, начните следующий цикл оценки или импортируйте файл на компьютере, где эта оценка ещё является черновиком. Ничего не изменено.
error-merge-finalised-file = Файл содержит завершённую оценку { $country } – { $round }, а черновик на этом компьютере отличается от неё. Чтобы принять завершённую версию, удалите здесь черновик (резервная копия сохраняется) и снова импортируйте файл. Ничего не изменено.
error-conflict-not-found = Для показателя «{ $indicator }», поле «{ $field }», нет конфликта, ожидающего решения. Команда «dhma conflicts» выводит список конфликтов с их полями. Ничего не изменено.
error-conflict-value-not-allowed = Конфликт в поле «{ $field }» можно разрешить, только сохранив одно из двух значений, но не введя другое. Ничего не изменено.

# Rounds that start from the last one (issue 12).
error-change-note-required = Показатель { $code }: новая фаза отличается от перенесённой из предыдущего цикла. Укажите, что изменилось с прошлого цикла, и сохраните фазу снова.
error-carried-not-reviewed = Оценку пока нельзя завершить: { $count ->
    [one] { $count } ответ, перенесённый из предыдущего цикла, не проверен
    [few] { $count } ответа, перенесённых из предыдущего цикла, не проверены
    [many] { $count } ответов, перенесённых из предыдущего цикла, не проверены
   *[other] { $count } ответов, перенесённых из предыдущего цикла, не проверены
}: { $codes }. Сохраните каждый из них или отметьте «Проверено, без изменений».
error-round-name-taken = У страны { $country } уже есть цикл с названием { $round }. Выберите другое название.

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = У оценки { $title } нет предыдущего цикла, поэтому анкету нельзя заполнить заранее. Напечатайте её без фаз предыдущего цикла.
error-answers-cell-unknown-indicator = Лист «{ $sheet }», строка { $row }, столбец { $column } ({ $header }): «{ $value }» — не показатель рамочной модели этой оценки.
error-answers-cell-duplicate = Лист «{ $sheet }», строка { $row }, столбец { $column } ({ $header }): показатель { $value } уже есть в строке { $first }.
error-answers-cell-bad-phase = Лист «{ $sheet }», строка { $row }, столбец { $column } ({ $header }): «{ $value }» — не фаза: укажите от 1 до 5 или NA.
error-answers-cell-bad-target = Лист «{ $sheet }», строка { $row }, столбец { $column } ({ $header }): «{ $value }» — не целевая фаза: укажите от 1 до 5 или оставьте ячейку пустой.
error-answers-cell-bad-year = Лист «{ $sheet }», строка { $row }, столбец { $column } ({ $header }): «{ $value }» — не год от 2000 до 2100.
error-answers-cell-no-code = Лист «{ $sheet }», строка { $row }, столбец { $column } ({ $header }): в строке есть ответы, но нет кода показателя.
error-answers-no-code-column = На листе «{ $sheet }» нет столбца «{ $heading }»: в первой строке нужны заголовки листа «Показатели», который экспортирует DHMA, на любом из его языков.
error-answers-no-answer-column = На листе «{ $sheet }» нет столбцов с ответами: в первой строке нужен хотя бы один из заголовков: { $headings }.
error-spreadsheet-unreadable = «{ $path }» не удаётся прочитать ни как книгу Excel (.xlsx), ни как файл CSV (.csv).
error-gdhm-detail-missing = Для загрузки в GDHM нужно поле «{ $field }»: заполните его в данных для GDHM и экспортируйте снова. Файл не записан.
error-gdhm-invalid-email = «{ $value }» в поле «{ $field }» — не адрес электронной почты, который принимает GDHM. Файл не записан.
error-gdhm-unanswered = Для загрузки в GDHM у каждого показателя должна быть фаза или NA; у этих её пока нет: { $codes }. Файл не записан.
error-gdhm-file-unreadable = { $path } — не книга Excel (.xlsx), которую DHMA может прочитать.
error-gdhm-file-empty = В { $path } нет данных по странам: это не выгрузка данных GDHM.
error-gdhm-file-cell-header = { $path }, строка { $row }, столбец { $column }: «{ $value }» — не заголовок выгрузки данных GDHM (Indicator с кодом или Category с номером).
error-gdhm-file-cell-phase = { $path }, строка { $row }, столбец { $column }: «{ $value }» — не фаза (от Phase 1 до Phase 5 или Not Available).
error-gdhm-file-cell-country = { $path }, строка { $row }, столбец { $column }: в строке есть фазы, но нет названия страны.
error-gdhm-country-not-in-file = В { $path } нет страны «{ $country }».
error-gdhm-no-common-indicators = В { $path } нет ни одного показателя из рамочной основы этой оценки.
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = «{ $value }» — не диаграмма, которую умеет строить DHMA: выберите radar (радар) или bars (столбцы).
error-unknown-image-format = «{ $value }» — не формат изображения, который умеет записывать DHMA: выберите png или svg.
error-dpi-out-of-range = Разрешение «{ $value }» использовать нельзя: укажите целое число точек на дюйм от { $min } до { $max }.
error-chart-image = DHMA не удалось построить изображение диаграммы. Это ошибка DHMA: сообщите о ней, приложив сведения для службы поддержки.

error-invalid-action-year = «{ $value }» — недопустимый год для действия: укажите год с 2000 по 2100 цифрами.
error-invalid-action-end-before-start = Год окончания { $value } раньше года начала: действие не может закончиться раньше, чем начнётся.
error-invalid-action-amount = «{ $value }» — не сумма: укажите ноль или больше цифрами, не более двух знаков после запятой (например, 250000 или 1500,50).
error-invalid-action-currency = «{ $value }» — не код валюты: укажите три буквы её кода ISO 4217, например USD, EUR или XOF.
error-invalid-action-budget-incomplete = Для бюджета «{ $value }» нужны и сумма, и валюта.
error-invalid-action-template-action = «{ $value }» взято из библиотеки шаблонов DHMA: вместо удаления присвойте ему статус «Отменено», чтобы следующее предложение не вернуло его.
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = Не выбрана ни одна страна из { $path }: выберите хотя бы одну страну для сравнения.
