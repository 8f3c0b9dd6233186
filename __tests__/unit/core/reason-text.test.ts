import { describe, expect, test } from '@jest/globals'
import { describeReason } from '../../../src/core/reason-text.js'
import type { Reason } from '../../../src/core/types.js'

describe('describeReason', () => {
  const cases: Array<[Reason, string]> = [
    [{ kind: 'file', file: 'src/train.py', glob: 'src/**' }, 'src/train.py changed (matches src/**)'],
    [
      { kind: 'all-steps-file', file: 'pipeline.py', glob: '*.py' },
      'pipeline.py changed (all-steps glob *.py)'
    ],
    [
      { kind: 'unknown-changes', detail: 'the diff was truncated' },
      'changed files unknown (the diff was truncated)'
    ],
    [
      { kind: 'definition', paths: ['Arguments.HyperParameters.max_depth'] },
      'definition changed at Arguments.HyperParameters.max_depth'
    ],
    [{ kind: 'definition', paths: ['a', 'b', 'c', 'd', 'e'] }, 'definition changed at a, b, c and 2 more'],
    [{ kind: 'definition', paths: [] }, 'step definition changed'],
    [{ kind: 'new-step' }, 'new step (not in the reference run)'],
    [
      { kind: 'parameter', name: 'MseThreshold', from: '6.0', to: '0' },
      'parameter MseThreshold changed from "6.0" to "0"'
    ],
    [{ kind: 'parameter', name: 'X', to: '1' }, 'parameter X set to "1"'],
    [{ kind: 'parameter', name: 'X', from: '1' }, 'parameter X removed (was "1")'],
    [{ kind: 'parameter', name: 'X' }, 'parameter X changed'],
    [{ kind: 'upstream', step: 'Abalone-Train' }, 'downstream of Abalone-Train, which runs'],
    [{ kind: 'enclosing-condition', of: 'Abalone-FailNotify' }, 'enclosing Condition of Abalone-FailNotify'],
    [{ kind: 'explicit' }, 'named in the steps input'],
    [{ kind: 'selection-all' }, 'full run'],
    [{ kind: 'failed-in-reference', status: 'Failed' }, 'Failed in the reference run'],
    [{ kind: 'failed-in-reference', status: 'NotRun' }, 'did not run in the reference run'],
    [
      { kind: 'coverage', detail: 'not run since pipelines/x.py changed' },
      'coverage: not run since pipelines/x.py changed'
    ]
  ]
  test.each(cases)('%j', (reason, text) => expect(describeReason(reason)).toBe(text))
})
