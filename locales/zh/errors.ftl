# 错误信息，与核心程序（src/error.rs）的错误代码一一对应。参数均为具名参数。

error-io = 无法读取或写入文件 { $path }。
error-database = 无法使用评估数据库。请重试；如果再次发生，请将“供技术支持使用的详细信息”发送给为您提供 DHMA 支持的人员。
error-database-too-new = 数据库 { $path } 由较新版本的 DHMA 创建（架构版本 { $found }；本版本最高支持 { $supported }）。该数据库未作任何更改。请安装较新版本，或打开其他文件。
error-not-dhma-database = 文件 { $path } 不是 DHMA 数据库。该文件未作任何更改。
error-assessment-not-found = 未找到标识符为 { $id } 的评估。
error-assessment-locked = { $country } – { $round } 已定稿：其答案和得分按签署时的状态锁定。如需再次评估，请在其仪表板上使用“开始下一轮”（或 dhma new-round）。
error-unknown-framework = 本版本 DHMA 未提供框架 { $id } { $version }。
error-unknown-language = 语言 { $lang } 不可用。可用语言：en、fr、es、pt、ar、ru、zh。
error-unknown-indicator = 本框架中不存在指标 { $code }。
error-answered-twice = 文件中指标 { $code } 有两个回答。未导入任何内容。
error-rater-unknown = 没有名为“{ $name }”的参与者或小组。未做任何更改。
error-rater-has-ratings = “{ $name }”在本评估中有评分或已记录的异议，无法删除。请先删除其评分和异议。未做任何更改。
error-consensus-note-required = 指标 { $code }：商定的阶段超出了评分范围，或评分分歧过大。请填写共识说明，说明全体为何商定该阶段。未做任何更改。
error-group-name-taken = 已有名为“{ $name }”的小组。请另选名称。未做任何更改。
error-csv-blank-participant = 第 { $line } 行：参与者姓名为空。未导入任何内容。
error-csv-rated-twice = 第 { $line } 行：{ $name } 已在第 { $first } 行对指标 { $code } 评分。未导入任何内容。
error-invalid-value = 值“{ $value }”不是“{ $label }”的有效值。
error-required = 请填写{ $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    }。
error-content = 框架存在 { $count ->
   *[other] { $count } 个问题
    }：
error-file-too-large = 文件 { $path } 的大小为 { $size }，超过了 { $limit } 的上限。该文件未导入。
error-malformed-json = 文件 { $path } 已损坏或不是评估文件：第 { $line } 行第 { $column } 列无法读取。未导入任何内容。
error-not-utf8 = 文件 { $path } 不是 DHMA 使用的 UTF-8 编码文本：第 { $line } 行第 { $column } 列的字符无法读取。如果该文件由其他程序保存，请将其重新保存为 UTF-8，或从 DHMA 重新导出。未导入任何内容。
error-not-assessment-file = 文件 { $path } 不是 DHMA 评估文件。未导入任何内容。
error-format-too-new = 文件 { $path } 由较新版本的 DHMA 写入（格式版本 { $found }；本版本最高可读取 { $supported }）。请安装较新版本后再导入。
error-checksum-mismatch = 文件 { $path } 在导出后已被更改或损坏：校验和不匹配。未导入任何内容。
error-invalid-file-field = 无法导入文件 { $path }：{ $reason }（位于“{ $label }”）。未导入任何内容。
error-phase-out-of-range = 指标 { $code }：为“{ $label }”填写的值 { $value } 不是 1 至 5 的阶段值。未导入任何内容。
error-already-exists = 评估 { $country } – { $round } 已存在于此数据库中。请先将其删除，或在另一台计算机上导入该文件。
error-csv-malformed = 无法读取第 { $line } 行。
error-csv-missing-column = 第一行必须是包含 indicator 列和 phase 列（可选 target 列）的表头；缺少 { $column } 列。
error-csv-unknown-indicator = 第 { $line } 行：本框架中没有指标 { $code }。
error-csv-bad-phase = 第 { $line } 行：为“{ $label }”填写的值“{ $value }”必须是 1 至 5 的阶段值或 NA。
error-csv-duplicate = 第 { $line } 行：指标 { $code } 已在第 { $first } 行给出。

content-issue = { $file }，{ $item }，{ $field }：{ $problem }
content-issue-item = – { $issue }
content-syntax = 无法读取该文本（{ $detail }）
content-missing = 缺失
content-empty = 为空
content-orphan = 未被框架使用（孤立项）
content-duplicate = 重复给出
content-unknown-reference = 引用了不存在的“{ $detail }”
content-out-of-range = 超出范围：{ $detail }
content-invalid = 无效：{ $detail }
content-locale-tag = 不是本产品提供的语言标签
content-placeables = 使用的变量与英文文本不同：{ $detail }
error-database-in-use = 评估文件 { $path } 已在另一个 DHMA 窗口或程序中打开。请先在那里关闭；未作任何更改。
error-no-rounds = 此数据库中没有 { $country } 的评估。
error-database-damaged = 评估数据库 { $path } 已损坏。它未被更改。请恢复一个备份，或新建一个文件。
error-damaged-row = 无法读取一个已保存的值：评估数据库在此处已损坏。未作任何更改。请恢复一个备份。
error-read-only = 无法写入评估数据库 { $path }：磁盘或文件夹为只读。最后一次更改未保存；其他内容均未丢失。请将文件复制到可写入的文件夹，或联系您的管理员。
error-disk-full = 存放 { $path } 的磁盘已满。最后一次更改未保存；其他内容均未丢失。请释放一些空间后重试。
error-backup-not-found = 没有名为 { $name } 的备份。
error-not-ready-to-finalise = 评估尚不能定稿：仍有 { $count } 个指标需要填写阶段（或“不适用”）和理由：{ $codes }。

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = 文件或文件夹 { $path } 不存在。它可能已被移动、重命名或删除。
error-io-permission-denied = DHMA 无权读取或写入 { $path }。请检查该文件或文件夹的权限，或询问您的管理员。
error-io-already-exists = 已存在名为 { $path } 的文件或文件夹。
error-io-read-only = { $path } 位于只读磁盘或文件夹中：无法写入。
error-io-storage-full = 存放 { $path } 的磁盘已满。请释放一些空间，然后重试。
error-io-is-a-directory = { $path } 是文件夹，不是文件。
error-io-not-a-directory = 路径 { $path } 中应为文件夹的部分是一个文件。
error-io-invalid-filename = { $path } 在这台计算机上不是有效的文件名。
error-io-file-too-large = { $path } 对于此磁盘或文件夹来说太大。
error-io-unexpected-eof = 文件 { $path } 提前结束：它不完整或已损坏。
error-io-invalid-data = 文件 { $path } 含有无法读取的数据：它可能已损坏。
error-invalid-value-empty = 必须填写“{ $label }”。
error-invalid-value-internal = DHMA 无法生成“{ $label }”。这是 DHMA 的故障：请报告此问题，并附上供技术支持使用的详细信息。
error-file-reason-unknown-field = 它含有此版本 DHMA 不认识的字段（由更新的版本写入，或经过手工编辑）
error-file-reason-framework-mismatch = 它注明了两个不同的框架或框架版本
error-file-reason-missing-field = 缺少一个必填字段
error-file-reason-wrong-type = 某个值的类型不正确（例如应为数字的地方是文本）
error-file-reason-bad-value = 某个值不在允许的取值之内
error-file-reason-duplicate-field = 某个字段出现了两次
error-file-reason-damaged = 其内容不符合 DHMA 评估的格式
error-csv-malformed-fields = 第 { $line } 行有 { $found } 个值，但表头有 { $expected } 列。
error-csv-malformed-utf8 = 第 { $line } 行不是 UTF-8 文本。请将文件另存为“CSV UTF-8”格式。
error-support-details = 供技术支持使用的详细信息：{ $details }
error-merge-into-finalised = 评估 { $country } – { $round } 在这台计算机上已定稿：无法将文件中的更改合并进来。请开始下一轮次来记录更改，或在该评估仍为草稿的计算机上导入此文件。未作任何更改。
error-merge-finalised-file = 文件中的评估 { $country } – { $round } 已定稿，而这台计算机上的草稿与之不同。如要采用定稿版本，请在此删除草稿（会保留一个备份文件），然后重新导入该文件。未作任何更改。
error-conflict-not-found = 指标“{ $indicator }”的字段“{ $field }”没有等待决定的冲突。“dhma conflicts”会列出各冲突及其字段。未作任何更改。
error-conflict-value-not-allowed = “{ $field }”只能通过保留其中一方的值来解决，不能填写其他值。未作任何更改。

# Rounds that start from the last one (issue 12).
error-change-note-required = 指标 { $code }：新阶段与从上一轮沿用的阶段不同。请说明自上一轮以来发生了什么变化，然后再次保存该阶段。
error-carried-not-reviewed = 评估尚不能定稿：仍有 { $count } 个从上一轮沿用的答案未经复核：{ $codes }。请逐一保存，或将其标记为“已复核，无变化”。
error-round-name-taken = { $country } 已有名为 { $round } 的轮次。请换一个名称。

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = { $title } 没有上一轮，因此无法预先填写问卷。请在不带上一轮阶段的情况下打印。
error-answers-cell-unknown-indicator = 工作表“{ $sheet }”，第 { $row } 行，{ $column } 列（{ $header }）：“{ $value }”不是此评估框架中的指标。
error-answers-cell-duplicate = 工作表“{ $sheet }”，第 { $row } 行，{ $column } 列（{ $header }）：指标 { $value } 已出现在第 { $first } 行。
error-answers-cell-bad-phase = 工作表“{ $sheet }”，第 { $row } 行，{ $column } 列（{ $header }）：“{ $value }”不是阶段：请填写 1 至 5，或 NA。
error-answers-cell-bad-target = 工作表“{ $sheet }”，第 { $row } 行，{ $column } 列（{ $header }）：“{ $value }”不是目标阶段：请填写 1 至 5，或将单元格留空。
error-answers-cell-bad-year = 工作表“{ $sheet }”，第 { $row } 行，{ $column } 列（{ $header }）：“{ $value }”不是 2000 至 2100 之间的年份。
error-answers-cell-no-code = 工作表“{ $sheet }”，第 { $row } 行，{ $column } 列（{ $header }）：该行有答案，但没有指标代码。
error-answers-no-code-column = 工作表“{ $sheet }”没有“{ $heading }”列：其第一行须为 DHMA 导出的“指标”工作表的列标题（任一语言均可）。
error-answers-no-answer-column = 工作表“{ $sheet }”没有答案列：其第一行至少须有以下标题之一：{ $headings }。
error-spreadsheet-unreadable = 无法将“{ $path }”读取为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。
error-gdhm-detail-missing = GDHM 上传需要“{ $field }”：请在 GDHM 信息中填写，然后重新导出。未写入任何文件。
error-gdhm-invalid-email = “{ $field }”中的“{ $value }”不是 GDHM 接受的电子邮件地址。未写入任何文件。
error-gdhm-unanswered = GDHM 上传要求每个指标都有阶段或 NA；以下指标尚无：{ $codes }。未写入任何文件。
error-gdhm-file-unreadable = { $path } 不是 DHMA 能读取的 Excel 工作簿（.xlsx）。
error-gdhm-file-empty = { $path } 没有任何国家数据：它不是 GDHM 数据导出文件。
error-gdhm-file-cell-header = { $path }，第 { $row } 行，第 { $column } 列：“{ $value }”不是 GDHM 数据导出文件的标题（Indicator 加代码，或 Category 加编号）。
error-gdhm-file-cell-phase = { $path }，第 { $row } 行，第 { $column } 列：“{ $value }”不是阶段（Phase 1 至 Phase 5，或 Not Available）。
error-gdhm-file-cell-country = { $path }，第 { $row } 行，第 { $column } 列：该行有阶段但没有国家名称。
error-gdhm-country-not-in-file = { $path } 中没有名为“{ $country }”的国家。
error-gdhm-no-common-indicators = { $path } 中没有本评估框架的任何指标。
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = “{ $value }”不是 DHMA 能绘制的图表：请选择 radar（雷达图）或 bars（条形图）。
error-unknown-image-format = “{ $value }”不是 DHMA 能写出的图像格式：请选择 png 或 svg。
error-dpi-out-of-range = 无法使用分辨率“{ $value }”：请给出 { $min } 至 { $max } 之间的整数（每英寸点数）。
error-chart-image = DHMA 无法绘制图表图像。这是 DHMA 的故障：请报告此问题，并附上供技术支持使用的详细信息。

error-invalid-action-year = “{ $value }”不是有效的行动年份：请用数字填写 2000 至 2100 年之间的年份。
error-invalid-action-end-before-start = 结束年份 { $value } 早于开始年份：行动不能在开始之前结束。
error-invalid-action-amount = “{ $value }”不是金额：请用数字填写零或以上的数，最多两位小数（例如 250000 或 1500.50）。
error-invalid-action-currency = “{ $value }”不是币种代码：请填写其 ISO 4217 代码的三个字母，例如 USD、EUR 或 XOF。
error-invalid-action-budget-incomplete = 预算“{ $value }”需要同时填写金额和币种。
error-invalid-action-template-action = “{ $value }”来自 DHMA 模板库：请将其状态设为“已放弃”，而不是删除，以免下次生成建议时再次出现。
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = 未从 { $path } 中选择任何国家：请至少选择一个用于比较的国家。
