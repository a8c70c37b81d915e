"""Import every hand-written area module, in a fixed order."""
import area_kirklees, area_harrogate, area_hackney  # noqa: F401
import area_penwith, area_conwy, area_stirling, area_manchester  # noqa: F401
from common import SERVICES  # noqa: E402

from untagged import FEED_ONLY, NO_ATTRS  # noqa: E402
_FEED = {"kirklees": "kirklees-community-directory", "harrogate": "north-yorkshire-community-directory",
         "hackney": "hackney-services-directory", "penwith": "cornwall-link", "conwy": "dewis-cymru",
         "stirling": "aliss", "manchester": "manchester-community-index"}
for _s in SERVICES:
    if _s["key"] in FEED_ONLY:
        code, name = FEED_ONLY[_s["key"]]
        _s["notags"] = True
        _s["feed"] = [(code, name, _FEED[_s["area"]])]
    if _s["key"] in NO_ATTRS:
        _s["notags"] = True
        _s["feed"] = None
