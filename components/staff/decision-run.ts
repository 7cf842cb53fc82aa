import type { ActionResult } from "@/lib/forms";
import type { PreparedSigning } from "@/lib/signing/prepared";
import type { SigningRun } from "@/components/signing/use-signing-flow";

export type Decision = "ACCEPT" | "REJECT";

/** The director's (and the executor's refusal) server actions, handed down by the page. */
export type DecisionActions = {
  start: (input: {
    applicationId: string;
    decision: Decision;
    reason?: string;
    expectedVersion: number;
  }) => Promise<ActionResult<PreparedSigning>>;
  complete: (input: { requestId: string; decision: Decision; expectedVersion: number; applicationId: string }) => Promise<ActionResult>;
};

/**
 * S-7: a decision signed with EDS (or the eGov mobile QR), as a run of the one signing flow:
 * the signing request, the dialog, then the decision taken in one transaction on the server.
 */
export function decisionRun(
  actions: DecisionActions,
  {
    applicationId,
    expectedVersion,
    decision,
    reason,
    title,
    onDone,
  }: { applicationId: string; expectedVersion: number; decision: Decision; reason?: string; title: string; onDone: () => void },
): SigningRun<undefined> {
  return {
    title,
    prepare: () => actions.start({ applicationId, decision, reason, expectedVersion }),
    complete: (requestId) => actions.complete({ requestId, decision, expectedVersion, applicationId }),
    onDone,
  };
}
