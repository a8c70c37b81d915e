"""Harrogate district (North Yorkshire): hand-written services for blind-8.

Places: Harrogate (Jennyfields, New Park, Oatlands, Hookstone, Woodlands, the Duchy),
Hampsthwaite, Birstwith, Darley, Dacre Banks, Follifoot, Spofforth, Scotton,
Goldsborough, Green Hammerton, Bishop Thornton, Markington; Wetherby (Leeds) next
door; Skipton and Thirsk (North Yorkshire, outside the district) far off.
"""
from common import svc, L

AREA = {"name": "Harrogate district", "councils": ["North Yorkshire", "Harrogate district", "Leeds"],
        "state": "North Yorkshire", "phone": "01632 960{:03d}", "phone_base": 100}

V = "harrogate-district-guide"

JENNYFIELDS = L("Jennyfields Community Room", "Grantley Drive", "Jennyfields", "HG3 2XT", 54.0050, -1.5700)
HOOKSTONE = L("Hookstone Chase Church Hall", "Hookstone Chase", "Hookstone", "HG2 7HH", 53.9850, -1.5150)
CHELTENHAM = L("Cheltenham Parade Room", "Cheltenham Parade", "Harrogate", "HG1 1DB", 53.9940, -1.5400)
SKIPTON_ROAD = L("Skipton Road Rooms", "Skipton Road", "New Park", "HG1 3EY", 54.0080, -1.5480)
OFFICE = L("Station Parade office", "Station Parade", "Harrogate", "HG1 1TT", 53.9930, -1.5370)

SERVICES = [
    svc("hg_walk_jennyfields", "Jennyfields Jaunt",
        "A friendly, gentle two-mile health walk round Jennyfields and the edge of the golf course, "
        "Monday mornings at 10. Walk leaders go at the pace of the slowest. Free.",
        kind="walk", org="Harrogate Walking for Health", loc=JENNYFIELDS,
        sched=["MO 10:00-11:00"], tags=["walking_outdoors", "free_cost"]),

    svc("hg_walk_pinewoods", "Pinewoods Wander",
        "Wednesday afternoon stroll from the Valley Gardens gate up through the Pinewoods and back - about "
        "an hour, gentle slopes, benches on the way. Free, no need to book.",
        kind="walk", org="Harrogate Walking for Health",
        loc=L("Valley Gardens, Cornwall Road gate", "Cornwall Road", "Harrogate", "HG1 2PP", 53.9920, -1.5490),
        sched=["WE 14:00-15:00"], tags=["walking_outdoors", "older_people", "free_cost"]),

    svc("hg_hike_nidderdale", "Nidderdale Long Striders",
        "Big days out in Nidderdale and the Dales: 12-16 miles, hills, moorland and stiles. Good fitness "
        "and proper boots needed. Saturdays, car share from Dacre Banks. 18+.",
        kind="walk", org="Nidderdale Long Striders",
        loc=L("Dacre Banks village car park", "Low Lane", "Dacre Banks", "HG3 4EA", 54.0540, -1.7170),
        sched=["SA 08:30-17:00"], cost=[(3, "£3 per walk")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"]),

    svc("hg_walk_spofforth", "Spofforth Castle Amblers",
        "Gentle village walk on Thursday mornings, past the castle ruins and along the beck. Around 2.5 "
        "miles on good paths, coffee after at the reading room.",
        kind="walk", org="Spofforth Reading Room Committee",
        loc=L("Castle Street Reading Room", "Castle Street", "Spofforth", "HG3 1AR", 53.9550, -1.4500),
        sched=["TH 10:30-12:00"], tags=["walking_outdoors", "free_cost"], emit_tags=False,
        other=[(V, "ACT-WALK", "Activities - walking")], trap="pair"),

    svc("hg_walk_bereave", "Walk & Remember",
        "A gentle monthly walk for people who have been bereaved. Walking side by side makes it easier to "
        "talk - or not talk. First Sunday of the month from Follifoot village green, about 90 minutes.",
        kind="walk/bereave", org="Harrogate Bereavement Friends",
        loc=L("Follifoot Village Green", "Main Street", "Follifoot", "HG3 1DU", 53.9690, -1.4830),
        sched=["M 1SU 10:30-12:00"], tags=["walking_outdoors", "bereaved", "free_cost"]),

    svc("hg_foodbank", "Hookstone Food Parcels",
        "Food bank for anyone in the Harrogate area who is struggling. Tuesdays and Fridays 11-1. You "
        "don't need a voucher - just come and talk to us.",
        kind="food", org="Harrogate Food Network", loc=HOOKSTONE,
        sched=["TU,FR 11:00-13:00"], tags=["free_cost"]),

    svc("hg_larder_payf", "Jennyfields Pay-as-you-feel Larder",
        "pay as you feel larder - surplus food, fruit and veg, tins. pay what you can, or nothing. "
        "thursdays 3-5pm.",
        kind="food", org="Jennyfields Residents Association", loc=JENNYFIELDS,
        sched=["TH 15:00-17:00"], cost=["payf"], tags=["free_cost", "food_cooking"], emit_tags=False,
        phone=False),

    svc("hg_pantry", "Green Hammerton Village Pantry",
        "Membership pantry for the villages east of Knaresborough: £3.50 a visit for a basket of "
        "groceries worth three or four times that. Tuesdays 4-6pm.",
        kind="food", org="Green Hammerton Village Society",
        loc=L("York Road Village Room", "York Road", "Green Hammerton", "YO26 8BN", 54.0100, -1.2990),
        sched=["TU 16:00-18:00"], cost=[(3.5, "£3.50 a visit")], tags=["free_cost", "food_cooking"]),

    svc("hg_advice_line", "Harrogate District Money & Benefits Line",
        "Phone advice on benefits, debt, budgeting and bills for people living in the Harrogate district. "
        "Monday to Thursday. We can call you back if you leave a message.",
        kind="advice", org=("Harrogate District Advice Service", "Independent advice charity."),
        loc=OFFICE, sched=["MO,TU,WE,TH 09:30-16:30"], areas=["Harrogate district"], loctype="postal",
        tags=["free_cost"]),

    svc("hg_advice_appt", "Harrogate Debt Clinic",
        "Sit down with a debt adviser in person and make a plan. By appointment only - phone to book. "
        "Free and confidential.",
        kind="advice", org="Harrogate District Advice Service",
        loc=L("Princes Square office", "Princes Square", "Harrogate", "HG1 1LX", 53.9915, -1.5400),
        tags=["free_cost"]),

    svc("hg_digital_newpark", "New Park Tablet Help",
        "Tuesday morning help with tablets, phones and laptops. Volunteers sit with you one to one. Free, "
        "tea and biscuits included.",
        kind="digital", org="New Park Community Association", loc=SKIPTON_ROAD,
        sched=["TU 10:00-12:00"], tags=["digital_skills", "older_people", "free_cost"]),

    svc("hg_digital_stale", "Hampsthwaite Computer Cafe",
        "Computer cafe on Wednesday afternoons.",
        kind="digital", org="Hampsthwaite Village Trust",
        loc=L("Hollins Lane Room", "Hollins Lane", "Hampsthwaite", "HG3 2EJ", 54.0260, -1.6050),
        sched=["WE 14:00-16:00"], assured="2026-05-21", tags=["digital_skills"]),

    svc("hg_befriend", "Harrogate District Friendly Voices",
        "Weekly friendship phone calls from a trained volunteer for anyone aged 18+ in the Harrogate "
        "district who is feeling lonely or isolated. Free.",
        kind="befriend", org=("Harrogate Community Friends", "Befriending charity."), loc=OFFICE,
        min_age=18, areas=["Harrogate district"], loctype="postal", tags=["free_cost"]),

    svc("hg_befriend_leeds", "Wetherby & District Phone Friends",
        "Friendly weekly phone calls for adults in Wetherby, Boston Spa, Collingham and the rest of outer "
        "north east Leeds.",
        kind="befriend", org="Wetherby Good Neighbours",
        loc=L("Phone Friends office", "Market Place", "Wetherby", "LS22 6NE", 53.9280, -1.3860, "West Yorkshire"),
        min_age=18, areas=["Leeds"], loctype="postal", tags=["older_people", "free_cost"], trap="area"),

    svc("hg_visit", "Nidderdale Good Neighbours",
        "Volunteers visit older people at home - a chat, help writing a letter, a trip out to the shop. "
        "For people aged 65+ anywhere in the Harrogate district.",
        kind="befriend", org="Nidderdale Good Neighbours",
        loc=L("Good Neighbours office", "Main Street", "Darley", "HG3 2QF", 54.0250, -1.6870),
        min_age=65, areas=["Harrogate district"], loctype="postal", tags=["older_people", "accompany"]),

    svc("hg_shed", "Scotton Men's Shed",
        "Men's Shed in the old forge: woodwork, metalwork, fixing things for the village, and a lot of "
        "tea. Mondays and Wednesdays 9.30 till 1. Men 18+.",
        kind="shed", org="Scotton Men's Shed",
        loc=L("Old Forge workshop", "Lands Lane", "Scotton", "HG5 9HX", 54.0290, -1.5010),
        sched=["MO,WE 09:30-13:00"], cost=[(2, "£2 a session")], min_age=18, tags=["men", "arts_crafts"]),

    svc("hg_women_supper", "Harrogate Women's Supper Club",
        "Women-only supper club, second Tuesday evening of the month. Good food, good conversation, "
        "no cliques. You pay for your own meal (about £18). 18+.",
        kind="women", org="Harrogate Women's Supper Club",
        loc=L("The Crescent Dining Room", "Crescent Road", "Harrogate", "HG1 2RS", 53.9950, -1.5420),
        sched=["M 2TU 19:00-21:30"], cost=[(18, "About £18 for your meal")], min_age=18,
        tags=["women", "food_cooking", "social_cafe"]),

    svc("hg_carers", "Harrogate Carers' Coffee Hour",
        "For anyone who looks after a relative or friend: second Wednesday morning of each month. "
        "Support workers on hand. Adults 18+.",
        kind="carers", org=("Harrogate District Carers", "Carers' centre."), loc=CHELTENHAM,
        sched=["M 2WE 10:30-12:00"], min_age=18, tags=["carers", "social_cafe", "free_cost"]),

    svc("hg_youngcarers", "North Yorkshire Young Carers Service",
        "Support, clubs and days out for young carers aged 5 to 18 anywhere in North Yorkshire. Refer "
        "yourself, or ask school or a parent to.",
        kind="carers", org="North Yorkshire Young Carers",
        loc=L("Young Carers office", "Racecourse Lane", "Northallerton", "DL7 8AD", 54.3390, -1.4340),
        min_age=5, max_age=18, areas=["North Yorkshire"], loctype="postal",
        tags=["young_people", "carers", "free_cost"]),

    svc("hg_bereave", "Hookstone Bereavement Drop-in",
        "Every Friday morning: a quiet room, a hot drink and trained listeners for anyone grieving. Come "
        "as often or as rarely as you like.",
        kind="bereave", org="Harrogate Bereavement Friends", loc=HOOKSTONE,
        sched=["FR 10:00-12:00"], tags=["bereaved", "free_cost"], emit_tags=False,
        other=[(V, "SUP-BRV", "Support - bereavement")]),

    svc("hg_lgbtq", "Harrogate Pride Social",
        "LGBTQ+ social for adults, first Thursday of the month from 7pm. Everyone under the rainbow "
        "welcome. 18+.",
        kind="lgbtq", org="Harrogate Pride",
        loc=L("Parliament Street bar", "Parliament Street", "Harrogate", "HG1 2RL", 53.9945, -1.5425),
        sched=["M 1TH 19:00-22:00"], min_age=18, tags=["lgbtq"]),

    svc("hg_lgbtq_older", "Silver Rainbows Harrogate",
        "Coffee and cake afternoon for LGBTQ+ people aged 50 and over. Third Sunday of the month.",
        kind="lgbtq", org="Harrogate Pride", loc=CHELTENHAM,
        sched=["M 3SU 14:00-16:00"], min_age=50, tags=["lgbtq", "older_people", "social_cafe"]),

    svc("hg_toddler", "Oatlands Toddler Time",
        "Toddler group for under-5s and their parents, grandparents or childminders. Tuesdays and "
        "Fridays 9.30-11. £1.50 with a snack.",
        kind="toddler", org="Oatlands Church",
        loc=L("Hookstone Road Hall", "Hookstone Road", "Oatlands", "HG2 8BT", 53.9790, -1.5310),
        sched=["TU,FR 09:30-11:00"], cost=[(1.5, "£1.50 including snack")], tags=["parents_families"]),

    svc("hg_dads", "Saturday Dads & Little Ones",
        "Every other Saturday morning for dads, step-dads, grandads and male carers with children under "
        "5. Play, bacon butties, a chat. Free.",
        kind="toddler", org="New Park Community Association", loc=SKIPTON_ROAD,
        sched=["2W SA 10:00-11:30 2026-11-14"], tags=["parents_families", "men", "free_cost"], emit_tags=False,
        other=[(V, "FAM-DAD", "Families - dads")]),

    svc("hg_newcomers", "Harrogate Welcome Club",
        "New to Harrogate? Moved for work, retirement or from overseas? Monthly evening social on the last "
        "Wednesday - a friendly way to meet people and find out what's on.",
        kind="newcomers/social", org="Harrogate Welcome Club",
        loc=L("Royal Parade Lounge", "Royal Parade", "Harrogate", "HG1 2SZ", 53.9935, -1.5455),
        sched=["M -1WE 19:00-21:00"], cost=[(2, "£2")], tags=["new_to_area", "social_cafe"],
        emit_tags=False, other=[(V, "SOC-NEW", "Social - newcomers")]),

    svc("hg_esol", "English Cafe Harrogate",
        "Free English conversation practice for adults who speak other languages. Monday lunchtimes, all "
        "levels welcome.",
        kind="esol", org="Harrogate Welcome Club",
        loc=L("Victoria Avenue Rooms", "Victoria Avenue", "Harrogate", "HG1 1EQ", 53.9910, -1.5380),
        sched=["MO 13:00-14:30"], tags=["new_to_area", "books_learning", "free_cost"]),

    svc("hg_youth", "Jennyfields Youth Club",
        "Youth club for 11-16 year olds: games, sport, cooking, trips. Tuesday and Thursday evenings, 50p.",
        kind="youth", org="Jennyfields Residents Association", loc=JENNYFIELDS,
        sched=["TU,TH 18:30-20:30"], cost=[(0.5, "50p")], min_age=11, max_age=16,
        tags=["young_people", "games_quizzes", "sport_fitness"]),

    svc("hg_choir", "Harrogate Tuesday Singers",
        "A daytime community choir - Tuesday mornings. No auditions; we sing everything from Abba to Zadok. "
        "Lots of retired members.",
        kind="music", org="Harrogate Tuesday Singers",
        loc=L("Oxford Street Chapel Hall", "Oxford Street", "Harrogate", "HG1 1PP", 53.9942, -1.5405),
        sched=["TU 10:30-12:00"], cost=[(4, "£4 a session")], tags=["music", "older_people", "retired"]),

    svc("hg_choir_far", "Skipton Evening Choir",
        "Community choir rehearsing Thursday evenings in Skipton. All voices welcome.",
        kind="music", org="Skipton Evening Choir",
        loc=L("Otley Street Hall", "Otley Street", "Skipton", "BD23 1EP", 53.9600, -2.0150),
        sched=["TH 19:30-21:00"], cost=[(4, "£4")], tags=["music"], trap="far"),

    svc("hg_crafts", "Woodlands Paint & Sketch",
        "Informal art group: watercolours, pencils, acrylics. Bring your own materials or borrow ours. "
        "Thursday afternoons.",
        kind="crafts", org="Woodlands Community Association",
        loc=L("Wetherby Road Pavilion", "Wetherby Road", "Woodlands", "HG2 7SA", 53.9930, -1.5130),
        sched=["TH 13:30-15:30"], cost=[(3, "£3")], tags=["arts_crafts"]),

    svc("hg_pottingshed", "The Potting Shed Club",
        "Wednesday night quiz and board games at The Potting Shed bar - teams of up to six, or come on "
        "your own and join one. Shelf of games for afterwards. 18+.",
        kind="games", org="The Potting Shed",
        loc=L("The Potting Shed bar", "Cold Bath Road", "Harrogate", "HG2 0NA", 53.9880, -1.5480),
        sched=["WE 19:30-22:30"], cost=[(2, "£2 a head")], min_age=18, tags=["games_quizzes"], trap="name"),

    svc("hg_games_far", "Thirsk Scrabble & Board Games",
        "Monday evening board games and Scrabble in Thirsk. All welcome.",
        kind="games", org="Thirsk Games Circle",
        loc=L("Kirkgate Rooms", "Kirkgate", "Thirsk", "YO7 1PL", 54.2330, -1.3430),
        sched=["MO 19:00-22:00"], cost=[(2, "£2")], tags=["games_quizzes"], trap="far"),

    svc("hg_garden", "Follifoot Community Orchard",
        "Help look after the village orchard and wildflower meadow: pruning, planting, apple pressing in "
        "autumn. Volunteers of any experience, first and third Sunday mornings.",
        kind="garden/volunteer", org="Follifoot Community Orchard",
        loc=L("Orchard gate", "Pannal Road", "Follifoot", "HG3 1DP", 53.9700, -1.4850),
        sched=["M 1SU,3SU 10:00-12:30"], tags=["gardening_nature", "free_cost"]),

    svc("hg_pickleball_inactive", "Oatlands Pickleball",
        "Pickleball for beginners and improvers. Paddles provided.",
        kind="sport", org="Oatlands Church",
        loc=L("Hookstone Road Hall", "Hookstone Road", "Oatlands", "HG2 8BT", 53.9790, -1.5310),
        sched=["WE 18:00-20:00"], cost=[(4, "£4")], status="inactive", assured="2026-09-20",
        tags=["sport_fitness"]),

    svc("hg_chairyoga", "Chair Yoga at Hookstone",
        "Gentle seated yoga - good if standing for long is hard, or you have arthritis or are recovering "
        "from an operation. Wednesdays 11-12.",
        kind="sport", org="Hookstone Wellbeing", loc=HOOKSTONE,
        sched=["WE 11:00-12:00"], cost=[(3, "£3")],
        access=["Ramp to the hall and accessible toilet", "All exercises done seated"],
        tags=["sport_fitness", "accessibility", "health_condition", "older_people"]),

    svc("hg_books", "Duchy Book Circle",
        "We read a novel a month and meet on the first Monday evening to talk about it. Free.",
        kind="books", org="Duchy Book Circle",
        loc=L("Duchy Road Reading Room", "Duchy Road", "Harrogate", "HG1 2HE", 53.9990, -1.5520),
        sched=["M 1MO 19:00-20:30"], tags=["books_learning", "free_cost"], emit_tags=False),

    svc("hg_lunch", "Bishop Thornton Village Lunch",
        "Monthly village lunch, third Wednesday: roast, pudding and a natter. Everyone welcome, lifts "
        "from Markington and Shaw Mills can be arranged.",
        kind="lunch", org="Bishop Thornton Parish Hall",
        loc=L("Parish Room", "Church Lane", "Bishop Thornton", "HG3 3JP", 54.0680, -1.5960),
        sched=["M 3WE 12:00-14:00"], cost=[(6, "£6")], tags=["social_cafe", "older_people", "food_cooking"], emit_tags=False),

    svc("hg_transport", "Nidderdale & Harrogate Community Car Scheme",
        "Volunteer drivers take you to hospital and GP appointments, the shops or a club if you can't use "
        "the bus. Anywhere in the Harrogate district; 45p a mile.",
        kind="transport", org="Harrogate Community Friends", loc=OFFICE,
        cost=[(0.45, "45p a mile")], areas=["Harrogate district"], loctype="postal",
        tags=["transport", "older_people"]),

    svc("hg_volcentre", "Harrogate District Volunteer Centre",
        "Your local volunteer centre: we match you with a role across the district and support people "
        "who want to set up a new group. Ages 16+.",
        kind="volunteer", org=("Harrogate District Volunteer Centre", "Volunteer centre."), loc=OFFICE,
        min_age=16, areas=["Harrogate district"], loctype="postal", emit_tags=False,
        other=[(V, "VOL", "Volunteering")]),
]
