# legislation-policy-compliance: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 7 (scored indicator; scale phases)
gdhm-i7-title = Health data protection and security law
gdhm-i7-question = Is there a law that protects personal health data and sets security requirements at every stage of its handling, from collection and storage to use, transfer and disposal?
gdhm-i7-phase-1 = No law protects personal data, or the existing provisions do not cover health data or its security at any stage of its handling.
gdhm-i7-phase-2 = A data protection law that covers health data has been adopted or is before parliament, but implementing rules, a supervisory authority or enforcement are not yet in place.
gdhm-i7-phase-3 = The law is in force with implementing regulations, and a supervisory authority applies it with health facilities, ministries and partners, although compliance is checked only from time to time.
gdhm-i7-phase-4 = The law is applied across public and private health services: the government enforces it, requires security measures and notification of breaches, and checks compliance through regular audits.
gdhm-i7-phase-5 = Protection and security of health data are part of the routine operation of the health system, the law is reviewed periodically in the light of new technologies, and its enforcement is adequately funded and nationally recognised.
gdhm-i7-guidance = Look at the national data protection law, any provisions specific to health data, and the rules on information security and retention of records. Ask the legal unit of the ministry of health, the ministry of justice and the data protection authority how the law is applied to health data and how breaches are handled.
gdhm-i7-evidence-1 = National data protection act and its implementing regulations
gdhm-i7-evidence-2 = Annual report of the data protection authority covering health-sector cases
gdhm-i7-evidence-3 = Information security policy of the ministry of health
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i7-s1-a1 = Review existing legislation for gaps in the protection and security of personal health data and prepare drafting instructions for a data protection bill.
gdhm-i7-s1-a1-monitor = Legal gap analysis completed and drafting instructions issued (yes/no)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i7-s1-a2 = Issue interim guidance to health institutions on the minimum safeguards for collecting, storing and disposing of personal health data.
gdhm-i7-s1-a2-monitor = Interim guidance published (yes/no) and number of health institutions to which it was sent
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i7-s2-a1 = Draft and issue the implementing regulations of the data protection law, with specific provisions on health data, security measures and notification of breaches.
gdhm-i7-s2-a1-monitor = Implementing regulations adopted and published in the official gazette (yes/no)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i7-s2-a2 = Register the controllers of health data and set up a procedure to receive and handle complaints and breach notifications from the health sector.
gdhm-i7-s2-a2-monitor = Number of health data controllers registered and number of complaints and breach notifications handled per year
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i7-s3-a1 = Align sectoral health laws, such as those on medical records, disease surveillance and health research, with the data protection law and repeal conflicting provisions.
gdhm-i7-s3-a1-monitor = Number of health-related laws and regulations reviewed and amended for consistency with the data protection law
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i7-s3-a2 = Carry out a programme of compliance audits of public and private health facilities and national digital health systems, each followed by a corrective action plan.
gdhm-i7-s3-a2-monitor = Share of national digital health systems and of hospitals audited for data protection compliance in the past two years
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i7-s4-a1 = Establish a funded, standing mechanism to review data protection legislation at fixed intervals and to build the capacity of courts and prosecutors to handle data protection cases.
gdhm-i7-s4-a1-monitor = Scheduled legislative review completed on time (yes/no) and number of judges and prosecutors trained on data protection cases
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i7-s4-a2 = Publish an annual report on data protection in the health sector, covering breaches, sanctions and audit findings, and keep a permanent training programme for health data controllers.
gdhm-i7-s4-a2-monitor = Annual health-sector data protection report published each year and number of health data protection officers trained

## Indicator 8 (scored indicator; scale phases)
gdhm-i8-title = Privacy, consent and sharing of health data
gdhm-i8-question = Does the law set out how personal health data may be accessed, shared and used, including the consent of individuals and their right to see and correct their own records?
gdhm-i8-phase-1 = No legal provisions govern the privacy of personal health data, the consent of patients, or who may access and share health records.
gdhm-i8-phase-2 = Provisions on privacy, consent and access to health data have been adopted or drafted, but the rules for sharing data between providers and for patient access are incomplete or not applied.
gdhm-i8-phase-3 = Rules on consent, access and data sharing are in force and applied by the main public health institutions, with procedures agreed with providers, insurers and patient representatives.
gdhm-i8-phase-4 = Privacy, consent and data-sharing rules are applied in all public and private health services, individuals can exercise their rights of access and correction, and the government monitors compliance.
gdhm-i8-phase-5 = Respect for privacy and consent is a routine and trusted part of care and of the use of health data, and the rules are reviewed regularly and applied consistently by all digital health systems.
gdhm-i8-guidance = Check the public health act, the patient rights charter and the data protection law for provisions on consent, confidentiality, patient access and secondary use of health data. Ask the legal unit, the data protection authority, facility managers and patient organisations how requests for access and sharing are handled in practice.
gdhm-i8-evidence-1 = Provisions on confidentiality and consent in the health act or patient rights charter
gdhm-i8-evidence-2 = National policy or protocol on sharing health data
gdhm-i8-evidence-3 = Standard consent forms used by health facilities
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible justice
gdhm-i8-s1-a1 = Draft legal provisions that define consent, confidentiality and the right of individuals to access and correct their health records, for inclusion in the health or data protection law.
gdhm-i8-s1-a1-monitor = Draft provisions on health data privacy and consent submitted for government approval (yes/no)
# step 1->2, action line 'data-protection', timeframe short, cost low, responsible data-protection-authority
gdhm-i8-s1-a2 = Issue an interpretive note explaining how existing privacy rules apply to health records and to the sharing of data between health providers.
gdhm-i8-s1-a2-monitor = Interpretive note published (yes/no) and number of public hospitals to which it was distributed
# step 2->3, action line 'data-protection', timeframe short, cost medium, responsible justice
gdhm-i8-s2-a1 = Adopt regulations that set out the lawful grounds, conditions and safeguards for sharing personal health data for care, public health, research and insurance purposes.
gdhm-i8-s2-a1-monitor = Regulations on sharing health data adopted and published (yes/no)
# step 2->3, action line 'data-protection', timeframe medium, cost low, responsible data-protection-authority
gdhm-i8-s2-a2 = Issue standard consent forms and a model procedure for handling requests from patients to access, correct or restrict the use of their health data.
gdhm-i8-s2-a2-monitor = Share of public health facilities using the standard consent forms and the model access request procedure
# step 3->4, action line 'data-protection', timeframe medium, cost medium, responsible justice
gdhm-i8-s3-a1 = Provide a legal basis for data-sharing agreements and for the secondary use of de-identified health data, with sanctions for unauthorised access or disclosure.
gdhm-i8-s3-a1-monitor = Number of data-sharing agreements concluded under the legal framework and number of sanctions applied for unauthorised access
# step 3->4, action line 'data-protection', timeframe medium, cost high, responsible data-protection-authority
gdhm-i8-s3-a2 = Require and verify access logging and consent management in national digital health systems, and investigate complaints of unauthorised access to health records.
gdhm-i8-s3-a2-monitor = Share of national digital health systems with verified access logs and consent management, and number of complaints investigated per year
# step 4->5, action line 'data-protection', timeframe long, cost high, responsible justice
gdhm-i8-s4-a1 = Consolidate the provisions on health data privacy, consent and sharing into one coherent legal framework that is reviewed on a fixed cycle with public consultation.
gdhm-i8-s4-a1-monitor = Consolidated legal framework enacted (yes/no) and number of scheduled reviews held with public consultation
# step 4->5, action line 'data-protection', timeframe medium, cost medium, responsible data-protection-authority
gdhm-i8-s4-a2 = Run a sustained public information programme on health data rights and publish yearly statistics on access requests, complaints and their outcomes.
gdhm-i8-s4-a2-monitor = Annual statistics on health data rights published and share of surveyed patients aware of their right to access their records

## Indicator 9 (scored indicator; scale phases)
gdhm-i9-title = Regulation of digital health devices and services
gdhm-i9-question = Is there a regulatory framework, with a designated authority, for the approval, certification and market oversight of digital health devices, software and services?
gdhm-i9-phase-1 = No regulation or certification applies to digital health devices, health software or digital health services.
gdhm-i9-phase-2 = A regulatory framework or a designated authority for digital health products exists on paper, but assessment criteria, procedures and staff capacity are not yet in place.
gdhm-i9-phase-3 = Products and services are assessed against defined criteria such as safety, quality, interoperability and data security, and the authority works regularly with developers, providers and the standards body.
gdhm-i9-phase-4 = Registration or certification is required for digital health products used in the country, the government-led authority is adequately staffed, and compliance, incidents and performance after market entry are monitored.
gdhm-i9-phase-5 = Regulation and certification of digital health products are an established and sustainably funded function, updated as technologies change, whose decisions are recognised by providers, purchasers and the public.
gdhm-i9-guidance = Review medical device and health product legislation to see whether it covers software and digital services, and whether a registration or certification scheme exists. Ask the national regulatory authority, the national standards body and the digital health unit which products have been assessed and how incidents are reported.
gdhm-i9-evidence-1 = Medical device regulation that covers software used for medical purposes
gdhm-i9-evidence-2 = Published register of certified digital health products
gdhm-i9-evidence-3 = Certification criteria or technical guideline issued by the regulator
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9-s1-a1 = Map the digital health devices, software and services in use and determine which of them fall under existing medical device or health product regulation.
gdhm-i9-s1-a1-monitor = Inventory and regulatory classification of digital health products completed (yes/no)
# step 1->2, action line 'regulation', timeframe short, cost low, responsible standards-body
gdhm-i9-s1-a2 = Identify the international standards on safety, quality, interoperability and information security that could serve as the basis for national certification of digital health products.
gdhm-i9-s1-a2-monitor = List of reference standards for digital health products agreed with the regulator (yes/no)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9-s2-a1 = Adopt a risk-based classification and registration procedure for digital health devices and software, and assign trained staff to review applications.
gdhm-i9-s2-a1-monitor = Registration procedure adopted (yes/no) and number of digital health products reviewed under it
# step 2->3, action line 'regulation', timeframe medium, cost low, responsible standards-body
gdhm-i9-s2-a2 = Adopt the selected international standards as national standards and publish the conformity requirements for digital health products.
gdhm-i9-s2-a2-monitor = Number of standards for digital health products adopted as national standards
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9-s3-a1 = Make registration or certification mandatory for digital health products used in public health services and set up surveillance after market entry, with incident reporting.
gdhm-i9-s3-a1-monitor = Share of digital health products in public health services that are registered or certified, and number of incident reports received per year
# step 3->4, action line 'regulation', timeframe medium, cost high, responsible standards-body
gdhm-i9-s3-a2 = Accredit testing laboratories or conformity assessment bodies able to test digital health products against the national standards.
gdhm-i9-s3-a2-monitor = Number of accredited conformity assessment bodies for digital health products and number of products tested per year
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9-s4-a1 = Establish a permanent and sustainably funded digital health products unit within the regulatory authority, with regular updates of its rules and reliance or recognition agreements with other regulators.
gdhm-i9-s4-a1-monitor = Digital health products unit staffed with a recurrent budget line (yes/no) and number of reliance or mutual recognition agreements signed
# step 4->5, action line 'regulation', timeframe medium, cost medium, responsible standards-body
gdhm-i9-s4-a2 = Review and update the national standards for digital health products on a fixed cycle, together with developers, providers and users.
gdhm-i9-s4-a2-monitor = Number of scheduled standards reviews held and share of digital health product standards revised within the cycle

## Indicator 9a (sub-indicator of 9; scale phases)
gdhm-i9a-title = Regulation of artificial intelligence in health
gdhm-i9a-question = Is there a regulatory framework for the approval, certification and oversight of artificial intelligence tools used in health?
gdhm-i9a-phase-1 = No rules or guidance apply specifically to artificial intelligence tools used in health care, public health or health administration.
gdhm-i9a-phase-2 = Guidance or draft regulation on artificial intelligence in health has been issued, or an authority has been designated, but assessment criteria and procedures are not yet applied.
gdhm-i9a-phase-3 = Artificial intelligence tools in health are assessed against defined criteria such as safety, performance, bias, transparency and human oversight, with input from developers, clinicians and the data protection authority.
gdhm-i9a-phase-4 = Assessment or certification is required before artificial intelligence tools are used in health services, and the government monitors their performance and reported incidents after deployment.
gdhm-i9a-phase-5 = Oversight of artificial intelligence in health is an established and sustainably funded regulatory function, updated as the technology changes and trusted by health professionals and the public.
gdhm-i9a-guidance = Look for a national policy or law on artificial intelligence, health product regulation that covers software based on artificial intelligence, and any guidance on its ethical use in health. Ask the national regulatory authority, the digital health unit and the national ethics committee which tools are in use and how they were assessed.
gdhm-i9a-evidence-1 = Regulatory guidance on medical software based on artificial intelligence
gdhm-i9a-evidence-2 = Register of artificial intelligence tools authorised for use in health services
# step 1->2, action line 'regulation', timeframe short, cost low, responsible regulator
gdhm-i9a-s1-a1 = Designate the authority responsible for artificial intelligence tools used in health and list the tools already in use or being piloted in the health sector.
gdhm-i9a-s1-a1-monitor = Responsible authority designated and inventory of artificial intelligence tools in health completed (yes/no)
# step 2->3, action line 'regulation', timeframe short, cost medium, responsible regulator
gdhm-i9a-s2-a1 = Issue assessment criteria and a review procedure for artificial intelligence tools in health covering clinical performance, bias, transparency, data use and human oversight.
gdhm-i9a-s2-a1-monitor = Assessment criteria published (yes/no) and number of artificial intelligence tools reviewed under the procedure
# step 3->4, action line 'regulation', timeframe medium, cost medium, responsible regulator
gdhm-i9a-s3-a1 = Require assessment of artificial intelligence tools before their use in health services and monitor their performance and incidents after deployment.
gdhm-i9a-s3-a1-monitor = Share of artificial intelligence tools in use in health services that were assessed before deployment, and number of performance reports received after deployment
# step 4->5, action line 'regulation', timeframe long, cost high, responsible regulator
gdhm-i9a-s4-a1 = Build a permanent review capacity for artificial intelligence within the regulator, with specialised staff, a recurrent budget and a scheduled revision of the rules as the technology evolves.
gdhm-i9a-s4-a1-monitor = Number of specialised reviewers of artificial intelligence employed by the regulator and date of the last scheduled revision of the rules

## Indicator 10 (scored indicator; scale phases)
gdhm-i10-title = Cross-border health data exchange and storage
gdhm-i10-question = Are there laws or agreements that govern the exchange of health data with other countries and the storage of health data outside the national territory?
gdhm-i10-phase-1 = No law, policy or agreement addresses the transfer of health data across borders or its storage abroad, for example in foreign cloud services.
gdhm-i10-phase-2 = Provisions on cross-border transfer and storage of health data exist in law or in draft policy, but conditions, safeguards and approval procedures are not yet applied.
gdhm-i10-phase-3 = Cross-border exchange and storage of health data follow defined conditions and safeguards, applied with the partners concerned for specific purposes such as disease surveillance, patient referral or research.
gdhm-i10-phase-4 = Every cross-border transfer and every foreign storage of health data requires an approval or an agreement, and the government keeps a record of them and monitors compliance.
gdhm-i10-phase-5 = Cross-border health data exchange is governed by durable bilateral or regional agreements, the rules are reviewed regularly, and the country takes part in trusted international exchange while protecting the data of its residents.
gdhm-i10-guidance = Examine the data protection law, health data policies, any rules on data localisation or cloud hosting, and regional or bilateral agreements on health data. Ask the ministry of justice, the data protection authority and the digital health unit where national health systems host their data and how transfers for surveillance, referral or research are authorised.
gdhm-i10-evidence-1 = Legal provisions on the transfer of personal data abroad
gdhm-i10-evidence-2 = Bilateral or regional agreement on health data exchange
gdhm-i10-evidence-3 = Government policy on hosting health data in cloud services
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible justice
gdhm-i10-s1-a1 = Review national law and the international agreements to which the country is party for provisions that apply to the transfer and foreign storage of health data.
gdhm-i10-s1-a1-monitor = Legal review of cross-border health data provisions completed (yes/no)
# step 1->2, action line 'cross-border', timeframe short, cost low, responsible moh-dhu
gdhm-i10-s1-a2 = Identify the flows of health data that leave the country and the digital health systems hosted abroad, recording the purpose and the partner of each.
gdhm-i10-s1-a2-monitor = Inventory completed (yes/no), with number of cross-border data flows and foreign-hosted systems recorded
# step 2->3, action line 'cross-border', timeframe short, cost medium, responsible justice
gdhm-i10-s2-a1 = Draft and adopt rules that set the conditions, safeguards and approval procedure for transferring and storing health data outside the country.
gdhm-i10-s2-a1-monitor = Rules on cross-border transfer and storage of health data adopted (yes/no)
# step 2->3, action line 'cross-border', timeframe medium, cost low, responsible moh-dhu
gdhm-i10-s2-a2 = Include clauses on data location, transfer and return of data in all contracts and partner agreements for digital health systems.
gdhm-i10-s2-a2-monitor = Share of digital health system contracts and partner agreements that contain data location and transfer clauses
# step 3->4, action line 'cross-border', timeframe medium, cost medium, responsible justice
gdhm-i10-s3-a1 = Negotiate bilateral or regional agreements on health data exchange for disease surveillance, patient referral and research with neighbouring countries and regional bodies.
gdhm-i10-s3-a1-monitor = Number of bilateral or regional health data exchange agreements signed
# step 3->4, action line 'cross-border', timeframe medium, cost high, responsible moh-dhu
gdhm-i10-s3-a2 = Put in place technical and organisational safeguards, such as encryption, secure gateways and a register of approvals, for all authorised cross-border health data exchanges.
gdhm-i10-s3-a2-monitor = Share of authorised cross-border health data exchanges operating with the required safeguards and recorded in the register of approvals
# step 4->5, action line 'cross-border', timeframe long, cost high, responsible justice
gdhm-i10-s4-a1 = Prepare the country's accession to regional or international instruments on cross-border data protection and keep national rules aligned with them through scheduled reviews.
gdhm-i10-s4-a1-monitor = Number of regional or international instruments ratified and date of the last scheduled review of national rules
# step 4->5, action line 'cross-border', timeframe medium, cost medium, responsible moh-dhu
gdhm-i10-s4-a2 = Publish an annual report on cross-border health data exchanges and review each exchange agreement and hosting arrangement on a fixed cycle.
gdhm-i10-s4-a2-monitor = Annual cross-border health data report published and share of agreements and hosting arrangements reviewed within the cycle
