"""Stirling, Scotland (not in places.csv). Hand-written."""
from common import S

A = "stirling"
C = "Stirling"
FEED = "aliss"


def T(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


T("s_walk_kingspark", "Stirling Health Walk - King's Park",
  "Stirling Walking Network",
  "A friendly 45-minute walk round King's Park. Flat and easy. Free. Just turn up.",
  ("King's Park (Park Avenue gate)", "Park Avenue", "Stirling", "FK8 2QG", 56.1150, -3.9480),
  [("W", "MO", "10:30-11:30")], 0, ["walking_outdoors", "free_cost", "older_people"],
  topics=["walking"])

T("s_walk_boa", "Bridge of Allan Walking Group",
  "Bridge of Allan Walking Group",
  "Wednesday walks of 3-5 miles on the Darn Walk, Sheriffmuir road and Airthrey. Moderate.",
  ("Bridge of Allan Library", "Fountain Road", "Bridge of Allan", "FK9 4AT", 56.1545, -3.9455),
  [("W", "WE", "10:00-12:30")], 0, ["walking_outdoors"], topics=["walking"])

T("s_walk_dunblane", "Dunblane Strollers",
  "Dunblane Development Trust",
  "Short, sociable walks around Dunblane for anyone wanting to get a bit fitter. Coffee after.",
  ("Dunblane Cathedral gates", "The Cross", "Dunblane", "FK15 0AQ", 56.1880, -3.9650),
  [("W", "FR", "10:00-11:30")], 0, ["walking_outdoors", "free_cost"], topics=["walking"])

T("s_walk_perth", "Kinnoull Hill Walkers",
  "Perth Walking Club",
  "Walks on Kinnoull Hill and around Perth.",
  ("Kinnoull Hill car park", "Corsiehill Road", "Perth", "PH2 7BP", 56.3965, -3.4050),
  [("W", "SA", "10:00-13:00")], 0, ["walking_outdoors"], topics=["walking"])

T("s_food_raploch", "Stirling Community Food - Raploch",
  "Stirling Community Food",
  "Free food for anyone who needs it. No referral, no questions. Hot soup while you wait.",
  ("Raploch Community Campus", "Drip Road", "Raploch", "FK8 1RD", 56.1245, -3.9565),
  [("W", "MO,TH", "12:00-14:00")], 0, ["free_cost", "food_cooking"], topics=["foodbank"])

T("s_food_dunblane", "Dunblane Food Share",
  "Dunblane Churches Together",
  "Saturday food share - fresh and tinned, pay as you feel.",
  ("Dunblane Old Church hall", "Kirk Street", "Dunblane", "FK15 0AL", 56.1870, -3.9645),
  [("W", "SA", "10:00-12:00")], "payf", ["free_cost"], topics=["foodbank"])

T("s_money", "Stirling Money Advice",
  "Stirling Citizens Advice Bureau",
  "Benefits checks, debt advice, help with energy bills and council tax. Drop in Tuesday and Thursday mornings.",
  ("Stirling CAB", "Barnton Street", "Stirling", "FK8 1HF", 56.1205, -3.9370),
  [("W", "TU,TH", "10:00-13:00")], 0, ["free_cost"], phone="0131 496 0601",
  topics=["debt", "benefits", "bills"])

T("s_youth_raploch", "Raploch Youth Club",
  "Stirling Youth Work Partnership",
  "Open youth club for 11-18s. Sports hall, music, cooking, trips.",
  ("Raploch Community Campus", "Drip Road", "Raploch", "FK8 1RD", 56.1245, -3.9565),
  [("W", "TU,FR", "18:00-21:00")], 0, ["young_people", "sport_fitness", "music", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

T("s_youth_dunblane", "Dunblane Youth Project",
  "Dunblane Youth Project",
  "Wednesday evening drop-in for 12-17s at the Braeport Centre. £1.",
  ("Braeport Centre", "Braeport", "Dunblane", "FK15 0AT", 56.1885, -3.9640),
  [("W", "WE", "18:30-20:30")], 1, ["young_people", "games_quizzes", "free_cost"],
  min_age=12, max_age=17, topics=["youth_club"])

T("s_lgbt", "Stirling LGBT+ Social",
  "Forth Valley Pride",
  "Second Friday of the month social for LGBT+ adults. 18+.",
  ("The Settle Inn (back room)", "St Mary's Wynd", "Stirling", "FK8 1BU", 56.1215, -3.9415),
  [("M", "2FR", "19:00-22:00")], 0, ["lgbtq", "social_cafe"], min_age=18,
  topics=["lgbtq_group"])

T("s_lgbt_youth", "Forth Valley LGBT Youth Group",
  "LGBT Youth Forth Valley",
  "Weekly group for LGBT+ young people aged 13-25 in Stirling. Safe space, youth workers, fun stuff.",
  ("Stirling Youth Hub", "Irvine Place", "Stirling", "FK8 1BZ", 56.1195, -3.9385),
  [("W", "MO", "17:30-19:30")], 0, ["lgbtq", "young_people", "free_cost"],
  min_age=13, max_age=25, topics=["youth_club", "lgbtq_group"])

T("s_ceilidh", "Stirling Ceilidh Club",
  "Stirling Ceilidh Club",
  "Learn Scottish country and ceilidh dances to a live band. No partner needed. 12+ (under 16s with an adult). £5.",
  ("Albert Halls (lesser hall)", "Dumbarton Road", "Stirling", "FK8 2QL", 56.1175, -3.9420),
  [("W", "TH", "19:30-21:30")], 5, ["music", "sport_fitness"], min_age=12, topics=["dance"])

T("s_choir", "Dunblane Community Choir",
  "Dunblane Community Choir",
  "Community choir, all welcome, no auditions. Tuesday evenings. £4.",
  ("Dunblane New Church hall", "Perth Road", "Dunblane", "FK15 0HA", 56.1900, -3.9620),
  [("W", "TU", "19:30-21:00")], 4, ["music"], topics=["choir", "singing"])

T("s_carers", "Carers' Coffee Morning",
  "Stirling Carers Centre",
  "Monthly coffee morning for unpaid carers. Come along for a chat, support and information.",
  ("Stirling Carers Centre", "Bayne Street", "Stirling", "FK8 1PQ", 56.1225, -3.9390),
  [("M", "2TH", "10:00-12:00")], 0, ["carers", "social_cafe", "free_cost"],
  topics=["carers_group"])

T("s_shed", "Bannockburn Men's Shed",
  "Bannockburn Men's Shed SCIO",
  "Woodwork, repairs and blether. Open to men 18+ (Thursday is an all-welcome day).",
  ("Bannockburn Men's Shed", "Main Street", "Bannockburn", "FK7 8LZ", 56.0935, -3.9135),
  [("W", "TU,TH,SA", "10:00-14:00")], 0, ["men", "arts_crafts", "free_cost"], min_age=18,
  topics=["woodwork", "mens_shed"])

T("s_lunch", "St Ninians Lunch Club",
  "St Ninians Old Parish Church",
  "Wednesday lunch for older folk. Soup, main, pudding and a blether. £4.",
  ("St Ninians Old Church hall", "Kirk Wynd", "St Ninians", "FK7 0BL", 56.1045, -3.9365),
  [("W", "WE", "12:00-13:30")], 4, ["older_people", "food_cooking", "social_cafe", "faith"],
  topics=["lunch_club"])

T("s_digital", "Digital Drop-in at Stirling Central Library",
  "Stirling Council Libraries",
  "Free help with devices, email, online forms and staying safe online.",
  ("Stirling Central Library", "Corn Exchange Road", "Stirling", "FK8 2HX", 56.1190, -3.9380),
  [("W", "WE", "14:00-16:00")], 0, [], notags=True,
  feed=[("DIGI", "Digital inclusion", FEED)], topics=["digital"])

T("s_garden", "Cambusbarron Community Garden",
  "Cambusbarron Community Development Trust",
  "Sunday growing sessions. Beds, polytunnel and orchard. Families welcome.",
  ("Cambusbarron Community Garden", "Main Street", "Cambusbarron", "FK7 9NN", 56.1105, -3.9755),
  [("W", "SU", "11:00-13:00")], 0, ["gardening_nature", "parents_families", "free_cost"],
  topics=["gardening"])

T("s_book_stale", "Causewayhead Book Group",
  "Causewayhead Community Council",
  "Book group.",
  ("Causewayhead Church hall", "Causewayhead Road", "Causewayhead", "FK9 5EU", 56.1345, -3.9290),
  [("M", "1TU", "19:00-20:30")], 0, ["books_learning"], assured="2021-11-02",
  topics=["book_group"])

T("s_teadance_closed", "Fallin Tea Dance",
  "Fallin Community Hall",
  "Tea dance.",
  ("Fallin Public Hall", "Main Street", "Fallin", "FK7 7HT", 56.1010, -3.8730),
  [("W", "FR", "14:00-16:00")], 3, ["music", "older_people"], status="inactive",
  topics=["dance"])

T("s_newscots", "New Scots Welcome Cafe",
  "Stirling Welcome Network",
  "Saturday cafe for refugees, asylum seekers and new arrivals. ESOL, advice, food, friendship.",
  ("Allan Park South Church hall", "Allan Park", "Stirling", "FK8 2QF", 56.1160, -3.9410),
  [("W", "SA", "12:00-15:00")], 0, ["new_to_area", "non_english", "social_cafe", "free_cost"],
  topics=["refugee", "esol"])

T("s_bereave", "Forth Valley Bereavement Walk",
  "Strathcarron Hospice volunteers",
  "Gentle monthly walk for people who've lost someone. Walk and talk, or just walk.",
  ("Bridge of Allan Library", "Fountain Road", "Bridge of Allan", "FK9 4AT", 56.1545, -3.9455),
  [("M", "1SA", "10:30-12:00")], 0, ["bereaved", "walking_outdoors", "free_cost"],
  topics=["bereavement", "walking"])

T("s_volunteer", "Stirling Volunteer Centre",
  "Stirling Voluntary Enterprise",
  "Find a volunteering role that suits you. Drop in or call.",
  ("Stirling Voluntary Enterprise", "Randolph Road", "Stirling", "FK8 2AJ", 56.1140, -3.9400),
  [("W", "TU,TH", "10:00-16:00")], 0, [], notags=True,
  feed=[("VOL", "Volunteering", FEED)], topics=["volunteering"])

T("s_digital_boa", "Bridge of Allan Digital Cafe",
  "Bridge of Allan Community Council",
  "Tea, cake and patient help with phones, tablets and laptops. Free.",
  ("Bridge of Allan Library", "Fountain Road", "Bridge of Allan", "FK9 4AT", 56.1545, -3.9455),
  [("F", "FR", "10:00-12:00")], 0, ["digital_skills", "free_cost", "social_cafe"], topics=["digital"])

T("s_lunch_boa", "Bridge of Allan Friendship Club",
  "Bridge of Allan Parish Church",
  "Tuesday friendship club and light lunch for older people. Speakers, quizzes and good company. £3.",
  ("Chalmers Church hall", "Henderson Street", "Bridge of Allan", "FK9 4HR", 56.1550, -3.9440),
  [("W", "TU", "12:00-14:00")], 3, ["older_people", "social_cafe", "food_cooking"],
  topics=["lunch_club"])

T("s_dementia", "Stirling Dementia Cafe",
  "Forth Valley Dementia Friends",
  "Monthly cafe for people living with dementia, their families and carers. Relaxed, friendly, free.",
  ("Stirling Carers Centre", "Bayne Street", "Stirling", "FK8 1PQ", 56.1225, -3.9390),
  [("M", "4WE", "14:00-16:00")], 0, ["health_condition", "carers", "older_people", "free_cost"],
  topics=["dementia", "carers_group"])

T("s_sketch", "Stirling Sketching Group",
  "Stirling Urban Sketchers",
  "We sketch around the Old Town - the castle, the Church of the Holy Rude, the cafes. Bring a pencil. Free.",
  ("Stirling Castle esplanade", "Castle Wynd", "Stirling", "FK8 1EJ", 56.1230, -3.9465),
  [("M", "1SA", "10:30-12:30")], 0, ["arts_crafts", "walking_outdoors", "free_cost"],
  topics=["painting"])
