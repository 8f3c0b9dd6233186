export const id = 545;
export const ids = [545];
export const modules = {

/***/ 5545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/action/outputs.ts


/**
 * GitHub refuses an output over 1 MB, and a job's outputs together over 1 MB when a workflow maps
 * them into job outputs; a 10,000-file change made `plan` 1.95 MB and `changed-files` 1.5 MB. Each
 * output gets a byte budget, and the budgets together stay under 1 MB with room to spare. Lists cut
 * to their budget stay valid JSON arrays ending with a marker entry; `plan` stays valid JSON with
 * `truncated: true`. The job summary carries the full report.
 */
const OUTPUT_BUDGETS = {
    plan: 350_000,
    'changed-files': 200_000,
    'selected-steps': 100_000,
    'reused-steps': 100_000,
    'uncovered-steps': 50_000,
    artifacts: 100_000
};
/** Every other output (status, ARNs, URLs, the coverage percentage), in characters. */
const SCALAR_MAX = 2048;
/** What all outputs together never exceed, in bytes (GitHub's limit is 1 MB). */
const TOTAL_OUTPUT_BYTES = 1_000_000;
/** The only module that calls `core.setOutput`. Every output is set, empty when it does not apply. */
function writeOutputs(outcome) {
    for (const [name, value] of Object.entries(renderOutputs(outcome)))
        core/* setOutput */.uH(name, value);
}
/** The outputs as strings, each within its budget (see `OUTPUT_BUDGETS`). Pure: the tests read it. */
function renderOutputs(outcome) {
    const plan = outcome.plan;
    const out = {
        status: scalar(outcome.status),
        'execution-arn': scalar(outcome.executionArn),
        'reference-execution-arn': scalar(outcome.referenceArn),
        'selected-steps': jsonList(plan?.selected ?? [], OUTPUT_BUDGETS['selected-steps']),
        'reused-steps': jsonList(plan?.reused ?? [], OUTPUT_BUDGETS['reused-steps']),
        'changed-files': jsonList(outcome.changedFiles, OUTPUT_BUDGETS['changed-files']),
        plan: plan ? planOutput(plan, outcome, OUTPUT_BUDGETS.plan) : '',
        'console-url': scalar(outcome.consoleUrl),
        'comment-url': scalar(outcome.commentUrl),
        artifacts: outcome.artifacts ? jsonObject(outcome.artifacts, OUTPUT_BUDGETS.artifacts) : ''
    };
    if (outcome.coverage) {
        out.coverage = outcome.coverage.percent.toFixed(1);
        out['uncovered-steps'] = jsonList(outcome.coverage.uncovered, OUTPUT_BUDGETS['uncovered-steps']);
    }
    return out;
}
/** The `plan` output: stable, documented keys a later workflow step can read with `fromJSON`. */
function planJson(plan, outcome) {
    return {
        status: outcome.status,
        fullRun: plan.fullRun,
        fullRunReason: plan.fullRunReason === undefined ? null : (0,redact/* redactText */.Rd)(plan.fullRunReason),
        reference: outcome.referenceArn ?? null,
        execution: outcome.executionArn ?? null,
        selected: plan.selected,
        reused: plan.reused,
        notRun: plan.notRun,
        // Secret-looking parameter values are `***` here as in the report: outputs are echoed and stored.
        reasons: (0,redact/* redactReasons */.tc)(plan.reasons),
        warnings: plan.warnings.map(w => (0,redact/* redactText */.Rd)(w))
    };
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
function scalar(value) {
    if (value === undefined)
        return '';
    return value.length <= SCALAR_MAX ? value : `${value.slice(0, SCALAR_MAX - 1)}…`;
}
/** The marker entry that ends a cut list. */
function moreEntry(hidden) {
    return `… ${hidden.toLocaleString('en-US')} more: see the job summary`;
}
/**
 * A JSON array of `items` in at most `maxBytes`: as many entries as fit, in order, then one marker
 * entry saying how many were left out. Always a valid JSON array of strings.
 */
function jsonList(items, maxBytes) {
    const whole = JSON.stringify(items);
    if (bytes(whole) <= maxBytes)
        return whole;
    // Room for the marker with the largest count it could carry, and the brackets.
    const reserve = bytes(JSON.stringify(moreEntry(items.length))) + 3;
    const kept = [];
    let size = 2;
    for (const item of items) {
        const entry = bytes(JSON.stringify(item)) + (kept.length > 0 ? 1 : 0);
        if (size + entry + reserve > maxBytes)
            break;
        kept.push(item);
        size += entry;
    }
    return JSON.stringify([...kept, moreEntry(items.length - kept.length)]);
}
/** A JSON object in at most `maxBytes`: whole, or its first keys and `"…": "<n> more: see the job summary"`. */
function jsonObject(value, maxBytes) {
    const whole = JSON.stringify(value);
    if (bytes(whole) <= maxBytes)
        return whole;
    const keys = Object.keys(value);
    const reserve = bytes(JSON.stringify({ '…': moreEntry(keys.length) }));
    const kept = {};
    let size = 2;
    for (const key of keys) {
        const entry = bytes(JSON.stringify({ [key]: value[key] })) - 2 + 1;
        if (size + entry + reserve > maxBytes)
            break;
        kept[key] = value[key];
        size += entry;
    }
    return JSON.stringify({ ...kept, '…': moreEntry(keys.length - Object.keys(kept).length) });
}
const PLAN_LEVELS = [
    { reasons: 20, warnings: 50, text: 1000 },
    { reasons: 3, warnings: 10, text: 300 },
    { reasons: 0, warnings: 3, text: 200 }
];
/**
 * The `plan` output in at most `maxBytes`: whole when it fits; otherwise fewer reasons per step and
 * fewer, shorter warnings, level by level, with `truncated: true` and `omitted` counting what was
 * left out; at the last level the step lists themselves are cut like `jsonList`.
 */
function planOutput(plan, outcome, maxBytes) {
    const full = planJson(plan, outcome);
    const whole = JSON.stringify(full);
    if (bytes(whole) <= maxBytes)
        return whole;
    const reasons = full.reasons;
    const warnings = full.warnings;
    const totalReasons = Object.values(reasons).reduce((n, list) => n + list.length, 0);
    let last = '';
    for (const level of PLAN_LEVELS) {
        const keptReasons = {};
        let kept = 0;
        for (const [step, list] of Object.entries(reasons)) {
            if (level.reasons === 0)
                break;
            keptReasons[step] = list.slice(0, level.reasons);
            kept += keptReasons[step].length;
        }
        const keptWarnings = warnings.slice(0, level.warnings).map(w => clip(w, level.text));
        const shrunk = {
            ...full,
            fullRunReason: typeof full.fullRunReason === 'string' ? clip(full.fullRunReason, level.text) : null,
            reasons: keptReasons,
            warnings: keptWarnings,
            truncated: true,
            omitted: { reasons: totalReasons - kept, warnings: warnings.length - keptWarnings.length }
        };
        last = JSON.stringify(shrunk);
        if (bytes(last) <= maxBytes)
            return last;
    }
    // The step lists alone are too long: a third of the budget each, cut with their marker entries.
    const share = Math.floor((maxBytes - 2_000) / 3);
    const minimal = JSON.parse(last);
    minimal.selected = JSON.parse(jsonList(plan.selected, share));
    minimal.reused = JSON.parse(jsonList(plan.reused, share));
    minimal.notRun = JSON.parse(jsonList(plan.notRun, share));
    return JSON.stringify(minimal);
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

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
     * A file's text at a commit (`git show <commit>:<path>`); undefined when the commit has no such
     * file, an Error when the commit is not here. Never follows a symlink out of the tree: git stores
     * a link as its target's path, which is what comes back.
     */
    async fileAt(commit, path) {
        checkRef(commit);
        if (!(await this.hasCommit(commit)) && !(await this.fetchCommit(commit))) {
            return new Error(`commit ${commit.slice(0, 12)} is not in the clone and could not be fetched`);
        }
        const result = await this.run(['show', `${commit}:${path.replace(/^\.\//, '')}`], { allowFailure: true });
        return result.code === 0 ? result.stdout : undefined;
    }
    /** Whether `a` is an ancestor of `b` (both local); undefined when that cannot be told here. */
    async isAncestor(a, b) {
        checkRef(a);
        checkRef(b);
        if (!(await this.hasCommit(a)) || !(await this.hasCommit(b)))
            return undefined;
        const result = await this.run(['merge-base', '--is-ancestor', a, b], { allowFailure: true });
        if (result.code === 0)
            return true;
        if (result.code === 1)
            return (await this.isShallow()) ? undefined : false;
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
    const out = settings.log ?? { warning: (message) => log/* warning */.$e(message) };
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        // The URL carries refs and paths from the event (branch names): outside text.
        const request = `${log/* safe */.gB(options.method)} ${log/* safe */.gB(options.url)}`;
        if (retryCount < 2 && retryAfter <= maxWait) {
            out.warning(`GitHub ${kind} hit on ${request}: retrying in ${retryAfter} s.`);
            return true;
        }
        const why = retryCount >= 2 ? `already retried ${retryCount} times` : `the wait would exceed ${maxWait} s`;
        out.warning(`GitHub ${kind} hit on ${request}: giving up (${why}; the limit resets in ${retryAfter} s).`);
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
            state: data.state,
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
/** The login GitHub shows on what the default `GITHUB_TOKEN` writes. */
const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/**
 * The login a token acts as, so the action only ever adopts, edits or deletes comments it wrote
 * itself. GraphQL `viewer` answers for every kind of token (installation tokens included: the default
 * `GITHUB_TOKEN` is `github-actions[bot]`, an app's is `<slug>[bot]`); REST `GET /user` answers for
 * user tokens only (installation tokens get 403 "Resource not accessible by integration"). When
 * neither answers, the default token's bot is assumed: the worst case is a fresh comment, never
 * someone else's edited.
 */
async function tokenIdentity(octokit) {
    try {
        const data = await octokit.graphql('query { viewer { login } }');
        const login = data.viewer?.login;
        if (typeof login === 'string' && LOGIN.test(login))
            return { login, source: 'viewer' };
    }
    catch {
        // GHES without GraphQL, a proxy that blocks it: REST next.
    }
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (LOGIN.test(data.login))
            return { login: data.login, source: 'user' };
    }
    catch {
        // 403 for installation tokens: the default token's bot.
    }
    return { login: DEFAULT_TOKEN_LOGIN, source: 'assumed' };
}
/**
 * `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. A 404 (not a collaborator of a
 * private repository, an unknown login) is an answer: no permission.
 */
async function collaboratorPermission(octokit, repo, login) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        const roleName = data.role_name;
        return { permission: data.permission, roleName: typeof roleName === 'string' ? roleName : undefined };
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return { permission: 'none' };
        throw context(`reading the repository permission of a commenter`, error);
    }
}
/** Adds a reaction to an issue or pull request comment. */
async function reactToComment(octokit, repo, commentId, content) {
    try {
        await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
    }
    catch (error) {
        throw context(`reacting ${content} to comment ${commentId}`, error);
    }
}
/** An issue or pull request comment's body as it is now; undefined when it was deleted (404). */
async function readComment(octokit, repo, commentId) {
    try {
        const { data } = await octokit.rest.issues.getComment({ ...repo, comment_id: commentId });
        return { body: data.body ?? '' };
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw context(`reading comment ${commentId}`, error);
    }
}
/** Posts a new comment on an issue or pull request; its URL. */
async function postComment(octokit, repo, issue, body) {
    try {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        return data.html_url;
    }
    catch (error) {
        throw context(`commenting on #${issue}`, error);
    }
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
    // No prototype: a parameter may be called __proto__, constructor or toString.
    const out = Object.create(null);
    for (const pair of contents.items) {
        const key = pair.key.value;
        const name = typeof key === 'string' ? key : (pair.key.source ?? String(key));
        const value = Object.prototype.hasOwnProperty.call(js, String(key)) ? js[String(key)] : undefined;
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
 * The parameter values of the new run (SPEC "parameters"): the definition's defaults plus the
 * overrides, exactly as a plain start would see them; values are never inherited from a reference
 * run, except when resuming one (`selection: failed`), whose values are continued and checked
 * against the declarations that will run. Everything is validated before anything starts.
 *
 * @param resumed the values of the run being resumed (ListPipelineParametersForExecution), if any
 */
function runParameters(graph, overrides, resumed) {
    const send = new Map();
    const warnings = [];
    if (resumed) {
        const dropped = [];
        for (const [name, value] of resumed) {
            const def = graph.parameters.get(name);
            if (!def)
                dropped.push(name);
            else if (!Object.prototype.hasOwnProperty.call(overrides, name)) {
                send.set(name, checkValue(def, value, `The resumed run's value of parameter ${name}`, ' (pass another in the parameters input)'));
            }
        }
        if (dropped.length > 0) {
            warnings.push(`the resumed run's parameters ${dropped.join(', ')} are no longer declared by the pipeline and are not passed`);
        }
    }
    for (const [name, value] of Object.entries(overrides)) {
        const def = graph.parameters.get(name);
        if (!def) {
            const declared = [...graph.parameters.keys()];
            const known = declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters';
            throw new errors/* UserError */.yo(`Input "parameters": "${parameters_clip(name)}" is not a parameter of this pipeline${(0,errors/* didYouMean */.au)(name, declared)}; ${known}`);
        }
        send.set(name, checkValue(def, value, 'Input "parameters"', ''));
    }
    const values = new Map();
    for (const [name, def] of graph.parameters) {
        const v = send.get(name) ?? defaultText(def);
        if (v !== undefined)
            values.set(name, v);
    }
    return { send, values, warnings };
}
/** A declared default as the service passes it (Booleans as the SDK writes them). */
function defaultText(def) {
    const v = def.defaultValue;
    if (v === undefined)
        return undefined;
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return String(v);
}
function parameters_clip(text, max = 200) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
/** Validates a value against its declaration; Boolean values become "True"/"False", as the SDK sends them. */
function checkValue(def, value, source, hint) {
    const fail = (accepted) => {
        throw new errors/* UserError */.yo(`${source}: ${def.name} is a${def.type === 'Integer' ? 'n' : ''} ${def.type} parameter; "${parameters_clip(value)}" is not ${accepted}${hint}`);
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
        throw new errors/* UserError */.yo(`${source}: ${def.name} accepts only ${def.enumValues.map(v => JSON.stringify(v)).join(', ')}; got "${parameters_clip(value)}"${(0,errors/* didYouMean */.au)(value, def.enumValues)}${hint}`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/core/provenance.ts
var core_provenance = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/core/mapping-delta.ts

/**
 * Reads a pipeline's globs from a mapping file's text as it stood at an older commit. Lenient: an
 * older file is not re-validated (its steps may have been renamed since); it only has to say which
 * globs each step had. Undefined when the file does not list the pipeline; throws when unreadable.
 */
function readMappingGlobs(text, pipeline) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        throw new Error(doc.errors[0].message.split('\n')[0]);
    const root = doc.toJS({ maxAliasCount: 100 });
    const pipelines = field(root, 'pipelines');
    if (!isRecord(pipelines))
        return undefined;
    const key = Object.keys(pipelines).find(k => k === pipeline) ??
        Object.keys(pipelines).find(k => k.toLowerCase() === pipeline.toLowerCase());
    if (key === undefined)
        return undefined;
    const entry = pipelines[key];
    const steps = new Map();
    const stepEntries = field(entry, 'steps');
    if (isRecord(stepEntries))
        for (const [step, globs] of Object.entries(stepEntries))
            steps.set(step, list(globs));
    return { steps, allSteps: list(field(entry, 'all-steps')), ignore: list(field(entry, 'ignore')) };
}
/**
 * SPEC rule 6: an edit to the mapping never hides a code change made with it. Steps whose globs were
 * added, removed or edited count as changed; an edit to `all-steps` or `ignore`, or a file that did not
 * list the pipeline (or could not be read) at the older commit, makes every step count as changed.
 *
 * @param before the globs at the older commit; `undefined` when absent there, an Error when unreadable
 * @param head the mapping that will be used (undefined: no mapping file at head)
 */
function mappingDelta(before, head) {
    if (before instanceof Error)
        return {
            all: `the mapping file at that commit cannot be read (${before.message.slice(0, 200)})`,
            steps: new Set()
        };
    if (!before && !head)
        return { steps: new Set() };
    if (!before)
        return { all: 'the mapping file did not map this pipeline at that commit', steps: new Set() };
    if (!head)
        return { all: 'the mapping file no longer maps this pipeline', steps: new Set() };
    if (!sameList(before.allSteps, head.allSteps))
        return { all: 'its all-steps globs changed', steps: new Set() };
    if (!sameList(before.ignore, head.ignore))
        return { all: 'its ignore globs changed', steps: new Set() };
    const changed = new Set();
    for (const step of new Set([...before.steps.keys(), ...head.steps.keys()])) {
        if (!sameList(before.steps.get(step) ?? [], head.steps.get(step) ?? []))
            changed.add(step);
    }
    return { steps: changed };
}
function sameList(a, b) {
    if (a.length !== b.length)
        return false;
    const sorted = [...b].sort();
    return [...a].sort().every((x, i) => x === sorted[i]);
}
function list(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.map(v => String(v));
    return [];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function field(value, key) {
    return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

;// CONCATENATED MODULE: ./src/phases/changes.ts



const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
const ZERO_SHA = /^0{40}$/;
/** Reads `payload.a.b.c` as a non-empty string, whatever shape the payload has. */
function changes_field(payload, ...path) {
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
        const head = changes_field(payload, 'pull_request', 'head', 'sha');
        if (!head)
            throw new errors/* UserError */.yo(`The ${eventName} event payload has no pull_request.head.sha; set the head input.`);
        return head;
    }
    if (eventName === 'merge_group') {
        const head = changes_field(payload, 'merge_group', 'head_sha');
        if (!head)
            throw new errors/* UserError */.yo('The merge_group event payload has no merge_group.head_sha; set the head input.');
        return head;
    }
    const after = changes_field(payload, 'after');
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
        const baseSha = changes_field(payload, 'pull_request', 'base', 'sha');
        const baseRef = changes_field(payload, 'pull_request', 'base', 'ref') ?? 'the base branch';
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
        const baseSha = changes_field(payload, 'merge_group', 'base_sha');
        if (!baseSha)
            throw new errors/* UserError */.yo('The merge_group event payload has no merge_group.base_sha; set the base input.');
        const baseRef = changes_field(payload, 'merge_group', 'base_ref')?.replace(/^refs\/heads\//, '') ?? 'the base branch';
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
    const ref = changes_field(payload, 'ref') ?? '';
    const branch = ref.replace(/^refs\/(heads|tags)\//, '');
    const before = changes_field(payload, 'before');
    if (payload.deleted === true) {
        return { head, threeDot: false, description: `push deleted ${branch}: nothing to run` };
    }
    if (!before || ZERO_SHA.test(before) || payload.created === true) {
        const main = defaultBranch ?? changes_field(payload, 'repository', 'default_branch');
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
/**
 * What changed between any commit and head, each answer read once: the tree diff (SPEC "Changed
 * files") and how the mapping file differs (rule 6). One per action run.
 */
class ChangeTracker {
    sources;
    head;
    config;
    mapping;
    pipeline;
    diffs = new Map();
    deltas = new Map();
    constructor(sources, head, 
    /** Repository-relative path of the mapping file. */
    config, mapping, pipeline) {
        this.sources = sources;
        this.head = head;
        this.config = config;
        this.mapping = mapping;
        this.pipeline = pipeline;
    }
    changesSince = (commit) => {
        let found = this.diffs.get(commit);
        if (!found) {
            found = collectChanges({ from: commit, to: this.head, threeDot: false }, this.sources);
            this.diffs.set(commit, found);
        }
        return found;
    };
    mappingSince = (commit, changes) => {
        const config = this.config.replace(/^\.\//, '');
        if (changes.complete && !changes.files.includes(config))
            return Promise.resolve({ steps: new Set() });
        let found = this.deltas.get(commit);
        if (!found) {
            found = this.mappingAt(commit, config).then(before => mappingDelta(before, this.mapping));
            this.deltas.set(commit, found);
        }
        return found;
    };
    async mappingAt(commit, path) {
        let text = new Error('no local clone and no GitHub API access to read it with');
        if (this.sources.git?.fileAt)
            text = await this.sources.git.fileAt(commit, path);
        if (text instanceof Error && this.sources.github)
            text = await fileFromApi(this.sources.github, commit, path);
        if (text instanceof Error || text === undefined)
            return text;
        try {
            return readMappingGlobs(text, this.pipeline);
        }
        catch (error) {
            return new Error((0,errors/* errorMessage */.gJ)(error));
        }
    }
}
async function fileFromApi(github, commit, path) {
    try {
        const { data } = await github.octokit.rest.repos.getContent({
            owner: github.owner,
            repo: github.repo,
            path,
            ref: commit
        });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        return error.status === 404 ? undefined : new Error((0,errors/* errorMessage */.gJ)(error));
    }
}
/**
 * Checks that the head commit exists (in the clone, fetched, or through the API) before anything is
 * planned or started: a run must never be recorded against a commit nobody can check out.
 */
async function verifyHead(head, sources) {
    // Every head that gets here is a SHA (the head input is resolved first, an event's is one): anything
    // else came from a forged or broken event.
    if (!/^[0-9a-f]{40}$/i.test(head)) {
        throw new errors/* UserError */.yo(`The head commit ${(0,errors/* quote */.hD)(head)} is not a commit SHA (40 hex digits): nothing was started. Check the event or the head input.`);
    }
    if (sources.git) {
        if ((await sources.git.resolveCommit(head)) || (await sources.git.fetchCommit(head)))
            return;
    }
    if (sources.github) {
        const { octokit, owner, repo } = sources.github;
        try {
            await octokit.rest.repos.getCommit({ owner, repo, ref: head });
            return;
        }
        catch (error) {
            const status = error.status;
            if (status !== 404 && status !== 422)
                return; // cannot tell: the diff will say what it can read
        }
    }
    else if (!sources.git)
        return;
    throw new errors/* UserError */.yo(`The head commit ${head} exists neither in the checkout nor in the repository${sources.github ? ` ${sources.github.owner}/${sources.github.repo}` : ''}: nothing was started. Check the event or the head input.`);
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
/** Edits tried before giving up on the existing comments and posting a fresh one. */
const MAX_EDIT_ATTEMPTS = 5;
/**
 * Keeps one comment per marker on an issue or pull request: edits the oldest comment that our own
 * identity (`target.author`) wrote and whose body starts with the marker, or creates it. Comments by
 * anyone else are never touched, whatever they contain (a reviewer's, another bot's, a quote of ours,
 * or a hostile copy of the marker meant to be edited or deleted in our name).
 *
 * Jobs racing (two pushes in quick succession, a re-run matrix) can both find no comment and both
 * create one, so a creation is checked by listing again: our marker comment with the smallest id
 * wins, which every racer computes the same way. A loser writes its body into the winner and deletes
 * its own, so the racers converge on one comment carrying the last write. An edit deletes the
 * duplicates it finds. Calls: an edit is list + patch; a creation is list + create + re-list; a lost
 * race adds a patch and a delete, and each duplicate one delete.
 *
 * A comment that refuses the edit (403) or is gone (404) is skipped and the next one of ours tried;
 * when none takes the edit, a fresh comment carries the report, so a refusal never leaves the pull
 * request without it. Racers skip the same refusing comments, so they still agree on the survivor.
 */
async function upsertStickyComment(octokit, target, body) {
    const { repo, issue, marker } = target;
    if (!marker.trim())
        throw new Error('upsertStickyComment: the marker must not be empty');
    if (!target.author.trim())
        throw new Error('upsertStickyComment: the author must not be empty');
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
    const where = `${repo.owner}/${repo.repo}#${issue}`;
    try {
        return await writeSticky(octokit, target, text);
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 404) {
            throw new CommentPermissionError(`Cannot comment on ${where} (HTTP ${status}: ${(0,errors/* errorMessage */.gJ)(error)})`, status, { cause: error });
        }
        throw context(`updating the comment on ${where}`, error);
    }
}
async function writeSticky(octokit, target, text) {
    const { repo, issue } = target;
    /** Ours, but the edit was refused (403): never the one to keep; deleted if deletion is allowed. */
    const refused = new Map();
    /** Gone under us (404 on the edit): never the one to keep, nothing left to delete. */
    const gone = new Set();
    let attempts = 0;
    const tryEdit = async (comment) => {
        attempts++;
        const result = await edit(octokit, repo, comment.id, text);
        if (result === 403)
            refused.set(comment.id, comment);
        else if (result === 404)
            gone.add(comment.id);
        return typeof result === 'number' ? undefined : result;
    };
    const done = async (kept, created, listed) => {
        const others = new Map([...listed, ...refused.values()].map(c => [c.id, c]));
        others.delete(kept.id);
        for (const id of gone)
            others.delete(id);
        const cleanup = await remove(octokit, repo, [...others.values()].sort((a, b) => a.id - b.id));
        return { ...kept, created, ...cleanup, refused: [...refused.values()].map(c => c.html_url) };
    };
    const usable = (c) => !refused.has(c.id) && !gone.has(c.id);
    const listed = await markedComments(octokit, target);
    for (const comment of listed) {
        if (attempts >= MAX_EDIT_ATTEMPTS)
            break;
        const edited = await tryEdit(comment);
        if (edited)
            return done(edited, false, listed);
    }
    const { data: mine } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: text });
    const mineRef = { id: mine.id, html_url: mine.html_url };
    for (;;) {
        const again = await markedComments(octokit, target);
        // A listing that lags behind our own write still counts ours.
        const all = (again.some(c => c.id === mine.id) ? again : [...again, mineRef]).sort((a, b) => a.id - b.id);
        const survivor = all.find(usable) ?? mineRef;
        if (survivor.id === mine.id || attempts >= 2 * MAX_EDIT_ATTEMPTS) {
            return done({ url: mine.html_url, id: mine.id }, true, all);
        }
        // Lost the race: our body goes into the survivor first, so ours is only deleted once it is there.
        const edited = await tryEdit(survivor);
        if (edited)
            return done(edited, false, all);
        // The survivor refused or vanished: look again without it; ours is always a candidate.
    }
}
/** Our comments starting with the marker, oldest (smallest id) first. */
async function markedComments(octokit, target) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...target.repo,
        issue_number: target.issue,
        per_page: 100
    });
    const author = target.author.toLowerCase();
    return comments
        .filter(c => c.user?.login?.toLowerCase() === author && (c.body ?? '').startsWith(target.marker))
        .map(c => ({ id: c.id, html_url: c.html_url }))
        .sort((a, b) => a.id - b.id);
}
/** The edited comment, or the status when it refuses the edit (403) or is gone (404). */
async function edit(octokit, repo, id, text) {
    try {
        const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: text });
        return { url: data.html_url, id: data.id };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 404)
            return status;
        throw error;
    }
}
/**
 * Deletes duplicate marker comments of ours. A racer may delete the same one first (404: gone all
 * the same); any other failure leaves it in place and reports it, since the report itself is already
 * written.
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
/**
 * The sticky comment as it stands: the oldest comment our own identity (`target.author`) wrote whose
 * body starts with the marker, or undefined. A marker in anyone else's comment is never read.
 */
async function readStickyComment(octokit, target) {
    const where = `${target.repo.owner}/${target.repo.repo}#${target.issue}`;
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...target.repo,
            issue_number: target.issue,
            per_page: 100
        });
        const author = target.author.toLowerCase();
        const ours = comments
            .filter(c => c.user?.login?.toLowerCase() === author && (c.body ?? '').startsWith(target.marker))
            .sort((a, b) => a.id - b.id)[0];
        return ours
            ? { id: ours.id, url: ours.html_url, body: ours.body ?? '', updatedAt: ours.updated_at }
            : undefined;
    }
    catch (error) {
        throw context(`reading the comments of ${where}`, error);
    }
}

// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Safe text for GitHub-flavoured markdown. Everything that comes from outside (file and step names,
 * ARNs, reasons, warnings, branch names) reaches the comment only through `text` or `code`, so a file
 * named `<img src=x onerror=alert(1)>` stays text, a `|` cannot split a table cell and an `@someone`
 * cannot notify anyone.
 *
 * Both keep a value's characters as they are wherever markdown lets them be: `code` is a backtick
 * code span (literal by definition; its fence is longer than any backtick run inside), and `text`
 * puts a backslash only before the punctuation that would act (`_` only where it could start or end
 * emphasis, not inside `snake_case`). No HTML entities: an entity-encoded value (`ghp&#95;…`) is
 * invisible to the runner's secret masking and to secret scanners, and unreadable in the raw text.
 */
/** C0/C1 controls (newlines handled before) and bidi overrides that could disguise a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NEWLINES = /\r\n|\r|\n|\u2028|\u2029/g;
/** Punctuation that acts wherever it stands: emphasis, code, links, HTML, tables, strike, math, escapes. */
const ALWAYS = /[\\`*[\]<|~$]/;
/** Block syntax that only matters at the start of a line: headings, lists, quotes, setext rules. */
const LEADING_BLOCK = /^([#+=>-])|^(\d+)([.)])/;
const WORD = /[\p{L}\p{N}]/u;
const ZWJ = '\u200d';
const MAX_URL = 2048;
/**
 * Plain text for a table cell, list item, heading or link text. Newlines become spaces; mentions and
 * issue references are broken with a zero-width joiner (GitHub links them after markdown, so an
 * escape would not help).
 */
function markdown_text(value) {
    const flat = value
        .replace(NEWLINES, ' ')
        .replace(INVISIBLE, '\ufffd')
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`);
    const chars = [...flat];
    let out = '';
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        out += needsEscape(c, chars[i - 1], chars[i + 1]) ? `\\${c}` : c;
    }
    return out.replace(LEADING_BLOCK, (_m, sign, digits, dot) => sign ? `\\${sign}` : `${digits}\\${dot}`);
}
function needsEscape(c, before, after) {
    if (ALWAYS.test(c))
        return true;
    // Between two letters or digits `_` can neither open nor close emphasis (CommonMark flanking rules).
    if (c === '_')
        return !(before && after && WORD.test(before) && WORD.test(after));
    // `&` only matters where it could start an entity (`&amp;`, `&#95;`).
    if (c === '&')
        return after !== undefined && /[#A-Za-z0-9]/.test(after);
    return false;
}
/**
 * A name shown as code: a backtick code span, whose content markdown never interprets (no
 * emphasis, links, HTML, mentions or entities), so the name stays exactly copyable. Its fence is one
 * backtick longer than the longest run inside, padded with a space when the name starts or ends with
 * a backtick or a space (markdown strips one such space on each side). In a table (`where: 'table'`)
 * a `|` is written `\|`, which GitHub turns back into `|` inside the cell, code spans included;
 * elsewhere it stays as it is.
 */
function code(value, where = 'inline') {
    let content = value.replace(NEWLINES, '↵').replace(INVISIBLE, '\ufffd');
    if (where === 'table')
        content = content.replace(/\|/g, '\\|');
    if (content.length === 0)
        return '` `';
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Shortens to at most `max` characters (the last one an ellipsis), never splitting a surrogate pair. */
function markdown_clip(value, max) {
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

;// CONCATENATED MODULE: ./src/report/commands.ts


/**
 * The replies the action posts under a `/sagemaker` command it does not carry out. Every value from
 * outside (the commenter's login, step names, the command as written) goes through `text` or
 * `code`, capped: a login cannot mention anyone, a step name cannot inject markdown.
 */
/** The hidden first line of every reply, so a reader (or a test) can tell them from the sticky comment. */
const REPLY_MARKER = '<!-- sagemaker-selective-execution:reply -->';
const who = (login) => markdown_text(`@${markdown_clip(login, 60)}`);
const MAX_NAMES = 20;
function names(list) {
    if (list.length === 0)
        return '(none)';
    const shown = list.slice(0, MAX_NAMES).map(s => code(markdown_clip(s, 80)));
    return list.length > MAX_NAMES
        ? `${shown.join(', ')} …and ${list.length - MAX_NAMES} more`
        : shown.join(', ');
}
function reply(lines) {
    return [REPLY_MARKER, ...lines].join('\n');
}
/** The commenter lacks the permission the `command-permission` input asks for. */
function permissionReply(login, verb, held, required) {
    return reply([
        `👎 ${code(`/sagemaker ${verb}`)} was not carried out: ${who(login)} has ${held === 'none' ? 'no' : `**${held}**`} permission on this repository, ` +
            `and \`/sagemaker\` commands need at least **${required}** (the \`command-permission\` input). Nothing was started.`
    ]);
}
/** A command that cannot be run as written. */
function invalidReply(login, command) {
    const value = command.value ?? '';
    const why = command.problem === 'plan-arguments'
        ? `${code('/sagemaker plan')} takes no arguments (it got ${code(markdown_clip(value, 80))}); to run chosen steps, comment ${code('/sagemaker run StepA,StepB')}.`
        : command.problem === 'too-many-steps'
            ? `${code('/sagemaker run')} names ${markdown_text(value)} steps; at most ${commands/* MAX_COMMAND_STEPS */.hX} can be named.`
            : `${code('/sagemaker run')} names ${code(markdown_clip(value, 80))}, which cannot be a step name (1-64 characters of A-Z, a-z, 0-9, - and _).`;
    return reply([`👎 ${who(login)}: ${why} Nothing was started.`]);
}
/** `/sagemaker run A,B` names steps the pipeline does not have. */
function unknownStepsReply(login, pipeline, unknown, hint) {
    return reply([
        `👎 ${who(login)}: ${code('/sagemaker run')} names ${names(unknown)}, which ${unknown.length === 1 ? 'is not a step' : 'are not steps'} of pipeline ${code(markdown_clip(pipeline, 256))}${markdown_text(hint)}. Nothing was started.`
    ]);
}
/** A command on a pull request that is closed (or merged): nothing is planned or started for it. */
function closedReply(login, verb, pr) {
    return reply([
        `👎 ${who(login)}: ${code(`/sagemaker ${markdown_clip(verb, 20)}`)} was not carried out: pull request #${pr} is closed. Nothing was started.`
    ]);
}
/** A second `/sagemaker run` of a plan an execution is already running for. */
function alreadyRunningReply(login, execution) {
    return reply([
        `👀 ${who(login)}: this plan is already running as ${code(markdown_clip(execution.split('/').pop() ?? execution, 80))}, started by an earlier approval. Nothing else was started.`
    ]);
}
/** A `/sagemaker run` comment deleted or edited before its job started it: the approval is withdrawn. */
function withdrawnReply(login, how) {
    return reply([
        `👎 ${who(login)}: ${code('/sagemaker run')} was not carried out: the comment was ${how === 'deleted' ? 'deleted' : 'edited into something else'} before the job reached it, so the approval no longer stands. Nothing was started.`
    ]);
}
/** A `/sagemaker run` whose plan moved since it was posted: what moved, and where the fresh plan is. */
function staleReply(login, moved, commentUrl) {
    const where = markdown_link('the sticky comment', commentUrl);
    return reply([
        `👎 ${who(login)}: ${code('/sagemaker run')} did not start anything: the plan it would start is not the plan that was posted.`,
        '',
        ...moved.map(m => `- ${describeMoved(m)}`),
        '',
        `The fresh plan is now in ${where}. Review it, then comment ${code('/sagemaker run')} again to start exactly that plan.`
    ]);
}
/** One moved part in words (markdown). */
function describeMoved(m) {
    const id = (arn) => arn ? code(markdown_clip(arn.split('/').pop() ?? arn, 80)) : 'none (a full run)';
    switch (m.what) {
        case 'no-plan':
            return 'no plan to approve: the sticky comment carries no plan this action posted (comment `/sagemaker plan` first)';
        case 'head':
            return `**new push**: the pull request's head moved from ${code(m.from.slice(0, 7))} to ${code(m.to.slice(0, 7))}`;
        case 'version':
            return `**pipeline version changed**: from ${m.from ?? 'unknown'} to ${m.to ?? 'unknown'}`;
        case 'reference':
            return `**newer reference run**: the posted plan reused ${id(m.from)}, the fresh plan reuses ${id(m.to)}`;
        case 'requested':
            return `**steps changed**: the posted plan was computed for ${m.from.length ? names(m.from) : 'the selection input'}, this command asks for ${m.to.length ? names(m.to) : 'the selection input'}`;
        case 'parameters':
            return '**parameters changed**: the parameter values sent differ from the posted plan';
        case 'inputs':
            return "**inputs changed**: the action's inputs (selection, downstream, reference, parameters) differ from the posted plan";
        case 'selected':
            return `**selected steps changed**: the posted plan ran ${names(m.from)}, the fresh plan runs ${names(m.to)}`;
        case 'posted-after':
            return '**plan posted after your comment**: the sticky comment changed after this command was written, so it may approve a plan its author never saw';
    }
}

;// CONCATENATED MODULE: ./src/core/duration.ts
/**
 * How long a step ran, in milliseconds, as its run recorded it; undefined when it did not run there
 * (reused from another run), has no start or end, or ends before it starts. The one definition the
 * estimates, the time saved and the step table share.
 */
function ranMillis(state) {
    if (!state || state.reusedFrom !== undefined)
        return undefined;
    const { startTime, endTime } = state;
    if (startTime === undefined || endTime === undefined || !(endTime >= startTime))
        return undefined;
    return endTime - startTime;
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
/** An estimate in minutes, in the same units as formatDuration and always marked as approximate. */
function formatEstimate(minutes) {
    const text = formatDuration(minutes * 60);
    return text.startsWith('~') ? text : `~${text}`;
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
        const ran = ranMillis(reference.steps.get(name));
        if (ran === undefined)
            continue;
        ms += ran;
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
        const names = coverage.targeted.slice(0, Math.max(1, limits.items)).map(s => code(markdown_clip(s, limits.text)));
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
        const outcomes = (s.outcomes ?? []).slice(0, 3).map(o => markdown_text(markdown_clip(o, limits.text)));
        const extraOutcomes = (s.outcomes?.length ?? 0) > 3 ? ', …' : '';
        lines.push(`| ${code(markdown_clip(s.step, limits.text), 'table')} | ${status} | ${age(s.lastRun, now)} | ${age(s.lastSuccess, now)} | ${outcomes.join(', ') || '—'}${extraOutcomes} |`);
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
const MAX_PATHS = 3;
/**
 * One short line a reviewer can check: the CLI, the PR comment and the job summary all say why a step
 * runs in these same words, so a plan reads the same wherever it is shown. Plain text (no markdown):
 * renderers escape it for their medium.
 */
function describeReason(reason) {
    switch (reason.kind) {
        case 'file':
            return ((reason.file === reason.glob
                ? `${reason.file} changed`
                : `${reason.file} changed (matches ${reason.glob})`) + sinceText(reason.since));
        case 'all-steps-file':
            return `${reason.file} changed (all-steps glob ${reason.glob})`;
        case 'unknown-changes':
            return `changed files unknown (${reason.detail})`;
        case 'definition':
            return ((reason.paths.length === 0
                ? 'step definition changed'
                : `definition changed at ${listPaths(reason.paths)}`) + sinceText(reason.since));
        case 'new-step':
            return 'new step (not in the reference run)';
        case 'parameter':
            return parameterText(reason) + sinceText(reason.since);
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
        case 'unrecorded-producer':
            return `its output in the reference comes from ${shortRun(reason.run)}, which has no recorded commit`;
        case 'producer-unknown':
            return `the run that produced its output cannot be established (${reason.detail})`;
        case 'stale-input':
            return `its output was made from ${reason.step} as in ${shortRun(reason.run)}, which is stale for head`;
        case 'mapping':
            return `mapping file changed: ${reason.detail}`;
        case 'needed-upstream':
            return `no output in the reference (its Condition took the other branch), and ${reason.of} needs it`;
        case 'connects':
            return `common upstream step joining the unconnected parts starting at ${reason.parts.join(', ')} (a selective execution is assumed to need connected steps; unverified)`;
    }
}
function listPaths(paths) {
    const shown = paths.slice(0, MAX_PATHS).join(', ');
    return paths.length > MAX_PATHS ? `${shown} and ${paths.length - MAX_PATHS} more` : shown;
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
/** The execution id at the end of an execution ARN (the whole text when it is not one). */
function shortRun(arn) {
    const m = /\/execution\/([^/]+)$/.exec(arn);
    return m ? m[1] : arn;
}
function sinceText(since) {
    return since ? ` since ${shortRun(since)}` : '';
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
    return `${code(markdown_clip(name, limits.text), 'table')}${note ? ` <sub>${note}</sub>` : ''}`;
}
/** A reused step matters through the steps that read its output: name them. */
function reuseCell(graph, selected, name, limits) {
    const readers = graph.sorted([...graph.children(name)].filter(c => selected.has(c)));
    if (readers.length === 0)
        return 'unchanged: reference output needed upstream of the steps that run';
    const names = readers.slice(0, 2).map(r => code(markdown_clip(r, limits.text), 'table'));
    const extra = readers.length > 2 ? ` +${count(readers.length - 2)} more` : '';
    return `unchanged: reference output read by ${names.join(', ')}${extra}`;
}
function whyCell(plan, name, d, limits) {
    if (d === 'notRun')
        return 'unchanged, output not needed';
    const reasons = [...(plan.reasons[name] ?? [])].sort((a, b) => rank(a) - rank(b));
    if (reasons.length === 0)
        return plan.fullRunReason ? markdown_text(markdown_clip(plan.fullRunReason, limits.text)) : '—';
    const shown = reasons.slice(0, Math.max(1, limits.reasons));
    const cell = shown
        .map(r => markdown_text(markdown_clip(describeReason(clipReason(r, limits.text)), limits.text * 2)))
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
    const ran = ranMillis(state);
    const took = ran !== undefined ? ` in ${formatDuration(ran / 1000)}` : '';
    const outcome = state.outcome
        ? ` · condition ${state.outcome === 'True' ? 'true → If' : 'false → Else'}`
        : '';
    switch (state.status) {
        case 'Succeeded':
            return `✅ Succeeded${took}${outcome}`;
        case 'Failed': {
            const why = state.failureReason ? `: ${markdown_text(markdown_clip(state.failureReason, limits.text))}` : '';
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
        lines.push(`**Reference run:** ${markdown_link(code(markdown_clip(name, limits.text)), reference.consoleUrl)} · ${commit} · ${record.status} · ${age}`);
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
            .map(r => `- ${code(markdown_clip(executionId(r.arn), limits.text))}: ${markdown_text(markdown_clip(r.reason, limits.text))}`);
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
            ? `Compared with ${markdown_text(markdown_clip(changes.detail, limits.text))}.`
            : ''
        : `⚠️ The list of changed files is incomplete${changes.detail ? ` (${markdown_text(markdown_clip(changes.detail, limits.text))})` : ''}, so every step runs.`;
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
        const names = steps.slice(0, 3).map(s => code(markdown_clip(s, limits.text)));
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
    const lines = shown.map(m => `> - ${markdown_text(markdown_clip(m, limits.text))}`);
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
function renderComment(report) {
    const input = redactInput(report);
    const marker = commentMarker(input.pipeline);
    const hidden = input.binding ? `${(0,commands/* formatBinding */.VT)(input.binding)}\n` : '';
    const data = prepare(input);
    return fit(COMMENT_LEVELS, limits => `${marker}\n${hidden}${renderBody(input, data, limits, false)}`, COMMENT_LIMIT, s => s.length);
}
/** The same report for the job summary: fuller lists, GitHub's 1 MiB summary limit. */
function renderSummary(report) {
    const input = redactInput(report);
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
/**
 * The report's input with every value that may carry a credential made safe to publish, before
 * anything clips it (a clipped secret would leave a prefix no mask recognises): secret-looking
 * parameter values (by name or shape) become `***`, and credential-shaped text (`ghp_…`, `AKIA…`, PEM
 * blocks) in reasons, warnings, errors and failure reasons becomes `***`.
 */
function redactInput(input) {
    const plan = {
        ...input.plan,
        reasons: (0,redact/* redactReasons */.tc)(input.plan.reasons),
        warnings: input.plan.warnings.map(w => (0,redact/* redactText */.Rd)(w)),
        ...(input.plan.fullRunReason !== undefined ? { fullRunReason: (0,redact/* redactText */.Rd)(input.plan.fullRunReason) } : {})
    };
    const finalSteps = input.finalSteps
        ? new Map([...input.finalSteps].map(([name, state]) => [
            name,
            state.failureReason === undefined
                ? state
                : { ...state, failureReason: (0,redact/* redactText */.Rd)(state.failureReason) }
        ]))
        : undefined;
    return {
        ...input,
        plan,
        warnings: input.warnings.map(w => (0,redact/* redactText */.Rd)(w)),
        ...(input.errors ? { errors: input.errors.map(e => (0,redact/* redactText */.Rd)(e)) } : {}),
        rejected: input.rejected.map(r => ({ ...r, reason: (0,redact/* redactText */.Rd)(r.reason) })),
        changes: input.changes.detail
            ? { ...input.changes, detail: (0,redact/* redactText */.Rd)(input.changes.detail) }
            : input.changes,
        finalSteps
    };
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
        const names = failed.slice(0, 3).map(s => code(markdown_clip(s, 60)));
        label = `Failed at ${names.join(', ')}${failed.length > 3 ? ` +${failed.length - 3} more` : ''}:`;
    }
    const pipeline = code(markdown_clip(input.pipeline, Math.min(limits.text, 100)));
    const total = graph.size;
    let body;
    if (plan.selected.length === 0) {
        const files = input.changes.files.length;
        const by = files > 0 ? ` by the ${plural(files, 'changed file')}` : '';
        body = `no step of ${pipeline} is affected${by} — nothing ${input.mode === 'plan' ? 'to start' : 'started'}`;
    }
    else if (plan.fullRun) {
        const why = plan.fullRunReason ? ` — ${markdown_text(markdown_clip(plan.fullRunReason, limits.text))}` : '';
        body = `full run of all ${plural(total, 'step')} of ${pipeline}${why}`;
        if (!label.endsWith(':'))
            label += ':';
    }
    else {
        body = `${verb ? `${verb} ` : ''}${count(plan.selected.length)} of ${plural(total, 'step')} of ${pipeline}`;
        const ref = input.reference;
        if (plan.reused.length > 0 && ref) {
            const name = markdown_link(code(markdown_clip(ref.displayName ?? executionId(ref.record.arn), 40)), ref.consoleUrl);
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
        const name = code(markdown_clip(input.execution.displayName || executionId(input.execution.arn), limits.text));
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
        parts[0] += ` on ${code(markdown_clip(input.head.ref, 100))}`;
    if (summary && input.head.pr !== undefined && Number.isSafeInteger(input.head.pr))
        parts.push(`PR #${input.head.pr}`);
    if (Math.abs(input.now) <= 8.64e15) {
        const when = new Date(input.now).toISOString().slice(0, 16).replace('T', ' ');
        parts.push(`updated ${when} UTC`);
    }
    parts.push('sagemaker-selective-execution');
    return `<sub>${parts.join(' · ')}</sub>`;
}

// EXTERNAL MODULE: ./src/adapters/sagemaker.ts
var sagemaker = __webpack_require__(7056);
;// CONCATENATED MODULE: ./src/core/artifacts.ts
/**
 * The `artifacts` output (SPEC "promotion"): for each step whose output stands for head, the execution
 * that produced it, its status and its Metadata ARNs (model package, model, training job…), so a
 * deployment job promotes what a run already made instead of re-running anything.
 *
 * @param producers step → the run that produced the fresh output the reference holds (reused steps)
 * @param stepsOf a run's step entries, when read
 * @param ran the new execution and its final step states, when it ended (steps it ran override)
 */
function collectArtifacts(producers, stepsOf, ran) {
    const out = Object.create(null);
    for (const [step, producer] of producers) {
        const entry = stepsOf(producer)?.get(step);
        if (entry?.status === 'Succeeded')
            out[step] = { execution: producer, status: entry.status, metadata: { ...entry.metadata } };
    }
    for (const [step, entry] of ran?.steps ?? []) {
        if (entry.reusedFrom)
            continue;
        out[step] = { execution: ran.arn, status: entry.status, metadata: { ...entry.metadata } };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/phases/execute.ts


/** Failure reasons are the one diagnostic worth a longer line than other echoed values. */
const FAILURE_REASON_MAX = 500;
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
                // Step names and failure reasons are outside text: a reason may carry `::error::` lines.
                const why = state.failureReason ? ` (${log/* safe */.gB(state.failureReason, FAILURE_REASON_MAX)})` : '';
                log/* info */.pq(`  ${log/* safe */.gB(name)}: ${label}${why}`);
            }
        }
        if (details.status === 'Succeeded' || details.status === 'Failed' || details.status === 'Stopped') {
            log/* info */.pq(`Execution ended ${log/* safe */.gB(details.status)}${details.failureReason ? `: ${log/* safe */.gB(details.failureReason, FAILURE_REASON_MAX)}` : ''}`);
            return { status: details.status, steps, failureReason: details.failureReason };
        }
        if (Date.now() + delay * scale > deadline) {
            log/* warning */.$e(`Gave up waiting after ${timeoutMinutes} minute(s); the execution is still ${log/* safe */.gB(details.status)}.`);
            return { status: 'Executing', steps };
        }
        await new Promise(resolve => setTimeout(resolve, delay * scale));
        delay = Math.min(delay * 2, 30_000);
    }
}

// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/phases/publish.ts








/**
 * Writes the report to the job summary and, on pull requests, to the one sticky comment of this
 * pipeline. A comment that cannot be written (a fork's read-only token, a missing permission) is a
 * warning, not a failure: the summary still carries the report. Only comments the token's own
 * identity wrote are ever edited or deleted (see `upsertStickyComment`).
 */
async function publishReport(settings, context, pipeline, graph, planned, outcome, finalSteps, coverage, binding) {
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
        now: Date.now(),
        binding
    };
    const summary = renderSummary(input);
    try {
        core/* summary */.z.emptyBuffer();
        await core/* summary */.z.addRaw(summary, true).write({ overwrite: true });
    }
    catch (error) {
        log/* warning */.$e(`Could not write the job summary: ${log/* safe */.gB((0,errors/* errorMessage */.gJ)(error))}`);
    }
    if (context.pr === undefined) {
        log/* info */.pq('Not a pull request: the report is in the job summary only.');
        return {};
    }
    if (!settings.comment) {
        log/* info */.pq('comment: false, no pull request comment written.');
        return {};
    }
    if (!settings.githubToken) {
        log/* warning */.$e('No github-token: the report is in the job summary only.');
        return {};
    }
    try {
        const octokit = createOctokit(settings.githubToken, context.apiUrl);
        const identity = await identityOf(octokit, settings.githubToken, context.apiUrl);
        const result = await upsertStickyComment(octokit, {
            repo: { owner: context.owner, repo: context.repo },
            issue: context.pr,
            marker: commentMarker(pipeline),
            author: identity.login
        }, renderComment(input));
        log/* info */.pq(`${result.created ? 'Posted' : 'Updated'} the pull request comment: ${log/* safe */.gB(result.url)}`);
        for (const url of result.refused)
            log/* warning */.$e(`Our earlier comment ${log/* safe */.gB(url)} refused the edit; the report is in another comment.`);
        for (const url of result.removed)
            log/* info */.pq(`Removed a duplicate sticky comment left by a concurrent run: ${log/* safe */.gB(url)}`);
        for (const url of result.duplicates)
            log/* warning */.$e(`A duplicate sticky comment could not be removed: ${log/* safe */.gB(url)}`);
        return { commentUrl: result.url };
    }
    catch (error) {
        log/* warning */.$e(`${commentFailure(context, error)} The report is in the job summary.`);
        return {};
    }
}
/** One identity lookup per token per run: the first report and the final one share it. */
const identities = new Map();
function identityOf(octokit, token, apiUrl) {
    const key = `${apiUrl}\n${token}`;
    let identity = identities.get(key);
    if (!identity) {
        identity = tokenIdentity(octokit).then(found => {
            log/* info */.pq(found.source === 'assumed'
                ? `Comment author: ${DEFAULT_TOKEN_LOGIN} (assumed: the token did not say who it is).`
                : `Comment author: ${log/* safe */.gB(found.login)}.`);
            return found;
        });
        identities.set(key, identity);
    }
    return identity;
}
/**
 * Why the comment could not be written, in words that fit the case: only a proven fork (head
 * repository ≠ base repository in the event) is blamed on a fork's read-only token; any other 403 is
 * a missing permission the workflow can grant.
 */
function commentFailure(context, error) {
    const what = `Could not write the comment on pull request #${context.pr ?? '?'}`;
    const why = log/* safe */.gB((0,errors/* errorMessage */.gJ)(error), 300);
    if (!(error instanceof CommentPermissionError))
        return `${what}: ${why}.`;
    if (context.fork) {
        return (`${what}: the pull request comes from a fork, and a fork's pull_request job gets a read-only token ` +
            `(${why}).`);
    }
    if (error.status === 403) {
        return (`${what}: the token may not write comments (${why}). Grant it in the workflow: ` +
            '`permissions: { pull-requests: write }` (or `issues: write`).');
    }
    return `${what}: the token cannot see the pull request or the comment (${why}).`;
}

;// CONCATENATED MODULE: ./src/core/cost.ts

/**
 * Assumed compute minutes of a step that no run read so far has timed, by step type. Rough orders of
 * magnitude (a tuning job runs many training jobs; a Condition or a Fail step costs nothing); they only
 * rank candidate runs and connectors when history says nothing, and the report marks them as defaults.
 */
const DEFAULT_MINUTES = {
    Tuning: 120,
    Training: 30,
    AutoML: 60,
    Transform: 15,
    Processing: 10,
    EMR: 20,
    QualityCheck: 10,
    ClarifyCheck: 10,
    Model: 1,
    CreateModel: 1,
    RegisterModel: 1,
    Lambda: 1,
    Callback: 5,
    Condition: 0,
    Fail: 0
};
/** Any other step type. */
const FALLBACK_MINUTES = 5;
/** How many of the newest runs that timed a step its estimate is the median of. */
const TIMED_RUNS = 5;
/**
 * Each step's estimated compute minutes: the median duration over the newest TIMED_RUNS step lists
 * that ran it (not reused, with a start and an end), else the default for its type. `runs` are step
 * lists newest first (what the plan already read: no extra API call).
 */
function estimateStepMinutes(graph, runs) {
    const minutes = new Map();
    const measured = new Set();
    for (const name of graph.topologicalOrder()) {
        const durations = [];
        for (const steps of runs) {
            const ran = ranMillis(steps.get(name));
            if (ran === undefined)
                continue;
            durations.push(ran / 60_000);
            if (durations.length === TIMED_RUNS)
                break;
        }
        if (durations.length > 0) {
            minutes.set(name, median(durations));
            measured.add(name);
        }
        else
            minutes.set(name, DEFAULT_MINUTES[graph.step(name).type] ?? FALLBACK_MINUTES);
    }
    return { minutes, measured };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Estimated compute minutes a plan starts (a full run: every step). */
function planMinutes(plan, graph, minutes) {
    const steps = plan.fullRun ? graph.topologicalOrder() : plan.selected;
    return steps.reduce((sum, n) => sum + (minutes.get(n) ?? FALLBACK_MINUTES), 0);
}

;// CONCATENATED MODULE: ./src/core/reference.ts


/**
 * How many eligible runs are ranked (by their own commit's tree diff: local git, or one compare call
 * per distinct commit), and how many of the best-ranked are planned in full (each costs a step list,
 * a parameter list and, when its definition differs from head's, a definition read).
 */
const MAX_CANDIDATES = 200;
const MAX_EVALUATED = 4;
/** How far the search widens when every one of the first MAX_EVALUATED would run every step. */
const MAX_EVALUATED_WIDE = 12;
/**
 * The listed runs that may be references (SPEC "Reference run"): Succeeded or Failed (a Stopped or
 * running one is refused by the service or unverified), and with a recorded commit (a run started
 * outside the action proves nothing about which code it ran). Newest first, at most MAX_CANDIDATES.
 */
function screenCandidates(listed) {
    const eligible = [];
    const rejected = [];
    for (const c of listed) {
        const refusal = statusRefusal(c.status);
        if (refusal)
            rejected.push({ arn: c.arn, reason: refusal });
        else if (!c.commit) {
            rejected.push({
                arn: c.arn,
                reason: 'no recorded commit (started outside the action), so nothing proves which code it ran; `selection: adopt` can vouch for it'
            });
        }
        else if (eligible.length >= MAX_CANDIDATES) {
            rejected.push({
                arn: c.arn,
                reason: `not ranked: only the newest ${MAX_CANDIDATES} eligible runs are`
            });
        }
        else
            eligible.push(c);
    }
    return { eligible, rejected };
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
 * The post-choice rules, as a function of data (SPEC "Reference run"): of the evaluated candidates
 * (which must come newest first), `auto` takes the one whose plan costs the fewest estimated compute
 * minutes (`minutes` per step, core/cost.ts; without it every step counts the same), then runs the
 * fewest steps, then one that Succeeded, then the newer; `latest` the newest. A winner whose plan is
 * a full run is no reference at all: the run uses nothing from it, so the report must not cite it.
 * Every other candidate is rejected with why, its estimate beside it.
 */
function decideReference(evaluated, strategy, graph, minutes) {
    const count = (e) => stepsToRun(e.plan, graph);
    const cost = (e) => (minutes ? planMinutes(e.plan, graph, minutes) : count(e));
    // On a tie a run that Succeeded beats one that Failed (its outputs are whole, and a reviewer reads
    // what changed rather than what failed), then the newer wins.
    const healthier = (a, b) => a.candidate.status === 'Succeeded' && b.candidate.status !== 'Succeeded';
    const better = (a, b) => cost(a) !== cost(b) ? cost(a) < cost(b) : count(a) !== count(b) ? count(a) < count(b) : healthier(a, b);
    let best;
    for (const e of evaluated) {
        if (!best || (strategy === 'auto' && better(e, best)))
            best = e;
    }
    const rejected = [];
    for (const e of evaluated) {
        if (e === best)
            continue;
        rejected.push({
            arn: e.candidate.arn,
            reason: strategy === 'latest'
                ? 'a newer eligible run was chosen (reference: latest)'
                : comparison(e, best, count, minutes && cost)
        });
    }
    if (best?.plan.fullRun) {
        // Nothing is chosen: every candidate would run every step (or `latest` would).
        return {
            rejected: evaluated.map(e => ({
                arn: e.candidate.arn,
                reason: e.plan.fullRun
                    ? `would run every step (${e.plan.fullRunReason ?? 'full run'})`
                    : 'not used: reference: latest considers only the newest eligible run, which would run every step'
            }))
        };
    }
    return best ? { chosen: best, rejected } : { rejected };
}
function comparison(e, chosen, count, cost) {
    const n = count(e);
    const m = chosen === e ? n : count(chosen);
    const estimate = (x) => (cost ? ` (${formatEstimate(cost(x))})` : '');
    const runs = e.plan.fullRun
        ? `would run all ${n} ${steps(n)}${estimate(e)} (${e.plan.fullRunReason ?? 'full run'})`
        : `would run ${n} ${steps(n)}${estimate(e)}`;
    const sameCost = !cost || cost(e) === cost(chosen);
    if (sameCost && n === m) {
        return e.candidate.status !== 'Succeeded' && chosen.candidate.status === 'Succeeded'
            ? `${runs}, as many as the chosen run, which Succeeded`
            : `${runs}, as many as the chosen run, which is newer`;
    }
    return `${runs}; the chosen run needs ${m}${cost ? ` ${steps(m)}${estimate(chosen)}` : ''}`;
}
function steps(n) {
    return n === 1 ? 'step' : 'steps';
}

;// CONCATENATED MODULE: ./src/phases/start.ts





/**
 * Starts the planned execution, pinned to the version planned against, with the provenance later
 * runs judge it by. The ClientRequestToken makes a retried step get back its execution; a re-run
 * attempt attaches to the execution an earlier attempt started for the same commit and inputs while
 * it still runs. A selective start the service rejects becomes a full run, with its words reported.
 */
async function startPlanned(options) {
    const { client, context, pipeline, plan, head } = options;
    const ref = context.pr !== undefined ? `refs/pull/${context.pr}/head` : context.ref;
    const name = (0,core_provenance/* displayName */.QC)({ pr: context.pr, ref, sha: head, runId: context.runId });
    const provenance = {
        sha: head,
        ref,
        pr: context.pr,
        repo: context.repository,
        run: `${context.runId}/${context.runAttempt}`,
        job: context.job,
        inputs: options.inputs,
        def: pipeline.definition.hash,
        version: pipeline.version,
        params: (0,core_provenance/* parametersDigest */.nz)(options.values),
        ...(options.approval
            ? {
                approvedBy: options.approval.login,
                approval: options.approval.url,
                binding: options.approval.binding
            }
            : {})
    };
    const earlier = await runningEarlierAttempt(options);
    if (earlier) {
        log/* info */.pq(`An earlier attempt of this workflow run already started ${earlier} for ${head.slice(0, 7)}: attached to it.`);
        return { arn: earlier, displayName: name, attached: true };
    }
    const target = options.pipelineArn ?? pipeline.name;
    const token = (extra) => (0,core_provenance/* clientRequestToken */.KA)(context.repository, context.runId, context.runAttempt, `${target}${options.suffix ? `#${options.suffix}` : ''}${extra}`, context.job, options.inputs);
    const request = {
        pipeline: target,
        displayName: name,
        description: (0,core_provenance/* formatProvenance */.Tt)(provenance),
        parameters: Object.fromEntries(options.parameters),
        versionId: pipeline.version
    };
    log/* debug */.Yz(`StartPipelineExecution parameters: ${JSON.stringify([...options.parameters.keys()])}`);
    if (plan.fullRun) {
        const arn = await (0,sagemaker/* startExecution */.FP)(client, { ...request, token: token('') });
        log/* info */.pq(`Started a full run: ${arn}`);
        return { arn, displayName: name };
    }
    const sourceArn = plan.needsReference ? options.referenceArn : undefined;
    try {
        const arn = await (0,sagemaker/* startExecution */.FP)(client, {
            ...request,
            token: token(''),
            selective: { sourceArn, steps: plan.selected }
        });
        log/* info */.pq(`Started a selective execution of ${plan.selected.length} step(s): ${arn}${sourceArn ? ` (reusing ${sourceArn})` : ''}`);
        return { arn, displayName: name };
    }
    catch (error) {
        if (error.name !== 'ValidationException')
            throw error;
        const words = (0,errors/* errorMessage */.gJ)(error).slice(0, 500);
        // An approval covers exactly the posted plan: never a full run in its place.
        if (options.approval) {
            throw new errors/* UserError */.yo(`SageMaker rejected the approved selective start (${log/* safe */.gB(words)}); nothing was started. ` +
                'An approval covers exactly the posted plan, so no full run replaces it: run the pipeline in full from a workflow with selection: all, or approve other steps.');
        }
        log/* warning */.$e(`SageMaker rejected the selective start (${words}); starting a full run instead.`);
        const arn = await (0,sagemaker/* startExecution */.FP)(client, { ...request, token: token('#full') });
        log/* info */.pq(`Started a full run: ${arn}`);
        return { arn, displayName: name, fallback: words };
    }
}
/** A still-running execution an earlier attempt of this workflow run started for the same head and inputs. */
async function runningEarlierAttempt(options) {
    const { context } = options;
    if (Number(context.runAttempt) <= 1)
        return undefined;
    for (const run of await options.history.runs()) {
        const p = run.provenance;
        if (run.status !== 'Executing' || !p?.run)
            continue;
        const [runId, attempt] = p.run.split('/');
        if (p.repo === context.repository &&
            runId === context.runId &&
            attempt !== context.runAttempt &&
            p.sha === options.head &&
            (p.job ?? '') === context.job &&
            p.inputs === options.inputs) {
            return run.arn;
        }
    }
    return undefined;
}
/**
 * Stops this pull request's earlier executions (started by this action) that are still running, but
 * only those for an *older* commit: an ancestor of head, or, when ancestry cannot be told, one started
 * by an earlier workflow run. A late job for an old push never stops the newer push's execution.
 */
async function cancelSuperseded(options) {
    const { client, context, head } = options;
    if (context.pr === undefined) {
        log/* info */.pq('cancel-superseded: not a pull request, nothing to cancel');
        return [];
    }
    const stopped = [];
    for (const run of await options.history.runs()) {
        const p = run.provenance;
        if (run.status !== 'Executing' || !p || p.pr !== context.pr || p.repo !== context.repository)
            continue;
        if (p.sha === head)
            continue;
        const ancestor = await options.isAncestor(p.sha, head);
        const earlierRun = Number(p.run?.split('/')[0] ?? NaN) < Number(context.runId);
        if (ancestor === false || (ancestor === undefined && !earlierRun)) {
            log/* info */.pq(`cancel-superseded: left ${run.arn} running (commit ${p.sha.slice(0, 7)} is not older than ${head.slice(0, 7)})`);
            continue;
        }
        try {
            await (0,sagemaker/* stopExecution */.V4)(client, run.arn, (0,core_provenance/* clientRequestToken */.KA)(context.repository, context.runId, context.runAttempt, run.arn));
            stopped.push(run.arn);
            log/* info */.pq(`Stopped superseded execution ${run.arn} (commit ${p.sha.slice(0, 7)})`);
        }
        catch (error) {
            log/* warning */.$e(`Could not stop superseded execution ${run.arn}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return stopped;
}
/**
 * `selection: adopt`: stamps the action's provenance onto an existing run (UpdatePipelineExecution),
 * the user vouching that it ran `head`. It then counts as a reference like any run the action
 * started; its definition is read from DescribePipelineDefinitionForExecution, never assumed.
 */
async function adoptRun(options) {
    const { client, context, arn, head, history } = options;
    let facts;
    try {
        facts = await history.describe(arn);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input "reference" names ${arn}, which cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error
        });
    }
    const refusal = statusRefusal(facts.status ?? 'Executing');
    if (refusal)
        throw new errors/* UserError */.yo(`Input "reference" names ${arn}, which cannot be adopted: ${refusal}.`);
    const recorded = history.provenanceOf(arn);
    if (recorded?.sha && recorded.sha !== head) {
        throw new errors/* UserError */.yo(`Input "reference" names ${arn}, which already records commit ${recorded.sha.slice(0, 12)}; it cannot be adopted for ${head.slice(0, 12)}.`);
    }
    const description = (0,core_provenance/* formatProvenance */.Tt)({
        sha: head,
        ref: context.ref,
        repo: context.repository,
        run: `${context.runId}/${context.runAttempt}`,
        adopted: `${context.repository}/actions/runs/${context.runId}`
    });
    await (0,sagemaker/* updateExecutionDescription */.io)(client, arn, description);
    log/* info */.pq(`Adopted ${arn}: it now records commit ${head} and can be a reference run.`);
}

;// CONCATENATED MODULE: ./src/phases/deliver.ts







/** What a plan was computed from (the sticky comment carries it; `/sagemaker run` checks it). */
function planBinding(planned, options) {
    return {
        sha: planned.head,
        version: options.pipeline.version,
        reference: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
        selected: [...planned.plan.selected],
        requested: [...options.settings.steps],
        parameters: (0,core_provenance/* parametersDigest */.nz)(options.parameters),
        inputs: options.inputs
    };
}
/** Starts the planned execution (unless plan mode or nothing to run) and publishes the report. */
async function startAndReport(planned, options) {
    const { settings, context, pipeline } = options;
    const binding = planBinding(planned, options);
    const outcome = {
        status: planned.plan.selected.length === 0 ? 'Skipped' : 'Planned',
        plan: planned.plan,
        referenceArn: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
        changedFiles: planned.changes.files
    };
    // Nothing to run: every output stands for head where it was made (promotion).
    if (outcome.status === 'Skipped') {
        outcome.artifacts = collectArtifacts(planned.producers, arn => options.history.lookup(arn)?.steps);
    }
    if (outcome.status === 'Planned' && settings.mode !== 'plan') {
        await log/* group */.Os('Start', async () => {
            if (settings.cancelSuperseded) {
                await cancelSuperseded({ ...options, head: planned.head });
            }
            const started = await startPlanned({
                ...options,
                pipelineArn: settings.pipelineArn,
                head: planned.head,
                plan: planned.plan,
                referenceArn: planned.reference?.record.arn
            });
            if (started.fallback) {
                planned.plan.warnings.push(`SageMaker rejected the selective start, so every step runs. Its words: ${started.fallback}`);
                outcome.plan = {
                    ...planned.plan,
                    selected: pipeline.definition.graph.topologicalOrder(),
                    reused: [],
                    notRun: [],
                    needsReference: false,
                    fullRun: true,
                    fullRunReason: 'SageMaker rejected the selective start'
                };
                outcome.referenceArn = undefined;
            }
            outcome.status = 'Executing';
            outcome.executionArn = started.arn;
            outcome.executionDisplayName = started.displayName;
            outcome.consoleUrl = (0,sagemaker/* consoleUrl */.B9)(settings.region, pipeline.name, started.arn);
        });
    }
    if (options.publish !== false) {
        const report = await log/* group */.Os('Report', () => publishReport(settings, context, pipeline.name, pipeline.definition.graph, withPlan(planned, outcome), outcome, undefined, options.coverage, binding));
        outcome.commentUrl = report.commentUrl;
    }
    return outcome;
}
/** Why a waited-for execution fails the job: it did not end in time, or ended other than Succeeded. */
function waitFailure(settings, outcome) {
    return outcome.status === 'Executing'
        ? `The pipeline execution did not end within wait-timeout-minutes (${settings.waitTimeoutMinutes}): ${outcome.consoleUrl}`
        : `The pipeline execution ended ${outcome.status}: ${outcome.consoleUrl}`;
}
/** `mode: wait`: polls the execution to its end and publishes the final report. */
async function waitAndReport(planned, outcome, options) {
    const { settings, pipeline } = options;
    const final = await log/* group */.Os('Wait', () => waitForExecution(options.client, outcome.executionArn, settings.waitTimeoutMinutes, pipeline.definition.graph));
    outcome.status = final.status;
    // What this run ran, and (for a selective run) the fresh outputs it reused, where they were made.
    const reused = outcome.plan?.fullRun ? new Map() : planned.producers;
    outcome.artifacts = collectArtifacts(reused, arn => options.history.lookup(arn)?.steps, {
        arn: outcome.executionArn,
        steps: final.steps
    });
    await finalReport(planned, outcome, final.steps, options);
    return final;
}
async function finalReport(planned, outcome, steps, options) {
    const { settings, context, pipeline } = options;
    const report = await log/* group */.Os('Final report', () => publishReport(settings, context, pipeline.name, pipeline.definition.graph, withPlan(planned, outcome), outcome, steps, options.coverage, planBinding(planned, options)));
    outcome.commentUrl = report.commentUrl ?? outcome.commentUrl;
}
/** The plan as it was started (a rejected selective start became a full run). */
function withPlan(planned, outcome) {
    return outcome.plan && outcome.plan !== planned.plan
        ? { ...planned, plan: outcome.plan, reference: undefined }
        : planned;
}

// EXTERNAL MODULE: ./src/core/data-locations.ts
var data_locations = __webpack_require__(3882);
// EXTERNAL MODULE: ./src/core/definition.ts + 2 modules
var definition = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/core/definition-diff.ts


/** Paths reported per step (and for the pipeline level) before the rest is summed up as "…and N more". */
const definition_diff_MAX_PATHS = 20;
/**
 * Step keys whose difference cannot change what the step produces:
 * - `DisplayName`, `Description`: shown by Studio and `ListPipelineExecutionSteps`, never sent to the
 *   job (reference §3.3, common keys of `Step.to_request`).
 * - `RetryPolicies`: whether the service retries a failed attempt (reference §3.3); a successful
 *   attempt's output is the same.
 * - `CacheConfig`: whether a previous successful result may be served, and for how long. It is not
 *   part of any cache key (survey §3.1: the keys are job arguments per step type) nor of the job. But a
 *   selected step whose key attributes are unchanged can be answered from the cache instead of running
 *   (survey §3.2), so the diff flags it for the planner to warn.
 */
const NEUTRAL_STEP_KEYS = new Set(['DisplayName', 'Description', 'RetryPolicies', 'CacheConfig']);
/** `sagemaker.utils.sagemaker_timestamp()`: `%Y-%m-%d-%H-%M-%S-%f` cut to milliseconds. */
const WHOLE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}$/;
/**
 * What the SDK generates inside a code upload's folder names: a timestamp as above, or a hex digest,
 * md5 (older SDKs, as in the corpus) or sha256 (`hash_files_or_dirs`), alone or after a name
 * (`<step>-<hash>`).
 */
const GENERATED = /(?<!\d)\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}(?!\d)|(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})(?![0-9a-f])/g;
/** The `@step` HMAC key, `secrets.token_hex(32)` drawn anew by every `StepsCompiler`. */
const FUNCTION_SECRET_PATH = 'Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY';
/**
 * Compares the definition a reference run ran with the one about to run. Reuse is keyed by step name
 * (reference §1.4), so a step whose own object changed in an output-affecting key must re-run even if no
 * mapped file changed; a step that moved between Condition branches changed too, since it now runs
 * under another outcome. Nested branch arrays are left out of a Condition's comparison: those steps are
 * compared on their own. Each difference is one of (SPEC "What selects a step", rule 2):
 * - output-affecting (`paths`): selects the step;
 * - neutral (`neutral`): see `NEUTRAL_STEP_KEYS`, and DependsOn entries a property reference implies;
 * - volatile (`volatile`): see `isVolatile`.
 * A step with no output-affecting difference is `neutral`.
 *
 * @param referenceDoc, currentDoc the raw documents, for the pipeline-level keys (Parameters, …)
 */
function diffDefinitions(reference, current, referenceDoc, currentDoc) {
    const steps = [];
    for (const name of current.topologicalOrder()) {
        const before = reference.steps.get(name);
        if (!before)
            steps.push({ step: name, change: 'added', paths: [] });
        else {
            const diff = diffStep(before, current.step(name));
            if (diff)
                steps.push(diff);
        }
    }
    for (const name of reference.topologicalOrder()) {
        if (!current.has(name))
            steps.push({ step: name, change: 'removed', paths: [] });
    }
    const pipeline = (0,definition/* isObject */.Gv)(referenceDoc) && (0,definition/* isObject */.Gv)(currentDoc) ? diffPipeline(referenceDoc, currentDoc) : [];
    return { steps, pipeline: capped(pipeline) };
}
function diffStep(before, now) {
    const paths = [];
    const neutral = [];
    const volatile = [];
    let cacheConfigChanged = false;
    const from = placement(before);
    const to = placement(now);
    if (from !== to)
        paths.push(`(moved from ${from} to ${to})`);
    const a = (0,definition/* ownFields */.EE)(before);
    const b = (0,definition/* ownFields */.EE)(now);
    const builds = [buildTime(a), buildTime(b)];
    for (const key of unionKeys(a, b)) {
        if (key === 'DependsOn') {
            diffDependsOn(before, now, paths, neutral);
        }
        else if (NEUTRAL_STEP_KEYS.has(key)) {
            const count = neutral.length;
            diffValues(a[key], b[key], key, path => neutral.push(path));
            if (key === 'CacheConfig' && neutral.length > count)
                cacheConfigChanged = true;
        }
        else {
            diffValues(a[key], b[key], key, (path, x, y) => (isVolatile(path, x, y, builds) ? volatile : paths).push(path));
        }
    }
    if (paths.length + neutral.length + volatile.length === 0)
        return undefined;
    const diff = {
        step: now.name,
        change: paths.length > 0 ? 'changed' : 'neutral',
        paths: capped(paths)
    };
    if (neutral.length > 0)
        diff.neutral = capped(neutral);
    if (volatile.length > 0)
        diff.volatile = capped(volatile);
    if (cacheConfigChanged)
        diff.cacheConfigChanged = true;
    return diff;
}
/**
 * DependsOn is compared as a set: the service waits for every entry, in no order. In the SDK's
 * `PipelineGraph` (reference §3.7, step 3) a DependsOn entry and a `Steps.X` property reference make
 * the same edge. So an entry X that only one definition has changes nothing about when the step runs
 * if the other definition orders X first anyway, through a `Steps.X` reference in the step's own object:
 * neutral. Otherwise the step now waits, or no longer waits, for X, and with it for X's side effects (an
 * endpoint deployed, a model registered, a file written to a fixed S3 path): output-affecting.
 * Reported as `DependsOn[+X]` (added) and `DependsOn[-X]` (removed).
 */
function diffDependsOn(before, now, paths, neutral) {
    const a = dependsOn(before);
    const b = dependsOn(now);
    const readBefore = new Set((0,definition/* stepReferences */.$t)(before));
    const readNow = new Set((0,definition/* stepReferences */.$t)(now));
    for (const x of [...b].filter(x => !a.has(x)).sort())
        (readBefore.has(x) ? neutral : paths).push(`DependsOn[+${x}]`);
    for (const x of [...a].filter(x => !b.has(x)).sort())
        (readNow.has(x) ? neutral : paths).push(`DependsOn[-${x}]`);
}
function dependsOn(step) {
    const list = step.raw.DependsOn;
    return new Set(Array.isArray(list) ? list.filter((d) => typeof d === 'string') : []);
}
/**
 * A leaf difference that is a code location the SDK rewrites without the code necessarily changing,
 * so that the planner judges the step by its mapped files instead of by this text:
 * - `@step` build folder. The SDK's `StepsCompiler` stamps `pipeline_build_time = sagemaker_timestamp()`
 *   once per compilation (every upsert), passes it to every function step as `--func_step_s3_dir`, and
 *   uploads the pickled function, its dependencies and the workspace under
 *   `<s3_base_uri>/<step>/<build time>/…` and `<s3_base_uri>/sm_rf_user_ws/<build time>/…`; the channel
 *   of the workspace is named after it too. A string that differs only where one side has its own build
 *   time and the other side its own is volatile. So is `Environment.REMOTE_FUNCTION_SECRET_KEY`, the
 *   HMAC key of the pickles, drawn anew per compilation (`secrets.token_hex(32)`).
 * - SDK code upload. Processing and Training code goes to `s3://<bucket>/<pipeline>/code/<hash>/<file>`
 *   (survey §3.1, "S3 Artifact Folder Structure"), in older SDKs to
 *   `<base job name>-<timestamp>/input/code/<file>` and `…/source/sourcedir.tar.gz`, and a model's
 *   inference code to `<base job name>-<timestamp>/sourcedir.tar.gz`. Two such S3 URIs
 *   with the same bucket, the same basename and the same folders but for generated parts (`GENERATED`:
 *   a hash or a timestamp, the rest of the folder name equal) are volatile.
 * Anything else (another basename, bucket or folder, a data path, a timestamp outside these places)
 * stays output-affecting.
 */
function isVolatile(path, x, y, [before, after]) {
    if (typeof x !== 'string' || typeof y !== 'string')
        return false;
    if (before !== undefined && after !== undefined) {
        if (path === FUNCTION_SECRET_PATH)
            return true;
        const mark = '\u0000';
        if (x.split(before).join(mark) === y.split(after).join(mark))
            return true;
    }
    return isCodeUploadChange(x, y);
}
/** The `--func_step_s3_dir` value of an `@step` function step (a build timestamp), if it is one. */
function buildTime(own) {
    const args = (0,definition/* isObject */.Gv)(own.Arguments) ? own.Arguments : undefined;
    const spec = (0,definition/* isObject */.Gv)(args?.AlgorithmSpecification) ? args.AlgorithmSpecification : undefined;
    const list = spec?.ContainerArguments;
    if (!Array.isArray(list))
        return undefined;
    const i = list.indexOf('--func_step_s3_dir');
    const value = i >= 0 ? list[i + 1] : undefined;
    return typeof value === 'string' && WHOLE_TIMESTAMP.test(value) ? value : undefined;
}
function isCodeUploadChange(x, y) {
    const a = codeUpload(x);
    const b = codeUpload(y);
    if (!a || !b || a.length !== b.length)
        return false;
    // [bucket, …folders, basename]: bucket and basename must be equal, folders equal or both generated.
    if (a[0] !== b[0] || a.at(-1) !== b.at(-1))
        return false;
    return a.every((s, i) => s === b[i] || sameGenerated(s, b[i]));
}
/**
 * The segments `[bucket, …folders, basename]` of an SDK code upload URI (a JSON-quoted one too, as in
 * `sagemaker_submit_directory`): one with a `code` or `source` folder or named `sourcedir.tar.gz`.
 * Undefined for anything else. The quote, if any, is kept on the bucket so quoted ≠ unquoted.
 */
function codeUpload(value) {
    const m = /^("?)s3:\/\/([^"]*)\1$/.exec(value);
    if (!m)
        return undefined;
    const segments = m[2].split('/');
    if (segments.some(s => s === ''))
        return undefined;
    const folders = segments.slice(1, -1);
    const basename = segments.at(-1);
    const isCode = folders.includes('code') || folders.includes('source') || basename === 'sourcedir.tar.gz';
    return isCode ? [`${m[1]}${segments[0]}`, ...segments.slice(1)] : undefined;
}
/** Two different folder names equal but for generated parts. */
function sameGenerated(a, b) {
    const mask = (s) => s.replace(GENERATED, '\u0000');
    return mask(a) === mask(b);
}
function placement(step) {
    return step.condition ? `${step.branch ?? 'If'}Steps of ${step.condition}` : 'the top level';
}
/** Top-level keys other than Steps; Parameters are matched by Name so that reordering them is no change. */
function diffPipeline(before, after) {
    const paths = [];
    const add = (path) => {
        paths.push(path);
    };
    for (const key of unionKeys(before, after)) {
        if (key === 'Steps')
            continue;
        if (key === 'Parameters' && byName(before.Parameters) && byName(after.Parameters)) {
            diffValues(byName(before.Parameters), byName(after.Parameters), 'Parameters', add);
        }
        else {
            diffValues(before[key], after[key], (0,data_locations/* childPath */.cm)('', key), add);
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
        if (!(0,definition/* isObject */.Gv)(p) || typeof p.Name !== 'string' || p.Name in out)
            return undefined;
        out[p.Name] = p;
    }
    return out;
}
/**
 * Calls `found` with the path of every differing leaf and the two values there; a value present on one
 * side only is reported at its own path (the other value undefined).
 */
function diffValues(a, b, path, found) {
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const at = `${path}[${i}]`;
            if (i >= a.length || i >= b.length)
                found(at, a[i], b[i]);
            else
                diffValues(a[i], b[i], at, found);
        }
        return;
    }
    if ((0,definition/* isObject */.Gv)(a) && (0,definition/* isObject */.Gv)(b)) {
        for (const key of unionKeys(a, b)) {
            const at = (0,data_locations/* childPath */.cm)(path, key);
            if (!(key in a) || !(key in b))
                found(at, a[key], b[key]);
            else
                diffValues(a[key], b[key], at, found);
        }
        return;
    }
    if (!Object.is(a, b))
        found(path === '' ? '(whole value)' : path, a, b);
}
function unionKeys(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
function capped(paths) {
    if (paths.length <= definition_diff_MAX_PATHS)
        return paths;
    return [...paths.slice(0, definition_diff_MAX_PATHS), `…and ${paths.length - definition_diff_MAX_PATHS} more`];
}

;// CONCATENATED MODULE: ./src/core/freshness.ts

const MAX_CHAIN = 25;
function judgeReference(reference, head, lookup) {
    const { graph } = head;
    const needs = new Map();
    const need = (arn, field) => {
        needs.set(`${arn} ${field}`, { arn, field });
    };
    /** The facts of a run when they hold every field asked for; otherwise records the needs. */
    const factsWith = (arn, fields) => {
        const facts = lookup(arn);
        if (facts?.unavailable)
            return { unavailable: facts.unavailable };
        let pending = false;
        for (const field of fields) {
            if (!has(facts, field)) {
                need(arn, field);
                pending = true;
            }
        }
        return pending || !facts ? 'pending' : facts;
    };
    const resolveMemo = new Map();
    const resolve = (step, run) => {
        const key = `${run}\u0000${step}`;
        let r = resolveMemo.get(key);
        if (!r) {
            r = follow(step, run);
            resolveMemo.set(key, r);
        }
        return r;
    };
    const follow = (step, start) => {
        const seen = new Set();
        let run = start;
        for (;;) {
            if (seen.has(run) || seen.size >= MAX_CHAIN) {
                return { unknown: `the chain of reused outputs from ${start} does not end (at ${run})` };
            }
            seen.add(run);
            const facts = factsWith(run, ['steps']);
            if (facts === 'pending')
                return { pending: true };
            if ('unavailable' in facts)
                return { unknown: `${run} cannot be read (${facts.unavailable})` };
            const entry = facts.steps.get(step);
            if (!entry)
                return { none: 'NotRun', run };
            if (entry.status !== 'Succeeded')
                return { none: entry.status, run };
            if (!entry.reusedFrom)
                return { producer: run };
            run = entry.reusedFrom;
        }
    };
    // Per producing run: what changed for each step since it (files, mapping, definition, parameters).
    const ownMemo = new Map();
    const codeMoved = new Set();
    const diffMemo = new Map();
    const fileMemo = new Map();
    const own = (step, producer) => {
        const key = `${producer}\u0000${step}`;
        let r = ownMemo.get(key);
        if (!r) {
            r = ownReasons(step, producer);
            ownMemo.set(key, r);
        }
        return r;
    };
    const ownReasons = (step, producer) => {
        const run = factsWith(producer, ['run']);
        if (run === 'pending')
            return 'pending';
        if ('unavailable' in run)
            return [{ kind: 'producer-unknown', detail: `${producer} cannot be read (${run.unavailable})` }];
        if (!run.commit)
            return [{ kind: 'unrecorded-producer', run: producer }];
        const facts = factsWith(producer, ['changes', 'mapping', 'definition', 'parameters']);
        if (facts === 'pending')
            return 'pending';
        if ('unavailable' in facts)
            return [{ kind: 'producer-unknown', detail: facts.unavailable ?? 'unreadable' }];
        // Named in the reason only when the output comes from an older run than the reference.
        const since = producer === reference ? undefined : producer;
        const reasons = [];
        const changes = facts.changes;
        if (!changes.complete) {
            reasons.push({
                kind: 'unknown-changes',
                detail: changes.detail ?? 'the changed files could not be read whole'
            });
        }
        else {
            reasons.push(...(filesFor(producer, changes).get(step) ?? []));
            reasons.push(...(filesFor(producer, changes).get('') ?? []));
        }
        const delta = facts.mapping;
        if (delta.all)
            reasons.push({ kind: 'mapping', detail: delta.all });
        else if (delta.steps.has(step))
            reasons.push({ kind: 'mapping', detail: 'its globs in the mapping file changed' });
        const diff = stepDiffs(facts.definition).get(step);
        if (diff?.change === 'added')
            reasons.push({ kind: 'new-step' });
        else if (diff && diff.change !== 'removed') {
            const paths = [...diff.paths];
            // A volatile code location (an upload path the SDK rewrites on every upsert) says nothing by its
            // text: the step's mapped files decide. A step without mapped files cannot be judged, so it runs.
            const volatile = diff.volatile ?? [];
            if (volatile.length > 0 && !head.mapping?.steps.get(step)?.length)
                paths.push(...volatile);
            else if (volatile.length > 0)
                codeMoved.add(step);
            if (paths.length > 0)
                reasons.push({ kind: 'definition', paths, since });
        }
        for (const name of graph.step(step).parameters) {
            const to = head.parameters.get(name);
            const from = facts.parameters.get(name) ?? defaultOf(facts.definition.graph.parameters.get(name));
            const def = graph.parameters.get(name);
            if (!sameValue(def, from, to)) {
                const reason = since ? { kind: 'parameter', name, since } : { kind: 'parameter', name };
                if (from !== undefined)
                    reason.from = from;
                if (to !== undefined)
                    reason.to = to;
                reasons.push(reason);
            }
        }
        return reasons;
    };
    /** Step → file reasons for a producer's change set ('' holds the all-steps reasons). */
    const filesFor = (producer, changes) => {
        let m = fileMemo.get(producer);
        if (m)
            return m;
        m = new Map();
        const add = (step, reason) => {
            const list = m.get(step) ?? [];
            list.push(reason);
            m.set(step, list);
        };
        if (head.mapping) {
            for (const file of changes.files) {
                const match = head.mapping.match(file);
                if (match.ignored)
                    continue;
                if (match.allSteps !== undefined)
                    add('', { kind: 'all-steps-file', file, glob: match.allSteps });
                for (const { step, glob } of match.steps) {
                    add(step, producer === reference
                        ? { kind: 'file', file, glob }
                        : { kind: 'file', file, glob, since: producer });
                }
            }
        }
        fileMemo.set(producer, m);
        return m;
    };
    const stepDiffs = (definition) => {
        let m = diffMemo.get(definition.hash);
        if (!m) {
            const diff = definition.hash === head.definition.hash
                ? { steps: [] }
                : diffDefinitions(definition.graph, graph, definition.document, head.definition.document);
            m = new Map(diff.steps.map(d => [d.step, d]));
            diffMemo.set(definition.hash, m);
        }
        return m;
    };
    // Whether the output a run `view` holds for a step stands for head, upstream included: the first
    // reason it does not, 'pending' while facts are missing, or undefined when it does.
    const standsMemo = new Map();
    const standsFor = (step, view) => {
        const key = `${view}\u0000${step}`;
        if (!standsMemo.has(key))
            standsMemo.set(key, judgeInView(step, view) ?? null);
        return standsMemo.get(key) ?? undefined;
    };
    const judgeInView = (step, view) => {
        const r = resolve(step, view);
        if ('pending' in r)
            return 'pending';
        if ('unknown' in r)
            return { kind: 'producer-unknown', detail: r.unknown };
        if ('none' in r)
            return { kind: 'failed-in-reference', status: r.none };
        const reasons = own(step, r.producer);
        if (reasons === 'pending')
            return 'pending';
        if (reasons.length > 0)
            return reasons[0];
        return consumed(step, r.producer);
    };
    /** Whether every upstream output the producer consumed for this step stands for head. */
    const consumed = (step, producer) => {
        let pending = false;
        for (const parent of graph.sorted(graph.parents(step))) {
            const verdict = standsFor(parent, producer);
            if (verdict === 'pending')
                pending = true;
            else if (verdict)
                return { kind: 'stale-input', step: parent, run: producer };
        }
        return pending ? 'pending' : undefined;
    };
    const stale = new Map();
    const branchExcluded = new Set();
    const producers = new Map();
    const refFacts = factsWith(reference, ['steps']);
    const excluded = refFacts !== 'pending' && !('unavailable' in refFacts)
        ? untakenBranches(graph, refFacts.steps)
        : new Set();
    for (const step of graph.topologicalOrder()) {
        const r = resolve(step, reference);
        if ('pending' in r)
            continue;
        if ('unknown' in r) {
            stale.set(step, [{ kind: 'producer-unknown', detail: r.unknown }]);
            continue;
        }
        if ('none' in r) {
            if (r.none === 'NotRun' && r.run === reference && excluded.has(step)) {
                // No output by design (its Condition took the other branch). Its own changes still select it
                // (SPEC rule 1): the next time its branch is taken, it must be what head says.
                const reasons = own(step, reference);
                if (reasons === 'pending')
                    continue;
                if (reasons.length > 0)
                    stale.set(step, reasons);
                else
                    branchExcluded.add(step);
            }
            else
                stale.set(step, [{ kind: 'failed-in-reference', status: r.none }]);
            continue;
        }
        const reasons = own(step, r.producer);
        if (reasons === 'pending')
            continue;
        const all = [...reasons];
        // Outputs the reference ran itself consumed the reference's own upstream outputs, which the
        // closure already judges; an output carried over from an older run consumed that run's.
        if (r.producer !== reference && all.length === 0) {
            const input = consumed(step, r.producer);
            if (input === 'pending')
                continue;
            if (input)
                all.push(input);
        }
        if (all.length > 0)
            stale.set(step, all);
        else
            producers.set(step, r.producer);
    }
    return { stale, branchExcluded, producers, codeMoved, needs: [...needs.values()] };
}
function has(facts, field) {
    if (!facts)
        return false;
    switch (field) {
        case 'run':
            return facts.status !== undefined;
        case 'steps':
            return facts.steps !== undefined;
        case 'parameters':
            return facts.parameters !== undefined;
        case 'definition':
            return facts.definition !== undefined;
        case 'changes':
            return facts.changes !== undefined;
        case 'mapping':
            return facts.mapping !== undefined;
    }
}
function defaultOf(def) {
    const v = def?.defaultValue;
    if (v === undefined)
        return undefined;
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return String(v);
}
/**
 * Two values of one parameter are the same when the service would see the same value: Booleans
 * ignore case, Integers and Floats compare as numbers ("6" and "6.0", "0.70" and "0.7"), Strings as
 * text. An absent value equals only an absent one.
 */
function sameValue(def, a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    switch (def?.type) {
        case 'Boolean':
            return a.trim().toLowerCase() === b.trim().toLowerCase();
        case 'Integer':
        case 'Float': {
            const x = Number(a.trim());
            const y = Number(b.trim());
            return a.trim() !== '' && b.trim() !== '' && !Number.isNaN(x) && x === y;
        }
        default:
            return a === b;
    }
}
/**
 * Steps absent from a run because a Condition took the other branch: those nested in the untaken
 * branch of a Condition that reported an outcome, and everything downstream of them.
 */
function untakenBranches(graph, steps) {
    const direct = [];
    for (const node of graph.steps.values()) {
        if (!node.condition)
            continue;
        const outcome = steps.get(node.condition)?.outcome;
        if (!outcome)
            continue;
        const taken = outcome === 'True' ? 'If' : 'Else';
        if (node.branch !== taken)
            direct.push(node.name);
    }
    return new Set(graph.closure(direct));
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
    const judged = request.freshness;
    if (!judged && !request.changes.complete) {
        const detail = request.changes.detail ?? 'the list of changed files could not be read whole';
        for (const name of graph.topologicalOrder())
            book.add(name, { kind: 'unknown-changes', detail });
        return fullRun(graph, book, `the changed files are not known exactly (${detail}), so every step runs`, warnings);
    }
    if (judged) {
        // Every step whose output in the reference does not stand for head runs (files, definition,
        // parameters, mapping edits, no output at all), judged against the run that produced it.
        for (const [name, reasons] of judged.stale)
            for (const reason of reasons)
                book.add(name, reason);
        if (selection === 'failed' &&
            ![...judged.stale.values()].flat().some(r => r.kind === 'failed-in-reference')) {
            warnings.push(`the reference run ${request.reference?.arn ?? ''} has no failed steps; there is nothing to resume`.replace('run  has', 'run has'));
        }
    }
    else {
        addAffected(request, book, warnings);
        if (selection === 'failed')
            addFailed(graph, request.reference, book, warnings);
        // Whatever the mode, a Failed reference's failed steps have no outputs at that commit: they run again
        // (the run this plan starts must leave every step's outputs in place).
        else if (request.reference?.status === 'Failed')
            addFailed(graph, request.reference, book, []);
    }
    for (const name of explicit)
        book.add(name, { kind: 'explicit' });
    for (const [name, reasons] of Object.entries(request.seeds ?? {})) {
        checkStepNames(graph, [name], 'selection seeds');
        if (reasons.length === 0)
            book.add(name, { kind: 'explicit' });
        for (const reason of reasons)
            book.add(name, reason);
    }
    const cost = request.stepMinutes ? (n) => request.stepMinutes.get(n) ?? 1 : () => 1;
    const selected = expand(graph, book, request.downstream, judged?.branchExcluded, cost);
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
    copy() {
        const copy = new ReasonBook();
        for (const [step, reasons] of this.byStep)
            copy.byStep.set(step, new Map(reasons));
        return copy;
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
/**
 * Seeds from the files changed in one commit range, for a plan without a freshness judgement (no
 * reference run: every step's output is judged by its producing run otherwise, in core/freshness.ts).
 */
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
 * The selection, recomputed from scratch until the steps it needs are all in the book, so that the
 * order in which steps are met never matters. Every step selected for a reason other than `explicit`
 * (SPEC rule 7: with `downstream: true`, every step) is *unlimited*: it brings its enclosing Conditions,
 * its whole downstream closure, and anything either reaches, all unlimited too. Steps named in `steps`
 * bring their Conditions (limited, unless a change also brings them). Steps on a path between selected
 * steps are filled in (path convexity). A step the selection needs whose output the reference lacks (a
 * Condition there took the other branch) is added with `needed-upstream`, and everything is recomputed.
 * A selection in several unconnected parts is joined through a common upstream step when one exists
 * (`connects`, see {@link chooseConnectors}).
 */
function expand(graph, book, downstream, noOutput, cost) {
    for (;;) {
        const { selected, how } = settle(graph, book, downstream, noOutput);
        const connectors = chooseConnectors(graph, book, downstream, noOutput, selected, cost);
        if (connectors) {
            for (const step of connectors.steps)
                book.add(step, { kind: 'connects', parts: connectors.parts });
            continue;
        }
        for (const name of graph.sorted(how.keys())) {
            const reason = how.get(name);
            if (reason !== 'closure')
                book.add(name, reason);
            else
                for (const parent of graph.sorted(graph.parents(name))) {
                    if (selected.has(parent))
                        book.add(name, { kind: 'upstream', step: parent });
                }
        }
        return selected;
    }
}
/** {@link grow}, then every step the selection needs whose output the reference lacks, until none is missing. */
function settle(graph, book, downstream, noOutput) {
    for (;;) {
        const { selected, unlimited, how } = grow(graph, book, downstream);
        // Steps the selection needs whose output the reference lacks run for it, with their closure.
        const missing = graph.ancestors(selected).filter(n => noOutput?.has(n) && !unlimited.has(n));
        if (missing.length === 0)
            return { selected, how };
        for (const name of missing) {
            const of = graph.sorted(graph.descendants([name])).find(d => selected.has(d)) ?? '';
            book.add(name, { kind: 'needed-upstream', of });
        }
    }
}
/** Reasons that select a step without its downstream closure. */
function isLimited(reason, downstream) {
    return reason.kind === 'connects' || (!downstream && reason.kind === 'explicit');
}
/** The fixed point of the book's steps under enclosing Conditions, downstream closure and path convexity. */
function grow(graph, book, downstream) {
    const selected = new Set(book.names());
    const unlimited = new Set([...selected].filter(n => !book.reasons(n).every(r => isLimited(r, downstream))));
    const how = new Map();
    for (let grew = true; grew;) {
        grew = false;
        const add = (set, name, reason) => {
            if (set.has(name))
                return;
            set.add(name);
            if (reason && !how.has(name) && !book.has(name))
                how.set(name, reason);
            grew = true;
        };
        for (const name of graph.sorted(selected)) {
            for (const condition of graph.enclosingConditions(name)) {
                add(selected, condition, { kind: 'enclosing-condition', of: name });
                if (unlimited.has(name))
                    add(unlimited, condition);
            }
        }
        for (const name of graph.descendants(unlimited)) {
            add(selected, name, 'closure');
            add(unlimited, name);
        }
        const above = new Set(graph.ancestors(selected));
        for (const name of graph.descendants(selected)) {
            if (above.has(name))
                add(selected, name, 'closure');
        }
    }
    return { selected, unlimited, how };
}
/** Candidate connectors tried one by one per unconnected selection (the closest first). */
const MAX_CONNECTOR_CANDIDATES = 64;
/** Of those, the closest ones also tried two at a time. */
const MAX_CONNECTOR_PAIRS_FROM = 24;
/**
 * Each trial re-plans the whole graph: trials per search are capped at this many step visits divided
 * by the number of steps (at least 4), so that a 5,000-step pipeline tries its 4 closest connectors and
 * a 60-step one every single and pair above.
 */
const CONNECTOR_BUDGET = 40_000;
/**
 * Joins a selection in several weakly connected parts, which SageMaker is assumed to reject (the
 * developer guide says the selected steps must be "connected"; whether the service enforces it is
 * unverified, [U] §1.1). A connector is a step upstream of two or more parts; it is added with the
 * steps on its paths to the selection (path convexity), its enclosing Conditions, and whatever they
 * need, but without its downstream closure: it runs again from the same fresh inputs, so the outputs
 * of its other descendants stay fresh. Of the single connectors and the pairs of the closest ones,
 * the cheapest that joins every part wins (then the fewer connectors, then the closer); when none
 * does, the single connector leaving the fewest parts is added and the search repeats. Nothing when
 * the selection is connected or no step joins two parts.
 */
function chooseConnectors(graph, book, downstream, noOutput, selected, cost) {
    // Joining only adds steps: past the service's limit the run is a full run anyway.
    if (selected.size > MAX_SELECTED_STEPS)
        return undefined;
    const parts = connectedGroups(graph, selected);
    if (parts.length < 2)
        return undefined;
    const partOf = new Map();
    parts.forEach((part, i) => {
        for (const name of part)
            partOf.set(name, i);
    });
    // The closest common upstream steps first (reverse topological order).
    const candidates = graph
        .ancestors(selected)
        .filter(name => {
        const joined = new Set();
        for (const d of graph.descendants([name]))
            if (partOf.has(d))
                joined.add(partOf.get(d));
        return joined.size >= 2;
    })
        .reverse()
        .slice(0, MAX_CONNECTOR_CANDIDATES);
    const total = (names) => [...names].reduce((sum, n) => sum + cost(n), 0);
    const tryWith = (steps) => {
        const trial = book.copy();
        for (const step of steps)
            trial.add(step, { kind: 'connects', parts: [] });
        const joined = settle(graph, trial, downstream, noOutput).selected;
        return { steps, parts: connectedGroups(graph, joined).length, cost: total(joined) };
    };
    const better = (a, b) => !b || a.parts < b.parts || (a.parts === b.parts && a.cost < b.cost);
    let trials = Math.max(4, Math.floor(CONNECTOR_BUDGET / graph.size));
    let best;
    for (const step of candidates) {
        if (trials-- <= 0)
            break;
        const option = tryWith([step]);
        if (better(option, best))
            best = option;
    }
    const pairsFrom = candidates.slice(0, MAX_CONNECTOR_PAIRS_FROM);
    for (let i = 0; i < pairsFrom.length && trials > 0; i++) {
        for (let j = i + 1; j < pairsFrom.length && trials-- > 0; j++) {
            const option = tryWith([pairsFrom[i], pairsFrom[j]]);
            if (option.parts === 1 && (best?.parts !== 1 || option.cost < best.cost))
                best = option;
        }
    }
    // No connector reduces the parts: the selection stays unconnected and becomes a full run.
    if (!best || best.parts >= parts.length)
        return undefined;
    return { steps: best.steps, parts: parts.map(p => p[0]) };
}
function finish(request, selectedSet, book, warnings) {
    const { graph } = request;
    const selected = graph.sorted(selectedSet);
    warnCachedFileChanges(graph, selected, book, warnings, request.freshness?.codeMoved);
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
        reason = `the selection has unconnected parts that share no upstream step (${groups.map(g => shortList(g, 5)).join(' | ')}); the selected steps of a selective execution are assumed to have to be connected (the developer guide's word; unverified), so every step runs`;
    }
    else if (reused.length > 0 && !request.reference) {
        reason = `no eligible reference run, and the selection depends on upstream steps ${shortList(reused, 10)}`;
    }
    if (reason)
        return fullRun(graph, book, reason, warnings);
    // A step that reads, by an S3 path built from the execution id, what a reused step wrote in another
    // run reads a location the new run never wrote: the service cannot see that dependency.
    for (const edge of graph.dataEdges()) {
        if (edge.executionScoped && selectedSet.has(edge.to) && reusedSet.has(edge.from)) {
            warnings.push(`${edge.to} reads ${edge.uri}, which ${edge.from} writes under the execution id: in a selective run it reads the new run's path, which the reused ${edge.from} never wrote. Build the path from a Steps.${edge.from} property instead.`);
        }
    }
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
function warnCachedFileChanges(graph, selected, book, warnings, codeMoved = new Set()) {
    const cached = selected.filter(name => {
        // A new code location is part of the cache key: no cache hit to fear.
        if (codeMoved.has(name))
            return false;
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

;// CONCATENATED MODULE: ./src/phases/plan.ts







/**
 * Plans the run: screens the listed runs, judges each candidate reference's outputs for freshness
 * against head (core/freshness.ts, reading what it needs through History), plans the selection with
 * each, and lets `decideReference` pick. Candidates are judged in the order their commit's tree diff
 * suggests (fewest directly affected steps, then newest), at most MAX_EVALUATED of them.
 */
async function planRun(options) {
    const planned = await planWithHistory(options);
    for (const w of planned.plan.warnings)
        log/* warning */.$e(w);
    if (planned.plan.fullRun)
        log/* info */.pq(`Full run: ${planned.plan.fullRunReason ?? ''}`);
    else
        log/* info */.pq(`Selected ${planned.plan.selected.length} step(s): ${planned.plan.selected.join(', ') || '(none)'}`);
    return planned;
}
async function planWithHistory(options) {
    const { head, history } = options;
    const sha = options.changes.head;
    const plan = (reference, freshness, changes, stepMinutes) => planSelection({
        stepMinutes,
        graph: head.graph,
        mapping: head.mapping,
        changes: changes ?? { files: [], complete: true },
        selection: options.selection,
        explicitSteps: options.explicitSteps,
        seeds: options.seeds,
        downstream: options.downstream,
        reference,
        freshness
    });
    if (options.selection === 'all' && options.explicitSteps.length === 0) {
        return {
            plan: plan(),
            head: sha,
            changes: { files: [], complete: true, detail: 'selection: all' },
            producers: new Map(),
            rejected: []
        };
    }
    const listed = options.reference.kind === 'arn'
        ? [await explicitRun(history, options.reference.arn)]
        : await history.runs();
    const screened = screenCandidates(listed.map(toCandidate));
    let candidates = screened.eligible;
    if (options.reference.kind === 'latest') {
        for (const c of candidates.slice(1)) {
            screened.rejected.push({
                arn: c.arn,
                reason: 'not used: reference: latest considers only the newest eligible run'
            });
        }
        candidates = candidates.slice(0, 1);
    }
    if (options.reference.kind === 'arn' && candidates.length === 0) {
        throw new errors/* UserError */.yo(`Input "reference" names ${options.reference.arn}, which cannot be the reference run: ${screened.rejected[0]?.reason ?? 'it is not eligible'}.`);
    }
    const ranked = await plan_rank(candidates, options);
    const judged = [];
    const rejected = [...screened.rejected];
    let evaluated = [];
    let decision = { rejected: [] };
    // The best-ranked MAX_EVALUATED first; when each of them would run every step, the search widens
    // to MAX_EVALUATED_WIDE before settling for a full run, and says how far it looked.
    for (const bound of [MAX_EVALUATED, MAX_EVALUATED_WIDE]) {
        for (const candidate of ranked.slice(judged.length, bound)) {
            judged.push({ candidate, judgement: await judge(candidate.arn, head, history) });
        }
        // Compute minutes per step from the step lists just read (median of the newest that ran it).
        const minutes = estimateStepMinutes(head.graph, await history.readSteps());
        evaluated = judged
            .map(({ candidate, judgement }) => ({
            candidate,
            plan: plan(recordOf(candidate), judgement, undefined, minutes.minutes),
            detail: { judgement }
        }))
            .sort((a, b) => b.candidate.createdAt - a.candidate.createdAt);
        decision = decideReference(evaluated, options.reference.kind === 'auto' ? 'auto' : 'latest', head.graph, minutes.minutes);
        if (decision.chosen || judged.length === ranked.length)
            break;
    }
    for (const candidate of ranked.slice(judged.length)) {
        rejected.push({
            arn: candidate.arn,
            reason: `not planned in full: its commit's changes made ${judged.length} other runs look better`
        });
    }
    if (ranked.length > 0)
        log/* info */.pq(`Judged ${judged.length} of ${ranked.length} eligible run(s) (at most ${MAX_EVALUATED}, widened to ${MAX_EVALUATED_WIDE} when none saves a step)`);
    rejected.push(...decision.rejected);
    for (const r of rejected)
        log/* info */.pq(`Not the reference: ${r.arn}: ${r.reason}`);
    const chosen = decision.chosen;
    if (chosen) {
        const { candidate, plan: chosenPlan, detail } = chosen;
        log/* info */.pq(`Reference run: ${candidate.arn} (commit ${candidate.commit ?? 'unknown'})`);
        const record = {
            arn: candidate.arn,
            status: candidate.status,
            createdAt: candidate.createdAt,
            commit: candidate.commit,
            steps: new Map(await history.steps(candidate.arn))
        };
        return {
            plan: chosenPlan,
            head: sha,
            changes: await options.changes.changesSince(candidate.commit),
            reference: { record, displayName: candidate.displayName },
            producers: detail.judgement.producers,
            rejected
        };
    }
    // Every candidate would run every step: the best one's plan says why, step by step (it is no
    // reference: nothing is reused from it).
    const best = [...evaluated].sort((a, b) => stepsToRun(a.plan, head.graph) - stepsToRun(b.plan, head.graph))[0];
    if (best) {
        const why = best.plan.fullRunReason ?? 'every step is affected';
        return {
            plan: {
                ...best.plan,
                fullRunReason: `no eligible reference run saves a step (the best, ${shortRun(best.candidate.arn)}: ${why})`
            },
            head: sha,
            changes: await options.changes.changesSince(best.candidate.commit),
            producers: new Map(),
            rejected
        };
    }
    // No run to reuse from: a full run. With `base` in plan mode and no recorded run at all, a preview
    // shows what the change would select once there is one.
    const preview = options.preview && !listed.some(r => r.provenance) ? await options.preview() : undefined;
    const full = plan(undefined, undefined, preview ?? { files: [], complete: true });
    if (!preview && !full.fullRun) {
        return {
            plan: noReference(head, plan),
            head: sha,
            changes: { files: [], complete: true, detail: 'no reference run' },
            producers: new Map(),
            rejected
        };
    }
    return {
        plan: full,
        head: sha,
        changes: preview ?? { files: [], complete: true },
        producers: new Map(),
        rejected
    };
}
/** Without a reference every output is missing: every step runs, with the reason spelled out. */
function noReference(head, plan) {
    const stale = new Map(head.graph.topologicalOrder().map(s => [s, [{ kind: 'failed-in-reference', status: 'NotRun' }]]));
    const p = plan(undefined, {
        stale,
        branchExcluded: new Set(),
        producers: new Map(),
        codeMoved: new Set(),
        needs: []
    });
    return {
        ...p,
        fullRun: true,
        fullRunReason: 'no eligible reference run (none that Succeeded or Failed with a recorded commit), so every step runs',
        reused: [],
        notRun: [],
        needsReference: false
    };
}
/** Distinct commits whose tree diff ranks the candidates. */
const MAX_RANKED_COMMITS = 40;
/** Judges a candidate, reading what the judge asks for until it asks for nothing more. */
async function judge(reference, head, history) {
    for (;;) {
        const judgement = judgeReference(reference, head, history.lookup);
        if (judgement.needs.length === 0)
            return judgement;
        await history.load(judgement.needs);
    }
}
/**
 * Orders candidates by how many steps their own commit's tree diff selects directly (a cheap local
 * `git diff`), then newest first. Only an ordering: the judgement that follows is what decides.
 */
async function plan_rank(candidates, options) {
    if (candidates.length <= 1)
        return candidates;
    const mapping = options.head.mapping;
    // Each distinct commit costs one tree diff (free with a local clone, one API call without): at most
    // MAX_RANKED_COMMITS are diffed; runs at other commits rank last, newest first.
    const commits = [...new Set(candidates.map(c => c.commit))].slice(0, MAX_RANKED_COMMITS);
    const scored = await Promise.all(candidates.map(async (c, i) => {
        if (!commits.includes(c.commit))
            return { c, i, score: Number.MAX_SAFE_INTEGER };
        const changes = await options.changes.changesSince(c.commit);
        if (!changes.complete)
            return { c, i, score: Number.MAX_SAFE_INTEGER };
        const steps = new Set();
        if (mapping) {
            for (const file of changes.files) {
                const m = mapping.match(file);
                if (m.ignored)
                    continue;
                if (m.allSteps !== undefined)
                    return { c, i, score: options.head.graph.size + (c.status === 'Failed' ? 1 : 0) };
                for (const s of m.steps)
                    steps.add(s.step);
            }
        }
        const closure = options.head.graph.closure([...steps]).length;
        return { c, i, score: closure + (c.status === 'Failed' ? 1 : 0) };
    }));
    return scored.sort((a, b) => a.score - b.score || a.i - b.i).map(s => s.c);
}
async function explicitRun(history, arn) {
    let facts;
    try {
        facts = await history.describe(arn);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input "reference" names ${arn}, which cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error
        });
    }
    return {
        arn,
        status: facts.status ?? 'Executing',
        startTime: 0,
        provenance: history.provenanceOf(arn)
    };
}
function recordOf(candidate) {
    return {
        arn: candidate.arn,
        status: candidate.status,
        createdAt: candidate.createdAt,
        commit: candidate.commit,
        steps: new Map()
    };
}
function toCandidate(r) {
    return {
        arn: r.arn,
        status: r.status,
        createdAt: r.startTime,
        commit: r.provenance?.sha,
        displayName: r.displayName
    };
}

;// CONCATENATED MODULE: ./src/phases/commands.ts











const SKIPPED = { status: 'Skipped', changedFiles: [] };
/**
 * `issue_comment` events (SPEC "Comment commands, fork pull requests, promotion"). A comment that
 * is no `/sagemaker` command ends here, quietly, without a single API call. A command gets 👀, then
 * the commenter's permission is checked (a refusal is a reply and 👎, never a start); the plan is
 * computed for the pull request's current head (read from the API: the event has none), with the
 * steps `/sagemaker run A,B` names. `/sagemaker plan` posts it in the sticky comment.
 * `/sagemaker run` starts it only when it is exactly the plan the sticky comment shows (same hidden
 * binding: head, version, reference, steps, parameters, inputs), recording the approver in
 * provenance (🚀); otherwise it posts the fresh plan, replies naming what moved, and reacts 👎.
 *
 * Nothing from the pull request is executed: the plan reads git objects and the GitHub API only,
 * and nothing here upserts a definition.
 */
async function runCommand(early, prepare) {
    const { context } = early;
    const event = (0,commands/* readCommandEvent */.yt)(context.payload);
    if (!event) {
        log/* info */.pq('This comment is not a /sagemaker command on a pull request: nothing to do.');
        return { outcome: SKIPPED };
    }
    const settings = early.settings;
    if (!settings.githubToken) {
        throw new errors/* UserError */.yo('/sagemaker commands need the github-token input (to read permissions and answer).');
    }
    const octokit = createOctokit(settings.githubToken, context.apiUrl);
    const talk = new Conversation(octokit, { owner: context.owner, repo: context.repo }, event);
    if (settings.commandPermission === 'read')
        log/* warning */.$e('command-permission is read: on a public repository every GitHub user has read permission, so anyone can start executions with a comment.');
    const { command, comment } = event;
    const verb = command.verb === 'invalid' ? command.tried : command.verb;
    log/* info */.pq(`/sagemaker ${verb} from ${log/* safe */.gB(comment.author, 60)} on pull request #${event.pr}.`);
    await talk.react('eyes');
    const { permission, roleName } = await collaboratorPermission(octokit, talk.repo, comment.author);
    const held = (0,commands/* effectivePermission */.fp)(permission, roleName);
    if (!(0,commands/* permits */.V1)(held, settings.commandPermission)) {
        log/* notice */.lm(`/sagemaker ${verb} refused: ${log/* safe */.gB(comment.author, 60)} has ${held === 'none' ? 'no' : held} permission; ` +
            `command-permission asks for ${settings.commandPermission}. Nothing started.`);
        await talk.refuse(permissionReply(comment.author, verb, held, settings.commandPermission));
        return { outcome: SKIPPED };
    }
    if (command.verb === 'invalid') {
        log/* notice */.lm(`/sagemaker ${verb} refused: the command cannot be run as written (${command.problem}).`);
        await talk.refuse(invalidReply(comment.author, command));
        return { outcome: SKIPPED };
    }
    const steps = command.verb === 'run' && command.steps.length > 0 ? command.steps : settings.steps;
    if ((settings.selection === 'coverage' || settings.selection === 'adopt') && steps.length === 0) {
        throw new errors/* UserError */.yo(`Input "selection" is "${settings.selection}", which /sagemaker commands do not run: use affected, all or failed in the command workflow.`);
    }
    const pull = await pullRequest(octokit, talk.repo, event.pr);
    if (pull.state !== 'open') {
        log/* notice */.lm(`/sagemaker ${verb} refused: pull request #${event.pr} is ${log/* safe */.gB(pull.state, 20)}.`);
        await talk.refuse(closedReply(comment.author, verb, event.pr));
        return { outcome: SKIPPED };
    }
    log/* info */.pq(`Pull request #${event.pr} head: ${pull.headSha}`);
    const runSettings = {
        ...settings,
        parameters: parseParameterOverrides(settings.parametersText),
        head: pull.headSha,
        steps,
        // `plan` never starts; `run` starts (and waits when the workflow says so).
        mode: command.verb === 'plan' ? 'plan' : settings.mode === 'wait' ? 'wait' : 'start'
    };
    const prepared = await prepare(runSettings, { ...context, headRef: pull.headRef });
    const { pipeline } = prepared;
    if (command.verb === 'run') {
        const graph = pipeline.definition.graph;
        const unknown = command.steps.filter(s => !graph.has(s));
        if (unknown.length > 0) {
            log/* notice */.lm(`/sagemaker run refused: it names ${unknown.length} step(s) the pipeline does not have.`);
            await talk.refuse(unknownStepsReply(comment.author, pipeline.name, unknown, (0,errors/* didYouMean */.au)(unknown[0], graph.topologicalOrder())));
            return { outcome: SKIPPED };
        }
    }
    const planned = await log/* group */.Os('Changes, reference run and plan', () => planRun(prepared.plan));
    if (command.verb === 'plan')
        return { outcome: await startAndReport(planned, prepared.deliver) };
    // `/sagemaker run`: only the plan the sticky comment shows, computed for this very head.
    const identity = await identityOf(octokit, settings.githubToken, context.apiUrl);
    const sticky = await readStickyComment(octokit, {
        repo: talk.repo,
        issue: event.pr,
        marker: commentMarker(pipeline.name),
        author: identity.login
    });
    const fresh = planBinding(planned, prepared.deliver);
    const moved = (0,commands/* judgeApproval */.bA)((0,commands/* parseBinding */.Vy)(sticky?.body), fresh, {
        postedAt: sticky?.updatedAt,
        commandAt: comment.createdAt
    });
    if (moved.length > 0) {
        log/* notice */.lm(`/sagemaker run refused: the posted plan is stale (${moved.map(m => m.what).join(', ')}). The fresh plan is posted for approval; nothing started.`);
        const outcome = await startAndReport(planned, {
            ...prepared.deliver,
            settings: { ...runSettings, mode: 'plan' }
        });
        await talk.refuse(staleReply(comment.author, moved, outcome.commentUrl ?? sticky?.url));
        return { outcome };
    }
    // One execution per approved plan: a second `/sagemaker run` of it while it runs starts nothing.
    const digest = (0,commands/* bindingDigest */.cw)(fresh);
    const running = (0,commands/* runningApproval */.js)(await prepared.deliver.history.runs(), digest);
    if (running) {
        log/* notice */.lm(`/sagemaker run: this plan is already running as ${running.arn}; nothing else started.`);
        await talk.reply(alreadyRunningReply(comment.author, running.arn));
        return { outcome: { ...SKIPPED, executionArn: running.arn } };
    }
    // The approval must still stand when the job reaches it: a comment deleted or edited while the job
    // waited (a queue, an environment review) starts nothing.
    const withdrawn = (0,commands/* commandWithdrawn */.az)(command, await readComment(octokit, talk.repo, comment.id));
    if (withdrawn) {
        log/* notice */.lm(`/sagemaker run refused: the command comment was ${withdrawn} before the job reached it. Nothing started.`);
        await talk.refuse(withdrawnReply(comment.author, withdrawn));
        return { outcome: SKIPPED };
    }
    log/* info */.pq(`Approved by ${log/* safe */.gB(comment.author, 60)}: ${log/* safe */.gB(comment.url)}`);
    const deliver = {
        ...prepared.deliver,
        approval: { login: comment.author, url: comment.url, binding: digest }
    };
    const outcome = await startAndReport(planned, deliver);
    if (outcome.executionArn)
        await talk.react('rocket');
    if (runSettings.mode === 'wait' && outcome.executionArn) {
        const final = await waitAndReport(planned, outcome, deliver);
        if (final.status !== 'Succeeded')
            return { outcome, failure: waitFailure(runSettings, outcome) };
    }
    return { outcome };
}
/** Reactions and replies on the command comment. A failure to react or reply is a warning: the decision stands. */
class Conversation {
    octokit;
    repo;
    event;
    constructor(octokit, repo, event) {
        this.octokit = octokit;
        this.repo = repo;
        this.event = event;
    }
    async react(content) {
        try {
            await reactToComment(this.octokit, this.repo, this.event.comment.id, content);
        }
        catch (error) {
            log/* warning */.$e(`Could not react ${content} to the command comment: ${log/* safe */.gB((0,errors/* errorMessage */.gJ)(error), 300)}`);
        }
    }
    async reply(body) {
        try {
            const url = await postComment(this.octokit, this.repo, this.event.pr, body);
            log/* info */.pq(`Replied: ${log/* safe */.gB(url)}`);
        }
        catch (error) {
            log/* warning */.$e(`Could not reply to the command: ${log/* safe */.gB((0,errors/* errorMessage */.gJ)(error), 300)}`);
        }
    }
    /** A reply saying why nothing started, then 👎. */
    async refuse(body) {
        await this.reply(body);
        await this.react('-1');
    }
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

;// CONCATENATED MODULE: ./src/phases/coverage.ts







/** How many recent finished executions the coverage report reads (each costs one ListPipelineExecutionSteps). */
const COVERAGE_HISTORY = 25;
/**
 * Reads the recent history for `selection: coverage`: which steps ran and succeeded since their mapped
 * files last changed, and which targets (uncovered steps grouped by compatible forcing parameters)
 * need an execution. Runs without a recorded commit prove nothing about the code they ran and cover
 * nothing, as they are never references.
 */
async function measureCoverage(options) {
    const { history, graph, mapping } = options;
    const finished = (await history.runs())
        .filter(s => s.status !== 'Executing' && s.status !== 'Stopping' && s.provenance?.sha)
        .slice(0, COVERAGE_HISTORY);
    const executions = await Promise.all(finished.map(async (s) => ({
        arn: s.arn,
        status: s.status,
        createdAt: s.startTime,
        commit: s.provenance?.sha,
        steps: new Map(await history.steps(s.arn))
    })));
    const changesSince = new Map();
    for (const commit of new Set(executions.map(e => e.commit).filter((c) => !!c))) {
        changesSince.set(commit, await options.changes.changesSince(commit));
    }
    const report = computeCoverage({ graph, mapping, executions, changesSince });
    for (const w of report.warnings)
        log/* warning */.$e(w);
    log/* info */.pq(`Coverage: ${report.percent.toFixed(1)} % of ${graph.size} steps; uncovered: ${report.uncovered.join(', ') || 'none'}`);
    return report;
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
/**
 * `selection: coverage`: measures coverage, then starts one execution per target (uncovered steps
 * with compatible forcing parameters), each planned like any run (what changed is added), and with
 * `mode: wait` checks that every targeted step ran.
 */
async function runCoverage(plan, deliver, overrides) {
    const { head } = plan;
    const report = await log/* group */.Os('Coverage', () => measureCoverage({
        history: plan.history,
        changes: plan.changes,
        graph: head.graph,
        mapping: head.mapping
    }));
    const coverage = { percent: report.percent, uncovered: report.uncovered };
    const view = (targeted) => ({
        percent: report.percent,
        steps: report.steps,
        targeted
    });
    if (report.targets.length === 0) {
        const planned = {
            plan: {
                selected: [],
                reasons: {},
                reused: [],
                notRun: head.graph.topologicalOrder(),
                fullRun: false,
                needsReference: false,
                warnings: []
            },
            head: plan.changes.head,
            changes: { files: [], complete: true },
            producers: new Map(),
            rejected: []
        };
        const outcome = { status: 'Skipped', plan: planned.plan, changedFiles: [], coverage };
        await startAndReport(planned, { ...deliver, coverage: view([]) });
        return { outcome };
    }
    const runs = [];
    for (const [index, target] of report.targets.entries()) {
        const params = runParameters(head.graph, { ...target.parameters, ...overrides });
        const targetHead = { ...head, parameters: params.values };
        plan.history.setHeadParameters(params.values);
        const planned = await log/* group */.Os(`Coverage target ${index + 1} of ${report.targets.length}: ${target.steps.join(', ')}`, () => planRun({ ...plan, head: targetHead, seeds: coverageSeeds(report, target.steps) }));
        const outcome = await startAndReport(planned, {
            ...deliver,
            parameters: params.send,
            values: params.values,
            inputs: (0,core_provenance/* planDigest */.Gb)({ base: deliver.inputs, target: target.steps, parameters: [...params.send] }),
            suffix: report.targets.length > 1 ? `coverage-${index + 1}` : 'coverage',
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
    if (deliver.settings.mode !== 'wait')
        return { outcome };
    const failures = [];
    const allStates = new Map();
    for (const r of runs) {
        if (!r.outcome.executionArn)
            continue;
        const final = await log/* group */.Os(`Wait for ${r.outcome.executionArn}`, () => waitForExecution(deliver.client, r.outcome.executionArn, deliver.settings.waitTimeoutMinutes, head.graph));
        if (r === first)
            outcome.status = final.status;
        for (const [k, v] of final.steps)
            allStates.set(k, v);
        const shortfall = final.status === 'Executing'
            ? `${r.outcome.executionArn} did not end in time`
            : coverageShortfall(head.graph, r.targeted, final.steps);
        if (shortfall)
            failures.push(shortfall);
        else
            log/* info */.pq(`Coverage target reached: ${r.targeted.join(', ')} ran as intended (execution ${final.status}).`);
    }
    await finalReport(first.planned, outcome, allStates, {
        ...deliver,
        coverage: view(report.targets.flatMap(t => t.steps))
    });
    return failures.length > 0
        ? { outcome, failure: `Coverage check failed: ${failures.join('; ')}` }
        : { outcome };
}

;// CONCATENATED MODULE: ./src/phases/fork.ts



/**
 * A pull request from a fork runs its own `pull_request` job without the repository's secrets (no AWS
 * credentials) and with a read-only token. Nothing can be planned against SageMaker there, and that is
 * not a failure: the job summary says what happened and how a maintainer runs the plan, and the job
 * stays green. Nothing from the pull request is executed.
 */
async function forkNotice(context) {
    const pr = context.pr !== undefined ? `#${context.pr}` : 'this pull request';
    const text = [
        `## SageMaker selective execution: fork pull request ${pr}`,
        '',
        'This pull request comes from a fork, so its `pull_request` job has no AWS credentials and a read-only token: ' +
            'nothing was planned or started, and this job passes.',
        '',
        'A maintainer can plan and run it from a comment on the pull request (a workflow on `issue_comment` with the ' +
            "repository's credentials, which never checks out or runs the fork's code):",
        '',
        "- `/sagemaker plan`: posts the plan for the pull request's current head.",
        '- `/sagemaker run`: starts exactly the plan that comment shows.',
        ''
    ].join('\n');
    log/* notice */.lm(`Fork pull request ${pr}: no AWS credentials here, nothing planned. A maintainer can comment /sagemaker plan.`);
    try {
        await core/* summary */.z.addRaw(text, true).write({ overwrite: true });
    }
    catch (error) {
        log/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return { status: 'Skipped', changedFiles: [] };
}

;// CONCATENATED MODULE: ./src/phases/history.ts





/** How far back the history is listed when looking for a reference run. */
const HISTORY_LIMIT = 500;
/**
 * How many runs outside the listing (producers of reused outputs older than the newest 500) may be
 * described; and how many runs' details (steps, parameters, definitions) may be read in all. A step
 * whose producing run lies beyond is not reused: it runs, and the report says so.
 */
const MAX_RUNS_READ = 24;
/**
 * The pipeline's past executions, read once: each listing, step list, parameter list and definition is
 * fetched at most once per action run, on demand, and handed to the pure freshness judge as `RunFacts`.
 */
class History {
    options;
    listed;
    facts = new Map();
    provenance = new Map();
    definitions = new Map();
    reads = new Set();
    headParameters;
    constructor(options) {
        this.options = options;
        this.headParameters = options.headParameters;
    }
    defaultsDigest;
    /** The digest of head's definition's defaults (a run pinned to it with no overrides got exactly those). */
    headDefaults() {
        this.defaultsDigest ??= (0,core_provenance/* parametersDigest */.nz)(runParameters(this.options.head.graph, {}).values);
        return this.defaultsDigest;
    }
    /** The new run's parameter values, once known (resuming reads a run's values first). */
    setHeadParameters(values) {
        this.headParameters = values;
    }
    /** The newest executions, newest first (at most HISTORY_LIMIT). */
    runs() {
        this.listed ??= (async () => {
            const out = [];
            if (this.options.known)
                out.push(...this.options.known.map(withProvenance));
            else {
                for await (const s of (0,sagemaker/* listExecutions */.eX)(this.options.client, this.options.pipeline, HISTORY_LIMIT)) {
                    out.push(withProvenance(s));
                }
            }
            for (const run of out)
                this.remember(run.arn, run.status, run.provenance);
            return out;
        })();
        return this.listed;
    }
    /** What is known of a run so far (the judge's lookup). */
    lookup = (arn) => this.facts.get(arn);
    /** Provenance of a run already read (listing or describe). */
    provenanceOf(arn) {
        return this.provenance.get(arn);
    }
    /** Reads what the judge asked for. Runs past the read bound become unavailable, never guessed. */
    async load(needs) {
        await this.runs();
        const byRun = new Map();
        for (const { arn, field } of needs)
            byRun.set(arn, (byRun.get(arn) ?? new Set()).add(field));
        await Promise.all([...byRun].map(async ([arn, fields]) => {
            if (!this.reads.has(arn) && this.reads.size >= MAX_RUNS_READ) {
                this.entry(arn).unavailable = `more than ${MAX_RUNS_READ} runs would have to be read to trace it`;
                return;
            }
            this.reads.add(arn);
            try {
                await this.read(arn, fields);
            }
            catch (error) {
                this.entry(arn).unavailable = (0,errors/* errorMessage */.gJ)(error).slice(0, 300);
            }
        }));
    }
    /** The step list of a run (memoised), for callers outside the judge (resume, coverage). */
    async steps(arn) {
        await this.read(arn, new Set(['steps']));
        return this.entry(arn).steps;
    }
    /**
     * The step lists read so far, newest run first (runs outside the listing last): what cost estimates
     * are made from, at no extra API call.
     */
    async readSteps() {
        const order = new Map((await this.runs()).map((r, i) => [r.arn, i]));
        return [...this.facts.values()]
            .filter(f => f.steps !== undefined)
            .sort((a, b) => (order.get(a.arn) ?? order.size) - (order.get(b.arn) ?? order.size))
            .map(f => f.steps);
    }
    /** The parameter values a run was started with (memoised). */
    async parameters(arn) {
        await this.read(arn, new Set(['parameters']));
        return this.entry(arn).parameters;
    }
    /** Status and provenance of any run of this pipeline (listed, or described when older). */
    async describe(arn) {
        await this.read(arn, new Set(['run']));
        return this.entry(arn);
    }
    async read(arn, fields) {
        const { client } = this.options;
        const facts = this.entry(arn);
        const wantsCommit = fields.has('run') || fields.has('changes') || fields.has('mapping') || fields.has('definition');
        if (wantsCommit && facts.status === undefined) {
            const d = await (0,sagemaker/* describeExecution */.ki)(client, arn);
            this.remember(arn, d.status, (0,core_provenance/* parseProvenance */.X6)(d.description));
        }
        const reads = [];
        if (fields.has('steps') && !facts.steps) {
            reads.push((0,sagemaker/* listExecutionSteps */.cf)(client, arn).then(steps => void (facts.steps = steps)));
        }
        const head = this.headParameters;
        const digest = this.provenance.get(arn)?.params;
        // Only a pinned run surely ran with the defaults its recorded digest was computed from.
        const pinned = this.provenance.get(arn)?.version !== undefined;
        if (fields.has('parameters') && !facts.parameters && digest && pinned) {
            // Recorded by the action when it started the run: equal digests, equal values, nothing to read.
            if (head && digest === (0,core_provenance/* parametersDigest */.nz)(head))
                facts.parameters = head;
            else if (this.provenance.get(arn)?.def === this.options.head.hash && digest === this.headDefaults()) {
                facts.parameters = runParameters(this.options.head.graph, {}).values;
            }
        }
        if (fields.has('parameters') && !facts.parameters) {
            reads.push((0,sagemaker/* listExecutionParameters */.rr)(client, arn).then(values => void (facts.parameters = new Map(Object.entries(values)))));
        }
        if (fields.has('definition') && !facts.definition) {
            reads.push(this.definitionOf(arn).then(d => {
                if (d instanceof Error)
                    facts.unavailable = `the definition it ran cannot be read (${d.message.slice(0, 200)})`;
                else
                    facts.definition = d;
            }));
        }
        if ((fields.has('changes') || fields.has('mapping')) && facts.commit && !facts.mapping) {
            reads.push((async () => {
                const changes = await this.options.changesSince(facts.commit);
                facts.changes = changes;
                facts.mapping = await this.options.mappingSince(facts.commit, changes);
            })());
        }
        await Promise.all(reads);
    }
    /**
     * The definition a run executed. A run the action started pinned to a version recorded that
     * definition's hash: when it equals head's, nothing is fetched. Otherwise (unpinned, adopted,
     * older) `DescribePipelineDefinitionForExecution` says what it ran; equal texts are parsed once.
     */
    definitionOf(arn) {
        const p = this.provenance.get(arn);
        const head = this.options.head;
        if (p?.version !== undefined && p.def === head.hash)
            return Promise.resolve(head);
        // Pinned runs that recorded the same hash ran the same definition: fetched once for all of them.
        const key = p?.version !== undefined && p.def ? `def:${p.def}` : arn;
        let found = this.definitions.get(key);
        if (!found) {
            found = (0,sagemaker/* executionDefinition */.cT)(this.options.client, arn).then(text => {
                try {
                    const document = JSON.parse(text);
                    const hash = (0,core_provenance/* definitionHash */.cn)(document);
                    if (hash === head.hash)
                        return head;
                    return { graph: (0,definition/* parseDefinition */.JA)(document, `the definition ${arn} ran`), document, hash };
                }
                catch (error) {
                    return error instanceof Error ? error : new Error((0,errors/* errorMessage */.gJ)(error));
                }
            }, (error) => (error instanceof Error ? error : new Error((0,errors/* errorMessage */.gJ)(error))));
            this.definitions.set(key, found);
        }
        return found;
    }
    entry(arn) {
        let facts = this.facts.get(arn);
        if (!facts) {
            facts = { arn };
            this.facts.set(arn, facts);
        }
        return facts;
    }
    remember(arn, status, provenance) {
        const facts = this.entry(arn);
        facts.status = status;
        if (provenance?.sha)
            facts.commit = provenance.sha;
        this.provenance.set(arn, provenance);
    }
}
function withProvenance(s) {
    return { ...s, provenance: (0,core_provenance/* parseProvenance */.X6)(s.description) };
}

// EXTERNAL MODULE: ./src/phases/pipeline.ts + 4 modules
var phases_pipeline = __webpack_require__(7596);
// EXTERNAL MODULE: ./src/prefetch.ts
var prefetch = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/main.ts


















/**
 * The action, as one page: inputs → pipeline → changes and history → plan → start → report →
 * outputs. Everything a user can get wrong is checked before anything is started.
 */
async function run() {
    try {
        const { outcome, failure } = await runAction();
        writeOutputs(outcome);
        if (failure)
            log/* setFailed */.C1(failure);
    }
    catch (error) {
        log/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
    }
}
async function runAction() {
    const early = (0,prefetch/* prefetch */.y)();
    const { context, client } = early;
    if (context.eventName === 'pull_request_target' && !early.settings.allowPullRequestTarget) {
        throw new errors/* UserError */.yo("This is a pull_request_target event: it runs with the base repository's secrets while its inputs come from the pull request. " +
            'The action refuses it unless allow-pull-request-target is true (see SECURITY.md).');
    }
    if (context.fork && context.eventName === 'pull_request')
        return { outcome: await forkNotice(context) };
    // `/sagemaker plan|run` comments: permission, then the same preparation with the pull request's head.
    if (context.eventName === 'issue_comment')
        return runCommand(early, (s, c) => main_prepare(early, s, c));
    const settings = {
        ...early.settings,
        parameters: parseParameterOverrides(early.settings.parametersText)
    };
    const { head, history, plan, deliver } = await main_prepare(early, settings, context);
    if (settings.selection === 'adopt' && settings.reference.kind === 'arn') {
        await log/* group */.Os('Adopt', () => adoptRun({
            client,
            context,
            arn: settings.reference.kind === 'arn' ? settings.reference.arn : '',
            head,
            history
        }));
        return { outcome: { status: 'Skipped', changedFiles: [], referenceArn: settings.reference.arn } };
    }
    if (settings.selection === 'coverage' && settings.steps.length === 0)
        return runCoverage(plan, deliver, settings.parameters);
    const planned = await log/* group */.Os('Changes, reference run and plan', () => planRun(plan));
    const outcome = await startAndReport(planned, deliver);
    if (settings.mode === 'wait' && outcome.executionArn) {
        const final = await waitAndReport(planned, outcome, deliver);
        if (final.status !== 'Succeeded')
            return { outcome, failure: waitFailure(settings, outcome) };
    }
    return { outcome };
}
/** Pipeline and mapping, head, changes and history, parameters: what a plan is computed from and delivered with. */
async function main_prepare(early, settings, context) {
    const { client } = early;
    const pipeline = await log/* group */.Os('Pipeline and mapping', () => (0,phases_pipeline/* loadPipeline */.Bp)({ ...settings, client, workspace: context.workspace, read: early.pipeline }));
    checkReferenceOwner(settings, pipeline.name);
    const sources = changeSources(settings, context);
    const head = await headCommit(settings, context, sources);
    const changes = new ChangeTracker(sources, head, settings.config, pipeline.mapping, pipeline.name);
    const history = new History({
        client,
        pipeline: pipeline.name,
        head: pipeline.definition,
        changesSince: changes.changesSince,
        mappingSince: changes.mappingSince
    });
    // The run gets the definition's defaults plus the overrides; resuming a failed run continues its values.
    const resume = settings.selection === 'failed' && settings.steps.length === 0
        ? await resumedRun(settings, history)
        : undefined;
    const params = runParameters(pipeline.definition.graph, settings.parameters, resume ? await history.parameters(resume) : undefined);
    history.setHeadParameters(params.values);
    for (const w of params.warnings)
        log/* warning */.$e(w);
    // Secret-looking and long override values are masked in the log from here on.
    log/* registerSecretParameters */.c1(settings.parameters);
    const plan = {
        head: {
            graph: pipeline.definition.graph,
            definition: pipeline.definition,
            parameters: params.values,
            mapping: pipeline.mapping
        },
        history,
        changes,
        selection: settings.steps.length > 0 ? 'affected' : settings.selection,
        explicitSteps: settings.steps,
        downstream: settings.downstream,
        reference: resume ? { kind: 'arn', arn: resume } : settings.reference,
        preview: settings.base && settings.mode === 'plan'
            ? () => previewChanges(settings, context, sources, head)
            : undefined
    };
    const deliver = {
        client,
        settings,
        context,
        pipeline,
        history,
        parameters: params.send,
        values: params.values,
        inputs: (0,core_provenance/* planDigest */.Gb)({
            pipeline: pipeline.name,
            version: pipeline.version,
            selection: settings.selection,
            steps: settings.steps,
            downstream: settings.downstream,
            reference: settings.reference,
            parameters: [...params.send]
        }),
        isAncestor: (a, b) => sources.git?.isAncestor?.(a, b) ?? Promise.resolve(undefined)
    };
    return { pipeline, head, history, plan, deliver };
}
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
/** The head commit as a SHA (the `head` input resolved, else the event's), checked to exist. */
async function headCommit(settings, context, sources) {
    const head = settings.head
        ? await resolveCommitInput('head', settings.head, sources)
        : resolveHead(context.eventName, context.payload, process.env);
    await verifyHead(head, sources);
    log/* info */.pq(`Head commit: ${head}`);
    return head;
}
/** `selection: failed`: the run to resume (the `reference` input, else the newest failed run the action recorded). */
async function resumedRun(settings, history) {
    if (settings.reference.kind === 'arn')
        return settings.reference.arn;
    const failed = (await history.runs()).find(r => r.status === 'Failed' && r.provenance?.sha);
    if (!failed)
        log/* warning */.$e('selection: failed, but no recent execution with a recorded commit failed: planning as for selection: affected.');
    return failed?.arn;
}
/** `base` in plan mode when no run has a recorded commit: a preview of what the change would select. */
async function previewChanges(settings, context, sources, head) {
    const base = await resolveCommitInput('base', settings.base, sources);
    const range = eventRange(context.eventName, context.payload, { base, head });
    return collectChanges({ from: base, to: head, threeDot: range.threeDot }, sources);
}
/** A reference (or a run to adopt) must be an execution of this pipeline. */
function checkReferenceOwner(settings, pipeline) {
    if (settings.reference.kind !== 'arn')
        return;
    const owner = inputs/* EXECUTION_ARN */.fj.exec(settings.reference.arn)?.[2];
    if (owner && owner.toLowerCase() !== pipeline.toLowerCase()) {
        throw new errors/* UserError */.yo(`Input "reference" is an execution of pipeline "${owner}", not of "${pipeline}".`);
    }
}


/***/ })

};
