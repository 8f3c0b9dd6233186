import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseDefinition } from '../../../src/core/definition.js'
import { loadMappingFile } from '../../../src/core/mapping.js'
import type { MappingProblem } from '../../../src/core/mapping-check.js'
import { UserError } from '../../../src/errors.js'
import { checkCommand } from '../../../tools/cli/check-command.js'
import { type CliIo, UsageError } from '../../../tools/cli/context.js'
import { initCommand, pipelineFromFile } from '../../../tools/cli/init-command.js'
import { corpusFiles, corpusText, fixturePath } from '../../../__fixtures__/definitions.js'

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'init-check-'))
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }))
let folders = 0

/** A fresh folder holding the given files (empty ones unless content is given). */
function repo(files: Record<string, string> | string[] = []): string {
  const dir = path.join(temp, `repo-${++folders}`)
  fs.mkdirSync(dir, { recursive: true })
  const entries = Array.isArray(files) ? files.map(f => [f, ''] as const) : Object.entries(files)
  for (const [file, text] of entries) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  return dir
}

interface Result {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `init` or `check` in-process with the exit codes `runCli` gives (usage 2, user error 1), so the
 * commands are tested whatever state the other commands are in; one test below goes through `runCli`.
 */
function cli(argv: string[], files: Record<string, string> = {}): Result {
  const [command, ...rest] = argv
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: s => (stdout += s),
    stderr: s => (stderr += s),
    readFile: p => (Object.hasOwn(files, p) ? files[p]! : fs.readFileSync(p, 'utf8'))
  }
  const run = command === 'init' ? initCommand : command === 'check' ? checkCommand : undefined
  if (!run) throw new Error(`unknown command ${command}`)
  let code: number
  try {
    code = run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) code = 2
    else if (error instanceof UserError) code = 1
    else throw error
    stderr += `error: ${error.message}\n`
  }
  return { code, stdout, stderr }
}

interface CheckJson {
  ok: boolean
  pipeline: string | null
  files: number
  errors: number
  warnings: number
  problems: MappingProblem[]
}

function checkJson(argv: string[], files: Record<string, string> = {}): { code: number; doc: CheckJson } {
  const r = cli(['check', ...argv, '--json'], files)
  return { code: r.code, doc: JSON.parse(r.stdout) as CheckJson }
}

/** The globs of a step, as the mapping file loads them. */
function stepGlobs(yaml: string, definitionFile: string, pipeline: string): Map<string, string[]> {
  const graph = parseDefinition(corpusText(definitionFile), definitionFile)
  return new Map(loadMappingFile(yaml, 'init output').forPipeline(pipeline, graph).steps)
}

const ABALONE = 'aws-examples-selective-execution-abalone.json'
const STEP_DECORATOR = 'idea-to-production-step-decorator-describe.json'

describe('init then check, over the whole corpus', () => {
  const empty = repo()
  test.each(corpusFiles())('%s', file => {
    const definition = fixturePath(file)
    const graph = parseDefinition(corpusText(file), file)
    const output = path.join(temp, `${file}.yml`)
    const init = cli(['init', '--definition', definition, '--repo', empty, '--output', output])
    expect(init).toMatchObject({ code: 0, stderr: '' })
    const yaml = fs.readFileSync(output, 'utf8')

    const pipeline = pipelineFromFile(file)
    const mapping = loadMappingFile(yaml, output).forPipeline(pipeline, graph)
    // every step is there, mapped with a guess or commented out with a placeholder
    for (const step of graph.topologicalOrder()) {
      expect(yaml).toMatch(new RegExp(`^ {6}(# )?${step}:`, 'm'))
    }
    for (const line of yaml.split('\n').filter(l => /^ {6}[^#\s].*:\s*\S/.test(l) || /^ {8}- /.test(l))) {
      expect(line).toContain('# guessed from ')
    }
    for (const line of yaml.split('\n').filter(l => /^ {6}# [\w-]+: \[\]/.test(l))) {
      expect(mapping.steps.has(line.trim().slice(2).split(':')[0]!)).toBe(false)
    }

    const { code, doc } = checkJson(['--config', output, '--definition', definition, '--repo', empty])
    expect(doc.problems.filter(p => p.severity === 'error')).toEqual([])
    expect(code).toBe(0)
    expect(doc).toMatchObject({ ok: true, errors: 0, pipeline })
  })

  test('guesses are found for the definitions that name their code', () => {
    const guessed = (file: string): number => {
      const r = cli(['init', '--definition', fixturePath(file), '--repo', empty])
      return stepGlobs(r.stdout, file, pipelineFromFile(file)).size
    }
    expect(guessed(ABALONE)).toBe(2)
    expect(guessed('aws-examples-local-mode-plus-managed.json')).toBe(5)
    expect(guessed('aws-examples-fraud-detection-describe-pipeline.json')).toBe(3)
    expect(guessed('rstudio-r-reticulate-abalone.json')).toBe(3)
    expect(guessed(STEP_DECORATOR)).toBe(3)
  })
})

describe('init', () => {
  test('prefers the file whose folders echo the step name, and reads past node_modules', () => {
    const dir = repo([
      'pipelines/abalone/preprocessing.py',
      'pipelines/abalone/evaluation.py',
      'other/preprocessing.py',
      'node_modules/pkg/evaluation.py'
    ])
    const r = cli([
      'init',
      '--definition',
      fixturePath(ABALONE),
      '--repo',
      dir,
      '--pipeline',
      'AbalonePipeline'
    ])
    expect(r.code).toBe(0)
    const globs = stepGlobs(r.stdout, ABALONE, 'AbalonePipeline')
    expect(globs.get('Abalone-Preprocess')).toEqual(['pipelines/abalone/preprocessing.py'])
    expect(globs.get('Abalone-Evaluate')).toEqual(['pipelines/abalone/evaluation.py'])
    expect(r.stdout).toMatch(
      /Abalone-Preprocess: pipelines\/abalone\/preprocessing\.py {2}# guessed from ProcessingInputs "code" s3:\/\/…\/preprocessing\.py; ContainerEntrypoint …\/code\/preprocessing\.py; 1 other file of that name\n/
    )
    expect(r.stdout).toContain(
      '      # Abalone-Train: []  # no guess: its definition names no code file (Training step)'
    )
    expect(r.stdout).toContain('      # Abalone-MSECheck: []  # Condition step')
  })

  test('prefers the file sharing the longest end with the S3 key', () => {
    // s3://…/sagemaker-pipelines-nlp-demo/code/preprocessing.py
    const file = 'aws-examples-product-ratings-linear.json'
    const dir = repo(['a/preprocessing.py', 'code/preprocessing.py', 'zz/code/deploy_model.py'])
    const r = cli(['init', '--definition', fixturePath(file), '--repo', dir, '--pipeline', 'P'])
    const globs = stepGlobs(r.stdout, file, 'P')
    expect(globs.get('BTDemoProcessStep')).toEqual(['code/preprocessing.py'])
    expect(globs.get('BTDemoDeployStep')).toEqual(['zz/code/deploy_model.py'])
  })

  test('a training script run from an uploaded source directory maps its folder', () => {
    const file = 'aws-examples-local-mode-plus-managed.json'
    const dir = repo(['src/train/abalone.py', 'src/train/util.py', 'serve/code/inference.py'])
    const r = cli(['init', '--definition', fixturePath(file), '--repo', dir, '--pipeline', 'P'])
    const globs = stepGlobs(r.stdout, file, 'P')
    expect(globs.get('AbaloneTrain')).toEqual(['src/train/**'])
    expect(r.stdout).toContain(
      '# guessed from HyperParameters sagemaker_program "abalone.py" in the uploaded source directory'
    )
    // the model repack's inference script and the model's SAGEMAKER_PROGRAM: the serving folder
    expect(globs.get('AbaloneCreateModel-RepackModel-0')).toEqual(['serve/code/**'])
    expect(globs.get('AbaloneCreateModel-CreateModel')).toEqual(['serve/code/**'])
    // a Condition's branch steps are not the Condition's code
    expect(globs.has('AbaloneMSECond')).toBe(false)
  })

  test('@step functions are guessed from their module names', () => {
    const dir = repo([
      'pipeline_steps/preprocess.py',
      'pipeline_steps/evaluate.py',
      'pipeline_steps/register.py',
      'notebooks/evaluate.py'
    ])
    const r = cli(['init', '--definition', fixturePath(STEP_DECORATOR), '--repo', dir, '--pipeline', 'P'])
    const globs = stepGlobs(r.stdout, STEP_DECORATOR, 'P')
    expect(Object.fromEntries(globs)).toEqual({
      'from-idea-to-prod-preprocess': ['pipeline_steps/preprocess.py'],
      'from-idea-to-prod-evaluate': ['pipeline_steps/evaluate.py'],
      'from-idea-to-prod-register': ['pipeline_steps/register.py']
    })
    expect(r.stdout).toContain(
      'from-idea-to-prod-register: pipeline_steps/register.py  # guessed from @step function pipeline_steps.register.register; @step source …/register.py'
    )
    // the plain xgboost training step is no function step
    expect(r.stdout).toContain('# from-idea-to-prod-train: []')
  })

  test('without the files, a guess waits for them under any folder, as specific as the definition allows', () => {
    const r = cli(['init', '--definition', fixturePath(STEP_DECORATOR), '--repo', repo(), '--pipeline', 'P'])
    const globs = stepGlobs(r.stdout, STEP_DECORATOR, 'P')
    expect(globs.get('from-idea-to-prod-register')).toEqual(['**/pipeline_steps/register.py'])
    expect(r.stdout).toContain('; no file of that name in the repository yet')
  })

  test('--code arguments, tuning jobs and serving containers are read too', () => {
    const doc = {
      Version: '2020-12-01',
      Steps: [
        {
          Name: 'Spark',
          Type: 'Processing',
          Arguments: {
            AppSpecification: { ContainerArguments: ['--code', 's3://b/jobs/etl.py', '--x', '1'] }
          }
        },
        {
          Name: 'Other',
          Type: 'Processing',
          Arguments: { AppSpecification: { ContainerArguments: ['--code=s3://b/jobs/report.R'] } }
        },
        {
          Name: 'Tune',
          Type: 'Tuning',
          Arguments: {
            TrainingJobDefinition: {
              StaticHyperParameters: {
                sagemaker_program: '"tune.py"',
                sagemaker_submit_directory: '"s3://b/src/sourcedir.tar.gz"'
              }
            }
          }
        },
        {
          Name: 'Register',
          Type: 'RegisterModel',
          Arguments: {
            InferenceSpecification: {
              Containers: [{ Environment: { SAGEMAKER_PROGRAM: 'serve.py' } }, { Environment: { X: 'y' } }]
            }
          }
        },
        // model names and data are no code
        {
          Name: 'Data',
          Type: 'Processing',
          Arguments: { AppSpecification: { ContainerArguments: ['--code', 'a.csv'] } }
        }
      ]
    }
    const files = { 'def.json': JSON.stringify(doc) }
    const dir = repo(['jobs/etl.py', 'tuning/tune.py', 'tuning/params.yml'])
    const r = cli(['init', '--definition', 'def.json', '--repo', dir, '--pipeline', 'P'], files)
    const mapping = loadMappingFile(r.stdout, 'out').forPipeline('P', parseDefinition(files['def.json']))
    expect(Object.fromEntries(mapping.steps)).toEqual({
      Spark: ['jobs/etl.py'],
      Other: ['**/report.R'],
      Tune: ['tuning/**'],
      Register: ['**/serve.py']
    })
    expect(r.stdout).toContain('Spark: jobs/etl.py  # guessed from ContainerArguments --code s3://…/etl.py\n')
    expect(r.stdout).toContain('# Data: []')
  })

  test('a definition with nothing to guess from still gives a mapping that loads', () => {
    const file = 'sdk-v2-unit-emr-steps.json'
    const r = cli(['init', '--definition', fixturePath(file), '--repo', repo()])
    expect(r.stdout).toContain('    steps: {}  # nothing to guess from')
    expect(stepGlobs(r.stdout, file, 'sdk-v2-unit-emr-steps').size).toBe(0)
  })

  describe('text from the definition', () => {
    const definition = (entrypoint: string, uri: string) =>
      JSON.stringify({
        Version: '2020-12-01',
        Steps: [
          {
            Name: 'Prep',
            Type: 'Processing',
            Arguments: {
              AppSpecification: { ContainerEntrypoint: ['python3', entrypoint] },
              ProcessingInputs: [{ InputName: 'code', S3Input: { S3Uri: uri } }]
            }
          }
        ]
      })

    test('a file name with glob characters is escaped, and the glob matches it', () => {
      const dir = repo(['src/pre(1)[a].py'])
      const files = {
        'def.json': definition('/opt/ml/processing/input/code/pre(1)[a].py', 's3://b/k/pre(1)[a].py')
      }
      const r = cli(
        ['init', '--definition', 'def.json', '--repo', dir, '--output', path.join(dir, 'map.yml')],
        files
      )
      expect(r.code).toBe(0)
      const yaml = fs.readFileSync(path.join(dir, 'map.yml'), 'utf8')
      expect(yaml).toContain('Prep: "src/pre\\\\(1\\\\)\\\\[a\\\\].py"  # guessed from')
      const { doc } = checkJson(
        ['--config', path.join(dir, 'map.yml'), '--definition', 'def.json', '--repo', dir],
        files
      )
      expect(doc.problems).toEqual([])
    })

    test('line breaks and control characters cannot add entries or break out of a comment', () => {
      const doc = JSON.parse(
        definition(
          '/opt/ml/processing/input/code/x.py\nall-steps: "**"\n#.py',
          's3://b/\u001b[31m\nignore: "**"\n/evil.py'
        )
      ) as { Steps: unknown[] }
      doc.Steps.push({ Name: 'Odd', Type: 'Custom\n    all-steps: "**"\u001b[0m', Arguments: {} })
      const files = { 'def.json': JSON.stringify(doc) }
      const r = cli(['init', '--definition', 'def.json', '--repo', repo(), '--pipeline', 'P'], files)
      expect(r.code).toBe(0)
      expect(r.stdout).not.toMatch(/^\s*(all-steps|ignore):/m)
      // eslint-disable-next-line no-control-regex -- control characters are what must not get through
      expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
      expect(r.stdout).toContain(
        '      # Odd: []  # no guess: its definition names no code file (Custom\ufffd    all-steps'
      )
      const mapping = loadMappingFile(r.stdout, 'out').forPipeline('P', parseDefinition(files['def.json']))
      expect(mapping.allSteps).toEqual([])
      expect(mapping.ignore).toEqual([])
      // the entry point's name holds a line break: no file is named so, so it is no guess
      expect(mapping.steps.get('Prep')).toEqual(['**/evil.py'])
    })
  })

  test('the pipeline name comes from --pipeline, else the file name, else MyPipeline', () => {
    expect(pipelineFromFile('defs/abalone_pipeline.v2.json')).toBe('abalone-pipeline-v2')
    expect(pipelineFromFile('pipeline.json')).toBe('MyPipeline')
    expect(pipelineFromFile('-')).toBe('MyPipeline')
    expect(pipelineFromFile('__.json')).toBe('MyPipeline')
    const r = cli(['init', '--definition', fixturePath(ABALONE), '--repo', repo(), '--pipeline', 'bad_name'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--pipeline "bad_name" is not a SageMaker pipeline name')
  })

  test('--output creates the folder, keeps an existing file, and --force overwrites it', () => {
    const dir = repo()
    const out = path.join(dir, '.github', 'sagemaker-pipelines.yml')
    const args = ['init', '--definition', fixturePath(ABALONE), '--repo', dir, '--output', out]
    const first = cli(args)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(
      `Wrote ${out}: 7 steps of aws-examples-selective-execution-abalone, 2 with guessed globs`
    )
    fs.writeFileSync(out, 'hand-edited')
    const again = cli(args)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(`--output ${out}: the file exists; give --force to overwrite it`)
    expect(fs.readFileSync(out, 'utf8')).toBe('hand-edited')
    expect(cli([...args, '--force']).code).toBe(0)
    expect(fs.readFileSync(out, 'utf8')).toContain('pipelines:')
  })

  test('--definition is required; a missing --repo folder is named', () => {
    expect(cli(['init']).code).toBe(2)
    const r = cli(['init', '--definition', fixturePath(ABALONE), '--repo', path.join(temp, 'nowhere')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('nowhere: no such folder')
  })
})

describe('check', () => {
  const FILES = [
    'pipelines/abalone/preprocessing.py',
    'pipelines/abalone/train/train.py',
    'pipelines/abalone/evaluation.py',
    'pipelines/abalone/pipeline.py',
    'README.md'
  ]
  const MAPPING = `pipelines:
  AbalonePipeline:
    steps:
      Abalone-Preprocess: pipelines/abalone/preprocessing.py
      Abalone-Train: pipelines/abalone/train/**
      Abalone-Evaluate: pipelines/abalone/evaluation.py
      Abalone-ModelRegister-RegisterModel: pipelines/abalone/train/**
      Abalone-CreateModel-CreateModel: pipelines/abalone/train/**
    all-steps: pipelines/abalone/pipeline.py
    ignore: "**/*.md"
`
  const definition = fixturePath(ABALONE)

  function run(mapping: string, extra: string[] = [], files: string[] = FILES) {
    const dir = repo(files)
    return {
      text: cli(['check', '--config', 'map.yml', '--definition', definition, '--repo', dir, ...extra], {
        'map.yml': mapping
      }),
      json: checkJson(['--config', 'map.yml', '--definition', definition, '--repo', dir, ...extra], {
        'map.yml': mapping
      })
    }
  }

  test('a mapping with nothing to say passes', () => {
    const { text, json } = run(MAPPING, ['--strict'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      /^Checked map\.yml \(pipeline AbalonePipeline\) against .* \(7 steps\) and 5 files of /
    )
    expect(text.stdout).toContain('OK: no problems found.')
    expect(json.doc).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [], files: 5 })
  })

  test('an unknown step is an error (exit 1) naming the step', () => {
    const { text, json } = run(MAPPING.replace('Abalone-Train:', 'Abalone-Trian:'))
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('Errors (1):')
    expect(text.stdout).toMatch(
      /map\.yml:5:7: pipelines\.AbalonePipeline\.steps\.Abalone-Trian names no step .*did you mean "Abalone-Train"/
    )
    expect(json.code).toBe(1)
    expect(json.doc.problems).toEqual([
      expect.objectContaining({ severity: 'error', kind: 'unknown-step', step: 'Abalone-Trian' })
    ])
  })

  test('a malformed glob is an error (exit 1) naming the glob', () => {
    const { text, json } = run(MAPPING.replace('pipelines/abalone/train/**', 'pipelines/{abalone/train/**'))
    expect(text.code).toBe(1)
    expect(text.stdout).toContain(`"pipelines/{abalone/train/**" has a '{' that is never closed by '}'`)
    expect(json.doc.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        kind: 'malformed-glob',
        step: 'Abalone-Train',
        list: 'steps',
        glob: 'pipelines/{abalone/train/**'
      })
    ])
  })

  test('other loader errors are errors too, with their position', () => {
    const { json } = run(MAPPING.replace('    ignore:', '    ignored:'))
    expect(json.code).toBe(1)
    expect(json.doc.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        kind: 'invalid-mapping',
        message: expect.stringContaining('map.yml:10:5')
      })
    ])
  })

  test('a folder written without /** is a warning that gives the glob that works; --strict fails on it', () => {
    const mapping = MAPPING.replace(
      'Abalone-Train: pipelines/abalone/train/**',
      'Abalone-Train: pipelines/abalone/train'
    )
    const { text, json } = run(mapping)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(
      '  - steps.Abalone-Train: "pipelines/abalone/train" matches no file of the repository; it is a directory, and a glob matches files, not folders: write "pipelines/abalone/train/**" to match everything under it'
    )
    expect(text.stdout).toContain('1 warning: the mapping loads')
    expect(json.doc.problems).toEqual([
      expect.objectContaining({ severity: 'warning', kind: 'glob-matches-nothing', step: 'Abalone-Train' })
    ])
    expect(run(mapping, ['--strict']).text.code).toBe(1)
  })

  test('a step mapped to nothing is a warning naming it', () => {
    const { json } = run(MAPPING.replace(/ {6}Abalone-CreateModel-CreateModel:.*\n/, ''))
    expect(json.code).toBe(0)
    expect(json.doc.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        kind: 'step-unmapped',
        step: 'Abalone-CreateModel-CreateModel',
        message: expect.stringContaining('step Abalone-CreateModel-CreateModel (Model) is mapped to no file')
      })
    ])
  })

  test('files matched by no step: the count and the first ten; the mapping file itself is not one', () => {
    const extra = Array.from({ length: 12 }, (_, i) => `data/part-${String(i).padStart(2, '0')}.csv`)
    const dir = repo([...FILES, ...extra, '.github/sagemaker-pipelines.yml'])
    fs.writeFileSync(path.join(dir, '.github/sagemaker-pipelines.yml'), MAPPING)
    const { doc } = checkJson([
      '--config',
      path.join(dir, '.github/sagemaker-pipelines.yml'),
      '--definition',
      definition,
      '--repo',
      dir
    ])
    expect(doc.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        kind: 'files-unmapped',
        files: { count: 12, first: extra.slice(0, 10) },
        message: expect.stringContaining('12 files are matched by no step and not ignored')
      })
    ])
    expect(doc.problems[0]!.message).toContain('"data/part-09.csv", … (2 more)')
  })

  test('a mapping file with several pipelines needs --pipeline', () => {
    const two = { 'map.yml': `${MAPPING}  Other:\n    steps:\n      Abalone-Train: x/**\n` }
    const args = ['check', '--config', 'map.yml', '--definition', definition, '--repo', repo(FILES)]
    const r = cli(args, two)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('lists several pipelines (AbalonePipeline, Other); choose one with --pipeline')
    expect(cli([...args, '--pipeline', 'AbalonePipeline'], two).code).toBe(0)
  })

  test('--config and --definition are required', () => {
    expect(cli(['check', '--definition', definition]).code).toBe(2)
    expect(cli(['check', '--config', 'map.yml']).code).toBe(2)
  })

  const hasGit = (() => {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()

  ;(hasGit ? test : test.skip)(
    'in a git work tree, lists what git tracks or would, from the top level',
    () => {
      const dir = repo({
        ...Object.fromEntries(FILES.map(f => [f, ''])),
        '.gitignore': 'build/\n',
        'build/out.py': '',
        'node_modules/x/index.js': ''
      })
      fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\nnode_modules/\n')
      const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' })
      git('init', '-q')
      git('add', 'pipelines', 'README.md')
      // tracked: pipelines/**, README.md; untracked, not ignored: .gitignore; ignored: build/, node_modules/
      const { doc } = checkJson(
        ['--config', 'map.yml', '--definition', definition, '--repo', path.join(dir, 'pipelines')],
        { 'map.yml': MAPPING }
      )
      expect(doc.files).toBe(6)
      expect(doc.problems).toEqual([
        expect.objectContaining({ kind: 'files-unmapped', files: { count: 1, first: ['.gitignore'] } })
      ])
      const text = cli(
        ['check', '--config', 'map.yml', '--definition', definition, '--repo', path.join(dir, 'pipelines')],
        {
          'map.yml': MAPPING
        }
      )
      expect(text.stderr).toContain('is inside the git repository at')
      expect(text.stdout).toContain('(git ls-files)')
    }
  )
})

test('the CLI lists and runs both commands', async () => {
  const { runCli, USAGE } = await import('../../../tools/cli/cli.js')
  expect(USAGE).toMatch(/^ {2}init {6}write a starter mapping file/m)
  expect(USAGE).toMatch(/^ {2}check {5}check a mapping file/m)
  let out = ''
  const io: CliIo = {
    stdout: s => (out += s),
    stderr: () => undefined,
    readFile: p => fs.readFileSync(p, 'utf8')
  }
  expect(await runCli(['init', '--help'], io)).toBe(0)
  expect(out).toContain('Usage: init --definition FILE')
  expect(await runCli(['check', '--help'], io)).toBe(0)
  expect(out).toContain('Usage: check --config FILE --definition FILE')
  expect(await runCli(['check', '--config', 'nowhere.yml'], io)).toBe(2)
})
