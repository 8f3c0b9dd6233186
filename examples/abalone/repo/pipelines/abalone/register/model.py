"""Registers the model package and creates the SageMaker model when the MSE check passes."""
from sagemaker.model import Model


def model(image_uri: str, model_data, role: str, session) -> Model:
    return Model(image_uri=image_uri, model_data=model_data, sagemaker_session=session, role=role)
