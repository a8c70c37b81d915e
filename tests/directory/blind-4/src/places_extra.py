"""Coordinates (my own knowledge) of the places named in queries outside places.csv.
Used only by my labelling aid (nearby.py) and validate.py, never emitted."""
EXTRA = {
    # Penwith, Cornwall
    "Penzance": (50.1186, -5.5371), "Newlyn": (50.1030, -5.5500), "Mousehole": (50.0836, -5.5384),
    "St Ives": (50.2110, -5.4800), "Hayle": (50.1860, -5.4200), "St Just": (50.1240, -5.6800),
    "Marazion": (50.1250, -5.4750), "Heamoor": (50.1300, -5.5560), "Truro": (50.2632, -5.0510),
    # Conwy
    "Llandudno": (53.3245, -3.8270), "Conwy": (53.2800, -3.8290), "Deganwy": (53.2950, -3.8260),
    "Llandudno Junction": (53.2840, -3.8100), "Colwyn Bay": (53.2940, -3.7260),
    "Rhos-on-Sea": (53.3090, -3.7390), "Old Colwyn": (53.2910, -3.7040), "Abergele": (53.2840, -3.5820),
    "Penrhyn Bay": (53.3150, -3.7680), "Betws-y-Coed": (53.0930, -3.8010), "Llanrwst": (53.1380, -3.7950),
    "Penmaenmawr": (53.2700, -3.9230),
    # Stirling
    "Stirling": (56.1165, -3.9369), "Bridge of Allan": (56.1540, -3.9460), "Dunblane": (56.1870, -3.9650),
    "Cambusbarron": (56.1100, -3.9760), "Bannockburn": (56.0930, -3.9140), "Raploch": (56.1240, -3.9560),
    "St Ninians": (56.1050, -3.9350), "Fallin": (56.1010, -3.8730), "Callander": (56.2440, -4.2150),
    "Doune": (56.1850, -4.0510), "Perth": (56.3960, -3.4370),
    # Manchester
    "Levenshulme": (53.4440, -2.1920), "Longsight": (53.4580, -2.2000), "Chorlton": (53.4420, -2.2770),
    "Didsbury": (53.4170, -2.2310), "Withington": (53.4330, -2.2300), "Fallowfield": (53.4420, -2.2180),
    "Rusholme": (53.4550, -2.2240), "Moss Side": (53.4580, -2.2450), "Gorton": (53.4680, -2.1700),
    "Burnage": (53.4320, -2.2000), "Manchester": (53.4808, -2.2426), "Wythenshawe": (53.3800, -2.2650),
    "Wigan": (53.5450, -2.6320),
}
AREA_OF_EXTRA = {}
for n in ["Penzance", "Newlyn", "Mousehole", "St Ives", "Hayle", "St Just", "Marazion", "Heamoor", "Truro"]:
    AREA_OF_EXTRA[n] = "penwith"
for n in ["Llandudno", "Conwy", "Deganwy", "Llandudno Junction", "Colwyn Bay", "Rhos-on-Sea", "Old Colwyn",
          "Abergele", "Penrhyn Bay", "Betws-y-Coed", "Llanrwst", "Penmaenmawr"]:
    AREA_OF_EXTRA[n] = "conwy"
for n in ["Stirling", "Bridge of Allan", "Dunblane", "Cambusbarron", "Bannockburn", "Raploch", "St Ninians",
          "Fallin", "Callander", "Doune", "Perth"]:
    AREA_OF_EXTRA[n] = "stirling"
for n in ["Levenshulme", "Longsight", "Chorlton", "Didsbury", "Withington", "Fallowfield", "Rusholme",
          "Moss Side", "Gorton", "Burnage", "Manchester", "Wythenshawe", "Wigan"]:
    AREA_OF_EXTRA[n] = "manchester"
