import "server-only";
import { View } from "@react-pdf/renderer";
import { bi } from "@/lib/server/pdf/texts";
import { almatyDay } from "@/lib/i18n/dates";
import { DocumentFrame, FieldTable, Paragraph, SignatureBlock, styles } from "@/lib/server/pdf/parts";
import { applicationFields, numberAndDate } from "@/lib/server/pdf/fields";
import type { IssuedContext } from "@/lib/server/pdf/types";

/** S-6/S-7: the reasoned refusal, with the reason the school gave (in the language it was written). */
export function RefusalPdf({ context, reason }: { context: IssuedContext; reason: string }) {
  return (
    <DocumentFrame
      title={bi("titles.REFUSAL")}
      meta={numberAndDate(context)}
      subject={`REFUSAL ${context.number}`}
      createdAt={context.signature.signedAt}
    >
      <Paragraph text={bi("refusalText", { number: context.number })} strong />
      <View style={styles.section}>
        <FieldTable
          fields={[
            ...applicationFields(context),
            { label: bi("fields.decisionDate"), value: almatyDay(context.signature.signedAt) },
            { label: bi("fields.reason"), value: reason.trim() || bi("values.notStated") },
          ]}
        />
      </View>
      <Paragraph text={bi("refusalNext")} />
      <SignatureBlock signature={context.signature} />
    </DocumentFrame>
  );
}
