/**
 * The messages under a field, linked to it by aria-describedby="<id>-error" (the field itself
 * says aria-invalid): the message is read as it is written, with no marker added.
 */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={`${id}-error`} className="font-semibold text-red-700">
      {messages.map((message, i) => (
        <span key={i} className="block">
          {message}
        </span>
      ))}
    </p>
  );
}
