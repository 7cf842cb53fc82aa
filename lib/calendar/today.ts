import { almatyDateOf } from "./working-time";

/** Today's date in Almaty as YYYY-MM-DD. `now` is injectable for tests and demos. */
export function todayInAlmaty(now: Date = new Date()): string {
  return almatyDateOf(now);
}
