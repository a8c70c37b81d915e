"""The hand-written searches, one file per area (q_*.py), in file order.

Each entry (see common.Q): text, near, age, youth, tags, relevant (service keys),
kinds (for audit.py) and traps (hand notes of the decoys it is aimed at)."""
from q_kirklees import QUERIES as KIRKLEES
from q_harrogate import QUERIES as HARROGATE
from q_hackney import QUERIES as HACKNEY
from q_norwich import QUERIES as NORWICH
from q_dundee import QUERIES as DUNDEE
from q_newry import QUERIES as NEWRY

QUERIES = KIRKLEES + HARROGATE + HACKNEY + NORWICH + DUNDEE + NEWRY
