# infrastructure：who-itu-gdhm 框架的指标文本（简体中文译文）。

## Indicator 17 (scored indicator; scale bands:index-score)
gdhm-i17-title = 数字卫生网络就绪程度
gdhm-i17-question = 以本国在0–100分综合连通性指数上的得分衡量，国家网络基础设施对数字卫生的就绪程度如何？
gdhm-i17-phase-1 = 本国在0–100分综合连通性指数上的得分低于20分；网络仅覆盖全国一小部分地区，卫生机构很少拥有可用的网络连接。
gdhm-i17-phase-2 = 本国在0–100分综合连通性指数上的得分为20至40分；网络覆盖正在扩大，但在主要城镇以外仍然有限且费用高昂。
gdhm-i17-phase-3 = 本国在0–100分综合连通性指数上的得分为40至60分；大多数城市地区和许多区级中心拥有可靠的网络连接，农村地区仍存在缺口。
gdhm-i17-phase-4 = 本国在0–100分综合连通性指数上的得分为60至80分；全国大部分地区（包括许多农村卫生机构）可获得价格可负担的宽带和移动数据服务。
gdhm-i17-phase-5 = 本国在0–100分综合连通性指数上的得分为80至100分；全国范围内均可获得快速、可靠且价格可负担的网络连接，能够支持各级在线卫生服务。
gdhm-i17-guidance = 采用本框架所引用的外部综合连通性指数最新公布的本国得分，并记录其来源和年份。可咨询信息通信技术主管部委或电信监管机构，并将该得分与数字卫生部门报告的卫生机构实际连接状况进行比较。
gdhm-i17-evidence-1 = 综合连通性指数最新公布的本国得分及其年份
gdhm-i17-evidence-2 = 信息通信技术主管部委或监管机构发布的国家宽带或连通性报告
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible ict-ministry
gdhm-i17-s1-a1 = 会同卫生部绘制网络覆盖范围和公立卫生机构连接状况图，以确定连接最薄弱的地区。
gdhm-i17-s1-a1-monitor = 已发布卫生机构连通性地图；连接状况已知的公立卫生机构所占比例
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible finance
gdhm-i17-s1-a2 = 确定为公立卫生机构提供网络连接的资金来源（如普遍服务基金），并将其纳入中期预算框架。
gdhm-i17-s1-a2-monitor = 已确定并纳入中期预算框架的资金来源数量
# step 2->3, action line 'connectivity', timeframe short, cost medium, responsible ict-ministry
gdhm-i17-s2-a1 = 与网络运营商谈判，为公立卫生机构争取优惠的连接资费。
gdhm-i17-s2-a1-monitor = 已签署资费协议；从中受益的公立卫生机构数量
# step 2->3, action line 'connectivity', timeframe medium, cost low, responsible finance
gdhm-i17-s2-a2 = 在卫生预算中为公立卫生机构的网络连接费用设立专门预算科目。
gdhm-i17-s2-a2-monitor = 经批准的年度预算中列有专门预算科目；该拨款的执行比例
# step 3->4, action line 'connectivity', timeframe medium, cost medium, responsible ict-ministry
gdhm-i17-s3-a1 = 将国家骨干网和“最后一公里”网络延伸至服务不足地区的区级医院和卫生中心。
gdhm-i17-s3-a1-monitor = 年内新增接入宽带的公立卫生机构数量
# step 3->4, action line 'connectivity', timeframe medium, cost high, responsible finance
gdhm-i17-s3-a2 = 通过普遍服务基金或公私伙伴关系，为服务不足地区的多年期连通性投资计划提供资金。
gdhm-i17-s3-a2-monitor = 该计划下承诺和拨付的金额；覆盖的区数
# step 4->5, action line 'connectivity', timeframe long, cost high, responsible ict-ministry
gdhm-i17-s4-a1 = 实现全国高速网络全覆盖，并为卫生机构和应急服务提供冗余链路和有保障的服务水平。
gdhm-i17-s4-a1-monitor = 高速宽带覆盖人口比例；本国在综合连通性指数上的得分
# step 4->5, action line 'connectivity', timeframe medium, cost medium, responsible finance
gdhm-i17-s4-a2 = 在年度预算中为卫生机构网络连接的运行费用确保经常性资金。
gdhm-i17-s4-a2-monitor = 经常性预算所覆盖的卫生机构网络连接运行费用比例

## Indicator 18 (scored indicator; scale phases)
gdhm-i18-title = 数字设备和软件维护计划
gdhm-i18-question = 是否有一项已落实资金的计划，用于供应、维护和更换公立卫生机构使用的数字设备和软件？
gdhm-i18-phase-1 = 没有关于数字设备和软件供应或维护的计划；卫生机构依赖一次性捐赠，设备很少得到维修或更换。
gdhm-i18-phase-2 = 已起草或批准一项计划，但未落实资金或未得到一贯执行，仅在设备出现故障时才进行维护。
gdhm-i18-phase-3 = 该计划正在实施：对设备需求进行评估，保存设备清单，并与合作伙伴和供应商定期组织维护。
gdhm-i18-phase-4 = 由政府主导并出资实施该计划，并在各公立卫生机构中对资产登记、维护合同和更换周期进行监测。
gdhm-i18-phase-5 = 设备和软件的供应与维护已实现制度化，设有经常性预算，对设备进行全生命周期管理，采用标准技术规格，并在各级提供技术支持。
gdhm-i18-guidance = 核查是否存在设备和软件计划，该计划是否经过成本核算并落实了资金，以及是否保存有最新的资产登记册。可咨询数字卫生部门、财务和采购部门、区级卫生管理人员以及主要捐助方。
gdhm-i18-evidence-1 = 经批准并经成本核算的设备和软件供应与维护计划
gdhm-i18-evidence-2 = 公立卫生机构数字设备资产登记册
gdhm-i18-evidence-3 = 维护合同或服务报告
# step 1->2, action line 'equipment', timeframe short, cost low, responsible moh-dhu
gdhm-i18-s1-a1 = 调查公立卫生机构现有的数字设备、软件许可和电力供应情况。
gdhm-i18-s1-a1-monitor = 已发布调查报告；接受调查的公立卫生机构所占比例
# step 1->2, action line 'equipment', timeframe short, cost low, responsible finance
gdhm-i18-s1-a2 = 估算为公立卫生机构供应和维护一套最低限度数字设备的费用，作为预算讨论的依据。
gdhm-i18-s1-a2-monitor = 已编制成本核算说明并提交预算委员会
# step 2->3, action line 'equipment', timeframe short, cost medium, responsible moh-dhu
gdhm-i18-s2-a1 = 为各级卫生机构制定最低设备标准，并建立由各区负责及时更新的资产登记册。
gdhm-i18-s2-a1-monitor = 已通过最低标准；已录入资产登记册的公立卫生机构所占比例
# step 2->3, action line 'equipment', timeframe medium, cost low, responsible finance
gdhm-i18-s2-a2 = 通过联合筹资框架，使政府和合作伙伴的数字设备采购与国家计划保持一致。
gdhm-i18-s2-a2-monitor = 已签署联合筹资框架；通过该计划支出的设备经费所占比例
# step 3->4, action line 'equipment', timeframe medium, cost medium, responsible moh-dhu
gdhm-i18-s3-a1 = 建立分级维护和技术支持服务，设立区域支持中心并规定目标维修时限。
gdhm-i18-s3-a1-monitor = 在目标时限内修复的已报告设备故障所占比例
# step 3->4, action line 'equipment', timeframe medium, cost high, responsible finance
gdhm-i18-s3-a2 = 为一项多年期计划提供资金，使所有公立卫生机构的设备（包括备用电源）达到最低标准。
gdhm-i18-s3-a2-monitor = 达到最低设备标准的公立卫生机构所占比例
# step 4->5, action line 'equipment', timeframe long, cost high, responsible moh-dhu
gdhm-i18-s4-a1 = 对数字设备和软件实行全生命周期管理，包括有计划的更换、许可续期和安全处置。
gdhm-i18-s4-a1-monitor = 在计划生命周期内完成更换的设备所占比例；处于有效期内的软件许可所占比例
# step 4->5, action line 'equipment', timeframe medium, cost medium, responsible finance
gdhm-i18-s4-a2 = 将数字设备的维护和更换列为经常性预算项目，使其免受年度中期削减的影响。
gdhm-i18-s4-a2-monitor = 经批准的预算中用于设备维护和更换的经常性拨款；该拨款的执行率
