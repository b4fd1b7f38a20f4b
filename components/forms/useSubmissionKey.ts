"use client";

import { useState } from "react";

/**
 * A key that changes with every action result. Remounting the form with it re-applies the
 * echoed values as defaults: React 19 resets forms after an action, and a <select> or radio
 * would otherwise fall back to its first default instead of what the user chose.
 */
export function useSubmissionKey(state: unknown): number {
  const [seen, setSeen] = useState(state);
  const [key, setKey] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setKey((k) => k + 1);
  }
  return key;
}
