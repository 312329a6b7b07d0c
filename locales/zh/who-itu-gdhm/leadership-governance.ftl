# leadership-governance：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 1 (scored indicator; scale phases)
gdhm-i1-title = 国家数字卫生治理机制
gdhm-i1-question = 是否有由政府主导的国家机构或机制，在整个卫生部门引导和协调数字卫生工作？
gdhm-i1-phase-1 = 没有治理数字卫生的国家机构或机制；各项目由各卫生规划、合作伙伴或捐助方分别主导，彼此之间几乎没有协调。
gdhm-i1-phase-2 = 已通过法令或部长令等形式正式设立国家数字卫生机构或机制，但其会议不定期召开，缺乏明确的职责或资源，对决策的影响很小。
gdhm-i1-phase-3 = 该治理机构有明确的职责范围和成员组成，定期与各卫生规划、其他部委和合作伙伴召开会议，其决定用于指导数字卫生投资。
gdhm-i1-phase-4 = 该治理机构在政府主导下全面运作，设有秘书处、工作计划和预算；它监测数字卫生议程的实施情况并报告进展。
gdhm-i1-phase-5 = 数字卫生治理已成为政府常设结构的一部分，依靠经常性公共资金得以维持，不受领导层更替的影响，并在全国范围内被公认为引导数字卫生工作的权威机构。
gdhm-i1-guidance = 查找设立该机构的法律或行政文件、其职责范围以及近期会议纪要。向数字卫生部门、规划司和主要发展伙伴了解数字卫生投资决策是否确实经过该机构。
gdhm-i1-evidence-1 = 设立治理机构的法令或部长令
gdhm-i1-evidence-2 = 该机构的职责范围和成员名单
gdhm-i1-evidence-3 = 过去十二个月内所召开会议的纪要
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i1-s1-a1 = 梳理现有的数字卫生委员会、项目和合作伙伴，并起草国家数字卫生治理机构的职责、成员组成和职责范围。
gdhm-i1-s1-a1-monitor = 梳理报告和职责范围草案已提交卫生部高级管理层（是/否）
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-planning
gdhm-i1-s1-a2 = 拟订并提交签署正式设立国家数字卫生治理机构并指定其主席的部长令。
gdhm-i1-s1-a2-monitor = 设立治理机构的部长令已签署（是/否）
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i1-s2-a1 = 在数字卫生部门设立秘书处，按固定日程召集治理机构会议，准备会议议程并跟进其决定的落实。
gdhm-i1-s2-a1-monitor = 年内召开并分发会议纪要的治理机构会议次数与计划日程的对比
# step 2->3, action line 'governance', timeframe medium, cost low, responsible moh-planning
gdhm-i1-s2-a2 = 将治理机构的成员扩大至各卫生规划、其他部委、国家以下各级卫生主管部门、合作伙伴和民间社会，并明确其决定如何纳入部门规划。
gdhm-i1-s2-a2-monitor = 职责范围所列各方代表中，年内出席至少一半会议者所占比例
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i1-s3-a1 = 为治理机构通过附有目标的多年期工作计划，并在每次会议上报告计划进展。
gdhm-i1-s3-a1-monitor = 已通过工作计划（是/否），以及年内已完成的计划活动所占比例
# step 3->4, action line 'governance', timeframe medium, cost high, responsible moh-planning
gdhm-i1-s3-a2 = 为治理机构配备有专职人员的秘书处和专门预算科目，并规定任何数字卫生项目（包括合作伙伴资助的项目）在获批前都必须经该机构审查。
gdhm-i1-s3-a2-monitor = 年内获批的新数字卫生项目中经治理机构审查者所占比例
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i1-s4-a1 = 将治理机构纳入卫生部的常设组织结构，使其制度化，并配备不依赖外部项目的正式编制岗位和经常性资金。
gdhm-i1-s4-a1-monitor = 由国家经常性预算承担的治理机构运行费用所占比例
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible moh-planning
gdhm-i1-s4-a2 = 每三年委托对治理机构的绩效开展一次独立审查，并发布关于其决定和成果的年度报告。
gdhm-i1-s4-a2-monitor = 过去三年内已完成独立审查并已发布年度报告（是/否）

## Indicator 2 (scored indicator; scale phases)
gdhm-i2-title = 国家卫生规划和预算中的数字卫生
gdhm-i2-question = 数字卫生是否已纳入国家卫生部门战略或规划，并有列入预算的活动？
gdhm-i2-phase-1 = 国家卫生战略或规划未提及数字卫生，或仅作笼统表述，没有具体活动或预算。
gdhm-i2-phase-2 = 国家卫生战略或规划已将数字卫生列为优先事项，但相关活动未经成本核算或未列入预算。
gdhm-i2-phase-3 = 国家卫生规划包含明确且经成本核算的数字卫生活动，并在年度规划和预算编制过程中与利益攸关方进行讨论。
gdhm-i2-phase-4 = 在政府主导下，国家卫生规划中的数字卫生活动通过卫生预算获得资金，其实施情况在卫生部门的定期审查中受到监测。
gdhm-i2-phase-5 = 数字卫生已成为每个国家卫生规划周期中列入预算的固定组成部分，在历次规划中得以延续，并被公认为卫生部门规划的标准组成部分。
gdhm-i2-guidance = 审查现行国家卫生部门战略规划、其成本核算业务计划以及本年度卫生预算。向规划司和财政部了解数字卫生活动是否有单独的预算科目，以及是否在年度部门审查中得到跟踪。
gdhm-i2-evidence-1 = 包含数字卫生章节的国家卫生部门战略规划
gdhm-i2-evidence-2 = 卫生领域成本核算业务计划或中期支出框架
gdhm-i2-evidence-3 = 列有数字卫生预算科目的年度卫生预算
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible moh-planning
gdhm-i2-s1-a1 = 在国家卫生部门战略的下一次修订或中期审查中，将数字卫生列为明确的优先事项并设定目标。
gdhm-i2-s1-a1-monitor = 经批准的卫生部门战略或中期审查文件包含数字卫生目标（是/否）
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible finance
gdhm-i2-s1-a2 = 在国家预算分类中设立预算代码或子项目，以便识别和报告卫生预算中的数字卫生支出。
gdhm-i2-s1-a2-monitor = 已在国家预算分类中设立数字卫生预算代码或子项目（是/否）
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible moh-planning
gdhm-i2-s2-a1 = 对国家卫生规划中的数字卫生活动进行成本核算，并将其纳入卫生部及其各项规划的年度业务计划。
gdhm-i2-s2-a1-monitor = 国家卫生规划中在年度业务计划内有成本估算的数字卫生活动所占比例
# step 2->3, action line 'policy-alignment', timeframe medium, cost low, responsible finance
gdhm-i2-s2-a2 = 在卫生部门年度预算听证中审议经成本核算的数字卫生活动，并将由此确定的拨款记入数字卫生预算代码。
gdhm-i2-s2-a2-monitor = 经批准的年度预算中数字卫生预算代码下的拨款金额
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible moh-planning
gdhm-i2-s3-a1 = 在国家卫生规划的监测框架中增加数字卫生指标，并在卫生部门年度联合审查中报告这些指标。
gdhm-i2-s3-a1-monitor = 最近一期卫生部门年度审查报告中报告的数字卫生指标数量
# step 3->4, action line 'policy-alignment', timeframe medium, cost high, responsible finance
gdhm-i2-s3-a2 = 通过中期支出框架为国家卫生规划中经成本核算的数字卫生活动提供资金，对投资费用和运行费用均作出多年期拨款安排。
gdhm-i2-s3-a2-monitor = 卫生规划中经成本核算的数字卫生资金需求由中期支出框架拨款覆盖的比例
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible moh-planning
gdhm-i2-s4-a1 = 将经成本核算的数字卫生部分列为国家和国家以下各级卫生规划指南的必备内容，并在历次规划周期中持续实施。
gdhm-i2-s4-a1-monitor = 本周期国家以下各级卫生规划中包含经成本核算数字卫生部分的规划所占比例
# step 4->5, action line 'policy-alignment', timeframe medium, cost medium, responsible finance
gdhm-i2-s4-a2 = 每年对照拨款跟踪数字卫生实际支出，并在卫生部门预算执行报告中予以公布。
gdhm-i2-s4-a2-monitor = 年度预算执行报告中已公布数字卫生拨款执行率（是/否，以及执行率%）

## Indicator 2a (sub-indicator of 2; scale phases)
gdhm-i2a-title = 国家数字政策和数据政策中的卫生内容
gdhm-i2a-question = 国家数字化转型政策和国家数据治理政策是否明确涉及卫生部门？
gdhm-i2a-phase-1 = 没有国家数字化转型政策或数据治理政策，或现有政策未提及卫生。
gdhm-i2a-phase-2 = 国家数字化转型政策或数据治理政策提及卫生，但没有具体目标和职责，也未与卫生部进行协调。
gdhm-i2a-phase-3 = 国家数字政策为卫生领域设定了明确目标，卫生部定期参与该政策的协调机制。
gdhm-i2a-phase-4 = 国家数字政策和数据政策中的卫生目标在政府主导下得到落实，政府共享数字服务和数据规则在卫生部门得到应用，进展情况受到监测。
gdhm-i2a-phase-5 = 卫生已成为国家数字化转型和数据治理中长期存在并得到公认的组成部分，在历次政策中得以延续，并由相关部委联合审查。
gdhm-i2a-guidance = 审查国家数字化转型战略、国家数据治理政策或数据战略以及电子政务计划。向主管信息通信技术的部委和数字卫生部门了解卫生领域是否有具体目标、卫生部是否参加协调机构，以及数字身份、数据交换和托管等共享服务是否服务于卫生部门。
gdhm-i2a-evidence-1 = 包含卫生章节的国家数字化转型战略
gdhm-i2a-evidence-2 = 提及卫生数据的国家数据治理政策或战略
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible ict-ministry
gdhm-i2a-s1-a1 = 让卫生部参与国家数字化转型政策和数据治理政策的起草或修订，使卫生被列为优先部门。
gdhm-i2a-s1-a1-monitor = 在最近一次政策起草或修订过程中已正式征求卫生部意见（是/否）
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible ict-ministry
gdhm-i2a-s2-a1 = 会同卫生部在国家数字化转型政策中确定卫生领域的具体目标和职责，并在该政策的协调机构中为卫生部设立席位。
gdhm-i2a-s2-a1-monitor = 国家数字化转型政策中已指定责任机构的卫生领域具体目标数量
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible ict-ministry
gdhm-i2a-s3-a1 = 将数字身份、数据交换和托管等政府共享数字服务扩展至卫生部门，并对照政策中的卫生目标监测其使用情况。
gdhm-i2a-s3-a1-monitor = 政策年度进展报告中所报告的卫生部门正在使用的政府共享数字服务数量
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible ict-ministry
gdhm-i2a-s4-a1 = 与卫生部建立常设联合机制并使之制度化，以便在历次国家数字政策下规划、资助和审查与卫生相关的数字投资。
gdhm-i2a-s4-a1-monitor = 政策期内开展卫生相关数字投资联合审查的年数

## Indicator 3 (scored indicator; scale phases)
gdhm-i3-title = 新兴数字卫生技术治理
gdhm-i3-question = 本国是否具备评估、采用和监督卫生领域新兴技术（如人工智能、可穿戴设备和联网设备）所需的准备程度和治理安排？
gdhm-i3-phase-1 = 卫生领域新兴技术没有相关政策、指南或指定的主管机构；其使用缺乏规划，也未经评估。
gdhm-i3-phase-2 = 已正式通过或设立关于卫生领域新兴技术的政策声明、指南或工作组，但尚未在实践中得到应用。
gdhm-i3-phase-3 = 已有明确的程序，在新兴技术用于卫生领域之前评估其安全性、有效性和伦理问题，并与监管机构、专家和用户定期共同执行。
gdhm-i3-phase-4 = 由政府主导的卫生领域新兴技术治理全面运作：评估、审批和部署后监测已成为常规工作，结果得到报告。
gdhm-i3-phase-5 = 卫生领域新兴技术治理已实现制度化并得以持续，随技术发展而更新，并在全国范围内被公认为有关技术采用决策的依据。
gdhm-i3-guidance = 查找涵盖卫生领域的关于人工智能、联网设备或其他新兴技术的政策、战略或指南，以及在部署前后对此类工具进行评估的程序。向数字卫生部门、卫生产品监管机构、研究伦理委员会和学术专家了解哪些工具正在使用以及由谁批准。
gdhm-i3-evidence-1 = 关于卫生领域人工智能或新兴技术的国家政策或指南
gdhm-i3-evidence-2 = 新兴卫生技术评估程序或核对表
gdhm-i3-evidence-3 = 经评估或批准的新兴技术工具登记册
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i3-s1-a1 = 编制卫生部门已在使用或正在试点的新兴技术工具（如人工智能应用和联网设备）清单，并查明相关风险和监督空白。
gdhm-i3-s1-a1-monitor = 已完成清单报告（是/否），以及清单所列新兴技术工具数量
# step 1->2, action line 'governance', timeframe short, cost low, responsible regulator
gdhm-i3-s1-a2 = 在监管机构内指定新兴数字卫生技术联络人，并发布声明，说明此类产品中哪些属于其现有职权范围。
gdhm-i3-s1-a2-monitor = 监管机构已指定联络人并发布职权范围声明（是/否）
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i3-s2-a1 = 制定并试行一项程序，在新兴技术引入卫生服务之前评估其安全性、有效性、伦理问题和数据使用情况。
gdhm-i3-s2-a1-monitor = 已通过评估程序（是/否），以及试行期内依据该程序评估的工具数量
# step 2->3, action line 'governance', timeframe medium, cost low, responsible regulator
gdhm-i3-s2-a2 = 向制造商和供应商发布指南，说明人工智能和联网卫生产品投放国内市场所需的证据。
gdhm-i3-s2-a2-monitor = 已发布面向制造商和供应商的指南（是/否）
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i3-s3-a1 = 要求公立卫生服务中使用的每一种新兴技术工具都须经过评估并录入国家登记册，并每年报告这些工具的性能表现。
gdhm-i3-s3-a1-monitor = 公立卫生服务中使用的新兴技术工具中已经评估并列入国家登记册者所占比例
# step 3->4, action line 'governance', timeframe medium, cost high, responsible regulator
gdhm-i3-s3-a2 = 加强监管机构审批新兴卫生技术并在部署后对其进行监测的能力，包括人员培训、检测设施和不良事件报告系统。
gdhm-i3-s3-a2-monitor = 在岗的经培训评估人员人数，以及年内审查的新兴卫生技术不良事件报告数量
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i3-s4-a1 = 设立有资金保障的常设职能，负责新兴卫生技术的前瞻性扫描和评估，并按固定间隔更新国家治理框架。
gdhm-i3-s4-a1-monitor = 过去三年内已更新治理框架并已发布年度前瞻性扫描报告（是/否）
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible regulator
gdhm-i3-s4-a2 = 通过与其他监管机构建立常设的监管依赖和信息共享安排，使本国对新兴卫生技术的要求与区域和国际监管框架保持一致。
gdhm-i3-s4-a2-monitor = 与其他监管机构签订并有效的监管依赖或信息共享协议数量

## Indicator 4 (scored indicator; scale phases)
gdhm-i4-title = 数字卫生中的公平、包容与权利
gdhm-i4-question = 国家数字卫生战略是否涉及公平、包容和人权问题，使数字卫生能够惠及并保护所有人群？
gdhm-i4-phase-1 = 数字卫生战略（如有）未考虑公平、包容或人权问题。
gdhm-i4-phase-2 = 数字卫生战略将公平、包容和人权列为原则，但没有落实这些原则的具体措施或职责分工。
gdhm-i4-phase-3 = 该战略针对面临被排斥风险的群体（如农村人口、残疾人、老年人和语言少数群体）制定了明确措施，并在相关群体的参与下实施这些措施。
gdhm-i4-phase-4 = 政府主导在所有数字卫生规划中落实公平和权利措施，并利用分类数据按人群监测可及性和使用情况。
gdhm-i4-phase-5 = 公平、包容和人权已在所有数字卫生服务的设计、筹资和审查中实现制度化，长期坚持，并在全国范围内被公认为标准做法。
gdhm-i4-guidance = 审查数字卫生战略及其监测框架，查看是否有针对面临被排斥风险群体的措施，以及是否有按性别、年龄、居住地、残疾状况或收入分列的数据。向数字卫生部门、患者和社区组织以及国家人权机构了解如何征求这些群体的意见，以及是否跟踪获取服务的障碍。
gdhm-i4-evidence-1 = 数字卫生战略中关于公平、包容和人权的章节
gdhm-i4-evidence-2 = 数字卫生规划的公平或人权影响评估
gdhm-i4-evidence-3 = 包含按人群分列数据的监测报告
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4-s1-a1 = 利用现有调查、研究和咨询结果，确定面临被排斥在数字卫生之外风险的人群及其面临的主要障碍。
gdhm-i4-s1-a1-monitor = 已完成数字卫生排斥问题形势分析（是/否）
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible civil-society
gdhm-i4-s1-a2 = 收集社区和面临被排斥风险群体对获取和使用数字卫生服务的意见和体验，并提交卫生部。
gdhm-i4-s1-a2-monitor = 卫生部收到的民间社会关于数字卫生包容问题的意见书数量
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4-s2-a1 = 将战略中的公平和权利原则转化为无障碍设计、当地语言、离线选项和辅助获取等具体措施，每项措施都明确责任部门和目标。
gdhm-i4-s2-a1-monitor = 战略行动计划中已指定责任部门和目标的公平与包容措施数量
# step 2->3, action line 'inclusion', timeframe medium, cost low, responsible civil-society
gdhm-i4-s2-a2 = 通过代表面临被排斥风险群体的常设咨询小组，定期参与数字卫生服务的设计和测试。
gdhm-i4-s2-a2-monitor = 年内召开的数字卫生服务咨询小组会议次数
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4-s3-a1 = 要求每项国家数字卫生规划按性别、年龄、居住地和残疾状况分列报告可及性和使用情况，并由数字卫生治理机构审查结果。
gdhm-i4-s3-a1-monitor = 报告分类可及性和使用数据的国家数字卫生规划所占比例
# step 3->4, action line 'inclusion', timeframe medium, cost high, responsible civil-society
gdhm-i4-s3-a2 = 在全国各地区对数字卫生服务的可及性、无障碍程度和权利保障情况开展由社区主导的独立监测，并公布监测结果。
gdhm-i4-s3-a2-monitor = 社区主导监测所覆盖的地区数量，以及年内发布的监测报告数量
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4-s4-a1 = 将公平和人权影响评估制度化，使其成为每项数字卫生服务设计、采购和续期中必需且有资金保障的环节。
gdhm-i4-s4-a1-monitor = 新建或续期的数字卫生服务中已完成公平和人权影响评估者所占比例
# step 4->5, action line 'inclusion', timeframe medium, cost medium, responsible civil-society
gdhm-i4-s4-a2 = 在数字卫生战略的每次定期审查中保持民间社会的正式角色，包括发布一份关于公平和权利的独立报告。
gdhm-i4-s4-a2-monitor = 每次战略审查均已发布民间社会独立报告（是/否）

## Indicator 4a (sub-indicator of 4; scale phases)
gdhm-i4a-title = 数字卫生战略和治理中的性别问题
gdhm-i4a-question = 数字卫生战略是否涉及性别问题？妇女在数字卫生治理机构中是否有公平的代表性？
gdhm-i4a-phase-1 = 数字卫生战略未考虑性别问题，数字卫生治理机构的性别比例情况不详。
gdhm-i4a-phase-2 = 数字卫生战略提及性别问题，但没有具体的性别措施，也未积极争取妇女参与治理机构。
gdhm-i4a-phase-3 = 该战略包含缩小数字卫生获取和使用方面性别差距的明确措施，治理机构中的性别平衡是一项与利益攸关方共同推进的既定目标。
gdhm-i4a-phase-4 = 政府主导实施数字卫生领域的性别措施，监测关于获取、使用和人力的按性别分列数据，并报告治理机构中的性别平衡情况。
gdhm-i4a-phase-5 = 性别平等已在数字卫生政策、规划和治理中实现制度化，在历次战略中得以延续，并在全国范围内得到认可。
gdhm-i4a-guidance = 核查数字卫生战略是否分析了手机拥有率、数字技能和服务使用方面的性别差距，以及是否制定了缩小这些差距的措施和目标。向数字卫生部门和卫生部性别问题联络人索取按性别分列的数据以及数字卫生治理机构的组成情况。
gdhm-i4a-evidence-1 = 数字卫生战略中的性别分析或性别章节
gdhm-i4a-evidence-2 = 按性别分列的数字卫生治理机构成员情况
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4a-s1-a1 = 对数字卫生服务的获取和使用情况以及数字卫生治理机构的组成开展快速性别分析。
gdhm-i4a-s1-a1-monitor = 已完成性别分析报告（是/否）
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4a-s2-a1 = 在数字卫生战略中制定具体的性别措施和目标，包括数字卫生治理机构中妇女所占比例的目标。
gdhm-i4a-s2-a1-monitor = 战略行动计划中附有目标的性别措施数量，以及治理机构成员中妇女所占比例
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4a-s3-a1 = 在所有国家数字卫生规划中收集和报告关于获取、使用和人力的按性别分列数据，并每年开展一次性别工作进展审查。
gdhm-i4a-s3-a1-monitor = 报告按性别分列数据的国家数字卫生规划所占比例，以及是否已开展年度性别审查（是/否）
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4a-s4-a1 = 在数字卫生领域将促进性别平等的规划和预算编制制度化，设立有资金保障的性别问题联络人，并在每个项目审批中应用性别标准。
gdhm-i4a-s4-a1-monitor = 年内获批的数字卫生项目中已对照性别标准进行核查者所占比例
