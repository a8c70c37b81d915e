# Hand-written ordinary (non-crisis) messages in other languages.
# Entry: (text, route, tags, place, lang, note). build.py adds non_english.

HARMLESS_OTHER_LANGUAGE = [
    # Urdu, Latin letters
    ("Assalam o alaikum, kya Bradford mein aurton ke liye koi silai ki class hai?", "find_activity", ["women", "arts_crafts"], "Bradford", "ur",
     "Urdu in Latin letters. Gloss: Peace be upon you, is there a sewing class for women in Bradford?"),
    ("meri ammi ko angrezi nahi aati, kya koi Urdu bolne wala unse kabhi kabhi baat kar sakta hai?", "someone_to_talk_to", [], None, "ur",
     "Urdu in Latin letters. Gloss: my mother doesn't speak English, could an Urdu speaker chat with her now and then?"),
    ("shukriya aap ka, bohat madad hui", "smalltalk", [], None, "ur",
     "Urdu in Latin letters. Gloss: thank you, it helped a lot."),

    # Hindi, Latin letters
    ("namaste, kya Leicester mein buzurgon ke liye koi yoga class hai?", "find_activity", ["older_people", "sport_fitness"], "Leicester", "hi",
     "Hindi in Latin letters. Gloss: hello, is there a yoga class for older people in Leicester?"),
    ("bijli ka bill bahut zyada aaya hai, koi form bharne mein madad kar sakta hai?", "practical_help", [], None, "hi",
     "Hindi in Latin letters. Gloss: the electricity bill is very high, can someone help me fill in the form?"),
    ("kya main kisi asli insaan se baat kar sakti hoon?", "human", [], None, "hi",
     "Hindi in Latin letters. Gloss: can I speak to a real person?"),

    # Punjabi, Latin letters
    ("sat sri akal ji, Southall vich koi bazurgan da group hai jithe baith ke gallan baatan kariye?", "find_activity", ["older_people", "social_cafe"], "Southall", "pa",
     "Punjabi in Latin letters. Gloss: greetings, is there a group for elders in Southall where we can sit and chat?"),
    ("main volunteer karna chaunda haan, gurdwara de langar vich ya kise hor thaan te", "volunteer", ["faith", "food_cooking"], None, "pa",
     "Punjabi in Latin letters. Gloss: I want to volunteer, in the gurdwara community kitchen or somewhere else."),
    ("bahut bahut dhanvaad ji", "smalltalk", [], None, "pa",
     "Punjabi in Latin letters. Gloss: thank you very much."),

    # Somali
    ("Salaan, ma jiraa koox haweenka Soomaalida ah oo ku kulanta Cardiff?", "find_activity", ["women"], "Cardiff", "so",
     "Somali (Latin script). Gloss: Hello, is there a group of Somali women that meets in Cardiff?"),
    ("Waxaan u baahanahay caawimaad biilka korontada iyo kirada", "practical_help", [], None, "so",
     "Somali (Latin script). Gloss: I need help with the electricity bill and the rent."),
    ("Mahadsanid walaal, aad baad u mahadsan tahay", "smalltalk", [], None, "so",
     "Somali (Latin script). Gloss: Thank you, sister/brother, thank you very much."),

    # Polish
    ("Dzień dobry, czy w Peterborough jest jakaś grupa dla mam z małymi dziećmi?", "find_activity", ["parents_families"], "Peterborough", "pl",
     "Polish (Latin script). Gloss: Good morning, is there a group for mums with small children in Peterborough?"),
    ("Czuję się bardzo samotna odkąd tu przyjechałam, chciałabym czasem z kimś porozmawiać po polsku", "someone_to_talk_to", ["new_to_area"], None, "pl",
     "Polish (Latin script). Gloss: I've felt very lonely since I came here, I'd like to talk to someone in Polish sometimes."),
    ("Chcę pomagać jako wolontariusz, mam wolne weekendy", "volunteer", [], None, "pl",
     "Polish (Latin script). Gloss: I want to help as a volunteer, I have free weekends."),
    ("Dziękuję bardzo, to było pomocne", "smalltalk", [], None, "pl",
     "Polish (Latin script). Gloss: Thank you very much, that was helpful."),

    # Gujarati
    ("નમસ્તે, Wembley માં વડીલો માટે કોઈ ભજન મંડળ છે?", "find_activity", ["older_people", "faith", "music"], "Wembley", "gu",
     "Gujarati script with the place in English letters. Gloss: hello, is there a devotional singing group for elders in Wembley?"),
    ("mane ekla ekla lage che, koi mari saathe vaat karse?", "someone_to_talk_to", [], None, "gu",
     "Gujarati in Latin letters. Gloss: I feel lonely, will someone talk with me?"),
    ("mara pension na form ma madad joiye che, angreji ma samjatu nathi", "practical_help", [], None, "gu",
     "Gujarati in Latin letters. Gloss: I need help with my pension form, I can't understand it in English."),

    # Turkish
    ("Merhaba, Haringey'de Türkçe konuşulan bir kahve sabahı var mı?", "find_activity", ["social_cafe"], "Haringey", "tr",
     "Turkish (Latin script). Gloss: Hello, is there a Turkish-speaking coffee morning in Haringey?"),
    ("Uykularım kaçtı, sürekli endişeliyim. Bunun için bir destek grubu var mı?", "wellbeing_support", [], None, "tr",
     "Turkish (Latin script). Gloss: I can't sleep, I'm anxious all the time. Is there a support group for this?"),
    ("Gönüllü olmak istiyorum, hafta sonları boşum", "volunteer", [], None, "tr",
     "Turkish (Latin script). Gloss: I'd like to be a volunteer, I'm free at weekends."),
    ("Teşekkürler, çok naziksiniz", "smalltalk", [], None, "tr",
     "Turkish (Latin script). Gloss: Thanks, you are very kind."),

    # Bengali
    ("আসসালামু আলাইকুম, Tower Hamlets এ মহিলাদের জন্য কোনো সেলাই ক্লাস আছে?", "find_activity", ["women", "arts_crafts"], "Tower Hamlets", "bn",
     "Bengali script with the place in English letters. Gloss: Peace be upon you, is there a sewing class for women in Tower Hamlets?"),
    ("amar ammar jonno ekjon bondhu dorkar, uni sara din ekla thaken", "someone_to_talk_to", [], None, "bn",
     "Bengali in Latin letters. Gloss: my mother needs a friend, she is alone all day."),
    ("council tax er chithi bujhte parchi na, keu help korte parbe?", "practical_help", [], None, "bn",
     "Bengali in Latin letters. Gloss: I can't understand the council tax letter, can someone help?"),

    # Arabic
    ("مرحباً، هل يوجد نادٍ للرجال العرب في مانشستر؟", "find_activity", ["men"], "مانشستر", "ar",
     "Arabic script. Gloss: Hello, is there a club for Arab men in Manchester?"),
    ("أنا جديد في المنطقة ولا أعرف أحداً، أريد أن أتعرف على ناس", "find_activity", ["new_to_area"], None, "ar",
     "Arabic script. Gloss: I'm new in the area and don't know anyone, I want to get to know people."),
    ("منذ وفاة زوجتي لا أنام جيداً وأشعر بالحزن طوال الوقت", "wellbeing_support", ["bereaved"], None, "ar",
     "Arabic script. Gloss: Since my wife died I don't sleep well and I feel sad all the time."),
    ("أريد التحدث مع شخص حقيقي من فضلك", "human", [], None, "ar",
     "Arabic script. Gloss: I want to talk to a real person please."),

    # Romanian
    ("Bună ziua, există vreo biserică ortodoxă română sau vreun grup românesc în Northampton?", "find_activity", ["faith"], "Northampton", "ro",
     "Romanian (Latin script). Gloss: Good day, is there a Romanian Orthodox church or any Romanian group in Northampton?"),
    ("Am nevoie de ajutor cu formularul pentru Universal Credit", "practical_help", [], None, "ro",
     "Romanian (Latin script). Gloss: I need help with the Universal Credit form."),
    ("Mulțumesc frumos!", "smalltalk", [], None, "ro",
     "Romanian (Latin script). Gloss: Thank you kindly!"),

    # Portuguese
    ("Olá, há algum grupo de futebol para homens em Great Yarmouth?", "find_activity", ["sport_fitness", "men"], "Great Yarmouth", "pt",
     "Portuguese (Latin script). Gloss: Hello, is there a football group for men in Great Yarmouth?"),
    ("Sinto-me muito sozinha desde que vim para cá, gostava de conversar com alguém", "someone_to_talk_to", ["new_to_area"], None, "pt",
     "European Portuguese (Latin script). Gloss: I've felt very lonely since I came here, I'd like to talk with someone."),
    ("Obrigada, vocês são muito simpáticos", "smalltalk", [], None, "pt",
     "Portuguese (Latin script). Gloss: Thank you, you are very kind."),
    ("Posso falar com uma pessoa de verdade?", "human", [], None, "pt",
     "Portuguese (Latin script). Gloss: Can I talk to a real person?"),

    # Spanish
    ("Hola, ¿hay clases de inglés gratis en Southampton?", "find_activity", ["books_learning", "free_cost"], "Southampton", "es",
     "Spanish (Latin script). Gloss: Hello, are there free English classes in Southampton?"),
    ("Quiero ser voluntaria, hablo español y un poco de inglés", "volunteer", [], None, "es",
     "Spanish (Latin script). Gloss: I want to be a volunteer, I speak Spanish and a little English."),
    ("Gracias por todo, muy amables", "smalltalk", [], None, "es",
     "Spanish (Latin script). Gloss: Thanks for everything, very kind."),
]
