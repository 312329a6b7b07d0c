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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = درجة هذه اللبنة الأساسية: المتوسط { $mean }، { $phase }؛ المستهدف: { $target }
report-block-score-none = درجة هذه اللبنة الأساسية: لا توجد بعد (لم تحدد مرحلة لأي مؤشر من مؤشراتها)
# An indicator whose answer gives no confidence.
report-confidence-none = درجة الثقة غير محددة
