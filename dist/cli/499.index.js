export const id = 499;
export const ids = [499];
export const modules = {

/***/ 3499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startEmulator: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: seededExecutionArn, seededExecutionId, selectiveRefusal

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(2174);
;// CONCATENATED MODULE: ./tools/emulator/sagemaker/clock.ts
/**
 * Virtual time. Executions are computed from how much virtual time has passed since they started, so
 * a 30-minute pipeline can finish in half a second of wall time (`timeScale`) or exactly when a test
 * says so (`manual`), and no timers are ever left running.
 */
class VirtualClock {
    mode;
    timeScale;
    base;
    wallBase;
    offset = 0;
    constructor(mode, timeScale, start = Date.now()) {
        this.mode = mode;
        this.timeScale = timeScale;
        if (!(timeScale > 0) || !Number.isFinite(timeScale))
            throw new Error(`timeScale must be a positive number, got ${timeScale}`);
        this.base = start;
        this.wallBase = Date.now();
    }
    /** Virtual epoch milliseconds. */
    now() {
        const elapsed = this.mode === 'wall' ? (Date.now() - this.wallBase) * this.timeScale : 0;
        return this.base + elapsed + this.offset;
    }
    /** Moves virtual time forward (in either mode); going back would rewrite history, so it is refused. */
    advance(ms) {
        if (!(ms >= 0) || !Number.isFinite(ms))
            throw new Error(`advance takes a non-negative number of milliseconds, got ${ms}`);
        this.offset += ms;
    }
    /** Moves virtual time forward to `at` if it is later than now. */
    advanceTo(at) {
        const delta = at - this.now();
        if (delta > 0)
            this.advance(delta);
    }
}

// EXTERNAL MODULE: ./src/core/definition.ts + 2 modules
var core_definition = __webpack_require__(8805);
;// CONCATENATED MODULE: ./tools/emulator/sagemaker/expressions.ts
/**
 * Evaluates the expression language of pipeline definitions for real (reference §3.4–§3.5): literals,
 * `Get` of parameters, execution variables and step properties, `Std:Join`, `Std:JsonGet` over a
 * property file or an S3 URI, and the Condition types (Equals, GreaterThan[OrEqualTo],
 * LessThan[OrEqualTo], In, Not, Or; a top-level list is ANDed). A value nothing supplies raises
 * `MissingValue`, so the caller can fall back to the scenario's `conditionOutcomes` or fail the step
 * with a reason a person can act on.
 */

class MissingValue extends Error {
    what;
    constructor(what) {
        super(what);
        this.what = what;
        this.name = 'MissingValue';
    }
}
/** Resolves a definition value to a JSON value. */
function resolve(value, ctx) {
    if (!(0,core_definition/* isObject */.Gv)(value))
        return value;
    if (typeof value.Get === 'string')
        return get(value.Get, ctx);
    if ((0,core_definition/* isObject */.Gv)(value['Std:Join']))
        return render(value, ctx);
    if ((0,core_definition/* isObject */.Gv)(value['Std:JsonGet']))
        return jsonGet(value['Std:JsonGet'], ctx);
    return value;
}
/** Renders a value as text, the way a Fail step's ErrorMessage or a Join shows it. */
function render(value, ctx) {
    if ((0,core_definition/* isObject */.Gv)(value) && (0,core_definition/* isObject */.Gv)(value['Std:Join'])) {
        const join = value['Std:Join'];
        const on = typeof join.On === 'string' ? join.On : '';
        const parts = Array.isArray(join.Values) ? join.Values : [];
        return parts.map(p => render(p, ctx)).join(on);
    }
    if ((0,core_definition/* isObject */.Gv)(value) && typeof value.Get === 'string' && value.Get.startsWith('Parameters.')) {
        const p = ctx.parameters.get(value.Get.slice('Parameters.'.length));
        if (p?.type === 'Float' && typeof p.value === 'number')
            return formatFloat(p.value);
    }
    const resolved = resolve(value, ctx);
    if (resolved === undefined || resolved === null)
        return '';
    if (typeof resolved === 'boolean')
        return resolved ? 'true' : 'false';
    return typeof resolved === 'object' ? JSON.stringify(resolved) : String(resolved);
}
/** Java prints a double with at least one decimal: 6 → "6.0". */
function formatFloat(n) {
    return Number.isInteger(n) ? n.toFixed(1) : String(n);
}
/** True when every condition of the list holds. */
function evaluateConditions(conditions, ctx) {
    if (!Array.isArray(conditions))
        throw new MissingValue('the Condition step has no Conditions list');
    return conditions.every(c => evaluate(c, ctx));
}
function evaluate(condition, ctx) {
    if (!(0,core_definition/* isObject */.Gv)(condition))
        throw new MissingValue(`a condition is not an object: ${JSON.stringify(condition)}`);
    const type = condition.Type;
    switch (type) {
        case 'Equals':
            return equals(resolve(condition.LeftValue, ctx), resolve(condition.RightValue, ctx));
        case 'GreaterThan':
        case 'GreaterThanOrEqualTo':
        case 'LessThan':
        case 'LessThanOrEqualTo': {
            const c = compare(resolve(condition.LeftValue, ctx), resolve(condition.RightValue, ctx));
            if (type === 'GreaterThan')
                return c > 0;
            if (type === 'GreaterThanOrEqualTo')
                return c >= 0;
            if (type === 'LessThan')
                return c < 0;
            return c <= 0;
        }
        case 'In': {
            const query = resolve(condition.QueryValue, ctx);
            const values = Array.isArray(condition.Values) ? condition.Values : [];
            return values.some(v => equals(query, resolve(v, ctx)));
        }
        case 'Not':
            return !evaluate(condition.Condition ?? condition.Expression, ctx);
        case 'Or':
            return (Array.isArray(condition.Conditions) ? condition.Conditions : []).some(c => evaluate(c, ctx));
        default:
            throw new MissingValue(`the condition type ${JSON.stringify(type)} is not one the service knows`);
    }
}
function equals(a, b) {
    const na = numeric(a, b);
    const nb = numeric(b, a);
    if (na !== undefined && nb !== undefined)
        return na === nb;
    return scalarText(a) === scalarText(b);
}
function compare(a, b) {
    const na = numeric(a, b);
    const nb = numeric(b, a);
    if (na !== undefined && nb !== undefined)
        return na - nb;
    const sa = scalarText(a);
    const sb = scalarText(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}
/** A number, or a numeric string compared against a number. */
function numeric(value, other) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' &&
        (typeof other === 'number' || typeof other === 'string') &&
        value.trim() !== '') {
        const n = Number(value);
        if (Number.isFinite(n) && (typeof other === 'number' || Number.isFinite(Number(other))))
            return n;
    }
    return undefined;
}
function scalarText(value) {
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'string' && /^(true|false)$/i.test(value))
        return value.toLowerCase();
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
function get(path, ctx) {
    if (path.startsWith('Parameters.')) {
        const p = ctx.parameters.get(path.slice('Parameters.'.length));
        if (!p)
            throw new MissingValue(`${path} is not a parameter of this execution`);
        return p.value;
    }
    if (path.startsWith('Execution.')) {
        const v = ctx.execution[path.slice('Execution.'.length)];
        if (v === undefined)
            throw new MissingValue(`${path} is not an execution variable`);
        return v;
    }
    const m = /^Steps\.([^.[]+)\.?(.*)$/.exec(path);
    if (!m)
        throw new MissingValue(`${path} is not a Get the service knows`);
    const [, step, property] = m;
    if (property === 'Outcome') {
        const outcome = ctx.outcome(step);
        if (outcome !== undefined)
            return outcome;
    }
    const outputs = ctx.outputs(step);
    if (!outputs)
        throw new MissingValue(`${path}: step "${step}" has not run in this execution`);
    if (property.startsWith('PropertyFiles.')) {
        const file = property.slice('PropertyFiles.'.length);
        if (outputs.propertyFiles && file in outputs.propertyFiles)
            return outputs.propertyFiles[file];
        throw new MissingValue(`${path}: the scenario gives step "${step}" no property file "${file}"`);
    }
    const properties = outputs.properties ?? {};
    const key = Object.keys(properties).find(k => normalizePath(k) === normalizePath(property));
    if (key !== undefined)
        return properties[key];
    throw new MissingValue(`${path}: the scenario gives step "${step}" no property "${property}"`);
}
function jsonGet(spec, ctx) {
    const path = typeof spec.Path === 'string' ? spec.Path : '';
    let document;
    let source;
    if (spec.PropertyFile !== undefined) {
        const ref = (0,core_definition/* isObject */.Gv)(spec.PropertyFile) ? spec.PropertyFile.Get : undefined;
        source = typeof ref === 'string' ? ref : JSON.stringify(spec.PropertyFile);
        document = resolve(spec.PropertyFile, ctx);
    }
    else {
        source = `S3Uri ${JSON.stringify(spec.S3Uri)}`;
        document = s3Document(spec.S3Uri, ctx);
    }
    if (typeof document === 'string') {
        try {
            document = JSON.parse(document);
        }
        catch {
            throw new MissingValue(`${source} is not a JSON document`);
        }
    }
    const found = lookup(document, path);
    if (found === undefined)
        throw new MissingValue(`${source} has no value at path "${path}"`);
    return found;
}
/** The JSON a step wrote to an S3 URI: a property file of a step the URI is built from, by name. */
function s3Document(uriExpression, ctx) {
    const steps = [...new Set(getters(uriExpression).flatMap(g => /^Steps\.([^.[]+)/.exec(g)?.[1] ?? []))];
    let uri;
    try {
        uri = render(uriExpression, ctx);
    }
    catch {
        uri = undefined;
    }
    for (const step of steps) {
        const files = ctx.outputs(step)?.propertyFiles ?? {};
        const names = Object.keys(files);
        const hit = names.find(n => n === uri) ??
            names.find(n => uri !== undefined && uri.endsWith(`/${n}`)) ??
            (names.length === 1 ? names[0] : undefined);
        if (hit !== undefined)
            return files[hit];
    }
    throw new MissingValue(`the JSON at ${uri ?? 'an S3 URI'}: the scenario gives ${steps.length > 0 ? `step ${steps.map(s => `"${s}"`).join(', ')}` : 'no step'} no property file for it`);
}
/** Reads `a.b.c`, `a[0]`, `Result['x']['y']` out of a JSON value. */
function lookup(document, path) {
    let current = document;
    for (const segment of pathSegments(path)) {
        if (Array.isArray(current) && typeof segment === 'number')
            current = current[segment];
        else if ((0,core_definition/* isObject */.Gv)(current) && typeof segment === 'string')
            current = current[segment];
        else
            return undefined;
        if (current === undefined)
            return undefined;
    }
    return current;
}
function pathSegments(path) {
    const out = [];
    const re = /\[(\d+)\]|\[['"]([^'"]*)['"]\]|([^.[\]]+)/g;
    for (const m of path.matchAll(re)) {
        if (m[1] !== undefined)
            out.push(Number(m[1]));
        else
            out.push((m[2] ?? m[3]));
    }
    return out;
}
function normalizePath(path) {
    return path.replace(/\["([^"]*)"\]/g, "['$1']");
}
function getters(value, out = []) {
    if (Array.isArray(value))
        for (const v of value)
            getters(v, out);
    else if ((0,core_definition/* isObject */.Gv)(value)) {
        for (const [k, v] of Object.entries(value)) {
            if (k === 'Get' && typeof v === 'string')
                out.push(v);
            else
                getters(v, out);
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./tools/emulator/sagemaker/metadata.ts
/**
 * The `Metadata` member of a `PipelineExecutionStep` (reference §2.4): one populated variant per step
 * type, with job ARNs named the way Pipelines names its jobs (`pipelines-<execution id>-<step>-…`).
 * Everything is derived from the execution, the step and the attempt, never from a counter, so the
 * same step of the same run always shows the same ARNs however often it is listed.
 */


/** Metadata for a step that has started; `undefined` while it is still Starting (no job yet). */
function stepMetadata(ctx, node, run) {
    const raw = node.raw;
    const args = (0,core_definition/* isObject */.Gv)(raw.Arguments) ? raw.Arguments : {};
    const arn = (kind, name = jobName(ctx, node.name, run.attempt)) => `arn:aws:sagemaker:${ctx.region}:${ctx.account}:${kind}/${name.toLowerCase()}`;
    const s3 = (what) => `s3://sagemaker-${ctx.region}-${ctx.account}/${ctx.pipelineName}/${ctx.executionId}/${node.name}/${what}`;
    switch (node.type) {
        case 'Training':
            return { TrainingJob: { Arn: arn('training-job') } };
        case 'Processing':
            return { ProcessingJob: { Arn: arn('processing-job') } };
        case 'Transform':
            return { TransformJob: { Arn: arn('transform-job') } };
        case 'Tuning':
            return {
                TuningJob: { Arn: arn('hyper-parameter-tuning-job', shortName(ctx, node.name, run.attempt, 32)) }
            };
        case 'AutoML':
            return { AutoMLJob: { Arn: arn('automl-job', shortName(ctx, node.name, run.attempt, 32)) } };
        case 'Model':
            return { Model: { Arn: arn('model') } };
        case 'RegisterModel': {
            const group = literal(args.ModelPackageGroupName) ?? `${ctx.pipelineName}-models`;
            return {
                RegisterModel: {
                    Arn: `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package/${group.toLowerCase()}/${ctx.sequence}`
                }
            };
        }
        case 'Condition':
            return run.outcome ? { Condition: { Outcome: run.outcome } } : undefined;
        case 'Fail':
            return run.finished ? { Fail: { ErrorMessage: run.failMessage ?? '' } } : undefined;
        case 'Lambda':
            return { Lambda: { Arn: literal(raw.FunctionArn) ?? '', OutputParameters: outputParameters(raw, run) } };
        case 'Callback':
            return {
                Callback: {
                    CallbackToken: digest(`${ctx.executionId}/${node.name}/${run.attempt}`, 10),
                    SqsQueueUrl: literal(raw.SqsQueueUrl) ?? '',
                    OutputParameters: outputParameters(raw, run)
                }
            };
        case 'EMR': {
            const config = (0,core_definition/* isObject */.Gv)(args.StepConfig) ? args.StepConfig : {};
            return {
                EMR: {
                    ClusterId: literal(args.ClusterId) ?? `j-${digest(`${ctx.executionId}/${node.name}`, 13).toUpperCase()}`,
                    StepId: `s-${digest(`${ctx.executionId}/${node.name}/${run.attempt}`, 13).toUpperCase()}`,
                    StepName: literal(config.Name) ?? node.name,
                    LogFilePath: s3('emr-logs')
                }
            };
        }
        case 'QualityCheck':
        case 'ClarifyCheck': {
            const check = {
                CheckType: literal(raw.CheckType) ?? '',
                BaselineUsedForDriftCheckConstraints: s3('baseline/constraints.json'),
                CalculatedBaselineConstraints: s3('calculated/constraints.json'),
                ModelPackageGroupName: literal(raw.ModelPackageGroupName) ?? '',
                CheckJobArn: arn('processing-job'),
                SkipCheck: raw.SkipCheck === true,
                RegisterNewBaseline: raw.RegisterNewBaseline === true
            };
            if (node.type === 'QualityCheck') {
                check.BaselineUsedForDriftCheckStatistics = s3('baseline/statistics.json');
                check.CalculatedBaselineStatistics = s3('calculated/statistics.json');
            }
            return { [node.type]: check };
        }
        case 'Endpoint':
            return {
                Endpoint: { Arn: arn('endpoint', literal(args.EndpointName) ?? jobName(ctx, node.name, run.attempt)) }
            };
        case 'EndpointConfig':
            return {
                EndpointConfig: {
                    Arn: arn('endpoint-config', literal(args.EndpointConfigName) ?? jobName(ctx, node.name, run.attempt))
                }
            };
        case 'InferenceComponent':
            return { InferenceComponent: { Arn: arn('inference-component') } };
        case 'BedrockCustomModel':
        case 'BedrockCustomModelDeployment':
        case 'BedrockProvisionedModelThroughput':
        case 'BedrockModelImport':
            return {
                [node.type]: {
                    Arn: `arn:aws:bedrock:${ctx.region}:${ctx.account}:${node.type.toLowerCase()}/${digest(`${ctx.executionId}/${node.name}`, 12)}`
                }
            };
        case 'Lineage':
            return {
                Lineage: {
                    ContextArns: {
                        [node.name]: `arn:aws:sagemaker:${ctx.region}:${ctx.account}:context/${jobName(ctx, node.name, run.attempt).toLowerCase()}`
                    },
                    ActionArns: {},
                    ArtifactArns: {},
                    Associations: []
                }
            };
        default:
            return undefined;
    }
}
/** `pipelines-<execution id>-<step>-<10 chars>`, within the 63-character job-name limit. */
function jobName(ctx, step, attempt) {
    const safe = step.replace(/[^a-zA-Z0-9-]/g, '-').replace(/^-+|-+$/g, '') || 'step';
    const prefix = `pipelines-${ctx.executionId}-${safe}`.slice(0, 52).replace(/-+$/, '');
    return `${prefix}-${digest(`${ctx.executionId}/${step}/${attempt}`, 10)}`;
}
function shortName(ctx, step, attempt, max) {
    return `${ctx.executionId}-${digest(`${step}/${attempt}`, max - ctx.executionId.length - 1)}`;
}
function outputParameters(raw, run) {
    const declared = Array.isArray(raw.OutputParameters) ? raw.OutputParameters : [];
    const properties = run.outputs?.properties ?? {};
    return declared.filter(core_definition/* isObject */.Gv).flatMap(p => {
        const name = literal(p.OutputName);
        if (name === undefined)
            return [];
        const given = properties[`OutputParameters['${name}']`] ?? properties[`OutputParameters["${name}"]`];
        const fallback = p.OutputType === 'Integer' || p.OutputType === 'Float' ? '0' : p.OutputType === 'Boolean' ? 'false' : '';
        return [{ Name: name, Value: given === undefined ? fallback : String(given) }];
    });
}
function literal(value) {
    return typeof value === 'string' ? value : undefined;
}
/** Lowercase alphanumerics derived from the input, `length` long. */
function digest(input, length) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const bytes = (0,external_node_crypto_.createHash)('sha256').update(input).digest();
    let out = '';
    for (let i = 0; out.length < length; i++)
        out += alphabet[bytes[i % bytes.length] % alphabet.length];
    return out;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/protocol.ts
/**
 * Wire-level pieces of the awsJson1_1 protocol the SageMaker API speaks (reference §2.1): error
 * codes and shapes, timestamps as epoch seconds, request ids. Everything an operation throws that is
 * not an `AwsError` becomes a 500 InternalFailure, so a bug in the emulator looks like a service
 * fault to the client instead of hanging it.
 */

/** Codes of the errors modeled in the SageMaker API: their shape has one member, `Message`. */
const MODELED = new Set(['ResourceNotFound', 'ConflictException', 'ResourceLimitExceeded', 'ResourceInUse']);
class AwsError extends Error {
    code;
    status;
    constructor(code, message, status = 400) {
        super(message);
        this.code = code;
        this.status = status;
        this.name = code;
    }
    /** `{"__type", "message"}`, or `"Message"` for modeled errors, as the service sends them. */
    body() {
        return MODELED.has(this.code)
            ? { __type: this.code, Message: this.message }
            : { __type: this.code, message: this.message };
    }
}
function validationError(message) {
    return new AwsError('ValidationException', message);
}
function notFound(message) {
    return new AwsError('ResourceNotFound', message);
}
function conflict(message) {
    return new AwsError('ConflictException', message);
}
function limitExceeded(message) {
    return new AwsError('ResourceLimitExceeded', message);
}
function throttling() {
    return new AwsError('ThrottlingException', 'Rate exceeded');
}
function internalFailure(message = 'We encountered an internal error. Please try again.') {
    return new AwsError('InternalFailure', message, 500);
}
function unknownOperation(target) {
    return new AwsError('UnknownOperationException', `Unknown operation ${JSON.stringify(target)}`);
}
function serializationError(message) {
    return new AwsError('SerializationException', message);
}
/** The JSON protocol sends timestamps as epoch seconds (fractional allowed). */
function epochSeconds(ms) {
    return ms / 1000;
}
/** Accepts what a client may send for a timestamp member: epoch seconds as a number or numeric string. */
function parseTimestamp(value) {
    if (value === undefined || value === null)
        return undefined;
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n))
        throw serializationError(`Cannot parse ${JSON.stringify(value)} as a timestamp`);
    return n * 1000;
}
function requestId() {
    return (0,external_node_crypto_.randomUUID)();
}
/** Java's List.toString, which the service uses inside its messages: `[A, B]`. */
function javaList(items) {
    return `[${[...items].join(', ')}]`;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/pagination.ts
/**
 * Opaque `NextToken` paging for every List* operation. The token records the sort key of the last
 * item returned (not an offset), so runs started while a client pages through a long history neither
 * repeat nor hide items, and it is bound to the query it came from.
 */


/** Page size when MaxResults is not given ([U]: the API reference documents no default; 10 makes clients page). */
const DEFAULT_PAGE_SIZE = 10;
/**
 * @param sorted the items already in the order the client asked for
 * @param keyOf a unique key that orders the items in that order (compared element by element)
 * @param query the request members that select and order the items (not NextToken / MaxResults)
 */
function paginate(sorted, keyOf, descending, request, query) {
    const fingerprint = digest(JSON.stringify(query ?? null), 12);
    let start = 0;
    if (request.NextToken !== undefined && request.NextToken !== '') {
        const after = decode(request.NextToken, fingerprint);
        const direction = descending ? -1 : 1;
        // The first item strictly after the cursor, by binary search (the items are in key order).
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (compareKeys(keyOf(sorted[mid]), after) * direction > 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        start = lo;
    }
    const size = request.MaxResults ?? DEFAULT_PAGE_SIZE;
    const items = sorted.slice(start, start + size);
    const page = { items };
    if (start + size < sorted.length && items.length > 0)
        page.nextToken = encode(keyOf(items[items.length - 1]), fingerprint);
    return page;
}
function compareKeys(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x === 'number' && typeof y === 'number')
            return x - y;
        return String(x) < String(y) ? -1 : 1;
    }
    return 0;
}
function encode(key, fingerprint) {
    return Buffer.from(JSON.stringify({ v: 1, q: fingerprint, k: key })).toString('base64url');
}
function decode(token, fingerprint) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    }
    catch {
        throw validationError(`Invalid NextToken: '${token.slice(0, 64)}'`);
    }
    const t = parsed;
    if (typeof t !== 'object' || t === null || t.v !== 1 || !Array.isArray(t.k)) {
        throw validationError(`Invalid NextToken: '${token.slice(0, 64)}'`);
    }
    if (t.q !== fingerprint)
        throw validationError('Invalid NextToken: the token was issued for a different request.');
    return t.k;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/suggest.ts
/**
 * "Did you mean …?" for names the emulator does not know (steps, parameters). The emulator's own
 * copy: it grades the action, so it shares none of the action's helpers beyond the parser.
 */
/** ` (did you mean "X"?)` for the closest known name (case-insensitive edit distance), or `''` when none is close. */
function suggestion(value, known) {
    const lower = value.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const distance = levenshtein(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const tolerance = Math.max(2, Math.floor(value.length / 3));
    return best !== undefined && bestDistance <= tolerance ? ` (did you mean "${best}"?)` : '';
}
function levenshtein(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/scenario.ts
/**
 * What the simulated world does when a pipeline runs: how long steps take, which ones fail, what
 * their jobs write (property files, properties) and, where nothing supplies a Condition's operand,
 * which way it goes. Set per pipeline; every execution keeps the copy it started with so that
 * changing the scenario never rewrites a run already under way.
 */


/** Default simulated duration (seconds) per step type. */
const DEFAULT_DURATIONS = {
    Processing: 300,
    Training: 900,
    Tuning: 1800,
    Condition: 1,
    Fail: 1,
    Model: 60,
    RegisterModel: 30,
    Transform: 600,
    Lambda: 20
};
const OTHER_DURATION = 120;
function defaultDuration(type) {
    return DEFAULT_DURATIONS[type] ?? OTHER_DURATION;
}
/**
 * Checks a scenario sent by a test or over HTTP and returns a private deep copy. With `steps`, every
 * step it names must be one of them, so a typo fails loudly instead of silently doing nothing.
 */
function normalizeScenario(value, where = 'scenario', steps) {
    if (value === undefined || value === null)
        return {};
    if (!(0,core_definition/* isObject */.Gv)(value))
        throw new Error(`${where} must be an object`);
    const known = ['durations', 'failures', 'outputs', 'conditionOutcomes'];
    for (const key of Object.keys(value)) {
        if (!known.includes(key))
            throw new Error(`${where} has the unknown key "${key}"; expected one of ${known.join(', ')}`);
    }
    const copy = structuredClone(value);
    if (steps) {
        const known = [...steps];
        for (const key of ['durations', 'failures', 'outputs', 'conditionOutcomes']) {
            for (const step of Object.keys(copy[key] ?? {})) {
                if (!known.includes(step))
                    throw new Error(`${where}.${key} names "${step}", which is not a step of the pipeline${suggestion(step, known)}`);
            }
        }
    }
    for (const [step, seconds] of Object.entries(copy.durations ?? {})) {
        if (typeof seconds !== 'number' || !(seconds >= 0) || !Number.isFinite(seconds)) {
            throw new Error(`${where}.durations.${step} must be a non-negative number of seconds, got ${JSON.stringify(seconds)}`);
        }
    }
    for (const [step, failure] of Object.entries(copy.failures ?? {})) {
        const ok = typeof failure === 'string' ||
            ((0,core_definition/* isObject */.Gv)(failure) &&
                typeof failure.reason === 'string' &&
                (failure.attempts === undefined || (Number.isInteger(failure.attempts) && failure.attempts >= 1)));
        if (!ok)
            throw new Error(`${where}.failures.${step} must be a reason string or {reason, attempts?}`);
    }
    for (const [step, outputs] of Object.entries(copy.outputs ?? {})) {
        if (!(0,core_definition/* isObject */.Gv)(outputs))
            throw new Error(`${where}.outputs.${step} must be {propertyFiles?, properties?}`);
    }
    for (const [step, outcome] of Object.entries(copy.conditionOutcomes ?? {})) {
        if (typeof outcome !== 'boolean')
            throw new Error(`${where}.conditionOutcomes.${step} must be true or false`);
    }
    return copy;
}
/** The failure reason for this attempt of the step, if the scenario makes it fail. */
function failureFor(scenario, step, attempt) {
    const failure = scenario.failures?.[step];
    if (failure === undefined)
        return undefined;
    if (typeof failure === 'string')
        return failure;
    return failure.attempts === undefined || attempt <= failure.attempts ? failure.reason : undefined;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/simulation.ts


/** How long stopping a running step takes (virtual). */
const STOP_DELAY_MS = 5_000;
const STEP_FAILURE = 'Step failure: One or multiple steps failed.';
function simulate(execution, until) {
    const graph = execution.version.graph;
    const order = graph.topologicalOrder();
    const runs = new Map();
    for (const [name, run] of execution.reused)
        runs.set(name, run);
    const attempts = new Map();
    const blocked = new Set();
    const running = new Map();
    const events = [...execution.events].sort((a, b) => a.at - b.at);
    let next = 0;
    let scenario = execution.scenario;
    let parallelism = execution.parallelism ?? Infinity;
    let failed = false;
    let endedByFailStep = false;
    let stopping = false;
    let endedAt;
    let lastModifiedAt = Math.max(execution.createdAt, execution.lastModifiedAt <= until ? execution.lastModifiedAt : 0);
    let t = execution.createdAt;
    const hold = execution.holdAt ?? Infinity;
    const ctx = expressionContext(execution, runs);
    const startReady = () => {
        if (failed || stopping || t >= hold)
            return;
        for (const name of order) {
            if (running.size >= parallelism)
                return;
            if (!execution.toRun.has(name) || runs.has(name) || blocked.has(name))
                continue;
            if (![...graph.parents(name)].every(p => runs.get(p)?.status === 'Succeeded'))
                continue;
            const node = graph.step(name);
            const attempt = (attempts.get(name) ?? 0) + 1;
            attempts.set(name, attempt);
            const duration = (scenario.durations?.[name] ?? defaultDuration(node.type)) * 1000;
            const run = { name, status: 'Executing', start: t, attempt };
            const outputs = scenario.outputs?.[name];
            if (outputs)
                run.outputs = outputs;
            runs.set(name, run);
            running.set(name, {
                run,
                naturalEnd: t + duration,
                end: t + duration,
                failure: failureFor(scenario, name, attempt),
                stopRequested: false
            });
            lastModifiedAt = Math.max(lastModifiedAt, t);
        }
    };
    const finish = (name, r) => {
        running.delete(name);
        const { run } = r;
        run.end = t;
        lastModifiedAt = Math.max(lastModifiedAt, t);
        if (r.stopRequested && t < r.naturalEnd) {
            run.status = 'Stopped';
            return;
        }
        const node = graph.step(name);
        if (r.failure !== undefined)
            return fail(run, r.failure);
        if (node.type === 'Fail') {
            const message = safeRender(node.raw.Arguments, ctx);
            run.failMessage = message;
            endedByFailStep = true;
            return fail(run, message === '' ? undefined : message);
        }
        if (node.type === 'Condition') {
            const outcome = conditionOutcome(execution, node, scenario, ctx);
            if (typeof outcome === 'string')
                return fail(run, outcome);
            run.outcome = outcome ? 'True' : 'False';
            const untaken = [...graph.steps.values()].filter(s => s.condition === name && s.branch === (outcome ? 'Else' : 'If'));
            if (untaken.length > 0)
                for (const s of graph.closure(untaken.map(u => u.name)))
                    blocked.add(s);
        }
        run.status = 'Succeeded';
    };
    const fail = (run, reason) => {
        run.status = 'Failed';
        if (reason !== undefined)
            run.failureReason = reason.slice(0, 1024);
        failed = true;
    };
    for (;;) {
        startReady();
        if (running.size === 0 && endedAt === undefined)
            endedAt = t;
        let nextEnd = Infinity;
        for (const r of running.values()) {
            const end = r.end > hold && !r.stopRequested ? Infinity : r.end;
            nextEnd = Math.min(nextEnd, end);
        }
        const nextEvent = events[next]?.at ?? Infinity;
        const when = Math.min(nextEnd, nextEvent);
        if (when === Infinity || when > until)
            break;
        t = Math.max(t, when);
        if (nextEnd <= nextEvent) {
            for (const [name, r] of [...running])
                if (r.end <= t && !(r.end > hold && !r.stopRequested))
                    finish(name, r);
            continue;
        }
        const event = events[next++];
        lastModifiedAt = Math.max(lastModifiedAt, t);
        if (event.kind === 'parallelism')
            parallelism = event.value;
        else if (event.kind === 'stop' && endedAt === undefined) {
            stopping = true;
            for (const r of running.values()) {
                r.stopRequested = true;
                r.run.status = 'Stopping';
                r.end = Math.min(r.end, t + STOP_DELAY_MS);
            }
        }
        else if (event.kind === 'retry' && endedAt !== undefined && failed && !stopping) {
            failed = false;
            endedAt = undefined;
            scenario = event.scenario;
            if (event.parallelism !== undefined)
                parallelism = event.parallelism;
            for (const [name, run] of runs)
                if (run.status === 'Failed' && run.reusedFrom === undefined)
                    runs.delete(name);
        }
    }
    for (const r of running.values()) {
        if (r.stopRequested)
            r.run.status = 'Stopping';
        else
            r.run.status =
                until < r.run.start + startingPeriod(r.naturalEnd - r.run.start) ? 'Starting' : 'Executing';
    }
    const snap = { status: 'Executing', runs, lastModifiedAt, endedByFailStep };
    if (endedAt !== undefined) {
        snap.endedAt = endedAt;
        snap.status = stopping ? 'Stopped' : failed ? 'Failed' : 'Succeeded';
        if (snap.status === 'Failed')
            snap.failureReason = STEP_FAILURE;
    }
    else if (stopping)
        snap.status = 'Stopping';
    return snap;
}
/** A step shows Starting for its first tenth, at most 10 s, before its job is up. */
function startingPeriod(duration) {
    return Math.min(10_000, duration / 10);
}
/** The outcome, or the failure reason when nothing decides it. */
function conditionOutcome(execution, node, scenario, ctx) {
    const forced = execution.forcedOutcomes?.[node.name];
    if (forced !== undefined)
        return forced;
    const args = node.raw.Arguments;
    try {
        return evaluateConditions(args?.Conditions, ctx);
    }
    catch (error) {
        if (!(error instanceof MissingValue))
            throw error;
        const given = scenario.conditionOutcomes?.[node.name];
        if (given !== undefined)
            return given;
        return (`The emulator could not evaluate Condition step "${node.name}": ${error.message}. ` +
            `Give the value in the scenario's outputs, or the outcome in conditionOutcomes["${node.name}"].`);
    }
}
function safeRender(args, ctx) {
    const message = args?.ErrorMessage;
    if (message === undefined)
        return '';
    try {
        return render(message, ctx);
    }
    catch (error) {
        if (error instanceof MissingValue)
            return `(unrendered ErrorMessage: ${error.message})`;
        throw error;
    }
}
/** What expressions see: the execution's parameters and variables, and the steps that succeeded so far. */
function expressionContext(execution, runs) {
    return {
        parameters: execution.parameters,
        execution: {
            PipelineExecutionId: execution.id,
            PipelineExecutionArn: execution.arn,
            PipelineName: execution.pipeline.name,
            PipelineArn: execution.pipeline.arn,
            StartDateTime: new Date(execution.createdAt).toISOString(),
            CurrentDateTime: new Date(execution.createdAt).toISOString()
        },
        outputs: step => {
            const run = runs.get(step);
            return run?.status === 'Succeeded' ? (run.outputs ?? {}) : undefined;
        },
        outcome: step => {
            const run = runs.get(step);
            return run?.outcome === undefined ? undefined : run.outcome === 'True';
        }
    };
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/steps.ts
/**
 * `PipelineExecutionStep` entries as `ListPipelineExecutionSteps` returns them (reference §2.4),
 * built from a simulated step run. Reused entries carry `SelectiveExecutionResult` and the metadata
 * the source execution showed.
 */


function runMetadata(execution, run) {
    if (run.metadata)
        return run.metadata;
    if (run.status === 'Starting')
        return undefined;
    const node = execution.version.graph.steps.get(run.name);
    if (!node)
        return undefined;
    const facts = { attempt: run.attempt, finished: run.end !== undefined, outputs: run.outputs };
    return stepMetadata(execution.meta, node, { ...facts, outcome: run.outcome, failMessage: run.failMessage });
}
function stepEntry(execution, run) {
    const node = execution.version.graph.steps.get(run.name);
    const entry = { StepName: run.name };
    if (typeof node?.raw.DisplayName === 'string')
        entry.StepDisplayName = node.raw.DisplayName;
    if (typeof node?.raw.Description === 'string')
        entry.StepDescription = node.raw.Description;
    entry.StartTime = epochSeconds(run.start);
    if (run.end !== undefined)
        entry.EndTime = epochSeconds(run.end);
    entry.StepStatus = run.status;
    if (run.failureReason !== undefined)
        entry.FailureReason = run.failureReason;
    const metadata = runMetadata(execution, run);
    if (metadata)
        entry.Metadata = metadata;
    entry.AttemptCount = run.attempt;
    if (run.reusedFrom !== undefined)
        entry.SelectiveExecutionResult = { SourcePipelineExecutionArn: run.reusedFrom };
    return entry;
}
/** Newest first: by start time, later topological position first on a tie. */
function stepsNewestFirst(execution, snapshot) {
    const rank = new Map(execution.version.graph.topologicalOrder().map((n, i) => [n, i]));
    return [...snapshot.runs.values()].sort((a, b) => b.start - a.start || (rank.get(b.name) ?? 0) - (rank.get(a.name) ?? 0));
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/executions.ts
/**
 * Execution operations other than the start: Describe, List, ListSteps, ListParameters,
 * DescribeDefinition, Stop, Retry and Update. Each reads the execution as of the virtual now.
 */






function describePipelineExecution(state, body) {
    const execution = state.execution(body.PipelineExecutionArn);
    const snap = state.snapshot(execution);
    const out = {
        PipelineArn: execution.pipeline.arn,
        PipelineExecutionArn: execution.arn,
        PipelineExecutionDisplayName: execution.displayName,
        PipelineExecutionStatus: snap.status
    };
    if (execution.description !== undefined)
        out.PipelineExecutionDescription = execution.description;
    const experiment = experimentConfig(execution);
    if (experiment)
        out.PipelineExperimentConfig = experiment;
    if (snap.failureReason !== undefined)
        out.FailureReason = snap.failureReason;
    out.CreationTime = epochSeconds(execution.createdAt);
    out.LastModifiedTime = epochSeconds(Math.max(snap.lastModifiedAt, execution.lastModifiedAt));
    out.CreatedBy = {};
    out.LastModifiedBy = {};
    if (execution.parallelism !== undefined)
        out.ParallelismConfiguration = { MaxParallelExecutionSteps: execution.parallelism };
    if (execution.selective) {
        const config = { SelectedSteps: execution.selective.selected.map(StepName => ({ StepName })) };
        if (execution.selective.source !== undefined)
            config.SourcePipelineExecutionArn = execution.selective.source;
        out.SelectiveExecutionConfig = config;
    }
    out.PipelineVersionId = execution.version.id;
    if (execution.mlflowExperimentName !== undefined)
        out.MLflowConfig = { MlflowExperimentName: execution.mlflowExperimentName };
    return out;
}
function listPipelineExecutions(state, body) {
    const pipeline = state.pipeline(body.PipelineName);
    const after = parseTimestamp(body.CreatedAfter);
    const before = parseTimestamp(body.CreatedBefore);
    const byArn = body.SortBy === 'PipelineExecutionArn';
    const descending = body.SortOrder !== 'Ascending';
    const keyOf = (e) => (byArn ? [e.arn] : [e.createdAt, e.arn]);
    const items = pipeline.executions
        .filter(e => (after === undefined || e.createdAt > after) && (before === undefined || e.createdAt < before))
        .sort((a, b) => {
        const c = byArn
            ? a.arn < b.arn
                ? -1
                : a.arn > b.arn
                    ? 1
                    : 0
            : a.createdAt - b.createdAt || (a.arn < b.arn ? -1 : 1);
        return descending ? -c : c;
    });
    const page = paginate(items, keyOf, descending, body, {
        pipeline: pipeline.arn,
        after,
        before,
        byArn,
        descending
    });
    return {
        PipelineExecutionSummaries: page.items.map(e => {
            const snap = state.snapshot(e);
            const summary = {
                PipelineExecutionArn: e.arn,
                StartTime: epochSeconds(e.createdAt),
                PipelineExecutionStatus: snap.status,
                PipelineExecutionDisplayName: e.displayName
            };
            if (e.description !== undefined)
                summary.PipelineExecutionDescription = e.description;
            if (snap.failureReason !== undefined)
                summary.PipelineExecutionFailureReason = snap.failureReason;
            return summary;
        }),
        ...(page.nextToken ? { NextToken: page.nextToken } : {})
    };
}
function listPipelineExecutionSteps(state, body) {
    if (typeof body.PipelineExecutionArn !== 'string') {
        throw validationError("1 validation error detected: Value null at 'pipelineExecutionArn' failed to satisfy constraint: Member must not be null");
    }
    const execution = state.execution(body.PipelineExecutionArn);
    const snap = state.snapshot(execution);
    const rank = new Map(execution.version.graph.topologicalOrder().map((n, i) => [n, i]));
    const descending = body.SortOrder !== 'Ascending';
    const newestFirst = stepsNewestFirst(execution, snap);
    const items = descending ? newestFirst : newestFirst.reverse();
    const page = paginate(items, r => [r.start, rank.get(r.name) ?? 0], descending, body, {
        arn: execution.arn,
        descending
    });
    return {
        PipelineExecutionSteps: page.items.map(r => stepEntry(execution, r)),
        ...(page.nextToken ? { NextToken: page.nextToken } : {})
    };
}
function listPipelineParametersForExecution(state, body) {
    const execution = state.execution(body.PipelineExecutionArn);
    const indexed = execution.parameterStrings.map((p, i) => ({ p, i }));
    const page = paginate(indexed, x => [x.i], false, body, { arn: execution.arn });
    return {
        PipelineParameters: page.items.map(x => ({ ...x.p })),
        ...(page.nextToken ? { NextToken: page.nextToken } : {})
    };
}
function describePipelineDefinitionForExecution(state, body) {
    const execution = state.execution(body.PipelineExecutionArn);
    return {
        PipelineDefinition: execution.version.definition,
        CreationTime: epochSeconds(execution.version.createdAt)
    };
}
function stopPipelineExecution(state, body) {
    const execution = state.execution(body.PipelineExecutionArn);
    const token = body.ClientRequestToken;
    if (execution.stopTokens.has(token))
        return { PipelineExecutionArn: execution.arn };
    const status = state.snapshot(execution).status;
    if (status === 'Executing')
        state.addEvent(execution, { kind: 'stop', at: state.clock.now() });
    else if (status !== 'Stopping') {
        throw validationError(`Pipeline execution '${execution.arn}' is in status ${status} and cannot be stopped.`);
    }
    execution.stopTokens.add(token);
    return { PipelineExecutionArn: execution.arn };
}
function retryPipelineExecution(state, body) {
    const execution = state.execution(body.PipelineExecutionArn);
    const token = body.ClientRequestToken;
    const fingerprint = JSON.stringify(body.ParallelismConfiguration ?? null);
    const previous = execution.retryTokens.get(token);
    if (previous !== undefined) {
        if (previous !== fingerprint)
            throw conflict(`ClientRequestToken '${token}' was already used for a different RetryPipelineExecution request.`);
        return { PipelineExecutionArn: execution.arn };
    }
    const snap = state.snapshot(execution);
    if (snap.status !== 'Failed') {
        throw validationError(`Pipeline execution '${execution.arn}' is in status ${snap.status}; only a Failed execution can be retried.`);
    }
    if (snap.endedByFailStep) {
        throw validationError(`Pipeline execution '${execution.arn}' ended with a Fail step and cannot be retried.`);
    }
    const limit = state.config.maxConcurrentExecutions;
    if (state.runningCount() >= limit)
        throw limitExceeded(`You have reached the limit of ${limit} concurrent pipeline executions in this account.`);
    const parallelism = body.ParallelismConfiguration
        ?.MaxParallelExecutionSteps;
    const at = state.clock.now();
    state.addEvent(execution, {
        kind: 'retry',
        at,
        scenario: structuredClone(execution.pipeline.scenario),
        ...(parallelism !== undefined ? { parallelism } : {})
    });
    if (parallelism !== undefined)
        execution.parallelism = parallelism;
    execution.lastModifiedAt = at;
    execution.retryTokens.set(token, fingerprint);
    return { PipelineExecutionArn: execution.arn };
}
function updatePipelineExecution(state, body) {
    const execution = state.execution(body.PipelineExecutionArn);
    const now = state.clock.now();
    if (typeof body.PipelineExecutionDescription === 'string')
        execution.description = body.PipelineExecutionDescription;
    if (typeof body.PipelineExecutionDisplayName === 'string')
        execution.displayName = body.PipelineExecutionDisplayName;
    const parallelism = body.ParallelismConfiguration
        ?.MaxParallelExecutionSteps;
    if (parallelism !== undefined) {
        execution.parallelism = parallelism;
        if (state.snapshot(execution).endedAt === undefined)
            state.addEvent(execution, { kind: 'parallelism', at: now, value: parallelism });
    }
    execution.lastModifiedAt = now;
    return { PipelineExecutionArn: execution.arn };
}
/** The definition's PipelineExperimentConfig with `Execution.*` resolved; absent when the definition has none. */
function experimentConfig(execution) {
    let doc;
    try {
        doc = JSON.parse(execution.version.definition);
    }
    catch {
        return undefined;
    }
    const config = (0,core_definition/* isObject */.Gv)(doc) ? doc.PipelineExperimentConfig : undefined;
    if (!(0,core_definition/* isObject */.Gv)(config))
        return undefined;
    const ctx = expressionContext(execution, new Map());
    const out = {};
    for (const key of ['ExperimentName', 'TrialName']) {
        if (config[key] === undefined)
            continue;
        try {
            out[key] = render(config[key], ctx);
        }
        catch {
            // A value the emulator cannot render is left out rather than invented.
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/faults.ts
/**
 * Injected trouble for the AWS operations (never for the /_emulator/ control paths): throttling at a
 * rate drawn from a seeded generator so a test sees the same sequence every run, a number of upcoming
 * 500s, and added latency. This is how the action's retry and back-off paths get exercised.
 */

class FaultInjector {
    throttleRate = 0;
    serverErrors = 0;
    latencyMs = 0;
    random = mulberry32(1);
    set(faults) {
        if (faults.throttleRate !== undefined) {
            if (!(faults.throttleRate >= 0 && faults.throttleRate <= 1)) {
                throw new Error(`throttleRate must be between 0 and 1, got ${faults.throttleRate}`);
            }
            this.throttleRate = faults.throttleRate;
        }
        if (faults.serverErrors !== undefined) {
            if (!Number.isInteger(faults.serverErrors) || faults.serverErrors < 0) {
                throw new Error(`serverErrors must be a non-negative integer, got ${faults.serverErrors}`);
            }
            this.serverErrors = faults.serverErrors;
        }
        if (faults.latencyMs !== undefined) {
            if (!(faults.latencyMs >= 0))
                throw new Error(`latencyMs must be a non-negative number, got ${faults.latencyMs}`);
            this.latencyMs = faults.latencyMs;
        }
        if (faults.randomSeed !== undefined)
            this.random = mulberry32(faults.randomSeed);
    }
    current() {
        return { throttleRate: this.throttleRate, serverErrors: this.serverErrors, latencyMs: this.latencyMs };
    }
    /** The fault to answer this request with, if any (500s first, then throttling). */
    draw() {
        if (this.serverErrors > 0) {
            this.serverErrors--;
            return internalFailure();
        }
        if (this.throttleRate > 0 && this.random() < this.throttleRate)
            return throttling();
        return undefined;
    }
}
/** A small seeded PRNG (Mulberry32): deterministic, good enough for fault draws. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/pipelines.ts
/**
 * Pipeline operations: CreatePipeline, UpdatePipeline (a changed definition makes a new version),
 * DescribePipeline, DeletePipeline, ListPipelines, ListPipelineVersions, UpdatePipelineVersion.
 * Definitions are read with the planning core's own parser, so the emulator and the action always
 * agree on the DAG; a definition it cannot read is refused the way the service refuses one.
 */




/** Pipelines per account (reference §1.9). */
const MAX_PIPELINES = 500;
function createPipeline(state, body) {
    const name = body.PipelineName;
    const token = body.ClientRequestToken;
    const fingerprint = JSON.stringify({ ...body, ClientRequestToken: undefined });
    const existing = state.pipelines.get(name);
    if (existing?.createToken?.token === token) {
        if (existing.createToken.fingerprint !== fingerprint) {
            throw conflict(`ClientRequestToken '${token}' was already used with different parameters to create pipeline '${name}'.`);
        }
        return { PipelineArn: existing.arn };
    }
    if (existing) {
        throw validationError(`Pipeline names must be unique within an AWS account and region. Pipeline with name (${name}) already exists.`);
    }
    const definition = definitionText(body, true);
    const graph = readDefinition(definition);
    if (state.pipelines.size >= MAX_PIPELINES)
        throw limitExceeded(`You have reached the limit of ${MAX_PIPELINES} pipelines.`);
    const now = state.clock.now();
    const pipeline = {
        name,
        arn: state.pipelineArn(name),
        displayName: body.PipelineDisplayName ?? name,
        roleArn: body.RoleArn,
        createdAt: now,
        lastModifiedAt: now,
        versions: [{ id: 1, definition, graph, createdAt: now }],
        scenario: {},
        executions: [],
        createToken: { token, fingerprint }
    };
    if (typeof body.PipelineDescription === 'string')
        pipeline.description = body.PipelineDescription;
    const parallelism = maxParallel(body.ParallelismConfiguration);
    if (parallelism !== undefined)
        pipeline.parallelism = parallelism;
    state.pipelines.set(name, pipeline);
    return { PipelineArn: pipeline.arn };
}
function updatePipeline(state, body) {
    const pipeline = state.pipeline(body.PipelineName);
    const text = definitionText(body, false);
    const graph = text === undefined ? undefined : readDefinition(text);
    if (typeof body.PipelineDisplayName === 'string')
        pipeline.displayName = body.PipelineDisplayName;
    if (typeof body.PipelineDescription === 'string')
        pipeline.description = body.PipelineDescription;
    if (typeof body.RoleArn === 'string')
        pipeline.roleArn = body.RoleArn;
    const parallelism = maxParallel(body.ParallelismConfiguration);
    if (parallelism !== undefined)
        pipeline.parallelism = parallelism;
    pipeline.lastModifiedAt = state.clock.now();
    const version = text !== undefined && graph ? addVersion(state, pipeline, text, graph) : latestVersion(pipeline);
    return { PipelineArn: pipeline.arn, PipelineVersionId: version.id };
}
/**
 * A new version (the next id) with this definition, unless it is already the latest version's
 * definition, character for character: then the latest version, and no new one (survey §2.2: an
 * update that does not change the definition creates no version).
 */
function addVersion(state, pipeline, definition, graph = readDefinition(definition)) {
    const latest = latestVersion(pipeline);
    if (latest.definition === definition)
        return latest;
    const version = { id: latest.id + 1, definition, graph, createdAt: state.clock.now() };
    pipeline.versions.push(version);
    return version;
}
function latestVersion(pipeline) {
    return pipeline.versions[pipeline.versions.length - 1];
}
function describePipeline(state, body) {
    const pipeline = state.pipeline(body.PipelineName);
    const version = pipelineVersion(pipeline, body.PipelineVersionId);
    const out = {
        PipelineArn: pipeline.arn,
        PipelineName: pipeline.name,
        PipelineDisplayName: pipeline.displayName,
        PipelineDefinition: version.definition,
        RoleArn: pipeline.roleArn,
        PipelineStatus: 'Active',
        CreationTime: epochSeconds(pipeline.createdAt),
        LastModifiedTime: epochSeconds(pipeline.lastModifiedAt),
        CreatedBy: {},
        LastModifiedBy: {}
    };
    if (pipeline.description !== undefined)
        out.PipelineDescription = pipeline.description;
    if (pipeline.lastRunAt !== undefined)
        out.LastRunTime = epochSeconds(pipeline.lastRunAt);
    if (pipeline.parallelism !== undefined)
        out.ParallelismConfiguration = { MaxParallelExecutionSteps: pipeline.parallelism };
    if (version.displayName !== undefined)
        out.PipelineVersionDisplayName = version.displayName;
    if (version.description !== undefined)
        out.PipelineVersionDescription = version.description;
    return out;
}
function deletePipeline(state, body) {
    const name = body.PipelineName;
    const tokens = state.deleteTokens;
    const done = tokens.get(body.ClientRequestToken);
    if (done !== undefined && !state.pipelines.has(name))
        return { PipelineArn: done };
    const pipeline = state.pipeline(name);
    for (const execution of pipeline.executions)
        state.executions.delete(execution.arn);
    state.pipelines.delete(name);
    tokens.set(body.ClientRequestToken, pipeline.arn);
    return { PipelineArn: pipeline.arn };
}
function listPipelines(state, body) {
    const prefix = body.PipelineNamePrefix ?? '';
    const after = parseTimestamp(body.CreatedAfter);
    const before = parseTimestamp(body.CreatedBefore);
    const byName = body.SortBy === 'Name';
    const descending = body.SortOrder !== 'Ascending';
    const keyOf = (p) => (byName ? [p.name] : [p.createdAt, p.name]);
    const sign = descending ? -1 : 1;
    const items = [...state.pipelines.values()]
        .filter(p => p.name.startsWith(prefix))
        .filter(p => (after === undefined || p.createdAt > after) && (before === undefined || p.createdAt < before))
        .sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)));
    const query = { prefix, after, before, byName, descending };
    const page = paginate(items, keyOf, descending, body, query);
    return {
        PipelineSummaries: page.items.map(p => {
            const summary = {
                PipelineArn: p.arn,
                PipelineName: p.name,
                PipelineDisplayName: p.displayName,
                RoleArn: p.roleArn,
                CreationTime: epochSeconds(p.createdAt),
                LastModifiedTime: epochSeconds(p.lastModifiedAt)
            };
            if (p.description !== undefined)
                summary.PipelineDescription = p.description;
            if (p.lastRunAt !== undefined)
                summary.LastExecutionTime = epochSeconds(p.lastRunAt);
            return summary;
        }),
        ...(page.nextToken ? { NextToken: page.nextToken } : {})
    };
}
function listPipelineVersions(state, body) {
    const pipeline = state.pipeline(body.PipelineName);
    const after = parseTimestamp(body.CreatedAfter);
    const before = parseTimestamp(body.CreatedBefore);
    const descending = body.SortOrder !== 'Ascending';
    const items = pipeline.versions
        .filter(v => (after === undefined || v.createdAt > after) && (before === undefined || v.createdAt < before))
        .sort((a, b) => (descending ? b.id - a.id : a.id - b.id));
    const page = paginate(items, v => [v.id], descending, body, {
        pipeline: pipeline.arn,
        after,
        before,
        descending
    });
    return {
        PipelineVersionSummaries: page.items.map(v => {
            const summary = {
                PipelineArn: pipeline.arn,
                PipelineVersionId: v.id,
                CreationTime: epochSeconds(v.createdAt)
            };
            if (v.description !== undefined)
                summary.PipelineVersionDescription = v.description;
            if (v.displayName !== undefined)
                summary.PipelineVersionDisplayName = v.displayName;
            if (v.lastExecutionArn !== undefined)
                summary.LastExecutionPipelineExecutionArn = v.lastExecutionArn;
            return summary;
        }),
        ...(page.nextToken ? { NextToken: page.nextToken } : {})
    };
}
function updatePipelineVersion(state, body) {
    const pipeline = state.pipeline(body.PipelineArn);
    const version = pipelineVersion(pipeline, body.PipelineVersionId);
    if (typeof body.PipelineVersionDisplayName === 'string')
        version.displayName = body.PipelineVersionDisplayName;
    if (typeof body.PipelineVersionDescription === 'string')
        version.description = body.PipelineVersionDescription;
    return { PipelineArn: pipeline.arn, PipelineVersionId: version.id };
}
/** The version asked for, or the latest. */
function pipelineVersion(pipeline, id) {
    if (id === undefined)
        return latestVersion(pipeline);
    const version = pipeline.versions.find(v => v.id === id);
    if (!version)
        throw notFound(`Pipeline version ${id} of pipeline '${pipeline.arn}' does not exist.`);
    return version;
}
function definitionText(body, required) {
    if (body.PipelineDefinitionS3Location !== undefined) {
        throw validationError('The emulator cannot read PipelineDefinitionS3Location; send the definition in PipelineDefinition.');
    }
    if (typeof body.PipelineDefinition === 'string')
        return body.PipelineDefinition;
    if (required)
        throw validationError('Either PipelineDefinition or PipelineDefinitionS3Location must be specified.');
    return undefined;
}
/** Parses with the planning core's parser, then applies the service's documented rules on top. */
function readDefinition(text) {
    let graph;
    try {
        graph = (0,core_definition/* parseDefinition */.JA)(text, 'PipelineDefinition', { dataEdges: false });
    }
    catch (error) {
        throw validationError(`Unable to parse pipeline definition. ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    for (const edge of graph.edges()) {
        const from = graph.step(edge.from);
        if (edge.kinds.includes('depends-on') && (from.type === 'Fail' || from.type === 'Condition')) {
            throw validationError(`Invalid pipeline definition: ${edge.to} can not depends on ${edge.from}; a ${from.type} step cannot be named in DependsOn.`);
        }
        if (edge.kinds.includes('property') && from.type === 'Fail') {
            throw validationError(`Invalid pipeline definition: ${edge.to} references Fail step ${edge.from}; a Fail step has no properties.`);
        }
    }
    return graph;
}
function maxParallel(config) {
    const value = config?.MaxParallelExecutionSteps;
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/service-faults.ts
/**
 * Trouble that comes from the service or from other users rather than from the network: another
 * job upserting the pipeline while the action is between reading it and starting a run, and a
 * service that refuses selective starts. Set through `setFaults` with the wire faults (faults.ts);
 * each is checked around the operation it concerns, never on the /_emulator/ control paths.
 */




/** The default text of `rejectSelectiveStarts` ([U]: no refusal of this kind is documented). */
function selectiveRefusal(pipeline) {
    return `Selective execution is not supported for pipeline '${pipeline}'. Start the execution without SelectiveExecutionConfig.`;
}
class ServiceFaults {
    state;
    upsert;
    reject;
    constructor(state) {
        this.state = state;
    }
    /** Applies the members given; `null` or `false` clears one. Throws naming the member on a bad value, applying none. */
    set(faults) {
        const upsert = faults.concurrentUpsert === undefined ? this.upsert : this.pendingUpsert(faults.concurrentUpsert);
        const reject = faults.rejectSelectiveStarts === undefined ? this.reject : refusal(faults.rejectSelectiveStarts);
        this.upsert = upsert;
        this.reject = reject;
    }
    current() {
        const upsert = this.upsert;
        return {
            concurrentUpsert: upsert
                ? {
                    pipeline: upsert.pipeline,
                    ...(upsert.afterDescribePipeline !== undefined
                        ? { afterDescribePipeline: upsert.afterDescribePipeline }
                        : {}),
                    beforeUnpinnedStart: upsert.beforeUnpinnedStart,
                    describes: upsert.describes
                }
                : null,
            rejectSelectiveStarts: this.reject ? { ...this.reject } : false
        };
    }
    /** Before the handler runs: the upsert before an unpinned start, then the refusal of a selective start. */
    before(operation, body) {
        if (operation !== 'StartPipelineExecution')
            return;
        const pipeline = this.target(body);
        if (!pipeline)
            return;
        if (this.upsert?.beforeUnpinnedStart &&
            this.upsert.pipeline === pipeline.name &&
            body.PipelineVersionId === undefined)
            this.fire(pipeline);
        if (this.reject && body.SelectiveExecutionConfig !== undefined)
            throw validationError(this.reject.message ?? selectiveRefusal(pipeline.name));
    }
    /** After the handler answered: counts DescribePipeline towards the upsert. */
    after(operation, body) {
        const upsert = this.upsert;
        if (operation !== 'DescribePipeline' || upsert?.afterDescribePipeline === undefined)
            return;
        const pipeline = this.target(body);
        if (pipeline?.name !== upsert.pipeline)
            return;
        upsert.describes++;
        if (upsert.describes >= upsert.afterDescribePipeline)
            this.fire(pipeline);
    }
    fire(pipeline) {
        const definition = this.upsert.definition;
        this.upsert = undefined;
        addVersion(this.state, pipeline, definition);
        pipeline.lastModifiedAt = this.state.clock.now();
    }
    /** The pipeline a request names, if it exists (an unknown one is left to the handler to refuse). */
    target(body) {
        try {
            return this.state.pipeline(String(body.PipelineName));
        }
        catch {
            return undefined;
        }
    }
    pendingUpsert(value) {
        if (value === null)
            return undefined;
        const where = 'concurrentUpsert';
        if (!(0,core_definition/* isObject */.Gv)(value))
            throw new Error(`${where} must be {pipeline, definition, afterDescribePipeline?, beforeUnpinnedStart?} or null`);
        const pipeline = this.state.pipelines.get(String(value.pipeline));
        if (!pipeline)
            throw new Error(`${where}.pipeline: there is no pipeline ${JSON.stringify(value.pipeline)}`);
        const after = value.afterDescribePipeline;
        if (after !== undefined && !(Number.isInteger(after) && after >= 1))
            throw new Error(`${where}.afterDescribePipeline must be a whole number from 1, got ${JSON.stringify(after)}`);
        const before = value.beforeUnpinnedStart;
        if (before !== undefined && typeof before !== 'boolean')
            throw new Error(`${where}.beforeUnpinnedStart must be true or false, got ${JSON.stringify(before)}`);
        if (after === undefined && before !== true)
            throw new Error(`${where} needs afterDescribePipeline: N or beforeUnpinnedStart: true to say when it happens`);
        if (value.definition === undefined || value.definition === null)
            throw new Error(`${where}.definition is required: the definition the other job upserts`);
        const definition = typeof value.definition === 'string' ? value.definition : JSON.stringify(value.definition);
        try {
            readDefinition(definition);
        }
        catch (error) {
            throw new Error(`${where}.definition: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
        }
        if (definition === latestVersion(pipeline).definition)
            throw new Error(`${where}.definition is the latest definition of ${pipeline.name} already; an upsert would make no new version`);
        return {
            pipeline: pipeline.name,
            definition,
            ...(after !== undefined ? { afterDescribePipeline: after } : {}),
            beforeUnpinnedStart: before === true,
            describes: 0
        };
    }
}
function refusal(value) {
    if (value === null || value === false)
        return undefined;
    if (value === true)
        return {};
    const message = (0,core_definition/* isObject */.Gv)(value) ? value.message : null;
    if (message === undefined)
        return {};
    if (typeof message === 'string' && message.length > 0 && message.length <= 1024)
        return { message };
    throw new Error('rejectSelectiveStarts must be true, false, null or {message?: a non-empty string of at most 1024 characters}');
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/dag.ts
class Dag {
    /** Every step, parents before children; ties keep definition order. */
    order;
    rank = new Map();
    up = new Map();
    down = new Map();
    within = new Map();
    constructor(graph) {
        const names = [...graph.steps.keys()];
        for (const name of names) {
            this.up.set(name, []);
            this.down.set(name, []);
            this.within.set(name, graph.steps.get(name).condition);
        }
        for (const child of names) {
            for (const parent of graph.parents(child)) {
                this.up.get(child).push(parent);
                this.down.get(parent).push(child);
            }
        }
        this.order = kahn(names, this.up, this.down);
        this.order.forEach((name, i) => this.rank.set(name, i));
    }
    has(name) {
        return this.rank.has(name);
    }
    parents(name) {
        return this.up.get(name) ?? [];
    }
    /** Steps reachable from `names` against the edges, by at least one edge. */
    ancestors(names) {
        return reach(names, this.up);
    }
    /** Steps reachable from `names` along the edges, by at least one edge. */
    descendants(names) {
        return reach(names, this.down);
    }
    /** The names in topological order, duplicates dropped. */
    sorted(names) {
        return [...new Set(names)].sort((a, b) => this.rank.get(a) - this.rank.get(b));
    }
    /** The Condition steps whose branches hold the step, innermost first. */
    conditionsAround(name) {
        const out = [];
        for (let c = this.within.get(name); c !== undefined; c = this.within.get(c))
            out.push(c);
        return out;
    }
    /** The weak components of the subgraph on `names`, each in topological order, ordered by their first step. */
    components(names) {
        const members = new Set(names);
        const component = new Map();
        const groups = [];
        for (const first of this.sorted(members)) {
            if (component.has(first))
                continue;
            const group = [];
            const queue = [first];
            component.set(first, groups.length);
            while (queue.length > 0) {
                const name = queue.shift();
                group.push(name);
                for (const next of [...this.parents(name), ...(this.down.get(name) ?? [])]) {
                    if (members.has(next) && !component.has(next)) {
                        component.set(next, groups.length);
                        queue.push(next);
                    }
                }
            }
            groups.push(this.sorted(group));
        }
        return groups;
    }
}
const dags = new WeakMap();
/** The Dag of a parsed definition, built once per graph. */
function dagOf(graph) {
    let dag = dags.get(graph);
    if (!dag) {
        dag = new Dag(graph);
        dags.set(graph, dag);
    }
    return dag;
}
function reach(start, next) {
    const found = new Set();
    const pending = [...start];
    while (pending.length > 0) {
        for (const n of next.get(pending.pop()) ?? []) {
            if (found.has(n))
                continue;
            found.add(n);
            pending.push(n);
        }
    }
    return found;
}
/** Kahn's algorithm, always taking the ready step that comes first in the definition. */
function kahn(names, up, down) {
    const position = new Map(names.map((n, i) => [n, i]));
    const waiting = new Map(names.map(n => [n, new Set(up.get(n)).size]));
    const ready = [];
    const push = (name) => {
        const p = position.get(name);
        let lo = 0;
        let hi = ready.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (ready[mid] < p)
                lo = mid + 1;
            else
                hi = mid;
        }
        ready.splice(lo, 0, p);
    };
    for (const n of names)
        if (waiting.get(n) === 0)
            push(n);
    const order = [];
    while (ready.length > 0) {
        const name = names[ready.shift()];
        order.push(name);
        for (const child of new Set(down.get(name))) {
            const left = waiting.get(child) - 1;
            waiting.set(child, left);
            if (left === 0)
                push(child);
        }
    }
    if (order.length !== names.length)
        throw new Error('the step graph has a cycle');
    return order;
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/selective.ts
/**
 * The rules a selective execution must pass (reference §1), applied the way the real service would
 * be hardest on the action where it is not documented: 1 to 50 distinct steps of the pipeline, a
 * path-convex selection, weakly connected (when `requireConnected`), including the Condition of any
 * branch step, and upstream outputs drawn from a Succeeded or Failed execution of the same pipeline
 * in which every non-selected ancestor succeeded. Then the entries a new execution shows for the
 * steps it reuses.
 *
 * This is the oracle that grades the action's planner: it reads the graph with the emulator's own
 * code (dag.ts) and shares none of the planner's functions.
 */




/** `SelectiveExecutionConfig.SelectedSteps` holds 1 to 50 steps (reference §1.1, §1.9). */
const MAX_SELECTED_STEPS = 50;
/** Names and groups shown in one message at most; the rest are counted. */
const SHOWN = 20;
const SHOWN_GROUPS = 3;
/** Validates a SelectiveExecutionConfig against the pipeline version that will run; returns the reuse plan. */
function checkSelection(state, pipeline, graph, config) {
    const dag = dagOf(graph);
    const names = config.SelectedSteps.map(s => s.StepName);
    if (names.length < 1 || names.length > MAX_SELECTED_STEPS) {
        throw validationError(`Invalid SelectedSteps: between 1 and ${MAX_SELECTED_STEPS} steps can be selected, got ${names.length}.`);
    }
    const chosen = new Set();
    for (const name of names) {
        if (!dag.has(name)) {
            throw validationError(`Step '${name}' in SelectedSteps is not a step of pipeline '${pipeline.name}'.${suggestion(name, dag.order)}`);
        }
        if (chosen.has(name))
            throw validationError(`Step '${name}' appears more than once in SelectedSteps.`);
        chosen.add(name);
    }
    const selected = dag.sorted(chosen);
    checkBranches(dag, selected, chosen);
    checkConvex(dag, chosen);
    if (state.config.requireConnected)
        checkConnected(dag, selected);
    const dependents = selected.filter(n => dag.parents(n).some(p => !chosen.has(p)));
    const arn = config.SourcePipelineExecutionArn;
    if (arn === undefined || arn === '') {
        if (dependents.length > 0) {
            const dependencies = dag.sorted(dependents.flatMap(n => dag.parents(n).filter(p => !chosen.has(p))));
            throw validationError(`Invalid SourcePipelineExecutionArn: null. The selected steps ${javaList(dependents)} have dependencies on ${javaList(dependencies)}`);
        }
        return { selected, reused: new Map() };
    }
    const source = sourceExecution(state, pipeline, arn);
    const snapshot = state.snapshot(source);
    if (snapshot.status !== 'Succeeded' && snapshot.status !== 'Failed') {
        throw validationError(`Invalid SourcePipelineExecutionArn: '${arn}' is in status ${snapshot.status}; ` +
            `the reference execution must be Succeeded or Failed.`);
    }
    const unusable = dag.sorted([...dag.ancestors(chosen)].filter(n => !chosen.has(n))).flatMap(n => {
        const run = snapshot.runs.get(n);
        return run?.status === 'Succeeded' ? [] : [`${n} (${run ? run.status : 'not run'})`];
    });
    if (unusable.length > 0) {
        throw validationError(`Invalid SourcePipelineExecutionArn: '${arn}'. The selected steps depend on steps with no successful result ` +
            `in that execution: ${shortList(unusable)}`);
    }
    // Every non-selected step not downstream of the selection that the source shows as ended is copied,
    // ancestors and unrelated steps alike (docs/emulator.md, choice 10).
    const downstream = dag.descendants(chosen);
    const reused = new Map();
    for (const name of dag.order) {
        if (chosen.has(name) || downstream.has(name))
            continue;
        const run = snapshot.runs.get(name);
        if (!run || run.end === undefined)
            continue;
        const producer = run.producer ?? source.arn;
        const entry = {
            ...run,
            reusedFrom: state.config.reusedSourceArn === 'producer' ? producer : source.arn,
            producer
        };
        const metadata = runMetadata(source, run);
        if (metadata)
            entry.metadata = metadata;
        reused.set(name, entry);
    }
    return { selected, source, reused };
}
/** A selected step nested in a Condition branch needs that Condition (and every enclosing one) selected. */
function checkBranches(dag, selected, chosen) {
    for (const name of selected) {
        const missing = dag.conditionsAround(name).filter(c => !chosen.has(c));
        if (missing.length > 0) {
            throw validationError(`Invalid SelectedSteps: step '${name}' is in a branch of Condition step '${missing[0]}', which is not selected. ` +
                `A branch step can only be selected together with its Condition step${missing.length > 1 ? `s ${javaList(missing)}` : ''}.`);
        }
    }
}
/** The non-selected steps on a path between two selected ones: descendants(S) ∩ ancestors(S) \ S, in order. */
function stepsBetween(dag, chosen) {
    const below = dag.descendants(chosen);
    return dag.sorted([...dag.ancestors(chosen)].filter(n => below.has(n) && !chosen.has(n)));
}
/** "All step(s) in all path(s) between two selected steps should be included": descendants(S) ∩ ancestors(S) ⊆ S. */
function checkConvex(dag, chosen) {
    const between = stepsBetween(dag, chosen);
    if (between.length === 0)
        return;
    const one = between.length === 1;
    throw validationError(`Invalid SelectedSteps: all steps on all paths between two selected steps must be selected; ` +
        `${shortList(between)} ${one ? 'lies' : 'lie'} between selected steps and ${one ? 'is' : 'are'} not selected.`);
}
/** The Developer Guide's "connected in the DAG", read as weak connectivity ([U] §1.1; option requireConnected). */
function checkConnected(dag, selected) {
    const groups = dag.components(selected);
    if (groups.length <= 1)
        return;
    const shown = groups.slice(0, SHOWN_GROUPS).map(g => shortList(g));
    const more = groups.length - shown.length;
    throw validationError(`Invalid SelectedSteps: the selected steps must be connected in the pipeline DAG; ` +
        `${shown.join(' and ')}${more > 0 ? ` and ${more} more group${more === 1 ? '' : 's'}` : ''} are not connected to each other.`);
}
/** The execution named as source: it must exist and belong to this pipeline. */
function sourceExecution(state, pipeline, arn) {
    const source = state.executions.get(arn);
    if (source?.pipeline === pipeline)
        return source;
    if (source || !arn.startsWith(`${pipeline.arn}/execution/`)) {
        throw validationError(`Invalid SourcePipelineExecutionArn: '${arn}' is not an execution of pipeline '${pipeline.name}'.`);
    }
    throw notFound(`Pipeline execution '${arn}' does not exist.`);
}
/** A Java-style list of at most SHOWN names, the rest counted: `[A, B, … 7 more]`. */
function shortList(names) {
    if (names.length <= SHOWN)
        return javaList(names);
    return javaList([...names.slice(0, SHOWN), `… ${names.length - SHOWN} more`]);
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/start.ts





function startPipelineExecution(state, body) {
    const pipeline = state.pipeline(body.PipelineName);
    const token = body.ClientRequestToken;
    const fingerprint = JSON.stringify({ ...body, ClientRequestToken: undefined, PipelineName: pipeline.arn });
    const previous = state.startTokens.get(token);
    if (previous) {
        if (previous.fingerprint !== fingerprint) {
            throw conflict(`ClientRequestToken '${token}' was already used for a different StartPipelineExecution request.`);
        }
        return { PipelineExecutionArn: previous.arn };
    }
    const execution = createExecution(state, pipeline, body, { checkLimit: true });
    state.startTokens.set(token, { arn: execution.arn, fingerprint });
    return { PipelineExecutionArn: execution.arn };
}
/** Validates a start request and records the new execution (it is then computed from the clock). */
function createExecution(state, pipeline, body, options = {}) {
    const version = pipelineVersion(pipeline, body.PipelineVersionId);
    const graph = version.graph;
    const parameters = effectiveParameters(graph, body.PipelineParameters ?? []);
    const selection = body.SelectiveExecutionConfig
        ? checkSelection(state, pipeline, graph, body.SelectiveExecutionConfig)
        : undefined;
    if (options.checkLimit) {
        const limit = state.config.maxConcurrentExecutions;
        if (state.runningCount() >= limit) {
            throw limitExceeded(`You have reached the limit of ${limit} concurrent pipeline executions in this account. Try again when a running execution has ended.`);
        }
    }
    const createdAt = options.createdAt ?? state.clock.now();
    const id = options.id ?? state.mintExecutionId(pipeline.name);
    const arn = state.executionArn(pipeline.name, id);
    if (state.executions.has(arn))
        throw validationError(`Pipeline execution '${arn}' already exists.`);
    const override = body.ParallelismConfiguration
        ?.MaxParallelExecutionSteps;
    const execution = {
        arn,
        id,
        pipeline,
        version,
        meta: {
            region: state.config.region,
            account: state.config.account,
            pipelineName: pipeline.name,
            executionId: id,
            sequence: pipeline.executions.length + 1
        },
        createdAt,
        lastModifiedAt: createdAt,
        displayName: body.PipelineExecutionDisplayName ?? `execution-${Math.round(createdAt)}`,
        parameters: parameters.typed,
        parameterStrings: parameters.strings,
        toRun: new Set(selection ? selection.selected : graph.topologicalOrder()),
        reused: selection?.reused ?? new Map(),
        scenario: options.scenario ?? structuredClone(pipeline.scenario),
        events: [],
        stopTokens: new Set(),
        retryTokens: new Map()
    };
    if (typeof body.PipelineExecutionDescription === 'string')
        execution.description = body.PipelineExecutionDescription;
    if (override !== undefined)
        execution.parallelismOverride = override;
    const parallelism = override ?? pipeline.parallelism;
    if (parallelism !== undefined)
        execution.parallelism = parallelism;
    if (selection) {
        execution.selective = { selected: selection.selected };
        const source = body.SelectiveExecutionConfig.SourcePipelineExecutionArn;
        if (source)
            execution.selective.source = source;
    }
    if (typeof body.MlflowExperimentName === 'string')
        execution.mlflowExperimentName = body.MlflowExperimentName;
    pipeline.executions.push(execution);
    state.executions.set(arn, execution);
    pipeline.lastRunAt = Math.max(pipeline.lastRunAt ?? 0, createdAt);
    const latestRun = version.lastExecutionArn ? state.executions.get(version.lastExecutionArn) : undefined;
    if (!latestRun || latestRun.createdAt <= createdAt)
        version.lastExecutionArn = arn;
    return execution;
}
/**
 * Every declared parameter's value for the run: the one passed, else the default. Undeclared names,
 * values that do not fit the declared Type or EnumValues, and parameters left without any value are
 * refused ([U]: the conservative reading; the service's own checks are undocumented).
 */
function effectiveParameters(graph, passed) {
    const given = new Map();
    for (const p of passed) {
        if (!graph.parameters.has(p.Name)) {
            throw validationError(`Pipeline parameter '${p.Name}' is not declared in the pipeline definition.${suggestion(p.Name, graph.parameters.keys())}` +
                ` Declared parameters: ${javaList(graph.parameters.keys())}.`);
        }
        if (given.has(p.Name))
            throw validationError(`Pipeline parameter '${p.Name}' is given more than once.`);
        given.set(p.Name, p.Value);
    }
    const typed = new Map();
    const strings = [];
    const missing = [];
    for (const def of graph.parameters.values()) {
        const text = given.get(def.name) ?? defaultText(def);
        if (text === undefined) {
            missing.push(def.name);
            continue;
        }
        typed.set(def.name, { type: def.type, value: typedValue(def, text) });
        strings.push({ Name: def.name, Value: text });
    }
    if (missing.length > 0) {
        throw validationError(`Pipeline parameters ${javaList(missing)} have no default value and were given no value.`);
    }
    return { typed, strings };
}
function defaultText(def) {
    const v = def.defaultValue;
    if (v === undefined)
        return undefined;
    if (def.type === 'Float' && typeof v === 'number')
        return formatFloat(v);
    return String(v);
}
function typedValue(def, text) {
    const bad = (expected) => {
        throw validationError(`Value '${text}' of pipeline parameter '${def.name}' is not ${expected} (declared Type ${def.type}).`);
    };
    if (def.enumValues && !def.enumValues.includes(text)) {
        throw validationError(`Value '${text}' of pipeline parameter '${def.name}' is not one of its EnumValues ${javaList(def.enumValues)}.`);
    }
    switch (def.type) {
        case 'Integer':
            return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : bad('an integer');
        case 'Float':
            return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : bad('a number');
        case 'Boolean':
            return /^(true|false)$/i.test(text.trim()) ? text.trim().toLowerCase() === 'true' : bad('true or false');
        default:
            return text;
    }
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/seed.ts




function seededExecutionId(pipeline, index) {
    return digest(`${pipeline}#seed#${index}`, 12);
}
function seededExecutionArn(pipeline, index, region = 'us-east-1', account = '123456789012') {
    return `arn:aws:sagemaker:${region}:${account}:pipeline/${pipeline}/execution/${seededExecutionId(pipeline, index)}`;
}
function applySeed(state, doc) {
    if (!doc || !Array.isArray(doc.pipelines))
        throw new Error('a seed document is {pipelines: [...]}');
    const result = { pipelines: [] };
    for (const [p, spec] of doc.pipelines.entries()) {
        const where = `seed pipelines[${p}] (${spec.name})`;
        const pipeline = seedPipeline(state, spec, where);
        const arns = [];
        for (const [i, run] of (spec.executions ?? []).entries()) {
            arns.push(seedExecution(state, pipeline, run, i, arns, `${where} executions[${i}]`).arn);
        }
        result.pipelines.push({ name: pipeline.name, arn: pipeline.arn, executions: arns });
    }
    return result;
}
function seedPipeline(state, spec, where) {
    const definition = typeof spec.definition === 'string' ? spec.definition : JSON.stringify(spec.definition);
    let pipeline = state.pipelines.get(spec.name);
    if (!pipeline) {
        createPipeline(state, {
            PipelineName: spec.name,
            PipelineDefinition: definition,
            RoleArn: spec.roleArn ?? `arn:aws:iam::${state.config.account}:role/SageMakerPipelineRole`,
            ClientRequestToken: `seed-${digest(spec.name, 32)}`,
            ...(spec.description !== undefined ? { PipelineDescription: spec.description } : {}),
            ...(spec.parallelism !== undefined
                ? { ParallelismConfiguration: { MaxParallelExecutionSteps: spec.parallelism } }
                : {})
        });
        pipeline = state.pipelines.get(spec.name);
    }
    else
        addVersion(state, pipeline, definition);
    if (spec.scenario !== undefined) {
        const steps = pipeline.versions.flatMap(v => [...v.graph.steps.keys()]);
        pipeline.scenario = normalizeScenario(spec.scenario, `${where}.scenario`, steps);
    }
    return pipeline;
}
function seedExecution(state, pipeline, run, index, earlier, where) {
    const now = state.clock.now();
    const createdAt = seedTime(run.createdAt, now, where);
    const graph = latestVersion(pipeline).graph;
    const steps = { ...(run.steps ?? {}) };
    if (run.failedStep !== undefined)
        steps[run.failedStep] = { ...steps[run.failedStep], status: 'Failed' };
    const scenario = structuredClone(pipeline.scenario);
    const forced = {};
    for (const [name, step] of Object.entries(steps)) {
        if (!graph.has(name))
            throw new Error(`${where}: "${name}" is not a step of pipeline ${pipeline.name}`);
        if (step.durationSeconds !== undefined)
            (scenario.durations ??= {})[name] = step.durationSeconds;
        if (step.status === 'Failed')
            (scenario.failures ??= {})[name] = step.failureReason ?? `Seeded failure of step ${name}`;
        if (step.status === 'Succeeded' && scenario.failures)
            delete scenario.failures[name];
        if (step.outcome !== undefined)
            forced[name] = step.outcome === true || step.outcome === 'True';
    }
    const failSteps = graph.topologicalOrder().filter(n => graph.step(n).type === 'Fail');
    const failing = Object.values(steps).some(s => s.status === 'Failed');
    if (run.status === 'Failed' && !failing && failSteps.length > 0) {
        // Steer every enclosing Condition towards the first Fail step.
        let child = failSteps[0];
        for (const condition of graph.enclosingConditions(child)) {
            forced[condition] ??= graph.step(child).branch === 'If';
            child = condition;
        }
    }
    for (const name of graph.topologicalOrder()) {
        if (graph.step(name).type !== 'Condition' || forced[name] !== undefined)
            continue;
        const outcomes = (scenario.conditionOutcomes ??= {});
        if (outcomes[name] === undefined)
            outcomes[name] = !leadsToFail(name, 'If') || leadsToFail(name, 'Else');
    }
    function leadsToFail(condition, branch) {
        const roots = [...graph.steps.values()]
            .filter(s => s.condition === condition && s.branch === branch)
            .map(s => s.name);
        return roots.length > 0 && graph.closure(roots).some(n => graph.step(n).type === 'Fail');
    }
    const body = {
        PipelineParameters: Object.entries(run.parameters ?? {}).map(([Name, v]) => ({ Name, Value: String(v) }))
    };
    if (run.displayName !== undefined)
        body.PipelineExecutionDisplayName = run.displayName;
    if (run.description !== undefined)
        body.PipelineExecutionDescription = run.description;
    if (run.parallelism !== undefined)
        body.ParallelismConfiguration = { MaxParallelExecutionSteps: run.parallelism };
    if (run.selective) {
        const source = run.selective.source;
        const sourceArn = typeof source === 'number' ? earlier[source] : source;
        if (typeof source === 'number' && sourceArn === undefined) {
            throw new Error(`${where}: selective.source ${source} must be the index of an earlier execution in the list`);
        }
        body.SelectiveExecutionConfig = {
            SelectedSteps: run.selective.selectedSteps.map(StepName => ({ StepName })),
            ...(sourceArn !== undefined ? { SourcePipelineExecutionArn: sourceArn } : {})
        };
    }
    const id = run.id ?? seededExecutionId(pipeline.name, index);
    if (!/^[a-z0-9]{12}$/.test(id))
        throw new Error(`${where}: id must be 12 lowercase letters or digits, got "${id}"`);
    const execution = createExecution(state, pipeline, body, { createdAt, id, scenario });
    try {
        if (Object.keys(forced).length > 0)
            execution.forcedOutcomes = forced;
        if (run.status === 'Failed' && !failing && failSteps.length === 0) {
            // Nothing says where it failed: the step that would have finished last did.
            const trial = [...state.simulate(execution, Infinity).runs.values()].filter(r => r.reusedFrom === undefined);
            const last = trial.sort((a, b) => (b.end ?? 0) - (a.end ?? 0))[0];
            if (last)
                (execution.scenario.failures ??= {})[last.name] = `Seeded failure of step ${last.name}`;
        }
        shapeToStatus(state, execution, run.status, now, where);
        check(state, execution, run, steps, where);
    }
    catch (error) {
        pipeline.executions.splice(pipeline.executions.indexOf(execution), 1);
        state.executions.delete(execution.arn);
        throw error;
    }
    return execution;
}
/** Fits the run into the time since createdAt, then stops or holds it if the declared status says so. */
function shapeToStatus(state, execution, status, now, where) {
    let trial = state.simulate(execution, Infinity);
    let duration = (trial.endedAt ?? now) - execution.createdAt;
    if (status !== 'Executing' && execution.createdAt + duration > now) {
        const room = now - execution.createdAt;
        if (room <= 0)
            throw new Error(`${where}: a ${status} run must have been created before now`);
        const factor = (room * 0.9) / duration;
        const durations = (execution.scenario.durations ??= {});
        for (const node of execution.version.graph.steps.values()) {
            durations[node.name] = (durations[node.name] ?? defaultDuration(node.type)) * factor;
        }
        trial = state.simulate(execution, Infinity);
        duration = (trial.endedAt ?? now) - execution.createdAt;
    }
    if (status === 'Stopped')
        state.addEvent(execution, { kind: 'stop', at: execution.createdAt + duration / 2 });
    if (status === 'Executing') {
        execution.holdAt = execution.createdAt + duration <= now ? execution.createdAt + duration / 2 : now;
    }
    execution.cached = undefined;
}
function check(state, execution, run, steps, where) {
    const snap = state.snapshot(execution);
    const failed = [...snap.runs.values()]
        .filter(r => r.status === 'Failed')
        .map(r => `${r.name}: ${r.failureReason ?? 'failed'}`);
    if (snap.status !== run.status) {
        throw new Error(`${where}: declared ${run.status}, but such a run ends ${snap.status}` +
            (failed.length > 0 ? ` (${failed.join('; ')})` : '') +
            '. Set steps.<Condition>.outcome, failedStep or the scenario so that it ends as declared.');
    }
    for (const [name, step] of Object.entries(steps)) {
        const got = snap.runs.get(name)?.status;
        if (step.status !== undefined && got !== step.status) {
            throw new Error(`${where}: step ${name} is declared ${step.status}, but in such a run it is ${got ?? 'not run'}`);
        }
    }
}
function seedTime(value, now, where) {
    if (typeof value === 'number')
        return value * 1000;
    const relative = /^-(\d+(?:\.\d+)?)([smhdw])$/.exec(value.trim());
    if (relative) {
        const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 }[relative[2]];
        return now - Number(relative[1]) * unit;
    }
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Number(value) * 1000;
    throw new Error(`${where}: createdAt ${JSON.stringify(value)} is not "-3h", "-2d", "-30m", "-45s", "-1w" or epoch seconds`);
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/shapes.ts
/**
 * Request constraints of the operations the emulator serves, copied from the API model (botocore
 * `sagemaker/2017-07-24/service-2.json`, reference §2), and a validator that words its findings the
 * way the service does ("1 validation error detected: Value '…' at '…' failed to satisfy
 * constraint: …"), so that clients meet the same rejections here as against the real endpoint.
 */

const str = (min, max, pattern) => ({ type: 'string', min, max, pattern });
const shapes_int = (min, max) => ({ type: 'integer', min, max });
const struct = (members, required = []) => ({
    type: 'structure',
    members,
    required
});
const NAME_PATTERN = '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}';
const PIPELINE_NAME = str(1, 256, NAME_PATTERN);
const NAME_OR_ARN = str(1, 2048, `(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:([0-9]{12}|aws):pipeline/.*)?(${NAME_PATTERN})`);
const PIPELINE_ARN = str(0, 2048, 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:([0-9]{12}|aws):pipeline/.*');
const EXECUTION_ARN = str(0, 2048, 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:pipeline\\/.*\\/execution\\/.*');
const TOKEN = str(32, 128);
const DESCRIPTION = str(0, 3072, '.*');
/** The definition's own pattern `.*(?:[ \r\n\t].*)*` accepts any text and backtracks badly on 1 MB: length only. */
const DEFINITION = str(1, 1048576);
const EXECUTION_NAME = str(1, 82, '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}');
const VERSION_NAME = str(1, 82, '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}');
const VERSION_ID = shapes_int(1);
const MAX_RESULTS = shapes_int(1, 100);
const NEXT_TOKEN = str(0, 8192, '.*');
const SORT_ORDER = { type: 'string', enum: ['Ascending', 'Descending'] };
const TIMESTAMP = { type: 'timestamp' };
const PARALLELISM = struct({ MaxParallelExecutionSteps: shapes_int(1) }, ['MaxParallelExecutionSteps']);
const ROLE_ARN = str(20, 2048, 'arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+');
const S3_LOCATION = struct({
    Bucket: str(3, 63, '[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]'),
    ObjectKey: str(1, 1024, '.+'),
    VersionId: str(1, 1024, '.+')
}, ['Bucket', 'ObjectKey']);
const TAGS = {
    type: 'list',
    max: 50,
    min: 0,
    member: struct({
        Key: str(1, 128, '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)'),
        Value: str(0, 256, '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)')
    }, ['Key', 'Value'])
};
const PARAMETERS = {
    type: 'list',
    min: 0,
    max: 200,
    member: struct({ Name: str(1, 256, '[A-Za-z0-9\\-_]*'), Value: str(0, 1024) }, ['Name', 'Value'])
};
const SELECTIVE = struct({
    SourcePipelineExecutionArn: EXECUTION_ARN,
    SelectedSteps: { type: 'list', min: 1, max: 50, member: struct({ StepName: str(0, 256) }, ['StepName']) }
}, ['SelectedSteps']);
const PIPELINE_BODY = {
    PipelineDisplayName: PIPELINE_NAME,
    PipelineDefinition: DEFINITION,
    PipelineDefinitionS3Location: S3_LOCATION,
    PipelineDescription: DESCRIPTION,
    RoleArn: ROLE_ARN,
    ParallelismConfiguration: PARALLELISM
};
/** Input shapes by operation name; an operation missing here is unknown to the emulator. */
const OPERATIONS = {
    CreatePipeline: struct({ PipelineName: PIPELINE_NAME, ClientRequestToken: TOKEN, Tags: TAGS, ...PIPELINE_BODY }, ['PipelineName', 'ClientRequestToken', 'RoleArn']),
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
    ListPipelineVersions: struct({
        PipelineName: NAME_OR_ARN,
        CreatedAfter: TIMESTAMP,
        CreatedBefore: TIMESTAMP,
        SortOrder: SORT_ORDER,
        NextToken: NEXT_TOKEN,
        MaxResults: MAX_RESULTS
    }, ['PipelineName']),
    UpdatePipelineVersion: struct({
        PipelineArn: PIPELINE_ARN,
        PipelineVersionId: VERSION_ID,
        PipelineVersionDisplayName: VERSION_NAME,
        PipelineVersionDescription: DESCRIPTION
    }, ['PipelineArn', 'PipelineVersionId']),
    StartPipelineExecution: struct({
        PipelineName: NAME_OR_ARN,
        PipelineExecutionDisplayName: EXECUTION_NAME,
        PipelineParameters: PARAMETERS,
        PipelineExecutionDescription: DESCRIPTION,
        ClientRequestToken: TOKEN,
        ParallelismConfiguration: PARALLELISM,
        SelectiveExecutionConfig: SELECTIVE,
        PipelineVersionId: VERSION_ID,
        MlflowExperimentName: str(1, 256, '.*')
    }, ['PipelineName', 'ClientRequestToken']),
    DescribePipelineExecution: struct({ PipelineExecutionArn: EXECUTION_ARN }, ['PipelineExecutionArn']),
    ListPipelineExecutions: struct({
        PipelineName: NAME_OR_ARN,
        CreatedAfter: TIMESTAMP,
        CreatedBefore: TIMESTAMP,
        SortBy: { type: 'string', enum: ['CreationTime', 'PipelineExecutionArn'] },
        SortOrder: SORT_ORDER,
        NextToken: NEXT_TOKEN,
        MaxResults: MAX_RESULTS
    }, ['PipelineName']),
    // The model marks nothing required here (reference §2.4); the emulator still needs the ARN.
    ListPipelineExecutionSteps: struct({
        PipelineExecutionArn: EXECUTION_ARN,
        NextToken: NEXT_TOKEN,
        MaxResults: MAX_RESULTS,
        SortOrder: SORT_ORDER
    }),
    ListPipelineParametersForExecution: struct({ PipelineExecutionArn: EXECUTION_ARN, NextToken: NEXT_TOKEN, MaxResults: MAX_RESULTS }, ['PipelineExecutionArn']),
    DescribePipelineDefinitionForExecution: struct({ PipelineExecutionArn: EXECUTION_ARN }, [
        'PipelineExecutionArn'
    ]),
    StopPipelineExecution: struct({ PipelineExecutionArn: EXECUTION_ARN, ClientRequestToken: TOKEN }, [
        'PipelineExecutionArn',
        'ClientRequestToken'
    ]),
    RetryPipelineExecution: struct({ PipelineExecutionArn: EXECUTION_ARN, ClientRequestToken: TOKEN, ParallelismConfiguration: PARALLELISM }, ['PipelineExecutionArn', 'ClientRequestToken']),
    UpdatePipelineExecution: struct({
        PipelineExecutionArn: EXECUTION_ARN,
        PipelineExecutionDescription: DESCRIPTION,
        PipelineExecutionDisplayName: EXECUTION_NAME,
        ParallelismConfiguration: PARALLELISM
    }, ['PipelineExecutionArn'])
};
/**
 * Checks a request body against its operation's shape. Type mismatches are a SerializationException
 * (the service cannot read the body); constraint violations are collected and reported together in
 * one ValidationException, as the service does.
 */
function validateRequest(operation, body) {
    const shape = OPERATIONS[operation];
    if (!shape)
        return;
    const problems = [];
    shapes_check(shape, body, '', problems);
    if (problems.length > 0) {
        const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
        throw validationError(`${count} detected: ${problems.join('; ')}`);
    }
}
function shapes_check(shape, value, path, problems) {
    if (value === undefined || value === null)
        return;
    const at = `at '${path}' failed to satisfy constraint: Member must`;
    switch (shape.type) {
        case 'structure': {
            if (typeof value !== 'object' || Array.isArray(value))
                throw typeError(path, 'a structure');
            const record = value;
            for (const name of shape.required ?? []) {
                if (record[name] === undefined || record[name] === null) {
                    problems.push(`Value null at '${join(path, name)}' failed to satisfy constraint: Member must not be null`);
                }
            }
            for (const [name, member] of Object.entries(shape.members))
                shapes_check(member, record[name], join(path, name), problems);
            return;
        }
        case 'list': {
            if (!Array.isArray(value))
                throw typeError(path, 'a list');
            const shown = `'[${value.map(v => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}]'`;
            if (shape.min !== undefined && value.length < shape.min) {
                problems.push(`Value ${shown} ${at} have length greater than or equal to ${shape.min}`);
            }
            if (shape.max !== undefined && value.length > shape.max) {
                problems.push(`Value ${shown} ${at} have length less than or equal to ${shape.max}`);
            }
            value.forEach((item, i) => shapes_check(shape.member, item, `${path}.${i + 1}.member`, problems));
            return;
        }
        case 'string': {
            if (typeof value !== 'string')
                throw typeError(path, 'a string');
            const shown = `Value '${value.length > 200 ? `${value.slice(0, 200)}…` : value}'`;
            const length = [...value].length;
            if (shape.min !== undefined && length < shape.min)
                problems.push(`${shown} ${at} have length greater than or equal to ${shape.min}`);
            if (shape.max !== undefined && length > shape.max)
                problems.push(`${shown} ${at} have length less than or equal to ${shape.max}`);
            if (shape.pattern !== undefined && !fullMatch(shape.pattern, value)) {
                problems.push(`${shown} ${at} satisfy regular expression pattern: ${shape.pattern}`);
            }
            if (shape.enum && !shape.enum.includes(value))
                problems.push(`${shown} ${at} satisfy enum value set: [${shape.enum.join(', ')}]`);
            return;
        }
        case 'integer': {
            if (typeof value !== 'number' || !Number.isInteger(value))
                throw typeError(path, 'an integer');
            if (shape.min !== undefined && value < shape.min)
                problems.push(`Value '${value}' ${at} have value greater than or equal to ${shape.min}`);
            if (shape.max !== undefined && value > shape.max)
                problems.push(`Value '${value}' ${at} have value less than or equal to ${shape.max}`);
            return;
        }
        case 'timestamp':
            if (typeof value !== 'number' && typeof value !== 'string')
                throw typeError(path, 'a timestamp');
            return;
        case 'boolean':
            if (typeof value !== 'boolean')
                throw typeError(path, 'a boolean');
    }
}
const compiled = new Map();
/** The model's patterns are Java regular expressions matched against the whole value. */
function fullMatch(pattern, value) {
    let re = compiled.get(pattern);
    if (!re) {
        re = new RegExp(`^(?:${pattern})$`, 'u');
        compiled.set(pattern, re);
    }
    return re.test(value);
}
/** Member paths in messages are lowerCamelCase, list items 1-based: `pipelineParameters.1.member.name`. */
function join(path, member) {
    const camel = member.charAt(0).toLowerCase() + member.slice(1);
    return path === '' ? camel : `${path}.${camel}`;
}
function typeError(path, expected) {
    return serializationError(`Cannot deserialize '${path || 'request'}': expected ${expected}`);
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/state.ts


/** Lookups and id minting shared by the operation handlers. */
class EmulatorState {
    config;
    clock;
    simulate;
    pipelines = new Map();
    executions = new Map();
    /** ClientRequestToken → execution ARN and the request it started. */
    startTokens = new Map();
    /** ClientRequestToken of DeletePipeline → the deleted pipeline's ARN. */
    deleteTokens = new Map();
    minted = 0;
    constructor(config, clock, simulate) {
        this.config = config;
        this.clock = clock;
        this.simulate = simulate;
    }
    pipelineArn(name) {
        return `arn:aws:sagemaker:${this.config.region}:${this.config.account}:pipeline/${name}`;
    }
    executionArn(pipeline, id) {
        return `${this.pipelineArn(pipeline)}/execution/${id}`;
    }
    /** A fresh 12-character execution id, like the service's (`7pinimwddh3a`). */
    mintExecutionId(pipeline) {
        let id;
        do
            id = digest(`${pipeline}#run#${++this.minted}`, 12);
        while (this.executions.has(this.executionArn(pipeline, id)));
        return id;
    }
    /** A pipeline named by name or ARN (`PipelineNameOrArn`). */
    pipeline(nameOrArn) {
        const name = nameOrArn.startsWith('arn:')
            ? nameOrArn.slice(nameOrArn.indexOf(':pipeline/') + ':pipeline/'.length)
            : nameOrArn;
        const found = this.pipelines.get(name);
        if (!found)
            throw notFound(`Pipeline '${this.pipelineArn(name)}' does not exist.`);
        return found;
    }
    execution(arn) {
        const found = this.executions.get(arn);
        if (!found)
            throw notFound(`Pipeline execution '${arn}' does not exist.`);
        return found;
    }
    /** The execution as of now (or `at`); ended runs are computed once. */
    snapshot(execution, at = this.clock.now()) {
        if (execution.cached)
            return execution.cached;
        const snap = this.simulate(execution, at);
        if (snap.endedAt !== undefined && !execution.events.some(e => e.at > snap.endedAt))
            execution.cached = snap;
        return snap;
    }
    addEvent(execution, event) {
        execution.events.push(event);
        execution.cached = undefined;
    }
    /** Executions counting against the concurrency limit (Executing or Stopping). */
    runningCount() {
        let n = 0;
        for (const e of this.executions.values()) {
            const status = this.snapshot(e).status;
            if (status === 'Executing' || status === 'Stopping')
                n++;
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./tools/emulator/sagemaker/server.ts
/**
 * A local SageMaker Pipelines endpoint for tests, the demo and the bench: the unmodified
 * `@aws-sdk/client-sagemaker` talks to it over HTTP on loopback (awsJson1_1, `X-Amz-Target:
 * SageMaker.<Op>`), executions run in virtual time, and a test (or another process through the
 * `/_emulator/` paths) can seed a history, script what steps do, inject faults and move the clock.
 * See docs/emulator.md for what it models and the choices taken where the service is unverified.
 */
















const HANDLERS = {
    CreatePipeline: createPipeline,
    UpdatePipeline: updatePipeline,
    DescribePipeline: describePipeline,
    DeletePipeline: deletePipeline,
    ListPipelines: listPipelines,
    ListPipelineVersions: listPipelineVersions,
    UpdatePipelineVersion: updatePipelineVersion,
    StartPipelineExecution: startPipelineExecution,
    DescribePipelineExecution: describePipelineExecution,
    ListPipelineExecutions: listPipelineExecutions,
    ListPipelineExecutionSteps: listPipelineExecutionSteps,
    ListPipelineParametersForExecution: listPipelineParametersForExecution,
    DescribePipelineDefinitionForExecution: describePipelineDefinitionForExecution,
    StopPipelineExecution: stopPipelineExecution,
    RetryPipelineExecution: retryPipelineExecution,
    UpdatePipelineExecution: updatePipelineExecution
};
async function startEmulator(options = {}) {
    const host = options.host ?? '127.0.0.1';
    if (host !== '127.0.0.1')
        throw new Error(`the emulator listens on loopback only (127.0.0.1), not ${host}`);
    const clock = new VirtualClock(options.clock ?? 'wall', options.timeScale ?? 60);
    const state = new EmulatorState({
        region: options.region ?? 'us-east-1',
        account: options.account ?? '123456789012',
        requireConnected: true,
        maxConcurrentExecutions: 20,
        reusedSourceArn: 'reference'
    }, clock, simulate);
    applyOptions(state.config, options);
    const faults = new FaultInjector();
    const serviceFaults = new ServiceFaults(state);
    const counts = new Map();
    const setFaults = (f) => {
        if (typeof f !== 'object' || f === null || Array.isArray(f))
            throw new Error('faults must be an object');
        new FaultInjector().set(f); // checks the wire faults first, so that a bad value applies nothing
        serviceFaults.set(f);
        faults.set(f);
        return { ...faults.current(), ...serviceFaults.current() };
    };
    const emulator = {
        calls: () => Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1))),
        resetCalls: () => counts.clear(),
        setFaults,
        configure: (o) => {
            applyOptions(state.config, o);
            const { requireConnected, maxConcurrentExecutions, reusedSourceArn } = state.config;
            return { requireConnected, maxConcurrentExecutions, reusedSourceArn };
        },
        setScenario: (pipeline, scenario) => {
            const target = state.pipeline(pipeline);
            const steps = target.versions.flatMap(v => [...v.graph.steps.keys()]);
            target.scenario = normalizeScenario(scenario, `scenario of ${pipeline}`, steps);
        },
        advance: (ms) => clock.advance(ms),
        settle: () => Promise.resolve(clock.advanceTo(settleTime(state))),
        seed: (doc) => {
            const result = applySeed(state, doc);
            if (doc.faults !== undefined)
                setFaults(doc.faults);
            return result;
        },
        now: () => clock.now()
    };
    if (options.seed)
        emulator.seed(options.seed);
    const server = (0,external_node_http_.createServer)((req, res) => {
        void handle(req, res).catch(error => {
            if (!res.headersSent)
                send(res, 500, { __type: 'InternalFailure', message: (0,errors/* errorMessage */.gJ)(error) });
        });
    });
    async function handle(req, res) {
        const text = await readBody(req);
        const path = (req.url ?? '/').split('?')[0];
        if (path.startsWith('/_emulator/'))
            return control(req.method ?? 'GET', path.slice('/_emulator/'.length), text, res);
        const target = String(req.headers['x-amz-target'] ?? '');
        const operation = target.startsWith('SageMaker.') ? target.slice('SageMaker.'.length) : target || '(none)';
        counts.set(operation, (counts.get(operation) ?? 0) + 1);
        if (faults.latencyMs > 0)
            await new Promise(resolve => setTimeout(resolve, faults.latencyMs));
        try {
            const fault = faults.draw();
            if (fault)
                throw fault;
            if (req.method !== 'POST' || path !== '/' || !HANDLERS[operation] || !OPERATIONS[operation])
                throw unknownOperation(target);
            let body;
            try {
                body = text.trim() === '' ? {} : JSON.parse(text);
            }
            catch {
                throw serializationError('The request body is not valid JSON.');
            }
            if (typeof body !== 'object' || body === null || Array.isArray(body))
                throw serializationError('The request body must be a JSON object.');
            validateRequest(operation, body);
            const request = body;
            serviceFaults.before(operation, request);
            const answer = HANDLERS[operation](state, request);
            serviceFaults.after(operation, request);
            send(res, 200, answer);
        }
        catch (error) {
            const aws = error instanceof AwsError ? error : internalFailure(`The emulator failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            send(res, aws.status, aws.body(), aws.code);
        }
    }
    function control(method, action, text, res) {
        try {
            const body = text.trim() === '' ? {} : JSON.parse(text);
            const route = `${method} ${action}`;
            switch (route) {
                case 'GET calls':
                    return send(res, 200, emulator.calls());
                case 'POST reset-calls':
                    emulator.resetCalls();
                    return send(res, 200, {});
                case 'POST faults':
                    return send(res, 200, setFaults(body));
                case 'POST config':
                    return send(res, 200, emulator.configure(body));
                case 'GET config':
                    return send(res, 200, emulator.configure({}));
                case 'POST scenario':
                    emulator.setScenario(String(body.pipeline), body.scenario);
                    return send(res, 200, {});
                case 'POST seed':
                    return send(res, 200, emulator.seed(body));
                case 'POST advance':
                    clock.advance(typeof body.seconds === 'number' ? body.seconds * 1000 : Number(body.ms));
                    return send(res, 200, { now: clock.now() / 1000 });
                case 'POST settle':
                    clock.advanceTo(settleTime(state));
                    return send(res, 200, { now: clock.now() / 1000 });
                case 'GET clock':
                    return send(res, 200, { now: clock.now() / 1000 });
                default:
                    return send(res, 404, { message: `unknown control path ${route}; see docs/emulator.md` });
            }
        }
        catch (error) {
            send(res, 400, { message: (0,errors/* errorMessage */.gJ)(error) });
        }
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address();
    return {
        ...emulator,
        url: `http://${host}:${port}`,
        close: () => new Promise((resolve, reject) => {
            server.close(error => (error ? reject(error) : resolve()));
            server.closeAllConnections();
        })
    };
}
/** Checks the runtime options given, then applies them; throws naming the option on a bad value, applying none. */
function applyOptions(config, options) {
    const next = { ...config };
    if (options.requireConnected !== undefined) {
        if (typeof options.requireConnected !== 'boolean')
            throw new Error(`requireConnected must be true or false, got ${JSON.stringify(options.requireConnected)}`);
        next.requireConnected = options.requireConnected;
    }
    if (options.maxConcurrentExecutions !== undefined) {
        const n = options.maxConcurrentExecutions;
        if (!(Number.isInteger(n) && n >= 1))
            throw new Error(`maxConcurrentExecutions must be a whole number from 1, got ${JSON.stringify(n)}`);
        next.maxConcurrentExecutions = n;
    }
    if (options.reusedSourceArn !== undefined) {
        if (options.reusedSourceArn !== 'reference' && options.reusedSourceArn !== 'producer')
            throw new Error(`reusedSourceArn must be 'reference' or 'producer', got ${JSON.stringify(options.reusedSourceArn)}`);
        next.reusedSourceArn = options.reusedSourceArn;
    }
    Object.assign(config, next);
}
/** The latest end of any execution that will end on its own (held seeded runs never do). */
function settleTime(state) {
    let latest = state.clock.now();
    for (const execution of state.executions.values()) {
        if (state.snapshot(execution).endedAt !== undefined)
            continue;
        const final = state.simulate(execution, Infinity);
        if (final.endedAt !== undefined)
            latest = Math.max(latest, final.endedAt);
    }
    return latest;
}
function send(res, status, body, errorType) {
    const payload = JSON.stringify(body);
    const headers = {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': Buffer.byteLength(payload),
        'x-amzn-requestid': requestId()
    };
    if (errorType)
        headers['x-amzn-errortype'] = errorType;
    res.writeHead(status, headers);
    res.end(payload);
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}


/***/ })

};
