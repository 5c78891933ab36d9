import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ({
  "no-restricted-imports": ["error", { patterns }],
});

const workspace = (...names) =>
  names.map((name) => ({
    group: [`@carryover/${name}`, `@carryover/${name}/*`],
    message: `This layer must not import @carryover/${name} (see docs/architecture.md).`,
  }));

const noDatabase = {
  group: ["drizzle-orm", "drizzle-orm/*", "@carryover/db", "@carryover/db/*"],
  message: "Routers call services; queries and SQL live in @carryover/db.",
};

const frameworks = [
  {
    group: ["next", "next/*", "next-auth", "next-auth/*", "@trpc/*", "react", "react-dom"],
    message: "Services and domain code stay transport- and framework-free.",
  },
];

/** Where the environment may be read; everything else gets its configuration from these. */
const environmentReaders = [
  "apps/web/src/env.ts",
  // Next inlines process.env.NEXT_RUNTIME at build time, which keeps the Node-only worker out of
  // the edge bundle; a read through env() would not be inlined.
  "apps/web/src/instrumentation.ts",
  // Hands the inherited environment (PATH, HOME…) on to the processes it starts; its own settings
  // come from env().
  "apps/web/scripts/start.ts",
  "**/*.config.{ts,mjs,js,cjs}",
  "**/*.test.ts",
  "packages/*/bench/**",
  "packages/db/src/testing/**",
  "e2e/**",
  ".ci/**",
];
const environmentMessage =
  "Read configuration through env() in apps/web/src/env.ts; packages take it as factory arguments.";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.turbo/**",
      "**/.data/**",
      "**/migrations/**",
      "**/next-env.d.ts",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["packages/domain/**/*.ts"],
    rules: restrict([
      ...workspace("db", "api", "ui", "web"),
      ...frameworks,
      {
        group: ["drizzle-orm", "drizzle-orm/*", "postgres", "livekit-*", "node:*"],
        message: "The domain is pure: no I/O, ORM or Node built-ins.",
      },
    ]),
  },
  {
    files: ["packages/db/**/*.ts"],
    rules: restrict([...workspace("api", "ui", "web"), ...frameworks]),
  },
  {
    // Services, policy and ports, in whichever feature folder: everything in the api but its routers,
    // the tRPC wiring and what drives it in tests.
    files: ["packages/api/src/**/*.ts"],
    ignores: [
      "packages/api/src/**/*.router.ts",
      "packages/api/src/trpc/**",
      "packages/api/src/testing/**",
      "packages/api/src/**/*.integration.test.ts",
      "packages/api/src/**/*.live.test.ts",
    ],
    rules: restrict([...workspace("ui", "web"), ...frameworks]),
  },
  {
    // Every browser test fails on a Content-Security-Policy violation: through the shared fixture.
    files: ["e2e/tests/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ../support/test, which fails on CSP violations.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/api/src/**/*.router.ts"],
    rules: restrict([
      ...workspace("ui", "web"),
      noDatabase,
      { group: ["zod", "zod/*"], message: "A router takes its schemas from its contracts file." },
    ]),
  },
  {
    files: ["packages/api/src/trpc/**/*.ts"],
    ignores: ["packages/api/src/**/*.integration.test.ts"],
    rules: restrict([...workspace("ui", "web"), noDatabase]),
  },
  {
    // Contracts are bundled into the browser: zod, the domain and a sibling contract only. A regex,
    // because gitignore-style negation ("*", "!@carryover/domain/*") cannot re-include a path whose
    // parent "@carryover" the "*" already excluded.
    files: ["packages/api/src/**/*.contracts.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod$|@carryover/domain/[\\w-]+$|\\./[\\w-]+\\.contracts$)",
              message:
                "A contract imports only zod, @carryover/domain/* and contracts beside it: browsers load it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/ui/**/*.{ts,tsx}"],
    rules: restrict([
      ...workspace("db", "api", "web"),
      {
        group: ["next", "next/*", "@trpc/*", "@tanstack/*"],
        message: "UI components are presentational: no data fetching or framework.",
      },
    ]),
  },
  {
    files: ["apps/web/**/*.client.tsx", "apps/web/**/*-client.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Everything of @carryover/db and @carryover/api but the contracts (zod and the domain).
              regex: "^@carryover/(db(/.*)?|api/(?!contracts/[\\w-]+$).*)$",
              message:
                "Client components may import only types from @carryover/api, its contracts (@carryover/api/contracts/<key>), and nothing from @carryover/db.",
            },
          ],
          paths: [
            {
              name: "@carryover/api",
              allowTypeImports: true,
              message: "Client components may import only types from @carryover/api.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // A component a person can read in one sitting; multi-step flows take their state from a reducer.
    files: ["apps/web/src/**/*.tsx", "packages/ui/src/**/*.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Routes only guard, prefetch and render a feature component (features/<feature>/).
    files: ["apps/web/src/app/**/*.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: environmentReaders,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: environmentMessage },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='env'][object.property.name='process']",
          message: environmentMessage,
        },
        {
          selector:
            "ImportDeclaration[source.value=/^(node:)?process$/] ImportSpecifier[imported.name='env']",
          message: environmentMessage,
        },
      ],
    },
  },
);
