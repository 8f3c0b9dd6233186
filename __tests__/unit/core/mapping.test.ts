import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parseDefinition } from '../../../src/core/definition.js'
import { defaultPipeline, loadMappingFile } from '../../../src/core/mapping.js'
import { UserError } from '../../../src/errors.js'
import { CORPUS_DIR } from '../../../__fixtures__/definitions.js'

const corpus = CORPUS_DIR
const abalone = parseDefinition(
  fs.readFileSync(path.join(corpus, 'aws-examples-selective-execution-abalone.json'), 'utf8'),
  'abalone'
)
const SOURCE = '.github/sagemaker-pipelines.yml'

/** The example of SPEC.md "Mapping file", with the step names of the real Abalone definition. */
const SPEC_EXAMPLE = `# .github/sagemaker-pipelines.yml
pipelines:
  AbalonePipeline:
    steps:
      Abalone-Preprocess: pipelines/abalone/preprocess.py
      Abalone-Train:
        - pipelines/abalone/train/**
        - pipelines/abalone/common/*.py
      Abalone-Evaluate:
        - pipelines/abalone/evaluate.py
        - pipelines/abalone/common/**
    all-steps:
      - pipelines/abalone/pipeline.py
    ignore:
      - "**/*.md"
    coverage:
      Abalone-FailNotify:
        parameters: { MseThreshold: "0" }
`

function load(text: string) {
  return loadMappingFile(text, SOURCE)
}

/** The UserError message thrown by `run`, failing the test when nothing (or something else) is thrown. */
function problem(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message
  }
  throw new Error('expected a UserError')
}

describe('loading the SPEC example', () => {
  const file = load(SPEC_EXAMPLE)
  const mapping = file.forPipeline('AbalonePipeline', abalone)

  test('names its pipelines; the only one is the default', () => {
    expect(file.pipelineNames()).toEqual(['AbalonePipeline'])
    expect(defaultPipeline(file)).toBe('AbalonePipeline')
    expect(file.source).toBe(SOURCE)
  })

  test('keeps globs as written, single strings as one-element lists', () => {
    expect(mapping.pipeline).toBe('AbalonePipeline')
    expect([...mapping.steps.keys()]).toEqual(['Abalone-Preprocess', 'Abalone-Train', 'Abalone-Evaluate'])
    expect(mapping.steps.get('Abalone-Preprocess')).toEqual(['pipelines/abalone/preprocess.py'])
    expect(mapping.steps.get('Abalone-Train')).toEqual([
      'pipelines/abalone/train/**',
      'pipelines/abalone/common/*.py'
    ])
    expect(mapping.allSteps).toEqual(['pipelines/abalone/pipeline.py'])
    expect(mapping.ignore).toEqual(['**/*.md'])
    expect(mapping.coverage.get('Abalone-FailNotify')).toEqual({ MseThreshold: '0' })
  })

  test('a file matching one step glob selects that step with the glob', () => {
    expect(mapping.match('pipelines/abalone/train/model/xgb.py')).toEqual({
      ignored: false,
      steps: [{ step: 'Abalone-Train', glob: 'pipelines/abalone/train/**' }]
    })
    expect(mapping.match('pipelines/abalone/preprocess.py').steps).toEqual([
      { step: 'Abalone-Preprocess', glob: 'pipelines/abalone/preprocess.py' }
    ])
  })

  test('every matching step is listed, each with the first of its globs that matched', () => {
    // common/util.py matches Train's second glob and Evaluate's second glob.
    expect(mapping.match('pipelines/abalone/common/util.py').steps).toEqual([
      { step: 'Abalone-Train', glob: 'pipelines/abalone/common/*.py' },
      { step: 'Abalone-Evaluate', glob: 'pipelines/abalone/common/**' }
    ])
    // Only Evaluate's ** reaches a nested folder.
    expect(mapping.match('pipelines/abalone/common/sub/util.py').steps).toEqual([
      { step: 'Abalone-Evaluate', glob: 'pipelines/abalone/common/**' }
    ])
  })

  test('all-steps globs are reported in allSteps', () => {
    expect(mapping.match('pipelines/abalone/pipeline.py')).toEqual({
      ignored: false,
      allSteps: 'pipelines/abalone/pipeline.py',
      steps: []
    })
  })

  test('ignore wins over steps and all-steps', () => {
    expect(mapping.match('pipelines/abalone/train/README.md')).toEqual({ ignored: true, steps: [] })
    expect(mapping.match('README.md')).toEqual({ ignored: true, steps: [] })
  })

  test('dotfiles are matched, a leading ./ is ignored, other files select nothing', () => {
    expect(mapping.match('pipelines/abalone/train/.env').steps.map(s => s.step)).toEqual(['Abalone-Train'])
    expect(mapping.match('./pipelines/abalone/preprocess.py').steps.map(s => s.step)).toEqual([
      'Abalone-Preprocess'
    ])
    expect(mapping.match('pipelines/other/train.py')).toEqual({ ignored: false, steps: [] })
    expect(mapping.match('pipelines/abalone/train')).toEqual({
      ignored: false,
      steps: [{ step: 'Abalone-Train', glob: 'pipelines/abalone/train/**' }]
    })
  })

  test('matching does not leak state from one file to the next', () => {
    const files = ['pipelines/abalone/common/util.py', 'x.py', 'pipelines/abalone/train/a.py', 'README.md']
    const once = files.map(f => mapping.match(f))
    const again = [...files].reverse().map(f => mapping.match(f))
    expect(again.reverse()).toEqual(once)
  })
})

describe('pipelines and defaults', () => {
  const two = load(`pipelines:
  AbalonePipeline:
    steps: { Abalone-Train: src/train/** }
  Other-Pipeline:
    all-steps: other/**
`)

  test('no default pipeline when the file names several', () => {
    expect(two.pipelineNames()).toEqual(['AbalonePipeline', 'Other-Pipeline'])
    expect(defaultPipeline(two)).toBeUndefined()
  })

  test('an unknown pipeline is named, with did-you-mean and the known ones', () => {
    const message = problem(() => two.forPipeline('AbalonePipelin', abalone))
    expect(message).toContain('"AbalonePipelin"')
    expect(message).toContain('did you mean "AbalonePipeline"?')
    expect(message).toContain('"Other-Pipeline"')
  })

  test('a pipeline ARN finds its entry (the service lower-cases names in ARNs)', () => {
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/abalonepipeline'
    expect(two.forPipeline(arn, abalone).pipeline).toBe('AbalonePipeline')
  })

  test('a pipeline with only all-steps matches every file under it with no step', () => {
    const graph = parseDefinition({ Version: '2020-12-01', Steps: [{ Name: 'A', Type: 'Training' }] })
    expect(two.forPipeline('Other-Pipeline', graph).match('other/x/y.py')).toEqual({
      ignored: false,
      allSteps: 'other/**',
      steps: []
    })
  })
})

describe('checks against the pipeline definition', () => {
  test('step names not in the graph are named, with did-you-mean and position', () => {
    const file = load(`pipelines:
  AbalonePipeline:
    steps:
      Abalone-Trian: src/**
      Abalone-Evaluate: eval/**
`)
    const message = problem(() => file.forPipeline('AbalonePipeline', abalone))
    expect(message).toContain(`${SOURCE}:4:7: pipelines.AbalonePipeline.steps.Abalone-Trian names no step`)
    expect(message).toContain('did you mean "Abalone-Train"?')
  })

  test('without a close name, the steps are listed', () => {
    const file = load('pipelines:\n  P:\n    steps:\n      Zzzzzzzzzzzzzz: a/**\n')
    const message = problem(() => file.forPipeline('P', abalone))
    expect(message).toContain('its steps are "Abalone-Preprocess", "Abalone-Train"')
  })

  test('coverage steps and parameters must exist; values must fit the parameter type', () => {
    const file = load(`pipelines:
  P:
    coverage:
      Abalone-FailNotfy:
        parameters: { MseThreshold: "0" }
      Abalone-FailNotify:
        parameters: { MseTreshold: 1, XGBNumRounds: "many" }
`)
    const message = problem(() => file.forPipeline('P', abalone))
    expect(message).toMatch(/3 problems/)
    expect(message).toContain(
      'pipelines.P.coverage.Abalone-FailNotfy names no step of pipeline P (did you mean "Abalone-FailNotify"?)'
    )
    expect(message).toContain(
      'pipelines.P.coverage.Abalone-FailNotify.parameters.MseTreshold is not a parameter of pipeline P (did you mean "MseThreshold"?)'
    )
    expect(message).toContain('parameters.XGBNumRounds is "many", but XGBNumRounds is an Integer parameter')
  })

  test('coverage values become strings, numbers as written', () => {
    const graph = parseDefinition({
      Version: '2020-12-01',
      Parameters: [
        { Name: 'F', Type: 'Float' },
        { Name: 'I', Type: 'Integer' },
        { Name: 'B', Type: 'Boolean' },
        { Name: 'S', Type: 'String', EnumValues: ['a', 'b'] }
      ],
      Steps: [{ Name: 'Fail', Type: 'Fail' }]
    })
    const file = load(
      'pipelines:\n  P:\n    coverage:\n      Fail:\n        parameters: { F: 0.10, I: 7, B: true, S: b }\n'
    )
    expect(file.forPipeline('P', graph).coverage.get('Fail')).toEqual({
      F: '0.10',
      I: '7',
      B: 'true',
      S: 'b'
    })
    const bad = load(
      'pipelines:\n  P:\n    coverage:\n      Fail:\n        parameters: { S: c, B: "yes", F: x }\n'
    )
    const message = problem(() => bad.forPipeline('P', graph))
    expect(message).toContain(
      'parameters.S is "c", which is not one of the values the parameter allows: a, b'
    )
    expect(message).toContain('parameters.B is "yes", but B is a Boolean parameter')
    expect(message).toContain('parameters.F is "x", but F is a Float parameter')
  })
})

describe('malformed files', () => {
  test('YAML syntax errors give line and column', () => {
    expect(problem(() => load('pipelines:\n  P:\n    steps: [a, b\n'))).toMatch(
      new RegExp(`^${SOURCE.replace(/\./g, '\\.')}:\\d+:\\d+: invalid YAML: `)
    )
    expect(problem(() => load('pipelines:\n  P: {}\n  P: {}\n'))).toMatch(
      /:3:3: invalid YAML: Map keys must be unique/
    )
  })

  test('an empty file or a file that is not a mapping', () => {
    expect(problem(() => load(''))).toContain('the mapping file is empty')
    expect(problem(() => load('# nothing\n'))).toContain('the mapping file is empty')
    expect(problem(() => load('- a\n- b\n'))).toContain('the mapping file must be a mapping, but is a list')
    expect(problem(() => load('other: 1\n'))).toContain('has no top-level "pipelines:" mapping')
  })

  test('unknown keys are named by path and position, with did-you-mean and the accepted keys', () => {
    const message = problem(() => load('pipelines:\n  P:\n    stpes:\n      A: a/**\n'))
    expect(message).toBe(
      `${SOURCE}:3:5: pipelines.P.stpes is not a known key (did you mean "steps"?); a pipeline accepts steps, all-steps, ignore, coverage`
    )
    expect(problem(() => load('pipeline:\n  P: {}\n'))).toContain(
      'pipeline is not a known key (did you mean "pipelines"?)'
    )
  })

  test('wrong types are named by path in plain words', () => {
    expect(problem(() => load('pipelines:\n  P:\n    steps:\n      - a/**\n'))).toBe(
      `${SOURCE}:4:7: pipelines.P.steps must be a mapping, but is a list`
    )
    expect(problem(() => load('pipelines:\n  P:\n    steps:\n      A: [a/**, 5]\n'))).toBe(
      `${SOURCE}:4:17: pipelines.P.steps.A[1] must be a string, but is the number 5`
    )
    expect(problem(() => load('pipelines:\n  P:\n    steps:\n      A:\n'))).toContain(
      'pipelines.P.steps.A must be a glob or a list of globs, but is empty'
    )
    expect(problem(() => load('pipelines:\n  P:\n'))).toContain('pipelines.P must be a mapping, but is empty')
    expect(
      problem(() => load('pipelines:\n  P:\n    coverage:\n      A:\n        parameters: { X: [1] }\n'))
    ).toContain('pipelines.P.coverage.A.parameters.X must be a string, number or boolean, but is a list')
  })

  test('empty glob lists, empty strings and empty mappings are refused', () => {
    expect(problem(() => load('pipelines:\n  P:\n    steps:\n      A: []\n'))).toContain(
      'pipelines.P.steps.A is an empty list'
    )
    expect(problem(() => load('pipelines:\n  P:\n    steps:\n      Abalone-Train: [a/**, ""]\n'))).toContain(
      'pipelines.P.steps.Abalone-Train[1] is an empty string'
    )
    expect(problem(() => load('pipelines:\n  P:\n    ignore: ""\n'))).toContain(
      'pipelines.P.ignore is an empty string'
    )
    expect(problem(() => load('pipelines: {}\n'))).toContain('pipelines is empty')
    expect(problem(() => load('pipelines:\n  P:\n    coverage:\n      A: {}\n'))).toContain(
      'pipelines.P.coverage.A needs "parameters:"'
    )
  })

  test('invalid step and pipeline names are refused', () => {
    expect(problem(() => load('pipelines:\n  P:\n    steps:\n      "bad name": a/**\n'))).toContain(
      'pipelines.P.steps["bad name"] is not a valid step name'
    )
    expect(problem(() => load('pipelines:\n  -bad: {}\n'))).toContain(
      'pipelines.-bad is not a valid SageMaker pipeline name'
    )
  })

  test('several problems are reported together', () => {
    const message = problem(() =>
      load('pipelines:\n  P:\n    stepz: {}\n    ignore: []\n    all-steps: "/abs/**"\n')
    )
    expect(message.split('\n')[0]).toBe(`${SOURCE}: 2 problems in the mapping file:`)
    expect(message).toContain('pipelines.P.stepz is not a known key')
    expect(message).toContain('pipelines.P.ignore is an empty list')
  })
})

describe('malformed globs name the entry', () => {
  const cases: Array<[string, RegExp]> = [
    ['src/{a,b', /never closed by '\}'/],
    ['src/a,b}', /'\}' without a matching '\{'/],
    ['src/[ab', /'\[' that is never closed/],
    ['src/@(a|b', /'\(' that is never closed/],
    ['src/a\\', /lone backslash/],
    ['src/[z-a].py', /is not a valid glob/],
    ['/abs/path/**', /absolute path/],
    ['C:/repo/**', /absolute path/],
    ['../other/**', /'\.\.' segment/],
    ['src/../other/**', /'\.\.' segment/],
    ['src/', /ends with '\/'/],
    ['src//x.py', /empty or '\.' path segment/],
    ['!docs/**', /negated glob/],
    ['   ', /is empty/]
  ]
  test.each(cases)('%s', (glob, expected) => {
    const message = problem(() =>
      load(`pipelines:\n  P:\n    steps:\n      A:\n        - ok/**\n        - ${JSON.stringify(glob)}\n`)
    )
    expect(message).toContain(`${SOURCE}:6:11: pipelines.P.steps.A[1] ${JSON.stringify(glob)} `)
    expect(message).toMatch(expected)
  })

  test('in all-steps and ignore, as a single string', () => {
    expect(problem(() => load('pipelines:\n  P:\n    all-steps: "a/{b"\n'))).toContain(
      `${SOURCE}:3:16: pipelines.P.all-steps "a/{b" has a '{'`
    )
    expect(problem(() => load('pipelines:\n  P:\n    ignore: [ok, "../x"]\n'))).toContain(
      'pipelines.P.ignore[1] "../x"'
    )
  })

  test('well-formed globs with brackets, braces, extglobs and a leading ./ load', () => {
    const file = load(`pipelines:
  P:
    steps:
      Abalone-Train: ["src/[a-c]/*.py", "src/{x,y}/**", "src/@(m|n).py", "./lib/**", "src/\\\\{lit\\\\}.py"]
`)
    const mapping = file.forPipeline('P', abalone)
    for (const f of ['src/b/t.py', 'src/y/z/w', 'src/n.py', 'lib/q.py', 'src/{lit}.py']) {
      expect(mapping.match(f).steps.map(s => s.step)).toEqual(['Abalone-Train'])
    }
    expect(mapping.match('src/d/t.py').steps).toEqual([])
  })
})
