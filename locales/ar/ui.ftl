# Texts of the desktop interface.

ui-app-title = تقييم نضج الصحة الرقمية
ui-skip-to-content = الانتقال إلى المحتوى
ui-nav-home = التقييمات
ui-nav-walk = التقييم
ui-nav-dashboard = لوحة المعلومات
ui-language = اللغة
ui-save-saving = جارٍ الحفظ…
ui-save-saved = حُفظت جميع التغييرات
ui-save-failed = لم يُحفظ – لا يزال التغيير الذي أجريتموه ظاهرًا على الشاشة
ui-loading = جارٍ التحميل…
ui-close = إغلاق
ui-cancel = إلغاء

ui-home-title = التقييمات
ui-home-intro = يقدّر كل تقييم درجات اللبنات الأساسية السبع لبيئة الصحة الرقمية الوطنية. افتحوا تقييمًا لمواصلة العمل عليه، أو ابدؤوا تقييمًا جديدًا.
ui-home-empty = لا توجد تقييمات بعد. ابدؤوا تقييمًا جديدًا أو افتحوا التقييم النموذجي.
ui-home-new = تقييم جديد
ui-home-sample = فتح التقييم النموذجي
ui-home-import = استيراد ملف…
ui-home-open = فتح
ui-home-export = تصدير ملف…
ui-home-delete = حذف
ui-home-col-country = البلد
ui-home-col-round = الجولة
ui-home-col-date = التاريخ
ui-home-col-status = الحالة
ui-home-col-completion = الإنجاز
ui-home-col-actions = الإجراءات
ui-delete-confirm = هل تريدون حذف التقييم { $name }؟ ستُحفظ نسخة احتياطية، ويمكنكم التراجع عن الحذف.
ui-deleted = حُذف التقييم { $name }. وحُفظت نسخة احتياطية في { $path }.
ui-undo = تراجع
ui-restored = استُعيد التقييم { $name }.
ui-imported = استُورد التقييم { $name }.
ui-exported = حُفظ التقييم في { $path }.
ui-file-filter = ملف تقييم DHMA

ui-new-title = تقييم جديد
ui-new-country = البلد
ui-new-round = الجولة
ui-new-round-hint = مثلًا: خط الأساس 2026، أو استعراض منتصف المدة 2028
ui-new-date = تاريخ التقييم
ui-new-facilitator = الميسِّر
ui-new-participants = المشاركون
ui-new-participants-hint = شخص واحد في كل سطر: الاسم؛ الجهة؛ الدور
ui-new-framework = الإطار
ui-new-language = لغة التقييم والتقرير
ui-new-create = إنشاء وبدء

ui-walk-blocks = اللبنات الأساسية والمؤشرات
ui-walk-completion = المؤشرات التي أُجيب عنها: { $answered } من { $total }
ui-walk-question = السؤال
ui-walk-guidance = إرشادات: ما الذي ينبغي فحصه، ومن ينبغي سؤاله
ui-walk-current = المرحلة الحالية
ui-walk-phase-keys = اختاروا بالمفاتيح من 1 إلى 5، أو بالمفتاح N لـ«لا ينطبق». المؤشر التالي: Page Down أو Alt+←؛ السابق: Page Up أو Alt+→.
ui-walk-not-applicable = لا ينطبق / غير متوفر
ui-walk-sub-indicator = مؤشر فرعي: تُجمع بياناته ويُبلَّغ عنها، ولكنه لا يُحتسب في الدرجات أبدًا.
ui-walk-target = المرحلة المستهدفة
ui-walk-target-none = لا توجد مرحلة مستهدفة
ui-walk-target-year = السنة المستهدفة
ui-walk-rationale = المسوِّغات
ui-walk-rationale-hint = لماذا هذه المرحلة؟ يلزم ذكر المسوِّغات قبل اعتماد التقييم بصيغته النهائية.
ui-walk-confidence = درجة الثقة
ui-walk-confidence-none = غير محددة
ui-walk-evidence = الأدلة
ui-walk-evidence-examples = أمثلة على الأدلة
ui-walk-evidence-title = الوثيقة أو القانون أو المصدر
ui-walk-evidence-reference = الرابط أو المرجع
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title } — { $reference }
ui-walk-evidence-add = إضافة دليل
ui-walk-evidence-remove = إزالة
ui-walk-evidence-none = لم تُسجَّل أي أدلة بعد.
ui-walk-previous = السابق
ui-walk-next = التالي
ui-walk-locked = هذا التقييم نهائي ولا يمكن تغييره.
ui-walk-state-answered = أُجيب عنه
ui-walk-state-na = لا ينطبق
ui-walk-state-empty = لم تتم الإجابة عنه
ui-walk-state-note = ({ $state })

ui-dash-title = لوحة المعلومات
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = اللبنات الأساسية: المراحل الحالية والمستهدفة
ui-dash-legend-current = الحالية
ui-dash-legend-target = المستهدفة
ui-dash-legend-previous = الجولة السابقة: { $round }
ui-dash-table = الدرجات حسب اللبنة الأساسية
ui-dash-col-block = اللبنة الأساسية
ui-dash-col-mean = المتوسط
ui-dash-col-phase = المرحلة
ui-dash-col-target = المستهدفة
ui-dash-col-scored = المؤشرات المحتسبة
ui-dash-excluded = المؤشرات غير المحتسبة
ui-dash-excluded-none = لكل مؤشر محتسب مرحلة محددة.
ui-dash-excluded-item = { $code } { $title }: { $reason }
ui-dash-completeness = الاكتمال
ui-dash-rule = كيفية احتساب الدرجات
ui-dash-gap-note = لا تحصل اللبنة الأساسية التي ليس لها أي إجابة محتسبة على درجة؛ ويترك الرسم البياني فجوة في موضعها بدلًا من رسم صفر.

# Roadmap screen.
ui-nav-roadmap = خريطة الطريق
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = إجراءات مقترحة لكل فجوة بين المرحلة الحالية والمرحلة المستهدفة، مجمّعة حسب خط العمل. عدّلوها أو أعيدوا ترتيبها أو استبعدوها؛ وتُحفظ تعديلاتكم عند اقتراح خريطة الطريق من جديد.
ui-road-regenerate = اقتراح إجراءات انطلاقًا من الفجوات
ui-road-regenerated = { $count ->
        [zero] لا تتضمن خريطة الطريق الآن أي إجراء.
        [one] تتضمن خريطة الطريق الآن إجراءً واحدًا.
        [two] تتضمن خريطة الطريق الآن إجراءين.
        [few] تتضمن خريطة الطريق الآن { $count } إجراءات.
        [many] تتضمن خريطة الطريق الآن { $count } إجراءً.
       *[other] تتضمن خريطة الطريق الآن { $count } إجراء.
    } وقد حُفظت تعديلاتكم.
ui-road-empty = لا توجد إجراءات بعد. حدّدوا مراحل مستهدفة أعلى من المراحل الحالية، ثم اقترحوا إجراءات انطلاقًا من الفجوات.
ui-road-action = الإجراء
ui-road-monitoring = مؤشر الرصد
ui-road-step = المؤشر والخطوة
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = الإطار الزمني
ui-road-responsible = الجهة المسؤولة
ui-road-priority = الأولوية
ui-road-cost = فئة التكلفة
ui-road-status = الحالة
ui-road-edited = عدّله الفريق
ui-road-up = نقل إلى الأعلى
ui-road-down = نقل إلى الأسفل

# PDF report.
ui-report-export = تصدير التقرير بصيغة PDF…
ui-report-working = جارٍ إعداد التقرير بصيغة PDF…
ui-report-written = حُفظ التقرير ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [zero] { $pages } صفحة
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }) في { $path }.
ui-report-open = فتح التقرير

ui-home-backups = النسخ الاحتياطية…
ui-backups-title = النسخ الاحتياطية
ui-backups-intro = يأخذ DHMA نسخة احتياطية من ملف التقييمات قبل كل ترقية، وعند كل إنهاء، وكل ساعة أثناء حفظ الإجابات. تُحفظ أحدث { $keep } نسخ، أما النسخ المأخوذة عند الإنهاء فلا تُحذف تلقائيًا أبدًا. المجلد: { $dir }
ui-backups-col-time = وقت الإنشاء (UTC)
ui-backups-col-reason = السبب
ui-backups-col-assessments = التقييمات
ui-backups-col-size = الحجم
ui-backups-size = { $kib } KiB
ui-backups-restore = استعادة
ui-backups-restore-confirm = هل تريدون استعادة النسخة الاحتياطية المأخوذة في { $time }؟ تُؤخذ أولًا نسخة من ملف التقييمات بحالته الحالية، فلا يضيع شيء.
ui-backups-restored = استُعيدت النسخة الاحتياطية. حُفظت الحالة السابقة لها مباشرة في النسخة الاحتياطية المأخوذة في { $time }.
ui-backups-empty = لا توجد نسخ احتياطية بعد.
ui-recovery-title = تعذّر فتح ملف التقييمات
ui-recovery-choose = يمكنكم استعادة إحدى نسخه الاحتياطية، أو بدء ملف جديد فارغ. وفي الحالتين يُحفظ الملف الذي تعذّر فتحه دون تغيير في مجلد النسخ الاحتياطية.
ui-recovery-new = بدء ملف جديد
ui-recovery-new-confirm = هل تريدون بدء ملف تقييمات جديد فارغ؟ سيُحفظ الملف الذي تعذّر فتحه دون تغيير في مجلد النسخ الاحتياطية.
ui-recovery-new-done = بدأ ملف تقييمات جديد فارغ. حُفظ الملف الذي تعذّر فتحه دون تغيير باسم { $aside } في { $dir }.
ui-recovery-restored = استُعيدت النسخة الاحتياطية. حُفظ الملف الذي تعذّر فتحه دون تغيير باسم { $aside }.
ui-recovery-retry = إعادة المحاولة

ui-signoff-title = الاعتماد
ui-signoff-intro = يؤدي الإنهاء إلى قفل التقييم: لا يمكن بعده تغيير إجاباته، ويُعطى رمز تحقق (يبيّن هل عُدِّل بعد ذلك)، وتُحفظ منه نسخة احتياطية لا تُحذف تلقائيًا أبدًا. يحتاج كل مؤشر محتسب أولًا إلى مرحلة (أو «لا ينطبق») وإلى مبرِّر.
ui-signoff-name = اسم المعتمِد
ui-signoff-role = الصفة
ui-signoff-government = معتمد من الحكومة
ui-signoff-finalise = إنهاء التقييم
ui-signoff-confirm = هل تريدون إنهاء هذا التقييم؟ لن يمكن تغييره بعد ذلك.
ui-signoff-done = أُنهي التقييم وقُفل. لن تُحذف نسخته الاحتياطية تلقائيًا أبدًا: { $backup }.
ui-signoff-approver = { $name } ({ $role })
ui-signoff-finalised = أُنهي في { $date } من قِبل { $approver }. رمز التحقق { $fingerprint }…
ui-signoff-finalised-government = أُنهي في { $date } من قِبل { $approver }. معتمد من الحكومة. رمز التحقق { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = مجهول
ui-workshop-na = لا ينطبق
ui-workshop-na-short = غ.م
ui-workshop-phase = المرحلة { $phase }
ui-workshop-bar = { $label }: { $count ->
        [zero] لا تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييمًا
       *[other] { $count } تقييم
    }
ui-workshop-summary = { $count ->
        [zero] لا تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييمًا
       *[other] { $count } تقييم
    }، من المرحلة { $min } إلى المرحلة { $max }، الوسيط { $median }{ $na ->
        [0] {""}
        [one] ؛ «لا ينطبق» واحد
        [two] ؛ «لا ينطبق»: { $na }
        [few] ؛ «لا ينطبق»: { $na }
        [many] ؛ «لا ينطبق»: { $na }
       *[other] ؛ «لا ينطبق»: { $na }
    }
ui-workshop-summary-none = لم تُعطَ أي مرحلة بعد{ $na ->
        [0] {""}
        [one] ؛ «لا ينطبق» واحد
        [two] ؛ «لا ينطبق»: { $na }
        [few] ؛ «لا ينطبق»: { $na }
        [many] ؛ «لا ينطبق»: { $na }
       *[other] ؛ «لا ينطبق»: { $na }
    }
ui-workshop-discuss = للنقاش: تتباعد التقييمات بمرحلتين أو أكثر.
ui-workshop-proposed = المرحلة المقترحة: { $phase } (الوسيط مقرَّبًا إلى الأدنى)
ui-workshop-ratings = تقييمات الحاضرين
ui-groups = المجموعات
ui-group-tag = مجموعة
ui-group-name = اسم المجموعة
ui-group-members = الأعضاء
ui-group-blocks = اللبنات الأساسية التي تقيّمها (اختياري)
ui-group-create = إنشاء المجموعة
ui-group-delete = حذف
ui-group-none = لا توجد مجموعات عمل بعد.
ui-ratings-import = استيراد التقييمات…
ui-ratings-file-filter = التقييمات (CSV)
ui-ratings-preview-title = التقييمات المراد استيرادها
ui-ratings-preview = { $count ->
        [zero] لا تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييمًا
       *[other] { $count } تقييم
    } { $indicators ->
        [one] لمؤشر واحد.
        [two] لمؤشرين.
        [few] لـ { $indicators } مؤشرات.
        [zero] لأي مؤشر.
        [many] لـ { $indicators } مؤشرًا.
       *[other] لـ { $indicators } مؤشر.
    }
ui-ratings-preview-new = { $count ->
        [one] مشارك جديد: { $names }
        [zero] مشاركون جدد ({ $count }): { $names }
        [two] مشاركون جدد ({ $count }): { $names }
        [few] مشاركون جدد ({ $count }): { $names }
        [many] مشاركون جدد ({ $count }): { $names }
       *[other] مشاركون جدد ({ $count }): { $names }
    }
ui-ratings-preview-known = كل الأسماء لمشاركين موجودين.
ui-ratings-confirm = استيراد هذه التقييمات
ui-ratings-imported = { $count ->
        [zero] لم يُستورد أي تقييم.
        [one] استُورد تقييم واحد.
        [two] استُورد تقييمان.
        [few] استُوردت { $count } تقييمات.
        [many] استُورد { $count } تقييمًا.
       *[other] استُورد { $count } تقييم.
    }
ui-workshop-by-person = حسب الشخص
ui-workshop-participant = المشارك
ui-workshop-rating = التقييم
ui-workshop-comment = تعليق (اختياري)
ui-workshop-rating-keys = اكتبوا من 1 إلى 5، أو N لغير منطبق؛ مفتاح الحذف يمسح. مفاتيح الأسهم و Tab تنقل بين الأشخاص. يُحفظ كل تغيير فورًا.
ui-workshop-by-tally = حسب العدّ (بطاقات بلا أسماء)
ui-workshop-tally-hint = عدد البطاقات التي أظهرت كل مرحلة. يُحفظ كل تغيير فورًا ويحل محل التقييمات غير المسماة لهذا المؤشر.
ui-workshop-distribution = توزيع التقييمات
ui-workshop-agreed = المرحلة المتفق عليها
ui-workshop-agreed-none = لم يُتفق عليها بعد
ui-workshop-note = ملاحظة التوافق
ui-workshop-note-required = التقييمات متباعدة: اكتبوا لماذا اتفق الحاضرون على هذه المرحلة.
ui-workshop-agree = اتفاق
ui-workshop-dissent = الاعتراض
ui-workshop-dissent-none = لا يوجد اعتراض مسجَّل.
ui-workshop-dissent-who = من يعترض
ui-workshop-dissent-reason = السبب
ui-workshop-dissent-add = تسجيل الاعتراض
ui-workshop-dissent-remove = إزالة
ui-dash-spread = تشتت التقييمات
ui-dash-spread-legend = يمتد كل خط من أدنى تقييم إلى أعلاه؛ الدائرة هي الوسيط والمعيّن هو المرحلة المتفق عليها؛ الصفوف الحمراء للنقاش.
ui-workshop-to-discuss = مؤشرات للنقاش
ui-workshop-to-discuss-none = لا يوجد مؤشر تتباعد تقييماته بمرحلتين أو أكثر.
ui-projector-open = العرض على جهاز العرض
ui-projector-leave = خروج (Escape)
ui-projector-keys = الأسهم: المؤشر السابق أو التالي. من 1 إلى 5 أو N: إبراز مرحلة للحاضرين (لا يُسجَّل شيء). Escape: خروج.

# Rounds that start from the last one (issue 12).
ui-walk-carried = منقولة من الجولة السابقة، لم تُراجَع
ui-walk-state-note-carried = ({ $state }، منقولة من الجولة السابقة، لم تُراجَع)
ui-walk-reviewed = رُوجعت، دون تغيير
ui-walk-change-note = ما الذي تغيّر منذ الجولة الأخيرة؟
ui-walk-change-note-save = حفظ المرحلة مع هذه الملاحظة
ui-round-next = بدء الجولة التالية
ui-round-intro = تبدأ الجولة الجديدة من آخر جولة لهذا البلد: مراحلها والمراحل المستهدفة والمسوِّغات والأدلة وبنود خريطة الطريق المفتوحة والسياق المكتوب للتقرير، مع وسم كل إجابة بـ«منقولة، لم تُراجَع». أما المشاركون والتقديرات الفردية وملاحظات التوافق والنتائج الرئيسية والتوصيات فتبدأ فارغة.
ui-round-name = اسم الجولة الجديدة
ui-round-name-hint = اتركه فارغًا لاستخدام سنة تاريخها
ui-round-date = تاريخ الجولة الجديدة
ui-round-start = بدء الجولة
ui-round-started = بدأت { $title } انطلاقًا من { $from }: { $count ->
    [zero] لم تُنقل أي إجابة
    [one] نُقلت إجابة واحدة
    [two] نُقلت إجابتان
    [few] نُقلت { $count } إجابات
    [many] نُقلت { $count } إجابة
   *[other] نُقلت { $count } إجابة
}، وتجب مراجعة كل منها.
ui-home-carried = { $count ->
    [zero] لا توجد إجابات منقولة غير مُراجَعة
    [one] إجابة واحدة منقولة، لم تُراجَع
    [two] إجابتان منقولتان، لم تُراجَعا
    [few] { $count } إجابات منقولة، لم تُراجَع
    [many] { $count } إجابة منقولة، لم تُراجَع
   *[other] { $count } إجابة منقولة، لم تُراجَع
}
ui-changes-open = ما الذي تغيّر منذ الجولة الأخيرة
ui-changes-back = العودة إلى لوحة المعلومات
ui-changes-blocks = اللبنات الأساسية
## نسخ التقييم: دمج الملفات، التعارضات، مجموعات العمل (المسألة 12)
ui-conflicts-title = التعارضات
ui-conflicts-intro = غُيّرت هذه الحقول على هذا الحاسوب وفي ملف مستورد إلى قيم مختلفة. لكل حقل، احتفظوا بإحدى القيمتين أو اكتبوا قيمة أخرى: تبقى القيمة غير المختارة في سجل التغييرات.
ui-conflicts-none = لا توجد تعارضات في الانتظار: دُمج كل ما في الملفات.
ui-conflicts-open = حسم التعارضات
ui-conflicts-local = على هذا الحاسوب
ui-conflicts-incoming = في الملف
ui-conflicts-keep-local = الاحتفاظ بقيمة هذا الحاسوب
ui-conflicts-take-incoming = أخذ قيمة الملف
ui-conflicts-write = كتابة قيمة أخرى
ui-conflicts-value = قيمة أخرى
ui-conflicts-value-hint = المرحلة: من 1 إلى 5، أو NA لغير المنطبق. الثقة: low أو medium أو high. السنة: 2030. التاريخ: 2026-11-30.
ui-conflicts-confirm = استخدام هذه القيمة
ui-conflicts-back = العودة إلى لوحة المعلومات
ui-conflicts-waiting = { $count ->
        [one] تعارض واحد ناتج عن دمج الملفات ينتظر قرارًا.
        [two] تعارضان ناتجان عن دمج الملفات ينتظران قرارًا.
        [few] { $count } تعارضات ناتجة عن دمج الملفات تنتظر قرارًا.
        [zero] لا يوجد تعارض ينتظر قرارًا.
        [many] { $count } تعارضًا ناتجًا عن دمج الملفات ينتظر قرارًا.
       *[other] { $count } تعارض ناتج عن دمج الملفات ينتظر قرارًا.
    }
ui-conflict-settled = حُسم. { $count ->
        [0] لم يبقَ أي تعارض.
        [one] بقي تعارض واحد.
        [two] بقي تعارضان.
        [few] بقيت { $count } تعارضات.
        [many] بقي { $count } تعارضًا.
       *[other] بقي { $count } تعارض.
    }
ui-export-group = تصدير لمجموعة…
ui-export-group-choose = المجموعة
ui-export-group-none = لا توجد مجموعات عمل بعد: أنشئ مجموعة في صفحة أحد المؤشرات، تحت «المجموعات».
ui-exported-for-group = حُفظ ملف المجموعة { $group } ({ $blocks ->
        [0] كل اللبنات الأساسية
        [one] لبنة أساسية واحدة
        [two] لبنتان أساسيتان
        [few] { $blocks } لبنات أساسية
        [many] { $blocks } لبنة أساسية
       *[other] { $blocks } لبنة أساسية
    }) في { $path }.
ui-breakout-banner = ملف مجموعة العمل { $group }: { $blocks }.
ui-breakout-banner-all = ملف مجموعة العمل { $group }: كل اللبنات الأساسية.
ui-date-hint = اليوم/الشهر/السنة، مثل 02/12/2026
ui-dash-target-note = المؤشر الذي له مرحلة دون مرحلة مستهدفة يُحتسب بمرحلته الحالية مرحلةً مستهدفة (لا تغيير مخطط له).
ui-participants-edit = تعديل المشاركين
ui-participants-save = حفظ المشاركين
ui-participants-saved = حُفظت قائمة المشاركين.

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = الدرجة الحالية (متوسط المؤشرات)
ui-chart-legend-target-phase = المرحلة المستهدفة (كما في الجدول)
ui-chart-bars-title = اللبنات الأساسية: الدرجة الحالية والمرحلة المستهدفة
ui-chart-scale-note = الحلقات: المراحل من 1 إلى 5

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = النتائج والتوصيات
ui-narratives-intro = تُطبع في التقرير: السياق والنتائج والتوصيات العامة في الملخص التنفيذي، ونتائج كل لبنة أساسية وتوصياتها في بداية قسمها. يُحفظ النص أثناء الكتابة.
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = أيهما؟
ui-walk-na-not-applicable = لا ينطبق: المؤشر لا ينطبق هنا
ui-walk-na-not-available = غير متوفر: المؤشر ينطبق، لكن البيانات ناقصة

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = حُفظ الاستبيان ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [zero] { $pages } صفحة
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }) في { $path }.
ui-handout-export = طباعة الاستبيان…
ui-handout-prefill = مع مراحل الجولة السابقة
ui-handout-working = جارٍ إعداد الاستبيان…
ui-handout-open = فتح الاستبيان
ui-handout-hint = الاستبيان الذي يوزَّع قبل حلقة العمل: كل سؤال بمراحله الخمس، ومربعات للتأشير، وورقة إجابات.

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = ملاحظة التقدم
ui-road-follow-up = نهائي: تبقى الإجابات والدرجات والإجراءات كما اعتُمدت. وتبقى حالة كل إجراء وملاحظة تقدمه قابلة للتحديث لمتابعة خريطة الطريق.
# Export… and Import answers… on the dashboard.
export-format-dhma = ملف التقييم (.dhma.json)
export-format-xlsx = مصنف Excel ‏(.xlsx)
export-format-csv = جدول المؤشرات (.csv)
export-format-json = التقييم والدرجات (.json)
ui-export = تصدير…
ui-export-title = تصدير التقييم
ui-export-format = الصيغة
ui-export-excel = لبرنامج Microsoft Excel (مع علامة ترتيب البايتات، ليقرأ Excel النص بترميز UTF-8)
ui-export-choose = اختيار مكان الحفظ…
ui-import-answers = استيراد الإجابات…
ui-import-answers-title = إجابات من جدول بيانات
ui-import-answers-hint = ورقة المؤشرات من مصنف مُصدَّر، أو ملف CSV الخاص بها، بعد ملئها: تُعرَف الأعمدة من عناوينها بأي لغة؛ والخلية الفارغة تترك الإجابة كما هي.
ui-import-answers-confirm = حفظ هذه التغييرات
ui-import-answers-filter = جداول البيانات (.xlsx, .csv)
ui-gdhm-export = تصدير إلى GDHM…
ui-gdhm-title = ملف التحميل إلى GDHM
ui-gdhm-intro = يطلب التحميل إلى GDHM هذه البيانات. وهي تُحفظ مع التقييم.
ui-gdhm-save-export = حفظ وتصدير…
ui-gdhm-required = مطلوب
ui-gdhm-exported = كُتب ملف التحميل إلى GDHM.
ui-benchmark = مقارنة ببلدان…
ui-benchmark-title = المقارنة ببلدان أخرى
ui-benchmark-intro = اختاروا ملف بيانات مصدّرًا من GDHM، ثم البلدان التي يعرض الرسم الراداري والتقرير متوسطها.
ui-benchmark-choose-file = اختيار ملف بيانات مصدّر من GDHM…
ui-benchmark-label = اسم هذه المجموعة (مثل إقليم؛ اختياري)
ui-benchmark-store = مقارنة
ui-benchmark-remove = إزالة المرجع

export-format-gdhm-csv = ملف التحميل إلى GDHM ‏(.csv)
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = حفظ المخطط…
ui-chart-save-radar = حفظ مخطط الرادار كصورة (PNG أو SVG)
ui-chart-save-bars = حفظ المخطط الشريطي كصورة (PNG أو SVG)
ui-chart-saved = حُفظ المخطط في { $path }.
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = تصدير التقرير بصيغة قابلة للتحرير (Word)…
ui-report-docx-working = جارٍ إعداد التقرير بصيغة قابلة للتحرير (Word)…
ui-report-docx-written = حُفظ التقرير القابل للتحرير (مستند Word) في { $path }.
ui-about = حول البرنامج
ui-move-title = النقل إلى حاسوب آخر
ui-move-intro = جميع تقييمات هذا الحاسوب في ملف واحد: انسخوه إلى الحاسوب الجديد (تكفي ذاكرة USB) واستوردوه هناك. التقييم الموجود هناك مسبقًا يُدمج ولا يُستبدل أبدًا؛ وإذا رُفض أي جزء من الملف فلا يُحفظ شيء.
ui-move-export = حفظ جميع التقييمات في ملف واحد…
ui-move-import = استيراد ملف نقل…
ui-move-filter = ملف نقل DHMA

ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = بلا خطوة
ui-road-add = إضافة إجراء
ui-road-add-intro = إجراء من وضعكم، لمؤشر واحد أو لعدة مؤشرات (إجراء شامل). يشير التقرير إلى أنه من صياغة الفريق.
ui-road-add-where = يخصّ
ui-road-add-cross = شامل (دون مؤشر بعينه)
ui-road-add-line = خط العمل
ui-road-add-block = اللبنة الأساسية
ui-road-add-step = الخطوة
ui-road-add-text = ما الذي سيُنجَز
ui-road-add-submit = أضيفوا الإجراء
ui-road-added = أُضيف الإجراء إلى خارطة الطريق.
ui-road-delete = حذف
ui-road-deleted = حُذف الإجراء.
ui-road-start-year = سنة البدء
ui-road-end-year = سنة الانتهاء
ui-road-budget = الميزانية التقديرية
ui-road-currency = العملة (رمز ISO)
ui-road-budget-hint = بالأرقام، بخانتين عشريتين على الأكثر، مع الأحرف الثلاثة للعملة (مثلًا 250000 USD).
ui-road-baseline = خط الأساس
ui-road-target = القيمة المستهدفة
ui-road-progress-report = تقرير التقدم…
ui-road-progress-written = حُفظ تقرير التقدم ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [zero] { $pages } صفحة
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }) في { $path }.
