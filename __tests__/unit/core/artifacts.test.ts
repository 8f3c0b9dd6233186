import { describe, expect, it } from '@jest/globals'
import { collectArtifacts } from '../../../src/core/artifacts.js'
import type { StepState } from '../../../src/core/types.js'

const OLD = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/P/execution/old'
const REF = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/P/execution/ref'
const NEW = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/P/execution/new'
const runs = new Map<string, Map<string, StepState>>([
  [
    OLD,
    new Map([
      ['Train', { status: 'Succeeded', metadata: { TrainingJob: 'arn:aws:sagemaker:::training-job/t1' } }]
    ])
  ],
  [
    REF,
    new Map<string, StepState>([
      ['Train', { status: 'Succeeded', reusedFrom: OLD }],
      [
        'Register',
        { status: 'Succeeded', metadata: { RegisterModel: 'arn:aws:sagemaker:::model-package/p/3' } }
      ],
      ['Evaluate', { status: 'Failed' }]
    ])
  ]
])

describe('collectArtifacts', () => {
  it('names the run that made each fresh output, with its Metadata ARNs, not the run that carried it over', () => {
    const out = collectArtifacts(
      new Map([
        ['Train', OLD],
        ['Register', REF]
      ]),
      arn => runs.get(arn)
    )
    expect(out).toEqual({
      Train: {
        execution: OLD,
        status: 'Succeeded',
        metadata: { TrainingJob: 'arn:aws:sagemaker:::training-job/t1' }
      },
      Register: {
        execution: REF,
        status: 'Succeeded',
        metadata: { RegisterModel: 'arn:aws:sagemaker:::model-package/p/3' }
      }
    })
  })

  it('lists no step whose producing entry did not succeed or cannot be read', () => {
    const out = collectArtifacts(
      new Map([
        ['Evaluate', REF],
        ['Train', 'arn:unknown']
      ]),
      arn => runs.get(arn)
    )
    expect(Object.keys(out)).toEqual([])
  })

  it('steps the new run ran override what was reused; its reused entries do not', () => {
    const ran = new Map<string, StepState>([
      ['Train', { status: 'Succeeded', reusedFrom: REF }],
      [
        'Register',
        { status: 'Succeeded', metadata: { RegisterModel: 'arn:aws:sagemaker:::model-package/p/4' } }
      ]
    ])
    const out = collectArtifacts(new Map([['Train', OLD]]), arn => runs.get(arn), { arn: NEW, steps: ran })
    expect(out.Train!.execution).toBe(OLD)
    expect(out.Register).toEqual({
      execution: NEW,
      status: 'Succeeded',
      metadata: { RegisterModel: 'arn:aws:sagemaker:::model-package/p/4' }
    })
  })
})
