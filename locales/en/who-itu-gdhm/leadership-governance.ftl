# leadership-governance: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 1 (scored indicator; scale phases)
gdhm-i1-title = National digital health governance mechanism
gdhm-i1-question = Is there a national body or mechanism, led by government, that steers and coordinates digital health across the health sector?
gdhm-i1-phase-1 = No national body or mechanism governs digital health; projects are steered separately by programmes, partners or donors with little coordination.
gdhm-i1-phase-2 = A national digital health body or mechanism has been formally created, for example by decree or ministerial order, but it meets irregularly, lacks a clear mandate or resources, and has little influence on decisions.
gdhm-i1-phase-3 = The governance body has defined terms of reference and membership, meets regularly with health programmes, other ministries and partners, and its decisions guide digital health investments.
gdhm-i1-phase-4 = The governance body is fully working and led by the government, with a secretariat, a work plan and a budget; it monitors the implementation of the digital health agenda and reports on progress.
gdhm-i1-phase-5 = Digital health governance is part of the permanent structure of government, sustained by recurrent public funding through changes of leadership, and recognised nationally as the authority that steers digital health.
gdhm-i1-guidance = Look for the legal or administrative act that created the body, its terms of reference and the minutes of its recent meetings. Ask the digital health unit, the planning directorate and the main development partners whether decisions on digital health investments actually pass through this body.
gdhm-i1-evidence-1 = Decree or ministerial order establishing the governance body
gdhm-i1-evidence-2 = Terms of reference and membership list of the body
gdhm-i1-evidence-3 = Minutes of the meetings held in the last twelve months
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i1-s1-a1 = Map the existing digital health committees, projects and partners, and draft the mandate, membership and terms of reference of a national digital health governance body.
gdhm-i1-s1-a1-monitor = Mapping report and draft terms of reference submitted to the ministry's senior management (yes/no)
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-planning
gdhm-i1-s1-a2 = Prepare and submit for signature the ministerial order that formally establishes the national digital health governance body and designates its chair.
gdhm-i1-s1-a2-monitor = Ministerial order establishing the governance body signed (yes/no)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i1-s2-a1 = Set up a secretariat in the digital health unit that convenes the governance body on a fixed calendar, prepares its agendas and follows up its decisions.
gdhm-i1-s2-a1-monitor = Number of governance body meetings held in the year with minutes circulated, compared with the planned calendar
# step 2->3, action line 'governance', timeframe medium, cost low, responsible moh-planning
gdhm-i1-s2-a2 = Extend the membership of the governance body to health programmes, other ministries, subnational health authorities, partners and civil society, and define how its decisions feed into sector planning.
gdhm-i1-s2-a2-monitor = Share of the constituencies listed in the terms of reference that attended at least half of the meetings in the year
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i1-s3-a1 = Adopt a multi-year work plan for the governance body with targets, and report progress against it at each meeting.
gdhm-i1-s3-a1-monitor = Work plan adopted (yes/no) and share of its planned activities completed in the year
# step 3->4, action line 'governance', timeframe medium, cost high, responsible moh-planning
gdhm-i1-s3-a2 = Provide a staffed secretariat and a dedicated budget line for the governance body, and make its review a required step before any digital health project, including partner-funded projects, is approved.
gdhm-i1-s3-a2-monitor = Share of new digital health projects approved in the year that were reviewed by the governance body
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i1-s4-a1 = Institutionalise the governance body in the permanent organisational structure of the ministry of health, with established posts and recurrent funding that do not depend on external projects.
gdhm-i1-s4-a1-monitor = Share of the governance body's running costs financed from the recurrent national budget
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible moh-planning
gdhm-i1-s4-a2 = Commission an independent review of the governance body's performance every three years and publish an annual report on its decisions and results.
gdhm-i1-s4-a2-monitor = Independent review completed in the last three years and annual report published (yes/no)

## Indicator 2 (scored indicator; scale phases)
gdhm-i2-title = Digital health in national health planning and budgets
gdhm-i2-question = Is digital health included, with budgeted activities, in the national health sector strategy or plan?
gdhm-i2-phase-1 = The national health strategy or plan does not mention digital health, or mentions it only in general terms, without activities or budget.
gdhm-i2-phase-2 = Digital health is named as a priority in the national health strategy or plan, but the related activities are not costed or budgeted.
gdhm-i2-phase-3 = The national health plan contains defined and costed digital health activities, which are discussed with stakeholders during annual planning and budgeting.
gdhm-i2-phase-4 = Digital health activities in the national health plan are funded through the health budget under government leadership, and their implementation is monitored in the regular reviews of the health sector.
gdhm-i2-phase-5 = Digital health is a permanent, budgeted part of every national health planning cycle, sustained over successive plans and recognised as a standard component of health sector planning.
gdhm-i2-guidance = Review the current national health sector strategic plan, its costed operational plan and the health budget for the current year. Ask the planning directorate and the ministry of finance whether digital health activities have their own budget lines and whether they are tracked in the annual sector reviews.
gdhm-i2-evidence-1 = National health sector strategic plan with a digital health section
gdhm-i2-evidence-2 = Costed operational plan or medium-term expenditure framework for health
gdhm-i2-evidence-3 = Annual health budget showing digital health budget lines
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible moh-planning
gdhm-i2-s1-a1 = Include digital health as a named priority, with objectives, in the next revision or mid-term review of the national health sector strategy.
gdhm-i2-s1-a1-monitor = Approved health sector strategy or mid-term review document containing digital health objectives (yes/no)
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible finance
gdhm-i2-s1-a2 = Create a budget code or sub-programme in the national budget classification that allows digital health spending in the health budget to be identified and reported.
gdhm-i2-s1-a2-monitor = Digital health budget code or sub-programme created in the national budget classification (yes/no)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible moh-planning
gdhm-i2-s2-a1 = Cost the digital health activities of the national health plan and enter them in the annual operational plans of the ministry and its programmes.
gdhm-i2-s2-a1-monitor = Share of the digital health activities of the national health plan that have a cost estimate in the annual operational plan
# step 2->3, action line 'policy-alignment', timeframe medium, cost low, responsible finance
gdhm-i2-s2-a2 = Examine the costed digital health activities during the annual budget hearings of the health sector and record the resulting allocations under the digital health budget code.
gdhm-i2-s2-a2-monitor = Amount allocated under the digital health budget code in the approved annual budget
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible moh-planning
gdhm-i2-s3-a1 = Add digital health indicators to the monitoring framework of the national health plan and report on them in the annual joint review of the health sector.
gdhm-i2-s3-a1-monitor = Number of digital health indicators reported in the latest annual health sector review report
# step 3->4, action line 'policy-alignment', timeframe medium, cost high, responsible finance
gdhm-i2-s3-a2 = Fund the costed digital health activities of the national health plan through the medium-term expenditure framework, with multi-year allocations for both investment and running costs.
gdhm-i2-s3-a2-monitor = Share of the costed digital health requirement of the health plan covered by allocations in the medium-term expenditure framework
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible moh-planning
gdhm-i2-s4-a1 = Make a costed digital health component a required part of national and subnational health planning guidelines, and sustain its implementation across successive planning cycles.
gdhm-i2-s4-a1-monitor = Share of subnational health plans of the current cycle that include a costed digital health component
# step 4->5, action line 'policy-alignment', timeframe medium, cost medium, responsible finance
gdhm-i2-s4-a2 = Track actual spending on digital health against allocations every year and publish it in the budget execution report of the health sector.
gdhm-i2-s4-a2-monitor = Execution rate of digital health allocations published in the annual budget execution report (yes/no, and rate in %)

## Indicator 2a (sub-indicator of 2; scale phases)
gdhm-i2a-title = Health in national digital and data policy
gdhm-i2a-question = Do the national digital transformation policy and the national data governance policy address the health sector explicitly?
gdhm-i2a-phase-1 = There is no national digital transformation or data governance policy, or the existing policy does not mention health.
gdhm-i2a-phase-2 = Health is mentioned in the national digital transformation or data governance policy, but without specific objectives, responsibilities or coordination with the ministry of health.
gdhm-i2a-phase-3 = The national digital policy sets defined objectives for health, and the ministry of health takes part regularly in its coordination mechanisms.
gdhm-i2a-phase-4 = Health objectives of the national digital and data policies are implemented under government leadership, shared government digital services and data rules are applied in the health sector, and progress is monitored.
gdhm-i2a-phase-5 = Health is a permanent and recognised part of national digital transformation and data governance, sustained through successive policies and reviewed jointly by the ministries concerned.
gdhm-i2a-guidance = Review the national digital transformation strategy, the national data governance policy or data strategy, and any e-government plan. Ask the ministry in charge of ICT and the digital health unit whether health has specific objectives, whether the ministry of health sits in the coordination bodies, and whether shared services such as digital identity, data exchange and hosting serve the health sector.
gdhm-i2a-evidence-1 = National digital transformation strategy with a section on health
gdhm-i2a-evidence-2 = National data governance policy or strategy that refers to health data
# step 1->2, action line 'policy-alignment', timeframe short, cost low, responsible ict-ministry
gdhm-i2a-s1-a1 = Involve the ministry of health in drafting or revising the national digital transformation and data governance policies, so that health is named as a priority sector.
gdhm-i2a-s1-a1-monitor = Ministry of health formally consulted during the latest drafting or revision of the policies (yes/no)
# step 2->3, action line 'policy-alignment', timeframe short, cost medium, responsible ict-ministry
gdhm-i2a-s2-a1 = Define, with the ministry of health, health-specific objectives and responsibilities in the national digital transformation policy, and give the ministry of health a seat in the policy's coordination body.
gdhm-i2a-s2-a1-monitor = Number of health-specific objectives in the national digital transformation policy that have an assigned responsible body
# step 3->4, action line 'policy-alignment', timeframe medium, cost medium, responsible ict-ministry
gdhm-i2a-s3-a1 = Extend shared government digital services, such as digital identity, data exchange and hosting, to the health sector, and monitor their use against the health objectives of the policy.
gdhm-i2a-s3-a1-monitor = Number of shared government digital services in use in the health sector, as reported in the policy's annual progress report
# step 4->5, action line 'policy-alignment', timeframe long, cost high, responsible ict-ministry
gdhm-i2a-s4-a1 = Institutionalise a standing joint mechanism with the ministry of health to plan, finance and review health-related digital investments under each successive national digital policy.
gdhm-i2a-s4-a1-monitor = Number of years in the policy period in which a joint review of health-related digital investments was held

## Indicator 3 (scored indicator; scale phases)
gdhm-i3-title = Governance of emerging digital health technologies
gdhm-i3-question = Does the country have the readiness and the governance arrangements needed to assess, adopt and oversee emerging technologies in health, such as artificial intelligence, wearable devices and connected devices?
gdhm-i3-phase-1 = There is no policy, guidance or designated authority for emerging technologies in health; their use is unplanned and not assessed.
gdhm-i3-phase-2 = A policy statement, guideline or working group on emerging technologies in health has been formally adopted or created, but it is not yet applied in practice.
gdhm-i3-phase-3 = Defined procedures exist to assess the safety, effectiveness and ethical aspects of emerging technologies before they are used in health, and they are applied regularly with regulators, experts and users.
gdhm-i3-phase-4 = Government-led governance of emerging technologies in health is fully working: assessment, approval and monitoring after deployment are routine, and the results are reported.
gdhm-i3-phase-5 = Governance of emerging technologies in health is institutionalised and sustained, updated as technologies change, and recognised nationally as the basis for decisions on their adoption.
gdhm-i3-guidance = Look for any policy, strategy or guideline on artificial intelligence, connected devices or other emerging technologies that covers health, and for procedures to assess such tools before and after deployment. Ask the digital health unit, the regulatory authority for health products, the research ethics committee and academic experts which tools are in use and who approved them.
gdhm-i3-evidence-1 = National policy or guideline on artificial intelligence or emerging technologies in health
gdhm-i3-evidence-2 = Assessment procedure or checklist for emerging health technologies
gdhm-i3-evidence-3 = Register of assessed or approved emerging technology tools
# step 1->2, action line 'governance', timeframe short, cost low, responsible moh-dhu
gdhm-i3-s1-a1 = Make an inventory of the emerging technology tools, such as artificial intelligence applications and connected devices, already used or piloted in the health sector, and identify the related risks and gaps in oversight.
gdhm-i3-s1-a1-monitor = Inventory report completed (yes/no) and number of emerging technology tools listed
# step 1->2, action line 'governance', timeframe short, cost low, responsible regulator
gdhm-i3-s1-a2 = Designate a focal point for emerging digital health technologies within the regulatory authority and publish a statement of which of these products fall under its current mandate.
gdhm-i3-s1-a2-monitor = Focal point designated and scope statement published by the regulatory authority (yes/no)
# step 2->3, action line 'governance', timeframe short, cost medium, responsible moh-dhu
gdhm-i3-s2-a1 = Develop and pilot a procedure to assess the safety, effectiveness, ethical aspects and data use of emerging technologies before they are introduced in health services.
gdhm-i3-s2-a1-monitor = Assessment procedure adopted (yes/no) and number of tools assessed with it during the pilot period
# step 2->3, action line 'governance', timeframe medium, cost low, responsible regulator
gdhm-i3-s2-a2 = Issue guidance to manufacturers and suppliers on the evidence required to place artificial intelligence and connected health products on the national market.
gdhm-i3-s2-a2-monitor = Guidance for manufacturers and suppliers published (yes/no)
# step 3->4, action line 'governance', timeframe medium, cost medium, responsible moh-dhu
gdhm-i3-s3-a1 = Require that every emerging technology tool used in public health services be assessed and recorded in a national register, and report on the performance of these tools each year.
gdhm-i3-s3-a1-monitor = Share of emerging technology tools used in public health services that are assessed and listed in the national register
# step 3->4, action line 'governance', timeframe medium, cost high, responsible regulator
gdhm-i3-s3-a2 = Build the capacity of the regulatory authority to approve emerging health technologies and monitor them after deployment, including staff training, testing facilities and an incident reporting system.
gdhm-i3-s3-a2-monitor = Number of trained assessors in post and number of incident reports on emerging health technologies reviewed in the year
# step 4->5, action line 'governance', timeframe long, cost high, responsible moh-dhu
gdhm-i3-s4-a1 = Establish a permanent and funded function for horizon scanning and assessment of emerging health technologies, and update the national governance framework at fixed intervals.
gdhm-i3-s4-a1-monitor = Governance framework updated in the last three years and annual horizon-scanning report published (yes/no)
# step 4->5, action line 'governance', timeframe medium, cost medium, responsible regulator
gdhm-i3-s4-a2 = Align national requirements for emerging health technologies with regional and international regulatory frameworks through standing reliance and information-sharing arrangements with other regulators.
gdhm-i3-s4-a2-monitor = Number of reliance or information-sharing agreements with other regulators in force

## Indicator 4 (scored indicator; scale phases)
gdhm-i4-title = Equity, inclusion and rights in digital health
gdhm-i4-question = Does the national digital health strategy address equity, inclusion and human rights, so that digital health reaches and protects all population groups?
gdhm-i4-phase-1 = The digital health strategy, where one exists, does not consider equity, inclusion or human rights.
gdhm-i4-phase-2 = Equity, inclusion and human rights are stated as principles in the digital health strategy, but no specific measures or responsibilities exist to apply them.
gdhm-i4-phase-3 = The strategy sets defined measures for groups at risk of exclusion, such as rural populations, people with disabilities, older people and linguistic minorities, and these measures are applied with the participation of the groups concerned.
gdhm-i4-phase-4 = The government leads the application of equity and rights measures in all digital health programmes and monitors access and use by population group with disaggregated data.
gdhm-i4-phase-5 = Equity, inclusion and human rights are institutionalised in the design, funding and review of all digital health services, sustained over time and recognised nationally as standard practice.
gdhm-i4-guidance = Review the digital health strategy and its monitoring framework for measures aimed at groups at risk of exclusion and for data disaggregated by sex, age, place of residence, disability or income. Ask the digital health unit, patient and community organisations and the national human rights institution how these groups are consulted and whether barriers to access are tracked.
gdhm-i4-evidence-1 = Section of the digital health strategy on equity, inclusion and human rights
gdhm-i4-evidence-2 = Equity or human rights impact assessment of a digital health programme
gdhm-i4-evidence-3 = Monitoring report with data disaggregated by population group
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4-s1-a1 = Identify the population groups at risk of exclusion from digital health and the main barriers they face, using existing surveys, studies and consultations.
gdhm-i4-s1-a1-monitor = Situation analysis of exclusion from digital health completed (yes/no)
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible civil-society
gdhm-i4-s1-a2 = Collect the views of communities and groups at risk of exclusion on their access to and experience of digital health services, and submit them to the ministry of health.
gdhm-i4-s1-a2-monitor = Number of civil society submissions on inclusion in digital health received by the ministry of health
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4-s2-a1 = Turn the equity and rights principles of the strategy into specific measures, such as accessible design, local languages, offline options and assisted access, each with a responsible unit and a target.
gdhm-i4-s2-a1-monitor = Number of equity and inclusion measures in the strategy's action plan with an assigned unit and a target
# step 2->3, action line 'inclusion', timeframe medium, cost low, responsible civil-society
gdhm-i4-s2-a2 = Take part regularly in the design and testing of digital health services through a standing consultation group that represents groups at risk of exclusion.
gdhm-i4-s2-a2-monitor = Number of consultation group meetings on digital health services held in the year
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4-s3-a1 = Require every national digital health programme to report access and use disaggregated by sex, age, place of residence and disability, and review the results in the digital health governance body.
gdhm-i4-s3-a1-monitor = Share of national digital health programmes that report disaggregated access and use data
# step 3->4, action line 'inclusion', timeframe medium, cost high, responsible civil-society
gdhm-i4-s3-a2 = Conduct independent, community-led monitoring of access, accessibility and respect for rights in digital health services across the regions of the country, and publish the findings.
gdhm-i4-s3-a2-monitor = Number of regions covered by community-led monitoring and number of monitoring reports published in the year
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4-s4-a1 = Institutionalise an equity and human rights impact assessment as a required and funded step in the design, procurement and renewal of every digital health service.
gdhm-i4-s4-a1-monitor = Share of new or renewed digital health services with a completed equity and human rights impact assessment
# step 4->5, action line 'inclusion', timeframe medium, cost medium, responsible civil-society
gdhm-i4-s4-a2 = Maintain a formal role for civil society in each periodic review of the digital health strategy, including a published independent report on equity and rights.
gdhm-i4-s4-a2-monitor = Independent civil society report published for each review of the strategy (yes/no)

## Indicator 4a (sub-indicator of 4; scale phases)
gdhm-i4a-title = Gender in digital health strategy and governance
gdhm-i4a-question = Does the digital health strategy address gender, and are women fairly represented in the bodies that govern digital health?
gdhm-i4a-phase-1 = Gender is not considered in the digital health strategy, and the gender balance of digital health governance bodies is not known.
gdhm-i4a-phase-2 = Gender is mentioned in the digital health strategy, but there are no specific gender measures, and the participation of women in governance bodies is not actively sought.
gdhm-i4a-phase-3 = The strategy contains defined measures to close gender gaps in access to and use of digital health, and gender balance in governance bodies is a stated objective pursued with stakeholders.
gdhm-i4a-phase-4 = The government leads the implementation of gender measures in digital health, monitors sex-disaggregated data on access, use and workforce, and reports on gender balance in governance bodies.
gdhm-i4a-phase-5 = Gender equality is institutionalised in digital health policy, programmes and governance, sustained over successive strategies and recognised nationally.
gdhm-i4a-guidance = Check whether the digital health strategy analyses gender gaps in phone ownership, digital skills and use of services, and whether it sets measures and targets to close them. Ask the digital health unit and the gender focal point of the ministry for sex-disaggregated data and for the composition of digital health governance bodies.
gdhm-i4a-evidence-1 = Gender analysis or gender section of the digital health strategy
gdhm-i4a-evidence-2 = Membership of digital health governance bodies broken down by sex
# step 1->2, action line 'inclusion', timeframe short, cost low, responsible moh-dhu
gdhm-i4a-s1-a1 = Carry out a rapid gender analysis of access to and use of digital health services and of the composition of digital health governance bodies.
gdhm-i4a-s1-a1-monitor = Gender analysis report completed (yes/no)
# step 2->3, action line 'inclusion', timeframe short, cost medium, responsible moh-dhu
gdhm-i4a-s2-a1 = Adopt specific gender measures and targets in the digital health strategy, including a target for the share of women in digital health governance bodies.
gdhm-i4a-s2-a1-monitor = Number of gender measures with targets in the strategy's action plan, and share of women among members of governance bodies
# step 3->4, action line 'inclusion', timeframe medium, cost medium, responsible moh-dhu
gdhm-i4a-s3-a1 = Collect and report sex-disaggregated data on access, use and workforce in all national digital health programmes, and hold an annual review of gender progress.
gdhm-i4a-s3-a1-monitor = Share of national digital health programmes that report sex-disaggregated data, and annual gender review held (yes/no)
# step 4->5, action line 'inclusion', timeframe long, cost high, responsible moh-dhu
gdhm-i4a-s4-a1 = Institutionalise gender-responsive planning and budgeting in digital health, with a funded gender focal point and gender criteria applied to every project approval.
gdhm-i4a-s4-a1-monitor = Share of digital health projects approved in the year that were checked against the gender criteria
