import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getMesDonnees } from "@/lib/comptes/donnees";

export const dynamic = "force-dynamic";

/** The signed-in person's data as a JSON download (RGPD art. 15 and 20); 401 for anyone else. */
export async function GET() {
  const user = await getCurrentUser();
  const donnees = user ? await getMesDonnees(user.id) : null;
  if (!user || !donnees) {
    return NextResponse.json(
      { erreur: "Connectez-vous pour télécharger vos données." },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  const body = JSON.stringify(
    { exporteLe: new Date().toISOString(), source: "Guichet numérique de l'IFLTS", donnees },
    null,
    2,
  );
  return new NextResponse(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mes-donnees-iflts-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
