import json, sys, shutil, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build, queries_src, check
OUT = os.path.abspath(os.path.join(HERE, ".."))
page, meta = build.build()
check.resolve(queries_src.QUERIES, meta)
json.dump(page, open(OUT + "/directory.json", "w"), indent=1, ensure_ascii=False)
with open(OUT + "/queries.jsonl", "w") as f:
    for i, q in enumerate(queries_src.QUERIES, 1):
        rec = {"id": "c%03d" % i, "text": q["text"], "near": q["near"], "age": q["age"], "youth": q["youth"],
               "tags": q["tags"], "relevant": [meta[k]["id"] for k in q["rel"]],
               "relevant_names": [meta[k]["name"] for k in q["rel"]]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(page["contents"]), "services,", len(queries_src.QUERIES), "queries")
