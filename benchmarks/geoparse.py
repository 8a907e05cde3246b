"""What geoparsing costs: its share of the pipeline's time per document, and one look-up's latency.

Targets (issue 3): place extraction adds at most 20% to the pipeline's time per document, and a
gazetteer look-up stays under 1 ms per mention. Both are measured in this run, against baselines
measured in the same run: the whole pipeline (parse + every extractor) for the share, and a bare
SQLite round trip on the same index for the look-up. The index is the one ``flashpoint`` uses
(``$FLASHPOINT_HOME``): the bundled world index, plus whatever GeoNames dumps were imported into it.

    .venv/bin/python benchmarks/geoparse.py [--docs 300]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from flashpoint.demo.corpus_loader import demo_inputs  # noqa: E402
from flashpoint.extractors.places import extract_places, find_toponyms  # noqa: E402
from flashpoint.gazetteer import Gazetteer  # noqa: E402
from flashpoint.ingest.readers import Document, read_inputs  # noqa: E402
from flashpoint.language.nlp import load  # noqa: E402
from flashpoint.library import open_gazetteer  # noqa: E402
from flashpoint.pipeline import analyze  # noqa: E402


def corpus(n: int) -> list[Document]:
    base = [d for d in read_inputs(demo_inputs()) if isinstance(d, Document)]
    return (base * (n // len(base) + 1))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    docs = corpus(args.docs)
    nlp = load()
    gaz = open_gazetteer()

    t0 = time.perf_counter()
    parsed = list(zip(docs, nlp.pipe(d.text for d in docs)))
    parse_s = time.perf_counter() - t0

    analyze(*parsed[0], gaz)  # warm the model-side lazies once
    t0 = time.perf_counter()
    for doc, sdoc in parsed:
        analyze(doc, sdoc, gaz)
    extract_s = time.perf_counter() - t0

    def sentence_of(_):
        return 0

    t0 = time.perf_counter()
    for doc, sdoc in parsed:
        extract_places(sdoc, doc.id, gaz, sentence_of, source=doc.source)
    places_s = time.perf_counter() - t0

    pipeline_s = parse_s + extract_s
    share = places_s / pipeline_s
    print(f"documents: {len(docs)}; pipeline {pipeline_s / len(docs) * 1000:.1f} ms/doc "
          f"(parse {parse_s / len(docs) * 1000:.1f}, extractors {extract_s / len(docs) * 1000:.1f}); "
          f"place extraction {places_s / len(docs) * 1000:.1f} ms/doc")
    print(f"geoparsing share of the pipeline: {share:.1%} (target <= 20%: ratio {share / 0.20:.2f})")

    # Look-ups on a fresh instance (cold memo), one per distinct toponym, as a new report meets them.
    names = sorted({t.name for doc, sdoc in parsed[:60] for t in find_toponyms(sdoc, gaz, doc.source)})
    cold = Gazetteer.open(gaz.path, build_if_missing=False)
    times = []
    for name in names:
        t0 = time.perf_counter()
        cold.lookup(name)
        cold.lookup_variant(name)
        times.append((time.perf_counter() - t0) * 1000)
    rtts = []
    for _ in range(200):
        t0 = time.perf_counter()
        cold._conn.execute("SELECT 1").fetchone()
        rtts.append((time.perf_counter() - t0) * 1000)
    per = statistics.median(times)
    print(f"look-up (exact + variant, cold) over {len(names)} toponyms: median {per:.3f} ms, "
          f"p95 {sorted(times)[int(0.95 * len(times))]:.3f} ms; baseline SQLite round trip "
          f"{statistics.median(rtts):.4f} ms; {cold.info().get('places', '?')} places in the index")
    print(f"ratio {max(share / 0.20, per / 1.0):.2f}")


if __name__ == "__main__":
    main()
