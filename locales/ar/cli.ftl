# Texts of the dhma command line.

cli-about = إجراء التقييمات الوطنية لنضج الصحة الرقمية واحتساب درجاتها.
cli-error = خطأ: { $message }
cli-score-excluded-item = { $code } ({ $reason })
cli-compare-round = { $round } ({ $date })
cli-frameworks-title = الأطر
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = اللبنات الأساسية: { $blocks }، المؤشرات المحتسبة: { $scored }، المؤشرات الفرعية: { $sub }، إجراءات خريطة الطريق: { $actions }
cli-languages = اللغات: { $list }
cli-language-item = { $code } ({ $name })
cli-validate-ok = الإطار { $id } { $version } صالح: عدد النصوص التي جرى التحقق منها في كل لغة: { $keys }، وعدد اللغات: { $langs }.
cli-score-title = الدرجات: { $framework } { $version }
cli-score-col-block = اللبنة الأساسية
cli-score-col-mean = المتوسط
cli-score-col-phase = المرحلة
cli-score-col-scored = المحتسبة
cli-score-col-excluded = المستبعدة
cli-exported = تم تصدير التقييم { $title } إلى { $path }.
cli-imported = تم استيراد التقييم { $title } (المعرِّف { $id }).
cli-demo-created = التقييم النموذجي { $title } جاهز (المعرِّف { $id }).
cli-demo-exists = التقييم النموذجي { $title } موجود بالفعل في قاعدة البيانات (المعرِّف { $id }).
cli-list-empty = لا توجد تقييمات بعد. شغِّل الأمر «dhma demo» لإضافة التقييم النموذجي.
cli-list-title = التقييمات الموجودة في { $path }
cli-list-line = { $id }  { $title }  { $date }  { $status }  الإجابات: { $answered }/{ $total }
cli-report-written = كُتب التقرير ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [zero] { $pages } صفحة
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }) في { $path }.
cli-backups-empty = لا توجد نسخ احتياطية بعد. يُنشئ DHMA نسخة قبل كل ترقية، وعند كل إنهاء، وكل ساعة أثناء حفظ الإجابات.
cli-backups-title = النسخ الاحتياطية في { $dir } (الأحدث أولًا):
cli-backup-line = { $name }  { $reason }  التقييمات: { $assessments }  { $kib } KiB
cli-restored = استُعيدت النسخة الاحتياطية { $name }. حُفظت قاعدة البيانات كما كانت قبل ذلك مباشرة في النسخة الاحتياطية { $before }.
cli-restored-aside = استُعيدت النسخة الاحتياطية { $name }. حُفظت قاعدة البيانات التي تعذّر فتحها دون تغيير باسم { $aside }.
cli-finalised = أُنهي التقييم { $title } وقُفل (رمز التحقق { $fingerprint }). النسخة الاحتياطية المحفوظة: { $backup }.
cli-compare-title = { $country }: عدد الجولات { $count }، متوسط المرحلة لكل لبنة أساسية، من الأقدم إلى الأحدث

cli-ratings-imported = { $count ->
        [zero] لم يُستورد أي تقييم.
        [one] استُورد تقييم واحد.
        [two] استُورد تقييمان.
        [few] استُوردت { $count } تقييمات.
        [many] استُورد { $count } تقييمًا.
       *[other] استُورد { $count } تقييم.
    }
cli-ratings-added = { $count ->
        [one] أُضيف مشاركًا جديدًا: { $names }
        [zero] أُضيفوا مشاركين جددًا ({ $count }): { $names }
        [two] أُضيفوا مشاركين جددًا ({ $count }): { $names }
        [few] أُضيفوا مشاركين جددًا ({ $count }): { $names }
        [many] أُضيفوا مشاركين جددًا ({ $count }): { $names }
       *[other] أُضيفوا مشاركين جددًا ({ $count }): { $names }
    }
cli-ratings-col-indicator = المؤشر
cli-ratings-col-count = التقييمات
cli-ratings-col-min = الأدنى
cli-ratings-col-median = الوسيط
cli-ratings-col-max = الأعلى
cli-ratings-col-counts = المراحل 1–5، لا ينطبق
cli-ratings-col-agreed = المتفق عليها
cli-ratings-col-discuss = للنقاش
cli-ratings-na = لا ينطبق
cli-ratings-discuss = للنقاش

## Merging copies of an assessment (issue 12)
cli-exported-for-group = تم تصدير التقييم { $title } للمجموعة { $group } ({ $blocks ->
    [0] جميع اللبنات الأساسية
    [one] لبنة أساسية واحدة
    [two] لبنتان أساسيتان
    [few] { $blocks } لبنات أساسية
    [many] { $blocks } لبنة أساسية
   *[other] { $blocks } لبنة أساسية
}) إلى { $path }.
cli-conflicts-hint = توجد تعارضات بانتظار قرار: اعرضوها بالأمر «dhma conflicts { $id }»، ثم احسموا كلًّا منها بالأمر «dhma resolve».
cli-conflicts-none = لا يوجد أي تعارض بانتظار قرار.
cli-conflicts-count = { $count ->
    [zero] لا يوجد أي تعارض بانتظار قرار.
    [one] يوجد تعارض واحد بانتظار قرار.
    [two] يوجد تعارضان بانتظار قرار.
    [few] توجد { $count } تعارضات بانتظار قرار.
    [many] يوجد { $count } تعارضًا بانتظار قرار.
   *[other] يوجد { $count } تعارض بانتظار قرار.
}
cli-conflict-heading = { $label } (dhma resolve … { $indicator } { $field })
cli-conflict-local = هنا: { $value } – { $changed }
cli-conflict-incoming = في الملف: { $value } – { $changed }
cli-resolved = حُسم التعارض. { $count ->
    [0] لم يتبقَّ أي تعارض.
    [one] تبقّى تعارض واحد.
    [two] تبقّى تعارضان.
    [few] تبقّت { $count } تعارضات.
    [many] تبقّى { $count } تعارضًا.
   *[other] تبقّى { $count } تعارض.
}
# Rounds that start from the last one (issue 12).
cli-round-started = بدأت { $title } (المعرّف { $id }) انطلاقًا من { $from }: { $count ->
    [zero] لم تُنقل أي إجابة
    [one] نُقلت إجابة واحدة
    [two] نُقلت إجابتان
    [few] نُقلت { $count } إجابات
    [many] نُقلت { $count } إجابة
   *[other] نُقلت { $count } إجابة
}، وتجب مراجعة كل منها.
cli-round-from-latest = { $asked } ليست آخر جولة لبلدها: تبدأ الجولة الجديدة من آخر جولة، { $from }.
cli-changes-block = { $name }: المتوسط { $mean }؛ { $phase }؛ { $target } ({ $direction })
cli-changes-indicator = { $label }: { $phase }؛ { $target } ({ $direction })

cli-handout-written = كُتب الاستبيان ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [zero] { $pages } صفحة
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }) في { $path }.

cli-progress-written = كُتب تقرير التقدم ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [zero] { $pages } صفحة
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }) في { $path }.
cli-exported-all = { $count ->
    [zero] لم يُصدَّر أي تقييم إلى { $path }.
    [one] صُدِّر تقييم واحد إلى { $path }.
    [two] صُدِّر تقييمان إلى { $path }.
    [few] صُدِّرت { $count } تقييمات إلى { $path }.
    [many] صُدِّر { $count } تقييمًا إلى { $path }.
   *[other] صُدِّر { $count } تقييم إلى { $path }.
}
cli-reports-written = { $count ->
    [zero] لم يُكتب أي تقرير في { $path }.
    [one] كُتب تقرير واحد في { $path }.
    [two] كُتب تقريران في { $path }.
    [few] كُتبت { $count } تقارير في { $path }.
    [many] كُتب { $count } تقريرًا في { $path }.
   *[other] كُتب { $count } تقرير في { $path }.
}
cli-exported-gdhm = صُدِّر ملف التحميل إلى GDHM للتقييم { $title } إلى { $path }.
cli-benchmark-imported = { $count ->
    [zero] حُفظ المرجع «{ $label }» (بلا بلدان).
    [one] حُفظ المرجع «{ $label }» (بلد واحد).
    [two] حُفظ المرجع «{ $label }» (بلدان اثنان).
    [few] حُفظ المرجع «{ $label }» ({ $count } بلدان).
    [many] حُفظ المرجع «{ $label }» ({ $count } بلدًا).
   *[other] حُفظ المرجع «{ $label }» ({ $count } بلد).
}
cli-benchmark-cleared = أُزيل المرجع.
# dhma chart
cli-chart-written = حُفظ المخطط في { $path }.
cli-report-docx-written = كُتب التقرير القابل للتحرير (مستند Word) في { $path }.
