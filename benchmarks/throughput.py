"""Documents per second of the whole pipeline against spaCy alone, on one core.

Runs the demo corpus repeated to at least --docs documents through (a) spaCy's
``nlp.pipe`` alone, the baseline, and (b) flashpoint's per-document pipeline
(the function ``flashpoint extract`` calls: parse, places, times, quantities,
events, claims, fusion into events), in the same process and run. Prints both
rates; the last line is ``ratio R`` (pipeline rate / spaCy rate; target ≥ 0.7).

Note: the corpus repeats, so the gazetteer's look-up cache is warm after the
first pass, as it is on a real archive where the same places recur.
"""
from __future__ import annotations

import argparse
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")  # one core, as the target says

import time  # noqa: E402

from flashpoint.demo.corpus_loader import demo_inputs  # noqa: E402
from flashpoint.ingest.readers import Document, read_inputs  # noqa: E402
from flashpoint.language.nlp import load  # noqa: E402
from flashpoint.library import open_gazetteer  # noqa: E402
from flashpoint.pipeline import analyze_many  # noqa: E402


def corpus(n: int) -> list[Document]:
    base = [d for d in read_inputs(demo_inputs()) if isinstance(d, Document)]
    docs = []
    while len(docs) < n:
        docs.extend(base)
    return docs[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    docs = corpus(args.docs)
    nlp = load()
    gaz = open_gazetteer()
    list(analyze_many(docs[:5], gaz, nlp))  # warm up model and caches once for both

    t0 = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=args.batch_size):
        pass
    spacy_rate = len(docs) / (time.perf_counter() - t0)

    t0 = time.perf_counter()
    events = 0
    for result in analyze_many(docs, gaz, nlp, batch_size=args.batch_size):
        events += len(result.events)
    pipeline_rate = len(docs) / (time.perf_counter() - t0)

    chars = sum(len(d.text) for d in docs) / len(docs)
    print(f"documents: {len(docs)} (mean {chars:.0f} characters), events extracted: {events}")
    print(f"spaCy alone (nlp.pipe):   {spacy_rate:8.1f} docs/s")
    print(f"flashpoint pipeline:      {pipeline_rate:8.1f} docs/s")
    print(f"ratio {pipeline_rate / spacy_rate:.2f}")


if __name__ == "__main__":
    main()
