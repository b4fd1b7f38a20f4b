// Embedded PostgreSQL (PGlite, in WebAssembly) served over TCP, so that the unchanged app,
// Prisma CLI and seed reach it with a plain postgresql:// URL. Used by `npm run demo`;
// meant to be reused by the test tooling. No "server-only" imports here: it runs under tsx.
//
// Connection behaviour (pglite-socket 0.2.17, observed): the server admits ONE client
// connection at a time (maxConnections: 1). A second connection arriving while one is open
// is not queued: it is closed at once (pg: "Connection terminated unexpectedly", psql: "server
// closed the connection unexpectedly"). A client that disconnects and reconnects within the
// same instant can hit the same refusal while the server is still processing the close.
// Hence every client uses a pool of exactly one connection (DATABASE_POOL_MAX=1) and the
// clients (migrate, seed, app) run one after another, each releasing its connection by
// exiting. The app's pool drops its connection after 10 s idle, so a psql session can get in
// then. Raising maxConnections is no way out: the server then multiplexes several clients onto
// the single PGlite session, and with 3+ clients results were wrong or hung (STACK.md).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  /** postgresql:// URL of the served database (user postgres, no password, database postgres). */
  url: string;
  /** Stops accepting connections, then closes PGlite so that its data directory is consistent. */
  stop(): Promise<void>;
};

/** Opens (or creates) the PGlite database in dataDir and serves it on a free loopback port. */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir);
  mkdirSync(path.dirname(dir), { recursive: true });
  const releaseLock = lockDataDir(dir);

  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ dataDir: dir });
    // Port 0: the OS picks a free port, so two checkouts (or a test run) never collide.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
    await server.start();
    const port = server.getServerConn().split(":").pop();
    const opened = db;

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        try {
          await server.stop();
        } finally {
          await opened.close();
          releaseLock();
        }
      })();
      return stopping;
    };
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    await db?.close().catch(() => undefined);
    releaseLock();
    throw error;
  }
}

// Two processes opening the same PGlite directory would corrupt it (PGlite has no
// postmaster.pid of its own): a sibling lock file holds the owner's pid.
function lockDataDir(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        rmSync(lockFile, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw error;
      const owner = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `la base ${path.relative(process.cwd(), dir) || dir} est déjà utilisée par le processus ${owner} (une autre démo ?) ; sinon supprimez ${lockFile}`,
        );
      }
      // Left behind by a process that was killed: take it over.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Impossible de verrouiller ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isErrno(error, "EPERM");
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
