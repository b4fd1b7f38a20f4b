"use client";

import { useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Form-level outcome: an error summary that takes focus, or a success message; announced politely. */
export function FormMessage({ state }: { state: ActionResult<unknown> | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const hasError = state && !state.ok;
  useEffect(() => {
    if (hasError) ref.current?.focus();
  }, [state, hasError]);
  const text = state ? (state.ok ? state.message : state.formError) : undefined;
  return (
    <div role="status" aria-live="polite">
      {text ? (
        <div
          ref={ref}
          tabIndex={-1}
          className={`rounded-md border-l-4 p-4 ${state?.ok ? "border-pin-700 bg-pin-50 text-pin-900" : "border-red-700 bg-red-50 text-red-900"}`}
        >
          <p className="font-semibold">
            <span aria-hidden="true">{state?.ok ? "✓ " : "⚠ "}</span>
            {text}
          </p>
        </div>
      ) : null}
    </div>
  );
}
