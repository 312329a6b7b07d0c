# Сообщения об ошибках, по одному на каждый код ошибки ядра (src/error.rs). Аргументы именованные.

error-io = Не удалось прочитать или записать файл { $path }.
error-database = Не удалось использовать базу данных оценок. Повторите попытку; если ошибка повторится, передайте сведения для службы поддержки тому, кто сопровождает DHMA.
error-database-too-new = База данных { $path } создана более новой версией DHMA (схема { $found }; данная версия поддерживает схемы до { $supported }). База данных не изменена. Установите более новую версию или откройте другой файл.
error-not-dhma-database = Файл { $path } не является базой данных DHMA. Файл не изменён.
error-assessment-not-found = Оценка с идентификатором { $id } не найдена.
error-assessment-locked = Оценка { $id } завершена и заблокирована. Чтобы внести изменения, создайте новую версию.
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
    [one] индикатора
   *[other] индикаторов
} ещё нужны этап (или «неприменимо») и обоснование: { $codes }.

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
