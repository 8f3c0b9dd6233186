import { describe, expect, it } from '@jest/globals'
import type { Plan, Reason } from '../../../src/core/types.js'
import {
  isSecretParameter,
  looksSecretName,
  looksSecretValue,
  redactParameters,
  redactReason,
  redactText
} from '../../../src/report/redact.js'
import { renderComment, renderSummary } from '../../../src/report/report.js'
import { baseInput, chainGraph, chainPlan } from './fixture.js'

const GHP = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'
const FINE_GRAINED = `github_pat_11ABCDEFG0${'x'.repeat(60)}`
const AKIA = 'AKIAIOSFODNN7EXAMPLE'
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----'
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'

describe('looksSecretName', () => {
  it.each([
    'GitHubToken',
    'api_token',
    'DbPassword',
    'db-passwd',
    'ClientSecret',
    'ApiKey',
    'api_key',
    'KEY',
    'AuthHeader',
    'aws_credentials',
    'PrivateKeyPem',
    'db-pwd'
  ])('%s is secret', name => expect(looksSecretName(name)).toBe(true))

  it.each(['MaxDepth', 'Author', 'MonkeyCount', 'InputDataUrl', 'TrainingInstanceType', 'Keyboard'])(
    '%s is not',
    name => expect(looksSecretName(name)).toBe(false)
  )
})

describe('looksSecretValue', () => {
  it.each([GHP, FINE_GRAINED, AKIA, AWS_SECRET, PEM, JWT, 'gho_16C7e42F292c6912E7710c838347Ae178B4a'])(
    '%s looks like a credential',
    value => expect(looksSecretValue(value)).toBe(true)
  )

  it.each([
    'ml.m5.xlarge',
    's3://bucket/abalone/train.csv',
    '0.5',
    'Approved',
    'a'.repeat(64),
    '0123456789abcdef0123456789abcdef01234567', // a commit SHA
    '123e4567-e89b-12d3-a456-426614174000', // a UUID
    'arn:aws:sagemaker:us-east-1:123456789012:model-package/abalone/3',
    'my_long_parameter_value_without_digits_at_all'
  ])('%s does not', value => expect(looksSecretValue(value)).toBe(false))
})

describe('redaction', () => {
  it('hides both values of a parameter whose name or either value says credential', () => {
    const reason: Reason = { kind: 'parameter', name: 'ApiToken', from: 'aaaa', to: 'bbbb' }
    expect(redactReason(reason)).toEqual({ kind: 'parameter', name: 'ApiToken', from: '***', to: '***' })
    expect(redactReason({ kind: 'parameter', name: 'X', from: '1', to: GHP })).toEqual({
      kind: 'parameter',
      name: 'X',
      from: '***',
      to: '***'
    })
    const plain: Reason = { kind: 'parameter', name: 'MaxDepth', from: '5', to: '6' }
    expect(redactReason(plain)).toBe(plain)
    expect(isSecretParameter('MaxDepth', '5', '6')).toBe(false)
  })

  it('replaces credential-shaped substrings and given secrets in free text, longest first', () => {
    expect(redactText(`token ${GHP} and key ${AKIA}.`)).toBe('token *** and key ***.')
    expect(redactText(`pem:\n${PEM}\nafter`)).toBe('pem:\n***\nafter')
    expect(redactText('pass hunter2-long and hunter2', ['hunter2', 'hunter2-long'])).toBe('pass *** and ***')
  })

  it('redacts a parameter map for logs', () => {
    expect(redactParameters({ DbPassword: 'x', MaxDepth: '5', Other: GHP })).toEqual({
      DbPassword: '***',
      MaxDepth: '5',
      Other: '***'
    })
  })
})

describe('the report never shows a secret-looking parameter value', () => {
  const graph = chainGraph(2, i => `Step${i}`)
  const secretValue = `${'z'.repeat(150)}${GHP}` // long: a clip would keep only part of it
  const plan: Plan = {
    ...chainPlan(graph, 1),
    reasons: {
      Step1: [
        { kind: 'parameter', name: 'RegistryToken', from: 'previous-token-value', to: 'next-token-value' },
        { kind: 'parameter', name: 'Endpoint', from: 'old-endpoint', to: secretValue },
        { kind: 'parameter', name: 'MaxDepth', from: '5', to: '6' }
      ]
    },
    warnings: [`a warning quoting ${GHP}`],
    fullRunReason: undefined
  }
  const input = baseInput({
    graph,
    plan,
    pipeline: 'P',
    reference: undefined,
    finalSteps: new Map([['Step1', { status: 'Failed', failureReason: `auth failed for ${AKIA}` }]]),
    mode: 'wait',
    status: 'Failed'
  })

  for (const [kind, body] of [
    ['comment', renderComment(input)],
    ['summary', renderSummary(input)]
  ] as const) {
    it(`${kind}: shows *** for them and the plain values of the others`, () => {
      for (const leaked of [
        'previous-token-value',
        'next-token-value',
        'old-endpoint',
        'ghp_',
        'AKIA',
        'zzzzzzzzzz'
      ])
        expect(body).not.toContain(leaked)
      expect(body).toContain('parameter RegistryToken changed from "\\*\\*\\*" to "\\*\\*\\*"')
      expect(body).toContain('parameter MaxDepth changed from "5" to "6"')
      expect(body).toContain('auth failed for \\*\\*\\*')
      expect(body).not.toMatch(/&#\d+;/)
    })
  }
})
