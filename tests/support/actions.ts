// Every server action of the app, found by reading the source: the files starting with "use server".
// Shared by the authorization test and the generated-input test, so a new action is covered by both.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FormAction } from "@/lib/actions/define-action";

export const ROOT = process.cwd();

export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

export const actionFiles = [...sourceFiles("lib"), ...sourceFiles("app")].filter((f) =>
  /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")),
);

/** "lib/stages/actions.ts#candidater" → the action, for every exported action. */
export async function discoverActions(): Promise<Map<string, FormAction<unknown>>> {
  const found = new Map<string, FormAction<unknown>>();
  for (const file of actionFiles) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, FormAction<unknown>>;
    for (const [name, value] of Object.entries(mod)) found.set(`${file}#${name}`, value);
  }
  return found;
}
