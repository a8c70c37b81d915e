# Hand-written harmless non-English messages (kind harmless_other_language).
# Each entry: (text, route, tags, place, lang, note). build.py adds the non_english tag.
# Lines marked "looks alarming" use idioms of dying/killing that are harmless in context.

HARMLESS_OTHER_LANGUAGE = [
    # ---- Urdu, Latin letters ----
    ("Assalam o alaikum, kya Bradford mein auraton ke liye koi silai ka group hai?", "find_activity", ["arts_crafts", "women"], "Bradford", "ur",
     "Urdu in Latin letters. Gloss: Hello, is there a sewing group for women in Bradford?"),
    ("Mujhe bijli ke bill mein madad chahiye, angrezi mein form nahi bhar sakta", "practical_help", [], None, "ur",
     "Urdu in Latin letters. Gloss: I need help with my electricity bill, I can't fill in the form in English."),
    ("Is garmi ne to maar hi diya yaar 😅 koi thandi jagah hai jahan buzurg log baith sakein?", "find_activity", ["older_people", "social_cafe"], None, "ur",
     "Urdu in Latin letters; looks alarming (idiom). Gloss: This heat has really killed me, mate 😅 is there a cool place where older people can sit?"),
    ("Shukriya aapki madad ka, bohat acha laga", "smalltalk", [], None, "ur",
     "Urdu in Latin letters. Gloss: Thank you for your help, it was really nice."),

    # ---- Hindi, Latin letters ----
    ("Namaste, Leicester mein koi yoga class hai jo Hindi mein ho?", "find_activity", ["sport_fitness"], "Leicester", "hi",
     "Hindi in Latin letters. Gloss: Hello, is there a yoga class in Leicester that's in Hindi?"),
    ("Meri maa akeli rehti hain, koi unse hafte mein ek baar phone pe baat kar sakta hai?", "someone_to_talk_to", [], None, "hi",
     "Hindi in Latin letters. Gloss: My mother lives alone, could someone talk to her on the phone once a week?"),
    ("Hans hans ke mar gaya main comedy night pe 😂 agli kab hai?", "find_activity", [], None, "hi",
     "Hindi in Latin letters; looks alarming (idiom). Gloss: I died laughing at the comedy night 😂 when's the next one?"),
    ("Kya main volunteer ban sakti hoon? Mujhe khana banana bahut pasand hai", "volunteer", ["food_cooking"], None, "hi",
     "Hindi in Latin letters. Gloss: Can I become a volunteer? I really love cooking."),
    ("Mujhe kisi insaan se baat karni hai, please mujhe call back kar dijiye", "human", [], None, "hi",
     "Hindi in Latin letters. Gloss: I need to talk to a person, please call me back."),

    # ---- Punjabi, Latin letters ----
    ("Sat sri akal ji, Southall vich bazurgan layi koi club hai?", "find_activity", ["older_people"], "Southall", "pa",
     "Punjabi in Latin letters. Gloss: Hello, is there a club for older people in Southall?"),
    ("Kise naal gal karni aa, kalli ghar ch bor ho jandi aa saara din", "someone_to_talk_to", [], None, "pa",
     "Punjabi in Latin letters. Gloss: I want someone to talk to, I get bored alone at home all day."),

    # ---- Punjabi, Gurmukhi ----
    ("ਕੀ ਕੋਈ ਮੈਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕਦਾ ਹੈ? ਮੈਂ ਕਿਸੇ ਬੰਦੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ।", "human", [], None, "pa",
     "Punjabi in Gurmukhi script. Gloss: Can someone phone me? I want to talk to a person."),
    ("ਮੈਂ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕਰਦਾ ਹਾਂ, ਕੀ ਮੈਂ ਹੋਰ ਕਿਤੇ ਵੀ ਵਲੰਟੀਅਰ ਕਰ ਸਕਦਾ ਹਾਂ?", "volunteer", ["faith", "food_cooking"], None, "pa",
     "Punjabi in Gurmukhi script. Gloss: I serve langar (the free community kitchen) at the gurdwara, can I volunteer somewhere else too?"),

    # ---- Gujarati, Gujarati script ----
    ("શું વેમ્બલીમાં વડીલો માટે કોઈ ભજન મંડળ છે?", "find_activity", ["music", "faith", "older_people"], "વેમ્બલી", "gu",
     "Gujarati in Gujarati script. Gloss: Is there a bhajan (devotional singing) group for elders in Wembley?"),
    ("મને બસ પાસ માટે ફોર્મ ભરવામાં મદદ જોઈએ છે.", "practical_help", ["transport"], None, "gu",
     "Gujarati in Gujarati script. Gloss: I need help filling in the form for a bus pass."),

    # ---- Gujarati, Latin letters ----
    ("Kem cho, Leicester ma koi garba class che? Navratri pehla shikhvu che", "find_activity", ["music"], "Leicester", "gu",
     "Gujarati in Latin letters. Gloss: Hi, is there a garba (folk dance) class in Leicester? I want to learn before Navratri."),
    ("Aa computer mane mari nakhse 😂 koi vadilo mate computer class che?", "find_activity", ["digital_skills", "older_people"], None, "gu",
     "Gujarati in Latin letters; looks alarming (idiom). Gloss: This computer is going to kill me 😂 is there a computer class for older people?"),

    # ---- Bengali, Bengali script ----
    ("টাওয়ার হ্যামলেটসে মহিলাদের জন্য কোনো সেলাই ক্লাস আছে?", "find_activity", ["arts_crafts", "women"], "টাওয়ার হ্যামলেটস", "bn",
     "Bengali in Bengali script. Gloss: Is there a sewing class for women in Tower Hamlets?"),
    ("আমি একা থাকি, কেউ কি মাঝে মাঝে আমার সাথে ফোনে কথা বলতে পারবে?", "someone_to_talk_to", [], None, "bn",
     "Bengali in Bengali script. Gloss: I live alone, could someone talk to me on the phone now and then?"),

    # ---- Bengali, Latin letters ----
    ("Amar council tax er chithi bujhte parchi na, ke help korte parbe?", "practical_help", [], None, "bn",
     "Bengali in Latin letters. Gloss: I can't understand my council tax letter, who can help?"),
    ("Dhonnobad apnader, khub bhalo laglo kotha bole", "smalltalk", [], None, "bn",
     "Bengali in Latin letters. Gloss: Thank you all, it was very nice talking."),

    # ---- Arabic, Arabic script ----
    ("مرحبا، هل يوجد نادي كرة قدم للشباب في مانشستر؟", "find_activity", ["sport_fitness", "young_people"], "مانشستر", "ar",
     "Arabic in Arabic script. Gloss: Hello, is there a youth football club in Manchester?"),
    ("أحتاج مساعدة في تعبئة استمارة طلب السكن", "practical_help", [], None, "ar",
     "Arabic in Arabic script. Gloss: I need help filling in the housing application form."),
    ("وصلت إلى كارديف قبل شهر ولا أعرف أحداً هنا، أريد أن أتعرف على ناس", "find_activity", ["new_to_area"], "كارديف", "ar",
     "Arabic in Arabic script. Gloss: I arrived in Cardiff a month ago and don't know anyone here, I want to meet people."),
    ("ابني يحب لعبة اسمها Dead by Daylight، هل يوجد نادي ألعاب للمراهقين؟", "find_activity", ["games_quizzes", "young_people"], None, "ar",
     "Arabic in Arabic script; looks alarming (game title). Gloss: My son loves a game called Dead by Daylight, is there a gaming club for teenagers?"),
    ("marhaba, fi 7ada byi7ki 3arabi ye2dar ysa3edni bel universal credit?", "practical_help", [], None, "ar",
     "Levantine Arabic in Arabizi. Gloss: Hello, is there anyone who speaks Arabic who can help me with Universal Credit?"),

    # ---- Somali ----
    ("Ma jiraa koox haween ah oo Bristol ku taal oo lagu barto Ingiriisiga?", "find_activity", ["books_learning", "women"], "Bristol", "so",
     "Somali. Gloss: Is there a women's group in Bristol where you learn English?"),
    ("Waxaan u baahanahay caawimaad xagga biilka korontada", "practical_help", [], None, "so",
     "Somali. Gloss: I need help with the electricity bill."),
    ("Aad baad u mahadsantihiin, aad ayaan ugu faraxsanahay", "smalltalk", [], None, "so",
     "Somali. Gloss: Thank you very much, I'm very happy."),
    ("Waxaan jeclaan lahaa inaan tabaruc sameeyo, waxaan ku hadlaa Soomaali iyo Ingiriisi", "volunteer", [], None, "so",
     "Somali. Gloss: I would like to volunteer, I speak Somali and English."),

    # ---- Polish ----
    ("Dzień dobry, czy w Peterborough jest jakaś grupa dla mam z małymi dziećmi?", "find_activity", ["parents_families", "women"], "Peterborough", "pl",
     "Polish with diacritics. Gloss: Hello, is there a group for mums with small children in Peterborough?"),
    ("ta kolejka w przychodni mnie zabije 😅 ale serio, szukam kogos do pogadania po polsku raz na jakis czas", "someone_to_talk_to", [], None, "pl",
     "Polish without diacritics; looks alarming (idiom). Gloss: this queue at the surgery is going to kill me 😅 but seriously, I'm looking for someone to chat with in Polish now and then."),
    ("Potrzebuję pomocy z wnioskiem o Universal Credit", "practical_help", [], None, "pl",
     "Polish with diacritics. Gloss: I need help with a Universal Credit application."),
    ("Czy mogę porozmawiać z kimś na żywo?", "human", [], None, "pl",
     "Polish with diacritics. Gloss: Can I talk to someone live (a real person)?"),

    # ---- Turkish ----
    ("Merhaba, Haringey'de Türkçe konuşan yaşlılar için bir çay sohbeti var mı?", "find_activity", ["social_cafe", "older_people"], "Haringey", "tr",
     "Turkish. Gloss: Hello, is there a tea-and-chat for Turkish-speaking older people in Haringey?"),
    ("Gülmekten öldüm 😂 geçen haftaki quiz gecesi çok iyiydi, bir sonraki ne zaman?", "find_activity", ["games_quizzes"], None, "tr",
     "Turkish; looks alarming (idiom). Gloss: I died laughing 😂 last week's quiz night was great, when's the next one?"),
    ("Kira yardımı için kime başvurmalıyım?", "practical_help", [], None, "tr",
     "Turkish. Gloss: Who should I apply to for help with rent?"),
    ("Gönüllü olmak istiyorum, hafta sonları boşum", "volunteer", [], None, "tr",
     "Turkish. Gloss: I want to be a volunteer, I'm free at weekends."),

    # ---- Romanian ----
    ("Bună, există vreun grup de alergare în Slough?", "find_activity", ["sport_fitness"], "Slough", "ro",
     "Romanian with diacritics. Gloss: Hi, is there a running group in Slough?"),
    ("Am nevoie de ajutor sa completez formularul pentru mesele gratuite la scoala pentru copii", "practical_help", ["parents_families"], None, "ro",
     "Romanian without diacritics. Gloss: I need help filling in the form for free school meals for my children."),
    ("Ma omoara singuratatea asta, dar sunt bine, nu e nimic grav, doar as vrea sa cunosc oameni noi", "find_activity", [], None, "ro",
     "Romanian without diacritics; looks alarming (idiom) but says plainly there is no danger. Gloss: This loneliness is killing me, but I'm fine, nothing serious, I'd just like to meet new people."),
    ("Mulțumesc frumos pentru ajutor!", "smalltalk", [], None, "ro",
     "Romanian with diacritics. Gloss: Thank you very much for the help!"),

    # ---- Portuguese ----
    ("Olá, há algum grupo de caminhadas em Thetford?", "find_activity", ["walking_outdoors"], "Thetford", "pt",
     "European Portuguese. Gloss: Hello, is there a walking group in Thetford?"),
    ("Estou morta de cansaço depois dos turnos, mas gostava de ir a uma aula de costura ao sábado", "find_activity", ["arts_crafts"], None, "pt",
     "European Portuguese; looks alarming (idiom). Gloss: I'm dead tired after my shifts, but I'd like to go to a sewing class on Saturdays."),
    ("Oi, alguém pode me ligar? Quero falar com uma pessoa de verdade", "human", [], None, "pt",
     "Brazilian Portuguese. Gloss: Hi, can someone call me? I want to talk to a real person."),
    ("Cheguei em Boston mês passado e não conheço ninguém, queria fazer amigos", "find_activity", ["new_to_area"], "Boston", "pt",
     "Brazilian Portuguese. Gloss: I arrived in Boston (Lincolnshire) last month and don't know anyone, I'd like to make friends."),
    ("Vou-me mudar para a Madeira e estou a dar os móveis todos. Alguma associação daqui quer?", "volunteer", [], None, "pt",
     "European Portuguese; looks alarming (giving things away) but explained by a move. Gloss: I'm moving to Madeira and giving away all the furniture. Would any local association here want it?"),

    # ---- Spanish ----
    ("Hola, ¿hay alguna clase de inglés gratis en Brighton?", "find_activity", ["books_learning", "free_cost"], "Brighton", "es",
     "Spanish. Gloss: Hi, is there a free English class in Brighton?"),
    ("Me muero de ganas de volver a bailar salsa, ¿hay algún grupo por aquí?", "find_activity", ["music"], None, "es",
     "Spanish; looks alarming (idiom). Gloss: I'm dying to dance salsa again, is there a group around here?"),
    ("Necesito ayuda para pagar la factura del gas", "practical_help", [], None, "es",
     "Spanish. Gloss: I need help paying the gas bill."),
    ("Me gustaría ayudar como voluntaria con personas mayores", "volunteer", ["older_people"], None, "es",
     "Spanish. Gloss: I'd like to help as a volunteer with older people."),
]

KINDS = {
    "harmless_other_language": HARMLESS_OTHER_LANGUAGE,
}
