# Texts shared by the interface, the command line and the report.

# The language's own name, shown in language pickers.
language-name = العربية
product-name = DHMA – تقييم نضج الصحة الرقمية
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name } ({ $version })

phase-label = المرحلة { $phase }
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = أوّلية
phase-2-name = ناشئة
phase-3-name = قائمة
phase-4-name = مؤسسية
phase-5-name = مُحسَّنة
not-applicable = لا ينطبق / غير متوفر
not-available = غير متوفر
overall = الإجمالي

timeframe-short = الأجل القصير (في غضون سنة واحدة)
timeframe-medium = الأجل المتوسط (من 1 إلى 3 سنوات)
timeframe-long = الأجل الطويل (من 3 إلى 5 سنوات)
cost-low = تكلفة منخفضة
cost-medium = تكلفة متوسطة
cost-high = تكلفة مرتفعة
confidence-low = درجة ثقة منخفضة
confidence-medium = درجة ثقة متوسطة
confidence-high = درجة ثقة مرتفعة
status-draft = مسودة
status-finalised = نهائي

exclusion-not-applicable = مُصنَّف على أنه لا ينطبق / غير متوفر
exclusion-not-answered = لم تتم الإجابة عنه بعد
exclusion-sub-indicator = مؤشر فرعي: تُسجَّل إجابته لكنها لا تدخل في حساب الدرجة

scoring-rule = درجة اللبنة الأساسية هي متوسط مؤشراتها المحتسبة التي حُدِّدت لها مرحلة؛ وتُستبعد المؤشرات الفرعية والمؤشرات المصنفة على أنها لا تنطبق. أما الدرجة الإجمالية فهي المتوسط غير المرجَّح لدرجات اللبنات الأساسية. وتُحوَّل الدرجة إلى مرحلة بتقريبها إلى منزلة عشرية واحدة ثم جبرها إلى العدد الصحيح الأعلى، على ألا تقل المرحلة عن المرحلة 1.

# Decimal separator used when the product prints a mean (e.g. 2.33).
number-decimal-separator = .
# Separator between items of a list (e.g. indicator codes).
list-separator = {"، "}

# Roadmap statuses and priorities.
roadmap-status-proposed = مقترح
roadmap-status-planned = مخطط له
roadmap-status-in-progress = قيد التنفيذ
roadmap-status-done = منجز
roadmap-status-dropped = مستبعد
priority-1 = أولوية عالية
priority-2 = أولوية متوسطة
priority-3 = أولوية منخفضة
roadmap-step = { $from } ← { $to }
backup-reason-upgrade = قبل ترقية
backup-reason-finalised = عند الإنهاء
backup-reason-hourly = كل ساعة
backup-reason-before-restore = قبل استعادة
backup-reason-set-aside = تعذّر فتحها، فوُضعت جانبًا

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title }: استُورد بوصفه تقييمًا جديدًا.
merge-summary = { $title }: دُمج مع الملف. حقول الإجابات المأخوذة من الملف: { $answers }. التغييرات الأخرى المأخوذة: { $others }. { $conflicts ->
    [0] لا يوجد أي تعارض.
    [one] يوجد تعارض واحد بانتظار قرار.
    [two] يوجد تعارضان بانتظار قرار.
    [few] توجد { $conflicts } تعارضات بانتظار قرار.
    [many] يوجد { $conflicts } تعارضًا بانتظار قرار.
   *[other] يوجد { $conflicts } تعارض بانتظار قرار.
}
merge-field-of-indicator = المؤشر { $code } – { $field }
merge-field-current = المرحلة الحالية
merge-field-target = المرحلة المستهدفة
merge-field-target-year = السنة المستهدفة
merge-field-rationale = المسوِّغات
merge-field-confidence = درجة الثقة
merge-field-carried = مُرحَّل من الجولة السابقة ولم تجرِ مراجعته
merge-field-change-note = ما الذي تغيّر منذ الجولة السابقة
merge-field-note = ملاحظة التوافق
merge-field-tally = عدّ البطاقات
merge-field-rating = تقييم { $name }
merge-field-dissent = اعتراض { $name }
merge-field-evidence = الدليل «{ $title }»
merge-field-roadmap = إجراء خريطة الطريق
merge-field-roadmap-position = موضع إجراء في خريطة الطريق
merge-field-participant = المشارك { $name }
merge-field-group = المجموعة { $name }
merge-field-country = البلد
merge-field-round = الجولة
merge-field-date = تاريخ التقييم
merge-field-facilitator = الميسِّر
merge-field-language = اللغة
merge-value-removed = محذوف
merge-value-empty = فارغ
merge-value-phase = المرحلة { $phase }
merge-value-na = لا ينطبق
merge-value-yes = نعم
merge-value-no = لا
merge-value-with-comment = { $value } («{ $comment }»)
merge-changed-by = غيّره { $name }، { $time }
# ما الذي تغيّر منذ الجولة السابقة: الشاشة و`dhma compare --changes` والتقرير.
changes-title = ما الذي تغيّر
changes-heading = { changes-title } – { $title }
changes-since = مقارنةً بالجولة السابقة، { $round } ({ $date }).
changes-first-round = لا توجد لـ{ $country } جولة سابقة في إطار العمل هذا، فلا شيء للمقارنة به بعد.
changes-count = { $count ->
        [0] لم تتغيّر مرحلة أي مؤشر ولا المرحلة المستهدفة له.
        [one] تغيّرت مرحلة مؤشر واحد أو المرحلة المستهدفة له.
        [two] تغيّرت مرحلة مؤشرين أو المرحلة المستهدفة لهما.
        [few] تغيّرت مرحلة { $count } مؤشرات أو المرحلة المستهدفة لها.
        [many] تغيّرت مرحلة { $count } مؤشرًا أو المرحلة المستهدفة لها.
       *[other] تغيّرت مرحلة { $count } مؤشر أو المرحلة المستهدفة لها.
    }
changes-block-count = { $count ->
        [0] لم يتغيّر أي مؤشر
        [one] تغيّر مؤشر واحد
        [two] تغيّر مؤشران
        [few] تغيّرت { $count } مؤشرات
        [many] تغيّر { $count } مؤشرًا
       *[other] تغيّر { $count } مؤشر
    }
changes-phase = المرحلة { $old } ← { $new }
changes-target = المستهدفة { $old } ← { $new }
changes-arrow = { $old } ← { $new }
changes-value-na = لا ينطبق
changes-value-none = بلا إجابة
changes-value-unset = غير محددة
changes-value-absent = ليس في الإطار
changes-direction-up = ارتفاع
changes-direction-down = انخفاض
changes-direction-same = دون تغيير
changes-direction-changed = تغيّر
changes-direction-new = أُجيب عنه لأول مرة
changes-direction-removed = لم تعد له إجابة
changes-note = ما الذي تغيّر: { $note }
changes-indicator = { $code } { $title }
changes-col-indicator = المؤشر
changes-col-mean = المتوسط
changes-col-phase = المرحلة
changes-col-target = المستهدفة
changes-col-direction = تغيّر المرحلة
changes-col-note = ما الذي تغيّر (ملاحظة الفريق)
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = DD/MM/YYYY
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = {"؛ "}

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = التقييم ككل
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = لا ينطبق
na-reason-not-available = غير متوفر – البيانات ناقصة
na-reason-not-said = NA، دون تحديد ما إذا كان لا ينطبق أم أن البيانات ناقصة
merge-field-na-reason = أي NA (لا ينطبق أو البيانات ناقصة)

# Answers imported from a spreadsheet (preview and result).
answers-change-current = المرحلة الحالية: { $old } ← { $new }
answers-change-target = المرحلة المستهدفة: { $old } ← { $new }
answers-change-target-year = السنة المستهدفة: { $old } ← { $new }
answers-change-rationale = المسوِّغات: { $old } ← { $new }
answers-preview = { $count ->
        [zero] لا يغيّر الملف أي إجابة.
        [one] يغيّر الملف إجابة واحدة.
        [two] يغيّر الملف إجابتين.
        [few] يغيّر الملف { $count } إجابات.
        [many] يغيّر الملف { $count } إجابةً.
       *[other] يغيّر الملف { $count } إجابة.
    }
answers-imported = { $count ->
        [zero] لم تتغيّر أي إجابة.
        [one] تغيّرت إجابة واحدة.
        [two] تغيّرت إجابتان.
        [few] تغيّرت { $count } إجابات.
        [many] تغيّرت { $count } إجابةً.
       *[other] تغيّرت { $count } إجابة.
    }
merge-field-gdhm-country = اسم البلد
merge-field-gdhm-country-summary = ملخص البلد
merge-field-gdhm-country-contact-name = جهة اتصال البلد: الاسم
merge-field-gdhm-country-contact-role = جهة اتصال البلد: المنصب
merge-field-gdhm-country-contact-org = جهة اتصال البلد: المؤسسة
merge-field-gdhm-country-contact-email = جهة اتصال البلد: البريد الإلكتروني
merge-field-gdhm-contact-person-name = الشخص المسؤول عن الاتصال: الاسم
merge-field-gdhm-contact-person-role = الشخص المسؤول عن الاتصال: المنصب
merge-field-gdhm-contact-person-email = الشخص المسؤول عن الاتصال: البريد الإلكتروني
merge-field-gdhm-approver-name = معتمد البيانات: الاسم
merge-field-gdhm-approver-role = معتمد البيانات: المنصب
merge-field-gdhm-approver-email = معتمد البيانات: البريد الإلكتروني
merge-field-gdhm-resources-link = روابط إلى الموارد
chart-legend-benchmark = المرجع: { $label }
chart-legend-benchmark-dated = المرجع: { $label } ({ $date })
batch-sheet-assessments = التقييمات
batch-sheet-indicators = المؤشرات
batch-col-country = البلد
batch-col-round = الجولة
batch-col-date = التاريخ
batch-col-status = الحالة
batch-col-overall = المتوسط العام
batch-col-overall-phase = المرحلة العامة
batch-col-indicator = المؤشر
batch-col-block = اللبنة الأساسية
batch-col-phase = المرحلة الحالية
batch-col-target = المرحلة المستهدفة
batch-status-draft = مسودة
batch-status-finalised = منتهية
move-exported = التقييمات المكتوبة في { $path }: { $count }.
move-imported = استُورد ملف النقل. التقييمات الجديدة: { $added }. التقييمات المدمجة مع النسخة الموجودة هنا: { $merged }. { $conflicts ->
    [0] لا يوجد أي تعارض.
    [one] يوجد تعارض واحد بانتظار قرار.
    [two] يوجد تعارضان بانتظار قرار.
    [few] توجد { $conflicts } تعارضات بانتظار قرار.
    [many] يوجد { $conflicts } تعارضًا بانتظار قرار.
   *[other] يوجد { $conflicts } تعارض بانتظار قرار.
}
about-title = حول DHMA
about-version = الإصدار { $version }
about-licence = DHMA برنامج حر مرخّص بموجب ترخيص { $licence }.
about-fonts-heading = الخطوط
about-fonts-notice = تستخدم التقارير وصور الرسوم البيانية خطوط Noto ‏(Noto Sans وNoto Sans Arabic وNoto Sans CJK SC) من Google، المرخّصة بموجب ترخيص SIL Open Font License، الإصدار 1.1. وتلي ذلك ملفات حقوق النشر الخاصة بها، مع الترخيص، كما كُتبت.
about-crates-heading = برمجيات الأطراف الأخرى
about-crates-intro = مكتبات Rust ‏(crates) مفتوحة المصدر المضمّنة في هذا البرنامج، كلٌّ منها مع ترخيصها (تعبير SPDX) وملفات الترخيص التي تأتي بها، كما كُتبت: { $count }.
about-licence-text = نص الترخيص
about-no-licence-file = لا تأتي هذه المكتبة بأي ملف ترخيص؛ ترخيصها هو المذكور.
about-licence-undeclared = غير مصرّح به

roadmap-origin-own = من صياغة الفريق
roadmap-origin-template = من مكتبة النماذج في DHMA
roadmap-cross-cutting = الإجراءات الشاملة
roadmap-cross-cutting-short = شامل
roadmap-all-blocks = جميع اللبنات الأساسية
roadmap-body-development-partners = شركاء التنمية
roadmap-body-private-sector = القطاع الخاص
roadmap-body-subnational = المستويات دون الوطنية (الأقاليم، المناطق)
roadmap-body-other-ministries = وزارات أخرى
