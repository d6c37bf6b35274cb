"""Writes the model fixtures of JREModelsTests and the predictions expected from them.

Run from this folder: `nice -n 15 python3 make_fixtures.py` (needs `pip install xgboost numpy`).

- `xgb3-categorical.json`: a binary:logistic model saved by Python's XGBoost 3.x, with a categorical
  feature and missing values (base_score written as "[…]").
- `xgb17-logistic.json`: a binary:logistic model saved by the Debian libxgboost 1.7 through its C API
  (ctypes), in the older format (base_score written as a bare number string, default_left as 0/1,
  NaN split conditions on categorical nodes).
- `*-rows.csv`: the input rows (an empty cell is missing), and `*-expected.csv`: the score, the margin,
  then one contribution per feature and the bias, as the library that wrote the model predicts them.

The tests never run Python: they read these files.
"""
import ctypes
import json

import numpy as np
import xgboost as xgb

FEATURES = ["age", "months_registered", "sector", "missed_appointments", "training_hours"]
TYPES = ["q", "q", "c", "q", "q"]


def synthetic(rows, seed):
    rng = np.random.default_rng(seed)
    x = np.empty((rows, 5), dtype=np.float32)
    x[:, 0] = rng.integers(18, 65, rows)
    x[:, 1] = rng.exponential(14, rows).round()
    x[:, 2] = rng.integers(0, 9, rows)
    x[:, 3] = rng.poisson(0.8, rows)
    x[:, 4] = rng.exponential(30, rows).round(1)
    logit = -1.0 + 0.04 * (x[:, 1] - 14) + 0.9 * x[:, 3] + np.where(np.isin(x[:, 2], [1, 4, 6]), 0.8, -0.3)
    logit -= 0.01 * x[:, 4]
    y = (rng.random(rows) < 1 / (1 + np.exp(-logit))).astype(np.float32)
    for column in (1, 4):
        x[rng.random(rows) < 0.12, column] = np.nan
    return x, y


def write_rows(path, x):
    with open(path, "w") as out:
        out.write(",".join(FEATURES) + "\n")
        for row in x:
            out.write(",".join("" if np.isnan(v) else repr(float(v)) for v in row) + "\n")


def write_expected(path, values, margins, contributions):
    with open(path, "w") as out:
        out.write(",".join(["score", "margin"] + FEATURES + ["bias"]) + "\n")
        for value, margin, row in zip(values, margins, contributions):
            out.write(",".join(repr(float(v)) for v in [value, margin, *row]) + "\n")


def python_fixture():
    x, y = synthetic(3000, seed=13)
    train = xgb.DMatrix(x, label=y, feature_names=FEATURES, feature_types=TYPES, enable_categorical=True)
    params = {"objective": "binary:logistic", "max_depth": 4, "eta": 0.3, "seed": 3, "nthread": 1,
              "tree_method": "hist", "max_cat_to_onehot": 1}
    booster = xgb.train(params, train, num_boost_round=12)
    booster.save_model("xgb3-categorical.json")
    test_x, _ = synthetic(200, seed=14)
    test_x[0, 2] = 11  # a category never seen in training
    test = xgb.DMatrix(test_x, feature_names=FEATURES, feature_types=TYPES, enable_categorical=True)
    write_rows("xgb3-categorical-rows.csv", test_x)
    write_expected("xgb3-categorical-expected.csv", booster.predict(test), booster.predict(test, output_margin=True),
                   booster.predict(test, pred_contribs=True))


class Lib17:
    """The Debian libxgboost 1.7 through its C API."""

    def __init__(self, path="/usr/lib/x86_64-linux-gnu/libxgboost.so"):
        self.lib = ctypes.cdll.LoadLibrary(path)
        self.lib.XGBGetLastError.restype = ctypes.c_char_p

    def check(self, status):
        if status != 0:
            raise RuntimeError(self.lib.XGBGetLastError().decode())

    def matrix(self, x, y=None):
        handle = ctypes.c_void_p()
        x = np.ascontiguousarray(x, dtype=np.float32)
        self.check(self.lib.XGDMatrixCreateFromMat(x.ctypes.data_as(ctypes.POINTER(ctypes.c_float)),
                                                   ctypes.c_uint64(x.shape[0]), ctypes.c_uint64(x.shape[1]),
                                                   ctypes.c_float(np.nan), ctypes.byref(handle)))
        if y is not None:
            y = np.ascontiguousarray(y, dtype=np.float32)
            self.check(self.lib.XGDMatrixSetFloatInfo(handle, b"label", y.ctypes.data_as(ctypes.POINTER(ctypes.c_float)),
                                                      ctypes.c_uint64(len(y))))
        names = (ctypes.c_char_p * 5)(*[n.encode() for n in FEATURES])
        self.check(self.lib.XGDMatrixSetStrFeatureInfo(handle, b"feature_name", names, ctypes.c_uint64(5)))
        return handle

    def predict(self, booster, matrix, kind):
        shape = ctypes.POINTER(ctypes.c_uint64)()
        dims = ctypes.c_uint64()
        result = ctypes.POINTER(ctypes.c_float)()
        config = json.dumps({"type": kind, "training": False, "iteration_begin": 0, "iteration_end": 0,
                             "strict_shape": False}).encode()
        self.check(self.lib.XGBoosterPredictFromDMatrix(booster, matrix, config, ctypes.byref(shape),
                                                        ctypes.byref(dims), ctypes.byref(result)))
        count = int(np.prod([shape[i] for i in range(dims.value)]))
        return np.ctypeslib.as_array(result, shape=(count,)).copy()


def libxgboost17_fixture():
    lib = Lib17()
    x, y = synthetic(3000, seed=23)
    train = lib.matrix(x, y)
    booster = ctypes.c_void_p()
    handles = (ctypes.c_void_p * 1)(train)
    lib.check(lib.lib.XGBoosterCreate(handles, ctypes.c_uint64(1), ctypes.byref(booster)))
    for key, value in {"objective": "binary:logistic", "max_depth": "5", "eta": "0.2", "seed": "5",
                       "nthread": "1", "tree_method": "hist", "base_score": "0.3"}.items():
        lib.check(lib.lib.XGBoosterSetParam(booster, key.encode(), value.encode()))
    names = (ctypes.c_char_p * 5)(*[n.encode() for n in FEATURES])
    lib.check(lib.lib.XGBoosterSetStrFeatureInfo(booster, b"feature_name", names, ctypes.c_uint64(5)))
    for round_ in range(15):
        lib.check(lib.lib.XGBoosterUpdateOneIter(booster, round_, train))
    lib.check(lib.lib.XGBoosterSaveModel(booster, b"xgb17-logistic.json"))
    test_x, _ = synthetic(200, seed=24)
    test = lib.matrix(test_x)
    values, margins = lib.predict(booster, test, 0), lib.predict(booster, test, 1)
    contributions = lib.predict(booster, test, 2).reshape(200, 6)
    write_rows("xgb17-logistic-rows.csv", test_x)
    write_expected("xgb17-logistic-expected.csv", values, margins, contributions)


if __name__ == "__main__":
    python_fixture()
    libxgboost17_fixture()
