"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False on the server and during hydration, true after: controls that need JavaScript render only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Splits a repeated group's messages: the schema names a row's problem "<Label> n : …"; those go
 * to row n (prefix removed, capitalised), the others stay general.
 */
export function splitRowErrors(errors: string[] | undefined, label: string) {
  const all = errors ?? [];
  const pattern = new RegExp(`^${label} \\d+ : `);
  return {
    forRow(index: number): string[] {
      const prefix = `${label} ${index + 1} : `;
      return all.filter((m) => m.startsWith(prefix)).map((m) => capitalize(m.slice(prefix.length)));
    },
    general: all.filter((m) => !pattern.test(m)),
  };
}

/**
 * Rows that JavaScript can add and remove, keyed for React. Focus follows: to the new row's first
 * field (`firstFieldId(key)`) after adding, to the add button after removing; removing the last
 * row leaves one blank row.
 */
export function useRepeatedRows<T extends { key: number }>(
  initial: () => T[],
  blank: (key: number) => T,
  firstFieldId: (key: number) => string,
) {
  const [rows, setRows] = useState<T[]>(initial);
  const nextKey = useRef(rows.length);
  const focusTarget = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusTarget.current) return;
    if (focusTarget.current === "ajouter") addButton.current?.focus();
    else document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  }, [rows]);

  function add() {
    const key = nextKey.current++;
    focusTarget.current = firstFieldId(key);
    setRows((r) => [...r, blank(key)]);
  }

  function remove(key: number) {
    focusTarget.current = "ajouter";
    setRows((r) => (r.length > 1 ? r.filter((row) => row.key !== key) : [blank(nextKey.current++)]));
  }

  return { rows, add, remove, addButton };
}
