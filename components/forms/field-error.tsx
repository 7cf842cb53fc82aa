/** The messages under a field, linked to it by aria-describedby="<id>-error". */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={`${id}-error`} className="font-semibold text-red-700">
      {messages.map((message, i) => (
        <span key={i} className="block">
          <span className="sr-only">! </span>
          {message}
        </span>
      ))}
    </p>
  );
}
