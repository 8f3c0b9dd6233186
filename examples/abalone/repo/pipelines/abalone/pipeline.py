"""Assembles AbalonePipeline (upsert with `python -m pipelines.abalone.pipeline`)."""
from sagemaker.workflow.pipeline import Pipeline

PIPELINE_NAME = "AbalonePipeline"


def get_pipeline(steps, parameters, session) -> Pipeline:
    return Pipeline(name=PIPELINE_NAME, parameters=parameters, steps=steps, sagemaker_session=session)
