// ESLint flat config: Next.js's own rules (React, hooks, accessibility, Core Web Vitals) and
// typescript-eslint's recommended rules, as `eslint-config-next` 16 ships them.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Fields are left out of an object by destructuring them beside a rest (`{ secret: _, ...rest }`).
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/server/pdf/**"],
    rules: {
      // react-pdf's <Image> draws into a PDF and has no alt attribute; the PDF's text says what the image is.
      "jsx-a11y/alt-text": "off",
    },
  },
  globalIgnores([
    // eslint-config-next's defaults, restated because globalIgnores here replaces them.
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    // Generated or produced by tools, not written here.
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "coverage/**",
  ]),
]);
