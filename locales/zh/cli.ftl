# dhma 命令行的文本。

cli-about = 开展国家数字卫生成熟度评估并计分。
cli-error = 错误
cli-frameworks-title = 框架
cli-framework-line = { $id } { $version }：{ $name }
cli-framework-counts = { $blocks } 个构成要素，{ $scored } 项计分指标，{ $sub } 项子指标，{ $actions } 项路线图行动
cli-languages = 语言：{ $list }
cli-validate-ok = { $id } { $version } 有效：已在全部 { $langs } 种语言中分别检查 { $keys } 条文本。
cli-score-title = 得分：{ $framework } { $version }
cli-score-col-block = 构成要素
cli-score-col-mean = 平均值
cli-score-col-phase = 阶段
cli-score-col-scored = 计分
cli-score-col-excluded = 排除
cli-exported = 已将 { $country } – { $round } 导出至 { $path }。
cli-imported = 已导入 { $country } – { $round }（标识符 { $id }）。
cli-demo-created = 示例评估 { $country } – { $round } 已就绪（标识符 { $id }）。
cli-demo-exists = 示例评估 { $country } – { $round } 已在数据库中（标识符 { $id }）。
cli-list-empty = 尚无评估。运行“dhma demo”可添加示例评估。
cli-list-title = { $path } 中的评估
cli-list-line = { $id }  { $country } – { $round }  { $date }  { $status }  已作答 { $answered }/{ $total }
cli-report-written = 报告（共 { $pages } 页）已写入 { $path }。
