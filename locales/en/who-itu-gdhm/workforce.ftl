# workforce: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 11 (scored indicator; scale phases)
gdhm-i11-title = Digital health in pre-service training
gdhm-i11-question = Is digital health part of the pre-service training of health professionals such as doctors, nurses, midwives and allied health workers?
gdhm-i11-phase-1 = Digital health is not taught in the pre-service training of health professionals, or only through isolated initiatives of individual lecturers.
gdhm-i11-phase-2 = A plan or decision to include digital health in pre-service curricula exists, but teaching content, qualified lecturers or resources are not yet in place.
gdhm-i11-phase-3 = Digital health modules are taught in several training programmes, defined with training institutions and professional bodies, although coverage differs between schools and professions.
gdhm-i11-phase-4 = Digital health competencies are a required part of the accredited pre-service curricula of the main health professions, and the government monitors how they are taught and assessed.
gdhm-i11-phase-5 = Digital health is a permanent part of all pre-service health curricula, updated regularly as technologies change, and the digital competencies of graduates are recognised in licensing or accreditation.
gdhm-i11-guidance = Review the curricula of medical, nursing, midwifery and allied health schools and the accreditation standards of training institutions. Ask the ministry responsible for higher education, the human resources department of the ministry of health, professional councils and deans which programmes include digital health and how it is assessed.
gdhm-i11-evidence-1 = Accredited curriculum that includes a digital health module
gdhm-i11-evidence-2 = Accreditation standards for health training institutions
gdhm-i11-evidence-3 = List of training institutions teaching digital health
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible education
gdhm-i11-s1-a1 = Assess the current curricula of health training institutions to identify where digital health content exists and where it is missing.
gdhm-i11-s1-a1-monitor = Curriculum assessment completed (yes/no) and number of training programmes reviewed
# step 1->2, action line 'pre-service', timeframe short, cost low, responsible moh-hr
gdhm-i11-s1-a2 = Define, with professional councils and employers, the core digital health competencies expected of newly qualified health professionals.
gdhm-i11-s1-a2-monitor = Core digital health competency framework for health professionals validated (yes/no)
# step 2->3, action line 'pre-service', timeframe short, cost medium, responsible education
gdhm-i11-s2-a1 = Develop digital health teaching modules based on the competency framework and train a first group of lecturers to teach them.
gdhm-i11-s2-a1-monitor = Number of digital health modules developed and number of lecturers trained
# step 2->3, action line 'pre-service', timeframe medium, cost low, responsible moh-hr
gdhm-i11-s2-a2 = Include digital health competencies in the national health workforce plan and in the job descriptions used to recruit new graduates.
gdhm-i11-s2-a2-monitor = Digital health competencies included in the workforce plan (yes/no) and share of entry-level job descriptions that refer to them
# step 3->4, action line 'pre-service', timeframe medium, cost medium, responsible education
gdhm-i11-s3-a1 = Make digital health modules a required part of the accredited curricula for medicine, nursing, midwifery and the main allied health professions.
gdhm-i11-s3-a1-monitor = Share of accredited pre-service health programmes that include a required digital health module
# step 3->4, action line 'pre-service', timeframe medium, cost high, responsible moh-hr
gdhm-i11-s3-a2 = Equip training institutions and clinical training sites with the digital health systems and practice environments that students need for hands-on learning.
gdhm-i11-s3-a2-monitor = Share of health training institutions with a functioning digital health practice environment
# step 4->5, action line 'pre-service', timeframe long, cost high, responsible education
gdhm-i11-s4-a1 = Institute a regular cycle of curriculum review and lecturer development so that digital health teaching stays current, with recurrent funding in the education budget.
gdhm-i11-s4-a1-monitor = Number of curriculum review cycles completed on schedule and recurrent budget line for digital health teaching in place (yes/no)
# step 4->5, action line 'pre-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i11-s4-a2 = Work with the professional councils to include digital health competencies in the licensing examinations or registration requirements of new health professionals.
gdhm-i11-s4-a2-monitor = Number of health professions whose licensing or registration assesses digital health competencies

## Indicator 12 (scored indicator; scale phases)
gdhm-i12-title = Digital health in in-service training
gdhm-i12-question = Is digital health part of the continuing, in-service training offered to health workers already in post?
gdhm-i12-phase-1 = Health workers in post receive no structured training in digital health, apart from brief instruction when a new system is introduced.
gdhm-i12-phase-2 = A plan or policy for in-service digital health training exists, but courses are few, occasional or dependent on individual projects.
gdhm-i12-phase-3 = In-service digital health courses are delivered regularly to several cadres, designed with training institutions, health programmes and partners, although not all regions or cadres are reached.
gdhm-i12-phase-4 = Digital health training is part of the national continuing professional development system for all main cadres, led and funded by the government, and participation and results are monitored.
gdhm-i12-phase-5 = In-service digital health training is a permanent and sustainably funded part of continuing professional development, updated as systems change and recognised for career progression.
gdhm-i12-guidance = Look at the continuing professional development framework, training plans and training records of the ministry of health and of health programmes. Ask the human resources department, training institutions and programme managers how many health workers have received digital health training and whether it counts towards continuing professional development.
gdhm-i12-evidence-1 = National continuing professional development framework with digital health content
gdhm-i12-evidence-2 = Annual in-service training plan and training reports
gdhm-i12-evidence-3 = Training database or records of health workers trained in digital health
# step 1->2, action line 'in-service', timeframe short, cost low, responsible moh-hr
gdhm-i12-s1-a1 = Assess the digital health training needs of health workers in post, by cadre and by level of the health system.
gdhm-i12-s1-a1-monitor = Training needs assessment completed (yes/no) and number of cadres covered
# step 1->2, action line 'in-service', timeframe short, cost low, responsible education
gdhm-i12-s1-a2 = Identify the training institutions able to deliver in-service digital health courses and the existing courses that could be adapted for that purpose.
gdhm-i12-s1-a2-monitor = List of institutions and adaptable courses for in-service digital health training compiled (yes/no)
# step 2->3, action line 'in-service', timeframe short, cost medium, responsible moh-hr
gdhm-i12-s2-a1 = Adopt a national in-service digital health training plan with standard curricula by cadre, replacing separate project-based trainings.
gdhm-i12-s2-a1-monitor = In-service digital health training plan adopted (yes/no) and number of standard curricula approved
# step 2->3, action line 'in-service', timeframe medium, cost low, responsible education
gdhm-i12-s2-a2 = Accredit in-service digital health courses so that they earn continuing professional development credits.
gdhm-i12-s2-a2-monitor = Number of in-service digital health courses accredited for continuing professional development credits
# step 3->4, action line 'in-service', timeframe medium, cost medium, responsible moh-hr
gdhm-i12-s3-a1 = Make digital health training a required part of continuing professional development for the main cadres and record participation in the national training database.
gdhm-i12-s3-a1-monitor = Share of health workers in post who completed an accredited digital health course, by cadre and region
# step 3->4, action line 'in-service', timeframe medium, cost high, responsible education
gdhm-i12-s3-a2 = Build a distance-learning platform that also works offline, and a network of regional trainers, to deliver in-service digital health courses in all regions.
gdhm-i12-s3-a2-monitor = Distance-learning platform in operation (yes/no), number of regional trainers certified and number of course completions per year
# step 4->5, action line 'in-service', timeframe long, cost high, responsible moh-hr
gdhm-i12-s4-a1 = Fund in-service digital health training from the recurrent health budget and link completed training to promotion and career progression.
gdhm-i12-s4-a1-monitor = Recurrent budget allocation for in-service digital health training in place (yes/no) and number of cadres whose promotion criteria recognise it
# step 4->5, action line 'in-service', timeframe medium, cost medium, responsible education
gdhm-i12-s4-a2 = Review and update in-service digital health courses on a fixed cycle and evaluate their effect on the practice of health workers.
gdhm-i12-s4-a2-monitor = Number of courses reviewed within the cycle and number of training evaluations published

## Indicator 13 (scored indicator; scale phases)
gdhm-i13-title = Training of digital health specialists
gdhm-i13-question = Does the country offer training for digital health and health informatics specialists, such as degree, diploma or certificate programmes?
gdhm-i13-phase-1 = No training programme for digital health or health informatics specialists exists in the country; specialists are trained abroad or learn on the job.
gdhm-i13-phase-2 = A specialist programme has been approved or has started, or short courses exist, but the number of graduates is small and does not match the needs of the health system.
gdhm-i13-phase-3 = Degree, diploma or certificate programmes in digital health or health informatics run regularly, designed with the ministry of health and employers, and produce graduates each year.
gdhm-i13-phase-4 = Specialist training is offered at several levels, is accredited and supported by the government, and the number and placement of graduates are monitored against workforce needs.
gdhm-i13-phase-5 = A sustained national supply of digital health and health informatics specialists meets the needs of the health system, with programmes reviewed regularly and qualifications recognised nationally.
gdhm-i13-guidance = List the universities and institutes that offer programmes in health informatics, health information management or digital health, with their numbers of graduates. Ask the ministry responsible for higher education, the human resources department of the ministry of health and the digital health unit whether the supply of specialists meets current and planned needs.
gdhm-i13-evidence-1 = Accredited degree or diploma programme in health informatics
gdhm-i13-evidence-2 = Annual number of graduates in health informatics or digital health
gdhm-i13-evidence-3 = Workforce needs assessment for digital health specialists
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible education
gdhm-i13-s1-a1 = Assess the capacity of universities and technical institutes to offer training in health informatics and digital health, including teaching staff and related programmes.
gdhm-i13-s1-a1-monitor = Institutional capacity assessment completed (yes/no) and number of institutions assessed
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i13-s1-a2 = Estimate the number and profiles of digital health and health informatics specialists that the health system will need over the next five years.
gdhm-i13-s1-a2-monitor = Estimate of specialist workforce needs completed and endorsed by the ministry of health (yes/no)
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible education
gdhm-i13-s2-a1 = Launch a certificate or diploma programme in health informatics at one or more institutions, with a curriculum developed together with the ministry of health.
gdhm-i13-s2-a1-monitor = Number of specialist programmes launched and number of students enrolled
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i13-s2-a2 = Offer placements and internships in the ministry of health and in health facilities for students of digital health and health informatics programmes.
gdhm-i13-s2-a2-monitor = Number of student placements provided per year
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible education
gdhm-i13-s3-a1 = Accredit the specialist programmes and extend them to degree and postgraduate levels to cover the range of profiles required.
gdhm-i13-s3-a1-monitor = Number of accredited specialist programmes by level and number of graduates per year
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i13-s3-a2 = Fund scholarships or sponsored places for health workers and public servants to train as digital health specialists, in return for a period of public service.
gdhm-i13-s3-a2-monitor = Number of sponsored trainees and share of them serving in public-sector digital health posts after graduation
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible education
gdhm-i13-s4-a1 = Secure recurrent funding and faculty development for specialist programmes, and review their content regularly with employers and professional bodies.
gdhm-i13-s4-a1-monitor = Recurrent budget allocated to specialist programmes (yes/no) and number of curriculum reviews held with employers
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i13-s4-a2 = Track the supply of and demand for digital health specialists every year and adjust the number of sponsored training places accordingly.
gdhm-i13-s4-a2-monitor = Annual report on supply and demand of digital health specialists published (yes/no)

## Indicator 14 (scored indicator; scale phases)
gdhm-i14-title = Digital health posts and career paths
gdhm-i14-question = Does the public sector have established posts and career paths for digital health and health informatics professionals?
gdhm-i14-phase-1 = No approved public-sector posts exist for digital health or health informatics; the work is done by staff in other posts or by staff paid by projects.
gdhm-i14-phase-2 = Digital health posts have been proposed or created in the ministry of health, but job descriptions, grades or funding are incomplete and many posts remain vacant or project-funded.
gdhm-i14-phase-3 = Digital health posts with defined job descriptions and grades exist at national level and in some regions, agreed with the public service authority, and are filled through regular recruitment.
gdhm-i14-phase-4 = A recognised digital health career path exists across the levels of the health system, posts are funded from the government budget, and staffing levels and turnover are monitored.
gdhm-i14-phase-5 = Digital health professions are a permanent and nationally recognised part of the public health workforce, with sustained funding, clear progression and measures that retain qualified staff.
gdhm-i14-guidance = Look at the staff establishment of the ministry of health, the public service schemes of service and the job descriptions of digital health, health information and ICT staff. Ask the human resources department and the public service commission or ministry how many posts are approved, filled and funded, and how staff can progress.
gdhm-i14-evidence-1 = Approved scheme of service for a digital health or health informatics cadre
gdhm-i14-evidence-2 = Staff establishment of the ministry of health showing digital health posts
gdhm-i14-evidence-3 = Job descriptions for digital health positions
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible public-service
gdhm-i14-s1-a1 = Review the public service classification of occupations to determine where digital health and health informatics roles can be placed.
gdhm-i14-s1-a1-monitor = Classification review completed and proposed digital health job titles recorded (yes/no)
# step 1->2, action line 'specialists-careers', timeframe short, cost low, responsible moh-hr
gdhm-i14-s1-a2 = Map the staff currently doing digital health work in the ministry of health, with their posts, qualifications and sources of funding.
gdhm-i14-s1-a2-monitor = Staff mapping completed, with number of staff doing digital health work and share paid from project funds
# step 2->3, action line 'specialists-careers', timeframe short, cost medium, responsible public-service
gdhm-i14-s2-a1 = Create digital health and health informatics job titles, grades and standard job descriptions in the public service.
gdhm-i14-s2-a1-monitor = Number of digital health job titles and grades approved by the public service
# step 2->3, action line 'specialists-careers', timeframe medium, cost low, responsible moh-hr
gdhm-i14-s2-a2 = Include digital health posts in the staff establishment of the ministry of health at national and regional levels and begin recruiting into them.
gdhm-i14-s2-a2-monitor = Number of approved digital health posts in the staff establishment and share of them filled
# step 3->4, action line 'specialists-careers', timeframe medium, cost medium, responsible public-service
gdhm-i14-s3-a1 = Adopt a scheme of service for a digital health cadre, with entry qualifications, progression steps and competitive pay.
gdhm-i14-s3-a1-monitor = Scheme of service adopted (yes/no) and number of staff appointed under it
# step 3->4, action line 'specialists-careers', timeframe medium, cost high, responsible moh-hr
gdhm-i14-s3-a2 = Move project-funded digital health staff onto government-funded posts and extend digital health posts to district and facility levels.
gdhm-i14-s3-a2-monitor = Share of digital health staff paid from the government budget and number of districts with at least one filled digital health post
# step 4->5, action line 'specialists-careers', timeframe long, cost high, responsible public-service
gdhm-i14-s4-a1 = Establish the digital health cadre permanently in the public service, with sustained funding, regular review of pay and grades, and measures to retain qualified staff.
gdhm-i14-s4-a1-monitor = Annual vacancy and turnover rates of digital health posts and date of the last review of pay and grades
# step 4->5, action line 'specialists-careers', timeframe medium, cost medium, responsible moh-hr
gdhm-i14-s4-a2 = Report each year on digital health staffing and provide continuing development and progression opportunities for staff of the cadre.
gdhm-i14-s4-a2-monitor = Annual digital health staffing report published (yes/no) and number of cadre staff promoted or trained per year
