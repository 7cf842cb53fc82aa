import "server-only";
import { bi, same } from "@/lib/server/pdf/texts";
import { calendarDay } from "@/lib/i18n/dates";
import { DocumentFrame, FieldTable, NumberedList, Paragraph, Section, SignatureBlock, type Field } from "@/lib/server/pdf/parts";
import { documentEntries, numberAndDate, schoolAddressField, schoolName } from "@/lib/server/pdf/fields";
import type { ApplicationDetails, IssuedContext } from "@/lib/server/pdf/types";

/** P-6: the application the parent signed, with everything they chose and attached. */
export function ApplicationPdf({ context, details }: { context: IssuedContext; details: ApplicationDetails }) {
  const yesNo = (value: boolean) => bi(value ? "values.yes" : "values.no");
  const fields: Field[] = [
    { label: bi("fields.applicant"), value: context.applicant.fullName },
    { label: bi("fields.applicantIin"), value: context.applicant.iin },
    { label: bi("fields.phone"), value: context.applicant.phone ?? bi("values.notStated") },
    ...(details.extraPhone ? [{ label: bi("fields.extraPhone"), value: details.extraPhone }] : []),
    { label: bi("fields.child"), value: context.child.fullName },
    { label: bi("fields.childIin"), value: context.child.iin },
    { label: bi("fields.birthDate"), value: calendarDay(context.child.birthDate) },
    ...(details.specialNeeds !== null ? [{ label: bi("fields.specialNeeds"), value: yesNo(details.specialNeeds) }] : []),
    { label: bi("fields.school"), value: schoolName(context.school) },
    ...schoolAddressField(context.school),
    {
      label: bi("fields.admission"),
      value: details.isCatchment === null ? bi("values.notStated") : bi(details.isCatchment ? "values.catchment" : "values.choice"),
    },
    { label: bi("fields.academicYear"), value: details.academicYear },
    { label: bi("fields.grade"), value: same("1") },
    { label: bi("fields.studyForm"), value: bi("values.fullTime") },
    { label: bi("fields.language"), value: details.language ? bi(`values.languages.${details.language}`) : bi("values.notStated") },
    { label: bi("fields.classType"), value: details.classType ? bi(`values.classTypes.${details.classType}`) : bi("values.notStated") },
    ...(details.transport
      ? [
          { label: bi("fields.transport"), value: yesNo(details.transport.requested) },
          ...(details.transport.requested && details.transport.address
            ? [{ label: bi("fields.residence"), value: details.transport.address }]
            : []),
        ]
      : []),
  ];
  return (
    <DocumentFrame
      title={bi("titles.APPLICATION")}
      meta={numberAndDate(context)}
      subject={`APPLICATION ${context.number}`}
      createdAt={context.signature.signedAt}
    >
      <FieldTable fields={fields} />
      <Section title={bi("fields.documents")}>
        <NumberedList entries={documentEntries(details.documents)} />
      </Section>
      <Paragraph text={bi("applicationStatement")} />
      <SignatureBlock signature={context.signature} />
    </DocumentFrame>
  );
}
