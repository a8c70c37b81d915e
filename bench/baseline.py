"""The Python side of bench/nlp.sh: sentence-transformers with the same all-MiniLM-L6-v2 weights,
on the same messages, measured the same way (one message at a time on one thread, then batches
of 32 on two threads). Prints one `timings:` line like `frontdoor classify --timings`."""
import json
import resource
import sys
import time

import torch
from sentence_transformers import SentenceTransformer


def percentile(sorted_values, p):
    index = max(1, min(len(sorted_values), int(-(-len(sorted_values) * p // 1)))) - 1
    return sorted_values[index]


def main() -> None:
    model_dir, messages_file = sys.argv[1], sys.argv[2]
    texts = [json.loads(line)["text"] for line in open(messages_file, encoding="utf-8") if line.strip()]
    started = time.perf_counter()
    model = SentenceTransformer(model_dir, device="cpu")
    load_s = time.perf_counter() - started

    torch.set_num_threads(1)
    model.encode(texts[:10])
    latencies = []
    for text in texts:
        sent = time.perf_counter()
        model.encode([text], normalize_embeddings=True)
        latencies.append((time.perf_counter() - sent) * 1000)
    latencies.sort()

    torch.set_num_threads(2)
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True)
    throughput = len(texts) / (time.perf_counter() - started)

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"timings: messages={len(texts)} load_s={load_s:.2f} p50_ms={percentile(latencies, 0.5):.2f} "
        f"p99_ms={percentile(latencies, 0.99):.2f} throughput_per_s={throughput:.1f} peak_rss_mb={peak_rss_mb}"
    )


if __name__ == "__main__":
    main()
