export const id = 293;
export const ids = [293];
export const modules = {

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runApproveDemo: () => (/* binding */ runApproveDemo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/provenance.ts
var core_provenance = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/core/commands.ts


/** Longest first line read, in characters: a command is short; anything longer is not one. */
const MAX_COMMAND_LINE = 2000;
/** Most steps a `/sagemaker run` may name. */
const commands_MAX_COMMAND_STEPS = 100;
const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/;
/** `/sagemaker plan` or `/sagemaker run …`, the words case-insensitive (as the workflow's `startsWith` is). */
const COMMAND = /^\/sagemaker[ \t]+(plan|run)(?:[ \t]+(.*))?$/i;
/**
 * The command a comment holds, from its first line only: `/sagemaker plan` or `/sagemaker run`
 * optionally followed by step names (separated by commas and/or spaces). Surrounding whitespace is
 * ignored and the words are case-insensitive; step names are kept as written. Anything else
 * (`/sagemaker runner`, a command on the second line, a quote of one) is not a command: undefined.
 */
function parseCommand(body) {
    if (typeof body !== 'string')
        return undefined;
    const first = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
    if (first.length > MAX_COMMAND_LINE)
        return undefined;
    const match = COMMAND.exec(first.trim());
    if (!match)
        return undefined;
    const verb = match[1].toLowerCase();
    const rest = (match[2] ?? '').trim();
    if (verb === 'plan') {
        return rest === '' ? { verb } : { verb: 'invalid', tried: 'plan', problem: 'plan-arguments', value: rest };
    }
    const steps = rest.split(/[\s,]+/).filter(s => s !== '');
    if (steps.length > commands_MAX_COMMAND_STEPS) {
        return { verb: 'invalid', tried: 'run', problem: 'too-many-steps', value: String(steps.length) };
    }
    const bad = steps.find(s => !STEP_NAME.test(s));
    if (bad !== undefined)
        return { verb: 'invalid', tried: 'run', problem: 'bad-step', value: bad };
    return { verb, steps: [...new Set(steps)] };
}
/** Least to most. */
const PERMISSION_ORDER = (/* unused pure expression or super */ null && (['read', 'triage', 'write', 'maintain', 'admin']));
/**
 * The permission a commenter holds, from GitHub's collaborator-permission answer: `role_name`
 * (admin, maintain, write, triage, read) when it is one of those, else the legacy `permission`
 * (admin, write, read, none). A custom role's name falls back to its legacy permission. `none` for
 * anything else (not a collaborator, an unknown word).
 */
function effectivePermission(permission, roleName) {
    const known = (value) => typeof value === 'string' && PERMISSION_ORDER.includes(value.toLowerCase())
        ? value.toLowerCase()
        : undefined;
    return known(roleName) ?? known(permission) ?? 'none';
}
/** Whether `held` is at least `required` (read < triage < write < maintain < admin; `none` is below all). */
function permits(held, required) {
    if (held === 'none')
        return false;
    return PERMISSION_ORDER.indexOf(held) >= PERMISSION_ORDER.indexOf(required);
}
const BINDING_PREFIX = '<!-- sagemaker-selective-execution:plan-digest ';
const BINDING_LINE = /<!-- sagemaker-selective-execution:plan-digest sha256:([0-9a-f]{64}) (\{.*\}) -->/;
const SHA = /^[0-9a-f]{7,64}$/;
const DIGEST = /^[0-9a-f]{1,64}$/;
const MAX_BINDING_TEXT = 20_000;
/** sha256 of the binding's canonical JSON. */
function bindingDigest(binding) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update((0,core_provenance/* canonicalJson */.dj)(normalised(binding)))
        .digest('hex');
}
function normalised(b) {
    return {
        sha: b.sha,
        version: b.version,
        reference: b.reference,
        selected: [...b.selected],
        // The order steps are named in is no part of the plan (`/sagemaker run B,A` approves `A,B`).
        requested: [...b.requested].sort(),
        parameters: b.parameters,
        inputs: b.inputs
    };
}
/**
 * The hidden line the sticky comment carries: `<!-- sagemaker-selective-execution:plan-digest
 * sha256:<hex> {json} -->`. `<`, `>` and `&` inside the JSON are written as `\u003c`, `\u003e`,
 * `\u0026` (valid JSON), so no value can end the HTML comment.
 */
function formatBinding(binding) {
    const json = (0,core_provenance/* canonicalJson */.dj)(normalised(binding)).replace(/[<>&]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${BINDING_PREFIX}sha256:${bindingDigest(binding)} ${json} -->`;
}
/**
 * The binding a comment body carries, or undefined when it carries none or one that does not hold
 * together (its digest does not match its parts, a field has the wrong shape).
 */
function parseBinding(body) {
    if (!body)
        return undefined;
    // Only the second line, right under the marker: a binding quoted anywhere else (a file name, a step
    // name in the plan table) is never read.
    const line = body.slice(0, MAX_BINDING_TEXT).split('\n', 3)[1]?.replace(/\r$/, '');
    if (!line?.startsWith(BINDING_PREFIX))
        return undefined;
    const match = BINDING_LINE.exec(line);
    if (!match)
        return undefined;
    let value;
    try {
        value = JSON.parse(match[2]);
    }
    catch {
        return undefined;
    }
    if (!value || typeof value !== 'object')
        return undefined;
    const v = value;
    const names = (x) => Array.isArray(x) && x.every(s => typeof s === 'string');
    if (typeof v.sha !== 'string' || !SHA.test(v.sha))
        return undefined;
    if (v.version !== undefined && !(typeof v.version === 'number' && Number.isInteger(v.version)))
        return undefined;
    if (v.reference !== undefined && typeof v.reference !== 'string')
        return undefined;
    if (!names(v.selected) || !names(v.requested))
        return undefined;
    if (typeof v.parameters !== 'string' || !DIGEST.test(v.parameters))
        return undefined;
    if (typeof v.inputs !== 'string' || !DIGEST.test(v.inputs))
        return undefined;
    const binding = {
        sha: v.sha,
        version: v.version,
        reference: v.reference,
        selected: v.selected,
        requested: v.requested,
        parameters: v.parameters,
        inputs: v.inputs
    };
    // Exactly as this action writes it: canonical JSON, no unknown or repeated keys, its own digest.
    return formatBinding(binding) === line ? binding : undefined;
}
/**
 * What moved from the approved (posted) binding to the fresh one, most telling first; empty when
 * they are the same plan (equal digests). A change of inputs that the requested steps explain is
 * named as that alone; a selection that only changed because something above it moved is not named
 * on its own.
 */
function compareBindings(approved, fresh) {
    if (!approved)
        return [{ what: 'no-plan' }];
    if (bindingDigest(approved) === bindingDigest(fresh))
        return [];
    const moved = [];
    if (approved.sha !== fresh.sha)
        moved.push({ what: 'head', from: approved.sha, to: fresh.sha });
    if (approved.version !== fresh.version)
        moved.push({ what: 'version', from: approved.version, to: fresh.version });
    if (approved.reference !== fresh.reference)
        moved.push({ what: 'reference', from: approved.reference, to: fresh.reference });
    const requestedMoved = !sameList(approved.requested, fresh.requested);
    if (requestedMoved)
        moved.push({ what: 'requested', from: approved.requested, to: fresh.requested });
    if (approved.parameters !== fresh.parameters)
        moved.push({ what: 'parameters' });
    if (approved.inputs !== fresh.inputs && !requestedMoved && approved.parameters === fresh.parameters)
        moved.push({ what: 'inputs' });
    if (!sameList(approved.selected, fresh.selected) && moved.length === 0)
        moved.push({ what: 'selected', from: approved.selected, to: fresh.selected });
    // Equal parts with different digests cannot happen; still never report "nothing moved" then.
    return moved.length > 0 ? moved : [{ what: 'inputs' }];
}
/**
 * The verdict on a `/sagemaker run`: what moved between the posted plan and the fresh one, and, when
 * nothing did, whether the sticky comment was rewritten after the command was posted (`postedAt`
 * not before `commandAt`, both ISO instants from GitHub at one-second resolution: a rewrite in the
 * same second may be the later one, and no reviewer approves a plan within the second it appears). The approver saw the plan posted before the
 * command; a rewrite while the job waited (a push and the plan workflow) is not what was approved,
 * even when it matches the head. Empty: start exactly this plan.
 */
function judgeApproval(approved, fresh, when) {
    const moved = compareBindings(approved, fresh);
    if (moved.length > 0)
        return moved;
    const { postedAt, commandAt } = when;
    if (postedAt && commandAt && Date.parse(postedAt) >= Date.parse(commandAt))
        return [{ what: 'posted-after' }];
    return [];
}
/**
 * The run already carrying out this approved plan, if any: one execution per approved plan, so a
 * second `/sagemaker run` of the same plan while it runs (a double click, a re-run job) starts
 * nothing. Only a live run counts: once it ended, a new approval of the same plan is a new run.
 */
function runningApproval(runs, digest) {
    return runs.find(r => (r.status === 'Executing' || r.status === 'Stopping') && r.provenance?.binding === digest);
}
/**
 * Whether the command comment still asks for what the event said, read again right before the start:
 * `deleted` when it is gone, `edited` when its first line no longer is the same command (same verb,
 * same steps). An approval withdrawn while the job waited (a queue, an environment review) starts
 * nothing.
 */
function commandWithdrawn(command, now) {
    if (!now)
        return 'deleted';
    const again = parseCommand(now.body);
    if (!again || again.verb !== command.verb)
        return 'edited';
    if (again.verb === 'run' &&
        command.verb === 'run' &&
        !sameList([...again.steps].sort(), [...command.steps].sort()))
        return 'edited';
    return undefined;
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/**
 * The command an `issue_comment` event carries, or undefined when it carries none: another action
 * than `created` (an edit or a deletion never runs anything), an issue that is not a pull request,
 * a comment whose first line is not a command, a payload missing what a command needs.
 */
function readCommandEvent(payload) {
    if (payload.action !== 'created')
        return undefined;
    const issue = payload.issue;
    if (!issue || !issue.pull_request || typeof issue.number !== 'number')
        return undefined;
    const comment = payload.comment;
    const command = parseCommand(comment?.body);
    if (!command || !comment)
        return undefined;
    const { id, html_url: url } = comment;
    const author = comment.user?.login;
    if (typeof id !== 'number' || typeof url !== 'string' || typeof author !== 'string' || author === '')
        return undefined;
    const createdAt = typeof comment.created_at === 'string' ? comment.created_at : undefined;
    return { command, pr: issue.number, comment: { id, url, author, ...(createdAt ? { createdAt } : {}) } };
}

;// CONCATENATED MODULE: ./src/report/commands.ts


/**
 * The replies the action posts under a `/sagemaker` command it does not carry out. Every value from
 * outside (the commenter's login, step names, the command as written) goes through `text` or
 * `code`, capped: a login cannot mention anyone, a step name cannot inject markdown.
 */
/** The hidden first line of every reply, so a reader (or a test) can tell them from the sticky comment. */
const REPLY_MARKER = '<!-- sagemaker-selective-execution:reply -->';
const who = (login) => text(`@${clip(login, 60)}`);
const MAX_NAMES = 20;
function names(list) {
    if (list.length === 0)
        return '(none)';
    const shown = list.slice(0, MAX_NAMES).map(s => code(clip(s, 80)));
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
        ? `${code('/sagemaker plan')} takes no arguments (it got ${code(clip(value, 80))}); to run chosen steps, comment ${code('/sagemaker run StepA,StepB')}.`
        : command.problem === 'too-many-steps'
            ? `${code('/sagemaker run')} names ${text(value)} steps; at most ${MAX_COMMAND_STEPS} can be named.`
            : `${code('/sagemaker run')} names ${code(clip(value, 80))}, which cannot be a step name (1-64 characters of A-Z, a-z, 0-9, - and _).`;
    return reply([`👎 ${who(login)}: ${why} Nothing was started.`]);
}
/** `/sagemaker run A,B` names steps the pipeline does not have. */
function unknownStepsReply(login, pipeline, unknown, hint) {
    return reply([
        `👎 ${who(login)}: ${code('/sagemaker run')} names ${names(unknown)}, which ${unknown.length === 1 ? 'is not a step' : 'are not steps'} of pipeline ${code(clip(pipeline, 256))}${text(hint)}. Nothing was started.`
    ]);
}
/** A command on a pull request that is closed (or merged): nothing is planned or started for it. */
function closedReply(login, verb, pr) {
    return reply([
        `👎 ${who(login)}: ${code(`/sagemaker ${clip(verb, 20)}`)} was not carried out: pull request #${pr} is closed. Nothing was started.`
    ]);
}
/** A second `/sagemaker run` of a plan an execution is already running for. */
function alreadyRunningReply(login, execution) {
    return reply([
        `👀 ${who(login)}: this plan is already running as ${code(clip(execution.split('/').pop() ?? execution, 80))}, started by an earlier approval. Nothing else was started.`
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
    const where = link('the sticky comment', commentUrl);
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
    const id = (arn) => arn ? code(clip(arn.split('/').pop() ?? arn, 80)) : 'none (a full run)';
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./tools/emulator/github/events.ts
const person = (login) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
function issueCommentEvent(options) {
    const { repository, issue, comment } = options;
    const html = `https://github.com/${repository}`;
    return {
        action: options.action ?? 'created',
        issue: {
            number: issue,
            title: `Pull request ${issue}`,
            state: 'open',
            user: person('octocat'),
            html_url: `${html}/${options.pull === false ? 'issues' : 'pull'}/${issue}`,
            ...(options.pull === false
                ? {}
                : {
                    pull_request: {
                        url: `https://api.github.com/repos/${repository}/pulls/${issue}`,
                        html_url: `${html}/pull/${issue}`
                    }
                })
        },
        comment: {
            id: comment.id,
            body: comment.body,
            user: person(comment.user),
            html_url: comment.htmlUrl,
            url: comment.url ?? `https://api.github.com/repos/${repository}/issues/comments/${comment.id}`,
            author_association: options.association ?? 'NONE',
            ...(comment.createdAt ? { created_at: comment.createdAt } : {})
        },
        repository: {
            full_name: repository,
            name: repository.split('/')[1],
            owner: person(repository.split('/')[0] ?? ''),
            default_branch: options.defaultBranch ?? 'main'
        },
        sender: person(comment.user)
    };
}

// EXTERNAL MODULE: ./tools/demo/runner.ts
var runner = __webpack_require__(9980);
// EXTERNAL MODULE: ./tools/demo/world.ts + 8 modules
var demo_world = __webpack_require__(7073);
;// CONCATENATED MODULE: ./tools/demo/commands.ts






const [OWNER, REPO] = demo_world/* DEMO_REPOSITORY */.Hc.split('/');
const PR_BRANCH = 'improve-evaluation';
/**
 * Posts `body` on the demo pull request as `user` and runs the bundled action on that `issue_comment`
 * event, as the command workflow (examples/workflows/run-on-command.yml) does: a checkout of main,
 * the pull request's head present as git objects only.
 */
async function commentCommand(world, actionDir, body, user, inputs = {}, env = {}) {
    // A comment posted earlier (its event delivered late), or a new one.
    const comment = typeof body === 'string' ? world.github.postComment(OWNER, REPO, demo_world/* DEMO_PR */.fX, body, user) : body;
    const git = gitIn(world.repo.dir);
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    git('checkout', '-q', 'main');
    try {
        const result = await (0,runner/* runAction */.Cs)({
            actionDir,
            workspace: world.repo.dir,
            eventName: 'issue_comment',
            event: issueCommentEvent({ repository: demo_world/* DEMO_REPOSITORY */.Hc, issue: demo_world/* DEMO_PR */.fX, comment }),
            sha: git('rev-parse', 'main'),
            ref: 'refs/heads/main',
            sagemakerUrl: world.emulator.url,
            githubUrl: world.github.url,
            repository: demo_world/* DEMO_REPOSITORY */.Hc,
            runId: String(2000 + comment.id - 1_900_000_000),
            inputs: { pipeline: demo_world/* DEMO_PIPELINE */.he, ...inputs },
            env
        });
        return { ...result, comment };
    }
    finally {
        git('checkout', '-q', branch);
    }
}
/** A push to the pull request's branch: a commit in the checkout and on the GitHub stand-in. Its SHA. */
function pushToPullRequest(world, message, changes) {
    const git = gitIn(world.repo.dir);
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    git('checkout', '-q', PR_BRANCH);
    try {
        for (const [path, content] of Object.entries(changes)) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(world.repo.dir, path)), { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(world.repo.dir, path), content);
        }
        const sha = world.repo.commit(message, {});
        world.github.push(OWNER, REPO, PR_BRANCH, sha, (0,demo_world/* seedCommits */.Kj)(world.repo, ['-1', sha]));
        return sha;
    }
    finally {
        git('checkout', '-q', branch);
    }
}
function gitIn(dir) {
    return (...args) => (0,external_node_child_process_.execFileSync)('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'Abalone Dev',
            GIT_AUTHOR_EMAIL: 'dev@example.com',
            GIT_COMMITTER_NAME: 'Abalone Dev',
            GIT_COMMITTER_EMAIL: 'dev@example.com'
        }
    }).trim();
}

;// CONCATENATED MODULE: ./tools/demo/approve.ts







const [approve_OWNER, approve_REPO] = demo_world/* DEMO_REPOSITORY */.Hc.split('/');
const FAST = { SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE: '0.1' };
/**
 * `npm run demo -- --approve`: plan, approve, run. The plan workflow posts the plan on pull request
 * #7 (mode: plan, nothing starts); a maintainer's `/sagemaker run` starts exactly that plan; a
 * stranger's is refused; after a new push, a stale `/sagemaker run` is refused and the fresh plan is
 * posted for approval. Everything runs the bundled dist/index.js against the local emulators.
 */
async function runApproveDemo(actionDir, print) {
    const started = Date.now();
    const world = await (0,demo_world/* createDemoWorld */.CN)({ actionDir, timeScale: 600, upsertPullRequest: true });
    const problems = [];
    const check = (ok, what) => {
        print(`  ${ok ? '✓' : '✗'} ${what}`);
        if (!ok)
            problems.push(what);
    };
    try {
        print(`▶ ${demo_world/* DEMO_REPOSITORY */.Hc}, pull request #${demo_world/* DEMO_PR */.fX}: plan, approve, run (emulators on loopback)`);
        print('');
        print('1. The plan workflow (pull_request, mode: plan, a read-only role) posts the plan');
        const plan = await (0,runner/* runAction */.Cs)({
            actionDir,
            workspace: world.repo.dir,
            eventName: 'pull_request',
            event: world.pullRequestEvent,
            sha: world.repo.commits.pr,
            ref: `refs/pull/${demo_world/* DEMO_PR */.fX}/merge`,
            sagemakerUrl: world.emulator.url,
            githubUrl: world.github.url,
            repository: demo_world/* DEMO_REPOSITORY */.Hc,
            inputs: { pipeline: demo_world/* DEMO_PIPELINE */.he, mode: 'plan' },
            env: FAST
        });
        const posted = parseBinding(sticky(world));
        print(`  status ${plan.outputs.status}: would run ${list(plan.outputs['selected-steps'])}`);
        print(`  reusing ${list(plan.outputs['reused-steps'])} from ${id(plan.outputs['reference-execution-arn'])}`);
        print(`  hidden digest: head ${approve_short(posted?.sha)}, pipeline version ${posted?.version ?? '?'}, reference ${id(posted?.reference)}`);
        check(starts(world) === 0 && posted !== undefined, 'nothing started; the sticky comment carries the plan digest');
        print('');
        print('2. maintainer-mia comments "/sagemaker run"');
        const run = await commentCommand(world, actionDir, '/sagemaker run', 'maintainer-mia', {}, FAST);
        const arn = run.outputs['execution-arn'] ?? '';
        print(`  status ${run.outputs.status}: ${id(arn)} runs ${list(run.outputs['selected-steps'])}`);
        print(`  reactions on the comment: ${reactions(world, run.comment.id)}`);
        const provenance = (0,core_provenance/* parseProvenance */.X6)(arn ? await executionDescription(world, arn) : undefined);
        print(`  provenance: sha ${approve_short(provenance?.sha)}, approvedBy ${provenance?.approvedBy ?? '?'}, approval …${(provenance?.approval ?? '').slice(-28)}`);
        check(starts(world) === 1 &&
            run.outputs['selected-steps'] === plan.outputs['selected-steps'] &&
            run.outputs['reference-execution-arn'] === plan.outputs['reference-execution-arn'], 'started exactly the posted plan (same steps, same reference run)');
        print('');
        print('3. mallory (no collaborator) comments "/sagemaker run"');
        const stranger = await commentCommand(world, actionDir, '/sagemaker run', 'mallory', {}, FAST);
        print(`  status ${stranger.outputs.status}; reactions: ${reactions(world, stranger.comment.id)}`);
        for (const line of lastReply(world))
            print(`  reply │ ${line}`);
        check(starts(world) === 1, 'refused: nothing started');
        print('');
        print('4. A new push to the pull request, then maintainer-mia comments "/sagemaker run" again');
        const pushed = pushToPullRequest(world, 'Evaluate: also report MAE', {
            'pipelines/abalone/evaluate.py': '"""Evaluate the model: MSE, RMSE and MAE."""\nprint("mae")\n'
        });
        print(`  pushed ${approve_short(pushed)} to improve-evaluation`);
        const stale = await commentCommand(world, actionDir, '/sagemaker run', 'maintainer-mia', {}, FAST);
        print(`  status ${stale.outputs.status}; reactions: ${reactions(world, stale.comment.id)}`);
        for (const line of lastReply(world))
            print(`  reply │ ${line}`);
        const fresh = parseBinding(sticky(world));
        print(`  the sticky comment now shows the plan for ${approve_short(fresh?.sha)}: ${list(stale.outputs['selected-steps'])}`);
        check(starts(world) === 1 && fresh?.sha === pushed, 'stale approval refused; the fresh plan is posted for approval');
        print('');
        const gh = world.github.calls();
        print(`  executions started: ${starts(world)} · GitHub API calls: ${Object.values(gh).reduce((a, b) => a + b, 0)} · wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        print(problems.length === 0 ? '✓ done' : `✗ ${problems.length} check(s) failed`);
        return problems.length === 0 ? 0 : 1;
    }
    finally {
        await world.close();
        (0,external_node_fs_.rmSync)(world.repo.dir, { recursive: true, force: true });
    }
}
/** DescribePipelineExecution on the emulator's wire protocol: the execution's description (its provenance). */
async function executionDescription(world, arn) {
    const response = await fetch(world.emulator.url, {
        method: 'POST',
        headers: {
            'x-amz-target': 'SageMaker.DescribePipelineExecution',
            'content-type': 'application/x-amz-json-1.1'
        },
        body: JSON.stringify({ PipelineExecutionArn: arn })
    });
    if (!response.ok)
        return undefined;
    return (await response.json()).PipelineExecutionDescription;
}
function starts(world) {
    return world.emulator.calls().StartPipelineExecution ?? 0;
}
function sticky(world) {
    return world.github
        .comments(approve_OWNER, approve_REPO, demo_world/* DEMO_PR */.fX)
        .find(c => c.body.startsWith('<!-- sagemaker-selective-execution pipeline='))?.body;
}
function lastReply(world) {
    const replies = world.github.comments(approve_OWNER, approve_REPO, demo_world/* DEMO_PR */.fX).filter(c => c.body.startsWith(REPLY_MARKER));
    const body = replies[replies.length - 1]?.body ?? '(no reply)';
    return body
        .replace(REPLY_MARKER, '')
        .replace(/\u200d/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .trim()
        .split('\n')
        .filter(l => l.trim() !== '');
}
function reactions(world, commentId) {
    const emoji = { eyes: '👀', rocket: '🚀', '-1': '👎' };
    const got = world.github.reactions(approve_OWNER, approve_REPO, commentId).map(r => emoji[r.content] ?? r.content);
    return got.length > 0 ? got.join(' ') : '(none)';
}
function list(json) {
    try {
        const names = JSON.parse(json ?? '[]');
        return names.length === 0 ? '(none)' : names.join(', ');
    }
    catch {
        return json ?? '';
    }
}
const id = (arn) => (arn ? (arn.split('/').pop() ?? arn) : '(none)');
const approve_short = (sha) => (sha ? sha.slice(0, 7) : '?');


/***/ })

};
