"""Records the reference sentence-transformers embeddings that nlp's test compares rust-bert with.

Run once (it rewrites nlp/tests/data/reference-embeddings.json):
    bench/python-venv.sh /root/.cache/frontdoor/bench-venv
    /root/.cache/frontdoor/bench-venv/bin/python bench/record_reference.py .deps/model
"""
import json
import pathlib
import sys

from sentence_transformers import SentenceTransformer

SENTENCES = [
    "anything on for over 60s in Batley?",
    "bored, what's on this weekend",
    "could someone ring me now and then",
    "can't afford the bus into town",
    "since my wife died I don't go out much",
    "I don't want to be here anymore",
    "he hit me again and I'm scared to go home",
    "can I talk to a real person",
    "I've got time on my hands and would like to help out",
    "thanks that's great",
    "what's the capital of Peru",
    "Nie chcę już żyć, nie widzę sensu.",
    "hii 👋 is there an lgbtq youth group somewhere not in my town cos ppl know me there. maybe huddersfield?",
]


def main() -> None:
    model_dir = sys.argv[1]
    model = SentenceTransformer(model_dir, device="cpu")
    vectors = model.encode(SENTENCES, normalize_embeddings=True)
    out = pathlib.Path(__file__).resolve().parent.parent / "nlp" / "tests" / "data" / "reference-embeddings.json"
    records = [{"text": s, "vector": [round(float(x), 7) for x in v]} for s, v in zip(SENTENCES, vectors)]
    out.write_text(json.dumps(records) + "\n")
    print(f"wrote {len(records)} reference vectors to {out}")


if __name__ == "__main__":
    main()
