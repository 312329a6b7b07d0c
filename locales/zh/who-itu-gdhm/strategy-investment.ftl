# strategy-investment：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 5 (scored indicator; scale phases)
gdhm-i5-title = 国家数字卫生战略及成本核算计划
gdhm-i5-question = 本国是否有附带成本核算实施计划的国家数字卫生战略或框架？
gdhm-i5-phase-1 = 没有国家数字卫生战略或框架，或仅有一份尚未通过的草案。
gdhm-i5-phase-2 = 已通过国家数字卫生战略或框架，但没有经成本核算的实施计划，或该计划未得到使用。
gdhm-i5-phase-3 = 已通过的战略附有经成本核算的实施计划，其中明确了各项活动和职责，并与卫生规划、合作伙伴和其他利益攸关方共同实施。
gdhm-i5-phase-4 = 战略及其成本核算计划的实施由政府主导，资金已落实，并对照结果框架进行监测，定期发布进展报告。
gdhm-i5-phase-5 = 国家数字卫生战略已实现制度化：按固定周期更新，获得长期资金保障，并在全国范围内被公认为所有数字卫生投资的依据。
gdhm-i5-guidance = 获取已通过的战略或框架、其成本核算实施计划以及最新进展报告。向规划司、数字卫生部门和合作伙伴了解该计划是否用于资金决策、是否为最新版本以及如何衡量进展。
gdhm-i5-evidence-1 = 已通过的国家数字卫生战略或框架
gdhm-i5-evidence-2 = 附有结果框架的成本核算实施计划
gdhm-i5-evidence-3 = 战略的最新进展报告或中期审查报告
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5-s1-a1 = 在卫生部领导层授权下启动国家数字卫生战略的制定工作，并建立指导机制、制定时间表。
gdhm-i5-s1-a1-monitor = 已发布启动战略制定工作并附有时间表的部长决定（是/否）
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-dhu
gdhm-i5-s1-a2 = 对现有数字卫生系统、项目、合作伙伴和差距进行形势分析，作为战略的基线。
gdhm-i5-s1-a2-monitor = 形势分析报告已获利益攸关方确认（是/否）
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5-s2-a1 = 对战略各项活动进行成本核算，并编制实施计划，明确优先事项、实施顺序、责任机构和资金来源。
gdhm-i5-s2-a1-monitor = 成本核算实施计划已获确认（是/否），以及已完成成本核算的战略活动所占比例
# step 2->3, action line 'strategy', timeframe medium, cost low, responsible moh-dhu
gdhm-i5-s2-a2 = 定期与卫生规划和合作伙伴召开实施会议，使其数字卫生活动与战略及其计划保持一致。
gdhm-i5-s2-a2-monitor = 年内召开的实施会议次数，以及与战略某项活动挂钩的合作伙伴资助数字卫生项目所占比例
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5-s3-a1 = 为战略制定包含基线值和目标值的结果框架，并每年发布进展报告。
gdhm-i5-s3-a1-monitor = 已通过结果框架（是/否），以及已发布的年度进展报告数量
# step 3->4, action line 'strategy', timeframe medium, cost high, responsible moh-dhu
gdhm-i5-s3-a2 = 在数字卫生部门领导下实施成本核算计划中的优先投资，并设立项目管理办公室，跟踪交付进度、预算和风险。
gdhm-i5-s3-a2-monitor = 成本核算计划中按期且未超预算的优先投资所占比例
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5-s4-a1 = 建立国家数字卫生战略定期评价和更新周期并使之制度化，使其与卫生部门规划周期相衔接，并由国家预算提供资金。
gdhm-i5-s4-a1-monitor = 在现行战略期结束前已完成独立评价并通过后续战略（是/否）
# step 4->5, action line 'strategy', timeframe medium, cost medium, responsible moh-dhu
gdhm-i5-s4-a2 = 根据进展情况、新的需求和可用资源，每年更新实施计划，并发布更新版本。
gdhm-i5-s4-a2-monitor = 过去十二个月内已更新并发布实施计划（是/否）

## Indicator 5a (sub-indicator of 5; scale phases)
gdhm-i5a-title = 战略与全民健康覆盖的一致性
gdhm-i5a-question = 国家数字卫生战略是否与本国全民健康覆盖的目标和优先事项保持一致？
gdhm-i5a-phase-1 = 数字卫生战略与全民健康覆盖的目标或优先事项没有任何关联。
gdhm-i5a-phase-2 = 数字卫生战略提及全民健康覆盖，但其活动未与具体的覆盖优先事项（如初级卫生保健、服务可及性或经济风险保护）挂钩。
gdhm-i5a-phase-3 = 数字卫生活动根据全民健康覆盖的优先事项确定，并与负责初级卫生保健、服务提供和卫生筹资的部门共同规划。
gdhm-i5a-phase-4 = 政府主导服务于全民健康覆盖优先事项的数字卫生投资，并利用商定的指标监测其贡献。
gdhm-i5a-phase-5 = 数字卫生与全民健康覆盖之间的一致性已在国家规划中实现制度化，在历次战略中得以延续，并被公认为一项指导原则。
gdhm-i5a-guidance = 将数字卫生战略与国家全民健康覆盖路线图、初级卫生保健战略和卫生筹资战略进行比较。向规划司以及卫生筹资和初级卫生保健部门了解哪些数字卫生活动支持其目标，以及如何衡量这种支持。
gdhm-i5a-evidence-1 = 数字卫生活动与全民健康覆盖优先事项的对应分析
gdhm-i5a-evidence-2 = 提及数字卫生的国家全民健康覆盖路线图或初级卫生保健战略
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5a-s1-a1 = 将数字卫生战略的各项活动与国家全民健康覆盖路线图的优先事项逐一对照，并找出差距。
gdhm-i5a-s1-a1-monitor = 已完成战略活动与全民健康覆盖优先事项的对应分析（是/否）
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5a-s2-a1 = 会同初级卫生保健和卫生筹资部门修订数字卫生实施计划，使每项优先活动都与全民健康覆盖的某项目标挂钩。
gdhm-i5a-s2-a1-monitor = 与明确的全民健康覆盖目标挂钩的数字卫生优先活动所占比例
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5a-s3-a1 = 制定衡量数字卫生对服务覆盖和经济风险保护贡献的指标，并在卫生部门年度审查中报告。
gdhm-i5a-s3-a1-monitor = 卫生部门年度审查中报告的数字卫生贡献指标数量
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5a-s4-a1 = 在每个国家卫生规划周期中，将数字卫生与全民健康覆盖优先事项的联合规划和联合筹资制度化。
gdhm-i5a-s4-a1-monitor = 数字卫生预算中分配给与全民健康覆盖优先事项挂钩的活动的比例

## Indicator 6 (scored indicator; scale phases)
gdhm-i6-title = 数字卫生公共资金
gdhm-i6-question = 国家公共预算是否定期、充足地为数字卫生提供资金？
gdhm-i6-phase-1 = 没有专门用于数字卫生的公共资金；数字卫生几乎完全依赖捐助方或短期项目。
gdhm-i6-phase-2 = 已为数字卫生拨付公共资金，但拨款是临时性的、数额较小或未按时下达。
gdhm-i6-phase-3 = 设有明确的数字卫生公共预算科目，每年获得拨款，并与卫生规划和合作伙伴共同讨论资金决策。
gdhm-i6-phase-4 = 在政府主导下，公共资金覆盖国家数字卫生系统的主要费用（包括运行费用），支出情况得到跟踪和报告。
gdhm-i6-phase-5 = 数字卫生由国家经常性预算提供持续资金，对投资、运行和维护作出多年期承诺，这已被视为卫生筹资的常规组成部分。
gdhm-i6-guidance = 审查过去三年经批准的卫生预算和预算执行报告，并将数字卫生公共拨款与合作伙伴资金进行比较。向财政部和规划司了解是否设有数字卫生预算科目、实际下达了多少资金，以及国家系统的运行费用是否得到保障。
gdhm-i6-evidence-1 = 列有数字卫生预算科目的经批准国家预算
gdhm-i6-evidence-2 = 近年数字卫生预算执行报告
gdhm-i6-evidence-3 = 按来源（公共和外部）分列的数字卫生资金梳理
# step 1->2, action line 'financing', timeframe short, cost low, responsible finance
gdhm-i6-s1-a1 = 查明卫生和信息通信技术预算中当前用于数字卫生的公共支出，并与卫生部商定今后预算中的分类方式。
gdhm-i6-s1-a1-monitor = 已确定数字卫生公共支出基线并商定预算分类（是/否）
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6-s1-a2 = 根据重点系统经成本核算的需求，为下一个预算周期编制第一份数字卫生预算申请。
gdhm-i6-s1-a2-monitor = 已在下一个预算周期提交数字卫生预算申请（是/否）
# step 2->3, action line 'financing', timeframe short, cost medium, responsible finance
gdhm-i6-s2-a1 = 在卫生预算中设立数字卫生专门预算科目，并按时下达已批准的资金。
gdhm-i6-s2-a1-monitor = 本财政年度实际下达的数字卫生批准拨款所占比例
# step 2->3, action line 'financing', timeframe medium, cost low, responsible moh-planning
gdhm-i6-s2-a2 = 每年按来源（公共和外部）梳理所有数字卫生资金，以确定需要由公共预算填补的缺口。
gdhm-i6-s2-a2-monitor = 已完成年度数字卫生资源梳理（是/否），以及来自公共来源的资金所占比例
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible finance
gdhm-i6-s3-a1 = 将国家数字卫生系统的运行和维护费用纳入经常性预算，并在预算执行报告中报告数字卫生支出。
gdhm-i6-s3-a1-monitor = 由经常性公共预算覆盖的国家数字卫生系统运行费用所占比例
# step 3->4, action line 'financing', timeframe medium, cost high, responsible moh-planning
gdhm-i6-s3-a2 = 规划并实施将主要由捐助方资助的数字卫生系统转为公共资金支持，为每个系统商定时间表。
gdhm-i6-s3-a2-monitor = 已转为公共资金支持的捐助方资助国家数字卫生系统数量
# step 4->5, action line 'financing', timeframe long, cost high, responsible finance
gdhm-i6-s4-a1 = 在中期支出框架中承诺为数字卫生提供多年期公共资金，涵盖投资、运行以及设备和软件更换。
gdhm-i6-s4-a1-monitor = 中期支出框架已纳入多年期数字卫生拨款（是/否），以及该拨款占卫生预算的比例
# step 4->5, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6-s4-a2 = 每两年审查一次数字卫生公共支出的充足性和效率，并根据审查结果调整拨款。
gdhm-i6-s4-a2-monitor = 过去两年内已完成数字卫生公共支出审查（是/否）

## Indicator 6a (sub-indicator of 6; scale phases)
gdhm-i6a-title = 私营部门参与和投资
gdhm-i6a-question = 私营部门是否在政府制定的规则和伙伴关系框架下参与数字卫生并进行投资？
gdhm-i6a-phase-1 = 没有私营部门参与数字卫生的框架；私营部门的举措零散孤立，未与国家优先事项相协调。
gdhm-i6a-phase-2 = 已正式通过吸引私营部门参与数字卫生的政策或机制，但由此形成的伙伴关系或投资很少。
gdhm-i6a-phase-3 = 已建立与私营企业开展伙伴合作的明确规则和渠道，私营部门定期参与数字卫生规划和投资。
gdhm-i6a-phase-4 = 政府通过商定的伙伴关系模式主导并监测私营部门对数字卫生的参与，私人投资与国家战略和国家标准保持一致。
gdhm-i6a-phase-5 = 私营部门对数字卫生的参与和投资已通过长期伙伴关系安排实现制度化，其对国家卫生目标的贡献得到认可。
gdhm-i6a-guidance = 查找关于公私伙伴关系的政策、数字卫生伙伴关系协议以及国家系统中的私人投资记录。向规划司、数字卫生部门和私营部门协会了解企业如何参与、依据何种规则，以及其产品是否遵循国家标准。
gdhm-i6a-evidence-1 = 涵盖数字卫生的公私伙伴关系政策或框架
gdhm-i6a-evidence-2 = 与私营数字卫生服务提供方签署的伙伴关系协议
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6a-s1-a1 = 梳理活跃于数字卫生领域的私营部门行为体，并就国家优先事项和参与规则与其进行首次磋商。
gdhm-i6a-s1-a1-monitor = 已完成私营数字卫生行为体梳理并举行首次磋商（是/否）
# step 2->3, action line 'financing', timeframe short, cost medium, responsible moh-planning
gdhm-i6a-s2-a1 = 建立与私营部门的定期对话论坛，并发布关于伙伴关系模式、数据保护和遵守国家标准的指南。
gdhm-i6a-s2-a1-monitor = 年内召开的对话论坛会议次数，以及是否已发布伙伴关系指南（是/否）
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6a-s3-a1 = 与私营服务提供方就重点数字卫生服务签订伙伴关系协议，协议应包含绩效指标并与国家战略保持一致。
gdhm-i6a-s3-a1-monitor = 已签署的含绩效指标的伙伴关系协议数量，以及已承诺的私人投资金额
# step 4->5, action line 'financing', timeframe long, cost high, responsible moh-planning
gdhm-i6a-s4-a1 = 建立数字卫生公私投资框架并使之制度化，包括长期联合筹资安排和伙伴关系成果定期审查。
gdhm-i6a-s4-a1-monitor = 过去两年内接受审查的现行伙伴关系协议所占比例，以及已记录的私人联合筹资金额
