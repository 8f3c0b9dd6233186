import { describe, expect, it } from '@jest/globals'
import { parseDefinition } from '../../../src/core/definition.js'
import type { StepGraph } from '../../../src/core/graph.js'
import { corpusFiles, corpusText } from '../../../__fixtures__/definitions.js'
import { definitionOf, type StepSpec } from '../../../__fixtures__/graphs.js'

/** Hidden data edges (a literal S3 read under another step's output) and paths built from the execution id. */

const writes = (uri: unknown): Record<string, unknown> => ({
  ProcessingOutputConfig: {
    Outputs: [{ OutputName: 'out', S3Output: { S3Uri: uri, LocalPath: '/opt/ml/processing/out' } }]
  }
})
const reads = (uri: unknown): Record<string, unknown> => ({
  ProcessingInputs: [{ InputName: 'in', S3Input: { S3Uri: uri, LocalPath: '/opt/ml/processing/in' } }]
})
const parse = (steps: StepSpec[]): StepGraph => parseDefinition(definitionOf(steps), 'test spec')
const dataPairs = (g: StepGraph): string[] =>
  g
    .edges()
    .filter(e => e.kinds.includes('data'))
    .map(e => `${e.from}→${e.to}`)
const join = (...values: unknown[]): Record<string, unknown> => ({ 'Std:Join': { On: '/', Values: values } })
const EXECUTION_ID = { Get: 'Execution.PipelineExecutionId' }

describe('hidden data edges', () => {
  it('links a step reading a literal URI under another step’s output, which then selects it downstream', () => {
    const g = parse([
      { name: 'Pre', args: writes('s3://bucket/pipeline/pre/output/') },
      { name: 'Side' },
      { name: 'Fit', args: reads('s3://bucket/pipeline/pre/output/train.csv') }
    ])
    expect(g.edges()).toEqual([{ from: 'Pre', to: 'Fit', kinds: ['data'] }])
    expect(g.dataEdges()).toEqual([
      {
        from: 'Pre',
        to: 'Fit',
        path: 'Arguments.ProcessingInputs[0].S3Input.S3Uri',
        uri: 's3://bucket/pipeline/pre/output/train.csv',
        executionScoped: false,
        added: true
      }
    ])
    expect(g.closure(['Pre'])).toEqual(['Pre', 'Fit'])
    expect(g.ancestors(['Fit'])).toEqual(['Pre'])
    expect(g.topologicalOrder()).toEqual(['Pre', 'Side', 'Fit'])
  })

  it.each([
    ['the same URI, trailing slash aside', 's3://b/out/train/', 's3://b/out/train', true],
    ['a URI under it', 's3://b/out', 's3://b/out/train/part-0.csv', true],
    ['a JSON-quoted hyperparameter-style URI', 's3://b/out', '"s3://b/out/model.tar.gz"', true],
    ['a sibling whose name extends it', 's3://b/out/train', 's3://b/out/training/x.csv', false],
    ['a parent of it', 's3://b/out/train', 's3://b/out', false],
    ['another bucket', 's3://b/out', 's3://c/out/x', false],
    ['a whole-bucket output', 's3://b/', 's3://b/out/x', false],
    ['not an S3 URI', 's3://b/out', '/opt/ml/b/out/x', false]
  ])('%s', (_what, written, read, linked) => {
    const g = parse([
      { name: 'P', args: writes(written) },
      { name: 'C', args: reads(read) }
    ])
    expect(dataPairs(g)).toEqual(linked ? ['P→C'] : [])
  })

  it('lists each read once per writer, even under two of its outputs', () => {
    const outputs = (...uris: unknown[]): Record<string, unknown> => ({
      ProcessingOutputConfig: { Outputs: uris.map(S3Uri => ({ S3Output: { S3Uri } })) }
    })
    const g = parse([
      { name: 'P', args: outputs('s3://b/out', join('s3:/', 'b', 'out', EXECUTION_ID)) },
      { name: 'C', args: reads(join('s3:/', 'b', 'out', EXECUTION_ID, 'x')) }
    ])
    expect(g.dataEdges().map(d => [d.from, d.to, d.executionScoped])).toEqual([['P', 'C', true]])
  })

  it('knows the outputs of Training, Tuning and Transform steps', () => {
    const g = parse([
      { name: 'Train', type: 'Training', args: { OutputDataConfig: { S3OutputPath: 's3://b/train' } } },
      {
        name: 'Tune',
        type: 'Tuning',
        args: { TrainingJobDefinition: { OutputDataConfig: { S3OutputPath: 's3://b/tune' } } }
      },
      { name: 'Score', type: 'Transform', args: { TransformOutput: { S3OutputPath: 's3://b/score' } } },
      {
        name: 'Use',
        args: { Environment: { A: 's3://b/train/job/model.tar.gz', B: 's3://b/tune/x', C: 's3://b/score/y' } }
      }
    ])
    expect(dataPairs(g)).toEqual(['Train→Use', 'Tune→Use', 'Score→Use'])
  })

  it('does not count a place a step writes as something it reads', () => {
    const g = parse([
      { name: 'P', args: writes('s3://b/shared') },
      {
        name: 'C',
        type: 'Training',
        args: {
          OutputDataConfig: { S3OutputPath: 's3://b/shared/c' },
          DebugHookConfig: { S3OutputPath: 's3://b/shared/debug' },
          CheckpointConfig: { S3Uri: 's3://b/shared/checkpoints' },
          HyperParameters: { output_path: 's3://b/shared/eval' }
        }
      }
    ])
    expect(g.dataEdges()).toEqual([])
  })

  it('lists a pair the definition already orders without adding an edge', () => {
    const g = parse([
      { name: 'P', args: writes('s3://b/out') },
      { name: 'M', after: ['P'] },
      { name: 'C', after: ['M'], args: reads('s3://b/out/x') }
    ])
    expect(g.edges().map(e => [e.from, e.to, e.kinds])).toEqual([
      ['P', 'M', ['depends-on']],
      ['M', 'C', ['depends-on']]
    ])
    expect(g.dataEdges().map(d => [d.from, d.to, d.added])).toEqual([['P', 'C', false]])
  })

  it('adds nothing when the reader runs first, nor where two unordered steps read each other’s output', () => {
    const before = parse([
      { name: 'C', args: reads('s3://b/out/x') },
      { name: 'P', after: ['C'], args: writes('s3://b/out') }
    ])
    expect(before.dataEdges()).toEqual([])
    expect(before.edges()).toHaveLength(1)
    // A reads what B writes and B what A writes: the first reader in definition order gets the edge.
    const mutual = parse([
      { name: 'A', args: { ...writes('s3://b/a'), ...reads('s3://b/b/in') } },
      { name: 'B', args: { ...writes('s3://b/b'), ...reads('s3://b/a/in') } }
    ])
    expect(dataPairs(mutual)).toEqual(['B→A'])
    expect(mutual.dataEdges().map(d => `${d.from}→${d.to}`)).toEqual(['B→A'])
    expect(mutual.topologicalOrder()).toEqual(['B', 'A'])
  })

  it('renders Std:Join paths from literals, parameters and run constants, and marks execution-scoped ones', () => {
    const out = join('s3:/', { Get: 'Parameters.Bucket' }, 'p', EXECUTION_ID, 'Pre', 'output')
    const g = parse([
      { name: 'Pre', args: writes(out) },
      {
        name: 'Fit',
        args: reads(join('s3:/', { Get: 'Parameters.Bucket' }, 'p', EXECUTION_ID, 'Pre', 'output', 'train'))
      },
      // Another parameter, a Steps reference, a per-use clock: none of these is the same path.
      {
        name: 'Other',
        args: reads(join('s3:/', { Get: 'Parameters.Other' }, 'p', EXECUTION_ID, 'Pre', 'output'))
      },
      {
        name: 'Ref',
        args: reads(join({ Get: 'Steps.Pre.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri' }, 'x'))
      },
      { name: 'Stamp', args: writes(join('s3:/', 'b', { Get: 'Execution.CurrentDateTime' })) },
      { name: 'Clock', args: reads(join('s3:/', 'b', { Get: 'Execution.CurrentDateTime' }, 'x')) }
    ])
    expect(g.dataEdges()).toEqual([
      {
        from: 'Pre',
        to: 'Fit',
        path: 'Arguments.ProcessingInputs[0].S3Input.S3Uri',
        uri: 's3://{Parameters.Bucket}/p/{Execution.PipelineExecutionId}/Pre/output/train',
        executionScoped: true,
        added: true
      }
    ])
    expect(g.edges().map(e => `${e.from}→${e.to}:${e.kinds.join()}`)).toEqual([
      'Pre→Fit:data',
      'Pre→Ref:property'
    ])
  })

  it('reaches into Condition branches and a Condition’s own expressions, not its branch arrays', () => {
    const g = parse([
      { name: 'Eval', args: writes('s3://b/eval') },
      {
        name: 'Check',
        args: {
          Conditions: [
            {
              Type: 'Equals',
              LeftValue: { 'Std:JsonGet': { S3Uri: 's3://b/eval/m.json', Path: 'a' } },
              RightValue: 1
            }
          ]
        },
        if: [{ name: 'Register', args: { ModelMetrics: { S3Uri: 's3://b/eval/evaluation.json' } } }]
      }
    ])
    expect(g.dataEdges().map(d => [d.from, d.to, d.path, d.added])).toEqual([
      ['Eval', 'Check', 'Arguments.Conditions[0].LeftValue["Std:JsonGet"].S3Uri', true],
      // Check → Register is declared, but Eval → Check is not: the service may run Register before Eval.
      ['Eval', 'Register', 'Arguments.ModelMetrics.S3Uri', true]
    ])
  })

  it('can be left out: the emulator stands for the service, which knows only declared edges', () => {
    const doc = definitionOf([
      { name: 'P', args: writes(join('s3:/', 'b', EXECUTION_ID)) },
      { name: 'C', args: reads(join('s3:/', 'b', EXECUTION_ID, 'x')) }
    ])
    const g = parseDefinition(doc, 'test spec', { dataEdges: false })
    expect(g.edges()).toEqual([])
    expect(g.dataEdges()).toEqual([])
    expect(g.volatileExecutionIdSteps()).toEqual(['P', 'C'])
    expect(parseDefinition(doc).edges()).toHaveLength(1)
  })

  it('every corpus definition: only the documented data dependencies, all already ordered', () => {
    const expected: Record<string, string[]> = {
      'aws-examples-abalone-train-eval-register-transform-fail.json': [
        'AbaloneEval→AbaloneRegisterModel-RegisterModel'
      ],
      'aws-examples-selective-execution-abalone.json': [
        'Abalone-Evaluate→Abalone-ModelRegister-RegisterModel'
      ],
      'aws-examples-serial-inference-register.json': [
        'PreprocessData→PipelineModel-RegisterModel',
        'EvaluateModelPerformance→PipelineModel-RegisterModel'
      ],
      'rstudio-r-reticulate-abalone.json': ['EvaluateModel→RegisterModelStep'],
      'step-by-step-fraud-old-sdk-no-experiment-config.json': ['AbaloneEval→AbaloneRegisterModel']
    }
    for (const file of corpusFiles()) {
      const g = parseDefinition(corpusText(file), file)
      const plain = parseDefinition(corpusText(file), file, { dataEdges: false })
      expect({ file, data: g.dataEdges().map(d => `${d.from}→${d.to}`) }).toEqual({
        file,
        data: expected[file] ?? []
      })
      expect({ file, added: g.dataEdges().filter(d => d.added) }).toEqual({ file, added: [] })
      expect({ file, edges: g.edges() }).toEqual({ file, edges: plain.edges() })
    }
  })
})

describe('paths built from the execution id', () => {
  it('lists steps that join an S3 path with Execution.PipelineExecutionId, and where', () => {
    const g = parse([
      { name: 'Out', args: writes(join('s3:/', 'b', EXECUTION_ID, 'out')) },
      { name: 'Prefix', args: reads(join({ Get: 'Parameters.Root' }, EXECUTION_ID)) },
      // Not a path: a job name, an ARN, a bare argument, another variable.
      { name: 'Name', args: { TrainingJobName: { 'Std:Join': { On: '-', Values: ['job', EXECUTION_ID] } } } },
      { name: 'Arn', args: { Arn: join('arn:aws:sagemaker:us-west-2:123456789012:action', EXECUTION_ID) } },
      { name: 'Arg', args: { ContainerArguments: ['--pipeline_execution_id', EXECUTION_ID] } },
      { name: 'Time', args: writes(join('s3:/', 'b', { Get: 'Execution.StartDateTime' })) }
    ])
    expect(g.volatileExecutionIdSteps()).toEqual(['Out', 'Prefix'])
    expect(g.executionIdPaths('Out')).toEqual(['Arguments.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri'])
    expect(g.executionIdPaths('Name')).toEqual([])
  })

  it('in the corpus', () => {
    const expected: Record<string, string[]> = {
      'aws-examples-quality-and-clarify-check-steps.json': [
        'DataQualityCheckStep',
        'DataBiasCheckStep',
        'ModelQualityCheckStep',
        'ModelBiasCheckStep',
        'ModelExplainabilityCheckStep'
      ],
      'aws-examples-selective-execution-abalone.json': ['Abalone-Preprocess'],
      'aws-examples-tuning-step-hpo.json': ['PreprocessAbaloneDataForHPO'],
      'dynamic-framework-two-models-dependson.json': [
        'falcon-text-summarization-preprocess',
        'calhousing-Preprocessing',
        'calhousing-Transform'
      ],
      'idea-to-production-step-decorator-describe.json': [
        'from-idea-to-prod-preprocess',
        'from-idea-to-prod-evaluate',
        'from-idea-to-prod-register'
      ]
    }
    for (const file of corpusFiles()) {
      const g = parseDefinition(corpusText(file), file)
      expect({ file, steps: g.volatileExecutionIdSteps() }).toEqual({ file, steps: expected[file] ?? [] })
    }
    const abalone = parseDefinition(corpusText('aws-examples-selective-execution-abalone.json'))
    expect(abalone.executionIdPaths('Abalone-Preprocess')).toEqual(
      [0, 1, 2].map(i => `Arguments.ProcessingOutputConfig.Outputs[${i}].S3Output.S3Uri`)
    )
  })
})
