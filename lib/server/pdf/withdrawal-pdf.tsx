import "server-only";
import { View } from "@react-pdf/renderer";
import { bi } from "@/lib/server/pdf/texts";
import { DocumentFrame, FieldTable, Paragraph, SignatureBlock, styles } from "@/lib/server/pdf/parts";
import { applicationFields, numberAndDate } from "@/lib/server/pdf/fields";
import type { IssuedContext } from "@/lib/server/pdf/types";

/** P-9: the withdrawal the parent signed. */
export function WithdrawalPdf({ context }: { context: IssuedContext }) {
  return (
    <DocumentFrame
      title={bi("titles.WITHDRAWAL")}
      meta={numberAndDate(context)}
      subject={`WITHDRAWAL ${context.number}`}
      createdAt={context.signature.signedAt}
    >
      <Paragraph text={bi("withdrawalText", { number: context.number })} strong />
      <View style={styles.section}>
        <FieldTable fields={applicationFields(context)} />
      </View>
      <Paragraph text={bi("withdrawalNext")} />
      <SignatureBlock signature={context.signature} />
    </DocumentFrame>
  );
}
