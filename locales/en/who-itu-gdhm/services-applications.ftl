# services-applications: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 19 (scored indicator; scale bands:coverage)
gdhm-i19-title = Digital health systems at scale for national priorities
gdhm-i19-question = What share of the national health priority areas is supported by digital health systems deployed at national scale?
gdhm-i19-phase-1 = None of the national health priority areas is supported by a digital health system deployed at national scale; existing systems are pilots or limited projects.
gdhm-i19-phase-2 = Under 25 % of the national health priority areas are supported by digital health systems deployed at national scale; most other systems remain pilots.
gdhm-i19-phase-3 = From 25 % to 50 % of the national health priority areas are supported by digital health systems deployed at national scale.
gdhm-i19-phase-4 = From 50 % to 75 % of the national health priority areas are supported by digital health systems deployed at national scale and monitored by the ministry.
gdhm-i19-phase-5 = Over 75 % of the national health priority areas are supported by digital health systems deployed at national scale, used routinely and sustained by the government.
gdhm-i19-guidance = List the priority areas named in the national health strategy, for example maternal and child health, immunisation, HIV, tuberculosis, malaria or noncommunicable diseases, and for each check whether a digital system is in use nationwide rather than in pilot districts only. Ask programme managers, the HMIS team and the digital health unit.
gdhm-i19-evidence-1 = List of national health priority areas from the national health strategy
gdhm-i19-evidence-2 = Inventory of digital health systems with their geographic deployment status
gdhm-i19-evidence-3 = Programme reports showing routine national use of the systems
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-dhu
gdhm-i19-s1-a1 = Take stock of existing digital health pilots and projects, and assess which of them could be scaled up to serve national priority programmes.
gdhm-i19-s1-a1-monitor = Inventory completed; number of systems assessed as candidates for scale-up
# step 1->2, action line 'national-systems', timeframe short, cost low, responsible moh-planning
gdhm-i19-s1-a2 = Define the list of national health priority areas against which digital system coverage will be measured, and agree the order of scale-up.
gdhm-i19-s1-a2-monitor = List of priority areas and scale-up order approved by the ministry
# step 2->3, action line 'national-systems', timeframe short, cost medium, responsible moh-dhu
gdhm-i19-s2-a1 = Scale up the selected systems from pilot districts to national deployment in further priority areas, using the national architecture and standards.
gdhm-i19-s2-a1-monitor = Number of priority areas with a system deployed nationally
# step 2->3, action line 'national-systems', timeframe medium, cost low, responsible moh-planning
gdhm-i19-s2-a2 = Require each national priority programme plan to state which digital system supports it and how that system will be deployed and funded.
gdhm-i19-s2-a2-monitor = Share of priority programme plans that include a section on digital systems
# step 3->4, action line 'national-systems', timeframe medium, cost medium, responsible moh-dhu
gdhm-i19-s3-a1 = Extend national systems to the remaining priority areas, reusing shared platforms and registries instead of building separate applications.
gdhm-i19-s3-a1-monitor = Share of national health priority areas supported by a nationally deployed system
# step 3->4, action line 'national-systems', timeframe medium, cost high, responsible moh-planning
gdhm-i19-s3-a2 = Move the operating costs of nationally scaled systems from project funding into the health sector budget and its multi-year plan.
gdhm-i19-s3-a2-monitor = Share of the operating costs of national systems funded from the government budget
# step 4->5, action line 'national-systems', timeframe long, cost high, responsible moh-dhu
gdhm-i19-s4-a1 = Consolidate the national systems into an integrated platform, operated by the government and covering all priority areas, with sustained technical support.
gdhm-i19-s4-a1-monitor = Share of national health priority areas served by government-operated systems; system availability over the year, in %
# step 4->5, action line 'national-systems', timeframe medium, cost medium, responsible moh-planning
gdhm-i19-s4-a2 = Use data from the national systems in the annual joint health sector review and when updating the targets of priority programmes.
gdhm-i19-s4-a2-monitor = Number of priority programme indicators in the annual review that are drawn from national digital systems

## Indicator 20 (scored indicator; scale phases)
gdhm-i20-title = Health worker and facility registries
gdhm-i20-question = Are there up-to-date national registries of health workers and of health facilities, including the location of each facility, that other systems can use?
gdhm-i20-phase-1 = No national registry of health workers or of health facilities exists; lists are kept on paper or in scattered spreadsheets without geographic coordinates.
gdhm-i20-phase-2 = Registries of health workers or of facilities have been set up or formally mandated, but they are incomplete, rarely updated or lack location data.
gdhm-i20-phase-3 = Both registries are in use and updated regularly with professional councils, districts and partners, and most facilities have recorded coordinates.
gdhm-i20-phase-4 = The government maintains both registries, with unique identifiers and facility coordinates; their completeness and timeliness of updates are monitored, and other systems draw on them.
gdhm-i20-phase-5 = The registries are the authoritative national source, updated continuously through defined procedures, funded from the recurrent budget, and used by all health information systems and for planning.
gdhm-i20-guidance = Check the completeness of both registries against other counts, such as payroll, licensing records or facility surveys, and whether facilities have geographic coordinates. Ask the human resources department, the professional councils, the HMIS team and the digital health unit.
gdhm-i20-evidence-1 = Master facility list with geographic coordinates
gdhm-i20-evidence-2 = National health workforce registry or professional licensing database
gdhm-i20-evidence-3 = Report on registry completeness and dates of last update
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i20-s1-a1 = Compile a first master list of public and private health facilities with a unique code for each, drawing on existing district and programme lists.
gdhm-i20-s1-a1-monitor = Master facility list compiled; number of facilities with a unique code
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-hr
gdhm-i20-s1-a2 = Consolidate existing payroll and licensing records into a single list of health workers, with a unique identifier for each person.
gdhm-i20-s1-a2-monitor = Consolidated list produced; number of health workers with a unique identifier
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i20-s2-a1 = Collect geographic coordinates for all listed facilities and publish the master facility list as an electronic registry.
gdhm-i20-s2-a1-monitor = Share of listed facilities with verified geographic coordinates
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-hr
gdhm-i20-s2-a2 = Agree update procedures with professional councils and employers so that recruitment, transfers, licensing and departures are recorded in the workforce registry.
gdhm-i20-s2-a2-monitor = Update procedures adopted; share of registry records updated in the last 12 months
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i20-s3-a1 = Connect the facility registry to the health information exchange so that other systems use its codes, and check its completeness every quarter.
gdhm-i20-s3-a1-monitor = Number of systems using facility registry codes; number of quarterly completeness reports issued
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-hr
gdhm-i20-s3-a2 = Extend the workforce registry to the private and faith-based sectors and to community health workers, with electronic updating at district level.
gdhm-i20-s3-a2-monitor = Share of private-sector, faith-based and community health workers recorded in the registry
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i20-s4-a1 = Establish both registries by regulation as the authoritative national reference, with a dedicated team and recurrent funding for their operation.
gdhm-i20-s4-a1-monitor = Regulation adopted; registry team posts filled; recurrent budget allocated
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-hr
gdhm-i20-s4-a2 = Use the workforce registry routinely for workforce planning, deployment and payroll verification, and publish an annual workforce report based on it.
gdhm-i20-s4-a2-monitor = Annual workforce report published from registry data; share of payroll records matched to the registry

## Indicator 21 (scored indicator; scale bands:coverage)
gdhm-i21-title = Digital identification of individuals for health
gdhm-i21-question = What share of the population holds a unique digital identifier that health services can use to identify them?
gdhm-i21-phase-1 = No part of the population holds a digital identifier usable in health services; people are identified by name or by numbers that differ from one facility to another.
gdhm-i21-phase-2 = Under 25 % of the population holds a unique digital identifier that health services can use.
gdhm-i21-phase-3 = From 25 % to 50 % of the population holds a unique digital identifier that health services can use.
gdhm-i21-phase-4 = From 50 % to 75 % of the population holds a unique digital identifier, and health services record it in most priority systems.
gdhm-i21-phase-5 = Over 75 % of the population holds a unique digital identifier that health services use routinely across facilities and systems.
gdhm-i21-guidance = Establish which identifier is used for health, such as the national identity number, a health insurance number or a dedicated health identifier, and find the share of the population enrolled. Ask the civil registration and identity authority, the health insurance agency and the digital health unit, and note how people without identity documents are served.
gdhm-i21-evidence-1 = Enrolment statistics from the identity or health identifier authority
gdhm-i21-evidence-2 = Policy or regulation on the use of identifiers in health services
gdhm-i21-evidence-3 = Report on the recording of identifiers in health facilities
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21-s1-a1 = Agree with the ministry of health on the use of the national identity number, or a health identifier derived from it, in health services.
gdhm-i21-s1-a1-monitor = Memorandum of understanding or joint decision signed
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21-s1-a2 = Define the rules for identifying people in health services, including safeguards so that no one is refused care for lack of an identifier.
gdhm-i21-s1-a2-monitor = Identification policy for health services adopted
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21-s2-a1 = Run enrolment campaigns in health facilities, linked to birth registration and immunisation visits, to extend identifier coverage.
gdhm-i21-s2-a1-monitor = Number of people enrolled through health facility campaigns; share of the population holding an identifier
# step 2->3, action line 'registries-identity', timeframe medium, cost low, responsible moh-dhu
gdhm-i21-s2-a2 = Add the identifier to the registration forms and data standards of priority health information systems.
gdhm-i21-s2-a2-monitor = Number of priority systems that record the identifier
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21-s3-a1 = Provide a secure verification service that health facilities can query, online or offline, to confirm a person's identifier.
gdhm-i21-s3-a1-monitor = Number of facilities using the verification service; number of verifications per month
# step 3->4, action line 'registries-identity', timeframe medium, cost high, responsible moh-dhu
gdhm-i21-s3-a2 = Deploy tools for capturing and verifying the identifier in public health facilities nationwide.
gdhm-i21-s3-a2-monitor = Share of public health facilities recording the identifier at patient registration
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21-s4-a1 = Achieve universal enrolment, including remote and marginalised groups, through mobile registration teams and enrolment at birth.
gdhm-i21-s4-a1-monitor = Share of the population holding an identifier, by region and sex
# step 4->5, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21-s4-a2 = Use the identifier routinely for continuity of care, health insurance and service statistics, under regularly audited privacy safeguards.
gdhm-i21-s4-a2-monitor = Share of patient encounters recorded with a verified identifier; number of privacy audits completed

## Indicator 21a (sub-indicator of 21; scale bands:coverage)
gdhm-i21a-title = Master patient index
gdhm-i21a-question = What share of the population is recorded in a master patient index that links each person's records across health facilities and systems?
gdhm-i21a-phase-1 = No master patient index exists; each facility or system keeps its own patient numbers, and records of the same person cannot be linked.
gdhm-i21a-phase-2 = Under 25 % of the population is recorded in a master patient index, usually in a limited number of facilities or programmes.
gdhm-i21a-phase-3 = From 25 % to 50 % of the population is recorded in a master patient index connected to several priority systems.
gdhm-i21a-phase-4 = From 50 % to 75 % of the population is recorded in a master patient index, and duplicate records are monitored and resolved.
gdhm-i21a-phase-5 = Over 75 % of the population is recorded in a master patient index used across public and private facilities.
gdhm-i21a-guidance = Check whether a master patient index, also called a client registry, is in operation, how many unique persons it holds compared with the population, and how duplicate records are resolved. Ask the digital health unit and the teams that run the main clinical and programme systems.
gdhm-i21a-evidence-1 = Statistics of the master patient index on unique persons recorded
gdhm-i21a-evidence-2 = Technical documentation of the index and its record-matching rules
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible moh-dhu
gdhm-i21a-s1-a1 = Define the functions, record-matching rules and data elements of a national master patient index as part of the digital health architecture.
gdhm-i21a-s1-a1-monitor = Specification of the master patient index approved
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible moh-dhu
gdhm-i21a-s2-a1 = Deploy the master patient index and connect the first priority systems, such as immunisation or maternal health records.
gdhm-i21a-s2-a1-monitor = Number of systems connected; number of unique persons recorded in the index
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible moh-dhu
gdhm-i21a-s3-a1 = Connect hospitals and the remaining priority systems to the index, and set up a data quality team to resolve duplicate records.
gdhm-i21a-s3-a1-monitor = Share of the population recorded in the index; share of duplicate records
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible moh-dhu
gdhm-i21a-s4-a1 = Extend the index to all public and private facilities and link it to the national identity system, with sustained operating funding.
gdhm-i21a-s4-a1-monitor = Share of the population recorded in the index; share of facilities connected to it

## Indicator 21b (sub-indicator of 21; scale bands:coverage)
gdhm-i21b-title = Birth registration
gdhm-i21b-question = What share of births is registered in the civil registration system?
gdhm-i21b-phase-1 = Birth registration is not in operation, and no births are registered in a civil registration system.
gdhm-i21b-phase-2 = Under 25 % of births are registered, mostly on paper and often long after the birth.
gdhm-i21b-phase-3 = From 25 % to 50 % of births are registered, and some health facilities notify births to the civil registration office.
gdhm-i21b-phase-4 = From 50 % to 75 % of births are registered, and most births in health facilities are notified to civil registration.
gdhm-i21b-phase-5 = Over 75 % of births are registered, most of them in digital form and through notification from health facilities.
gdhm-i21b-guidance = Use the latest official estimate of birth registration completeness from the civil registration authority or the national statistics office, and record its year. Ask also whether births in health facilities are notified electronically to civil registration.
gdhm-i21b-evidence-1 = Civil registration statistics on registered births and completeness
gdhm-i21b-evidence-2 = Household survey estimate of birth registration
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21b-s1-a1 = Open birth registration points in maternity units so that births can be registered where they take place.
gdhm-i21b-s1-a1-monitor = Number of maternity units with a birth registration point
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21b-s2-a1 = Introduce electronic notification of births from health facilities to the civil registration system.
gdhm-i21b-s2-a1-monitor = Share of births in health facilities notified electronically to civil registration
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21b-s3-a1 = Extend digital registration to community level, with community health workers and local registrars reporting births that occur outside facilities.
gdhm-i21b-s3-a1-monitor = Share of births registered within the legal time limit
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21b-s4-a1 = Complete the digitisation of birth registration nationwide, including past records, and link it to the national identity system.
gdhm-i21b-s4-a1-monitor = Share of births registered; share of historical birth records digitised

## Indicator 21c (sub-indicator of 21; scale bands:coverage)
gdhm-i21c-title = Death registration
gdhm-i21c-question = What share of deaths is registered in the civil registration system?
gdhm-i21c-phase-1 = Death registration is not in operation, and no deaths are registered in a civil registration system.
gdhm-i21c-phase-2 = Under 25 % of deaths are registered, and the cause of death is rarely recorded.
gdhm-i21c-phase-3 = From 25 % to 50 % of deaths are registered, mostly deaths that occur in health facilities.
gdhm-i21c-phase-4 = From 50 % to 75 % of deaths are registered, with a medically certified cause for many deaths in health facilities.
gdhm-i21c-phase-5 = Over 75 % of deaths are registered, with digital records and certified causes of death used for national health statistics.
gdhm-i21c-guidance = Use the latest official estimate of death registration completeness from the civil registration authority or the national statistics office, and record its year. Ask whether deaths in facilities are certified with a coded cause of death and notified electronically, and how deaths in the community are captured.
gdhm-i21c-evidence-1 = Civil registration statistics on registered deaths and completeness
gdhm-i21c-evidence-2 = Vital statistics report on mortality by cause of death
# step 1->2, action line 'registries-identity', timeframe short, cost low, responsible civil-registration
gdhm-i21c-s1-a1 = Designate focal points and a simple procedure for notifying deaths that occur in hospitals and health centres to civil registration.
gdhm-i21c-s1-a1-monitor = Number of health facilities with a designated death notification focal point
# step 2->3, action line 'registries-identity', timeframe short, cost medium, responsible civil-registration
gdhm-i21c-s2-a1 = Introduce electronic death notification from hospitals, including the medical certificate of cause of death.
gdhm-i21c-s2-a1-monitor = Share of deaths in health facilities notified electronically to civil registration
# step 3->4, action line 'registries-identity', timeframe medium, cost medium, responsible civil-registration
gdhm-i21c-s3-a1 = Set up community death notification through local leaders and health workers, with verbal autopsy where no doctor certifies the death.
gdhm-i21c-s3-a1-monitor = Share of estimated deaths registered; number of community deaths notified
# step 4->5, action line 'registries-identity', timeframe long, cost high, responsible civil-registration
gdhm-i21c-s4-a1 = Digitise death registration nationwide and produce annual vital statistics on mortality and causes of death.
gdhm-i21c-s4-a1-monitor = Share of deaths registered; annual vital statistics report published

## Indicator 22 (scored indicator; scale phases)
gdhm-i22-title = Secure patient feedback systems
gdhm-i22-question = Are there secure digital channels through which patients can give feedback on health services, and is that feedback acted upon?
gdhm-i22-phase-1 = No digital channel exists for patients to give feedback on health services, or feedback is collected informally and not recorded.
gdhm-i22-phase-2 = A digital feedback channel, such as a hotline, text-message service or web form, has been set up or mandated, but it is little known, covers few facilities or does not protect personal data.
gdhm-i22-phase-3 = Secure feedback channels operate in many facilities, and feedback is collected and reviewed regularly with facility managers and patient groups.
gdhm-i22-phase-4 = The ministry runs a national feedback system with data protection safeguards; feedback is analysed, responses are tracked and results are reported to management.
gdhm-i22-phase-5 = Patient feedback is an institutionalised part of quality management, with sustained funding, public reporting of results and evidence that services change in response.
gdhm-i22-guidance = Check which channels exist, such as a hotline, text messages, a mobile application or a web form, how many facilities they cover, how personal data are protected and what happens to complaints. Ask the quality of care department, the digital health unit and patient or civil society organisations.
gdhm-i22-evidence-1 = Description of the patient feedback system and its data protection measures
gdhm-i22-evidence-2 = Periodic report on feedback received and action taken
gdhm-i22-evidence-3 = Assessment of the feedback system by patient or community organisations
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i22-s1-a1 = Designate a responsible unit and design a secure digital feedback channel, with rules on confidentiality and on the handling of complaints.
gdhm-i22-s1-a1-monitor = Feedback procedure adopted; responsible unit designated
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible civil-society
gdhm-i22-s1-a2 = Consult patient and community organisations on feedback channels that people trust and can use, including people with disabilities or limited literacy.
gdhm-i22-s1-a2-monitor = Number of consultations held; consultation report shared with the ministry
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i22-s2-a1 = Launch the feedback channel in pilot districts, with a case-tracking tool and target response times.
gdhm-i22-s2-a1-monitor = Number of facilities covered; share of feedback cases closed within the target time
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible civil-society
gdhm-i22-s2-a2 = Make the feedback channel known to the public through community networks and notices in health facilities.
gdhm-i22-s2-a2-monitor = Number of awareness sessions held; number of feedback submissions received per month
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i22-s3-a1 = Extend the feedback system to all public health facilities and include its results in quality of care reviews.
gdhm-i22-s3-a1-monitor = Share of public health facilities covered; number of quality reviews that used feedback data
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible civil-society
gdhm-i22-s3-a2 = Conduct independent community scorecards or surveys alongside the digital channel to check that feedback reflects the experience of all population groups.
gdhm-i22-s3-a2-monitor = Number of independent assessments completed, with results broken down by sex, age and region
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i22-s4-a1 = Integrate patient feedback into the national quality and performance management system, with sustained funding and an annual public report.
gdhm-i22-s4-a1-monitor = Annual public report on patient feedback published; budget line for the feedback system allocated
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible civil-society
gdhm-i22-s4-a2 = Set up a joint oversight mechanism with the ministry that follows up how services respond to patient feedback.
gdhm-i22-s4-a2-monitor = Number of joint oversight meetings held; share of agreed follow-up actions completed

## Indicator 23 (scored indicator; scale phases)
gdhm-i23-title = Digital health for population health management
gdhm-i23-question = Are data from digital health systems used to plan, monitor and manage the health of the population?
gdhm-i23-phase-1 = Data from digital health systems are not used for population health planning or surveillance; decisions rely on surveys or estimates.
gdhm-i23-phase-2 = Some digital data are used for reports or surveillance, but their use is occasional, limited to some programmes and not formally required.
gdhm-i23-phase-3 = Digital data are used regularly with programmes and districts to monitor service coverage, detect outbreaks and target services to groups at risk.
gdhm-i23-phase-4 = The ministry leads the routine use of digital data for population health management, with dashboards, analytical staff and defined decision processes whose use is monitored.
gdhm-i23-phase-5 = Population health management based on digital data is institutionalised: the data feed planning, budgeting, surveillance and evaluation at all levels, with sustained analytical capacity.
gdhm-i23-guidance = Look for concrete cases where digital data changed a decision, such as an outbreak response, the targeting of outreach services, resource allocation or a programme review. Ask the planning and surveillance departments, programme managers, district health teams and the HMIS team.
gdhm-i23-evidence-1 = Health sector review or plan that cites data from digital systems
gdhm-i23-evidence-2 = Surveillance or dashboard reports used in management meetings
gdhm-i23-evidence-3 = Minutes of decisions based on digital health data
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-dhu
gdhm-i23-s1-a1 = Identify the population health questions that existing digital systems can answer, and produce a first set of routine analyses for decision makers.
gdhm-i23-s1-a1-monitor = Number of routine analytical products issued
# step 1->2, action line 'people-centred', timeframe short, cost low, responsible moh-planning
gdhm-i23-s1-a2 = Define the indicators from digital systems that national and district health plans will use to track population health.
gdhm-i23-s1-a2-monitor = Indicator list adopted in the health planning guidelines
# step 2->3, action line 'people-centred', timeframe short, cost medium, responsible moh-dhu
gdhm-i23-s2-a1 = Set up dashboards for priority programmes and districts that draw on data from national systems and registries.
gdhm-i23-s2-a1-monitor = Number of dashboards in use; number of districts with access to them
# step 2->3, action line 'people-centred', timeframe medium, cost low, responsible moh-planning
gdhm-i23-s2-a2 = Schedule regular data review meetings at national and district levels in which digital data inform decisions.
gdhm-i23-s2-a2-monitor = Share of districts holding a data review meeting each quarter
# step 3->4, action line 'people-centred', timeframe medium, cost medium, responsible moh-dhu
gdhm-i23-s3-a1 = Build analytical capacity in the ministry and the districts, including risk stratification to identify population groups that need targeted services.
gdhm-i23-s3-a1-monitor = Number of staff trained in data analysis; number of targeted interventions based on the analyses
# step 3->4, action line 'people-centred', timeframe medium, cost high, responsible moh-planning
gdhm-i23-s3-a2 = Link digital health data with census, civil registration and survey data to support an equitable allocation of resources.
gdhm-i23-s3-a2-monitor = Resource allocation formula using linked data adopted; number of data sources linked
# step 4->5, action line 'people-centred', timeframe long, cost high, responsible moh-dhu
gdhm-i23-s4-a1 = Establish a permanent national health data analytics function, with a secure data platform, dedicated staff and funding, serving all programmes and levels.
gdhm-i23-s4-a1-monitor = Analytics function established with staff in post; number of analysis requests served per year
# step 4->5, action line 'people-centred', timeframe medium, cost medium, responsible moh-planning
gdhm-i23-s4-a2 = Require national and subnational health plans and budgets to be based on evidence from digital health data, and review compliance each year.
gdhm-i23-s4-a2-monitor = Share of district health plans citing digital health data; annual compliance review held
