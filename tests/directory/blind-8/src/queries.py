"""All blind-8 searches, joined in area order (ids h001... follow this order)."""
import q_kirklees, q_harrogate, q_hackney, q_aylesbury, q_bristol, q_inverness  # noqa: E401

QUERIES = (q_kirklees.QUERIES + q_harrogate.QUERIES + q_hackney.QUERIES + q_aylesbury.QUERIES
           + q_bristol.QUERIES + q_inverness.QUERIES)
