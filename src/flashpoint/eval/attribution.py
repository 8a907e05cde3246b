"""Speaker attribution measured on cases of {text, claims:[{speaker, role, channel, quote_contains}]}."""
from __future__ import annotations

import re
from pathlib import Path

from flashpoint.eval.gold import load_jsonl
from flashpoint.extractors.claims import extract_claims


def load_cases(path: Path) -> list[dict]:
    return load_jsonl(path)


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (name or "").lower()) if len(w) > 2 and w not in ("the", "and", "for")}


def speaker_matches(gold: str, predicted: str) -> bool:
    g, p = _words(gold), _words(predicted)
    return bool(g and p and (g & p))


def evaluate(cases: list[dict], nlp=None) -> dict:
    from flashpoint.language.nlp import load

    nlp = nlp or load()
    tp = predicted = gold_total = matched_gold = role_ok = channel_ok = channel_total = 0
    errors = []
    for case in cases:
        sdoc = nlp(case["text"])
        bounds = [(s.start_char, s.end_char) for s in sdoc.sents]
        claims = extract_claims(sdoc, "case", bounds)
        predicted += len(claims)
        gold = case.get("claims", [])
        gold_total += len(gold)
        used: set[int] = set()
        for g in gold:
            hit = None
            for i, c in enumerate(claims):
                if i in used or not speaker_matches(g["speaker"], c.speaker):
                    continue
                if g.get("quote_contains") and g["quote_contains"].lower()[:25] not in (c.text + " " + c.span.text).lower():
                    continue
                hit = i
                break
            if hit is None:
                errors.append({"text": case["text"][:90], "missed": g["speaker"]})
                continue
            used.add(hit)
            matched_gold += 1
            role_ok += claims[hit].role == g.get("role")
            if g.get("channel"):
                channel_total += 1
                channel_ok += (g["channel"].lower() in (claims[hit].channel or "").lower())
        tp += len(used)
        for i, c in enumerate(claims):
            if i not in used:
                errors.append({"text": case["text"][:90], "spurious": c.speaker})
    return {
        "cases": len(cases),
        "gold_claims": gold_total,
        "predicted_claims": predicted,
        "precision": tp / predicted if predicted else 0.0,
        "recall": matched_gold / gold_total if gold_total else 0.0,
        "role_accuracy": role_ok / matched_gold if matched_gold else 0.0,
        "channel_accuracy": channel_ok / channel_total if channel_total else 0.0,
        "errors": errors[:25],
    }
