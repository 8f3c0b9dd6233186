import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/out/**',
      'reports/**',
      '.stryker-tmp/**',
      'src/**/*.generated.js'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off'
    }
  },
  {
    // The action never bundles the emulators, the demo or the CLI.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tools/**', '../tools/*', '../../tools/*'],
              message:
                'src/ must not import tools/ (the emulators, demo and CLI are never bundled into the action).'
            }
          ]
        }
      ]
    }
  },
  {
    // One logging path for outside text: src/action/log.ts neutralises workflow commands and caps values.
    files: ['src/**/*.ts'],
    ignores: ['src/action/log.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='core'][property.name=/^(info|warning|error|notice|debug|setFailed|group|startGroup)$/]",
          message: 'Log through src/action/log.ts; wrap outside values in safe().'
        }
      ]
    }
  },
  {
    // The pure core does no I/O and never talks to the runner.
    files: ['src/core/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            '@actions/core',
            '@actions/github',
            '@aws-sdk/client-sagemaker',
            'node:fs',
            'fs',
            'node:child_process'
          ].map(name => ({
            name,
            message: 'src/core and src/report are pure: no I/O, no runner, no clients.'
          })),
          patterns: [{ group: ['**/tools/**'], message: 'src/ must not import tools/.' }]
        }
      ]
    }
  },
  {
    files: ['**/*.ts'],
    ignores: ['bench/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error'
    }
  },
  {
    // The emulator grades the planner: it judges selections with its own code (docs/emulator.md).
    files: ['tools/emulator/sagemaker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/src/core/planner*',
                '**/src/core/reference*',
                '**/src/core/freshness*',
                '**/src/core/provenance*',
                '**/src/core/coverage*'
              ],
              message:
                'The emulator is the oracle for the planner: use its own graph code (tools/emulator/sagemaker/dag.ts).'
            }
          ],
          paths: [
            { name: '../../../src/errors.js', importNames: ['didYouMean'], message: 'Use ./suggest.js.' }
          ]
        }
      ]
    }
  },
  {
    // The emulator stringifies JSON values whose objects it has already serialised.
    files: ['tools/emulator/**/*.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' }
  },
  {
    // Tests take apart raw JSON documents and fake async interfaces: the unsafe-any and require-await
    // rules would only add casts there.
    files: ['__tests__/**/*.ts', '__fixtures__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' }
    }
  }
)
