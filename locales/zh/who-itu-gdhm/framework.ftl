# who-itu-gdhm 的框架级文本：名称、构成要素、行动方针、责任机构。

gdhm-name = 国家数字卫生成熟度框架（世卫组织–国际电联构成要素，与 GDHM 兼容）
gdhm-description = 涵盖世卫组织–国际电联《国家电子卫生战略工具包》七个构成要素的23项计分指标和8项子指标，按照全球数字卫生监测平台的方式分五个阶段计分。

gdhm-block-leadership-governance = 领导与治理
gdhm-block-leadership-governance-description = 国家如何引导数字卫生发展：由谁决策，数字卫生如何融入国家规划，以及如何对公平问题和新兴技术进行治理。
gdhm-block-strategy-investment = 战略与投资
gdhm-block-strategy-investment-description = 是否已制定附有成本核算计划的国家数字卫生战略，以及公共和私人资金如何为其提供持续支持。
gdhm-block-legislation-policy-compliance = 立法、政策与合规
gdhm-block-legislation-policy-compliance-description = 保护卫生数据、规范其共享以及监管数字卫生产品和服务的法律法规。
gdhm-block-workforce = 卫生人力
gdhm-block-workforce-description = 卫生工作者和数字卫生专业人员如何接受培训、获得聘用并实现职业发展。
gdhm-block-standards-interoperability = 标准与互操作性
gdhm-block-standards-interoperability-description = 使卫生信息系统能够相互交换数据的国家架构和标准。
gdhm-block-infrastructure = 基础设施
gdhm-block-infrastructure-description = 公立卫生机构开展数字卫生所需的网络连接、设备和软件。
gdhm-block-services-applications = 服务与应用
gdhm-block-services-applications-description = 正在使用的国家系统、登记册和身份识别服务，以及它们如何服务于民众和人群健康。

gdhm-line-governance = 建立并运行国家数字卫生治理机制
gdhm-line-policy-alignment = 使数字卫生与国家卫生政策和数字政策相衔接
gdhm-line-inclusion = 确保数字卫生公平、包容并以权利为本
gdhm-line-strategy = 通过并实施附有成本核算的国家数字卫生战略
gdhm-line-financing = 确保可持续的筹资和投资
gdhm-line-data-protection = 保护卫生数据及数据所涉个人的权利
gdhm-line-regulation = 对数字卫生产品和服务进行监管和认证
gdhm-line-cross-border = 治理卫生数据的跨境交换和存储
gdhm-line-pre-service = 将数字卫生纳入职前教育
gdhm-line-in-service = 将数字卫生纳入在职培训
gdhm-line-specialists-careers = 培养专业人员，设立数字卫生岗位和职业发展路径
gdhm-line-architecture = 构建国家数字卫生架构和信息交换
gdhm-line-standards = 采用并强制执行卫生信息标准
gdhm-line-connectivity = 实现卫生机构网络连接
gdhm-line-equipment = 为卫生机构配备设备并维护其设备和软件
gdhm-line-national-systems = 在重点卫生规划中规模化推广国家数字卫生系统
gdhm-line-registries-identity = 建立卫生领域的登记册和身份识别
gdhm-line-people-centred = 利用数字卫生服务民众和人群健康

gdhm-resp-moh-dhu = 卫生部数字卫生部门
gdhm-resp-moh-planning = 卫生部规划司
gdhm-resp-moh-hr = 卫生部人力资源司
gdhm-resp-finance = 财政部
gdhm-resp-ict-ministry = 负责信息通信技术和数字化转型的部委
gdhm-resp-justice = 司法部及立法起草机构
gdhm-resp-data-protection-authority = 数据保护机构
gdhm-resp-regulator = 卫生产品监管机构
gdhm-resp-standards-body = 国家标准机构
gdhm-resp-education = 教育部及培训机构
gdhm-resp-public-service = 公共服务部（公务员主管部门）
gdhm-resp-civil-registration = 民事登记和身份识别机构
gdhm-resp-civil-society = 民间社会和患者组织
