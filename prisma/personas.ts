// Stable demo and test accounts, one per role; shared by the seed, the integration and e2e tests.
// The password is printed by `npm run demo`: these accounts exist only in demo and test databases.

export const PERSONA_PASSWORD = "Landes-Demo-2026!";

type Persona = {
  /** shown by `npm run demo` beside the e-mail */
  label: string;
  id: string;
  email: string;
  prenom: string;
  nom: string;
  roles: ("apprenant" | "staff" | "cellule" | "gouvernance")[];
  organisation?: {
    id: string;
    type: "employeur" | "organisme_formation";
    nom: string;
    siret: string;
    finess?: string;
    adresse: string;
    communeCode: string;
  };
};

export const personas = {
  apprenant: {
    label: "Apprenant·e",
    id: "persona-apprenant",
    email: "apprenant@demo.iflts.fr",
    prenom: "Camille",
    nom: "Dupuy",
    roles: ["apprenant"],
  },
  employeur: {
    label: "Employeur",
    id: "persona-employeur",
    email: "employeur@demo.iflts.fr",
    prenom: "Jean",
    nom: "Lafitte",
    roles: [],
    organisation: {
      id: "persona-org-employeur",
      type: "employeur",
      nom: "EHPAD Les Pins (démo)",
      siret: "73282932000074",
      finess: "400000123",
      adresse: "12 avenue des Pins",
      communeCode: "40192",
    },
  },
  organisme: {
    label: "Organisme de formation",
    id: "persona-organisme",
    email: "organisme@demo.iflts.fr",
    prenom: "Sophie",
    nom: "Darrigade",
    roles: [],
    organisation: {
      id: "persona-org-organisme",
      type: "organisme_formation",
      nom: "Institut de formation Adour (démo)",
      siret: "55210055400013",
      adresse: "5 rue de l'Adour",
      communeCode: "40088",
    },
  },
  staff: {
    label: "Équipe de l'institut",
    id: "persona-staff",
    email: "staff@demo.iflts.fr",
    prenom: "Martine",
    nom: "Labat",
    roles: ["staff"],
  },
  cellule: {
    label: "Cellule locale",
    id: "persona-cellule",
    email: "cellule@demo.iflts.fr",
    prenom: "Pierre",
    nom: "Castaing",
    roles: ["cellule"],
  },
  gouvernance: {
    label: "Membre d'un collège",
    id: "persona-gouvernance",
    email: "gouvernance@demo.iflts.fr",
    prenom: "Hélène",
    nom: "Ducos",
    roles: ["gouvernance"],
  },
  /** A host family offering a room to trainees (verified by staff in the seed); no role of its own. */
  famille: {
    label: "Famille d'accueil",
    id: "persona-famille",
    email: "famille@demo.iflts.fr",
    prenom: "Marie",
    nom: "Lescarret",
    roles: [],
  },
} satisfies Record<string, Persona>;

export type PersonaName = keyof typeof personas;
