"""Penwith, west Cornwall (not in places.csv): coastal and rural. Hand-written."""
from common import S

A = "penwith"
C = "Cornwall"
FEED = "cornwall-link"


def P(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


P("p_walk_prom", "Penzance Prom Strollers",
  "Penwith Walking for Health",
  "Flat, easy hour along the promenade from the Jubilee Pool to Newlyn and back. Everyone welcome, lots of benches!",
  ("Jubilee Pool (meet by the entrance)", "Battery Road", "Penzance", "TR18 4FF", 50.1160, -5.5365),
  [("W", "TU", "10:00-11:00")], 0, ["walking_outdoors", "free_cost", "older_people"],
  access="Flat promenade, step-free.", topics=["walking"])

P("p_walk_stjust", "St Just Coast Path Walkers",
  "St Just Walking Club",
  "Sunday walks on the South West Coast Path around Cape Cornwall and Botallack. Rough ground, good boots essential.",
  ("Lafrowda Square", "Market Square", "St Just", "TR19 7HD", 50.1245, -5.6805),
  [("W", "SU", "10:00-14:00")], 0, ["walking_outdoors"], topics=["walking"])

P("p_walk_stives", "St Ives Bay Walking Group",
  "St Ives Bay Walkers",
  "Mid-week walks of 3-6 miles round St Ives, Carbis Bay and Lelant. £1 donation.",
  ("Malakoff bus station", "The Terrace", "St Ives", "TR26 2BP", 50.2095, -5.4780),
  [("W", "WE", "10:00-12:30")], 1, ["walking_outdoors", "free_cost"], topics=["walking"])

P("p_walk_truro", "Truro Health Walks",
  "Walking for Health Cornwall",
  "Short led walks from Victoria Gardens, Truro.",
  ("Victoria Gardens", "Edward Street", "Truro", "TR1 3AJ", 50.2640, -5.0575),
  [("W", "FR", "10:30-11:30")], 0, ["walking_outdoors", "free_cost"], topics=["walking"])

P("p_food_pz", "Penzance Foodbank",
  "Penwith Foodbank Partnership",
  "Emergency food parcels. Ring first if you can and we'll arrange a referral; if you just turn up we'll still help.",
  ("Penzance Methodist Church hall", "Chapel Street", "Penzance", "TR18 4AJ", 50.1180, -5.5385),
  [("W", "TU,FR", "10:00-12:30")], 0, ["free_cost"], phone="01632 960401",
  topics=["foodbank"])

P("p_food_hayle", "Hayle Community Larder",
  "Hayle Town Council",
  "Community larder - £2 for a bag of food worth much more. No referral needed.",
  ("Hayle Passmore Edwards Institute", "Commercial Road", "Hayle", "TR27 4DE", 50.1865, -5.4205),
  [("W", "TH", "14:00-16:00")], [("Per bag", 2)], ["food_cooking", "free_cost"],
  topics=["foodbank"])

P("p_money", "Penwith Money Advice Outreach",
  "Citizens Advice Cornwall",
  "Help with debt, bills, benefits and budgeting. Thursday drop-in at the library, or phone for an appointment.",
  ("Penzance Library", "Morrab Road", "Penzance", "TR18 4EY", 50.1170, -5.5400),
  [("W", "TH", "10:00-13:00"), ("APPT", None, None, "Phone appointments weekdays.")], 0,
  [], notags=True, feed=[("MONEY", "Money, debt and benefits", FEED)],
  phone="0808 157 0401", topics=["debt", "benefits", "bills"])

P("p_seaswim", "Newlyn Sea Swimmers",
  "Newlyn Sea Swimmers",
  "Year-round sea swimming from the Tolcarne beach. Dips, not races! You swim at your own risk; new people please swim with a buddy. Adults only.",
  ("Tolcarne beach slipway", "Tolcarne", "Newlyn", "TR18 5PR", 50.1045, -5.5470),
  [("W", "WE,SA,SU", "08:00-09:00")], 0, ["sport_fitness", "walking_outdoors", "free_cost"],
  min_age=18, topics=["swimming"])

P("p_gig", "Mousehole Gig Rowing Club",
  "Mousehole Gig Club",
  "Row a Cornish pilot gig! Taster sessions for adults and juniors (14+ with parental consent). £4 a row.",
  ("Mousehole harbour", "The Parade", "Mousehole", "TR19 6PR", 50.0838, -5.5380),
  [("W", "TU,TH", "18:00-19:30"), ("W", "SU", "09:00-11:00")], 4, ["sport_fitness", "young_people"],
  min_age=14, topics=["rowing"])

P("p_youth_pz", "Penzance Youth Zone",
  "Penwith Youth Trust",
  "Youth club for 11-18s: music room, cooking, sports hall, trips and a youth worker to talk to. Free.",
  ("St John's Hall (rear)", "Alverton Street", "Penzance", "TR18 2QR", 50.1185, -5.5400),
  [("W", "MO,WE", "17:00-20:00")], 0, ["young_people", "music", "sport_fitness", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

P("p_youth_stives", "St Ives Youth Club",
  "St Ives Youth Trust",
  "Tuesday youth club for 11 to 16 year olds at the Guildhall.",
  ("St Ives Guildhall", "Street-an-Pol", "St Ives", "TR26 2DS", 50.2110, -5.4805),
  [("W", "TU", "18:00-20:00")], 0, ["young_people", "games_quizzes", "free_cost"],
  min_age=11, max_age=16, topics=["youth_club"])

P("p_art_newlyn", "Newlyn Community Art Shed",
  "Newlyn Arts Collective",
  "Open studio for local people - painting, printmaking, driftwood sculpture. £3, materials included. In a town full of artists, you can be one too.",
  ("The Art Shed", "Trewarveneth Street", "Newlyn", "TR18 5HL", 50.1040, -5.5510),
  [("W", "WE", "10:00-13:00")], 3, ["arts_crafts"], topics=["painting", "crafts"])

P("p_shanty", "Penwith Sea Shanty Singers",
  "Penwith Sea Shanty Singers",
  "Shanties and Cornish songs in the pub on Thursday nights. Join in! 18+ (licensed venue).",
  ("The Dolphin Tavern", "Quay Street", "Penzance", "TR18 4BD", 50.1175, -5.5345),
  [("W", "TH", "20:00-22:00")], 0, ["music", "free_cost"], min_age=18,
  topics=["singing"])

P("p_lunch_marazion", "Marazion Lunch Club",
  "Marazion Community Hall",
  "Thursday lunch club for older residents. Two courses and a cuppa, £5. Lifts can be arranged.",
  ("Marazion Community Hall", "Gwallon Lane", "Marazion", "TR17 0HW", 50.1255, -5.4720),
  [("W", "TH", "12:00-14:00")], 5, ["older_people", "food_cooking", "social_cafe"],
  topics=["lunch_club"])

P("p_carers", "West Cornwall Carers Drop-in",
  "Cornwall Carers Service",
  "Monthly drop-in for unpaid carers - information, a listening ear and a break.",
  ("Penzance Library (meeting room)", "Morrab Road", "Penzance", "TR18 4EY", 50.1170, -5.5400),
  [("M", "3TU", "10:00-12:00")], 0, ["carers", "social_cafe", "free_cost"],
  topics=["carers_group"])

P("p_lgbt", "Penzance LGBTQ+ Coffee Afternoon",
  "Pride Cornwall West",
  "Monthly coffee afternoon for LGBTQ+ folk (16+) and allies. Quiet upstairs room, no pressure to talk.",
  ("The Acorn (upstairs cafe)", "Parade Street", "Penzance", "TR18 4BU", 50.1175, -5.5375),
  [("M", "2SA", "14:00-16:00")], 0, ["lgbtq", "social_cafe", "free_cost"], min_age=16,
  topics=["lgbtq_group"])

P("p_garden_heamoor", "Heamoor Community Garden",
  "Heamoor Community Garden",
  "Grow veg, look after the bees, or just come and sit in the garden. Drop in.",
  ("Heamoor Community Garden", "Josephs Lane", "Heamoor", "TR18 3EW", 50.1305, -5.5555),
  [("W", "WE,SA", "10:00-12:00")], 0, ["gardening_nature", "free_cost"],
  topics=["gardening"])

P("p_digital", "Tech Help at Penzance Library",
  "Cornwall Libraries",
  "Bring your phone, tablet or laptop and get help from our digital buddies.",
  ("Penzance Library", "Morrab Road", "Penzance", "TR18 4EY", 50.1170, -5.5400),
  [("W", "TU", "14:00-16:00")], 0, ["digital_skills", "free_cost"],
  access="Ramp at main entrance.", topics=["digital"])

P("p_teadance_closed", "Hayle Tea Dance",
  "Hayle Community Centre",
  "Afternoon tea dance.",
  ("Hayle Community Centre", "Foundry Square", "Hayle", "TR27 4HH", 50.1845, -5.4205),
  [("M", "1WE", "14:00-16:00")], 3, ["music", "older_people", "social_cafe"], status="inactive",
  topics=["dance"])

P("p_knit_stale", "St Just Knit Circle",
  "St Just Library",
  "Knitting group.",
  ("St Just Library", "Market Street", "St Just", "TR19 7HX", 50.1240, -5.6795),
  [("W", "MO", "14:00-16:00")], 0, ["arts_crafts"], assured="2020-07-03",
  topics=["knitting", "crafts"])

P("p_transport", "Penwith Community Transport",
  "Penwith Community Transport",
  "Door-to-door minibus for people who can't easily use buses. Shopping trips, hospital appointments and lunch clubs.",
  ("Penwith Community Transport", "Wharf Road", "Penzance", "TR18 4BN", 50.1205, -5.5340),
  [("APPT", None, None, "Book by phone weekdays 9-1.")], [("Per journey", 3)],
  ["transport", "older_people", "disability"], phone="01632 960402", topics=["transport"])

P("p_beachclean", "Penwith Beach Clean Volunteers",
  "Penwith Beach Guardians",
  "Monthly beach cleans, all equipment provided. Families welcome. A great way to meet people and do something good.",
  ("Marazion beach car park", "Turnpike Road", "Marazion", "TR17 0AA", 50.1235, -5.4770),
  [("M", "1SA", "10:00-12:00")], 0, ["walking_outdoors", "gardening_nature", "free_cost", "parents_families"],
  topics=["volunteering"])

P("p_kernewek", "Kernewek Conversation Group",
  "Cornish Language Board (Penwith)",
  "Learn and chat in Kernewek (Cornish). Beginners very welcome - we'll start with hello! Free.",
  ("Penzance Library (meeting room)", "Morrab Road", "Penzance", "TR18 4EY", 50.1170, -5.5400),
  [("W", "WE", "19:00-20:30")], 0, ["books_learning", "free_cost"], topics=["language"])

P("p_choir_stives", "St Ives Community Choir",
  "St Ives Community Choir",
  "Friendly community choir - folk, pop and Cornish carols. No auditions. £3 a week, first night free.",
  ("St Ives Guildhall (upper hall)", "Street-an-Pol", "St Ives", "TR26 2DS", 50.2110, -5.4805),
  [("W", "TU", "19:00-20:30")], [("Per session", 3), ("First night", 0)], ["music"],
  access="Lift to upper hall.", topics=["choir", "singing"])

P("p_memory_pz", "Penzance Memory Cafe",
  "Penwith Dementia Friends",
  "Monthly cafe for people with dementia or memory worries and their carers. Music, reminiscence and a warm welcome.",
  ("St John's Hall (Bolitho Room)", "Alverton Street", "Penzance", "TR18 2QR", 50.1185, -5.5400),
  [("M", "2WE", "14:00-16:00")], 0, ["health_condition", "carers", "older_people", "social_cafe", "free_cost"],
  access="Step-free, dementia-friendly signage.", topics=["dementia", "carers_group"])

P("p_makemend", "Make and Mend Penzance",
  "Penzance Repair and Craft Cafe",
  "Saturday craft and repair cafe: knitting, sewing, mending clothes and fixing small things. Tea and cake by donation.",
  ("Penzance Methodist Church hall", "Chapel Street", "Penzance", "TR18 4AJ", 50.1180, -5.5385),
  [("W", "SA", "10:00-12:30")], "payf", ["arts_crafts", "social_cafe", "free_cost"],
  topics=["knitting", "crafts"])

P("p_lunch_pz", "Friendship Lunch Penzance",
  "Penzance Churches Together",
  "Wednesday friendship lunch, mostly older folk, everyone welcome. Pay as you feel.",
  ("St Mary's Church hall", "Chapel Street", "Penzance", "TR18 4AP", 50.1170, -5.5390),
  [("W", "WE", "12:00-13:30")], "payf", ["older_people", "food_cooking", "social_cafe", "free_cost", "faith"],
  topics=["lunch_club"])
