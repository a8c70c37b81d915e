"""Hackney (places.csv area 'hackney'), hand-written."""
from common import S

A = "hackney"
C = "London"
FEED = "hackney-services-directory"


def X(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


X("x_food_dalston", "Hackney Foodbank - Dalston Centre",
  "Hackney Foodbank",
  "Emergency food for anyone who is struggling. No referral needed on Mondays and Wednesdays - just come along. Halal and vegetarian options. Advice workers on site.",
  ("Dalston Baptist Church hall", "Shacklewell Lane", "London", "E8 2EZ", 51.5490, -0.0735),
  [("W", "MO,WE", "12:00-15:00")], 0, ["free_cost", "food_cooking"],
  phone="020 7946 0301", url="https://hackney.foodbank.org.uk", topics=["foodbank"])

X("x_fridge_clapton", "Clapton Community Fridge",
  "Clapton Commons",
  "free food saved from going to waste. open weekdays 4-6pm. take what you need, no questions, no forms.",
  ("Clapton Commons", "Clapton Square", "London", "E5 8HP", 51.5505, -0.0540),
  [("W", "MO,TU,WE,TH,FR", "16:00-18:00")], 0, ["free_cost"], topics=["foodbank"])

X("x_food_hoxton_closed", "Hoxton Food Hub",
  "Hoxton Community Trust",
  "Community food hub and pantry.",
  ("Hoxton Hall", "Hoxton Street", "London", "N1 6SH", 51.5318, -0.0795),
  [("W", "TH", "11:00-14:00")], 0, ["free_cost"], status="inactive", topics=["foodbank"])

X("x_money", "Money Advice Drop-in",
  "Hackney Advice Partnership",
  "FREE help with debt, rent arrears, council tax, benefits and Universal Credit. Interpreters available (Turkish, Kurdish, Yiddish, Polish, Spanish) - ask when you arrive.",
  ("Hackney Advice Centre", "Mare Street", "London", "E8 1HR", 51.5450, -0.0555),
  [("W", "TU,TH", "10:00-13:00")], 0, ["free_cost", "non_english"],
  phone="020 7946 0302", topics=["debt", "benefits", "bills"])

X("x_housing", "Housing Advice Clinic",
  "Hackney Law Centre",
  "Free legal advice if you are facing eviction, disrepair or homelessness. Drop-in Wednesday afternoons, otherwise by appointment.",
  ("Hackney Law Centre", "Homerton High Street", "London", "E9 6AS", 51.5472, -0.0425),
  [("W", "WE", "14:00-17:00"), ("APPT", None, None, "Appointments Monday to Friday.")], 0,
  [], notags=True, feed=[("ADV-HOUS", "Advice: housing and homelessness", FEED)],
  phone="020 7946 0303", topics=["housing"])

X("x_esol", "Stoke Newington English Conversation Cafe",
  "Stokey Learning Exchange",
  "Practise your English over coffee. All levels, all nationalities. Free.",
  ("Stoke Newington Library", "Church Street", "London", "N16 0JS", 51.5618, -0.0790),
  [("W", "WE", "10:30-12:00")], 0, ["new_to_area", "non_english", "books_learning", "free_cost"],
  topics=["esol"])

X("x_welcome", "Homerton Welcome Hub",
  "Homerton Sanctuary Project",
  "<ul><li>Advice for refugees, asylum seekers and migrants</li><li>Hot lunch</li><li>English classes</li><li>Interpreters: Arabic, Tigrinya, Farsi, Ukrainian</li></ul>",
  ("St Barnabas Church Hall", "Shacklewell Row", "London", "E9 6LE", 51.5475, -0.0415),
  [("W", "FR", "10:00-14:00")], 0, ["new_to_area", "non_english", "food_cooking", "free_cost"],
  topics=["refugee", "esol"])

X("x_crafternoon", "Queer Crafternoon",
  "Dalston Queer Collective",
  "Monthly craft afternoon for LGBTQIA+ adults. Zines, embroidery, collage. Sliding scale £0-£5, nobody turned away. 18+.",
  ("Dalston Works community room", "Dalston Lane", "London", "E8 3DF", 51.5465, -0.0700),
  [("M", "2SU", "14:00-17:00")], [("Sliding scale", 0), ("Suggested", 5)], ["lgbtq", "arts_crafts", "free_cost"],
  min_age=18, access="Step-free, gender-neutral toilets.", topics=["lgbtq_group", "crafts"])

X("x_rainbow_youth", "Rainbow Youth Hackney",
  "Hackney Youth Services",
  "Weekly youth group for LGBTQ+ young people aged 13-19. Chill, chat, creative projects and trips.",
  ("Hackney Youth Hub", "Reading Lane", "London", "E8 1DY", 51.5458, -0.0575),
  [("W", "TH", "17:00-19:30")], 0, ["lgbtq", "young_people", "free_cost"],
  min_age=13, max_age=19, topics=["youth_club", "lgbtq_group"])

X("x_silver_rainbows", "Silver Rainbows",
  "Opening Doors Hackney",
  "Coffee afternoon for LGBTQ+ people over 50. Friendly, unhurried, lots of cake.",
  ("Stoke Newington Town Hall (Assembly Rooms)", "Church Street", "London", "N16 0JR", 51.5625, -0.0760),
  [("M", "1WE", "14:00-16:00")], 0, ["lgbtq", "older_people", "social_cafe", "free_cost"],
  min_age=50, access="Lift, accessible toilet, hearing loop.", topics=["lgbtq_group"])

X("x_fightback", "Fight Back Boxing Club",
  "Fight Back CIC",
  "Boxing fitness and mentoring for young people aged 14-21. Non-contact for beginners. We're about discipline, confidence and staying out of trouble. £1 a session, kit provided.",
  ("Wick Arches", "Wallis Road", "London", "E9 5LH", 51.5435, -0.0255),
  [("W", "MO,WE", "17:30-19:00")], 1, ["young_people", "sport_fitness", "free_cost"],
  min_age=14, max_age=21, topics=["boxing"])

X("x_youth_wick", "Wick Youth Club",
  "Hackney Youth Services",
  "Open youth club for 11-18s. Football cage, music studio, cooking, trips. Free.",
  ("Wick Youth Club", "Berkshire Road", "London", "E9 5NB", 51.5440, -0.0280),
  [("W", "TU,FR", "17:00-20:00")], 0, ["young_people", "sport_fitness", "music", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

X("x_youth_media_stale", "Shoreditch Youth Media Lab",
  "Shoreditch Young Creatives",
  "Film, podcasting and photography for 14-19s.",
  ("Shoreditch Youth Lab", "Hackney Road", "London", "E2 7NX", 51.5295, -0.0760),
  [("W", "WE", "16:00-18:00")], 0, ["young_people", "arts_crafts", "digital_skills"],
  min_age=14, max_age=19, assured="2022-05-20", topics=["youth_club", "media"])

X("x_garden_clissold", "Clissold Park Growing Group",
  "Friends of Clissold Park",
  "Volunteer in the park's community beds and wildlife garden. No experience needed. Gloves and tools provided.",
  ("Clissold Park (by the animal enclosure)", "Green Lanes", "London", "N16 9HJ", 51.5615, -0.0880),
  [("W", "SA", "10:00-13:00")], 0, ["gardening_nature", "free_cost"],
  topics=["gardening", "volunteering"])

X("x_orchard", "Haggerston Community Orchard",
  "Haggerston Park Users Group",
  "Monthly orchard work day - pruning, planting and picking. Kids welcome with an adult.",
  ("Haggerston Park", "Yorkton Street", "London", "E2 8NH", 51.5335, -0.0685),
  [("M", "1SU", "11:00-14:00")], 0, ["gardening_nature", "parents_families", "free_cost"],
  topics=["gardening", "volunteering"])

X("x_walk_marshes", "Hackney Marshes Health Walk",
  "Hackney Walking for Health",
  "Gentle hour-long led walk along the River Lea and the Marshes. Everyone welcome.",
  ("Hackney Marshes Centre", "Homerton Road", "London", "E9 5PF", 51.5500, -0.0300),
  [("W", "TH", "11:00-12:00")], 0, ["walking_outdoors", "free_cost", "older_people"],
  access="Flat, mostly paved paths.", topics=["walking"])

X("x_walk_kingston", "Thames Path Walkers",
  "Kingston Walking Network",
  "Riverside walks from Kingston upon Thames, 4-8 miles.",
  ("Kingston Bridge (Market Place side)", "Thames Street", "Kingston upon Thames", "KT1 1PE", 51.4117, -0.3060),
  [("W", "TU", "10:00-13:00")], 0, ["walking_outdoors", "free_cost"], topics=["walking"])

X("x_cycle_women", "Women's Cycle Club Hackney",
  "Hackney Cycle Hub",
  "Women and non-binary people learning to ride or getting confident on the road. Bikes to borrow, free. Slow social rides once you're ready.",
  ("London Fields (Lido side)", "London Fields West Side", "London", "E8 3EU", 51.5415, -0.0615),
  [("W", "SA", "09:00-11:00")], 0, ["women", "sport_fitness", "free_cost"],
  topics=["cycling"])

X("x_chess", "Stoke Newington Chess Club",
  "Stoke Newington Chess Club",
  "Casual and rated chess every Thursday. All standards. Juniors (8+) welcome with a parent. £3.",
  ("The Red Lion (back room)", "Stoke Newington Church Street", "London", "N16 0AR", 51.5620, -0.0735),
  [("W", "TH", "19:00-22:00")], 3, ["games_quizzes"], min_age=8, topics=["chess"])

X("x_choir_clapton", "Clapton Community Choir",
  "Clapton Community Choir",
  "Big friendly choir singing soul, pop and protest songs. No auditions. £5 a week, or free if money is tight - just tell us.",
  ("Round Chapel", "Powerscroft Road", "London", "E5 0LY", 51.5540, -0.0520),
  [("W", "TU", "19:00-21:00")], [("Per session", 5), ("Concession", 0)], ["music", "free_cost"],
  access="Step-free main hall.", topics=["choir", "singing"])

X("x_choir_clapton_old", "Clapton Community Choir (Tuesday rehearsals)",
  "Round Chapel Trust",
  "Community choir, Tuesday rehearsals at the Round Chapel.",
  ("Round Chapel", "Powerscroft Road", "London", "E5 0LY", 51.5540, -0.0520),
  [("W", "TU", "19:30-21:30")], 4, ["music"], assured="2023-02-14",
  topics=["choir", "singing"])

X("x_digital", "Digital Drop-in at Homerton Library",
  "Hackney Libraries",
  "Get help with your phone, tablet or laptop, email, online forms, NHS app, Universal Credit. Free.",
  ("Homerton Library", "Homerton High Street", "London", "E9 6AS", 51.5468, -0.0440),
  [("W", "MO,FR", "10:00-12:00")], 0, ["digital_skills", "free_cost"],
  access="Step-free, accessible toilet.", topics=["digital"])

X("x_carers", "Hackney Carers' Lunch",
  "Hackney Carers Centre",
  "Monthly free lunch for unpaid carers. Meet others, get information, have a break.",
  ("Hackney Carers Centre", "Mare Street", "London", "E8 4RP", 51.5440, -0.0570),
  [("M", "-1FR", "12:30-14:30")], 0, ["carers", "social_cafe", "food_cooking", "free_cost"],
  topics=["carers_group"])

X("x_grief", "Hackney Grief Cafe",
  "Hackney Bereavement Service",
  "Drop-in for anyone who is grieving. Tea, company and a bereavement counsellor on hand if you want to talk one to one.",
  ("St John at Hackney Church", "Lower Clapton Road", "London", "E5 0PD", 51.5490, -0.0540),
  [("F", "WE", "18:30-20:00")], 0, ["bereaved", "social_cafe", "free_cost"],
  topics=["bereavement"])

X("x_dads", "Dads' Saturday Club",
  "Hackney Family Hubs",
  "For dads, granddads and male carers with children under 8. Play, breakfast and a chat with other dads.",
  ("London Fields Family Hub", "Richmond Road", "London", "E8 3JL", 51.5405, -0.0625),
  [("W", "SA", "10:00-12:00")], 0, ["parents_families", "men", "free_cost"],
  topics=["stay_play", "dads"])

X("x_stayplay", "Stay and Play at Homerton Children's Centre",
  "Hackney Family Hubs",
  "Free drop-in stay and play for babies and under 5s with a parent or carer.",
  ("Homerton Children's Centre", "Marsh Hill", "London", "E9 5JP", 51.5495, -0.0375),
  [("W", "TU,TH", "09:30-11:30")], 0, ["parents_families", "free_cost"],
  topics=["stay_play"])

X("x_lunch_springfield", "Springfield Over 60s Lunch Club",
  "Springfield Community Flat",
  "Hot kosher lunch and company for over 60s. £3. Transport available for those who can't get here.",
  ("Springfield Community Centre", "Upper Clapton Road", "London", "E5 9EJ", 51.5705, -0.0590),
  [("W", "WE", "12:00-14:00")], 3, ["older_people", "food_cooking", "social_cafe", "faith", "transport"],
  min_age=60, topics=["lunch_club"])

X("x_inclusive_art", "Inclusive Art Studio",
  "Wick Art Collective",
  "Art studio sessions for adults with learning disabilities, autism or mental health needs. Painting, print and clay. Free; support workers welcome.",
  ("Wick Art Collective", "Hepscott Road", "London", "E9 5HB", 51.5445, -0.0245),
  [("W", "TU", "10:30-13:30")], 0, ["disability", "arts_crafts", "free_cost", "accessibility"],
  min_age=18, access="Step-free, quiet room, accessible toilet.", topics=["crafts", "painting"])

X("x_mens_football", "Men's Mental Health Football",
  "Hackney Marshes Community FC",
  "Turn up and play 5-a-side. No pressure, no judgement, all abilities. Chat afterwards if you want it. 18+ men.",
  ("Hackney Marshes Centre (pitch 3)", "Homerton Road", "London", "E9 5PF", 51.5500, -0.0300),
  [("W", "WE", "18:30-20:00")], 0, ["men", "sport_fitness", "free_cost"], min_age=18,
  topics=["football"])

X("x_befriend", "Hackney Befriending Network",
  "Hackney Befrienders",
  "A volunteer befriender visits you at home or meets you for a coffee every week - and can come along with you to a group or class the first few times. For adults who feel lonely.",
  ("Hackney Befrienders office", "Amhurst Road", "London", "E8 2AS", 51.5490, -0.0650),
  [("APPT", None, None, "Matched visits weekly, weekdays.")], 0,
  ["older_people", "accompany", "free_cost"], phone="020 7946 0304", min_age=18,
  topics=["befriending"])

X("x_knife", "Knife Skills Cookery Class",
  "Dalston Community Kitchen",
  "Learn to chop, slice and dice like a chef, then cook and eat a meal together. £5, free for anyone on benefits. 16+.",
  ("Dalston Community Kitchen", "Kingsland High Street", "London", "E8 2PB", 51.5482, -0.0755),
  [("W", "TH", "18:30-20:30")], [("Per session", 5), ("On benefits", 0)], ["food_cooking", "free_cost"],
  min_age=16, topics=["cooking"])

X("x_warm_stamford", "Stamford Hill Warm Hub",
  "Stamford Hill Neighbours",
  "Warm space with free tea, coffee, biscuits and company. Phone charging, newspapers, board games.",
  ("Stamford Hill Library", "Portland Avenue", "London", "N16 6SB", 51.5710, -0.0710),
  [("W", "MO,TU,WE,TH,FR", "10:00-16:00")], 0, ["social_cafe", "free_cost", "games_quizzes"],
  topics=["warm_space"])

X("x_chairyoga", "Chair Yoga De Beauvoir",
  "De Beauvoir Community Association",
  "Gentle yoga sitting down or standing with a chair for support. Great for older people and anyone with limited mobility. £3.",
  ("De Beauvoir Community Hall", "Downham Road", "London", "N1 5TA", 51.5405, -0.0815),
  [("W", "FR", "11:00-12:00")], 3, ["sport_fitness", "older_people", "accessibility", "disability"],
  access="Step-free, accessible toilet.", topics=["exercise_gentle"])

X("x_volunteer", "Volunteer with Hackney Food Network",
  "Hackney Food Network",
  "Help sort, pack and deliver food to families across Hackney. Shifts to suit you, training given.",
  ("Hackney Food Network warehouse", "Eastway", "London", "E9 5JH", 51.5455, -0.0225),
  [("W", "MO,WE,FR", "09:00-13:00")], 0, [], notags=True,
  feed=[("VOL", "Volunteering", FEED)], topics=["volunteering"])
