import "server-only";
import { View } from "@react-pdf/renderer";
import { bi } from "@/lib/server/pdf/texts";
import { almatyMoment, calendarDay } from "@/lib/i18n/dates";
import { DocumentFrame, FieldTable, Paragraph, styles } from "@/lib/server/pdf/parts";
import type { HealthFormPdfData } from "@/lib/server/pdf/types";

/** P-5: a copy of form 065/у or 052-2/у as the health information system holds it. */
export function HealthFormPdf({ data }: { data: HealthFormPdfData }) {
  const source = bi("healthSource", { date: almatyMoment(data.fetchedAt) });
  return (
    <DocumentFrame
      title={bi(`titles.${data.form}`)}
      meta={`${source.kk} · ${source.ru}`}
      subject={`HEALTH ${data.form}`}
      createdAt={data.fetchedAt}
    >
      <View style={styles.section}>
        <FieldTable
          fields={[
            { label: bi("fields.child"), value: data.child.fullName },
            { label: bi("fields.childIin"), value: data.child.iin },
            { label: bi("fields.birthDate"), value: calendarDay(data.child.birthDate) },
            { label: bi("fields.organisation"), value: data.organisation },
            { label: bi("fields.issuedOn"), value: calendarDay(data.issuedOn) },
            { label: bi("fields.summary"), value: data.summary },
          ]}
        />
      </View>
      <Paragraph text={bi("healthNote")} />
    </DocumentFrame>
  );
}
