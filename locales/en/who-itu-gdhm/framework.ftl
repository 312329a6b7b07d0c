# Framework-level texts of who-itu-gdhm: name, building blocks, action lines, responsible bodies.

gdhm-name = National digital health maturity framework (WHO–ITU building blocks, GDHM-compatible)
gdhm-description = Twenty-three scored indicators and eight sub-indicators across the seven building blocks of the WHO–ITU National eHealth Strategy Toolkit, scored in five phases as in the Global Digital Health Monitor.

gdhm-block-leadership-governance = Leadership and governance
gdhm-block-leadership-governance-description = How the country steers digital health: who decides, how digital health fits national plans, and how equity and emerging technologies are governed.
gdhm-block-strategy-investment = Strategy and investment
gdhm-block-strategy-investment-description = Whether a national digital health strategy exists with a costed plan, and how public and private money sustains it.
gdhm-block-legislation-policy-compliance = Legislation, policy and compliance
gdhm-block-legislation-policy-compliance-description = The laws and rules that protect health data, govern its sharing, and regulate digital health products and services.
gdhm-block-workforce = Workforce
gdhm-block-workforce-description = How health workers and digital health specialists are trained, employed and given a career.
gdhm-block-standards-interoperability = Standards and interoperability
gdhm-block-standards-interoperability-description = The national architecture and the standards that let health information systems exchange data.
gdhm-block-infrastructure = Infrastructure
gdhm-block-infrastructure-description = The connectivity, equipment and software that digital health needs in public health facilities.
gdhm-block-services-applications = Services and applications
gdhm-block-services-applications-description = The national systems, registries and identification services in use, and how they serve people and population health.

gdhm-line-governance = Establish and run national digital health governance
gdhm-line-policy-alignment = Align digital health with national health and digital policies
gdhm-line-inclusion = Make digital health equitable, inclusive and rights-based
gdhm-line-strategy = Adopt and carry out a costed national digital health strategy
gdhm-line-financing = Secure sustainable financing and investment
gdhm-line-data-protection = Protect health data and the rights of the people it describes
gdhm-line-regulation = Regulate and certify digital health products and services
gdhm-line-cross-border = Govern cross-border exchange and storage of health data
gdhm-line-pre-service = Build digital health into pre-service education
gdhm-line-in-service = Build digital health into in-service training
gdhm-line-specialists-careers = Train specialists and create digital health posts and careers
gdhm-line-architecture = Build the national digital health architecture and information exchange
gdhm-line-standards = Adopt and enforce health information standards
gdhm-line-connectivity = Connect health facilities
gdhm-line-equipment = Equip facilities and maintain their equipment and software
gdhm-line-national-systems = Scale national digital health systems for priority programmes
gdhm-line-registries-identity = Build registries and identification for health
gdhm-line-people-centred = Use digital health for people and population health

gdhm-resp-moh-dhu = Ministry of Health, digital health unit
gdhm-resp-moh-planning = Ministry of Health, planning directorate
gdhm-resp-moh-hr = Ministry of Health, human resources directorate
gdhm-resp-finance = Ministry of Finance
gdhm-resp-ict-ministry = Ministry responsible for ICT and digital transformation
gdhm-resp-justice = Ministry of Justice and legislative drafting office
gdhm-resp-data-protection-authority = Data protection authority
gdhm-resp-regulator = Health products regulatory authority
gdhm-resp-standards-body = National standards body
gdhm-resp-education = Ministry of Education and training institutions
gdhm-resp-public-service = Ministry of Public Service
gdhm-resp-civil-registration = Civil registration and identification authority
gdhm-resp-civil-society = Civil society and patient organisations
