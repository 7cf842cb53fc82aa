import "server-only";
import { View } from "@react-pdf/renderer";
import { bi } from "@/lib/server/pdf/texts";
import { almatyDay } from "@/lib/i18n/dates";
import { DocumentFrame, FieldTable, NumberedList, Paragraph, Section, SignatureBlock, styles } from "@/lib/server/pdf/parts";
import { applicationFields, documentKindEntries, numberAndDate, perLanguage, schoolAddressField } from "@/lib/server/pdf/fields";
import type { DocumentLine, IssuedContext } from "@/lib/server/pdf/types";

/** S-7: the acceptance receipt (қолхат / расписка) the director signs. */
export function ReceiptPdf({ context, documents }: { context: IssuedContext; documents: DocumentLine[] }) {
  const sentence = perLanguage("receiptText", context, { child: context.child.fullName, number: context.number });
  return (
    <DocumentFrame
      title={bi("titles.RECEIPT")}
      meta={numberAndDate(context)}
      subject={`RECEIPT ${context.number}`}
      createdAt={context.signature.signedAt}
    >
      <Paragraph text={sentence} strong />
      <View style={styles.section}>
        <FieldTable
          fields={[
            ...applicationFields(context),
            ...schoolAddressField(context.school),
            { label: bi("fields.decisionDate"), value: almatyDay(context.signature.signedAt) },
            { label: bi("fields.director"), value: context.signature.signerName },
          ]}
        />
      </View>
      <Section title={bi("fields.documents")}>
        <NumberedList entries={documentKindEntries(documents)} />
      </Section>
      <Paragraph text={bi("receiptNext")} />
      <SignatureBlock signature={context.signature} />
    </DocumentFrame>
  );
}
