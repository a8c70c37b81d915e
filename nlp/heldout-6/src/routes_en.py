# Hand-written ordinary English messages, one list per route.
# Entry: (text, route, tags, place)

ROUTE_FIND_ACTIVITY = [
    ("Are there any tea dances for the over 70s round Morecambe?", "find_activity", ["older_people", "music"], "Morecambe"),
    ("hiya im 17 n bored, any youth clubs in Merthyr?", "find_activity", ["young_people"], "Merthyr"),
    ("My wife and I have just moved to Dunfermline and we'd like to join a ceilidh dancing group.", "find_activity", ["new_to_area", "music"], "Dunfermline"),
    ("Looking for an LGBT social group in Lincoln. Not a club night, something more chilled.", "find_activity", ["lgbtq"], "Lincoln"),
    ("Any craft groups in the TQ12 area? I do crochet mostly", "find_activity", ["arts_crafts"], "TQ12"),
    ("Is there a men's shed near Llandrindod Wells?", "find_activity", ["men"], "Llandrindod Wells"),
    ("My son is 12 and autistic and loves Lego. Are there any clubs in Basingstoke that would suit him?", "find_activity", ["young_people", "parents_families", "disability"], "Basingstoke"),
    ("retired engineer, widower, 74. would like to find a chess club in Harrogate", "find_activity", ["retired", "older_people", "bereaved", "games_quizzes"], "Harrogate"),
    ("Do you know of a free walking football session for over 50s near Omagh?", "find_activity", ["sport_fitness", "older_people", "free_cost"], "Omagh"),
    ("Anywhere I can take my baby to meet other mums in Kirkwall?", "find_activity", ["parents_families", "women"], "Kirkwall"),
    ("I use a wheelchair and would love to join a book club, it needs to be step-free. I'm in Colchester.", "find_activity", ["disability", "accessibility", "books_learning"], "Colchester"),
    ("where can i do some gardening with other people on a saturday? near LS9 if poss", "find_activity", ["gardening_nature"], "LS9"),
    ("quiz nights anywhere round Skegness? me and my mate are new here", "find_activity", ["games_quizzes", "new_to_area"], "Skegness"),
    ("Is there a church lunch club in Whitehaven that does a hot dinner?", "find_activity", ["faith", "social_cafe", "food_cooking"], "Whitehaven"),
]

ROUTE_SOMEONE_TO_TALK_TO = [
    ("Could somebody give me a ring once a week? My family are all down south and the days are long.", "someone_to_talk_to", [], None),
    ("I'm 91 and live on my own in Ballymena. I'd like somebody to visit now and again for a chat.", "someone_to_talk_to", ["older_people"], "Ballymena"),
    ("would someone come with me to the coffee morning the first time? i get so nervous walking in on my own", "someone_to_talk_to", ["accompany", "social_cafe"], None),
    ("just want a chat tbh, anyone about?", "someone_to_talk_to", [], None),
    ("Do you have phone befrienders who speak Welsh? I'm happier chatting in Welsh.", "someone_to_talk_to", ["non_english"], None),
    ("I care for my wife and never get to talk to anyone about it. Is there someone I could speak to on the phone in the evenings?", "someone_to_talk_to", ["carers"], None),
    ("Looking for a peer supporter who also has fibromyalgia, someone who gets it", "someone_to_talk_to", ["health_condition"], None),
    ("I'm deaf so phone calls are no good for me, is there a befriender who would text or email instead? I live in Derby", "someone_to_talk_to", ["disability"], "Derby"),
    ("could a volunteer walk with me to the community centre on thursday? not been out on my own since my op", "someone_to_talk_to", ["accompany"], None),
    ("Is there anyone who'd like to write letters? An old fashioned pen pal. I'm 83 and live in Brecon.", "someone_to_talk_to", ["older_people"], "Brecon"),
    ("new to the UK from Hong Kong, living in Sutton. would love someone to meet for a coffee and practise my English with", "someone_to_talk_to", ["new_to_area"], "Sutton"),
    ("My dad keeps saying he's got nobody to talk to since he gave up driving. Could someone phone him for a natter?", "someone_to_talk_to", [], None),
    ("I'm after a buddy to go to the gym with the first few times, I'm too anxious to go alone. I'm in Loughborough", "someone_to_talk_to", ["accompany", "sport_fitness"], "Loughborough"),
]

ROUTE_PRACTICAL_HELP = [
    ("I can't afford the bus into town for the lunch club any more. I'm in Bacup. Is there any help?", "practical_help", ["transport", "free_cost"], "Bacup"),
    ("my gas and electric is on prepay and I've got £3 left on it till Monday", "practical_help", [], None),
    ("Need a food bank in Kirkcaldy, three kids and nothing in till payday", "practical_help", ["parents_families"], "Kirkcaldy"),
    ("How do I apply for a blue badge? I can't walk far since my stroke.", "practical_help", ["health_condition"], None),
    ("landlord's given me a section 21 and I don't know where to turn, I'm in Newport NP20", "practical_help", [], "Newport NP20"),
    ("Can someone help me fill in the PIP form? I've got MS and my hands shake", "practical_help", ["health_condition"], None),
    ("I'm 79 and I'd like to do my shopping online but I don't know where to start", "practical_help", ["older_people", "digital_skills"], None),
    ("I live in Holt and don't drive. Is there community transport to get me to my hospital appointments?", "practical_help", ["transport"], "Holt"),
    ("How do I get a free bus pass now I've turned 66?", "practical_help", ["older_people", "transport", "free_cost"], None),
    ("boiler's broken and it's freezing in here. private rented, landlord not answering his phone", "practical_help", [], None),
    ("We came as refugees last month and need help registering with a GP and getting a school place for my daughter", "practical_help", ["new_to_area", "parents_families"], None),
    ("Struggling with council tax arrears in Mansfield, the letters keep coming", "practical_help", [], "Mansfield"),
    ("Is there help with school uniform costs? Two kids starting high school in Dumfries and money's tight", "practical_help", ["parents_families"], "Dumfries"),
]

ROUTE_WELLBEING_SUPPORT = [
    ("It's a year since I lost my Tom and I still can't face going out much.", "wellbeing_support", ["bereaved"], None),
    ("my anxiety is so bad i cant get on a bus anymore", "wellbeing_support", [], None),
    ("Postnatal and struggling, baby is 3 months. I'm safe, but I cry every day.", "wellbeing_support", ["parents_families", "women"], None),
    ("I retired in June and I've lost all sense of who I am. I just feel flat. Is that normal?", "wellbeing_support", ["retired"], None),
    ("Can't sleep for worrying about money. Is there anything that helps with stress?", "wellbeing_support", [], None),
    ("my confidence is shot after a year off work, want to build it back up slowly", "wellbeing_support", [], None),
    ("I'm 16 and exam stress is making me sick every morning", "wellbeing_support", ["young_people"], None),
    ("I lost my brother to suicide last year. I'm not at risk myself but the grief is heavy. Is there a group for people bereaved by suicide?", "wellbeing_support", ["bereaved"], None),
    ("I've got social anxiety, I want to join things but I freeze up. Any gentle support in Exeter?", "wellbeing_support", [], "Exeter"),
    ("Caring for mum with Parkinson's and I'm burnt out. I need some support for me for once.", "wellbeing_support", ["carers"], None),
    ("feeling really down since moving here from Nigeria, I miss home so much", "wellbeing_support", ["new_to_area"], None),
    ("Diagnosed with long covid and I feel so low about everything I can't do any more", "wellbeing_support", ["health_condition"], None),
    ("As a gay man in my 60s I feel quite isolated and low. Is there anything that could help in Plymouth?", "wellbeing_support", ["lgbtq", "men", "older_people"], "Plymouth"),
]

ROUTE_HUMAN = [
    ("can I speak to an actual person please", "human", [], None),
    ("Please could someone phone me back. Mrs Edwards.", "human", [], None),
    ("I'd rather talk to a human than a robot, thanks", "human", [], None),
    ("call me", "human", [], None),
    ("Is there a navigator I can speak to? It's a bit complicated to explain by text.", "human", [], None),
    ("Can a person ring me after 3? I'm in Hexham", "human", [], "Hexham"),
    ("Put me through to someone real", "human", [], None),
    ("i need to talk to someone at the council not an automated thing", "human", [], None),
    ("Could I have a call back in Polish please? My English is not so good.", "human", ["non_english"], None),
    ("hello? is anyone real there? I'd like to talk to someone", "human", [], None),
    ("Please can a member of staff ring my mum, she prefers the phone. It's about her situation.", "human", [], None),
    ("I'd like a call back please, my number is the one I'm texting from.", "human", [], None),
    ("Real person please. Can you ring me on my landline?", "human", [], None),
]

ROUTE_VOLUNTEER = [
    ("Recently retired teacher, happy to help with reading or homework clubs in Warrington", "volunteer", ["retired", "books_learning"], "Warrington"),
    ("I want to start a walking group for new mums in Yeovil. How do I go about it?", "volunteer", ["walking_outdoors", "parents_families"], "Yeovil"),
    ("Could I be a telephone befriender? I work from home and I'm free at lunchtimes", "volunteer", [], None),
    ("im 17 and need volunteering for my DofE, anything in Rugby?", "volunteer", ["young_people"], "Rugby"),
    ("I've got a car and I'm happy to drive people to appointments if that's needed", "volunteer", ["transport"], None),
    ("I'd love to help out at a lunch club, I'm a decent cook", "volunteer", ["food_cooking", "social_cafe"], None),
    ("Our mosque wants to open a warm space on Fridays in Dewsbury. Can you help us get it started?", "volunteer", ["faith", "social_cafe"], "Dewsbury"),
    ("I'm a retired nurse and would like to volunteer at a dementia cafe in Bridlington", "volunteer", ["retired"], "Bridlington"),
    ("how do I become a befriender for older people? I'm in Stirling", "volunteer", ["older_people"], "Stirling"),
    ("I'd like to run a board games night at our community centre in Portsmouth, PO4. Who do I talk to?", "volunteer", ["games_quizzes"], "Portsmouth"),
    ("Can I give my time doing gardening for people who can't manage theirs? Near Frome", "volunteer", ["gardening_nature"], "Frome"),
    ("I'm good with computers, could I teach older people how to video call their grandkids?", "volunteer", ["digital_skills", "older_people"], None),
    ("starting an LGBTQ+ youth group in Inverurie and looking for some support to get it going", "volunteer", ["lgbtq", "young_people"], "Inverurie"),
]

ROUTE_SMALLTALK = [
    ("hiya 👋", "smalltalk", [], None),
    ("thanks that's lovely, I'll try the Tuesday one", "smalltalk", [], None),
    ("who runs this service?", "smalltalk", [], None),
    ("is this a real person or a bot?", "smalltalk", [], None),
    ("Good morning!", "smalltalk", [], None),
    ("ta very much", "smalltalk", [], None),
    ("how does this work then?", "smalltalk", [], None),
    ("Does it cost anything to message this number?", "smalltalk", [], None),
    ("bye for now x", "smalltalk", [], None),
    ("Do you keep my messages? Who can see them?", "smalltalk", [], None),
    ("cheers pal, sorted", "smalltalk", [], None),
    ("What hours are you open?", "smalltalk", [], None),
    ("Thank you so much, you've been really kind 😊", "smalltalk", [], None),
]

ROUTE_OTHER = [
    ("what time does the Arsenal match kick off", "other", [], None),
    ("asdkjh", "other", [], None),
    ("whats the best way to get red wine out of a cream carpet", "other", [], None),
    ("whats 15% of 340", "other", [], None),
    ("Congratulations! You have won a £500 voucher, click here to claim bit.ly/xq7Yz", "other", [], None),
    ("who won bake off last night", "other", [], None),
    ("is it gonna rain tomorrow", "other", [], None),
    ("Who sang that song in the Christmas advert with the bear?", "other", [], None),
    ("wrong number sorry", "other", [], None),
    ("How many miles is it from Dundee to Aberdeen?", "other", [], None),
    ("Do you sell tickets for the Take That concert?", "other", [], None),
    ("?", "other", [], None),
    ("recipe for yorkshire puddings pls mine always go flat", "other", [], None),
]
