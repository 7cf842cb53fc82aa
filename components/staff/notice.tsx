"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Toast } from "./toast";
import type { Notice } from "./notices";

/**
 * After an action changes an application, the button that did it is gone from the re-rendered
 * page, and a toast inside it would vanish with it. So success goes into the address
 * (?notice=sent&n=…) and the page shows the toast: it survives the re-render and a reload.
 */
export function useShowNotice() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (notice: Notice) => {
    const next = new URLSearchParams(params.toString());
    next.set("notice", notice);
    next.set("n", String(Date.now()));
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
}

export function NoticeToast({ message, stamp }: { message: string | null; stamp: number }) {
  return <Toast message={message} at={stamp} />;
}
