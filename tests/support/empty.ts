// Stands in for `server-only` in vitest: the real package throws outside a React server bundle.
export {};
