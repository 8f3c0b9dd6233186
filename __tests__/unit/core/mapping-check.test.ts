import { describe, expect, test } from '@jest/globals'
import { parseDefinition } from '../../../src/core/definition.js'
import { loadMappingFile } from '../../../src/core/mapping.js'
import {
  checkMapping,
  type MappingProblem,
  type MappingUnderCheck,
  rawPipelineMapping,
  UNMAPPED_SHOWN
} from '../../../src/core/mapping-check.js'

/** Prep → Train → Check { If: Register, Else: Stop }. */
const graph = parseDefinition(
  {
    Version: '2020-12-01',
    Steps: [
      { Name: 'Prep', Type: 'Processing', Arguments: {} },
      { Name: 'Train', Type: 'Training', Arguments: {}, DependsOn: ['Prep'] },
      {
        Name: 'Check',
        Type: 'Condition',
        DependsOn: ['Train'],
        Arguments: {
          Conditions: [],
          IfSteps: [{ Name: 'Register', Type: 'RegisterModel', Arguments: {} }],
          ElseSteps: [{ Name: 'Stop', Type: 'Fail', Arguments: {} }]
        }
      }
    ]
  },
  'test definition'
)

const FILES = [
  'README.md',
  'docs/guide.md',
  'pipelines/build.py',
  'src/prep/prep.py',
  'src/prep/util.py',
  'src/train/model/net.py',
  'src/train/train.py',
  'src/register.py'
]

function mapping(
  steps: Record<string, string | readonly string[]>,
  rest: { 'all-steps'?: string | string[]; ignore?: string | string[] } = {}
): MappingUnderCheck {
  return rawPipelineMapping({ steps, ...rest })
}

function check(
  m: MappingUnderCheck,
  files: readonly string[] = FILES,
  mappingFile?: string
): MappingProblem[] {
  return checkMapping({ mapping: m, graph, files, ...(mappingFile ? { mappingFile } : {}) })
}

function ofKind(problems: MappingProblem[], kind: MappingProblem['kind']): MappingProblem[] {
  return problems.filter(p => p.kind === kind)
}

/** Maps every step that can have code and every file: nothing to say. */
const CLEAN = mapping(
  {
    Prep: 'src/prep/**',
    Train: ['src/train/**'],
    Register: 'src/register.py'
  },
  { 'all-steps': 'pipelines/build.py', ignore: ['**/*.md'] }
)

describe('checkMapping', () => {
  test('a mapping that covers every step and file has no problems', () => {
    expect(check(CLEAN)).toEqual([])
  })

  test('accepts the PipelineMapping that forPipeline compiles', () => {
    const file = loadMappingFile(
      `pipelines:
  P:
    steps:
      Prep: src/prep
      Train: src/train/**
`,
      'map.yml'
    )
    const problems = check(file.forPipeline('P', graph))
    expect(ofKind(problems, 'glob-matches-nothing').map(p => p.glob)).toEqual(['src/prep'])
    expect(ofKind(problems, 'step-unmapped').map(p => p.step)).toEqual(['Register'])
  })

  test('an unknown step is an error naming it, with a did-you-mean', () => {
    const problems = check(mapping({ ...Object.fromEntries(CLEAN.steps), Trian: 'src/train/**' }))
    expect(problems[0]).toMatchObject({ severity: 'error', kind: 'unknown-step', step: 'Trian' })
    expect(problems[0]!.message).toBe('steps.Trian names no step of the definition (did you mean "Train"?)')
  })

  test('a malformed glob is an error naming the step and the glob', () => {
    const problems = check(mapping({ Prep: 'src/prep/**', Train: ['src/train/**', 'src/{a,b'] }))
    const [error] = ofKind(problems, 'malformed-glob')
    expect(error).toMatchObject({ severity: 'error', step: 'Train', list: 'steps', glob: 'src/{a,b' })
    expect(error!.message).toBe(`steps.Train: "src/{a,b" has a '{' that is never closed by '}'`)
    // the bad glob takes no part in the rest of the check, and errors come first
    expect(problems[0]!.severity).toBe('error')
    expect(problems.filter(p => p.glob === 'src/{a,b')).toHaveLength(1)
  })

  test('malformed all-steps and ignore globs are errors too', () => {
    const problems = check(mapping({}, { 'all-steps': '/abs/path.py', ignore: ['../up/**'] }))
    expect(ofKind(problems, 'malformed-glob').map(p => [p.list, p.glob])).toEqual([
      ['all-steps', '/abs/path.py'],
      ['ignore', '../up/**']
    ])
  })

  describe('a glob that matches no file', () => {
    function nothing(glob: string, files: readonly string[] = FILES): MappingProblem {
      const problems = ofKind(
        check(mapping({ ...Object.fromEntries(CLEAN.steps), Train: glob }), files),
        'glob-matches-nothing'
      ).filter(p => p.step === 'Train')
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({ severity: 'warning', step: 'Train', list: 'steps', glob })
      return problems[0]!
    }

    test('a directory written without /** is called out, with the glob that works', () => {
      expect(nothing('src/train').message).toBe(
        'steps.Train: "src/train" matches no file of the repository; it is a directory, and a glob matches files, ' +
          'not folders: write "src/train/**" to match everything under it'
      )
      expect(nothing('./src/train').message).toContain('write "src/train/**"')
    })

    test('dir/* over a folder whose files sit deeper suggests dir/**', () => {
      expect(nothing('src/train/model/*', ['src/train/model/layers/conv.py']).message).toContain(
        'write "src/train/model/**"'
      )
    })

    test('a difference in case, a file elsewhere, a typo', () => {
      expect(nothing('src/train/Train.py').message).toContain(
        'globs are case-sensitive, and the repository has "src/train/train.py"'
      )
      expect(nothing('train.py').message).toContain('a file of that name is at "src/train/train.py"')
      expect(nothing('src/train/trian.py').message).toContain('did you mean "src/train/train.py"?')
    })

    test('a glob with no likely slip gets no hint', () => {
      expect(nothing('src/**/*.cpp').message).toBe(
        'steps.Train: "src/**/*.cpp" matches no file of the repository'
      )
    })

    test('all-steps and ignore globs are checked as well', () => {
      const problems = ofKind(
        check(
          mapping(Object.fromEntries(CLEAN.steps), { 'all-steps': 'build.py', ignore: ['**/*.md', 'tmp/**'] })
        ),
        'glob-matches-nothing'
      )
      expect(problems.map(p => [p.list, p.glob, p.step])).toEqual([
        ['all-steps', 'build.py', undefined],
        ['ignore', 'tmp/**', undefined]
      ])
      expect(problems[0]!.message).toMatch(/^all-steps: "build\.py" matches no file/)
      expect(problems[1]!.message).toMatch(/^ignore: "tmp\/\*\*" matches no file/)
    })
  })

  test('a step glob whose files are all ignored never selects anything', () => {
    const problems = check(
      mapping(
        { ...Object.fromEntries(CLEAN.steps), Register: ['src/register.py', 'docs/**'] },
        { ignore: '**/*.md' }
      )
    )
    const [only] = ofKind(problems, 'glob-only-ignored')
    expect(only).toMatchObject({ severity: 'warning', step: 'Register', glob: 'docs/**' })
    expect(only!.message).toBe(
      'steps.Register: every file "docs/**" matches is also ignored, so it never selects anything'
    )
    // the ignore glob itself matches files: it is not reported
    expect(problems.filter(p => p.list === 'ignore')).toEqual([])
  })

  test('a step mapped to nothing is named; Condition and Fail steps are not expected to have files', () => {
    const problems = check(mapping({ Prep: 'src/prep/**' }, { ignore: '**' }))
    expect(ofKind(problems, 'step-unmapped').map(p => p.step)).toEqual(['Train', 'Register'])
    expect(ofKind(problems, 'step-unmapped')[0]!.message).toBe(
      'step Train (Training) is mapped to no file: only a change to its definition, a parameter it reads or an upstream step selects it'
    )
  })

  describe('files matched by no step', () => {
    test('are counted and the first ones named; ignored and all-steps files are not among them', () => {
      const problems = check(
        mapping({ Train: 'src/train/**' }, { 'all-steps': 'pipelines/**', ignore: 'docs/**' })
      )
      const [unmapped] = ofKind(problems, 'files-unmapped')
      expect(unmapped!.files).toEqual({
        count: 4,
        first: ['README.md', 'src/prep/prep.py', 'src/prep/util.py', 'src/register.py']
      })
      expect(unmapped!.message).toBe(
        '4 files are matched by no step and not ignored (a change to them selects nothing): "README.md", ' +
          '"src/prep/prep.py", "src/prep/util.py", "src/register.py"; map them to a step, or list them under ignore'
      )
    })

    test(`only the first ${UNMAPPED_SHOWN} are named`, () => {
      const files = Array.from({ length: 25 }, (_, i) => `data/f${String(i).padStart(2, '0')}.csv`)
      const [unmapped] = ofKind(check(CLEAN, [...FILES, ...files]), 'files-unmapped')
      expect(unmapped!.files!.count).toBe(25)
      expect(unmapped!.files!.first).toEqual(files.slice(0, UNMAPPED_SHOWN))
      expect(unmapped!.message).toContain('"data/f09.csv", … (15 more)')
      expect(unmapped!.message).not.toContain('data/f10.csv')
    })

    test('one file is spoken of as one', () => {
      const [unmapped] = ofKind(check(CLEAN, [...FILES, 'setup.cfg']), 'files-unmapped')
      expect(unmapped!.message).toBe(
        '1 file is matched by no step and not ignored (a change to it selects nothing): "setup.cfg"; ' +
          'map it to a step, or list it under ignore'
      )
    })

    test('the mapping file itself is left out', () => {
      const files = [...FILES, '.github/sagemaker-pipelines.yml']
      expect(ofKind(check(CLEAN, files), 'files-unmapped')[0]!.files!.first).toEqual([
        '.github/sagemaker-pipelines.yml'
      ])
      expect(ofKind(check(CLEAN, files, '.github/sagemaker-pipelines.yml'), 'files-unmapped')).toEqual([])
    })
  })

  test('no files at all is one warning, not one per glob', () => {
    const problems = check(CLEAN, [])
    expect(problems).toEqual([
      {
        severity: 'warning',
        kind: 'no-files',
        message: 'the repository has no files to check the globs against'
      }
    ])
  })

  test('names from outside reach the message without control characters', () => {
    const problems = check(mapping({ 'Tr\u001b[31main': 'x' }), ['evil\u202eyp.py'])
    // eslint-disable-next-line no-control-regex -- control characters are what must not get through
    for (const p of problems) expect(p.message).not.toMatch(/[\u0000-\u001f\u202e]/)
    const messages = problems.map(p => p.message).join('\n')
    expect(messages).toContain('steps["Tr\ufffd[31main"] names no step')
    expect(messages).toContain('"evil\ufffdyp.py"')
  })

  test('a very long glob is shortened in the message, not in the problem', () => {
    const glob = `src/${'a'.repeat(400)}.py`
    const [problem] = ofKind(
      check(mapping({ ...Object.fromEntries(CLEAN.steps), Prep: glob })),
      'glob-matches-nothing'
    )
    expect(problem!.glob).toBe(glob)
    expect(problem!.message.length).toBeLessThan(300)
    expect(problem!.message).toContain('…')
  })
})
