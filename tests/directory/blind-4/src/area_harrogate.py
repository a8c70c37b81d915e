"""Harrogate district (places.csv area 'harrogate'), hand-written."""
from common import S

A = "harrogate"
C = "North Yorkshire"
FEED = "north-yorkshire-community-directory"


def H(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


H("h_walk_stray", "Valley Gardens Health Walk",
  "Harrogate Walking for Health",
  "Gentle 45-minute led walk through Valley Gardens and the Pinewoods. Suitable for beginners, people recovering from illness and anyone who wants to get moving again.",
  ("Valley Gardens (Sun Pavilion entrance)", "Valley Drive", "Harrogate", "HG2 0JL", 53.9905, -1.5475),
  [("W", "MO", "10:30-11:30")], 0, ["walking_outdoors", "free_cost", "older_people"],
  access="Mostly tarmac paths; one short slope.", topics=["walking"])

H("h_walk_knares", "Nidd Gorge Walkers",
  "Knaresborough Ramblers",
  "Thursday walks of 4-6 miles along the Nidd Gorge and surrounding countryside. Moderate, some mud and steps.",
  ("Conyngham Hall car park", "Harrogate Road", "Knaresborough", "HG5 8AH", 54.0105, -1.4735),
  [("W", "TH", "10:00-12:30")], 0, ["walking_outdoors"], topics=["walking"])

H("h_walk_pateley", "Nidderdale Hill Walkers",
  "Nidderdale Hill Walkers",
  "Monthly full-day walks on the moors above Nidderdale. 8-12 miles. Experienced walkers; bring waterproofs and a packed lunch. £3 per walk.",
  ("Pateley Bridge Showground car park", "Low Wath Road", "Pateley Bridge", "HG3 5HL", 54.0862, -1.7585),
  [("M", "2SU", "09:30-16:00")], 3, ["walking_outdoors"], topics=["walking"])

H("h_walk_masham", "Masham Walking Group",
  "Masham Community Office",
  "Friendly village walks of 3-5 miles, every Wednesday from the Market Place. Finish in time for lunch.",
  ("Masham Market Place", "Market Place", "Masham", "HG4 4DY", 54.2228, -1.6565),
  [("W", "WE", "10:00-12:00")], 0, ["walking_outdoors", "free_cost", "retired"],
  topics=["walking"])

H("h_food_bilton", "Harrogate District Foodbank",
  "Harrogate District Foodbank",
  "Three days' emergency food for individuals and families. Referral needed - ring us and we can arrange one. We also signpost to debt and benefits advice.",
  ("Bilton Community Centre", "Woodfield Road", "Bilton", "HG1 4HF", 54.0112, -1.5275),
  [("W", "TU,FR", "10:30-13:00")], 0, ["free_cost"], phone="0113 496 0201",
  elig="Referral needed (phone us).", topics=["foodbank"])

H("h_food_ripon", "Ripon Community Larder",
  "Ripon Together",
  "Pay £3 and choose your own shopping - usually worth £15+. No referral. Ripon residents.",
  ("Ripon Community House", "Sharow View", "Ripon", "HG4 1BY", 54.1365, -1.5235),
  [("W", "TH", "13:00-15:00")], [("Per visit", 3)], ["food_cooking", "free_cost"],
  topics=["foodbank"])

H("h_cab", "Money Advice Drop-in Harrogate",
  "Citizens Advice Harrogate District",
  "Free, independent advice on debt, benefits, energy bills, housing and work. Drop in on Wednesday mornings or call the adviceline any weekday.",
  ("Citizens Advice", "Oxford Chambers, Oxford Street", "Harrogate", "HG1 1QE", 53.9938, -1.5400),
  [("W", "WE", "10:00-13:00")], 0, [], notags=True,
  feed=[("ADV-MONEY", "Advice: money and debt", FEED), ("ADV-BEN", "Advice: benefits", FEED)],
  phone="0808 157 0201", topics=["debt", "benefits", "bills"])

H("h_warm_knares", "Knaresborough Warm Welcome",
  "Knaresborough Methodist Church",
  "Warm, friendly space with free hot drinks, soup and toast, newspapers, jigsaws and wifi. Come for ten minutes or stay all day.",
  ("Knaresborough Methodist Church", "Gracious Street", "Knaresborough", "HG5 8DS", 54.0092, -1.4665),
  [("W", "MO,TH", "10:00-14:00")], 0, ["social_cafe", "free_cost"],
  access="Step-free, hearing loop.", topics=["warm_space"])

H("h_lunch_pateley", "Nidderdale Luncheon Club",
  "Nidderdale Plus",
  "A proper two-course lunch and company for over 60s. Transport can be arranged from outlying villages.",
  ("Nidderdale Plus Hub", "Southlands Avenue", "Pateley Bridge", "HG3 5BJ", 54.0855, -1.7595),
  [("W", "WE", "12:00-14:00")], 6.5, ["older_people", "food_cooking", "social_cafe", "transport"],
  min_age=60, elig="Over 60s.", topics=["lunch_club"])

H("h_carers", "Carers' Coffee Morning",
  "Carers' Resource",
  "Time out for unpaid carers - coffee, cake and friendly faces. Carers' Resource staff can answer questions about carers' assessments and breaks.",
  ("Carers' Resource", "Windsor House, Cornwall Road", "Harrogate", "HG1 2PW", 53.9933, -1.5452),
  [("M", "1MO", "10:00-12:00")], 0, ["carers", "social_cafe", "free_cost"],
  phone="0113 496 0202", topics=["carers_group"])

H("h_youth_hub", "Harrogate Youth Hub",
  "Harrogate Youth Partnership",
  "Open-access youth club for 11-18 year olds: games room, music studio, cooking and youth workers to talk to.",
  ("Harrogate Youth Hub", "Station Parade", "Harrogate", "HG1 1TE", 53.9955, -1.5380),
  [("W", "TU,TH", "17:00-20:00")], 0, ["young_people", "music", "games_quizzes", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

H("h_spectrum", "Spectrum LGBTQ+ Youth Group",
  "Harrogate Youth Partnership",
  "Fortnightly group for LGBTQ+ and questioning young people aged 13-19. Safe, confidential, fun.",
  ("Harrogate Youth Hub (quiet room)", "Station Parade", "Harrogate", "HG1 1TE", 53.9955, -1.5380),
  [("F", "TH", "17:30-19:30")], 0, ["lgbtq", "young_people", "free_cost"],
  min_age=13, max_age=19, topics=["youth_club", "lgbtq_group"])

H("h_pride_social", "Harrogate Pride Social",
  "Harrogate Pride",
  "Monthly get-together for LGBTQ+ adults. Drinks, chat, sometimes a quiz. 18+.",
  ("The Little Ale House", "Cheltenham Crescent", "Harrogate", "HG1 1DH", 53.9952, -1.5410),
  [("M", "3TH", "19:00-22:00")], 0, ["lgbtq", "social_cafe"], min_age=18,
  topics=["lgbtq_group"])

H("h_youth_ripon", "Ripon YMCA Youth Drop-in",
  "Ripon YMCA",
  "After-school drop-in for 11-16s. Snacks, games, sports hall and homework space.",
  ("Ripon YMCA", "Water Skellgate", "Ripon", "HG4 1BQ", 54.1355, -1.5265),
  [("W", "WE", "16:00-18:30")], 0, ["young_people", "sport_fitness", "games_quizzes", "free_cost"],
  min_age=11, max_age=16, topics=["youth_club"])

H("h_choir_ripon", "Ripon Community Singers",
  "Ripon Community Singers",
  "Relaxed community choir, everything learned by ear. Monday evenings at the Cathedral hall. £4.",
  ("Cathedral Hall", "Minster Road", "Ripon", "HG4 1QT", 54.1350, -1.5200),
  [("W", "MO", "19:00-20:30")], 4, ["music"], topics=["choir", "singing"])

H("h_choir_stale", "Harrogate Pop Choir",
  "Harrogate Pop Choir",
  "Sing pop hits with 60 others. No auditions.",
  ("St Mark's Church", "Leeds Road", "Harrogate", "HG2 8AY", 53.9840, -1.5340),
  [("W", "TU", "19:30-21:00")], 6, ["music"], assured="2023-01-10",
  topics=["choir", "singing"])

H("h_art_knares", "Knaresborough Art Club",
  "Knaresborough Art Club",
  "Watercolour, acrylics and sketching. Tutor-led first Tuesday, then members' own work. All levels.",
  ("Knaresborough Town Hall", "Market Place", "Knaresborough", "HG5 8AL", 54.0086, -1.4682),
  [("W", "TU", "13:30-16:00")], 4, ["arts_crafts"], topics=["painting"])

H("h_garden_starbeck", "Starbeck Community Garden",
  "Starbeck Community Garden",
  "Volunteer gardeners wanted! Veg beds, orchard and pond. Drop in on Saturday mornings - tea and cake provided.",
  ("Starbeck Community Garden", "Forest Lane", "Starbeck", "HG2 7EA", 54.0005, -1.5025),
  [("W", "SA", "10:00-12:30")], 0, ["gardening_nature", "free_cost"],
  topics=["gardening", "volunteering"])

H("h_digital", "Digital Help at Harrogate Library",
  "North Yorkshire Libraries",
  "Help with smartphones, tablets, laptops, email and online forms. Free, one-to-one.",
  ("Harrogate Library", "Victoria Avenue", "Harrogate", "HG1 1EG", 53.9920, -1.5375),
  [("W", "WE", "10:00-12:00")], 0, ["digital_skills", "free_cost"],
  access="Lift, accessible toilet.", topics=["digital"])

H("h_bereave_ripon", "Ripon Bereavement Walk and Talk",
  "Ripon Churches Together",
  "An easy walk around Spa Park and the river for people who have been bereaved, followed by a cuppa. Walk alongside others who understand.",
  ("Spa Park gates", "Park Street", "Ripon", "HG4 2BE", 54.1362, -1.5305),
  [("F", "SA", "10:30-12:00")], 0, ["bereaved", "walking_outdoors", "free_cost"],
  topics=["bereavement", "walking"])

H("h_shed_boro", "Boroughbridge Men's Shed",
  "Boroughbridge Men's Shed",
  "Woodwork, metalwork, bike repairs and conversation. Mostly retired chaps. Tea £2.",
  ("Boroughbridge Men's Shed", "New Row", "Boroughbridge", "YO51 9AX", 54.0958, -1.3985),
  [("W", "MO,WE", "09:30-12:30")], 2, ["men", "arts_crafts", "retired"], min_age=18,
  topics=["woodwork", "mens_shed"])

H("h_taichi_pannal", "Tai Chi for Beginners",
  "Pannal Village Hall",
  "Slow, gentle movement for balance and calm. Good for older people and anyone with stiff joints.",
  ("Pannal Village Hall", "Main Street", "Pannal", "HG3 1LT", 53.9592, -1.5335),
  [("W", "TH", "10:00-11:00")], 5, ["sport_fitness", "older_people"],
  access="Step-free; chairs available.", topics=["exercise_gentle"])

H("h_quiz_killinghall", "Killinghall Village Quiz Night",
  "Killinghall Village Hall Committee",
  "Last Wednesday of the month. Teams of up to six, £2 each, prizes. Bar open - 18+.",
  ("Killinghall Village Hall", "Ripon Road", "Killinghall", "HG3 2DH", 54.0268, -1.5565),
  [("M", "-1WE", "20:00-22:30")], 2, ["games_quizzes"], min_age=18,
  topics=["quiz"])

H("h_books_ripon", "Ripon Library Reading Group",
  "North Yorkshire Libraries",
  "Monthly reading group. Copies provided.",
  ("Ripon Library", "The Arcade", "Ripon", "HG4 1AS", 54.1368, -1.5230),
  [("M", "2TU", "14:00-15:30")], 0, [], notags=True,
  feed=[("LEIS-READ", "Leisure: reading groups", FEED)], topics=["book_group"])

H("h_memory_knares", "Memory Cafe Knaresborough",
  "Dementia Forward",
  "A welcoming cafe for people living with dementia or memory worries, and the people who support them.",
  ("Knaresborough House", "High Street", "Knaresborough", "HG5 0HW", 54.0095, -1.4690),
  [("M", "2WE", "14:00-16:00")], 0, ["health_condition", "carers", "older_people", "social_cafe", "free_cost"],
  access="Dementia-friendly, step-free.", topics=["dementia"])

H("h_transport", "Nidderdale Plus Community Car Scheme",
  "Nidderdale Plus",
  "Volunteer drivers take people to appointments, shops and social activities across Nidderdale and into Harrogate. Mileage contribution.",
  ("Nidderdale Plus Hub", "Southlands Avenue", "Pateley Bridge", "HG3 5BJ", 54.0855, -1.7595),
  [("APPT", None, None, "Book 2 days ahead, weekdays 9-3.")], [("Mileage contribution", 0.45)],
  ["transport", "older_people"], phone="0113 496 0203", topics=["transport"])

H("h_befriend", "Harrogate Telephone Friends",
  "Age Friendly Harrogate",
  "Weekly friendly phone call from a trained volunteer for older people who feel lonely or isolated.",
  ("Age Friendly Harrogate", "Station Bridge", "Harrogate", "HG1 1SS", 53.9928, -1.5395),
  [("APPT", None, None, "Weekly call at a time that suits you.")], 0,
  ["older_people", "free_cost"], phone="0808 157 0202", topics=["befriending"])

H("h_lunch_starbeck_closed", "Starbeck Lunch Club",
  "Starbeck Methodist Church",
  "Tuesday lunch for older people.",
  ("Starbeck Methodist Church", "High Street", "Starbeck", "HG2 7LW", 54.0000, -1.5030),
  [("W", "TU", "12:00-13:30")], 5, ["older_people", "food_cooking"], status="inactive",
  topics=["lunch_club"])

H("h_gravetalk", "GraveTalk Harrogate",
  "St Wilfrid's Church",
  "<p>Don't be put off by the name! GraveTalk is a cafe where people can chat about death, dying and funerals in a relaxed, confidential space. Tea, coffee and homemade cake.</p>",
  ("St Wilfrid's Church Hall", "Duchy Road", "Harrogate", "HG1 2EY", 53.9985, -1.5530),
  [("M", "3SA", "10:30-12:00")], 0, ["bereaved", "social_cafe", "faith"],
  topics=["bereavement"])

H("h_bloodbikes", "Blood Bikes Volunteer Riders and Controllers",
  "North Yorkshire Blood Bikes",
  "We deliver blood, samples and breast milk between hospitals overnight - for free. We need volunteer riders, drivers, controllers and fundraisers. Open evening for new volunteers on the first Monday.",
  ("Blood Bikes base", "Hookstone Chase", "Harrogate", "HG2 7HW", 53.9840, -1.5120),
  [("M", "1MO", "19:00-20:30")], 0, [], notags=True, min_age=18,
  feed=[("VOL", "Volunteering", FEED)], topics=["volunteering"])

H("h_volunteer", "Harrogate Volunteer Centre",
  "Harrogate & Area Council for Voluntary Service",
  "Find volunteering in Harrogate district: befriending, driving, gardening, charity shops and more. Drop in or book a chat.",
  ("HACVS", "Hornbeam Park", "Harrogate", "HG2 8RE", 53.9830, -1.5200),
  [("W", "TH", "10:00-13:00")], 0, [], notags=True,
  feed=[("VOL", "Volunteering", FEED)], topics=["volunteering"])
