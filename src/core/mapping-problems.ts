import type { ErrorObject } from 'ajv'
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml'
import { didYouMean, UserError, quote } from '../errors.js'
import { isObject } from './definition.js'
import validate from './mapping-schema-validator.generated.js'

/** Where an entry sits in the mapping file: `['pipelines', 'P', 'steps', 'S', 1]`. */
export type Path = Array<string | number>

/**
 * Checks the parsed mapping file against the JSON Schema that ships with the action (so editors and the
 * action agree on what is valid) and reports each violation as a sentence about the entry. The schema is
 * compiled at build time (scripts/build-schema-validator.mjs): compiling it here cost ~100 ms of start-up.
 */
export function checkSchema(data: unknown, problems: Problems): void {
  if (!validate(data)) for (const e of validate.errors ?? []) translate(e, data, problems)
}

/** Turns one ajv error into a sentence about the entry, not about the schema. */
function translate(error: ErrorObject, data: unknown, problems: Problems): void {
  if (error.propertyName !== undefined) return // reported by its `propertyNames` error
  const path = pointerToPath(error.instancePath, data)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const accepted = Object.keys((error.parentSchema as { properties?: object }).properties ?? {})
      const where = path.length === 0 ? 'the top level accepts' : 'a pipeline accepts'
      problems.add(
        [...path, key],
        `is not a known key${didYouMean(key, accepted)}; ${where} ${accepted.join(', ')}`,
        true
      )
      return
    }
    case 'propertyNames': {
      const key = String(params.propertyName)
      const what =
        path[path.length - 1] === 'pipelines'
          ? 'is not a valid SageMaker pipeline name (letters, digits and hyphens, starting with a letter or digit)'
          : 'is not a valid step name (1-64 characters of A-Z, a-z, 0-9, - and _)'
      problems.add([...path, key], what, true)
      return
    }
    case 'required': {
      const missing = String(params.missingProperty)
      problems.add(
        path,
        missing === 'pipelines'
          ? 'has no top-level "pipelines:" mapping of pipeline name to steps'
          : `needs "${missing}:" (a mapping of parameter name to value)`
      )
      return
    }
    case 'type':
      problems.add(path, `must be ${expected(params.type)}, but is ${describe(error.data)}`)
      return
    case 'minLength':
      problems.add(path, 'is an empty string; give a repo-relative glob such as pipelines/train/**')
      return
    case 'minItems':
      problems.add(path, 'is an empty list; give at least one glob, or remove the key')
      return
    case 'minProperties':
      problems.add(path, 'is empty; give at least one entry, or remove the key')
      return
    default:
      problems.add(path, error.message ?? `is invalid (${error.keyword})`)
  }
}

function expected(type: unknown): string {
  const types = Array.isArray(type) ? type.join(',') : String(type)
  switch (types) {
    case 'object':
      return 'a mapping'
    case 'string':
      return 'a string'
    case 'string,array':
      return 'a glob or a list of globs'
    case 'string,number,boolean':
      return 'a string, number or boolean'
    default:
      return `of type ${types}`
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (isObject(value)) return 'a mapping'
  return `the ${typeof value} ${JSON.stringify(value)}`
}

/** JSON pointer → path whose array steps are numbers, for `pipelines.P.steps.S[1]`. */
function pointerToPath(pointer: string, data: unknown): Path {
  if (pointer === '') return []
  const path: Path = []
  let current = data
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(current)) {
      path.push(Number(segment))
      current = current[Number(segment)]
    } else {
      path.push(segment)
      current = isObject(current) ? current[segment] : undefined
    }
  }
  return path
}

/** Collects problems so the user sees all of them in one run, each with its entry path and position. */
export class Problems {
  private readonly lines: string[] = []

  constructor(
    private readonly source: string,
    private readonly doc: Document,
    private readonly counter: LineCounter
  ) {}

  add(path: Path, problem: string, atKey = false): void {
    const line = `${this.source}${this.position(path, atKey)}: ${entryName(path)} ${problem}`
    if (!this.lines.includes(line)) this.lines.push(line)
  }

  throwIfAny(): void {
    if (this.lines.length === 0) return
    const message =
      this.lines.length === 1
        ? this.lines[0]!
        : `${this.source}: ${this.lines.length} problems in the mapping file:\n${this.lines.map(l => `  ${l}`).join('\n')}`
    this.lines.length = 0
    throw new UserError(message)
  }

  private position(path: Path, atKey: boolean): string {
    let node: unknown = this.doc.contents
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!
      if (isMap(node)) {
        const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === String(segment))
        if (!pair) break
        node = atKey && i === path.length - 1 ? pair.key : pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment]
      } else break
    }
    const range = (node as { range?: [number, number, number] } | null)?.range
    if (!range) return ''
    const { line, col } = this.counter.linePos(range[0])
    return `:${line}:${col}`
  }
}

function entryName(path: Path): string {
  if (path.length === 0) return 'the mapping file'
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`
      const plain = /^[A-Za-z0-9_-]+$/.test(segment)
      return plain && segment.length <= 200 ? `${i === 0 ? '' : '.'}${segment}` : `[${quote(segment)}]`
    })
    .join('')
}
