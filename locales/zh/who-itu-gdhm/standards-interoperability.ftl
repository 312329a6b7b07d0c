# standards-interoperability：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 15 (scored indicator; scale phases)
gdhm-i15-title = 数字卫生架构与信息交换
gdhm-i15-question = 本国是否已采用国家数字卫生架构？是否有卫生信息交换平台使各系统能够相互共享数据？
gdhm-i15-phase-1 = 尚未确定国家数字卫生架构；卫生信息系统之间即使共享数据，也仅通过人工传输或两个系统之间的孤立连接进行。
gdhm-i15-phase-2 = 已起草或正式认可国家架构或信息交换蓝图，但很少有系统遵循，也尚无共享交换服务投入运行。
gdhm-i15-phase-3 = 该架构已获采用并用于指导新的投资；共享交换服务已连接若干重点系统，主要实施伙伴参与架构的使用和修订。
gdhm-i15-phase-4 = 卫生部主导并维护该架构；卫生信息交换平台在全国范围内运行，大多数重点系统通过该平台共享数据，其使用情况和运行绩效受到监测。
gdhm-i15-phase-5 = 该架构和信息交换平台已实现制度化，设有经常性预算、常设运行团队并定期修订，所有新建卫生信息系统均须与其对接。
gdhm-i15-guidance = 查找经卫生部认可的架构文件，并核查哪些系统实际通过共享服务而非各自独立的直接连接交换数据。可咨询数字卫生部门、卫生管理信息系统（HMIS）团队、信息通信技术主管部委以及主要实施伙伴。
gdhm-i15-evidence-1 = 经认可的国家数字卫生架构文件
gdhm-i15-evidence-2 = 已接入卫生信息交换平台的系统清单
gdhm-i15-evidence-3 = 交换服务的运行报告或绩效报告
# step 1->2, action line 'architecture', timeframe short, cost low, responsible moh-dhu
gdhm-i15-s1-a1 = 召集技术工作组起草国家数字卫生架构，说明核心系统、共享登记册以及它们之间的数据流。
gdhm-i15-s1-a1-monitor = 架构文件草案已提交卫生部认可；工作组会议召开次数
# step 1->2, action line 'architecture', timeframe short, cost low, responsible ict-ministry
gdhm-i15-s1-a2 = 使卫生架构草案与政府整体的企业架构和互操作性框架保持一致，并确定卫生部门可重复使用的政府共享组件。
gdhm-i15-s1-a2-monitor = 已完成并记录一致性审查，并附有可重复使用的政府组件清单
# step 2->3, action line 'architecture', timeframe short, cost medium, responsible moh-dhu
gdhm-i15-s2-a1 = 梳理所有正在使用的卫生信息系统及其数据交换情况，并选定首批通过共享交换服务接入的重点系统。
gdhm-i15-s2-a1-monitor = 已发布系统清单；选定接入的重点系统数量
# step 2->3, action line 'architecture', timeframe medium, cost low, responsible ict-ministry
gdhm-i15-s2-a2 = 商定服务安排，由政府数据中心和互操作性平台承载卫生信息交换平台。
gdhm-i15-s2-a2-monitor = 已签署并生效的托管或服务协议
# step 3->4, action line 'architecture', timeframe medium, cost medium, responsible moh-dhu
gdhm-i15-s3-a1 = 建立常设架构审查程序，在批准前对照国家架构审查每一项新建或升级卫生信息系统的提案。
gdhm-i15-s3-a1-monitor = 年内对照架构接受审查的新系统提案所占比例
# step 3->4, action line 'architecture', timeframe medium, cost high, responsible ict-ministry
gdhm-i15-s3-a2 = 将卫生信息交换平台的基础设施扩展至全国规模，并配备冗余、安全监测和灾难恢复能力。
gdhm-i15-s3-a2-monitor = 通过交换平台交换数据的重点系统数量；交换平台全年可用率（%）
# step 4->5, action line 'architecture', timeframe long, cost high, responsible moh-dhu
gdhm-i15-s4-a1 = 强制要求所有公立和私立卫生信息系统接入卫生信息交换平台，并从经常性卫生预算中为其运行提供资金。
gdhm-i15-s4-a1-monitor = 已接入交换平台的获许可卫生信息系统所占比例；经批准的卫生预算中为交换平台设立的经常性预算科目
# step 4->5, action line 'architecture', timeframe medium, cost medium, responsible ict-ministry
gdhm-i15-s4-a2 = 建立定期独立审查制度，对照国家电子政务标准审查卫生架构和信息交换平台，并公布审查结果。
gdhm-i15-s4-a2-monitor = 本期内开展并公布的架构审查次数

## Indicator 16 (scored indicator; scale phases)
gdhm-i16-title = 正在使用的卫生信息标准
gdhm-i16-question = 是否已在全国范围内采用卫生数据内容、术语和交换标准？这些标准是否应用于正在使用的卫生信息系统？
gdhm-i16-phase-1 = 尚未在全国范围内采用任何卫生信息标准；各系统使用各自的代码、格式和数据定义。
gdhm-i16-phase-2 = 已提出或正式批准国家标准清单，但仅在少数系统中得到应用，且没有维护该清单的程序。
gdhm-i16-phase-3 = 经批准的术语、分类和数据交换标准已在若干重点系统中应用，标准委员会定期与实施方召开会议。
gdhm-i16-phase-4 = 由政府主导维护国家标准目录，对系统进行符合性测试，并跟踪各重点系统对标准的采用情况。
gdhm-i16-phase-5 = 标准的使用已实现制度化：符合标准是采购和部署的前提条件，标准目录按固定周期更新，本国参与国际标准制定工作。
gdhm-i16-guidance = 询问哪些标准已被正式采用，例如 ICD 等疾病分类、实验室和临床术语以及 HL7 FHIR 等数据交换格式，然后核查正在使用的系统是否实际应用了这些标准。可咨询国家标准机构、数字卫生部门、卫生管理信息系统（HMIS）团队和软件供应商。
gdhm-i16-evidence-1 = 采用国家卫生数据标准的部长令或通知
gdhm-i16-evidence-2 = 国家卫生信息标准目录
gdhm-i16-evidence-3 = 卫生信息系统符合性测试报告
# step 1->2, action line 'standards', timeframe short, cost low, responsible standards-body
gdhm-i16-s1-a1 = 成立卫生信息学标准技术委员会（卫生部为其成员），确定本国最先需要的标准。
gdhm-i16-s1-a1-monitor = 已通过正式决定成立委员会；年内召开会议次数
# step 1->2, action line 'standards', timeframe short, cost low, responsible moh-dhu
gdhm-i16-s1-a2 = 编制现有卫生信息系统所用代码、分类和数据格式的清单，并提出第一份国家标准清单。
gdhm-i16-s1-a2-monitor = 已完成清单编制；拟议标准清单已提交委员会
# step 2->3, action line 'standards', timeframe short, cost medium, responsible standards-body
gdhm-i16-s2-a1 = 采用第一套国家卫生信息标准（必要时进行本国化调整），并在可公开访问的目录中发布。
gdhm-i16-s2-a1-monitor = 已正式采用并列入已发布目录的标准数量
# step 2->3, action line 'standards', timeframe medium, cost low, responsible moh-dhu
gdhm-i16-s2-a2 = 在所有新建和升级卫生信息系统项目的职责范围书中规定必须采用已通过的标准。
gdhm-i16-s2-a2-monitor = 明确规定国家标准的新系统合同或职责范围书所占比例
# step 3->4, action line 'standards', timeframe medium, cost medium, responsible standards-body
gdhm-i16-s3-a1 = 建立符合性测试服务，验证卫生信息系统是否正确应用国家标准。
gdhm-i16-s3-a1-monitor = 年内接受符合性测试的系统数量；通过测试的系统所占比例
# step 3->4, action line 'standards', timeframe medium, cost high, responsible moh-dhu
gdhm-i16-s3-a2 = 升级现有重点系统，使其应用国家术语和交换标准，并对实施团队进行培训。
gdhm-i16-s3-a2-monitor = 在日常运行中使用国家标准的重点系统所占比例
# step 4->5, action line 'standards', timeframe long, cost high, responsible standards-body
gdhm-i16-s4-a1 = 设立常设国家计划，负责维护卫生信息标准，内容包括版本发布管理、国家扩展以及参与国际标准组织。
gdhm-i16-s4-a1-monitor = 按时发布目录修订版；本国代表出席国际标准会议的次数
# step 4->5, action line 'standards', timeframe medium, cost medium, responsible moh-dhu
gdhm-i16-s4-a2 = 将经认证符合国家标准作为任何卫生信息系统采购、许可和部署的前提条件。
gdhm-i16-s4-a2-monitor = 已通过相关指令；年内部署的系统中持有符合性证书的系统所占比例
