"""Builds the XGBoost estimator of the Train step from hyperparameters.yml."""
from pathlib import Path

import yaml
from sagemaker.estimator import Estimator


def estimator(image_uri: str, role: str, instance_type, output_path: str) -> Estimator:
    hyperparameters = yaml.safe_load((Path(__file__).parent / "hyperparameters.yml").read_text())
    xgb = Estimator(image_uri=image_uri, instance_type=instance_type, instance_count=1, output_path=output_path, role=role)
    xgb.set_hyperparameters(**hyperparameters)
    return xgb
