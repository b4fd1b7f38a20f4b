"use client";

import type { ReactNode } from "react";

/**
 * A link to an element of this page (skip link) that moves the focus there without adding a history
 * entry: Next's router ignores the entries native fragment links create, and the Back button would
 * then stop updating the page (vercel/next.js#88345). Without JavaScript it is a plain fragment link.
 */
export function LienInterne({
  cible,
  className,
  children,
}: {
  cible: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={`#${cible}`}
      className={className}
      onClick={(event) => {
        const target = document.getElementById(cible);
        if (!target) return;
        event.preventDefault();
        focusElement(target);
      }}
    >
      {children}
    </a>
  );
}

/** Scrolls to `target` and gives it the focus (making it focusable by script if need be). */
export function focusElement(target: HTMLElement): void {
  if (!target.hasAttribute("tabindex") && target.tabIndex < 0) target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}
