import type { Metadata, Viewport } from "next";
import { Header } from "@/components/layout/Header";
import { Footer } from "@/components/layout/Footer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Guichet numérique de l'IFLTS", template: "%s – Guichet numérique de l'IFLTS" },
  description:
    "Stages, formations et aides pour les métiers du travail social et de l'accompagnement dans les Landes : le guichet numérique de l'Institut fédératif landais du travail social.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f5f3f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] focus:rounded focus:bg-white focus:p-3 focus:shadow-lg"
        >
          Aller au contenu
        </a>
        <Header />
        <main
          id="contenu"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
