/**
 * Request constraints of the operations the emulator serves, copied from the API model (botocore
 * `sagemaker/2017-07-24/service-2.json`, reference §2), and a validator that words its findings the
 * way the service does ("1 validation error detected: Value '…' at '…' failed to satisfy
 * constraint: …"), so that clients meet the same rejections here as against the real endpoint.
 */
import { AwsError, serializationError, validationError } from './protocol.js'

export type Shape =
  | { type: 'string'; min?: number; max?: number; pattern?: string; enum?: readonly string[] }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'timestamp' }
  | { type: 'boolean' }
  | { type: 'list'; member: Shape; min?: number; max?: number }
  | { type: 'structure'; members: Record<string, Shape>; required?: readonly string[] }

const str = (min?: number, max?: number, pattern?: string): Shape => ({ type: 'string', min, max, pattern })
const int = (min?: number, max?: number): Shape => ({ type: 'integer', min, max })
const struct = (members: Record<string, Shape>, required: string[] = []): Shape => ({
  type: 'structure',
  members,
  required
})

const NAME_PATTERN = '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}'
const PIPELINE_NAME = str(1, 256, NAME_PATTERN)
const NAME_OR_ARN = str(
  1,
  2048,
  `(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:([0-9]{12}|aws):pipeline/.*)?(${NAME_PATTERN})`
)
const PIPELINE_ARN = str(0, 2048, 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:([0-9]{12}|aws):pipeline/.*')
const EXECUTION_ARN = str(
  0,
  2048,
  'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:pipeline\\/.*\\/execution\\/.*'
)
const TOKEN = str(32, 128)
const DESCRIPTION = str(0, 3072, '.*')
/** The definition's own pattern `.*(?:[ \r\n\t].*)*` accepts any text and backtracks badly on 1 MB: length only. */
const DEFINITION = str(1, 1048576)
const EXECUTION_NAME = str(1, 82, '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}')
const VERSION_NAME = str(1, 82, '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}')
const VERSION_ID = int(1)
const MAX_RESULTS = int(1, 100)
const NEXT_TOKEN = str(0, 8192, '.*')
const SORT_ORDER: Shape = { type: 'string', enum: ['Ascending', 'Descending'] }
const TIMESTAMP: Shape = { type: 'timestamp' }
const PARALLELISM = struct({ MaxParallelExecutionSteps: int(1) }, ['MaxParallelExecutionSteps'])
const ROLE_ARN = str(20, 2048, 'arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+')
const S3_LOCATION = struct(
  {
    Bucket: str(3, 63, '[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]'),
    ObjectKey: str(1, 1024, '.+'),
    VersionId: str(1, 1024, '.+')
  },
  ['Bucket', 'ObjectKey']
)
const TAGS: Shape = {
  type: 'list',
  max: 50,
  min: 0,
  member: struct(
    {
      Key: str(1, 128, '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)'),
      Value: str(0, 256, '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)')
    },
    ['Key', 'Value']
  )
}
const PARAMETERS: Shape = {
  type: 'list',
  min: 0,
  max: 200,
  member: struct({ Name: str(1, 256, '[A-Za-z0-9\\-_]*'), Value: str(0, 1024) }, ['Name', 'Value'])
}
const SELECTIVE = struct(
  {
    SourcePipelineExecutionArn: EXECUTION_ARN,
    SelectedSteps: { type: 'list', min: 1, max: 50, member: struct({ StepName: str(0, 256) }, ['StepName']) }
  },
  ['SelectedSteps']
)

const PIPELINE_BODY = {
  PipelineDisplayName: PIPELINE_NAME,
  PipelineDefinition: DEFINITION,
  PipelineDefinitionS3Location: S3_LOCATION,
  PipelineDescription: DESCRIPTION,
  RoleArn: ROLE_ARN,
  ParallelismConfiguration: PARALLELISM
}

/** Input shapes by operation name; an operation missing here is unknown to the emulator. */
export const OPERATIONS: Record<string, Shape> = {
  CreatePipeline: struct(
    { PipelineName: PIPELINE_NAME, ClientRequestToken: TOKEN, Tags: TAGS, ...PIPELINE_BODY },
    ['PipelineName', 'ClientRequestToken', 'RoleArn']
  ),
  UpdatePipeline: struct({ PipelineName: PIPELINE_NAME, ...PIPELINE_BODY }, ['PipelineName']),
  DescribePipeline: struct({ PipelineName: NAME_OR_ARN, PipelineVersionId: VERSION_ID }, ['PipelineName']),
  DeletePipeline: struct({ PipelineName: PIPELINE_NAME, ClientRequestToken: TOKEN }, [
    'PipelineName',
    'ClientRequestToken'
  ]),
  ListPipelines: struct({
    PipelineNamePrefix: PIPELINE_NAME,
    CreatedAfter: TIMESTAMP,
    CreatedBefore: TIMESTAMP,
    SortBy: { type: 'string', enum: ['Name', 'CreationTime'] },
    SortOrder: SORT_ORDER,
    NextToken: NEXT_TOKEN,
    MaxResults: MAX_RESULTS
  }),
  ListPipelineVersions: struct(
    {
      PipelineName: NAME_OR_ARN,
      CreatedAfter: TIMESTAMP,
      CreatedBefore: TIMESTAMP,
      SortOrder: SORT_ORDER,
      NextToken: NEXT_TOKEN,
      MaxResults: MAX_RESULTS
    },
    ['PipelineName']
  ),
  UpdatePipelineVersion: struct(
    {
      PipelineArn: PIPELINE_ARN,
      PipelineVersionId: VERSION_ID,
      PipelineVersionDisplayName: VERSION_NAME,
      PipelineVersionDescription: DESCRIPTION
    },
    ['PipelineArn', 'PipelineVersionId']
  ),
  StartPipelineExecution: struct(
    {
      PipelineName: NAME_OR_ARN,
      PipelineExecutionDisplayName: EXECUTION_NAME,
      PipelineParameters: PARAMETERS,
      PipelineExecutionDescription: DESCRIPTION,
      ClientRequestToken: TOKEN,
      ParallelismConfiguration: PARALLELISM,
      SelectiveExecutionConfig: SELECTIVE,
      PipelineVersionId: VERSION_ID,
      MlflowExperimentName: str(1, 256, '.*')
    },
    ['PipelineName', 'ClientRequestToken']
  ),
  DescribePipelineExecution: struct({ PipelineExecutionArn: EXECUTION_ARN }, ['PipelineExecutionArn']),
  ListPipelineExecutions: struct(
    {
      PipelineName: NAME_OR_ARN,
      CreatedAfter: TIMESTAMP,
      CreatedBefore: TIMESTAMP,
      SortBy: { type: 'string', enum: ['CreationTime', 'PipelineExecutionArn'] },
      SortOrder: SORT_ORDER,
      NextToken: NEXT_TOKEN,
      MaxResults: MAX_RESULTS
    },
    ['PipelineName']
  ),
  // The model marks nothing required here (reference §2.4); the emulator still needs the ARN.
  ListPipelineExecutionSteps: struct({
    PipelineExecutionArn: EXECUTION_ARN,
    NextToken: NEXT_TOKEN,
    MaxResults: MAX_RESULTS,
    SortOrder: SORT_ORDER
  }),
  ListPipelineParametersForExecution: struct(
    { PipelineExecutionArn: EXECUTION_ARN, NextToken: NEXT_TOKEN, MaxResults: MAX_RESULTS },
    ['PipelineExecutionArn']
  ),
  DescribePipelineDefinitionForExecution: struct({ PipelineExecutionArn: EXECUTION_ARN }, [
    'PipelineExecutionArn'
  ]),
  StopPipelineExecution: struct({ PipelineExecutionArn: EXECUTION_ARN, ClientRequestToken: TOKEN }, [
    'PipelineExecutionArn',
    'ClientRequestToken'
  ]),
  RetryPipelineExecution: struct(
    { PipelineExecutionArn: EXECUTION_ARN, ClientRequestToken: TOKEN, ParallelismConfiguration: PARALLELISM },
    ['PipelineExecutionArn', 'ClientRequestToken']
  ),
  UpdatePipelineExecution: struct(
    {
      PipelineExecutionArn: EXECUTION_ARN,
      PipelineExecutionDescription: DESCRIPTION,
      PipelineExecutionDisplayName: EXECUTION_NAME,
      ParallelismConfiguration: PARALLELISM
    },
    ['PipelineExecutionArn']
  )
}

/**
 * Checks a request body against its operation's shape. Type mismatches are a SerializationException
 * (the service cannot read the body); constraint violations are collected and reported together in
 * one ValidationException, as the service does.
 */
export function validateRequest(operation: string, body: unknown): void {
  const shape = OPERATIONS[operation]
  if (!shape) return
  const problems: string[] = []
  check(shape, body, '', problems)
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`
    throw validationError(`${count} detected: ${problems.join('; ')}`)
  }
}

function check(shape: Shape, value: unknown, path: string, problems: string[]): void {
  if (value === undefined || value === null) return
  const at = `at '${path}' failed to satisfy constraint: Member must`
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw typeError(path, 'a structure')
      const record = value as Record<string, unknown>
      for (const name of shape.required ?? []) {
        if (record[name] === undefined || record[name] === null) {
          problems.push(
            `Value null at '${join(path, name)}' failed to satisfy constraint: Member must not be null`
          )
        }
      }
      for (const [name, member] of Object.entries(shape.members))
        check(member, record[name], join(path, name), problems)
      return
    }
    case 'list': {
      if (!Array.isArray(value)) throw typeError(path, 'a list')
      const shown = `'[${value.map(v => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}]'`
      if (shape.min !== undefined && value.length < shape.min) {
        problems.push(`Value ${shown} ${at} have length greater than or equal to ${shape.min}`)
      }
      if (shape.max !== undefined && value.length > shape.max) {
        problems.push(`Value ${shown} ${at} have length less than or equal to ${shape.max}`)
      }
      value.forEach((item, i) => check(shape.member, item, `${path}.${i + 1}.member`, problems))
      return
    }
    case 'string': {
      if (typeof value !== 'string') throw typeError(path, 'a string')
      const shown = `Value '${value.length > 200 ? `${value.slice(0, 200)}…` : value}'`
      const length = [...value].length
      if (shape.min !== undefined && length < shape.min)
        problems.push(`${shown} ${at} have length greater than or equal to ${shape.min}`)
      if (shape.max !== undefined && length > shape.max)
        problems.push(`${shown} ${at} have length less than or equal to ${shape.max}`)
      if (shape.pattern !== undefined && !fullMatch(shape.pattern, value)) {
        problems.push(`${shown} ${at} satisfy regular expression pattern: ${shape.pattern}`)
      }
      if (shape.enum && !shape.enum.includes(value))
        problems.push(`${shown} ${at} satisfy enum value set: [${shape.enum.join(', ')}]`)
      return
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw typeError(path, 'an integer')
      if (shape.min !== undefined && value < shape.min)
        problems.push(`Value '${value}' ${at} have value greater than or equal to ${shape.min}`)
      if (shape.max !== undefined && value > shape.max)
        problems.push(`Value '${value}' ${at} have value less than or equal to ${shape.max}`)
      return
    }
    case 'timestamp':
      if (typeof value !== 'number' && typeof value !== 'string') throw typeError(path, 'a timestamp')
      return
    case 'boolean':
      if (typeof value !== 'boolean') throw typeError(path, 'a boolean')
  }
}

const compiled = new Map<string, RegExp>()

/** The model's patterns are Java regular expressions matched against the whole value. */
function fullMatch(pattern: string, value: string): boolean {
  let re = compiled.get(pattern)
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, 'u')
    compiled.set(pattern, re)
  }
  return re.test(value)
}

/** Member paths in messages are lowerCamelCase, list items 1-based: `pipelineParameters.1.member.name`. */
function join(path: string, member: string): string {
  const camel = member.charAt(0).toLowerCase() + member.slice(1)
  return path === '' ? camel : `${path}.${camel}`
}

function typeError(path: string, expected: string): AwsError {
  return serializationError(`Cannot deserialize '${path || 'request'}': expected ${expected}`)
}
