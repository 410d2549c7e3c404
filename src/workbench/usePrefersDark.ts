import { useEffect, useState } from "react";

const QUERY = "(prefers-color-scheme: dark)";

/** Whether the system (or the browser's emulation) asks for a dark colour scheme; follows changes. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(
    () => typeof matchMedia === "function" && matchMedia(QUERY).matches
  );
  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const media = matchMedia(QUERY);
    const update = () => setDark(media.matches);
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);
  return dark;
}
