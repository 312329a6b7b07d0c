# workforce：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 11 (scored indicator; scale phases)
gdhm-i11-title = 职前培训中的数字卫生内容
gdhm-i11-question = 数字卫生是否已纳入医生、护士、助产士和相关卫生专业人员等卫生专业人员的职前培训？
gdhm-i11-phase-1 = 卫生专业人员的职前培训中不讲授数字卫生，或仅有个别教师的零散举措。
gdhm-i11-phase-2 = 已有将数字卫生纳入职前课程的计划或决定，但教学内容、合格师资或相关资源尚未到位。
gdhm-i11-phase-3 = 若干培训项目中已开设与培训机构和专业团体共同确定的数字卫生模块，但各院校和各专业之间的覆盖程度不一。
gdhm-i11-phase-4 = 数字卫生能力已成为主要卫生专业经认证职前课程的必修内容，政府对其教学和考核情况进行监测。
gdhm-i11-phase-5 = 数字卫生已成为所有卫生职前课程的固定组成部分，并随技术发展定期更新，毕业生的数字能力在执业许可或资格认证中得到认可。
gdhm-i11-guidance = 审查医学、护理、助产和相关卫生专业院校的课程以及培训机构的认证标准。向主管高等教育的部委、卫生部人力资源部门、专业委员会和院长了解哪些培训项目包含数字卫生内容以及如何进行考核。
gdhm-i11-evidence-1 = 包含数字卫生模块的经认证课程
gdhm-i11-evidence-2 = 卫生培训机构认证标准
gdhm-i11-evidence-3 = 讲授数字卫生的培训机构名单
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible education
gdhm-i11-s1-a1 = 评估卫生培训机构的现行课程，确定哪些课程已有数字卫生内容、哪些课程尚缺乏此类内容。
gdhm-i11-s1-a1-monitor = 已完成课程评估（是/否），以及接受审查的培训项目数量
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible moh-hr
gdhm-i11-s1-a2 = 会同专业委员会和用人单位，确定对新取得资格的卫生专业人员所要求的核心数字卫生能力。
gdhm-i11-s1-a2-monitor = 卫生专业人员核心数字卫生能力框架已获确认（是/否）
# step 2->3, action line 'pre-service', timeframe short, cost medium, responsible education
gdhm-i11-s2-a1 = 根据能力框架开发数字卫生教学模块，并培训第一批讲授这些模块的教师。
gdhm-i11-s2-a1-monitor = 已开发的数字卫生模块数量和已培训的教师人数
# step 2->3, action line 'pre-service', timeframe medium, cost low, responsible moh-hr
gdhm-i11-s2-a2 = 将数字卫生能力纳入国家卫生人力规划以及招聘应届毕业生所用的岗位说明。
gdhm-i11-s2-a2-monitor = 数字卫生能力已纳入人力规划（是/否），以及提及这些能力的初级岗位说明所占比例
# step 3->4, action line 'pre-service', timeframe medium, cost medium, responsible education
gdhm-i11-s3-a1 = 将数字卫生模块列为医学、护理、助产及主要相关卫生专业经认证课程的必修内容。
gdhm-i11-s3-a1-monitor = 包含数字卫生必修模块的经认证卫生职前培训项目所占比例
# step 3->4, action line 'pre-service', timeframe medium, cost high, responsible moh-hr
gdhm-i11-s3-a2 = 为培训机构和临床培训基地配备学生动手学习所需的数字卫生系统和实践环境。
gdhm-i11-s3-a2-monitor = 拥有可正常运行的数字卫生实践环境的卫生培训机构所占比例
# step 4->5, action line 'pre-service', timeframe long, cost high, responsible education
gdhm-i11-s4-a1 = 建立课程定期审查和师资发展周期，使数字卫生教学内容保持与时俱进，并在教育预算中安排经常性资金。
gdhm-i11-s4-a1-monitor = 按期完成的课程审查周期数，以及是否已设立数字卫生教学经常性预算科目（是/否）
# step 4->5, action line 'pre-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i11-s4-a2 = 与专业委员会合作，将数字卫生能力纳入新卫生专业人员的执业资格考试或注册要求。
gdhm-i11-s4-a2-monitor = 执业许可或注册中考核数字卫生能力的卫生专业数量

## Indicator 12 (scored indicator; scale phases)
gdhm-i12-title = 在职培训中的数字卫生内容
gdhm-i12-question = 数字卫生是否已纳入面向在岗卫生工作者的继续在职培训？
gdhm-i12-phase-1 = 在岗卫生工作者除在引入新系统时接受简短指导外，未接受任何系统的数字卫生培训。
gdhm-i12-phase-2 = 已有在职数字卫生培训的计划或政策，但课程很少、偶尔开设或依赖个别项目。
gdhm-i12-phase-3 = 定期为若干类卫生人员开设在职数字卫生课程，课程与培训机构、卫生规划和合作伙伴共同设计，但尚未覆盖所有地区或所有类别的人员。
gdhm-i12-phase-4 = 数字卫生培训已纳入面向所有主要类别人员的国家继续职业发展体系，由政府主导并出资，参训情况和培训成效受到监测。
gdhm-i12-phase-5 = 在职数字卫生培训已成为继续职业发展的固定组成部分，获得可持续的资金保障，随系统变化而更新，并在职业晋升中得到认可。
gdhm-i12-guidance = 查阅卫生部及各卫生规划的继续职业发展框架、培训计划和培训记录。向人力资源部门、培训机构和规划管理人员了解有多少卫生工作者接受过数字卫生培训，以及该培训是否计入继续职业发展学分。
gdhm-i12-evidence-1 = 包含数字卫生内容的国家继续职业发展框架
gdhm-i12-evidence-2 = 年度在职培训计划和培训报告
gdhm-i12-evidence-3 = 接受过数字卫生培训的卫生工作者的培训数据库或记录
# step 1->2, action line 'in-service', timeframe short, cost low, responsible moh-hr
gdhm-i12-s1-a1 = 按人员类别和卫生系统层级评估在岗卫生工作者的数字卫生培训需求。
gdhm-i12-s1-a1-monitor = 已完成培训需求评估（是/否），以及所覆盖的人员类别数量
# step 1->2, action line 'in-service', timeframe short, cost low, responsible education
gdhm-i12-s1-a2 = 确定能够开设在职数字卫生课程的培训机构，以及可为此目的加以调整的现有课程。
gdhm-i12-s1-a2-monitor = 已编制在职数字卫生培训机构及可调整课程清单（是/否）
# step 2->3, action line 'in-service', timeframe short, cost medium, responsible moh-hr
gdhm-i12-s2-a1 = 通过国家在职数字卫生培训计划，按人员类别制定标准课程，取代各自独立的项目式培训。
gdhm-i12-s2-a1-monitor = 已通过在职数字卫生培训计划（是/否），以及已批准的标准课程数量
# step 2->3, action line 'in-service', timeframe medium, cost low, responsible education
gdhm-i12-s2-a2 = 对在职数字卫生课程进行认证，使其可获得继续职业发展学分。
gdhm-i12-s2-a2-monitor = 经认证可获得继续职业发展学分的在职数字卫生课程数量
# step 3->4, action line 'in-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i12-s3-a1 = 将数字卫生培训列为主要类别人员继续职业发展的必修内容，并在国家培训数据库中记录参训情况。
gdhm-i12-s3-a1-monitor = 按人员类别和地区分列的已完成经认证数字卫生课程的在岗卫生工作者所占比例
# step 3->4, action line 'in-service', timeframe medium, cost high, responsible education
gdhm-i12-s3-a2 = 建设同样可离线使用的远程学习平台和地区培训师网络，在所有地区开设在职数字卫生课程。
gdhm-i12-s3-a2-monitor = 远程学习平台已投入运行（是/否）、已认证的地区培训师人数以及每年完成课程的人次
# step 4->5, action line 'in-service', timeframe long, cost high, responsible moh-hr
gdhm-i12-s4-a1 = 从经常性卫生预算中为在职数字卫生培训提供资金，并将完成培训情况与晋升和职业发展挂钩。
gdhm-i12-s4-a1-monitor = 已为在职数字卫生培训安排经常性预算拨款（是/否），以及晋升标准中认可该培训的人员类别数量
# step 4->5, action line 'in-service', timeframe medium, cost medium, responsible education
gdhm-i12-s4-a2 = 按固定周期审查和更新在职数字卫生课程，并评价其对卫生工作者实践的影响。
gdhm-i12-s4-a2-monitor = 在周期内接受审查的课程数量以及已发布的培训评价报告数量

## Indicator 13 (scored indicator; scale phases)
gdhm-i13-title = 数字卫生专业人员培养
gdhm-i13-question = 本国是否为数字卫生和卫生信息学专业人员提供学位、文凭或证书项目等培训？
gdhm-i13-phase-1 = 本国没有数字卫生或卫生信息学专业人员培训项目；专业人员在国外接受培训或在工作中自学。
gdhm-i13-phase-2 = 已批准或启动一个专业人员培训项目，或已有短期课程，但毕业生人数很少，无法满足卫生系统的需求。
gdhm-i13-phase-3 = 数字卫生或卫生信息学学位、文凭或证书项目定期开设，由卫生部和用人单位共同设计，每年培养出毕业生。
gdhm-i13-phase-4 = 专业人员培训在多个层次开设，经过认证并获得政府支持，并根据人力需求对毕业生人数和就业去向进行监测。
gdhm-i13-phase-5 = 数字卫生和卫生信息学专业人员的国家供给持续稳定，能够满足卫生系统需求，培训项目定期审查，相关资格在全国范围内得到认可。
gdhm-i13-guidance = 列出开设卫生信息学、卫生信息管理或数字卫生项目的大学和学院及其毕业生人数。向主管高等教育的部委、卫生部人力资源部门和数字卫生部门了解专业人员供给能否满足当前和规划中的需求。
gdhm-i13-evidence-1 = 经认证的卫生信息学学位或文凭项目
gdhm-i13-evidence-2 = 卫生信息学或数字卫生专业年度毕业生人数
gdhm-i13-evidence-3 = 数字卫生专业人员人力需求评估
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible education
gdhm-i13-s1-a1 = 评估大学和技术学院开展卫生信息学和数字卫生培训的能力，包括师资和相关培训项目。
gdhm-i13-s1-a1-monitor = 已完成机构能力评估（是/否），以及接受评估的机构数量
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i13-s1-a2 = 估算未来五年卫生系统所需的数字卫生和卫生信息学专业人员的数量和专业结构。
gdhm-i13-s1-a2-monitor = 已完成专业人员人力需求估算并获卫生部认可（是/否）
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible education
gdhm-i13-s2-a1 = 在一所或多所机构开设卫生信息学证书或文凭项目，其课程与卫生部共同开发。
gdhm-i13-s2-a1-monitor = 已开设的专业人员培训项目数量和在读学生人数
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i13-s2-a2 = 在卫生部和卫生机构为数字卫生和卫生信息学项目的学生提供见习和实习岗位。
gdhm-i13-s2-a2-monitor = 每年提供的学生实习岗位数量
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible education
gdhm-i13-s3-a1 = 对专业人员培训项目进行认证，并将其扩展至学位和研究生层次，以覆盖所需的各类专业结构。
gdhm-i13-s3-a1-monitor = 按层次分列的经认证专业人员培训项目数量以及每年毕业生人数
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i13-s3-a2 = 为卫生工作者和公职人员接受数字卫生专业人员培训提供奖学金或资助名额，受资助者须在公共部门服务一定期限。
gdhm-i13-s3-a2-monitor = 受资助学员人数，以及其中毕业后在公共部门数字卫生岗位任职者所占比例
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible education
gdhm-i13-s4-a1 = 为专业人员培训项目确保经常性资金和师资发展，并与用人单位和专业团体定期审查其内容。
gdhm-i13-s4-a1-monitor = 已为专业人员培训项目安排经常性预算（是/否），以及与用人单位共同开展课程审查的次数
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i13-s4-a2 = 每年跟踪数字卫生专业人员的供需情况，并据此调整资助培训名额的数量。
gdhm-i13-s4-a2-monitor = 已发布数字卫生专业人员供需年度报告（是/否）

## Indicator 14 (scored indicator; scale phases)
gdhm-i14-title = 数字卫生岗位与职业发展路径
gdhm-i14-question = 公共部门是否为数字卫生和卫生信息学专业人员设立了正式岗位和职业发展路径？
gdhm-i14-phase-1 = 公共部门没有经批准的数字卫生或卫生信息学岗位；相关工作由其他岗位的人员或由项目出资聘用的人员承担。
gdhm-i14-phase-2 = 卫生部已提议或设立数字卫生岗位，但岗位说明、职级或资金尚不完备，许多岗位仍然空缺或由项目出资。
gdhm-i14-phase-3 = 在国家层面和部分地区设有经公务员主管部门同意、岗位说明和职级明确的数字卫生岗位，并通过常规招聘予以填补。
gdhm-i14-phase-4 = 在卫生系统各层级已形成公认的数字卫生职业发展路径，岗位由政府预算出资，人员配备水平和人员流动情况受到监测。
gdhm-i14-phase-5 = 数字卫生职业已成为公共卫生人力中长期存在并在全国范围内得到认可的组成部分，具有持续的资金保障、清晰的晋升路径以及留住合格人员的措施。
gdhm-i14-guidance = 查阅卫生部人员编制、公务员职务序列方案以及数字卫生、卫生信息和信息通信技术人员的岗位说明。向人力资源部门以及公务员委员会或公共服务部了解有多少岗位已获批准、已填补并有资金保障，以及人员如何晋升。
gdhm-i14-evidence-1 = 经批准的数字卫生或卫生信息学人员职务序列方案
gdhm-i14-evidence-2 = 列有数字卫生岗位的卫生部人员编制
gdhm-i14-evidence-3 = 数字卫生岗位说明
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible public-service
gdhm-i14-s1-a1 = 审查公务员职业分类，确定数字卫生和卫生信息学岗位可归入的类别。
gdhm-i14-s1-a1-monitor = 已完成职业分类审查并记录拟议的数字卫生职位名称（是/否）
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i14-s1-a2 = 梳理卫生部目前从事数字卫生工作的人员及其岗位、资格和资金来源。
gdhm-i14-s1-a2-monitor = 已完成人员梳理，包括从事数字卫生工作的人数以及由项目资金支付薪酬者所占比例
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible public-service
gdhm-i14-s2-a1 = 在公务员体系中设立数字卫生和卫生信息学职位名称、职级和标准岗位说明。
gdhm-i14-s2-a1-monitor = 公务员主管部门批准的数字卫生职位名称和职级数量
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i14-s2-a2 = 将数字卫生岗位纳入卫生部国家和地区两级人员编制，并开始招聘。
gdhm-i14-s2-a2-monitor = 人员编制中经批准的数字卫生岗位数量及其已填补比例
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible public-service
gdhm-i14-s3-a1 = 为数字卫生人员类别制定职务序列方案，规定入职资格、晋升阶梯和有竞争力的薪酬。
gdhm-i14-s3-a1-monitor = 已通过职务序列方案（是/否），以及据此任用的人数
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i14-s3-a2 = 将由项目出资的数字卫生人员转入政府出资的岗位，并将数字卫生岗位延伸至区级和卫生机构层面。
gdhm-i14-s3-a2-monitor = 由政府预算支付薪酬的数字卫生人员所占比例，以及至少有一个已填补数字卫生岗位的区的数量
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible public-service
gdhm-i14-s4-a1 = 在公务员体系中长期设立数字卫生人员类别，提供持续的资金保障，定期审查薪酬和职级，并采取措施留住合格人员。
gdhm-i14-s4-a1-monitor = 数字卫生岗位的年度空缺率和人员流动率，以及最近一次薪酬和职级审查的日期
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i14-s4-a2 = 每年报告数字卫生人员配备情况，并为该类别人员提供持续发展和晋升机会。
gdhm-i14-s4-a2-monitor = 已发布年度数字卫生人员配备报告（是/否），以及该类别人员每年获得晋升或培训的人数
