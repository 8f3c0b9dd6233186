import { afterEach, expect, it } from '@jest/globals'
import { e2e, type E2E } from '../../__fixtures__/e2e.js'

let env: E2E | undefined
afterEach(async () => {
  await env?.close()
  env = undefined
})

it('times seeding', async () => {
  const t0 = Date.now()
  env = await e2e({
    clock: 'manual',
    executions: (repo, provenance) => [
      { status: 'Succeeded', createdAt: '-2d', description: provenance(repo.commits.main, '900/1') },
      ...Array.from({ length: 1000 }, (_, i) => ({
        status: (i % 2 ? 'Stopped' : 'Failed') as 'Stopped' | 'Failed',
        createdAt: `-${1000 - i}m`,
        description: provenance(repo.commits.main, `${1000 + i}/1`),
        ...(i % 2 ? {} : { failedStep: 'Abalone-Preprocess' })
      }))
    ]
  })
  const t1 = Date.now()
  console.log('seed ms', t1 - t0)
  const result = await env.run({ mode: 'plan' })
  console.log(
    'run ms',
    Date.now() - t1,
    result.exitCode,
    result.outputs['reference-execution-arn'],
    result.outputs.status,
    result.errors
  )
  console.log(
    result.stdout
      .split('\n')
      .filter(l => !l.startsWith('Not the reference'))
      .join('\n')
      .slice(0, 5000)
  )
  expect(1).toBe(1)
}, 120000)
