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
report-facilitator = 主持人
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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = 本构成要素得分：平均值 { $mean }，{ $phase }；目标：{ $target }
report-block-score-none = 本构成要素得分：暂无（本要素尚无任何指标确定阶段）
# An indicator whose answer gives no confidence.
report-confidence-none = 置信度未说明
