# Error messages, one per error code of the core (src/error.rs). Arguments are named.

error-io = تعذّرت قراءة الملف { $path } أو الكتابة فيه.
error-database = تعذّر استخدام قاعدة بيانات التقييمات. حاولوا مرة أخرى؛ وإذا تكرر ذلك فأرسلوا تفاصيل الدعم الفني إلى الجهة التي تتولى دعم DHMA لديكم.
error-database-too-new = أُنشئت قاعدة البيانات { $path } بإصدار أحدث من DHMA (المخطط { $found }؛ ويدعم هذا الإصدار المخططات حتى { $supported }). ولم يُجرَ عليها أي تغيير. ثبِّتوا الإصدار الأحدث، أو افتحوا ملفًا آخر.
error-not-dhma-database = الملف { $path } ليس قاعدة بيانات DHMA. ولم يُجرَ عليه أي تغيير.
error-assessment-not-found = لم يُعثر على أي تقييم بالمعرِّف { $id }.
error-assessment-locked = { $country } – { $round } نهائي: إجاباته ودرجاته مُقفَلة كما اعتُمدت. لإجراء تقييم جديد، استخدموا «بدء الجولة التالية» في لوحة المعلومات الخاصة به (أو dhma new-round).
error-unknown-framework = الإطار { $id } { $version } غير متوفر في هذا الإصدار من DHMA.
error-unknown-language = اللغة { $lang } غير متوفرة. اللغات المتوفرة: en، fr، es، pt، ar، ru، zh.
error-unknown-indicator = المؤشر { $code } غير موجود في هذا الإطار.
error-answered-twice = للمؤشر { $code } إجابتان في الملف. لم يُستورد أي شيء.
error-rater-unknown = لا يوجد مشارك أو مجموعة باسم «{ $name }». لم يُغيَّر أي شيء.
error-rater-has-ratings = لدى «{ $name }» تقييمات أو اعتراض مسجَّل في هذا التقييم، ولا يمكن حذفه. احذفوا تقييماته واعتراضه أولًا. لم يُغيَّر أي شيء.
error-consensus-note-required = المؤشر { $code }: المرحلة المتفق عليها تقع خارج نطاق التقييمات، أو أن التقييمات متباعدة كثيرًا. اكتبوا ملاحظة توافق توضّح سبب اتفاق الحاضرين عليها. لم يُغيَّر أي شيء.
error-group-name-taken = توجد مجموعة باسم «{ $name }» بالفعل. اختاروا اسمًا آخر. لم يُغيَّر أي شيء.
error-csv-blank-participant = السطر { $line }: اسم المشارك فارغ. لم يُستورد أي شيء.
error-csv-rated-twice = السطر { $line }: سبق أن قيّم { $name } المؤشر { $code } في السطر { $first }. لم يُستورد أي شيء.
error-invalid-value = القيمة «{ $value }» غير صالحة للحقل «{ $label }».
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
error-format-too-new = كُتب الملف { $path } بإصدار أحدث من DHMA (التنسيق { $found }؛ ويقرأ هذا الإصدار التنسيقات حتى { $supported }). ثبِّتوا الإصدار الأحدث لاستيراده.
error-checksum-mismatch = جرى تغيير الملف { $path } أو تلف بعد تصديره: المجموع الاختباري غير مطابق. لم يُستورَد أي شيء.
error-invalid-file-field = تعذّر استيراد الملف { $path }: { $reason } (في «{ $label }»). لم يُستورَد أي شيء.
error-phase-out-of-range = المؤشر { $code }: القيمة { $value } المُدخلة في «{ $label }» ليست مرحلة من 1 إلى 5. لم يُستورَد أي شيء.
error-already-exists = التقييم { $country } – { $round } موجود بالفعل في قاعدة البيانات هذه. احذفوه أولًا أو استوردوا الملف على حاسوب آخر.
error-csv-malformed = تتعذّر قراءة السطر { $line }.
error-csv-missing-column = يجب أن يكون السطر الأول سطر عناوين يتضمن العمودين indicator و phase (والعمود target اختياريًا)؛ والعمود { $column } مفقود.
error-csv-unknown-indicator = السطر { $line }: لا يوجد المؤشر { $code } في هذا الإطار.
error-csv-bad-phase = السطر { $line }: يجب أن تكون القيمة «{ $value }» المُدخلة في «{ $label }» مرحلة من 1 إلى 5، أو NA.
error-csv-duplicate = السطر { $line }: سبق إدخال المؤشر { $code } في السطر { $first }.

content-issue = { $file }، { $item }، { $field }: { $problem }
content-issue-item = – { $issue }
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
error-database-damaged = قاعدة بيانات التقييمات { $path } تالفة. لم يُغيَّر فيها شيء. استعيدوا نسخة احتياطية أو ابدؤوا ملفًا جديدًا.
error-damaged-row = تتعذّر قراءة قيمة محفوظة: قاعدة بيانات التقييمات تالفة في هذا الموضع. لم يُغيَّر أي شيء. استعيدوا نسخة احتياطية.
error-read-only = تعذّرت الكتابة في قاعدة بيانات التقييمات { $path }: القرص أو المجلد للقراءة فقط. لم يُحفظ التغيير الأخير، ولم يُفقد أي شيء آخر. انسخوا الملف إلى مجلد يمكنكم الكتابة فيه، أو استعينوا بمسؤول النظام.
error-disk-full = القرص الذي يحوي { $path } ممتلئ. لم يُحفظ التغيير الأخير، ولم يُفقد أي شيء آخر. أفرغوا بعض المساحة ثم أعيدوا المحاولة.
error-backup-not-found = لا توجد نسخة احتياطية باسم { $name }.
error-not-ready-to-finalise = لا يمكن إنهاء التقييم بعد: { $count ->
    [zero] لا يوجد مؤشر يحتاج
    [one] ما زال مؤشر واحد يحتاج
    [two] ما زال مؤشران يحتاجان
    [few] ما زالت { $count } مؤشرات تحتاج
    [many] ما زال { $count } مؤشرًا يحتاج
   *[other] ما زال { $count } مؤشر يحتاج
} إلى مرحلة (أو «لا ينطبق») وإلى مبرِّر: { $codes }.

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = الملف أو المجلد { $path } غير موجود. ربما نُقل أو غُيِّر اسمه أو حُذف.
error-io-permission-denied = لا يُسمح لـ DHMA بقراءة { $path } أو الكتابة فيه. تحققوا من أذونات الملف أو المجلد، أو اسألوا مسؤول النظام.
error-io-already-exists = يوجد بالفعل ملف أو مجلد باسم { $path }.
error-io-read-only = يوجد { $path } على قرص أو في مجلد للقراءة فقط: لا يمكن الكتابة فيه.
error-io-storage-full = القرص الذي يحتوي على { $path } ممتلئ. أفرغوا بعض المساحة ثم حاولوا مرة أخرى.
error-io-is-a-directory = { $path } مجلد وليس ملفًا.
error-io-not-a-directory = جزء من المسار { $path } ملف في موضع يُنتظر فيه مجلد.
error-io-invalid-filename = { $path } ليس اسم ملف صالحًا على هذا الحاسوب.
error-io-file-too-large = { $path } كبير جدًا بالنسبة إلى هذا القرص أو المجلد.
error-io-unexpected-eof = ينتهي الملف { $path } قبل أوانه: فهو ناقص أو تالف.
error-io-invalid-data = يحتوي الملف { $path } على بيانات تتعذّر قراءتها: ربما يكون تالفًا.
error-invalid-value-empty = يجب ملء الحقل «{ $label }».
error-invalid-value-internal = تعذّر على DHMA إنتاج «{ $label }». هذا خلل في DHMA: يُرجى الإبلاغ عنه مع تفاصيل الدعم الفني.
error-file-reason-unknown-field = يحتوي على حقل لا يعرفه هذا الإصدار من DHMA (كتبه إصدار أحدث، أو عُدِّل يدويًا)
error-file-reason-framework-mismatch = يذكر إطارين أو إصدارين مختلفين من الإطار
error-file-reason-missing-field = ينقصه حقل إلزامي
error-file-reason-wrong-type = نوع إحدى القيم غير صحيح (مثلًا نص في موضع رقم)
error-file-reason-bad-value = إحدى القيم ليست من القيم المسموح بها
error-file-reason-duplicate-field = أحد الحقول مذكور مرتين
error-file-reason-damaged = محتواه ليس على شكل تقييم DHMA
error-csv-malformed-fields = السطر { $line } فيه { $found ->
    [zero] لا قيم
    [one] قيمة واحدة
    [two] قيمتان
    [few] { $found } قيم
    [many] { $found } قيمة
   *[other] { $found } قيمة
}، لكن سطر العناوين فيه { $expected ->
    [zero] لا أعمدة
    [one] عمود واحد
    [two] عمودان
    [few] { $expected } أعمدة
    [many] { $expected } عمودًا
   *[other] { $expected } عمود
}.
error-csv-malformed-utf8 = السطر { $line } ليس نصًا بترميز UTF-8. احفظوا الملف مرة أخرى بصيغة «CSV UTF-8».
error-support-details = تفاصيل للدعم الفني: { $details }
error-merge-into-finalised = التقييم { $country } – { $round } نهائي على هذا الحاسوب: لا يمكن دمج تغييرات الملف فيه. ابدؤوا الجولة التالية لتسجيل التغييرات، أو استوردوا الملف على حاسوب ما زال التقييم فيه مسودة. لم يُغيَّر أي شيء.
error-merge-finalised-file = يحتوي الملف على التقييم { $country } – { $round } في صيغته النهائية، والمسودة الموجودة على هذا الحاسوب تختلف عنه. لاعتماد الصيغة النهائية، احذفوا المسودة هنا (يُحتفظ بنسخة احتياطية) ثم استوردوا الملف مرة أخرى. لم يُغيَّر أي شيء.
error-conflict-not-found = لا يوجد تعارض بانتظار قرار للمؤشر «{ $indicator }»، الحقل «{ $field }». يعرض الأمر «dhma conflicts» التعارضات مع حقولها. لم يُغيَّر أي شيء.
error-conflict-value-not-allowed = لا يمكن حسم «{ $field }» إلا بالإبقاء على أحد الطرفين، لا بكتابة قيمة أخرى. لم يُغيَّر أي شيء.

# Rounds that start from the last one (issue 12).
error-change-note-required = المؤشر { $code }: المرحلة الجديدة تختلف عن المرحلة المنقولة من الجولة السابقة. اذكروا ما الذي تغيّر منذ الجولة الأخيرة، ثم احفظوا المرحلة من جديد.
error-carried-not-reviewed = لا يمكن إنهاء التقييم بعد: { $count ->
    [zero] لا توجد إجابة منقولة من الجولة السابقة لم تُراجَع
    [one] ما زالت إجابة واحدة منقولة من الجولة السابقة لم تُراجَع
    [two] ما زالت إجابتان منقولتان من الجولة السابقة لم تُراجَعا
    [few] ما زالت { $count } إجابات منقولة من الجولة السابقة لم تُراجَع
    [many] ما زالت { $count } إجابة منقولة من الجولة السابقة لم تُراجَع
   *[other] ما زالت { $count } إجابة منقولة من الجولة السابقة لم تُراجَع
}: { $codes }. احفظوا كل إجابة منها، أو علِّموها بـ«رُوجعت، دون تغيير».
error-round-name-taken = لدى { $country } جولة باسم { $round } بالفعل. اختاروا اسمًا آخر.

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = لا توجد جولة سابقة لـ { $title }، لذا لا يمكن ملء الاستبيان مسبقًا. اطبعوه دون مراحل الجولة السابقة.
error-answers-cell-unknown-indicator = الورقة «{ $sheet }»، الصف { $row }، العمود { $column } ({ $header }): «{ $value }» ليس مؤشرًا في إطار هذا التقييم.
error-answers-cell-duplicate = الورقة «{ $sheet }»، الصف { $row }، العمود { $column } ({ $header }): المؤشر { $value } موجود من قبل في الصف { $first }.
error-answers-cell-bad-phase = الورقة «{ $sheet }»، الصف { $row }، العمود { $column } ({ $header }): «{ $value }» ليست مرحلة: اكتبوا من 1 إلى 5، أو NA.
error-answers-cell-bad-target = الورقة «{ $sheet }»، الصف { $row }، العمود { $column } ({ $header }): «{ $value }» ليست مرحلة مستهدفة: اكتبوا من 1 إلى 5، أو اتركوا الخلية فارغة.
error-answers-cell-bad-year = الورقة «{ $sheet }»، الصف { $row }، العمود { $column } ({ $header }): «{ $value }» ليست سنة بين 2000 و2100.
error-answers-cell-no-code = الورقة «{ $sheet }»، الصف { $row }، العمود { $column } ({ $header }): في الصف إجابات ولكن بلا رمز مؤشر.
error-answers-no-code-column = لا يوجد في الورقة «{ $sheet }» عمود «{ $heading }»: يجب أن يحمل صفها الأول عناوين ورقة المؤشرات التي يصدّرها DHMA، بأي لغة من لغاته.
error-answers-no-answer-column = لا يوجد في الورقة «{ $sheet }» أي عمود للإجابات: يجب أن يحمل صفها الأول واحدًا على الأقل من هذه العناوين: { $headings }.
error-spreadsheet-unreadable = تعذّرت قراءة «{ $path }» بوصفه مصنف Excel ‏(.xlsx) أو ملف CSV ‏(.csv).
error-gdhm-detail-missing = يحتاج التحميل إلى GDHM إلى «{ $field }»: املؤوه في بيانات GDHM ثم صدّروا مرة أخرى. لم يُكتب أي ملف.
error-gdhm-invalid-email = «{ $value }» في «{ $field }» ليس عنوان بريد إلكتروني يقبله GDHM. لم يُكتب أي ملف.
error-gdhm-unanswered = يحتاج التحميل إلى GDHM إلى مرحلة أو NA لكل مؤشر؛ وهذه ليس لها ذلك بعد: { $codes }. لم يُكتب أي ملف.
error-gdhm-file-unreadable = { $path } ليس مصنف Excel ‏(.xlsx) يستطيع DHMA قراءته.
error-gdhm-file-empty = لا يحتوي { $path } على بيانات بلدان: ليس ملف بيانات مصدّرًا من GDHM.
error-gdhm-file-cell-header = { $path }، الصف { $row }، العمود { $column }: «{ $value }» ليس عنوانًا في ملف بيانات مصدّر من GDHM (مؤشر مع رمز، أو فئة مع رقم).
error-gdhm-file-cell-phase = { $path }، الصف { $row }، العمود { $column }: «{ $value }» ليس مرحلة (من 1 إلى 5، أو غير متاح).
error-gdhm-file-cell-country = { $path }، الصف { $row }، العمود { $column }: في الصف مراحل ولكن بلا اسم بلد.
error-gdhm-country-not-in-file = لا يوجد في { $path } بلد اسمه «{ $country }».
error-gdhm-no-common-indicators = لا يوجد في { $path } أي مؤشر من إطار هذا التقييم.
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = «{ $value }» ليس مخططًا يستطيع DHMA رسمه: اختاروا radar (الرادار) أو bars (الأشرطة).
error-unknown-image-format = «{ $value }» ليست صيغة صورة يستطيع DHMA كتابتها: اختاروا png أو svg.
error-dpi-out-of-range = لا يمكن استخدام الدقة «{ $value }»: أدخلوا عددًا صحيحًا من النقاط في البوصة بين { $min } و{ $max }.
error-chart-image = تعذّر على DHMA رسم صورة المخطط. هذا خلل في DHMA: يُرجى الإبلاغ عنه مع تفاصيل الدعم الفني.

error-invalid-action-year = «{ $value }» ليست سنة صالحة لإجراء: اكتبوا سنة من 2000 إلى 2100 بالأرقام.
error-invalid-action-end-before-start = سنة الانتهاء { $value } تسبق سنة البدء: لا يمكن أن ينتهي إجراء قبل أن يبدأ.
error-invalid-action-amount = «{ $value }» ليس مبلغًا: اكتبوا صفرًا أو أكثر بالأرقام، بخانتين عشريتين على الأكثر (مثلًا 250000 أو 1500.50).
error-invalid-action-currency = «{ $value }» ليس رمز عملة: اكتبوا الأحرف الثلاثة لرمزها في ISO 4217، مثل USD أو EUR أو XOF.
error-invalid-action-budget-incomplete = تحتاج الميزانية «{ $value }» إلى مبلغ وعملته معًا.
error-invalid-action-template-action = «{ $value }» مأخوذ من مكتبة النماذج في DHMA: اجعلوا حالته «مستبعد» بدلًا من حذفه، حتى لا يعيده الاقتراح التالي.
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = لم يُختر أي بلد من { $path }: اختاروا بلدًا واحدًا على الأقل للمقارنة به.
