#!/usr/bin/env python3
"""Evaluates the jre-standard rules over a population folder with NumPy/pandas, vectorised.

The approach of OpenFisca: read the files into columns, then compute each formula for every
claimant at once with array operations. This is the comparison point of `Benchmarks/run-population`
for `jre-console population evaluate`: both must give identical counts.

Usage: population-compare.py DIR [--day D] [--engine c|pyarrow]
Prints JSON: claimants, counts per alert and per level, and timings (seconds).

The formulas and default thresholds below transcribe Scenarios/rulesets/jre-standard.yaml
(a teaching reconstruction; see that file). Semantics follow the engine: a window of w days on
day D holds the events with D - w < day <= D; `last`/`highest` of nothing is « never » (+inf);
days_since of nothing, or of an event before day 0, is « never ».
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import pandas as pd

# jre-standard's default parameters.
P = dict(window=30, plafond_candidatures=10, plafond_connexions=8, seuil_dynamique_faible=5, seuil_dynamique_forte=12,
         fenetre_confiance=90, humeur_basse=2, baisse_humeur=2, seuil_sans_reponse=15, mois_inscription=12,
         seuil_confiance_modere=2, seuil_confiance_eleve=3, fenetre_reference=120, seuil_baisse=60,
         seuil_sans_connexion=21, seuil_sans_contact=90, fenetre_dispersion=60, seuil_codes_rome=4, seuil_secteurs=3,
         seuil_candidatures_par_code=2, seuil_codes_modere=3, seuil_secteurs_modere=2)

COLUMNS = ["claimant", "day", "type", "rome", "sector", "attended", "value"]


def read(folder, engine):
    """The two files as columns: claimant index per event, day, type, and the attributes the rules read."""
    claimants = pd.read_csv(os.path.join(folder, "claimants.csv"), usecols=["id", "registered"],
                            dtype={"id": "string", "registered": "float64"}, engine=engine)
    events = pd.read_csv(os.path.join(folder, "events.csv"), usecols=COLUMNS,
                         dtype={"claimant": "category", "day": "int32", "type": "category", "rome": "category",
                                "sector": "category", "attended": "category", "value": "float64"}, engine=engine)
    ids = pd.Index(claimants["id"].astype(object))
    # Each event's claimant as an index into claimants.csv (-1 for an unknown id).
    codes = ids.get_indexer(events["claimant"].cat.categories)[events["claimant"].cat.codes.to_numpy()]
    return claimants, events, codes.astype(np.int64)


def evaluate(claimants, events, codes, day):
    n = len(claimants)
    d = events["day"].to_numpy()
    kinds = events["type"]
    type_codes = kinds.cat.codes.to_numpy()
    type_index = {name: i for i, name in enumerate(kinds.cat.categories)}

    def of_type(name):
        return type_codes == type_index.get(name, -99)

    up_to_today = d <= day

    def window(w):
        return up_to_today & (d > day - w) if day - w >= 0 else up_to_today

    def count(mask):
        return np.bincount(codes[mask], minlength=n).astype(np.float64)

    def days_since(mask):
        last = np.full(n, -1.0)
        selected = mask & up_to_today
        if selected.any():
            latest = pd.Series(d[selected]).groupby(codes[selected]).max()
            last[latest.index.to_numpy()] = latest.to_numpy()
        return np.where(last < 0, np.inf, day - last)

    application, login, mood = of_type("application"), of_type("login"), of_type("mood")
    w = P["window"]
    apps = count(application & window(w))
    contacts = count(of_type("employer_contact") & window(w))
    dynamique = (np.minimum(apps + contacts, P["plafond_candidatures"]) + 2 * count(of_type("interview") & window(w))
                 + np.minimum(count(login & window(w)), P["plafond_connexions"]) / 2 + count(of_type("workshop") & window(w)))
    dyn_level = np.where(dynamique < P["seuil_dynamique_faible"], 0, np.where(dynamique < P["seuil_dynamique_forte"], 1, 2))

    # Perte de confiance: the mood slider over the window, in day then file order.
    wc = P["fenetre_confiance"]
    value = events["value"].to_numpy()
    moods = mood & window(wc)
    with_value = moods & ~np.isnan(value)
    frame = pd.DataFrame({"c": codes[with_value], "d": d[with_value], "v": value[with_value]}).sort_values(["c", "d"], kind="stable")
    last_mood = np.full(n, np.inf)
    highest_mood = np.full(n, np.inf)
    if len(frame):
        grouped = frame.groupby("c")["v"]
        last = grouped.last()
        last_mood[last.index.to_numpy()] = last.to_numpy()
        high = grouped.max()
        highest_mood[high.index.to_numpy()] = high.to_numpy()
    mood_count = count(moods)
    with np.errstate(invalid="ignore"):
        drop = np.where(mood_count >= 2, highest_mood - last_mood, 0.0)
    drop = np.where(np.isnan(drop), np.inf, drop)  # never − never is never, as in the engine
    unanswered = np.maximum(count(application & window(wc)) - count(of_type("response") & window(wc)), 0)
    registered = claimants["registered"].to_numpy()
    seniority = np.where(np.isnan(registered), 0.0, (day - registered) * 12 / 365)
    perte = ((mood_count > 0) & (last_mood <= P["humeur_basse"])).astype(int) + (drop >= P["baisse_humeur"]).astype(int) \
        + (unanswered >= P["seuil_sans_reponse"]).astype(int) + (seniority >= P["mois_inscription"]).astype(int)
    perte_level = np.where(perte >= P["seuil_confiance_eleve"], 0, np.where(perte >= P["seuil_confiance_modere"], 1, 2))

    # Redynamisation.
    wr = P["fenetre_reference"]
    previous = (count(application & window(wr)) - apps) * w / (wr - w) if wr > w else np.zeros(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        fall = np.where(previous > 0, np.maximum(100 * (previous - apps) / previous, 0), 0.0)
    no_login = days_since(login)
    attended = events["attended"].astype(str).str.lower().to_numpy() == "true"
    no_contact = np.minimum(days_since(of_type("appointment") & attended), days_since(of_type("message")))
    dropped = fall >= P["seuil_baisse"]
    absent = no_login >= P["seuil_sans_connexion"]
    silent = no_contact >= P["seuil_sans_contact"]
    redyn = dropped.astype(int) + absent.astype(int) + silent.astype(int)
    redyn_level = np.where(dropped & (absent | silent), 0, np.where(redyn >= 1, 1, 2))

    # Dispersion: distinct job codes and sectors over the window.
    wd = P["fenetre_dispersion"]
    recent = application & window(wd)
    rome, sector = events["rome"], events["sector"]

    def distinct(column):
        mask = recent & column.notna().to_numpy()
        pairs = pd.DataFrame({"c": codes[mask], "x": column.cat.codes.to_numpy()[mask]}).drop_duplicates()
        return np.bincount(pairs["c"].to_numpy(), minlength=n).astype(np.float64)

    codes_rome, sectors = distinct(rome), distinct(sector)
    coded = count(recent & rome.notna().to_numpy() & (rome.astype(object).to_numpy() != ""))
    with np.errstate(divide="ignore", invalid="ignore"):
        per_code = np.where(codes_rome > 0, coded / codes_rome, 0.0)
    disp_high = (codes_rome >= P["seuil_codes_rome"]) & (sectors >= P["seuil_secteurs"]) & (per_code < P["seuil_candidatures_par_code"])
    disp_level = np.where(disp_high, 0, np.where((codes_rome >= P["seuil_codes_modere"]) | (sectors >= P["seuil_secteurs_modere"]), 1, 2))

    alerts = {
        "dynamique_faible": dyn_level == 0,
        "situations_a_examiner": (perte_level == 0) | (redyn_level == 0),
        "parcours_a_analyser": (disp_level == 0) | ((seniority >= P["mois_inscription"]) & (dyn_level != 2)),
    }
    flagged = alerts["dynamique_faible"] | alerts["situations_a_examiner"] | alerts["parcours_a_analyser"]
    levels = {
        "dynamique": ["faible", "moyenne", "forte"], "perte_confiance": ["eleve", "modere", "faible"],
        "redynamisation": ["eleve", "modere", "faible"], "dispersion": ["eleve", "modere", "faible"],
    }
    level_arrays = {"dynamique": dyn_level, "perte_confiance": perte_level, "redynamisation": redyn_level, "dispersion": disp_level}
    return {
        "claimants": n,
        "any_alert": int(flagged.sum()),
        "alerts": {name: int(mask.sum()) for name, mask in alerts.items()},
        "levels": {score: {name: int((level_arrays[score] == i).sum()) for i, name in enumerate(names)} for score, names in levels.items()},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--day", type=int)
    parser.add_argument("--engine", choices=["c", "pyarrow"], default="c")
    args = parser.parse_args()
    start = time.perf_counter()
    claimants, events, codes = read(args.folder, args.engine)
    if (codes < 0).any():
        sys.exit("events.csv names claimants missing from claimants.csv")
    read_time = time.perf_counter() - start
    day = args.day
    if day is None:
        manifest = os.path.join(args.folder, "population.json")
        day = json.load(open(manifest))["days"] if os.path.exists(manifest) else int(events["day"].max())
    result = evaluate(claimants, events, codes, day)
    result["day"] = day
    result["seconds"] = {"read": round(read_time, 3), "evaluate": round(time.perf_counter() - start - read_time, 3)}
    result["engine"] = args.engine
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
