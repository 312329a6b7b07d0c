# Сообщения об ошибках, по одному на каждый код ошибки ядра (src/error.rs). Аргументы именованные.

error-io = Не удалось прочитать или записать файл { $path } ({ $detail }).
error-database = Не удалось использовать базу данных оценок ({ $detail }).
error-database-too-new = База данных { $path } создана более новой версией DHMA (схема { $found }; данная версия поддерживает схемы до { $supported }). База данных не изменена. Установите более новую версию или откройте другой файл.
error-not-dhma-database = Файл { $path } не является базой данных DHMA. Файл не изменён.
error-assessment-not-found = Оценка с идентификатором { $id } не найдена.
error-assessment-locked = Оценка { $id } завершена и заблокирована. Чтобы внести изменения, создайте новую версию.
error-unknown-framework = Рамочная модель { $id } { $version } недоступна в данной версии DHMA.
error-unknown-language = Язык { $lang } недоступен. Доступные языки: en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = Показатель { $code } отсутствует в данной рамочной модели.
error-invalid-value = Значение «{ $value }» недопустимо для поля { $field }.
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
error-invalid-file-field = В файле { $path } недопустимое значение поля { $field }: { $detail }. Ничего не импортировано.
error-phase-out-of-range = Показатель { $code }: значение { $value } поля { $field } не является фазой от 1 до 5. Ничего не импортировано.
error-already-exists = Оценка { $country } – { $round } уже есть в этой базе данных. Сначала удалите её или импортируйте файл на другом компьютере.
error-csv-malformed = Строка { $line }: строку невозможно прочитать ({ $detail }).
error-csv-missing-column = Первая строка должна быть заголовком со столбцами indicator и phase (и, при необходимости, target); столбец { $column } отсутствует.
error-csv-unknown-indicator = Строка { $line }: показатель { $code } в данной рамочной модели отсутствует.
error-csv-bad-phase = Строка { $line }: значение «{ $value }» поля { $field } должно быть фазой от 1 до 5 или NA.
error-csv-duplicate = Строка { $line }: показатель { $code } уже указан в строке { $first }.

content-issue = { $file }, { $item }, { $field }: { $problem }
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
error-database-damaged = База данных оценок { $path } повреждена ({ $detail }). Она не изменялась. Восстановите резервную копию или начните новый файл.
error-read-only = Не удаётся записать в базу данных оценок { $path }: диск или папка доступны только для чтения. Последнее изменение не сохранено; больше ничего не потеряно. Скопируйте файл в папку, в которую можно записывать, или обратитесь к администратору.
error-disk-full = Диск, на котором находится { $path }, заполнен. Последнее изменение не сохранено; больше ничего не потеряно. Освободите место и повторите попытку.
error-backup-not-found = Резервной копии с именем { $name } нет.
error-not-ready-to-finalise = Оценку пока нельзя завершить: для { $count } индикаторов ещё нужны этап (или «неприменимо») и обоснование: { $codes }.
