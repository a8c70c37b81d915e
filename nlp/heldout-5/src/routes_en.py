# Hand-written ordinary messages, one list per non-crisis route, including boundary cases.
# Tuple: (text, tags as space-separated string, place or None). The route is the list's route.

route_find_activity = [
    ("Any tea dances for over 70s round Heckmondwike? Me and my sister love a foxtrot", "older_people music", "Heckmondwike"),
    ("hiya im 16 and want something to do after school thats not sport, maybe art or music? in Huddersfield", "young_people arts_crafts music", "Huddersfield"),
    ("Is there a group for LGBT people over 50? I came out late and don't know anyone like me", "lgbtq older_people", None),
    ("I am new in Wakefield from Syria. I want to meet people and practise my English", "new_to_area books_learning", "Wakefield"),
    ("Any free stuff for kids in the summer holidays? I've got 3 under 10 and we're skint", "parents_families young_people free_cost", None),
    ("Looking for a wheelchair accessible walking group, flat paths, near Pontefract", "walking_outdoors disability accessibility", "Pontefract"),
    ("Is there a coffee morning with a hearing loop? I struggle in noisy caf\u00e9s even with my aids", "social_cafe accessibility", None),
    ("wot gardening groups r there in Mirfield, retired last month n driving the wife mad", "gardening_nature retired", "Mirfield"),
    ("Do you know of any Bible study groups that meet in the daytime?", "faith", None),
    ("Is there a men's shed in the Spen Valley? I was a joiner for 40 years", "men", "Spen Valley"),
    ("I'd love to learn to use my iPad properly. Is there a class for beginners? I'm 81", "digital_skills older_people", None),
    ("Any groups for autistic adults? I like trains and board games but busy places are hard for me", "games_quizzes disability accessibility", None),
    ("I'd like to meet people but I'm shy. Is there a group where you don't have to talk much, like a craft group?", "arts_crafts", None),
    ("Is there a lunch club in Dewsbury Moor that does halal food?", "social_cafe", "Dewsbury Moor"),
]

route_someone_to_talk_to = [
    ("could someone ring me now and then, I don't see anyone from one week to the next", "", None),
    ("I'd like a befriender please. I'm 88 and I've been housebound since my hip operation", "older_people", None),
    ("I really want to go to the parent and toddler group but I'm too anxious to walk in on my own. Could someone come with me the first time?", "accompany parents_families", None),
    ("Is there anyone I could chat to on the phone in Punjabi? My English isn't very good", "non_english", None),
    ("just want someone to talk to tbh. not a counsellor. just a normal chat", "", None),
    ("My mum has dementia and I'm her carer. I'd love to talk to someone who's been through it", "carers", None),
    ("do u have like a buddy thing? for going to the gym with someone", "accompany sport_fitness", None),
    ("im a young carer for my brother and i dont have anyone to talk to about it. im 15", "young_people carers", None),
    ("Lonely since moving here from Kenya. It would be nice to have a friend to go for walks with", "new_to_area walking_outdoors", None),
    ("Could someone visit my dad once a week? He lives on his own in Thornhill and hardly talks to anyone", "", "Thornhill"),
    ("Is there a telephone friendship thing, like a few of us on a call once a week?", "", None),
    ("Been a bit down since my wife died. Not after a group, just someone to have a cuppa with now and then", "bereaved", None),
    ("Could a volunteer come with me to the over 50s swim on Monday? I haven't been in a pool for 20 years and I'm nervous", "accompany sport_fitness older_people", None),
]

route_practical_help = [
    ("can't afford the bus into Leeds for the job centre, is there any help", "transport free_cost", "Leeds"),
    ("I've no food in till Friday and 2 kids. Where's the nearest food bank to Ravensthorpe?", "parents_families", "Ravensthorpe"),
    ("Landlord's given me a section 21, where do I get advice?", "", None),
    ("Need help filling in the attendance allowance form for my mum", "", None),
    ("How do I get a blue badge? I've got COPD and can't walk far", "transport health_condition", None),
    ("my universal credit got stopped and i dont know why, can u help", "", None),
    ("Is there anywhere that gives away laptops? My son needs one for college", "digital_skills free_cost parents_families", None),
    ("i want to join the choir but I cant get there, I don't drive and there's no bus on a Sunday. Any lifts?", "transport music", None),
    ("Damp and mould all over my council flat and the baby's coughing, who do I complain to", "parents_families", None),
    ("Can someone help me set up email on my phone so I get my GP letters", "digital_skills", None),
    ("pension credit - am I entitled? I'm 74 and on my own now", "older_people", None),
    ("Our boiler's broken and we've no heating, I can't afford the repair. Are there any grants?", "", None),
    ("Does the community transport go from Birkenshaw to the Wednesday lunch club? I'm in a wheelchair", "transport disability social_cafe", "Birkenshaw"),
]

route_wellbeing_support = [
    ("Ever since I lost my job I've had no confidence. I can't even answer the phone now", "", None),
    ("my anxiety stops me going anywhere new. my heart races and I have to leave", "", None),
    ("Can't sleep, lying awake till 4 every night worrying about money and the kids", "parents_families", None),
    ("Grieving my dad. It's been 6 months and it's not getting any easier", "bereaved", None),
    ("Feel flat all the time since the baby. Not sad exactly, just numb. Is that normal?", "parents_families", None),
    ("exam stress is destroying me, im in year 11 and cant focus on anything", "young_people", None),
    ("I care for my husband and I'm exhausted. I love him but I've lost myself", "carers", None),
    ("My confidence is shot since the stroke. I used to love going out", "health_condition", None),
    ("I get really low every winter. Is there anything that helps?", "", None),
    ("Came out to my parents and it didn't go well. I'm staying at my aunt's and I'm safe but I'm really upset", "lgbtq", None),
    ("Is there any counselling in Urdu for my mum? She's been very down since coming to this country", "non_english new_to_area", None),
    ("I'm 19 and I don't feel like I fit in anywhere. Not in danger, just lost", "young_people", None),
    ("My husband's just been diagnosed with cancer and I can't stop crying. How do I cope with this?", "", None),
]

route_human = [
    ("Can I talk to a real person please", "", None),
    ("please call me", "", None),
    ("is this a bot? i want a human", "", None),
    ("Could a navigator ring me back tomorrow morning? Best before 10", "", None),
    ("I'd rather speak to someone on the phone, I'm no good with texting", "", None),
    ("I want to speak to someone about my options, it's too complicated to explain by text", "", None),
    ("Can someone phone me on this number after 6 please", "", None),
    ("Can I speak to Sarah again, the lady I spoke to last week?", "", None),
    ("Human please. Not a computer", "", None),
    ("Call back please, Urdu speaker if possible", "non_english", None),
    ("I need help with lots of things, can I just talk to somebody?", "", None),
    ("Can you get someone to phone my mum, she doesn't do texts. Her name's Irene", "", None),
    ("AGENT", "", None),
]

route_volunteer = [
    ("Retired teacher here, happy to help with reading groups or homework clubs", "retired books_learning", None),
    ("I'd like to befriend an older person, I'm 24 and work from home", "older_people", None),
    ("Want to start a running group for mums in Batley, how do I go about it?", "sport_fitness parents_families women", "Batley"),
    ("Can I volunteer at the food bank with my teenage son? He needs hours for his DofE", "young_people parents_families", None),
    ("I speak Polish and Russian, could I help translate at groups?", "", None),
    ("I'm a hairdresser and I'd like to do free haircuts at the homeless drop-in", "", None),
    ("could I run a chess club at the library? I've got boards", "games_quizzes", None),
    ("How do I become a volunteer driver? I've got a clean licence and a big car", "transport", None),
    ("Me and my husband would like to help at a lunch club, we both love cooking", "social_cafe food_cooking", None),
    ("I've been through breast cancer and I'd like to support others going through it", "health_condition", None),
    ("Do you need people to help with gardening for older folk who can't manage?", "gardening_nature older_people", None),
    ("im 17 can i volunteer or do i have to be 18", "young_people", None),
    ("I want to get out more and maybe help at the same time. Is there volunteering where I'd meet people?", "", None),
]

route_smalltalk = [
    ("hi", "", None),
    ("Thanks that's great, I'll give it a go", "", None),
    ("who is this?", "", None),
    ("is this free?", "", None),
    ("Good morning! \U0001F31E", "", None),
    ("How did you get my number?", "", None),
    ("Are you a real person or a robot? Just curious", "", None),
    ("ta very much love x", "", None),
    ("Bye for now", "", None),
    ("What does Front Door actually do?", "", None),
    ("Is this run by the council?", "", None),
    ("Do you keep my messages? Who reads them?", "", None),
    ("Merry Christmas to everyone at Front Door \U0001F384", "", None),
]

route_other = [
    ("who won the match last night", "", None),
    ("asdfghjk", "", None),
    ("CONGRATULATIONS! You've won a \u00a3500 Tesco voucher, click here to claim", "", None),
    ("What time does Asda shut on a Sunday?", "", None),
    ("can u recommend a good Chinese takeaway in Ossett", "", "Ossett"),
    ("Wrong number sorry", "", None),
    ("Is it going to rain tomorrow?", "", None),
    ("How many calories in a banana", "", None),
    ("Who's playing at the O2 next month?", "", None),
    ("My bin wasn't emptied this week", "", None),
    ("what's 15% of 240", "", None),
    ("Can you write my essay on Macbeth", "", None),
    (".", "", None),
]
