// Generated bad input against every server action (fast-check): whatever arrives — wrong types,
// huge or exotic strings, injected HTML/SQL, absurd numbers, malformed dates and ids, missing or
// unknown fields — the action answers with French messages, never crashes (a crash logs
// console.error, which fails the test) and never writes anything when it refuses.
// FUZZ_RUNS (default 1000) inputs per action; FUZZ_SEED replays a failing run.
import fc from "fast-check";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getActionAccess, getActionSchema } from "@/lib/actions/define-action";
import { GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/permissions";
import { createPersona } from "@/tests/factories";
import { discoverActions } from "@/tests/support/actions";
import { REFERENCE_TABLES } from "@/tests/support/database";
import { signInAs } from "@/tests/support/session";
import { personas, type PersonaName } from "@/prisma/personas";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Field names a schema reads, through pipes (transforms) and unions. */
function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return fieldNames(schema.in as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(fieldNames);
  return [];
}

const NASTY = [
  "",
  " ",
  "\t\n",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  '=HYPERLINK("http://exemple.fr")',
  "\u0000",
  "a\u0000b",
  "\uFEFF\u200B",
  "𝕏🙂‍↔️ é̀",
  "../../etc/passwd",
  "-1",
  "0",
  "-0",
  "1.5",
  "1e308",
  "99999999999999999999999",
  "NaN",
  "Infinity",
  "2026-02-30",
  "31/12/2026",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "on",
  "true",
  "null",
  "undefined",
  "[object Object]",
  "persona-apprenant",
  "ckxxxxxxxxxxxxxxxxxxxxxxx",
  "x".repeat(100_000),
];

const value = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

function formArbitrary(fields: string[]) {
  const keys = fc.constantFrom(...fields, "champInconnu", "__proto__", "constructor");
  return fc.dictionary(keys, fc.oneof({ weight: 4, arbitrary: value }, fc.array(value, { maxLength: 3 })), {
    maxKeys: fields.length + 2,
  });
}

function toFormData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, v] of Object.entries(values)) {
    for (const item of Array.isArray(v) ? v : [v]) data.append(key, item);
  }
  return data;
}

/** The persona that may call an action ("public": nobody signed in). */
function callerOf(access: Access): PersonaName | null {
  if (access === "public") return null;
  if (access === "user") return "apprenant";
  return (typeof access === "string" ? access : access[0]!) as PersonaName;
}

/** A digest of every non-reference table's rows: equal digests, no write. */
async function stateDigest(): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const parts = tables
    .map((t) => t.name)
    .filter((name) => !REFERENCE_TABLES.includes(name))
    .map((name) => `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${name}" x)`);
  const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(`SELECT md5(${parts.join(" || ")}) AS digest`);
  return row!.digest;
}

// Messages zod or JavaScript would write in English if a French one were missing.
const ENGLISH =
  /\b(invalid|expected|required|received|must|too (big|small)|characters?|string|number|undefined)\b/i;

function messagesOf(result: ActionResult<unknown>): string[] {
  if (result.ok) return [];
  return [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].filter(
    (m): m is string => typeof m === "string" && m !== "",
  );
}

/**
 * Declares the generated-input tests of one share of the actions (`part` of `parts`, by position),
 * so that several test files run them in parallel.
 */
export function describeGeneratedInput(part: number, parts: number): void {
  describe(`saisies générées (${RUNS} par action), lot ${part + 1}/${parts}`, async () => {
    const all = [...(await discoverActions())];
    const actions = all.filter((_, i) => i % parts === part);

    it("couvre sa part des actions du guichet", () => {
      expect(all.length).toBeGreaterThanOrEqual(19);
      expect(actions.length).toBeGreaterThanOrEqual(Math.floor(all.length / parts));
    });

    it.each(actions)("%s", { timeout: 600_000 }, async (_key, action) => {
      for (const name of Object.keys(personas) as PersonaName[]) await createPersona(name);
      const access = getActionAccess(action)!;
      const caller = callerOf(access);
      signInAs(caller && personas[caller].id);
      const fields = fieldNames(getActionSchema(action)!);

      let before = await stateDigest();
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(formArbitrary(fields), async (values) => {
          let result: ActionResult<unknown>;
          try {
            result = await action(undefined, toFormData(values));
          } catch (error) {
            if (!isRedirectError(error)) throw error;
            // Valid by chance and redirected after success: the new state is the reference.
            before = await stateDigest();
            return;
          }
          if (result.ok) {
            before = await stateDigest();
            return;
          }
          refused++;
          // A refusal leaves no trace: the data is exactly what it was before the call.
          expect(await stateDigest(), "aucune écriture lors d'un refus").toBe(before);
          const messages = messagesOf(result);
          expect(messages.length, "au moins un message").toBeGreaterThan(0);
          for (const message of messages) {
            expect(message).not.toBe(GENERIC_ERROR);
            expect(message).not.toMatch(ENGLISH);
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
      );
      expect(refused).toBeGreaterThan(RUNS / 2);
    });
  });
}
