export const id = 913;
export const ids = [913];
export const modules = {

/***/ 6913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/sagemaker.ts
var sagemaker = __webpack_require__(7056);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/adapters/github.ts





/** The compare endpoint lists at most this many files; at this count the list may be cut. */
const COMPARE_FILES_LIMIT = 300;
/** The pull-request files endpoint lists at most this many files. */
const PULL_FILES_LIMIT = 3000;
/**
 * The one place Octokit is built. Retries (plugin-retry) absorb 5xx and dropped connections; the
 * throttling plugin honours `retry-after` / `x-ratelimit-reset` so a matrix of jobs commenting at once
 * waits out a secondary rate limit instead of failing the report. The token only goes into Octokit.
 */
function createOctokit(token, settingsOrBaseUrl = {}) {
    const settings = typeof settingsOrBaseUrl === 'string' ? { baseUrl: settingsOrBaseUrl } : settingsOrBaseUrl;
    const baseUrl = (settings.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    const unit = settings.backoffUnitMs ?? 1000;
    const maxWait = settings.maxRateLimitWaitSeconds ?? 60;
    const log = settings.log ?? { warning: core/* warning */.$e };
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const request = `${options.method} ${options.url}`;
        if (retryCount < 2 && retryAfter <= maxWait) {
            log.warning(`GitHub ${kind} hit on ${request}: retrying in ${retryAfter} s.`);
            return true;
        }
        const why = retryCount >= 2 ? `already retried ${retryCount} times` : `the wait would exceed ${maxWait} s`;
        log.warning(`GitHub ${kind} hit on ${request}: giving up (${why}; the limit resets in ${retryAfter} s).`);
        return false;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        userAgent: 'sagemaker-selective-execution',
        retry: { retryAfterBaseValue: unit },
        throttle: {
            retryAfterBaseValue: unit,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        },
        // @actions/github binds its fetch to the proxy of the GITHUB_API_URL seen at import; a loopback
        // stand-in must never go through a proxy.
        ...(isLoopback(baseUrl) ? { request: { fetch: globalThis.fetch } } : {})
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
function isLoopback(url) {
    try {
        return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
    }
    catch {
        return false;
    }
}
/** HTTP status of an Octokit error, when it has one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Rethrows with the operation named, keeping the HTTP status for callers that branch on it. */
function context(what, error) {
    return new Error(`GitHub API: ${what} failed: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
}
const shortSha = (ref) => (/^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref);
/** The branch a new branch is compared against when a push has no `before` (and the payload says none). */
async function defaultBranch(octokit, repo) {
    try {
        return (await octokit.rest.repos.get({ ...repo })).data.default_branch;
    }
    catch (error) {
        throw context(`reading ${repo.owner}/${repo.repo}`, error);
    }
}
/** Head and base of a pull request, for events that name one without carrying its payload. */
async function pullRequest(octokit, repo, number) {
    try {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
        return {
            number,
            headSha: data.head.sha,
            headRef: data.head.ref,
            baseSha: data.base.sha,
            baseRef: data.base.ref
        };
    }
    catch (error) {
        throw context(`reading pull request #${number}`, error);
    }
}
async function compare(octokit, repo, base, head) {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`
    });
    return {
        base: data.base_commit.sha,
        mergeBase: data.merge_base_commit.sha,
        files: data.files?.flatMap(f => (f.previous_filename ? [f.previous_filename, f.filename] : [f.filename])),
        listed: data.files?.length ?? 0
    };
}
/** The merge base of two commits, as the compare endpoint computes it (for the pull-request fallback). */
async function mergeBase(octokit, repo, a, b) {
    try {
        return (await compare(octokit, repo, a, b)).mergeBase;
    }
    catch (error) {
        throw context(`finding the merge base of ${shortSha(a)} and ${shortSha(b)}`, error);
    }
}
/**
 * The files whose content differs from `from` to `to` (a two-dot tree diff, what `git diff from to`
 * lists). The compare endpoint answers that only when `from` is an ancestor of `to` (it diffs from
 * the merge base) and lists at most 300 files; otherwise the two recursive trees are diffed, which is
 * exact whatever the history between them.
 */
async function changedFilesBetween(octokit, repo, from, to) {
    const range = `${shortSha(from)}..${shortSha(to)}`;
    if (from === to)
        return { files: [], complete: true, detail: `${range}: the same commit` };
    let comparison;
    try {
        comparison = await compare(octokit, repo, from, to);
    }
    catch (error) {
        // 404: no common history (or a missing commit, which the tree read then reports); 422: diff too big.
        if (httpStatus(error) !== 404 && httpStatus(error) !== 422)
            throw context(`comparing ${range}`, error);
    }
    let why;
    if (comparison && comparison.mergeBase === comparison.base) {
        const files = comparison.files;
        if (files && comparison.listed < COMPARE_FILES_LIMIT) {
            return { files: sorted(files), complete: true, detail: `GitHub compare API ${range}` };
        }
        why = `the compare API lists at most ${COMPARE_FILES_LIMIT} files`;
    }
    else {
        why = comparison
            ? `${shortSha(from)} is not an ancestor of ${shortSha(to)}`
            : `GitHub found no common history for ${range}`;
    }
    return treeDiff(octokit, repo, from, to, why);
}
/**
 * What `base...head` changes: the files that differ from their merge base to head (what a pull
 * request's "Files changed" shows), exact past the compare endpoint's 300-file cap.
 */
async function changedFilesSinceMergeBase(octokit, repo, base, head) {
    const range = `${shortSha(base)}...${shortSha(head)}`;
    let comparison;
    try {
        comparison = await compare(octokit, repo, base, head);
    }
    catch (error) {
        throw context(`comparing ${range}`, error);
    }
    const files = comparison.files;
    if (files && comparison.listed < COMPARE_FILES_LIMIT) {
        return { files: sorted(files), complete: true, detail: `GitHub compare API ${range}` };
    }
    const why = `the compare API lists at most ${COMPARE_FILES_LIMIT} files`;
    return treeDiff(octokit, repo, comparison.mergeBase, head, why);
}
async function treeDiff(octokit, repo, from, to, why) {
    const range = `${shortSha(from)}..${shortSha(to)}`;
    const read = async (ref) => {
        try {
            return (await octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' })).data;
        }
        catch (error) {
            throw context(`reading the tree of ${shortSha(ref)}`, error);
        }
    };
    const [before, after] = await Promise.all([read(from), read(to)]);
    const truncated = [before.truncated ? from : '', after.truncated ? to : ''].filter(Boolean);
    if (truncated.length > 0) {
        const which = truncated.map(shortSha).join(' and ');
        return {
            files: [],
            complete: false,
            detail: `cannot list the files changed in ${range}: GitHub truncated the file tree of ${which} (over 100,000 ` +
                'entries or 7 MB); a checkout that can fetch both commits lets git read it instead'
        };
    }
    const index = (entries) => new Map(entries.filter(e => e.type !== 'tree' && e.path).map(e => [e.path, `${e.mode}:${e.sha}`]));
    const old = index(before.tree);
    const now = index(after.tree);
    const files = new Set();
    for (const [path, id] of now)
        if (old.get(path) !== id)
            files.add(path);
    for (const path of old.keys())
        if (!now.has(path))
            files.add(path);
    return { files: sorted(files), complete: true, detail: `GitHub trees API ${range} (${why})` };
}
/** A pull request's own file list (merge base → head). GitHub lists at most 3,000 files. */
async function pullRequestFiles(octokit, repo, number) {
    let entries;
    try {
        entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
            ...repo,
            pull_number: number,
            per_page: 100
        });
    }
    catch (error) {
        throw context(`listing the files of pull request #${number}`, error);
    }
    const files = sorted(entries.flatMap(f => (f.previous_filename ? [f.previous_filename, f.filename] : [f.filename])));
    if (entries.length >= PULL_FILES_LIMIT) {
        return {
            files,
            complete: false,
            detail: `pull request #${number} changes ${PULL_FILES_LIMIT} files or more and GitHub lists at most ${PULL_FILES_LIMIT}`
        };
    }
    return { files, complete: true, detail: `GitHub files of pull request #${number}` };
}
function sorted(files) {
    return [...new Set(files)].sort();
}
/** Commenting was refused (a fork's read-only token, a missing permission): the caller warns and goes on. */

;// CONCATENATED MODULE: ./src/phases/changes.ts


const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
const ZERO_SHA = /^0{40}$/;
/** Reads `payload.a.b.c` as a non-empty string, whatever shape the payload has. */
function field(payload, ...path) {
    let value = payload;
    for (const key of path)
        value = value && typeof value === 'object' ? value[key] : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * The commit the new run is for. On pull requests GITHUB_SHA is the synthetic merge of head into
 * base, a commit nobody pushed and that changes whenever base moves: the head commit is what the
 * author wrote and what the reference runs record, so it is used instead.
 */
function resolveHead(eventName, payload, env, headInput) {
    if (headInput?.trim())
        return headInput.trim();
    if (PULL_REQUEST_EVENTS.has(eventName)) {
        const head = field(payload, 'pull_request', 'head', 'sha');
        if (!head)
            throw new errors/* UserError */.yo(`The ${eventName} event payload has no pull_request.head.sha; set the head input.`);
        return head;
    }
    if (eventName === 'merge_group') {
        const head = field(payload, 'merge_group', 'head_sha');
        if (!head)
            throw new errors/* UserError */.yo('The merge_group event payload has no merge_group.head_sha; set the head input.');
        return head;
    }
    const after = field(payload, 'after');
    if (eventName === 'push' && after && !ZERO_SHA.test(after))
        return after;
    const sha = env.GITHUB_SHA?.trim();
    if (!sha)
        throw new errors/* UserError */.yo(`GITHUB_SHA is not set for the ${eventName} event; set the head input.`);
    return sha;
}
/**
 * The commit range an event stands for, used when the reference run recorded no commit (SPEC
 * "Changed files"). Pure: the payload, inputs and environment are passed in.
 */
function eventRange(eventName, payload, inputs, defaultBranch, env = {}) {
    const head = resolveHead(eventName, payload, env, inputs.head);
    const base = inputs.base?.trim();
    if (base)
        return { base, head, threeDot: false, description: `${changes_short(base)}..${changes_short(head)} (base input)` };
    if (PULL_REQUEST_EVENTS.has(eventName)) {
        const baseSha = field(payload, 'pull_request', 'base', 'sha');
        const baseRef = field(payload, 'pull_request', 'base', 'ref') ?? 'the base branch';
        const number = payload.pull_request?.number;
        if (!baseSha)
            throw new errors/* UserError */.yo(`The ${eventName} event payload has no pull_request.base.sha; set the base input.`);
        return {
            base: baseSha,
            head,
            threeDot: true,
            description: `pull request #${typeof number === 'number' ? number : '?'}: what ${changes_short(head)} changes since it left ${baseRef} (${changes_short(baseSha)}...${changes_short(head)})`
        };
    }
    if (eventName === 'merge_group') {
        const baseSha = field(payload, 'merge_group', 'base_sha');
        if (!baseSha)
            throw new errors/* UserError */.yo('The merge_group event payload has no merge_group.base_sha; set the base input.');
        const baseRef = field(payload, 'merge_group', 'base_ref')?.replace(/^refs\/heads\//, '') ?? 'the base branch';
        return {
            base: baseSha,
            head,
            threeDot: true,
            description: `merge queue: what ${changes_short(head)} adds to ${baseRef} (${changes_short(baseSha)}...${changes_short(head)})`
        };
    }
    if (eventName === 'push')
        return pushRange(payload, head, defaultBranch);
    return {
        head,
        threeDot: false,
        description: `${eventName}: the event names no earlier commit (set the base input to compare against one)`
    };
}
function pushRange(payload, head, defaultBranch) {
    const ref = field(payload, 'ref') ?? '';
    const branch = ref.replace(/^refs\/(heads|tags)\//, '');
    const before = field(payload, 'before');
    if (payload.deleted === true) {
        return { head, threeDot: false, description: `push deleted ${branch}: nothing to run` };
    }
    if (!before || ZERO_SHA.test(before) || payload.created === true) {
        const main = defaultBranch ?? field(payload, 'repository', 'default_branch');
        if (main && ref !== `refs/heads/${main}`) {
            return {
                base: main,
                head,
                threeDot: true,
                description: `new branch ${branch}: what ${changes_short(head)} changes since it left ${main} (${main}...${changes_short(head)})`
            };
        }
        return {
            head,
            threeDot: false,
            description: `first push of ${branch || 'the branch'}: no earlier commit to compare with`
        };
    }
    const forced = payload.forced === true;
    return {
        base: before,
        head,
        threeDot: false,
        description: forced
            ? `force push to ${branch}: files that differ between ${changes_short(before)} and ${changes_short(head)} (tree diff)`
            : `push to ${branch}: ${changes_short(before)}..${changes_short(head)}`
    };
}
/**
 * The files that differ across a range. Local git first (exact, no cap, needs only the two commits
 * once fetched), then the GitHub API. When neither can read the range whole the set is marked
 * incomplete with a reason a user can act on, and the planner selects every step.
 */
async function collectChanges(range, sources) {
    const label = `${changes_short(range.from)}${range.threeDot ? '...' : '..'}${changes_short(range.to)}`;
    if (range.from === range.to)
        return { files: [], complete: true, detail: `${label}: the same commit` };
    const problems = [];
    if (sources.git) {
        try {
            const local = await fromGit(sources.git, range, label);
            if (typeof local !== 'string')
                return local;
            problems.push(`local clone: ${local}`);
        }
        catch (error) {
            problems.push(`local clone: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (sources.github) {
        const { octokit, owner, repo: name } = sources.github;
        const repo = { owner, repo: name };
        try {
            const changes = range.threeDot
                ? await changedFilesSinceMergeBase(octokit, repo, range.from, range.to)
                : await changedFilesBetween(octokit, repo, range.from, range.to);
            if (changes.complete || problems.length === 0)
                return changes;
            return { ...changes, detail: `${changes.detail ?? ''}; ${problems.join('; ')}` };
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    if (!sources.git && !sources.github)
        problems.push('no local clone and no GitHub API access to read them with');
    return {
        files: [],
        complete: false,
        detail: `Could not list the files changed in ${label}: ${problems.join('; ')}`
    };
}
async function fromGit(git, range, label) {
    // One after the other: two fetches at once would contend for the clone's locks and FETCH_HEAD.
    const from = await localCommit(git, range.from);
    const to = await localCommit(git, range.to);
    const missing = [from ? '' : range.from, to ? '' : range.to].filter(Boolean).map(changes_short);
    if (!from || !to) {
        return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in the clone and could not be fetched`;
    }
    let base = from;
    if (range.threeDot) {
        const found = await git.mergeBase(from, to);
        if (!found)
            return `no merge base of ${changes_short(from)} and ${changes_short(to)} within the fetched history`;
        base = found;
    }
    const files = [...new Set(await git.diffNames(base, to))].sort();
    const via = range.threeDot ? ` (${label}: from the merge base)` : '';
    return { files, complete: true, detail: `git diff ${changes_short(base)} ${changes_short(to)}${via}` };
}
/**
 * A commit SHA for `ref` in the local clone. A SHA is used if present and fetched if not; a branch
 * name is fetched first, since the clone's copy of it (if any) may be stale.
 */
async function localCommit(git, ref) {
    if (/^[0-9a-f]{40}$/.test(ref))
        return (await git.resolveCommit(ref)) ?? (await git.fetchCommit(ref));
    return (await git.fetchCommit(ref)) ?? (await git.resolveCommit(ref));
}
const changes_short = shortSha;
/**
 * The commit SHA an input (`base` or `head`) names: a SHA, a branch or a tag, looked up in the clone
 * (fetching it if needed), else through the API. Provenance records SHAs only, so a name is never
 * stored as a commit.
 */
async function resolveCommitInput(input, ref, sources) {
    if (sources.git) {
        const local = (await sources.git.resolveCommit(ref)) ?? (await sources.git.fetchCommit(ref));
        if (local)
            return local;
    }
    if (sources.github) {
        const { octokit, owner, repo } = sources.github;
        try {
            const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref });
            return data.sha;
        }
        catch {
            // answered below
        }
    }
    const where = sources.github ? ` or in ${sources.github.owner}/${sources.github.repo}` : '';
    throw new errors/* UserError */.yo(`Input "${input}" is ${JSON.stringify(ref)}, which names no commit in the checkout${where}.`);
}

;// CONCATENATED MODULE: ./src/core/coverage.ts
/**
 * Which steps have been exercised with the code they would run today, and the fewest executions that
 * exercise the rest. "Today" is judged by the mapped files only (a tree diff from the commit a success
 * ran at), so a success counts whatever branch it ran on; anything that cannot be judged counts as
 * stale, never as covered. Rarely taken branches are what this is for: a rerun takes the branch its
 * Condition chooses, so steps on opposite branches, or needing different forcing parameters, get
 * separate executions.
 */
function computeCoverage(input) {
    const { graph, mapping } = input;
    const executions = [...input.executions].sort((a, b) => b.createdAt - a.createdAt);
    const changes = new ChangeIndex(mapping, input.changesSince);
    const warnings = [];
    const steps = graph.topologicalOrder().map(name => stepCoverage(graph.step(name), executions, changes));
    const uncovered = steps.filter(s => !s.covered).map(s => s.step);
    const total = graph.size;
    const percent = total === 0 ? 100 : Math.round(((total - uncovered.length) * 1000) / total) / 10;
    if (executions.length === 0) {
        warnings.push('no executions of the pipeline were found, so no step counts as covered');
    }
    else if (changes.mapsAnyFiles()) {
        const unrecorded = executions.filter(e => e.commit === undefined).length;
        if (unrecorded > 0) {
            warnings.push(`${unrecorded} of the ${executions.length} executions read have no recorded commit (started outside the action); their successes count as stale for steps with mapped files`);
        }
    }
    const requirements = branchRequirements(graph);
    warnings.push(...coverageEntryWarnings(graph, mapping, requirements));
    for (const name of uncovered) {
        const both = [...requirements.get(name)].filter(([, b]) => b === 'both').map(([c]) => c);
        if (both.length > 0) {
            warnings.push(`${name} depends on steps in both branches of ${both.join(', ')}; an execution takes only one branch, so it will likely never run`);
        }
        const forcing = mapping?.coverage.get(name);
        if (forcing && Object.keys(forcing).length > 0)
            continue;
        const untaken = untakenBranch(graph, name, executions);
        if (untaken)
            warnings.push(untaken);
    }
    return { percent, steps, uncovered, targets: groupTargets(uncovered, mapping, requirements), warnings };
}
function stepCoverage(node, executions, changes) {
    const runs = [];
    for (const execution of executions) {
        const state = execution.steps.get(node.name);
        if (state && state.reusedFrom === undefined)
            runs.push({ execution, state });
    }
    const out = { step: node.name, outcomes: [], stale: false, covered: false };
    if (node.type === 'Condition') {
        out.outcomes = [...new Set(runs.flatMap(r => (r.state.outcome ? [r.state.outcome] : [])))];
    }
    const successes = runs.filter(r => succeeded(node, r.state)).map(r => r.execution);
    if (runs[0])
        out.lastRun = runs[0].execution.createdAt;
    const newest = successes[0];
    if (!newest) {
        out.note =
            runs.length === 0
                ? `never ran in the ${executions.length} executions read`
                : `ran ${runs.length} time${runs.length === 1 ? '' : 's'} but never succeeded (last status: ${runs[0].state.status})`;
        return out;
    }
    out.lastSuccess = newest.createdAt;
    const newestWhy = changes.staleness(node.name, newest);
    if (newestWhy === undefined) {
        out.covered = true;
        return out;
    }
    // A tree diff makes any success at a commit whose mapped files equal head's a valid one, old or not.
    const current = successes.slice(1).find(e => changes.staleness(node.name, e) === undefined);
    if (current) {
        out.covered = true;
        out.note = `its newest success is stale (${newestWhy}), but ${current.arn} ran it at ${shortCommit(current.commit)} with the current files`;
    }
    else {
        out.stale = true;
        out.note = newestWhy;
    }
    return out;
}
/** A Fail step always ends Failed: having run to its end is its success. */
function succeeded(node, state) {
    if (node.type === 'Fail')
        return state.status === 'Failed' || state.status === 'Succeeded';
    return state.status === 'Succeeded';
}
/** What changed since each commit, matched against the mapping once per commit. */
class ChangeIndex {
    mapping;
    changesSince;
    byCommit = new Map();
    allStepsKey = '\u0000all-steps';
    constructor(mapping, changesSince) {
        this.mapping = mapping;
        this.changesSince = changesSince;
    }
    mapsAnyFiles() {
        return this.mapping !== undefined && (this.mapping.allSteps.length > 0 || this.mapping.steps.size > 0);
    }
    /** Undefined when the step's mapped files are unchanged since the execution's commit; else why not. */
    staleness(step, execution) {
        const mapping = this.mapping;
        if (!mapping || (mapping.allSteps.length === 0 && (mapping.steps.get(step)?.length ?? 0) === 0)) {
            return undefined;
        }
        const commit = execution.commit;
        if (commit === undefined) {
            return `its success in ${execution.arn} has no recorded commit, so what changed since is unknown`;
        }
        const set = this.changesSince.get(commit);
        if (!set)
            return `the files changed since ${shortCommit(commit)} are not known`;
        const hits = this.hitsSince(commit, set);
        const files = [...new Set([...(hits.get(step) ?? []), ...(hits.get(this.allStepsKey) ?? [])])];
        if (files.length > 0) {
            const others = files.length - 1;
            const more = others > 0 ? ` and ${others} more file${others === 1 ? '' : 's'}` : '';
            return `${files[0]}${more} changed since ${shortCommit(commit)}`;
        }
        if (!set.complete) {
            return `the list of files changed since ${shortCommit(commit)} is incomplete${set.detail ? ` (${set.detail})` : ''}`;
        }
        return undefined;
    }
    hitsSince(commit, set) {
        const cached = this.byCommit.get(commit);
        if (cached)
            return cached;
        const hits = new Map();
        const add = (key, file) => {
            const list = hits.get(key);
            if (list)
                list.push(file);
            else
                hits.set(key, [file]);
        };
        for (const file of set.files) {
            const match = this.mapping.match(file);
            if (match.ignored)
                continue;
            if (match.allSteps !== undefined)
                add(this.allStepsKey, file);
            for (const { step } of match.steps)
                add(step, file);
        }
        this.byCommit.set(commit, hits);
        return hits;
    }
}
function shortCommit(commit) {
    return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit;
}
/**
 * Condition → branch each step needs taken to run at all: its own nesting and that of every ancestor
 * (a step after a branch step runs only when that branch does). `both` marks a step that needs both.
 */
function branchRequirements(graph) {
    const out = new Map();
    for (const name of graph.topologicalOrder()) {
        const need = new Map();
        const add = (condition, branch) => {
            const current = need.get(condition);
            need.set(condition, current === undefined || current === branch ? branch : 'both');
        };
        for (const parent of graph.parents(name))
            for (const [c, b] of out.get(parent))
                add(c, b);
        const node = graph.step(name);
        if (node.condition && node.branch)
            add(node.condition, node.branch);
        out.set(name, need);
    }
    return out;
}
function coverageEntryWarnings(graph, mapping, requirements) {
    const warnings = [];
    for (const step of mapping?.coverage.keys() ?? []) {
        if (!graph.has(step)) {
            warnings.push(`coverage names step "${step}", which is not in the pipeline; it is ignored`);
        }
        else if (requirements.get(step).size === 0) {
            warnings.push(`coverage: ${step} is not inside a Condition's branch (nor after one), so forcing parameters cannot decide whether it runs`);
        }
    }
    return warnings;
}
/**
 * The warning for an uncovered branch step that no execution read reached: the Condition on its path
 * that was never seen choosing the way it needs, innermost first. Undefined when it was reached.
 */
function untakenBranch(graph, name, executions) {
    const path = [];
    for (let node = graph.step(name); node.condition && node.branch; node = graph.step(node.condition)) {
        path.push({ condition: node.condition, branch: node.branch });
    }
    if (path.length === 0)
        return undefined;
    const outcomeIn = (e, condition) => {
        const state = e.steps.get(condition);
        return state && state.reusedFrom === undefined ? state.outcome : undefined;
    };
    const wanted = (branch) => (branch === 'If' ? 'True' : 'False');
    const reached = executions.some(e => {
        const own = e.steps.get(name);
        if (own && own.reusedFrom === undefined)
            return true;
        return path.every(p => outcomeIn(e, p.condition) === wanted(p.branch));
    });
    if (reached)
        return undefined;
    const blocking = path.find(p => !executions.some(e => outcomeIn(e, p.condition) === wanted(p.branch))) ?? path[0];
    const seen = [...new Set(executions.flatMap(e => outcomeIn(e, blocking.condition) ?? []))];
    const seenText = seen.length > 0 ? `outcomes seen: ${seen.join(', ')}` : 'it was never seen deciding';
    const reads = graph.step(blocking.condition).parameters;
    const example = reads.length > 0 ? `{ ${reads.map(p => `${p}: …`).join(', ')} }` : '{ <ParameterName>: <value> }';
    return (`${name} is in the ${blocking.branch} branch of ${blocking.condition}, which no execution read was seen taking (${seenText}); ` +
        `a plain rerun will likely take the same branch again. Add coverage: { ${name}: { parameters: ${example} } } to the mapping file ` +
        `with values that make ${blocking.condition} take ${blocking.branch}`);
}
/**
 * Greedy grouping in topological order: each uncovered step joins the first target whose parameters
 * agree with its forcing parameters and whose steps need no opposite Condition branch; otherwise it
 * starts a target of its own. Steps without forcing parameters therefore join the first target they can.
 */
function groupTargets(uncovered, mapping, requirements) {
    const groups = [];
    for (const step of uncovered) {
        const parameters = mapping?.coverage.get(step) ?? {};
        const need = requirements.get(step);
        const fits = (g) => Object.entries(parameters).every(([k, v]) => (g.target.parameters[k] ?? v) === v) &&
            [...need].every(([c, b]) => {
                const has = g.need.get(c);
                return has === undefined || (has === b && b !== 'both');
            });
        const group = groups.find(fits);
        if (group) {
            group.target.steps.push(step);
            Object.assign(group.target.parameters, parameters);
            for (const [c, b] of need)
                group.need.set(c, b);
        }
        else {
            groups.push({ target: { steps: [step], parameters: { ...parameters } }, need: new Map(need) });
        }
    }
    return groups.map(g => g.target);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/provenance.ts

const PROVENANCE_PREFIX = 'sagemaker-selective-execution/v1 ';
const MAX_DESCRIPTION = 3072;
const SHA = /^[0-9a-f]{7,64}$/;
function formatProvenance(p) {
    const text = PROVENANCE_PREFIX + JSON.stringify(p);
    if (text.length <= MAX_DESCRIPTION)
        return text;
    // Only a pathological ref can get here; the commit is what matters, keep it.
    const { ref: _ref, ...rest } = p;
    return PROVENANCE_PREFIX + JSON.stringify(rest);
}
/** The provenance of a description written by this action, or undefined for any other text. */
function parseProvenance(description) {
    if (!description)
        return undefined;
    const at = description.indexOf(PROVENANCE_PREFIX);
    if (at < 0)
        return undefined;
    try {
        const value = JSON.parse(description.slice(at + PROVENANCE_PREFIX.length));
        if (typeof value !== 'object' || value === null)
            return undefined;
        const v = value;
        if (typeof v.sha !== 'string' || !SHA.test(v.sha))
            return undefined;
        const p = { sha: v.sha };
        if (typeof v.ref === 'string')
            p.ref = v.ref;
        if (typeof v.pr === 'number' && Number.isInteger(v.pr))
            p.pr = v.pr;
        if (typeof v.repo === 'string')
            p.repo = v.repo;
        if (typeof v.run === 'string')
            p.run = v.run;
        if (typeof v.def === 'string')
            p.def = v.def;
        return p;
    }
    catch {
        return undefined;
    }
}
/**
 * A display name a person can read in the console: `pr-12-abc1234-run-987`, `push-main-abc1234`, …
 * Valid for the service: ≤ 82 characters of `[a-zA-Z0-9-]`, starting and ending alphanumeric.
 */
function displayName(parts) {
    const short = parts.sha.slice(0, 7);
    const words = [];
    if (parts.prefix)
        words.push(parts.prefix);
    if (parts.pr !== undefined)
        words.push(`pr-${parts.pr}`);
    else if (parts.ref)
        words.push(parts.ref.replace(/^refs\/(heads|tags)\//, ''));
    words.push(short);
    if (parts.runId)
        words.push(`run-${parts.runId}`);
    let name = words
        .join('-')
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (name.length > 82) {
        // Keep the distinctive end (sha and run id); trim the branch name in the middle.
        const tail = [short, parts.runId ? `run-${parts.runId}` : ''].filter(Boolean).join('-');
        name = `${name.slice(0, Math.max(1, 81 - tail.length)).replace(/-+$/, '')}-${tail}`.slice(0, 82);
    }
    return name.replace(/^-+|-+$/g, '') || short;
}
/**
 * The idempotency token of a start: the same (repository, workflow run, attempt, pipeline) always gives
 * the same token, so a retried or re-entered job step returns the execution it already started instead of
 * starting a second one. 64 hex characters (the service accepts 32..128).
 */
function clientRequestToken(repository, runId, runAttempt, pipeline) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([repository, runId, runAttempt, pipeline]))
        .digest('hex');
}
/** Short hash of a definition's canonical JSON (keys sorted), so equal definitions hash alike. */
function definitionHash(definition) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(definition)).digest('hex').slice(0, 16);
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}

;// CONCATENATED MODULE: ./src/core/graph.ts
/**
 * The pipeline DAG as the service runs it: every step (nested Condition branches included) and the
 * edges that order them. Built by `parseDefinition`; immutable afterwards. Traversals return names in
 * topological order so that plans, reports and CLI output are stable.
 */
class StepGraph {
    steps;
    parameters;
    parentsOf = new Map();
    childrenOf = new Map();
    edgeKinds = new Map();
    order;
    rank = new Map();
    /**
     * @param steps in definition order (depth first through Condition branches)
     * @param edges may repeat; kinds are merged. Both ends must be steps; cycles are rejected.
     */
    constructor(steps, edges, parameters = []) {
        this.steps = new Map(steps.map(s => [s.name, s]));
        this.parameters = new Map(parameters.map(p => [p.name, p]));
        for (const s of steps) {
            this.parentsOf.set(s.name, new Set());
            this.childrenOf.set(s.name, new Set());
        }
        for (const e of edges) {
            if (!this.steps.has(e.from) || !this.steps.has(e.to)) {
                throw new Error(`edge ${e.from} → ${e.to} names a step that is not in the graph`);
            }
            this.childrenOf.get(e.from).add(e.to);
            this.parentsOf.get(e.to).add(e.from);
            const key = edgeKey(e.from, e.to);
            const kinds = this.edgeKinds.get(key) ?? new Set();
            kinds.add(e.kind);
            this.edgeKinds.set(key, kinds);
        }
        this.order = this.topologicalSort(steps.map(s => s.name));
        this.order.forEach((name, i) => this.rank.set(name, i));
    }
    get size() {
        return this.steps.size;
    }
    has(name) {
        return this.steps.has(name);
    }
    step(name) {
        const s = this.steps.get(name);
        if (!s)
            throw new Error(`unknown step "${name}"`);
        return s;
    }
    /** All step names in a topological order (ties broken by definition order). */
    topologicalOrder() {
        return [...this.order];
    }
    parents(name) {
        return this.parentsOf.get(name) ?? new Set();
    }
    children(name) {
        return this.childrenOf.get(name) ?? new Set();
    }
    /** Deduplicated edges in a stable order (by topological rank of `from`, then `to`). */
    edges() {
        const out = [];
        for (const from of this.order) {
            const tos = [...this.children(from)].sort((a, b) => this.rank.get(a) - this.rank.get(b));
            for (const to of tos)
                out.push({ from, to, kinds: [...this.edgeKinds.get(edgeKey(from, to))].sort() });
        }
        return out;
    }
    /** The given steps plus everything reachable from them, in topological order. */
    closure(names) {
        return this.sorted(this.reach(names, n => this.children(n), true));
    }
    /** Strict descendants of the given steps (not the steps themselves unless reachable from another). */
    descendants(names) {
        return this.sorted(this.reach(names, n => this.children(n), false));
    }
    /** Strict ancestors of the given steps. */
    ancestors(names) {
        return this.sorted(this.reach(names, n => this.parents(n), false));
    }
    /** Sorts step names topologically; unknown names are an error. */
    sorted(names) {
        const list = [...new Set(names)];
        for (const n of list)
            if (!this.rank.has(n))
                throw new Error(`unknown step "${n}"`);
        return list.sort((a, b) => this.rank.get(a) - this.rank.get(b));
    }
    /** Steps that read a parameter, directly in their own object. */
    readersOf(parameter) {
        return this.order.filter(n => this.steps.get(n).parameters.includes(parameter));
    }
    /** Every Condition enclosing the step, innermost first. */
    enclosingConditions(name) {
        const out = [];
        let current = this.steps.get(name)?.condition;
        while (current) {
            out.push(current);
            current = this.steps.get(current)?.condition;
        }
        return out;
    }
    reach(start, next, includeStart) {
        const seen = new Set();
        const stack = [];
        for (const s of start) {
            if (!this.steps.has(s))
                throw new Error(`unknown step "${s}"`);
            if (includeStart)
                seen.add(s);
            stack.push(s);
        }
        while (stack.length > 0) {
            const n = stack.pop();
            for (const m of next(n)) {
                if (!seen.has(m)) {
                    seen.add(m);
                    stack.push(m);
                }
            }
        }
        return seen;
    }
    /** Kahn's algorithm; the queue is kept in definition order so the result is deterministic. */
    topologicalSort(definitionOrder) {
        const position = new Map(definitionOrder.map((n, i) => [n, i]));
        const indegree = new Map(definitionOrder.map(n => [n, this.parentsOf.get(n).size]));
        const ready = new MinHeap((a, b) => position.get(a) - position.get(b));
        for (const n of definitionOrder)
            if (indegree.get(n) === 0)
                ready.push(n);
        const out = [];
        while (ready.size > 0) {
            const n = ready.pop();
            out.push(n);
            for (const m of this.childrenOf.get(n)) {
                const d = indegree.get(m) - 1;
                indegree.set(m, d);
                if (d === 0)
                    ready.push(m);
            }
        }
        if (out.length !== definitionOrder.length) {
            throw new CycleError(this.findCycle(definitionOrder.filter(n => indegree.get(n) > 0)));
        }
        return out;
    }
    findCycle(candidates) {
        const inCycleSet = new Set(candidates);
        const start = candidates[0];
        const path = [];
        const index = new Map();
        // Every leftover node keeps a leftover parent, so walking parents must come back on itself.
        let current = start;
        while (!index.has(current)) {
            index.set(current, path.length);
            path.push(current);
            current = [...this.parentsOf.get(current)].find(c => inCycleSet.has(c));
        }
        return [...path.slice(index.get(current)), current].reverse();
    }
}
class CycleError extends Error {
    cycle;
    constructor(cycle) {
        super(`the pipeline's steps form a cycle: ${cycle.join(' → ')}`);
        this.cycle = cycle;
        this.name = 'CycleError';
    }
}
function edgeKey(from, to) {
    return `${from}\u0000${to}`;
}
/** A binary heap, so the deterministic topological sort stays O(n log n) on 5,000-step graphs. */
class MinHeap {
    compare;
    items = [];
    constructor(compare) {
        this.compare = compare;
    }
    get size() {
        return this.items.length;
    }
    push(item) {
        const a = this.items;
        a.push(item);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (this.compare(a[i], a[parent]) >= 0)
                break;
            [a[i], a[parent]] = [a[parent], a[i]];
            i = parent;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && this.compare(a[l], a[m]) < 0)
                    m = l;
                if (r < a.length && this.compare(a[r], a[m]) < 0)
                    m = r;
                if (m === i)
                    break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./src/core/json-position.ts
/**
 * The offset of the first syntax error in a JSON text, or -1 when it is valid. `JSON.parse` on Node 20
 * names the offset for some errors only ("Unexpected token ',', ..." has none), and a user fixing a
 * pipeline definition needs the line and column every time.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const fail = () => {
        // The offset itself is thrown (caught below): a scanner's control flow, never seen outside.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw i;
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const string = () => {
        i++; // opening quote
        while (i < text.length) {
            const c = text[i];
            if (c === '"') {
                i++;
                return;
            }
            if (c === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                        i += 2;
                        fail();
                    }
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else {
                    i++;
                    fail();
                }
            }
            else if (c < ' ')
                fail();
            else
                i++;
        }
        fail();
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '' || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === '}') {
                    i++;
                    return;
                }
                else
                    fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === ']') {
                    i++;
                    return;
                }
                else
                    fail();
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            number();
        else
            fail();
    };
    try {
        value();
        ws();
        if (i < text.length)
            fail();
        return -1;
    }
    catch (offset) {
        if (typeof offset === 'number')
            return offset;
        throw offset;
    }
}

;// CONCATENATED MODULE: ./src/core/definition.ts



/** The only pipeline definition schema version the service knows. */
const DEFINITION_VERSION = '2020-12-01';
const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/;
const PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean'];
class DefinitionError extends errors/* UserError */.yo {
    constructor(source, message) {
        super(`${source}: ${message}`);
        this.name = 'DefinitionError';
    }
}
/**
 * Reads a SageMaker pipeline definition (the JSON of `DescribePipeline.PipelineDefinition`) into the
 * DAG the service runs, by the rules of the SDK's `PipelineGraph` (reference §3.7): every step,
 * Condition branches included at any depth; edges from `DependsOn`, from every `{"Get": "Steps.X…"}`
 * in a step's own object (not in a Condition's branch arrays) and from a Condition to each step it
 * encloses.
 *
 * @param source names the document in error messages (a file path, "the reference run", …)
 */
function parseDefinition(definition, source = 'pipeline definition') {
    const doc = typeof definition === 'string' ? parseJson(definition, source) : definition;
    if (!isObject(doc))
        throw new DefinitionError(source, 'the definition must be a JSON object');
    if (doc.Version !== DEFINITION_VERSION) {
        throw new DefinitionError(source, `unknown definition Version ${JSON.stringify(doc.Version)}; the service accepts only "${DEFINITION_VERSION}"`);
    }
    if (!Array.isArray(doc.Steps))
        throw new DefinitionError(source, '"Steps" must be an array of step objects');
    const parameters = readParameters(doc.Parameters, source);
    const steps = [];
    collectSteps(doc.Steps, 'Steps', undefined, undefined, steps, new Set(), source);
    const names = new Set(steps.map(s => s.name));
    const edges = [];
    for (const step of steps) {
        const dependsOn = step.raw.DependsOn;
        if (dependsOn !== undefined) {
            if (!Array.isArray(dependsOn) || dependsOn.some(d => typeof d !== 'string')) {
                throw new DefinitionError(source, `step "${step.name}": DependsOn must be a list of step names`);
            }
            for (const d of dependsOn) {
                if (!names.has(d)) {
                    throw new DefinitionError(source, `step "${step.name}" depends on "${d}", which is not a step of this pipeline`);
                }
                edges.push({ from: d, to: step.name, kind: 'depends-on' });
            }
        }
        for (const ref of stepReferences(step)) {
            if (!names.has(ref)) {
                throw new DefinitionError(source, `step "${step.name}" reads "Steps.${ref}…", but there is no step named "${ref}"`);
            }
            edges.push({ from: ref, to: step.name, kind: 'property' });
        }
        if (step.condition)
            edges.push({ from: step.condition, to: step.name, kind: 'condition' });
    }
    try {
        return new StepGraph(steps, edges, parameters);
    }
    catch (error) {
        if (error instanceof CycleError)
            throw new DefinitionError(source, error.message);
        throw error;
    }
}
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const offset = jsonErrorOffset(text);
        let where = '';
        if (offset >= 0) {
            const before = text.slice(0, offset);
            const line = before.split('\n').length;
            const column = offset - before.lastIndexOf('\n');
            where = ` at line ${line}, column ${column}`;
        }
        throw new DefinitionError(source, `invalid JSON${where}: ${message}`);
    }
}
function readParameters(value, source) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new DefinitionError(source, '"Parameters" must be an array');
    const seen = new Set();
    return value.map((p, i) => {
        if (!isObject(p) || typeof p.Name !== 'string' || p.Name === '') {
            throw new DefinitionError(source, `Parameters[${i}] has no Name`);
        }
        if (seen.has(p.Name))
            throw new DefinitionError(source, `parameter "${p.Name}" is declared twice`);
        seen.add(p.Name);
        const type = p.Type ?? 'String';
        if (!PARAMETER_TYPES.includes(type)) {
            throw new DefinitionError(source, `parameter "${p.Name}" has Type ${JSON.stringify(type)}; expected one of ${PARAMETER_TYPES.join(', ')}`);
        }
        const def = { name: p.Name, type: type };
        const dv = p.DefaultValue;
        if (typeof dv === 'string' || typeof dv === 'number' || typeof dv === 'boolean')
            def.defaultValue = dv;
        if (Array.isArray(p.EnumValues))
            def.enumValues = p.EnumValues.map(String);
        return def;
    });
}
function collectSteps(list, path, condition, branch, out, seen, source) {
    list.forEach((raw, i) => {
        const where = `${path}[${i}]`;
        if (!isObject(raw))
            throw new DefinitionError(source, `${where} is not a step object`);
        const name = raw.Name;
        if (typeof name !== 'string' || !STEP_NAME.test(name)) {
            throw new DefinitionError(source, `${where} has the step name ${JSON.stringify(name)}; names are 1-64 characters of A-Z, a-z, 0-9, - and _`);
        }
        if (typeof raw.Type !== 'string')
            throw new DefinitionError(source, `step "${name}" has no Type`);
        if (seen.has(name)) {
            throw new DefinitionError(source, `the step name "${name}" is used twice (${where} and an earlier step); names must be unique across the top level and all Condition branches`);
        }
        seen.add(name);
        const node = { name, type: raw.Type, parameters: [], raw };
        if (condition) {
            node.condition = condition;
            node.branch = branch;
        }
        node.parameters = [
            ...new Set(getters(ownFields(node))
                .filter(g => g.startsWith('Parameters.'))
                .map(g => g.slice(11)))
        ];
        out.push(node);
        if (raw.Type === 'Condition') {
            const args = isObject(raw.Arguments) ? raw.Arguments : {};
            for (const [key, b] of [
                ['IfSteps', 'If'],
                ['ElseSteps', 'Else']
            ]) {
                const nested = args[key];
                if (nested === undefined)
                    continue;
                if (!Array.isArray(nested))
                    throw new DefinitionError(source, `step "${name}": Arguments.${key} must be an array`);
                collectSteps(nested, `${where}.Arguments.${key}`, name, b, out, seen, source);
            }
        }
    });
}
/** The step object without a Condition's nested branch arrays: those steps speak for themselves (used for edges and for the definition diff). */
function ownFields(step) {
    if (step.type !== 'Condition' || !isObject(step.raw.Arguments))
        return step.raw;
    const { IfSteps: _if, ElseSteps: _else, ...args } = step.raw.Arguments;
    return { ...step.raw, Arguments: args };
}
/** Names of the steps this step reads through `{"Get": "Steps.<name>…"}`. */
function stepReferences(step) {
    const refs = new Set();
    for (const g of getters(ownFields(step))) {
        if (!g.startsWith('Steps.'))
            continue;
        const m = /^Steps\.([^.[]+)/.exec(g);
        if (m)
            refs.add(m[1]);
    }
    return [...refs];
}
/** Every string value stored under a key named "Get", anywhere below `value`. */
function getters(value, out = []) {
    if (Array.isArray(value)) {
        for (const v of value)
            getters(v, out);
    }
    else if (isObject(value)) {
        for (const [k, v] of Object.entries(value)) {
            if (k === 'Get' && typeof v === 'string')
                out.push(v);
            else
                getters(v, out);
        }
    }
    return out;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/definition-diff.ts

/** Paths reported per step (and for the pipeline level) before the rest is summed up as "…and N more". */
const MAX_PATHS = 20;
/** Step keys that change how a step is shown, not what it runs. */
const COSMETIC_STEP_KEYS = new Set(['DisplayName', 'Description']);
/**
 * Compares the definition a reference run ran with the one about to run. Reuse is keyed by step name
 * (reference §1.4), so a step whose own object changed must re-run even if no mapped file changed; a
 * step that moved between Condition branches changed too, since it now runs under another outcome.
 * Nested branch arrays are left out of a Condition's comparison: those steps are compared on their own.
 *
 * @param referenceDoc, currentDoc the raw documents, for the pipeline-level keys (Parameters, …)
 */
function diffDefinitions(reference, current, referenceDoc, currentDoc) {
    const steps = [];
    for (const name of current.topologicalOrder()) {
        const now = current.step(name);
        const before = reference.steps.get(name);
        if (!before) {
            steps.push({ step: name, change: 'added', paths: [] });
            continue;
        }
        const paths = [];
        const from = placement(before);
        const to = placement(now);
        if (from !== to)
            paths.push(`(moved from ${from} to ${to})`);
        diffValues(comparable(before), comparable(now), '', paths);
        if (paths.length > 0)
            steps.push({ step: name, change: 'changed', paths: capped(paths) });
    }
    for (const name of reference.topologicalOrder()) {
        if (!current.has(name))
            steps.push({ step: name, change: 'removed', paths: [] });
    }
    const pipeline = isObject(referenceDoc) && isObject(currentDoc) ? diffPipeline(referenceDoc, currentDoc) : [];
    return { steps, pipeline: capped(pipeline) };
}
function placement(step) {
    return step.condition ? `${step.branch ?? 'If'}Steps of ${step.condition}` : 'the top level';
}
function comparable(step) {
    const own = ownFields(step);
    if (!isObject(own))
        return own;
    return Object.fromEntries(Object.entries(own).filter(([k]) => !COSMETIC_STEP_KEYS.has(k)));
}
/** Top-level keys other than Steps; Parameters are matched by Name so that reordering them is no change. */
function diffPipeline(before, after) {
    const paths = [];
    for (const key of unionKeys(before, after)) {
        if (key === 'Steps')
            continue;
        if (key === 'Parameters' && byName(before.Parameters) && byName(after.Parameters)) {
            diffValues(byName(before.Parameters), byName(after.Parameters), 'Parameters', paths);
        }
        else {
            diffValues(before[key], after[key], segment('', key), paths);
        }
    }
    return paths;
}
/** A Parameters array as an object keyed by Name, or undefined when it is not a list of named objects. */
function byName(value) {
    if (value === undefined)
        return {};
    if (!Array.isArray(value))
        return undefined;
    const out = {};
    for (const p of value) {
        if (!isObject(p) || typeof p.Name !== 'string' || p.Name in out)
            return undefined;
        out[p.Name] = p;
    }
    return out;
}
/** Appends the path of every differing leaf; a value present on one side only is reported at its own path. */
function diffValues(a, b, path, out) {
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const at = `${path}[${i}]`;
            if (i >= a.length || i >= b.length)
                out.push(at);
            else
                diffValues(a[i], b[i], at, out);
        }
        return;
    }
    if (isObject(a) && isObject(b)) {
        for (const key of unionKeys(a, b)) {
            const at = segment(path, key);
            if (!(key in a) || !(key in b))
                out.push(at);
            else
                diffValues(a[key], b[key], at, out);
        }
        return;
    }
    if (!Object.is(a, b))
        out.push(path === '' ? '(whole value)' : path);
}
function unionKeys(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
function segment(path, key) {
    if (/^[A-Za-z0-9_$-]+$/.test(key))
        return path === '' ? key : `${path}.${key}`;
    return `${path}[${JSON.stringify(key)}]`;
}
function capped(paths) {
    if (paths.length <= MAX_PATHS)
        return paths;
    return [...paths.slice(0, MAX_PATHS), `…and ${paths.length - MAX_PATHS} more`];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/parameters.ts


/**
 * Reads the `parameters` input: a YAML or JSON mapping of parameter name to value. Values go over the
 * wire as strings, so numbers and booleans keep the text the user wrote (`1.50` stays "1.50", `True`
 * stays "True") rather than a re-serialisation that could change them; `resolveParameters` later turns
 * the values of Boolean parameters into the SDK's "True"/"False".
 */
function parseParameterOverrides(text, source = 'Input "parameters"') {
    if (text.trim() === '')
        return {};
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const problem = doc.errors[0];
    if (problem)
        throw new errors/* UserError */.yo(`${source}: not valid YAML or JSON: ${problem.message.split('\n')[0]}`);
    const contents = doc.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
        return {};
    if (!(0,dist/* isMap */.jh)(contents)) {
        throw new errors/* UserError */.yo(`${source}: expected a mapping of parameter name to value (e.g. "MaxDepth: 6"), got ${describe(toJS(doc, source))}`);
    }
    for (const pair of contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
            throw new errors/* UserError */.yo(`${source}: every entry needs a parameter name as its key, got ${describe(key)}`);
        }
    }
    const js = toJS(doc, source);
    const out = {};
    for (const pair of contents.items) {
        const key = pair.key.value;
        const name = typeof key === 'string' ? key : (pair.key.source ?? String(key));
        const value = js[String(key)];
        if (typeof value === 'string')
            out[name] = value;
        else if (typeof value === 'number' || typeof value === 'boolean') {
            out[name] = (0,dist/* isScalar */.jn)(pair.value) && pair.value.source !== undefined ? pair.value.source : String(value);
        }
        else {
            throw new errors/* UserError */.yo(`${source}: parameter "${name}" has ${describe(value)}; a value must be a string, number or boolean`);
        }
    }
    return out;
}
/** Resolves aliases; a document that expands too far (an alias bomb) is refused rather than crashing. */
function toJS(doc, source) {
    try {
        return doc.toJS();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${source}: cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null || value === undefined)
        return 'no value (null)';
    if (typeof value === 'object')
        return 'a nested mapping';
    return `the ${typeof value} ${JSON.stringify(value)}`;
}
/**
 * The parameter values of the new run: the reference run's (so that re-run steps see what the reused
 * ones saw, reference §1.10) plus the overrides, checked against the declarations so that a typo fails
 * before anything starts. A reference value for a parameter the definition no longer declares is
 * dropped (the service would reject it) and reported as a change to nothing.
 *
 * @param referenceValues undefined when there is no reference run (full run): then only overrides are sent
 */
function resolveParameters(graph, referenceValues, overrides) {
    const checked = {};
    for (const [name, value] of Object.entries(overrides)) {
        const def = graph.parameters.get(name);
        if (!def) {
            const declared = [...graph.parameters.keys()];
            const known = declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters';
            throw new errors/* UserError */.yo(`Input "parameters": "${name}" is not a parameter of this pipeline${(0,errors/* didYouMean */.au)(name, declared)}; ${known}`);
        }
        checked[name] = checkValue(def, value);
    }
    if (referenceValues === undefined)
        return { values: checked, changes: [], warnings: [] };
    const values = {};
    const changes = [];
    const dropped = [];
    for (const [name, value] of Object.entries(referenceValues)) {
        if (graph.parameters.has(name))
            values[name] = value;
        else {
            dropped.push(name);
            changes.push({ name, from: value });
        }
    }
    for (const [name, value] of Object.entries(checked)) {
        const before = referenceValues[name];
        values[name] = value;
        if (before === undefined || !sameValue(graph.parameters.get(name), before, value)) {
            const change = { name, to: value };
            if (before !== undefined)
                change.from = before;
            changes.push(change);
        }
    }
    const warnings = dropped.length > 0
        ? [
            `the reference run's parameters ${dropped.join(', ')} are no longer declared by the pipeline and are not passed`
        ]
        : [];
    return { values, changes, warnings };
}
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
/** Validates an override against its declaration; Boolean values become "True"/"False", as the SDK sends them. */
function checkValue(def, value) {
    const fail = (accepted) => {
        throw new errors/* UserError */.yo(`Input "parameters": ${def.name} is a${def.type === 'Integer' ? 'n' : ''} ${def.type} parameter; "${value}" is not ${accepted}`);
    };
    if (def.type === 'Integer' && !INTEGER.test(value.trim()))
        fail('a whole number (e.g. 5)');
    if (def.type === 'Float' && !FLOAT.test(value.trim()))
        fail('a number (e.g. 0.2)');
    if (def.type === 'Boolean') {
        if (!BOOLEAN.test(value.trim()))
            fail('true or false');
        value = value.trim().toLowerCase() === 'true' ? 'True' : 'False';
    }
    if (def.enumValues && !def.enumValues.includes(value)) {
        throw new errors/* UserError */.yo(`Input "parameters": ${def.name} accepts only ${def.enumValues.map(v => JSON.stringify(v)).join(', ')}; got "${value}"${(0,errors/* didYouMean */.au)(value, def.enumValues)}`);
    }
    return value;
}
/** Boolean values compare case-insensitively (the service stores a boolean); everything else as text. */
function sameValue(def, a, b) {
    if (def.type === 'Boolean')
        return a.trim().toLowerCase() === b.trim().toLowerCase();
    return a === b;
}

;// CONCATENATED MODULE: ./src/core/planner.ts

/** `SelectiveExecutionConfig.SelectedSteps` holds at most 50 steps (reference §1.9). */
const MAX_SELECTED_STEPS = 50;
/**
 * Turns what changed (files, step definitions, parameter values) and what the user asked for into the
 * steps to run, the steps whose outputs come from the reference run and the steps left alone. It errs
 * towards running more: every change since the reference re-runs what it touches whatever the mode, a
 * branch step never runs without its Condition, and any selection the service might reject or that
 * lacks a reference becomes a full run with the reason spelled out.
 */
function planSelection(request) {
    const { graph } = request;
    const book = new ReasonBook();
    const warnings = [];
    const explicit = checkStepNames(graph, request.explicitSteps ?? [], 'Input "steps"');
    let selection = request.selection;
    if (explicit.length > 0 && selection !== 'affected') {
        warnings.push(`the steps input overrides selection: ${selection}; ${explicit.join(', ')} and what changed are selected`);
        selection = 'affected';
    }
    if (selection === 'all') {
        for (const name of graph.topologicalOrder())
            book.add(name, { kind: 'selection-all' });
        return fullRun(graph, book, 'selection: all runs every step', warnings);
    }
    if (!request.changes.complete) {
        const detail = request.changes.detail ?? 'the list of changed files could not be read whole';
        for (const name of graph.topologicalOrder())
            book.add(name, { kind: 'unknown-changes', detail });
        return fullRun(graph, book, `the changed files are not known exactly (${detail}), so every step runs`, warnings);
    }
    addAffected(request, book, warnings);
    for (const name of explicit)
        book.add(name, { kind: 'explicit' });
    if (selection === 'failed')
        addFailed(graph, request.reference, book, warnings);
    // Whatever the mode, a Failed reference's failed steps have no outputs at that commit: they run again
    // (the run this plan starts must leave every step's outputs in place), which also makes a healthy run
    // the cheaper reference.
    else if (request.reference?.status === 'Failed')
        addFailed(graph, request.reference, book, []);
    for (const [name, reasons] of Object.entries(request.seeds ?? {})) {
        checkStepNames(graph, [name], 'selection seeds');
        if (reasons.length === 0)
            book.add(name, { kind: 'explicit' });
        for (const reason of reasons)
            book.add(name, reason);
    }
    const selected = expand(graph, book, request.downstream);
    return finish(request, selected, book, warnings);
}
/**
 * The documented rule for `SelectedSteps` (reference §1.1): every step on a directed path between two
 * selected steps is selected too, i.e. descendants(S) ∩ ancestors(S) ⊆ S.
 */
function isPathConvex(graph, names) {
    const set = new Set(names);
    if (set.size < 2)
        return true;
    const below = new Set(graph.descendants(set));
    return graph.ancestors(set).every(n => set.has(n) || !below.has(n));
}
/** Whether the subgraph induced on the names is connected when edge direction is ignored ([U] §1.1). */
function isWeaklyConnected(graph, names) {
    return connectedGroups(graph, names).length <= 1;
}
/** The weakly connected components of the induced subgraph, each in topological order, ordered by their first step. */
function connectedGroups(graph, names) {
    const set = new Set(names);
    const seen = new Set();
    const groups = [];
    for (const start of graph.sorted(set)) {
        if (seen.has(start))
            continue;
        const group = [];
        const stack = [start];
        seen.add(start);
        while (stack.length > 0) {
            const n = stack.pop();
            group.push(n);
            for (const m of [...graph.parents(n), ...graph.children(n)]) {
                if (set.has(m) && !seen.has(m)) {
                    seen.add(m);
                    stack.push(m);
                }
            }
        }
        groups.push(graph.sorted(group));
    }
    return groups;
}
/**
 * Steps that did not run in `record` because a Condition took the other branch: those nested in the
 * untaken branch of a Condition that reported an outcome, and everything downstream of them. They are
 * absent from the record by design, not because of a failure.
 */
function branchExcludedSteps(graph, record) {
    const direct = [];
    for (const node of graph.steps.values()) {
        if (!node.condition)
            continue;
        const outcome = record.steps.get(node.condition)?.outcome;
        if (!outcome)
            continue;
        const taken = outcome === 'True' ? 'If' : 'Else';
        if (node.branch !== taken)
            direct.push(node.name);
    }
    return new Set(graph.closure(direct));
}
/** Reasons per step, deduplicated, in the order they were found. Membership means "selected". */
class ReasonBook {
    byStep = new Map();
    add(step, reason) {
        const reasons = this.byStep.get(step) ?? new Map();
        reasons.set(reasonKey(reason), reason);
        this.byStep.set(step, reasons);
    }
    has(step) {
        return this.byStep.has(step);
    }
    names() {
        return [...this.byStep.keys()];
    }
    reasons(step) {
        return [...(this.byStep.get(step)?.values() ?? [])];
    }
}
function reasonKey(reason) {
    return JSON.stringify(reason, Object.keys(reason).sort());
}
function checkStepNames(graph, names, source) {
    const known = graph.topologicalOrder();
    for (const name of names) {
        if (graph.has(name))
            continue;
        const listed = known.length <= 10 ? known.join(', ') : `${known.slice(0, 10).join(', ')}, … (${known.length} steps)`;
        throw new errors/* UserError */.yo(`${source}: "${name}" is not a step of this pipeline${(0,errors/* didYouMean */.au)(name, known)}; its steps are ${listed}`);
    }
    return [...new Set(names)];
}
/** Seeds from changes since the reference run: files, step definitions, pipeline-level definition, parameters. */
function addAffected(request, book, warnings) {
    const { graph, mapping } = request;
    const everyStep = graph.topologicalOrder();
    if (mapping) {
        for (const file of request.changes.files) {
            const match = mapping.match(file);
            if (match.ignored)
                continue;
            if (match.allSteps !== undefined) {
                for (const name of everyStep)
                    book.add(name, { kind: 'all-steps-file', file, glob: match.allSteps });
            }
            for (const { step, glob } of match.steps) {
                if (graph.has(step))
                    book.add(step, { kind: 'file', file, glob });
                else
                    warnings.push(`the mapping names step "${step}" for ${file}, but the pipeline has no such step`);
            }
        }
    }
    const diff = request.definitionDiff;
    const removed = [];
    for (const d of diff?.steps ?? []) {
        if (d.change === 'removed')
            removed.push(d.step);
        else if (!graph.has(d.step))
            warnings.push(`the definition diff names step "${d.step}", which is not in the pipeline`);
        else if (d.change === 'added')
            book.add(d.step, { kind: 'new-step' });
        else
            book.add(d.step, { kind: 'definition', paths: d.paths });
    }
    if (removed.length > 0) {
        warnings.push(`steps removed since the reference run select nothing: ${removed.join(', ')}`);
    }
    addPipelineLevel(graph, diff?.pipeline ?? [], book, warnings);
    for (const change of request.parameterChanges) {
        const readers = graph.parameters.has(change.name) ? graph.readersOf(change.name) : [];
        const reason = { kind: 'parameter', name: change.name };
        if (change.from !== undefined)
            reason.from = change.from;
        if (change.to !== undefined)
            reason.to = change.to;
        for (const name of readers)
            book.add(name, reason);
        if (readers.length === 0 && change.to !== undefined) {
            warnings.push(`parameter ${change.name} changed, but no step reads it directly, so it selects nothing`);
        }
    }
}
/**
 * A parameter's declaration changing (Type, EnumValues) re-runs its readers; its DefaultValue does not
 * matter because the run passes the reference run's values, which a reviewer should hear about.
 */
function addPipelineLevel(graph, paths, book, warnings) {
    const other = [];
    const defaults = [];
    for (const path of paths) {
        const m = /^Parameters\.([^.[]+)\.([^.[]+)/.exec(path);
        if (!m) {
            if (!/^Parameters\.[^.[]+$/.test(path))
                other.push(path);
            continue;
        }
        const [, name, field] = m;
        if (field === 'Description')
            continue;
        if (field === 'DefaultValue') {
            defaults.push(name);
            continue;
        }
        for (const reader of graph.parameters.has(name) ? graph.readersOf(name) : []) {
            book.add(reader, { kind: 'parameter', name });
        }
    }
    if (defaults.length > 0) {
        warnings.push(`the default value of ${[...new Set(defaults)].join(', ')} changed; the run keeps the reference run's values unless the parameters input overrides them`);
    }
    if (other.length > 0) {
        warnings.push(`pipeline-level definition changes select no step by themselves: ${other.join(', ')}`);
    }
}
function addFailed(graph, reference, book, warnings) {
    if (!reference) {
        warnings.push('selection: failed resumes a reference run, but there is none; only what changed is selected');
        return;
    }
    const excluded = branchExcludedSteps(graph, reference);
    let found = 0;
    for (const name of graph.topologicalOrder()) {
        const state = reference.steps.get(name);
        if (state ? state.status === 'Succeeded' : excluded.has(name))
            continue;
        book.add(name, { kind: 'failed-in-reference', status: state ? state.status : 'NotRun' });
        found++;
    }
    if (found === 0) {
        warnings.push(`the reference run ${reference.arn} has no failed steps; there is nothing to resume`);
    }
}
/**
 * Adds enclosing Conditions and the closure (descendants, or only the steps between selected ones) until
 * nothing changes: the closure can reach a branch step whose Condition is not selected yet. Steps added
 * by the closure get an `upstream` reason per selected parent.
 */
function expand(graph, book, downstream) {
    const selected = new Set(book.names());
    const viaClosure = new Set();
    for (let grew = true; grew;) {
        grew = false;
        for (const name of graph.sorted(selected)) {
            for (const condition of graph.enclosingConditions(name)) {
                if (selected.has(condition))
                    continue;
                book.add(condition, { kind: 'enclosing-condition', of: name });
                selected.add(condition);
                grew = true;
            }
        }
        const below = graph.descendants(selected);
        const above = downstream ? undefined : new Set(graph.ancestors(selected));
        for (const name of below) {
            if (selected.has(name) || (above && !above.has(name)))
                continue;
            selected.add(name);
            viaClosure.add(name);
            grew = true;
        }
    }
    for (const name of graph.sorted(viaClosure)) {
        for (const parent of graph.sorted(graph.parents(name))) {
            if (selected.has(parent))
                book.add(name, { kind: 'upstream', step: parent });
        }
    }
    return selected;
}
function finish(request, selectedSet, book, warnings) {
    const { graph } = request;
    const selected = graph.sorted(selectedSet);
    warnCachedFileChanges(graph, selected, book, warnings);
    const reused = graph.ancestors(selected).filter(n => !selectedSet.has(n));
    const reusedSet = new Set(reused);
    const groups = connectedGroups(graph, selected);
    let reason;
    if (selected.length > 0 && selected.length === graph.size)
        reason = 'every step is affected';
    else if (selected.length > MAX_SELECTED_STEPS) {
        reason = `${selected.length} steps selected; a selective execution allows at most ${MAX_SELECTED_STEPS}`;
    }
    else if (groups.length > 1) {
        reason = `the changes touch unconnected parts of the pipeline (${groups.map(g => shortList(g, 5)).join(' | ')}); SageMaker requires the selected steps to be connected, so every step runs`;
    }
    else if (reused.length > 0 && !request.reference) {
        reason = `no eligible reference run, and the selection depends on upstream steps ${shortList(reused, 10)}`;
    }
    if (reason)
        return fullRun(graph, book, reason, warnings);
    if (!request.downstream && selected.length > 0) {
        const skipped = graph.descendants(selected).filter(n => !selectedSet.has(n));
        if (skipped.length > 0) {
            warnings.push(`downstream: false leaves ${shortList(skipped, 10)} unrun although they depend on the selection`);
        }
    }
    return {
        selected,
        reasons: reasonsOf(book, selected),
        reused,
        notRun: graph.topologicalOrder().filter(n => !selectedSet.has(n) && !reusedSet.has(n)),
        fullRun: false,
        needsReference: reused.length > 0,
        warnings
    };
}
/** A run without SelectiveExecutionConfig: every step, each keeping its reasons (`selection-all` if it had none). */
function fullRun(graph, book, fullRunReason, warnings) {
    const selected = graph.topologicalOrder();
    for (const name of selected)
        if (!book.has(name))
            book.add(name, { kind: 'selection-all' });
    return {
        selected,
        reasons: reasonsOf(book, selected),
        reused: [],
        notRun: [],
        fullRun: true,
        fullRunReason,
        needsReference: false,
        warnings
    };
}
function reasonsOf(book, selected) {
    return Object.fromEntries(selected.map(n => [n, book.reasons(n)]));
}
function shortList(names, max) {
    return names.length <= max
        ? names.join(', ')
        : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
/**
 * A step selected only because its files changed, whose definition is the same as in the reference and
 * whose `CacheConfig` is enabled, will most likely be answered from SageMaker's step cache: same
 * arguments, same cached result. The change then does not take effect until the pipeline definition
 * carries it (the SDK uploads code to content-hashed S3 paths when the pipeline is upserted).
 */
function warnCachedFileChanges(graph, selected, book, warnings) {
    const cached = selected.filter(name => {
        const kinds = new Set(book.reasons(name).map(r => r.kind));
        const cache = graph.step(name).raw.CacheConfig;
        return (cache?.Enabled === true &&
            (kinds.has('file') || kinds.has('all-steps-file')) &&
            !kinds.has('definition') &&
            !kinds.has('new-step') &&
            !kinds.has('parameter'));
    });
    if (cached.length > 0) {
        warnings.push(`${shortList(cached, 10)} ${cached.length === 1 ? 'has' : 'have'} CacheConfig enabled and the same definition as in the reference run: ` +
            'SageMaker will likely serve the cached result, so the file change would not take effect. Update the pipeline ' +
            '(upsert it, which uploads the changed code) before this step, or disable caching for it.');
    }
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/git.ts

/** `git fetch --deepen` steps tried when a shallow clone lacks the merge base: 50, 100, 200, 400 commits. */
const DEEPEN_STEPS = [50, 100, 200, 400];
/**
 * The job's local clone, driven through `git` with no shell. Every question the action asks is
 * about two commits, not the history between them, so a shallow checkout (actions/checkout's
 * default `fetch-depth: 1`) is enough once both commits are fetched; only the merge base needs
 * history, and it deepens the clone in bounded steps.
 */
class GitRepository {
    cwd;
    remote;
    deepenSteps;
    fetching = Promise.resolve();
    constructor(cwd, settings = {}) {
        this.cwd = cwd;
        this.remote = settings.remote ?? 'origin';
        this.deepenSteps = settings.deepenSteps ?? DEEPEN_STEPS;
    }
    async isShallow() {
        const result = await this.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.trim() === 'true';
    }
    /** The commit SHA a ref or SHA names locally; undefined when it is not here (or this is not a repo). */
    async resolveCommit(ref) {
        checkRef(ref);
        const result = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
            allowFailure: true
        });
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async hasCommit(sha) {
        return (await this.resolveCommit(sha)) !== undefined;
    }
    /**
     * Fetches one commit (or branch) from the remote and returns its SHA; undefined when it cannot be
     * fetched (gone after a force push, no network, no remote). A shallow clone stays shallow
     * (`--depth=1`); a full clone is not made shallow by it.
     */
    async fetchCommit(ref) {
        checkRef(ref);
        return this.exclusive(() => this.tryFetch(ref)).catch(() => undefined);
    }
    async tryFetch(ref) {
        const base = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
        const attempts = (await this.isShallow())
            ? [
                [...base, '--depth=1', this.remote, ref],
                [...base, this.remote, ref]
            ]
            : [[...base, this.remote, ref]];
        for (const args of attempts) {
            const result = await this.run(args, { allowFailure: true });
            if (result.code !== 0)
                continue;
            const fetched = /^[0-9a-f]{40}$/.test(ref) ? ref : await this.resolveCommit('FETCH_HEAD');
            if (fetched && (await this.hasCommit(fetched)))
                return fetched;
        }
        return undefined;
    }
    /**
     * The paths whose content differs between two commits (`git diff --name-only`), renames counted
     * as both paths. Needs only the two commits' trees.
     */
    async diffNames(from, to) {
        checkRef(from);
        checkRef(to);
        const result = await this.run([
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            '--no-relative',
            from,
            to,
            '--'
        ]);
        return result.stdout.split('\0').filter(name => name.length > 0);
    }
    /**
     * The merge base of two local commits. In a shallow clone the history may stop short of it: then
     * both commits are deepened in bounded steps and the question asked again. Undefined when there
     * is none within reach.
     */
    async mergeBase(a, b) {
        checkRef(a);
        checkRef(b);
        for (let attempt = 0;; attempt++) {
            const result = await this.run(['merge-base', a, b], { allowFailure: true });
            if (result.code === 0)
                return result.stdout.trim();
            if (result.code !== 1)
                throw this.failure(['merge-base', a, b], result);
            const step = this.deepenSteps[attempt];
            if (step === undefined || !(await this.isShallow()))
                return undefined;
            const [shaA, shaB] = await Promise.all([this.resolveCommit(a), this.resolveCommit(b)]);
            const wants = [shaA, shaB].filter((sha) => sha !== undefined);
            const deepen = [
                'fetch',
                '--no-tags',
                '--no-recurse-submodules',
                '--quiet',
                `--deepen=${step}`,
                this.remote
            ];
            const deepened = await this.exclusive(async () => {
                if ((await this.run([...deepen, ...wants], { allowFailure: true })).code === 0)
                    return true;
                return (await this.run(deepen, { allowFailure: true })).code === 0;
            });
            if (!deepened)
                return undefined;
        }
    }
    /** Fetches run one at a time: concurrent ones would fight over the clone's `shallow.lock` and FETCH_HEAD. */
    exclusive(task) {
        const result = this.fetching.then(task, task);
        this.fetching = result.catch(() => undefined);
        return result;
    }
    async run(args, options = {}) {
        const result = await new Promise(resolve => {
            (0,external_node_child_process_.execFile)('git', args, {
                cwd: this.cwd,
                maxBuffer: 512 * 1024 * 1024,
                encoding: 'utf8',
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
                resolve({ code, stdout, stderr, error: error ?? undefined });
            });
        });
        if (result.code !== 0 && (!options.allowFailure || result.code === -1))
            throw this.failure(args, result);
        return result;
    }
    failure(args, result) {
        const why = result.stderr.trim() || result.error?.message || `exit code ${result.code}`;
        return new Error(`git ${args.join(' ')} failed in ${this.cwd}: ${why}`, { cause: result.error });
    }
}
/** Refs come from inputs and payloads; one starting with "-" would be read by git as an option. */
function checkRef(ref) {
    if (!ref || ref.startsWith('-') || /[\s\0]/.test(ref)) {
        throw new Error(`Not a commit SHA or ref: ${JSON.stringify(ref)}`);
    }
}
/** The clone at `cwd` (the job's workspace, where actions/checkout put it). */
function createGit(cwd, settings) {
    return new GitRepository(cwd, settings);
}

;// CONCATENATED MODULE: ./src/core/reference.ts

/**
 * How many candidates are planned, and how many have their steps read, at most. Failed runs get a
 * share of their own so that a long streak of failures cannot crowd the newest successes out of the
 * comparison, and the check budget exceeds that share so a Succeeded run is always looked at.
 */
const MAX_CANDIDATES = 20;
const MAX_FAILED_CANDIDATES = 8;
const MAX_ELIGIBILITY_CHECKS = 10;
/**
 * Whether a past run can supply the outputs a plan reuses. Reused outputs exist only where the step
 * Succeeded in that run or was itself reused there (reference §1.7); a run that is still going or was
 * stopped is not accepted by the service (§1.3, `Stopped` is [U] so we refuse it). The status rule
 * applies to full runs too: the reference also supplies parameter values and the commit to diff from.
 */
function checkEligibility(record, graph, plan) {
    const refusal = statusRefusal(record.status);
    if (refusal)
        return { eligible: false, reason: refusal };
    if (plan.fullRun)
        return { eligible: true };
    let excluded;
    for (const name of plan.reused) {
        const state = record.steps.get(name);
        if (!state) {
            excluded ??= branchExcludedSteps(graph, record);
            const why = excluded.has(name) ? ' (a Condition in that run took the other branch)' : '';
            return {
                eligible: false,
                reason: `${name} did not run in that execution${why}, so it has no outputs to reuse`
            };
        }
        // A reused entry carries its source's status: only a Succeeded one (run or reused) has outputs.
        if (state.status !== 'Succeeded') {
            const how = state.reusedFrom ? ` (reused from ${state.reusedFrom})` : '';
            return {
                eligible: false,
                reason: `${name} was ${state.status} in that execution${how}, so it has no outputs to reuse`
            };
        }
    }
    return { eligible: true };
}
/** Why a run in this status cannot be a reference, if it cannot: known from the listing alone. */
function statusRefusal(status) {
    if (status === 'Succeeded' || status === 'Failed')
        return undefined;
    const state = status === 'Stopped' ? 'its status is Stopped' : `it is still ${status}`;
    return `${state}; a reference run must have Succeeded or Failed`;
}
/** How many steps the plan starts: a full run counts every step. */
function stepsToRun(plan, graph) {
    return plan.fullRun ? graph.size : plan.selected.length;
}
/**
 * Picks the reference run (SPEC.md "Reference run") among candidates given newest first. Reading a
 * run's step list costs a call per run, so it is read last and lazily: `auto` plans every candidate
 * (plans need no step lists), then reads step lists in order of promise (fewest steps to run, newer
 * first) until one is eligible, so a typical run reads one step list; `latest` plans and reads newest
 * first and stops at the first eligible run. Runs without a recorded commit were started outside the
 * action, so we cannot tell which files they saw: they compete only when no run (in a usable status)
 * has one. The I/O is the caller's (`evaluate`, `readSteps`), which keeps this a function of data.
 */
async function findReference(candidates, graph, strategy, evaluate, readSteps) {
    // Rejections are keyed by position so the report lists them newest first, whatever order they were found in.
    const rejections = [];
    const position = new Map(candidates.map((c, i) => [c, i]));
    const reject = (candidate, reason) => {
        rejections.push({ at: position.get(candidate) ?? 0, arn: candidate.arn, reason });
    };
    const usable = [];
    for (const c of candidates) {
        const refusal = statusRefusal(c.status);
        if (refusal)
            reject(c, refusal);
        else
            usable.push(c);
    }
    let pool = usable;
    if (usable.some(hasCommit)) {
        pool = usable.filter(hasCommit);
        for (const c of usable) {
            if (!hasCommit(c)) {
                reject(c, 'no recorded commit (started outside the action); a run with a recorded commit is preferred');
            }
        }
    }
    const failed = new Set(pool.filter(c => c.status === 'Failed').slice(0, MAX_FAILED_CANDIDATES));
    const succeeded = new Set(pool
        .filter(c => c.status === 'Succeeded')
        .slice(0, MAX_CANDIDATES - Math.min(failed.size, MAX_FAILED_CANDIDATES)));
    for (const c of pool) {
        if (!failed.has(c) && !succeeded.has(c)) {
            reject(c, `not considered: only the newest ${MAX_CANDIDATES} runs are compared, at most ${MAX_FAILED_CANDIDATES} of them Failed`);
        }
    }
    pool = pool.filter(c => failed.has(c) || succeeded.has(c));
    const cost = (e) => stepsToRun(e.plan, graph);
    const plan = async (candidate) => ({
        candidate,
        ...(await evaluate(candidate))
    });
    let order;
    if (strategy === 'auto') {
        const evaluated = [];
        for (const candidate of pool)
            evaluated.push(await plan(candidate));
        // A stable sort keeps newest first among equals.
        order = evaluated.sort((a, b) => cost(a) - cost(b));
    }
    else {
        order = pool; // `latest` plans lazily: usually only the newest run is looked at
    }
    let chosen;
    let checks = 0;
    for (const item of order) {
        const candidate = 'plan' in item ? item.candidate : item;
        if (chosen && strategy === 'latest') {
            reject(candidate, 'a newer eligible run was chosen (reference: latest)');
            continue;
        }
        if (chosen && 'plan' in item) {
            reject(candidate, comparison(item.plan, cost(item), cost(chosen)));
            continue;
        }
        if (checks >= MAX_ELIGIBILITY_CHECKS) {
            reject(candidate, `not checked: ${MAX_ELIGIBILITY_CHECKS} candidates were checked first`);
            continue;
        }
        checks++;
        const e = 'plan' in item ? item : await plan(item);
        const record = {
            arn: candidate.arn,
            status: candidate.status,
            createdAt: candidate.createdAt,
            commit: candidate.commit,
            steps: await readSteps(candidate.arn)
        };
        const verdict = checkEligibility(record, graph, e.plan);
        if (verdict.eligible)
            chosen = { ...e, record };
        else
            reject(candidate, verdict.reason);
    }
    const rejected = rejections.sort((a, b) => a.at - b.at).map(({ arn, reason }) => ({ arn, reason }));
    return chosen ? { chosen, rejected } : { rejected };
}
function hasCommit(candidate) {
    return candidate.commit !== undefined && candidate.commit !== '';
}
/** Why an `auto` candidate lost to the chosen one, which costs `best` and is newer when the costs tie. */
function comparison(plan, n, best) {
    const runs = plan.fullRun
        ? `would run all ${n} ${steps(n)} (${plan.fullRunReason ?? 'full run'})`
        : `would run ${n} ${steps(n)}`;
    if (n === best)
        return `${runs}, as many as the chosen run, which is newer`;
    return `${runs}; the chosen run needs ${best}`;
}
function steps(n) {
    return n === 1 ? 'step' : 'steps';
}

;// CONCATENATED MODULE: ./src/phases/plan.ts













/** How far back the history is read when looking for a reference run. */
const HISTORY_LIMIT = 500;
/** Where changed files come from: the checkout's git, and the GitHub API when there is a token. */
function changeSources(settings, context) {
    const github = settings.githubToken
        ? {
            octokit: createOctokit(settings.githubToken, context.apiUrl),
            owner: context.owner,
            repo: context.repo
        }
        : undefined;
    return { git: createGit(context.workspace), github };
}
/** The head commit the run is for, and the `base` input, as SHAs: resolved once per run. */
async function commitRange(settings, context, sources) {
    const head = settings.head
        ? await resolveCommitInput('head', settings.head, sources)
        : resolveHead(context.eventName, context.payload, process.env);
    const base = settings.base ? await resolveCommitInput('base', settings.base, sources) : undefined;
    core/* info */.pq(`Head commit: ${head}${base ? ` (base: ${base})` : ''}`);
    return { head, base };
}
async function buildPlan(input) {
    const { settings, context, client, graph, sources } = input;
    const { head, base } = input.range;
    const { git, github } = sources;
    // Changes are computed once per distinct base commit.
    const diffRange = memoize((key) => {
        const [from = '', threeDot] = key.split(' ');
        return collectChanges({ from, to: head, threeDot: threeDot === '...' }, { git, github });
    });
    const changesFrom = (from, threeDot, note) => from
        ? diffRange(`${from} ${threeDot ? '...' : '..'}`)
        : Promise.resolve({ files: [], complete: true, detail: note ?? 'no base commit' });
    const warned = new Set();
    const fallbackChanges = async (why) => {
        const defaultBranch = context.payload.repository
            ?.default_branch;
        const range = eventRange(context.eventName, context.payload, { base, head }, defaultBranch);
        if (!warned.has(why)) {
            warned.add(why);
            core/* warning */.$e(`${why}: using the event's own commit range instead (${range.description}).`);
        }
        return changesFrom(range.base, range.threeDot, range.description);
    };
    const changesForCommit = (commit) => {
        if (base)
            return changesFrom(base, false);
        return commit
            ? changesFrom(commit, false)
            : fallbackChanges('A candidate reference run has no recorded commit');
    };
    // Each execution's steps and parameters are read at most once per run.
    const readSteps = memoize((arn) => (0,sagemaker/* listExecutionSteps */.cf)(client, arn), input.known?.steps);
    const readParameters = memoize((arn) => (0,sagemaker/* listExecutionParameters */.rr)(client, arn));
    // Runs this action started record a hash of the definition they ran: equal hashes are one definition,
    // fetched and diffed once (a run without the hash is fetched on its own).
    const diffs = new Map();
    const definitionDiffFor = (candidate) => {
        if (candidate.def === input.definitionHash)
            return Promise.resolve({ steps: [], pipeline: [] });
        const key = candidate.def ?? candidate.arn;
        let diff = diffs.get(key);
        if (!diff) {
            diff = diffAgainst(candidate);
            diffs.set(key, diff);
        }
        return diff;
    };
    const diffAgainst = async (candidate) => {
        const text = await (0,sagemaker/* executionDefinition */.cT)(client, candidate.arn);
        try {
            const referenceDoc = JSON.parse(text);
            return diffDefinitions(parseDefinition(referenceDoc, `the definition of ${candidate.arn}`), graph, referenceDoc, input.definition);
        }
        catch (error) {
            core/* warning */.$e(`Cannot read the definition that ${candidate.arn} ran (${(0,errors/* errorMessage */.gJ)(error)}): every step counts as changed.`);
            return {
                steps: graph
                    .topologicalOrder()
                    .map(step => ({ step, change: 'changed', paths: ['(unreadable reference definition)'] })),
                pipeline: []
            };
        }
    };
    const planWith = (reference, changes, parameterChanges, definitionDiff) => planSelection({
        graph,
        mapping: input.mapping,
        changes,
        parameterChanges,
        definitionDiff,
        selection: settings.steps.length > 0 ? 'affected' : settings.selection,
        explicitSteps: settings.steps,
        seeds: input.seeds,
        downstream: settings.downstream,
        reference
    });
    // A full run asked for: no history needed.
    if (settings.selection === 'all' && settings.steps.length === 0) {
        const plan = planWith(undefined, { files: [], complete: true, detail: 'selection: all' }, []);
        return plan_finish(plan, head, { files: [], complete: true, detail: 'selection: all' }, undefined, [], [], settings);
    }
    const summaries = [];
    let candidates;
    if (settings.reference.kind === 'arn') {
        candidates = [await explicitReference(client, settings.reference.arn, input.pipeline)];
    }
    else {
        if (input.known)
            summaries.push(...input.known.summaries);
        else
            for await (const s of (0,sagemaker/* listExecutions */.eX)(client, input.pipeline, HISTORY_LIMIT))
                summaries.push(s);
        candidates = summaries.map(toCandidate);
        if (settings.selection === 'failed' && settings.steps.length === 0) {
            const newestFailed = candidates.find(c => c.status === 'Failed');
            candidates = newestFailed ? [newestFailed] : [];
            if (!newestFailed)
                core/* warning */.$e(`selection: failed, but none of the last ${summaries.length} executions of ${input.pipeline} failed.`);
        }
    }
    core/* info */.pq(`Reference candidates: ${candidates.length} of ${summaries.length || candidates.length} listed executions`);
    const resumeMode = settings.selection === 'failed' && settings.steps.length === 0;
    const overrideReaders = [
        ...new Set(Object.keys(settings.parameters).flatMap(name => graph.readersOf(name)))
    ];
    const result = await findReference(candidates, graph, settings.reference.kind === 'latest' || resumeMode || settings.reference.kind === 'arn'
        ? 'latest'
        : 'auto', async (candidate) => {
        const changes = await changesForCommit(candidate.commit);
        const definitionDiff = await definitionDiffFor(candidate);
        const record = {
            arn: candidate.arn,
            status: candidate.status,
            createdAt: candidate.createdAt,
            commit: candidate.commit,
            // A Failed run's failed steps are planned to run again, so its step list is needed up front.
            steps: resumeMode || candidate.status === 'Failed'
                ? await readSteps(candidate.arn)
                : new Map()
        };
        let plan = planWith(record, changes, [], definitionDiff);
        let parameterChanges = [];
        // An override only matters for a candidate when it would select a step not already selected;
        // only then are that run's parameter values read.
        if (!plan.fullRun && overrideReaders.some(step => !plan.selected.includes(step))) {
            parameterChanges = resolveParameters(graph, await readParameters(candidate.arn), settings.parameters).changes;
            plan = planWith(record, changes, parameterChanges, definitionDiff);
        }
        return { plan, detail: { changes, parameterChanges, definitionDiff } };
    }, readSteps);
    for (const r of result.rejected)
        core/* info */.pq(`Not the reference: ${r.arn}: ${r.reason}`);
    if (settings.reference.kind === 'arn' && !result.chosen) {
        const arn = settings.reference.arn;
        const why = result.rejected.find(r => r.arn === arn)?.reason ?? 'it is not eligible';
        throw new errors/* UserError */.yo(`Input "reference" names ${arn}, which cannot be the reference run: ${why}.`);
    }
    // The best candidate would still run every step: no run is worth reusing. When planning without one
    // (from the changes since that run's commit) also gives a full run, its reason is the one to report:
    // it does not cite a run the execution does not use. (Only then: without the run, its failed steps
    // would not be planned again.)
    if (result.chosen?.plan.fullRun && settings.reference.kind !== 'arn') {
        const { record, plan: full, detail } = result.chosen;
        const plan = planWith(undefined, detail.changes, detail.parameterChanges, detail.definitionDiff);
        if (plan.fullRun) {
            const rejected = {
                arn: record.arn,
                reason: `would run every step (${full.fullRunReason ?? 'full run'})`
            };
            return plan_finish(plan, head, detail.changes, undefined, [rejected, ...result.rejected], summaries, settings);
        }
    }
    if (result.chosen) {
        const chosen = result.chosen;
        core/* info */.pq(`Reference run: ${chosen.record.arn} (commit ${chosen.record.commit ?? 'unknown'})`);
        const parameterValues = chosen.plan.fullRun ? undefined : await readParameters(chosen.record.arn);
        const resolved = resolveParameters(graph, parameterValues, settings.parameters);
        for (const w of resolved.warnings)
            core/* warning */.$e(w);
        // The winner's parameters are read anyway: give its steps their parameter reasons too (the
        // selection cannot grow, every reader of an override was already selected).
        let plan = chosen.plan;
        if (!plan.fullRun && resolved.changes.length > 0 && chosen.detail.parameterChanges.length === 0) {
            plan = planWith(chosen.record, chosen.detail.changes, resolved.changes, chosen.detail.definitionDiff);
        }
        return plan_finish(plan, head, chosen.detail.changes, chosen.plan.fullRun ? undefined : { record: chosen.record, displayName: chosen.candidate.displayName }, result.rejected, summaries, settings, resolved.values, resolved.changes);
    }
    // No usable reference: plan against the event's own range; a selection with upstream needs becomes a full run.
    const changes = base ? await changesFrom(base, false) : await fallbackChanges('No eligible reference run');
    const plan = planWith(undefined, changes, []);
    return plan_finish(plan, head, changes, undefined, result.rejected, summaries, settings);
}
function plan_finish(plan, head, changes, reference, rejected, summaries, settings, parameters, parameterChanges = []) {
    for (const w of plan.warnings)
        core/* warning */.$e(w);
    if (plan.fullRun)
        core/* info */.pq(`Full run: ${plan.fullRunReason ?? ''}`);
    else
        core/* info */.pq(`Selected ${plan.selected.length} step(s): ${plan.selected.join(', ') || '(none)'}`);
    return {
        plan,
        head,
        changes,
        reference,
        rejected,
        parameters: parameters ?? { ...settings.parameters },
        parameterChanges,
        summaries
    };
}
function toCandidate(s) {
    const provenance = parseProvenance(s.description);
    return {
        arn: s.arn,
        status: s.status,
        createdAt: s.startTime,
        commit: provenance?.sha,
        def: provenance?.def,
        displayName: s.displayName
    };
}
async function explicitReference(client, arn, pipeline) {
    const owner = inputs/* EXECUTION_ARN */.fj.exec(arn)?.[2];
    if (owner && owner.toLowerCase() !== pipeline.toLowerCase()) {
        throw new errors/* UserError */.yo(`Input "reference" is an execution of pipeline "${owner}", not of "${pipeline}".`);
    }
    let details;
    try {
        details = await (0,sagemaker/* describeExecution */.ki)(client, arn);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input "reference" names ${arn}, which cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error
        });
    }
    return toCandidate({ ...details });
}
/** One promise per key: concurrent and repeated asks share a single call. */
function memoize(fn, known) {
    const cache = new Map([...(known ?? [])].map(([k, v]) => [k, Promise.resolve(v)]));
    return key => {
        let value = cache.get(key);
        if (value === undefined) {
            value = fn(key);
            cache.set(key, value);
        }
        return value;
    };
}
/** The plan of a run that starts nothing (coverage with nothing to cover): every step not run. */
function emptyPlanned(graph, summaries) {
    return {
        plan: {
            selected: [],
            reasons: {},
            reused: [],
            notRun: graph.topologicalOrder(),
            fullRun: false,
            needsReference: false,
            warnings: []
        },
        head: '',
        changes: { files: [], complete: true },
        rejected: [],
        parameters: {},
        parameterChanges: [],
        summaries
    };
}

;// CONCATENATED MODULE: ./src/phases/coverage.ts






/** How many recent finished executions the coverage report reads (each costs one ListPipelineExecutionSteps). */
const COVERAGE_HISTORY = 25;
/**
 * Reads the recent history for `selection: coverage`: which steps ran and succeeded since their mapped
 * files last changed, and which targets (uncovered steps grouped by compatible forcing parameters)
 * need an execution.
 */
async function measureCoverage(client, pipeline, graph, mapping, sources, head) {
    // The whole searchable history is listed once: the reference search of each target reuses it.
    const summaries = [];
    for await (const s of (0,sagemaker/* listExecutions */.eX)(client, pipeline, HISTORY_LIMIT))
        summaries.push(s);
    const finished = summaries
        .filter(s => s.status !== 'Executing' && s.status !== 'Stopping')
        .slice(0, COVERAGE_HISTORY);
    const executions = [];
    const steps = new Map();
    for (const s of finished) {
        steps.set(s.arn, await (0,sagemaker/* listExecutionSteps */.cf)(client, s.arn));
        executions.push({
            arn: s.arn,
            status: s.status,
            createdAt: s.startTime,
            commit: parseProvenance(s.description)?.sha,
            steps: steps.get(s.arn)
        });
    }
    const changesSince = new Map();
    for (const commit of new Set(executions.map(e => e.commit).filter((c) => !!c))) {
        changesSince.set(commit, await collectChanges({ from: commit, to: head, threeDot: false }, sources));
    }
    const report = computeCoverage({ graph, mapping, executions, changesSince });
    for (const w of report.warnings)
        core/* warning */.$e(w);
    core/* info */.pq(`Coverage: ${report.percent.toFixed(1)} % of ${graph.size} steps; uncovered: ${report.uncovered.join(', ') || 'none'}`);
    return { report, summaries, steps };
}
/** Seeds for one coverage target: each step with the reason it is targeted. */
function coverageSeeds(report, steps) {
    const byStep = new Map(report.steps.map(s => [s.step, s]));
    const seeds = {};
    for (const step of steps) {
        const s = byStep.get(step);
        const detail = !s?.lastSuccess
            ? 'never ran successfully in the recent history'
            : s.stale
                ? (s.note ?? 'its files changed since it last succeeded')
                : 'not covered';
        seeds[step] = [{ kind: 'coverage', detail }];
    }
    return seeds;
}
/**
 * With `mode: wait`, a coverage execution passes when every targeted step ran (a targeted Fail step
 * that ran is the expected outcome). Returns a message naming each step that did not run and the
 * outcome its Condition took, or undefined when all ran.
 */
function coverageShortfall(graph, targeted, steps) {
    const problems = [];
    for (const step of targeted) {
        const state = steps.get(step);
        const ran = state && !state.reusedFrom;
        const ok = ran && (state.status === 'Succeeded' || graph.step(step).type === 'Fail');
        if (ok)
            continue;
        const condition = graph.step(step).condition;
        const outcome = condition ? steps.get(condition)?.outcome : undefined;
        const wanted = graph.step(step).branch === 'If' ? 'True' : 'False';
        if (!ran && condition) {
            problems.push(`${step} did not run: its Condition ${condition} ` +
                (outcome ? `evaluated to ${outcome} (the step needs ${wanted})` : 'did not report an outcome') +
                '; check the forcing parameters in the mapping file');
        }
        else if (!ran)
            problems.push(`${step} did not run`);
        else
            problems.push(`${step} ended ${state.status}${state.failureReason ? `: ${state.failureReason}` : ''}`);
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/glob-set.ts

const OPTIONS = { dot: true };
/** Characters after which a glob's tail is no longer literal text. */
const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '(', ')', '!', '+', '@', '\\', '|']);
/**
 * Why a glob from the mapping file cannot be used, in plain words, or undefined when it is fine. picomatch
 * itself never refuses a pattern: an unclosed brace silently becomes a regex that matches nothing, so a typo
 * would quietly stop selecting a step. We refuse those, and paths that cannot name a file of the repository.
 */
function globProblem(glob) {
    const checked = checkGlob(glob);
    return 'problem' in checked ? checked.problem : undefined;
}
/**
 * `globProblem`, keeping the regex it had to compile to find out: hand it to `GlobSet` so that each
 * glob is compiled once.
 */
function checkGlob(glob) {
    const problem = shapeProblem(glob);
    if (problem)
        return { problem };
    try {
        const regex = picomatch_default().makeRe(normalizeGlob(glob), { ...OPTIONS, debug: true });
        return regex.source === '$^' ? { problem: 'is not a valid glob' } : { regex };
    }
    catch (error) {
        return { problem: `is not a valid glob (${error instanceof Error ? error.message : String(error)})` };
    }
}
function shapeProblem(glob) {
    if (glob.trim() === '')
        return 'is empty; give a repo-relative glob such as pipelines/train/**';
    if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('~')) {
        return 'is an absolute path; globs are relative to the repository root (pipelines/x/**, not /pipelines/x/**)';
    }
    if (glob.startsWith('!') && !glob.startsWith('!(')) {
        return ('is a negated glob; a negation would match every other file of the repository, ' +
            'so it is not accepted: list the files you mean, and put exclusions under ignore');
    }
    const segments = normalizeGlob(glob).split('/');
    if (segments.includes('..'))
        return "has a '..' segment; globs cannot reach outside the repository";
    if (segments.length > 1 && segments[segments.length - 1] === '') {
        return "ends with '/', so it can never match a file; write dir/** to match everything under a folder";
    }
    if (segments.includes('') || segments.includes('.')) {
        return "has an empty or '.' path segment; write a normalized repo-relative path";
    }
    return balanceProblem(glob);
}
/** picomatch ignores a leading `./`; so do we, once, before indexing. */
function normalizeGlob(glob) {
    return glob.startsWith('./') ? glob.slice(2) : glob;
}
function balanceProblem(glob) {
    let braces = 0;
    let parens = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\') {
            if (i === glob.length - 1)
                return 'ends with a lone backslash';
            i++;
        }
        else if (c === '[') {
            const close = bracketEnd(glob, i);
            if (close < 0)
                return "has a '[' that is never closed by ']'";
            i = close;
        }
        else if (c === '{')
            braces++;
        else if (c === '}') {
            if (braces === 0)
                return "has a '}' without a matching '{' (write \\} for a literal brace)";
            braces--;
        }
        else if (c === '(')
            parens++;
        else if (c === ')') {
            if (parens === 0)
                return "has a ')' without a matching '(' (write \\) for a literal parenthesis)";
            parens--;
        }
    }
    if (braces > 0)
        return "has a '{' that is never closed by '}'";
    if (parens > 0)
        return "has a '(' that is never closed by ')'";
    return undefined;
}
/** Index of the `]` closing the bracket expression opened at `open`, or -1. */
function bracketEnd(glob, open) {
    let j = open + 1;
    if (glob[j] === '!' || glob[j] === '^')
        j++;
    if (glob[j] === ']')
        j++; // a leading ']' is a literal member
    for (; j < glob.length; j++) {
        const c = glob[j];
        if (c === '\\')
            j++;
        else if (c === '[' && glob[j + 1] === ':') {
            const end = glob.indexOf(':]', j + 2);
            if (end > 0)
                j = end + 1;
        }
        else if (c === ']')
            return j;
    }
    return -1;
}
/**
 * A list of globs compiled once and indexed, so that matching one file costs a few map look-ups and only
 * the regexes that could match it, not one regex per glob: the benchmark maps 100,000 files against 1,000
 * globs, and a picomatch `**` regex costs up to a microsecond. Literal paths are found by exact look-up,
 * `dir/**` by prefix alone; other globs with a literal base directory are tested only on files under it;
 * globs without one only on files that have their plain segment (`**\/build/**`) or extension
 * (`**\/*.md`). The few left are tested on every file.
 *
 * Equivalent to `picomatch(glob, { dot: true })(file)` for normalized repo-relative file paths (no `./`,
 * no `.`/`..` segments, no line breaks). Globs must have passed `globProblem`.
 */
class GlobSet {
    size;
    slots = [];
    literal = new Map();
    under = new Map();
    based = new Map();
    bySegment = new Map();
    byExtension = new Map();
    always = [];
    /** Per slot, the call that last tested it: a file may repeat a segment (`a/x/x`). */
    visited = new Uint32Array(0);
    call = 0;
    /** @param compiled regexes from `checkGlob`, by glob as written; the others are compiled here */
    constructor(globs, compiled = new Map()) {
        this.size = globs.length;
        const slotOf = new Map();
        globs.forEach((glob, id) => {
            const pattern = normalizeGlob(glob);
            let slot = slotOf.get(pattern);
            if (slot === undefined) {
                slot = this.slots.length;
                slotOf.set(pattern, slot);
                const regex = compiled.get(glob) ?? picomatch_default().makeRe(pattern, OPTIONS);
                this.slots.push({ pattern, regex, ids: [] });
                this.classify(pattern, slot);
            }
            this.slots[slot].ids.push(id);
        });
        this.visited = new Uint32Array(this.slots.length);
    }
    /** True when any glob matches; stops at the first. */
    any(file) {
        return this.collect(file, undefined);
    }
    /**
     * Appends to `out` the positions (in the constructor's list) of every glob matching `file`, in no
     * particular order. The caller owns and clears `out`, so a hot loop allocates nothing.
     */
    matches(file, out) {
        this.collect(file, out);
    }
    /** Position of the first glob in the list that matches, or -1. */
    first(file, scratch = []) {
        scratch.length = 0;
        this.collect(file, scratch);
        let best = -1;
        for (const id of scratch)
            if (best < 0 || id < best)
                best = id;
        scratch.length = 0;
        return best;
    }
    classify(pattern, slot) {
        const scan = picomatch_default().scan(pattern);
        const clean = !pattern.includes('\\');
        if (!scan.isGlob && clean)
            return add(this.literal, pattern, slot);
        if (scan.base !== '' && !scan.base.includes('\\') && scan.prefix === '') {
            return add(scan.glob === '**' ? this.under : this.based, scan.base, slot);
        }
        const segment = literalSegment(pattern);
        if (segment !== undefined)
            return add(this.bySegment, segment, slot);
        const extension = literalExtension(pattern);
        if (extension !== undefined)
            return add(this.byExtension, extension, slot);
        this.always.push(slot);
    }
    /** With `out` undefined, returns at the first match. */
    collect(file, out) {
        if (this.literal.size > 0 && this.emit(this.literal.get(file), out))
            return true;
        if (this.under.size > 0 || this.based.size > 0) {
            let slash = file.indexOf('/');
            for (;;) {
                const prefix = slash < 0 ? file : file.slice(0, slash);
                if (this.emit(this.under.get(prefix), out))
                    return true;
                if (this.test(this.based.get(prefix), file, out))
                    return true;
                if (slash < 0)
                    break;
                slash = file.indexOf('/', slash + 1);
            }
        }
        if (this.bySegment.size > 0) {
            this.call = (this.call + 1) >>> 0 || 1;
            const call = this.call;
            let start = 0;
            for (;;) {
                const end = file.indexOf('/', start);
                const slots = this.bySegment.get(end < 0 ? file.slice(start) : file.slice(start, end));
                if (slots && this.test(slots, file, out, call))
                    return true;
                if (end < 0)
                    break;
                start = end + 1;
            }
        }
        if (this.byExtension.size > 0) {
            const dot = file.lastIndexOf('.');
            if (dot > file.lastIndexOf('/') && this.test(this.byExtension.get(file.slice(dot + 1)), file, out))
                return true;
        }
        return this.test(this.always, file, out);
    }
    emit(slots, out) {
        if (slots === undefined)
            return false;
        if (out === undefined)
            return true;
        for (const s of slots)
            for (const id of this.slots[s].ids)
                out.push(id);
        return false;
    }
    test(slots, file, out, call = 0) {
        if (slots === undefined)
            return false;
        for (const s of slots) {
            if (call !== 0) {
                if (this.visited[s] === call)
                    continue;
                this.visited[s] = call;
            }
            const slot = this.slots[s];
            // picomatch's own matcher also accepts a file spelled exactly like the pattern.
            if (file === slot.pattern || slot.regex.test(file)) {
                if (out === undefined)
                    return true;
                for (const id of slot.ids)
                    out.push(id);
            }
        }
        return false;
    }
}
function add(index, key, slot) {
    const list = index.get(key);
    if (list)
        list.push(slot);
    else
        index.set(key, [slot]);
}
/**
 * The longest path segment of the glob that is plain text outside any brace, bracket or extglob group
 * (`**\/build/**` → `build`): every matching file has a segment spelled exactly so. Undefined when none.
 */
function literalSegment(pattern) {
    if (pattern.includes('\\'))
        return undefined;
    let best;
    let depth = 0;
    let start = 0;
    let literal = true;
    for (let i = 0; i <= pattern.length; i++) {
        const c = pattern[i];
        if (i === pattern.length || (c === '/' && depth === 0)) {
            const segment = pattern.slice(start, i);
            if (literal && segment !== '' && (best === undefined || segment.length > best.length))
                best = segment;
            start = i + 1;
            literal = true;
            continue;
        }
        if (SPECIAL.has(c))
            literal = false;
        if (c === '[') {
            const close = bracketEnd(pattern, i);
            if (close > 0)
                i = close;
        }
        else if (c === '{' || c === '(')
            depth++;
        else if (c === '}' || c === ')')
            depth--;
    }
    return best;
}
/**
 * The extension every matching file must have, when the glob's file name ends in literal text with a
 * dot (`**\/*.md` → `md`); undefined otherwise.
 */
function literalExtension(pattern) {
    let start = pattern.length;
    while (start > 0 && !SPECIAL.has(pattern[start - 1]))
        start--;
    const tail = pattern.slice(start);
    const name = tail.slice(tail.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? undefined : name.slice(dot + 1);
}

;// CONCATENATED MODULE: ./src/core/mapping-schema-validator.generated.js
// Generated by scripts/build-schema-validator.mjs from schema/sagemaker-pipelines.schema.json
// with Ajv 8.20.0 standalone code (MIT License, Copyright (c) 2015-2021 Evgeny Poberezkin).
// Do not edit: change the schema, then run `npm run build:schema`.

const validate = (/* unused pure expression or super */ null && (validate10))
/* harmony default export */ const mapping_schema_validator_generated = (validate10);
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'sagemaker-selective-execution mapping file',
  description:
    'Maps repository files to Amazon SageMaker Pipelines steps (.github/sagemaker-pipelines.yml). A changed file selects the steps whose globs it matches; their downstream closure runs, everything upstream is reused from a reference run.',
  type: 'object',
  additionalProperties: false,
  required: ['pipelines'],
  properties: {
    pipelines: {
      description: 'SageMaker pipeline name -> how its steps map to files.',
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$' },
      additionalProperties: { $ref: '#/definitions/pipeline' }
    }
  },
  definitions: {
    glob: {
      description:
        'A repo-relative picomatch glob (`**`, `*`, `{a,b}`, dotfiles matched), e.g. pipelines/abalone/train/**. No leading /, no .. segments.',
      type: 'string',
      minLength: 1
    },
    globs: {
      description: 'One glob, or a non-empty list of globs (any of them matching is enough).',
      type: ['string', 'array'],
      minLength: 1,
      minItems: 1,
      items: { $ref: '#/definitions/glob' }
    },
    pipeline: {
      type: 'object',
      additionalProperties: false,
      properties: {
        steps: {
          description:
            'Step name (as in the pipeline definition, Condition branches included) -> glob or list of globs.',
          type: 'object',
          propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
          additionalProperties: { $ref: '#/definitions/globs' }
        },
        'all-steps': {
          description:
            'A changed file matching one of these globs selects every step (e.g. the file that builds the pipeline).',
          $ref: '#/definitions/globs'
        },
        ignore: {
          description:
            'A changed file matching one of these globs selects nothing, whatever else it matches.',
          $ref: '#/definitions/globs'
        },
        coverage: {
          description:
            'For `selection: coverage`: step name -> the pipeline parameters that make its Condition branch run.',
          type: 'object',
          propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['parameters'],
            properties: {
              parameters: {
                description: 'Pipeline parameter name -> value (scalars; sent as strings).',
                type: 'object',
                minProperties: 1,
                additionalProperties: { type: ['string', 'number', 'boolean'] }
              }
            }
          }
        }
      }
    }
  }
}
const pattern0 = new RegExp('^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$', 'u')
const schema12 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    steps: {
      description:
        'Step name (as in the pipeline definition, Condition branches included) -> glob or list of globs.',
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
      additionalProperties: { $ref: '#/definitions/globs' }
    },
    'all-steps': {
      description:
        'A changed file matching one of these globs selects every step (e.g. the file that builds the pipeline).',
      $ref: '#/definitions/globs'
    },
    ignore: {
      description: 'A changed file matching one of these globs selects nothing, whatever else it matches.',
      $ref: '#/definitions/globs'
    },
    coverage: {
      description:
        'For `selection: coverage`: step name -> the pipeline parameters that make its Condition branch run.',
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['parameters'],
        properties: {
          parameters: {
            description: 'Pipeline parameter name -> value (scalars; sent as strings).',
            type: 'object',
            minProperties: 1,
            additionalProperties: { type: ['string', 'number', 'boolean'] }
          }
        }
      }
    }
  }
}
const pattern1 = new RegExp('^[A-Za-z0-9\\-_]{1,64}$', 'u')
const schema13 = {
  description: 'One glob, or a non-empty list of globs (any of them matching is enough).',
  type: ['string', 'array'],
  minLength: 1,
  minItems: 1,
  items: { $ref: '#/definitions/glob' }
}
const schema14 = {
  description:
    'A repo-relative picomatch glob (`**`, `*`, `{a,b}`, dotfiles matched), e.g. pipelines/abalone/train/**. No leading /, no .. segments.',
  type: 'string',
  minLength: 1
}
const func2 = /* ajv 8.20.0 dist/runtime/ucs2length */ function ucs2length(str) {
  const len = str.length
  let length = 0
  let pos = 0
  let value
  while (pos < len) {
    length++
    value = str.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos)
      if ((value & 0xfc00) === 0xdc00) pos++ // low surrogate
    }
  }
  return length
}
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (typeof data !== 'string' && !Array.isArray(data)) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema13.type },
      message: 'must be string,array',
      schema: schema13.type,
      parentSchema: schema13,
      data
    }
    if (vErrors === null) {
      vErrors = [err0]
    } else {
      vErrors.push(err0)
    }
    errors++
  }
  if (typeof data === 'string') {
    if (func2(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
        schema: 1,
        parentSchema: schema13,
        data
      }
      if (vErrors === null) {
        vErrors = [err1]
      } else {
        vErrors.push(err1)
      }
      errors++
    }
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err2 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema13,
        data
      }
      if (vErrors === null) {
        vErrors = [err2]
      } else {
        vErrors.push(err2)
      }
      errors++
    }
    const len0 = data.length
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0]
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/definitions/glob/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema14,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err3]
          } else {
            vErrors.push(err3)
          }
          errors++
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/definitions/glob/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.type,
          parentSchema: schema14,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
    }
  }
  validate12.errors = vErrors
  return errors === 0
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'steps' || key0 === 'all-steps' || key0 === 'ignore' || key0 === 'coverage')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema12,
          data
        }
        if (vErrors === null) {
          vErrors = [err0]
        } else {
          vErrors.push(err0)
        }
        errors++
      }
    }
    if (data.steps !== undefined) {
      let data0 = data.steps
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors
          if (typeof key1 === 'string') {
            if (!pattern1.test(key1)) {
              const err1 = {
                instancePath: instancePath + '/steps',
                schemaPath: '#/properties/steps/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
                message: 'must match pattern "' + '^[A-Za-z0-9\\-_]{1,64}$' + '"',
                schema: '^[A-Za-z0-9\\-_]{1,64}$',
                parentSchema: schema12.properties.steps.propertyNames,
                data: key1,
                propertyName: key1
              }
              if (vErrors === null) {
                vErrors = [err1]
              } else {
                vErrors.push(err1)
              }
              errors++
            }
          }
          var valid1 = _errs4 === errors
          if (!valid1) {
            const err2 = {
              instancePath: instancePath + '/steps',
              schemaPath: '#/properties/steps/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema12.properties.steps.propertyNames,
              parentSchema: schema12.properties.steps,
              data: data0
            }
            if (vErrors === null) {
              vErrors = [err2]
            } else {
              vErrors.push(err2)
            }
            errors++
          }
        }
        for (const key2 in data0) {
          if (
            !validate12(data0[key2], {
              instancePath: instancePath + '/steps/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key2,
              rootData
            })
          ) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
            errors = vErrors.length
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/steps',
          schemaPath: '#/properties/steps/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema12.properties.steps.type,
          parentSchema: schema12.properties.steps,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err3]
        } else {
          vErrors.push(err3)
        }
        errors++
      }
    }
    if (data['all-steps'] !== undefined) {
      if (
        !validate12(data['all-steps'], {
          instancePath: instancePath + '/all-steps',
          parentData: data,
          parentDataProperty: 'all-steps',
          rootData
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
        errors = vErrors.length
      }
    }
    if (data.ignore !== undefined) {
      if (
        !validate12(data.ignore, {
          instancePath: instancePath + '/ignore',
          parentData: data,
          parentDataProperty: 'ignore',
          rootData
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
        errors = vErrors.length
      }
    }
    if (data.coverage !== undefined) {
      let data4 = data.coverage
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key3 in data4) {
          const _errs11 = errors
          if (typeof key3 === 'string') {
            if (!pattern1.test(key3)) {
              const err4 = {
                instancePath: instancePath + '/coverage',
                schemaPath: '#/properties/coverage/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
                message: 'must match pattern "' + '^[A-Za-z0-9\\-_]{1,64}$' + '"',
                schema: '^[A-Za-z0-9\\-_]{1,64}$',
                parentSchema: schema12.properties.coverage.propertyNames,
                data: key3,
                propertyName: key3
              }
              if (vErrors === null) {
                vErrors = [err4]
              } else {
                vErrors.push(err4)
              }
              errors++
            }
          }
          var valid3 = _errs11 === errors
          if (!valid3) {
            const err5 = {
              instancePath: instancePath + '/coverage',
              schemaPath: '#/properties/coverage/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key3 },
              message: 'property name must be valid',
              schema: schema12.properties.coverage.propertyNames,
              parentSchema: schema12.properties.coverage,
              data: data4
            }
            if (vErrors === null) {
              vErrors = [err5]
            } else {
              vErrors.push(err5)
            }
            errors++
          }
        }
        for (const key4 in data4) {
          let data5 = data4[key4]
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.parameters === undefined) {
              const err6 = {
                instancePath: instancePath + '/coverage/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/coverage/additionalProperties/required',
                keyword: 'required',
                params: { missingProperty: 'parameters' },
                message: "must have required property '" + 'parameters' + "'",
                schema: schema12.properties.coverage.additionalProperties.required,
                parentSchema: schema12.properties.coverage.additionalProperties,
                data: data5
              }
              if (vErrors === null) {
                vErrors = [err6]
              } else {
                vErrors.push(err6)
              }
              errors++
            }
            for (const key5 in data5) {
              if (!(key5 === 'parameters')) {
                const err7 = {
                  instancePath: instancePath + '/coverage/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/coverage/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema12.properties.coverage.additionalProperties,
                  data: data5
                }
                if (vErrors === null) {
                  vErrors = [err7]
                } else {
                  vErrors.push(err7)
                }
                errors++
              }
            }
            if (data5.parameters !== undefined) {
              let data6 = data5.parameters
              if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                if (Object.keys(data6).length < 1) {
                  const err8 = {
                    instancePath:
                      instancePath +
                      '/coverage/' +
                      key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/parameters',
                    schemaPath:
                      '#/properties/coverage/additionalProperties/properties/parameters/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                    schema: 1,
                    parentSchema: schema12.properties.coverage.additionalProperties.properties.parameters,
                    data: data6
                  }
                  if (vErrors === null) {
                    vErrors = [err8]
                  } else {
                    vErrors.push(err8)
                  }
                  errors++
                }
                for (const key6 in data6) {
                  let data7 = data6[key6]
                  if (
                    typeof data7 !== 'string' &&
                    !(typeof data7 == 'number' && isFinite(data7)) &&
                    typeof data7 !== 'boolean'
                  ) {
                    const err9 = {
                      instancePath:
                        instancePath +
                        '/coverage/' +
                        key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/parameters/' +
                        key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/coverage/additionalProperties/properties/parameters/additionalProperties/type',
                      keyword: 'type',
                      params: {
                        type: schema12.properties.coverage.additionalProperties.properties.parameters
                          .additionalProperties.type
                      },
                      message: 'must be string,number,boolean',
                      schema:
                        schema12.properties.coverage.additionalProperties.properties.parameters
                          .additionalProperties.type,
                      parentSchema:
                        schema12.properties.coverage.additionalProperties.properties.parameters
                          .additionalProperties,
                      data: data7
                    }
                    if (vErrors === null) {
                      vErrors = [err9]
                    } else {
                      vErrors.push(err9)
                    }
                    errors++
                  }
                }
              } else {
                const err10 = {
                  instancePath:
                    instancePath +
                    '/coverage/' +
                    key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/parameters',
                  schemaPath: '#/properties/coverage/additionalProperties/properties/parameters/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema12.properties.coverage.additionalProperties.properties.parameters.type,
                  parentSchema: schema12.properties.coverage.additionalProperties.properties.parameters,
                  data: data6
                }
                if (vErrors === null) {
                  vErrors = [err10]
                } else {
                  vErrors.push(err10)
                }
                errors++
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/coverage/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/coverage/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema12.properties.coverage.additionalProperties.type,
              parentSchema: schema12.properties.coverage.additionalProperties,
              data: data5
            }
            if (vErrors === null) {
              vErrors = [err11]
            } else {
              vErrors.push(err11)
            }
            errors++
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/coverage',
          schemaPath: '#/properties/coverage/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema12.properties.coverage.type,
          parentSchema: schema12.properties.coverage,
          data: data4
        }
        if (vErrors === null) {
          vErrors = [err12]
        } else {
          vErrors.push(err12)
        }
        errors++
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema12.type,
      parentSchema: schema12,
      data
    }
    if (vErrors === null) {
      vErrors = [err13]
    } else {
      vErrors.push(err13)
    }
    errors++
  }
  validate11.errors = vErrors
  return errors === 0
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pipelines === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pipelines' },
        message: "must have required property '" + 'pipelines' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
    for (const key0 in data) {
      if (!(key0 === 'pipelines')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    if (data.pipelines !== undefined) {
      let data0 = data.pipelines
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = {
            instancePath: instancePath + '/pipelines',
            schemaPath: '#/properties/pipelines/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.pipelines,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err2]
          } else {
            vErrors.push(err2)
          }
          errors++
        }
        for (const key1 in data0) {
          const _errs4 = errors
          if (typeof key1 === 'string') {
            if (!pattern0.test(key1)) {
              const err3 = {
                instancePath: instancePath + '/pipelines',
                schemaPath: '#/properties/pipelines/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$' },
                message: 'must match pattern "' + '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$' + '"',
                schema: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$',
                parentSchema: schema11.properties.pipelines.propertyNames,
                data: key1,
                propertyName: key1
              }
              if (vErrors === null) {
                vErrors = [err3]
              } else {
                vErrors.push(err3)
              }
              errors++
            }
          }
          var valid1 = _errs4 === errors
          if (!valid1) {
            const err4 = {
              instancePath: instancePath + '/pipelines',
              schemaPath: '#/properties/pipelines/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema11.properties.pipelines.propertyNames,
              parentSchema: schema11.properties.pipelines,
              data: data0
            }
            if (vErrors === null) {
              vErrors = [err4]
            } else {
              vErrors.push(err4)
            }
            errors++
          }
        }
        for (const key2 in data0) {
          if (
            !validate11(data0[key2], {
              instancePath: instancePath + '/pipelines/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key2,
              rootData
            })
          ) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)
            errors = vErrors.length
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/pipelines',
          schemaPath: '#/properties/pipelines/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.pipelines.type,
          parentSchema: schema11.properties.pipelines,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err5]
        } else {
          vErrors.push(err5)
        }
        errors++
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data
    }
    if (vErrors === null) {
      vErrors = [err6]
    } else {
      vErrors.push(err6)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}

;// CONCATENATED MODULE: ./src/core/mapping-problems.ts




/**
 * Checks the parsed mapping file against the JSON Schema that ships with the action (so editors and the
 * action agree on what is valid) and reports each violation as a sentence about the entry. The schema is
 * compiled at build time (scripts/build-schema-validator.mjs): compiling it here cost ~100 ms of start-up.
 */
function checkSchema(data, problems) {
    if (!mapping_schema_validator_generated(data))
        for (const e of mapping_schema_validator_generated.errors ?? [])
            translate(e, data, problems);
}
/** Turns one ajv error into a sentence about the entry, not about the schema. */
function translate(error, data, problems) {
    if (error.propertyName !== undefined)
        return; // reported by its `propertyNames` error
    const path = pointerToPath(error.instancePath, data);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const accepted = Object.keys(error.parentSchema.properties ?? {});
            const where = path.length === 0 ? 'the top level accepts' : 'a pipeline accepts';
            problems.add([...path, key], `is not a known key${(0,errors/* didYouMean */.au)(key, accepted)}; ${where} ${accepted.join(', ')}`, true);
            return;
        }
        case 'propertyNames': {
            const key = String(params.propertyName);
            const what = path[path.length - 1] === 'pipelines'
                ? 'is not a valid SageMaker pipeline name (letters, digits and hyphens, starting with a letter or digit)'
                : 'is not a valid step name (1-64 characters of A-Z, a-z, 0-9, - and _)';
            problems.add([...path, key], what, true);
            return;
        }
        case 'required': {
            const missing = String(params.missingProperty);
            problems.add(path, missing === 'pipelines'
                ? 'has no top-level "pipelines:" mapping of pipeline name to steps'
                : `needs "${missing}:" (a mapping of parameter name to value)`);
            return;
        }
        case 'type':
            problems.add(path, `must be ${expected(params.type)}, but is ${mapping_problems_describe(error.data)}`);
            return;
        case 'minLength':
            problems.add(path, 'is an empty string; give a repo-relative glob such as pipelines/train/**');
            return;
        case 'minItems':
            problems.add(path, 'is an empty list; give at least one glob, or remove the key');
            return;
        case 'minProperties':
            problems.add(path, 'is empty; give at least one entry, or remove the key');
            return;
        default:
            problems.add(path, error.message ?? `is invalid (${error.keyword})`);
    }
}
function expected(type) {
    const types = Array.isArray(type) ? type.join(',') : String(type);
    switch (types) {
        case 'object':
            return 'a mapping';
        case 'string':
            return 'a string';
        case 'string,array':
            return 'a glob or a list of globs';
        case 'string,number,boolean':
            return 'a string, number or boolean';
        default:
            return `of type ${types}`;
    }
}
function mapping_problems_describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (isObject(value))
        return 'a mapping';
    return `the ${typeof value} ${JSON.stringify(value)}`;
}
/** JSON pointer → path whose array steps are numbers, for `pipelines.P.steps.S[1]`. */
function pointerToPath(pointer, data) {
    if (pointer === '')
        return [];
    const path = [];
    let current = data;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current)) {
            path.push(Number(segment));
            current = current[Number(segment)];
        }
        else {
            path.push(segment);
            current = isObject(current) ? current[segment] : undefined;
        }
    }
    return path;
}
/** Collects problems so the user sees all of them in one run, each with its entry path and position. */
class Problems {
    source;
    doc;
    counter;
    lines = [];
    constructor(source, doc, counter) {
        this.source = source;
        this.doc = doc;
        this.counter = counter;
    }
    add(path, problem, atKey = false) {
        const line = `${this.source}${this.position(path, atKey)}: ${entryName(path)} ${problem}`;
        if (!this.lines.includes(line))
            this.lines.push(line);
    }
    throwIfAny() {
        if (this.lines.length === 0)
            return;
        const message = this.lines.length === 1
            ? this.lines[0]
            : `${this.source}: ${this.lines.length} problems in the mapping file:\n${this.lines.map(l => `  ${l}`).join('\n')}`;
        this.lines.length = 0;
        throw new errors/* UserError */.yo(message);
    }
    position(path, atKey) {
        let node = this.doc.contents;
        for (let i = 0; i < path.length; i++) {
            const segment = path[i];
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find(p => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    break;
                node = atKey && i === path.length - 1 ? pair.key : pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                node = node.items[segment];
            }
            else
                break;
        }
        const range = node?.range;
        if (!range)
            return '';
        const { line, col } = this.counter.linePos(range[0]);
        return `:${line}:${col}`;
    }
}
function entryName(path) {
    if (path.length === 0)
        return 'the mapping file';
    return path
        .map((segment, i) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        const plain = /^[A-Za-z0-9_-]+$/.test(segment);
        return plain ? `${i === 0 ? '' : '.'}${segment}` : `[${JSON.stringify(segment)}]`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/core/mapping.ts




/** The `pipeline` input may be omitted when the mapping file names exactly one pipeline. */
function defaultPipeline(file) {
    const names = file.pipelineNames();
    return names.length === 1 ? names[0] : undefined;
}
/**
 * Reads the mapping file. Every problem (YAML syntax, unknown keys, wrong types, empty or malformed globs,
 * paths outside the repository) is reported at once, each line naming the entry by its path and position:
 * `.github/sagemaker-pipelines.yml:7:9: pipelines.P.steps.Abalone-Train[1] is an empty string`.
 */
function loadMappingFile(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) {
        const at = syntax.linePos?.[0];
        const message = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* UserError */.yo(`${source}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${message}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${source}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const problems = new Problems(source, doc, lines);
    if (data === null || data === undefined) {
        problems.add([], 'is empty; it needs a top-level "pipelines:" mapping of pipeline name to steps');
        problems.throwIfAny();
    }
    checkSchema(data, problems);
    problems.throwIfAny();
    const pipelines = new Map();
    for (const [name, entry] of Object.entries(data.pipelines)) {
        const compiled = compile(name, entry, problems, doc);
        if (compiled)
            pipelines.set(name, compiled);
    }
    problems.throwIfAny();
    return new LoadedMappingFile(source, pipelines, problems);
}
class LoadedMappingFile {
    source;
    pipelines;
    problems;
    constructor(source, pipelines, problems) {
        this.source = source;
        this.pipelines = pipelines;
        this.problems = problems;
    }
    pipelineNames() {
        return [...this.pipelines.keys()];
    }
    forPipeline(name, graph) {
        const compiled = this.pipelines.get(name) ?? this.byArn(name);
        if (!compiled) {
            const known = this.pipelineNames();
            throw new errors/* UserError */.yo(`${this.source}: pipeline "${name}" is not in the mapping file${(0,errors/* didYouMean */.au)(name, known)}; it lists ${known.map(k => `"${k}"`).join(', ')}`);
        }
        compiled.check(graph, this.problems);
        this.problems.throwIfAny();
        const c = compiled;
        return {
            pipeline: c.name,
            steps: new Map(c.stepNames.map((s, i) => [s, c.stepGlobs[i]])),
            allSteps: [...c.allStepsGlobs],
            ignore: [...c.ignoreGlobs],
            coverage: new Map(c.coverage.map(e => [e.step, { ...e.parameters }])),
            match: file => c.match(file)
        };
    }
    /** `arn:aws:sagemaker:<region>:<account>:pipeline/<name>`: the service lower-cases the name. */
    byArn(value) {
        const m = /^arn:aws[a-z-]*:sagemaker:[^:]*:[^:]*:pipeline\/([^/]+)$/i.exec(value);
        if (!m)
            return undefined;
        const matches = [...this.pipelines.values()].filter(p => p.name.toLowerCase() === m[1].toLowerCase());
        return matches.length === 1 ? matches[0] : undefined;
    }
}
/** One pipeline's globs, compiled once at load and indexed for `match`. */
class CompiledPipeline {
    name;
    allStepsGlobs;
    ignoreGlobs;
    coverage;
    stepNames = [];
    stepGlobs = [];
    stepPaths = [];
    /** Flattened step globs (in file order) and the step each belongs to. */
    flatGlobs = [];
    stepOf = [];
    stepSet;
    allStepsSet;
    ignoreSet;
    /** Scratch for `match`: reused so that matching a file allocates only its result. */
    found = [];
    best;
    touched = [];
    constructor(name, steps, allStepsGlobs, ignoreGlobs, coverage, compiled) {
        this.name = name;
        this.allStepsGlobs = allStepsGlobs;
        this.ignoreGlobs = ignoreGlobs;
        this.coverage = coverage;
        steps.forEach(({ step, globs, path }, i) => {
            this.stepNames.push(step);
            this.stepGlobs.push(globs);
            this.stepPaths.push(path);
            for (const g of globs) {
                this.flatGlobs.push(g);
                this.stepOf.push(i);
            }
        });
        this.stepSet = new GlobSet(this.flatGlobs, compiled);
        this.allStepsSet = new GlobSet(allStepsGlobs, compiled);
        this.ignoreSet = new GlobSet(ignoreGlobs, compiled);
        this.best = new Int32Array(steps.length).fill(-1);
    }
    match(file) {
        if (file.startsWith('./'))
            file = file.slice(2);
        if (this.ignoreSet.size > 0 && this.ignoreSet.any(file))
            return { ignored: true, steps: [] };
        const result = { ignored: false, steps: [] };
        if (this.allStepsSet.size > 0) {
            const first = this.allStepsSet.first(file, this.found);
            if (first >= 0)
                result.allSteps = this.allStepsGlobs[first];
        }
        if (this.stepSet.size === 0)
            return result;
        const { found, best, touched } = this;
        found.length = 0;
        this.stepSet.matches(file, found);
        for (const id of found) {
            const step = this.stepOf[id];
            const current = best[step];
            if (current < 0)
                touched.push(step);
            if (current < 0 || id < current)
                best[step] = id;
        }
        if (touched.length > 1)
            touched.sort((a, b) => a - b);
        for (const step of touched) {
            result.steps.push({ step: this.stepNames[step], glob: this.flatGlobs[best[step]] });
            best[step] = -1;
        }
        found.length = 0;
        touched.length = 0;
        return result;
    }
    /** Step names and coverage parameters against the definition that will run. */
    check(graph, problems) {
        const stepList = listing([...graph.steps.keys()], 'its steps are');
        const unknownStep = (step, path) => {
            if (graph.has(step))
                return;
            const hint = (0,errors/* didYouMean */.au)(step, graph.steps.keys());
            problems.add(path, `names no step of pipeline ${this.name}${hint || stepList}`, true);
        };
        this.stepNames.forEach((step, i) => unknownStep(step, this.stepPaths[i]));
        for (const entry of this.coverage) {
            unknownStep(entry.step, entry.path);
            for (const [name, value] of Object.entries(entry.parameters)) {
                const path = [...entry.path, 'parameters', name];
                const def = graph.parameters.get(name);
                if (!def) {
                    const declared = listing([...graph.parameters.keys()], 'it declares');
                    const hint = (0,errors/* didYouMean */.au)(name, graph.parameters.keys());
                    problems.add(path, `is not a parameter of pipeline ${this.name}${hint || declared}`, true);
                }
                else {
                    const bad = valueProblem(def, value);
                    if (bad)
                        problems.add(path, bad);
                }
            }
        }
    }
}
function listing(names, lead) {
    if (names.length === 0)
        return lead === 'it declares' ? '; it declares no parameters' : '';
    if (names.length > 20)
        return '';
    return `; ${lead} ${names.map(n => `"${n}"`).join(', ')}`;
}
/** The service rejects a value of the wrong type at StartPipelineExecution; say so before. */
function valueProblem(def, value) {
    const shown = JSON.stringify(value);
    if (def.enumValues && !def.enumValues.includes(value)) {
        return `is ${shown}, which is not one of the values the parameter allows: ${def.enumValues.join(', ')}`;
    }
    if (def.type === 'Integer' && !/^[-+]?\d+$/.test(value))
        return `is ${shown}, but ${def.name} is an Integer parameter`;
    if (def.type === 'Float' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
        return `is ${shown}, but ${def.name} is a Float parameter`;
    }
    if (def.type === 'Boolean' && !/^(true|false)$/i.test(value)) {
        return `is ${shown}, but ${def.name} is a Boolean parameter (true or false)`;
    }
    return undefined;
}
/** Checks and compiles one pipeline's globs; undefined when some are unusable (they are in `problems`). */
function compile(name, entry, problems, doc) {
    const base = ['pipelines', name];
    const compiled = new Map();
    let bad = false;
    const globList = (value, path) => {
        if (value === undefined)
            return [];
        const list = typeof value === 'string' ? [value] : value;
        list.forEach((glob, i) => {
            const checked = checkGlob(glob);
            if ('regex' in checked)
                compiled.set(glob, checked.regex);
            else {
                bad = true;
                problems.add(typeof value === 'string' ? path : [...path, i], `${JSON.stringify(glob)} ${checked.problem}`);
            }
        });
        return list;
    };
    const steps = Object.entries(entry.steps ?? {}).map(([step, globs]) => {
        const path = [...base, 'steps', step];
        return { step, globs: globList(globs, path), path };
    });
    const coverage = Object.entries(entry.coverage ?? {}).map(([step, { parameters }]) => {
        const path = [...base, 'coverage', step];
        const values = {};
        for (const [param, value] of Object.entries(parameters)) {
            values[param] = scalarText(value, doc.getIn([...path, 'parameters', param], true));
        }
        return { step, parameters: values, path };
    });
    const allSteps = globList(entry['all-steps'], [...base, 'all-steps']);
    const ignore = globList(entry.ignore, [...base, 'ignore']);
    return bad ? undefined : new CompiledPipeline(name, steps, allSteps, ignore, coverage, compiled);
}
/** Parameter values go to the service as strings: keep a number as written (`0.10` stays "0.10"). */
function scalarText(value, node) {
    if (typeof value === 'number' && (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string') {
        if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(node.source))
            return node.source;
    }
    return String(value);
}

;// CONCATENATED MODULE: ./src/phases/execute.ts




/**
 * Starts the planned execution. The token makes the start idempotent: the same job step started
 * again (a retried request, a re-entered step) gets back the execution it already started.
 */
async function startPlannedExecution(client, settings, context, pipeline, planned, definitionHash, tokenSuffix) {
    const { plan } = planned;
    const ref = context.pr !== undefined ? `refs/pull/${context.pr}/head` : context.ref;
    const name = displayName({ pr: context.pr, ref, sha: planned.head, runId: context.runId });
    const description = formatProvenance({
        sha: planned.head,
        ref,
        pr: context.pr,
        repo: context.repository,
        run: `${context.runId}/${context.runAttempt}`,
        def: definitionHash
    });
    const token = clientRequestToken(context.repository, context.runId, context.runAttempt, tokenSuffix ? `${pipeline}#${tokenSuffix}` : pipeline);
    const selective = plan.fullRun
        ? undefined
        : { sourceArn: plan.needsReference ? planned.reference?.record.arn : undefined, steps: plan.selected };
    core/* debug */.Yz(`StartPipelineExecution parameters: ${JSON.stringify(planned.parameters)}`);
    const arn = await (0,sagemaker/* startExecution */.FP)(client, {
        pipeline: settings.pipelineArn ?? pipeline,
        token,
        displayName: name,
        description,
        parameters: planned.parameters,
        selective
    });
    core/* info */.pq(plan.fullRun
        ? `Started a full run: ${arn}`
        : `Started a selective execution of ${plan.selected.length} step(s): ${arn}` +
            (selective?.sourceArn ? ` (reusing ${selective.sourceArn})` : ''));
    return { arn, displayName: name };
}
/** Stops this pull request's earlier executions (started by this action) that are still running. */
async function cancelSuperseded(client, context, summaries) {
    if (context.pr === undefined) {
        core/* info */.pq('cancel-superseded: not a pull request, nothing to cancel');
        return [];
    }
    const stopped = [];
    for (const s of summaries) {
        if (s.status !== 'Executing')
            continue;
        const p = parseProvenance(s.description);
        if (!p || p.pr !== context.pr || p.repo !== context.repository)
            continue;
        if (p.run === `${context.runId}/${context.runAttempt}`)
            continue;
        try {
            await (0,sagemaker/* stopExecution */.V4)(client, s.arn, clientRequestToken(context.repository, context.runId, context.runAttempt, s.arn));
            stopped.push(s.arn);
            core/* info */.pq(`Stopped superseded execution ${s.arn} (commit ${p.sha.slice(0, 7)})`);
        }
        catch (error) {
            core/* warning */.$e(`Could not stop superseded execution ${s.arn}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return stopped;
}
/** First poll at once, then back off: 2 s, 4 s, … up to 30 s (scaled down by the test knob). */
async function waitForExecution(client, arn, timeoutMinutes, graph) {
    const scale = Number(process.env.SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE ?? '1') || 1;
    const deadline = Date.now() + timeoutMinutes * 60_000;
    let delay = 2000;
    const printed = new Map();
    for (;;) {
        const [details, steps] = await Promise.all([
            (0,sagemaker/* describeExecution */.ki)(client, arn),
            (0,sagemaker/* listExecutionSteps */.cf)(client, arn)
        ]);
        for (const name of graph.topologicalOrder()) {
            const state = steps.get(name);
            if (!state)
                continue;
            const label = state.reusedFrom ? 'reused' : state.status;
            if (printed.get(name) !== label) {
                printed.set(name, label);
                core/* info */.pq(`  ${name}: ${label}${state.failureReason ? ` (${state.failureReason})` : ''}`);
            }
        }
        if (details.status === 'Succeeded' || details.status === 'Failed' || details.status === 'Stopped') {
            core/* info */.pq(`Execution ended ${details.status}${details.failureReason ? `: ${details.failureReason}` : ''}`);
            return { status: details.status, steps, failureReason: details.failureReason };
        }
        if (Date.now() + delay * scale > deadline) {
            core/* warning */.$e(`Gave up waiting after ${timeoutMinutes} minute(s); the execution is still ${details.status}.`);
            return { status: 'Executing', steps };
        }
        await new Promise(resolve => setTimeout(resolve, delay * scale));
        delay = Math.min(delay * 2, 30_000);
    }
}

;// CONCATENATED MODULE: ./src/action/outputs.ts

/** The only module that calls `core.setOutput`. Every output is set, empty when it does not apply. */
function writeOutputs(outcome) {
    const plan = outcome.plan;
    core/* setOutput */.uH('status', outcome.status);
    core/* setOutput */.uH('execution-arn', outcome.executionArn ?? '');
    core/* setOutput */.uH('reference-execution-arn', outcome.referenceArn ?? '');
    core/* setOutput */.uH('selected-steps', JSON.stringify(plan?.selected ?? []));
    core/* setOutput */.uH('reused-steps', JSON.stringify(plan?.reused ?? []));
    core/* setOutput */.uH('changed-files', JSON.stringify(outcome.changedFiles));
    core/* setOutput */.uH('plan', plan ? JSON.stringify(planJson(plan, outcome)) : '');
    core/* setOutput */.uH('console-url', outcome.consoleUrl ?? '');
    core/* setOutput */.uH('comment-url', outcome.commentUrl ?? '');
    if (outcome.coverage) {
        core/* setOutput */.uH('coverage', outcome.coverage.percent.toFixed(1));
        core/* setOutput */.uH('uncovered-steps', JSON.stringify(outcome.coverage.uncovered));
    }
}
/** The `plan` output: stable, documented keys a later workflow step can read with `fromJSON`. */
function planJson(plan, outcome) {
    return {
        status: outcome.status,
        fullRun: plan.fullRun,
        fullRunReason: plan.fullRunReason ?? null,
        reference: outcome.referenceArn ?? null,
        execution: outcome.executionArn ?? null,
        selected: plan.selected,
        reused: plan.reused,
        notRun: plan.notRun,
        reasons: plan.reasons,
        warnings: plan.warnings
    };
}

;// CONCATENATED MODULE: ./src/adapters/sticky-comment.ts


class CommentPermissionError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.name = 'CommentPermissionError';
        this.status = status;
    }
}
/** Rounds of "list, then write": a second round only when the comment to edit vanished under us. */
const STICKY_ROUNDS = 2;
/**
 * Keeps one comment per marker on an issue or pull request: edits the oldest comment whose body
 * starts with `marker`, or creates it. Comments that do not start with the marker (a reviewer's,
 * another bot's, a quote of ours) are never touched.
 *
 * Jobs racing (two pushes in quick succession, a re-run matrix) can both find no comment and both
 * create one, so a creation is checked by listing again: the marker comment with the smallest id
 * wins, which every racer computes the same way. A loser writes its body into the winner and deletes
 * its own, so the racers converge on one comment carrying the last write. An edit deletes the
 * duplicates it finds. Calls: an edit is list + patch; a creation is list + create + re-list; a lost
 * race adds a patch and a delete, and each duplicate one delete.
 */
async function upsertStickyComment(octokit, repo, issue, marker, body) {
    if (!marker.trim())
        throw new Error('upsertStickyComment: the marker must not be empty');
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
    const where = `${repo.owner}/${repo.repo}#${issue}`;
    try {
        return await writeSticky(octokit, repo, issue, marker, text);
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 404) {
            throw new CommentPermissionError(`Cannot comment on ${where} (HTTP ${status}: ${(0,errors/* errorMessage */.gJ)(error)}). A pull request from a fork ` +
                'gets a read-only token; grant `pull-requests: write` (or `issues: write`) to comment.', status, { cause: error });
        }
        throw context(`updating the comment on ${where}`, error);
    }
}
async function writeSticky(octokit, repo, issue, marker, text) {
    for (let round = 1;; round++) {
        // On the last round a 404 on the edit is no longer a vanished comment but a refusal: it throws.
        const lastRound = round >= STICKY_ROUNDS;
        const [oldest, ...others] = await markedComments(octokit, repo, issue, marker);
        if (oldest) {
            const edited = await edit(octokit, repo, oldest.id, text, lastRound);
            if (!edited)
                continue;
            return { ...edited, created: false, ...(await remove(octokit, repo, others)) };
        }
        const { data: mine } = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: issue,
            body: text
        });
        const listed = await markedComments(octokit, repo, issue, marker);
        // A listing that lags behind our own write still counts ours.
        const all = listed.some(c => c.id === mine.id) ? listed : [...listed, mine].sort((a, b) => a.id - b.id);
        const survivor = all[0] ?? mine;
        const rest = all.filter(c => c.id !== survivor.id);
        if (survivor.id === mine.id) {
            return { url: mine.html_url, id: mine.id, created: true, ...(await remove(octokit, repo, rest)) };
        }
        // Lost the race: our body goes into the survivor first, so ours is only deleted once it is there.
        const edited = await edit(octokit, repo, survivor.id, text, lastRound);
        if (!edited)
            continue; // the survivor vanished; ours stays and the next round keeps it
        return { ...edited, created: false, ...(await remove(octokit, repo, rest)) };
    }
}
/** The comments starting with the marker, oldest (smallest id) first. */
async function markedComments(octokit, repo, issue, marker) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100
    });
    return comments.filter(c => (c.body ?? '').startsWith(marker)).sort((a, b) => a.id - b.id);
}
/** Undefined when the comment is gone (404) and `strict` is off. */
async function edit(octokit, repo, id, text, strict) {
    try {
        const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: text });
        return { url: data.html_url, id: data.id };
    }
    catch (error) {
        if (!strict && httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}
/**
 * Deletes duplicate marker comments. A racer may delete the same one first (404: gone all the same);
 * any other failure leaves it in place and reports it, since the report itself is already written.
 */
async function remove(octokit, repo, comments) {
    const removed = [];
    const duplicates = [];
    for (const comment of comments) {
        try {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
            removed.push(comment.html_url);
        }
        catch (error) {
            if (httpStatus(error) === 404)
                removed.push(comment.html_url);
            else
                duplicates.push(comment.html_url);
        }
    }
    return { removed, duplicates };
}

// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Safe text for GitHub-flavoured markdown. Everything that comes from outside (file and step names,
 * ARNs, reasons, warnings, branch names) reaches the comment only through `text` or `code`,
 * so a file named `<img src=x onerror=alert(1)>` stays text, a `|` cannot split a table cell and an
 * `@someone` cannot notify anyone. Characters are turned into HTML entities rather than backslash
 * escapes because entities mean the same thing in a table cell, a list item, a link text and inside
 * an HTML `<code>` element, while backslashes do not.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    $: '&#36;'
};
const markdown_SPECIAL = /[&<>"'|`*_[\]\\~$]/g;
/** C0/C1 controls (newlines handled before) and bidi overrides that could disguise a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NEWLINES = /\r\n|\r|\n/g;
/** Block syntax that only matters at the start of a line: headings, lists, quotes, setext rules. */
const LEADING_BLOCK = /^([#+=-])|^(\d+)([.)])/;
const ZWJ = '\u200d';
const MAX_URL = 2048;
function entities(value) {
    return value.replace(INVISIBLE, '\ufffd').replace(markdown_SPECIAL, c => ENTITIES[c] ?? c);
}
/**
 * Plain text for a table cell, list item, heading or link text. Newlines become spaces; mentions and
 * issue references are broken with a zero-width joiner (GitHub links them after markdown, so an
 * entity would not help).
 */
function markdown_text(value) {
    const flat = entities(value
        .replace(NEWLINES, ' ')
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`));
    return flat.replace(LEADING_BLOCK, (_m, sign, digits, dot) => sign ? `&#${sign.charCodeAt(0)};` : `${digits}&#${dot.charCodeAt(0)};`);
}
/**
 * A name shown as code: an HTML `<code>` element whose content is entity-escaped, which, unlike a
 * backtick span, keeps `|` from splitting a table row. GitHub does not link mentions inside code,
 * so the name stays exactly copyable.
 */
function code(value) {
    return `<code>${entities(value.replace(NEWLINES, '↵'))}</code>`;
}
/** Shortens to at most `max` characters (the last one an ellipsis), never splitting a surrogate pair. */
function clip(value, max) {
    if (value.length <= max)
        return value;
    let cut = value.slice(0, Math.max(0, max - 1));
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}…`;
}
/** Shortens a path or name in the middle, keeping its end (`src/…/train.py`), which tells files apart. */
function clipMiddle(value, max) {
    if (value.length <= max)
        return value;
    const tail = Math.floor((max - 1) / 2);
    let head = value.slice(0, max - 1 - tail);
    let end = value.slice(value.length - tail);
    if (/[\ud800-\udbff]$/.test(head))
        head = head.slice(0, -1);
    if (/^[\udc00-\udfff]/.test(end))
        end = end.slice(1);
    return `${head}…${end}`;
}
/**
 * A link, or plain text when the URL is not http(s): URLs come from our own adapters, but a hostile
 * one must not become `javascript:` or break out of the `(…)` destination.
 */
function markdown_link(label, url) {
    const safe = safeUrl(url);
    return safe ? `[${label}](${safe})` : label;
}
function safeUrl(url) {
    // Real console and run URLs are short; a huge one would only eat the comment's size budget.
    if (!url || url.length > MAX_URL)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<>|"'`\s\\$]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A collapsed block; GitHub needs the blank line after `<summary>` to render markdown inside. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>`;
}
/** `1,234`: counts in headlines are read at a glance. */
function count(n) {
    return n.toLocaleString('en-US');
}
/** "1 step" / "3 steps". */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${count(n)} ${n === 1 ? singular : pluralForm}`;
}
/** The trailer of a capped list, or nothing when everything was shown. */
function more(hidden, what = '') {
    return hidden > 0 ? `…and ${count(hidden)} more${what ? ` ${what}` : ''}` : '';
}
/** The first seven characters of a commit, as code. */
function markdown_shortSha(sha) {
    return code(sha.slice(0, 7));
}

;// CONCATENATED MODULE: ./src/report/time-saved.ts
/**
 * What a reviewer gains from the selective run, in the only unit that means something to them: the
 * compute time of the steps that will not run (reused or not needed), as the reference run measured
 * it. A step whose duration is unknown (it never ran there, it was itself reused, or it has no end
 * time) counts for nothing, and `basis` says how many were known, so the figure never overstates.
 * Undefined when nothing is skipped or no duration is known.
 */
function estimateTimeSaved(plan, reference) {
    if (!reference)
        return undefined;
    const skipped = [...new Set([...plan.reused, ...plan.notRun])];
    if (skipped.length === 0)
        return undefined;
    let ms = 0;
    let known = 0;
    for (const name of skipped) {
        const state = reference.steps.get(name);
        if (!state || state.reusedFrom !== undefined)
            continue;
        const { startTime, endTime } = state;
        if (startTime === undefined || endTime === undefined || !(endTime >= startTime))
            continue;
        ms += endTime - startTime;
        known++;
    }
    if (known === 0)
        return undefined;
    const basis = known === skipped.length
        ? `compute time of the ${time_saved_plural(known)} that will not run, as measured in the reference run`
        : `compute time of ${known} of the ${time_saved_plural(skipped.length)} that will not run, as measured in the reference run (the other durations are unknown)`;
    return { seconds: ms / 1000, basis, known, skipped: skipped.length };
}
function time_saved_plural(n) {
    return n === 1 ? '1 step' : `${n} steps`;
}
/** "40 s", "~25 min", "1 h 5 min", "2 d 3 h": precise enough for a headline, never falsely exact. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0)
        return '0 s';
    const whole = Math.round(seconds);
    if (whole < 60)
        return `${whole} s`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 60)
        return `~${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 24) {
        const rest = minutes % 60;
        return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
    }
    const days = Math.floor(hours / 24);
    const restHours = hours % 24;
    return restHours === 0 ? `${days} d` : `${days} d ${restHours} h`;
}
/** "just now", "5 min ago", "3 h ago", "4 d ago", from two epoch-ms instants (the caller owns the clock). */
function formatAge(then, now) {
    const seconds = (now - then) / 1000;
    if (!Number.isFinite(seconds) || seconds < 60)
        return 'just now';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ago`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h ago`;
    return `${Math.floor(hours / 24)} d ago`;
}

;// CONCATENATED MODULE: ./src/report/coverage.ts


/**
 * The coverage view (`selection: coverage`): the percentage, then a table with the steps that need
 * attention first, so rarely-taken branches that no run has exercised stand out.
 */
function coverageSection(coverage, now, limits) {
    const percent = Number.isFinite(coverage.percent) ? Number(coverage.percent.toFixed(1)) : 0;
    const covered = coverage.steps.filter(s => s.covered).length;
    const targeted = new Set(coverage.targeted);
    const lines = [
        `### Coverage: ${percent} %`,
        '',
        `${count(covered)} of ${count(coverage.steps.length)} steps ran successfully since their mapped files last changed.`
    ];
    if (coverage.targeted.length > 0) {
        const names = coverage.targeted.slice(0, Math.max(1, limits.items)).map(s => code(clip(s, limits.text)));
        const trailer = more(coverage.targeted.length - names.length);
        lines.push(`Targeted by this run: ${names.join(', ')}${trailer ? ` ${trailer}` : ''}.`);
    }
    if (limits.rows === 0 || coverage.steps.length === 0)
        return lines.join('\n');
    const ordered = [...coverage.steps.filter(s => !s.covered), ...coverage.steps.filter(s => s.covered)];
    const shown = ordered.slice(0, limits.rows);
    lines.push('', '| Step | Status | Last run | Last success | Outcomes |', '|---|---|---|---|---|');
    for (const s of shown) {
        const status = s.covered
            ? '✅ covered'
            : targeted.has(s.step)
                ? '🎯 targeted'
                : s.stale
                    ? '⚠️ stale'
                    : '❌ not covered';
        const outcomes = (s.outcomes ?? []).slice(0, 3).map(o => markdown_text(clip(o, limits.text)));
        const extraOutcomes = (s.outcomes?.length ?? 0) > 3 ? ', …' : '';
        lines.push(`| ${code(clip(s.step, limits.text))} | ${status} | ${age(s.lastRun, now)} | ${age(s.lastSuccess, now)} | ${outcomes.join(', ') || '—'}${extraOutcomes} |`);
    }
    const trailer = more(ordered.length - shown.length, 'steps');
    if (trailer)
        lines.push('', trailer);
    return lines.join('\n');
}
function age(at, now) {
    return at === undefined ? 'never' : formatAge(at, now);
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts
const CLASS_STYLES = {
    run: 'fill:#ffd8a8,stroke:#e8590c,color:#000',
    reuse: 'fill:#d0ebff,stroke:#1c7ed6,color:#000',
    notRun: 'fill:#f1f3f5,stroke:#adb5bd,color:#868e96,stroke-dasharray:4 3',
    succeeded: 'fill:#d3f9d8,stroke:#2b8a3e,color:#000',
    failed: 'fill:#ffe3e3,stroke:#c92a2a,color:#000',
    stopped: 'fill:#e9ecef,stroke:#495057,color:#000'
};
/** GitHub's Mermaid refuses diagrams above 50,000 characters or 500 edges; stay clear of both. */
const MERMAID_MAX_TEXT = 40_000;
const MERMAID_MAX_EDGES = 400;
/**
 * The pipeline DAG as a Mermaid flowchart, coloured by what the plan does with each step (and, once
 * known, how it ended), so a reviewer sees at once which part of the pipeline the change touches.
 * Node ids are `n<topological index>` because step names may hold anything; labels are quoted and
 * every character outside a small safe set is written as a Mermaid entity (`#60;`), so no name can
 * end a label, inject HTML or close the code fence.
 */
function renderMermaid(graph, plan, finalSteps, options = {}) {
    const order = graph.topologicalOrder();
    const ids = new Map(order.map((name, i) => [name, `n${i}`]));
    const shown = options.only ? new Set(options.only) : undefined;
    const visible = shown ? order.filter(n => shown.has(n)) : order;
    const maxLabel = options.maxLabel ?? 60;
    const classify = classifier(plan, finalSteps, options.finished ?? true);
    const lines = ['```mermaid', 'flowchart TD'];
    for (const name of visible) {
        const label = `"${mermaidText(clipLabel(name, maxLabel))}"`;
        const shape = graph.step(name).type === 'Condition' ? `{${label}}` : `[${label}]`;
        lines.push(`  ${ids.get(name)}${shape}`);
    }
    for (const edge of graph.edges()) {
        if (shown && (!shown.has(edge.from) || !shown.has(edge.to)))
            continue;
        const target = graph.step(edge.to);
        const branch = edge.kinds.includes('condition') && target.condition === edge.from ? target.branch : undefined;
        lines.push(`  ${ids.get(edge.from)} -->${branch ? `|${branch}|` : ''} ${ids.get(edge.to)}`);
    }
    const members = new Map();
    for (const name of visible) {
        const cls = classify(name);
        const list = members.get(cls) ?? [];
        list.push(ids.get(name));
        members.set(cls, list);
    }
    for (const [cls, style] of Object.entries(CLASS_STYLES))
        lines.push(`  classDef ${cls} ${style}`);
    for (const [cls, nodes] of members)
        lines.push(`  class ${nodes.join(',')} ${cls}`);
    lines.push('```');
    return lines.join('\n');
}
/** The colour class of one step: the plan's disposition, refined by the step's final state. */
function classifier(plan, finalSteps, finished) {
    const selected = new Set(plan.selected);
    const reused = new Set(plan.reused);
    return name => {
        const state = finalSteps?.get(name);
        if (state?.reusedFrom !== undefined)
            return 'reuse';
        if (!selected.has(name))
            return reused.has(name) ? 'reuse' : 'notRun';
        if (!finalSteps)
            return 'run';
        switch (state?.status) {
            case 'Succeeded':
                return 'succeeded';
            case 'Failed':
                return 'failed';
            case 'Stopped':
            case 'Stopping':
                return 'stopped';
            case 'Starting':
            case 'Executing':
                return 'run';
            default:
                return finished ? 'notRun' : 'run';
        }
    };
}
/**
 * Which steps a readable (and renderable) diagram can show: the whole pipeline when it is small, else
 * the steps that run with their immediate neighbours, else nothing, with a note saying so.
 */
function chooseDiagram(graph, plan, fullUpTo, prunedUpTo) {
    const all = graph.topologicalOrder();
    if (all.length <= fullUpTo)
        return fits(graph, all) ? { steps: all } : tooLarge(all.length);
    if (plan.selected.length === 0 || plan.fullRun)
        return tooLarge(all.length);
    const focus = new Set(plan.selected);
    for (const name of plan.selected) {
        for (const p of graph.parents(name))
            focus.add(p);
        for (const c of graph.children(name))
            focus.add(c);
    }
    if (focus.size > prunedUpTo)
        return tooLarge(all.length);
    const steps = graph.sorted(focus);
    if (!fits(graph, steps))
        return tooLarge(all.length);
    return {
        steps,
        note: `Showing ${steps.length} of ${all.length} steps: the ones that run and their immediate neighbours.`
    };
}
function fits(graph, steps) {
    const set = new Set(steps);
    let edges = 0;
    for (const name of steps)
        for (const c of graph.children(name))
            if (set.has(c))
                edges++;
    return edges <= MERMAID_MAX_EDGES;
}
function tooLarge(total) {
    return { note: `The pipeline graph (${total} steps) is too large to draw here.` };
}
function clipLabel(name, max) {
    const chars = Array.from(name);
    return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}
/** Mermaid entity codes (`#60;`) for anything but letters, digits and harmless punctuation. */
function mermaidText(value) {
    let out = '';
    for (const ch of value)
        out += /^[A-Za-z0-9 _.,:/-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return out;
}

;// CONCATENATED MODULE: ./src/core/reason-text.ts
const reason_text_MAX_PATHS = 3;
/**
 * One short line a reviewer can check: the CLI, the PR comment and the job summary all say why a step
 * runs in these same words, so a plan reads the same wherever it is shown. Plain text (no markdown):
 * renderers escape it for their medium.
 */
function describeReason(reason) {
    switch (reason.kind) {
        case 'file':
            return reason.file === reason.glob
                ? `${reason.file} changed`
                : `${reason.file} changed (matches ${reason.glob})`;
        case 'all-steps-file':
            return `${reason.file} changed (all-steps glob ${reason.glob})`;
        case 'unknown-changes':
            return `changed files unknown (${reason.detail})`;
        case 'definition':
            return reason.paths.length === 0
                ? 'step definition changed'
                : `definition changed at ${listPaths(reason.paths)}`;
        case 'new-step':
            return 'new step (not in the reference run)';
        case 'parameter':
            return parameterText(reason);
        case 'upstream':
            return `downstream of ${reason.step}, which runs`;
        case 'enclosing-condition':
            return `enclosing Condition of ${reason.of}`;
        case 'explicit':
            return 'named in the steps input';
        case 'selection-all':
            return 'full run';
        case 'failed-in-reference':
            return reason.status === 'NotRun'
                ? 'did not run in the reference run'
                : `${reason.status} in the reference run`;
        case 'coverage':
            return `coverage: ${reason.detail}`;
    }
}
function listPaths(paths) {
    const shown = paths.slice(0, reason_text_MAX_PATHS).join(', ');
    return paths.length > reason_text_MAX_PATHS ? `${shown} and ${paths.length - reason_text_MAX_PATHS} more` : shown;
}
function parameterText(reason) {
    if (reason.from === undefined && reason.to === undefined)
        return `parameter ${reason.name} changed`;
    if (reason.from === undefined)
        return `parameter ${reason.name} set to ${quote(reason.to)}`;
    if (reason.to === undefined)
        return `parameter ${reason.name} removed (was ${quote(reason.from)})`;
    return `parameter ${reason.name} changed from ${quote(reason.from)} to ${quote(reason.to)}`;
}
function quote(value) {
    return JSON.stringify(value ?? '');
}

;// CONCATENATED MODULE: ./src/report/sections.ts




const DISPOSITION_CELL = {
    run: '▶️ run',
    reuse: '♻️ reuse',
    notRun: '➖ not run'
};
function planTable(data, limits) {
    const { graph, plan, finalSteps } = data;
    const selected = new Set(plan.selected);
    const reused = new Set(plan.reused);
    const disposition = (name) => selected.has(name) ? 'run' : reused.has(name) ? 'reuse' : 'notRun';
    const order = graph.topologicalOrder();
    let rows;
    if (order.length <= limits.rows) {
        rows = order;
    }
    else {
        // A large pipeline: the steps that run first, then the reused steps whose outputs they read;
        // the far ancestors and the steps that do not run are only counted.
        const feeding = (n) => [...graph.children(n)].some(c => selected.has(c));
        rows = [...order.filter(n => selected.has(n)), ...order.filter(n => reused.has(n) && feeding(n))].slice(0, limits.rows);
    }
    const shown = new Set(rows);
    const hidden = { run: 0, reuse: 0, notRun: 0 };
    for (const name of order)
        if (!shown.has(name))
            hidden[disposition(name)]++;
    const out = [];
    if (rows.length > 0) {
        out.push(finalSteps ? '| Step | Plan | Result | Why |' : '| Step | Plan | Why |');
        out.push(finalSteps ? '|---|---|---|---|' : '|---|---|---|');
        for (const name of rows) {
            const d = disposition(name);
            const cells = [stepCell(graph, name, limits), DISPOSITION_CELL[d]];
            if (finalSteps)
                cells.push(resultCell(finalSteps.get(name), d === 'run', data.finished, limits));
            cells.push(d === 'reuse' ? reuseCell(graph, selected, name, limits) : whyCell(plan, name, d, limits));
            out.push(`| ${cells.join(' | ')} |`);
        }
    }
    const notes = [
        hidden.run > 0 ? more(hidden.run, hidden.run === 1 ? 'step that runs' : 'steps that run') : '',
        hidden.reuse > 0 ? more(hidden.reuse, hidden.reuse === 1 ? 'reused step' : 'reused steps') : '',
        hidden.notRun > 0
            ? `${plural(hidden.notRun, 'step')} not run (unaffected, output not needed) not listed`
            : ''
    ].filter(Boolean);
    if (notes.length > 0)
        out.push('', notes.join(' · '));
    return out.join('\n');
}
function stepCell(graph, name, limits) {
    const step = graph.step(name);
    const tags = [
        step.type === 'Condition' || step.type === 'Fail' ? step.type : '',
        step.branch ? `${step.branch} branch` : ''
    ];
    const note = tags.filter(Boolean).join(' · ');
    return `${code(clip(name, limits.text))}${note ? ` <sub>${note}</sub>` : ''}`;
}
/** A reused step matters through the steps that read its output: name them. */
function reuseCell(graph, selected, name, limits) {
    const readers = graph.sorted([...graph.children(name)].filter(c => selected.has(c)));
    if (readers.length === 0)
        return 'unchanged: reference output needed upstream of the steps that run';
    const names = readers.slice(0, 2).map(r => code(clip(r, limits.text)));
    const extra = readers.length > 2 ? ` +${count(readers.length - 2)} more` : '';
    return `unchanged: reference output read by ${names.join(', ')}${extra}`;
}
function whyCell(plan, name, d, limits) {
    if (d === 'notRun')
        return 'unchanged, output not needed';
    const reasons = [...(plan.reasons[name] ?? [])].sort((a, b) => rank(a) - rank(b));
    if (reasons.length === 0)
        return plan.fullRunReason ? markdown_text(clip(plan.fullRunReason, limits.text)) : '—';
    const shown = reasons.slice(0, Math.max(1, limits.reasons));
    const cell = shown
        .map(r => markdown_text(clip(describeReason(clipReason(r, limits.text)), limits.text * 2)))
        .join('; ');
    const hidden = reasons.length - shown.length;
    return hidden > 0 ? `${cell}; +${count(hidden)} more` : cell;
}
/** Shortens the names inside a reason, so a long name is cut inside its code span, not across it. */
function clipReason(reason, max) {
    const short = (v) => clipMiddle(v, Math.max(8, Math.floor(max / 2)));
    const out = {};
    for (const [key, v] of Object.entries(reason)) {
        out[key] =
            key === 'kind'
                ? v
                : typeof v === 'string'
                    ? short(v)
                    : Array.isArray(v)
                        ? v.map(x => short(String(x)))
                        : v;
    }
    return out;
}
/** Direct causes (a file, the definition, a parameter) before inherited ones (an upstream step). */
function rank(reason) {
    return reason.kind === 'upstream' ? 2 : reason.kind === 'enclosing-condition' ? 1 : 0;
}
function resultCell(state, selected, finished, limits) {
    if (!state)
        return selected ? (finished ? '⏭️ did not run' : '⏳ pending') : '—';
    if (state.reusedFrom !== undefined)
        return '♻️ reused';
    const took = state.startTime !== undefined && state.endTime !== undefined && state.endTime >= state.startTime
        ? ` in ${formatDuration((state.endTime - state.startTime) / 1000)}`
        : '';
    const outcome = state.outcome
        ? ` · condition ${state.outcome === 'True' ? 'true → If' : 'false → Else'}`
        : '';
    switch (state.status) {
        case 'Succeeded':
            return `✅ Succeeded${took}${outcome}`;
        case 'Failed': {
            const why = state.failureReason ? `: ${markdown_text(clip(state.failureReason, limits.text))}` : '';
            return `❌ Failed${took}${why}`;
        }
        case 'Stopped':
        case 'Stopping':
            return `⏹️ ${state.status}`;
        case 'Starting':
        case 'Executing':
            return `⏳ ${state.status}`;
    }
}
const LEGEND_PLAN = '🟧 runs · 🟦 reused from the reference run · ⬜ not run';
const LEGEND_FINAL = '🟩 succeeded · 🟥 failed · ⬛ stopped · 🟧 running · 🟦 reused · ⬜ not run';
function diagram(data, limits) {
    if (limits.diagramFull === 0)
        return '<sub>Pipeline graph left out to keep this report within size limits.</sub>';
    const choice = chooseDiagram(data.graph, data.plan, limits.diagramFull, limits.diagramPruned);
    if (!choice.steps)
        return `<sub>${markdown_text(choice.note ?? '')}</sub>`;
    const mermaid = renderMermaid(data.graph, data.plan, data.finalSteps, {
        only: choice.steps,
        finished: data.finished,
        maxLabel: Math.min(60, limits.text)
    });
    if (mermaid.length > MERMAID_MAX_TEXT)
        return '<sub>The pipeline graph is too large to draw here.</sub>';
    const legend = [data.finalSteps ? LEGEND_FINAL : LEGEND_PLAN, choice.note].filter(Boolean).join(' · ');
    const title = `Pipeline graph (${plural(choice.steps.length, 'step')})`;
    return details(title, `${mermaid}\n\n<sub>${legend}</sub>`, choice.steps.length <= 25);
}
function referenceSection(data, limits) {
    const { reference, plan, saved } = data;
    const lines = [];
    if (reference) {
        const { record } = reference;
        const name = reference.displayName ?? executionId(record.arn);
        const commit = record.commit ? `commit ${markdown_shortSha(record.commit)}` : 'no recorded commit';
        const age = `started ${formatAge(record.createdAt, data.now)}`;
        lines.push(`**Reference run:** ${markdown_link(code(clip(name, limits.text)), reference.consoleUrl)} · ${commit} · ${record.status} · ${age}`);
    }
    else {
        const why = plan.fullRun
            ? 'none (full run: every step runs)'
            : plan.selected.length === 0
                ? 'none'
                : plan.needsReference
                    ? 'none found'
                    : 'none needed: the steps that run have no upstream steps';
        lines.push(`**Reference run:** ${why}`);
    }
    if (saved)
        lines.push(`**Time saved:** ${formatDuration(saved.seconds)}, the ${saved.basis}.`);
    let out = lines.join('<br>\n');
    if (data.rejected.length > 0 && limits.items > 0) {
        const items = data.rejected
            .slice(0, limits.items)
            .map(r => `- ${code(clip(executionId(r.arn), limits.text))}: ${markdown_text(clip(r.reason, limits.text))}`);
        const trailer = more(data.rejected.length - items.length);
        const body = [...items, ...(trailer ? [trailer] : [])].join('\n');
        const summary = `${plural(data.rejected.length, 'other candidate run')} not used`;
        out += `\n\n${details(summary, body)}`;
    }
    return out;
}
/** The execution id (last part of the ARN) is what the console shows and short enough to read. */
function executionId(arn) {
    const id = arn.split('/').pop();
    return id && id.length > 0 ? id : arn;
}
function changedFilesSection(data, limits) {
    const { changes, orderedFiles, fileSteps } = data;
    const affecting = orderedFiles.filter(f => fileSteps.has(f)).length;
    const status = changes.complete
        ? changes.detail
            ? `Compared with ${markdown_text(clip(changes.detail, limits.text))}.`
            : ''
        : `⚠️ The list of changed files is incomplete${changes.detail ? ` (${markdown_text(clip(changes.detail, limits.text))})` : ''}, so every step runs.`;
    if (orderedFiles.length === 0)
        return `**Changed files:** none. ${status}`.trim();
    const summary = `Changed files: ${count(orderedFiles.length)} (${affecting > 0 ? count(affecting) : 'none'} mapped to steps)`;
    if (limits.files === 0)
        return `**${summary}** ${status}`.trim();
    const items = orderedFiles.slice(0, limits.files).map(file => {
        const steps = fileSteps.get(file);
        if (!steps)
            return `- ${code(clipMiddle(file, limits.text))}`;
        if (steps.includes('*'))
            return `- ${code(clipMiddle(file, limits.text))} → all steps`;
        const names = steps.slice(0, 3).map(s => code(clip(s, limits.text)));
        const extra = steps.length > 3 ? ` +${count(steps.length - 3)} more` : '';
        return `- ${code(clipMiddle(file, limits.text))} → ${names.join(', ')}${extra}`;
    });
    const trailer = more(orderedFiles.length - items.length, 'files');
    const body = [status, '', ...items, ...(trailer ? ['', trailer] : [])].join('\n').trim();
    return details(summary, body);
}
/** A GitHub alert block (`> [!WARNING]`) listing messages, each escaped, capped at `limits.items`. */
function sections_alert(kind, messages, limits) {
    if (messages.length === 0)
        return '';
    const shown = messages.slice(0, Math.max(1, limits.items));
    const lines = shown.map(m => `> - ${markdown_text(clip(m, limits.text))}`);
    const trailer = more(messages.length - shown.length);
    return [`> [!${kind}]`, ...lines, ...(trailer ? [`> ${trailer}`] : [])].join('\n');
}

;// CONCATENATED MODULE: ./src/report/report.ts




/** GitHub rejects comments over 65,536 characters; keep a margin for the adapter's own additions. */
const COMMENT_LIMIT = 64_000;
/** GitHub's job summary limit is 1 MiB per step (bytes). */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const COMMENT_LEVELS = [
    { rows: 150, reasons: 3, text: 200, files: 100, items: 20, diagramFull: 60, diagramPruned: 120 },
    { rows: 50, reasons: 2, text: 120, files: 30, items: 10, diagramFull: 40, diagramPruned: 60 },
    { rows: 15, reasons: 1, text: 80, files: 10, items: 5, diagramFull: 0, diagramPruned: 0 },
    { rows: 0, reasons: 1, text: 40, files: 0, items: 1, diagramFull: 0, diagramPruned: 0 }
];
const SUMMARY_LEVELS = [
    { rows: 5000, reasons: 6, text: 300, files: 2000, items: 100, diagramFull: 80, diagramPruned: 150 },
    { rows: 1000, reasons: 4, text: 200, files: 500, items: 50, diagramFull: 60, diagramPruned: 120 },
    ...COMMENT_LEVELS
];
const STATUS = {
    Planned: { emoji: '📝', label: 'Plan:', verb: 'would run' },
    Skipped: { emoji: '⏭️', label: 'Skipped:', verb: 'runs' },
    Executing: { emoji: '⏳', label: 'Running', verb: '' },
    Succeeded: { emoji: '✅', label: 'Succeeded:', verb: 'ran' },
    Failed: { emoji: '❌', label: 'Failed:', verb: 'ran' },
    Stopped: { emoji: '⏹️', label: 'Stopped:', verb: 'started' }
};
const STARTED = { emoji: '🚀', label: 'Started:', verb: 'runs' };
/**
 * The hidden first line that identifies this action's comment for one pipeline, so the adapter can
 * update it in place instead of adding a second one. The name is percent-encoded where it could end
 * the HTML comment (`<`, `>`, `!`) or the quoted value, keeping the marker unique per pipeline.
 */
function commentMarker(pipeline) {
    const safe = pipeline.replace(
    // eslint-disable-next-line no-control-regex -- control characters must not reach the marker
    /[%"<>!&\u0000-\u001f\u007f]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `<!-- sagemaker-selective-execution pipeline="${safe}" -->`;
}
/**
 * The sticky PR comment. The first lines answer the reviewer's question (what runs, what is reused
 * from where, what it saves); details follow, collapsed. Lists shrink level by level until the body
 * fits GitHub's comment limit, whatever the size of the pipeline or the diff.
 */
function renderComment(input) {
    const marker = commentMarker(input.pipeline);
    const data = prepare(input);
    return fit(COMMENT_LEVELS, limits => `${marker}\n${renderBody(input, data, limits, false)}`, COMMENT_LIMIT, s => s.length);
}
/** The same report for the job summary: fuller lists, GitHub's 1 MiB summary limit. */
function renderSummary(input) {
    const data = prepare(input);
    return fit(SUMMARY_LEVELS, limits => renderBody(input, data, limits, true), SUMMARY_LIMIT_BYTES, s => Buffer.byteLength(s, 'utf8'));
}
function fit(levels, render, max, size) {
    let last = '';
    for (const limits of levels) {
        last = render(limits);
        if (size(last) <= max)
            return last;
    }
    // Unreachable with the smallest level's bounds; never hand GitHub a body it would reject.
    const note = '\n\n…(report truncated to fit GitHub’s size limit)';
    let cut = last.slice(0, max - note.length * 4);
    while (size(cut + note) > max)
        cut = cut.slice(0, Math.floor(cut.length * 0.9));
    return cut + note;
}
function prepare(input) {
    const fileSteps = new Map();
    for (const [step, reasons] of Object.entries(input.plan.reasons)) {
        for (const r of reasons) {
            if (r.kind !== 'file' && r.kind !== 'all-steps-file')
                continue;
            const list = fileSteps.get(r.file) ?? [];
            const entry = r.kind === 'all-steps-file' ? '*' : step;
            if (!list.includes(entry))
                list.push(entry);
            fileSteps.set(r.file, list);
        }
    }
    const files = input.changes.files;
    const orderedFiles = [...files.filter(f => fileSteps.has(f)), ...files.filter(f => !fileSteps.has(f))];
    const finished = input.status === 'Succeeded' || input.status === 'Failed' || input.status === 'Stopped';
    return {
        pipeline: input.pipeline,
        graph: input.graph,
        plan: input.plan,
        changes: input.changes,
        reference: input.reference,
        rejected: input.rejected,
        finalSteps: input.finalSteps,
        finished,
        saved: estimateTimeSaved(input.plan, input.reference?.record),
        fileSteps,
        orderedFiles,
        now: input.now
    };
}
function renderBody(input, data, limits, summary) {
    const warnings = [...new Set([...input.plan.warnings, ...input.warnings])];
    const sections = [
        headline(input, data, limits),
        sections_alert('CAUTION', input.errors ?? [], limits),
        sections_alert('WARNING', warnings, limits),
        links(input, limits),
        input.coverage ? coverageSection(input.coverage, input.now, limits) : '',
        // Nothing runs: the headline says it all, a table of "not run" rows would only be noise.
        input.plan.selected.length > 0 ? planTable(data, limits) : '',
        input.plan.selected.length > 0 ? diagram(data, limits) : '',
        referenceSection(data, limits),
        changedFilesSection(data, limits),
        footer(input, summary)
    ];
    return `${sections.filter(s => s.trim().length > 0).join('\n\n')}\n`;
}
function headline(input, data, limits) {
    const { plan, graph } = input;
    // With `mode: start` nothing updates the comment later: "Started" stays true, "Running" would not.
    const status = input.status === 'Executing' && input.mode !== 'wait' ? STARTED : STATUS[input.status];
    const { emoji, verb } = status;
    let { label } = status;
    const failed = failedSteps(input);
    if (failed.length > 0) {
        const names = failed.slice(0, 3).map(s => code(clip(s, 60)));
        label = `Failed at ${names.join(', ')}${failed.length > 3 ? ` +${failed.length - 3} more` : ''}:`;
    }
    const pipeline = code(clip(input.pipeline, Math.min(limits.text, 100)));
    const total = graph.size;
    let body;
    if (plan.selected.length === 0) {
        const files = input.changes.files.length;
        const by = files > 0 ? ` by the ${plural(files, 'changed file')}` : '';
        body = `no step of ${pipeline} is affected${by} — nothing ${input.mode === 'plan' ? 'to start' : 'started'}`;
    }
    else if (plan.fullRun) {
        const why = plan.fullRunReason ? ` — ${markdown_text(clip(plan.fullRunReason, limits.text))}` : '';
        body = `full run of all ${plural(total, 'step')} of ${pipeline}${why}`;
        if (!label.endsWith(':'))
            label += ':';
    }
    else {
        body = `${verb ? `${verb} ` : ''}${count(plan.selected.length)} of ${plural(total, 'step')} of ${pipeline}`;
        const ref = input.reference;
        if (plan.reused.length > 0 && ref) {
            const name = markdown_link(code(clip(ref.displayName ?? executionId(ref.record.arn), 40)), ref.consoleUrl);
            const commit = ref.record.commit ? ` (commit ${markdown_shortSha(ref.record.commit)})` : '';
            body += `, reusing ${count(plan.reused.length)} from run ${name}${commit}`;
        }
        if (plan.notRun.length > 0)
            body += `, skipping ${count(plan.notRun.length)} unaffected`;
        if (data.saved)
            body += ` — ${data.finished ? 'saved' : 'saves'} ${formatDuration(data.saved.seconds)}`;
    }
    return `### ${emoji} ${label} ${body}`;
}
function failedSteps(input) {
    if (!input.finalSteps)
        return [];
    return input.graph.topologicalOrder().filter(n => input.finalSteps.get(n)?.status === 'Failed');
}
function links(input, limits) {
    const parts = [];
    if (input.execution) {
        const name = code(clip(input.execution.displayName || executionId(input.execution.arn), limits.text));
        parts.push(`**Execution:** ${markdown_link(name, input.execution.consoleUrl)} (SageMaker console)`);
    }
    else if (input.mode === 'plan') {
        parts.push('Plan only (`mode: plan`): nothing was started.');
    }
    if (input.runUrl)
        parts.push(markdown_link('workflow run', input.runUrl));
    return parts.join(' · ');
}
function footer(input, summary) {
    const parts = [`commit ${markdown_shortSha(input.head.sha)}`];
    if (input.head.ref)
        parts[0] += ` on ${code(clip(input.head.ref, 100))}`;
    if (summary && input.head.pr !== undefined && Number.isSafeInteger(input.head.pr))
        parts.push(`PR #${input.head.pr}`);
    if (Math.abs(input.now) <= 8.64e15) {
        const when = new Date(input.now).toISOString().slice(0, 16).replace('T', ' ');
        parts.push(`updated ${when} UTC`);
    }
    parts.push('sagemaker-selective-execution');
    return `<sub>${parts.join(' · ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/phases/publish.ts







/**
 * Writes the report to the job summary and, on pull requests, to the one sticky comment of this
 * pipeline. A comment that cannot be written (a fork's read-only token) is a warning, not a failure:
 * the summary still carries the report.
 */
async function publishReport(settings, context, pipeline, graph, planned, outcome, finalSteps, coverage) {
    const input = {
        pipeline,
        graph,
        plan: planned.plan,
        mode: settings.mode,
        status: outcome.status,
        head: { sha: planned.head, ref: context.headRef, pr: context.pr },
        changes: planned.changes,
        reference: planned.reference
            ? {
                record: planned.reference.record,
                displayName: planned.reference.displayName,
                consoleUrl: (0,sagemaker/* consoleUrl */.B9)(settings.region, pipeline, planned.reference.record.arn)
            }
            : undefined,
        rejected: planned.rejected,
        execution: outcome.executionArn
            ? {
                arn: outcome.executionArn,
                displayName: outcome.executionDisplayName ?? outcome.executionArn.split('/').pop() ?? '',
                consoleUrl: outcome.consoleUrl ?? (0,sagemaker/* consoleUrl */.B9)(settings.region, pipeline, outcome.executionArn)
            }
            : undefined,
        finalSteps,
        coverage,
        warnings: planned.plan.warnings,
        runUrl: (0,run_context/* runUrl */.V)(context),
        now: Date.now()
    };
    const summary = renderSummary(input);
    try {
        core/* summary */.z.emptyBuffer();
        await core/* summary */.z.addRaw(summary, true).write({ overwrite: true });
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (context.pr === undefined) {
        core/* info */.pq('Not a pull request: the report is in the job summary only.');
        return {};
    }
    if (!settings.comment) {
        core/* info */.pq('comment: false, no pull request comment written.');
        return {};
    }
    if (!settings.githubToken) {
        core/* warning */.$e('No github-token: the report is in the job summary only.');
        return {};
    }
    try {
        const octokit = createOctokit(settings.githubToken, context.apiUrl);
        const result = await upsertStickyComment(octokit, { owner: context.owner, repo: context.repo }, context.pr, commentMarker(pipeline), renderComment(input));
        core/* info */.pq(`${result.created ? 'Posted' : 'Updated'} the pull request comment: ${result.url}`);
        for (const url of result.removed)
            core/* info */.pq(`Removed a duplicate sticky comment left by a concurrent run: ${url}`);
        for (const url of result.duplicates)
            core/* warning */.$e(`A duplicate sticky comment could not be removed: ${url}`);
        return { commentUrl: result.url };
    }
    catch (error) {
        if (error instanceof CommentPermissionError) {
            core/* warning */.$e(`Cannot comment on pull request #${context.pr} (${(0,errors/* errorMessage */.gJ)(error)}); fork pull requests get a read-only ` +
                'token. The report is in the job summary.');
            return {};
        }
        core/* warning */.$e(`Could not write the pull request comment: ${(0,errors/* errorMessage */.gJ)(error)}. The report is in the job summary.`);
        return {};
    }
}

;// CONCATENATED MODULE: ./src/main.ts














/**
 * The action, as one page: inputs → changes → plan → execute → report → outputs. Every input is
 * validated (and the pipeline, mapping file and parameters checked against the real definition)
 * before anything is started.
 */
async function run(input, context, client, described) {
    try {
        const settings = { ...input, parameters: parseParameterOverrides(input.parametersText) };
        const { outcome, failure } = await runAction(settings, context, client, described);
        writeOutputs(outcome);
        if (failure)
            core/* setFailed */.C1(failure);
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
    }
}
async function runAction(settings, context, client, described) {
    const pipeline = await core/* group */.Os('Pipeline and mapping', () => loadPipeline(client, settings, context, described));
    const sources = changeSources(settings, context);
    const range = await commitRange(settings, context, sources);
    if (settings.selection === 'coverage' && settings.steps.length === 0) {
        return runCoverage(client, settings, context, pipeline, { sources, range });
    }
    const planned = await core/* group */.Os('Changes, reference run and plan', () => buildPlan({ settings, context, client, sources, range, ...planningPipeline(pipeline) }));
    const outcome = await startAndReport(client, settings, context, pipeline, planned);
    if (settings.mode === 'wait' && outcome.executionArn) {
        const final = await core/* group */.Os('Wait', () => waitForExecution(client, outcome.executionArn, settings.waitTimeoutMinutes, pipeline.graph));
        outcome.status = final.status;
        await finalReport(settings, context, pipeline, planned, outcome, final.steps);
        if (final.status !== 'Succeeded')
            return { outcome, failure: waitFailure(settings, outcome) };
    }
    return { outcome };
}
/** `selection: coverage`: one execution per target (uncovered steps with compatible forcing parameters). */
async function runCoverage(client, settings, context, pipeline, changes) {
    const { report, summaries, steps } = await core/* group */.Os('Coverage', () => measureCoverage(client, pipeline.name, pipeline.graph, pipeline.mapping, changes.sources, changes.range.head));
    const coverage = { percent: report.percent, uncovered: report.uncovered };
    const view = (targeted) => ({
        percent: report.percent,
        steps: report.steps,
        targeted
    });
    if (report.targets.length === 0) {
        const planned = emptyPlanned(pipeline.graph, summaries);
        const outcome = { status: 'Skipped', plan: planned.plan, changedFiles: [], coverage };
        await core/* group */.Os('Report', () => publishReport(settings, context, pipeline.name, pipeline.graph, planned, outcome, undefined, view([])));
        return { outcome };
    }
    const runs = [];
    for (const [index, target] of report.targets.entries()) {
        const targetSettings = {
            ...settings,
            parameters: { ...target.parameters, ...settings.parameters }
        };
        const planned = await core/* group */.Os(`Coverage target ${index + 1} of ${report.targets.length}: ${target.steps.join(', ')}`, () => buildPlan({
            settings: targetSettings,
            context,
            client,
            ...changes,
            ...planningPipeline(pipeline),
            seeds: coverageSeeds(report, target.steps),
            known: { summaries, steps }
        }));
        const outcome = await startAndReport(client, targetSettings, context, pipeline, planned, {
            tokenSuffix: report.targets.length > 1 ? `coverage-${index + 1}` : 'coverage',
            coverage: view(target.steps),
            publish: index === 0
        });
        runs.push({ planned, outcome: { ...outcome, coverage }, targeted: target.steps });
    }
    const first = runs[0];
    const outcome = {
        ...first.outcome,
        executions: runs
            .filter(r => r.outcome.executionArn)
            .map(r => ({ arn: r.outcome.executionArn, targeted: r.targeted }))
    };
    if (settings.mode !== 'wait')
        return { outcome };
    const failures = [];
    const allStates = new Map();
    for (const r of runs) {
        if (!r.outcome.executionArn)
            continue;
        const final = await core/* group */.Os(`Wait for ${r.outcome.executionArn}`, () => waitForExecution(client, r.outcome.executionArn, settings.waitTimeoutMinutes, pipeline.graph));
        if (r === first)
            outcome.status = final.status;
        for (const [k, v] of final.steps)
            allStates.set(k, v);
        const shortfall = final.status === 'Executing'
            ? `${r.outcome.executionArn} did not end in time`
            : coverageShortfall(pipeline.graph, r.targeted, final.steps);
        if (shortfall)
            failures.push(shortfall);
        else
            core/* info */.pq(`Coverage target reached: ${r.targeted.join(', ')} ran as intended (execution ${final.status}).`);
    }
    await finalReport(settings, context, pipeline, first.planned, outcome, allStates, view(report.targets.flatMap(t => t.steps)));
    return failures.length > 0
        ? { outcome, failure: `Coverage check failed: ${failures.join('; ')}` }
        : { outcome };
}
async function loadPipeline(client, settings, context, described) {
    const mappingFile = readMapping(settings, context);
    const name = settings.pipeline ?? (mappingFile ? defaultPipeline(mappingFile) : undefined);
    if (!name) {
        throw new errors/* UserError */.yo(mappingFile
            ? `Input "pipeline" is empty and ${settings.config} lists ${mappingFile.pipelineNames().length} pipelines ` +
                `(${mappingFile.pipelineNames().join(', ')}): name one with the "pipeline" input.`
            : `Input "pipeline" is empty and there is no mapping file at ${settings.config}: set one of them.`);
    }
    let info;
    try {
        info = await (described ?? (0,sagemaker/* describePipeline */.sy)(client, settings.pipelineArn ?? name));
    }
    catch (error) {
        if (error.name === 'ResourceNotFound') {
            throw new errors/* UserError */.yo(`Input "pipeline": there is no SageMaker pipeline "${name}" in ${settings.region} (${(0,errors/* errorMessage */.gJ)(error)}).`);
        }
        throw error;
    }
    const graph = parseDefinition(info.definition, `the definition of pipeline "${name}"`);
    if (graph.size === 0) {
        throw new errors/* UserError */.yo(`Pipeline "${name}" has no steps (its definition's "Steps" list is empty): there is nothing to run.`);
    }
    let mapping;
    if (mappingFile)
        mapping = mappingFile.forPipeline(name, graph);
    else {
        core/* warning */.$e(`No mapping file at ${settings.config}: only changed step definitions and parameters select steps. ` +
            'Add one to map source files to steps.');
    }
    // Overrides are checked against the declared parameters now, before anything is started.
    resolveParameters(graph, undefined, settings.parameters);
    core/* info */.pq(`Pipeline ${name}: ${graph.size} steps, ${graph.edges().length} edges`);
    const definition = JSON.parse(info.definition);
    return { name, graph, definition, hash: definitionHash(definition), mapping };
}
function readMapping(settings, context) {
    const path = (0,external_node_path_.join)(context.workspace, settings.config);
    if ((0,external_node_fs_.existsSync)(path))
        return loadMappingFile((0,external_node_fs_.readFileSync)(path, 'utf8'), settings.config);
    if (settings.configExplicit) {
        throw new errors/* UserError */.yo(`Input "config" names ${settings.config}, but there is no such file in the repository checkout.`);
    }
    return undefined;
}
/** Starts the planned execution (unless plan mode or nothing to run) and publishes the report. */
async function startAndReport(client, settings, context, pipeline, planned, options = {}) {
    const outcome = {
        status: planned.plan.selected.length === 0 ? 'Skipped' : 'Planned',
        plan: planned.plan,
        referenceArn: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
        changedFiles: planned.changes.files
    };
    if (outcome.status === 'Planned' && settings.mode !== 'plan') {
        await core/* group */.Os('Start', async () => {
            if (settings.cancelSuperseded)
                await cancelSuperseded(client, context, planned.summaries);
            const started = await startPlannedExecution(client, settings, context, pipeline.name, planned, pipeline.hash, options.tokenSuffix);
            outcome.status = 'Executing';
            outcome.executionArn = started.arn;
            outcome.executionDisplayName = started.displayName;
            outcome.consoleUrl = (0,sagemaker/* consoleUrl */.B9)(settings.region, pipeline.name, started.arn);
        });
    }
    if (options.publish !== false) {
        const report = await core/* group */.Os('Report', () => publishReport(settings, context, pipeline.name, pipeline.graph, planned, outcome, undefined, options.coverage));
        outcome.commentUrl = report.commentUrl;
    }
    return outcome;
}
async function finalReport(settings, context, pipeline, planned, outcome, steps, coverage) {
    const report = await core/* group */.Os('Final report', () => publishReport(settings, context, pipeline.name, pipeline.graph, planned, outcome, steps, coverage));
    outcome.commentUrl = report.commentUrl ?? outcome.commentUrl;
}
function planningPipeline(p) {
    return {
        pipeline: p.name,
        graph: p.graph,
        definition: p.definition,
        definitionHash: p.hash,
        mapping: p.mapping
    };
}
function waitFailure(settings, outcome) {
    return outcome.status === 'Executing'
        ? `The pipeline execution did not end within wait-timeout-minutes (${settings.waitTimeoutMinutes}): ${outcome.consoleUrl}`
        : `The pipeline execution ended ${outcome.status}: ${outcome.consoleUrl}`;
}


/***/ })

};
