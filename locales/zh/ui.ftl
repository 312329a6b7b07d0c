# 桌面界面的文本。

ui-app-title = 数字卫生成熟度评估
ui-skip-to-content = 跳至正文
ui-nav-home = 评估列表
ui-nav-walk = 评估
ui-nav-dashboard = 仪表板
ui-language = 语言
ui-save-saving = 正在保存…
ui-save-saved = 所有更改均已保存
ui-save-failed = 未保存——您的更改仍显示在屏幕上
ui-loading = 正在加载…
ui-close = 关闭
ui-cancel = 取消

ui-home-title = 评估列表
ui-home-intro = 每项评估都对国家数字卫生环境的七个构成要素进行计分。请打开一项评估继续工作，或开始一项新评估。
ui-home-empty = 尚无评估。请开始一项新评估，或打开示例评估。
ui-home-new = 新建评估
ui-home-sample = 打开示例评估
ui-home-import = 导入文件…
ui-home-open = 打开
ui-home-export = 导出文件…
ui-home-delete = 删除
ui-home-col-country = 国家
ui-home-col-round = 轮次
ui-home-col-date = 日期
ui-home-col-status = 状态
ui-home-col-completion = 完成度
ui-home-col-actions = 操作
ui-delete-confirm = 是否删除评估 { $name }？系统将保留备份副本，您可以撤销此操作。
ui-deleted = 评估 { $name } 已删除。备份已保存至 { $path }。
ui-undo = 撤销
ui-restored = 评估 { $name } 已恢复。
ui-imported = 评估 { $name } 已导入。
ui-exported = 评估已保存至 { $path }。
ui-file-filter = DHMA 评估文件

ui-new-title = 新建评估
ui-new-country = 国家
ui-new-round = 轮次
ui-new-round-hint = 例如：2026年基线评估，或2028年中期审查
ui-new-date = 评估日期
ui-new-facilitator = 协调人
ui-new-participants = 参与者
ui-new-participants-hint = 每行一人：姓名；单位；职务
ui-new-framework = 框架
ui-new-language = 评估和报告所用语言
ui-new-create = 创建并开始

ui-walk-blocks = 构成要素和指标
ui-walk-completion = 已作答 { $answered }/{ $total } 项指标
ui-walk-question = 问题
ui-walk-guidance = 指导：应查看哪些材料，应向谁了解
ui-walk-current = 当前阶段
ui-walk-phase-keys = 可按数字键1至5选择，或按N键选择不适用。下一个指标：Page Down 或 Alt+→；上一个：Page Up 或 Alt+←。
ui-walk-not-applicable = 不适用/无数据
ui-walk-sub-indicator = 子指标：收集并报告数据，但从不计分。
ui-walk-target = 目标阶段
ui-walk-target-none = 无目标
ui-walk-target-year = 目标年份
ui-walk-rationale = 理由
ui-walk-rationale-hint = 为何选定此阶段？评估定稿前必须填写。
ui-walk-confidence = 置信度
ui-walk-confidence-none = 未说明
ui-walk-evidence = 证据
ui-walk-evidence-examples = 证据示例
ui-walk-evidence-title = 文件、法律或来源
ui-walk-evidence-reference = 链接或出处
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title }——{ $reference }
ui-walk-evidence-add = 添加证据
ui-walk-evidence-remove = 移除
ui-walk-evidence-none = 尚未记录任何证据。
ui-walk-previous = 上一项
ui-walk-next = 下一项
ui-walk-locked = 本评估已定稿，无法更改。
ui-walk-state-answered = 已作答
ui-walk-state-na = 不适用
ui-walk-state-empty = 未作答
ui-walk-state-note = （{ $state }）

ui-dash-title = 仪表板
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = 构成要素：当前阶段与目标阶段
ui-dash-legend-current = 当前
ui-dash-legend-target = 目标
ui-dash-legend-previous = 上一轮次：{ $round }
ui-dash-table = 各构成要素得分
ui-dash-col-block = 构成要素
ui-dash-col-mean = 平均值
ui-dash-col-phase = 阶段
ui-dash-col-target = 目标
ui-dash-col-scored = 计分指标
ui-dash-excluded = 未计入的指标
ui-dash-excluded-none = 所有计分指标均已选定阶段。
ui-dash-excluded-item = { $code } { $title }：{ $reason }
ui-dash-completeness = 完整性
ui-dash-rule = 得分计算方法
ui-dash-gap-note = 没有任何计分答案的构成要素不计得分；图表在该处留空，而不是显示为零。

# Roadmap screen.
ui-nav-roadmap = 路线图
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = 针对当前阶段与目标阶段之间的每一处差距提出的行动，按行动方向分组。您可以修改、调整顺序或放弃这些行动；再次生成路线图时，您的修改将被保留。
ui-road-regenerate = 根据差距提出行动
ui-road-regenerated = 路线图现有 { $count } 项行动。您所做的修改均已保留。
ui-road-empty = 暂无行动。请先设定高于当前阶段的目标阶段，然后根据差距提出行动。
ui-road-action = 行动
ui-road-monitoring = 监测指标
ui-road-step = 指标与步骤
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = 时限
ui-road-responsible = 责任机构
ui-road-priority = 优先级
ui-road-cost = 成本类别
ui-road-status = 状态
ui-road-edited = 已由团队修改
ui-road-up = 上移
ui-road-down = 下移

# PDF report.
ui-report-export = 导出 PDF 报告…
ui-report-working = 正在生成 PDF 报告…
ui-report-written = 报告（共 { $pages } 页）已保存到 { $path }。
ui-report-open = 打开报告

ui-home-backups = 备份…
ui-backups-title = 备份
ui-backups-intro = DHMA 会在每次升级前、每次定稿时以及保存答案期间每小时备份一次评估文件。保留最近的 { $keep } 个备份；定稿时所做的备份不会被自动删除。文件夹：{ $dir }
ui-backups-col-time = 创建时间（UTC）
ui-backups-col-reason = 原因
ui-backups-col-assessments = 评估数
ui-backups-col-size = 大小
ui-backups-size = { $kib } KiB
ui-backups-restore = 恢复
ui-backups-restore-confirm = 恢复 { $time } 的备份吗？系统会先备份评估文件的当前状态，因此不会丢失任何内容。
ui-backups-restored = 备份已恢复。恢复前的状态已保存为 { $time } 的备份。
ui-backups-empty = 尚无备份。
ui-recovery-title = 无法打开评估文件
ui-recovery-choose = 您可以恢复它的某个备份，或新建一个空文件。无论选择哪种方式，无法打开的文件都会原样保存在备份文件夹中。
ui-recovery-new = 新建文件
ui-recovery-new-confirm = 新建一个空的评估文件吗？无法打开的文件将原样保存在备份文件夹中。
ui-recovery-new-done = 已新建一个空的评估文件。无法打开的文件已原样保存为 { $dir } 中的 { $aside }。
ui-recovery-restored = 备份已恢复。无法打开的文件已原样保存为 { $aside }。
ui-recovery-retry = 重试

ui-signoff-title = 签署
ui-signoff-intro = 定稿会锁定评估：其答案不能再更改，评估会获得一个校验码（可据此看出之后是否被改动），并保留一个不会被自动删除的备份。此前，每个计分指标都需要填写阶段（或“不适用”）和理由。
ui-signoff-name = 批准人姓名
ui-signoff-role = 职务
ui-signoff-government = 已获政府批准
ui-signoff-finalise = 评估定稿
ui-signoff-confirm = 确定将此评估定稿吗？定稿后将无法再更改。
ui-signoff-done = 评估已定稿并锁定。其备份不会被自动删除：{ $backup }。
ui-signoff-approver = { $name }（{ $role }）
ui-signoff-finalised = 于 { $date } 由 { $approver } 定稿。校验码 { $fingerprint }…
ui-signoff-finalised-government = 于 { $date } 由 { $approver } 定稿。已获政府批准。校验码 { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = 匿名
ui-workshop-na = 不适用
ui-workshop-na-short = 不适用
ui-workshop-phase = 第 { $phase } 阶段
ui-workshop-bar = { $label }：{ $count } 个评分
ui-workshop-summary = { $count } 个评分，从第 { $min } 阶段到第 { $max } 阶段，中位数 { $median }{ $na ->
        [0] {""}
       *[other] ；“不适用” { $na } 个
    }
ui-workshop-summary-none = 尚未给出阶段{ $na ->
        [0] {""}
       *[other] ；“不适用” { $na } 个
    }
ui-workshop-discuss = 需讨论：评分相差两个阶段或以上。
ui-workshop-proposed = 建议阶段：{ $phase }（中位数，向下取整）
ui-workshop-ratings = 与会者评分
ui-groups = 小组
ui-group-tag = 小组
ui-group-name = 小组名称
ui-group-members = 成员
ui-group-blocks = 负责评分的构成要素（可选）
ui-group-create = 创建小组
ui-group-delete = 删除
ui-group-none = 尚无分组。
ui-ratings-import = 导入评分…
ui-ratings-file-filter = 评分（CSV）
ui-ratings-preview-title = 待导入的评分
ui-ratings-preview = { $indicators } 个指标共 { $count } 个评分。
ui-ratings-preview-new = 新参与者（{ $count }）：{ $names }
ui-ratings-preview-known = 所有姓名均已是参与者。
ui-ratings-confirm = 导入这些评分
ui-ratings-imported = 已导入 { $count } 个评分。
ui-workshop-by-person = 按人员
ui-workshop-participant = 参与者
ui-workshop-rating = 评分
ui-workshop-comment = 备注（可选）
ui-workshop-rating-keys = 输入 1 至 5，或输入 N 表示不适用；Delete 键清除。方向键和 Tab 键在人员之间移动。每次更改立即保存。
ui-workshop-by-tally = 按计数（匿名卡片）
ui-workshop-tally-hint = 每个阶段各有多少张卡片。每次更改立即保存，并替换此指标的匿名评分。
ui-workshop-distribution = 评分分布
ui-workshop-agreed = 商定阶段
ui-workshop-agreed-none = 尚未商定
ui-workshop-note = 共识说明
ui-workshop-note-required = 评分差距较大：请写明与会者为何商定此阶段。
ui-workshop-agree = 商定
ui-workshop-dissent = 异议
ui-workshop-dissent-none = 没有记录异议。
ui-workshop-dissent-who = 持异议者
ui-workshop-dissent-reason = 理由
ui-workshop-dissent-add = 记录异议
ui-workshop-dissent-remove = 删除
ui-dash-spread = 评分分布
ui-dash-spread-legend = 每条线从最低评分延伸到最高评分；圆点为中位数，菱形为商定阶段；红色行需要讨论。
ui-workshop-to-discuss = 待讨论的指标
ui-workshop-to-discuss-none = 没有指标的评分相差两个阶段或以上。
ui-projector-open = 在投影仪上显示
ui-projector-leave = 退出（Esc）
ui-projector-keys = 方向键：上一个或下一个指标。1 至 5 或 N：向与会者突出显示一个阶段（不记录任何内容）。Esc：退出。

# Rounds that start from the last one (issue 12).
ui-walk-carried = 沿用上一轮，未复核
ui-walk-state-note-carried = （{ $state }，沿用上一轮，未复核）
ui-walk-reviewed = 已复核，无变化
ui-walk-change-note = 自上一轮以来有什么变化？
ui-walk-change-note-save = 保存阶段及此说明
ui-round-next = 开始下一轮
ui-round-intro = 新一轮从该国最近一轮开始：沿用其阶段、目标阶段、理由、证据、未完成的路线图事项以及为报告撰写的背景说明，每个答案标记为“沿用上一轮，未复核”。参与者、个人评分、共识说明、主要发现和建议从空白开始。
ui-round-name = 新一轮的名称
ui-round-name-hint = 留空则使用其日期的年份
ui-round-date = 新一轮的日期
ui-round-start = 开始该轮
ui-round-started = 已从 { $from } 开始 { $title }：沿用了 { $count } 个答案，每个都需复核。
ui-home-carried = { $count } 个沿用的答案未复核
ui-changes-open = 自上一轮次以来的变化
ui-changes-back = 返回仪表板
ui-changes-blocks = 构成要素
## 评估的副本：合并文件、冲突、分组（问题 12）
ui-conflicts-title = 冲突
ui-conflicts-intro = 这些字段在本机和导入的文件中都被修改为不同的值。请为每个字段保留其中一个值或填写另一个值：未选用的值会保留在修改记录中。
ui-conflicts-none = 没有待处理的冲突：文件中的内容已全部合并。
ui-conflicts-open = 处理冲突
ui-conflicts-local = 本机
ui-conflicts-incoming = 文件中
ui-conflicts-keep-local = 保留本机的值
ui-conflicts-take-incoming = 采用文件中的值
ui-conflicts-write = 填写另一个值
ui-conflicts-value = 另一个值
ui-conflicts-value-hint = 阶段：1 至 5，不适用填 NA。信心：low、medium 或 high。年份：2030。日期：2026-11-30。
ui-conflicts-confirm = 使用此值
ui-conflicts-back = 返回仪表板
ui-conflicts-waiting = 合并文件产生的 { $count } 个冲突等待决定。
ui-conflict-settled = 已处理。{ $count ->
        [0] 没有剩余的冲突。
       *[other] 还剩 { $count } 个冲突。
    }
ui-export-group = 为小组导出…
ui-export-group-choose = 小组
ui-export-group-none = 还没有分组：请在某个指标的页面上的“小组”下创建。
ui-exported-for-group = 小组 { $group } 的文件（{ $blocks ->
        [0] 全部构成要素
       *[other] { $blocks } 个构成要素
    }）已保存至 { $path }。
ui-breakout-banner = 小组 { $group } 的分组文件：{ $blocks }。
ui-breakout-banner-all = 小组 { $group } 的分组文件：全部构成要素。
ui-date-hint = 年-月-日，例如 2026-12-02
ui-dash-target-note = 有阶段但未设定目标的指标，以其当前阶段作为目标计算（不计划变化）。
ui-participants-edit = 编辑参与者
ui-participants-save = 保存参与者
ui-participants-saved = 参与者名单已保存。

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = 当前得分（指标平均值）
ui-chart-legend-target-phase = 目标阶段（与表格一致）
ui-chart-bars-title = 各构成要素：当前得分与目标阶段
ui-chart-scale-note = 圆环：第1至第5阶段

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = 主要发现和建议
ui-narratives-intro = 打印在报告中：背景以及总体发现和建议列于执行摘要，各构成要素的发现和建议列于其章节开头。输入时自动保存。
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = 是哪一种？
ui-walk-na-not-applicable = 不适用：该指标在此不适用
ui-walk-na-not-available = 无数据：该指标适用，但缺少数据

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = 问卷（共 { $pages } 页）已保存到 { $path }。
ui-handout-export = 打印问卷…
ui-handout-prefill = 附上一轮的阶段
ui-handout-working = 正在生成问卷…
ui-handout-open = 打开问卷
ui-handout-hint = 研讨会前分发的问卷：每个问题及其五个阶段、可勾选的方框和答题表。

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = 进展说明
ui-road-follow-up = 已定稿：答案、得分和行动保持签署时的状态。每项行动的状态和进展说明仍可更新，用于跟踪路线图的落实。
# Export… and Import answers… on the dashboard.
export-format-dhma = 评估文件（.dhma.json）
export-format-xlsx = Excel 工作簿（.xlsx）
export-format-csv = 指标表（.csv）
export-format-json = 评估与得分（.json）
ui-export = 导出…
ui-export-title = 导出评估
ui-export-format = 格式
ui-export-excel = 用于 Microsoft Excel（带字节顺序标记，使 Excel 按 UTF-8 读取文本）
ui-export-choose = 选择保存位置…
ui-import-answers = 导入答案…
ui-import-answers-title = 来自电子表格的答案
ui-import-answers-hint = 已填写的导出工作簿“指标”工作表或其 CSV：按任意语言的列标题识别各列；空单元格保留原答案不变。
ui-import-answers-confirm = 保存这些更改
ui-import-answers-filter = 电子表格（.xlsx、.csv）
ui-gdhm-export = 导出到 GDHM…
ui-gdhm-title = GDHM 上传文件
ui-gdhm-intro = GDHM 上传需要以下信息。它们与评估一起保存。
ui-gdhm-save-export = 保存并导出…
ui-gdhm-required = 必填
ui-gdhm-exported = 已写入 GDHM 上传文件。
ui-benchmark = 与国家比较…
ui-benchmark-title = 与其他国家比较
ui-benchmark-intro = 请选择一个 GDHM 数据导出文件，然后选择雷达图和报告显示其平均分的国家。
ui-benchmark-choose-file = 选择 GDHM 数据导出文件…
ui-benchmark-label = 该组的名称（例如某个区域；可选）
ui-benchmark-store = 比较
ui-benchmark-remove = 删除基准

export-format-gdhm-csv = GDHM 上传文件（.csv）
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = 保存图表…
ui-chart-save-radar = 将雷达图保存为图像（PNG 或 SVG）
ui-chart-save-bars = 将条形图保存为图像（PNG 或 SVG）
ui-chart-saved = 图表已保存至 { $path }。
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = 导出可编辑报告（Word）…
ui-report-docx-working = 正在生成可编辑报告（Word）…
ui-report-docx-written = 可编辑报告（Word 文档）已保存到 { $path }。
ui-about = 关于
ui-move-title = 迁移到另一台计算机
ui-move-intro = 将本计算机上的所有评估保存到一个文件中：把它复制到新计算机（U 盘即可）并在那里导入。那里已有的评估会被合并，绝不会被覆盖；文件中任何部分被拒绝时，不保存任何内容。
ui-move-export = 将所有评估保存到一个文件…
ui-move-import = 导入迁移文件…
ui-move-filter = DHMA 迁移文件

ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = 无步骤
ui-road-add = 添加行动
ui-road-add-intro = 团队自己的行动，可针对一个指标，也可跨指标（跨领域）。报告会标明其由团队撰写。
ui-road-add-where = 针对
ui-road-add-cross = 跨领域（不针对单一指标）
ui-road-add-line = 行动方向
ui-road-add-block = 构成要素
ui-road-add-step = 步骤
ui-road-add-text = 将做什么
ui-road-add-submit = 添加此行动
ui-road-added = 该行动已添加到路线图。
ui-road-delete = 删除
ui-road-deleted = 该行动已删除。
ui-road-start-year = 开始年份
ui-road-end-year = 结束年份
ui-road-budget = 估计预算
ui-road-currency = 币种（ISO 代码）
ui-road-budget-hint = 用数字填写，最多两位小数，并填写币种的三个字母（例如 250000 USD）。
ui-road-baseline = 基线值
ui-road-target = 目标值
ui-road-progress-report = 进展报告…
ui-road-progress-written = 进展报告（共 { $pages } 页）已保存到 { $path }。
