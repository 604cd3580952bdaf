"""Trains the reader's six small text classifiers and its step gate on the development sets, and writes their weights.

    .venv/bin/pip install scikit-learn        # for training only; the app and the tests never import it
    .venv/bin/python bench/train_reader.py    # prints each set scored by a model trained on the others,
                                              # the step gate's figures, then writes data/reader/model.json
    .venv/bin/python bench/train_reader.py --no-estimates --keep step step_sentence step_gate unread_step \
        unread_condition                      # new outcome and private models; the step models as they were

What they are for (promo_ai/notes/learned.py reads the weights):
- outcome: the notes as a whole -> promoted / pending / not_yet / no / none. The rules of
  promo_ai/notes/outcome.py answer first; this is asked only when they find no outcome.
- private: one sentence -> may be private. A sentence it flags, and the rules do not, still gives its
  proposals, but they are not accepted by default: the person ticks them if they may go to the director.
- step: one next step the rules proposed (how they read it, and the sentence it comes from) -> whether the
  labels count it as a step (its keywords and owner). Trained on the reader's own proposals, read with the
  two models above and without this one, and on the steps the rules proposed when they first read each set
  (bench/first_sight.py: the mistakes rules make on notes new to them, which in-sample proposals no longer show).
- step_sentence: every sentence of the notes, read with the words of the heading it is under and of the sentence
  before it -> whose step it holds (me, manager, other), a plan item (plan) or none, labelled with the owner of
  a labelled step whose keywords are all in it, else plan for a labelled condition's: it has seen the many
  sentences with nothing to do in them that the rules never proposed, which the step model has not.
- step_gate: what those two say of a proposed step, and how it was read -> whether it is proposed
  (bench/step_gate.py: a logistic regression on what the two models, trained on other sets, say of each set's
  first-sight steps; it prints their figures with the two thresholds it replaced and with the gate).
- unread_step: one sentence no rule took a step from (read with the three models above) -> whose step it holds,
  or none: labelled with the owner of a step the reader still missed whose keywords are all in it. A sentence it
  gives UNREAD_STEP_AT or more is offered as that person's step, unticked, in the person's words.
- unread_condition: the same for a sentence no rule took a plan item (condition) from -> whether it holds a
  condition the reader missed; at UNREAD_CONDITION_AT or more it is offered as one, unticked.

Both are TF-IDF (words and pairs of words, and letter runs of 3 to 5 inside words, so "promo" and typos
still count) with a logistic regression. Only the development sets are used: the held-out sets are
never read here. Before writing, the weights are checked against scikit-learn's own probabilities on
every training text, as read back by promo_ai/notes/learned.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import first_sight, step_gate  # noqa: E402
from bench.step_gate import StepRow  # noqa: E402
from promo_ai.notes import learned, unread  # noqa: E402
from promo_ai.notes.learned import OUTCOME_AT, PRIVATE_AT, step_text  # noqa: E402
from promo_ai.notes.lines import read_lines  # noqa: E402
from promo_ai.notes.privacy import private_sentences  # noqa: E402
from promo_ai.notes.unread import UNREAD_CONDITION_AT, UNREAD_STEP_AT  # noqa: E402
from promo_ai.text import normalise  # noqa: E402

DEV = ["notes.yaml", "notes-dev2.yaml", "notes-dev3.yaml", "notes-dev4.yaml", "notes-dev5.yaml", "notes-dev6.yaml",
       "notes-dev7.yaml", "notes-dev8.yaml", "notes-dev9.yaml", "notes-dev10.yaml", "notes-dev12.yaml",
       "notes-dev13.yaml", "notes-dev14.yaml", "notes-dev15.yaml", "notes-dev16.yaml", "notes-dev17.yaml",
       "notes-dev18.yaml", "notes-dev19.yaml", "notes-dev20.yaml", "notes-dev21.yaml", "notes-dev22.yaml",
       "notes-dev23.yaml", "notes-dev24.yaml", "notes-dev25.yaml", "notes-dev26.yaml", "notes-dev27.yaml",
       "notes-dev28.yaml", "notes-dev29.yaml", "notes-dev30.yaml", "notes-dev31.yaml", "notes-dev32.yaml",
       "notes-dev33.yaml", "notes-dev34.yaml",
       "notes-dev35.yaml", "notes-dev36.yaml", "notes-dev37.yaml", "notes-dev38.yaml",
       "notes-dev39.yaml", "notes-dev40.yaml", "notes-dev41.yaml", "notes-dev42.yaml",
       "notes-dev43.yaml", "notes-dev44.yaml", "notes-dev45.yaml", "notes-dev46.yaml", "notes-dev47.yaml",
       "notes-dev48.yaml", "notes-dev49.yaml", "notes-dev50.yaml", "notes-dev51.yaml", "notes-dev52.yaml",
       "notes-dev53.yaml", "notes-dev54.yaml", "notes-dev55.yaml", "notes-dev56.yaml", "notes-dev57.yaml",
       "notes-dev58.yaml", "notes-dev59.yaml", "notes-dev60.yaml", "notes-dev61.yaml", "notes-dev62.yaml",
       "notes-dev63.yaml", "notes-dev64.yaml", "notes-dev65.yaml", "notes-dev66.yaml", "notes-dev67.yaml",
       "notes-dev68.yaml", "notes-dev69.yaml", "notes-dev70.yaml", "notes-dev71.yaml", "notes-dev72.yaml",
       "notes-dev73.yaml", "notes-dev74.yaml", "notes-dev75.yaml", "notes-dev76.yaml"]
OUT = ROOT / "data" / "reader" / "model.json"
C = 10.0  # the regularisation of the models (chosen by the leave-one-set-out figures printed below)


def items(name: str) -> list[dict[str, Any]]:
    return list(yaml.safe_load((ROOT / "bench" / name).read_text(encoding="utf-8")))


def said(notes: str) -> str:
    """The notes as the reader hands them to the model: their sentences, bullets off, private ones left out."""
    lines = read_lines(notes)
    private = private_sentences([line.sentences for line in lines], [line.heading for line in lines],
                                [line.bullet for line in lines])
    return "\n".join(s for line in lines for j, s in enumerate(line.sentences) if (line.index, j) not in private)


def outcome_rows(name: str) -> list[tuple[str, str]]:
    return [(said(i["notes"]), i["expected"].get("outcome") or "none") for i in items(name)]


def private_rows(name: str) -> list[tuple[str, int]]:
    """Each sentence of each note, 1 when a private line's keywords are all in it."""
    rows = []
    for item in items(name):
        keys = [w["keywords"] for w in item["expected"].get("private") or []]
        for line in read_lines(item["notes"]):
            for sentence in line.sentences:
                said = normalise(sentence)
                rows.append((sentence, int(any(all(normalise(str(k)) in said for k in ks) for ks in keys))))
    return rows


def sentence_rows(name: str) -> list[tuple[str, str]]:
    """Each sentence of each note as the step-sentence model reads it (with its heading and the sentence before),
    labelled with the owner of a labelled step whose keywords are all in it, else "plan" when a labelled
    condition's are, else "none"."""
    rows = []
    for item in items(name):
        wanted, plans = item["expected"].get("next_steps") or [], item["expected"].get("conditions") or []
        lines = read_lines(item["notes"])
        around = learned.contexts(lines)
        for line in lines:
            for sentence in line.sentences:
                said = normalise(sentence)
                def holds(w: dict[str, Any], said: str = said) -> bool:
                    return all(normalise(str(k)) in said for k in w["keywords"])
                label = next((str(w.get("owner")) for w in wanted if holds(w)),
                             "plan" if any(holds(w) for w in plans) else "none")
                rows.append((learned.sentence_read(sentence, *around[sentence]), label))
    return rows


def step_rows(name: str) -> tuple[list[StepRow], int]:
    """Each next step the reader proposes for the set's notes, 1 when it is one of the labelled steps (and the
    sentence it comes from, the outcome, that sentence as the step-sentence model reads it, the step, and how many
    steps the rules read in its note), and how many steps the labels want."""
    from bench.bench_notes import build_case, counted_steps
    from promo_ai.notes import read_notes

    rows, wanted_count = [], 0
    for item in items(name):
        changes = read_notes(item["notes"], build_case(item["case"]), today=item["pasted_on"],
                             date_order=item.get("date_order", "dmy")).changes
        outcome = next((c.text for c in changes if c.kind == "outcome"), None)
        wanted = list(item["expected"].get("next_steps") or [])
        wanted_count += len(wanted)
        proposed = [c for c in changes if c.kind == "next"]
        counted = counted_steps(proposed, wanted)
        around = learned.contexts(read_lines(item["notes"]))
        rows += [(step_text(c, outcome, proposed), int(k in counted), c.source_quote, outcome,
                  learned.sentence_read(c.source_quote, *learned.in_context(c.source_quote, around)), c, len(proposed))
                 for k, c in enumerate(proposed)]
    return rows, wanted_count


def unread_rows(name: str) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    """Each sentence no rule took a step from (as the reader with the step model offers them to the unread-step
    model), labelled with the owner of a step the reader missed whose keywords are all in it, else "none"; and
    each sentence no rule took a plan item from, 1 when a condition the reader missed has its keywords in it."""
    from bench.bench_notes import _has, _words, build_case
    from promo_ai.notes import read_notes
    from promo_ai.text import normalise

    rows, plan_rows = [], []
    for item in items(name):
        with unread.sentences_asked() as asked:
            changes = read_notes(item["notes"], build_case(item["case"]), today=item["pasted_on"],
                                 date_order=item.get("date_order", "dmy")).changes
        left = [c for c in changes if c.kind == "next"]
        missed = []
        for want in item["expected"].get("next_steps") or []:
            hit = next((c for c in left if c.owner == want.get("owner") and _has(_words(c), want["keywords"])), None)
            if hit is None:
                missed.append(want)
            else:
                left.remove(hit)
        rows += [(text, next((str(w.get("owner")) for w in missed if _has(normalise(sentence), w["keywords"])),
                             "none")) for kind, sentence, text in asked if kind == "step"]
        planned = [c for c in changes if c.kind == "condition"]
        unplanned = []
        for want in item["expected"].get("conditions") or []:
            hit = next((c for c in planned if _has(_words(c), want["keywords"])), None)
            if hit is None:
                unplanned.append(want)
            else:
                planned.remove(hit)
        plan_rows += [(text, int(any(_has(normalise(sentence), w["keywords"]) for w in unplanned)))
                      for kind, sentence, text in asked if kind == "condition"]
    return rows, plan_rows


def pipeline(balanced: bool) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                          TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True))
    return make_pipeline(features, LogisticRegression(C=C, max_iter=5000,
                                                      class_weight="balanced" if balanced else None))


def export(model: Any) -> dict[str, Any]:
    """The fitted pipeline as plain numbers: per vectorizer its terms' idf, then the classes' weights."""
    union, regression = model.steps[0][1], model.steps[1][1]
    parts, offset = [], 0
    for _, vectorizer in union.transformer_list:
        vocabulary = vectorizer.vocabulary_
        terms = sorted(vocabulary, key=vocabulary.get)
        columns = [offset + vocabulary[t] for t in terms]
        parts.append({"analyzer": vectorizer.analyzer, "ngram_range": list(vectorizer.ngram_range),
                      "idf": {t: round(float(vectorizer.idf_[vocabulary[t]]), 6) for t in terms},
                      "weights": {t: [round(float(w), 6) for w in regression.coef_[:, c]]
                                  for t, c in zip(terms, columns, strict=True)}})
        offset += len(terms)
    return {"classes": [str(c) for c in regression.classes_], "intercept": [float(b) for b in regression.intercept_],
            "parts": parts}


def leave_one_set_out() -> None:
    """Each development set scored by models trained on the others (the honest figure for unseen notes)."""
    import numpy as np

    for test in DEV:
        train = [n for n in DEV if n != test]
        rows = [r for n in train for r in outcome_rows(n)]
        model = pipeline(False).fit([r[0] for r in rows], [r[1] for r in rows])
        gold = outcome_rows(test)
        probs = model.predict_proba([g[0] for g in gold])
        picked = [(model.classes_[int(np.argmax(p))], float(max(p))) for p in probs]
        said = [(c, p) for c, p in picked if c != "none" and p >= OUTCOME_AT]
        right = sum(1 for (c, p), g in zip(picked, gold, strict=True) if c == g[1] and c != "none" and p >= OUTCOME_AT)
        wanted = sum(1 for g in gold if g[1] != "none")
        rows_p = [r for n in train for r in private_rows(n)]
        private = pipeline(True).fit([r[0] for r in rows_p], [r[1] for r in rows_p])
        sentences = private_rows(test)
        flags = private.predict_proba([s[0] for s in sentences])[:, 1] >= PRIVATE_AT
        caught = sum(1 for f, s in zip(flags, sentences, strict=True) if f and s[1])
        print(f"{test}: outcome (p >= {OUTCOME_AT}) precision {right / max(1, len(said)):.3f} "
              f"recall {right / wanted:.3f}; "
              f"private sentences flagged {caught}/{sum(s[1] for s in sentences)}, "
              f"others flagged {int(flags.sum()) - caught}/{sum(1 - s[1] for s in sentences)}")


def _scored_elsewhere(rows: dict[str, list[tuple[str, Any]]]) -> Iterator[tuple[list[tuple[str, Any]], Any, Any]]:
    """(a set's rows, the model trained on the other sets, its probabilities for them) for each set with rows."""
    for test in rows:
        train = [r for n in rows if n != test for r in rows[n]]
        model = pipeline(False).fit([r[0] for r in train], [r[1] for r in train])
        if rows[test]:
            yield rows[test], model, model.predict_proba([r[0] for r in rows[test]])


def unread_leave_one_set_out(steps: dict[str, list[tuple[str, str]]], plans: dict[str, list[tuple[str, int]]]) -> None:
    """The unread models' honest figures: each set scored by models trained on the others, the sentences they
    offer, and how many are a missed step with its owner (a missed condition)."""
    offered = right = 0
    for test_rows, model, probs in _scored_elsewhere(steps):
        owners = [k for k, c in enumerate(model.classes_) if c != "none"]
        for row, p in zip(test_rows, probs, strict=True):
            best = max(owners, key=lambda k: p[k])
            if p[best] >= UNREAD_STEP_AT:
                offered += 1
                right += int(model.classes_[best] == row[1])
    print(f"unread steps (p >= {UNREAD_STEP_AT}): {offered} sentences offered as steps, {right} of them a step the "
          f"rules missed, with its owner")
    offered = right = 0
    for test_rows, _, probs in _scored_elsewhere(plans):
        for row, p in zip(test_rows, probs[:, 1], strict=True):
            if p >= UNREAD_CONDITION_AT:
                offered += 1
                right += row[1]
    print(f"unread conditions (p >= {UNREAD_CONDITION_AT}): {offered} sentences offered as plan items, {right} of "
          f"them a condition the rules missed")


def _trained_on(weights: dict[str, Any], name: str) -> list[str]:
    """The sets the model `name` in these weights was trained on: those of the run that last trained it."""
    kept = weights.get("kept", {})
    if name not in kept.get("models", []):
        return list(weights["trained_on"])
    trained_on = kept["trained_on"]  # one list for every kept model, as the weights first recorded it
    return list(trained_on[name] if isinstance(trained_on, dict) else trained_on)


def main() -> int:
    import argparse

    from promo_ai.notes.learned import TextModel

    parser = argparse.ArgumentParser()
    parser.add_argument("--without", choices=DEV,
                        help="leave this set out (to score it as unseen: bench_notes.py --unseen)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--no-estimates", action="store_true",
                        help="train the models only, without the leave-one-set-out figures (a quarter of the time)")
    parser.add_argument("--keep", nargs="+", default=[], metavar="MODEL",
                        choices=["outcome", "private", "step", "step_sentence", "step_gate", "unread_step",
                                 "unread_condition"],
                        help="keep these models as the weights file already has them (a retrain that would change "
                             "behaviour the tests hold, such as the step gate's, can be left for later)")
    args = parser.parse_args()
    estimate = not (args.without or args.no_estimates)
    sets = [n for n in DEV if n != args.without]
    if estimate:
        leave_one_set_out()
    # the outcome and private models as kept: the steps below are read with them, as the reader will read them
    kept = {name: json.loads(args.output.read_text(encoding="utf-8"))[name]
            for name in ("outcome", "private") if name in args.keep}
    rows = [] if "outcome" in kept else [r for n in sets for r in outcome_rows(n)]
    outcome = None if "outcome" in kept else pipeline(False).fit([r[0] for r in rows], [r[1] for r in rows])
    rows_p = [] if "private" in kept else [r for n in sets for r in private_rows(n)]
    private = None if "private" in kept else pipeline(True).fit([r[0] for r in rows_p], [r[1] for r in rows_p])
    exported: dict[str, Any] = {"outcome": kept.get("outcome") or export(outcome),
                                "private": kept.get("private") or export(private),
                                "trained_on": [f"bench/{n}" for n in sets]}
    # the steps the reader proposes with these two models, none weighed by a step model
    first = args.output.with_name(args.output.stem + ".without-steps.json")
    first.write_text(json.dumps(exported), encoding="utf-8")
    learned.use_weights(first)
    with learned.every_step_kept():
        proposed = {n: step_rows(n) for n in sets}
    first.unlink()
    seen = {n: first_sight.labelled_rows(n) for n in sets}
    sentences = {n: sentence_rows(n) for n in sets}
    exported["step_gate"] = step_gate.train_gate(proposed, seen, sentences, lambda: pipeline(False))
    rows_s = [r for n in sets for r in proposed[n][0] + seen[n][0]]
    step = pipeline(False).fit([r[0] for r in rows_s], [r[1] for r in rows_s])
    exported["step"] = export(step)
    rows_h = [r for n in sets for r in sentences[n]]
    step_sentence = pipeline(False).fit([r[0] for r in rows_h], [r[1] for r in rows_h])
    exported["step_sentence"] = export(step_sentence)
    # the sentences the reader with that step model took no step from, labelled with the steps it still missed
    first.write_text(json.dumps(exported), encoding="utf-8")
    learned.use_weights(first)
    both = {n: unread_rows(n) for n in sets}
    first.unlink()
    unread, unplanned = {n: both[n][0] for n in sets}, {n: both[n][1] for n in sets}
    if estimate:
        unread_leave_one_set_out(unread, unplanned)
    rows_u = [r for n in sets for r in unread[n]]
    unread_step = pipeline(False).fit([r[0] for r in rows_u], [r[1] for r in rows_u])
    exported["unread_step"] = export(unread_step)
    rows_c = [r for n in sets for r in unplanned[n]]
    unread_condition = pipeline(False).fit([r[0] for r in rows_c], [r[1] for r in rows_c])
    exported["unread_condition"] = export(unread_condition)
    fitted: list[tuple[str, Any, list[str]]] = [
        ("outcome", outcome, [r[0] for r in rows]), ("private", private, [r[0] for r in rows_p]),
        ("step", step, [r[0] for r in rows_s]), ("step_sentence", step_sentence, [r[0] for r in rows_h]),
        ("unread_step", unread_step, [r[0] for r in rows_u]),
        ("unread_condition", unread_condition, [r[0] for r in rows_c])]
    trained = [(name, model, texts) for name, model, texts in fitted if model is not None]  # not the two kept
    for name, model, texts in trained:
        ours = TextModel(exported[name])
        worst = max(abs(a - b) for text, row in zip(texts, model.predict_proba(texts), strict=True)
                    for a, b in zip(ours.probabilities(text).values(), row, strict=True))
        print(f"{name}: largest difference from scikit-learn's probabilities {worst:.2e}")
        if worst > 1e-3:
            print("The weights do not read back as trained; nothing written.", file=sys.stderr)
            return 1
    # a few of scikit-learn's own answers, kept with the weights: tests/test_notes_learned.py reads them back
    exported["checks"] = {name: [{"text": text, "probabilities": dict(zip(map(str, model.classes_),
                                                                          map(float, row), strict=True))}
                                 for text, row in zip(texts[::max(1, len(texts) // 6)][:6],
                                                      model.predict_proba(texts[::max(1, len(texts) // 6)][:6]),
                                                      strict=True)]
                          for name, model, texts in trained}
    if args.keep:  # as they were, with what they were trained on
        before = json.loads(args.output.read_text(encoding="utf-8"))
        for name in args.keep:
            exported[name] = before[name]
            if name in before["checks"]:
                exported["checks"][name] = before["checks"][name]
        exported["kept"] = {"models": sorted(args.keep), "trained_on": {
            name: _trained_on(before, name) for name in sorted(args.keep)}}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(exported, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
