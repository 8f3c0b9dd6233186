"""Evaluates the trained model on the test split and writes evaluation.json (read by Abalone-MSECheck)."""
import json
import pathlib
import tarfile

import pandas as pd
import xgboost
from sklearn.metrics import mean_squared_error

if __name__ == "__main__":
    with tarfile.open("/opt/ml/processing/model/model.tar.gz") as tar:
        tar.extractall(path=".")
    model = xgboost.Booster()
    model.load_model("xgboost-model")
    df = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
    y_test = df.iloc[:, 0].to_numpy()
    predictions = model.predict(xgboost.DMatrix(df.iloc[:, 1:].values))
    mse = mean_squared_error(y_test, predictions)
    report = {"regression_metrics": {"mse": {"value": mse, "standard_deviation": float(pd.Series(y_test - predictions).std())}}}
    out = pathlib.Path("/opt/ml/processing/evaluation")
    out.mkdir(parents=True, exist_ok=True)
    (out / "evaluation.json").write_text(json.dumps(report))
