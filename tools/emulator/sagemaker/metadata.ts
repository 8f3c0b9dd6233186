/**
 * The `Metadata` member of a `PipelineExecutionStep` (reference §2.4): one populated variant per step
 * type, with job ARNs named the way Pipelines names its jobs (`pipelines-<execution id>-<step>-…`).
 * Everything is derived from the execution, the step and the attempt, never from a counter, so the
 * same step of the same run always shows the same ARNs however often it is listed.
 */
import { createHash } from 'node:crypto'
import { isObject } from '../../../src/core/definition.js'
import type { StepNode } from '../../../src/core/types.js'
import type { StepOutputs } from './scenario.js'

export interface MetadataContext {
  region: string
  account: string
  pipelineName: string
  executionId: string
  /** 1-based position of the execution among its pipeline's runs (model package versions). */
  sequence: number
}

export interface RunFacts {
  attempt: number
  finished: boolean
  outcome?: 'True' | 'False'
  failMessage?: string
  outputs?: StepOutputs
}

/** Metadata for a step that has started; `undefined` while it is still Starting (no job yet). */
export function stepMetadata(
  ctx: MetadataContext,
  node: StepNode,
  run: RunFacts
): Record<string, unknown> | undefined {
  const raw = node.raw
  const args = isObject(raw.Arguments) ? raw.Arguments : {}
  const arn = (kind: string, name = jobName(ctx, node.name, run.attempt)): string =>
    `arn:aws:sagemaker:${ctx.region}:${ctx.account}:${kind}/${name.toLowerCase()}`
  const s3 = (what: string): string =>
    `s3://sagemaker-${ctx.region}-${ctx.account}/${ctx.pipelineName}/${ctx.executionId}/${node.name}/${what}`
  switch (node.type) {
    case 'Training':
      return { TrainingJob: { Arn: arn('training-job') } }
    case 'Processing':
      return { ProcessingJob: { Arn: arn('processing-job') } }
    case 'Transform':
      return { TransformJob: { Arn: arn('transform-job') } }
    case 'Tuning':
      return {
        TuningJob: { Arn: arn('hyper-parameter-tuning-job', shortName(ctx, node.name, run.attempt, 32)) }
      }
    case 'AutoML':
      return { AutoMLJob: { Arn: arn('automl-job', shortName(ctx, node.name, run.attempt, 32)) } }
    case 'Model':
      return { Model: { Arn: arn('model') } }
    case 'RegisterModel': {
      const group = literal(args.ModelPackageGroupName) ?? `${ctx.pipelineName}-models`
      return {
        RegisterModel: {
          Arn: `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package/${group.toLowerCase()}/${ctx.sequence}`
        }
      }
    }
    case 'Condition':
      return run.outcome ? { Condition: { Outcome: run.outcome } } : undefined
    case 'Fail':
      return run.finished ? { Fail: { ErrorMessage: run.failMessage ?? '' } } : undefined
    case 'Lambda':
      return { Lambda: { Arn: literal(raw.FunctionArn) ?? '', OutputParameters: outputParameters(raw, run) } }
    case 'Callback':
      return {
        Callback: {
          CallbackToken: digest(`${ctx.executionId}/${node.name}/${run.attempt}`, 10),
          SqsQueueUrl: literal(raw.SqsQueueUrl) ?? '',
          OutputParameters: outputParameters(raw, run)
        }
      }
    case 'EMR': {
      const config = isObject(args.StepConfig) ? args.StepConfig : {}
      return {
        EMR: {
          ClusterId:
            literal(args.ClusterId) ?? `j-${digest(`${ctx.executionId}/${node.name}`, 13).toUpperCase()}`,
          StepId: `s-${digest(`${ctx.executionId}/${node.name}/${run.attempt}`, 13).toUpperCase()}`,
          StepName: literal(config.Name) ?? node.name,
          LogFilePath: s3('emr-logs')
        }
      }
    }
    case 'QualityCheck':
    case 'ClarifyCheck': {
      const check: Record<string, unknown> = {
        CheckType: literal(raw.CheckType) ?? '',
        BaselineUsedForDriftCheckConstraints: s3('baseline/constraints.json'),
        CalculatedBaselineConstraints: s3('calculated/constraints.json'),
        ModelPackageGroupName: literal(raw.ModelPackageGroupName) ?? '',
        CheckJobArn: arn('processing-job'),
        SkipCheck: raw.SkipCheck === true,
        RegisterNewBaseline: raw.RegisterNewBaseline === true
      }
      if (node.type === 'QualityCheck') {
        check.BaselineUsedForDriftCheckStatistics = s3('baseline/statistics.json')
        check.CalculatedBaselineStatistics = s3('calculated/statistics.json')
      }
      return { [node.type]: check }
    }
    case 'Endpoint':
      return {
        Endpoint: { Arn: arn('endpoint', literal(args.EndpointName) ?? jobName(ctx, node.name, run.attempt)) }
      }
    case 'EndpointConfig':
      return {
        EndpointConfig: {
          Arn: arn(
            'endpoint-config',
            literal(args.EndpointConfigName) ?? jobName(ctx, node.name, run.attempt)
          )
        }
      }
    case 'InferenceComponent':
      return { InferenceComponent: { Arn: arn('inference-component') } }
    case 'BedrockCustomModel':
    case 'BedrockCustomModelDeployment':
    case 'BedrockProvisionedModelThroughput':
    case 'BedrockModelImport':
      return {
        [node.type]: {
          Arn: `arn:aws:bedrock:${ctx.region}:${ctx.account}:${node.type.toLowerCase()}/${digest(`${ctx.executionId}/${node.name}`, 12)}`
        }
      }
    case 'Lineage':
      return {
        Lineage: {
          ContextArns: {
            [node.name]: `arn:aws:sagemaker:${ctx.region}:${ctx.account}:context/${jobName(ctx, node.name, run.attempt).toLowerCase()}`
          },
          ActionArns: {},
          ArtifactArns: {},
          Associations: []
        }
      }
    default:
      return undefined
  }
}

/** `pipelines-<execution id>-<step>-<10 chars>`, within the 63-character job-name limit. */
export function jobName(ctx: MetadataContext, step: string, attempt: number): string {
  const safe = step.replace(/[^a-zA-Z0-9-]/g, '-').replace(/^-+|-+$/g, '') || 'step'
  const prefix = `pipelines-${ctx.executionId}-${safe}`.slice(0, 52).replace(/-+$/, '')
  return `${prefix}-${digest(`${ctx.executionId}/${step}/${attempt}`, 10)}`
}

function shortName(ctx: MetadataContext, step: string, attempt: number, max: number): string {
  return `${ctx.executionId}-${digest(`${step}/${attempt}`, max - ctx.executionId.length - 1)}`
}

function outputParameters(
  raw: Record<string, unknown>,
  run: RunFacts
): Array<{ Name: string; Value: string }> {
  const declared = Array.isArray(raw.OutputParameters) ? raw.OutputParameters : []
  const properties = run.outputs?.properties ?? {}
  return declared.filter(isObject).flatMap(p => {
    const name = literal(p.OutputName)
    if (name === undefined) return []
    const given = properties[`OutputParameters['${name}']`] ?? properties[`OutputParameters["${name}"]`]
    const fallback =
      p.OutputType === 'Integer' || p.OutputType === 'Float' ? '0' : p.OutputType === 'Boolean' ? 'false' : ''
    return [{ Name: name, Value: given === undefined ? fallback : String(given) }]
  })
}

function literal(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** Lowercase alphanumerics derived from the input, `length` long. */
export function digest(input: string, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = createHash('sha256').update(input).digest()
  let out = ''
  for (let i = 0; out.length < length; i++) out += alphabet[bytes[i % bytes.length]! % alphabet.length]
  return out
}
