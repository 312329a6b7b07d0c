# Framework-level texts of who-itu-gdhm: name, building blocks, action lines, responsible bodies.

gdhm-name = الإطار الوطني لنضج الصحة الرقمية (اللبنات الأساسية لمنظمة الصحة العالمية والاتحاد الدولي للاتصالات، متوافق مع GDHM)
gdhm-description = ثلاثة وعشرون مؤشرًا محتسبًا وثمانية مؤشرات فرعية موزعة على اللبنات الأساسية السبع لمجموعة أدوات الاستراتيجية الوطنية للصحة الإلكترونية الصادرة عن منظمة الصحة العالمية والاتحاد الدولي للاتصالات، وتُقدَّر درجاتها على خمس مراحل كما في المرصد العالمي للصحة الرقمية.

gdhm-block-leadership-governance = القيادة والحوكمة
gdhm-block-leadership-governance-description = كيفية توجيه البلد للصحة الرقمية: من يتخذ القرار، وكيف تندرج الصحة الرقمية في الخطط الوطنية، وكيف تُحكَم مسائل الإنصاف والتكنولوجيات الناشئة.
gdhm-block-strategy-investment = الاستراتيجية والاستثمار
gdhm-block-strategy-investment-description = مدى وجود استراتيجية وطنية للصحة الرقمية مقترنة بخطة محددة التكاليف، وكيفية استدامتها بالأموال العامة والخاصة.
gdhm-block-legislation-policy-compliance = التشريعات والسياسات والامتثال
gdhm-block-legislation-policy-compliance-description = القوانين والقواعد التي تحمي البيانات الصحية، وتنظّم تبادلها، وتضبط منتجات الصحة الرقمية وخدماتها.
gdhm-block-workforce = القوى العاملة
gdhm-block-workforce-description = كيفية تدريب العاملين الصحيين والمتخصصين في الصحة الرقمية وتوظيفهم وتوفير مسارات وظيفية لهم.
gdhm-block-standards-interoperability = المعايير والتشغيل البيني
gdhm-block-standards-interoperability-description = البنية الوطنية والمعايير التي تتيح لنظم المعلومات الصحية تبادل البيانات فيما بينها.
gdhm-block-infrastructure = البنية التحتية
gdhm-block-infrastructure-description = الاتصال بالشبكات والمعدات والبرمجيات التي تحتاج إليها الصحة الرقمية في المرافق الصحية العامة.
gdhm-block-services-applications = الخدمات والتطبيقات
gdhm-block-services-applications-description = النظم الوطنية والسجلات وخدمات تحديد الهوية المستخدمة، وكيفية خدمتها للناس ولصحة السكان.

gdhm-line-governance = إنشاء حوكمة وطنية للصحة الرقمية وتشغيلها
gdhm-line-policy-alignment = مواءمة الصحة الرقمية مع السياسات الوطنية في مجالي الصحة والتحول الرقمي
gdhm-line-inclusion = جعل الصحة الرقمية منصفة وشاملة للجميع وقائمة على الحقوق
gdhm-line-strategy = اعتماد استراتيجية وطنية للصحة الرقمية محددة التكاليف وتنفيذها
gdhm-line-financing = تأمين تمويل واستثمار مستدامين
gdhm-line-data-protection = حماية البيانات الصحية وحقوق الأشخاص الذين تتعلق بهم
gdhm-line-regulation = تنظيم منتجات الصحة الرقمية وخدماتها واعتمادها
gdhm-line-cross-border = حوكمة تبادل البيانات الصحية وتخزينها عبر الحدود
gdhm-line-pre-service = إدماج الصحة الرقمية في التعليم قبل الخدمة
gdhm-line-in-service = إدماج الصحة الرقمية في التدريب أثناء الخدمة
gdhm-line-specialists-careers = تدريب المتخصصين واستحداث وظائف ومسارات مهنية في مجال الصحة الرقمية
gdhm-line-architecture = بناء البنية الوطنية للصحة الرقمية ومنظومة تبادل المعلومات الصحية
gdhm-line-standards = اعتماد معايير المعلومات الصحية وإنفاذها
gdhm-line-connectivity = ربط المرافق الصحية بالشبكات
gdhm-line-equipment = تجهيز المرافق وصيانة معداتها وبرمجياتها
gdhm-line-national-systems = توسيع نطاق النظم الوطنية للصحة الرقمية لخدمة البرامج ذات الأولوية
gdhm-line-registries-identity = إنشاء السجلات ونظم تحديد الهوية لأغراض الصحة
gdhm-line-people-centred = تسخير الصحة الرقمية لخدمة الناس وصحة السكان

gdhm-resp-moh-dhu = وزارة الصحة، وحدة الصحة الرقمية
gdhm-resp-moh-planning = وزارة الصحة، مديرية التخطيط
gdhm-resp-moh-hr = وزارة الصحة، مديرية الموارد البشرية
gdhm-resp-finance = وزارة المالية
gdhm-resp-ict-ministry = الوزارة المسؤولة عن تكنولوجيا المعلومات والاتصالات والتحول الرقمي
gdhm-resp-justice = وزارة العدل وهيئة الصياغة التشريعية
gdhm-resp-data-protection-authority = هيئة حماية البيانات
gdhm-resp-regulator = الهيئة التنظيمية للمنتجات الصحية
gdhm-resp-standards-body = الهيئة الوطنية للمعايير
gdhm-resp-education = وزارة التعليم ومؤسسات التدريب
gdhm-resp-public-service = وزارة الخدمة العامة
gdhm-resp-civil-registration = هيئة التسجيل المدني وتحديد الهوية
gdhm-resp-civil-society = منظمات المجتمع المدني ومنظمات المرضى
