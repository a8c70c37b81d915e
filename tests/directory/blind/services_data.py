# Source data for the blind directory (fictional services). build.py turns this into directory.json.
# Fields: key, name, place (a places.csv name, or an out-of-area label), venue, address, postcode,
# description, tags, help, sched, cost, min/max age, status, assured, lastmod, access, elig, notag.

def W(day, o, c=None):  return dict(freq="WEEKLY", interval=1, byday=day, opens_at=o, closes_at=c)
def F(day, o, c, start): return dict(freq="WEEKLY", interval=2, byday=day, opens_at=o, closes_at=c, dtstart=start)
def M(day, o, c=None):  return dict(freq="MONTHLY", interval=1, byday=day, opens_at=o, closes_at=c)

STEP = "Step-free entrance and accessible toilet"
STEP_LOOP = "Step-free entrance, accessible toilet and hearing loop"
NOSTEP = "Upstairs room, not step-free (no lift)"
WKDAY = "MO,TU,WE,TH,FR"

S = []
def s(key, name, place, venue, address, postcode, desc, **kw):
    d = dict(key=key, name=name, place=place, venue=venue, address=address, postcode=postcode, desc=desc)
    d.update(kw); S.append(d)

# ---------------------------------------------------------------- Kirklees
s("k01", "Huddersfield Ramblers Tuesday Walks", "Huddersfield", "Huddersfield Bus Station", "Upperhead Row", "HD1 2JL",
  "Led country walks of 5 to 8 miles around Huddersfield, using the bus to reach the start. Bring a packed lunch and boots; new walkers always welcome.",
  tags=["walking_outdoors"], sched=[W("TU", "09:45", "15:00")], cost=0, assured="2026-10-12",
  access="Meeting point is step-free; walks cross rough ground and stiles.", org="Huddersfield Ramblers")
s("k02", "Holmfirth Health Walks", "Holmfirth", "Holmfirth Civic Hall", "Huddersfield Road", "HD9 3AS",
  "<p>Short, gentle walks of about an hour led by trained volunteers. Ideal if you are recovering from illness or just getting more active. We finish with a cuppa.</p>",
  tags=["walking_outdoors", "health_condition", "older_people"], sched=[W("TH", "10:30", "11:30")], cost=0, assured="2026-09-20",
  access="Flat route on firm paths, no stiles.", org="Holme Valley Health Walks")
s("k04", "Batley Walking Buddies", "Batley", "Wilton Park main gate", "Park Road", "WF17 0AE",
  "Friendly short walks round Wilton Park at an easy pace. If you're nervous about coming on your own, a volunteer buddy can meet you at the gate, or at home, the first time.",
  tags=["walking_outdoors", "accompany"], sched=[W("WE", "11:00", "12:00")], cost=0, assured="2026-10-05",
  org="Batley Community Health Partnership")
s("k05", "Dewsbury Park Strollers", "Dewsbury", "Crow Nest Park cafe", "Heckmondwike Road", "WF13 2SA",
  "A relaxed Friday stroll round Crow Nest Park followed by tea in the cafe.",
  tags=["walking_outdoors", "older_people"], sched=[W("FR", "10:00", "11:00")], cost=0, assured="2024-03-01",
  org="Friends of Crow Nest Park")
s("k06", "Mirfield Knit and Natter", "Mirfield", "Mirfield Library", "East Thorpe Lodge, Huddersfield Road", "WF14 8AN",
  "Knitting, crochet and a chat over a cup of tea. Bring your own project or borrow needles and wool; beginners welcome.",
  tags=["arts_crafts", "social_cafe"], sched=[W("MO", "13:30", "15:30")], cost=0, assured="2026-10-20",
  access=STEP, org="Mirfield Library Friends")
s("k07", "Slaithwaite Grown-up Craft Club", "Slaithwaite", "Slaithwaite Civic Hall", "New Street", "HD7 5AB",
  "An evening craft club for adults: lino printing, embroidery and collage, with a bar. Over 18s only.",
  tags=["arts_crafts"], sched=[W("WE", "19:00", "21:00")], cost=4, min_age=18, elig="Adults 18+ only.",
  assured="2026-09-12", org="Colne Valley Makers")
s("k09", "Birstall Community Garden", "Birstall", "Birstall Community Garden", "Low Lane", "WF17 9HD",
  "<p>A community food garden where anyone can come and grow veg, look after the wildlife pond and take home some produce. Volunteers of all abilities welcome; tools and gloves provided.</p>",
  tags=["gardening_nature"], help=["volunteering"], sched=[W("WE", "10:00", "12:30"), W("SA", "10:00", "12:30")],
  cost=0, assured="2026-10-01", access="Step-free paths and raised beds.", org="Birstall Growers")
s("k10", "Lindley Allotment Buddies", "Lindley", "Lidget Street Allotments", "Lidget Street", "HD3 3JP",
  "Share a plot with experienced growers. Good for people who'd like to garden but can't manage a whole allotment; someone will show you round on your first visit.",
  tags=["gardening_nature", "older_people", "accompany"], sched=[W("TU", "10:00", "12:00")], cost=0,
  lastmod="2026-10-02T14:20:00Z", org="Lindley Allotment Society")
s("k11", "Huddersfield Community Choir", "Huddersfield", "Brian Jackson Centre", "New North Parade", "HD1 5JP",
  "A friendly choir singing pop, folk and gospel. No auditions and no need to read music. Ages 16 and up.",
  tags=["music"], sched=[W("WE", "19:00", "21:00")], cost=3, min_age=16, assured="2026-09-25",
  access="Step-free with lift to the first floor.", org="Huddersfield Community Choir")
s("k12", "Dewsbury Singing for Memory", "Dewsbury", "Dewsbury Town Hall", "Wakefield Old Road", "WF12 8DG",
  "Singing sessions for people living with dementia or memory loss and the family members or carers who support them. Tea and biscuits afterwards.",
  tags=["music", "health_condition", "carers", "older_people"], sched=[M("2TU", "14:00", "15:30")], cost=0,
  assured="2026-10-14", access=STEP_LOOP, org="Dewsbury Memory Support")
s("k13", "Holme Valley Ukulele Strummers", "Honley", "Honley Village Hall", "Moorbottom", "HD9 6HF",
  "A beginners-friendly ukulele group. We have spare ukuleles to borrow while you decide if it's for you.",
  tags=["music"], sched=[W("MO", "19:30", "21:00")], cost=2, assured="2026-08-08", notag=True, org="Holme Valley Ukes")
s("k14", "Huddersfield Men's Shed", "Lockwood", "Unit 3, Albert Mills", "Lockwood Road", "HD1 3QW",
  "<p>A workshop where men (and anyone who'd like to join) make, mend and chat. Woodwork, bike repairs and small projects for the community. Many of our members are retired.</p>",
  tags=["men", "arts_crafts", "retired", "older_people"], sched=[W("TU", "10:00", "15:00"), W("TH", "10:00", "15:00")],
  cost=2, costnote="£2 donation towards tea and materials", min_age=18, elig="Adults 18+ (workshop tools).",
  assured="2026-11-02", access=STEP, org="Huddersfield Men's Shed")
s("k15", "Spen Valley Men's Shed", "Cleckheaton", "Rear of Cleckheaton Town Hall", "Bradford Road", "BD19 3AZ",
  "A men's shed for the Spen Valley: woodwork, metalwork, gardening and a brew. Come along for a chat, no skills needed.",
  tags=["men", "arts_crafts"], sched=[W("WE", "10:00", "14:00")], cost=0, min_age=18, assured="2026-09-03",
  notag=True, org="Spen Valley Shedders")
s("k16", "Batley Men's Shed", "Batley", "Batley Business Centre", "Technology Drive", "WF17 6ER",
  "Woodwork and tinkering for men in Batley.", tags=["men", "arts_crafts"], sched=[W("FR", "10:00", "14:00")],
  cost=0, min_age=18, status="defunct", assured="2025-05-01", org="Batley Shed (closed)")
s("k17", "Marsden Mechanics Coffee Morning", "Marsden", "Marsden Mechanics", "Peel Street", "HD7 6BW",
  "A Friday coffee morning in the Mechanics Hall: cake, a chat and the local news. Everyone welcome.",
  tags=["social_cafe"], sched=[W("FR", "10:00", "12:00")], cost=1, costnote="£1 for tea and cake", assured="2026-10-30",
  access="Step-free with a lift.", org="Marsden Mechanics Trust")
s("k18", "Almondbury Over 60s Lunch Club", "Almondbury", "Almondbury Community Centre", "Farfield Road", "HD5 8XZ",
  "A two-course hot lunch and good company for people over 60, with bingo or a quiz afterwards.",
  tags=["older_people", "social_cafe", "food_cooking"], sched=[W("WE", "12:00", "14:00")], cost=5, min_age=60,
  elig="Over 60s.", assured="2026-09-16", access=STEP, org="Almondbury Lunch Club")
s("k19", "Dewsbury Warm Welcome Cafe", "Dewsbury", "Dewsbury Library", "Railway Street", "WF12 8EQ",
  "A free warm space with hot drinks, soup at lunchtime, phone charging and newspapers. No need to book, stay as long as you like.",
  tags=["social_cafe", "free_cost"], sched=[W("MO,WE,FR", "10:00", "15:00")], cost=0, assured="2026-11-06",
  access=STEP_LOOP, org="Dewsbury Library")
s("k20", "Ravensthorpe Community Cafe", "Ravensthorpe", "Ravensthorpe Community Centre", "Huddersfield Road", "WF13 3JN",
  "A community cafe with breakfast and lunch on a pay-as-you-feel basis. Urdu, Punjabi and English spoken; a good place to meet neighbours if you are new to the area.",
  tags=["social_cafe", "new_to_area", "food_cooking"], sched=[W("TU,WE,TH", "09:30", "14:00")],
  cost="payf", assured="2026-10-08", access=STEP, org="Ravensthorpe Community Association")
s("k21", "Huddersfield Library Digital Drop-in", "Huddersfield", "Huddersfield Library", "Princess Alexandra Walk", "HD1 2SU",
  "Free one-to-one help with phones, tablets, email, online forms and Universal Credit journals. Bring your own device or use ours.",
  tags=["digital_skills", "free_cost"], help=["practical_help", "digital"], sched=[W("TH", "10:00", "12:00")], cost=0,
  assured="2026-10-22", access=STEP_LOOP, org="Kirklees Libraries")
s("k22", "Batley Get Online Sessions", "Batley", "Batley Library", "Market Place", "WF17 5DA",
  "Friendly help getting started with computers and smartphones, at your own pace. Popular with older learners.",
  tags=["digital_skills", "older_people"], help=["digital"], sched=[W("MO", "14:00", "16:00")], cost=0,
  assured="2026-08-21", notag=True, access=STEP, org="Kirklees Libraries")
s("k23", "Kirklees Carers Cafe", "Huddersfield", "Brian Jackson Centre", "New North Parade", "HD1 5JP",
  "A monthly cafe for unpaid carers: time out with people who understand, plus information on carer's allowance and breaks.",
  tags=["carers", "social_cafe"], sched=[M("1WE", "10:30", "12:30")], cost=0, assured="2026-10-07",
  access="Step-free with lift.", org="Kirklees Carers Network")
s("k24", "Dewsbury Carers Support Group", "Dewsbury", "Dewsbury Community Rooms", "Bond Street", "WF13 1AX",
  "A support group for people looking after a relative or friend.",
  tags=["carers"], sched=[M("3TH", "13:00", "15:00")], cost=0, assured="2023-11-10", org="Dewsbury Carers")
s("k25", "Huddersfield Bereavement Cafe", "Huddersfield", "Venn Street Community Rooms", "Venn Street", "HD1 2RL",
  "<p>A gentle space for adults who have lost someone. Tea, cake and people who understand; trained volunteers are on hand if you want to talk.</p>",
  tags=["bereaved", "social_cafe"], sched=[M("2TU", "14:00", "16:00")], cost=0, min_age=18, elig="Adults 18+.",
  assured="2026-09-30", access=STEP, org="Kirklees Bereavement Network")
s("k26", "Holme Valley Widowed Friends", "Holmfirth", "Holmfirth Civic Hall", "Huddersfield Road", "HD9 3AS",
  "A monthly lunch for people who have lost a husband, wife or partner. Friendship and a listening ear.",
  tags=["bereaved", "older_people", "social_cafe"], sched=[M("-1FR", "12:00", "14:00")], cost=2, assured="2026-10-17",
  notag=True, org="Holme Valley Widowed Friends")
s("k27", "Kirklees Rainbow Social", "Huddersfield", "The Parish Rooms", "Kirkgate", "HD1 1NF",
  "A relaxed monthly social for LGBTQ+ adults and friends, with games and conversation. Over 18s.",
  tags=["lgbtq", "social_cafe"], sched=[M("1FR", "19:00", "21:30")], cost=0, min_age=18, elig="18+",
  assured="2026-10-03", org="Kirklees Rainbow Network")
s("k28", "Prism LGBTQ+ Youth Group", "Huddersfield", "Huddersfield Youth Hub", "Queensgate", "HD1 2RD",
  "A safe, friendly space for LGBTQ+ young people aged 13 to 19 and those who are questioning. Games, art and chat with trained youth workers.",
  tags=["lgbtq", "young_people"], sched=[W("TH", "17:00", "19:00")], cost=0, min_age=13, max_age=19,
  elig="Young people aged 13-19.", assured="2026-10-28", access=STEP, org="Kirklees Youth Service")
s("k30", "Dewsbury Moor Stay and Play", "Dewsbury Moor", "Dewsbury Moor Family Hub", "Heckmondwike Road", "WF13 3PJ",
  "Free stay and play for under-5s and their grown-ups, with a family worker on hand for a chat about anything.",
  tags=["parents_families", "free_cost"], sched=[W("WE", "09:30", "11:30")], cost=0, assured="2026-10-15",
  access=STEP, org="Kirklees Family Hubs")
s("k31", "Marsh Baby and Toddler Group", "Marsh", "Marsh Community Centre", "Westbourne Road", "HD1 4LE",
  "Play, songs and snacks for babies and toddlers. Closed while the hall is refurbished.",
  tags=["parents_families"], sched=[W("FR", "10:00", "11:30")], cost=1.5, status="temporarily closed",
  assured="2026-09-01", org="Marsh Toddlers")
s("k32", "Batley Youth Club", "Batley", "Batley Youth Centre", "Bradford Road", "WF17 5LT",
  "Open youth club for 11 to 18 year olds: pool, table tennis, music, cooking and trips. Just turn up.",
  tags=["young_people"], sched=[W("MO", "18:00", "20:30"), W("WE", "18:00", "20:30")], cost=0, min_age=11, max_age=18,
  elig="Ages 11-18.", assured="2026-10-19", access=STEP, org="Kirklees Youth Service")
s("k33", "Deighton and Sheepridge Youth Project", "Deighton", "The Deighton Centre", "Deighton Road", "HD2 1JP",
  "Sports hall games, football and a chill-out room for 11 to 16 year olds.",
  tags=["young_people", "sport_fitness"], sched=[W("TU", "17:30", "20:00")], cost=0, min_age=11, max_age=16,
  elig="Ages 11-16.", assured="2026-09-24", org="Deighton Youth Project")
s("k34", "Holmfirth Youth Cafe", "Holmfirth", "Holmfirth Youth Centre", "Huddersfield Road", "HD9 2JS",
  "A Friday night youth cafe for 13 to 19 year olds: cheap snacks, games consoles, music and youth workers to talk to.",
  tags=["young_people", "social_cafe"], sched=[W("FR", "18:00", "21:00")], cost=0, min_age=13, max_age=19,
  elig="Ages 13-19.", assured="2026-10-09", org="Holme Valley Youth")
s("k35", "Cleckheaton Youth Club", "Cleckheaton", "Cleckheaton Youth Centre", "Whitcliffe Road", "BD19 3BZ",
  "Youth club for 11 to 18 year olds.", tags=["young_people"], sched=[W("TH", "18:00", "20:30")], cost=0,
  min_age=11, max_age=18, status="defunct", assured="2025-01-10", org="Spen Youth")
s("k36", "Huddersfield Youth Climbing Club", "Huddersfield", "Huddersfield Climbing Centre", "Leeds Road", "HD1 6PT",
  "Coached indoor climbing for 12 to 17 year olds. All kit provided; no experience needed.",
  tags=["young_people", "sport_fitness"], sched=[W("SA", "10:00", "12:00")], cost=4, min_age=12, max_age=17,
  elig="Ages 12-17.", assured="2026-10-11", org="Huddersfield Climbing Centre")
s("k37", "Dewsbury Walking Football (Over 50s)", "Dewsbury", "Dewsbury Sports Centre", "Longcauseway", "WF12 8EF",
  "Walking football for men and women over 50. No running, no tackling from behind; just a friendly game.",
  tags=["sport_fitness", "older_people"], sched=[W("WE", "11:00", "12:00")], cost=3, min_age=50, elig="Over 50s.",
  assured="2026-10-21", access=STEP, org="Dewsbury Walking Football")
s("k38", "Mirfield Chair Yoga", "Mirfield", "Mirfield Library", "East Thorpe Lodge, Huddersfield Road", "WF14 8AN",
  "Gentle yoga sitting on or holding a chair, good for stiff joints and balance. Suitable if you use a walking aid.",
  tags=["sport_fitness", "older_people", "accessibility", "health_condition"], sched=[W("TH", "11:00", "12:00")], cost=3,
  assured="2026-09-29", access=STEP_LOOP, org="Mirfield Yoga")
s("k40", "Huddersfield Language Cafe", "Huddersfield", "Huddersfield Library", "Princess Alexandra Walk", "HD1 2SU",
  "Practise your English (or teach someone your language) over tea. Welcoming to refugees, asylum seekers and anyone new to Huddersfield.",
  tags=["new_to_area", "non_english", "social_cafe", "books_learning"], sched=[W("SA", "11:00", "13:00")], cost=0,
  assured="2026-10-24", access=STEP_LOOP, org="Huddersfield Welcome Network")
s("k41", "Batley English Conversation Club", "Batley", "Batley Library", "Market Place", "WF17 5DA",
  "Informal English conversation practice for adults whose first language is not English. All levels.",
  tags=["new_to_area", "non_english", "books_learning"], sched=[W("TH", "13:00", "15:00")], cost=0,
  assured="2026-09-17", notag=True, access=STEP, org="Batley Adult Learning")
s("k42", "Volunteer Kirklees", "Huddersfield", "Kirklees Volunteer Centre", "15 Lord Street", "HD1 1QB",
  "<p>Find a volunteering role that suits you: befriending, driving, gardening, charity shops, events and more. Drop in or call and we'll match you to local groups across Kirklees.</p>",
  tags=[], help=["volunteering"], sched=[W(WKDAY, "10:00", "16:00")], cost=0, assured="2026-10-01",
  access=STEP, org="Third Sector Kirklees")
s("k43", "Kirklees Community Starter Grants", "Huddersfield", "Media Centre", "7 Northumberland Street", "HD1 1RL",
  "Grants of up to £500 and free advice to help residents start a new community group: a constitution, a bank account, insurance and finding a venue.",
  tags=[], help=["start_group"], sched=[], cost=0, assured="2026-09-15", org="Third Sector Kirklees")
s("k44", "Huddersfield Community Food Bank", "Huddersfield", "Fitzwilliam Street Hall", "Fitzwilliam Street", "HD1 5BB",
  "Emergency food parcels for anyone struggling. A referral from an agency helps but you can also just come along, and we can help with fuel vouchers too.",
  tags=["free_cost"], help=["practical_help", "food"], sched=[W("TU", "11:00", "14:00"), W("FR", "11:00", "14:00")], cost=0,
  elig="Anyone in need; referral helpful but not required.", assured="2026-11-03", access=STEP, org="Huddersfield Community Food Bank")
s("k45", "Batley and Dewsbury Food Bank", "Batley", "Batley Food Bank", "Commercial Street", "WF17 5HH",
  "Three days of emergency food for individuals and families in Batley, Dewsbury and Birstall. Call ahead or drop in.",
  tags=["free_cost"], help=["practical_help", "food"], sched=[W("MO,WE", "12:00", "14:00")], cost=0,
  assured="2026-10-26", org="North Kirklees Food Bank")
s("k46", "Holme Valley Community Pantry", "Holmfirth", "Holmfirth Drill Hall", "Huddersfield Road", "HD9 3JP",
  "A members' pantry: pay £3.50 a visit for at least £15 of groceries, fresh fruit and veg. Open to anyone living in HD9.",
  tags=[], help=["practical_help", "food"], sched=[W("TH", "10:00", "13:00")], cost=3.5, costnote="£3.50 a visit",
  assured="2026-09-08", org="Holme Valley Pantry")
s("k47", "Kirklees Warm Homes Advice", "Huddersfield", "Kirklees Customer Service Centre", "Market Street", "HD1 2YZ",
  "Free, impartial advice on gas and electricity bills, prepayment meters, energy debts and grants for insulation and heating. Phone or drop in.",
  tags=["free_cost"], help=["practical_help", "fuel_bills"], sched=[W(WKDAY, "09:00", "17:00")], cost=0,
  assured="2026-10-13", access=STEP, org="Kirklees Warm Homes")
s("k48", "Citizens Advice Kirklees Drop-in (Huddersfield)", "Huddersfield", "Citizens Advice Kirklees", "Ramsden Street", "HD1 2TH",
  "Free, confidential advice on benefits, debt, Universal Credit, PIP and money worries. Drop in or book a phone appointment.",
  tags=["free_cost"], help=["practical_help", "money_benefits"], sched=[W("MO", "10:00", "13:00"), W("WE", "10:00", "13:00")],
  cost=0, assured="2026-10-29", access=STEP, org="Citizens Advice Kirklees")
s("k61", "Dewsbury Money and Benefits Advice", "Dewsbury", "Dewsbury Library", "Railway Street", "WF12 8EQ",
  "Free help with benefit claims, appeals, debts and budgeting, every Thursday morning in the library.",
  tags=["free_cost"], help=["practical_help", "money_benefits"], sched=[W("TH", "10:00", "13:00")], cost=0,
  assured="2026-09-10", access=STEP_LOOP, org="Citizens Advice Kirklees")
s("k49", "Kirklees Local Welfare Provision", "Huddersfield", "Kirklees Council (phone service)", "Market Street", "HD1 2YZ",
  "Emergency help for Kirklees residents in a crisis: money for food and energy top-ups, and essential household items. Apply by phone or online.",
  tags=["free_cost"], help=["practical_help", "money_benefits", "fuel_bills", "food"], sched=[], cost=0,
  elig="Kirklees residents facing hardship.", assured="2026-10-02", org="Kirklees Council")
s("k50", "Kirklees Dial-a-Ride Community Transport", "Mirfield", "Kirklees Community Transport", "Calder Road", "WF14 8NN",
  "Door-to-door accessible minibus for people who find buses hard to use: shopping, appointments and getting to groups across Kirklees.",
  tags=["transport", "disability", "older_people", "accessibility"], help=["practical_help", "transport_cost"],
  sched=[W(WKDAY, "09:00", "16:00")], cost=2, costnote="£2 a journey; carers travel free", assured="2026-10-16",
  elig="Members with mobility difficulties or no access to transport.", org="Kirklees Community Transport")
s("k51", "Holme Valley Community Minibus", "Holmfirth", "Holmfirth Transport Depot", "Station Road", "HD9 7AA",
  "A volunteer-driven minibus for shopping trips and appointments in the Holme Valley.",
  tags=["transport", "older_people"], help=["practical_help", "transport_cost"], sched=[W("TU,TH", "09:30", "15:00")],
  cost=1.5, assured="2024-06-01", org="Holme Valley Minibus")
s("k52", "Kirklees Housing Advice Drop-in", "Huddersfield", "Kirklees Customer Service Centre", "Market Street", "HD1 2YZ",
  "Advice if you are homeless or worried about losing your home, rent arrears, repairs or problems with a landlord.",
  tags=["free_cost"], help=["practical_help", "housing"], sched=[W("TU", "09:30", "12:30"), W("TH", "09:30", "12:30")],
  cost=0, assured="2026-10-23", access=STEP, org="Kirklees Council Housing Solutions")
s("k53", "Friends of Marsden Moor Volunteers", "Marsden", "Marsden Moor Estate Office", "Station Road", "HD7 6DH",
  "Volunteer with the rangers: repairing paths, planting trees and surveying wildlife on the moor. Tools, training and lunch provided.",
  tags=["gardening_nature", "walking_outdoors"], help=["volunteering"], sched=[M("2SU", "10:00", "15:00")], cost=0,
  assured="2026-09-27", org="Marsden Moor Rangers")
s("k54", "Batley Board Games Night", "Batley", "The Taproom", "Commercial Street", "WF17 5HL",
  "Hundreds of board games to try, and people to play them with, in a pub back room. Over 18s only.",
  tags=["games_quizzes"], sched=[W("TH", "18:30", "21:30")], cost=2, min_age=18, elig="18+ (licensed venue)",
  assured="2026-10-10", org="Batley Boardgamers")
s("k55", "Honley Library Book Club", "Honley", "Honley Library", "Westgate", "HD9 6AA",
  "A friendly monthly book group; the library provides copies of each month's book.",
  tags=["books_learning"], sched=[M("1MO", "18:30", "19:30")], cost=0, assured="2026-09-02", org="Kirklees Libraries")
s("k56", "Huddersfield Women's Cook and Eat", "Huddersfield", "Brian Jackson Centre", "New North Parade", "HD1 5JP",
  "Women cook a healthy lunch together on a budget and eat it together. Lots of women from different countries come; children under 5 welcome in the creche.",
  tags=["women", "food_cooking", "new_to_area"], sched=[W("WE", "10:00", "13:00")], cost=0, assured="2026-10-04",
  access="Step-free with lift.", org="Huddersfield Women's Centre")
s("k57", "Savile Town Women's Walk and Talk", "Savile Town", "Savile Town Community Centre", "Savile Road", "WF12 9LN",
  "A women-only walk along the river and canal, at a chatty pace, followed by tea.",
  tags=["women", "walking_outdoors"], sched=[W("MO", "10:00", "11:00")], cost=0, assured="2026-10-18",
  org="Savile Town Women's Group")
s("k58", "Huddersfield Sight Loss Social", "Huddersfield", "Venn Street Community Rooms", "Venn Street", "HD1 2RL",
  "A monthly social group for people with sight loss: a chat, audio quizzes and information about equipment and support.",
  tags=["disability", "social_cafe", "health_condition"], sched=[M("2WE", "13:30", "15:30")], cost=0,
  assured="2026-09-19", access=STEP_LOOP + "; guided from the bus station on request.", org="Kirklees Sight Loss Support")
s("k59", "Holmfirth Stroke Club", "Holmfirth", "Holmfirth Civic Hall", "Huddersfield Road", "HD9 3AS",
  "A social club for stroke survivors and their families.", tags=["health_condition", "older_people"],
  sched=[W("TU", "13:30", "15:30")], cost=0, assured="2024-01-20", org="Holme Valley Stroke Club")
s("k60", "Kirklees Phone Friends", "Huddersfield", "Kirklees Befriending Office", "Byram Street", "HD1 1BX",
  "A volunteer rings you once a week for a chat, and can come with you to a local group the first time if you'd like some company. For people who feel lonely or cut off.",
  tags=["older_people", "accompany"], sched=[], cost=0, assured="2026-10-25", org="Kirklees Befriending")
s("k62", "Dewsbury Fuel Bank", "Dewsbury", "Dewsbury Community Rooms", "Bond Street", "WF13 1AX",
  "Emergency prepayment meter top-up vouchers.", tags=["free_cost"], help=["practical_help", "fuel_bills"],
  sched=[W("TU", "10:00", "12:00")], cost=0, status="inactive", assured="2026-03-01", org="Dewsbury Fuel Bank")
s("k63", "Mirfield Thursday Community Lunch", "Mirfield", "Mirfield Memorial Hall", "Huddersfield Road", "WF14 9DQ",
  "A home-cooked two-course lunch every Thursday. Everyone welcome, whatever your age; come on your own or bring a friend.",
  tags=["social_cafe", "food_cooking", "older_people"], sched=[W("TH", "12:00", "13:30")], cost=4.5, assured="2026-10-06",
  access=STEP, org="Mirfield Community Lunch")
s("k64", "Dewsbury Youth Dance", "Dewsbury", "Dewsbury Arts Centre", "Daisy Hill", "WF13 1LJ",
  "Street dance and hip hop for 11 to 18 year olds; no experience needed.",
  tags=["young_people", "sport_fitness", "music"], sched=[W("WE", "17:00", "18:30")], cost=2, min_age=11, max_age=18,
  elig="Ages 11-18.", assured="2026-09-21", org="Dewsbury Arts Centre")
s("k66", "Huddersfield Library Baby Rhyme Time", "Huddersfield", "Huddersfield Library", "Princess Alexandra Walk", "HD1 2SU",
  "Free songs, rhymes and stories for babies and toddlers with their parents or carers. Just turn up; buggy park by the lift.",
  tags=["parents_families", "books_learning", "free_cost"], sched=[W("TU", "10:30", "11:00")], cost=0, assured="2026-10-20",
  access=STEP_LOOP, org="Kirklees Libraries")

s("k67", "Huddersfield Chatty Cafe", "Huddersfield", "Huddersfield Library cafe", "Princess Alexandra Walk", "HD1 2SU",
  "A 'chatter and natter' table in the library cafe where anyone can sit down for a free cuppa and a chat with friendly volunteers. Just look for the sign.",
  tags=["social_cafe", "free_cost"], sched=[W("TU", "10:00", "12:00"), W("TH", "10:00", "12:00")], cost=0,
  assured="2026-10-27", access=STEP_LOOP, org="Kirklees Libraries")

# ---------------------------------------------------------------- Harrogate district
s("h01", "Harrogate Stray Health Walk", "High Harrogate", "The Stray, by Christ Church", "Skipton Road", "HG1 4SA",
  "A gentle hour's walk across the Stray on tarmac paths, led by volunteers. Good for getting active again after illness.",
  tags=["walking_outdoors", "health_condition", "older_people"], sched=[W("WE", "10:30", "11:30")], cost=0,
  assured="2026-10-14", access="Flat tarmac paths; suitable for most mobility scooters.", org="Harrogate Health Walks")
s("h02", "Knaresborough Riverside Ramblers", "Knaresborough", "Waterside car park", "Waterside", "HG5 8DE",
  "Saturday morning walks along the Nidd and through the countryside around Knaresborough, 4 to 6 miles.",
  tags=["walking_outdoors"], sched=[W("SA", "10:00", "12:30")], cost=0, assured="2026-09-26", org="Knaresborough Ramblers")
s("h03", "Ripon Rambling Club", "Ripon", "Ripon Market Place", "Market Place", "HG4 1BP",
  "Fortnightly Sunday walks of 6 to 10 miles in the Dales and around Fountains Abbey. Car sharing to the start.",
  tags=["walking_outdoors"], sched=[F("SU", "09:30", "15:00", "2026-11-08")], cost=2, assured="2026-08-14",
  notag=True, org="Ripon Rambling Club")
s("h04", "Nidderdale Hill Walkers", "Pateley Bridge", "Pateley Bridge Showground car park", "Low Wath Road", "HG3 5HL",
  "Challenging hill walks of 8 to 12 miles in upper Nidderdale. Adults only; good boots and waterproofs needed.",
  tags=["walking_outdoors"], sched=[W("TH", "09:30", "15:30")], cost=0, min_age=18, elig="Adults 18+.",
  assured="2026-10-01", org="Nidderdale Hill Walkers")
s("h06", "Harrogate Library Knit and Natter", "Harrogate", "Harrogate Library", "Victoria Avenue", "HG1 1EG",
  "Knitting, crochet and sewing with a cuppa. Bring your own work; beginners can borrow needles.",
  tags=["arts_crafts", "social_cafe"], sched=[W("TH", "14:00", "16:00")], cost=2, assured="2026-10-09",
  access=STEP, org="Harrogate Library Friends")
s("h07", "Ripon Patchwork and Quilters", "Ripon", "Ripon Town Hall", "Market Place", "HG4 1DD",
  "Patchwork and quilting for all levels.", tags=["arts_crafts"], sched=[W("MO", "10:00", "12:30")], cost=3,
  assured="2024-02-14", org="Ripon Quilters")
s("h08", "Knaresborough Pottery Drop-in", "Knaresborough", "Castle Yard Studio", "Castle Yard", "HG5 8AS",
  "Have a go on the wheel or hand-build with clay. All materials and firing included. Ages 16 and over.",
  tags=["arts_crafts"], sched=[W("SA", "14:00", "16:00")], cost=8, min_age=16, elig="16+",
  assured="2026-10-20", access=NOSTEP, org="Castle Yard Studio")
s("h09", "Bilton Community Garden", "Bilton", "Bilton Community Garden", "Bilton Lane", "HG1 3DT",
  "<p>Grow food, flowers and friendships. Drop in to help with planting, weeding and the wildlife area; no experience needed and tea is always on.</p>",
  tags=["gardening_nature"], help=["volunteering"], sched=[W("TU", "10:00", "13:00"), W("SA", "10:00", "13:00")], cost=0,
  assured="2026-10-03", org="Bilton Growers")
s("h10", "Ripon Walled Garden", "Ripon", "Ripon Walled Garden", "Princess Road", "HG4 1HW",
  "A garden charity offering horticulture and volunteering for adults with learning disabilities and anyone who would like to help out.",
  tags=["gardening_nature", "disability"], help=["volunteering"], sched=[W(WKDAY, "10:00", "15:00")], cost=0,
  assured="2026-09-22", access="Step-free paths throughout.", org="Ripon Walled Garden")
s("h11", "Harrogate Singing for Memory", "Harrogate", "Harrogate Methodist Hall (community room)", "Oxford Street", "HG1 1QE",
  "Singing for people living with dementia and their carers: well-known songs, no pressure, and a cuppa.",
  tags=["music", "health_condition", "carers", "older_people"], sched=[M("1MO", "14:00", "15:30")], cost=0,
  assured="2026-10-05", access=STEP_LOOP, org="Harrogate Memory Friends")
s("h12", "Knaresborough Community Choir", "Knaresborough", "King James's School hall", "King James's Road", "HG5 8EB",
  "A non-audition choir singing everything from Abba to folk. New singers welcome any time.",
  tags=["music"], sched=[W("TU", "19:30", "21:00")], cost=4, assured="2026-09-29", org="Knaresborough Community Choir")
s("h13", "Nidderdale Brass Band Learners", "Pateley Bridge", "Pateley Bridge Band Room", "Church Street", "HG3 5LB",
  "Learn a brass instrument from scratch, with instruments on loan. Ages 8 and up, including whole families.",
  tags=["music", "young_people", "parents_families"], sched=[W("WE", "18:30", "19:30")], cost=0, min_age=8,
  assured="2026-10-10", org="Nidderdale Band")
s("h14", "Harrogate Men's Shed", "Starbeck", "Starbeck Community Workshop", "High Street", "HG2 7JE",
  "A men's shed in Starbeck: woodwork, model making, repairs and plenty of tea. Retired or not, all welcome.",
  tags=["men", "arts_crafts", "retired"], sched=[W("MO", "10:00", "15:00"), W("TH", "10:00", "15:00")], cost=2, min_age=18,
  elig="18+", assured="2026-10-27", access=STEP, org="Harrogate Men's Shed")
s("h15", "Ripon Men's Shed", "Ripon", "Ripon Workshop", "Kirkby Road", "HG4 2ET",
  "A men's shed for Ripon. Temporarily closed while we move to new premises.", tags=["men", "arts_crafts"],
  sched=[W("WE", "10:00", "15:00")], cost=0, min_age=18, status="temporarily closed", assured="2026-10-01",
  org="Ripon Men's Shed")
s("h16", "Knaresborough Wednesday Coffee Morning", "Knaresborough", "Knaresborough House", "High Street", "HG5 0HW",
  "Coffee, cake and conversation every Wednesday morning. A warm welcome for anyone who fancies a chat.",
  tags=["social_cafe", "older_people", "free_cost"], sched=[W("WE", "10:00", "12:00")], cost=0, assured="2026-10-21",
  access=STEP, org="Knaresborough Connectors")
s("h17", "Starbeck Over 60s Lunch Club", "Starbeck", "Starbeck Community Hall", "Avenue Road", "HG2 7PL",
  "A hot two-course lunch and bingo for people aged 60 and over.", tags=["older_people", "food_cooking", "social_cafe"],
  sched=[W("TH", "12:00", "14:00")], cost=5, min_age=60, elig="60+", assured="2026-10-08", org="Starbeck Lunch Club")
s("h18", "Ripon Warm Space", "Ripon", "Ripon Library", "The Arcade", "HG4 1AG",
  "A free, warm and friendly space with hot drinks, wifi and newspapers every weekday. No need to book.",
  tags=["social_cafe", "free_cost"], sched=[W(WKDAY, "10:00", "16:00")], cost=0, assured="2026-11-04",
  access=STEP_LOOP, org="North Yorkshire Libraries")
s("h19", "Pateley Bridge Community Cafe", "Pateley Bridge", "Pateley Bridge Methodist Schoolroom", "High Street", "HG3 5AP",
  "A community cafe run by volunteers, with soup, sandwiches and cake on a pay-as-you-feel basis. Everyone welcome.",
  tags=["social_cafe"], sched=[W("TU", "10:00", "14:00"), W("FR", "10:00", "14:00")], cost="payf", assured="2026-10-13",
  notag=True, org="Nidd Valley Community Cafe")
s("h20", "Harrogate Library Digital Buddies", "Harrogate", "Harrogate Library", "Victoria Avenue", "HG1 1EG",
  "Free help from volunteer digital buddies with smartphones, tablets, video calls, NHS app and online shopping.",
  tags=["digital_skills", "free_cost"], help=["practical_help", "digital"], sched=[W("TU", "10:00", "12:00")], cost=0,
  assured="2026-10-16", access=STEP, org="North Yorkshire Libraries")
s("h21", "Ripon Tech Help Cafe", "Ripon", "Ripon Community House", "Sharow View", "HG4 1BY",
  "Drop-in help with laptops and phones.", tags=["digital_skills"], help=["digital"], sched=[W("FR", "14:00", "16:00")],
  cost=0, assured="2026-03-15", org="Ripon Community House")
s("h22", "Harrogate Carers Support Group", "Harrogate", "Carers' Resource Harrogate", "Station Parade", "HG1 1UF",
  "<p>A monthly support group for unpaid carers, with a speaker and time to chat. Sitting service available so you can come.</p>",
  tags=["carers"], sched=[M("2WE", "10:30", "12:30")], cost=0, assured="2026-10-12", access=STEP, org="Carers' Resource")
s("h23", "Knaresborough Young Carers Club", "Knaresborough", "Knaresborough Youth Centre", "Stockwell Road", "HG5 0JY",
  "Time out, fun and support for young people aged 8 to 18 who help look after someone at home.",
  tags=["carers", "young_people"], sched=[M("1TU", "17:00", "19:00")], cost=0, min_age=8, max_age=18,
  elig="Young carers aged 8-18.", assured="2026-09-08", org="Carers' Resource")
s("h24", "Harrogate Bereavement Support Group", "Harrogate", "Harrogate Community House", "Victoria Avenue", "HG1 1EL",
  "A fortnightly group for adults who have been bereaved, run by trained volunteers. Come when you're ready.",
  tags=["bereaved"], sched=[F("TH", "14:00", "15:30", "2026-11-05")], cost=0, min_age=18, elig="Adults 18+.",
  assured="2026-10-01", access=STEP, org="Harrogate Bereavement Support")
s("h25", "Ripon Walk and Talk for Bereaved People", "Ripon", "Spa Gardens gate", "Park Street", "HG4 2BD",
  "A gentle walk and chat for anyone who has lost someone close, on the last Saturday of the month.",
  tags=["bereaved", "walking_outdoors"], sched=[M("-1SA", "10:30", "12:00")], cost=0, assured="2026-09-14",
  org="Ripon Bereavement Friends")
s("h26", "Harrogate Pride Social", "Harrogate", "The Crescent Rooms", "Crescent Road", "HG1 2RS",
  "A monthly social evening for LGBTQ+ adults in the Harrogate district. 18+.",
  tags=["lgbtq", "social_cafe"], sched=[M("3TH", "19:00", "21:00")], cost=0, min_age=18, elig="18+",
  assured="2026-10-18", org="Harrogate Pride")
s("h27", "Harrogate LGBTQ+ Youth Group", "Low Harrogate", "Harrogate Youth Hub", "Cheltenham Parade", "HG1 1DB",
  "A confidential youth group for LGBTQ+ and questioning young people aged 12 to 18.",
  tags=["lgbtq", "young_people"], sched=[W("WE", "17:30", "19:30")], cost=0, min_age=12, max_age=18,
  elig="Ages 12-18.", assured="2026-10-23", org="North Yorkshire Youth")
s("h28", "Knaresborough Toddler Time", "Knaresborough", "Knaresborough Community Centre", "Gracious Street", "HG5 8DS",
  "Toys, songs and snacks for under-4s and their parents or carers.", tags=["parents_families"],
  sched=[W("TH", "09:30", "11:00")], cost=1.5, assured="2026-09-16", org="Knaresborough Toddlers")
s("h29", "Ripon Family Hub Stay and Play", "Ripon", "Ripon Family Hub", "Allhallowgate", "HG4 1LE",
  "Free play sessions for babies and young children with their parents, with health visitors on hand once a month.",
  tags=["parents_families", "free_cost"], sched=[W("MO", "10:00", "11:30")], cost=0, assured="2026-10-06",
  access=STEP, org="North Yorkshire Family Hubs")
s("h30", "Jennyfields Youth Club", "Jennyfields", "Jennyfields Youth Centre", "Grantley Drive", "HG3 2XT",
  "Youth club for 11 to 17 year olds: sports, games, cooking and chilling out with friends.",
  tags=["young_people"], sched=[W("TU", "18:00", "20:30"), W("TH", "18:00", "20:30")], cost=0, min_age=11, max_age=17,
  elig="Ages 11-17.", assured="2026-10-02", org="North Yorkshire Youth")
s("h31", "Ripon Youth Project", "Ripon", "Ripon Youth Centre", "Water Skellgate", "HG4 1BQ",
  "Open access youth club for 11 to 19 year olds with pool, music studio and trips.",
  tags=["young_people", "music"], sched=[W("WE", "18:00", "21:00")], cost=0, min_age=11, max_age=19,
  elig="Ages 11-19.", assured="2026-09-30", org="Ripon Youth Project")
s("h32", "Boroughbridge Youth Club", "Boroughbridge", "Boroughbridge Community Centre", "Back Lane", "YO51 9AY",
  "Friday youth club for 11 to 16 year olds. £1 entry; tuck shop.", tags=["young_people"],
  sched=[W("FR", "18:30", "20:30")], cost=1, min_age=11, max_age=16, elig="Ages 11-16.", assured="2026-10-08",
  org="Boroughbridge Youth Club")
s("h33", "Pateley Bridge Youth Cafe", "Pateley Bridge", "Pateley Bridge Memorial Hall", "Park Road", "HG3 5JS",
  "Youth cafe for 13 to 18 year olds.", tags=["young_people", "social_cafe"], sched=[W("TH", "16:00", "18:00")], cost=0,
  min_age=13, max_age=18, assured="2023-09-01", org="Nidd Valley Youth")
s("h34", "Harrogate Walking Netball", "Harrogate", "Harrogate Leisure Centre", "Hookstone Wood Road", "HG2 8PF",
  "Netball at walking pace for women over 50 getting back into sport. No experience needed.",
  tags=["sport_fitness", "older_people", "women"], sched=[W("MO", "11:00", "12:00")], cost=3, min_age=50,
  elig="Women 50+.", assured="2026-09-25", access=STEP, org="Harrogate Walking Netball")
s("h35", "Knaresborough Seated Exercise", "Knaresborough", "Knaresborough House", "High Street", "HG5 0HW",
  "Gentle chair-based exercise to music for anyone with limited mobility. Step-free venue with a hearing loop.",
  tags=["sport_fitness", "older_people", "accessibility", "health_condition"], sched=[W("WE", "14:00", "15:00")], cost=3,
  assured="2026-10-19", access=STEP_LOOP, org="Knaresborough Connectors")
s("h36", "Ripon Table Tennis Club", "Ripon", "Ripon Leisure Centre", "Dallamires Lane", "HG4 1TT",
  "Club and social table tennis for ages 10 and up; bats provided. Families and beginners welcome.",
  tags=["sport_fitness", "games_quizzes"], sched=[W("TU", "18:00", "20:00")], cost=2, min_age=10,
  assured="2026-08-25", access=STEP, org="Ripon Table Tennis Club")
s("h37", "Harrogate Language Exchange Cafe", "Harrogate", "Harrogate Library", "Victoria Avenue", "HG1 1EG",
  "Practise English or another language over coffee with local volunteers. Especially welcoming to people who have recently moved to Harrogate.",
  tags=["new_to_area", "non_english", "social_cafe"], sched=[W("SA", "10:30", "12:00")], cost=0, assured="2026-10-24",
  access=STEP, org="Harrogate Welcome")
s("h38", "Harrogate Refugee Welcome Drop-in", "Harrogate", "Harrogate Community House", "Victoria Avenue", "HG1 1EL",
  "Friendly drop-in for refugees and asylum seekers: English practice, help with forms and finding your way around town.",
  tags=["new_to_area", "non_english"], help=["practical_help"], sched=[W("TH", "13:00", "15:30")], cost=0,
  assured="2026-10-15", access=STEP, org="Harrogate District of Sanctuary")
s("h39", "Harrogate and Ripon Volunteer Centre", "Harrogate", "Harrogate and Ripon CVS", "Zion House, Station Parade", "HG1 1HZ",
  "Help finding a volunteering role near you, from befriending and driving to conservation and charity shops.",
  tags=[], help=["volunteering"], sched=[W(WKDAY, "09:30", "16:30")], cost=0, assured="2026-09-20",
  access=STEP, org="Harrogate and Ripon CVS")
s("h40", "Harrogate District Start a Group Support", "Harrogate", "Harrogate and Ripon CVS", "Zion House, Station Parade", "HG1 1HZ",
  "Advice, small start-up grants and free training for anyone wanting to set up a community group or club in the Harrogate district.",
  tags=[], help=["start_group"], sched=[], cost=0, assured="2026-10-05", org="Harrogate and Ripon CVS")
s("h41", "Harrogate District Food Bank", "Oatlands", "Harrogate Food Bank Centre", "Hookstone Road", "HG2 8BT",
  "Emergency food parcels for people in crisis across the Harrogate district. We can also signpost to money and energy advice.",
  tags=["free_cost"], help=["practical_help", "food"], sched=[W("TU,TH", "11:00", "13:00"), W("SA", "10:00", "12:00")], cost=0,
  assured="2026-11-05", access=STEP, org="Harrogate District Food Bank")
s("h42", "Knaresborough Food Share", "Knaresborough", "Knaresborough Community Centre", "Gracious Street", "HG5 8DS",
  "Surplus food shared free every Friday.", tags=["free_cost"], help=["practical_help", "food"],
  sched=[W("FR", "13:00", "15:00")], cost=0, status="inactive", assured="2026-08-01", org="Knaresborough Food Share")
s("h43", "Ripon Community Pantry", "Ripon", "Ripon Community House", "Sharow View", "HG4 1BY",
  "A low-cost members' pantry: £4 for a basket of groceries worth much more. Open to anyone on a low income in Ripon and nearby villages.",
  tags=[], help=["practical_help", "food"], sched=[W("WE", "10:00", "13:00")], cost=4, assured="2026-10-09",
  org="Ripon Community House")
s("h44", "Harrogate Energy Advice Service", "Harrogate", "Harrogate Civic Centre", "St Luke's Avenue", "HG1 2AE",
  "Free advice on energy bills, meters, debts with suppliers and grants for heating and insulation, by phone or home visit.",
  tags=["free_cost"], help=["practical_help", "fuel_bills"], sched=[W(WKDAY, "09:00", "17:00")], cost=0,
  assured="2026-10-20", org="North Yorkshire Energy Advice")
s("h45", "Citizens Advice Harrogate District", "Harrogate", "Citizens Advice Harrogate", "Victoria Avenue", "HG1 1EL",
  "Free advice on benefits, debt, budgeting, housing problems and employment. Drop-in or phone.",
  tags=["free_cost"], help=["practical_help", "money_benefits", "housing"],
  sched=[W("MO,TU,TH", "10:00", "14:00")], cost=0, assured="2026-10-26", access=STEP, org="Citizens Advice Harrogate")
s("h46", "Harrogate District Dial-a-Ride", "Starbeck", "Harrogate Community Transport", "Bogs Lane", "HG1 4DY",
  "Accessible door-to-door minibus for people who can't easily use buses, across Harrogate, Knaresborough and Ripon.",
  tags=["transport", "disability", "older_people", "accessibility"], help=["practical_help", "transport_cost"],
  sched=[W(WKDAY, "09:00", "16:00")], cost=2.5, costnote="£2.50 return; members only (free to join)",
  assured="2026-09-28", org="Harrogate Community Transport")
s("h47", "Nidderdale Community Car Scheme", "Pateley Bridge", "Nidderdale Plus", "Southfield House, Pateley Bridge", "HG3 5HL",
  "Volunteer drivers take people from Nidderdale villages to appointments, shops and groups. You pay a contribution per mile.",
  tags=["transport", "older_people"], help=["practical_help", "transport_cost"], sched=[W(WKDAY, "09:00", "16:00")],
  cost=None, costnote="45p a mile contribution", assured="2026-10-11", org="Nidderdale Plus")
s("h48", "Harrogate Housing Options Advice", "Harrogate", "Harrogate Civic Centre", "St Luke's Avenue", "HG1 2AE",
  "Help if you're homeless, at risk of losing your home, or need advice on renting, repairs or rent arrears.",
  tags=["free_cost"], help=["practical_help", "housing"], sched=[W("MO,WE,FR", "09:30", "12:30")], cost=0,
  assured="2026-09-15", access=STEP, org="North Yorkshire Council Housing")
s("h50", "Masham Community Lunch", "Masham", "Masham Town Hall", "Little Market Place", "HG4 4DY",
  "A hot lunch and company on the first Wednesday of the month for anyone in Masham and the surrounding villages.",
  tags=["social_cafe", "older_people", "food_cooking"], sched=[M("1WE", "12:00", "14:00")], cost=6, assured="2026-10-04",
  org="Masham Community Office")
s("h52", "Harrogate Hardship Support Fund", "Harrogate", "Harrogate Civic Centre", "St Luke's Avenue", "HG1 2AE",
  "One-off help with food, energy costs and essential items for residents in financial crisis. Apply by phone.",
  tags=["free_cost"], help=["practical_help", "money_benefits", "fuel_bills", "food"], sched=[], cost=0,
  elig="Residents of the Harrogate district in crisis.", assured="2026-10-29", org="North Yorkshire Council")
s("h53", "Harrogate Men's Walk and Talk", "Valley Gardens", "Valley Gardens, Magnesia Well Pump Room", "Valley Gardens", "HG2 0DR",
  "A Sunday morning walk for men to get out, clear your head and talk if you want to. Supported by mental health volunteers.",
  tags=["men", "walking_outdoors", "health_condition"], sched=[W("SU", "10:00", "11:30")], cost=0, min_age=18,
  elig="Men 18+.", assured="2026-10-13", org="Harrogate Men's Mental Health")
s("h56", "Harrogate Parkinson's Exercise Group", "Harrogate", "Harrogate Leisure Centre", "Hookstone Wood Road", "HG2 8PF",
  "Exercise classes led by a specialist instructor for people with Parkinson's; partners welcome.",
  tags=["health_condition", "sport_fitness"], sched=[W("FR", "11:00", "12:00")], cost=3, assured="2026-06-10",
  access=STEP, org="Harrogate Parkinson's Group")

s("h57", "Harrogate Community Connectors", "Harrogate", "Harrogate Community House", "Victoria Avenue", "HG1 1EL",
  "<p>Feeling lonely or stuck at home? A connector will phone you, listen, and help you find a group you'd enjoy, and a volunteer can go with you the first time.</p>",
  tags=["accompany", "older_people"], sched=[], cost=0, assured="2026-10-30", org="Harrogate Community Connectors")

# ---------------------------------------------------------------- Hackney
s("x01", "Hackney Marshes Health Walk", "Hackney Marshes", "Hackney Marshes Centre", "Homerton Road", "E9 5PF",
  "A free one-hour walk around the marshes, led by a trained walk leader. Ideal if you want to get more active.",
  tags=["walking_outdoors", "health_condition"], sched=[W("TU", "10:00", "11:00")], cost=0, assured="2026-10-20",
  access="Flat paths; toilets at the centre.", org="Hackney Walks")
s("x02", "Clissold Park Gentle Walk", "Stoke Newington", "Clissold House", "Clissold Park, Green Lanes", "N16 9HJ",
  "A slow-paced walk round Clissold Park with benches along the way, then coffee at Clissold House.",
  tags=["walking_outdoors", "older_people"], sched=[W("FR", "11:00", "12:00")], cost=0, assured="2026-10-11",
  org="Stoke Newington Walkers")
s("x03", "Canal Walk and Talk for Men", "Hackney Wick", "Hackney Wick Overground station", "White Post Lane", "E9 5EN",
  "A Sunday walk along the canal for men who want to get out and talk, or just walk. Peer volunteers with mental health training.",
  tags=["men", "walking_outdoors", "health_condition"], sched=[W("SU", "10:00", "11:30")], cost=0, min_age=18,
  elig="Men 18+.", assured="2026-10-01", org="Hackney Men's Wellbeing")
s("x04", "Dalston Sewing Circle", "Dalston", "Dalston Library", "Dalston Square", "E8 3BQ",
  "Learn to sew, mend and alter clothes on our machines. Ages 16 and up.", tags=["arts_crafts"],
  sched=[W("WE", "18:30", "20:30")], cost=3, min_age=16, elig="16+", assured="2026-09-24", access=STEP, org="Dalston Makers")
s("x05", "Homerton Craft Cafe", "Homerton", "Homerton Community Centre", "Homerton High Street", "E9 6AS",
  "Drop-in crafts with tea and biscuits: card making, painting, knitting. All materials provided, everyone welcome.",
  tags=["arts_crafts", "social_cafe", "free_cost"], sched=[W("TH", "13:00", "15:00")], cost=0, assured="2026-10-17",
  access=STEP_LOOP, org="Homerton Community Centre")
s("x06", "Clapton Life Drawing", "Clapton", "Chatsworth Studio", "Chatsworth Road", "E5 0LH",
  "Untutored life drawing with a nude model. Adults only.", tags=["arts_crafts"], sched=[W("MO", "19:00", "21:00")],
  cost=10, min_age=18, elig="18+ only.", assured="2026-10-05", access=NOSTEP, org="Clapton Drawing Club")
s("x07", "Hackney City Farm Volunteers", "Haggerston", "Hackney City Farm", "1a Goldsmiths Row", "E2 8QA",
  "Volunteer with the animals, in the vegetable garden or the cafe kitchen. Ages 16 and over; no experience needed.",
  tags=["gardening_nature"], help=["volunteering"], sched=[W("TU,WE,TH,FR,SA", "10:00", "16:00")], cost=0,
  min_age=16, elig="16+", assured="2026-10-21", access=STEP, org="Hackney City Farm")
s("x09", "Woodberry Wetlands Nature Volunteers", "Woodberry Down", "Woodberry Wetlands", "Lordship Road", "N16 5HQ",
  "Help look after the wetlands: cutting reeds, planting and wildlife surveys, with a nature walk thrown in.",
  tags=["gardening_nature", "walking_outdoors"], help=["volunteering"], sched=[W("WE", "10:00", "13:00")], cost=0,
  assured="2026-10-09", notag=True, org="Woodberry Wetlands")
s("x10", "Hackney Community Choir", "Hackney Central", "St John at Hackney Halls (community hall)", "Lower Clapton Road", "E5 0PD",
  "A big, friendly, non-audition choir singing soul, pop and world music. Pay what you can.",
  tags=["music"], sched=[W("MO", "19:00", "21:00")], cost="pwyc", assured="2026-10-14", access=STEP, org="Hackney Sings")
s("x11", "Dalston Steel Pan Youth Band", "Dalston", "Dalston Youth Hub", "Ridley Road", "E8 2NP",
  "Learn to play steel pan with a Notting Hill Carnival band. Free for 10 to 18 year olds; instruments provided.",
  tags=["music", "young_people"], sched=[W("SA", "11:00", "13:00")], cost=0, min_age=10, max_age=18,
  elig="Ages 10-18.", assured="2026-10-25", org="Dalston Pan Collective")
s("x12", "Stamford Hill Singing for Wellbeing", "Stamford Hill", "Stamford Hill Library", "Portland Avenue", "N16 6SB",
  "Singing for better breathing and wellbeing.", tags=["music", "health_condition", "older_people"],
  sched=[W("TH", "14:00", "15:00")], cost=0, assured="2024-05-20", org="Sing Well Hackney")
s("x13", "Hackney Men's Shed", "Homerton", "Homerton Workshop", "Brooksby's Walk", "E9 6DA",
  "A community workshop where men come together to make things, fix things and share skills. Free, drop in.",
  tags=["men", "arts_crafts"], sched=[W("TU", "10:00", "16:00"), W("TH", "10:00", "16:00")], cost=0, min_age=18,
  elig="18+", assured="2026-09-30", access=STEP, org="Hackney Men's Shed")
s("x14", "Lower Clapton Coffee Morning", "Lower Clapton", "Clapton Square Community Hall", "Clapton Square", "E5 8HW",
  "A Wednesday coffee morning with home-made cake, a chat and the odd quiz. Free, all ages welcome.",
  tags=["social_cafe", "older_people", "free_cost"], sched=[W("WE", "10:00", "12:00")], cost=0, assured="2026-10-22",
  access=STEP, org="Clapton Neighbours")
s("x15", "Stoke Newington Over 55s Lunch Club", "Stoke Newington", "Stoke Newington Assembly Rooms (side hall)", "Church Street", "N16 0JR",
  "A two-course hot lunch with company and activities for people aged 55 and over.",
  tags=["older_people", "food_cooking", "social_cafe"], sched=[W("MO", "12:00", "14:00"), W("TH", "12:00", "14:00")],
  cost=3.5, min_age=55, elig="55+", assured="2026-10-06", access=STEP, org="N16 Lunch Club")
s("x16", "Hackney Wick Community Kitchen", "Hackney Wick", "Hackney Wick Community Hall", "Wallis Road", "E9 5LH",
  "Cook and eat together every Friday: a free hot meal made from surplus food, with neighbours of all ages.",
  tags=["food_cooking", "social_cafe", "free_cost"], help=["food"], sched=[W("FR", "12:30", "14:30")], cost=0,
  assured="2026-10-29", access=STEP, org="Wick Kitchen")
s("x17", "Dalston Warm Hub", "Dalston", "CLR James Library", "Dalston Square", "E8 3BQ",
  "A free warm space every weekday with tea, coffee, wifi and friendly staff. Stay as long as you like.",
  tags=["social_cafe", "free_cost"], sched=[W(WKDAY, "10:00", "16:00")], cost=0, assured="2026-11-02",
  access=STEP_LOOP, org="Hackney Libraries")
s("x18", "Hackney Central Library Digital Champions", "Hackney Central", "Hackney Central Library", "Reading Lane", "E8 1GQ",
  "Free help getting online: email, video calls, online forms, Universal Credit and staying safe online.",
  tags=["digital_skills", "free_cost"], help=["practical_help", "digital"], sched=[W("WE", "10:00", "12:00")], cost=0,
  assured="2026-10-13", access=STEP_LOOP, org="Hackney Libraries")
s("x19", "Stamford Hill Computer Help in Yiddish and English", "Stamford Hill", "Stamford Hill Community Centre", "Portland Avenue", "N16 6SB",
  "Patient help with computers and phones in Yiddish or English, for adults of any age.",
  tags=["digital_skills", "non_english"], help=["digital"], sched=[W("TU", "14:00", "16:00")], cost=0,
  assured="2026-09-18", org="Stamford Hill Community Centre")
s("x20", "Hackney Carers Hub Drop-in", "Hackney Central", "Hackney Carers Centre", "Mare Street", "E8 1HR",
  "Drop in for advice, a listening ear and activities for unpaid carers of any age over 18.",
  tags=["carers"], sched=[W("TU", "10:00", "13:00")], cost=0, assured="2026-10-19", access=STEP, org="Hackney Carers")
s("x21", "Homerton Young Carers Project", "Homerton", "Homerton Youth Centre", "Ballance Road", "E9 5SU",
  "Activities, trips and someone to talk to for young carers aged 8 to 17.", tags=["carers", "young_people"],
  sched=[W("WE", "16:30", "18:30")], cost=0, min_age=8, max_age=17, elig="Young carers 8-17.",
  assured="2026-10-08", org="Hackney Carers")
s("x22", "Hackney Bereavement Cafe", "Stoke Newington", "Stoke Newington Library", "Church Street", "N16 0JS",
  "<p>A monthly cafe for anyone who is grieving. Come for a cup of tea and talk, or just listen.</p>",
  tags=["bereaved", "social_cafe"], sched=[M("1SA", "11:00", "13:00")], cost=0, assured="2026-10-03",
  access=STEP, org="Hackney Bereavement Network")
s("x23", "Dalston Death Cafe", "Dalston", "Dalston Culture House", "Ashwin Street", "E8 3DL",
  "Conversations about death and dying over cake.", tags=["bereaved", "social_cafe"], sched=[M("3WE", "18:30", "20:30")],
  cost=0, status="defunct", assured="2025-06-01", org="Dalston Death Cafe")
s("x24", "Hackney Queer Social Club", "Dalston", "The Glass House", "Kingsland Road", "E8 4AA",
  "A monthly night for LGBTQ+ adults: board games, music and making friends, alcohol-free. 18+.",
  tags=["lgbtq", "social_cafe"], sched=[M("2FR", "19:00", "22:00")], cost=0, min_age=18, elig="18+",
  assured="2026-10-10", org="Hackney Queer Social")
s("x25", "Hackney LGBTQ+ Youth Space", "Hackney Central", "Hackney Youth Hub", "Mare Street", "E8 3RH",
  "A weekly youth space for LGBTQ+ and questioning young people aged 13 to 19, with youth workers, art and games.",
  tags=["lgbtq", "young_people"], sched=[W("TU", "17:00", "19:30")], cost=0, min_age=13, max_age=19,
  elig="Ages 13-19.", assured="2026-10-27", access=STEP, org="Hackney Young Futures")
s("x26", "Rainbow Elders Coffee Afternoon", "Stoke Newington", "Stoke Newington Library", "Church Street", "N16 0JS",
  "A coffee afternoon for LGBTQ+ people aged 50 and over.", tags=["lgbtq", "older_people", "social_cafe"],
  sched=[M("-1WE", "14:00", "16:00")], cost=0, min_age=50, elig="50+", assured="2026-09-29", access=STEP,
  org="Rainbow Elders Hackney")
s("x27", "Clapton Parent and Toddler", "Clapton", "Clapton Community Hall", "Chatsworth Road", "E5 0LA",
  "Play, songs and snacks for under-5s with a parent or carer.", tags=["parents_families"],
  sched=[W("TU", "10:00", "11:30")], cost=2, assured="2026-10-15", org="Clapton Little Ones")
s("x28", "Hackney Wick Stay and Play", "Hackney Wick", "Hackney Wick Children's Centre", "Eastway", "E9 5JA",
  "Free stay and play for babies and toddlers and their grown-ups.", tags=["parents_families", "free_cost"],
  sched=[W("TH", "09:30", "11:30")], cost=0, assured="2026-10-07", access=STEP, org="Hackney Children's Centres")
s("x29", "Stoke Newington Library Rhyme Time", "Stoke Newington", "Stoke Newington Library", "Church Street", "N16 0JS",
  "Songs and rhymes for babies and toddlers with their parents and carers. Free, just turn up.",
  tags=["parents_families", "books_learning", "free_cost"], sched=[W("FR", "10:30", "11:00")], cost=0,
  assured="2026-10-16", access=STEP, org="Hackney Libraries")
s("x30", "Hoxton Youth Club", "Hoxton", "Hoxton Youth Centre", "Pitfield Street", "N1 6DA",
  "Open youth club for 11 to 19 year olds: sports, music, cooking and homework help.",
  tags=["young_people"], sched=[W("MO,WE,FR", "18:00", "21:00")], cost=0, min_age=11, max_age=19,
  elig="Ages 11-19.", assured="2026-10-30", access=STEP, org="Hoxton Youth")
s("x31", "Hackney Wick Youth Boxing", "Hackney Wick", "Wick Boxing Gym", "Felstead Street", "E9 5LG",
  "Non-contact boxing fitness for 12 to 18 year olds, with coaches who are also mentors.",
  tags=["young_people", "sport_fitness"], sched=[W("TU", "17:00", "18:30"), W("TH", "17:00", "18:30")], cost=1,
  min_age=12, max_age=18, elig="Ages 12-18.", assured="2026-10-12", org="Wick Boxing")
s("x32", "Clapton Youth Football", "Clapton", "Millfields Park pitches", "Millfields Road", "E5 0SB",
  "Saturday football for 11 to 16 year olds.", tags=["young_people", "sport_fitness"], sched=[W("SA", "10:00", "12:00")],
  cost=0, min_age=11, max_age=16, status="inactive", assured="2026-07-20", org="Clapton Youth FC")
s("x33", "Stamford Hill Youth Hub", "Stamford Hill", "Stamford Hill Youth Hub", "Stamford Hill", "N16 5RU",
  "Youth hub for 11 to 18 year olds.", tags=["young_people"], sched=[W("TH", "17:00", "20:00")], cost=0,
  min_age=11, max_age=18, assured="2024-02-02", org="Stamford Hill Youth")
s("x34", "Hackney Marshes Walking Football", "Hackney Marshes", "Hackney Marshes Centre", "Homerton Road", "E9 5PF",
  "Walking football for over 50s: gentle, social and great for fitness.", tags=["sport_fitness", "older_people"],
  sched=[W("WE", "11:00", "12:00")], cost=2, min_age=50, elig="50+", assured="2026-10-04", access=STEP,
  org="Hackney Walking Football")
s("x35", "Homerton Chair-based Exercise", "Homerton", "Homerton Community Centre", "Homerton High Street", "E9 6AS",
  "Free seated exercise for people with limited mobility or long-term conditions.",
  tags=["sport_fitness", "older_people", "accessibility", "health_condition", "free_cost"], sched=[W("MO", "11:00", "12:00")],
  cost=0, assured="2026-10-18", access=STEP_LOOP, org="Homerton Community Centre")
s("x37", "Dalston English Conversation Cafe", "Dalston", "Dalston Library", "Dalston Square", "E8 3BQ",
  "Practise speaking English in a relaxed group with volunteers. All levels and nationalities welcome.",
  tags=["new_to_area", "non_english", "social_cafe"], sched=[W("WE", "13:00", "15:00")], cost=0, assured="2026-10-23",
  access=STEP, org="Hackney Welcome")
s("x38", "Hackney Migrant Welcome Drop-in", "Hackney Central", "Hackney Migrant Centre", "Mare Street", "E8 4RU",
  "Advice, English classes signposting and a warm welcome for migrants, refugees and asylum seekers. Interpreters available.",
  tags=["new_to_area", "non_english"], help=["practical_help"], sched=[W("MO", "10:00", "14:00")], cost=0,
  assured="2026-10-26", org="Hackney Migrant Centre")
s("x39", "Dalston Turkish-speaking Women's Group", "Dalston", "Dalston Community Centre", "Kingsland High Street", "E8 2PB",
  "A friendly group for Turkish and Kurdish-speaking women: tea, crafts, English practice and advice sessions.",
  tags=["women", "non_english", "new_to_area", "arts_crafts"], sched=[W("TH", "10:00", "12:00")], cost=0,
  assured="2026-09-26", org="Dalston Women's Network")
s("x40", "Volunteer Centre Hackney", "Hackney Central", "Volunteer Centre Hackney", "Mare Street", "E8 1HR",
  "We help you find volunteering in Hackney that fits your time and interests: befriending, food projects, gardening, youth work and more.",
  tags=[], help=["volunteering"], sched=[W(WKDAY, "10:00", "17:00")], cost=0, assured="2026-10-20", access=STEP,
  org="Volunteer Centre Hackney")
s("x41", "Hackney Start a Group Support", "Hackney Central", "Hackney Council for Voluntary Service", "Mare Street", "E8 3SL",
  "Small grants, training and one-to-one advice for residents setting up a new community group or project.",
  tags=[], help=["start_group"], sched=[], cost=0, assured="2026-10-01", org="Hackney CVS")
s("x42", "Hackney Foodbank Lower Clapton", "Lower Clapton", "Clapton Food Centre", "Lower Clapton Road", "E5 0NS",
  "Emergency food parcels, plus advice on benefits and energy. A referral helps, but we won't turn you away on your first visit.",
  tags=["free_cost"], help=["practical_help", "food"], sched=[W("MO", "10:00", "13:00"), W("WE", "10:00", "13:00")], cost=0,
  assured="2026-11-04", access=STEP, org="Hackney Foodbank")
s("x43", "Hackney Wick Food Pantry", "Hackney Wick", "Wick Pantry", "Rothbury Road", "E9 5HA",
  "A members' pantry: £4.50 a week for around £20 of groceries. Anyone living in Hackney can join.",
  tags=[], help=["practical_help", "food"], sched=[W("SA", "11:00", "13:00")], cost=4.5, assured="2026-10-10",
  org="Wick Pantry")
s("x44", "Stamford Hill Community Fridge", "Stamford Hill", "Stamford Hill Community Centre", "Portland Avenue", "N16 6SB",
  "Free surplus food from local shops, twice a week. No referral needed.", tags=["free_cost"],
  help=["practical_help", "food"], sched=[W("TU", "15:00", "17:00"), W("FR", "13:00", "15:00")], cost=0,
  assured="2026-10-28", org="Stamford Hill Community Centre")
s("x45", "Hackney Energy Advice Service", "Hackney Central", "Hackney Service Centre", "Hillman Street", "E8 1DY",
  "Free help with gas and electricity bills, prepay meters, energy debt and warm home grants.",
  tags=["free_cost"], help=["practical_help", "fuel_bills"], sched=[W(WKDAY, "09:30", "17:00")], cost=0,
  assured="2026-10-14", access=STEP, org="Hackney Council")
s("x46", "Citizens Advice Hackney Money Drop-in", "Kingsland", "Citizens Advice Hackney", "Kingsland High Street", "E8 2JS",
  "Free advice on benefits, debt, Universal Credit and money problems. Drop in on Tuesday or Thursday mornings.",
  tags=["free_cost"], help=["practical_help", "money_benefits"], sched=[W("TU,TH", "10:00", "13:00")], cost=0,
  assured="2026-10-21", access=STEP, org="Citizens Advice Hackney")
s("x47", "Hackney Community Transport Dial-a-Ride", "Hackney Wick", "Hackney Community Transport", "Hepscott Road", "E9 5HB",
  "Free door-to-door accessible minibus for older and disabled Hackney residents who can't easily use public transport.",
  tags=["transport", "disability", "older_people", "accessibility", "free_cost"], help=["practical_help", "transport_cost"],
  sched=[W(WKDAY, "08:30", "17:00")], cost=0, elig="Older or disabled Hackney residents; free to register.",
  assured="2026-10-02", org="Hackney Community Transport")
s("x48", "Hackney Housing Advice Drop-in", "Hackney Central", "Hackney Service Centre", "Hillman Street", "E8 1DY",
  "Advice if you are homeless or about to lose your home, or have problems with rent, repairs or your landlord.",
  tags=["free_cost"], help=["practical_help", "housing"], sched=[W("MO,WE", "09:30", "12:30")], cost=0,
  assured="2026-10-09", access=STEP, org="Hackney Council")
s("x49", "Hackney Discretionary Crisis Support", "Hackney Central", "Hackney Service Centre", "Hillman Street", "E8 1DY",
  "Emergency grants for food, energy top-ups and essential household items for Hackney residents in hardship.",
  tags=["free_cost"], help=["practical_help", "money_benefits", "fuel_bills", "food"], sched=[], cost=0,
  elig="Hackney residents in financial crisis.", assured="2026-10-24", org="Hackney Council")
s("x50", "Dalston Chess Club", "Dalston", "Dalston Library", "Dalston Square", "E8 3BQ",
  "Casual and club chess, with free coaching for beginners and juniors. All ages from 8.",
  tags=["games_quizzes"], sched=[W("TH", "18:00", "21:00")], cost=0, min_age=8, assured="2026-10-06", access=STEP,
  org="Dalston Chess Club")
s("x53", "Homerton Men's Mental Health Circle", "Homerton", "Homerton Community Centre", "Homerton High Street", "E9 6AS",
  "A peer support circle for men dealing with stress, anxiety or low mood. Come and listen or share.",
  tags=["men", "health_condition"], sched=[W("MO", "19:00", "20:30")], cost=0, min_age=18, elig="Men 18+.",
  assured="2026-10-16", access=STEP, org="Hackney Men's Wellbeing")
s("x54", "Hackney Befriending Friends", "Hackney Central", "Hackney Befriending Office", "Mare Street", "E8 1HR",
  "A volunteer visits or phones you every week, and can come with you to a group or activity the first time.",
  tags=["older_people", "accompany"], sched=[], cost=0, assured="2026-10-25", org="Hackney Befriending")
s("x55", "Hackney Wick Youth Music Studio", "Hackney Wick", "Wick Youth Studio", "Hepscott Road", "E9 5HB",
  "Free recording studio sessions for 13 to 19 year olds: make beats, write lyrics, learn production.",
  tags=["young_people", "music"], sched=[W("WE", "16:00", "19:00")], cost=0, min_age=13, max_age=19,
  elig="Ages 13-19.", assured="2026-10-19", org="Wick Youth Studio")
# ---------------------------------------------------------------- Out of area (far away traps)
OUT = {"York": (53.9590, -1.0815, "North Yorkshire"), "Sheffield": (53.3811, -1.4701, "South Yorkshire"),
       "Manchester": (53.4808, -2.2426, "Greater Manchester"), "Croydon": (51.3762, -0.0982, "London")}
s("o01", "York Riverside Walking Group", "York", "York Explore Library", "Museum Street", "YO1 7DS",
  "Weekly walks along the Ouse and city walls; everyone welcome.", tags=["walking_outdoors"],
  sched=[W("WE", "10:00", "12:00")], cost=0, assured="2026-10-10", org="York Walkers")
s("o02", "Sheffield Men's Shed", "Sheffield", "Kelham Workshop", "Alma Street", "S3 8SA",
  "A men's shed for woodwork and repairs.", tags=["men", "arts_crafts"], sched=[W("TU", "10:00", "15:00")], cost=0,
  min_age=18, assured="2026-10-10", org="Sheffield Shedders")
s("o03", "Manchester LGBTQ+ Youth Group", "Manchester", "Manchester Youth Zone", "Oxford Road", "M1 5QA",
  "A youth group for LGBTQ+ young people aged 13 to 19.", tags=["lgbtq", "young_people"],
  sched=[W("TH", "17:00", "19:00")], cost=0, min_age=13, max_age=19, assured="2026-10-10", org="Manchester Youth")
s("o04", "Croydon Food Bank", "Croydon", "Croydon Food Centre", "London Road", "CR0 2TB",
  "Emergency food parcels for people in Croydon.", tags=["free_cost"], help=["practical_help", "food"],
  sched=[W("MO,TH", "10:00", "13:00")], cost=0, assured="2026-10-10", org="Croydon Food Bank")

# Records whose only date is last_modified (no assured_date), all recent: a feed may carry only that.
LASTONLY = {"k34", "h22", "x22", "x14", "h16"}
# Stale records (assured long ago) that were edited recently without being re-verified: still stale.
RECENT_LM = {"k24": "2026-09-14T10:00:00Z", "x33": "2026-08-30T16:00:00Z"}
