# Shared helper for the hand-written service records of blind-3.

def S(key, name, org, venue, sched, cost, desc, tags, mn=None, mx=None, status="active",
      assured=None, elig=None, phone=None, email=None, url=None, area=None, tax="fd"):
    """One hand-written service record (expanded to ORUK v3 by build.py)."""
    return dict(key=key, name=name, org=org, venue=venue, sched=sched, cost=cost, desc=desc,
                tags=tags, min_age=mn, max_age=mx, status=status, assured=assured, elig=elig,
                phone=phone, email=email, url=url, area=area, tax=tax)
