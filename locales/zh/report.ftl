# PDF 报告的文本。

report-title = 国家数字卫生成熟度评估
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label }：{ $value }
report-list-item = • { $item }
report-subtitle = 评估报告和路线图
report-country = 国家
report-round = 轮次
report-date = 评估日期
report-framework = 框架
report-facilitator = 协调人
report-status = 状态
report-generated = 本报告由 DHMA 于 { $date } 生成
report-page = 第 { $page } 页，共 { $total } 页
report-summary = 执行摘要
report-summary-overall = 总体成熟度：阶段 { $phase }（平均值 { $mean }），目标阶段：{ $target }。
report-summary-strongest = 最强的构成要素：{ $block }（平均值 { $mean }）。
report-summary-weakest = 最弱的构成要素：{ $block }（平均值 { $mean }）。
report-summary-agreement = 会场共识：{ $percent }% 的计分指标（{ $counted } 个中的 { $agreed } 个）。
report-summary-agreement-meaning = 在这些指标上，每个人的评分与商定阶段相差不超过一个阶段；在其余指标上，各方起初的意见相距更远。附件“团队如何评分”说明了分歧所在及其原因。
report-summary-priorities = 路线图的首要优先事项
report-priority = { $action }（{ $indicator }）
report-scores = 各构成要素得分
report-radar = 各构成要素的当前阶段与目标阶段
report-block-section = 构成要素：{ $block }
report-indicator-heading = { $code } { $title }
report-current = 当前阶段
report-target = 目标阶段
report-target-year = 目标年份
report-target-by-year = { $phase }（{ $year } 年前）
report-rationale = 理由
report-evidence = 证据
report-evidence-heading = 证据：
report-no-evidence = 未记录任何证据。
report-no-rationale = 未记录理由。
report-sub-indicator = 子指标（不计入得分）
report-roadmap = 路线图
report-roadmap-none = 路线图中尚未记录任何行动。
report-action-line-heading = { $block }——{ $line }
report-indicator-step = { $indicator } · { $step }
report-timeline = 时间表
report-method = 附件：方法
report-excluded = 未计入得分的指标
report-excluded-none = 所有计分指标均已选定阶段。
report-ratings = 附件：团队如何评分
report-ratings-intro = 在会场商定阶段之前，每位参与者或每个小组先对各项指标评分。第 1 至 5 列统计给出各阶段的评分数，“不适用”列统计评为不适用的数目；最小值、中位数和最大值不计入这些评分。只有商定的阶段计入得分。“相差不超过一个阶段”列表示每个评分与商定阶段的差距是否都不超过一个阶段，即摘要中共识比例的计算依据。
report-ratings-indicator = 指标
# Short column heading: ratings of "not applicable".
report-ratings-na = 不适用
report-ratings-min = 最小值
report-ratings-median = 中位数
report-ratings-max = 最大值
report-ratings-agreed = 商定阶段
report-ratings-within = 相差不超过一个阶段
report-ratings-notes = 共识说明与异议
report-ratings-notes-none = 未记录任何共识说明或异议。
report-ratings-anonymous = 匿名
report-consensus-note = 共识说明
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = 异议，{ $who }：{ $reason }
report-participants = 附件：参与者
report-participants-none = 未记录任何参与者。
report-signoff = 签署
report-approver = 批准人
report-approver-role = 职务
report-not-given = —
report-government-approved = 经政府批准
report-yes = 是
report-no = 否
report-signature = 签名和日期
report-name = 姓名
report-organisation = 单位

report-changes = 自上一轮次以来
report-changes-intro = 与上一轮次 { $round }（{ $date }）相比：各构成要素当时和现在的平均值与阶段，以及阶段或目标发生变化的每个指标，并附团队对变化的说明。
report-changes-indicators = 阶段或目标发生变化的指标

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = 草稿
report-draft-footer = 草稿——尚未签署
# The sign-off section of a draft.
report-signoff-draft = 尚未签署。本报告为草稿，其中的回答仍可能更改。评估定稿后，此处将显示签署信息、定稿日期和文件校验码。
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = 定稿于 { $date } · 文件校验码 { $code }…
report-finalised-on = 定稿日期
report-check-code = 文件校验码
report-check-code-meaning = 文件校验码根据评估定稿时的回答计算得出：显示相同校验码的评估文件所含回答与本报告完全一致。
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = 行动数量
report-timeline-col-indicators = 涉及的指标

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] 阶段由平均值得出的方法与 GDHM 相同：平均值 { $mean } 保留一位小数为 { $rounded }，是整数，因此为阶段 { $phase }。
   *[up] 阶段由平均值得出的方法与 GDHM 相同：平均值 { $mean } 先保留一位小数（{ $rounded }），再向上取整，因此为阶段 { $phase }。
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] 最强的构成要素：{ $blocks }（平均值 { $mean }）。
   *[other] 最强的构成要素（并列，平均值均为 { $mean }）：{ $blocks }。
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] 最弱的构成要素：{ $blocks }（平均值 { $mean }）。
   *[other] 最弱的构成要素（并列，平均值均为 { $mean }）：{ $blocks }。
}
report-summary-all-equal = 所有构成要素的平均值相同，均为 { $mean }：没有哪一个更强或更弱。
report-summary-gaps = 目标阶段与当前阶段差距最大的构成要素
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block }：{ $gap }（当前平均值 { $current }，目标平均值 { $target }）
report-summary-gaps-none = 没有任何构成要素的目标高于其当前平均值。
report-summary-gaps-meaning = 差距是构成要素各目标阶段的平均值减去其各当前阶段的平均值；未设目标的指标按其当前阶段计算。
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = 指标 { $indicator }：{ $action }
report-summary-data-gaps = 数据缺口
report-summary-data-gaps-intro = { $count ->
   *[other] 有 { $count } 项指标没有阶段，未计入得分：
}
report-summary-data-gaps-none = 每项指标都有阶段：没有数据缺口。
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title }：{ $reason }

# The method annex (issue 13).
report-method-conduct = 评估的开展方式
report-method-last-change = 答案最后修改日期
report-method-participants = { $count ->
   *[other] 共有 { $count } 人参加了评估：
}
report-method-consensus-ratings = 共识的形成方式：每位参与者或每个小组先各自对指标评分；随后全体讨论每项指标并商定一个阶段，计分所用的就是该阶段。附件“团队如何评分”列出了每个评分、共识说明和所有异议。
report-method-consensus-plain = 共识的形成方式：团队讨论了每项指标并共同商定一个阶段，计分所用的就是该阶段。由于没有记录个人评分，本报告无法显示会场中意见的分歧程度。
report-method-scale = 阶段量表
report-method-scale-intro = 每项指标按五个阶段之一评定。每项指标对各阶段都有自己的描述（印在该指标的章节中）；总体而言，各阶段的含义如下：
report-method-phase-col = 阶段
report-method-name-col = 名称
report-method-meaning-col = 总体含义
report-method-phase-1 = 几乎尚无任何安排；相关工作是非正式的、零星的，或仅处于计划阶段。
report-method-phase-2 = 已有初步要素，例如草案、试点或孤立的举措，但尚未正式通过、获得资金或广泛使用。
report-method-phase-3 = 该要素已正式通过并投入使用，但尚未全面覆盖、资金不足或尚不可持续。
report-method-phase-4 = 该要素在全国范围内使用，并有相应的规则、职责和预算，已成为卫生系统运作的一部分。
report-method-phase-5 = 该要素根据证据定期审查和改进，并能适应新的需求。
report-method-scoring = 得分的计算方法
report-method-example = 以本次评估的数据为例
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $block }：计入指标 { $codes }，阶段分别为 { $phases }。平均值 { $sum } ÷ { $count } = { $mean }；保留一位小数为 { $rounded }；阶段 { $phase }。
report-method-example-left-out = 未计入该平均值：{ $items }。
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code }（{ $reason }）
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = 总体：{ $count } 个构成要素平均值（{ $means }）的平均值为 { $mean }；保留一位小数为 { $rounded }；阶段 { $phase }。
report-method-codes = 指标编码与 GDHM
report-method-codes-same = 本框架没有单独的 GDHM 编码：其指标编码即 GDHM 本身的编码，未作任何改动。带字母的编码（如 2a）为子指标：收集并打印，但从不计分。
report-method-codes-col-dhma = DHMA 编码
report-method-codes-col-gdhm = GDHM 编码
report-method-codes-col-scored = 是否计分
report-method-codes-sub = 否：{ $parent } 的子指标
report-method-limits = 局限性
report-method-limit-self = 各阶段是自我评估的结果：代表参与评估的国家团队的判断，而非外部审计。
report-method-limit-evidence = 证据按团队记录的原样列出；DHMA 不对其进行核实。
report-method-limit-na = 标记为不适用或无数据的指标以及未作答的指标不计入得分：构成要素的平均值仅基于其有阶段的指标。
report-method-limit-sub = 子指标会被收集和打印，但不计分。
report-disclaimer = 免责声明
report-disclaimer-text = DHMA 是一个独立工具。它不是世界卫生组织（WHO）、国际电信联盟（ITU）或全球数字卫生监测平台（GDHM）的产品，上述机构均未审查或认可该工具。“与 GDHM 兼容”仅指 DHMA 使用与 GDHM 相同的指标编码和相同的计分规则。本报告中的结果是评估团队自己的结果。
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = 本构成要素得分：平均值 { $mean }，{ $phase }；目标：{ $target }
report-block-score-none = 本构成要素得分：暂无（本要素尚无任何指标确定阶段）
# An indicator whose answer gives no confidence.
report-confidence-none = 置信度未说明

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = 评估背景
report-narrative-findings = 主要发现
report-narrative-recommendations = 建议
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = 不适用和无数据的指标同样不计入 GDHM 兼容得分。排除它们的影响：
report-na-effect = { $count ->
   *[other] { $block }：不计指标 { $codes } 时为 { $without }；若按最低阶段即阶段 1 计入，则为 { $with }。
}
report-na-effect-unscored = { $count ->
   *[other] { $block }：不计指标 { $codes } 时没有得分；若按最低阶段即阶段 1 计入，则为 { $with }。
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = 缩略语
report-method-acronyms-col-acronym = 缩略语
report-method-acronyms-col-meaning = 含义
report-method-acronyms-others = 团队文本中还使用了本表未列出全称的缩略语：{ $list }。
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = AI
acronym-ai-means = 人工智能
acronym-api = API
acronym-api-means = 应用程序编程接口
acronym-crvs = CRVS
acronym-crvs-means = 民事登记和人口动态统计
acronym-dhis2 = DHIS2
acronym-dhis2-means = 地区卫生信息软件 2
acronym-dhma = DHMA
acronym-dhma-means = 数字卫生成熟度评估，即生成本报告的工具
acronym-ehr = EHR
acronym-ehr-means = 电子健康档案
acronym-emr = EMR
acronym-emr-means = 电子病历
acronym-fhir = FHIR
acronym-fhir-means = 快速医疗互操作性资源，HL7 的一项标准
acronym-gdhm = GDHM
acronym-gdhm-means = 全球数字卫生监测平台
acronym-gps = GPS
acronym-gps-means = 全球定位系统
acronym-his = HIS
acronym-his-means = 卫生信息系统
acronym-hiv = HIV
acronym-hiv-means = 人类免疫缺陷病毒
acronym-hl7 = HL7
acronym-hl7-means = 卫生信息交换标准（Health Level Seven）系列
acronym-hmis = HMIS
acronym-hmis-means = 卫生管理信息系统
acronym-hr = HR
acronym-hr-means = 人力资源
acronym-icd = ICD
acronym-icd-means = 国际疾病分类
acronym-ict = ICT
acronym-ict-means = 信息通信技术
acronym-id = ID
acronym-id-means = 身份证件或身份号码
acronym-itu = ITU
acronym-itu-means = 国际电信联盟
acronym-lmis = LMIS
acronym-lmis-means = 物流管理信息系统
acronym-moh = MoH
acronym-moh-means = 卫生部
acronym-mpi = MPI
acronym-mpi-means = 患者主索引
acronym-na = NA
acronym-na-means = 不适用或无数据：没有阶段的指标，不计入得分
acronym-ngo = NGO
acronym-ngo-means = 非政府组织
acronym-uhc = UHC
acronym-uhc-means = 全民健康覆盖
acronym-who = WHO
acronym-who-means = 世界卫生组织

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = 国家数字卫生成熟度评估问卷
handout-running-header = 问卷 · { $title }
handout-footer = 供参与者填写的问卷——并非评估结果
handout-date = 研讨会日期
handout-date-blank = 研讨会日期：
handout-name = 姓名：
handout-organisation = 单位和职务：
handout-instructions = 如何填写本问卷
handout-instruction-read = 阅读每个指标的问题以及描述它的五个阶段，从“{ $first }”到“{ $last }”。
handout-instruction-tick = 勾选最能描述本国当前状况的一个阶段；如果该指标不适用或缺少信息，请勾选“{ $na }”。
handout-instruction-comment = 在框内写明选择该阶段的理由，以及能证明这一点的文件或事实。
handout-instruction-last-round = 涂满的方框表示上一轮（{ $round }，{ $date }）商定的阶段：请说明此后发生了哪些变化。
handout-instruction-sheet = 请把所选阶段抄到末尾的答题表上，并在研讨会前交给协调人。
handout-last-round = 上一轮（{ $round }，{ $date }）：{ $phase }
handout-option = { $phase }：{ $text }
handout-guidance = 指导说明
handout-evidence = 可以提供帮助的证据：
handout-comment = 您的意见和证据：
handout-sheet = 答题表
handout-sheet-note = 每个指标一行：您的姓名、指标、所勾选的阶段（1 至 5，或 NA）以及意见。各列与评分文件的列相同（{ $columns }），以便协调人把答题表录入电子表格并导入 DHMA。

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = 路线图进展 – { $title }
progress-date = 本报告日期
progress-signed = 于 { $date } 定稿，由 { $approver } 签署。
progress-check-verifies = 已签署评估的校验码仍然有效：其答案和得分与签署时一致。
progress-check-fails = 已签署评估的校验码无效：其内容在签署后已被更改。
progress-draft = 本评估为草稿：其答案和得分仍可能更改。
progress-by-status = 按状态统计的行动
progress-col-actions = 行动数
progress-moved-since-report = 自上次进展报告（{ $date }）以来的变化
progress-moved-since-signed = 自签署（{ $date }）以来的变化
progress-moved-since-created = 自评估开始（{ $date }）以来的变化
progress-move = { $from } → { $to }
progress-moved-none = 此期间没有行动改变状态。
progress-col-when = 日期
progress-overdue = 逾期行动
progress-overdue-rule = 如果一项行动既未完成也未放弃，且其时间框架（自评估日期起算：短期 1 年，中期 3 年，长期 5 年）已经结束，即为逾期。
progress-overdue-none = 没有逾期行动。
progress-col-due = 到期
progress-all = 全部行动及其状态和进展说明
progress-total = 路线图中共有 { $count } 项行动。
progress-running-header = 路线图进展 · { $title }
progress-footer = { $date } 的进展报告
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = 摘要
export-sheet-indicators = 指标
export-sheet-evidence = 证据
export-sheet-roadmap = 路线图
export-sheet-participants = 参与者
export-sheet-ratings = 评分
export-sheet-dissent = 异议
export-sheet-changes = 更改记录
export-col-item = 项目
export-col-value = 值
export-col-mean = 平均值
export-col-phase = 阶段
export-col-target = 目标阶段
export-col-code = 代码
export-col-block = 构成要素
export-col-title = 指标
export-col-current = 当前阶段
export-col-target-year = 目标年份
export-col-gap = 差距（阶段）
export-col-rationale = 理由
export-col-confidence = 置信度
export-col-evidence-count = 证据数量
export-col-ratings = 评分数量
export-col-ratings-min = 最低评分
export-col-ratings-median = 评分中位数
export-col-ratings-max = 最高评分
export-col-discuss = 需讨论
export-col-evidence = 证据
export-col-reference = 出处
export-col-action-line = 行动方向
export-col-from-phase = 起始阶段
export-col-to-phase = 达到阶段
export-col-action = 行动
export-col-monitoring = 监测
export-col-timeframe = 时限
export-col-responsible = 责任机构
export-col-priority = 优先级
export-col-cost = 成本类别
export-col-status = 状态
export-col-name = 姓名
export-col-organisation = 单位
export-col-role = 职务
export-col-rater = 评分人
export-col-comment = 评论
export-col-reason = 异议理由
export-col-time = 时间（UTC）
export-col-actor = 操作者
export-col-what = 字段
export-col-subject = 对象
export-col-old = 原值
export-col-new = 新值
export-row-country = 国家
export-row-round = 轮次
export-row-date = 评估日期
export-row-framework = 框架
export-row-status = 状态

report-roadmap-own-action = { $text } *
report-roadmap-legend = * 由团队撰写的行动。未带此标记的行动来自 DHMA 针对各阶段步骤的行动模板库，并按团队保留或修改后的内容列出。
report-roadmap-cross-cutting-intro = 同时服务于多个指标的行动，按构成要素列出。
report-roadmap-years = { $start }—{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = 基线值：{ $value }
report-roadmap-target = 目标值：{ $value }
report-summary-priority-cross-cutting = 跨领域：{ $action }
export-col-origin = 来源
export-col-start-year = 开始年份
export-col-end-year = 结束年份
export-col-budget = 估计预算
export-col-currency = 币种
export-col-baseline = 基线值
export-col-monitoring-target = 目标值
export-col-progress = 进展说明
progress-overdue-end-year = 团队填写了结束年份的行动，一旦该年份结束即为逾期，无论其时限如何。

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = 创建评估
change-kind-assessment-finalised = 评估定稿并签署
change-kind-benchmark = 用于比较的国家
change-kind-dissent = 异议
change-kind-evidence-added = 添加证据
change-kind-evidence-removed = 移除证据
change-kind-group = 小组
change-kind-group-deleted = 删除小组
change-kind-merge-conflict = 副本之间的冲突
change-kind-merge-resolved = 冲突已处理
change-kind-merge-set-aside = 合并时搁置的值
change-kind-merge-taken = 取自另一副本的值
change-kind-participants = 参与者
change-kind-participants-added = 添加参与者
change-kind-progress-reported = 撰写进展报告
change-kind-rating = 评分
change-kind-ratings-imported = 导入评分
change-kind-response-reviewed = 已复核，无变化
change-kind-roadmap-added = 添加行动
change-kind-roadmap-carried = 从上一轮沿用的行动
change-kind-roadmap-deleted = 删除行动
change-kind-roadmap-regenerated = 根据差距提出行动
change-kind-roadmap-reordered = 调整行动顺序
change-kind-round-carried-from = 从上一轮开始
