"""South and central Manchester city wards (not in places.csv). Hand-written."""
from common import S

A = "manchester"
C = "Greater Manchester"
FEED = "manchester-community-index"


def M(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


M("m_walk_lev", "Levenshulme Health Walk",
  "Manchester Walking for Health",
  "Easy hour's walk round Highfield Country Park. Meet at the Ryder Brow entrance. Free.",
  ("Highfield Country Park", "Ryder Brow", "Levenshulme", "M19 3FA", 53.4405, -2.1900),
  [("W", "WE", "10:00-11:00")], 0, ["walking_outdoors", "free_cost", "older_people"],
  topics=["walking"])

M("m_walk_chorlton", "Chorlton Water Park Walkers",
  "Chorlton Walkers",
  "Saturday morning walks round Chorlton Water Park and the Mersey. 2-4 miles.",
  ("Chorlton Water Park car park", "Maitland Avenue", "Chorlton", "M21 7WH", 53.4305, -2.2740),
  [("W", "SA", "10:00-12:00")], 0, ["walking_outdoors", "free_cost"], topics=["walking"])

M("m_walk_wythen", "Wythenshawe Park Walking Group",
  "Wythenshawe Community Housing",
  "Tuesday walks round Wythenshawe Park, 45 minutes, tea after at the hall.",
  ("Wythenshawe Hall courtyard", "Wythenshawe Road", "Wythenshawe", "M23 0AB", 53.4005, -2.2720),
  [("W", "TU", "10:30-11:45")], 0, ["walking_outdoors", "free_cost"], topics=["walking"])

M("m_walk_wigan", "Wigan Flashes Walkers",
  "Wigan Walking Network",
  "Walks round the Wigan Flashes nature reserve.",
  ("Scotman's Flash car park", "Poolstock Lane", "Wigan", "WN3 5DE", 53.5310, -2.6400),
  [("W", "TH", "10:00-12:00")], 0, ["walking_outdoors", "free_cost"], topics=["walking"])

M("m_food_lev", "Levenshulme Community Food Hub",
  "Levenshulme Community Association",
  "Free food parcels and a community shop. No referral needed. Halal options.",
  ("Levenshulme Community Hub", "Stockport Road", "Levenshulme", "M19 3AB", 53.4450, -2.1915),
  [("W", "TU,SA", "10:00-13:00")], 0, ["free_cost", "food_cooking"], topics=["foodbank"])

M("m_pantry_gorton", "Gorton Community Pantry",
  "Gorton Together",
  "Pantry membership - £3.50 a visit for a big shop. M18 and M12 residents.",
  ("Gorton Monastery (side hall)", "Gorton Lane", "Gorton", "M12 5WF", 53.4660, -2.1900),
  [("W", "TH", "12:00-15:00")], [("Per visit", 3.5)], ["food_cooking", "free_cost"],
  elig="M18 and M12 postcodes.", topics=["foodbank"])

M("m_money", "Longsight Debt and Benefits Advice",
  "South Manchester Advice Network",
  "Free help with debt, Universal Credit, PIP, bills and rent arrears. Urdu, Punjabi, Bengali and Arabic spoken.",
  ("Longsight Community Hub", "Stockport Road", "Longsight", "M13 0FY", 53.4585, -2.2005),
  [("W", "MO,WE", "10:00-13:00")], 0, ["free_cost", "non_english"], phone="0161 496 0701",
  topics=["debt", "benefits", "bills"])

M("m_esol", "Rusholme English Chat Club",
  "Rusholme Learning Partnership",
  "Improve your spoken English in a relaxed group. Women's table available. Free.",
  ("Rusholme Library", "Wilmslow Road", "Rusholme", "M14 5AN", 53.4550, -2.2235),
  [("W", "WE", "13:00-14:30")], 0, ["new_to_area", "non_english", "books_learning", "free_cost"],
  topics=["esol"])

M("m_welcome", "Longsight Welcome Centre",
  "Longsight Sanctuary",
  "Advice, food and friendship for refugees, asylum seekers and new arrivals. Thursday drop-in.",
  ("St Agnes Church Hall", "Hamilton Road", "Longsight", "M13 0PE", 53.4570, -2.1995),
  [("W", "TH", "10:00-14:00")], 0, ["new_to_area", "non_english", "social_cafe", "free_cost"],
  topics=["refugee", "esol"])

M("m_youth_lev", "Levenshulme Youth Zone",
  "Levenshulme Youth Project",
  "Youth club for 11-18s. Football, gaming, music, cooking, trips. Free, just come.",
  ("Levenshulme Youth Centre", "Barlow Road", "Levenshulme", "M19 3DJ", 53.4430, -2.1935),
  [("W", "MO,WE,FR", "17:30-20:30")], 0, ["young_people", "sport_fitness", "games_quizzes", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

M("m_boxing_moss", "Moss Side Youth Boxing",
  "Moss Side Amateur Boxing Club",
  "Boxing training for 12-19s. Fitness, discipline, mentoring. £1.",
  ("Moss Side Leisure Centre (studio 2)", "Moss Lane East", "Moss Side", "M14 4PY", 53.4585, -2.2400),
  [("W", "TU,TH", "17:00-18:30")], 1, ["young_people", "sport_fitness", "free_cost"],
  min_age=12, max_age=19, topics=["boxing"])

M("m_lgbt", "Rainbow Coffee Morning",
  "Village Community Network",
  "Saturday coffee morning for LGBTQ+ adults who'd rather not do the bar scene. Quiet, friendly.",
  ("LGBT Community Centre (cafe)", "Sidney Street", "Manchester", "M1 7HB", 53.4720, -2.2390),
  [("W", "SA", "11:00-13:00")], 0, ["lgbtq", "social_cafe", "free_cost"], min_age=18,
  topics=["lgbtq_group"])

M("m_lgbt_youth", "LGBTQ+ Youth Night",
  "Manchester Youth Pride",
  "Thursday youth night for LGBTQ+ young people aged 13-21. Games, creative stuff, support.",
  ("LGBT Community Centre (youth room)", "Sidney Street", "Manchester", "M1 7HB", 53.4720, -2.2390),
  [("W", "TH", "18:00-20:30")], 0, ["lgbtq", "young_people", "free_cost"], min_age=13, max_age=21,
  topics=["youth_club", "lgbtq_group"])

M("m_chess", "Didsbury Chess Club",
  "Didsbury Chess Club",
  "Monday night chess. All standards, beginners coached. £2.",
  ("Didsbury Library (meeting room)", "Wilmslow Road", "Didsbury", "M20 6DN", 53.4175, -2.2315),
  [("W", "MO", "19:30-22:00")], 2, ["games_quizzes"], topics=["chess"])

M("m_choir", "Levenshulme Community Choir",
  "Levenshulme Community Choir",
  "Sing your heart out on a Tuesday night. No auditions, no experience needed. Pay what you can.",
  ("Levenshulme Old Library", "Cromwell Grove", "Levenshulme", "M19 3QF", 53.4460, -2.1925),
  [("W", "TU", "19:00-20:30")], "payf", ["music", "free_cost"], topics=["choir", "singing"])

M("m_garden", "Burnage Community Allotment",
  "Burnage Community Allotment",
  "Shared allotment - come and grow with us on Sunday mornings. No experience needed.",
  ("Burnage Allotments", "Burnage Lane", "Burnage", "M19 1DR", 53.4310, -2.1990),
  [("W", "SU", "10:00-13:00")], 0, ["gardening_nature", "free_cost"],
  topics=["gardening"])

M("m_older", "Withington Over 60s Social",
  "Withington Neighbours",
  "Thursday afternoon social for over 60s. Bingo, quiz, tea and biscuits. £2.",
  ("Withington Methodist Church", "Wilmslow Road", "Withington", "M20 4AL", 53.4330, -2.2305),
  [("W", "TH", "13:30-15:30")], 2, ["older_people", "social_cafe", "games_quizzes"],
  min_age=60, topics=["older_social"])

M("m_carers", "Manchester Carers Drop-in",
  "Manchester Carers Network",
  "Monthly drop-in for unpaid carers. Advice on carers' allowance, breaks and support, plus a cuppa.",
  ("Longsight Community Hub", "Stockport Road", "Longsight", "M13 0FY", 53.4585, -2.2005),
  [("M", "1TH", "10:00-12:00")], 0, ["carers", "social_cafe", "free_cost"],
  topics=["carers_group"])

M("m_digital", "Digital Help at Longsight Library",
  "Manchester Libraries",
  "Get help with your phone, tablet or computer. Free one-to-one sessions on Tuesday mornings.",
  ("Longsight Library", "Stockport Road", "Longsight", "M13 0FY", 53.4580, -2.2000),
  [("W", "TU", "10:00-12:00")], 0, ["digital_skills", "free_cost"], topics=["digital"])

M("m_film_stale", "Fallowfield Film Club",
  "Fallowfield Film Club",
  "Monthly film screenings.",
  ("Fallowfield Library", "Platt Lane", "Fallowfield", "M14 7FB", 53.4440, -2.2180),
  [("M", "1FR", "19:00-21:30")], 3, ["arts_crafts"], assured="2022-10-07",
  topics=["film"])

M("m_teadance_closed", "Gorton Tea Dance",
  "Gorton Community Centre",
  "Tea dance.",
  ("Gorton Community Centre", "Hyde Road", "Gorton", "M18 8LD", 53.4655, -2.1720),
  [("W", "WE", "14:00-16:00")], 3, ["music", "older_people"], status="inactive",
  topics=["dance"])

M("m_women", "Women's Walk and Talk",
  "Longsight Women's Network",
  "Friday morning walk round Crowcroft Park for women. Slow pace, lots of chat, tea after. Many languages spoken.",
  ("Crowcroft Park", "Northmoor Road", "Longsight", "M12 4NL", 53.4545, -2.1975),
  [("W", "FR", "10:00-11:30")], 0, ["women", "walking_outdoors", "new_to_area", "free_cost"],
  elig="Women only.", topics=["walking", "women_group"])

M("m_men", "Men's Breakfast Club",
  "Gorton Together",
  "Bacon butty, brew and a chat for blokes on Saturday mornings. £2.",
  ("Gorton Monastery (cafe)", "Gorton Lane", "Gorton", "M12 5WF", 53.4660, -2.1900),
  [("W", "SA", "09:00-10:30")], 2, ["men", "social_cafe", "food_cooking"], min_age=18,
  topics=["mens_group"])

M("m_games_lev", "Levenshulme Board Games Cafe",
  "Levenshulme Games Collective",
  "Hundreds of board games, chess sets and people to play with. Drop in. £2 table fee, free for under 16s with an adult.",
  ("Levenshulme Market Hall", "Stockport Road", "Levenshulme", "M19 3AA", 53.4445, -2.1918),
  [("W", "TH", "18:00-22:00"), ("W", "SA", "13:00-17:00")], 2, ["games_quizzes", "social_cafe"],
  topics=["chess", "board_games"])

M("m_carers_gorton", "Gorton Carers' Coffee",
  "Gorton Together",
  "Coffee and a natter for unpaid carers, with a carers' support worker on hand.",
  ("Gorton Monastery (cafe)", "Gorton Lane", "Gorton", "M12 5WF", 53.4660, -2.1900),
  [("W", "WE", "10:00-11:30")], 0, ["carers", "social_cafe", "free_cost"], topics=["carers_group"])

M("m_digital_lev", "Levenshulme Digital Drop-in",
  "Levenshulme Community Association",
  "Free help with phones, tablets, email, Universal Credit journal and the NHS app.",
  ("Levenshulme Community Hub", "Stockport Road", "Levenshulme", "M19 3AB", 53.4450, -2.1915),
  [("W", "FR", "13:00-15:00")], 0, ["digital_skills", "free_cost"], topics=["digital"])

M("m_choir_chorlton", "Chorlton Community Choir",
  "Chorlton Community Choir",
  "Big, warm, no-audition choir. Pop, soul and folk. £4 a week, concessions £2.",
  ("Chorlton Central Church", "Barlow Moor Road", "Chorlton", "M21 8BF", 53.4415, -2.2780),
  [("W", "WE", "19:30-21:00")], [("Per session", 4), ("Concession", 2)], ["music"],
  topics=["choir", "singing"])
