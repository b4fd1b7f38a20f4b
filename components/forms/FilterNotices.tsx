/** The search filters of the URL that were ignored, one sentence each (nothing when there are none). */
export function FilterNotices({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <section
      aria-labelledby="titre-filtres-ignores"
      className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4"
    >
      <h2 id="titre-filtres-ignores" className="text-base">
        Certains filtres de l&apos;adresse n&apos;ont pas pu être appliqués
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  );
}
