import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { DefinitionError, ownFields, parseDefinition } from '../../../src/core/definition.js'
import type { StepGraph } from '../../../src/core/graph.js'
import { CORPUS_DIR } from '../../../__fixtures__/definitions.js'

const corpus = CORPUS_DIR
const files = fs.readdirSync(corpus).filter(f => f.endsWith('.json'))
const text = (file: string): string => fs.readFileSync(path.join(corpus, file), 'utf8')
const load = (file: string): StepGraph => parseDefinition(text(file), file)

/** `from→to` of every edge, for compact assertions. */
const edgeList = (g: StepGraph): string[] => g.edges().map(e => `${e.from}→${e.to}`)
const kindsOf = (g: StepGraph, from: string, to: string): string[] | undefined =>
  g.edges().find(e => e.from === from && e.to === to)?.kinds

/**
 * Step and edge counts per corpus file. Steps were counted from SOURCES.md; edges by hand and with an
 * independent script over the JSON (DependsOn, `{"Get": "Steps.X…"}` outside branch arrays, Condition →
 * nested step), de-duplicated per (from, to).
 */
const COUNTS: Record<string, { steps: number; edges: number }> = {
  'airflow-system-test-nested-conditions-depth31.json': { steps: 31, edges: 30 },
  'aws-examples-abalone-train-eval-register-transform-fail.json': { steps: 8, edges: 11 },
  'aws-examples-fraud-detection-describe-pipeline.json': { steps: 8, edges: 8 },
  'aws-examples-lambda-step-deploy.json': { steps: 6, edges: 8 },
  'aws-examples-local-mode-plus-managed.json': { steps: 8, edges: 12 },
  'aws-examples-product-ratings-linear.json': { steps: 5, edges: 4 },
  'aws-examples-quality-and-clarify-check-steps.json': { steps: 12, edges: 23 },
  'aws-examples-retail-data-wrangler-property-file.json': { steps: 3, edges: 2 },
  'aws-examples-scheduled-batch-transform-single-step.json': { steps: 1, edges: 0 },
  'aws-examples-sdxl-finetune-cfn-tojsonstring.json': { steps: 3, edges: 2 },
  'aws-examples-selective-execution-abalone.json': { steps: 7, edges: 9 },
  'aws-examples-serial-inference-register.json': { steps: 5, edges: 6 },
  'aws-examples-tuning-step-hpo.json': { steps: 7, edges: 8 },
  'cfn-userguide-minimal-training.json': { steps: 1, edges: 0 },
  'dynamic-framework-two-models-dependson.json': { steps: 9, edges: 10 },
  'idea-to-production-step-decorator-describe.json': { steps: 6, edges: 9 },
  'rstudio-r-reticulate-abalone.json': { steps: 5, edges: 6 },
  'sdk-v2-unit-callback-steps.json': { steps: 3, edges: 3 },
  'sdk-v2-unit-emr-steps.json': { steps: 3, edges: 2 },
  'sdk-v3-llm-as-judge-eval-template-lineage.json': { steps: 6, edges: 9 },
  'step-by-step-fraud-old-sdk-no-experiment-config.json': { steps: 7, edges: 10 }
}

describe('the definition corpus', () => {
  test('holds the 21 documents SOURCES.md lists', () => {
    expect(files.sort()).toEqual(Object.keys(COUNTS).sort())
  })

  test.each(files)('%s parses with the pinned step and edge counts, in a topological order', file => {
    const g = load(file)
    expect({ steps: g.size, edges: g.edges().length }).toEqual(COUNTS[file])
    const order = g.topologicalOrder()
    expect([...order].sort()).toEqual([...g.steps.keys()].sort())
    const position = new Map(order.map((n, i) => [n, i]))
    for (const e of g.edges()) expect(position.get(e.from)!).toBeLessThan(position.get(e.to)!)
    for (const [name, step] of g.steps) {
      if (step.condition) expect(kindsOf(g, step.condition, name)).toContain('condition')
    }
  })
})

describe('edges that matter (SOURCES.md)', () => {
  test('ClarifyCheck steps depend on CreateModel through the step-level ModelName, outside Arguments', () => {
    const file = 'aws-examples-quality-and-clarify-check-steps.json'
    const g = load(file)
    for (const check of ['ModelBiasCheckStep', 'ModelExplainabilityCheckStep']) {
      const raw = g.step(check).raw
      expect(raw.ModelName).toEqual({ Get: 'Steps.AbaloneCreateModel-CreateModel.ModelName' })
      expect(JSON.stringify(raw.Arguments)).not.toContain('AbaloneCreateModel-CreateModel')
      expect(kindsOf(g, 'AbaloneCreateModel-CreateModel', check)).toEqual(['property'])
    }
    // The data-bias check has no model, hence no such edge.
    expect(g.parents('DataBiasCheckStep')).toEqual(new Set(['PreprocessAbaloneData']))
    expect(kindsOf(g, 'DataQualityCheckStep', 'TrainAbaloneModel')).toEqual(['depends-on'])
    expect(kindsOf(g, 'DataBiasCheckStep', 'TrainAbaloneModel')).toEqual(['depends-on'])
    expect(g.parents('RegisterAbaloneModel-RegisterModel')).toEqual(
      new Set([
        'DataQualityCheckStep',
        'DataBiasCheckStep',
        'TrainAbaloneModel',
        'ModelQualityCheckStep',
        'ModelBiasCheckStep',
        'ModelExplainabilityCheckStep',
        'CheckMSEAbaloneEvaluation'
      ])
    )
    expect(g.step('RegisterAbaloneModel-RegisterModel').condition).toBe('CheckMSEAbaloneEvaluation')
  })

  test('31 nested Conditions: each DummyCondN encloses the next, 30 levels above the innermost', () => {
    const g = load('airflow-system-test-nested-conditions-depth31.json')
    const chain = [...Array.from({ length: 30 }, (_, i) => `DummyCond${29 - i}`), 'DummyCond']
    expect(g.topologicalOrder()).toEqual(chain)
    expect(edgeList(g)).toEqual(chain.slice(1).map((to, i) => `${chain[i]}→${to}`))
    for (const e of g.edges()) expect(e.kinds).toEqual(['condition'])
    for (const [i, name] of chain.entries()) {
      expect(g.step(name).type).toBe('Condition')
      expect(g.step(name).condition).toBe(i === 0 ? undefined : chain[i - 1])
      if (i > 0) expect(g.step(name).branch).toBe('If')
    }
    expect(g.enclosingConditions('DummyCond')).toEqual(chain.slice(0, 30).reverse())
    expect(g.enclosingConditions('DummyCond15')).toHaveLength(14)
    expect(g.enclosingConditions('DummyCond29')).toEqual([])
    expect(g.closure(['DummyCond29'])).toEqual(chain)
  })

  test('@step pseudo-references: only Get expressions are edges, look-alike plain strings are not', () => {
    const file = 'idea-to-production-step-decorator-describe.json'
    const doc = JSON.parse(text(file))
    const register = doc.Steps[0].Arguments.IfSteps[0]
    const args: unknown[] = register.Arguments.AlgorithmSpecification.ContainerArguments
    expect(args).toContain('Steps.from-idea-to-prod-train.TrainingJobName')
    expect(kindsOf(load(file), 'from-idea-to-prod-train', 'from-idea-to-prod-register')).toEqual(['property'])
    // Register's only link to train is a Get; replace every Get with its plain-string twin and it goes.
    register.Arguments.AlgorithmSpecification.ContainerArguments = args.map(a =>
      typeof a === 'object' ? JSON.stringify(a) : a
    )
    const g = parseDefinition(doc, file)
    expect(g.parents('from-idea-to-prod-register')).toEqual(
      new Set([
        'from-idea-to-prod-check-metrics',
        'from-idea-to-prod-evaluate',
        'from-idea-to-prod-preprocess'
      ])
    )
    expect(kindsOf(g, 'from-idea-to-prod-preprocess', 'from-idea-to-prod-register')).toEqual(['depends-on'])
  })

  test('steps listed before their upstream still come out in a topological order', () => {
    const idea = load('idea-to-production-step-decorator-describe.json')
    expect(JSON.parse(text('idea-to-production-step-decorator-describe.json')).Steps[0].Name).toBe(
      'from-idea-to-prod-check-metrics'
    )
    expect(idea.topologicalOrder()).toEqual([
      'from-idea-to-prod-preprocess',
      'from-idea-to-prod-train',
      'from-idea-to-prod-evaluate',
      'from-idea-to-prod-check-metrics',
      'from-idea-to-prod-register',
      'from-idea-to-prod-fail'
    ])
    const callback = load('sdk-v2-unit-callback-steps.json')
    expect(callback.topologicalOrder()).toEqual(['TestStep', 'MyCallbackStep1', 'MyCallbackStep2'])
    expect(kindsOf(callback, 'TestStep', 'MyCallbackStep1')).toEqual(['depends-on'])
    // The SDK's own PipelineGraph misses this one; Callback2 reads Callback1's output, so it is a real edge.
    expect(kindsOf(callback, 'MyCallbackStep1', 'MyCallbackStep2')).toEqual(['property'])
  })

  test('Std:JsonGet on an S3Uri built with Std:Join over a step Get is an edge', () => {
    const doc = JSON.parse(text('idea-to-production-step-decorator-describe.json'))
    delete doc.Steps[0].DependsOn // leave the JsonGet as the only link
    const g = parseDefinition(doc)
    expect(kindsOf(g, 'from-idea-to-prod-evaluate', 'from-idea-to-prod-check-metrics')).toEqual(['property'])
  })

  test('Lambda: top-level FunctionArn/OutputParameters; Arguments Get a sibling in the same branch', () => {
    const g = load('aws-examples-lambda-step-deploy.json')
    const lambda = g.step('LambdaStep')
    expect(lambda.type).toBe('Lambda')
    expect(typeof lambda.raw.FunctionArn).toBe('string')
    expect(lambda.condition).toBe('CheckMSEAbaloneEvaluation')
    expect(g.step('CreateModel-CreateModel').condition).toBe('CheckMSEAbaloneEvaluation')
    expect(kindsOf(g, 'CreateModel-CreateModel', 'LambdaStep')).toEqual(['property'])
    expect(g.parents('LambdaStep')).toEqual(new Set(['CheckMSEAbaloneEvaluation', 'CreateModel-CreateModel']))
    // The Condition reads the evaluation report through a PropertyFile.
    expect(kindsOf(g, 'EvaluateAbaloneModel', 'CheckMSEAbaloneEvaluation')).toEqual(['property'])
  })

  test('Condition with If (register, model, transform) and Else (Fail) branches', () => {
    const g = load('aws-examples-abalone-train-eval-register-transform-fail.json')
    expect(g.step('AbaloneMSEFail').branch).toBe('Else')
    expect(g.step('AbaloneTransform').branch).toBe('If')
    expect(g.children('AbaloneMSECond')).toEqual(
      new Set([
        'AbaloneRegisterModel-RegisterModel',
        'AbaloneCreateModel-CreateModel',
        'AbaloneTransform',
        'AbaloneMSEFail'
      ])
    )
    expect(kindsOf(g, 'AbaloneEval', 'AbaloneMSECond')).toEqual(['property'])
    expect(g.descendants(['AbaloneTrain'])).toEqual([
      'AbaloneEval',
      'AbaloneMSECond',
      'AbaloneRegisterModel-RegisterModel',
      'AbaloneCreateModel-CreateModel',
      'AbaloneTransform',
      'AbaloneMSEFail'
    ])
  })

  test('a three-step chain inside one branch (local mode RepackModel)', () => {
    const g = load('aws-examples-local-mode-plus-managed.json')
    expect(g.step('AbaloneCreateModel-RepackModel-0').type).toBe('Training')
    expect(edgeList(g)).toEqual(
      expect.arrayContaining([
        'AbaloneCreateModel-RepackModel-0→AbaloneCreateModel-CreateModel',
        'AbaloneCreateModel-CreateModel→AbaloneTransform',
        'AbaloneProcess→AbaloneTransform'
      ])
    )
  })

  test('Tuning fans out to four steps through indexed property references', () => {
    const g = load('aws-examples-tuning-step-hpo.json')
    expect(g.children('HPTuning')).toEqual(
      new Set([
        'CreateTopModel',
        'MyModelCreationStep-CreateModel',
        'EvaluateTopModel',
        'RegisterBestAbaloneModel-RegisterModel'
      ])
    )
  })

  test('dynamic framework: two independent sub-DAGs, one DependsOn-only edge, six doubly declared', () => {
    const g = load('dynamic-framework-two-models-dependson.json')
    const falcon = [
      'falcon-text-summarization-preprocess',
      'falcon-text-summarization-tuning',
      'falcon-text-summarization-register-RegisterModel'
    ]
    expect(g.closure([falcon[0]!])).toEqual(falcon)
    const calhousing = g.closure(['calhousing-Preprocessing'])
    expect(calhousing).toHaveLength(6)
    expect(calhousing.some(n => n.startsWith('falcon'))).toBe(false)
    expect(kindsOf(g, 'calhousing-Metrics', 'calhousing-Register-RegisterModel')).toEqual(['depends-on'])
    expect(g.edges().filter(e => e.kinds.length === 2)).toHaveLength(6)
    expect(g.parameters.size).toBe(0)
  })

  test('DependsOn fan-in (fraud detection, LLM-as-judge lineage)', () => {
    const fraud = load('aws-examples-fraud-detection-describe-pipeline.json')
    expect(fraud.parents('CreateDataset')).toEqual(
      new Set(['ClaimsDataWranglerProcessingStep', 'CustomersDataWranglerProcessingStep'])
    )
    const lineage = load('sdk-v3-llm-as-judge-eval-template-lineage.json')
    expect(lineage.parents('AssociateLineage').size).toBe(5)
    expect(lineage.topologicalOrder().at(-1)).toBe('AssociateLineage')
  })

  test('parameter readers, including declared parameters nothing reads', () => {
    const g = load('aws-examples-selective-execution-abalone.json')
    expect(g.parameters.size).toBe(14)
    expect(g.readersOf('MseThreshold')).toEqual(['Abalone-MSECheck', 'Abalone-FailNotify'])
    expect(g.readersOf('ProcessingInstanceType')).toEqual(['Abalone-Preprocess', 'Abalone-Evaluate'])
    expect(g.readersOf('XGBGamma')).toEqual(['Abalone-Train'])
    // The notebook wires min_child_weight to XGBGamma and hard-codes the instance type.
    expect(g.readersOf('XGBMinChildWeight')).toEqual([])
    expect(g.readersOf('TrainingInstanceType')).toEqual([])
    // A reader inside a branch is the nested step, not its Condition.
    expect(g.readersOf('ApprovalStatus')).toEqual(['Abalone-ModelRegister-RegisterModel'])
    expect(g.step('Abalone-MSECheck').parameters).toEqual(['MseThreshold'])
  })

  test('parameters: a missing Type is String; DefaultValue may be absent', () => {
    const cfn = load('cfn-userguide-minimal-training.json')
    expect(cfn.parameters.get('InputDataSource')).toEqual({
      name: 'InputDataSource',
      type: 'String',
      defaultValue: ''
    })
    expect(cfn.parameters.get('InstanceCount')).toEqual({
      name: 'InstanceCount',
      type: 'Integer',
      defaultValue: 1
    })
    const scheduled = load('aws-examples-scheduled-batch-transform-single-step.json')
    expect(scheduled.parameters.get('ModelName')?.defaultValue).toBeUndefined()
    expect(scheduled.readersOf('BatchInstanceCount')).toEqual(['scheduled-pipeline-sklearn-transformer'])
  })

  test('ownFields leaves out a Condition’s branch arrays but keeps its conditions', () => {
    const g = load('aws-examples-selective-execution-abalone.json')
    const own = ownFields(g.step('Abalone-MSECheck')) as { Arguments: Record<string, unknown> }
    expect(Object.keys(own.Arguments)).toEqual(['Conditions'])
    expect(g.step('Abalone-MSECheck').raw.Arguments).toHaveProperty('IfSteps')
  })
})

describe('errors', () => {
  const step = (name: string, extra: Record<string, unknown> = {}) => ({
    Name: name,
    Type: 'Training',
    Arguments: {},
    ...extra
  })
  const definition = (steps: unknown[]) => ({ Version: '2020-12-01', Steps: steps })
  const message = (input: unknown): string => {
    try {
      parseDefinition(input, 'def.json')
    } catch (error) {
      expect(error).toBeInstanceOf(DefinitionError)
      return (error as Error).message
    }
    throw new Error('expected a DefinitionError')
  }

  test('duplicate names, at the top level and across a Condition branch', () => {
    expect(message(definition([step('A'), step('A')]))).toMatch(/^def\.json: the step name "A" is used twice/)
    const cond = {
      Name: 'C',
      Type: 'Condition',
      Arguments: { Conditions: [], IfSteps: [step('A')], ElseSteps: [] }
    }
    expect(message(definition([step('A'), cond]))).toContain('"A" is used twice')
  })

  test('references to unknown steps, by DependsOn and by Get', () => {
    expect(message(definition([step('A', { DependsOn: ['Missing'] })]))).toContain(
      'step "A" depends on "Missing", which is not a step of this pipeline'
    )
    const get = step('A', { Arguments: { X: { Get: 'Steps.Missing.ModelArtifacts.S3ModelArtifacts' } } })
    expect(message(definition([get]))).toContain(
      'step "A" reads "Steps.Missing…", but there is no step named "Missing"'
    )
  })

  test('a cycle is named step by step', () => {
    const text = message(
      definition([
        step('A', { DependsOn: ['C'] }),
        step('B', { Arguments: { In: { Get: 'Steps.A.ModelArtifacts' } } }),
        step('C', { DependsOn: ['B'] }),
        step('D', { DependsOn: ['A'] })
      ])
    )
    const cycle = /form a cycle: (.*)$/.exec(text)?.[1]?.split(' → ')
    expect(cycle).toBeDefined()
    expect(cycle![0]).toBe(cycle!.at(-1))
    expect(new Set(cycle)).toEqual(new Set(['A', 'B', 'C']))
    const edges = new Set(['C→A', 'A→B', 'B→C'])
    for (let i = 0; i + 1 < cycle!.length; i++) expect(edges.has(`${cycle![i]}→${cycle![i + 1]}`)).toBe(true)
    expect(message(definition([step('A', { DependsOn: ['A'] })]))).toContain('cycle: A → A')
  })

  test('unknown or missing Version', () => {
    expect(message({ Version: '2021-01-01', Steps: [] })).toContain('unknown definition Version "2021-01-01"')
    expect(message({ Steps: [] })).toContain('the service accepts only "2020-12-01"')
  })

  test('Steps must be an array, the definition an object', () => {
    expect(message({ Version: '2020-12-01', Steps: {} })).toContain('"Steps" must be an array')
    expect(message({ Version: '2020-12-01' })).toContain('"Steps" must be an array')
    expect(message([])).toContain('must be a JSON object')
  })

  test('invalid JSON is located by line and column', () => {
    expect(message('{\n  "Version": "2020-12-01",\n  "Steps": [,]\n}')).toMatch(
      /invalid JSON at line 3, column 13/
    )
    expect(message('{\n  "Version": "2020-12-01"\n  "Steps": []\n}')).toMatch(
      /invalid JSON at line 3, column 3/
    )
  })

  test('invalid step names and types', () => {
    expect(message(definition([step('has space')]))).toContain('Steps[0] has the step name "has space"')
    expect(message(definition([{ Name: 'A' }]))).toContain('step "A" has no Type')
  })
})
