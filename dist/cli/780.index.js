export const id = 780;
export const ids = [780];
export const modules = {

/***/ 9980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports inputsWithDefaults, parseOutputFile, uniqueRunId */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8815);






async function runAction(options) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'sse-runner-'));
    const eventPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'event.json');
    const outputPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'output');
    const summaryPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'summary.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(eventPath, JSON.stringify(options.event));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(outputPath, '');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(summaryPath, '');
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: options.eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_REPOSITORY: options.repository ?? 'octo-org/abalone-ml',
        GITHUB_RUN_ID: options.runId ?? '1001',
        GITHUB_RUN_ATTEMPT: options.runAttempt ?? '1',
        GITHUB_SHA: options.sha ?? '',
        GITHUB_REF: options.ref ?? '',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: options.githubUrl,
        AWS_ENDPOINT_URL_SAGEMAKER: options.sagemakerUrl,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEEMULATOR',
        AWS_SECRET_ACCESS_KEY: 'emulator-secret-key',
        AWS_REGION: 'us-east-1',
        SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE: '0.01',
        ...options.env
    };
    for (const [name, value] of Object.entries(inputsWithDefaults(options.actionDir, options.inputs))) {
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.actionDir, 'dist', 'index.js')], {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString()));
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const exitCode = await new Promise(resolve => child.on('close', code => resolve(code ?? 1)));
    const outputs = parseOutputFile((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(outputPath, 'utf8'));
    const summary = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(summaryPath, 'utf8');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
    return {
        exitCode,
        stdout,
        stderr,
        outputs,
        summary,
        errors: stdout
            .split('\n')
            .filter(l => l.startsWith('::error'))
            .map(l => l.replace(/^::error[^:]*::/, ''))
    };
}
/** The runner passes every input declared in action.yml, with its default when the workflow omits it. */
function inputsWithDefaults(actionDir, given) {
    const action = (0,yaml__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(actionDir, 'action.yml'), 'utf8'));
    const out = {};
    for (const [name, spec] of Object.entries(action.inputs)) {
        let value = spec.default ?? '';
        if (value.includes('${{'))
            value = name === 'github-token' ? 'ghs_demotoken0123456789' : '';
        out[name] = value;
    }
    for (const [name, value] of Object.entries(given)) {
        if (!(name in action.inputs))
            throw new Error(`action.yml has no input "${name}"`);
        out[name] = value;
    }
    return out;
}
/** Reads the `name<<delimiter` blocks `@actions/core` writes to GITHUB_OUTPUT. */
function parseOutputFile(text) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
        if (!m)
            continue;
        const [, name, delimiter] = m;
        const value = [];
        while (++i < lines.length && lines[i] !== delimiter)
            value.push(lines[i]);
        out[name] = value.join('\n');
    }
    return out;
}
function uniqueRunId() {
    return String(Number.parseInt(randomUUID().replace(/-/g, '').slice(0, 8), 16));
}


/***/ }),

/***/ 7073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  he: () => (/* binding */ DEMO_PIPELINE),
  fX: () => (/* binding */ DEMO_PR),
  Hc: () => (/* binding */ DEMO_REPOSITORY),
  CN: () => (/* binding */ createDemoWorld),
  Kj: () => (/* binding */ seedCommits)
});

// UNUSED EXPORTS: DEMO_DURATIONS, DEMO_PERMISSIONS, githubSeed, pullRequestEvent

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/definition.ts + 2 modules
var core_definition = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/core/parameters.ts
var parameters = __webpack_require__(807);
// EXTERNAL MODULE: ./src/core/provenance.ts
var core_provenance = __webpack_require__(5240);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./tools/emulator/github/pagination.ts
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
function perPage(query) {
    const value = Number.parseInt(query.get('per_page') ?? '', 10);
    if (!Number.isFinite(value) || value < 1)
        return DEFAULT_PER_PAGE;
    return Math.min(value, MAX_PER_PAGE);
}
function pageNumber(query) {
    const value = Number.parseInt(query.get('page') ?? '', 10);
    return Number.isFinite(value) && value >= 1 ? value : 1;
}
/** `selfUrl` is the absolute URL of the list without its query (it becomes the base of every link). */
function paginate(items, query, selfUrl) {
    const size = perPage(query);
    const page = pageNumber(query);
    const last = Math.max(1, Math.ceil(items.length / size));
    const slice = items.slice((page - 1) * size, page * size);
    if (last === 1 && page === 1)
        return { items: slice };
    const at = (n) => {
        const params = new URLSearchParams(query);
        params.set('per_page', String(size));
        params.set('page', String(n));
        return `<${selfUrl}?${params.toString()}>`;
    };
    const links = [];
    if (page > 1)
        links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last)
        links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    if (page > 1)
        links.push(`${at(1)}; rel="first"`);
    return { items: slice, link: links.join(', ') };
}

;// CONCATENATED MODULE: ./tools/emulator/github/shapes.ts
/** Link and `url` fields use `/repositories/{id}`, as api.github.com does. */
function repoPath(repo, req) {
    return `${req.apiUrl}/repositories/${repo.id}`;
}
function user(login) {
    return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}
function repoJson(repo, apiUrl) {
    return {
        id: repo.id,
        name: repo.name,
        full_name: repo.fullName,
        private: repo.isPrivate,
        visibility: repo.isPrivate ? 'private' : 'public',
        owner: user(repo.owner),
        html_url: `https://github.com/${repo.fullName}`,
        url: `${apiUrl}/repos/${repo.fullName}`,
        fork: false,
        default_branch: repo.defaultBranch
    };
}
function pullJson(repo, number, apiUrl) {
    const pull = repo.pulls.get(number);
    const baseSha = pull.baseSha ?? repo.resolve(pull.base) ?? null;
    const files = repo.pullDiff(number);
    const side = (ref, sha) => ({
        label: `${repo.owner}:${ref}`,
        ref,
        sha,
        user: user(repo.owner),
        repo: repoJson(repo, apiUrl)
    });
    return {
        url: `${apiUrl}/repos/${repo.fullName}/pulls/${number}`,
        html_url: `https://github.com/${repo.fullName}/pull/${number}`,
        number,
        state: pull.state ?? 'open',
        title: pull.title ?? `Pull request ${number}`,
        user: user(pull.user ?? 'octocat'),
        draft: false,
        merged: false,
        head: side(pull.headRef, pull.head),
        base: side(pull.base, baseSha),
        commits: baseSha ? repo.commitsBetween(baseSha, pull.head).length : 0,
        changed_files: files.length,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0)
    };
}
function commitJson(repo, sha, req) {
    const commit = repo.commit(sha);
    const url = `${repoPath(repo, req)}/commits/${sha}`;
    const person = { name: 'Octo Cat', email: 'octocat@example.com', date: '2026-01-05T10:00:00Z' };
    return {
        sha,
        url,
        html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
        commit: {
            message: commit.message ?? '',
            tree: { sha: commit.treeSha, url: `${repoPath(repo, req)}/git/trees/${commit.treeSha}` },
            author: person,
            committer: person
        },
        parents: commit.parents.map(parent => ({ sha: parent, url: `${repoPath(repo, req)}/commits/${parent}` }))
    };
}
function fileJson(repo, file) {
    const ref = file.sha ?? 'HEAD';
    return {
        ...file,
        blob_url: `https://github.com/${repo.fullName}/blob/${ref}/${file.filename}`,
        raw_url: `https://github.com/${repo.fullName}/raw/${ref}/${file.filename}`
    };
}
function commentJson(repo, comment, req) {
    const kind = repo.pulls.has(comment.issue) ? 'pull' : 'issues';
    return {
        id: comment.id,
        url: `${req.apiUrl}/repos/${repo.fullName}/issues/comments/${comment.id}`,
        html_url: `https://github.com/${repo.fullName}/${kind}/${comment.issue}#issuecomment-${comment.id}`,
        issue_url: `${req.apiUrl}/repos/${repo.fullName}/issues/${comment.issue}`,
        user: user(comment.user),
        created_at: comment.createdAt,
        updated_at: comment.updatedAt,
        author_association: comment.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
        body: comment.body
    };
}

;// CONCATENATED MODULE: ./tools/emulator/github/routes.ts


const DOCS = 'https://docs.github.com/rest';
/** api.github.com lists at most this many files for a pull request, however many changed. */
const PULL_FILES_LIMIT = 3000;
/** The compare endpoint lists at most this many files. */
const COMPARE_FILES_LIMIT = 300;
const COMPARE_COMMITS_LIMIT = 250;
/** The reactions api.github.com accepts. */
const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];
/** `role_name` → the legacy `permission` the same answer carries (admin, write, read, none). */
const LEGACY_PERMISSION = {
    admin: 'admin',
    maintain: 'write',
    write: 'write',
    triage: 'read',
    read: 'read'
};
function errorReply(status, message, extra = {}) {
    return { status, body: { message, ...extra, documentation_url: DOCS, status: String(status) } };
}
const notFound = () => errorReply(404, 'Not Found');
function matchRoute(method, rest) {
    for (const route of ROUTES) {
        if (route.method !== method)
            continue;
        const m = route.pattern.exec(rest);
        if (m)
            return { route, params: m.slice(1).map(p => decodeURIComponent(p)) };
    }
    return undefined;
}
/** The template of a path whatever the method, for counting requests that match no route. */
function templateFor(method, rest) {
    return matchRoute(method, rest)?.route.template;
}
const ROUTES = [
    route('GET', '', /^$/, (_w, repo, _p, req) => ({ status: 200, body: repoJson(repo, req.apiUrl) })),
    route('GET', '/pulls/{pull_number}', /^\/pulls\/(\d+)$/, (_w, repo, [n], req) => {
        const pull = repo.pulls.get(Number(n));
        return pull ? { status: 200, body: pullJson(repo, Number(n), req.apiUrl) } : notFound();
    }),
    route('GET', '/pulls/{pull_number}/files', /^\/pulls\/(\d+)\/files$/, (_w, repo, [n], req) => {
        if (!repo.pulls.has(Number(n)))
            return notFound();
        const files = repo.pullDiff(Number(n)).slice(0, PULL_FILES_LIMIT);
        return list(files.map(f => fileJson(repo, f)), req, `${repoPath(repo, req)}/pulls/${n}/files`);
    }),
    route('GET', '/compare/{basehead}', /^\/compare\/(.+)$/, (_w, repo, [basehead], req) => compare(repo, basehead, req)),
    route('GET', '/git/trees/{tree_sha}', /^\/git\/trees\/(.+)$/, (_w, repo, [ref], req) => {
        const sha = repo.resolve(ref);
        const commit = sha ? repo.commit(sha) : repo.commitOfTree(ref);
        if (!commit)
            return notFound();
        const recursive = req.query.has('recursive');
        let entries = repo.tree(commit, recursive);
        const truncated = recursive && commit.truncatedTree === true;
        if (truncated)
            entries = entries.slice(0, Math.ceil(entries.length / 2));
        const url = `${repoPath(repo, req)}/git/trees`;
        const tree = entries.map(e => ({ ...e, url: `${url}/${e.type === 'blob' ? 'blobs' : 'trees'}/${e.sha}` }));
        return { status: 200, body: { sha: commit.treeSha, url: `${url}/${commit.treeSha}`, tree, truncated } };
    }),
    route('GET', '/commits/{ref}', /^\/commits\/(.+)$/, (_w, repo, [ref], req) => {
        const sha = repo.resolve(ref);
        if (!sha)
            return errorReply(422, `No commit found for SHA: ${ref}`);
        const parent = repo.commit(sha).parents[0];
        const files = parent ? repo.diff(parent, sha) : repo.diff('', sha);
        return {
            status: 200,
            body: { ...commitJson(repo, sha, req), files: files.slice(0, 300).map(f => fileJson(repo, f)) }
        };
    }),
    route('GET', '/issues/{issue_number}/comments', /^\/issues\/(\d+)\/comments$/, (world, repo, [n], req) => {
        if (!world.hasIssue(repo, Number(n)))
            return notFound();
        const comments = world.issueComments(repo.owner, repo.name, Number(n)).map(c => commentJson(repo, c, req));
        return list(comments, req, `${repoPath(repo, req)}/issues/${n}/comments`);
    }),
    route('POST', '/issues/{issue_number}/comments', /^\/issues\/(\d+)\/comments$/, (world, repo, [n], req) => {
        if (!world.hasIssue(repo, Number(n)))
            return notFound();
        const invalid = invalidBody(req.body);
        if (invalid)
            return invalid;
        const comment = world.addComment(repo.owner, repo.name, Number(n), bodyText(req.body), req.user);
        const json = commentJson(repo, comment, req);
        return { status: 201, body: json, headers: { location: json.url } };
    }),
    route('GET', '/issues/comments/{comment_id}', /^\/issues\/comments\/(\d+)$/, (world, repo, [id], req) => {
        const comment = findComment(world, repo, Number(id));
        return comment ? { status: 200, body: commentJson(repo, comment, req) } : notFound();
    }),
    route('PATCH', '/issues/comments/{comment_id}', /^\/issues\/comments\/(\d+)$/, (world, repo, [id], req) => {
        const comment = findComment(world, repo, Number(id));
        if (!comment)
            return notFound();
        const foreign = notTheirs(comment, req);
        if (foreign)
            return foreign;
        const invalid = invalidBody(req.body);
        if (invalid)
            return invalid;
        return { status: 200, body: commentJson(repo, world.editComment(comment, bodyText(req.body)), req) };
    }),
    route('DELETE', '/issues/comments/{comment_id}', /^\/issues\/comments\/(\d+)$/, (world, repo, [id], req) => {
        const comment = findComment(world, repo, Number(id));
        if (!comment)
            return notFound();
        const foreign = notTheirs(comment, req);
        if (foreign)
            return foreign;
        return world.deleteComment(comment) ? { status: 204 } : notFound();
    }),
    route('GET', '/issues/comments/{comment_id}/reactions', /^\/issues\/comments\/(\d+)\/reactions$/, (world, repo, [id], req) => {
        if (!findComment(world, repo, Number(id)))
            return notFound();
        const reactions = world.reactions
            .filter(r => r.commentId === Number(id))
            .map(r => reactionJson(r.id, r.content, r.user));
        return list(reactions, req, `${repoPath(repo, req)}/issues/comments/${id}/reactions`);
    }),
    route('POST', '/issues/comments/{comment_id}/reactions', /^\/issues\/comments\/(\d+)\/reactions$/, (world, repo, [id], req) => {
        if (!findComment(world, repo, Number(id)))
            return notFound();
        const content = req.body?.content;
        if (typeof content !== 'string' || !REACTIONS.includes(content)) {
            return errorReply(422, 'Validation Failed', {
                errors: [
                    {
                        resource: 'Reaction',
                        code: 'custom',
                        field: 'content',
                        message: 'content is not included in the list'
                    }
                ]
            });
        }
        const { reaction, created } = world.addReaction(Number(id), content, req.user);
        return { status: created ? 201 : 200, body: reactionJson(reaction.id, reaction.content, reaction.user) };
    }),
    route('GET', '/collaborators/{username}/permission', /^\/collaborators\/([^/]+)\/permission$/, (_w, repo, [login]) => {
        const role = repo.permissions.get(login.toLowerCase());
        if (!role && repo.isPrivate)
            return notFound();
        const roleName = role ?? 'read';
        return {
            status: 200,
            body: {
                permission: LEGACY_PERMISSION[roleName],
                role_name: roleName,
                user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
            }
        };
    })
];
function reactionJson(id, content, user) {
    return { id, content, user: { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' } };
}
function route(method, suffix, pattern, handle) {
    return { method, template: `${method} /repos/{owner}/{repo}${suffix}`, pattern, handle };
}
function compare(repo, basehead, req) {
    const threeDot = basehead.includes('...');
    const [baseRef = '', headRef = ''] = basehead.split(threeDot ? '...' : '..');
    if (!baseRef || !headRef || (!threeDot && !basehead.includes('..')))
        return notFound();
    const base = repo.resolve(baseRef);
    const head = repo.resolve(headRef);
    if (!base || !head)
        return notFound();
    const mergeBase = repo.mergeBase(base, head);
    if (!mergeBase)
        return errorReply(404, `No common ancestor between ${baseRef} and ${headRef}.`);
    const ahead = repo.commitsBetween(base, head);
    const behind = repo.commitsBetween(head, base);
    const status = ahead.length === 0 && behind.length === 0
        ? 'identical'
        : behind.length === 0
            ? 'ahead'
            : ahead.length === 0
                ? 'behind'
                : 'diverged';
    const paged = req.query.has('per_page') || req.query.has('page');
    const commits = paged ? paginate(ahead, req.query, `${repoPath(repo, req)}/compare/${basehead}`) : undefined;
    const listed = commits ? commits.items : ahead.slice(-COMPARE_COMMITS_LIMIT);
    const firstPage = !paged || (Number(req.query.get('page') ?? '1') || 1) <= 1;
    const files = firstPage ? repo.diff(threeDot ? mergeBase : base, head).slice(0, COMPARE_FILES_LIMIT) : [];
    return {
        status: 200,
        headers: commits?.link ? { link: commits.link } : undefined,
        body: {
            url: `${repoPath(repo, req)}/compare/${basehead}`,
            html_url: `https://github.com/${repo.fullName}/compare/${basehead}`,
            base_commit: commitJson(repo, base, req),
            merge_base_commit: commitJson(repo, mergeBase, req),
            status,
            ahead_by: ahead.length,
            behind_by: behind.length,
            total_commits: ahead.length,
            commits: listed.map(sha => commitJson(repo, sha, req)),
            files: files.map(f => fileJson(repo, f))
        }
    };
}
function list(items, req, selfUrl) {
    const page = paginate(items, req.query, selfUrl);
    return { status: 200, body: page.items, headers: page.link ? { link: page.link } : undefined };
}
function invalidBody(body) {
    const text = body?.body;
    if (typeof text !== 'string' || text.length === 0) {
        return errorReply(422, 'Validation Failed', {
            errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]
        });
    }
    if (text.length > 65536) {
        return errorReply(422, 'Validation Failed', {
            errors: [
                {
                    resource: 'IssueComment',
                    code: 'custom',
                    field: 'body',
                    message: 'body is too long (maximum is 65536 characters)'
                }
            ]
        });
    }
    return undefined;
}
function bodyText(body) {
    return body.body;
}
/**
 * A token may edit or delete only comments its own user wrote: 403, as api.github.com answers an
 * installation token ("Resource not accessible by integration") or a user without moderation rights.
 */
function notTheirs(comment, req) {
    if (comment.user.toLowerCase() === req.user.toLowerCase())
        return undefined;
    return errorReply(403, req.user.endsWith('[bot]')
        ? 'Resource not accessible by integration'
        : 'Must have admin rights to Repository.');
}
function findComment(world, repo, id) {
    return world.comments.find(c => c.id === id &&
        c.owner.toLowerCase() === repo.owner.toLowerCase() &&
        c.repo.toLowerCase() === repo.name.toLowerCase());
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./tools/emulator/github/seed.ts

/** The SHA git gives a blob with this content, so the trees API answers what git would. */
function blobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** A deterministic SHA for anything else (trees, commits): stable across runs, distinct per input. */
function digest(...parts) {
    return (0,external_node_crypto_.createHash)('sha1').update(parts.join('\0')).digest('hex');
}
/**
 * Builds a commit graph the way a test thinks about it: "main adds x, feature branches off and edits
 * y, main is force-pushed". Names are local to the builder; SHAs depend on name, parents and tree.
 */
class History {
    commits = {};
    names = new Map();
    commit(name, spec = {}) {
        if (this.names.has(name))
            throw new Error(`History: commit name "${name}" is already used`);
        const parents = (spec.parents ?? []).map(parent => this.sha(parent));
        const first = parents[0];
        const tree = first ? { ...this.commits[first].tree } : {};
        for (const [path, content] of Object.entries(spec.changes ?? {})) {
            if (content === null)
                delete tree[path];
            else
                tree[path] = content;
        }
        const treeKey = Object.keys(tree)
            .sort()
            .map(path => `${path}:${blobSha(tree[path])}`)
            .join('\n');
        const message = spec.message ?? name;
        const sha = digest('commit', name, parents.join(','), treeKey, message);
        this.commits[sha] = { parents, tree, message, ...(spec.truncatedTree ? { truncatedTree: true } : {}) };
        this.names.set(name, sha);
        return sha;
    }
    /** The SHA of a named commit; a SHA passes through when it is in this history. */
    sha(nameOrSha) {
        const sha = this.names.get(nameOrSha) ?? (this.commits[nameOrSha] ? nameOrSha : undefined);
        if (!sha)
            throw new Error(`History: no commit named "${nameOrSha}"`);
        return sha;
    }
    /** Branch name → commit name, resolved to SHAs for `SeedRepo.branches`. */
    branches(spec) {
        return Object.fromEntries(Object.entries(spec).map(([branch, commit]) => [branch, this.sha(commit)]));
    }
}
/** `count` files named `${prefix}${i}.txt` with content derived from `tag`, for large-diff scenarios. */
function manyFiles(prefix, count, tag = 'v1') {
    const files = {};
    for (let i = 0; i < count; i++)
        files[`${prefix}${String(i).padStart(5, '0')}.txt`] = `${tag} ${i}\n`;
    return files;
}

;// CONCATENATED MODULE: ./tools/emulator/github/repository.ts

/**
 * One seeded repository: a commit graph with whole trees, branches and pull requests. It answers the
 * questions the REST endpoints need (ref resolution, merge base, ahead/behind, tree diff) the way git
 * does, so the adapters can be tested against real three-dot and two-dot semantics.
 */
class RepoState {
    owner;
    name;
    id;
    defaultBranch;
    isPrivate;
    branches;
    pulls;
    issues;
    /** Login (lower case) → role; see `SeedRepo.permissions`. */
    permissions;
    commits = new Map();
    constructor(seed, id) {
        this.owner = seed.owner;
        this.name = seed.name;
        this.id = id;
        this.defaultBranch = seed.defaultBranch ?? 'main';
        this.isPrivate = seed.private ?? false;
        this.branches = new Map(Object.entries(seed.branches));
        this.pulls = new Map((seed.pulls ?? []).map(pull => [pull.number, pull]));
        this.issues = new Set(seed.issues ?? []);
        this.permissions = new Map(Object.entries(seed.permissions ?? {}).map(([login, role]) => [login.toLowerCase(), role]));
        for (const [sha, commit] of Object.entries(seed.commits))
            this.addCommit(sha, commit);
        for (const [branch, sha] of this.branches) {
            if (!this.commits.has(sha))
                throw new Error(`seed ${this.fullName}: branch ${branch} → unknown commit ${sha}`);
        }
    }
    /** Adds a commit (its parents should be known already); a known SHA is left as it is. */
    addCommit(sha, commit) {
        if (this.commits.has(sha))
            return;
        const blobs = new Map(Object.entries(commit.tree).map(([path, content]) => [path, blobSha(content)]));
        const listing = [...blobs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, s]) => `${p} ${s}`);
        this.commits.set(sha, { ...commit, sha, treeSha: digest('tree', ...listing), blobs });
    }
    /**
     * A push: `branch` now points at `sha` (a known commit), and every open pull request whose head
     * branch it is now has that head, as GitHub updates a pull request on a push to its branch.
     */
    push(branch, sha) {
        if (!this.commits.has(sha))
            throw new Error(`push ${this.fullName}: unknown commit ${sha}`);
        this.branches.set(branch, sha);
        for (const [number, pull] of this.pulls) {
            if (pull.headRef === branch && (pull.state ?? 'open') === 'open')
                this.pulls.set(number, { ...pull, head: sha });
        }
    }
    get fullName() {
        return `${this.owner}/${this.name}`;
    }
    /** A full SHA, a unique SHA prefix (≥ 7), a branch name or `refs/heads/<branch>`. */
    resolve(ref) {
        const branch = this.branches.get(ref.replace(/^refs\/heads\//, '')) ?? this.branches.get(ref);
        if (branch)
            return branch;
        if (this.commits.has(ref))
            return ref;
        if (/^[0-9a-f]{7,39}$/.test(ref)) {
            const matches = [...this.commits.keys()].filter(sha => sha.startsWith(ref));
            if (matches.length === 1)
                return matches[0];
        }
        return undefined;
    }
    commit(sha) {
        return this.commits.get(sha);
    }
    /** Whether `sha` names a tree: the root tree of some commit. */
    commitOfTree(treeSha) {
        return [...this.commits.values()].find(commit => commit.treeSha === treeSha);
    }
    /** Every commit reachable from `sha`, itself included. */
    ancestors(sha) {
        const seen = new Set();
        const stack = [sha];
        while (stack.length > 0) {
            const current = stack.pop();
            if (seen.has(current))
                continue;
            seen.add(current);
            stack.push(...(this.commits.get(current)?.parents ?? []));
        }
        return seen;
    }
    /** The best common ancestor (one not reachable from another common ancestor), as `git merge-base`. */
    mergeBase(a, b) {
        const ofA = this.ancestors(a);
        const common = [...this.ancestors(b)].filter(sha => ofA.has(sha));
        const best = common.filter(candidate => !common.some(other => other !== candidate && this.ancestors(other).has(candidate)));
        return best.sort()[0];
    }
    /** Commits reachable from `head` and not from `base`, oldest first (`git log --reverse base..head`). */
    commitsBetween(base, head) {
        const excluded = this.ancestors(base);
        const order = [];
        const visited = new Set();
        const visit = (sha) => {
            if (visited.has(sha) || excluded.has(sha))
                return;
            visited.add(sha);
            for (const parent of this.commits.get(sha)?.parents ?? [])
                visit(parent);
            order.push(sha);
        };
        visit(head);
        return order;
    }
    /** Files whose content differs between two commits; exact-content moves are reported as renames. */
    diff(from, to) {
        const before = this.commits.get(from)?.blobs ?? new Map();
        const after = this.commits.get(to)?.blobs ?? new Map();
        const added = [...after.keys()].filter(path => !before.has(path));
        const removed = new Set([...before.keys()].filter(path => !after.has(path)));
        const files = [];
        for (const [path, sha] of after) {
            const old = before.get(path);
            if (old !== undefined && old !== sha)
                files.push(file(path, sha, 'modified'));
        }
        for (const path of added) {
            const sha = after.get(path);
            const source = [...removed].find(candidate => before.get(candidate) === sha);
            if (source) {
                removed.delete(source);
                files.push({
                    ...file(path, sha, 'renamed'),
                    previous_filename: source,
                    additions: 0,
                    deletions: 0,
                    changes: 0
                });
            }
            else
                files.push(file(path, sha, 'added'));
        }
        for (const path of removed)
            files.push(file(path, null, 'removed'));
        return files.sort((x, y) => (x.filename < y.filename ? -1 : x.filename > y.filename ? 1 : 0));
    }
    /** What a pull request's "Files changed" shows: merge base of base and head → head. */
    pullDiff(number) {
        const pull = this.pulls.get(number);
        if (!pull)
            return [];
        const baseSha = pull.baseSha ?? this.resolve(pull.base) ?? '';
        return this.diff(this.mergeBase(baseSha, pull.head) ?? baseSha, pull.head);
    }
    /** The tree of a commit: blobs, plus the directories leading to them when recursive. */
    tree(commit, recursive) {
        const entries = new Map();
        for (const [path, sha] of commit.blobs) {
            const parts = path.split('/');
            if (!recursive && parts.length > 1) {
                const dir = parts[0];
                entries.set(dir, {
                    path: dir,
                    mode: '040000',
                    type: 'tree',
                    sha: digest('tree', commit.treeSha, dir)
                });
                continue;
            }
            for (let i = 1; i < parts.length; i++) {
                const dir = parts.slice(0, i).join('/');
                entries.set(dir, {
                    path: dir,
                    mode: '040000',
                    type: 'tree',
                    sha: digest('tree', commit.treeSha, dir)
                });
            }
            const size = Buffer.byteLength(commit.tree[path], 'utf8');
            entries.set(path, { path, mode: '100644', type: 'blob', sha, size });
        }
        return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
}
function file(filename, sha, status) {
    const additions = status === 'removed' ? 0 : 1;
    const deletions = status === 'added' ? 0 : 1;
    return { sha, filename, status, additions, deletions, changes: additions + deletions };
}

;// CONCATENATED MODULE: ./tools/emulator/github/world.ts

const FIRST_COMMENT_ID = 1_900_000_001;
/** Everything the stand-in knows: repositories, comments, users, faults. One per server. */
class World {
    repos = new Map();
    comments = [];
    reactions = [];
    faults = {};
    requireToken = false;
    tokens = {};
    defaultUser = 'github-actions[bot]';
    nextCommentId = FIRST_COMMENT_ID;
    clock = Date.parse('2026-01-05T10:00:00Z');
    constructor(seed) {
        if (seed)
            this.load(seed);
    }
    /** Replaces all state with the seed (calls and faults are the server's and survive). */
    load(seed) {
        this.repos = new Map();
        this.comments = [];
        this.reactions = [];
        this.nextCommentId = FIRST_COMMENT_ID;
        this.requireToken = seed.requireToken ?? false;
        this.tokens = seed.tokens ?? {};
        this.defaultUser = seed.defaultUser ?? 'github-actions[bot]';
        seed.repos.forEach((repoSeed, index) => {
            const repo = new RepoState(repoSeed, 600_000_000 + index);
            this.repos.set(key(repo.owner, repo.name), repo);
            for (const comment of repoSeed.comments ?? []) {
                this.addComment(repo.owner, repo.name, comment.issue, comment.body, comment.user);
            }
        });
    }
    repo(owner, name) {
        return this.repos.get(key(owner, name));
    }
    repoById(id) {
        return [...this.repos.values()].find(repo => repo.id === id);
    }
    /** Whether comments can be posted on this number: a seeded issue or pull request. */
    hasIssue(repo, issue) {
        return repo.pulls.has(issue) || repo.issues.has(issue);
    }
    /** The login a token acts as; undefined when `requireToken` is set and the token is unknown. */
    userFor(token) {
        const login = this.tokens[token];
        if (login)
            return login;
        return this.requireToken ? undefined : this.defaultUser;
    }
    issueComments(owner, repo, issue) {
        return this.comments.filter(c => c.owner.toLowerCase() === owner.toLowerCase() &&
            c.repo.toLowerCase() === repo.toLowerCase() &&
            c.issue === issue);
    }
    addComment(owner, repo, issue, body, user) {
        const now = this.tick();
        const comment = {
            id: this.nextCommentId++,
            owner,
            repo,
            issue,
            body,
            user,
            createdAt: now,
            updatedAt: now
        };
        this.comments.push(comment);
        return comment;
    }
    editComment(comment, body) {
        comment.body = body;
        comment.updatedAt = this.tick();
        return comment;
    }
    /** Removes a comment; false when it was not there (already deleted). */
    deleteComment(comment) {
        const index = this.comments.indexOf(comment);
        if (index < 0)
            return false;
        this.comments.splice(index, 1);
        return true;
    }
    /**
     * Adds a reaction; the one already there when this user gave the same one to this comment (GitHub
     * answers 200 then, 201 for a new one).
     */
    addReaction(commentId, content, user) {
        const existing = this.reactions.find(r => r.commentId === commentId && r.content === content && r.user.toLowerCase() === user.toLowerCase());
        if (existing)
            return { reaction: existing, created: false };
        const reaction = { id: 80_000_001 + this.reactions.length, commentId, content, user };
        this.reactions.push(reaction);
        return { reaction, created: true };
    }
    /** Timestamps advance one second per write, so ordering by time and by id agree. */
    tick() {
        this.clock += 1000;
        return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    /** Takes one unit of a counted fault, if any is left. */
    consume(fault) {
        const left = this.faults[fault] ?? 0;
        if (left <= 0)
            return false;
        this.faults[fault] = left - 1;
        return true;
    }
}
function key(owner, name) {
    return `${owner}/${name}`.toLowerCase();
}

;// CONCATENATED MODULE: ./tools/emulator/github/server.ts



async function startGitHubStandIn(options = {}) {
    const world = new World(options.seed);
    let calls = {};
    let url = '';
    const count = (name) => {
        calls[name] = (calls[name] ?? 0) + 1;
    };
    const server = (0,external_node_http_.createServer)((request, response) => {
        void readBody(request)
            .then(raw => {
            const target = new URL(request.url ?? '/', url);
            if (target.pathname.startsWith('/_standin/'))
                return control(target, request.method ?? 'GET', raw);
            return api(target, request, raw);
        })
            .catch((error) => errorReply(500, `stand-in failure: ${String(error)}`))
            .then(reply => send(response, reply));
    });
    const control = (target, method, raw) => {
        const route = `${method} ${target.pathname}`;
        const parsed = raw ? JSON.parse(raw) : {};
        switch (route) {
            case 'GET /_standin/calls':
                return { status: 200, body: calls };
            case 'POST /_standin/reset-calls':
                calls = {};
                return { status: 204 };
            case 'POST /_standin/faults':
                world.faults = { ...parsed };
                return { status: 204 };
            case 'POST /_standin/seed':
                world.load(parsed);
                return { status: 204 };
            case 'GET /_standin/comments': {
                const q = target.searchParams;
                return {
                    status: 200,
                    body: world.issueComments(q.get('owner') ?? '', q.get('repo') ?? '', Number(q.get('issue')))
                };
            }
            default:
                return notFound();
        }
    };
    const api = (target, request, raw) => {
        const method = request.method ?? 'GET';
        const located = locate(world, target.pathname);
        const matched = located ? matchRoute(method, located.rest) : undefined;
        const identityPath = IDENTITY_ROUTES.has(`${method} ${target.pathname}`);
        count(matched
            ? matched.route.template
            : identityPath
                ? `${method} ${target.pathname}`
                : `${method} ${target.pathname} (no route)`);
        const token = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        if (!token)
            return errorReply(401, 'Requires authentication');
        const user = world.userFor(token);
        if (!user)
            return errorReply(401, 'Bad credentials');
        if (world.consume('rateLimit'))
            return rateLimited();
        if (world.consume('secondaryRateLimit'))
            return secondaryRateLimited();
        if (world.consume('serverErrors'))
            return errorReply(500, 'Server Error');
        let body;
        if (raw) {
            try {
                body = JSON.parse(raw);
            }
            catch {
                return errorReply(400, 'Problems parsing JSON');
            }
        }
        const identity = identityRoute(world, method, target.pathname, user, body);
        if (identity)
            return identity;
        if (!located || !matched)
            return notFound();
        const isCommentWrite = method !== 'GET' && matched.route.template.includes('comments');
        const fail = method === 'PATCH'
            ? (world.faults.failCommentEdits ?? world.faults.failComments)
            : world.faults.failComments;
        if (isCommentWrite && fail !== undefined && fail !== false) {
            const status = fail === true ? 403 : fail;
            return errorReply(status, FAILURE_MESSAGES[status] ?? 'Server Error');
        }
        return matched.route.handle(world, located.repo, matched.params, {
            method,
            query: target.searchParams,
            body,
            user,
            apiUrl: url
        });
    };
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        close: () => new Promise(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
        calls: () => ({ ...calls }),
        resetCalls: () => {
            calls = {};
        },
        setFaults: faults => {
            world.faults = { ...faults };
        },
        seed: seed => world.load(seed),
        comments: (owner, repo, issue) => world.issueComments(owner, repo, issue).map(c => ({ ...c })),
        postComment: (owner, repo, issue, body, user) => {
            const state = world.repo(owner, repo);
            if (!state || !world.hasIssue(state, issue))
                throw new Error(`no issue ${owner}/${repo}#${issue}`);
            const comment = world.addComment(state.owner, state.name, issue, body, user);
            const kind = state.pulls.has(issue) ? 'pull' : 'issues';
            return {
                ...comment,
                htmlUrl: `https://github.com/${state.fullName}/${kind}/${issue}#issuecomment-${comment.id}`,
                url: `${url}/repos/${state.fullName}/issues/comments/${comment.id}`
            };
        },
        changeComment: (commentId, body) => {
            const comment = world.comments.find(c => c.id === commentId);
            if (!comment)
                throw new Error(`no comment ${commentId}`);
            if (body === undefined)
                world.deleteComment(comment);
            else
                world.editComment(comment, body);
        },
        reactions: (owner, repo, commentId) => {
            const state = world.repo(owner, repo);
            const ids = new Set(world.comments
                .filter(c => state &&
                c.repo.toLowerCase() === state.name.toLowerCase() &&
                c.owner.toLowerCase() === state.owner.toLowerCase())
                .map(c => c.id));
            return world.reactions
                .filter(r => r.commentId === commentId && ids.has(r.commentId))
                .map(r => ({ ...r }));
        },
        push: (owner, repo, branch, head, commits = {}) => {
            const state = world.repo(owner, repo);
            if (!state)
                throw new Error(`no repository ${owner}/${repo}`);
            for (const [sha, commit] of Object.entries(commits))
                state.addCommit(sha, commit);
            state.push(branch, head);
        },
        setPullState: (owner, repo, pull, pullState) => {
            const state = world.repo(owner, repo);
            const found = state?.pulls.get(pull);
            if (!state || !found)
                throw new Error(`no pull request ${owner}/${repo}#${pull}`);
            state.pulls.set(pull, { ...found, state: pullState });
        }
    };
}
/** Endpoints outside `/repos/…` that tell a client who its token is. */
const IDENTITY_ROUTES = new Set(['GET /user', 'POST /graphql']);
/**
 * `GET /user` and the GraphQL `viewer` query, as api.github.com answers them per kind of token: a
 * user token (a PAT: its login has no `[bot]`) gets its user from both; an installation token (the
 * default GITHUB_TOKEN, an app's: `…[bot]`) gets 403 "Resource not accessible by integration" from
 * `GET /user` and its bot login from `viewer`. `faults.failGraphql` answers GraphQL with 502.
 */
function identityRoute(world, method, path, user, body) {
    if (!IDENTITY_ROUTES.has(`${method} ${path}`))
        return undefined;
    const bot = user.endsWith('[bot]');
    if (path === '/user') {
        if (bot)
            return errorReply(403, 'Resource not accessible by integration');
        return { status: 200, body: { login: user, id: loginId(user), type: 'User' } };
    }
    if (world.faults.failGraphql)
        return errorReply(502, 'Bad Gateway');
    const query = body?.query;
    if (typeof query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(query)) {
        return {
            status: 200,
            body: { errors: [{ message: 'The GitHub stand-in answers only `query { viewer { login } }`.' }] }
        };
    }
    return { status: 200, body: { data: { viewer: { login: user } } } };
}
function loginId(login) {
    let id = 0;
    for (const c of login)
        id = (id * 31 + c.charCodeAt(0)) % 100_000_000;
    return id + 1;
}
/** `/repos/{owner}/{repo}…` or `/repositories/{id}…` (the form used in Link headers) → repo + rest. */
function locate(world, path) {
    const byName = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    const repo = byName
        ? world.repo(decodeURIComponent(byName[1]), decodeURIComponent(byName[2]))
        : byId
            ? world.repoById(Number(byId[1]))
            : undefined;
    if (!repo)
        return undefined;
    return { repo, rest: (byName ? byName[3] : byId?.[2]) ?? '' };
}
const FAILURE_MESSAGES = {
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    422: 'Validation Failed'
};
function rateLimited() {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    const reply = errorReply(403, 'API rate limit exceeded for installation ID 4242.');
    return { ...reply, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } };
}
function secondaryRateLimited() {
    const reply = errorReply(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.');
    return { ...reply, headers: { 'retry-after': '1' } };
}
async function readBody(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function send(response, reply) {
    const headers = {
        'x-github-media-type': 'github.v3; format=json',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-resource': 'core',
        ...reply.headers
    };
    headers['x-ratelimit-remaining'] ??= '4999';
    if (reply.body === undefined) {
        response.writeHead(reply.status, headers).end();
        return;
    }
    const text = JSON.stringify(reply.body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(text));
    response.writeHead(reply.status, headers).end(text);
}

// EXTERNAL MODULE: ./tools/emulator/sagemaker/server.ts + 19 modules
var server = __webpack_require__(2565);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./tools/demo/example-repo.ts




function createExampleRepo(actionDir, parent = (0,external_node_os_.tmpdir)()) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'abalone-ml-'));
    let tick = 0;
    const git = (...args) => {
        const when = `2026-11-0${1 + Math.min(tick, 8)}T10:00:00Z`;
        return (0,external_node_child_process_.execFileSync)('git', args, {
            cwd: dir,
            encoding: 'utf8',
            env: {
                ...process.env,
                GIT_AUTHOR_NAME: 'Abalone Dev',
                GIT_AUTHOR_EMAIL: 'dev@example.com',
                GIT_COMMITTER_NAME: 'Abalone Dev',
                GIT_COMMITTER_EMAIL: 'dev@example.com',
                GIT_AUTHOR_DATE: when,
                GIT_COMMITTER_DATE: when,
                GIT_CONFIG_NOSYSTEM: '1'
            }
        }).trim();
    };
    const commit = (message, changes) => {
        for (const [path, content] of Object.entries(changes))
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, path), content);
        git('add', '-A');
        tick++;
        git('commit', '-q', '--no-gpg-sign', '-m', message);
        return git('rev-parse', 'HEAD');
    };
    git('init', '-q', '-b', 'main');
    (0,external_node_fs_.cpSync)((0,external_node_path_.join)(actionDir, 'examples', 'abalone', 'repo'), dir, { recursive: true });
    const initial = commit('Abalone pipeline: preprocess, train, evaluate, register', {});
    const hyper = (0,external_node_path_.join)('pipelines', 'abalone', 'train', 'hyperparameters.yml');
    const main = commit('Train: 80 boosting rounds', {
        [hyper]: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, hyper), 'utf8').replace('num_round: 50', 'num_round: 80')
    });
    git('checkout', '-q', '-b', 'improve-evaluation');
    const evaluate = (0,external_node_path_.join)('pipelines', 'abalone', 'evaluate.py');
    const pr = commit('Evaluate: report RMSE next to MSE', {
        [evaluate]: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, evaluate), 'utf8').replace('"standard_deviation"', '"rmse": float(mse**0.5), "standard_deviation"'),
        'README.md': (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'README.md'), 'utf8') + '\nThe evaluation reports MSE and RMSE.\n'
    });
    return { dir, commits: { initial, main, pr }, commit };
}

;// CONCATENATED MODULE: ./tools/demo/world.ts









const DEMO_PIPELINE = 'AbalonePipeline';
const DEMO_REPOSITORY = 'octo-org/abalone-ml';
const DEMO_PR = 7;
/**
 * Who may do what on the example repository (`GET /collaborators/{username}/permission`). Anyone
 * else is no collaborator: the public repository answers `read` for them.
 */
const DEMO_PERMISSIONS = {
    'maintainer-mia': 'maintain',
    'writer-wes': 'write',
    'triager-tom': 'triage',
    'reader-rita': 'read',
    reviewer: 'write'
};
/** Virtual seconds each Abalone step takes (what a real run on ml.c5.xlarge roughly takes). */
const DEMO_DURATIONS = {
    'Abalone-Preprocess': 420,
    'Abalone-Train': 1500,
    'Abalone-Evaluate': 300,
    'Abalone-MSECheck': 1,
    'Abalone-ModelRegister-RegisterModel': 30,
    'Abalone-CreateModel-CreateModel': 60,
    'Abalone-FailNotify': 1
};
/**
 * The world the demo and the end-to-end tests run in: the example repository with a pull request,
 * the emulator seeded with the Abalone pipeline and a realistic history, and the GitHub stand-in
 * serving the same commits and the pull request.
 */
async function createDemoWorld(options) {
    const repo = createExampleRepo(options.actionDir);
    const definition = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(options.actionDir, 'examples', 'abalone', 'pipeline-definition.json'), 'utf8'));
    const hash = (0,core_provenance/* definitionHash */.cn)(definition);
    // As the action records it: the digest of every value a run with the defaults gets.
    const params = (0,core_provenance/* parametersDigest */.nz)((0,parameters/* runParameters */.YA)((0,core_definition/* parseDefinition */.JA)(definition), {}).values);
    const provenance = (sha, run) => (0,core_provenance/* formatProvenance */.Tt)({
        sha,
        ref: 'refs/heads/main',
        repo: DEMO_REPOSITORY,
        run,
        def: hash,
        version: 1,
        params
    });
    const executions = options.executions
        ? options.executions(repo, provenance)
        : defaultHistory(repo, provenance);
    const emulator = await (0,server.startEmulator)({
        timeScale: options.timeScale ?? 600,
        clock: options.clock ?? 'wall'
    });
    const seeded = emulator.seed({
        pipelines: [
            {
                name: DEMO_PIPELINE,
                definition,
                scenario: {
                    durations: DEMO_DURATIONS,
                    outputs: {
                        'Abalone-Evaluate': {
                            propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value: 4.2 } } } }
                        }
                    }
                },
                executions
            }
        ]
    });
    const history = seeded.pipelines[0]?.executions ?? [];
    if (options.upsertPullRequest)
        await upsertEvaluateCode(emulator.url, definition);
    emulator.resetCalls(); // count only what the action asks
    const github = await startGitHubStandIn({ seed: githubSeed(repo) });
    return {
        repo,
        emulator,
        github,
        definition,
        history,
        pullRequestEvent: pullRequestEvent(repo),
        close: async () => {
            await Promise.all([emulator.close(), github.close()]);
        }
    };
}
/** A full run on the first commit, one on main, and the newest run on main failing at Train. */
function defaultHistory(repo, provenance) {
    return [
        {
            status: 'Succeeded',
            createdAt: '-3d',
            displayName: `main-${repo.commits.initial.slice(0, 7)}-run-900`,
            description: provenance(repo.commits.initial, '900/1')
        },
        {
            status: 'Succeeded',
            createdAt: '-1d',
            displayName: `main-${repo.commits.main.slice(0, 7)}-run-950`,
            description: provenance(repo.commits.main, '950/1')
        },
        {
            status: 'Failed',
            createdAt: '-5h',
            displayName: `main-${repo.commits.main.slice(0, 7)}-run-990`,
            description: provenance(repo.commits.main, '990/1'),
            steps: {
                'Abalone-Train': {
                    status: 'Failed',
                    failureReason: 'CapacityError: Unable to provision requested ML compute capacity'
                }
            }
        }
    ];
}
function pullRequestEvent(repo) {
    return {
        action: 'synchronize',
        number: DEMO_PR,
        pull_request: {
            number: DEMO_PR,
            title: 'Evaluate: report RMSE next to MSE',
            head: { sha: repo.commits.pr, ref: 'improve-evaluation' },
            base: { sha: repo.commits.main, ref: 'main' }
        },
        repository: { full_name: DEMO_REPOSITORY, default_branch: 'main' }
    };
}
/** The stand-in serves the example repository's real commits (same SHAs, same trees) and the pull request. */
/**
 * The stand-in's seed for the example repository: its commits, the pull request and a reviewer's
 * comment, then `extraComments` (tests seed other people's comments with it).
 */
function githubSeed(repo, extraComments = []) {
    const [owner, name] = DEMO_REPOSITORY.split('/');
    return {
        repos: [
            {
                owner,
                name,
                defaultBranch: 'main',
                branches: { main: repo.commits.main, 'improve-evaluation': repo.commits.pr },
                commits: seedCommits(repo),
                permissions: DEMO_PERMISSIONS,
                pulls: [
                    {
                        number: DEMO_PR,
                        head: repo.commits.pr,
                        headRef: 'improve-evaluation',
                        base: 'main',
                        title: 'Evaluate: report RMSE next to MSE'
                    }
                ],
                comments: [
                    {
                        issue: DEMO_PR,
                        user: 'reviewer',
                        body: 'Looks good, but let us see the pipeline numbers first.'
                    },
                    ...extraComments
                ]
            }
        ]
    };
}
/** The example repository's commits as the stand-in's seed wants them (all of them, or the `revisions` given). */
function seedCommits(repo, revisions = ['--all']) {
    const git = (...args) => (0,external_node_child_process_.execFileSync)('git', args, { cwd: repo.dir, encoding: 'utf8' });
    const commits = {};
    for (const line of git('rev-list', '--parents', ...revisions)
        .trim()
        .split('\n')) {
        const [sha, ...parents] = line.split(' ');
        const tree = {};
        for (const path of git('ls-tree', '-r', '--name-only', sha).trim().split('\n')) {
            tree[path] = git('show', `${sha}:${path}`);
        }
        commits[sha] = { parents, tree, message: git('log', '-1', '--format=%s', sha).trim() };
    }
    return commits;
}
/** UpdatePipeline on the emulator's wire protocol, with Abalone-Evaluate's code at a new S3 path. */
async function upsertEvaluateCode(url, definition) {
    const updated = structuredClone(definition);
    const code = updated.Steps.find(s => s.Name === 'Abalone-Evaluate')?.Arguments.ProcessingInputs?.find(i => i.InputName === 'code');
    if (!code || typeof code.S3Input.S3Uri !== 'string')
        throw new Error('the example has no Abalone-Evaluate code input');
    code.S3Input.S3Uri = code.S3Input.S3Uri.replace(/\/code\/[0-9a-f]{32}\//, '/code/5e0c9b2f1d7a4e8c9b3a6f1e2d4c8b7a/');
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'x-amz-target': 'SageMaker.UpdatePipeline', 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ PipelineName: DEMO_PIPELINE, PipelineDefinition: JSON.stringify(updated) })
    });
    if (!response.ok)
        throw new Error(`UpdatePipeline failed: ${await response.text()}`);
}


/***/ })

};
