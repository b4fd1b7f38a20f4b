/** The errors of a group of fields (a fieldset), referenced by its aria-describedby. */
export function FieldsetErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="space-y-1 text-sm font-semibold text-red-800">
      {errors.map((message) => (
        <p key={message} className="flex gap-1">
          <span aria-hidden="true">⚠</span>
          {message}
        </p>
      ))}
    </div>
  );
}
