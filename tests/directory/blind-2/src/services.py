# Invented services for the blind-2 directory test. Written blind.
# Each S(...) is one service; build.py turns them into ORUK v3 JSON.

SERVICES = []

def S(key, name, org, at, venue, addr, pc, topics, desc, sched, cost, date, **kw):
    d = dict(key=key, name=name, org=org, at=at, venue=venue, addr=addr, pc=pc,
             topics=set(topics.split()), desc=desc, sched=sched, cost=cost, date=date)
    d.update(kw)
    SERVICES.append(d)

W = "esd"; OA = "openActive"; CD = "council-directory"
STEP = "Step-free access throughout"
LOOP = "Hearing loop available"
LIFT = "Lift to first floor; accessible toilet"

# ---------------------------------------------------------------- Kirklees
S("K01", "Colne Valley Wednesday Walkers", "Colne Valley Walking Friends", ("Slaithwaite", 0.0012, -0.0010),
  "Slaithwaite Civic Hall (meet outside)", "New Street", "HD7 5AB", "walk",
  "<p>Friendly walks of 3 to 5 miles around the Colne Valley, ending at a cafe for anyone who wants a brew.</p><p>Dogs on leads welcome. Under 16s welcome with an adult.</p>",
  ["W WE 10:00 12:30"], (0, "Free"), "A2026-09-14", tax=[(W, "Walking groups")],
  access=["Routes are on uneven moorland and canal paths, not suitable for wheelchairs"], phone="07700 900112")
S("K02", "Holmfirth Health Walks", "Holme Valley Health Walks", ("Holmfirth", 0.0006, 0.0011),
  "Holmfirth Library (meeting point)", "47 Huddersfield Road", "HD9 3JH", "walk exercise_older",
  "Gentle, led one-hour walks on mostly flat routes. A good way back into exercise after illness or if you're not very mobile. Walk leaders are trained in first aid.",
  ["W TH 10:30 11:30"], (0, "Free"), "A2026-10-02", tax=[(OA, "Walking"), (W, "Walking groups")],
  access=["Short flat routes; some step-free options", "Benches along the way"])
S("K03", "Marsden Moor Strollers", "Marsden Moor Strollers", ("Marsden", -0.0008, 0.0015),
  "Marsden Mechanics Hall (car park)", "Peel Street", "HD7 6BW", "walk",
  "Monthly Sunday stroll onto the moor and back, about 4 miles with a stop for flasks and sandwiches. Bring waterproofs and good boots.",
  ["M 1SU 10:00 13:00"], (0, "No charge"), "L2026-08-20")
S("K04", "Crow Nest Park Walk and Talk", "Dewsbury Wellbeing Partnership", ("Dewsbury", 0.0050, -0.0080),
  "Crow Nest Park (main gates)", "Heckmondwike Road", "WF13 2SG", "walk wellbeing",
  "<p><strong>Walk and Talk</strong> is a relaxed hour around Crow Nest Park for anyone who wants some fresh air and company.<br>No need to book, just turn up.</p>",
  ["W MO 11:00 12:00"], (0, "Free"), "A2026-07-21", tax=[(W, "Walking groups"), (W, "Mental health support")],
  access=["Tarmac paths, step-free loop available"])
S("K05", "Batley Greenway Walking Group", "Batley Greenway Walkers", ("Batley", -0.0030, 0.0040),
  "Batley Sports Centre (car park)", "Windmill Lane", "WF17 0QD", "walk",
  "Saturday morning walks along the Greenway and Dewsbury Country Park. All welcome.",
  ["W SA 10:00 12:00"], (0, "Free"), "A2025-03-11", tax=[(W, "Walking groups")])
S("K06", "Mirfield Short Walks", "Mirfield Ramblers", ("Mirfield", 0.0010, -0.0020),
  "Mirfield Library (meeting point)", "East Thorpe", "WF14 8AT", "walk",
  "Short walks (2-3 miles) along the canal and riverside, every other Saturday. Ideal if you're new to walking.",
  ["F SA 10:00 12:00"], (1, "£1 per walk"), "A2026-06-30", tax=[(W, "Walking groups")])
S("K07", "Huddersfield Library Knit and Natter", "Kirklees Libraries", ("Huddersfield", 0.0004, 0.0020),
  "Huddersfield Library", "Princess Alexandra Walk", "HD1 2SU", "craft coffee",
  "<p>Bring your knitting, crochet or any other craft and join us for a natter.</p><p>Beginners welcome &ndash; we can show you the basics and lend needles and wool.</p>",
  ["W TU 14:00 16:00"], (0, "Free"), "A2026-09-01", tax=[(W, "Arts and crafts groups"), (CD, "Libraries > Groups and clubs")],
  access=[LIFT, LOOP])
S("K08", "Lindley Craft Circle", "Lindley Craft Circle", ("Lindley", 0.0005, -0.0008),
  "Lindley Community Centre", "Lidget Street", "HD3 3JB", "craft",
  "Card making, sewing and whatever else members fancy. Tea and biscuits included.",
  ["W TH 13:30 15:30"], (3, "£3 a session including tea"), "A2026-08-12", tax=[(W, "Arts and crafts groups")],
  access=[STEP])
S("K09", "Dewsbury Stitch Cafe", "The Old Co-op Dewsbury", ("Dewsbury", -0.0006, 0.0012),
  "The Old Co-op", "Northgate", "WF13 1DS", "craft coffee",
  "Sewing, mending and embroidery over coffee on Saturday mornings. Machines available to use. <br>All abilities.",
  ["W SA 10:00 12:00"], (2, "£2 suggested donation"), "L2026-09-02")
S("K10", "Cleckheaton Crafty Folk", "Cleckheaton Crafty Folk", ("Cleckheaton", 0.0008, 0.0006),
  "Cleckheaton Town Hall (small hall)", "Bradford Road", "BD19 5AR", "craft coffee",
  "Weekly craft afternoon: knitting, crochet, cross-stitch and card making.",
  ["W WE 13:30 15:30"], (1.5, "£1.50"), "A2026-08-01", status="inactive", tax=[(W, "Arts and crafts groups")])
S("K11", "Heckmondwike Men's Shed", "Heckmondwike Men's Shed CIO", ("Heckmondwike", -0.0015, 0.0020),
  "Unit 4, Beck Lane Workshops", "Beck Lane", "WF16 0JZ", "shed men",
  "<p>A workshop where people come together to make, mend and chat. Woodwork, metalwork, bike repair and plenty of tea.</p><p>Nobody needs any skills to join.</p>",
  ["D MO,WE 10:00 15:00"], (2, "£2 a session"), "A2026-10-10", ages=(18, None), age_in="fields",
  tax=[(W, "Men's sheds")], access=["Ground floor workshop, step-free"], phone="01632 960211")
S("K12", "Holme Valley Men's Shed", "Holme Valley Men's Shed", ("Thongsbridge", 0.0005, 0.0010),
  "Thongsbridge Mill Yard", "Miry Lane", "HD9 7SB", "shed men",
  "Woodwork, restoring tools and garden furniture for local schools and charities. Tea, biscuits and good company.",
  ["D TU,FR 09:30 14:30"], (0, "Free (donations welcome)"), "A2026-07-07", ages=(18, None), age_in="words",
  elig="Open to anyone aged 18 and over - you don't have to be a man!", tax=[(W, "Men's sheds")])
S("K13", "Growing Together Birkby Allotment", "Growing Together Kirklees", ("Birkby", 0.0010, -0.0010),
  "Birkby Allotments (plot 12)", "Grove Road", "HD1 6EA", "garden volunteer",
  "<p>A community allotment where anyone can come and grow fruit, veg and flowers.</p><ul><li>Raised beds for people who can't kneel</li><li>Tools and gloves provided</li><li>Take home some of the harvest</li></ul>",
  ["W WE 10:00 14:00"], (0, "Free"), "A2026-08-28", tax=[(W, "Gardening groups"), (W, "Volunteering opportunities")],
  access=["Step-free: raised beds and firm level paths", "Accessible compost toilet"])
S("K14", "Slaithwaite Green Fingers", "Slaithwaite Green Fingers", ("Slaithwaite", -0.0010, 0.0018),
  "Slaithwaite Railway Station planters", "Station Road", "HD7 5AS", "garden volunteer",
  "Volunteers look after the station planters and village flower beds every other Saturday.",
  ["F SA 10:00 12:00"], (0, "Free"), "A2024-09-19", tax=[(W, "Gardening groups")])
S("K15", "Batley Community Garden Club", "Batley Community Garden", ("Batley", 0.0020, -0.0030),
  "Wilton Park Community Garden", "Wilton Park", "WF17 0AE", "garden",
  "Growing veg and herbs together in the walled garden at Wilton Park. Thursdays, whatever the weather.",
  ["W TH 10:00 12:00"], (0, "Free"), "A2026-06-15", tax=[(W, "Gardening groups")])
S("K16", "Dewsbury Community Choir", "Dewsbury Community Choir", ("Dewsbury", 0.0010, 0.0005),
  "Dewsbury Town Hall (Crossley Room)", "Wakefield Old Road", "WF12 8DG", "music",
  "<p><strong>No auditions, no need to read music.</strong> Pop, folk and gospel songs, learned by ear.</p>",
  ["W WE 19:00 20:30"], (3, "£3 a week"), "A2026-09-23", tax=[(W, "Choirs and singing groups")], access=[LIFT])
S("K17", "Holmfirth Singing for Wellbeing", "Holme Valley Arts and Health", ("Holmfirth", -0.0005, -0.0006),
  "Holmfirth Civic Hall", "Huddersfield Road", "HD9 3AS", "music wellbeing",
  "A friendly singing session that lifts the spirits. Dementia-friendly: people living with dementia and the people who care for them are very welcome.",
  ["W MO 14:00 15:30"], (2, "£2 suggested donation"), "A2026-10-19", tax=[(W, "Choirs and singing groups"), (W, "Dementia support")],
  access=[STEP, LOOP])
S("K18", "Marsden Folk Night", "Weavers Arms Marsden", ("Marsden", 0.0006, -0.0005),
  "The Weavers Arms", "Peel Street", "HD7 6BR", "music",
  "Open folk session in the back room: bring an instrument, sing, or just listen.",
  ["W TH 20:00 23:00"], (0, "Free"), "L2026-09-15", ages=(18, None), age_in="both",
  elig="Over 18s only as it's in the pub.")
S("K20", "Batley Memory Lane Coffee Morning", "Batley Memory Lane", ("Batley", 0.0008, 0.0012),
  "Batley Town Hall (Memorial Room)", "Market Place", "WF17 5DA", "coffee older",
  "Coffee, cake, music and reminiscence. Carers welcome to stay.",
  ["W FR 10:00 12:00"], (0, "Free"), "A2026-08-08", ages=(60, None), age_in="words",
  elig="For people aged 60 and over, and their carers.", tax=[(CD, "Older people > Social activities")], access=[STEP])
S("K21", "Mirfield Friday Coffee Morning", "Mirfield Community Trust", ("Mirfield", -0.0012, 0.0008),
  "Mirfield Community Centre", "Huddersfield Road", "WF14 8AN", "coffee",
  "Tea, coffee, toast and a chat, plus a bring-and-buy table. Everyone welcome.",
  ["W FR 10:00 12:00"], (1, "£1 a cuppa"), "A2026-09-05", tax=[(CD, "Community > Social groups")], access=[STEP])
S("K22", "Cleckheaton Tuesday Lunch Club", "Spen Valley Age Well", ("Cleckheaton", -0.0010, 0.0012),
  "Cleckheaton Methodist Hall (community room)", "Bradford Road", "BD19 3LU", "lunch older",
  "<p>A two-course home-cooked lunch, then bingo or a quiz.</p><p>Transport can be arranged if you can't get there yourself &ndash; please ring.</p>",
  ["W TU 12:00 14:00"], (5, "£5 for a two-course lunch"), "A2026-07-30", ages=(60, None), age_in="fields",
  tax=[(W, "Lunch clubs")], access=[STEP], phone="01632 960231")
S("K23", "Almondbury Luncheon Club", "Almondbury Village Society", ("Almondbury", 0.0006, 0.0004),
  "Almondbury Village Hall", "Westgate", "HD5 8XJ", "lunch older",
  "Thursday lunch with friends. Meals cooked on site; special diets catered for if you tell us in advance.",
  ["W TH 12:00 14:00"], (4.5, "£4.50"), "A2026-06-11", ages=(55, None), age_in="words",
  elig="For people aged 55 and over", tax=[(W, "Lunch clubs")])
S("K24", "Dewsbury Warm Welcome Cafe", "Dewsbury Community Hub", ("Dewsbury", -0.0010, -0.0010),
  "Dewsbury Community Hub", "Bond Street", "WF13 1AX", "warm cafe coffee",
  "<p>Warm, free and friendly. Soup, toast and hot drinks, phone charging, newspapers and games.</p><p>Open weekdays October to March.</p>",
  ["D MO,TU,WE,TH,FR 10:00 15:00"], (0, "Free"), "A2026-10-28", tax=[(W, "Warm spaces"), (W, "Community cafes")],
  access=[STEP])
S("K25", "The Welcome Table Pay-As-You-Feel Cafe", "The Welcome Table CIC", ("Huddersfield", -0.0015, 0.0005),
  "The Welcome Table", "8 Station Street", "HD1 1LN", "cafe coffee volunteer pantry",
  "<p>A community cafe using surplus food. <strong>Pay as you feel</strong> &ndash; nobody is turned away.</p><p>We are always looking for volunteers in the kitchen and front of house.</p>",
  ["D TU,WE,TH,FR,SA 10:00 15:00"], (None, "Pay as you feel"), "A2026-09-30",
  tax=[(W, "Community cafes"), (W, "Volunteering opportunities")], access=[STEP])
S("K26", "Lockwood Library Book Club", "Kirklees Libraries", ("Lockwood", 0.0004, 0.0003),
  "Lockwood Library", "Bridge Street", "HD4 6EL", "books",
  "Monthly book club. Books provided by the library, including large print and audio.",
  ["M 2TU 18:30 20:00"], (0, "Free"), "A2026-08-04", tax=[(W, "Reading groups")])
S("K27", "Dewsbury Library Reading Group", "Kirklees Libraries", ("Dewsbury", 0.0004, -0.0002),
  "Dewsbury Library", "Railway Street", "WF12 8EQ", "books",
  "A relaxed afternoon reading group. New members welcome.",
  ["M 1WE 14:00 15:30"], (0, "Free"), "A2025-06-10", tax=[(W, "Reading groups")])
S("K28", "Huddersfield Chess Club", "Huddersfield Chess Club", ("Huddersfield", 0.0020, -0.0015),
  "The Old Court Room, Queensgate", "Queensgate", "HD1 2RR", "chess games",
  "All standards from complete beginner to league player. Juniors aged 10+ welcome with a parent.",
  ["W TH 19:00 22:00"], (2, "£2 (juniors free)"), "A2026-10-07",
  tax=[(CD, "Leisure > Clubs and societies")])
S("K29", "Batley Board Games Night", "Batley Bulls Community Trust", ("Batley", -0.0005, -0.0011),
  "Batley Community Centre", "Cambridge Street", "WF17 5JH", "games",
  "Hundreds of board and card games, someone to teach you, and cheap snacks. Families welcome before 7pm.",
  ["W FR 18:00 21:00"], (3, "£3 adults, children free"), "A2026-10-01", tax=[(CD, "Leisure > Clubs and societies")])
S("K30", "Dewsbury Town Hall Tea Dance", "Dewsbury Town Hall Events", ("Dewsbury", 0.0012, 0.0009),
  "Dewsbury Town Hall (Ballroom)", "Wakefield Old Road", "WF12 8DG", "dance older",
  "Ballroom and sequence dancing with a live organist, tea and cake. No partner needed.",
  ["M 1WE 13:30 15:30", "M 3WE 13:30 15:30"], (4, "£4 including tea"), "A2026-09-09",
  tax=[(OA, "Ballroom dancing")], access=[LIFT])
S("K32", "Strength and Balance 60+ Heckmondwike", "Kirklees Active Leisure", ("Heckmondwike", 0.0010, 0.0007),
  "Heckmondwike Sports Centre", "Walkley Lane", "WF16 0PD", "exercise_older",
  "Gentle exercises to improve strength and balance and reduce the risk of falls. Seated options available.",
  ["W TH 10:30 11:30"], (2.5, "£2.50"), "A2026-08-17", ages=(60, None), age_in="fields",
  tax=[(OA, "Strength and balance")], access=[STEP])
S("K34", "Huddersfield Library Digital Drop-in", "Kirklees Libraries", ("Huddersfield", 0.0005, 0.0021),
  "Huddersfield Library (ground floor)", "Princess Alexandra Walk", "HD1 2SU", "digital",
  "<p>Help with phones, tablets and laptops: email, video calls, NHS app, Universal Credit journal, online shopping.</p><p>Bring your own device or use ours.</p>",
  ["W MO 10:00 12:00", "W TH 14:00 16:00"], (0, "Free"), "A2026-10-12", tax=[(W, "Digital inclusion")], access=[STEP])
S("K35", "Dewsbury Get Online", "Kirklees Libraries", ("Dewsbury", 0.0005, -0.0003),
  "Dewsbury Library", "Railway Street", "WF12 8EQ", "digital",
  "Get online with one-to-one help from a digital champion. Tablets can be borrowed to take home.",
  ["W TU 13:00 15:00"], (0, "Free"), "A2026-06-24", tax=[(W, "Digital inclusion")])
S("K36", "Batley Tablet Tea Party", "Batley Memory Lane", ("Batley", 0.0009, 0.0011),
  "Batley Town Hall (Memorial Room)", "Market Place", "WF17 5DA", "digital older coffee",
  "Learn to use a tablet over tea and cake: video calls with family, photos, and staying safe online.",
  ["W WE 14:00 16:00"], (0, "Free"), "A2026-09-18", ages=(65, None), age_in="words",
  elig="For people aged 65 and over", tax=[(W, "Digital inclusion")])
S("K37", "Kirklees Carers Cafe", "Carers Count Kirklees", ("Huddersfield", -0.0008, -0.0012),
  "Brian Jackson House (community room)", "New North Parade", "HD1 5JP", "carers coffee",
  "<p>A monthly cafe for anyone looking after a family member or friend. Information, a listening ear and a break.</p><p>Replacement care can sometimes be arranged &ndash; ask when you ring.</p>",
  ["M 2WE 10:30 12:30"], (0, "Free"), "A2026-10-06", tax=[(W, "Carers support")], access=[STEP], phone="01632 960244")
S("K38", "Dewsbury Carers Support Group", "Carers Count Kirklees", ("Dewsbury", -0.0005, 0.0015),
  "Dewsbury Health Centre (meeting room)", "Wellington Road", "WF13 1HN", "carers",
  "Monthly peer support for unpaid carers.",
  ["M 3TH 13:00 15:00"], (0, "Free"), "A2025-01-20", tax=[(W, "Carers support")])
S("K39", "Huddersfield Bereavement Cafe", "Kirklees Bereavement Network", ("Huddersfield", 0.0012, 0.0012),
  "Huddersfield Quaker Meeting House (community room)", "Church Street", "HD1 1DD", "bereaved coffee",
  "A safe, informal space to talk (or not) with others who have lost someone. Tea, cake and trained volunteers.",
  ["M 1TH 14:00 16:00"], (0, "Free"), "A2026-09-03", tax=[(W, "Bereavement support")], access=[STEP])
S("K40", "Spen Valley Bereavement Support Group", "Spen Valley Age Well", ("Cleckheaton", 0.0010, -0.0010),
  "Cleckheaton Library (meeting room)", "Whitcliffe Road", "BD19 3DX", "bereaved",
  "Fortnightly evening group for anyone grieving, however long ago it was.",
  ["F MO 18:30 20:00"], (0, "Free"), "A2026-07-14", tax=[(W, "Bereavement support")])
S("K41", "Kirklees Pride Social", "Kirklees Pride Social", ("Huddersfield", 0.0025, 0.0010),
  "The Corner Bar", "Wood Street", "HD1 1BT", "lgbtq",
  "Monthly social for LGBTQ+ adults and friends. Quiet corner available if you'd rather chat.",
  ["M -1FR 19:00 22:00"], (0, "Free entry"), "L2026-10-30", ages=(18, None), age_in="fields")
S("K42", "Rainbow Youth Kirklees", "Kirklees Youth Service", ("Huddersfield", -0.0020, 0.0018),
  "Huddersfield Youth Hub", "Ramsden Street", "HD1 2TA", "lgbtq youth",
  "<p>A weekly group for LGBTQ+ young people and those questioning. Games, art, trips and trusted youth workers.</p>",
  ["W TU 17:30 19:30"], (0, "Free"), "A2026-09-21", ages=(13, 19), age_in="both",
  elig="Young people aged 13 to 19", tax=[(W, "Youth clubs"), (W, "LGBT support")])
S("K43", "Ravensthorpe Stay and Play", "Dewsbury Family Hub", ("Ravensthorpe", 0.0006, -0.0004),
  "Ravensthorpe Family Hub", "Huddersfield Road", "WF13 3AP", "toddler",
  "Play, songs and snacks for babies and pre-school children with their grown-ups.",
  ["D MO,WE 09:30 11:30"], (1, "£1 per family"), "A2026-08-25", tax=[(W, "Parent and toddler groups")], access=[STEP])
S("K44", "Little Acorns Toddler Group Holmfirth", "Little Acorns Holmfirth", ("Holmfirth", 0.0010, -0.0015),
  "Holmfirth Parish Rooms", "Towngate", "HD9 1HA", "toddler",
  "Toddler group with toys, crafts and singing.",
  ["W FR 09:30 11:00"], (2, "£2"), "L2024-11-04", tax=[(W, "Parent and toddler groups")])
S("K45", "Marsden Youth Club", "Kirklees Youth Service", ("Marsden", -0.0004, 0.0009),
  "Marsden Community Centre", "Town Gate", "HD7 6DD", "youth",
  "Pool, table tennis, cooking and trips. Run by qualified youth workers.",
  ["W TH 18:00 20:00"], (0.5, "50p"), "A2026-09-10", ages=(11, 16), age_in="fields", tax=[(W, "Youth clubs")])
S("K46", "Batley Youth Hub", "Kirklees Youth Service", ("Batley", -0.0012, 0.0004),
  "Batley Youth Hub", "Cambridge Street", "WF17 5JH", "youth",
  "<p>Drop-in youth centre with music studio, gaming, sports hall and someone to talk to.</p>",
  ["D MO,WE 17:00 20:00"], (0, "Free"), "A2026-10-14", ages=(12, 19), age_in="words",
  elig="Young people aged 12 to 19", tax=[(W, "Youth clubs")])
S("K47", "Savile Town Youth Football", "Savile Town Community Sports", ("Savile Town", 0.0004, 0.0006),
  "Savile Town Recreation Ground", "Savile Road", "WF12 9LP", "youth sport",
  "Free coached football for boys and girls. Boots not needed, trainers are fine.",
  ["W SA 10:00 11:30"], (0, "Free"), "A2026-07-19", ages=(12, 16), age_in="fields", tax=[(OA, "Football")])
S("K48", "Kirklees Young Carers Project", "Carers Count Kirklees", ("Huddersfield", -0.0007, -0.0011),
  "Brian Jackson House", "New North Parade", "HD1 5JP", "carers youth",
  "After-school club, trips and one-to-one support for young people who help look after someone at home.",
  ["F WE 16:30 18:30"], (0, "Free"), "A2026-08-31", ages=(8, 18), age_in="fields", tax=[(W, "Carers support")])
S("K49", "Kirklees Language Cafe", "Kirklees Welcome Network", ("Huddersfield", 0.0008, -0.0022),
  "Huddersfield Methodist Mission (cafe)", "Lord Street", "HD1 1QA", "language newcomer coffee",
  "<p>Practise your English over tea and cake with friendly volunteers. All levels.</p><p>Advice on ESOL classes, libraries and local services.</p>",
  ["W SA 11:00 13:00"], (0, "Free"), "A2026-10-24", tax=[(W, "English language classes (ESOL)"), (W, "Refugee and asylum seeker support")],
  langs=[("English", "en"), ("Arabic", "ar"), ("Kurdish", "ku"), ("Farsi", "fa")])
S("K50", "Dewsbury Women's English Conversation", "Savile Town Women's Centre", ("Savile Town", -0.0005, -0.0004),
  "Savile Town Women's Centre", "Warren Street", "WF12 9LY", "language newcomer women womenonly",
  "Women-only English conversation group with a free creche.",
  ["W TU 10:00 12:00"], (0, "Free"), "A2026-09-08", tax=[(W, "English language classes (ESOL)")],
  langs=[("English", "en"), ("Urdu", "ur"), ("Gujarati", "gu")])
S("K51", "Kirklees Phone Friends", "Kirklees Befriending Service", ("Huddersfield", -0.0030, 0.0030),
  "Kirklees Befriending Service office", "Northumberland Street", "HD1 1RL", "befriend",
  "<p>A friendly volunteer rings you for a chat once a week, at a time that suits you.</p><p>Refer yourself or ask someone to refer you.</p>",
  [], (0, "Free"), "A2026-10-01", ages=(50, None), age_in="fields", sched_text="Weekly phone calls at a time to suit you",
  days="MO TU WE TH FR", tax=[(W, "Befriending")], phone="01632 960251")
S("K52", "Spen Valley Home Visiting Befriending", "Spen Valley Age Well", ("Cleckheaton", -0.0009, 0.0013),
  "Spen Valley Age Well office", "Bradford Road", "BD19 3LU", "befriend",
  "A volunteer visits you at home for a cuppa and a chat, or goes with you to the shops or a group.",
  [], (0, "Free"), "A2026-06-19", ages=(60, None), age_in="words", elig="For people aged 60 and over living in the Spen Valley",
  sched_text="Visits arranged to suit you", days="MO TU WE TH FR", tax=[(W, "Befriending")], phone="01632 960232")
S("K53", "Holme Valley Good Neighbours", "Holme Valley Good Neighbours", ("Holmfirth", -0.0010, 0.0020),
  "Holmfirth Civic Hall (office)", "Huddersfield Road", "HD9 3AS", "befriend transport volunteer",
  "Volunteers offer friendly visits, phone calls and lifts to appointments and groups around the Holme Valley. New volunteers always welcome.",
  [], (0, "Free (lifts by donation)"), "A2026-08-14", sched_text="Office open Monday to Friday 9:30am to 12:30pm",
  days="MO TU WE TH FR", tax=[(W, "Befriending"), (W, "Community transport"), (W, "Volunteering opportunities")], phone="01632 960271")
S("K54", "Volunteer Kirklees", "Third Sector Leaders Kirklees", ("Huddersfield", 0.0010, 0.0030),
  "Volunteer Kirklees", "Ramsden Street", "HD1 2TW", "volunteer",
  "<p>Find a volunteering role that suits you: befriending, gardening, driving, cafes, charity shops and more.</p><p>Drop in for a chat or browse opportunities online.</p>",
  ["D MO,TU,WE,TH,FR 10:00 16:00"], (0, "Free"), "A2026-10-20", tax=[(W, "Volunteering opportunities")])
S("K55", "Kirklees Community Starter Fund", "Kirklees Council Communities Team", ("Huddersfield", -0.0004, 0.0035),
  "Civic Centre 3", "Market Street", "HD1 2YZ", "startgroup",
  "<p>Want to start a new group or activity in your area? Get <strong>grants of up to &pound;500</strong>, help with insurance, safeguarding and finding a venue.</p>",
  [], (0, "Free"), "A2026-09-15", sched_text="Apply any time; advisers available Monday to Friday", days="MO TU WE TH FR",
  tax=[(CD, "Community > Starting a group"), (CD, "Community > Grants and funding")])
S("K56", "Huddersfield Food Bank", "Huddersfield Food Bank", ("Huddersfield", -0.0018, -0.0020),
  "St Patrick's Hall", "New North Road", "HD1 5NF", "foodbank",
  "Emergency food parcels. You'll need a referral voucher from an agency such as your GP, Citizens Advice or the council &ndash; ring us if you don't have one.",
  ["D MO,WE,FR 12:00 14:00"], (0, "Free"), "A2026-10-26", tax=[(W, "Food banks")], phone="01632 960281")
S("K57", "Dewsbury and District Food Bank", "Dewsbury and District Food Bank", ("Dewsbury", 0.0020, 0.0016),
  "Dewsbury Community Church Hall", "Halifax Road", "WF13 2JG", "foodbank",
  "Three days' emergency food. Referral needed; we can refer you on the day if you're in crisis.",
  ["D TU,TH 10:00 13:00"], (0, "Free"), "A2026-09-29", tax=[(W, "Food banks")])
S("K58", "Batley Community Pantry", "Batley Community Pantry", ("Batley", 0.0016, 0.0016),
  "Batley Community Pantry", "Commercial Street", "WF17 5HH", "pantry",
  "<p>A members' food club: pay &pound;4 a week and choose about &pound;20 of groceries, including fresh fruit and veg.</p><p>No referral needed; open to anyone in Batley.</p>",
  ["W WE 10:00 13:00", "W SA 10:00 12:00"], (4, "£4 a week membership"), "A2026-08-19", tax=[(CD, "Money > Food support")])
S("K59", "Colne Valley Community Fridge", "Colne Valley Community Fridge", ("Slaithwaite", 0.0005, 0.0005),
  "Slaithwaite Civic Hall (side door)", "New Street", "HD7 5AB", "pantry",
  "Free surplus food from local shops. Take what you need, no questions asked.",
  ["D MO,TU,WE,TH,FR,SA 10:00 16:00"], (0, "Free"), "L2026-10-11")
S("K60", "Kirklees Warm Homes Advice", "Kirklees Warm Homes", ("Huddersfield", 0.0015, -0.0030),
  "Kirklees Warm Homes", "Westgate", "HD1 1NN", "energy",
  "<p>Free, impartial advice on gas and electricity bills, prepayment meters, energy debt, grants for insulation and boilers.</p><p>Phone line weekdays; drop-in on Thursday mornings.</p>",
  ["D MO,TU,WE,TH,FR 09:00 17:00"], (0, "Free"), "A2026-10-09", tax=[(W, "Energy and fuel advice")], phone="01632 960290")
S("K61", "Dewsbury Money Matters", "Dewsbury Money Matters", ("Dewsbury", -0.0015, 0.0005),
  "Dewsbury Town Hall (ground floor)", "Wakefield Old Road", "WF12 8DG", "debt benefits",
  "Free, confidential help with debts, benefits, Universal Credit and PIP forms. Drop in or book an appointment.",
  ["D TU,TH 10:00 15:00"], (0, "Free"), "A2026-09-16", tax=[(W, "Debt and money advice"), (W, "Benefits advice")], access=[STEP])
S("K62", "Huddersfield Saturday Debt Clinic", "Huddersfield Saturday Debt Clinic", ("Huddersfield", 0.0003, -0.0005),
  "Byram Arcade", "Westgate", "HD1 1ND", "debt benefits",
  "Saturday morning debt advice drop-in.",
  ["W SA 10:00 12:00"], (0, "Free"), "A2026-08-10", status="defunct", tax=[(W, "Debt and money advice")])
S("K63", "Kirklees Local Welfare Provision", "Kirklees Council", ("Huddersfield", -0.0005, 0.0036),
  "Civic Centre 1", "High Street", "HD1 2NF", "hardship",
  "Emergency help if you're in crisis: food, gas and electricity top-ups, essential household items. Apply by phone or online.",
  [], (0, "Free"), "A2026-10-15", sched_text="Phone lines Monday to Friday 9am to 4pm", days="MO TU WE TH FR",
  tax=[(CD, "Money > Hardship funds")], phone="01632 960200")
S("K64", "Kirklees Dial-a-Ride", "Kirklees Community Transport", ("Huddersfield", 0.0030, -0.0040),
  "Kirklees Community Transport depot", "Leeds Road", "HD1 6PF", "transport",
  "Door-to-door minibus for older people and anyone who finds buses hard to use. Wheelchair accessible. Book a day ahead.",
  ["D MO,TU,WE,TH,FR 08:30 17:00"], (2, "£5 yearly membership, fares from £2"), "A2026-08-21",
  tax=[(W, "Community transport")], access=["Wheelchair-accessible minibuses"], phone="01632 960260")
S("K66", "Kirklees Housing Advice Drop-in", "Kirklees Council Housing Solutions", ("Huddersfield", -0.0006, 0.0034),
  "Civic Centre 3", "Market Street", "HD1 2YZ", "housing",
  "Advice if you're homeless or at risk of losing your home, struggling with rent, or your home is in poor repair.",
  ["D MO,WE 10:00 13:00"], (0, "Free"), "A2026-10-03", tax=[(W, "Housing advice")], access=[STEP])
S("K67", "Dewsbury Walking Netball", "Dewsbury Netball Club", ("Dewsbury", 0.0030, -0.0030),
  "Dewsbury Sports Centre", "Mill Street East", "WF12 9BD", "sport women womenonly",
  "Netball at walking pace. Great for getting back into sport. Women and girls' sessions.",
  ["W TU 19:00 20:00"], (3, "£3"), "A2026-09-12", ages=(18, None), age_in="fields", tax=[(OA, "Walking netball")])
S("K68", "Huddersfield Walking Football 50+", "Huddersfield Walking Football", ("Huddersfield", 0.0040, 0.0050),
  "Leeds Road Sports Complex", "Leeds Road", "HD1 6PY", "sport older",
  "Football without the running. Men and women welcome.",
  ["W FR 10:00 11:30"], (3, "£3"), "A2026-10-07", ages=(50, None), age_in="fields", tax=[(OA, "Walking football")])
S("K69", "Mirfield Men's Walk and Talk", "Mirfield Men's Walk and Talk", ("Mirfield", 0.0020, 0.0010),
  "Mirfield Station car park", "Station Road", "WF14 8NW", "walk men menonly wellbeing",
  "A Sunday morning walk for men who want to talk (or just walk). No pressure, no judgement.",
  ["W SU 09:00 10:30"], (0, "Free"), "A2026-08-23", ages=(18, None), age_in="words", elig="Men aged 18 and over",
  tax=[(W, "Mental health support")])
S("K70", "Calm Minds Peer Support", "Calm Minds Kirklees", ("Huddersfield", 0.0016, 0.0025),
  "Zion Community Rooms", "Venn Street", "HD1 2RL", "wellbeing",
  "Peer support for adults living with anxiety or low mood. Small group, tea, no need to talk until you're ready.",
  ["W TH 18:00 19:30"], (0, "Free"), "A2026-09-24", ages=(18, None), age_in="fields", tax=[(W, "Mental health support")])
S("K71", "Cleckheaton Library Warm Space", "Kirklees Libraries", ("Cleckheaton", 0.0011, -0.0009),
  "Cleckheaton Library", "Whitcliffe Road", "BD19 3DX", "warm coffee",
  "A warm, welcoming space with free hot drinks, newspapers, wifi and jigsaws during library opening hours.",
  ["D MO,TU,WE,TH,FR,SA 09:30 17:00"], (0, "Free"), "A2026-10-21", tax=[(W, "Warm spaces")], access=[STEP])
S("K72", "Golcar Youth Cafe", "Kirklees Youth Service", ("Golcar", 0.0004, 0.0004),
  "Golcar Community Centre", "Knowl Road", "HD7 4AN", "youth",
  "Youth cafe with games and snacks.",
  ["W WE 18:00 20:00"], (0, "Free"), "A2026-09-02", status="temporarily closed", ages=(11, 17), age_in="fields",
  tax=[(W, "Youth clubs")])

S("K73", "Honley Tots", "Honley Village Community Trust", ("Honley", 0.0004, -0.0006),
  "Honley Village Hall", "Westgate", "HD9 6AA", "toddler",
  "<p>Baby and toddler group with toys, crafts, songs and a cuppa for the grown-ups.</p><p>Dads, grandparents and childminders welcome.</p>",
  ["W WE 09:30 11:30"], (1.5, "£1.50 per family"), "A2026-09-22", tax=[(W, "Parent and toddler groups")], access=[STEP])

# ---------------------------------------------------------------- Harrogate district
S("H01", "Stray Strollers", "Harrogate Health Walks", ("Harrogate", -0.0030, 0.0090),
  "The Stray (by the Tewit Well)", "Leeds Road", "HG2 8AA", "walk exercise_older",
  "<p>An easy hour's walk on the Stray, finishing with coffee for those who want it.</p>",
  ["W TU 10:00 11:30"], (0, "Free"), "A2026-09-02", tax=[(W, "Walking groups"), (OA, "Walking")], access=["Flat tarmac paths"])
S("H02", "Nidd Gorge Walkers", "Knaresborough Walking Group", ("Knaresborough", 0.0020, -0.0060),
  "Conyngham Hall car park", "Bond End", "HG5 9AY", "walk",
  "Thursday walks of 4-6 miles through the Nidd Gorge and surrounding countryside. Some stiles and steep bits.",
  ["W TH 10:00 12:30"], (0, "Free"), "A2026-08-06", tax=[(W, "Walking groups")])
S("H03", "Ripon Health Walks", "Ripon Health Walks", ("Ripon", 0.0008, -0.0012),
  "Ripon Spa Gardens (bandstand)", "Park Street", "HG4 2BE", "walk exercise_older",
  "Short, gentle walks around Ripon led by trained volunteers. Ideal if you're getting back into exercise.",
  ["W MO 10:30 11:30"], (0, "Free"), "A2026-10-13", tax=[(OA, "Walking")])
S("H04", "Nidderdale Saturday Walkers", "Nidderdale Saturday Walkers", ("Pateley Bridge", 0.0004, 0.0006),
  "Pateley Bridge showground car park", "Bridgehouse Gate", "HG3 5HW", "walk",
  "Every other Saturday we walk 6-8 miles in the dale. Bring a packed lunch.",
  ["F SA 10:00 14:00"], (0, "Free"), "L2026-09-25")
S("H05", "Masham Rambles", "Masham Rambles", ("Masham", 0.0005, 0.0004),
  "Masham Market Place", "Market Place", "HG4 4DZ", "walk",
  "Monthly Sunday ramble from Masham.",
  ["M 2SU 10:00 13:00"], (0, "Free"), "A2025-04-02", tax=[(W, "Walking groups")])
S("H06", "Harrogate Library Knit and Natter", "North Yorkshire Libraries", ("Harrogate", 0.0030, 0.0010),
  "Harrogate Library", "Victoria Avenue", "HG1 1EG", "craft coffee",
  "Knitting, crochet and chat. Wool and needles to borrow. All welcome.",
  ["W WE 14:00 16:00"], (0, "Free"), "A2026-10-07", tax=[(W, "Arts and crafts groups")], access=[STEP, LOOP])
S("H07", "Ripon Patchwork and Quilting", "Ripon Quilters", ("Ripon", -0.0010, 0.0008),
  "Ripon Community House", "Sharow View", "HG4 1BY", "craft",
  "Patchwork, quilting and applique. Beginners very welcome, fabrics to share.",
  ["M 2TH 10:00 13:00", "M 4TH 10:00 13:00"], (3, "£3"), "A2026-07-09", tax=[(W, "Arts and crafts groups")])
S("H08", "Boroughbridge Craft and Chat", "Boroughbridge Community Care", ("Boroughbridge", 0.0005, -0.0005),
  "Boroughbridge Community Hall", "Back Lane", "YO51 9AA", "craft coffee",
  "Bring your own project or try something new. Tea and cake.",
  ["W TU 13:30 15:30"], (2, "£2"), "A2026-09-19", tax=[(CD, "Community > Social groups")], access=[STEP])
S("H09", "Pateley Bridge Community Garden", "Nidderdale Growers", ("Pateley Bridge", -0.0006, 0.0010),
  "Pateley Bridge Community Garden", "Church Street", "HG3 5LB", "garden volunteer",
  "Volunteer-run garden growing veg for the community larder. No experience needed; tools provided.",
  ["W SA 10:00 12:00"], (0, "Free"), "A2026-08-21", tax=[(W, "Gardening groups"), (W, "Volunteering opportunities")])
S("H10", "Starbeck Community Orchard", "Friends of Starbeck Orchard", ("Starbeck", 0.0006, 0.0004),
  "Starbeck Community Orchard", "Forest Lane", "HG2 7HA", "garden volunteer",
  "Monthly work mornings pruning, planting and picking in our community orchard. Apple day every October.",
  ["M 1SU 10:00 13:00"], (0, "Free"), "L2026-07-30")
S("H11", "Knaresborough Allotment Buddies", "Knaresborough Allotment Buddies", ("Knaresborough", -0.0010, 0.0012),
  "Knaresborough Allotments", "Aspin Lane", "HG5 8EP", "garden",
  "Buddying for new and older allotment holders.",
  ["W WE 10:00 12:00"], (0, "Free"), "A2026-06-09", status="inactive", tax=[(W, "Gardening groups")])
S("H12", "Harrogate Community Choir", "Harrogate Community Choir", ("Harrogate", 0.0010, -0.0020),
  "St Mark's Community Hall", "Leeds Road", "HG2 8AY", "music",
  "<p>A big, friendly choir singing everything from Abba to African songs. No auditions.</p>",
  ["W MO 19:30 21:00"], (4, "£4 a session"), "A2026-09-14", tax=[(W, "Choirs and singing groups")])
S("H13", "Ripon Singing for the Brain", "Dementia Forward Ripon", ("Ripon", 0.0005, 0.0015),
  "Ripon Arts Hub", "Kirkgate", "HG4 1PA", "music dementia carers",
  "Singing sessions for people living with dementia and the people who care for them.",
  ["W TU 14:00 15:30"], (0, "Free"), "A2026-10-01", tax=[(W, "Dementia support"), (W, "Carers support")], access=[STEP])
S("H14", "Knaresborough Men's Shed", "Knaresborough Men's Shed", ("Knaresborough", 0.0030, 0.0040),
  "Chain Lane Workshop", "Chain Lane", "HG5 0AS", "shed men",
  "Woodwork, repairs, banter. Come along and see what we do.",
  ["D TU,TH 09:30 15:30"], (3, "£3 a day"), "A2026-08-13", ages=(18, None), age_in="fields", tax=[(W, "Men's sheds")])
S("H15", "Ripon Men's Shed", "Ripon Men's Shed", ("Ripon", -0.0030, -0.0020),
  "Ripon Business Park Unit 7", "Dallamires Lane", "HG4 1TT", "shed men",
  "A space to make things, share skills and have a laugh.",
  ["D WE,FR 10:00 15:00"], (2, "£2"), "A2026-06-29", ages=(18, None), age_in="words", elig="Open to anyone aged 18 and over",
  tax=[(W, "Men's sheds")])
S("H16", "Masham Town Hall Coffee Morning", "Masham Town Hall", ("Masham", 0.0002, 0.0008),
  "Masham Town Hall", "Little Market Place", "HG4 4DY", "coffee",
  "Saturday coffee morning with homemade cakes and a book swap.",
  ["W SA 10:00 12:00"], (1.5, "£1.50"), "A2026-09-26", access=[STEP])
S("H17", "Pateley Bridge Warm Hub", "Nidderdale Plus", ("Pateley Bridge", 0.0010, -0.0004),
  "Nidderdale Plus", "Station Square", "HG3 5HL", "warm coffee cafe",
  "<p>Warm space with free soup and bread, hot drinks, wifi and company every Wednesday.</p>",
  ["W WE 10:00 15:00"], (0, "Free"), "A2026-10-29", tax=[(W, "Warm spaces")], access=[STEP])
S("H18", "Bilton Lunch Club", "Bilton Community Association", ("Bilton", 0.0005, -0.0003),
  "Bilton Community Centre", "Woodfield Road", "HG1 4HZ", "lunch older",
  "<p>Hot two-course lunch twice a week followed by entertainment.</p><p>Members can be collected by our minibus.</p>",
  ["D TU,TH 12:00 14:00"], (6, "£6"), "A2026-08-03", ages=(60, None), age_in="fields", tax=[(W, "Lunch clubs")], access=[STEP])
S("H19", "Knaresborough Friendship Lunch", "Knaresborough Friendship Group", ("Knaresborough", 0.0008, 0.0002),
  "Knaresborough Methodist Hall (community room)", "Gracious Street", "HG5 8DT", "lunch older",
  "Monthly lunch and chat.",
  ["M 2WE 12:00 14:00"], (5, "£5"), "A2026-09-07", ages=(65, None), age_in="words", elig="For people aged 65 and over",
  tax=[(W, "Lunch clubs")])
S("H20", "Boroughbridge Luncheon Club", "Boroughbridge Community Care", ("Boroughbridge", 0.0003, -0.0003),
  "Boroughbridge Community Hall", "Back Lane", "YO51 9AA", "lunch older",
  "Friday lunch for anyone who'd enjoy company. Lifts available from villages around Boroughbridge.",
  ["W FR 12:00 13:30"], (5.5, "£5.50"), "A2026-07-17", tax=[(W, "Lunch clubs")], access=[STEP])
S("H21", "Harrogate Library Book Group", "North Yorkshire Libraries", ("Harrogate", 0.0031, 0.0011),
  "Harrogate Library", "Victoria Avenue", "HG1 1EG", "books",
  "Evening book group on the last Tuesday of the month. Copies supplied.",
  ["M -1TU 18:00 19:30"], (0, "Free"), "A2026-10-16", tax=[(W, "Reading groups")], access=[STEP])
S("H22", "Ripon Library Reading Circle", "North Yorkshire Libraries", ("Ripon", 0.0002, 0.0003),
  "Ripon Library", "The Arcade", "HG4 1AG", "books",
  "Daytime reading group, first Wednesday of the month.",
  ["M 1WE 10:30 12:00"], (0, "Free"), "A2026-06-22", tax=[(W, "Reading groups")])
S("H23", "Harrogate Chess Club", "Harrogate Chess Club", ("Harrogate", -0.0012, 0.0002),
  "Harrogate Bowling Club pavilion", "Dragon Parade", "HG1 5BY", "chess games",
  "Friendly chess club for all ages and standards; juniors free.",
  ["W MO 19:00 22:00"], (3, "£3 adults, juniors free"), "A2026-09-30", tax=[(CD, "Leisure > Clubs and societies")])
S("H24", "Knaresborough Games Afternoon", "Knaresborough Friendship Group", ("Knaresborough", 0.0009, 0.0003),
  "Knaresborough Methodist Hall (community room)", "Gracious Street", "HG5 8DT", "games coffee older",
  "Dominoes, cards, Scrabble and a quiz every Friday afternoon.",
  ["W FR 14:00 16:00"], (2, "£2 including tea"), "A2026-10-23", access=[STEP])
S("H25", "Harrogate Tea Dance", "Harrogate Tea Dance", ("Harrogate", 0.0005, 0.0006),
  "Crown Hall", "Crescent Road", "HG1 2RS", "dance older",
  "Sequence and ballroom dancing to recorded music. Afternoon tea served.",
  ["W WE 14:00 16:00"], (5, "£5"), "A2026-08-26", tax=[(OA, "Ballroom dancing")], access=[STEP])
S("H26", "Ripon Strictly Seniors Ballroom", "Strictly Seniors", ("Ripon", 0.0012, -0.0004),
  "Ripon Town Hall", "Market Place", "HG4 1DD", "dance older",
  "Ballroom and Latin for beginners.",
  ["W TH 14:00 16:00"], (4, "£4"), "A2025-02-14", tax=[(OA, "Ballroom dancing")])
S("H27", "Jennyfields Strength and Balance", "Harrogate Active Ageing", ("Jennyfields", 0.0004, 0.0005),
  "Jennyfields Community Centre", "Grantley Drive", "HG3 2XT", "exercise_older",
  "Falls prevention exercise class for older adults.",
  ["W MO 11:00 12:00"], (3, "£3"), "A2026-09-21", ages=(60, None), age_in="fields", tax=[(OA, "Strength and balance")], access=[STEP])
S("H28", "Knaresborough Seated Yoga", "Knaresborough Yoga Collective", ("Knaresborough", -0.0006, -0.0010),
  "Knaresborough House", "High Street", "HG5 0HW", "exercise_older",
  "Gentle chair-based yoga. Suitable for all mobility levels.",
  ["W WE 11:00 12:00"], (4, "£4"), "A2026-07-28", tax=[(OA, "Yoga"), (OA, "Chair-based exercise")], access=[STEP])
S("H29", "Harrogate Digital Buddies", "North Yorkshire Libraries", ("Harrogate", 0.0029, 0.0012),
  "Harrogate Library", "Victoria Avenue", "HG1 1EG", "digital",
  "<p>One-to-one help with smartphones, tablets, email, online forms and video calls.</p>",
  ["W TH 10:00 12:00"], (0, "Free"), "A2026-10-05", tax=[(W, "Digital inclusion")], access=[STEP])
S("H30", "Ripon Get Online Cafe", "Ripon Community House", ("Ripon", -0.0011, 0.0009),
  "Ripon Community House", "Sharow View", "HG4 1BY", "digital coffee",
  "Drop-in help with phones and computers over a cuppa.",
  ["W TU 14:00 16:00"], (0, "Free"), "A2026-08-18", tax=[(W, "Digital inclusion")])
S("H31", "Harrogate Carers' Cafe", "Carers' Resource Harrogate", ("Harrogate", -0.0008, -0.0015),
  "Harrogate Carers' Resource", "Cornwall Road", "HG1 2PW", "carers coffee",
  "Monthly cafe for unpaid carers: support, information and a break with people who understand.",
  ["M 1WE 10:30 12:00"], (0, "Free"), "A2026-10-09", tax=[(W, "Carers support")], phone="01632 960311")
S("H32", "Nidderdale Carers Group", "Carers' Resource Harrogate", ("Pateley Bridge", 0.0007, -0.0006),
  "Nidderdale Plus", "Station Square", "HG3 5HL", "carers",
  "Monthly support group for carers in Nidderdale.",
  ["M 3TU 13:30 15:00"], (0, "Free"), "A2026-07-22", tax=[(W, "Carers support")])
S("H33", "Harrogate Bereavement Walk and Talk", "Harrogate Bereavement Support", ("Valley Gardens", 0.0003, -0.0010),
  "Valley Gardens (Sun Pavilion entrance)", "Valley Drive", "HG2 0JZ", "bereaved walk",
  "A gentle walk with others who have been bereaved, with a trained volunteer. Every other Saturday.",
  ["F SA 10:00 11:30"], (0, "Free"), "A2026-09-12", tax=[(W, "Bereavement support")])
S("H34", "Ripon Bereavement Cafe", "Harrogate Bereavement Support", ("Ripon", 0.0003, 0.0016),
  "Ripon Arts Hub (cafe)", "Kirkgate", "HG4 1PA", "bereaved coffee",
  "Monthly drop-in cafe for people who are grieving.",
  ["M 2MO 14:00 16:00"], (0, "Free"), "A2026-06-16", tax=[(W, "Bereavement support")])
S("H35", "Harrogate LGBTQ+ Coffee and Chat", "Harrogate Rainbow Network", ("Harrogate", 0.0002, -0.0008),
  "Cafe on the Corner", "Cambridge Road", "HG1 1RP", "lgbtq coffee",
  "Relaxed monthly meet-up for LGBTQ+ people and friends, 16 and over.",
  ["M 2TH 18:30 20:30"], (0, "Free"), "L2026-10-19", ages=(16, None), age_in="fields")
S("H36", "Knaresborough Baby and Toddler Group", "Knaresborough Family Hub", ("Knaresborough", 0.0004, 0.0020),
  "Knaresborough Family Hub", "Stockdale Walk", "HG5 8DY", "toddler",
  "Toys, messy play and singing for babies and toddlers with parents, grandparents and carers.",
  ["W TU 09:30 11:30"], (1.5, "£1.50 per family"), "A2026-09-01", tax=[(W, "Parent and toddler groups")], access=[STEP])
S("H37", "Ripon Stay and Play", "Ripon Family Hub", ("Ripon", -0.0020, 0.0020),
  "Ripon Family Hub", "Church Lane", "HG4 2ES", "toddler",
  "Free play session for under-fives and their grown-ups.",
  ["W TH 10:00 11:30"], (0, "Free"), "A2026-08-07", tax=[(W, "Parent and toddler groups")])
S("H38", "Starbeck Youth Cafe", "Harrogate Youth Work Partnership", ("Starbeck", -0.0005, -0.0006),
  "Starbeck Youth Centre", "High Street", "HG2 7HY", "youth",
  "<p>Chill out, play games, cook, or talk to a youth worker. Free toast!</p>",
  ["D WE,FR 18:00 21:00"], (0, "Free"), "A2026-10-02", ages=(11, 18), age_in="fields", tax=[(W, "Youth clubs")])
S("H39", "Ripon Youth Club", "Ripon Youth Club", ("Ripon", 0.0015, 0.0005),
  "Ripon Youth Centre", "Stonebridgegate", "HG4 1TP", "youth",
  "Pool, games, sports and trips.",
  ["W TU 18:00 20:00"], (1, "£1"), "A2026-09-16", ages=(11, 16), age_in="words", elig="Young people aged 11 to 16",
  tax=[(W, "Youth clubs")])
S("H40", "Nidderdale Youth Club", "Nidderdale Plus", ("Pateley Bridge", 0.0012, -0.0002),
  "Nidderdale Plus", "Station Square", "HG3 5HL", "youth",
  "Youth club for the dale: games, cooking, film nights. Lifts home can be arranged for outlying villages.",
  ["W TH 18:30 20:30"], (0, "Free"), "A2026-07-08", ages=(12, 18), age_in="fields", tax=[(W, "Youth clubs")])
S("H41", "Harrogate Conversation Cafe", "Harrogate District of Sanctuary", ("Harrogate", -0.0005, 0.0015),
  "Harrogate Friends Meeting House (community room)", "Queen Parade", "HG1 5PP", "language newcomer coffee",
  "<p>Conversation practice in English for people new to the area, refugees and anyone learning English.</p><p>Free refreshments and children's corner.</p>",
  ["W SA 10:30 12:30"], (0, "Free"), "A2026-09-28", tax=[(W, "English language classes (ESOL)")],
  langs=[("English", "en"), ("Ukrainian", "uk"), ("Arabic", "ar")])
S("H42", "Harrogate Telephone Befriending", "Harrogate Good Neighbours", ("Harrogate", 0.0015, -0.0025),
  "Harrogate Good Neighbours office", "Skipton Road", "HG1 4LA", "befriend",
  "A weekly phone call from a friendly volunteer for anyone feeling lonely or isolated.",
  [], (0, "Free"), "A2026-10-08", ages=(18, None), age_in="fields", sched_text="Calls arranged to suit you",
  days="MO TU WE TH FR", tax=[(W, "Befriending")], phone="01632 960321")
S("H43", "Knaresborough Good Neighbours", "Knaresborough Good Neighbours", ("Knaresborough", -0.0004, 0.0008),
  "Knaresborough Good Neighbours office", "Park Place", "HG5 0ER", "befriend transport volunteer",
  "Volunteers offer home visits, phone calls, and lifts to appointments and social groups. We always need more volunteers.",
  [], (0, "Free (lifts by donation)"), "A2026-08-10", sched_text="Office Monday to Friday mornings", days="MO TU WE TH FR",
  tax=[(W, "Befriending"), (W, "Community transport")])
S("H44", "Harrogate Volunteer Centre", "Community First Harrogate", ("Harrogate", 0.0020, 0.0025),
  "Harrogate Volunteer Centre", "Station Parade", "HG1 1ST", "volunteer",
  "Find volunteering across the district: befriending, driving, conservation, charity shops, events.",
  ["D MO,TU,WE,TH 10:00 15:00"], (0, "Free"), "A2026-10-22", tax=[(W, "Volunteering opportunities")])
S("H45", "Ripon Walled Garden Volunteers", "Ripon Walled Garden", ("Ripon", -0.0040, -0.0010),
  "Ripon Walled Garden", "Skellfield Terrace", "HG4 2AT", "volunteer garden",
  "<p>Join our friendly volunteer team growing plants and produce alongside people with learning disabilities.</p>",
  ["D TU,TH 10:00 15:00"], (0, "Free"), "A2026-09-04", tax=[(W, "Volunteering opportunities"), (W, "Gardening groups")])
S("H46", "Harrogate District Food Bank", "Harrogate District Food Bank", ("Harrogate", -0.0015, 0.0035),
  "Harrogate District Food Bank", "Station Bridge", "HG1 1SS", "foodbank",
  "Emergency food with a referral voucher. If you don't have one, phone and we'll help.",
  ["D MO,WE,FR 11:00 13:00"], (0, "Free"), "A2026-10-20", tax=[(W, "Food banks")], phone="01632 960331")
S("H47", "Ripon Food Bank", "Ripon Food Bank", ("Ripon", 0.0006, -0.0018),
  "Ripon Community Church Hall", "Bondgate", "HG4 1QW", "foodbank",
  "Emergency food parcels, Tuesdays and Fridays.",
  ["D TU,FR 10:00 12:00"], (0, "Free"), "A2026-09-09", tax=[(W, "Food banks")])
S("H48", "Knaresborough Community Pantry", "Knaresborough Community Pantry", ("Knaresborough", 0.0012, -0.0008),
  "Knaresborough Community Pantry", "Park Place", "HG5 0ER", "pantry",
  "Pay &pound;3.50 a week and choose groceries worth much more. No referral needed.",
  ["W TH 13:00 16:00"], (3.5, "£3.50 a week"), "A2026-08-27", tax=[(CD, "Money > Food support")])
S("H49", "Nidderdale Community Larder", "Nidderdale Growers", ("Pateley Bridge", -0.0005, 0.0011),
  "Pateley Bridge Community Garden (shed)", "Church Street", "HG3 5LB", "pantry",
  "Free veg, bread and store-cupboard food on Saturday mornings.",
  ["W SA 10:00 12:00"], (0, "Free"), "L2026-10-03")
S("H50", "Warm and Well Harrogate", "Warm and Well North Yorkshire", ("Harrogate", -0.0020, -0.0030),
  "Warm and Well office", "Cheltenham Parade", "HG1 1DB", "energy",
  "Help with energy bills, heating, damp homes and grants. Phone advice service; home visits for people who need them.",
  ["D MO,TU,WE,TH,FR 09:00 17:00"], (0, "Free"), "A2026-10-11", tax=[(W, "Energy and fuel advice")], phone="01632 960341")
S("H51", "Harrogate Money and Benefits Advice", "Harrogate Advice Network", ("Harrogate", -0.0010, 0.0030),
  "Harrogate Advice Centre", "Station Parade", "HG1 1TT", "debt benefits",
  "Free, confidential advice on debts, benefits, PIP and Universal Credit, including help filling in forms.",
  ["D MO,WE,TH 10:00 15:00"], (0, "Free"), "A2026-09-22", tax=[(W, "Debt and money advice"), (W, "Benefits advice")], access=[STEP])
S("H52", "Ripon Benefits Advice Outreach", "Harrogate Advice Network", ("Ripon", 0.0003, 0.0004),
  "Ripon Library", "The Arcade", "HG4 1AG", "benefits debt",
  "Benefits and money advice outreach at Ripon Library, first and third Tuesday of the month.",
  ["M 1TU 10:00 13:00", "M 3TU 10:00 13:00"], (0, "Free"), "A2026-07-12", tax=[(W, "Benefits advice")])
S("H53", "Harrogate Dial-a-Ride", "Harrogate Community Transport", ("Harrogate", 0.0040, -0.0050),
  "Harrogate Community Transport", "Claro Road", "HG1 4AY", "transport",
  "Accessible minibus for people who can't easily use buses. Shopping trips and door-to-door journeys.",
  ["D MO,TU,WE,TH,FR 09:00 16:00"], (3, "£3 per journey"), "A2026-08-29", tax=[(W, "Community transport")],
  access=["Wheelchair-accessible minibuses"])
S("H54", "Nidderdale Community Car Scheme", "Nidderdale Plus", ("Pateley Bridge", 0.0011, -0.0003),
  "Nidderdale Plus", "Station Square", "HG3 5HL", "transport",
  "Volunteer drivers take you to hospital, GP, shops and social groups from anywhere in Nidderdale.",
  [], (None, "45p a mile"), "A2026-06-26", sched_text="Book 48 hours ahead, Monday to Friday", days="MO TU WE TH FR",
  tax=[(W, "Community transport")])
S("H55", "Harrogate Housing Options Drop-in", "North Yorkshire Council Housing", ("Harrogate", 0.0012, 0.0040),
  "Harrogate Civic Centre", "St Luke's Avenue", "HG1 2AE", "housing",
  "Advice on homelessness, private renting problems, eviction and finding somewhere to live.",
  ["D TU,TH 10:00 12:30"], (0, "Free"), "A2026-10-14", tax=[(W, "Housing advice")], access=[STEP])
S("H56", "North Yorkshire Household Support Grants", "North Yorkshire Council", ("Harrogate", 0.0013, 0.0041),
  "Harrogate Civic Centre", "St Luke's Avenue", "HG1 2AE", "hardship",
  "One-off grants for food, energy and essentials if you're struggling. Apply online or by phone.",
  [], (0, "Free"), "A2026-10-01", sched_text="Apply online any time or phone Monday to Friday", days="MO TU WE TH FR",
  tax=[(CD, "Money > Hardship funds")])
S("H57", "Start Something Harrogate", "Community First Harrogate", ("Harrogate", 0.0021, 0.0026),
  "Harrogate Volunteer Centre", "Station Parade", "HG1 1ST", "startgroup",
  "Help to start a community group: a small grant, a template constitution, a venue list, and someone to talk it through.",
  [], (0, "Free"), "A2026-09-17", sched_text="Appointments Monday to Thursday", days="MO TU WE TH",
  tax=[(CD, "Community > Starting a group")])
S("H58", "Knaresborough Walking Football 50+", "Knaresborough Walking Football", ("Knaresborough", 0.0025, 0.0030),
  "King James's School sports hall", "King James's Road", "HG5 8EB", "sport older",
  "Walking football for over-50s. All abilities.",
  ["W WE 10:00 11:00"], (3, "£3"), "A2026-08-15", ages=(50, None), age_in="fields", tax=[(OA, "Walking football")])
S("H59", "Harrogate Saturday Money Clinic", "Harrogate Saturday Money Clinic", ("Harrogate", -0.0009, 0.0028),
  "Harrogate Advice Centre", "Station Parade", "HG1 1TT", "debt benefits",
  "Saturday debt and benefits clinic.",
  ["W SA 10:00 12:00"], (0, "Free"), "A2026-05-30", status="defunct", tax=[(W, "Debt and money advice")])

# ---------------------------------------------------------------- Hackney
S("X01", "Hackney Marshes Walk and Talk", "Hackney Wellbeing Network", ("Hackney Marshes", 0.0000, -0.0050),
  "Hackney Marshes Centre", "Homerton Road", "E9 5PF", "walk wellbeing",
  "<p>A gentle hour's walk around the Marshes with time to chat. Good for your body and your head.</p>",
  ["W WE 10:30 11:30"], (0, "Free"), "A2026-10-01", tax=[(W, "Walking groups"), (W, "Mental health support")], access=["Flat paths"])
S("X02", "Clissold Park Health Walk", "Hackney Health Walks", ("Stoke Newington", -0.0005, -0.0140),
  "Clissold House (front steps)", "Stoke Newington Church Street", "N16 9HJ", "walk exercise_older",
  "Short health walks around Clissold Park at an easy pace. Step-free route.",
  ["W TU 11:00 12:00"], (0, "Free"), "A2026-09-15", tax=[(OA, "Walking"), (W, "Walking groups")], access=["Step-free paths"])
S("X03", "Victoria Park Saturday Walkers", "Victoria Park Saturday Walkers", ("Victoria Park", 0.0010, 0.0000),
  "Victoria Park (Pavilion Cafe)", "Old Ford Road", "E9 7DE", "walk",
  "Brisk 5k walk around the park, then coffee.",
  ["W SA 10:00 11:30"], (0, "Free"), "L2026-10-10")
S("X04", "Dalston Crochet Club", "Hackney Libraries", ("Dalston", 0.0002, 0.0010),
  "CLR James Library", "Dalston Square", "E8 3BQ", "craft",
  "Evening crochet club for beginners and improvers. Hooks and yarn provided.",
  ["W TH 18:00 20:00"], (0, "Free"), "A2026-09-24", tax=[(W, "Arts and crafts groups")], access=[STEP, LOOP])
S("X05", "Hackney Wick Makers' Afternoon", "Wick Makers Collective", ("Hackney Wick", 0.0005, -0.0010),
  "Wick Makers studio", "Hepscott Road", "E9 5HB", "craft",
  "Printmaking, ceramics and textiles with local artists. Materials &pound;5, free if you can't pay.",
  ["W SU 14:00 17:00"], (5, "£5 materials (free if you can't pay)"), "A2026-08-20", tax=[(W, "Arts and crafts groups")])
S("X06", "Homerton Sewing Circle", "Homerton Sewing Circle", ("Homerton", 0.0004, 0.0008),
  "Homerton Community Hall", "Homerton High Street", "E9 6AS", "craft",
  "Sewing and mending group.",
  ["W WE 13:00 15:00"], (0, "Free"), "A2025-05-07", tax=[(W, "Arts and crafts groups")])
S("X07", "Clapton Community Garden", "Clapton Growers", ("Lower Clapton", 0.0010, -0.0008),
  "Clapton Community Garden", "Powerscroft Road", "E5 0PU", "garden volunteer",
  "<p>Drop in and help grow food and flowers in the heart of Clapton. Tools, gloves and tea provided.</p>",
  ["W SA 11:00 14:00"], (0, "Free"), "A2026-09-06", tax=[(W, "Gardening groups"), (W, "Volunteering opportunities")])
S("X08", "Stamford Hill Growing Club", "Stamford Hill Growing Club", ("Stamford Hill", -0.0008, 0.0006),
  "Stamford Hill Estate garden", "Stamford Hill", "N16 6RS", "garden",
  "Estate gardening club.",
  ["W TU 10:00 12:00"], (0, "Free"), "A2026-09-01", status="temporarily closed", tax=[(W, "Gardening groups")])
S("X09", "Hoxton Estate Garden Club", "Hoxton Tenants' Association", ("Hoxton", -0.0004, 0.0006),
  "Hoxton Estate garden", "Hoxton Street", "N1 6SH", "garden",
  "Growing herbs, salad and flowers on the estate. All residents welcome, children with an adult.",
  ["W TH 15:00 17:00"], (0, "Free"), "A2026-07-23", tax=[(W, "Gardening groups")])
S("X10", "Hackney Community Choir", "Hackney Community Choir", ("Hackney Central", 0.0006, -0.0010),
  "St John at Hackney Community Hall", "Lower Clapton Road", "E8 1JN", "music",
  "<p>No auditions, no sheet music. Songs from around the world.</p><p>&pound;5 a session, free if you're unwaged.</p>",
  ["W TU 19:00 21:00"], (5, "£5, free if unwaged"), "A2026-10-12", tax=[(W, "Choirs and singing groups")])
S("X11", "Stoke Newington Silver Singers", "Stoke Newington Silver Singers", ("Stoke Newington", 0.0010, 0.0008),
  "Stoke Newington Library (hall)", "Stoke Newington Church Street", "N16 0JS", "music older",
  "Singing for fun and for your health.",
  ["W WE 14:00 15:30"], (2, "£2"), "A2026-08-30", ages=(60, None), age_in="words", elig="For people aged 60 and over",
  tax=[(W, "Choirs and singing groups")], access=[STEP])
S("X12", "Hackney Wick Men's Shed", "Hackney Wick Men's Shed", ("Hackney Wick", -0.0006, 0.0012),
  "Arch 38", "Wallis Road", "E9 5LH", "shed men",
  "A community workshop: woodwork, bike repairs, upcycling. Everyone learns from everyone.",
  ["D WE,SA 10:00 16:00"], (0, "Free (donations welcome)"), "A2026-09-19", ages=(18, None), age_in="fields",
  tax=[(W, "Men's sheds")])
S("X13", "Dalston Community Kitchen Cafe", "Dalston Community Kitchen", ("Dalston", -0.0008, 0.0005),
  "Dalston Community Kitchen", "Kingsland High Street", "E8 2PB", "cafe coffee volunteer",
  "<p>Faith-neutral community cafe: hot meals, <strong>pay what you can</strong>, free wifi, and a warm welcome. Volunteers wanted.</p>",
  ["D MO,TU,WE,TH,FR 10:00 16:00"], (None, "Pay what you can"), "A2026-10-17",
  tax=[(W, "Community cafes"), (W, "Warm spaces")], access=[STEP])
S("X14", "Stamford Hill Friday Coffee Morning", "Stamford Hill Community Association", ("Stamford Hill", 0.0006, 0.0008),
  "Stamford Hill Community Centre", "Amhurst Park", "N16 5AJ", "coffee",
  "Tea, coffee and biscuits and a chat.",
  ["W FR 10:00 12:00"], (0, "Free"), "A2026-07-03", tax=[(CD, "Community > Social groups")], access=[STEP])
S("X15", "Homerton Lunch Club", "Homerton Age Together", ("Homerton", -0.0005, -0.0005),
  "Homerton Community Hall", "Homerton High Street", "E9 6AS", "lunch older",
  "Hot lunch three times a week, with exercise, games and trips.",
  ["D MO,WE,FR 12:00 14:00"], (3.5, "£3.50"), "A2026-09-27", ages=(60, None), age_in="fields", tax=[(W, "Lunch clubs")],
  access=[STEP])
S("X16", "Clapton Saturday Community Lunch", "Clapton Commons", ("Clapton", 0.0004, 0.0006),
  "Round Chapel Old School Rooms", "Powerscroft Road", "E5 0PU", "lunch cafe",
  "A free hot lunch for anyone in the community every Saturday. Sit with neighbours, no questions asked.",
  ["W SA 12:00 14:00"], (0, "Free"), "A2026-10-24", tax=[(W, "Community cafes")], access=[STEP])
S("X17", "Stoke Newington Library Book Club", "Hackney Libraries", ("Stoke Newington", 0.0011, 0.0009),
  "Stoke Newington Library", "Stoke Newington Church Street", "N16 0JS", "books",
  "Monthly evening book club. Copies available to borrow.",
  ["M 3WE 18:30 20:00"], (0, "Free"), "A2026-08-09", tax=[(W, "Reading groups")])
S("X18", "Hoxton Over-55s Book Club", "Hoxton Hall Community", ("Hoxton", 0.0006, -0.0003),
  "Hoxton Hall", "Hoxton Street", "N1 6SH", "books older",
  "Afternoon book club with tea.",
  ["M 2TU 14:00 15:30"], (0, "Free"), "A2026-09-02", ages=(55, None), age_in="words", elig="For people aged 55 and over",
  tax=[(W, "Reading groups")])
S("X19", "Hackney Chess Club", "Hackney Chess Club", ("Dalston", 0.0015, -0.0005),
  "Kingsland Hall", "Kingsland Road", "E8 4AA", "chess games",
  "All ages and levels; juniors welcome with a parent. Coaching for beginners from 6.30pm.",
  ["W MO 18:30 21:30"], (2, "£2"), "A2026-10-05", tax=[(CD, "Leisure > Clubs and societies")])
S("X20", "London Fields Games Afternoon", "London Fields Community Room", ("London Fields", 0.0003, 0.0005),
  "London Fields Community Room", "Martello Street", "E8 3PE", "games coffee older",
  "Cards, dominoes, backgammon and board games with tea.",
  ["W TH 14:00 16:00"], (0, "Free"), "A2026-08-13")
S("X21", "Hackney Salsa Social", "Hackney Salsa", ("Hackney Central", -0.0004, 0.0012),
  "The Round Room", "Mare Street", "E8 1HE", "dance",
  "Beginners' class at 7.30pm then social dancing till late.",
  ["W FR 19:30 22:30"], (6, "£6"), "A2026-09-11", ages=(18, None), age_in="fields", tax=[(OA, "Salsa")])
S("X22", "Hackney Town Hall Tea Dance", "Hackney Council Events", ("Hackney Central", -0.0010, -0.0002),
  "Hackney Town Hall (Assembly Hall)", "Mare Street", "E8 1EA", "dance older",
  "Monthly tea dance with live band. Everyone welcome, no partner needed.",
  ["M 1SU 14:00 16:30"], (3, "£3"), "A2026-10-04", tax=[(OA, "Ballroom dancing")], access=[STEP, LOOP])
S("X23", "Homerton Chair Yoga", "Homerton Age Together", ("Homerton", -0.0004, -0.0004),
  "Homerton Community Hall", "Homerton High Street", "E9 6AS", "exercise_older",
  "Gentle yoga, seated or standing. For all mobility levels.",
  ["W TU 11:00 12:00"], (2, "£2"), "A2026-08-24", tax=[(OA, "Chair-based exercise")], access=[STEP])
S("X24", "Stoke Newington Strength and Balance 60+", "Hackney Active Ageing", ("Stoke Newington", -0.0010, 0.0012),
  "Clissold Leisure Centre (studio 2)", "Clissold Road", "N16 9EX", "exercise_older",
  "Free falls-prevention classes for older residents.",
  ["W FR 10:00 11:00"], (0, "Free"), "A2026-09-29", ages=(60, None), age_in="fields", tax=[(OA, "Strength and balance")], access=[STEP])
S("X25", "Hackney Digital Champions", "Hackney Libraries", ("Hackney Central", 0.0002, 0.0004),
  "Hackney Central Library", "Reading Lane", "E8 1GQ", "digital",
  "Free help to get online: phones, laptops, email, universal credit, booking GP appointments.",
  ["W MO 10:00 12:00", "W TH 10:00 12:00"], (0, "Free"), "A2026-10-19", tax=[(W, "Digital inclusion")], access=[STEP])
S("X26", "Stamford Hill Get Online", "Stamford Hill Community Association", ("Stamford Hill", 0.0005, 0.0009),
  "Stamford Hill Community Centre", "Amhurst Park", "N16 5AJ", "digital non_english",
  "Help with phones and computers in English, Yiddish and Turkish.",
  ["W WE 13:00 15:00"], (0, "Free"), "A2026-07-15", tax=[(W, "Digital inclusion")],
  langs=[("English", "en"), ("Yiddish", "yi"), ("Turkish", "tr")])
S("X27", "Hackney Carers Hub Drop-in", "Hackney Carers Centre", ("Dalston", -0.0012, -0.0008),
  "Hackney Carers Centre", "Dalston Lane", "E8 1NG", "carers",
  "<p>Advice, carers' assessments, breaks and a friendly face for unpaid carers.</p>",
  ["W TU 10:00 13:00"], (0, "Free"), "A2026-10-08", tax=[(W, "Carers support")], access=[STEP], phone="020 7946 0311")
S("X28", "Clapton Carers Coffee Morning", "Hackney Carers Centre", ("Clapton", -0.0006, 0.0004),
  "Clapton Library (community room)", "Northwold Road", "E5 8RA", "carers coffee",
  "Monthly coffee morning for carers.",
  ["M 2FR 10:00 12:00"], (0, "Free"), "A2026-09-03", tax=[(W, "Carers support")])
S("X29", "Hackney Bereavement Cafe", "Hackney Bereavement Network", ("Stoke Newington", -0.0006, 0.0010),
  "Abney Hall", "Stoke Newington High Street", "N16 0LH", "bereaved coffee",
  "A monthly cafe where you can talk about the person you've lost, or just have a cup of tea with people who understand.",
  ["M 1SA 11:00 13:00"], (0, "Free"), "A2026-09-20", tax=[(W, "Bereavement support")])
S("X30", "Homerton Grief Support Group", "Homerton Grief Support", ("Homerton", 0.0006, -0.0006),
  "Homerton Community Hall", "Homerton High Street", "E9 6AS", "bereaved",
  "Weekly grief support group.",
  ["W TH 18:00 19:30"], (0, "Free"), "A2024-10-15", tax=[(W, "Bereavement support")])
S("X31", "Dalston Queer Social", "Dalston Queer Social", ("Dalston", 0.0004, -0.0012),
  "The Kingsland Rooms", "Kingsland High Street", "E8 2PB", "lgbtq",
  "Monthly queer social night. Sober-friendly, quiet room available.",
  ["M -1TH 19:00 23:00"], (0, "Free"), "L2026-10-28", ages=(18, None), age_in="fields")
S("X32", "Rainbow Elders Hackney", "Rainbow Elders Hackney", ("Hackney Central", 0.0010, 0.0006),
  "Hackney Central Library (meeting room)", "Reading Lane", "E8 1GQ", "lgbtq older coffee",
  "Monthly tea and chat for older LGBTQ+ people.",
  ["M 3TU 14:00 16:00"], (0, "Free"), "A2026-08-11", ages=(50, None), age_in="words", elig="For people aged 50 and over",
  tax=[(W, "LGBT support")], access=[STEP])
S("X33", "Hackney Pride Youth", "Hackney Young Futures", ("Hackney Central", -0.0006, 0.0015),
  "Hackney Young Futures Hub", "Mare Street", "E8 3RH", "lgbtq youth",
  "<p>Weekly group for LGBTQ+ and questioning young people. Safe, fun and confidential.</p>",
  ["W WE 17:00 19:00"], (0, "Free"), "A2026-10-14", ages=(13, 19), age_in="fields", tax=[(W, "Youth clubs"), (W, "LGBT support")])
S("X34", "Hackney Wick Stay and Play", "Hackney Wick Children's Centre", ("Hackney Wick", 0.0008, 0.0006),
  "Hackney Wick Children's Centre", "Wick Road", "E9 5AE", "toddler",
  "Free play, songs and snacks for under-fives with their parents or carers.",
  ["W MO 10:00 11:30"], (0, "Free"), "A2026-09-09", tax=[(W, "Parent and toddler groups")], access=[STEP])
S("X35", "Stamford Hill Mums and Tots", "Stamford Hill Community Association", ("Stamford Hill", 0.0004, 0.0007),
  "Stamford Hill Community Centre", "Amhurst Park", "N16 5AJ", "toddler women womenonly",
  "A relaxed morning for mums with babies and toddlers. Women only.",
  ["W TH 10:00 12:00"], (0, "Free"), "A2026-08-05", tax=[(W, "Parent and toddler groups")])
S("X36", "Hoxton Youth Club", "Hoxton Youth Project", ("Hoxton", 0.0010, 0.0004),
  "Hoxton Youth Centre", "Pitfield Street", "N1 6BT", "youth",
  "<p>Open four nights a week: sports hall, music studio, cooking, homework help and trips.</p>",
  ["D MO,TU,WE,TH 17:00 21:00"], (0, "Free"), "A2026-10-21", ages=(11, 19), age_in="words",
  elig="Young people aged 11 to 19", tax=[(W, "Youth clubs")])
S("X37", "Clapton Youth Boxing", "Clapton Boxing Academy", ("Upper Clapton", -0.0010, 0.0010),
  "Clapton Boxing Academy", "Upper Clapton Road", "E5 9JP", "youth sport",
  "Non-contact boxing fitness for young people, boys and girls.",
  ["D TU,TH 17:30 19:00"], (1, "£1"), "A2026-09-13", ages=(12, 18), age_in="fields", tax=[(OA, "Boxing")])
S("X38", "Stoke Newington Youth Theatre", "N16 Youth Arts", ("Stoke Newington", 0.0014, -0.0004),
  "The Old Fire Station Studio", "Leswin Road", "N16 7NL", "youth drama",
  "Drama, improvisation and putting on shows. No experience needed.",
  ["W SA 11:00 13:00"], (0, "Free"), "A2026-08-16", ages=(11, 17), age_in="fields", tax=[(W, "Youth clubs")])
S("X39", "Dalston Language Exchange Cafe", "Dalston Welcome", ("Dalston", 0.0007, 0.0014),
  "Dalston Community Kitchen (back room)", "Kingsland High Street", "E8 2PB", "language newcomer coffee",
  "Practise English and share your language. For people new to London and anyone who wants to meet neighbours.",
  ["W WE 18:30 20:30"], (0, "Free"), "A2026-10-02", tax=[(W, "English language classes (ESOL)")])
S("X40", "Homerton Refugee Welcome Drop-in", "Hackney Migrant Welcome", ("Homerton", 0.0008, 0.0010),
  "Homerton Community Hall", "Homerton High Street", "E9 6AS", "newcomer coffee non_english",
  "<p>Free lunch, advice, English practice and friendship for refugees, asylum seekers and migrants.</p><p>Interpreters for Turkish, Arabic and Kurdish.</p>",
  ["W TH 11:00 14:00"], (0, "Free"), "A2026-09-25", tax=[(W, "Refugee and asylum seeker support")],
  langs=[("English", "en"), ("Turkish", "tr"), ("Arabic", "ar"), ("Kurdish", "ku")])
S("X41", "Hackney Phone Friends", "Hackney Befriending Network", ("Hackney Central", 0.0015, 0.0020),
  "Hackney Befriending Network office", "Mare Street", "E8 4RP", "befriend",
  "A regular friendly phone call from a trained volunteer for anyone who's lonely.",
  [], (0, "Free"), "A2026-10-13", ages=(18, None), age_in="fields", sched_text="Calls at a time that suits you",
  days="MO TU WE TH FR", tax=[(W, "Befriending")], phone="020 7946 0322")
S("X42", "Hackney Visiting Friends", "Hackney Age Together", ("Clapton", 0.0010, -0.0004),
  "Hackney Age Together office", "Lower Clapton Road", "E5 0NS", "befriend",
  "A volunteer visits you at home every week and can come with you to groups.",
  [], (0, "Free"), "A2026-07-29", ages=(65, None), age_in="words", elig="For people aged 65 and over",
  sched_text="Weekly home visits", days="MO TU WE TH FR", tax=[(W, "Befriending")])
S("X43", "Volunteer Hackney", "Volunteer Hackney", ("Hackney Central", 0.0018, -0.0004),
  "Volunteer Hackney", "Mare Street", "E8 4SA", "volunteer",
  "Hundreds of local volunteering roles: food banks, befriending, gardening, youth work, events.",
  ["D MO,TU,WE,TH,FR 10:00 16:00"], (0, "Free"), "A2026-10-26", tax=[(W, "Volunteering opportunities")])
S("X44", "Hackney Community Starter Grants", "Hackney Council Community Partnerships", ("Hackney Central", -0.0011, -0.0003),
  "Hackney Service Centre", "Hillman Street", "E8 1DY", "startgroup",
  "Small grants (up to &pound;1,000) and advice for residents starting a new community group or activity.",
  [], (0, "Free"), "A2026-09-18", sched_text="Apply online; rolling deadline", days="MO TU WE TH FR",
  tax=[(CD, "Community > Starting a group"), (CD, "Community > Grants and funding")])
S("X45", "Hackney Central Food Bank", "Hackney Food Bank", ("Hackney Central", 0.0008, 0.0016),
  "Hackney Food Bank centre", "Mare Street", "E8 3SE", "foodbank",
  "Emergency food parcels. Referral needed; we can help you get one.",
  ["D TU,TH,SA 10:00 12:30"], (0, "Free"), "A2026-10-27", tax=[(W, "Food banks")], phone="020 7946 0333")
S("X46", "Stoke Newington Food Bank", "Hackney Food Bank", ("Stoke Newington", -0.0008, -0.0006),
  "Stoke Newington Community Hall", "Stoke Newington High Street", "N16 7XB", "foodbank",
  "Wednesday food bank session.",
  ["W WE 12:00 14:30"], (0, "Free"), "A2026-09-30", tax=[(W, "Food banks")])
S("X47", "Clapton Community Pantry", "Clapton Commons", ("Clapton", 0.0005, 0.0007),
  "Round Chapel Old School Rooms", "Powerscroft Road", "E5 0PU", "pantry",
  "Members' pantry: &pound;3.50 a week for about &pound;15 of food. Sign up on your first visit.",
  ["W WE 14:00 17:00", "W SA 10:00 12:00"], (3.5, "£3.50 a week"), "A2026-08-28", tax=[(CD, "Money > Food support")])
S("X48", "Hoxton Community Fridge", "Hoxton Community Fridge", ("Hoxton", -0.0006, -0.0004),
  "Hoxton Street Market (stall 40)", "Hoxton Street", "N1 6SH", "pantry",
  "Free surplus food. Open to all.",
  ["D MO,TU,WE,TH,FR 12:00 17:00"], (0, "Free"), "L2026-10-06")
S("X49", "Hackney Energy Advice Service", "Hackney Energy Advice", ("Hackney Central", -0.0003, -0.0012),
  "Hackney Service Centre", "Hillman Street", "E8 1DY", "energy",
  "Help with energy bills, prepayment meters, debts with suppliers, Warm Home Discount and grants.",
  ["D MO,TU,WE,TH,FR 09:00 17:00"], (0, "Free"), "A2026-10-10", tax=[(W, "Energy and fuel advice")], phone="020 7946 0344")
S("X50", "Hackney Money Advice Drop-in", "Hackney Advice Partnership", ("Dalston", -0.0014, 0.0004),
  "Dalston Advice Centre", "Kingsland High Street", "E8 2NB", "debt benefits",
  "Free, confidential debt and benefits advice. Drop in Monday or Wednesday.",
  ["D MO,WE 10:00 14:00"], (0, "Free"), "A2026-09-23", tax=[(W, "Debt and money advice"), (W, "Benefits advice")], access=[STEP])
S("X51", "Hackney Crisis Support Scheme", "Hackney Council", ("Hackney Central", -0.0012, -0.0004),
  "Hackney Service Centre", "Hillman Street", "E8 1DY", "hardship",
  "Emergency payments and essential items for residents in financial crisis.",
  [], (0, "Free"), "A2026-10-06", sched_text="Apply online or phone Monday to Friday 9am to 5pm", days="MO TU WE TH FR",
  tax=[(CD, "Money > Hardship funds")])
S("X52", "Hackney Community Transport Dial-a-Ride", "Hackney Community Transport", ("Homerton", 0.0010, 0.0030),
  "HCT Depot", "Ponsford Street", "E9 6JU", "transport",
  "Door-to-door accessible transport for older and disabled residents who find public transport difficult.",
  ["D MO,TU,WE,TH,FR,SA 08:00 18:00"], (2, "£2 per trip"), "A2026-09-01", tax=[(W, "Community transport")],
  access=["Wheelchair-accessible vehicles"])
S("X53", "Hackney Housing Advice Drop-in", "Hackney Council Housing Needs", ("Hackney Central", -0.0013, -0.0005),
  "Hackney Service Centre", "Hillman Street", "E8 1DY", "housing",
  "Advice if you're homeless, facing eviction, or having problems with a landlord.",
  ["D TU,TH 09:30 12:30"], (0, "Free"), "A2026-10-16", tax=[(W, "Housing advice")], access=[STEP])
S("X54", "Hackney Wick Community Pantry", "Wick Food Co-op", ("Hackney Wick", 0.0002, 0.0002),
  "Wick Food Co-op", "Wallis Road", "E9 5LN", "pantry",
  "Community pantry.",
  ["W FR 14:00 17:00"], (3, "£3 a week"), "A2026-07-01", status="defunct", tax=[(CD, "Money > Food support")])
S("X55", "Dalston Knit Night", "Dalston Knit Night", ("Dalston", 0.0003, 0.0003),
  "The Print House cafe", "Ashwin Street", "E8 3DL", "craft",
  "Knitting night in a cafe.",
  ["W TU 18:30 20:30"], (0, "Free"), "A2026-09-01", status="inactive", tax=[(W, "Arts and crafts groups")])
S("X56", "Stamford Hill Women's Walk", "Stamford Hill Community Association", ("Stamford Hill", 0.0003, -0.0020),
  "Springfield Park (main gate)", "Springfield", "E5 9EF", "walk women womenonly",
  "A sociable women-only walk to Springfield Park and along the River Lea.",
  ["W MO 10:00 11:00"], (0, "Free"), "A2026-09-07", tax=[(W, "Walking groups")])

# ---------------------------------------------------------------- far away (popular topics)
S("F1", "Roundhay Park Walking Group", "Leeds Walking Partnership", ("Leeds", 0.0381, 0.0508),
  "Roundhay Park (Mansion car park)", "Mansion Lane", "LS8 2HH", "walk",
  "Friendly walks around Roundhay Park and the Leeds parks, every Wednesday.",
  ["W WE 10:00 12:00"], (0, "Free"), "A2026-10-01", tax=[(W, "Walking groups")])
S("F2", "Seacroft Knit and Natter", "Leeds Libraries", ("Leeds", 0.0253, 0.0992),
  "Seacroft Community Hub", "Seacroft Crescent", "LS14 6NZ", "craft coffee",
  "Knit and natter in the library. All welcome.",
  ["W TU 14:00 16:00"], (0, "Free"), "A2026-09-20", tax=[(W, "Arts and crafts groups")])
S("F3", "York Community Food Bank", "York Community Food Bank", ("York", 0.0000, 0.0000),
  "York Community Food Bank", "Walmgate", "YO1 9TX", "foodbank",
  "Emergency food parcels for people in York.",
  ["D MO,WE,FR 11:00 13:00"], (0, "Free"), "A2026-10-15", tax=[(W, "Food banks")])
S("F4", "York Men's Shed", "York Men's Shed", ("York", 0.0030, 0.0040),
  "York Men's Shed", "Leeman Road", "YO26 4XB", "shed men",
  "Woodwork and repairs in a friendly workshop.",
  ["D TU,TH 10:00 15:00"], (2, "£2"), "A2026-08-30", ages=(18, None), age_in="fields", tax=[(W, "Men's sheds")])
S("F5", "Croydon Knit and Natter", "Croydon Libraries", ("Croydon", 0.0000, 0.0000),
  "Croydon Central Library", "Katharine Street", "CR9 1ET", "craft coffee",
  "Knit and natter group, beginners welcome.",
  ["W TH 14:00 16:00"], (0, "Free"), "A2026-10-04", tax=[(W, "Arts and crafts groups")])
S("F6", "Croydon Lunch Club", "Croydon Age Together", ("Croydon", 0.0020, 0.0010),
  "Croydon Community Centre", "George Street", "CR0 1PA", "lunch older",
  "Hot lunch and company for older people.",
  ["D MO,WE 12:00 14:00"], (4, "£4"), "A2026-09-14", tax=[(W, "Lunch clubs")])
S("F7", "Croydon Youth Club", "Croydon Youth Service", ("Croydon", -0.0020, 0.0010),
  "Croydon Youth Centre", "Wellesley Road", "CR0 2AD", "youth",
  "Youth club with sports and music.",
  ["D MO,WE 17:00 20:00"], (0, "Free"), "A2026-10-10", ages=(11, 18), age_in="fields", tax=[(W, "Youth clubs")])
