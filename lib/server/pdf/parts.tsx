import "server-only";
import type { ReactNode } from "react";
import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PDF_FONT } from "@/lib/server/pdf/fonts";
import { bi, type Bilingual } from "@/lib/server/pdf/texts";
import { almatyMoment } from "@/lib/i18n/dates";
import { groupedHash } from "@/lib/server/pdf/format";
import type { SignatureView } from "@/lib/server/pdf/types";

// Building blocks shared by every issued document: the page frame with the bilingual title,
// a two-column field table, bilingual paragraphs and the signature block with the QR code.

const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const BRAND = "#174c99";

export const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9.5, color: INK, paddingTop: 36, paddingBottom: 56, paddingHorizontal: 42, lineHeight: 1.35 },
  service: { fontSize: 8, color: MUTED },
  band: { borderBottomWidth: 2, borderBottomColor: BRAND, paddingBottom: 8, marginBottom: 12 },
  titleKk: { fontSize: 15, lineHeight: 1.25, fontWeight: 700, color: BRAND, marginTop: 6 },
  titleRu: { fontSize: 12, lineHeight: 1.25, fontWeight: 700, color: MUTED },
  meta: { fontSize: 9.5, marginTop: 4 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3 },
  label: { width: "36%", paddingRight: 8 },
  labelKk: { fontSize: 8.5, fontWeight: 700 },
  labelRu: { fontSize: 8.5, color: MUTED },
  value: { width: "64%" },
  valueRu: { color: MUTED },
  paragraph: { marginTop: 10 },
  paragraphRu: { marginTop: 2, color: MUTED },
  section: { marginTop: 12 },
  sectionTitle: { fontSize: 10.5, fontWeight: 700, marginBottom: 4 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  listNumber: { width: 16 },
  listBody: { flexGrow: 1, flexShrink: 1 },
  listDetails: { fontSize: 8.5, color: MUTED },
  // Widths are fixed: a long hash or name must wrap inside its column, never run under the QR code.
  signature: {
    marginTop: 18,
    borderWidth: 1,
    borderColor: BRAND,
    borderRadius: 4,
    padding: 10,
    flexDirection: "row",
    justifyContent: "space-between",
  },
  signatureText: { width: 365 },
  signatureTitle: { fontSize: 10, lineHeight: 1.25, fontWeight: 700, color: BRAND },
  signatureTitleRu: { fontSize: 9, lineHeight: 1.25, fontWeight: 700, color: MUTED, marginBottom: 4 },
  signatureLine: { flexDirection: "row", marginTop: 3 },
  signatureLabel: { width: 135, paddingRight: 6 },
  signatureLabelKk: { fontSize: 7.5, fontWeight: 700, color: MUTED },
  signatureLabelRu: { fontSize: 7.5, color: MUTED },
  signatureValue: { width: 230, fontSize: 8.5 },
  qr: { width: 104, alignItems: "center" },
  qrImage: { width: 96, height: 96 },
  qrCaption: { fontSize: 6.5, lineHeight: 1.2, color: MUTED, textAlign: "center", marginTop: 2 },
  verifyUrl: { marginTop: 4, fontSize: 8, color: BRAND, textAlign: "right" },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 42,
    right: 42,
    fontSize: 7.5,
    color: MUTED,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 4,
  },
});

export function DocumentFrame(props: { title: Bilingual; meta?: string; subject: string; createdAt?: Date; children: ReactNode }) {
  const service = bi("service");
  const footer = bi("footer");
  return (
    <Document
      title={`${props.title.kk} / ${props.title.ru}`}
      subject={props.subject}
      language="kk"
      creator="Qabyldau"
      producer="Qabyldau"
      creationDate={props.createdAt}
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.band}>
          <Text style={styles.service}>
            {service.kk} · {service.ru}
          </Text>
          <Text style={styles.titleKk}>{props.title.kk}</Text>
          <Text style={styles.titleRu}>{props.title.ru}</Text>
          {props.meta ? <Text style={styles.meta}>{props.meta}</Text> : null}
        </View>
        {props.children}
        <View style={styles.footer} fixed>
          <Text>
            {footer.kk} · {footer.ru}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export type Field = { label: Bilingual; value: Bilingual | string | string[] };

/** Label ("kk / ru") on the left, the value on the right; bilingual values get two lines. */
export function FieldTable({ fields }: { fields: Field[] }) {
  return (
    <View>
      {fields.map((field, i) => (
        <View key={i} style={styles.row} wrap={false}>
          <Text style={styles.label}>
            <Text style={styles.labelKk}>{field.label.kk}</Text>
            <Text style={styles.labelRu}> / {field.label.ru}</Text>
          </Text>
          <View style={styles.value}>
            {typeof field.value === "string" ? (
              <Text>{field.value}</Text>
            ) : Array.isArray(field.value) ? (
              field.value.map((line, j) => <Text key={j}>{line}</Text>)
            ) : field.value.kk === field.value.ru ? (
              <Text>{field.value.kk}</Text>
            ) : (
              <>
                <Text>{field.value.kk}</Text>
                <Text style={styles.valueRu}>{field.value.ru}</Text>
              </>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}

export function Paragraph({ text, strong }: { text: Bilingual; strong?: boolean }) {
  return (
    <View style={styles.paragraph} wrap={false}>
      <Text style={strong ? { fontWeight: 700 } : undefined}>{text.kk}</Text>
      <Text style={styles.paragraphRu}>{text.ru}</Text>
    </View>
  );
}

/** A titled block; kept on one page unless `wrap` (so a title is never left alone at a page end). */
export function Section({ title, children, wrap = false }: { title: Bilingual; children: ReactNode; wrap?: boolean }) {
  return (
    <View style={styles.section} wrap={wrap}>
      <Text style={styles.sectionTitle}>
        {title.kk} / {title.ru}
      </Text>
      {children}
    </View>
  );
}

function SignatureLine({ label, value }: { label: Bilingual; value: string }) {
  return (
    <View style={styles.signatureLine}>
      <View style={styles.signatureLabel}>
        <Text style={styles.signatureLabelKk}>{label.kk}</Text>
        <Text style={styles.signatureLabelRu}>{label.ru}</Text>
      </View>
      <Text style={styles.signatureValue}>{value}</Text>
    </View>
  );
}

export type ListEntry = { title: Bilingual; details?: string };

/** A numbered list: each entry's name in both languages over a line of details. */
export function NumberedList({ entries }: { entries: ListEntry[] }) {
  return (
    <View>
      {entries.map((entry, i) => (
        <View key={i} style={styles.listItem} wrap={false}>
          <Text style={styles.listNumber}>{i + 1}.</Text>
          <View style={styles.listBody}>
            <Text>
              {entry.title.kk} / {entry.title.ru}
            </Text>
            {entry.details ? <Text style={styles.listDetails}>{entry.details}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

/** Who signed, with which certificate, when, over which data; the QR code leads to /verify. */
export function SignatureBlock({ signature }: { signature: SignatureView }) {
  const title = bi("signature.title");
  const almaty = bi("signature.almatyTime");
  const caption = bi("verifyCaption");
  return (
    <View wrap={false}>
      <View style={styles.signature}>
        <View style={styles.signatureText}>
          <Text style={styles.signatureTitle}>{title.kk}</Text>
          <Text style={styles.signatureTitleRu}>{title.ru}</Text>
          <SignatureLine label={bi("signature.signer")} value={signature.signerName} />
          <SignatureLine label={bi("signature.iin")} value={signature.signerIinMasked} />
          <SignatureLine label={bi("signature.certSerial")} value={signature.certSerial} />
          <SignatureLine label={bi("signature.signedAt")} value={`${almatyMoment(signature.signedAt)}\n(${almaty.kk} / ${almaty.ru})`} />
          <SignatureLine label={bi("signature.payloadHash")} value={groupedHash(signature.payloadSha256)} />
        </View>
        <View style={styles.qr}>
          <Image src={signature.qrDataUrl} style={styles.qrImage} />
          <Text style={styles.qrCaption}>{caption.kk}</Text>
          <Text style={styles.qrCaption}>{caption.ru}</Text>
        </View>
      </View>
      <Text style={styles.verifyUrl}>{signature.verifyUrl}</Text>
    </View>
  );
}
