// Horizontal grouped bar chart drawn on the server with visx (plain SVG: nothing to load in the
// browser, prints as is). A masked count ("< 5") is drawn as a short hatched bar, never its value.
import { Group } from "@visx/group";
import { PatternLines } from "@visx/pattern";
import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { SECRET } from "@/lib/gouvernance/suppression";
import type { Indicateur } from "@/lib/gouvernance/tableau-de-bord/types";
import { formatValeur } from "./valeur";

/** Series colours, each ≥ 3:1 on white (WCAG non-text contrast). */
export const SERIE_COLORS = ["#1f5f3f", "#1d4e89", "#9a4d00"];

const WIDTH = 640;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const BAR_GAP = 3;
const ROW_GAP = 12;
const VALUE_SPACE = 64;
const SECRET_WIDTH = 22;
const LEGEND_HEIGHT = 28;

/** The chart of an indicator's drawn series (totals left out: they would flatten the other bars). */
export function BarChart({ indicateur }: { indicateur: Indicateur }) {
  const series = indicateur.series
    .map((s, index) => ({ ...s, index, color: SERIE_COLORS[0] }))
    .filter((s) => s.graphique)
    .map((s, i) => ({ ...s, color: SERIE_COLORS[i % SERIE_COLORS.length]! }));
  const lignes = indicateur.lignes.filter((l) => !l.total);
  const max = Math.max(
    1,
    ...lignes
      .flatMap((l) => series.map((s) => l.valeurs[s.index]))
      .filter((v): v is number => typeof v === "number"),
  );
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - VALUE_SPACE], nice: true });
  const rowHeight = LABEL_HEIGHT + series.length * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const height = LEGEND_HEIGHT + lignes.length * rowHeight;
  const patternId = `hachures-${indicateur.id}`;
  const seriesNames = series.map((s) => s.label.toLowerCase()).join(", ");

  return (
    <svg
      role="img"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="h-auto max-w-3xl overflow-visible"
      fontFamily="inherit"
    >
      {/* Named by its <title>, not aria-label, so that getByLabel("Territoire") finds only the filter. */}
      <title>{`Graphique : ${indicateur.titre} (${seriesNames}). Les valeurs sont dans le tableau qui suit.`}</title>
      <PatternLines
        id={patternId}
        height={6}
        width={6}
        stroke="#4b5563"
        strokeWidth={1.5}
        orientation={["diagonal"]}
      />
      <Group aria-hidden="true">
        {series.map((s, i) => (
          <Group key={s.label} left={i * 200} top={4}>
            <rect width={14} height={14} fill={s.color} />
            <text x={20} y={12} fontSize={13} fill="#111827">
              {s.label}
            </text>
          </Group>
        ))}
        {lignes.map((ligne, row) => (
          <Group key={ligne.label} top={LEGEND_HEIGHT + row * rowHeight}>
            <text y={14} fontSize={13} fontWeight={600} fill="#111827">
              {ligne.label}
            </text>
            {series.map((s, i) => {
              const valeur = ligne.valeurs[s.index] ?? null;
              const y = LABEL_HEIGHT + i * (BAR_HEIGHT + BAR_GAP);
              const secret = valeur === SECRET;
              const width =
                typeof valeur === "number"
                  ? Math.max(valeur > 0 ? 2 : 0, x(valeur))
                  : secret
                    ? SECRET_WIDTH
                    : 0;
              return (
                <Group key={s.label} top={y}>
                  <Bar
                    width={width}
                    height={BAR_HEIGHT}
                    fill={secret ? `url(#${patternId})` : s.color}
                    stroke={secret ? s.color : undefined}
                  />
                  <text x={width + 6} y={BAR_HEIGHT - 3} fontSize={12} fill="#111827">
                    {formatValeur(valeur, s.format)}
                  </text>
                </Group>
              );
            })}
          </Group>
        ))}
      </Group>
    </svg>
  );
}
