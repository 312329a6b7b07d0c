# 界面、命令行和报告共用的文本。

# 语言的自称，显示在语言选择器中。
language-name = 简体中文
product-name = DHMA – 数字卫生成熟度评估
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name }（{ $version }）

phase-label = 第{ $phase }阶段
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = 初始
phase-2-name = 起步
phase-3-name = 确立
phase-4-name = 制度化
phase-5-name = 优化
not-applicable = 不适用/无数据
not-available = 无数据
overall = 总体

timeframe-short = 短期（1年内）
timeframe-medium = 中期（1至3年）
timeframe-long = 长期（3至5年）
cost-low = 低成本
cost-medium = 中等成本
cost-high = 高成本
confidence-low = 低置信度
confidence-medium = 中等置信度
confidence-high = 高置信度
status-draft = 草稿
status-finalised = 已定稿

exclusion-not-applicable = 已标记为不适用/无数据
exclusion-not-answered = 尚未作答
exclusion-sub-indicator = 子指标：记录答案，但不计入得分

scoring-rule = 构成要素的得分为该要素中已选定阶段的计分指标的平均值；子指标和标记为不适用的指标不计入。总体得分为各构成要素得分的不加权平均值。得分换算为阶段的方法是：先保留一位小数，再向上取整，最低为第1阶段。

# Decimal separator used when the product prints a mean (e.g. 2.33).
number-decimal-separator = .
# Separator between items of a list (e.g. indicator codes).
list-separator = {"、"}

# Roadmap statuses and priorities.
roadmap-status-proposed = 建议
roadmap-status-planned = 已计划
roadmap-status-in-progress = 进行中
roadmap-status-done = 已完成
roadmap-status-dropped = 已放弃
priority-1 = 高优先级
priority-2 = 中优先级
priority-3 = 低优先级
roadmap-step = { $from } → { $to }
backup-reason-upgrade = 升级前
backup-reason-finalised = 定稿时
backup-reason-hourly = 每小时
backup-reason-before-restore = 恢复前
backup-reason-set-aside = 无法打开，已移至一旁

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title }：已作为新评估导入。
merge-summary = { $title }：已与文件合并。从文件采用的答案字段：{ $answers } 个。采用的其他更改：{ $others } 项。{ $conflicts ->
    [0] 没有冲突。
   *[other] 有 { $conflicts } 个冲突等待决定。
}
merge-field-of-indicator = 指标 { $code } – { $field }
merge-field-current = 当前阶段
merge-field-target = 目标阶段
merge-field-target-year = 目标年份
merge-field-rationale = 理由
merge-field-confidence = 置信度
merge-field-carried = 沿用上一轮次，未经复核
merge-field-change-note = 自上一轮次以来的变化
merge-field-note = 共识说明
merge-field-tally = 卡片计数
merge-field-rating = { $name } 的评分
merge-field-dissent = { $name } 的异议
merge-field-evidence = 证据“{ $title }”
merge-field-roadmap = 路线图行动
merge-field-roadmap-position = 路线图行动的位置
merge-field-participant = 参与者 { $name }
merge-field-group = 小组 { $name }
merge-field-country = 国家
merge-field-round = 轮次
merge-field-date = 评估日期
merge-field-facilitator = 协调人
merge-field-language = 语言
merge-value-removed = 已删除
merge-value-empty = 空
merge-value-phase = 第{ $phase }阶段
merge-value-na = 不适用
merge-value-yes = 是
merge-value-no = 否
merge-value-with-comment = { $value }（“{ $comment }”）
merge-changed-by = 由 { $name } 于 { $time } 更改
# 自上一轮次以来的变化：界面、`dhma compare --changes` 和报告。
changes-title = 变化情况
changes-heading = { changes-title } – { $title }
changes-since = 与上一轮次 { $round }（{ $date }）相比。
changes-first-round = { $country } 在此框架下没有更早的轮次，因此暂无可比较的内容。
changes-count = { $count ->
        [0] 没有指标的阶段或目标发生变化。
       *[other] 有 { $count } 个指标的阶段或目标发生了变化。
    }
changes-block-count = { $count ->
        [0] 没有指标变化
       *[other] { $count } 个指标有变化
    }
changes-phase = 阶段 { $old } → { $new }
changes-target = 目标 { $old } → { $new }
changes-arrow = { $old } → { $new }
changes-value-na = 不适用
changes-value-none = 未作答
changes-value-unset = 未设定
changes-value-absent = 不在框架中
changes-direction-up = 上升
changes-direction-down = 下降
changes-direction-same = 未变
changes-direction-changed = 有变更
changes-direction-new = 首次作答
changes-direction-removed = 不再作答
changes-note = 变化说明：{ $note }
changes-indicator = { $code } { $title }
changes-col-indicator = 指标
changes-col-mean = 平均值
changes-col-phase = 阶段
changes-col-target = 目标
changes-col-direction = 阶段变化
changes-col-note = 变化说明（团队备注）
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = YYYY-MM-DD
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = ；

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = 整个评估
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = 不适用
na-reason-not-available = 无数据（数据缺失）
na-reason-not-said = NA，未说明是不适用还是数据缺失
merge-field-na-reason = 哪种 NA（不适用或数据缺失）

# Answers imported from a spreadsheet (preview and result).
answers-change-current = 当前阶段：{ $old } → { $new }
answers-change-target = 目标阶段：{ $old } → { $new }
answers-change-target-year = 目标年份：{ $old } → { $new }
answers-change-rationale = 理由：{ $old } → { $new }
answers-preview = 该文件更改 { $count } 个答案。
answers-imported = 已更改 { $count } 个答案。
merge-field-gdhm-country = 国家名称
merge-field-gdhm-country-summary = 国家概况
merge-field-gdhm-country-contact-name = 国家联系人：姓名
merge-field-gdhm-country-contact-role = 国家联系人：职务
merge-field-gdhm-country-contact-org = 国家联系人：机构
merge-field-gdhm-country-contact-email = 国家联系人：电子邮件
merge-field-gdhm-contact-person-name = 联络人：姓名
merge-field-gdhm-contact-person-role = 联络人：职务
merge-field-gdhm-contact-person-email = 联络人：电子邮件
merge-field-gdhm-approver-name = 数据审批人：姓名
merge-field-gdhm-approver-role = 数据审批人：职务
merge-field-gdhm-approver-email = 数据审批人：电子邮件
merge-field-gdhm-resources-link = 资源链接
chart-legend-benchmark = 基准：{ $label }
chart-legend-benchmark-dated = 基准：{ $label }（{ $date }）
batch-sheet-assessments = 评估
batch-sheet-indicators = 指标
batch-col-country = 国家
batch-col-round = 轮次
batch-col-date = 日期
batch-col-status = 状态
batch-col-overall = 总体平均分
batch-col-overall-phase = 总体阶段
batch-col-indicator = 指标
batch-col-block = 构成要素
batch-col-phase = 当前阶段
batch-col-target = 目标阶段
batch-status-draft = 草稿
batch-status-finalised = 已定稿
move-exported = 已写入 { $path } 的评估：{ $count } 项。
move-imported = 已导入迁移文件。新评估：{ $added } 项。与此处已有副本合并：{ $merged } 项。{ $conflicts ->
    [0] 没有冲突。
   *[other] 有 { $conflicts } 个冲突等待决定。
}
about-title = 关于 DHMA
about-version = 版本 { $version }
about-licence = DHMA 是采用 { $licence } 许可证的自由软件。
about-fonts-heading = 字体
about-fonts-notice = 报告和图表图片使用 Google 的 Noto 字体（Noto Sans、Noto Sans Arabic、Noto Sans CJK SC），依据 SIL Open Font License 1.1 版授权。其版权文件及许可证原文附后。
about-crates-heading = 第三方软件
about-crates-intro = 本程序包含的开源 Rust 库（crate），每个均附其许可证（SPDX 表达式）及其自带的许可证文件原文：{ $count } 个。
about-licence-text = 许可证文本
about-no-licence-file = 此库未附带许可证文件；其许可证如上所示。
about-licence-undeclared = 未声明

roadmap-origin-own = 由团队撰写
roadmap-origin-template = 来自 DHMA 模板库
roadmap-cross-cutting = 跨领域行动
roadmap-cross-cutting-short = 跨领域
roadmap-all-blocks = 所有构成要素
roadmap-body-development-partners = 发展伙伴
roadmap-body-private-sector = 私营部门
roadmap-body-subnational = 地方各级（地区、区县）
roadmap-body-other-ministries = 其他部委
