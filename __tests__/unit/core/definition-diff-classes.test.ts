/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit parsed JSON documents freely */
import { describe, expect, it } from '@jest/globals'
import { parseDefinition } from '../../../src/core/definition.js'
import { diffDefinitions, type ClassifiedStepDiff } from '../../../src/core/definition-diff.js'
import { ABALONE, corpusText } from '../../../__fixtures__/definitions.js'
import { definitionOf } from '../../../__fixtures__/graphs.js'

/**
 * Output-affecting, neutral and volatile differences (SPEC "What selects a step", rule 2), on copies of
 * corpus definitions edited the way a re-upsert or a pull request would edit them.
 */

const STEP_DECORATOR = 'idea-to-production-step-decorator-describe.json'
const LOCAL_MODE = 'aws-examples-local-mode-plus-managed.json'
const BUILD = '2024-07-22-19-06-29-226'
const REBUILD = '2024-08-01-09-15-00-042'

type Doc = { Steps: Array<Record<string, any>> }

const load = (file: string): Doc => JSON.parse(corpusText(file)) as Doc

function allSteps(doc: Doc): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = []
  const walk = (list: Array<Record<string, any>>): void => {
    for (const s of list) {
      out.push(s)
      if (s.Type === 'Condition') walk([...(s.Arguments.IfSteps ?? []), ...(s.Arguments.ElseSteps ?? [])])
    }
  }
  walk(doc.Steps)
  return out
}
const stepOf = (doc: Doc, name: string): Record<string, any> => allSteps(doc).find(s => s.Name === name)!

/** Diffs a corpus file (the reference) against a copy; `edit` may change both. */
function diffOf(file: string, edit: (after: Doc, before: Doc) => void): ClassifiedStepDiff[] {
  const before = load(file)
  const after = load(file)
  edit(after, before)
  const diff = diffDefinitions(parseDefinition(before), parseDefinition(after), before, after)
  expect(diff.pipeline).toEqual([])
  return diff.steps
}
const only = (steps: ClassifiedStepDiff[], name: string): ClassifiedStepDiff => {
  expect(steps.map(s => s.step)).toEqual([name])
  return steps[0]!
}

/** The `@step` document as a re-upsert writes it: a new build time and a new HMAC key in every function step. */
function reupserted(): Doc {
  const doc = JSON.parse(corpusText(STEP_DECORATOR).split(BUILD).join(REBUILD)) as Doc
  allSteps(doc).forEach((s, i) => {
    if (s.Arguments.Environment?.REMOTE_FUNCTION_SECRET_KEY) {
      s.Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY = String(i).repeat(64)
    }
  })
  return doc
}

describe('volatile @step build folders', () => {
  const FUNCTION_STEPS = [
    'from-idea-to-prod-preprocess',
    'from-idea-to-prod-evaluate',
    'from-idea-to-prod-register'
  ]

  it('a re-upsert with a new build time changes nothing that selects a step', () => {
    const steps = diffOf(STEP_DECORATOR, after => Object.assign(after, reupserted()))
    expect(steps.map(s => s.step).sort()).toEqual([...FUNCTION_STEPS].sort())
    for (const s of steps) {
      expect({ step: s.step, change: s.change, paths: s.paths, neutral: s.neutral }).toEqual({
        step: s.step,
        change: 'neutral',
        paths: [],
        neutral: undefined
      })
    }
    expect(steps.find(s => s.step === 'from-idea-to-prod-preprocess')!.volatile).toEqual([
      'Arguments.AlgorithmSpecification.ContainerArguments[15]',
      'Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY',
      'Arguments.InputDataConfig[1].DataSource.S3DataSource.S3Uri',
      'Arguments.InputDataConfig[2].ChannelName',
      'Arguments.InputDataConfig[2].DataSource.S3DataSource.S3Uri'
    ])
  })

  it('keeps every other difference of a function step output-affecting', () => {
    const steps = diffOf(STEP_DECORATOR, (after, before) => {
      Object.assign(after, reupserted())
      const register = stepOf(after, 'from-idea-to-prod-register')
      // Another basename, another step folder, another SDK version, another (data) timestamp.
      const inputs = register.Arguments.InputDataConfig
      inputs[2].DataSource.S3DataSource.S3Uri = inputs[2].DataSource.S3DataSource.S3Uri.replace(
        'workspace.zip',
        'workspace2.zip'
      )
      inputs[1].DataSource.S3DataSource.S3Uri = inputs[1].DataSource.S3DataSource.S3Uri.replace(
        'from-idea-to-prod-register/',
        'from-idea-to-prod-other/'
      )
      register.Arguments.AlgorithmSpecification.ContainerArguments[7] = '2.227.0'
      register.Arguments.ResourceConfig.InstanceType = 'ml.m5.2xlarge'
      // The HMAC key's name elsewhere than in Environment is just a hyperparameter.
      stepOf(before, 'from-idea-to-prod-register').Arguments.HyperParameters = {
        REMOTE_FUNCTION_SECRET_KEY: 'a'
      }
      register.Arguments.HyperParameters = { REMOTE_FUNCTION_SECRET_KEY: 'b' }
    })
    const register = steps.find(s => s.step === 'from-idea-to-prod-register')!
    expect(register.change).toBe('changed')
    expect(register.paths).toEqual([
      'Arguments.AlgorithmSpecification.ContainerArguments[7]',
      'Arguments.HyperParameters.REMOTE_FUNCTION_SECRET_KEY',
      'Arguments.InputDataConfig[1].DataSource.S3DataSource.S3Uri',
      'Arguments.InputDataConfig[2].DataSource.S3DataSource.S3Uri',
      'Arguments.ResourceConfig.InstanceType'
    ])
    expect(register.volatile).toEqual([
      'Arguments.AlgorithmSpecification.ContainerArguments[15]',
      'Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY',
      'Arguments.InputDataConfig[2].ChannelName'
    ])
  })

  it('masks only the build time of each side, not any timestamp', () => {
    const steps = diffOf(STEP_DECORATOR, (after, before) => {
      // A timestamp-shaped value that is not the build time: data, not a code location.
      stepOf(before, 'from-idea-to-prod-evaluate').Arguments.Environment.DATA_DATE = '2024-01-01-00-00-00-000'
      stepOf(after, 'from-idea-to-prod-evaluate').Arguments.Environment.DATA_DATE = '2024-02-01-00-00-00-000'
      // The build time written where only the other side's build time may stand.
      stepOf(after, 'from-idea-to-prod-preprocess').Arguments.InputDataConfig[2].ChannelName = REBUILD
    })
    expect(steps).toEqual([
      {
        step: 'from-idea-to-prod-preprocess',
        change: 'changed',
        paths: ['Arguments.InputDataConfig[2].ChannelName']
      },
      { step: 'from-idea-to-prod-evaluate', change: 'changed', paths: ['Arguments.Environment.DATA_DATE'] }
    ])
  })

  it('a new HMAC key is output-affecting outside a function step', () => {
    const steps = diffOf(ABALONE, (after, before) => {
      stepOf(before, 'Abalone-Train').Arguments.Environment = { REMOTE_FUNCTION_SECRET_KEY: 'a'.repeat(64) }
      stepOf(after, 'Abalone-Train').Arguments.Environment = { REMOTE_FUNCTION_SECRET_KEY: 'b'.repeat(64) }
    })
    expect(only(steps, 'Abalone-Train').paths).toEqual(['Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY'])
  })
})

describe('volatile SDK code uploads', () => {
  const PRE = 'Abalone-Preprocess'
  const CODE =
    's3://sagemaker-us-east-1-681580474417/AbalonePipeline-SelectExec/code/5d9f8cf978eb635fdf8359a0de190535/preprocessing.py'
  const codeInput = (doc: Doc): Record<string, any> => stepOf(doc, PRE).Arguments.ProcessingInputs[1].S3Input
  const withCode = (uri: string): ClassifiedStepDiff[] =>
    diffOf(ABALONE, after => {
      expect(codeInput(after).S3Uri).toBe(CODE)
      codeInput(after).S3Uri = uri
    })

  it('a new content hash with the same file name is volatile (md5 or sha256 digest)', () => {
    for (const hash of ['0123456789abcdef0123456789abcdef', 'ab'.repeat(32)]) {
      expect(withCode(CODE.replace('5d9f8cf978eb635fdf8359a0de190535', hash))).toEqual([
        { step: PRE, change: 'neutral', paths: [], volatile: ['Arguments.ProcessingInputs[1].S3Input.S3Uri'] }
      ])
    }
  })

  it.each([
    ['another file name', CODE.replace('preprocessing.py', 'preprocess.py')],
    ['another bucket', CODE.replace('sagemaker-us-east-1-681580474417', 'other-bucket')],
    ['another pipeline folder', CODE.replace('AbalonePipeline-SelectExec', 'AbalonePipeline-Other')],
    ['a folder that is no digest', CODE.replace('5d9f8cf978eb635fdf8359a0de190535', 'latest')],
    [
      'a digest of another length',
      CODE.replace('5d9f8cf978eb635fdf8359a0de190535', '5d9f8cf978eb635fdf8359a0de19053')
    ],
    ['one more folder', CODE.replace('/preprocessing.py', '/v2/preprocessing.py')]
  ])('%s is output-affecting', (_what, uri) => {
    expect(withCode(uri)).toEqual([
      { step: PRE, change: 'changed', paths: ['Arguments.ProcessingInputs[1].S3Input.S3Uri'] }
    ])
  })

  it('a bucket that differs only in a digest is another bucket', () => {
    const steps = diffOf(ABALONE, (after, before) => {
      codeInput(before).S3Uri = CODE.replace('sagemaker-us-east-1-681580474417', `code-${'1'.repeat(32)}`)
      codeInput(after).S3Uri = CODE.replace('sagemaker-us-east-1-681580474417', `code-${'2'.repeat(32)}`)
    })
    expect(only(steps, PRE).paths).toEqual(['Arguments.ProcessingInputs[1].S3Input.S3Uri'])
  })

  it('a digest in a data path (no code folder) is output-affecting', () => {
    const steps = diffOf(ABALONE, (after, before) => {
      stepOf(before, PRE).Arguments.ProcessingInputs[0].S3Input.S3Uri =
        `s3://bucket/data/${'1'.repeat(32)}/abalone.csv`
      stepOf(after, PRE).Arguments.ProcessingInputs[0].S3Input.S3Uri =
        `s3://bucket/data/${'2'.repeat(32)}/abalone.csv`
    })
    expect(only(steps, PRE).paths).toEqual(['Arguments.ProcessingInputs[0].S3Input.S3Uri'])
  })

  it('older SDKs: a new timestamp in the job-name folder of a code upload is volatile, in a data path it is not', () => {
    const steps = diffOf(LOCAL_MODE, after => {
      const process = stepOf(after, 'AbaloneProcess').Arguments
      const old = '2022-08-25-21-17-47-319'
      process.ProcessingInputs[1].S3Input.S3Uri = process.ProcessingInputs[1].S3Input.S3Uri.replace(
        old,
        REBUILD
      )
      process.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri =
        process.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri.replace(old, REBUILD)
      const train = stepOf(after, 'AbaloneTrain').Arguments
      train.HyperParameters.sagemaker_submit_directory =
        train.HyperParameters.sagemaker_submit_directory.replace('2022-08-25-21-17-48-135', REBUILD)
    })
    expect(steps).toEqual([
      {
        step: 'AbaloneProcess',
        change: 'changed',
        paths: ['Arguments.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri'],
        volatile: ['Arguments.ProcessingInputs[1].S3Input.S3Uri']
      },
      {
        step: 'AbaloneTrain',
        change: 'neutral',
        paths: [],
        volatile: ['Arguments.HyperParameters.sagemaker_submit_directory']
      }
    ])
  })

  it('older SDKs: a renamed job-name folder is output-affecting even with a new timestamp', () => {
    const steps = diffOf(LOCAL_MODE, after => {
      const input = stepOf(after, 'AbaloneProcess').Arguments.ProcessingInputs[1].S3Input
      input.S3Uri = input.S3Uri.replace(
        'sklearn-abalone-process-2022-08-25-21-17-47-319',
        `sklearn-abalone-prep-${REBUILD}`
      )
    })
    expect(only(steps, 'AbaloneProcess').paths).toEqual(['Arguments.ProcessingInputs[1].S3Input.S3Uri'])
  })
})

describe('neutral step keys', () => {
  it('RetryPolicies added: neutral, no cache flag', () => {
    const steps = diffOf(ABALONE, after => {
      stepOf(after, 'Abalone-Train').RetryPolicies = [
        { ExceptionType: ['SageMaker.CAPACITY_ERROR'], IntervalSeconds: 60, BackoffRate: 2, MaxAttempts: 3 }
      ]
    })
    expect(steps).toEqual([
      { step: 'Abalone-Train', change: 'neutral', paths: [], neutral: ['RetryPolicies'] }
    ])
  })

  it('CacheConfig changed or removed: neutral, flagged for the planner', () => {
    const expire = diffOf(ABALONE, after => (stepOf(after, 'Abalone-Train').CacheConfig.ExpireAfter = 'P30D'))
    expect(expire).toEqual([
      {
        step: 'Abalone-Train',
        change: 'neutral',
        paths: [],
        neutral: ['CacheConfig.ExpireAfter'],
        cacheConfigChanged: true
      }
    ])
    const removed = diffOf(ABALONE, after => delete stepOf(after, 'Abalone-Evaluate').CacheConfig)
    expect(removed).toEqual([
      {
        step: 'Abalone-Evaluate',
        change: 'neutral',
        paths: [],
        neutral: ['CacheConfig'],
        cacheConfigChanged: true
      }
    ])
  })

  it('an output-affecting difference beside neutral ones makes the step changed and keeps both lists', () => {
    const steps = diffOf(ABALONE, after => {
      const train = stepOf(after, 'Abalone-Train')
      train.Arguments.ResourceConfig.InstanceType = 'ml.m5.4xlarge'
      train.CacheConfig.Enabled = false
      train.DisplayName = 'Train'
    })
    expect(steps).toEqual([
      {
        step: 'Abalone-Train',
        change: 'changed',
        paths: ['Arguments.ResourceConfig.InstanceType'],
        neutral: ['CacheConfig.Enabled', 'DisplayName'],
        cacheConfigChanged: true
      }
    ])
  })

  it('the same keys inside Arguments are output-affecting', () => {
    const steps = diffOf(ABALONE, after => {
      stepOf(after, 'Abalone-Train').Arguments.HyperParameters.Description = 'a hyperparameter named so'
    })
    expect(only(steps, 'Abalone-Train').paths).toEqual(['Arguments.HyperParameters.Description'])
  })
})

describe('DependsOn', () => {
  it('an entry the step already reads through Steps.X is neutral, added or removed', () => {
    const added = diffOf(ABALONE, after => (stepOf(after, 'Abalone-Evaluate').DependsOn = ['Abalone-Train']))
    expect(added).toEqual([
      { step: 'Abalone-Evaluate', change: 'neutral', paths: [], neutral: ['DependsOn[+Abalone-Train]'] }
    ])
    // The SDK adds DependsOn for data references to @step steps (reference §3.6); dropping them moves nothing.
    const removed = diffOf(STEP_DECORATOR, after => {
      delete stepOf(after, 'from-idea-to-prod-register').DependsOn
      delete stepOf(after, 'from-idea-to-prod-check-metrics').DependsOn
    })
    expect(removed).toEqual([
      {
        step: 'from-idea-to-prod-check-metrics',
        change: 'neutral',
        paths: [],
        neutral: ['DependsOn[-from-idea-to-prod-evaluate]']
      },
      {
        step: 'from-idea-to-prod-register',
        change: 'neutral',
        paths: [],
        neutral: ['DependsOn[-from-idea-to-prod-evaluate]', 'DependsOn[-from-idea-to-prod-preprocess]']
      }
    ])
  })

  it('an entry on a step that is not otherwise a parent is output-affecting (ordering, side effects)', () => {
    const added = diffOf(
      ABALONE,
      after => (stepOf(after, 'Abalone-CreateModel-CreateModel').DependsOn = ['Abalone-Evaluate'])
    )
    expect(added).toEqual([
      { step: 'Abalone-CreateModel-CreateModel', change: 'changed', paths: ['DependsOn[+Abalone-Evaluate]'] }
    ])
    const removed = diffOf(
      ABALONE,
      (_after, before) => (stepOf(before, 'Abalone-CreateModel-CreateModel').DependsOn = ['Abalone-Evaluate'])
    )
    expect(removed[0]!.paths).toEqual(['DependsOn[-Abalone-Evaluate]'])
  })

  it('is implied only if the definition without the entry reads the step', () => {
    const trainModel = { Get: 'Steps.Abalone-Train.ModelArtifacts.S3ModelArtifacts' }
    const modelInput = (doc: Doc): Record<string, any> =>
      stepOf(doc, 'Abalone-Evaluate').Arguments.ProcessingInputs[0].S3Input
    // Reference: no reference to Train; head: reads Train and waits for it. The order is new.
    const gained = diffOf(ABALONE, (after, before) => {
      expect(modelInput(before).S3Uri).toEqual(trainModel)
      modelInput(before).S3Uri = 's3://bucket/model.tar.gz'
      stepOf(after, 'Abalone-Evaluate').DependsOn = ['Abalone-Train']
    })
    expect(gained[0]!.paths).toEqual([
      'Arguments.ProcessingInputs[0].S3Input.S3Uri',
      'DependsOn[+Abalone-Train]'
    ])
    // Reference waits for Train; head neither waits for it nor reads it. The order is gone.
    const lost = diffOf(ABALONE, (after, before) => {
      stepOf(before, 'Abalone-Evaluate').DependsOn = ['Abalone-Train']
      modelInput(after).S3Uri = 's3://bucket/model.tar.gz'
    })
    expect(lost[0]!.paths).toEqual([
      'Arguments.ProcessingInputs[0].S3Input.S3Uri',
      'DependsOn[-Abalone-Train]'
    ])
    // Reference waits for Train through DependsOn; head through a Steps reference: same order.
    const moved = diffOf(ABALONE, (_after, before) => {
      stepOf(before, 'Abalone-Evaluate').DependsOn = ['Abalone-Train']
      modelInput(before).S3Uri = 's3://bucket/model.tar.gz'
    })
    expect(moved[0]).toMatchObject({
      paths: ['Arguments.ProcessingInputs[0].S3Input.S3Uri'],
      neutral: ['DependsOn[-Abalone-Train]']
    })
  })

  it('compares entries as a set: their order is no difference', () => {
    const steps = diffOf(STEP_DECORATOR, after =>
      stepOf(after, 'from-idea-to-prod-register').DependsOn.reverse()
    )
    expect(steps).toEqual([])
  })
})

describe('what counts as an SDK code upload', () => {
  const H1 = '1'.repeat(32)
  const H2 = '2'.repeat(32)
  /** The class of a one-string difference in a minimal step's `Environment.CODE`. */
  function classOf(from: string, to: string): 'paths' | 'volatile' {
    const doc = (value: string): Record<string, unknown> =>
      definitionOf([{ name: 'A', args: { Environment: { CODE: value } } }])
    const [diff] = diffDefinitions(parseDefinition(doc(from)), parseDefinition(doc(to))).steps
    expect(diff).toBeDefined()
    return diff!.volatile ? 'volatile' : 'paths'
  }

  it.each([
    ['a code folder', `s3://b/p/code/${H1}/run.py`, `s3://b/p/code/${H2}/run.py`, 'volatile'],
    [
      'a source folder',
      `s3://b/job-${H1}/source/runproc.sh`,
      `s3://b/job-${H2}/source/runproc.sh`,
      'volatile'
    ],
    [
      'a model’s sourcedir.tar.gz',
      `s3://b/sklearn-${BUILD}/sourcedir.tar.gz`,
      `s3://b/sklearn-${REBUILD}/sourcedir.tar.gz`,
      'volatile'
    ],
    ['a JSON-quoted URI', `"s3://b/p/code/${H1}/run.py"`, `"s3://b/p/code/${H2}/run.py"`, 'volatile'],
    [
      'a step-named hash folder',
      `s3://b/Repack-0-${H1}/source/x.tgz`,
      `s3://b/Repack-0-${H2}/source/x.tgz`,
      'volatile'
    ],
    ['no code folder', `s3://b/p/models/${H1}/run.py`, `s3://b/p/models/${H2}/run.py`, 'paths'],
    ['quoted on one side only', `"s3://b/p/code/${H1}/run.py"`, `s3://b/p/code/${H2}/run.py`, 'paths'],
    [
      'a file name differing in a digest',
      `s3://b/code/${H1}/run-${H1}.py`,
      `s3://b/code/${H2}/run-${H2}.py`,
      'paths'
    ],
    ['a prefix before the digest', `s3://b/code/v1-${H1}/run.py`, `s3://b/code/v2-${H2}/run.py`, 'paths'],
    ['not an s3 URI', `/opt/code/${H1}/run.py`, `/opt/code/${H2}/run.py`, 'paths'],
    ['an empty folder', `s3://b/code//${H1}/run.py`, `s3://b/code//${H2}/run.py`, 'paths']
  ])('%s', (_what, from, to, expected) => {
    expect(classOf(from, to)).toBe(expected)
  })
})
