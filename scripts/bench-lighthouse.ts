// `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling, Debian's Chromium) on the
// home page, /carte, a stage page and /formations of a running production build — start
// `npm run demo` (or `npm run build && npm start`) first; BASE_URL defaults to http://localhost:3000.
// Prints the four category scores per page and the JavaScript /carte ships (gzip, as transferred).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type NetworkItem = { url: string; resourceType?: string; transferSize?: number };

async function firstStagePath(): Promise<string> {
  const html = await (await fetch(`${BASE}/carte`)).text();
  const match = /href="(\/stages\/[\w-]+)"/.exec(html);
  if (!match) throw new Error(`Aucune fiche de stage trouvée sur ${BASE}/carte : la base est-elle seedée ?`);
  return match[1]!;
}

async function main() {
  const pages = ["/", "/carte", await firstStagePath(), "/formations"];
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const rows: string[] = [];
  let carteJs = 0;
  try {
    for (const page of pages) {
      const result = await lighthouse(`${BASE}${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${page}`);
      const { categories, audits } = result.lhr;
      const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push(`| ${page} | ${CATEGORIES.map(score).join(" | ")} |`);
      if (page === "/carte") {
        const items = ((audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)
          ?.items ?? []) as NetworkItem[];
        carteJs = items
          .filter((i) => i.resourceType === "Script" && i.url.startsWith(BASE))
          .reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
      }
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
        .map((a) => a.id);
      if (failing.length > 0) console.log(`${page} : audits en échec → ${failing.join(", ")}`);
    }
  } finally {
    await chrome.kill();
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
