# strategy-investment: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 5 (scored indicator; scale phases)
gdhm-i5-title = National digital health strategy and costed plan
gdhm-i5-question = Does the country have a national digital health strategy or framework with a costed implementation plan?
gdhm-i5-phase-1 = There is no national digital health strategy or framework, or only a draft that has not been adopted.
gdhm-i5-phase-2 = A national digital health strategy or framework has been adopted, but it has no costed implementation plan, or the plan is not used.
gdhm-i5-phase-3 = The adopted strategy has a costed implementation plan with defined activities and responsibilities, which is carried out with health programmes, partners and other stakeholders.
gdhm-i5-phase-4 = The implementation of the strategy and its costed plan is led by the government, funded, and monitored against a results framework with periodic progress reports.
gdhm-i5-phase-5 = The national digital health strategy is institutionalised: it is renewed in regular cycles, financed over the long term and recognised nationally as the reference for all digital health investments.
gdhm-i5-guidance = Obtain the adopted strategy or framework, its costed implementation plan and the latest progress report. Ask the planning directorate, the digital health unit and partners whether the plan is used to decide on funding, whether it is up to date and how progress is measured.
gdhm-i5-evidence-1 = Adopted national digital health strategy or framework
gdhm-i5-evidence-2 = Costed implementation plan with a results framework
gdhm-i5-evidence-3 = Latest progress report or mid-term review of the strategy
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5-s1-a1 = Launch the development of a national digital health strategy, with a mandate from the ministry's leadership, a steering arrangement and a timetable.
gdhm-i5-s1-a1-monitor = Ministerial decision launching the development of the strategy, with a timetable, issued (yes/no)
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-dhu
gdhm-i5-s1-a2 = Conduct a situation analysis of existing digital health systems, projects, partners and gaps to serve as the baseline of the strategy.
gdhm-i5-s1-a2-monitor = Situation analysis report validated by stakeholders (yes/no)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5-s2-a1 = Cost the activities of the strategy and prepare an implementation plan that sets priorities, sequencing, responsible bodies and sources of funding.
gdhm-i5-s2-a1-monitor = Costed implementation plan validated (yes/no) and share of the strategy's activities that are costed
# step 2->3, action line 'strategy', timeframe medium, cost low, responsible moh-dhu
gdhm-i5-s2-a2 = Hold regular implementation meetings with health programmes and partners to align their digital health activities with the strategy and its plan.
gdhm-i5-s2-a2-monitor = Number of implementation meetings held in the year and share of partner-funded digital health projects linked to an activity of the strategy
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5-s3-a1 = Adopt a results framework for the strategy with baseline values and targets, and publish a progress report every year.
gdhm-i5-s3-a1-monitor = Results framework adopted (yes/no) and number of annual progress reports published
# step 3->4, action line 'strategy', timeframe medium, cost high, responsible moh-dhu
gdhm-i5-s3-a2 = Carry out the priority investments of the costed plan under the leadership of the digital health unit, with a programme management office that tracks delivery, budget and risks.
gdhm-i5-s3-a2-monitor = Share of the priority investments of the costed plan that are on schedule and within budget
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5-s4-a1 = Institutionalise a regular cycle of evaluation and renewal of the national digital health strategy, linked to the health sector planning cycle and funded from the national budget.
gdhm-i5-s4-a1-monitor = Independent evaluation completed and successor strategy adopted before the end of the current strategy period (yes/no)
# step 4->5, action line 'strategy', timeframe medium, cost medium, responsible moh-dhu
gdhm-i5-s4-a2 = Update the implementation plan every year in the light of progress, new needs and available resources, and publish the updated version.
gdhm-i5-s4-a2-monitor = Implementation plan updated and published in the last twelve months (yes/no)

## Indicator 5a (sub-indicator of 5; scale phases)
gdhm-i5a-title = Alignment of the strategy with universal health coverage
gdhm-i5a-question = Is the national digital health strategy aligned with the goals and priorities of universal health coverage in the country?
gdhm-i5a-phase-1 = The digital health strategy makes no link with the goals or priorities of universal health coverage.
gdhm-i5a-phase-2 = The digital health strategy refers to universal health coverage, but its activities are not linked to specific coverage priorities such as primary health care, access to services or financial protection.
gdhm-i5a-phase-3 = Digital health activities are defined in relation to the priorities of universal health coverage and are planned together with the units responsible for primary health care, service delivery and health financing.
gdhm-i5a-phase-4 = The government leads digital health investments that serve the priorities of universal health coverage and monitors their contribution with agreed indicators.
gdhm-i5a-phase-5 = The alignment between digital health and universal health coverage is institutionalised in national planning, sustained over successive strategies and recognised as a guiding principle.
gdhm-i5a-guidance = Compare the digital health strategy with the national roadmap for universal health coverage, the primary health care strategy and the health financing strategy. Ask the planning directorate and the units for health financing and primary health care which digital health activities support their goals and how this support is measured.
gdhm-i5a-evidence-1 = Mapping of digital health activities to the priorities of universal health coverage
gdhm-i5a-evidence-2 = National universal health coverage roadmap or primary health care strategy that refers to digital health
# step 1->2, action line 'strategy', timeframe short, cost low, responsible moh-planning
gdhm-i5a-s1-a1 = Map the activities of the digital health strategy against the priorities of the national roadmap for universal health coverage and identify the gaps.
gdhm-i5a-s1-a1-monitor = Mapping of the strategy's activities to the priorities of universal health coverage completed (yes/no)
# step 2->3, action line 'strategy', timeframe short, cost medium, responsible moh-planning
gdhm-i5a-s2-a1 = Revise the digital health implementation plan, with the primary health care and health financing units, so that each priority activity is linked to an objective of universal health coverage.
gdhm-i5a-s2-a1-monitor = Share of priority digital health activities linked to a stated objective of universal health coverage
# step 3->4, action line 'strategy', timeframe medium, cost medium, responsible moh-planning
gdhm-i5a-s3-a1 = Adopt indicators that measure the contribution of digital health to service coverage and financial protection, and report them in the annual review of the health sector.
gdhm-i5a-s3-a1-monitor = Number of indicators on the contribution of digital health reported in the annual health sector review
# step 4->5, action line 'strategy', timeframe long, cost high, responsible moh-planning
gdhm-i5a-s4-a1 = Institutionalise the joint planning and financing of digital health and of the priorities of universal health coverage in every national health planning cycle.
gdhm-i5a-s4-a1-monitor = Share of the digital health budget allocated to activities linked to the priorities of universal health coverage

## Indicator 6 (scored indicator; scale phases)
gdhm-i6-title = Public funding for digital health
gdhm-i6-question = Is digital health financed from the national public budget in a regular and sufficient way?
gdhm-i6-phase-1 = There is no public funding dedicated to digital health; digital health depends almost entirely on donors or short-term projects.
gdhm-i6-phase-2 = Public funds have been allocated to digital health, but the allocations are occasional, small or not released on time.
gdhm-i6-phase-3 = A defined public budget line for digital health exists and receives an allocation every year, and funding decisions are discussed with health programmes and partners.
gdhm-i6-phase-4 = Public funding covers the main costs of national digital health systems, including running costs, under government leadership, and spending is tracked and reported.
gdhm-i6-phase-5 = Digital health is financed in a sustained way from the recurrent national budget, with multi-year commitments for investment, operation and maintenance, and this is recognised as a normal part of health financing.
gdhm-i6-guidance = Review the approved health budget and the budget execution reports of the last three years, and compare public allocations with partner funding for digital health. Ask the ministry of finance and the planning directorate whether a digital health budget line exists, how much was released and whether the running costs of national systems are covered.
gdhm-i6-evidence-1 = Approved national budget showing a digital health budget line
gdhm-i6-evidence-2 = Budget execution reports for digital health over recent years
gdhm-i6-evidence-3 = Mapping of digital health funding by source, public and external
# step 1->2, action line 'financing', timeframe short, cost low, responsible finance
gdhm-i6-s1-a1 = Identify current public spending on digital health within the health and ICT budgets, and agree with the ministry of health on how it will be classified in future budgets.
gdhm-i6-s1-a1-monitor = Baseline of public spending on digital health established and budget classification agreed (yes/no)
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6-s1-a2 = Prepare a first budget request for digital health, based on the costed needs of priority systems, for the next budget cycle.
gdhm-i6-s1-a2-monitor = Digital health budget request submitted in the next budget cycle (yes/no)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible finance
gdhm-i6-s2-a1 = Open a dedicated budget line for digital health in the health budget and release the approved funds on schedule.
gdhm-i6-s2-a1-monitor = Share of the approved digital health allocation actually released in the fiscal year
# step 2->3, action line 'financing', timeframe medium, cost low, responsible moh-planning
gdhm-i6-s2-a2 = Map all digital health funding by source every year, public and external, to identify the gaps that the public budget needs to cover.
gdhm-i6-s2-a2-monitor = Annual mapping of digital health resources completed (yes/no) and share of funding from public sources
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible finance
gdhm-i6-s3-a1 = Include the running and maintenance costs of national digital health systems in the recurrent budget, and report digital health spending in the budget execution reports.
gdhm-i6-s3-a1-monitor = Share of the running costs of national digital health systems covered by the recurrent public budget
# step 3->4, action line 'financing', timeframe medium, cost high, responsible moh-planning
gdhm-i6-s3-a2 = Plan and carry out the transfer of key donor-funded digital health systems to public funding, with an agreed timetable for each system.
gdhm-i6-s3-a2-monitor = Number of donor-funded national digital health systems transferred to public funding
# step 4->5, action line 'financing', timeframe long, cost high, responsible finance
gdhm-i6-s4-a1 = Commit multi-year public funding for digital health in the medium-term expenditure framework, covering investment, operation and the replacement of equipment and software.
gdhm-i6-s4-a1-monitor = Multi-year digital health allocation included in the medium-term expenditure framework (yes/no) and its share of the health budget
# step 4->5, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6-s4-a2 = Review the adequacy and efficiency of public spending on digital health every two years and use the findings to adjust allocations.
gdhm-i6-s4-a2-monitor = Review of public spending on digital health completed in the last two years (yes/no)

## Indicator 6a (sub-indicator of 6; scale phases)
gdhm-i6a-title = Private-sector participation and investment
gdhm-i6a-question = Does the private sector take part and invest in digital health under rules and partnerships set by the government?
gdhm-i6a-phase-1 = There is no framework for private-sector participation in digital health; private initiatives are isolated and not coordinated with national priorities.
gdhm-i6a-phase-2 = A policy or mechanism for engaging the private sector in digital health has been formally adopted, but few partnerships or investments have followed from it.
gdhm-i6a-phase-3 = Defined rules and channels for partnerships with private companies are in place, and the private sector takes part regularly in digital health planning and investment.
gdhm-i6a-phase-4 = The government leads and monitors private-sector participation in digital health through agreed partnership models, and private investments are aligned with the national strategy and national standards.
gdhm-i6a-phase-5 = Private-sector participation and investment in digital health are institutionalised through lasting partnership arrangements, and their contribution to national health goals is recognised.
gdhm-i6a-guidance = Look for policies on public-private partnership, partnership agreements on digital health and records of private investment in national systems. Ask the planning directorate, the digital health unit and private-sector associations how companies are engaged, under which rules, and whether their products follow national standards.
gdhm-i6a-evidence-1 = Public-private partnership policy or framework that covers digital health
gdhm-i6a-evidence-2 = Signed partnership agreements with private digital health providers
# step 1->2, action line 'financing', timeframe short, cost low, responsible moh-planning
gdhm-i6a-s1-a1 = Map the private-sector actors active in digital health and hold a first consultation with them on national priorities and rules of engagement.
gdhm-i6a-s1-a1-monitor = Mapping of private digital health actors completed and first consultation held (yes/no)
# step 2->3, action line 'financing', timeframe short, cost medium, responsible moh-planning
gdhm-i6a-s2-a1 = Establish a regular dialogue forum with the private sector and publish guidance on partnership models, data protection and compliance with national standards.
gdhm-i6a-s2-a1-monitor = Number of dialogue forum meetings held in the year, and partnership guidance published (yes/no)
# step 3->4, action line 'financing', timeframe medium, cost medium, responsible moh-planning
gdhm-i6a-s3-a1 = Conclude partnership agreements with private providers for priority digital health services, with performance indicators and alignment with the national strategy.
gdhm-i6a-s3-a1-monitor = Number of partnership agreements signed with performance indicators, and value of private investment committed
# step 4->5, action line 'financing', timeframe long, cost high, responsible moh-planning
gdhm-i6a-s4-a1 = Institutionalise a public-private investment framework for digital health, with long-term co-financing arrangements and a periodic review of partnership results.
gdhm-i6a-s4-a1-monitor = Share of active partnership agreements reviewed in the last two years, and value of private co-financing recorded
