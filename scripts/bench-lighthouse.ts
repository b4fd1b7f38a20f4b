// `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling, Debian's Chromium) on the
// home page, /carte, a stage page and /formations of a running production build — start
// `npm run demo` (or `npm run build && npm start`) first; BASE_URL defaults to http://localhost:3000.
// Prints the four category scores per page and the JavaScript /carte ships (gzip, as transferred).
import { execFileSync } from "node:child_process";
import path from "node:path";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const ROOT = path.resolve(import.meta.dirname, "..");

type NetworkItem = { url: string; resourceType?: string; transferSize?: number };
type Audit = {
  score: number | null;
  scoreDisplayMode: string;
  details?: { items?: NetworkItem[] };
};
/** The part of Lighthouse's JSON result read here. */
type Lhr = { categories: Record<string, { score: number | null }>; audits: Record<string, Audit> };

async function firstStagePath(): Promise<string> {
  const html = await (await fetch(`${BASE}/carte`)).text();
  const match = /href="(\/stages\/[\w-]+)"/.exec(html);
  if (!match) throw new Error(`Aucune fiche de stage trouvée sur ${BASE}/carte : la base est-elle seedée ?`);
  return match[1]!;
}

/** One Lighthouse run through its own CLI (not imported: tsx's transform breaks its in-page scripts). */
function lighthouseRun(url: string, attempt = 1): Lhr {
  try {
    return lighthouseOnce(url);
  } catch (error) {
    // Chromium sometimes loses the trace (NO_NAVSTART); Lighthouse itself says to run again.
    if (attempt >= 3) throw error;
    console.log(`${url} : nouvel essai (${attempt + 1}/3)`);
    return lighthouseRun(url, attempt + 1);
  }
}

function lighthouseOnce(url: string): Lhr {
  const out = execFileSync(
    path.join(ROOT, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--output=json",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-path=${CHROMIUM}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  return JSON.parse(out) as Lhr;
}

async function main() {
  const pages = ["/", "/carte", await firstStagePath(), "/formations"];
  const rows: string[] = [];
  let carteJs = 0;
  for (const page of pages) {
    const { categories, audits } = lighthouseRun(`${BASE}${page}`);
    const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push(`| ${page} | ${CATEGORIES.map(score).join(" | ")} |`);
    if (page === "/carte") {
      carteJs = (audits["network-requests"]?.details?.items ?? [])
        .filter((i) => i.resourceType === "Script" && i.url.startsWith(BASE))
        .reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
    }
    const failing = Object.entries(audits)
      .filter(([, a]) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .map(([id, a]) => `${id} (${Math.round((a.score ?? 0) * 100)})`);
    if (failing.length > 0) console.log(`${page} : audits sous 90 → ${failing.join(", ")}`);
  }
  console.log(`\nLighthouse ${BASE} (mobile, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log("| Page | Performance | Accessibilité | Bonnes pratiques | SEO |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  console.log(rows.join("\n"));
  console.log(`\nJavaScript transféré pour /carte : ${(carteJs / 1024).toFixed(1)} kio (gzip)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
