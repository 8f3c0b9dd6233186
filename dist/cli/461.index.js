export const id = 461;
export const ids = [461];
export const modules = {

/***/ 9461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _world_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7073);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);



/**
 * `npm run demo`: the main job end to end on the embedded emulator. A pull request changes
 * evaluate.py; the bundled action (dist/index.js, run as the GitHub runner runs it) plans, picks the
 * reference run, starts the selective execution, waits for it and updates its sticky comment.
 */
async function runDemo(actionDir, print) {
    const started = Date.now();
    const world = await (0,_world_js__WEBPACK_IMPORTED_MODULE_1__/* .createDemoWorld */ .CN)({ actionDir, timeScale: 600, upsertPullRequest: true });
    try {
        print(`▶ SageMaker Pipelines emulator on ${world.emulator.url}, GitHub API stand-in on ${world.github.url}`);
        print(`▶ ${_world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_REPOSITORY */ .Hc}: pipeline ${_world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_PIPELINE */ .he} (7 steps) with ${world.history.length} past runs:`);
        print('    3 days ago  Succeeded  full run of the first commit');
        print('    1 day ago   Succeeded  full run of main');
        print('    5 h ago     Failed     main, at Abalone-Train (capacity error)');
        print(`▶ Pull request #${_world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_PR */ .fX} changes pipelines/abalone/evaluate.py and README.md; its workflow`);
        print('  upserted the pipeline first, so Abalone-Evaluate now reads its code from a new S3 path');
        print('▶ Running dist/index.js as the GitHub runner would (mode: wait) …');
        print('');
        const result = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)({
            actionDir,
            workspace: world.repo.dir,
            eventName: 'pull_request',
            event: world.pullRequestEvent,
            sha: world.repo.commits.pr,
            ref: `refs/pull/${_world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_PR */ .fX}/merge`,
            sagemakerUrl: world.emulator.url,
            githubUrl: world.github.url,
            repository: _world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_REPOSITORY */ .Hc,
            inputs: { pipeline: _world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_PIPELINE */ .he, mode: 'wait' },
            env: { SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE: '0.1' }
        });
        const log = result.stdout
            .split('\n')
            .filter(l => !l.startsWith('::') || l.startsWith('::warning') || l.startsWith('::error'))
            .filter(l => l.trim() !== '');
        print('─── action log ───');
        for (const line of log)
            print(`  ${line}`);
        print('');
        const [owner, repo] = _world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_REPOSITORY */ .Hc.split('/');
        const comments = world.github.comments(owner, repo, _world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_PR */ .fX);
        const ours = comments.filter(c => c.body.startsWith('<!-- sagemaker-selective-execution'));
        print(`─── the sticky comment on pull request #${_world_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_PR */ .fX} (${ours.length} comment, edited in place) ───`);
        for (const c of ours)
            print(readable(c.body));
        print('');
        print('─── step outputs ───');
        for (const key of [
            'status',
            'execution-arn',
            'reference-execution-arn',
            'selected-steps',
            'reused-steps',
            'changed-files'
        ]) {
            print(`  ${key}: ${result.outputs[key] ?? ''}`);
        }
        const calls = world.emulator.calls();
        const total = Object.values(calls).reduce((a, b) => a + b, 0);
        print(`  SageMaker API calls: ${total} (${Object.entries(calls)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`);
        const gh = world.github.calls();
        print(`  GitHub API calls: ${Object.values(gh).reduce((a, b) => a + b, 0)} (${Object.entries(gh)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`);
        print(`  wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (result.exitCode !== 0)
            print(`✗ the action failed (exit ${result.exitCode}): ${result.errors.join('; ')}`);
        else
            print('✓ done');
        return result.exitCode;
    }
    finally {
        await world.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(world.repo.dir, { recursive: true, force: true });
    }
}
/** The comment as a terminal shows it best: the markdown with its HTML code tags turned into backticks. */
function readable(markdown) {
    return markdown
        .replace(/<!--.*?-->\n?/g, '')
        .replace(/<\/?code>/g, '`')
        .replace(/<\/?sub>/g, '')
        .replace(/<br>/g, '')
        .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .split('\n')
        .map(l => `  ${l}`)
        .join('\n');
}


/***/ })

};
