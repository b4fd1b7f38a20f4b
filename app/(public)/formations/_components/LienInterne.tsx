"use client";

import type { ReactNode } from "react";

/**
 * A skip link that moves the focus to an element of this page without adding a history entry (Next's
 * router ignores native fragment entries and Back would stop updating the page, vercel/next.js#88345).
 * Without JavaScript it is a plain fragment link. Same as /carte's.
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
        if (!target.hasAttribute("tabindex") && target.tabIndex < 0) target.setAttribute("tabindex", "-1");
        target.scrollIntoView({ block: "start" });
        target.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
