"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`btn-${variant}`} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? "Envoi en cours…") : children}
    </button>
  );
}
