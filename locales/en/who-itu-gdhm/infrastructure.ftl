# infrastructure: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 17 (scored indicator; scale bands:index-score)
gdhm-i17-title = Network readiness for digital health
gdhm-i17-question = How ready is the national network infrastructure for digital health, as measured by the country's score on a 0–100 composite connectivity index?
gdhm-i17-phase-1 = The country scores under 20 on the 0–100 composite connectivity index; networks reach only a small part of the country and health facilities rarely have a usable connection.
gdhm-i17-phase-2 = The country scores from 20 to 40 on the 0–100 composite connectivity index; coverage is growing but remains limited and costly outside the main towns.
gdhm-i17-phase-3 = The country scores from 40 to 60 on the 0–100 composite connectivity index; most urban areas and many district centres have reliable connections, with gaps in rural areas.
gdhm-i17-phase-4 = The country scores from 60 to 80 on the 0–100 composite connectivity index; affordable broadband and mobile data are available in most of the country, including many rural facilities.
gdhm-i17-phase-5 = The country scores from 80 to 100 on the 0–100 composite connectivity index; fast, reliable and affordable connectivity is available nationwide and supports online health services at every level.
gdhm-i17-guidance = Use the latest published country score on the external composite connectivity index referenced by the framework, and record its source and year. Ask the ICT ministry or the telecommunications regulator, and compare the score with the actual connection status of health facilities reported by the digital health unit.
gdhm-i17-evidence-1 = Latest published country score on the composite connectivity index, with its year
gdhm-i17-evidence-2 = National broadband or connectivity report of the ICT ministry or regulator
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible ict-ministry
gdhm-i17-s1-a1 = Map network coverage and the connection status of public health facilities, jointly with the ministry of health, to identify the least connected areas.
gdhm-i17-s1-a1-monitor = Facility connectivity map published; share of public health facilities with a known connection status
# step 1->2, action line 'connectivity', timeframe short, cost low, responsible finance
gdhm-i17-s1-a2 = Identify funding sources for connecting public health facilities, such as the universal service fund, and record them in the medium-term budget framework.
gdhm-i17-s1-a2-monitor = Number of funding sources identified and recorded in the medium-term budget framework
# step 2->3, action line 'connectivity', timeframe short, cost medium, responsible ict-ministry
gdhm-i17-s2-a1 = Negotiate preferential connectivity tariffs for public health facilities with network operators.
gdhm-i17-s2-a1-monitor = Tariff agreement signed; number of public health facilities benefiting from it
# step 2->3, action line 'connectivity', timeframe medium, cost low, responsible finance
gdhm-i17-s2-a2 = Create a dedicated line in the health budget for the connectivity charges of public health facilities.
gdhm-i17-s2-a2-monitor = Dedicated budget line present in the approved annual budget; share of the allocation executed
# step 3->4, action line 'connectivity', timeframe medium, cost medium, responsible ict-ministry
gdhm-i17-s3-a1 = Extend the national backbone and last-mile networks to district hospitals and health centres in underserved areas.
gdhm-i17-s3-a1-monitor = Number of additional public health facilities connected to broadband during the year
# step 3->4, action line 'connectivity', timeframe medium, cost high, responsible finance
gdhm-i17-s3-a2 = Finance a multi-year connectivity investment programme for underserved regions, through the universal service fund or public–private partnerships.
gdhm-i17-s3-a2-monitor = Amount committed and disbursed under the programme; number of districts reached
# step 4->5, action line 'connectivity', timeframe long, cost high, responsible ict-ministry
gdhm-i17-s4-a1 = Complete nationwide high-speed network coverage, with redundant links and guaranteed service levels for health facilities and emergency services.
gdhm-i17-s4-a1-monitor = Share of the population covered by high-speed broadband; country score on the composite connectivity index
# step 4->5, action line 'connectivity', timeframe medium, cost medium, responsible finance
gdhm-i17-s4-a2 = Secure recurrent funding in the annual budget for the operating costs of health facility connectivity.
gdhm-i17-s4-a2-monitor = Share of facility connectivity operating costs covered by the recurrent budget

## Indicator 18 (scored indicator; scale phases)
gdhm-i18-title = Digital equipment and software maintenance plan
gdhm-i18-question = Is there a funded plan to supply, maintain and replace the digital equipment and software used in public health facilities?
gdhm-i18-phase-1 = No plan exists for the supply or upkeep of digital equipment and software; facilities depend on one-off donations, and equipment is rarely repaired or replaced.
gdhm-i18-phase-2 = A plan has been drafted or approved, but it is not funded or applied consistently, and maintenance is done only when equipment breaks down.
gdhm-i18-phase-3 = The plan is in use: equipment needs are assessed, inventories are kept, and maintenance is organised regularly with partners and suppliers.
gdhm-i18-phase-4 = The government leads and funds the plan, and asset registers, maintenance contracts and replacement cycles are monitored across public facilities.
gdhm-i18-phase-5 = The supply and maintenance of equipment and software are institutionalised, with a recurrent budget, management over the whole equipment life cycle, standard specifications and technical support at every level.
gdhm-i18-guidance = Check whether an equipment and software plan exists, whether it is costed and funded, and whether an up-to-date asset register is kept. Ask the digital health unit, the finance and procurement departments, district health managers and the main donors.
gdhm-i18-evidence-1 = Approved and costed plan for the supply and maintenance of equipment and software
gdhm-i18-evidence-2 = Asset register of digital equipment in public health facilities
gdhm-i18-evidence-3 = Maintenance contracts or service reports
# step 1->2, action line 'equipment', timeframe short, cost low, responsible moh-dhu
gdhm-i18-s1-a1 = Survey the digital equipment, software licences and power supply available in public health facilities.
gdhm-i18-s1-a1-monitor = Survey report published; share of public health facilities surveyed
# step 1->2, action line 'equipment', timeframe short, cost low, responsible finance
gdhm-i18-s1-a2 = Estimate the cost of supplying and maintaining a minimum set of digital equipment in public health facilities, as a basis for budget discussions.
gdhm-i18-s1-a2-monitor = Costing note produced and submitted to the budget committee
# step 2->3, action line 'equipment', timeframe short, cost medium, responsible moh-dhu
gdhm-i18-s2-a1 = Adopt minimum equipment standards for each level of facility and set up an asset register that districts keep up to date.
gdhm-i18-s2-a1-monitor = Minimum standards adopted; share of public health facilities recorded in the asset register
# step 2->3, action line 'equipment', timeframe medium, cost low, responsible finance
gdhm-i18-s2-a2 = Align government and partner purchases of digital equipment with the national plan through a joint financing framework.
gdhm-i18-s2-a2-monitor = Joint financing framework signed; share of equipment spending channelled through the plan
# step 3->4, action line 'equipment', timeframe medium, cost medium, responsible moh-dhu
gdhm-i18-s3-a1 = Set up a tiered maintenance and technical support service, with regional support hubs and target repair times.
gdhm-i18-s3-a1-monitor = Share of reported equipment faults repaired within the target time
# step 3->4, action line 'equipment', timeframe medium, cost high, responsible finance
gdhm-i18-s3-a2 = Fund a multi-year programme to equip all public health facilities to the minimum standard, including backup power.
gdhm-i18-s3-a2-monitor = Share of public health facilities meeting the minimum equipment standard
# step 4->5, action line 'equipment', timeframe long, cost high, responsible moh-dhu
gdhm-i18-s4-a1 = Introduce management of digital equipment and software over their whole life cycle, with planned replacement, licence renewal and secure disposal.
gdhm-i18-s4-a1-monitor = Share of devices replaced within their planned life cycle; share of software licences that are current
# step 4->5, action line 'equipment', timeframe medium, cost medium, responsible finance
gdhm-i18-s4-a2 = Make the maintenance and replacement of digital equipment a recurrent budget item protected from in-year cuts.
gdhm-i18-s4-a2-monitor = Recurrent allocation for equipment maintenance and replacement in the approved budget; execution rate of that allocation
