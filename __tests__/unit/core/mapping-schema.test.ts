import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import validate from '../../../src/core/mapping-schema-validator.generated.js'

/** What scripts/build-schema-validator.mjs exports (a plain .mjs, so typed here by hand). */
interface BuildScript {
  generateValidatorCode(): Promise<string>
  OUTPUT_FILE: string
  SCHEMA_FILE: string
}

const script = pathToFileURL(path.join(process.cwd(), 'scripts', 'build-schema-validator.mjs')).href
const build = (await import(script)) as BuildScript
const schema = JSON.parse(fs.readFileSync(build.SCHEMA_FILE, 'utf8')) as object

/** The validator the action compiled at run time before it was precompiled, with the same options. */
const compiled = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(schema)

describe('the committed validator', () => {
  test('is what the build script generates from the current schema (run `npm run build:schema`)', async () => {
    const committed = fs.readFileSync(build.OUTPUT_FILE, 'utf8')
    expect(committed).toBe(await build.generateValidatorCode())
  })

  test('imports nothing, so the bundle carries no Ajv', () => {
    const code = fs.readFileSync(build.OUTPUT_FILE, 'utf8')
    expect(code).not.toMatch(/^\s*import\b/m)
    expect(code).not.toMatch(/\brequire\s*\(/)
    expect(code).not.toMatch(/\bimport\s*\(/)
  })
})

const pipeline = { steps: { 'Abalone-Train': ['train/**', 'common/*.py'] }, ignore: '**/*.md' }

/** Documents the schema accepts or rejects, each for a different keyword `translate()` handles. */
const DOCUMENTS: Record<string, unknown> = {
  valid: {
    pipelines: {
      AbalonePipeline: {
        ...pipeline,
        'all-steps': ['pipeline.py'],
        coverage: { 'Abalone-FailNotify': { parameters: { MseThreshold: '0', Retries: 2, Strict: true } } }
      }
    }
  },
  'one astral character is one character': { pipelines: { P: { steps: { S: '\u{1F600}' } } } },
  'not a mapping': ['pipelines'],
  null: null,
  'a string': 'pipelines',
  'no pipelines': { pipeline: { P: pipeline } },
  'empty pipelines': { pipelines: {} },
  'bad pipeline name': { pipelines: { '-P': pipeline, 'Q R': pipeline } },
  'unknown pipeline key': { pipelines: { P: { ...pipeline, step: {} } } },
  'bad step name': { pipelines: { P: { steps: { 'Train.Step': 'a/**', ['x'.repeat(65)]: 'b' } } } },
  'empty glob': { pipelines: { P: { steps: { S: '' }, ignore: ['a', ''] } } },
  'empty glob list': { pipelines: { P: { steps: { S: [] }, 'all-steps': [] } } },
  'globs of the wrong type': { pipelines: { P: { steps: { S: 3, T: { a: 1 }, U: [null] }, ignore: true } } },
  'steps not a mapping': { pipelines: { P: { steps: ['a'] } } },
  'coverage without parameters': { pipelines: { P: { coverage: { S: {} } } } },
  'coverage with extra key': { pipelines: { P: { coverage: { S: { parameters: { A: 1 }, params: {} } } } } },
  'empty parameters': { pipelines: { P: { coverage: { S: { parameters: {} } } } } },
  'non-scalar parameter': { pipelines: { P: { coverage: { S: { parameters: { A: [1], B: null } } } } } }
}

describe('the precompiled validator', () => {
  test.each(Object.keys(DOCUMENTS))('gives the verdict and errors of the run-time compiled one: %s', name => {
    const data = DOCUMENTS[name]
    const verdict = validate(data)
    expect(verdict).toBe(compiled(data))
    expect(validate.errors).toEqual(compiled.errors)
  })

  test('rejects what it should, with verbose errors that translate() can read', () => {
    expect(validate(DOCUMENTS.valid)).toBe(true)
    expect(validate.errors).toBeNull()
    expect(validate(DOCUMENTS['one astral character is one character'])).toBe(true)

    expect(validate(DOCUMENTS['unknown pipeline key'])).toBe(false)
    expect(validate.errors).toEqual([
      expect.objectContaining({
        keyword: 'additionalProperties',
        instancePath: '/pipelines/P',
        params: { additionalProperty: 'step' },
        parentSchema: expect.objectContaining({
          properties: expect.objectContaining({ steps: expect.anything(), coverage: expect.anything() })
        })
      })
    ])

    expect(validate(DOCUMENTS['globs of the wrong type'])).toBe(false)
    const types = validate.errors!.filter(e => e.keyword === 'type')
    expect(types.map(e => [e.instancePath, e.params, e.data])).toEqual([
      ['/pipelines/P/steps/S', { type: ['string', 'array'] }, 3],
      ['/pipelines/P/steps/T', { type: ['string', 'array'] }, { a: 1 }],
      ['/pipelines/P/steps/U/0', { type: 'string' }, null],
      ['/pipelines/P/ignore', { type: ['string', 'array'] }, true]
    ])
  })
})
