// The back-office use cases the integration suites call, loaded after the database is configured.
export async function loadBackoffice() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { termDueAt } = await import("@/lib/calendar/working-time");
  const { loadWorkingCalendar } = await import("@/lib/server/applications/term");
  const { parseListFilters } = await import("@/lib/application/list-filters");
  const { listApplications } = await import("@/lib/server/applications/list-applications");
  const { getApplicationForStaff } = await import("@/lib/server/applications/get-application");
  const { reviewApplication } = await import("@/lib/server/applications/review-application");
  const { startDecision } = await import("@/lib/server/applications/start-decision");
  const { completeDecision } = await import("@/lib/server/applications/complete-decision");
  const { setServiceAssignments } = await import("@/lib/server/staff/set-service-assignments");
  const { saveCalendarDay } = await import("@/lib/server/calendar/save-calendar-day");
  const { removeCalendarDay } = await import("@/lib/server/calendar/remove-calendar-day");
  const { updateCampaign } = await import("@/lib/server/schools/update-campaign");
  const { importStaff } = await import("@/lib/server/staff/import-staff");
  const { listImportCandidates } = await import("@/lib/server/staff/list-import-candidates");
  const { updateStaffUser } = await import("@/lib/server/staff/update-staff-user");
  const { resetStaffPassword } = await import("@/lib/server/staff/reset-staff-password");
  const { setStaffBlocked } = await import("@/lib/server/staff/set-staff-blocked");
  const { deleteStaffUser } = await import("@/lib/server/staff/delete-staff-user");
  const { updateSchoolSettings } = await import("@/lib/server/schools/update-school-settings");
  const { schoolSettingsSchema } = await import("@/lib/school/school-schemas");
  const { listOrganisationStaff } = await import("@/lib/server/staff/list-school-staff");
  const { verifyPassword } = await import("@/lib/server/auth/password");
  const { signAsStandIn } = await import("@/scripts/fixtures/signed-submissions");
  const { attachSignature } = await import("@/lib/server/signing/attach-signature");
  const { saveResponseTemplate } = await import("@/lib/server/applications/save-response-template");
  const { deleteResponseTemplate } = await import("@/lib/server/applications/delete-response-template");
  const { canEditResponseTemplates, listResponseTemplates } = await import("@/lib/server/applications/list-response-templates");
  return {
    db,
    termDueAt,
    loadWorkingCalendar,
    parseListFilters,
    listApplications,
    getApplicationForStaff,
    reviewApplication,
    startDecision,
    completeDecision,
    setServiceAssignments,
    saveCalendarDay,
    removeCalendarDay,
    updateCampaign,
    importStaff,
    listImportCandidates,
    updateStaffUser,
    resetStaffPassword,
    setStaffBlocked,
    deleteStaffUser,
    updateSchoolSettings,
    schoolSettingsSchema,
    listOrganisationStaff,
    verifyPassword,
    signAsStandIn,
    attachSignature,
    saveResponseTemplate,
    deleteResponseTemplate,
    canEditResponseTemplates,
    listResponseTemplates,
  };
}
