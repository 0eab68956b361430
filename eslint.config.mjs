import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Import rules of shared/guides/architecture.md, enforced. */
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns: [...patterns, NO_RELATIVE_LAYER] }] });
/** Layers are imported through the `@/` alias, so that the rules below see every import. */
const NO_RELATIVE_LAYER = {
  group: ["../**/lib", "../**/lib/**", "../**/components", "../**/components/**", "../**/app/**"],
  message: "Import another top-level folder through the @/ alias (the layer rules match it).",
};
const NO_DB = { group: ["@/lib/db", "@/lib/db/*"], message: "Only lib/data, lib/authz/scope and lib/auth may touch the database." };
const NO_DATA = { group: ["@/lib/data", "@/lib/data/*"], message: "Components receive data as props or call server actions." };
const NO_NEXT = { group: ["next", "next/*", "react", "react-dom"], message: "lib/domain is pure TypeScript." };
const NO_APP_COMPONENTS = { group: ["@/app/*", "@/components/*"], message: "lib must not depend on app or components." };

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  // Playwright fixtures call `use(...)`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "bench/**", "playwright.config.ts", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["lib/domain/**"],
    rules: restrict([
      NO_DB,
      NO_DATA,
      NO_NEXT,
      NO_APP_COMPONENTS,
      { group: ["@/lib/authz/*", "@/lib/auth", "@/lib/auth/*"], message: "lib/domain is pure." },
      { group: ["node:*"], message: "lib/domain is pure." },
    ]),
  },
  { files: ["lib/authz/policy.ts"], rules: restrict([NO_DB, NO_DATA, NO_NEXT]) },
  { files: ["lib/data/**", "lib/authz/scope.ts"], rules: restrict([NO_APP_COMPONENTS]) },
  {
    files: ["app/**"],
    rules: restrict([NO_DB, { group: ["@/lib/authz/scope"], message: "Pages reach rows through lib/data, which applies the scope." }]),
  },
  {
    files: ["components/**"],
    rules: restrict([NO_DB, NO_DATA, { group: ["@/lib/auth", "@/lib/auth/*"], message: "Components get the actor as a prop." }]),
  },
];

export default config;
