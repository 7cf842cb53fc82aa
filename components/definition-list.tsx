/** One row of a definition list: label, value, and optionally a test id for the value. */
export type DefinitionRow = readonly [label: string, value: React.ReactNode, testId?: string];

/** Label–value pairs: stacked on a phone, two columns from the small breakpoint up. */
export function DefinitionList({ rows, testId }: { rows: readonly DefinitionRow[]; testId?: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,max-content)_1fr]" data-testid={testId}>
      {rows.map(([label, value, id]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="font-semibold break-words" data-testid={id}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
