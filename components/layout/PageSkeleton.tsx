/** Body of every loading.tsx: the page's outline while its data arrives. */
export function PageSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Chargement de la page…
      </p>
      <div className="h-9 w-2/3 animate-pulse rounded bg-gray-200" />
      <div className="h-5 w-full max-w-2xl animate-pulse rounded bg-gray-200" />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="h-40 animate-pulse rounded-lg bg-gray-100" />
        <div className="h-40 animate-pulse rounded-lg bg-gray-100" />
      </div>
    </div>
  );
}
