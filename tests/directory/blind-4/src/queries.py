"""Hand-written searches. Each names the kind of service that answers it (`want`, my topic words),
and any hand decision (`drop` with the reason, `add`). label.py lists the candidates; build.py
--review prints every query with its relevant names so I can read them all by eye."""

QUERIES = []


def Q(near, text, tags, want, kind, **kw):
    q = dict(near=near, text=text, tags=list(tags), want=list(want), kind=list(kind),
             age=kw.pop("age", None), youth=kw.pop("youth", False))
    q.update(kw)
    QUERIES.append(q)


# ------------------------------------------------------------------ Kirklees
Q("Huddersfield", "any walking groups near huddersfield? im 67 and want to get out more",
  ["walking_outdoors", "older_people"], ["walking"], ["interest", "older"], age=67)
Q("Dewsbury", "need a food bank in Dewsbury asap", [], ["foodbank"], ["practical"])
Q("Batley", "I'm drowning in debt and the bailiffs keep writing to me. Batley", [],
  ["debt"], ["practical"], drop={"k_energy_batley": "energy tariffs/grants, not debt or bailiffs"})
Q("Dewsbury", "can someone help me fill in a PIP form", [], ["benefits", "forms"], ["practical"])
Q("Batley", "my gas bill is massive and i cant pay it", [], ["bills"], ["practical"])
Q("Huddersfield", "knitting group huddersfield", ["arts_crafts"], ["knitting"], ["interest", "duplicates"])
Q("Mirfield", "is there a mens shed near mirfield", ["men"], ["mens_shed"], ["interest"])
Q("Holmfirth", "I'd like to join a choir, Tuesday nights suit me best", ["music"], ["choir"],
  ["interest", "time"], days=["TU"], part="evening")
Q("Dewsbury", "singing group dewsbury", ["music"], ["choir"], ["interest"])
Q("Huddersfield", "im 14 and bored after school, anything for teens in huddersfield", ["young_people"],
  ["youth_club"], ["youth"], age=14, youth=True,
  drop={"k_youth_proud": "LGBTQ+ group; nothing says this teen wants one"})
Q("Huddersfield", "15, gay, want to meet other lgbt young people", ["young_people", "lgbtq"],
  ["lgbtq_group"], ["youth", "lgbtq"], age=15, youth=True)
Q("Huddersfield", "is there an LGBT social for adults in Huddersfield? not a club night, I'm 52",
  ["lgbtq"], ["lgbtq_group"], ["lgbtq"], age=52)
Q("Huddersfield", "I look after my mum who has dementia and I'd like to meet other carers",
  ["carers", "health_condition"], ["carers_group", "dementia"], ["carers"])
Q("Dewsbury", "lost my husband in the summer and im really struggling. is there a group?",
  ["bereaved"], ["bereavement"], ["wellbeing"],
  drop={"k_death_cafe": "a conversation cafe, says itself it is not grief support"})
Q("Huddersfield", "heard about death cafes, is there one round here?", [], ["bereavement"],
  ["interest", "alarming_name"],
  drop={"k_bereave_dews": "a bereavement support group, not what was asked"})
Q("Heckmondwike", "gentle exercise for my dad, he's 82 and uses a walking stick",
  ["sport_fitness", "older_people", "disability"], ["exercise_gentle"], ["older", "access"])
Q("Huddersfield", "I'm 15 and want to get into running", ["sport_fitness", "young_people"],
  ["running"], ["youth", "age_trap"], age=15, youth=True)
Q("Huddersfield", "want to get fitter, something active near huddersfield? I'm 40", ["sport_fitness"],
  ["running", "walking"], ["interest"], age=40)
Q("Batley", "my nan needs help using her new ipad", ["digital_skills", "older_people"], ["digital"],
  ["practical", "older"])
Q("Dewsbury", "I am new in Dewsbury, I want practise my english", ["new_to_area", "books_learning"],
  ["esol"], ["new_to_area"])
Q("Huddersfield", "asylum seeker in huddersfield, need help and somewhere warm",
  ["new_to_area"], ["refugee", "warm_space"], ["new_to_area", "practical"])
Q("Kirkburton", "allotment or gardening group near Kirkburton", ["gardening_nature"], ["gardening"],
  ["interest", "distance"])
Q("Lindley", "community garden near lindley?", ["gardening_nature"], ["gardening"], ["interest", "distance"])
Q("Huddersfield", "I've just retired and want to volunteer somewhere", ["retired"], ["volunteering"],
  ["volunteer"])
Q("Holmfirth", "i live on my own and nobody rings me. could someone call me for a chat now and then",
  ["older_people"], ["befriending"], ["talk"], age=78)
Q("Dewsbury", "baby groups in dewsbury? first time mum", ["parents_families", "women"], ["stay_play"],
  ["parents"])
Q("Cleckheaton", "my son is autistic and loves swimming but hates busy pools",
  ["disability", "sport_fitness", "accessibility", "parents_families"], ["swimming"],
  ["disability", "access"])
Q("Dewsbury", "anything on tonight in dewsbury?", [], [], ["time"], today=True, part="evening")
Q("Batley", "what's on tuesday afternoon round batley", [], [], ["time"], days=["TU"], part="afternoon")
Q("Marsden", "saturday morning, anything outdoors near marsden", ["walking_outdoors"],
  ["walking", "gardening", "running"], ["time", "interest"], days=["SA"], part="morning")
Q("Batley", "hiya wat is there 4 over 60s in batley x", ["older_people"], ["older_people"],
  ["older", "messy"],
  drop={"k_befriend": "a phone befriending service, not something to go to",
        "k_transport": "transport, not an activity",
        "k_memory_mirfield": "for people living with dementia"})
Q("Huddersfield", "cant afford the bus 2 get to my hospital appts", ["transport", "free_cost"],
  ["transport"], ["practical", "messy"])
Q("Huddersfield", "ballroom dancing lessons in Huddersfield", ["sport_fitness", "music"], ["dance"],
  ["interest"])
Q("Mirfield", "is there a womens rugby team in mirfield", ["sport_fitness", "women"], ["rugby"],
  ["interest"])
Q("Holmfirth", "I'm 16, are there walking groups round Holmfirth I could join?", ["walking_outdoors"],
  ["walking"], ["interest", "age_trap"], age=16)
Q("Mirfield", "bloke in my 50s, lost my job, feeling a bit low. want something to do with my hands",
  ["men", "arts_crafts"], ["mens_shed", "woodwork"], ["wellbeing"], age=55)
Q("Savile Town", "women only coffee morning? i speak urdu", ["women", "social_cafe", "non_english"],
  ["women_group"], ["audience"])
Q("Huddersfield", "chess club huddersfield", ["games_quizzes"], ["chess"], ["interest", "closed_trap"])
Q("Heckmondwike", "I love crosswords and puzzles, anything like that near me?", ["games_quizzes"],
  ["puzzles"], ["interest", "alarming_name"])
Q("Slaithwaite", "something creative near slaithwaite, painting or crafts, complete beginner", ["arts_crafts"],
  ["painting", "knitting"], ["interest"])
Q("Holmfirth", "book club holmfirth", ["books_learning"], ["book_group"], ["interest"])
Q("Lockwood", "my flat is freezing, anywhere warm to sit during the day?", ["free_cost"], ["warm_space"],
  ["practical", "free"])
Q("Birstall", "somewhere sociable for my mum near Birstall, she's 80 and on her own a lot", ["older_people"],
  ["lunch_club", "older_people"], ["older"],
  drop={"k_befriend": "phone calls, not somewhere to go", "k_transport": "transport, not somewhere to go",
        "k_memory_mirfield": "for people living with dementia"})
Q("Mirfield", "memory cafe or a dementia group near mirfield", ["health_condition"], ["dementia"],
  ["carers"])
Q("Huddersfield", "I'm 70 and really lonely. someone to talk to or somewhere to go?", ["older_people"],
  ["befriending", "lunch_club", "warm_space"], ["talk", "older"], age=70)
Q("Batley", "stitch and chat batley", ["arts_crafts", "social_cafe"], ["knitting"],
  ["interest", "duplicates", "stale_trap"])
Q("Denby Dale", "walking for health group in denby dale?", ["walking_outdoors"], ["walking"],
  ["interest", "stale_trap", "distance"], drop={"k_walk_ale": "a pub ramble, not a health walk"})
Q("Huddersfield", "my daughter is 12 and wants to learn the ukulele", ["music", "young_people", "parents_families"],
  ["music_learn"], ["parents"])

# ------------------------------------------------------------------ Harrogate
Q("Harrogate", "walking group in Harrogate", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  drop={"h_bereave_ripon": "for bereaved people"})
Q("Ripon", "walks near Ripon for a retired couple", ["walking_outdoors", "retired"], ["walking"],
  ["interest", "distance"], drop={"h_bereave_ripon": "for bereaved people"})
Q("Harrogate", "foodbank harrogate", [], ["foodbank"], ["practical", "eligibility_trap"],
  drop={"h_food_ripon": "for Ripon residents only"})
Q("Ripon", "need food, got nothing in till friday", [], ["foodbank"], ["practical"])
Q("Knaresborough", "debt advice knaresborough", [], ["debt"], ["practical"])
Q("Pateley Bridge", "since my wife died I don't see anyone. I'm 74", ["bereaved", "older_people", "men"],
  ["bereavement", "lunch_club", "befriending"], ["wellbeing", "older", "rural"], age=74,
  drop={"h_gravetalk": "a conversation cafe about death, not bereavement support"})
Q("Harrogate", "13 y/o, want a youth club in harrogate", ["young_people"], ["youth_club"],
  ["youth", "distance"], age=13, youth=True,
  drop={"h_spectrum": "LGBTQ+ group; nothing says this teen wants one"})
Q("Ripon", "17 and looking for something to do in ripon", ["young_people"], ["youth_club"],
  ["youth", "age_trap"], age=17, youth=True,
  drop={"h_spectrum": "LGBTQ+ group; nothing says this teen wants one"})
Q("Harrogate", "im 16 and trans, is there a group", ["young_people", "lgbtq"], ["lgbtq_group"],
  ["youth", "lgbtq"], age=16, youth=True)
Q("Harrogate", "gay and new to Harrogate, want to meet people", ["lgbtq", "new_to_area"], ["lgbtq_group"],
  ["lgbtq", "new_to_area"], drop={"h_spectrum": "youth group (13-19); sender is an adult new to town"})
Q("Harrogate", "I'm a carer for my husband and need a break and a chat", ["carers"], ["carers_group"],
  ["carers"])
Q("Knaresborough", "Mum has just been diagnosed with Alzheimer's, somewhere we can go together?",
  ["health_condition", "carers"], ["dementia"], ["carers"])
Q("Pannal", "tai chi or something gentle to keep me moving, I'm 75", ["sport_fitness", "older_people"],
  ["exercise_gentle", "walking"], ["interest", "older"], age=75,
  drop={"h_walk_knares": "4-6 miles with mud and steps, not gentle"})
Q("Killinghall", "pub quiz near killinghall", ["games_quizzes"], ["quiz"], ["interest"])
Q("Harrogate", "me and my mates are 15, any quiz nights?", ["games_quizzes", "young_people"], ["quiz"],
  ["youth", "age_trap"], age=15, youth=True)
Q("Harrogate", "choir near harrogate", ["music"], ["choir"], ["interest", "stale_trap"])
Q("Knaresborough", "watercolour painting knaresborough", ["arts_crafts"], ["painting"], ["interest"])
Q("Starbeck", "volunteer gardening starbeck", ["gardening_nature"], ["gardening"], ["volunteer"])
Q("Harrogate", "help with my smartphone please", ["digital_skills"], ["digital"], ["practical"])
Q("Pateley Bridge", "I can't drive any more and there's only one bus, how do I get to the shops",
  ["transport"], ["transport"], ["practical", "rural"],
  drop={"h_lunch_pateley": "a lunch club, not a way to the shops"})
Q("Harrogate", "want to volunteer, I've got a motorbike and time on my hands", [], ["volunteering"],
  ["volunteer", "alarming_name"], drop={"h_garden_starbeck": "gardening; the motorbike points to Blood Bikes or the volunteer centre"})
Q("Ripon", "I'd like to help out in my community", [], ["volunteering"], ["volunteer"])
Q("Harrogate", "somewhere relaxed to talk about death - I'm planning my own funeral", [], ["bereavement"],
  ["interest", "alarming_name"], drop={"h_bereave_ripon": "for bereaved people"})
Q("Knaresborough", "somewhere warm to go in the day, knaresborough", ["free_cost", "social_cafe"],
  ["warm_space"], ["practical"])
Q("Harrogate", "anything on a Monday morning in Harrogate?", [], [], ["time"], days=["MO"], part="morning",
  drop={"h_carers": "for carers", "h_shed_boro": "a men's shed; sender not said to be a man"})
Q("Harrogate", "what's on a thursday evening in harrogate? I'm 40", [], [], ["time"], age=40,
  days=["TH"], part="evening", drop={"h_pride_social": "LGBTQ+ social; sender not said to be"})
Q("Starbeck", "lunch club for over 60s in starbeck", ["older_people", "food_cooking"], ["lunch_club"],
  ["older", "closed_trap"])
Q("Masham", "walking group masham", ["walking_outdoors"], ["walking"], ["interest", "rural"],
  drop={"h_bereave_ripon": "for bereaved people"})

# ------------------------------------------------------------------ Hackney
Q("Dalston", "food bank near dalston", [], ["foodbank"], ["practical", "closed_trap"])
Q("Hackney", "cant afford food till payday. kids hungry", ["free_cost", "parents_families"], ["foodbank"],
  ["practical", "messy"])
Q("Homerton", "got an eviction notice today, need advice", [], ["housing", "debt"], ["practical"])
Q("Dalston", "Borç konusunda yardım lazım, Türkçe konuşan var mı?", ["non_english"], ["debt"],
  ["practical", "non_english"])
Q("Stoke Newington", "I want to improve my English", ["books_learning"], ["esol"], ["new_to_area"])
Q("Hackney Central", "just arrived from Sudan, I need help, I speak Arabic", ["new_to_area", "non_english"],
  ["refugee", "esol"], ["new_to_area"])
Q("Dalston", "queer craft or art group in dalston?", ["lgbtq", "arts_crafts"], ["lgbtq_group"],
  ["lgbtq"], drop={"x_rainbow_youth": "youth group", "x_silver_rainbows": "not crafts; over 50s"})
Q("Hackney", "15 and bi, any lgbt youth groups in hackney", ["lgbtq", "young_people"], ["lgbtq_group"],
  ["youth", "lgbtq"], age=15, youth=True)
Q("Stoke Newington", "I'm 68 and gay, looking for some company", ["lgbtq", "older_people"],
  ["lgbtq_group"], ["lgbtq", "older"], age=68)
Q("Hackney", "lesbian, 40, want to meet other queer women", ["lgbtq", "women"], ["lgbtq_group"],
  ["lgbtq", "age_trap"], age=40)
Q("Hackney Wick", "I'm 13 and I want to do boxing", ["sport_fitness", "young_people"], ["boxing"],
  ["youth", "age_trap", "alarming_name"], age=13, youth=True)
Q("Hackney Wick", "16, want to do boxing", ["sport_fitness", "young_people"], ["boxing"],
  ["youth", "alarming_name"], age=16, youth=True)
Q("Hackney Wick", "anything for teenagers round here? im 12", ["young_people"], ["youth_club"],
  ["youth", "stale_trap"], age=12, youth=True)
Q("Stoke Newington", "gardening volunteering in stoke newington", ["gardening_nature"], ["gardening"],
  ["volunteer"])
Q("Hackney", "walking group or something outdoors in hackney", ["walking_outdoors"], ["walking", "gardening"],
  ["interest", "distance"])
Q("London Fields", "want to learn to ride a bike, I'm a woman in my 30s", ["sport_fitness", "women"],
  ["cycling"], ["interest"], age=34)
Q("London Fields", "learn to cycle as an adult, I'm a man", ["sport_fitness", "men"], ["cycling"],
  ["interest"], drop={"x_cycle_women": "women and non-binary people only"})
Q("N16", "chess club n16", ["games_quizzes"], ["chess"], ["interest"])
Q("Clapton", "choir in clapton, can't pay much", ["music", "free_cost"], ["choir"],
  ["interest", "free", "stale_trap", "duplicates"])
Q("Homerton", "help with my universal credit online account", ["digital_skills"], ["digital", "benefits"],
  ["practical"])
Q("Hackney", "I care for my disabled daughter and want to meet other carers", ["carers", "disability"],
  ["carers_group"], ["carers"])
Q("Hackney", "my brother died last month and I can't stop crying. anyone to talk to?", ["bereaved"],
  ["bereavement"], ["wellbeing", "talk"])
Q("London Fields", "single dad with a 4yo, anything for us at weekends", ["parents_families", "men"],
  ["dads", "stay_play", "gardening"], ["parents", "time"], days=["SA", "SU"],
  drop={"x_garden_clissold": "adult volunteering, not for a 4-year-old"})
Q("Homerton", "toddler groups homerton", ["parents_families"], ["stay_play"], ["parents"],
  drop={"x_dads": "for dads and male carers; sender not said to be one"})
Q("Stamford Hill", "somewhere for my dad to meet people, he's 75", ["older_people"],
  ["lunch_club", "older_people", "warm_space"], ["older"],
  drop={"x_silver_rainbows": "LGBTQ+ group; not said", "x_befriend": "a home visitor, not somewhere to go"})
Q("Clapton", "I'm 55, any lunch clubs in Clapton?", ["food_cooking"], ["lunch_club"],
  ["older", "age_trap"], age=55)
Q("Hackney Wick", "art sessions for adults with learning disabilities", ["arts_crafts", "disability"],
  ["painting", "crafts"], ["disability"], drop={"x_crafternoon": "LGBTQ+ group"})
Q("Hackney", "blokes football for mental health", ["men", "sport_fitness"], ["football"],
  ["wellbeing"])
Q("Hackney", "too nervous to go to a group on my own, can someone come with me the first time",
  ["accompany"], ["befriending"], ["talk", "accompany"])
Q("Dalston", "cheap cooking classes", ["food_cooking", "free_cost"], ["cooking"],
  ["interest", "free", "alarming_name"])
Q("Stamford Hill", "somewhere warm with free tea", ["free_cost", "social_cafe"], ["warm_space"],
  ["practical", "free"])
Q("De Beauvoir", "yoga i can do sitting down, bad knees", ["sport_fitness", "disability"],
  ["exercise_gentle"], ["access"])
Q("Hackney", "I'd like to volunteer helping with food", ["food_cooking"], ["volunteering"],
  ["volunteer"], drop={"x_garden_clissold": "gardening, not food", "x_orchard": "orchard, not food"})
Q("Clapton", "anything on a tuesday evening in clapton?", [], [], ["time", "stale_trap"],
  days=["TU"], part="evening", drop={"x_youth_wick": "youth club; sender not said to be young"})
Q("Hackney", "saturday morning, anything on?", [], [], ["time"], days=["SA"], part="morning",
  drop={"x_cycle_women": "women only; sender unknown", "x_dads": "dads only; sender unknown"})
Q("Hoxton", "hoxton food hub opening times?", [], ["foodbank"], ["practical", "closed_trap"])

Q("Hackney", "I'm 25 and new to hackney, want to meet people and I like being outdoors",
  ["new_to_area", "walking_outdoors"], ["walking", "gardening"], ["new_to_area", "interest"], age=25,)
Q("Hackney", "free things for older people in hackney?", ["older_people", "free_cost"], ["older_people"],
  ["older", "free"], free=True,
  drop={"x_silver_rainbows": "LGBTQ+ group; not said", "x_befriend": "a befriending service, not a thing to do"})

# ------------------------------------------------------------------ Penwith (Cornwall)
Q("Penzance", "walking group penzance", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  )
Q("St Just", "coast path walks from st just", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  )
Q("Hayle", "walking group near hayle, I'm 70", ["walking_outdoors", "older_people"], ["walking"],
  ["interest", "older", "distance"], age=70)
Q("Penzance", "is there a food bank in penzance", [], ["foodbank"], ["practical"])
Q("Hayle", "struggling with bills and debt", [], ["debt", "bills"], ["practical"])
Q("Newlyn", "sea swimming group newlyn", ["sport_fitness"], ["swimming"], ["interest"])
Q("Mousehole", "I'm 15 and want to try gig rowing", ["sport_fitness", "young_people"], ["rowing"],
  ["youth"], age=15, youth=True)
Q("Penzance", "youth club penzance im 13", ["young_people"], ["youth_club"], ["youth"], age=13, youth=True)
Q("St Ives", "17, anything for young people in st ives?", ["young_people"], ["youth_club", "rowing"],
  ["youth", "age_trap"], age=17, youth=True)
Q("Penzance", "love sea shanties, I'm 17", ["music"], ["singing"], ["interest", "age_trap"], age=17)
Q("Penzance", "sea shanty singing penzance", ["music"], ["singing"], ["interest"])
Q("Newlyn", "something arty or crafty near newlyn", ["arts_crafts"], ["painting", "crafts"], ["interest"])
Q("St Just", "knitting group st just", ["arts_crafts"], ["knitting"], ["interest", "stale_trap"])
Q("Marazion", "lunch club for older people in marazion", ["older_people", "food_cooking"], ["lunch_club"],
  ["older"])
Q("Penzance", "I'm a carer for my wife, is there any support?", ["carers"], ["carers_group"], ["carers"])
Q("Penzance", "16 and gay, anything lgbt near penzance", ["lgbtq", "young_people"], ["lgbtq_group"],
  ["youth", "lgbtq"], age=16, youth=True, add=["p_lgbt"])
Q("Penzance", "14 and questioning, is there an lgbt group", ["lgbtq", "young_people"], ["lgbtq_group"],
  ["youth", "lgbtq", "age_trap"], age=14, youth=True)
Q("Heamoor", "gardening or nature volunteering near heamoor", ["gardening_nature"], ["gardening", "volunteering"],
  ["interest", "volunteer"])
Q("Penzance", "help with my laptop and emails", ["digital_skills"], ["digital"], ["practical"])
Q("Penzance", "no car, how do I get to a lunch club", ["transport"], ["transport"], ["practical"])
Q("Marazion", "beach clean volunteers marazion", ["walking_outdoors"], ["volunteering"], ["volunteer"])
Q("Penzance", "anything on wednesday evening in penzance", [], [], ["time"], days=["WE"],
  part="evening", drop={"p_youth_pz": "youth club; sender not said to be young"})
Q("Hayle", "hayle tea dance", ["music", "older_people"], ["dance"], ["interest", "closed_trap"])
Q("Truro", "walking group truro", ["walking_outdoors"], ["walking"], ["interest", "distance"])

Q("Penzance", "lonely since we moved to penzance, I'm 68", ["new_to_area", "older_people"],
  ["lunch_club", "walking", "crafts", "choir", "singing"], ["new_to_area", "older"], age=68,)
Q("Penzance", "caring for mum who has dementia, penzance", ["carers", "health_condition"],
  ["carers_group", "dementia"], ["carers"])

# ------------------------------------------------------------------ Conwy
Q("Llandudno", "walking group llandudno", ["walking_outdoors"], ["walking"], ["interest", "distance"])
Q("Colwyn Bay", "gentle walks colwyn bay", ["walking_outdoors"], ["walking"], ["interest", "distance"])
Q("Llandudno", "foodbank llandudno", [], ["foodbank"], ["practical"])
Q("Colwyn Bay", "money worries, behind on council tax", [], ["debt"], ["practical"])
Q("Llandudno", "I'm learning Welsh, any conversation groups?", ["books_learning"], ["language"],
  ["interest"])
Q("Llandudno", "Dw i eisiau ymuno â chôr yn Llandudno", ["music", "non_english"], ["choir"],
  ["interest", "non_english"], drop={"c_malevoice": "male voice choir; sender not said to be a man"})
Q("Conwy", "male voice choir near conwy", ["music", "men"], ["choir"], ["interest"],
  drop={"c_choir": "asked for a male voice choir"})
Q("Llandudno", "14 and want a youth club in llandudno", ["young_people"], ["youth_club"],
  ["youth", "distance"], age=14, youth=True)
Q("Abergele", "I'm 19, anything for young adults in Abergele", ["young_people"], ["youth_club"],
  ["youth", "age_trap"], age=19)
Q("Rhos-on-Sea", "lunch club or something for older people in rhos on sea", ["older_people", "food_cooking"],
  ["lunch_club", "older_people"], ["older", "closed_trap"])
Q("Llandudno", "I care for my son, any carers groups?", ["carers"], ["carers_group"], ["carers"])
Q("Colwyn Bay", "help using my tablet colwyn bay", ["digital_skills"], ["digital"], ["practical"])
Q("Deganwy", "watercolour group deganwy", ["arts_crafts"], ["painting"], ["interest"])
Q("Llandudno", "lgbt social llandudno", ["lgbtq"], ["lgbtq_group"], ["lgbtq"])
Q("Llandudno", "scrabble club llandudno", ["games_quizzes"], ["board_games"], ["interest", "stale_trap"])
Q("Conwy", "community gardening conwy", ["gardening_nature"], ["gardening"], ["interest"])
Q("Llandudno", "my partner died in march, is there a group", ["bereaved"], ["bereavement"],
  ["wellbeing"])
Q("Colwyn Bay", "Ми з України, щойно переїхали до Колвін-Бей. Де можна знайти допомогу?",
  ["new_to_area", "non_english"], ["refugee"], ["new_to_area", "non_english"])
Q("Deganwy", "anything on monday afternoon?", [], [], ["time"], days=["MO"], part="afternoon")
Q("Betws-y-Coed", "walking group betws y coed", ["walking_outdoors"], ["walking"], ["interest", "rural"])
Q("Llandudno", "choir tonight?", ["music"], ["choir"], ["time", "interest"], today=True,
  drop={"c_malevoice": "male voice choir; sender not said to be a man"})

Q("Llandudno", "art group llandudno", ["arts_crafts"], ["painting"], ["interest"])
Q("Llandudno", "need help with my phone and online forms", ["digital_skills"], ["digital"], ["practical"])

# ------------------------------------------------------------------ Stirling
Q("Stirling", "walking group stirling", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  drop={"s_bereave": "for bereaved people"})
Q("Dunblane", "walks round dunblane", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  drop={"s_bereave": "for bereaved people"})
Q("Stirling", "free food stirling", ["free_cost"], ["foodbank"], ["practical", "free"])
Q("Stirling", "debt advice", [], ["debt"], ["practical"])
Q("Stirling", "15 and bored, youth clubs?", ["young_people"], ["youth_club"], ["youth"], age=15, youth=True,
  drop={"s_lgbt_youth": "LGBT+ group; nothing says this teen wants one"})
Q("Dunblane", "im 17 anything for teenagers in dunblane", ["young_people"], ["youth_club"], ["youth"],
  age=17, youth=True, drop={"s_lgbt_youth": "LGBT+ group; nothing says this teen wants one"})
Q("Dunblane", "I'm 18, is there a youth club near Dunblane I can still go to?", ["young_people"],
  ["youth_club"], ["age_trap"], age=18, drop={"s_lgbt_youth": "LGBT+ group; nothing says they want one"})
Q("Stirling", "20, bi, want to meet other lgbt people my age", ["lgbtq", "young_people"], ["lgbtq_group"],
  ["lgbtq"], age=20)
Q("Stirling", "14 and gay, is there a group for me", ["lgbtq", "young_people"], ["lgbtq_group"],
  ["youth", "lgbtq"], age=14, youth=True)
Q("Stirling", "dancing or singing, something musical in stirling", ["music"], ["dance", "choir"], ["interest"])
Q("Stirling", "I'm 11 and want to learn ceilidh dancing", ["music", "young_people"], ["dance"],
  ["youth", "age_trap"], age=11, youth=True)
Q("Dunblane", "community choir dunblane", ["music"], ["choir"], ["interest"])
Q("Stirling", "support for carers stirling", ["carers"], ["carers_group"], ["carers"])
Q("St Ninians", "lunch club for my gran in st ninians", ["older_people", "food_cooking"], ["lunch_club"],
  ["older"])
Q("Stirling", "help getting online", ["digital_skills"], ["digital"], ["practical"])
Q("Cambusbarron", "something outdoors we can do as a family near cambusbarron", ["walking_outdoors", "parents_families"],
  ["gardening", "walking"], ["parents"],
  drop={"s_bereave": "for bereaved people", "s_walk_boa": "3-5 mile adult walking group"})
Q("Stirling", "book group near causewayhead", ["books_learning"], ["book_group"],
  ["interest", "stale_trap"])
Q("Fallin", "tea dance fallin", ["music", "older_people"], ["dance"], ["interest", "closed_trap"],
  drop={"s_ceilidh": "ceilidh club, not a tea dance"})
Q("Stirling", "I'm a refugee from Syria, where can I meet people", ["new_to_area"], ["refugee"],
  ["new_to_area"])
Q("Bridge of Allan", "lost my mum, something gentle outdoors with others who understand",
  ["bereaved", "walking_outdoors"], ["bereavement"], ["wellbeing"])
Q("Stirling", "want to volunteer", [], ["volunteering"], ["volunteer"])
Q("Stirling", "anything on a tuesday evening round stirling?", [], [], ["time"], days=["TU"],
  part="evening", drop={"s_youth_raploch": "youth club; sender not said to be young"})

Q("Bridge of Allan", "something for over 60s in bridge of allan", ["older_people"], ["lunch_club", "older_people"],
  ["older"], drop={"s_dementia": "for people living with dementia"})
Q("Bridge of Allan", "help with my tablet", ["digital_skills"], ["digital"], ["practical"])
Q("Stirling", "dementia support for my dad and me", ["health_condition", "carers"], ["dementia", "carers_group"],
  ["carers"])

# ------------------------------------------------------------------ Manchester
Q("Levenshulme", "walking group levenshulme", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  drop={"m_women": "women only; sender unknown"})
Q("Chorlton", "walking group chorlton", ["walking_outdoors"], ["walking"], ["interest", "distance"],
  drop={"m_women": "women only; sender unknown"})
Q("Levenshulme", "food bank levenshulme", [], ["foodbank"], ["practical", "eligibility_trap"],
  drop={"m_pantry_gorton": "M12 and M18 only; Levenshulme is M19"})
Q("Gorton", "food pantry gorton", [], ["foodbank"], ["practical"])
Q("Longsight", "mujhe qarz ke bare mein madad chahiye, urdu mein", ["non_english"], ["debt"],
  ["practical", "non_english"])
Q("Rusholme", "english conversation class rusholme", ["books_learning", "new_to_area"], ["esol"],
  ["new_to_area"])
Q("Longsight", "refugee drop in longsight", ["new_to_area"], ["refugee"], ["new_to_area"])
Q("Levenshulme", "13, anything for young people near me", ["young_people"], ["youth_club", "boxing"],
  ["youth"], age=13, youth=True, drop={"m_lgbt_youth": "LGBTQ+ group; nothing says this teen wants one"})
Q("Levenshulme", "I'm 11, want to play football or do boxing", ["sport_fitness", "young_people"],
  ["youth_club", "boxing"], ["youth", "age_trap"], age=11, youth=True)
Q("Manchester", "17, non-binary, looking for an lgbtq youth group", ["lgbtq", "young_people"],
  ["lgbtq_group"], ["youth", "lgbtq"], age=17, youth=True)
Q("Manchester", "45 and gay, I don't like bars, where can I meet people", ["lgbtq"], ["lgbtq_group"],
  ["lgbtq", "age_trap"], age=45)
Q("Manchester", "20 year old lesbian, want to make lgbt friends", ["lgbtq", "women"], ["lgbtq_group"],
  ["lgbtq"], age=20)
Q("Didsbury", "chess club didsbury", ["games_quizzes"], ["chess"], ["interest"])
Q("Levenshulme", "community choir levenshulme", ["music"], ["choir"], ["interest"])
Q("Withington", "anything for over 60s in withington? I'm 70", ["older_people"], ["older_people"],
  ["older"], age=70)
Q("Withington", "I'm 58, any social groups near withington", ["social_cafe"], ["older_social"],
  ["age_trap"], age=58)
Q("Longsight", "carers group longsight", ["carers"], ["carers_group"], ["carers"])
Q("Longsight", "help with computers longsight library", ["digital_skills"], ["digital"], ["practical"])
Q("Fallowfield", "film club fallowfield", ["arts_crafts"], ["film"], ["interest", "stale_trap"])
Q("Longsight", "walking group for women, I'm Somali and new here", ["women", "walking_outdoors", "new_to_area"],
  ["women_group"], ["interest", "new_to_area"])
Q("Didsbury", "anything on monday night in didsbury", [], [], ["time"], days=["MO"], part="evening",
  drop={"m_youth_lev": "youth club; sender not said to be young"})
Q("Chorlton", "saturday morning chorlton, anything on", [], [], ["time"], days=["SA"], part="morning",
  drop={"m_men": "men only; sender unknown", "m_lgbt": "LGBTQ+ group; sender not said to be",
        "m_food_lev": "a food hub; not an activity and not asked for"})
Q("Gorton", "gorton tea dance", ["music", "older_people"], ["dance"], ["interest", "closed_trap"])
Q("Levenshulme", "bored retired bloke in levenshulme, what's on", ["retired", "men"],
  ["mens_group", "walking", "chess", "board_games", "choir", "gardening", "older_social"], ["older", "interest"],
  drop={"m_women": "women only"})
Q("Levenshulme", "help with my phone levenshulme", ["digital_skills"], ["digital"], ["practical"])
Q("Gorton", "carers support near gorton", ["carers"], ["carers_group"], ["carers"])
