use super::*;
use crate::scoring::Current;

fn sample() -> AssessmentData {
    crate::exchange::sample().expect("sample")
}

fn key(field: &str, subject: &str) -> Key {
    Key::new(field, subject)
}

fn set_rationale(data: &mut AssessmentData, code: &str, text: &str) {
    let r = data
        .responses
        .iter_mut()
        .find(|r| r.indicator == code)
        .expect("answered");
    r.rationale = text.into();
}

fn value(state: &State, k: &Key) -> Option<String> {
    state.fields.get(k).and_then(|f| f.stamped.clone())
}

/// Two copies of one file: `a` and `b`, each with its own replica and the file's revisions.
fn two_copies(data: &AssessmentData) -> (State, State) {
    let base = from_file(data, None, "file-base");
    let mut a = base.clone();
    a.replica = "a".into();
    let mut b = base;
    b.replica = "b".into();
    (a, b)
}

#[test]
fn a_field_changed_on_one_side_is_taken_and_the_other_side_keeps_its_own() {
    let data = sample();
    let (mut a, mut b) = two_copies(&data);
    let mut da = data.clone();
    set_rationale(&mut da, "1", "changed on a");
    let mut db = data.clone();
    set_rationale(&mut db, "2", "changed on b");
    assert_eq!(stamp(&mut a, &da), 1);
    assert_eq!(stamp(&mut b, &db), 1);
    let m = merge(&a, &b);
    assert!(m.new_conflicts.is_empty());
    assert_eq!(m.taken.len(), 1, "{:?}", m.taken);
    assert_eq!(
        value(&m.state, &key("rationale", "1")).as_deref(),
        Some("\"changed on a\"")
    );
    assert_eq!(
        value(&m.state, &key("rationale", "2")).as_deref(),
        Some("\"changed on b\"")
    );
}

#[test]
fn the_same_field_changed_on_both_sides_is_a_conflict_until_resolved() {
    let data = sample();
    let (mut a, mut b) = two_copies(&data);
    let mut da = data.clone();
    set_rationale(&mut da, "1", "mine");
    let mut db = data.clone();
    set_rationale(&mut db, "1", "theirs");
    stamp(&mut a, &da);
    stamp(&mut b, &db);
    let m = merge(&a, &b);
    assert_eq!(m.new_conflicts, vec![key("rationale", "1")]);
    let conflicts = m.state.conflicts();
    assert_eq!(conflicts.len(), 1);
    let c = conflicts.first().expect("one");
    assert_eq!(c.local.value.as_deref(), Some("\"mine\""));
    assert_eq!(c.incoming.value.as_deref(), Some("\"theirs\""));
    // The local value stays shown; merging the same file again adds nothing.
    assert_eq!(
        value(&m.state, &key("rationale", "1")).as_deref(),
        Some("\"mine\"")
    );
    let again = merge(&m.state, &b);
    assert!(again.new_conflicts.is_empty() && again.taken.is_empty());
    assert_eq!(again.state, m.state);
    // b learns of the conflict too when it merges a's merged copy.
    let at_b = merge(&b, &m.state);
    assert_eq!(at_b.state.conflicts().len(), 1);
    // Settling it on a replaces both revisions; b then takes the settled value.
    let mut settled = m.state.clone();
    resolve(
        &mut settled,
        &key("rationale", "1"),
        Some("\"agreed\"".into()),
        "me",
        "2026-12-02T10:00:00Z",
    );
    assert!(settled.conflicts().is_empty());
    let back = merge(&at_b.state, &settled);
    assert!(back.state.conflicts().is_empty());
    assert_eq!(
        value(&back.state, &key("rationale", "1")).as_deref(),
        Some("\"agreed\"")
    );
}

#[test]
fn the_same_value_written_on_both_sides_is_no_conflict() {
    let data = sample();
    let (mut a, mut b) = two_copies(&data);
    let mut d = data.clone();
    set_rationale(&mut d, "3", "same words");
    stamp(&mut a, &d);
    stamp(&mut b, &d);
    let m = merge(&a, &b);
    assert!(m.state.conflicts().is_empty());
    assert!(m.taken.is_empty());
}

#[test]
fn a_removal_on_one_side_is_taken_and_an_old_file_does_not_bring_it_back() {
    let mut data = sample();
    data.evidence.push(Evidence {
        indicator: "1".into(),
        title: "Strategy / 2024".into(),
        reference: "moh.example/strategy".into(),
    });
    let (mut a, b) = two_copies(&data);
    let mut da = data.clone();
    da.evidence.pop();
    stamp(&mut a, &da);
    let m = merge(&a, &b);
    let k = key("evidence", "1/Strategy %2F 2024/moh.example%2Fstrategy");
    assert_eq!(value(&m.state, &k), None);
    assert!(m.taken.is_empty(), "b's old copy changes nothing");
    assert_eq!(k.shown_field(), "evidence:Strategy / 2024");
    // b, merging a's copy, takes the removal.
    let at_b = merge(&b, &m.state);
    assert_eq!(value(&at_b.state, &k), None);
    assert_eq!(at_b.taken.len(), 1);
}

#[test]
fn merging_is_commutative_associative_and_idempotent_on_three_copies() {
    let data = sample();
    let base = from_file(&data, None, "file-base");
    let copies: Vec<State> = ["a", "b", "c"]
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut s = base.clone();
            s.replica = (*r).into();
            let mut d = data.clone();
            set_rationale(&mut d, &(i + 1).to_string(), r);
            stamp(&mut s, &d);
            s
        })
        .collect();
    let [a, b, c] = [&copies[0], &copies[1], &copies[2]];
    let fields_of = |s: &State| -> BTreeMap<Key, Option<String>> {
        s.fields
            .iter()
            .map(|(k, f)| (k.clone(), f.stamped.clone()))
            .collect()
    };
    let ab_c = merge(&merge(a, b).state, c).state;
    let a_bc = merge(a, &merge(b, c).state).state;
    let cb_a = merge(&merge(c, b).state, a).state;
    assert_eq!(fields_of(&ab_c), fields_of(&a_bc));
    assert_eq!(fields_of(&ab_c), fields_of(&cb_a));
    assert_eq!(merge(&ab_c, &ab_c).state, ab_c);
}

#[test]
fn fields_cover_every_part_of_an_assessment_and_build_gives_it_back() {
    let mut data = sample();
    let name = data.participants.first().expect("p").name.clone();
    assert!(
        !data.workshop.ratings.is_empty(),
        "the sample has a workshop"
    );
    data.workshop.ratings.push(Rating {
        indicator: "1".into(),
        rater: Rater::Anonymous,
        phase: Current::NotApplicable,
        comment: String::new(),
    });
    if data.workshop.notes.is_empty() {
        data.workshop.notes.push(ConsensusNote {
            indicator: "1".into(),
            note: "agreed".into(),
        });
    }
    if data.workshop.dissents.is_empty() {
        data.workshop.dissents.push(Dissent {
            indicator: "1".into(),
            rater: Rater::Participant(name),
            reason: "too high".into(),
        });
    }
    let list = fields(&data);
    let order: Vec<Key> = list.iter().map(|(k, _)| k.clone()).collect();
    let values: BTreeMap<Key, String> = list.into_iter().collect();
    let back = build(&data, &order, &values).expect("build");
    assert_eq!(back.participants, data.participants);
    assert_eq!(back.responses, data.responses);
    assert_eq!(back.evidence, data.evidence);
    assert_eq!(back.roadmap, data.roadmap);
    assert_eq!(back.workshop.notes, data.workshop.notes);
    assert_eq!(back.workshop.dissents, data.workshop.dissents);
    let mut a = back.workshop.ratings.clone();
    let mut b = data.workshop.ratings.clone();
    a.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
    b.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
    assert!(a == b, "the same ratings");
    assert_eq!(back.assessment, data.assessment);
}

#[test]
fn a_file_without_revisions_gets_the_same_ones_every_time() {
    let data = sample();
    let one = from_file(&data, None, "file-x");
    let two = from_file(&data, None, "file-x");
    assert_eq!(one, two);
    assert!(one.fields.values().all(|f| f.revisions.len() == 1));
    // And a file's revisions read back as written.
    let sync = to_file(&one);
    let again = from_file(&data, Some(&sync), "file-other");
    assert_eq!(again.fields, one.fields);
    assert_eq!(again.context, one.context);
}

#[test]
fn a_participant_removed_here_but_rated_there_is_kept_as_a_conflict() {
    let mut data = sample();
    data.participants.push(Participant {
        name: "New Person".into(),
        organisation: String::new(),
        role: String::new(),
    });
    let (mut a, mut b) = two_copies(&data);
    let mut da = data.clone();
    da.participants.pop();
    stamp(&mut a, &da);
    let mut db = data.clone();
    db.workshop.ratings.push(Rating {
        indicator: "2".into(),
        rater: Rater::Participant("New Person".into()),
        phase: Current::Phase(2),
        comment: String::new(),
    });
    stamp(&mut b, &db);
    let mut m = merge(&a, &b);
    let k = key("participant", "new person");
    assert_eq!(value(&m.state, &k), None, "removed here, kept by the rule");
    keep_named(&mut m.state, [&a, &b]);
    assert!(value(&m.state, &k).is_some());
    assert!(m.state.conflicts().iter().any(|c| c.key == k));
}

#[test]
fn dots_read_back_and_bad_ones_are_refused() {
    let d: Dot = serde_json::from_str("\"abc:12\"").expect("dot");
    assert_eq!(d.counter, 12);
    assert_eq!(serde_json::to_string(&d).expect("json"), "\"abc:12\"");
    for bad in [
        "\"abc\"",
        "\":3\"",
        "\"abc:0\"",
        "\"abc:-1\"",
        "\"a:b\"",
        "3",
    ] {
        assert!(serde_json::from_str::<Dot>(bad).is_err(), "{bad}");
    }
}
