# dhma 命令行的文本。

cli-about = 开展国家数字卫生成熟度评估并计分。
cli-error = 错误：{ $message }
cli-score-excluded-item = { $code }（{ $reason }）
cli-compare-round = { $round }（{ $date }）
cli-frameworks-title = 框架
cli-framework-line = { $id } { $version }：{ $name }
cli-framework-counts = { $blocks } 个构成要素，{ $scored } 项计分指标，{ $sub } 项子指标，{ $actions } 项路线图行动
cli-languages = 语言：{ $list }
cli-language-item = { $code }（{ $name }）
cli-validate-ok = { $id } { $version } 有效：已在全部 { $langs } 种语言中分别检查 { $keys } 条文本。
cli-score-title = 得分：{ $framework } { $version }
cli-score-col-block = 构成要素
cli-score-col-mean = 平均值
cli-score-col-phase = 阶段
cli-score-col-scored = 计分
cli-score-col-excluded = 排除
cli-exported = 已将 { $title } 导出至 { $path }。
cli-imported = 已导入 { $title }（标识符 { $id }）。
cli-demo-created = 示例评估 { $title } 已就绪（标识符 { $id }）。
cli-demo-exists = 示例评估 { $title } 已在数据库中（标识符 { $id }）。
cli-list-empty = 尚无评估。运行“dhma demo”可添加示例评估。
cli-list-title = { $path } 中的评估
cli-list-line = { $id }  { $title }  { $date }  { $status }  已作答 { $answered }/{ $total }
cli-report-written = 报告（共 { $pages } 页）已写入 { $path }。
cli-backups-empty = 尚无备份。DHMA 会在每次升级前、每次定稿时以及保存答案期间每小时创建一个备份。
cli-backups-title = { $dir } 中的备份（最新的在前）：
cli-backup-line = { $name }  { $reason }  评估数：{ $assessments }  { $kib } KiB
cli-restored = 已恢复备份 { $name }。恢复前的数据库已保存为备份 { $before }。
cli-restored-aside = 已恢复备份 { $name }。无法打开的数据库已原样保存为 { $aside }。
cli-finalised = { $title } 已定稿并锁定（校验码 { $fingerprint }）。保留的备份：{ $backup }。
cli-compare-title = { $country }：共 { $count } 个轮次，各构成要素的平均阶段，按时间从早到晚

cli-ratings-imported = 已导入 { $count } 个评分。
cli-ratings-added = 新增参与者（{ $count }）：{ $names }
cli-ratings-col-indicator = 指标
cli-ratings-col-count = 评分数
cli-ratings-col-min = 最低
cli-ratings-col-median = 中位数
cli-ratings-col-max = 最高
cli-ratings-col-counts = 阶段 1–5、不适用
cli-ratings-col-agreed = 商定
cli-ratings-col-discuss = 讨论
cli-ratings-na = 不适用
cli-ratings-discuss = 需讨论

## Merging copies of an assessment (issue 12)
cli-exported-for-group = 已将 { $title } 为小组 { $group }（{ $blocks ->
    [0] 全部构成要素
   *[other] { $blocks } 个构成要素
}）导出至 { $path }。
cli-conflicts-hint = 有冲突等待决定：用“dhma conflicts { $id }”列出冲突，再用“dhma resolve”逐一解决。
cli-conflicts-none = 没有等待决定的冲突。
cli-conflicts-count = { $count ->
   *[other] 有 { $count } 个冲突等待决定。
}
cli-conflict-heading = { $label }（dhma resolve … { $indicator } { $field }）
cli-conflict-local = 本机：{ $value } – { $changed }
cli-conflict-incoming = 文件中：{ $value } – { $changed }
cli-resolved = 已解决。{ $count ->
    [0] 没有剩余的冲突。
   *[other] 还剩 { $count } 个冲突。
}
# Rounds that start from the last one (issue 12).
cli-round-started = 已从 { $from } 开始 { $title }（标识 { $id }）：沿用了 { $count } 个答案，每个都需复核。
cli-round-from-latest = { $asked } 不是其所在国家的最近一轮：新一轮从最近一轮 { $from } 开始。
cli-changes-block = { $name }：平均值 { $mean }；{ $phase }；{ $target }（{ $direction }）
cli-changes-indicator = { $label }：{ $phase }；{ $target }（{ $direction }）

cli-handout-written = 问卷（共 { $pages } 页）已写入 { $path }。

cli-progress-written = 进展报告（共 { $pages } 页）已写入 { $path }。
cli-exported-all = 已将 { $count } 项评估导出到 { $path }。
cli-reports-written = 已在 { $path } 中写入 { $count } 份报告。
cli-exported-gdhm = 已将 { $title } 的 GDHM 上传文件导出到 { $path }。
cli-benchmark-imported = 已保存基准“{ $label }”（{ $count } 个国家）。
cli-benchmark-cleared = 已删除基准。
# dhma chart
cli-chart-written = 图表已保存至 { $path }。
cli-report-docx-written = 可编辑报告（Word 文档）已写入 { $path }。
