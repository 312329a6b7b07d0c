# Texts of the dhma command line.

cli-about = إجراء التقييمات الوطنية لنضج الصحة الرقمية واحتساب درجاتها.
cli-error = خطأ
cli-frameworks-title = الأطر
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = اللبنات الأساسية: { $blocks }، المؤشرات المحتسبة: { $scored }، المؤشرات الفرعية: { $sub }، إجراءات خريطة الطريق: { $actions }
cli-languages = اللغات: { $list }
cli-validate-ok = الإطار { $id } { $version } صالح: عدد النصوص التي جرى التحقق منها في كل لغة: { $keys }، وعدد اللغات: { $langs }.
cli-score-title = الدرجات: { $framework } { $version }
cli-score-col-block = اللبنة الأساسية
cli-score-col-mean = المتوسط
cli-score-col-phase = المرحلة
cli-score-col-scored = المحتسبة
cli-score-col-excluded = المستبعدة
cli-exported = تم تصدير التقييم { $country } – { $round } إلى { $path }.
cli-imported = تم استيراد التقييم { $country } – { $round } (المعرِّف { $id }).
cli-demo-created = التقييم النموذجي { $country } – { $round } جاهز (المعرِّف { $id }).
cli-demo-exists = التقييم النموذجي { $country } – { $round } موجود بالفعل في قاعدة البيانات (المعرِّف { $id }).
cli-list-empty = لا توجد تقييمات بعد. شغِّل الأمر «dhma demo» لإضافة التقييم النموذجي.
cli-list-title = التقييمات الموجودة في { $path }
cli-list-line = { $id }  { $country } – { $round }  { $date }  { $status }  الإجابات: { $answered }/{ $total }
cli-report-written = كُتب التقرير ({ $pages } صفحة) في { $path }.
