import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { sendMail } from "@/lib/mail";
import { OrganisationErrors } from "@/lib/organisations/errors";
import type { NumeroActiviteInput, SiteInput } from "@/lib/organisations/schemas";

/** Staff decision on a pending organisation: verified, or refused with a reason. Audited; the members are told by mail. */
export async function decideOrganisation(
  staff: SessionUser,
  input: { organisationId: string; decision: "verifier" | "refuser"; motif?: string },
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(OrganisationErrors.Introuvable);
  const verified = input.decision === "verifier";
  const organisation = await db.$transaction(async (tx) => {
    const updated = await tx.organisation.updateMany({
      where: { id: input.organisationId, statut: "en_attente" },
      data: verified
        ? { statut: "verifiee", verifiedAt: new Date(), motifRefus: null }
        : { statut: "refusee", motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.organisation.count({ where: { id: input.organisationId } });
      throw new DomainError(exists ? OrganisationErrors.DejaTraitee : OrganisationErrors.Introuvable);
    }
    await tx.auditLog.create({
      data: {
        actorId: staff.id,
        action: verified ? "organisation.verifiee" : "organisation.refusee",
        entityType: "Organisation",
        entityId: input.organisationId,
        reason: verified ? null : (input.motif ?? null),
      },
    });
    return tx.organisation.findUniqueOrThrow({
      where: { id: input.organisationId },
      select: { nom: true, members: { select: { user: { select: { email: true, prenom: true } } } } },
    });
  });
  const url = new URL("/connexion", env.NEXTAUTH_URL).toString();
  await Promise.all(
    organisation.members.map(({ user }) =>
      sendMail(user.email, {
        subject: verified ? "Votre organisation est vérifiée" : "Votre inscription n'a pas été validée",
        greeting: `Bonjour ${user.prenom},`,
        paragraphs: verified
          ? [
              `L'équipe de l'IFLTS a vérifié « ${organisation.nom} ». Vous pouvez maintenant publier sur le guichet numérique.`,
            ]
          : [
              `L'équipe de l'IFLTS n'a pas pu valider l'inscription de « ${organisation.nom} ».`,
              `Motif : ${input.motif ?? ""}`,
              "Vous pouvez répondre à l'institut pour compléter votre dossier.",
            ],
        action: { label: "Se connecter au guichet", url },
      }),
    ),
  );
}

async function assertReferences(input: SiteInput): Promise<void> {
  const [commune, categorie, publicCible] = await Promise.all([
    db.commune.count({ where: { code: input.communeCode } }),
    input.categorieId ? db.categorieEtablissement.count({ where: { id: input.categorieId } }) : 1,
    input.publicId ? db.public.count({ where: { id: input.publicId } }) : 1,
  ]);
  if (!commune) throw new DomainError(OrganisationErrors.CommuneInconnue, "communeCode");
  if (!categorie) throw new DomainError(OrganisationErrors.ReferenceInconnue, "categorieId");
  if (!publicCible) throw new DomainError(OrganisationErrors.ReferenceInconnue, "publicId");
}

/** Creates or updates a site; only members of the site's organisation may. Returns the site id. */
export async function saveSite(user: SessionUser, input: SiteInput): Promise<string> {
  // Not a member: same answer as a missing organisation, so ids reveal nothing.
  if (!user.organisations.some((o) => o.id === input.organisationId)) {
    throw new DomainError(OrganisationErrors.Introuvable);
  }
  await assertReferences(input);
  const data = {
    nom: input.nom,
    adresse: input.adresse,
    communeCode: input.communeCode,
    categorieId: input.categorieId ?? null,
    publicId: input.publicId ?? null,
    latitude: input.latitude,
    longitude: input.longitude,
    coordonneesSource: input.coordonneesSource,
  };
  if (!input.siteId) {
    const site = await db.site.create({
      data: { ...data, organisationId: input.organisationId },
      select: { id: true },
    });
    return site.id;
  }
  const updated = await db.site.updateMany({
    where: { id: input.siteId, organisationId: input.organisationId },
    data,
  });
  if (updated.count !== 1) throw new DomainError(OrganisationErrors.SiteIntrouvable);
  return input.siteId;
}

/** Saves (or clears) the declaration number of one of the member's training bodies. */
export async function saveNumeroActivite(user: SessionUser, input: NumeroActiviteInput): Promise<void> {
  const organisation = user.organisations.find((o) => o.id === input.organisationId);
  // Not a member: the same answer as a missing record, so ids reveal nothing.
  if (!organisation) throw new DomainError(OrganisationErrors.Introuvable);
  if (organisation.type !== "organisme_formation")
    throw new DomainError(OrganisationErrors.PasOrganismeFormation, "numeroActivite");
  await db.organisation.update({
    where: { id: input.organisationId },
    data: { numeroActivite: input.numeroActivite },
  });
}
