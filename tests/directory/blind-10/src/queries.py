"""All blind-10 searches, joined in area order (ids t001... in this order)."""
import q_bristol, q_leicester, q_newcastle, q_swansea, q_cornwall, q_glasgow  # noqa: E401

QUERIES = (q_bristol.QUERIES + q_leicester.QUERIES + q_newcastle.QUERIES + q_swansea.QUERIES
           + q_cornwall.QUERIES + q_glasgow.QUERIES)
