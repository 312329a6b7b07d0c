# Error messages, one per error code of the core (src/error.rs). Arguments are named.

error-io = تعذّرت قراءة الملف { $path } أو الكتابة فيه ({ $detail }).
error-database = تعذّر استخدام قاعدة بيانات التقييمات ({ $detail }).
error-database-too-new = أُنشئت قاعدة البيانات { $path } بإصدار أحدث من DHMA (المخطط { $found }؛ ويدعم هذا الإصدار المخططات حتى { $supported }). ولم يُجرَ عليها أي تغيير. ثبِّت الإصدار الأحدث، أو افتح ملفًا آخر.
error-not-dhma-database = الملف { $path } ليس قاعدة بيانات DHMA. ولم يُجرَ عليه أي تغيير.
error-assessment-not-found = لم يُعثر على أي تقييم بالمعرِّف { $id }.
error-assessment-locked = التقييم { $id } نهائي ومُقفَل. ابدأ إصدارًا جديدًا لإجراء أي تغييرات.
error-unknown-framework = الإطار { $id } { $version } غير متوفر في هذا الإصدار من DHMA.
error-unknown-language = اللغة { $lang } غير متوفرة. اللغات المتوفرة: en، fr، es، pt، ar، ru، zh.
error-unknown-indicator = المؤشر { $code } غير موجود في هذا الإطار.
error-invalid-value = القيمة «{ $value }» غير صالحة للحقل { $field }.
error-required = يُرجى ملء الحقل { $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    }.
error-content = { $count ->
    [zero] لا توجد في الإطار أي مشكلة
    [one] توجد في الإطار مشكلة واحدة
    [two] توجد في الإطار مشكلتان
    [few] توجد في الإطار { $count } مشكلات
    [many] توجد في الإطار { $count } مشكلة
   *[other] توجد في الإطار { $count } مشكلة
    }:
error-file-too-large = حجم الملف { $path } هو { $size }، وهو يتجاوز الحد الأقصى البالغ { $limit }. ولم يُستورَد.
error-malformed-json = الملف { $path } تالف أو ليس ملف تقييم: تتعذّر قراءته عند السطر { $line }، العمود { $column }. لم يُستورَد أي شيء.
error-not-utf8 = الملف { $path } ليس نصًا بترميز UTF-8 الذي يستخدمه DHMA: تتعذّر قراءة الحرف عند السطر { $line }، العمود { $column }. إذا حفظه برنامج آخر، فاحفظه مجددًا بترميز UTF-8 أو صدِّره مرة أخرى من DHMA. لم يُستورَد أي شيء.
error-not-assessment-file = الملف { $path } ليس ملف تقييم من ملفات DHMA. لم يُستورَد أي شيء.
error-format-too-new = كُتب الملف { $path } بإصدار أحدث من DHMA (التنسيق { $found }؛ ويقرأ هذا الإصدار التنسيقات حتى { $supported }). ثبِّت الإصدار الأحدث لاستيراده.
error-checksum-mismatch = جرى تغيير الملف { $path } أو تلف بعد تصديره: المجموع الاختباري غير مطابق. لم يُستورَد أي شيء.
error-invalid-file-field = يحتوي الملف { $path } على قيمة غير صالحة في الحقل { $field }: { $detail }. لم يُستورَد أي شيء.
error-phase-out-of-range = المؤشر { $code }: القيمة { $value } في الحقل { $field } ليست مرحلة من 1 إلى 5. لم يُستورَد أي شيء.
error-already-exists = التقييم { $country } – { $round } موجود بالفعل في قاعدة البيانات هذه. احذفه أولًا أو استورد الملف على حاسوب آخر.
error-csv-malformed = السطر { $line }: تتعذّر قراءة السطر ({ $detail }).
error-csv-missing-column = يجب أن يكون السطر الأول سطر عناوين يتضمن العمودين indicator و phase (والعمود target اختياريًا)؛ والعمود { $column } مفقود.
error-csv-unknown-indicator = السطر { $line }: لا يوجد المؤشر { $code } في هذا الإطار.
error-csv-bad-phase = السطر { $line }: يجب أن تكون القيمة «{ $value }» في الحقل { $field } مرحلة من 1 إلى 5، أو NA.
error-csv-duplicate = السطر { $line }: سبق إدخال المؤشر { $code } في السطر { $first }.

content-issue = { $file }، { $item }، { $field }: { $problem }
content-syntax = تتعذّر قراءة النص ({ $detail })
content-missing = مفقود
content-empty = فارغ
content-orphan = لا يستخدمه الإطار (نص يتيم)
content-duplicate = مُدرَج أكثر من مرة
content-unknown-reference = يشير إلى «{ $detail }»، وهو غير موجود
content-out-of-range = خارج النطاق المسموح: { $detail }
content-invalid = غير صالح: { $detail }
content-locale-tag = ليس وسمًا للغة من اللغات المتاحة في البرنامج
content-placeables = يستخدم متغيرات مختلفة عن متغيرات النص الإنجليزي: { $detail }
error-database-in-use = ملف التقييمات { $path } مفتوح بالفعل في نافذة أو برنامج آخر من DHMA. أغلقوه هناك أولًا؛ لم يُغيَّر أي شيء.
error-no-rounds = لا يوجد في قاعدة البيانات هذه أي تقييم لـ { $country }.
error-database-damaged = قاعدة بيانات التقييمات { $path } تالفة ({ $detail }). لم يُغيَّر فيها شيء. استعيدوا نسخة احتياطية أو ابدؤوا ملفًا جديدًا.
error-damaged-row = تتعذّر قراءة قيمة محفوظة (الجدول { $table }، الصف { $row }، العمود { $column }): قاعدة البيانات تالفة في هذا الموضع. لم يُغيَّر أي شيء. استعيدوا نسخة احتياطية.
error-read-only = تعذّرت الكتابة في قاعدة بيانات التقييمات { $path }: القرص أو المجلد للقراءة فقط. لم يُحفظ التغيير الأخير، ولم يُفقد أي شيء آخر. انسخوا الملف إلى مجلد يمكنكم الكتابة فيه، أو استعينوا بمسؤول النظام.
error-disk-full = القرص الذي يحوي { $path } ممتلئ. لم يُحفظ التغيير الأخير، ولم يُفقد أي شيء آخر. أفرغوا بعض المساحة ثم أعيدوا المحاولة.
error-backup-not-found = لا توجد نسخة احتياطية باسم { $name }.
error-not-ready-to-finalise = لا يمكن إنهاء التقييم بعد: ما زال { $count } من المؤشرات يحتاج إلى مرحلة (أو «لا ينطبق») وإلى مبرِّر: { $codes }.
