# legislation-policy-compliance：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 7 (scored indicator; scale phases)
gdhm-i7-title = 卫生数据保护与安全法律
gdhm-i7-question = 是否有法律保护个人卫生数据，并对从收集、存储到使用、传输和销毁的各个处理环节规定安全要求？
gdhm-i7-phase-1 = 没有保护个人数据的法律，或现有条款在任何处理环节均未涵盖卫生数据或其安全。
gdhm-i7-phase-2 = 涵盖卫生数据的数据保护法已获通过或正在议会审议，但实施细则、监管机构或执法机制尚未到位。
gdhm-i7-phase-3 = 该法律及其实施条例已经生效，监管机构与卫生机构、各部委和合作伙伴共同实施该法律，但合规检查只是不定期进行。
gdhm-i7-phase-4 = 该法律在公立和私立卫生服务中普遍适用：政府依法执法，要求采取安全措施并通报数据泄露事件，并通过定期审计检查合规情况。
gdhm-i7-phase-5 = 卫生数据的保护和安全已成为卫生系统日常运行的一部分，该法律根据新技术定期审查，其执法工作获得充足资金并在全国范围内得到认可。
gdhm-i7-guidance = 查阅国家数据保护法、专门针对卫生数据的条款以及有关信息安全和记录保存的规定。向卫生部法律部门、司法部和数据保护机构了解该法律如何适用于卫生数据以及如何处理数据泄露事件。
gdhm-i7-evidence-1 = 国家数据保护法及其实施条例
gdhm-i7-evidence-2 = 数据保护机构涵盖卫生部门案件的年度报告
gdhm-i7-evidence-3 = 卫生部信息安全政策
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i7-s1-a1 = 审查现行立法在个人卫生数据保护和安全方面的空白，并为数据保护法案拟订起草指示。
gdhm-i7-s1-a1-monitor = 已完成法律空白分析并发布起草指示（是/否）
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i7-s1-a2 = 向卫生机构发布临时指南，说明收集、存储和销毁个人卫生数据的最低保障措施。
gdhm-i7-s1-a2-monitor = 已发布临时指南（是/否），以及收到该指南的卫生机构数量
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i7-s2-a1 = 起草并颁布数据保护法的实施条例，就卫生数据、安全措施和数据泄露通报作出具体规定。
gdhm-i7-s2-a1-monitor = 实施条例已通过并在政府公报上公布（是/否）
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i7-s2-a2 = 对卫生数据控制者进行登记，并建立受理和处理卫生部门投诉及数据泄露通报的程序。
gdhm-i7-s2-a2-monitor = 已登记的卫生数据控制者数量，以及每年处理的投诉和数据泄露通报数量
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i7-s3-a1 = 使医疗记录、疾病监测和卫生研究等卫生领域专门法律与数据保护法相协调，并废止相互冲突的条款。
gdhm-i7-s3-a1-monitor = 为与数据保护法保持一致而经审查和修订的卫生相关法律法规数量
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i7-s3-a2 = 对公立和私立卫生机构以及国家数字卫生系统开展合规审计计划，每次审计后均制定纠正行动计划。
gdhm-i7-s3-a2-monitor = 过去两年内接受数据保护合规审计的国家数字卫生系统和医院所占比例
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i7-s4-a1 = 建立有资金保障的常设机制，按固定间隔审查数据保护立法，并加强法院和检察机关处理数据保护案件的能力。
gdhm-i7-s4-a1-monitor = 按计划如期完成立法审查（是/否），以及接受数据保护案件培训的法官和检察官人数
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i7-s4-a2 = 发布卫生部门数据保护年度报告，内容涵盖数据泄露、处罚和审计结果，并为卫生数据控制者设立常设培训计划。
gdhm-i7-s4-a2-monitor = 每年发布卫生部门数据保护年度报告，以及接受培训的卫生数据保护官人数

## Indicator 8 (scored indicator; scale phases)
gdhm-i8-title = 卫生数据的隐私、同意与共享
gdhm-i8-question = 法律是否规定了访问、共享和使用个人卫生数据的方式，包括个人的同意以及个人查阅和更正本人记录的权利？
gdhm-i8-phase-1 = 没有法律条款规范个人卫生数据的隐私、患者同意或谁可以访问和共享健康记录。
gdhm-i8-phase-2 = 关于卫生数据隐私、同意和访问的条款已获通过或已经起草，但关于服务提供方之间数据共享和患者访问的规则尚不完整或未得到执行。
gdhm-i8-phase-3 = 关于同意、访问和数据共享的规则已经生效，并由主要公立卫生机构执行，相关程序已与服务提供方、保险机构和患者代表商定。
gdhm-i8-phase-4 = 隐私、同意和数据共享规则在所有公立和私立卫生服务中得到执行，个人能够行使查阅权和更正权，政府对合规情况进行监测。
gdhm-i8-phase-5 = 尊重隐私和同意已成为医疗服务和卫生数据使用中的常规做法并赢得信任，相关规则定期审查，并在所有数字卫生系统中得到一致执行。
gdhm-i8-guidance = 核查公共卫生法、患者权利宪章和数据保护法中关于同意、保密、患者访问和卫生数据二次使用的条款。向法律部门、数据保护机构、卫生机构管理人员和患者组织了解实践中如何处理访问和共享请求。
gdhm-i8-evidence-1 = 卫生法或患者权利宪章中关于保密和同意的条款
gdhm-i8-evidence-2 = 关于卫生数据共享的国家政策或规程
gdhm-i8-evidence-3 = 卫生机构使用的标准同意书
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i8-s1-a1 = 起草界定同意、保密以及个人查阅和更正其健康记录权利的法律条款，以纳入卫生法或数据保护法。
gdhm-i8-s1-a1-monitor = 关于卫生数据隐私和同意的条款草案已提交政府审批（是/否）
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i8-s1-a2 = 发布解释性说明，阐明现行隐私规则如何适用于健康记录以及卫生服务提供方之间的数据共享。
gdhm-i8-s1-a2-monitor = 已发布解释性说明（是/否），以及收到该说明的公立医院数量
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i8-s2-a1 = 通过相关条例，规定为医疗服务、公共卫生、研究和保险目的共享个人卫生数据的合法依据、条件和保障措施。
gdhm-i8-s2-a1-monitor = 关于卫生数据共享的条例已通过并公布（是/否）
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i8-s2-a2 = 发布标准同意书和示范程序，用于处理患者查阅、更正或限制使用其卫生数据的请求。
gdhm-i8-s2-a2-monitor = 使用标准同意书和示范访问请求程序的公立卫生机构所占比例
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i8-s3-a1 = 为数据共享协议和去标识化卫生数据的二次使用提供法律依据，并对未经授权的访问或披露规定处罚。
gdhm-i8-s3-a1-monitor = 依据该法律框架签订的数据共享协议数量，以及对未经授权访问实施处罚的次数
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i8-s3-a2 = 要求国家数字卫生系统实行访问日志记录和同意管理并对此进行核查，并调查关于未经授权访问健康记录的投诉。
gdhm-i8-s3-a2-monitor = 访问日志和同意管理经核查的国家数字卫生系统所占比例，以及每年调查的投诉数量
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i8-s4-a1 = 将关于卫生数据隐私、同意和共享的条款整合为统一协调的法律框架，并按固定周期在公众咨询的基础上进行审查。
gdhm-i8-s4-a1-monitor = 已颁布整合后的法律框架（是/否），以及结合公众咨询开展的定期审查次数
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i8-s4-a2 = 持续开展关于卫生数据权利的公众宣传计划，并每年公布关于访问请求、投诉及其处理结果的统计数据。
gdhm-i8-s4-a2-monitor = 已公布卫生数据权利年度统计数据，以及受调查患者中知晓其有权查阅本人记录者所占比例

## Indicator 9 (scored indicator; scale phases)
gdhm-i9-title = 数字卫生设备和服务监管
gdhm-i9-question = 是否有监管框架并指定主管机构，负责数字卫生设备、软件和服务的审批、认证和市场监督？
gdhm-i9-phase-1 = 数字卫生设备、卫生软件或数字卫生服务不受任何监管或认证约束。
gdhm-i9-phase-2 = 数字卫生产品的监管框架或指定主管机构仅停留在纸面上，评估标准、程序和人员能力尚未到位。
gdhm-i9-phase-3 = 依据安全、质量、互操作性和数据安全等明确标准对产品和服务进行评估，主管机构与开发方、服务提供方和标准机构定期合作。
gdhm-i9-phase-4 = 在本国使用的数字卫生产品须经注册或认证，由政府主导的主管机构人员配备充足，并对合规情况、不良事件和上市后表现进行监测。
gdhm-i9-phase-5 = 数字卫生产品的监管和认证已成为一项成熟且有可持续资金保障的职能，随技术发展而更新，其决定得到服务提供方、采购方和公众的认可。
gdhm-i9-guidance = 审查医疗器械和卫生产品立法，了解其是否涵盖软件和数字服务，以及是否设有注册或认证制度。向国家监管机构、国家标准机构和数字卫生部门了解哪些产品已经过评估，以及如何报告不良事件。
gdhm-i9-evidence-1 = 涵盖医疗用途软件的医疗器械法规
gdhm-i9-evidence-2 = 已公布的经认证数字卫生产品登记册
gdhm-i9-evidence-3 = 监管机构发布的认证标准或技术指南
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9-s1-a1 = 梳理正在使用的数字卫生设备、软件和服务，并确定其中哪些属于现行医疗器械或卫生产品法规的监管范围。
gdhm-i9-s1-a1-monitor = 已完成数字卫生产品清单编制和监管分类（是/否）
# step 1->2, action line 'regulation', timeframe short, cost low, responsible standards-body
gdhm-i9-s1-a2 = 确定可作为数字卫生产品国家认证依据的安全、质量、互操作性和信息安全方面的国际标准。
gdhm-i9-s1-a2-monitor = 已与监管机构商定数字卫生产品参考标准清单（是/否）
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9-s2-a1 = 为数字卫生设备和软件制定基于风险的分类和注册程序，并指派经过培训的人员审查申请。
gdhm-i9-s2-a1-monitor = 已通过注册程序（是/否），以及依据该程序审查的数字卫生产品数量
# step 2->3, action line 'regulation', timeframe medium, cost low, responsible standards-body
gdhm-i9-s2-a2 = 将选定的国际标准采纳为国家标准，并公布数字卫生产品的合格要求。
gdhm-i9-s2-a2-monitor = 已采纳为国家标准的数字卫生产品标准数量
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9-s3-a1 = 强制要求公立卫生服务中使用的数字卫生产品进行注册或认证，并建立包含不良事件报告在内的上市后监测制度。
gdhm-i9-s3-a1-monitor = 公立卫生服务中已注册或已认证的数字卫生产品所占比例，以及每年收到的不良事件报告数量
# step 3->4, action line 'regulation', timeframe medium, cost high, responsible standards-body
gdhm-i9-s3-a2 = 认可能够依据国家标准对数字卫生产品进行测试的检测实验室或合格评定机构。
gdhm-i9-s3-a2-monitor = 经认可的数字卫生产品合格评定机构数量，以及每年接受测试的产品数量
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9-s4-a1 = 在监管机构内设立有可持续资金保障的常设数字卫生产品部门，定期更新其规则，并与其他监管机构签订监管依赖或认可协议。
gdhm-i9-s4-a1-monitor = 数字卫生产品部门已配备人员并设有经常性预算科目（是/否），以及已签署的监管依赖或互认协议数量
# step 4->5, action line 'regulation', timeframe medium, cost medium, responsible standards-body
gdhm-i9-s4-a2 = 会同开发方、服务提供方和用户，按固定周期审查和更新数字卫生产品国家标准。
gdhm-i9-s4-a2-monitor = 按计划开展的标准审查次数，以及在周期内完成修订的数字卫生产品标准所占比例

## Indicator 9a (sub-indicator of 9; scale phases)
gdhm-i9a-title = 卫生领域人工智能监管
gdhm-i9a-question = 是否有监管框架负责卫生领域所用人工智能工具的审批、认证和监督？
gdhm-i9a-phase-1 = 没有专门适用于医疗保健、公共卫生或卫生行政管理中所用人工智能工具的规则或指南。
gdhm-i9a-phase-2 = 已发布关于卫生领域人工智能的指南或法规草案，或已指定主管机构，但评估标准和程序尚未付诸实施。
gdhm-i9a-phase-3 = 依据安全、性能、偏倚、透明度和人类监督等明确标准对卫生领域人工智能工具进行评估，并听取开发方、临床人员和数据保护机构的意见。
gdhm-i9a-phase-4 = 人工智能工具在卫生服务中使用前须经评估或认证，政府在部署后对其性能和已报告的不良事件进行监测。
gdhm-i9a-phase-5 = 对卫生领域人工智能的监督已成为一项成熟且有可持续资金保障的监管职能，随技术发展而更新，并赢得卫生专业人员和公众的信任。
gdhm-i9a-guidance = 查找关于人工智能的国家政策或法律、涵盖基于人工智能的软件的卫生产品法规，以及关于在卫生领域合乎伦理地使用人工智能的指南。向国家监管机构、数字卫生部门和国家伦理委员会了解哪些工具正在使用，以及这些工具如何经过评估。
gdhm-i9a-evidence-1 = 关于基于人工智能的医疗软件的监管指南
gdhm-i9a-evidence-2 = 获准在卫生服务中使用的人工智能工具登记册
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9a-s1-a1 = 指定负责卫生领域所用人工智能工具的主管机构，并列出卫生部门已在使用或正在试点的工具。
gdhm-i9a-s1-a1-monitor = 已指定主管机构并完成卫生领域人工智能工具清单编制（是/否）
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9a-s2-a1 = 发布卫生领域人工智能工具的评估标准和审查程序，涵盖临床性能、偏倚、透明度、数据使用和人类监督。
gdhm-i9a-s2-a1-monitor = 已公布评估标准（是/否），以及依据该程序审查的人工智能工具数量
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9a-s3-a1 = 要求人工智能工具在卫生服务中使用前须经评估，并在部署后监测其性能和不良事件。
gdhm-i9a-s3-a1-monitor = 卫生服务中正在使用的人工智能工具中部署前经过评估者所占比例，以及部署后收到的性能报告数量
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9a-s4-a1 = 在监管机构内建立常设的人工智能审查能力，配备专业人员和经常性预算，并随技术发展按计划修订相关规则。
gdhm-i9a-s4-a1-monitor = 监管机构聘用的人工智能专业审查人员人数，以及最近一次按计划修订规则的日期

## Indicator 10 (scored indicator; scale phases)
gdhm-i10-title = 卫生数据的跨境交换与存储
gdhm-i10-question = 是否有法律或协议规范与其他国家交换卫生数据以及在本国境外存储卫生数据？
gdhm-i10-phase-1 = 没有任何法律、政策或协议涉及卫生数据的跨境传输或境外存储（例如存储于境外云服务）。
gdhm-i10-phase-2 = 法律或政策草案中已有关于卫生数据跨境传输和存储的条款，但相关条件、保障措施和审批程序尚未付诸实施。
gdhm-i10-phase-3 = 卫生数据的跨境交换和存储遵循明确的条件和保障措施，并为疾病监测、患者转诊或研究等特定目的与相关合作方共同执行。
gdhm-i10-phase-4 = 每一项卫生数据跨境传输和境外存储均须经过审批或签订协议，政府对其进行登记并监测合规情况。
gdhm-i10-phase-5 = 卫生数据跨境交换受长期有效的双边或区域协议规范，相关规则定期审查，本国在保护本国居民数据的同时参与可信的国际数据交换。
gdhm-i10-guidance = 审查数据保护法、卫生数据政策、关于数据本地化或云托管的规定，以及关于卫生数据的区域或双边协议。向司法部、数据保护机构和数字卫生部门了解国家卫生系统的数据托管在何处，以及用于监测、转诊或研究的数据传输如何获得授权。
gdhm-i10-evidence-1 = 关于个人数据向境外传输的法律条款
gdhm-i10-evidence-2 = 关于卫生数据交换的双边或区域协议
gdhm-i10-evidence-3 = 关于在云服务中托管卫生数据的政府政策
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible justice
gdhm-i10-s1-a1 = 审查本国法律和本国加入的国际协定中适用于卫生数据传输和境外存储的条款。
gdhm-i10-s1-a1-monitor = 已完成对跨境卫生数据相关条款的法律审查（是/否）
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible moh-dhu
gdhm-i10-s1-a2 = 查明流出本国的卫生数据流和托管在境外的数字卫生系统，并记录每一项的目的和合作方。
gdhm-i10-s1-a2-monitor = 已完成清单编制（是/否），并记录跨境数据流和境外托管系统的数量
# step 2->3, action line 'cross-border', timeframe short, cost medium, responsible justice
gdhm-i10-s2-a1 = 起草并通过相关规则，规定在境外传输和存储卫生数据的条件、保障措施和审批程序。
gdhm-i10-s2-a1-monitor = 已通过关于卫生数据跨境传输和存储的规则（是/否）
# step 2->3, action line 'cross-border', timeframe medium, cost low, responsible moh-dhu
gdhm-i10-s2-a2 = 在所有数字卫生系统的合同和合作协议中纳入关于数据存放地点、数据传输和数据返还的条款。
gdhm-i10-s2-a2-monitor = 包含数据存放地点和传输条款的数字卫生系统合同和合作协议所占比例
# step 3->4, action line 'cross-border', timeframe medium, cost medium, responsible justice
gdhm-i10-s3-a1 = 与邻国和区域机构谈判签订用于疾病监测、患者转诊和研究的卫生数据交换双边或区域协议。
gdhm-i10-s3-a1-monitor = 已签署的卫生数据交换双边或区域协议数量
# step 3->4, action line 'cross-border', timeframe medium, cost high, responsible moh-dhu
gdhm-i10-s3-a2 = 为所有经授权的卫生数据跨境交换建立加密、安全网关和审批登记册等技术和组织保障措施。
gdhm-i10-s3-a2-monitor = 具备所需保障措施并已录入审批登记册的经授权卫生数据跨境交换所占比例
# step 4->5, action line 'cross-border', timeframe long, cost high, responsible justice
gdhm-i10-s4-a1 = 为本国加入跨境数据保护方面的区域或国际文书做好准备，并通过定期审查使国内规则与之保持一致。
gdhm-i10-s4-a1-monitor = 已批准的区域或国际文书数量，以及最近一次按计划审查国内规则的日期
# step 4->5, action line 'cross-border', timeframe medium, cost medium, responsible moh-dhu
gdhm-i10-s4-a2 = 发布卫生数据跨境交换年度报告，并按固定周期审查每一项交换协议和托管安排。
gdhm-i10-s4-a2-monitor = 已发布跨境卫生数据年度报告，以及在周期内接受审查的协议和托管安排所占比例
