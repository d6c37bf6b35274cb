#!/usr/bin/env python3
"""The model card's metrics computed independently of jre-console, with scikit-learn and pandas.

Writes `people.csv` (one fictional person a row: score, label or empty when not controlled, two
groups) and `expected.json` (AUC, precision and recall among the controlled at a control
capacity, and per group: selection rates, false-positive rates, their ratios to the largest group
and the four-fifths flags). `ModelCardMetricsTests` reads both and requires the Swift functions to
give the same figures within 1e-12.

Made with: python3 make_fixture.py (numpy 2.4, pandas 3.1, scikit-learn 1.9). The data is drawn
with a fixed seed; scores are rounded to two decimals so that ties occur (and AUC's tie rule matters).

Definitions (the same as Sources/JRECore/Fairness/ModelCardMetrics.swift):
- selected: the `capacity` highest scores, ties broken by file order (a stable sort);
- precision, recall, false-positive rate: among labelled people only (the controlled);
- selection rate of a group: selected members / members (everyone, labelled or not);
- ratio: a group's rate / the reference group's (the largest); flagged outside 0.8-1.25.
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.metrics import confusion_matrix, precision_score, recall_score, roc_auc_score

HERE = os.path.dirname(os.path.abspath(__file__))
CAPACITY = 150
TOLERANCE = (0.8, 1.25)

rng = np.random.default_rng(20261203)
n = 2000
nationalite = rng.choice(["francaise", "ue", "hors_ue"], size=n, p=[0.8, 0.06, 0.14])
revenus = rng.choice(["modestes", "intermediaires", "aises"], size=n, p=[0.4, 0.4, 0.2])
# A score that leans on a proxy (hors_ue) and on a weak real signal behind the labels.
signal = rng.normal(size=n)
score = 1 / (1 + np.exp(-(-2.0 + 0.8 * signal + 0.9 * (nationalite == "hors_ue") + 0.3 * (revenus == "modestes") + 0.5 * rng.normal(size=n))))
score = np.round(score, 2)
fraud = rng.random(n) < 1 / (1 + np.exp(-(-3.0 + 1.2 * signal)))
# Controlled: more often the high scores (a targeted history), about a third of people.
controlled = rng.random(n) < np.clip(0.15 + 0.6 * score, 0, 1)
label = np.where(controlled, fraud.astype(int), -1)

people = pd.DataFrame({"score": score, "label": label, "nationalite": nationalite, "revenus": revenus})
order = people.sort_values("score", ascending=False, kind="stable").index[:CAPACITY]
people["selected"] = False
people.loc[order, "selected"] = True

labelled = people[people["label"] >= 0]
y, predicted = labelled["label"].to_numpy(), labelled["selected"].to_numpy()
tn, fp, fn, tp = confusion_matrix(y, predicted, labels=[0, 1]).ravel()
expected = {
    "capacity": CAPACITY,
    "people": n,
    "labelled": int(len(labelled)),
    "auc": float(roc_auc_score(y, labelled["score"])),
    "precision": float(precision_score(y, predicted)),
    "recall": float(recall_score(y, predicted)),
    "confusion": {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)},
    "groups": {},
}


def ratio(value, reference):
    if reference is None or value is None or reference == 0:
        return None
    return value / reference


def flagged(r):
    return r is not None and not (TOLERANCE[0] <= r <= TOLERANCE[1])


for attribute, values in [("nationalite", ["francaise", "ue", "hors_ue"]), ("revenus", ["modestes", "intermediaires", "aises"])]:
    sizes = people.groupby(attribute).size()
    reference = sizes.idxmax()
    rows = []
    stats = {}
    for value in values:
        members = people[people[attribute] == value]
        negatives = members[members["label"] == 0]
        fpr = float(negatives["selected"].mean()) if len(negatives) else None
        stats[value] = (float(members["selected"].mean()), fpr)
    for value in values:
        members = people[people[attribute] == value]
        negatives = members[members["label"] == 0]
        selection, fpr = stats[value]
        selection_ratio = ratio(selection, stats[reference][0])
        fpr_ratio = ratio(fpr, stats[reference][1])
        rows.append({
            "value": value,
            "size": int(len(members)),
            "selected": int(members["selected"].sum()),
            "selection_rate": selection,
            "selection_ratio": selection_ratio,
            "selection_flag": flagged(selection_ratio),
            "false_positives": int(negatives["selected"].sum()),
            "negatives": int(len(negatives)),
            "false_positive_rate": fpr,
            "false_positive_ratio": fpr_ratio,
            "false_positive_flag": flagged(fpr_ratio),
        })
    expected["groups"][attribute] = {"reference": reference, "rows": rows}

out = people[["score", "label", "nationalite", "revenus"]].copy()
out["label"] = out["label"].map(lambda v: "" if v < 0 else str(v))
out.to_csv(os.path.join(HERE, "people.csv"), index=False, float_format="%.2f")
with open(os.path.join(HERE, "expected.json"), "w") as file:
    json.dump(expected, file, indent=1, sort_keys=True)
    file.write("\n")
