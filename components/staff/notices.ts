// Success notices shown as a toast after an action (see notice.tsx); plain module so that both
// the client hook and the server pages can read the list.
export const NOTICES = ["confirmed", "sent", "accepted", "rejected", "saved"] as const;
export type Notice = (typeof NOTICES)[number];
