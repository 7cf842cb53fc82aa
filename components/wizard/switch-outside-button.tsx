type Props = { action: (form: FormData) => Promise<void>; draftId: string; label: string };

/** The way out of Figure 14's message: apply outside the microdistrict instead. */
export function SwitchOutsideButton({ action, draftId, label }: Props) {
  return (
    <form action={action}>
      <input type="hidden" name="draftId" value={draftId} />
      <button type="submit" className="btn-secondary" data-testid="apply-outside">
        {label}
      </button>
    </form>
  );
}
