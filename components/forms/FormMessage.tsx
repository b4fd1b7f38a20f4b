"use client";

import { useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Form-level outcome: an error summary that takes focus, or a success message; announced politely.
 * `focusSuccess`: the success message takes focus too (when the control that was used disappears).
 */
export function FormMessage({
  state,
  focusSuccess = false,
}: {
  state: ActionResult<unknown> | undefined;
  focusSuccess?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const takesFocus = state && (!state.ok || focusSuccess);
  useEffect(() => {
    if (takesFocus) ref.current?.focus();
  }, [state, takesFocus]);
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
