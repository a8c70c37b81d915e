"""Aylesbury (Buckinghamshire): hand-written services for blind-8.

Town: Aylesbury centre (HP20), Elmhurst, Watermead, Quarrendon, Haydon Hill, Fairford
Leys (HP19), Berryfields (HP18), Southcourt, Walton Court, Bedgrove (HP21); villages
Bierton, Stoke Mandeville, Weston Turville, Aston Clinton, Wendover (HP22), Haddenham
(HP17), Waddesdon (HP18), Princes Risborough (HP27); Tring (Dacorum) next door; Milton
Keynes and Oxford far off; the helpline office in High Wycombe.
"""
from common import svc, L

AREA = {"name": "Aylesbury", "councils": ["Buckinghamshire", "Dacorum", "Milton Keynes", "Oxford"],
        "state": "Buckinghamshire", "phone": "01632 960{:03d}", "phone_base": 300}

V = "bucks-community-listings"

SOUTHCOURT = L("Southcourt Avenue Church Hall", "Southcourt Avenue", "Southcourt", "HP21 8JR", 51.8050, -0.8200)
HAVELOCK = L("Havelock Street Centre", "Havelock Street", "Aylesbury", "HP20 2NZ", 51.8135, -0.8050)
WALTON_ST = L("Walton Street Learning Room", "Walton Street", "Aylesbury", "HP20 1UU", 51.8143, -0.8113)
EXCHANGE = L("Exchange Street office", "Exchange Street", "Aylesbury", "HP20 1UR", 51.8150, -0.8085)
KINGSBURY = L("Kingsbury Rooms", "Kingsbury", "Aylesbury", "HP20 2JE", 51.8170, -0.8135)
MEADOWCROFT = L("Meadowcroft Room", "Meadowcroft", "Quarrendon", "HP19 9HH", 51.8300, -0.8340)
INGRAM = L("Ingram Avenue Hall", "Ingram Avenue", "Bedgrove", "HP21 9DJ", 51.8060, -0.7920)

SERVICES = [
    svc("ay_walk_vale", "Vale Park Health Walk",
        "Gentle 45-minute health walk round Vale Park and the canal arm, every Monday at 10. Free. "
        "Meet at the kiosk.",
        kind="walk", org="Aylesbury Walking for Health",
        loc=L("Vale Park kiosk", "Park Street", "Aylesbury", "HP20 1DQ", 51.8185, -0.8155),
        sched=["MO 10:00-11:00"], tags=["walking_outdoors", "free_cost", "older_people"]),

    svc("ay_walk_wendover", "Wendover Woods Easy Walkers",
        "Easy-going walk of 2-3 miles on wide forest tracks, Friday mornings, with a stop for coffee. We "
        "car share up from the clock tower. £1.",
        kind="walk", org="Wendover Easy Walkers",
        loc=L("Clock Tower", "High Street", "Wendover", "HP22 6DU", 51.7620, -0.7420),
        sched=["FR 10:00-11:30"], cost=[(1, "£1")], tags=["walking_outdoors", "older_people"], trap="pair"),

    svc("ay_hike", "Chiltern Ridge Ramblers",
        "Sunday rambles of 8-12 miles along the Chiltern escarpment and Ridgeway - some steep hills. "
        "Adults 18+. Meet at Wendover station.",
        kind="walk", org="Chiltern Ridge Ramblers",
        loc=L("Wendover station car park", "Station Approach", "Wendover", "HP22 6BN", 51.7615, -0.7475),
        sched=["SU 09:30-16:00"], cost=[(2, "£2")], min_age=18, tags=["walking_outdoors", "sport_fitness"]),

    svc("ay_buggy", "Fairford Leys Buggy Walk",
        "Pram and buggy walk for parents and carers with babies and young children - round the lakes on "
        "flat paths, then a cuppa. Thursdays 10am, free.",
        kind="walk/toddler", org="Fairford Leys Families",
        loc=L("Hampden Square", "Hampden Square", "Fairford Leys", "HP19 7HP", 51.8060, -0.8480),
        sched=["TH 10:00-11:00"], tags=["walking_outdoors", "parents_families", "free_cost"]),

    svc("ay_foodbank", "Southcourt Food Bank",
        "Emergency food for people in crisis. Tuesdays and Fridays 10 till 12.30. No referral needed - "
        "we'll have a chat and make sure you leave with food.",
        kind="food", org="Aylesbury Vale Food Network", loc=SOUTHCOURT,
        sched=["TU,FR 10:00-12:30"], tags=["free_cost"]),

    svc("ay_larder", "Quarrendon Community Larder",
        "Pay as you feel larder. Surplus food from local shops - bread, fruit, veg, chilled. Wednesday "
        "afternoons.",
        kind="food", org="Quarrendon Residents", loc=MEADOWCROFT,
        sched=["WE 13:00-15:00"], cost=["payf"], tags=["free_cost", "food_cooking"], emit_tags=False),

    svc("ay_pantry", "Walton Court Pantry",
        "Join our food pantry for £3.50 a week and choose ten items including fresh and frozen. "
        "Saturday mornings. Open to anyone living in Aylesbury.",
        kind="food", org="Walton Court Centre",
        loc=L("Fowler Road Centre", "Fowler Road", "Walton Court", "HP21 9PF", 51.8040, -0.8330),
        sched=["SA 10:00-12:00"], cost=[(3.5, "£3.50 a week")], tags=["free_cost", "food_cooking"]),

    svc("ay_advice_line", "Buckinghamshire Benefits Helpline",
        "Telephone advice on benefits for Buckinghamshire residents - Universal Credit, PIP, pension "
        "credit, council tax support - and on debt. Monday to Friday 9-5.",
        kind="advice", org=("Bucks Advice Network", "Advice charity."),
        loc=L("Helpline office", "Queen Victoria Road", "High Wycombe", "HP11 1BB", 51.6290, -0.7480),
        sched=["MO,TU,WE,TH,FR 09:00-17:00"], areas=["Buckinghamshire"], loctype="postal", tags=["free_cost"]),

    svc("ay_advice_urdu", "Aylesbury Advice in Urdu & Pahari",
        "Benefits, forms aur council ke khat - Urdu aur Pahari mein madad. Help in Urdu and Pahari with "
        "benefits, forms and letters from the council. Thursday mornings, just come in.",
        kind="advice", org="Aylesbury Community Advice", loc=HAVELOCK,
        sched=["TH 10:00-13:00"], langs=["Urdu", "Pahari-Pothwari"], tags=["non_english", "free_cost"]),

    svc("ay_energy", "Bucks Energy Savers Line",
        "Worried about your gas or electricity bill? Free phone advice on energy bills, prepayment meters, "
        "grants and warm-home discounts for Buckinghamshire households.",
        kind="energy", org="Bucks Energy Savers", loc=L("Energy Savers office", "Walton Street", "Aylesbury",
                                                        "HP20 1UA", 51.8140, -0.8110),
        sched=["MO,TU,WE,TH,FR 09:00-17:00"], areas=["Buckinghamshire"], loctype="postal",
        tags=["free_cost"]),

    svc("ay_digital", "Aylesbury Library Digital Buddies",
        "One-to-one help with computers, tablets and smartphones. Wednesday mornings in the learning room. "
        "Free.",
        kind="digital", org="Aylesbury Digital Buddies", loc=WALTON_ST,
        sched=["WE 10:00-12:00"], tags=["digital_skills", "free_cost", "older_people"]),

    svc("ay_digital_bedgrove", "Bedgrove Smartphone Club",
        "Smartphone club for beginners - Monday afternoons, £1 with tea.",
        kind="digital", org="Bedgrove Residents", loc=INGRAM,
        sched=["MO 14:00-15:30"], cost=[(1, "£1")], tags=["digital_skills"], emit_tags=False,
        other=[(V, "DIG", "Digital inclusion")]),

    svc("ay_befriend", "Bucks Friendly Calls",
        "Free weekly friendly phone call for adults across Buckinghamshire who feel lonely. Volunteers "
        "are matched to you by interests.",
        kind="befriend", org=("Bucks Befriending", "Befriending charity."), loc=EXCHANGE,
        min_age=18, areas=["Buckinghamshire"], loctype="postal", tags=["free_cost", "older_people"]),

    svc("ay_befriend_dacorum", "Dacorum Phone Friends",
        "Weekly telephone befriending for adults living in Dacorum - Tring, Berkhamsted, Hemel Hempstead "
        "and villages.",
        kind="befriend", org="Dacorum Befriending",
        loc=L("Phone Friends office", "Akeman Street", "Tring", "HP23 6AA", 51.7950, -0.6600, "Hertfordshire"),
        min_age=18, areas=["Dacorum"], loctype="postal", tags=["free_cost"], trap="area"),

    svc("ay_shed", "Bierton Men's Shed",
        "Men's Shed: a workshop where men 18+ make, mend and chat. Tuesdays and Fridays 9.30-1.",
        kind="shed", org="Bierton Men's Shed",
        loc=L("Bierton Workshop", "Aylesbury Road", "Bierton", "HP22 5BZ", 51.8290, -0.7860),
        sched=["TU,FR 09:30-13:00"], cost=[(2, "£2")], min_age=18, tags=["men", "arts_crafts"]),

    svc("ay_women", "Berryfields Women's Social",
        "Evening social for women in Berryfields and the north of Aylesbury - quizzes, crafts, walks, "
        "nights out. Every other Monday.",
        kind="women", org="Berryfields Women's Social",
        loc=L("Berryfields Parish Room", "Buckingham Road", "Berryfields", "HP18 0PZ", 51.8330, -0.8530),
        sched=["2W MO 19:30-21:30 2026-11-09"], cost=[(2, "£2")], tags=["women", "social_cafe"], emit_tags=False),

    svc("ay_women_urdu", "Southcourt Women's Sewing Circle",
        "Aurton ke liye silai ka group - Urdu aur Punjabi. Sewing circle for women, run in Urdu and "
        "Punjabi (English spoken too). Learn to sew, share patterns, chai. Wednesday mornings.",
        kind="women/crafts", org="Aylesbury Community Advice", loc=SOUTHCOURT,
        sched=["WE 10:00-12:00"], langs=["Urdu", "Punjabi"], tags=["women", "arts_crafts", "non_english"]),

    svc("ay_carers", "Aylesbury Carers' Lunch",
        "Free lunch and a chat for adult carers, first Friday of the month. Replacement care can be "
        "arranged so you can come.",
        kind="carers", org=("Carers Bucks", "Support for unpaid carers."), loc=HAVELOCK,
        sched=["M 1FR 12:00-14:00"], min_age=18, tags=["carers", "social_cafe", "free_cost"]),

    svc("ay_youngcarers", "Bucks Young Carers",
        "Young carers aged 8-18 in Buckinghamshire: clubs, trips, school support, someone to talk to.",
        kind="carers", org="Carers Bucks", loc=EXCHANGE,
        min_age=8, max_age=18, areas=["Buckinghamshire"], loctype="postal",
        tags=["young_people", "carers", "free_cost"]),

    svc("ay_bereave", "Stoke Mandeville Bereavement Friends",
        "A support group for anyone who has lost a loved one. Second and fourth Tuesday afternoons.",
        kind="bereave", org="Stoke Mandeville Bereavement Friends",
        loc=L("Eskdale Road Hall", "Eskdale Road", "Stoke Mandeville", "HP22 5UJ", 51.7870, -0.7860),
        sched=["M 2TU,4TU 14:00-16:00"], tags=["bereaved", "social_cafe"], emit_tags=False),

    svc("ay_lgbtq", "Aylesbury Rainbow Social",
        "Monthly LGBTQ+ night for adults 18+, third Saturday. Drinks, music, a warm welcome.",
        kind="lgbtq", org="Aylesbury Rainbow Social", loc=KINGSBURY,
        sched=["M 3SA 19:00-22:00"], min_age=18, tags=["lgbtq"]),

    svc("ay_lgbtq_youth", "Out There Youth Aylesbury",
        "Weekly group for LGBTQ+ and questioning young people aged 12-18. Thursdays 6-8pm.",
        kind="lgbtq/youth", org="Out There Youth", loc=HAVELOCK,
        sched=["TH 18:00-20:00"], min_age=12, max_age=18, tags=["lgbtq", "young_people", "free_cost"]),

    svc("ay_toddler", "Elmhurst Toddler Group",
        "Toddler group for little ones who are up and walking, until they start school: toys, crafts, songs and "
        "snack. Tuesday and Thursday mornings, £1 a child.",
        kind="toddler", org="Elmhurst Community Hall",
        loc=L("Dunsham Lane Hall", "Dunsham Lane", "Elmhurst", "HP20 2DB", 51.8260, -0.8080),
        sched=["TU,TH 09:30-11:30"], cost=[(1, "£1 a child")], tags=["parents_families"]),

    svc("ay_babycafe", "Haddenham Baby Cafe",
        "For parents with babies from birth until they're crawling (about 9 months). Feeding support, "
        "baby massage, friendly faces. Wednesday mornings, free.",
        kind="toddler", org="Haddenham Families",
        loc=L("Banks Park Pavilion", "Banks Road", "Haddenham", "HP17 8EE", 51.7700, -0.9290),
        sched=["WE 10:00-11:30"], tags=["parents_families", "free_cost"], emit_tags=False,
        other=[(V, "FAM-BABY", "Families - babies")]),

    svc("ay_esol", "Aylesbury English Conversation Club",
        "Free English conversation for adults learning English. Friday lunchtimes at the library "
        "learning room.",
        kind="esol", org="Aylesbury Welcome", loc=WALTON_ST,
        sched=["FR 13:00-14:30"], tags=["new_to_area", "books_learning", "free_cost"]),

    svc("ay_youth", "Quarrendon Youth Club",
        "Youth club for 11-17s - pool, table tennis, music, trips. Wednesday and Friday evenings, £1.",
        kind="youth", org="Quarrendon Residents", loc=MEADOWCROFT,
        sched=["WE,FR 18:00-20:30"], cost=[(1, "£1")], min_age=11, max_age=17, tags=["young_people"]),

    svc("ay_choir", "Aylesbury Sing Together",
        "A friendly community choir, Wednesday evenings. No auditions, all voices, £4.",
        kind="music", org="Aylesbury Sing Together",
        loc=L("Church Street Hall", "Church Street", "Aylesbury", "HP20 2QP", 51.8175, -0.8160),
        sched=["WE 19:30-21:00"], cost=[(4, "£4")], tags=["music"]),

    svc("ay_choir_far", "Central Milton Keynes Community Choir",
        "Community choir in central Milton Keynes, Tuesday evenings. Everyone welcome.",
        kind="music", org="CMK Community Choir",
        loc=L("Silbury Boulevard Hall", "Silbury Boulevard", "Milton Keynes", "MK9 2AF", 52.0410, -0.7590),
        sched=["TU 19:30-21:00"], cost=[(5, "£5")], tags=["music"], trap="far"),

    svc("ay_art", "Watermead Art Club",
        "Painting and drawing group, Tuesday afternoons by the lake. Beginners welcome. £4.",
        kind="crafts", org="Watermead Art Club",
        loc=L("Watermead Pavilion", "The Piazza", "Watermead", "HP19 0FS", 51.8390, -0.8110),
        sched=["TU 14:00-16:00"], cost=[(4, "£4")], tags=["arts_crafts"]),

    svc("ay_theshed", "The Shed, Haddenham",
        "Knit and crochet circle at The Shed cafe, Monday afternoons. Bring a project or learn from "
        "scratch - spare needles and yarn. Free, just buy a drink.",
        kind="crafts", org="The Shed Cafe",
        loc=L("The Shed Cafe", "Church End", "Haddenham", "HP17 8AH", 51.7690, -0.9300),
        sched=["MO 14:00-16:00"], tags=["arts_crafts", "social_cafe", "free_cost"], trap="name"),

    svc("ay_games", "Aylesbury Board Games Collective",
        "Board games night every Thursday from 7 - hundreds of games, ages 16+. £2.",
        kind="games", org="Aylesbury Board Games Collective", loc=KINGSBURY,
        sched=["TH 19:00-23:00"], cost=[(2, "£2")], min_age=16, tags=["games_quizzes"]),

    svc("ay_games_far", "Oxford Board Games Night",
        "Tuesday board games night on the Cowley Road, all welcome.",
        kind="games", org="Oxford Board Games Night",
        loc=L("Cowley Road Hall", "Cowley Road", "Oxford", "OX4 1HU", 51.7480, -1.2380, "Oxfordshire"),
        sched=["TU 19:00-22:30"], cost=[(3, "£3")], tags=["games_quizzes"], trap="far"),

    svc("ay_garden", "Bedgrove Park Growers",
        "Community garden in Bedgrove Park - veg beds, herbs and a wildlife area. Volunteer sessions "
        "Sunday mornings and Wednesday afternoons. Free.",
        kind="garden/volunteer", org="Bedgrove Residents",
        loc=L("Bedgrove Park garden gate", "Ingram Avenue", "Bedgrove", "HP21 9DJ", 51.8065, -0.7915),
        sched=["SU 10:00-12:00", "WE 14:00-16:00"], tags=["gardening_nature", "free_cost"]),

    svc("ay_bowls_inactive", "Aston Clinton Short Mat Bowls",
        "Short mat bowls, Tuesday afternoons. All welcome.",
        kind="sport", org="Aston Clinton Village Hall",
        loc=L("London Road Hall", "London Road", "Aston Clinton", "HP22 5HL", 51.8000, -0.7250),
        sched=["TU 14:00-16:00"], cost=[(3, "£3")], status="inactive", assured="2026-07-30",
        tags=["sport_fitness", "older_people"]),

    svc("ay_taichi", "Weston Turville Tai Chi",
        "Slow, gentle Tai Chi for beginners, Thursday mornings. Good for balance. £5.",
        kind="sport", org="Weston Turville Tai Chi",
        loc=L("Church Walk Hall", "Church Walk", "Weston Turville", "HP22 5SH", 51.7920, -0.7580),
        sched=["TH 10:00-11:00"], cost=[(5, "£5")], tags=["sport_fitness", "older_people"], emit_tags=False,
        other=[(V, "ACT", "Active living")]),

    svc("ay_lunch_stale", "Waddesdon Friendship Lunch",
        "Monthly friendship lunch, first Thursday.",
        kind="lunch", org="Waddesdon Friendship Lunch",
        loc=L("High Street Hall", "High Street", "Waddesdon", "HP18 0JD", 51.8460, -0.9200),
        sched=["M 1TH 12:00-14:00"], cost=[(5, "£5")], assured="2025-09-15",
        tags=["social_cafe", "older_people"]),

    svc("ay_lunch", "Haydon Hill Community Lunch",
        "Community lunch every Wednesday: soup, a main and pudding for £3.50. Everyone welcome - come "
        "and eat with your neighbours.",
        kind="lunch", org="Haydon Hill Community Centre",
        loc=L("Jackson Road Centre", "Jackson Road", "Haydon Hill", "HP19 9EX", 51.8290, -0.8200),
        sched=["WE 12:00-13:30"], cost=[(3.5, "£3.50")], tags=["social_cafe", "food_cooking"]),

    svc("ay_transport", "Vale Dial-a-Ride",
        "Door-to-door accessible minibus for people who can't use ordinary buses. Shopping, appointments, "
        "social groups. Buckinghamshire residents; register first.",
        kind="transport", org=("Vale Community Transport", "Charity."),
        loc=L("Dial-a-Ride depot", "Gatehouse Road", "Aylesbury", "HP19 8DB", 51.8230, -0.8270),
        cost=[(3, "£3 a journey")], areas=["Buckinghamshire"], loctype="postal",
        tags=["transport", "accessibility"], emit_tags=False, other=[(V, "TRN", "Community transport")]),

    svc("ay_volcentre", "Volunteer Bucks (Aylesbury)",
        "Find volunteering across Buckinghamshire, or get help starting a community group. Ages 16+.",
        kind="volunteer", org=("Volunteer Bucks", "Volunteer centre."), loc=EXCHANGE,
        min_age=16, areas=["Buckinghamshire"], loctype="postal", emit_tags=False),

    svc("ay_memory", "Wendover Memory Cafe",
        "A relaxed afternoon for people living with dementia and the family or friends who care for them. "
        "Music, reminiscence, tea. Second Thursday of the month, free.",
        kind="memory", org="Wendover Memory Cafe",
        loc=L("Aylesbury Road Rooms", "Aylesbury Road", "Wendover", "HP22 6JG", 51.7650, -0.7430),
        sched=["M 2TH 14:00-16:00"], tags=["health_condition", "carers", "older_people", "social_cafe"]),
]
