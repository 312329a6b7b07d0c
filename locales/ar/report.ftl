# نصوص التقرير بصيغة PDF.

report-title = التقييم الوطني لنضج الصحة الرقمية
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label }: { $value }
report-list-item = • { $item }
report-subtitle = تقرير التقييم وخريطة الطريق
report-country = البلد
report-round = الجولة
report-date = تاريخ التقييم
report-framework = الإطار
report-facilitator = الميسِّر
report-status = الحالة
report-generated = أُعدّ هذا التقرير بتاريخ { $date } باستخدام DHMA
report-page = الصفحة { $page } من { $total }
report-summary = الملخص التنفيذي
report-summary-overall = مستوى النضج الإجمالي: المرحلة { $phase } (المتوسط { $mean })، والمرحلة المستهدفة: { $target }.
report-summary-strongest = أقوى لبنة أساسية: { $block } (المتوسط { $mean }).
report-summary-weakest = أضعف لبنة أساسية: { $block } (المتوسط { $mean }).
report-summary-agreement = الاتفاق في القاعة: { $percent }٪ من المؤشرات المحتسبة ({ $agreed } من { $counted }).
report-summary-agreement-meaning = في هذه المؤشرات، وقع كل تقييم فردي على بُعد مرحلة واحدة على الأكثر من المرحلة المتفق عليها؛ أما في غيرها فكانت المواقف الأولى أكثر تباعدًا. ويبيّن المرفق «كيف قيّم الفريق» أين ولماذا.
report-summary-priorities = أهم أولويات خريطة الطريق
report-priority = { $action } ({ $indicator })
report-scores = الدرجات حسب اللبنة الأساسية
report-radar = المراحل الحالية والمستهدفة حسب اللبنة الأساسية
report-block-section = اللبنة الأساسية: { $block }
report-indicator-heading = { $code }  { $title }
report-current = المرحلة الحالية
report-target = المرحلة المستهدفة
report-target-year = السنة المستهدفة
report-target-by-year = { $phase }، بحلول عام { $year }
report-rationale = المسوِّغات
report-evidence = الأدلة
report-evidence-heading = الأدلة:
report-no-evidence = لم تُسجَّل أي أدلة.
report-no-rationale = لم تُسجَّل أي مسوِّغات.
report-sub-indicator = مؤشر فرعي (لا يُحتسب في الدرجة)
report-roadmap = خريطة الطريق
report-roadmap-none = لم تُسجَّل أي إجراءات في خريطة الطريق.
report-action-line-heading = { $block } — { $line }
report-indicator-step = { $indicator } · { $step }
report-timeline = الجدول الزمني
report-method = المرفق: المنهجية
report-excluded = المؤشرات غير المحتسبة في الدرجات
report-excluded-none = لكل مؤشر محتسب مرحلة محددة.
report-ratings = المرفق: كيف قيّم الفريق
report-ratings-intro = قيّم كل مشارك أو فريق المؤشرات قبل أن تتفق القاعة على مرحلة. تحصي الأعمدة من 1 إلى 5 التقييمات التي أعطت كل مرحلة، ويحصي عمود «غ.م» التقييمات التي أعطت «لا ينطبق»؛ ولا تدخل هذه في الحد الأدنى والوسيط والحد الأقصى. ولا يدخل في الدرجات إلا المرحلة المتفق عليها. ويبيّن عمود «ضمن مرحلة واحدة» ما إذا كان كل تقييم على بُعد مرحلة واحدة على الأكثر من المرحلة المتفق عليها، كما يحسبه رقم الاتفاق في الملخص.
report-ratings-indicator = المؤشر
# Short column heading: ratings of "not applicable".
report-ratings-na = غ.م
report-ratings-min = الأدنى
report-ratings-median = الوسيط
report-ratings-max = الأقصى
report-ratings-agreed = المرحلة المتفق عليها
report-ratings-within = ضمن مرحلة واحدة
report-ratings-notes = ملاحظات التوافق والاعتراضات
report-ratings-notes-none = لم تُسجَّل أي ملاحظة توافق أو اعتراض.
report-ratings-anonymous = مجهول الهوية
report-consensus-note = ملاحظة التوافق
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = اعتراض، { $who }: { $reason }
report-participants = المرفق: المشاركون
report-participants-none = لم يُسجَّل أي مشاركين.
report-signoff = الاعتماد
report-approver = اعتمده
report-approver-role = الصفة
report-not-given = —
report-government-approved = معتمد من الحكومة
report-yes = نعم
report-no = لا
report-signature = التوقيع والتاريخ
report-name = الاسم
report-organisation = الجهة

report-changes = منذ الجولة الأخيرة
report-changes-intro = مقارنةً بالجولة السابقة، { $round } ({ $date }): متوسط كل لبنة أساسية ومرحلتها آنذاك والآن، وكل مؤشر تغيّرت مرحلته أو المرحلة المستهدفة له، مع ملاحظة الفريق عمّا تغيّر.
report-changes-indicators = المؤشرات التي تغيّرت مرحلتها أو المرحلة المستهدفة لها

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = مسودة
report-draft-footer = مسودة – لم يوقع بعد
# The sign-off section of a draft.
report-signoff-draft = لم يوقع بعد. هذا التقرير مسودة: قد تتغير إجاباته. ستظهر هنا التوقيعات وتاريخ إنهاء التقييم ورمز التحقق من الوثيقة عندما ينهى التقييم.
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = نسخة نهائية بتاريخ { $date } · رمز التحقق من الوثيقة { $code }…
report-finalised-on = تاريخ إنهاء التقييم
report-check-code = رمز التحقق من الوثيقة
report-check-code-meaning = يحسب رمز التحقق من الوثيقة من إجابات التقييم عند إنهائه: أي ملف تقييم يحمل الرمز نفسه يتضمن الإجابات الواردة في هذا التقرير بعينها.
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = عدد الإجراءات
report-timeline-col-indicators = المؤشرات المعنية

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] كيف تنتج المرحلة من المتوسط، كما في GDHM: المتوسط { $mean } مقربا إلى منزلة عشرية واحدة يساوي { $rounded }، وهو عدد صحيح، فتكون المرحلة { $phase }.
   *[up] كيف تنتج المرحلة من المتوسط، كما في GDHM: يقرب المتوسط { $mean } إلى منزلة عشرية واحدة ({ $rounded })، ثم يجبر إلى العدد الصحيح التالي، فتكون المرحلة { $phase }.
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] أقوى لبنة أساسية: { $blocks } (المتوسط { $mean }).
    [zero] أقوى اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
    [two] أقوى اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
    [few] أقوى اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
    [many] أقوى اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
   *[other] أقوى اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] أضعف لبنة أساسية: { $blocks } (المتوسط { $mean }).
    [zero] أضعف اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
    [two] أضعف اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
    [few] أضعف اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
    [many] أضعف اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
   *[other] أضعف اللبنات الأساسية، متعادلة بمتوسط { $mean }: { $blocks }.
}
report-summary-all-equal = لجميع اللبنات الأساسية المتوسط نفسه، { $mean }: لا توجد لبنة أقوى أو أضعف من غيرها.
report-summary-gaps = أكبر الفجوات بين المرحلة المستهدفة والمرحلة الحالية
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block }: { $gap } (المتوسط الحالي { $current }، متوسط المستهدف { $target })
report-summary-gaps-none = ليس لأي لبنة أساسية هدف أعلى من متوسطها الحالي.
report-summary-gaps-meaning = الفجوة هي متوسط المراحل المستهدفة للبنة الأساسية مطروحا منه متوسط مراحلها الحالية؛ والمؤشر الذي ليس له هدف يحتسب بمرحلته الحالية.
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = المؤشر { $indicator }: { $action }
report-summary-data-gaps = ثغرات البيانات
report-summary-data-gaps-intro = { $count ->
    [zero] لا يوجد مؤشر بلا مرحلة:
    [one] مؤشر واحد ليس له مرحلة، فهو غير محتسب في الدرجات:
    [two] مؤشران ليس لهما مرحلة، فهما غير محتسبين في الدرجات:
    [few] { $count } مؤشرات ليس لها مرحلة، فهي غير محتسبة في الدرجات:
    [many] { $count } مؤشرا ليس لها مرحلة، فهي غير محتسبة في الدرجات:
   *[other] { $count } مؤشر ليس لها مرحلة، فهي غير محتسبة في الدرجات:
}
report-summary-data-gaps-none = لكل مؤشر مرحلة: ليست هناك ثغرات في البيانات.
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title }: { $reason }

# The method annex (issue 13).
report-method-conduct = كيف أجري التقييم
report-method-last-change = آخر تعديل للإجابات
report-method-participants = { $count ->
    [zero] لم يشارك في التقييم أحد:
    [one] شارك في التقييم شخص واحد:
    [two] شارك في التقييم شخصان:
    [few] شارك في التقييم { $count } أشخاص:
    [many] شارك في التقييم { $count } شخصا:
   *[other] شارك في التقييم { $count } شخص:
}
report-method-consensus-ratings = كيف تم التوصل إلى التوافق: قيم كل مشارك أو فريق المؤشرات أولا بمفرده؛ ثم ناقشت القاعة كل مؤشر واتفقت على مرحلة واحدة، وهي المرحلة المحتسبة في الدرجات. ويعرض المرفق «كيف قيم الفريق» كل تقييم وملاحظات التوافق وأي اعتراض.
report-method-consensus-plain = كيف تم التوصل إلى التوافق: ناقش الفريق كل مؤشر واتفق معا على مرحلة واحدة، وهي المرحلة المحتسبة في الدرجات. ولم تسجل تقييمات فردية، لذا لا يستطيع هذا التقرير أن يبين مدى تباعد الآراء في القاعة.
report-method-scale = سلم المراحل
report-method-scale-intro = يقيم كل مؤشر في واحدة من خمس مراحل. ولكل مؤشر وصفه الخاص لمراحله (مطبوع في قسمه)؛ وبوجه عام تعني المراحل ما يلي:
report-method-phase-col = المرحلة
report-method-name-col = الاسم
report-method-meaning-col = معناها بوجه عام
report-method-phase-1 = القليل أو لا شيء قائم؛ والجهود غير رسمية أو متفرقة أو مخطط لها فقط.
report-method-phase-2 = توجد عناصر أولى، مثل مسودات أو مشاريع تجريبية أو مبادرات منفردة، لكنها لم تعتمد بعد أو لم تمول أو لم تستخدم على نطاق واسع.
report-method-phase-3 = العنصر معتمد رسميا ومستخدم، لكن ليس في كل مكان بعد، أو ليس ممولا بالكامل أو مستداما.
report-method-phase-4 = العنصر مستخدم على المستوى الوطني، مع القواعد والأدوار والميزانية التي تجعله جزءا من طريقة عمل النظام الصحي.
report-method-phase-5 = يراجع العنصر ويحسن بانتظام استنادا إلى البيانات والأدلة، ويتكيف مع الاحتياجات الجديدة.
report-method-scoring = كيف تحسب الدرجات
report-method-example = مثال محسوب بأرقام هذا التقييم
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $count ->
    [one] { $block }: يحتسب المؤشر { $codes } بالمرحلة { $phases }. المتوسط { $sum } ÷ { $count } = { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
    [zero] { $block }: تحتسب المؤشرات { $codes } بالمراحل { $phases }. المتوسط { $sum } ÷ { $count } = { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
    [two] { $block }: تحتسب المؤشرات { $codes } بالمراحل { $phases }. المتوسط { $sum } ÷ { $count } = { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
    [few] { $block }: تحتسب المؤشرات { $codes } بالمراحل { $phases }. المتوسط { $sum } ÷ { $count } = { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
    [many] { $block }: تحتسب المؤشرات { $codes } بالمراحل { $phases }. المتوسط { $sum } ÷ { $count } = { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
   *[other] { $block }: تحتسب المؤشرات { $codes } بالمراحل { $phases }. المتوسط { $sum } ÷ { $count } = { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
}
report-method-example-left-out = غير محتسب في هذا المتوسط: { $items }.
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code } ({ $reason })
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = الإجمالي: متوسط متوسطات اللبنات الأساسية البالغ عددها { $count } ({ $means }) هو { $mean }؛ مقربا إلى منزلة عشرية واحدة { $rounded }؛ المرحلة { $phase }.
report-method-codes = رموز المؤشرات وGDHM
report-method-codes-same = لا يتضمن الإطار رمزا منفصلا لـ GDHM: فرموز مؤشراته هي رموز GDHM نفسها، مستخدمة دون تغيير. والرموز التي تحمل حرفا (مثل 2a) مؤشرات فرعية: تجمع بياناتها وتطبع، ولا تحتسب في الدرجات أبدا.
report-method-codes-col-dhma = رمز DHMA
report-method-codes-col-gdhm = رمز GDHM
report-method-codes-col-scored = محتسب في الدرجة
report-method-codes-sub = لا: مؤشر فرعي للمؤشر { $parent }
report-method-limits = حدود التقييم
report-method-limit-self = المراحل تقييم ذاتي: تقدير الفريق الوطني الذي شارك، وليست تدقيقا خارجيا.
report-method-limit-evidence = تعرض الأدلة كما سجلها الفريق؛ ولا تتحقق DHMA منها.
report-method-limit-na = المؤشرات المصنفة على أنها لا تنطبق أو غير متوفرة، والمؤشرات التي لم يجب عنها، غير محتسبة في الدرجات: فمتوسط اللبنة الأساسية يقوم فقط على مؤشراتها التي لها مرحلة.
report-method-limit-sub = تجمع بيانات المؤشرات الفرعية وتطبع، لكنها لا تحتسب في الدرجات.
report-disclaimer = إخلاء المسؤولية
report-disclaimer-text = DHMA أداة مستقلة. وهي ليست من منتجات منظمة الصحة العالمية (WHO) أو الاتحاد الدولي للاتصالات (ITU) أو المرصد العالمي للصحة الرقمية (GDHM)، ولم تراجعها أي من هذه الجهات أو تعتمدها. ويعني «متوافق مع GDHM» فقط أن DHMA تستخدم رموز المؤشرات نفسها وقاعدة احتساب الدرجات نفسها المستخدمة في GDHM. والنتائج الواردة في هذا التقرير هي نتائج فريق التقييم نفسه.
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = درجة هذه اللبنة الأساسية: المتوسط { $mean }، { $phase }؛ المستهدف: { $target }
report-block-score-none = درجة هذه اللبنة الأساسية: لا توجد بعد (لم تحدد مرحلة لأي مؤشر من مؤشراتها)
# An indicator whose answer gives no confidence.
report-confidence-none = درجة الثقة غير محددة

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = سياق التقييم
report-narrative-findings = النتائج الرئيسية
report-narrative-recommendations = التوصيات
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = تُستبعد المؤشرات التي لا تنطبق والمؤشرات غير المتوفرة على حد سواء من الدرجة المتوافقة مع GDHM. أثر هذا الاستبعاد:
report-na-effect = { $count ->
    [zero] { $block }: { $without } دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [one] { $block }: { $without } دون المؤشر { $codes }؛ ولو احتُسب في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [two] { $block }: { $without } دون المؤشرين { $codes }؛ ولو احتُسبا في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [few] { $block }: { $without } دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [many] { $block }: { $without } دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
   *[other] { $block }: { $without } دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
}
report-na-effect-unscored = { $count ->
    [zero] { $block }: لا درجة دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [one] { $block }: لا درجة دون المؤشر { $codes }؛ ولو احتُسب في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [two] { $block }: لا درجة دون المؤشرين { $codes }؛ ولو احتُسبا في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [few] { $block }: لا درجة دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
    [many] { $block }: لا درجة دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
   *[other] { $block }: لا درجة دون المؤشرات { $codes }؛ ولو احتُسبت في أدنى مرحلة (المرحلة 1) لكانت { $with }.
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = الاختصارات
report-method-acronyms-col-acronym = الاختصار
report-method-acronyms-col-meaning = المعنى
report-method-acronyms-others = وردت في نص الفريق أيضًا اختصارات لا تشرحها هذه القائمة: { $list }.
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = AI
acronym-ai-means = الذكاء الاصطناعي
acronym-api = API
acronym-api-means = واجهة برمجة التطبيقات
acronym-crvs = CRVS
acronym-crvs-means = التسجيل المدني والإحصاءات الحيوية
acronym-dhis2 = DHIS2
acronym-dhis2-means = برمجية المعلومات الصحية على مستوى المناطق، الإصدار 2 (DHIS2)
acronym-dhma = DHMA
acronym-dhma-means = تقييم نضج الصحة الرقمية، الأداة التي أعدّت هذا التقرير
acronym-ehr = EHR
acronym-ehr-means = السجل الصحي الإلكتروني
acronym-emr = EMR
acronym-emr-means = السجل الطبي الإلكتروني
acronym-fhir = FHIR
acronym-fhir-means = موارد التشغيل البيني السريع للرعاية الصحية، وهو معيار من معايير HL7
acronym-gdhm = GDHM
acronym-gdhm-means = المرصد العالمي للصحة الرقمية
acronym-gps = GPS
acronym-gps-means = النظام العالمي لتحديد المواقع
acronym-his = HIS
acronym-his-means = نظام المعلومات الصحية
acronym-hiv = HIV
acronym-hiv-means = فيروس العوز المناعي البشري
acronym-hl7 = HL7
acronym-hl7-means = المستوى الصحي السابع، مجموعة معايير لتبادل المعلومات الصحية
acronym-hmis = HMIS
acronym-hmis-means = نظام المعلومات الإدارية الصحية
acronym-hr = HR
acronym-hr-means = الموارد البشرية
acronym-icd = ICD
acronym-icd-means = التصنيف الدولي للأمراض
acronym-ict = ICT
acronym-ict-means = تكنولوجيا المعلومات والاتصالات
acronym-id = ID
acronym-id-means = وثيقة الهوية أو رقمها
acronym-itu = ITU
acronym-itu-means = الاتحاد الدولي للاتصالات
acronym-lmis = LMIS
acronym-lmis-means = نظام معلومات إدارة الإمدادات
acronym-moh = MoH
acronym-moh-means = وزارة الصحة
acronym-mpi = MPI
acronym-mpi-means = الفهرس الرئيسي للمرضى
acronym-na = NA
acronym-na-means = غير منطبق أو غير متاح: مؤشر بلا مرحلة، مستبعد من الدرجات
acronym-ngo = NGO
acronym-ngo-means = منظمة غير حكومية
acronym-uhc = UHC
acronym-uhc-means = التغطية الصحية الشاملة
acronym-who = WHO
acronym-who-means = منظمة الصحة العالمية

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = استبيان التقييم الوطني لنضج الصحة الرقمية
handout-running-header = الاستبيان · { $title }
handout-footer = استبيان للمشاركين – وليس نتيجة تقييم
handout-date = تاريخ حلقة العمل
handout-date-blank = تاريخ حلقة العمل:
handout-name = الاسم:
handout-organisation = الجهة والوظيفة:
handout-instructions = كيفية ملء هذا الاستبيان
handout-instruction-read = اقرؤوا سؤال كل مؤشر والمراحل الخمس التي تصفه، من { $first } إلى { $last }.
handout-instruction-tick = ضعوا علامة على المرحلة التي تصف وضع البلد اليوم على أفضل وجه، أو على «{ $na }» إن لم ينطبق المؤشر أو نقصت المعلومات.
handout-instruction-comment = اكتبوا في الإطار سبب اختيار تلك المرحلة، والوثائق أو الوقائع التي تدل عليها.
handout-instruction-last-round = يدل المربع المملوء على المرحلة المتفق عليها في الجولة السابقة، { $round } ({ $date }): بيّنوا ما تغيّر منذ ذلك الحين.
handout-instruction-sheet = انقلوا مراحلكم إلى ورقة الإجابات في النهاية وسلّموها إلى الميسِّر قبل حلقة العمل.
handout-last-round = الجولة السابقة، { $round } ({ $date }): { $phase }
handout-option = { $phase }: { $text }
handout-guidance = إرشادات
handout-evidence = أدلة قد تساعد:
handout-comment = تعليقكم وأدلتكم:
handout-sheet = ورقة الإجابات
handout-sheet-note = سطر لكل مؤشر: الاسم، والمؤشر، والمرحلة المختارة (من 1 إلى 5، أو NA)، والتعليق. الأعمدة هي أعمدة ملف التقديرات ({ $columns })، ليتمكن الميسِّر من إدخال الأوراق في جدول بيانات واستيرادها إلى DHMA.

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = التقدم في خريطة الطريق – { $title }
progress-date = تاريخ هذا التقرير
progress-signed = اعتُمد نهائيًا في { $date }، واعتمده { $approver }.
progress-check-verifies = ما زال رمز التحقق من التقييم المعتمد صحيحًا: إجاباته ودرجاته كما اعتُمدت.
progress-check-fails = رمز التحقق من التقييم المعتمد غير صحيح: تغيّر محتواه منذ الاعتماد.
progress-draft = هذا التقييم مسودة: ما زالت إجاباته ودرجاته قابلة للتغيير.
progress-by-status = الإجراءات حسب الحالة
progress-col-actions = عدد الإجراءات
progress-moved-since-report = ما تغيّر منذ تقرير التقدم السابق ({ $date })
progress-moved-since-signed = ما تغيّر منذ الاعتماد ({ $date })
progress-moved-since-created = ما تغيّر منذ بدء التقييم ({ $date })
progress-move = { $from } ← { $to }
progress-moved-none = لم تتغير حالة أي إجراء في هذه الفترة.
progress-col-when = التاريخ
progress-overdue = الإجراءات المتأخرة
progress-overdue-rule = يكون الإجراء متأخرًا إذا لم يُنجز ولم يُستبعد وانقضى إطاره الزمني محسوبًا من تاريخ التقييم (الأجل القصير سنة واحدة، والمتوسط 3 سنوات، والطويل 5 سنوات).
progress-overdue-none = لا يوجد إجراء متأخر.
progress-col-due = الموعد
progress-all = جميع الإجراءات، بحالتها وملاحظة تقدمها
progress-total = { $count ->
        [zero] لا توجد إجراءات في خريطة الطريق.
        [one] إجراء واحد في خريطة الطريق.
        [two] إجراءان في خريطة الطريق.
        [few] { $count } إجراءات في خريطة الطريق.
        [many] { $count } إجراءً في خريطة الطريق.
       *[other] { $count } إجراء في خريطة الطريق.
    }
progress-running-header = التقدم في خريطة الطريق · { $title }
progress-footer = تقرير التقدم بتاريخ { $date }
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = الملخص
export-sheet-indicators = المؤشرات
export-sheet-evidence = الأدلة
export-sheet-roadmap = خريطة الطريق
export-sheet-participants = المشاركون
export-sheet-ratings = التقييمات
export-sheet-dissent = الاعتراضات
export-sheet-changes = سجل التغييرات
export-col-item = البند
export-col-value = القيمة
export-col-mean = المتوسط
export-col-phase = المرحلة
export-col-target = المرحلة المستهدفة
export-col-code = الرمز
export-col-block = اللبنة الأساسية
export-col-title = المؤشر
export-col-current = المرحلة الحالية
export-col-target-year = السنة المستهدفة
export-col-gap = الفجوة (مراحل)
export-col-rationale = المسوِّغات
export-col-confidence = درجة الثقة
export-col-evidence-count = عدد الأدلة
export-col-ratings = عدد التقييمات
export-col-ratings-min = أدنى تقييم
export-col-ratings-median = التقييم الوسيط
export-col-ratings-max = أعلى تقييم
export-col-discuss = للنقاش
export-col-evidence = الدليل
export-col-reference = المرجع
export-col-action-line = خط العمل
export-col-from-phase = من المرحلة
export-col-to-phase = إلى المرحلة
export-col-action = الإجراء
export-col-monitoring = الرصد
export-col-timeframe = الإطار الزمني
export-col-responsible = الجهة المسؤولة
export-col-priority = الأولوية
export-col-cost = فئة التكلفة
export-col-status = الحالة
export-col-name = الاسم
export-col-organisation = الجهة
export-col-role = الدور
export-col-rater = المقيِّم
export-col-comment = التعليق
export-col-reason = السبب
export-col-time = الوقت (UTC)
export-col-actor = بواسطة
export-col-what = الحقل
export-col-subject = الموضوع
export-col-old = القيمة السابقة
export-col-new = القيمة الجديدة
export-row-country = البلد
export-row-round = الجولة
export-row-date = تاريخ التقييم
export-row-framework = الإطار
export-row-status = الحالة

report-roadmap-own-action = { $text } *
report-roadmap-legend = * إجراء من صياغة الفريق. أما الإجراءات التي لا تحمل هذه العلامة فمأخوذة من مكتبة نماذج الإجراءات في DHMA لكل خطوة بين المراحل، كما أبقاها الفريق أو عدّلها.
report-roadmap-cross-cutting-intro = إجراءات تخدم عدة مؤشرات في آن واحد، مصنّفة حسب اللبنة الأساسية.
report-roadmap-years = { $start }–{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = خط الأساس: { $value }
report-roadmap-target = المستهدف: { $value }
report-summary-priority-cross-cutting = إجراء شامل: { $action }
export-col-origin = المصدر
export-col-start-year = سنة البدء
export-col-end-year = سنة الانتهاء
export-col-budget = الميزانية التقديرية
export-col-currency = العملة
export-col-baseline = خط الأساس
export-col-monitoring-target = القيمة المستهدفة
export-col-progress = ملاحظة التقدم
progress-overdue-end-year = يكون الإجراء الذي حدّد له الفريق سنة انتهاء متأخرًا بمجرد انقضاء تلك السنة، أيًّا كان إطاره الزمني.

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = إنشاء التقييم
change-kind-assessment-finalised = اعتماد التقييم وتوقيعه
change-kind-benchmark = البلدان المقارَن بها
change-kind-dissent = اعتراض
change-kind-evidence-added = إضافة دليل
change-kind-evidence-removed = حذف دليل
change-kind-group = مجموعة
change-kind-group-deleted = حذف مجموعة
change-kind-merge-conflict = تعارض بين النسخ
change-kind-merge-resolved = حسم تعارض
change-kind-merge-set-aside = قيمة استُبعدت عند الدمج
change-kind-merge-taken = قيمة أُخذت من نسخة أخرى
change-kind-participants = المشاركون
change-kind-participants-added = إضافة مشاركين
change-kind-progress-reported = إعداد تقرير التقدم
change-kind-rating = تقييم
change-kind-ratings-imported = استيراد التقييمات
change-kind-response-reviewed = رُوجعت، دون تغيير
change-kind-roadmap-added = إضافة إجراء
change-kind-roadmap-carried = إجراء منقول من الجولة السابقة
change-kind-roadmap-deleted = حذف إجراء
change-kind-roadmap-regenerated = اقتراح إجراءات انطلاقًا من الفجوات
change-kind-roadmap-reordered = إعادة ترتيب الإجراءات
change-kind-round-carried-from = بدأت من الجولة السابقة
