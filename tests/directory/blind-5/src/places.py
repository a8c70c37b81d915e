"""Where the queries' `near` values are (own knowledge, approximate centres),
and which council/service areas cover them. Used by the labelling aid and
validate.py's distance check only; nothing here is emitted."""

_K = ["Kirklees", "West Yorkshire"]
_H = ["North Yorkshire", "Harrogate district"]
_X = ["Hackney", "London"]
_N = ["North Tyneside", "Tyne and Wear"]
_M = ["Melton", "Leicestershire"]
_C = ["Rhondda Cynon Taf"]
_G = ["Glasgow City"]

PLACES = {
    # Kirklees
    "Huddersfield": (53.6458, -1.7850, _K), "HD1": (53.6460, -1.7840, _K),
    "Holmfirth": (53.5700, -1.7870, _K), "Batley": (53.7167, -1.6356, _K),
    "Dewsbury": (53.6910, -1.6290, _K), "Savile Town": (53.6850, -1.6300, _K),
    "Fartown": (53.6620, -1.7830, _K), "Mirfield": (53.6740, -1.6920, _K),
    "Slaithwaite": (53.6240, -1.8830, _K), "Marsden": (53.6010, -1.9300, _K),
    "Thornhill": (53.6710, -1.6330, _K), "Lindley": (53.6585, -1.8225, _K),
    "Ravensthorpe": (53.6780, -1.6530, _K),
    # Harrogate district
    "Harrogate": (53.9921, -1.5418, _H), "HG1": (53.9940, -1.5370, _H),
    "Knaresborough": (54.0090, -1.4670, _H), "Ripon": (54.1380, -1.5240, _H),
    "Pateley Bridge": (54.0860, -1.7580, _H), "Boroughbridge": (54.0960, -1.3990, _H),
    "Masham": (54.2230, -1.6560, _H), "Starbeck": (54.0000, -1.5010, _H),
    # Hackney
    "Hackney": (51.5450, -0.0553, _X), "Hackney Central": (51.5450, -0.0560, _X),
    "Clapton": (51.5580, -0.0560, _X), "Dalston": (51.5462, -0.0750, _X),
    "Homerton": (51.5470, -0.0420, _X), "Stoke Newington": (51.5620, -0.0780, _X),
    "N16": (51.5620, -0.0760, _X), "E9": (51.5440, -0.0420, _X),
    "Hackney Wick": (51.5430, -0.0250, _X), "Hoxton": (51.5310, -0.0800, _X),
    "Shoreditch": (51.5260, -0.0780, _X), "Stamford Hill": (51.5710, -0.0730, _X),
    # North Tyneside
    "Whitley Bay": (55.0440, -1.4460, _N), "Tynemouth": (55.0170, -1.4250, _N),
    "Cullercoats": (55.0330, -1.4340, _N), "North Shields": (55.0090, -1.4490, _N),
    "Monkseaton": (55.0420, -1.4620, _N), "Wallsend": (54.9910, -1.5340, _N),
    "Killingworth": (55.0330, -1.5580, _N), "NE26": (55.0450, -1.4500, _N),
    "NE30": (55.0150, -1.4350, _N),
    # Melton
    "Melton Mowbray": (52.7660, -0.8860, _M), "Melton": (52.7660, -0.8860, _M),
    "LE13": (52.7650, -0.8870, _M), "Bottesford": (52.9420, -0.8010, _M),
    "Asfordby": (52.7630, -0.9550, _M), "Long Clawson": (52.8300, -0.9270, _M),
    "Somerby": (52.7110, -0.8250, _M), "Waltham on the Wolds": (52.8210, -0.8160, _M),
    # Cynon Valley
    "Aberdare": (51.7130, -3.4450, _C), "Mountain Ash": (51.6810, -3.3790, _C),
    "Hirwaun": (51.7400, -3.5110, _C), "Aberaman": (51.7000, -3.4300, _C),
    "Trecynon": (51.7200, -3.4560, _C), "Cwmbach": (51.7070, -3.4150, _C),
    "CF44": (51.7150, -3.4500, _C),
    # Glasgow Southside
    "Govan": (55.8620, -4.3100, _G), "Govanhill": (55.8370, -4.2620, _G),
    "Shawlands": (55.8290, -4.2910, _G), "Pollokshields": (55.8410, -4.2840, _G),
    "Gorbals": (55.8480, -4.2500, _G), "Battlefield": (55.8270, -4.2680, _G),
    "Castlemilk": (55.8080, -4.2290, _G), "Pollok": (55.8270, -4.3330, _G),
    "Toryglen": (55.8280, -4.2450, _G),
}
