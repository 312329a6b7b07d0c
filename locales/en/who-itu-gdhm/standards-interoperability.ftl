# standards-interoperability: indicator texts of the who-itu-gdhm framework (English, source language).

## Indicator 15 (scored indicator; scale phases)
gdhm-i15-title = Digital health architecture and information exchange
gdhm-i15-question = Has the country adopted a national digital health architecture, and does a health information exchange allow systems to share data with each other?
gdhm-i15-phase-1 = No national digital health architecture has been defined, and health information systems share data only through manual transfers or isolated links between two systems, if at all.
gdhm-i15-phase-2 = A national architecture or exchange blueprint has been drafted or formally endorsed, but few systems follow it and no shared exchange services are yet in operation.
gdhm-i15-phase-3 = The architecture is adopted and guides new investments; shared exchange services connect several priority systems, and the main implementing partners take part in its use and revision.
gdhm-i15-phase-4 = The ministry of health leads and maintains the architecture; the health information exchange operates nationally, most priority systems share data through it, and its use and performance are monitored.
gdhm-i15-phase-5 = The architecture and the exchange are institutionalised, with a recurrent budget, a permanent operating team and periodic revision, and connection to them is required for every new health information system.
gdhm-i15-guidance = Look for an architecture document endorsed by the ministry and check which systems actually exchange data through shared services rather than through separate direct links. Ask the digital health unit, the HMIS team, the ICT ministry and the main implementing partners.
gdhm-i15-evidence-1 = Endorsed national digital health architecture document
gdhm-i15-evidence-2 = Inventory of systems connected to the health information exchange
gdhm-i15-evidence-3 = Operating or performance reports of the exchange services
# step 1->2, action line 'architecture', timeframe short, cost low, responsible moh-dhu
gdhm-i15-s1-a1 = Convene a technical working group to draft a national digital health architecture that describes the core systems, the shared registries and the data flows between them.
gdhm-i15-s1-a1-monitor = Draft architecture document submitted to the ministry for endorsement; number of working group meetings held
# step 1->2, action line 'architecture', timeframe short, cost low, responsible ict-ministry
gdhm-i15-s1-a2 = Align the draft health architecture with the government-wide enterprise architecture and interoperability framework, and identify shared government components that the health sector can reuse.
gdhm-i15-s1-a2-monitor = Alignment review completed and recorded, with a list of reusable government components
# step 2->3, action line 'architecture', timeframe short, cost medium, responsible moh-dhu
gdhm-i15-s2-a1 = Map all health information systems in use and their data exchanges, and select the priority systems to connect first through shared exchange services.
gdhm-i15-s2-a1-monitor = System inventory published; number of priority systems selected for connection
# step 2->3, action line 'architecture', timeframe medium, cost low, responsible ict-ministry
gdhm-i15-s2-a2 = Agree a service arrangement under which the government data centre and interoperability platform host the health information exchange.
gdhm-i15-s2-a2-monitor = Signed hosting or service agreement in force
# step 3->4, action line 'architecture', timeframe medium, cost medium, responsible moh-dhu
gdhm-i15-s3-a1 = Set up a standing architecture review process that checks every proposal for a new or upgraded health information system against the national architecture before approval.
gdhm-i15-s3-a1-monitor = Share of new system proposals reviewed against the architecture during the year
# step 3->4, action line 'architecture', timeframe medium, cost high, responsible ict-ministry
gdhm-i15-s3-a2 = Expand the infrastructure of the health information exchange to national capacity, with redundancy, security monitoring and disaster recovery.
gdhm-i15-s3-a2-monitor = Number of priority systems exchanging data through the exchange; availability of the exchange over the year, in %
# step 4->5, action line 'architecture', timeframe long, cost high, responsible moh-dhu
gdhm-i15-s4-a1 = Make connection to the health information exchange mandatory for all public and private health information systems, and fund its operation from the recurrent health budget.
gdhm-i15-s4-a1-monitor = Share of licensed health information systems connected to the exchange; recurrent budget line for the exchange in the approved health budget
# step 4->5, action line 'architecture', timeframe medium, cost medium, responsible ict-ministry
gdhm-i15-s4-a2 = Institute a periodic independent review of the health architecture and exchange against national e-government standards, and publish the findings.
gdhm-i15-s4-a2-monitor = Number of architecture reviews held and published in the period

## Indicator 16 (scored indicator; scale phases)
gdhm-i16-title = Health information standards in use
gdhm-i16-question = Have standards for health data content, terminology and exchange been adopted nationally, and are they applied in the health information systems in use?
gdhm-i16-phase-1 = No health information standards have been adopted nationally; each system uses its own codes, formats and data definitions.
gdhm-i16-phase-2 = A national list of standards has been proposed or formally approved, but it is applied in only a few systems and no process exists to maintain it.
gdhm-i16-phase-3 = Approved standards for terminology, classification and data exchange are applied in several priority systems, and a standards committee meets regularly with implementers.
gdhm-i16-phase-4 = The government leads the maintenance of a national standards catalogue, systems are tested for conformance, and adoption across priority systems is tracked.
gdhm-i16-phase-5 = The use of standards is institutionalised: conformance is a condition for procurement and deployment, the catalogue is updated on a set cycle, and the country takes part in international standards work.
gdhm-i16-guidance = Ask which standards are formally adopted, for example disease classifications such as ICD, laboratory and clinical terminologies, and data exchange formats such as HL7 FHIR, then check whether the systems in use actually apply them. Speak to the national standards body, the digital health unit, the HMIS team and software suppliers.
gdhm-i16-evidence-1 = Ministerial decree or circular adopting national health data standards
gdhm-i16-evidence-2 = National catalogue of health information standards
gdhm-i16-evidence-3 = Conformance test reports for health information systems
# step 1->2, action line 'standards', timeframe short, cost low, responsible standards-body
gdhm-i16-s1-a1 = Establish a technical committee on health informatics standards, with the ministry of health as a member, to identify the standards the country needs first.
gdhm-i16-s1-a1-monitor = Committee established by formal decision; number of meetings held during the year
# step 1->2, action line 'standards', timeframe short, cost low, responsible moh-dhu
gdhm-i16-s1-a2 = Compile an inventory of the codes, classifications and data formats used by current health information systems, and propose a first list of national standards.
gdhm-i16-s1-a2-monitor = Inventory completed; proposed list of standards submitted to the committee
# step 2->3, action line 'standards', timeframe short, cost medium, responsible standards-body
gdhm-i16-s2-a1 = Adopt a first national set of health information standards, with national adaptations where needed, and publish it in an openly accessible catalogue.
gdhm-i16-s2-a1-monitor = Number of standards formally adopted and listed in the published catalogue
# step 2->3, action line 'standards', timeframe medium, cost low, responsible moh-dhu
gdhm-i16-s2-a2 = Require the adopted standards in the terms of reference of all new health information system projects and upgrades.
gdhm-i16-s2-a2-monitor = Share of new system contracts or terms of reference that specify the national standards
# step 3->4, action line 'standards', timeframe medium, cost medium, responsible standards-body
gdhm-i16-s3-a1 = Set up a conformance testing service that verifies whether health information systems apply the national standards correctly.
gdhm-i16-s3-a1-monitor = Number of systems tested for conformance during the year; share of tested systems that passed
# step 3->4, action line 'standards', timeframe medium, cost high, responsible moh-dhu
gdhm-i16-s3-a2 = Upgrade existing priority systems so that they apply the national terminology and exchange standards, and train the teams that implement them.
gdhm-i16-s3-a2-monitor = Share of priority systems using the national standards in routine operation
# step 4->5, action line 'standards', timeframe long, cost high, responsible standards-body
gdhm-i16-s4-a1 = Create a permanent national programme to maintain health information standards, covering release management, national extensions and participation in international standards organisations.
gdhm-i16-s4-a1-monitor = Catalogue revision published on schedule; number of international standards meetings attended by national representatives
# step 4->5, action line 'standards', timeframe medium, cost medium, responsible moh-dhu
gdhm-i16-s4-a2 = Make certified conformance with national standards a condition for the procurement, licensing and deployment of any health information system.
gdhm-i16-s4-a2-monitor = Directive adopted; share of systems deployed during the year that hold a conformance certificate
