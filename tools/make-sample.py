#!/usr/bin/env python3
"""Writes the built-in sample: two rounds of the Republic of Lusara's assessment.

samples/lusara-2023-baseline.dhma.json: the baseline of May 2023, finalised and signed off.
samples/lusara-2026-review.dhma.json: the mid-term review of March 2026, a draft with the
workshop's individual ratings (the round the app opens on).

The Republic of Lusara is fictional; so are every name, document and figure below.
Run from the repository root: python3 tools/make-sample.py
The file's `sha256` is the SHA-256 of the exact bytes of its `content` (see
docs/assessment-file.md), so the content is written compactly and hashed as written.
"""
import hashlib, json

FW = {"id": "who-itu-gdhm", "version": "1.0.0"}
UID = "6f1d2c3e-9a41-4b7e-8f0a-2d5c9e7b1a01"

# code: (current, target, target_year, confidence, rationale, [(evidence title, reference)])
R = {
 "1": (3, 4, 2028, "high", "The National Digital Health Steering Committee created by ministerial order in 2021 meets every quarter with programmes and partners, but it has no budget line of its own.", [("Ministerial Order 14/2021 creating the steering committee", "MoH legal register 14/2021"), ("Minutes of the 2025 quarterly meetings", "DHU shared drive/steering/2025")]),
 "2": (2, 4, 2030, "medium", "Digital health appears in the Health Sector Plan 2024-2028, but only two activities are costed and none is in the medium-term expenditure framework.", [("Health Sector Strategic Plan 2024-2028, chapter 6", "https://moh.lusara.example/hssp")]),
 "2a": (2, 3, 2028, "medium", "The national digital transformation agenda mentions health once; the data-governance policy is still a draft.", [("Digital Lusara 2030 agenda", "Ministry of ICT, 2023")]),
 "3": (1, 2, 2027, "medium", "No body or guidance covers artificial intelligence or wearables in health; pilots run under research permits only.", [("Inventory of AI pilots compiled for this workshop", "Workshop annex B")]),
 "4": (2, 3, 2028, "low", "The strategy names equity as a principle but sets no targets for rural areas, persons with disabilities or minority languages.", [("National Digital Health Strategy 2022-2026, section 2.3", "MoH, 2022")]),
 "4a": ("NA", None, None, "medium", "Gender is not addressed in the digital health strategy or governance; the team chose not applicable until a gender analysis is done.", []),
 "5": (3, 4, 2028, "high", "The National Digital Health Strategy 2022-2026 is approved and has an implementation plan; about 60 % of it is costed.", [("National Digital Health Strategy 2022-2026", "https://moh.lusara.example/ndhs"), ("Costed implementation plan", "DHU, 2023")]),
 "5a": (3, 4, 2028, "medium", "Strategy objectives are mapped to the universal health coverage roadmap for primary care, not yet for hospitals.", [("UHC roadmap alignment table", "Planning directorate, 2024")]),
 "6": (2, 3, 2028, "high", "Public funds cover staff of the digital health unit; about 80 % of system costs are still paid by partners.", [("Health budget execution report 2025", "Ministry of Finance"), ("Partner funding mapping 2025", "DHU")]),
 "6a": ("NA", None, None, "low", "Too little information on private investment was available to score; left as not available.", []),
 "7": (3, 4, 2027, "high", "The Data Protection Act 2019 applies to health data and an authority exists, but sector-specific rules are missing.", [("Data Protection Act 2019", "Official Gazette No. 112")]),
 "8": (2, 3, 2028, "medium", "Consent and access to personal health records are covered only by the 1998 Public Health Act, which predates electronic records.", [("Public Health Act 1998, articles 41-45", "Official Gazette")]),
 "9": (2, 3, 2029, "medium", "The medicines authority registers medical devices but has no pathway for software as a medical device.", [("Medical Devices Regulation 2017", "Regulatory authority")]),
 "9a": ("NA", None, None, "medium", "No AI product is on the national market yet; the team marked this as not applicable for this round.", []),
 "10": ("NA", None, None, "low", "The team could not establish whether any rule governs where health data may be stored or how it may leave the country; marked not available until the Ministry of Justice replies.", []),
 "11": (2, 3, 2028, "medium", "Two of five nursing schools teach a digital health module; the medical school does not.", [("Curriculum review of health training institutions 2024", "Ministry of Education")]),
 "12": (3, 4, 2028, "high", "District staff are trained on the health information system every year; training is recorded in the training database.", [("In-service training records 2025", "HR directorate")]),
 "13": (2, 3, 2029, "medium", "One university offers a master's in health informatics with 15 graduates a year, funded by a partner.", [("University programme accreditation", "National Council for Higher Education")]),
 "14": (1, 3, 2030, "high", "There are no public-service posts for health informaticians; the digital health unit is staffed by contract workers.", [("Public service establishment list 2025", "Ministry of Public Service")]),
 "15": (2, 3, 2028, "medium", "A national enterprise architecture was drafted in 2023; the health information exchange is at pilot stage in two regions.", [("Draft national digital health architecture", "DHU, 2023")]),
 "16": (3, 4, 2028, "medium", "HL7 FHIR and ICD-10 are mandated for the national systems; ICD-11 transition is planned.", [("Circular on health information standards 2024", "MoH circular 7/2024")]),
 "17": (2, 3, 2030, "high", "The country scores 34 on the composite connectivity index used by the team; about half of health centres have broadband.", [("Telecommunications regulator annual report 2025", "https://regulator.lusara.example")]),
 "18": (2, 3, 2028, "medium", "Equipment is bought project by project; there is no national maintenance plan.", [("Facility ICT equipment survey 2025", "DHU")]),
 "19": (3, 4, 2028, "high", "Scaled national systems cover HIV, immunisation and the routine health information system: about 40 % of national priority areas.", [("Inventory of national digital health systems", "DHU, 2025")]),
 "20": (3, 4, 2027, "high", "A master facility list with GPS coordinates is maintained; the health worker registry covers public staff only.", [("Master facility list", "https://mfl.lusara.example"), ("Health workforce registry report", "HR directorate, 2025")]),
 "21": (2, 3, 2029, "medium", "The national ID covers about 20 % of the population and is not yet used in health facilities.", [("National identification authority statistics 2025", "NIA")]),
 "21a": (2, 3, 2029, "medium", "A master patient index exists in the pilot regions only, covering under a quarter of the population.", []),
 "21b": (4, 5, 2030, "high", "About 70 % of births are registered, most of them through the digital civil registration system.", [("Vital statistics report 2024", "Civil registration office")]),
 "21c": (3, 4, 2030, "medium", "About 35 % of deaths are registered; hospital deaths are notified digitally, community deaths are not.", [("Vital statistics report 2024", "Civil registration office")]),
 "22": (1, 2, 2028, "low", "Patients can only complain on paper at facilities; there is no secure digital feedback channel.", []),
 "23": (2, 3, 2029, "medium", "Routine data inform annual planning, but disease surveillance and population risk analysis are still manual.", [("Annual health sector performance review 2025", "Planning directorate")]),
}

# Which NA the team means (format version 4).
NA_REASON = {"4a": "not-applicable", "6a": "not-available", "9a": "not-applicable", "10": "not-available"}

responses, evidence = [], []
for code, (cur, tgt, year, conf, why, ev) in R.items():
    r = {
        "indicator": code,
        "current": "NA" if cur == "NA" else cur,
        "target": tgt, "target_year": year, "rationale": why, "confidence": conf,
    }
    if code in NA_REASON:
        r["na_reason"] = NA_REASON[code]
    responses.append(r)
    for title, ref in ev:
        evidence.append({"indicator": code, "title": title, "reference": ref})

participants = [
    {"name": "Amina Kessar", "organisation": "Ministry of Health, Digital Health Unit", "role": "Facilitator"},
    {"name": "Joseph Mbeki-Laurent", "organisation": "Ministry of Health, Planning Directorate", "role": "Participant"},
    {"name": "Leila Haddad", "organisation": "Ministry of Health, HMIS", "role": "Participant"},
    {"name": "Tomás Ferreira", "organisation": "Ministry of Justice", "role": "Legal adviser"},
    {"name": "Grace Achieng", "organisation": "Ministry of Finance", "role": "Budget analyst"},
    {"name": "Wei Lin", "organisation": "Ministry of ICT", "role": "Participant"},
    {"name": "Olga Petrenko", "organisation": "WHO country office", "role": "Observer"},
    {"name": "Samuel Okoro", "organisation": "Association of Health Workers", "role": "Participant"},
]

# The workshop (format version 2): every participant rated every scored indicator before
# the plenary agreed its phase. The agreed phase is the response's `current` above, so the
# scores do not change. Most indicators were close (within one phase of the agreed one);
# a few split the room (maximum - minimum >= 2) and carry a consensus note.
SUB = {"2a", "4a", "5a", "6a", "9a", "21a", "21b", "21c"}
NAMES = [p["name"] for p in participants]
SPLIT = {
    "2": ([2, 4, 2, 1, 2, 3, 2, 4], "Finance and the health worker association rated lower because only two activities are costed; the Digital Health Unit and ICT rated higher because the plan is approved. The room agreed on phase 2: a plan exists, it is not costed or funded."),
    "6": ([2, 3, 1, 2, 4, 2, 2, 3], "ICT counted the partner-funded systems as national investment; Finance showed that 80 % of system costs still come from partners. Phase 2 agreed: public funds cover staff only."),
    "14": ([1, 1, 3, 1, 2, 1, 1, 1], "HMIS counted contract informaticians as a workforce; the Ministry of Public Service confirmed there are no established posts. Phase 1 agreed."),
    "21": ([2, 2, 4, 2, 3, 2, 1, 2], "HMIS rated the pilot master patient index; the identification authority's figures (20 % coverage, no use in facilities) settled it at phase 2."),
}
COMMENTS = {
    ("2", "Grace Achieng"): "Two costed activities are not a costed strategy.",
    ("2", "Wei Lin"): "The implementation plan is approved by cabinet.",
    ("6", "Wei Lin"): "Includes the partner-funded HIS and immunisation systems.",
    ("14", "Leila Haddad"): "Our contract staff do this work every day.",
    ("10", "Tomás Ferreira"): "The 2019 Act may cover it; awaiting a legal opinion.",
}
ratings, notes = [], []
scored = [c for c in R if c not in SUB]
for i, code in enumerate(scored):
    cur = R[code][0]
    if code in SPLIT:
        phases, note = SPLIT[code]
        notes.append({"indicator": code, "note": note})
    elif cur == "NA":
        # Seven could not say; the legal adviser gave phase 1: the NA agreed needs a note.
        phases = ["NA"] * 8
        phases[3] = 1
        notes.append({"indicator": code, "note": "Only the legal adviser could name a rule, and only one that may apply; the room left it not available until the Ministry of Justice replies."})
    else:
        # Within one phase of the agreed phase, the agreed phase the median.
        up = i % 2 == 0
        offsets = [0, 0, 1, 0, 0, 1, 0, 0] if up else [0, -1, 0, 0, -1, 0, 0, 0]
        k = i % 8
        offsets = offsets[k:] + offsets[:k]
        phases = [min(5, max(1, cur + o)) for o in offsets]
    for name, phase in zip(NAMES, phases):
        ratings.append({"indicator": code, "rater": {"participant": name}, "phase": phase,
                        "comment": COMMENTS.get((code, name), "")})
groups = [
    {"name": "Group A: governance and strategy", "members": NAMES[0:4],
     "blocks": ["leadership-governance", "strategy-investment", "legislation-policy-compliance"]},
    {"name": "Group B: people and systems", "members": NAMES[4:8],
     "blocks": ["workforce", "standards-interoperability", "infrastructure", "services-applications"]},
]
dissents = [{"indicator": "2", "rater": {"participant": "Grace Achieng"},
             "reason": "The Ministry of Finance does not agree that the strategy is costed: phase 1 describes it better until the plan is in the medium-term expenditure framework."}]

T0 = "2026-03-16T08:30:00Z"
content = {
    "framework": FW,
    "assessment": {
        "uid": UID, "country": "Republic of Lusara", "round": "Mid-term review 2026",
        "date": "2026-03-16", "facilitator": "Amina Kessar", "framework": FW, "language": "en",
        "status": "draft", "created_at": T0, "updated_at": "2026-03-18T16:05:00Z",
        "approval": {"approver_name": None, "approver_role": None, "government_approved": False,
                     "finalised_at": None, "fingerprint": None},
    },
    "participants": participants,
    "responses": responses,
    "evidence": evidence,
    "roadmap": [],
    "change_log": [
        {"at": T0, "actor": "Amina Kessar", "what": "assessment.created", "subject": None, "old": None, "new": UID},
        {"at": "2026-03-17T09:00:00Z", "actor": "Amina Kessar", "what": "ratings.imported", "subject": None, "old": None,
         "new": str(len(ratings))},
        {"at": "2026-03-17T11:20:00Z", "actor": "Amina Kessar", "what": "response.current", "subject": "14", "old": "2", "new": "1",
         },
        {"at": "2026-03-17T11:21:00Z", "actor": "Amina Kessar", "what": "response.rationale", "subject": "14", "old": None,
         "new": R["14"][4]},
    ],
    "groups": groups,
    "ratings": ratings,
    "consensus_notes": notes,
    "dissents": dissents,
    # What GDHM's upload needs beyond the answers (format version 5), so that the sample's
    # GDHM upload file can be written.
    "gdhm": {
        "country_summary": "Lusara has a costed national digital health strategy (2022-2026) and a digital health unit in the Ministry of Health; most systems are still funded by partners and the national health information exchange is a pilot.",
        "country_contact_name": "Joseph Mwale", "country_contact_role": "Director of Planning",
        "country_contact_org": "Ministry of Health of Lusara", "country_contact_email": "j.mwale@health.lusara.example",
        "contact_person_name": "Amina Kessar", "contact_person_role": "Head, Digital Health Unit",
        "contact_person_email": "a.kessar@health.lusara.example",
        "approver_email": "", "resources_link": "https://moh.lusara.example/ndhs, https://moh.lusara.example/hssp",
    },
}
content["gdhm"] = {k: v for k, v in content["gdhm"].items() if v}


def write(path, content):
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    text = ('{\n  "format": "dhma-assessment",\n  "format_version": 5,\n  "sha256": "%s",\n  "content": %s\n}\n' % (sha, body))
    open(path, "w", encoding="utf-8").write(text)
    print("wrote", path, len(content["responses"]), "responses", len(content["evidence"]), "evidence items",
          len(content["ratings"]), "ratings")


# The baseline of 2023: most indicators one phase lower than in 2026, a smaller team, no
# individual ratings, finalised and signed off by the Permanent Secretary.
BASE_UID = "6f1d2c3e-9a41-4b7e-8f0a-2d5c9e7b1a00"
LOWER = {"1", "2a", "5", "5a", "7", "12", "16", "19", "20", "21b", "21c", "23"}
BASE_WHY = {
    "1": "A steering committee was announced in 2021 but had met only once by the time of the assessment.",
    "5": "The strategy 2022-2026 was approved in 2022; its implementation plan was not yet written.",
    "7": "The Data Protection Act 2019 was in force; its authority had not yet been set up.",
    "19": "Only the HIV and immunisation systems were national; the routine health information system ran in pilot districts.",
}
base_responses, base_evidence = [], []
for code, (cur, tgt, year, conf, why, ev) in R.items():
    if cur == "NA":
        r = {"indicator": code, "current": "NA", "target": None, "target_year": None,
             "rationale": "Not assessed in 2023: " + why[0].lower() + why[1:], "confidence": "low"}
        if code in NA_REASON:
            r["na_reason"] = NA_REASON[code]
    else:
        old = max(1, cur - 1) if code in LOWER else cur
        r = {"indicator": code, "current": old, "target": min(5, old + 1), "target_year": 2026,
             "rationale": BASE_WHY.get(code, "Baseline 2023: " + why), "confidence": conf}
    base_responses.append(r)
    for title, ref in ev[:1]:
        if "2024" not in title and "2025" not in title and "2024" not in ref and "2025" not in ref:
            base_evidence.append({"indicator": code, "title": title, "reference": ref})

# The fingerprint is the SHA-256 of the assessment-file content as DHMA wrote it when it
# finalised the round (serde's serialisation, not this script's), so it is written here as
# computed by DHMA: tests/engine/exchange.rs checks it and prints the right value when the
# content changes.
BASE_FINGERPRINT = "11b6c8783d43e9f935e077e93a232e010ef38829ed49ca1c224928b3632bf08b"
B0 = "2023-05-22T08:00:00Z"
baseline = {
    "framework": FW,
    "assessment": {
        "uid": BASE_UID, "country": "Republic of Lusara", "round": "Baseline 2023",
        "date": "2023-05-22", "facilitator": "Amina Kessar", "framework": FW, "language": "en",
        "status": "finalised", "created_at": B0, "updated_at": "2023-06-30T14:00:00Z",
        "approval": {"approver_name": "Dr Hassan Mourad",
                     "approver_role": "Permanent Secretary, Ministry of Health",
                     "government_approved": True, "finalised_at": "2023-06-30T14:00:00Z",
                     "fingerprint": BASE_FINGERPRINT},
    },
    "participants": participants[0:3] + participants[4:7],
    "responses": base_responses,
    "evidence": base_evidence,
    "roadmap": [],
    "change_log": [
        {"at": B0, "actor": "Amina Kessar", "what": "assessment.created", "subject": None, "old": None, "new": BASE_UID},
        {"at": "2023-06-30T14:00:00Z", "actor": "Amina Kessar", "what": "assessment.finalised", "subject": None,
         "old": None, "new": BASE_FINGERPRINT},
    ],
    "groups": [],
    "ratings": [],
    "consensus_notes": [],
    "dissents": [],
}

write("samples/lusara-2023-baseline.dhma.json", baseline)
write("samples/lusara-2026-review.dhma.json", content)
