# services-applications：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 19 (scored indicator; scale bands:coverage)
gdhm-i19-title = 支持国家重点领域的规模化数字卫生系统
gdhm-i19-question = 国家卫生重点领域中有多大比例得到在全国范围内部署的数字卫生系统的支持？
gdhm-i19-phase-1 = 没有任何国家卫生重点领域得到在全国范围内部署的数字卫生系统的支持；现有系统均为试点或有限范围的项目。
gdhm-i19-phase-2 = 不足25%的国家卫生重点领域得到在全国范围内部署的数字卫生系统的支持；其他大多数系统仍处于试点阶段。
gdhm-i19-phase-3 = 25%至50%的国家卫生重点领域得到在全国范围内部署的数字卫生系统的支持。
gdhm-i19-phase-4 = 50%至75%的国家卫生重点领域得到在全国范围内部署并由卫生部监测的数字卫生系统的支持。
gdhm-i19-phase-5 = 超过75%的国家卫生重点领域得到在全国范围内部署、日常使用并由政府持续维持的数字卫生系统的支持。
gdhm-i19-guidance = 列出国家卫生战略中确定的重点领域，例如妇幼健康、免疫接种、艾滋病毒、结核病、疟疾或非传染性疾病，并逐一核查是否有数字系统在全国范围内使用，而不仅限于试点区。可咨询各规划管理人员、卫生管理信息系统（HMIS）团队和数字卫生部门。
gdhm-i19-evidence-1 = 国家卫生战略所列的国家卫生重点领域清单
gdhm-i19-evidence-2 = 列明地域部署状况的数字卫生系统清单
gdhm-i19-evidence-3 = 显示系统在全国范围内日常使用情况的规划报告
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-dhu
gdhm-i19-s1-a1 = 盘点现有数字卫生试点和项目，评估其中哪些可以扩大规模以服务于国家重点规划。
gdhm-i19-s1-a1-monitor = 已完成盘点清单；经评估可扩大规模的候选系统数量
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-planning
gdhm-i19-s1-a2 = 确定用于衡量数字系统覆盖情况的国家卫生重点领域清单，并商定扩大规模的先后顺序。
gdhm-i19-s1-a2-monitor = 重点领域清单和扩大规模顺序已获卫生部批准
# step 2->3, action line 'national-systems', timeframe short, cost medium, responsible moh-dhu
gdhm-i19-s2-a1 = 依托国家架构和标准，将选定系统从试点区扩展至全国部署，覆盖更多重点领域。
gdhm-i19-s2-a1-monitor = 已在全国部署系统的重点领域数量
# step 2->3, action line 'national-systems', timeframe medium, cost low, responsible moh-planning
gdhm-i19-s2-a2 = 要求每项国家重点规划的计划说明由哪个数字系统提供支持，以及该系统将如何部署和筹资。
gdhm-i19-s2-a2-monitor = 包含数字系统章节的重点规划计划所占比例
# step 3->4, action line 'national-systems', timeframe medium, cost medium, responsible moh-dhu
gdhm-i19-s3-a1 = 将国家系统扩展至其余重点领域，重复利用共享平台和登记册，而不是另行开发独立的应用程序。
gdhm-i19-s3-a1-monitor = 得到全国部署系统支持的国家卫生重点领域所占比例
# step 3->4, action line 'national-systems', timeframe medium, cost high, responsible moh-planning
gdhm-i19-s3-a2 = 将全国规模系统的运行费用从项目资金转入卫生部门预算及其多年期计划。
gdhm-i19-s3-a2-monitor = 由政府预算承担的国家系统运行费用所占比例
# step 4->5, action line 'national-systems', timeframe long, cost high, responsible moh-dhu
gdhm-i19-s4-a1 = 将各国家系统整合为由政府运营、覆盖所有重点领域的一体化平台，并提供持续的技术支持。
gdhm-i19-s4-a1-monitor = 由政府运营的系统所服务的国家卫生重点领域所占比例；系统全年可用率（%）
# step 4->5, action line 'national-systems', timeframe medium, cost medium, responsible moh-planning
gdhm-i19-s4-a2 = 在卫生部门年度联合审查中以及更新重点规划目标时使用国家系统的数据。
gdhm-i19-s4-a2-monitor = 年度审查中数据来源于国家数字系统的重点规划指标数量

## Indicator 20 (scored indicator; scale phases)
gdhm-i20-title = 卫生工作者和卫生机构登记册
gdhm-i20-question = 是否有可供其他系统使用、及时更新的国家卫生工作者登记册和卫生机构登记册（包括每个机构的位置）？
gdhm-i20-phase-1 = 没有国家卫生工作者登记册或卫生机构登记册；相关名单以纸质形式或分散的电子表格保存，且没有地理坐标。
gdhm-i20-phase-2 = 已建立或正式要求建立卫生工作者或卫生机构登记册，但内容不完整、很少更新或缺少位置数据。
gdhm-i20-phase-3 = 两类登记册均已投入使用，并与专业委员会、各区和合作伙伴共同定期更新，大多数卫生机构已记录坐标。
gdhm-i20-phase-4 = 政府维护两类登记册，设有唯一标识符和机构坐标；其完整性和更新及时性受到监测，其他系统从中调用数据。
gdhm-i20-phase-5 = 两类登记册是国家权威数据来源，通过既定程序持续更新，由经常性预算提供资金，并被所有卫生信息系统使用和用于规划工作。
gdhm-i20-guidance = 将两类登记册与工资名册、执业许可记录或卫生机构调查等其他统计数据进行比对，核查其完整性，并核查卫生机构是否有地理坐标。可咨询人力资源部门、专业委员会、卫生管理信息系统（HMIS）团队和数字卫生部门。
gdhm-i20-evidence-1 = 附有地理坐标的卫生机构总清单
gdhm-i20-evidence-2 = 国家卫生人力登记册或专业执业许可数据库
gdhm-i20-evidence-3 = 关于登记册完整性及最近更新日期的报告
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i20-s1-a1 = 利用现有的区级和规划名单，编制第一份公立和私立卫生机构总清单，并为每个机构分配唯一代码。
gdhm-i20-s1-a1-monitor = 已编制卫生机构总清单；拥有唯一代码的卫生机构数量
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-hr
gdhm-i20-s1-a2 = 将现有工资名册和执业许可记录整合为统一的卫生工作者名单，并为每个人分配唯一标识符。
gdhm-i20-s1-a2-monitor = 已编制整合名单；拥有唯一标识符的卫生工作者人数
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i20-s2-a1 = 采集所有在册卫生机构的地理坐标，并以电子登记册的形式发布卫生机构总清单。
gdhm-i20-s2-a1-monitor = 在册卫生机构中地理坐标经过核实者所占比例
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-hr
gdhm-i20-s2-a2 = 与专业委员会和用人单位商定更新程序，使招聘、调动、执业许可和离职情况均记入人力登记册。
gdhm-i20-s2-a2-monitor = 已通过更新程序；过去12个月内更新的登记记录所占比例
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i20-s3-a1 = 将卫生机构登记册接入卫生信息交换平台，使其他系统使用其代码，并每季度核查其完整性。
gdhm-i20-s3-a1-monitor = 使用卫生机构登记册代码的系统数量；已发布的季度完整性报告数量
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-hr
gdhm-i20-s3-a2 = 将人力登记册扩展至私营部门、宗教组织开办的卫生机构和社区卫生工作者，并在区级实现电子化更新。
gdhm-i20-s3-a2-monitor = 私营部门、宗教组织开办的卫生机构和社区卫生工作者中已录入登记册者所占比例
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i20-s4-a1 = 通过法规将两类登记册确立为国家权威参考依据，并为其运行配备专门团队和经常性资金。
gdhm-i20-s4-a1-monitor = 已通过相关法规；登记册团队岗位已填补；已拨付经常性预算
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-hr
gdhm-i20-s4-a2 = 在人力规划、人员部署和工资名册核查中日常使用人力登记册，并据此发布年度卫生人力报告。
gdhm-i20-s4-a2-monitor = 已根据登记册数据发布年度卫生人力报告；工资名册记录中与登记册匹配者所占比例

## Indicator 21 (scored indicator; scale bands:coverage)
gdhm-i21-title = 卫生领域的个人数字身份识别
gdhm-i21-question = 人口中有多大比例持有卫生服务可用于识别其身份的唯一数字标识符？
gdhm-i21-phase-1 = 没有任何人口持有可在卫生服务中使用的数字标识符；人们通过姓名或各卫生机构互不相同的编号进行识别。
gdhm-i21-phase-2 = 不足25%的人口持有卫生服务可以使用的唯一数字标识符。
gdhm-i21-phase-3 = 25%至50%的人口持有卫生服务可以使用的唯一数字标识符。
gdhm-i21-phase-4 = 50%至75%的人口持有唯一数字标识符，卫生服务在大多数重点系统中记录该标识符。
gdhm-i21-phase-5 = 超过75%的人口持有唯一数字标识符，卫生服务在各机构和各系统中日常使用该标识符。
gdhm-i21-guidance = 确定卫生领域使用何种标识符，例如国民身份号码、医疗保险号码或专门的卫生标识符，并查明已登记人口所占比例。可咨询民事登记和身份识别机构、医疗保险机构和数字卫生部门，并注意没有身份证件的人如何获得服务。
gdhm-i21-evidence-1 = 身份识别机构或卫生标识符主管机构的登记统计数据
gdhm-i21-evidence-2 = 关于在卫生服务中使用标识符的政策或法规
gdhm-i21-evidence-3 = 关于卫生机构记录标识符情况的报告
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21-s1-a1 = 与卫生部商定在卫生服务中使用国民身份号码或由其衍生的卫生标识符。
gdhm-i21-s1-a1-monitor = 已签署谅解备忘录或联合决定
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21-s1-a2 = 制定卫生服务中的身份识别规则，包括确保任何人不会因缺少标识符而被拒绝提供医疗服务的保障措施。
gdhm-i21-s1-a2-monitor = 已通过卫生服务身份识别政策
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21-s2-a1 = 结合出生登记和免疫接种就诊，在卫生机构开展登记活动，扩大标识符覆盖范围。
gdhm-i21-s2-a1-monitor = 通过卫生机构登记活动完成登记的人数；持有标识符的人口所占比例
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-dhu
gdhm-i21-s2-a2 = 将标识符纳入重点卫生信息系统的登记表和数据标准。
gdhm-i21-s2-a2-monitor = 记录标识符的重点系统数量
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21-s3-a1 = 提供安全的核验服务，供卫生机构在线或离线查询，以确认个人的标识符。
gdhm-i21-s3-a1-monitor = 使用核验服务的卫生机构数量；每月核验次数
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-dhu
gdhm-i21-s3-a2 = 在全国公立卫生机构部署采集和核验标识符的工具。
gdhm-i21-s3-a2-monitor = 在患者登记时记录标识符的公立卫生机构所占比例
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21-s4-a1 = 通过流动登记队和出生时登记，实现包括偏远和边缘化群体在内的全民登记。
gdhm-i21-s4-a1-monitor = 按地区和性别分列的持有标识符人口所占比例
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21-s4-a2 = 在定期审计的隐私保障措施下，将标识符日常用于连续性医疗服务、医疗保险和服务统计。
gdhm-i21-s4-a2-monitor = 使用经核验标识符记录的患者就诊所占比例；已完成的隐私审计次数

## Indicator 21a (sub-indicator of 21; scale bands:coverage)
gdhm-i21a-title = 患者主索引
gdhm-i21a-question = 人口中有多大比例被记录在能够将每个人在各卫生机构和各系统中的记录相互关联的患者主索引中？
gdhm-i21a-phase-1 = 没有患者主索引；每个卫生机构或系统使用各自的患者编号，同一个人的记录无法相互关联。
gdhm-i21a-phase-2 = 不足25%的人口被记录在患者主索引中，通常仅限于少数卫生机构或规划。
gdhm-i21a-phase-3 = 25%至50%的人口被记录在与若干重点系统相连的患者主索引中。
gdhm-i21a-phase-4 = 50%至75%的人口被记录在患者主索引中，重复记录受到监测并得到处理。
gdhm-i21a-phase-5 = 超过75%的人口被记录在公立和私立卫生机构通用的患者主索引中。
gdhm-i21a-guidance = 核查患者主索引（又称服务对象登记库）是否已投入运行，其所含唯一个人数与人口总数相比有多少，以及如何处理重复记录。可咨询数字卫生部门以及负责运行主要临床系统和规划系统的团队。
gdhm-i21a-evidence-1 = 患者主索引中已记录唯一个人数的统计数据
gdhm-i21a-evidence-2 = 该索引及其记录匹配规则的技术文档
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21a-s1-a1 = 作为数字卫生架构的一部分，确定国家患者主索引的功能、记录匹配规则和数据元素。
gdhm-i21a-s1-a1-monitor = 患者主索引技术规范已获批准
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i21a-s2-a1 = 部署患者主索引，并接入首批重点系统，例如免疫接种记录或孕产妇健康记录系统。
gdhm-i21a-s2-a1-monitor = 已接入的系统数量；索引中记录的唯一个人数
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21a-s3-a1 = 将医院和其余重点系统接入该索引，并组建数据质量团队处理重复记录。
gdhm-i21a-s3-a1-monitor = 索引中记录的人口所占比例；重复记录所占比例
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i21a-s4-a1 = 将该索引扩展至所有公立和私立卫生机构，与国家身份识别系统相连，并为其运行提供持续资金。
gdhm-i21a-s4-a1-monitor = 索引中记录的人口所占比例；已接入索引的卫生机构所占比例

## Indicator 21b (sub-indicator of 21; scale bands:coverage)
gdhm-i21b-title = 出生登记
gdhm-i21b-question = 在民事登记系统中登记的出生所占比例是多少？
gdhm-i21b-phase-1 = 出生登记工作未开展，民事登记系统中没有任何出生登记。
gdhm-i21b-phase-2 = 不足25%的出生得到登记，且大多采用纸质方式，往往在出生很久之后才登记。
gdhm-i21b-phase-3 = 25%至50%的出生得到登记，部分卫生机构向民事登记部门通报出生情况。
gdhm-i21b-phase-4 = 50%至75%的出生得到登记，在卫生机构中发生的大多数出生均通报民事登记部门。
gdhm-i21b-phase-5 = 超过75%的出生得到登记，其中大多数为数字形式并通过卫生机构通报完成。
gdhm-i21b-guidance = 采用民事登记机构或国家统计局发布的最新官方出生登记完整性估计值，并记录其年份。同时了解卫生机构中的出生是否以电子方式通报民事登记部门。
gdhm-i21b-evidence-1 = 关于已登记出生数及登记完整性的民事登记统计数据
gdhm-i21b-evidence-2 = 住户调查得出的出生登记估计值
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21b-s1-a1 = 在产科设立出生登记点，使出生能够在发生地点登记。
gdhm-i21b-s1-a1-monitor = 设有出生登记点的产科数量
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21b-s2-a1 = 建立由卫生机构向民事登记系统电子通报出生情况的机制。
gdhm-i21b-s2-a1-monitor = 卫生机构中以电子方式通报民事登记部门的出生所占比例
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21b-s3-a1 = 将数字化登记延伸至社区层面，由社区卫生工作者和地方登记员报告在卫生机构以外发生的出生。
gdhm-i21b-s3-a1-monitor = 在法定时限内登记的出生所占比例
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21b-s4-a1 = 在全国范围内完成出生登记数字化（包括既往记录），并与国家身份识别系统相连。
gdhm-i21b-s4-a1-monitor = 已登记出生所占比例；已数字化的历史出生记录所占比例

## Indicator 21c (sub-indicator of 21; scale bands:coverage)
gdhm-i21c-title = 死亡登记
gdhm-i21c-question = 在民事登记系统中登记的死亡所占比例是多少？
gdhm-i21c-phase-1 = 死亡登记工作未开展，民事登记系统中没有任何死亡登记。
gdhm-i21c-phase-2 = 不足25%的死亡得到登记，且很少记录死因。
gdhm-i21c-phase-3 = 25%至50%的死亡得到登记，主要是在卫生机构中发生的死亡。
gdhm-i21c-phase-4 = 50%至75%的死亡得到登记，卫生机构中的许多死亡有经医学证明的死因。
gdhm-i21c-phase-5 = 超过75%的死亡得到登记，数字化记录和经证明的死因用于国家卫生统计。
gdhm-i21c-guidance = 采用民事登记机构或国家统计局发布的最新官方死亡登记完整性估计值，并记录其年份。了解卫生机构中的死亡是否附有经编码的死因证明并以电子方式通报，以及如何采集社区中的死亡信息。
gdhm-i21c-evidence-1 = 关于已登记死亡数及登记完整性的民事登记统计数据
gdhm-i21c-evidence-2 = 按死因分列的死亡率人口动态统计报告
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21c-s1-a1 = 指定联络人并制定简便程序，向民事登记部门通报在医院和卫生中心发生的死亡。
gdhm-i21c-s1-a1-monitor = 已指定死亡通报联络人的卫生机构数量
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21c-s2-a1 = 建立由医院进行电子死亡通报的机制，包括医学死因证明书。
gdhm-i21c-s2-a1-monitor = 卫生机构中以电子方式通报民事登记部门的死亡所占比例
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21c-s3-a1 = 通过地方领导人和卫生工作者建立社区死亡通报机制，在没有医生证明死亡的情况下开展口头尸检。
gdhm-i21c-s3-a1-monitor = 估计死亡数中已登记者所占比例；已通报的社区死亡数量
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21c-s4-a1 = 在全国范围内实现死亡登记数字化，并编制关于死亡率和死因的年度人口动态统计。
gdhm-i21c-s4-a1-monitor = 已登记死亡所占比例；已发布年度人口动态统计报告

## Indicator 22 (scored indicator; scale phases)
gdhm-i22-title = 安全的患者反馈系统
gdhm-i22-question = 是否有安全的数字渠道供患者对卫生服务提出反馈意见？这些反馈是否得到处理？
gdhm-i22-phase-1 = 没有供患者对卫生服务提出反馈的数字渠道，或反馈以非正式方式收集且未予记录。
gdhm-i22-phase-2 = 已设立或要求设立热线电话、短信服务或网页表单等数字反馈渠道，但知晓者很少、覆盖的卫生机构很少，或不保护个人数据。
gdhm-i22-phase-3 = 安全的反馈渠道在许多卫生机构中运行，反馈意见由卫生机构管理人员和患者团体定期收集和审议。
gdhm-i22-phase-4 = 卫生部运行设有数据保护措施的国家反馈系统；对反馈意见进行分析，跟踪答复情况，并向管理层报告结果。
gdhm-i22-phase-5 = 患者反馈已成为质量管理中制度化的组成部分，具有持续的资金保障，结果向公众公布，并有证据表明服务据此得到改进。
gdhm-i22-guidance = 核查现有哪些渠道，例如热线电话、短信、移动应用程序或网页表单，它们覆盖多少卫生机构，如何保护个人数据，以及投诉如何处理。可咨询医疗质量部门、数字卫生部门以及患者组织或民间社会组织。
gdhm-i22-evidence-1 = 患者反馈系统及其数据保护措施的说明
gdhm-i22-evidence-2 = 关于所收到反馈及所采取行动的定期报告
gdhm-i22-evidence-3 = 患者组织或社区组织对反馈系统的评估
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i22-s1-a1 = 指定责任部门并设计安全的数字反馈渠道，制定保密和投诉处理规则。
gdhm-i22-s1-a1-monitor = 已通过反馈程序；已指定责任部门
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible civil-society
gdhm-i22-s1-a2 = 就民众（包括残疾人和读写能力有限者）信任并能够使用的反馈渠道征求患者组织和社区组织的意见。
gdhm-i22-s1-a2-monitor = 开展咨询的次数；咨询报告已提交卫生部
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i22-s2-a1 = 在试点区启用反馈渠道，配备个案跟踪工具并规定目标答复时限。
gdhm-i22-s2-a1-monitor = 覆盖的卫生机构数量；在目标时限内办结的反馈个案所占比例
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible civil-society
gdhm-i22-s2-a2 = 通过社区网络和卫生机构内的告示向公众宣传反馈渠道。
gdhm-i22-s2-a2-monitor = 举办宣传活动的次数；每月收到的反馈意见数量
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i22-s3-a1 = 将反馈系统扩展至所有公立卫生机构，并将其结果纳入医疗质量审查。
gdhm-i22-s3-a1-monitor = 覆盖的公立卫生机构所占比例；使用反馈数据的质量审查次数
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible civil-society
gdhm-i22-s3-a2 = 在数字渠道之外开展独立的社区评分卡或调查，核实反馈意见是否反映了所有人群的体验。
gdhm-i22-s3-a2-monitor = 已完成的独立评估次数，结果按性别、年龄和地区分列
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i22-s4-a1 = 将患者反馈纳入国家质量和绩效管理体系，提供持续的资金保障，并每年发布公开报告。
gdhm-i22-s4-a1-monitor = 已发布患者反馈年度公开报告；已为反馈系统拨付预算科目资金
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible civil-society
gdhm-i22-s4-a2 = 与卫生部建立联合监督机制，跟进各项服务如何回应患者反馈。
gdhm-i22-s4-a2-monitor = 召开联合监督会议的次数；已完成的商定后续行动所占比例

## Indicator 23 (scored indicator; scale phases)
gdhm-i23-title = 数字卫生助力人群健康管理
gdhm-i23-question = 数字卫生系统的数据是否用于规划、监测和管理人群健康？
gdhm-i23-phase-1 = 数字卫生系统的数据未用于人群健康规划或监测；决策依赖调查或估计数据。
gdhm-i23-phase-2 = 部分数字数据用于报告或监测，但仅偶尔使用，限于部分规划，且无正式要求。
gdhm-i23-phase-3 = 各规划和各区定期使用数字数据监测服务覆盖情况、发现疫情，并针对高危人群提供有针对性的服务。
gdhm-i23-phase-4 = 卫生部主导将数字数据日常用于人群健康管理，配备仪表板、分析人员和明确的决策流程，其使用情况受到监测。
gdhm-i23-phase-5 = 基于数字数据的人群健康管理已实现制度化：数据为各级规划、预算编制、监测和评价提供支撑，并具备持续的分析能力。
gdhm-i23-guidance = 查找数字数据改变决策的具体案例，例如疫情应对、外展服务的目标人群确定、资源分配或规划审查。可咨询规划和监测部门、各规划管理人员、区级卫生团队和卫生管理信息系统（HMIS）团队。
gdhm-i23-evidence-1 = 引用数字系统数据的卫生部门审查报告或规划
gdhm-i23-evidence-2 = 在管理会议上使用的监测报告或仪表板报告
gdhm-i23-evidence-3 = 基于数字卫生数据作出决定的会议纪要
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i23-s1-a1 = 确定现有数字系统能够回答的人群健康问题，并为决策者编制第一批常规分析产品。
gdhm-i23-s1-a1-monitor = 已发布的常规分析产品数量
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-planning
gdhm-i23-s1-a2 = 确定国家和区级卫生规划用于跟踪人群健康的、来源于数字系统的指标。
gdhm-i23-s1-a2-monitor = 卫生规划指南中已通过的指标清单
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i23-s2-a1 = 为重点规划和各区建立调用国家系统和登记册数据的仪表板。
gdhm-i23-s2-a1-monitor = 正在使用的仪表板数量；可访问仪表板的区的数量
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible moh-planning
gdhm-i23-s2-a2 = 在国家和区两级定期安排数据审查会议，利用数字数据为决策提供依据。
gdhm-i23-s2-a2-monitor = 每季度召开数据审查会议的区所占比例
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i23-s3-a1 = 加强卫生部和各区的分析能力，包括通过风险分层确定需要针对性服务的人群。
gdhm-i23-s3-a1-monitor = 接受数据分析培训的人员数量；基于分析结果开展的针对性干预措施数量
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible moh-planning
gdhm-i23-s3-a2 = 将数字卫生数据与人口普查、民事登记和调查数据相关联，支持公平分配资源。
gdhm-i23-s3-a2-monitor = 已通过使用关联数据的资源分配公式；已关联的数据来源数量
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i23-s4-a1 = 设立常设的国家卫生数据分析职能，配备安全的数据平台、专职人员和资金，服务于所有规划和各个层级。
gdhm-i23-s4-a1-monitor = 已设立分析职能且人员到岗；每年处理的分析请求数量
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible moh-planning
gdhm-i23-s4-a2 = 要求国家和国家以下各级卫生规划和预算以数字卫生数据提供的证据为基础，并每年审查遵守情况。
gdhm-i23-s4-a2-monitor = 引用数字卫生数据的区级卫生规划所占比例；已开展年度遵守情况审查
