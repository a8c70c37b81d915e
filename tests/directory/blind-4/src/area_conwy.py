"""Conwy county, north Wales (not in places.csv). Hand-written."""
from common import S

A = "conwy"
C = "Conwy"
FEED = "dewis-cymru"


def W(*a, **k):
    k.setdefault("county", C)
    return S(A, *a, **k)


W("c_walk_orme", "Great Orme Health Walk",
  "Conwy Walking for Health",
  "Gentle led walk round Happy Valley and the lower slopes of the Orme. 1 hour. Free. / Taith gerdded hamddenol.",
  ("Happy Valley gardens (lower gate)", "Happy Valley Road", "Llandudno", "LL30 2QL", 53.3270, -3.8280),
  [("W", "WE", "10:30-11:30")], 0, ["walking_outdoors", "free_cost", "older_people"],
  topics=["walking"])

W("c_walk_conwymtn", "Conwy Mountain Ramblers",
  "Conwy Ramblers",
  "Saturday walks over Conwy Mountain and the Sychnant Pass. 5-8 miles, some steep bits.",
  ("Conwy Quay", "Lower Gate Street", "Conwy", "LL32 8BE", 53.2815, -3.8275),
  [("W", "SA", "10:00-14:00")], 0, ["walking_outdoors"], topics=["walking"])

W("c_walk_colwyn", "Colwyn Bay Prom Walkers",
  "Colwyn Bay Walking Group",
  "flat walk along the prom towards Rhos, then coffee. tuesdays 10am. free.",
  ("Porth Eirias", "Princes Drive", "Colwyn Bay", "LL29 8HT", 53.2960, -3.7240),
  [("W", "TU", "10:00-11:00")], 0, ["walking_outdoors", "free_cost", "social_cafe"],
  topics=["walking"])

W("c_walk_betws", "Gwydir Forest Walkers",
  "Betws-y-Coed Walkers",
  "Forest and lake walks from Betws-y-Coed. 6-10 miles.",
  ("Betws-y-Coed station car park", "Station Road", "Betws-y-Coed", "LL24 0AE", 53.0925, -3.8010),
  [("W", "SU", "10:00-15:00")], 0, ["walking_outdoors"], topics=["walking"])

W("c_food_llandudno", "Llandudno Foodbank",
  "Llandudno Foodbank",
  "Emergency food parcels, Monday and Thursday. Referral preferred but ring us if you don't have one - we'll help.",
  ("Llandudno Baptist Church", "Mostyn Street", "Llandudno", "LL30 2RP", 53.3230, -3.8255),
  [("W", "MO,TH", "11:00-13:00")], 0, ["free_cost"], phone="029 2018 0501",
  topics=["foodbank"])

W("c_pantry_colwyn", "Colwyn Bay Community Pantry",
  "Bay of Colwyn Together",
  "£3 a week membership, choose 10 items including fresh and frozen.",
  ("Colwyn Bay Community Hub", "Abergele Road", "Colwyn Bay", "LL29 7RU", 53.2945, -3.7265),
  [("W", "WE", "10:00-12:00")], [("Per week", 3)], ["food_cooking", "free_cost"],
  topics=["foodbank"])

W("c_welsh", "Paned a Sgwrs - Welsh Learners' Chat",
  "Menter Iaith Conwy",
  "Dysgwyr Cymraeg - dewch am baned a sgwrs! Welsh learners of all levels: come for a cuppa and a chat in Welsh. Free.",
  ("Llandudno Library", "Mostyn Street", "Llandudno", "LL30 2RP", 53.3240, -3.8265),
  [("W", "TH", "11:00-12:00")], 0, ["books_learning", "free_cost"], topics=["language"])

W("c_choir", "Llandudno Community Choir / Côr Cymunedol Llandudno",
  "Côr Cymunedol Llandudno",
  "Community choir singing in Welsh and English. No auditions! £3 a week.",
  ("Holy Trinity Church hall", "Mostyn Street", "Llandudno", "LL30 2NN", 53.3235, -3.8240),
  [("W", "WE", "19:00-20:30")], 3, ["music"], topics=["choir", "singing"])

W("c_malevoice", "Colwyn Bay Male Voice Choir",
  "Colwyn Bay Male Voice Choir",
  "Traditional Welsh male voice choir. New voices needed - no audition, no need to read music. Rehearsals Monday and Thursday.",
  ("Colwyn Bay Community Hub", "Abergele Road", "Colwyn Bay", "LL29 7RU", 53.2945, -3.7265),
  [("W", "MO,TH", "19:30-21:00")], 0, ["music", "men", "free_cost"], topics=["choir", "singing"])

W("c_youth_junction", "Llandudno Junction Youth Club",
  "Conwy Youth Service",
  "Youth club for 11-18 year olds. Games, sport, cooking, chat. Free. Bilingual youth workers.",
  ("Llandudno Junction Youth Centre", "Conway Road", "Llandudno Junction", "LL31 9LU", 53.2845, -3.8095),
  [("W", "TU,TH", "18:00-20:00")], 0, ["young_people", "sport_fitness", "games_quizzes", "free_cost"],
  min_age=11, max_age=18, topics=["youth_club"])

W("c_youth_abergele", "Abergele Youth Club",
  "Conwy Youth Service",
  "Youth club for 11-25s.",
  ("Abergele Youth Centre", "Market Street", "Abergele", "LL22 7AA", 53.2845, -3.5815),
  [("W", "WE", "18:00-20:30")], 0, ["young_people", "free_cost"], min_age=11, max_age=25,
  topics=["youth_club"])

W("c_lunch_penrhyn", "Penrhyn Bay Lunch Club",
  "Penrhyn Bay Community Association",
  "Tuesday lunch club for older people - two courses, raffle and company. £6.",
  ("Penrhyn Bay Community Centre", "Llandudno Road", "Penrhyn Bay", "LL30 3HB", 53.3150, -3.7690),
  [("W", "TU", "12:00-13:30")], 6, ["older_people", "food_cooking", "social_cafe"],
  topics=["lunch_club"])

W("c_carers", "Carers' Cafe Colwyn Bay",
  "North Wales Carers Network",
  "A monthly cafe for unpaid carers in Conwy county. Information, peer support and a break.",
  ("Colwyn Bay Library (community room)", "Woodland Road West", "Colwyn Bay", "LL29 7DH", 53.2950, -3.7255),
  [("M", "1WE", "10:00-12:00")], 0, ["carers", "social_cafe", "free_cost"],
  topics=["carers_group"])

W("c_money", "Advice Conwy Money Clinic",
  "Advice Conwy",
  "Debt, benefits, energy bills, council tax. Free and confidential. Welsh or English.",
  ("Llandudno Town Hall", "Lloyd Street", "Llandudno", "LL30 2UP", 53.3215, -3.8285),
  [("W", "TU", "10:00-13:00")], 0, [], notags=True,
  feed=[("DEWIS-MONEY", "Money and finances", FEED)], phone="0808 157 0501",
  topics=["debt", "benefits", "bills"])

W("c_digital", "Digital Help Desk - Colwyn Bay Library",
  "Conwy Libraries",
  "Friendly one-to-one help getting online. Free.",
  ("Colwyn Bay Library", "Woodland Road West", "Colwyn Bay", "LL29 7DH", 53.2950, -3.7255),
  [("W", "FR", "10:00-12:00")], 0, ["digital_skills", "free_cost"], topics=["digital"])

W("c_art_deganwy", "Deganwy Watercolour Group",
  "Deganwy Watercolour Group",
  "Monday afternoon watercolour painting. Beginners welcome. £4 including tea.",
  ("Deganwy Community Hall", "Park Drive", "Deganwy", "LL31 9YB", 53.2960, -3.8250),
  [("W", "MO", "13:30-16:00")], 4, ["arts_crafts"], topics=["painting"])

W("c_bowls", "Rhos-on-Sea Bowls Club",
  "Rhos-on-Sea Bowling Club",
  "Outdoor green April-September; indoor short mat in winter (Wed and Sat afternoons). Woods to borrow. £2 a session.",
  ("Rhos-on-Sea Bowling Club", "Colwyn Avenue", "Rhos-on-Sea", "LL28 4RB", 53.3095, -3.7395),
  [("W", "WE,SA", "14:00-16:00")], 2, ["sport_fitness", "older_people", "retired"],
  topics=["bowls"])

W("c_lgbt", "Conwy Pride Social",
  "Conwy Pride",
  "LGBTQ+ social night for adults, last Saturday of the month. 18+.",
  ("The Cottage Loaf (back room)", "Market Street", "Llandudno", "LL30 2SR", 53.3250, -3.8260),
  [("M", "-1SA", "19:00-23:00")], 0, ["lgbtq", "social_cafe"], min_age=18,
  topics=["lgbtq_group"])

W("c_scrabble_stale", "Llandudno Scrabble Club",
  "Llandudno Scrabble Club",
  "Friendly Scrabble club.",
  ("Llandudno Library", "Mostyn Street", "Llandudno", "LL30 2RP", 53.3240, -3.8265),
  [("W", "FR", "14:00-16:00")], 1, ["games_quizzes"], assured="2022-03-18",
  topics=["board_games"])

W("c_lunch_oldcolwyn_closed", "Old Colwyn Lunch Club",
  "Old Colwyn Community Centre",
  "Lunch club.",
  ("Old Colwyn Community Centre", "Abergele Road", "Old Colwyn", "LL29 9YA", 53.2915, -3.7045),
  [("W", "TH", "12:00-13:30")], 5, ["older_people", "food_cooking"], status="inactive",
  topics=["lunch_club"])

W("c_garden_junction", "Llandudno Junction Community Garden",
  "Gardd Gymunedol Cyffordd Llandudno",
  "Community growing space next to the station. Volunteers of all ages, tools provided.",
  ("Community Garden (by the station)", "Conway Road", "Llandudno Junction", "LL31 9NB", 53.2840, -3.8110),
  [("W", "SA", "10:00-13:00")], 0, ["gardening_nature", "free_cost"],
  topics=["gardening", "volunteering"])

W("c_grief", "Grief and Loss Support Group",
  "Cruse-trained volunteers, Llandudno",
  "Fortnightly support group for bereaved adults. Gentle, confidential, tea provided.",
  ("St John's Methodist Church", "Mostyn Street", "Llandudno", "LL30 2NN", 53.3238, -3.8235),
  [("F", "WE", "14:00-15:30")], 0, ["bereaved", "free_cost"], min_age=18,
  topics=["bereavement"])

W("c_croeso", "Croeso Conwy Welcome Cafe",
  "Croeso Conwy",
  "Friday cafe for refugees, asylum seekers and anyone new to the area. English practice, advice, food, friendship. Arabic and Ukrainian speakers.",
  ("Colwyn Bay Community Hub", "Abergele Road", "Colwyn Bay", "LL29 7RU", 53.2945, -3.7265),
  [("W", "FR", "13:00-15:00")], 0, ["new_to_area", "non_english", "social_cafe", "free_cost"],
  topics=["refugee", "esol"])

W("c_digital_llandudno", "Llandudno Library Digital Drop-in",
  "Conwy Libraries",
  "Digital volunteers help with phones, tablets and online forms. Free. Welsh or English.",
  ("Llandudno Library", "Mostyn Street", "Llandudno", "LL30 2RP", 53.3240, -3.8265),
  [("W", "TU", "14:00-16:00")], 0, ["digital_skills", "free_cost"], topics=["digital"])

W("c_carers_llandudno", "Llandudno Carers Support Group",
  "Conwy Carers Outreach",
  "Small, friendly peer support group for unpaid carers. Meet others, share tips, have a cuppa.",
  ("St John's Methodist Church (small hall)", "Mostyn Street", "Llandudno", "LL30 2NN", 53.3238, -3.8235),
  [("M", "3TH", "13:30-15:00")], 0, ["carers", "free_cost"], topics=["carers_group"])

W("c_art_llandudno", "Llandudno Art Society Open Studio",
  "Llandudno Art Society",
  "Paint alongside others in our open studio. Oils, acrylic, watercolour. Beginners welcome. £3.",
  ("Llandudno Art Society studio", "Vaughan Street", "Llandudno", "LL30 1AB", 53.3220, -3.8225),
  [("W", "TH", "10:00-13:00")], 3, ["arts_crafts"], topics=["painting"])

W("c_lgbt_youth", "Conwy LGBTQ+ Youth Group",
  "Conwy Youth Service",
  "Safe space for LGBTQ+ and questioning young people aged 11-18. Games, art, chat with youth workers.",
  ("Llandudno Junction Youth Centre", "Conway Road", "Llandudno Junction", "LL31 9LU", 53.2845, -3.8095),
  [("W", "WE", "17:30-19:30")], 0, ["lgbtq", "young_people", "free_cost"], min_age=11, max_age=18,
  topics=["youth_club", "lgbtq_group"])
