/**
 * Wire-level pieces of the awsJson1_1 protocol the SageMaker API speaks (reference §2.1): error
 * codes and shapes, timestamps as epoch seconds, request ids. Everything an operation throws that is
 * not an `AwsError` becomes a 500 InternalFailure, so a bug in the emulator looks like a service
 * fault to the client instead of hanging it.
 */
import { randomUUID } from 'node:crypto'

/** Codes of the errors modeled in the SageMaker API: their shape has one member, `Message`. */
const MODELED = new Set(['ResourceNotFound', 'ConflictException', 'ResourceLimitExceeded', 'ResourceInUse'])

export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400
  ) {
    super(message)
    this.name = code
  }

  /** `{"__type", "message"}`, or `"Message"` for modeled errors, as the service sends them. */
  body(): Record<string, string> {
    return MODELED.has(this.code)
      ? { __type: this.code, Message: this.message }
      : { __type: this.code, message: this.message }
  }
}

export function validationError(message: string): AwsError {
  return new AwsError('ValidationException', message)
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFound', message)
}

export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message)
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('ResourceLimitExceeded', message)
}

export function throttling(): AwsError {
  return new AwsError('ThrottlingException', 'Rate exceeded')
}

export function internalFailure(message = 'We encountered an internal error. Please try again.'): AwsError {
  return new AwsError('InternalFailure', message, 500)
}

export function unknownOperation(target: string): AwsError {
  return new AwsError('UnknownOperationException', `Unknown operation ${JSON.stringify(target)}`)
}

export function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message)
}

/** The JSON protocol sends timestamps as epoch seconds (fractional allowed). */
export function epochSeconds(ms: number): number {
  return ms / 1000
}

/** Accepts what a client may send for a timestamp member: epoch seconds as a number or numeric string. */
export function parseTimestamp(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n)) throw serializationError(`Cannot parse ${JSON.stringify(value)} as a timestamp`)
  return n * 1000
}

export function requestId(): string {
  return randomUUID()
}

/** Java's List.toString, which the service uses inside its messages: `[A, B]`. */
export function javaList(items: Iterable<string>): string {
  return `[${[...items].join(', ')}]`
}
