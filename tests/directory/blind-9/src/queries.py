"""All hand-written searches, joined in area order (ids n001... in this order)."""
import q_sheffield, q_norwich, q_cardiff, q_lambeth, q_kirklees, q_harrogate  # noqa: E401

QUERIES = (q_sheffield.QUERIES + q_norwich.QUERIES + q_cardiff.QUERIES + q_lambeth.QUERIES
           + q_kirklees.QUERIES + q_harrogate.QUERIES)
