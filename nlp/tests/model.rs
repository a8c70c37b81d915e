//! Tests with the real all-MiniLM-L6-v2 weights and the real content: they fail (never skip) when
//! the model is missing, so CI proves the classifier it ships.

use futures::executor::block_on;
use futures::future::join_all;
use nlp::embedder::cosine;
use nlp::minilm::MiniLm;
use nlp::{Classifier, Embedder, Nlp, NlpWorker, Route};
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn model_dir() -> PathBuf {
    std::env::var_os("FRONTDOOR_MODEL").map_or_else(|| workspace().join(".deps").join("model"), PathBuf::from)
}

/// One loaded classifier for every test in this file (loading takes about a second).
fn loaded() -> Arc<Nlp> {
    static NLP: OnceLock<Arc<Nlp>> = OnceLock::new();
    NLP.get_or_init(|| {
        let nlp = Nlp::load(&model_dir(), &workspace().join("content"));
        Arc::new(nlp.unwrap_or_else(|e| panic!("the model must be installed (scripts/setup-deps): {e}")))
    })
    .clone()
}

#[derive(Deserialize)]
struct Reference {
    text: String,
    vector: Vec<f32>,
}

#[test]
fn embeddings_match_sentence_transformers() {
    let path = workspace().join("nlp/tests/data/reference-embeddings.json");
    let references: Vec<Reference> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(references.len() >= 12);
    let embedder = MiniLm::load(&model_dir()).unwrap();
    assert_eq!(embedder.dimension(), 384);
    let texts: Vec<&str> = references.iter().map(|r| r.text.as_str()).collect();
    let ours = embedder.embed(&texts).unwrap();
    for (reference, vector) in references.iter().zip(&ours) {
        let similarity = cosine(&reference.vector, vector);
        assert!(similarity >= 0.999, "cosine {similarity} for {:?}", reference.text);
    }
}

/// Alarming words that are not a crisis, and crises that use no alarming word.
#[test]
fn the_safety_layer_tells_figures_of_speech_from_danger() {
    let nlp = loaded();
    let not_crisis = [
        "my phone is dying, any coffee mornings in Batley tomorrow?",
        "I could murder a brew",
        "this heat is killing me",
        "I'd die for a cuppa right now",
        "my feet are killing me after that walk",
        "the quiz was murder last night haha",
        "dying to try the pottery class!",
        "I used to self-harm years ago but I'm in a good place now and want to join an art group",
        "My ex used to hit me. I've left and I'm safe now but my confidence has gone",
        "the heating's died and I can't afford to fix it",
        "my car died so I can't get to the group",
        "I'm bored to death, what's on in Dewsbury",
        "my nan died and I want to be with her family at christmas",
        "my husband died in march and I barely leave the house now",
        "lost my wife in the spring and the evenings are so long now",
        "my brother died by suicide two years ago and I'd like to meet others who understand",
        "I'm behind on the gas and I'm scared to open the bills",
        "my phone's on 1% but is there a knit and natter in Honley",
        "I could kill for a bacon butty",
    ];
    for text in not_crisis {
        let answer = nlp.classify(text);
        assert!(!answer.crisis, "not a crisis: {text:?} got {:?}", answer.route);
    }
    let crisis = [
        "everyone would be better off without me",
        "I've been saving up my tablets",
        "ive written letters to the kids and sorted my will",
        "my mate says he's going to jump off the car park roof tonight",
        "he's hitting me right now and I'm locked in the bathroom",
        "my dad has collapsed and his lips are going blue",
        "crushing chest pain and my arm's gone numb",
        "i dont want to be here anymore",
        "how many co-codamol would it take to not wake up",
        "Nie chcę już żyć",
        "im sucidal",
        "bored. also thinking of ending it all",
        "my mum died last week and I just want to be with her",
        "nobody would miss me if I went",
        "my nan's fallen in the kitchen and she isn't answering me",
        "I don't think I'll be around much longer, I just wanted someone to know",
        "my boyfriend is hitting me again and he's taken my phone",
    ];
    for text in crisis {
        let answer = nlp.classify(text);
        assert!(answer.crisis && answer.route == Route::Crisis, "a crisis: {text:?} got {:?}", answer.route);
    }
}

/// Every kind of crisis that messages written outside the project showed an earlier classifier
/// missing, each in examples of our own (none copied from the held-out set).
#[test]
fn crises_of_every_kind_are_caught() {
    let nlp = loaded();
    let kinds: [(&str, &[&str]); 7] = [
        ("preparation and farewell", &[
            "I've given the dog to my sister and sorted the house, I won't be needing any of it now",
            "thank you for everything everyone. tell mum I'm sorry",
            "got everything I need now. tonight's the night",
        ]),
        ("height, tracks or water", &[
            "sat on the edge of the quarry thinking how quick it would be",
            "I'm stood by the tracks waiting for the fast one to come through",
            "on the footbridge over the motorway just looking down at the lorries",
        ]),
        ("slang, euphemism and text-speak", &[
            "wanna unalive myself tbh",
            "gonna kms fr",
            "i just want to not be here anymore",
            "dont wanna wake up 2moro",
        ]),
        ("a child coerced or groomed", &[
            "a man online says he'll send my pics to everyone unless i send more. im 14",
            "someone i met on snap wants me to meet him and not tell my mum, hes 30 and im 13",
        ]),
        ("followed, or controlled at home", &[
            "there's a man been following me since the bus and he's outside my door now",
            "he's locked me in and taken my keys and my phone",
        ]),
        ("a medical emergency told plainly", &[
            "chest pain and my left arm's gone numb",
            "haven't seen my neighbour for 4 days, her post is piling up and she's not answering",
        ]),
        ("a story with the danger at the end", &[
            "moved here in the spring for work, didn't know anyone, tried the library and a walking group but it never clicked. anyway I've been stockpiling my tablets",
        ]),
    ];
    let missed: Vec<String> = kinds
        .iter()
        .flat_map(|(kind, messages)| messages.iter().map(move |text| (kind, text)))
        .filter(|(_, text)| !nlp.classify(text).crisis)
        .map(|(kind, text)| format!("{kind}: {text:?}"))
        .collect();
    assert!(missed.is_empty(), "not read as a crisis:\n{}", missed.join("\n"));
}

/// Alarming-looking messages of every kind residents really send, which must not get the crisis
/// reply: place names and titles with sign words in them, pests, phone companies, low mood that
/// says it is safe.
#[test]
fn alarming_words_that_are_not_a_crisis_raise_nothing() {
    let nlp = loaded();
    let harmless = [
        "any walking groups near Hebden Bridge on a sunday?",
        "coffee morning in Pateley Bridge this week?",
        "is there a youth club round Stamford Hill",
        "we're meeting at Sowerby Bridge station for the canal walk",
        "anyone want to start a film club? just watched Suicide Squad and Kill Bill again",
        "Bridge of Spies is on tonight, is there a film group at the library",
        "how do I kill a wasp nest in the shed, and is there a gardening club",
        "hit me up if there's a darts team going",
        "the phone company cut me off and I need help with the bill",
        "I'm feeling low but I'm not going to harm myself, I'd just like some company",
        "worried I'm drinking too much since I retired, is there a group for that",
        "I'm going on my own to the choir for the first time, bit nervous",
        "our bridge club has a tournament on thursday, any other card groups near Ilkley?",
        "we play bridge every monday and need new players",
        "my grandson will be the death of me, he never stops talking",
    ];
    let raised: Vec<&str> = harmless.into_iter().filter(|text| nlp.classify(text).crisis).collect();
    assert!(raised.is_empty(), "raised the crisis reply: {raised:#?}");
}

/// Laughing till you cannot breathe is a figure of speech, not an emergency: at most the gentle
/// check, never the ambulance reply; the card game does not hide a bridge that is a sign.
#[test]
fn laughter_and_the_card_game_are_not_emergencies_but_a_real_bridge_still_is() {
    let nlp = loaded();
    for text in ["couldnt breathe from laughing at the panto last night", "I was crying with laughter at the quiz, can't breathe"] {
        let read = nlp.classify(text);
        assert!(!read.crisis || read.danger == Some(nlp::Danger::Unsure), "{text}: {read:?}");
    }
    for text in ["I'm on the bridge, I want to jump", "left the bridge club early, I'm on the bridge over the motorway and I want to jump"]
    {
        assert!(nlp.classify(text).crisis, "{text}");
    }
}

/// The crisis patterns of every language we serve, from the file their writer made with them:
/// each crisis line is caught, with the kind of danger its note names first ("abuse: ...",
/// "medical: ...", else harm) so it gets the right urgent reply, and harmless ones left alone.
#[test]
fn crises_in_every_language_are_caught_and_harmless_lines_left_alone() {
    #[derive(Deserialize)]
    struct Case {
        text: String,
        lang: String,
        crisis: bool,
        #[serde(default)]
        note: String,
    }
    impl Case {
        fn danger(&self) -> Option<nlp::Danger> {
            let kind = self.note.split(':').next().unwrap_or_default();
            self.crisis.then_some(match kind {
                "abuse" => nlp::Danger::Abuse,
                "medical" => nlp::Danger::Medical,
                _ => nlp::Danger::Harm,
            })
        }
    }
    let file = std::fs::read_to_string(workspace().join("nlp/tests/data/language-signs.jsonl")).unwrap();
    let cases: Vec<Case> = file.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let nlp = loaded();
    let mut languages: Vec<&str> = cases.iter().map(|c| c.lang.as_str()).collect();
    languages.sort();
    languages.dedup();
    assert!(languages.len() >= 11, "every language we serve has cases: {languages:?}");
    let texts: Vec<&str> = cases.iter().map(|case| case.text.as_str()).collect();
    let read: Vec<nlp::Classification> = texts.chunks(32).flat_map(|chunk| nlp.classify_batch(chunk).unwrap()).collect();
    let wrong: Vec<&Case> = cases.iter().zip(&read).filter(|(case, got)| got.crisis != case.crisis).map(|(case, _)| case).collect();
    let wrong_kind: Vec<String> = cases
        .iter()
        .zip(&read)
        .filter(|(case, got)| case.crisis && got.crisis && got.danger != case.danger())
        .map(|(case, got)| format!("{}: {:?} read as {:?}", case.lang, case.text, got.danger))
        .collect();
    assert!(wrong_kind.is_empty(), "the wrong kind of danger:\n{}", wrong_kind.join("\n"));
    let listed =
        |crisis: bool| wrong.iter().filter(|c| c.crisis == crisis).map(|c| format!("{}: {:?}", c.lang, c.text)).collect::<Vec<_>>();
    let (missed, false_alarms) = (listed(true), listed(false));
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
    // Where the language goes undetected the model reads the line as English and may raise it:
    // the target is that at least 95% of harmless lines are left alone, as in English.
    let harmless = cases.iter().filter(|c| !c.crisis).count();
    assert!(
        false_alarms.len() * 20 <= harmless,
        "{} of {harmless} harmless lines raised:\n{}",
        false_alarms.len(),
        false_alarms.join("\n")
    );
}

/// In another language a crisis told in words no pattern holds is still caught, by the reader
/// of pieces of letters, even when the sentence model has failed; everyday requests in those
/// languages are left alone. The lines were written for this test, each checked to hold no
/// strong pattern, so the patterns alone would miss them.
#[test]
fn the_reader_of_other_languages_catches_crises_no_pattern_holds() {
    let nlp = loaded();
    let crises = ["ya no puedo más, esta noche me tomo todas las pastillas", "nu mai pot, în seara asta termin cu tot"];
    for text in crises {
        assert_eq!(nlp.rules().signs(text).strong, 0, "a strong pattern holds {text:?}: this test needs lines no pattern knows");
        assert!(nlp.classify(text).crisis, "missed {text:?}");
        assert!(nlp.classify_without_model(text).crisis, "missed without the model: {text:?}");
    }
    let everyday = [
        "szukam chóru dla seniorów w Dewsbury, najlepiej we wtorki",
        "Batley'de kadınlar için bir yürüyüş grubu var mı",
        "kya Batley mein buzurgon ke liye koi lunch club hai",
        "هل يوجد نادي للمشي في هاكني؟",
        "ma jiraa koox socod ah oo Dewsbury ku taal",
    ];
    for text in everyday {
        assert!(!nlp.classify(text).crisis, "raised {text:?}");
    }
}

/// In another language a crisis that the reader of pieces of letters is not sure of alone is
/// caught when the other readers lean the same way: "I've arranged everything, written the
/// letters, I'm ready for tomorrow" in Turkish holds no pattern, and the letters alone miss it.
/// The line was written for this test.
#[test]
fn in_another_language_two_readers_leaning_together_catch_a_crisis() {
    let nlp = loaded();
    let text = "her şeyi ayarladım, mektupları yazdım, yarın hazırım";
    assert_eq!(nlp.rules().signs(text).strong, 0, "a strong pattern holds {text:?}: this test needs a line no pattern knows");
    assert!(!nlp.classify_without_model(text).crisis, "the letters alone decide {text:?}: this test needs a line they miss");
    assert!(nlp.classify(text).crisis, "missed {text:?}");
}

/// The classifier as shipped but without the multilingual reader: the same head with its unit for
/// that reader taken out.
fn without_multilingual_reader() -> Nlp {
    let mut head = nlp::head::Head::load(&nlp::head_path(&workspace().join("content"))).unwrap();
    head.multilingual = None;
    Nlp::load_with_head(&model_dir(), &workspace().join("content"), head).unwrap()
}

/// In another language the multilingual reader (a sentence model that reads it) read together
/// with the reader of pieces of letters and the English sentence model catches what those two
/// miss: "I've given my cat to my neighbour, now I don't need [it]" in Somali, giving a pet
/// away. The line was written for this test.
#[test]
fn in_another_language_the_multilingual_reader_catches_what_the_others_miss() {
    let nlp = loaded();
    assert!(nlp.head().multilingual.is_some(), "the shipped head has a unit for the multilingual reader");
    let text = "bisadkii waxaan siiyay deriskayga, hadda uma baahni";
    assert_eq!(nlp.rules().signs(text).strong, 0, "a strong pattern holds {text:?}: this test needs a line no pattern knows");
    assert!(
        !without_multilingual_reader().classify(text).crisis,
        "caught without the multilingual reader: this test needs a line the others miss"
    );
    assert!(nlp.classify(text).crisis, "missed {text:?}");
    let everyday = "bisadaydu guriga deriska ayay u tagtaa, ma jiraa cat cafe Batley?";
    assert!(!nlp.classify(everyday).crisis, "an everyday line about a cat raised the crisis reply");
}

/// The multilingual reader is an extra reader: when it fails, every message is read as it was
/// before it was added, and one giving vectors of another length than its unit was trained on is
/// refused at start-up rather than read wrongly.
#[test]
fn a_failing_or_mismatched_multilingual_reader_never_decides() {
    struct Failing(usize);
    impl Embedder for Failing {
        fn embed(&self, _: &[&str]) -> Result<Vec<Vec<f32>>, nlp::NlpError> {
            Err(nlp::NlpError::Model("the reader is down".into()))
        }
        fn dimension(&self) -> usize {
            self.0
        }
    }
    let without = without_multilingual_reader();
    let mut head = nlp::head::Head::load(&nlp::head_path(&workspace().join("content"))).unwrap();
    let dimension = head.multilingual.as_ref().unwrap().weights.len();
    head.multilingual.as_mut().unwrap().bias = 50.0; // would agree with any leaning of the letters
    let with_failing = Nlp::load_with_head(&model_dir(), &workspace().join("content"), head.clone())
        .unwrap()
        .with_multilingual(Some(Box::new(Failing(dimension))))
        .unwrap();
    for text in ["bisadkii waxaan siiyay deriskayga, hadda uma baahni", "szukam grupy spacerowej w Batley", "any knitting groups?"] {
        assert_eq!(with_failing.classify(text).crisis, without.classify(text).crisis, "{text:?}");
    }
    let mismatched = Nlp::load_with_head(&model_dir(), &workspace().join("content"), head)
        .unwrap()
        .with_multilingual(Some(Box::new(Failing(dimension + 1))));
    assert!(mismatched.is_err(), "a reader of another length was accepted");
}

/// The multilingual reader places one meaning in two languages closer than two meanings in one.
#[test]
fn the_multilingual_reader_reads_meaning_across_languages() {
    let reader = nlp::multilingual::MultilingualE5::load(&nlp::multilingual::default_path(&model_dir())).unwrap();
    let vectors = reader
        .embed(&["I want to join a walking group", "quiero unirme a un grupo de senderismo", "I need help paying my gas bill"])
        .unwrap();
    assert_eq!(vectors.iter().map(Vec::len).collect::<Vec<_>>(), vec![384; 3]);
    assert!(cosine(&vectors[0], &vectors[1]) > cosine(&vectors[0], &vectors[2]) + 0.05);
    let norm: f32 = vectors[2].iter().map(|x| x * x).sum::<f32>().sqrt();
    assert!((norm - 1.0).abs() < 1e-3, "unit length, so the dot product is the cosine");
}

/// A weak sign is read with the person's earlier messages: after low mood it is a crisis, after
/// a question about walks it is not.
#[test]
fn a_weak_sign_is_read_with_the_conversation() {
    let nlp = loaded();
    let low = vec!["everything feels pointless lately and I'm so tired of it all".to_owned()];
    let walking = vec!["any walking groups round Holmfirth on saturday?".to_owned()];
    let line = "stood on the railway bridge now";
    let meeting = "great, we'll meet them by the railway bridge then";
    let answers = nlp.classify_batch_in_context(&[(line, &low), (meeting, &walking), ("thanks, that's lovely", &low)]).unwrap();
    assert!(answers[0].crisis, "a bridge after low mood");
    assert!(!answers[1].crisis, "a bridge on a walk");
    assert!(!answers[2].crisis, "earlier low mood alone does not make every later message a crisis");
}

/// The conversation has a crisis reader of its own, trained on windows: the route units share
/// their crisis probability with the other routes, so a window ending in a plain question read
/// calm. A neighbour not seen for days, then "should I leave it another day?", is an emergency;
/// the same question after she went away on a visit is not.
#[test]
fn danger_told_over_several_lines_is_read_by_the_conversations_own_reader() {
    let nlp = loaded();
    assert!(nlp.head().context.is_some(), "the shipped head has a reader of conversations");
    let unseen = vec![
        "my neighbour Joan hasn't opened her curtains since Friday".to_owned(),
        "there's post piled up behind her door and she's not answering".to_owned(),
    ];
    let away = vec!["my neighbour Joan is away at her daughter's since Friday".to_owned(), "I'm watering her plants".to_owned()];
    let line = "should I leave it another day?";
    let answers = nlp.classify_batch_in_context(&[(line, &unseen), (line, &away)]).unwrap();
    assert!(answers[0].crisis, "a neighbour not seen for days");
    assert!(!answers[1].crisis, "a neighbour away on a visit");
}

/// A farewell told over several messages has no sign in its last line: the conversation read
/// together decides, and the kind stays unsure (a gentle check and a person). The same last line
/// after a house move is left alone.
#[test]
fn a_farewell_over_several_messages_is_read_as_one() {
    let nlp = loaded();
    let farewell = vec!["been giving my things away to people who'll use them".to_owned(), "my sister's having the car".to_owned()];
    let moving =
        vec!["found a good home for the old sofa today".to_owned(), "my sister's having the car as I've bought a new one".to_owned()];
    let line = "that's everything sorted now";
    let answers = nlp
        .classify_batch_in_context(&[(line, &farewell), ("that's everything sorted now, any walking groups in Batley?", &moving)])
        .unwrap();
    assert!(answers[0].crisis, "a farewell over several messages");
    assert_eq!(answers[0].danger, Some(nlp::Danger::Unsure));
    assert!(!answers[1].crisis, "a house move");
    assert!(!nlp.classify(line).crisis, "the line alone");
}

/// The two halves of a farewell, things given away and a goodbye, are a sign of harm in any
/// language when they come in separate messages too; a goodbye after a question is not.
#[test]
fn a_farewell_completed_in_a_later_message_is_a_crisis_in_any_language() {
    let nlp = loaded();
    let given = vec!["Oddałam kota sąsiadce i rozdałam ubrania".to_owned()];
    let asked = vec!["Czy w Dewsbury jest chór dla kobiet?".to_owned()];
    let goodbye = "Dziękuję wam za wszystko. Żegnajcie";
    let answers = nlp.classify_batch_in_context(&[(goodbye, &given), ("Dziękuję za wszystko", &asked)]).unwrap();
    assert!(answers[0].crisis, "a goodbye after giving things away");
    assert_eq!(answers[0].danger, Some(nlp::Danger::Harm));
    assert!(!answers[1].crisis, "thanks after a question about a choir");
}

/// In another language the readers read the last line with the earlier ones, as the sentence
/// model does in English: a remark about the cold water after "I don't want to live" and "I'm
/// on the bridge" is a crisis; the same remark after asking for a swimming group is not, nor the
/// line alone.
#[test]
fn a_crisis_told_over_several_messages_in_another_language_is_read_as_one() {
    let nlp = loaded();
    let polish = vec!["nie chcę już żyć".to_owned(), "stoję teraz na moście".to_owned()];
    let polish_swim = vec!["czy jest grupa pływacka w Batley?".to_owned(), "w sobotę".to_owned()];
    let urdu = vec!["mujhe ab jeena nahi hai".to_owned(), "main pul pe khara hoon".to_owned()];
    let urdu_swim = vec!["Batley mein koi swimming group hai?".to_owned(), "hafte ko".to_owned()];
    let (cold, water) = ("woda jest bardzo zimna", "pani bohat thanda hai");
    let answers = nlp.classify_batch_in_context(&[(cold, &polish), (cold, &polish_swim), (water, &urdu), (water, &urdu_swim)]).unwrap();
    let crisis: Vec<bool> = answers.iter().map(|a| a.crisis).collect();
    assert_eq!(crisis, [true, false, true, false], "Polish after danger, after a swim; Urdu after danger, after a swim");
    assert!(!nlp.classify(cold).crisis && !nlp.classify(water).crisis, "the lines alone");
}

/// The two readers leaning together decide on the conversation too: "good night everyone" in
/// Polish after "I can't manage any longer" and "tomorrow I won't be here any more" is a
/// crisis, which neither the letters nor the conversation's reader is sure of alone; after
/// asking for a choir on Tuesdays it is not. The lines were written for this test.
#[test]
fn in_another_language_two_readers_leaning_together_read_the_conversation_too() {
    let nlp = loaded();
    let farewell = vec!["nie dam rady dłużej".to_owned(), "jutro mnie już nie będzie".to_owned()];
    let choir = vec!["szukam chóru w Dewsbury".to_owned(), "we wtorki".to_owned()];
    let last = "dobranoc wszystkim";
    let answers = nlp.classify_batch_in_context(&[(last, &farewell), (last, &choir)]).unwrap();
    assert_eq!(answers.iter().map(|a| a.crisis).collect::<Vec<_>>(), [true, false], "after a farewell, after a choir");
    assert!(!nlp.classify(last).crisis, "the line alone");
}

#[test]
fn everyday_messages_get_their_route_tags_place_and_language() {
    let nlp = loaded();
    let activity = nlp.classify("anything on for over 60s in Batley? I love a coffee morning");
    assert_eq!(activity.route, Route::FindActivity);
    assert_eq!(activity.place.as_deref(), Some("Batley"));
    assert!(activity.tags.contains(&nlp::Tag::OlderPeople), "{:?}", activity.tags);
    assert_eq!(activity.lang.as_deref(), Some("en"));
    assert_eq!(nlp.classify("can I talk to a real person please").route, Route::Human);
    let polish = nlp.classify("Dzień dobry, szukam grupy dla mam z małymi dziećmi w Huddersfield");
    assert!(polish.tags.contains(&nlp::Tag::NonEnglish));
    assert_eq!(polish.lang.as_deref(), Some("pl"));
    let json = serde_json::to_value(&activity).unwrap();
    for field in ["route", "tags", "place", "crisis", "lang", "scores"] {
        assert!(json.get(field).is_some(), "{field} missing from {json}");
    }
}

#[test]
fn places_resolve_to_points_from_the_real_gazetteer() {
    let nlp = loaded();
    assert_eq!(nlp.resolve_place("Batley").unwrap().area, "kirklees");
    assert_eq!(nlp.resolve_place("hd8 9xy").unwrap().name, "HD8 9");
    assert_eq!(nlp.resolve_place("E5").unwrap().area, "hackney");
    assert_eq!(nlp.resolve_place("Knaresbrough").unwrap().name, "Knaresborough");
    assert_eq!(nlp.resolve_place("Manchester").unwrap().area, "Manchester");
    assert!(nlp.resolve_place("Atlantis").is_none());
    let newport = nlp.classify("any walking groups in Newport?");
    assert_eq!(newport.place.as_deref(), Some("Newport"));
    assert!(newport.place_choices.contains(&"Newport, Isle of Wight".to_owned()), "{:?}", newport.place_choices);
}

#[test]
fn the_worker_batches_concurrent_messages_and_answers_each_its_own() {
    let nlp = loaded();
    let worker = NlpWorker::spawn(nlp.clone(), 64).unwrap();
    let texts = ["hi", "can I talk to a real person please", "any choirs in Harrogate?", "I took 20 paracetamol an hour ago"];
    let answers = block_on(join_all(texts.iter().map(|t| worker.classify(t.to_string()))));
    for (text, answer) in texts.iter().zip(answers) {
        let (batched, alone) = (answer.unwrap(), nlp.classify(text));
        assert_eq!(
            (batched.route, &batched.tags, &batched.place, batched.crisis),
            (alone.route, &alone.tags, &alone.place, alone.crisis),
            "{text}"
        );
        for (route, score) in &alone.scores {
            assert!((batched.scores[route] - score).abs() < 1e-4, "padding in a batch barely moves the scores");
        }
    }
    let vectors = block_on(worker.embed(texts.iter().map(|t| t.to_string()).collect())).unwrap();
    let direct = nlp.embed(&texts).unwrap();
    for (a, b) in vectors.iter().zip(&direct) {
        assert!(cosine(a, b) > 0.9999);
    }
}

/// The worker batches whoever is waiting, so one batch mixes first messages with later ones:
/// each must be read with its own person's earlier messages, never a neighbour's.
#[test]
fn a_batch_mixing_first_and_later_messages_reads_each_with_its_own_conversation() {
    let nlp = loaded();
    let farewell = vec!["been giving my things away to people who'll use them".to_owned(), "my sister's having the car".to_owned()];
    let walking = vec!["any walking groups round Holmfirth on saturday?".to_owned()];
    let sorted = "that's everything sorted now";
    let messages: [(&str, &[String]); 4] = [("hello", &[]), (sorted, &walking), ("any choirs in Harrogate?", &[]), (sorted, &farewell)];
    let batched = nlp.classify_batch_in_context(&messages).unwrap();
    for (message, reading) in messages.iter().zip(&batched) {
        let alone = nlp.classify_batch_in_context(std::slice::from_ref(message)).unwrap().remove(0);
        assert_eq!((reading.crisis, reading.danger), (alone.crisis, alone.danger), "{message:?}");
    }
    assert!(!batched[1].crisis && batched[3].crisis, "sorted after a walk, and after giving things away");
}

#[test]
fn a_full_queue_says_busy_instead_of_blocking() {
    let worker = NlpWorker::spawn(loaded(), 1).unwrap();
    let many: Vec<_> = (0..200).map(|i| worker.classify(format!("message number {i}"))).collect();
    let answers = block_on(join_all(many));
    assert!(answers.iter().any(|a| matches!(a, Err(nlp::NlpError::Busy))), "some must be refused");
    assert!(answers.iter().any(|a| a.is_ok()), "the first must be answered");
}

/// Danger told in the middle of an ordinary conversation is not calmed by it: a fall after
/// asking for a lunch club gets an ambulance, self-harm after asking about weekends gets help.
#[test]
fn a_clear_crisis_is_not_calmed_by_an_ordinary_conversation() {
    let nlp = loaded();
    let lunch = vec!["is there a lunch club near Harrogate?".to_owned()];
    let weekends = vec!["anything for teens in batley at the weekend".to_owned(), "not really into sport".to_owned()];
    let answers = nlp
        .classify_batch_in_context(&[
            ("I've had a fall in the kitchen and I can't get up, I'm 90", &lunch),
            ("been cutting again and its getting worse", &weekends),
        ])
        .unwrap();
    assert!(answers[0].crisis, "a fall");
    assert_eq!(answers[0].danger, Some(nlp::Danger::Medical));
    assert!(answers[1].crisis, "self-harm");
    assert_eq!(answers[1].danger, Some(nlp::Danger::Harm));
    assert!(!nlp.classify("been cutting the hedge again, it's a jungle").crisis);
}

/// Signs said after an ordinary search are not calmed by it: hopelessness said as seeing no
/// point any more (the model alone read it at about one in two, which the search before had
/// calmed) and a young person's partner of 24 (grooming). The same words about a chore, or a
/// couple of adults asking for a class, are no sign.
#[test]
fn signs_said_after_a_search_are_not_calmed_by_it() {
    let nlp = loaded();
    let bingo = vec!["any bingo in dewsbury".to_owned()];
    let football = vec!["any football for girls".to_owned()];
    let answers = nlp
        .classify_batch_in_context(&[
            ("to be honest i dont see the point in anything anymore", &bingo),
            ("my boyfriend says he can drive me hes 24", &football),
        ])
        .unwrap();
    assert!(answers.iter().all(|answer| answer.crisis));
    for harmless in
        ["I don't see the point in ironing, it all creases again", "me and my girlfriend, shes 34, want to try a dance class in Batley"]
    {
        assert!(!nlp.classify(harmless).crisis, "{harmless}");
    }
}

/// A request in another language gets its route from the pieces of its words as well as from the
/// sentence model's guess: a gas bill in Polish is practical help (the model alone read it as
/// wanting someone to talk to), and lines of every kind keep their routes. Written for this
/// test, not taken from any held-out set.
#[test]
fn requests_in_other_languages_get_the_route_their_words_show() {
    let nlp = loaded();
    let cases = [
        ("nie stać mnie na rachunek za gaz w tym miesiącu, potrzebuję pomocy", nlp::Route::PracticalHelp),
        ("czy w Batley jest jakiś klub dla seniorów w czwartki?", nlp::Route::FindActivity),
        ("Dewsbury mein auraton ke liye silai ka group hai kya", nlp::Route::FindActivity),
        ("merhaba, bu hizmet ücretsiz mi?", nlp::Route::Smalltalk),
    ];
    for (text, route) in cases {
        let read = nlp.classify(text);
        assert!(!read.crisis, "raised {text:?}");
        assert_eq!(read.route, route, "{text:?}: {:?}", read.scores);
    }
}

/// The kind of danger is read by the head where no pattern names it: someone not seen or not
/// answering is a medical emergency (an ambulance, not the listening lines), a controlling
/// partner is abuse (the abuse helpline). The head reads the kind only when the model is
/// near-certain ([`nlp::safety::NEAR_CERTAIN`]); below that these are crises of unsure kind,
/// which get the gentle check and an urgent navigator, but never the wrong kind's reply.
/// Harmless lines with the same words raise nothing. Written for this test, not taken from any
/// held-out set or the examples.
#[test]
fn the_kind_of_danger_no_pattern_names_is_read_by_the_head() {
    let nlp = loaded();
    let kinds = [
        ("the old gentleman across the road hasn't opened his blinds since tuesday and his dog keeps howling", nlp::Danger::Medical),
        ("mums carer couldnt get an answer at the door this morning and mum isnt picking up her mobile", nlp::Danger::Medical),
        ("he's put a lock on the outside of the bedroom door and says I'm not going anywhere till I apologise", nlp::Danger::Abuse),
    ];
    let wrong: Vec<String> = kinds
        .iter()
        .map(|(text, kind)| (text, kind, nlp.classify(text)))
        .filter(|(_, kind, read)| !read.crisis || !matches!(read.danger, Some(danger) if danger == **kind || danger == nlp::Danger::Unsure))
        .map(|(text, kind, read)| format!("{text:?}: wanted {kind:?}, got {:?} (crisis {})", read.danger, read.crisis))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    for text in [
        "my neighbour's in Spain for a fortnight, is there a walking group I could join while she's away?",
        "is there a befriending scheme where I could pop in on an older neighbour once a week",
        "hasn't stopped raining since tuesday, anything on indoors near Batley?",
    ] {
        assert!(!nlp.classify(text).crisis, "{text}");
    }
}
