"""Feature engineering for the Abalone data set: one-hot sex, scale the numeric columns, split 70/15/15."""
import argparse
import os

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

FEATURES = ["length", "diameter", "height", "whole_weight", "shucked_weight", "viscera_weight", "shell_weight"]

if __name__ == "__main__":
    base = "/opt/ml/processing"
    df = pd.read_csv(f"{base}/input/abalone-dataset.csv", header=None, names=["sex", *FEATURES, "rings"])
    y = df.pop("rings")
    transform = ColumnTransformer(
        [
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), FEATURES),
            ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"), OneHotEncoder()), ["sex"]),
        ]
    )
    X = np.concatenate((y.to_numpy().reshape(len(y), 1), transform.fit_transform(df)), axis=1)
    np.random.shuffle(X)
    train, validation, test = np.split(X, [int(0.7 * len(X)), int(0.85 * len(X))])
    for name, part in (("train", train), ("validation", validation), ("test", test)):
        os.makedirs(f"{base}/{name}", exist_ok=True)
        pd.DataFrame(part).to_csv(f"{base}/{name}/{name}.csv", header=False, index=False)
