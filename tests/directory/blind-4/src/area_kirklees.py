"""Kirklees (places.csv area 'kirklees'), hand-written."""
from common import S

A = "kirklees"
C = "West Yorkshire"
FEED = "kirklees-community-directory"


def K(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


K("k_walk_green", "Greenhead Park Health Walk",
  "Walking for Health Kirklees",
  "A gentle, led walk round Greenhead Park. About an hour, flat paths, and we stop for a brew at the conservatory cafe afterwards if you fancy it. Just turn up.",
  ("Greenhead Park (meet at the conservatory)", "Park Drive", "Huddersfield", "HD1 4HS", 53.6480, -1.7965),
  [("W", "WE", "10:30-11:30")], 0, ["walking_outdoors", "free_cost", "older_people"],
  access="Tarmac paths, step-free. Accessible toilets at the conservatory.",
  phone="0113 496 0101", url="https://walkingforhealthkirklees.org.uk/greenhead", topics=["walking"])

K("k_walk_honley", "Honley Ramblers Midweek Walk",
  "Honley Ramblers",
  "<p>Our <strong>midweek walk</strong> is 5-7 miles on field paths and tracks around the Holme Valley. Moderate pace, some stiles. Bring lunch.</p>",
  ("Honley Village Hall car park", "Moorbottom", "Honley", "HD9 6AT", 53.6035, -1.7935),
  [("W", "TH", "10:00-14:00")], 0, ["walking_outdoors", "retired"],
  url="https://honleyramblers.org.uk", topics=["walking"])

K("k_walk_marsden", "Marsden Moor Wanderers",
  "Marsden Moor Wanderers",
  "Saturday hill walks over Marsden Moor and the reservoirs. Proper boots needed. £2 towards the leader's petrol. New walkers always welcome - message first.",
  ("Marsden Mechanics Hall", "Peel Street", "Marsden", "HD7 6BW", 53.6005, -1.9295),
  [("W", "SA", "09:30-15:00")], 2, ["walking_outdoors"],
  phone="07700 900101", topics=["walking"])

K("k_walk_denby_old", "Denby Dale Walking for Health",
  "Denby Dale Community Association",
  "Short, sociable walks from the village for people who want to be a bit more active.",
  ("Denby Dale Centre", "Wakefield Road", "Denby Dale", "HD8 8RX", 53.5725, -1.6555),
  [("W", "MO", "10:00-11:00")], 0, ["walking_outdoors", "free_cost"],
  assured="2021-04-12", topics=["walking"])

K("k_walk_ale", "Real Ale Rambles - Holme Valley",
  "Holme Valley CAMRA Social",
  "A circular walk of about 6 miles finishing at a Holme Valley pub for a pint (or two). Over 18s only, sorry.",
  ("The Nook (meet outside)", "Victoria Square", "Holmfirth", "HD9 2DN", 53.5712, -1.7868),
  [("M", "1SU", "11:00-16:00")], 0, ["walking_outdoors", "men"], min_age=18,
  elig="18+ only as walks finish in pubs.", topics=["walking"])

K("k_walk_peak", "Peak Fringe Walking Group",
  "Sheffield Walking Network",
  "Walks on the eastern edges of the Peak District, starting from Sheffield. Car shares from Hillsborough.",
  ("Hillsborough Park gates", "Middlewood Road", "Sheffield", "S6 4HD", 53.4052, -1.4985),
  [("W", "SU", "09:00-16:00")], 0, ["walking_outdoors"], county="South Yorkshire",
  topics=["walking"])

K("k_food_hud", "Huddersfield Foodbank - Central Centre",
  "Huddersfield Foodbank",
  "Emergency food parcels for people in crisis. Usually you need a referral voucher from an agency (GP, Citizens Advice, housing officer) but if you come without one we will help you get one on the day. Nobody is turned away without a cup of tea.",
  ("Brunswick Street Church Hall", "Brunswick Street", "Huddersfield", "HD1 1NA", 53.6497, -1.7842),
  [("W", "TU,TH,FR", "11:00-14:00")], 0, ["free_cost"],
  elig="Anyone in crisis. Referral voucher preferred.", phone="0113 496 0102",
  url="https://huddersfield.foodbank.org.uk", topics=["foodbank"])

K("k_food_dews", "Dewsbury Community Pantry",
  "North Kirklees Food Partnership",
  "Membership food pantry. £3.50 a visit gets you 10+ items including fresh fruit, veg and chilled. Members must live in a WF12/13/17 postcode. Not a food bank - no referral needed.",
  ("Westtown Community Centre", "Oxford Road", "Dewsbury", "WF13 4LL", 53.6900, -1.6400),
  [("W", "WE,SA", "10:00-13:00")], [("Per visit", 3.5)], ["food_cooking", "free_cost"],
  elig="Residents of WF12, WF13 or WF17.", topics=["foodbank"])

K("k_food_batley_closed", "Batley Food Share",
  "Batley Food Share CIO",
  "Surplus food sharing table, open to all.",
  ("Batley Baptist Church", "Wellington Street", "Batley", "WF17 5HX", 53.7160, -1.6340),
  [("W", "FR", "12:00-14:00")], 0, ["free_cost", "food_cooking"], status="inactive",
  topics=["foodbank"])

K("k_warm_lockwood", "Lockwood Warm Space and Community Fridge",
  "Lockwood Baptist Church",
  "Warm room, hot drinks, soup at lunchtime, phone charging and free wifi. The community fridge has free surplus food - take what you need. Everyone welcome, no questions asked.",
  ("Lockwood Baptist Church", "Meltham Road", "Lockwood", "HD1 3UU", 53.6322, -1.7895),
  [("W", "MO,WE,FR", "10:00-15:00")], 0, ["social_cafe", "free_cost"],
  access="Ramp at side door. Hearing loop.", topics=["warm_space", "foodbank"])

K("k_debt_hud", "Money and Debt Drop-in",
  "Citizens Advice Kirklees",
  "Free, confidential help with debts, bills, budgeting, Universal Credit, PIP and other benefits. Drop in or phone our advice line.",
  ("Citizens Advice Kirklees", "Crown House, Lord Street", "Huddersfield", "HD1 1QE", 53.6462, -1.7845),
  [("W", "MO,WE", "10:00-15:00")], 0, ["free_cost"],
  phone="0808 157 0101", url="https://cakirklees.org.uk/money",
  access="Lift to first floor.", topics=["debt", "benefits", "bills"])

K("k_benefits_dews", "Benefits and Forms Help at Dewsbury Library",
  "Kirklees Libraries",
  "Stuck on a benefits form, a council tax reduction claim or a blue badge application? Our trained volunteers will sit with you and help. Bring any letters you have.",
  ("Dewsbury Library", "Railway Street", "Dewsbury", "WF12 8EQ", 53.6912, -1.6330),
  [("W", "WE", "13:00-16:00")], 0, ["free_cost", "digital_skills"],
  access="Step-free entrance, lift, accessible toilet.", topics=["benefits", "forms"])

K("k_energy_batley", "Warm Homes Energy Advice - Batley",
  "Kirklees Warm Homes Partnership",
  "HELP WITH GAS AND ELECTRIC BILLS. Energy advisers can check you're on the cheapest tariff, apply for grants and the Warm Home Discount, and sort out prepayment meter problems.",
  ("Batley Town Hall", "Market Place", "Batley", "WF17 5DA", 53.7168, -1.6352),
  [("W", "FR", "10:00-12:00")], 0, [], notags=True,
  feed=[("MONEY-ENERGY", "Money: energy and fuel", FEED)], topics=["bills", "debt"])

K("k_stitch_carl", "Stitch & Chat Carlinghow",
  "Carlinghow Community Centre",
  "Knitting, crochet, sewing - bring whatever you're working on or learn something new. £1 includes tea and biscuits. Friendly bunch!",
  ("Carlinghow Community Centre", "Carlinghow Lane", "Batley", "WF17 8BP", 53.7232, -1.6462),
  [("W", "TU", "13:30-15:30")], 1, ["arts_crafts", "social_cafe"],
  access="Ground floor, step-free.", topics=["knitting"])

K("k_stitch_carl_old", "Carlinghow Stitch and Chat Group",
  "Batley Neighbourhood Network",
  "Craft group meeting at the community centre.",
  ("Carlinghow Community Centre", "Carlinghow Lane", "Batley", "WF17 8BP", 53.7232, -1.6462),
  [("W", "TU", "13:00-15:00")], 0, ["arts_crafts"],
  assured="2022-09-01", topics=["knitting"])

K("k_knit_hud", "Knit Hud Knitting Circle",
  "Knit Hud",
  "Huddersfield's friendliest knitting circle. All abilities, spare needles and wool available.",
  ("Huddersfield Library (ground floor)", "Princess Alexandra Walk", "Huddersfield", "HD1 2SU", 53.6470, -1.7822),
  [("W", "TH", "10:00-12:00")], 0, ["arts_crafts", "social_cafe", "free_cost"],
  topics=["knitting"])

K("k_knit_hud_lib", "Knit Hud @ the Library",
  "Kirklees Libraries",
  "Knitting and crochet circle run by Knit Hud volunteers in the library. Free.",
  ("Huddersfield Library", "Princess Alexandra Walk", "Huddersfield", "HD1 2SU", 53.6470, -1.7822),
  [("W", "TH", "10:00-12:00")], 0, ["arts_crafts"],
  access="Step-free entrance, lift, accessible toilet.", topics=["knitting"])

K("k_shed_mirfield", "Mirfield Men's Shed",
  "Mirfield Men's Shed CIO",
  "Woodwork, repairs, tinkering and a lot of tea. Somewhere to go, something to do, someone to talk to. Mainly older men but all adults welcome.",
  ("Unit 3, Calder Mills", "Huddersfield Road", "Mirfield", "WF14 8AN", 53.6745, -1.6960),
  [("W", "TU,TH", "09:30-13:00")], 2, ["men", "arts_crafts", "retired"], min_age=18,
  phone="07700 900102", topics=["woodwork", "mens_shed"])

K("k_choir_holm", "Holmfirth Community Choir",
  "Holmfirth Community Choir",
  "No auditions, no need to read music. Pop, folk and gospel. First session free then £3.",
  ("Holmfirth Civic Hall", "Huddersfield Road", "Holmfirth", "HD9 3AS", 53.5728, -1.7858),
  [("W", "TU", "19:30-21:00")], [("Free taster", 0), ("Per session", 3)], ["music"],
  access="Level access from the car park.", topics=["choir", "singing"])

K("k_uke_hud", "Uke Hud - Beginners Ukulele",
  "Uke Hud",
  "learn the ukulele from scratch!! loan ukes available, £4 a session, all ages 12+ (under 16s with an adult)",
  ("The Parish (upstairs)", "Kirkgate", "Huddersfield", "HD1 1QS", 53.6452, -1.7830),
  [("W", "TH", "18:30-20:00")], 4, ["music"], min_age=12, topics=["music_learn"])

K("k_choir_dews", "Dewsbury Sings! Community Choir",
  "Dewsbury Arts Group",
  "Monday night singing for everyone. Pay what you can. Tea and cake at half time.",
  ("Dewsbury Minster hall", "Church Street", "Dewsbury", "WF13 1LE", 53.6890, -1.6330),
  [("W", "MO", "18:30-20:00")], "payf", ["music", "free_cost"],
  topics=["choir", "singing"])

K("k_youth_base", "The Base Youth Club",
  "Kirklees Youth Alliance",
  "Free youth club for 11-18s in the town centre. Pool, table tennis, games consoles, cooking, trips, and youth workers to talk to. Drop in, no booking.",
  ("The Base", "Westgate", "Huddersfield", "HD1 1NW", 53.6455, -1.7848),
  [("W", "FR", "18:00-20:30")], 0, ["young_people", "games_quizzes", "sport_fitness", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

K("k_youth_rav", "Ravensthorpe Youth Project",
  "Ravensthorpe Community Partnership",
  "Youth sessions with football, boxing fitness, arts and homework help. Ages 11-19 (up to 25 with additional needs).",
  ("Ravensthorpe Community Centre", "Huddersfield Road", "Ravensthorpe", "WF13 3AB", 53.6785, -1.6575),
  [("W", "TU,TH", "17:30-20:00")], 0, ["young_people", "sport_fitness", "free_cost"],
  min_age=11, max_age=19, topics=["youth_club"])

K("k_youth_proud", "Proud Youth Kirklees",
  "Kirklees Youth Alliance",
  "A safe, confidential group for LGBTQ+ young people and those who are questioning, aged 13-19. Games, art, trips and support from trained youth workers.",
  ("Brian Jackson House", "New North Parade", "Huddersfield", "HD1 5JP", 53.6470, -1.7860),
  [("W", "WE", "17:00-19:00")], 0, ["lgbtq", "young_people", "free_cost"],
  min_age=13, max_age=19, topics=["youth_club", "lgbtq_group"])

K("k_lgbt_social", "Rainbow Social Huddersfield",
  "Huddersfield Pride",
  "First Friday social for LGBTQ+ adults and friends. Relaxed, not a club night - you can hear yourself talk. 18+.",
  ("The Sportsman", "St John's Road", "Huddersfield", "HD1 5AY", 53.6495, -1.7868),
  [("M", "1FR", "19:00-23:00")], 0, ["lgbtq", "social_cafe"], min_age=18,
  topics=["lgbtq_group"])

K("k_carers_hud", "Carers' Cafe Huddersfield",
  "Carers Count",
  "Monthly cafe for unpaid carers. Cake, a chat with people who get it, and advice workers on hand. Bring the person you care for if you need to.",
  ("Huddersfield Methodist Mission", "Lord Street", "Huddersfield", "HD1 1QA", 53.6468, -1.7830),
  [("M", "2TU", "10:00-12:00")], 0, ["carers", "social_cafe", "free_cost"],
  access="Step-free, accessible toilet, quiet room.", phone="0113 496 0103",
  topics=["carers_group"])

K("k_death_cafe", "Death Cafe Huddersfield",
  "Huddersfield Death Cafe",
  "Yes, really! A relaxed, respectful space to talk about death and dying over tea and cake. Not a grief support group or counselling - just conversation. Many people who come have lost someone.",
  ("Byram Arcade tearoom", "Westgate", "Huddersfield", "HD1 1ND", 53.6460, -1.7825),
  [("M", "3WE", "18:30-20:30")], 0, ["bereaved", "social_cafe"], min_age=18,
  topics=["bereavement"])

K("k_bereave_dews", "Dewsbury Bereavement Support Group",
  "Kirklees Bereavement Network",
  "A small, gentle group for anyone who has lost a partner, relative or friend. Meet others, share as much or as little as you like. A trained volunteer leads each session.",
  ("Dewsbury Minster hall", "Church Street", "Dewsbury", "WF13 1LE", 53.6890, -1.6330),
  [("F", "MO", "14:00-15:30")], 0, ["bereaved", "free_cost"],
  topics=["bereavement"])

K("k_seated_heck", "Seated Exercise for Over 60s",
  "Heckmondwike Neighbourhood Network",
  "Chair-based exercise to music. Improves strength and balance. Aimed at over 60s and anyone with limited mobility.",
  ("Heckmondwike Town Hall", "Market Place", "Heckmondwike", "WF16 0HD", 53.7080, -1.6700),
  [("W", "WE", "11:00-12:00")], 2.5, ["older_people", "sport_fitness", "accessibility", "disability"],
  access="Step-free, accessible toilet, chairs provided.", topics=["exercise_gentle"])

K("k_c25k_hud", "Couch to 5K - Beginners Running",
  "Huddersfield Road Runners",
  "Nine-week beginners running course. Absolutely no experience needed. 16+.",
  ("Leeds Road Sports Complex", "Leeds Road", "Huddersfield", "HD1 6PE", 53.6555, -1.7655),
  [("W", "SA", "09:00-10:00")], 0, ["sport_fitness", "free_cost"], min_age=16,
  topics=["running"])

K("k_digital_hud", "Get Online at Huddersfield Library",
  "Kirklees Libraries",
  "One-to-one help with phones, tablets, email, online shopping, NHS app and Universal Credit journal. Bring your own device or use ours.",
  ("Huddersfield Library", "Princess Alexandra Walk", "Huddersfield", "HD1 2SU", 53.6470, -1.7822),
  [("W", "MO,TH", "14:00-16:00")], 0, ["digital_skills", "free_cost"],
  access="Step-free entrance, lift, accessible toilet.", topics=["digital"])

K("k_digital_batley", "Batley Digital Champions",
  "Batley Neighbourhood Network",
  "Digital champions help with smartphones, video calls and getting online safely.",
  ("Batley Library", "Market Place", "Batley", "WF17 5DA", 53.7167, -1.6356),
  [("W", "TU", "10:00-12:00")], 0, [], notags=True,
  feed=[("LEARN-DIG", "Learning: computers and internet", FEED)], topics=["digital"])

K("k_esol_dews", "Dewsbury English Conversation Club",
  "Dewsbury Learning Trust",
  "Practise speaking English in a friendly group. For people who are new to the UK or to Dewsbury. Free. Creche available.",
  ("Dewsbury Learning Centre", "Wellington Road", "Dewsbury", "WF13 1HF", 53.6905, -1.6325),
  [("W", "TH", "10:00-11:30")], 0, ["new_to_area", "non_english", "books_learning", "free_cost"],
  topics=["esol"])

K("k_welcome_hud", "Welcome Table Huddersfield",
  "Huddersfield Sanctuary Network",
  "Saturday drop-in for refugees, asylum seekers and anyone new to Huddersfield. Hot meal, advice, English practice, clothes bank and a warm welcome.",
  ("St Patrick's Church Hall", "New North Road", "Huddersfield", "HD1 5JR", 53.6490, -1.7888),
  [("W", "SA", "11:00-14:00")], 0, ["new_to_area", "food_cooking", "social_cafe", "free_cost"],
  topics=["refugee", "esol"])

K("k_garden_paddock", "Paddock Community Growing Space",
  "Paddock Village Hub",
  "Community veg beds and a wildlife area. No experience needed, tools and gloves provided.",
  ("Paddock Growing Space", "Heaton Road", "Paddock", "HD1 4JT", 53.6440, -1.8095),
  [("W", "WE,SA", "10:00-13:00")], 0, ["gardening_nature", "free_cost"],
  topics=["gardening"])

K("k_garden_kirkburton", "Kirkburton Allotment Buddies",
  "Kirkburton Allotment Society",
  "Fancy growing your own but nervous about starting? Our buddies will show you round, and you can share a plot before taking one on.",
  ("Kirkburton Allotments", "Penistone Road", "Kirkburton", "HD8 0PQ", 53.6112, -1.7015),
  [("W", "SU", "10:00-12:00")], 0, ["gardening_nature", "accompany"],
  topics=["gardening"])

K("k_garden_denby", "Denby Dale Garden Club",
  "Denby Dale Garden Club",
  "Talks, plant swaps and garden visits. Annual sub £10 or £2 on the night.",
  ("Denby Dale Centre", "Wakefield Road", "Denby Dale", "HD8 8RX", 53.5730, -1.6565),
  [("M", "2TH", "19:30-21:00")], [("On the night", 2), ("Annual membership", 10)],
  ["gardening_nature"], topics=["gardening"])

K("k_volunteer", "Volunteer Kirklees Drop-in",
  "Volunteer Kirklees",
  "Want to volunteer? Pop in to find an opportunity that suits you - from befriending and driving to gardening and charity shops.",
  ("Kirklees Volunteer Centre", "Byram Street", "Huddersfield", "HD1 1BY", 53.6478, -1.7815),
  [("W", "TU", "10:00-14:00")], 0, [], notags=True,
  feed=[("VOL", "Volunteering", FEED)], topics=["volunteering"])

K("k_befriend", "Kirklees Phone Friends",
  "Kirklees Neighbourhood Networks",
  "A friendly volunteer rings you once or twice a week for a chat. For older people living alone in Kirklees. Call us to be matched.",
  ("Kirklees Neighbourhood Networks office", "Zetland Street", "Huddersfield", "HD1 2RA", 53.6452, -1.7800),
  [("APPT", None, None, "Calls arranged to suit you, Monday to Friday.")], 0,
  ["older_people", "free_cost"], phone="0808 157 0102",
  elig="Older people (usually 60+) living in Kirklees.", topics=["befriending"])

K("k_memory_mirfield", "Memory Lane Singing Group",
  "Mirfield Memory Group",
  "Singing for people living with dementia and their carers. Old favourites, tea and a natter.",
  ("St Paul's Church Hall", "Church Lane", "Mirfield", "WF14 9HX", 53.6732, -1.6935),
  [("M", "1WE", "14:00-15:30")], 2, ["music", "health_condition", "carers", "older_people"],
  access="Dementia-friendly venue. Step-free.", topics=["dementia", "singing"])

K("k_stayplay_savile", "Stay and Play Savile Town",
  "Dewsbury Family Hubs",
  "Free stay and play for babies and under 5s with their parents and carers. Songs, messy play, healthy snacks. Health visitor drop-in 1st Monday.",
  ("Savile Town Family Hub", "Warren Street", "Savile Town", "WF12 9LY", 53.6852, -1.6318),
  [("W", "MO,WE", "09:30-11:30")], 0, ["parents_families", "free_cost"],
  topics=["stay_play"])

K("k_swim_cleck", "Accessible Swim Sessions",
  "Kirklees Active Leisure",
  "Quieter, warmer pool session for disabled people, their families and carers. Hoist, changing places toilet and extra lifeguards.",
  ("Spenborough Pool", "Bradford Road", "Cleckheaton", "BD19 3TT", 53.7245, -1.7125),
  [("W", "SA", "16:00-17:00")], 2.1, ["disability", "sport_fitness", "accessibility"],
  access="Pool hoist, Changing Places toilet, step-free.", topics=["swimming"])

K("k_sudoku_heck", "Killer Sudoku & Puzzle Club",
  "Heckmondwike Library",
  "Sudoku, crosswords, jigsaws and the odd quiz. Nothing sinister about the name - killer sudoku is just a hard sudoku!",
  ("Heckmondwike Library", "Walkley Lane", "Heckmondwike", "WF16 0LS", 53.7075, -1.6712),
  [("W", "TU", "14:00-15:30")], 0, ["games_quizzes", "free_cost"],
  topics=["puzzles"])

K("k_books_holm", "Holmfirth Library Book Group",
  "Kirklees Libraries",
  "Friendly monthly book group. Books provided by the library.",
  ("Holmfirth Library", "Huddersfield Road", "Holmfirth", "HD9 3JH", 53.5720, -1.7862),
  [("M", "1TU", "18:00-19:30")], 0, ["books_learning", "free_cost"],
  topics=["book_group"])

K("k_lunch_batley", "Thursday Community Lunch",
  "St Mary's Church, Batley",
  "Two-course home-cooked lunch, pay as you feel. Lots of regulars are older folk who live alone, but everyone's welcome.",
  ("St Mary's Church Hall", "Stocks Lane", "Batley", "WF17 8PA", 53.7185, -1.6395),
  [("W", "TH", "12:00-13:30")], "payf", ["social_cafe", "food_cooking", "older_people", "free_cost", "faith"],
  topics=["lunch_club"])

K("k_sisters_savile", "Sisters' Coffee Morning",
  "Savile Town Women's Centre",
  "Coffee morning for women, in English, Urdu and Gujarati. Crafts, chat and information sessions. Women only.",
  ("Savile Town Women's Centre", "Ings Road", "Savile Town", "WF12 9BY", 53.6845, -1.6325),
  [("W", "TU", "10:00-12:00")], 0, ["women", "social_cafe", "non_english", "new_to_area"],
  elig="Women only.", topics=["women_group"])

K("k_transport", "Door to Door Community Transport",
  "Kirklees Community Transport",
  "Minibus and volunteer car service for people who find ordinary buses hard - to the shops, appointments and social groups. Book 48 hours ahead.",
  ("Kirklees Community Transport depot", "Bradley Road", "Huddersfield", "HD2 1QN", 53.6720, -1.7700),
  [("APPT", None, None, "Book by phone, Monday to Friday 9am-4pm.")], [("Per return trip", 4)],
  ["transport", "older_people", "disability"], phone="0113 496 0104",
  elig="Members who find public transport difficult. Free membership.", topics=["transport"])

K("k_chess_closed", "Chess in the Pub",
  "Huddersfield Chess Club",
  "Casual chess every Wednesday evening.",
  ("The Grove", "Spring Street", "Huddersfield", "HD1 4BP", 53.6470, -1.7900),
  [("W", "WE", "19:00-22:00")], 0, ["games_quizzes"], status="inactive",
  topics=["chess"])

K("k_art_slaith", "Slaithwaite Art Group",
  "Slaithwaite Art Group",
  "Painting and drawing afternoons - bring your own materials, or borrow ours. £3 with a brew.",
  ("Slaithwaite Civic Hall", "New Street", "Slaithwaite", "HD7 5AB", 53.6242, -1.8818),
  [("W", "WE", "13:30-16:00")], 3, ["arts_crafts"],
  access="Stairs to first floor; no lift.", topics=["painting"])
