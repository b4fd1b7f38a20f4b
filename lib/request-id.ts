import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/log";

/** The id proxy.ts gave the current request, or undefined outside a request (scripts, tests). */
export async function getRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
